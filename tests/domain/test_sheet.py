"""A content pack from a spreadsheet: the shipped template imports and validates, a broken
sheet is told by sheet, row and column, and every YAML file written names the schema."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from egov_timeline.domain.loading.loader import load_pack
from egov_timeline.domain.sheet import import_sheet
from tests.conftest import REPO

TEMPLATE = REPO / "resources" / "templates" / "pack-template.csv"


def test_the_shipped_template_becomes_a_sound_pack(tmp_path):
    out = tmp_path / "pack"
    assert import_sheet(TEMPLATE, out, "From the template") == []
    result = load_pack(out)
    assert result.ok and result.pack is not None
    assert {"stage", "administration", "project", "law", "agency"} == {
        item.kind for item in result.pack.items
    }
    nbis = result.pack.by_id["nbis"]
    assert nbis.acronym == "NBIS" and nbis.sources and "chun-doo-hwan" in nbis.administrations
    for path in out.glob("*.yaml"):
        if path.name != "pack.yaml":
            first = path.read_text(encoding="utf-8").splitlines()[0]
            assert first == "# yaml-language-server: $schema=content-pack.schema.json"
    shipped = (REPO / "data" / "content-pack.schema.json").read_bytes()
    assert (out / "content-pack.schema.json").read_bytes() == shipped


def test_a_broken_sheet_is_told_by_sheet_row_and_column_and_writes_nothing(tmp_path):
    sheet = tmp_path / "classwork.csv"
    sheet.write_text(
        "kind,id,name,start,summary,sources,administrations,colour\n"
        "project,p1,A project,2001,Does things.,A book | p. 3,nobody,\n"
        "law,l1,A law,19xx,Rules.,A book,,\n"
        "thing,x,X,2001,,,,\n"
        "project,p2,Another,2002,More.,A book,,red\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack"
    problems = [str(p) for p in import_sheet(sheet, out)]
    assert "classwork, row 4, column 'kind': say what the row is" in problems[0]
    assert any(p.startswith("classwork, row 5, column 'colour'") for p in problems)
    assert not out.exists()
    # the rows fixed, what is left is found in the pack and told where it is in the sheet
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8"))))
    fixed = [r[:7] for r in rows if r[0] != "thing"]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(fixed)
    sheet.write_text(buffer.getvalue(), encoding="utf-8")
    problems = [str(p) for p in import_sheet(sheet, out)]
    assert any(p.startswith("classwork, row 3, column 'start'") for p in problems), problems
    assert any(
        p.startswith("classwork, row 2, column 'administrations'") and "nobody" in p
        for p in problems
    ), problems
    assert not out.exists()


_OOXML = "http://schemas.openxmlformats.org"
_PKG = f"{_OOXML}/package/2006"
_DOC = f"{_OOXML}/officeDocument/2006/relationships"
_MAIN = f"{_OOXML}/spreadsheetml/2006/main"
_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'


def _xlsx(path: Path, sheets: dict[str, list[list[str]]]) -> None:
    """A small workbook, written by hand (inline strings), for calamine to read."""

    def cell(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

    numbers = range(1, len(sheets) + 1)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_MIME}.worksheet+xml"/>'
        for n in numbers
    )
    types = (
        f'{_HEAD}<Types xmlns="{_PKG}/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_MIME}.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    rels = (
        f'{_HEAD}<Relationships xmlns="{_PKG}/relationships"><Relationship Id="rId1" '
        f'Type="{_DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    listed = "".join(
        f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(sheets, start=1)
    )
    workbook = (
        f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_DOC}"><sheets>{listed}</sheets></workbook>'
    )
    book_rels = (
        f'{_HEAD}<Relationships xmlns="{_PKG}/relationships">'
        + "".join(
            f'<Relationship Id="rId{n}" Type="{_DOC}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in numbers
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        for n, rows in zip(numbers, sheets.values(), strict=True):
            body = "".join(
                f'<row r="{r}">'
                + "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(values) if v)
                + "</row>"
                for r, values in enumerate(rows, start=1)
            )
            sheet = f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetData>{body}</sheetData></worksheet>'
            z.writestr(f"xl/worksheets/sheet{n}.xml", sheet)


def test_a_workbook_of_several_sheets_is_read_with_calamine(tmp_path):
    head = ["kind", "id", "name", "name_ko", "start", "end", "summary", "sources"]
    book = tmp_path / "history.xlsx"
    _xlsx(
        book,
        {
            "Presidents": [
                head,
                [
                    "administration",
                    "kim-dae-jung",
                    "Kim Dae-jung",
                    "김대중",
                    "1998-02-25",
                    "2003-02-24",
                    "President from 1998 to 2003.",
                    "Wikipedia | Kim Dae-jung",
                ],
            ],
            "Laws": [
                [*head, "law_type", "administrations"],
                [
                    "law",
                    "e-government-act",
                    "E-Government Act",
                    "전자정부법",
                    "2001-03-28",
                    "",
                    "The law of 2001 on electronic government.",
                    "KLRI",
                    "act",
                    "kim-dae-jung",
                ],
            ],
        },
    )
    out = tmp_path / "pack"
    assert import_sheet(book, out) == []
    pack = load_pack(out).pack
    assert pack is not None
    assert pack.by_id["e-government-act"].administrations == ("kim-dae-jung",)
    assert pack.by_id["kim-dae-jung"].name_ko == "김대중"
    broken = tmp_path / "broken.xlsx"
    _xlsx(broken, {"Laws": [["kind", "id", "name"], ["law", "x", "X"]]})
    problems = [str(p) for p in import_sheet(broken, tmp_path / "other")]
    assert problems and all(p.startswith("Laws, row 2") for p in problems), problems
