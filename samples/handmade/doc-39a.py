"""Write the hand-made cards of session 39's handdocs7 round (README "Seventeenth round"):
``doc-mulbit-county-2-4.hwpx`` (HWPX: a 도's 군 whose header is a table nested inside the one cell of an outer
table, and whose funding table sets the years down, the sources across, then a 합계 and a cumulative ``누계``
column), ``doc-harang-province-7-5.hwp`` (HWP 5: the whole card one ruled grid, as a spreadsheet exports it: every
line a row of merged cells, each section heading a row spanning the grid, the achievements a ``시기 | 추진내용``
log dated by quarters alone (``1/4분기``) under ``3. 2025년 추진실적``, the goals with a 달성률 and a 비고 column)
and ``doc-areum-city-3-6.pdf`` (PDF from ``.sources/doc-areum-city-3-6.html`` by WeasyPrint, as ``doc-pdf.py``
renders: tables ruled by horizontal lines only, the as-of date in the title line ``(2025. 3. 31. 기준)``, the budget
in 백만원 and the funding table in 천원, the goals with 달성률 and 비고). The OWPML body is written element by element
with ``doc-hwpx.py``'s helpers and the HWP 5 file by ``doc-hwp.py``'s writer; the generator plays no part.

Run from the repository: ``python samples/handmade/doc-39a.py`` (rewrites the three files in place).
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


script: Callable[[str], ModuleType] = runpy.run_path(str(HERE / "scripts.py"))["script"]


def nested(m: ModuleType, rows: list[list[object]], widths: list[int]) -> str:
    """A table set inside a cell: ``m.table``'s paragraph, which ``m.table`` keeps as it is in a cell's lines."""
    return str(m.table(rows, widths))


def mulbit_county(m: ModuleType) -> list[str]:
    """너울도 물빛군 (도의 군, HWPX): the header a table nested in the one cell of an outer table under the
    title, ``1.`` headings, the funding table turned (years down, sources across) closing on 합계 and 누계 columns
    and a 계 row, a goal table whose project spans its years, the outreach counts bare under a unit line."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    header = nested(
        m,
        [
            [H("공 약 명"), Cell("농어촌 마을버스 공영화", cols=3)],
            [H("관리번호"), "2-4", H("추진상황"), "추진중(정상)"],
            [H("주관부서"), "교통정책과", H("협조부서"), "기획예산과"],
            [H("담 당 자"), "남궁솔", H("연 락 처"), "033-940-2218"],
            [H("실천목표"), Cell("2026년까지 공영 마을버스 7개 노선 운행", cols=3)],
        ],
        [2, 3, 2, 3],
    )
    return [
        para("너울도 물빛군", 0, 1),
        para("군수 공약사업 관리카드", 2, 1),
        para("(2025. 6. 30. 현재)", 0, 2),
        table([[Cell([header])]], [1]),
        para(""),
        para("1. 사업 개요", 1),
        para("  ○ 사업기간 : 2024. 1. ~ 2026. 12."),
        para("  ○ 사 업 비 : 3,000백만원 (국비 1,500, 도비 900, 군비 600)"),
        para("  ○ 주요내용"),
        para("    - 민영 마을버스 노선 공영 전환"),
        para("    - 수요응답형 버스 도입"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("연 도"), H("국 비"), H("도 비"), H("군 비"), H("합 계"), H("누 계")],
                [H("2024년"), "500", "300", "200", "1,000", "1,000"],
                [H("2025년"), "700", "400", "300", "1,400", "2,400"],
                [H("2026년"), "300", "200", "100", "600", "3,000"],
                [H("계"), "1,500", "900", "600", "3,000", ""],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("  ○ 공영 마을버스 1단계 3개 노선 전환 : 2024. 7."),
        para("    - 운수종사자 14명 군 공무직 전환"),
        para("  ○ 물빛군시설관리공단과 차량 정비 위탁 협약 : 2025. 1."),
        para("  ○ 수요응답형 버스 2개 노선 시범운행 : 2025. 4."),
        para("    - 이용객 3,420명, 만족도 조사 1회"),
        para(""),
        para("4. 목표 대비 실적", 1),
        table(
            [
                [H("세부사업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("공영 노선 전환", rows=3), "2024", "3개 노선", "3개 노선", "완료"],
                ["2025", "5개 노선", "3개 노선", "추진중"],
                ["2026", "7개 노선", "-", "미착수"],
            ],
            [3, 2, 3, 3, 2],
        ),
        para(""),
        para("5. 군민소통 실적", 1),
        para("(단위 : 회)", 0, 2),
        table(
            [
                [H("구 분"), H("주민설명회"), H("설문조사"), H("전문가 자문"), H("언론보도"), H("계")],
                [H("실 적"), "5", "2", "1", "3", "11"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("  ○ 2단계 2개 노선 공영 전환 : 2025. 하반기"),
        para("  ○ 수요응답형 버스 전 읍면 확대 : 2026. 상반기"),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 교통 취약지역 주민 이동권 보장"),
    ]


def harang_province(m: ModuleType) -> list[str]:
    """하랑도 (도, HWP 5): the card one grid of six columns as a spreadsheet exports it, every line a row of merged
    cells and every section heading a shaded row spanning the grid; the achievements a ``시기 | 추진내용`` log of
    quarters alone under ``3. 2025년 추진실적``; the goals ``연도 | 목표 | 실적 | 달성률 | 비고``; plans and effects a
    bulleted line to a row."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("하랑도", 0, 1),
        para("도지사 공약사업 관리카드", 2, 1),
        para("(2025년 2분기 현재)", 0, 2),
        table(
            [
                [H("공 약 명"), Cell("어촌 체험마을 조성", cols=5)],
                [H("관리번호"), "7-5", H("추진상황"), Cell("부진", cols=3)],
                [H("주관부서"), "해양수산과", H("협조부서"), Cell("관광진흥과, 어촌개발과", cols=3)],
                [H("담 당 자"), "기보람", H("연 락 처"), Cell("061-286-7754", cols=3)],
                [H("실천목표"), Cell("2026년까지 어촌 체험마을 10개소 조성", cols=5)],
                [Cell("1. 사업개요", cols=6, head=True, align=0)],
                [H("사업기간"), Cell("2023. 7. ~ 2026. 12.", cols=5, align=0)],
                [H("사 업 비"), Cell("5,000백만원 (국비 2,500, 도비 1,000, 시군비 1,500)", cols=5, align=0)],
                [
                    H("주요내용"),
                    Cell(
                        ["- 어촌 체험마을 10개소 기반시설 조성", "- 어촌 체험 프로그램 개발 및 운영"],
                        cols=5,
                        align=0,
                    ),
                ],
                [Cell("2. 재원투자 계획 (단위 : 백만원)", cols=6, head=True, align=0)],
                [H("구 분"), H("계"), H("2023년"), H("2024년"), H("2025년"), H("2026년")],
                [H("계"), "5,000", "500", "1,500", "1,800", "1,200"],
                [H("국 비"), "2,500", "250", "750", "900", "600"],
                [H("도 비"), "1,000", "100", "300", "360", "240"],
                [H("시군비"), "1,500", "150", "450", "540", "360"],
                [Cell("3. 2025년 추진실적", cols=6, head=True, align=0)],
                [H("시 기"), H("추진내용", cols=5)],
                ["1/4분기", Cell("어촌 체험마을 4호점 준공", cols=5, align=0)],
                ["2/4분기", Cell("바다숲 체험 프로그램 12회 운영, 참가자 480명", cols=5, align=0)],
                ["2/4분기", Cell("하랑수협과 수산물 직판장 공동 운영 협약", cols=5, align=0)],
                [Cell("4. 성과지표", cols=6, head=True, align=0)],
                [H("연 도"), H("목 표"), H("실 적"), H("달성률"), H("비 고", cols=2)],
                ["2024", "체험마을 3개소", "3개소", "100%", Cell("-", cols=2)],
                ["2025", "체험마을 6개소", "4개소", "67%", Cell("5호점 설계 지연", cols=2)],
                ["2026", "체험마을 10개소", "-", "-", Cell("-", cols=2)],
                [Cell("5. 도민소통 실적", cols=6, head=True, align=0)],
                [H("구 분"), H("간담회"), H("만족도조사"), H("언론보도"), H("기 타"), H("계")],
                [H("실 적"), "2회", "1회", "3회", "1회", "7회"],
                [Cell("6. 향후계획", cols=6, head=True, align=0)],
                [Cell("○ 어촌 체험마을 5·6호점 착공 : 2025. 3/4분기", cols=6, align=0)],
                [Cell("○ 체험마을 통합 예약 플랫폼 구축 : 2026. 상반기", cols=6, align=0)],
                [Cell("7. 기대효과", cols=6, head=True, align=0)],
                [Cell("○ 어촌 관광객 증가 및 어업인 소득 다각화", cols=6, align=0)],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
    ]


if __name__ == "__main__":
    hwpx = script("doc-hwpx")
    hwpx.write_hwpx(HERE / "doc-mulbit-county-2-4.hwpx", "군수 공약사업 관리카드 2-4", mulbit_county(hwpx))
    m = script("doc-hwpx")
    script("doc-hwp").write_hwp(
        HERE / "doc-harang-province-7-5.hwp", "공약사업 관리카드 7-5", harang_province(m), m
    )
    script("doc-pdf").render("doc-areum-city-3-6")
