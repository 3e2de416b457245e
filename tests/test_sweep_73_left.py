"""Text-dump leftovers of the sweep of the seventy-three families (session 26, seeds 3690-3739 in the text dump;
the cards are pinned in tests/test_crossbreed.py SEEDS_73 and tests/test_mutate_tables.py PINNED_73), on small
inputs:

- a transposed funding table whose zero cells print blank, one space apart: the spaces closing a row are its last
  cells where they make it exactly the head's width (``2026년 0    `` under five heads; mutant 3718 txt:
  ``funding_spaced.with_blanks``), the sums still proving the table.
- a header status printing two different statuses side by side (``부진 추진중(부진)``) on a dump whose card names no
  strikeout: no one status, left null with a finding naming both (crossbred 3712 txt: ``extract.status_twice``).
- amounts grouped by spaces whose column sums hold for two groupings (``1 451 880 | 857 452`` and ``1 451 880 857 |
  452``): the overview's budget chooses (``funding_spaced_budget``); a token opening with a zero (``085``) is no
  amount alone (mutant 3693 txt).
- period-group rows of spaced amounts (``2022년 국　비 3 600 49.6``): parted into the head's value columns (those
  printing a unit) where every row parts one way only (mutant 3730 txt: ``funding_period_spaced``).
- an item's third line flush with its wrapped lines, closing on its date (``계적으로 반영 : '20. 2학기``): the item's
  rest, no row alone read as a table (crossbred 3719 txt: ``textjoin._rows_alone``).
- an item table's row printed a word apart (``솔빛시 실시설계 완료 '23. 8.`` under ``시군 추진내용 추진일자``): parted by
  the head's plan, the date the tail, the content between (mutant 3729 txt: ``item_row_words``).
"""

from __future__ import annotations


def test_the_spaces_closing_a_row_are_its_blank_cells_where_they_make_the_heads_width() -> None:
    from pledgecard.extract.sections.funding_spaced import with_blanks

    assert with_blanks("2026년 0    ", ["0"], 5) == ["0", "", "", "", ""]
    assert with_blanks("2025년 409,718 409,718   ", ["409,718", "409,718"], 5) == [
        "409,718",
        "409,718",
        "",
        "",
        "",
    ]
    assert with_blanks("2023년 560,802    560,802", ["560,802", "560,802"], 5) == [
        "560,802",
        "",
        "",
        "",
        "560,802",
    ]
    # spaces that would make the row wider than the head, or no width told: no cells
    assert with_blanks("2026년 0      ", ["0"], 5) == ["0"]
    assert with_blanks("2026년 0    ", ["0"]) == ["0"]


def test_a_transposed_table_of_blank_zero_cells_reads_where_the_sums_prove_it() -> None:
    """Mutant 3718 (txt): sources stacked a head cell a line, rows printing their zero cells blank, a row of one
    printed zero (``2026년 0``) and rows whose blanks close the line: the table was left null (0.879)."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines

    def line(printed: str) -> Line:
        return Line(text=" ".join(printed.split()), marker=None, indent=0, source=Source(), printed=printed)

    head = [line(t) for t in ("구분", "합계", "국비", "시비", "구비", "기타")]
    body = [
        "계 1,100 300 300 0 500",
        "2023년 500    500",
        "2024년 300 300   ",
        "2025년 0    ",
        "2026년 300  300  ",
    ]
    assert transposed_grid_from_lines(head + [line(t) for t in body]) == [
        ["", "합계", "국비", "시비", "구비", "기타"],
        ["계", "1100", "300", "300", "0", "500"],
        ["2023년", "500", "0", "0", "0", "500"],
        ["2024년", "300", "300", "0", "0", "0"],
        ["2025년", "0", "0", "0", "0", "0"],
        ["2026년", "300", "0", "300", "0", "0"],
    ]
    # the same rows with their closing spaces lost: the one printed zero no sum can place, the table unread
    lost = [line(t.rstrip()) for t in body]
    assert transposed_grid_from_lines(head + lost) == []


def test_a_status_printing_two_different_statuses_is_no_one_status() -> None:
    """Crossbred 3712 (txt): dasi-county's header crossbred without its strike legend prints ``부진 추진중(부진)``,
    the superseded status beside the one in force: read whole as the status."""
    from pledgecard.extract.status_parts import statuses
    from pledgecard.extract.status_twice import settle_two_statuses
    from tests.conftest import make_line

    assert statuses("부진 추진중(부진)") == ["부진", "추진중(부진)"]
    assert statuses("추진중 정상추진") == ["추진중", "정상추진"]
    # one status: a status qualified by its bracket, spaced or not; words no status word; a status twice
    for one in (
        "추진중(부진)",
        "추진중 (지연)",
        "지연(95%)",
        "일부 지연",
        "정상 추진",
        "계속 추진",
        "완료 완료",
    ):
        assert len(statuses(one)) <= 1, one
    header = {"status": "부진 추진중(부진)", "status_code": "ongoing_delayed"}
    (finding,) = settle_two_statuses(
        header, [make_line("실천목표 중장기 추진 추진상태 부진 추진중(부진)")], "txt"
    )
    assert header == {"status": None, "status_code": None}
    assert finding["code"] == "extract.markup_lost" and "부진 / 추진중(부진)" in finding["message"]
    kept = {"status": "부진 추진중(부진)"}
    assert settle_two_statuses(kept, [], "pdf") == [] and kept["status"] == "부진 추진중(부진)"


def test_every_status_the_samples_print_stays_one_status() -> None:
    """The header statuses of every committed sample's expected record: each one status (none left null)."""
    import json
    from pathlib import Path

    from pledgecard.extract.status_parts import statuses

    root = Path(__file__).resolve().parents[1] / "samples"
    seen = set()
    for path in root.rglob("*.expected.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            status = ((rec or {}).get("header") or {}).get("status") if isinstance(rec, dict) else None
            if isinstance(status, str):
                seen.add(status)
    assert len(seen) >= 20
    assert [s for s in sorted(seen) if len(statuses(s)) > 1] == []


def test_no_amount_printed_alone_opens_with_a_zero() -> None:
    """``20 085``: ``085`` is the amount's later group, never a cell of its own (mutant 3693 txt)."""
    from pledgecard.extract.sections.funding_spaced import _cells

    got = list(_cells(["20", "085", "7"], 2))
    assert got == [["20 085", "7"]]
    assert ["0.5", "7"] in list(_cells(["0.5", "7"], 2)) and ["0", "7"] in list(_cells(["0", "7"], 2))


def test_the_budget_chooses_among_the_groupings_the_sums_leave() -> None:
    """Mutant 3693 (txt): six years' amounts grouped by spaces under a total row, no total column: the column sums
    hold for ``1 451 880 | 857 452`` and for ``1 451 880 857 | 452`` alike (each source row parting alike); the
    overview's budget (each source row's sum a share, the total row's its total) proves the one (0.891)."""
    from pledgecard.extract.sections.funding_spaced import regroup_spaced

    columns = [{"label": str(y), "kind": "year", "year": y} for y in (2022, 2023)]

    def rows() -> list[dict]:
        return [
            {
                "label": "계",
                "source": "total",
                "amounts_krw": [None, None],
                "amounts_raw": "1 451 880 857 452".split(),
            },
            {
                "label": "도비",
                "source": "provincial",
                "amounts_krw": [None, None],
                "amounts_raw": "701 911 707 303".split(),
            },
            {
                "label": "군비",
                "source": "municipal",
                "amounts_krw": [None, None],
                "amounts_raw": "749 969 150 149".split(),
            },
        ]

    unproven = rows()
    assert not regroup_spaced(columns, unproven, 1)  # type: ignore[arg-type]
    assert all(v is None for r in unproven for v in r["amounts_krw"])
    budget = ((701_911 + 707_303, 749_969 + 150_149), 1_451_880 + 857_452)
    proven = rows()
    assert regroup_spaced(columns, proven, 1, budget=budget)  # type: ignore[arg-type]
    assert [r["amounts_krw"] for r in proven] == [
        [1_451_880, 857_452],
        [701_911, 707_303],
        [749_969, 150_149],
    ]
    # a budget that fits neither grouping (or both): no proof, the rows stay null
    other = rows()
    assert not regroup_spaced(columns, other, 1, budget=((1, 2), 3))  # type: ignore[arg-type]


def test_period_group_rows_of_spaced_amounts_part_into_the_heads_value_columns() -> None:
    """Mutant 3730 (txt): periods as row groups, each source's amount grouped by spaces and its running total (누계,
    억원) after it (``2022년 국　비 3 600 49.6``; the total period's rows closing with a blank 누계, ``15 360 ``): the
    rows printed more tokens than the head's value columns, the table left null (0.901)."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_period_spaced import spaced_rows

    def line(printed: str) -> Line:
        return Line(text=" ".join(printed.split()), marker=None, indent=0, source=Source(), printed=printed)

    head = "구분 재원 사업비(백만원) 누계(억원)".split()
    printed = [
        "2022년 국　비 3 600 49.6",
        "군　비 - -",
        "군　비 271 2.7",
        "계 6 838 101.8",
        "총사업비 국　비 15 360 ",
    ]
    rows = [
        ["2022년 국비", "3", "600", "49.6"],
        ["군비", "-", "-"],
        ["군비", "271", "2.7"],
        ["계", "6", "838", "101.8"],
        ["총사업비 국비", "15", "360"],
    ]
    # (6 838 101.8 one amount, its 누계 blank, only where a dump drops closing blanks: this one prints them)
    assert spaced_rows(rows, [line(t) for t in printed], head) == [
        ["2022년 국비", "3 600", "49.6"],
        ["군비", "-", "-"],
        ["군비", "271", "2.7"],
        ["계", "6 838", "101.8"],
        ["총사업비 국비", "15 360", ""],
    ]
    # the closing blank lost: 15 | 360 or 15 360 | (none): two ways, nothing read here
    assert spaced_rows(rows, [line(t.rstrip()) for t in printed], head) is None
    # a head naming no unit: its value columns not told
    assert spaced_rows(rows, [line(t) for t in printed], "구분 재원 사업비 누계".split()) is None


def test_an_items_third_line_flush_with_its_wrapped_lines_goes_on_from_it() -> None:
    """Crossbred 3719 (txt): an item wrapped over three lines printed flush (no hanging indent), its date on the
    third (``계적으로 반영 : '20. 2학기``): the third line was taken for a row alone, read as a table."""
    from pledgecard.extract.document import Paragraph, Source
    from pledgecard.extract.textjoin import join_broken_lines

    def para(text: str, marker: str | None = None, n: int = 1) -> Paragraph:
        return Paragraph(text=text, marker=marker, source=Source(line_start=n, line_end=n))

    first = "두레경제진흥원 공동 아이돌봄 아카데미 운영(수료생 73명), 추"
    second = "진 과정에서 제기된 안전·환경 관련 요구사항을 검토하여 설계 및 운영계획에 단"
    third = "계적으로 반영 : '20. 2학기"
    got = join_broken_lines(
        [
            para(first, "▪", 1),
            para(second, None, 2),
            para(third, None, 3),
            para("아이돌봄 착공 : '20. 3.", "▪", 4),
        ]
    )
    assert [p.text.endswith("반영 : '20. 2학기") for p in got] == [True, False]
    # the second line short (it did not run full): the third line no part of the item
    short = join_broken_lines(
        [
            para(first, "▪", 1),
            para("진 과정에서 제기된", None, 2),
            para(third, None, 3),
            para("아이돌봄 착공 : '20. 3.", "▪", 4),
        ]
    )
    assert len(short) == 3 and short[1].text == third
    # a table's head under an item wrapped over two full lines (mutant 3719 txt): no date closing it, a row alone
    head = join_broken_lines(
        [
            para("광역철도 분야별 추진 현황, 추진 과정에서 제기된 안전·환경 관련", "A.", 1),
            para("요구사항을 검토하여 설계 및 운영계획에 단계적으로 반영", None, 2),
            para("연번 분야 대상시설 추진상황", None, 3),
            para("1 기업지원 정류장 추진중", None, 4),
        ]
    )
    assert [p.text for p in head][-2:] == ["연번 분야 대상시설 추진상황", "1 기업지원 정류장 추진중"]


def test_an_item_tables_row_printed_a_word_apart_parts_by_the_heads_plan() -> None:
    """Mutant 3729 (txt): ``시군 추진내용 추진일자`` over ``솔빛시 실시설계 완료 '23. 8.``: the row's cells were read a
    word each (five cells under three heads)."""
    from pledgecard.extract.sections.item_row_words import item_row_cells
    from pledgecard.extract.sections.side_tables import tables_from_lines
    from tests.conftest import make_line

    head = ["시군", "추진내용", "추진일자"]
    assert item_row_cells("솔빛시 실시설계 완료 '23. 8.".split(), head) == [
        "솔빛시",
        "실시설계 완료",
        "'23. 8.",
    ]
    assert item_row_cells("은솔시 운영 개시 2023. 11. 5.".split(), head) == [
        "은솔시",
        "운영 개시",
        "2023. 11. 5.",
    ]
    # no date closing the row, no content left, a head of no date column last, or as many words as cells: as printed
    assert item_row_cells("솔빛시 실시설계 완료 예정".split(), head) is None
    assert item_row_cells("솔빛시 '23. 8.".split(), head) is None
    assert item_row_cells("'23. 8. 실시설계 완료".split(), ["추진일자", "추진내용"]) is None
    assert item_row_cells("구분 2022년 2023년 계 1".split(), ["구분", "2022년", "2023년", "계"]) is None
    [t] = tables_from_lines(
        [
            make_line(x)
            for x in ("시군 추진내용 추진일자", "솔빛시 실시설계 완료 '23. 8.", "은솔시 공모 선정 '23. 7.")
        ],
        "",
    )
    assert t["rows"] == [["솔빛시", "실시설계 완료", "'23. 8."], ["은솔시", "공모 선정", "'23. 7."]]


def test_a_section_title_heading_a_notes_column_over_the_heads_second_row_is_a_head_cell() -> None:
    """Mutant 3696 (txt): a funding head printed a cell a line, ``구 분`` / ``《백만원》`` / ``계`` / ``재원구분`` /
    ``특이사항`` (the notes' column), then the sources under 재원구분 on a line, then the rows: 특이사항 was read as the
    issues section's heading and the table lost (0.806)."""
    from pledgecard.extract.card_sections import split_sections
    from tests.conftest import make_line

    def sections(lines: list[str]) -> list[tuple[str | None, int]]:
        items = [make_line(t[2:], t[0]) if t.startswith("⇱ ") else make_line(t) for t in lines]
        return [(s.name, len(s.items)) for s in split_sections(items)]

    head = ["⇱ 소요재원 및 확보계획", "구 분", "《백만원》", "계", "재원구분", "특이사항"]
    rows = ["합계 31583 6841 6955 7900 9887", "2022학년도 3803 1658 1000 641 504 기본계획 수립"]
    assert sections([*head, "교육비특별회계 국 고 지자체전입금 기 타", *rows]) == [(None, 0), ("funding", 8)]
    assert sections([*head, *rows]) == [(None, 0), ("funding", 7)]  # (as before: right over the first row)
    # a title line over two lines of words, or over an item: a heading
    assert sections([*head, "교육비특별회계 국 고", "지자체전입금 기 타", *rows])[-1][0] == "issues"
    assert sections([*head, "⇱ 예산 확보 지연", *rows])[-1][0] == "issues"
