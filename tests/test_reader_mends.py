"""Review findings in the text and PDF readers mended (session 25): each on a small dump or page model that
failed before its mend."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import pdf_struck
from pledgecard.extract.readers.text_gapped_cells import printed_cells
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_newspaper import newspaper_pages, sheet_gutter
from pledgecard.extract.readers.text_row_numbers import drop_row_numbers
from samples.render_sheets import SHEET_PT, impose, sheet_of

ROOT = Path(__file__).resolve().parent.parent


def _page(rows: list[str], page: int = 1) -> list[TLine]:
    return [to_tline(k + 1, page, row) for k, row in enumerate(rows)]


def _ranking(last: str) -> list[str]:
    """A ranking table (rank, office, a wide gap, score) whose last row prints ``last``."""
    rows = [f"{k:>3}   {'모아시 부서' + str(k):<12}{' ' * 30}{100 - k:>5}" for k in range(1, 7)]
    return [*rows, last]


def test_a_ranking_tables_last_row_is_no_sheets_page_numbers() -> None:
    """Two short numbers apart on a page's last line (a ranking table's last row ``7 ... 105``) are no two
    pages' numbers: the page stays one; two consecutive page numbers over a free middle part a sheet."""
    ranking = _page(_ranking(f"{7:>3}{' ' * 45}{105:>5}"))
    assert sheet_gutter(ranking) is None
    assert len({ln.page for ln in newspaper_pages(ranking)}) == 1
    sheet = _page(_ranking(f"{'- 7 -':>5}{' ' * 40}{'- 8 -':>5}"))
    assert sheet_gutter(sheet) is not None


def test_a_split_documents_struck_runs_and_page_notes_name_its_sheets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PDF printed two pages a sheet: its struck runs' sources and its notes on pages without text or unreadable
    name the sheets they were printed on, as its blocks' sources do, not the logical pages read from them."""
    from pledgecard.extract.readers import pdf

    src = ROOT / "samples" / "families" / "dasi-county" / "dasi-county-87001-pdf.pdf"
    writer = PdfWriter()
    for _ in range(3):  # the card three times: a struck run on every other page
        writer.append(PdfReader(src))
    out = io.BytesIO()
    writer.write(out)
    one_up = pdf.read(out.getvalue(), path=src.name, limits=Limits())
    data = impose(out.getvalue())
    load = pdf._load
    sheets = -(-one_up.n_pages // 2)

    def broken_last(get: object) -> object:
        broken_last.calls += 1  # type: ignore[attr-defined]
        return (None, ValueError("bad sheet")) if broken_last.calls == sheets else load(get)  # type: ignore[attr-defined]

    broken_last.calls = 0  # type: ignore[attr-defined]
    monkeypatch.setattr(pdf, "_load", broken_last)
    doc = pdf.read(data, path=src.name, limits=Limits(ocr="never"))  # the sheet left unread (OCR: see below)
    assert doc.n_pages == sheets and doc.struck
    one = [(t, s.page) for t, s in one_up.struck if s.page is not None and sheet_of(s.page) < sheets]
    assert one and [(t, s.page) for t, s in doc.struck] == [(t, sheet_of(p)) for t, p in one]
    assert all(s.bbox is None or s.bbox[2] <= SHEET_PT[0] for _, s in doc.struck)
    assert f"unreadable pages skipped: page {sheets}: ValueError: bad sheet" in doc.notes
    assert f"pages without text (scanned?): {sheets}" in doc.notes
    from pledgecard.extract.readers import ocr

    assert "sheets of two pages side by side read as 5 pages" in doc.notes  # the sheet that failed: once
    if (
        ocr.available()
    ):  # OCR reads the sheet that failed, split by the document's gutter after rendering: each
        # half read as its own page (review: the whole sheet had been read as one page, both pages together)
        broken_last.calls = 0  # type: ignore[attr-defined]
        read = pdf.read(data, path=src.name, limits=Limits())
        assert [n.split(":")[0] for n in read.notes if "read by OCR" in n] == [
            f"page {sheets}, left half",
            f"page {sheets}, right half",
        ], read.notes
        assert "sheets of two pages side by side read as 6 pages" in read.notes
        on_last = [
            b.source.bbox for b in read.blocks if b.source.page == sheets and b.source.bbox is not None
        ]
        assert any(x1 < SHEET_PT[0] / 2 for _, _, x1, _ in on_last) and any(
            x0 > SHEET_PT[0] / 2 for x0, *_ in on_last
        )
        assert all(x1 <= SHEET_PT[0] + 1 for _, _, x1, _ in on_last)


def _glyphs(rng: random.Random, n: int) -> list[dict]:
    out = []
    for k in range(n):
        size = rng.choice([7.0, 9.0, 10.0, 14.0])
        x, top = rng.uniform(20, 500), rng.choice([50.0, 80.0, 110.0, 111.5, 140.0]) + rng.uniform(-1, 1)
        out.append(
            {
                "text": rng.choice("가나다12,3 "),
                "x0": x,
                "x1": x + size,
                "top": top,
                "bottom": top + size,
                "upright": rng.random() > 0.05,
                "n": k,
            }
        )
    return out


def _every_pair(chars: list[dict], lines: list[dict], rects: list[dict], page: int) -> tuple[list, list]:
    """Strikeouts found by testing every stroke against every glyph (the reference)."""
    struck, runs = set(), []
    printed = [c for c in chars if not c["text"].isspace() and c.get("upright", True)]
    for x0, x1, y in pdf_struck._strokes(lines, rects):
        hit = [c for c in printed if pdf_struck._crossed(c, x0, x1, y)]
        if not hit:
            continue
        first, last = min(hit, key=lambda c: c["x0"]), max(hit, key=lambda c: c["x1"])
        if abs(first["x0"] - x0) > pdf_struck.EDGE or abs(last["x1"] - x1) > pdf_struck.EDGE:
            continue
        if max(c["bottom"] for c in hit) - min(c["top"] for c in hit) > 2 * (first["bottom"] - first["top"]):
            continue
        hit.sort(key=lambda c: c["x0"])
        struck.update(id(c) for c in hit)
        runs.append(
            (
                "".join(c["text"] for c in hit),
                Source(page=page, bbox=(x0, min(c["top"] for c in hit), x1, max(c["bottom"] for c in hit))),
            )
        )
    return [c for c in chars if id(c) not in struck], runs


def test_strokes_are_tested_against_the_glyphs_of_their_height_band_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A stroke is tested against the glyphs whose boxes may hold it (their tops within the tallest glyph's
    height over it), not against every glyph of the page; what is struck is as testing every pair finds."""
    rng = random.Random(25)
    for _ in range(200):
        chars = _glyphs(rng, rng.randint(0, 40))
        runs = [c for c in chars if rng.random() < 0.2]
        lines = [
            {"x0": c["x0"], "x1": c["x1"] + rng.choice([0.0, 0.0, 9.0, 3.0]), "top": y, "bottom": y}
            for c in runs
            for y in [c["top"] + rng.uniform(0, 1) * (c["bottom"] - c["top"])]
        ]
        rects = [{"x0": 0.0, "x1": 600.0, "top": 95.0, "bottom": 96.0}]
        assert pdf_struck.strike_through(chars, lines, rects, 3) == _every_pair(chars, lines, rects, 3)
    # one stroke through a word of a 12-line page: the glyphs of its line tested, not the page's
    page = [g for k in range(12) for g in _chars_row(f"○ 본문 {k} 줄의 내용 580,687", 20.0, 60.0 + 20 * k)]
    word = [g for g in page if g["top"] == 160.0][-7:]
    stroke = {"x0": word[0]["x0"], "x1": word[-1]["x1"], "top": 163.5, "bottom": 163.5}
    tested = []
    real = pdf_struck._crossed
    monkeypatch.setattr(pdf_struck, "_crossed", lambda c, *a: tested.append(c) or real(c, *a))
    kept, got = pdf_struck.strike_through(page, [stroke], [], 1)
    assert [t for t, _ in got] == ["580,687"] and len(kept) == len(page) - 7
    assert 0 < len(tested) <= len(page) // 12 + 1


def _chars_row(text: str, x: float, top: float, size: float = 7.0) -> list[dict]:
    return [
        {"text": ch, "x0": x + k * size, "x1": x + (k + 1) * size, "top": top, "bottom": top + size}
        for k, ch in enumerate(text)
    ]


def test_a_line_of_spaces_alone_prints_no_gapped_cells() -> None:
    """A line printing spaces only (a dump's blank line padded out) has no segment: no row of cells, no error."""
    assert printed_cells(to_tline(1, 1, "      ")) is None
    assert printed_cells(to_tline(1, 1, "")) is None
    assert printed_cells(to_tline(1, 1, "간담회, 공청회 등  1   1")) == 6


def test_a_head_printed_a_cell_a_line_to_the_last_line_examined_is_whole() -> None:
    """A dump printing a cell a line, the content head on the last line examined for the head's cells (no row's
    number within reach): that line is the head's too, and the grid's row numbers are taken off."""
    cells = [
        "번호",
        "추진일자",
        *[""] * 10,
        "추진내용",
        "1",
        "",
        "2024.06.15",
        "",
        "협약 체결",
        "",
        "2",
        "",
        "2024.07.01",
        "",
        "착공",
        "",
    ]
    out = [ln.text for ln in drop_row_numbers([to_tline(k + 1, 1, c) for k, c in enumerate(cells)])]
    assert out[0] == "" and out[13] == "" and out[19] == ""
    assert [t for t in out if t] == ["추진일자", "추진내용", "2024.06.15", "협약 체결", "2024.07.01", "착공"]


def test_a_note_column_printed_apart_from_its_rows_is_set_aside_with_a_note() -> None:
    """A grid printed a cell a line whose note column a converter printed as a box of its own past the rows
    (``비고`` / ``완료`` / ``완료``): its cells are taken off the running text, and the document says so."""
    from pledgecard.extract.readers import text

    dump = [
        "○ 추진실적",
        "번호",
        "추진일자",
        "추진내용",
        "1",
        "2024.06.15",
        "협약 체결",
        "2",
        "2024.07.01",
        "착공",
        "○ 세부 추진 상황 점검",
        "○ 관계기관 협의",
        "○ 예산 확보 추진",
        "○ 설계 용역 착수",
        "○ 주민 설명회",
        "비고",
        "완료",
        "완료",
        "",
        "○ 향후계획 상반기 준공",
    ]
    doc = text.read("\n".join(dump).encode())
    said = [n for n in doc.notes if "set aside" in n]
    assert len(said) == 1 and "lines 16-18" in said[0] and said[0].endswith("비고 / 완료 / 완료")
    assert not any(b.text in ("비고", "완료") for b in doc.blocks if isinstance(b, Paragraph))


class _Watched(list):  # type: ignore[type-arg]
    """Lines that count the items their slices copy, and refuse a search through them."""

    copied = 0

    def __getitem__(self, at):  # type: ignore[no-untyped-def]
        got = super().__getitem__(at)
        if isinstance(at, slice):
            _Watched.copied += len(got)
        return got

    def index(self, *args):  # type: ignore[no-untyped-def]
        raise AssertionError("a search through every line")


def test_a_block_and_the_footers_are_found_without_copying_the_lines_before_them() -> None:
    """On a long dump, an aligned block's head is looked for from its first row up (no search for the row, no
    copy of every line before it), and each page's last line is known once (no copy of the lines after each
    candidate footer): the work grows with the dump, not with its square."""
    from pledgecard.extract.readers.text_aligned_blocks import find_block
    from pledgecard.extract.readers.text_footer_count import footers_counting

    filler = [f"○ 추진 내용 {k}번째 줄의 설명입니다" for k in range(3000)]
    table = [
        "구분        2022년      2023년      2024년",
        "목표           10          20          30",
        "실적           12          18           -",
    ]
    lines = _Watched(to_tline(k + 1, 1, t) for k, t in enumerate([*filler, "", *table]))
    _Watched.copied = 0
    assert find_block(lines, len(filler) + 1) is not None
    assert _Watched.copied < 100
    paged = _Watched(
        to_tline(k + 1, 1 + k // 10, "달래시 보고 " + str(1 + k // 10) if k % 10 == 9 else f"항목 {k}")
        for k in range(3000)
    )
    _Watched.copied = 0
    assert len(footers_counting(paged)) == 300
    assert _Watched.copied < 3 * len(paged)
