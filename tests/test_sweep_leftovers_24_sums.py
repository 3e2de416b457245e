"""Structures the leftovers of the sweep of the sixty-seven families (session 24; crossbred and mutated cards
still below 0.97, pinned here with their floors), on small inputs:

- a dump's funding rows whose amounts group their thousands by a space, each amount printing the unit after its
  last group (``계 1 720 190천원 2 113 030천원 664 777천원 ...``, ``국 비 1 673 000 000원 ... － －``): the unit glued
  to the last group made no grouping of the tokens a figure's, the table null (mutants 3593, 3629: 0.897, 0.913).
  The unit closes the amount: the groupings ending a cell at each such group are tried, the sums proving one
  (``funding_spaced.unit_closed``).
- a card titled by its kind alone, no suffix after it (``연빛군 민선8기 군수 공약사업 추진상황``): not a title to the
  label rule, so its 추진상황 read as a status label closing its line, the title's last word (``… 사업 추진``) moved
  up to it as its value (mutant 3601: kind ``… 추진상황 추진``, title short of its last word; 0.937). The title's
  prefix word and kind closing a line after words naming no label are the card's title words
  (``labels.kind_title_match``, ``labels.is_title``); a row of labels (``관리번호 공약사업 추진상황``) stays one.
- a PDF page opening with an item's one long line (``⦁ ... 일정을 확정 : '25. 2.``) over a caption and a table
  (``다. 월별 추진내용``): the page's right edge taken from its own lines, the item's end was the edge, the line full,
  and the caption glued onto the item's date (crossbred 2722: 0.964, the date and the caption lost). A page's edge
  only its judged line reaches proves nothing: the context's widest line on its other pages stands
  (``pdf_lines._rights``).
- a dump's funding head printed a cell a line, the periods on the last line under a spanning cell printed amid the
  others (``구 분`` / ``（단위 천원）`` / ``연도별 투자 실적 및 계획`` / ``합계`` / ``비율(%)`` over ``2022년 ... 2026년``;
  ``총사업비`` before it and ``전년대비 증감`` closing it, the table cut by a page and its head printed again):
  unjoined, no head read and the funding null (mutants 3605, 3609: 0.872, 0.855). The periods take the spanning
  cell's place where it alone names no column (``funding_head_cells._spanned_periods``). Two more gaps there, in
  heads printed on one line too: a share word of two letters glued to its unit (``비율(%)``) read as no column
  (``funding_column_heads._words``), and a share printed after a total closing the head put before the total
  (``구분 2022년 ... 합계 구성비(%)`` read 2022 ... 구성비, 합계; ``funding_header.column_layout``): rows null.
  Not where rows close with a note's words (its head may share the total's line: ``계 비고``, gippeum-county's
  pdftotext -raw dump).
- a dump's funding table the other way round (a period a line), its head a cell a line (``구 분`` / ``계`` /
  ``재원별`` / ``증감`` over ``국 비 도 비 시 비``), its amounts comma-grouped, zero cells blank (a gap a space wider:
  ``2023년 3,374 1,564 1,810  501``) before the change column: the head unjoined, and a line of a cell a token
  and a derived cell after them read by the spaced-thousands grouping only, which no comma passes (mutant 3636:
  0.785, the funding null). The head joins as above (the sources at the spanning cell's place), and such a line's
  cells are read as printed, its blanks at their gaps, standing only where the row's total and the total period's
  line prove them (``funding_spaced._commas_then_derived``).
- a dump's funding table the other way round, its amounts in 백만원 to their tenths, thousands a space apart
  (``총 계 15 010.0 18 820.0 15 600.0``), its periods printed bare (``2024 3 682.9 3 547.0 - 기본계획 수립``: a
  year an amount's shape too), a note column closing each line, its cell a dash on one (``2028 이후 - 3 120.6
  4 286.8 -``): the decimals no group of a spaced amount, the bare year no period label, the note's dash one cell
  too many: the funding null (mutant 3611: 0.916). A last group printed to its tenths closes a spaced amount
  (``funding_spaced._cells``); a bare year opens a period line (``funding_transposed._year_label``); a line's
  closing dash under a note column is tried as the note's and as an amount, the sums choosing.
- a dump's funding table whose periods are row groups (``2024년 계 7,029 253.6`` / ``국 비 3,444 70.7`` / ``도 비  73.5``),
  a cumulative column (누계) after the amounts, an amount printed blank: the row's one figure, its 누계, read as its
  amount, the sums failing and the whole table null (mutant 3615: 0.867). A row printing fewer figures than the
  others takes its blank cells where its printed gaps show them, zeros only the table's sums keep
  (``funding_period_groups._with_blank_cells``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding import extract_funding
from pledgecard.extract.sections.funding_spaced import unit_closed
from samples.crossbreed import run_cross
from samples.families import FAMILIES
from samples.mutate import run_mutant


def _line(text: str, n: int) -> Line:
    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(line_start=n), printed=text)


def _rows(texts: list[str]) -> dict[str, list[int | None]] | None:
    got = extract_funding([_line(t, k) for k, t in enumerate(texts)]).value["funding"]
    return None if got is None else {r["label"]: r["amounts_krw"] for r in got["rows"]}


UNIT_CLOSED = [
    "(단위 : 천원)",
    "구  분 연도별 투자 실적 및 계획 총사업비",
    "2023년 2024년 2025년 2026년",
    "계 1 720 190천원 2 113 030천원 664 777천원 879 860천원 5 377 857천원",
    "국  비 782 345천원 652 476천원 - 231 944천원 1 666 765천원",
    "도  비 937 845천원 1 460 554천원 664 777천원 647 916천원 3 711 092천원",
]


def test_a_unit_after_an_amounts_last_group_closes_the_amount() -> None:
    """Mutants 3593, 3629 (txt): ``1 720 190천원`` read as no figure, the table null."""
    k = 1000
    assert _rows(UNIT_CLOSED) == {
        "계": [1720190 * k, 2113030 * k, 664777 * k, 879860 * k, 5377857 * k],
        "국비": [782345 * k, 652476 * k, 0, 231944 * k, 1666765 * k],
        "도비": [937845 * k, 1460554 * k, 664777 * k, 647916 * k, 3711092 * k],
    }
    assert unit_closed(["1", "720", "190천원", "-", "0"], 1000) == (
        ["1", "720", "190", "-", "0"],
        frozenset({2}),
    )
    # a unit not the table's (원 in a table of 천원): the tokens as printed, no figure read
    assert unit_closed(["1", "720", "190원"], 1000) == (["1", "720", "190원"], frozenset())
    wrong_unit = [*UNIT_CLOSED[:3], *(t.replace("천원", "원") for t in UNIT_CLOSED[3:])]
    rows = _rows(wrong_unit)
    assert rows is None or all(v is None for r in rows.values() for v in r)
    # the sums broken (a figure misprinted): no grouping proven, the rows null as before
    off = [*UNIT_CLOSED[:-1], UNIT_CLOSED[-1].replace("647 916천원", "647 917천원")]
    rows = _rows(off)
    assert rows is None or all(v is None for v in rows["도비"])


def test_a_title_of_the_kind_alone_is_the_cards_title_not_labels() -> None:
    """Mutant 3601 (txt): the kind line's 추진상황 read as a status label taking the title's last word."""
    from pledgecard.extract.labels import find_labels, is_title
    from pledgecard.extract.sections.header import read_header

    lines = [
        _line(t, k)
        for k, t in enumerate(
            [
                "연빛군 민선8기 군수 공약사업 추진상황",
                "관리번호 Ⅵ-1 공  약  명 대학 연계 창업 사업 추진",
                "주관부서 인재육성과 담  당  자 도윤지",
                "실천목표 임기 내 완료 추진상황 추진중(정상)",
            ]
        )
    ]
    header, _, _ = read_header(lines)  # type: ignore[arg-type]
    assert (header["kind"], header["title"], header["status"]) == (
        "연빛군 민선8기 군수 공약사업 추진상황",
        "대학 연계 창업 사업 추진",
        "추진중(정상)",
    )
    # its label words are the title's, no labels; still no title line by itself (a running page header prints the
    # same words: it titles a card only right above its header, labels.untitled_title)
    assert not is_title("연빛군 민선8기 군수 공약사업 추진상황")
    assert find_labels("연빛군 민선8기 군수 공약사업 추진상황") == []
    # labels before the words, or nothing before them, or a marker, or words after the kind: labels as before
    assert [f for f, _, _ in find_labels("관리번호 공약사업 추진상황")] == ["mgmt_no", "title", "status"]
    assert [f for f, _, _ in find_labels("공약사업 추진상황")] == ["title", "status"]
    for text in (
        "관리번호 공약사업 추진상황",
        "공약사업 추진상황",
        "○ 민선8기 공약사업 추진상황",
        "민선8기 공약사업 추진상황 점검 회의 개최",
        "공약사업 청년센터 건립 추진상황",
    ):
        assert not is_title(text), text


def _pdf_line(text: str, x0: float, top: float, x1: float, page: int) -> object:
    from pledgecard.extract.readers.pdf_lines import Line as PdfLine

    return PdfLine(
        text=text,
        marker=None,
        x0=x0,
        top=top,
        x1=x1,
        bottom=top + 10.5,
        text_x0=x0,
        size=10.5,
        page=page,
        last_top=top,
        last_bottom=top + 10.5,
        last_x1=x1,
    )


def test_a_pages_edge_its_one_long_line_reaches_alone_is_no_edge() -> None:
    """Crossbred 2722 (PDF): the caption under an item's one line at a page's top glued onto the item's date."""
    from pledgecard.extract.readers.pdf_lines import join_wrapped

    before = [
        _pdf_line(
            "⦁ 신규 참여기업 협약(기업 : 하람로보틱스, 계약인원 : 25명), 추진 과정에서 제기된",
            51.4,
            223.3,
            787.2,
            2,
        ),
        _pdf_line("22.", 51.4, 239.8, 67.3, 2),
    ]
    item = _pdf_line(
        "⦁ 지원센터 조성 실시설계 용역 완료, 세부 추진방안 및 단계별 일정을 확정 : '25. 2.",
        51.4,
        54.4,
        663.8,
        3,
    )
    caption = _pdf_line("다. 월별 추진내용", 51.4, 74.6, 129.5, 3)
    got = [ln.text for ln in join_wrapped([*before, item, caption])]  # type: ignore[list-item]
    assert got[-2:] == [item.text, caption.text]  # type: ignore[attr-defined]
    # the page's line that runs to the other pages' edge wraps as before
    wide = _pdf_line(item.text, 51.4, 54.4, 786.0, 3)  # type: ignore[attr-defined]
    rest = _pdf_line("관계부서 합동 협의", 51.4, 74.6, 129.5, 3)
    assert [ln.text for ln in join_wrapped([*before, wide, rest])][-1].endswith("'25. 2. 관계부서 합동 협의")  # type: ignore[list-item]
    # one page alone (no other page's edge): its widest line is its edge, as before
    assert len(join_wrapped([item, rest])) == 1  # type: ignore[list-item]


SPANNED = [
    "구 분",
    "（단위 천원）",
    "연도별 투자 실적 및 계획",
    "합계",
    "비율(%)",
    "2022년 2023년 2024년",
    "국  비 711,469 517,870 - 1,229,339 79.8",
    "도  비 856,460 150,352 620,377 1,627,189 37.1",
    "계 1,567,929 668,222 620,377 2,856,528 51.6",
]


def test_periods_under_a_spanning_cell_amid_a_head_printed_a_cell_a_line_take_its_place() -> None:
    """Mutants 3605, 3609 (txt): the head's cells a line each, the periods' line under the spanning cell."""
    from pledgecard.extract.sections.funding_head_cells import head_cells_joined
    from pledgecard.extract.sections.funding_header import header_orders
    from tests.conftest import make_line

    k = 1000
    want = {
        "국비": [711469 * k, 517870 * k, 0, 1229339 * k],
        "도비": [856460 * k, 150352 * k, 620377 * k, 1627189 * k],
        "계": [1567929 * k, 668222 * k, 620377 * k, 2856528 * k],
    }
    assert _rows(SPANNED) == want
    # the total before the spanning cell (총사업비 first in the rows)
    first = [
        *SPANNED[:2],
        "총사업비",
        SPANNED[2],
        SPANNED[4],
        SPANNED[5],
        "국 비 1,229,339 711,469 517,870 - 79.8",
        "도 비 1,627,189 856,460 150,352 620,377 37.1",
        "계 2,856,528 1,567,929 668,222 620,377 51.6",
    ]
    assert _rows(first) == {lab: [v[-1], *v[:-1]] for lab, v in want.items()}
    # two cells naming no column (which spans the periods?): no head joined, the rows unread
    two = [*SPANNED[:3], "재원별", *SPANNED[3:]]
    rows = _rows(two)
    assert rows is None or all(v is None for r in rows.values() for v in r)
    # rows closing with a note's words, its head sharing the total's line (계 비고): no spanned head joined
    noted = [
        "구분",
        "연도별 투자 실적 및 계획",
        "계 비고",
        "2023년 2024년",
        "계 1,737,174 2,156,353 3,893,527",
        "국비 859,400 180,987 1,040,387 공모 선정",
        "도비 877,774 1,975,366 2,853,140 추경 반영",
    ]
    assert [it.text for it in head_cells_joined([make_line(t) for t in noted])] == noted  # type: ignore[union-attr]
    # a line of two cells (합계 임기 후, narae-city's pdftotext -raw dump): no head a cell a line, not joined
    two_cells = [
        "구분",
        "연차별 투자계획",
        "합계 임기 후",
        "2022년 2023년",
        "계 2,970 890 3,860 480",
        "국비 230 - 230 -",
        "도비 2,740 890 3,630 480",
    ]
    assert [it.text for it in head_cells_joined([make_line(t) for t in two_cells])] == two_cells  # type: ignore[union-attr]
    # a one-line head: the share glued to its unit a column, after the total
    assert header_orders(["구분 2022년 2023년 합계 비율(%)"]) == [["2022년", "2023년", "합계", "비율"]]
    assert header_orders(["구분 2022년 2023년 합계 구성비(%)"]) == [["2022년", "2023년", "합계", "구성비"]]
    assert header_orders(["구분 합계 2022년 2023년 구성비(%)"]) == [["합계", "2022년", "2023년", "구성비"]]


TRANSPOSED = [
    "〚단위: 백만원〛",
    "구 분",
    "계",
    "재원별",
    "증감",
    "국 비 도 비 시 비",
    "합계 8,622 4,047 4,101 474 -",
    "2022년 2,873 497 2,292 84 -",
    "2023년 2,224 1,564 660  △649",
    "2024년 3,525 1,986 1,149 390 1,301",
]


def test_a_period_lines_blank_cells_before_its_change_cell_are_placed_where_the_sums_prove_them() -> None:
    """Mutant 3636 (txt): a transposed table's head a cell a line, a blank zero cell before the change column."""
    m = 10**6
    assert _rows(TRANSPOSED) == {
        "계": [8622 * m, 2873 * m, 2224 * m, 3525 * m],
        "국비": [4047 * m, 497 * m, 1564 * m, 1986 * m],
        "도비": [4101 * m, 2292 * m, 660 * m, 1149 * m],
        "시비": [474 * m, 84 * m, 0, 390 * m],
    }
    # the row's total not its cells' sum (a figure misprinted): no placement proven, the amounts unread
    off = [*TRANSPOSED[:8], "2023년 2,224 1,564 661  △649", TRANSPOSED[9]]
    rows = _rows(off)
    assert rows is None or all(v is None for r in rows.values() for v in r)


TENTHS = [
    "연차별 투자계획 (단위 : 백만원)",
    "구　분 국　비 도　비 시　군　비 비　고",
    "총 계 10 293.4 4 011.2 6 741.6 ",
    "~2023 5 488.6 234.2 3 194.6 시설 개관",
    "2024 3 682.9 - 3 547.0 기본계획 수립",
    "2028 이후 1 121.9 3 777.0 - -",
]


def test_spaced_amounts_to_their_tenths_under_bare_years_and_a_note_column_are_read_where_the_sums_prove_them() -> (
    None
):
    """Mutant 3611 (txt): 15 010.0 under 국 비, rows opening with a bare year, a note column's dash."""
    m = 10**5
    got = _rows(TENTHS)
    assert got == {
        "국비": [102934 * m, 54886 * m, 36829 * m, 11219 * m],
        "도비": [40112 * m, 2342 * m, 0, 37770 * m],
        "시군비": [67416 * m, 31946 * m, 35470 * m, 0],
    }, got
    # the total line not the column sums (a figure misprinted): no grouping proven, the amounts unread
    off = [*TENTHS[:2], TENTHS[2].replace("10 293.4", "10 293.5"), *TENTHS[3:]]
    rows = _rows(off)
    assert rows is None or all(v is None for r in rows.values() for v in r)


GROUPS = [
    "(단위: 백만원)",
    "구분 재원 사업비(백만원) 누계(억원)",
    "총사업비 계 11,080 ",
    "국 비 4,469 ",
    "도 비 6,611 ",
    "2023년 계 4,051 40.5",
    "국 비 1,025 10.2",
    "도 비 3,026 30.3",
    "2024년 계 7,029 110.8",
    "국 비 3,444 44.7",
    "도 비 3,585 66.1",
    "2025년 계 0 110.8",
    "국 비  44.7",
    "도 비  66.1",
]


def test_a_period_groups_blank_amount_before_its_cumulative_cell_is_a_zero_where_the_sums_prove_it() -> None:
    """Mutant 3615 (txt): ``도 비  73.5``, the amount blank, the cumulative (누계) printed."""
    m = 10**6
    assert _rows(GROUPS) == {
        "계": [11080 * m, 4051 * m, 7029 * m, 0],
        "국비": [4469 * m, 1025 * m, 3444 * m, 0],
        "도비": [6611 * m, 3026 * m, 3585 * m, 0],
    }
    # the blank shown by no gap (one space): the cumulative taken for the amount, the sums fail: all null
    rows = _rows([*GROUPS[:-2], "국 비 44.7", "도 비 66.1"])
    assert rows is None or all(v is None for r in rows.values() for v in r), rows


# (kind, seed, format): floor, what was wrong
PINNED = {
    ("mutant", 3593, "txt"): (1.0, "thousands a space groups, the unit after each amount (0.897)"),
    ("mutant", 3629, "txt"): (1.0, "the same in won, a derived change column signed (0.913)"),
    ("cross", 2722, "pdf"): (
        1.0,
        "a page's edge its item's one line reached alone: the caption glued on (0.964; 0.989 "
        "in session 24, a caption's level; 1.0 since)",
    ),
    ("mutant", 3605, "txt"): (1.0, "a head a cell a line, the periods under a spanning cell amid it (0.872)"),
    ("mutant", 3609, "txt"): (
        1.0,
        "the same, 총사업비 first, 비율(%) and 증감 closing it, cut by a page (0.855)",
    ),
    ("mutant", 3636, "txt"): (
        0.92,
        "a transposed head a cell a line, blank zeros before the change cell (0.785; "
        "goal rows left; its outreach row one count short, the blank's place "
        "unproven by its spacing: left unread, session 25)",
    ),
    ("mutant", 3611, "txt"): (
        1.0,
        "spaced amounts to their tenths, bare years, a note column's dash (0.916)",
    ),
    ("mutant", 3615, "txt"): (1.0, "period groups, a blank amount before its cumulative cell (0.867)"),
    ("mutant", 3601, "txt"): (
        0.944,
        "a title of the kind alone, its 추진상황 a status label (0.937; goal rows left)",
    ),
}


@pytest.mark.parametrize(("kind", "seed", "fmt"), sorted(PINNED))
def test_pinned_leftover_reads(tmp_path: Path, kind: str, seed: int, fmt: str) -> None:
    floor, why = PINNED[(kind, seed, fmt)]
    run = run_cross if kind == "cross" else run_mutant
    (r,) = run(seed, (fmt,), tmp_path, families=FAMILIES[:67])
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= floor, (r["score"], r["misses"], why)
