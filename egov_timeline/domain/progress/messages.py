"""What the progress store tells the student, in English and Korean. No Qt.

`state_message` words a `StoreState` (answers not saved yet, and why), `opening_message`
what opening the store had to say (a file moved aside, left alone, or none at all), and
`saved_again_message` that every answer is saved now.
"""

from __future__ import annotations

from pathlib import Path

from egov_timeline.domain.progress import schema
from egov_timeline.domain.progress.reasons import (
    BAD_VERSION,
    DAMAGED,
    FOREIGN,
    FULL,
    IN_USE,
    MEMORY,
    NEWER,
    READ_ONLY,
    UNAVAILABLE,
    StoreState,
)

# Each language is written for itself; {placeholders} are the same in both.
WHY: dict[str, dict[str, str]] = {
    FULL: {"en": "the disk is full", "ko": "디스크가 가득 찼습니다."},
    READ_ONLY: {
        "en": "the progress file or its folder is read-only",
        "ko": "학습 기록 파일이나 그 폴더가 읽기 전용입니다.",
    },
    IN_USE: {
        "en": "the progress file is in use by another program",
        "ko": "다른 프로그램이 학습 기록 파일을 사용하고 있습니다.",
    },
    DAMAGED: {"en": "the progress file is damaged", "ko": "학습 기록 파일이 손상되었습니다."},
    UNAVAILABLE: {
        "en": "the progress file cannot be written",
        "ko": "학습 기록 파일에 쓸 수 없습니다.",
    },
}
HINT: dict[str, dict[str, str]] = {
    FULL: {"en": "Free some space on the disk.", "ko": "디스크 공간을 확보해 주세요."},
    READ_ONLY: {
        "en": "Check that you may write to {folder}.",
        "ko": "{folder}에 쓸 수 있는지 확인해 주세요.",
    },
    IN_USE: {
        "en": "Close the other program that has it open.",
        "ko": "학습 기록 파일을 열고 있는 다른 프로그램을 닫아 주세요.",
    },
}
MESSAGES: dict[str, dict[str, str]] = {
    "unsaved_one": {
        "en": "Your last answer is not saved yet: {why}. It is kept while the app is open "
        "and saved as soon as possible.",
        "ko": "마지막 답이 아직 저장되지 않았습니다. {why} 앱이 열려 있는 동안 보관하며, "
        "저장할 수 있게 되는 대로 바로 저장합니다.",
    },
    "unsaved_many": {
        "en": "Your last {n} answers are not saved yet: {why}. They are kept while the app is "
        "open and saved as soon as possible.",
        "ko": "마지막 답 {n}개가 아직 저장되지 않았습니다. {why} 앱이 열려 있는 동안 "
        "보관하며, 저장할 수 있게 되는 대로 바로 저장합니다.",
    },
    "earlier_hidden": {
        "en": "Your earlier answers are shown again as soon as the file can be read.",
        "ko": "파일을 읽을 수 있게 되면 이전 답도 다시 보여 드립니다.",
    },
    "not_shown": {
        "en": "Your earlier answers cannot be shown right now: {why}. The file was left as it "
        "is, and they are shown as soon as it can be read. Until then new answers are kept in "
        "memory and saved as soon as possible.",
        "ko": "지금은 이전 답을 보여 드릴 수 없습니다. {why} 파일은 그대로 두었으며, 읽을 수 "
        "있게 되면 바로 보여 드립니다. 그때까지 새 답은 메모리에 보관했다가 저장할 수 있게 "
        "되는 대로 저장합니다.",
    },
    "cannot_create": {
        "en": "Your progress file {path} cannot be created: {why}. Answers are kept in memory "
        "while the app is open and saved as soon as the file can be written.",
        "ko": "학습 기록 파일 {path}을(를) 만들 수 없습니다. {why} 앱이 열려 있는 동안 답을 "
        "메모리에 보관했다가, 파일에 쓸 수 있게 되면 바로 저장합니다.",
    },
    "newer": {
        "en": "Your progress file {path} was written by a newer version of egov-timeline "
        "(file format {version}; this version knows up to {ours}), so this version cannot use "
        "it. It was left as it is. Answers in this session are kept in memory only and are "
        "lost when you quit: use the newer version to keep your progress.",
        "ko": "학습 기록 파일 {path}은(는) 더 새로운 버전의 egov-timeline에서 만든 파일이라"
        "(파일 형식 {version}, 이 버전은 {ours}까지 지원) 이 버전에서는 사용할 수 없습니다. "
        "파일은 그대로 두었습니다. 이번에 푼 답은 메모리에만 보관하며 앱을 닫으면 "
        "사라집니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "newer_unsaved_one": {
        "en": "The answer you gave in this session is not saved: your progress file was "
        "written by a newer version of egov-timeline, which this version cannot use. It is kept "
        "only while the app is open; use the newer version to keep your progress.",
        "ko": "이번에 푼 답은 저장되지 않았습니다. 학습 기록 파일이 더 새로운 버전의 "
        "egov-timeline에서 만든 것이라 이 버전에서는 쓸 수 없습니다. 앱이 열려 있는 동안만 "
        "보관합니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "newer_unsaved_many": {
        "en": "The {n} answers you gave in this session are not saved: your progress file was "
        "written by a newer version of egov-timeline, which this version cannot use. They are "
        "kept only while the app is open; use the newer version to keep your progress.",
        "ko": "이번에 푼 답 {n}개는 저장되지 않았습니다. 학습 기록 파일이 더 새로운 버전의 "
        "egov-timeline에서 만든 것이라 이 버전에서는 쓸 수 없습니다. 앱이 열려 있는 동안만 "
        "보관합니다. 학습 기록을 이어 가려면 새 버전을 사용하세요.",
    },
    "memory_unsaved_one": {
        "en": "The answer you gave in this session is kept in memory only and is lost when you "
        "quit: there is no progress file to save it in.",
        "ko": "이번에 푼 답은 메모리에만 보관되어 앱을 닫으면 사라집니다. 저장할 학습 기록 "
        "파일이 없습니다.",
    },
    "memory_unsaved_many": {
        "en": "The {n} answers you gave in this session are kept in memory only and are lost "
        "when you quit: there is no progress file to save them in.",
        "ko": "이번에 푼 답 {n}개는 메모리에만 보관되어 앱을 닫으면 사라집니다. 저장할 학습 "
        "기록 파일이 없습니다.",
    },
    "saved_again": {
        "en": "All your answers are saved now.",
        "ko": "이제 모든 답이 저장되었습니다.",
    },
    "no_folder": {
        "en": "Progress is kept in memory only: there is no user folder. It is lost when you quit.",
        "ko": "사용자 폴더가 없어 학습 기록을 메모리에만 보관합니다. 앱을 닫으면 사라집니다.",
    },
    "kept": {
        "en": "Your progress file could not be read ({reason}). It was kept as {name} in "
        "{folder}, and a new, empty progress file was started. Nothing was deleted.",
        "ko": "학습 기록 파일을 읽을 수 없었습니다({reason}). 원래 파일은 {folder}에 "
        "{name}(이)라는 이름으로 보관했고, 비어 있는 새 학습 기록 파일을 만들었습니다. "
        "삭제한 것은 없습니다.",
    },
    "kept_no_new": {
        "en": "Your progress file could not be read ({reason}); it was kept as {kept}. This "
        "session's answers are kept in memory only.",
        "ko": "학습 기록 파일을 읽을 수 없었습니다({reason}). 원래 파일은 {kept}(으)로 "
        "보관했습니다. 이번에 푼 답은 메모리에만 보관합니다.",
    },
    "not_moved": {
        "en": "Your progress file {path} could not be read ({reason}) and could not be moved "
        "aside either; this session's answers are kept in memory only.",
        "ko": "학습 기록 파일 {path}을(를) 읽을 수 없었고({reason}) 다른 이름으로 옮겨 둘 수도 "
        "없었습니다. 이번에 푼 답은 메모리에만 보관합니다.",
    },
}
DAMAGE: dict[str, dict[str, str]] = {
    DAMAGED: {"en": "SQLite says it is damaged: {detail}", "ko": "SQLite 검사 결과 손상: {detail}"},
    FOREIGN: {
        "en": "it is a database, but not an egov-timeline progress file",
        "ko": "데이터베이스이지만 egov-timeline 학습 기록 파일이 아닙니다",
    },
    BAD_VERSION: {
        "en": "its schema version is not a number",
        "ko": "파일 형식 번호가 숫자가 아닙니다",
    },
}


def _text(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    words = table[key]
    return words.get(language) or words["en"]


def _tidy(text: str) -> str:
    return " ".join(text.split())


def state_message(state: StoreState, language: str = "en") -> str | None:
    """What the student should know about unsaved answers, or None when all are saved."""
    values = {"n": state.unsaved, "folder": state.folder or "", "ours": schema.SCHEMA_VERSION}
    if state.reason is None:
        return None
    if state.reason in (MEMORY, NEWER):
        if not state.unsaved:
            return None  # said when the store was opened
        count = "one" if state.unsaved == 1 else "many"
        return _text(MESSAGES, f"{state.reason}_unsaved_{count}", language).format(**values)
    why = _text(WHY, state.reason, language)
    hint = _text(HINT, state.reason, language).format(**values) if state.reason in HINT else ""
    if state.unsaved:
        key = "unsaved_one" if state.unsaved == 1 else "unsaved_many"
    elif not state.complete:
        key = "not_shown"
    else:
        return None
    text = _text(MESSAGES, key, language).format(why=why, **values)
    if state.unsaved and not state.complete:
        text += " " + _text(MESSAGES, "earlier_hidden", language)
    return _tidy(f"{text} {hint}")


def saved_again_message(language: str = "en") -> str:
    return _text(MESSAGES, "saved_again", language)


def opening_message(key: str, values: dict, language: str) -> str:
    """What opening the store had to say: `key` and `values` as the store noted them."""
    if key == "cannot_create":
        reason = values["reason"]
        why = _text(WHY, reason, language)
        hint = HINT.get(reason, {}).get(language, "").format(folder=Path(values["path"]).parent)
        text = _text(MESSAGES, key, language).format(path=values["path"], why=why)
        return _tidy(f"{text} {hint}")
    if key == "not_now":
        return state_message(
            StoreState(reason=values["reason"], complete=False, folder=Path(values["path"]).parent),
            language,
        ) or _text(WHY, UNAVAILABLE, language)
    values = dict(values)
    if "kind" in values:
        values["reason"] = _text(DAMAGE, values["kind"], language).format(**values)
    if "kept" in values:
        values["name"], values["folder"] = values["kept"].name, values["kept"].parent
    values["ours"] = schema.SCHEMA_VERSION
    return _text(MESSAGES, key, language).format(**values)
