"""Copies of the progress store in `backups/` of the user folder, as Anki keeps them: one a
day at start-up, one before every change of the file's format and one before a restore; the
newest few are kept. Each is made with SQLite's online backup (a consistent copy even while
the store is open) into a temporary file beside it, then renamed into place, so a copy is
whole or absent. No Qt."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from pathlib import Path

import msgspec

from egov_timeline.domain.files import OutputError, replaced_when_done

FOLDER = "backups"
KEEP = 7
# why a copy was made, kept in the copy's own meta table
DAILY, BEFORE_UPDATE, BEFORE_RESTORE = "daily", "before-update", "before-restore"
_NAME = re.compile(r"^progress-(\d{8})-(\d{6})(?:-(\d+))?\.sqlite$")
_LOCK_WAIT_MS = 250  # a copy never waits long for another program's lock


class Backup(msgspec.Struct, frozen=True):
    path: Path
    taken: dt.datetime  # local time, from the name
    reviews: int | None  # answers in it; None if it cannot be read
    reason: str | None  # DAILY, BEFORE_UPDATE, BEFORE_RESTORE


def local_now() -> dt.datetime:
    return dt.datetime.now()


def _order(path: Path) -> tuple[str, str, int] | None:
    found = _NAME.match(path.name)
    if not found:
        return None
    return found.group(1), found.group(2), int(found.group(3) or 0)


def backup_files(folder: Path) -> list[Path]:
    """The backups in `folder`, newest first (other files there are not ours: left alone)."""
    try:
        ordered = [(order, p) for p in folder.iterdir() if (order := _order(p)) is not None]
    except OSError:
        return []
    ordered.sort(key=lambda pair: pair[0], reverse=True)
    return [p for _order_key, p in ordered]


def copy_database(source: sqlite3.Connection, copy: sqlite3.Connection) -> None:
    """Copy the whole of `source` into `copy`. A read lock is taken first, waiting at most
    a moment for another program's: Python's backup() would otherwise wait without end."""
    wait = source.execute("PRAGMA busy_timeout").fetchone()[0]
    source.execute(f"PRAGMA busy_timeout = {_LOCK_WAIT_MS}")
    try:
        source.execute("BEGIN")
        source.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        source.backup(copy)
    finally:
        if source.in_transaction:
            source.execute("ROLLBACK")
        source.execute(f"PRAGMA busy_timeout = {int(wait)}")


def write_backup(
    source: sqlite3.Connection, folder: Path, reason: str, now: dt.datetime | None = None
) -> Path:
    """Copy the open store into `folder` as progress-YYYYMMDD-HHMMSS.sqlite. Raises
    sqlite3.Error or OSError if it cannot: then no partial copy is left."""
    now = now or local_now()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = folder / f"progress-{stamp}{'-' + str(n) if n else ''}.sqlite"
        if not target.exists():
            break
    else:
        raise OSError(f"no free backup name in {folder}")
    copy = None
    temporary: Path | None = None
    try:
        with replaced_when_done(target) as temporary:  # an unpredictable name, renamed at end
            copy = sqlite3.connect(str(temporary), isolation_level=None)
            copy_database(source, copy)
            copy.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('backup_reason', ?)", (reason,)
            )
            copy.close()
            copy = None
    except OutputError as problem:
        raise OSError(str(problem)) from None
    finally:
        if copy is not None:
            with contextlib.suppress(sqlite3.Error):
                copy.close()
        if temporary is not None:
            with contextlib.suppress(OSError):
                Path(f"{temporary}-journal").unlink()
    return target


def prune(folder: Path, keep: int = KEEP, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest `keep` backups (and `spare`, the one just restored);
    returns those deleted."""
    gone = []
    for old in backup_files(folder)[keep:]:
        if spare is not None and old.name == spare.name:
            continue
        try:
            old.unlink()
        except OSError:
            continue
        gone.append(old)
    return gone


def made_today(folder: Path, now: dt.datetime | None = None) -> bool:
    today = (now or local_now()).strftime("%Y%m%d")
    return any(_order(p)[0] == today for p in backup_files(folder))  # type: ignore[index]


def read_backup(path: Path) -> Backup:
    order = _order(path)
    assert order is not None
    taken = dt.datetime.strptime(order[0] + order[1], "%Y%m%d%H%M%S")
    reviews = reason = None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.25)
        try:
            reviews = int(db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0])
            row = db.execute("SELECT value FROM meta WHERE key='backup_reason'").fetchone()
            reason = row[0] if row else None
        finally:
            db.close()
    except (sqlite3.Error, OSError, ValueError):
        pass
    return Backup(path, taken, reviews, reason)


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first, with how many answers each holds."""
    return [read_backup(p) for p in backup_files(folder)]
