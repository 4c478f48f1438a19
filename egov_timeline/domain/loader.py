"""Load a content pack folder and report every problem in it at once.

A pack is a folder of UTF-8 YAML files. `pack.yaml` (optional) says what the pack is;
every other `*.yaml` / `*.yml` file holds `items:`, a list of items of any kind. Loading
never raises for bad content: it returns the problems, each naming the file, the line
where it can be known, the item id, the field and one plain sentence.
"""

from __future__ import annotations

import gc
import re
from pathlib import Path
from typing import Any, get_args, get_origin

import msgspec
import yaml

from egov_timeline.domain.dates import DateError, HistDate
from egov_timeline.domain.model import (
    KIND_TYPES,
    KINDS,
    Item,
    PackInfo,
    Tour,
)
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.pack_checks import (
    _closest,
    _Collected,
    _field_infos,
    _Known,
    _Placed,
    _Report,
    _short,
    check_pack,
)
from egov_timeline.domain.problems import (
    MAX_FILE_BYTES,
    MAX_FILES,
    LoadResult,
    PackError,
    Problem,
    cap_per_file,
)
from egov_timeline.domain.yaml_reader import DIRECTION_CONTROLS, Document, Refused, read_yaml

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
    report = _Report()
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

    collected = _Collected()
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


# ---- YAML -------------------------------------------------------------------------------


def _read_text(path: Path, report: _Report) -> str | None:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            report.add(
                name,
                f"is {size // 1024 // 1024} MB; a content file may be at most "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB, so split it into several files",
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        report.add(
            name,
            f"could not be read ({exc.strerror or exc}); check that it exists and "
            "that you may read it",
        )
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add(name, "is saved as UTF-16; save it as UTF-8 and try again")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        report.add(
            name,
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read); "
            "save it as UTF-8 and try again",
            line=line,
        )
        return None
    if "\x00" in text:
        report.add(name, "contains NUL characters, so it is not a text file; save it as UTF-8 text")
        return None
    return text


def _report_direction_controls(
    path: Path, text: str, report: _Report, first_line: int | None = None
) -> None:
    """`text` is the whole file, or (from `first_line`) one double-quoted value."""
    for match in DIRECTION_CONTROLS.finditer(text):
        if report.full(str(path)):
            break
        code = f"U+{ord(match.group()):04X}"
        report.add(
            str(path),
            f"contains an invisible text-direction character ({code}); delete it (it can "
            "turn the words around it backwards)",
            line=first_line or text.count("\n", 0, match.start()) + 1,
        )


def _parse_yaml(path: Path, text: str, report: _Report) -> tuple[Any, Document | None] | None:
    """Return (python data, its line map) or None after reporting why not."""
    try:
        document = read_yaml(text)
    except Refused as refused:
        report.add(str(path), refused.message, line=refused.line)
        return None
    except yaml.constructor.ConstructorError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        tag = re.search(r"tag '([^']+)'", str(exc.problem))
        what = f"the YAML tag {tag.group(1)}" if tag else "a YAML tag"
        report.add(
            str(path),
            f"uses {what}, which content files may not use; "
            "write plain text, numbers, lists and mappings",
            line=line,
        )
        return None
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        problem = (exc.problem or exc.context or "the YAML is malformed").rstrip(".")
        report.add(
            str(path),
            f"is not valid YAML: {problem}; check the indentation and quoting around this line",
            line=line,
        )
        return None
    except yaml.YAMLError as exc:
        report.add(str(path), f"is not valid YAML ({exc}); check the file")
        return None
    if document is None:
        return None, None
    for line, what in document.oversized:
        report.add(str(path), f"has {what}; shorten it", line=line)
    for line, value in document.escaped:
        _report_direction_controls(path, value, report, first_line=line)
    for line, key in document.repeated_keys:
        report.add(
            str(path),
            f"gives '{key}' twice in one place; keep one (YAML would silently use the last)",
            line=line,
        )
    return document.data, document


def _load_info(path: Path, report: _Report) -> PackInfo | None:
    text = _read_text(path, report)
    if text is None:
        return None
    _report_direction_controls(path, text, report)
    parsed = _parse_yaml(path, text, report)
    if parsed is None:
        return None
    data, _node = parsed
    if not isinstance(data, dict):
        report.add(str(path), "should be a mapping with at least 'title:'")
        return None
    values, problems = _convert_fields(data, PackInfo)
    for field_name, message in problems:
        report.add(str(path), message, field=field_name)
    return PackInfo(**values) if not problems else None


def _load_item_file(path: Path, report: _Report, collected: _Collected) -> None:
    name = str(path)
    text = _read_text(path, report)
    if text is not None:
        _report_direction_controls(path, text, report)
    parsed = _parse_yaml(path, text, report) if text is not None else None
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
        item = _build_item(name, index, raw, line, keys, report)
        if item is not None:
            collected.placed.append(_Placed(item, name, line, keys))
        elif (
            isinstance(raw, dict)
            and isinstance(raw.get("id"), str)
            and isinstance(raw.get("kind"), str)
            and raw.get("kind") in KIND_TYPES
        ):
            collected.known.append(_Known(raw["id"], raw["kind"], name, line))


def _load_tours(name: str, entries: Any, node: Any, report: _Report, collected: _Collected) -> None:
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
            tour = msgspec.convert(raw, Tour, dec_hook=_date_hook)
        except msgspec.ValidationError:
            values, problems = _convert_fields(raw, Tour)
            for field_name, message in problems:
                top = field_name.split("[")[0].split(".")[0]
                report.add(name, message, line=keys.get(top, line), item=who, field=field_name)
            continue
        collected.tours.append((tour, name, line))


# ---- one item ---------------------------------------------------------------------------


def _build_item(
    file: str, index: int, raw: Any, line: int | None, keys: dict[str, int], report: _Report
) -> Item | None:
    label = f"#{index + 1}"
    if not isinstance(raw, dict):
        report.add(
            file, f"item {label} should be a mapping of fields (id:, kind:, name:, ...)", line=line
        )
        return None
    item_id = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id") else None
    who = item_id or label
    kind = raw.get("kind")
    if kind is None:
        report.add(
            file,
            f"has no 'kind'; give one of: {', '.join(KINDS)}",
            line=line,
            item=who,
            field="kind",
        )
        return None
    if not isinstance(kind, str) or kind not in KIND_TYPES:
        hint = "" if report.full(file) else _closest(str(kind), KINDS)
        report.add(
            file,
            f"kind '{_short(str(kind))}' is not known{hint}; use one of: {', '.join(KINDS)}",
            line=keys.get("kind", line),
            item=who,
            field="kind",
        )
        return None
    cls = KIND_TYPES[kind]
    try:  # the common case, a sound item, in one call
        return msgspec.convert(raw, cls, dec_hook=_date_hook)
    except msgspec.ValidationError as exc:
        if report.full(file):  # only counted from here on: no need to say which field
            report.add(file, str(exc), line=line, item=who)
            return None
    fields = {k: v for k, v in raw.items() if k != "kind"}
    values, problems = _convert_fields(fields, cls)
    for field_name, message in problems:
        top = field_name.split("[")[0].split(".")[0]
        report.add(file, message, line=keys.get(top, line), item=who, field=field_name)
    if problems:
        return None
    return cls(**values)


_DATE_FIELDS_ALLOWING_OPEN = {"end"}


def _convert_fields(
    raw: dict, cls: type[msgspec.Struct]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Convert each field on its own so that every bad field is reported, not just the first."""
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {}
    infos = _field_infos(cls)
    for key in raw:
        if key not in infos:
            hint = _closest(str(key), infos)
            problems.append(
                (str(key), f"is not a field of a {_kind_name(cls)}{hint}; remove or rename it")
            )
    for key, info in infos.items():
        if key not in raw:
            if info.required:
                problems.append((key, f"is required for a {_kind_name(cls)} but missing"))
            continue
        value = raw[key]
        hook = _end_hook if key in _DATE_FIELDS_ALLOWING_OPEN else _date_hook
        try:
            values[info.name] = msgspec.convert(value, info.type, dec_hook=hook)
        except msgspec.ValidationError as exc:
            sub, message = _plain_validation_message(str(exc), info.type)
            problems.append((key + sub, message))
    return values, problems


def _date_hook(tp: type, obj: Any) -> Any:
    if tp is HistDate:
        try:
            return HistDate.parse(obj)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    raise NotImplementedError


def _end_hook(tp: type, obj: Any) -> Any:
    if tp is HistDate:
        try:
            return HistDate.parse(obj, allow_open=True)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    raise NotImplementedError


_TYPE_WORDS = {
    "str": "text",
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "array": "a list",
    "object": "a mapping of fields",
    "null": "empty",
}


def _plain_validation_message(message: str, tp: Any) -> tuple[str, str]:
    """Turn msgspec's message into (sub-path like '[0].title', one plain sentence)."""
    sub = ""
    at = re.search(r" - at `\$(.*)`$", message)
    if at:
        sub = at.group(1)
        message = message[: at.start()]
    m = re.match(r"Expected `(\w+)`, got `(\w+)`", message)
    if m:
        want, got = (_TYPE_WORDS.get(x, x) for x in m.groups())
        return sub, f"should be {want}, not {got}"
    m = re.match(r"Expected `array` of length >= (\d+)", message)
    if m:
        return sub, f"needs at least {m.group(1)} entr{'y' if m.group(1) == '1' else 'ies'}"
    m = re.match(r"Expected `str` of length >= 1", message)
    if m:
        return sub, "must not be empty"
    if message.startswith("Expected `str` matching regex"):  # only ids have a pattern
        return sub, "must be lower-case letters, digits and hyphens, like e-government-act"
    m = re.match(r"Expected `int` >= (\d+)", message)
    if m:
        return sub, f"should be a whole number of at least {m.group(1)}"
    m = re.match(r"Expected `int` <= (\d+)", message)
    if m:
        return sub, f"should be a whole number of at most {m.group(1)}"
    m = re.match(r"Invalid enum value '?(.*?)'?$", message)
    if m:
        allowed = _literal_choices(tp, sub)
        choice = f"; use one of: {', '.join(allowed)}" if allowed else ""
        return sub, f"'{m.group(1)}' is not allowed here{choice}"
    m = re.match(r"Object missing required field `(\w+)`", message)
    if m:
        return sub, f"is missing its required field '{m.group(1)}'"
    m = re.match(r"Object contains unknown field `(.+)`", message)
    if m:
        return sub, f"has an unknown field '{m.group(1)}'"
    return sub, message[:1].lower() + message[1:]


def _literal_choices(tp: Any, sub: str) -> list[str]:
    """The allowed words of a Literal field, looking through Annotated/Optional/list."""
    seen: list[Any] = [tp]
    while seen:
        t = seen.pop()
        origin = get_origin(t)
        if origin is None and hasattr(t, "__args__") and not isinstance(t, type):
            origin = type(t)
        args = get_args(t)
        if str(origin).endswith("Literal"):
            return [str(a) for a in args]
        seen.extend(a for a in args if not isinstance(a, (str, int, msgspec.Meta)))
        if isinstance(t, type) and issubclass(t, msgspec.Struct) and sub:
            name = sub.lstrip(".").split(".")[-1].split("[")[0]
            for f in msgspec.structs.fields(t):
                if f.encode_name == name:
                    seen.append(f.type)
    return []


def _kind_name(cls: type) -> str:
    tag = getattr(getattr(cls, "__struct_config__", None), "tag", None)
    return tag if isinstance(tag, str) else "pack.yaml" if cls is PackInfo else cls.__name__.lower()
