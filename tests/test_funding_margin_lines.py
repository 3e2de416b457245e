"""A funding's two margins printed by a text dump as two tables a row a line, one under the other
(samples/families dajim-district txt): the sources' table under a head line of its own is read apart, as the
margin of the periods' table above it, not as rows of the first; a spaced label (총 계, 구 분, 국 비) is the word.
Before: the dump's funding null (0.870 / 0.933 the committed txt cards)."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_margin_lines import margin_apart, margin_table
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dajim-district"
M = 10**6


def _line(text: str, n: int = 0) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(line_start=n))


def _section(*texts: str) -> list[Line]:
    return [_line(t, k) for k, t in enumerate(texts)]


YEARS = ("- 연도별 재원소요(단위:백만원)", "구분 계 2025 2026 임기후", "총 계 27,815 10,000 15,000 2,815")


def test_the_sources_table_under_the_years_table_is_their_margin() -> None:
    items = _section(
        *YEARS,
        "- 재원별(단위:백만원)",
        "구분 계 국비 시비 구비 민자등 비고",
        "총 계 27,815 5,807 2,515 10,268 9,225",
    )
    funding = extract_funding(items).value["funding"]
    assert [c["label"] for c in funding["columns"]] == ["계", "2025", "2026", "임기후"]
    assert [(r["source"], r["amounts_krw"]) for r in funding["rows"]] == [
        ("total", [27815 * M, 10000 * M, 15000 * M, 2815 * M]),
        ("national", [5807 * M, None, None, None]),
        ("municipal", [2515 * M, None, None, None]),
        ("district", [10268 * M, None, None, None]),
        ("private", [9225 * M, None, None, None]),
    ]


def test_spaced_head_words_are_the_words() -> None:
    t = margin_table(
        _line("구 분 국 비 시 비 구 비 민자등 합 계 비 고"), _line("계 5,807 2,515 10,268 9,225 27,815")
    )
    assert t is not None and t.grid()[0] == ["구분", "국비", "시비", "구비", "민자등", "합계", "비고"]


def test_tables_of_other_shapes_are_no_margin() -> None:
    head = _line("구분 계 국비 시비 구비 민자등 비고")
    assert margin_table(head, _line("총 계 27,815 5,807 2,515 10,268 9,225")) is not None
    # a source's cell blank (fewer cells than sources): which one is blank no line tells
    assert margin_table(head, _line("총 계 27,815 5,807 2,515 19,493")) is None
    # the sources do not sum to the total
    assert margin_table(head, _line("총 계 27,815 5,807 2,515 10,268 9,000")) is None
    # a head line of figures is no head
    assert (
        margin_table(_line("계 27,815 5,807 2,515"), _line("총 계 27,815 5,807 2,515 10,268 9,225")) is None
    )
    # a second head over two rows is a table of rows, no margin; nor a head with no table above it
    two = _section(
        *YEARS[1:],
        "구분 계 국비 시비 구비 민자등 비고",
        "총 계 27,815 5,807 2,515 10,268 9,225",
        "국비 5,807 5,807 - - - -",
    )
    assert margin_apart(two) is None
    assert (
        margin_apart(_section("구분 계 국비 시비 구비 민자등 비고", "총 계 27,815 5,807 2,515 10,268 9,225"))
        is None
    )


def test_a_margin_whose_total_is_not_the_tables_adds_nothing() -> None:
    items = _section(*YEARS, "구분 계 국비 시비 구비 민자등 비고", "총 계 27,000 5,807 2,515 10,268 8,410")
    funding = extract_funding(items).value["funding"]
    assert not funding or all(r["source"] == "total" for r in funding["rows"])


def test_the_family_dumps_read_their_funding_whole() -> None:
    cards = list(family_cards(FAMILY, "dajim-district-*-txt.txt"))
    assert cards
    for _, expected, got in cards:
        assert got[0]["funding"] == expected[0]["funding"]
        assert score_record(expected[0], got[0]).score() >= 0.95


def test_both_tables_printed_a_cell_a_line() -> None:
    """The same two tables as a converter dumping a table a cell a line prints them (hwpx text: 0.903 -> 1.000)."""
    items = _section(
        "- 연도별 재원소요(단위:백만원)",
        "구분",
        "계",
        "2025",
        "2026",
        "임기후",
        "총 계",
        "27,815",
        "10,000",
        "15,000",
        "2,815",
        "- 재원별(단위:백만원)",
        "구분",
        "계",
        "국비",
        "시비",
        "구비",
        "민자등",
        "비고",
        "총 계",
        "27,815",
        "5,807",
        "2,515",
        "10,268",
        "9,225",
    )
    funding = extract_funding(items).value["funding"]
    assert [(r["source"], r["amounts_krw"][0]) for r in funding["rows"]] == [
        ("total", 27815 * M),
        ("national", 5807 * M),
        ("municipal", 2515 * M),
        ("district", 10268 * M),
        ("private", 9225 * M),
    ]
    assert funding["rows"][0]["amounts_krw"][1:] == [10000 * M, 15000 * M, 2815 * M]
    # a second table of rows (a source's row after the total's) is no margin
    more = _section(*(ln.text for ln in items), "국비", "5,807")
    assert margin_apart(more) is None
