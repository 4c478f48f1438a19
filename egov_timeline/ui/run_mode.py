"""How this process runs: scripted (`--smoke`, `--screenshot`) or with someone at the
screen. A scripted run has nobody to answer a dialog: errors end it and quitting never asks."""

from __future__ import annotations


class RunMode:
    scripted = False  # set once by ui/app.py for --smoke and --screenshot
    error_shown = False  # an unexpected-error message is on screen: one, not a cascade


RUN = RunMode()
