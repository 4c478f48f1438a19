"""The tool commands: validate, export, render, quiz-sample, worksheet, export-quiz,
import-sheet and schema. Each takes the parsed options and returns the exit code."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from egov_timeline.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    fail,
    language_of,
    load,
    load_or_report,
    pack_dir,
    print_problems,
    printable,
)

_NO_MORE = "a set asks about each item at most once, and the pack has no more to ask"


def validate(args: argparse.Namespace) -> int:
    from egov_timeline.paths import bundled_pack_dir

    folder = pack_dir(args.dir or args.pack)
    result = load(folder, stream=sys.stdout)
    if not result.ok or result.pack is None:
        return EXIT_PROBLEMS
    if result.warnings and _same_folder(folder, bundled_pack_dir()):
        # the bundled pack is what every Korean classroom opens: complete, or not shipped
        print_problems(folder, result.warnings)
        return EXIT_PROBLEMS
    counts = result.pack.counts()
    warned = sum(w.count for w in result.warnings)
    print(
        printable(f"{folder}: OK, {len(result.pack)} items")
        + (f", {warned} warning{'s' if warned != 1 else ''}" if warned else "")
    )
    for kind, count in counts.items():
        print(f"  {kind}: {count}")
    if warned:
        print("Warnings (the pack opens; in Korean the window shows the English instead):")
        for warning in result.warnings:
            print(f"  {printable(str(warning))}")
    return EXIT_OK


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def export(args: argparse.Namespace) -> int:
    from egov_timeline.domain.export import export_json

    result = load(pack_dir(args.dir or args.pack))
    if not result.ok or result.pack is None:
        return EXIT_PROBLEMS
    sys.stdout.buffer.write(export_json(result.pack) + b"\n")
    sys.stdout.flush()
    return EXIT_OK


def quiz_sample(args: argparse.Namespace) -> int:
    import json

    from egov_timeline.domain.quiz import sample_questions

    pack = load_or_report(args)
    if pack is None:
        return EXIT_PROBLEMS
    questions = sample_questions(pack, args.count, args.seed, language_of(args))
    for question in questions:
        sys.stdout.write(json.dumps(question.public(), ensure_ascii=False) + "\n")
    if len(questions) < args.count:
        fail("quiz-sample", f"{len(questions)} questions, not {args.count}: {_NO_MORE}")
    return EXIT_OK


def worksheet(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        return fail("worksheet", "the worksheet is a PDF; end the name with .pdf")
    pack = load_or_report(args)
    if pack is None:
        return EXIT_PROBLEMS
    seed = _set_seed(args)
    from egov_timeline.ui.printing import write_worksheet

    message, written = write_worksheet(
        pack, args.out, args.count, seed, args.page, language_of(args), args.large
    )
    return _saved_set("worksheet", args, message, written, seed)


def _set_seed(args: argparse.Namespace) -> int:
    """The --seed given, or a new one (said in the message, to make the set again)."""
    import random

    return args.seed if args.seed is not None else random.SystemRandom().randrange(1, 100_000)


def _saved_set(
    command: str, args: argparse.Namespace, message: str | None, written: int, seed: int, *how: str
) -> int:
    """Say where a question set went and how many questions it really holds."""
    if message:
        return fail(command, message, EXIT_PROBLEMS)
    said = ", ".join((f"{written} questions", f"seed {seed}", *how))
    print(printable(f"saved {args.out} ({said})"))
    if written < args.count:
        fail(command, f"{written} questions, not {args.count}: {_NO_MORE}")
    return EXIT_OK


def export_quiz(args: argparse.Namespace) -> int:
    from egov_timeline.domain.quiz_export import format_for, write_quiz_file

    fmt = format_for(args.out, args.format)
    if fmt is None:
        return fail(
            "export-quiz",
            "say which format with --format apkg|moodle|gift|csv, or end the name with "
            ".apkg, .xml, .gift or .csv",
        )
    pack = load_or_report(args)
    if pack is None:
        return EXIT_PROBLEMS
    seed = _set_seed(args)
    message, written = write_quiz_file(pack, args.out, fmt, args.count, seed, language_of(args))
    return _saved_set("export-quiz", args, message, written, seed, fmt)


def import_sheet(args: argparse.Namespace) -> int:
    from egov_timeline.domain.sheet import import_sheet as make_pack

    problems = make_pack(args.sheet, args.out, args.title)
    if problems:
        for problem in problems:
            print(printable(str(problem)), file=sys.stderr)
        count = len(problems)
        print(
            printable(
                f"{args.sheet}: {count} problem{'s' if count != 1 else ''}; fix the sheet and "
                "run import-sheet again (no pack was written)"
            ),
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    print(printable(f"saved the pack in {args.out}; 'egov-timeline --pack {args.out}' opens it"))
    return EXIT_OK


def render(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        return fail(
            "render",
            f"cannot tell the format of '{args.out}'; end the name with .png, .svg or .pdf",
        )
    if args.first is not None and args.last is not None and args.last <= args.first:
        return fail("render", "--to must be later than --from")
    pack = load_or_report(args)
    if pack is None:
        return EXIT_PROBLEMS
    from egov_timeline.ui.render import RenderRequest, render_to_file

    request = RenderRequest(
        language=language_of(args),
        out=args.out,
        first=args.first,
        last=args.last,
        size=args.size,
        page=args.page,
    )
    message = render_to_file(pack, request)
    if message:
        return fail("render", message, EXIT_PROBLEMS)
    print(printable(f"saved {args.out}"))
    return EXIT_OK


def schema(_args: argparse.Namespace) -> int:
    from egov_timeline.domain.schema import content_file_schema_json

    sys.stdout.buffer.write(content_file_schema_json())
    return EXIT_OK


COMMANDS = {
    "validate": validate,
    "export": export,
    "render": render,
    "quiz-sample": quiz_sample,
    "worksheet": worksheet,
    "export-quiz": export_quiz,
    "import-sheet": import_sheet,
    "schema": schema,
}
