"""Write the hand-made HWP 5 cards of this folder (``doc-yunseul-metro-2-8.hwp``, ``doc-eunha-province-6-4.hwp``,
``doc-roa-province-8-3.hwp``, ``doc-yeonhwa-district-3-5.hwp``, ``doc-eungyeol-province-2-13.hwp``,
``doc-ihyeon-city-4-7.hwp`` (two quarters' cards of one pledge)): the body written element by
element as an OWPML section with ``doc-hwpx.py``'s helpers (paragraphs, ruled tables with every cell at its
``cellAddr`` / ``cellSpan``), then turned into HWP 5 records (DocInfo, BodyText) and a compound file by
python-hwpx's low-level writer (``hwpx.hwp5.writer.write_hwp5``, the writer under samples/render_hwp.py), not by
the generator's family layout, so none of its habits are in it.

Run from the repository: ``python samples/handmade/doc-hwp.py`` (rewrites the files in place, byte for byte).
"""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def owpml() -> ModuleType:
    """``doc-hwpx.py`` (a file name no import statement takes) loaded as a module."""
    spec = importlib.util.spec_from_file_location("doc_hwpx", HERE / "doc-hwpx.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def yunseul_metro(m: ModuleType) -> list[str]:
    """윤슬광역시 (광역시): Roman-numeral headings, a 4-column header grid whose 담당자 label cell spans the name
    and the phone rows, the overview's bullets three levels deep with a ``※`` note, funding in 백만원 with the
    sources across and the years down (the total column first, the total row last), the as-of in 【 】, goals
    as indicators each over a 목표 row and a 실적 row with the years across, outreach across (the total first)."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("윤슬광역시 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("원도심 빈집 정비 및 청년·신혼부부 임대주택 공급", cols=3)],
                [H("관리번호"), "2-8", H("이행상황"), "추진중(부진)"],
                [H("추진부서"), "도시재생과", H("담 당 자", rows=2), "주무관 문가온"],
                [H("협조부서"), "건축과, 주택정책과", "052-229-7713"],
                [H("실천목표"), Cell("2026년까지 빈집 120동 정비", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("Ⅰ. 사업개요", 1),
        para("□ 사업기간 : 2023. 1. ~ 2026. 12."),
        para("□ 총사업비 : 9,600백만원 (국비 3,840, 시비 5,760)"),
        para("□ 주요내용"),
        para("  ○ 방치 빈집 철거 후 주민 쉼터·공영주차장 조성"),
        para("  ○ 빈집 리모델링 후 청년·신혼부부 임대주택 공급"),
        para("    - 리모델링비 1동당 최대 4천만원 지원"),
        para("  ※ 소유자 동의를 받아 10년 이상 공공 활용"),
        para(""),
        para("Ⅱ. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("연 도"), H("계"), H("국 비"), H("시 비")],
                ["2023", "1,800", "720", "1,080"],
                ["2024", "2,400", "960", "1,440"],
                ["2025", "2,700", "1,080", "1,620"],
                ["2026", "2,700", "1,080", "1,620"],
                [H("합 계"), "9,600", "3,840", "5,760"],
            ],
            [2, 3, 3, 3],
        ),
        para(""),
        para("Ⅲ. 추진실적", 1),
        para("【 2025. 3분기 현재 】", 0, 2),
        para("○ 빈집 실태조사 및 정비계획 수립 : 2023. 3. ~ 8."),
        para("  - 빈집 1,482동 조사, 정비 대상 312동 선정"),
        para("○ 빈집 정비사업 추진 : 2023. 9. ~"),
        para("  - 철거 후 공공 활용 64동"),
        para("    · 주민 쉼터 21개, 공영주차장 9개 조성"),
        para("  - 리모델링 임대주택 28호 공급"),
        para("  ※ 소유자 동의 지연으로 ’24년 정비 실적 부진"),
        para("○ 빈집 정비 지원 조례 개정 : 2024. 5. 17."),
        para(""),
        para("Ⅳ. 목표 달성", 1),
        table(
            [
                [H("성과지표"), H("구분"), H("2024년"), H("2025년"), H("2026년")],
                [Cell("빈집 정비", rows=2), H("목표"), "40동", "80동", "120동"],
                [H("실적"), "36동", "64동", "-"],
                [Cell("임대주택 공급", rows=2), H("목표"), "10호", "25호", "40호"],
                [H("실적"), "12호", "28호", "-"],
            ],
            [3, 2, 2, 2, 2],
        ),
        para(""),
        para("Ⅴ. 시민소통 실적", 1),
        table(
            [
                [
                    H("구 분"),
                    H("계"),
                    H("주민간담회·공청회"),
                    H("만족도조사"),
                    H("전문가 자문"),
                    H("언론·방송"),
                    H("기 타"),
                ],
                [H("실적(회)"), "19", "6", "1", "2", "8", "2"],
            ],
            [2, 1, 3, 2, 2, 2, 1],
        ),
        para(""),
        para("Ⅵ. 향후 추진계획", 1),
        para("○ 2026년 정비 대상 빈집 추가 선정 : 2026. 1분기"),
        para("○ 임대주택 입주자 만족도 조사 : 2025. 12."),
        para(""),
        para("Ⅶ. 기대효과", 1),
        para("○ 방치 빈집 정비로 원도심 주거환경 개선 및 범죄 예방"),
        para("○ 청년·신혼부부 주거비 부담 완화"),
    ]


def eunha_province(m: ModuleType) -> list[str]:
    """은하특별자치도 (특별자치도), a LANDSCAPE page: a 6-column header grid of three pairs a row, funding in 천원
    under a unit line with the sources down, the years across and a 계 column last (the 합 계 row last),
    achievements as a dated table (일 자 | 추 진 내 용) under a heading carrying the as-of, goals as two indicators
    in one table (years down, a two-row head: each indicator and its unit over 목표 | 실적), outreach a row per
    channel with a note column and the 계 row last, the plans as a table by quarter (추진시기 | 추진계획)."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("은하특별자치도 도지사 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("농촌 빈집 활용 체류형 관광마을 조성", cols=5)],
                [H("관리번호"), "6-4", H("주관부서"), "관광정책과", H("이행상황"), "정상추진"],
                [
                    H("담 당 자"),
                    "여하람",
                    H("연 락 처"),
                    "033-249-3817",
                    H("협조부서"),
                    "문화예술과, 농촌활력과",
                ],
                [H("실천목표"), Cell("2026년까지 체류형 관광객 5만명 유치", cols=5)],
            ],
            [2, 3, 2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("  ○ 사업기간 : 2023. 1. ~ 2026. 12."),
        para("  ○ 총사업비 : 60억원 (국비 24억원, 도비 30억원, 민자 6억원)"),
        para("  ○ 주요내용"),
        para("    - 농촌 빈집을 고쳐 체류형 숙소로 조성"),
        para("    - 마을별 농촌체험 프로그램 운영"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 천원)", 0, 2),
        table(
            [
                [H("구 분"), H("2023년"), H("2024년"), H("2025년"), H("2026년"), H("계")],
                [H("국 비"), "400,000", "600,000", "700,000", "700,000", "2,400,000"],
                [H("도 비"), "500,000", "800,000", "900,000", "800,000", "3,000,000"],
                [H("민 자"), "-", "200,000", "200,000", "200,000", "600,000"],
                [H("합 계"), "900,000", "1,600,000", "1,800,000", "1,700,000", "6,000,000"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적 (2025. 9. 30. 기준)", 1),
        table(
            [
                [H("일 자"), H("추 진 내 용")],
                ["2023. 3. 15.", Cell("체류형 관광마을 조성 기본계획 수립", align=0)],
                ["2023. 11.", Cell("대상 마을 선정 및 주민협의체 구성", align=0)],
                ["2024. 4. ~ 12.", Cell("빈집 리모델링 숙소 22동 조성", align=0)],
                ["2025. 6. 20.", Cell("은하 농촌체험 축제 개최, 방문객 3,200명", align=0)],
            ],
            [2, 8],
        ),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("연 도", rows=2), H("체류형 관광객(명)", cols=2), H("농촌체험 프로그램(회)", cols=2)],
                [H("목 표"), H("실 적"), H("목 표"), H("실 적")],
                ["2024", "20,000", "23,400", "40", "46"],
                ["2025", "35,000", "31,800", "60", "52"],
                ["2026", "50,000", "-", "80", "-"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟수(회)"), H("주 요 내 용")],
                ["주민설명회", "3", "대상 마을 순회"],
                ["만족도조사", "1", "체험객 대상"],
                ["전문가 자문", "2", "-"],
                ["언론보도", "7", "-"],
                [H("계"), "13", ""],
            ],
            [3, 2, 5],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        table(
            [
                [H("추진시기"), H("추 진 계 획")],
                ["2025. 4분기", Cell("체류형 숙소 2단계 착공", align=0)],
                ["2026. 1분기", Cell("농촌체험 프로그램 운영기관 공모", align=0)],
                ["2026. 2분기", Cell("마을 공동 브랜드 개발", align=0)],
            ],
            [2, 8],
        ),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 농촌 빈집 활용으로 마을 정주 여건 개선"),
        para("  ○ 체류형 관광객 증가에 따른 농가 소득 증대"),
    ]


def roa_province(m: ModuleType) -> list[str]:
    """로아특별자치도 (특별자치도): the funding table TRANSPOSED, the sources as columns (국비 / 도비 / 시비 / 기타 / 계)
    and the years as rows with the total row first, in 천원; the goals per indicator over 목표 | 실적 rows with each
    year's two columns 상반기 | 하반기 under it (cumulative, the year-end in 하반기), a ``※`` note under the table."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("로아특별자치도 도지사 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("산림치유 거점단지 조성", cols=3)],
                [H("관리번호"), "8-3", H("추진상황"), "정상추진"],
                [H("주관부서"), "산림휴양과", H("담 당 자"), "심다은"],
                [H("연 락 처"), "033-249-6154", H("협조부서"), "관광진흥과, 보건정책과"],
                [H("실천목표"), Cell("2026년까지 산림치유 프로그램 참여자 3만명", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("  ○ 사업기간 : 2023. 4. ~ 2026. 12."),
        para("  ○ 총사업비 : 63억원 (국비 30억원, 도비 15억원, 시비 15억원, 기타 3억원)"),
        para("  ○ 주요내용"),
        para("    - 치유센터·치유숲길 등 산림치유 거점단지 조성"),
        para("    - 산림치유지도사 양성 및 맞춤형 치유 프로그램 운영"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 천원)", 0, 2),
        table(
            [
                [H("연 도"), H("국 비"), H("도 비"), H("시 비"), H("기 타"), H("계")],
                [H("합 계"), "3,000,000", "1,500,000", "1,500,000", "300,000", "6,300,000"],
                ["2023", "300,000", "150,000", "150,000", "-", "600,000"],
                ["2024", "800,000", "400,000", "400,000", "100,000", "1,700,000"],
                ["2025", "1,000,000", "500,000", "500,000", "100,000", "2,100,000"],
                ["2026", "900,000", "450,000", "450,000", "100,000", "1,900,000"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적 (2025. 9. 30. 기준)", 1),
        para("  ○ 거점단지 조성 기본계획 수립 : 2023. 4. ~ 9."),
        para("  ○ 산림치유센터 착공 : 2024. 5. 14."),
        para("    - 치유숲길 4.2km 조성 완료"),
        para("  ○ 산림치유지도사 양성과정 운영 : 2024. 3. ~"),
        para("    - 지도사 46명 배출"),
        para("  ○ 찾아가는 산림치유 프로그램 운영 : 2025. 4. ~ 9."),
        para("    - 참여자 11,300명, 운영 215회"),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [
                    H("성과지표", rows=2),
                    H("구 분", rows=2),
                    H("2024년", cols=2),
                    H("2025년", cols=2),
                    H("2026년", cols=2),
                ],
                [H("상반기"), H("하반기"), H("상반기"), H("하반기"), H("상반기"), H("하반기")],
                [
                    Cell("치유프로그램 참여자(명)", rows=2),
                    H("목 표"),
                    "3,000",
                    "8,000",
                    "12,000",
                    "20,000",
                    "25,000",
                    "32,000",
                ],
                [H("실 적"), "3,450", "8,920", "11,300", "-", "-", "-"],
                [Cell("산림치유지도사 양성(명)", rows=2), H("목 표"), "20", "40", "60", "80", "100", "120"],
                [H("실 적"), "22", "46", "46", "-", "-", "-"],
            ],
            [3, 2, 2, 2, 2, 2, 2, 2],
        ),
        para("※ 목표·실적은 연도별 누계(하반기는 연말 기준)"),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟수"), H("주 요 내 용")],
                ["주민설명회", "3", Cell("거점단지 인근 마을", align=0)],
                ["전문가 자문", "2", Cell("치유 프로그램 자문", align=0)],
                ["언론보도", "6", "-"],
                [H("계"), "11", ""],
            ],
            [3, 2, 5],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        para("  ○ 산림치유센터 준공 및 개관 : 2026. 상반기"),
        para("  ○ 치유 프로그램 민간 위탁 운영자 선정 : 2025. 12."),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 도민 정신건강 증진 및 산림복지 서비스 확대"),
        para("  ○ 산림치유 관광객 유치로 지역경제 활성화"),
    ]


def yeonhwa_district(m: ModuleType) -> list[str]:
    """은빛광역시 연화구 (광역시 자치구): the funding table comparing the original and the revised plan, two rows a
    source (``당초`` over ``변경``, the source's cell spanning both) and a ``증 감`` column, in 억원 with two decimals,
    an ``임기 후`` column; the goals a bullet list, a project over its years' ``목표 20개소 / 실적 12개소`` lines."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("은빛광역시 연화구 구청장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("골목골목 동네 생활정원 조성", cols=3)],
                [H("관리번호"), "3-5", H("추진상황"), "정상추진"],
                [H("주관부서"), "공원녹지과", H("담 당 자"), "탁서윤"],
                [H("연 락 처"), "053-662-4185", H("협조부서"), "도시재생과, 자치행정과"],
                [H("실천목표"), Cell("2026년까지 생활정원 30개소 조성", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("  ○ 사업기간 : 2023. 3. ~ 2027. 6."),
        para("  ○ 총사업비 : 48.60억원 (국비 12.00억원, 시비 14.58억원, 구비 22.02억원)"),
        para("  ○ 주요내용"),
        para("    - 자투리땅·빈집 터를 활용한 동네 생활정원 조성"),
        para("    - 주민 정원해설사 양성 및 정원 돌봄 동아리 운영"),
        para(""),
        para("2. 재원투자 계획 (당초 대비 변경)", 1),
        para("(단위 : 억원)", 0, 2),
        table(
            [
                [
                    H("구 분", cols=2),
                    H("계"),
                    H("2023"),
                    H("2024"),
                    H("2025"),
                    H("2026"),
                    H("임기 후"),
                    H("증 감"),
                ],
                [H("국 비", rows=2), H("당초"), "10.00", "1.50", "3.20", "3.30", "2.00", "-", ""],
                [H("변경"), "12.00", "1.50", "3.20", "4.10", "2.20", "1.00", "2.00"],
                [H("시 비", rows=2), H("당초"), "12.58", "2.18", "3.75", "3.60", "3.05", "-", ""],
                [H("변경"), "14.58", "2.18", "3.75", "4.40", "3.25", "1.00", "2.00"],
                [H("구 비", rows=2), H("당초"), "18.90", "3.42", "5.65", "5.50", "4.33", "-", ""],
                [H("변경"), "22.02", "3.42", "5.65", "6.35", "4.80", "1.80", "3.12"],
                [H("합 계", rows=2), H("당초"), "41.48", "7.10", "12.60", "12.40", "9.38", "-", ""],
                [H("변경"), "48.60", "7.10", "12.60", "14.85", "10.25", "3.80", "7.12"],
            ],
            [2, 2, 2, 2, 2, 2, 2, 2, 2],
        ),
        para("※ 2025년 국비 공모사업(생활밀착형 숲) 선정에 따라 사업비 변경"),
        para(""),
        para("3. 추진실적 (2025. 6. 30. 기준)", 1),
        para("  ○ 생활정원 조성 기본계획 수립 : 2023. 3. ~ 8."),
        para("  ○ 1단계 생활정원 조성 : 2024. 3. ~ 11."),
        para("    - 자투리땅 8개소, 빈집 터 3개소 정원 조성 완료"),
        para("  ○ 주민 정원해설사 양성과정 운영 : 2024. 4. ~ 2025. 5."),
        para("    - 수료생 41명 배출, 정원 돌봄 동아리 6개 결성"),
        para("  ○ 2단계 생활정원 착공 : 2025. 4. 21."),
        para(""),
        para("4. 목표 달성", 1),
        para("  ○ 동네 생활정원 조성"),
        para("    - 2024년 : 목표 10개소 / 실적 11개소 (달성)"),
        para("    - 2025년 : 목표 20개소 / 실적 12개소 (추진중)"),
        para("    - 2026년 : 목표 30개소 / 실적 - (미착수)"),
        para("  ○ 주민 정원해설사 양성"),
        para("    - 2024년 : 목표 20명 / 실적 23명 (달성)"),
        para("    - 2025년 : 목표 40명 / 실적 41명 (달성)"),
        para(""),
        para("5. 구민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟 수"), H("주 요 내 용")],
                ["주민설명회", "2", Cell("정원 후보지 주민 의견 수렴", align=0)],
                ["만족도조사", "1", Cell("정원 이용 주민 대상", align=0)],
                ["언론보도", "4", "-"],
                [H("계"), "7", ""],
            ],
            [3, 2, 5],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        para("  ○ 2단계 생활정원 9개소 준공 : 2025. 11."),
        para("  ○ 3단계 생활정원 대상지 선정 : 2026. 상반기"),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 걸어서 5분 거리 생활정원으로 구민 녹지 접근성 향상"),
        para("  ○ 주민 참여 정원 돌봄으로 마을 공동체 회복"),
    ]


def eungyeol_province(m: ModuleType) -> list[str]:
    """은결도 (도): reported at ``2025. 2/4분기 기준``, its 2025 achievements dated by month only (``: 6월 중``,
    ``: 5월``, ``’25. 상반기``, a ``(5월)`` kept in an item's text), an item counting its tasks by status
    (``완료(2건) / 추진중(1건)``), funding with the total column last, outreach a row per channel with ``계`` first."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    return [
        para("은결도 도지사 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("청년농 스마트팜 창업 보육 및 임대형 스마트팜 조성", cols=3)],
                [H("관리번호"), "2-13", H("추진상황"), "정상추진"],
                [H("주관부서"), "농업정책과", H("담 당 자"), "표서진"],
                [H("연 락 처"), "061-286-7390", H("협조부서"), "농업기술원, 청년정책과"],
                [H("실천목표"), Cell("2026년까지 청년농 40명 스마트팜 입주", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("□ 사업기간 : 2024. 1. ~ 2026. 12."),
        para("□ 총사업비 : 6,000백만원 (국비 3,000, 도비 1,500, 시군비 1,500)"),
        para("□ 주요내용"),
        para("  ○ 임대형 스마트팜 온실 24동 조성 및 청년농 장기 임대"),
        para("  ○ 청년농 창업 보육 교육 및 창업자금 지원"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("2024"), H("2025"), H("2026"), H("계")],
                [H("국 비"), "900", "1,200", "900", "3,000"],
                [H("도 비"), "450", "600", "450", "1,500"],
                [H("시군비"), "450", "600", "450", "1,500"],
                [H("계"), "1,800", "2,400", "1,800", "6,000"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적 (2025. 2/4분기 기준)", 1),
        para("  ○ 임대형 스마트팜 실시설계 : ’24. 3. ~ 11."),
        para("  ○ 세부과제 추진현황 : 완료(2건) / 추진중(1건)"),
        para("    - 청년농 창업 보육 교육과정 운영 완료 (5월)"),
        para("    - 입주 청년농 18명 선정 : 5월"),
        para("    - 임대온실 24동 중 20동 시공 : 6월 중"),
        para("  ○ 청년농 창업자금 융자 지원 : ’25. 상반기"),
        para("    - 창업자금 12명 지원"),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("사 업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("임대형 스마트팜 조성", rows=2), "2024", "실시설계", "실시설계 완료", "완료"],
                ["2025", "24동", "20동", "추진중"],
                [Cell("청년농 입주", rows=2), "2025", "20명", "18명", "추진중"],
                ["2026", "40명", "-", "미착수"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 도민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟 수"), H("주 요 내 용")],
                [H("계"), "9", ""],
                ["청년농 간담회", "3", Cell("입주 조건·임대료 의견 수렴", align=0)],
                ["만족도조사", "1", Cell("보육 교육 수료생 대상", align=0)],
                ["전문가 자문", "2", Cell("온실 설계 자문", align=0)],
                ["언론홍보", "3", "-"],
            ],
            [3, 2, 5],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        para("  ○ 임대온실 24동 준공 및 입주 : 2025. 9."),
        para("  ○ 2기 입주 청년농 모집 : 2026. 1분기"),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 청년농 초기 투자 부담 완화로 농업 분야 창업 활성화"),
        para("  ○ 스마트 농업 확산을 통한 농가 소득 향상"),
    ]


def ihyeon_quarter(m: ModuleType, quarter: int) -> list[str]:
    """이현시 (시): one card of the pledge as reported at the end of 2025's ``quarter`` (1 or 2); the 2/4분기 card
    changes the 2025 시비, the budget, the counts, the 2025 goal's actual and status and the outreach."""
    H, Cell, para, table = m.H, m.Cell, m.para, m.table  # noqa: N806 - the helpers' own short names
    q2 = quarter == 2
    si, si_total, total, y25 = ("500", "1,740", "2,460", "690") if q2 else ("440", "1,680", "2,400", "630")
    done = [para("  ○ 심야약국 2개소 추가 지정 : 2025. 4. 30.")] if q2 else []
    plans = (
        [
            para("  ○ 심야약국 이용 만족도 조사 : 2025. 3/4분기"),
            para("  ○ 2026년 운영비 예산 반영 : 2025. 11."),
        ]
        if q2
        else [
            para("  ○ 심야약국 2개소 추가 지정 : 2025. 4."),
            para("  ○ 심야약국 이용 만족도 조사 : 2025. 3/4분기"),
        ]
    )
    return [
        para("이현시 시장 공약사업 관리카드", 2, 1),
        para(f"(2025. {quarter}/4분기 기준)", 0, 2),
        table(
            [
                [H("공 약 명"), Cell("공공 심야약국 및 달빛어린이병원 운영", cols=3)],
                [H("관리번호"), "4-7", H("추진상황"), "정상추진"],
                [H("주관부서"), "보건정책과", H("담 당 자"), "육다인"],
                [H("연 락 처"), "041-550-2894", H("협조부서"), "복지정책과"],
                [H("실천목표"), Cell("2026년까지 공공 심야약국 6개소 운영", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("  ○ 사업기간 : 2023. 1. ~ 2026. 12."),
        para(f"  ○ 총사업비 : {total}백만원 (도비 720, 시비 {si_total})"),
        para("  ○ 주요내용"),
        para("    - 공공 심야약국 지정 및 운영비 지원"),
        para("    - 달빛어린이병원 지정 및 야간 진료 인건비 지원"),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("계"), H("2023"), H("2024"), H("2025"), H("2026")],
                [H("도 비"), "720", "150", "180", "190", "200"],
                [H("시 비"), si_total, "350", "420", si, "470"],
                [H("계"), total, "500", "600", y25, "670"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("  ○ 공공 심야약국 지정 : 2023. 3."),
        para(f"    - 1차 2개소 지정, 야간 이용 {'5,870' if q2 else '4,210'}건"),
        para("  ○ 달빛어린이병원 지정 운영 : 2024. 1. ~"),
        para(f"    - 소아 야간 진료 누적 {'4,236' if q2 else '3,394'}명"),
        para("  ○ 2025년 심야약국 추가 공모 : 2025. 2. 17. ~ 3. 14."),
        *done,
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("사 업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("공공 심야약국 운영", rows=3), "2024", "2개소", "2개소", "완료"],
                ["2025", "4개소", "4개소" if q2 else "2개소", "완료" if q2 else "추진중"],
                ["2026", "6개소", "-", "미착수"],
                [Cell("달빛어린이병원 야간 진료", rows=2), "2024", "3,000명", "3,184명", "완료"],
                ["2025", "1,500명", "1,052명" if q2 else "210명", "추진중"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("5. 시민소통 실적", 1),
        table(
            [
                [H("구 분"), H("횟 수")],
                ["주민설명회", "1"],
                ["만족도조사", "1"],
                ["언론보도", "5" if q2 else "3"],
                [H("계"), "7" if q2 else "5"],
            ],
            [3, 2],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        *plans,
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 야간·휴일 의약품 구매 불편 해소"),
        para("  ○ 소아 경증환자의 응급실 쏠림 완화"),
    ]


def ihyeon_city(m: ModuleType) -> list[str]:
    """이현시 (시): the SAME pledge's card twice in one file, as reported at 2025 1/4분기 and then at 2/4분기 (the
    second opening a new page), its figures changed between them: two records."""
    second = ihyeon_quarter(m, 2)
    second[0] = second[0].replace('pageBreak="0"', 'pageBreak="1"', 1)
    return ihyeon_quarter(m, 1) + second


def landscape(m: ModuleType) -> ModuleType:
    """``m`` with its section's page turned: width and height swapped, ``landscape="NARROWLY"`` (OWPML's landscape)."""
    m.SEC_PR = m.SEC_PR.replace(
        'landscape="WIDELY" width="59528" height="84188"', 'landscape="NARROWLY" width="84188" height="59528"'
    )
    return m


def write_hwp(path: Path, title: str, blocks: list[str], m: ModuleType) -> None:
    """The OWPML package ``doc-hwpx.py`` writes, built in memory, its parts turned into an HWP 5 file."""
    from hwpx.hwp5.writer import write_hwp5

    buf = io.BytesIO()
    m.write_hwpx(buf, title, blocks)
    with zipfile.ZipFile(buf) as z:
        files = {name: z.read(name) for name in z.namelist()}
    path.write_bytes(write_hwp5(files))


if __name__ == "__main__":
    mod = owpml()
    write_hwp(HERE / "doc-yunseul-metro-2-8.hwp", "공약사업 관리카드 2-8", yunseul_metro(mod), mod)
    wide = landscape(owpml())
    write_hwp(HERE / "doc-eunha-province-6-4.hwp", "공약사업 관리카드 6-4", eunha_province(wide), wide)
    mod = owpml()
    write_hwp(HERE / "doc-roa-province-8-3.hwp", "공약사업 관리카드 8-3", roa_province(mod), mod)
    mod = owpml()
    write_hwp(HERE / "doc-yeonhwa-district-3-5.hwp", "공약사업 관리카드 3-5", yeonhwa_district(mod), mod)
    mod = owpml()
    write_hwp(HERE / "doc-eungyeol-province-2-13.hwp", "공약사업 관리카드 2-13", eungyeol_province(mod), mod)
    mod = owpml()
    write_hwp(HERE / "doc-ihyeon-city-4-7.hwp", "공약사업 관리카드 4-7", ihyeon_city(mod), mod)
