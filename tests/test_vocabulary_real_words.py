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
        ("district", [20 * 10**8, 5 * 10**8, 15 * 10**8]),
    ]
    assert [(a["text"], a["date"]["label"]) for a in rec["achievements"]] == [("기본계획 수립", "2024-11")]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("착공", "2025-03")]


def test_the_real_section_and_label_words_name_their_sections_and_fields() -> None:
    from pledgecard.extract.labels import header_field_of, section_of

    assert [section_of(h) for h in ("재정계획", "공약 재정계획", "2. 공약가계부")] == ["funding"] * 3
    assert [header_field_of(w) for w in ("진행률", "진행율")] == [
        "progress"
    ] * 2  # a label of no field, no value


CARD2 = """\
다짐구 민선8기 구청장 공약사항 관리카드
공약사항 구민 건강센터 건립
관리번호 2-14
추진부서 보건정책과
추진상황 {status}
□ 사업개요
◦ 사업기간 : 2023. 1. ~ 2026. 12.
◦ 총사업비 : 40억 원
□ {funding}
(단위 : 억 원)
구분 합계 2025년 2026년
합계 40 15 25
국비 10 5 5
구비 20 5 15
민자등 10 5 5
□ 추진실적
◦ 기본계획 수립 : '24. 11.
□ 향후계획
◦ 건강강좌 운영 : 매년 년중
"""


@pytest.mark.parametrize(
    ("status", "code", "funding"),
    [("완료(계속)", "continuing", "사업비 규모"), ("조기 완료", "done", "연도별 재원소요")],
)
def test_a_card_in_a_districts_real_list_words_is_read(
    tmp_path: Path, status: str, code: str, funding: str
) -> None:
    """공약사항 names the title, 완료(계속) / 조기 완료 the status, 사업비 규모 / 재원소요 the funding, 민자등 a private
    source, 년중 a date naming no year (sources beside each group in extract/vocabulary.toml)."""
    (tmp_path / "card.txt").write_text(CARD2.format(status=status, funding=funding), encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    [rec] = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    h = rec["header"]
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == ("구민 건강센터 건립", "2-14", "보건정책과")
    assert (h["status"], h["status_code"]) == (status, code)
    assert [(r["source"], r["label"], r["amounts_krw"]) for r in rec["funding"]["rows"]] == [
        ("total", "합계", [40 * 10**8, 15 * 10**8, 25 * 10**8]),
        ("national", "국비", [10 * 10**8, 5 * 10**8, 5 * 10**8]),
        ("district", "구비", [20 * 10**8, 5 * 10**8, 15 * 10**8]),
        ("private", "민자등", [10 * 10**8, 5 * 10**8, 5 * 10**8]),
    ]
    [plan] = rec["plans"]
    assert plan["text"] == "건강강좌 운영"
    assert (
        plan["date"]["raw"] == "매년 년중" and plan["date"]["label"] is None
    )  # no year: unreadable, raw only


CARD3 = """\
노래시 민선8기 시장 공약사업 관리카드
2024. 12. 31. 추진상황 기준
전략 Ⅱ. 함께 누리는 복지
정책과제 2-3. 생애주기별 돌봄체계 구축
실천과제 2-3-7. 어르신 돌봄센터 건립
주관부서 노인복지과
추진상황 {status}
이행율 35%
□ 사업개요
◦ 사업기간 : 2023. 1. ~ 2026. 12.
◦ 총사업비 : 40억 원
□ 재원조달 방안
(단위 : 억 원)
구분 합계 2025년 2026년 예산확보율
합계 40 15 25 37.5
국비 10 5 5 50.0
시·군비 30 10 20 33.3
□ 추진사항
◦ 기본계획 수립 : '24. 11.
□ 예상 문제점 및 대응책
◦ (문제점) 부지 보상 지연
□ 향후 추진계획
◦ 착공 : '25. 3.
"""


@pytest.mark.parametrize(
    ("status", "code"), [("정상추진", "ongoing_normal"), ("통폐합", "dropped"), ("공약 제외", "dropped")]
)
def test_a_card_in_other_provinces_real_words_is_read(tmp_path: Path, status: str, code: str) -> None:
    """실천과제 names the card's own level under 전략 and 정책과제 (its number the 관리번호), 이행율 a progress label,
    통폐합 / 공약 제외 a pledge dropped, 재원조달 방안 the funding (예산확보율 a rate column, no period; 시·군비 the
    municipal source), 예상 문제점 및 대응책 the issues (no achievement)."""
    (tmp_path / "card.txt").write_text(CARD3.format(status=status), encoding="utf-8")
    out = tmp_path / "out"
    assert cli_main(["extract", str(tmp_path / "card.txt"), "-o", str(out), "--workers", "1", "--quiet"]) == 0
    [rec] = [json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    h = rec["header"]
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == ("어르신 돌봄센터 건립", "2-3-7", "노인복지과")
    assert (h["status"], h["status_code"]) == (status, code)
    f = rec["funding"]
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2025), ("year", 2026)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [40 * 10**8, 15 * 10**8, 25 * 10**8]),
        ("national", [10 * 10**8, 5 * 10**8, 5 * 10**8]),
        ("municipal", [30 * 10**8, 10 * 10**8, 20 * 10**8]),
    ]
    assert [(a["text"], a["date"]["label"]) for a in rec["achievements"]] == [("기본계획 수립", "2024-11")]
    assert rec["as_of"]["label"] == "2024-12-31"  # the as-of line as a city prints it (추진상황 기준)
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("착공", "2025-03")]


def test_other_provinces_real_words_name_their_sections_and_fields() -> None:
    from pledgecard.extract.labels import header_field_of, section_of
    from pledgecard.normalize.status import status_code

    assert [section_of(h) for h in ("재원조달 방안", "2. 재원 조달")] == ["funding"] * 2
    assert [section_of(h) for h in ("예상 문제점 및 대응책", "문제점과 대책")] == ["issues"] * 2
    assert [section_of(h) for h in ("연차별 이행목표", "연도별 공약 이행목표")] == ["goals"] * 2
    assert [header_field_of(w) for w in ("이행율", "공약이행률")] == ["progress"] * 2
    assert [header_field_of(w) for w in ("실천과제", "실천과제명")] == ["sub_title"] * 2
    assert [status_code(w) for w in ("통폐합", "공약 제외", "제외")] == ["dropped"] * 3
    assert status_code("제외 검토중") != "dropped"  # 제외 a status only whole
