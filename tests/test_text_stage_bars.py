"""A goal row whose cells wrap around its line, one of them a stage bar drawn in glyphs (``■■□□□`` over
``(설계)``): the bar is a cell, no bullet item, so the row's top line is a row of cells and joins its row
(baram-county 74001's layout dumps)."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.readers.text import read

HEAD = (
    "    연도         세부사업          추진단계               목표                실적             추진상황"
)


def _grids(dump: str) -> list[list[list[str]]]:
    doc = read(dump.encode("utf-8"), path="x-layout.txt")
    return [b.grid() for b in doc.blocks if isinstance(b, Table)]


def _dump(bar: str) -> str:
    return "\n".join(
        [
            "□ Ⅳ. 연도별 추진목표",
            "",
            HEAD,
            "",
            f"                             {bar}",
            "   2023                                       시범 운영              설계 완료            완료",
            "                              (준공)",
            "",
            f"              청년 창업 공간        {bar}      창업 기업 지원",
            "   2024                                                            -             미착수",
            "                조성           (설계)        (12개)",
            "",
        ]
    )


def test_a_row_whose_top_line_holds_a_stage_bar_is_one_row() -> None:
    grids = _grids(_dump("■■□□□"))
    rows = [r for g in grids for r in g]
    row = next(r for r in rows if r[0] == "2024")
    assert row[1:4] == ["청년 창업 공간 조성", "■■□□□ (설계)", "창업 기업 지원 (12개)"]
    assert len(grids) == 1  # the head, both rows: one table


def test_a_bulleted_word_is_still_no_cell_of_a_row() -> None:
    # mutation of the shape: a bullet glyph before words (``■ 창업``) marks an item, which leaves that line
    # out of the table (its words are no cells placed)
    rows = [r for g in _grids(_dump("■ 창업")) for r in g]
    assert not any("■ 창업" in c for r in rows for c in r)
