"""The core's own words (kinds, lanes, panel labels, kinds of question) all have Korean."""

from __future__ import annotations

import ast
from pathlib import Path

import egov_timeline
from egov_timeline.domain.i18n import KO
from egov_timeline.domain.quiz import QUESTION_TYPES, TYPE_NAMES, TYPE_NAMES_KO, type_name
from egov_timeline.domain.timeline import KIND_NAMES, LANE_TITLES

PACKAGE = Path(egov_timeline.__file__).parent


def literal_tr_strings() -> set[str]:
    """Every string literal handed to the core's tr(text, lang) or a details t(text)."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "t")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_core_string_shown_to_the_user_has_korean():
    shown = literal_tr_strings() | {
        *KIND_NAMES.values(),
        *LANE_TITLES.values(),
    }
    assert len(shown) > 40  # the scan found the panel labels, not nothing
    missing = sorted(text for text in shown if text not in KO)
    assert missing == []


def test_every_kind_of_question_has_a_korean_name_of_its_own():
    for kind in QUESTION_TYPES:
        english, korean = type_name(kind, "en"), type_name(kind, "ko")
        assert english == TYPE_NAMES[kind] and korean == TYPE_NAMES_KO[kind]
        assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), korean
    assert len(set(TYPE_NAMES_KO.values())) == len(QUESTION_TYPES)
