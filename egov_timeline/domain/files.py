"""Files the app cannot use are set aside, never deleted; files it writes appear whole or
not at all. No Qt."""

import contextlib
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Iterator
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


class OutputError(Exception):
    """An output file could not be written; the message says which and what to do."""


@contextlib.contextmanager
def replaced_when_done(target: Path) -> Iterator[Path]:
    """A new, uniquely named temporary file in `target`'s folder for the caller to write;
    when the block ends without error it replaces `target` in one step (a reader, or a second
    writer, sees the old file or a whole new one, never half), otherwise it is removed.

    The name is unpredictable and the file is created here (O_EXCL), so a link planted in
    the folder cannot redirect the write. Raises OutputError with a message for the user."""
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise OutputError(_cannot(target, exc)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_umask())  # as an ordinary new file would be
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(_cannot(target, exc)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _cannot(target: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"cannot write {target}: {reason}; choose a folder you may write to, "
            "or make this one writable"
        )
    if exc.errno == errno.ENOSPC:
        return f"cannot write {target}: the disk is full; free some space and try again"
    return f"cannot write {target}: {reason}"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
