"""Shapes of cards of templates the samples did not have (issue 11), each read from a text dump
written here: headings numbered ``Ⅰ-1.`` or ``3`` and a space, a bulleted block heading with its
reporting date after a colon, a heading naming two sections restated by sub-heading lines, a
caption pointing up at its picture, name and phone in one value, the as-of date as a header field
in a row of labels over a row of values, shapes among the math symbols as bullets."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.labels import section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.sections.header_value_kinds import split_phone

CARD = """가람광역시장 공약사업 관리카드

공약명 청년 지원센터 건립 관리번호 Ⅲ-2-14
담당부서 청년정책과 담당자 홍길동 / 3652
실천목표 임기 내 완료 추진상황 정상추진

Ⅰ-1. 사업개요
◾ 사업기간 : 2023. 1월 ~ 2026. 12월
◾ 주요내용
- 청년 지원센터 건립 및 운영
▲ 사업 조감도

3 추진실적
◾ 그간 추진실적 : '23. 4분기 누계
- 기본계획 수립 : '23. 5월
◾ 2024년 1분기 현재
- 실시설계 착수 : '24. 2월

향후계획 및 기대효과
< 향후계획 >
◾ 착공 : '25. 3월
< 기대효과 >
◾ 청년 정주여건 개선
"""

STACKED = """마루군 공약사업 관리카드

관련부서 공약목표 추진현황 기준일자
관광정책과,투자유치과 임기 내 추진 미착수 2026년 1분기 현재

공약사업명 관리번호 소관부서 담당자 연락처
친환경농업 창업 지원 확대 6-80 농업기술센터 기술보급과 김원연 5565

1) 개요
ㅇ 추진기간 : 2022년 ~ 2028년
"""


def _card(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_file(path)
    return rec


def test_unseen_heading_numbering_bullets_blocks_and_combined_heading(tmp_path: Path) -> None:
    rec = _card(tmp_path, CARD)
    h = rec["header"]
    assert (h["mgmt_no"], h["contact_name"], h["contact_phone"]) == ("Ⅲ-2-14", "홍길동", "3652")
    assert rec["overview"]["period"]["label"] == "2023-01/2026-12"
    assert rec["overview"]["contents"] == ["청년 지원센터 건립 및 운영"]  # the caption is no content line
    blocks = [(a["group"], (a["group_as_of"] or {}).get("label"), a["text"]) for a in rec["achievements"]]
    assert blocks == [
        ("그간 추진실적", "2023-Q4", "기본계획 수립"),
        ("2024년 1분기 현재", "2024-Q1", "실시설계 착수"),
    ]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("착공", "2025-03")]
    assert rec["effects"] == ["청년 정주여건 개선"]
    assert rec["as_of"]["label"] == "2024-Q1"


def test_labels_over_values_with_the_as_of_date_and_a_department_of_two_words(tmp_path: Path) -> None:
    rec = _card(tmp_path, STACKED)
    h = rec["header"]
    assert h["coop_depts"] == ["관광정책과", "투자유치과"] and h["target"] == "임기 내 추진"
    assert (h["status"], h["status_code"]) == ("미착수", "not_started")
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == (
        "친환경농업 창업 지원 확대",
        "6-80",
        "농업기술센터 기술보급과",
    )
    assert (h["contact_name"], h["contact_phone"]) == ("김원연", "5565")
    assert rec["as_of"]["label"] == "2026-Q1"


def test_name_and_phone_in_one_value() -> None:
    for text, want in [
        ("김준연 / 3928", ("김준연", "3928")),
        ("김준연 ☎ 3928", ("김준연", "3928")),
        ("김준연 내선 3928", ("김준연", "3928")),
        ("김준연(3928)", ("김준연", "3928")),
        ("김준연 / 033-249-3928", ("김준연", "033-249-3928")),
        ("김준연", ("김준연", None)),
    ]:
        assert split_phone(text) == want, text


def test_shapes_mark_lines_and_operators_do_not() -> None:
    assert split_marker("◾ 사업기간 : 2023년")[0] == "◾"
    assert split_marker("⦁ 사업기간 : 2023년")[0] == "⦁"
    assert split_marker("∼ 2024년")[0] is None and split_marker("＋ 3건")[0] is None


def test_heading_numbering_compound_or_bare() -> None:
    for text, name in [
        ("Ⅰ-1. 사업개요", "overview"),
        ("1-2. 추진실적", "achievements"),
        ("3 추진실적", "achievements"),
        ("Ⅱ 사업개요", "overview"),
        ("1.2. 향후계획", "plans"),
        ("2024 목표", None),
    ]:
        assert section_of(text) == name, text


def test_source_labels_spaced_syllable_by_syllable() -> None:
    from pledgecard.extract.sections.funding_source_labels import source_labels

    assert source_labels("계 국 비 시 군 비 지 방 비 민 자".split()) == [
        "계",
        "국비",
        "시군비",
        "지방비",
        "민자",
    ]
    assert source_labels("계 국비 도비 시군비".split()) == ["계", "국비", "도비", "시군비"]
