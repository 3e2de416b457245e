"""Hypothesis fuzzing, bounded in examples (``PLEDGECARD_FUZZ_SCALE=20`` for a longer hunt): random and mutated bytes into the readers (then the card
extractor), random documents into the section extractors, random text into the normalizers.

No exception may escape except a :class:`~pledgecard.errors.PledgecardError` with a one-line
reason from a reader, and every record produced must validate against the JSON Schema.
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from pledgecard.errors import PledgecardError
from pledgecard.extract.cards import extract_cards
from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers import read_bytes
from pledgecard.normalize.counts import parse_count
from pledgecard.normalize.dates import parse_date
from pledgecard.normalize.money import parse_amount, parse_budget
from pledgecard.schema import load_schema, validate_record

from hostile import make_corpus as mc
from hostile.pdfgen import build_pdf, ruled_table, text_content

LIMITS = Limits(max_unpacked_bytes=16 * 1024 * 1024, max_pages=20)
_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


SCALE = float(os.environ.get("PLEDGECARD_FUZZ_SCALE", "1"))  # e.g. 20 for a long local hunt


def fuzz(max_examples: int) -> settings:
    """Bounded: ``max_examples`` per test (times ``PLEDGECARD_FUZZ_SCALE``), no per-example deadline;
    at scale 1 the whole file runs well under 60 s."""
    return settings(_BASE, max_examples=max(1, int(max_examples * SCALE)))


# Fragments of card text from many templates (labels, headings, markers, units, funding rows,
# date shapes), so that random documents reach deep into the extractors.
FRAGMENTS = [
    "도지사 공약사업 관리카드",
    "시장 공약사업 관리카드",
    "군수 공약 이행 관리카드",
    "구청장 공약사업 관리카드",
    "공 약 명",
    "공약명",
    "관리번호",
    "Ⅲ-12",
    "1-1",
    "추진부서",
    "주관부서",
    "담 당 자",
    "전화번호",
    "연락처",
    "협조부서",
    "실천목표",
    "추진상황",
    "이행상황",
    "추진중(정상)",
    "정상추진",
    "부진",
    "완료",
    "일부추진",
    "이행후 계속추진",
    "미착수",
    "폐기",
    "보류",
    "□ 사업개요",
    "1. 사업개요",
    "사업 개요",
    "◦ 사업기간 :",
    "◦ 총사업비 :",
    "◦ 주요내용",
    "□ 재원투자 실적 및 계획",
    "투자계획",
    "(단위 : 백만 원)",
    "(단위:천원)",
    "(단위: 억 원)",
    "원",
    "천 원",
    "백만 원",
    "억 원",
    "구  분",
    "총사업비",
    "총계",
    "계",
    "기투자",
    "임기이후",
    "임기 후",
    "국비",
    "국  비",
    "지방비",
    "도비",
    "시군비",
    "시비",
    "군비",
    "구비",
    "민자",
    "민간",
    "기타",
    "□ 추진실적(성과)",
    "추진실적",
    "《기 추진실적: ’24. 3분기 기준 누계》",
    "《2024년 4분기 현재》",
    "□ 현재까지 목표달성",
    "연도",
    "목표",
    "추진내용",
    "실적",
    "□ 도민소통 실적",
    "주민간담회, 공청회 등",
    "만족도조사",
    "민간전문가 자문",
    "언론·방송",
    "□ 향후계획",
    "향후 추진계획",
    "<기대효과>",
    "□ 기대효과",
    "⇨",
    "◦",
    "○",
    "ㅇ",
    "-",
    "·",
    "※",
    "*",
    "①",
    "\ufffd",
    "\uf0a7",
    ":",
    " : ",
    "~",
    "(",
    ")",
    ",",
    "2023년",
    "2024",
    "'24. 3분기",
    "’23. 9 ~ 12.",
    "'24. 3 ~12.",
    "2022. 5월 ~ 2027. 2월",
    "2025. 상반기",
    "'23. 2학기~",
    "2024. 9. 15.",
    "2026년 하반기",
    "'25. 1/4분기",
    "12,345",
    "220,719",
    "0",
    "-",
    "△3",
    "1,234명",
    "51명",
    "5개사",
    "3회",
    "4과목",
    "28개",
    "48억",
    "3억5천만 원",
    "5,000천원",
    "220,719백만 원(국비 154,442, 지방비 66,277)",
    "48억 원(도비 20억, 시비 28억)",
    "비예산",
    "㈜",
    "(주)",
    "네이버클라우드",
    "정밀의료",
    '=HYPERLINK("x")',
    "<script>",
    "../../x",
    "\t",
    "  ",
    "\u3000",
    "\u00a0",
]

fragment = st.sampled_from(FRAGMENTS)
noise = st.text(max_size=12)
card_text = st.lists(st.one_of(fragment, fragment, noise), min_size=1, max_size=6).map(" ".join)
any_text = st.one_of(card_text, st.text(max_size=40))
MARKERS = [None, "□", "◦", "○", "-", "·", "※", "*", "⇨", "\ufffd", "1.", "가."]


# -- normalizers -------------------------------------------------------------------------------


@cache
def _sub_validator(*path: str) -> Draft202012Validator:
    schema = load_schema()
    node: Any = schema
    for key in path:
        node = node[key]
    return Draft202012Validator({"$defs": schema["$defs"], **node}, format_checker=FormatChecker())


def _date_ok(obj: Any) -> None:
    errors = [e.message for e in _sub_validator("$defs", "DateObject").iter_errors(obj)]
    assert errors == [], (obj, errors)
    assert obj is not None
    if obj.get("start") and obj.get("end"):
        assert date.fromisoformat(obj["start"]) <= date.fromisoformat(obj["end"]), obj


@fuzz(400)
@given(any_text, st.one_of(st.none(), st.integers(1900, 2100)))
def test_parse_date_never_raises_and_gives_a_valid_date_object(text: str, year: int | None) -> None:
    _date_ok(parse_date(text, default_year=year))


@fuzz(300)
@given(any_text, st.sampled_from([1, 1000, 1_000_000, 100_000_000]))
def test_parse_amount_never_raises(text: str, multiplier: int) -> None:
    value = parse_amount(text, multiplier)
    assert value is None or isinstance(value, int)


@fuzz(300)
@given(any_text)
def test_parse_budget_never_raises_and_fits_the_schema(text: str) -> None:
    budget = parse_budget(text)
    validator = _sub_validator("$defs", "Overview", "properties", "budget")
    assert [e.message for e in validator.iter_errors(budget)] == [], budget


@fuzz(300)
@given(any_text)
def test_parse_count_never_raises(text: str) -> None:
    value, unit = parse_count(text)
    assert value is None or (isinstance(value, int) and value >= 0)
    assert unit is None or (isinstance(unit, str) and unit)


# -- section extractors on random documents ----------------------------------------------------


@st.composite
def tables(draw: st.DrawFn) -> Table:
    n_rows, n_cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    taken = [[False] * n_cols for _ in range(n_rows)]
    cells = []
    for r in range(n_rows):
        for c in range(n_cols):
            if taken[r][c]:
                continue
            width = 1
            while c + width < n_cols and not taken[r][c + width]:
                width += 1
            rs = draw(st.integers(1, n_rows - r))
            cs = draw(st.integers(1, width))
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    taken[rr][cc] = True
            text = draw(st.one_of(card_text, st.just(""), st.just("-")))
            cells.append(Cell(row=r, col=c, text=text, row_span=rs, col_span=cs))
    return Table(cells=cells, n_rows=n_rows, n_cols=n_cols)


@st.composite
def paragraphs(draw: st.DrawFn) -> Paragraph:
    return Paragraph(
        text=draw(card_text), marker=draw(st.sampled_from(MARKERS)), indent=draw(st.integers(0, 3))
    )


@st.composite
def documents(draw: st.DrawFn) -> Document:
    fmt = draw(st.sampled_from(["txt", "pdf", "hwp", "hwpx"]))
    blocks: list[Any] = draw(st.lists(st.one_of(paragraphs(), paragraphs(), tables()), max_size=30))
    for i, b in enumerate(blocks):  # sources as the format would give them
        src = (
            Source(line_start=i + 1, line_end=i + 1)
            if fmt == "txt"
            else (
                Source(page=1 + i // 10, bbox=(72.0, 10.0 * i, 500.0, 10.0 * i + 9))
                if fmt == "pdf"
                else Source(section=0, paragraph=i)
            )
        )
        b.source = src
    return Document(
        blocks=blocks,
        format=fmt,
        path=f"fuzz.{fmt}",
        sha256="0" * 64,
        n_pages=(1 + len(blocks) // 10) if fmt == "pdf" else None,
    )


def _records_valid(doc: Document) -> None:
    for rec in extract_cards(doc, file_name=doc.path or "fuzz"):
        assert validate_record(rec) == [], (validate_record(rec)[:3], rec.get("card_id"))


@fuzz(150)
@given(documents())
def test_extract_cards_on_random_documents(doc: Document) -> None:
    _records_valid(doc)


@fuzz(60)
@given(st.data())
def test_extract_cards_on_seed_document_with_random_blocks_spliced_in(data: st.DataObject) -> None:
    doc = read_bytes(mc.SEED_TXT.read_bytes(), path="seed.txt", limits=LIMITS)
    blocks = list(doc.blocks)
    for _ in range(data.draw(st.integers(1, 5))):
        at = data.draw(st.integers(0, len(blocks)))
        if data.draw(st.booleans()) and blocks:
            del blocks[min(at, len(blocks) - 1)]
        else:
            blocks.insert(at, data.draw(st.one_of(paragraphs(), tables())))
    doc.blocks = blocks
    _records_valid(doc)


@pytest.mark.parametrize("marker", [None, "-", "◦"])
def test_an_empty_paragraph_anywhere_in_the_seed_card(marker: str | None) -> None:
    """Readers of laid-out formats can give a paragraph with no text (an empty HWP paragraph, a
    bullet glyph alone): inserted before each block of the seed document in turn."""
    doc = read_bytes(mc.SEED_TXT.read_bytes(), path="seed.txt", limits=LIMITS)
    blocks = list(doc.blocks)
    failures = []
    for at in range(len(blocks) + 1):
        doc.blocks = [*blocks[:at], Paragraph(text="", marker=marker), *blocks[at:]]
        try:
            records = extract_cards(doc, file_name="seed.txt")
        except Exception as exc:  # noqa: BLE001 - collected, reported below
            failures.append(f"before block {at}: {type(exc).__name__}: {exc}")
            continue
        assert len(records) == 1 and validate_record(records[0]) == []
    assert failures == []


# -- readers on random and mutated bytes -------------------------------------------------------


def _read_and_extract(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, path=name, limits=LIMITS)
    except PledgecardError as exc:
        reason = exc.reason
        assert reason and "\n" not in reason and "Traceback" not in reason, reason
        return
    _records_valid(doc)


@st.composite
def mutated(draw: st.DrawFn, base: bytes) -> bytes:
    """``base`` with a few byte-level edits: flips, deletions, insertions, duplications, truncation."""
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "duplicate", "truncate", "zero"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        n = draw(st.integers(1, 64))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del data[pos : pos + n]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=n))
        elif op == "duplicate":
            data[pos:pos] = data[pos : pos + n]
        elif op == "truncate":
            del data[pos:]
        elif op == "zero":
            data[pos : pos + n] = bytes(len(data[pos : pos + n]))
    return bytes(data)


@cache
def _seed_hwpx() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return mc.render_seed("hwpx", Path(tmp)).read_bytes()


@cache
def _small_pdf() -> bytes:
    page1 = text_content(["Pledge card", "Section 1 overview", "- item one : 2024. 3."])
    page2 = ruled_table([["Total", "2023", "2024"], ["National", "1,000", "-"], ["Local", "500", "250"]])
    return build_pdf([page1, page2], compress=False)


@fuzz(150)
@given(st.binary(max_size=2048))
def test_random_bytes(data: bytes) -> None:
    _read_and_extract(data, "random.bin")


@fuzz(60)
@given(
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", mc.OLE2_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe"]),
    st.binary(max_size=2048),
)
def test_random_bytes_behind_a_magic_number(magic: bytes, tail: bytes) -> None:
    _read_and_extract(magic + tail, "magic.bin")


@fuzz(80)
@given(st.data())
def test_mutated_seed_text(data: st.DataObject) -> None:
    _read_and_extract(data.draw(mutated(mc.SEED_TXT.read_bytes())), "seed.txt")


@fuzz(60)
@given(st.data())
def test_mutated_pdf(data: st.DataObject) -> None:
    _read_and_extract(data.draw(mutated(_small_pdf())), "small.pdf")


@fuzz(40)
@given(st.data())
def test_mutated_hwpx_bytes(data: st.DataObject) -> None:
    _read_and_extract(data.draw(mutated(_seed_hwpx())), "seed.hwpx")


@fuzz(60)
@given(st.data())
def test_mutated_hwpx_xml(data: st.DataObject) -> None:
    """The seed card's HWPX with its body XML edited (text-level, so the zip stays valid)."""
    with zipfile.ZipFile(io.BytesIO(_seed_hwpx())) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    name = data.draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".hpf")))))
    xml = parts[name].decode("utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        pos = data.draw(st.integers(0, len(xml)))
        op = data.draw(st.sampled_from(["insert", "delete", "fragment"]))
        if op == "delete":
            xml = xml[:pos] + xml[pos + data.draw(st.integers(1, 200)) :]
        elif op == "insert":
            xml = (
                xml[:pos]
                + data.draw(
                    st.sampled_from(
                        [
                            "<",
                            ">",
                            "&",
                            "&amp;",
                            "&#0;",
                            "&#xD800;",
                            "<hp:p>",
                            "</hp:p>",
                            "<!ENTITY e 'x'>",
                            "]]>",
                            "<![CDATA[",
                            "\x00",
                            "\ufeff",
                            '"',
                            "<hp:tbl rowCnt='99999' colCnt='0'>",
                        ]
                    )
                )
                + xml[pos:]
            )
        else:
            xml = xml[:pos] + data.draw(card_text).replace("&", "&amp;").replace("<", "&lt;") + xml[pos:]
    parts[name] = xml.encode("utf-8", errors="surrogatepass")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, b in parts.items():
            zf.writestr(n, b, compress_type=zipfile.ZIP_STORED if n == "mimetype" else zipfile.ZIP_DEFLATED)
    _read_and_extract(out.getvalue(), "seed.hwpx")


@pytest.mark.parametrize("builder", [_small_pdf, _seed_hwpx, mc.SEED_TXT.read_bytes])
def test_unmutated_bases_read(builder: Any) -> None:
    """The fuzz bases themselves read without error (else the mutations prove little)."""
    doc = read_bytes(builder(), path="base", limits=LIMITS)
    assert doc.blocks
