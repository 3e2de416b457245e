"""A read-only review's findings on the section and reader changes (session 27): each a real outcome that was
wrong before its mend."""

from __future__ import annotations

import re

import pytest

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.layout import Line, linearize
from pledgecard.extract.readers.pdf_oblique import oblique_runs, without_oblique
from pledgecard.extract.readers.pdf_page import PageModel
from pledgecard.extract.readers.pdf_scan_gutter import image_probe
from pledgecard.extract.readers.pdf_sheets import BLANK, Gutter, Replan, SheetPlanner
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_closing_marks import closing_marks
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.base import Loc
from pledgecard.extract.sections.funding_row_lines import row_lines
from pledgecard.extract.sections.goal_line_sources import placed_goal_lines
from pledgecard.extract.sections.goal_table_rows import goal_rows
from pledgecard.extract.sections.item_note_status import rows_end_in_status


def _table(rows: list[list[str]]) -> Table:
    return Table(
        cells=[Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)],
        n_rows=len(rows),
        n_cols=len(rows[0]),
    )


def _goals(head: list[str], body: list[str]) -> list[tuple[str | None, str | None]]:
    return [(g.get("target"), g.get("actual")) for g, _, _ in goal_rows(_table([head, body]))]


def _without(chars: list[dict]) -> list[dict]:
    """The characters :func:`without_oblique` keeps of a page printing ``chars``."""
    return without_oblique(PageModel(number=1, width=595.0, height=842.0, chars=list(chars))).chars


def test_a_target_head_naming_its_period_keeps_the_year_headed_actual_column() -> None:
    body = ["주차장 조성", "개소", "10", "3"]
    assert _goals(["세부사업", "단위", "목표(2022~2026)", "2022 실적"], body) == [("10", "3")]
    assert _goals(["세부사업", "단위", "목표('22-'26)", "'22 실적"], body) == [("10", "3")]
    assert _goals(["세부사업", "단위", "목표", "실적"], body) == [("10", "3")]


def _closing(dump: str) -> list[str]:
    lines = split_lines(dump)
    return [lines[k].text for k in sorted(closing_marks(lines))]


def test_a_one_line_paragraph_closing_the_dump_and_printed_once_more_is_no_furniture() -> None:
    dump = (
        "1. 공약명 : 테스트 공약\n\n□ 공약개요\n\n해당 없음\n\n□ 추진실적\n- 회의 개최 : 2023. 1. 5.\n\n"
        "□ 향후계획\n\n해당 없음\n"
    )
    assert _closing(dump) == []
    assert [getattr(b, "text", None) for b in read(dump.encode()).blocks].count("해당 없음") == 2


def test_a_one_line_mark_after_every_page_is_furniture_unless_it_is_a_sections_only_text() -> None:
    page = "- 회의 개최 : 2023. 1. 5.\n" * 20
    dump = f"1. 공약명 : 테스트 공약\n\n□ 추진실적\n{page}\n대외비\n\n{page}\n대외비\n\n{page}\n대외비\n"
    assert _closing(dump) == ["대외비"] * 3
    dump = f"1. 공약명 : 테스트 공약\n\n□ 추진실적\n{page}\n대외비\n\n{page}\n대외비\n\n{page}\n□ 향후계획\n\n대외비\n"
    assert _closing(dump) == []


def _funding_lines(rows: list[tuple[str, list[int]]], texts: list[str]) -> dict[int, str]:
    records = [
        {"label": label, "amounts_krw": amounts, "amounts_raw": [str(a) for a in amounts]}
        for label, amounts in rows
    ]
    lines = [Line(text=t, marker=None, indent=0, source=Source(line_start=n)) for n, t in enumerate(texts, 7)]
    return {i: ln.text for i, ln in row_lines(records, lines, 1).items()}


def test_one_shared_figure_gives_a_funding_row_no_line_and_a_line_is_one_rows() -> None:
    assert _funding_lines([("국비", [100, 50, 50]), ("시비", [70, 20, 50])], ["시비 70 20 50"]) == {
        1: "시비 70 20 50"
    }
    assert _funding_lines([("국비", [100, 0, 50]), ("시비", [70, 0, 50])], ["시비 70 0 50"]) == {
        1: "시비 70 0 50"
    }
    both = _funding_lines(
        [("국비", [100, 50, 50]), ("시비", [100, 50, 50])], ["국비 100 50 50", "시비 100 50 50"]
    )
    assert both == {0: "국비 100 50 50", 1: "시비 100 50 50"}
    assert _funding_lines([("국비", [100, 40, 60])], ["국비 100", "40 60"]) == {0: "국비 100"}


def test_a_goals_figures_are_not_found_inside_other_numbers() -> None:
    texts = ["구분 목표 실적", "기준 2010년 15건", "주차장 10개소 5개소"]
    lines = [
        Line(text=t, marker=None, indent=0, source=Source(line_start=n)) for n, t in enumerate(texts, 10)
    ]
    prov = {Loc("goals", 0): Source(line_start=10)}
    placed_goal_lines([{"target": "10", "actual": "5"}], prov, lines)
    assert (prov[Loc("goals", 0)].line_start, prov[Loc("goals", 0)].line_end) == (12, 12)
    prov = {Loc("goals", 0): Source(line_start=10)}
    placed_goal_lines(
        [{"target": "1,200", "actual": "5"}],
        prov,
        [*lines, Line(text="도서 1, 200권 보급", marker=None, indent=0, source=Source(line_start=13))],
    )
    assert prov[Loc("goals", 0)].line_start == 13


def _printed(text: str) -> Line:
    return Line(text=" ".join(text.split()), marker=None, indent=0, source=Source(line_start=1), printed=text)


def test_rows_ending_in_a_status_word_show_a_note_column_only_where_gaps_are_kept_or_the_words_line_up() -> (
    None
):
    def dated(t: str) -> bool:
        return bool(re.match(r"\d{4}\.", t))

    head = _printed("추진일자 추진내용 비고")
    rows = [_printed("2023.1.5. 주민설명회 개최 완료"), _printed("2023.3.2. 실시설계 완료")]
    assert not rows_end_in_status([head, *rows], [0], dated)  # a dump stripping trailing spaces: unproven
    assert rows_end_in_status(
        [_printed("추진실적  "), head, *rows], [1], dated
    )  # a line keeps its trailing gap
    head = _printed("추진일자    추진내용                  비고")
    rows = [
        _printed("2023.1.5.   주민설명회 개최           완료"),
        _printed("2023.3.2.   실시설계                  완료"),
    ]
    assert rows_end_in_status([head, *rows], [0], dated)  # the status words under the note head


def test_a_marked_lines_trailing_gap_shows_the_dump_keeps_them() -> None:
    dump = "1. 공약명 : 테스트 공약\n\n□ 추진실적\n\n※ 참여기업 20개 \n\n- 회의 개최\n"
    items = linearize(read(dump.encode()))
    assert [it.text for it in items if isinstance(it, Line) and it.trailing_gap] == ["참여기업 20개"]


def _glyphs(text: str, x: float, y: float, size: float = 9.0) -> list[dict]:
    return [
        {
            "text": ch,
            "size": size,
            "upright": True,
            "x0": x + k * size,
            "x1": x + (k + 1) * size,
            "top": y - size,
            "bottom": y,
        }
        for k, ch in enumerate(text)
    ]


def test_a_schedules_marks_in_a_staircase_set_in_the_cards_type_are_no_watermark() -> None:
    body = _glyphs("추진일정 2024년 1월 2월 3월 4월 5월 6월", 60, 180)
    marks = [
        {
            "text": "O",
            "x0": 100 + 15 * k,
            "x1": 106 + 15 * k,
            "top": 191 + 12 * k,
            "bottom": 200 + 12 * k,
            "size": 9,
        }
        for k in range(5)
    ]
    assert oblique_runs([*body, *marks]) == []
    assert _without([*body, *marks]) == [*body, *marks]
    big = [
        {**c, "x0": 100 + 30 * k, "x1": 124 + 30 * k, "top": 191 + 24 * k, "bottom": 215 + 24 * k, "size": 24}
        for k, c in enumerate(marks)
    ]  # the same run set large: a watermark over the page
    assert _without([*body, *big]) == body


def test_blank_or_cover_sheets_before_the_first_2up_scan_sheet_do_not_stop_the_probe() -> None:
    found = Gutter(842.0 / 595.0, 421.0, 421.0)
    answers: list[Gutter | str | None] = [BLANK, BLANK, BLANK, found]
    planner = SheetPlanner(probe=lambda page: answers[page.number - 1])
    assert [planner.plan(PageModel(number=n, width=842.0, height=595.0, chars=[])) for n in range(1, 4)] == [
        None
    ] * 3
    with pytest.raises(Replan) as again:  # the gutter found: the document planned again, split at it
        planner.plan(PageModel(number=4, width=842.0, height=595.0, chars=[]))
    assert again.value.found == found


def test_the_probe_tells_a_blank_image_from_a_middle_band_between_print() -> None:
    import numpy as np

    blank = np.full((400, 560), 255, dtype=np.uint8)
    assert image_probe(blank, 842.0, 595.0) == (None, False)
    two = blank.copy()
    two[40:300, 40:250] = 0  # print left of the middle
    two[40:300, 310:520] = 0  # and right of it, no page numbers level: no gutter proven
    assert image_probe(two, 842.0, 595.0) == (None, True)


def test_a_status_without_rate_units_keeps_a_bracketed_figure() -> None:
    from pledgecard.extract.sections.header_value_kinds import _rate_tail, _without_rate

    class NoUnits:
        def words(self, table: str, name: str) -> list[str]:
            return []

    assert _rate_tail(NoUnits()).search("이행후 계속추진(20)") is None  # type: ignore[arg-type]
    assert _without_rate("이행후 계속추진(20%)") == "이행후 계속추진"


def test_a_page_printing_no_glyph_runs_no_way() -> None:
    from pledgecard.extract.readers.pdf_turn import _runs_across

    assert _runs_across([]) == 0


def test_a_cells_box_covers_a_wrapped_line_set_left_of_its_first() -> None:
    from pledgecard.extract.readers.pdf_ink import inked

    class Wrapped:  # a logical line: its first line from x0 20, a later line's ink from 8 (Line.bbox)
        x0, x1 = 20.0, 60.0
        bbox = (8.0, 5.0, 60.0, 30.0)

    assert inked((10.0, 5.0, 50.0, 30.0), [Wrapped()]) == (8.0, 5.0, 60.0, 30.0)


def test_a_watermark_is_dropped_once_as_the_page_model_is_loaded() -> None:
    from pledgecard.extract.readers.pdf_oblique import without_oblique

    body = _glyphs("추진일정 2024년 1월 2월 3월 4월 5월 6월", 60, 180)
    mark = [
        {
            "text": "O",
            "x0": 100 + 30 * k,
            "x1": 124 + 30 * k,
            "top": 191 + 24 * k,
            "bottom": 215 + 24 * k,
            "size": 24,
        }
        for k in range(5)
    ]
    page = without_oblique(PageModel(number=1, width=595.0, height=842.0, chars=[*body, *mark]))
    assert page.chars == body
