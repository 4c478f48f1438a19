"""Qt-free content of panels, search, filters and history."""

from __future__ import annotations

import pytest

from egov_timeline.domain.details import describe, rename_chain
from egov_timeline.domain.filters import Filter, describe_filter, matching_ids
from egov_timeline.domain.history import History
from egov_timeline.domain.search import SearchIndex


def test_the_e_government_act_panel_gives_enactment_and_in_force(bundled_pack):
    d = describe(bundled_pack, "e-government-act")
    assert d.fact("Enacted") == "28 Mar 2001"
    assert d.fact("In force") == "1 Jul 2001"
    assert "kim-dae-jung" in d.linked_ids()


def test_the_nca_panel_shows_its_2006_renaming_to_nia_and_seven_missions(bundled_pack):
    d = describe(bundled_pack, "nca")
    assert d.fact("Renamed") == "Oct 2006"
    assert rename_chain(bundled_pack, "nca") == ["nca", "nia", "nia-2009"]
    names = next(s for s in d.sections if s.heading == "Names over time")
    renamed = "Oct 2006: renamed National Information Society Agency (한국정보사회진흥원)"
    assert names.bullets[1] == renamed
    missions = next(s for s in d.sections if s.heading == "Missions")
    assert len(missions.bullets) == 7 and missions.numbered


def test_a_renamed_ministry_shows_the_whole_chain(bundled_pack):
    assert rename_chain(bundled_pack, "mopas") == [
        "ministry-of-government-administration",
        "mogaha",
        "mopas",
        "mospa",
        "mogaha-2014",
        "mois",
    ]


def test_the_g4c_panel_names_kim_dae_jung(bundled_pack):
    d = describe(bundled_pack, "g4c")
    group = next(g for g in d.links if g.label == "Administration")
    assert "kim-dae-jung" in group.ids
    assert d.fact("Acronym") == "G4C"


def test_an_administration_panel_gives_the_term_and_its_laws(bundled_pack):
    d = describe(bundled_pack, "kim-dae-jung")
    assert d.fact("Term") == "25 Feb 1998 \u2013 24 Feb 2003"
    laws = next(g for g in d.links if g.label == "Laws")
    assert "e-government-act" in laws.ids
    acting = describe(bundled_pack, "goh-kun")
    assert acting.fact("Term").endswith("(acting)")
    assert next(g for g in acting.links if g.label == "Acting for").ids == ["roh-moo-hyun"]


def test_a_stage_panel_lists_table_4_its_laws_and_administrations(bundled_pack):
    d = describe(bundled_pack, "stage-upgrading-infrastructure")
    assert d.fact("Period") == "1996-2002"
    table = next(s for s in d.sections if s.heading.startswith("Main accomplishments"))
    assert any("E-Government Act" in b for b in table.bullets)
    assert "e-government-act" in next(g for g in d.links if g.label == "Laws").ids
    assert "kim-dae-jung" in next(g for g in d.links if g.label == "Administrations").ids


def test_imprecise_seed_wording_appears_with_what_sources_add(bundled_pack):
    d = describe(bundled_pack, "informatization-promotion-act")
    said = {c.label: c.value for c in d.caveats}
    assert "1996" in said["The 2015 report says"]
    assert "1995" in said["Note"]
    unsure = describe(bundled_pack, "shared-utilization-act")
    assert any(c.label == "Unconfirmed" for c in unsure.caveats)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("roh moo hyun", "roh-moo-hyun"),
        ("Roh Mu-hyun", "roh-moo-hyun"),
        ("ROH MOO-HYUN", "roh-moo-hyun"),
        ("노무현", "roh-moo-hyun"),
        ("전자정부법", "e-government-act"),
        ("NEIS", "neis"),
        ("neis", "neis"),
        ("e-gov act", "e-government-act"),
        ("KONEPS", "koneps"),
        ("나라장터", "koneps"),
    ],
)
def test_search_forgives_case_hyphens_and_spacing(bundled_pack, query, expected):
    hits = SearchIndex(bundled_pack).search(query)
    assert hits and hits[0].item_id == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("goverment act", "e-government-act"),  # a letter missing
        ("e-govrenment act", "e-government-act"),  # two swapped
        ("kim dea-jung", "kim-dae-jung"),
        ("natoinal computerization agency", "nca"),
        ("cyber koera", "cyber-korea-21"),
        ("전자정부벞", "e-government-act"),  # a slip of the Korean keys
    ],
)
def test_search_forgives_a_slip_of_the_keys_ranked_below_true_matches(
    bundled_pack, query, expected
):
    index = SearchIndex(bundled_pack)
    hits = index.search(query)
    assert hits and hits[0].item_id == expected, hits[:3]
    # ranked below every name that matches as typed, above words found only in the text
    assert hits[0].matched == "near"
    exact = index.search("E-Government")
    assert min(h.score for h in exact if h.matched != "text") > hits[0].score


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ㅈㅈㅈㅂ", "e-government-act"), ("ㄴㄹㅈㅌ", "koneps"), ("ㄱㄷㅈ", "kim-dae-jung")],
)
def test_korean_initial_consonants_find_the_name(bundled_pack, query, expected):
    hits = SearchIndex(bundled_pack).search(query)
    assert hits and hits[0].item_id == expected, hits[:3]
    assert SearchIndex(bundled_pack).search("ㅋㅋㅋㅋㅋ") == []


def test_a_slip_never_lets_nonsense_or_short_words_match(bundled_pack):
    index = SearchIndex(bundled_pack)
    for query in ("zzqx", "qqqq", "xyzzy", "home tx service", "abc"):
        assert index.search(query) == [], query


def test_search_of_nonsense_finds_nothing_and_short_text_does_not_match_inside_words(bundled_pack):
    index = SearchIndex(bundled_pack)
    assert index.search("zzqx") == []
    assert [h.item_id for h in index.search("NEIS")] == ["neis"]


def test_filtering_by_kim_dae_jung_keeps_his_laws_and_drops_earlier_ones(bundled_pack):
    kept = matching_ids(bundled_pack, Filter(administration="kim-dae-jung"))
    assert {"e-government-act", "digital-signature-act", "g4c", "kim-dae-jung"} <= kept
    assert "computer-network-act" not in kept and "nbis" not in kept


def test_filtering_by_stage_and_administration_together(bundled_pack):
    kept = matching_ids(
        bundled_pack, Filter(administration="roh-moo-hyun", stage="stage-implementing")
    )
    assert "egov-roadmap-31-tasks" in kept
    assert "e-government-act" not in kept


def test_the_filter_line_says_what_is_kept_in_either_language(bundled_pack):
    flt = Filter(administration="kim-dae-jung", stage="stage-upgrading-infrastructure")
    english = describe_filter(bundled_pack, flt)
    assert english.startswith("Showing only what happened under Kim Dae-jung; in stage 3 (")
    korean = describe_filter(bundled_pack, flt, "ko")
    assert korean.startswith("표시 중: 김대중 정부 시기, 3단계(")
    assert describe_filter(bundled_pack, Filter(), "ko") == ""


def test_history_goes_back_and_forward_like_a_browser():
    h = History()
    for item in ("a", "b", "c"):
        h.visit(item)
    assert h.back() == "b" and h.back() == "a" and h.back() is None
    assert h.forward() == "b"
    h.visit("d")  # a new visit drops the forward trail
    assert not h.can_go_forward() and h.back() == "b"


def test_a_filter_says_how_many_items_it_keeps_and_when_none(bundled_pack):
    from egov_timeline.domain.filters import filter_result

    assert filter_result(bundled_pack, Filter()) == ""
    kdj = Filter(administration="kim-dae-jung")
    kept = matching_ids(bundled_pack, kdj) - {"kim-dae-jung"}
    assert filter_result(bundled_pack, kdj) == f"{len(kept)} items"
    assert filter_result(bundled_pack, kdj, "ko") == f"항목 {len(kept)}개"
    never = Filter(administration="park-chung-hee", stage="stage-integrating")
    assert matching_ids(bundled_pack, never) <= {"park-chung-hee", "stage-integrating"}
    assert "no item matches" in filter_result(bundled_pack, never)
    assert "해당하는 항목이 없습니다" in filter_result(bundled_pack, never, "ko")
