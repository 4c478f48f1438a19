"""The compiled copy of a pack: same content as the YAML, refreshed when a file changes,
ignored when damaged."""

from __future__ import annotations

import os

import msgspec
import pytest

from egov_timeline.domain.export import export_pack
from egov_timeline.domain.loading.cache import _cache_file, load_pack_cached
from egov_timeline.domain.loading.loader import load_pack
from tests.conftest import BUNDLED
from tests.domain.packs import VALID_ITEMS, replace_once, write_pack


def test_the_compiled_copy_holds_exactly_what_the_yaml_holds(tmp_path):
    first = load_pack_cached(BUNDLED, tmp_path)  # compiles
    assert _cache_file(BUNDLED, tmp_path).exists()
    second = load_pack_cached(BUNDLED, tmp_path)  # reads the copy
    assert (
        export_pack(second.pack) == export_pack(first.pack) == export_pack(load_pack(BUNDLED).pack)
    )


def test_a_changed_file_is_read_again(tmp_path):
    folder = write_pack(tmp_path / "pack", {"items.yaml": VALID_ITEMS})
    cache = tmp_path / "cache"
    assert load_pack_cached(folder, cache).pack.get("g4c").name == "Government for Citizens"
    text = replace_once(
        VALID_ITEMS, "name: Government for Citizens", "name: Government for Citizen"
    )
    (folder / "items.yaml").write_text(text, encoding="utf-8")
    os.utime(folder / "items.yaml", ns=(1, 1))  # a different time even on a coarse clock
    assert load_pack_cached(folder, cache).pack.get("g4c").name == "Government for Citizen"


def test_a_broken_pack_is_reported_and_never_cached(tmp_path):
    folder = write_pack(tmp_path / "pack", {"items.yaml": "items: [oops"})
    result = load_pack_cached(folder, tmp_path / "cache")
    assert not result.ok and result.problems
    assert (
        not any((tmp_path / "cache").glob("*.msgpack")) if (tmp_path / "cache").exists() else True
    )


def test_a_damaged_copy_is_ignored(tmp_path):
    folder = write_pack(tmp_path / "pack", {"items.yaml": VALID_ITEMS})
    cache = tmp_path / "cache"
    load_pack_cached(folder, cache)
    _cache_file(folder, cache).write_bytes(b"\x93garbage")
    result = load_pack_cached(folder, cache)
    assert result.ok and len(result.pack) == 5


def test_an_edit_of_the_same_size_with_its_time_put_back_is_read_again(tmp_path):
    folder = write_pack(tmp_path / "pack", {"items.yaml": VALID_ITEMS})
    cache = tmp_path / "cache"
    path = folder / "items.yaml"
    before = path.stat()
    assert load_pack_cached(folder, cache).pack.get("g4c").acronym == "G4C"
    path.write_text(replace_once(VALID_ITEMS, "acronym: G4C", "acronym: G5C"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    assert load_pack_cached(folder, cache).pack.get("g4c").acronym == "G5C"


def _forge(folder, cache, change) -> None:
    """Rewrite the compiled copy with `change` applied to its items, keeping the fingerprint
    that makes it look current."""
    import msgspec

    from egov_timeline.domain.loading.cache import _Cached, _enc
    from egov_timeline.domain.loading.convert import date_hook

    path = _cache_file(folder, cache)
    hook = date_hook(allow_open=True)
    cached = msgspec.msgpack.decode(path.read_bytes(), type=_Cached, dec_hook=hook)
    cached.items = change(cached.items)
    path.write_bytes(msgspec.msgpack.encode(cached, enc_hook=_enc))


@pytest.mark.parametrize(
    "change",
    [
        # a relation to an item that is not there (made Pack() raise KeyError)
        lambda items: [
            msgspec.structs.replace(i, laws=("no-such-law",)) if i.id == "g4c" else i for i in items
        ],
        # two items with one id
        lambda items: [*items, items[0]],
        # a circle of renamings
        lambda items: [
            msgspec.structs.replace(i, renamed_to="nca") if i.id == "nca" else i for i in items
        ],
    ],
    ids=["dangling", "duplicate", "circle"],
)
def test_a_forged_copy_with_the_right_fingerprint_is_ignored(tmp_path, change):
    folder = write_pack(tmp_path / "pack", {"items.yaml": VALID_ITEMS})
    cache = tmp_path / "cache"
    load_pack_cached(folder, cache)
    _forge(folder, cache, change)
    result = load_pack_cached(folder, cache)
    assert result.ok and export_pack(result.pack) == export_pack(load_pack(folder).pack)


def _acronym(item, acronym: str):
    return msgspec.structs.replace(item, acronym=acronym) if item.id == "g4c" else item


def _load_within(folder, cache, seconds: float):
    """load_pack_cached in a thread; fails the test if it does not finish in time."""
    import threading

    done: list = []
    worker = threading.Thread(target=lambda: done.append(load_pack_cached(folder, cache)))
    worker.daemon = True
    worker.start()
    worker.join(seconds)
    assert done, f"loading hung for {seconds} s"
    return done[0]


@pytest.mark.parametrize("odd", ["fifo", "zero", "link"])
def test_a_pipe_a_device_or_a_link_at_the_cache_path_is_never_read(tmp_path, odd):
    folder = write_pack(tmp_path / "pack", {"items.yaml": VALID_ITEMS})
    cache = tmp_path / "cache"
    load_pack_cached(folder, cache)
    path = _cache_file(folder, cache)
    # a copy that would pass every check, but says G9C: read through a link, it would show
    _forge(folder, cache, lambda items: [_acronym(i, "G9C") for i in items])
    real = path.read_bytes()
    path.unlink()
    if odd == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer for ever
    elif odd == "zero":
        path.symlink_to("/dev/zero")  # reading it would never end
    else:
        elsewhere = tmp_path / "elsewhere.msgpack"
        elsewhere.write_bytes(real)
        path.symlink_to(elsewhere)
    result = _load_within(folder, cache, 20)
    assert result.ok and result.pack.get("g4c").acronym == "G4C"
