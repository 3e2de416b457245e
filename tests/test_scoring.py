"""pledgecard.scoring gives the same numbers as the reference scorer shared/tools/score_card.py."""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgecard.cli import main as cli_main
from pledgecard.scoring import score_dirs, score_record

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORER = SHARED / "tools" / "score_card.py"
SEED = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))
GROUP_LINE = re.compile(r"^  (\w+)\s+([\d.]+)  \(([\d.]+)/(\d+)\)$")


def _reference():
    spec = importlib.util.spec_from_file_location("score_card_reference", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _reference()


# ---------------------------------------------------------------- perturbations of the seed


def _drop_items(r: dict[str, Any], rnd: random.Random) -> None:
    for key in ("achievements", "plans", "effects", "goals", "tables"):
        items = r.get(key) or []
        if items and rnd.random() < 0.5:
            del items[rnd.randrange(len(items))]


def _edit_text(r: dict[str, Any], rnd: random.Random) -> None:
    for a in r["achievements"]:
        if rnd.random() < 0.2:
            t = a["text"]
            k = rnd.randrange(len(t))
            a["text"] = t[:k] + rnd.choice(["", "가", " ", "  추가 문구"]) + t[k + 1 :]


def _edit_dates(r: dict[str, Any], rnd: random.Random) -> None:
    for a in r["achievements"]:
        if a["date"] and rnd.random() < 0.3:
            a["date"] = None if rnd.random() < 0.5 else dict(a["date"], label="2099-01")
    if rnd.random() < 0.3:
        r["as_of"] = None
    if rnd.random() < 0.3:
        r["overview"]["period"] = dict(r["overview"]["period"], label="2022-05/2026-06")


def _edit_structure(r: dict[str, Any], rnd: random.Random) -> None:
    for a in r["achievements"]:
        if rnd.random() < 0.2:
            a["level"] = rnd.randint(1, 4)
        if rnd.random() < 0.15:
            a["parent"] = rnd.choice([None, 0, 1, 99])
        if rnd.random() < 0.15:
            a["counts"] = a["counts"][1:]
        if a["orgs"] and rnd.random() < 0.3:
            a["orgs"] = a["orgs"][:-1] + ["㈜다른회사"]


def _edit_money(r: dict[str, Any], rnd: random.Random) -> None:
    f = r["funding"]
    if rnd.random() < 0.3:
        f["columns"] = list(reversed(f["columns"]))
    if rnd.random() < 0.3 and f["rows"]:
        f["rows"].pop(rnd.randrange(len(f["rows"])))
    for row in f["rows"]:
        if rnd.random() < 0.3:
            row["amounts_krw"] = row["amounts_krw"][:-1]
        if rnd.random() < 0.2:
            row["source"] = "other"
    if rnd.random() < 0.3:
        r["overview"]["budget"]["parts"] = r["overview"]["budget"]["parts"][:1]


def _edit_header(r: dict[str, Any], rnd: random.Random) -> None:
    for k in list(r["header"]):
        if rnd.random() < 0.15:
            r["header"][k] = None
    if rnd.random() < 0.3:
        r["header"]["coop_depts"] = list(reversed(r["header"]["coop_depts"] or []))


def _edit_tables_goals_outreach(r: dict[str, Any], rnd: random.Random) -> None:
    for tb in r["tables"]:
        for row in tb["rows"]:
            if rnd.random() < 0.3:
                row[rnd.randrange(len(row))] = ""
    for g in r["goals"]:
        if rnd.random() < 0.3:
            g[rnd.choice(["year", "target_value", "status", "actual_value", "detail", "project"])] = None
    if rnd.random() < 0.2:
        r["outreach"] = None
    elif rnd.random() < 0.4:
        r["outreach"]["items"][0]["count"] = 7


EDITS = [
    _drop_items,
    _edit_text,
    _edit_dates,
    _edit_structure,
    _edit_money,
    _edit_header,
    _edit_tables_goals_outreach,
]


def perturbed(seed: int) -> dict[str, Any]:
    rnd = random.Random(seed)
    r = copy.deepcopy(SEED)
    for edit in EDITS:
        if rnd.random() < 0.6:
            edit(r, rnd)
    return r


# ---------------------------------------------------------------- tests


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**9))
def test_port_matches_reference_on_perturbed_seed(seed: int) -> None:
    got = perturbed(seed)
    ours = score_record(SEED, got)
    ref = REF.score_record(SEED, got)
    assert ours.score() == pytest.approx(ref.score(), abs=1e-12)
    assert {k: (g.ok, g.total) for k, g in ours.groups.items()} == {
        k: (pytest.approx(v[0], abs=1e-9), v[1]) for k, v in ref.groups.items()
    }
    assert sorted(n for g in ours.groups.values() for n in g.notes) == sorted(
        n for v in ref.groups.values() for n in v[2]
    )


def test_identical_record_scores_one_and_empty_scores_zero() -> None:
    assert score_record(SEED, SEED).score() == 1.0
    assert score_record(SEED, {}).score() == pytest.approx(REF.score_record(SEED, {}).score())
    assert score_record(SEED, {}).score() < 0.2


def _write_dirs(tmp_path: Path, n: int) -> tuple[Path, Path]:
    exp_dir, out_dir = tmp_path / "expected", tmp_path / "out"
    exp_dir.mkdir()
    out_dir.mkdir()
    for k in range(n):
        exp = copy.deepcopy(SEED)
        fmt = ["txt", "pdf", "hwp", "hwpx"][k % 4]
        exp["source"] = dict(exp["source"], file=f"card{k}.{fmt}", format=fmt)
        exp["card_id"] = f"2-{k}@2024-Q4"
        (exp_dir / f"card{k}.expected.json").write_text(json.dumps(exp, ensure_ascii=False), encoding="utf-8")
        if k == n - 1:
            continue  # one card without a produced record
        got = perturbed(1000 + k)
        got["source"] = dict(exp["source"])
        if k % 3 == 0:  # matched by card_id instead of file name
            got["source"]["file"] = "renamed.json"
            got["card_id"] = exp["card_id"]
        else:
            got["card_id"] = "whatever"
        lines = k % 2 == 0
        text = json.dumps(got, ensure_ascii=False) + "\n" if lines else json.dumps([got], ensure_ascii=False)
        (out_dir / f"card{k}.{'jsonl' if lines else 'json'}").write_text(text, encoding="utf-8")
    return exp_dir, out_dir


def test_score_dirs_matches_reference_subprocess(tmp_path: Path) -> None:
    exp_dir, out_dir = _write_dirs(tmp_path, 9)
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--dir", str(exp_dir), str(out_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = proc.stdout.splitlines()
    ref_total = float(lines[-1].split(":")[1])
    ref_groups = {m[1]: (float(m[3]), int(m[4])) for m in map(GROUP_LINE.match, lines) if m}
    ref_cards = {
        ln.split(": ")[0]: float(ln.split(": ")[1].split()[0]) for ln in lines if ".expected.json#" in ln
    }

    result = score_dirs(exp_dir, out_dir)
    assert f"{result.score():.3f}" == f"{ref_total:.3f}"
    assert {k: (round(g.ok, 1), g.total) for k, g in result.total.groups.items()} == ref_groups
    assert {c.name: round(c.tally.score(), 3) for c in result.cards} == ref_cards
    assert [c.found for c in result.cards].count(False) == 1
    # the per-format tallies partition the total
    assert sum(t.group("money").total for t in result.by_format.values()) == result.total.group("money").total
    assert set(result.by_format) == {"txt", "pdf", "hwp", "hwpx"}


def test_eval_command_prints_formats_groups_and_score_last(tmp_path: Path, capsys) -> None:
    exp_dir, out_dir = _write_dirs(tmp_path, 5)
    assert cli_main(["eval", str(exp_dir), str(out_dir)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == f"score: {score_dirs(exp_dir, out_dir).score():.3f}"
    assert any(line.strip().startswith("hwpx ") for line in out)
    assert any(line.strip().startswith("money ") for line in out)
    assert cli_main(["eval", str(exp_dir), str(out_dir), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["formats"]) == {"txt", "pdf", "hwp", "hwpx"}
    assert data["score"] == pytest.approx(score_dirs(exp_dir, out_dir).score())


def test_eval_command_missing_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert cli_main(["eval", str(tmp_path / "nope"), str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "not found" in err and "Traceback" not in err
