"""The template family designed blind in session 26 (samples/families.py: ``gaji-county``, a 군 card whose
pledge is carried out as sub-projects, 세부사업) and the structures it brought in:

- a funding table by sub-project (a 세부사업 cell spanning its 소계 and source rows) closed by the whole: its
  sources and 계 (the record's rows), or a 총계 row alone, which holds in the columns where it is the subtotals'
  sum (extract/sections/funding_blocks.lone_total);
- one sub-project's amount printed once over two year columns (a merged cell, ``(2년간)``): the card does not
  say how much falls in each year, so the figure is no year's: null (validation reports it), never the amount
  repeated in both nor split (extract/sections/funding_spans.py);
- section titles told part by part (세부사업별 투자계획, 세부사업별 추진실적): the title's section
  (vocabulary ``sections_scopes``, extract/labels.py).

Blind figures (the extractor unchanged, the family's first generation): PDF, HWP, HWPX 0.966 with 10 wrong
figures each (the merged amount read in both years it spans, the 총계 row's too), txt 0.926, 0 wrong (the
dump's merged rows print fewer amounts than columns: no funding read; the as-of line was not printed: a
generator defect, mended). After: PDF, HWP, HWPX 0.996, txt 0.93, no wrong figure.

Then (h-gajileft): a `[세부사업N] name` line over the items heads their group (extract/sections/labelled_blocks.py,
0.995 -> 1.000 in PDF, HWP, HWPX); a dump's rows a merged amount left one cell short are placed where the
sub-projects' sums prove its span (extract/sections/funding_span_rows.py: txt 0.92 / 0.95 -> 1.000 / 0.97; the
unseen seeds 91003-91008 txt 0.943 mean -> 1.000), and a layout dump's amount set under one of the two columns it
spans is null (91007's 3 wrong figures -> 0); each merged amount is its own finding, extract.amount_spans_periods.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.sections.achievements import extract_achievements
from pledgecard.extract.sections.base import SectionContext
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_blocks import lone_total
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_span_rows import blank_beside_spans, placed_span_rows
from pledgecard.extract.sections.funding_spans import spanning_cells
from pledgecard.extract.sections.funding_spread import spread_cell
from pledgecard.extract.sections.labelled_blocks import labelled_block
from pledgecard.pipeline import process_file
from pledgecard.scoring import score_record

from conftest import family_cards, make_line, make_table

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "gaji-county"
FLOORS = {"pdf": 0.99, "hwp": 0.99, "hwpx": 0.99, "txt": 0.96}

HEAD = [["구분", "총사업비", "2024년", "2025년", "2026년"]]


WON = SectionContext(card_unit="원")  # a card whose unit line says won: the spans under test, not the unit


def _merged(rows: list[list[str]], spans: dict[tuple[int, int], int]) -> Table:
    """A table of ``rows`` whose cells at ``spans`` ((row, col) -> columns) are merged over that many columns
    (the positions they cover left out of ``rows``' own cells, as a reader stores a merged cell once)."""
    cells, covered = [], set()
    for (i, j), n in spans.items():
        covered |= {(i, j + k) for k in range(1, n)}
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if (i, j) not in covered:
                cells.append(Cell(i, j, text, col_span=spans.get((i, j), 1)))
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def _funding(table: Table) -> dict:
    return extract_funding([table], WON).value["funding"]


def test_an_amount_merged_over_two_years_is_no_years_figure() -> None:
    rows = [
        *HEAD,
        ["계", "1,000", "400", "600", ""],
        ["국비", "300", "100", "200", ""],
        ["도비", "700", "300", "400", ""],
    ]
    f = _funding(_merged(rows, {(1, 3): 2, (2, 3): 2, (3, 3): 2}))
    assert [r["amounts_krw"] for r in f["rows"]] == [
        [1000, 400, None, None],
        [300, 100, None, None],
        [700, 300, None, None],
    ]


def test_a_merged_dash_is_each_years_zero_and_unmerged_cells_stay() -> None:
    rows = [
        *HEAD,
        ["계", "1,000", "400", "-", ""],
        ["국비", "300", "300", "-", ""],
        ["도비", "700", "100", "300", "300"],
    ]
    f = _funding(_merged(rows, {(1, 3): 1, (2, 3): 2}))
    assert f["rows"][1]["amounts_krw"] == [300, 300, 0, 0]
    assert f["rows"][2]["amounts_krw"] == [700, 100, 300, 300]
    assert not spanning_cells(
        make_table(rows), [((i, 0), [(i, j) for j in range(1, 5)]) for i in range(1, 4)]
    )


def test_a_merged_label_or_head_cell_nulls_no_amount() -> None:
    rows = [
        ["구분", "총사업비", "연차별 투자계획", ""],
        ["", "", "2024년", "2025년"],
        ["국비", "300", "100", "200"],
    ]
    t = _merged(rows, {(0, 2): 2})
    assert _funding(t)["rows"][0]["amounts_krw"] == [300, 100, 200]


def test_the_whole_a_total_row_alone_holds_where_it_is_the_subtotals_sum() -> None:
    def row(label: str, source: str, *v: int | None) -> dict:
        return {"label": label, "source": source, "amounts_krw": list(v)}

    rows = [
        row("소계", "total", 1000, 100, 300, 600, 600),
        row("국비", "national", 1000, 100, 300, 600, 600),
        row("소계", "total", 500, 0, 100, 200, 200),
        row("국비", "national", 200, 0, 100, 100, 0),
        row("도비", "provincial", 300, 0, 0, 100, 200),
        row("총계", "total", 1500, 100, 400, 1200, 1200),
    ]
    assert lone_total(rows) == ([5], [3, 4])  # the years merged over (600 and 1,200 in both) unproven
    rows[-1]["amounts_krw"] = [1500, 100, 9, 1200, 1200]  # the sums hold in two columns of five: not proven
    assert lone_total(rows) is None
    assert lone_total(rows[:2] + rows[-1:]) is None  # one block: no sub-projects
    assert (
        lone_total(
            rows[:5]
            + [row("총계", "total", 1500, 100, 400, 800, 800), row("국비", "national", 1, 1, 1, 1, 1)]
        )
        is None
    )  # the whole's sources printed under it: not a total alone


def test_a_title_told_part_by_part_names_its_section() -> None:
    assert section_of("Ⅱ. 세부사업별 투자계획") == "funding"
    assert section_of("Ⅳ. 단위사업별 추진실적") == "achievements"
    assert section_of("세부사업별 현황") is None
    assert section_of("세부사업별") is None


def test_the_family_reads_in_every_format_with_no_wrong_figure() -> None:
    for path, exp, got in family_cards(FAMILY, "gaji-county-*-*.*"):
        fmt = path.suffix.lstrip(".")
        assert score_record(exp[0], got[0]).score() >= FLOORS[fmt], path.name
        f_exp, f_got = exp[0]["funding"], got[0]["funding"] or {"rows": [], "columns": []}
        for r in f_got["rows"]:
            if all(
                v is None for v in r["amounts_krw"]
            ):  # a dump's rows of fewer amounts than columns: none read
                continue
            e = next((x for x in f_exp["rows"] if x["source"] == r["source"]), None)
            assert e is not None, (path.name, r)
            for v, w in zip(e["amounts_krw"], r["amounts_krw"], strict=False):
                assert w is None or w == v, (path.name, r["label"], e["amounts_krw"], r["amounts_krw"])


def test_a_bracketed_label_over_items_heads_their_group_never_a_table() -> None:
    lines = [
        make_line("[과제1] 청년 창업 공간 조성"),
        make_line("협약 체결 : '24. 3.", "○"),
        make_line("참여기업 12개", "-"),
        make_line("【과제 2】 창업 교육 운영 (2024. 12월 말 기준)"),
        make_line("교육 운영 : '24. 9.", "○"),
    ]
    value = extract_achievements(lines).value
    assert value["tables"] == []
    assert [(a["group"], a["text"]) for a in value["achievements"]] == [
        ("청년 창업 공간 조성", "협약 체결"),
        ("청년 창업 공간 조성", "참여기업 12개"),
        ("창업 교육 운영", "교육 운영"),
    ]
    assert value["achievements"][2]["group_as_of"]["label"] == "2024-12"
    # over no bulleted item (a table's rows a dump printed a line each), or holding a row's amounts: no heading
    rows = extract_achievements(
        [make_line("[과제1] 청년 창업"), make_line("구분 목표 실적"), make_line("교육 운영 : '24. 9.", "○")]
    ).value
    assert all(a["group"] is None for a in rows["achievements"])
    assert labelled_block("[국비] 1,200 300 400") is None
    assert labelled_block("[과제1] 2024. 3.") is None
    assert labelled_block("청년 창업 [과제1]") is None


def test_a_merged_amount_is_its_own_finding_at_its_record_row() -> None:
    rows = [
        *HEAD,
        ["계", "1,000", "400", "600", ""],
        ["국비", "300", "100", "-", ""],
        ["도비", "700", "300", "400", ""],
    ]
    found = extract_funding([_merged(rows, {(1, 3): 2, (2, 3): 2, (3, 3): 2})], WON).findings
    assert [(f["code"], f["location"], f["observed"]) for f in found] == [
        (
            "extract.amount_spans_periods",
            "funding.rows[0]",
            {"amount": "600", "periods": ["2025", "2026"], "columns": [2, 3]},
        ),
        (
            "extract.amount_spans_periods",
            "funding.rows[2]",
            {"amount": "400", "periods": ["2025", "2026"], "columns": [2, 3]},
        ),
    ]
    assert all(f["severity"] == "warning" and not f["success"] for f in found)
    assert not extract_funding([make_table(rows)], WON).findings  # the same figures a cell each: no finding


def test_the_familys_merged_amounts_are_found_at_their_rows() -> None:
    # (the text dumps too: the whole's rows a merged amount left short placed by the sums, its span known)
    for path in sorted([*FAMILY.glob("gaji-county-*-hwpx.hwpx"), *FAMILY.glob("gaji-county-*-txt.txt")]):
        res = process_file(path)
        rows = res.records[0]["funding"]["rows"]
        found = [f for f in res.provenance[0]["findings"] if f["code"] == "extract.amount_spans_periods"]
        assert found, path.name
        for f in found:
            i = int(f["location"].removeprefix("funding.rows[").rstrip("]"))
            spanned = [
                k
                for k, c in enumerate(res.records[0]["funding"]["columns"])
                if c["label"] in f["observed"]["periods"]
            ]
            assert len(spanned) >= 2 and all(rows[i]["amounts_krw"][k] is None for k in spanned), f
            assert (
                f["source_location"]
                and ("cell" if path.suffix == ".hwpx" else "line") in f["source_location"]
            )


DUMP_HEAD = ["", "총사업비", "2022년", "2023년", "2024년", "2025년"]


def test_a_dumps_short_rows_are_placed_where_the_sums_prove_their_merged_amount() -> None:
    # block 1 merges 2023-2024 (its remark printed a cell apart), block 2 prints every cell, the whole merges
    # where block 1 does: only that span makes every sum hold
    grid = [
        DUMP_HEAD,
        ["소계", "300", "100", "150", "(2년간)", "50"],
        ["국비", "300", "100", "150", "50"],
        ["소계", "400", "100", "100", "120", "80"],
        ["국비", "400", "100", "100", "120", "80"],
        ["계", "700", "200", "370", "130"],
        ["국비", "700", "200", "370", "130"],
    ]
    placed = placed_span_rows(grid)
    assert [len(r) for r in placed[1:]] == [6] * 6
    assert [spread_cell(c) for c in placed[5][1:]] == [False, False, True, True, False]
    f = interpret_grid(placed, 1)[1]
    assert [(r["label"], r["amounts_krw"]) for r in f] == [
        ("계", [700, 200, None, None, 130]),
        ("국비", [700, 200, None, None, 130]),
    ]
    # a figure off by one: no span makes the sums hold, the grid stays as printed (its short rows unread)
    broken = [list(r) for r in grid]
    broken[5] = ["계", "700", "200", "371", "130"]
    assert placed_span_rows(broken) is broken
    # every row short alike and no remark: any span fits the sums, none is proven
    alike = [
        DUMP_HEAD,
        ["소계", "300", "100", "150", "50"],
        ["국비", "300", "100", "150", "50"],
        ["소계", "400", "100", "220", "80"],
        ["국비", "400", "100", "220", "80"],
        ["계", "700", "200", "370", "130"],
        ["국비", "700", "200", "370", "130"],
    ]
    assert placed_span_rows(alike) is alike


def test_a_dumps_lone_total_is_placed_by_the_subtotals() -> None:
    grid = [
        DUMP_HEAD,
        ["소계", "300", "100", "150", "(2년간)", "50"],
        ["국비", "300", "100", "150", "50"],
        ["소계", "400", "100", "100", "120", "80"],
        ["국비", "400", "100", "100", "120", "80"],
        ["총계", "700", "200", "370", "130"],
    ]
    f = interpret_grid(placed_span_rows(grid), 1)[1]
    assert [(r["label"], r["amounts_krw"]) for r in f] == [("총계", [700, 200, None, None, 130])]


def test_an_amount_set_under_one_of_the_two_columns_it_spans_is_no_periods() -> None:
    # a layout dump sets a merged cell under one of its columns, the other blank: the remark's row tells the
    # table merges there; each row blank beside an amount in that column is so merged (read null, a dash zero)
    head = ["구분", "재원", "총사업비", "2020년", "2021년", "2022년"]
    grid = [
        head,
        ["", "소계", "900", "100", "", "700 (2년간)"],
        ["", "국비", "900", "100", "", "700"],
        ["", "계", "1,500", "300", "", "1,100"],
        ["", "국비", "1,000", "100", "", "-"],
        ["", "도비", "500", "200", "100", "200"],
    ]
    out = blank_beside_spans(grid)
    assert [(spread_cell(r[4]), spread_cell(r[5])) for r in out[1:4]] == [(True, True)] * 3
    assert out[4][4:] == ["-", "-"] and out[5] == grid[5]
    no_remark = [head, *[[c.replace(" (2년간)", "") for c in r] for r in grid[1:]]]
    assert blank_beside_spans(no_remark) is no_remark  # a blank alone proves no merge
