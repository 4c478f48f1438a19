"""A compiled copy of a checked pack, so that the window starts without parsing YAML.

The copy is MessagePack written by msgspec (data only, decoded into the typed model), kept
in the user's cache folder and used only while every YAML file of the pack has the size
and modification time it had when the copy was made, under the same app version.
"""

import hashlib
import os
from pathlib import Path
from typing import Any

import msgspec

from egov_timeline import __version__
from egov_timeline.domain.dates import DateError, HistDate
from egov_timeline.domain.model import AnyItem, Tour

FORMAT = 4


class _Cached(msgspec.Struct):
    fingerprint: str
    title: str
    description: str | None
    title_ko: str | None
    description_ko: str | None
    items: list[AnyItem]
    origin: dict[str, tuple[str, int | None]]
    tours: list[Tour] = []


def _fingerprint(folder: Path) -> str | None:
    try:
        entries = sorted(
            (p.name, p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.iterdir()
            if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
        )
    except OSError:
        return None
    text = repr((FORMAT, __version__, str(folder.resolve()), entries))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _cache_file(folder: Path, cache_dir: Path) -> Path:
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_dir / f"pack-{key}.msgpack"


def _enc(value: Any) -> Any:
    if isinstance(value, HistDate):
        return value.iso()
    raise NotImplementedError(type(value))


def _dec(tp: type, obj: Any) -> Any:
    if tp is HistDate:
        try:
            return HistDate.parse(obj, allow_open=True)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    raise NotImplementedError(tp)


def load_pack_cached(folder: str | Path, cache_dir: Path | None):
    """Like `load_pack`, but from the compiled copy when it is current; makes one otherwise."""
    folder = Path(folder)
    fingerprint = _fingerprint(folder) if cache_dir is not None and folder.is_dir() else None
    if fingerprint is not None and cache_dir is not None:
        cached = _read(_cache_file(folder, cache_dir), fingerprint)
        if cached is not None:
            from egov_timeline.domain.pack import Pack
            from egov_timeline.domain.problems import LoadResult

            pack = Pack(
                cached.items,
                tours=cached.tours,
                title=cached.title,
                description=cached.description,
                title_ko=cached.title_ko,
                description_ko=cached.description_ko,
                origin=dict(cached.origin),
            )
            return LoadResult(folder, pack, [])
    from egov_timeline.domain.loader import load_pack

    result = load_pack(folder)
    if result.ok and fingerprint is not None and cache_dir is not None:
        _write(_cache_file(folder, cache_dir), fingerprint, result.pack)
    return result


def _read(path: Path, fingerprint: str) -> _Cached | None:
    try:
        data = path.read_bytes()
        cached = msgspec.msgpack.decode(data, type=_Cached, dec_hook=_dec)
    except (OSError, msgspec.DecodeError, ValueError):
        return None  # missing, stale format or damaged: load the YAML instead
    return cached if cached.fingerprint == fingerprint else None


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
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(msgspec.msgpack.encode(cached, enc_hook=_enc))
        os.replace(tmp, path)  # atomic: a reader sees the old copy or the new, never half
    except OSError:
        tmp.unlink(missing_ok=True)  # a cache that cannot be written is only slower
