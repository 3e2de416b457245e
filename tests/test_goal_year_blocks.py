"""A year-columns goal table that pdftotext's default mode printed in two blocks, a cell a line (the
head's words in two runs, each row's cells in two runs): read only where exactly one dealing of the
second block's lines to the rows places every row by its sums (extract/sections/goal_year_blocks.py)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_year_blocks import goal_year_block_lines

# gaeul-county 64001 as `pdftotext` prints it (blank lines dropped)
FIRST = [
    "2023년",
    "2024년",
    "2025년",
    "지표명",
    "단",
    "위",
    "목표",
    "실적",
    "목표",
    "실적",
    "보행로 정비 연장",
    "km",
    "3.9",
    "4.2",
    "3.8",
    "공정률",
    "%",
    "50",
    "50",
    "70",
    "녹지 조성 면적",
    "㎡",
]
SECOND = [
    "목표",
    "2026년",
    "실적",
    "최종목",
    "표",
    "달성",
    "률",
    "(%)",
    "실적",
    "목표",
    "2.8",
    "2.9 추진중",
    "2.9",
    "13.5",
    "51.9",
    "70",
    "90 추진중",
    "100",
    "100",
    "70.0",
    "1,910 1,818 7,620 8,166 8,399 추진중 5,727",
    "23,656",
    "42.2",
]


def _read(lines: list[str]) -> list[tuple[str, str | None, int, str, str | None]] | None:
    got = goal_year_block_lines(lines)
    return None if got is None else [(g.project, g.unit, g.year, g.target, g.actual) for g in got.goals]


def test_the_two_blocks_are_joined_row_by_row_where_the_sums_prove_the_cuts() -> None:
    got = _read(FIRST + SECOND)
    assert got is not None
    assert got[:4] == [
        ("보행로 정비 연장", "km", 2023, "3.9", "4.2"),
        ("보행로 정비 연장", "km", 2024, "3.8", "2.8"),
        ("보행로 정비 연장", "km", 2025, "2.9", "추진중"),
        ("보행로 정비 연장", "km", 2026, "2.9", None),
    ]
    assert got[4:8] == [
        ("공정률", "%", 2023, "50", "50"),
        ("공정률", "%", 2024, "70", "70"),
        ("공정률", "%", 2025, "90", "추진중"),
        ("공정률", "%", 2026, "100", None),
    ]
    assert got[8:] == [
        ("녹지 조성 면적", "㎡", 2023, "1,910", "1,818"),
        ("녹지 조성 면적", "㎡", 2024, "7,620", "8,166"),
        ("녹지 조성 면적", "㎡", 2025, "8,399", "추진중"),
        ("녹지 조성 면적", "㎡", 2026, "5,727", None),
    ]
    assert goal_year_block_lines(FIRST + SECOND).used == set(range(len(FIRST + SECOND)))  # type: ignore[union-attr]


def test_a_unit_the_first_block_left_out_opens_its_row_in_the_second() -> None:
    first = [
        "2023년",
        "2024년",
        "지표명",
        "단",
        "위",
        "목표",
        "실적",
        "보행로 정비 연장",
        "km",
        "1.3",
        "현장 민원 처리",
        "공정률",
    ]
    second = [
        "목표",
        "2025년",
        "실적",
        "2026년",
        "목표",
        "실적",
        "최종목",
        "표",
        "달성",
        "률",
        "(%)",
        "실적",
        "목표",
        "1.4",
        "3.6 추진중",
        "1.3",
        "1.2",
        "7.4",
        "18.9",
        "건",
        "231",
        "215",
        "324 추진중",
        "196",
        "401",
        "1,152",
        "18.7",
        "%",
        "30",
        "30",
        "40 추진중",
        "90",
        "100",
        "100",
        "30.0",
    ]
    got = _read(first + second)
    assert got is not None
    assert [(p, u, y, t) for p, u, y, t, _ in got if y == 2026] == [
        ("보행로 정비 연장", "km", 2026, "1.2"),
        ("현장 민원 처리", "건", 2026, "401"),
        ("공정률", "%", 2026, "100"),
    ]


def test_a_row_whose_sums_fail_every_cut_leaves_the_table_unread() -> None:
    lines = FIRST + SECOND
    lines[lines.index("13.5")] = "13.6"  # the first row's final target no longer the sum of its years
    assert _read(lines) is None
    lines = FIRST + SECOND
    lines.remove("70")  # a cell lost: no placement of the second row holds
    assert _read(lines) is None
