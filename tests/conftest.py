"""Test set-up shared by every test: offscreen Qt and a throwaway user folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

# Without a display Qt aborts the process; offscreen must be set before Qt is imported.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Tests never touch a real user's progress or settings.
_USER_DIR = tempfile.mkdtemp(prefix="egov-timeline-tests-")
os.environ["EGOV_TIMELINE_DATA_DIR"] = _USER_DIR

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
BUNDLED = REPO / "data" / "egov-history"


@pytest.fixture(scope="session")
def bundled_pack():
    from egov_timeline.domain.loading.loader import load_pack_or_raise

    return load_pack_or_raise(BUNDLED)


@pytest.fixture(autouse=True)
def own_user_folder(tmp_path, monkeypatch):
    """Each test starts with no saved settings, view or progress of an earlier test."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("EGOV_TIMELINE_DATA_DIR", str(folder))
    return folder


def run_app(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """`python -m egov_timeline ARGS` in a process of its own, offscreen, as a script or a
    user would start it; its output as text."""
    return subprocess.run(
        [sys.executable, "-m", "egov_timeline", *args],
        cwd=cwd or REPO,
        env={**(os.environ if env is None else env), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
    )
