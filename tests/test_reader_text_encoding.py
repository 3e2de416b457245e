"""Text dumps whose lines mix UTF-8 and CP949 (issue 9, item 4): decoded line by line, with a note."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.errors import DamagedFileError
from pledgecard.extract.readers.text import decode_text, decode_text_noted, read
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records, score_record

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "haeundae-1-12-2024Q2.txt"


def _mixed_bytes(text: str) -> tuple[bytes, int]:
    """Every other line with Hangul written in CP949 (when it can be), the rest in UTF-8."""
    out, n_cp949 = [], 0
    for i, line in enumerate(text.split("\n")):
        if i % 2 == 0 and not line.isascii():
            try:
                out.append(line.encode("cp949"))
                n_cp949 += 1
                continue
            except UnicodeEncodeError:
                pass
        out.append(line.encode("utf-8"))
    return b"\n".join(out), n_cp949


def test_mixed_lines_are_decoded_line_by_line_with_a_note() -> None:
    data = (
        "관리번호 3-16\n추진부서 청년정책과\n".encode("cp949")
        + "□ 사업개요\n◦ 사업기간 : 2022년 7월\n".encode()
    )
    text, notes = decode_text_noted(data)
    assert text == "관리번호 3-16\n추진부서 청년정책과\n□ 사업개요\n◦ 사업기간 : 2022년 7월\n"
    assert notes == ["mixed encodings: 2 line(s) decoded as UTF-8, 2 as CP949"]
    assert decode_text(data) == text


def test_single_encodings_carry_no_note() -> None:
    for data in ("관리번호 3-16\n".encode(), "관리번호 3-16\n".encode("cp949")):
        text, notes = decode_text_noted(data)
        assert text == "관리번호 3-16\n" and notes == []


def test_binary_data_is_still_rejected() -> None:
    data = bytes(range(128, 256)) * 40 + "관리번호\n".encode()
    with pytest.raises(DamagedFileError):
        decode_text(data)


def test_a_mixed_card_reads_like_its_utf8_original(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data, n_cp949 = _mixed_bytes(text)
    assert n_cp949 > 10
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    doc = read(data)
    assert doc.notes and doc.notes[0].startswith("mixed encodings:")
    assert [b.text for b in doc.paragraphs()] == [b.text for b in read(text.encode()).paragraphs()]
    path = tmp_path / SAMPLE.name
    path.write_bytes(data)
    res = process_file(path)
    assert res.status == "ok", res.reason
    assert res.file_row()["notes"] == doc.notes
    [expected] = load_records(SAMPLE.with_name(SAMPLE.stem + ".expected.json"))
    [got] = res.records
    assert score_record(expected, got).score() == 1.0
