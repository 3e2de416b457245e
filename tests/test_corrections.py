"""Reviewers' corrections: recorded with `pledgecard correct`, applied by every run before
validation, kept in the record beside the extracted value, reported when stale."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from lxml import html as lxml_html

from pledgecard.cli import main
from pledgecard.corrections import Correction, apply_corrections, parse_path
from pledgecard.errors import UsageError
from pledgecard.writers import read_jsonl

from validate_cases import SEED_TXT

CARD = "2-20@2024-Q4"
PATH = "achievements[4].text"


def _failing(out: Path, code: str) -> list[dict]:
    return [f for f in read_jsonl(out / "findings.jsonl") if not f["success"] and f["code"] == code]


def _record(out: Path) -> dict:
    (rec,) = [r for r in read_jsonl(out / "records.jsonl") if r["card_id"] == CARD]
    return rec


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("corrections") / "out"
    assert main(["run", str(SEED_TXT), "-o", str(d), "--workers", "1", "--fail-on", "never"]) == 0
    return d


def test_correcting_a_printed_typo_clears_its_finding_on_the_rerun(
    out: Path, capsys: pytest.CaptureFixture
) -> None:
    (err,) = _failing(out, "achievement.parts_sum")  # the card prints 74명, its parts sum to 85
    assert err["location"] == "achievements[4]"
    printed = _record(out)["achievements"][4]["text"]
    assert "74명" in printed
    # the report offers the command, ready to copy; the reviewer edits the value
    page = lxml_html.fromstring((out / "report" / "cards" / f"{CARD}.html").read_text(encoding="utf-8"))
    (cmd,) = page.xpath('//tr[@data-code="achievement.parts_sum"]//code[@class="command"]')
    argv = shlex.split(cmd.text_content())
    assert argv[:5] == ["pledgecard", "correct", str(out), CARD, PATH] and argv[5] == printed
    argv[5] = printed.replace("74명", "85명")
    assert main([*argv[1:], "--by", "kim"]) == 0
    assert "recorded" in capsys.readouterr().out
    (line,) = read_jsonl(out / "corrections.jsonl")
    assert (line["card_id"], line["path"], line["extracted"], line["by"]) == (CARD, PATH, printed, "kim")

    assert main(["run", str(SEED_TXT), "-o", str(out), "--workers", "1", "--fail-on", "never"]) == 0
    assert _failing(out, "achievement.parts_sum") == []
    assert _failing(out, "correction.stale") == []
    rec = _record(out)
    assert rec["achievements"][4]["text"] == argv[5]
    (kept,) = rec["corrections"]
    assert (kept["path"], kept["extracted"], kept["value"], kept["by"]) == (PATH, printed, argv[5], "kim")
    assert kept["note"] == "achievement.parts_sum: checked against the card" and kept["at"].endswith("Z")
    page = lxml_html.fromstring((out / "report" / "cards" / f"{CARD}.html").read_text(encoding="utf-8"))
    assert page.xpath('//table[@id="corrections-table"]//td[@class="extracted"]')[0].text_content() == printed
    # validating again keeps one correction (applying is idempotent)
    assert main(["validate", str(out), "--fail-on", "never", "--no-report"]) == 0
    assert len(_record(out)["corrections"]) == 1 and _failing(out, "achievement.parts_sum") == []


def test_a_stale_correction_is_reported_not_applied(out: Path, tmp_path: Path) -> None:
    shared = tmp_path / "shared-corrections.jsonl"
    shared.write_text(
        json.dumps(
            {
                "card_id": CARD,
                "path": "header.mgmt_no",
                "extracted": "2-19",
                "value": "2-21",
                "note": "made on last quarter's card",
                "by": "lee",
                "at": "2026-09-01T00:00:00Z",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    assert main(["validate", str(out), "--corrections", str(shared), "--fail-on", "never"]) == 0
    (stale,) = _failing(out, "correction.stale")
    assert stale["location"] == "header.mgmt_no" and stale["severity"] == "warning"
    assert stale["expected"] == '"2-19"' and stale["observed"] == '"2-20"'
    rec = _record(out)
    assert rec["header"]["mgmt_no"] == "2-20" and "corrections" not in rec  # the shared file replaces OUT's
    # the typo's finding is back: OUT/corrections.jsonl was not used
    assert len(_failing(out, "achievement.parts_sum")) == 1


def test_correct_refuses_unknown_cards_and_paths(out: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["correct", str(out), "no-such@card", "header.title", "x"]) == 2
    assert "no card 'no-such@card'" in capsys.readouterr().err
    assert main(["correct", str(out), CARD, "achievements[999].text", "x"]) == 2
    assert "has no field 'achievements[999].text'" in capsys.readouterr().err
    assert main(["correct", str(out), CARD, "header..title", "x"]) == 2
    assert "not a record path" in capsys.readouterr().err


def test_apply_is_idempotent_and_undoes_removed_corrections() -> None:
    rec = {"card_id": "a@1", "header": {"status": "추진 중"}, "goals": [{"actual_value": 5}]}
    c = Correction("a@1", "goals[0].actual_value", extracted=5, value=6)
    fixed, stale = apply_corrections(rec, [c])
    assert fixed["goals"][0]["actual_value"] == 6 and stale == [] and rec["goals"][0]["actual_value"] == 5
    again, _ = apply_corrections(fixed, [c])
    assert again == fixed
    undone, _ = apply_corrections(fixed, [])
    assert undone == rec
    moved = Correction("a@1", "goals[1].actual_value", extracted=5, value=6)
    _, (gone,) = apply_corrections(rec, [moved])
    assert gone.missing
    with pytest.raises(UsageError):
        parse_path("goals[0]actual")
