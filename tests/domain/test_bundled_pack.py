"""The bundled pack: complete, correct against checked facts, and honest about doubt."""

from __future__ import annotations

import re

import pytest

from egov_timeline.domain.loading.loader import load_pack
from tests.conftest import BUNDLED

# Checked against public sources (shared/content/reference-facts.json): terms start on
# 25 Feb and end on 24 Feb; acting presidents are marked.
ADMINISTRATIONS = {
    "park-chung-hee": ("1963-12-17", "1979-10-26", False),
    "choi-kyu-hah": ("1979-10-26", "1980-08-16", False),
    "park-choong-hoon": ("1980-08-16", "1980-09-01", True),
    "chun-doo-hwan": ("1980-09-01", "1988-02-24", False),
    "roh-tae-woo": ("1988-02-25", "1993-02-24", False),
    "kim-young-sam": ("1993-02-25", "1998-02-24", False),
    "kim-dae-jung": ("1998-02-25", "2003-02-24", False),
    "roh-moo-hyun": ("2003-02-25", "2008-02-24", False),
    "goh-kun": ("2004-03-12", "2004-05-14", True),
    "lee-myung-bak": ("2008-02-25", "2013-02-24", False),
    "park-geun-hye": ("2013-02-25", "2017-03-10", False),
    "hwang-kyo-ahn": ("2016-12-09", "2017-05-10", True),
    "moon-jae-in": ("2017-05-10", "2022-05-09", False),
}

# Table 4's six stages, with its names and periods; the first only by decade.
STAGES = {
    "stage-initiating-ict": (1, "Initiating ICT Projects", "1960s", "1970s"),
    "stage-basic-infrastructure": (2, "Developing Basic ICT Infrastructure", "1980", "1995"),
    "stage-upgrading-infrastructure": (
        3,
        "Upgrading ICT Infrastructure and Formulating E-Government",
        "1996",
        "2002",
    ),
    "stage-implementing": (4, "Implementing E-Government", "2003", "2007"),
    "stage-integrating": (5, "Integrating E-Government Systems", "2008", "2012"),
    "stage-upgrading-egov": (6, "Upgrading E-Government Systems", "2013", "2017"),
}

# Every law of Table 4 plus the CIO directive: (enacted, in force or None).
LAWS = {
    "computer-network-act": ("1986-05-12", None),
    "informatization-promotion-act": ("1995-08", "1996"),
    "cio-directive": ("1998-09", None),
    "digital-signature-act": ("1999-02-05", None),
    "e-government-act": ("2001-03-28", "2001-07-01"),
    "national-informatization-act": ("2009-05-22", None),
    "shared-utilization-act": ("2010", None),
    "public-data-act": ("2013-07-30", "2013-10-31"),
}

ELEVEN_PROJECTS_OF_2001 = {
    "g4c",
    "siis",
    "koneps",
    "hts",
    "nafis",
    "lgin",
    "neis",
    "ppss",
    "edms",
    "e-signature",
    "government-integrated-computer-center",
}

SEED = "Visionary and Sustainable Leadership for E-Government (2015)"


def test_the_bundled_pack_loads_without_problems():
    result = load_pack(BUNDLED)
    assert result.ok, "\n".join(str(p) for p in result.problems)


def test_the_pack_has_the_coverage_the_brief_asks_for(bundled_pack):
    counts = bundled_pack.counts()
    assert counts["stage"] == 6
    assert counts["administration"] == 13
    assert counts["project"] >= 25
    assert counts["law"] >= len(LAWS)
    assert counts["agency"] >= 12


@pytest.mark.parametrize("item_id", ADMINISTRATIONS)
def test_each_administration_has_its_exact_term(bundled_pack, item_id):
    start, end, acting = ADMINISTRATIONS[item_id]
    item = bundled_pack.get(item_id)
    assert (item.start.iso(), item.end.iso(), item.acting) == (start, end, acting)
    assert item.start.precision == "day"


def test_acting_presidents_say_whom_they_acted_for(bundled_pack):
    assert bundled_pack.get("goh-kun").acting_for == "roh-moo-hyun"
    assert bundled_pack.get("hwang-kyo-ahn").acting_for == "park-geun-hye"


@pytest.mark.parametrize("item_id", STAGES)
def test_each_stage_has_table_4s_name_and_period(bundled_pack, item_id):
    order, name, start, end = STAGES[item_id]
    item = bundled_pack.get(item_id)
    assert (item.order, item.name, item.start.iso(), item.end.iso()) == (order, name, start, end)
    assert any(s.title == SEED and "Table 4" in (s.where or "") for s in item.sources)


def test_the_first_stage_is_dated_by_decade_not_a_fake_year(bundled_pack):
    first = bundled_pack.get("stage-initiating-ict")
    assert first.start.precision == first.end.precision == "decade"


@pytest.mark.parametrize("item_id", LAWS)
def test_each_law_has_its_enactment_and_in_force_dates(bundled_pack, item_id):
    enacted, in_force = LAWS[item_id]
    law = bundled_pack.get(item_id)
    assert law.kind == "law"
    assert law.start.iso() == enacted
    assert (law.in_force.iso() if law.in_force else None) == in_force


def test_the_cio_measure_is_a_presidential_directive(bundled_pack):
    assert bundled_pack.get("cio-directive").law_type == "directive"


def test_the_seeds_two_names_for_the_1986_act_are_one_law(bundled_pack):
    act = bundled_pack.get("computer-network-act")
    names = " ".join(act.aliases).lower()
    assert "computing network act" in names
    assert "act on establishment and utilization of network" in names
    assert act.seed_says
    one_item = [i for i in bundled_pack.of_kind("law") if i.start.iso() == "1986-05-12"]
    assert one_item == [act]


def test_the_informatization_act_shows_the_seeds_1996_and_the_1995_enactment(bundled_pack):
    act = bundled_pack.get("informatization-promotion-act")
    assert "1996" in act.seed_says
    assert act.start.year == 1995 and act.in_force.year == 1996


def test_the_unfound_2010_sharing_act_is_marked_as_unconfirmed(bundled_pack):
    act = bundled_pack.get("shared-utilization-act")
    assert "existence" in act.uncertain
    assert act.confidence == "medium"
    assert act.note


def test_the_eleven_projects_of_2001_belong_to_kim_dae_jung_and_the_2001_plan(bundled_pack):
    for item_id in ELEVEN_PROJECTS_OF_2001:
        project = bundled_pack.get(item_id)
        assert project is not None, item_id
        assert project.kind == "project"
        assert project.part_of == "eleven-egov-projects", item_id
        assert "kim-dae-jung" in project.administrations, item_id
    plan = bundled_pack.get("eleven-egov-projects")
    assert plan.start.iso() == "2001-05-17"
    includes = {link.target for link in bundled_pack.links(plan.id) if link.field == "part_of"}
    assert includes == ELEVEN_PROJECTS_OF_2001


# Dates of the eleven, from reference-facts.json (start, end or None).
ELEVEN_DATES = {
    "hts": ("2002-04", None),
    "government-integrated-computer-center": ("2001", None),
}


@pytest.mark.parametrize("item_id", sorted(ELEVEN_PROJECTS_OF_2001))
def test_each_of_the_eleven_projects_is_dated_in_2001_2002_or_from_its_known_start(
    bundled_pack, item_id
):
    project = bundled_pack.get(item_id)
    # LGIN's systems were built from 1998; every other one starts in 2001 or 2002.
    earliest = 1998 if item_id == "lgin" else 2001
    assert earliest <= project.start.year <= 2002, project.start
    if item_id in ELEVEN_DATES:
        start, _end = ELEVEN_DATES[item_id]
        assert project.start.iso() == start


def test_every_project_names_its_administration(bundled_pack):
    for project in bundled_pack.of_kind("project"):
        assert project.administrations, project.id


def test_every_item_has_a_source_and_a_summary_of_two_to_five_sentences(bundled_pack):
    for item in bundled_pack:
        assert item.sources, item.id
        sentences = re.split(r"(?<=[.!?])[\"'\u201d)]?\s+(?=[A-Z\"'(\u201c])", item.summary.strip())
        assert 2 <= len(sentences) <= 5, (item.id, len(sentences), item.summary)


def test_nca_was_renamed_nia_in_2006(bundled_pack):
    nca = bundled_pack.get("nca")
    assert nca.renamed_to == "nia"
    assert nca.end.iso().startswith("2006")
    assert bundled_pack.get("nia").start.iso().startswith("2006")
    assert len(nca.missions) == 7


def test_ministry_renamings_chain_from_mogaha_to_mospa(bundled_pack):
    assert bundled_pack.get("mogaha").renamed_to == "mopas"
    assert bundled_pack.get("mopas").renamed_to == "mospa"


def test_uncertain_facts_are_marked_on_seed_only_items(bundled_pack):
    for item_id in (
        "pc-distribution-plan",
        "national-computer-network-plan",
        "linking-integrating-institutions",
    ):
        assert bundled_pack.get(item_id).confidence == "medium", item_id


def test_the_seeds_spellings_are_kept_as_aliases_for_search(bundled_pack):
    assert "Roh Mu-hyun" in bundled_pack.get("roh-moo-hyun").aliases
    g3 = bundled_pack.get("government-3-0")
    assert "E-Government 3.0" in (g3.seed_says or "") + " ".join(g3.aliases)


def test_korean_names_are_present_for_administrations_and_agencies(bundled_pack):
    for item in bundled_pack.of_kind("administration") + bundled_pack.of_kind("agency"):
        # The sources give no Korean name for these two committees.
        if item.id not in ("egov-working-committee", "admin-computerization-committee"):
            assert item.name_ko, item.id
