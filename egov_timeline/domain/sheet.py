"""A content pack from a spreadsheet: one row per item, the columns named as the pack's
fields (`id`, `kind`, `name`, `start`, `summary`, `sources`, …), relations by id. Read with
python-calamine (.xlsx, .xls, .ods) or the csv module (.csv); written as the YAML a pack is
made of, each file opening with the schema line editors use; then checked like any pack,
every problem named by sheet, row and column. No Qt.

In a cell that holds several values (aliases, relations, accomplishments) they are
separated by ";" or by line breaks. A source is "title | where | url" (where and url may be
left out), several of them separated likewise; a milestone is "date: text".
"""

from __future__ import annotations

import csv
import datetime as _dt
import re
import shutil
import tempfile
import typing
from pathlib import Path
from typing import Any

import msgspec
import yaml

from egov_timeline.domain.model import KIND_TYPES

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
SCHEMA_NAME = "content-pack.schema.json"
FILE_NAMES = {
    "stage": "stages.yaml",
    "administration": "administrations.yaml",
    "project": "projects.yaml",
    "law": "laws.yaml",
    "agency": "agencies.yaml",
}
_SPLIT = re.compile(r"\s*(?:;|\r?\n)\s*")
_STRUCTURED = {"sources", "milestones"}
_NOT_IN_SHEETS = {"events"}  # an agency's steps: written in YAML


class SheetProblem(msgspec.Struct, frozen=True):
    """What is wrong, and where in the spreadsheet."""

    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.sheet]
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}"


class Row(msgspec.Struct, frozen=True):
    sheet: str
    number: int  # as the spreadsheet numbers it (the header is row 1)
    cells: dict[str, Any]


def read_rows(path: Path) -> tuple[list[Row], list[SheetProblem]]:
    """The rows of every sheet with a header row; a row with no value is left out."""
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        return [], [
            SheetProblem(path.name, None, None, "is not a spreadsheet: use .xlsx, .ods or .csv")
        ]
    tables: list[tuple[str, list[list[Any]]]]
    try:
        if suffix == ".csv":
            with path.open(encoding="utf-8-sig", newline="") as handle:
                tables = [(path.stem, [list(r) for r in csv.reader(handle)])]
        else:
            from python_calamine import CalamineWorkbook

            book = CalamineWorkbook.from_path(str(path))
            tables = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    except Exception as exc:  # unreadable, not UTF-8, or calamine's own: damaged or locked
        return [], [SheetProblem(path.name, None, None, f"cannot be read ({exc})")]
    rows: list[Row] = []
    for sheet, table in tables:
        if not table:
            continue
        header = [str(h).strip().lower() if h is not None else "" for h in table[0]]
        for number, values in enumerate(table[1:], start=2):
            cells = {
                name: value
                for name, value in zip(header, values, strict=False)
                if name and value not in (None, "")
            }
            if cells:
                rows.append(Row(sheet, number, cells))
    return rows, []


def _text(value: Any) -> str:
    """A cell as text: a date as ISO, a whole number without its '.0'."""
    if isinstance(value, _dt.datetime):
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _many(value: Any) -> list[str]:
    return [part for part in _SPLIT.split(_text(value)) if part]


def _field_types(kind: str) -> dict[str, Any]:
    cls = KIND_TYPES[kind]
    return {f.name: f.type for f in msgspec.structs.fields(cls)}


def _is_many(tp: Any) -> bool:
    """Whether a field holds several values (a tuple)."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        return _is_many(typing.get_args(tp)[0])
    return origin is tuple


def _base(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def row_to_item(row: Row) -> tuple[dict[str, Any] | None, list[SheetProblem]]:
    """The item a row describes, as a pack file holds it, or what keeps it from being one."""
    problems: list[SheetProblem] = []

    def problem(column: str | None, message: str) -> None:
        problems.append(SheetProblem(row.sheet, row.number, column, message))

    kind = _text(row.cells.get("kind", "")).lower()
    if kind not in KIND_TYPES:
        problem("kind", f"say what the row is: one of {', '.join(KIND_TYPES)}")
        return None, problems
    types = _field_types(kind)
    item: dict[str, Any] = {"kind": kind}
    for column, value in row.cells.items():
        if column == "kind":
            continue
        if column in _NOT_IN_SHEETS:
            problem(column, "is written in the pack's YAML, not in a sheet: leave it empty")
            continue
        if column not in types:
            problem(column, f"is not a field of a {kind}; the pack format lists the fields")
            continue
        tp = types[column]
        if column == "sources":
            item[column] = [_source(part) for part in _many(value)]
        elif column == "milestones":
            milestones = []
            for part in _many(value):
                date, sep, text = part.partition(": ")
                if not sep:
                    problem(column, f"write a milestone as 'date: text', not '{part}'")
                    continue
                milestones.append({"date": date.strip(), "text": text.strip()})
            item[column] = milestones
        elif _is_many(tp):
            item[column] = _many(value)
        elif _base(tp) is bool:
            item[column] = _text(value).lower() in ("true", "yes", "1", "y", "예", "참")
        elif _base(tp) is int:
            try:
                item[column] = int(float(_text(value)))
            except ValueError:
                problem(column, f"should be a whole number, not '{_text(value)}'")
        else:
            item[column] = _text(value)
    return item, problems


def _source(text: str) -> dict[str, str]:
    title, _, rest = (part.strip() for part in text.partition("|"))
    where, _, url = (part.strip() for part in rest.partition("|"))
    source = {"title": title}
    if where:
        source["where"] = where
    if url:
        source["url"] = url
    return source


def header_line(schema: str = SCHEMA_NAME) -> str:
    """The first line of every YAML file the app writes: editors check and complete it."""
    return f"# yaml-language-server: $schema={schema}\n"


def write_pack(folder: Path, title: str, items: list[dict[str, Any]], schema: bytes) -> None:
    """pack.yaml, a file per kind of item, and the schema they name, in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / SCHEMA_NAME).write_bytes(schema)
    info = yaml.safe_dump({"title": title}, allow_unicode=True, sort_keys=False)
    (folder / "pack.yaml").write_text("# what this pack is\n" + info, encoding="utf-8")
    for kind in KIND_TYPES:
        of_kind = [item for item in items if item["kind"] == kind]
        if not of_kind:
            continue
        body = yaml.safe_dump({"items": of_kind}, allow_unicode=True, sort_keys=False, width=100)
        (folder / FILE_NAMES[kind]).write_text(header_line() + body, encoding="utf-8")


def import_sheet(sheet: Path, out: Path, title: str | None = None) -> list[SheetProblem]:
    """Turn `sheet` into a pack in `out` (a new or empty folder) and check it; the pack is
    written only when it is sound. Returns the problems, by sheet, row and column."""
    from egov_timeline.domain.loading.loader import load_pack
    from egov_timeline.domain.schema import content_file_schema_json

    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        return [SheetProblem(str(out), None, None, "exists and is not empty: name a new folder")]
    rows, problems = read_rows(sheet)
    if problems:
        return problems
    if not rows:
        return [SheetProblem(sheet.name, None, None, "has no rows under its header row")]
    items: list[dict[str, Any]] = []
    origin: dict[str, Row] = {}
    for row in rows:
        item, found = row_to_item(row)
        problems += found
        if item is not None:
            items.append(item)
            if "id" in item:
                origin.setdefault(item["id"], row)
    if problems:
        return problems
    staging = Path(
        tempfile.mkdtemp(prefix=".sheet-", dir=out.parent if out.parent.exists() else None)
    )
    try:
        write_pack(staging, title or sheet.stem, items, content_file_schema_json())
        result = load_pack(staging)
        if not result.ok:
            return [_placed(p, origin, sheet.name) for p in result.problems]
        out.parent.mkdir(parents=True, exist_ok=True)
        if out.exists():
            out.rmdir()
        shutil.move(str(staging), str(out))
        return []
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _placed(problem: Any, origin: dict[str, Row], sheet_name: str) -> SheetProblem:
    """A pack problem told where it is in the spreadsheet."""
    row = origin.get(problem.item or "")
    if row is None:
        return SheetProblem(sheet_name, None, problem.field, problem.message)
    column = (problem.field or "").split(".")[0].split("[")[0] or None
    return SheetProblem(row.sheet, row.number, column, problem.message)
