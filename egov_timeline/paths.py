"""Where the bundled content and resources live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A wheel carries data/ and resources/ inside the package; a source checkout
    # (and an editable install) has them beside it.
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def data_dir() -> Path:
    return _shipped("data")


def resources_dir() -> Path:
    return _shipped("resources")


def bundled_pack_dir() -> Path:
    return data_dir() / "egov-history"


def schema_path() -> Path:
    return data_dir() / "content-pack.schema.json"
