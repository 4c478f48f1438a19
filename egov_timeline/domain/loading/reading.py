"""Reading one content file: its bytes as UTF-8 text, then its YAML with a map of the lines
where each item and field starts; every reason a file cannot be read is reported, with its
line where it can be known."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from egov_timeline.domain.loading.problems import MAX_FILE_BYTES, Report
from egov_timeline.domain.loading.yaml_reader import (
    DIRECTION_CONTROLS,
    Document,
    Refused,
    read_yaml,
)


def read_text(path: Path, report: Report) -> str | None:
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


def report_direction_controls(
    path: Path, text: str, report: Report, first_line: int | None = None
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


def parse_yaml(path: Path, text: str, report: Report) -> tuple[Any, Document | None] | None:
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
        report_direction_controls(path, value, report, first_line=line)
    for line, key in document.repeated_keys:
        report.add(
            str(path),
            f"gives '{key}' twice in one place; keep one (YAML would silently use the last)",
            line=line,
        )
    return document.data, document
