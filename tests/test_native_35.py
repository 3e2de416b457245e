"""Unseen native-format family cards (session 35): the 11th and 12th seeds of every template family
(samples/families.py, ``family_seeds(fam, 12)[10:12]``) written as PDF, HWPX and HWP and read blind.

Blind: 167 cards a format (81 families, two seeds each, booklets and two-quarter files counted by card),
PDF / HWPX / HWP each mean 1.000, min 0.994, none below 0.97, no wrong figure of 21,597. The one loss, a
class: a status naming the start as still ahead (``착수 준비 중``, haetsal-county 57050) read as under way
(the ongoing rule ``^착수`` took it; no not-started rule named a start being prepared or awaited). After:
every card 1.000, no wrong figure.

Seeds 13-14 (167 cards a format, blind): min 0.992, 0 wrong; one class, an outreach heading joining publicity to the
residents' word (``구민 소통 및 홍보``) over one channel (hayan-district 71055): after, every card 1.000. Seeds 15-16
(166 cards a format, blind): HWPX / HWP 1.000; PDF min 0.827, 0 wrong, two classes: a sheet card's grid cut inside a
side table (jangbu-county 81016, 0.827) and a typed goal table's last year, words and dashes, opening the next page
(dolbit-city 76051, 0.941); after, PDF min 0.995, 0 wrong (left: a date cell wrapped over a page break, yeoreum-city
50034, 0.996; a goal's merged 추진내용 cell, dallae-city 84016, 0.995).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.labels import sections_of
from pledgecard.extract.layout_cut_card import goes_on_card_table
from pledgecard.extract.layout_lines import Line
from pledgecard.normalize.status import status_code
from samples.families import FAMILIES

from conftest import expected_scored, family_card


@pytest.mark.parametrize("printed", ["착수 준비 중", "착수준비", "착수 대기 중", "(착수 준비)"])
def test_a_start_still_ahead_is_not_started(printed: str) -> None:
    assert status_code(printed) == "not_started"


@pytest.mark.parametrize("printed", ["착수", "착수 완료", "정상추진 중"])
def test_a_start_made_is_under_way(printed: str) -> None:
    assert status_code(printed) == "ongoing_normal"


def test_every_familys_own_status_words_read_as_their_codes() -> None:
    wrong = [
        (f.name, code, word, status_code(word))
        for f in FAMILIES
        for code, word in f.status_words
        if status_code(word) != code
    ]
    assert wrong == []


def test_a_card_whose_status_is_a_start_being_prepared(tmp_path: Path) -> None:
    # haetsal-county 57050 (its family's 11th seed): 0.994 before (status_code ongoing_normal), 1.000 after
    path, _ = family_card(tmp_path, "haetsal-county", 57050, "hwpx")
    exp, got, score, wrong = expected_scored(path)
    assert exp["header"]["status"] == "착수 준비 중"
    assert got["header"]["status_code"] == exp["header"]["status_code"] == "not_started"
    assert wrong == []
    assert score >= 1.0


@pytest.mark.parametrize(
    ("heading", "sections"),
    [
        ("6. 구민 소통 및 홍보", ("outreach",)),
        ("주민소통 및 홍보 실적", ("outreach",)),
        ("시민소통 실적 및 홍보", ("outreach",)),
        # publicity names nothing alone, nor beside another section, nor beside a word of no section
        ("홍보", ()),
        ("추진실적 및 홍보", ()),
        ("사업개요 및 홍보", ()),
        ("구민소통 및 기타", ()),
        ("향후계획 및 기대효과", ("plans", "effects")),
    ],
)
def test_publicity_joined_to_the_outreach_names_the_outreach(heading: str, sections: tuple[str, ...]) -> None:
    assert sections_of(heading) == sections


def test_a_card_whose_outreach_heading_joins_publicity_and_tells_one_channel(tmp_path: Path) -> None:
    # hayan-district 71055 (its family's 13th seed; `▣ 6. 구민 소통 및 홍보` over `◦ 자문위원회 2회 등`: one channel, so
    # its lines alone do not tell the outreach): 0.992 before (outreach null), 1.000 after, each native format
    path, _ = family_card(tmp_path, "hayan-district", 71055, "hwpx")
    exp, got, score, wrong = expected_scored(path)
    assert [(x["category"], x["count"]) for x in got["outreach"]["items"]] == [("experts", 2)]
    assert got["outreach"] == exp["outreach"]
    assert wrong == []
    assert score >= 1.0


def _grid(rows: list[list[tuple[int, int, str]]], n_cols: int, page: int) -> Table:
    """A sheet grid on ``page``: each row its (col, col_span, text) cells."""
    return Table(
        cells=[
            Cell(r, c, text, col_span=span, source=Source(page=page))
            for r, row in enumerate(rows)
            for c, span, text in row
        ],
        n_rows=len(rows),
        n_cols=n_cols,
        source=Source(page=page),
    )


def test_a_card_grid_cut_inside_a_side_table_goes_on_the_card() -> None:
    side = _grid([[(0, 1, "연번"), (1, 1, "분야"), (2, 1, "대상시설"), (3, 1, "추진상황")]], 4, 1)
    prev = [Line(text="추진실적", marker=None, indent=0, source=Source(page=1), heading=True), side]
    # the side table's last row opens page 2, then an item indented by an empty cell, as the sheet sets it
    rest = _grid(
        [
            [(0, 1, "3"), (1, 1, "기반조성"), (2, 1, "둘레길"), (3, 1, "계획")],
            [(0, 1, ""), (1, 3, "● 주요 추진실적\n- 실시설계 용역 완료 : 2025-11-22")],
        ],
        4,
        2,
    )
    assert goes_on_card_table(prev, rest)
    # a table of its own opening page 2 (its rows only), or one on a page not next: not the card's grid
    assert not goes_on_card_table(
        prev,
        _grid(
            [
                [(0, 1, "3"), (1, 1, "기반조성"), (2, 1, "둘레길"), (3, 1, "계획")],
                [(0, 1, "4"), (1, 1, "홍보"), (2, 1, "센터"), (3, 1, "완료")],
            ],
            4,
            2,
        ),
    )
    far = _grid(
        [
            [(0, 1, "3"), (1, 1, "기반조성"), (2, 1, "둘레길"), (3, 1, "계획")],
            [(0, 1, ""), (1, 3, "● 주요 추진실적")],
        ],
        4,
        3,
    )
    assert not goes_on_card_table(prev, far)
    # a card's table that held no heading line: nothing to go on
    assert not goes_on_card_table([side], rest)


def test_a_sheet_card_cut_inside_a_side_table(tmp_path: Path) -> None:
    # jangbu-county 81016 PDF (its family's 15th seed): the achievements' side table cut by the page break, its last
    # row atop page 2 and the achievements going on under it: 0.827 before (the page's rows and items one side
    # table, five achievements lost), 1.000 after
    path, _ = family_card(tmp_path, "jangbu-county", 81016, "pdf")
    exp, got, score, wrong = expected_scored(path)
    assert len(got["achievements"]) == len(exp["achievements"])
    assert [len(t["rows"]) if "rows" in t else None for t in got["tables"]] == [
        len(t["rows"]) if "rows" in t else None for t in exp["tables"]
    ]
    assert wrong == []
    assert score >= 1.0


def test_a_typed_goal_tables_last_year_opening_the_next_page(tmp_path: Path) -> None:
    # dolbit-city 76051 PDF (its family's 15th seed): the typed (tab-stop, unruled) goal table's last row, `2025  단계별
    # 추진  -  -  미착수` (a year, then words and dashes: no figure), alone atop page 2: 0.941 before (the row left as
    # unplaced text, the goal lost), 1.000 after
    path, _ = family_card(tmp_path, "dolbit-city", 76051, "pdf")
    exp, got, score, wrong = expected_scored(path)
    assert [(g["year"], g["target"]) for g in got["goals"]] == [
        (g["year"], g["target"]) for g in exp["goals"]
    ]
    assert wrong == []
    assert score >= 1.0
