"""Sections some templates print that the record has no field for: 문제점 및 대책, a 추진일정 table,
관련 사진. Their text is drawn from the card (deterministically) and is never part of the record:
a reader must recognise these sections and keep their lines out of achievements, plans and goals.
"""

from __future__ import annotations

import hashlib
import random
from typing import Any

from samples.style import Style

Record = dict[str, Any]

PROBLEMS = [
    (
        "사업부지 보상 협의 장기화로 착공 지연 우려",
        "토지소유자 개별 면담 및 감정평가 재실시로 협의 기간 단축",
    ),
    ("국비 공모 탈락 시 재원 확보 곤란", "중앙부처 방문 건의 및 대체 공모사업 발굴"),
    ("자재비 상승에 따른 사업비 증가", "설계 변경 최소화 및 단계별 발주로 사업비 관리"),
    ("관계기관 인허가 협의 지연", "관계기관 합동 실무협의회 정례 운영"),
    ("일부 주민의 입지 반대 민원 제기", "주민설명회 추가 개최 및 상생방안 마련"),
    ("전문인력 확보 어려움", "지역 대학과 연계한 인력양성 과정 신설"),
]
STAGES = ["기본계획 수립", "실시설계", "공사 발주 및 착공", "준공 및 개소", "시범 운영", "성과 평가"]


def _rnd(rec: Record, what: str) -> random.Random:
    return random.Random(hashlib.sha256(f"{what}-{rec['header']['title']}".encode()).hexdigest())


def problem_lines(rec: Record, style: Style) -> list[str]:
    """Two or three problems, each with its countermeasure under it."""
    r = _rnd(rec, "problems")
    out = []
    for problem, measure in r.sample(PROBLEMS, r.randint(2, 3)):
        out += [f"{style.bullet1} (문제점) {problem}", f"{style.bullet2} (대책) {measure}"]
    return out


def schedule_rows(rec: Record) -> list[list[str]]:
    """구분 | 추진내용 | 추진시기 rows: the stages left from the as-of year on, a half-year each."""
    r = _rnd(rec, "schedule")
    y = int(rec["as_of"]["end"][:4])
    rows, h = [], 1 if rec["as_of"]["end"][5:7] <= "06" else 2
    for k, stage in enumerate(STAGES[r.randint(0, 2) :][: r.randint(3, 4)]):
        when = f"'{y % 100:02d}. {'상' if h == 1 else '하'}반기"
        rows.append([f"{k + 1}단계", stage, when])
        y, h = (y, 2) if h == 1 else (y + 1, 1)
    return rows


def gantt_rows(rec: Record) -> tuple[int, list[tuple[str, str, set[int]]]]:
    """The as-of year and its stages for a chart: (step, stage, the months it runs), each stage
    starting where the one before ends or overlapping it by a month."""
    r = _rnd(rec, "gantt")
    year = int(rec["as_of"]["end"][:4])
    stages = STAGES[r.randint(0, 2) :][: r.randint(3, 4)]
    rows, start = [], r.randint(1, 3)
    for k, stage in enumerate(stages):
        length = r.randint(2, 4)
        months = {m for m in range(start, start + length) if m <= 12}
        if not months:
            break
        rows.append((f"{k + 1}단계", stage, months))
        start += length - r.randint(0, 1)
    return year, rows


def photo_caption(rec: Record) -> str:
    r = _rnd(rec, "photo")
    what = r.choice(["현장 점검", "착공식", "주민설명회", "업무협약식", "개소식"])
    return f"▲ {what} 모습"


CHANGE_REASONS = (
    "중기지방재정계획 반영",
    "실시설계 결과 반영",
    "관계기관 협의 결과",
    "공약이행평가 권고사항 반영",
    "주민 의견 수렴 결과",
)


def change_rows(rec: Record) -> list[list[str]]:
    """The card's change history (변경 이력): 연번 | 변경일자 | 변경내용 | 사유, two or three rows dated
    before the as-of date: the period's end moved, the total budget raised (from less to the card's own
    total, in the funding unit), the target reworded."""
    from samples.layout_blocks import unit_mult

    r = _rnd(rec, "changes")
    y = int(rec["as_of"]["end"][:4])
    unit = rec["funding"]["unit"]
    total = rec["overview"]["budget"]["total_krw"] // unit_mult(unit)
    before = total * r.randint(80, 95) // 100
    end = rec["overview"]["period"]["end"] or f"{y + 2}-12-31"
    ey, em = int(end[:4]), int(end[5:7])
    changes = [
        f"사업기간 변경('{(ey - 1) % 100:02d}.{em}. → '{ey % 100:02d}.{em}.)",
        f"총사업비 변경({before:,} → {total:,}{unit})",
        "실천목표 문구 수정",
    ]
    rows = []
    for k, text in enumerate(changes[: r.randint(2, 3)]):
        yy = y - 1 + k // 2
        rows.append(
            [str(k + 1), f"{yy}. {r.randint(1, 12)}. {r.randint(1, 28)}.", text, r.choice(CHANGE_REASONS)]
        )
    return rows


REQUESTS = (
    ("국비 공모사업 선정을 위한 중앙부처 방문 건의 협조", "기획예산과"),
    ("사업부지 내 지장물 이설 관련 관계기관 협의 지원", "도시계획과"),
    ("시비 보조금 조기 교부 요청", "재정관리과"),
    ("주민설명회 개최 시 동 행정복지센터 홍보 협조", "자치행정과"),
    ("준공 후 운영 인력 확보를 위한 정원 조정 협조", "총무과"),
)


def request_lines(rec: Record, style: Style) -> list[str]:
    """Two or three requests to other offices (협조 요청사항), each naming the office in brackets."""
    r = _rnd(rec, "requests")
    return [f"{style.bullet1} {text} ({office})" for text, office in r.sample(REQUESTS, r.randint(2, 3))]
