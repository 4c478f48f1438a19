"""What the content settles, read off the typed model: the dated events of each item, who
was president at a date, which stage holds an item, whether an acronym abbreviates a name,
which years the item's own text mentions. No Qt, no words of any language."""

from __future__ import annotations

import functools
import re
import weakref

from egov_timeline.domain.dates import HistDate
from egov_timeline.domain.model import Administration, Agency, Item, Law, Project, Stage
from egov_timeline.domain.pack import Pack, body_chain
from egov_timeline.domain.quiz.spec import Event

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


class _Index:
    """What the questions look up again and again, worked out once per pack: who was
    renamed into whom, the presidents, the laws behind each item."""

    def __init__(self, pack: Pack) -> None:
        self.predecessors: dict[str, list[str]] = {}
        for agency in pack.of_kind("agency"):
            if isinstance(agency, Agency) and agency.renamed_to:
                self.predecessors.setdefault(agency.renamed_to, []).append(agency.id)
        admins = [a for a in pack.of_kind("administration") if isinstance(a, Administration)]
        self.presidents = [a for a in admins if not a.acting]
        self.acting = [a for a in admins if a.acting]
        self.terms = [(p, *term(p)) for p in self.presidents]
        self.acting_terms = [term(a) for a in self.acting]
        self.stages = sorted(
            (s for s in pack.of_kind("stage") if isinstance(s, Stage)), key=lambda s: s.order
        )
        self.starts = [item.start.start_year for item in pack.items]  # items are in date order
        self.enabled_by: dict[str, set[str]] = {}
        for law in pack.of_kind("law"):
            if isinstance(law, Law):
                for target in law.enabled:
                    self.enabled_by.setdefault(target, set()).add(law.id)


_INDEXES: weakref.WeakKeyDictionary[Pack, _Index] = weakref.WeakKeyDictionary()


def index(pack: Pack) -> _Index:
    found = _INDEXES.get(pack)
    if found is None:
        found = _INDEXES[pack] = _Index(pack)
    return found


def settled(item: Item, field: str) -> bool:
    return field not in item.uncertain and "existence" not in item.uncertain


def exact_enough(date: HistDate | None) -> bool:
    """A date a question may ask about: known to the year or better, not an open end."""
    return date is not None and not date.open and date.precision != "decade"


def names_a_year(item: Item) -> bool:
    return bool(_YEAR.search(item.name)) or bool(item.name_ko and _YEAR.search(item.name_ko))


# ---- events ---------------------------------------------------------------------------


def start_event(pack: Pack, item: Item) -> Event | None:
    """How the item began, if the content says and it is settled; None otherwise."""
    if "existence" in item.uncertain or "start" in item.uncertain:
        return None
    date = item.start
    match item:
        case Law():
            return Event(item=item.id, event="enacted", date=date)
        case Administration():
            return Event(item=item.id, event="took office", date=date, acting=item.acting)
        case Stage():
            return Event(item=item.id, event="began", date=date)
        case Project():
            if item.start_event is None:
                return None
            return Event(item=item.id, event=item.start_event, date=date)
        case Agency():
            before = predecessors(pack, item.id)
            first = item.events[0] if item.events and item.events[0].date == date else None
            if first is not None:
                if first.uncertain:
                    return None
                kind = first.event
            else:
                kind = "renamed" if before else "founded"
            return Event(
                item=item.id,
                event=kind,
                date=date,
                before=before[0] if kind == "renamed" and len(before) == 1 else None,
            )
    return None


def end_event(pack: Pack, item: Item) -> Event | None:
    """How an agency ended (renamed, merged into another body, abolished), if settled."""
    if not isinstance(item, Agency) or item.end is None or item.end.open:
        return None
    if not settled(item, "end"):
        return None
    last = item.events[-1] if item.events and item.events[-1].date == item.end else None
    if last is not None and (
        last.uncertain or last.event not in ("renamed", "merged", "abolished")
    ):
        return None
    successor = item.renamed_to if item.renamed_to in pack.by_id else None
    if last is None:
        if successor is None:
            return None
        kind = "renamed"
    else:
        kind = last.event
    if kind in ("renamed", "merged") and successor is None and (last is None or not last.name):
        return None
    return Event(
        item=item.id,
        event=kind,
        date=item.end,
        at_end=True,
        after=successor,
        after_name=None if successor else (last.name if last else None),
        after_name_ko=None if successor else (last.name_ko if last else None),
    )


def dated_events(pack: Pack, item: Item) -> list[Event]:
    """Every settled event of the item a question may ask the date of, with its card key.

    A renaming that has an item on both sides is asked once, as the later item's start."""
    events: list[Event] = []
    begin = start_event(pack, item)
    if begin is not None and exact_enough(begin.date) and begin.event != "began":
        events.append(begin)
    if isinstance(item, Law) and item.in_force is not None and settled(item, "in_force"):
        if exact_enough(item.in_force) and item.in_force.year != item.start.year:
            events.append(Event(item=item.id, event="in force", date=item.in_force))
    end = end_event(pack, item)
    if end is not None and exact_enough(end.date) and end.after is None:
        events.append(end)
    return events


def card_key(event: Event) -> str:
    """The card id of the year of this event: "year:ID" for how the item began."""
    if event.event == "in force":
        return f"year-in-force:{event.item}"
    if event.at_end:
        return f"year-{event.event.replace(' ', '-')}:{event.item}"
    return f"year:{event.item}"


def predecessors(pack: Pack, item_id: str) -> list[str]:
    return list(index(pack).predecessors.get(item_id, ()))


def chain(pack: Pack, item_id: str) -> list[str]:
    """The body's earlier and later items in order (renamings and mergers), itself included;
    back only while each has exactly one predecessor."""
    return body_chain(pack, item_id, lambda current: predecessors(pack, current), only_one=True)


# ---- presidents and stages --------------------------------------------------------------


def term(president: Item) -> tuple[float, float]:
    end = president.end
    last = float("inf") if end is None or end.open else end.end_year
    return president.start.start_year, last


def presidents(pack: Pack) -> list[Administration]:
    return index(pack).presidents


def acting_presidents(pack: Pack) -> list[Administration]:
    return index(pack).acting


def president_at(pack: Pack, date: HistDate) -> Administration | None:
    """The one president in office for the whole of the date's period, if there is one and
    no acting president served then (when the office was suspended or vacant, "under
    which president" has no single answer)."""
    first, last = date.start_year, date.end_year
    found = index(pack)
    holders = [(p, s, e) for p, s, e in found.terms if s < last and e > first]
    if len(holders) != 1:
        return None
    president, start, end = holders[0]
    if not (start <= first and last <= end):
        return None
    if any(s < last and e > first for s, e in found.acting_terms):
        return None
    return president


def stages(pack: Pack) -> list[Stage]:
    return index(pack).stages


def extent(item: Item) -> tuple[float, float]:
    end = item.end
    if end is None:
        return item.start.start_year, item.start.end_year
    return item.start.start_year, (item.start.end_year if end.open else end.end_year)


def only_stage(pack: Pack, item: Item) -> Stage | None:
    """The one stage the item belongs to, if the content lists one and its dates lie in it."""
    listed = item.stages if isinstance(item, (Project, Law, Agency)) else ()
    if len(listed) != 1 or not settled(item, "stages"):
        return None
    stage = pack.by_id.get(listed[0])
    if not isinstance(stage, Stage) or stage.end is None:
        return None
    first, last = extent(item)
    if not settled(item, "start") or (item.end is not None and not settled(item, "end")):
        return None
    s0, s1 = stage.start.start_year, stage.end.end_year
    return stage if s0 <= first and last <= s1 else None


# ---- acronyms -------------------------------------------------------------------------

_DIGIT_WORDS = {"2": ("to", "two"), "4": ("for", "four")}


def abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym is made from the name, reading its words in order: each letter
    starts a word, follows a hyphen or a capital inside one (KONEPS: Korea ON-line
    E-Procurement System), or comes right after the letter before it (NAFIS: NAtional
    Finance ...); words may give no letter (NIA: National Information Society Agency),
    but the first letter is the first word's; 4 may stand for "for" (G4C)."""
    letters = tuple(c.lower() for c in acronym if c.isalnum())
    words = tuple(w for w in name.split() if any(c.isalnum() for c in w))
    if not letters or not words:
        return False
    return _match(letters, words, 0, 0, -1)


def _anchors(word: str) -> list[int]:
    """Where a word may give a letter: its first letter, after a hyphen, at a capital."""
    out = []
    for n, ch in enumerate(word):
        if not ch.isalnum():
            continue
        if n == 0 or not word[n - 1].isalnum() or (ch.isupper() and n and word[n - 1].isalnum()):
            out.append(n)
    return out or [0]


@functools.cache
def _match(letters: tuple[str, ...], words: tuple[str, ...], li: int, wi: int, pos: int) -> bool:
    """letters[li:] from words[wi:], the last letter taken at words[wi][pos] (-1: none)."""
    if li == len(letters):
        return True
    letter = letters[li]
    if pos >= 0:
        word = words[wi]
        following = [pos + 1] + [a for a in _anchors(word) if a > pos + 1]
        for at in following:
            if at < len(word) and word[at].lower() == letter:
                if _match(letters, words, li + 1, wi, at):
                    return True
    for w in range(wi + (1 if pos >= 0 else 0), len(words)):
        word = words[w]
        if li == 0 and w > 0:
            return False  # the first letter is the first word's
        if word.lower() in _DIGIT_WORDS.get(letter, ()):
            if _match(letters, words, li + 1, w, len(word) - 1):
                return True
        for at in _anchors(word):
            if word[at].lower() == letter and _match(letters, words, li + 1, w, at):
                return True
    return False


def shared_initials(acronym: str, name: str) -> int:
    """How many of the acronym's letters, in order, start words of the name."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    initials = [w[0].lower() for w in re.split(r"[\s\-]+", name) if w[:1].isalpha()]
    n = 0
    for initial in initials:
        if n < len(letters) and initial == letters[n]:
            n += 1
    return n


def acronym_ok(item: Item) -> bool:
    acronym = (item.acronym or "").strip()
    return bool(
        acronym
        and settled(item, "acronym")
        and " " not in acronym
        and acronym.lower() not in item.name.lower()
        and abbreviates(acronym, item.name)
    )


# ---- text -----------------------------------------------------------------------------


def mentioned_years(item: Item) -> set[int]:
    """Every year the item's own content mentions or dates: none of them may be offered as a
    wrong answer, since the sources may tie it to the event asked about."""
    texts = [item.name, item.summary, item.summary_ko or "", item.note or "", item.seed_says or ""]
    texts += [m.text for m in item.milestones]
    years = {int(y) for text in texts for y in _YEAR.findall(text)}
    dates = [item.start, item.end, *(m.date for m in item.milestones)]
    dates += [item.in_force] if isinstance(item, Law) else []
    dates += [e.date for e in item.events] if isinstance(item, Agency) else []
    for date in dates:
        if date is not None and not date.open:
            years.update(range(int(date.start_year), int(date.end_year - 1e-9) + 1))
    return years


def shared_names(pack: Pack) -> set[str]:
    """Names (English or Korean) that more than one body has had: an item with such a
    name is told apart by its acronym, or not asked about by name. A body's own later
    names count as its own; the name it ended with belongs to its successor."""
    owners: dict[str, set[str]] = {}

    def own(name: str | None, owner: str) -> None:
        if name:
            owners.setdefault(name, set()).add(owner)

    for item in pack.items:
        own(item.name, item.id)
        own(item.name_ko, item.id)
        if not isinstance(item, Agency):
            continue
        for event in item.events:
            if event.date == item.end and event.event in ("renamed", "merged"):
                if item.renamed_to not in pack.by_id:  # a successor with no item of its own
                    own(event.name, f"{item.id}>")
                    own(event.name_ko, f"{item.id}>")
            else:
                own(event.name, item.id)
                own(event.name_ko, item.id)
    return {name for name, who in owners.items() if len(who) > 1}


def lifetime(item: Item) -> tuple[float, float]:
    end = item.end
    last = float("inf") if end is None or end.open else end.end_year
    return item.start.start_year, last


def existed_at(item: Item, date: HistDate) -> bool:
    """Whether the item had begun by the date (and not ended before it)."""
    first, last = lifetime(item)
    return first < date.end_year and last > date.start_year
