"""The suite's shared converter dumps (speed, session 40): what they hand a test is what the converter writes.

- ``conftest.dumped_once`` dumps a file to text once a session by the converter (its mode too) and the file's name
  and bytes, and hands each caller its own copy; ``test_text_converters.converter_dump`` (pdf2txt, hwp5html,
  hwpx-text-extract, pdftotext) and ``conftest.pdftotext_dump`` dump through it. The committed family PDFs dumped by
  pdf2txt in test_text_converters are dumped again by test_pdf2txt_funding_30 and test_health_32 (and read again:
  those reads go through ``conftest.read_once`` where no test changes the extractor before reading).
- The scans test_scans_35c reads (dasom-district 16051, gaeul-county 64030) are read once a session with
  test_scans_36's (``read_once``).
"""

from __future__ import annotations

from pathlib import Path

from test_text_converters import _dump, converter_dump

from conftest import REPO, dumped_once, pdftotext_dump

FAMILIES = REPO / "samples" / "families"


def test_a_dump_kept_once_is_handed_to_each_caller_as_its_own_copy(tmp_path: Path) -> None:
    src = tmp_path / "card.pdf"
    src.write_bytes(b"%PDF- not a real one")
    calls: list[Path] = []

    def dump(to: Path) -> None:
        calls.append(to)
        to.write_text(f"dump {len(calls)}", encoding="utf-8")

    converter = f"test_speed_40 {tmp_path}"  # this test's own converter name: nothing else dumps by it
    dumped_once(converter, src, tmp_path / "a.txt", dump)
    dumped_once(converter, src, tmp_path / "b.txt", dump)
    assert len(calls) == 1 and calls[0].parent not in (tmp_path,)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == (tmp_path / "b.txt").read_text(
        encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(
        "changed", encoding="utf-8"
    )  # a caller changing its copy changes no other
    dumped_once(converter, src, tmp_path / "c.txt", dump)
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == "dump 1" and len(calls) == 1
    dumped_once(converter + " -raw", src, tmp_path / "d.txt", dump)  # another converter's (or mode's) dump
    src.write_bytes(b"%PDF- other bytes")  # the same name, other bytes: dumped anew
    dumped_once(converter, src, tmp_path / "e.txt", dump)
    assert len(calls) == 3 and (tmp_path / "e.txt").read_text(encoding="utf-8") == "dump 3"


def test_converter_dumps_kept_once_are_the_converters_own(tmp_path: Path) -> None:
    pdf = FAMILIES / "dahae-city" / "dahae-city-22002-pdf.pdf"
    hwp = FAMILIES / "dahae-city" / "dahae-city-22002-hwp.hwp"
    for kind, src in (("pdf2txt", pdf), ("hwp5html", hwp), ("raw", pdf)):
        kept, fresh = tmp_path / f"kept-{kind}.txt", tmp_path / "fresh" / f"{kind}.txt"
        fresh.parent.mkdir(exist_ok=True)
        converter_dump(kind, src, kept)
        converter_dump(kind, src, tmp_path / f"again-{kind}.txt")
        _dump(kind, src, fresh)
        assert kept.read_bytes() == fresh.read_bytes() == (tmp_path / f"again-{kind}.txt").read_bytes(), kind
        assert "공약" in kept.read_text(encoding="utf-8") or kind == "raw"
    # pdftotext's modes are dumps of their own
    default = pdftotext_dump(pdf, tmp_path / "default.txt")
    layout = pdftotext_dump(pdf, tmp_path / "layout.txt", "-layout")
    assert default != layout
    assert pdftotext_dump(pdf, tmp_path / "default2.txt") == default
    assert converter_dump("pdftotext", pdf, tmp_path / "conv.txt") is None
    assert (tmp_path / "conv.txt").read_text(encoding="utf-8") == default
