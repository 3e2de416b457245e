"""Every figure right, or null with a finding (issue 12, done-when).

The committed corpus (samples/corpus, samples/*.txt, the seed card) is read and validated; its
figures are paired with the expected records exactly as the shared wrong-figure counter pairs them
(``shared/tools/wrong_figures.py``: ``figures()``, records by file stem and card index, else by
card id). A figure is wrong when it is produced, not null, and differs from the expected value.
PDF, HWP and HWPX must have no wrong figure; in a text dump every wrong figure must carry an error
or warning finding at its own location (the budget figure, the funding cell's row or column, the
outreach count; for goals and achievement counts, the item part).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from pledgecard.pipeline import process_file
from pledgecard.validate import validate_batch

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
TOOLS = SHARED / "tools"


def _tools() -> tuple[Any, Any]:
    sys.path.insert(0, str(TOOLS))
    try:
        import score_card
        import wrong_figures
    finally:
        sys.path.remove(str(TOOLS))
    return score_card, wrong_figures


def _inputs() -> list[tuple[Path, Path]]:
    """(card file, expected file) of the committed corpus."""
    out = []
    corpus = REPO / "samples" / "corpus"
    for exp in sorted(corpus.glob("*.expected.json")):
        stem = exp.name[: -len(".expected.json")]
        (card,) = [p for p in corpus.glob(f"{stem}.*") if not p.name.endswith(".json")]
        out.append((card, exp))
    for exp in sorted((REPO / "samples").glob("*.expected.json")):
        out.append((exp.with_name(exp.name.replace(".expected.json", ".txt")), exp))
    out.append((SHARED / "seeds" / "gangwon-2-20-2024Q4.txt", SHARED / "spec" / "seed.expected.json"))
    return out


@pytest.fixture(scope="module")
def run() -> dict[str, Any]:
    """The corpus read and validated: ``rows`` (one per figure: format, name, expected, produced,
    the card's failing findings) and the ``records``."""
    sc, wf = _tools()
    produced: list[tuple[Path, Path, list[dict[str, Any]]]] = []
    records = []
    for card, exp in _inputs():
        res = process_file(card)
        assert res.status == "ok", (card, res.reason)
        produced.append((card, exp, res.records))
        for k, rec in enumerate(res.records):
            rec["card_id"] = f"{card.name}#{k}"  # unique in the batch (two formats share a card id)
            records.append(rec)
    findings: dict[str, list[dict[str, Any]]] = {}
    for f in validate_batch(records):
        if not f["success"] and f["severity"] in ("error", "warning"):
            findings.setdefault(f["card_id"], []).append(f)
    rows = []
    for card, exp, recs in produced:
        for k, expected in enumerate(sc.load_records(exp)):
            idx = (expected.get("source") or {}).get("card_index", k)  # the shared pairing: stem + index
            got = next((r for r in recs if (r.get("source") or {}).get("card_index", 0) == idx), {})
            for part, name, ev, gv in wf.figures(expected, got):
                rows.append(
                    {
                        "format": expected["source"]["format"] if expected.get("source") else "txt",
                        "card": card.name,
                        "part": part,
                        "name": name,
                        "expected": ev,
                        "got": gv,
                        "record": got,
                        "expected_record": expected,
                        "findings": findings.get(got.get("card_id"), []),
                    }
                )
    return {"rows": rows, "records": records}


@pytest.fixture(scope="module")
def figures(run: dict[str, Any]) -> list[dict[str, Any]]:
    return run["rows"]


def _wrong(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if r["got"] is not None and r["got"] != r["expected"]]


def _own_locations(row: dict[str, Any]) -> set[str] | None:
    """The finding locations that point at this figure's own place (None: any in its part)."""
    got, name = row["record"], row["name"]
    if name == "budget.total":
        return {"overview.budget", "overview.budget.total_krw"}
    if name.startswith("budget."):
        parts = (got.get("overview") or {}).get("budget", {}).get("parts") or []
        return {"overview.budget"} | {
            f"overview.budget.parts[{i}]"
            for i, p in enumerate(parts)
            if p.get("source") == name.split(".", 1)[1]
        }
    m = re.fullmatch(r"funding\[(.*)\]\[(.*)\]", name)
    if m:
        funding = got.get("funding") or {}
        rows = [i for i, r in enumerate(funding.get("rows") or []) if r.get("label") == m.group(1)]
        cols = [j for j, c in enumerate(funding.get("columns") or []) if c.get("label") == m.group(2)]
        return (
            {f"funding.rows[{i}]" for i in rows}
            | {f"funding.columns[{j}]" for j in cols}
            | {f"funding.rows[{i}].amounts_krw[{j}]" for i in rows for j in cols}
        )
    if name.startswith("outreach."):
        items = (got.get("outreach") or {}).get("items") or []
        own = {"outreach", "outreach.total"}
        return own | {
            f"outreach.items[{i}].count"
            for i, x in enumerate(items)
            if x.get("category") == name.split(".", 1)[1]
        }
    return None


def test_the_corpus_has_figures_of_every_format(figures: list[dict[str, Any]]) -> None:
    per_format: dict[str, int] = {}
    for r in figures:
        per_format[r["format"]] = per_format.get(r["format"], 0) + 1
    assert set(per_format) == {"txt", "pdf", "hwp", "hwpx"} and min(per_format.values()) >= 300


@pytest.mark.parametrize("fmt", ["pdf", "hwp", "hwpx"])
def test_no_wrong_figure_in_documents(figures: list[dict[str, Any]], fmt: str) -> None:
    wrong = [(r["card"], r["name"], r["expected"], r["got"]) for r in _wrong(figures) if r["format"] == fmt]
    assert wrong == []


def test_every_wrong_figure_of_a_text_dump_has_a_finding_at_its_place(figures: list[dict[str, Any]]) -> None:
    silent = []
    for r in _wrong(figures):
        assert r["format"] == "txt"
        own = _own_locations(r)
        locations = {f["location"] for f in r["findings"]}
        flagged = (
            bool(locations & own)
            if own is not None
            else any(loc.split(".")[0].split("[")[0] == r["part"] for loc in locations)
        )
        if not flagged:
            silent.append((r["card"], r["name"], r["expected"], r["got"]))
    assert silent == []


def test_the_count_agrees_with_the_shared_counter(run: dict[str, Any], tmp_path: Path) -> None:
    """The rows above are the shared tool's figures: the same counts as ``wrong_figures.py`` prints."""
    import contextlib
    import io

    _, wf = _tools()
    exp_dir = tmp_path / "expected"
    out_dir = tmp_path / "out"
    exp_dir.mkdir()
    out_dir.mkdir()
    for _, exp in _inputs():
        (exp_dir / exp.name.replace("seed.expected", "gangwon-2-20-2024Q4.expected")).write_bytes(
            exp.read_bytes()
        )
    lines = [json.dumps(r, ensure_ascii=False) for r in run["records"]]
    (out_dir / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        wf.main([str(exp_dir), str(out_dir)])
    m = re.search(r"figures (\d+); wrong (\d+)", buf.getvalue())
    assert m is not None
    assert (int(m.group(1)), int(m.group(2))) == (len(run["rows"]), len(_wrong(run["rows"])))
