"""HWPX reader: round trips through python-hwpx and hostile or broken packages."""

from __future__ import annotations

import io
import zipfile

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
from pledgecard.extract.document import Table
from pledgecard.extract.limits import Limits
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers import read_bytes
from pledgecard.extract.readers.hwp_blocks import fold
from pledgecard.extract.readers.hwpx import read

from hwp_card_builder import BOX_TEXT, EXPECTED, FURNITURE, HEADER_TEXT, build, doc_structure, structure
from mutations import MUTATIONS, mutate

HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
HS = "http://www.hancom.co.kr/hwpml/2011/section"


_CARD_HWPX = build("hwpx")


@pytest.fixture(scope="module")
def card_bytes() -> bytes:
    return _CARD_HWPX


def _read(data: bytes, limits: Limits | None = None):
    return read(data, path="test.hwpx", limits=limits or Limits())


def _zip(entries: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _section(*texts: str, prolog: str = "") -> bytes:
    paras = "".join(f'<hp:p paraPrIDRef="0"><hp:run><hp:t>{t}</hp:t></hp:run></hp:p>' for t in texts)
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}">{paras}</hs:sec>'.encode()


def _package(section: bytes, **extra: bytes) -> bytes:
    return _zip({"mimetype": b"application/hwp+zip", "Contents/section0.xml": section, **extra})


# -- round trip -------------------------------------------------------------------------------


def test_round_trip_structure(card_bytes: bytes) -> None:
    doc = read_bytes(card_bytes, path="card.hwpx")
    assert doc.format == "hwpx"
    assert doc_structure(doc) == EXPECTED


def test_round_trip_sources_and_cell_paragraphs(card_bytes: bytes) -> None:
    doc = _read(card_bytes)
    table = next(doc.tables())
    assert table.source.section == 0 and table.source.cell is None
    two = table.cell_at(3, 1)
    assert two is not None and [p.text for p in two.paragraphs] == ["66,277", "(도비 포함)"]
    assert two.source.cell == "T0!B4" and all(p.source.cell == "T0!B4" for p in two.paragraphs)
    bullet = table.cell_at(3, 3)
    assert bullet is not None and (bullet.paragraphs[0].marker, bullet.paragraphs[0].text) == (
        "◦",
        "셀 글머리",
    )
    merged = table.cell_at(1, 0)  # covered by the row span of A1
    assert merged is not None and merged.text == "구 분" and merged.source.cell == "T0!A1"
    nested = table.cell_at(3, 2).nested[0]
    assert nested.cells[3].source.cell == "T1!B2"  # nested tables are numbered after their parent
    assert nested.source.cell == "T0!C4"
    assert table.grid()[1] == ["구 분", "총사업비", "2023년", "2024년"]


def test_header_kept_apart_text_box_kept(card_bytes: bytes) -> None:
    doc = _read(card_bytes)
    texts = [p.text for p in doc.paragraphs()]
    assert BOX_TEXT in texts
    assert all(HEADER_TEXT not in t for t in texts)
    assert structure(doc.furniture) == FURNITURE  # the running header and footer, as furniture
    # nested table text appears only inside the cell, not as top-level blocks
    assert sum(isinstance(b, Table) for b in doc.blocks) == 1


def test_sections_follow_spine_order() -> None:
    hpf = (
        b'<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
        b'<opf:item id="s0" href="Contents/section0.xml"/><opf:item id="s1" href="Contents/section1.xml"/>'
        b'</opf:manifest><opf:spine><opf:itemref idref="s1"/><opf:itemref idref="s0"/></opf:spine></opf:package>'
    )
    base = {
        "mimetype": b"application/hwp+zip",
        "Contents/section0.xml": _section("영"),
        "Contents/section1.xml": _section("일"),
        "Contents/section10.xml": _section("십"),
    }
    no_manifest = _read(_zip(base))
    assert [(p.text, p.source.section) for p in no_manifest.paragraphs()] == [("영", 0), ("일", 1), ("십", 2)]
    spine = _read(_zip({**base, "Contents/content.hpf": hpf}))
    assert [p.text for p in spine.paragraphs()] == ["일", "영", "십"]


def test_inline_tab_and_line_break_fold() -> None:
    body = '<hp:t>◦ 총사업비 :<hp:tab width="100"/>220,719<hp:lineBreak/>백만  원</hp:t>'
    sec = f'<hs:sec xmlns:hs="{HS}" xmlns:hp="{HP}"><hp:p><hp:run>{body}</hp:run></hp:p></hs:sec>'.encode()
    [para] = list(_read(_package(sec)).paragraphs())
    assert (para.marker, para.text) == ("◦", "총사업비 : 220,719 백만 원")


@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from(["", "□ ", "◦ ", "- ", "* ", "※ "]),
            st.text(alphabet="가나다라 마바사123,.()%", min_size=1, max_size=20).filter(lambda s: s.strip()),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_paragraph_round_trip_property(items: list[tuple[int, str, str]]) -> None:
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    for depth, bullet, text in items:
        doc.add_paragraph("  " * depth + bullet + text)
    got = [(p.marker, p.text) for p in _read(doc.to_bytes()).paragraphs()]
    want = [split_marker(bullet + text.lstrip()) for _, bullet, text in items]
    assert got == [(m, fold(t)) for m, t in want]


# -- hostile and broken packages --------------------------------------------------------------


def test_zip_bomb_by_declared_size() -> None:
    bomb = _package(_section("x"), **{"Contents/section1.xml": b"\0" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(LimitExceededError, match="over the unpacked limit"):
        _read(bomb, Limits(max_unpacked_bytes=1024 * 1024))


def test_zip_bomb_by_ratio_under_a_large_limit() -> None:
    bomb = _package(_section("x"), **{"Contents/section1.xml": b"\0" * (20 * 1024 * 1024)})
    with pytest.raises(LimitExceededError, match="zip bomb"):
        _read(bomb)


def test_external_entity_refused() -> None:
    xxe = '<!DOCTYPE hs:sec [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    with pytest.raises(DamagedFileError, match="entity declarations refused"):
        _read(_package(_section("&xxe;", prolog=xxe)))


def test_billion_laughs_refused() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'<!DOCTYPE hs:sec [<!ENTITY l0 "lol">{lol}]>'
    with pytest.raises(DamagedFileError, match="entity declarations refused"):
        _read(_package(_section("&l9;", prolog=prolog)))


def test_parent_directory_entries_ignored() -> None:
    data = _package(_section("본문"), **{"../Contents/section1.xml": _section("밖"), "/etc/x.xml": b"<a/>"})
    assert [p.text for p in _read(data).paragraphs()] == ["본문"]
    only_escape = _zip({"../Contents/section0.xml": _section("밖")})
    with pytest.raises(UnsupportedFormatError, match="not HWPX"):
        _read(only_escape)


def test_truncated_zip(card_bytes: bytes) -> None:
    with pytest.raises(DamagedFileError, match="damaged zip") as info:
        _read(card_bytes[: len(card_bytes) // 2])
    assert "\n" not in str(info.value)


def test_zip_that_is_not_hwpx() -> None:
    docx = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    with pytest.raises(UnsupportedFormatError, match="not HWPX.*Word"):
        _read(docx)


def test_malformed_xml() -> None:
    with pytest.raises(DamagedFileError, match="malformed XML in Contents/section0.xml"):
        _read(_package(b"<hs:sec><hp:p>unclosed</hs:sec>"))


def test_encrypted_package() -> None:
    manifest = (
        b'<manifest><file-entry full-path="Contents/section0.xml"><encryption-data/></file-entry></manifest>'
    )
    with pytest.raises(EncryptedFileError, match="password-protected"):
        _read(_package(_section("x"), **{"META-INF/manifest.xml": manifest}))


def test_corrupt_deflate_stream() -> None:
    data = bytearray(_package(_section("본문 " * 2000)))
    start = data.index(b"Contents/section0.xml") + len("Contents/section0.xml")
    data[start + 10 : start + 60] = b"\xff" * 50
    with pytest.raises(DamagedFileError, match="section0.xml"):
        _read(bytes(data))


@settings(max_examples=60, deadline=None)
@given(MUTATIONS)
def test_mutated_bytes_raise_only_extract_errors(mutations: list[tuple[float, int, int]]) -> None:
    """Bytes flipped, cut or inserted anywhere: a Document or an ExtractError with one line, nothing else."""
    data = mutate(_CARD_HWPX, mutations)
    try:
        _read(data, Limits(max_unpacked_bytes=16 * 1024 * 1024))
    except ExtractError as exc:
        assert str(exc) and "\n" not in str(exc)
