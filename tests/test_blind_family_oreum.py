"""The template family modelled on real published pledge pages (session 26; samples/families.py: ``oreum-district``,
its sources in samples/README.md) and the structure it brought in:

- a header printed as a pledge list's row (extract/sections/header_option_grid.py): labels spanning two head
  rows (관리번호, 공약사업명, 소관부서, 진행률(%)) beside the status label spanning a row of its options
  (이행후 계속추진 | 완료 | 정상 | 일부), a word under every option saying whether it is the pledge's
  (해당됨 / 해당안됨: ``[checkboxes]`` ticked_words / unticked_words); the status is the option over the one
  ticked word, the labels' values are in the row under the options.

Blind (the extractor and vocabulary unchanged, commit 6b2d123): PDF, HWPX, HWP 0.963 / 0.965, txt 0.912 / 0.917,
0 wrong of 316 (관리번호, 공약사업명, 소관부서 null, the status taken from the 진행률(%) head). After: PDF, HWPX, HWP
1.000, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Cell, Table
from pledgecard.extract.sections.header_option_grid import option_grid_pairs
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "oreum-district"

OPTIONS = ["이행후 계속추진", "완료", "정상", "일부"]


def _grid(marks: list[str], status_label: str = "추진상황") -> Table:
    heads = [
        Cell(0, 0, "관리번호", row_span=2),
        Cell(0, 1, "공약사업명", row_span=2),
        Cell(0, 2, "소관부서", row_span=2),
        Cell(0, 3, status_label, col_span=4),
        Cell(0, 7, "진행률(%)", row_span=2),
    ]
    options = [Cell(1, 3 + j, o) for j, o in enumerate(OPTIONS)]
    values = [
        Cell(2, 0, "Ⅲ-①-2"),
        Cell(2, 1, "청년 창업공간 조성"),
        Cell(2, 2, "일자리정책과"),
        *(Cell(2, 3 + j, m) for j, m in enumerate(marks)),
        Cell(2, 7, "45"),
    ]
    return Table(cells=heads + options + values, n_rows=3, n_cols=8)


def test_the_status_is_the_option_over_its_ticked_word() -> None:
    for ticked, option in enumerate(OPTIONS):
        marks = ["해당안됨"] * 4
        marks[ticked] = "해당됨"
        pairs, rows = option_grid_pairs(_grid(marks))
        assert rows == {0, 1, 2}
        assert [(f, v) for f, v, _ in pairs] == [
            ("status", option),
            ("mgmt_no", "Ⅲ-①-2"),
            ("title", "청년 창업공간 조성"),
            ("lead_dept", "일자리정책과"),
        ]


def test_no_grid_without_exactly_one_ticked_word_or_under_another_label() -> None:
    for marks in (
        ["해당됨", "해당됨", "해당안됨", "해당안됨"],
        ["해당안됨"] * 4,
        ["해당안됨", "12", "해당됨", "해당안됨"],
    ):
        assert option_grid_pairs(_grid(marks)) == ([], set()), (
            marks
        )  # two ticked, none, a figure: not guessed
    assert option_grid_pairs(_grid(["해당안됨", "해당됨", "해당안됨", "해당안됨"], "구분")) == ([], set())


def test_the_family_reads_in_every_format_without_a_wrong_header() -> None:
    for path, exp, got in family_cards(FAMILY, "oreum-district-*-*.*"):
        assert len(got) == len(exp) == 1
        h, e = got[0]["header"], exp[0]["header"]
        if path.suffix != ".txt":
            assert score_record(exp[0], got[0]).score() >= 0.999, path.name
            assert (h["status"], h["status_code"], h["mgmt_no"], h["lead_dept"]) == (
                e["status"],
                e["status_code"],
                e["mgmt_no"],
                e["lead_dept"],
            ), path.name
        assert h["status"] in (e["status"], None), path.name  # a head (진행률(%)) is never the status


def test_a_bare_number_glued_to_a_known_title_is_a_heading_number() -> None:
    """pdftotext prints the family's shaded headings (``2 재 정 계 획``) with no space left (``2재정계획``): the
    number is taken off only where the rest names a section whole."""
    from pledgecard.extract.labels import section_of

    assert [section_of(t) for t in ("1사업개요", "2재정계획", "3추진사항", "12향후 추진계획")] == [
        "overview",
        "funding",
        "achievements",
        "plans",
    ]
    assert [section_of(t) for t in ("3회 개최", "12개소", "2024사업개요", "1사업개요 추진")] == [None] * 4


def test_the_label_a_glued_heading_matched_is_told_as_its_section_is() -> None:
    """section_label (the inspection's) reads a glued number as section_of does: one helper both call."""
    from pledgecard.extract.labels import section_label, section_of

    for t in (
        "1사업개요",
        "2재정계획",
        "3추진사항",
        "1. 사업개요",
        "3회 개최",
        "12개소",
        "2024사업개요",
        "1사업개요 추진",
    ):
        assert (section_label(t) is None) == (section_of(t) is None), t
    assert section_label("1사업개요") == section_label("사업개요") is not None


def _lines(*texts: str) -> list:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def test_a_dump_of_the_list_row_is_read_back_into_its_grid() -> None:
    """The text dump prints the grid's three rows as lines: labels, the options (one of them two words), values with
    the run of ticked / unticked words under the options and the progress after it."""
    from pledgecard.extract.sections.header_option_lines import option_grid_lines

    heads, options = "관리번호 공약사업명 소관부서 추진상황 진행률(%)", "이행후 계속추진 완료 정상 일부"
    [grid] = option_grid_lines(
        _lines(
            heads,
            options,
            "Ⅳ-⑦-89 대학 연계 지역인재 사업 추진 경제정책과 해당안됨 해당됨 해당안됨 해당안됨 35",
        )
    )
    pairs, _ = option_grid_pairs(grid)
    assert [(f, v) for f, v, _ in pairs] == [
        ("status", "완료"),
        ("mgmt_no", "Ⅳ-⑦-89"),
        ("title", "대학 연계 지역인재 사업 추진"),
        ("lead_dept", "경제정책과"),
    ]
    for values in (
        "Ⅳ-⑦-89 대학 연계 사업 경제정책과 해당됨 해당됨 해당안됨 해당안됨 35",  # two ticked
        "Ⅳ-⑦-89 대학 연계 사업 경제정책과 해당안됨 해당됨 해당안됨 35",  # three marks under four options
        "Ⅳ-⑦-89 대학 연계 사업 경제정책과 해당안됨 해당됨 해당안됨 해당안됨",
    ):  # the progress missing
        assert len(option_grid_lines(_lines(heads, options, values))) == 3, (
            values
        )  # left as lines, none guessed


def test_a_sub_goals_circled_number_is_part_of_a_code() -> None:
    from pledgecard.extract.sections.header_value_kinds import value_kind

    assert [value_kind(v) for v in ("Ⅳ-⑦-89", "III-①-1", "3-2")] == ["code"] * 3
    assert value_kind("①-3") is None  # a circled number opening it: an item's, no code
