"""One funding row a source (extract/sections/funding_once.py): a reading that would emit two rows of one
source code decides by the sums which is the row, or emits none of them with an ``extract.source_twice``
finding; never both."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.funding_once import one_row_a_source
from pledgecard.validate.checks.duplicates import duplicate_rows

M = 1_000_000


def _row(label: str, source: str | None, *amounts: int | None) -> dict[str, Any]:
    return {
        "label": label,
        "source": source,
        "amounts_krw": [a * M if a is not None else None for a in amounts],
    }


def _funding(*rows: dict[str, Any]) -> dict[str, Any]:
    return {
        "unit": "백만원",
        "columns": [
            {"label": "총사업비", "kind": "total", "year": None},
            {"label": "2024", "kind": "year", "year": 2024},
            {"label": "2025", "kind": "year", "year": 2025},
        ],
        "rows": list(rows),
    }


def _twice(funding: dict[str, Any] | None) -> list[str]:
    return [r["location"] for r in duplicate_rows("c", {"funding": funding}) if r["first"]]


def _src(line: int) -> Source:
    return Source(line_start=line, line_end=line)


def test_a_subtotal_under_a_spanning_group_label_is_left_out() -> None:
    # 계 | 국비 | 지방비 (spanning) 소계 | 도비 | 군비: the 소계 read as a second 계
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("소계", "total", 200, 60, 140),
        _row("도비", "provincial", 80, 20, 60),
        _row("군비", "municipal", 120, 40, 80),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [r["label"] for r in funding["rows"]] == ["계", "국비", "도비", "군비"]  # type: ignore[index]
    assert findings == [] and _twice(funding) == []


def test_the_total_printed_last_and_the_subtotal_over_its_parts() -> None:
    rows = [
        _row("국비", "national", 100, 40, 60),
        _row("소계", "total", 200, 60, 140),
        _row("도비", "provincial", 80, 20, 60),
        _row("시비", "municipal", 120, 40, 80),
        _row("합계", "total", 300, 100, 200),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [r["label"] for r in funding["rows"]] == ["국비", "도비", "시비", "합계"]  # type: ignore[index]
    assert findings == []


def test_two_totals_no_sum_tells_apart_are_both_left_out_with_a_finding() -> None:
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("계", "total", 310, 100, 210),
        _row("시비", "municipal", 200, 60, 140),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [r["label"] for r in funding["rows"]] == ["국비", "시비"]  # type: ignore[index]
    (f,) = findings
    assert (f["code"], f["location"], f["observed"]["source"]) == ("extract.source_twice", "funding", "total")
    assert [r["amounts_krw"][0] for r in f["observed"]["rows"]] == [300 * M, 310 * M]
    assert _twice(funding) == []


def test_a_row_read_twice_is_kept_once() -> None:
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("시비", "municipal", 200, 60, 140),
        _row("시비", "municipal", 200, 60, 140),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [r["label"] for r in funding["rows"]] == ["계", "국비", "시비"]  # type: ignore[index]
    assert findings == []


def test_a_sources_parts_labelled_as_it_leave_its_whole() -> None:
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("국비", "national", 70, 30, 40),
        _row("국비", "national", 30, 10, 20),
        _row("시비", "municipal", 200, 60, 140),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [(r["label"], r["amounts_krw"][0]) for r in funding["rows"]] == [  # type: ignore[index]
        ("계", 300 * M),
        ("국비", 100 * M),
        ("시비", 200 * M),
    ]
    assert findings == []


def test_two_rows_of_a_source_differing_are_left_out() -> None:
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("국비", "national", 90, 40, 50),
        _row("시비", "municipal", 200, 60, 140),
    ]
    funding, _, findings = one_row_a_source(_funding(*rows), {}, [])
    assert [r["label"] for r in funding["rows"]] == ["계", "시비"]  # type: ignore[index]
    assert [f["observed"]["source"] for f in findings] == ["national"]


def test_provenance_and_findings_follow_the_rows_kept() -> None:
    rows = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("소계", "total", 200, 60, 140),
        _row("도비", "provincial", 80, 20, 60),
        _row("군비", "municipal", 120, 40, 80),
    ]
    prov = {
        Loc("funding"): _src(1),
        Loc("funding", sub="rows[2]"): _src(4),
        Loc("funding", sub="rows[3].amounts_krw[1]"): _src(5),
        Loc("funding", sub="rows[4]"): _src(6),
    }
    findings = [
        {"code": "extract.amount_spans_periods", "location": "funding.rows[4]"},
        {"code": "extract.amount_spans_periods", "location": "funding.rows[2]"},
    ]
    _, got, moved = one_row_a_source(_funding(*rows), prov, findings)
    assert got == {
        Loc("funding"): _src(1),
        Loc("funding", sub="rows[2].amounts_krw[1]"): _src(5),
        Loc("funding", sub="rows[3]"): _src(6),
    }
    assert [f["location"] for f in moved] == ["funding.rows[3]", "funding"]


def test_a_table_of_one_row_a_source_is_left_as_it_is() -> None:
    funding = _funding(
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("시비", "municipal", 200, 60, 140),
    )
    prov: dict[Loc, Source] = {}
    assert one_row_a_source(funding, prov, []) == (funding, prov, [])
    assert one_row_a_source(None, prov, []) == (None, prov, [])


# A funding table whose group label (지방비) spanning its 소계 and parts is lost (a dump's line, a table whose
# label column is one cell wide): the grid reads the 소계 as a second 계 row.
SUBTOTAL_GRID = [
    ["구분", "총사업비", "2024", "2025"],
    ["계", "300", "100", "200"],
    ["국비", "100", "40", "60"],
    ["소계", "200", "60", "140"],
    ["도비", "80", "20", "60"],
    ["군비", "120", "40", "80"],
]


def test_a_subtotal_read_as_a_second_total_from_a_table_or_a_dump_is_left_out() -> None:
    from pledgecard.extract.sections.funding import extract_funding
    from pledgecard.extract.sections.funding_grid import interpret_grid
    from pledgecard.validate import validate_batch
    from tests.conftest import make_line, make_table

    _, grid_rows = interpret_grid(SUBTOTAL_GRID, M)
    assert [r["source"] for r in grid_rows].count("total") == 2  # what the grid alone reads
    lines = ["(단위: 백만원)"] + ["    ".join(f"{c:>6}" for c in row) for row in SUBTOTAL_GRID]
    for items in ([make_line(t) for t in lines], [make_line(lines[0]), make_table(SUBTOTAL_GRID)]):
        result = extract_funding(items)
        funding = result.value["funding"]
        assert [(r["label"], r["amounts_krw"]) for r in funding["rows"]] == [
            ("계", [300 * M, 100 * M, 200 * M]),
            ("국비", [100 * M, 40 * M, 60 * M]),
            ("도비", [80 * M, 20 * M, 60 * M]),
            ("군비", [120 * M, 40 * M, 80 * M]),
        ]
        assert result.findings == []
        rec = {"card_id": "x@y", "header": {"title": "t", "mgmt_no": "1", "status": "s"}, "funding": funding}
        assert not [
            f for f in validate_batch([rec]) if f["code"] == "record.duplicate_part" and not f["success"]
        ]


def test_a_second_total_no_sum_proves_leaves_no_total_from_a_dump() -> None:
    from pledgecard.extract.sections.funding import extract_funding
    from tests.conftest import make_line

    grid = [row[:] for row in SUBTOTAL_GRID]
    grid[3][1] = "210"  # the 소계 sums nothing
    lines = ["(단위: 백만원)"] + ["    ".join(f"{c:>6}" for c in row) for row in grid]
    result = extract_funding([make_line(t) for t in lines])
    funding = result.value["funding"]
    assert "total" not in [r["source"] for r in (funding or {}).get("rows") or []]
    assert [f["code"] for f in result.findings] == ["extract.source_twice"]


def test_a_subtotal_summing_no_rows_leaves_the_table_null() -> None:
    # 계 | [재원: 소계 도비 군비 . .] | 국비: a head of fewer labels than its span's columns, each label a column
    # early: 소계 over 국비's figures, 도비 over 지방비's (도비 + 군비), 군비 over 도비's; the 군비 column unread
    printed = [
        _row("계", "total", 300, 100, 200),
        _row("소계", "total", 100, 40, 60),
        _row("도비", "provincial", 200, 60, 140),
        _row("군비", "municipal", 80, 20, 60),
    ]
    prov = {Loc("funding"): _src(1), Loc("funding", sub="rows[2]"): _src(4)}
    funding, got, findings = one_row_a_source(
        _funding(*printed), prov, [{"code": "extract.amount_spans_periods", "location": "funding.rows[3]"}]
    )
    assert funding is None and got == {}
    assert [(f["code"], f["location"]) for f in findings] == [
        ("extract.amount_spans_periods", "funding"),
        ("extract.source_twice", "funding"),
    ]
    assert findings[1]["observed"]["table_kept"] is False and findings[1]["source_location"]
    # the same rows, the 소계 over its parts (the head's labels over their own figures): the table kept
    aligned = [
        _row("계", "total", 300, 100, 200),
        _row("국비", "national", 100, 40, 60),
        _row("소계", "total", 200, 60, 140),
        _row("도비", "provincial", 80, 20, 60),
        _row("군비", "municipal", 120, 40, 80),
    ]
    funding, _, findings = one_row_a_source(_funding(*aligned), {}, [])
    assert funding is not None and findings == []
    assert [r["label"] for r in funding["rows"]] == ["계", "국비", "도비", "군비"]
