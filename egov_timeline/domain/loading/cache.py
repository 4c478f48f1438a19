"""A compiled copy of a checked pack, so that the window starts without parsing YAML.

The copy is MessagePack written by msgspec (data only, decoded into the typed model), kept
in the user folder's `cache/` and used only while the YAML files hold exactly the bytes they
held when the copy was made (a hash of their names and contents, not their sizes and times),
under the same app version. A copy is read only from a regular file of bounded size, and
what it holds is checked as the loader checks a pack: anything odd (a link, a pipe, a
device, a damaged or forged copy) is ignored and the pack is read from its YAML again.
"""

import gc
import hashlib
import os
import stat
from pathlib import Path
from typing import Any

import msgspec

from egov_timeline import __version__
from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.files import OutputError, replaced_when_done
from egov_timeline.domain.loading.convert import date_hook
from egov_timeline.domain.model import AnyItem, Tour

FORMAT = 6


class _Cached(msgspec.Struct):
    fingerprint: str
    title: str
    description: str | None
    title_ko: str | None
    description_ko: str | None
    items: list[AnyItem]
    origin: dict[str, tuple[str, int | None]]
    tours: list[Tour] = []


def _fingerprint(folder: Path) -> tuple[str, int] | None:
    """A hash of the pack's YAML files (names and bytes), and their total size; None when
    they cannot all be read or one is too big for the loader (which then says so)."""
    from egov_timeline.domain.loading.problems import MAX_FILE_BYTES, MAX_FILES

    digest = hashlib.sha256(repr((FORMAT, __version__, str(folder.resolve()))).encode())
    total = 0
    try:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
        )
        if len(files) > MAX_FILES:
            return None
        for path in files:
            data = _read_regular(path, MAX_FILE_BYTES)
            if data is None:
                return None
            name = path.name.encode("utf-8", "surrogateescape")
            digest.update(len(name).to_bytes(4, "big") + name)
            digest.update(len(data).to_bytes(8, "big") + data)
            total += len(data)
    except OSError:
        return None
    return digest.hexdigest(), total


def _read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of `path` if it is a regular file (not a link, pipe or device) of at most
    `limit` bytes; None otherwise. Never blocks on a pipe swapped in after a check."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        handle = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        chunks = []
        left = info.st_size + 1  # one byte more tells a file that grew while we read
        while left > 0:
            chunk = os.read(handle, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(handle)


def _cache_file(folder: Path, cache_dir: Path) -> Path:
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_dir / f"pack-{key}.msgpack"


def _enc(value: Any) -> Any:
    if isinstance(value, HistDate):
        return value.iso()
    raise NotImplementedError(type(value))


def load_pack_cached(folder: str | Path, cache_dir: Path | None):
    """Like `load_pack`, but from the compiled copy when it is current; makes one otherwise."""
    folder = Path(folder)
    fingerprint = _fingerprint(folder) if cache_dir is not None and folder.is_dir() else None
    if fingerprint is not None and cache_dir is not None:
        digest, yaml_bytes = fingerprint
        limit = max(16 << 20, 32 * yaml_bytes)  # a copy is a few times its YAML at most
        result = _from_copy(folder, _cache_file(folder, cache_dir), digest, limit)
        if result is not None:
            return result
    from egov_timeline.domain.loading.loader import load_pack

    result = load_pack(folder)
    if result.ok and fingerprint is not None and cache_dir is not None:
        _write(_cache_file(folder, cache_dir), fingerprint[0], result.pack)
    return result


def _from_copy(folder: Path, path: Path, digest: str, limit: int):
    """The pack from its compiled copy, or None if there is none fit to use."""
    from egov_timeline.domain.loading.checks import check_items
    from egov_timeline.domain.loading.problems import LoadResult
    from egov_timeline.domain.pack import Pack

    data = _read_regular(path, limit)
    if data is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # as when loading YAML: millions of objects, no cycles
    try:
        cached = msgspec.msgpack.decode(data, type=_Cached, dec_hook=date_hook(allow_open=True))
        if cached.fingerprint != digest:
            return None
        # A copy is data from a file like any other: it must pass the loader's checks of
        # a whole pack (ids, relations, circles) before the window relies on it.
        if check_items(cached.items, cached.tours):
            return None
        pack = Pack(
            cached.items,
            tours=cached.tours,
            title=cached.title,
            description=cached.description,
            title_ko=cached.title_ko,
            description_ko=cached.description_ko,
            origin=dict(cached.origin),
        )
    except Exception:  # damaged, stale or forged: read the YAML instead
        return None
    finally:
        if collecting:
            gc.enable()
    return LoadResult(folder, pack, [])


def _write(path: Path, fingerprint: str, pack) -> None:
    cached = _Cached(
        fingerprint,
        pack.title,
        pack.description,
        pack.title_ko,
        pack.description_ko,
        list(pack.items),
        {k: (v[0], v[1]) for k, v in pack.origin.items()},
        pack.tours,
    )
    try:
        with replaced_when_done(path) as tmp:  # a reader sees the old copy or the new
            tmp.write_bytes(msgspec.msgpack.encode(cached, enc_hook=_enc))
    except OutputError:
        pass  # a cache that cannot be written is only slower
