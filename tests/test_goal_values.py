"""Goal values and outreach counts are strict too (issue 12 item 1): an OCR-confused figure in a
goal's target or actual (``1O0호``, ``7l%``) gives null and ``normalize.unreadable_amount`` at
``goals[g].target_value`` / ``actual_value``; a confused outreach count gives null and
``normalize.unreadable_amount`` at ``outreach.items[i].count``; never another number.

The property tests confuse REAL printed figures: the goal texts of every expected record, and the
goal and outreach figures of a real text card, which is then read by the pipeline."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_strict_tokens import RECORDS, _confusions, _numbers

from pledgecard.extract.sections.goals import value_and_unit as goal_value
from pledgecard.pipeline import process_file
from pledgecard.validate import validate_batch
from pledgecard.validate.checks.amounts import amount_rows, goal_value_rows

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "corpus"
TXT_CARD = CORPUS / "card-00102-txt.txt"
_VALUE = re.compile(r"\d(?:[\d,.]*\d)?")


def _all_records() -> list[dict[str, Any]]:
    out = list(RECORDS)
    for path in sorted((CORPUS.parent / "families").rglob("*.expected.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.extend(data if isinstance(data, list) else [data])
    return out


def _goal_texts() -> list[tuple[str, int | float]]:
    out = set()
    for r in _all_records():
        for g in r.get("goals") or []:
            if g.get("target_value") is not None and g.get("target_unit"):
                out.add((g["target"], g["target_value"]))
            if g.get("actual_value") is not None and g.get("actual"):
                out.add((g["actual"], g["actual_value"]))
    return sorted(out)


GOAL_TEXTS = _goal_texts()


def _value_span(text: str) -> tuple[int, int]:
    """Where the figure the goal's value was read from stands in ``text``."""
    value, unit = goal_value(text)
    if value is None and _VALUE.fullmatch(text):  # a bare figure, its unit in the table's head (sinbi-county)
        return 0, len(text)
    spans = [
        m.span()
        for m in _VALUE.finditer(text)
        if float(m.group(0).replace(",", "")) == value
        and (unit is None or text[m.end() :].lstrip().startswith(unit))
    ]
    assert spans, (text, value, unit)
    return spans[0]


def _confused_value(text: str, data: st.DataObject) -> str:
    a, b = _value_span(text)
    confusions = _confusions(text[a:b])
    assume(confusions)
    _, token = data.draw(st.sampled_from(confusions), label="confusion")
    return text[:a] + token + text[b:]


def test_the_real_goal_texts_are_many() -> None:
    assert len(GOAL_TEXTS) >= 30


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(GOAL_TEXTS), st.data())
def test_property_confused_goal_value_is_null_with_a_finding_row(
    printed: tuple[str, Any], data: st.DataObject
) -> None:
    text, value = printed
    # a bare figure (its unit in a column of its own, gaeul-county's 단위) is the table reader's: no value here
    assert goal_value(text)[0] == value or _VALUE.fullmatch(text)
    confused = _confused_value(text, data)
    assert goal_value(confused)[0] is None, confused  # null, never another number
    for key in ("target", "actual"):
        rec = {"goals": [{key: confused, f"{key}_value": None}]}
        (row,) = goal_value_rows("c", rec)
        assert (
            row["location"] == f"goals[0].{key}_value" and row["amount"] is None and row["raw"] == confused
        ), confused
    rec = {"goals": [{"target": text, "target_value": value}]}
    assert [r["amount"] for r in goal_value_rows("c", rec)] == [value]  # the printed figure: read, no finding


# ------------------------------------------------------------------------- through the pipeline

GOALS_TEXT = TXT_CARD.read_text(encoding="utf-8")
# the goal and outreach figures of the real card, as printed: (line, the figure's span in it)
_GOAL_LINES = [ln for ln in GOALS_TEXT.splitlines() if re.search(r"\(\d+[개회]\)$|^완료 \(\d+개\)", ln)]
_OUTREACH_LINE = next(ln for ln in GOALS_TEXT.splitlines() if re.match(r"^\d+회 \d", ln))


def _edit_sites() -> list[tuple[str, int, int]]:
    sites = []
    for ln in _GOAL_LINES:
        for m in _VALUE.finditer(ln):
            sites.append((ln, *m.span()))
    for m in _VALUE.finditer(_OUTREACH_LINE):
        if m.start() > 0:  # the counts after the total
            sites.append((_OUTREACH_LINE, *m.span()))
    return sites


SITES = _edit_sites()
CLEAN = process_file(TXT_CARD).records[0]


def test_the_card_has_goal_and_outreach_figures() -> None:
    assert len(_GOAL_LINES) == 3 and len(SITES) >= 7
    assert [g["target_value"] for g in CLEAN["goals"]] == [15, None, 35]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.sampled_from(SITES), st.data())
def test_property_confused_goal_or_outreach_figure_in_a_card(
    tmp_path_factory: Any, site: tuple[str, int, int], data: st.DataObject
) -> None:
    line, a, b = site
    confusions = _confusions(line[a:b])
    assume(confusions)
    _, token = data.draw(st.sampled_from(confusions), label="confusion")
    assert GOALS_TEXT.count(line) == 1
    path = tmp_path_factory.mktemp("card") / TXT_CARD.name
    path.write_text(GOALS_TEXT.replace(line, line[:a] + token + line[b:]), encoding="utf-8")
    (rec,) = process_file(path).records
    before, after = _numbers(CLEAN), _numbers(rec)
    changed = {k for k in before if after.get(k) != before[k]}
    assert changed and all(after.get(k) is None for k in changed), (
        token,
        changed,
    )  # null, never another number
    flagged = {r["location"] for r in amount_rows(rec["card_id"], rec) if r["amount"] is None}
    # every figure that became null is flagged at its own location (a goal's value, an item's count)
    assert {re.sub(r"^\.|\.count$", "", k) for k in changed} <= {
        re.sub(r"\.count$", "", f) for f in flagged
    }, (token, changed, flagged)


def test_issue_examples_give_null_and_the_finding_at_the_goal(tmp_path: Path) -> None:
    text = GOALS_TEXT.replace("도시숲 기업 지원(15개)", "도시숲 기업 지원(1O0호)").replace("(11개)", "(7l%)")
    p = tmp_path / TXT_CARD.name
    p.write_text(text, encoding="utf-8")
    (rec,) = process_file(p).records
    g = rec["goals"][0]
    assert (g["target"], g["target_value"], g["actual"], g["actual_value"]) == (
        "도시숲 기업 지원(1O0호)",
        None,
        "7l%",
        None,
    )
    findings = [f for f in validate_batch([rec]) if not f["success"]]
    clean = {(f["code"], f["location"]) for f in validate_batch([CLEAN]) if not f["success"]}
    new = {(f["code"], f["location"]) for f in findings} - clean
    assert new == {
        ("normalize.unreadable_amount", "goals[0].target_value"),
        ("normalize.unreadable_amount", "goals[0].actual_value"),
    }


def test_a_figure_glued_to_a_symbol_is_no_figure_and_flagged(tmp_path: Path) -> None:
    # a corrupted target (`1#8호 공급`): its `8호` was read as the target 8, a wrong figure; null with the finding now
    assert goal_value("1#8호 공급") == (None, None)
    assert goal_value("A8호") == (None, None)
    assert goal_value("공정률71%") == (71, "%")  # a word glued before a figure is no corruption
    assert goal_value("(186호 공급)") == (186, "호")
    text = GOALS_TEXT.replace("도시숲 기업 지원(15개)", "도시숲 기업 지원(1#5개)")
    assert text != GOALS_TEXT
    p = tmp_path / TXT_CARD.name
    p.write_text(text, encoding="utf-8")
    (rec,) = process_file(p).records
    g = rec["goals"][0]
    assert (g["target"], g["target_value"]) == ("도시숲 기업 지원(1#5개)", None)
    clean = {(f["code"], f["location"]) for f in validate_batch([CLEAN]) if not f["success"]}
    new = {(f["code"], f["location"]) for f in validate_batch([rec]) if not f["success"]} - clean
    assert ("normalize.unreadable_amount", "goals[0].target_value") in new
