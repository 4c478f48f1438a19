"""The status line: what is selected (or how to start), what each mode's keys are, notices
for a while, and the cards due at its right end."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

from egov_timeline.domain.dates import display_period
from egov_timeline.domain.i18n import item_name, tr
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.plain import plain
from egov_timeline.ui.view_context import ViewContext


class StatusLine(QObject):
    def __init__(self, context: ViewContext, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.context = context
        self.selection_label = plain(QLabel())  # item names, folder names: never markup
        self.selection_label.setObjectName("selectionLabel")
        bar.addWidget(self.selection_label, 1)
        self.due_label = QLabel()
        self.due_label.setObjectName("dueStatus")
        self.due_label.setToolTip(self.tr("Quiz cards due for review now (Ctrl+2 opens the quiz)"))
        bar.addPermanentWidget(self.due_label)
        self.notice = ""
        self.selected = ""  # what the line describes in the timeline mode
        self.on_timeline = True
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self._end_notice)
        context.pack_changed.connect(lambda _pack: self.describe(""))

    @Slot(str, int)
    def notify(self, text: str, milliseconds: int = 6000) -> None:
        """Say something for a while, in place of the usual line (a Qt temporary message
        would be drawn over the line instead)."""
        self.notice = text
        self.selection_label.setText(text)
        self._notice_timer.start(milliseconds)

    @Slot()
    def _end_notice(self) -> None:
        self.notice = ""
        if self.on_timeline:
            self.describe(self.selected)

    def describe(self, item_id: str) -> None:
        """The selected item, or how to begin when nothing is."""
        self.selected = item_id
        if self.notice:
            return
        pack, language = self.context.pack, self.context.language
        if item_id and item_id in pack.by_id:
            item = pack.by_id[item_id]
            name = item_name(item, language, self.context.both_names) + (
                f" ({item.acronym})" if item.acronym else ""
            )
            self.selection_label.setText(
                f"{tr(KIND_NAMES[item.kind], language)}: {name} \u2014 "
                f"{display_period(item.start, item.end, language)}   "
                + self.tr("(Ctrl+E zooms to it; Alt+Left goes back)")
            )
            return
        counts = pack.counts()
        self.selection_label.setText(
            self.tr(
                "{n} items \u2014 click an item or press Tab to select; scroll to zoom, drag "
                "to pan.  ({a} administrations, {p} projects, {l} laws, {g} agencies)"
            ).format(
                n=len(pack),
                a=counts["administration"],
                p=counts["project"],
                l=counts["law"],
                g=counts["agency"],
            )
        )

    def show_mode(self, mode: str) -> None:
        """The keys of a mode; in the timeline mode, the selection."""
        self.on_timeline = mode == "timeline"
        hints = {
            "quiz": self.tr(
                "Quiz: 1\u20134 answer, Q W E how sure, Enter or Space goes on, Ctrl+1 back "
                "to the timeline"
            ),
            "class": self.tr(
                "Class quiz: Space reveals, Right goes on, P pauses the countdown; F5 for full "
                "screen"
            ),
            "progress": self.tr(
                "Progress: your answers per day and what you know well; Ctrl+2 opens the quiz"
            ),
        }
        if mode in hints:
            self.selection_label.setText(hints[mode])

    def set_due(self, due: int) -> None:
        self.due_label.setText(
            self.tr("1 card due") if due == 1 else self.tr("{n} cards due").format(n=due)
        )
