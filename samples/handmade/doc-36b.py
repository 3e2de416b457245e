"""Write the hand-made cards of session 36's second round (README "Eleventh round"): ``doc-sollip-district-3-2-07.hwpx``
(HWPX), ``doc-noeul-province-6-1.hwp`` (HWP 5) and ``doc-dahye-city-4-12.pdf`` (HTML → PDF). The OWPML body is written
element by element with ``doc-hwpx.py``'s helpers and the HWP 5 file by ``doc-hwp.py``'s writer (python-hwpx's
low-level ``write_hwp5``); the PDF from ``.sources/doc-dahye-city-4-12.html`` by WeasyPrint, as ``doc-pdf.py`` renders.
A script of its own so that the rounds written side by side touch no shared file; the generator plays no part.

Run from the repository: ``python samples/handmade/doc-36b.py`` (rewrites the three files in place).
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


script: Callable[[str], ModuleType] = runpy.run_path(str(HERE / "scripts.py"))["script"]


def sollip_district(m: ModuleType) -> list[str]:
    """새롬광역시 솔잎구 (광역시 자치구, HWPX): the header a grid of two rows of four label-value pairs (``공약번호 |
    3-2-07``, ``소 관 | 주관: … / 협조: …, …``, the period among them), the as-of under the title, funding in 백만원
    with the sources as columns and the years as rows (``연도 | 계 | 국비 | 시비 | 구비``), the total row last."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("새롬광역시 솔잎구 민선8기 공약사업 관리카드", 2, 1),
        para("(2025. 6. 30. 기준)", 0, 2),
        table(
            [
                [
                    H("공 약 명"),
                    Cell("어린이 안심 통학로 조성"),
                    H("공약번호"),
                    "3-2-07",
                    H("추진상황"),
                    "정상추진",
                    H("실천목표"),
                    Cell("2026년까지 통학로 24개소 정비"),
                ],
                [
                    H("소 관"),
                    Cell("주관: 교통행정과 / 협조: 안전총괄과, 교육지원과"),
                    H("담 당 자"),
                    "남궁은서",
                    H("연 락 처"),
                    "02-2600-4418",
                    H("사업기간"),
                    "2023. 3. ~ 2026. 12.",
                ],
            ],
            [2, 4, 2, 2, 2, 2, 2, 4],
        ),
        para(""),
        para("1. 사업 개요", 1),
        para("  ○ 총사업비 : 8,400백만원 (국비 2,500, 시비 3,500, 구비 2,400)"),
        para("  ○ 주요내용"),
        para("    - 초등학교 주변 통학로 보도 신설·확장 및 옐로카펫 설치"),
        para("    - 스마트 횡단보도(보행신호 음성안내, 바닥신호등) 설치"),
        para(""),
        para("2. 재원 투자계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("연 도"), H("계"), H("국 비"), H("시 비"), H("구 비")],
                ["2023", "1,200", "400", "500", "300"],
                ["2024", "2,600", "800", "1,100", "700"],
                ["2025", "3,100", "900", "1,300", "900"],
                ["2026", "1,500", "400", "600", "500"],
                [H("합 계"), "8,400", "2,500", "3,500", "2,400"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("  ○ 통학로 정비 기본계획 수립 : 2023. 3. ~ 8."),
        para("  ○ 1단계 통학로 정비공사 : 2024. 2. ~ 11."),
        para("    - 초등학교 8개소 주변 보도 2.4km 신설"),
        para("  ○ 스마트 횡단보도 설치 : 2025. 3. ~ 5."),
        para("    - 10개소 설치, 학부모 모니터링단 30명 운영"),
        para("  ○ 2단계 통학로 정비공사 착공 : 2025. 4. 21."),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("사 업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("통학로 정비", rows=3), "2024", "8개소", "8개소", "완료"],
                ["2025", "16개소", "13개소", "추진중"],
                ["2026", "24개소", "-", "미착수"],
                ["스마트 횡단보도", "2025", "10개소", "10개소", "완료"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 구민소통 실적", 1),
        table(
            [
                [H("구 분"), H("주민설명회"), H("만족도조사"), H("전문가 자문"), H("언론보도"), H("계")],
                [H("횟 수"), "3", "1", "2", "5", "11"],
            ],
            [2, 2, 2, 2, 2, 1],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("  ○ 2단계 통학로 정비공사 준공 : 2025. 11."),
        para("  ○ 3단계 대상지 8개소 실시설계 : 2026. 상반기"),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 어린이 교통사고 예방 및 안전한 등하굣길 확보"),
        para("  ○ 보행 친화적 생활환경 조성"),
    ]


def noeul_province(m: ModuleType) -> list[str]:
    """노을도 (도, HWP 5): the achievements a TABLE ``일 자 | 추진내용 | 비 고`` (dates ``'24.3.``, ``2024.4.~5.``,
    ``'24. 하반기``, ``'25.2.14.``), the plans a table ``추진기간 | 추진내용``, funding with the total column first."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("노을도 도지사 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("깨끗한 바다 만들기 해양쓰레기 전주기 관리", cols=3)],
                [H("관리번호"), "6-1", H("추진상황"), "추진중(정상)"],
                [H("주관부서"), "해양환경과", H("협조부서"), "수산정책과, 환경정책과"],
                [H("담 당 자"), "도윤슬", H("연 락 처"), "061-710-3392"],
                [H("실천목표"), Cell("2026년까지 해양쓰레기 연 3,000톤 수거", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("□ 사업기간 : 2023. 7. ~ 2026. 12."),
        para("□ 총사업비 : 4,800백만원 (국비 2,400, 도비 960, 시군비 1,440)"),
        para("□ 주요내용"),
        para("  ○ 해양쓰레기 수거선 건조 및 도서지역 집하장 설치"),
        para("  ○ 주민참여형 해안 정화 활동 지원"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("계"), H("2023"), H("2024"), H("2025"), H("2026")],
                [H("국 비"), "2,400", "200", "800", "900", "500"],
                [H("도 비"), "960", "80", "320", "360", "200"],
                [H("시군비"), "1,440", "120", "480", "540", "300"],
                [H("계"), "4,800", "400", "1,600", "1,800", "1,000"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적 (2025. 6. 30. 기준)", 1),
        table(
            [
                [H("일 자"), H("추진내용"), H("비 고")],
                ["'24.3.", Cell("해양쓰레기 수거선 건조 기본계획 수립", align=0), "완료"],
                ["2024.4.~5.", Cell("수거선 설계 용역 및 해양수산부 협의", align=0), "-"],
                ["'24. 하반기", Cell("해양쓰레기 수거선 건조 착수", align=0), "국비 확보"],
                ["'25.2.14.", Cell("해안 정화 주민참여단 발대식(참여 120명)", align=0), "-"],
                ["2025.3.~6.", Cell("봄철 집중 수거기간 운영, 해양쓰레기 1,350톤 수거", align=0), "-"],
            ],
            [2, 6, 2],
        ),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("사 업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("해양쓰레기 수거", rows=2), "2024", "2,000톤", "2,150톤", "달성"],
                ["2025", "2,500톤", "1,350톤", "추진중"],
                ["해안 정화 주민참여단", "2025", "150명", "120명", "추진중"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("구 분"), H("계"), H("주민간담회"), H("만족도조사"), H("전문가 자문"), H("언론홍보")],
                [H("횟 수"), "10", "3", "1", "2", "4"],
            ],
            [2, 1, 2, 2, 2, 2],
        ),
        para(""),
        para("6. 향후계획", 1),
        table(
            [
                [H("추진기간"), H("추진내용")],
                ["2025. 9.", Cell("해양쓰레기 수거선 진수 및 시운전", align=0)],
                ["'25. 4분기", Cell("해안 정화 주민참여단 2기 모집", align=0)],
                ["2026. 상반기", Cell("도서지역 집하장 5개소 설치", align=0)],
            ],
            [2, 6],
        ),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 깨끗한 해양환경 조성으로 관광객 유치 및 어업 피해 감소"),
        para("  ○ 주민 주도의 해양환경 보전 문화 확산"),
    ]


if __name__ == "__main__":
    hwpx = script("doc-hwpx")
    hwpx.write_hwpx(
        HERE / "doc-sollip-district-3-2-07.hwpx", "구청장 공약사업 관리카드 3-2-07", sollip_district(hwpx)
    )
    mod = script("doc-hwpx")
    script("doc-hwp").write_hwp(
        HERE / "doc-noeul-province-6-1.hwp", "공약사업 관리카드 6-1", noeul_province(mod), mod
    )
    script("doc-pdf").render("doc-dahye-city-4-12")
