"""The suite's shared converter dumps (speed, session 40): what they hand a test is what the converter writes.

- ``conftest.dumped_once`` dumps a file to text once a session by the converter (its mode too) and the file's name
  and bytes, and hands each caller its own copy; ``test_text_converters.converter_dump`` (pdf2txt, hwp5html,
  hwpx-text-extract, pdftotext) and ``conftest.pdftotext_dump`` dump through it. The committed family PDFs dumped by
  pdf2txt in test_text_converters are dumped again by test_pdf2txt_funding_30 and test_health_32 (and read again:
  those reads go through ``conftest.read_once`` where no test changes the extractor before reading).
- The scans test_scans_35c reads (dasom-district 16051, gaeul-county 64030: 15.7 and 7.2 s of CPU by OCR) are read
  once a session with test_scans_36's (``read_once``); test_scans_29b's 1-up searchable scan is read once for its
  split note and its record (``process_file``): 23.5 -> 12.1 s of CPU, the same notes and records.
- The xdist queue (``--dist loadfile --no-loadscope-reorder``, ``conftest.queue_order`` on the workers): the modules
  holding a test marked ``slow`` first, then by their number of tests. By the count alone test_validate_memory (one
  test, 35 s of CPU; the 63 modules of one to three tests, 85 s together) was queued last and ran alone at the end.
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


class _Item:
    """A collected test as queue_order sees it: its node id and its markers."""

    def __init__(self, nodeid: str, *marks: str) -> None:
        self.nodeid, self.marks = nodeid, marks

    def get_closest_marker(self, name: str) -> object | None:
        return name if name in self.marks else None


def test_modules_holding_a_slow_test_are_queued_first_then_by_their_number_of_tests() -> None:
    from conftest import queue_order

    items = [
        _Item("tests/test_a.py::test_1"),
        _Item("tests/test_b.py::test_1"),
        _Item("tests/test_b.py::test_2"),
        _Item("tests/test_c.py::test_1"),
        _Item("tests/test_d.py::test_1", "slow"),
        _Item("tests/test_e.py::Case::test_1"),
        _Item("tests/test_e.py::Case::test_2"),
        _Item("tests/test_e.py::test_3"),
        _Item("tests/test_f.py::test_1"),
        _Item("tests/test_f.py::test_2", "slow"),
    ]
    order = [i.nodeid for i in queue_order(items)]
    assert sorted(order) == sorted(i.nodeid for i in items)
    assert (
        order
        == [
            "tests/test_f.py::test_1",  # slow modules first, the most tests first; a module's tests as collected
            "tests/test_f.py::test_2",
            "tests/test_d.py::test_1",
            "tests/test_e.py::Case::test_1",  # then by the number of tests (a class's tests stay in their module's)
            "tests/test_e.py::Case::test_2",
            "tests/test_e.py::test_3",
            "tests/test_b.py::test_1",
            "tests/test_b.py::test_2",
            "tests/test_a.py::test_1",  # ties as collected
            "tests/test_c.py::test_1",
        ]
    )


def test_the_workers_are_queued_in_collection_order_by_whole_modules() -> None:
    import tomllib

    opts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]
    args = opts["addopts"].split()
    assert args[args.index("--dist") + 1] == "loadfile" and "--no-loadscope-reorder" in args
    assert any(m.startswith("slow:") for m in opts["markers"])
