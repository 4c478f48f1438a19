"""Telling look-alikes apart: the items students mix up are found, and a drill asks them
side by side, each among the other's choices."""

from __future__ import annotations

import pytest

from egov_timeline.domain.quiz import QuizGenerator, sample_questions
from egov_timeline.domain.quiz.confusables import confusable_partners


def test_renamed_bodies_and_look_alike_acronyms_are_confusable(bundled_pack):
    partners = confusable_partners(bundled_pack)
    assert "mospa" in partners["mopas"]  # the same letters
    assert "nia" in partners["nca"]  # one body, renamed
    assert "neis" in partners["nbis"]  # one letter apart
    assert "msit" in partners["msip"]
    assert "kim-dae-jung" not in partners  # presidents are not mixed up by name


def test_two_of_a_kind_begun_within_three_months_are_confusable(bundled_pack):
    partners = confusable_partners(bundled_pack)
    assert "msit" in partners["mois"]  # both formed in July 2017
    assert "hts" in partners["g4c"]  # two projects of February and April 2002
    # a law and an agency of the same months are not of a kind
    assert all(
        bundled_pack.by_id[other].kind == bundled_pack.by_id[item].kind
        for item, others in partners.items()
        for other in others
    )


def _side_by_side(questions, a: str, b: set[str]) -> bool:
    for q in questions:
        choices = {c.id for c in q.spec.choices}
        if (q.spec.item == a and b & choices) or (q.spec.item in b and a in choices):
            return True
    return False


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_drill_pairs_mopas_with_mospa_and_nca_with_nia(bundled_pack, seed, language):
    questions = QuizGenerator(bundled_pack, seed, language).drill(20)
    partners = confusable_partners(bundled_pack)
    assert len(questions) >= 15
    assert all(q.spec.item in partners for q in questions)  # look-alikes only
    assert _side_by_side(questions, "mopas", {"mospa"})
    assert _side_by_side(questions, "nca", {"nia", "nia-2009"})
    # partners follow one another where the set has both
    items = [q.spec.item for q in questions]
    adjacent = sum(items[k + 1] in partners[items[k]] for k in range(len(items) - 1))
    assert adjacent >= 4


def test_an_ordinary_set_is_unchanged_by_the_drill(bundled_pack):
    before = [q.public() for q in sample_questions(bundled_pack, 10, 7)]
    QuizGenerator(bundled_pack, 7).drill(10)
    assert [q.public() for q in sample_questions(bundled_pack, 10, 7)] == before


def test_a_look_alike_chosen_wrongly_is_asked_about_two_questions_later(bundled_pack):
    from egov_timeline.domain.session import QuizSession

    generator = QuizGenerator(bundled_pack, 2)
    questions = generator.drill(8)
    session = QuizSession(questions, follow_up=generator.about)
    first = session.current
    assert first is not None
    asked = {q.spec.item for q in questions}
    wrong = (
        next(
            (
                n
                for n, c in enumerate(first.spec.choices)
                if n != first.right_choice and c.id and c.id not in asked
            ),
            None,
        )
        if first.type != "order"
        else None
    )
    assert wrong is not None  # seed 2 opens with a look-alike to choose wrongly
    chosen = first.spec.choices[wrong].id
    session.answer(wrong)
    assert len(session.questions) == 9
    assert session.questions[3].spec.item == chosen  # two questions on
    session.next()
    session.answer(session.current.right_choice if session.current.type != "order" else [])
    assert len(session.questions) == 9  # a right answer adds nothing


def test_a_tour_asks_the_same_three_questions_on_what_it_shows(bundled_pack):
    tour = next(t for t in bundled_pack.tours if t.id == "stage-2")
    shown = {stop.item for stop in tour.stops if stop.item}
    for language in ("en", "ko"):
        first = QuizGenerator(bundled_pack, 1, language).for_tour(tour)
        again = QuizGenerator(bundled_pack, 2, language).for_tour(tour)
        assert len(first) == 3 and [q.prompt for q in first] == [q.prompt for q in again]
        assert all(q.spec.item in shown and q.type not in ("order", "place") for q in first)
