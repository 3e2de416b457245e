"""The read-only review of the goal-table and lost-glyph code (session 29, mendpdf): F1, a year column printed
as a run whose year cell is merged over two rows (printed once: fewer years than rows) never pairs year k with
row k, the table is left unread (its cells in ``unparsed``); F2, a wrapped target's words never join a project
(a bare-figure target proves nothing about the line above it); F3, ``lost_runs`` indexes the mapped glyphs
(no pass over every mapped glyph for each lost one); F4, one definition of a lost glyph for the page's share
and its runs. The cards are the reviewer's (gochim-county 80001's pdf2txt dump, its goal table replaced)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_cells_a_line import goal_cells
from pledgecard.extract.sections.goal_status_runs import year_run_restored
from pledgecard.scoring import load_records, wrong_goal_figures

CARDS = Path(__file__).resolve().parent / "fixtures" / "review_pdf"
HEAD = ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]


def _rows(lines: list[str]) -> list[tuple[str | None, int | None, str, str | None]]:
    got = goal_cells(lines)
    return [] if got is None else [(r.project, r.year, r.target, r.actual) for r in got[0]]


def test_two_years_over_three_rows_pair_no_year_with_a_row() -> None:
    # 2024 merged over 사업A and 사업B (printed once), 2025 over 사업C: was [(사업A, 2024), (사업B, 2025)]
    lines = [
        *HEAD,
        "2024",
        "2025",
        "사업A",
        "10건",
        "8건",
        "80%",
        "완료",
        "사업B",
        "20건",
        "10건",
        "50%",
        "추진중",
        "사업C",
        "40건",
        "30건",
        "75%",
        "추진중",
    ]
    assert year_run_restored(lines, len(HEAD), 4) is None
    assert [(p, y) for p, y, _, _ in _rows(lines)] == []


def test_a_row_whose_status_went_unprinted_after_the_last_status_proves_no_pairing() -> None:
    lines = [
        *HEAD,
        "2024",
        "2025",
        "사업A",
        "10건",
        "8건",
        "80%",
        "완료",
        "사업B",
        "20건",
        "10건",
        "50%",
        "추진중",
        "사업C",
        "40건",
        "30건",
        "75%",
    ]
    assert year_run_restored(lines, len(HEAD), 4) is None


def test_as_many_years_as_rows_still_go_back_a_year_a_row() -> None:
    lines = [
        *HEAD,
        "2024",
        "2025",
        "사업A",
        "10건",
        "8건",
        "80%",
        "완료",
        "사업B",
        "20건",
        "10건",
        "50%",
        "추진중",
    ]
    assert [(p, y) for p, y, _, _ in _rows(lines)] == [("사업A", 2024), ("사업B", 2025)]


def test_a_wrapped_target_never_joins_the_project() -> None:
    # F2b: the target printed `충전소` / `20개소`: was project '수소충전소 구축 충전소'
    assert _rows([*HEAD, "2024", "수소충전소 구축", "충전소", "20개소", "10개소", "50%", "완료"]) == []
    # F2a: a project carried from the row above and a target wrapped over three lines: was project '누적 교육 이수자'
    lines = [
        *HEAD,
        "2024",
        "수소산업 인재양성",
        "3.6km",
        "3.5km",
        "97.2%",
        "완료",
        "2025",
        "누적 교육",
        "이수자",
        "1,200명",
        "900명",
        "75%",
        "추진중",
    ]
    assert _rows(lines) == [("수소산업 인재양성", 2024, "3.6km", "3.5km")]


def _read(name: str) -> tuple[dict, dict]:
    exp = load_records(CARDS / f"{name}.expected.json")
    rec = extract_file(CARDS / f"{name}.txt")
    assert len(exp) == len(rec) == 1
    return exp[0], rec[0]


def _labelled(goals: list[dict]) -> set[tuple[str, int | None, str]]:
    return {(g["project"], g["year"], g["target"]) for g in goals}


def test_the_merged_year_card_dates_no_goal_wrongly_and_leaves_its_cells_unparsed() -> None:
    exp, rec = _read("v1-merged-year")  # was goals 2025 '20개소' (the 2024 row): two wrong goal figures
    assert wrong_goal_figures(exp, rec) == []
    # since session 37 (goal_stream: a year line is no cell of a row) the rows are read, each undated: two year
    # lines over three rows (a merged year cell) prove no row's year; the year lines stay unparsed
    assert {(p, t) for p, y, t in _labelled(rec["goals"])} == {(p, t) for p, _, t in _labelled(exp["goals"])}
    assert {y for _, y, _ in _labelled(rec["goals"])} == {None}
    unparsed = [u["text"] for u in rec["unparsed"]]
    assert unparsed[-2:] == ["2024", "2025"]


def test_the_carried_wrapped_target_card_puts_no_figure_under_an_unprinted_project() -> None:
    exp, rec = _read("v2-carried-wrapped-target")  # was project '누적 교육 이수자', target '1,200명'
    assert wrong_goal_figures(exp, rec) == []
    assert _labelled(rec["goals"]) <= _labelled(exp["goals"])
    assert ("수소산업 인재양성", 2024, "3.6km") in _labelled(rec["goals"])


# F3: lost_runs indexes the mapped glyphs (pdf_glyph_index.GlyphIndex) instead of a pass over them a lost glyph


class _Counted(dict):
    """A character counting how often its left edge is read."""

    reads = 0

    def __getitem__(self, k: str) -> object:
        if k == "x0":
            _Counted.reads += 1
        return super().__getitem__(k)


def _glyph(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 10, "top": top, "bottom": top + 10, "upright": True}


def _page(rows: int) -> list[dict]:
    # the reviewer's page: each row 20 lost glyphs in a run, then 20 mapped ones
    return [
        _Counted(_glyph("(cid:3)" if k < 20 else "가", 10 + k * 10.5, 20 + r * 12))
        for r in range(rows)
        for k in range(40)
    ]


def test_lost_runs_reads_each_mapped_glyph_a_bounded_number_of_times() -> None:
    from pledgecard.extract.readers.pdf_lost_glyphs import lost_runs

    for rows in (10, 40):
        chars = _page(rows)
        _Counted.reads = 0
        runs = lost_runs(chars)
        assert len(runs) == rows and all(len(r.indices) == 20 for r in runs)
        # was about lost x mapped (20 x 20 x rows x rows: 160,000 reads at 40 rows); now a few a glyph
        assert _Counted.reads <= 4 * len(chars)


def test_the_index_parts_runs_as_the_pass_over_every_glyph_did() -> None:
    import random

    from pledgecard.extract.readers.pdf_glyph_index import GlyphIndex
    from pledgecard.extract.readers.pdf_lost_glyphs import lost_runs

    rnd = random.Random(29)
    for _ in range(30):
        chars = [
            _glyph(
                rnd.choice(["(cid:1)", "(cid:2)", "가", "1"]), rnd.uniform(0, 300), rnd.choice([20, 26, 40])
            )
            for _ in range(120)
        ]
        mapped = [c for c in chars if not c["text"].startswith("(cid")]
        index = GlyphIndex(mapped)
        for lo, hi, y in [(rnd.uniform(0, 300), rnd.uniform(0, 300), rnd.uniform(15, 55)) for _ in range(50)]:
            brute = any(lo <= c["x0"] < hi and c["top"] <= y <= c["bottom"] for c in mapped)
            assert index.any_between(lo, hi, y) == brute
        runs = lost_runs(chars)
        assert sorted(i for r in runs for i in r.indices) == [
            k for k, c in enumerate(chars) if c["text"][0] == "("
        ]


# F4: one measure of a lost glyph for the whole-page OCR and the runs' rereading; no run read twice on a Replan


class _Layers:
    """Scan layers that count the renders asked of them (a reread renders its page before any OCR)."""

    def __init__(self) -> None:
        self.renders = 0

    def image(self, page: object, dpi: int) -> None:
        self.renders += 1
        return None


def test_a_page_ocr_reads_whole_is_not_read_run_by_run_first() -> None:
    from pledgecard.extract.readers.pdf import ocr_needed
    from pledgecard.extract.readers.pdf_lost_glyphs import LostGlyphReader, layer_lost, lost_share
    from pledgecard.extract.readers.pdf_page import PageModel

    # 2 lost glyphs, 3 private-use bullets, 1 letter: its runs' share 1/3, its layer's 5/6 (OCR'd whole)
    chars = [
        _glyph("(cid:3)", 10, 20),
        _glyph("(cid:4)", 20, 20),
        _glyph("\uf0a7", 10, 40),
        _glyph("\uf0a7", 10, 60),
        _glyph("\uf0a7", 10, 80),
        _glyph("가", 40, 20),
    ]
    assert 0 < lost_share(chars) <= 0.5
    assert ocr_needed([(len(chars), sum(1 for c in chars if layer_lost(c["text"])))], "auto") == [1]
    layers = _Layers()
    with LostGlyphReader(layers) as reader:
        notes: list[str] = []
        assert not reader.reread(PageModel(1, 600, 800, chars), notes)
    assert (notes, layers.renders) == (
        [],
        0,
    )  # was: its page rendered for its runs (or a note of OCR unavailable)


def _lost_label_pdf() -> bytes:
    from weasyprint import HTML

    from samples.pdf_unmapped import LABEL_FONT, unmapped_labels

    rows = "".join(
        f"<tr><td class='x'>{a}</td><td>{c}</td></tr>" for a, c in [("시비", "30"), ("민자", "54")]
    )
    page = (
        f"<html><head><style>body {{ font-family: 'NanumGothic'; font-size: 11pt; }} td.x {{ font-family: "
        f"'{LABEL_FONT}'; }} td {{ border: 1px solid black; padding: 3pt 8pt; }}</style></head><body><p>재원 "
        f"투자계획 본문 문장이 여기 길게 인쇄되어 있습니다</p><table>{rows}</table></body></html>"
    )
    return unmapped_labels(HTML(string=page).write_pdf(uncompressed_pdf=True))


def test_a_sheet_loaded_again_on_a_replan_is_not_read_by_ocr_again(monkeypatch) -> None:
    import pytest

    from pledgecard.extract.readers import ocr
    from pledgecard.extract.readers.pdf_engine import open_pdf
    from pledgecard.extract.readers.pdf_lost_glyphs import LostGlyphReader
    from pledgecard.extract.readers.pdf_scan_layer import scan_layers

    if not ocr.available():
        pytest.skip("Tesseract (kor) is not installed")
    calls = []
    read_line = ocr.read_line
    monkeypatch.setattr(ocr, "read_line", lambda *a, **k: calls.append(1) or read_line(*a, **k))
    data = _lost_label_pdf()
    with open_pdf(data, "pdfium") as pdf, scan_layers(data) as layers, LostGlyphReader(layers) as reader:
        first, again = (
            next(iter(pdf.pages()))(),
            next(iter(pdf.pages()))(),
        )  # the sheet loaded twice (pdf.Replan)
        notes: list[str] = []
        assert reader.reread(first, notes)
        n = len(calls)
        assert n > 0
        assert reader.reread(again, notes)
        assert len(calls) == n  # was 2n: the same runs read by OCR again
        assert again.chars == first.chars
        assert len(notes) == 2 and notes[0] == notes[1]


# F5: one "darker than its own surroundings" filter (ocr_local_rules.darkness) for the rule finder's local rules
# and the faint strokes of ocr_image.faint_ink


def test_one_darkness_filter_a_thin_stroke_on_a_fill_is_dark_the_fill_is_not() -> None:
    import numpy as np

    from pledgecard.extract.readers.ocr_image import faint_ink
    from pledgecard.extract.readers.ocr_local_rules import darkness, locally_dark

    grey = np.full((80, 120), 250, dtype=np.uint8)
    grey[20:60, 10:110] = 170  # a shaded head cell's fill
    grey[39:41, 10:110] = 60  # a rule printed across it
    grey[70:72, 10:110] = 120  # a faint rule on the paper
    depth = darkness(grey, 13)
    assert depth[30, 60] == 0 and depth[40, 60] >= 100 and depth[71, 60] >= 100
    assert np.array_equal(locally_dark(grey), depth > 48)
    faint = faint_ink(grey)
    assert faint[40, 60] and faint[71, 60] and not faint[30, 60]
