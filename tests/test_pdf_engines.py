"""The pdfium engine gives the pdfplumber engine's records, field by field, on every PDF we have.

Corpus: the generated cards (samples/corpus), the reader's fixtures (tests/fixtures/pdf) and the
seed card rendered to PDF. pdfium computes in single precision, so coordinates and sizes are
compared to within ``COORD_TOL`` (a thousandth of a point; the largest difference seen is
about 0.0003); every other field (text, font name, uprightness, object type, orientation,
counts and order of characters, lines, rectangles, curves and edges) must be equal. The
documents both engines read must be equal too, box corners to within a rounding step.
The project's table finder (pdf_ruling) is checked against pdfplumber's on the same pages.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard.errors import EncryptedFileError, NoTextLayerError
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.pdf import read
from pledgecard.extract.readers.pdf_engine import ENGINES, open_pdf
from pledgecard.extract.readers.pdf_grids import SETTINGS
from pledgecard.extract.readers.pdf_page import PageModel, edges_of
from pledgecard.extract.readers.pdf_ruling import find_cells

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "pdf"
SEED_EXPECTED = REPO.parent / "shared" / "spec" / "seed.expected.json"
CORPUS = sorted((REPO / "samples" / "corpus").glob("*.pdf")) + sorted(FIXTURES.glob("*.pdf"))
COORD_TOL = 1e-3
BBOX_TOL = 0.0101  # document boxes are rounded to 0.01: a last-digit flip is allowed
# unmapped.pdf: glyphs without a usable ToUnicode map. pdfium reads one glyph's code as the
# character of that code point where pdfminer writes (cid:N); both engines refuse the file.
UNMAPPED = FIXTURES / "unmapped.pdf"


@functools.cache
def _pages_of(path: Path, engine: str) -> list[PageModel]:
    return _pages(path.read_bytes(), engine)


def _pages(data: bytes, engine: str) -> list[PageModel]:
    with open_pdf(data, engine) as pdf:
        return [load() for load in pdf.pages()]


def _same(a: Any, b: Any, where: str) -> None:
    if isinstance(a, float) or isinstance(b, float):
        assert isinstance(a, int | float) and isinstance(b, int | float), where
        assert abs(a - b) <= COORD_TOL, f"{where}: {a} != {b}"
    elif isinstance(a, list | tuple):
        assert isinstance(b, list | tuple) and len(a) == len(b), f"{where}: {a!r} != {b!r}"
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            _same(x, y, f"{where}[{k}]")
    elif isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), f"{where}: keys {a.keys()} != {b.keys()}"
        for k in a:
            _same(a[k], b[k], f"{where}.{k}")
    else:
        assert a == b, f"{where}: {a!r} != {b!r}"


def assert_same_records(path: Path) -> int:
    """Every record of every page equal between the engines; returns the number of records."""
    name = path.name
    ref, fast = _pages_of(path, "pdfplumber"), _pages_of(path, "pdfium")
    assert len(ref) == len(fast), name
    n = 0
    for p, q in zip(ref, fast, strict=True):
        _same((p.width, p.height), (q.width, q.height), f"{name} p{p.number} size")
        for kind in ("chars", "lines", "rects", "curves"):
            _same(getattr(p, kind), getattr(q, kind), f"{name} p{p.number} {kind}")
            n += len(getattr(p, kind))
        _same(edges_of(p), edges_of(q), f"{name} p{p.number} edges")
        n += len(edges_of(p))
    return n


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from samples.render_pdf import render_pdf
    from samples.style import Style

    path = tmp_path_factory.mktemp("seed") / "seed.pdf"
    render_pdf([json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))], path, style=Style.pick(1))
    return path


def test_both_engines_are_registered() -> None:
    assert set(ENGINES) == {"pdfplumber", "pdfium"}
    with pytest.raises(ValueError, match="unknown PDF engine"):
        open_pdf(b"%PDF-1.4", "nope")


@pytest.mark.parametrize(
    "path", [p for p in CORPUS if p.name not in {"locked.pdf", UNMAPPED.name}], ids=lambda p: p.name
)
def test_pdfium_records_equal_pdfplumber_records(path: Path) -> None:
    n = assert_same_records(path)
    if path.name != "scan.pdf":
        assert n > 0


def test_pdfium_records_equal_pdfplumber_records_on_the_rendered_seed(seed_pdf: Path) -> None:
    assert assert_same_records(seed_pdf) > 1000


def test_unmapped_glyphs_differ_in_one_glyph_only_and_both_engines_send_the_page_to_ocr() -> None:
    data = UNMAPPED.read_bytes()
    ref, fast = _pages(data, "pdfplumber"), _pages(data, "pdfium")
    texts = [(c["text"], d["text"]) for c, d in zip(ref[0].chars, fast[0].chars, strict=True)]
    assert {pair for pair in texts if pair[0] != pair[1]} == {("(cid:2190)", chr(2190))}
    for engine in ENGINES:
        with pytest.raises(NoTextLayerError):
            read(data, path="unmapped.pdf", limits=Limits(pdf_engine=engine, ocr="never"))
        assert read(data, path="unmapped.pdf", limits=Limits(pdf_engine=engine)).ocr_pages == [1]


def test_both_engines_refuse_a_password_protected_pdf() -> None:
    for engine in ENGINES:
        with pytest.raises(EncryptedFileError):
            read((FIXTURES / "locked.pdf").read_bytes(), path="locked.pdf", limits=Limits(pdf_engine=engine))


def _close(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= BBOX_TOL
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_close(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_close(a[k], b[k]) for k in a)
    return bool(a == b)


@pytest.mark.parametrize(
    "path",
    [p for p in CORPUS if p.name not in {"locked.pdf", "unmapped.pdf", "scan.pdf"}],
    ids=lambda p: p.name,
)
def test_both_engines_read_the_same_document(path: Path) -> None:
    docs = [
        dataclasses.asdict(read(path.read_bytes(), path=path.name, limits=Limits(pdf_engine=e)))
        for e in ("pdfplumber", "pdfium")
    ]
    assert docs[0]["blocks"], path.name
    assert _close(docs[0], docs[1]), path.name


@pytest.mark.parametrize("path", [p for p in CORPUS if p.name not in {"locked.pdf"}], ids=lambda p: p.name)
def test_own_table_finder_finds_pdfplumbers_cells_and_tables(path: Path) -> None:
    import pdfplumber

    settings = {
        "vertical_strategy": "lines",
        "horizontal_strategy": "lines",
        "snap_tolerance": 3,
        "join_tolerance": 3,
        "intersection_tolerance": 3,
        "edge_min_length": 3,
    }
    with pdfplumber.open(path) as pdf:
        models = _pages_of(path, "pdfplumber")
        for page, model in zip(pdf.pages, models, strict=True):
            theirs = page.debug_tablefinder(settings)
            ours = find_cells(edges_of(model), SETTINGS)  # every edge, a shading's too
            assert ours.cells == [tuple(c) for c in theirs.cells]
            assert ours.tables == [(tuple(t.bbox), [tuple(c) for c in t.cells]) for t in theirs.tables]


def test_pdf_engine_option_reaches_the_limits_and_both_engines_give_the_same_records(tmp_path: Path) -> None:
    from pledgecard.cli import build_parser, main
    from pledgecard.commands.extract import limits_from

    for command in ("extract", "run"):
        args = build_parser().parse_args([command, "x.pdf", "--pdf-engine", "pdfplumber"])
        assert limits_from(args).pdf_engine == "pdfplumber"
    assert limits_from(build_parser().parse_args(["extract", "x.pdf"])).pdf_engine == Limits().pdf_engine
    with pytest.raises(SystemExit) as exc:
        build_parser().parse_args(["extract", "x.pdf", "--pdf-engine", "nope"])
    assert exc.value.code == 2
    corpus = REPO / "samples" / "corpus"
    pdfs = [str(p) for p in sorted(corpus.glob("multi-*.pdf"))[:1]]  # one file, several cards
    records = []
    for engine in ENGINES:
        out = tmp_path / engine
        assert (
            main(["extract", *pdfs, "-o", str(out), "--pdf-engine", engine, "--workers", "1", "--quiet"]) == 0
        )
        records.append((out / "records.jsonl").read_text(encoding="utf-8"))
    assert records[0].count("\n") >= 2
    assert records[0] == records[1]


def _variant(kind: str, path: Path) -> Path:
    """card.pdf with a crop box inside its media box, turned a quarter, or a media box off the origin."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject

    writer = PdfWriter()
    for page in PdfReader(FIXTURES / "card.pdf").pages:
        writer.add_page(page)
    for page in writer.pages:
        if kind == "cropped":
            page.cropbox = RectangleObject([20, 30, 580, 800])
        elif kind == "rotated":
            page.rotate(90)
        else:
            page.mediabox = RectangleObject([-10, -20, 585, 822])
            page.cropbox = RectangleObject([-10, -20, 585, 822])
    writer.write(path)
    return path


@pytest.mark.parametrize("kind", ["cropped", "rotated", "offset"])
def test_page_geometry_variants_give_the_same_records_and_document(kind: str, tmp_path: Path) -> None:
    path = _variant(kind, tmp_path / f"{kind}.pdf")
    assert assert_same_records(path) > 1000
    docs = [
        dataclasses.asdict(read(path.read_bytes(), path=path.name, limits=Limits(pdf_engine=e)))
        for e in ("pdfplumber", "pdfium")
    ]
    assert docs[0]["blocks"] and _close(docs[0], docs[1])
