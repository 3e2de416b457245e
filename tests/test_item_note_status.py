"""An item table's note column (분기 | 주요 추진내용 | 비고) a dump printed with each row's cells one space apart and
every note filled (no row ends in a gap): the status word closing every dated row is the note cell, cut off the
content; a single row or a row of other last words proves no such column (gaeul-county
seed 64064's shape: '24. 4/4분기 세부 추진실적 완료)."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.item_tables import ROW_MARKER, item_rows_from_lines

HEAD = "분기 주요 추진내용 비고"


def _line(printed: str, marker: str | None = None) -> Line:
    return Line(text=" ".join(printed.split()), marker=marker, indent=0, source=Source(), printed=printed)


def _read(rows: list[str]) -> list[tuple[str | None, str]]:
    items = [_line(HEAD + " "), *(_line(r) for r in rows)]
    out = item_rows_from_lines(items, lambda ln: False)
    return [(getattr(x, "marker", None), x.text) for x in out]


def test_a_status_closing_every_dated_row_is_the_note_cell() -> None:
    got = _read(
        [
            "'24. 4/4분기 세부 추진실적 완료",
            "'25. 1/4분기 기업 투자협약 체결 완료",
            "'25. 3/4분기 캠핑장 조성 실시설계 용역 완료 완료",
        ]
    )
    assert got == [
        (ROW_MARKER, "세부 추진실적 : '24. 4/4분기"),
        (ROW_MARKER, "기업 투자협약 체결 : '25. 1/4분기"),
        (ROW_MARKER, "캠핑장 조성 실시설계 용역 완료 : '25. 3/4분기"),
    ]


def test_the_tables_of_one_card_show_the_column_together() -> None:
    items = [
        _line(HEAD + " "),
        _line("'24. 4/4분기 세부 추진실적 완료"),
        _line("기업지원 ", "ㄴ"),
        _line(HEAD + " "),
        _line("'25. 1/4분기 기업 투자협약 체결 완료"),
    ]
    out = item_rows_from_lines(items, lambda ln: False)
    assert [x.text for x in out] == [
        "세부 추진실적 : '24. 4/4분기",
        "기업지원",
        "기업 투자협약 체결 : '25. 1/4분기",
    ]


def test_nothing_short_of_every_row_proves_the_column() -> None:
    one = _read(["'24. 4/4분기 세부 추진실적 완료"])  # one row: a content may end so by chance
    assert one == [(ROW_MARKER, "세부 추진실적 완료 : '24. 4/4분기")]
    other = _read(["'24. 4/4분기 세부 추진실적 완료", "'25. 1/4분기 기업 투자협약 체결"])
    assert other[0] == (ROW_MARKER, "세부 추진실적 완료 : '24. 4/4분기")
    # a row ending in a gap (its note empty) shows the dump kept the gaps: the other rows' notes are printed
    # (the older rule, item_tables.rows_show_gaps), and that row's own last word stays its content's
    gap = _read(["'24. 4/4분기 세부 추진실적 완료", "'25. 1/4분기 설계 용역 완료 "])
    assert gap == [
        (ROW_MARKER, "세부 추진실적 : '24. 4/4분기"),
        (ROW_MARKER, "설계 용역 완료 : '25. 1/4분기"),
    ]
