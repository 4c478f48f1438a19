"""Filter by administration and stage: what does not match is dimmed on the timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from egov_timeline.domain.filters import Filter, describe_filter, filter_result
from egov_timeline.domain.i18n import item_name
from egov_timeline.domain.model import Administration, Stage
from egov_timeline.domain.pack import Pack
from egov_timeline.ui.plain import plain
from egov_timeline.ui.view_context import ViewContext
from egov_timeline.ui.widgets import FlatToolBar


class FilterBar(FlatToolBar):
    changed = Signal(object)  # Filter

    def __init__(
        self, context: ViewContext, lane_actions: list[QAction], parent: QWidget | None = None
    ):
        super().__init__(QCoreApplication.translate("FilterBar", "Show and filter"), parent)
        self.setObjectName("filterToolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.pack = context.pack
        self.language = context.language
        self.addWidget(QLabel(" " + self.tr("Show:") + " "))
        for action in lane_actions:  # the lane toggles double as the legend
            self.addAction(action)
        self.addSeparator()
        self.addWidget(QLabel(" " + self.tr("Filter: under") + " "))
        self.administration = QComboBox(self)
        self.administration.setObjectName("filterAdministration")
        self.administration.setAccessibleName(self.tr("Filter by administration"))
        self.administration.setToolTip(
            self.tr("Dim everything that did not happen under this president")
        )
        self.addWidget(self.administration)
        self.addWidget(QLabel("  " + self.tr("in") + " "))
        self.stage = QComboBox(self)
        self.stage.setObjectName("filterStage")
        self.stage.setAccessibleName(self.tr("Filter by stage"))
        self.stage.setToolTip(self.tr("Dim everything outside this stage"))
        for combo in (self.administration, self.stage):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.addWidget(self.stage)
        self.reset_button = QPushButton(self.tr("Clear filter"), self)
        self.reset_button.setObjectName("clearFilter")
        self.reset_button.setToolTip(self.tr("Show everything again"))
        self.reset_button.clicked.connect(self.reset)
        self.addWidget(self.reset_button)
        # Said above the timeline, not in the bar: a long sentence in a tool bar ends up
        # behind its overflow arrow on a laptop (the window places it).
        self.summary = plain(QLabel())  # names from the pack
        self.summary.setObjectName("filterSummary")
        palette = self.summary.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#8a3b00"))
        self.summary.setPalette(palette)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setContentsMargins(10, 3, 10, 3)
        self.summary.setWordWrap(True)
        self._fill()
        self.administration.currentIndexChanged.connect(self._emit)
        self.stage.currentIndexChanged.connect(self._emit)
        self._emit()
        context.pack_changed.connect(self.set_pack)

    def set_pack(self, pack: Pack) -> None:
        self.pack = pack
        for combo in (self.administration, self.stage):
            combo.blockSignals(True)
        self._fill()
        for combo in (self.administration, self.stage):
            combo.blockSignals(False)
        self._emit()

    def _fill(self) -> None:
        self.administration.clear()
        self.administration.addItem(self.tr("any administration"), None)
        for item in self.pack.of_kind("administration"):
            template = (
                self.tr("{name} (acting), {year}")
                if isinstance(item, Administration) and item.acting
                else self.tr("{name}, {year}")
            )
            self.administration.addItem(
                template.format(name=item_name(item, self.language), year=item.start.year), item.id
            )
        self.stage.clear()
        self.stage.addItem(self.tr("any stage"), None)
        stages = [s for s in self.pack.of_kind("stage") if isinstance(s, Stage)]
        for stage in sorted(stages, key=lambda s: s.order):
            name = item_name(stage, self.language)
            self.stage.addItem(f"{stage.order} \u00b7 {name}", stage.id)

    def current(self) -> Filter:
        return Filter(
            administration=self.administration.currentData(), stage=self.stage.currentData()
        )

    def set_filter(self, administration: str | None = None, stage: str | None = None) -> None:
        for combo, value in ((self.administration, administration), (self.stage, stage)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(0, index))

    @Slot()
    def reset(self) -> None:
        self.set_filter(None, None)

    @Slot()
    def _emit(self) -> None:
        flt = self.current()
        said = describe_filter(self.pack, flt, self.language)
        result = filter_result(self.pack, flt, self.language)
        self.summary.setText(f"{said} \u2014 {result}" if result else said)
        self.summary.setVisible(bool(said))
        self.reset_button.setEnabled(flt.active)
        self.changed.emit(flt)
