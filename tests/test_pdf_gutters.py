"""Two columns printed close together in a PDF page (extract/readers/pdf_gutters.py, the one place
such rows are cut): a row's gap across the gutter narrower than the reader's split would read as one
line running from the left column into the right one. A gutter is proposed at a left margin that
rows share, shown by a gap wider than a word gap before a right-hand piece or by a bullet item
opening a segment of its own right of other text (both signals count together), and kept only where
a column zone proves it; the rows are cut there and read column by column.

Mutated cards (samples/mutate.py) whose PDF once read with its columns interleaved are pinned,
drawn from the 38 families of 7f13ac4 (before: the extractor of f696947); the crossbred card whose
long overview line ran up to the right pane's bullet (335) in tests/test_crossbreed.py (SEEDS_38).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.pdf import SPLIT_RATIO
from pledgecard.extract.readers.pdf_columns import column_order
from pledgecard.extract.readers.pdf_gutters import _candidates, find_gutters
from pledgecard.extract.readers.pdf_lines import Line, chars_to_lines, cut_at

W = 9.4  # a Hangul glyph's advance at 10 pt
SIZE = 10.0


def _chars(text: str, x0: float, top: float) -> list[dict[str, Any]]:
    out = []
    x = x0
    for ch in text:
        w = 2.8 if ch == " " else W
        out.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += w
    return out


LEFT = [
    "⌾ 사업기간 : 2022 ~ 2026",
    "⌾ 총사업비 : 5,811,394천원",
    "♅ 관련 기업 유치 및 전문인력 양성",
    "♅ 기반 조성을 위한 차고지 구축 및 운영",
]
RIGHT = ["가) 차고지 운영", "♅ 워크숍 개최 : 2022", "♅ 공모사업 최종 선정", "나) 기업 투자협약 체결"]


def _width(text: str) -> float:
    return sum(2.8 if ch == " " else W for ch in text)


def _page(right_x: float) -> list[dict[str, Any]]:
    chars = _chars("관리카드 제목", 200, 20)
    assert all(0 < right_x - 50 - _width(t) < SPLIT_RATIO * SIZE for t in LEFT)  # no row split as it stands
    for k, (a, b) in enumerate(zip(LEFT, RIGHT, strict=True)):
        chars += _chars(a, 50, 60 + 15 * k) + _chars(b, right_x, 60 + 15 * k)
    return chars


def _read(chars: list[dict[str, Any]]) -> list[str]:
    gutters = find_gutters(chars, [], page=1, split_ratio=SPLIT_RATIO)
    lines = chars_to_lines(chars, page=1, split_ratio=SPLIT_RATIO, gutters=gutters)
    ordered, _ = column_order(sorted(lines, key=lambda ln: (ln.row_top, ln.x0)))
    return [ln.full_text for ln in ordered if isinstance(ln, Line)]


def test_two_columns_closer_than_the_split_are_read_column_by_column() -> None:
    chars = _page(50 + max(_width(t) for t in LEFT) + 20)  # the longest left line 2 font sizes short of it
    assert len(chars_to_lines(chars, page=1, split_ratio=SPLIT_RATIO)) == 5  # one line a row, read across
    [(x, top, bottom)] = find_gutters(chars, [], page=1, split_ratio=SPLIT_RATIO)
    assert (
        abs(x - (50 + max(_width(t) for t in LEFT) + 20)) <= 1 and top < 60 and bottom >= 105 and top > 30
    )  # the title row is left whole
    assert _read(chars) == ["관리카드 제목", *(" ".join(split_marker(t)) for t in LEFT + RIGHT)]


def test_a_date_set_flush_right_makes_no_gutter() -> None:
    chars: list[dict[str, Any]] = []
    for k, (item, date) in enumerate(
        [
            ("• 실시설계 완료", "'24. 3."),
            ("• 착공 및 준공", "'24. 12."),
            ("• 개관 준비", "'25. 1."),
            ("• 개관", "'26. 10."),
        ]
    ):
        body = _chars(item, 50, 60 + 15 * k)
        end = body[-1]["x1"] + 30  # a wide gap, each date ending at the margin: no shared left edge
        chars += body + _chars(date, 400 - 9.4 * len(date) + (k % 2) * 3, 60 + 15 * k)
        assert end > 0
    assert find_gutters(chars, [], page=1, split_ratio=SPLIT_RATIO) == []


def test_a_shared_right_edge_without_items_on_both_sides_is_no_column() -> None:
    chars: list[dict[str, Any]] = []
    for k, (label, value) in enumerate(
        [
            ("사업기간", "2022 ~ 2026"),
            ("총사업비", "5,811천원"),
            ("담당부서", "교통정책과"),
            ("연락처", "407-3931"),
        ]
    ):
        chars += _chars(label, 50, 60 + 15 * k) + _chars(value, 120, 60 + 15 * k)
    assert find_gutters(chars, [], page=1, split_ratio=SPLIT_RATIO) == []


def test_a_row_is_cut_only_where_no_character_reaches_over_the_gutter() -> None:
    row = _chars("가나", 50, 60) + _chars("다라", 80, 60)
    assert [len(p) for p in cut_at(row, 75.0)] == [2, 2]
    assert cut_at(row, 55.0) == [row]  # through a character
    assert cut_at(row, 40.0) == [row]  # nothing on its left


# ------------------------------------------------------------------------------ a bullet item at the margin


def _plain_chars(text: str, x: float, top: float) -> list[dict[str, Any]]:
    """One character a 10-pt cell, a word gap of 3 pt (no space glyphs, as Hangul exports print)."""
    out = []
    for ch in text:
        if ch == " ":
            x += 3.0
            continue
        out.append({"text": ch, "x0": x, "x1": x + SIZE, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += SIZE
    return out


def _rows(rows: list[tuple[str, float, str, float]]) -> list[dict[str, Any]]:
    """A row a tuple: the left text set flush right to x1, the right text from x0 (none if empty)."""
    chars = []
    for k, (left, lx1, right, rx0) in enumerate(rows):
        top = 100.0 + 16 * k
        text = _plain_chars(left, 0.0, top)
        chars += [
            {**c, "x0": c["x0"] + lx1 - text[-1]["x1"], "x1": c["x1"] + lx1 - text[-1]["x1"]} for c in text
        ]
        chars += _plain_chars(right, rx0, top) if right else []
    return chars


def _texts(chars: list[dict[str, Any]], split: float = 5.0) -> list[str]:
    gutters = find_gutters(chars, [], page=1, split_ratio=split)
    return [ln.full_text for ln in chars_to_lines(chars, page=1, split_ratio=split, gutters=gutters)]


# two panes (card 335): items left, the right pane's bullet items from x 300, apart by more than the split
PANES = [
    ("가. 사업기간", 120.0, "◦ 용역 완료 및 결과 보고", 300.0),
    ("나. 총사업비", 120.0, "◦ 협약 체결 및 결과 보고", 300.0),
    ("다. 주요내용", 120.0, "- 교육생 32명 수료 및 취업", 300.0),
]


def test_a_left_line_running_up_to_the_right_columns_margin_is_cut_there() -> None:
    # a gap of 3 x the size before the right pane's bullet: read across as it stands
    long = ("▢ 기반 조성을 위한 캠핑장 구축 지원", 270.0, "◦ 설명회 개최 및 결과 보고", 300.0)
    assert len(chars_to_lines(_rows([*PANES, long]), page=1, split_ratio=5.0)) == 7
    texts = _texts(_rows([*PANES, long]))
    assert texts[-2:] == ["▢ 기반 조성을 위한 캠핑장 구축 지원", "◦ 설명회 개최 및 결과 보고"]
    assert len(_texts(_rows([*PANES[2:], long]))) == 3  # two rows make no margin


def test_a_gap_at_the_margin_opening_no_bullet_item_is_cut_only_inside_a_column_zone() -> None:
    date = ("관련 기업 유치 및 전문인력 양성 지원", 270.0, "2024. 3.", 300.0)
    # the right pieces a narrow strip at the text's right edge (a date column beside items): no zone
    strip = [
        ("가. 사업기간", 120.0, "◦ 용역 완료", 300.0),
        ("나. 총사업비", 120.0, "◦ 협약 체결", 300.0),
        ("다. 주요내용", 120.0, "◦ 교육생 32명", 300.0),
        date,
    ]
    assert find_gutters(_rows(strip), [], page=1, split_ratio=5.0) == []
    assert _texts(_rows(strip))[-1] == "관련 기업 유치 및 전문인력 양성 지원 2024. 3."
    # below the panes, past a line across the page: outside the zone the margin proves
    across = ("▣ 향후 추진계획 및 관련 기업 유치 지원 전문인력 양성", 330.0, "", 0.0)
    assert _texts(_rows([*PANES, across, date]))[-1] == "관련 기업 유치 및 전문인력 양성 지원 2024. 3."
    # inside the zone, the right column's text is cut from the left's whatever it opens with
    assert _texts(_rows([*PANES, date]))[-2:] == ["관련 기업 유치 및 전문인력 양성 지원", "2024. 3."]


def test_both_signals_propose_one_margin_together() -> None:
    narrow = [("가. 사업기간", 270.0, "◦ 용역 완료", 300.0), ("나. 총사업비", 270.0, "◦ 협약 체결", 300.0)]
    split = ("다. 주요내용", 120.0, "◦ 교육생 32명", 300.0)  # its bullet stands apart by more than the split
    assert _candidates(_rows([*narrow, split]), 5.0, 1) == [300.0]
    assert _candidates(_rows(narrow), 5.0, 1) == []  # two rows make no margin
    plain = ("다. 주요내용", 120.0, "교육생 32명", 300.0)  # a piece after the split that opens no item
    assert _candidates(_rows([*narrow, plain]), 5.0, 1) == []
    # a margin no row reads across (every row split there already): nothing to cut, nothing proposed
    assert _candidates(_rows([split, *PANES]), 5.0, 1) == []


# mutated cards (samples/mutate.py) drawn from the 38 families of 7f13ac4, read in PDF
FAMILY_NAMES = (
    "gaon-city hanbit-province solmae-county byeolbit-district nuri-province dasom-district yeoul-county "
    "haneul-city maru-county sora-city garam-metro dahae-city bomi-county chorong-city haram-district "
    "areum-district saebom-county eunha-province narae-city gureum-city iseul-county jinsol-county "
    "bitna-district dasan-edu hanul-special sinbi-county mirae-city dodam-district nodeul-county yunseul-city "
    "saemteo-metro daon-special-city gyeol-province maeul-county sup-district noeul-city dalbit-county yeoreum-city"
).split()
PINNED = {
    55: ("two columns 3.6 font sizes apart: every row read across both (0.286)", 1.0),
    49: (
        "two columns whose bullets are glyphs no marker list names (⌾ ♅): no zone found; its funding table "
        "(seven columns in half the page) printed its amounts over each other (0.684)",
        0.98,
    ),
    62: (
        "a long overview line run up to the right column's margin, whose items open with a glyph (↿) no "
        "marker list of the line reader names: the row never cut, its right item read into the overview "
        "(0.823, before one mechanism of 6641672)",
        0.99,
    ),
}


@pytest.mark.parametrize("seed", sorted(PINNED))
def test_pinned_mutated_card_reads_its_columns_apart(tmp_path: Path, seed: int) -> None:
    from samples.families import BY_NAME
    from samples.mutate import run_mutant

    [r] = run_mutant(seed, ("pdf",), tmp_path, families=tuple(BY_NAME[n] for n in FAMILY_NAMES))
    assert "error" not in r, r.get("error")
    assert r["wrong"] == [], r["wrong"]
    assert r["score"] >= PINNED[seed][1], (r["score"], r["misses"], r["features"])


# ------------------------------------------------------------------------------ the generator: a table in a column


def _funding_grid(amounts: list[str]) -> Any:
    from samples.layout import Grid

    g = Grid(2, len(amounts) + 1, widths=[1.0] * (len(amounts) + 1), role="funding")
    g.put(0, 0, "구분", head=True)
    g.put(1, 0, "합계", head=True)
    for k, a in enumerate(amounts):
        g.put(0, k + 1, f"{2022 + k}년", head=True)
        g.put(1, k + 1, a, align="right")
    return g


def test_amounts_of_a_table_in_a_column_are_drawn_small_enough_to_fit_their_cells() -> None:
    """Card 49: a funding table of seven columns in half an A4 page printed its amounts over each
    other (1,570,1421,348,816 read back); nested in a layout column they are drawn to fit."""
    import re

    from samples.layout import Grid
    from samples.render_pdf import CELL_PADDING_EM, _em_width, _grid_html

    amounts = ["1,570,142", "1,348,816", "1,016,856", "910,238", "965,342", "5,811,394"]
    alone = _grid_html(_funding_grid(amounts), 45.0)  # as wide as the text: as before, by the amounts' length
    assert 'style="font-size:0.85em"' in alone
    panes = Grid(1, 2, widths=[1.0, 1.0], role="layout")
    panes.put(0, 0, [_funding_grid(amounts)], align="left")
    panes.put(0, 1, ["가) 차고지 운영"], align="left")
    [size] = [
        float(x)
        for x in re.findall(r'class="funding" style="font-size:([0-9.]+)em"', _grid_html(panes, 45.0))
    ]
    room = 45.0 / 2 / 7 - CELL_PADDING_EM  # each of the seven columns of half the text width
    assert size < 0.85 and size * max(_em_width(a) for a in amounts) <= room + 1e-9
