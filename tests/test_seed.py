"""The one real card: extracted through the CLI, scored with ../shared/tools/score_card.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.cli import main
from pledgecard.schema import validate_record

from conftest import SEED_EXPECTED, SEED_TXT, score_with_shared_scorer

PERFECT_GROUPS = ("header", "money", "dates", "outreach")


def _extract_cli(path: Path, out: Path) -> list[dict]:
    assert main(["extract", str(path), "-o", str(out)]) == 0
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_seed_scores_through_the_cli(tmp_path: Path) -> None:
    records = _extract_cli(SEED_TXT, tmp_path / "out")
    assert len(records) == 1
    scores = score_with_shared_scorer(SEED_EXPECTED, tmp_path / "out" / "records.jsonl")
    assert scores["score"] >= 0.97, scores
    for group in PERFECT_GROUPS:
        assert scores[group] == 1.0, (group, scores)
    card = json.loads((tmp_path / "out" / "cards" / "2-20@2024-Q4.json").read_text(encoding="utf-8"))
    assert card == records[0]
    assert validate_record(card) == []


def test_seed_record_facts(seed_expected: dict) -> None:
    rec = extract_file(SEED_TXT)[0]
    assert rec["card_id"] == "2-20@2024-Q4"
    source = dict(rec["source"])
    assert source.pop("coverage") == 1.0  # schema 1.1: every printed character placed
    assert source == seed_expected["source"]
    assert rec["header"] == seed_expected["header"]
    assert rec["funding"] == seed_expected["funding"]
    assert rec["outreach"] == seed_expected["outreach"]
    assert rec["unparsed"] == []
    assert [a["parent"] for a in rec["achievements"]] == [a["parent"] for a in seed_expected["achievements"]]


@pytest.mark.parametrize("encoding", ["cp949", "utf-16", "utf-16-le", "utf-8-sig", "euc-kr"])
def test_seed_in_other_encodings(tmp_path: Path, encoding: str, seed_expected: dict) -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    if encoding in ("cp949", "euc-kr"):
        # CP949 has no ◦ ⇨ ‧ or U+FFFD: Korean archives print ○ ⇒ · □ instead.
        for a, b in (("\ufffd", "□"), ("◦", "○"), ("⇨", "⇒"), ("\u2027", "·")):
            text = text.replace(a, b)
    path = tmp_path / SEED_TXT.name
    path.write_bytes(text.encode(encoding, errors="strict"))
    records = _extract_cli(path, tmp_path / "out")
    assert len(records) == 1
    scores = score_with_shared_scorer(SEED_EXPECTED, tmp_path / "out" / "records.jsonl")
    assert scores["score"] >= 0.97, scores
    assert records[0]["header"] == seed_expected["header"]


def test_two_cards_in_one_file(tmp_path: Path, seed_expected: dict) -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    second = text.replace("관리번호 2-20", "관리번호 2-21").replace("2024년 4분기 현재", "2025년 1분기 현재")
    path = tmp_path / "two.txt"
    path.write_text(text + "\n\n" + second, encoding="utf-8")
    records = _extract_cli(path, tmp_path / "out")
    assert [r["source"]["card_index"] for r in records] == [0, 1]
    assert [r["card_id"] for r in records] == ["2-20@2024-Q4", "2-21@2025-Q1"]
    for i, rec in enumerate(records):
        single = tmp_path / f"card{i}.json"
        single.write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
        scores = score_with_shared_scorer(SEED_EXPECTED, single)
        assert scores["header"] >= (1.0 if i == 0 else 0.9)
        assert scores["money"] == 1.0 and scores["outreach"] == 1.0
        assert len(rec["achievements"]) == len(seed_expected["achievements"])
    assert sorted(p.name for p in (tmp_path / "out" / "cards").iterdir()) == [
        "2-20@2024-Q4.json",
        "2-21@2025-Q1.json",
    ]


def test_title_repeated_as_page_header_is_not_a_new_card(tmp_path: Path) -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    path = tmp_path / SEED_TXT.name
    path.write_text(
        text.replace("�   추진실적(성과)", "도지사 공약사업 관리카드\n\n- 2 -\n\n�   추진실적(성과)"),
        encoding="utf-8",
    )
    records = _extract_cli(path, tmp_path / "out")
    assert len(records) == 1
    assert score_with_shared_scorer(SEED_EXPECTED, tmp_path / "out" / "records.jsonl")["score"] >= 0.97


def test_header_repeated_at_each_page_top(tmp_path: Path) -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    head = "도지사 공약사업 관리카드\n\n공 약 명 국내 대기업과 연계한 도내 대학 학과 신설 및 100% 취업 추진 관리번호 2-20\n\n"
    path = tmp_path / SEED_TXT.name
    path.write_text(text.replace("�   도민소통 실적", head + "�   도민소통 실적"), encoding="utf-8")
    records = _extract_cli(path, tmp_path / "out")
    assert len(records) == 1
    assert score_with_shared_scorer(SEED_EXPECTED, tmp_path / "out" / "records.jsonl")["score"] >= 0.97


def test_cards_whose_header_opens_with_the_number(tmp_path: Path) -> None:
    """No title lines, and 관리번호 printed on the line above 공약명: each card keeps its number."""
    text = SEED_TXT.read_text(encoding="utf-8").replace("도지사 공약사업 관리카드\n", "")
    text = text.replace(
        "공 약 명 국내 대기업과 연계한 도내 대학 학과 신설 및 100% 취업 추진 관리번호 2-20",
        "관리번호 2-20\n공 약 명 국내 대기업과 연계한 도내 대학 학과 신설 및 100% 취업 추진",
    )
    path = tmp_path / "two.txt"
    path.write_text(text + "\n" + text.replace("관리번호 2-20", "관리번호 2-21"), encoding="utf-8")
    records = _extract_cli(path, tmp_path / "out")
    assert [r["card_id"] for r in records] == ["2-20@2024-Q4", "2-21@2024-Q4"]
    assert all(r["unparsed"] == [] and len(r["plans"]) == 1 for r in records)


def test_two_quarters_of_the_same_pledge_in_one_file(tmp_path: Path) -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    path = tmp_path / "two-quarters.txt"
    path.write_text(text + "\n" + text.replace("2024년 4분기 현재", "2025년 1분기 현재"), encoding="utf-8")
    records = _extract_cli(path, tmp_path / "out")
    assert [r["card_id"] for r in records] == ["2-20@2024-Q4", "2-20@2025-Q1"]
