"""The wheel carries the content and resources, and an installed copy finds them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    (path,) = out.glob("egov_timeline-*.whl")
    return path


@pytest.mark.slow
def test_the_wheel_ships_the_bundled_pack_schema_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    pack_files = {"stages", "administrations", "projects", "laws", "agencies"}
    for name in pack_files:
        assert f"egov_timeline/data/egov-history/{name}.yaml" in names
    assert "egov_timeline/data/content-pack.schema.json" in names
    assert "egov_timeline/resources/icon.svg" in names
    assert "egov_timeline/resources/fonts/NanumGothic.ttf" in names  # Hangul without system fonts
    assert "egov_timeline/resources/fonts/OFL.txt" in names
    assert not any(n.startswith(("tests/", "data/", "resources/")) for n in names)


@pytest.mark.slow
def test_an_installed_copy_run_from_elsewhere_validates_and_exports(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}

    def run(*args):
        return subprocess.run(
            [sys.executable, *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )

    where = run(
        "-c", "import egov_timeline.paths as p; print(p.__file__); print(p.bundled_pack_dir())"
    )
    module_file, pack_dir = where.stdout.split()
    assert module_file.startswith(str(target)), "the test ran the source tree, not the wheel"
    assert pack_dir.startswith(str(target))

    validated = run("-m", "egov_timeline", "validate")
    assert validated.returncode == 0, validated.stdout + validated.stderr
    exported = run("-m", "egov_timeline", "export")
    assert exported.returncode == 0, exported.stderr
    items = {i["id"]: i for i in json.loads(exported.stdout)["items"]}
    assert items["e-government-act"]["start"] == "2001-03-28"


DESKTOP = REPO / "resources" / "desktop"
APP_ID = "io.github.egov_timeline.EgovTimeline"


def test_the_desktop_file_and_the_metainfo_validate():
    import configparser
    import shutil
    import xml.etree.ElementTree as ET

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "egov-timeline" and desktop["Icon"] == APP_ID
    assert "Education" in desktop["Categories"] and desktop["Name[ko]"]
    meta = ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    if shutil.which("desktop-file-validate"):
        out = subprocess.run(
            ["desktop-file-validate", str(DESKTOP / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0 and not out.stdout.strip(), out.stdout
    if shutil.which("appstreamcli"):
        out = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(DESKTOP / f"{APP_ID}.metainfo.xml")],
            capture_output=True,
            text=True,
        )
        assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.slow
def test_the_bundle_starts_without_python_and_installs_for_one_user(tmp_path):
    """The documented command builds the folder bundle; it passes --smoke with no Python on
    PATH and no virtual environment, stays within 150 MB, and install.sh --user puts it in
    the menu (uninstall.sh takes it out)."""
    out = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "egov_timeline.tools.bundle", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    app = out / "egov-timeline"
    on_disk = sum(f.lstat().st_blocks * 512 for f in app.rglob("*") if not f.is_symlink())
    import shutil

    if shutil.which("readelf"):  # binutils: what finds the system libraries nothing needs
        assert on_disk <= 150 * 1024 * 1024, on_disk
    assert list(out.glob("egov-timeline-*-linux-*.tar.gz"))
    home = tmp_path / "home"
    clean = {
        "HOME": str(home),
        "PATH": "/nonexistent",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "EGOV_TIMELINE_DATA_DIR": str(tmp_path / "data"),
    }
    smoke = subprocess.run(
        [str(app / "egov-timeline"), "--smoke"],
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert smoke.returncode == 0 and "first paint after" in smoke.stdout, smoke.stderr
    assert (app / "_internal/egov_timeline/resources/i18n/egov_timeline_ko.qm").exists()
    assert list(app.rglob("qtbase_ko.qm")) and not list(app.rglob("qtbase_de.qm"))
    shell = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([str(app / "install.sh"), "--user"], env=shell, check=True, capture_output=True)
    installed = home / ".local/share/applications" / f"{APP_ID}.desktop"
    assert f'Exec="{app / "egov-timeline"}"' in installed.read_text(encoding="utf-8")
    assert (home / f".local/share/icons/hicolor/256x256/apps/{APP_ID}.png").exists()
    subprocess.run([str(app / "uninstall.sh")], env=shell, check=True, capture_output=True)
    assert not installed.exists() and not (home / ".local/bin/egov-timeline").exists()
