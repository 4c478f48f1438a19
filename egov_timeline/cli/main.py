"""`egov-timeline [OPTIONS] [COMMAND]`: parse, run the command (or the window), and turn
every failure into a message and an exit code, never a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from egov_timeline.cli.common import (
    EXIT_INTERNAL,
    EXIT_OK,
    make_output_safe,
    printable,
    silence_stdout,
)
from egov_timeline.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    make_output_safe()
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from egov_timeline.cli.window import run_window

            return run_window(args)
        from egov_timeline.cli.commands import COMMANDS

        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a program that stopped reading (| head)
        silence_stdout()
        return EXIT_OK
    except Exception as exc:  # last line of defence: a message, never a traceback
        if os.environ.get("EGOV_TIMELINE_DEBUG"):
            raise
        print(
            printable(f"egov-timeline: unexpected error: {type(exc).__name__}: {exc}") + "\n"
            "This is a bug; please report it with the command you ran. "
            "Set EGOV_TIMELINE_DEBUG=1 to see the details.",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
