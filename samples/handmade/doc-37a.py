"""Write the hand-made cards of session 37's handdocs3 round (README "Twelfth round"): ``doc-dasol-city-5-3.hwpx``
(HWPX), ``doc-hansaem-province-2-9.hwp`` (HWP 5) and ``doc-gyeoul-county-4-5.pdf`` (HTML → PDF). The OWPML body is
written element by element with ``doc-hwpx.py``'s helpers and the HWP 5 file by ``doc-hwp.py``'s writer; the PDF from
``.sources/doc-gyeoul-county-4-5.html`` by WeasyPrint, as ``doc-pdf.py`` renders (its photo drawn by ``doc-pdf.py``'s
``draw_hall``). A script of its own so that the rounds written side by side touch no shared file; the generator plays
no part.

Run from the repository: ``python samples/handmade/doc-37a.py`` (rewrites the three files in place).
"""

from __future__ import annotations

import runpy
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


script: Callable[[str], ModuleType] = runpy.run_path(str(HERE / "scripts.py"))["script"]


def dasol_city(m: ModuleType) -> list[str]:
    """다솔시 (시, HWPX): the header a two-column definition list (one label | value pair a row), money in 백만원 with
    one decimal, dates as ``2024년 3월 중``, a goal table keyed by quarter (``1/4분기`` ...) under one year cell."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("다솔시장 공약사업 관리카드", 2, 1),
        para("[ 2025년 2/4분기 기준 ]", 0, 1),
        table(
            [
                [H("공 약 명"), Cell("공공자전거 ‘다솔바퀴’ 확대 운영", align=0)],
                [H("공약번호"), Cell("5-3", align=0)],
                [H("담당부서"), Cell("교통정책과", align=0)],
                [H("협업부서"), Cell("도로과, 공원녹지과", align=0)],
                [H("담 당 자"), Cell("탁하람 (031-880-2741)", align=0)],
                [H("이행목표"), Cell("2026년까지 대여소 150개소, 자전거 2,000대 운영", align=0)],
                [H("이행상황"), Cell("정상추진", align=0)],
                [H("사업기간"), Cell("2023년 1월 ~ 2026년 12월", align=0)],
            ],
            [2, 8],
        ),
        para(""),
        para("Ⅰ. 사업 개요", 1),
        para("  ◦ 총사업비 : 6,412.5백만원 (국비 1,200.0, 도비 1,462.5, 시비 3,750.0)"),
        para("  ◦ 사업내용"),
        para("    - 공공자전거 대여소 확충 및 자전거 교체"),
        para("    - 스마트폰 앱 대여·반납 시스템 구축"),
        para(""),
        para("Ⅱ. 연차별 투자계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("재 원"), H("총 계"), H("2023년"), H("2024년"), H("2025년"), H("2026년")],
                [H("국 비"), "1,200.0", "300.0", "300.0", "300.0", "300.0"],
                [H("도 비"), "1,462.5", "262.5", "400.0", "400.0", "400.0"],
                [H("시 비"), "3,750.0", "750.0", "1,000.0", "1,000.0", "1,000.0"],
                [H("합 계"), "6,412.5", "1,312.5", "1,700.0", "1,700.0", "1,700.0"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("Ⅲ. 추진실적", 1),
        para("  ◦ 공공자전거 확대 기본계획 수립 : 2023년 3월 중"),
        para("  ◦ 대여소 40개소 신규 설치 : 2024년 5월 중"),
        para("    - 자전거 600대 추가 도입, 누적 1,400대"),
        para("  ◦ 대여·반납 앱 개편 및 시범운영 : 2025년 4월 중"),
        para("    - 시민 체험단 50명 운영"),
        para(""),
        para("Ⅳ. 분기별 목표 및 실적", 1),
        table(
            [
                [H("연 도"), H("분 기"), H("목 표"), H("실 적"), H("비 고")],
                [Cell("2025", rows=4), "1/4분기", "대여소 110개소", "대여소 112개소", "달성"],
                ["2/4분기", "대여소 120개소", "대여소 118개소", "추진중"],
                ["3/4분기", "자전거 1,700대", "-", "미착수"],
                ["4/4분기", "자전거 1,800대", "-", "미착수"],
            ],
            [2, 2, 3, 3, 2],
        ),
        para(""),
        para("Ⅴ. 시민소통 실적", 1),
        table(
            [
                [H("구 분"), H("계"), H("시민토론회"), H("만족도조사"), H("전문가자문"), H("보도자료")],
                [H("실 적"), "9회", "2회", "1회", "2회", "4회"],
            ],
            [2, 1, 2, 2, 2, 2],
        ),
        para(""),
        para("Ⅵ. 향후 추진계획", 1),
        para("  ◦ 대여소 10개소 추가 설치 : 2025년 8월 중"),
        para("  ◦ 노후 자전거 300대 교체 : 2025년 4/4분기"),
        para(""),
        para("Ⅶ. 기대효과", 1),
        para("  ◦ 친환경 교통수단 이용 활성화로 탄소배출 저감"),
        para("  ◦ 생활권 단거리 이동 편의 증진"),
    ]


def hansaem_province(m: ModuleType) -> list[str]:
    """한샘특별자치도 (특별자치도, HWP 5): the issuer on its own line over the title, a header grid, funding in 백만원
    with one decimal and a 기투자 column, dates ``2024년 3월 중``, the outreach a dated log ``일 자 | 구 분 | 주요내용
    | 참석인원`` closed by its 계 row."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("한샘특별자치도", 0, 1),
        para("도지사 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("섬 지역 응급의료 헬기 상시 운영", cols=3)],
                [H("관리번호"), "2-9", H("추진상황"), "추진중(정상)"],
                [H("주관부서"), "응급의료과", H("협조부서"), "소방정책과, 해양수산과"],
                [H("담 당 자"), "용다빈", H("연 락 처"), "064-710-3815"],
                [H("실천목표"), Cell("2026년까지 도서지역 응급 이송시간 60분 이내", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para("(2025. 9. 30. 현재)", 0, 2),
        para(""),
        para("1. 사업개요", 1),
        para("□ 사업기간 : 2023. 1. ~ 2026. 12."),
        para("□ 사업비 : 9,850.4백만원 (국비 4,925.2, 도비 4,925.2)"),
        para("□ 주요내용"),
        para("  ○ 응급의료 전용헬기 1대 임차 및 24시간 운항"),
        para("  ○ 도서지역 헬기 이착륙장 정비"),
        para(""),
        para("2. 재원투자 실적 및 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("총사업비"), H("기투자(’23~’24)"), H("2025년"), H("2026년")],
                [H("국 비"), "4,925.2", "2,462.6", "1,231.3", "1,231.3"],
                [H("도 비"), "4,925.2", "2,462.6", "1,231.3", "1,231.3"],
                [H("계"), "9,850.4", "4,925.2", "2,462.6", "2,462.6"],
            ],
            [2, 2, 3, 2, 2],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("□ 응급의료 전용헬기 임차 계약 체결 : 2023년 2월 중"),
        para("□ 헬기 24시간 운항 개시 : 2024년 3월 중"),
        para("  ○ 야간 이송 42건, 누적 이송환자 318명"),
        para("□ 도서지역 이착륙장 6개소 정비 : 2025년 6월 중"),
        para(""),
        para("4. 목표달성", 1),
        table(
            [
                [H("세부사업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("응급 이송시간 단축", rows=2), "2024", "80분 이내", "78분", "달성"],
                ["2025", "70분 이내", "72분", "추진중"],
                ["이착륙장 정비", "2025", "6개소", "6개소", "완료"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("일 자"), H("구 분"), H("주요내용"), H("참석인원")],
                ["’25. 2. 12.", "주민간담회", Cell("추자면 주민 헬기 운영 설명", align=0), "35명"],
                ["’25. 4. 3.", "전문가 자문", Cell("야간 운항 안전기준 자문", align=0), "6명"],
                ["’25. 5. 20.", "주민간담회", Cell("우도면 이착륙장 설치 협의", align=0), "28명"],
                ["’25. 7. 8.", "만족도조사", Cell("이송환자 보호자 설문", align=0), "120명"],
                [H("계", cols=2), "4회", "189명"],
            ],
            [2, 2, 5, 2],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("□ 헬기 2호기 도입 타당성 검토 : 2025년 11월 중"),
        para("□ 이착륙장 추가 정비(3개소) : 2026년 상반기"),
        para(""),
        para("7. 기대효과", 1),
        para("□ 도서지역 주민의 응급의료 접근성 향상"),
    ]


if __name__ == "__main__":
    hwpx = script("doc-hwpx")
    hwpx.write_hwpx(HERE / "doc-dasol-city-5-3.hwpx", "시장 공약사업 관리카드 5-3", dasol_city(hwpx))
    mod = script("doc-hwpx")
    script("doc-hwp").write_hwp(
        HERE / "doc-hansaem-province-2-9.hwp", "공약사업 관리카드 2-9", hansaem_province(mod), mod
    )
    script("doc-pdf").draw_hall(HERE / ".sources" / "doc-gyeoul-county-4-5.png")
    from weasyprint import HTML

    src = HERE / ".sources" / "doc-gyeoul-county-4-5.html"
    HTML(filename=str(src)).write_pdf(str(HERE / "doc-gyeoul-county-4-5.pdf"))
