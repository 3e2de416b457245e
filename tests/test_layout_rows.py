"""Rows of layout dumps the converter spaced unevenly (issue 16), on small hand-made blocks shaped as
``pdftotext -layout`` prints them: a wrapped header ending ``수)``, goal rows without a break between
them, a row of lone cell lines, a year line heading its rows, a dash one space from an amount, a
line that a file holding one card twice repeats on half its pages; and the goals section reading
such a table (statuses paired with their targets only when the counts agree)."""

from __future__ import annotations

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.readers.text import read
from pledgecard.extract.readers.text_lines import furniture, split_lines
from pledgecard.extract.sections.goals import goals_from_table


def _tables(text: str) -> list[Table]:
    return [b for b in read(text.encode("utf-8")).blocks if isinstance(b, Table)]


GOALS_HEAD = (
    "                                    추진상황\n"
    "   주요사업              목표치             (완료/추진중/미착             추진내용\n"
    "                                          수)\n"
    "\n"
)


def test_a_wrapped_header_ending_in_a_syllable_and_paren_is_no_numbering() -> None:
    text = GOALS_HEAD + (
        "                  <2023>                 완료\n"
        "  센터 조성       기업 지원(15개)         (11개)        센터 운영 및 지원\n"
    )
    [t] = _tables(text)
    assert t.n_cols == 4
    assert t.grid()[0][2].replace(" ", "") == "추진상황(완료/추진중/미착수)"


def test_goal_rows_printed_without_a_break_are_one_goal_per_year_mark() -> None:
    # as pdftotext -layout prints a goal table of two rows with merged 주요사업 / 추진내용 cells
    text = (
        "                                               추진상황\n"
        "    주요사업                 목표치               (완료/추진중/미착           추진내용\n"
        "                                                수)\n"
        "\n"
        "                       <2025>                  추진 중\n"
        "                 탄소중립 프로그램 운영(20회)             (23회)    그린센터 운영 및 참여 주민 지\n"
        "탄소중립 기반 구축\n"
        "                      <2026>                                   원\n"
        "                                               미착수\n"
        "                  탄소중립 기업 지원(40개)\n"
    )
    [t] = _tables(text)
    goals = goals_from_table(t)
    assert [(g["year"], g["target_value"], g["status"], g["actual_value"]) for g in goals] == [
        (2025, 20, "추진 중", 23),
        (2026, 40, "미착수", None),
    ]
    assert {g["project"] for g in goals} == {"탄소중립 기반 구축"}


def test_statuses_that_do_not_pair_with_the_targets_are_left_null() -> None:
    cells = [
        Cell(0, 0, "주요사업"),
        Cell(0, 1, "목표치"),
        Cell(0, 2, "추진상황"),
        Cell(1, 0, "사업"),
        Cell(1, 1, "<2023> 교육(10명) <2024> 교육(20명)"),
        Cell(1, 2, "완료 (12명)"),
    ]
    t = Table(cells=cells, n_rows=2, n_cols=3)
    goals = goals_from_table(t)
    assert [(g["year"], g["target_value"]) for g in goals] == [(2023, 10), (2024, 20)]
    assert all(g["status"] is None and g["actual_value"] is None for g in goals)


def test_a_last_row_of_lone_cell_lines_stays_in_the_table() -> None:
    text = GOALS_HEAD + (
        "                  <2023>                 완료\n"
        "\n"
        "  센터 조성       기업 지원(15개)         (11개)        센터 운영 및 지원\n"
        "\n"
        "\n"
        "                  <2024>\n"
        "\n"
        "                                         미착수\n"
        "\n"
        "               교육 운영(35회)\n"
        "\n"
        "\n"
        "\n"
        "□ 향후계획\n"
    )
    [t] = _tables(text)
    goals = goals_from_table(t)
    assert [(g["year"], g["target_value"], g["status"]) for g in goals][-1] == (2024, 35, "미착수")


def test_a_year_line_between_rows_heads_the_rows_below() -> None:
    text = (
        "     주요사업              목표            실적          추진상황\n"
        "\n"
        "2025년\n"
        "\n"
        "    센터 지원사업          단계별 추진      설계 완료        완료\n"
        "\n"
        "2026년\n"
        "\n"
        "    센터 지원사업          시범 운영        관계기관 협의     추진 중\n"
    )
    [t] = _tables(text)
    goals = goals_from_table(t)
    assert [(g["year"], g["status"]) for g in goals] == [(2025, "완료"), (2026, "추진 중")]


def test_a_dash_one_space_from_an_amount_is_a_cell_of_its_own() -> None:
    text = "  구분     '22     '23     합계\n  국비     476     - 2,905\n  도비     787     12  3,000\n"
    [t] = _tables(text)
    assert t.grid()[1] == ["국비", "476", "-", "2,905"]


def test_a_line_on_half_the_pages_is_no_running_footer() -> None:
    """A file holding one card twice: the last row of a table ends pages 1 and 3, a running
    header opens every page."""
    page = "관리카드\n\n본문 {n}\n\n 3   {firm}   제조   29\n"
    text = "\f".join(page.format(n=n, firm="㈜도담" if n % 2 == 0 else "㈜가온") for n in range(4))
    lines = split_lines(text)
    dropped = [lines[k].text.strip() for k in furniture(lines)]
    assert "관리카드" in dropped
    assert not any("㈜" in t for t in dropped)
