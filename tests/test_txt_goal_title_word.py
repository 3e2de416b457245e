"""A goal row of a text dump printing its project and a target run together (cells one space apart),
where the target restates the words the pledge's title opens with (``청년 일자리 10개 창출``:
``지원센터 조성 | 청년 일자리 기업 지원(45개)``): the target begins at them, two words at least in order, the first
printed once after the row's first word (:func:`goal_target_cut.title_start`), as a target restating its
project's first word begins at it. One word restated is no proof (a project ``공공 청년 주택`` under a title
opening ``청년 주거`` was cut at 청년). Tried only on rows no other rule cuts, whose actual is a figure or a dash, whose project
is printed (not merged with the row above); a row opening with the word (its project restates it too),
or printing it twice, is not cut so. On every family's expected goals the rule cuts 3 rows (7 by the first
word alone), each where the target begins (a row whose project opens with the word and restates it is :func:`_restated`'s: 52
more, all agreeing); any word of the title would not do (조성 and the government's name: 18 of 30 wrong).

Before (session 25): eunha-province 28002's three goal rows were left unread (txt 0.938).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.sections.goal_rows import goal_rows
from pledgecard.extract.sections.goal_target_cut import title_start
from pledgecard.scoring import load_records

_FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
_HEAD = "세부사업 목표 실적 달성률 추진상황 추진내용"
_ROWS = [
    "[2023년]",
    "지원센터 조성 청년 일자리 기업 지원(45개) 33개 73% 완료 공유오피스 운영 및 참가자 지원",
    "[2024년]",
    "지원센터 조성 청년 일자리 프로그램 운영(15회) 22회 147% 완료 공유오피스 운영 및 참가자 지원",
]


def test_title_start() -> None:
    assert title_start("지원센터 조성 청년 일자리 기업 지원(45개)".split(), "청년 일자리") == 2
    assert title_start("청년 지원센터 조성 청년 일자리 지원(45개)".split(), "청년 일자리") is None  # twice
    assert (
        title_start("청년 일자리 조성 기업 지원(45개)".split(), "청년 일자리") is None
    )  # the project opens with them
    assert title_start("지원센터 조성 기업 지원(45개)".split(), "청년 일자리") is None
    # one word restated only: no cut (a project 공공 청년 주택 under a title opening 청년 주거)
    assert title_start("공공 청년 주택 공급(100호)".split(), "청년 주거") is None
    assert title_start("지원센터 조성 청년 일자리 기업 지원(45개)".split(), "청년") is None


def test_a_target_restating_the_titles_first_word_is_cut_there() -> None:
    got = goal_rows([_HEAD, *_ROWS], opening="청년 일자리")
    assert got is not None and got[1] == []
    assert [(g.project, g.year, g.target, g.actual) for g in got[0]] == [
        ("지원센터 조성", 2023, "청년 일자리 기업 지원(45개)", "33개"),
        ("지원센터 조성", 2024, "청년 일자리 프로그램 운영(15회)", "22회"),
    ]
    # without the title's word nothing shows where the target begins: the rows are handed back
    bare = goal_rows([_HEAD, *_ROWS])
    assert bare is not None and bare[0] == [] and bare[1] == [2, 4]
    # a row whose project opens with the word, or that prints it twice, is not cut by it
    for row in (
        "청년 일자리 조성 기업 지원(45개) 33개 73% 완료 공유오피스 운영 및 참가자 지원",
        "지원센터 조성 청년 일자리 청년 기업 지원(45개) 33개 73% 완료 공유오피스 운영 및 참가자 지원",
    ):
        got = goal_rows([_HEAD, _ROWS[0], row], opening="청년 일자리")
        assert got is not None and got[0] == [] and got[1] == [2]


def _expected_goals() -> list[tuple[str, list[str], list[str]]]:
    out = []
    for p in sorted(_FAMILIES.glob("*/*-txt.expected.json")):
        for rec in load_records(p):
            title = (rec["header"].get("title") or "").split()
            out += [
                (" ".join(title[:2]), g["project"].split(), g["target"].split())
                for g in rec["goals"]
                if len(title) >= 2 and g.get("project") and g.get("target")
            ]
    return out


def test_every_familys_target_restating_the_titles_first_word_begins_there() -> None:
    # on every family's goals (project and target run together as a dump prints them): where the rule
    # cuts, the target begins there; it cuts some
    cuts = [(len(p), k) for word, p, t in _expected_goals() if (k := title_start(p + t, word)) is not None]
    assert len(cuts) >= 3  # the first word alone cut 7, two words cut 3 (eunha-province 28002's rows)
    assert all(k == n for n, k in cuts), [c for c in cuts if c[0] != c[1]]


@pytest.mark.parametrize("stem", ["eunha-province-28002-txt"])
def test_a_family_card_reads_its_targets_restating_the_title(stem: str) -> None:
    path = _FAMILIES / stem.rsplit("-", 2)[0] / f"{stem}.txt"
    (exp,) = load_records(path.with_name(f"{stem}.expected.json"))
    (got,) = extract_file(path)
    cells = ("project", "year", "target", "actual", "status", "target_value", "actual_value", "detail")
    assert [tuple(g[k] for k in cells) for g in got["goals"]] == [
        tuple(g[k] for k in cells) for g in exp["goals"]
    ]
