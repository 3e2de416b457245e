"""The suite's cheaper paths hold the same outcomes (session 33, suitetime):

- ``samples.render_pdf.font_config``: one WeasyPrint font configuration a process for every card laid out; a card
  rendered with it is byte for byte the PDF a render with a configuration of its own writes (cards whose labels
  are set in a face of their own, watermarked, bound as a booklet, and the first family), so
  tests/test_family_corpus.py may skip reading back a PDF written byte for byte as committed;
- tests/test_family_corpus.py's corpus test runs a family a case, every committed family one of its cases;
- tests/test_text_layout.py reads the families' committed PDFs through ``conftest.committed_records`` (read once
  a session, shared with tests/test_families.py): its scores are the extractor's;
- ``conftest.committed_results``: ``process_file`` of a committed file once a session (tests/test_finding_locations.py
  reads the findings of the files test_families reads), ``committed_records`` its records: ``extract_file``'s.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_text_layout import FAMILY_LAYOUT, _pdf_of, _scores

from pledgecard import extract_file
from samples.families import FAMILIES, family_records, family_seeds
from samples.layout import bound
from samples.render_pdf import font_config, render_pdf

REPO = Path(__file__).resolve().parents[1]
FAMILY_DIR = REPO / "samples" / "families"


def _pdf_kinds() -> list[str]:
    """The first family, and one family for each style that sets its PDF's fonts or layout apart."""
    kinds = [lambda s: s.pdf_unmapped_labels, lambda s: s.watermark, bound, lambda s: s.running_header]
    picked = [FAMILIES[0]]
    for kind in kinds:
        fam = next((f for f in FAMILIES if kind(f.style)), None)
        if fam is not None and fam not in picked:
            picked.append(fam)
    return [f.name for f in picked]


def test_the_font_configuration_is_one_a_process() -> None:
    assert font_config() is font_config()


@pytest.mark.parametrize("name", _pdf_kinds())
def test_a_pdf_laid_out_with_the_shared_fonts_is_the_committed_pdf(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The committed PDF (written before the shared configuration), the PDF written with the shared configuration
    and one written with a fresh configuration of its own for the render: the same bytes."""
    from weasyprint.text.fonts import FontConfiguration

    from samples import render_pdf as module

    fam = next(f for f in FAMILIES if f.name == name)
    seed = family_seeds(fam, 1)[0]
    records = family_records(fam, seed)
    shared = tmp_path / "shared.pdf"
    render_pdf(records, shared, style=fam.style)
    monkeypatch.setattr(module, "font_config", FontConfiguration)  # a configuration of its own a render
    fresh = tmp_path / "fresh.pdf"
    render_pdf(records, fresh, style=fam.style)
    committed = FAMILY_DIR / name / f"{name}-{seed}-pdf.pdf"
    assert shared.read_bytes() == fresh.read_bytes() == committed.read_bytes(), name


def test_the_corpus_test_has_a_case_a_committed_family() -> None:
    import test_family_corpus

    [mark] = [
        m
        for m in test_family_corpus.test_committed_family_corpus_is_what_the_generator_writes.pytestmark
        if m.name == "parametrize"
    ]
    assert sorted(mark.args[1]) == sorted(p.name for p in FAMILY_DIR.iterdir() if p.is_dir())


@pytest.mark.parametrize("dump", sorted(FAMILY_LAYOUT.glob("*-layout.txt"))[:3], ids=lambda p: p.name)
def test_the_layout_modules_committed_reads_are_the_extractors(dump: Path) -> None:
    """A family's layout dump and its PDF, both committed: ``_scores`` hands back what ``extract_file`` reads."""
    for path in (dump, _pdf_of(dump)):
        assert [g for _, _, g in _scores(path)] == extract_file(path), path.name


@pytest.mark.parametrize(
    "name", ["gaon-city/gaon-city-11006-txt.txt", "angae-county/angae-county-95001-hwpx.hwpx"]
)
def test_a_committed_result_is_process_files_and_its_records_extract_files(name: str) -> None:
    """tests/test_finding_locations.py's findings and test_families' records come from one read of a file."""
    from pledgecard.pipeline import process_file

    from conftest import committed_records, committed_results

    path = FAMILY_DIR / name
    res, fresh = committed_results(path), process_file(path)
    assert (res.status, res.records, res.provenance, res.notes) == (
        "ok",
        fresh.records,
        fresh.provenance,
        fresh.notes,
    )
    assert res.records and len(res.provenance) == len(res.records)
    assert committed_records(path) == extract_file(path) == res.records
    res.provenance.clear()  # a caller changing what it got changes no later read
    assert committed_results(path).provenance == fresh.provenance


def test_a_file_that_fails_raises_what_extract_file_raises(tmp_path: Path) -> None:
    from pledgecard.errors import PledgecardError

    from conftest import committed_records

    path = tmp_path / "no-card.txt"
    path.write_text("회의록\n\n참석자 명단과 안건만 적힌 문서.\n", encoding="utf-8")
    with pytest.raises(PledgecardError) as direct:
        extract_file(path)
    with pytest.raises(type(direct.value)) as cached:
        committed_records(path)
    assert str(cached.value) == str(direct.value)
