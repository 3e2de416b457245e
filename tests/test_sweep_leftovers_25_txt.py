"""Leftovers of session 24's text-dump sweeps (session 25), on small inputs, and the cards fixed pinned with their floors.

Outreach tables a dump printed cells one space apart, an empty cell a space more (the section scored 0.0, no figure
wrong, mutants 3461, 3558, 3571, 3636):

- a one-line counts row under a head opening with the total's word, its last cell empty, shown by the one trailing
  space alone (``27회 4 1 3 19 ``): one count short of the channels, the row was left (3571). With one blank the row
  prints as many figures as the head names channels, and the gaps were only read with two blanks or more;
- the same under a head closing with the total's word (``... 기타 계``), its first cell empty (the leading space read
  as indent) and a count carrying a bracketed note with a space in it (`` 2  3(현장 간담회) 2 7회``, 3636);
- a channel-a-row table with a column counted in another unit (``구분 횟수 참여인원(명) 주요내용``) whose cells some
  rows print blank (``언론홍보 77  ``): the row was taken as printing fewer cells than the head names (3461);
- a channel-a-row table of periods and a total column (``구분 1/4분기 .. 4/4분기 계``) whose blank cells the dump
  printed as runs of spaces (``간담회, 공청회 등  1   1``): the text reader aligned the gapped rows into a table of
  three columns (``text_gapped_cells``: rows whose printed cells number the head's words are no aligned block), the
  outreach reader then took the rows' printed cells, each row proven its total (3558, nulled in session 23).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.readers.text_gapped_cells import gapped_under_head, printed_cells
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.extract.sections.outreach_words import cells_one_space_apart
from samples.families import FAMILIES
from samples.mutate import mutate
from samples.style_sweep import run_family
from tests.conftest import make_line


def _lines(printed: list[str]) -> list[Any]:
    return [dataclasses.replace(make_line(" ".join(p.split())), printed=p) for p in printed]


def _read(printed: list[str]) -> dict[str, Any] | None:
    got = extract_outreach(_lines(printed)).value["outreach"]
    if got is None:
        return None
    return {"total": got["total"], **{it["category"]: it["count"] for it in got["items"]}}


def test_cells_one_space_apart() -> None:
    assert cells_one_space_apart("27회 4 1 3 19 ") == ["27회", "4", "1", "3", "19", ""]
    assert cells_one_space_apart("2  3(현장 간담회) 2 7회") == ["2", "", "3(현장 간담회)", "2", "7회"]


def test_a_trailing_space_is_a_blank_last_count() -> None:
    head = "계 간담회, 공청회 등 만족도 조사 민간전문가 자문 언론, 방송 기타"
    assert _read([head, "27회 4 1 3 19 "]) == {
        "total": 27,
        "meetings": 4,
        "survey": 1,
        "experts": 3,
        "media": 19,
        "other": 0,
    }
    assert _read([head, "28회 4 1 3 19 "]) != {
        "total": 28,
        "meetings": 4,
        "survey": 1,
        "experts": 3,
        "media": 19,
        "other": 0,
    }  # the blank is none only where the total proves it
    got = _read([head, "28회 4 1 3 19 "])
    assert got is None or got["other"] is None


def test_a_total_printed_last_over_a_row_whose_first_cell_is_blank() -> None:
    """A row one count short under channels closed by the total's head: its first cell blank only where the
    row opens with a space beyond its head's indent (printed proof of the blank's place); one short with no
    such space, which channel is blank is not known: no count is read (a blank first cell was assumed before,
    ``간담회 설명회 만족도 언론 계`` over ``3 2 5 10`` read 간담회 0, 설명회 3)."""
    head = "언론·방송 만족도조사 민간전문가 자문 주민간담회, 공청회 등 기타 계"
    assert _read([head, " 2  3(현장 간담회) 2 7회"]) == {
        "total": 7,
        "media": 0,
        "survey": 2,
        "experts": 0,
        "meetings": 3,
        "other": 2,
    }
    assert _read(["  " + head, "   2  3(현장 간담회) 2 7회"]) == {
        "total": 7,
        "media": 0,
        "survey": 2,
        "experts": 0,
        "meetings": 3,
        "other": 2,
    }
    assert _read([head, "2  3(현장 간담회) 2 7회"]) is None
    assert _read(["  " + head, "  2  3(현장 간담회) 2 7회"]) is None  # indented as deep as its head: no blank
    assert _read(["간담회 설명회 만족도 언론 계", "3 2 5 10"]) is None


def test_a_trailing_space_is_a_blank_last_cell_only_under_a_head_closing_on_none() -> None:
    head = "계 간담회, 공청회 등 만족도 조사 민간전문가 자문 언론, 방송 기타"
    assert (
        _read([head + " ", "27회 4 1 3 19 "]) is None
    )  # a dump padding its lines: the space proves no blank
    assert _read([head, "27회 4 1 3 19 "]) is not None


def test_another_units_column_printed_blank() -> None:
    rows = [
        "구  분 횟수 참여인원(명) 주요내용",
        "계 80회 81 ",
        "주민설명회 3 81 설명회",
        "만족도 조사   ",
        "전문가 자문   ",
        "언론홍보 77  ",
        "기타   ",
    ]
    assert _read(rows) == {"total": 80, "meetings": 3, "survey": 0, "experts": 0, "media": 77, "other": 0}
    # printed with no trailing spaces the blank participants' cell is not shown: the row prints fewer cells
    bare = [*rows[:5], "언론홍보 77", rows[6]]
    got = _read(bare)
    assert got is None or got["media"] in (77, None)


PERIODS = [
    "구분 1/4분기 2/4분기 3/4분기 4/4분기 계",
    "간담회, 공청회 등  1   1",
    "만족도 조사     ",
    "민간전문가 자문  3 1  4",
    "언론·방송 30 62 50 31 173",
    "기타     ",
    "합계 30 66 51 31 178",
]


def test_periods_and_a_total_column_with_blank_cells() -> None:
    assert _read(PERIODS) == {
        "total": 178,
        "meetings": 1,
        "survey": 0,
        "experts": 4,
        "media": 173,
        "other": 0,
    }
    # a row whose periods miss its total: which blank is whose is not proven, no count read off that table
    off = [*PERIODS[:3], "민간전문가 자문  3 1  5", *PERIODS[4:]]
    got = _read(off)
    assert got is None or got["experts"] is None or got["experts"] != 5


def test_gapped_rows_count_the_head_words() -> None:
    head = to_tline(0, 0, PERIODS[0])
    rows = [to_tline(k, 0, t) for k, t in enumerate(PERIODS[1:4], 1)]
    assert [printed_cells(r) for r in rows] == [6, 6, 6]
    assert gapped_under_head(head, [rows[0], rows[2]])
    assert not gapped_under_head(to_tline(0, 0, "구분 1/4분기 2/4분기 3/4분기 계"), [rows[0], rows[2]])
    # columns a layout aligned (wide gaps under a head of its own cells) count more cells than the head's words
    assert not gapped_under_head(head, [to_tline(1, 0, "간담회          1      1"), rows[2]])


def test_the_text_reader_keeps_gapped_rows_as_lines() -> None:
    from pledgecard.extract.readers.text import read

    text = "\n\n".join(["⍜ 도민 소통 실적(분기별)", "(단위 : 회)", *PERIODS]) + "\n"
    doc = read(text.encode("utf-8"))
    from pledgecard.extract.document import Table

    assert not any(isinstance(b, Table) for b in doc.blocks), (
        doc.blocks
    )  # no table of three columns made of them


# ------------------------------------------------------------------------------ the samples generator


def test_a_tile_caption_naming_no_figure_is_a_fault() -> None:
    from samples.layout_tiles import tile_figure, tile_kind
    from samples.style import Style

    style = Style()
    assert tile_kind("총사업비", style) == "budget" and tile_kind("사업기간", style) == "period"
    assert tile_kind("추진상황", style) == "status"
    with pytest.raises(ValueError, match="names no figure"):
        tile_kind("사업효과", style)
    rec = {
        "overview": {"budget": {"total_krw": None}, "period": {"raw": "2023 ~ 2026"}},
        "header": {"status": "정상추진", "title": "t"},
    }
    assert tile_figure("총사업비", rec, style) is None  # no total: no tile, never eok(None)
    assert tile_figure("사업기간", rec, style) == "2023 ~ 2026"


def test_the_summary_total_is_exact_or_a_fault() -> None:
    from samples.layout import _total_krw

    cols = [{"kind": "total"}, {"kind": "year"}]
    rec: dict[str, Any] = {
        "header": {"title": "t"},
        "overview": {"budget": {"total_krw": 5_000_000_000}},
        "funding": {
            "columns": cols,
            "rows": [
                {"source": "national", "amounts_krw": [1_000_000_000, 1_000_000_000]},
                {"source": "total", "amounts_krw": [3_000_000_000, 3_000_000_000]},
            ],
        },
    }
    assert _total_krw(rec) == 3_000_000_000
    rec["funding"]["rows"] = rec["funding"]["rows"][
        :1
    ]  # no total row: the overview's budget, not the first row's
    assert _total_krw(rec) == 5_000_000_000
    rec["overview"]["budget"]["total_krw"] = 1_500_000  # exact, never rounded to a unit
    assert _total_krw(rec) == 1_500_000
    rec["overview"]["budget"]["total_krw"] = None
    with pytest.raises(ValueError, match="no total"):
        _total_krw(rec)


# ------------------------------------------------------------------------------ pinned cards


def _swept(seed: int) -> list:  # type: ignore[type-arg]
    return (
        FAMILIES[:56]
        if seed < 3450
        else FAMILIES[:59]
        if seed < 3500
        else FAMILIES[:65]
        if seed < 3590
        else FAMILIES[:67]
    )


# (seed): floor, what it printed and read before (the extractor of 71d3609: outreach 0.0, no wrong figure)
PINNED_OUTREACH = {
    3461: (0.97, "a channel a row, 참여인원(명) cells blank (0.948; goal rows run together left)"),
    3558: (0.95, "periods and a total column, blank cells as runs of spaces (0.932; goal rows left)"),
    3571: (1.0, "a one-line counts row, its last cell blank (0.978)"),
    # 3636 (the total printed last, the first cell blank with no space beyond the head's indent, a bracketed note)
    # left out: which channel is blank is not printed, its outreach stays null (a blank first cell was assumed)
}


@pytest.mark.parametrize("seed", sorted(PINNED_OUTREACH))
def test_pinned_txt_outreach_reads(tmp_path: Path, seed: int) -> None:
    floor, why = PINNED_OUTREACH[seed]
    fam, card_seed = mutate(seed, _swept(seed))
    (r,) = run_family(fam, card_seed, ("txt",), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert "outreach" not in r["low_groups"], (r["low_groups"], r["misses"])
    assert r["score"] >= floor, (r["score"], r["misses"], why)


# ------------------------------------------------------------------------------ goals and side tables


def test_an_actual_in_the_targets_shape_after_the_status() -> None:
    """Mutant 3486: a head putting the status before the actual (연도 성과지표 목표 추진상황 실적 추진내용), the second
    row's project and 추진내용 merged with the first's (printed once): ``공정률 43%`` after the status is the actual
    (the row's target prints ``공정률`` before its figure too), the row was left unread."""
    from pledgecard.extract.sections.goals import extract_goals

    lines = [
        "연도 성과지표 목표 추진상황 실적 추진내용",
        "2023 자원순환 인재양성 295호 공급 완료 209호 재활용 선별장 운영 및 시민활동가 지원",
        "2024 공정률 80% 추진 중 공정률 43%",
    ]
    got = extract_goals([make_line(t) for t in lines]).value["goals"]
    assert [(g["year"], g["target"], g["status"], g["actual"]) for g in got] == [
        (2023, "295호 공급", "완료", "209호"),
        (2024, "공정률 80%", "추진 중", "공정률 43%"),
    ]
    # another measure word before the actual's figure than the target prints: the cell is not shown
    other = [*lines[:2], "2024 공정률 80% 추진 중 진척률 43%"]
    got = extract_goals([make_line(t) for t in other]).value["goals"]
    assert [g["year"] for g in got] == [2023]  # the row left unread


def test_a_note_cell_of_two_words_under_a_last_note_head() -> None:
    from pledgecard.extract.sections.side_tables import _note_cut

    head = ["구분", "당초(백만원)", "변경(백만원)", "증감", "비고"]
    assert _note_cut(["국비", "9,856", "9,389", "△467", "4건", "불용"], head) == [
        "국비",
        "9,856",
        "9,389",
        "△467",
        "4건 불용",
    ]
    assert _note_cut(["군비", "4,135", "4,135", "-", "해당", "없음"], head) == [
        "군비",
        "4,135",
        "4,135",
        "-",
        "해당 없음",
    ]
    # a word among the cells before the note: where the cells end is not printed
    assert _note_cut(["국비", "9,856", "변경", "△467", "4건", "불용"], head) == [
        "국비",
        "9,856",
        "변경",
        "△467",
        "4건",
        "불용",
    ]
    assert _note_cut(["국비", "9,856", "9,389", "△467", "4건", "불용"], [*head[:4], "사유"])[-1] == "불용"
