"""Acronym questions: what an acronym stands for, or the acronym of a name. No Qt.

The wrong choices look alike: expansions of the same shape or that share the acronym's
initials; acronyms with the same first letter. None is a name the content gives as
another name of the answer.
"""

from __future__ import annotations

from egov_timeline.domain.model import Item
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.picking import Picker
from egov_timeline.domain.quiz.spec import Choice, QuestionSpec


def make_acronym(picker: Picker, item: Item) -> QuestionSpec | None:
    acronym = (item.acronym or "").strip()
    initial = acronym[0].lower()
    expand = picker.rng.random() < 0.5
    if expand:
        # look-alike expansions: names of the same shape (the same first word: Ministry
        # of ..., National ...), or whose words start with two of the acronym's letters
        first_word = item.name.split()[0].lower()
        others = [
            o
            for o in picker.pack.items
            if o.id != item.id
            and o.kind in ("project", "agency", "law")
            and "existence" not in o.uncertain
            and o.name[:1].lower() == initial
            and (
                o.name.split()[0].lower() == first_word
                or facts.shared_initials(acronym, o.name) >= 2
            )
        ]
    else:
        # look-alike acronyms: real acronyms with the same first letter
        others = [
            o
            for o in picker.pack.items
            if o.id != item.id
            and facts.acronym_ok(o)
            and (o.acronym or "")[:1].lower() == initial
            and o.acronym != acronym
        ]
    # never a name the content gives as another name of the answer, or the reverse
    others = [o for o in others if item.name not in o.aliases and o.name not in item.aliases]
    others = picker.distinct_names({item.name, item.name_ko}, others)
    if not expand:
        seen = {acronym}
        unique = []
        for o in others:
            if o.acronym not in seen:
                seen.add(o.acronym or "")
                unique.append(o)
        others = unique
    return picker.four_choices(
        "acronym",
        item,
        Choice(id=item.id),
        [Choice(id=o.id) for o in others],
        direction="expand" if expand else "abbreviate",
    )
