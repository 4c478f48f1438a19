"""What goes on paper from the window: worksheets, posters and the details of an item.
The questions asked of the user (which file, which printer) are attributes that tests
replace: a modal dialog would block them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from egov_timeline.domain.i18n import item_name
from egov_timeline.ui.details_panel import DetailPanel
from egov_timeline.ui.places import Places
from egov_timeline.ui.timeline.view import TimelineView
from egov_timeline.ui.view_context import ViewContext

if TYPE_CHECKING:  # printing is loaded when first used
    from PySide6.QtPrintSupport import QPrinter

# file, questions, set number, page size (and, where asked, large print)
WorksheetAnswer = tuple[Path, int, int, str] | tuple[Path, int, int, str, bool]


class Paper(QObject):
    def __init__(
        self,
        context: ViewContext,
        window: QWidget,
        timeline: TimelineView,
        details: DetailPanel,
        notify: Callable[[str, int], None],
        class_set: Callable[[], tuple[int, int] | None],
        places: Places,
    ) -> None:
        super().__init__(window)
        self.places = places
        self.context = context
        self.window = window
        self.timeline = timeline
        self.details = details
        self.notify = notify
        self.class_set = class_set  # (set number, count) of the class quiz, if it was opened
        self.ask_worksheet: Callable[[], WorksheetAnswer | None] = self._ask_worksheet
        self.ask_poster: Callable[[], tuple[Path, str] | None] = self._ask_poster
        self.ask_printer: Callable[[], QPrinter | None] = self._ask_printer
        self.ask_quiz_export: Callable[[], tuple[Path, str, int, int] | None] = (
            self._ask_quiz_export
        )

    @Slot()
    def print_worksheet(self) -> None:
        answer = self.ask_worksheet()
        if not answer:
            return
        path, count, seed, page = answer[:4]
        large = len(answer) > 4 and bool(answer[4])
        from egov_timeline.ui.printing import write_worksheet

        message, written = write_worksheet(
            self.context.pack, path, count, seed, page, self.context.language, large
        )
        self.notify(
            message
            or self.tr("Saved {path} (set {seed}, {count} questions)").format(
                path=path, seed=seed, count=written
            ),
            10_000,
        )

    @Slot()
    def export_poster(self) -> None:
        answer = self.ask_poster()
        if not answer:
            return
        path, page = answer
        from egov_timeline.ui.render import RenderRequest, render_to_file

        first, last = self.timeline.visible_range()
        message = render_to_file(
            self.context.pack, RenderRequest(out=path, first=first, last=last, page=page)
        )
        self.notify(message or self.tr("Saved {path}").format(path=path), 10_000)

    @Slot()
    def export_quiz(self) -> None:
        answer = self.ask_quiz_export()
        if not answer:
            return
        path, fmt, count, seed = answer
        from egov_timeline.domain.quiz_export import write_quiz_file

        message, written = write_quiz_file(
            self.context.pack, path, fmt, count, seed, self.context.language
        )
        self.notify(
            message
            or self.tr("Saved {path} (set {seed}, {count} questions)").format(
                path=path, seed=seed, count=written
            ),
            10_000,
        )

    @Slot()
    def print_details(self) -> None:
        item_id = self.details.item_id
        if not item_id:
            self.notify(self.tr("Select an item first: its details are what is printed"), 6000)
            return
        printer = self.ask_printer()
        if printer is None:
            return
        # Qt's own printing: to a printer, or to a PDF file if the dialog was told so
        self.details.printable().print_(printer)
        name = item_name(self.context.pack.by_id[item_id], self.context.language)
        self.notify(self.tr("Sent the details of {name} to the printer").format(name=name), 8000)

    def _ask_worksheet(self) -> WorksheetAnswer | None:
        from egov_timeline.ui.dialogs import WorksheetDialog

        # the set the class quiz shows, so that the paper matches the projector
        shown = self.class_set()
        dialog = WorksheetDialog(
            self.window,
            seed=shown[0] if shown else None,
            count=shown[1] if shown else None,
        )
        if not dialog.exec():
            return None
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the worksheet"),
            self.places.suggest(f"worksheet-set-{dialog.seed.value()}.pdf"),
            "PDF (*.pdf)",
        )
        if not path:
            return None
        self.places.saved(path)
        return (
            Path(path).with_suffix(".pdf"),
            dialog.count.value(),
            dialog.seed.value(),
            dialog.page.currentText(),
            dialog.large.isChecked(),
        )

    def _ask_quiz_export(self) -> tuple[Path, str, int, int] | None:
        from egov_timeline.domain.quiz_export import SUFFIXES
        from egov_timeline.ui.dialogs import WorksheetDialog

        shown = self.class_set()
        dialog = WorksheetDialog(
            self.window,
            seed=shown[0] if shown else None,
            count=shown[1] if shown else None,
            for_paper=False,
        )
        if not dialog.exec():
            return None
        seed = dialog.seed.value()
        filters = {
            self.tr("Anki deck (*.apkg)"): "apkg",
            self.tr("Moodle XML (*.xml)"): "moodle",
            self.tr("GIFT text for Moodle (*.gift)"): "gift",
            self.tr("Spreadsheet, CSV (*.csv)"): "csv",
        }
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the question set"),
            self.places.suggest(f"question-set-{seed}.apkg"),
            ";;".join(filters),
        )
        if not path:
            return None
        fmt = filters.get(chosen) or next(
            (f for f, suffix in SUFFIXES.items() if path.lower().endswith(suffix)), "apkg"
        )
        out = Path(path)
        if not out.suffix:  # a name given without an ending gets the format's
            out = out.with_suffix(SUFFIXES[fmt])
        self.places.saved(out)
        return out, fmt, dialog.count.value(), seed

    def _ask_poster(self) -> tuple[Path, str] | None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export the timeline as a poster"),
            self.places.suggest("timeline-poster.pdf"),
            # each choice begins with its page size: the answer is read by it
            self.tr(
                "A3 landscape PDF (*.pdf);;A4 landscape PDF (*.pdf);;Letter landscape PDF "
                "(*.pdf);;SVG picture (*.svg);;PNG picture (*.png)"
            ),
        )
        if not path:
            return None
        self.places.saved(path)
        page = (
            "A4" if chosen.startswith("A4") else "Letter" if chosen.startswith("Letter") else "A3"
        )
        return Path(path), page

    def _ask_printer(self) -> QPrinter | None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the details"))
        return printer if dialog.exec() else None
