"""Real public HWP 5 / HWPX documents (not cards) through the readers and the pipeline.

Every file must come out as ``no_card`` (read, no card in it) or ``failed`` with a specific
reason, never ``internal`` (an unexpected exception). Two files are also checked against text
and cell positions read by hand from the documents (the HWP one cross-checked with the
document's own PrvText preview stream, the HWPX one with its section XML).
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from pledgecard.errors import EncryptedFileError
from pledgecard.extract.document import Document, Paragraph, Table
from pledgecard.extract.readers import read_path
from pledgecard.extract.readers.hwp_container import DISTDOC_NOTE
from pledgecard.pipeline import process_file

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
NTS = CORPUS / "nts-rulings-hwp"
PUBLIC = CORPUS / "public-hwp"
FILES = sorted(NTS.glob("*.hwp")) + sorted(p for p in PUBLIC.iterdir() if p.suffix in (".hwp", ".hwpx"))
# Files that cannot be read, and why: a password and a third-party DRM wrapper (MarkAny).
PASSWORD = PUBLIC / "pyhwp__password-12345.hwp"
DRM_WRAPPED = {NTS / "02-010000000000141847.hwp", NTS / "02-010000000000146096.hwp"}
EMPTY_TABLE = PUBLIC / "pyhwp__table.hwp"  # pyhwp's fixture: one table of empty cells
DISTRIBUTION = [PUBLIC / "hwplib__distribution.hwp", PUBLIC / "pyhwp__viewtext.hwp"]


@dataclass(frozen=True, slots=True)
class Outcome:
    path: Path
    status: str
    error_code: str | None
    reason: str | None
    n_blocks: int  # blocks read by the reader (-1 when it raised)
    n_chars: int


def _run(path: Path) -> Outcome:
    """``process_file`` on one file, with a spy on the reader to count what it read."""
    import pledgecard.extract.readers as readers

    seen: list[Document] = []
    real = readers.read_bytes

    def spy(data: bytes, **kwargs: object) -> Document:
        doc = real(data, **kwargs)  # type: ignore[arg-type]
        seen.append(doc)
        return doc

    readers.read_bytes = spy
    try:
        res = process_file(path)
    finally:
        readers.read_bytes = real
    if not seen and res.status == "no_card":  # the pipeline read it some other way: read it again
        seen.append(read_path(path))
    blocks, chars = (len(seen[0].blocks), sum(len(_text(b)) for b in seen[0].blocks)) if seen else (-1, 0)
    return Outcome(path, res.status, res.error_code, res.reason, blocks, chars)


def _text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text
    return "".join(c.text + "".join(_text(n) for n in c.nested) for c in block.cells)


@pytest.fixture(scope="session")
def outcomes() -> dict[Path, Outcome]:
    if not FILES:
        pytest.fail(f"corpus not found at {CORPUS}")
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        results = list(pool.map(_run, FILES, chunksize=16))
    print(f"\ncorpus: {len(results)} files through process_file in {time.perf_counter() - start:.1f} s")
    return {o.path: o for o in results}


def test_corpus_is_complete() -> None:
    assert len(list(NTS.glob("*.hwp"))) == 321
    assert len(FILES) >= 335


def test_no_file_fails_unexpectedly(outcomes: dict[Path, Outcome]) -> None:
    internal = [(o.path.name, o.reason) for o in outcomes.values() if o.error_code == "internal"]
    assert internal == []
    for o in outcomes.values():
        assert o.status in ("no_card", "failed"), o
        if o.status == "failed":
            assert o.error_code in ("encrypted", "damaged", "unsupported_format"), o
            assert o.reason and "\n" not in o.reason


def test_every_readable_file_is_read_with_text(outcomes: dict[Path, Outcome]) -> None:
    unreadable = {PASSWORD, *DRM_WRAPPED}
    for path, o in outcomes.items():
        if path in unreadable:
            continue
        assert o.status == "no_card", o
        assert o.n_blocks > 0, o
        if path != EMPTY_TABLE:
            assert o.n_chars > 0, o
    read = sum(1 for o in outcomes.values() if o.status == "no_card")
    assert read == len(FILES) - len(unreadable)


def test_password_and_drm_are_reported(outcomes: dict[Path, Outcome]) -> None:
    pw = outcomes[PASSWORD]
    assert (pw.status, pw.error_code, pw.reason) == ("failed", "encrypted", "HWP is password-protected")
    for path in DRM_WRAPPED:  # not an OLE2 file: the format detector does not route it to the HWP reader
        assert outcomes[path].status == "failed", outcomes[path]


def test_distribution_documents_are_read_through_viewtext() -> None:
    for path in DISTRIBUTION:
        doc = read_path(path)
        assert doc.notes == [DISTDOC_NOTE]
        assert any(p.text for p in doc.paragraphs())
    bid = read_path(DISTRIBUTION[0])
    assert [p.text for p in bid.paragraphs()][:2] == [
        "강남세움복지관 공고 제 2024-08호",
        "2025년 강남세움센터 시설관리원 용역업체 선정 입찰공고",
    ]


def test_password_file_raises_encrypted() -> None:
    with pytest.raises(EncryptedFileError):
        read_path(PASSWORD)


def test_nts_ruling_hwp_by_hand() -> None:
    """A 국세청 ruling laid out as one 12 x 35 grid table (values checked against PrvText)."""
    doc = read_path(PUBLIC / "hwplib__nts-ruling-010000000000000647.hwp")
    [table] = list(doc.tables())
    assert (table.n_rows, table.n_cols) == (12, 35)
    number = table.cell_at(2, 7)
    assert number is not None
    assert (number.row, number.col, number.col_span) == (2, 7, 28)
    assert number.text == "징세46101-168 (2000. 2. 1.)"
    assert number.source.cell == "T0!H3"
    title = table.cell_at(4, 0)
    assert title is not None and (title.col_span, title.text) == (35, "국세확정전 보전압류한 채권의 수납방법")
    assert table.cell_at(9, 20).text == "국세징수법 제24조【압류의 요건】및 제23조"
    assert table.cell_at(3, 0).text == "[ 제 목 ]"


def test_gangbuk_rfp_hwpx_by_hand() -> None:
    """강북구청 제안요청서: the 배점표 table with a 7-row label column, and its heading."""
    doc = read_path(PUBLIC / "hwpxlib__gangbuk-festival-rfp.hwpx")
    blocks = doc.blocks
    i = next(k for k, b in enumerate(blocks) if isinstance(b, Paragraph) and b.text == "배점표(총괄)")
    assert blocks[i].marker == "아."
    table = blocks[i + 1]
    assert isinstance(table, Table) and (table.n_rows, table.n_cols) == (9, 4)
    tech = table.cell_at(4, 0)
    assert tech is not None and (tech.row, tech.row_span) == (1, 7)
    assert tech.text.split("\n") == ["기", "술", "능", "력", "평", "가", "(90)"]
    subjective = table.cell_at(5, 1)
    assert subjective is not None and (subjective.row, subjective.row_span) == (4, 4)
    assert subjective.text == "주관적\n평 가\n(70)"
    assert table.cell_at(3, 3).text == "ㅇ 신용평가 등급에 따른 평가"
    assert table.cell_at(3, 3).paragraphs[0].marker == "ㅇ"
    assert table.source.section == 1
