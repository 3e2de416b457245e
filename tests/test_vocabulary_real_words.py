"""Wordings of real published pledge cards and pages (their sources cited in extract/vocabulary.toml) read by
the built-in vocabulary: a small card using them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard.cli import main as cli_main

CARD = """\
가온구 민선8기 공약사업 추진사항 카드
공약사업명 청년 창업공간 조성
관리번호 Ⅱ-①-3
소관부서 일자리정책과
추진상황 기타(시기미도래)
진행률 0%
□ 사업개요
◦ 사업기간 : 2025. 1. ~ 2026. 12.
◦ 총사업비 : 30억 원
□ {funding}
(단위 : 억 원)
구분 합계 2025년 2026년
합계 30 10 20
국비 10 5 5
구비 20 5 15
□ 추진사항
◦ 기본계획 수립 : '24. 11.
□ 향후 추진계획
◦ 착공 : '25. 3.
"""


@pytest.mark.parametrize("funding", ["재정계획", "공약가계부"])
def test_a_card_in_real_wordings_is_read(tmp_path: Path, funding: str) -> None:
    (tmp_path / "card.txt").write_text(CARD.format(funding=funding), encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    [rec] = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    h = rec["header"]
    assert h["kind"] == "가온구 민선8기 공약사업 추진사항 카드"
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == ("청년 창업공간 조성", "Ⅱ-①-3", "일자리정책과")
    # 시기미도래: the pledge's time has not come (not started), the progress row beside it no status
    assert (h["status"], h["status_code"]) == ("기타(시기미도래)", "not_started")
    f = rec["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2025), ("year", 2026)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [30 * 10**8, 10 * 10**8, 20 * 10**8]),
        ("national", [10 * 10**8, 5 * 10**8, 5 * 10**8]),
        ("district", [20 * 10**8, 5 * 10**8, 15 * 10**8])]
    assert [(a["text"], a["date"]["label"]) for a in rec["achievements"]] == [("기본계획 수립", "2024-11")]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("착공", "2025-03")]


def test_the_real_section_and_label_words_name_their_sections_and_fields() -> None:
    from pledgecard.extract.labels import header_field_of, section_of

    assert [section_of(h) for h in ("재정계획", "공약 재정계획", "2. 공약가계부")] == ["funding"] * 3
    assert [header_field_of(w) for w in ("진행률", "진행율")] == ["progress"] * 2  # a label of no field, no value
