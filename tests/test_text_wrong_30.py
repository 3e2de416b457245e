"""Wrong figures in text dumps of mutated cards (session 30, helper wrongs; the command line's 81-family draw,
``python -m samples.mutate --start 3840 --cards 50 --formats pdftotext,layout`` and ``--start 3940 --cards 50
--formats pdftotext,layout,txt``), and a spaced source label's funding row dropped. Unit tests of each shape,
and the mutants pinned (each read 0 wrong figures after its class was fixed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samples.mutate import mutate
from samples.style_sweep import run_family

from conftest import pinned_families

# 3861 pdftotext: 연도 / 2019 / 2020 / 세부사업 / ... over 실적 | 목표 | 달성률 | 추진상황, a cell a line
GOAL_ACTUAL_FIRST = [
    "실적",
    "목표",
    "달성률",
    "추진상황",
    "15개",
    "광역철도 기업",
    "지원(10개)",
    "150%",
    "완료",
    "용역 완료",
    "착공",
    "-",
    "완료",
]


def test_a_column_printed_before_the_target_takes_the_first_line() -> None:
    """Mutant 3861 (pdftotext): the 실적 head before 목표, the target wrapped over two lines: the row's four
    lines under three columns gave the target every line but the rate, ``15개 광역철도 기업 지원(10개)``, its
    value the actual's 15 (1 wrong figure). The columns before the target take the first lines."""
    from pledgecard.extract.sections.goal_stream import goal_stream

    got = goal_stream(GOAL_ACTUAL_FIRST)
    assert got is not None
    rows, _ = got
    assert [(r.target, r.actual, r.status) for r in rows] == [
        ("광역철도 기업 지원(10개)", "15개", "완료"),
        ("착공", "용역 완료", "완료"),
    ]


def _lines(texts: list[str]):  # noqa: ANN202 - Line objects
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    return [Line(text=t, marker=None, indent=0, source=Source(line_start=k + 1)) for k, t in enumerate(texts)]


def test_labels_printed_together_then_their_counts_are_dealt_in_order() -> None:
    """Mutant 3885 (pdftotext): a channel table a cell a line, ``언론·방송`` / ``기타`` / ``105`` / ``-``: the
    first label read as the row above's note and 105 given to 기타 (1 wrong figure). Two labels then two
    counts, every other row one count: dealt a label then its count."""
    from pledgecard.extract.sections.outreach_label_runs import labels_dealt
    from pledgecard.extract.sections.outreach_rows import from_rows

    texts = [
        "구분",
        "횟수",
        "간담회, 공청회 등",
        "6",
        "만족도 조사",
        "-",
        "민간전문가 자문",
        "-",
        "언론·방송",
        "기타",
        "105",
        "-",
        "계",
        "111회",
    ]
    dealt = [ln.text for ln in labels_dealt(_lines(texts))]
    assert dealt[8:12] == ["언론·방송", "105", "기타", "-"]
    got = from_rows(_lines(texts))
    assert got is not None and got["total"] == 111
    assert {it["category"]: it["count"] for it in got["items"]} == {
        "meetings": 6,
        "survey": 0,
        "experts": 0,
        "media": 105,
        "other": 0,
    }
    # a row printing two counts (a period's and the total's): nothing is dealt
    two = ["구분", "횟수", "간담회", "3", "2", "언론·방송", "기타", "105", "-", "계", "111회"]
    assert [ln.text for ln in labels_dealt(_lines(two))] == two


def test_a_year_column_above_the_head_gives_the_first_rows_year() -> None:
    """Mutant 3887 (pdftotext): ``연도`` / ``2025`` / ``세부사업`` / project over 목표 | 실적 | 달성률 | 추진상황
    a cell a line, the next row's year printed after a page break: the first row had no year and was
    dropped (the scorer paired its target with the second row's: 1 wrong figure). One year above the head
    is the first rows' year; the project cell above, one line, every row's."""
    from pledgecard.extract.sections.goal_cells_a_line import goal_cells
    from pledgecard.extract.sections.goal_lead_runs import lead_year

    lines = [
        "연도",
        "2025",
        "세부사업",
        "청년농업 인재양성",
        "목표",
        "실적",
        "달성률",
        "추진상황",
        "청년농업 프로그램 운영(35회)",
        "18회",
        "51%",
        "추진중",
        "2026",
        "청년농업 프로그램 운영(55회)",
        "-",
        "-",
        "미착수",
    ]
    assert lead_year(lines, 4) == 2025
    got = goal_cells(lines)
    assert got is not None
    assert [(r.year, r.project, r.target) for r in got[0]] == [
        (2025, "청년농업 인재양성", "청년농업 프로그램 운영(35회)"),
        (2026, "청년농업 인재양성", "청년농업 프로그램 운영(55회)"),
    ]
    # two years above the head: which row is whose is not told
    assert lead_year(["연도", "2025", "2026", "목표", "실적", "달성률", "추진상황"], 3) is None


def test_a_spaced_source_label_is_one_rows() -> None:
    """A converter spacing 광역시비 (``광역  시비``: 광역 and 시비 each a source word alone) made the row
    two rows' labels run together, and the row was dropped. Words that joined are one source's label
    name one row; two sources' labels still name none."""
    from pledgecard.extract.sections.funding_grid import interpret_grid
    from pledgecard.extract.sections.funding_source_labels import source_label

    assert source_label(["광역 시비"]) == "광역시비"
    assert source_label(["시비 구비"]) is None
    grid = [
        ["구 분", "계", "기투자", "'23"],
        ["국 비", "1,620", "-", "300"],
        ["광역 시비", "3,780", "200", "800"],
    ]
    _, rows = interpret_grid(grid, 10**6)
    assert [(r["source"], r["amounts_krw"][0]) for r in rows] == [
        ("national", 1620 * 10**6),
        ("provincial", 3780 * 10**6),
    ]


def test_a_wrapped_label_printed_last_reads_no_count() -> None:
    """Mutant 3953 (pdftotext): 주민간담회·공청회등 wrapped over two lines and printed after every other
    label, its count the first: every count read under the channel beside its own (5 wrong figures).
    Its place is not told: no count is read, the total kept where the counts add up to it. A piece after
    a blank line closing the head (a row's label, ``실적(건)``) is no wrapped label's."""
    from pledgecard.extract.sections.outreach_lines import from_lines
    from pledgecard.extract.sections.outreach_wrapped_head import wrapped_label_last

    head = ["계", "만족도 조사", "민간전문가 자문", "언론 홍보", "기타", "주민간담회·공청", "회등"]
    assert wrapped_label_last(head, [1, 3, 5, 7, 9, 11, 12])
    assert not wrapped_label_last([*head[:-1], "실적(건)"], [1, 3, 5, 7, 9, 11, 13])  # a cell of its own
    # (session 30: 회등 after a blank line goes on with the word 공청 cut: the label's piece, test_dump_wrong_30)
    assert not wrapped_label_last(["계", "주민간담회·공청", "회등", "만족도 조사", "기타"])
    got = from_lines(_lines([*head, "97회", "6", "-", "2", "88", "1"]))
    assert got is not None and got["total"] == 97
    assert all(it["count"] is None for it in got["items"])


def test_a_fall_under_a_period_nulls_the_table() -> None:
    """Mutant 3946 (pdftotext): ``2021년`` / ``증감`` / ``2022년`` printed out of the columns' order: the change
    column's falls (△1,035) read as 2022's plan (3 wrong figures). No plan is below nothing: every cell
    null, as printed in amounts_raw."""
    from pledgecard.extract.sections.funding_checks import null_negative

    columns = [
        {"label": "2021", "kind": "year", "year": 2021},
        {"label": "2022", "kind": "year", "year": 2022},
    ]
    rows = [{"label": "국비", "source": "national", "amounts_krw": [1120, -1035]}]
    assert null_negative(columns, rows, 1)
    assert rows[0]["amounts_krw"] == [None, None] and rows[0]["amounts_raw"] == ["1,120", "-1,035"]
    kept = [{"label": "국비", "source": "national", "amounts_krw": [1120, 0]}]
    assert not null_negative(columns, kept, 1) and kept[0]["amounts_krw"] == [1120, 0]


def test_a_superseded_row_is_no_sources_plan() -> None:
    """Mutant 3976 (layout): 당초 | 변경 rows under each source, 국비's 변경 row cut away by a page break:
    its 당초 row read as 국비's (3 wrong figures). A row named a second figure (당초, 확보, 집행) is none."""
    from pledgecard.extract.sections.funding_grid import interpret_grid

    grid = [
        ["재원", "연도", "총사업비", "2022", "2023"],
        ["계", "당초", "43,000", "8,867", "14,867"],
        ["계", "변경", "56,773", "10,703", "15,031"],
        ["국비", "당초", "21,020", "6,794", "2,348"],
    ]
    _, rows = interpret_grid(grid, 10**6)
    assert [(r["source"], r["amounts_krw"][0]) for r in rows] == [("total", 56773 * 10**6)]


def test_an_actual_run_into_the_target_is_parted_by_the_rate() -> None:
    """Mutant 3970 (layout): target and actual printed one space apart, read as one target cell
    (``공정률 80% 공정률 73%``) over an empty 실적 cell. Parted where the printed rate proves it."""
    from pledgecard.extract.sections.goal_target_actual_run import parted_target

    assert parted_target("공정률 80% 공정률 73%", "91%") == ("공정률 80%", "공정률 73%")
    assert parted_target("공정률 80% 공정률 73%", "50%") is None  # the rate disagrees
    assert parted_target("공정률 80% 공정률 73%", "-") is None  # no rate: nothing proves it
    assert parted_target("186호 공급", "91%") is None


# the command line's draw (81 families)
PINNED_30 = {
    (3861, "pdftotext"): (
        0.83,
        "실적 before 목표, the target wrapped: the actual's 15 read as the target's (goal_stream)",
    ),
    (3885, "pdftotext"): (
        0.88,
        "two channels' labels then their counts: 언론·방송's 105 read as 기타's (outreach_label_runs)",
    ),
    (3887, "pdftotext"): (
        0.70,
        "a year above the goal head: the first row dropped (goal_lead_runs.lead_year)",
    ),
    (3946, "pdftotext"): (
        0.89,
        "증감 printed before 2022년: △ falls read as 2022's (funding_checks.null_negative)",
    ),
    (3953, "pdftotext"): (
        0.84,
        "주민간담회·공청회등 wrapped, printed last: 5 counts shifted (outreach_wrapped_head)",
    ),
    (3970, "layout"): (
        0.92,
        "target and actual one space apart: the actual in the target's text (goal_target_actual_run)",
    ),
    (3976, "layout"): (0.58, "국비's 변경 row cut away, its 당초 row read as its plan (funding_grid)"),
}


@pytest.mark.parametrize(("seed", "fmt"), sorted(PINNED_30))
def test_pinned_mutant_reads_no_wrong_figure(tmp_path: Path, seed: int, fmt: str) -> None:
    floor, why = PINNED_30[(seed, fmt)]
    fam, card_seed = mutate(seed, pinned_families())
    (r,) = run_family(fam, card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], (r["wrong"], why)
    assert r["score"] >= floor, (r["score"], r["misses"], why)


def test_goals_printed_by_indicator_read_every_figure(tmp_path: Path) -> None:
    """Mutant 5102 (txt): the goals' matrix printed an indicator's years together (일자리 창출 2023, 2024, then
    청년주택 공급 ...), the expected record a year's indicators together; two targets alike (54명, 54호), so
    the scorer, pairing goals by their target's text in order, pairs 일자리 창출 2024 with 청년주택 공급 2023
    (goals[3]: one wrong figure counted, the only one). Every goal is read right, in the printed order:
    the same goals, figures and units as expected."""
    from pledgecard import extract_file
    from pledgecard.scoring import load_records
    from samples.generate import write_file
    from samples.style_sweep import family_records

    fam, card_seed = mutate(5102, pinned_families())
    path = write_file(tmp_path, fam.name, "txt", family_records(fam, card_seed), fam.style)
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    (got,) = extract_file(path)

    def goals(rec: dict) -> list[tuple]:
        return sorted(
            (g["project"], g["year"], g["target_value"], g["target_unit"], g["actual_value"])
            for g in rec["goals"]
        )

    assert goals(got) == goals(exp)
    assert [g["year"] for g in got["goals"]] == [2023, 2024, 2023, 2024, 2023, 2024]  # as printed
