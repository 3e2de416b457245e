"""A log table (연도 | 월 | 추진내용) printed a cell a line whose one year cell and one month cell span every
row of the block, printed at their height (the year among the head's cells, the month amid the rows):
the rows dated by them; a block printing more date cells stays as printed (extract/sections/log_spanning_dates.py)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.log_spanning_dates import gather_spanning_dates


def _lines(*texts: str) -> list[Line]:
    out = []
    for t in texts:
        marker, text = (t[0], t[2:]) if t[:2] in ("- ", "◉ ") else (None, t)
        out.append(Line(text=text, marker=marker, indent=0, source=Source()))
    return out


def _heading(line: Line) -> bool:
    return line.marker == "◉"


def test_one_year_and_one_month_cell_go_after_the_head() -> None:
    items = _lines(
        "연도",
        "월",
        "2023년",
        "추진내용",
        "육묘장 운영",
        "- 공모사업 선정",
        "9월",
        "설명회 개최",
        "◉ 다음 블록",
    )
    got = [x.full_text for x in gather_spanning_dates(items, _heading)]  # type: ignore[union-attr]
    assert got == [
        "연도",
        "월",
        "추진내용",
        "2023년 9월",
        "육묘장 운영",
        "- 공모사업 선정",
        "설명회 개최",
        "◉ 다음 블록",
    ]


def test_two_month_cells_leave_the_block_as_printed() -> None:
    items = _lines(
        "연도", "월", "추진내용", "체험관 운영", "10월", "세부 추진실적", "2018년", "12월", "캠핑장 조성"
    )
    assert [x.full_text for x in gather_spanning_dates(items, _heading)] == [x.full_text for x in items]  # type: ignore[union-attr]


def test_a_card_dates_the_log_rows_by_the_spanning_cells(tmp_path: Path) -> None:
    lines = [
        "공약사업 관리카드",
        "공약명 : 스마트팜 육성",
        "작성기준일 : 2023년 3분기 현재",
        "▣ 4. 추진실적",
        "◉ 기 추진실적 (’23. 3분기 기준 누계)",
        "연도",
        "월",
        "2023년",
        "추진내용",
        "육묘장 운영",
        "- 행정안전부 주관 스마트팜 공모사업 최종 선정(국비 24억 확보)",
        "- ㈜온새미로씨엔티, (주)새봄씨엔티 등 4개 기업 투자협약 체결",
        "9월",
        "청년농업인 대상 스마트팜 설명회 개최(357명 참석)",
        "▣ 5. 향후 추진일정",
        "◦ 공약사항 정비 : 2024년 1월",
    ]
    path = tmp_path / "card.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    got = [
        (a["text"], a["date"]["label"] if a["date"] else None)
        for a in extract_file(path)[0]["achievements"]
        if a["level"] == 1
    ]
    assert got == [
        ("육묘장 운영", "2023-09"),
        ("청년농업인 대상 스마트팜 설명회 개최(357명 참석)", "2023-09"),
    ]
