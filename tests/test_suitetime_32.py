"""The suite's cheaper paths hold the same outcomes (session 32, suitetime):

- ``conftest.committed_records``: a committed card file read once a session (test_families' scores and the
  blind-family modules' ``family_cards`` read the same 648 files) hands back what ``extract_file`` reads, a fresh
  copy each call;
- tests/test_text_converters.py runs hwp5html (pyhwp) and hwpx-text-extract (python-hwpx) in its own process:
  their dumps are byte for byte the dumps the command-line tools write (a card of a family laid out in tables
  merged across rows and columns, and the seed-like corpus's card).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_text_converters import converter_dump

from pledgecard import extract_file

from conftest import committed_records, family_cards

REPO = Path(__file__).resolve().parents[1]
FAMILIES = REPO / "samples" / "families"


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(path).exists(), f"{name} not found (python-hwpx / pyhwp are test requirements)"
    return path


@pytest.mark.parametrize(
    "name", ["dasi-county/dasi-county-87001-pdf.pdf", "gaon-city/gaon-city-11006-txt.txt"]
)
def test_a_committed_read_is_the_extractors_and_a_copy_of_its_own(name: str) -> None:
    path = FAMILIES / name
    first = committed_records(path)
    assert first == extract_file(path) and first
    first[0]["header"] = None  # a caller changing what it got changes no later read
    assert committed_records(path) == extract_file(path)
    assert committed_records(path)[0]["header"] is not None


def test_family_cards_read_what_the_extractor_reads() -> None:
    [(path, exp, got)] = list(family_cards(FAMILIES / "noeul-city", "noeul-city-48001-hwpx.hwpx"))
    assert path.name == "noeul-city-48001-hwpx.hwpx" and len(exp) == len(got) == 1
    assert got == extract_file(path)


@pytest.mark.parametrize(
    "src",
    [
        FAMILIES / "sanha-county" / "sanha-county-59001-hwp.hwp",
        REPO / "samples" / "corpus" / "card-00101-hwp.hwp",
    ],
    ids=lambda p: p.name,
)
def test_hwp5html_in_process_dumps_what_its_command_line_writes(src: Path, tmp_path: Path) -> None:
    import inscriptis

    html_dir = tmp_path / "cli"
    subprocess.run(
        [_tool("hwp5html"), "--output", str(html_dir), str(src)], check=True, capture_output=True, timeout=120
    )
    cli = inscriptis.get_text((html_dir / "index.xhtml").read_text(encoding="utf-8"))
    out = tmp_path / "in-process.txt"
    converter_dump("hwp5html", src, out)
    assert out.read_text(encoding="utf-8") == cli and "공약" in cli


@pytest.mark.parametrize(
    "src",
    [
        FAMILIES / "sanha-county" / "sanha-county-59001-hwpx.hwpx",
        REPO / "samples" / "corpus" / "card-00101-hwpx.hwpx",
    ],
    ids=lambda p: p.name,
)
def test_hwpx_text_extract_in_process_dumps_what_its_command_line_writes(src: Path, tmp_path: Path) -> None:
    cli = tmp_path / "cli.txt"
    subprocess.run(
        [_tool("hwpx-text-extract"), "--include-tables", str(src), "-o", str(cli)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    out = tmp_path / "in-process.txt"
    converter_dump("hwpx", src, out)
    assert out.read_bytes() == cli.read_bytes() and "공약" in out.read_text(encoding="utf-8")
