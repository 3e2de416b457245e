"""A figure printed apart from its item has a position of its own (a position names one cell or one run of
lines), and the provenance audit (validate/provenance_audit.py) reads it back there: a goal's actual printed in
the row under its target (the 실적 row under the 목표 row: extract/sections/goal_provenance.actual_cell), a plan's
date read from a schedule's head over its marks, or from its printed date cell (extract/sections/schedule_tables,
extract/dated_line.DatedLine), a dump's log row's date printed once on the lines of its year and month cells
(extract/sections/log_tables). ``pledgecard inspect --audit`` (and its library twin) runs the audit on each card.
Real family cards of every format.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pledgecard
from pledgecard.commands.inspect import _audit_lines
from pledgecard.extract.source_position import cell_parts
from pledgecard.pipeline import process_file
from pledgecard.validate.provenance_audit import PrintedText, _first_figure, audit, audit_file

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"
EXT = {"pdf": "pdf", "hwp": "hwp", "hwpx": "hwpx", "txt": "txt"}
UNDER = [
    "gangmul-city/gangmul-city-72001",
    "sinbi-county/sinbi-county-37005",
    "sanha-county/sanha-county-59001",
    "jinsol-county/jinsol-county-34005",
]
SCHEDULES = [
    "hayan-district/hayan-district-71001",
    "yeoreum-city/yeoreum-city-50004",
    "saetbyeol-county/saetbyeol-county-83002",
]


def _file(card: str, fmt: str) -> Path:
    return FAMILIES / f"{card}-{fmt}.{EXT[fmt]}"


def _mismatches(path: Path, part: str) -> list[Any]:
    return [
        (m.path, m.figure, m.printed) for _, a in audit_file(path) for m in a.mismatches if m.part == part
    ]


@pytest.mark.parametrize("fmt", ["hwp", "hwpx"])
@pytest.mark.parametrize("card", UNDER)
def test_an_actual_printed_under_its_target_is_cited_by_its_own_cell(card: str, fmt: str) -> None:
    path = _file(card, fmt)
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    locs = prov["locations"]
    under = 0
    for i, goal in enumerate(rec["goals"]):
        if not goal.get("actual"):
            continue
        target, actual = (
            cell_parts(locs[f"goals[{i}].target"]["cell"]),
            cell_parts(locs[f"goals[{i}].actual"]["cell"]),
        )
        assert target is not None and actual is not None
        # the same table and column, a row under the target (목표 | 실적 rows)
        assert actual[0] == target[0] and actual[2] == target[2] and target[1] < actual[1] <= target[1] + 3, (
            i,
            locs,
        )
        under += 1
    assert under >= 2
    assert not _mismatches(path, "goals.actual")


@pytest.mark.parametrize("fmt", list(EXT))
@pytest.mark.parametrize("card", SCHEDULES)
def test_a_schedules_plan_date_is_cited_where_it_is_printed(card: str, fmt: str) -> None:
    path = _file(card, fmt)
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    locs = prov["locations"]
    dated = [i for i, p in enumerate(rec["plans"]) if p.get("date")]
    assert dated
    lines = path.read_text(encoding="utf-8").split("\n") if fmt == "txt" else []
    for i in dated:
        own, item = locs.get(f"plans[{i}].date"), locs[f"plans[{i}]"]
        if own is None:  # a dump printing the row a line, its date cell in it: the row's line is its place
            year = re.search(r"\d+", rec["plans"][i]["date"]["raw"])
            assert fmt == "txt" and year and year[0] in lines[item["line_start"] - 1], (i, item)
            continue
        assert own != item, (i, locs)  # the head (or the date cell), not the plan's row
    assert not _mismatches(path, "plans.date")


@pytest.mark.parametrize(
    "card", ["hayan-district/hayan-district-71001", "hayan-district/hayan-district-71006"]
)
def test_a_dumped_log_rows_date_is_cited_by_its_year_and_month_lines(card: str) -> None:
    path = _file(card, "txt")
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    locs = prov["locations"]
    lines = path.read_text(encoding="utf-8").split("\n")
    apart = 0
    for i, item in enumerate(rec["achievements"]):
        own = locs.get(f"achievements[{i}].date")
        if not item.get("date") or own is None:
            continue
        assert own["line_end"] < locs[f"achievements[{i}]"]["line_start"]  # printed above the row, once
        year = re.search(r"\d{4}", item["date"]["raw"])
        assert year and year[0] in lines[own["line_start"] - 1]  # the year cell's line opens the run
        apart += 1
    assert apart >= 5
    assert not _mismatches(path, "achievements.date")


def test_inspect_runs_the_audit_on_request() -> None:
    path = _file("gangmul-city/gangmul-city-72001", "hwp")
    [(_, expected)] = audit_file(path)
    lib = pledgecard.inspect(path, audit=True).to_dict()
    [card] = lib["cards"]
    assert card["provenance_audit"] == {"checked": expected.checked, "unread_ocr": [], "mismatches": []}
    assert expected.checked >= 40
    assert "provenance_audit" not in pledgecard.inspect(path).to_dict()["cards"][0]  # only on request
    out = subprocess.run(
        [sys.executable, "-m", "pledgecard", "inspect", "--audit", "--json", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out)["cards"][0]["provenance_audit"] == card["provenance_audit"]
    text = subprocess.run(
        [sys.executable, "-m", "pledgecard", "inspect", "--audit", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert (
        f"Provenance audit: {expected.checked} figures read back at their place, 0 printed elsewhere" in text
    )


def test_inspect_lists_a_figure_whose_place_was_moved_to_another_cell() -> None:
    """A clean card (every figure read back at its place) with one goal's target moved to another goal's target
    cell printing another figure: the audit lists it, with its place and what is printed there, and
    ``inspect --audit`` says so."""
    path = _file("gangmul-city/gangmul-city-72001", "hwp")
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    locs = dict(prov["locations"])
    printed = PrintedText(path, "hwp")
    try:
        assert not audit(rec, locs, printed).mismatches
        figure = [_first_figure(g["target"]) if g.get("target") else "" for g in rec["goals"]]
        i, j = next(
            (i, j)
            for i in range(len(figure))
            for j in range(len(figure))
            if figure[i] and figure[j] and figure[i] not in figure[j] and f"goals[{j}].target" in locs
        )
        locs[f"goals[{i}].target"] = locs[f"goals[{j}].target"]
        got = audit(rec, locs, printed)
    finally:
        printed.close()
    [moved] = got.mismatches
    assert (
        moved.path == f"goals[{i}].target" and figure[j] in moved.printed and figure[i] not in moved.printed
    )
    text = "\n".join(
        _audit_lines(
            {
                "checked": got.checked,
                "mismatches": [
                    {
                        "path": m.path,
                        "part": m.part,
                        "figure": list(m.figure),
                        "where": dict(m.where),
                        "printed": m.printed,
                    }
                    for m in got.mismatches
                ],
            }
        )
    )
    assert f"{got.checked} figures read back at their place, 1 printed elsewhere" in text
    assert (
        f"goals[{i}].target (goals.target) wants {figure[i]} at " in text
        and locs[f"goals[{j}].target"]["cell"] in text
    )


def test_a_cell_the_page_break_cut_is_cited_where_its_text_is_printed() -> None:
    """jinsol 34015's PDF: the goal table's last rows run over a page break, the 실적 cell's part on the first
    page a sliver printing nothing (extract/readers/pdf_tables.join_continued): the cell is cited on the next
    page, where 67호 is printed."""
    path = _file("jinsol-county/jinsol-county-34015", "pdf")
    res = process_file(path)
    (rec,), (prov,) = res.records, res.provenance
    assert rec["goals"][2]["actual"] == "67호"
    where = prov["locations"]["goals[2].actual"]
    assert where["page"] == 2 and where["bbox"][3] - where["bbox"][1] > 10, where
    assert not _mismatches(path, "goals.actual") and not _mismatches(path, "goals.target")
