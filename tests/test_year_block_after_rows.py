"""A year line heading its block right after a side table a dump printed a row a line (yunseul-city seeds 40182,
40190: ``구분 2022년 2023년 계`` / ``수료생 45 16 61`` / ``2023년`` / ``○ ...``): the section's earlier block years
print so, and a table printing each row whole on a line prints no row of one word. Where nothing shows it (no
earlier year block, a one-word line above it), the year line stays the table's."""

from __future__ import annotations

from pledgecard.extract.sections.achievements import extract_achievements

from conftest import make_line

TABLE = [("구분 2022년 2023년 계", None), ("수료생 45 16 61", None), ("취업자 56 37 93", None)]


def _read(lines: list[tuple[str, str | None]]) -> tuple[list[tuple[str, str | None]], list[dict]]:
    value = extract_achievements([make_line(t, m) for t, m in lines]).value
    return [
        (a["text"], a["group_as_of"]["label"] if a["group_as_of"] else None) for a in value["achievements"]
    ], value["tables"]


def test_a_year_line_after_the_rows_heads_the_next_block() -> None:
    got, tables = _read(
        [
            ("2022년", None),
            ("현장점검 실시 : 22. 4.", "○"),
            *TABLE,
            ("2023년", None),
            ("코스 개발 용역 착수 : 23. 5.", "○"),
        ]
    )
    assert got == [("현장점검 실시", "2022"), ("코스 개발 용역 착수", "2023")]
    assert [r for t in tables for r in t["rows"]] == [
        ["수료생", "45", "16", "61"],
        ["취업자", "56", "37", "93"],
    ]


def test_a_numbered_table_with_a_merged_total_row_ends_before_the_year_too() -> None:
    rows = [
        ("연번 기업명 분야 참여인원", None),
        ("계 59", None),
        ("1 ㈜새봄메디칼 유통 26", None),
        ("2 ㈜미래에너지 제조 10", None),
    ]
    got, _ = _read(
        [("2018년", None), ("참여기업 현황", "○"), *rows, ("2020년", None), ("현장점검 실시 : 20.2.", "○")]
    )
    assert got == [("참여기업 현황", "2018"), ("현장점검 실시", "2020")]


def test_without_an_earlier_year_block_or_after_a_one_word_line_the_year_stays_a_cell() -> None:
    got, _ = _read(
        [("현장점검 실시 : 22. 4.", "○"), *TABLE, ("2023년", None), ("코스 개발 용역 착수 : 23. 5.", "○")]
    )
    assert [g for _, g in got] == [None, None]
    got, _ = _read(
        [
            ("2022년", None),
            ("현장점검 실시 : 22. 4.", "○"),
            ("구분", None),
            ("수료생", None),
            ("2023년", None),
            ("코스 개발 용역 착수 : 23. 5.", "○"),
        ]
    )
    assert got[-1][1] == "2022"
