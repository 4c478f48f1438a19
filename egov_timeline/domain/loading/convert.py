"""Converting the data read from YAML into the typed model: one item or tour at a time, in
one call when it is sound, field by field when it is not, so that every bad field is reported
in plain words (never msgspec's own), with a hint for a misspelt field or kind."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, get_args, get_origin

import msgspec

from egov_timeline.domain.dates import DateError, HistDate
from egov_timeline.domain.loading.problems import Report, closest, short
from egov_timeline.domain.model import KIND_TYPES, KINDS, Item, PackInfo


@functools.cache
def field_infos(cls: type[msgspec.Struct]) -> dict[str, msgspec.structs.FieldInfo]:
    return {f.encode_name: f for f in msgspec.structs.fields(cls)}


def build_item(
    file: str, index: int, raw: Any, line: int | None, keys: dict[str, int], report: Report
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
        hint = "" if report.full(file) else closest(str(kind), KINDS)
        report.add(
            file,
            f"kind '{short(str(kind))}' is not known{hint}; use one of: {', '.join(KINDS)}",
            line=keys.get("kind", line),
            item=who,
            field="kind",
        )
        return None
    cls = KIND_TYPES[kind]
    try:  # the common case, a sound item, in one call
        return msgspec.convert(raw, cls, dec_hook=date_hook())
    except msgspec.ValidationError as exc:
        if report.full(file):  # only counted from here on: no need to say which field
            report.add(file, str(exc), line=line, item=who)
            return None
    fields = {k: v for k, v in raw.items() if k != "kind"}
    values, problems = convert_fields(fields, cls)
    for field_name, message in problems:
        top = field_name.split("[")[0].split(".")[0]
        report.add(file, message, line=keys.get(top, line), item=who, field=field_name)
    if problems:
        return None
    return cls(**values)


_DATE_FIELDS_ALLOWING_OPEN = {"end"}


def convert_fields(
    raw: dict, cls: type[msgspec.Struct]
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Convert each field on its own so that every bad field is reported, not just the first."""
    problems: list[tuple[str, str]] = []
    values: dict[str, Any] = {}
    infos = field_infos(cls)
    for key in raw:
        if key not in infos:
            hint = closest(str(key), infos)
            problems.append(
                (str(key), f"is not a field of a {_kind_name(cls)}{hint}; remove or rename it")
            )
    for key, info in infos.items():
        if key not in raw:
            if info.required:
                problems.append((key, f"is required for a {_kind_name(cls)} but missing"))
            continue
        value = raw[key]
        hook = date_hook(allow_open=key in _DATE_FIELDS_ALLOWING_OPEN)
        try:
            values[info.name] = msgspec.convert(value, info.type, dec_hook=hook)
        except msgspec.ValidationError as exc:
            sub, message = _plain_validation_message(str(exc), info.type)
            problems.append((key + sub, message))
    return values, problems


def date_hook(allow_open: bool = False) -> Callable[[type, Any], Any]:
    """msgspec's hook that reads dates (`allow_open`: also an open end, for an `end:`)."""
    return _DATE_HOOKS[allow_open]


def _read_date(tp: type, obj: Any, allow_open: bool) -> Any:
    if tp is HistDate:
        try:
            return HistDate.parse(obj, allow_open=allow_open)
        except DateError as exc:
            raise ValueError(str(exc)) from None
    raise NotImplementedError(tp)


_DATE_HOOKS = {
    allow_open: functools.partial(_read_date, allow_open=allow_open) for allow_open in (False, True)
}


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
