"""Fuzzing the content loader: whatever bytes, documents or structures it is fed, it never
raises; it returns the pack or the problems, and a rejected pack always says why."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egov_timeline.domain.loading.loader import load_pack
from tests.domain.packs import VALID_ITEMS, write_pack

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["2001", "1960s", "open", "2001-02-30", "nca", "law", "stage", ""]),
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.dictionaries(
            st.one_of(
                st.text(max_size=12),
                st.sampled_from(
                    [
                        "id",
                        "kind",
                        "name",
                        "start",
                        "end",
                        "summary",
                        "sources",
                        "items",
                        "tours",
                        "stops",
                        "laws",
                        "renamed_to",
                    ]
                ),
            ),
            children,
            max_size=6,
        ),
    ),
    max_leaves=25,
)


def check(tmp_path, files) -> None:
    folder = write_pack(tmp_path / "pack", files)
    for old in folder.iterdir():
        if old.name not in files:
            old.unlink()
    result = load_pack(folder)  # must not raise
    if not result.ok:
        assert result.problems, "a rejected pack must say why"
        for problem in result.problems:
            assert str(problem).strip()
            assert "unexpected error" not in problem.message, problem  # a bug, not bad input


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_never_raise(tmp_path, data):
    check(tmp_path, {"items.yaml": data})


@pytest.mark.slow
@SETTINGS
@given(document=documents)
def test_random_documents_never_raise(tmp_path, document):
    check(tmp_path, {"items.yaml": yaml.safe_dump(document, allow_unicode=True)})


@pytest.mark.slow
@SETTINGS
@given(items=st.lists(documents, max_size=4))
def test_random_items_next_to_good_ones_never_raise(tmp_path, items):
    text = yaml.safe_dump({"items": items}, allow_unicode=True)
    check(tmp_path, {"good.yaml": VALID_ITEMS, "random.yaml": text})


@SETTINGS
@given(
    position=st.integers(min_value=0, max_value=len(VALID_ITEMS) - 1),
    cut=st.integers(min_value=0, max_value=30),
    insert=st.text(alphabet=":-[]{}&*!|>'\"#\n\t x%@`", max_size=6),
)
def test_a_damaged_valid_pack_never_raises(tmp_path, position, cut, insert):
    damaged = VALID_ITEMS[:position] + insert + VALID_ITEMS[position + cut :]
    check(tmp_path, {"items.yaml": damaged})
