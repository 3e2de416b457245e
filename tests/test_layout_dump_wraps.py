"""Layout dumps (``pdftotext -layout``) of open-sided tables and label-left bodies, on small lines
(issue 11, session 13; noeul-city 48001 / 48006 layout 0.96 / 0.91 -> 1.000, dalbit-county 49019
body-layout 0.83 / 0.93 -> 0.98 / 1.000):

- a head whose two wrapped cells' lines stand above and below its line (``민간전문가 자`` / ``문``):
  display columns part one of them in two (the Hangul before it shifts it), characters do not;
  the measure with several rows holding the most cells is read;
- a one-syllable label centred right of the other rows' labels (``계`` over ``국비``), its row
  printed in full: a row of its own, not a cell centred on the row below;
- labels marked with a bullet glyph that opens the body's other labels, wrapped before their words
  name a section (``◆ 군민 소통`` / ``실적``), open their cells; a page number is no cell's line.
"""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.readers import text, text_regions
from pledgecard.extract.readers.text_columns import build_table
from pledgecard.extract.readers.text_lines import to_tline


def _lines(text_: str) -> list:
    return [to_tline(k, 1, raw) for k, raw in enumerate(text_.split("\n"), start=1)]


def _grid(table: Table) -> list[list[str]]:
    grid = [["" for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    for c in table.cells:
        grid[c.row][c.col] = c.text.replace("\n", " ")
    return grid


OUTREACH = """\
           간담회, 공청회                      민간전문가 자
    계                   만족도 조사                        언론, 방송      기타
              등                             문

    3회          1             -             -           -          2"""


def test_a_head_with_cells_wrapped_around_its_line_is_read_in_the_measure_that_keeps_them_whole() -> None:
    table = build_table(_lines(OUTREACH))
    assert table is not None
    head, counts = _grid(table)
    assert len(head) == 6
    assert [h.replace(" ", "") for h in head] == [
        "계",
        "간담회,공청회등",
        "만족도조사",
        "민간전문가자문",
        "언론,방송",
        "기타",
    ]
    assert counts == ["3회", "1", "-", "-", "-", "2"]


FUNDING = """\
      구분              단위      총사업비          2024년        2025년

         계           백만원              48,157       25,245       11,259
      국비             백만원               5,024          4,750            -
      도비             백만원              16,737          8,026      3,419"""


def test_a_one_syllable_label_centred_right_of_the_others_opens_a_row_of_its_own() -> None:
    table = build_table(_lines(FUNDING))
    assert table is not None
    grid = _grid(table)
    assert [row[0] for row in grid] == ["구분", "계", "국비", "도비"]
    assert grid[1][2:] == ["48,157", "25,245", "11,259"]
    assert grid[2][2:] == ["5,024", "4,750", "-"]


BODY = """\
          ○ 사업기간 : 2023. 1.~2026. 12.
◆ 사업개요    ○ 주요내용
          ㆍ 청년 창업 공간 조성

          ○ 추진 내용 1
◆ 추진실적    ○ 추진 내용 2
          ○ 추진 내용 3

          ○ 간담회 개최 : 2024. 3.
◆ 군민 소통
          ○ 설명회 개최 : 2024. 5.
   실적
          ○ 공청회 개최 : 2024. 6.

          ○ 공약사항 정비 : 2025. 6.
◆ 향후 추진
          ○ 예산 확보 : 2025. 12.
   계획
                    - 4 -"""


def test_glyph_marked_labels_wrapped_before_naming_a_section_open_their_cells() -> None:
    regions = text_regions.find(_lines(BODY))
    assert len(regions) == 1
    labels = [" ".join(s.text for s in c.label) for c in regions[0].cells]
    assert labels == ["◆ 사업개요", "◆ 추진실적", "◆ 군민 소통 실적", "◆ 향후 추진 계획"]
    plans = regions[0].cells[-1].lines
    assert all("4" not in ln.text for ln in plans)  # the page number belongs to no cell
    # the same words under a glyph the labels do not open with stay content
    other = BODY.replace("◆ 군민 소통", "▶ 군민 소통")
    cells = text_regions.find(_lines(other))[0].cells
    assert "◆ 군민 소통 실적" not in [" ".join(s.text for s in c.label) for c in cells]


def test_a_glyph_marked_label_read_in_a_whole_dump_is_its_sections_cell() -> None:
    doc = text.read(BODY.encode("utf-8"), path="body-layout.txt")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert tables
    labels = [c.text.replace("\n", " ") for t in tables for c in t.cells if c.col == 0]
    assert "◆ 군민 소통 실적" in labels
