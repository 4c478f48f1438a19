"""Text fitted to a width: wrapping never cuts a word, and eliding ends with an ellipsis."""

from __future__ import annotations

from egov_timeline.domain.layout.text import elide, wrap_text


def measure(text: str) -> float:
    return 7.0 * len(text)


def test_wrapping_never_cuts_a_word():
    lines = wrap_text("Upgrading ICT Infrastructure and Formulating E-Government", 110, measure, 2)
    assert len(lines) == 2
    assert all(measure(line) <= 110 for line in lines)
    assert lines[-1].endswith("\u2026")
    words = set("Upgrading ICT Infrastructure and Formulating E-Government".split())
    for line in lines:
        assert set(line.rstrip("\u2026").split()) <= words
    assert elide("Kim Dae-jung", 50, measure).endswith("\u2026")
