"""A user's ``--vocabulary`` is in force wherever template words are used, not only in the section
extractors: the PDF reader's page numbers (``pdf_margins.PAGE_NUMBER``) and validation's units of
goal values. Both through the CLI, each against the same run without the user's file."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from pledgecard.cli import main as cli_main
from samples.families import BY_NAME, family_records, family_seeds
from samples.render_pdf import render_pdf

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "gangwon-2-20-2024Q4.txt"


def _strings(obj: Any) -> list[str]:
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return [obj] if isinstance(obj, str) else []


def _extract(src: Path, out: Path, *extra: str) -> list[dict[str, Any]]:
    assert cli_main(["extract", str(src), "-o", str(out), "--workers", "1", "--quiet", *extra]) == 0
    return [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def test_page_numbers_with_the_users_word_are_dropped_from_a_pdf(tmp_path: Path) -> None:
    """A footer ``3 매`` (a page-number word the built-in vocabulary does not know) is card text
    without the user's file and is dropped as a page number with it."""
    fam = BY_NAME["solmae-county"]
    records = family_records(fam, family_seeds(fam, 1)[0])
    pdf = tmp_path / "card.pdf"
    render_pdf(records, pdf, style=dataclasses.replace(fam.style, page_number="{n} 매"))
    footer = re.compile(r"^\d{1,2} 매$")
    (plain,) = _extract(pdf, tmp_path / "builtin")
    assert [s for s in _strings(plain) if footer.match(s)]  # read as text: the word is unknown
    (tmp_path / "pages.toml").write_text('[page_numbers]\nwords = ["매"]\n', encoding="utf-8")
    (mine,) = _extract(pdf, tmp_path / "mine", "--vocabulary", str(tmp_path / "pages.toml"))
    assert [s for s in _strings(mine) if footer.match(s) or s.endswith(" 매")] == []
    assert len(mine["unparsed"]) < len(plain["unparsed"])


def _goal_findings(out: Path) -> list[dict[str, Any]]:
    rows = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    return [f for f in rows if f.get("location") == "goals[0].target_value"]


def test_a_goal_value_in_the_users_unit_that_cannot_be_read_is_a_finding(tmp_path: Path) -> None:
    """``5O대`` (letter O) in a goal: ``대`` is a counter only in the user's file. Validation with the
    user's vocabulary (``run --vocabulary``, ``validate --vocabulary``) flags the unreadable figure;
    without it the text holds no figure validation knows the unit of."""
    card = tmp_path / "card.txt"
    text = SEED.read_text(encoding="utf-8")
    assert "(56명 운영)" in text
    card.write_text(text.replace("(56명 운영)", "(5O대 운영)"), encoding="utf-8")
    mine = tmp_path / "mine.toml"
    mine.write_text('[counters]\nwords = ["대"]\n', encoding="utf-8")

    out = tmp_path / "run"
    cli_main(["run", str(card), "-o", str(out), "--workers", "1", "--quiet", "--vocabulary", str(mine)])
    (rec,) = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rec["goals"][0]["target_value"] is None and "5O대" in rec["goals"][0]["target"]
    (finding,) = _goal_findings(out)
    assert finding["code"] == "normalize.unreadable_amount" and "5O대" in finding["observed"]

    cli_main(["validate", str(out), "--no-report"])  # the built-in vocabulary: 대 is no unit
    assert _goal_findings(out) == []
    cli_main(["validate", str(out), "--no-report", "--vocabulary", str(mine)])
    assert [f["code"] for f in _goal_findings(out)] == ["normalize.unreadable_amount"]


def test_one_list_of_note_heads_serves_every_table() -> None:
    """The note column's heads (비고, 참고, 특이사항) are one vocabulary list, ``[note_column]``, for the goal,
    funding, item and side tables (four copies before): a word added there names a note column in each."""
    from pledgecard.extract.sections.funding_column_heads import classify_column
    from pledgecard.extract.sections.side_tables import _note_cut
    from pledgecard.extract.vocabulary import Vocabulary, builtin, merge, use_vocabulary

    text = (Path(__file__).resolve().parents[1] / "extract" / "vocabulary.toml").read_text(encoding="utf-8")
    assert text.count('["비고", "참고", "특이사항"]') == 1
    head, row = ["구분", "당초", "변경", "메모"], ["국비", "9,856", "9,389", "4건", "불용"]
    assert classify_column("메모")["kind"] != "note" and _note_cut(row, head) == row
    with use_vocabulary(Vocabulary(merge(builtin().data, {"note_column": {"words": ["메모"]}}))):
        assert classify_column("메모")["kind"] == "note"
        assert _note_cut(row, head) == ["국비", "9,856", "9,389", "4건 불용"]
