"""Review c (session 35) mended: a budget part's figure a space cut at its comma before a slash-parted part
(`국비 1, 136 / 군비 693`: 1억 read where 1,136억 was printed, a wrong figure); a funding cell both its sums deny is
mended from the sums only on a page read by OCR — a native or text card printing `1.7` where its sums say 17 keeps
its printed figure (the card's fault, for validation to flag), never a figure nobody printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file

# a text card printing 15.2 in 국비's 2024 cell where its row's and column's sums both say 152 (the card's own typo)
CARD = """

군수 공약사업 관리카드

공 약 명 스마트팜 혁신밸리 조성 및 청년농 50명 육성 관리번호 5-5-11

주관부서 농업기술센터 기술보급과
담 당 자 공동수 전화번호 9728

협조부서 기획예산과

실천목표 중장기 추진 추진상황 일부추진

�   사업 개요


◦ 사업기간 : 2022.7.~2028.6.

◦ 총사업비 : 2,483억원(국비 625, 도비 511, 군비 693, 민자

654)

◦ 주요내용

- 스마트팜 관련 기업 유치 및 전문인력 양성

�   투자계획
(단위 : 억원)
구  분 총계
연도별 투자 실적 및 계획

2022년 2023년 2024년 2025년 2026년 2027년

계 2,483 260 419 310 436 470 588

국  비 625 70 15.2 68 68 81 186

도  비 511 - - - 198 173 140

군  비 693 37 177 114 139 134 92

민  자 654 153 90 128 31 82 170

�   추진실적(성과)
<2024년 3분기 현재>

◦ 농림축산식품부 주관 스마트팜 공모사업 최종 선정(국비 36억 확보) : 2024년 9월

◦ 스마트팜 관련 현장 건의 39건 검토 및 제도 개선 : 2024. 7.

※ 참여기관 : 홍천경제진흥원, 한빛에너지

◦ 스마트팜 워크숍 개최 : '24. 9월

- 청년농업인 62명(1차 37, 2차 25)

◦ 스마트팜 분야

- 홍천평생교육진흥원 공동 스마트팜 아카데미 운영(수료생 79명) : '24. 7.

- ㈜채움테크, (주)비채엔지니어링 등 3개 기업 투자협약 체결 : 2024. 9.

- 교육생 대상 스마트팜 설명회 개최(64명 참석) : '24.9월

◦ 신규 참여기업 협약(기업 : 누리바이오, 계약인원 : 20명) : ’24.8월

- 총 9회 운영, 만족도 87점

�   군민소통 실적


계 주민간담회, 공청회 등 만족도조사 민간전문가 자문 언론 홍보 기타

171회 - - - 169 2

�   향후계획


◦ 공약사항 정비 및 이행계획 보완 : 2025년 중

◦ 실증단지 실시설계 및 착공 : ’26. 상반기

<기대효과>

◦ 스마트팜 분야 선도 지역으로서 위상 강화

◦ 스마트팜 경쟁력 강화를 통한 지역경제 활성화

◦ 홍천군 브랜드 가치 제고 및 대외 인지도 확대

"""


@pytest.mark.parametrize(
    "rest, cut", [(", 136 / 군비 693", ", 136"), (", 136 · 군비 693", ", 136"), (", 1367 / 군비", None)]
)
def test_a_space_cut_group_before_a_slash_or_dot_continues_the_figure(rest: str, cut: str | None) -> None:
    from pledgecard.normalize.money_spaced import cut_group

    assert cut_group(rest) == cut


def test_a_space_cut_part_before_a_slash_is_read_where_the_total_proves_it() -> None:
    from pledgecard.normalize.money import parse_budget

    parts = parse_budget("2,483억원(국비 1, 136 / 군비 693 / 민자 654)")["parts"]
    assert [(p["label"], p["amount_krw"]) for p in parts] == [
        ("국비", 113_600_000_000),
        ("군비", 69_300_000_000),
        ("민자", 65_400_000_000),
    ]


def test_a_printed_cell_its_sums_deny_off_ocr_pages_is_kept_as_printed(tmp_path: Path) -> None:
    card = tmp_path / "cross.txt"
    card.write_text(CARD, encoding="utf-8")
    (record,) = extract_file(card)
    national = next(r for r in record["funding"]["rows"] if r["source"] == "national")
    assert national["amounts_krw"][2] == 1_520_000_000  # 15.2억 as printed, not the sums' 152억


def test_a_native_cell_its_sums_deny_keeps_its_printed_figure() -> None:
    """typo17.hwpx (review c): an 억 원 table printing 1.7 in 국비's 2024 cell where its row and column say 17: read
    17억 silently before (a figure nobody printed); now 1.7억 as printed."""
    (record,) = extract_file(Path(__file__).parent / "fixtures" / "review_c_35" / "typo17.hwpx")
    national = next(r for r in record["funding"]["rows"] if r["source"] == "national")
    assert national["amounts_krw"][2] == 170_000_000
