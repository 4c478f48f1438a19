"""Startup is a feature: the window's modules load the quiz (its Korean wording, the
particle library under it, the scheduler) only when they first ask for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import egov_timeline.ui.app, egov_timeline.ui.main_window
print(json.dumps(
    {name: name in sys.modules for name in ("egov_timeline.domain.quiz", "tossi", "fsrs")}
))
"""


def test_the_window_modules_load_no_quiz_when_imported():
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
        timeout=120,
    )
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == {"egov_timeline.domain.quiz": False, "tossi": False, "fsrs": False}


def test_the_progress_store_opens_after_the_first_paint(qtbot, bundled_pack):
    """Opening the store and counting the due cards (~30 ms, the quiz loaded) waits until the
    timeline is on screen; then the status bar's count comes at once."""
    from egov_timeline.ui.app import create_main_window

    window = create_main_window(bundled_pack)
    qtbot.addWidget(window)
    at_first_paint = []
    window.timeline.first_painted.connect(
        lambda: at_first_paint.append(window.quiz_controller.store)
    )
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.quiz_controller.store is not None, timeout=3000)
    assert at_first_paint == [None]
