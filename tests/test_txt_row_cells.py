"""Cells a text dump joining a row's cells with one space runs together, where the row's shape fixes
them (extract/sections/goal_across.py, extract/sections/item_tables.py):

- in a years-across goal row, a cell opening with a value right after another cell's value
  (``공정률 80% 266호 공급``) opens there: no word lies between the two values to begin its name
  (found on crossbred card 3074, txt: the project left unread, its 2024 actual paired with another's);
- in an item table headed 추진일자 | 추진내용 | 비고, a row ending in a status word and no gap prints
  its note cell (완료) when the table's other rows keep their gaps (an empty note as a trailing
  space): the note is no part of the item (crossbred card 3231, txt: ``... 24건 검토 및 제도 개선 완료``
  paired with the 4건 item).
"""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_across import goals_across_lines, split_by_gaps
from pledgecard.extract.sections.item_tables import item_rows_from_lines


def test_a_cell_opening_with_a_value_after_a_value_is_fixed() -> None:
    assert split_by_gaps(" 공정률 70% 공정률 80% 266호 공급".split(" "), 4) == [
        "",
        "공정률 70%",
        "공정률 80%",
        "266호 공급",
    ]
    # a value after the words of another cell may have its name begin before it: left open
    assert split_by_gaps(" 공정률 70% 136호 공급 83개 설치".split(" "), 4) is None


def test_the_years_across_row_of_two_shapes_is_read() -> None:
    rows = [
        "세부사업 구  분 '23년 '24년 '25년 '26년",
        "재활용 선별장 조성 목표  공정률 70% 공정률 80% 266호 공급",
        "실적  공정률 49% - -",
        "달성률  70% - -",
        "추진상황  추진중 미착수 미착수",
    ]
    got = goals_across_lines([(" ".join(p.split()), p) for p in rows])
    assert got is not None
    assert [(g.year, g.target, g.actual, g.status) for g, _ in got.goals] == [
        (2024, "공정률 70%", "공정률 49%", "추진중"),
        (2025, "공정률 80%", None, "미착수"),
        (2026, "266호 공급", None, "미착수"),
    ]


def _lines(*printed: str) -> list[Line]:
    return [
        Line(text=" ".join(p.split()), marker=None, indent=0, source=Source(), printed=p) for p in printed
    ]


def test_a_rows_note_cell_is_cut_where_the_gaps_show_it() -> None:
    rows = _lines(
        "추진일자 추진내용 비고",
        "'21.5.12. - 현장 건의 24건 검토 및 제도 개선 완료",
        "2021.01. - 실시설계 용역 완료 완료",
        "2022년 1학기 탄소중립 포럼 개최 ",
    )
    out = item_rows_from_lines(list(rows), lambda _ln: False)
    assert [ln.text for ln in out] == [
        "현장 건의 24건 검토 및 제도 개선 : '21.5.12.",
        "실시설계 용역 완료 : 2021.01.",
        "탄소중립 포럼 개최 : 2022년 1학기",
    ]
    # no row keeping a gap (a dump trimming its lines): a status word ending a row may be the content's
    trimmed = _lines(
        "추진일자 추진내용 비고", "2021.01. - 실시설계 용역 완료", "2022년 1학기 탄소중립 포럼 개최"
    )
    out = item_rows_from_lines(list(trimmed), lambda _ln: False)
    assert [ln.text for ln in out] == ["실시설계 용역 완료 : 2021.01.", "탄소중립 포럼 개최 : 2022년 1학기"]


def _at(text: str, line: int, indent: int) -> Line:
    return Line(text=text, marker=None, indent=indent, source=Source(line_start=line, line_end=line))


def test_a_header_value_printed_above_and_below_its_labels_line_is_read_whole() -> None:
    """pdftotext -layout of gyeoul-county 70003: the 공약명 cell's two lines centred on its label's row
    (``친환경농업 ... 및 청년`` / ``공약명 관리번호 1-7-8`` / ``농 20명 육성``): read as its second half before."""
    from pledgecard.extract.sections.header import read_header

    items: list[Line] = [
        _at("친환경농업 혁신밸리 조성 및 청년", 3, 7),
        _at("공약명 관리번호 1-7-8", 4, 2),
        _at("농 20명 육성", 5, 9),
        _at("담당부서 청년농업과", 7, 1),
    ]
    header, _, rest = read_header(list(items))
    assert header["title"] == "친환경농업 혁신밸리 조성 및 청년농 20명 육성" and header["mgmt_no"] == "1-7-8"
    assert items[0] not in rest
    # a line above the label's line with a blank line between: not the value's first line
    items[0] = _at("친환경농업 혁신밸리 조성 및 청년", 2, 7)
    header, _, rest = read_header(list(items))
    assert header["title"] == "농 20명 육성" and items[0] in rest
