"""Scanned cards (issue 15): Korean OCR for PDF pages without a usable text layer.

The golden tests scan sample cards of three templates the way an archive would (printed,
rasterised at 200 dpi in grey, slightly skewed, dusty: samples/render_scan.py), convert them
through the CLI and score the records; the unit tests pin each step on made-up images.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from pledgecard.errors import NoTextLayerError, OcrUnavailableError
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import ocr
from pledgecard.extract.readers.ocr import Word, in_reading_order, restore_marker, text_bands, word_chars
from pledgecard.extract.readers.ocr_image import estimate_skew, rotate, table_cells
from pledgecard.extract.readers.pdf import ocr_needed, read
from pledgecard.scoring import Tally, score_record
from samples.render_scan import scan_pdf

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"
FIXTURES = REPO / "tests" / "fixtures" / "pdf"
WRONG_FIGURES = REPO.parent / "shared" / "tools" / "wrong_figures.py"
SCANNED = (101, 105, 107)  # three templates: headings as lines, a label column, a body table across pages

BOX = (0.0, 0.0, 6.0, 10.0)


def words(*specs: tuple[str, bool]) -> list[Word]:
    return [Word(spaced=spaced, symbols=[(ch, 96.0, BOX) for ch in text]) for text, spaced in specs]


def line_text(ws: list[Word]) -> str:
    return " ".join("".join(t for t, _, _ in w.symbols) for w in ws)


# ------------------------------------------------------------------------------ units


def test_a_doubtful_figure_carries_the_lost_glyph_so_no_number_is_read_from_it() -> None:
    sure = word_chars([("1", 96.0, BOX), ("7", 96.0, BOX)], spaced=False)
    doubtful = word_chars([("1", 96.0, BOX), ("7", 40.0, BOX)], spaced=True)
    assert [c["text"] for c in sure] == ["1", "7"]
    assert [c["text"] for c in doubtful] == [" ", "1", "7", "\ufffd"]
    letters = word_chars([("사", 30.0, BOX), ("업", 30.0, BOX)], spaced=False)
    assert [c["text"] for c in letters] == ["사", "업"]  # text is not a figure: kept as read


def test_letters_share_the_word_box_in_the_order_read() -> None:
    chars = word_chars(
        [("2", 96.0, (10.0, 0.0, 20.0, 10.0)), ("0", 96.0, (5.0, 0.0, 12.0, 10.0))], spaced=False
    )
    assert [c["text"] for c in chars] == ["2", "0"]
    assert chars[0]["x0"] < chars[1]["x0"] and chars[0]["x1"] <= chars[1]["x0"] + 1e-9


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ([("ㅁ", False), ("추진실적", True)], "□ 추진실적"),
        ([("ㅁㅁ", False), ("사업개요", True)], "□ 사업개요"),
        ([("ㅇ", False), ("사업기간", False)], "○ 사업기간"),
        ([("0", False), ("창업보육센터", True)], "○ 창업보육센터"),
        ([(":", False), ("교육부", True)], "· 교육부"),
        ([("0", False), ("건", False)], "0 건"),  # glued to its unit: a count, not a bullet
        ([("0", False), ("2024", True)], "0 2024"),  # before a number: a figure
        ([("0", False)], "0"),  # a cell holding 0
    ],
)
def test_bullet_look_alikes_at_a_line_start_become_bullets(
    line: list[tuple[str, bool]], expected: str
) -> None:
    ws = words(*line)
    restore_marker(ws)
    assert line_text(ws) == expected


def test_a_word_whose_box_starts_inside_the_previous_one_is_moved_after_it() -> None:
    ws = [
        Word(
            False,
            [("'", 96.0, (0.0, 0, 5, 10)), ("2", 96.0, (5.0, 0, 15, 10)), ("6", 96.0, (15.0, 0, 40, 10))],
        ),
        Word(False, [("1", 96.0, (30.0, 0, 35, 10))]),  # inside the word before it
        Word(False, [("월", 96.0, (36.0, 0, 50, 10))]),
    ]
    in_reading_order(ws)
    starts = [min(b[0] for _, _, b in w.symbols) for w in ws]
    assert starts == sorted(starts) and starts[1] >= 40.0
    chars = [c for w in ws for c in word_chars(w.symbols, spaced=False)]
    assert "".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])) == "'261월"


def test_text_bands_count_printed_lines() -> None:
    img = np.full((100, 200), 255, dtype=np.uint8)
    assert text_bands(img) == 0
    img[10:30, 20:180] = 0
    assert text_bands(img) == 1
    img[50:70, 20:180] = 0
    assert text_bands(img) == 2


def _grid_image(open_bottom: bool) -> np.ndarray:
    """A page with a 3 x 2 ruled table at its bottom; ``open_bottom``: cut by a page break."""
    import cv2

    page = np.full((1400, 1000), 255, dtype=np.uint8)
    xs, ys = [100, 400, 900], [900, 1050, 1200, 1380]
    for y in ys[:-1] + ([] if open_bottom else ys[-1:]):
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 3)
    return page


@pytest.mark.parametrize("open_bottom", [False, True])
def test_ruled_cells_are_found_in_the_image_also_when_the_page_break_cuts_the_table(
    open_bottom: bool,
) -> None:
    from pledgecard.extract.readers.ocr_image import rule_mask

    ink = _grid_image(open_bottom) < 128
    (table,) = table_cells(rule_mask(ink))
    assert len(table.cells) == 6
    assert (table.open_bottom is not None) == open_bottom
    assert table.open_top is None


def test_skew_is_measured_and_undone() -> None:
    page = np.full((800, 1000), 255, dtype=np.uint8)
    for y in range(100, 700, 40):  # printed rows
        page[y : y + 12, 100:900] = 0
    turned = rotate(page, 1.5)
    assert abs(estimate_skew(turned < 128) + 1.5) <= 0.2


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("auto", [2, 3]), ("always", [1, 2, 3, 4]), ("never", [])],
)
def test_pages_that_need_ocr(mode: str, expected: list[int]) -> None:
    counts = [(500, 0), (0, 0), (400, 390), (300, 10)]  # text, no text layer, garbled, a few lost glyphs
    assert ocr_needed(counts, mode) == expected


# ------------------------------------------------------------------------------ reader


def test_without_ocr_a_scan_is_refused_with_one_line() -> None:
    data = (FIXTURES / "scan.pdf").read_bytes()
    with pytest.raises(NoTextLayerError, match="no text layer, OCR needed"):
        read(data, path="scan.pdf", limits=Limits(ocr="never"))


def test_missing_korean_model_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "TESSDATA_DIRS", ())
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    data = (FIXTURES / "scan.pdf").read_bytes()
    with pytest.raises(OcrUnavailableError) as info:
        read(data, path="scan.pdf", limits=Limits())
    assert info.value.code == "ocr_unavailable"
    assert "tesseract-ocr-kor" in info.value.reason and "\n" not in info.value.reason


def test_a_scanned_page_is_read_into_paragraphs_with_their_bullets() -> None:
    doc = read((FIXTURES / "scan.pdf").read_bytes(), path="scan.pdf", limits=Limits())
    assert doc.ocr_pages == [1]
    lines = [(p.marker, p.text) for p in doc.paragraphs()]
    assert lines[0] == (None, "도지사 공약사업 관리카드")
    assert lines[1] == ("□", "사업개요")
    assert lines[2][1] == "사업기간 : 2022. 5월 ~ 2027. 2월"
    assert any("read by OCR" in n for n in doc.notes)


def test_ocr_always_reads_a_text_pdf_by_ocr_too() -> None:
    data = (CORPUS / "card-00101-pdf.pdf").read_bytes()
    doc = read(data, path="card.pdf", limits=Limits(ocr="always"))
    assert doc.ocr_pages == list(range(1, doc.n_pages + 1))
    assert any(c.text == "인재육성과" for t in doc.tables() for c in t.cells)


# ------------------------------------------------------------------------------ golden, through the CLI


@pytest.fixture(scope="module")
def scanned_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Scans of three sample cards with their expected records, run through `pledgecard run`."""
    src = tmp_path_factory.mktemp("scans")
    for n in SCANNED:
        name = f"card-{n:05d}-scan"
        (src / f"{name}.pdf").write_bytes(scan_pdf((CORPUS / f"card-{n:05d}-pdf.pdf").read_bytes(), seed=n))
        exp = json.loads((CORPUS / f"card-{n:05d}-pdf.expected.json").read_text(encoding="utf-8"))
        exp["source"]["file"] = f"{name}.pdf"
        (src / f"{name}.expected.json").write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pledgecard",
            "run",
            str(src),
            "-o",
            str(out),
            "--workers",
            "2",
            "--fail-on",
            "never",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert proc.returncode == 0, proc.stderr
    return src, out


@pytest.mark.slow
def test_scanned_cards_score_at_least_090(scanned_run: tuple[Path, Path]) -> None:
    src, out = scanned_run
    records = {
        json.loads(line)["source"]["file"]: json.loads(line)
        for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    }
    total = Tally()
    for n in SCANNED:
        name = f"card-{n:05d}-scan"
        exp = json.loads((src / f"{name}.expected.json").read_text(encoding="utf-8"))
        got = records[f"{name}.pdf"]
        assert got["source"]["ocr_pages"] == list(
            range(got["source"]["page_start"], got["source"]["page_end"] + 1)
        )
        t = score_record(exp, got)
        assert t.score() >= 0.80, f"{name}: {t.score():.3f}"
        total.merge(t, prefix=f"{name}: ")
    misses = [n for g in total.groups.values() for n in g.notes][:15]
    assert total.score() >= 0.90, f"{total.score():.3f}\n" + "\n".join(misses)


@pytest.mark.slow
def test_no_wrong_figure_from_a_scan_lacks_a_finding(scanned_run: tuple[Path, Path]) -> None:
    src, out = scanned_run
    proc = subprocess.run(
        [sys.executable, str(WRONG_FIGURES), str(src), str(out), "--list"],
        capture_output=True,
        text=True,
        check=True,
    )
    last = proc.stdout.strip().splitlines()[-1]
    assert last.endswith("silent 0"), proc.stdout


@pytest.mark.slow
def test_the_report_marks_cards_read_by_ocr(scanned_run: tuple[Path, Path]) -> None:
    _, out = scanned_run
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count('class="sev ocr"') == len(SCANNED)
    pages = sorted((out / "report" / "cards").glob("*.html"))
    assert len(pages) == len(SCANNED)
    assert all('id="ocr-mark"' in p.read_text(encoding="utf-8") for p in pages)


def test_the_ocr_readers_go_into_ocr_by_one_public_interface() -> None:
    """The readers of 2-up sheets (ocr_sheets) render and read through ``ocr.ocr_rendered``, the one way into OCR
    that ``ocr_pdf_pages`` takes too, no private name of the ocr module (review: ocr_sheets imported
    ``ocr._engines`` and copied its rendering): each sheet rendered at its zoom and handed over with its size in
    points and the loaded engines, a sheet that cannot be rendered one line, the others read."""
    import ast

    from pledgecard.extract.readers import ocr_sheets

    tree = ast.parse(Path(ocr_sheets.__file__).read_text(encoding="utf-8"))
    names = [
        a.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith(".ocr")
        for a in node.names
    ]
    assert "ocr_rendered" in names and not [n for n in names if n.startswith("_")], names
    if not ocr.available():
        return
    data = (REPO / "samples" / "families" / "moa-city" / "moa-city-88001-pdf.pdf").read_bytes()
    seen: list[tuple[int, tuple[int, ...], float, float]] = []

    def read_sheet(
        api: ocr.Engines, grey: np.ndarray, n: int, width: float, height: float
    ) -> list[ocr.OcrPage]:
        assert api.text is not None
        seen.append((n, grey.shape, width, height))
        return [ocr.OcrPage(n, width, height)]

    pages, failed = ocr.ocr_rendered(data, [(1, 0.5), (9, 1.0)], read_sheet)
    assert [p.number for p in pages] == [1] and len(failed) == 1 and failed[0].startswith("page 9: ")
    [(n, shape, width, height)] = seen
    assert n == 1 and abs(shape[1] - width / 2) <= 1 and abs(shape[0] - height / 2) <= 1
