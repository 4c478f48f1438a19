"""Load a content pack folder and report every problem in it at once.

A pack is a folder of UTF-8 YAML files. `pack.yaml` (optional) says what the pack is;
every other `*.yaml` / `*.yml` file holds `items:`, a list of items of any kind. Loading
never raises for bad content: it returns the problems, each naming the file, the line
where it can be known, the item id, the field and one plain sentence.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import msgspec

from egov_timeline.domain.loading.checks import Collected, Known, Placed, check_pack
from egov_timeline.domain.loading.convert import build_item, convert_fields, date_hook
from egov_timeline.domain.loading.problems import (
    MAX_FILES,
    LoadResult,
    PackError,
    Problem,
    Report,
    cap_per_file,
)
from egov_timeline.domain.loading.reading import parse_yaml, read_text, report_direction_controls
from egov_timeline.domain.model import KIND_TYPES, PackInfo, Tour
from egov_timeline.domain.pack import Pack

__all__ = ["LoadResult", "PackError", "Problem", "load_pack", "load_pack_or_raise"]

PACK_INFO_FILE = "pack.yaml"


def load_pack(folder: str | Path) -> LoadResult:
    """Load and validate the pack in `folder`; never raises for bad content."""
    collecting = gc.isenabled()
    # A pack is millions of small objects that never form cycles while it loads: the cyclic
    # collector would walk them all again and again (it made a 100,000-item load twice slower).
    gc.disable()
    try:
        return _load_pack(Path(folder))
    except (RecursionError, MemoryError):
        problem = "is nested too deeply or too large to read"
    except Exception as exc:  # a bug of ours must not become a crash for the user
        problem = (
            f"could not be read because of an unexpected error ({type(exc).__name__}); "
            "please report this"
        )
    finally:
        if collecting:
            gc.enable()
    return LoadResult(Path(folder), None, [Problem(file=str(folder), message=problem)])


def _load_pack(folder: Path) -> LoadResult:
    folder = Path(folder)
    report = Report()
    if not folder.exists():
        report.add(
            str(folder),
            "this folder does not exist; give the folder that holds the pack's .yaml files",
        )
        return LoadResult(folder, None, report.problems)
    if not folder.is_dir():
        report.add(
            str(folder),
            "this is a file, not a folder; give the folder that holds the pack's .yaml files",
        )
        return LoadResult(folder, None, report.problems)
    files = sorted(
        p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml") and p.is_file()
    )
    item_files = [p for p in files if p.name != PACK_INFO_FILE]
    if not item_files:
        report.add(str(folder), "no .yaml files with items were found in this folder")
        return LoadResult(folder, None, report.problems)
    if len(files) > MAX_FILES:
        report.add(
            str(folder), f"has {len(files)} .yaml files; a pack may have at most {MAX_FILES}"
        )
        return LoadResult(folder, None, report.problems)

    info: PackInfo | None = None
    if (folder / PACK_INFO_FILE) in files:
        info = _load_info(folder / PACK_INFO_FILE, report)

    collected = Collected()
    for path in item_files:
        _load_item_file(path, report, collected)
    placed = collected.placed
    if not placed and not report.problems:
        report.add(str(folder), "the pack has no items; add items under 'items:' in a .yaml file")

    check_pack(collected, report)
    if report.problems:
        return LoadResult(folder, None, report.problems)
    pack = Pack(
        [p.item for p in placed],
        tours=[t for t, _f, _l in collected.tours],
        title=info.title if info else folder.name,
        description=info.description if info else None,
        title_ko=info.title_ko if info else None,
        description_ko=info.description_ko if info else None,
        origin={p.item.id: (p.file, p.line) for p in placed},
    )
    from egov_timeline.domain.completeness import korean_gaps

    warnings = cap_per_file(
        korean_gaps(
            pack,
            info_file=str(folder / PACK_INFO_FILE),
            tour_origin={t.id: (f, line) for t, f, line in collected.tours},
        ),
        what="warnings",
    )
    return LoadResult(folder, pack, [], warnings)


def load_pack_or_raise(folder: str | Path) -> Pack:
    result = load_pack(folder)
    if result.pack is None or result.problems:
        raise PackError(result.folder, result.problems)
    return result.pack


def _load_info(path: Path, report: Report) -> PackInfo | None:
    text = read_text(path, report)
    if text is None:
        return None
    report_direction_controls(path, text, report)
    parsed = parse_yaml(path, text, report)
    if parsed is None:
        return None
    data, _node = parsed
    if not isinstance(data, dict):
        report.add(str(path), "should be a mapping with at least 'title:'")
        return None
    values, problems = convert_fields(data, PackInfo)
    for field_name, message in problems:
        report.add(str(path), message, field=field_name)
    return PackInfo(**values) if not problems else None


def _load_item_file(path: Path, report: Report, collected: Collected) -> None:
    name = str(path)
    text = read_text(path, report)
    if text is not None:
        report_direction_controls(path, text, report)
    parsed = parse_yaml(path, text, report) if text is not None else None
    if parsed is None:
        collected.unreadable_files += 1
        return
    data, node = parsed
    if data is None:
        report.add(name, "is empty; put the items under 'items:' or remove the file")
        return
    if not isinstance(data, dict) or not ("items" in data or "tours" in data):
        report.add(
            name,
            "should start with 'items:' followed by a list of items "
            "(or 'tours:' followed by guided tours)",
            line=1,
        )
        collected.unreadable_files += 1
        return
    extra = [str(k) for k in data if k not in ("items", "tours")]
    if extra:
        report.add(
            name,
            f"has unknown top-level key(s) {', '.join(extra)}; only 'items:' and "
            "'tours:' are allowed",
        )
    if "tours" in data:
        _load_tours(name, data["tours"], node, report, collected)
    if "items" not in data:
        return
    entries = data["items"]
    if entries is None:
        return
    if not isinstance(entries, list):
        report.add(name, "'items:' should be a list, each item starting with '- '", line=1)
        collected.unreadable_files += 1
        return
    lines = node.lines.get("items", []) if node is not None else []
    for index, raw in enumerate(entries):
        line, keys = lines[index] if index < len(lines) else (None, {})
        item = build_item(name, index, raw, line, keys, report)
        if item is not None:
            collected.placed.append(Placed(item, name, line, keys))
        elif (
            isinstance(raw, dict)
            and isinstance(raw.get("id"), str)
            and isinstance(raw.get("kind"), str)
            and raw.get("kind") in KIND_TYPES
        ):
            collected.known.append(Known(raw["id"], raw["kind"], name, line))


def _load_tours(name: str, entries: Any, node: Any, report: Report, collected: Collected) -> None:
    if entries is None:
        return
    if not isinstance(entries, list):
        report.add(name, "'tours:' should be a list, each tour starting with '- '", line=1)
        return
    lines = node.lines.get("tours", []) if node is not None else []
    for index, raw in enumerate(entries):
        line, keys = lines[index] if index < len(lines) else (None, {})
        who = (
            raw.get("id")
            if isinstance(raw, dict) and isinstance(raw.get("id"), str)
            else (f"tour #{index + 1}")
        )
        if not isinstance(raw, dict):
            report.add(
                name, f"tour #{index + 1} should be a mapping (id:, title:, stops:)", line=line
            )
            continue
        try:
            tour = msgspec.convert(raw, Tour, dec_hook=date_hook())
        except msgspec.ValidationError:
            values, problems = convert_fields(raw, Tour)
            for field_name, message in problems:
                top = field_name.split("[")[0].split(".")[0]
                report.add(name, message, line=keys.get(top, line), item=who, field=field_name)
            continue
        collected.tours.append((tour, name, line))
