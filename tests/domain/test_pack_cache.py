"""The compiled copy of a pack: same content as the YAML, refreshed when a file changes,
ignored when damaged."""

from __future__ import annotations

import os

from egov_timeline.domain.export import export_pack
from egov_timeline.domain.loader import load_pack
from egov_timeline.domain.pack_cache import _cache_file, load_pack_cached
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
