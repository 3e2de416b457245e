"""Formats are told from the bytes, not the file name."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pledgecard.extract.detect import detect_format
from pledgecard.pipeline import process_file

from conftest import SEED_TXT


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "hwp"),
        (b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05", "hwp"),
        (_zip({"mimetype": b"application/hwp+zip", "Contents/section0.xml": b"<x/>"}), "hwpx"),
        (_zip({"Contents/section0.xml": b"<x/>"}), "hwpx"),
        ("공약명 테스트".encode(), "txt"),
        ("공약명 테스트".encode("utf-16"), "txt"),
    ],
)
def test_detect_from_bytes(data: bytes, fmt: str) -> None:
    assert detect_format(data) == fmt


def test_suffix_does_not_decide(tmp_path: Path) -> None:
    misnamed = tmp_path / "card.pdf"
    misnamed.write_bytes(SEED_TXT.read_bytes())
    res = process_file(misnamed)
    assert (res.format, res.status, len(res.records)) == ("txt", "ok", 1)
    assert res.records[0]["source"]["format"] == "txt"


def test_text_without_card(tmp_path: Path) -> None:
    p = tmp_path / "memo.txt"
    p.write_text("회의록\n\n1. 안건: 예산 검토\n2. 결과: 원안 가결\n", encoding="utf-8")
    res = process_file(p)
    assert (res.status, res.error_code) == ("no_card", "no_card")
    assert res.reason and "no card" in res.reason


def test_binary_junk_named_txt(tmp_path: Path) -> None:
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 64)
    res = process_file(p)
    assert (res.status, res.error_code) == ("failed", "damaged")
    assert "binary" in (res.reason or "")


def test_the_formats_are_listed_once_and_registered_once() -> None:
    from typing import get_args

    from pledgecard.extract.document import FORMAT_NAMES, Format
    from pledgecard.extract.formats import FORMATS, reader_for
    from pledgecard.schema import load_schema

    assert FORMAT_NAMES == get_args(Format)
    assert sorted(spec.name for spec in FORMATS) == sorted(FORMAT_NAMES)
    assert FORMATS[-1].name == "txt"  # the text reader takes whatever no other format claims
    enum = load_schema()["$defs"]["Source"]["properties"]["format"]["enum"]
    assert sorted(enum) == sorted(FORMAT_NAMES)  # the shipped JSON Schema says the same
    for name in FORMAT_NAMES:
        assert callable(reader_for(name))
