"""Fitting text into a width: wrapping at spaces into a few lines, and cutting with an
ellipsis. Words are never cut when wrapping. No toolkit: text is measured by a function.
"""

from __future__ import annotations

from egov_timeline.domain.layout.geometry import Measure


def wrap_text(
    text: str, width: float, measure: Measure, max_lines: int = 2, ellipsis: str = "\u2026"
) -> list[str]:
    """Break text at spaces into at most `max_lines` lines no wider than `width`. Words are
    never cut: what does not fit is left out and the last line ends with an ellipsis."""
    words = text.split()
    lines: list[str] = []
    current = ""
    used = 0
    for word in words:
        trial = f"{current} {word}" if current else word
        if measure(trial) <= width:
            current, used = trial, used + 1
            continue
        if not current or len(lines) + 1 >= max_lines:
            break
        lines.append(current)
        if measure(word) > width:
            current = ""
            break
        current, used = word, used + 1
    if current:
        lines.append(current)
    while used < len(words) and lines:
        last = lines[-1]
        while last and measure(last + ellipsis) > width:
            last = last.rsplit(" ", 1)[0] if " " in last else ""
        if last:
            lines[-1] = last + ellipsis
            break
        lines.pop()  # not even one word and the ellipsis fit: end the line above instead
    return lines


def elide(text: str, width: float, measure: Measure, ellipsis: str = "\u2026") -> str:
    if measure(text) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ellipsis) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ellipsis if lo else ""


def wrap_cutting_words(
    text: str, width: float, measure: Measure, max_lines: int, ellipsis: str = "\u2026"
) -> list[str]:
    """Like `wrap_text`, for a narrow heading: a word too long for a line of its own is cut
    with an ellipsis instead of being left out, so that something of every line shows."""
    words = text.split()
    lines: list[str] = []
    i = 0
    while i < len(words) and len(lines) < max_lines:
        line = words[i]
        i += 1
        if measure(line) > width:
            line = elide(line, width, measure, ellipsis)
        else:
            while i < len(words) and measure(f"{line} {words[i]}") <= width:
                line = f"{line} {words[i]}"
                i += 1
        if line:
            lines.append(line)
    if i < len(words) and lines and not lines[-1].endswith(ellipsis):
        lines[-1] = elide(f"{lines[-1]} {' '.join(words[i:])}", width, measure, ellipsis)
    return [line for line in lines if line]
