"""The map of what caused what around an item, its layout, and the "rebuild the map"
exercise: in English and Korean, from the bundled pack."""

from __future__ import annotations

import re

import pytest

from egov_timeline.domain.i18n import distinct_name
from egov_timeline.domain.model import Law, Project
from egov_timeline.domain.pack import Link
from egov_timeline.domain.relation_map import (
    GROUP_ORDER,
    MAX_NEIGHBOURS,
    RELATION_WORDS,
    MapNode,
    RebuildRound,
    RelationMap,
    arranged,
    check,
    rebuild_exercise,
    relation_map,
)

_LATIN = re.compile("[A-Za-z]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def edge(drawn: RelationMap, source: str, target: str):
    found = [e for e in drawn.edges if (e.source, e.target) == (source, target)]
    assert len(found) == 1, (source, target, drawn.edges)
    return found[0]


def what_the_act_enabled(pack) -> list[str]:
    act = pack.by_id["e-government-act"]
    assert isinstance(act, Law)
    based_on_it = [
        p.id for p in pack.of_kind("project") if isinstance(p, Project) and act.id in p.laws
    ]
    return [*act.enabled, *based_on_it]


# ---- the map --------------------------------------------------------------------------------
@pytest.mark.parametrize(("language", "word"), [("en", "enabled"), ("ko", "근거가 됨")])
def test_the_map_around_the_e_government_act_shows_what_it_enabled(bundled_pack, language, word):
    drawn = relation_map(bundled_pack, "e-government-act", language)
    enabled = what_the_act_enabled(bundled_pack)
    assert "admin-info-sharing" in enabled  # the project that names the act as its basis
    for item_id in enabled:
        node = drawn.node(item_id)
        assert node is not None, item_id
        assert node.name == distinct_name(bundled_pack, bundled_pack.by_id[item_id], language)
        link = edge(drawn, "e-government-act", item_id)
        assert (link.relation, link.label) == ("enabled", word)
    centre = drawn.node("e-government-act")
    assert centre is not None and centre.ring == 0 and (centre.x, centre.y) == (0.0, 0.0)
    if language == "ko":
        assert centre.name == "전자정부 구현을 위한 행정업무 등의 전자화촉진에 관한 법률"
        assert centre.short == "전자정부법"  # what a box shows when the name does not fit
        assert drawn.node("admin-info-sharing").name == "행정정보 공동이용"
    else:
        assert centre.name == "E-Government Act"
        assert drawn.node("admin-info-sharing").name == "Sharing of administrative information"


@pytest.mark.parametrize(
    ("language", "successor", "president"),
    [("en", "succeeded by", "enacted under"), ("ko", "후속 법령", "제정 당시 대통령")],
)
def test_the_act_leads_to_its_successor_and_was_enacted_under_kim_dae_jung(
    bundled_pack, language, successor, president
):
    drawn = relation_map(bundled_pack, "e-government-act", language)
    assert edge(drawn, "e-government-act", "e-government-act-2010").label == successor
    assert edge(drawn, "e-government-act", "kim-dae-jung").label == president
    assert drawn.node("kim-dae-jung").name == ("김대중" if language == "ko" else "Kim Dae-jung")


def test_every_thing_a_law_enabled_is_a_node_with_an_enabled_edge(bundled_pack):
    law = bundled_pack.by_id["computer-network-act"]
    assert isinstance(law, Law) and law.enabled == ("nbis", "nca")
    drawn = relation_map(bundled_pack, law.id, "en")
    for item_id in law.enabled:
        assert edge(drawn, law.id, item_id).relation == "enabled"
    # and from the other side: what enabled the agency
    around_nca = relation_map(bundled_pack, "nca", "en")
    assert edge(around_nca, law.id, "nca").label == "enabled"
    assert around_nca.node(law.id).group == "enabled:in"


@pytest.mark.parametrize(
    ("language", "renamed", "merged"),
    [("en", "renamed to", "merged into"), ("ko", "명칭 변경", "통합")],
)
def test_the_map_around_an_agency_shows_what_it_became(bundled_pack, language, renamed, merged):
    around_nca = relation_map(bundled_pack, "nca", language)
    assert edge(around_nca, "nca", "nia").label == renamed
    nia = bundled_pack.by_id["nia"]
    assert around_nca.node("nia").name == distinct_name(bundled_pack, nia, language)
    # the name another body had too comes with its years: 'NIA (2006–2009)'
    assert around_nca.node("nia").name.startswith(nia.name_ko if language == "ko" else nia.name)
    # a merger reads as one: the body's last event says it was merged into its successor
    around = relation_map(bundled_pack, "mogaha-2014", language)
    assert edge(around, "mogaha-2014", "mois").label == merged
    # and the other way: what the ministry was formed from, what it became in turn
    around_mogaha = relation_map(bundled_pack, "mogaha", language)
    assert edge(around_mogaha, "ministry-of-government-administration", "mogaha").label == merged
    assert edge(around_mogaha, "mogaha", "mopas").label == renamed


def test_the_map_names_what_an_agency_was_renamed_from_and_the_projects_it_worked_on(
    bundled_pack,
):
    around_nia = relation_map(bundled_pack, "nia", "en")
    assert edge(around_nia, "nca", "nia").relation == "renamed_to"
    assert around_nia.node("nca").group == "renamed_to:in"
    around_nca = relation_map(bundled_pack, "nca", "en")
    projects = [
        p.id
        for p in bundled_pack.of_kind("project")
        if isinstance(p, Project) and "nca" in p.agencies
    ]
    assert projects
    for project in projects:
        assert edge(around_nca, project, "nca").label == "carried out by"


def test_a_project_shows_its_law_agencies_presidents_and_programme(bundled_pack):
    drawn = relation_map(bundled_pack, "admin-info-sharing", "en")
    assert edge(drawn, "e-government-act", "admin-info-sharing").label == "enabled"
    assert {"mogaha", "pcgid", "mopas", "roh-moo-hyun", "lee-myung-bak"} <= {
        n.id for n in drawn.nodes
    }
    neis = relation_map(bundled_pack, "neis", "en")
    assert edge(neis, "neis", "eleven-egov-projects").label == "part of"


def test_one_link_a_pair_even_where_both_sides_name_it(bundled_pack):
    for item in bundled_pack.items:
        drawn = relation_map(bundled_pack, item.id, "en")
        pairs = [frozenset((e.source, e.target)) for e in drawn.edges]
        assert len(pairs) == len(set(pairs)), item.id
        assert len(drawn.nodes) == len(drawn.edges) + 1
        assert all(item.id in (e.source, e.target) for e in drawn.edges)


def test_an_item_without_causes_or_effects_has_a_map_of_itself_only(bundled_pack):
    drawn = relation_map(bundled_pack, "stage-integrating", "en")
    assert [n.id for n in drawn.nodes] == ["stage-integrating"] and drawn.edges == ()
    assert rebuild_exercise(drawn, 1).links == ()
    assert relation_map(bundled_pack, "no-such-item", "en").nodes == ()


def test_a_link_to_an_item_the_pack_does_not_have_is_left_out(bundled_pack, monkeypatch):
    real = bundled_pack.links

    def with_a_broken_link(item_id: str) -> list[Link]:
        found = real(item_id)
        if item_id == "e-government-act":
            found.append(Link("enabled", "enabled", "gone-missing", True))
        return found

    monkeypatch.setattr(bundled_pack, "links", with_a_broken_link)
    drawn = relation_map(bundled_pack, "e-government-act", "en")
    assert drawn.node("gone-missing") is None
    assert all("gone-missing" not in (e.source, e.target) for e in drawn.edges)
    assert drawn.node("admin-info-sharing") is not None


def test_every_relation_has_its_words_in_both_languages_and_korean_is_korean():
    assert set(RELATION_WORDS["en"]) == set(RELATION_WORDS["ko"])
    for word in RELATION_WORDS["ko"].values():
        assert _HANGUL.search(word) and not _LATIN.search(word), word
    relations = {group.split(":")[0] for group, _side in GROUP_ORDER}
    assert relations == set(RELATION_WORDS["en"])


# ---- the layout -----------------------------------------------------------------------------
def synthetic(count: int) -> RelationMap:
    groups = [g for g, _side in GROUP_ORDER]
    nodes = [MapNode(id="centre", name="Centre", kind="law", ring=0, group="")]
    nodes += [
        MapNode(id=f"n{n}", name=f"Item {n}", kind="project", ring=1, group=groups[n % 5])
        for n in range(count)
    ]
    return RelationMap(centre="centre", language="en", nodes=tuple(nodes), edges=())


def assert_apart(drawn: RelationMap) -> None:
    w, h = drawn.box
    assert w > 0 and h > 0
    for node in drawn.nodes:
        assert -1 <= node.x - w / 2 and node.x + w / 2 <= 1, node
        assert -1 <= node.y - h / 2 and node.y + h / 2 <= 1, node
    for n, a in enumerate(drawn.nodes):
        for b in drawn.nodes[n + 1 :]:
            assert abs(a.x - b.x) >= w or abs(a.y - b.y) >= h, (a.id, b.id)


@pytest.mark.parametrize("count", [1, 2, 3, 5, 8, 12, 16, 20, MAX_NEIGHBOURS])
@pytest.mark.parametrize("aspect", [0.5, 0.7, 1.0, 1.6, 2.5])
@pytest.mark.parametrize("ratio", [1.6, 2.6])
def test_no_two_nodes_overlap_for_up_to_twenty_four_neighbours(count, aspect, ratio):
    drawn = arranged(synthetic(count), aspect, ratio)
    assert_apart(drawn)
    assert drawn.box[1] > 0.05  # still boxes, not dots
    # the box has the shape asked for, on screen
    assert drawn.box[0] * aspect / drawn.box[1] == pytest.approx(ratio)


def test_no_map_of_the_bundled_pack_has_overlapping_nodes(bundled_pack):
    for item in bundled_pack.items:
        for aspect in (0.6, 1.5):
            assert_apart(relation_map(bundled_pack, item.id, "ko", aspect=aspect))


def test_the_layout_is_the_same_every_time_and_causes_stand_above(bundled_pack):
    first = relation_map(bundled_pack, "nca", "en", aspect=0.7)
    again = relation_map(bundled_pack, "nca", "en", aspect=0.7)
    assert first == again
    law = first.node("computer-network-act")  # what enabled the agency
    assert law is not None and law.y < 0  # above the centre (y grows downward)


def test_a_map_with_more_neighbours_than_fit_counts_the_rest(bundled_pack):
    for item in bundled_pack.items:
        drawn = relation_map(bundled_pack, item.id, "en")
        assert len(drawn.neighbours()) <= MAX_NEIGHBOURS
        assert drawn.left_out >= 0


# ---- the exercise ---------------------------------------------------------------------------
def test_the_exercise_hides_links_and_asks_for_the_item_at_their_other_end(bundled_pack):
    drawn = relation_map(bundled_pack, "e-government-act", "en")
    exercise = rebuild_exercise(drawn, seed=1, count=3)
    prompts = {link.answer: link.prompt for link in exercise.links}
    assert prompts == {
        "admin-info-sharing": "What did the E-Government Act enable?",
        "e-government-act-2010": "Which law succeeded the E-Government Act?",
        "kim-dae-jung": "Under which president was the E-Government Act enacted?",
    }
    for link in exercise.links:
        assert check(link, link.answer)
        assert not check(link, "e-government-act")
    assert len(rebuild_exercise(drawn, seed=1, count=2).links) == 2


def test_the_korean_prompts_are_korean_with_the_particle_the_name_wants(bundled_pack):
    drawn = relation_map(bundled_pack, "e-government-act", "ko")
    prompts = {link.answer: link.prompt for link in rebuild_exercise(drawn, 1).links}
    name = "전자정부 구현을 위한 행정업무 등의 전자화촉진에 관한 법률"  # ends in 률: 이, 은
    assert prompts == {
        "admin-info-sharing": f"{name}이 법적 근거가 된 것은 무엇인가?",
        "e-government-act-2010": f"{name}의 뒤를 이은 법령은 무엇인가?",
        "kim-dae-jung": f"{name}은 어느 대통령 때 제정되었는가?",
    }
    # a name ending in a vowel takes 는; one in brackets is read without them
    mogaha = relation_map(bundled_pack, "mogaha", "ko")
    asked = {link.answer: link.prompt for link in rebuild_exercise(mogaha, 1, count=6).links}
    assert asked["mopas"] == "행정자치부(MOGAHA)는 어떤 이름으로 바뀌었는가?"
    assert asked["ministry-of-government-administration"] == (
        "행정자치부(MOGAHA)로 통합된 기관은 어디인가?"
    )
    president = relation_map(bundled_pack, "kim-dae-jung", "ko")
    laws = [
        link.prompt
        for link in rebuild_exercise(president, 3, count=24).links
        if link.edge.relation == "enacted_under"
    ]
    assert laws and set(laws) == {"김대중 대통령 때 제정된 법령은 무엇인가?"}


def test_the_same_seed_gives_the_same_exercise_and_other_seeds_others(bundled_pack):
    drawn = relation_map(bundled_pack, "kim-dae-jung", "en")
    assert rebuild_exercise(drawn, 7) == rebuild_exercise(drawn, 7)
    seen = {tuple(link.answer for link in rebuild_exercise(drawn, seed).links) for seed in range(6)}
    assert len(seen) > 1


def test_links_asked_alike_accept_either_answer_once_each(bundled_pack):
    drawn = relation_map(bundled_pack, "computer-network-act", "en")
    exercise = rebuild_exercise(drawn, seed=1, count=3)
    enabled = [link for link in exercise.links if link.edge.relation == "enabled"]
    assert len(enabled) == 2 and enabled[0].prompt == enabled[1].prompt
    assert set(enabled[0].accepted) == {"nbis", "nca"}
    game = RebuildRound(exercise)
    # whichever "enabled" link is asked first, the other answer is right too, but not twice
    while game.current is not None and game.current.edge.relation != "enabled":
        game.answer(game.current.answer)
    first = game.current
    other = next(a for a in first.accepted if a != first.answer)
    assert game.answer(other).right
    while game.current is not None and game.current.edge.relation != "enabled":
        game.answer(game.current.answer)
    assert not game.answer(other).right  # already restored
    assert game.hidden() == set()


@pytest.mark.parametrize(
    ("language", "right", "wrong", "told", "score"),
    [
        ("en", "Right.", "Not quite: it is ", "Link 1 of 3: ", "2 of 3 links restored."),
        (
            "ko",
            "정답입니다.",
            "아쉽습니다. 정답은 ",
            "연결 1/3: ",
            "연결 3개 중 2개를 되살렸습니다.",
        ),
    ],
)
def test_a_round_scores_the_answers_and_says_the_score(
    bundled_pack, language, right, wrong, told, score
):
    drawn = relation_map(bundled_pack, "e-government-act", language)
    game = RebuildRound(rebuild_exercise(drawn, seed=1))
    assert game.asking().startswith(told) and game.total == 3
    assert game.hidden() == {link.answer for link in game.exercise.links}
    names = {n.id: n.name for n in drawn.nodes}
    first = game.answer(game.current.answer)
    assert first.right and game.feedback(first, names.__getitem__) == right
    asked = game.current
    slip = game.answer("e-government-act")  # the centre is never the answer
    assert not slip.right and slip.restored == asked.answer
    assert game.feedback(slip, names.__getitem__) == (
        f"{wrong}{names[asked.answer]}."
        if language == "en"
        else f"{wrong}{names[asked.answer]}입니다."
    )
    game.answer(game.current.answer)
    assert game.done and game.current is None and game.asking() == ""
    assert game.score == 2 and game.summary() == score
    assert game.answer("kim-dae-jung") is None  # nothing more is asked
