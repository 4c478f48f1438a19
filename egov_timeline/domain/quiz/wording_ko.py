"""A question spec worded in Korean, from the spec and the content alone: never from the
English wording. One register (the written 한다체 of a test paper: "~는가?", "~하시오"),
particles chosen by the sound they follow. No Qt."""

from __future__ import annotations

from egov_timeline.domain.dates import HistDate, display_date
from egov_timeline.domain.model import Agency, Item, Stage
from egov_timeline.domain.quiz import facts
from egov_timeline.domain.quiz.korean import copula_past, josa
from egov_timeline.domain.quiz.spec import Choice, Event, QuestionSpec
from egov_timeline.domain.quiz.text import Wording, context_sentence

TYPE_NAMES = {
    "year": "사건의 연도",
    "administration": "어느 정부",
    "stage": "어느 단계",
    "order": "순서 맞추기",
    "place": "연표에 놓기",
    "acronym": "약칭",
    "true_false": "참·거짓",
    "agency": "기관의 변천",
    "law": "근거 법령",
    "member": "소속 사업",
}


def date_ko(date: HistDate) -> str:
    return display_date(date, "ko")


def stage_years(stage: Stage) -> str:
    """'1980~1995년', '1960~1970년대': the stage's period in Korean, from its dates."""
    first, last = stage.start, stage.end
    if last is None or last.open:
        return f"{date_ko(first)}부터"
    if first.precision == "decade" and last.precision == "decade":
        return f"{first.year}~{last.year}년대"
    return f"{first.year}~{last.year}년"


class Korean(Wording):
    # ---- names -----------------------------------------------------------------------
    def name(self, item: Item, plain: bool = False) -> str:
        """The Korean name; with the acronym where another body had the same name."""
        korean = item.name_ko or item.name
        if not plain and korean in self.shared and item.acronym:
            return f"{korean}({item.acronym})"
        return korean

    def other(self, event: Event, which: str) -> str:
        target = event.before if which == "before" else event.after
        if target:
            return self.name(self.pack.by_id[target])
        return event.after_name_ko or event.after_name or ""

    # ---- events ----------------------------------------------------------------------
    def _verb(self, item: Item, event: Event) -> tuple[str, str]:
        """(question ending, statement ending) of the event: ('제정되었는가', '제정되었다')."""
        kind = event.event
        if kind == "founded" and isinstance(item, Agency):
            if item.agency_type == "ministry":
                return "출범했는가", "출범했다"
            if item.agency_type == "committee":
                return "설치되었는가", "설치되었다"
            return "설립되었는가", "설립되었다"
        if kind == "took office":
            if event.acting:
                return "대통령 권한대행이 되었는가", "대통령 권한대행이 되었다"
            return "대통령에 취임했는가", "대통령에 취임했다"
        return {
            "enacted": ("제정되었는가", "제정되었다"),
            "in force": ("시행되었는가", "시행되었다"),
            "founded": ("설립되었는가", "설립되었다"),
            "re-established": ("다시 설치되었는가", "다시 설치되었다"),
            "abolished": ("폐지되었는가", "폐지되었다"),
            "planned": ("수립되었는가", "수립되었다"),
            "launched": ("시작되었는가", "시작되었다"),
            "first service": ("운영을 시작했는가", "운영을 시작했다"),
        }.get(kind, ("시작되었는가", "시작되었다"))

    def _subject_and_verb(self, item: Item, event: Event) -> tuple[str, str, str]:
        """(subject with its particle, question ending, statement ending)."""
        kind = event.event
        name = self.name(item)
        if kind == "renamed" and not event.at_end and event.before:
            before = self.other(event, "before")
            return (
                josa(before, "은"),
                f"{josa(name, '으로')} 이름이 바뀌었는가",
                f"{josa(name, '으로')} 이름이 바뀌었다",
            )
        if kind == "renamed" and event.at_end:
            after = self.other(event, "after")
            return (
                josa(name, "은"),
                f"{josa(after, '으로')} 이름이 바뀌었는가",
                f"{josa(after, '으로')} 이름이 바뀌었다",
            )
        if kind == "renamed":
            return josa(name, "은"), "이 이름을 얻었는가", "이 이름을 얻었다"
        if kind == "merged" and not event.at_end:
            return josa(name, "은"), "통합되어 출범했는가", "통합되어 출범했다"
        if kind == "merged":
            after = self.other(event, "after")
            return (
                josa(name, "은"),
                f"{josa(after, '으로')} 통합되었는가",
                f"{josa(after, '으로')} 통합되었다",
            )
        ask, say = self._verb(item, event)
        return josa(name, "은"), ask, say

    def ask_year(self, item: Item, event: Event) -> str:
        subject, ask, _say = self._subject_and_verb(item, event)
        return f"{subject} 몇 년에 {ask}?"

    def state(self, item: Item, event: Event, when: str) -> str:
        """'전자정부법은 2001년 3월 28일에 제정되었다'."""
        subject, _ask, say = self._subject_and_verb(item, event)
        return f"{subject} {when} {say}"

    def when(self, event: Event) -> str:
        if event.event == "took office":
            return f"{event.date.year}년에"
        return f"{date_ko(event.date)}에"

    def short_event(self, event: Event) -> str:
        """An ordering choice: '전자정부법 제정'."""
        item = self.pack.by_id[event.item]
        name = self.name(item)
        kind = event.event
        if kind == "renamed" and not event.at_end and event.before:
            before = self.name(self.pack.by_id[event.before])
            return f"{before}, {josa(name, '으로')} 이름 변경"
        if kind == "took office":
            return f"{name} 대통령 권한대행 취임" if event.acting else f"{name} 대통령 취임"
        if kind == "founded" and isinstance(item, Agency):
            noun = {"ministry": "출범", "committee": "설치"}.get(item.agency_type, "설립")
            return f"{name} {noun}"
        nouns = {
            "enacted": "제정",
            "in force": "시행",
            "founded": "설립",
            "re-established": "재설치",
            "merged": "통합 출범",
            "abolished": "폐지",
            "planned": "수립",
            "launched": "시작",
            "first service": "운영 시작",
        }
        return f"{name} {nouns.get(kind, '시작')}"

    def context(self, item: Item) -> str:
        return context_sentence(item.summary_ko)

    # ---- choices -----------------------------------------------------------------------
    def choice(self, spec: QuestionSpec, choice: Choice) -> str:
        if spec.type == "order" and choice.event is not None:
            return self.short_event(choice.event)
        if spec.type == "true_false":
            return "참" if choice.value == "true" else "거짓"
        if choice.value is not None:
            return choice.value
        if choice.id is not None:
            item = self.pack.by_id[choice.id]
            if spec.type == "acronym":
                if spec.direction == "abbreviate":
                    return item.acronym or ""
                # the acronym abbreviates the English name: show it, with the Korean
                korean = item.name_ko or item.name
                return f"{item.name} ({korean})" if korean != item.name else item.name
            return self.name(item, plain=spec.type == "agency")
        return choice.name_ko or choice.name or ""

    # ---- the question --------------------------------------------------------------------
    def came_into_force(self, date: HistDate) -> str:
        return f"시행일은 {date_ko(date)}이다."

    def had_been_enacted(self, date: HistDate) -> str:
        return f"제정일은 {date_ko(date)}이다."

    def _year(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        said = self.state(item, event, self.when(event))
        return self.ask_year(item, event), self._with_context(
            said, item, self._in_force_note(item, event)
        )

    def _place(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        subject, ask, _say = self._subject_and_verb(item, event)
        prompt = f"연표에서 연도를 고르시오. {subject} 언제 {ask}?"
        said = self.state(item, event, self.when(event))
        return prompt, self._with_context(said, item, self._in_force_note(item, event))

    def _true_false(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event, statement = spec.asked, spec.statement
        assert event is not None and statement is not None
        if statement.about == "year":
            stated = self.state(item, event, f"{statement.stated}년에")
        else:
            president = self.pack.by_id[statement.stated]
            stated = self.state(item, event, f"{self.name(president)} 대통령 때")
        verdict = "참" if statement.true else "거짓"
        truth = self.state(item, event, self.when(event))
        holder = facts.president_at(self.pack, event.date)
        extra = ""
        if statement.about == "administration" and holder is not None:
            extra = f"당시 대통령은 {copula_past(self.name(holder))}."
        return f"참인가 거짓인가? {stated}.", self._with_context(f"{verdict}: {truth}", item, extra)

    def _administration(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None and spec.target is not None
        president = self.pack.by_id[spec.target]
        subject, ask, _say = self._subject_and_verb(item, event)
        prompt = f"{subject} 어느 대통령 때 {ask}?"
        said = self.state(item, event, self.when(event))
        end = president.end
        until = "현재" if end is None or end.open else f"{end.year}년"
        term = f"{president.start.year}년~{until} 재임"
        extra = f"당시 대통령은 {copula_past(f'{self.name(president)}({term})')}."
        return prompt, self._with_context(said, item, extra)

    def _stage(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        stage = self.pack.by_id[spec.target]
        assert isinstance(stage, Stage)
        name = self.name(item)
        prompt = f"{josa(name, '은')} 한국 전자정부 발전의 어느 단계에 속하는가?"
        said = (
            f"{josa(name, '은')} {stage.order}단계 \u2018{self.name(stage)}\u2019"
            f"({stage_years(stage)})에 속한다"
        )
        return prompt, self._with_context(said, item)

    def _order(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        by_id = {c.id: c.event for c in spec.choices}
        parts = []
        for item_id in spec.right_order:
            event = by_id[item_id]
            assert event is not None
            parts.append(f"{self.short_event(event)}({date_ko(event.date)})")
        return (
            "다음 사건을 일어난 순서대로 배열하시오. 가장 이른 것이 맨 위로 간다.",
            "순서: " + " \u2192 ".join(parts) + ".",
        )

    def _acronym(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        acronym = item.acronym or ""
        name = self.name(item, plain=True)
        said = f"{josa(acronym, '은')} {item.name}, 곧 {name}의 약칭이다"
        if spec.direction == "expand":
            return f"{josa(acronym, '은')} 어떤 이름의 약칭인가?", self._with_context(said, item)
        return f"{name}({item.name})의 영문 약칭은 무엇인가?", self._with_context(said, item)

    def _agency(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        event = spec.asked
        assert event is not None
        year = event.date.year
        name = self.name(item)
        if event.event == "merged":
            prompt = f"{josa(name, '은')} {year}년에 어느 기관으로 통합되었는가?"
        else:
            prompt = f"{josa(name, '은')} {year}년에 어떤 이름으로 바뀌었는가?"
        said = self.state(item, event, self.when(event))
        steps = [self._step(e) for e in spec.chain]
        arrow = " \u2192 "
        history = f"명칭의 변천: {arrow.join(steps)}." if len(steps) > 1 else ""
        return prompt, " ".join(p for p in (said + ".", history) if p)

    def _step(self, event: Event) -> str:
        item = self.pack.by_id[event.item]
        date = date_ko(event.date)
        if event.at_end:
            if event.event == "abolished":
                return f"폐지({date})"
            after = (
                self.name(self.pack.by_id[event.after], plain=True)
                if event.after
                else (event.after_name_ko or event.after_name or "")
            )
            word = "통합" if event.event == "merged" else "명칭 변경"
            return f"{after}({date} {word})"
        word = {
            "founded": "설립",
            "re-established": "재설치",
            "renamed": "명칭 변경",
            "merged": "통합 출범",
        }.get(event.event, "시작")
        if event.event == "founded" and isinstance(item, Agency):
            word = {"ministry": "출범", "committee": "설치"}.get(item.agency_type, "설립")
        return f"{self.name(item, plain=True)}({date} {word})"

    def _law(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        target = self.pack.by_id[spec.target]
        if spec.direction == "basis":
            law, thing = target, item
            prompt = f"{self.name(item)}의 법적 근거가 된 법령은 무엇인가?"
        else:
            law, thing = item, target
            prompt = f"다음 중 {josa(self.name(item), '이')} 법적 근거가 된 것은 무엇인가?"
        said = (
            f"{date_ko(law.start)}에 제정된 {josa(self.name(law), '은')} "
            f"{self.name(thing)}의 법적 근거가 되었다"
        )
        return prompt, self._with_context(said, thing)

    def _member(self, spec: QuestionSpec, item: Item) -> tuple[str, str]:
        assert spec.target is not None
        parent = self.pack.by_id[spec.target]
        whole = self.name(parent)
        prompt = f"다음 중 {whole}에 속한 것은 무엇인가?"
        said = f"{josa(self.name(item), '은')} {whole}의 하나였다"
        return prompt, self._with_context(said, item)
