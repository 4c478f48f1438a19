"""The bundled pack as a Korean classroom reads it: every text in Korean, words meant for
students (never how the content was made), exact events, and the export that carries them."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from egov_timeline.domain.completeness import korean_gaps
from egov_timeline.domain.details import describe
from egov_timeline.domain.loading.loader import load_pack
from egov_timeline.domain.model import Administration, Agency, Law, Stage
from tests.conftest import BUNDLED

# Words about how the content was made, and names of this project's files: a student does
# not know what "the seed" or "reference-facts.json" is.
EDITORIAL = re.compile(
    r"\bseeds?\b|seed document|source document|reference[- ]facts|\.(json|ya?ml|md|txt)\b"
    r"|시드|바탕 문서|원문 문서",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def pack():
    result = load_pack(BUNDLED)
    assert result.ok, result.problems
    return result


def _student_texts(item):
    """Every text of an item that a student reads, with where it is."""
    yield "summary", item.summary
    yield "summary_ko", item.summary_ko
    yield "note", item.note
    yield "note_ko", item.note_ko
    yield "seed_says_ko", item.seed_says_ko
    for n, m in enumerate(item.milestones):
        yield f"milestones[{n}].text", m.text
        yield f"milestones[{n}].text_ko", m.text_ko
    for n, s in enumerate(item.sources):
        yield f"sources[{n}].title", s.title
        yield f"sources[{n}].where", s.where
    match item:
        case Agency():
            yield "role", item.role
            yield "role_ko", item.role_ko
            for n, text in enumerate([*item.missions, *item.missions_ko]):
                yield f"missions[{n}]", text
        case Stage():
            yield "label_ko", item.label_ko
            for n, text in enumerate([*item.accomplishments, *item.accomplishments_ko]):
                yield f"accomplishments[{n}]", text
        case Administration():
            yield "end_reason", item.end_reason
            yield "end_reason_ko", item.end_reason_ko


def test_the_bundled_pack_validates_with_no_warning(pack):
    assert pack.warnings == []


def test_no_text_a_student_reads_says_seed_or_names_a_file(pack):
    found = []
    for item in pack.pack.items:
        for field, text in _student_texts(item):
            if text and EDITORIAL.search(text):
                found.append(f"{item.id}.{field}: {EDITORIAL.search(text).group(0)!r}")
    for tour in pack.pack.tours:
        texts = [tour.title, tour.title_ko, tour.description, tour.description_ko]
        for stop in tour.stops:
            texts += [stop.title, stop.title_ko, stop.caption, stop.caption_ko]
        found += [f"tour {tour.id}: {t[:60]!r}" for t in texts if t and EDITORIAL.search(t)]
    info = [pack.pack.title, pack.pack.title_ko, pack.pack.description, pack.pack.description_ko]
    found += [f"pack: {t[:60]!r}" for t in info if t and EDITORIAL.search(t)]
    assert found == []


def test_every_item_milestone_and_note_has_korean_text(pack):
    for item in pack.pack.items:
        assert item.name_ko and re.search("[가-힣]", item.name_ko + (item.summary_ko or "")), (
            item.id
        )
        assert item.summary_ko and re.search("[가-힣]", item.summary_ko), item.id
        assert all(m.text_ko and re.search("[가-힣]", m.text_ko) for m in item.milestones), item.id
        assert not item.note or (item.note_ko and re.search("[가-힣]", item.note_ko)), item.id
    assert pack.pack.title_ko and re.search("[가-힣]", pack.pack.title_ko)


def test_a_korean_detail_panel_reads_in_korean(pack):
    for item in pack.pack.items:
        detail = describe(pack.pack, item.id, "ko")
        texts = [detail.summary, *(f.value for f in detail.caveats)]
        for section in detail.sections:
            texts += section.paragraphs
            texts += [b for b in section.bullets if section.heading != "명칭의 변천"]
        for text in texts:
            # English may stand beside Korean (an acronym, an English name in brackets),
            # never alone
            assert re.search("[가-힣]", text), (item.id, text)


def test_an_agency_shows_its_names_over_time_with_dates_in_both_languages(pack):
    detail = describe(pack.pack, "mopas", "ko")
    names = next(s for s in detail.sections if s.heading == "명칭의 변천").bullets
    assert names[0] == "1963년 12월: 총무처 (Ministry of Government Administration) \u2014 재설치"
    assert any(
        line.startswith(
            "2008년 2월 29일: 행정안전부 (Ministry of Public Administration and Security)"
        )
        for line in names
    )
    english = describe(pack.pack, "mopas", "en")
    lines = next(s for s in english.sections if s.heading == "Names over time").bullets
    assert lines[0] == "Dec 1963: re-established as Ministry of Government Administration (총무처)"
    assert english.fact("Took this name") == "29 Feb 2008"  # a renaming, not a founding
    assert describe(pack.pack, "ministry-of-government-administration", "en").fact("Re-established")


def test_every_agency_carries_its_history_as_typed_events(pack):
    for item in pack.pack.of_kind("agency"):
        assert item.events, item.id
        assert item.events[0].event in ("founded", "re-established", "renamed", "merged")


# "an act passed by the National Assembly" is right; "the act was passed in 1995" gives the
# enactment date the wrong name
PASSED = re.compile(r"\b(was|were) passed\b|\bpassed (in|on)\b", re.IGNORECASE)


def test_laws_say_enacted_not_passed(pack):
    for item in pack.pack.of_kind("law"):
        for field, text in _student_texts(item):
            assert not (text and PASSED.search(text)), (item.id, field, text)


def test_the_broadband_project_is_not_said_to_be_conceived_by_a_ministry_founded_after_it(pack):
    # MIC was founded on 23 Dec 1994, after the April and November 1994 plans
    for item_id in ("kim-young-sam", "mic", "kii"):
        item = pack.pack.by_id[item_id]
        for field, text in _student_texts(item):
            if text and "conceived" in text:
                assert "2015 report" in text, (item_id, field, text)


def test_export_carries_the_korean_texts_and_the_events(tmp_path, capsys):
    from egov_timeline.cli import main

    assert main(["export"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pack_ko"]
    items = {i["id"]: i for i in data["items"]}
    for item in items.values():
        assert item["name_ko"] and item["summary_ko"], item["id"]
        for m in item["milestones"]:
            assert set(m) >= {"date", "text", "text_ko"} and m["text_ko"], item["id"]
        if item.get("note"):
            assert item["note_ko"], item["id"]
    events = items["mopas"]["events"]
    assert {"date", "event", "name", "name_ko"} <= set(events[0])
    assert all(
        e["event"] in ("founded", "re-established", "renamed", "merged", "abolished")
        for i in items.values()
        if i["kind"] == "agency"
        for e in i["events"]
    )


# ---- a pack without Korean: warned about, and refused only for the bundled one ------------

MINIMAL = """\
items:
  - id: e-government-act
    kind: law
    name: E-Government Act
    start: "2001-03-28"
    summary: The act set the legal rules for electronic government work.
    milestones:
      - date: "2001-07-01"
        text: Came into force.
    sources:
      - title: A source
"""


def test_a_pack_without_korean_opens_with_warnings_that_name_file_item_and_field(tmp_path, capsys):
    from egov_timeline.cli import main

    (tmp_path / "laws.yaml").write_text(MINIMAL, encoding="utf-8")
    result = load_pack(tmp_path)
    assert result.ok
    fields = {(w.item, w.field) for w in result.warnings}
    assert ("e-government-act", "name_ko") in fields
    assert ("e-government-act", "summary_ko") in fields
    assert ("e-government-act", "milestones[1].text_ko") in fields
    assert all(w.file.endswith("laws.yaml") and w.line == 2 for w in result.warnings if w.item)

    assert main(["validate", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "OK, 1 items, 4 warnings" in out
    assert "item 'e-government-act', field 'summary_ko': has no Korean text" in out


def test_the_bundled_pack_is_refused_while_any_text_lacks_korean(tmp_path, monkeypatch, capsys):
    from egov_timeline import cli, paths

    copy = tmp_path / "egov-history"
    shutil.copytree(BUNDLED, copy)
    laws = copy / "laws.yaml"
    text = laws.read_text(encoding="utf-8")
    laws.write_text(re.sub(r"(?m)^    summary_ko: .*\n(      .*\n)*", "", text, count=1))
    monkeypatch.setattr(paths, "bundled_pack_dir", lambda: copy)
    assert cli.main(["validate", str(copy)]) == cli.EXIT_PROBLEMS
    assert "has no Korean text" in capsys.readouterr().out
    assert list(korean_gaps(load_pack(copy).pack))  # the same check the window's loader runs


def test_korean_gaps_are_found_in_every_kind_of_text(tmp_path):
    (tmp_path / "items.yaml").write_text(
        MINIMAL
        + """\
  - id: nca
    kind: agency
    name: National Computerization Agency
    name_ko: 한국전산원
    start: "1987-01-30"
    summary: An agency.
    summary_ko: 기관이다.
    role: Oversaw the networks.
    missions: [one, two]
    missions_ko: [하나]
    note: A note.
    sources:
      - title: A source
""",
        encoding="utf-8",
    )
    fields = {(w.item, w.field) for w in load_pack(tmp_path).warnings}
    assert {("nca", "role_ko"), ("nca", "missions_ko"), ("nca", "note_ko")} <= fields
    assert not {f for i, f in fields if i == "nca" and f in ("name_ko", "summary_ko")}


def test_laws_numbers_read_in_korean(pack):
    for item in pack.pack.of_kind("law"):
        assert isinstance(item, Law)
        if item.number:
            assert item.number_ko and re.fullmatch(r"법률 제\d+호", item.number_ko), item.id
            assert re.sub(r"\D", "", item.number) == re.sub(r"\D", "", item.number_ko)


def test_names_shared_by_two_bodies_are_told_apart_in_the_text(pack):
    by_name: dict[str, list] = {}
    for item in pack.pack.of_kind("agency"):
        for name in {item.name, item.name_ko}:
            by_name.setdefault(name, []).append(item)
    for name, items in by_name.items():
        if len(items) < 2:
            continue
        for item in items:
            # each says which one it is: its years are in its own summary
            assert str(item.start.year) in item.summary, (name, item.id)
            assert str(item.start.year) in (item.summary_ko or ""), (name, item.id)


# ---- coverage to 2017: the new items, checked against public sources ----------------------
# (shared/content/reference-facts.json, additions_2017; copied here so the test stands alone)
# id: (start, end or None for "still exists" / not given)
COVERAGE_TO_2017 = {
    "mogaha-2014": ("2014-11-19", "2017-07-26"),
    "mois": ("2017-07-26", None),
    "kcc": ("2008-02-29", None),
    "msip": ("2013-03-23", "2017-07-26"),
    "msit": ("2017-07-26", None),
    "acrc": ("2008-02-29", None),
    "nirs": ("2017-07-26", None),
    "minwon24": ("2010-08", None),
    "government24": ("2017-07-26", None),
    "epeople": ("2005", None),
    "admin-info-sharing": ("2006", None),
    "kiponet": ("1999-01", None),
    "e-government-act-2010": ("2010-02-04", None),
}


def test_the_items_added_to_reach_2017_have_their_checked_dates(pack):
    by_id = pack.pack.by_id
    for item_id, (start, end) in COVERAGE_TO_2017.items():
        item = by_id[item_id]
        assert item.start.iso() == start, item_id
        if end is not None:
            assert item.end is not None and item.end.iso() == end, item_id
    assert by_id["e-government-act-2010"].in_force.iso() == "2010-05-05"
    assert by_id["e-government-act-2010"].number == "Act No. 10012"
    assert by_id["cloud-computing-act"].in_force.iso() == "2015-09-28"
    assert by_id["mic"].end.iso() == "2008-02-29"
    assert by_id["mic"].events[-1].event == "abolished"
    assert by_id["gidc"].renamed_to == "nirs"
    assert len(pack.pack.items) >= 90


def test_the_chains_of_names_reach_2017(pack):
    from egov_timeline.domain.details import rename_chain

    assert rename_chain(pack.pack, "mopas")[-2:] == ["mogaha-2014", "mois"]
    assert rename_chain(pack.pack, "gidc") == ["gidc", "nirs"]
    assert rename_chain(pack.pack, "msip") == ["msip", "msit"]


def test_validate_never_sends_a_packs_terminal_escapes_to_the_terminal(tmp_path, capsys):
    # a shared pack must not clear the screen or print a fake "OK" line in colour
    from egov_timeline.cli import main

    escape = "\\e[2J\\e[32mOK, 75 items\\e[0m"  # YAML's own escape: the file holds ESC
    (tmp_path / "laws.yaml").write_text(
        MINIMAL.replace('start: "2001-03-28"', f'start: "{escape}"').replace(
            "name: E-Government Act", 'name: "\\e[31mAct"'
        ),
        encoding="utf-8",
    )
    assert main(["validate", str(tmp_path)]) != 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\\x1b[2J" in out  # shown, written out, so the teacher sees what is there
