"""The shapes the third round of hand-written cards showed blind (samples/handmade/README.md "Third round"):
a typed funding table whose head is two lines (a group head over the years the next line names), a budget's
parts on the line under it, part rows set in under their subtotal in a space-aligned table, two sources of one
code (a 광역시 군's 시비 and 군비), and outreach told as one sentence in a table's cell with its total in brackets.
The cards' floors are in tests/test_handmade_cards.py."""

from __future__ import annotations

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_once import one_row_a_source
from pledgecard.extract.sections.outreach_sentences import from_sentences
from pledgecard.extract.sections.overview_budget_parts import parts_under_budget
from pledgecard.extract.typed_tables import typed_cells, typed_runs, typed_table
from pledgecard.normalize.money import parse_budget
from tests.conftest import column_plan_cells


def _typed(block: str) -> list[list[str] | None]:
    return [typed_cells(line) for line in block.split("\n")]


def test_a_typed_head_of_two_lines_groups_the_columns_its_second_line_names() -> None:
    rows = _typed(
        "구분\t총사업비\t기투자\t연차별 투자계획\n\t\t\t2025\t2026\t임기후\n"
        "계\t125.5\t40.2\t35.3\t30.0\t20.0\n국비\t50.0\t16.0\t14.0\t12.0\t8.0"
    )
    assert typed_runs(rows) == [(0, 4)]
    table = typed_table([r or [] for r in rows], [Source(line_start=k + 1) for k in range(4)])
    cells = {(c.row, c.col): (c.text, c.row_span, c.col_span) for c in table.cells}
    assert (
        table.n_cols == 6 and cells[(0, 0)] == ("구분", 2, 1) and cells[(0, 3)] == ("연차별 투자계획", 1, 3)
    )
    assert (
        cells[(1, 3)] == ("2025", 1, 1)
        and cells[(1, 5)] == ("임기후", 1, 1)
        and cells[(2, 5)] == ("20.0", 1, 1)
    )
    # a second line printing figures, or a first line with an empty cell, is no such head: nothing proven
    assert typed_runs(_typed("구분\t총사업비\t계획\n\t\t35.3\t30.0\n계\t125.5\t35.3\t30.0")) == []
    assert typed_runs(_typed("구분\t\t계획\n\t\t2025\t2026\n계\t125.5\t35.3\t30.0")) == []


def test_a_budgets_parts_on_the_line_under_it_are_its_parts_when_they_add_up() -> None:
    budget = parse_budget("125.5억원")
    got = parts_under_budget(budget, "국비 50.0억원, 도비 30.2억원, 시군비 45.3억원")
    assert [(p["source"], p["amount_krw"]) for p in got or []] == [
        ("national", 5_000_000_000),
        ("provincial", 3_020_000_000),
        ("municipal", 4_530_000_000),
    ]
    assert parts_under_budget(budget, "국비 50.0억원, 도비 30.2억원") is None  # not the whole: unproven
    assert parts_under_budget(budget, "노후 산업단지 에너지 진단") is None
    assert (
        parts_under_budget(parse_budget("48억원(국비 12억, 지방비 36억)"), "국비 12억, 지방비 36억") is None
    )


def test_part_rows_set_in_under_their_subtotal_are_rows_of_their_own() -> None:
    got = column_plan_cells(
        "  구  분          계           2023         2024\n"
        "  국  비      1,200,000      300,000      400,000\n"
        "  지방비      3,600,000      300,000    1,100,000\n"
        "    - 시비    1,080,000       90,000      330,000\n"
        "    - 군비    2,520,000      210,000      770,000"
    )
    assert [c for c in got if c[0] == 3] == [
        (3, 0, "- 시비"),
        (3, 1, "1,080,000"),
        (3, 2, "90,000"),
        (3, 3, "330,000"),
    ]
    assert (2, 1, "3,600,000") in got and max(r for r, _, _ in got) == 4
    # a wrapped label under a row (no figure of its own) still continues that row
    wrapped = column_plan_cells(
        "  구  분          계           2023         2024\n"
        "  국  비      1,200,000      300,000      400,000\n"
        "  지방비      3,600,000      300,000    1,100,000\n"
        "    (시·군)"
    )
    assert max(r for r, _, _ in wrapped) == 2


def _row(label: str, source: str, amounts: list[int]) -> dict:
    return {"label": label, "source": source, "amounts_krw": amounts}


def test_two_sources_of_one_code_are_kept_where_the_total_is_their_sum_with_the_rest() -> None:
    rows = [
        _row("총계", "total", [48, 6]),
        _row("국비", "national", [12, 3]),
        _row("시비", "municipal", [10, 1]),
        _row("군비", "municipal", [26, 2]),
    ]
    got, _, findings = one_row_a_source({"columns": [], "rows": rows}, {}, [])
    assert [r["label"] for r in (got or {})["rows"]] == ["총계", "국비", "시비", "군비"] and findings == []
    # the total not their sum (a part counted twice, or a label not its row's): which is which is not told
    off = [_row("총계", "total", [40, 6]), *rows[1:]]
    got, _, findings = one_row_a_source({"columns": [], "rows": off}, {}, [])
    assert [r["label"] for r in (got or {})["rows"]] == ["총계", "국비"]
    assert [f["code"] for f in findings] == ["extract.source_twice"]


def _cell_line(text: str) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(cell="T0!B16"))


def test_outreach_as_one_sentence_in_a_cell_with_its_total_in_brackets() -> None:
    got = from_sentences([_cell_line("간담회 3회, 만족도조사 1회, 언론보도 5회 (총 9회)")], "시민소통")
    assert got is not None and got["total"] == 9
    assert [(x["category"], x["count"], x["note"]) for x in got["items"]] == [
        ("meetings", 3, None),
        ("survey", 1, None),
        ("media", 5, None),
    ]
    # brackets whose count is not the sum stay the last count's note, and no total is read
    odd = from_sentences([_cell_line("간담회 3회 / 언론보도 5회 (총 10회)")], "시민소통")
    assert odd is not None and odd["total"] is None and odd["items"][-1]["note"] == "총 10회"
    assert [x["label"] for x in odd["items"]] == ["간담회", "언론보도"]  # the slash no part of a label
    # running text with no bullet outside a cell, or a cell naming one count, is no outreach
    assert (
        from_sentences([Line(text="간담회 3회, 언론보도 5회", marker=None, indent=0, source=Source())])
        is None
    )
    assert from_sentences([_cell_line("간담회 3회")]) is None


def test_a_contact_in_brackets_after_the_department_is_its_own_pair() -> None:
    from pledgecard.extract.labels import split_labelled

    got = dict(split_labelled("담당부서 : 관광진흥과 (담당 하도윤, ☎ 052-940-3381)"))
    assert got["lead_dept"] == "관광진흥과" and got["contact_name"].startswith("하도윤")
    # a remark in brackets opening on a label's word, with no phone after a value, stays in the value
    assert split_labelled("담당부서 : 관광진흥과 (담당 3개 부서 협업, 전화 2건)")[0][1].startswith(
        "관광진흥과 ("
    )
