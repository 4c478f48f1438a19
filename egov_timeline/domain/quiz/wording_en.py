"""A question spec worded in English, from the spec and the content alone. No Qt."""

from __future__ import annotations

import re

from egov_timeline.domain.dates import HistDate, display_date
from egov_timeline.domain.model import Administration, Agency, Item, Law, Stage
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec
from egov_timeline.domain.quiz.text import Wording, context_sentence

TYPE_NAMES = {
    "year": "Year of an event",
    "administration": "Which administration",
    "stage": "Which stage",
    "order": "Put in order",
    "place": "Place it on the timeline",
    "acronym": "Acronyms",
    "true_false": "True or false",
    "agency": "What a body became",
    "law": "The law behind it",
    "member": "Part of a programme",
}

_PLURAL_LAST = {"projects", "tasks"}
_ARTICLE_WORDS = re.compile(
    r"\b(System|Plan|Network|Service|Center|Strategy|Roadmap|projects?|tasks?|"
    r"Infrastructure|computer|Portal|network|committee|plan|Act|Agency|Ministry|Board|"
    r"Committee|Commission|Directive|Regulation|Framework)\b"
)


class English(Wording):
    # ---- names -----------------------------------------------------------------------
    def name(self, item: Item, plain: bool = False) -> str:
        """The item's name; with its acronym where another body had the same name."""
        if not plain and item.name in self.shared and item.acronym:
            return f"{item.name} ({item.acronym})"
        return item.name

    def the(self, item: Item, plain: bool = False) -> str:
        """A name as it reads inside a sentence: 'the E-Government Act', 'Cyber Korea 21'."""
        name = self.name(item, plain)
        if isinstance(item, Stage):
            return f"the stage \u201c{name}\u201d"
        if isinstance(item, Administration):
            return name
        if name[:1].islower():  # e-Korea Vision 2006, u-Korea Master Plan
            return f"the {name}" if _ARTICLE_WORDS.search(name) else name
        if name.lower().startswith("the "):
            return "the " + name[4:]
        if _descriptive(name):
            return "the " + name[0].lower() + name[1:]
        if item.kind in ("law", "agency") or _ARTICLE_WORDS.search(name):
            return f"the {name}"
        return name

    def plural(self, item: Item) -> bool:
        return item.kind == "project" and item.name.split()[-1].lower() in _PLURAL_LAST

    def be(self, item: Item) -> str:
        return "were" if self.plural(item) else "was"

    def title(self, item: Item) -> str:
        return _capital(self.the(item))

    def other(self, event: Event, which: str) -> str:
        """The body before or after a renaming or merger, as it reads in a sentence."""
        target = event.before if which == "before" else event.after
        if target:
            return self.the(self.pack.by_id[target])
        name = event.after_name or ""
        return name if name.lower().startswith("the ") else f"the {name}"

    # ---- events ----------------------------------------------------------------------
    def _participle(self, item: Item, event: Event) -> str:
        kind = event.event
        if kind == "enacted":
            return "issued" if isinstance(item, Law) and item.law_type != "act" else "enacted"
        if kind == "founded":
            committee = isinstance(item, Agency) and item.agency_type == "committee"
            return "set up" if committee else "founded"
        return {
            "re-established": "re-established",
            "abolished": "abolished",
            "planned": "drawn up",
            "launched": "launched",
        }.get(kind, kind)

    def ask_year(self, item: Item, event: Event) -> str:
        kind, the, be = event.event, self.the(item), self.be(item)
        if kind == "in force":
            return f"In which year did {the} come into force?"
        if kind == "first service":
            return f"In which year did {the} go into service?"
        if kind == "took office":
            role = "become acting president" if event.acting else "take office as president"
            return f"In which year did {the} {role}?"
        if kind == "renamed" and not event.at_end:
            if event.before:
                return f"In which year was {self.other(event, 'before')} renamed {the}?"
            return f"In which year did {the} take that name?"
        if kind == "renamed":
            return f"In which year was {the} renamed {self.other(event, 'after')}?"
        if kind == "merged" and not event.at_end:
            return f"In which year was {the} formed by a merger?"
        if kind == "merged":
            return f"In which year was {the} merged into {self.other(event, 'after')}?"
        return f"In which year {be} {the} {self._participle(item, event)}?"

    def state(self, item: Item, event: Event, capital: bool = True) -> str:
        """What happened, as a clause: 'The E-Government Act was enacted'."""
        kind, the, be = event.event, self.the(item), self.be(item)
        if kind == "in force":
            text = f"{the} came into force"
        elif kind == "first service":
            text = f"{the} went into service"
        elif kind == "took office":
            text = f"{the} became acting president" if event.acting else f"{the} took office"
        elif kind == "renamed" and not event.at_end:
            text = (
                f"{self.other(event, 'before')} was renamed {the}"
                if event.before
                else f"{the} took that name"
            )
        elif kind == "renamed":
            text = f"{the} was renamed {self.other(event, 'after')}"
        elif kind == "merged" and not event.at_end:
            text = f"{the} was formed by a merger"
        elif kind == "merged":
            text = f"{the} was merged into {self.other(event, 'after')}"
        else:
            text = f"{the} {be} {self._participle(item, event)}"
        return _capital(text) if capital else text

    def when(self, event: Event) -> str:
        if event.event == "took office":
            return f"in {event.date.year}"  # the term itself is in the explanation
        return on(event.date)

    def short_event(self, event: Event) -> str:
        """An ordering choice: 'E-Government Act (enacted)'."""
        item = self.pack.by_id[event.item]
        name = self.name(item)
        kind = event.event
        if kind == "renamed" and not event.at_end and event.before:
            before = self.pack.by_id[event.before]
            return f"{name}: renamed from {before.acronym or before.name}"
        words = {
            "took office": "became acting president" if event.acting else "took office",
            "merged": "formed by a merger",
            "first service": "went into service",
            "in force": "came into force",
        }
        return f"{name}: {words.get(kind) or self._participle(item, event)}"

    def context(self, item: Item) -> str:
        return context_sentence(item.summary)

    # ---- choices -----------------------------------------------------------------------
    def choice(self, spec: QuestionSpec, choice: Choice) -> str:
        if spec.type == "order" and choice.event is not None:
            return self.short_event(choice.event)
        if spec.type == "true_false":
            return "True" if choice.value == "true" else "False"
        if choice.value is not None:
            return choice.value
        if choice.id is not None:
            item = self.pack.by_id[choice.id]
            if spec.type == "acronym" and spec.direction == "abbreviate":
                return item.acronym or ""
            if spec.type in ("acronym", "agency"):
                # plain names: an acronym beside one choice only would single it out
                return item.name
            return self.name(item)
        return choice.name or ""

    # ---- the question --------------------------------------------------------------------
    def came_into_force(self, date: HistDate) -> str:
        return f"It came into force {on(date)}."

    def had_been_enacted(self, date: HistDate) -> str:
        return f"It had been enacted {on(date)}."

    def _year(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        said = f"{self.state(item, event)} {self.when(event)}"
        return self.ask_year(item, event), self._with_context(
            said, item, self._in_force_note(item, event)
        )

    def _place(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        question = self.ask_year(item, event).replace("In which year", "When", 1)
        prompt = f"Place it on the timeline. {question}"
        said = f"{self.state(item, event)} {self.when(event)}"
        return prompt, self._with_context(said, item, self._in_force_note(item, event))

    def _true_false(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event, statement = spec.asked, spec.statement
        assert event is not None and statement is not None
        clause = self.state(item, event)
        if statement.about == "year":
            stated = f"{clause} in {statement.stated}."
        else:
            president = self.pack.by_id[statement.stated]
            stated = f"{clause} under {president.name}."
        verdict = "True" if statement.true else "False"
        truth = f"{self.state(item, event, capital=False)} {self.when(event)}"
        holder = facts.president_at(self.pack, event.date)
        if statement.about == "administration" and holder is not None:
            truth += f", under {holder.name}"
        return f"True or false? {stated}", self._with_context(f"{verdict}: {truth}", item)

    def _administration(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None and spec.target is not None
        president = self.pack.by_id[spec.target]
        clause = self.state(item, event, capital=False)
        # "Under which president was the E-Government Act enacted?"
        subject, _, rest = clause.partition(" was ")
        if rest:
            prompt = f"Under which president was {subject} {rest}?"
        else:
            subject, _, rest = clause.partition(" were ")
            if rest:
                prompt = f"Under which president were {subject} {rest}?"
            else:
                prompt = f"Under which president did {_base_form(clause)}?"
        term = _term(president)
        said = f"{self.state(item, event)} {self.when(event)}, under {president.name} ({term})"
        return prompt, self._with_context(said, item)

    def _stage(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        stage = self.pack.by_id[spec.target]
        assert isinstance(stage, Stage)
        do, belongs = ("do", "belong") if self.plural(item) else ("does", "belongs")
        prompt = f"To which stage of Korea's e-government {do} {self.the(item)} belong?"
        said = f"{self.title(item)} {belongs} to stage {stage.order}, {stage.name} ({stage.label})"
        return prompt, self._with_context(said, item)

    def _order(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        by_id = {c.id: c.event for c in spec.choices}
        parts = []
        for item_id in spec.right_order:
            event = by_id[item_id]
            assert event is not None
            parts.append(f"{self.short_event(event)}, {display_date(event.date)}")
        return (
            "Put these events in the order they happened, earliest first.",
            "In order: " + "; ".join(parts) + ".",
        )

    def _acronym(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        acronym = item.acronym or ""
        said = f"{acronym} stands for {self.the(item, plain=True)}"
        if spec.direction == "expand":
            return f"What does {acronym} stand for?", self._with_context(said, item)
        return (
            f"Which acronym stands for {self.the(item, plain=True)}?",
            self._with_context(said, item),
        )

    def _agency(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        year = event.date.year
        if event.event == "merged":
            prompt = f"Into which body was {self.the(item)} merged in {year}?"
        else:
            prompt = f"What was {self.the(item)} renamed in {year}?"
        said = f"{self.state(item, event)} {self.when(event)}"
        steps = [self._step(e) for e in spec.chain]
        arrow = " \u2192 "
        history = f"Its history: {arrow.join(steps)}." if len(steps) > 1 else ""
        return prompt, " ".join(p for p in (said + ".", history) if p)

    def _step(self, event: Event) -> str:
        """One step of a body's history: 'National Computerization Agency (founded 30 Jan
        1987)'; the name after a renaming or merger, with how and when."""
        item = self.pack.by_id[event.item]
        date = display_date(event.date)
        if event.at_end:
            if event.event == "abolished":
                return f"abolished ({date})"
            after = (
                self.name(self.pack.by_id[event.after], plain=True)
                if event.after
                else (event.after_name or "")
            )
            return f"{after} ({'merger' if event.event == 'merged' else 'renamed'}, {date})"
        verb = {"merged": "formed by a merger", "renamed": "renamed"}.get(
            event.event, self._participle(item, event)
        )
        return f"{self.name(item, plain=True)} ({verb}, {date})"

    def _law(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        target = self.pack.by_id[spec.target]
        if spec.direction == "basis":
            law, thing = target, item
            prompt = f"Which law gave {self.the(item)} its legal basis?"
        else:
            law, thing = item, target
            prompt = f"Which of these had its legal basis in {self.the(item)}?"
        said = f"{self.title(law)}, enacted {on(law.start)}, gave {self.the(thing)} its legal basis"
        return prompt, self._with_context(said, thing)

    def _member(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        parent = self.pack.by_id[spec.target]
        whole = self.the(parent)
        if self.plural(parent):
            prompt = f"Which of these was one of {whole}?"
            said = f"{self.title(item)} {self.be(item)} one of {whole}"
        else:
            prompt = f"Which of these was part of {whole}?"
            said = f"{self.title(item)} {self.be(item)} part of {whole}"
        return prompt, self._with_context(said, item)


def _descriptive(name: str) -> bool:
    """A name that is a description, not a title: 'First government computer (...)',
    'High-speed national backbone network'; its first word is lower-cased after 'the'."""
    words = name.split()
    minor = {"of", "to", "for", "and", "the", "on", "in", "at"}
    rest = [w for w in words[1:] if w not in minor]
    if not rest or not words[0][:1].isupper() or not rest[0][:1].islower():
        return False
    first = words[0]
    return first[1:].islower() or (first[1:2] == "-" and first[2:].islower())


def on(date: HistDate) -> str:
    text = display_date(date)
    return f"on {text}" if date.precision == "day" else f"in {text}"


def _capital(text: str) -> str:
    """A sentence's first letter in capitals, but names keep theirs (e-Korea, u-Korea)."""
    if text[:1].islower() and text[1:2] != "-":
        return text[:1].upper() + text[1:]
    return text


def _term(president: Item) -> str:
    end = president.end
    until = "today" if end is None or end.open else str(end.year)
    return f"president {president.start.year}\u2013{until}"


def _base_form(clause: str) -> str:
    """'the Home Tax Service went into service' -> 'the Home Tax Service go into service'."""
    for past, base in (("went into", "go into"), ("came into", "come into"), ("took", "take")):
        if f" {past} " in clause:
            return clause.replace(f" {past} ", f" {base} ", 1)
    return clause
