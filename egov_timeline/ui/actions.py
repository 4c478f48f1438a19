"""Every command of the window, declared once: id, text, keys, tip, where it sits.

`ACTIONS` is the table; `MENUS` and `TOOLBAR` say where each id goes. `build_actions` makes
the `QAction`s in one place and connects them to the slots the window hands in; parts that
own a whole list (tours, lanes, themes, languages) fill the submenu named after them.
Texts are marked here for translation and translated when built (context "MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSizePolicy, QToolBar, QWidget

from egov_timeline.domain.i18n import tr
from egov_timeline.domain.timeline import LANE_TITLES, TOGGLE_KINDS
from egov_timeline.ui.icons import kind_icon
from egov_timeline.ui.widgets import FlatToolBar

Key = str | QKeySequence.StandardKey


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `text` for lupdate under `context`; translated when the action is built.
    (PySide6's own marker is typed as returning object.)"""
    return text


_SK = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    checkable: bool = False
    key_in_tip: bool = False  # the tip ends with the first key, "(Ctrl+1)"


# fmt: off
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_pack", QT_TRANSLATE_NOOP("MainWindow", "&Open Content Pack\u2026"), (_SK.Open,),
               QT_TRANSLATE_NOOP("MainWindow", "Open another content pack (a folder of YAML files)")),
    ActionSpec("from_sheet", QT_TRANSLATE_NOOP("MainWindow", "New Pack from &Spreadsheet\u2026"), (),
               QT_TRANSLATE_NOOP("MainWindow", "Make a content pack of a spreadsheet (one row per item, the columns named as the pack's fields) and open it")),
    ActionSpec("sheet_template", QT_TRANSLATE_NOOP("MainWindow", "Save Spreadsheet &Template\u2026"), (),
               QT_TRANSLATE_NOOP("MainWindow", "A spreadsheet with the columns a pack needs and five items of the history, to start from")),
    ActionSpec("backups", QT_TRANSLATE_NOOP("MainWindow", "Restore Progress from a &Backup\u2026"), (),
               QT_TRANSLATE_NOOP("MainWindow", "Go back to a copy of your quiz progress made earlier (one is made each day); a restore can be undone")),
    ActionSpec("worksheet", QT_TRANSLATE_NOOP("MainWindow", "Print &Worksheet\u2026"), ("Ctrl+Shift+W",),
               QT_TRANSLATE_NOOP("MainWindow", "A PDF of numbered questions with an answer key; the same set number gives the same questions as the class quiz")),
    ActionSpec("poster", QT_TRANSLATE_NOOP("MainWindow", "Export &Poster\u2026"), ("Ctrl+Shift+E",),
               QT_TRANSLATE_NOOP("MainWindow", "The timeline as shown, on an A4, A3 or Letter page (PDF), or as SVG or PNG")),
    ActionSpec("export_quiz", QT_TRANSLATE_NOOP("MainWindow", "Export &Question Set\u2026"), ("Ctrl+Shift+Q",),
               QT_TRANSLATE_NOOP("MainWindow", "The questions of a set for Anki (.apkg), Moodle (XML or GIFT) or a spreadsheet (CSV); the same set number gives the same questions as the class quiz and the worksheet")),
    ActionSpec("print_details", QT_TRANSLATE_NOOP("MainWindow", "Print &Details\u2026"), (_SK.Print,),
               QT_TRANSLATE_NOOP("MainWindow", "Print the details panel of the selected item, or save it as a PDF")),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), (_SK.Quit,),
               QT_TRANSLATE_NOOP("MainWindow", "Quit egov-timeline")),
    ActionSpec("back", QT_TRANSLATE_NOOP("MainWindow", "\u2190 Back"), (_SK.Back, "Alt+Left"),
               QT_TRANSLATE_NOOP("MainWindow", "Back to the item shown before (Alt+Left)")),
    ActionSpec("forward", QT_TRANSLATE_NOOP("MainWindow", "Forward \u2192"), (_SK.Forward, "Alt+Right"),
               QT_TRANSLATE_NOOP("MainWindow", "Forward again (Alt+Right)")),
    ActionSpec("zoom_in", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"), (_SK.ZoomIn, "Ctrl+="),
               QT_TRANSLATE_NOOP("MainWindow", "Zoom in around the middle (Ctrl++)")),
    ActionSpec("zoom_out", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"), (_SK.ZoomOut,),
               QT_TRANSLATE_NOOP("MainWindow", "Zoom out around the middle (Ctrl+-)")),
    ActionSpec("fit", QT_TRANSLATE_NOOP("MainWindow", "&Fit All"), ("Ctrl+0",),
               QT_TRANSLATE_NOOP("MainWindow", "Show the whole history (Ctrl+0)")),
    ActionSpec("zoom_selection", QT_TRANSLATE_NOOP("MainWindow", "Zoom to &Selection"), ("Ctrl+E",),
               QT_TRANSLATE_NOOP("MainWindow", "Zoom to the selected item (Ctrl+E)")),
    ActionSpec("find", QT_TRANSLATE_NOOP("MainWindow", "&Find\u2026"), (_SK.Find,),
               QT_TRANSLATE_NOOP("MainWindow", "Search names, acronyms and Korean names (Ctrl+F)")),
    ActionSpec("switch_pane", QT_TRANSLATE_NOOP("MainWindow", "Next &Pane"), ("F6",),
               QT_TRANSLATE_NOOP("MainWindow", "Move the keyboard focus to the next pane: timeline, details, list, filters, search (F6); in the details, Tab walks the links and Enter follows one")),
    ActionSpec("mode_timeline", QT_TRANSLATE_NOOP("MainWindow", "&Timeline"), ("Ctrl+1",),
               QT_TRANSLATE_NOOP("MainWindow", "The timeline and the details of each item"), True, True),
    ActionSpec("mode_quiz", QT_TRANSLATE_NOOP("MainWindow", "&Quiz"), ("Ctrl+2",),
               QT_TRANSLATE_NOOP("MainWindow", "Quiz yourself, or study the cards that are due"), True, True),
    ActionSpec("mode_progress", QT_TRANSLATE_NOOP("MainWindow", "&Progress"), ("Ctrl+3",),
               QT_TRANSLATE_NOOP("MainWindow", "How you have done, and what you know well"), True, True),
    ActionSpec("mode_class", QT_TRANSLATE_NOOP("MainWindow", "&Class Quiz"), ("Ctrl+4",),
               QT_TRANSLATE_NOOP("MainWindow", "A quiz for the whole class on the projector"), True, True),
    ActionSpec("presentation", QT_TRANSLATE_NOOP("MainWindow", "&Presentation Mode"), ("F5",),
               QT_TRANSLATE_NOOP("MainWindow", "Full screen with large text, for the projector (F5). Text size: Ctrl+Alt+= larger, Ctrl+Alt+- smaller"), True),
    ActionSpec("larger_text", QT_TRANSLATE_NOOP("MainWindow", "&Larger Text"), ("Ctrl+Alt+=",),
               QT_TRANSLATE_NOOP("MainWindow", "Larger text everywhere, the timeline included")),
    ActionSpec("smaller_text", QT_TRANSLATE_NOOP("MainWindow", "&Smaller Text"), ("Ctrl+Alt+-",),
               QT_TRANSLATE_NOOP("MainWindow", "Smaller text everywhere")),
    ActionSpec("reset_text", QT_TRANSLATE_NOOP("MainWindow", "&Normal Size"), ("Ctrl+Alt+0",),
               QT_TRANSLATE_NOOP("MainWindow", "Text at 100%")),
    ActionSpec("both_names", QT_TRANSLATE_NOOP("MainWindow", "Show &Both Names"), (),
               QT_TRANSLATE_NOOP("MainWindow", "Show English and Korean names together, for mixed classes"), True),
    # the docks' own show/hide actions, given these words and keys
    ActionSpec("details_panel", QT_TRANSLATE_NOOP("MainWindow", "&Details Panel"), ("Ctrl+D",),
               QT_TRANSLATE_NOOP("MainWindow", "Show or hide the details panel (Ctrl+D)")),
    ActionSpec("list", QT_TRANSLATE_NOOP("MainWindow", "Timeline as a &List"), ("Ctrl+L",),
               QT_TRANSLATE_NOOP("MainWindow", "All items in date order, in step with the timeline (Ctrl+L)")),
    ActionSpec("map", QT_TRANSLATE_NOOP("MainWindow", "&Map of Links"), ("Ctrl+M",),
               QT_TRANSLATE_NOOP("MainWindow", "What led to the selected item and what it led to, as a map; rebuild it from memory (Ctrl+M)")),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"), ("F1",),
               QT_TRANSLATE_NOOP("MainWindow", "Every key the app answers to (F1)")),
    ActionSpec("about", QT_TRANSLATE_NOOP("MainWindow", "&About egov-timeline"), (),
               QT_TRANSLATE_NOOP("MainWindow", "Version, content and licences")),
    # keyboard only, while a tour runs
    ActionSpec("tour_next", "", ("Right", "PgDown", "Space")),
    ActionSpec("tour_back", "", ("Left", "PgUp")),
    ActionSpec("tour_end", "", ("Esc",)),
)
# fmt: on

# A menu lists ids; "-" is a separator; "@name" a submenu: its entries are listed in SUBMENUS
# or, when they are not, filled by the part that owns them.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&File"),
     ("open_pack", "from_sheet", "sheet_template", "backups", "-", "worksheet", "poster",
      "export_quiz", "print_details", "-", "quit")),
    ("mode", QT_TRANSLATE_NOOP("MainWindow", "&Mode"),
     ("mode_timeline", "mode_quiz", "mode_progress", "mode_class")),
    ("go", QT_TRANSLATE_NOOP("MainWindow", "&Go"),
     ("@tours", "back", "forward", "find", "switch_pane")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&View"),
     ("zoom_in", "zoom_out", "fit", "zoom_selection", "-", "@lanes", "-", "presentation",
      "@text", "@theme", "@language", "-", "details_panel", "list", "map")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("shortcuts", "about")),
)  # fmt: skip
SUBMENUS: dict[str, tuple[str, tuple[str, ...]]] = {
    "tours": (QT_TRANSLATE_NOOP("MainWindow", "Guided &Tours"), ()),
    "lanes": (QT_TRANSLATE_NOOP("MainWindow", "&Lanes"), ()),
    "text": (QT_TRANSLATE_NOOP("MainWindow", "&Text Size"),
             ("larger_text", "smaller_text", "reset_text")),
    "theme": (QT_TRANSLATE_NOOP("MainWindow", "T&heme"), ()),
    "language": (QT_TRANSLATE_NOOP("MainWindow", "&Language"), ("both_names",)),
}  # fmt: skip
# The tool bar: "|" starts what only the timeline mode shows; "@spacer" and "@search" are
# filled by the window.
TOOLBAR = (
    "mode_timeline", "mode_quiz", "mode_progress", "mode_class", "|", "-", "back", "forward",
    "-", "zoom_in", "zoom_out", "fit", "zoom_selection", "@spacer", "@search",
)  # fmt: skip
MODES = ("timeline", "quiz", "progress", "class")
_MODE_IDS = tuple(f"mode_{mode}" for mode in MODES)
KEYBOARD_ONLY = ("tour_next", "tour_back", "tour_end")
SPECS = {spec.id: spec for spec in ACTIONS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def set_keys(action: QAction, keys: Iterable[Key]) -> None:
    """Give an action its keys, one of each: a key bound twice to one action is "ambiguous"
    and then does nothing."""
    unique: dict[str, QKeySequence] = {}
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, _SK) else [QKeySequence(key)]
        for sequence in found:
            unique.setdefault(sequence.toString(), sequence)
    action.setShortcuts(list(unique.values()))


def configure(action: QAction, spec: ActionSpec) -> QAction:
    """Words, keys and tip from the table."""
    if spec.text:
        action.setText(_tr(spec.text))
    set_keys(action, spec.keys)
    tip = _tr(spec.tip) if spec.tip else ""
    if tip and spec.key_in_tip and spec.keys:
        tip = f"{tip} ({spec.keys[0]})"
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.setCheckable(spec.checkable or action.isCheckable())
    return action


class WindowActions:
    """The window's actions by id, its menus and submenus by name and its tool bar."""

    def __init__(
        self,
        window: QMainWindow,
        slots: dict[str, Callable[..., object]],
        given: dict[str, QAction],
    ) -> None:
        self.window = window
        self.by_id: dict[str, QAction] = {}
        for spec in ACTIONS:
            action = configure(given.get(spec.id) or QAction(window), spec)
            slot = slots.get(spec.id)
            if slot is not None and spec.checkable and spec.id not in _MODE_IDS:
                action.toggled.connect(slot)  # told whether it is now on
            elif slot is not None:
                action.triggered.connect(lambda _c=False, s=slot: s())
            if spec.id not in given:
                window.addAction(action)  # its keys work wherever the focus is
            self.by_id[spec.id] = action
        self.mode_group = QActionGroup(window)
        for mode in MODES:
            self.mode_group.addAction(self.by_id[f"mode_{mode}"])
        self.by_id["mode_timeline"].setChecked(True)
        for spec_id in KEYBOARD_ONLY:
            self.by_id[spec_id].setEnabled(False)
        self.menus: dict[str, QMenu] = {}
        for name, title, entries in MENUS:
            self._fill(window.menuBar().addMenu(_tr(title)), name, entries)
        self.toolbar: QToolBar = FlatToolBar("Timeline", window)
        self.timeline_tools: list[QAction] = []  # shown in the timeline mode only

    def __getitem__(self, spec_id: str) -> QAction:
        return self.by_id[spec_id]

    def _fill(self, menu: QMenu, name: str, entries: Sequence[str]) -> None:
        self.menus[name] = menu
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("@"):
                title, inner = SUBMENUS[entry[1:]]
                self._fill(menu.addMenu(_tr(title)), entry[1:], inner)
            else:
                menu.addAction(self.by_id[entry])

    def build_toolbar(self, widgets: dict[str, QWidget]) -> QToolBar:
        toolbar = self.toolbar
        toolbar.setObjectName("timelineToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        timeline_only = False
        for entry in TOOLBAR:
            if entry == "|":
                timeline_only = True
                continue
            if entry == "-":
                added = toolbar.addSeparator()
            elif entry == "@spacer":
                spacer = QWidget()
                spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                toolbar.addWidget(spacer)
                continue
            elif entry.startswith("@"):
                added = toolbar.addWidget(widgets[entry[1:]])
            else:
                toolbar.addAction(self.by_id[entry])
                added = self.by_id[entry]
            if timeline_only:
                self.timeline_tools.append(added)
        return toolbar

    def choices(
        self,
        menu: str,
        entries: Iterable[tuple[str, str]],
        chosen: str,
        slot: Callable[[str], object],
        owner: QObject,
    ) -> dict[str, QAction]:
        """One checkable action per (value, title) in the submenu `menu`, one of them on,
        before what the table lists there (themes, languages)."""
        group = QActionGroup(owner)
        made: dict[str, QAction] = {}
        target = self.menus[menu]
        first = target.actions()[0] if target.actions() else None
        for value, title in entries:
            action = QAction(title, owner)
            action.setCheckable(True)
            action.setChecked(value == chosen)
            action.triggered.connect(lambda _c=False, v=value: slot(v))
            group.addAction(action)
            target.insertAction(first, action) if first else target.addAction(action)
            made[value] = action
        return made


def window_actions(found: list[QAction], menus: Iterable[QAction]) -> list[QAction]:
    """Every action under `menus` and its submenus, menu by menu, then `found` extras."""
    out: list[QAction] = []

    def walk(actions: Iterable[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif not action.isSeparator() and action not in out:
                out.append(action)

    walk(menus)
    walk(found)
    return out


def lane_actions(
    owner: QObject, menu: QMenu, language: str
) -> tuple[QActionGroup, dict[str, QAction]]:
    """One toggle per lane, Alt+1…, in View → Lanes; on the filter bar they double as the
    legend."""
    group = QActionGroup(owner)
    group.setExclusive(False)
    made: dict[str, QAction] = {}
    for n, kind in enumerate(TOGGLE_KINDS, start=1):
        title = tr(LANE_TITLES[kind], language)
        action = QAction(kind_icon(kind), title, owner)
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(f"Alt+{n}")
        action.setToolTip(
            QCoreApplication.translate("MainWindow", "Show or hide {lane} (Alt+{n}).").format(
                lane=title.lower(), n=n
            )
            + " "
            + _tr(_LEGEND[kind])
        )
        action.setData(kind)
        group.addAction(action)
        menu.addAction(action)
        made[kind] = action
    return group, made


# The legend of each lane, in its tooltip (translated where shown).
_LEGEND = {
    "stage": QT_TRANSLATE_NOOP("MainWindow", "Coloured bands: the six stages of the 2015 report."),
    "administration": QT_TRANSLATE_NOOP(
        "MainWindow", "Bars: presidents' terms; hatched and dashed: acting presidents."
    ),
    "project": QT_TRANSLATE_NOOP("MainWindow", "Circles and bars: projects and plans."),
    "law": QT_TRANSLATE_NOOP("MainWindow", "Diamonds: laws, on the day they were enacted."),
    "agency": QT_TRANSLATE_NOOP(
        "MainWindow", "Squares and bars: agencies, ministries and committees."
    ),
}
