"""Shared fixtures: where the shared data (seed card, spec, scorer, real corpus) lives."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seeds" / "gangwon-2-20-2024Q4.txt"
SEED_EXPECTED = SHARED / "spec" / "seed.expected.json"
SCORER = SHARED / "tools" / "score_card.py"
# committed inputs no test writes to: their records are extracted once per test process
COMMITTED = (REPO / "samples", REPO / "tests" / "fixtures", SHARED)
_extracted: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


def extract_file(path: str | os.PathLike[str], *, limits: Any = None) -> list[dict[str, Any]]:
    """:func:`pledgecard.extract_file`, a committed file (samples/, tests/fixtures/, ../shared/) read
    once per test process and its records handed out as fresh copies (many modules score the same
    family and corpus cards); any other file (one a test wrote) is read every time."""
    from pledgecard import extract_file as _extract_file

    real = Path(path).resolve()
    if not any(real.is_relative_to(root) for root in COMMITTED):
        return _extract_file(path, limits=limits)
    st = real.stat()
    key = (str(real), str(path), st.st_size, st.st_mtime_ns, limits)
    if key not in _extracted:
        _extracted[key] = _extract_file(path, limits=limits)
    return copy.deepcopy(_extracted[key])


def make_line(text: str, marker: str | None = None) -> Any:
    """A body line of the document model, as a reader hands it to the section extractors."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    return Line(text=text, marker=marker, indent=0, source=Source())


def make_table(rows: list[list[str]]) -> Any:
    """A table of the document model, one cell per given text (no spans)."""
    from pledgecard.extract.document import Cell, Table

    cells = [Cell(i, j, text) for i, row in enumerate(rows) for j, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def score_with_shared_scorer(expected: Path, produced: Path) -> dict[str, float]:
    """Run ../shared/tools/score_card.py and return {'score': x, '<group>': y, ...}."""
    out = subprocess.run(
        [sys.executable, str(SCORER), str(expected), str(produced)],
        check=True, capture_output=True, text=True,
    ).stdout
    scores = {"score": float(re.search(r"^score: ([\d.]+)$", out, re.M).group(1))}  # type: ignore[union-attr]
    for m in re.finditer(r"^\s{2}(\w+)\s+([\d.]+)\s+\(", out, re.M):
        scores[m.group(1)] = float(m.group(2))
    return scores


def shared_tools() -> tuple[Any, Any]:
    """The shared scorer and wrong-figure counter (``score_card``, ``wrong_figures``) as modules."""
    tools = str(SHARED / "tools")
    sys.path.insert(0, tools)
    try:
        import score_card
        import wrong_figures
    finally:
        sys.path.remove(tools)
    return score_card, wrong_figures


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
