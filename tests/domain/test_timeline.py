"""What the timeline says of an item when the pointer rests on it."""

from egov_timeline.domain.timeline import hover_lines


def test_the_tooltip_of_an_acting_president_says_acting_in_each_language(bundled_pack):
    goh = bundled_pack.by_id["goh-kun"]
    english = hover_lines(goh, "en")
    korean = hover_lines(goh, "ko")
    assert english[0] == "Goh Kun" and english[-1] == "Administration, acting"
    assert korean[0] == "고건" and korean[-1] == "정부, 권한대행"
    assert "Goh Kun" in korean  # the name in the other language, for a bilingual class


def test_the_tooltip_gives_the_period_in_the_language_of_the_window(bundled_pack):
    act = bundled_pack.by_id["e-government-act"]
    assert "28 Mar 2001" in hover_lines(act, "en")
    assert "2001년 3월 28일" in hover_lines(act, "ko")
    assert hover_lines(act, "ko")[-1] == "법령"
