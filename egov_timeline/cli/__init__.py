"""Command line: the window by default, subcommands for tools.

- `parser`: the options, the shared ones (`--pack`, `--lang`) declared once;
- `common`: what every command does alike: the pack folder, loading it or listing its
  problems, the language, text made safe for a terminal, the exit codes;
- `commands`: validate, export, render, quiz-sample, worksheet and schema;
- `started`: when the command line started;
- `window`: the app window (the only path that imports Qt, and only when a window is wanted,
  so the tools start fast and run on machines without a display).
"""

from __future__ import annotations

from egov_timeline.cli.started import STARTED  # isort: skip  (first: the clock starts)
from egov_timeline.cli.common import EXIT_INTERNAL, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE
from egov_timeline.cli.main import main
from egov_timeline.cli.parser import build_parser

__all__ = [
    "EXIT_INTERNAL",
    "EXIT_OK",
    "EXIT_PROBLEMS",
    "EXIT_USAGE",
    "STARTED",
    "build_parser",
    "main",
]
