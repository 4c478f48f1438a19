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
