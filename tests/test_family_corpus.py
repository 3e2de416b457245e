"""The committed family corpus (samples/families/) is what the generator writes, and the corpus path's shortcuts
write the same files as the plain renderers.

The corpus test re-renders all 81 families x 2 seeds x txt/pdf/hwp/hwpx, a family a case: in a module of its
own, xdist's ``--dist loadfile`` (pyproject addopts) hands it to one worker while the other runs
tests/test_families.py's family scores, instead of both in one module on one worker. The corpus path converts a
card's HWP from its HWPX (samples.render_hwp.hwp_from_hwpx, one python-hwpx build and archive validation for the
two formats) and maps each HWPX table grid once (samples.render_hwpx's cell lookup): the tests below hold both to
the files the full path (render_hwp: a build and validation of its own; ``table.cell``) writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_families import FAMILY_DIR, _data_files, _document_text, _expected_for, _fmt

from samples import generate
from samples.families import FAMILIES, family_records, family_seeds
from samples.layout import bound
from samples.render_hwp import render_hwp
from samples.render_hwpx import _cell_lookup, _new_document


def test_the_committed_corpus_has_every_family_and_no_other_folder() -> None:
    """The corpus test below runs a family a case: together they are the whole committed corpus."""
    assert sorted(p.name for p in FAMILY_DIR.iterdir() if p.is_dir()) == sorted(f.name for f in FAMILIES)


# A family a case (suitetime, session 33): xdist's ``--dist loadfile`` queues the modules with the most tests first,
# so this module, one test of ~150 CPU-s before, no longer starts last and runs alone while the other worker idles.
@pytest.mark.parametrize("name", [f.name for f in FAMILIES])
def test_committed_family_corpus_is_what_the_generator_writes(name: str, tmp_path: Path) -> None:
    """Text dumps byte for byte; PDF (its bytes depend on the WeasyPrint and font versions) and
    HWP/HWPX (python-hwpx writes fresh ids each time) by their expected records and the text read back."""
    generate.family_corpus(tmp_path, [name])
    new_files = _data_files(tmp_path / name)
    assert [p.name for p in new_files] == [p.name for p in _data_files(FAMILY_DIR / name)]
    for new in new_files:
        old = FAMILY_DIR / name / new.name
        if _fmt(new) == "txt":
            assert old.read_bytes() == new.read_bytes(), old.name
            assert _expected_for(old) == _expected_for(new), old.name
            continue
        strip = [{**r, "source": {**r["source"], "sha256": None}} for r in _expected_for(old)]
        assert strip == [{**r, "source": {**r["source"], "sha256": None}} for r in _expected_for(new)]
        # the text read back is a function of the file's bytes: a file written byte for byte as committed (the
        # PDFs, where WeasyPrint and the fonts are the committed ones) reads the same text without reading both
        assert old.read_bytes() == new.read_bytes() or _document_text(old) == _document_text(new), old.name


def _hwp_styles() -> list:
    """One family for each way a family's HWP document is built differently (booklet, memo, text boxes,
    newspaper columns, slides, watermark, running header, landscape, shaded headings), and the first family."""
    kinds = [
        bound,
        lambda s: s.memo,
        lambda s: s.text_boxes,
        lambda s: s.page_columns > 1,
        lambda s: s.slide_deck,
        lambda s: s.watermark,
        lambda s: s.running_header,
        lambda s: s.landscape,
        lambda s: s.heading_shade,
    ]
    picked = [FAMILIES[0]]
    for kind in kinds:
        fam = next((f for f in FAMILIES if kind(f.style)), None)
        if fam is not None and fam not in picked:
            picked.append(fam)
    return picked


def test_an_hwp_converted_from_its_hwpx_is_the_file_render_hwp_writes(tmp_path: Path) -> None:
    """write_files' HWP (converted from the HWPX written beside it) against render_hwp's own build, save and
    archive validation: the same bytes, its expected record the one write_file gives; every family kind."""
    families = _hwp_styles()
    assert len(families) >= 6
    for fam in families:
        seed = family_seeds(fam, 1)[0]
        records = family_records(fam, seed)
        stem = f"{fam.name}-{seed}"
        pair, alone = tmp_path / "pair", tmp_path / "alone"
        pair.mkdir(exist_ok=True)
        alone.mkdir(exist_ok=True)
        hwp, hwpx = generate.write_files(pair, stem, ("hwp", "hwpx"), records, fam.style)
        assert (hwp.suffix, hwpx.suffix) == (".hwp", ".hwpx")
        plain = generate.write_file(alone, stem, "hwp", records, fam.style)
        assert hwp.read_bytes() == plain.read_bytes(), fam.name
        assert _expected_for(hwp) == _expected_for(plain), fam.name
        direct = tmp_path / "direct.hwp"
        render_hwp(records, direct, style=fam.style)
        assert direct.read_bytes() == hwp.read_bytes(), fam.name
        assert _document_text(hwp) == _document_text(FAMILY_DIR / fam.name / hwp.name), fam.name


def test_write_files_keeps_the_formats_order_and_renders_an_hwp_alone(tmp_path: Path) -> None:
    fam = FAMILIES[0]
    seed = family_seeds(fam, 1)[0]
    records = family_records(fam, seed)
    paths = generate.write_files(tmp_path, f"{fam.name}-{seed}", ("txt", "hwp", "hwpx"), records, fam.style)
    assert [p.suffix for p in paths] == [".txt", ".hwp", ".hwpx"]
    (tmp_path / "alone").mkdir()
    (only,) = generate.write_files(tmp_path / "alone", f"{fam.name}-{seed}", ("hwp",), records, fam.style)
    assert only.read_bytes() == paths[1].read_bytes()


def test_the_cell_lookup_is_table_cell_on_a_merged_grid() -> None:
    """The grid mapped once names the cell ``table.cell`` names at every position, merged spans included."""
    doc = _new_document()
    table = doc.add_table(4, 4)
    table.merge_cells(0, 0, 0, 2)
    table.merge_cells(1, 3, 3, 3)
    table.merge_cells(2, 0, 3, 1)
    cell_at = _cell_lookup(table)
    for row in range(4):
        for col in range(4):
            assert cell_at(row, col).element is table.cell(row, col).element, (row, col)
    assert cell_at(0, 2).element is cell_at(0, 0).element and cell_at(3, 3).element is cell_at(1, 3).element
