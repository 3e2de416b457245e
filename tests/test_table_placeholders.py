"""pyhwp's ``hwp5txt`` prints ``<표>`` where a table stood and none of its cells: the card must say
so (``extract.table_missing`` at the line) instead of leaving the header's fields, the funding, the
goals and the outreach silently empty (issue 11: a figure is right, or null with a finding)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.readers import text

REPO = Path(__file__).resolve().parents[1]
HWP = sorted((REPO / "samples" / "families").glob("*/*-hwp.hwp"))[:3]


def _hwp5txt(src: Path, out: Path) -> Path:
    tool = shutil.which("hwp5txt") or str(Path(sys.executable).parent / "hwp5txt")
    if not Path(tool).exists():
        pytest.fail("hwp5txt not found (pyhwp is a test requirement)")
    with out.open("wb") as fh:
        subprocess.run([tool, str(src)], stdout=fh, check=True, timeout=120)
    return out


@pytest.mark.parametrize("src", HWP, ids=lambda p: p.name)
def test_each_table_hwp5txt_left_out_is_a_finding_at_its_line(src: Path, tmp_path: Path) -> None:
    dump = _hwp5txt(src, tmp_path / f"{src.stem}.txt")
    lines = dump.read_text(encoding="utf-8").splitlines()
    marks = [f"line {k + 1}" for k, ln in enumerate(lines) if ln.strip() == "<표>"]
    assert marks  # the converter left the tables out
    cards = extract_card_results(text.read(dump.read_bytes(), path=str(dump)))
    found = [f["source_location"] for c in cards for f in c.findings if f["code"] == "extract.table_missing"]
    assert found == marks
    parts = {f["location"] for c in cards for f in c.findings if f["code"] == "extract.table_missing"}
    assert parts and parts <= {
        None,
        "header",
        "overview",
        "funding",
        "achievements",
        "goals",
        "outreach",
        "plans",
        "effects",
    }  # the part of the section each stood in
    assert {f["severity"] for c in cards for f in c.findings if f["code"] == "extract.table_missing"} == {
        "warning"
    }


def test_a_placeholder_inside_a_line_of_text_is_no_missing_table() -> None:
    body = "공약사업 관리카드\n● 공약 개요\n◦ 주요내용 : <표> 참조\n<표>\n"
    [card] = extract_card_results(text.read(body.encode("utf-8"), path="x.txt"))
    found = [f for f in card.findings if f["code"] == "extract.table_missing"]
    assert [(f["location"], f["source_location"]) for f in found] == [("overview", "line 4")]
