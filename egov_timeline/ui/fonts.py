"""Text that is larger than the rest (titles, questions) follows the text size setting."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

_FACTOR = "egovFontFactor"
_BOLD = "egovFontBold"


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Give `widget` text `factor` times the application's size, now and after every change
    of the text size (see `refresh_scaled_fonts`)."""
    widget.setProperty(_FACTOR, factor)
    widget.setProperty(_BOLD, bold)
    _apply(widget)


def _apply(widget: QWidget) -> None:
    factor = widget.property(_FACTOR)
    if factor is None:
        return
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * float(factor))
    font.setBold(bool(widget.property(_BOLD)))
    widget.setFont(font)


def refresh_scaled_fonts(root: QWidget) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property(_FACTOR) is not None:
            _apply(widget)


HANGUL_FONT_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
_HANGUL_FAMILY: list[str] = []


def ensure_hangul_font() -> str | None:
    """Make sure Hangul can be drawn: use a Korean font of the system if there is one, or
    the openly licensed Nanum Gothic shipped in resources/fonts (OFL, see OFL.txt there).
    Returns the family that will draw Hangul. Cheap after the first call."""
    if _HANGUL_FAMILY:
        return _HANGUL_FAMILY[0]
    from PySide6.QtGui import QFontDatabase

    from egov_timeline.paths import resources_dir

    system = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    family = None
    if not system:  # no Korean font on this machine: bring our own
        for name in HANGUL_FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if font_id >= 0 and family is None:
                loaded = QFontDatabase.applicationFontFamilies(font_id)
                family = loaded[0] if loaded else None
    chosen = family or (system[0] if system else None)
    if chosen:
        _HANGUL_FAMILY.append(chosen)
        # Latin text keeps the usual font; Hangul falls back to this one. A generic name
        # ("Sans Serif") keeps the family it resolved to first: otherwise it would become
        # Nanum Gothic for every letter, whose one glyph for space and control codes makes
        # PDF text unsearchable (spaces read back as U+0001).
        from PySide6.QtGui import QFontInfo

        for base in {QApplication.font().family(), "Sans Serif", "DejaVu Sans"}:
            fallbacks = list(QFont.substitutes(base))
            resolved = QFontInfo(QFont(base)).family()
            if not fallbacks and resolved and resolved != base and resolved != chosen:
                fallbacks = [resolved]
            if chosen not in fallbacks:
                QFont.insertSubstitutions(base, [*fallbacks, chosen])
    return chosen
