"""A side table's row printed on one line, its company cell opening with the corporate mark a converter set apart
from the name (hwp5html: ``1 ㈜ 바른에너지 제조 9``): the mark one word with the name, the row's cells in their
columns (extract/sections/side_tables.py; jangbu-county's 참여기업 현황 read ``㈜`` | ``바른에너지 제조`` before)."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.side_tables import tables_from_lines


def _lines(*texts: str) -> list[Line]:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_a_corporate_mark_apart_from_its_name_stays_in_its_cell() -> None:
    tables = tables_from_lines(
        _lines("연번 기업명 분야 참여인원", "1 ㈜ 바른에너지 제조 9", "2 ㈜하람테크 연구개발 19"), ""
    )
    assert [t["rows"] for t in tables] == [
        [["1", "㈜바른에너지", "제조", "9"], ["2", "㈜하람테크", "연구개발", "19"]]
    ]
