"""Files the app cannot use are set aside, never deleted. No Qt."""

import datetime as dt
import os
from pathlib import Path


def set_aside(path: Path) -> Path | None:
    """Rename a file we cannot use to a new, unused name beside it (with SQLite's side files,
    if any): `name.unreadable-<time>.ext`. Returns the new path, or None if it could not be
    moved (or did not exist)."""
    if not path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        target = path.with_name(
            f"{path.stem}.unreadable-{stamp}{'-' + str(n) if n else ''}{path.suffix}"
        )
        if target.exists():
            continue
        try:
            os.replace(path, target)
            for extra in ("-journal", "-wal", "-shm"):
                side = Path(str(path) + extra)
                if side.exists():
                    os.replace(side, Path(str(target) + extra))
        except OSError:
            return None
        return target
    return None
