"""Invent realistic pledge card records (CARD_SCHEMA.md) from a seed.

``synth_record(seed)`` is deterministic: the same seed gives the same record. The numbers add
up (funding parts sum to 계 in every column; prior + years + after-term = total in every row; the
overview budget equals the funding total and its parts the row totals), every date object is
computed from the date's value, and counts/orgs are those of the text the record holds.
"""

from __future__ import annotations

import random
import re
from typing import Any

from samples import dates as D
from samples.phrases import (
    ACTIVITY_VERBS,
    COMPANY_STEMS,
    COMPANY_TAILS,
    CONTENTS,
    EFFECTS,
    GIVEN_SYL,
    GOVERNMENTS,
    INSTITUTIONS,
    MINISTRIES,
    NOTES,
    OUTREACH_LABELS,
    OUTREACH_NOTES,
    PLANS,
    SOURCE_CODES,
    STATUSES,
    SURNAMES,
    TARGETS,
    THEMES,
)

Record = dict[str, Any]

UNITS: list[tuple[str, int]] = [
    ("백만 원", 10**6),
    ("백만원", 10**6),
    ("천 원", 10**3),
    ("천원", 10**3),
    ("원", 1),
    ("억 원", 10**8),
    ("억원", 10**8),
]
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
# (a figure after a range mark, ``20~30명``, is no count: a range has no one value; ``130여 명`` counts 130)
COUNT_RE = re.compile(
    r"(?<![\d.,'’~∼～])(?<![\d][~∼～])(\d{1,3}(?:,\d{3})+|\d+)(?:여)?\s?(명|개사|개\s?기업|개|건|회|과목)(?![소월년])"
)


# ------------------------------------------------------------------------------ helpers


def money(v: int) -> str:
    """``1234567`` -> ``1,234,567``."""
    return f"{v:,}"


def find_counts(text: str) -> list[dict[str, Any]]:
    """Every ``N명 / N개 / N개사 / N개 기업 / N건 / N회 / N과목`` with the words just before it."""
    out = []
    for m in COUNT_RE.finditer(text):
        unit = m.group(2)
        unit = "개" if unit.startswith("개") else unit
        before = re.split(r"[(),→\[\]]", text[: m.start()])[-1].strip().rstrip(":").strip()
        words = [w for w in before.split() if not re.fullmatch(r"[\d,]+\S*", w)]
        out.append(
            {"value": int(m.group(1).replace(",", "")), "unit": unit, "label": " ".join(words[-3:]) or None}
        )
    return out


class _Ctx:
    """The card being invented: its random source, place, theme and term."""

    def __init__(
        self,
        seed: int,
        government: tuple[str, str, str, list[list[str]]] | None = None,
        as_of: tuple[int, int] | None = None,
        theme: dict[str, list[str]] | None = None,
    ) -> None:
        self.rnd = random.Random(seed)
        r = self.rnd
        self.head, self.place, self.residents, row_sets = r.choice(GOVERNMENTS)
        if government is not None:  # drawn all the same, so that the rest of the card does not change
            self.head, self.place, self.residents, row_sets = government
        self.row_sets = row_sets
        self.theme = r.choice(THEMES)
        self.field = r.choice(self.theme["field"])
        if (
            theme is not None
        ):  # a family's own theme (an office of education's pledges), drawn after the seed's
            self.theme = theme
            self.field = r.choice(theme["field"])
        self.term_start = r.choice([2018, 2022, 2022, 2022])
        self.term_end = self.term_start + 4  # 민선 term: July of start .. June of end
        self.as_of_year = r.randint(self.term_start + 1, self.term_end)
        self.as_of_q = r.randint(1, 4) if self.as_of_year < self.term_end else r.randint(1, 2)
        if as_of is not None:
            self.as_of_year, self.as_of_q = as_of
        self._companies: list[str] = []
        self._events: list[int] = []

    def pick_event(self, n: int) -> int:
        """A template index not used yet on this card (until all are used)."""
        free = [k for k in range(n) if k not in self._events] or list(range(n))
        k = self.rnd.choice(free)
        self._events.append(k)
        return k

    def fill(self, template: str, **extra: Any) -> str:
        r = self.rnd
        values = {
            "field": self.field,
            "place": self.place,
            "residents": self.residents,
            "facility": r.choice(self.theme["facility"]),
            "people": r.choice(self.theme["people"]),
            "n": r.choice([3, 5, 10, 20, 30, 50, 100]),
            "org1": self.institution(),
            "org2": self.institution(),
        }
        values.update(extra)
        return template.format(**values)

    def company(self) -> str:
        r = self.rnd
        while True:
            name = r.choice(COMPANY_STEMS) + r.choice(COMPANY_TAILS)
            if name not in self._companies:
                self._companies.append(name)
                return name

    def institution(self) -> str:
        r = self.rnd
        short = re.sub(r"(광역시교육청|특별자치시|광역시|시|군|구)$", "", self.place)
        return r.choice(INSTITUTIONS).format(p=short)

    def person(self) -> str:
        r = self.rnd
        return r.choice(SURNAMES) + r.choice(GIVEN_SYL) + r.choice(GIVEN_SYL)


# ------------------------------------------------------------------------------ header


def _mgmt_no(r: random.Random) -> str:
    shape = r.random()
    if shape < 0.4:
        return f"{r.randint(1, 6)}-{r.randint(1, 40)}"
    if shape < 0.6:
        return f"{ROMAN[r.randint(0, 6)]}-{r.randint(1, 30)}"
    if shape < 0.8:
        return f"{r.randint(1, 5)}-{r.randint(1, 9)}-{r.randint(1, 12)}"
    return str(r.randint(1, 120))


def _header(c: _Ctx) -> Record:
    r = c.rnd
    depts = c.theme["dept"]
    lead = r.choice(depts)
    others = [d for d in depts if d != lead] + ["기획예산과", "홍보담당관", "투자유치과", "평생교육과"]
    coop = r.sample(others, r.choice([0, 1, 1, 2, 2, 3]))
    status, code = r.choice(STATUSES)
    phone = r.choice(
        [
            f"{r.randint(2000, 9999)}",
            f"0{r.randint(31, 64)}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
            f"{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        ]
    )
    title = c.fill(r.choice(c.theme["title"]))
    return {
        "kind": f"{c.head} 공약사업 관리카드",
        "title": title,
        "mgmt_no": _mgmt_no(r),
        "lead_dept": lead,
        "contact_name": c.person(),
        "contact_phone": phone,
        "coop_depts": coop,
        "target": r.choice(TARGETS),
        "status": status,
        "status_code": code,
    }


# ------------------------------------------------------------------------------ funding


def _funding(c: _Ctx, start_year: int) -> tuple[Record, Record]:
    """The funding table (years from the period's start, or the year after it with the spending
    before it as 기투자) and the overview budget that agrees with it."""
    r = c.rnd
    unit, mult = r.choice(UNITS)
    first_year = start_year + (1 if r.random() < 0.3 else 0)
    last_year = min(
        2030, max(first_year + 1, r.choice([c.term_end, c.term_end, c.term_end + 1, c.term_end + 2]))
    )
    years = list(range(first_year, last_year + 1))
    has_prior = first_year > start_year or r.random() < 0.4
    has_after = r.random() < 0.6
    total_label = r.choice(["총사업비", "총사업비", "총계", "계"])
    total_last = r.random() < 0.3

    value_cols: list[dict[str, Any]] = []
    if has_prior:
        value_cols.append({"label": "기투자", "kind": "prior", "year": None})
    value_cols += [{"label": str(y), "kind": "year", "year": y} for y in years]
    if has_after:
        value_cols.append({"label": r.choice(["임기이후", "임기 후"]), "kind": "after_term", "year": None})
    total_col = {"label": total_label, "kind": "total", "year": None}
    columns = value_cols + [total_col] if total_last else [total_col] + value_cols

    parts = list(r.choice(c.row_sets))
    if r.random() < 0.8:
        parts = ["국비"] + parts
    scale = r.choice([20, 200, 2000, 20000])  # in 백만 원 per cell

    def cell(nonzero: bool) -> int:
        if not nonzero:
            return 0
        base = r.randint(scale // 10 + 1, scale)  # 백만 원
        if mult == 10**8:
            return max(1, round(base / 100)) if scale >= 200 else r.randint(1, 9)
        if mult == 10**3:
            return base * 1000 + r.randint(0, 99) * 10
        if mult == 1:
            return base * 10**6 + r.randint(0, 999) * 1000
        return base

    rows_vals: list[list[int]] = []
    for _ in parts:
        vals = []
        for col in value_cols:
            p = {"year": 0.85, "after_term": 0.5, "prior": 0.7 if first_year > start_year else 0.0}[
                col["kind"]
            ]
            vals.append(cell(r.random() < p))
        if not any(vals):
            vals[len(vals) // 2] = cell(True)
        rows_vals.append(vals)
    total_vals = [sum(col) for col in zip(*rows_vals, strict=True)]

    def full(vals: list[int]) -> list[int]:
        t = sum(vals)
        return [*vals, t] if total_last else [t, *vals]

    rows = [{"label": "계", "source": "total", "amounts_krw": [v * mult for v in full(total_vals)]}]
    for label, vals in zip(parts, rows_vals, strict=True):
        rows.append(
            {"label": label, "source": SOURCE_CODES[label], "amounts_krw": [v * mult for v in full(vals)]}
        )
    funding = {"unit": unit, "columns": columns, "rows": rows}

    grand = sum(total_vals)
    part_totals = [(label, sum(vals)) for label, vals in zip(parts, rows_vals, strict=True)]
    sep = r.choice([", ", ", ", " / "])
    inner = sep.join(f"{label} {money(v)}" for label, v in part_totals)
    unit_txt = unit if not unit.startswith("억") else unit
    raw = f"{money(grand)}{unit_txt}({inner})" if r.random() < 0.8 else f"{money(grand)} {unit_txt} ({inner})"
    budget = {
        "raw": raw,
        "unit": unit,
        "total_krw": grand * mult,
        "parts": [
            {"label": label, "source": SOURCE_CODES[label], "amount_krw": v * mult}
            for label, v in part_totals
        ],
    }
    return funding, budget


# ------------------------------------------------------------------------------ achievements


def _event(c: _Ctx) -> tuple[str, list[str]]:
    """One dated activity: its text and the organisations it names."""
    r = c.rnd
    k = c.pick_event(11)
    if k == 0:
        inst, co = c.institution(), c.company()
        return f"{inst}-㈜{co} {c.field} 업무협약 체결", [inst, co]
    if k == 1:
        return f"{c.field} {r.choice(ACTIVITY_VERBS)}", []
    if k == 2:
        mn = r.choice(MINISTRIES)
        return f"{mn} 주관 {c.field} 공모사업 최종 선정(국비 {r.randint(2, 90)}억 확보)", [mn]
    if k == 3:
        return f"{r.choice(c.theme['people'])} 대상 {c.field} 설명회 개최({r.randint(12, 480)}명 참석)", []
    if k == 4:
        co1, co2 = c.company(), c.company()
        return f"㈜{co1}, (주){co2} 등 {r.randint(3, 15)}개 기업 투자협약 체결", [co1, co2]
    if k == 5:
        return f"{c.field} 전문가 자문회의 개최(총 {r.randint(2, 6)}회)", []
    if k == 6:
        inst = c.institution()
        return f"{inst} 공동 {c.field} 아카데미 운영(수료생 {r.randint(15, 90)}명)", [inst]
    if k == 7:
        co = c.company()
        return f"신규 참여기업 협약(기업 : {co}, 계약인원 : {r.randint(5, 40)}명)", [co]
    if k == 8:
        return c.fill(r.choice(c.theme["event"])), []
    if k == 9:
        return f"{r.choice(c.theme['facility'])} 조성 실시설계 용역 완료", []
    return f"{c.field} 관련 현장 건의 {r.randint(3, 40)}건 검토 및 제도 개선", []


def _detail_line(c: _Ctx, *, note: bool = False) -> tuple[str, list[str]]:
    """An undated sub-item (people, sessions) or note (participants) under an activity."""
    r = c.rnd
    k = r.choice([1, 2]) if note else r.choice([0, 3])
    if k == 0:
        a, b = r.randint(5, 40), r.randint(3, 30)
        return f"{r.choice(c.theme['people'])} {a + b}명(1차 {a}, 2차 {b})", []
    if k == 1:
        return f"참여기업 {r.randint(3, 20)}개, 참여자 {r.randint(20, 300)}명", []
    if k == 2:
        o1, o2 = c.institution(), c.company()
        return f"참여기관 : {o1}, {o2}", [o1, o2]
    return f"총 {r.randint(2, 12)}회 운영, 만족도 {r.randint(80, 98)}점", []


def _item(
    group: str,
    gdate: D.DateObj | None,
    level: int,
    parent: int | None,
    marker: str,
    text: str,
    date: D.DateObj | None,
    orgs: list[str],
) -> Record:
    return {
        "group": group,
        "group_as_of": gdate,
        "level": level,
        "parent": parent,
        "marker": marker,
        "text": text,
        "date": date,
        "counts": find_counts(text),
        "orgs": orgs,
    }


SIDE_TABLES = ["참여기업 현황", "연도별 운영 실적", "분야별 추진 현황"]


def _side_table(c: _Ctx, title: str) -> Record:
    r = c.rnd
    if title.endswith("참여기업 현황"):
        n = r.randint(2, 4)
        rows = [
            [
                str(i + 1),
                f"㈜{c.company()}",
                r.choice(["제조", "서비스", "연구개발", "유통"]),
                str(r.randint(2, 30)),
            ]
            for i in range(n)
        ]
        total = sum(int(x[3]) for x in rows)
        return {
            "title": title,
            "after_item": None,
            "header": [["연번", "기업명", "분야", "참여인원"]],
            "rows": [["계", "계", "계", str(total)], *rows],
        }
    if title.endswith("연도별 운영 실적"):
        y = c.as_of_year
        rows = []
        for lab in r.sample(["교육생", "수료생", "취업자", "참여기업"], r.randint(2, 3)):
            a, b = r.randint(5, 60), r.randint(5, 60)
            rows.append([lab, str(a), str(b), str(a + b)])
        return {
            "title": title,
            "after_item": None,
            "header": [["구분", f"{y - 1}년", f"{y}년", "계"]],
            "rows": rows,
        }
    rows = []
    for i, lab in enumerate(r.sample(["기반조성", "인력양성", "기업지원", "홍보"], r.randint(2, 3))):
        # one word per cell, as in the cards' small status tables (a text dump cannot tell cells apart)
        rows.append(
            [str(i + 1), lab, c.fill("{facility}").replace(" ", ""), r.choice(["완료", "추진중", "계획"])]
        )
    return {
        "title": title,
        "after_item": None,
        "header": [["연번", "분야", "대상시설", "추진상황"]],
        "rows": rows,
    }


def _achievements(
    c: _Ctx, period_start: tuple[int, int], as_of: D.DateObj
) -> tuple[list[Record], list[Record]]:
    r = c.rnd
    y, q = c.as_of_year, c.as_of_q
    items: list[Record] = []
    tables: list[Record] = []
    groups: list[tuple[str, D.DateObj, tuple[int, int], tuple[int, int]]] = []
    cur_lo = (y, 3 * q - 2)
    cur_hi = (y, 3 * q)
    if r.random() < 0.65:
        py, pq = (y, q - 1) if q > 1 else (y - 1, 4)
        gdate = D.quarter(r, py, pq, suffix=r.choice([" 기준 누계", " 기준", " 누계"]))
        name = r.choice(["기 추진실적", "기 추진실적", "그간 추진실적"])
        groups.append((name, gdate, period_start, (py, 3 * pq)))
    groups.append((as_of["raw"], as_of, cur_lo, cur_hi))
    table_budget = r.choice([0, 1, 1, 2])
    table_titles = r.sample(SIDE_TABLES, len(SIDE_TABLES))

    for name, gdate, lo, hi in groups:
        n_top = r.randint(2, 6)
        for _ in range(n_top):
            shape = r.random()
            if shape < 0.55:  # a dated activity, maybe with an undated sub-item and a note
                text, orgs = _event(c)
                top = len(items)
                items.append(_item(name, gdate, 1, None, "◦", text, D.in_term(r, lo, hi), orgs))
                if r.random() < 0.35:
                    t2, o2 = _detail_line(c)
                    items.append(_item(name, gdate, 2, top, "-", t2, None, o2))
                if r.random() < 0.25:  # a note annotates the line just above it
                    t3, o3 = _detail_line(c, note=True)
                    above = len(items) - 1
                    items.append(
                        _item(
                            name, gdate, items[above]["level"] + 1, above, r.choice(["※", "*"]), t3, None, o3
                        )
                    )
            elif shape < 0.7 and table_budget:  # a heading with a side table under it
                table_budget -= 1
                title = f"{c.field} {table_titles.pop()}"
                items.append(_item(name, gdate, 1, None, "◦", title, None, []))
                tb = _side_table(c, title)
                tb["after_item"] = len(items) - 1
                tables.append(tb)
            elif shape < 0.85:  # a heading without a date and dated children
                head = len(items)
                items.append(
                    _item(
                        name,
                        gdate,
                        1,
                        None,
                        "◦",
                        r.choice(
                            [f"{c.field} 분야", "주요 추진실적", f"{r.choice(c.theme['facility'])} 운영"]
                        ),
                        None,
                        [],
                    )
                )
                for _ in range(r.randint(1, 3)):
                    text, orgs = _event(c)
                    items.append(_item(name, gdate, 2, head, "-", text, D.in_term(r, lo, hi), orgs))
            else:  # three levels deep, with notes at level four
                head = len(items)
                items.append(_item(name, gdate, 1, None, "◦", "세부 추진실적", None, []))
                for sub in r.sample(["기반조성", "인력양성", "기업지원"], r.randint(1, 2)):
                    sub_i = len(items)
                    items.append(_item(name, gdate, 2, head, "-", sub, None, []))
                    for _ in range(r.randint(1, 2)):
                        text, orgs = _event(c)
                        leaf = len(items)
                        items.append(_item(name, gdate, 3, sub_i, "·", text, D.in_term(r, lo, hi), orgs))
                        if r.random() < 0.4:
                            t4, o4 = _detail_line(c, note=True)
                            items.append(_item(name, gdate, 4, leaf, r.choice(["*", "※"]), t4, None, o4))
    return items, tables


# ------------------------------------------------------------------------------ goals, outreach


def _goals(c: _Ctx) -> list[Record]:
    r = c.rnd
    if r.random() < 0.25:
        return []
    with_detail = r.random() < 0.7
    goals = []
    projects = r.sample(
        [
            f"{c.field} 인재양성",
            f"{r.choice(c.theme['facility'])} 조성",
            f"{c.field} 기반 구축",
            f"{c.field} 지원사업",
        ],
        r.choice([1, 1, 2]),
    )
    for project in projects:
        detail = c.fill("{facility} 운영 및 {people} 지원") if with_detail else None
        first = r.randint(c.term_start + 1, c.as_of_year)
        for yr in range(first, min(first + r.randint(1, 3), c.term_end + 1)):
            numeric = r.random() < 0.7
            n = r.randint(2, 12) * 5
            if numeric:
                unit = r.choice(["명", "개", "건", "회"])
                noun = {"명": "교육생 양성", "개": "기업 지원", "건": "협약 체결", "회": "프로그램 운영"}[
                    unit
                ]
                target = f"{c.field} {noun}({n}{unit})"
            else:
                target = r.choice(["기본계획 수립", "실시설계 완료", "착공", "단계별 추진", "시범 운영"])
            if yr < c.as_of_year:
                status = "완료"
            elif yr == c.as_of_year:
                status = r.choice(["추진 중", "추진중", "완료"])
            else:
                status = "미착수"
            if status == "미착수":
                actual, actual_value = None, None
            elif numeric:
                actual_value = max(1, n + r.randint(-n // 2, n // 2))
                actual = f"{actual_value}{unit}"
            else:
                done = ["용역 완료", "운영 완료", "설계 완료"]
                actual, actual_value = (
                    r.choice(done if status == "완료" else ["행정절차 이행", "관계기관 협의"]),
                    None,
                )
            goals.append(
                {
                    "project": project,
                    "year": yr,
                    "target": target,
                    "target_value": n if numeric else None,
                    "target_unit": unit if numeric else None,
                    "status": status,
                    "actual": actual,
                    "actual_value": actual_value,
                    "detail": detail,
                }
            )
    return goals


def _outreach(c: _Ctx) -> Record | None:
    r = c.rnd
    if r.random() < 0.25:
        return None
    limits = {"meetings": 6, "survey": 2, "experts": 4, "media": 180, "other": 3}
    items = []
    for cat, labels in OUTREACH_LABELS:
        count = r.randint(0, limits[cat]) if r.random() < 0.75 else 0
        note = r.choice(OUTREACH_NOTES) if cat == "meetings" and count and r.random() < 0.5 else None
        items.append({"label": r.choice(labels), "category": cat, "count": count, "note": note})
    return {"unit": "회", "total": sum(x["count"] for x in items), "items": items}


# ------------------------------------------------------------------------------ record


def synth_record(
    seed: int,
    *,
    government: tuple[str, str, str, list[list[str]]] | None = None,
    as_of: tuple[int, int] | None = None,
    theme: dict[str, list[str]] | None = None,
) -> Record:
    """A complete, self-consistent card record for ``seed`` (source fields left for the renderer).

    ``government`` (head word, place, residents word, funding row sets) and ``as_of`` (year,
    quarter) replace what the seed would draw; the card is otherwise the seed's (the same seed with
    two quarters gives the same pledge reported twice); ``theme`` replaces the theme the seed draws."""
    c = _Ctx(seed, government, as_of, theme)
    r = c.rnd
    header = _header(c)
    as_of = D.as_of_current(r, c.as_of_year, c.as_of_q)
    start = (
        (c.term_start, r.choice([7, 7, 8, 9, 10]))
        if r.random() < 0.7
        else (c.term_start + 1, r.choice([1, 3]))
    )
    end_y = r.choice([c.term_end, c.term_end, c.term_end + 1, c.term_end + 2])
    period = (
        D.month_range(r, start[0], start[1], end_y, r.choice([2, 6, 12]), period=True)
        if r.random() < 0.85
        else D.year_range(r, start[0], end_y)
    )
    funding, budget = _funding(c, start[0])
    contents = [c.fill(t) for t in r.sample(CONTENTS, r.randint(1, 2))]
    notes = [c.fill(t) for t in r.sample(NOTES, 1)] if r.random() < 0.6 else []
    achievements, tables = _achievements(c, start, as_of)
    plan_year = c.as_of_year + 1
    plans = [
        {"text": c.fill(t), "date": D.plan_date(r, plan_year + (1 if r.random() < 0.2 else 0))}
        for t in r.sample(PLANS, r.randint(1, 3))
    ]
    effects = [c.fill(t) for t in r.sample(EFFECTS, r.randint(2, 3))]
    return {
        "schema_version": "1",
        "card_id": f"{header['mgmt_no']}@{as_of['label']}",
        "source": {
            "file": None,
            "sha256": None,
            "format": None,
            "card_index": 0,
            "page_start": None,
            "page_end": None,
        },
        "header": header,
        "as_of": as_of,
        "overview": {"period": period, "budget": budget, "contents": contents, "notes": notes},
        "funding": funding,
        "achievements": achievements,
        "tables": tables,
        "goals": _goals(c),
        "outreach": _outreach(c),
        "plans": plans,
        "effects": effects,
        "unparsed": [],
    }


def card_place(seed: int) -> str:
    """The government (place name) the card of ``seed`` belongs to."""
    return _Ctx(seed).place


def arithmetic_errors(rec: Record) -> list[str]:
    """Every place where a record's numbers do not add up (empty for a consistent record)."""
    errs: list[str] = []
    f = rec.get("funding") or {}
    cols, rows = f.get("columns") or [], f.get("rows") or []
    if not rows:
        return errs
    kinds = [col["kind"] for col in cols]
    ti = kinds.index("total")
    for row in rows:
        a = row["amounts_krw"]
        if sum(v for k, v in enumerate(a) if k != ti) != a[ti]:
            errs.append(f"funding row {row['label']}: columns do not sum to the total")
    total = next(row for row in rows if row["source"] == "total")
    parts = [row for row in rows if row["source"] != "total"]
    for k in range(len(cols)):
        if sum(p["amounts_krw"][k] for p in parts) != total["amounts_krw"][k]:
            errs.append(f"funding column {cols[k]['label']}: parts do not sum to 계")
    b = (rec.get("overview") or {}).get("budget") or {}
    if b.get("total_krw") != total["amounts_krw"][ti]:
        errs.append("overview budget differs from the funding total")
    if [p["amount_krw"] for p in b.get("parts") or []] != [p["amounts_krw"][ti] for p in parts]:
        errs.append("overview budget parts differ from the funding row totals")
    o = rec.get("outreach")
    if o and o["total"] != sum(x["count"] for x in o["items"]):
        errs.append("outreach items do not sum to the total")
    return errs
