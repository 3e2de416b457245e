"""Session 33's funding proofs: one sum rule for the three sum checks of a read table (funding_sum_rule), and the
overview budget's shares named by their sources (funding_named_shares) in the proofs that used them blind
(funding_spaced_shares.shares_table, funding_labels_amid.total_row_sums, the stream's rows-total-the-budget check):
unit tests of each shape, and the pinned cards these proofs read scored with the shared scorer (0 wrong)."""

from __future__ import annotations

import random
from pathlib import Path

from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_labels_amid import total_row_sums
from pledgecard.extract.sections.funding_named_shares import (
    Share,
    crossed_shares,
    share_sources,
    shares_by_row,
)
from pledgecard.extract.sections.funding_parts_over import null_parts_over_total
from pledgecard.extract.sections.funding_spaced_shares import shares_table
from pledgecard.extract.sections.funding_sum_rule import adds_up, sum_slack
from tests.conftest import make_line, swept_mutant

# --- one sum rule -------------------------------------------------------------------------------------------------


def test_the_one_rule_is_a_step_a_thousandth_or_half_a_step_a_rounded_figure() -> None:
    assert sum_slack(100) == 1  # one step (amounts compared as read)
    assert sum_slack(5_000_000) == 5_000  # a thousandth of the total
    assert sum_slack(300, 1_000_000, 4) == 2_000_000  # half a printed step for each of four rounded cells
    assert adds_up([57, 1], 59) and not adds_up([9, 35, 10, 5], 57)  # 59 against 57: two steps off
    assert adds_up([1_000_000, 2_000_000], 3_001_000, 1_000_000)  # within one printed step


def test_sums_fit_is_the_rule_with_no_rounded_figure() -> None:
    """The row check (sums_fit) and the across-columns check (null_across_columns, through sums_fit) keep their
    slack: one step or a thousandth, no rounding allowance (a spaced grouping 2 off its total is no fit)."""
    rng = random.Random(33)
    for _ in range(2000):
        values = [rng.randint(0, 10_000) for _ in range(rng.randint(2, 6))]
        unit = rng.choice([1, 10, 1000])
        k = rng.randrange(len(values))
        rest = [v for j, v in enumerate(values) if j != k]
        old = abs(sum(rest) - values[k]) <= max(unit, abs(values[k]) / 1000)
        assert sums_fit(values, k, unit) == old


def test_the_parts_over_slack_is_the_rule_with_every_source_cell_rounded() -> None:
    """funding_parts_over's own formula (max(1, a thousandth, half a step a source row)) is the one rule with each
    source cell rounded to the printed step, for every table it judges (three rows or more)."""
    rng = random.Random(3)
    for _ in range(2000):
        n_rows, mult, total = rng.randint(3, 9), rng.choice([1, 1000, 1_000_000]), rng.randint(0, 10**10)
        assert sum_slack(total, mult, n_rows - 1) == max(1.0, abs(total) / 1000, (n_rows - 1) * mult / 2)


def test_parts_over_total_still_nulls_a_column_dealt_to_another_source() -> None:
    cols = [
        {"label": "계", "kind": "total"},
        {"label": "2024", "kind": "year", "year": 2024},
        {"label": "2025", "kind": "year", "year": 2025},
    ]
    rows = [
        {"label": "계", "source": "total", "amounts_krw": [30, 10, 20]},
        {"label": "국비", "source": "national", "amounts_krw": [20, 5, 15]},
        {"label": "도비", "source": "provincial", "amounts_krw": [25, 10, 15]},
    ]
    assert null_parts_over_total(cols, rows, 1)
    assert all(v is None for r in rows for v in r["amounts_krw"])
    fine = [
        {"label": "계", "source": "total", "amounts_krw": [30, 10, 20]},
        {"label": "국비", "source": "national", "amounts_krw": [12, 4, 8]},
        {"label": "도비", "source": "provincial", "amounts_krw": [18, 6, 12]},
    ]
    assert not null_parts_over_total(cols, fine, 1)


# --- shares named by their sources --------------------------------------------------------------------------------


def test_a_share_is_its_amount_and_names_its_source() -> None:
    national, provincial = Share(7_828, "national"), Share(27_581, "provincial")
    assert national == 7_828 and national + provincial == 35_409 and 7_828 in (national, provincial)
    assert share_sources((national, provincial)) == ["national", "provincial"]
    assert share_sources((7_828, 27_581)) is None  # bare amounts name nothing
    assert (
        share_sources((Share(1, "municipal"), Share(2, "municipal"))) is None
    )  # 시비 and 군비: one code twice
    assert shares_by_row((national, provincial), ["provincial", "national"]) == [27_581, 7_828]
    assert shares_by_row((national, provincial), ["provincial", "municipal"]) is None


def test_shares_table_takes_each_row_to_its_own_share() -> None:
    """A 국비 row whose one grouping sums to the 도비 share and a 도비 row summing to the 국비 share fit the shares
    blind (the old reading: a table whose rows carry each other's money); named, no row fits its own share."""
    options = [[[3, 193], [3193, 0]], [[10, 0]]]
    crossed = (Share(10, "national"), Share(3193, "provincial"))
    assert shares_table(options, ((10, 3193), 3203), ["national", "provincial"]) == (
        [3193, 0],
        [10, 0],
    )  # blind
    assert shares_table(options, (crossed, 3203), ["national", "provincial"]) is None
    right = (Share(3193, "national"), Share(10, "provincial"))
    assert shares_table(options, (right, 3203), ["national", "provincial"]) == ([3193, 0], [10, 0])
    assert shares_table(options, (right, 3203), ["national", "municipal"]) is None  # rows no share names


def test_a_total_row_summing_crossed_rows_proves_nothing() -> None:
    kinds = ["total", "year", "year"]
    grid = [["30", "10", "20"], ["12", "4", "8"], ["18", "6", "12"]]
    labels = ["계", "국비", "도비"]
    assert total_row_sums(kinds, labels, grid, 1)  # no budget: the sums alone
    assert total_row_sums(kinds, labels, grid, 1, (Share(12, "national"), Share(18, "provincial")))
    assert not total_row_sums(kinds, labels, grid, 1, (Share(18, "national"), Share(12, "provincial")))
    # an overview of another plan (its shares none of the rows' totals) tells nothing: the sums stand
    assert total_row_sums(kinds, labels, grid, 1, (Share(50, "national"), Share(70, "provincial")))
    assert not crossed_shares(
        (Share(12, "national"), Share(18, "provincial")), ["national", "provincial"], [12, 18]
    )
    assert crossed_shares(
        (Share(12, "national"), Share(18, "provincial")), ["national", "provincial"], [18, 12]
    )


_SPACED_NO_TOTAL = (
    "(단위: 백만원)",
    "구 분 연도별 투자 실적 및 계획",
    "2022년 2023년 2024년 2025년 2026년",
    "국 비 3 193 1 370 1 175 2 090 －",
    "도 비 6 027 8 560 6 138 4 800 2 056",
    "시 비 － 7 457 1 151 5 696 －",
)


def _named_budget(parts: list[tuple[str, str, int]]) -> dict:
    return {
        "overview": {
            "budget": {
                "unit": "백만원",
                "total_krw": sum(p[2] for p in parts) * 1_000_000,
                "parts": [{"label": lb, "source": src, "amount_krw": s * 1_000_000} for lb, src, s in parts],
            }
        }
    }


def _funding(record: dict) -> dict:
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    res = extract_funding([make_line(t) for t in _SPACED_NO_TOTAL], SectionContext(record=record))
    return res.value["funding"]


def test_a_spaced_table_read_by_shares_named_as_its_rows() -> None:
    """Mutant 4120's shape (a spaced table with no total) beside an overview naming each share's source: read."""
    f = _funding(
        _named_budget(
            [("국비", "national", 7_828), ("도비", "provincial", 27_581), ("시비", "municipal", 14_304)]
        )
    )
    assert [sum(r["amounts_krw"]) for r in f["rows"]] == [7_828_000_000, 27_581_000_000, 14_304_000_000]


def test_a_spaced_table_whose_shares_are_named_crossed_stays_null_with_a_finding() -> None:
    """The same table beside an overview printing 국비's and 도비's shares the other way round: the amounts fit the
    shares as a set (the old blind proof read them), but no row sums to its own source's share: null, a finding."""
    f = _funding(
        _named_budget(
            [("국비", "national", 27_581), ("도비", "provincial", 7_828), ("시비", "municipal", 14_304)]
        )
    )
    from pledgecard.extract.coverage import funding_unrecovered

    assert all(v is None for r in f["rows"] for v in r["amounts_krw"])
    assert all(r["amounts_raw"] for r in f["rows"])  # the printed text kept
    assert [x["code"] for x in funding_unrecovered(f, None)] == ["extract.table_unrecovered"]


# --- the pinned cards these proofs read ---------------------------------------------------------------------------


def test_mutant_4120_txt_read_by_its_named_shares_no_wrong_figure(tmp_path: Path) -> None:
    """Mutant 4120 (text dump): its overview names 국비, 도비, 시비; the funding read by the shares, now each row by
    its own source's share: scored as pinned (1.000), no wrong figure."""
    from tests.test_mutate_tables import SWEPT_87

    r = swept_mutant(4120, "txt", tmp_path, SWEPT_87)
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.99, (r["score"], r["misses"])


# --- a turned table's head and total row cut from its period rows (mutant 4160 layout) ----------------------------


def test_columns_named_by_sources_are_a_turned_table() -> None:
    from pledgecard.extract.sections.funding_sources_head import sources_as_columns

    turned = [
        {"label": "계", "kind": "total"},
        {"label": "국비", "kind": "other"},
        {"label": "도 비", "kind": "other"},
        {"label": "시비", "kind": "other"},
    ]
    assert sources_as_columns(turned)
    periods = [
        {"label": "총사업비", "kind": "total"},
        {"label": "2023", "kind": "year", "year": 2023},
        {"label": "2024", "kind": "year", "year": 2024},
    ]
    assert not sources_as_columns(periods)
    assert not sources_as_columns(
        [{"label": "계", "kind": "total"}, {"label": "국비", "kind": "other"}]
    )  # one source


_HEAD = [
    "       강물시 민선8기 시장 공약사업 분기별 추진상황 관리카드",
    "",
    "   관리번호                    6-31                   공약명         대중교통 서비스 개선 및 노선 확충",
    "",
    "   주관부서                  교통정책과                    담당자                     반소수",
    "",
    "  점검기준일       2024.06.30.(일)",
    "",
    "",
]

_TURNED_CUT = [
    "      구분             계              국비            도비           시비                비고",
    "",
    "     총사업비           4,918,000       2,214,000     1,913,000     791,000",
    "",
    "     2023년          1,571,000        805,000       766,000            - 준공 예정",
    "",
    "     2024년           964,000         173,000       504,000      287,000 준공 예정",
    "",
    "     2025년          1,710,000        563,000       643,000      504,000 시설 개관",
    "",
    "     2026년           673,000         673,000              -           - 보상 착수",
]


def test_a_years_down_table_with_notes_cut_by_the_layout_reader_reads_whole(tmp_path: Path) -> None:
    """Mutant 4160's funding (a layout dump): the layout reader cut the table into a head-and-total piece, text
    lines and a second piece; the first piece had been read as columns named 국비, 도비, 시비 with one 총사업비 row
    (the years lost). Re-read with the section's lines: every year, each row summing to its 계, 0 wrong."""
    from pledgecard import extract_file

    card = tmp_path / "turned.txt"
    card.write_text(
        "\n".join(
            [
                *_HEAD,
                "Ⅰ 사업 개요",
                "► 사업기간 : 2023 ~ 2028 (6년간)",
                "► 총사업비 : 총 49억 1,800만원(국비 22억 1,400만원, 도비 19억 1,300만원, 시비 7억 9,100만원)",
                "",
                "Ⅱ 재원별 투자계획",
                " " * 82 + "「단위: 천원」",
                "",
                *_TURNED_CUT,
                "",
            ]
        ),
        encoding="utf-8",
    )
    recs = extract_file(card)
    funding = recs[0]["funding"]
    assert [c.get("year") for c in funding["columns"]] == [None, 2023, 2024, 2025, 2026]
    by_source = {r["source"]: r["amounts_krw"] for r in funding["rows"]}
    assert by_source == {
        "total": [4_918_000_000, 1_571_000_000, 964_000_000, 1_710_000_000, 673_000_000],
        "national": [2_214_000_000, 805_000_000, 173_000_000, 563_000_000, 673_000_000],
        "provincial": [1_913_000_000, 766_000_000, 504_000_000, 643_000_000, 0],
        "municipal": [791_000_000, 0, 287_000_000, 504_000_000, 0],
    }


def test_mutant_4160_layout_reads_its_turned_table_no_wrong_figure(tmp_path: Path) -> None:
    """Mutant 4160 (layout dump): 0.939 (money 0.208, the years lost) -> 1.000, no wrong figure."""
    from tests.test_mutate_tables import SWEPT_87

    r = swept_mutant(4160, "layout", tmp_path, SWEPT_87)
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= 0.99, (r["score"], r["misses"])
