"""Command line: the window by default, subcommands for tools.

Nothing here imports Qt; the GUI is imported only when a window is wanted, so the tools
start fast and run on machines without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from egov_timeline import __version__

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="egov-timeline",
        description="A zoomable timeline and quiz on how Korea built its e-government. "
        "With no command, opens the app window.",
        epilog="Run 'egov-timeline COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"egov-timeline {__version__}")
    parser.add_argument("--pack", metavar="DIR", type=Path,
                        help="open this content pack folder instead of the bundled one")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    validate = commands.add_parser(
        "validate", help="check a content pack and list every problem in it",
        description="Check a content pack. Exit 0 with a count per kind if it is sound; "
        "exit 1 with the list of problems if not.")
    validate.add_argument("dir", nargs="?", type=Path, metavar="DIR",
                          help="the pack folder (default: the bundled pack)")

    export = commands.add_parser(
        "export", help="print a content pack, resolved, as JSON",
        description="Print the resolved content as JSON on stdout (format in README.md).")
    export.add_argument("dir", nargs="?", type=Path, metavar="DIR",
                        help="the pack folder (default: the bundled pack)")

    schema = commands.add_parser(
        "schema", help="print the JSON Schema of a content file",
        description="Print the JSON Schema that an editor can use to check a content file.")
    schema.set_defaults(_no_pack=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _make_output_safe()
    args = build_parser().parse_args(argv)
    try:
        if args.command == "validate":
            return _validate(args.dir)
        if args.command == "export":
            return _export(args.dir)
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
        print(f"egov-timeline: unexpected error: {type(exc).__name__}: {exc}\n"
              "This is a bug; please report it with the command you ran. "
              "Set EGOV_TIMELINE_DEBUG=1 to see the details.", file=sys.stderr)
        return EXIT_INTERNAL


def _pack_dir(given: Path | None) -> Path:
    if given is not None:
        return given
    from egov_timeline.paths import bundled_pack_dir

    return bundled_pack_dir()


def print_problems(folder: Path, problems: Sequence[object], stream=None) -> None:
    stream = stream or sys.stdout
    count = len(problems)
    print(f"{folder}: {count} problem{'s' if count != 1 else ''} found", file=stream)
    for problem in problems:
        print(f"  {problem}", file=stream)
    print("Fix these and run 'egov-timeline validate' again.", file=stream)


def _validate(given: Path | None) -> int:
    from egov_timeline.domain.loader import load_pack

    folder = _pack_dir(given)
    result = load_pack(folder)
    if not result.ok:
        print_problems(folder, result.problems)
        return EXIT_PROBLEMS
    assert result.pack is not None
    counts = result.pack.counts()
    print(f"{folder}: OK, {len(result.pack)} items")
    for kind, count in counts.items():
        print(f"  {kind}: {count}")
    return EXIT_OK


def _export(given: Path | None) -> int:
    from egov_timeline.domain.export import export_json
    from egov_timeline.domain.loader import load_pack

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
    from egov_timeline.domain.loader import load_pack

    folder = _pack_dir(args.pack)
    result = load_pack(folder)
    if not result.ok:
        print_problems(folder, result.problems, stream=sys.stderr)
        if args.pack is not None:
            return EXIT_PROBLEMS
        # The bundled pack is broken only in a damaged install: say so and stop.
        print("The bundled content is damaged; reinstall egov-timeline.", file=sys.stderr)
        return EXIT_PROBLEMS
    from egov_timeline.ui.app import run

    return run(result.pack, folder)


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
