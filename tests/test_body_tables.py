"""Every template family's card with its whole body laid out as one ``label | content`` table
(issue 11: "a body laid out as one big table ... never repeats text").

Each family's first seed is rendered at test time with ``Style.body_table`` as HWPX, PDF and HWP,
read back and scored against the records it was rendered from. The shapes this exercises: label
cells carrying their heading marker (``■ 사업 개요``, ``1. 추진실적``, ``(1) 사업개요``), items
hard-wrapped inside a content cell (``민자 5,`` / ``642,332)``), a lettered group heading
(``다. 목표 달성 현황``) right after a wrapped item in a PDF cell, two quarters in one file.

Ratchet: ``THRESHOLDS`` holds 0.98 where it is reached, else the reached score floored to 0.01
(none at present). No figure may be wrong (shared/tools/wrong_figures.py pairs the figures).
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers import read_path
from pledgecard.scoring import score_record
from samples.families import BY_NAME, FAMILIES, family_records, family_seeds

TOOLS = Path(__file__).resolve().parents[2] / "shared" / "tools"
TARGET = 0.98
FORMATS = ("hwpx", "pdf", "hwp")
THRESHOLDS: dict[tuple[str, str], float] = {(f.name, fmt): TARGET for f in FAMILIES for fmt in FORMATS}
# designed blind (session 9): in the body-table PDF one achievement of the year blocks is read off its
# block (achievements, dates, structure 0.93; no figure wrong)
THRESHOLDS[("yunseul-city", "pdf")] = 0.96
# designed blind (session 12): the open-sided goal table nested in the achievements' cell and cut by the
# page break is read from the cell's lines (its projects left null; no figure wrong)
THRESHOLDS[("noeul-city", "pdf")] = 0.94
# designed blind (session 18): the body one table set over two newspaper columns: two achievements a column
# break cuts are lost or joined, their dates with them, and a side table unread (dates 0.74, structure 0.90;
# no figure wrong)
THRESHOLDS[("binnae-city", "pdf")] = 0.90
# designed blind (session 24): its body-table variant drawn as one table (not as slides, the file's shape): in
# the PDF the goal table nested in its cell, head shaded and no vertical rules, is left unread (goals 0.0, the
# rest 1.0; no figure wrong)
THRESHOLDS[("dallae-city", "pdf")] = 0.86
# (yeoreum-city, designed blind in session 12, reads 1.000 in all three since session 13, 0.65 / 0.65 / 0.61
# before: its achievements' first-level items printed bare, closing on their dates (``착공 : '24. 3.``) over
# bulleted sub-items, were read as side tables; its funding label ``2. 세부사업별 재원 투자계획`` as a block)


def _renderer(fmt: str) -> Callable[..., None]:
    if fmt == "hwpx":
        from samples.render_hwpx import render_hwpx

        return render_hwpx
    if fmt == "pdf":
        from samples.render_pdf import render_pdf

        return render_pdf
    from samples.render_hwp import render_hwp

    return render_hwp


def _figures() -> Callable[[dict[str, Any], dict[str, Any]], list[tuple[str, str, Any, Any]]]:
    sys.path.insert(0, str(TOOLS))
    try:
        import wrong_figures
    finally:
        sys.path.remove(str(TOOLS))
    return wrong_figures.figures  # type: ignore[no-any-return]


def _section_rows(path: Path) -> int:
    """The most rows of one table whose first cell names a section (its heading marker aside)."""
    best = 0
    for table in read_path(path).tables():
        firsts = [c for c in table.cells if c.col == 0]
        best = max(best, sum(1 for c in firsts if section_of(split_marker(" ".join(c.text.split()))[1])))
    return best


def test_every_family_and_format_has_a_threshold() -> None:
    assert set(THRESHOLDS) == {(f.name, fmt) for f in FAMILIES for fmt in FORMATS}
    assert all(0.0 < v <= TARGET for v in THRESHOLDS.values())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_a_body_table_card_reads_as_the_card(tmp_path: Path, name: str, fmt: str) -> None:
    fam = BY_NAME[name]
    style = dataclasses.replace(fam.style, body_table=True)
    seed = family_seeds(fam, 1)[0]
    expected = family_records(fam, seed)
    path = tmp_path / f"{name}-{seed}-body-table.{fmt}"
    _renderer(fmt)(expected, path, style=style)
    assert _section_rows(path) >= 5  # the shape is real: the sections are rows of one table
    got = extract_file(path)
    assert len(got) == len(expected)
    scores = [score_record(exp, rec).score() for exp, rec in zip(expected, got, strict=True)]
    assert min(scores) >= THRESHOLDS[(name, fmt)], f"{path.name}: {[round(s, 3) for s in scores]}"
    figures = _figures()
    wrong = [
        (n, ev, gv)
        for exp, rec in zip(expected, got, strict=True)
        for _, n, ev, gv in figures(exp, rec)
        if gv is not None and gv != ev
    ]
    assert wrong == []
