"""The JSON Schema of a content file, generated from the model (data/content-pack.schema.json)."""

from __future__ import annotations

import inspect
from typing import Any

import msgspec

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import PackFile

_DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{3}0s|open)$"


def _schema_hook(tp: type) -> dict[str, Any]:
    if tp is HistDate:
        return {
            "anyOf": [
                {"type": "string", "pattern": _DATE_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 2999},
            ]
        }
    raise NotImplementedError(tp)


def _clean_descriptions(node: Any) -> None:
    """Docstrings cleaned the same way whatever msgspec does with them (0.23 started to
    dedent them), so the schema depends on the model alone, not on the msgspec release."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = inspect.cleandoc(value)
            else:
                _clean_descriptions(value)
    elif isinstance(node, list):
        for value in node:
            _clean_descriptions(value)


def content_file_schema() -> dict[str, Any]:
    schema = msgspec.json.schema(PackFile, schema_hook=_schema_hook)
    _clean_descriptions(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "egov-timeline content file"
    schema["description"] = (
        "One YAML file of an egov-timeline content pack. Check a pack fully with "
        "`egov-timeline validate DIR`: it also checks ids, references and dates."
    )
    return schema


def content_file_schema_json() -> bytes:
    return msgspec.json.format(msgspec.json.encode(content_file_schema()), indent=2) + b"\n"
