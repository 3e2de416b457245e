"""A block's reporting point opening a row before the row's own date, the rows printed past the item table a
converter aligned (extract/sections/item_tables.py): the block's heading, not the item's date."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_two_dates_opening_a_row_after_an_item_table_open_a_block() -> None:
    """hwp5html's dump lays the rows under a block cell spanning rows out from the first column, past the table
    inscriptis aligned: the next block's cell, a reporting point stated with an as-of word, opens its first row
    before the row's own date. The block's point heads the rows after it, never the item's date (yeoreum-city:
    the item dated by the point, the block's rows carried under the block above)."""
    from pledgecard.extract.document import Cell, Table
    from pledgecard.extract.sections.item_tables import item_rows_from_lines

    head = Table(
        cells=[
            Cell(row=r, col=c, text=t)
            for r, row in enumerate([["추진일자", "추진내용", "비고"], ["2023.11.11.", "공모 선정", "완료"]])
            for c, t in enumerate(row)
        ],
        n_rows=2,
        n_cols=3,
    )
    rows = [
        head,
        *_lines("2024. 3월 실시설계 완료", "2026년 2분기 현재 2026. 6. 제도 개선", "'26. 4. 7. 협약 체결"),
    ]
    out = [
        (ln.text, ln.marker is None)
        for ln in item_rows_from_lines(rows, lambda _ln: False)
        if isinstance(ln, Line)
    ]
    assert out[2:] == [
        ("2026년 2분기 현재", True),
        ("제도 개선 : 2026. 6.", False),
        ("협약 체결 : '26. 4. 7.", False),
    ]
    # a date with no as-of word before another opens no block: the row reads as before (its first date its own)
    rows = [head, *_lines("2026년 2분기 2026. 6. 제도 개선")]
    assert [ln.text for ln in item_rows_from_lines(rows, lambda _ln: False)][1:] == [
        "2026. 6. 제도 개선 : 2026년 2분기"
    ]
