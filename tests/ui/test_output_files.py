"""Files the app writes appear whole or not at all, through a temporary name nobody can
guess, and a folder it may not write to gets a message that says what to do; the compiled
copy of a pack lives in the app's own folder even without EGOV_TIMELINE_DATA_DIR."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtGui import QImage

from egov_timeline.cli import EXIT_PROBLEMS
from tests.conftest import run_app
from tests.ui.test_render_and_cli import run_cli


def test_a_link_planted_at_the_old_temporary_name_is_never_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in (".poster.png.part", ".sheet.pdf.part"):
        (tmp_path / name).symlink_to(victim)
    assert run_cli("render", str(tmp_path / "poster.png"), "--size", "640x400").returncode == 0
    assert run_cli("worksheet", str(tmp_path / "sheet.pdf"), "--count", "3").returncode == 0
    assert victim.read_text(encoding="utf-8") == "precious"
    assert QImage(str(tmp_path / "poster.png")).width() == 640
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # nothing left


@pytest.mark.slow
def test_two_renders_to_one_file_at_once_leave_a_whole_picture(tmp_path):
    out = tmp_path / "poster.png"

    def render(size: str) -> int:
        return run_cli("render", str(out), "--size", size).returncode

    for _round in range(4):
        with ThreadPoolExecutor(2) as pool:
            codes = list(pool.map(render, ["1600x1000", "1200x800"]))
        assert codes == [0, 0]
        picture = QImage(str(out))
        assert not picture.isNull() and picture.width() in (1600, 1200)
        assert picture.pixelColor(picture.width() - 1, picture.height() - 1).isValid()


@pytest.mark.parametrize("command", ["render", "worksheet"])
def test_a_folder_that_cannot_be_written_gets_a_clear_message(tmp_path, command):
    target = "/sys/egov-timeline-test." + ("png" if command == "render" else "pdf")
    if os.access("/sys", os.W_OK) and os.geteuid() != 0:
        pytest.skip("/sys is writable here")
    done = run_cli(command, target)
    assert done.returncode == EXIT_PROBLEMS, done.stderr
    assert f"cannot write {target}" in done.stderr
    assert "choose a folder you may write to" in done.stderr
    assert "bug" not in done.stderr and "Traceback" not in done.stderr


def test_without_the_data_folder_variable_the_cache_is_in_the_apps_own_folder(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home)}
    for name in ("EGOV_TIMELINE_DATA_DIR", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    done = run_app("--smoke", env=env)
    assert done.returncode == 0, done.stderr
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written, "the smoke run wrote nothing at all"
    own = os.path.join(".local", "share", "egov-timeline", "egov-timeline")
    assert all(name.startswith(own + os.sep) for name in written), written
    assert any(name.startswith(os.path.join(own, "cache")) for name in written), written


def test_command_line_messages_never_send_a_control_character_to_the_terminal(tmp_path):
    odd = tmp_path / "fake\x1b[2J\x1b[32mOK.txt"
    done = run_cli("render", str(odd))  # refused: not .png, .svg or .pdf
    assert done.returncode != 0
    assert "\x1b" not in done.stderr and "\\x1b[2J" in done.stderr
    done = run_cli("--open", "no\x1bsuch", "--smoke")
    assert "\x1b" not in done.stderr and "\\x1b" in done.stderr
