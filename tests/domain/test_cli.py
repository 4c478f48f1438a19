"""The command line as users and scripts see it: exit codes, messages, the export format."""

from __future__ import annotations

import json

from tests.conftest import BUNDLED, REPO, run_app
from tests.domain.packs import VALID_ITEMS, replace_once, write_pack


def run_cli(*args: str, cwd=REPO):
    return run_app(*args, cwd=cwd, timeout=60)


def test_validate_counts_each_kind_of_the_bundled_pack():
    out = run_cli("validate")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "OK" in out.stdout
    for kind in ("stage: 6", "administration: 13", "law: ", "project: ", "agency: "):
        assert kind in out.stdout


def test_validate_lists_the_problems_of_a_broken_pack_and_exits_1(tmp_path):
    text = replace_once(VALID_ITEMS, "    agencies: [nca]\n", "    agencies: [nac]\n")
    text = replace_once(text, 'start: "2001-03-28"', 'start: "2001-03-32"')
    folder = write_pack(tmp_path / "pack", {"items.yaml": text})
    out = run_cli("validate", str(folder))
    assert out.returncode == 1
    assert "2 problems found" in out.stdout
    assert "item 'g4c', field 'agencies': refers to 'nac'" in out.stdout
    assert "item 'e-government-act', field 'start'" in out.stdout
    assert "Traceback" not in out.stdout + out.stderr


def test_export_prints_the_resolved_items_with_iso_dates():
    out = run_cli("export")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    items = {item["id"]: item for item in data["items"]}
    act = items["e-government-act"]
    for key in (
        "id",
        "kind",
        "name",
        "acronym",
        "name_ko",
        "start",
        "end",
        "precision",
        "related",
        "sources",
    ):
        assert key in act
    assert (act["kind"], act["start"], act["precision"]) == ("law", "2001-03-28", "day")
    assert act["in_force"] == "2001-07-01"
    assert items["stage-initiating-ict"]["start"] == "1960s"
    assert items["stage-initiating-ict"]["precision"] == "decade"
    assert items["kim-dae-jung"]["start"] == "1998-02-25"
    assert "kim-dae-jung" in items["g4c"]["related"]
    assert all(item["sources"] for item in data["items"])


def test_export_of_a_broken_pack_prints_problems_on_stderr_and_nothing_on_stdout(tmp_path):
    folder = write_pack(tmp_path / "pack", {"items.yaml": "items: [oops"})
    out = run_cli("export", str(folder))
    assert out.returncode == 1
    assert out.stdout == ""
    assert "not valid YAML" in out.stderr


def test_unknown_commands_and_options_print_usage_and_exit_2():
    for args in (["frobnicate"], ["--frobnicate"], ["validate", "--frobnicate"]):
        out = run_cli(*args)
        assert out.returncode == 2, args
        assert "usage: egov-timeline" in out.stderr


def test_help_and_version():
    out = run_cli("--help")
    assert out.returncode == 0
    assert "validate" in out.stdout and "export" in out.stdout and "--pack" in out.stdout
    out = run_cli("--version")
    assert out.returncode == 0 and out.stdout.startswith("egov-timeline ")


def test_a_window_asked_for_a_missing_pack_says_so_without_a_traceback(tmp_path):
    out = run_cli("--pack", str(tmp_path / "missing"))
    assert out.returncode == 1
    assert "does not exist" in out.stderr
    assert "Traceback" not in out.stderr


def test_schema_command_prints_the_shipped_schema():
    out = run_cli("schema")
    assert out.returncode == 0
    shipped = (BUNDLED.parent / "content-pack.schema.json").read_text(encoding="utf-8")
    assert out.stdout == shipped, (
        "data/content-pack.schema.json is stale: regenerate it with "
        "'egov-timeline schema > data/content-pack.schema.json'"
    )


def test_export_quiz_writes_each_format_from_its_ending_or_format(tmp_path):
    for name, extra in (
        ("set.apkg", ()),
        ("set.xml", ()),
        ("set.gift", ()),
        ("set.csv", ()),
        ("bank.txt", ("--format", "gift")),
    ):
        out = run_cli("export-quiz", str(tmp_path / name), "--count", "5", "--seed", "3", *extra)
        assert out.returncode == 0, out.stderr
        assert "(5 questions, seed 3" in out.stdout and (tmp_path / name).stat().st_size > 200
    unknown = run_cli("export-quiz", str(tmp_path / "set.docx"))
    assert unknown.returncode == 2 and "--format apkg|moodle|gift|csv" in unknown.stderr
    assert not (tmp_path / "set.docx").exists()


def test_export_quiz_says_how_many_questions_the_file_really_holds(tmp_path):
    out = run_cli("export-quiz", str(tmp_path / "all.csv"), "--count", "10000", "--seed", "1")
    assert out.returncode == 0, out.stderr
    held = int(out.stdout.split("(")[1].split()[0])
    assert 0 < held < 10000
    assert f"{held} questions, not 10000" in out.stderr
    rows = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(rows) >= held + 1  # a header and a row per question (a cell may hold a newline)
