"""HWP 5 reader: round trips through python-hwpx's HWP writer and broken or foreign OLE2 files."""

from __future__ import annotations

import shutil
from pathlib import Path

import olefile
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.errors import (
    DamagedFileError,
    EncryptedFileError,
    ExtractError,
    LimitExceededError,
    UnsupportedFormatError,
)
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.hwp import read
from pledgecard.extract.readers.hwp_container import DISTDOC_NOTE

from hwp_card_builder import BOX_TEXT, EXPECTED, FURNITURE, HEADER_TEXT, build, doc_structure, structure
from mutations import MUTATIONS, mutate

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "public-hwp"


_CARD_HWP = build("hwp")


@pytest.fixture(scope="module")
def card_bytes() -> bytes:
    return _CARD_HWP


def _read(data: bytes, limits: Limits | None = None):
    return read(data, path="test.hwp", limits=limits or Limits())


def _one_line(exc: ExtractError) -> str:
    msg = str(exc)
    assert msg and "\n" not in msg and "Traceback" not in msg
    return msg


# -- round trip -------------------------------------------------------------------------------


def test_round_trip_structure(card_bytes: bytes) -> None:
    doc = read_bytes(card_bytes, path="card.hwp")
    assert doc.format == "hwp" and doc.notes == []
    assert doc_structure(doc) == EXPECTED


def test_same_structure_as_hwpx() -> None:
    from pledgecard.extract.readers.hwpx import read as read_hwpx

    hwpx = read_hwpx(build("hwpx"), path="card.hwpx", limits=Limits())
    assert doc_structure(hwpx) == doc_structure(_read(build("hwp")))


def test_round_trip_sources_and_cells(card_bytes: bytes) -> None:
    doc = _read(card_bytes)
    paras = list(doc.paragraphs())
    assert [p.source.paragraph for p in paras[:3]] == [1, 2, 3]  # paragraph 0 holds the section definition
    table = next(doc.tables())
    two = table.cell_at(3, 1)
    assert two is not None and [p.text for p in two.paragraphs] == ["66,277", "(도비 포함)"]
    assert all(p.source.cell == "T0!B4" for p in two.paragraphs)
    spanned = table.cell_at(0, 3)
    assert spanned is not None and (spanned.text, spanned.col_span, spanned.source.cell) == (
        "연도별 투자",
        2,
        "T0!C1",
    )
    nested = table.cell_at(3, 2).nested[0]
    assert nested.grid() == [["상반기", "하반기"], ["6,000", "6,794"]]
    assert nested.cells[0].source.cell == "T1!A1"


def test_header_kept_apart_text_box_kept(card_bytes: bytes) -> None:
    doc = _read(card_bytes)
    texts = [p.text for p in doc.paragraphs()]
    assert BOX_TEXT in texts and all(HEADER_TEXT not in t for t in texts)
    assert structure(doc.furniture) == FURNITURE  # the running header and footer, as furniture


def test_distribution_document_read_through_viewtext() -> None:
    doc = _read((CORPUS / "pyhwp__viewtext.hwp").read_bytes())
    assert doc.notes == [DISTDOC_NOTE]
    assert [p.text for p in doc.paragraphs()] == ["pyhwp 테스트를 위한 배포 문서 예제입니다."]


def test_password_protected_real_file() -> None:
    with pytest.raises(EncryptedFileError, match="HWP is password-protected"):
        _read((CORPUS / "pyhwp__password-12345.hwp").read_bytes())


_CELL_TEXT = st.text(alphabet="가나다 국비지방비0123456789,.-()", max_size=12)


@settings(max_examples=12, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda n: st.lists(st.lists(_CELL_TEXT, min_size=n, max_size=n), min_size=1, max_size=4)
    )
)
def test_table_grid_round_trip_property(rows: list[list[str]]) -> None:
    """Any grid of cell texts written by python-hwpx as HWP 5 reads back cell by cell."""
    from hwpx import HwpxDocument

    from pledgecard.extract.readers.hwp_blocks import RawParagraph, make_paragraph

    def expected(text: str) -> str:
        made = make_paragraph(RawParagraph(text))
        return made[0].full_text if made else ""

    doc = HwpxDocument.new()
    table = doc.add_table(len(rows), len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    [got] = list(_read(doc.to_bytes(format="hwp")).tables())
    assert (got.n_rows, got.n_cols) == (len(rows), len(rows[0]))
    assert got.grid() == [[expected(t) for t in row] for row in rows]


# -- broken and foreign files -----------------------------------------------------------------


def _rename_stream(data: bytes, old: str, new: str) -> bytes:
    """Rename an OLE2 directory entry in place (name field and its length)."""
    raw = bytearray(data)
    at = raw.index(old.encode("utf-16-le") + b"\0\0")
    name = new.encode("utf-16-le")
    raw[at : at + 64] = name + b"\0" * (64 - len(name))
    raw[at + 64 : at + 66] = (len(name) + 2).to_bytes(2, "little")
    return bytes(raw)


def test_hwp3_header() -> None:
    with pytest.raises(UnsupportedFormatError, match="HWP 3.x is not supported") as info:
        _read(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + b"\0" * 200)
    _one_line(info.value)


def test_ole2_junk() -> None:
    junk = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8
    with pytest.raises(DamagedFileError, match="damaged OLE2 container") as info:
        _read(junk)
    _one_line(info.value)


def test_truncated_hwp(card_bytes: bytes) -> None:
    with pytest.raises(DamagedFileError) as info:
        _read(card_bytes[: len(card_bytes) // 2])
    _one_line(info.value)


def test_ole2_that_is_not_hwp(card_bytes: bytes) -> None:
    excel_like = _rename_stream(card_bytes, "FileHeader", "Workbook")
    excel_like = _rename_stream(excel_like, "BodyText", "Charts")
    excel_like = _rename_stream(excel_like, "DocInfo", "Styles")
    with pytest.raises(UnsupportedFormatError, match=r"an OLE2 file that is not HWP \(an Excel workbook"):
        _read(excel_like)


def test_hwp_without_file_header_is_damaged(card_bytes: bytes) -> None:
    with pytest.raises(DamagedFileError, match="FileHeader stream is missing"):
        _read(_rename_stream(card_bytes, "FileHeader", "FileHeadeX"))


def test_broken_fat(card_bytes: bytes) -> None:
    data = bytearray(card_bytes)
    sector_size = 1 << int.from_bytes(data[30:32], "little")
    first_fat = int.from_bytes(data[76:80], "little")  # the first DIFAT entry of the header
    start = (first_fat + 1) * sector_size
    data[start : start + sector_size] = bytes((i * 97 + 13) % 256 for i in range(sector_size))
    with pytest.raises(DamagedFileError, match="damaged OLE2 container") as info:
        _read(bytes(data))
    _one_line(info.value)


def test_password_flag_in_file_header(card_bytes: bytes) -> None:
    raw = bytearray(card_bytes)
    at = raw.index(b"HWP Document File")
    raw[at + 36] |= 0x02  # FileHeader flags bit 1: password
    with pytest.raises(EncryptedFileError, match="HWP is password-protected"):
        _read(bytes(raw))


def test_corrupt_compressed_body(card_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.hwp"
    path.write_bytes(card_bytes)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        size = ole.get_size("BodyText/Section0")
        ole.write_stream("BodyText/Section0", b"\xff" * size)
    with pytest.raises(DamagedFileError, match="corrupt compressed stream BodyText/Section0") as info:
        _read(path.read_bytes())
    _one_line(info.value)


def test_decompression_limit(card_bytes: bytes) -> None:
    with pytest.raises(LimitExceededError, match="exceed the limit of 2,000 bytes"):
        _read(card_bytes, Limits(max_unpacked_bytes=2000))


def test_truncated_record_is_damaged_not_internal(tmp_path: Path) -> None:
    """A body that inflates fine but whose paragraph record is cut short fails as DamagedFileError."""
    import struct
    import zlib

    path = tmp_path / "cut.hwp"
    shutil.copyfile(CORPUS / "pyhwp__table.hwp", path)
    # HWPTAG_PARA_HEADER (66) claiming 100,000 bytes of payload, followed by only 20
    record = struct.pack("<II", (0xFFF << 20) | 66, 100_000) + b"\0" * 20
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = packer.compress(record) + packer.flush()
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        size = ole.get_size("BodyText/Section0")
        ole.write_stream("BodyText/Section0", body + b"\0" * (size - len(body)))
    with pytest.raises(DamagedFileError, match="could not parse HWP body: ParseError") as info:
        _read(path.read_bytes())
    _one_line(info.value)


@settings(max_examples=60, deadline=None)
@given(MUTATIONS)
def test_mutated_bytes_raise_only_extract_errors(mutations: list[tuple[float, int, int]]) -> None:
    """Bytes flipped, cut or inserted anywhere: a Document or an ExtractError with one line, nothing else."""
    data = mutate(_CARD_HWP, mutations)
    try:
        _read(data, Limits(max_unpacked_bytes=16 * 1024 * 1024))
    except ExtractError as exc:
        assert str(exc) and "\n" not in str(exc)
