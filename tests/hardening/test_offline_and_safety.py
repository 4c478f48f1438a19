"""Offline, one user folder, crash safety, and odd but valid content."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from egov_timeline.domain.progress import ProgressStore
from tests.conftest import REPO, run_app
from tests.domain.packs import write_pack


def test_the_main_flows_never_open_a_socket(window, qtbot, monkeypatch, tmp_path):
    attempts: list[tuple] = []

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            attempts.append(args)
            raise OSError("the network is off in this test")

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError()),
    )
    # timeline, details and links, search, filters, quiz and store, class quiz, tour, paper
    window.select_item("e-government-act")
    window.navigate_to("kim-dae-jung")
    window.search.line.setText("NEIS")
    window.search.choose_current()
    window.filter_bar.set_filter(administration="kim-dae-jung")
    window.modes.set_mode("quiz")
    window.modes.quiz_page.start.count.setValue(2)
    window.modes.quiz_page.start.start_practice()
    window.modes.quiz_page._pick(0)
    window.modes.set_mode("progress")
    window.modes.set_mode("class")
    window.modes.class_page.start()
    window.tours.start("overview")
    window.paper.ask_worksheet = lambda: (tmp_path / "ws.pdf", 3, 1, "A4")
    window.commands["worksheet"].trigger()
    window.paper.ask_poster = lambda: (tmp_path / "poster.svg", "A4")
    window.commands["poster"].trigger()
    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules


def test_nothing_imports_qtnetwork():
    probe = (
        "import sys, egov_timeline.cli, egov_timeline.ui.app, egov_timeline.ui.quiz_page, "
        "egov_timeline.ui.class_quiz, egov_timeline.ui.printing, egov_timeline.ui.render; "
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.strip() == "False"


SESSION = textwrap.dedent("""
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from egov_timeline.domain.loading.loader import load_pack_or_raise
    from egov_timeline.paths import bundled_pack_dir
    from egov_timeline.ui.app import create_app, create_main_window
    app = create_app()
    window = create_main_window(load_pack_or_raise(bundled_pack_dir()))
    window.show()
    window.modes.set_mode("quiz")
    page = window.modes.quiz_page
    page.start.start_study()
    answered = 0
    while answered < 6 and page.session.current is not None:
        q = page.session.current
        page.set_confidence("think")  # said before the answer: it then shows at once
        if q.type in ("order", "place"):
            page.confirm_or_continue()
        else:
            page._pick(answered % len(q.choices))
        page.confirm_or_continue()
        answered += 1
        QApplication.processEvents()
    print(answered, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # the laptop is switched off mid-lesson
""")


def test_every_answer_survives_a_hard_kill_mid_session(tmp_path):
    env = {**os.environ, "EGOV_TIMELINE_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SESSION],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    answered = int(result.stdout.strip())
    assert answered == 6
    store, message = ProgressStore.open(tmp_path)
    assert message is None
    assert store.review_count() == answered


def test_a_corrupt_settings_file_is_set_aside_and_the_app_starts(tmp_path):
    (tmp_path / "settings.ini").write_bytes(b"\x00\xff\xfe garbage \x00" * 200)
    result = run_app("--smoke", env={**os.environ, "EGOV_TIMELINE_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    kept = list(tmp_path.glob("settings.unreadable-*.ini"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\x00\xff\xfe")
    assert "could not be read" in (tmp_path / "egov-timeline.log").read_text(encoding="utf-8")


def test_everything_the_app_writes_is_in_the_one_user_folder(tmp_path):
    home = tmp_path / "home"
    data = tmp_path / "data"
    for folder in (home, data):
        folder.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "EGOV_TIMELINE_DATA_DIR": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CACHE_HOME": str(tmp_path / "system-cache"),
    }
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        env.pop(name, None)
    script = SESSION.replace("os.kill(os.getpid(), signal.SIGKILL)", "window.close()")
    subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    written = sorted(p.name for p in data.iterdir())
    assert "progress.sqlite" in written and "settings.ini" in written
    stray = [str(p.relative_to(home)) for p in home.rglob("*")]
    assert stray == [], stray


ODD = (
    """\
items:
  - id: joseon-founding
    kind: stage
    order: 1
    name: 조선 건국 Основание Чосон تأسيس
    label: "1392"
    start: "1392"
    end: "1392"
    summary: A stage far before the history. It is odd but valid.
    sources: [{title: t}]
  - id: far-future
    kind: project
    name: A plan for the year 2100 with a very long name """
    + "that goes on " * 40
    + """
    start: "2100"
    end: "2105-12-31"
    summary: Far after. It is odd but valid.
    sources: [{title: t}]
  - id: one-day
    kind: law
    name: 하루짜리 법
    start: "2001-03-28"
    end: "2001-03-28"
    summary: A range of no length. It is odd but valid.
    sources: [{title: t}]
  - id: decade-only
    kind: agency
    name: Decade agency
    start: "1970s"
    end: open
    summary: Known only by decade. It is odd but valid.
    sources: [{title: t}]
"""
)


def test_odd_but_valid_content_loads_and_draws(qtbot, tmp_path):
    from egov_timeline.domain.loading.loader import load_pack
    from egov_timeline.domain.timeline import TimelineContent
    from egov_timeline.domain.timescale import TimeScale
    from egov_timeline.ui.render import RenderRequest, render_to_file
    from egov_timeline.ui.timeline.view import TimelineView

    result = load_pack(write_pack(tmp_path / "odd", {"items.yaml": ODD}))
    assert result.ok, [str(p) for p in result.problems]
    pack = result.pack
    view = TimelineView(TimelineContent(pack))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    first, last = view.bounds.first, view.bounds.last
    assert first < 1392 and last > 2105
    for lo, hi in ((first, last), (1390, 1395), (2000.9, 2001.5), (2099, 2106), (1965, 1985)):
        view.set_scale(TimeScale.showing(lo, hi, view.painter.plot_width(view.viewport().width())))
        view.viewport().repaint()
        assert view.frame() is not None
    assert render_to_file(pack, RenderRequest(out=tmp_path / "odd.png")) is None
    assert Path(tmp_path / "odd.png").stat().st_size > 1000


@pytest.mark.slow
def test_a_hundred_thousand_items_render(tmp_path):
    from tests.perf.make_pack import make_pack

    folder = make_pack(100_000, tmp_path / "big")
    out = tmp_path / "big.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "egov_timeline",
            "render",
            str(out),
            "--pack",
            str(folder),
            "--size",
            "800x500",
        ],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000
