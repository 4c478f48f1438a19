"""The words the core makes (dates, kinds, panel labels, quiz prompts) in English and Korean,
and the language-aware names and summaries of items. No Qt: the interface itself is
translated with Qt's tools (resources/i18n)."""

import os
from typing import TYPE_CHECKING

from egov_timeline.domain.model import Item, Stage

if TYPE_CHECKING:
    from egov_timeline.domain.pack import Pack

LANGUAGES = ("en", "ko")
LANGUAGE_NAMES = {"en": "English", "ko": "한국어"}


def detect_language(environ: dict | None = None) -> str:
    """The user's language from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").lower()
        if value:
            return "ko" if value.startswith("ko") else "en"
    return "en"


# English text -> Korean. Keys are the English strings the code uses.
KO: dict[str, str] = {
    # kinds and lanes
    "Stage": "단계",
    "Administration": "정부",
    "Project or plan": "사업·계획",
    "Law": "법령",
    "Agency or committee": "기관·위원회",
    "Stages": "단계",
    "Presidents": "대통령",
    "Projects": "사업",
    "Laws": "법령",
    "Agencies": "기관",
    # panel labels
    "Acronym": "약칭",
    "Korean name": "한국어 이름",
    "English name": "영어 이름",
    "Period": "기간",
    "Enacted": "제정",
    "In force": "시행",
    "Type": "종류",
    "Number": "법률 번호",
    "Act": "법률",
    "Regulation": "규정",
    "Presidential directive": "대통령 훈령",
    "Enacted under": "제정 당시 정부",
    "Enabled": "근거를 마련한 대상",
    "Succeeded by": "후속 법령",
    "Succeeds": "이전 법령",
    "Projects based on it": "이 법에 근거한 사업",
    "Founded": "설립",
    "Re-established": "재설치",
    "Took this name": "이 이름으로 변경",
    "Formed by a merger": "통합 출범",
    "Merged": "통합",
    "Abolished": "폐지",
    "Renamed": "명칭 변경",
    "Ended": "폐지",
    "Status": "현재",
    "still exists": "존속 중",
    "Names over time": "명칭의 변천",
    "Role": "역할",
    "Missions": "임무",
    "Parent body": "상위 기관",
    "Bodies under it": "하위 기관",
    "Administrations": "정부",
    "Projects and plans": "사업·계획",
    "Created or enabled by": "설립 근거",
    "President": "대통령",
    "Acting president": "권한대행",
    "Term": "임기",
    "Acting for": "대행한 대통령",
    "Acting presidents in this term": "이 임기의 권한대행",
    "End of term": "임기 종료",
    "Stages overlapped": "걸친 단계",
    "Main accomplishments and laws in the 2015 report": "2015년 보고서가 꼽은 주요 성과와 법령",
    "Milestones": "주요 사건",
    "See also": "함께 보기",
    "Renamed from": "이전 명칭",
    "Renamed to": "바뀐 명칭",
    "Part of": "상위 사업",
    "Includes": "하위 사업",
    "Stage_link": "단계",
    "Agencies_link": "기관",
    "Laws_link": "법령",
    "The 2015 report says": "2015년 보고서의 표현",
    "Note": "참고",
    "Unconfirmed": "확인되지 않음",
    "Not settled": "확정되지 않음",
    "(acting)": "(권한대행)",
    "{kind}, acting": "{kind}, 권한대행",
    "{count} items here (click or zoom in to see them):": (
        "이곳의 항목 {count}개(클릭하거나 확대하면 보입니다):"
    ),
    "and {count} more": "외 {count}개",
    "(uncertain)": "(불확실)",
    "Public sources do not confirm that this exists as described; treat it with care.": (
        "공개 자료에서 이 내용이 설명대로 존재하는지 확인되지 않는다. 주의해서 다루어야 한다."
    ),
    "Sources do not settle: ": "자료로 확정되지 않은 것: ",
    "the start date": "시작일",
    "the end date": "종료일",
    "the acronym": "약칭",
    "the name": "이름",
    "the Korean name": "한국어 이름",
    "which agencies took part": "참여 기관",
    "the date it came into force": "시행일",
    "today": "현재",
    # the legend of a poster
    "acting president": "권한대행",
    "uncertain date": "불확실한 날짜",
    "date known only to the month or year": "월이나 연도까지만 알려진 날짜",
    # themes
    "Light": "밝게",
    "Dark": "어둡게",
    "High contrast": "고대비",
}


def tr(text: str, language: str) -> str:
    return KO.get(text, text) if language == "ko" else text


def item_name(item: Item, language: str = "en", both: bool = False) -> str:
    """The item's name in the language (Korean where the pack gives one), or both names."""
    english, korean = item.name, item.name_ko
    if both and korean and korean != english:
        return f"{korean} ({english})" if language == "ko" else f"{english} ({korean})"
    return korean if language == "ko" and korean else english


def item_summary(item: Item, language: str = "en") -> str:
    return item.summary_ko if language == "ko" and item.summary_ko else item.summary


def stage_label(item: Item, language: str = "en") -> str:
    """A stage's period as the report gives it ('1960s and 1970s', '1960~1970년대')."""
    if not isinstance(item, Stage):
        return ""
    return item.label_ko if language == "ko" and item.label_ko else item.label


def distinct_name(pack: "Pack", item: Item, language: str = "en", both: bool = False) -> str:
    """The item's name, with its years where another item has the same name, so that a
    list never shows two identical names: '행정안전부 (2008~2013년)'."""
    name = item_name(item, language, both)
    if not pack.shares_name(item.id, language):
        return name
    from egov_timeline.domain.dates import display_years

    return f"{name} ({display_years(item.start, item.end, language)})"
