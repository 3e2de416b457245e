"""Structures the leftovers of the sweeps of sessions 21 and 22 (mutated cards still below 0.97; pinned in
tests/test_mutate_tables.py PINNED_59 and PINNED_62), on small inputs:

- a dump's funding rows printing zero cells blank (``국 비 계획 294102 260402 100955  127380 782839``): the wider gap
  a blank leaves was taken by the text reader for a column gutter, the rows read as a table of their own apart from
  their head and total lines, which no grid reads, and dropped (mutants 3463, 3464: the funding unread, 0.661 and
  0.607). Those rows are read as lines again, and a row printing fewer cells than the head names is placed only
  where the rows' totals and the total row leave one placement; the search for it goes row by row, dropping a
  choice whose running column sums pass the total row's, so a table of several rows of blanks each (past the
  20,000 whole tables tried before) is proven too.
- a funding table whose thousands a space groups, cut in two by its years (``구 분 총사업비 연도별 투자계획`` over
  2021-2025, then ``구 분 연도별 투자계획`` over 2026-2030, the same sources; 3456, 3506: unread, 0.772 / 0.799):
  each row's tokens in print order under both heads' columns, grouped where the sums prove it.
- a head printed a cell a line whose spanning cell stands over a line of several sources (``구 분`` / ``합 계`` /
  ``재원구분`` / ``국 비 도 비 군 비 기 타``: 3509, 0.775): joined as the corner, the totals and the sources.
- a transposed table's change column (``전년대비 증감``) after sources whose thousands a space groups, its head a
  cell a line beside the spanning head (``소 계`` / ``재원`` / ``전년대비 증감`` over ``국 비 도 비 군 비``: 3539,
  0.882); a head word that names a source (``군비``) is never a derived column's.
- an outreach count line printing blank cells a space more each under a head of the total and the channels
  (``1회  1   ``: 3463, 3464; 3428, 3465, 3503 besides): unread; read by its gaps now, a blank none where the other
  channels add up to the total.
- a goal year holding a character no year has (``20#3``) is null as before, now with a finding at its cell
  (``extract.year_unread``): a reviewer can tell a card printing no year from a year the reading lost.
- mutant 2573 (PDF, HWPX, HWP): zero cells printed blank with no total row or column: no sum proves them, they
  stay null, each with a finding (``normalize.unreadable_amount``).
"""

from __future__ import annotations

import glob
import itertools
import random
import re
from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_head_cells import head_cells_joined
from pledgecard.extract.sections.funding_rows import derived_tails
from pledgecard.extract.sections.funding_spaced import _one_table
from pledgecard.extract.sections.goal_years_unread import damaged_year
from tests.conftest import REPO, make_line, make_table


def _in_won(items):  # type: ignore[no-untyped-def]
    """The funding read from ``items`` on a card whose unit line says won: the layout under test, not the unit."""
    from pledgecard.extract.sections.base import SectionContext

    return extract_funding(items, SectionContext(card_unit="원"))


def _line(text: str, n: int) -> Line:
    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(line_start=n), printed=text)


def _rows(items: list) -> dict[str, list[int | None]] | None:  # type: ignore[type-arg]
    got = _in_won(items).value["funding"]
    return None if got is None else {r["label"]: r["amounts_krw"] for r in got["rows"]}


# ------------------------------------------------------------------ rows set apart by their blank cells


def test_rows_a_dumps_blank_cells_set_apart_from_their_head_are_read_where_the_sums_prove_them() -> None:
    """Mutant 3463 (txt): the 계획 / 확보 rows of each source printing zero cells blank, read by the text reader
    as a table of cells apart from the head line above and the 계 rows below: no grid read it, the rows dropped."""
    head = _line("구 분 기투자 '23년 '24년 '25년 합계", 1)
    apart = make_table(
        [
            ["국 비 계획 100 50", "30 180"],
            ["확보 100 50", "20 170"],
            ["도 비 계획", "70", "40 110"],
            ["확보", "70", "30 100"],
        ]
    )
    apart.source = Source(line_start=2)
    totals = [_line("계 계획 100 120 0 70 290", 6), _line("확보 100 120 0 50 270", 7)]
    k = 1  # (no unit printed: won)
    assert _rows([head, apart, *totals]) == {
        "국비": [100 * k, 50 * k, 0, 30 * k, 180 * k],
        "도비": [0, 70 * k, 0, 40 * k, 110 * k],
        "계": [100 * k, 120 * k, 0, 70 * k, 290 * k],
    }
    # the total row not their sum (a figure misprinted): no placement proven, the rows stay null
    off = [_line("계 계획 100 120 0 71 291", 6), _line("확보 100 120 0 50 270", 7)]
    rows = _rows([head, apart, *off])
    assert rows is not None and rows["국비"] == [None] * 5 and rows["도비"] == [None] * 5


SHORT_ROWS = [
    "구분 기투자 '23년 '24년 '25년 '26년 '27년 합계",
    "국비 343213 242099 556245 195071 1336628",
    "도비 434666 300957 856107 1591730",
    "군비 298202 695333 369330 753901 488046 2604812",
    "기금 284034 474646 587854 280521 1627055",
    "계 641415 284034 1412078 803996 2198957 1819745 7160225",
]


def test_many_short_rows_past_the_tables_tried_before_are_placed_by_the_sums() -> None:
    """Mutant 3464 (txt): four source rows missing two or three cells each (15 x 20 x 6 x 15 placements their own
    totals allow, past the 20,000 whole tables tried): placed row by row, the column sums pruning."""
    rows = _rows([make_line(t) for t in SHORT_ROWS])
    k = 1  # (no unit printed: won)
    assert rows == {
        "국비": [343213 * k, 0, 242099 * k, 0, 556245 * k, 195071 * k, 1336628 * k],
        "도비": [0, 0, 0, 434666 * k, 300957 * k, 856107 * k, 1591730 * k],
        "군비": [298202 * k, 0, 695333 * k, 369330 * k, 753901 * k, 488046 * k, 2604812 * k],
        "기금": [0, 284034 * k, 474646 * k, 0, 587854 * k, 280521 * k, 1627055 * k],
        "계": [641415 * k, 284034 * k, 1412078 * k, 803996 * k, 2198957 * k, 1819745 * k, 7160225 * k],
    }
    # no total row: no column sum to choose among the placements, nothing placed
    rows = _rows([make_line(t) for t in SHORT_ROWS[:-1]])
    assert rows is None or all(v is None for r in rows.values() for v in r)


def _brute(options: list[list[list[int]]], n: int, tr: int) -> tuple[list[int], ...] | None:
    fits = [
        combo
        for combo in itertools.product(*options)
        if all(combo[tr][j] == sum(combo[i][j] for i in range(len(combo)) if i != tr) for j in range(n))
    ]
    return fits[0] if len(fits) == 1 else None


@pytest.mark.parametrize("seed", range(40))
def test_the_search_row_by_row_finds_what_trying_every_table_finds(seed: int) -> None:
    """Property: over small tables of options (one total row), the pruned search proves the one table every
    choice tried proves, and none where none or two fit."""
    rnd = random.Random(seed)
    for _ in range(25):
        n, parts = rnd.randint(2, 4), rnd.randint(2, 4)
        options = [
            [[rnd.choice([0, 0, 1, 2, 3, 5]) for _ in range(n)] for _ in range(rnd.randint(1, 4))]
            for _ in range(parts)
        ]
        truth = [rnd.choice(o) for o in options]
        total = [sum(v[j] for v in truth) for j in range(n)]
        tr = rnd.randint(0, parts)
        options.insert(tr, [total])
        assert _one_table(options, n, tr) == _brute(options, n, tr)


# ------------------------------------------------------------------ halves of a table stacked by years


HALVES = [
    "구 분 총사업비 연도별 투자계획",
    "2021년 2022년 2023년",
    "계 14 715 2 289 5 642 2 061",
    "국 비 9 920 996 3 845 1 569",
    "도 비 4 795 1 293 1 797 492",
    "구 분 연도별 투자계획",
    "2024년 2025년",
    "계 1 834 2 889",
    "국 비 1 834 1 676",
    "도 비 ‑ 1 213",
]


def test_the_halves_of_a_spaced_table_cut_by_its_years_are_one_table() -> None:
    """Mutants 3456, 3506 (txt): a table of ten years printed as two of five, thousands a space apart: the rows
    of each half unequal in tokens, so the halves were not joined and the whole read as one table of twice the
    rows, every row nulled."""
    got = _in_won([make_line(t) for t in ["(단위 : 백만원)", *HALVES]]).value["funding"]
    assert [c["label"] for c in got["columns"]] == ["총사업비", "2021", "2022", "2023", "2024", "2025"]
    m = 10**6
    assert {r["label"]: r["amounts_krw"] for r in got["rows"]} == {
        "계": [14715 * m, 2289 * m, 5642 * m, 2061 * m, 1834 * m, 2889 * m],
        "국비": [9920 * m, 996 * m, 3845 * m, 1569 * m, 1834 * m, 1676 * m],
        "도비": [4795 * m, 1293 * m, 1797 * m, 492 * m, 0, 1213 * m],
    }
    # the second half's years not after the first's: no continuation, nothing read into a wrong year
    back = [t.replace("2024년 2025년", "2019년 2020년") for t in HALVES]
    got = _in_won([make_line(t) for t in ["(단위 : 백만원)", *back]]).value["funding"]
    assert got is None or all(v is None for r in got["rows"] for v in r["amounts_krw"])


# ------------------------------------------------------------------ heads printed a cell a line


STACKED = [
    "구 분",
    "(단위:천원)",
    "합 계",
    "재원구분",
    "국 비 도 비 군 비 기 타",
    "기투자 1 017 086 158 934  137 320 720 832",
    "'24년 1 235 132  454 557 246 655 533 920",
    "'25년 1 674 147 674 939 90 377 607 041 301 790",
    "'26년 1 647 550 558 654 232 656 856 240 ",
    "계 5 573 915 1 392 527 777 590 1 847 256 1 556 542",
]


def test_a_spanning_cell_over_a_line_of_sources_is_no_column_of_the_joined_head() -> None:
    """Mutant 3509 (txt): a head a cell a line, its spanning cell (재원구분) over the sources' line, thousands a
    space apart and blank zero cells in the rows: the head unjoined, the funding unread (0.775)."""
    joined = [it.text for it in head_cells_joined([make_line(t) for t in STACKED]) if isinstance(it, Line)]
    assert joined[:2] == ["(단위:천원)", "구분 합계 국비 도비 군비 기타"]
    k = 1000
    rows = _rows([_line(t, n) for n, t in enumerate(STACKED, 1)])
    assert rows == {
        "합계": [1017086 * k, 1235132 * k, 1674147 * k, 1647550 * k, 5573915 * k],
        "국비": [158934 * k, 0, 674939 * k, 558654 * k, 1392527 * k],
        "도비": [0, 454557 * k, 90377 * k, 232656 * k, 777590 * k],
        "군비": [137320 * k, 246655 * k, 607041 * k, 856240 * k, 1847256 * k],
        "기타": [720832 * k, 533920 * k, 301790 * k, 0, 1556542 * k],
    }
    # a cell between the corner and the spanning one that is no total (a change's head): not joined so
    other = [STACKED[0], STACKED[1], "증 감", *STACKED[3:]]
    assert [it.text for it in head_cells_joined([make_line(t) for t in other])] == other
    # the corner and the total on one line (구분 계, dodam-district's pdftotext -raw dump): left to the reader of
    # transposed tables, which reads it whole
    one_line = [
        "구분 계",
        "재원",
        "국비 시비",
        "2023년 2,839.9 1,075.1 1,764.8",
        "2024년 7,405.9 2,749.0 4,656.9",
    ]
    assert [it.text for it in head_cells_joined([make_line(t) for t in one_line])] == one_line


CHANGE = [
    "구 분",
    "⦅단위 : 천원⦆",
    "소 계",
    "재원",
    "전년대비 증감",
    "국 비 도 비 군 비",
    "2022년 815 569 ‑ 182 817 632 752 -",
    "2023년 1 321 179 ‑ 521 768 799 411 505 610",
    "2024년 716 598 285 564 431 034 ‑ △604 581",
    "합계 2 853 346 285 564 1 135 619 1 432 163 -",
]


def test_a_change_column_after_spaced_sources_under_a_head_a_cell_a_line_is_taken_off() -> None:
    """Mutant 3539 (txt): years as rows under 소 계 / 재원 / 전년대비 증감 over the sources, thousands a space
    apart, each row closing with its change (a dash, △604 581): the funding unread (0.882)."""
    got = _in_won([_line(t, n) for n, t in enumerate(CHANGE, 1)]).value["funding"]
    k = 1000
    assert [c["label"] for c in got["columns"]] == ["2022", "2023", "2024", "합계"]
    assert {r["label"]: r["amounts_krw"] for r in got["rows"]} == {
        "소계": [815569 * k, 1321179 * k, 716598 * k, 2853346 * k],
        "국비": [0, 0, 285564 * k, 285564 * k],
        "도비": [182817 * k, 521768 * k, 431034 * k, 1135619 * k],
        "군비": [632752 * k, 799411 * k, 0, 1432163 * k],
    }


def test_a_sources_head_is_no_derived_columns_word() -> None:
    assert derived_tails(["소계", "국비", "도비", "군비", "전년대비증감"]) == [
        1
    ]  # 군비 전년대비증감: not two words
    assert derived_tails(["계", "국비", "도비", "시비", "전년대비", "증감"]) == [2, 1]


# ------------------------------------------------------------------ outreach counts printed blank


def test_an_outreach_count_line_with_blank_cells_is_read_by_its_gaps() -> None:
    from pledgecard.extract.sections.outreach import extract_outreach

    head = _line("계 주민간담회, 공청회 등 만족도 조사 민간전문가 자문 언론 홍보 기타", 1)
    got = extract_outreach([head, _line("3회  1  2 ", 2)]).value["outreach"]
    assert got["total"] == 3
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("meetings", 0),
        ("survey", 1),
        ("experts", 0),
        ("media", 2),
        ("other", 0),
    ]
    # the counts not adding up to the total: the blanks stay null (validation names each)
    got = extract_outreach([head, _line("4회  1  2 ", 2)]).value["outreach"]
    assert got is None or all(i["count"] in (None, 1, 2) for i in got["items"])
    assert got is None or [i["count"] for i in got["items"]].count(None) == 3
    # one space between every cell: no blank shown, no count placed by a guess
    got = extract_outreach([head, _line("3회 1 2", 2)]).value["outreach"]
    assert got is None or all(i["count"] is None for i in got["items"]) or got["items"] == []


# ------------------------------------------------------------------ goal years read


def test_a_year_but_for_one_character_is_a_damaged_year() -> None:
    assert damaged_year("20#3") and damaged_year("2O23") and damaged_year("2#23") and damaged_year("20#3년")
    assert not damaged_year("2023") and not damaged_year("2023년") and not damaged_year("'23")
    assert not damaged_year("1#8호") and not damaged_year("20#") and not damaged_year("공정률 70%")
    assert not damaged_year("2023.3") and not damaged_year("#")


def test_a_goal_year_the_reading_lost_has_a_finding_at_its_cell() -> None:
    from pledgecard.extract.cards import extract_card_results
    from pledgecard.extract.document import Table
    from pledgecard.extract.readers import read_path

    path = Path(sorted(glob.glob(str(REPO / "samples" / "families" / "areum-district" / "*-hwpx.hwpx")))[0])
    doc = read_path(path)
    whole = extract_card_results(doc, file_name=path.name)
    assert not [f for r in whole for f in r.findings if f["code"] == "extract.year_unread"]  # no false alarm
    years = {g["year"] for g in whole[0].record["goals"]}
    cell = next(
        c
        for t in doc.tables()
        if isinstance(t, Table)
        for c in t.cells
        if re.fullmatch(r"20\d\d", c.text.strip()) and int(c.text.strip()) in years
    )
    printed = cell.text
    cell.text = printed[:2] + "#" + printed[3:]
    cut = extract_card_results(doc, file_name=path.name)
    assert any(g["year"] is None for g in cut[0].record["goals"])
    assert {g["year"] for g in cut[0].record["goals"]} - {None} <= years  # null, never another year
    found = [f for f in cut[0].findings if f["code"] == "extract.year_unread"]
    assert [f["observed"]["text"] for f in found] == [cell.text]
    assert found[0]["location"] == "goals" and found[0]["source_location"] == cell.source.describe()


# ------------------------------------------------------------------ blank zeros no sum proves


@pytest.mark.parametrize("fmt", ["pdf", "hwpx", "hwp"])
def test_blank_zeros_no_sum_proves_stay_null_each_with_a_finding(tmp_path: Path, fmt: str) -> None:
    """Mutant 2573: zero cells printed blank in a table with no total row or column. The overview's budget names
    each source's share, a sum the card prints (session 36, funding_blank_budget): a row adding up to its share
    reads its blanks as zero; the card reprinted with 국비's share 100,000 more (a budget the table does not add up
    to) leaves that row's blanks null, each named, the other rows' blanks still zero."""
    from pledgecard import extract_file
    from pledgecard.validate import validate_batch
    from samples.families import FAMILIES, family_records
    from samples.generate import write_file
    from samples.mutate import mutate

    fam, card_seed = mutate(2573, FAMILIES[:62])
    records = family_records(fam, card_seed)
    expected = {r["label"].replace(" ", ""): r["amounts_krw"] for r in records[0]["funding"]["rows"]}
    (got,) = extract_file(write_file(tmp_path, fam.name, fmt, records, fam.style))
    assert {r["label"].replace(" ", ""): r["amounts_krw"] for r in got["funding"]["rows"]} == expected
    budget = records[0]["overview"]["budget"]
    assert budget["raw"].startswith("24,087,409천원(국비 6,974,537,")
    budget["raw"] = budget["raw"].replace("24,087,409천원(국비 6,974,537,", "24,187,409천원(국비 7,074,537,")
    budget["total_krw"] += 100_000_000
    budget["parts"][0]["amount_krw"] += 100_000_000
    (tmp_path / "short").mkdir()
    (got,) = extract_file(write_file(tmp_path / "short", fam.name, fmt, records, fam.style))
    nulls = {
        f"funding.rows[{i}].amounts_krw[{j}]"
        for i, r in enumerate(got["funding"]["rows"])
        for j, v in enumerate(r["amounts_krw"])
        if v is None
    }
    assert nulls == {"funding.rows[0].amounts_krw[2]", "funding.rows[0].amounts_krw[4]"}  # 국비's two blanks
    flagged = {
        f["location"]
        for f in validate_batch([got])
        if f["code"] == "normalize.unreadable_amount" and not f.get("success", False)
    }
    assert nulls <= flagged
    for r in got["funding"]["rows"]:  # every figure read is the printed one
        want = expected[r["label"].replace(" ", "")]
        assert all(v is None or v == w for v, w in zip(r["amounts_krw"], want, strict=True))
