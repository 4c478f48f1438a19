"""What every command does alike: find the pack, load it or list its problems, choose the
language, and write text from a pack so that a terminal shows it and never obeys it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from egov_timeline.domain.loading.problems import LoadResult, Problem
    from egov_timeline.domain.pack import Pack

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


def pack_dir(given: Path | None) -> Path:
    """The folder given with --pack (or as DIR), or the bundled pack."""
    if given is not None:
        return given
    from egov_timeline.paths import bundled_pack_dir

    return bundled_pack_dir()


def load(folder: Path, stream: TextIO | None = None) -> LoadResult:
    """The pack in `folder` as loaded; its problems are listed on `stream` (stderr) if any."""
    from egov_timeline.domain.loading.loader import load_pack

    result = load_pack(folder)
    if not result.ok or result.pack is None:
        print_problems(folder, result.problems, stream=stream or sys.stderr)
    return result


def load_or_report(args: argparse.Namespace) -> Pack | None:
    """The pack of --pack (or the bundled one), or None after listing its problems."""
    result = load(pack_dir(args.pack))
    return result.pack if result.ok else None


def language_of(args: argparse.Namespace) -> str:
    """--lang given after the command, or before it, or the system's language."""
    chosen = getattr(args, "lang", None)
    if chosen:
        return chosen
    from egov_timeline.domain.i18n import detect_language

    return detect_language()


def fail(command: str, message: str, code: int = EXIT_USAGE) -> int:
    """Say why `egov-timeline COMMAND` stopped, on stderr, and return its exit code."""
    print(printable(f"egov-timeline {command}: {message}"), file=sys.stderr)
    return code


def print_problems(folder: Path, problems: Sequence[Problem], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    count = sum(p.count for p in problems)
    print(printable(f"{folder}: {count:,} problem{'s' if count != 1 else ''} found"), file=stream)
    for problem in problems:
        print(f"  {printable(str(problem))}", file=stream)
    print("Fix these and run 'egov-timeline validate' again.", file=stream)


def printable(text: str) -> str:
    """Text from a pack as it may go to a terminal: control characters (escape sequences
    that could clear the screen or fake an "OK" line) written out as \\x1b, never sent."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def make_output_safe() -> None:
    # A console that cannot show Hangul must not turn a message into a crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass
