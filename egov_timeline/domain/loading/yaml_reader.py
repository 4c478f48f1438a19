"""Read one content file's YAML into plain data, with the line of every item and field.

libyaml (through PyYAML's C parser) turns the text into events; this module builds the
lists, mappings and scalars from them in one pass, the way PyYAML's safe loader would,
without composing a node graph first. That is what keeps a 100,000-item pack fast and small:
no node and no mark outlives the event it came from.

What a content file may not do is refused here, before anything is built from it: aliases
(`*name`, so an alias bomb never expands), merge keys, tags other than YAML's own scalar
tags, a list or mapping used as a key, more than one document, and nesting deeper than any
content needs. No Qt.
"""

from __future__ import annotations

import re
import sys
from typing import Any

import msgspec
import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode

# libyaml's parser when PyYAML has it (many times faster), the pure-Python one otherwise.
_BASE = getattr(yaml, "CSafeLoader", None) if yaml.__with_libyaml__ else None


class ContentYamlLoader(_BASE or yaml.SafeLoader):  # type: ignore[misc]
    """Safe loading, with dates kept as text."""


# Dates stay text so that their precision is kept (PyYAML would turn 2001-03-28 into a date).
ContentYamlLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): one left open in a name
# turns the app's own words after it around. Content never needs them: the app sets the
# direction of its text itself.
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
MAX_DEPTH = 32
# Inside an item, no list needs a thousand entries nor a text ten thousand characters (the
# longest in the bundled pack has 37 and 973): beyond that a pack is an attack or a mistake,
# and the window would spend minutes laying it out.
MAX_ENTRIES = 1000
MAX_TEXT = 10_000  # an item is at most four or five levels deep
_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_SCALAR_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("null", "bool", "int", "float", "binary", "timestamp", "str")
}
_RESOLVERS = ContentYamlLoader.yaml_implicit_resolvers
_CONSTRUCTOR = SafeConstructor()
_NO_KEY = object()
# First characters of the plain scalars YAML may read as something other than text (a
# number, true/false, null): any other plain scalar is text without trying the patterns.
_TYPED_FIRST = frozenset(key for key in _RESOLVERS if key is not None) | {""}


class Refused(Exception):
    """The text is YAML, but not YAML a content file may use."""

    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class Document(msgspec.Struct):
    data: Any
    # For each top-level key whose value is a list: per entry, its line and the line of each
    # of its keys (1-based).
    lines: dict[str, list[tuple[int, dict[str, int]]]]
    # Keys given twice in one mapping: (line of the second, key). YAML keeps the last.
    repeated_keys: list[tuple[int, str]]
    # "Double-quoted" texts that write a text-direction character by its code ("\u202e"),
    # with their lines: the file's own characters do not show these.
    escaped: list[tuple[int, str]]
    # Lists and texts beyond MAX_ENTRIES / MAX_TEXT: (line, what was found).
    oversized: list[tuple[int, str]]


def _line(event: Any) -> int:
    return event.start_mark.line + 1


def _intern(text: str) -> str:
    """Short texts once: ids named in relations, kinds, dates and source titles repeat
    across a pack, and each copy would otherwise be kept for as long as the pack is open."""
    return sys.intern(text) if len(text) <= 40 else text


def _scalar(event: ScalarEvent) -> Any:
    value = event.value
    tag = event.tag
    if tag is None or tag == "!":
        if not event.implicit[0]:  # quoted: always text
            return _intern(value)
        for candidate, pattern in _RESOLVERS.get(value[0] if value else "", ()):
            if pattern.match(value):
                tag = candidate
                break
        else:
            return _intern(value)
    if tag == _STR:
        return _intern(value)
    if tag == _MERGE:
        raise Refused(
            "merge keys (<<) are not allowed in content files; write the fields out in full",
            _line(event),
        )
    if tag not in _SCALAR_TAGS:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"could not determine a constructor for the tag '{tag}'",
            # the C parser's marks are yaml._yaml.Mark, which types-PyYAML does not accept here
            event.start_mark,  # type: ignore[arg-type]
        )
    construct = SafeConstructor.yaml_constructors[tag]
    try:
        return construct(_CONSTRUCTOR, ScalarNode(tag, value))
    except (ValueError, TypeError, ArithmeticError, yaml.constructor.ConstructorError):
        # such as "!!int abc": refused the way PyYAML refuses a value its tag cannot read
        raise Refused(
            f"'{value}' cannot be read as {tag.rsplit(':', 1)[-1]}", _line(event)
        ) from None


def read_yaml(text: str) -> Document | None:
    """The data of the one document in `text` (None if there is none). Raises Refused, or
    PyYAML's own errors for text that is not YAML."""
    may_escape = "\\" in text
    loader = ContentYamlLoader(text)
    try:
        return _read(loader, text, may_escape)
    finally:
        loader.dispose()


def _read(loader: Any, text: str, may_escape: bool) -> Document | None:
    stack: list[Any] = []  # the open lists and mappings, outermost first
    keys: list[Any] = []  # per open mapping, the key waiting for its value
    root: Any = None
    seen_document = False
    lines: dict[str, list[tuple[int, dict[str, int]]]] = {}
    entry_keys: dict[str, int] | None = None  # the keys of the entry being read
    repeated: list[tuple[int, str]] = []
    escaped: list[tuple[int, str]] = []
    oversized: list[tuple[int, str]] = []
    long_lists: dict[int, list[int]] = {}  # open lists past MAX_ENTRIES: [line, length]
    typed_first = _TYPED_FIRST
    intern = sys.intern
    for event in iter(loader.get_event, None):  # no generator frame per event: it is hot
        kind = type(event)
        if kind is ScalarEvent:
            value = event.value
            if event.tag is None and (not event.implicit[0] or value[:1] not in typed_first):
                if len(value) <= 40:  # short texts once (see _intern)
                    value = intern(value)
            else:
                value = _scalar(event)
            if may_escape and event.style == '"' and DIRECTION_CONTROLS.search(event.value):
                escaped.append((_line(event), event.value))
            if type(value) is str and len(value) > MAX_TEXT:
                oversized.append(
                    (_line(event), f"a text of {len(value):,} characters; at most {MAX_TEXT:,}")
                )
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.tag not in _COLLECTION_TAGS:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"could not determine a constructor for the tag '{event.tag}'",
                    event.start_mark,
                )
            if len(stack) >= MAX_DEPTH:
                raise Refused("is nested too deeply to be content; check the file", _line(event))
            container: Any = {} if kind is MappingStartEvent else []
            if len(stack) == 2 and type(stack[1]) is list and type(stack[0]) is dict:
                entry_keys = _start_entry(lines, keys[0], event)
            stack.append(container)
            keys.append(_NO_KEY)
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value = stack.pop()
            keys.pop()
            if long_lists and id(value) in long_lists:
                line, length = long_lists.pop(id(value))
                oversized.append((line, f"a list of {length:,} entries; at most {MAX_ENTRIES:,}"))
        elif kind is AliasEvent:
            # Refused before anything is built from it: an alias bomb never gets to expand.
            raise Refused(
                "anchors and aliases (&name / *name) are not allowed in content files; "
                "write the value out in full",
                _line(event),
            )
        elif kind is DocumentStartEvent:
            if seen_document:
                raise Refused(
                    "holds more than one YAML document (a second '---'); keep one per file",
                    _line(event),
                )
            seen_document = True
            continue
        else:
            continue
        if not stack:
            root = value
            continue
        top = stack[-1]
        if type(top) is list:
            if len(stack) == 2 and type(stack[0]) is dict and kind is ScalarEvent:
                _start_entry(lines, keys[0], event)
            if len(top) >= MAX_ENTRIES and len(stack) > 2:  # inside an item: counted, not kept
                long_lists.setdefault(id(top), [_line(event), MAX_ENTRIES])[1] += 1
                continue
            top.append(value)
            continue
        key = keys[-1]
        if key is _NO_KEY:  # this value is a key
            if kind is not ScalarEvent:
                raise Refused(
                    "uses a list or mapping as a key; keys are plain words like 'name'",
                    _line(event),
                )
            if value in top:
                repeated.append((_line(event), str(value)))
            if len(stack) == 3 and entry_keys is not None and type(stack[1]) is list:
                entry_keys.setdefault(event.value, _line(event))
            keys[-1] = value
        else:
            top[key] = value
            keys[-1] = _NO_KEY
    return None if not seen_document else Document(root, lines, repeated, escaped, oversized)


def _start_entry(
    lines: dict[str, list[tuple[int, dict[str, int]]]], root_key: Any, event: Any
) -> dict[str, int]:
    entry: dict[str, int] = {}
    if isinstance(root_key, str):
        lines.setdefault(root_key, []).append((_line(event), entry))
    return entry
