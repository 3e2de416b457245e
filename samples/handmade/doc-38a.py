"""Write the hand-made cards of session 38's handdocs5 round (README "Fifteenth round"): ``doc-chaeun-district-3-4.hwpx``
(HWPX: a 광역시 자치구 whose funding table sets the sources across and the years down, 지방비 a group of a 소계 and its
parts, and whose as-of date is printed in the page footer only), ``doc-yesol-province-5-8.hwp`` (HWP 5: a header of
label rows over value rows, the achievements a table ``월 | 추진사항 | 성과`` of months only under a heading naming the
year, the goals a matrix of indicators down and years across with 목표 / 실적 rows in turn) and
``doc-ujin-city-2-12.pdf`` (PDF from ``.sources/doc-ujin-city-2-12.html`` by WeasyPrint, as ``doc-pdf.py`` renders: a
summary page then the detail page of one pledge, the status a progress bar's label ``진척도 65%`` and a word, the
outreach a prose paragraph with its counts). The OWPML body is written element by element with ``doc-hwpx.py``'s
helpers and the HWP 5 file by ``doc-hwp.py``'s writer; the generator plays no part.

Run from the repository: ``python samples/handmade/doc-38a.py`` (rewrites the three files in place).
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent


script: Callable[[str], ModuleType] = runpy.run_path(str(HERE / "scripts.py"))["script"]


def footer(text: str) -> str:
    """A running footer (OWPML ``hp:footer`` in a control of its own paragraph) printing ``text`` on every page."""
    body = (
        f'<hp:p id="0" paraPrIDRef="1" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:run charPrIDRef="0"><hp:t>{escape(text)}</hp:t></hp:run></hp:p>'
    )
    ctrl = (
        '<hp:ctrl><hp:footer id="1" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL" '
        'lineWrap="BREAK" vertAlign="BOTTOM" linkListIDRef="0" linkListNextIDRef="0" textWidth="42520" '
        f'textHeight="2834" hasTextRef="0" hasNumRef="0">{body}</hp:subList></hp:footer></hp:ctrl>'
    )
    return (
        '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:run charPrIDRef="0">{ctrl}<hp:t/></hp:run></hp:p>'
    )


def chaeun_district(m: ModuleType) -> list[str]:
    """한내광역시 채운구 (광역시 자치구, HWPX): the as-of date only in the running footer, a ruled header grid, ``가.``
    headings, the funding table turned (years down, sources across) with 지방비 a column group of 소계 / 시비 / 구비
    and the 계 row last, a goal table keyed by year, the outreach one row of counts with its 계 last."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        footer("한내광역시 채운구  |  2025. 9. 30. 기준"),
        para("채운구청장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("골목상권 공유주차장 확충", cols=3)],
                [H("관리번호"), "3-4", H("추진상황"), "정상추진"],
                [H("주관부서"), "교통행정과", H("협조부서"), "도시계획과, 재무과"],
                [H("담 당 자"), "표서율", H("전화번호"), "042-601-3374"],
                [H("실천목표"), Cell("2026년까지 공유주차면 600면 확보", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("가. 사업개요", 1),
        para("  ○ 사업기간 : 2023. 3. ~ 2026. 12."),
        para("  ○ 총사업비 : 5,400백만원 (국비 1,200, 시비 2,520, 구비 1,680)"),
        para("  ○ 주요내용"),
        para("    - 학교·종교시설·공공기관 부설주차장 개방 협약"),
        para("    - 자투리땅 공영주차장 조성"),
        para(""),
        para("나. 연도별 재원 투자계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("연 도", rows=2), H("총 계", rows=2), H("국 비", rows=2), H("지 방 비", cols=3)],
                [H("소 계"), H("시 비"), H("구 비")],
                [H("2023년"), "900", "200", "700", "420", "280"],
                [H("2024년"), "1,500", "400", "1,100", "660", "440"],
                [H("2025년"), "1,700", "400", "1,300", "780", "520"],
                [H("2026년"), "1,300", "200", "1,100", "660", "440"],
                [H("계"), "5,400", "1,200", "4,200", "2,520", "1,680"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("다. 추진실적", 1),
        para("  ○ 관내 학교·종교시설 부설주차장 개방 협약 체결 : 2023. 6."),
        para("    - 12개 기관 참여, 공유주차면 214면 확보"),
        para("  ○ 한내교통공사와 공유주차 안내 앱 연계 협약 : 2024. 4."),
        para("  ○ 자투리땅 공영주차장 3개소 준공 : 2025. 7."),
        para("    - 주민설명회 2회 개최, 인근 상인 85명 참석"),
        para(""),
        para("라. 목표 대비 실적", 1),
        table(
            [
                [H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                ["2024", "공유주차면 300면", "326면", "달성"],
                ["2025", "공유주차면 450면", "410면", "추진중"],
                ["2026", "공유주차면 600면", "-", "미착수"],
            ],
            [2, 4, 3, 2],
        ),
        para(""),
        para("마. 구민소통 실적", 1),
        table(
            [
                [H("구 분"), H("주민설명회"), H("설문조사"), H("전문가 자문"), H("언론보도"), H("계")],
                [H("실 적"), "3회", "1회", "2회", "5회", "11회"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("바. 향후계획", 1),
        para("  ○ 공유주차 참여기관 10개 추가 발굴 : 2025. 4/4분기"),
        para("  ○ 스마트 주차안내 시스템 구축 : 2026. 상반기"),
        para(""),
        para("사. 기대효과", 1),
        para("  ○ 골목상권 주차난 해소 및 불법주차 감소"),
    ]


def yesol_province(m: ModuleType) -> list[str]:
    """예솔도 (도, HWP 5): the header's labels on one row of cells and their values on the next, the achievements a
    table ``월 | 추진사항 | 성과`` of months only under ``3. 2025년 추진실적``, the goals a matrix of indicators down and
    years across whose rows alternate 목표 / 실적, the outreach a row per kind with its 계 last."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("도지사 공약사업 관리카드", 2, 1),
        para("(2025년 3분기 현재)", 0, 2),
        table(
            [
                [H("관리번호"), H("공 약 명"), H("추진상황")],
                ["5-8", "청년 공유주방 창업 지원", "추진중(정상)"],
                [H("주관부서"), H("협조부서"), H("담당자(연락처)")],
                ["일자리경제과", "농식품유통과, 보건위생과", "변다온 (061-286-4427)"],
                [H("실천목표"), Cell("2026년까지 권역별 공유주방 5개소 조성", cols=2)],
            ],
            [2, 4, 3],
        ),
        para(""),
        para("1. 사업 개요", 1),
        para("□ 사업기간 : 2024. 1. ~ 2026. 12."),
        para("□ 사 업 비 : 3,000백만원 (도비 1,200, 시군비 1,800)"),
        para("□ 주요내용"),
        para("  ○ 권역별 공유주방 5개소 조성(조리설비·위생시설)"),
        para("  ○ 청년 외식창업 교육 및 판로 지원"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("계"), H("2024년"), H("2025년"), H("2026년")],
                [H("계"), "3,000", "600", "1,000", "1,400"],
                [H("도 비"), "1,200", "240", "400", "560"],
                [H("시군비"), "1,800", "360", "600", "840"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 2025년 추진실적", 1),
        table(
            [
                [H("월"), H("추진사항"), H("성과")],
                ["1월", Cell("공유주방 2호점 실시설계 완료", align=0), "-"],
                ["3월", Cell("청년 외식창업 아카데미 1기 운영", align=0), "수료생 24명"],
                ["5~6월", Cell("공유주방 입점 청년팀 모집 및 선정", align=0), "18개 팀 선정"],
                ["8월", Cell("예솔농협과 로컬푸드 직매장 납품 협약", align=0), "납품 계약 6건"],
            ],
            [1, 6, 3],
        ),
        para(""),
        para("4. 성과지표 목표 및 실적", 1),
        table(
            [
                [H("성과지표"), H("구분"), H("2024년"), H("2025년"), H("2026년")],
                [Cell("공유주방 조성", rows=2), H("목표"), "2개소", "4개소", "5개소"],
                [H("실적"), "2개소", "3개소", "-"],
                [Cell("창업교육 수료", rows=2), H("목표"), "40명", "80명", "120명"],
                [H("실적"), "42명", "61명", "-"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟수"), H("주요내용")],
                ["간담회", "2회", Cell("청년 창업자 간담회", align=0)],
                ["만족도조사", "1회", Cell("아카데미 교육생 만족도 조사", align=0)],
                ["언론보도", "4회", Cell("보도자료 배포", align=0)],
                [H("계"), "7회", ""],
            ],
            [2, 1, 5],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("□ 공유주방 4호점 개소 : 2025. 11."),
        para("□ 창업 아카데미 3기 운영 : 2026. 1분기"),
        para(""),
        para("7. 기대효과", 1),
        para("□ 청년 외식창업 초기비용 절감 및 지역 정착 유도"),
    ]


if __name__ == "__main__":
    hwpx = script("doc-hwpx")
    hwpx.write_hwpx(
        HERE / "doc-chaeun-district-3-4.hwpx", "구청장 공약사업 관리카드 3-4", chaeun_district(hwpx)
    )
    mod = script("doc-hwpx")
    script("doc-hwp").write_hwp(
        HERE / "doc-yesol-province-5-8.hwp", "공약사업 관리카드 5-8", yesol_province(mod), mod
    )
    script("doc-pdf").render("doc-ujin-city-2-12")
