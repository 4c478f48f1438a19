"""A shared pack cannot make loading unbounded or slip past validation: problems are capped
per file, lists and texts have limits, years are sane, ids are exact, circles of relations
and text-direction characters are reported, and YAML is read exactly as PyYAML reads it."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from egov_timeline import cli
from egov_timeline.domain.loading.loader import load_pack
from egov_timeline.domain.loading.problems import MAX_PER_FILE
from egov_timeline.domain.loading.yaml_reader import ContentYamlLoader, Refused, read_yaml
from tests.domain.packs import VALID_ITEMS, replace_once, write_pack


def problems_of(tmp_path, files):
    result = load_pack(write_pack(tmp_path / "pack", files))
    assert result.pack is None, "the pack was accepted"
    return result.problems


def messages(problems) -> str:
    return "\n".join(str(p) for p in problems)


# ---- reading YAML ------------------------------------------------------------------------

_scalars = st.one_of(
    st.text(max_size=20),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
_data = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=25,
)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_data, st.sampled_from(["block", "flow"]))
def test_yaml_is_read_exactly_as_pyyaml_reads_it(data, style):
    text = yaml.safe_dump({"items": [data]}, default_flow_style=style == "flow", allow_unicode=True)
    assert read_yaml(text).data == yaml.load(text, Loader=ContentYamlLoader)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a: &x [1]\nb: *x\n", "anchors and aliases"),
        ("items:\n  - <<: {id: x}\n", "merge keys"),
        ("--- 1\n--- 2\n", "more than one YAML document"),
        ("? [1]\n: 2\n", "as a key"),
        ("a: " + "[" * 40 + "]" * 40 + "\n", "nested too deeply"),
    ],
)
def test_what_a_content_file_may_not_use_is_refused(text, words):
    with pytest.raises(Refused) as refused:
        read_yaml(text)
    assert words in refused.value.message


def test_a_key_given_twice_is_reported_with_its_line(tmp_path):
    items = replace_once(
        VALID_ITEMS, "    name: Kim Dae-jung\n", "    name: Kim\n    name: Kim D\n"
    )
    (problem,) = problems_of(tmp_path, {"items.yaml": items})
    assert "gives 'name' twice" in problem.message
    assert problem.line == VALID_ITEMS.splitlines().index("    name: Kim Dae-jung") + 2


# ---- bounded work ------------------------------------------------------------------------


def _bad_items(count: int) -> str:
    return "items:\n" + "".join(f"  - id: x{n}\n    kind: stage\n" for n in range(count))


def test_problems_are_capped_per_file_with_the_count_of_the_rest(tmp_path, capsys):
    problems = problems_of(tmp_path, {"items.yaml": _bad_items(3000)})
    assert len(problems) == MAX_PER_FILE + 1
    last = problems[-1]
    total = sum(p.count for p in problems)
    assert last.more == total - MAX_PER_FILE and "more problems in this file" in last.message
    assert total >= 3000  # every bad item is counted, though only fifty are listed
    assert cli.main(["validate", str(tmp_path / "pack")]) == cli.EXIT_PROBLEMS
    out = capsys.readouterr().out
    assert f"{total:,} problems found" in out
    assert len(out.splitlines()) == MAX_PER_FILE + 3  # header, 50, the count, the advice


def test_a_huge_value_is_never_copied_into_a_message(tmp_path):
    items = replace_once(VALID_ITEMS, "kind: project", "kind: " + "p" * 1_000_000)
    problems = problems_of(tmp_path, {"items.yaml": items})
    assert max(len(str(p)) for p in problems) < 1000


def test_lists_and_texts_beyond_any_content_are_refused(tmp_path):
    items = replace_once(
        VALID_ITEMS,
        "    administrations: [kim-dae-jung]\n    laws",
        "    related: ["
        + ", ".join(["nca"] * 5000)
        + "]\n    administrations: [kim-dae-jung]\n    laws",
    )
    items = replace_once(items, "summary: An agency.", "summary: " + "An agency. " * 2000)
    text = messages(problems_of(tmp_path, {"items.yaml": items}))
    assert "a list of 5,000 entries; at most 1,000" in text
    assert "a text of 22,022 characters; at most 10,000" in text


def test_korean_warnings_are_capped_per_file(tmp_path):
    many = "items:\n" + "".join(
        f"  - id: s{n}\n    kind: stage\n    order: {n + 1}\n    name: S{n}\n    label: L\n"
        f'    start: "19{n:02d}"\n    summary: A stage.\n    sources:\n      - title: T\n'
        for n in range(80)
    )
    result = load_pack(write_pack(tmp_path / "pack", {"items.yaml": many}))
    assert result.ok
    assert len(result.warnings) <= MAX_PER_FILE + 2  # the file's fifty, its count, pack.yaml
    assert sum(w.count for w in result.warnings) == 80 * 3 + 1  # name, summary, label; title


@pytest.mark.parametrize("year", ["nan", "inf", "-1e9", "1e9", "999"])
def test_render_accepts_only_years_a_timeline_can_show(tmp_path, year):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "egov_timeline",
            "render",
            str(tmp_path / "o.png"),
            f"--from={year}",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == cli.EXIT_USAGE, done.stderr
    assert "give a year from 1000 to 3000" in done.stderr
    assert "bug" not in done.stderr and not (tmp_path / "o.png").exists()


@pytest.mark.parametrize("date", ["0001", "9999-12-31", "0000s"])
def test_dates_outside_the_years_a_timeline_shows_are_refused(tmp_path, date):
    items = replace_once(VALID_ITEMS, 'start: "1987-01-30"', f'start: "{date}"')
    text = messages(problems_of(tmp_path, {"items.yaml": items}))
    assert "outside the years a timeline can show (1000 to 2999)" in text


# ---- exact ids, sane numbers -------------------------------------------------------------


def test_an_id_with_a_final_line_break_is_not_a_second_id(tmp_path):
    items = replace_once(VALID_ITEMS, "  - id: nca\n", '  - id: "nca\\n"\n')
    text = messages(problems_of(tmp_path, {"items.yaml": items}))
    assert "must be lower-case letters, digits and hyphens" in text


@pytest.mark.parametrize("order", [2**64, 1001])
def test_a_stage_order_beyond_any_history_is_refused(tmp_path, order):
    items = replace_once(VALID_ITEMS, "order: 1", f"order: {order}")
    text = messages(problems_of(tmp_path, {"items.yaml": items}))
    assert "order" in text


# ---- circles and direction characters ----------------------------------------------------

CIRCLES = {
    "renamed_to": (
        "  - id: a1\n    kind: agency\n    name: A1\n    start: '1990'\n    renamed_to: a2\n"
        "  - id: a2\n    kind: agency\n    name: A2\n    start: '1991'\n    renamed_to: a1\n",
        "renamings go round in a circle: a1 -> a2 -> a1",
    ),
    "part_of": (
        "  - id: p1\n    kind: project\n    name: P1\n    start: '1990'\n    part_of: p2\n"
        "  - id: p2\n    kind: project\n    name: P2\n    start: '1991'\n    part_of: p3\n"
        "  - id: p3\n    kind: project\n    name: P3\n    start: '1992'\n    part_of: p2\n",
        "projects are part of each other in a circle: p2 -> p3 -> p2",
    ),
    "parent": (
        "  - id: a1\n    kind: agency\n    name: A1\n    start: '1990'\n    parent: a2\n"
        "  - id: a2\n    kind: agency\n    name: A2\n    start: '1991'\n    parent: a1\n",
        "bodies are each other's parents in a circle: a1 -> a2 -> a1",
    ),
    "succeeded_by": (
        "  - id: l1\n    kind: law\n    name: L1\n    start: '1990'\n    succeeded_by: l2\n"
        "  - id: l2\n    kind: law\n    name: L2\n    start: '1991'\n    succeeded_by: l1\n",
        "laws succeed each other in a circle: l1 -> l2 -> l1",
    ),
    "acting_for": (
        "  - id: t1\n    kind: administration\n    name: T1\n    start: '1990'\n"
        "    acting: true\n    acting_for: t2\n"
        "  - id: t2\n    kind: administration\n    name: T2\n    start: '1991'\n"
        "    acting: true\n    acting_for: t1\n",
        "acting presidents act for each other in a circle: t1 -> t2 -> t1",
    ),
}


@pytest.mark.parametrize("field", sorted(CIRCLES))
def test_a_circle_of_relations_is_reported_once(tmp_path, field):
    body, words = CIRCLES[field]
    body = body.replace("    start:", "    summary: S.\n    sources:\n      - title: T\n    start:")
    problems = problems_of(tmp_path, {"items.yaml": VALID_ITEMS + body})
    circles = [p for p in problems if "in a circle" in p.message]
    assert len(circles) == 1 and words in circles[0].message, messages(problems)
    assert circles[0].field == field


@pytest.mark.parametrize("name", ["Kim \u202eDae-jung", '"Kim \\u202eDae-jung"', "Kim \u2067Dae"])
def test_text_direction_characters_are_refused_with_their_line(tmp_path, name):
    items = replace_once(VALID_ITEMS, "    name: Kim Dae-jung\n", f"    name: {name}\n")
    (problem,) = problems_of(tmp_path, {"items.yaml": items})
    assert "invisible text-direction character (U+20" in problem.message
    assert problem.line == VALID_ITEMS.splitlines().index("    name: Kim Dae-jung") + 1


@pytest.mark.parametrize("twin", ["NCA", "Nca", "nca\u0301", "n\u0441a", "\ufb01le"])
def test_an_id_that_case_folding_or_normalising_would_merge_is_refused(tmp_path, twin):
    # ids are lower-case ASCII letters, digits and hyphens: no two ids can be the same text
    # after case folding or NFC/NFD, so references and progress always mean one item
    items = VALID_ITEMS + "\n".join(
        [
            f"  - id: {twin}",
            "    kind: agency",
            "    name: A twin",
            '    start: "1990"',
            "    summary: S.",
            "    sources:",
            "      - title: T",
            "",
        ]
    )
    text = messages(problems_of(tmp_path, {"items.yaml": items}))
    assert "must be lower-case letters, digits and hyphens" in text
