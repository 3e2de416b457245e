"""The template family designed blind in session 28 (samples/families.py: ``soseul-county``, a 군 card) and the
structure it brought in:

- the funding told only in sentences, no table: a budget sentence (the total with its unit, the sources' totals
  bare in brackets: ``ㅇ 총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)``), then a sentence of the periods'
  totals, each with its unit (``ㅇ 연도별 투자계획 : '18년 38.6억원, '19년 44.6억원, ...``). The funding is the
  total row (the total and the periods) and a row a source with its total only: no source's period is printed,
  so none is read. The periods are kept only where they add up to the total (extract/sections/funding_prose.py);
- such lines under a heading the vocabulary does not know make that section the funding (content_kinds).

Blind figures (the extractor unchanged): PDF, HWPX, HWP, txt 0.953, 0 wrong (the funding unread). After: 1.000
every format, 0 wrong; unseen seeds 97003-97010 (six drawn) 1.000 every format, 0 wrong of 920.
"""

from __future__ import annotations

import random
from pathlib import Path

from pledgecard.extract.content_kinds import kind_by_content
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_prose import funding_from_prose, periods_told, tells_funding
from pledgecard.scoring import score_record

from conftest import family_cards, make_line

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "soseul-county"
FLOORS = {"pdf": 0.99, "hwp": 0.99, "hwpx": 0.99, "txt": 0.99}
BUDGET = "ㅇ 총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)"
YEARS = "ㅇ 연도별 투자계획 : '18년 38.6억원, '19년 44.6억원, '20년 31.4억원, '21년 36.2억원, '22년 32.8억원"
EOK = 100_000_000


def test_a_sentence_of_periods_reads_each_with_its_own_unit() -> None:
    got = periods_told(YEARS, None)
    assert got is not None
    assert [(c["kind"], c["year"]) for c, _ in got] == [("year", y) for y in range(2018, 2023)]
    assert [a for _, a in got] == [3_860_000_000, 4_460_000_000, 3_140_000_000, 3_620_000_000, 3_280_000_000]
    mixed = periods_told(
        "기투자 1,200백만원, '24년 800, 임기후 2,000", "백만원"
    )  # bare amounts: the budget's unit
    assert mixed is not None
    assert [(c["kind"], a) for c, a in mixed] == [
        ("prior", 1_200_000_000),
        ("year", 800_000_000),
        ("after_term", 2_000_000_000),
    ]


def test_a_period_glued_to_its_amount_by_a_wrap_reads() -> None:
    got = periods_told("'22년 32.8억원, '23년28.1억원", None)
    assert got is not None and [(c["year"], a) for c, a in got] == [
        (2022, 3_280_000_000),
        (2023, 2_810_000_000),
    ]


def test_sentences_of_other_things_are_no_periods() -> None:
    assert periods_told("국비 29.1, 도비 41.8, 군비 112.7", "억원") is None  # sources, not periods
    assert periods_told("'24년 38.6억원", None) is None  # one piece: no sentence of periods
    assert periods_told("'24년 38.6억원, '24년 12억원", None) is None  # a period twice
    assert periods_told("'24년 38.6억원, '25년 공사 착공", None) is None  # a piece without an amount
    assert periods_told("'24년 38.6, '25년 12", None) is None  # no unit printed or known
    assert periods_told("주민설명회 3회, 언론보도 12건", None) is None


def test_the_funding_from_its_sentences_holds_no_source_period() -> None:
    read = funding_from_prose([make_line(BUDGET), make_line(YEARS)], SectionContext())
    assert read is not None and read.rest == []
    assert [(x["code"], x["observed"]["rows"], x["observed"]["columns"]) for x in read.findings] == [
        ("extract.periods_unprinted", [1, 2, 3], [1, 2, 3, 4, 5])
    ]  # the sources' periods null on purpose
    f = read.value["funding"]
    assert f["unit"] == "억원"
    assert [c["kind"] for c in f["columns"]] == ["total"] + ["year"] * 5
    rows = {r["source"]: r["amounts_krw"] for r in f["rows"]}
    assert rows["total"] == [
        18_360_000_000,
        3_860_000_000,
        4_460_000_000,
        3_140_000_000,
        3_620_000_000,
        3_280_000_000,
    ]
    assert rows["national"] == [2_910_000_000] + [None] * 5
    assert rows["municipal"] == [11_270_000_000] + [None] * 5


def test_periods_not_adding_up_to_the_total_are_null_with_a_finding() -> None:
    off = YEARS.replace(
        "44.6억원", "45.6억원"
    )  # one figure misread or misprinted: none of the periods proven
    read = funding_from_prose([make_line(BUDGET), make_line(off)], SectionContext())
    assert read is not None
    total = next(r for r in read.value["funding"]["rows"] if r["source"] == "total")
    assert total["amounts_krw"] == [18_360_000_000] + [None] * 5
    assert [x["code"] for x in read.findings] == ["extract.row_unread", "extract.periods_unprinted"]


def test_the_overview_budget_stands_for_a_budget_sentence_the_section_lacks() -> None:
    assert funding_from_prose([make_line(YEARS)], SectionContext()) is None  # no total told anywhere
    budget = {
        "total_krw": 18_360_000_000,
        "unit": "억원",
        "parts": [
            {"label": "국비", "source": "national", "amount_krw": 7_360_000_000},
            {"label": "군비", "source": "municipal", "amount_krw": 11_000_000_000},
        ],
    }
    read = funding_from_prose([make_line(YEARS)], SectionContext(record={"overview": {"budget": budget}}))
    assert read is not None
    assert {r["source"]: r["amounts_krw"][0] for r in read.value["funding"]["rows"]} == {
        "total": 18_360_000_000,
        "national": 7_360_000_000,
        "municipal": 11_000_000_000,
    }


def test_the_sections_entry_point_reads_the_sentences_where_no_table_stands() -> None:
    read = extract_funding([make_line(BUDGET), make_line(YEARS)], SectionContext())
    f = read.value["funding"]
    assert f is not None and f["unit"] == "억원"
    assert {r["source"]: r["amounts_krw"][0] for r in f["rows"]} == {
        "total": 18_360_000_000,
        "national": 2_910_000_000,
        "provincial": 4_180_000_000,
        "municipal": 11_270_000_000,
    }
    assert (
        extract_funding([make_line(BUDGET)], SectionContext()).value.get("funding") is None
    )  # no periods told


def test_drawn_sentences_read_back_exactly() -> None:
    rnd = random.Random(97)
    for _ in range(200):
        years = list(range(2018 + rnd.randint(0, 6), 2030))[: rnd.randint(2, 6)]
        tenths = [rnd.randint(1, 3000) for _ in years]
        text = ", ".join(
            f"'{y % 100:02d}년 {t / 10:,.1f}".removesuffix(".0") + "억원"
            for y, t in zip(years, tenths, strict=True)
        )
        got = periods_told(f"ㅇ 연도별 투자계획 : {text}", None)
        assert got is not None, text
        assert [(c["year"], a) for c, a in got] == [
            (y, t * EOK // 10) for y, t in zip(years, tenths, strict=True)
        ]


def test_lines_telling_a_funding_name_an_unknown_section() -> None:
    lines = [make_line(BUDGET), make_line(YEARS)]
    assert tells_funding([ln.text for ln in lines])
    assert (
        kind_by_content(lines, taken={"overview", "achievements"}, as_of=None, after=["overview"])
        == "funding"
    )
    assert kind_by_content(lines, taken={"overview", "funding"}, as_of=None, after=["overview"]) != "funding"
    assert not tells_funding([BUDGET])  # a budget alone is the overview's line, no funding


def test_family_cards_score_and_hold_no_wrong_figure() -> None:
    seen = set()
    for path, exp, got in family_cards(FAMILY, "soseul-county-*-*.*"):
        fmt = path.suffix.lstrip(".")
        seen.add(fmt)
        assert score_record(exp[0], got[0]).score() >= FLOORS[fmt], path.name
        f_exp, f_got = exp[0]["funding"], got[0]["funding"]
        assert f_got is not None, path.name
        for r in f_got["rows"]:
            e = next(x for x in f_exp["rows"] if x["source"] == r["source"])
            assert r["amounts_krw"] == e["amounts_krw"], (
                path.name,
                r["label"],
            )  # a source's years null, as printed
    assert seen == set(FLOORS)
