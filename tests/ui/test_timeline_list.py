"""The list pane: rows that end in "…" when the pane is narrow, and no row lit when nothing is
selected."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_with_nothing_selected_no_row_of_the_list_is_lit(window):
    window.commands["list"].trigger()
    listing = window.timeline_list
    window.select_item("e-government-act")
    assert [r.data(Qt.ItemDataRole.UserRole) for r in listing.selectedItems()] == [
        "e-government-act"
    ]
    window.timeline.select(None)  # a click on empty timeline
    assert listing.selectedItems() == [] and listing.currentRow() == -1


def test_a_long_row_ends_in_an_ellipsis_and_its_tooltip_says_it_whole(window, qtbot):
    window.commands["list"].trigger()
    listing = window.timeline_list
    assert listing.textElideMode() == Qt.TextElideMode.ElideRight
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    row = next(
        listing.item(r)
        for r in range(listing.count())
        if listing.item(r).data(Qt.ItemDataRole.UserRole) == "e-government-act"
    )
    assert row.toolTip() == "<qt>E-Government Act<br>28 Mar 2001 \u00b7 Law</qt>"
