"""Session 43, helper renum8: famgen8's two families given seeds of their own, and the class their new -layout dump
showed.

famgen9's ``meari-city`` / ``doldam-county`` and famgen8's ``hamkke-city`` / ``barun-county`` had been given the same
first seeds (114001 / 115001): family records are drawn from the seed, so meari 114003 and hamkke 114003 held the same
pledge in two templates. ``hamkke-city`` now draws from 116001 (committed seeds 116002, 116005) and ``barun-county``
from 117001 (117002, 117003); their files, -layout and body-table dumps were made again (samples/README.md's generator
commands) and their floors measured again (0 wrong): converter dumps hamkke hwpx-text-extract 0.856, pdftotext 0.823,
-raw 0.853, pdf2txt 0.797, hwp5html 1.000; barun 0.930, 0.883, 0.929, 0.904, 1.000; layout dumps hamkke 116005 0.973,
body-table 0.865; barun 117002 0.946, 117003 1.000, body-table 0.919.

The class fixed (``goal_glued_span.glued_span_columns``): hamkke 116002 prints the quarters' actuals with no total
(``실적`` over ``1/4 | 2/4 | 3/4 | 4/4``); under ``pdftotext -layout`` the span's word, on a line of its own, is joined
into the one sub-column it stands over (``1/4 | 2/4 | 실적 3/4 | 4/4``), which then named the actual: the third
quarter's ``12`` read as the year's actual of a ``공정률 80%`` goal (silent). A head cell of a word and a period whose
neighbours are the bare periods that with it make the year's run in order from its first is a period's sub-column,
no field's: 116002's -layout dump 0.994 with 1 wrong figure -> 1.000, 0 wrong (116005, closed by 계: its quarters'
texts no longer read as the actuals, the actuals null, 0.973 as before).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_glued_span import glued_span_columns
from pledgecard.scoring import load_records, wrong_goal_figures
from samples.families import BY_NAME, family_records, family_seeds

from conftest import shared_score, wrong_figures_of

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_famgen8_families_draw_seeds_of_their_own() -> None:
    """No two families' first seeds share a range, and hamkke / barun's committed cards hold other pledges than
    meari / doldam's."""
    firsts = [f.first_seed for f in BY_NAME.values()]
    assert all(firsts.count(BY_NAME[n].first_seed) == 1 for n in ("hamkke-city", "barun-county"))
    assert (BY_NAME["hamkke-city"].first_seed, BY_NAME["barun-county"].first_seed) == (116001, 117001)
    for mine, other in (("hamkke-city", "meari-city"), ("barun-county", "doldam-county")):
        seeds = family_seeds(BY_NAME[mine], 2)
        assert all(BY_NAME[mine].first_seed <= s < BY_NAME[mine].first_seed + 1000 for s in seeds)
        committed = sorted(
            {p.name.split("-")[2] for p in (SAMPLES / "families" / mine).glob("*.expected.json")}
        )
        assert committed == [str(s) for s in seeds]
        titles = {r["header"]["title"] for s in seeds for r in family_records(BY_NAME[mine], s)}
        others = {
            r["header"]["title"]
            for s in family_seeds(BY_NAME[other], 2)
            for r in family_records(BY_NAME[other], s)
        }
        assert titles and not titles & others


@pytest.mark.parametrize(
    ("header", "glued"),
    [
        (["연도", "세부사업", "연간목표", "1/4", "2/4", "실적 3/4", "4/4", "달성률", "추진상황"], {5}),
        (["연도", "연간목표", "실적 1/4", "2/4", "3/4", "4/4", "계", "달성률"], {2}),
        (["연도", "목표", "상반기", "실적 하반기", "비고"], {3}),
        (["연도", "목표", "1/4분기", "2/4분기", "실적 3/4분기", "4/4분기"], {4}),
    ],
)
def test_a_span_word_glued_onto_one_period_of_its_run_names_no_field(
    header: list[str], glued: set[int]
) -> None:
    assert glued_span_columns(header) == glued


@pytest.mark.parametrize(
    "header",
    [
        ["연도", "목표", "실적 3/4"],  # no run of periods around it: the actual to the third quarter
        ["연도", "목표", "2/4", "실적 3/4", "4/4"],  # the run not from the year's first
        ["연도", "목표", "1/4", "2/4", "실적 3/4"],  # nor to its last
        ["연도", "목표", "1/4", "3/4", "실적 2/4", "4/4"],  # out of order
        ["연도", "목표", "실적", "달성률"],
        ["연도", "'24. 3/4분기", "1/4", "2/4", "4/4"],  # a dated quarter, no word glued on
    ],
)
def test_a_field_head_beside_no_run_of_periods_keeps_its_field(header: list[str]) -> None:
    assert glued_span_columns(header) == set()


def _layout(name: str) -> tuple[dict, dict]:
    path = SAMPLES / "layout" / "families" / name
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    return exp, got


def test_quarters_without_a_total_under_layout_give_no_actual() -> None:
    """hamkke 116002 -layout: ``1/4 | 2/4 | 실적 3/4 | 4/4`` (no 계): every actual null, none a quarter's (was 12 for
    공정률 80%: silent), 0.994 -> 1.000."""
    path = SAMPLES / "layout" / "families" / "hamkke-city-116002-layout.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    heads = [i for i, t in enumerate(lines) if t.split() == ["1/4", "2/4", "3/4", "4/4"]]
    assert heads and lines[heads[0] - 2].split() == ["실적"]  # the shape: the span's word two lines above
    exp, got = _layout(path.name)
    assert [g["actual_value"] for g in exp["goals"]] == [None, None, None]
    assert [(g["year"], g["target_value"], g["actual"], g["actual_value"]) for g in got["goals"]] == [
        (g["year"], g["target_value"], None, None) for g in exp["goals"]
    ]
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert shared_score(exp, got) == 1.0


def test_quarters_closed_by_a_total_under_layout_read_no_quarter_as_the_actual() -> None:
    """hamkke 116005 -layout: ``1/4 | 2/4 | 실적 3/4 | 4/4 | 계``: no quarter's text read as an actual (the 계 not
    read here: null)."""
    exp, got = _layout("hamkke-city-116005-layout.txt")
    assert any(g["actual_value"] is not None for g in exp["goals"])  # the shape: totals printed
    assert all(g["actual"] is None and g["actual_value"] is None for g in got["goals"])
    assert [(g["year"], g["target_value"]) for g in got["goals"]] == [
        (g["year"], g["target_value"]) for g in exp["goals"]
    ]
    assert wrong_figures_of(exp, got) == [] and wrong_goal_figures(exp, got) == []
    assert shared_score(exp, got) >= 0.97


def test_renumbered_dumps_say_their_files() -> None:
    """The dumps made again name their own files (source.file) and the family's new seeds."""
    for folder, pattern in (("families", "*-layout.expected.json"), ("body", "*-body-layout.expected.json")):
        for p in (SAMPLES / "layout" / folder).glob(pattern):
            if p.name.startswith(("hamkke-city-", "barun-county-")):
                recs = json.loads(p.read_text(encoding="utf-8"))
                for rec in recs if isinstance(recs, list) else [recs]:
                    assert rec["source"]["file"] == p.name.replace(".expected.json", ".txt")
                    assert p.name.split("-")[2][:3] in ("116", "117")
