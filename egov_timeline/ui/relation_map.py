"""The map of links: what caused the selected item and what it led to, drawn as boxes and
arrows round it, and the "rebuild the map" exercise in which the student restores hidden
links by clicking the items they lead to.

The map and the exercise are worked out in `domain/relation_map.py`; this widget draws them
with QPainter (plain text only) and reports clicks. Lives in a dock of its own, made the
first time the dock is shown.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QShortcut,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from egov_timeline.domain.i18n import tr
from egov_timeline.domain.relation_map import (
    MapEdge,
    MapNode,
    Outcome,
    RebuildRound,
    RelationMap,
    arranged,
    rebuild_exercise,
    relation_map,
)
from egov_timeline.domain.timeline import KIND_NAMES
from egov_timeline.ui.plain import plain, tooltip
from egov_timeline.ui.timeline.theme import Theme
from egov_timeline.ui.view_context import ViewContext

_HANGUL = re.compile("[\uac00-\ud7a3]")
NAME_LINES = 2  # lines of a name in a box; a longer name shows its short form or ends in …
MOST_LINES = 3  # where the map has room
BOX_EMS = 8.5  # a box's width, in the width of the font's "M"
MOST_SCALE = 1.75  # a map at most this many times its pane: beyond, names end in "…"
PADDING = 6.0


class NodeLook:
    """How one node is drawn now: its box and the lines of text in it."""

    def __init__(self, node: MapNode, rect: QRectF, caption: str, lines: list[str]) -> None:
        self.node = node
        self.rect = rect
        self.caption = caption
        self.lines = lines


class MapCanvas(QWidget):
    """Paints the map; signals `node_clicked(item id)` on a click or Enter on a node."""

    node_clicked = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("relationMapCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Map of links"))
        self.map: RelationMap | None = None
        self.round: RebuildRound | None = None
        self.theme = context.theme()
        self.looks: list[NodeLook] = []
        self.focused = 0  # the node the keyboard is on (0: the centre)

    # ---- what is shown --------------------------------------------------------------------
    def set_map(self, drawn: RelationMap | None) -> None:
        self.map = drawn
        self.focused = 0
        self.relayout()

    def set_round(self, game: RebuildRound | None) -> None:
        self.round = game
        self.relayout()

    def box_size(self, lines: int = NAME_LINES) -> QSizeF:
        """A box as the text needs it: a caption line and `lines` lines of the name."""
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self._caption_font())
        width = metrics.horizontalAdvance("M") * BOX_EMS
        height = 2 * PADDING + small.height() + lines * metrics.height() + 2
        return QSizeF(width, height)

    def laid_out(self, drawn: RelationMap, width: float, height: float) -> RelationMap:
        """The map laid out for an area of this size, its boxes of the shape that shows the
        most of their names and links whole: wide for two lines, or taller for three where
        the area is narrow; then the larger."""
        best: tuple[tuple[int, float], RelationMap] | None = None
        for lines, wider in (
            (NAME_LINES, 1.0),
            (NAME_LINES, 1.3),
            (MOST_LINES, 1.0),
            (MOST_LINES, 1.3),
        ):
            shape = self.box_size(lines)
            laid = arranged(drawn, width / height, wider * shape.width() / shape.height())
            box = self._box(laid, width, height)
            score = (-self._cut_short(laid, box), box.width() * box.height())
            if best is None or score > best[0]:
                best = (score, laid)
        assert best is not None
        return best[1]

    def _cut_short(self, laid: RelationMap, box: QSizeF) -> int:
        """How many names and links would not show whole in boxes of this size."""
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self._caption_font())
        width = box.width() - 2 * PADDING
        room = self._name_lines(box.height())
        cut = 0
        for node in laid.nodes:
            if len(wrap(node.name, metrics, width)) > room and not (
                node.short and len(wrap(node.short, metrics, width)) <= room
            ):
                cut += 1
        for edge in laid.edges:
            cut += small.horizontalAdvance(edge.label) > width
        return cut

    def _box(self, laid: RelationMap, width: float, height: float) -> QSizeF:
        """A box's size on screen: the layout's, but never much larger than its text."""
        most = self.box_size(MOST_LINES)
        return QSizeF(
            min(laid.box[0] * width / 2, most.width() * 1.3),
            min(laid.box[1] * height / 2, most.height()),
        )

    def _name_lines(self, box_height: float) -> int:
        """How many lines of a name a box of this height holds."""
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self._caption_font())
        room = int((box_height - 2 * PADDING - small.height()) // metrics.height())
        return max(1, min(MOST_LINES, room))

    def relayout(self) -> None:
        """Lay the map out for this size and font; work out each box's text."""
        self.looks = []
        drawn = self.map
        if drawn is not None and drawn.nodes and self.width() > 0 and self.height() > 0:
            drawn = self.laid_out(drawn, self.width(), self.height())
            self.map = drawn
            w, h = self.width() / 2, self.height() / 2
            box = self._box(drawn, self.width(), self.height())
            edges = {self._other(e): e for e in drawn.edges}
            for node in drawn.nodes:
                centre = QPointF(w + node.x * w, h + node.y * h)
                rect = QRectF(
                    centre.x() - box.width() / 2,
                    centre.y() - box.height() / 2,
                    box.width(),
                    box.height(),
                )
                caption = self._caption(node, edges.get(node.id))
                self.looks.append(NodeLook(node, rect, caption, self._lines(node, rect)))
        self.update()

    def needed_scale(self, viewport: QSize) -> float:
        """How many times the viewport the map must be for its boxes to hold their text."""
        drawn = self.map
        if drawn is None or len(drawn.nodes) < 2 or viewport.height() <= 0:
            return 1.0
        width, height = viewport.width(), max(1, viewport.height())
        box = self._box(self.laid_out(drawn, width, height), width, height)

        def scale_for(size: QSizeF) -> float:
            return max(size.height() / max(box.height(), 1e-6), size.width() / box.width())

        want, least = self.box_size(), self.box_size(1)
        # comfortable: two lines of a name, a little narrower than wanted (it wraps), up to
        # MOST_SCALE; always: the caption and one line, half as wide (the name ends in "…")
        comfort = scale_for(QSizeF(want.width() * 0.75, want.height()))
        needed = scale_for(QSizeF(least.width() * 0.5, least.height()))
        return max(1.0, needed, min(comfort, MOST_SCALE))

    def _other(self, edge: MapEdge) -> str:
        assert self.map is not None
        return edge.target if edge.source == self.map.centre else edge.source

    def _caption(self, node: MapNode, edge: MapEdge | None) -> str:
        if node.ring == 0:
            language = self.map.language if self.map else "en"
            return tr(KIND_NAMES.get(node.kind, ""), language)
        if self.round is not None and node.id in self.round.hidden():
            return "?"
        return edge.label if edge is not None else ""

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * 0.88)
        else:
            font.setPixelSize(max(8, round(font.pixelSize() * 0.88)))
        return font

    def _lines(self, node: MapNode, rect: QRectF) -> list[str]:
        """The name in as many lines as fit the box; its short form, or "…", if it is longer."""
        metrics = QFontMetricsF(self.font())
        width = rect.width() - 2 * PADDING
        room = self._name_lines(rect.height())
        lines = wrap(node.name, metrics, width)
        if len(lines) <= room:
            return lines
        if node.short:
            short = wrap(node.short, metrics, width)
            if len(short) <= room:
                return short
        kept = lines[:room]
        rest = " ".join(lines[room - 1 :])
        kept[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        return kept

    # ---- reading it back (tests and the pointer) ---------------------------------------------
    def look(self, item_id: str) -> NodeLook | None:
        return next((look for look in self.looks if look.node.id == item_id), None)

    def node_at(self, point: QPointF) -> str | None:
        for look in reversed(self.looks):
            if look.rect.contains(point):
                return look.node.id
        return None

    def shown_text(self) -> list[str]:
        """Every text drawn on the map: captions and names, box by box."""
        out: list[str] = []
        for look in self.looks:
            out += [look.caption, *look.lines]
        return [t for t in out if t]

    def hover_text(self, point: QPointF) -> str:
        item_id = self.node_at(point)
        look = self.look(item_id) if item_id else None
        if look is None:
            return ""
        # a neighbour's tip begins with its link, which a narrow box may cut short
        said = [look.caption] if look.node.ring and look.caption != "?" else []
        return "\n".join([*said, *look.node.hover])

    # ---- painting -------------------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        t = self.theme
        p.fillRect(self.rect(), t.background)
        if self.map is None or not self.looks:
            p.end()
            return
        rects = {look.node.id: look.rect for look in self.looks}
        hidden = self.round.hidden() if self.round is not None else set()
        outcomes = {o.restored: o for o in self.round.outcomes} if self.round else {}
        for edge in self.map.edges:
            other = self._other(edge)
            if edge.source in rects and edge.target in rects:
                self._edge(p, rects[edge.source], rects[edge.target], other, hidden, outcomes)
        for n, look in enumerate(self.looks):
            self._node(p, look, focused=n == self.focused and self.hasFocus())
        p.end()

    def _edge(
        self,
        p: QPainter,
        source: QRectF,
        target: QRectF,
        other: str,
        hidden: set[str],
        outcomes: dict[str, Outcome],
    ) -> None:
        t = self.theme
        start, end = _border_point(source, target.center()), _border_point(target, source.center())
        if other in hidden:
            pen = QPen(t.muted_text, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            middle = (start + end) / 2
            p.drawLine(start, _towards(middle, start, 12))
            p.drawLine(_towards(middle, end, 12), end)
            self._question_mark(p, middle)
            return
        outcome = outcomes.get(other)
        colour = t.muted_text
        width = 1.5
        if outcome is not None:
            colour, width = (t.right if outcome.right else t.wrong), 3.0
        p.setPen(QPen(colour, width))
        p.drawLine(start, end)
        _arrow_head(p, start, end, colour, 5 + width * 2)

    def _question_mark(self, p: QPainter, at: QPointF) -> None:
        t = self.theme
        metrics = QFontMetricsF(self.font())
        radius = metrics.height() * 0.6
        p.setPen(QPen(t.selection, 1.5))
        p.setBrush(t.background)
        p.drawEllipse(at, radius, radius)
        p.setPen(t.text)
        box = QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")

    def _node(self, p: QPainter, look: NodeLook, focused: bool) -> None:
        t = self.theme
        node, rect = look.node, look.rect
        centre = node.ring == 0
        border = t.selection if centre else t.kind_colour(node.kind)
        p.setPen(QPen(border, 3.0 if centre else 2.0))
        p.setBrush(t.bar_fill(node.kind))
        p.drawRoundedRect(rect, 6, 6)
        if focused:
            p.setPen(QPen(t.text, 1.5, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 8, 8)
        inner = rect.adjusted(PADDING, PADDING - 1, -PADDING, -PADDING)
        caption_font = self._caption_font()
        small = QFontMetricsF(caption_font)
        p.setFont(caption_font)
        p.setPen(t.muted_text if look.caption != "?" else t.selection)
        caption = small.elidedText(look.caption, Qt.TextElideMode.ElideRight, inner.width())
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), small.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            caption,
        )
        p.setFont(self.font())
        p.setPen(t.text)
        metrics = QFontMetricsF(self.font())
        y = inner.top() + small.height() + 1
        for line in look.lines:
            p.drawText(
                QRectF(inner.left(), y, inner.width(), metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += metrics.height()

    # ---- what the user does -------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()  # the mouse's back and forward buttons: the window's history
            return
        item_id = self.node_at(event.position())
        if item_id is not None:
            self.focused = next(n for n, look in enumerate(self.looks) if look.node.id == item_id)
            self.node_clicked.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        count = len(self.looks)
        if not count:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.focused = (self.focused + 1) % count
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.focused = (self.focused - 1) % count
        elif key == Qt.Key.Key_Home:
            self.focused = 0
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.node_clicked.emit(self.looks[self.focused % count].node.id)
            return
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.hover_text(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class RelationMapView(QWidget):
    """The dock's page: a button for the exercise, a line of text, and the map. Signals
    `item_chosen(item id)` when a node is clicked outside the exercise."""

    item_chosen = Signal(str)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("relationMap")
        self.item_id = ""
        self.round: RebuildRound | None = None
        self._goes = 0  # each go at the exercise hides other links
        self._said = ""  # what the last answer was told
        self.rebuild_button = QPushButton(self.tr("Rebuild the map"), self)
        self.rebuild_button.setObjectName("rebuildMapButton")
        self.rebuild_button.clicked.connect(self.toggle_exercise)
        self.message = plain(QLabel(self))
        self.message.setObjectName("relationMapMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.canvas = MapCanvas(context)
        self.canvas.node_clicked.connect(self._on_node_clicked)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setWidget(self.canvas)
        self.scroller.viewport().installEventFilter(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.rebuild_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.scroller, 1)
        for keys, slot in (("R", self.toggle_exercise), ("Esc", self.stop_exercise)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.pack_changed.connect(lambda _pack: self.show_item(self.item_id, again=True))
        context.both_names_changed.connect(lambda _on: self.show_item(self.item_id, again=True))
        context.theme_changed.connect(self._on_theme_changed)
        self._on_theme_changed("")
        self.show_item("", again=True)

    # ---- what is shown --------------------------------------------------------------------
    @Slot(str)
    def show_item(self, item_id: str | None, again: bool = False) -> None:
        """Centre the map on the item (none: say how to choose one); an exercise ends."""
        item_id = item_id or ""
        if item_id == self.item_id and not again:
            return
        self.item_id = item_id
        self.round = None
        self._said = ""
        pack, language = self.context.pack, self.context.language
        drawn = None
        if item_id in pack.by_id:
            drawn = relation_map(pack, item_id, language, both=self.context.both_names)
        self.canvas.set_round(None)
        self.canvas.set_map(drawn)
        self._fit()
        self._update_words()

    def _update_words(self) -> None:
        drawn = self.canvas.map
        game = self.round
        self.rebuild_button.setEnabled(bool(drawn and drawn.edges))
        if game is not None and not game.done:
            self.rebuild_button.setText(self.tr("Show all links"))
            self.rebuild_button.setToolTip(self.tr("End the exercise and draw every link (Esc)"))
        else:
            self.rebuild_button.setText(self.tr("Rebuild the map"))
            self.rebuild_button.setToolTip(
                self.tr(
                    "Hide some links and restore them from memory: each question names a "
                    "link, you click the item it leads to (R)"
                )
            )
        self.message.setText(self._message())
        self.canvas.setAccessibleDescription(self.message.text())

    def _message(self) -> str:
        drawn = self.canvas.map
        game = self.round
        if drawn is None or not drawn.nodes:
            return self.tr(
                "Select an item on the timeline to see what led to it and what it led to."
            )
        if not drawn.edges:
            centre = drawn.node(drawn.centre)
            name = centre.name if centre else ""
            return self.tr("No causes or effects of {name} are recorded.").format(name=name)
        if game is not None:
            parts = [self._said]
            parts.append(game.asking() if not game.done else game.summary())
            return " ".join(p for p in parts if p)
        hint = self.tr("Click an item to centre the map on it. R: rebuild the map from memory.")
        if drawn.left_out:
            more = self.tr("{count} more links are listed in the details.")
            hint += " " + more.format(count=drawn.left_out)
        return hint

    def _fit(self) -> None:
        """Make the map larger than the pane (it then scrolls) only where its boxes would be
        too small for their text."""
        # the pane as if it had no scroll bars: what showing or hiding them leaves as it is
        # (measured from the viewport, the map's growing would show them, shrink the
        # viewport, shrink the map, hide them, and so on without end)
        viewport = self.scroller.maximumViewportSize()
        scale = self.canvas.needed_scale(viewport)
        wanted = (
            QSize(0, 0)
            if scale <= 1.0
            else QSize(math.ceil(viewport.width() * scale), math.ceil(viewport.height() * scale))
        )
        if wanted != self.canvas.minimumSize():
            self.canvas.setMinimumSize(wanted)
            if scale > 1.0:
                QTimer.singleShot(0, self._show_centre)  # once the scroll area has the size
        self.canvas.relayout()

    @Slot()
    def _show_centre(self) -> None:
        """A map larger than its pane opens on the item it is about."""
        viewport = self.scroller.viewport().size()
        size = self.canvas.minimumSize()
        self.scroller.horizontalScrollBar().setValue((size.width() - viewport.width()) // 2)
        self.scroller.verticalScrollBar().setValue((size.height() - viewport.height()) // 2)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    @Slot(str)
    def _on_theme_changed(self, _name: str) -> None:
        theme = self.context.theme()
        self.canvas.set_theme(theme)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.spec["text"]))
        self.message.setPalette(palette)

    # ---- the exercise ---------------------------------------------------------------------------
    @Slot()
    def toggle_exercise(self) -> None:
        if self.round is not None and not self.round.done:
            self.stop_exercise()
        else:
            self.start_exercise()

    def start_exercise(self, seed: int | None = None) -> bool:
        """Hide up to three links of the map for the student to restore."""
        drawn = self.canvas.map
        if drawn is None or not drawn.edges:
            return False
        self._goes += 1
        exercise = rebuild_exercise(drawn, self._goes if seed is None else seed)
        if not exercise.links:
            return False
        self.round = RebuildRound(exercise)
        self._said = ""
        self.canvas.set_round(self.round)
        self._update_words()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @Slot()
    def stop_exercise(self) -> None:
        if self.round is None:
            return
        self.round = None
        self._said = ""
        self.canvas.set_round(None)
        self._update_words()

    @Slot(str)
    def _on_node_clicked(self, item_id: str) -> None:
        game = self.round
        if game is None or game.done:
            self.item_chosen.emit(item_id)
            return
        if item_id not in game.hidden():
            # the centre, or an item whose link shows: no answer to a hidden link (an item
            # the law is shown to have enabled is not wrong for "what did it enable?")
            return
        outcome = game.answer(item_id)
        if outcome is None:
            return
        drawn = self.canvas.map

        def name_of(node_id: str) -> str:
            node = drawn.node(node_id) if drawn else None
            return node.name if node else node_id

        self._said = game.feedback(outcome, name_of)
        self.canvas.relayout()
        self._update_words()


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Words into lines no wider than `width`. A Korean word too long for a line breaks
    between syllables, as Korean may; any other ends in "…"."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        if metrics.horizontalAdvance(word) <= width:
            continue
        if not _HANGUL.search(word):
            lines.append(metrics.elidedText(word, Qt.TextElideMode.ElideRight, width))
            line = ""
            continue
        line = ""
        for syllable in word:
            if line and metrics.horizontalAdvance(line + syllable) > width:
                lines.append(line)
                line = ""
            line += syllable
    if line:
        lines.append(line)
    return lines


def _border_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from the box's centre towards a point leaves the box."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


def _towards(point: QPointF, target: QPointF, distance: float) -> QPointF:
    dx, dy = target.x() - point.x(), target.y() - point.y()
    length = math.hypot(dx, dy)
    if length <= distance:
        return target
    return QPointF(point.x() + dx / length * distance, point.y() + dy / length * distance)


def _arrow_head(p: QPainter, start: QPointF, end: QPointF, colour: QColor, size: float) -> None:
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    wings = [
        QPointF(end.x() - size * math.cos(angle + turn), end.y() - size * math.sin(angle + turn))
        for turn in (-math.pi / 7, math.pi / 7)
    ]
    path = QPainterPath()
    path.addPolygon(QPolygonF([end, *wings]))
    path.closeSubpath()
    p.fillPath(path, colour)
