"""Body-table layout dumps (a card's body one ``label | content`` table, pdftotext -layout): the content
lines the converter sets a little left of the content column beside a label of wide glyphs (``◇ Ⅰ. 사업 개``)
are the cell's lines, never the end of the body's region; a line of the label's shape is so only when its
glyph is not the content's own bullet."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_lines import Seg, TLine, split_lines, to_tline
from pledgecard.scoring import load_records, score_record

from conftest import shared_tools

REPO = Path(__file__).resolve().parents[1]
SAEMMUL = REPO / "samples" / "layout" / "body" / "saemmul-province-65014-body-layout.txt"


def _line(c0: int, text: str) -> TLine:
    return TLine(1, 1, " " * c0 + text, [Seg(text, c0, c0 + len(text), c0, c0 + len(text), 1)])


def wrong_figures_of(expected: dict, got: dict) -> list[tuple]:
    _, wf = shared_tools()
    return [(n, e, g) for _, n, e, g in wf.figures(expected, got) if g is not None and g != e]


def test_lines_a_little_left_of_the_column_fit_unless_shaped_as_a_label() -> None:
    bullets = frozenset({"⦁", "ㄴ"})
    assert text_regions._fits(_line(10, "시군비 17,760.3)"), 12, bullets)  # a wrapped line's end
    assert text_regions._fits(_line(10, "⦁ 주요내용"), 12, bullets)  # the content's own bullet
    assert not text_regions._fits(_line(10, "사업개요"), 12, bullets)  # a label's shape
    assert not text_regions._fits(_line(7, "시군비 17,760.3)"), 12, bullets)  # too far left


def test_a_label_pieces_last_syllable_is_no_spread_label_with_the_cell_after_it() -> None:
    # ``도민 소`` (the label 도민 소통 실적 wrapped) then the outreach head's ``계`` five spaces on: two segments
    assert [s.text for s in to_tline(1, 1, "◇ Ⅳ. 도민 소     계          만족도 조사").segs] == [
        "◇ Ⅳ. 도민 소",
        "계",
        "만족도 조사",
    ]
    # a label spread to fill its cell, opening it, is still one (구    분, 소    계)
    assert [s.text for s in to_tline(1, 1, "   구    분      2023").segs] == ["구    분", "2023"]
    assert [s.text for s in to_tline(1, 1, "   소    계      1,200").segs] == ["소    계", "1,200"]


def test_the_body_region_runs_over_the_lines_beside_wide_labels() -> None:
    regions = text_regions.find(split_lines(SAEMMUL.read_text(encoding="utf-8")))
    labels = [[" ".join(s.text for s in c.label) for c in r.cells] for r in regions]
    assert labels[0] == [
        "◇ Ⅰ. 사업 개 요",
        "◇ Ⅱ. 재원 투 자계획",
        "◇ Ⅲ. 추진 실 적",
        "◇ Ⅳ. 도민 소 통 실적",
        "◇ Ⅴ. 향후 추 진계획",
        "◇ Ⅵ. 기대 효 과",
    ]


def test_the_body_cells_read_with_their_label_pieces_on_the_funding_rows() -> None:
    [expected] = load_records(SAEMMUL.with_name(SAEMMUL.stem + ".expected.json"))
    [got] = extract_file(SAEMMUL)
    assert {k: v for k, v in got["funding"].items() if k != "columns"} == {
        k: v for k, v in expected["funding"].items() if k != "columns"
    }  # (the head's 총 계 printed 총계)
    assert wrong_figures_of(expected, got) == []
    assert got["overview"]["contents"] == expected["overview"]["contents"]
    assert got["outreach"]["total"] == expected["outreach"]["total"]
    assert [(i["category"], i["count"]) for i in got["outreach"]["items"]] == [
        (i["category"], i["count"]) for i in expected["outreach"]["items"]
    ]
    assert score_record(expected, got).score() >= 0.97
