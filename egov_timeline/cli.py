"""Command line: the window by default, subcommands for tools.

Nothing here imports Qt; the GUI is imported only when a window is wanted, so the tools
start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from egov_timeline import __version__

if TYPE_CHECKING:
    from egov_timeline.domain.loading.problems import Problem

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
_STARTED = time.perf_counter()
PAGE_SIZES = ("A4", "A3", "Letter")


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="egov-timeline",
        description="A zoomable timeline and quiz on how Korea built its e-government. "
        "With no command, opens the app window.",
        epilog="Run 'egov-timeline COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"egov-timeline {__version__}")
    parser.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        help="open this content pack folder instead of the bundled one",
    )
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
    parser.add_argument(
        "--lang",
        choices=("en", "ko"),
        default=None,
        help="language of the window and of what it makes (default: the "
        "system's); also accepted after render, worksheet and quiz-sample",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    validate = commands.add_parser(
        "validate",
        help="check a content pack and list every problem in it",
        description="Check a content pack. Exit 0 with a count per kind if it is sound; "
        "exit 1 with the list of problems if not.",
    )
    validate.add_argument(
        "dir",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="the pack folder (default: the bundled pack)",
    )

    export = commands.add_parser(
        "export",
        help="print a content pack, resolved, as JSON",
        description="Print the resolved content as JSON on stdout (format in README.md).",
    )
    export.add_argument(
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
    )
    render.add_argument("out", type=Path, metavar="OUT", help="OUT.png, OUT.svg or OUT.pdf")
    render.add_argument(
        "--from",
        dest="first",
        type=_year,
        metavar="YEAR",
        help="first year shown (default: the whole history)",
    )
    render.add_argument(
        "--to",
        dest="last",
        type=_year,
        metavar="YEAR",
        help="last year shown (default: the whole history)",
    )
    render.add_argument(
        "--size",
        type=_size,
        metavar="WxH",
        dest="render_size",
        help="picture size in pixels (default 1600x1000)",
    )
    render.add_argument("--page", choices=PAGE_SIZES, help="print page, landscape (PDF/SVG)")
    render.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        dest="render_pack",
        help="draw this content pack instead of the bundled one",
    )

    sample = commands.add_parser(
        "quiz-sample",
        help="print generated quiz questions as JSON lines",
        description="Print N generated questions, one JSON object a line: type, prompt, "
        "choices, answer (an index into choices, or for ordering the ids in the right order), "
        "item_ids and explanation. The same seed gives the same questions.",
    )
    sample.add_argument(
        "--count", type=_count, default=10, metavar="N", help="how many questions (default 10)"
    )
    sample.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed; the same seed gives the same questions",
    )
    sample.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        dest="sample_pack",
        help="make questions from this content pack instead of the bundled one",
    )

    worksheet = commands.add_parser(
        "worksheet",
        help="print numbered quiz questions and an answer key to a PDF",
        description="Write N numbered questions and, on a page of its own, an answer key "
        "headed 'Answer key'. The same seed gives the same worksheet, and the same questions "
        "as the class quiz with that seed.",
    )
    worksheet.add_argument("out", type=Path, metavar="OUT.pdf")
    worksheet.add_argument(
        "--count", type=_count, default=10, metavar="N", help="how many questions (default 10)"
    )
    worksheet.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed (default: a new one, printed)",
    )
    worksheet.add_argument("--page", choices=PAGE_SIZES, default="A4", help="paper size")
    worksheet.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        dest="worksheet_pack",
        help="make questions from this content pack",
    )

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a content file",
        description="Print the JSON Schema that an editor can use to check a content file.",
    )
    schema.set_defaults(_no_pack=True)
    for sub in (render, sample, worksheet):
        sub.add_argument(
            "--lang",
            choices=("en", "ko"),
            dest="sub_lang",
            default=None,
            help="language of the text (default: the system's)",
        )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _make_output_safe()
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.dir)
        if args.command == "export":
            return _export(args.dir)
        if args.command == "worksheet":
            return _worksheet(args)
        if args.command == "quiz-sample":
            return _quiz_sample(args)
        if args.command == "render":
            return _render(args)
        if args.command == "schema":
            from egov_timeline.domain.schema import content_file_schema_json

            sys.stdout.buffer.write(content_file_schema_json())
            return EXIT_OK
        return _run_window(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (| head)
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # last line of defence: a message, never a traceback
        if os.environ.get("EGOV_TIMELINE_DEBUG"):
            raise
        print(
            _printable(f"egov-timeline: unexpected error: {type(exc).__name__}: {exc}") + "\n"
            "This is a bug; please report it with the command you ran. "
            "Set EGOV_TIMELINE_DEBUG=1 to see the details.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def language_of(args: argparse.Namespace) -> str:
    """--lang given after the command, or before it, or the system's language."""
    chosen = getattr(args, "sub_lang", None) or getattr(args, "lang", None)
    if chosen:
        return chosen
    from egov_timeline.domain.i18n import detect_language

    return detect_language()


def _pack_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    from egov_timeline.paths import bundled_pack_dir

    return bundled_pack_dir()


def print_problems(folder: Path, problems: Sequence[Problem], stream=None) -> None:
    stream = stream or sys.stdout
    count = sum(p.count for p in problems)
    print(_printable(f"{folder}: {count:,} problem{'s' if count != 1 else ''} found"), file=stream)
    for problem in problems:
        print(f"  {_printable(str(problem))}", file=stream)
    print("Fix these and run 'egov-timeline validate' again.", file=stream)


def _validate(given: Path | None) -> int:
    from egov_timeline.domain.loading.loader import load_pack
    from egov_timeline.paths import bundled_pack_dir

    folder = _pack_dir(given)
    result = load_pack(folder)
    if not result.ok:
        print_problems(folder, result.problems)
        return EXIT_PROBLEMS
    assert result.pack is not None
    if result.warnings and _same_folder(folder, bundled_pack_dir()):
        # the bundled pack is what every Korean classroom opens: complete, or not shipped
        print_problems(folder, result.warnings)
        return EXIT_PROBLEMS
    counts = result.pack.counts()
    warned = sum(w.count for w in result.warnings)
    print(
        _printable(f"{folder}: OK, {len(result.pack)} items")
        + (f", {warned} warning{'s' if warned != 1 else ''}" if warned else "")
    )
    for kind, count in counts.items():
        print(f"  {kind}: {count}")
    if warned:
        print("Warnings (the pack opens; in Korean the window shows the English instead):")
        for warning in result.warnings:
            print(f"  {_printable(str(warning))}")
    return EXIT_OK


def _printable(text: str) -> str:
    """Text from a pack as it may go to a terminal: control characters (escape sequences
    that could clear the screen or fake an "OK" line) written out as \\x1b, never sent."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _export(given: Path | None) -> int:
    from egov_timeline.domain.export import export_json
    from egov_timeline.domain.loading.loader import load_pack

    folder = _pack_dir(given)
    result = load_pack(folder)
    if not result.ok:
        print_problems(folder, result.problems, stream=sys.stderr)
        return EXIT_PROBLEMS
    assert result.pack is not None
    sys.stdout.buffer.write(export_json(result.pack) + b"\n")
    sys.stdout.flush()
    return EXIT_OK


def _run_window(args: argparse.Namespace) -> int:
    from egov_timeline.domain.loading.cache import load_pack_cached
    from egov_timeline.ui.userdata import cache_dir

    folder = _pack_dir(args.pack)
    result = load_pack_cached(folder, cache_dir())
    if not result.ok:
        print_problems(folder, result.problems, stream=sys.stderr)
        if args.pack is not None:
            return EXIT_PROBLEMS
        # The bundled pack is broken only in a damaged install: say so and stop.
        print("The bundled content is damaged; reinstall egov-timeline.", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.open_id and args.open_id not in result.pack:
        print(
            _printable(
                f"egov-timeline: --open: there is no item '{args.open_id}' in {folder}; "
                "'egov-timeline export' lists the ids"
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.screenshot and args.screenshot.suffix.lower() not in (".png", ".jpg", ".jpeg"):
        print("egov-timeline: --screenshot must name a .png or .jpg file", file=sys.stderr)
        return EXIT_USAGE
    from egov_timeline.ui.app import RunOptions, run

    options = RunOptions(
        language=language_of(args),
        language_given=bool(getattr(args, "lang", None)),
        smoke=args.smoke,
        open_id=args.open_id,
        screenshot=args.screenshot,
        size=args.size,
        started=_STARTED,
    )
    return run(result.pack, folder, options)


def _quiz_sample(args: argparse.Namespace) -> int:
    import json

    from egov_timeline.domain.loading.loader import load_pack
    from egov_timeline.domain.quiz import sample_questions

    folder = _pack_dir(args.sample_pack or args.pack)
    result = load_pack(folder)
    if not result.ok or result.pack is None:
        print_problems(folder, result.problems, stream=sys.stderr)
        return EXIT_PROBLEMS
    questions = sample_questions(result.pack, args.count, args.seed, language_of(args))
    for question in questions:
        sys.stdout.write(json.dumps(question.public(), ensure_ascii=False) + "\n")
    if len(questions) < args.count:
        print(
            f"egov-timeline quiz-sample: {len(questions)} questions, not {args.count}: "
            "a set asks about each item at most once, and the pack has no more to ask",
            file=sys.stderr,
        )
    return EXIT_OK


def _worksheet(args: argparse.Namespace) -> int:
    import random

    from egov_timeline.domain.loading.loader import load_pack

    if args.out.suffix.lower() != ".pdf":
        print(
            "egov-timeline worksheet: the worksheet is a PDF; end the name with .pdf",
            file=sys.stderr,
        )
        return EXIT_USAGE
    folder = _pack_dir(args.worksheet_pack or args.pack)
    result = load_pack(folder)
    if not result.ok or result.pack is None:
        print_problems(folder, result.problems, stream=sys.stderr)
        return EXIT_PROBLEMS
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 100_000)
    from egov_timeline.ui.printing import write_worksheet

    message, written = write_worksheet(
        result.pack, args.out, args.count, seed, args.page, language_of(args)
    )
    if message:
        print(_printable(f"egov-timeline worksheet: {message}"), file=sys.stderr)
        return EXIT_PROBLEMS
    print(_printable(f"saved {args.out} ({written} questions, seed {seed})"))
    if written < args.count:
        print(
            f"egov-timeline worksheet: {written} questions, not {args.count}: a set asks "
            "about each item at most once, and the pack has no more to ask",
            file=sys.stderr,
        )
    return EXIT_OK


def _render(args: argparse.Namespace) -> int:
    from egov_timeline.domain.loading.loader import load_pack

    suffix = args.out.suffix.lower()
    if suffix not in (".png", ".svg", ".pdf"):
        print(
            _printable(
                f"egov-timeline render: cannot tell the format of '{args.out}'; end the name "
                "with .png, .svg or .pdf"
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.first is not None and args.last is not None and args.last <= args.first:
        print("egov-timeline render: --to must be later than --from", file=sys.stderr)
        return EXIT_USAGE
    folder = _pack_dir(args.render_pack or args.pack)
    result = load_pack(folder)
    if not result.ok:
        print_problems(folder, result.problems, stream=sys.stderr)
        return EXIT_PROBLEMS
    from egov_timeline.ui.render import RenderRequest, render_to_file

    request = RenderRequest(
        language=language_of(args),
        out=args.out,
        first=args.first,
        last=args.last,
        size=args.render_size or args.size,
        page=args.page,
    )
    message = render_to_file(result.pack, request)
    if message:
        print(_printable(f"egov-timeline render: {message}"), file=sys.stderr)
        return EXIT_PROBLEMS
    print(_printable(f"saved {args.out}"))
    return EXIT_OK


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _make_output_safe() -> None:
    # A console that cannot show Hangul must not turn a message into a crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
