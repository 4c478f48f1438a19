"""Widget palettes that go with each timeline theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from egov_timeline.ui.timeline.theme import Theme


def palette_for(theme: Theme) -> QPalette:
    spec = theme.spec
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: spec["window"],
        role.WindowText: spec["text"],
        role.Base: spec["base"],
        role.AlternateBase: spec["gutter"],
        role.Text: spec["text"],
        role.Button: spec["button"],
        role.ButtonText: spec["text"],
        role.ToolTipBase: spec["base"],
        role.ToolTipText: spec["text"],
        role.PlaceholderText: spec["muted_text"],
        role.Highlight: spec["highlight"],
        role.HighlightedText: spec["highlight_text"],
        role.Link: spec["link"],
        role.LinkVisited: spec["link"],
        role.Mid: spec["lane_rule"],
        role.BrightText: spec["text"],
    }
    for r, value in colours.items():
        palette.setColor(r, QColor(value))
    disabled = QColor(spec["faint_text"])
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return palette
