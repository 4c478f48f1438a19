"""A map of what caused what around one item: the laws that enabled it and what it enabled,
the law that succeeded it, what a body was renamed or merged into, the body above it, the
bodies and presidents of a project; and a "rebuild the map" exercise that hides some of the
links for the student to restore (retrieval as concept mapping). No Qt.

The links come from `Pack.links`, the same links the detail panel lists; a project's
`laws` and a law's `enabled` say one thing (the law gave it a legal basis), as the quiz
reads them, so both are drawn as "enabled". Every word here is given per language.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Callable, Iterator

import msgspec

from egov_timeline.domain.i18n import distinct_name
from egov_timeline.domain.model import Administration, Item
from egov_timeline.domain.pack import Pack
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.korean import josa
from egov_timeline.domain.quiz.wording_en import English
from egov_timeline.domain.quiz.wording_ko import Korean
from egov_timeline.domain.timeline import hover_lines, short_label

MAX_NEIGHBOURS = 24  # more would not be readable in a dock; the rest are counted
BOX_RATIO = 2.6  # a node's width to its height, unless the caller measures its own text


class MapNode(msgspec.Struct, frozen=True):
    """One item on the map. `x`, `y` are its centre in unit coordinates: the drawing area
    runs from -1 to 1 across and down, the centre item at (0, 0)."""

    id: str
    name: str
    kind: str
    ring: int  # 0: the item the map is about; 1: linked to it
    group: str  # "<relation>:out" (the centre is its source) or ":in"; "" for the centre
    x: float = 0.0
    y: float = 0.0
    short: str | None = None  # what fits where the name does not (전자정부법, an acronym)
    hover: tuple[str, ...] = ()  # the pointer's tooltip: names, period, kind


class MapEdge(msgspec.Struct, frozen=True):
    """A link read from `source` to `target`: "<source> <label> <target>"."""

    source: str
    target: str
    relation: str  # a key of RELATION_WORDS
    label: str  # the relation in the map's language


class Said(msgspec.Struct, frozen=True):
    """The centre item as a sentence names it: 'the E-Government Act', '김대중 대통령'."""

    name: str
    president: str = ""  # an administration as the president of the time, in Korean
    plural: bool = False  # 'the 11 e-government projects were …'


class RelationMap(msgspec.Struct, frozen=True):
    centre: str
    language: str
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    said: Said = Said("")
    box: tuple[float, float] = (0.0, 0.0)  # a node's width and height, in unit coordinates
    left_out: int = 0  # links not drawn beyond MAX_NEIGHBOURS

    def node(self, item_id: str) -> MapNode | None:
        return next((n for n in self.nodes if n.id == item_id), None)

    def neighbours(self) -> tuple[MapNode, ...]:
        return tuple(n for n in self.nodes if n.ring > 0)


# ---- words, per language ------------------------------------------------------------------
# How each relation reads along its arrow, from source to target.
RELATION_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "enabled": "enabled",
        "succeeded_by": "succeeded by",
        "renamed_to": "renamed to",
        "merged_into": "merged into",
        "became": "became",
        "part_of": "part of",
        "parent": "under",
        "agencies": "carried out by",
        "carried_out_under": "under",
        "enacted_under": "enacted under",
    },
    "ko": {
        "enabled": "근거가 됨",
        "succeeded_by": "후속 법령",
        "renamed_to": "명칭 변경",
        "merged_into": "통합",
        "became": "후신",
        "part_of": "상위 사업",
        "parent": "상위 기관",
        "agencies": "추진 기관",
        "carried_out_under": "추진 당시 대통령",
        "enacted_under": "제정 당시 대통령",
    },
}

# Where each group sits: what led to the item above it, its setting to the right, what it
# led to below. Groups go round clockwise from the top in this order.
_CAUSE, _SETTING, _EFFECT = -math.pi / 2, 0.0, math.pi / 2
GROUP_ORDER: tuple[tuple[str, float], ...] = (
    ("enabled:in", _CAUSE),
    ("succeeded_by:in", _CAUSE),
    ("renamed_to:in", _CAUSE),
    ("merged_into:in", _CAUSE),
    ("became:in", _CAUSE),
    ("part_of:out", _CAUSE),
    ("parent:out", _CAUSE),
    ("carried_out_under:out", _SETTING),
    ("enacted_under:out", _SETTING),
    ("agencies:out", _SETTING),
    ("enabled:out", _EFFECT),
    ("succeeded_by:out", _EFFECT),
    ("renamed_to:out", _EFFECT),
    ("merged_into:out", _EFFECT),
    ("became:out", _EFFECT),
    ("part_of:in", _EFFECT),
    ("parent:in", _EFFECT),
    ("agencies:in", _EFFECT),
    ("carried_out_under:in", _EFFECT),
    ("enacted_under:in", _EFFECT),
)
_GROUP_RANK = {group: n for n, (group, _angle) in enumerate(GROUP_ORDER)}
_GROUP_ANGLE = dict(GROUP_ORDER)


# ---- the links ------------------------------------------------------------------------------
def _end_relation(pack: Pack, body: Item) -> str:
    """How a body's `renamed_to` reads: renamed, merged, or (unsettled) just "became"."""
    end = facts.end_event(pack, body)
    if end is not None and end.after is not None:
        return "renamed_to" if end.event == "renamed" else "merged_into"
    return "became"


def _links(pack: Pack, item_id: str) -> Iterator[tuple[str, str, str]]:
    """(relation, source, target) of each causal link of the item, from the pack's links.
    A link to an item the pack does not have is left out."""
    for link in pack.links(item_id):
        other = link.target
        if other not in pack.by_id or other == item_id:
            continue
        holder, named = (item_id, other) if link.outgoing else (other, item_id)
        holder_kind = pack.by_id[holder].kind
        match link.field:
            case "enabled" | "succeeded_by" | "part_of" | "parent" | "agencies":
                yield link.field, holder, named
            case "laws":  # the project names the law that gave it its basis
                yield "enabled", named, holder
            case "renamed_to":
                yield _end_relation(pack, pack.by_id[holder]), holder, named
            case "administrations" if holder_kind == "project":
                yield "carried_out_under", holder, named
            case "administrations" if holder_kind == "law":
                yield "enacted_under", holder, named


def _said(pack: Pack, item: Item, language: str) -> Said:
    """How the prompts name the centre: as the quiz names it in each language."""
    shared = facts.shared_names(pack)
    if language == "ko":
        korean = Korean(pack, shared).name(item)
        president = korean
        if isinstance(item, Administration):
            president = f"{korean} 대통령" + (" 권한대행" if item.acting else "")
        return Said(korean, president)
    english = English(pack, shared)
    return Said(english.the(item), plural=english.plural(item))


def relation_map(
    pack: Pack,
    item_id: str,
    language: str = "en",
    *,
    both: bool = False,
    aspect: float = 1.0,
    ratio: float = BOX_RATIO,
) -> RelationMap:
    """The map around the item, laid out for a drawing area `aspect` times as wide as it is
    high with nodes `ratio` times as wide as high. An unknown id gives an empty map."""
    words = RELATION_WORDS.get(language, RELATION_WORDS["en"])
    centre = pack.by_id.get(item_id)
    if centre is None:
        return RelationMap(centre=item_id, language=language, nodes=(), edges=())
    order = {item.id: n for n, item in enumerate(pack.items)}
    found: dict[str, tuple[str, MapEdge]] = {}  # neighbour -> (its group, its one edge)
    for relation, source, target in _links(pack, item_id):
        other = target if source == item_id else source
        if other in found:
            continue  # one link a pair: "enabled" and "based on" say the same
        group = f"{relation}:{'out' if source == item_id else 'in'}"
        if group in _GROUP_RANK:
            found[other] = (group, MapEdge(source, target, relation, words[relation]))
    ranked = sorted(found, key=lambda i: (_GROUP_RANK[found[i][0]], order.get(i, 0)))
    kept = ranked[:MAX_NEIGHBOURS]

    def node(item: Item, ring: int, group: str) -> MapNode:
        return MapNode(
            id=item.id,
            name=distinct_name(pack, item, language, both),
            kind=item.kind,
            ring=ring,
            group=group,
            short=short_label(item, language),
            hover=tuple(hover_lines(item, language)),
        )

    nodes = [node(centre, 0, "")]
    nodes += [node(pack.by_id[i], 1, found[i][0]) for i in kept]
    edges = tuple(found[i][1] for i in kept)
    drawn = RelationMap(
        centre=item_id,
        language=language,
        nodes=tuple(nodes),
        edges=edges,
        said=_said(pack, centre, language),
        left_out=len(ranked) - len(kept),
    )
    return arranged(drawn, aspect, ratio)


# ---- the layout -----------------------------------------------------------------------------
class _Try(msgspec.Struct, frozen=True):
    height: float  # a node's height where the area is 2 high
    spots: tuple[tuple[float, float], ...]  # the neighbours' centres, in that space


def arranged(drawn: RelationMap, aspect: float = 1.0, ratio: float = BOX_RATIO) -> RelationMap:
    """The same map laid out for another area or node shape: the centre item in the middle,
    its neighbours on a ring (two staggered rings when there are many) in their groups,
    each group where it reads best, the largest nodes that keep a gap between all of them.
    The same map, area and shape always give the same layout."""
    aspect = min(max(aspect, 0.2), 5.0)
    ratio = min(max(ratio, 0.5), 8.0)
    around = drawn.neighbours()
    centre = next(n for n in drawn.nodes if n.ring == 0) if drawn.nodes else None
    if centre is None:
        return drawn
    if not around:
        height = 0.5
        width = min(ratio * height, 1.6 * aspect)
        return msgspec.structs.replace(
            drawn,
            nodes=(msgspec.structs.replace(centre, x=0.0, y=0.0),),
            box=(width / aspect, width / ratio),
        )
    groups = tuple(n.group for n in around)
    best = _layout(groups, round(aspect, 3), round(ratio, 3))
    height = best.height
    width = ratio * height
    placed = [msgspec.structs.replace(centre, x=0.0, y=0.0)]
    for node, (x, y) in zip(around, best.spots, strict=True):
        placed.append(msgspec.structs.replace(node, x=x / aspect, y=y))
    return msgspec.structs.replace(drawn, nodes=tuple(placed), box=(width / aspect, height))


@functools.lru_cache(maxsize=512)
def _layout(groups: tuple[str, ...], aspect: float, ratio: float) -> _Try:
    """The largest boxes over a few ways of placing them: one ring or two staggered rings,
    turned so that causes stand above; a small map may turn further where its boxes can
    then be larger (a narrow pane puts them above and below rather than beside). Among
    layouts nearly as large, the one nearest the sides of the groups wins."""
    spots, count = _slots(groups)
    path = _ellipse(aspect, 1.0)
    turns = [_turn(groups, spots, count, path)]
    if len(groups) <= 8:
        turns += [k / (2 * count) for k in range(2 * count)]
    # (how large the inner ring is, which share of the neighbours stand on it)
    rings = [(1.0, 0.0)]
    if len(groups) > 6:
        rings += [(inner, share) for inner in (0.55, 0.65, 0.75) for share in (0.5, 0.34)]
    tries = []
    for turn in turns:
        # where each neighbour stands on an ellipse that fills the area: (cos, sin) alike
        ring = [_at(path, turn + spot / count) for spot in spots]
        unit = [(x / aspect, y) for x, y in ring]
        cost = _cost(groups, spots, count, path, turn)
        tries += [(_largest(unit, aspect, ratio, inner, share), cost) for inner, share in rings]
    tallest = max(t.height for t, _cost_of in tries)
    near = [(cost, n) for n, (t, cost) in enumerate(tries) if t.height >= 0.92 * tallest]
    return tries[min(near)[1]][0]


def _slots(groups: tuple[str, ...]) -> tuple[list[int], int]:
    """Each neighbour's slot round the ring and the number of slots: one empty slot after
    each group, so that groups stand apart, when there is more than one."""
    distinct = len(dict.fromkeys(groups))
    spots: list[int] = []
    slot = 0
    for n, group in enumerate(groups):
        if n and group != groups[n - 1]:
            slot += 1
        spots.append(slot)
        slot += 1
    return spots, slot + (1 if distinct > 1 else 0)


def _ellipse(rx: float, ry: float, samples: int = 360) -> list[tuple[float, float, float]]:
    """Points round the ellipse clockwise from the top, each with the share of the way round
    it stands at: slots spaced by that share stand evenly apart, wide or tall."""
    points = [
        (rx * math.cos(a), ry * math.sin(a))
        for a in (-math.pi / 2 + 2 * math.pi * k / samples for k in range(samples + 1))
    ]
    walked = [0.0]
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        walked.append(walked[-1] + math.hypot(x1 - x0, y1 - y0))
    return [(x, y, d / walked[-1]) for (x, y), d in zip(points, walked, strict=True)]


def _at(path: list[tuple[float, float, float]], share: float) -> tuple[float, float]:
    """The point `share` of the way round (0 the top)."""
    share %= 1.0
    low, high = 0, len(path) - 1
    while high - low > 1:
        middle = (low + high) // 2
        if path[middle][2] <= share:
            low = middle
        else:
            high = middle
    (x0, y0, s0), (x1, y1, s1) = path[low], path[high]
    f = (share - s0) / (s1 - s0) if s1 > s0 else 0.0
    return x0 + (x1 - x0) * f, y0 + (y1 - y0) * f


def _cost(
    groups: tuple[str, ...],
    spots: list[int],
    count: int,
    path: list[tuple[float, float, float]],
    start: float,
) -> float:
    """How far the groups stand from their sides (causes above), squared, for a turn."""
    total = 0.0
    for group, spot in zip(groups, spots, strict=True):
        x, y = _at(path, start + spot / count)
        off = (math.atan2(y, x) - _GROUP_ANGLE[group] + math.pi) % (2 * math.pi) - math.pi
        total += off * off
    return round(total, 6)


def _turn(
    groups: tuple[str, ...], spots: list[int], count: int, path: list[tuple[float, float, float]]
) -> float:
    """The turn of the ring that puts each group nearest its side."""
    candidates = [k / (8 * count) for k in range(8 * count)]  # eighths of a slot
    return min(candidates, key=lambda start: (_cost(groups, spots, count, path, start), start))


def _positions(
    unit: list[tuple[float, float]],
    aspect: float,
    ratio: float,
    height: float,
    inner: float,
    share: float,
) -> list[tuple[float, float]] | None:
    """Where the neighbours go for boxes of this height: on the largest ellipse that keeps
    them inside the area, `share` of them, spread evenly, on an inner ring `inner` times
    as large."""
    pad = 0.04
    rx = aspect - ratio * height / 2 - pad
    ry = 1 - height / 2 - pad
    if rx <= 0 or ry <= 0:
        return None
    out = []
    for n, (u, v) in enumerate(unit):
        shrink = inner if math.floor((n + 1) * share) > math.floor(n * share) else 1.0
        out.append((rx * u * shrink, ry * v * shrink))
    return out


def _apart(spots: list[tuple[float, float]], width: float, height: float) -> bool:
    """No two boxes closer than a gap; none so close to the centre's (at the origin) that
    an arrow and its mark have no room between them."""
    gap = 0.25 * height
    for n, (x, y) in enumerate(spots):
        if abs(x) < width + 0.8 * height and abs(y) < 1.8 * height:
            return False
        for x2, y2 in spots[n + 1 :]:
            if abs(x - x2) < width + gap and abs(y - y2) < height + gap:
                return False
    return True


def _largest(
    unit: list[tuple[float, float]], aspect: float, ratio: float, inner: float, share: float
) -> _Try:
    """The tallest node (and where the nodes go) that keeps every box apart."""
    low, high = 0.0, 0.34
    found: list[tuple[float, float]] = []

    def fits(height: float) -> list[tuple[float, float]] | None:
        placed = _positions(unit, aspect, ratio, height, inner, share)
        if placed is not None and _apart(placed, ratio * height, height):
            return placed
        return None

    top = fits(high)
    if top is not None:
        return _Try(high, tuple(top))
    for _ in range(16):
        middle = (low + high) / 2
        placed = fits(middle)
        if placed is not None:
            low, found = middle, placed
        else:
            high = middle
    if not found:  # no size keeps them apart (never for MAX_NEIGHBOURS): tiny boxes
        low = 1e-3
        found = _positions(unit, aspect, ratio, low, inner, share) or [(0.0, 0.0)] * len(unit)
    return _Try(low, tuple(found))


# ---- the exercise ---------------------------------------------------------------------------
class HiddenLink(msgspec.Struct, frozen=True):
    """A link the student restores: `prompt` asks for the item at its other end; `answer`
    is that item, and `accepted` every item that is right (links that read the same, such
    as two things one law enabled, may be restored in either order)."""

    edge: MapEdge
    prompt: str
    answer: str
    accepted: tuple[str, ...]


class RebuildExercise(msgspec.Struct, frozen=True):
    centre: str
    language: str
    links: tuple[HiddenLink, ...]


def check(link: HiddenLink, node_id: str) -> bool:
    """Whether the chosen node restores the hidden link."""
    return node_id in link.accepted


def rebuild_exercise(drawn: RelationMap, seed: int, count: int = 3) -> RebuildExercise:
    """Up to `count` links of the map to hide, each with its prompt, chosen by the seed: links
    of different relations first. Hidden links that are asked alike (two things one law
    enabled) accept each other's answer, in either order."""
    rng = random.Random(seed)
    by_group: dict[str, list[tuple[MapEdge, str]]] = {}
    for edge in drawn.edges:
        other = edge.target if edge.source == drawn.centre else edge.source
        node = drawn.node(other)
        if node is not None:
            by_group.setdefault(node.group, []).append((edge, other))
    for links in by_group.values():
        rng.shuffle(links)
    keys = list(by_group)
    rng.shuffle(keys)
    hidden: dict[str, list[tuple[MapEdge, str]]] = {}
    depth = 0
    while sum(map(len, hidden.values())) < count and any(len(by_group[k]) > depth for k in keys):
        for key in keys:
            if len(by_group[key]) > depth and sum(map(len, hidden.values())) < count:
                hidden.setdefault(key, []).append(by_group[key][depth])
        depth += 1
    chosen: list[HiddenLink] = []
    for key, links in hidden.items():
        answers = tuple(other for _edge, other in links)
        prompt = _prompt(drawn, key)
        chosen += [HiddenLink(edge, prompt, other, answers) for edge, other in links]
    rng.shuffle(chosen)
    return RebuildExercise(drawn.centre, drawn.language, tuple(chosen))


def _prompt(drawn: RelationMap, group: str) -> str:
    """The question a hidden link of `group` asks about the centre item, in the language."""
    said = drawn.said
    if drawn.language == "ko":
        return _KO_PROMPTS[group](said.name, said.president)
    return _EN_PROMPTS[group].format(c=said.name, was="were" if said.plural else "was")


_EN_PROMPTS: dict[str, str] = {
    "enabled:out": "What did {c} enable?",
    "enabled:in": "Which law enabled {c}?",
    "succeeded_by:out": "Which law succeeded {c}?",
    "succeeded_by:in": "Which law did {c} succeed?",
    "renamed_to:out": "What {was} {c} renamed to?",
    "renamed_to:in": "Which body was renamed {c}?",
    "merged_into:out": "What {was} {c} merged into?",
    "merged_into:in": "Which body was merged into {c}?",
    "became:out": "What did {c} become?",
    "became:in": "Which body became {c}?",
    "part_of:out": "Which programme {was} {c} part of?",
    "part_of:in": "Which project was part of {c}?",
    "parent:out": "Which body {was} {c} under?",
    "parent:in": "Which body was under {c}?",
    "agencies:out": "Which body worked on {c}?",
    "agencies:in": "Which project did {c} work on?",
    "carried_out_under:out": "Under which president {was} {c} carried out?",
    "carried_out_under:in": "Which project was carried out under {c}?",
    "enacted_under:out": "Under which president {was} {c} enacted?",
    "enacted_under:in": "Which law was enacted under {c}?",
}

# Korean, with each particle chosen by the sound of the name it follows (c: the name;
# p: a president as "김대중 대통령").
_KO_PROMPTS: dict[str, Callable[[str, str], str]] = {
    "enabled:out": lambda c, p: f"{josa(c, '이')} 법적 근거가 된 것은 무엇인가?",
    "enabled:in": lambda c, p: f"{c}의 법적 근거가 된 법령은 무엇인가?",
    "succeeded_by:out": lambda c, p: f"{c}의 뒤를 이은 법령은 무엇인가?",
    "succeeded_by:in": lambda c, p: f"{josa(c, '이')} 대체한 이전 법령은 무엇인가?",
    "renamed_to:out": lambda c, p: f"{josa(c, '은')} 어떤 이름으로 바뀌었는가?",
    "renamed_to:in": lambda c, p: f"이름이 바뀌어 {josa(c, '이')} 된 기관은 어디인가?",
    "merged_into:out": lambda c, p: f"{josa(c, '은')} 어느 기관으로 통합되었는가?",
    "merged_into:in": lambda c, p: f"{josa(c, '으로')} 통합된 기관은 어디인가?",
    "became:out": lambda c, p: f"{josa(c, '은')} 어느 기관으로 이어졌는가?",
    "became:in": lambda c, p: f"{josa(c, '으로')} 이어진 이전 기관은 어디인가?",
    "part_of:out": lambda c, p: f"{josa(c, '은')} 어느 사업의 일부였는가?",
    "part_of:in": lambda c, p: f"{c}에 속한 사업은 무엇인가?",
    "parent:out": lambda c, p: f"{josa(c, '은')} 어느 기관 소속이었는가?",
    "parent:in": lambda c, p: f"{c}에 소속된 기관은 어디인가?",
    "agencies:out": lambda c, p: f"{josa(c, '을')} 추진한 기관은 어디인가?",
    "agencies:in": lambda c, p: f"{josa(c, '이')} 추진한 사업은 무엇인가?",
    "carried_out_under:out": lambda c, p: f"{josa(c, '은')} 어느 대통령 때 추진되었는가?",
    "carried_out_under:in": lambda c, p: f"{p} 때 추진된 사업은 무엇인가?",
    "enacted_under:out": lambda c, p: f"{josa(c, '은')} 어느 대통령 때 제정되었는가?",
    "enacted_under:in": lambda c, p: f"{p} 때 제정된 법령은 무엇인가?",
}


class Outcome(msgspec.Struct, frozen=True):
    right: bool
    chosen: str
    restored: str  # the item whose link is now drawn again (the right one, after a slip)
    link: HiddenLink


class RebuildRound:
    """One go at an exercise: which link is asked now, what has been restored, the score.
    The widget shows it and reports the clicks; the rules are here."""

    def __init__(self, exercise: RebuildExercise) -> None:
        self.exercise = exercise
        self.index = 0
        self.outcomes: list[Outcome] = []
        self._restored: set[str] = set()  # neighbours whose links are drawn again

    @property
    def current(self) -> HiddenLink | None:
        links = self.exercise.links
        return links[self.index] if self.index < len(links) else None

    @property
    def done(self) -> bool:
        return self.current is None

    @property
    def score(self) -> int:
        return sum(1 for o in self.outcomes if o.right)

    @property
    def total(self) -> int:
        return len(self.exercise.links)

    def hidden(self) -> set[str]:
        """The neighbours whose links are still hidden."""
        return {link.answer for link in self.exercise.links} - self._restored

    def answer(self, node_id: str) -> Outcome | None:
        """The student chose `node_id` for the link asked now; None when nothing is asked."""
        link = self.current
        if link is None:
            return None
        open_answers = [a for a in link.accepted if a not in self._restored]
        right = check(link, node_id) and node_id in open_answers
        restored = node_id if right else (open_answers[0] if open_answers else link.answer)
        self._restored.add(restored)
        outcome = Outcome(right, node_id, restored, link)
        self.outcomes.append(outcome)
        self.index += 1
        return outcome

    def asking(self) -> str:
        """'Link 2 of 3: <prompt>', in the exercise's language; "" when all are answered."""
        link = self.current
        if link is None:
            return ""
        n, total = self.index + 1, self.total
        if self.exercise.language == "ko":
            return f"연결 {n}/{total}: {link.prompt}"
        return f"Link {n} of {total}: {link.prompt}"

    def feedback(self, outcome: Outcome, name_of: Callable[[str], str]) -> str:
        """What the student is told after a choice: right, or which item was."""
        korean = self.exercise.language == "ko"
        if outcome.right:
            return "정답입니다." if korean else "Right."
        right = name_of(outcome.restored)
        return f"아쉽습니다. 정답은 {right}입니다." if korean else f"Not quite: it is {right}."

    def summary(self) -> str:
        """'2 of 3 links restored.'"""
        if self.exercise.language == "ko":
            return f"연결 {self.total}개 중 {self.score}개를 되살렸습니다."
        noun = "link" if self.total == 1 else "links"
        return f"{self.score} of {self.total} {noun} restored."
