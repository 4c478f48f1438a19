"""The typed content model: stages, administrations, projects, laws and agencies.

The structs here define the content format (data/content-pack.schema.json is generated
from them) and are what the rest of the app reads. Relations between items are ids; the
loader checks that each points at an item of a kind that makes sense (RELATION_TARGETS).
"""

import functools
from typing import Annotated, Literal

import msgspec

from egov_timeline.domain.dates import HistDate

Id = Annotated[
    str,
    msgspec.Meta(
        # (?![\s\S]) is the true end: "$" would also let a final line break through, so
        # that "nia" and "nia\n" were two ids that read the same
        pattern=r"^[a-z0-9][a-z0-9-]*(?![\s\S])",
        description="Lower-case letters, digits and hyphens, e.g. e-government-act",
    ),
]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Date = Annotated[
    HistDate,
    msgspec.Meta(description="YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 1960s"),
]
EndDate = Annotated[
    HistDate,
    msgspec.Meta(description='Like a date, or "open" for a range that has not ended'),
]

Kind = Literal["stage", "administration", "project", "law", "agency"]
KINDS: tuple[Kind, ...] = ("stage", "administration", "project", "law", "agency")


class Source(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Where a fact comes from. A URL is shown as text and never opened."""

    title: Text
    where: str | None = None
    url: str | None = None


class Milestone(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A dated event within an item's life (a phase, an opening, a renaming)."""

    date: Date
    text: Text
    text_ko: str | None = None  # the same event in Korean
    uncertain: bool = False


AgencyEventKind = Literal["founded", "re-established", "renamed", "merged", "abolished"]
AGENCY_EVENTS: tuple[str, ...] = ("founded", "re-established", "renamed", "merged", "abolished")
ProjectStart = Literal["planned", "launched", "first service"]


class AgencyEvent(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One step in a body's history. At the body's start it says how the body came to be
    (founded, re-established, renamed from an earlier body, formed by a merger); at its end
    how it ended (renamed, merged into another body, abolished). `name` is the name the
    body had after the event; none for an abolition."""

    date: Date
    event: AgencyEventKind
    name: str | None = None
    name_ko: str | None = None
    uncertain: bool = False


class Item(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, tag_field="kind"):
    """Fields every kind of item has."""

    id: Id
    name: Text
    name_ko: str | None = None
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    start: Date
    end: EndDate | None = None
    summary: Text
    summary_ko: str | None = None  # the same facts in Korean
    sources: Annotated[tuple[Source, ...], msgspec.Meta(min_length=1)]
    related: tuple[Id, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    # editorial: how the 2015 report words it where public sources say otherwise (shown
    # as the report's wording, never as fact)
    seed_says: str | None = None
    seed_says_ko: str | None = None
    note: str | None = None
    note_ko: str | None = None
    uncertain: tuple[str, ...] = ()
    confidence: Literal["high", "medium"] = "high"
    # how much the item matters to the story: the timeline names the most important first
    importance: Annotated[
        int,
        msgspec.Meta(
            ge=0,
            le=2,
            description="0 (default), 1 (a milestone of the history) or 2 (a landmark): "
            "at every zoom the timeline names the most important items first",
        ),
    ] = 0

    @property
    def kind(self) -> Kind:
        """The kind, from the class: each kind's struct is tagged with its name."""
        return self.__struct_config__.tag  # type: ignore[return-value]

    @property
    def precision(self) -> str:
        return self.start.precision

    @property
    def is_range(self) -> bool:
        return self.end is not None

    def is_uncertain(self, field: str) -> bool:
        return field in self.uncertain


class Stage(Item, tag="stage"):
    order: Annotated[int, msgspec.Meta(ge=1, le=1000)]
    label: Text
    label_ko: str | None = None
    accomplishments: tuple[str, ...] = ()
    accomplishments_ko: tuple[str, ...] = ()


class Administration(Item, tag="administration"):
    acting: bool = False
    acting_for: Id | None = None
    end_reason: str | None = None
    end_reason_ko: str | None = None


class Project(Item, tag="project"):
    # What the start date is the date of: the plan drawn up or adopted, the work launched,
    # or the system's first service. None: the date is that of something else (for
    # example the day a project was chosen), and no question asks when it "began".
    start_event: ProjectStart | None = None
    administrations: tuple[Id, ...] = ()
    stages: tuple[Id, ...] = ()
    agencies: tuple[Id, ...] = ()
    laws: tuple[Id, ...] = ()
    part_of: Id | None = None


class Law(Item, tag="law"):
    law_type: Literal["act", "regulation", "directive"] = "act"
    in_force: Date | None = None
    number: str | None = None
    number_ko: str | None = None  # e.g. 법률 제6439호
    administrations: tuple[Id, ...] = ()
    stages: tuple[Id, ...] = ()
    enabled: tuple[Id, ...] = ()
    succeeded_by: Id | None = None


class Agency(Item, tag="agency"):
    agency_type: Literal["ministry", "committee", "agency", "office"] = "agency"
    role: str | None = None
    role_ko: str | None = None
    missions: tuple[str, ...] = ()
    missions_ko: tuple[str, ...] = ()
    administrations: tuple[Id, ...] = ()
    stages: tuple[Id, ...] = ()
    renamed_to: Id | None = None
    parent: Id | None = None
    events: tuple[AgencyEvent, ...] = ()  # its history: how it began, changed and ended


AnyItem = Stage | Administration | Project | Law | Agency
KIND_TYPES: dict[str, type[Item]] = {
    "stage": Stage,
    "administration": Administration,
    "project": Project,
    "law": Law,
    "agency": Agency,
}


class TourStop(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One stop of a guided tour: the timeline shows `item` (or the range `start`-`end`)
    and a caption card tells that part of the story."""

    title: Text
    caption: Text
    title_ko: str | None = None
    caption_ko: str | None = None
    item: Id | None = None
    start: Date | None = None
    end: Date | None = None


class Tour(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A guided tour through the history, stop by stop (presentation clickers step it)."""

    id: Id
    title: Text
    title_ko: str | None = None
    description: str | None = None
    description_ko: str | None = None
    stage: Id | None = None  # the stage a short tour is about, if any
    stops: Annotated[list[TourStop], msgspec.Meta(min_length=1)]


class PackFile(msgspec.Struct, forbid_unknown_fields=True):
    """One YAML file of a content pack: items of any kind, and guided tours."""

    items: list[AnyItem] = []
    tours: list[Tour] = []


class PackInfo(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """pack.yaml: what the pack is (optional)."""

    title: Text
    title_ko: str | None = None
    description: str | None = None
    description_ko: str | None = None
    language: str = "en"
    version: str | None = None


# Which kinds each relation field may point at; "related" may point at any kind.
RELATION_TARGETS: dict[str, frozenset[str]] = {
    "administrations": frozenset({"administration"}),
    "stages": frozenset({"stage"}),
    "agencies": frozenset({"agency"}),
    "laws": frozenset({"law"}),
    "part_of": frozenset({"project"}),
    "enabled": frozenset({"project", "agency"}),
    "succeeded_by": frozenset({"law"}),
    "renamed_to": frozenset({"agency"}),
    "parent": frozenset({"agency"}),
    "acting_for": frozenset({"administration"}),
    "related": frozenset(KINDS),
}

# How a relation reads from each side, for panels and for the export.
RELATION_LABELS: dict[str, tuple[str, str]] = {
    "administrations": ("administration", "during this term"),
    "stages": ("stage", "in this stage"),
    "agencies": ("agency", "worked on"),
    "laws": ("law", "based on it"),
    "part_of": ("part of", "includes"),
    "enabled": ("enabled", "enabled by"),
    "succeeded_by": ("succeeded by", "succeeds"),
    "renamed_to": ("renamed to", "renamed from"),
    "parent": ("under", "oversees"),
    "acting_for": ("acting for", "acting president"),
    "related": ("see also", "see also"),
}


def relation_fields(item: Item) -> list[str]:
    """The relation fields this kind of item has, in a stable order."""
    return _relation_fields_of(type(item))


@functools.cache
def _relation_fields_of(cls: type[Item]) -> list[str]:
    names = {f.name for f in msgspec.structs.fields(cls)}
    return [name for name in RELATION_TARGETS if name in names]


def relation_ids(item: Item, field: str) -> list[str]:
    # The one access by field name: `field` comes from relation_fields(item), the relation
    # fields this item's type declares, so the attribute is always there.
    value = getattr(item, field)
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


# Typed accessors for what several kinds have: the kinds that do not have it answer empty.
def administrations_of(item: Item) -> tuple[str, ...]:
    """The administrations a project, law or agency names."""
    match item:
        case Project() | Law() | Agency():
            return item.administrations
    return ()


def stages_of(item: Item) -> tuple[str, ...]:
    """The stages a project, law or agency names."""
    match item:
        case Project() | Law() | Agency():
            return item.stages
    return ()


def laws_of(item: Item) -> tuple[str, ...]:
    """The laws a project names as its basis."""
    return item.laws if isinstance(item, Project) else ()


def named_in(item: Item, field: str) -> tuple[str, ...]:
    """What the item names in `field`: "administrations" or "stages"."""
    return administrations_of(item) if field == "administrations" else stages_of(item)
