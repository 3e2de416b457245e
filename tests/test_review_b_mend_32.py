"""Review B of session 32 mended (tests/fixtures/review_b_32: the reviewer's cards and the readings they expect).

1. A share column moved to the rows' end only where a dump printed the heads one cell a line (the columns' order
   lost), told by ``extract.share_moved``: a pipe table printing ``비율(%)`` amid the years stands as printed
   (share-v13: 8 silent wrong figures -> 0).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_share_last import heads_a_line, share_to_row_end
from pledgecard.pipeline import process_file

from conftest import shared_tools

FIX = Path(__file__).resolve().parent / "fixtures" / "review_b_32"
ROOT = Path(__file__).resolve().parents[1]


def _read(name: str) -> tuple[dict, dict]:
    """The reviewer's card ``name`` read, and the record it expects."""
    expected = json.loads((FIX / f"{name}.expected.json").read_text(encoding="utf-8"))
    return extract_file(FIX / f"{name}.txt")[0], expected


def _score(name: str) -> tuple[float, list[str]]:
    """The card's score against its expected reading, and its wrong figures."""
    score_card, wf = shared_tools()
    got, expected = _read(name)
    wrong = [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(expected, got) if b is not None and b != a]
    return score_card.score_record(expected, got).score(), wrong


def _findings(path: Path) -> list[dict]:
    return [f for p in process_file(path).provenance for f in p.get("findings", [])]


def _line(text: str, at: int) -> Line:
    return Line(text=text, marker=None, indent=0, source=Source(line_start=at, line_end=at))


def _columns(*kinds: str) -> list[dict]:
    return [{"label": k, "kind": k, "year": None} for k in kinds]


def _rows(*values: list[int]) -> list[dict]:
    return [{"label": f"r{i}", "source": "total" if i == 0 else f"s{i}", "amounts_krw": list(v)}
            for i, v in enumerate(values)]


# 1. a share moved last only for heads printed one cell a line

def test_heads_sharing_a_line_keep_their_order() -> None:
    heads = ["총사업비", "비율(%)", "2025", "2026"]
    assert not heads_a_line([_line(h, 19) for h in heads])  # a pipe table's head: one line
    assert heads_a_line([_line(h, 19 + 2 * k) for k, h in enumerate(heads)])  # a cell a line


def test_an_in_term_subtotal_is_no_period_of_the_row_sum() -> None:
    # the total is the two years; 임기내 (in_term) their subtotal: counted a period, no row would ever sum
    columns = _columns("total", "share", "in_term", "year", "year")
    rows = _rows([100, 60, 60, 40, 100], [50, 30, 30, 20, 50])
    assert share_to_row_end(columns, rows)
    assert [c["kind"] for c in columns] == ["total", "in_term", "year", "year", "share"]


def test_a_pipe_table_with_its_share_amid_the_years_reads_as_printed() -> None:
    got, _ = _read("share-v13")
    assert [c["kind"] for c in got["funding"]["columns"]][:3] == ["total", "year", "year"]
    assert not any(f["code"] == "extract.share_moved" for f in _findings(FIX / "share-v13.txt"))
    score, wrong = _score("share-v13")
    assert wrong == []
    assert score == 1.0


def test_a_cell_a_line_dump_moving_its_share_says_so(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "samples.mutate", "--start", "4141", "--cards", "1", "--formats",
                    "pdftotext", "--out", str(tmp_path), "--jobs", "1", "--keep"], cwd=ROOT, check=True,
                   capture_output=True)
    told = [f for f in _findings(tmp_path / "mutant-4141" / "mutant-4141-pdftotext.txt")
            if f["code"] == "extract.share_moved"]
    assert len(told) == 1 and told[0]["severity"] == "info"
    assert told[0]["observed"]["printed_at"] == 1
