"""What a detail panel says about an item, as plain structured data (no Qt, no markup).

The window turns a `Detail` into text on screen; tests read the facts directly. Every
string here comes from the pack and is shown as text, never as markup.
"""

from collections.abc import Sequence

import msgspec

from egov_timeline.domain.dates import HistDate, display_date, display_period
from egov_timeline.domain.i18n import distinct_name, item_name, item_summary, tr
from egov_timeline.domain.model import (
    Administration,
    Agency,
    AgencyEvent,
    Item,
    Law,
    Project,
    Stage,
)
from egov_timeline.domain.pack import Pack, body_chain
from egov_timeline.domain.timeline import KIND_NAMES


class Fact(msgspec.Struct, frozen=True):
    label: str
    value: str
    uncertain: bool = False


class LinkGroup(msgspec.Struct, frozen=True):
    label: str
    ids: list[str]


class Section(msgspec.Struct, frozen=True):
    heading: str
    paragraphs: list[str] = []
    bullets: list[str] = []
    numbered: bool = False


class SourceLine(msgspec.Struct, frozen=True):
    title: str
    where: str | None = None
    url: str | None = None


class Detail(msgspec.Struct, frozen=True):
    item_id: str
    kind: str
    kind_name: str
    title: str
    subtitle: str | None
    facts: list[Fact]
    summary: str
    sections: list[Section]
    links: list[LinkGroup]
    sources: list[SourceLine]
    caveats: list[Fact]  # where the seed is imprecise or facts are unsettled

    def fact(self, label: str) -> str | None:
        for fact in self.facts:
            if fact.label == label:
                return fact.value
        return None

    def linked_ids(self) -> list[str]:
        return [i for group in self.links for i in group.ids]


def _names(pack: Pack, ids: list[str]) -> str:
    return ", ".join(pack.by_id[i].name for i in ids if i in pack.by_id)


def _date(value: HistDate | None) -> str | None:
    return display_date(value) if value is not None else None


def _linked_by_field(pack: Pack, item_id: str, field: str, outgoing: bool) -> list[str]:
    seen: list[str] = []
    for link in pack.links(item_id):
        if link.field == field and link.outgoing == outgoing and link.target not in seen:
            seen.append(link.target)
    return _in_date_order(pack, seen)


def _in_date_order(pack: Pack, ids: list[str]) -> list[str]:
    wanted = set(ids)
    return [item.id for item in pack.items if item.id in wanted]


def rename_chain(pack: Pack, item_id: str) -> list[str]:
    """The agency's earlier and later names in order, the item itself included."""

    def renamed_from(current: str) -> list[str]:
        return [
            link.target
            for link in pack.links(current)
            if link.field == "renamed_to" and not link.outgoing
        ]

    return body_chain(pack, item_id, renamed_from, only_one=False)


def _start_and_end_events(item: Agency) -> tuple[AgencyEvent | None, AgencyEvent | None]:
    """How the body began and, if it has ended, how it ended (the loader has checked that
    its events run from its start to its end)."""
    events = item.events
    began = events[0] if events else None
    closed = item.end is not None and not item.end.open
    ended = events[-1] if closed and len(events) > 1 else None
    return began, ended


_BEGAN = {
    "founded": "Founded",
    "re-established": "Re-established",
    "renamed": "Took this name",
    "merged": "Formed by a merger",
}
_ENDED = {"renamed": "Renamed", "merged": "Merged", "abolished": "Abolished"}
_STEP_WORDS = {
    "en": {
        "founded": "founded as",
        "re-established": "re-established as",
        "renamed": "renamed",
        "merged": "formed by a merger as",
        "merged into": "merged into",
        "abolished": "abolished",
    },
    "ko": {
        "founded": "설립",
        "re-established": "재설치",
        "renamed": "명칭 변경",
        "merged": "통합 출범",
        "merged into": "통합",
        "abolished": "폐지",
    },
}


def name_history(pack: Pack, chain: list[str], language: str = "en") -> list[str]:
    """A body's names over time, each with its date and both its names: the glossary of
    one chain ('Dec 1963: re-established as Ministry of Government Administration
    (총무처)'). Built from the typed events of the bodies in the chain; one line per name."""
    words = _STEP_WORDS.get(language, _STEP_WORDS["en"])
    lines: list[str] = []
    seen: set[tuple[str, str | None]] = set()
    for n, item_id in enumerate(chain):
        item = pack.by_id[item_id]
        events = list(item.events) if isinstance(item, Agency) else []
        for k, event in enumerate(events):
            at_end = k == len(events) - 1 and k > 0
            if at_end and n < len(chain) - 1:
                continue  # the next body's own first event tells it, with its names
            key = (event.date.iso(), event.name)
            if key in seen:
                continue
            seen.add(key)
            kind = "merged into" if at_end and event.event == "merged" else event.event
            when = display_date(event.date, language)
            if event.event == "abolished":
                lines.append(f"{when}: {words['abolished']}")
                continue
            english = event.name or item.name
            first, second = (
                (event.name_ko or english, english)
                if language == "ko"
                else (
                    english,
                    event.name_ko,
                )
            )
            both = f"{first} ({second})" if second and second != first else first
            step = f"{both} \u2014 {words[kind]}" if language == "ko" else f"{words[kind]} {both}"
            lines.append(f"{when}: {step}")
    return lines


def describe(pack: Pack, item_id: str, language: str = "en", both: bool = False) -> Detail:
    """The detail panel of one item, in English or Korean (`both`: both names)."""
    item = pack.by_id[item_id]
    lang = language

    def t(text: str) -> str:
        return tr(text, lang)

    def date(value: HistDate) -> str:
        return display_date(value, lang)

    def period(start: HistDate, end: HistDate | None) -> str:
        return display_period(start, end, lang)

    def pick(english: str | None, korean: str | None) -> str | None:
        """A text in the panel's language (English where the pack has no Korean)."""
        return korean if lang == "ko" and korean else english

    def pick_list(english: Sequence[str], korean: Sequence[str]) -> list[str]:
        return list(korean) if lang == "ko" and len(korean) == len(english) else list(english)

    facts: list[Fact] = []
    sections: list[Section] = []
    groups: list[LinkGroup] = []
    unsure = set(item.uncertain)

    def add(label: str, value: str | None, field: str | None = None) -> None:
        if value:
            facts.append(Fact(label, value, uncertain=field in unsure if field else False))

    def group(label: str, ids: list[str]) -> None:
        ids = [i for i in ids if i in pack.by_id and i != item_id]
        if ids:
            groups.append(LinkGroup(label, ids))

    add(t("Acronym"), item.acronym, "acronym")
    if lang == "ko":
        add(t("English name"), item.name if item.name_ko else None)
    else:
        add(t("Korean name"), item.name_ko, "name_ko")
    kind = item.kind
    if isinstance(item, Project):
        add(t("Period"), period(item.start, item.end), "start")
        group(t("Administration"), list(item.administrations))
        group(t("Stage"), list(item.stages))
        group(t("Agencies"), list(item.agencies))
        group(t("Laws"), list(item.laws))
        group(t("Part of"), [item.part_of] if item.part_of else [])
        group(t("Includes"), _linked_by_field(pack, item_id, "part_of", outgoing=False))
    elif isinstance(item, Law):
        add(t("Enacted"), date(item.start), "start")
        add(t("In force"), date(item.in_force) if item.in_force else None, "in_force")
        add(t("Type"), t(_LAW_TYPES[item.law_type]))
        add(t("Number"), pick(item.number, item.number_ko), "number")
        group(t("Enacted under"), list(item.administrations))
        group(t("Stage"), list(item.stages))
        group(t("Enabled"), list(item.enabled))
        group(t("Succeeded by"), [item.succeeded_by] if item.succeeded_by else [])
        group(t("Succeeds"), _linked_by_field(pack, item_id, "succeeded_by", outgoing=False))
        group(t("Projects based on it"), _linked_by_field(pack, item_id, "laws", outgoing=False))
    elif isinstance(item, Agency):
        began, ended = _start_and_end_events(item)
        add(
            t(_BEGAN.get(began.event, "Founded") if began else "Founded"), date(item.start), "start"
        )
        if item.end is not None and not item.end.open:
            word = _ENDED.get(ended.event, "Ended") if ended else None
            add(t(word or ("Renamed" if item.renamed_to else "Ended")), date(item.end), "end")
        elif item.end is not None:
            add(t("Status"), t("still exists"))
        chain = rename_chain(pack, item_id)
        steps = name_history(pack, chain, lang)
        if len(steps) > 1:
            sections.append(Section(t("Names over time"), bullets=steps))
            group(t("Renamed from"), chain[: chain.index(item_id)])
            group(t("Renamed to"), chain[chain.index(item_id) + 1 :])
        role = pick(item.role, item.role_ko)
        if role:
            sections.append(Section(t("Role"), paragraphs=[role]))
        if item.missions:
            missions = pick_list(item.missions, item.missions_ko)
            sections.append(Section(t("Missions"), bullets=missions, numbered=True))
        group(t("Parent body"), [item.parent] if item.parent else [])
        group(t("Bodies under it"), _linked_by_field(pack, item_id, "parent", outgoing=False))
        group(t("Administrations"), list(item.administrations))
        group(t("Stages"), list(item.stages))
        group(t("Projects"), _linked_by_field(pack, item_id, "agencies", outgoing=False))
        group(
            t("Created or enabled by"), _linked_by_field(pack, item_id, "enabled", outgoing=False)
        )
    elif isinstance(item, Administration):
        term = period(item.start, item.end)
        add(t("Acting president") if item.acting else t("President"), item_name(item, lang, both))
        add(t("Term"), term + (" " + t("(acting)") if item.acting else ""), "end")
        if item.acting_for:
            group(t("Acting for"), [item.acting_for])
        group(
            t("Acting presidents in this term"),
            _linked_by_field(pack, item_id, "acting_for", outgoing=False),
        )
        add(t("End of term"), pick(item.end_reason, item.end_reason_ko))
        group(t("Stages overlapped"), _linked_by_field(pack, item_id, "overlaps", outgoing=True))
        of_term = _linked_by_field(pack, item_id, "administrations", outgoing=False)
        group(t("Projects and plans"), [i for i in of_term if pack.by_id[i].kind == "project"])
        group(t("Laws"), [i for i in of_term if pack.by_id[i].kind == "law"])
        group(t("Agencies"), [i for i in of_term if pack.by_id[i].kind == "agency"])
    elif isinstance(item, Stage):
        add(t("Period"), pick(item.label, item.label_ko))
        if item.accomplishments:
            sections.append(
                Section(
                    t("Main accomplishments and laws in the 2015 report"),
                    bullets=pick_list(item.accomplishments, item.accomplishments_ko),
                )
            )
        group(t("Administrations"), _linked_by_field(pack, item_id, "overlaps", outgoing=False))
        in_stage = _linked_by_field(pack, item_id, "stages", outgoing=False)
        group(t("Laws"), [i for i in in_stage if pack.by_id[i].kind == "law"])
        group(t("Projects and plans"), [i for i in in_stage if pack.by_id[i].kind == "project"])
        group(t("Agencies"), [i for i in in_stage if pack.by_id[i].kind == "agency"])
    if item.milestones:
        sections.append(
            Section(
                t("Milestones"),
                bullets=[
                    f"{date(m.date)}: {pick(m.text, m.text_ko)}"
                    + (" " + t("(uncertain)") if m.uncertain else "")
                    for m in item.milestones
                ],
            )
        )
    shown = set(i for g in groups for i in g.ids)
    others = [i for i in pack.related_ids(item_id) if i not in shown]
    group(t("See also"), others)
    caveats: list[Fact] = []
    if item.seed_says:
        said = pick(item.seed_says, item.seed_says_ko)
        caveats.append(Fact(t("The 2015 report says"), said or ""))
    note = pick(item.note, item.note_ko)
    if note:
        caveats.append(Fact(t("Note"), note))
    unsettled = [f for f in item.uncertain if f != "existence"]
    if "existence" in unsure:
        caveats.append(
            Fact(
                t("Unconfirmed"),
                t(_UNCONFIRMED),
                True,
            )
        )
    if unsettled:
        caveats.append(
            Fact(
                t("Not settled"),
                t("Sources do not settle: ")
                + ", ".join(t(_FIELD_WORDS.get(f, f)) for f in unsettled),
                True,
            )
        )
    subtitle = t(KIND_NAMES[kind])
    if kind != "administration":
        subtitle += " \u00b7 " + period(item.start, item.end)
    return Detail(
        item_id=item_id,
        kind=kind,
        kind_name=t(KIND_NAMES[kind]),
        title=distinct_name(pack, item, lang, both),
        subtitle=subtitle,
        facts=facts,
        summary=item_summary(item, lang),
        sections=sections,
        links=groups,
        sources=[SourceLine(s.title, s.where, s.url) for s in item.sources],
        caveats=caveats,
    )


_UNCONFIRMED = "Public sources do not confirm that this exists as described; treat it with care."
_LAW_TYPES = {"act": "Act", "regulation": "Regulation", "directive": "Presidential directive"}

_FIELD_WORDS = {
    "start": "the start date",
    "end": "the end date",
    "acronym": "the acronym",
    "name": "the name",
    "name_ko": "the Korean name",
    "agencies": "which agencies took part",
    "in_force": "the date it came into force",
}


def item_label(item: Item) -> str:
    return f"{item.name} ({item.acronym})" if item.acronym else item.name
