"""The command line's options. Those that several commands share (`--pack`, `--lang`, and
`--count`/`--seed` of a question set) are declared once, in a parent parser; they may be given
before the command or after it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from egov_timeline import __version__

PAGE_SIZES = ("A4", "A3", "Letter")
LANGUAGES = ("en", "ko")


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1600x1000") from None
    if not (64 <= width <= 20000 and 64 <= height <= 20000):
        raise argparse.ArgumentTypeError(f"'{text}': width and height must be 64 to 20000 pixels")
    return width, height


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError("give a count from 1 to 10000")
    return value


def _year(text: str) -> float:
    from egov_timeline.domain.dates import FIRST_YEAR, LAST_YEAR

    try:
        year = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year like 1995") from None
    if not FIRST_YEAR <= year <= LAST_YEAR + 1:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            f"'{text}': give a year from {FIRST_YEAR} to {LAST_YEAR + 1}, like 1995"
        )
    return year


def _shared(default: Any) -> argparse.ArgumentParser:
    """--pack and --lang. After a command they default to SUPPRESS, so that a value given
    before the command is kept."""
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        default=default,
        help="use this content pack folder instead of the bundled one",
    )
    shared.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="language of the window, or of what the command makes (default: the system's)",
    )
    return shared


def _question_set() -> argparse.ArgumentParser:
    """--count and --seed: which questions a set holds."""
    questions = argparse.ArgumentParser(add_help=False)
    questions.add_argument(
        "--count", type=_count, default=10, metavar="N", help="how many questions (default 10)"
    )
    questions.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed; the same seed gives the same questions (default: a new one)",
    )
    return questions


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="egov-timeline",
        description="A zoomable timeline and quiz on how Korea built its e-government. "
        "With no command, opens the app window.",
        epilog="Run 'egov-timeline COMMAND --help' for a command's options.",
        parents=[_shared(None)],
    )
    parser.add_argument("--version", action="version", version=f"egov-timeline {__version__}")
    parser.add_argument(
        "--open", metavar="ID", dest="open_id", help="start with this item selected and shown"
    )
    parser.add_argument(
        "--screenshot",
        metavar="OUT.png",
        type=Path,
        help="save a picture of the whole window after it first paints, then exit",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        type=_size,
        help="window size for --screenshot (or picture size for render)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, report how long the first paint took, and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    after = _shared(argparse.SUPPRESS)

    for name, does, description in (
        (
            "validate",
            "check a content pack and list every problem in it",
            "Check a content pack. Exit 0 with a count per kind if it is sound; "
            "exit 1 with the list of problems if not.",
        ),
        (
            "export",
            "print a content pack, resolved, as JSON",
            "Print the resolved content as JSON on stdout (format in README.md).",
        ),
    ):
        command = commands.add_parser(name, help=does, description=description)
        command.add_argument(
            "dir",
            nargs="?",
            type=Path,
            metavar="DIR",
            help="the pack folder (default: the bundled pack)",
        )

    render = commands.add_parser(
        "render",
        help="draw the timeline to a PNG, SVG or PDF file without a window",
        description="Draw the timeline to a file. The format follows the extension: .png, "
        ".svg or .pdf. Text stays text in SVG and PDF.",
        parents=[after],
    )
    render.add_argument("out", type=Path, metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    for option, dest, which in (("--from", "first", "first"), ("--to", "last", "last")):
        render.add_argument(
            option,
            dest=dest,
            type=_year,
            metavar="YEAR",
            help=f"{which} year shown (default: the whole history)",
        )
    render.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        default=argparse.SUPPRESS,
        help="picture size in pixels (default 1600x1000)",
    )
    render.add_argument("--page", choices=PAGE_SIZES, help="print page, landscape (PDF/SVG)")

    commands.add_parser(
        "quiz-sample",
        help="print generated quiz questions as JSON lines",
        description="Print N generated questions, one JSON object a line: type, prompt, "
        "choices, answer (an index into choices, or for ordering the ids in the right order), "
        "item_ids and explanation. The same seed gives the same questions.",
        parents=[after, _question_set()],
    )

    worksheet = commands.add_parser(
        "worksheet",
        help="print numbered quiz questions and an answer key to a PDF",
        description="Write N numbered questions and, on a page of its own, an answer key "
        "headed 'Answer key'. The same seed gives the same worksheet, and the same questions "
        "as the class quiz with that seed.",
        parents=[after, _question_set()],
    )
    worksheet.add_argument("out", type=Path, metavar="OUT.pdf")
    worksheet.add_argument("--page", choices=PAGE_SIZES, default="A4", help="paper size")
    worksheet.add_argument(
        "--large", action="store_true", help="large print: 16 pt text, 24 pt headings"
    )

    export_quiz = commands.add_parser(
        "export-quiz",
        help="write a question set for Anki, Moodle or a spreadsheet",
        description="Write the question set a seed gives (the same questions as the worksheet "
        "and the class quiz with that seed) as an Anki deck (.apkg), Moodle XML, GIFT text or "
        "CSV, each question with its choices, answer, explanation and sources, tagged by kind, "
        "stage and administration.",
        parents=[after, _question_set()],
    )
    export_quiz.add_argument("out", type=Path, metavar="OUT")
    export_quiz.add_argument(
        "--format",
        choices=("apkg", "moodle", "gift", "csv"),
        default=None,
        help="the file's format (default: from its ending: .apkg, .xml, .gift or .csv)",
    )

    import_sheet = commands.add_parser(
        "import-sheet",
        help="make a content pack from a spreadsheet",
        description="Turn a spreadsheet (.xlsx, .ods or .csv; one row per item, the columns "
        "named as the pack's fields, relations by id) into a content pack in a new folder, and "
        "check it; every problem names the sheet, row and column. The template ships with the "
        "app: resources/templates/pack-template.csv.",
    )
    import_sheet.add_argument("sheet", type=Path, metavar="FILE")
    import_sheet.add_argument("out", type=Path, metavar="OUT_DIR")
    import_sheet.add_argument(
        "--title", default=None, help="the pack's title (default: the file's name)"
    )

    commands.add_parser(
        "schema",
        help="print the JSON Schema of a content file",
        description="Print the JSON Schema that an editor can use to check a content file.",
    )
    return parser
