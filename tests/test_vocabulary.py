"""The template vocabulary is data: a card whose every label the built-in vocabulary does not know
is read fully once a user's vocabulary (``--vocabulary FILE``) names them."""

from __future__ import annotations

import json
from pathlib import Path

from pledgecard.cli import main as cli_main
from pledgecard.extract.vocabulary import builtin, current, load_vocabulary, merge, use_vocabulary

ROOT = Path(__file__).resolve().parent.parent

UNKNOWN_TEMPLATE = """\
공약 진행 현황판
과제명 청년 주택 공급
정리번호 3-2
책임부서 주택과
진행단계 순항
■ 과제 요약
◦ 시행기간 : 2023. 1. ~ 2026. 12.
◦ 소요재원 : 100억 원
■ 재정 투입 현황
(단위 : 억 원)
구분 합계 2024년 2025년
합계 100 60 40
국가지원 60 30 30
자치단체 40 30 10
■ 그간 성과
◦ 부지 매입 : '23. 5.
◦ 실시설계 : '23. 9.
■ 다음 단계
◦ 착공 : '25. 3.
■ 주민 소통
계 간담회 설명회
12차례 5차례 7차례
"""

USER_VOCABULARY = """\
[title]
kinds = ["진행"]
suffix = ["현황판"]

[sections]
overview = ["과제요약"]
funding = ["재정투입현황"]
achievements = ["그간성과"]
plans = ["다음단계"]
outreach = ["주민소통"]

[header]
title = ["과제명"]
mgmt_no = ["정리번호"]
lead_dept = ["책임부서"]
status = ["진행단계"]

[overview]
period = ["시행기간"]
budget = ["소요재원"]

[funding_sources]
national = ["국가지원"]
local = ["자치단체"]
"""

# A status word and a count unit the built-in vocabulary does not know: without them the card is
# read but its status is "other" and its outreach counts unread.
USER_STATUS_AND_UNIT = """\
[status]
ongoing_normal = ["순항"]

[counters]
words = ["차례"]
"""


def _extract(tmp_path: Path, name: str, *extra: str) -> tuple[int, list[dict], list[dict]]:
    out = tmp_path / name
    code = cli_main(
        ["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet", *extra]
    )
    records = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    files = [json.loads(x) for x in (out / "files.jsonl").read_text(encoding="utf-8").splitlines()]
    return code, records, files


def test_unknown_labels_are_read_once_the_vocabulary_names_them(tmp_path: Path) -> None:
    (tmp_path / "card.txt").write_text(UNKNOWN_TEMPLATE, encoding="utf-8")
    (tmp_path / "mine.toml").write_text(USER_VOCABULARY + "\n" + USER_STATUS_AND_UNIT, encoding="utf-8")
    _, records, files = _extract(tmp_path, "builtin")
    assert records == [] and files[0]["status"] == "no_card"  # nothing names a card or a field
    code, [rec], _ = _extract(tmp_path, "mine", "--vocabulary", str(tmp_path / "mine.toml"))
    assert code == 0
    h = rec["header"]
    assert (h["kind"], h["title"], h["mgmt_no"], h["lead_dept"]) == (
        "공약 진행 현황판",
        "청년 주택 공급",
        "3-2",
        "주택과",
    )
    assert (h["status"], h["status_code"]) == ("순항", "ongoing_normal")
    assert rec["outreach"] == {
        "unit": "차례",
        "total": 12,
        "items": [
            {"label": "간담회", "category": "meetings", "count": 5, "note": None},
            {"label": "설명회", "category": "meetings", "count": 7, "note": None},
        ],
    }
    assert rec["overview"]["period"]["label"] == "2023-01/2026-12"
    assert rec["overview"]["budget"]["total_krw"] == 100 * 10**8
    f = rec["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2024), ("year", 2025)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [100 * 10**8, 60 * 10**8, 40 * 10**8]),
        ("national", [60 * 10**8, 30 * 10**8, 30 * 10**8]),
        ("local", [40 * 10**8, 30 * 10**8, 10 * 10**8]),
    ]
    assert [(a["text"], a["date"]["label"]) for a in rec["achievements"]] == [
        ("부지 매입", "2023-05"),
        ("실시설계", "2023-09"),
    ]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("착공", "2025-03")]
    assert rec["unparsed"] == []


def test_a_status_word_and_a_count_unit_come_from_the_users_file(tmp_path: Path) -> None:
    """The same card with the labels named but not the status word and the count unit: the status is
    "other" and the outreach counts are not read (nothing is guessed)."""
    (tmp_path / "card.txt").write_text(UNKNOWN_TEMPLATE, encoding="utf-8")
    (tmp_path / "labels.toml").write_text(USER_VOCABULARY, encoding="utf-8")
    code, [rec], _ = _extract(tmp_path, "labels", "--vocabulary", str(tmp_path / "labels.toml"))
    assert code == 0
    assert (rec["header"]["status"], rec["header"]["status_code"]) == ("순항", "other")
    assert rec["outreach"] is None  # its counts are left as printed text, not guessed
    assert "12차례 5차례 7차례" in [u["text"] for u in rec["unparsed"]]


def test_a_bad_vocabulary_file_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "card.txt").write_text(UNKNOWN_TEMPLATE, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("[sections\n", encoding="utf-8")
    (tmp_path / "odd.toml").write_text("[no_such_table]\nx = 1\n", encoding="utf-8")
    for f in ("bad.toml", "odd.toml", "missing.toml"):
        assert (
            cli_main(
                [
                    "extract",
                    str(tmp_path / "card.txt"),
                    "-o",
                    str(tmp_path / "o"),
                    "--vocabulary",
                    str(tmp_path / f),
                    "--quiet",
                ]
            )
            == 2
        )


def test_merge_puts_the_users_words_first_and_keeps_the_builtin_ones() -> None:
    merged = merge({"a": {"x": ["1", "2"], "y": "k"}, "b": 1}, {"a": {"x": ["3", "1"], "y": "m"}})
    assert merged == {"a": {"x": ["3", "1", "2"], "y": "m"}, "b": 1}


def test_use_vocabulary_is_scoped(tmp_path: Path) -> None:
    (tmp_path / "v.toml").write_text('[sections]\noverview = ["개괄"]\n', encoding="utf-8")
    v = load_vocabulary(tmp_path / "v.toml")
    with use_vocabulary(v):
        assert current() is v and "개괄" in current().section_labels["overview"]
        assert "사업개요" in current().section_labels["overview"]  # built-in words stay
    assert current() is builtin()
