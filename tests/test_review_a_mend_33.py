"""Mends of review A of session 33's merges, each a class of card (the review's reproducing shapes, rebuilt here).

1. item_tables: a ``추진시기 | 추진실적 | 추진계획`` table printed one cell a line whose last row leaves its 계획 cell
   empty took the section's next bullet item as that cell (an undated plan given the row's period; an achievement
   and its count dropped). A bulleted line is no cell.
2. goal_status_head: a head cell ``실적 추진상황`` (two heads kept as one cell) gave the whole cell to the status and
   lost the actual; each piece names its own column, in either order.
3. funding_sources_head: a whole table ``구분 | 계 | 국비 | 도비 | 군비`` over one 총사업비 row, or a 계 row over
   sub-project rows, read all-null; it is re-read as a cut piece only where the section holds more rows. With one
   2024년 row under the 총사업비 row the table is a turned one where every row adds up (funding_one_period).
4. cover_memo.ends_with_cover_memo: one pass, the same answers as trying every word's suffix.
5. One ``opens_with_label`` for the text reader, its running headers and the cover pages.
6. funding_named_shares.Share survives copy, deepcopy and pickle.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract import cover_pages, labels
from pledgecard.extract.cover_memo import ends_with_cover_memo, is_cover_memo
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import text_running_headers
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_named_shares import Share
from pledgecard.extract.sections.funding_one_period import one_period_proven
from pledgecard.extract.sections.funding_sources_head import periods_elsewhere
from pledgecard.extract.sections.goal_status_head import head_names, names_actual
from pledgecard.extract.sections.goals import goals_from_table

from conftest import REPO, make_table, wrong_figure_count

SAMPLE = REPO / "samples" / "gyeongbuk-VII-10-2023Q2.txt"
HEAD = ["추진시기", "추진실적", "추진계획"]


def _with_section_body(tmp_path: Path, section_word: str, body: list[str], after_heading: bool) -> Path:
    """The sample card with a one-cell-a-line table (``body``) put into the section titled with ``section_word``:
    replacing the section's body (plans), or before it (achievements, under its reporting date)."""
    src = SAMPLE.read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(src) if section_word in ln)
    if after_heading:
        lines = src[: i + 2] + ["", *body, ""] + src[i + 2 :]
    else:
        j = next(k for k, ln in enumerate(src) if k > i and ln.startswith("�"))
        lines = src[: i + 1] + ["", *body, ""] + src[j:]
    out = tmp_path / f"{SAMPLE.stem}-mend.txt"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def test_an_undated_plan_under_a_row_without_its_plan_cell_keeps_no_date(tmp_path: Path) -> None:
    card = _with_section_body(
        tmp_path,
        "향후 추진계획",
        [
            *HEAD,
            "2024. 1.",
            "기본계획 수립 완료",
            "공약사항 정비 및 이행계획 보완",
            "2024. 2.",
            "캠핑장 시범 운영",
            "캠핑장 운영 활성화 방안 마련",
            "2025. 상반기",
            "관광 수요 조사(3회)",
            "",
            "◦ 캠핑장 2개소 추가 조성 추진(예산 5억원)",
        ],
        after_heading=False,
    )
    got = extract_file(card)[0]
    plans = {p["text"]: (p.get("date") or {}).get("raw") for p in got["plans"]}
    assert plans["공약사항 정비 및 이행계획 보완"] == "2024. 1."
    assert plans["캠핑장 운영 활성화 방안 마련"] == "2024. 2."
    assert plans["캠핑장 2개소 추가 조성 추진(예산 5억원)"] is None  # (was 2025. 상반기: the last row's)
    exp = json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json"))
    assert wrong_figure_count(exp, got) == 0


def test_a_bullet_item_under_a_row_without_its_plan_cell_stays_an_achievement(tmp_path: Path) -> None:
    card = _with_section_body(
        tmp_path,
        "추진실적(성과)",
        [
            *HEAD,
            "2023. 4.",
            "캠핑장 시범 운영(2개소)",
            "운영 활성화 방안 마련",
            "2023. 6.",
            "관광 수요 조사(3회)",
            "",
            "◦ 문화관광 아카데미 운영(수료생 35명) : '23. 5.",
        ],
        after_heading=True,
    )
    got = extract_file(card)[0]
    ach = {
        a["text"]: ((a.get("date") or {}).get("raw"), [c["value"] for c in a.get("counts") or []])
        for a in got["achievements"]
    }
    assert ach["캠핑장 시범 운영(2개소)"] == ("2023. 4.", [2])
    assert ach["관광 수요 조사(3회)"] == ("2023. 6.", [3])
    assert ach["문화관광 아카데미 운영(수료생 35명)"] == (
        "'23. 5.",
        [35],
    )  # (was dropped as the row's 계획 cell)
    assert "운영 활성화 방안 마련" not in ach  # the 계획 cell of an achievements table: no achievement
    exp = json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json"))
    assert wrong_figure_count(exp, got) == 0


def json_of(path: Path) -> dict:
    """An expected record file's card (the first where it lists several)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return data[0] if isinstance(data, list) else data


def _goals(head: list[str], *rows: list[str]) -> list[tuple]:
    return [
        (g.get("year"), g.get("target"), g.get("actual"), g.get("status"))
        for g in goals_from_table(make_table([head, *rows]))
    ]


@pytest.mark.parametrize(
    ("head", "cells"),
    [
        ("실적 추진상황", ("62건 완료", "76명 추진중")),
        ("추진상황 실적", ("완료 62건", "추진중 76명")),
    ],
)
def test_a_head_of_actual_and_status_in_one_cell_reads_both_in_either_order(
    head: str, cells: tuple[str, str]
) -> None:
    got = _goals(
        ["연도", "세부사업", "목표", head],
        ["2024", "소재 인재양성", "협약 체결(45건)", cells[0]],
        ["2025", "테스트베드", "교육생 양성(60명)", cells[1]],
    )
    assert got == [(2024, "협약 체결(45건)", "62건", "완료"), (2025, "교육생 양성(60명)", "76명", "추진중")]


def test_names_actual_is_a_piece_of_heads_run_together() -> None:
    assert names_actual("실적 추진상황") and names_actual("추진상황 실적")
    assert not names_actual("달성률 추진상황")  # no actual's head among the pieces
    assert not names_actual("실적(달성상태)") and not names_actual("추진상황")  # one head
    assert head_names("실적 추진상황") == ("실적추진상황", "실적", "추진상황")


def _funding(rows: list[list[str]], *lines: str) -> dict:
    items = [Line(text=t, marker=None, indent=0, source=Source()) for t in ("(단위: 백만원)", *lines)]
    return extract_funding([*items, make_table(rows)], SectionContext(record={})).value["funding"]


SOURCES_HEAD = ["구분", "계", "국비", "도비", "군비"]
TOTAL = ["16,633", "3,261", "6,392", "6,980"]


@pytest.mark.parametrize(
    "rows",
    [
        [SOURCES_HEAD, ["총사업비", *TOTAL]],  # a one-year project: its total row only
        [
            SOURCES_HEAD,
            ["계", *TOTAL],
            ["시설공사", "12,000", "3,000", "4,000", "5,000"],
            ["설계용역", "4,633", "261", "2,392", "1,980"],
        ],  # a 계 row over sub-project rows
    ],
    ids=["total-only", "sub-projects"],
)
def test_a_whole_table_of_sources_across_reads_its_total_row(rows: list[list[str]]) -> None:
    funding = _funding(rows)
    assert funding["rows"][0]["amounts_krw"] == [16_633_000_000, 3_261_000_000, 6_392_000_000, 6_980_000_000]


def test_a_turned_table_with_two_period_rows_still_reads_them() -> None:
    funding = _funding(
        [
            SOURCES_HEAD,
            ["총사업비", *TOTAL],
            ["2023년", "10,000", "2,000", "4,000", "4,000"],
            ["2024년", "6,633", "1,261", "2,392", "2,980"],
        ]
    )
    assert [c["kind"] for c in funding["columns"]] == ["total", "year", "year"]
    assert funding["rows"][1]["amounts_krw"] == [3_261_000_000, 2_000_000_000, 1_261_000_000]


def test_a_turned_table_of_one_year_row_reads_that_year_where_the_sums_prove_it() -> None:
    funding = _funding([SOURCES_HEAD, ["총사업비", *TOTAL], ["2024년", *TOTAL]])
    assert [(c["label"], c["kind"]) for c in funding["columns"]] == [("총사업비", "total"), ("2024", "year")]
    assert [r["source"] for r in funding["rows"]] == ["total", "national", "provincial", "municipal"]
    assert funding["rows"][1]["amounts_krw"] == [3_261_000_000, 3_261_000_000]


def test_one_period_proven_asks_every_row_to_add_up() -> None:
    assert one_period_proven([SOURCES_HEAD, ["총사업비", *TOTAL], ["2024년", *TOTAL]])
    assert not one_period_proven(
        [SOURCES_HEAD, ["총사업비", *TOTAL], ["2024년", "16,633", "3,261", "6,392", "6,000"]]
    )
    assert not one_period_proven([SOURCES_HEAD, ["총사업비", *TOTAL]])  # no period row
    assert not one_period_proven(
        [SOURCES_HEAD, ["계", *TOTAL], ["시설공사", *TOTAL]]
    )  # a sub-project, no period


def test_periods_elsewhere_is_a_line_of_amounts_or_a_second_table() -> None:
    line = Line(text="2024년 6,633 1,261 2,392 2,980", marker=None, indent=0, source=Source())
    note = Line(text="※ 국비 확보 추진 중", marker=None, indent=0, source=Source())
    assert periods_elsewhere([line], 1) and periods_elsewhere([], 2)
    assert not periods_elsewhere([note], 1) and not periods_elsewhere([], 1)


@pytest.mark.parametrize(
    ("text", "memo"),
    [
        ("붙임 청년농업 창업 지원 확대 공약사업 관리카드 1부. 끝.", True),
        ("붙임과 같이 제출합니다. 붙임 : 공약사업 관리카드 1부.  끝.", True),  # joined to the memo's sentence
        ("붙임: 2부", True),
        (
            "붙임과 같이 제출합니다. 붙임과 같이 2부",
            False,
        ),  # the attachment word in a word of its own: no memo line
        ("붙임 공약사업 관리카드", False),  # no copies, no end word
        ("관리카드 1부. 끝.", False),
    ],
)
def test_ends_with_cover_memo_is_any_suffix_a_memo_line(text: str, memo: bool) -> None:
    words = text.split()
    assert (
        any(is_cover_memo(" ".join(words[j:])) for j in range(len(words))) is memo
    )  # the rule, word by word
    assert ends_with_cover_memo(text) is memo


def test_ends_with_cover_memo_reads_a_long_line_in_one_pass() -> None:
    # 60,000 words and an attachment word every few: every word's suffix tried took minutes
    line = " ".join(["붙임과 같이 사업 추진"] * 15_000)
    assert not ends_with_cover_memo(line)
    assert ends_with_cover_memo(line + " 붙임 관리카드 1부. 끝.")


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("공약명 청년 창업 지원", True),
        ("| 공약명 | 청년 창업 지원 |", True),
        ("│ 관리번호 │ 2-20 │", True),
        ("연도 주요사업 목표 실적 추진상황", False),
    ],
)
def test_one_rule_for_a_line_opening_with_a_label(text: str, opens: bool) -> None:
    assert labels.opens_with_label(text) is opens
    assert (
        text_running_headers.opens_with_label is labels.opens_with_label
    )  # the reader's furniture, the same rule
    assert not hasattr(cover_pages, "_opens_with_label")


def test_a_share_survives_copy_and_pickle() -> None:
    share = Share(3_261_000_000, "national")
    for again in (copy.copy(share), copy.deepcopy(share), pickle.loads(pickle.dumps(share))):  # noqa: S301
        assert again == 3_261_000_000 and again.source == "national" and isinstance(again, Share)
    assert copy.deepcopy((Share(5, None),))[0].source is None
