"""Structures the sweep of crossbred and mutated cards of the sixty-two families brought in (session 22, seeds
2500-2579 in PDF, HWPX and HWP, 3500-3539 in the text dump; the cards are pinned in tests/test_crossbreed.py
SEEDS_62 and tests/test_mutate_tables.py PINNED_62), on small inputs:

- a body table's section labels set a character a line under an ordinal heading number (``제`` / ``1`` / ``장`` /
  ``사`` / ``업`` / ``개`` / ``요``): the joined label ran its number into its title (``제1장사업개요``), which no
  numbering reads, so no label named a section and the whole body was one unparsed table (crossbred 2552: 0.077
  in PDF, HWPX and HWP; 0.306 in its dump).
"""

from __future__ import annotations

from pledgecard.extract.heading_numbers import number_spaced
from pledgecard.extract.layout import Line, unpack_table
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from tests.conftest import make_table


def _letters(text: str) -> str:
    return "\n".join(text)


def test_a_heading_number_run_into_its_title_gets_its_space_back() -> None:
    assert number_spaced("제1장사업개요") == "제1장 사업개요"
    assert number_spaced("제12절향후계획") == "제12절 향후계획"
    assert number_spaced("Ⅲ)투자계획") == "Ⅲ)투자계획"  # already read as numbered: as printed
    assert number_spaced("사업개요") == "사업개요"
    assert number_spaced("2024년") == "2024년"  # a year is no number before a title


def test_a_body_tables_ordinal_labels_set_a_letter_a_line_name_their_sections() -> None:
    table = make_table([[_letters("제1장사업개요"), "➢ 사업기간 : 2018년 7월 ~ 2023년 6월"],
                        [_letters("제2장추진실적"), "➊ 기 추진실적\n▢ 설명회 개최 : '22. 2."],
                        [_letters("제6장향후계획"), "➢ 추진계획 수립 : 2023년 중"]])
    heads = [i.text for i in unpack_table(table) if isinstance(i, Line) and i.heading]
    assert heads == ["제1장 사업개요", "제2장 추진실적", "제6장 향후계획"]
    # the same labels unnumbered read as before
    bare = make_table([[_letters("사업개요"), "➢ 사업기간 : 2018년 7월 ~ 2023년 6월"],
                       [_letters("추진실적"), "▢ 설명회 개최 : '22. 2."]])
    assert [i.text for i in unpack_table(bare) if isinstance(i, Line) and i.heading] == ["사업개요", "추진실적"]


def test_a_dumps_ordinal_label_a_character_a_line_is_one_heading_line() -> None:
    texts = ["실천목표 단계별 추진", "", *[c for ch in "제1장사업개요" for c in (ch, "")], "➢ 사업기간 : 2018년 7월"]
    out = [t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)]) if t.text]
    assert out == ["실천목표 단계별 추진", "제1장 사업개요", "➢ 사업기간 : 2018년 7월"]
    # lone characters spelling no section's label stay as printed (a column of one-character cells)
    cells = ["제", "1", "장", "2", "3", "4", "합계 10"]
    out = [t.text for t in join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(cells)]) if t.text]
    assert out == cells
