"""Structures crossbred templates (samples/crossbreed.py, session 13) brought in, on small inputs:

- open-sided tables: a wrapped cell's last line under the last row's line stays that row's, and a
  cell wrapped over three lines beside one-line cells centred on it joins its row;
- a table atop the next page whose inner rule stands a padding off the first part's;
- a header value row with a name ending like a department (변윤소) or a status of two words;
- a bracketed date closing an item in a text dump; a year's 도 only glued to 년;
- a table's label column head (구분) over a unit line is no bare section heading;
- a budget sentence over the funding table is no row of it.

The cards these come from are pinned in tests/test_crossbreed.py (SEEDS_38). Two columns side by
side where a left line runs up to the right column's margin (card 335) are cut in one place, with
their tests: tests/test_pdf_gutters.py.
"""

from __future__ import annotations

from test_blind_families_11 import _page_table

from pledgecard.extract.readers.pdf_open_tables import Piece, body_rows, wrapped
from pledgecard.extract.readers.pdf_tables import continues_on
from pledgecard.extract.sections.goal_lines import goal_lines
from pledgecard.extract.sections.header import split_value_row
from pledgecard.extract.textjoin import ends_with_date
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.status import status_phrase

from conftest import make_line

SIZE = 10.0


# ------------------------------------------------------------------------------ open-sided tables


def _p(col: int, top: float, width: float = 30.0) -> Piece:
    return Piece(x0=50.0 * col + 5, x1=50.0 * col + 5 + width, top=top, bottom=top + SIZE)


def test_a_wrapped_cells_last_line_under_the_last_rows_line_is_that_rows() -> None:
    xs = [0.0, 50.0, 100.0, 150.0]
    # rows a line each in columns 0 and 2 (middles 20 and 60); column 1 wraps over two lines a row,
    # the second row's line gap as wide as a cell's (its last line a run of its own, under the row's line)
    strip = [_p(0, 15), _p(2, 15), _p(0, 55), _p(2, 55), _p(1, 8), _p(1, 22), _p(1, 48), _p(1, 67)]
    rows = body_rows(strip, xs, SIZE)
    assert len(rows) == 2
    assert 1 not in rows[0].tall  # the first row's target cell does not span the second row
    assert sorted(p.top for cols, p in rows[1].cells if cols == [1]) == [48, 67]
    assert sorted(p.top for cols, p in rows[0].cells if cols == [1]) == [8, 22]


def test_a_cell_wrapped_over_three_lines_joins_the_row_centred_on_it() -> None:
    xs = [0.0, 50.0, 100.0, 150.0]
    label = [[_p(0, 100)], [_p(0, 119), _p(1, 119), _p(2, 119)], [_p(0, 138)]]  # 교육비 / 특별회 ... / 계
    assert len(wrapped(label, xs, SIZE)) == 1
    apart = [[_p(0, 100)], [_p(0, 125), _p(1, 125), _p(2, 125)]]  # a line's height and more apart
    assert len(wrapped(apart, xs, SIZE)) == 2
    two = [[_p(0, 100), _p(1, 100)], [_p(0, 119), _p(1, 119), _p(2, 119)]]  # a row of its own
    assert len(wrapped(two, xs, SIZE)) == 2
    between = [
        [_p(0, 100), _p(1, 100)],
        [_p(0, 119)],
        [_p(0, 138), _p(1, 138)],
    ]  # a lone line between two rows
    assert len(wrapped(between, xs, SIZE)) == 3


# ------------------------------------------------------------------------------ tables across a page break


def test_a_table_goes_on_with_a_rule_a_padding_off_when_it_opens_with_figures() -> None:
    xs, off = [51.7, 120.5, 173.4, 490.7, 543.6], [51.7, 120.5, 173.4, 492.8, 543.6]
    a = _page_table(1, xs, [["구분", "총사업비", "2019년", "증감"], ["계", "9,022", "2,656", "△1,904"]])
    assert continues_on(a, _page_table(2, off, [["도비", "3,144", "882", "△882"]]))
    assert not continues_on(a, _page_table(2, off, [["구분", "국비", "시비", "비고"]]))


def test_a_head_row_alone_at_a_pages_end_goes_on_into_the_next_pages_table() -> None:
    xs, off = [51.7, 133.7, 203.1, 493.1, 543.6], [51.7, 133.7, 205.4, 493.1, 543.6]
    head = _page_table(1, xs, [["주요사업", "목표치", "추진실적", "추진상황"]])
    assert continues_on(
        head,
        _page_table(
            2,
            off,
            [["<2023>", "<2023>", "<2023>", "<2023>"], ["창업보육센터", "교육생 양성", "22명", "추진중"]],
        ),
    )
    assert not continues_on(head, _page_table(2, off, [["주요사업", "목표치", "추진실적", "비고"]]))


# ------------------------------------------------------------------------------ header values, statuses


def test_a_name_ending_like_a_department_is_the_name_its_place_says() -> None:
    row = split_value_row(
        ["title", "mgmt_no", "lead_dept", "contact_name", "contact_phone"],
        "도시숲 선도도시 조성 1-60 탄소중립담당관 변윤소 5538",
    )
    assert row == {
        "title": "도시숲 선도도시 조성",
        "mgmt_no": "1-60",
        "lead_dept": "탄소중립담당관",
        "contact_name": "변윤소",
        "contact_phone": "5538",
    }


def test_a_status_of_two_words_closes_a_value_row_whole() -> None:
    fields = ["coop_depts", "target", "status"]
    assert split_value_row(fields, "홍보담당관,기획예산과 2026년 완료 이행후 계속추진") == {
        "coop_depts": "홍보담당관,기획예산과",
        "target": "2026년 완료",
        "status": "이행후 계속추진",
    }
    assert split_value_row(fields, "홍보담당관 임기내 완료 정상추진")["status"] == "정상추진"  # type: ignore[index]
    assert status_phrase("완료 후 계속추진") and status_phrase("정상 추진")
    assert not status_phrase("완료 정상추진") and not status_phrase("추진 정상추진")


# ------------------------------------------------------------------------------ dates in text


def test_a_bracketed_date_closing_an_item_ends_it() -> None:
    assert ends_with_date("공모사업 최종 선정(국비 53억 확보)(2024. 12.)")
    assert ends_with_date("업무협약 체결('24. 12월)")
    assert not ends_with_date("총 사업비(2024년")  # the bracket left open: the date goes on


def test_a_years_do_is_glued_to_its_nyeon() -> None:
    year = current().year_re
    assert year.match("2024년도 목표").group(0) == "2024년도"  # type: ignore[union-attr]
    assert year.match("2024년 도시숲").group(0) == "2024년"  # type: ignore[union-attr]
    got = goal_lines(["○ 2024년 도시숲 지원사업 - 목표: 94호 공급 / 실적: 82호 (완료)"])
    assert got is not None and [(g.year, g.project) for g in got] == [(2024, "도시숲 지원사업")]


# ------------------------------------------------------------------------------ bare headings


def test_a_tables_label_column_head_over_its_corner_unit_is_no_bare_heading() -> None:
    """A card whose headings are bare (``연차별 재원 투자계획``) and whose funding table a dump prints a
    cell a line, its 구분 head over the unit line of the table's corner: 구분 opens no section."""
    from pledgecard.extract.bare_headings import _candidate

    assert not _candidate(make_line("구  분"))
    assert _candidate(make_line("돈이 드는 곳"))


# ------------------------------------------------------------------------------ a budget told over the table


def test_a_budget_sentence_under_a_low_level_bullet_is_no_row_of_the_table_under_it() -> None:
    """``· 국비 23억 2천만원, … (총 52억 5천만원)`` (a level-3 bullet, or none) over the funding table:
    taken as a table line it nulled the table; it is a note, the table reads."""
    from pledgecard.extract.sections.funding import extract_funding

    for marker in ("·", None, "◦"):
        items = [
            make_line("국비 23억 2천만원, 도비 3억 9천만원, 군비 25억 4천만원 (총 52억 5천만원)", marker),
            make_line("(단위: 천원)"),
            make_line("구분 계 연도별 투자계획"),
            make_line("2022년 2023년 2024년 2025년 2026년"),
            make_line("사업비 5,250,000 1,090,000 670,000 1,360,000 1,680,000 450,000"),
        ]
        funding = extract_funding(items).value["funding"]
        assert funding["rows"][0]["amounts_krw"] == [
            5_250_000_000,
            1_090_000_000,
            670_000_000,
            1_360_000_000,
            1_680_000_000,
            450_000_000,
        ], marker


def test_goal_lines_under_a_hangul_letter_bullet_keep_it_out_of_the_actual() -> None:
    """``ㅇ`` (a Hangul letter printed as a bullet) opening the next goal's line: not the end of the
    goal above's actual, whose bracketed status then closes it."""
    got = goal_lines(
        [
            "ㅇ 2019년 실증센터 조성 - 목표: 공정률 70% / 실적: 공정률 56% (추진 중)",
            "ㅇ 2020년 실증센터 조성 - 목표: 90호 공급 / 실적: - (미착수)",
        ]
    )
    assert got is not None
    assert [(g.actual, g.status) for g in got] == [("공정률 56%", "추진 중"), (None, "미착수")]
