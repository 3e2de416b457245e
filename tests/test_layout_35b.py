"""Session 35b (layout2): pdftotext -layout dumps.

1. A section label set vertically in its cell, its heading's glyph and number a character a line above its syllables
   (``◐`` / ``Ⅱ`` / ``.`` / ``추`` / ``진`` / ``실`` / ``적``), printed by pdftotext among the cell's content lines: the
   label is centred on the glyph, the number and the syllables together, so the cell's top is found by centring the
   cell on all of them (the number's lines no content), and a cell beginning at a dated block heading's items begins
   at the heading (extract/readers/text_vertical._cell_top). Before, the cell began five items low: the block
   heading and its first items went to the overview and the scorer paired the later ``(총 5회)`` item with the lost
   ``(총 4회)``, a wrong count. Crossbreed 6321 layout: 0.536 with 1 wrong figure -> 0.766, 0 wrong."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_vertical import join_vertical_labels

from conftest import expected_scored

# 1. an interleaved vertical label with its heading number printed among the cell's lines

INTERLEAVED = (
    " ◐\n"
    " Ⅰ   1-1 사업기간 : 2022. 7월 ~ 2026. 12월\n"
    " 사   1-3 주요내용\n"
    " 업   ○ 공영주차장 구축\n"
    " 개   * 참여기관: 가람재단\n"
    " 요\n"
    "\n"
    "     ▨ 기 추진실적 〈'22. 4분기 기준〉\n"
    "     ❍ 정류장 조성 실시설계 용역 완료 : '22. 9월\n"
    "     ㅡ 주민 56명(1차 40, 2차 16)\n"
    "     ❍ 전문가 자문회의 개최(총 4회) : '22.11월\n"
    "     ❍ 주요 추진실적\n"
    "     ㅡ 착공 : '22. 8월\n"
    "     ❍ 투자협약 체결 : '22년 4분기\n"
    "     ※ 참여기관 : 가람재단\n"
    " ◐\n"
    "     ㅡ 인력양성\n"
    " Ⅱ\n"
    "     · 신규 참여기업 협약 : '22. 1학기\n"
    " .\n"
    "     ※ 참여기관 : 나래재단\n"
    " 추\n"
    "     ㅡ 기업지원\n"
    " 진\n"
    "     · 설명회 개최(72명 참석) : 2022.11.\n"
    " 실\n"
    "     · 아카데미 운영(수료생 24명) : '22. 11. 2.\n"
    " 적\n"
    "     * 참여기관 : 다솜재단\n"
    "     ▨ 2023년 1분기 현재\n"
    "     ❍ 현장 건의 31건 검토 : 2023. 2월\n"
    "     * 참여기관 : 라온재단\n"
    "     ❍ 세부 추진실적\n"
    "     ㅡ 인력양성\n"
    "     · 시범운행 개시 : 2023. 2월\n")


def test_an_interleaved_label_with_its_number_begins_its_cell_at_the_block_heading() -> None:
    out = [ln.text.strip() for ln in join_vertical_labels(split_lines(INTERLEAVED)) if ln.text.strip()]
    k = out.index("추진실적")
    assert out[k + 1].startswith("▨ 기 추진실적")
    # the overview's lines stay above it, the number's characters no content line of the cell
    assert out[k - 1] == "요"


def test_crossbreed_6321_layout_reads_the_first_block_in_its_section(tmp_path: Path) -> None:
    from samples.crossbreed import run_cross

    run_cross(6321, ("layout",), tmp_path, keep=True)
    exp, got, score, wrong = expected_scored(tmp_path / "cross-6321" / "cross-6321-layout.txt")
    assert not wrong
    assert score >= 0.76  # measured 0.536 (1 wrong) -> 0.766
    assert [a["text"] for a in got["achievements"][:3]] == [a["text"] for a in exp["achievements"][:3]]
