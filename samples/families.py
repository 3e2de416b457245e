"""Template families: cards of invented governments printed with templates unlike the corpus's.

A :class:`Family` is data: the issuer and title line, a :class:`~samples.style.Style` (headings,
bullets, header/funding/goal/outreach layouts, page shape) and the record choices the template
implies (bullet markers, how the earlier block is dated, the funding table's unit, years and
totals, goal values with units, the outreach channels' order, one or two quarters a file).
``family_records(family, seed)`` gives the records of one file; the renderers draw them unchanged.
"""

from __future__ import annotations

import copy
import datetime
import itertools
import random
from dataclasses import dataclass, field
from typing import Any

from samples import dates as D
from samples import regions
from samples.layout import (
    CIRCLED,
    LETTERS,
    UNIT_MULT,
    Nth,
    card_marks,
    eok_man_words,
    eok_words,
    fullwidth,
    printed_number,
    project_funding,
    quarter_boxes,
    section_keys,
    sub_projects,
)
from samples.layout_goals import printed_quarter_heads
from samples.phrases import EXTRA_THEMES, SOURCE_CODES, STATUSES
from samples.revisions import change_table, in_force, struck
from samples.style import Style
from samples.synth import find_counts, money, synth_record

Record = dict[str, Any]
Government = tuple[str, str, str, list[list[str]]]


@dataclass(frozen=True, slots=True)
class Funding:
    """The shape of a family's funding table."""

    unit: str = "백만원"
    n_years: int = 0  # 0: the years the seed draws; else this many years from the period's start
    total_col: str = "first"  # first | last | none
    total_label: str = "총사업비"
    total_row: bool = True
    prior: bool = False
    prior_label: str = "기투자"  # the prior column's head (기확보)
    after_term: str = ""  # "" or its label (임기이후, 임기 후)
    scale: tuple[int, int] = (100, 9000)  # a cell's amount, in the unit
    rows: tuple[str, ...] = ()  # funding rows (the seed's when empty)
    total_row_label: str = "계"
    decimals: int = 0  # amounts drawn (and printed) in tenths of the unit: 3.5억원
    part_unit: bool = False  # the overview budget prints the unit after every part: (국비 1,200백만원, ...)
    korean_budget: bool = (
        False  # amounts in tens of 백만원, the overview budget in words: 35억5천만원(도비 12억원, ...)
    )
    total_row_last: bool = False  # the total row (계) after the source rows
    grain: int = 1  # amounts drawn as whole multiples of this many of the unit (1천만원 = 10,000 천원)
    budget_words: tuple[tuple[str, tuple[str, ...]], ...] | None = (
        None  # the overview budget in spaced words,
    )
    #   `총 12억 5천만원(국비 3억원, 지방비 9억 5천만원)`, the sources these groups name summed into one part
    eok_man: bool = False  # the overview budget in 억 and 만 with digits: 123억 4,500만원(국비 60억원, ...)
    budget_frame: str = ""  # with eok_man: the budget so framed ({total}, {parts}: "총 {total} ({parts})")
    parts_sep: str = ", "  # with budget_frame: between the parts (" / ")
    # ---- blind family (saemmul-province)
    prior_labels: tuple[
        str, ...
    ] = ()  # the prior column's head, one drawn a card, naming the year before the
    #   first ({y} {yy}: ``'22까지``, ``~2022``); ``after_term`` may name the year after the last (``{y} 이후``)
    year_offset: int = 0  # with n_years: the years from this many after the period's start (the start's year
    #   in the prior column)
    budget_units: tuple[str, ...] = ()  # the overview budget in one of these units, drawn a card, with one
    #   decimal and its parts bare (``123.4억원(국비 40.5, 도비 30.0, 시군비 52.9)``): with 억원 every row's sum
    #   is drawn a whole tenth of 억 (the table's cells in tenths of 백만원 as they come)
    # ---- blind family (dorae-county)
    ordinals: tuple[tuple[str, str], ...] = ()  # the year columns named as the term's years, one pair drawn a
    #   card: the first column's label, the later ones' ({n} the column's place from 1, {k} {t} the term and
    #   its year in it, terms of four years, 민선8기 from ``term_start``, {y} {yy}): ``1차년도('23)`` /
    #   ``2차년도``, ``민선8기 2년차``, ``민선7기 4년차``
    term_start: int = 2023
    # ---- real-modelled family (norae-city)
    term_sum: str = (
        ""  # the years of the term printed as one column so labelled (임기내: 기투자 | 임기내 | 임기후,
    )
    #   a city's pledge budget told by the term, http://gunsanews.com/nView.htm?cateA=4&idx=65913&page=13): the kind
    #   "other" of the record's column, each row's amount the sum of its years (no year printed: no year column)
    # ---- session 43's family (famgen9)
    ordinal_note: tuple[str, str] = ("", "")  # with ordinals naming no year: a note under the funding table
    #   telling each ordinal's year, (its frame, an item): (``※ {items}``, ``{label}: {y}년``) joined by ", "
    #   (``※ 1차년도: 2024년, 2차년도: 2025년, ...``); not in the record, the columns' years are


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    about: str
    government: Government
    kind: str  # the title line, naming the issuer
    style: Style
    first_seed: int  # files use the first seeds from here whose cards have what ``needs`` names
    needs: tuple[str, ...] = ()  # "earlier" (two blocks), "goals", "outreach", "long", "tables"
    markers: tuple[str, str, str] = ("◦", "-", "·")  # levels 1-3; "①" or "가." number the items
    group_range: bool = False  # the earlier block dated from the period's start: ('22. 7. ~ '24. 9.)
    funding: Funding = field(default_factory=Funding)
    goal_values: bool = False  # goals like 186호 공급, 공정률 71%, 2.8km
    outreach_shuffle: bool = False
    quarters: int = 1  # 2: the same pledge reported in two successive quarters, one file
    mgmt_format: str = ""  # 관리번호 printed another way: {n} (1-99), {k} (1-9), {roman}, {field} (분야 word)
    date_forms: str = ""  # dates reprinted in a template's own shapes (DATE_FORMS)
    current_group: str = (
        ""  # the block of the reporting quarter named so (금분기 추진실적), dated by the as-of date
    )
    status_options: tuple[tuple[str, str], ...] = ()  # the statuses a checkbox header offers (label, code)
    outreach: bool = True  # False: the template has no outreach table
    outreach_words: bool = False  # outreach told in sentences: free channel words, printed channels only
    as_of_form: str = ""  # the as-of date reprinted: "day" (2024. 9. 30. 현재) | "day_bare" (2024. 9. 30.) |
    #                       "quarter_end" ('24.3/4분기 말 기준)
    facility_table: str = ""  # a side table so titled, with 합계 and 소계 rows, at the end of the first block
    status_rate: bool = False  # the status printed with a progress percent: 정상추진(80%), 완료(100%)
    # ---- blind families (dasan-edu, hanul-special)
    theme: str = ""  # the pledges' theme (phrases.EXTRA_THEMES), instead of the one the seed draws
    outreach_labels: tuple[
        tuple[str, str], ...
    ] = ()  # the channels' own words: (("meetings", "학부모 설명회"), ...)
    school_dates: bool = (
        False  # month dates reprinted as school terms: '24. 1학기, 2024학년도 2학기, '23. 2학기~
    )
    school_goals: bool = False  # goals counted in schools, students and classes: 참여학교 45교, 120학급 구축
    paren_dates: bool = (
        False  # an item's date printed at the end of its line in parentheses: ... 개최('24. 5.)
    )
    # ---- blind family (sinbi-county)
    indicator_goals: bool = False  # goals as indicators (a project an indicator, its unit in the head): a
    #                                target and an actual figure a year, none printed after the as-of year
    outreach_unit: str = ""  # the outreach counted in this unit (건: printed in the counts row's label)
    # ---- blind family (dodam-district)
    goal_years: tuple[int, ...] = ()  # goals as indicators over these years (bare figures, the unit apart), a
    #                                   target every year, an actual only for the years before the as-of year
    quarters_seeds: tuple[int, ...] = ()  # seeds whose file reports the pledge in two quarters (quarters 2)
    # ---- blind family (nodeul-county)
    funding_total_only: bool = False  # the funding table prints the years' totals only (one row); the
    #                                    sources' totals are told in words beside it (Style.funding_sentence)
    budget_told: bool = False  # the budget printed parts first in words, the total last in brackets:
    #                            국비 12억원, 도비 3억 6천만원, 군비 8억원 (총 23억 6천만원)
    # ---- blind family (yunseul-city)
    year_groups: bool = False  # achievements grouped under bare year lines (2023년): a level-1 item's year
    #                            opens its block (never an earlier year than the block before)
    review_goals: bool = (
        False  # goals as a quarterly review prints them: two or three indicators of the as-of
    )
    #   year, a 계획 row and a 실적 row a quarter each (the record keeps the year's 누계: target and actual to date)
    period_span: str = ""  # the overview period printed by its years ({y1} {y2} {n}: "{y1} ~ {y2} ({n}년간)")
    quarter_goals: bool = False  # one goal a project, the as-of year's (the goal table's quarterly targets)
    # ---- blind family (maeul-county)
    status_words: tuple[tuple[str, str], ...] = ()  # the status printed in the template's own words, by code:
    #                                                 (("done", "추진완료"), ...); codes not named keep theirs
    # ---- blind family (dalbit-county)
    booklet: tuple[int, int] = (
        0,
        0,
    )  # a booklet of several pledges' cards a file (at least, at most; drawn a
    #   seed): cards of the seeds seed, seed + 1000, ... reported in the first's quarter, numbered
    #   ``field-n`` by their theme's field (Style.booklet_fields) and bound in that order
    # ---- blind family (yeoreum-city)
    sub_projects: bool = (
        False  # the overview's contents a sub-project each (세부사업 내용 사업량: the cells of
    )
    #                             its table's row, joined by a space; layout.sub_projects)
    quarter_plans: bool = False  # the plans dated by the quarters a schedule marks (2025년 2/4분기 ~ 4/4분기)
    status_date: bool = False  # the status printed with a date: 완료('24.6.), 정상추진('26.12. 완료예정)
    # ---- blind family (gaji-county)
    project_span: bool = False  # with Style.funding_projects: one sub-project's amounts printed once over two
    #   year columns (merged cells: the years' figures not printed, null in the record); the whole's source rows
    #   printed on odd seeds only (even: a 합계 row alone, the record's only row)
    project_blocks: bool = False  # the achievements grouped by sub-project (its name the block, no date)
    # ---- blind family (haetsal-county)
    lead_team: tuple[str, ...] = ()  # the department printed with a team under it (the record's lead_dept
    #   ``관광정책과 관광기획팀``): the team named by the department's first two syllables and one of these words
    phone_area: str = ""  # the phone a full number of this area code closed by a parenthesis: 033)249-3456
    period_years: bool = False  # the period printed in years only: ``2022 ~ 2026`` (an open one ``2024 ~``)
    open_plans: str = ""  # month-dated plans printed as open from their start month: "'{yy}.{m}월~계속"
    count_goals: bool = (
        False  # goals counted in 개소 / 명 / 회 / km / %: ``거점시설 조성 3개소``, ``교육 수료 1,200명``
    )
    # ---- blind family (dure-county)
    side_tables: tuple[
        str, ...
    ] = ()  # titled side tables among the achievements: "sites" (사업장별 추진현황 at
    #   the end of the first block: 사업장 | 위치 | 공정률(%) | 비고), "budget" (예산 집행현황 at the end of the last
    #   block: a row a funding row, the as-of year's budget, the amount spent and the rate, units in the heads),
    #   "regions" (a province's pledge across its 시군: samples/regions.py; the total split by 시군 and source
    #   under the funding table, the works of the year a 시군 after the first block, the works counted a 시군
    #   after the last, counted goals split among 시군 in brackets), "budget_mil" (the "budget" table in 백만원
    #   whatever the funding's unit: a card's 억원 funding beside an execution table in 백만원)
    # ---- blind family (onnuri-district)
    fullwidth_dates: tuple[str, ...] = ()  # dates typed in fullwidth mode: "period" (the overview's period,
    #   ``２０２２．７．～２０２６．６．``); the as-of date by ``as_of_form`` "fw_or_month_end"
    fullwidth_typed: tuple[
        str, ...
    ] = ()  # more places typed in fullwidth mode, the comma, brackets, colon and
    #   space too: "as_of" (``２０２４．　９．　３０．　현재``), "items" (every other dated achievement and plan, ``２０２４．　９．``), "budget" (the overview
    #   budget, ``１，２５０，０００千원（국비　５００，０００，...）``)
    vague_plans: tuple[
        str, ...
    ] = ()  # plans dated by words naming no year or day (연중, 수시, 하반기 중): two
    #   plans so dated, their date objects unreadable (raw only: label, start, end and precision null)
    # ---- blind family (mulbit-city)
    date_spots: bool = (
        False  # the items' dates in several places: a day opens its item (Style.day_first), a month
    )
    #   or a range closes it after `` : ``, and some stand in the item's words (``... 2024. 3. 15. 개최``) or
    #   close it in brackets (``...('24. 5.)``): those two kept in the text, no date (as CARD_SCHEMA.md says)
    long_items: bool = (
        False  # some level-1 items told at length (a clause added: they wrap over several lines)
    )
    outreach_log: bool = False  # the outreach a dated log (Style.outreach_log): a few events a channel, each
    #   channel's count printed in its 소계 row, the channels without events not printed
    quarter_plans_list: bool = (
        False  # every dated plan dated by the quarter it starts in (Style.plans_by_year)
    )
    # ---- blind family (doran-city)
    dept_bureaus: tuple[
        str, ...
    ] = ()  # the department printed with its bureau over it and a team under it (the
    #   record's lead_dept ``복지국 노인복지과 노인지원팀``): a bureau drawn from these, the team as ``lead_team``
    extension: bool = (
        False  # the phone an office extension of four digits (printed ``(내선 2345)`` / ``☏ 2345``)
    )
    # ---- blind family (gaeul-county)
    # ---- blind family (hayan-district)
    log_achievements: bool = (
        False  # every level-1 item dated by the month its log row prints (its own date's,
    )
    #   else its first dated child's, never before the row above's; Style.achievements_log), the items under
    #   it undated and no level-1 marker
    month_plans: bool = (
        False  # the plans dated by the months a Gantt chart of one year marks (Style.plans_gantt):
    )
    #   a dated plan from its start's month to its end's within its start's year, an undated one the whole year
    metric_goals: bool = False  # with goal_years: goals as performance indicators in mixed units (km with a
    #   decimal, ㎡, 개소, 명, 건, a ratio in % with a decimal): a target a year, an actual for the years before the
    #   as-of year, ``추진중`` for the as-of year (no value), none after it
    # ---- blind family (haemil-province)
    earlier_group: str = (
        ""  # the earlier block (기 추진실적, 그간 추진실적) named so (그간 주요성과), its date kept
    )
    approx_counts: tuple[
        str, ...
    ] = ()  # some items' counts printed approximately, a shape drawn an item ({n} {u},
    #   {lo} a lower bound): ``약 {n}{u}``, ``{n}여 {u}``, ``{n}{u} 이상`` (a count of n), ``{lo}~{n}{u}`` (a range: no count)
    quarter_block: bool = False  # the first block's items dated by quarter as its table prints them
    #   (Style.achievements_quarters): a level-1 item its quarter (its own date's, else the row above's), no
    #   marker; the items under it undated
    # ---- blind family (yeonbit-county)
    effects: bool = True  # False: the template has no 기대효과 section (the record's effects empty)
    # ---- blind family (saetbyeol-county)
    span_plans: bool = (
        False  # every plan dated by the months its Gantt row's 추진기간 prints (Style.plans_halves):
    )
    #   a dated plan from its start's month to its end's (an open end: three months on), an undated one the year
    #   after the as-of year; raw ``'25. 3.~8.`` (one year), ``'25. 9.~'26. 4.`` (two), ``'25. 3.`` (one month)
    # ---- session 38 families (saeron-city, haneum-county)
    month_rows: bool = (
        False  # every level-1 item dated by the month its row prints (Style.achievements_months: as
    )
    #   log_achievements), its block the year of that month (``2024년``, the year printed only there); raw ``3월``
    # ---- session 45's families (famgen12)
    head_unit_goals: tuple[str, ...] = ()  # every goal of a card a bare count in ONE unit drawn from these
    #   (Style.goals_head_unit prints it in the target and actual heads only: ``목표(개소)``); the record's target
    #   and actual the bare figures (``12``), target_unit the unit
    project_unit_goals: bool = (
        False  # every goal of a project counted in the project's one unit (drawn a project:
    )
    #   ``80호``, ``12개소``, ``3.5km``, ``공정률 60%``), its actual so too


# ------------------------------------------------------------------------------ record choices


def _renumber(rec: Record, markers: tuple[str, str, str], sec: int = 0) -> None:
    """Bullet markers by level; ``①`` / ``가.`` number the level-1 items within each block (``sec``: the number
    the achievements' heading prints, for a decimal outline ``{s}-{b}-{n}``)."""
    old = {"◦": 0, "-": 1, "·": 2}
    counts, group = [0, 0, 0], None  # the items numbered so far at each level (a level's count restarts
    blocks = list(dict.fromkeys(a["group"] for a in rec["achievements"]))  # under every item above it)
    for a in rec["achievements"]:
        if a["marker"] not in old:
            continue  # notes keep ※ / *
        if a["group"] != group:
            group, counts = a["group"], [0, 0, 0]
        level = old[a["marker"]]
        counts[level + 1 :] = [0] * (2 - level)
        k = counts[level]
        m = markers[level]
        if m == "①":
            m, k = CIRCLED[k], k + 1
        elif m == "❶":
            m, k = NEGATIVE_CIRCLED[k], k + 1
        elif m == "가.":
            m, k = f"{LETTERS[k]}.", k + 1
        elif m == "가)":
            m, k = f"{LETTERS[k]})", k + 1
        elif m == "1)":
            m, k = f"{k + 1})", k + 1
        elif m == "(1)":
            m, k = f"({k + 1})", k + 1
        elif "{n" in m:  # a numbering format: "[{n}]", "{n:⒜⒝⒞⒟}" (a run of glyphs, samples/mutate.py),
            #             "{s}-{b}-{n}" (a decimal outline: {s} the section's number, {b} the block's)
            m, k = m.format(n=Nth(k + 1), b=Nth(blocks.index(a["group"]) + 1), s=Nth(sec)), k + 1
        elif m in NUMBER_GLYPHS:  # ❶ ❷ / ㉮ ㉯: the first block one run of glyphs, the next the other
            runs = NUMBER_GLYPHS[m]
            m, k = runs[blocks.index(a["group"]) % len(runs)][k], k + 1
        counts[level] = k
        a["marker"] = m


NEGATIVE_CIRCLED = "❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯"
CIRCLED_HANGUL = "㉮㉯㉰㉱㉲㉳㉴㉵㉶㉷㉸㉹㉺㉻"
# a marker naming two runs: the first block numbered by one, the next by the other
NUMBER_GLYPHS = {"❶/㉮": (NEGATIVE_CIRCLED, CIRCLED_HANGUL)}


def _range_groups(rec: Record, rnd: random.Random) -> None:
    """Date the earlier block as a month range from the period's start to its quarter's end (one
    printed range a block: every item of the block holds the same date object); a block whose quarter
    ends before the period starts keeps its quarter (no range runs backward)."""
    start = rec["overview"]["period"]["start"]
    y1, m1 = int(start[:4]), int(start[5:7])
    ranges: dict[str, D.DateObj] = {}
    for a in rec["achievements"]:
        gd = a["group_as_of"]
        if not gd or gd["precision"] != "quarter" or gd["raw"] == a["group"]:
            continue
        y2, m2 = int(gd["end"][:4]), int(gd["end"][5:7])
        if (y2, m2) < (y1, m1):
            continue  # the block's quarter ends before the period starts (its as-of in the first quarter): its quarter kept
        if a["group"] not in ranges:
            ranges[a["group"]] = _month_range(rnd, y1, m1, y2, m2)
        a["group_as_of"] = dict(ranges[a["group"]])


def _month_range(rnd: random.Random, y1: int, m1: int, y2: int, m2: int) -> D.DateObj:
    q = rnd.choice(["'", "’"])
    raw = rnd.choice([f"{q}{y1 % 100:02d}. {m1}. ~ {q}{y2 % 100:02d}. {m2}.", f"{y1}. {m1}. ~ {y2}. {m2}."])
    return D.month_span(raw, y1, m1, y2, m2)


def _term_sum(rec: Record, label: str) -> None:
    """The funding's year columns replaced by one column ``label`` (임기내) at the first's place, each row's
    amount there the sum of its years (kind "other": the schema's column no year names)."""
    f = rec["funding"]
    cols = f["columns"]
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    if not years:
        return
    at = years[0]
    keep = [k for k in range(len(cols)) if k not in years]
    new_cols = (
        [cols[k] for k in keep if k < at]
        + [{"label": label, "kind": "other", "year": None}]
        + [cols[k] for k in keep if k > at]
    )
    for row in f["rows"]:
        v = row["amounts_krw"]
        row["amounts_krw"] = (
            [v[k] for k in keep if k < at] + [sum(v[k] for k in years)] + [v[k] for k in keep if k > at]
        )
    f["columns"] = new_cols


def _funding(rec: Record, rnd: random.Random, shape: Funding) -> None:
    """Replace the funding table (and the overview budget that agrees with it) by the family's shape."""
    # one row a source (a government whose own rows name 국비 under a table adding 국비 prints it once)
    labels = list(shape.rows) or list(
        dict.fromkeys(r["label"] for r in rec["funding"]["rows"] if r["source"] != "total")
    )
    first = int(rec["overview"]["period"]["start"][:4])
    years = [c["year"] for c in rec["funding"]["columns"] if c["kind"] == "year"]
    if shape.n_years:  # the years from the period's start, none after 2030
        first = min(first + shape.year_offset, 2031 - shape.n_years)
        years = list(range(first, first + shape.n_years))
    budget_unit = rnd.choice(shape.budget_units) if shape.budget_units else ""
    value_cols: list[Record] = []
    before, after = years[0] - 1, years[-1] + 1
    if shape.prior:
        prior = rnd.choice(shape.prior_labels) if shape.prior_labels else shape.prior_label
        value_cols.append(
            {"label": prior.format(y=before, yy=f"{before % 100:02d}"), "kind": "prior", "year": None}
        )
    value_cols += [{"label": str(y), "kind": "year", "year": y} for y in years]
    if shape.ordinals:  # 1차년도('23) / 2차년도 ...: the years as the term's ordinals (their own draw)
        first_form, rest_form = random.Random(f"ordinals-{rec['header']['title']}").choice(shape.ordinals)
        for n, c in enumerate((c for c in value_cols if c["kind"] == "year"), start=1):
            y = c["year"]
            k, t = divmod(y - shape.term_start, 4)  # the term (8 from term_start) and its year in it
            c["label"] = (first_form if n == 1 else rest_form).format(
                n=n, k=8 + k, t=t + 1, y=y, yy=f"{y % 100:02d}"
            )
    if shape.ordinal_note[0]:
        items = ", ".join(
            shape.ordinal_note[1].format(label=c["label"], y=c["year"], yy=f"{c['year'] % 100:02d}")
            for c in value_cols
            if c["kind"] == "year"
        )
        rec["_funding_note"] = shape.ordinal_note[0].format(items=items)
    if shape.after_term:
        value_cols.append({"label": shape.after_term.format(y=after), "kind": "after_term", "year": None})
    lo, hi = shape.scale
    vals = [[rnd.randint(lo, hi) if rnd.random() < 0.8 else 0 for _ in value_cols] for _ in labels]
    for row in vals:
        if not any(row):
            row[0] = rnd.randint(lo, hi)
    if budget_unit:  # every row's sum a whole step of the budget's unit at one decimal
        step = UNIT_MULT[budget_unit] // (UNIT_MULT[shape.unit] // 10**shape.decimals) // 10
        for row in vals:
            big = max(range(len(row)), key=lambda k: row[k])
            row[big] -= sum(row) % step
    if shape.grain > 1:  # whole grains (천만원), so that the budget's words are exact
        vals = [[v // shape.grain * shape.grain for v in row] for row in vals]
        for row in vals:
            if not any(row):
                row[0] = shape.grain * max(1, hi // shape.grain // 2)
    totals = [sum(c) for c in zip(*vals, strict=True)]
    total_col = {"label": shape.total_label, "kind": "total", "year": None}

    if shape.korean_budget:  # whole tens of 백만원 (천만원), so that 35억5천만원 is exact
        vals = [[v // 10 * 10 for v in row] for row in vals]
        for row in vals:
            if not any(row):
                row[0] = 10 * rnd.randint(max(1, lo // 10), max(1, hi // 10))
        totals = [sum(c) for c in zip(*vals, strict=True)]
    mid = next((k for k, c in enumerate(value_cols) if c["kind"] == "after_term"), len(value_cols))

    def full(v: list[int]) -> list[int]:
        if shape.total_col == "first":
            return [sum(v), *v]
        if shape.total_col == "middle":  # the total after the term's years, before what follows the term
            return [*v[:mid], sum(v), *v[mid:]]
        return [*v, sum(v)] if shape.total_col == "last" else list(v)

    columns = {
        "first": [total_col, *value_cols],
        "last": [*value_cols, total_col],
        "none": value_cols,
        "middle": [*value_cols[:mid], total_col, *value_cols[mid:]],
    }[shape.total_col]
    mult = UNIT_MULT[shape.unit.replace(" ", "")] // 10**shape.decimals
    rows = (
        [{"label": shape.total_row_label, "source": "total", "amounts_krw": [v * mult for v in full(totals)]}]
        if shape.total_row
        else []
    )
    rows += [
        {"label": lab, "source": SOURCE_CODES[lab], "amounts_krw": [v * mult for v in full(v)]}
        for lab, v in zip(labels, vals, strict=True)
    ]
    if shape.total_row_last:
        rows = rows[1:] + rows[:1] if shape.total_row else rows
    rec["funding"] = {"unit": shape.unit, "columns": columns, "rows": rows}
    parts = [(lab, sum(v)) for lab, v in zip(labels, vals, strict=True)]
    unit = shape.unit if shape.part_unit else ""
    inner = ", ".join(f"{lab} {_num(v, shape.decimals)}{unit}" for lab, v in parts)
    raw = f"{_num(sum(totals), shape.decimals)}{shape.unit}({inner})"
    if shape.korean_budget:
        raw = f"{eok_words(sum(totals) * mult)}({', '.join(f'{lab} {eok_words(v * mult)}' for lab, v in parts)})"
    if shape.budget_words is not None:
        grouped = dict((lab, g) for g, subs in shape.budget_words for lab in subs)
        merged: list[tuple[str, int]] = []
        for lab, v in parts:
            name = grouped.get(lab, lab)
            if merged and merged[-1][0] == name:
                merged[-1] = (name, merged[-1][1] + v)
            else:
                merged.append((name, v))
        parts = merged
        raw = f"총 {eok_words(sum(totals) * mult, ' ')}({', '.join(f'{lab} {eok_words(v * mult, chr(32))}' for lab, v in parts)})"
    if shape.eok_man:
        inner = shape.parts_sep.join(f"{lab} {eok_man_words(v * mult)}" for lab, v in parts)
        frame = shape.budget_frame or "{total}({parts})"
        raw = frame.format(total=eok_man_words(sum(totals) * mult), parts=inner)
    if budget_unit:  # 123.4억원(국비 40.5, ...): the parts bare, in the total's unit
        per = UNIT_MULT[budget_unit] // mult
        inner = shape.parts_sep.join(f"{lab} {v / per:,.1f}" for lab, v in parts)
        frame = shape.budget_frame or "{total}({parts})"
        raw = frame.format(total=f"{sum(totals) / per:,.1f}{budget_unit}", parts=inner)
    words = shape.korean_budget or shape.budget_words is not None or shape.eok_man
    rec["overview"]["budget"] = {
        "raw": raw,
        "unit": budget_unit or ("억원" if words else shape.unit),
        "total_krw": sum(totals) * mult,
        "parts": [{"label": lab, "source": SOURCE_CODES[lab], "amount_krw": v * mult} for lab, v in parts],
    }


def _num(v: int, decimals: int) -> str:
    """An amount counted in ``10**-decimals`` of the unit as printed: ``35`` -> ``3.5`` (one decimal)."""
    return f"{v / 10**decimals:,.{decimals}f}" if decimals else money(v)


def _budget_told(rec: Record) -> None:
    """The overview budget printed parts first, in words of 억 and 천만, the total last in brackets."""
    b = rec["overview"]["budget"]
    parts = ", ".join(f"{p['label']} {eok_words(p['amount_krw'], ' ')}" for p in b["parts"])
    b.update(raw=f"{parts} (총 {eok_words(b['total_krw'], ' ')})", unit="억원")


# channel words of cards that tell their outreach in sentences (주민설명회 3회(참석 120명), ...)
_OUTREACH_WORDS = {
    "meetings": ["주민설명회", "주민간담회", "현장간담회"],
    "survey": ["만족도조사", "설문조사"],
    "experts": ["전문가 자문", "자문위원회"],
    "media": ["언론보도", "보도자료 배포"],
    "other": ["기타"],
}


def _outreach_words(rec: Record, rnd: random.Random) -> None:
    """Outreach told in sentences: the channels with a count only, in their own words, a meeting's
    note the number who came (``참석 120명``)."""
    o = rec["outreach"]
    if not o:
        return
    items = []
    for x in o["items"]:
        if not x["count"]:
            continue
        note = (
            f"참석 {rnd.randint(3, 40) * 5}명" if x["category"] == "meetings" and rnd.random() < 0.7 else None
        )
        items.append({**x, "label": rnd.choice(_OUTREACH_WORDS[x["category"]]), "note": note})
    if not items:
        rec["outreach"] = None
        return
    rec["outreach"] = {"unit": o["unit"], "total": sum(x["count"] for x in items), "items": items}


def _goal_values(rec: Record, rnd: random.Random) -> None:
    """Goals whose targets carry their own units: ``186호 공급``, ``공정률 71%``, ``2.8km``."""
    for g in rec["goals"]:
        kind = rnd.randrange(3)
        if kind == 0:
            t = rnd.randint(40, 300)
            target, unit, a = f"{t}호 공급", "호", rnd.randint(t // 2, t)
            actual = f"{a}호"
        elif kind == 1:
            t = rnd.choice([60, 70, 80, 100])
            target, unit, a = f"공정률 {t}%", "%", rnd.randint(t // 2, t)
            actual = f"공정률 {a}%"
        else:
            t = rnd.randint(12, 60) / 10
            target, unit, a = f"{t}km", "km", round(rnd.uniform(t / 2, t), 1)
            actual = f"{a}km"
        g.update(target=target, target_value=t, target_unit=unit)
        if g["status"] != "미착수":
            g.update(actual=actual, actual_value=a)


# A template's own date shapes: precision -> printed forms ({y} {yy} {m} {q} {h} 상/하, ranges {y1} ...)
DATE_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "dotted": {
        "month": ("{y}. {m}.", "{y}.{m}월"),
        "quarter": ("'{yy}년 {q}분기",),
        "half": ("{y}년 {h}반기",),
        "range": ("{y1}. {m1}. ~ {y2}. {m2}.",),
    },
    "short": {
        "month": ("{y}.{m}월", "{y}. {m}."),
        "quarter": ("'{yy}. {q}/4분기",),
        "half": ("'{yy}. {h}반기",),
        "range": ("{yy1}.{m1}.~{yy2}.{m2}.",),
    },
}
DATE_FORMS |= {
    "month_end": {
        "month": ("'{yy}. {m}월말", "{y}. {m}월"),
        "quarter": ("{y}.{q}Q", "{yy}년 {q}분기"),
        "half": ("{y}. {h}반기",),
        "range": ("'{yy1}. {m1}월 ~ '{yy2}. {m2}월",),
    },
    "bare_year": {
        "month": ("{yy}년 {m}월", "{y}. {m}월말"),
        "quarter": ("{yy}년 {q}분기", "{y}.{q}Q"),
        "half": ("{yy}년 {h}반기", "{y}. {h}반기"),
        "range": ("{y1}.{m1}월~{y2}.{m2}월",),
    },
    "full": {
        "day": ("{y}.{m:02d}.{d:02d}.", "'{yy}.{m}.{d}."),
        "month": ("'{yy}.{m}.", "{y}.{m:02d}."),
        "quarter": ("'{yy}년 {q}/4분기",),
        "half": ("'{yy}년 {h}반기",),
        "range": ("'{yy1}.{m1}.~'{yy2}.{m2}.",),
    },
    "district": {
        "month": ("{y}. {m}.", "'{yy}. {m}월"),
        "quarter": ("{y}년 {q}/4분기",),
        "half": ("'{yy}.{h}반기",),
        "range": ("'{yy1}. {m1}. ~ '{yy2}. {m2}.",),
    },
    "metro_district": {
        "month": ("'{yy}. {m}.", "{y}년 {m}월"),
        "quarter": ("'{yy}. {q}분기", "{y}년 {q}/4분기"),
        "half": ("{y}. {h}반기",),
        "range": ("'{yy1}. {m1}.~'{yy2}. {m2}.",),
    },
    "log": {
        "day": ("{y}. {m}. {d}.", "'{yy}. {m}. {d}."),
        "month": ("{y}. {m}.", "'{yy}. {m}월 중"),
        "quarter": ("'{yy}. {q}/4분기",),
        "half": ("{y}년 {h}반기",),
        "range": ("'{yy1}. {m1}. ~ '{yy2}. {m2}.",),
    },
    "plain_short": {
        "month": ("{yy}.{m}.", "{yy}. {m}."),
        "quarter": ("{yy}. {q}/4분기",),
        "half": ("{yy}년 {h}반기",),
        "range": ("{yy1}.{m1}.~{yy2}.{m2}.",),
        "range_same": ("{yy1}. {m1}.~{m2}.", "{yy1}.{m1}.~{m2}."),
    },
    "county_hanja": {
        "month": ("{y}년 {m}월 말", "'{yy}. {m}월", "{y}. {m}."),
        "quarter": ("'{yy}.{q}/4", "{y}. {q}/4분기"),
        "half": ("'{yy}.{hc}", "{y}년 {h}반기"),
        "range": ("'{yy1}.{m1}.~'{yy2}.{m2}.",),
    },
}
# a city's published plan list (the period's months without a closing point: ``2014. 7 ~ 2018. 6``:
# https://github.com/mayeyes/FE_2022/blob/HEAD/brcn/mayor/sub03/sub03_02_02.jsp)
DATE_FORMS["compact"] = {
    "month": ("{y}.{m}.",),
    "quarter": ("{y}.{q}/4분기",),
    "half": ("{y}.{h}반기",),
    "range": ("{y1}.{m1}.~{y2}.{m2}.",),
    "range_same": ("{y1}.{m1}.~{m2}.",),
}
DATE_FORMS["plan_list"] = {
    "month": ("{y}. {m}", "{y}. {m}월"),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}. {m1} ~ {y2}. {m2}",),
}
DATE_FORMS["iso"] = {
    "day": ("{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}."),
    "month": ("{y}.{m:02d}.", "{yy}.{m:02d}."),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}.{m1:02d}.∼{y2}.{m2:02d}.", "'{yy1}.{m1}.～'{yy2}.{m2}."),
}
DATE_FORMS["sheet"] = {
    "day": ("{y}-{m:02d}-{d:02d}",),
    "month": ("{y}-{m:02d}", "{y}.{m:02d}"),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}.{m1:02d} ~ {y2}.{m2:02d}",),
}
DATE_FORMS["special_city"] = {
    "month": ("'{yy}. {m}.", "{y}. {m}월"),
    "quarter": ("'{yy}. {q}/4분기", "{y}. {q}분기"),
    "half": ("'{yy}. {h}반기",),
    "range": ("'{yy1}. {m1}.~'{yy2}. {m2}.",),
    "range_same": ("'{yy1}. {m1}.~{m2}.",),
}
DATE_FORMS["province_iso"] = {
    "day": ("{y}-{m:02d}-{d:02d}",),
    "month": ("{y}.{m:02d}.", "{yy}.{m}월"),
    "quarter": ("{y}년 {q}/4분기", "{yy}.{q}/4분기"),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}.{m1:02d}.~{y2}.{m2:02d}.",),
}
DATE_FORMS["seoul_gu"] = {
    "month": ("{y}.{m:02d}.", "'{yy}.{m:02d}."),
    "quarter": ("{y}년 {q}/4분기", "'{yy}.{q}/4분기"),
    "half": ("{y}.{h}반기", "'{yy}년 {h}반기"),
    "range": ("{y1}.{m1:02d}.~{y2}.{m2:02d}.",),
    "range_same": ("{y1}.{m1:02d}.~{m2:02d}.",),
}
DATE_FORMS["booklet"] = {
    "day": ("'{yy}. {m}. {d}.({wd})", "{y}. {m}. {d}.({wd})"),
    "month": ("'{yy}. {m}월", "{y}. {m}."),
    "quarter": ("'{yy}. {q}/4분기",),
    "half": ("'{yy}년 {h}반기",),
    "range": ("'{yy1}. {m1}.~'{yy2}. {m2}.",),
}
DATE_FORMS["city_end"] = {
    "month": ("{y}. {m}월 말", "'{yy}. {m}월", "{y}. {m}."),
    "quarter": ("'{yy}. {q}/4분기",),
    "half": ("{y}. {h}반기",),
    "range": ("{y1}. {m1}.~{y2}. {m2}.",),
}
DATE_FORMS["quarterly"] = {
    "month": ("'{yy}.{m}.", "{y}년 {m}월"),
    "quarter": ("'{yy} {q}분기", "{y}년 {q}분기"),
    "half": ("'{yy} {h}반기",),
    "range": ("'{yy1}.{m1}.~'{yy2}.{m2}.",),
    "range_same": ("'{yy1}.{m1}.~{m2}.",),
}
DATE_FORMS["county_words"] = {
    "day": ("{y}년 {m}월 {d}일", "{y}. {m}. {d}.({wd})"),
    "month": ("{y}년 {m}월", "'{yy}.{m}월"),
    "quarter": ("'{yy}년 {q}/4분기",),
    "half": ("{yy}년 {h}반기",),
    "range": ("'{yy1}.{m1}월~'{yy2}.{m2}월",),
}
DATE_FORMS["mulbit"] = {
    "day": ("{y}. {m}. {d}.", "'{yy}. {m}. {d}."),
    "month": ("'{yy}. {m}.", "{y}. {m}월"),
    "quarter": ("'{yy}. {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("'{yy1}. {m1}.~'{yy2}. {m2}.",),
}
DATE_FORMS["haemil"] = {
    "month": ("{y}년 {m:02d}월", "'{yy}년 {m}월"),
    "quarter": ("{y}년 제{q}분기", "'{yy}년 제{q}분기"),
    "half": ("{y}년도 {h}반기",),
    "range": ("{y1}년 {m1:02d}월 ~ {y2}년 {m2:02d}월",),
}
DATE_FORMS["onnuri"] = {
    "day": ("{y}.{m}.{d}.", "{yy}.{m:02d}.{d:02d}"),
    "month": ("{y}.{m}.", "'{yy}.{m:02d}."),
    "quarter": ("{y}년 {q}/4분기", "'{yy}. {q}분기"),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}.{m1}.~{y2}.{m2}.", "'{yy1}.{m1:02d}.~'{yy2}.{m2:02d}."),
}
DATE_FORMS["dorae"] = {
    "month": ("{y}/{m:02d}", "'{yy}년 {m}월"),
    "quarter": ("{y}년 제{q}분기", "'{yy}년 제{q}분기"),
    "half": ("{y}년 {h}반기", "'{yy}년 {h}반기"),
    "range": ("{y1}/{m1:02d}~{y2}/{m2:02d}",),
    "range_same": ("{y1}/{m1:02d}~{m2:02d}",),
}
DATE_FORMS["binnae"] = {
    "day": ("{y}년 {m}월 {d}일({wd})", "'{yy}.{m}.{d}({wd})"),
    "month": ("{y}년{m}월", "'{yy}.{m:02d}월"),
    "quarter": ("{y}년 제{q}분기", "'{yy}년 제{q}분기"),
    "half": ("{y}년도 {h}반기",),
    "range": ("{y1}년 {m1}월 ~ {y2}년 {m2}월",),
}
DATE_FORMS["gangmul"] = {
    "day": ("{y}.{m:02d}.{d:02d}.({wd})",),
    "month": ("{y}.{m:02d}.", "{y}년 {m}월"),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}.{m1:02d}. ~ {y2}.{m2:02d}.",),
}
DATE_FORMS["ieum"] = {
    "month": ("{yy}.{m}월", "{y}년 {m}월중"),
    "quarter": ("'{yy}.{q}/4",),
    "half": ("'{yy}.{hc}", "{y}년 {h}반기중"),
    "range": ("{yy1}.{m1}월~{yy2}.{m2}월",),
}
DATE_FORMS["geurim"] = {
    "month": ("{y}-{m:02d}", "'{yy}년 {m}월경"),
    "quarter": ("{y}년 {q}사분기", "'{yy}년 {q}사분기"),
    "half": ("'{yy}년 {h}반기",),
    "range": ("{y1}-{m1:02d} ~ {y2}-{m2:02d}",),
}
DATE_FORMS["boram"] = {
    "day": ("{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}"),
    "month": ("{y}-{m:02d}", "{y}.{m:02d}"),
    "quarter": ("{y}년 {q}분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}-{m1:02d} ~ {y2}-{m2:02d}", "{y1}.{m1:02d}.~{y2}.{m2:02d}."),
}
DATE_FORMS["bada"] = {
    "month": ("'{yy}. {m}월초", "{y}.{m:02d}월"),
    "quarter": ("{y}. {q}/4분기", "'{yy}. {q}Q"),
    "half": ("'{yy}. {h}반기",),
    "range": ("'{yy1}. {m1}월 ~ '{yy2}. {m2}월",),
}
DATE_FORMS["sansu"] = {
    "month": ("'{yy}.{m}.", "{y}년 {m}월경"),
    "quarter": ("'{yy}년 {q}/4",),
    "half": ("'{yy}.{hc}", "'{yy}. {h}반기"),
    "range": ("'{yy1}. {m1}. ~ '{yy2}. {m2}.",),
    "range_same": ("'{yy1}. {m1}.~{m2}월",),
}
DATE_FORMS["olbit"] = {
    "month": ("{y}. {m}월말", "'{yy}.{m:02d}."),
    "quarter": ("{y}년 {q}/4분기", "'{yy}. {q}/4"),
    "half": ("{y}. {h}반기",),
    "range": ("{y1}. {m1}월 ~ {y2}. {m2}월",),
}
DATE_FORMS["nadeul"] = {
    "month": ("'{yy}년 {m}월", "{y}.{m}월중"),
    "quarter": ("'{yy}년 {q}분기",),
    "half": ("'{yy}년 {h}반기",),
    "range": ("'{yy1}.{m1}월~'{yy2}.{m2}월",),
}
DATE_FORMS["sarang"] = {
    "month": ("'{yy}. {m}월중", "{y}. {m:02d}."),
    "quarter": ("{y}년 {q}분기", "'{yy}. {q}/4분기"),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}. {m1}. ~ {y2}. {m2}.",),
}
DATE_FORMS["pureun"] = {
    "month": ("{yy}. {m}월", "{y}년 {m:02d}월"),
    "quarter": ("'{yy}년 {q}분기",),
    "half": ("'{yy}년 {h}반기",),
    "range": ("'{yy1}.{m1}.~'{yy2}.{m2}.",),
}
DATE_FORMS["meari"] = {
    "month": ("{y}. {m}.", "'{yy}. {m}월"),
    "quarter": ("{y}. {q}분기", "'{yy}. {q}/4분기"),
    "half": ("{y}. {h}반기",),
    "range": ("{y1}. {m1}. ~ {y2}. {m2}.",),
}
DATE_FORMS["doldam"] = {
    "month": ("{y}년 {m}월", "'{yy}.{m}."),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("'{yy}년 {h}반기",),
    "range": ("{y1}.{m1}.~{y2}.{m2}.",),
}
DATE_FORMS["hamkke"] = {
    "month": ("{y}. {m}월경", "'{yy}. {m:02d}월"),
    "quarter": ("{y}. {q}/4분기",),
    "half": ("'{yy}. {h}반기",),
    "range": ("{y1}.{m1}. ~ {y2}.{m2}.",),
}
DATE_FORMS["barun"] = {
    "month": ("'{yy}.{m}월", "{y}년 {m}월 중"),
    "quarter": ("{y}년 제{q}분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("'{yy1}. {m1}월 ~ '{yy2}. {m2}월",),
}
DATE_FORMS["hanaro"] = {
    "month": ("{y}. {m}.", "'{yy}. {m}월 말"),
    "quarter": ("'{yy}년 {q}/4분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("{y1}. {m1}. ~ {y2}. {m2}.",),
}
DATE_FORMS["saessak"] = {
    "month": ("{y}년 {m}월", "'{yy}. {m:02d}."),
    "quarter": ("{y}. {q}분기",),
    "half": ("'{yy}. {h}반기",),
    "range": ("'{yy1}. {m1}. ~ '{yy2}. {m2}.",),
}
DATE_FORMS["haru"] = {
    "month": ("{y}. {m:02d}.", "'{yy}년 {m}월"),
    "quarter": ("{y}년 {q}/4분기",),
    "half": ("{y}. {h}반기",),
    "range": ("{y1}. {m1}. ~ {y2}. {m2}.",),
}
DATE_FORMS["bomnal"] = {
    "month": ("'{yy}. {m}.", "{y}년 {m}월"),
    "quarter": ("'{yy}. {q}분기",),
    "half": ("{y}년 {h}반기",),
    "range": ("'{yy1}. {m1}월 ~ '{yy2}. {m2}월",),
}
_SUFFIXES = (" 기준 누계", " 기준", " 누계", " 현재", " 예정", " 중")


def _reprint(d: D.DateObj | None, forms: dict[str, tuple[str, ...]], rnd: random.Random) -> D.DateObj | None:
    """The same date (label, start, end) printed in one of ``forms`` (its suffix kept)."""
    if not d or "/.." in d["label"] or d["precision"] not in ("month", "quarter", "half"):
        return d
    suffix = next((x for x in _SUFFIXES if d["raw"].endswith(x)), "")
    lab = d["label"]
    if "/" in lab:
        if d["precision"] != "month":
            return d
        (y1, m1), (y2, m2) = (map(int, part.split("-")) for part in lab.split("/"))
        same = "range_same" in forms and y1 == y2
        shape, v = (
            rnd.choice(forms["range_same" if same else "range"]),
            {"y1": y1, "m1": m1, "y2": y2, "m2": m2, "yy1": f"{y1 % 100:02d}", "yy2": f"{y2 % 100:02d}"},
        )
    else:
        y, rest = int(lab[:4]), lab[5:]
        v = {"y": y, "yy": f"{y % 100:02d}"}
        if d["precision"] == "month":
            v["m"] = int(rest)
        elif d["precision"] == "quarter":
            v["q"] = int(rest[1])
        else:
            v["h"], v["hc"] = ("상", "上") if rest == "H1" else ("하", "下")
        shape = rnd.choice(forms[d["precision"]])
        if d["precision"] == "month" and "day" in forms and not suffix and rnd.random() < 0.5:  # a day of it
            day = rnd.randint(1, 28)
            iso = f"{y}-{v['m']:02d}-{day:02d}"
            wd = "월화수목금토일"[datetime.date(y, v["m"], day).weekday()]  # a weekday form: 3. 15.(금)
            raw = rnd.choice(forms["day"]).format(d=day, wd=wd, **v)
            return {**d, "raw": raw, "label": iso, "start": iso, "end": iso, "precision": "day"}
    raw = shape.format(**v)
    return {**d, "raw": raw if raw.endswith(suffix.strip()) else raw + suffix}


def _dates(rec: Record, forms: dict[str, tuple[str, ...]], rnd: random.Random) -> None:
    """Every date of the card in the template's shapes; one printed heading, one date per block."""
    o = rec["overview"]
    o["period"] = _reprint(o["period"], forms, rnd)
    old_as_of = rec["as_of"]["raw"]
    rec["as_of"] = _reprint(rec["as_of"], forms, rnd)
    groups: dict[str, D.DateObj | None] = {}
    for a in rec["achievements"]:
        a["date"] = _reprint(a["date"], forms, rnd)
        if a["group"] == old_as_of:
            a["group"] = rec["as_of"]["raw"]
        if a["group"] not in groups:
            groups[a["group"]] = (
                rec["as_of"] if a["group"] == rec["as_of"]["raw"] else _reprint(a["group_as_of"], forms, rnd)
            )
        a["group_as_of"] = groups[a["group"]] and dict(groups[a["group"]])
    for p in rec["plans"]:
        p["date"] = _reprint(p["date"], forms, rnd)


def _year_groups(rec: Record) -> None:
    """Every item under a bare year line (``2023년``): a level-1 item's date (or its first dated
    child's) opens its year's block, an undated one stays in the block before; a block never goes
    back a year (an item dated earlier than its block stays in it)."""
    year = int(rec["overview"]["period"]["start"][:4])
    items = rec["achievements"]
    for i, a in enumerate(items):
        if a["level"] == 1 and a["marker"] not in ("※", "*"):  # its own date, else its first dated child's
            subtree = [a, *itertools.takewhile(lambda x: x["level"] > 1, items[i + 1 :])]
            d = next((x["date"] for x in subtree if x["date"] and x["date"].get("start")), None)
            year = max(year, int(d["start"][:4])) if d else year
        a["group"] = f"{year}년"
        a["group_as_of"] = {
            "raw": f"{year}년",
            "label": str(year),
            "start": f"{year}-01-01",
            "end": f"{year}-12-31",
            "precision": "year",
        }


def _quarter_goals(rec: Record) -> None:
    """One goal a project, for the as-of year: the project's goal of that year, else its latest
    (moved to that year); the table prints its quarterly targets, the record keeps the year's."""
    year = int(rec["as_of"]["end"][:4])
    picked: dict[str, Record] = {}
    for g in rec["goals"]:
        old = picked.get(g["project"])
        if old is None or old["year"] != year and (g["year"] == year or g["year"] > old["year"]):
            picked[g["project"]] = g
    rec["goals"] = [{**g, "year": year, "detail": None} for g in picked.values()]


def _review_goals(rec: Record, rnd: random.Random) -> None:
    """Goals as two or three counted indicators of the as-of year (no rate: a quarter's figures add up):
    the year's plan the 누계 of its 계획 row, the actual to date the 누계 of its 실적 row."""
    year = int(rec["as_of"]["end"][:4])
    picked = rnd.sample([x for x in _INDICATORS if x[1] != "%" and not x[3]], rnd.choice((2, 3)))
    goals = []
    for name, unit, (lo, hi), _ in picked:
        t = rnd.randint(max(lo, 4), hi)
        a = rnd.randint(t * 4 // 10, t)
        goals.append(
            {
                "project": name,
                "year": year,
                "target": f"{t:,}",
                "target_value": t,
                "target_unit": unit,
                "status": None,
                "actual": f"{a:,}",
                "actual_value": a,
                "detail": None,
            }
        )
    rec["goals"] = goals


def _period_span(rec: Record, form: str) -> None:
    """The overview period printed by its years (``2023 ~ 2026 (4년간)``): the whole years it spans."""
    p = rec["overview"]["period"]
    if not p or not p.get("start") or not p.get("end"):
        return
    y1, y2 = int(p["start"][:4]), int(p["end"][:4])
    rec["overview"]["period"] = {
        "raw": form.format(y1=y1, y2=y2, n=y2 - y1 + 1),
        "label": f"{y1}/{y2}",
        "start": f"{y1}-01-01",
        "end": f"{y2}-12-31",
        "precision": "year",
    }


def _printed_goals(rec: Record, layout: str) -> None:
    """The goals as a layout prints them: an indicator table (``indicators``, ``years_split``) prints
    a target and an actual a year, no status and no 추진내용; ``years_split`` prints an actual only
    for a year before the as-of year (a later year over its target only)."""
    if layout in (
        "years_split",
        "years_across",
    ):  # the goals in the order the table is read: an indicator a row
        # (or a row group), its years across (crossbred 6428, years_across: listed a year at a time, two indicators'
        # equal bare targets paired with each other's years by the scorer, a wrong figure though every goal read right)
        names = list(dict.fromkeys(g["project"] for g in rec["goals"]))
        rec["goals"].sort(key=lambda g: (names.index(g["project"]), g["year"]))
    if layout not in ("indicators", "years_split", "final", "metrics"):
        return
    as_of_year = int(rec["as_of"]["end"][:4])
    for g in rec["goals"]:
        g.update(status=None, detail=None)
        if layout == "years_split" and g["year"] >= as_of_year:
            g.update(actual=None, actual_value=None)


def _current_group(rec: Record, name: str) -> None:
    """The reporting quarter's block named ``name`` (금분기 추진실적) and dated by the as-of date."""
    for a in rec["achievements"]:
        if a["group"] == rec["as_of"]["raw"]:
            a["group"], a["group_as_of"] = name, dict(rec["as_of"])


def _earlier_group(rec: Record, name: str) -> None:
    """The earlier block (any but the reporting quarter's) named ``name``, its date kept."""
    for a in rec["achievements"]:
        if a["group"] != rec["as_of"]["raw"]:
            a["group"] = name


def _status_box(rec: Record, options: tuple[tuple[str, str], ...], rnd: random.Random) -> None:
    """The status one of the checkbox options: the card's own when offered, else one drawn."""
    code = rec["header"]["status_code"]
    label, code = next(((lab, c) for lab, c in options if c == code), rnd.choice(options))
    rec["header"].update(status=label, status_code=code)


def _as_of_form(rec: Record, form: str, rnd: random.Random) -> None:
    """The as-of date reprinted (the reporting block named by it follows): ``2024. 9. 30. 현재`` (the
    day its period ends) or ``'24.3/4분기 말 기준`` (a quarter)."""
    old = rec["as_of"]
    if (
        form == "fw_or_month_end"
    ):  # ２０２４．９．３０． 현재 (fullwidth mode) or 2024년 9월말 현재 (the month)
        y, m, d = (int(x) for x in old["end"].split("-"))
        if rnd.random() < 0.6:
            new = {
                "raw": fullwidth(f"{y}.{m}.{d}.") + " 현재",
                "label": old["end"],
                "start": old["end"],
                "end": old["end"],
                "precision": "day",
            }
        else:
            new = {
                "raw": f"{y}년 {m}월말 현재",
                "label": f"{y}-{m:02d}",
                "start": f"{y}-{m:02d}-01",
                "end": old["end"],
                "precision": "month",
            }
        _new_as_of(rec, old, new)
        return
    if form == "month_end":  # 2025. 9월 말 (the month whose end is the as-of day, its year dotted)
        y, m, _ = (int(x) for x in old["end"].split("-"))
        new = {
            "raw": f"{y}. {m}월 말",
            "label": f"{y}-{m:02d}",
            "start": f"{y}-{m:02d}-01",
            "end": old["end"],
            "precision": "month",
        }
        _new_as_of(rec, old, new)
        return
    if form == "tally":  # the quarter told as a running tally: 2024년 3/4분기 누계 / '24. 3/4분기까지 누계
        if old["precision"] != "quarter":
            return
        y, q = int(old["label"][:4]), int(old["label"][-1])
        new = {**old, "raw": rnd.choice([f"{y}년 {q}/4분기 누계", f"'{y % 100:02d}. {q}/4분기까지 누계"])}
        for a in rec["achievements"]:  # a block dated by the as-of date keeps being so dated
            if a["group_as_of"] == old:
                a["group_as_of"] = dict(new)
        _new_as_of(rec, old, new)
        return
    if form == "day_dot_wd":  # 2024.09.30.(월) (zero-padded, closed by its point, the weekday after)
        y, m, d = (int(x) for x in old["end"].split("-"))
        form, raw0 = "day_bare", f"{y}.{m:02d}.{d:02d}.({'월화수목금토일'[datetime.date(y, m, d).weekday()]})"
    elif form == "day_dot":  # 2024.09.30. (zero-padded, closed by its point)
        y, m, d = (int(x) for x in old["end"].split("-"))
        form, raw0 = "day_bare", f"{y}.{m:02d}.{d:02d}."
    else:
        raw0 = ""
    if form in ("day", "day_bare", "day_full", "day_iso", "iso", "day_words", "day_words_now", "day_slash"):
        y, m, d = (int(x) for x in old["end"].split("-"))
        raw = (
            rnd.choice([f"{y}. {m}. {d}. 현재", f"{y}.{m:02d}.{d:02d}. 현재"])
            if form == "day"
            else f"{y}. {m}. {d}."
        )
        raw = raw0 or raw
        if form == "day_iso":  # 2024-09-30
            raw = f"{y}-{m:02d}-{d:02d}"
        if form == "day_full":
            raw = rnd.choice([f"{y}.{m:02d}.{d:02d}. 기준", f"'{y % 100:02d}.{m}.{d}. 기준"])
        if form == "iso":
            raw = f"{y}-{m:02d}-{d:02d} 기준"
        if form == "day_words":  # 2024년 9월 30일
            raw = f"{y}년 {m}월 {d}일"
        if form == "day_words_now":  # 2024년 9월 30일 현재
            raw = f"{y}년 {m}월 {d}일 현재"
        if form == "day_slash":  # 2024/09/30 현재
            raw = f"{y}/{m:02d}/{d:02d} 현재"
        new = {"raw": raw, "label": old["end"], "start": old["end"], "end": old["end"], "precision": "day"}
    else:
        if old["precision"] != "quarter":
            return
        y, q = int(old["label"][:4]), int(old["label"][-1])
        new = {
            **old,
            "raw": rnd.choice([f"'{y % 100:02d}.{q}/4분기 말 기준", f"'{y % 100:02d}. {q}/4분기 말 기준"]),
        }
    _new_as_of(rec, old, new)


def _as_of_boxes(rec: Record, style: Style) -> None:
    """The as-of quarter printed as its year beside a checkbox a quarter (``2024년  □1/4 □2/4 ■3/4 □4/4``):
    the raw so printed, the date the same quarter (the reporting block keeps its own words)."""
    old = rec["as_of"]
    if old["precision"] != "quarter":
        return
    y, q = int(old["label"][:4]), int(old["label"][-1])
    rec["as_of"] = {**old, "raw": quarter_boxes(y, q, card_marks(rec, style), style)}


def _new_as_of(rec: Record, old: D.DateObj, new: D.DateObj) -> None:
    """The card's as-of date ``new`` in place of ``old``: the card id and the reporting block follow."""
    rec["as_of"] = new
    rec["card_id"] = f"{rec['header']['mgmt_no']}@{new['label']}"
    for a in rec["achievements"]:
        if a["group"] == old["raw"]:
            a["group"], a["group_as_of"] = new["raw"], dict(new)


def _fullwidth_dates(rec: Record, places: tuple[str, ...]) -> None:
    """The dates of ``places`` typed in fullwidth mode (``２０２２．７．～２０２６．６．``): the same date."""
    if "period" in places and rec["overview"]["period"]:
        p = rec["overview"]["period"]
        rec["overview"]["period"] = {**p, "raw": fullwidth(p["raw"])}


def _fullwidth_typed(rec: Record, places: tuple[str, ...]) -> None:
    """The places typed in fullwidth mode, the comma, brackets and spaces too: every other dated
    achievement and plan (``２０２４．　９．``), the overview budget (``１，２５０千원（국비　５００，...）``)."""
    if "items" in places:
        dated = [x for x in (*rec["achievements"], *rec["plans"]) if x["date"] and x["date"].get("raw")]
        for x in dated[::2]:
            x["date"] = {**x["date"], "raw": fullwidth(x["date"]["raw"], typed=True)}
    if "as_of" in places:  # the blocks it names and dates follow
        old = rec["as_of"]["raw"]
        rec["as_of"] = {**rec["as_of"], "raw": fullwidth(old, typed=True)}
        for a in rec["achievements"]:
            if a["group"] == old:
                a["group"] = rec["as_of"]["raw"]
            if a["group_as_of"] and a["group_as_of"]["raw"] == old:
                a["group_as_of"] = {**a["group_as_of"], "raw": rec["as_of"]["raw"]}
    if "budget" in places and rec["overview"]["budget"]:
        b = rec["overview"]["budget"]
        rec["overview"]["budget"] = {**b, "raw": fullwidth(b["raw"], typed=True)}


def _vague_plans(rec: Record, words: tuple[str, ...], rnd: random.Random) -> None:
    """Two plans dated by words naming no year or day (``연중``, ``수시``, ``하반기 중``): printed as their
    date, read as no date (an unreadable date object: its raw only)."""
    plans = rec["plans"]
    for k in sorted(rnd.sample(range(len(plans)), min(2, len(plans)))):
        plans[k]["date"] = {
            "raw": rnd.choice(words),
            "label": None,
            "start": None,
            "end": None,
            "precision": None,
        }


def _approx_counts(rec: Record, shapes: tuple[str, ...], rnd: random.Random) -> None:
    """Half the items holding a count print their first count in one of ``shapes`` (약 130명, 130여 명, 130명 이상,
    100~130명); the record's counts are read from the text after (a range counts nothing)."""
    from samples.synth import COUNT_RE

    for a in rec["achievements"]:
        m = COUNT_RE.search(a["text"])
        if m is None or rnd.random() < 0.5 or "~" in a["text"]:
            continue
        n = int(m.group(1).replace(",", ""))
        shape = rnd.choice([x for x in shapes if (n >= 4 or "{lo}" not in x) and (n >= 10 or "여" not in x)])
        raw = shape.format(n=m.group(1), u=m.group(2), lo=f"{max(1, n * 3 // 4):,}")
        a["text"] = a["text"][: m.start()] + raw + a["text"][m.end() :]


_AREAS = ("동부권", "서부권", "남부권", "북부권", "중부권")


def _facility_table(rec: Record, fam: Family, rnd: random.Random) -> None:
    """A titled side table at the end of the first block: 구분 | 시설 | 개소 | 정원, a 합계 row, then
    each area's 소계 row over its facilities (the area printed in every row)."""
    body: list[list[str]] = []
    n_all = cap_all = 0
    for area in rnd.sample(_AREAS, rnd.randint(2, 3)):
        rows = []
        for _ in range(rnd.randint(1, 3)):
            n, cap = rnd.randint(1, 4), rnd.randint(2, 30) * 5
            rows.append([area, f"{rnd.choice(['돌봄', '체육', '문화', '복지'])}시설", str(n), f"{cap:,}"])
        n_sub, cap_sub = sum(int(r[2]) for r in rows), sum(int(r[3].replace(",", "")) for r in rows)
        n_all, cap_all = n_all + n_sub, cap_all + cap_sub
        body += [[area, "소계", str(n_sub), f"{cap_sub:,}"], *rows]
    _insert_side_table(
        rec,
        fam,
        0,
        fam.facility_table,
        [["구분", "시설", "개소", "정원(명)"]],
        [["합계", "합계", str(n_all), f"{cap_all:,}"], *body],
    )


def _insert_side_table(
    rec: Record, fam: Family, block: int, title: str, header: list[list[str]], rows: list[list[str]]
) -> None:
    """A titled side table at the end of the ``block``-th block of achievements (-1: the last): a level-1
    item holding its title, the table after it."""
    items = rec["achievements"]
    groups = list(dict.fromkeys(a["group"] for a in items))
    group = groups[block]
    pos = max(i for i, a in enumerate(items) if a["group"] == group) + 1
    first = next(a for a in items if a["group"] == group)
    marker = (
        fam.markers[0]
        if fam.markers[0] not in ("①", "가.") and "{" not in fam.markers[0]
        else first["marker"]
    )
    item = {
        "group": group,
        "group_as_of": first["group_as_of"] and dict(first["group_as_of"]),
        "level": 1,
        "parent": None,
        "marker": marker,
        "text": title,
        "date": None,
        "counts": [],
        "orgs": [],
    }
    for a in items:
        if a["parent"] is not None and a["parent"] >= pos:
            a["parent"] += 1
    for tb in rec["tables"]:
        if tb["after_item"] is not None and tb["after_item"] >= pos:
            tb["after_item"] += 1
    items.insert(pos, item)
    rec["tables"].append({"title": title, "after_item": pos, "header": header, "rows": rows})
    rec["tables"].sort(key=lambda tb: tb["after_item"])


_SITE_STAGES = ("실시설계 중", "공사 중", "준공", "부지 매입", "인허가 협의")


def _side_tables(rec: Record, fam: Family, rnd: random.Random) -> None:
    """The family's side tables (``Family.side_tables``): by site at the end of the first block, the
    as-of year's budget spent at the end of the last."""
    if "sites" in fam.side_tables:
        town = fam.government[1][:2]
        rows = []
        for k in range(rnd.randint(2, 3)):
            rate = rnd.randrange(10, 101, 5)
            stage = "준공" if rate == 100 else rnd.choice(_SITE_STAGES[:2] + _SITE_STAGES[3:])
            rows.append(
                [
                    f"제{k + 1}사업장",
                    f"{town}{rnd.choice('읍면')} {rnd.choice('상하동서남북')}리 일원",
                    str(rate),
                    stage,
                ]
            )
        _insert_side_table(rec, fam, 0, "사업장별 추진현황", [["사업장", "위치", "공정률(%)", "비고"]], rows)
    if "regions" in fam.side_tables:  # a province's pledge across its 시군 (samples/regions.py)
        where = regions.places(random.Random(f"places-{rec['header']['title']}"))
        _insert_side_table(rec, fam, 0, *regions.region_works(rec, where, rnd))
        _insert_side_table(rec, fam, -1, *regions.region_counts(where, rnd))
        regions.region_goals(rec, where, random.Random(f"goals-{rec['header']['title']}"))
        regions.funding_table(rec, where, rnd)  # last: its after_item null, no more tables sorted
    if "changes" in fam.side_tables and rec["funding"]["rows"]:
        header, rows = change_table(rec)
        _insert_side_table(rec, fam, -1, "사업비 변경 내역", header, rows)
    if "budget" in fam.side_tables or "budget_mil" in fam.side_tables:
        f = rec["funding"]
        unit = (
            "백만원" if "budget_mil" in fam.side_tables else f["unit"]
        )  # budget_mil: 백만원 beside 억원 funding
        mult = UNIT_MULT[unit.replace(" ", "")]
        year = int(rec["as_of"]["end"][:4])
        k = next((i for i, c in enumerate(f["columns"]) if c["kind"] == "year" and c["year"] == year), None)
        if k is None:
            return
        plan = [r["amounts_krw"][k] // mult for r in f["rows"] if r["source"] != "total"]
        spent = [round(v * rnd.uniform(0.3, 0.95)) for v in plan]
        labels = [r["label"] for r in f["rows"] if r["source"] != "total"]

        def rate(a: int, b: int) -> str:
            return f"{100 * b / a:.1f}" if a else "-"

        rows = [["계", f"{sum(plan):,}", f"{sum(spent):,}", rate(sum(plan), sum(spent))]]
        rows += [[lab, f"{a:,}", f"{b:,}", rate(a, b)] for lab, a, b in zip(labels, plan, spent, strict=True)]
        _insert_side_table(
            rec,
            fam,
            -1,
            f"{year}년 예산 집행현황",
            [["구분", f"예산액({unit})", f"집행액({unit})", "집행률(%)"]],
            rows,
        )


_UNDER_WAY = (
    "ongoing_normal",
    "ongoing_delayed",
    "partial",
    "continuing",
)  # statuses a card may move between


def _status_rate(rec: Record, rnd: random.Random) -> None:
    """The status printed with its progress: ``정상추진(80%)``, ``완료(100%)`` (the code unchanged)."""
    h = rec["header"]
    if h["status_code"] in ("not_started", "dropped", "other"):
        return
    pct = 100 if h["status_code"] == "done" else rnd.randrange(10, 100, 5)
    h["status"] = f"{h['status'][:-1]}, {pct}%)" if h["status"].endswith(")") else f"{h['status']}({pct}%)"


def _later_status(rec: Record, earlier: Record, rnd: random.Random) -> None:
    """The later quarter of a pledge reports another status than the earlier one (the history
    across quarters has a status change to show)."""
    code = earlier["header"]["status_code"]
    status, new_code = rnd.choice([s for s in STATUSES if s[1] in _UNDER_WAY and s[1] != code])
    rec["header"].update(status=status, status_code=new_code)


_FIELDS = ("경제", "복지", "문화", "안전", "환경", "교통", "교육")


def _mgmt_no(rec: Record, fam: Family, seed: int) -> None:
    """The family's own 관리번호 shape (the card id follows it)."""
    r = random.Random(f"{fam.name}-{seed}-no")
    no = fam.mgmt_format.format(
        n=r.randint(1, 99),
        k=r.randint(1, 9),
        roman="ⅠⅡⅢⅣⅤⅥⅦ"[r.randrange(7)],
        field=r.choice(_FIELDS),
        k2=r.randint(1, 9),  # k2, circ drawn last: the others'
        circ=CIRCLED[r.randrange(9)] if "{circ}" in fam.mgmt_format else "",
    )  # draws as before
    rec["header"]["mgmt_no"] = no
    rec["card_id"] = f"{no}@{rec['as_of']['label']}"


def _semester(y: int, m: int, rnd: random.Random) -> D.DateObj:
    """The school term holding month ``m`` of ``y`` (1학기 March-August, 2학기 September-February),
    printed ``'24. 1학기``, ``2024학년도 2학기`` or open-ended ``'24. 2학기~``."""
    if m < 3:
        y, s = y - 1, 2
    else:
        s = 1 if m <= 8 else 2
    start, end = D._semester_span(y, s)
    shape = rnd.randrange(3)
    if shape == 2:
        return {
            "raw": f"'{y % 100:02d}. {s}학기~",
            "label": f"{y}-S{s}/..",
            "start": start,
            "end": None,
            "precision": "semester",
        }
    raw = f"'{y % 100:02d}. {s}학기" if shape == 0 else f"{y}학년도 {s}학기"
    return {"raw": raw, "label": f"{y}-S{s}", "start": start, "end": end, "precision": "semester"}


def _school_dates(rec: Record, rnd: random.Random) -> None:
    """Half the single-month dates of items and plans reprinted as the school term they fall in."""
    for x in [*rec["achievements"], *rec["plans"]]:
        d = x.get("date")
        if d and d["precision"] == "month" and "/" not in d["label"] and rnd.random() < 0.5:
            x["date"] = _semester(int(d["label"][:4]), int(d["label"][5:7]), rnd)


_SCHOOL_GOALS = (
    ("참여학교", "교", (20, 120)),
    ("수혜학생", "명", (300, 4000)),
    ("스마트교실", "학급", (30, 300)),
    ("연수 이수 교원", "명", (50, 900)),
)


def _school_goals(rec: Record, rnd: random.Random) -> None:
    """Goals counted in schools (교), students or teachers (명) and classes (학급): ``참여학교 45교``."""
    for g in rec["goals"]:
        noun, unit, (lo, hi) = rnd.choice(_SCHOOL_GOALS)
        t = rnd.randint(lo, hi)
        g.update(target=f"{noun} {t:,}{unit}", target_value=t, target_unit=unit)
        if g["status"] != "미착수":
            a = rnd.randint(t // 2, t)
            g.update(actual=f"{a:,}{unit}", actual_value=a)


def _paren_dates(rec: Record) -> None:
    """An item's date printed at the end of its line in parentheses: it stays in the text (the
    schema: a date inside parentheses is text), the item has no date."""
    for a in rec["achievements"]:
        if a["date"]:
            a["text"], a["date"] = f"{a['text']}({a['date']['raw']})", None


_INDICATORS = (
    ("청년주택 공급", "호", (20, 120), 0),
    ("공정률", "%", (0, 0), 0),
    ("일자리 창출", "명", (30, 400), 0),
    ("정비 구간", "km", (5, 40), 1),
    ("시설 설치", "개소", (2, 12), 0),
    ("참여 주민", "명", (50, 900), 0),
)


def _indicator_goals(rec: Record, rnd: random.Random) -> None:
    """Goals as two or three indicators over the card's goal years: a target a year (공정률 rising to
    100), the actual up to the as-of year (part of it in that year), none printed after it (``-``)."""
    years = sorted({g["year"] for g in rec["goals"]}) or [int(rec["as_of"]["end"][:4])]
    if len(years) == 1:
        years.append(years[0] + 1)
    as_of_year = int(rec["as_of"]["end"][:4])
    picked = rnd.sample(_INDICATORS, rnd.choice((2, 2, 3)))
    goals = []
    steps = {name: sorted(rnd.sample(range(20, 100, 10), len(years) - 1)) + [100] for name, *_ in picked}
    for k, y in enumerate(years):
        for name, unit, (lo, hi), dec in picked:
            t = steps[name][k] if unit == "%" else rnd.randint(lo, hi)
            if y < as_of_year:
                a = t if unit == "%" or rnd.random() < 0.5 else rnd.randint(t * 7 // 10, t)
            elif y == as_of_year:
                a = rnd.randint(t * 3 // 10, t * 9 // 10)
            else:
                a = None
            text = (lambda v: f"{v / 10:.1f}") if dec else (lambda v: f"{v:,}")
            goals.append(
                {
                    "project": name,
                    "year": y,
                    "target": text(t),
                    "target_value": t / 10 if dec else t,
                    "target_unit": unit,
                    "status": None,
                    "actual": None if a is None else text(a),
                    "actual_value": None if a is None else (a / 10 if dec else a),
                    "detail": None,
                }
            )
    rec["goals"] = goals


def _yearly_goals(rec: Record, years: tuple[int, ...], rnd: random.Random) -> None:
    """Goals as two or three indicators over fixed ``years``: a target a year (공정률 rising to 100),
    an actual only for a year before the as-of year (none printed for the as-of year and later)."""
    as_of_year = int(rec["as_of"]["end"][:4])
    picked = rnd.sample(_INDICATORS, rnd.choice((2, 3)))
    steps = {name: sorted(rnd.sample(range(20, 100, 10), len(years) - 1)) + [100] for name, *_ in picked}
    goals = []
    for k, y in enumerate(years):
        for name, unit, (lo, hi), dec in picked:
            t = steps[name][k] if unit == "%" else rnd.randint(lo, hi)
            a = (
                (t if unit == "%" or rnd.random() < 0.4 else rnd.randint(t * 6 // 10, t))
                if y < as_of_year
                else None
            )
            text = (lambda v: f"{v / 10:.1f}") if dec else (lambda v: f"{v:,}")
            goals.append(
                {
                    "project": name,
                    "year": y,
                    "target": text(t),
                    "target_value": t / 10 if dec else t,
                    "target_unit": unit,
                    "status": None,
                    "actual": None if a is None else text(a),
                    "actual_value": None if a is None else (a / 10 if dec else a),
                    "detail": None,
                }
            )
    rec["goals"] = goals


# performance indicators: name, unit, (low, high) a year's target, decimals (a ratio: its targets rising)
_METRICS = (
    ("보행로 정비 연장", "km", (8, 45), 1),
    ("녹지 조성 면적", "㎡", (800, 9600), 0),
    ("생활SOC 확충", "개소", (1, 6), 0),
    ("프로그램 참여자", "명", (120, 1800), 0),
    ("현장 민원 처리", "건", (30, 420), 0),
    ("주민 만족도", "%", (700, 950), 1),
    ("공정률", "%", (0, 0), 0),
)


def _metric_goals(rec: Record, years: tuple[int, ...], rnd: random.Random) -> None:
    """Goals as two to four performance indicators over ``years`` in mixed units: a target a year, an
    actual for a year before the as-of year, ``추진중`` (no value) for the as-of year, none after it."""
    as_of_year = int(rec["as_of"]["end"][:4])
    picked = rnd.sample(_METRICS, rnd.choice((3, 3, 4)))
    goals = []
    for name, unit, (lo, hi), dec in picked:
        if unit == "%" and not dec:  # 공정률 rising to 100
            values = sorted(rnd.sample(range(20, 100, 10), len(years) - 1)) + [100]
        elif unit == "%":  # a ratio rising a little a year
            values = sorted(rnd.randint(lo, hi) for _ in years)
        else:
            values = [rnd.randint(lo, hi) for _ in years]
        text = (lambda v: f"{v / 10:.1f}") if dec else (lambda v: f"{v:,}")
        for y, t in zip(years, values, strict=True):
            a: int | None = None
            if y < as_of_year:
                a = t if unit == "%" and not dec else rnd.randint(t * 7 // 10, t + t // 10)
            goals.append(
                {
                    "project": name,
                    "year": y,
                    "target": text(t),
                    "target_value": t / 10 if dec else t,
                    "target_unit": unit,
                    "status": None,
                    "actual": text(a) if a is not None else "추진중" if y == as_of_year else None,
                    "actual_value": None if a is None else (a / 10 if dec else a),
                    "detail": None,
                }
            )
    rec["goals"] = goals


def _quarter_block(rec: Record) -> None:
    """The first block as a table by quarter: every level-1 item dated by the quarter its row prints
    (its own date's, else its first dated child's, else the row above's; the first undated one the
    period's start), no marker; the items under it undated (the quarter cell spans them, their parent
    carries it)."""
    items = rec["achievements"]
    if not items:
        return
    first = items[0]["group"]
    start = rec["overview"]["period"]["start"] or rec["as_of"]["start"]
    cur = (int(start[:4]), (int(start[5:7]) - 1) // 3 + 1)
    for i, a in enumerate(items):
        if a["group"] != first:
            break
        if a["level"] != 1 or a["marker"] in ("※", "*"):
            a["date"] = None
            continue
        subtree = [a, *itertools.takewhile(lambda x: x["level"] > 1 and x["group"] == first, items[i + 1 :])]
        d = next((x["date"] for x in subtree if x.get("date") and x["date"].get("start")), None)
        if d:
            cur = (int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3 + 1)
        y, q = cur
        a["date"] = {**D.quarter(random.Random(0), y, q), "raw": f"'{y % 100:02d}. {q}/4분기"}
        a["marker"] = None


def _log_achievements(rec: Record) -> None:
    """Every level-1 item dated by the month of its log row (its own date's, else its first dated child's,
    never before the row above's; the first undated one the period's start), printed without its marker;
    the items under it undated (its content cell holds them). Raw: the year cell and the month cell."""
    items = rec["achievements"]
    start = rec["overview"]["period"]["start"] or rec["as_of"]["start"]
    cur = (int(start[:4]), int(start[5:7]))
    for i, a in enumerate(items):
        if a["level"] != 1 or a["marker"] in ("※", "*"):
            a["date"] = None
            continue
        subtree = [a, *itertools.takewhile(lambda x: x["level"] > 1, items[i + 1 :])]
        d = next((x["date"] for x in subtree if x.get("date") and x["date"].get("start")), None)
        if d:
            cur = max(cur, (int(d["start"][:4]), int(d["start"][5:7])))
        y, m = cur
        a["date"] = {**D.month(random.Random(0), y, m), "raw": f"{y}년 {m}월"}
        a["marker"] = None


def _month_rows(rec: Record) -> None:
    """Every level-1 item dated by the month of its row (as :func:`_log_achievements`), the block it stands in
    that month's year (``2024년``, the year printed only in the block's title), raw the month cell (``3월``);
    an item under it, or a note, in the block of the row above."""
    _log_achievements(rec)
    start = rec["overview"]["period"]["start"] or rec["as_of"]["start"]
    year = int(start[:4])
    for a in rec["achievements"]:
        d = a.get("date")
        if d and d.get("start"):
            year = int(d["start"][:4])
            d["raw"] = f"{int(d['start'][5:7])}월"
        a["group"] = f"{year}년"
        a["group_as_of"] = {
            "raw": f"{year}년",
            "label": str(year),
            "start": f"{year}-01-01",
            "end": f"{year}-12-31",
            "precision": "year",
        }


def _month_plans(rec: Record) -> None:
    """Every plan dated by the months its Gantt row marks in the chart's one year (the first dated plan's):
    a dated plan from its start's month to its end's (an end in a later year: December; an open end or a
    start in another year: its start's month alone), an undated one the whole year. Raw: the heads over
    the marks (``2025년 3월 ~ 2025년 6월``)."""
    dated = [p["date"] for p in rec["plans"] if p.get("date") and p["date"].get("start")]
    year = int(dated[0]["start"][:4]) if dated else int(rec["as_of"]["end"][:4]) + 1
    for p in rec["plans"]:
        d = p.get("date")
        if d and d.get("start"):
            m1 = int(d["start"][5:7])
            end = d.get("end")
            m2 = (
                m1
                if not end or int(d["start"][:4]) != year
                else (12 if int(end[:4]) > year else int(end[5:7]))
            )
            m2 = max(m1, m2)
        else:
            m1, m2 = 1, 12
        raw = f"{year}년 {m1}월" if m1 == m2 else f"{year}년 {m1}월 ~ {year}년 {m2}월"
        p["date"] = D.month_span(raw, year, m1, year, m2)
        if m1 == m2:
            p["date"]["label"] = f"{year}-{m1:02d}"


def _span_plans(rec: Record) -> None:
    """Every plan dated by the months its Gantt row's 추진기간 prints (``Family.span_plans``)."""
    nxt = int(rec["as_of"]["end"][:4]) + 1
    for p in rec["plans"]:
        d = p.get("date") or {}
        if d.get("start"):
            y1, m1 = int(d["start"][:4]), int(d["start"][5:7])
            if d.get("end"):
                y2, m2 = int(d["end"][:4]), int(d["end"][5:7])
            else:
                y2, m2 = y1 + (m1 + 3 - 1) // 12, (m1 + 3 - 1) % 12 + 1
        else:
            y1, m1, y2, m2 = nxt, 1, nxt, 12
        if (y2, m2) < (y1, m1):
            y2, m2 = y1, m1
        if (y1, m1) == (y2, m2):
            raw = f"'{y1 % 100:02d}. {m1}."
        elif y1 == y2:
            raw = f"'{y1 % 100:02d}. {m1}.~{m2}."
        else:
            raw = f"'{y1 % 100:02d}. {m1}.~'{y2 % 100:02d}. {m2}."
        p["date"] = D.month_span(raw, y1, m1, y2, m2)
        if (y1, m1) == (y2, m2):
            p["date"]["label"] = f"{y1}-{m1:02d}"


def _booklet(fam: Family, seed: int, base: Record, theme: dict[str, list[str]] | None) -> list[Record]:
    """The pledges of one booklet: ``base`` and those of the seeds ``seed + 1000``, ``seed + 2000``, ...
    of its term, reported in ``base``'s quarter, each numbered ``field-n`` (its theme's place in THEMES, 1-based; ``n`` drawn, none twice)
    and bound in that order."""
    from samples.phrases import THEMES

    rnd = random.Random(f"{fam.name}-{seed}-booklet")
    y, q = int(base["as_of"]["end"][:4]), (int(base["as_of"]["end"][5:7]) - 1) // 3 + 1
    recs, n, cand = [base], rnd.randint(*fam.booklet), seed
    if base["overview"]["period"]["start"] < "2022":  # not of the term: no booklet (family_seeds skips it)
        n = 1
    while len(recs) < n:  # pledges of the same term (민선8기) as the first
        cand += 1000
        if (
            synth_record(cand, government=fam.government, theme=theme)["overview"]["period"]["start"]
            >= "2022"
        ):
            recs.append(synth_record(cand, government=fam.government, as_of=(y, q), theme=theme))
    used: set[str] = set()
    for rec in recs:
        old = rec["as_of"]
        if (
            old["label"] != base["as_of"]["label"] or old["raw"] != base["as_of"]["raw"]
        ):  # the booklet's quarter
            for a in rec["achievements"]:
                if a["group"] == old["raw"]:
                    a["group"], a["group_as_of"] = base["as_of"]["raw"], dict(base["as_of"])
            rec["as_of"] = dict(base["as_of"])
        field = next(k for k, t in enumerate(THEMES, 1) if rec["header"]["lead_dept"] in t["dept"])
        no = f"{field}-{rnd.randint(1, 15)}"
        while no in used:
            no = f"{field}-{rnd.randint(1, 15)}"
        used.add(no)
        rec["header"]["mgmt_no"] = no
        rec["card_id"] = f"{no}@{rec['as_of']['label']}"
    return sorted(recs, key=lambda r: tuple(int(x) for x in r["header"]["mgmt_no"].split("-")))


_SUB_CONTENTS = ("관련 시설 조성 및 운영", "참여기관 협력체계 구축", "홍보 및 성과 확산 프로그램 운영")


def _sub_projects(rec: Record, rnd: random.Random) -> None:
    """The overview's contents a sub-project each (세부사업 | 내용 | 사업량, layout.sub_projects): the
    record's content is the row's cells in reading order joined by a space."""
    contents = list(rec["overview"]["contents"])
    names = sub_projects(rec)
    extra = iter(c for c in _SUB_CONTENTS if c not in contents)
    while len(contents) < len(names):
        contents.append(next(extra))
    qty = lambda: rnd.choice(  # noqa: E731
        [
            f"{rnd.randint(2, 12)}개소",
            f"{rnd.randint(2, 40) * 5}명",
            f"{rnd.randint(2, 30)}건",
            "1식",
            f"{rnd.randint(2, 9)}회",
        ]
    )
    rec["overview"]["contents"] = [f"{n} {c} {qty()}" for n, c in zip(names, contents, strict=False)]


def _project_span(rec: Record, seed: int, whole_label: str, rnd: random.Random) -> None:
    """One sub-project's amounts printed once over two adjacent year columns (layout.project_funding): the
    printed funding kept under ``_funding_print`` (never written to the expected record); the record's rows
    null in those years for the whole's total row and every source the sub-project draws on (their yearly
    totals not printed) but one holding nothing in both (a merged zero, each year's); on an even seed the
    whole is a 합계 row alone, the record's only row."""
    f = rec["funding"]
    printed = copy.deepcopy(f)
    view = {**rec, "funding": printed}
    years = [k for k, c in enumerate(f["columns"]) if c["kind"] == "year"]
    pairs = [
        (p, k)
        for p, (_, rows) in enumerate(project_funding(view))
        for k in years
        if k + 1 in years and all(sum(v[j] for _, v in rows) for j in (k, k + 1))
    ]
    whole = seed % 2 == 1
    merge = rnd.choice(pairs) if pairs else None
    rec["_funding_print"] = {"funding": printed, "merge": list(merge) if merge else None, "whole": whole}
    if merge:
        p, k = merge
        used = {lab for lab, _ in project_funding(view)[p][1]}
        for row in f["rows"]:
            # a source nothing in both years prints a merged zero: each year's zero, read (funding_spans)
            if row["source"] == "total" or (
                row["label"] in used and row["amounts_krw"][k] + row["amounts_krw"][k + 1]
            ):
                row["amounts_krw"][k] = row["amounts_krw"][k + 1] = None
    if not whole:
        f["rows"] = [{**r, "label": whole_label} for r in f["rows"] if r["source"] == "total"]


def _project_blocks(rec: Record) -> None:
    """The achievements grouped by sub-project: the level-1 items (with the items under them) shared out in
    order over the sub-projects, each block named by its sub-project, without a date."""
    names = sub_projects(rec)
    items = rec["achievements"]
    tops = [i for i, a in enumerate(items) if a["level"] == 1 and a["marker"] not in ("※", "*")]
    per = max(1, -(-len(tops) // len(names)))
    block = 0
    for i, a in enumerate(items):
        if i in tops:
            block = min(tops.index(i) // per, len(names) - 1)
        a["group"], a["group_as_of"] = names[block], None


def _quarter_plans(rec: Record) -> None:
    """Every dated plan dated by the quarters its schedule marks: from its start's quarter to its end's
    (an open end: the start year's last quarter); its raw the heads over the marks, ``2025년 2/4 ~ 2025년 4/4``."""
    for p in rec["plans"]:
        d = p["date"]
        if not d or not d.get("start"):
            continue
        end = d["end"] or f"{d['start'][:4]}-12-31"
        y1, q1 = int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3 + 1
        y2, q2 = int(end[:4]), (int(end[5:7]) - 1) // 3 + 1
        first, last = f"{y1}-{3 * q1 - 2:02d}-01", D.quarter(random.Random(0), y2, q2)["end"]
        if (y1, q1) == (y2, q2):  # raw: the heads over the marked quarters (the year's, the quarter's)
            raw, label = f"{y1}년 {q1}/4", f"{y1}-Q{q1}"
        else:
            raw, label = f"{y1}년 {q1}/4 ~ {y2}년 {q2}/4", f"{y1}-Q{q1}/{y2}-Q{q2}"
        p["date"] = {"raw": raw, "label": label, "start": first, "end": last, "precision": "quarter"}


def _status_date(rec: Record, rnd: random.Random) -> None:
    """The status printed with a date: a done pledge's month of completion (``완료('24.6.)``, within the
    reporting year), an under-way one's planned end (``정상추진('26.12. 완료예정)``, the period's)."""
    h = rec["header"]
    if h["status_code"] in ("not_started", "dropped", "other"):
        return
    if h["status_code"] == "done":
        y, m = int(rec["as_of"]["end"][:4]), int(rec["as_of"]["end"][5:7])
        m = rnd.randint(1, m)
        h["status"] = f"{h['status']}('{y % 100:02d}.{m}.)"
    else:
        end = rec["overview"]["period"]["end"] or rec["overview"]["period"]["start"]
        h["status"] = f"{h['status']}('{int(end[:4]) % 100:02d}.{int(end[5:7])}. 완료예정)"


def _lead_team(rec: Record, words: tuple[str, ...], rnd: random.Random) -> None:
    """The department with a team under it: ``관광정책과`` -> ``관광정책과 관광기획팀``."""
    dept = rec["header"]["lead_dept"]
    rec["header"]["lead_dept"] = f"{dept} {dept.split()[-1][:2]}{rnd.choice(words)}팀"


def _dept_bureau(rec: Record, bureaus: tuple[str, ...], teams: tuple[str, ...], rnd: random.Random) -> None:
    """The department with its bureau over it and a team under it: ``노인복지과`` -> ``복지국 노인복지과
    노인지원팀``."""
    dept = rec["header"]["lead_dept"]
    rec["header"]["lead_dept"] = f"{rnd.choice(bureaus)} {dept} {dept[:2]}{rnd.choice(teams or ('운영',))}팀"


def _phone_area(rec: Record, area: str, rnd: random.Random) -> None:
    """The phone a full number closed after its area code: ``033)249-3456``."""
    rec["header"]["contact_phone"] = f"{area}){rnd.randint(200, 999)}-{rnd.randint(1000, 9999)}"


def _period_years(rec: Record) -> None:
    """The period in years only: ``2022 ~ 2026``, an open end ``2024 ~``."""
    p = rec["overview"]["period"]
    y1 = int(p["start"][:4])
    if not p["end"]:
        rec["overview"]["period"] = {
            "raw": f"{y1} ~",
            "label": f"{y1}/..",
            "start": f"{y1}-01-01",
            "end": None,
            "precision": "year",
        }
        return
    y2 = int(p["end"][:4])
    rec["overview"]["period"] = {
        "raw": f"{y1} ~ {y2}",
        "label": f"{y1}/{y2}",
        "start": f"{y1}-01-01",
        "end": f"{y2}-12-31",
        "precision": "year",
    }


def _open_plans(rec: Record, form: str, rnd: random.Random) -> None:
    """The first dated plan and some month-dated ones (a month or a month range) printed as open from their
    start month: ``'25.3월~계속``."""
    first = True
    for p in rec["plans"]:
        d = p["date"]
        if not d or not d.get("start") or "/.." in d["label"]:
            continue
        if not first and (d["precision"] != "month" or rnd.random() < 0.4):
            continue
        first = False
        y, m = int(d["start"][:4]), int(d["start"][5:7])
        p["date"] = {
            "raw": form.format(yy=f"{y % 100:02d}", y=y, m=m),
            "label": f"{y}-{m:02d}/..",
            "start": f"{y}-{m:02d}-01",
            "end": None,
            "precision": "month",
        }


_COUNT_GOALS = (
    ("거점시설 조성", "개소", (2, 9), 0),
    ("교육 수료", "명", (300, 2500), 0),
    ("프로그램 운영", "회", (12, 80), 0),
    ("정비 구간", "km", (12, 60), 1),
    ("이용률 향상", "%", (5, 30), 0),
)


def _count_goals(rec: Record, rnd: random.Random) -> None:
    """Goals counted in places, people, times, kilometres or percent: ``교육 수료 1,200명``, ``정비 구간 2.8km``;
    the actual the figure and its unit (``860명``)."""
    for g in rec["goals"]:
        noun, unit, (lo, hi), dec = rnd.choice(_COUNT_GOALS)
        t = rnd.randint(lo, hi)
        text = (lambda v: f"{v / 10:.1f}") if dec else (lambda v: f"{v:,}")
        g.update(target=f"{noun} {text(t)}{unit}", target_value=t / 10 if dec else t, target_unit=unit)
        if g["status"] != "미착수":
            a = rnd.randint(t // 2, t)
            g.update(actual=f"{text(a)}{unit}", actual_value=a / 10 if dec else a)


_LONG_CLAUSES = (
    "관계부서 합동 협의와 현장 의견 수렴 결과를 반영하여 세부 추진방안 및 단계별 일정을 확정",
    "사업 대상지 주변 주민과 이해관계자 의견을 반영한 보완계획 마련 및 관계기관 사전 협의 완료",
    "추진 과정에서 제기된 안전·환경 관련 요구사항을 검토하여 설계 및 운영계획에 단계적으로 반영",
)


def _long_items(rec: Record, rnd: random.Random) -> None:
    """Every second level-1 item (no note) told at length: a clause added after a comma."""
    k = 0
    for a in rec["achievements"]:
        if a["level"] == 1 and a["marker"] not in ("※", "*"):
            if k % 2 == 0:
                a["text"] = f"{a['text']}, {rnd.choice(_LONG_CLAUSES)}"
            k += 1


def _date_spots(rec: Record) -> None:
    """The items' dates in several places (Family.date_spots): of the items not dated to the day, every
    third keeps its date in its words before its last word and every third but one closes its words in
    brackets (both: the date stays text, the item has no date); the rest keep their date."""
    k = 0
    for a in rec["achievements"]:
        d = a["date"]
        if not d or d["precision"] == "day" or a["marker"] in ("※", "*"):
            continue
        words = a["text"].split(" ")
        if k % 3 == 1 and len(words) > 2:
            a["text"], a["date"] = " ".join([*words[:-1], d["raw"], words[-1]]), None
        elif k % 3 == 2:
            a["text"], a["date"] = f"{a['text']}({d['raw']})", None
        k += 1


_MONTH_WORK = (
    "관계기관 실무협의회 개최",
    "실시설계 중간보고회 개최",
    "부지 현황조사 및 측량 실시",
    "사업 설명자료 배포",
    "자문위원회 운영",
    "시민 의견 수렴 결과 정리",
    "세부 추진계획 보완",
    "현장점검 실시",
)


def _months_table(rec: Record, fam: Family, rnd: random.Random) -> None:
    """A small table of the reporting quarter's months (월 | 추진내용) closing the last block, under a
    level-1 item naming it; the item numbered on from the block's level-1 items."""
    end = int(rec["as_of"]["end"][5:7])
    rows = [
        [f"{m}월", ", ".join(rnd.sample(_MONTH_WORK, rnd.choice((1, 2))))] for m in range(end - 2, end + 1)
    ]
    _insert_side_table(rec, fam, -1, "월별 추진내용", [["월", "추진내용"]], rows)
    items = rec["achievements"]
    pos = (
        rec["tables"][-1]["after_item"]
        if rec["tables"][-1]["title"] == "월별 추진내용"
        else next(tb["after_item"] for tb in rec["tables"] if tb["title"] == "월별 추진내용")
    )
    n = sum(
        1
        for a in items[:pos]
        if a["group"] == items[pos]["group"] and a["level"] == 1 and a["marker"] not in ("※", "*")
    )
    items[pos]["marker"] = f"{LETTERS[n]}."


_LOG_CHANNELS = (
    ("meetings", "주민설명회"),
    ("survey", "설문조사"),
    ("experts", "전문가 자문"),
    ("media", "언론보도"),
    ("other", "기타"),
)


def _outreach_log(rec: Record, rnd: random.Random) -> None:
    """Outreach as a dated log: one to three events in each of three or four channels (meetings always),
    in the channels' order; the record holds the channels printed, each its count, and the total."""
    picked = [c for c in _LOG_CHANNELS[1:] if rnd.random() < 0.7][:3]
    items = [
        {"label": lab, "category": cat, "count": rnd.randint(1, 3), "note": None}
        for cat, lab in _LOG_CHANNELS
        if cat == "meetings" or (cat, lab) in picked
    ]
    rec["outreach"] = {"unit": "회", "total": sum(x["count"] for x in items), "items": items}


def _quarter_plans_list(rec: Record) -> None:
    """Every dated plan dated by the quarter it starts in (printed ``- 2/4분기 : plan`` under its year's line),
    the plans in order of their dates, the undated ones last."""
    for p in rec["plans"]:
        d = p["date"]
        if not d or not d.get("start"):
            p["date"] = None
            continue
        y, q = int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3 + 1
        p["date"] = D.quarter(random.Random(0), y, q)
        p["date"] = {**p["date"], "raw": f"{y}년 {q}/4분기"}
    rec["plans"].sort(key=lambda p: (p["date"] is None, (p["date"] or {}).get("start") or ""))


def family_records(fam: Family, seed: int) -> list[Record]:
    """The records printed in one file of ``fam`` (two when the family reports two quarters)."""
    theme = EXTRA_THEMES[fam.theme] if fam.theme else None
    base = synth_record(seed, government=fam.government, theme=theme)
    if fam.quarters == 2 or seed in fam.quarters_seeds:
        y, q = int(base["as_of"]["end"][:4]), (int(base["as_of"]["end"][5:7]) - 1) // 3 + 1
        if q > 1:  # the quarter before (a first quarter may open the term: then the quarter after)
            recs = [synth_record(seed, government=fam.government, as_of=(y, q - 1), theme=theme), base]
        else:
            recs = [base, synth_record(seed, government=fam.government, as_of=(y, 2), theme=theme)]
    elif fam.booklet[1]:
        recs = _booklet(fam, seed, base, theme)
    else:
        recs = [base]
    out = []
    for k, rec in enumerate(recs):
        rnd = random.Random(f"{fam.name}-{seed}-{k}")
        rec["header"]["kind"] = fam.kind
        if fam.mgmt_format:
            _mgmt_no(rec, fam, seed)
        if (
            k and not fam.booklet[1]
        ):  # the same pledge: the same funding and goals in both quarters, a new status
            rnd_f = random.Random(f"{fam.name}-{seed}-0")
            _later_status(rec, recs[0], rnd)
        else:
            rnd_f = rnd
        _funding(rec, rnd_f, fam.funding)
        if fam.funding.term_sum:
            _term_sum(rec, fam.funding.term_sum)
        if fam.style.funding_marginals[0] or fam.style.funding_prose:  # the sources' totals only: nothing
            #                                                              prints a source's year
            f = rec["funding"]
            ti = next(k for k, c in enumerate(f["columns"]) if c["kind"] == "total")
            for row in f["rows"]:
                if row["source"] != "total":
                    row["amounts_krw"] = [v if k == ti else None for k, v in enumerate(row["amounts_krw"])]
        if fam.budget_told:
            _budget_told(rec)
        if fam.funding_total_only:
            rec["funding"]["rows"] = [r for r in rec["funding"]["rows"] if r["source"] == "total"]
        keys = section_keys(fam.style)
        _renumber(
            rec,
            fam.markers,
            printed_number(keys.index("achievements") + 1, fam.style) if "achievements" in keys else 0,
        )
        if fam.group_range:
            _range_groups(rec, rnd)
        if fam.goal_values:
            _goal_values(rec, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.style.achievements_table or fam.style.achievements_blocks:  # a level-1 row of an item table
            #                                                                  prints no marker
            for a in rec["achievements"]:
                if a["level"] == 1 and a["marker"] not in ("※", "*"):
                    a["marker"] = None
        if fam.style.goals_lines or fam.style.goals_layout == "years_across":  # no 추진내용 printed
            for g in rec["goals"]:
                g["detail"] = None
        if fam.style.goals_layout == "year_group":
            rec["goals"].sort(key=lambda g: g["year"])
        if fam.indicator_goals:
            _indicator_goals(rec, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.goal_years and fam.metric_goals:
            _metric_goals(rec, fam.goal_years, random.Random(f"{fam.name}-{seed}-goals"))
        elif fam.goal_years:
            _yearly_goals(rec, fam.goal_years, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.date_forms:
            _dates(rec, DATE_FORMS[fam.date_forms], random.Random(f"{fam.name}-{seed}-{k}-dates"))
        if fam.earlier_group:
            _earlier_group(rec, fam.earlier_group)
        if fam.current_group:
            _current_group(rec, fam.current_group)
        if fam.status_options:
            _status_box(rec, fam.status_options, random.Random(f"{fam.name}-{seed}-status"))
        if fam.as_of_form:
            _as_of_form(rec, fam.as_of_form, random.Random(f"{fam.name}-{seed}-{k}-asof"))
        if fam.style.as_of_boxes:
            _as_of_boxes(rec, fam.style)
        if fam.fullwidth_dates:
            _fullwidth_dates(rec, fam.fullwidth_dates)
        if fam.fullwidth_typed:
            _fullwidth_typed(rec, fam.fullwidth_typed)
        if fam.vague_plans:
            _vague_plans(rec, fam.vague_plans, random.Random(f"{fam.name}-{seed}-{k}-vague"))
        if fam.facility_table:
            _facility_table(rec, fam, random.Random(f"{fam.name}-{seed}-{k}-facility"))
        if fam.side_tables:
            _side_tables(rec, fam, random.Random(f"{fam.name}-{seed}-{k}-side"))
        if fam.status_words:
            words = dict(fam.status_words)
            rec["header"]["status"] = words.get(rec["header"]["status_code"], rec["header"]["status"])
        if fam.status_rate:
            _status_rate(rec, random.Random(f"{fam.name}-{seed}-{k}-rate"))
        if not fam.outreach:
            rec["outreach"] = None
        if not fam.effects:
            rec["effects"] = []
        if fam.outreach_words:
            _outreach_words(rec, random.Random(f"{fam.name}-{seed}-{k}-outreach"))
        if (fam.style.outreach_inline[0] or fam.style.outreach_open) and rec["outreach"]:  # no total printed
            rec["outreach"]["total"] = None
        if fam.outreach_shuffle and rec["outreach"]:
            rnd.shuffle(rec["outreach"]["items"])
        if fam.outreach_unit and rec["outreach"]:
            rec["outreach"]["unit"] = fam.outreach_unit
        if fam.outreach_labels and rec["outreach"]:
            words = dict(fam.outreach_labels)
            for x in rec["outreach"]["items"]:
                x["label"] = words[x["category"]]
        if fam.school_dates:
            _school_dates(rec, random.Random(f"{fam.name}-{seed}-{k}-terms"))
        if fam.school_goals:
            _school_goals(rec, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.paren_dates:
            _paren_dates(rec)
        if fam.year_groups:
            _year_groups(rec)
        if fam.quarter_goals or fam.style.goals_layout in ("quarters", "halves"):
            _quarter_goals(rec)
        if fam.review_goals:
            _review_goals(rec, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.period_span:
            _period_span(rec, fam.period_span)
        _printed_goals(rec, fam.style.goals_layout)
        if fam.style.goals_layout == "quarter_actuals" and len(printed_quarter_heads(rec, fam.style)) < len(
            fam.style.goals_quarter_heads
        ):  # the quarters printed, no year's total: the year's actual printed nowhere
            for g in rec["goals"]:
                g.update(actual=None, actual_value=None)
        if fam.sub_projects:
            _sub_projects(rec, random.Random(f"{fam.name}-{seed}-projects"))
        if fam.project_span:
            _project_span(rec, seed, fam.style.subtotal_total, random.Random(f"{fam.name}-{seed}-{k}-span"))
        if fam.project_blocks:
            _project_blocks(rec)
        if fam.quarter_plans:
            _quarter_plans(rec)
        if fam.status_date:
            _status_date(rec, random.Random(f"{fam.name}-{seed}-{k}-status-date"))
        if fam.dept_bureaus:
            _dept_bureau(rec, fam.dept_bureaus, fam.lead_team, random.Random(f"{fam.name}-{seed}-team"))
        elif fam.lead_team:
            _lead_team(rec, fam.lead_team, random.Random(f"{fam.name}-{seed}-team"))
        if fam.extension:
            rec["header"]["contact_phone"] = str(random.Random(f"{fam.name}-{seed}-ext").randint(2000, 8999))
        if fam.phone_area:
            _phone_area(rec, fam.phone_area, random.Random(f"{fam.name}-{seed}-phone"))
        if fam.period_years:
            _period_years(rec)
        if fam.open_plans:
            _open_plans(rec, fam.open_plans, random.Random(f"{fam.name}-{seed}-{k}-open"))
        if fam.count_goals:
            _count_goals(rec, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.long_items:
            _long_items(rec, random.Random(f"{fam.name}-{seed}-{k}-long"))
        if fam.date_spots:
            _date_spots(rec)
        if "months" in fam.side_tables:
            _months_table(rec, fam, random.Random(f"{fam.name}-{seed}-{k}-months"))
        if fam.outreach_log and rec["outreach"]:
            _outreach_log(rec, random.Random(f"{fam.name}-{seed}-{k}-log"))
        if fam.quarter_plans_list:
            _quarter_plans_list(rec)
        if fam.quarter_block:
            _quarter_block(rec)
        if fam.log_achievements:
            _log_achievements(rec)
        if fam.month_rows:
            _month_rows(rec)
        if fam.month_plans:
            _month_plans(rec)
        if fam.span_plans:
            _span_plans(rec)
        if fam.approx_counts:
            _approx_counts(rec, fam.approx_counts, random.Random(f"{fam.name}-{seed}-{k}-approx"))
        for a in rec["achievements"]:
            a["counts"] = find_counts(a["text"])
        if "side" in fam.style.typed_tables:
            _typed_totals(rec)
        if fam.head_unit_goals:
            _head_unit_goals(rec, fam.head_unit_goals, random.Random(f"{fam.name}-{seed}-goals"))
        if fam.project_unit_goals:
            _project_unit_goals(rec, random.Random(f"{fam.name}-{seed}-goals"))
        out.append(rec)
    return out


_PROJECT_UNITS = (
    ("호", (20, 200), 0),
    ("개소", (2, 15), 0),
    ("명", (30, 600), 0),
    ("km", (12, 60), 1),
    ("%", (0, 0), 0),
)


def _project_unit_goals(rec: Record, rnd: random.Random) -> None:
    """Every project's goals counted in one unit drawn for the project (Family.project_unit_goals): ``80호``,
    ``3.5km``, ``공정률 60%`` (a rate rising to 100 over the project's years); the actual a part of the target."""
    projects = list(dict.fromkeys(g["project"] for g in rec["goals"]))
    kinds = {p: rnd.choice(_PROJECT_UNITS) for p in projects}
    for p in projects:
        unit, (lo, hi), dec = kinds[p]
        mine = sorted((g for g in rec["goals"] if g["project"] == p), key=lambda g: g["year"])
        steps = sorted(rnd.sample(range(30, 100, 10), len(mine) - 1)) + [100] if len(mine) > 1 else [100]
        for k, g in enumerate(mine):
            t = steps[k] if unit == "%" else rnd.randint(lo, hi)
            g.update(target=_unit_text(t, unit, dec), target_value=t / 10 if dec else t, target_unit=unit)
            g.update(actual=None, actual_value=None)
            if g["status"] != "미착수":
                a = t if g["status"] == "완료" else rnd.randint(t * 4 // 10, t)
                g.update(actual=_unit_text(a, unit, dec), actual_value=a / 10 if dec else a)


def _unit_text(v: int, unit: str, dec: int) -> str:
    """A count as a project-unit goal prints it: ``80호``, ``3.5km`` (``v`` in tenths when ``dec``), ``공정률 60%``."""
    figure = f"{v / 10:.1f}" if dec else f"{v:,}"
    return f"공정률 {figure}%" if unit == "%" else f"{figure}{unit}"


_HEAD_UNIT_RANGES = {"개소": (2, 24), "명": (40, 900), "건": (5, 120), "회": (3, 60), "호": (20, 300)}


def _head_unit_goals(rec: Record, units: tuple[str, ...], rnd: random.Random) -> None:
    """Every goal a bare count in one unit drawn from ``units`` (Family.head_unit_goals): ``12`` under
    ``목표(개소)``; an actual for every goal begun (the as-of year's part of its target)."""
    unit = rnd.choice(units)
    lo, hi = _HEAD_UNIT_RANGES[unit]
    for g in rec["goals"]:
        t = rnd.randint(lo, hi)
        g.update(target=f"{t:,}", target_value=t, target_unit=unit, actual=None, actual_value=None)
        if g["status"] != "미착수":
            a = t if g["status"] == "완료" else rnd.randint(max(1, t * 3 // 10), t)
            g.update(actual=f"{a:,}", actual_value=a)


def _typed_totals(rec: Record) -> None:
    """Side tables typed, not drawn: a total label a drawn table spans over its row's first cells
    (``계`` over 연번, 기업명, 분야) is typed once, the cells it covered left empty."""
    for tb in rec["tables"]:
        for r in tb["rows"]:
            for k in range(len(r) - 1, 0, -1):
                if r[k] == r[k - 1] and r[k] in ("계", "합계"):
                    r[k] = ""


# ------------------------------------------------------------------------------ the families

FAMILIES: tuple[Family, ...] = (
    Family(
        name="gaon-city",
        about="a city; ■ headings, ❍ bullets, lettered blocks dated as a range `가. 기 추진실적('22. 7. ~ '24. 9.)`, "
        "name and phone in one header cell and the as-of date in the header table, funding total last "
        "(천원, years `2023`), goals with a year column and a 달성률 column, 계 last in outreach",
        government=("시장", "가온시", "시민", [["도비", "시비"], ["시비", "민자"]]),
        kind="가온시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="■ {label}",
            group_format="{letter}. {group}({date})",
            group_plain="{letter}. {group}",
            bullet1="❍",
            bullet2="-",
            header_layout="contact_cell",
            as_of_label="기준일",
            year_format="{y}",
            goals_layout="year_col",
            goals_rate=True,
            outreach_total_last=True,
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="그간 추진사항",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="목표 달성 현황",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=11001,
        needs=("earlier", "goals", "outreach", "quarter"),
        markers=("❍", "-", "·"),
        group_range=True,
        funding=Funding(
            unit="천원", total_col="last", total_label="총사업비", after_term="임기 후", scale=(20000, 900000)
        ),
    ),
    Family(
        name="hanbit-province",
        about="a province, landscape pages; `Ⅰ.` headings, ○ bullets, `[ ... ]` blocks, several label/value pairs "
        "in one wide header row, funding transposed (years down) with nine years printed `'23`, the 총계 "
        "first, goals grouped by year rows, outreach channels reordered with 계 first",
        government=("도지사", "한빛특별자치도", "도민", [["도비", "시군비"], ["도비", "시군비", "민자"]]),
        kind="한빛특별자치도 도지사 공약 추진상황 관리카드",
        style=Style(
            heading_format="{roman}. {label}",
            group_format="[ {group} ({date}) ]",
            group_plain="[ {group} ]",
            bullet1="○",
            bullet2="·",
            header_layout="wide",
            funding_layout="transposed",
            year_format="'{yy}",
            goals_layout="year_group",
            goals_year="{y}년",
            landscape=True,
            repeat_table_head=True,
            overview_heading="사업개요",
            funding_heading="재원투자 계획",
            achievements_heading="추진 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            goals_heading="목표 대비 실적",
            spaced_labels=False,
            zero_dash=True,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=12001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "·", "-"),
        funding=Funding(
            unit="백만원", n_years=9, total_col="first", total_label="총계", after_term="", scale=(50, 4000)
        ),
        outreach_shuffle=True,
    ),
    Family(
        name="solmae-county",
        about="a county, four pages with a running page header and page numbers; `【 】` headings, items numbered "
        "①②③, `< ... >` blocks, labels down the header table's first column, funding without a total "
        "column (억원, years `2023년`), goals by year group with a 세부사업 and a 달성률 column and values "
        "like `186호 공급`, `공정률 71%`, `2.8km`",
        government=("군수", "솔매군", "군민", [["도비", "군비"], ["도비", "군비", "민자"]]),
        kind="솔매군수 공약사업 관리카드",
        style=Style(
            heading_format="【 {label} 】",
            group_format="< {group} : {date} >",
            group_plain="< {group} >",
            bullet1="◦",
            bullet2="-",
            header_layout="vertical",
            year_format="{y}년",
            goals_layout="year_group",
            goals_rate=True,
            goals_project_label="세부사업",
            running_header=True,
            outreach_total_last=True,
            overview_heading="사업개요",
            funding_heading="재원투자 실적 및 계획",
            achievements_heading="추진 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="목표달성 현황",
            spaced_labels=True,
            font_pt=12.0,
            line_height=2.2,
            dump="blocks",
        ),
        first_seed=13001,
        needs=("earlier", "goals", "long", "tables"),
        markers=("①", "-", "·"),
        funding=Funding(unit="억원", total_col="none", total_row=True, prior=True, scale=(1, 90)),
        goal_values=True,
    ),
    Family(
        name="byeolbit-district",
        about="a district; `(1)` headings, ➢ bullets, ▶ blocks, a location map captioned `<사업 위치도>`, the "
        "budget line wrapped inside a number (`민자 18,` / `000,000)`), funding total first without a 계 "
        "row (천원), goals with a year column and a 세부사업 column, values with units",
        government=("구청장", "별빛구", "구민", [["시비", "구비", "민자"]]),
        kind="별빛구청장 공약사항 추진 관리카드",
        style=Style(
            heading_format="({n}) {label}",
            group_format="▶ {group}({date})",
            group_plain="▶ {group}",
            bullet1="➢",
            bullet2="-",
            header_order="no_first",
            year_format="{y}년",
            goals_layout="year_col",
            goals_project_label="세부사업",
            figure_caption="<사업 위치도>",
            budget_wrap=True,
            overview_heading="사업개요",
            funding_heading="투자계획",
            achievements_heading="추진실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="연도별 목표 달성",
            outreach_heading="구민소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=14001,
        needs=("earlier", "goals", "outreach"),
        markers=("➢", "-", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=False,
            scale=(300000, 3000000),
            rows=("국비", "시비", "구비", "민자"),
        ),
        goal_values=True,
    ),
    Family(
        name="nuri-province",
        about="a province, the same pledge in two quarters in one file; `◎ 1.` headings, items lettered `가.` "
        "`나.`, 《 》 blocks, funding years `2023년` with the 총사업비 first (백만원)",
        government=("도지사", "누리도", "도민", [["도비", "시군비"], ["지방비"]]),
        kind="누리도 도지사 공약사업 관리카드",
        style=Style(
            heading_format="◎ {n}. {label}",
            bullet1="◦",
            bullet2="-",
            year_format="{y}년",
            overview_heading="사업개요",
            funding_heading="재원투자 실적 및 계획",
            achievements_heading="추진실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            spaced_labels=True,
            font_pt=11.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=15001,
        needs=("quarter", "goals"),
        markers=("가.", "-", "·"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", prior=True, after_term="임기이후"
        ),
        quarters=2,
    ),
    Family(
        name="dasom-district",
        about="a district of a metropolitan city; the whole body one label | content table continuing across "
        "pages, `가.` numbered section labels, `·` bullets, `◎` blocks, funding total last with years "
        "`2023` (백만원), outreach 계 first",
        government=("구청장", "해솔구", "구민", [["시비", "구비"], ["구비", "기타"]]),
        kind="다솜광역시 해솔구청장 공약사업 관리카드",
        style=Style(
            heading_format="{ga}. {label}",
            group_format="◎ {group} ({date})",
            group_plain="◎ {group}",
            bullet1="·",
            bullet2="-",
            body_table=True,
            year_format="{y}",
            overview_heading="사업개요",
            funding_heading="재원투자",
            achievements_heading="추진실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            goals_heading="목표 달성",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.8,
            dump="blocks",
        ),
        first_seed=16001,
        needs=("earlier", "goals", "outreach", "tables"),
        markers=("·", "-", "ㆍ"),
        funding=Funding(unit="백만원", total_col="last", total_label="계", after_term="임기 후"),
    ),
)

FAMILIES += (
    Family(
        name="yeoul-county",
        about="a county; ▣ headings, ▶ bullets, ◆ blocks, the header as label rows over value rows, funding "
        "over twelve years printed `'19` .. `'30` with the total last and no 계 row, outreach reordered "
        "with 계 first, synonyms for the section titles (`재원 투자 현황`, `추진 실적`, `향후 추진 계획`)",
        government=("군수", "여울군", "군민", [["도비", "군비"], ["도비", "군비", "기타"]]),
        kind="여울군 민선8기 군수 공약 이행 관리카드",
        style=Style(
            heading_format="▣ {label}",
            group_format="◆ {group} [{date}]",
            group_plain="◆ {group}",
            bullet1="▶",
            bullet2="·",
            header_layout="stacked",
            year_format="'{yy}",
            overview_heading="사업 개요",
            funding_heading="재원 투자 현황",
            achievements_heading="추진 실적",
            plans_heading="향후 추진 계획",
            effects_heading="기대 효과",
            goals_heading="목표 대비 추진실적",
            outreach_heading="{residents}과의 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=17001,
        needs=("earlier", "goals", "outreach"),
        markers=("▶", "·", "-"),
        funding=Funding(
            unit="백만원", n_years=12, total_col="last", total_label="합계", total_row=False, scale=(10, 900)
        ),
        outreach_shuffle=True,
    ),
    Family(
        name="haneul-city",
        about="a city; headings numbered `①`, `-` as the first bullet, `□` blocks, several pairs in one wide header "
        "row with the as-of date (`작성기준`) in the header table, funding total first without a 계 row "
        "(억원, `2023년`, 임기후), goals with a year column and a 달성률 column and values with units, running "
        "page headers",
        government=("시장", "하늘시", "시민", [["도비", "시비"], ["시비", "민자"]]),
        kind="하늘시장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="{circled} {label}",
            group_format="□ {group} ({date})",
            group_plain="□ {group}",
            bullet1="-",
            bullet2="·",
            header_layout="wide",
            as_of_label="작성기준",
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            running_header=True,
            outreach_total_last=True,
            overview_heading="사업개요",
            funding_heading="소요예산 및 투자계획",
            achievements_heading="추진 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="목표 달성도",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.7,
            dump="blocks",
        ),
        first_seed=18001,
        needs=("earlier", "goals", "outreach", "quarter"),
        markers=("-", "·", "○"),
        funding=Funding(
            unit="억원",
            total_col="first",
            total_label="총사업비",
            total_row=False,
            after_term="임기후",
            scale=(1, 120),
        ),
        goal_values=True,
    ),
)

FAMILIES += (
    Family(
        name="maru-county",
        about="a county of a province; `1)` headings, ㅇ bullets, ◈ blocks, synonyms for every section title "
        "(`개요`, `소요예산`, `그간 추진실적`) and header label (`공약사업명`, `소관부서`, `공약목표`), labels "
        "above values with the as-of date (`기준일자`) in the header table, funding of eight years printed "
        "`2023년` without any total (천원), goals by `<2024>` year rows with `목표치` / `추진실적` / 달성률 "
        "columns, plans and effects under one heading (`향후계획 및 기대효과`), a captioned drawing, 계 first",
        government=("군수", "마루군", "군민", [["도비", "군비"], ["도비", "군비", "민자"]]),
        kind="마루군 민선8기 군수 공약사업 추진 관리카드",
        style=Style(
            heading_format="{n}) {label}",
            group_format="◈ {group} ({date})",
            group_plain="◈ {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="stacked",
            as_of_label="기준일자",
            header_words=(("title", "공약사업명"), ("target", "공약목표"), ("coop", "관련부서")),
            lead_label="소관부서",
            status_label="추진현황",
            phone_label="연락처",
            overview_labels=("추진기간", "사업비", "사업내용"),
            year_format="{y}년",
            goals_layout="year_group",
            goals_year="<{y}>",
            goals_rate=True,
            goals_labels=("목표치", "추진실적"),
            figure_caption="▲ 사업 조감도",
            overview_heading="개요",
            funding_heading="소요예산",
            achievements_heading="그간 추진실적",
            goals_heading="연차별 목표 및 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            tail_heading="향후계획 및 기대효과",
            tail_sub="< {label} >",
            outreach_heading="{residents}소통 현황",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=19001,
        needs=("earlier", "goals", "outreach"),
        markers=("ㅇ", "-", "·"),
        funding=Funding(unit="천원", n_years=8, total_col="none", total_row=False, scale=(30000, 800000)),
        outreach_shuffle=True,
        mgmt_format="{k}-{n:02d}",
    ),
    Family(
        name="sora-city",
        about="a special city, landscape pages with running headers and page numbers; headings marked with a "
        "symbol font's private-use glyph, • and – bullets, 〈 〉 blocks, several pairs in one wide row with "
        "other label words (`사업명`, `공약번호`, `담당`, `전화`) and the as-of date, funding transposed "
        "(years down, `2023년`, 백만원) with a 계 column first and a 합계 row last, goals with a year "
        "column, a 세부사업 column and `목표치`, 관리번호 like `복지-12`",
        government=("시장", "소라특례시", "시민", [["도비", "시비"], ["도비", "시비", "민간"]]),
        kind="소라특례시장 공약 이행 관리카드",
        style=Style(
            heading_format="\uf06e {label}",
            group_format="〈{group} / {date}〉",
            group_plain="〈{group}〉",
            bullet1="•",
            bullet2="–",
            header_layout="wide",
            as_of_label="기준시점",
            header_words=(("title", "사업명"), ("no", "공약번호"), ("name", "담당")),
            lead_label="주관부서",
            status_label="이행상황",
            phone_label="전화",
            funding_layout="transposed",
            year_format="{y}년",
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_labels=("목표치", "실적"),
            landscape=True,
            running_header=True,
            outreach_total_last=True,
            overview_heading="사업 개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진상황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="목표 대비 달성도",
            outreach_heading="{residents}과 함께한 소통 실적",
            spaced_labels=False,
            font_pt=11.0,
            line_height=2.0,
            dump="blocks",
        ),
        first_seed=20001,
        needs=("earlier", "goals", "outreach"),
        markers=("•", "–", "·"),
        funding=Funding(
            unit="백만원", n_years=8, total_col="last", total_label="합계", total_row=True, scale=(20, 3000)
        ),
        outreach_shuffle=True,
        mgmt_format="{field}-{n}",
    ),
    Family(
        name="garam-metro",
        about="a metropolitan city; `《 》` headings, ▪ bullets, ◇ blocks, name and phone in one cell printed "
        "`name ☎ phone` with the as-of date (`작성기준일`) in the header table, funding of nine years printed "
        "`'23` with 총액 first, 기투자 and a 합계 row (억원), `<2024>` marks in the goal table, plans and "
        "effects under one heading (`향후 추진계획 및 기대효과`), 관리번호 like `Ⅲ-2-14`",
        government=("시장", "가람광역시", "시민", [["시비"], ["시비", "구비"], ["시비", "민자"]]),
        kind="가람광역시장 공약사업 관리카드",
        style=Style(
            heading_format="《 {label} 》",
            group_format="◇ {group} ({date})",
            group_plain="◇ {group}",
            bullet1="▪",
            bullet2="-",
            header_layout="contact_cell",
            as_of_label="작성기준일",
            contact_format="{name} ☎ {phone}",
            header_words=(("contact", "담당자(연락처)"),),
            lead_label="담당부서",
            status_label="추진상황",
            year_format="'{yy}",
            overview_labels=("사업기간", "총사업비", "주요 사업내용"),
            overview_heading="추진개요",
            funding_heading="사업비 투자계획",
            achievements_heading="주요 추진실적",
            goals_heading="목표 달성 현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            tail_heading="향후 추진계획 및 기대효과",
            tail_sub="[{label}]",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=21001,
        needs=("earlier", "goals", "outreach"),
        markers=("▪", "-", "·"),
        funding=Funding(
            unit="억원",
            n_years=9,
            total_col="first",
            total_label="총액",
            total_row=True,
            total_row_label="합계",
            prior=True,
            scale=(1, 150),
        ),
        mgmt_format="{roman}-{k}-{n}",
    ),
)

FAMILIES += (
    Family(
        name="dahae-city",
        about="a city, designed blind; two-level numbering (`1. 사업개요` headings, `가.` `나.` sub-headings: the "
        "overview's labels and the blocks `가. 기 추진실적 ('24년 2분기 누계)` / `나. 금분기 추진실적`), ○ "
        "bullets, the as-of date on a line under the title, a 4-column header grid (two pairs a row) whose "
        "status label spans two rows and prints checkboxes `■ 정상추진 □ 부진 □ 완료`, dates `2024. 9.`, "
        "`2024.9월`, `'24년 3분기`, `2024년 하반기`, achievements before funding, funding in 억원 with "
        "decimals (국비/도비/시비/민자, 총사업비 first), goals after plans, `문제점 및 대책`, no outreach",
        government=("시장", "다해시", "시민", [["도비", "시비"]]),
        kind="다해시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="{n}. {label}",
            group_format="{letter}. {group} ({date})",
            group_plain="{letter}. {group}",
            bullet1="○",
            bullet2="-",
            header_layout="grid4",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            status_boxes=("정상추진", "부진", "완료"),
            box_marks=("■", "□"),
            amount_decimals=1,
            year_format="{y}년",
            as_of_line="({date})",
            overview_lettered=True,
            section_order=("overview", "achievements", "funding", "plans", "goals", "problems", "effects"),
            overview_heading="사업개요",
            achievements_heading="추진실적",
            funding_heading="재원 투자계획",
            plans_heading="향후 추진계획",
            goals_heading="목표 대비 실적",
            effects_heading="기대효과",
            goals_layout="year_col",
            goals_project_label="사업명",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=22001,
        needs=("earlier", "goals", "quarter"),
        markers=("○", "-", "·"),
        funding=Funding(
            unit="억원",
            decimals=1,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            rows=("국비", "도비", "시비", "민자"),
            scale=(5, 400),
        ),
        date_forms="dotted",
        current_group="금분기 추진실적",
        status_options=(("정상추진", "ongoing_normal"), ("부진", "ongoing_delayed"), ("완료", "done")),
        outreach=False,
    ),
    Family(
        name="bomi-county",
        about="a county, designed blind; `Ⅰ 사업개요` headings (a Roman numeral, no period), `1)` `2)` "
        "blocks dated in brackets, ㅇ bullets, a 4-column header grid whose 담당자 label spans the name "
        "row and an unlabelled phone row, the as-of date `'24. 3/4분기` beside them (`기준시점`), the status "
        "as checkboxes `☑ 완료 ☐ 추진중(정상)`, dates `24.9.~25.6.`, `2024.9월`, `'24. 하반기`, goals "
        "before funding, funding in 억원 with decimals (국비/도비/시군비/민자, 기투자, 합계 last, years "
        "`'23년`), a `추진일정` table, `관련 사진` with a captioned photo, outreach after the plans",
        government=("군수", "보미군", "군민", [["도비", "시군비"]]),
        kind="보미군수 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="{roman} {label}",
            group_format="{num}) {group} [{date}]",
            group_plain="{num}) {group}",
            bullet1="ㅇ",
            bullet2="·",
            header_layout="grid4_contact",
            as_of_label="기준시점",
            header_words=(("title", "공약사업명"), ("no", "공약번호")),
            lead_label="주관부서",
            status_label="이행상황",
            phone_label="연락처",
            status_boxes=("완료", "추진중(정상)", "추진중(부진)", "미착수"),
            box_marks=("☑", "☐"),
            amount_decimals=1,
            year_format="'{yy}년",
            effect_arrow=False,
            section_order=(
                "overview",
                "achievements",
                "goals",
                "funding",
                "schedule",
                "plans",
                "photos",
                "outreach",
                "effects",
            ),
            overview_heading="사업개요",
            achievements_heading="주요 추진실적",
            goals_heading="성과목표 달성현황",
            funding_heading="소요사업비 및 재원",
            plans_heading="향후 계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=23001,
        needs=("earlier", "goals", "outreach", "quarter"),
        markers=("ㅇ", "·", "-"),
        funding=Funding(
            unit="억원",
            decimals=1,
            total_col="last",
            total_label="합계",
            total_row=True,
            prior=True,
            rows=("국비", "도비", "시군비", "민자"),
            scale=(3, 250),
        ),
        date_forms="short",
        current_group="당분기 추진실적",
        status_options=(
            ("완료", "done"),
            ("추진중(정상)", "ongoing_normal"),
            ("추진중(부진)", "ongoing_delayed"),
            ("미착수", "not_started"),
        ),
    ),
    Family(
        name="chorong-city",
        about="a city, five pages: header and overview on a portrait page, the funding table alone on a landscape "
        "page, a page of captioned photos, then achievements and the rest on portrait pages; `◉` headings, "
        "○ bullets, `⊙` blocks, header labels spaced and broken over two lines in their cells (`담 당` / "
        "`부 서`), the pledge number as separate 분야 / 순번 cells (관리번호 `분야-순번`), funding with years "
        "over `계획` / `확보` sub-columns (the plan figures are the funding), every amount printed with its "
        "unit (`1,200백만원`) and no unit line, a `※` note under the funding table",
        government=("시장", "초롱시", "시민", [["도비", "시비"], ["도비", "시비", "민자"]]),
        kind="초롱시장 공약사업 추진 관리카드",
        style=Style(
            heading_format="◉ {label}",
            group_format="⊙ {group}({date})",
            group_plain="⊙ {group}",
            bullet1="○",
            bullet2="–",
            header_layout="split_no",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            year_format="{y}년",
            funding_pair="columns",
            pair_labels=("계획", "확보"),
            cell_unit=True,
            funding_note="※ 확보액은 교부결정 기준, 계획은 중기지방재정계획 반영액",
            goals_layout="year_col",
            page_plan="five",
            photos_heading="추진 사진",
            photo_captions=("▲ 사업 대상지 전경", "▲ 주민설명회 개최 모습", "▲ 관계기관 합동 현장점검"),
            overview_heading="사업개요",
            funding_heading="재원 확보 현황",
            achievements_heading="추진경과",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            goals_heading="목표 달성도",
            outreach_heading="{residents}소통 실적",
            spaced_labels=True,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=24001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "–", "·"),
        funding=Funding(
            unit="백만원",
            n_years=5,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 3000),
            part_unit=True,
        ),
        mgmt_format="{k}-{n}",
    ),
    Family(
        name="haram-district",
        about="a district; `❏` headings, ◦ bullets with `·` under them, `■` blocks, funding with a 계획 and a 집행 "
        "row per source (the plan rows are the funding) under a right-aligned `(단위: 억원, %)` line, "
        "amounts with one decimal (`3.5`), `※` notes under the funding and goal tables, goals by `2024년` "
        "rows with a 달성률 column, outreach told as bulleted sentences (`주민설명회 3회(참석 120명), "
        "전문가 자문 2회 개최`) instead of a table",
        government=("구청장", "하람구", "구민", [["시비", "구비"], ["시비", "구비", "기타"]]),
        kind="하람구청장 민선8기 공약사업 관리카드",
        style=Style(
            heading_format="❏ {label}",
            group_format="■ {group} ({date})",
            group_plain="■ {group}",
            bullet1="◦",
            bullet2="·",
            header_order="no_first",
            year_format="{y}년",
            funding_pair="rows",
            pair_labels=("계획", "집행"),
            amount_decimals=1,
            unit_format="(단위: {unit}, %)",
            funding_note="※ 집행액은 누계, 계획은 당초 예산 기준",
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            goals_note="※ 달성률(%) = 실적 ÷ 목표 × 100",
            outreach_layout="sentences",
            overview_heading="사업 개요",
            funding_heading="투자 및 집행 현황",
            achievements_heading="주요 추진실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            goals_heading="성과목표 달성 현황",
            outreach_heading="{residents}과의 소통",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=25001,
        needs=("earlier", "goals", "outreach"),
        markers=("◦", "·", "-"),
        funding=Funding(
            unit="억원", total_col="first", total_label="총사업비", total_row=True, scale=(5, 400), decimals=1
        ),
        goal_values=True,
        outreach_words=True,
    ),
)

FAMILIES += (
    Family(
        name="areum-district",
        about="a district, designed blind, four pages with running page headers and `- 2 -` page numbers; "
        "no header table: the header facts printed as paragraphs `○ 공약명 : ...` (담당자 `name (☎ "
        "phone)`, 협조부서 separated by `/`), the as-of date on a line under the title, `<1>` headings, ∘ "
        "bullets, blocks lettered `가)` `나)`, dates `'24. 9월말`, `2024.3Q`, `24년 2분기`, `2024. 하반기`, "
        "funding in 원 with full digits (기투자, a 계 column last, the 합계 row last), goals with a year "
        "column, a 구분 column, `계획` / `실적` and 달성률, outreach reordered with 계 last",
        government=("구청장", "아름구", "구민", [["시비", "구비"], ["시비", "구비", "민자"]]),
        kind="아름구 민선8기 구청장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="<{n}> {label}",
            group_format="{letter}) {group} ({date})",
            group_plain="{letter}) {group}",
            bullet1="∘",
            bullet2="-",
            header_layout="lines",
            header_line="○ {label} : {value}",
            contact_format="{name} (☎ {phone})",
            coop_sep="/",
            lead_label="주관부서",
            status_label="추진상황",
            as_of_line="({date})",
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="구분",
            goals_labels=("계획", "실적"),
            running_header=True,
            outreach_total_last=True,
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="추진실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            goals_heading="연차별 목표 대비 실적",
            outreach_heading="{residents}소통 추진실적",
            spaced_labels=False,
            font_pt=12.0,
            line_height=2.2,
            dump="blocks",
        ),
        first_seed=26001,
        needs=("earlier", "goals", "outreach", "long"),
        markers=("∘", "-", "·"),
        funding=Funding(
            unit="원",
            total_col="last",
            total_label="계",
            total_row=True,
            total_row_label="합계",
            total_row_last=True,
            prior=True,
            scale=(5_000_000, 900_000_000),
        ),
        outreach_shuffle=True,
        date_forms="month_end",
    ),
    Family(
        name="saebom-county",
        about="a county, designed blind; `〔1〕` headings, `(1)` blocks with items lettered `가)` `나)` and · "
        "bullets under them, the status with its progress `정상추진(80%)` / `추진중(정상, 45%)`, 협조부서 "
        "separated by ` / `, funding with periods as rows (기투자, `'23년` .., the 계 row last) and sources "
        "as columns (the 합계 column first) in 천원 with full digits, the unit printed in the 구분 cell, "
        "goals by `[2024년]` rows with values like `공정률 71%`, outreach as a vertical table (channels as "
        "rows, 횟수 and 비고 columns, 계 last), dates `24년 2분기`, `2024.3Q`, `24년 9월`",
        government=("군수", "새봄군", "군민", [["도비", "군비"], ["도비", "군비", "민자"]]),
        kind="새봄군 군정 공약사업 관리카드",
        style=Style(
            heading_format="〔{n}〕 {label}",
            group_format="({num}) {group} [{date}]",
            group_plain="({num}) {group}",
            bullet1="◦",
            bullet2="·",
            header_order="no_first",
            coop_sep=" / ",
            lead_label="담당부서",
            status_label="이행상황",
            phone_label="연락처",
            funding_layout="transposed",
            unit_in_corner=True,
            unit_format="(단위:{unit})",
            year_format="'{yy}년",
            goals_layout="year_group",
            goals_year="[{y}년]",
            goals_project_label="추진과제",
            outreach_layout="vertical",
            outreach_note_label="주요내용",
            overview_heading="사업 개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진 실적",
            plans_heading="향후 계획",
            effects_heading="기대 효과",
            goals_heading="성과지표 달성 현황",
            outreach_heading="{residents} 소통 현황",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=27001,
        needs=("earlier", "goals", "outreach"),
        markers=("가)", "·", "-"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="계",
            total_row=True,
            total_row_label="합계",
            prior=True,
            scale=(20_000, 900_000),
        ),
        goal_values=True,
        status_rate=True,
        date_forms="bare_year",
    ),
    Family(
        name="eunha-province",
        about="a province, designed blind; landscape pages with the header across the full width (three "
        "label/value pairs a row, the as-of date `2024. 9. 30. 현재` in it), headings lettered `가. 사업개요`, "
        "`1)` `2)` blocks dated in parentheses, ○ bullets, funding of ten years over two stacked tables (the "
        "second continuing without the 총사업비 column), goals by `[2025년]` rows with a 세부사업 and a 달성률 "
        "column, statuses `정상추진(계속)`, `일부완료`",
        government=("도지사", "은하도", "도민", [["도비", "시군비"], ["도비", "시군비", "민자"]]),
        kind="은하도 민선8기 도지사 공약 추진상황 관리카드",
        style=Style(
            heading_format="{ga}. {label}",
            group_format="{num}) {group} ({date})",
            group_plain="{num}) {group}",
            bullet1="○",
            bullet2="-",
            header_layout="wide3",
            as_of_label="작성기준",
            header_words=(("title", "공약과제명"), ("no", "과제번호"), ("name", "담당")),
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="전화",
            year_format="{y}년",
            funding_split=5,
            funding_span="연도별 투자계획",
            goals_layout="year_group",
            goals_year="[{y}년]",
            goals_rate=True,
            goals_project_label="세부사업",
            landscape=True,
            overview_heading="과제개요",
            funding_heading="재원 확보계획",
            achievements_heading="추진경과",
            goals_heading="연도별 성과목표",
            plans_heading="향후 추진방향",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 추진실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=28001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "-", "ㆍ"),
        funding=Funding(
            unit="백만원",
            n_years=10,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(30, 2500),
        ),
        status_options=(
            ("정상추진(계속)", "ongoing_normal"),
            ("일부완료", "partial"),
            ("완료", "done"),
            ("부진", "ongoing_delayed"),
        ),
        as_of_form="day",
    ),
    Family(
        name="narae-city",
        about="a city, designed blind; section headings in shaded one-cell boxes, `▷` blocks, `∘` bullets, the "
        "as-of date `'24.3/4분기 말 기준` on a line under the title, name and phone in one header cell "
        "`홍길동 (☎ 031-123-4567)`, funding with the 합계 column amid the years and `임기 후` (백만원), the "
        "overview budget in words (`35억5천만원(도비 12억원, 시비 23억5천만원)`), a `시설 현황` side table "
        "with 합계 and 소계 rows, goals with a year column, `계획` / `실적` / 달성률 and values with units, "
        "a captioned photo, statuses `일부완료`, `보류`",
        government=("시장", "나래시", "시민", [["도비", "시비"], ["도비", "시비", "민자"]]),
        kind="나래시 시장 공약사업 추진 관리카드",
        style=Style(
            heading_format="{label}",
            heading_box=True,
            group_format="▷ {group} ({date})",
            group_plain="▷ {group}",
            bullet1="∘",
            bullet2="-",
            header_layout="contact_cell",
            contact_format="{name} (☎ {phone})",
            header_words=(("contact", "담당자"), ("title", "공약사업")),
            lead_label="담당부서",
            status_label="이행상황",
            as_of_line="[{date}]",
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            goals_labels=("계획", "실적"),
            figure_caption="< 사업 대상지 현황 사진 >",
            funding_span="연차별 투자계획",
            overview_heading="사업의 개요",
            funding_heading="사업비 투자계획",
            achievements_heading="추진 실적",
            goals_heading="연차별 목표 및 달성률",
            plans_heading="향후 일정",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=29001,
        needs=("earlier", "goals", "outreach", "quarter"),
        markers=("∘", "-", "ㆍ"),
        funding=Funding(
            unit="백만원",
            total_col="middle",
            total_label="합계",
            total_row=True,
            after_term="임기 후",
            scale=(50, 3000),
            korean_budget=True,
        ),
        goal_values=True,
        outreach_shuffle=True,
        status_options=(
            ("정상추진", "ongoing_normal"),
            ("일부완료", "partial"),
            ("보류", "dropped"),
            ("완료", "done"),
        ),
        as_of_form="quarter_end",
        facility_table="사업 대상 시설 현황",
    ),
)

FAMILIES += (
    Family(
        name="gureum-city",
        about="a city, designed blind; `▨` headings, `▸` blocks, ▫ bullets, every funding amount printed in 억원 "
        "with one decimal (`3.5억원`) and no unit line, a 비고 column of word notes last in the funding table, "
        "goals printed as lines, no table (`▫ 2024년 사업 - 목표: 186호 공급 / 실적: 120호 (추진중)`)",
        government=("시장", "구름시", "시민", [["도비", "시비"], ["도비", "시비", "민자"]]),
        kind="구름시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▨ {label}",
            group_format="▸ {group} ({date})",
            group_plain="▸ {group}",
            bullet1="▫",
            bullet2="-",
            year_format="{y}년",
            cell_unit=True,
            amount_decimals=1,
            funding_remark="비고",
            goals_lines="{b} {y}년 {project} - 목표: {target} / 실적: {actual} ({status})",
            overview_heading="사업개요",
            funding_heading="재원 조달계획",
            achievements_heading="추진실적",
            goals_heading="연차별 성과목표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=30001,
        needs=("earlier", "goals", "outreach"),
        markers=("▫", "-", "·"),
        funding=Funding(
            unit="억원", decimals=1, total_col="first", total_label="총사업비", total_row=True, scale=(3, 300)
        ),
        goal_values=True,
    ),
    Family(
        name="iseul-county",
        about="a county, designed blind; `【{n}】` headings, `☞` blocks, achievements printed as a table per block "
        "(추진일자 | 추진내용 | 비고: the level-1 text without a marker, the items under it with theirs), plans "
        "as a table (추진일정 | 추진내용), the status after a legend symbol (`◐ 정상추진`) with the legend "
        "`※ ● 완료  ◐ 정상추진 ...` under the header table",
        government=("군수", "이슬군", "군민", [["도비", "군비"], ["도비", "군비", "민자"]]),
        kind="이슬군 민선8기 군수 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="【{n}】 {label}",
            group_format="☞ {group} [{date}]",
            group_plain="☞ {group}",
            bullet1="◦",
            bullet2="-",
            year_format="{y}년",
            achievements_table=("추진일자", "추진내용", "비고"),
            plans_table=("추진일정", "추진내용"),
            status_symbols=(("완료", "●"), ("정상추진", "◐"), ("부진", "◑"), ("미착수", "○")),
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="주요 추진실적",
            goals_heading="성과목표 달성현황",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=31001,
        needs=("earlier", "goals", "outreach"),
        markers=("◦", "–", "ㆍ"),
        funding=Funding(
            unit="백만원", total_col="last", total_label="합계", total_row=True, scale=(50, 3000)
        ),
        status_options=(
            ("완료", "done"),
            ("정상추진", "ongoing_normal"),
            ("부진", "ongoing_delayed"),
            ("미착수", "not_started"),
        ),
    ),
)

FAMILIES += (
    Family(
        name="jinsol-county",
        about="a county, designed blind; headings numbered `Ⅰ-1.` under one chapter, `(가) ... - date` blocks, ▷ "
        "bullets with ㆍ under them, sections in their own order (funding and goals before the achievements, "
        "outreach after the plans), funding in 천원 with a 계획 and a 확보 row under every source (기투자, "
        "a 합계 column last, the 계 row last, a 기금 source), goals transposed: the years across the columns "
        "(`'24년`), rows 목표 / 실적 / 달성률 / 추진상황 under every project (a row-spanning project cell)",
        government=("군수", "진솔군", "군민", [["도비", "군비", "기금"], ["도비", "군비"]]),
        kind="진솔군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="Ⅰ-{n}. {label}",
            group_format="({letter}) {group} - {date}",
            group_plain="({letter}) {group}",
            bullet1="▷",
            bullet2="ㆍ",
            header_layout="grid4",
            header_words=(("title", "공약사업명"), ("name", "담당")),
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="연락처",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            funding_pair="rows",
            pair_labels=("계획", "확보"),
            unit_format="(단위: {unit})",
            year_format="'{yy}년",
            goals_layout="years_across",
            goals_year="'{yy}년",
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="재원별 투자계획 및 확보현황",
            achievements_heading="그간 추진실적",
            goals_heading="연도별 성과목표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents}과의 소통실적",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=34001,
        needs=("earlier", "goals", "outreach"),
        markers=("▷", "ㆍ", "-"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="합계",
            total_row=True,
            total_row_last=True,
            prior=True,
            scale=(20_000, 900_000),
        ),
        goal_values=True,
    ),
    Family(
        name="bitna-district",
        about="an autonomous district, designed blind; every section its own boxed table (a shaded `[1] 사업개요` "
        "title row over a cell holding its lines and tables), `ㅁ` blocks, ○ bullets with `ㅡ` under them, "
        "labels down the header's first column with the as-of date `2024. 9. 30.`, statuses `정상` / `지연` "
        "/ `보류` / `완료(이행)`, dates `2024. 9.`, `2025년 1/4분기`, `'24.하반기`, funding in 백만원 with "
        "one decimal, goals with a year column, outreach with the 계 column amid the channels and a label "
        "column (구분 / 실적(회)), a 추진일정 chart (the months of the year across, ● marks)",
        government=("구청장", "빛나구", "구민", [["시비", "구비"], ["시비", "구비", "기타"]]),
        kind="빛나구 민선8기 구청장 공약 이행 관리카드",
        style=Style(
            heading_format="[{n}] {label}",
            group_format="ㅁ {group} ({date})",
            group_plain="ㅁ {group}",
            bullet1="○",
            bullet2="ㅡ",
            header_layout="vertical",
            as_of_label="기준일",
            header_words=(("title", "공약사업"), ("no", "공약번호")),
            lead_label="담당부서",
            status_label="이행상태",
            phone_label="전화",
            section_order=(
                "overview",
                "funding",
                "achievements",
                "goals",
                "outreach",
                "plans",
                "schedule",
                "effects",
            ),
            section_box=True,
            schedule_gantt=True,
            amount_decimals=1,
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            outreach_total_at="middle",
            outreach_row_labels=("구분", "실적(회)"),
            overview_heading="사업개요",
            funding_heading="소요재원 및 확보계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 대비 실적",
            plans_heading="향후 계획",
            effects_heading="기대효과",
            schedule_heading="추진일정",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=35001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("○", "ㅡ", "·"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            decimals=1,
            scale=(50, 30_000),
        ),
        status_options=(
            ("정상", "ongoing_normal"),
            ("지연", "ongoing_delayed"),
            ("보류", "dropped"),
            ("완료(이행)", "done"),
        ),
        as_of_form="day_bare",
        date_forms="district",
    ),
    Family(
        name="dasan-edu",
        about="a metropolitan office of education (교육감), designed blind; `[1]` headings, blocks lettered "
        "`가. 그간 추진실적 <date>`, level-1 items numbered `1)` `2)`, a header naming the 담당부서 (국) and "
        "the 담당과 apart, the 책임자 and the 담당자 printed with their ranks (`장학관 ...`, `장학사 ...`), "
        "dates as school terms (`'24. 1학기`, `2024학년도 2학기`, `'23. 2학기~`), funding rows of "
        "education finance (교육비특별회계, 국고, 지자체전입금, 기타) over `2024학년도` columns with the 합계 "
        "column last, goals counted in 교 / 명 / 학급, outreach channels 학부모 설명회 / 설문조사 / 교원 연수",
        government=(
            "교육감",
            "다산광역시교육청",
            "교육가족",
            [
                ["교육비특별회계", "국고"],
                ["교육비특별회계", "국고", "지자체전입금"],
                ["교육비특별회계", "국고", "지자체전입금", "기타"],
            ],
        ),
        kind="다산광역시교육청 교육감 공약사업 관리카드",
        style=Style(
            heading_format="◈ {n}. {label}",
            group_format="{letter}. {group} <{date}>",
            group_plain="{letter}. {group}",
            bullet1="○",
            bullet2="-",
            header_layout="dept2",
            contact_ranks=("장학관", "장학사"),
            as_of_label="작성기준",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            year_format="{y}학년도",
            funding_span="학년도별 투자계획",
            goals_layout="year_col",
            goals_project_label="세부과제",
            overview_heading="사업개요",
            funding_heading="소요재원 및 확보계획",
            achievements_heading="추진실적",
            goals_heading="연도별 성과지표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=32001,
        needs=("earlier", "goals", "outreach"),
        markers=("1)", "-", "·"),
        funding=Funding(
            unit="백만원",
            total_col="last",
            total_label="합계",
            total_row=True,
            scale=(20, 2000),
            rows=("교육비특별회계", "국고", "지자체전입금", "기타"),
        ),
        theme="education",
        outreach_labels=(
            ("meetings", "학부모 설명회"),
            ("survey", "설문조사"),
            ("experts", "교육전문가 자문"),
            ("media", "언론보도"),
            ("other", "교원 연수"),
        ),
        school_dates=True,
        school_goals=True,
    ),
    Family(
        name="hanul-special",
        about="a special self-governing province, designed blind; landscape pages, `● ` headings, `❖ ... (date)` "
        "blocks, items whose date is printed at the end of the line in parentheses (`... 개최('24. 5.)`, the "
        "date kept in the text), funding with the 총사업비 first, then its 확보 / 미확보 split under a spanning "
        "`재원 확보현황` head, then the years (천원), outreach counted by quarter columns (1/4분기 .. 4/4분기, 계) "
        "with the channels as rows and a 합계 row, goals by `2025년도` rows",
        government=("도지사", "한울특별자치도", "도민", [["국비", "도비"], ["국비", "도비", "민자"]]),
        kind="한울특별자치도 민선8기 도지사 공약 실천계획 관리카드",
        style=Style(
            heading_format="● {label}",
            group_format="❖ {group} ({date})",
            group_plain="❖ {group}",
            bullet1="◦",
            bullet2="-",
            header_layout="wide",
            lead_label="소관부서",
            status_label="이행상태",
            header_words=(("title", "공약과제"), ("no", "과제번호"), ("name", "담당")),
            year_format="{y}",
            funding_pair="secured",
            pair_labels=("확보", "미확보"),
            funding_span="연도별 투자계획",
            outreach_layout="quarters",
            goals_layout="year_group",
            goals_year="{y}년도",
            goals_project_label="세부사업",
            landscape=True,
            overview_heading="공약 개요",
            funding_heading="재원 확보계획",
            achievements_heading="주요 추진상황",
            goals_heading="연도별 목표 및 실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적(분기별)",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=33001,
        needs=("earlier", "goals", "outreach"),
        markers=("◦", "-", "ㆍ"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            total_row_label="합계",
            scale=(20_000, 3_000_000),
            rows=("국비", "도비", "민자"),
        ),
        paren_dates=True,
    ),
)

FAMILIES += (
    Family(
        name="sinbi-county",
        about="a county, designed blind; headings in corner brackets without numbers (`「사업개요」`), blocks "
        "`『기 추진실적』(date)`, level-1 items numbered `❶ ❷` within a block, `⦁` under them and `→` "
        "lines under those, `◯` bullets elsewhere, a running page header with the county's name and "
        "`- 1 -` footers, the status as radio marks `○ 정상 ● 완료 ○ 부진` beside a `추진률 65%` cell, "
        "funding with the years as rows (계 first) and the sources as columns (계 first), the unit in "
        "the 구분 cell, a `비율(%)` row of shares last, goals as indicators across the columns (`지표1` "
        "over `청년주택 공급(호)`), a 목표 row and a 실적 row under every year, outreach as one "
        "`실적(건)` row under a `구분` column with 계 first, a 2x2 table of captioned photos, dates "
        "`'24.3/4`, `2024년 3월 말`, `'24.上`, `2024. 3/4분기`",
        government=("군수", "신비군", "군민", [["도비", "군비"], ["도비", "군비", "기타"]]),
        kind="신비군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="「{label}」",
            group_format="『{group}』({date})",
            group_plain="『{group}』",
            bullet1="◯",
            bullet2="⦁",
            header_layout="rate",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            header_words=(("title", "공약명"), ("target", "공약목표")),
            status_boxes=("정상", "완료", "부진"),
            box_marks=("●", "○"),
            progress_label="추진률",
            as_of_line="({date})",
            running_header=True,
            running_text="신비군  공약사업 추진상황",
            section_order=(
                "overview",
                "funding",
                "achievements",
                "goals",
                "plans",
                "outreach",
                "effects",
                "photos",
            ),
            funding_layout="transposed",
            unit_in_corner=True,
            unit_format="(단위:{unit})",
            funding_share="비율(%)",
            year_format="{y}년",
            goals_layout="indicators",
            goals_year="{y}년",
            outreach_row_labels=("구분", "실적(건)"),
            photo_grid=("< 착공식 >", "< 주민설명회 >", "< 현장점검 >", "< 조감도 >"),
            overview_heading="사업개요",
            funding_heading="소요예산 및 재원",
            achievements_heading="추진경과",
            goals_heading="성과지표 목표 및 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 추진실적",
            photos_heading="현장 사진",
            spaced_labels=False,
            font_pt=9.0,
            line_height=1.3,
            dump="blocks",
        ),
        first_seed=37001,
        needs=("earlier", "goals", "outreach"),
        markers=("❶", "⦁", "→"),
        funding=Funding(unit="백만원", total_col="first", total_label="계", total_row=True, scale=(50, 3000)),
        status_options=(("정상", "ongoing_normal"), ("완료", "done"), ("부진", "ongoing_delayed")),
        date_forms="county_hanja",
        indicator_goals=True,
        outreach_unit="건",
    ),
    Family(
        name="mirae-city",
        about="a large city (특례시), designed blind; headings in a decimal hierarchy (`1. 사업내용`, the blocks "
        "`3.1 그간 추진실적 (date)`, the overview's labels `(1)` `(2)` `(3)`), section synonyms (`재정투자계획`, "
        "`성과지표`, `향후 추진일정`), a 6-column header (three label/value pairs a row, 공약번호 `3-2-17`), "
        "funding in 천원 with a two-column 구분: 국비 split into 국고보조금 / 특별교부세 over its 소계, "
        "도비 and 시비 under 지방비 with a 소계, the overview budget in spaced words (`총 12억 5천만원(국비 "
        "3억원, 지방비 9억 5천만원)`), dates printed to the day (`2024.03.15.`, `'24.3.15.`), ranges "
        "`'24.3.~'24.12.`, level-1 items numbered `❶ ❷` in one block and `㉮ ㉯` in the next, a running "
        "footer with the title cut short and `1 / 3`",
        government=("시장", "미래특례시", "시민", [["도비", "시비"], ["도비", "시비", "민자"]]),
        kind="미래특례시 민선8기 시장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="{n} {label}",
            group_format="{sec}.{num} {group} ({date})",
            group_plain="{sec}.{num} {group}",
            bullet1="○",
            bullet2="-",
            header_layout="grid6",
            header_words=(
                ("title", "공약사업명"),
                ("no", "공약번호"),
                ("coop", "관련부서"),
                ("target", "추진목표"),
            ),
            lead_label="소관부서",
            status_label="진행상황",
            phone_label="연락처",
            as_of_line="({date})",
            section_order=("overview", "funding", "achievements", "goals", "plans", "outreach", "effects"),
            overview_marks=("(1)", "(2)", "(3)"),
            overview_labels=("사업기간", "사업비", "세부내용"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            funding_span="연차별 투자계획",
            funding_groups=(("국비", ("국고보조금", "특별교부세")), ("지방비", ("도비", "시비"))),
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="지표명",
            running_footer="{short}   {n} / {total}",
            overview_heading="사업내용",
            funding_heading="재정투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.9,
            dump="blocks",
        ),
        first_seed=36001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("❶/㉮", "-", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            total_row_label="합계",
            scale=(10_000, 2_000_000),
            grain=10_000,
            budget_words=(("지방비", ("도비", "시비")),),
        ),
        goal_values=True,
        mgmt_format="{k}-{k2}-{n}",
        date_forms="full",
        current_group="금분기 추진실적",
        as_of_form="day_full",
    ),
)

FAMILIES += (
    Family(
        name="dodam-district",
        about="an autonomous district of a metropolitan city (광역시 자치구), designed blind; landscape pages, "
        "headings numbered by Roman numerals with a closing parenthesis (`Ⅰ) 사업개요`), `▣ ... (date)` "
        "blocks, `▹` bullets, the header as a vertical label | value table with a `관련부서 협조` row and "
        "the as-of date (`작성기준일`), statuses `정상 추진` / `추진 지연` / `이행 완료` / `계속 추진`, funding "
        "transposed (the years as rows, the 합계 row last) under a two-row head (`구분` and `계` spanning "
        "it, `재원` over 국비 / 시비 / 구비 / 기타) in 백만원 with one decimal, goals as indicators a row "
        "with a `단위` column apart from the bare figures and the years 2023-2026 across (a year before "
        "the as-of year over 목표 | 실적, later years over 목표 only), one file reporting two quarters",
        government=("구청장", "도담구", "구민", [["국비", "시비", "구비", "기타"]]),
        kind="한결광역시 도담구 민선8기 구청장 공약사업 관리카드",
        style=Style(
            heading_format="{roman}) {label}",
            group_format="▣ {group} ({date})",
            group_plain="▣ {group}",
            bullet1="▹",
            bullet2="-",
            header_layout="vertical",
            as_of_label="작성기준일",
            header_words=(
                ("title", "공약사업명"),
                ("no", "공약번호"),
                ("coop", "관련부서 협조"),
                ("target", "사업목표"),
            ),
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_layout="transposed",
            funding_source_span="재원",
            amount_decimals=1,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="years_split",
            goals_year="{y}년",
            goals_project_label="성과지표",
            landscape=True,
            repeat_table_head=True,
            outreach_total_last=True,
            overview_heading="사업개요",
            funding_heading="연차별 재원 투자계획",
            achievements_heading="주요 추진실적",
            goals_heading="성과지표 및 연차별 목표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=38001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("▹", "-", "·"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="last",
            total_label="합계",
            total_row=True,
            decimals=1,
            scale=(50, 30_000),
            rows=("국비", "시비", "구비", "기타"),
        ),
        status_options=(
            ("정상 추진", "ongoing_normal"),
            ("추진 지연", "ongoing_delayed"),
            ("이행 완료", "done"),
            ("계속 추진", "continuing"),
        ),
        goal_years=(2023, 2024, 2025, 2026),
        date_forms="metro_district",
        quarters_seeds=(38006,),
    ),
    Family(
        name="nodeul-county",
        about="a county, designed blind; portrait and text-heavy, four pages with a running page header and "
        "`- 1 -` page numbers; headings `제1장 사업개요` in shaded one-cell boxes, blocks opened by a dingbat "
        "digit `➊ 기 추진실적 (date)`, `▢` bullets, the header's 번호 / 부서 / 담당 / 연락처 pairs in one wide "
        "row of eight cells, the as-of date `2024. 9. 30. 현재` on a line under the title, achievements "
        "as a dated log (the date opening the line: `▢ 2024. 3. 15. 착공`, `'24. 4월 중`), no budget in the "
        "overview: the funding section tells it parts first (`▢ 국비 12억원, 도비 3억 6천만원, 군비 8억원 (총 23억 "
        "6천만원)`) over a small table "
        "of the years' totals in 천원 (one 사업비 row), goals with values like `공정률 71%` and a 달성률 "
        "column, outreach in one sentence of prose (`주민설명회 3회(참석 75명), 언론보도 12회 등 총 16회`)",
        government=("군수", "노들군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="노들군 민선8기 군수 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="제{n}장 {label}",
            heading_box=True,
            group_format="{glyph} {group} ({date})",
            group_plain="{glyph} {group}",
            bullet1="▢",
            bullet2="-",
            header_layout="row8",
            header_words=(("title", "사업명"), ("no", "번호"), ("name", "담당"), ("target", "사업목표")),
            lead_label="부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="({date})",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            item_date_first=True,
            funding_sentence="{b} {budget}",
            overview_budget=False,
            unit_format="(단위: {unit})",
            year_format="{y}년",
            funding_span="연도별 투자계획",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="사업내용",
            outreach_layout="prose",
            running_header=True,
            running_text="노들군 공약사업 관리카드",
            overview_heading="사업의 개요",
            funding_heading="사업비 및 재원",
            achievements_heading="추진 경과",
            goals_heading="성과목표 및 공정률",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=12.0,
            line_height=2.6,
            dump="blocks",
        ),
        first_seed=39001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("▢", "-", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="계",
            total_row=True,
            total_row_label="사업비",
            scale=(10_000, 900_000),
            grain=10_000,
            rows=("국비", "도비", "군비"),
        ),
        funding_total_only=True,
        budget_told=True,
        goal_values=True,
        date_forms="log",
        as_of_form="day",
        outreach_words=True,
    ),
    Family(
        name="yunseul-city",
        about="a city in the style of a province's 시·군 cards, designed blind; `◼` headings, no overview "
        "section: 사업기간, 총사업비, 사업목표 and 주요내용 are rows of the header table, the status printed "
        "with its progress (`정상추진(65%)`), the as-of date on a line under the title, funding in 백만원 "
        "with a `증감` column (the as-of year less the year before, negatives `△120`) and a `확보율(%)` "
        "column after the years (both derived, not in the record), achievements under bare year lines "
        "(`2023년`), dates without apostrophes (`23.5.`, `24. 3.~6.`), goals with the as-of year's "
        "quarterly targets (`1/4` .. `4/4`) beside 연간 목표 and 누계 실적, `문제점 및 대책`, no outreach",
        government=("시장", "윤슬시", "시민", [["도비", "시비"], ["국비", "도비", "시비"]]),
        kind="윤슬시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="◼ {label}",
            group_format="{group}",
            group_plain="{group}",
            bullet1="○",
            bullet2="-",
            header_layout="overview",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            header_words=(("title", "공약사업명"), ("no", "공약번호"), ("target", "사업목표")),
            overview_labels=("사업기간", "총사업비", "주요내용"),
            as_of_line="({date} 기준)",
            section_order=("funding", "achievements", "goals", "problems", "plans", "effects"),
            year_format="{y}년",
            unit_format="(단위 : {unit})",
            funding_span="연도별 투자계획",
            funding_derived=("증감", "확보율(%)"),
            goals_layout="quarters",
            goals_year="{y}년 분기별 목표",
            goals_project_label="성과지표",
            goals_labels=("연간 목표", "누계 실적"),
            funding_heading="재원 확보 현황",
            achievements_heading="추진실적",
            goals_heading="성과목표 달성 현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=40001,
        needs=("earlier", "goals", "plans"),
        markers=("○", "-", "∙"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 3000),
            rows=("국비", "도비", "시비"),
        ),
        goal_values=True,
        date_forms="plain_short",
        as_of_form="day_bare",
        status_rate=True,
        outreach=False,
        year_groups=True,
        quarter_goals=True,
    ),
)

FAMILIES += (
    Family(
        name="saemteo-metro",
        about="a metropolitan city (시장), designed blind; the pledge printed on its own line under the title "
        "(`[3-12] title`), the header table without title and 관리번호; `Ⅰ.사업개요` headings (no space), "
        "blocks `1) 그간 추진실적 <date>`, items numbered `(1)` `(2)` with `①` `②` under them, funding over ten years "
        "(2021-2030) with the years down, in 원 with full digits, the unit in the table's top-right cell "
        "under a title row, no 계 column, a `합 계` row last, split by a page break without its head "
        "(PDF), goals by `<2024>` rows with values like `186호 공급`, outreach with 계 first and the "
        "channels reordered",
        government=("시장", "샘터광역시", "시민", [["국비", "시비", "구비"], ["국비", "시비"]]),
        kind="샘터광역시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="{roman}.{label}",
            group_format="{num}) {group} <{date}>",
            group_plain="{num}) {group}",
            bullet1="○",
            bullet2="-",
            header_layout="untitled",
            title_line="[{no}] {title}",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="({date})",
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            funding_layout="transposed",
            unit_top_right=True,
            funding_break=5,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            funding_span="연차별 재원 투자계획",
            goals_layout="year_group",
            goals_project_label="세부과제",
            goals_year="<{y}>",
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 달성현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=41001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("(1)", "①", "-"),
        funding=Funding(
            unit="원",
            n_years=10,
            total_col="last",
            total_label="합 계",
            total_row=False,
            scale=(20_000_000, 900_000_000),
            grain=1_000_000,
            rows=("국비", "시비", "구비"),
        ),
        mgmt_format="{k}-{n}",
        goal_values=True,
        date_forms="metro_district",
        outreach_shuffle=True,
    ),
    Family(
        name="daon-special-city",
        about="a special self-governing city (특별자치시), designed blind; landscape pages, the overview and the "
        "funding in the left column and the achievements in the right column of a borderless 1x2 layout "
        "table, headings numbered by a negative circled digit in shaded one-cell boxes (`❶ 사업 개요`), "
        "blocks opened by a parenthesised Hangul letter (`㈎ 그간 추진실적 ('22. 7.~'24. 6.)`), `•` / `–` "
        "bullets, a six-column header with the as-of date beside the title (`기준일자`) and name and phone "
        "in one cell (`홍길동(☎ 044-123-4567)`), funding with the years down and the sources across (계 "
        "first) in 천원 with a 비고 column of word notes a year and a 합계 row last, captioned photo boxes "
        "between the achievements and the goals",
        government=("시장", "다온특별자치시", "시민", [["국비", "시비"], ["국비", "시비", "민자"]]),
        kind="다온특별자치시 시장 공약사업 이행 관리카드",
        style=Style(
            heading_format="{neg} {label}",
            heading_box=True,
            group_format="{paren} {group} ({date})",
            group_plain="{paren} {group}",
            bullet1="•",
            bullet2="–",
            header_layout="asof_top",
            as_of_label="기준일자",
            contact_format="{name}(☎ {phone})",
            header_words=(
                ("title", "공약사업명"),
                ("no", "공약번호"),
                ("contact", "담당자"),
                ("target", "사업목표"),
            ),
            lead_label="담당부서",
            status_label="이행상태",
            phone_label="연락처",
            section_order=(
                "overview",
                "funding",
                "achievements",
                "figures",
                "goals",
                "outreach",
                "plans",
                "effects",
            ),
            two_pane=(("overview", "funding"), ("achievements",)),
            funding_layout="transposed",
            funding_year_remark="비고",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            photo_grid=("▲ 사업 대상지 전경", "▲ 시민 의견수렴 현장"),
            landscape=True,
            overview_heading="사업 개요",
            funding_heading="투자 재원 및 계획",
            achievements_heading="주요 추진실적",
            goals_heading="성과 목표 및 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents}과의 소통 실적",
            spaced_labels=False,
            font_pt=9.5,
            line_height=1.45,
            dump="blocks",
        ),
        first_seed=42001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("•", "–", "ㆍ"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(10_000, 900_000)
        ),
        goal_values=True,
        date_forms="special_city",
        current_group="이번 분기 추진실적",
        as_of_form="day_bare",
    ),
)

FAMILIES += (
    Family(
        name="gyeol-province",
        about="a province (도지사), designed blind; landscape pages, section headings as bare words on lines of "
        "their own, no marker or number (`사업개요`, some with a trailing colon: `추진실적 :`), blocks as bare "
        "lines too (`기 추진실적 ('24.2/4분기 누계)`), `>` / `―` / `‐` bullets, the header as one band of "
        "labels over values (관리번호 | 공약사업명 | 주관부서 | 담당자 | 연락처 | 협조부서 | 이행목표 | "
        "추진상황 | 기준일, the as-of date `2024-09-30`), statuses `정상(계속)` / `추진완료` / `착수` / "
        "`순연`, funding in 만원 over two tables (a `<총괄>` table of 총사업비 | 확보 | 미확보 a source, then "
        "the `<연도별 투자계획>` table), the overview budget in 억 and 만 with digits (`123억 4,500만원(국비 "
        "60억원, ...)`), dates `2024-03-15`, `2024.03.`, `24.9월`, `2024년 3/4분기`, `문제점 및 대책`",
        government=(
            "도지사",
            "결빛도",
            "도민",
            [["국비", "도비", "시군비"], ["국비", "도비", "시군비", "민자"]],
        ),
        kind="결빛도 민선8기 도지사 공약사업 관리카드",
        style=Style(
            heading_format="{label}",
            group_format="{group} ({date})",
            group_plain="{group}",
            bullet1=">",
            bullet2="―",
            header_layout="band",
            as_of_label="기준일",
            header_words=(("title", "공약사업명"), ("target", "이행목표")),
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=(
                "overview",
                "funding",
                "achievements",
                "goals",
                "outreach",
                "problems",
                "plans",
                "effects",
            ),
            overview_labels=("사업기간", "사업비", "사업내용"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            funding_span="연도별 투자계획",
            funding_summary=("총사업비", "확보", "미확보"),
            funding_captions=("<총괄>", "<연도별 투자계획>"),
            goals_layout="year_col",
            goals_project_label="성과지표",
            landscape=True,
            overview_heading="사업개요",
            funding_heading="재원 투자계획 :",
            achievements_heading="추진실적 :",
            goals_heading="성과목표",
            plans_heading="향후계획 :",
            effects_heading="기대효과",
            problems_heading="문제점 및 대책",
            outreach_heading="{residents} 소통실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=46001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=(">", "―", "‐"),
        funding=Funding(
            unit="만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(2_000, 300_000),
            grain=100,
            rows=("국비", "도비", "시군비"),
            eok_man=True,
        ),
        status_options=(
            ("정상(계속)", "ongoing_normal"),
            ("추진완료", "done"),
            ("착수", "ongoing_normal"),
            ("순연", "ongoing_delayed"),
        ),
        goal_values=True,
        date_forms="province_iso",
        current_group="금분기 추진실적",
        as_of_form="day_iso",
    ),
    Family(
        name="maeul-county",
        about="a county (군수), designed blind; dense pages (9.5 pt); headings lettered by Latin capitals "
        "(`A. 사업개요`), blocks numbered under their section's letter (`C-1. 그간 추진실적 (date)`), the "
        "overview as a label | content table (사업기간 / 사업비 / 사업내용), funding in 억원 with the years "
        "over `예산` | `집행` | `집행률` sub-columns (the budget figures are the record's), the unit line "
        "`(단위: 억원, %)`, dates ISO-like (`2024-03-15`, `2024.03.15.`, `2024.03.`, `24.03.`) and ranges "
        "with `∼` / `～` (`2023.07.∼2026.06.`), the as-of line `(2024-09-30 기준)`, statuses in the "
        "county's own words (`추진완료`, `행정절차 이행중`, `일정 지연`), goals with a year column and a `추진률` "
        "column, outreach channels `마을순회 설명회` / `군민 설문조사` / `자문단 회의` / `SNS 홍보`",
        government=("군수", "마을군", "군민", [["도비", "군비"], ["국비", "도비", "군비"]]),
        kind="마을군 군수 공약 이행 관리카드",
        style=Style(
            heading_format="{latin}. {label}",
            group_format="{sec_latin}-{num}. {group} ({date})",
            group_plain="{sec_latin}-{num}. {group}",
            bullet1="○",
            bullet2="–",
            as_of_line="({date})",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_table=("사업기간", "사업비", "사업내용"),
            funding_pair="columns",
            pair_labels=("예산", "집행"),
            pair_rate="집행률",
            unit_format="(단위: {unit}, %)",
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            goals_rate_label="추진률",
            goals_project_label="세부사업",
            overview_heading="사업개요",
            funding_heading="재원별 예산 집행현황",
            achievements_heading="추진실적",
            goals_heading="연도별 목표 및 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=9.5,
            line_height=1.4,
            dump="blocks",
        ),
        first_seed=43001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("○", "–", "ㆍ"),
        funding=Funding(
            unit="억원",
            n_years=4,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(1, 30),
            rows=("국비", "도비", "군비"),
        ),
        goal_values=True,
        date_forms="iso",
        as_of_form="iso",
        status_words=(
            ("done", "추진완료"),
            ("ongoing_normal", "행정절차 이행중"),
            ("ongoing_delayed", "일정 지연"),
            ("partial", "부분 완료"),
            ("continuing", "완료 후 계속추진"),
            ("not_started", "착수 전"),
            ("dropped", "추진 보류"),
        ),
        outreach_labels=(
            ("meetings", "마을순회 설명회"),
            ("survey", "군민 설문조사"),
            ("experts", "자문단 회의"),
            ("media", "SNS 홍보"),
            ("other", "기타"),
        ),
    ),
    Family(
        name="sup-district",
        about="an autonomous district of the capital (구청장), designed blind; landscape pages, the whole card one "
        "table: the header's label/value pairs on top (the labels spanning two columns), then a row a "
        "section with its bare label in the left column (`사업개요`, `추진실적`, `소요예산`, `성과지표`, "
        "`주민참여`, `향후계획`, `기대효과`), the overview's row split by a second label column (사업기간 / "
        "사업비 / 사업내용), the funding, goal and outreach tables nested in their content cells; the as-of "
        "date `2024.09.30. 기준` under the title, blocks `□ 그간 추진실적 (date)`, `ㅇ` / `-` bullets, funding "
        "in 천원 with 시비 and 구비 (국비 now and then), 합계 row and 계 column first, goals with a year "
        "column and a 비고 column of word notes, outreach as 구분 | 횟수 | 비고 with 계 amid the channels, "
        "dates `2024.09.`, `'24.09.`, `2024년 3/4분기`, `2024.09.~2025.06.`",
        government=("구청장", "솔숲구", "구민", [["시비", "구비"], ["시비", "구비", "기타"]]),
        kind="서울특별시 솔숲구 민선8기 구청장 공약사업 관리카드",
        style=Style(
            heading_format="",
            group_format="□ {group} ({date})",
            group_plain="□ {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="sub5",
            body_table=True,
            body_header=True,
            body_order=True,
            body_sublabels=True,
            header_words=(("title", "공약사업명"), ("no", "공약번호"), ("target", "사업목표")),
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="({date} 기준)",
            overview_labels=("사업기간", "사업비", "사업내용"),
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="성과지표",
            goals_remark="비고",
            outreach_layout="vertical",
            outreach_total_at="middle",
            outreach_note_label="비고",
            landscape=True,
            overview_heading="사업개요",
            funding_heading="소요예산",
            achievements_heading="추진실적",
            goals_heading="성과지표",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="주민참여",
            spaced_labels=False,
            font_pt=9.5,
            line_height=1.4,
            dump="blocks",
        ),
        first_seed=47001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("ㅇ", "-", "ㆍ"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="계",
            total_row=True,
            total_row_label="합계",
            scale=(10_000, 900_000),
        ),
        goal_values=True,
        date_forms="seoul_gu",
        current_group="금분기 추진실적",
        as_of_form="day_dot",
    ),
    Family(
        name="noeul-city",
        about="a city (시장), designed blind; the funding, goal and outreach tables drawn open-sided as many "
        "government documents draw them (a thick rule over and under the table, a thin one under the head "
        "rows, no vertical rules, no rules between body rows: cells set apart by white space only), the "
        "header a full grid; `□` headings, `◎ ... [date]` blocks, `◦` / `-` bullets, funding in 백만원 with "
        "a `단위` column after 구분 (the unit in every row, no unit line), goals with a year column whose "
        "project is printed on its first row only (the cells below empty, no merged cell), dates "
        "`2024. 9월 말` / `'24. 9월` / `'24. 3/4분기` / `2024. 하반기`, the as-of line `< '24. 3/4분기 현재 >`",
        government=("시장", "노을시", "시민", [["도비", "시비"], ["도비", "시비", "기타"]]),
        kind="노을시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="□ {label}",
            group_format="◎ {group} [{date}]",
            group_plain="◎ {group}",
            bullet1="◦",
            bullet2="-",
            as_of_line="< {date} >",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            open_tables=("funding", "goals", "outreach"),
            unit_column="단위",
            year_format="{y}년",
            goals_layout="year_col",
            goals_blank_repeat=True,
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 및 달성도",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            dump="blocks",
        ),
        first_seed=48001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("◦", "-", "·"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(100, 9000)
        ),
        goal_values=True,
        date_forms="city_end",
    ),
)

FAMILIES += (
    Family(
        name="dalbit-county",
        about="a county (군수), designed blind: an archive booklet, several pledges' cards in one file: a cover "
        "page (the quarter `2024년 3/4분기`, `민선8기 공약사업 추진상황 보고`, the county), a contents page "
        "(`목  차`: a line a card under its field's line `Ⅰ. 농업·농촌 분야`, `1-7  title ····· 4` with "
        "dotted leaders and the card's page; a `□ 추진현황 총괄` table counting the cards by field and "
        "status), a divider page (간지) before each field's cards, every card from a new page under a "
        "running header naming the booklet and its quarter; cards numbered `field-n`; `◆` headings, "
        "`[기 추진실적] (date)` blocks, `○` / `ㆍ` bullets, days printed with their weekday "
        "(`'24. 3. 15.(금)`), the reporting quarter's block `당분기 추진실적`",
        government=("군수", "달빛군", "군민", [["도비", "군비"], ["도비", "군비", "민자"]]),
        kind="달빛군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◆ {label}",
            group_format="[{group}] ({date})",
            group_plain="[{group}]",
            bullet1="○",
            bullet2="ㆍ",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            running_header=True,
            running_text="{quarter} {title}",
            booklet_title="민선8기 공약사업 추진상황 보고",
            booklet_fields=(
                "농업·농촌",
                "미래산업",
                "문화·관광",
                "복지·돌봄",
                "교통·도시",
                "환경·녹지",
                "일자리·청년",
            ),
            booklet_summary=(
                ("완료", ("done",)),
                ("정상추진", ("ongoing_normal", "continuing", "partial")),
                ("부진", ("ongoing_delayed",)),
                ("기타", ("not_started", "dropped", "other")),
            ),
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="목표 달성도",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=49001,
        needs=("earlier", "goals", "quarter", "term8"),
        markers=("○", "ㆍ", "-"),
        booklet=(2, 3),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(20, 3000)
        ),
        date_forms="booklet",
        current_group="당분기 추진실적",
    ),
)

FAMILIES += (
    Family(
        name="yeoreum-city",
        about="a city, designed blind; the sections told in tables: the overview's 주요내용 a table of "
        "sub-projects (세부사업 | 내용 | 사업량), the funding by sub-project (a 세부사업 cell spanning its "
        "소계 and source rows, the whole under 합계 last: the record's rows), the achievements one table "
        "with the block in a spanning first column (구분 | 추진일자 | 추진내용 | 비고), the plans a quarter "
        "schedule (● under 1/4 .. 4/4 of each year); labels down a 2-column header, 관리번호 `시정-3-12`, "
        "the status with a date (`완료('24.6.)`, `정상추진('26.12. 완료예정)`)",
        government=("시장", "여름시", "시민", [["시비"], ["시비", "기타"]]),
        kind="여름시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="{n}. {label}",
            heading_box=True,
            bullet1="○",
            bullet2="-",
            header_layout="vertical",
            header_words=(("title", "공약사업명"), ("name", "담당자")),
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_label="작성기준",
            section_order=("overview", "funding", "achievements", "goals", "plans", "outreach", "effects"),
            overview_projects=("세부사업", "내용", "사업량"),
            funding_projects=("세부사업", "재원"),
            funding_span="연도별 투자계획",
            achievements_blocks=("구분", "추진일자", "추진내용", "비고"),
            plans_quarters="추진계획",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            overview_heading="사업개요",
            funding_heading="세부사업별 재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=50001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("○", "▸", "·"),
        mgmt_format="{field}-{k}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            rows=("국비", "시비"),
            scale=(50, 3000),
        ),
        goal_values=True,
        status_words=(
            ("done", "완료"),
            ("ongoing_normal", "정상추진"),
            ("ongoing_delayed", "추진지연"),
            ("partial", "일부완료"),
            ("continuing", "완료 후 계속추진"),
        ),
        sub_projects=True,
        quarter_plans=True,
        status_date=True,
    ),
)

FAMILIES += (
    Family(
        name="chaeum-city",
        about="a city (시장), designed blind; its text structure and page: a decimal outline (headings `01`, a tab, "
        "the title and an English gloss, `01\t사업개요 Overview`, underlined by a rule across the page; the "
        "overview's labels `1-1` .. `1-3`; blocks `3-1 기 추진실적 (date)`; level-1 items `3-1-1`, `3-1-2` "
        "numbered under their block) with `◇` and `⋅` under them, portrait pages with a running header "
        "`[관리번호] pledge` and a running footer `pledge…  - 2 -`, footnotes `주1)` `주2)` under the funding "
        "table and `주)` under the goal table, plans as a dated checklist (`☐ 2025. 3. 실시설계 착수`)",
        government=("시장", "채움시", "시민", [["도비", "시비"], ["국비", "도비", "시비"]]),
        kind="채움시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="{n2}\t{label}",
            heading_rule=True,
            group_format="{sec}-{num} {group} ({date})",
            group_plain="{sec}-{num} {group}",
            bullet1="◇",
            bullet2="⋅",
            overview_marks=("1-1", "1-2", "1-3"),
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="({date})",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            funding_span="연도별 투자계획",
            funding_footnotes=(
                "주1) 당해연도 이후 금액은 중기지방재정계획 반영 계획액임",
                "주2) 도비는 도 보조금 교부결정액 기준",
            ),
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            goals_footnotes=("주) 달성률(%) = 실적 ÷ 목표 × 100",),
            plans_check="☐",
            running_header=True,
            running_text="[{no}] {pledge}",
            running_footer="{short}  - {n} -",
            footer_in_dump=True,
            overview_heading="사업개요 Overview",
            funding_heading="재원 투자계획 Budget",
            achievements_heading="추진실적 Progress",
            goals_heading="성과목표 Performance",
            plans_heading="향후 추진계획 Schedule",
            effects_heading="기대효과 Outcomes",
            outreach_heading="{residents} 소통실적 Engagement",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.8,
            dump="blocks",
        ),
        first_seed=126001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("{s}-{b}-{n}", "◇", "⋅"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 3000),
            rows=("국비", "도비", "시비"),
        ),
        goal_values=True,
    ),
    Family(
        name="haetsal-county",
        about="a county (군수), designed blind; its header, status, date, money and count shapes: the header three "
        "bands of shaded labels over their values in an order of their own (공약번호 | 공약사업명 | 추진상황 | "
        "추진률 | 평가등급, then 소관부서 | 과장 | 팀장 | 담당자 | 연락처 | 기준일, then 협조부서 | 이행목표), the "
        "number printed `공약 3-2`, the department with its team on a line under it, the 과장 and 팀장 named "
        "beside the 담당자, the phone `☎ 033)249-3456`, the status in the county's words (`정상추진 중`, "
        "`일부 지연`, `이행완료`) beside a progress bar `■■■■■■■□□□ 70%` and a grade `A등급`, the as-of date "
        "`2024년 9월 30일`, the period in years (`2022 ~ 2026`), dates `2024년 3월 15일`, `2024. 3. 15.(금)`, "
        "`'24.3월`, `24년 상반기`, `'24년 3/4분기`, plans `'25.3월~계속`, funding in 억원 with two decimals "
        "under a `※` note of fiscal words (`1회 추경`, `본예산`), the budget `총 15억 3,200만원 (국비 5억원 / "
        "...)`, goals counted in 개소 / 명 / 회 / km / %",
        government=("군수", "햇살군", "군민", [["도비", "군비"], ["국비", "도비", "군비"]]),
        kind="햇살군 군수 공약 이행관리카드",
        style=Style(
            heading_format="■ {n}. {label}",
            group_format="【{group}】 {date}",
            group_plain="【{group}】",
            bullet1="○",
            bullet2="-",
            header_layout="ranks",
            header_words=(("title", "공약사업명"), ("no", "공약번호"), ("target", "이행목표")),
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_label="기준일",
            progress_label="추진률",
            progress_bar="■□",
            grade_label="평가등급",
            contact_chain=("과장", "팀장"),
            no_format="공약 {no}",
            phone_format="☎ {phone}",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            year_format="{y}년",
            amount_decimals=2,
            unit_format="(단위: {unit})",
            funding_note="※ 당해연도는 1회 추경, 이후 연도는 본예산 편성(요구) 기준",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진 실적",
            goals_heading="성과 목표",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=57001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("○", "-", "∘"),
        mgmt_format="{k}-{n}",
        funding=Funding(
            unit="억원",
            decimals=2,
            eok_man=True,
            budget_frame="총 {total} ({parts})",
            parts_sep=" / ",
            scale=(30, 2500),
            total_col="last",
            total_label="합계",
            total_row=True,
            total_row_label="계",
        ),
        date_forms="county_words",
        current_group="금분기 추진실적",
        as_of_form="day_words",
        status_words=(
            ("done", "이행완료"),
            ("ongoing_normal", "정상추진 중"),
            ("ongoing_delayed", "일부 지연"),
            ("partial", "부분 이행"),
            ("continuing", "이행 후 계속 추진"),
            ("not_started", "착수 준비 중"),
            ("dropped", "보류"),
        ),
        lead_team=("기획", "운영", "지원", "시설"),
        phone_area="033",
        period_years=True,
        open_plans="'{yy}.{m}월~계속",
        count_goals=True,
    ),
    Family(
        name="dure-county",
        about="a county (군수), designed blind; its tables in layouts real cards use: the funding with the periods "
        "as row groups (총사업비, 기투자, then a group a year, its label spanning the 계 and source rows under "
        "it), one amount column `사업비(백만원)` and a running `누계(억원)` column in another unit, the units "
        "in the head cells only; goals an indicator a row group (성과지표 | 단위 | 최종목표 spanning its year "
        "rows, then 연도 | 목표 | 실적 | 달성률(%), bare figures); outreach as channels down (계 first) with "
        "횟수 | 참여인원(명) | 주요내용; side tables among the achievements (사업장별 추진현황 after the first "
        "block, the as-of year's 예산 집행현황 after the last); `■ 1.` headings, `◆ ... (date)` blocks",
        government=("군수", "두레군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="두레군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="□ {n}. {label}",
            group_format="◆ {group} ({date})",
            group_plain="◆ {group}",
            bullet1="◦",
            bullet2="–",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_layout="year_rows",
            year_rows_heads=("구분", "재원", "사업비({unit})"),
            cumulative_head="누계({unit})",
            cumulative_unit="억원",
            year_format="{y}년",
            goals_layout="final",
            goals_final="최종목표",
            goals_unit_label="단위",
            goals_year="{y}년",
            goals_rate_label="달성률(%)",
            goals_project_label="성과지표",
            outreach_layout="vertical",
            outreach_total_at="first",
            outreach_people="참여인원(명)",
            outreach_note_label="주요내용",
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표 달성현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=51001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("◦", "–", "·"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            prior=True,
            scale=(50, 4000),
        ),
        indicator_goals=True,
        date_forms="dotted",
        outreach_labels=(
            ("meetings", "주민설명회"),
            ("survey", "만족도 조사"),
            ("experts", "전문가 자문"),
            ("media", "언론홍보"),
            ("other", "기타"),
        ),
        side_tables=("sites", "budget"),
    ),
    Family(
        name="gilmok-city",
        about="a city (시장), designed blind from how real published cards and quarterly 공약 추진상황 reports "
        "print a pledge: the header opens with the pledge's place in the city's plan, a row a level (분야 | "
        "공약 | 세부사업, `Ⅲ. 안전·환경`, `3-2. parent`, `3-2-7. title`: the 관리번호 only as the title's "
        "number), the status as the real scheme's options with a mark in brackets (`완료( )  이행후 계속추진( )  "
        "정상추진(○)  일부추진( )  부진( )  보류( )`) beside an `이행률 | 65%` cell, the as-of day in the "
        "header (`점검기준`); `■ Ⅰ. ` headings, blocks `◎ 전분기까지 추진실적 : date`, achievements before the "
        "funding, funding with 기확보 and 임기후 (백만원, `'24년`), goals `계획` / `실적` / `이행률(%)`, "
        "dates `'24.7.`, `2024년 7월`, `'24 3분기`, `'24 하반기`, `'24.7.~9.`",
        government=("시장", "길목시", "시민", [["국비", "도비", "시비"], ["도비", "시비", "민자"]]),
        kind="길목시 민선8기 시장 공약사업 추진상황 점검카드",
        style=Style(
            heading_format="■ {roman}. {label}",
            group_format="◎ {group} : {date}",
            group_plain="◎ {group}",
            bullet1="○",
            bullet2="－",
            header_layout="hierarchy",
            hierarchy=("분 야", "공 약", "세부사업"),
            hierarchy_fields=(
                "일자리·경제",
                "복지·건강",
                "문화·관광",
                "안전·환경",
                "교통·도시",
                "교육·청년",
                "농업·녹지",
                "소통·행정",
                "균형발전",
            ),
            hierarchy_parents=(
                "골목마다 활력 넘치는 상권 회복",
                "아이 키우기 좋은 돌봄 도시",
                "걷고 싶은 녹색 생활권 조성",
                "시민이 안심하는 생활안전망 구축",
                "막힘없는 도심 교통체계 개편",
                "청년이 머무는 배움의 도시",
                "함께 누리는 생활문화 거점 확충",
                "열린 시정, 시민과 함께하는 행정",
            ),
            status_boxes=("완료", "이행후 계속추진", "정상추진", "일부추진", "부진", "보류"),
            box_marks=("○", " "),
            box_format="{option}({mark})",
            rate_cell="이행률",
            lead_label="주관부서",
            status_label="이행상황",
            phone_label="연락처",
            as_of_label="점검기준",
            header_words=(("target", "이행목표"),),
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            achievements_heading="분기별 추진실적",
            funding_heading="소요예산 및 확보현황",
            goals_heading="연차별 이행목표 대비 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 참여 및 소통",
            year_format="'{yy}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_rate_label="이행률(%)",
            goals_labels=("계획", "실적"),
            goals_project_label="세부추진과제",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=58001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("○", "－", "ㆍ"),
        mgmt_format="{k}-{k2}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            prior=True,
            prior_label="기확보",
            after_term="임기후",
            scale=(50, 3000),
        ),
        goal_values=True,
        date_forms="quarterly",
        current_group="금분기 추진실적",
        as_of_form="day",
        status_options=(
            ("완료", "done"),
            ("이행후 계속추진", "continuing"),
            ("정상추진", "ongoing_normal"),
            ("일부추진", "partial"),
            ("부진", "ongoing_delayed"),
            ("보류", "dropped"),
        ),
    ),
)

FAMILIES += (
    Family(
        name="sanha-county",
        about="a county (군수), designed blind; the typography of tables as HWP authors set them: the body one "
        "table whose section labels stand vertically in a narrow left column, one syllable a line (`추` / "
        "`진` / `실` / `적`, the label bare, no number), the section's content in the cell beside it; labels "
        "spread to fill their cells (`구    분`, `담 당 자`, `관 리 번 호`, `공 약 사 업 명`), the header two "
        "label | value pairs a row with the as-of date (`기 준 일`); `○ ... (date)` blocks, `-` / `·` items; "
        "funding with the years down and the sources across (`국    비` / `도    비` / `군    비`, a `소    계` "
        "column a year, the 합계 row last) in 천원 and a derived `전년대비 증감` column (falls `△1,200`); "
        "goals a matrix: 구분 one cell across two head rows and two columns, `연도별 목표 및 실적` spanning the "
        "years 2022 .. 2026, an indicator (its unit after its name) a cell spanning a 목표 row and a 실적 row",
        government=("군수", "산하군", "군민", [["국비", "도비", "군비"]]),
        kind="산하군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="{label}",
            group_format="○ {group} ({date})",
            group_plain="○ {group}",
            bullet1="-",
            bullet2="·",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "coop", "phone", "status", "as_of", "target"),
            header_words=(("title", "공약사업명"), ("target", "사업목표")),
            as_of_label="기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            body_table=True,
            body_order=True,
            body_label_vertical=True,
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            achievements_heading="추진실적",
            funding_heading="투자계획",
            goals_heading="성과목표",
            outreach_heading="{residents}소통",
            plans_heading="향후계획",
            effects_heading="기대효과",
            funding_layout="transposed",
            funding_change="전년대비 증감",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="years_across",
            goals_rows=("목표", "실적"),
            goals_year="{y}",
            goals_span="연도별 목표 및 실적",
            goals_unit_in_name=True,
            goals_project_label="성과지표",
            spaced_labels=True,
            label_fill=8,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=59001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("-", "·", "ㆍ"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="합계",
            total_row=True,
            total_row_label="소계",
            total_row_last=True,
            scale=(10_000, 900_000),
            rows=("국비", "도비", "군비"),
        ),
        goal_years=(2022, 2023, 2024, 2025, 2026),
        date_forms="short",
        as_of_form="day_bare",
    ),
)

FAMILIES += (
    Family(
        name="onnuri-district",
        about="an autonomous district of a metropolitan city (구청장), designed blind; its document shape and "
        "character habits as HWP documents print them: the title line beside an approval box (결재란: "
        "`결재` over two rows, 담당 | 팀장 | 과장 | 국장 over empty signature cells), fullwidth digits and "
        "punctuation in places (headings `１. 사업 개요`, the as-of line `(２０２４．９．３０． 현재)`, the "
        "period `２０２２．７．～２０２６．６．`, the funding table's 계 row `１,２００`), other date shapes "
        "(`2024.9.30.`, `24.09.30`, `2024년 9월말 현재`; plans `연중`, `수시`, `하반기 중`), sections of no "
        "field beside the known ones (`문제점 및 대책`, `협조 요청사항`, `변경 이력` as a small table), notes "
        "under tables (`※ 단위: 백만원` under the funding table, no unit line; a `*` source note; `*` and "
        "`※` notes under the goal and outreach tables), a `[붙임]` attachment list closing the card",
        government=("구청장", "다솔구", "구민", [["시비", "구비"], ["국비", "시비", "구비"]]),
        kind="온누리광역시 다솔구 민선8기 구청장 공약사업 관리카드",
        style=Style(
            heading_format="{fw}. {label}",
            group_format="□ {group} [{date}]",
            group_plain="□ {group}",
            bullet1="ㅇ",
            bullet2="-",
            approval_box=("담당", "팀장", "과장", "국장"),
            as_of_line="({date})",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=(
                "overview",
                "funding",
                "achievements",
                "goals",
                "outreach",
                "problems",
                "requests",
                "plans",
                "effects",
                "changes",
            ),
            year_format="{y}년",
            unit_note="※ 단위: {unit}",
            funding_note="* 자료: 다솔구 중기지방재정계획('24~'28)",
            fullwidth_totals=True,
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            goals_footnotes=("* 달성률(%) = 실적 ÷ 목표 × 100",),
            outreach_note="※ 언론보도는 보도자료 배포 건수 기준",
            attachments=("[붙임] 1. 사업 위치도 1부.", "2. 세부 추진계획서 1부.  끝."),
            overview_heading="사업 개요",
            funding_heading="소요재원 및 투자계획",
            achievements_heading="추진 실적",
            goals_heading="성과 목표",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            problems_heading="문제점 및 대책",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=60001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("ㅇ", "-", "∙"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 3000)
        ),
        goal_values=True,
        date_forms="onnuri",
        as_of_form="fw_or_month_end",
        fullwidth_dates=("period",),
        vague_plans=("연중", "수시", "하반기 중"),
    ),
    Family(
        name="nalgae-city",
        about="a 시 card designed blind, its axis the physical structure of tables as HWP authors draw them: the "
        "funding table's corner cell split by a diagonal line (`연도` top right, `재원` bottom left, no "
        "구분), two rows under every source, the original plan (`당초`, not in the record) over the "
        "revised one (`변경`, the record's), the source's cell spanning both, a two-row head with `임기 내` "
        "over the years and `임기 후` and `총사업비 (백만원)` (the unit a token of its own after its head, no "
        "unit line) spanning both rows, amounts without thousands separators, a zero of the revised rows "
        "printed `―` and of the original rows left blank, the table cut by a page break with no head "
        "repeated (PDF); goals as indicators a row under a two-row head, every year over `목표` | `실적`, "
        "an actual not yet measured left blank; the header four bands of labels over values; `▶ 1.` "
        "headings, `▤ ... 〔date〕` blocks, `✓` / `−` bullets",
        government=("시장", "날개시", "시민", [["국비", "도비", "시비"]]),
        kind="날개시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▶ {n}. {label}",
            group_format="▤ {group} 〔{date}〕",
            group_plain="▤ {group}",
            bullet1="✓",
            bullet2="−",
            header_layout="bands",
            header_pairs=4,
            header_keys=("no", "title", "status", "as_of", "lead", "name", "phone", "coop", "target"),
            as_of_label="기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_revised=("당초", "변경"),
            corner_diagonal=("연도", "재원"),
            zero_mark="―",
            plain_amounts=True,
            unit_in_head=" ({unit})",
            funding_span="임기 내",
            funding_break=2,
            year_format="{y}",
            goals_layout="years_split",
            goals_split_all=True,
            goals_year="{y}년",
            goals_project_label="성과지표",
            outreach_total_last=True,
            overview_heading="사업 개요",
            funding_heading="연차별 투자계획(당초·변경)",
            achievements_heading="추진 실적",
            goals_heading="성과 목표 및 실적",
            plans_heading="향후 계획",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=61001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("✓", "−", "ㆍ"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="first",
            total_label="총사업비",
            after_term="임기 후",
            total_row=True,
            scale=(50, 9000),
            rows=("국비", "도비", "시비"),
        ),
        goal_years=(2023, 2024, 2025, 2026),
        date_forms="dotted",
    ),
)

FAMILIES += (
    Family(
        name="mulbit-city",
        about="a city (시장), designed blind; the text structure of a narrative card in the 개조식 of official documents: "
        "`▌` section headings whose titles carry a bracketed note (`추진실적 (누계 기준)`, `재원 투자계획 (단위: "
        "백만원)` with no unit line, `향후 추진일정 (분기별)`), a five-level outline under them (blocks `1.` `2.` "
        "dated in brackets, items `가.` / `1)` / `가)` and `※` notes), long items wrapped with a hanging indent, "
        "dates in several places (a day opening its item, a month closing it after ` : `, a date amid the words "
        "or in brackets at the end: text), a 월 | 추진내용 table of the reporting quarter's months closing the "
        "achievements, outreach as a dated log (구분 | 일자 | 주요내용 | 참석인원(명), a 소계 row a channel with its "
        "count, a 합계 row), plans by quarter under year lines (`○ 2025년` / `- 2/4분기 : plan`)",
        government=("시장", "물빛시", "시민", [["도비", "시비"], ["국비", "도비", "시비"]]),
        kind="물빛시 민선8기 시장 공약사업 추진상황",
        style=Style(
            heading_format="▌ {label}",
            group_format="{num}. {group} ({date})",
            group_plain="{num}. {group}",
            bullet1="○",
            bullet2="-",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="({date})",
            hanging=True,
            day_first=True,
            unit_in_title=" (단위: {unit})",
            outreach_log=("구분", "일자", "주요내용", "참석인원(명)"),
            plans_by_year="{b} {y}년",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            year_format="{y}년",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적 (누계 기준)",
            goals_heading="성과목표 및 실적 (연차별)",
            outreach_heading="{residents} 소통실적 (일자별)",
            plans_heading="향후 추진일정 (분기별)",
            effects_heading="기대효과",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=62001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("가.", "1)", "가)"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 3000)
        ),
        goal_values=True,
        date_forms="mulbit",
        current_group="금분기 주요실적",
        side_tables=("months",),
        date_spots=True,
        long_items=True,
        outreach_log=True,
        quarter_plans_list=True,
    ),
)

FAMILIES += (
    Family(
        name="doran-city",
        about="a city (시장), designed blind; its header, identity and status shapes: the title `민선8기 공약 실천계획 "
        "이행상황` beside a stamp box holding the as-of date (`작성기준` over `2024. 9. 30.`, printed nowhere "
        "else), the issuer named only in the running footer (`도란시 공약이행 점검  - 1 -`), the 관리번호 "
        "`Ⅱ-③-14`, the department as its levels in cells of their own (소관부서 over 실·국 | 과 | 팀; the "
        "record their join), the 담당자 with rank and extension in one cell (`주무관 박서연 (내선 2345)`, "
        "`행정주무관 박서연 ☏ 2345`), 협조부서 one a line in one cell, a stage tracker (계획수립 | 예산확보 | "
        "설계 | 착공 | 준공 over `● ● ◐ ○ ○`) above the status word beside 이행률 | 65% | 예산확보율 | "
        "72.4%; `◾ Ⅰ.` headings, `▽ ... (date)` blocks, `►` / `⁃` / `∙` bullets",
        government=("시장", "도란시", "시민", [["국비", "도비", "시비"], ["도비", "시비"]]),
        kind="민선8기 공약 실천계획 이행상황",
        style=Style(
            heading_format="◾ {roman}. {label}",
            group_format="▽ {group} ({date})",
            group_plain="▽ {group}",
            bullet1="►",
            bullet2="⁃",
            header_layout="tiers",
            dept_tiers=("실·국", "과", "팀"),
            desk_contact=("{rank} {name} (내선 {phone})", "{rank} {name} ☏ {phone}"),
            desk_ranks=("주무관", "행정주무관", "시설주무관"),
            step_tracker=("계획수립", "예산확보", "설계", "착공", "준공"),
            rate_summary=("이행률", "예산확보율"),
            stamp_label="작성기준",
            running_footer="도란시 공약이행 점검  - {n} -",
            header_words=(("title", "공약사업명"), ("target", "이행목표")),
            lead_label="소관부서",
            status_label="이행상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=63001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("►", "⁃", "∙"),
        mgmt_format="{roman}-{circ}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            prior=True,
            scale=(50, 3000),
        ),
        date_forms="district",
        as_of_form="day_bare",
        dept_bureaus=(
            "기획조정실",
            "경제산업국",
            "복지국",
            "도시건설국",
            "문화관광국",
            "환경녹지국",
            "안전교통국",
        ),
        lead_team=("기획", "지원", "운영", "사업"),
        extension=True,
    ),
)

FAMILIES += (
    Family(
        name="neulpum-district",
        about="an autonomous district (구청장), designed blind; sections told side by side and merged: the "
        "achievements and the plans in one two-column table under one heading naming both (`▦ 4. 추진실적 "
        "및 향후계획`: `그간 추진실적 | 향후 추진계획`, a row an achievements block, its heading `〔block〕 date` "
        "and items in the left cell, the plans spread over the rows in the right one), a page break before "
        "the table's last row with its head row repeated (PDF), the outreach as lines closing the last "
        "achievements cell (`[주민 소통]` / `※ 주민설명회 2회, 설문조사 1회`), the effects the overview table's "
        "last row (`기대효과`); `▦ 1.` headings, `❑` / `↳` / `·` bullets",
        government=("구청장", "늘품구", "구민", [["국비", "시비", "구비"], ["시비", "구비"]]),
        kind="늘품구청장 공약사업 추진상황 카드",
        style=Style(
            heading_format="▦ {n}. {label}",
            group_format="〔{group}〕 {date}",
            group_plain="〔{group}〕",
            bullet1="❑",
            bullet2="↳",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "coop", "status", "as_of", "target"),
            header_words=(("title", "공약명"), ("target", "공약목표")),
            as_of_label="작성기준",
            lead_label="담당부서",
            status_label="추진상태",
            phone_label="연락처",
            section_order=("overview", "funding", "goals", "merged"),
            overview_heading="공약 개요",
            overview_table=("사업기간", "총사업비", "주요내용"),
            overview_effects="기대효과",
            funding_heading="재원 확보 및 투자계획",
            goals_heading="연차별 목표",
            merged_heads=("그간 추진실적", "향후 추진계획"),
            merged_heading="추진실적 및 향후계획",
            merged_break=True,
            outreach_inline=("[주민 소통]", "※ {channels}"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            effect_arrow=False,
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=66001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("❑", "↳", "·"),
        funding=Funding(
            unit="백만원", total_col="last", total_label="합계", total_row=True, scale=(50, 4000)
        ),
        outreach_words=True,
    ),
    Family(
        name="gaeul-county",
        about="a county (군수), designed blind; its performance indicators as real cards print them: one goal table "
        "of several indicators a row (지표명 | 단위, every year over 목표 | 실적 under a spanning `2024년` head, "
        "최종목표, 달성률(%) to date or `-`), units of length, area, places, people, cases and ratios (`2.4` km, "
        "`3,250` ㎡, `87.5` %), an actual of the as-of year printed `추진중`, a later year's left blank, `※` "
        "notes under the table defining each indicator; the goals right after the overview; the first "
        "achievement block a table by quarter (분기 | 주요 추진내용 | 비고, the quarter cell spanning its "
        "items), the next bulleted; `❑ 1.` headings, `〓 ... (date)` blocks, `⦿` / `ㄴ` / `‧` bullets",
        government=("군수", "가을군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="가을군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="❑ {n}. {label}",
            group_format="〓 {group} ({date})",
            group_plain="〓 {group}",
            bullet1="⦿",
            bullet2="ㄴ",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "goals", "funding", "achievements", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            goals_heading="성과지표 목표 및 실적",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="추진 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="metrics",
            goals_metrics=("지표명", "단위", "최종목표"),
            goals_year="{y}년",
            goals_rate_label="달성률(%)",
            goals_defs="※ {name} : {definition}",
            achievements_quarters=("분기", "주요 추진내용", "비고"),
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=64001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("⦿", "ㄴ", "‧"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="합계",
            total_row=True,
            total_row_last=True,
            scale=(10_000, 900_000),
        ),
        goal_years=(2023, 2024, 2025, 2026),
        metric_goals=True,
        quarter_block=True,
        date_forms="district",
    ),
    Family(
        name="saemmul-province",
        about="a province (도지사), designed blind; money told in prose and in mixed shapes: the overview's budget "
        "a sentence in 억원 with one decimal and its split bare in brackets, broken over two lines before its "
        "last part (`사업비 : 총 123.4억원(국비 40.5, 도비 30.0,` / `시군비 52.9)`), or in 백만원 with a "
        "decimal (`12,345.6백만원(...)`), the funding table in 백만원 with one decimal (`1,234.5`), its unit "
        "only in the top-right cell of a title row, the 기투자 column headed `'22까지` or `~2022`, a `2027 이후` "
        "column, the total column `총 계`, the 도비 and 시군비 rows printed `(도비)` `(시군비)` under a `지방비` "
        "row of their sum (not in the record); `◇ Ⅰ.` headings, `▹ ... [date]` blocks, `⦁` / `ㄴ` / `·` "
        "bullets",
        government=("도지사", "샘물도", "도민", [["국비", "도비", "시군비"]]),
        kind="샘물도 민선8기 도지사 공약사업 관리카드",
        style=Style(
            heading_format="◇ {roman}. {label}",
            group_format="▹ {group} [{date}]",
            group_plain="▹ {group}",
            bullet1="⦁",
            bullet2="ㄴ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="기준일",
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_labels=("사업기간", "사업비", "주요내용"),
            budget_break=True,
            unit_top_right=True,
            funding_title="재원별 연차별 투자계획",
            unit_format="(단위 : {unit})",
            funding_span="연차별 투자계획",
            year_format="{y}",
            amount_decimals=1,
            sub_rows=("지방비", ("도비", "시군비")),
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진 실적",
            goals_heading="성과 목표",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=65001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("⦁", "ㄴ", "·"),
        funding=Funding(
            unit="백만원",
            decimals=1,
            n_years=4,
            year_offset=1,
            total_col="first",
            total_label="총 계",
            total_row=True,
            prior=True,
            prior_labels=("'{yy}까지", "~{y}"),
            after_term="{y} 이후",
            scale=(300, 60000),
            rows=("국비", "도비", "시군비"),
            budget_units=("억원", "백만원"),
            budget_frame="총 {total}({parts})",
        ),
        goal_values=True,
        date_forms="province_iso",
    ),
)

FAMILIES += (
    Family(
        name="dorae-county",
        about="a county (군수), designed blind; its money and goals told as a county's budget office prints them: "
        "the funding years named as the term's years, `1차년도('23)` / `2차년도` / ... (the first with its "
        "year) or `민선8기 2년차` (the year of the term from its start), every period (합계 too) over `계획` | "
        "`확보` | `집행` sub-columns (the plan figures are the record's), a `구성비(%)` column of each row's "
        "share (not in the record); goals an indicator a row (성과지표 | 단위) with a year a column under "
        "`연도별 목표/실적` or `연도별 목표(실적)`, the target and the actual in one cell (`189/123`, `4(3)`, a "
        "missing actual `-`); the header a label | value row a field with 추진상황 and 기준일 stacked in a "
        "right-hand column beside them; `❖ 1.` headings, `⇨ ... (date)` blocks, `⚬` / `⋄` / `·` bullets, "
        "dates `2024/09`, `'24년 9월`, `2024년 제3분기`, `2023/03~2024/06`",
        government=("군수", "도래군", "군민", [["국비", "도비", "군비"]]),
        kind="도래군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="❖ {n}. {label}",
            group_format="⇨ {group} ({date})",
            group_plain="⇨ {group}",
            bullet1="⚬",
            bullet2="⋄",
            header_layout="side",
            header_keys=("no", "title", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            header_side=("status", "as_of"),
            header_words=(("title", "공약사업명"),),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            funding_heading="연차별 재원 확보 및 집행현황",
            goals_heading="성과지표 목표 대비 실적",
            achievements_heading="추진 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            funding_pair="columns",
            pair_labels=("계획", "확보"),
            pair_spent="집행",
            pair_share="구성비(%)",
            unit_format="(단위: {unit})",
            year_suffix=False,
            goals_layout="pairs",
            goals_pairs=(("{t}/{a}", "목표/실적"), ("{t}({a})", "목표(실적)")),
            goals_span="연도별 {pair}",
            goals_year="{y}년",
            goals_project_label="성과지표",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            landscape=True,
            dump="blocks",
        ),
        first_seed=68001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("⚬", "⋄", "·"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="first",
            total_label="합계",
            total_row=True,
            total_row_label="계",
            scale=(40, 2500),
            rows=("국비", "도비", "군비"),
            ordinals=(("{n}차년도('{yy})", "{n}차년도"), ("민선{k}기 {t}년차", "민선{k}기 {t}년차")),
        ),
        goal_years=(2023, 2024, 2025, 2026),
        date_forms="dorae",
    ),
    Family(
        name="binnae-city",
        about="a city (시장), designed blind; landscape pages set in two newspaper columns (the card flows down the "
        "left column, then the right one), every section a label | content table whose narrow label cell is "
        "drawn rotated (vertical text: `▩ 1. 사업개요` read bottom to top), the header likewise under a rotated "
        "`기본현황` cell spanning its rows (two label | value pairs a row, `작성기준일` among them), the funding "
        "table after its section's box, continued from the bottom of the left column to the top of the right "
        "one; `▥ ... ≪date≫` blocks, `◆` / `⇒` / `·` bullets, dates `2024년9월`, `'24.09월`, `2024년 제3분기`, "
        "`2024년도 하반기`, `2024년 3월 ~ 2025년 6월`, `2024년 9월 12일(목)`",
        government=("시장", "빈내시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="빈내시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▩ {n}. {label}",
            group_format="▥ {group} ≪{date}≫",
            group_plain="▥ {group}",
            bullet1="◆",
            bullet2="⇒",
            header_layout="rotated",
            header_pairs=2,
            header_band_label="기본현황",
            header_keys=("no", "as_of", "title", "lead", "name", "phone", "coop", "status", "target"),
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            rotated_sections=True,
            page_columns=2,
            landscape=True,
            funding_column_break=2,
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=9.5,
            line_height=1.45,
            dump="blocks",
        ),
        first_seed=67001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("◆", "⇒", "·"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            total_row_last=True,
            scale=(100, 8000),
            rows=("국비", "도비", "시비", "민자"),
        ),
        goal_values=True,
        date_forms="binnae",
    ),
    Family(
        name="haemil-province",
        about="a province (도지사), designed blind; section headings bare (no marker, no number) told from the body "
        "by type alone: larger, bold and shaded on a line of their own; section, header and row words of its "
        "own (`추진 배경 및 개요`, `예산 확보 현황`, `주요 성과`, `책임부서`, `이행상황`, `작성기준`), the "
        "achievements in an earlier block (`그간 주요성과`) and this quarter's (`금분기 주요성과`), the as-of "
        "date a running tally (`2024년 3/4분기 누계`), plans and effects under one heading split by `ㅁ` lines, "
        "a header of three labels a band over their values, `● ... (date)` blocks, `▸` / `‐` / `∙` bullets, "
        "dates `2024년 03월`, `2024년 제3분기`, `2024년도 하반기`, `2023년 07월 ~ 2026년 06월`",
        government=("도지사", "해밀도", "도민", [["도비", "시군비"], ["도비", "시군비", "민자"]]),
        kind="해밀도 민선8기 도지사 공약 이행관리카드",
        style=Style(
            heading_format="{label}",
            heading_shade="#d9e2f3",
            heading_pt=13.0,
            group_format="● {group} ({date})",
            group_plain="● {group}",
            bullet1="▸",
            bullet2="‐",
            header_layout="bands",
            header_pairs=3,
            header_keys=("title", "no", "as_of", "lead", "name", "phone", "coop", "target", "status"),
            as_of_label="작성기준",
            lead_label="책임부서",
            status_label="이행상황",
            phone_label="연락처",
            overview_labels=("추진기간", "총사업비", "주요내용"),
            year_format="'{yy}년",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부과제",
            overview_heading="추진 배경 및 개요",
            funding_heading="예산 확보 현황",
            achievements_heading="주요 성과",
            goals_heading="성과지표 달성 현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            tail_heading="향후 추진계획 및 기대효과",
            tail_sub="ㅁ {label}",
            outreach_heading="{residents} 소통 및 참여",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=69001,
        needs=("earlier", "goals", "outreach", "quarter"),
        markers=("▸", "‐", "∙"),
        funding=Funding(
            unit="백만원",
            n_years=5,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(100, 20000),
            rows=("국비", "도비", "시군비"),
        ),
        date_forms="haemil",
        as_of_form="tally",
        earlier_group="그간 주요성과",
        current_group="금분기 주요성과",
    ),
)

FAMILIES += (
    Family(
        name="gyeoul-county",
        about="a county (군수), designed blind; an HWP form whose choices are checkboxes: the status `■ 정상추진  "
        "□ 일부추진  □ 부진  □ 완료`, the reporting quarter beside its year `2024년  □1/4 □2/4 ■3/4 □4/4`, "
        "the pledge's type `■ 신규 □ 계속` (not in the record), the glyphs ■□, ☑☐ or ●○ a card; a `사업위치` "
        "field of 읍·면 (not in the record); funding in 백만원 with nested source rows: 국비 over `- 균특` "
        "`- 기금` (its split, not in the record), a 지방비 subtotal over 도비 and 군비 (the record's rows the "
        "leaf sources: 국비, 도비, 군비); footnote marks on figures (`1,200※`, `350*`, `820주1)`) with the "
        "notes under the table; `▪ 1.` headings, `《 ... 》 (date)` blocks, `○` / `ㅡ` / `ㆍ` bullets",
        government=("군수", "겨울군", "군민", [["국비", "도비", "군비"]]),
        kind="겨울군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="▪ {n}. {label}",
            group_format="《 {group} 》 ({date})",
            group_plain="《 {group} 》",
            bullet1="○",
            bullet2="ㅡ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=(
                "title",
                "no",
                "lead",
                "type",
                "name",
                "phone",
                "coop",
                "extra0",
                "target",
                "as_of",
                "status",
            ),
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_label="보고분기",
            status_boxes=("정상추진", "일부추진", "부진", "완료"),
            box_format="{mark} {option}",
            box_mark_sets=(("■", "□"), ("☑", "☐"), ("●", "○")),
            as_of_boxes="{y}년  {boxes}",
            type_boxes=("신규", "계속"),
            header_extra=(("사업위치", "겨울읍 일원 및 6개 면"),),
            sub_rows=("지방비", ("도비", "군비")),
            sub_row_format="{label}",
            split_rows=("국비", ("균특", "기금")),
            split_row_format="- {label}",
            figure_marks=(
                ("※", "※ 추경 반영분"),
                ("*", "* 교부결정 기준"),
                ("주1)", "주1) 기금 교부 예정액(미확정)"),
            ),
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="목표 대비 실적",
            outreach_heading="{residents} 소통실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=70001,
        needs=("goals", "plans", "quarter"),
        markers=("○", "ㅡ", "ㆍ"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(100, 9000),
            rows=("국비", "도비", "군비"),
        ),
        status_options=(
            ("정상추진", "ongoing_normal"),
            ("일부추진", "partial"),
            ("부진", "ongoing_delayed"),
            ("완료", "done"),
        ),
    ),
    Family(
        name="hayan-district",
        about="an autonomous district (구청장), designed blind; its records as a district office keeps them: the "
        "achievements a log table a block (`연도 | 월 | 추진내용`: the year a cell spanning its rows, the month "
        "a cell spanning its items, an item's date its year cell and its month cell, the items under it in "
        "its content cell), the plans a Gantt chart (`추진과제` a row, `1월` .. `12월` under `2025년`, ● in "
        "the months a task runs: its dates read from the marked columns), the outreach one line of prose "
        "with each channel in its own unit and no total (`언론보도 12건, 주민설명회 3회 등`), the effects a "
        "two-column table (`정량적 효과 | 정성적 효과`); `▣ 1.` headings, `◉ ... (date)` blocks, `◦` / `-` / "
        "`∙` bullets",
        government=("구청장", "하얀구", "구민", [["국비", "시비", "구비"], ["시비", "구비"]]),
        kind="하얀구청장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="▣ {n}. {label}",
            group_format="◉ {group} ({date})",
            group_plain="◉ {group}",
            bullet1="◦",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "phone", "coop", "status", "as_of", "target"),
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="이행상태",
            phone_label="전화",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            goals_heading="연차별 성과목표",
            achievements_heading="추진실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 및 홍보",
            achievements_log=("연도", "월", "추진내용"),
            plans_gantt="추진과제",
            effects_split=("정량적 효과", "정성적 효과"),
            outreach_open="{b} {channels} 등",
            outreach_units=(("media", "건"),),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            effect_arrow=False,
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=71001,
        needs=("earlier", "goals", "plans2"),
        markers=("◦", "-", "∙"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(20000, 900000)
        ),
        outreach_words=True,
        log_achievements=True,
        month_plans=True,
    ),
    Family(
        name="gangmul-city",
        about="a city (시장), designed blind; time as a city's quarterly review prints it: the goals an indicator "
        "two rows (`계획` | `실적`) beside its name and unit, the as-of year's quarters across (`1/4분기` .. "
        "`4/4분기`) and their `누계` last (the record keeps the year's 누계: the plan and the actual to date), "
        "the overview budget in 억 and 만 (`총 12억 5,000만원(국비 3억원, 시비 9억 5,000만원)`) beside a funding "
        "table in 천원, the period by its years (`2023 ~ 2026 (4년간)`), days with their weekday "
        "(`2024.09.30.(월)`), the as-of date so printed; `▷ Ⅰ.` headings, `◈ ... 〈date〉` blocks, `□` / `→` / "
        "`·` bullets",
        government=("시장", "강물시", "시민", [["국비", "도비", "시비"], ["도비", "시비"]]),
        kind="강물시 민선8기 시장 공약사업 분기별 추진상황 관리카드",
        style=Style(
            heading_format="▷ {roman}. {label}",
            group_format="◈ {group} 〈{date}〉",
            group_plain="◈ {group}",
            bullet1="□",
            bullet2="→",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="점검기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "goals", "funding", "achievements", "outreach", "plans", "effects"),
            overview_labels=("사업기간", "총사업비", "사업내용"),
            overview_heading="사업 개요",
            goals_heading="분기별 성과지표 추진실적",
            funding_heading="재원별 투자계획",
            achievements_heading="분기별 추진실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="review",
            goals_review=("1/4분기", "2/4분기", "3/4분기", "4/4분기", "누계"),
            goals_labels=("계획", "실적"),
            goals_project_label="성과지표",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=72001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("□", "→", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(20_000, 900_000),
            grain=1_000,
            eok_man=True,
            budget_frame="총 {total}({parts})",
        ),
        review_goals=True,
        period_span="{y1} ~ {y2} ({n}년간)",
        date_forms="gangmul",
        as_of_form="day_dot_wd",
    ),
    Family(
        name="yeonbit-county",
        about="a county (군수), designed blind; the text structure of a county's 개조식 report: section headings "
        "numbered by Hangul consonants (`ㄱ. 사업개요`, `ㄴ. 추진실적`), blocks opened by half-filled circles in "
        "turn (`◐ 기 추진실적 (date)`, `◑ 금분기 추진실적 (date)`), level-1 items numbered by their block in a "
        "compound number (`1-1.`, `1-2.`, `2-1.`) with `-` / `·` under them and `※` / `*` notes between them, "
        "long items wrapped onto continuation lines with a hanging indent, sections in an order of their own "
        "(the plans right after the achievements, the tables last: funding, goals, outreach) and no 기대효과 "
        "section; `ㅇ` / `-` bullets elsewhere",
        government=("군수", "연빛군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="연빛군 민선8기 군수 공약사업 추진상황",
        style=Style(
            heading_format="{n:ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊ}. {label}",
            group_format="{num:◐◑◒◓} {group} ({date})",
            group_plain="{num:◐◑◒◓} {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="작성기준",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            hanging=True,
            section_order=("overview", "achievements", "plans", "funding", "goals", "outreach"),
            overview_heading="사업개요",
            achievements_heading="추진실적",
            plans_heading="향후 추진계획",
            funding_heading="재원 투자계획",
            goals_heading="성과목표 달성현황",
            outreach_heading="{residents} 소통실적",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=73001,
        needs=("earlier", "outreach", "plans"),
        markers=("{b}-{n}.", "-", "·"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 3000)
        ),
        current_group="금분기 추진실적",
        long_items=True,
        effects=False,
    ),
)

FAMILIES += (
    Family(
        name="ieum-county",
        about="a county (군수), designed blind; its header, value shapes and text dump: the header three columns, a "
        "group label spanning the rows of its fields (`공 약` over 사업명 / 관리번호 / 추진상황, `담 당` over "
        "부서 / 성명 / 전화, `추 진` over 협조부서 / 실천목표 / 작성일), the phone an extension (`☏ 내선 2345`), "
        "the as-of date in words (`2024년 9월 30일 현재`), dates `24.9월`, `2024년 9월중`, `'24.下`, "
        "`2024년 하반기중`, `'24.3/4`, plans dated `연중` / `수시`, funding in 원 with `원` after every "
        "figure (합계 last); the text dump a Markdown export's (pipe tables with a `| --- |` row under "
        "the first, spans as empty cells); `◇ 1.` headings, `▪ ... (date)` blocks, `○` / `-` / `⋅` bullets",
        government=("군수", "이음군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="이음군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◇ {n}. {label}",
            group_format="▪ {group} ({date})",
            group_plain="▪ {group}",
            bullet1="○",
            bullet2="-",
            header_layout="groups",
            header_groups=(
                ("공 약", ("title", "no", "status")),
                ("담 당", ("lead", "name", "phone")),
                ("추 진", ("coop", "target", "as_of")),
            ),
            header_words=(("title", "사업명"), ("name", "성명")),
            as_of_label="작성일",
            lead_label="부서",
            status_label="추진상황",
            phone_label="전화",
            phone_format="☏ 내선 {phone}",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 및 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            cell_unit=True,
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
            dump_rows="markdown",
        ),
        first_seed=75001,
        needs=(),
        markers=("○", "-", "⋅"),
        funding=Funding(
            unit="원",
            total_col="last",
            total_label="합계",
            total_row=True,
            scale=(30_000_000, 2_000_000_000),
            grain=1_000_000,
        ),
        date_forms="ieum",
        as_of_form="day_words_now",
        approx_counts=("약 {n}{u}", "{n}여 {u}", "{n}{u} 이상", "{lo}~{n}{u}"),
        vague_plans=("연중", "수시"),
        extension=True,
    ),
    Family(
        name="baram-county",
        about="a county (군수), designed blind; its tables take shapes the others do not: the funding table's unit "
        "only in its corner cell (`구분` over `(단위: 천원)`, no unit line), the table broken by a page break "
        "after its 계 and first source rows and going on under a `(계속)` line with its head rows printed again "
        "(the corner and its unit too); the goals a year column and a `추진단계` column after the project, each "
        "goal's stage a bar of five steps with the passed ones filled over the step's word (`■■■□□` / "
        "`(착공)`, not in the record) and a `※` legend of the steps under the table; the outreach a year a row "
        "(the period's first year to the as-of year) with `계` first and the channels across, a `합계` row "
        "last (the record's counts); `□ Ⅰ.` headings, `▶ ... (date)` blocks, `○` / `-` / `‧` bullets",
        government=(
            "군수",
            "바람군",
            "군민",
            [["국비", "도비", "군비"], ["도비", "군비"], ["국비", "도비", "군비", "민자"]],
        ),
        kind="바람군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="□ {roman}. {label}",
            group_format="▶ {group} ({date})",
            group_plain="▶ {group}",
            bullet1="○",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="작성기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연도별 추진목표 및 추진단계",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            unit_in_corner=True,
            funding_continued=2,
            continued_caption="(계속)",
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_stage="추진단계",
            stage_steps=("계획수립", "설계", "착공", "시공", "준공"),
            goals_footnotes=("※ 추진단계 : 계획수립 → 설계 → 착공 → 시공 → 준공 (■ 진행 단계, □ 남은 단계)",),
            outreach_layout="year_rows",
            outreach_years="연도",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=74001,
        markers=("○", "-", "‧"),
        funding=Funding(
            unit="천원", total_col="first", total_label="총사업비", total_row=True, scale=(20_000, 900_000)
        ),
    ),
)

FAMILIES += (
    Family(
        name="geurim-city",
        about="a city (시장), designed blind; its text dump a text browser's (w3m -dump of an HTML export): every "
        "table drawn with box characters (`┌─┬─┐`, `│`, `├─┼─┤`, `└─┴─┘`), a cell's words wrapped over lines "
        "inside its box (a word wider than its column, a number too, broken at the box's edge), merged cells "
        "one box; the header three label | value pairs a row, the as-of day first (`2024/09/30 현재`), "
        "dates `2024-09`, `'24년 9월경`, `2024년 3사분기`, `2023-03 ~ 2024-06`, statuses in the city's words "
        "(`계획대로 추진`, `추진 차질`, `사업 완료`), funding in 백만원 with 총사업비 first; `▤ 1.` headings, "
        "`➣ ... (date)` blocks, `◦` / `ㆍ` / `-` bullets",
        government=(
            "시장",
            "그림시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "시비", "민자"]],
        ),
        kind="그림시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▤ {n}. {label}",
            group_format="➣ {group} ({date})",
            group_plain="➣ {group}",
            bullet1="◦",
            bullet2="ㆍ",
            header_layout="pairs",
            header_pairs=3,
            header_keys=("as_of", "no", "status", "title", "lead", "name", "phone", "coop", "target"),
            as_of_label="보고기준",
            lead_label="소관부서",
            status_label="이행상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진 실적",
            goals_heading="연차별 목표",
            plans_heading="향후 일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
            dump_rows="boxes",
        ),
        first_seed=78001,
        needs=(),
        markers=("◦", "ㆍ", "-"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(80, 4000)
        ),
        date_forms="geurim",
        as_of_form="day_slash",
        status_words=(
            ("done", "사업 완료"),
            ("ongoing_normal", "계획대로 추진"),
            ("ongoing_delayed", "추진 차질"),
            ("partial", "부분 추진"),
            ("continuing", "완료 후 계속"),
            ("not_started", "착수 예정"),
            ("dropped", "추진 유보"),
        ),
    ),
    Family(
        name="gippeum-county",
        about="a county (군수), designed blind; a long card (five or six portrait pages under a running header naming "
        "the pledge, page numbers `3 / 6`) whose tables run over page breaks that cut inside their rows, as HWP "
        "splits a row at the page's end: the achievements a dated log table a block (`일자 | 주요 추진내용 | "
        "비고`) cut inside a row on several pages, the cut cell's text going on at the next page's top and the "
        "row's other cells blank there, the head row printed again over the continued part on some pages and "
        "not on others; the funding table (a `비고` column of word notes) cut inside a row the same way; the "
        "header three label | value pairs a row; `▣ Ⅰ.` headings, `◆ ... 〔date〕` blocks, `◯` / `-` / `·` "
        "bullets",
        government=(
            "군수",
            "기쁨군",
            "군민",
            [["국비", "도비", "군비"], ["도비", "군비"], ["국비", "도비", "군비", "민자"]],
        ),
        kind="기쁨군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="▣ {roman}. {label}",
            group_format="◇ {group} 〔{date}〕",
            group_plain="◇ {group}",
            bullet1="◯",
            bullet2="-",
            header_layout="pairs",
            header_pairs=3,
            header_keys=("title", "no", "status", "lead", "name", "phone", "coop", "target", "as_of"),
            as_of_label="작성일",
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="전화",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업 개요",
            funding_heading="소요재원 및 투자계획",
            achievements_heading="추진경과",
            goals_heading="연차별 목표 대비 실적",
            outreach_heading="{residents} 소통 및 참여 실적",
            plans_heading="향후 추진일정",
            effects_heading="기대 효과",
            achievements_table=("일자", "주요 추진내용", "비고"),
            funding_remark="비고",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            running_header=True,
            running_text="{pledge}  [관리번호 {no}]",
            running_footer="{n} / {total}",
            footer_in_dump=True,
            dump_pages=True,
            row_cuts=(
                ("funding", 2, False),
                ("achievements", 5, True),
                ("achievements", 11, False),
                ("achievements", 17, True),
                ("goals", 2, False),
            ),
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=77001,
        needs=("earlier",),
        markers=("◯", "-", "·"),
        funding=Funding(
            unit="천원", total_col="last", total_label="계", total_row=True, scale=(20_000, 900_000)
        ),
    ),
    Family(
        name="dolbit-city",
        about="a city (시장), designed blind; its tables typed, not drawn: the funding (sources down, years "
        "across, 총사업비 first), the goals (a year column, 세부사업, 목표 / 실적 / 달성률) and the outreach "
        "(channels down, 횟수 and 비고, 계 last) typed as paragraphs whose cells a tab parts at the "
        "paragraph's tab stops, no table object (HWPX `<hp:tab/>`, the HWP writer's tab control, the PDF "
        "the cells at their stops with no rules, the dump the tabs); the header typed too, a fact a line "
        "(`공약명<TAB>: ...`), the as-of date on a line under the title; `❒ 1.` headings, "
        "`➤ ... (date)` blocks, `ㅇ` / `ㆍ` / `-` bullets",
        government=(
            "시장",
            "돌빛시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "시비", "민자"]],
        ),
        kind="돌빛시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="❒ {n}. {label}",
            group_format="➤ {group} ({date})",
            group_plain="➤ {group}",
            bullet1="ㅇ",
            bullet2="ㆍ",
            header_layout="lines",
            header_line="{label}\t: {value}",
            contact_format="{name} ({phone})",
            lead_label="주관부서",
            status_label="추진상황",
            as_of_line="({date} 기준)",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="소요재원 및 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 성과지표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            outreach_layout="vertical",
            outreach_note_label="비고",
            typed_tables=("funding", "goals", "outreach", "side"),
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=76001,
        needs=("goals", "outreach"),
        markers=("ㅇ", "ㆍ", "-"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 4000)
        ),
    ),
    Family(
        name="jangbu-county",
        about="a county (군수), designed blind; a card kept in a spreadsheet: the whole card laid on one fixed cell "
        "grid (samples/sheet.py), every line of text in a cell of its own row, the title, headings and block "
        "headings in cells merged across the sheet, an item and the lines under it in one merged cell with "
        "line breaks inside it, indented by an empty first column, every table laid on the sheet's columns, "
        "amounts right-aligned with thousands separators, an empty row before every heading; the PDF the "
        "sheet printed with its gridlines on landscape pages, the HWPX/HWP the sheet pasted into HWP as one "
        "big table, the text dump the sheet saved as tab-separated text (a sheet row a line, merged cells as "
        "empty fields, a cell with line breaks quoted as CSV quotes it); the header two label | value pairs a "
        "row; `1. ` headings in cells shaded as the sheet fills them, `[block] date` blocks, `●` / `-` / `ㆍ` bullets, dates `2024-09`, `2024.09`, "
        "`2024-03-12`, `2023.03 ~ 2024.06`",
        government=(
            "군수",
            "장부군",
            "군민",
            [["국비", "도비", "군비"], ["도비", "군비"], ["국비", "도비", "군비", "기타"]],
        ),
        kind="장부군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="{n}. {label}",
            heading_shade="#d9e2f3",
            group_format="[{group}] {date}",
            group_plain="[{group}]",
            bullet1="●",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "status", "name", "phone", "coop", "as_of", "target"),
            as_of_label="작성기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연도별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 및 실적",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            landscape=True,
            sheet_cols=12,
            spaced_labels=False,
            font_pt=9.0,
            line_height=1.3,
            dump="sheet",
        ),
        first_seed=81001,
        needs=(),
        markers=("●", "-", "ㆍ"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(20_000, 900_000)
        ),
        date_forms="sheet",
    ),
)

FAMILIES += (
    Family(
        name="gochim-county",
        about="a county (군수), designed blind; its figures as a revised card prints them: the figures changed since "
        "the last report beside the ones in force, one shape a card, `1,200 → 1,350` in place or `1,350` over "
        "`(당초 1,200)` in its cell (a few funding cells of the as-of year and the next, and the totals they "
        "move: the record's the figure in force), a 비고 column of notes with numbers in them that are no "
        "figures (`'24 1회 추경 반영`, `3건 이월`, `국비 50% 내시`), the status with the last report's "
        "(`추진중(부진) → 정상추진`), some goals' targets revised (`120호 → 150호 공급`, `150호 공급 (당초 120호)`), "
        "달성률 with one decimal, a side table of the changes (구분 | 당초 | 변경 | 증감 | 비고: a fall marked "
        "`△`, none `-`, an unchanged row's note `해당없음`) closing the achievements; `◘ {n}.` headings, "
        "`▧ ... <date>` blocks, `○` / `–` / `‧` bullets",
        government=("군수", "고침군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="고침군 민선8기 군수 공약사업 관리카드(변경)",
        style=Style(
            heading_format="◘ {n}. {label}",
            group_format="▧ {group} <{date}>",
            group_plain="▧ {group}",
            bullet1="○",
            bullet2="–",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            status_change="{old} → {new}",
            status_before=("추진중(부진)", "부진", "일부추진", "정상추진", "추진중(정상)", "미착수"),
            revisions=("arrow", "bracket"),
            funding_remark="비고",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            rate_decimals=1,
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="재원 투자계획(변경)",
            achievements_heading="추진 실적",
            goals_heading="성과 목표(변경)",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=80001,
        needs=("plans",),
        markers=("○", "–", "‧"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 3000)
        ),
        goal_values=True,
        side_tables=("changes",),
        date_forms="district",
    ),
)

FAMILIES += (
    Family(
        name="yeolmae-county",
        about="a county (군수), designed blind; set with the objects an HWP author uses: the card's title and its "
        "section headings in text boxes (글상자: a rounded, shaded rectangle floating over the page, its text "
        "its own paragraph list; PDF a framed box), the issuer's office and the as-of date only in the page "
        "header (머리말 `열매군 기획예산실  |  2024년 3분기 현재`, on every page; not in the body), the page "
        "number in the footer (꼬리말), footnotes (각주) hung on funding figures (the mark `1)` raised after "
        "the figure, the note at the page's foot: `국비 지역균형발전특별회계 포함`), a memo (메모, a hidden "
        "comment carrying a figure of its own) on the first block heading (HWPX/HWP only); `Ⅰ. ` headings, "
        "`❍ ... (date)` blocks, `ㅇ` / `－` / `·` bullets",
        government=("군수", "열매군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="열매군 민선8기 공약사업 추진상황 카드",
        style=Style(
            heading_format="{roman}. {label}",
            group_format="❍ {group} ({date})",
            group_plain="❍ {group}",
            bullet1="ㅇ",
            bullet2="－",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "status", "name", "phone", "coop", "target"),
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            running_header=True,
            running_text="열매군 기획예산실  |  {as_of}",
            text_boxes=("title", "heading"),
            figure_notes=("국비 지역균형발전특별회계 포함", "제1회 추경 반영분 포함"),
            memo="3분기 실적 수치 재확인 요망(예산팀 12건 -> 15건)",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 및 실적",
            outreach_heading="{residents} 소통실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=79001,
        markers=("ㅇ", "－", "·"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(100, 9000),
            rows=("국비", "도비", "군비"),
        ),
    ),
)

FAMILIES += (
    Family(
        name="saetbyeol-county",
        about="a county (군수), designed blind; the card bound as a small report: a cover page (the county, the "
        "title `민선8기 공약사업 추진상황 보고`, the pledge in corner brackets, the as-of month, the department), "
        "a contents page (`목  차`: a line a section, `Ⅰ. 사업개요 ······ 2`, its heading's number and title "
        "with a dotted leader and a page), then the card; the plans a Gantt table (연번 | 추진과제 | 추진기간, "
        "the half-years of the plans' years across, `■` in the halves a plan runs, its months printed in "
        "추진기간: `'25. 3.~8.`); the header two label | value pairs a row with the as-of date; `◆ Ⅰ.` "
        "headings, `가. ... [date]` blocks, the 개조식 `□` / `○` / `-` items",
        government=(
            "군수",
            "샛별군",
            "군민",
            [["국비", "도비", "군비"], ["도비", "군비"], ["국비", "도비", "군비", "기타"]],
        ),
        kind="샛별군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◆ {roman}. {label}",
            group_format="{letter}. {group} [{date}]",
            group_plain="{letter}. {group}",
            bullet1="□",
            bullet2="○",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "status", "as_of", "lead", "name", "phone", "coop", "target"),
            as_of_label="보고기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원 확보 및 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 달성도",
            outreach_heading="{residents} 소통실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            report_cover="민선8기 공약사업 추진상황 보고",
            plans_halves=("연번", "추진과제", "추진기간"),
            gantt_mark="■",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=83001,
        needs=("plans2",),
        markers=("□", "○", "-"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(20_000, 900_000)
        ),
        span_plans=True,
    ),
)

FAMILIES += (
    Family(
        name="boram-city",
        about="a city (시장), designed blind; a card printed from the city's web pledge management system "
        "(공약관리시스템) to PDF by a browser and saved by the system's HWP/HWPX export: the browser's print "
        "header on every page (the print day and time `2025. 1. 6. 오후 3:12`, not the as-of date, at the left, "
        "the page's title in the middle) and footer (the system's URL naming the pledge at the left, the page "
        "count `1/3` at the right), the breadcrumb `공약관리 > 공약사업 > 상세조회` over the title and the "
        "buttons' words `목록  인쇄  엑셀저장` under it; the header a web form, two shaded label | value pairs "
        "a row, an empty value `-`; the achievements a list grid a block (`번호 | 추진일자 | 추진내용 | 비고`, "
        "the rows numbered), the plans too (`번호 | 추진일정 | 추진내용`), the funding with its `합계` row last "
        "(천원); dates `2024-09-15`, `2024.09.15`, `2024-09`, `2024.09`, `2023-03 ~ 2024-06`, the as-of day "
        "`2024-09-30`; `▶ ` headings, `» ... (date)` blocks, `•` / `-` / `·` bullets",
        government=(
            "시장",
            "보람시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "도비", "시비", "민자"]],
        ),
        kind="보람시 민선8기 공약사업 상세조회",
        style=Style(
            heading_format="▶ {label}",
            group_format="» {group} ({date})",
            group_plain="» {group}",
            bullet1="•",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "status", "coop", "as_of", "target"),
            header_words=(("title", "공약사업명"), ("no", "공약번호")),
            as_of_label="기준일자",
            lead_label="담당부서",
            status_label="추진상태",
            phone_label="연락처",
            web_chrome=("공약관리 > 공약사업 > 상세조회", "목록   인쇄   엑셀저장"),
            running_header=True,
            running_text="{printed}\t보람시 공약관리시스템",
            running_footer="https://pms.boram.go.kr/pledge/pldgDetail.do?pldgNo={no}\t{n}/{total}",
            footer_in_dump=True,
            dump_pages=True,
            achievements_table=("추진일자", "추진내용", "비고"),
            plans_table=("추진일정", "추진내용"),
            grid_numbers="번호",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=82001,
        needs=("plans",),
        markers=("•", "-", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            total_row_last=True,
            total_row_label="합계",
            scale=(20_000, 900_000),
        ),
        date_forms="boram",
        as_of_form="day_iso",
    ),
)

FAMILIES += (
    Family(
        name="dallae-city",
        about="a city (시장), designed blind; the card made as a presentation (보고자료) and exported: 16:9 landscape "
        "slides, a title slide (the card's title line, the pledge in corner brackets, `민선8기 공약사업 추진상황 "
        "보고`, the as-of line `2024. 9. 30. 기준`, the department), the header on a slide of its own, then "
        "every section from a new slide under a coloured title band (`01. 사업개요`); the overview opened by "
        "key-fact tiles (`총사업비` over `125.4억원`, the total converted exactly from the funding's 백만원, "
        "`사업기간`, `추진상황`; the caption over or under the figure, drawn a card) over a label | content "
        "two-box table; slide tables with the head row shaded and no vertical rules; the city's name and the "
        "slide number in the footer of every slide (the dump too); `◆ ... | date` blocks, `▪` / `–` / `·` "
        "bullets",
        government=(
            "시장",
            "달래시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "도비", "시비", "기타"]],
        ),
        kind="달래시 민선8기 시장 공약사업 추진현황",
        style=Style(
            heading_format="{n2}. {label}",
            heading_box=True,
            group_format="◆ {group} | {date}",
            group_plain="◆ {group}",
            bullet1="▪",
            bullet2="–",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "status", "coop", "target"),
            header_words=(("title", "공약사업"),),
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="{date} 기준",
            slide_deck="민선8기 공약사업 추진상황 보고",
            fact_tiles=("총사업비", "사업기간", "추진상황"),
            overview_table=("사업기간", "사업비", "주요내용"),
            landscape=True,
            running_footer="달래시\t{n}",
            footer_in_dump=True,
            open_tables=("funding", "goals", "outreach", "side"),
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.4,
            dump="blocks",
        ),
        first_seed=84001,
        needs=("plans",),
        markers=("▪", "–", "·"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 4000)
        ),
    ),
)

FAMILIES += (
    Family(
        name="hanmaru-county",
        about="a county (군수), designed blind; a card kept in an older HWP house style (typed in the HWP "
        "2007-2010 years and carried forward), typed in the IME's fullwidth mode in places: the period, the "
        "as-of day, every other item's date and the overview budget (`２０２４．　９．`, `１，２５０，０００千원"
        "（국비　...）`), the funding table's 計 and 국비 rows (`１，２５０`; the other rows half-width), the unit "
        "line `（단위：千원）` with a Hanja unit, labels spaced by ideographic spaces (`담　당　자`, `국　비`), "
        "`Ⅰ．` headings with a fullwidth full stop, `◎ ...（date）` blocks, a `※` note naming `국ㆍ도비`; "
        "`ㅇ` / `－` / `ㆍ` bullets",
        government=("군수", "한마루군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="한마루군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="{roman}．{label}",
            group_format="◎ {group}（{date}）",
            group_plain="◎ {group}",
            bullet1="ㅇ",
            bullet2="－",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "status", "coop", "as_of", "target"),
            header_words=(("title", "사\u3000업\u3000명"),),
            as_of_label="기\u3000준\u3000일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연\u3000락\u3000처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            outreach_heading="{residents} 소통실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="（단위：{unit}）",
            fullwidth_rows=("total", "national"),
            funding_note="※ 국ㆍ도비는 교부결정액 기준, 군비는 본예산 기준임",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=True,
            label_gap="\u3000",
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=85001,
        needs=("earlier", "plans"),
        markers=("ㅇ", "－", "ㆍ"),
        funding=Funding(
            unit="千원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            total_row_label="計",
            scale=(2_000, 90_000),
        ),  # a county's project in 千원: fullwidth figures fit their cells
        goal_values=True,
        date_forms="dotted",
        current_group="금분기 추진실적",
        as_of_form="day",
        fullwidth_dates=("period",),
        fullwidth_typed=("as_of", "items", "budget"),
    ),
)

FAMILIES += (
    Family(
        name="hwarang-city",
        about="a city (시장), designed blind; the card taken from the city's quarterly pledge report file, which "
        "opens with the report's summary pages: the title line `민선8기 공약사업 추진상황 보고 (2025년 3분기)`, "
        "a 총괄 table of the city's pledges counted by status (`구분 | 계 | 완료 | 정상추진 | 부진 | 보류`, "
        "합계 first, a row a field), a list of several pledges (`연번 | 공약명 | 담당부서 | 추진상황 | "
        "총사업비(백만원)`: the card's own row among others with departments, statuses and totals of their "
        "own), then the card from a new page under the same labels (담당부서, 추진상황); `◼ 1.` headings, "
        "`◇ ... 《date》` blocks, `◾` / `–` / `·` bullets",
        government=(
            "시장",
            "화랑시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "도비", "시비", "민자"]],
        ),
        kind="화랑시 민선8기 공약사업 관리카드",
        style=Style(
            heading_format="◼ {n}. {label}",
            group_format="◇ {group} 《{date}》",
            group_plain="◇ {group}",
            bullet1="◾",
            bullet2="–",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "status", "name", "phone", "coop", "as_of", "target"),
            header_words=(("title", "공약명"),),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            report_summary="민선8기 공약사업 추진상황 보고 ({quarter})",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=86001,
        needs=("plans",),
        markers=("◾", "–", "·"),
        funding=Funding(
            unit="백만원", total_col="first", total_label="총사업비", total_row=True, scale=(50, 4000)
        ),
        as_of_form="day",
    ),
)

FAMILIES += (
    Family(
        name="dasi-county",
        about="a county (군수), designed blind; a card reissued after a budget change with its corrections shown "
        "as a revised document marks them: the superseded figure kept in place struck through (취소선), the "
        "figure in force after it in red and underlined, one shape a card, on the line (`~~4,882~~ 4,616`) "
        "or the struck figure over the one in force in its cell's two lines (a few funding cells of the as-of "
        "year and the next, and the totals they move: the record's the figure in force), the status struck "
        "and replaced the same way (`~~추진중~~ 정상추진`), some goals' targets (`~~120호~~ 150호 공급`), a "
        "비고 column of notes naming the change (`'24 1회 추경 반영`), a `※` legend under the funding table; "
        "HWPX/HWP the strikeout a character property, PDF a line drawn through the glyphs, the text dump "
        "(save as text) without any markup: both figures printed side by side; `◈ Ⅰ.` headings, "
        "`▦ ... [date]` blocks, `❍` / `ㆍ` / `-` bullets",
        government=("군수", "다시군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="다시군 민선8기 군수 공약사업 관리카드(수정)",
        style=Style(
            heading_format="◈ {roman}. {label}",
            group_format="▦ {group} [{date}]",
            group_plain="▦ {group}",
            bullet1="❍",
            bullet2="ㆍ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "name", "phone", "coop", "target", "status", "as_of"),
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="전화번호",
            status_change=f"{struck('{old}')} {in_force('{new}')}",
            status_before=("추진중", "부진", "일부추진", "정상추진", "미착수"),
            revisions=("strike", "strike_over"),
            funding_remark="비고",
            funding_note="※ 취소선은 당초 계획, 붉은 글씨는 변경 내용(추경 반영)",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업 개요",
            funding_heading="연차별 재원 투자계획(수정)",
            achievements_heading="추진 실적",
            goals_heading="성과 목표(수정)",
            plans_heading="향후 추진계획",
            effects_heading="기대 효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=87001,
        needs=("plans",),
        markers=("❍", "ㆍ", "-"),
        funding=Funding(
            unit="천원", total_col="last", total_label="계", total_row=True, scale=(20_000, 900_000)
        ),
        goal_values=True,
        date_forms="district",
    ),
)

FAMILIES += (
    Family(
        name="moa-city",
        about="a city (시장), designed blind; its PDF printed two pages a sheet (모아찍기, 2-up) as a report is "
        "printed to save paper: every landscape sheet holds two portrait pages scaled to 68% side by side, "
        "each with its own running header (`모아시 공약사업 관리카드 · {no}`) and page number (`- 3 -`), a "
        "gutter between them; a card whose 관리번호's digits sum odd opens on a sheet's right half after a "
        "blank back page; its tables go on from a left half to a right half and across sheets (the HWPX/HWP "
        "the portrait document, the dump its text); the header a band of labels over values, three a row; "
        "funding with the years down (기투자 first, 임기후 last) and the sources across, 합계 last (천원); "
        "`❐ 1.` headings, `□ ... 〈date〉` blocks, `○` / `→` / `·` bullets",
        government=(
            "시장",
            "모아시",
            "시민",
            [["국비", "도비", "시비"], ["도비", "시비"], ["국비", "도비", "시비", "민자"]],
        ),
        kind="모아시 민선8기 공약사업 관리카드",
        style=Style(
            heading_format="❐ {n}. {label}",
            group_format="□ {group} 〈{date}〉",
            group_plain="□ {group}",
            bullet1="○",
            bullet2="→",
            header_layout="bands",
            header_pairs=3,
            header_keys=("title", "no", "status", "lead", "name", "phone", "coop", "target", "as_of"),
            as_of_label="작성기준일",
            lead_label="담당부서",
            status_label="추진상태",
            phone_label="전화",
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            overview_heading="공약 개요",
            funding_heading="연도별 재원 투입계획",
            achievements_heading="주요 추진실적",
            goals_heading="목표 대비 달성도",
            outreach_heading="{residents} 의견수렴 실적",
            plans_heading="향후 추진방향",
            effects_heading="기대효과",
            funding_layout="transposed",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            running_header=True,
            running_text="모아시 공약사업 관리카드 · {no}",
            page_number="- {n} -",
            sheet_up=2,
            sheet_blank_first=True,
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.55,
            dump="blocks",
        ),
        first_seed=88001,
        needs=("earlier",),
        markers=("○", "→", "·"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="합계",
            total_row=True,
            prior=True,
            after_term="임기후",
            scale=(20_000, 900_000),
        ),
    ),
)

FAMILIES += (
    Family(
        name="eoul-province",
        about="a special self-governing province (도지사), designed blind; a pledge carried out across its cities "
        "and counties: under the funding table in its section a `❍ 시군별 사업비 배분` line, a unit line and "
        "a side table standing after no achievement (시군 | 국비 | 도비 | 시군비 | 계, a 합계 row first holding "
        "the funding's totals a source, then four to six invented 시군, a zero `-`), after the first block a "
        "`시군별 주요 추진상황` side table (시군 | 추진내용 | 추진일자), after the last a `시군별 추진실적` side table (시군 | 목표(개소) | 완료 | 추진중 | "
        "추진률(%), a 계 row first), counted goals' targets split among 시군 in brackets (`120호 공급(솔빛시 50, "
        "버들군 70)`); funding in 백만원 with a 기투자 column and 계 last; `▣ {n}) ` headings, `◇ ... [date]` "
        "blocks, `❍` / `–` / `ㆍ` bullets",
        government=("도지사", "어울특별자치도", "도민", [["국비", "도비", "시군비"]]),
        kind="어울특별자치도 도지사 공약사업 관리카드",
        style=Style(
            heading_format="▣ {n}) {label}",
            group_format="◇ {group} [{date}]",
            group_plain="◇ {group}",
            bullet1="❍",
            bullet2="–",
            lead_label="주관부서",
            status_label="추진상황",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연도별 목표",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
            dump_rows="tabs",
        ),
        first_seed=89001,
        needs=("outreach", "plans", "tables"),
        markers=("❍", "–", "ㆍ"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="last",
            total_label="계",
            total_row=True,
            prior=True,
            scale=(200, 30000),
            rows=("국비", "도비", "시군비"),
        ),
        goal_values=True,
        side_tables=("regions",),
    ),
)

FAMILIES += (
    Family(
        name="oreum-district",
        about="a district (구청장) modelled on real published pledge pages and cards (sources in samples/README): "
        "the header a pledge list's row (관리번호 `Ⅲ-①-2` | 공약사업명 | 소관부서 | the status options across "
        "under a spanning 추진상황 head, `이행후 계속추진 | 완료 | 정상 | 일부`, `해당됨` under the card's "
        "status and `해당안됨` under the others | 진행률(%)), the as-of month line `[2025. 9월 말 기준]`, the "
        "funding under `재정계획` with its as-of date and unit on one line (`기준: 2025. 9월 말 / 단위: "
        "백만원`), 합계 and 기투자 before bare years `2024` and 임기후 (국비 / 시비 / 구비), headings numbered "
        "without a point over spaced titles, shaded (`2 재 정 계 획`), `□ ...(date)` blocks, `○` / `-` / `•` bullets",
        government=("구청장", "오름구", "구민", [["국비", "시비", "구비"], ["시비", "구비"]]),
        kind="오름구 민선8기 구청장 공약사업 관리카드",
        style=Style(
            heading_format="{n} {label}",
            heading_shade="#dbe5f1",
            group_format="□ {group}({date})",
            group_plain="□ {group}",
            bullet1="○",
            bullet2="-",
            header_layout="status_grid",
            status_boxes=("이행후 계속추진", "완료", "정상", "일부"),
            progress_label="진행률(%)",
            header_words=(("title", "공약사업명"),),
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_line="[{date} 기준]",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사 업 개 요",
            funding_heading="재 정 계 획",
            achievements_heading="추 진 사 항",
            goals_heading="목 표 달 성 도",
            outreach_heading="{residents} 소통",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            year_format="{y}",
            unit_format="기준: {as_of} / 단위: {unit}",
            funding_span="연도별",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=92001,
        needs=("plans",),
        markers=("○", "-", "•"),
        mgmt_format="{roman}-{circ}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="합계",
            total_row=True,
            prior=True,
            after_term="임기후",
            total_row_label="합계",
            scale=(50, 3000),
        ),
        status_options=(
            ("이행후 계속추진", "continuing"),
            ("완료", "done"),
            ("정상", "ongoing_normal"),
            ("일부", "partial"),
        ),
        as_of_form="month_end",
    ),
)

FAMILIES += (
    Family(
        name="saenal-district",
        about="an autonomous district (구청장), designed blind; its PDF a searchable scan as an archive keeps it "
        "(samples/render_sandwich.py): every page the grey, slightly skewed, dusty image of the printed page "
        "under an invisible OCR word layer (text render mode 3, a glyphless font, a word a text object "
        "stretched to its box on its turned baseline, jittered a pixel or two, no spaces, no vector rules: "
        "the tables' grid only in the image); the header two label | value pairs a row, the as-of date "
        "first; funding in 천원 with 합계 last; `◐ Ⅰ.` headings, `▨ ... 〈date〉` blocks, `❍` / `ㅡ` / `·` "
        "bullets",
        government=("구청장", "새날구", "구민", [["국비", "시비", "구비"], ["시비", "구비"]]),
        kind="새날구 민선8기 구청장 공약사업 관리카드",
        style=Style(
            heading_format="◐ {roman}. {label}",
            group_format="▨ {group} 〈{date}〉",
            group_plain="▨ {group}",
            bullet1="❍",
            bullet2="ㅡ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("as_of", "no", "title", "status", "lead", "name", "phone", "coop", "target"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화",
            section_order=("overview", "funding", "achievements", "goals", "plans", "outreach", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표",
            plans_heading="향후계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
            pdf_sandwich=True,
        ),
        first_seed=90001,
        needs=(),
        markers=("❍", "ㅡ", "·"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(20_000, 900_000)
        ),
    ),
)

FAMILIES += (
    Family(
        name="gaji-county",
        about="a county (군수), designed blind; a pledge carried out as sub-projects (세부사업): the overview's "
        "contents a sub-project each, the funding by sub-project (a 세부사업 cell spanning its 소계 and "
        "source rows, then 총계: its sources and 계 on odd seeds, a 총계 row alone on even ones), one "
        "sub-project's amount printed once over two year columns (a merged cell, `(2년간)`: those years "
        "null in the record), the goals grouped by year with a 세부사업 column, the achievements in "
        "`[세부사업1] name` blocks; headings `▶ Ⅰ. 사업개요`, a header with name and phone in one cell",
        government=("군수", "가지군", "군민", [["도비", "군비"], ["도비", "군비"]]),
        kind="가지군 민선8기 군수 공약 실천계획",
        style=Style(
            heading_format="▶ {roman}. {label}",
            group_format="[세부사업{num}] {group} ({date})",
            group_plain="[세부사업{num}] {group}",
            bullet1="❍",
            bullet2="-",
            header_layout="contact_cell",
            contact_format="{name} / {phone}",
            as_of_line="({date})",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            header_words=(("title", "공약사업명"), ("name", "담당")),
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="연락처",
            funding_projects=("세부사업", "재원별"),
            subtotal_total="총계",
            span_note=" (2년간)",
            year_format="{y}년",
            unit_format="(단위 : {unit})",
            funding_span="연차별 투자계획",
            goals_layout="year_group",
            goals_project_label="세부사업",
            overview_heading="사업개요",
            funding_heading="세부사업별 투자계획",
            achievements_heading="세부사업별 추진실적",
            goals_heading="연차별 목표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents}소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=91001,
        needs=("earlier", "outreach", "plans"),
        markers=("❍", "-", "ㆍ"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            rows=("국비", "도비", "군비"),
            scale=(50, 3000),
        ),
        goal_values=True,
        sub_projects=True,
        project_span=True,
        project_blocks=True,
    ),
    Family(
        name="hanui-county",
        about="a county (군수), designed blind; funding with the years down and the sources across under a "
        "two-level head (`구분`, `계`, `국비` and `민자` spanning both head rows, `지방비` spanning `소계` | "
        "`도비` | `군비`: the group and its 소계 not in the record) in 억원 with one decimal (`12.5`), and at the end of the "
        "achievements an execution table in 백만원 (`예산액(백만원)` | `집행액(백만원)` | `집행률(%)`: a side "
        "table, another unit on the same card); headings `● Ⅰ. 사업개요`, `◇ ... 〈date〉` blocks, `•` / `-` "
        "bullets",
        government=("군수", "하늬군", "군민", [["국비", "도비", "군비", "민자"]]),
        kind="하늬군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="● {roman}. {label}",
            group_format="◇ {group} 〈{date}〉",
            group_plain="◇ {group}",
            bullet1="•",
            bullet2="-",
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "achievements", "funding", "goals", "outreach", "plans", "effects"),
            funding_layout="transposed",
            funding_local_span=("지방비", ("도비", "군비")),
            local_subtotal="소계",
            amount_decimals=1,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            overview_heading="사업개요",
            funding_heading="연도별 재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 및 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=94001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("•", "-", "ㆍ"),
        funding=Funding(
            unit="억원",
            total_col="first",
            total_label="계",
            total_row=True,
            decimals=1,
            scale=(5, 300),
            rows=("국비", "도비", "군비", "민자"),
        ),
        goal_values=True,
        side_tables=("budget_mil",),
    ),
)

FAMILIES += (
    Family(
        name="angae-county",
        about="a county (군수), designed blind; a card printed out of the county's document system (문서관리시스템) "
        "with its watermark: every page crossed by large pale text turned 35 degrees (`안개군 공약관리 "
        "· 내부검토용`, then `기획예산담당관 출력 {printed}`: a print day and time after the as-of date), "
        "drawn under the card (PDF: a fixed box on every page; HWPX/HWP: the page header's text; the dump: "
        "the watermark's lines after every page's last line, as a converter puts a page's turned text); "
        "headings `■ 1) 사업개요`, `□ ... 〔date〕` blocks, `❍` / `-` / `→` bullets",
        government=("군수", "안개군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="안개군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="■ {n}) {label}",
            group_format="□ {group} 〔{date}〕",
            group_plain="□ {group}",
            bullet1="❍",
            bullet2="-",
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            watermark="안개군 공약관리 · 내부검토용\n기획예산담당관 출력 {printed}",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 및 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=95001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("❍", "-", "→"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="계",
            total_row=True,
            scale=(50, 3000),
            rows=("국비", "도비", "군비"),
        ),
        goal_values=True,
    ),
)

FAMILIES += (
    Family(
        name="dajim-district",
        about="a district (구청장) modelled on real published pledge pages (sources in samples/README): the header "
        "a pledge list's row (`관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서` over their values, the "
        "status in the list's words `완료(계속)` / `정상`, 관리번호 `3-12`), the as-of day on a line under the "
        "title (`2024. 9. 30. 기준`), the period `2023. 7 ~ 2026. 6`, the funding under `사업비 규모` as its "
        "two margins, each under a caption with its unit (`- 연도별 재원소요(단위:백만원)`: 구분 | 계 | "
        "bare years | 임기후, one `총 계` row; `- 재원별(단위:백만원)`: 구분 | 계 | 국비 | 시비 | 구비 | "
        "민자등 | 비고, one `총 계` row: no source's year printed, null in the record) and a `※` note; "
        "headings bare titles, shaded, `◇ ...: date` blocks, `○` / `－` / `·` bullets",
        government=("구청장", "다짐구", "구민", [["국비", "시비", "구비"], ["시비", "구비"]]),
        kind="다짐구 민선8기 구청장 공약사항 관리카드",
        style=Style(
            heading_format="{label}",
            heading_shade="#e2efda",
            group_format="◇ {group}: {date}",
            group_plain="◇ {group}",
            bullet1="○",
            bullet2="－",
            header_layout="list_row",
            header_words=(("no", "관리 번호"), ("title", "공약사항"), ("target", "사업목표")),
            lead_label="추진부서",
            status_label="추진 상황",
            progress_label="이행률(%)",
            phone_label="연락처",
            as_of_line="{date} 기준",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="사업비 규모",
            achievements_heading="추진상황",
            goals_heading="연차별 목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            overview_labels=("사업기간", "총사업비", "사업내용"),
            year_format="{y}",
            funding_marginals=("- 연도별 재원소요(단위:{unit})", "- 재원별(단위:{unit})"),
            funding_note="※ 실천계획 변경, 국·시비 확보현황, 집행실적 등 반영",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=93001,
        needs=("plans",),
        markers=("○", "－", "·"),
        mgmt_format="{k}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="계",
            total_row=True,
            after_term="임기후",
            total_row_label="총계",
            rows=("국비", "시비", "구비", "민자등"),
            scale=(50, 3000),
        ),
        status_words=(
            ("continuing", "완료(계속)"),
            ("ongoing_normal", "정상"),
            ("done", "완료"),
            ("ongoing_delayed", "부진"),
            ("partial", "일부"),
        ),
        date_forms="plan_list",
        as_of_form="day_bare",
    ),
    Family(
        name="norae-city",
        about="a city (시장) modelled on real published pledge material of other provinces than oreum's and dajim's "
        "(sources in samples/README): the header opens with the pledge's place in the province-style plan, "
        "a row a level (전략 | 정책과제 | 실천과제, a province's 공약실천계획서), the progress `이행률(임기내)` "
        "beside the as-of day (`추진상황 기준`), the funding told by the term, not by year (구분 | 총사업비 | "
        "기투자 | 임기내 | 임기후, 국비 / 도비 / 시비 / 기타, 백만원), `재원조달 방안`, `예상 문제점 및 대응책`, "
        "`연차별 이행목표`; `ㅁ ` headings, `▣ ... 〈date〉` blocks, `ㅇ` / `ㅡ` / `ㆍ` bullets",
        government=("시장", "노래시", "시민", [["국비", "도비", "시비"], ["도비", "시비", "기타"]]),
        kind="노래시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="ㅁ {label}",
            group_format="▣ {group} 〈{date}〉",
            group_plain="▣ {group}",
            bullet1="ㅇ",
            bullet2="ㅡ",
            header_layout="hierarchy",
            hierarchy=("전  략", "정책과제", "실천과제"),
            hierarchy_fields=(
                "일자리가 넘치는 활력 경제",
                "함께 누리는 복지",
                "머물고 싶은 문화관광",
                "안전하고 깨끗한 환경",
                "편리한 교통과 균형발전",
                "시민이 주인인 열린 시정",
            ),
            hierarchy_parents=(
                "지역 상권 회복과 소상공인 지원 확대",
                "생애주기별 촘촘한 돌봄체계 구축",
                "원도심 문화자원 연계 관광 활성화",
                "기후위기 대응 녹색도시 조성",
                "시내버스 노선 개편과 생활교통 확충",
                "시민 참여 예산과 소통 창구 확대",
            ),
            rate_cell="이행률(임기내)",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            as_of_label="추진상황 기준",
            header_words=(("target", "이행목표"),),
            section_order=(
                "overview",
                "funding",
                "achievements",
                "goals",
                "outreach",
                "problems",
                "plans",
                "effects",
            ),
            overview_heading="사업개요",
            funding_heading="재원조달 방안",
            achievements_heading="추진사항",
            goals_heading="연차별 이행목표",
            outreach_heading="{residents} 소통 실적",
            problems_heading="예상 문제점 및 대응책",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            funding_span="투자계획",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_rate=True,
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=96001,
        needs=(),
        markers=("ㅇ", "ㅡ", "ㆍ"),
        mgmt_format="{k}-{k2}-{n}",
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            prior=True,
            after_term="임기후",
            rows=("국비", "도비", "시비", "기타"),
            scale=(50, 3000),
            term_sum="임기내",
        ),
        status_words=(
            ("continuing", "이행후 계속추진"),
            ("ongoing_normal", "정상추진"),
            ("done", "완료"),
            ("partial", "일부추진"),
            ("ongoing_delayed", "부진"),
        ),
        as_of_form="day_bare",
    ),
)

FAMILIES += (
    Family(
        name="soseul-county",
        about="a county (군수), designed blind; the funding told only in sentences, no table, as a short card "
        "written in prose tells it: the total with its unit and the sources' totals bare in brackets "
        "(`ㅇ 총사업비 : 120.5억원(국비 60, 도비 30.5, 군비 30)`), then the years' totals each with its "
        "unit in the next sentence (`ㅇ 연도별 투자계획 : '23년 25억원, '24년 40.5억원, ...`): no source's "
        "year printed (null in the record); 억원 with one decimal where it has one; headings `◆ 1) ...`, "
        "`▸ ... 〈date〉` blocks, `ㅇ` / `–` / `·` bullets",
        government=("군수", "소슬군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="소슬군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◆ {n}) {label}",
            group_format="▸ {group} 〈{date}〉",
            group_plain="▸ {group}",
            bullet1="ㅇ",
            bullet2="–",
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            year_format="'{yy}년",
            amount_decimals=1,
            funding_prose=("{b} 총사업비 : {total}({parts})", "{b} 연도별 투자계획 : {years}"),
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            overview_heading="사업개요",
            funding_heading="사업비 및 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=97001,
        needs=("outreach", "plans"),
        markers=("ㅇ", "–", "·"),
        funding=Funding(
            unit="억원",
            total_col="first",
            total_label="계",
            total_row=True,
            decimals=1,
            scale=(5, 300),
            rows=("국비", "도비", "군비"),
        ),
        goal_values=True,
    ),
)


FAMILIES += (
    Family(
        name="byeori-county",
        about="a county (군수), designed from session 36's blind hand-made cards (classes no family printed): its "
        "text dump a text browser's with every table drawn in box characters; the header a grid of two rows "
        "of four label | value pairs, one department cell naming both roles (`주관: 관광과 / 협조: "
        "기획예산과`); the funding told as stacked tables, one a period under a `< 2024년 >` caption (the "
        "sources across, one `사업비` row; the total's table first, `< 총사업비 >`); goals one row a "
        "project, the as-of year's target over its half-years (`2024년 목표` over `상반기 | 하반기 | 계`, "
        "bare halves, the year's target in 계); `◎ Ⅰ.` headings, `◑ ... (date)` blocks, `◦` / `ㅡ` / `·` "
        "bullets",
        government=("군수", "벼리군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="벼리군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◎ {roman}. {label}",
            group_format="◑ {group} ({date})",
            group_plain="◑ {group}",
            bullet1="◦",
            bullet2="ㅡ",
            header_layout="pairs",
            header_pairs=4,
            header_keys=("no", "title", "status", "as_of", "depts", "name", "phone", "target"),
            roles_cell="주관: {lead} / 협조: {coop}",
            coop_sep=", ",
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연도별 투자계획",
            achievements_heading="추진실적",
            goals_heading="반기별 목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            funding_stack="year",
            stack_caption="< {label} >",
            stack_row="사업비",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="halves",
            goals_year="{y}년",
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
            dump_rows="boxes",
        ),
        first_seed=98001,
        needs=("goals",),
        markers=("◦", "ㅡ", "·"),
        funding=Funding(
            unit="백만원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 3000),
            rows=("국비", "도비", "군비"),
        ),
        goal_values=True,
    ),
    Family(
        name="haeoreum-city",
        about="a city (시장), designed from session 36's blind hand-made cards (classes no family printed): its "
        "text dump a web page's select-all copy (the breadcrumb over the title, the buttons' words under it, "
        "every table a cell a line); the header labels over values, four a band, one department cell naming "
        "both roles (`(주관) 관광과 (협조) 기획예산과`); the funding told as stacked tables, one a funding row "
        "under a `[국비]` caption (the periods across, one `금액` row; the total row's table first), in 천원 "
        "with the total column last; goals one row a project, the as-of year's target and its actual each "
        "over its half-years (`상반기 | 하반기 | 계`, a half not yet reported `-`); `◈ ` headings, "
        "`▷ ... [date]` blocks, `▪` / `ㆍ` / `-` bullets",
        government=("시장", "해오름시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="해오름시 민선8기 공약사업 상세보기",
        style=Style(
            heading_format="◈ {label}",
            group_format="▷ {group} [{date}]",
            group_plain="▷ {group}",
            bullet1="▪",
            bullet2="ㆍ",
            header_layout="bands",
            header_pairs=4,
            header_keys=("title", "no", "status", "as_of", "depts", "name", "phone", "target"),
            roles_cell="(주관) {lead} (협조) {coop}",
            coop_sep=", ",
            as_of_label="기준일자",
            lead_label="담당부서",
            status_label="추진상태",
            phone_label="연락처",
            header_words=(("title", "공약사업명"), ("no", "공약번호")),
            web_chrome=("홈 > 시정정보 > 민선8기 공약 > 공약사업 상세", "목록  인쇄  공유"),
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진실적",
            goals_heading="반기별 추진목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            funding_stack="source",
            stack_caption="[{label}]",
            stack_row="금액",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="halves",
            goals_year="{y}년",
            half_actual=True,
            goals_project_label="세부사업",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
            dump_rows="cells",
        ),
        first_seed=99001,
        needs=("goals",),
        markers=("▪", "ㆍ", "-"),
        funding=Funding(
            unit="천원",
            total_col="last",
            total_label="계",
            total_row=True,
            total_row_label="합계",
            scale=(20_000, 900_000),
        ),
        goal_values=True,
    ),
)


FAMILIES += (
    Family(
        name="saeron-city",
        about="a city (시장), session 38: the achievements a table a year block (`▻ 2024년`, the year printed only "
        "there) headed `월 | 추진사항 | 성과`, a level-1 item a row, its month alone in the first cell (`3월`), "
        "the items under it in its content cell, a word in the last (완료, or empty); the status printed after "
        "its progress (`진척도 65% 정상추진`); the funding in plain 원 with no thousands separators "
        "(`125000000`), the total column last; goals with a year column; `▲ Ⅰ.` headings, `⊙` / `-` / `·` "
        "bullets",
        government=("시장", "새론시", "시민", [["국비", "도비", "시비"], ["도비", "시비"]]),
        kind="새론시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▲ {roman}. {label}",
            group_format="▻ {group} ({date})",
            group_plain="▻ {group}",
            bullet1="⊙",
            bullet2="-",
            as_of_line="< {date} >",
            lead_label="담당부서",
            status_label="추진현황",
            phone_label="연락처",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="재원별 투자계획",
            achievements_heading="월별 추진실적",
            goals_heading="연도별 성과목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            achievements_months=("월", "추진사항", "성과"),
            thousands="",
            status_progress="진척도 {pct}% {status}",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="year_col",
            goals_year="{y}년",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=100001,
        needs=("goals", "outreach"),
        markers=("⊙", "-", "·"),
        funding=Funding(
            unit="원",
            total_col="last",
            total_label="합계",
            total_row=True,
            total_row_label="계",
            scale=(20_000_000, 900_000_000),
            grain=1000,
        ),
        goal_values=True,
        month_rows=True,
    ),
    Family(
        name="haneum-county",
        about="a county (군수), session 38: the as-of date printed only in the page footer (`2024. 9. 30. 기준  - 1 -`), "
        "the header two label | value pairs a row without it; the funding with the years down and the sources "
        "across, `지방비` spanning `소계` | `도비` | `군비` (천원); goals a matrix, an indicator a cell over a "
        "`목표` row and a `실적` row, the years across; the status with its progress (`정상추진(65%)`); "
        "`△ 1)` headings, `☆ ... (date)` blocks, `➔` / `-` / `·` bullets",
        government=("군수", "하늠군", "군민", [["국비", "도비", "군비"]]),
        kind="하늠군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="△ {n}) {label}",
            group_format="☆ {group} ({date})",
            group_plain="☆ {group}",
            bullet1="➔",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "name", "coop", "phone", "status", "target"),
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            running_header=True,
            running_text="{kind}",
            running_footer="{as_of} 기준  - {n} -",
            footer_in_dump=True,
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            funding_layout="transposed",
            funding_local_span=("지방비", ("도비", "군비")),
            local_subtotal="소계",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            goals_layout="years_across",
            goals_rows=("목표", "실적"),
            goals_year="{y}",
            goals_project_label="성과지표",
            goals_unit_in_name=True,
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=101001,
        needs=("earlier", "goals", "outreach", "plans", "term8"),
        markers=("➔", "-", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="계",
            total_row=True,
            scale=(10_000, 900_000),
            rows=("국비", "도비", "군비"),
        ),
        goal_years=(2022, 2023, 2024, 2025, 2026),
        status_rate=True,
    ),
)

FAMILIES += (
    Family(
        name="dasol-province",
        about="a province (도지사), session 40: landscape over three or four pages with a running page header and a "
        "`n / total` footer; section headings as shaded one-cell boxes numbered in Roman numerals (`Ⅰ. 사업개요`), "
        "blocks sub-numbered `1) ... (date)`; the header three label | value pairs a wide row, name and phone in "
        "one cell (`홍길동 / 043-123-4567`); the funding over nine years with the 합계 column amid them before "
        "`이후` (백만원, `국비 | 도비 | 시군비` rows); achievements a table a block (`추진일자 | 추진내용 | 비고`, "
        "dates `2024.3.~6.`); goals as prose lines a year (`○ 2025년 목표: … / 실적: …`); the outreach as "
        "sentences",
        government=("도지사", "다솔도", "도민", [["국비", "도비", "시군비"]]),
        kind="다솔도 민선8기 도지사 공약사업 관리카드",
        style=Style(
            heading_format="{roman}. {label}",
            heading_box=True,
            group_format="{num}) {group} ({date})",
            group_plain="{num}) {group}",
            bullet1="○",
            bullet2="-",
            header_layout="pairs",
            header_pairs=3,
            header_keys=("title", "no", "status", "lead", "contact", "as_of", "coop", "target"),
            contact_format="{name} / {phone}",
            as_of_label="작성기준",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            landscape=True,
            running_header=True,
            running_text="{kind}",
            running_footer="{short}  {n} / {total}",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연도별 목표 및 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            achievements_table=("추진일자", "추진내용", "비고"),
            goals_lines="{b} {y}년 목표: {target} / 실적: {actual} ({project}, {status})",
            goals_lines_section=True,
            outreach_layout="sentences",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=11.0,
            line_height=1.7,
            dump="blocks",
        ),
        first_seed=102001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "-", "▪"),
        funding=Funding(
            unit="백만원",
            n_years=9,
            total_col="middle",
            total_label="합계",
            total_row=True,
            after_term="이후",
            scale=(50, 3000),
            rows=("국비", "도비", "시군비"),
        ),
        goal_values=True,
        date_forms="compact",
    ),
    Family(
        name="bitgaram-county",
        about="a county (군수), session 40: the header labels down the first column with the as-of date (`작성일`); "
        "`◐ {n}.` headings, `▣ ... (date)` blocks, `∙` / `ㅡ` bullets; the funding in 천원 with the sources "
        "`국비 | 도비 | 군비 | 기타` and no total row, the 총사업비 column first; a side table of facilities "
        "with 소계 and 합계 rows; goals grouped under year rows with a 달성률 column; the outreach table with "
        "its 계 amid the channels; plans as a table (`추진시기 | 추진내용`); dates `2024.3.~6.`",
        government=("군수", "빛가람군", "군민", [["국비", "도비", "군비", "기타"]]),
        kind="빛가람군 민선8기 군수 공약사업 관리카드",
        style=Style(
            heading_format="◐ {n}. {label}",
            group_format="▣ {group} [{date}]",
            group_plain="▣ {group}",
            bullet1="∙",
            bullet2="ㅡ",
            header_layout="vertical",
            as_of_label="작성일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화",
            overview_heading="사업 개요",
            funding_heading="재원별 투자계획",
            achievements_heading="추진 실적",
            goals_heading="연도별 성과목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 계획",
            effects_heading="기대 효과",
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            goals_project_label="세부사업",
            outreach_layout="prose",
            outreach_prose_plain=True,
            plans_table=("추진시기", "추진내용"),
            funding_layout="transposed",
            unit_in_corner=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=103001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("∙", "ㅡ", "·"),
        funding=Funding(
            unit="천원",
            n_years=8,
            total_col="last",
            total_label="합계",
            total_row=False,
            scale=(20_000, 900_000),
            rows=("국비", "도비", "군비", "기타"),
        ),
        goal_values=True,
        date_forms="compact",
        facility_table="읍면별 시설 현황",
    ),
)

FAMILIES += (
    Family(
        name="hansol-district",
        about="a district (구청장), session 40 (famgen4): the same pledge in two quarters in one file (the second "
        "quarter a new status and more achievements); `【 ① 사업개요 】` headings, `가. ... : date` blocks; "
        "the header pairs with the as-of date (`기준일`) inside the header table; the funding with the years "
        "down and the sources across (`국비 | 시비 | 구비`, 천원), the total column first; goals under "
        "`<2024>` mark rows, values like `186호 공급`, `공정률 71%` (the actual bracketed under the status); the outreach "
        "table with its 계 first; a site photo captioned `[사진 1] ...` after the overview",
        government=("구청장", "한솔구", "구민", [["국비", "시비", "구비"]]),
        kind="한솔구 민선8기 구청장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="【 {circled} {label} 】",
            group_format="{letter}. {group} : {date}",
            group_plain="{letter}. {group}",
            bullet1="❍",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "as_of", "name", "phone", "status", "coop", "target"),
            as_of_label="기준일",
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="연락처",
            overview_heading="사업개요",
            funding_heading="연도별 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과목표 달성현황",
            outreach_heading="{residents}소통 추진실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_layout="transposed",
            goals_rate=True,
            goals_project_label="세부과제",
            outreach_total_at="first",
            figure_caption="[사진 1] 사업 대상지 현황",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.55,
            dump="blocks",
        ),
        first_seed=104001,
        needs=("earlier", "goals", "outreach"),
        markers=("❍", "-", "▪"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(20_000, 900_000),
            rows=("국비", "시비", "구비"),
        ),
        goal_values=True,
        quarters=2,
    ),
    Family(
        name="neulbit-county",
        about="a county (군수), session 40 (famgen4): a four-page card under a running header and `- n -` page "
        "numbers, the funding table (years down, eight years, the sources across, 백만원) broken by a page "
        "and going on WITHOUT its head rows; `▷ 1.` headings, `◆ ... 〈2024.3.〉` blocks, achievements a "
        "dated log (the date first); the header name and phone in one cell; goals with a year column, "
        "`계획 | 실적` heads, a 달성률 and a 비고 column; the outreach as a vertical table with a 참여인원 "
        "column",
        government=("군수", "늘빛군", "군민", [["국비", "도비", "군비"]]),
        kind="늘빛군수 공약사업 관리카드",
        style=Style(
            heading_format="▷ {n}. {label}",
            group_format="◆ {group} 〈{date}〉",
            group_plain="◆ {group}",
            bullet1="▹",
            bullet2="-",
            header_layout="contact_cell",
            contact_format="{name} ☎ {phone}",
            lead_label="담당부서",
            status_label="이행상황",
            running_header=True,
            page_number="- {n} -",
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 및 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            funding_layout="transposed",
            funding_break=4,
            item_date_first=True,
            goals_layout="year_col",
            goals_labels=("계획", "실적"),
            goals_rate=True,
            goals_remark="비고",
            goals_project_label="세부사업",
            outreach_layout="vertical",
            outreach_people="참여인원(명)",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=True,
            font_pt=12.0,
            line_height=2.1,
            dump="blocks",
        ),
        first_seed=105001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("▹", "-", "∘"),
        funding=Funding(
            unit="백만원",
            n_years=8,
            total_col="last",
            total_label="계",
            total_row=True,
            scale=(50, 3000),
            rows=("국비", "도비", "군비"),
        ),
        goal_values=True,
        date_forms="compact",
    ),
)

FAMILIES += (
    Family(
        name="bada-city",
        about="a city (시장), session 41 (famgen5): `제1절` headings, `◎ ... 〈date〉` blocks, `ㅇ` / `-` / `ㆍ` "
        "bullets; the header a vertical label | value table with 공약번호 `3-2-1` and a 관련부서 list; the funding "
        "in 백만원 with one decimal (`1,234.5`), every period over `계획 | 집행` sub-columns (the plan figures the "
        "record's), 총사업비 first; goals with a year column and the first target beside the revised one "
        "(`당초목표 | 변경목표 | 실적 | 달성률`: the record's target the revised one); dates `'24. 3월초`, "
        "`2024.03월`, `'24. 3Q`, `'23. 3월 ~ '26. 12월`",
        government=("시장", "바다시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="바다시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="제{n}절 {label}",
            group_format="◎ {group} 〈{date}〉",
            group_plain="◎ {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="vertical",
            header_words=(("no", "공약번호"), ("coop", "관련부서"), ("target", "사업목표")),
            as_of_label="작성기준일",
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="연락처",
            coop_sep=", ",
            overview_heading="사업 개요",
            funding_heading="재원별 예산 확보 및 집행 현황",
            achievements_heading="추진 실적",
            goals_heading="성과목표 변경 및 달성 현황",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_pair="columns",
            pair_labels=("계획", "집행"),
            amount_decimals=1,
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_labels=("변경목표", "실적"),
            goals_original="당초목표",
            goals_order=("original", "target", "actual", "rate", "status"),
            goals_rate=True,
            outreach_total_last=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=106001,
        needs=("earlier", "goals", "outreach"),
        markers=("ㅇ", "-", "ᆞ"),
        mgmt_format="{k}-{k2}-{n}",
        funding=Funding(
            unit="백만원",
            decimals=1,
            n_years=4,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 3000),
        ),
        goal_values=True,
        date_forms="bada",
    ),
    Family(
        name="sansu-county",
        about="a county (군수), session 41 (famgen5): `[Ⅰ] ...` headings, `▪ ... : date` blocks, `∙` / `–` "
        "bullets; the header labels over values four a band; the funding with the years down and the sources "
        "across in 억원 with one decimal (the unit in the corner cell, the 계 column last, the 계 row last); "
        "goals grouped under year rows with a `추진율` column; the outreach a table of the channels down and "
        "the years across (each channel's 계 last, a 합계 row last); dates `'24.下`, `2024년 3월경`, "
        "`'24년 3/4`, `'24. 3.~9월`",
        government=("군수", "산수군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "기타"]]),
        kind="산수군 민선8기 군수 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="[{roman}] {label}",
            group_format="▪ {group} : {date}",
            group_plain="▪ {group}",
            bullet1="∙",
            bullet2="–",
            header_layout="bands",
            header_pairs=4,
            header_keys=("no", "title", "lead", "status", "name", "phone", "coop", "as_of", "target"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화",
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="주요 추진실적",
            goals_heading="연차별 목표 대비 실적",
            outreach_heading="{residents} 소통 실적(연도별)",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            funding_layout="transposed",
            unit_in_corner=True,
            amount_decimals=1,
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            goals_rate_label="추진율",
            goals_project_label="사업명",
            outreach_layout="channel_years",
            outreach_channel_years="구분",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=True,
            font_pt=11.0,
            line_height=1.7,
            dump="blocks",
        ),
        first_seed=107001,
        needs=("earlier", "goals", "outreach"),
        markers=("∙", "–", "ㆍ"),
        funding=Funding(
            unit="억원",
            decimals=1,
            n_years=6,
            total_col="last",
            total_label="계",
            total_row=True,
            total_row_last=True,
            scale=(5, 300),
        ),
        goal_values=True,
        date_forms="sansu",
    ),
)

FAMILIES += (
    Family(
        name="olbit-city",
        about="a city (시장), session 42 (famgen7): `▷ 1)` headings, `◐ ... (date)` blocks, `◦` / `-` / `⋅` "
        "bullets; the as-of date on the title's line (`... 관리카드 (2025. 9월말 현재)`); the header label | "
        "value pairs two a row with two pledge numbers, the province's (`도 공약번호` `도-3-12`, not in the "
        "record) before the city's own (`시 공약번호`); the funding in 천원 with no thousands separators "
        "(`1250000`), 총사업비 first, the 계 row first and two rows after the sources that are no source "
        "(`전년도 이월`, `불용액`: money carried in or left unspent, not in the record); goals with a year "
        "column; dates `2024. 9월말`, `'24. 3/4`, `2024. 하반기`",
        government=("시장", "올빛시", "시민", [["국비", "도비", "시비"], ["도비", "시비", "민자"]]),
        kind="올빛시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▷ {n}) {label}",
            group_format="◐ {group} ({date})",
            group_plain="◐ {group}",
            bullet1="◦",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=(
                "upper",
                "no",
                "title",
                "status",
                "lead",
                "name",
                "phone",
                "coop",
                "target",
                "as_of",
            ),
            header_words=(("no", "시 공약번호"),),
            upper_no="도 공약번호",
            upper_no_format="도-{k}-{n}",
            title_as_of=" ({date})",
            as_of_label="작성기준",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            overview_heading="사업개요",
            funding_heading="재원별 투자현황",
            achievements_heading="추진실적",
            goals_heading="연차별 성과목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_after_rows=("전년도 이월", "불용액"),
            thousands="",
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=112001,
        needs=("earlier", "goals", "outreach"),
        markers=("◦", "-", "⋅"),
        funding=Funding(
            unit="천원",
            n_years=4,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(20000, 900000),
        ),
        goal_values=True,
        date_forms="olbit",
    ),
    Family(
        name="nadeul-county",
        about="a county (군수), session 42 (famgen7): `■ Ⅰ)` headings, `□ ... 【date】` blocks, `ㅇ` / `–` / `∙` "
        "bullets; the header labels over values three a band; the funding with the years down and the sources "
        "across (백만원, the 합계 column last, the 총사업비 row first) and a last `재원 분담` column of each "
        "year's shares as text (`국비 50% · 도비 15% · 군비 35%`, not in the record); the outreach a flat log "
        "of events (`일자 | 구분 | 주요내용 | 횟수 | 참석인원`: the channels interleaved by date, `2회`, "
        "`120명`, a 합계 row; the record's count a channel its events summed); dates `'24년 9월`, "
        "`2024.9월중`, `'24년 3분기`, `'24.3월~'25.6월`",
        government=("군수", "나들군", "군민", [["국비", "도비", "군비"], ["국비", "군비", "민자"]]),
        kind="나들군 민선8기 군수 공약사업 추진상황 카드",
        style=Style(
            heading_format="■ {roman}) {label}",
            group_format="□ {group} 【{date}】",
            group_plain="□ {group}",
            bullet1="ㅇ",
            bullet2="–",
            header_layout="bands",
            header_pairs=3,
            header_keys=("no", "title", "status", "lead", "name", "phone", "coop", "as_of", "target"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화",
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="주요 추진실적",
            goals_heading="연차별 목표 및 실적",
            outreach_heading="{residents} 소통 추진현황",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            funding_layout="transposed",
            year_shares="재원 분담",
            outreach_events=("일자", "구분", "주요내용", "횟수", "참석인원"),
            goals_layout="year_group",
            goals_year="{y}년",
            goals_rate=True,
            goals_project_label="사업명",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=113001,
        needs=("earlier", "goals", "outreach"),
        markers=("ㅇ", "–", "∙"),
        funding=Funding(
            unit="백만원",
            n_years=5,
            total_col="last",
            total_label="합계",
            total_row=True,
            scale=(50, 3000),
        ),
        goal_values=True,
        date_forms="nadeul",
        outreach_log=True,
    ),
)

FAMILIES += (
    Family(
        name="sarang-city",
        about="a city (시장), session 42 (famgen6): `◆ 1.` headings, `○ ... [date]` blocks, `-` / `ㆍ` bullets; "
        "the header a vertical label | value table (공약번호, 관련부서); the funding in 백만원, 계 first; goals with a "
        "year column and two actual columns, the year's and its running total beside it, then a column of word "
        "reasons why a goal lags (`연도 | 세부사업 | 연간목표 | 실적 | 누계실적 | 달성률 | 추진상황 | 부진사유`: "
        "the record's actual the year's, no 누계 nor 부진사유 in it); dates `'24. 3월중`, `2024. 03.`, "
        "`2024년 3분기`",
        government=("시장", "사랑시", "시민", [["국비", "도비", "시비"], ["도비", "시비", "민자"]]),
        kind="사랑시 민선8기 공약사업 관리카드",
        style=Style(
            heading_format="◆ {n}. {label}",
            group_format="○ {group} [{date}]",
            group_plain="○ {group}",
            bullet1="-",
            bullet2="ㆍ",
            header_layout="vertical",
            header_words=(("no", "공약번호"), ("coop", "관련부서")),
            as_of_label="작성기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="연락처",
            coop_sep=", ",
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 성과목표 및 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_labels=("연간목표", "실적"),
            goals_extra=("", "누계실적", "", "부진사유"),
            goals_order=("target", "actual", "cumulative", "rate", "status", "reason"),
            goals_rate=True,
            outreach_total_last=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=110001,
        needs=("earlier", "goals", "outreach"),
        markers=("-", "ㆍ", "·"),
        mgmt_format="{k}-{n}",
        funding=Funding(unit="백만원", n_years=4, total_col="first", total_label="계", total_row=True),
        goal_values=True,
        date_forms="sarang",
    ),
    Family(
        name="pureun-county",
        about="a county (군수), session 42 (famgen6): `▶ 1)` headings, `◇ ... : date` blocks, `∘` / `–` bullets; "
        "the header labels over values three a band; the funding transposed in 천원; goals grouped under year rows "
        "with the project's whole-term target before the year's and the change of the actual from the year "
        "before after it (`사업명 | 총괄목표 | 연차목표 | 실적 | 전년대비 | 달성률 | 추진상황`: the record's target "
        "the year's, no 총괄목표 nor 전년대비 in it); dates `24. 3월`, `2024년 03월`, `'24년 3분기`",
        government=("군수", "푸른군", "군민", [["국비", "도비", "군비"], ["국비", "군비", "기타"]]),
        kind="푸른군 민선8기 군수 공약 추진상황 카드",
        style=Style(
            heading_format="▶ {n}) {label}",
            group_format="◇ {group} : {date}",
            group_plain="◇ {group}",
            bullet1="∘",
            bullet2="–",
            header_layout="bands",
            header_pairs=3,
            header_keys=("no", "title", "status", "lead", "name", "phone", "coop", "as_of", "target"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화번호",
            overview_heading="사업 개요",
            funding_heading="재원별 투자계획",
            achievements_heading="그간 추진실적",
            goals_heading="성과목표 달성 현황",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            section_order=("overview", "goals", "funding", "achievements", "outreach", "plans", "effects"),
            funding_layout="transposed",
            goals_layout="year_group",
            goals_year="[{y}년]",
            goals_project_label="사업명",
            goals_labels=("연차목표", "실적"),
            goals_extra=("총괄목표", "", "전년대비", ""),
            goals_order=("whole", "target", "actual", "change", "rate", "status"),
            goals_rate=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.7,
            dump="blocks",
        ),
        first_seed=111001,
        needs=("earlier", "goals", "outreach"),
        markers=("∘", "–", "·"),
        funding=Funding(
            unit="천원",
            n_years=5,
            total_col="last",
            total_label="계",
            total_row=True,
            total_row_last=True,
            scale=(20000, 900000),
        ),
        goal_values=True,
        date_forms="pureun",
    ),
)

FAMILIES += (
    Family(
        name="meari-city",
        about="a city (시장), session 43 (famgen9): `⊙ Ⅰ.` headings, `▸ ... ≪date≫` blocks, `○` / `－` / `∙` "
        "bullets; no header table: the header facts a list of `항목 : 내용` lines under the title; the funding "
        "in 백만원 with one decimal (`12.5`), its year columns named by the plan's ordinals alone (`1차년도`, "
        "`2차년도`, ...: no head prints its year) and the years told in a note under the table (`※ 1차년도: "
        "2024년, 2차년도: 2025년, ...`, the note not in the record, the columns' years are), 합계 last; the "
        "achievements a table `일자 | 추진내용 | 비고`, the plans a table `추진기간 | 추진계획`; goals with a "
        "year column; dates `2024. 9.`, `'24. 3/4분기`, `2024. 하반기`",
        government=("시장", "메아리시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="메아리시 민선8기 공약이행 관리카드",
        style=Style(
            heading_format="⊙ {roman}. {label}",
            group_format="▸ {group} ≪{date}≫",
            group_plain="▸ {group}",
            bullet1="○",
            bullet2="－",
            header_layout="lines",
            header_line="{label} : {value}",
            lead_label="담당부서",
            status_label="이행상황",
            as_of_line="〈{date}〉",
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 성과지표",
            outreach_heading="{residents}소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            achievements_table=("일자", "추진내용", "비고"),
            plans_table=("추진기간", "추진계획"),
            amount_decimals=1,
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            year_suffix=False,
            unit_format="(단위 : {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=114001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "－", "∙"),
        funding=Funding(
            unit="백만원",
            n_years=4,
            total_col="last",
            total_label="합계",
            total_row=True,
            scale=(30, 2500),
            decimals=1,
            ordinals=(("{n}차년도", "{n}차년도"),),
            ordinal_note=("※ {items}", "{label}: {y}년"),
        ),
        goal_values=True,
        date_forms="meari",
    ),
    Family(
        name="doldam-county",
        about="a county (군수), session 43 (famgen9): `▧ 1.` headings, `◇ ... 【date】` blocks, `❍` / `–` / `·` "
        "bullets; the header label | value pairs two a row (labels in the first and third columns); the funding "
        "in 천원, 총사업비 first, a 기투자 column; goals grouped by year; the outreach in sentences; the effects "
        "a table of rows `구분 | 기대효과`, a short kind in the first cell (`주민생활`, `지역경제`, ...: not in "
        "the record) and the effect in the second, no bullet; dates `2024년 9월`, `'24.9.`, `2024년 3/4분기`",
        government=("군수", "돌담군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "민자"]]),
        kind="돌담군 민선8기 군수 공약사업 추진 관리카드",
        style=Style(
            heading_format="▧ {n}. {label}",
            group_format="◇ {group} 【{date}】",
            group_plain="◇ {group}",
            bullet1="❍",
            bullet2="–",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "status", "lead", "name", "phone", "coop", "target", "as_of"),
            as_of_label="작성기준일",
            lead_label="소관부서",
            status_label="추진현황",
            phone_label="전화번호",
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="그간 추진실적",
            goals_heading="연도별 목표 및 실적",
            outreach_heading="{residents}과의 소통",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            outreach_layout="sentences",
            effects_rows=("구분", "기대효과"),
            effects_kinds=("주민생활", "지역경제", "행정", "환경"),
            goals_layout="year_group",
            goals_year="[{y}년]",
            goals_rate=True,
            goals_project_label="사업명",
            year_format="{y}년",
            unit_format="[단위: {unit}]",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=115001,
        needs=("earlier", "goals", "outreach"),
        markers=("❍", "–", "·"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            prior=True,
            prior_label="기투자",
            scale=(20000, 900000),
        ),
        goal_values=True,
        date_forms="doldam",
    ),
)

FAMILIES += (
    Family(
        name="hamkke-city",
        about="a city (시장), session 43 (famgen8): `◉ 1)` headings, `◈ ... 《date》` blocks, `▪` / `ㆍ` bullets; "
        "the header two label | value pairs a row; the funding in 백만원, 합계 last; goals with a year column whose "
        "actual head spans the quarters' own actuals and the year's (`연도 | 세부사업 | 연간목표 | 실적` over "
        "`1/4 | 2/4 | 3/4 | 4/4 | 계`, then 달성률 and 추진상황: the record's actual the year's total, never a "
        "quarter; a quarter not yet reported `-`; two cards in five print no total: the actual null); dates `2024. 3월경`, `2024. 3/4분기`",
        government=("시장", "함께시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="함께시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="◉ {n}) {label}",
            group_format="◈ {group} 《{date}》",
            group_plain="◈ {group}",
            bullet1="▪",
            bullet2="ㆍ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "status", "lead", "name", "phone", "coop", "as_of", "target"),
            as_of_label="작성기준",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            overview_heading="사업개요",
            funding_heading="연도별 재원 투자계획",
            achievements_heading="그간 추진실적",
            goals_heading="연차별 목표 및 분기별 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            goals_layout="quarter_actuals",
            goals_project_label="세부사업",
            goals_labels=("연간목표", "실적"),
            goals_quarter_heads=("1/4", "2/4", "3/4", "4/4", "계"),
            goals_quarter_untotalled=True,
            goals_rate=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=116001,
        needs=("earlier", "goals", "outreach"),
        markers=("▪", "ㆍ", "·"),
        funding=Funding(unit="백만원", n_years=4, total_col="last", total_label="합계", total_row=True),
        goal_values=True,
        date_forms="hamkke",
    ),
    Family(
        name="barun-county",
        about="a county (군수), session 43 (famgen8): `▲ 1.` headings, `◐ ... ＜date＞` blocks, `○` / `–` bullets; "
        "the header labels down the first column; the funding transposed in 천원; goals with the project first and "
        "its years under it, a unit column, the indicator's baseline before the target and the actual less the "
        "target after the actual (`사업명 | 연도 | 단위 | 기준치 | 목표치 | 실적 | 증감 | 추진상황`: the record's "
        "target and actual, no baseline nor difference in it; `+3` / `-12`); dates `'24.3월`, `2024년 제3분기`",
        government=("군수", "바른군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "기타"]]),
        kind="바른군 민선8기 군수 공약 이행 관리카드",
        style=Style(
            heading_format="▲ {n}. {label}",
            group_format="◐ {group} ＜{date}＞",
            group_plain="◐ {group}",
            bullet1="○",
            bullet2="–",
            header_layout="vertical",
            as_of_label="기준일자",
            lead_label="주관부서",
            status_label="이행상황",
            phone_label="전화",
            overview_heading="사업 개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="성과지표 관리",
            outreach_heading="{residents} 의견수렴 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            section_order=("overview", "achievements", "goals", "funding", "outreach", "plans", "effects"),
            funding_layout="transposed",
            goals_layout="baseline",
            goals_project_label="사업명",
            goals_labels=("목표치", "실적"),
            goals_baseline=("단위", "기준치|기준연도 실적|'{yy}년 실적(기준)", "증감|증감(실적-목표)|차이"),
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=True,
            font_pt=10.5,
            line_height=1.7,
            dump="blocks",
        ),
        first_seed=117001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "–", "∙"),
        funding=Funding(
            unit="천원",
            n_years=5,
            total_col="first",
            total_label="계",
            total_row=True,
            scale=(20000, 900000),
        ),
        goal_values=True,
        date_forms="barun",
    ),
)

FAMILIES += (
    Family(
        name="hanaro-county",
        about="a county (군수), session 44 (famgen10): `◇ 1)` headings, `◦ ... 〔date〕` blocks, `ㅇ` / `ㆍ` bullets; "
        "the header two label | value pairs a row; the funding in 천원, 계 first; goals with the project first and "
        "its years under it, the actual head SPANNING the half-years' own actuals and the year's (`세부사업 | 연도 | "
        "목표 | 추진실적` over `상반기 | 하반기 | 연간`, then 추진상황: the record's actual the year's 연간, never a "
        "half; a half not yet reported `-`); two cards in five print the halves only, no 연간: the actual null; "
        "dates `2024. 3.`, `'24년 3/4분기`",
        government=("군수", "하나로군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "민자"]]),
        kind="하나로군 민선8기 군수 공약사업 추진 관리카드",
        style=Style(
            heading_format="◇ {n}) {label}",
            group_format="◦ {group} 〔{date}〕",
            group_plain="◦ {group}",
            bullet1="ㅇ",
            bullet2="ㆍ",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "status", "name", "phone", "as_of", "coop", "target"),
            as_of_label="기준일",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="전화",
            overview_heading="사업 개요",
            funding_heading="재원 확보 계획",
            achievements_heading="주요 추진실적",
            goals_heading="연도별 목표 및 반기별 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            section_order=("overview", "goals", "funding", "achievements", "outreach", "plans", "effects"),
            goals_layout="quarter_actuals",
            goals_project_label="세부사업",
            goals_labels=("목표", "추진실적"),
            goals_quarter_heads=("상반기", "하반기", "연간"),
            goals_quarter_untotalled=True,
            goals_project_first=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=118001,
        needs=("earlier", "goals", "outreach"),
        markers=("ㅇ", "ㆍ", "∙"),
        funding=Funding(
            unit="천원", n_years=4, total_col="first", total_label="계", total_row=True, scale=(20000, 900000)
        ),
        goal_values=True,
        date_forms="hanaro",
    ),
    Family(
        name="saessak-city",
        about="a city (시장), session 44 (famgen10): `□ 1)` headings, `▹ ... ≪date≫` blocks, `●` / `–` bullets; "
        "the header labels down the first column; the funding in 백만원, 합계 last; goals grouped under `[2025년]` "
        "rows (`단위사업 | 목표 | 실적 | 공정률(%) | 추진상황`), a bare progress percent beside the actual (100 done, "
        "0 not begun; not in the record, never the actual) and each year's group closed by a `계` row (the year's "
        "targets and actuals summed where they share a unit, `-` else, the progress's mean: no goal); dates "
        "`2024년 3월`, `2024. 3분기`",
        government=("시장", "새싹시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "기타"]]),
        kind="새싹시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="□ {n}) {label}",
            group_format="▹ {group} ≪{date}≫",
            group_plain="▹ {group}",
            bullet1="●",
            bullet2="–",
            header_layout="vertical",
            as_of_label="작성기준일",
            lead_label="담당부서",
            status_label="이행상황",
            phone_label="연락처",
            overview_heading="사업개요",
            funding_heading="연차별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 목표 및 공정",
            outreach_heading="{residents} 참여 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            goals_layout="year_group",
            goals_year="[{y}년]",
            goals_project_label="단위사업",
            goals_labels=("목표", "실적"),
            goals_order=("target", "actual", "progress", "status"),
            goals_progress="공정률(%)",
            goals_sum_row="계",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=119001,
        needs=("earlier", "goals", "outreach"),
        markers=("●", "–", "·"),
        funding=Funding(unit="백만원", n_years=4, total_col="last", total_label="합계", total_row=True),
        goal_values=True,
        date_forms="saessak",
    ),
)

FAMILIES += (
    Family(
        name="bitsaem-city",
        about="a city (시장), session 44 (famgen11): a landscape card in two panes (a borderless 1x2 layout "
        "table): the overview (its 주요내용 a table of sub-projects) and the funding BY SUB-PROJECT (a 세부사업 "
        "cell spanning its 소계 and source rows, the whole under 합계 last, 천원 with the unit told once for the "
        "card under the title, `(금액 단위: 천원)`) in the left pane, the goals (a year column, a 세부사업 column, 달성률) and the "
        "achievements in the right; the plans a quarter schedule (● under `1/4` .. `4/4`); `❖ n)` headings, "
        "`◆ ... 〔date〕` blocks, `▫` / `-` bullets",
        government=("시장", "빛샘시", "시민", [["국비", "도비", "시비"], ["도비", "시비", "기타"]]),
        kind="빛샘시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="❖ {n}) {label}",
            group_format="◆ {group} 〔{date}〕",
            group_plain="◆ {group}",
            bullet1="▫",
            bullet2="-",
            header_layout="pairs",
            header_pairs=3,
            header_keys=("title", "no", "status", "lead", "name", "phone", "coop", "as_of", "target"),
            as_of_label="작성기준",
            lead_label="주관부서",
            status_label="추진상태",
            phone_label="연락처",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            two_pane=(("overview", "funding"), ("goals", "achievements")),
            overview_projects=("세부사업", "내용", "사업량"),
            funding_projects=("세부사업", "재원"),
            subtotal_total="합계",
            unit_on_card="(금액 단위: {unit})",
            funding_span="연차별 투자계획",
            plans_quarters="추진계획",
            year_format="{y}년",
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_rate=True,
            landscape=True,
            overview_heading="사업 개요",
            funding_heading="세부사업별 재원계획",
            achievements_heading="추진 실적",
            goals_heading="연차별 목표 및 실적",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            spaced_labels=False,
            font_pt=9.0,
            line_height=1.4,
            dump="blocks",
        ),
        first_seed=120001,
        needs=("earlier", "goals", "outreach", "plans"),
        markers=("▫", "-", "⋅"),
        funding=Funding(
            unit="천원",
            total_col="first",
            total_label="총사업비",
            total_row=True,
            rows=("국비", "도비", "시비"),
            scale=(20000, 900000),
        ),
        goal_values=True,
        sub_projects=True,
        quarter_plans=True,
    ),
    Family(
        name="moraenae-county",
        about="a county (군수), session 44 (famgen11): the whole body ONE table of one column (every section a "
        "shaded title row over a row holding its lines and tables); the achievements a log table a block (`연도 | 월 | "
        "추진내용`, the year and month cells spanning their items), the plans a Gantt chart (`1월` .. `12월` "
        "under the plans' year, ○ marks), the outreach one line of prose (`보도자료 3건, 설명회 2회 등`, no "
        "total); the funding transposed (years down) in 천원 with the unit only in a `※ 단위` note under the "
        "table; `〈n〉` headings, labels down the header's first column",
        government=("군수", "모래내군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "기타"]]),
        kind="모래내군 민선8기 군수 공약 추진 관리카드",
        style=Style(
            heading_format="〈{n}〉 {label}",
            group_format="▩ {group} ({date})",
            group_plain="▩ {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="vertical",
            as_of_label="기준일",
            header_words=(("title", "공약명"), ("no", "공약번호")),
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="전화",
            section_order=("overview", "funding", "goals", "achievements", "plans", "outreach", "effects"),
            sections_table=True,
            funding_layout="transposed",
            unit_note="※ 단위: {unit}",
            achievements_log=("연도", "월", "추진내용"),
            plans_gantt="세부과제",
            gantt_mark="○",
            outreach_open="{b} {channels} 등",
            outreach_units=(("media", "건"),),
            year_format="{y}년",
            goals_layout="year_col",
            goals_project_label="사업명",
            overview_heading="사업개요",
            funding_heading="연도별 투자계획",
            achievements_heading="추진실적",
            goals_heading="연차별 성과목표",
            plans_heading="향후 추진일정",
            effects_heading="기대효과",
            outreach_heading="{residents} 소통 실적",
            effect_arrow=False,
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=121001,
        needs=("earlier", "goals", "plans2"),
        markers=("ㅇ", "-", "‧"),
        funding=Funding(
            unit="천원", total_col="last", total_label="합계", total_row=True, scale=(20000, 900000)
        ),
        goal_values=True,
        outreach_words=True,
        log_achievements=True,
        month_plans=True,
    ),
)

FAMILIES += (
    Family(
        name="haru-city",
        about="a city (시장), session 45 (famgen12): `■{n}.` headings, `◈ ... [date]` blocks, `○` / `-` / `▸` bullets; "
        "the header two label | value pairs a row; the funding in 백만원, 합계 last; goals TRANSPOSED (years across "
        "under a spanning `연도별 목표 및 실적` head, a project's cell over its 목표 / 실적 / 추진상황 rows) with a "
        "TERM-TOTAL column after the years (`임기 계`, `계('23~'26)`, `2023~2026 합산`; a project's goals in one unit, `80호`, `3.5km`, `공정률 60%`: the project's targets and "
        "actuals summed where they share a count or measure unit, `-` else; no goal, never a year's figure); dates "
        "`2024. 03.`, `2024년 3/4분기`",
        government=("시장", "하루시", "시민", [["국비", "도비", "시비"], ["국비", "시비"]]),
        kind="하루시 민선8기 시장 공약사업 추진상황 관리카드",
        style=Style(
            heading_format="■{n}. {label}",
            group_format="◈ {group} [{date}]",
            group_plain="◈ {group}",
            bullet1="○",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("title", "no", "lead", "status", "name", "phone", "as_of", "coop", "target"),
            as_of_label="작성기준",
            lead_label="소관부서",
            status_label="추진상황",
            phone_label="전화번호",
            overview_heading="사업개요",
            funding_heading="소요예산 및 재원",
            achievements_heading="추진실적",
            goals_heading="연도별 목표 및 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            goals_layout="years_across",
            goals_year="{y}년",
            goals_span="연도별 목표 및 실적",
            goals_rows=("목표", "실적", "추진상황"),
            goals_term_total="임기 계|계('{yy1}~'{yy2})|{y1}~{y2} 합산",
            goals_term_first=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=122001,
        needs=("earlier", "goals", "outreach"),
        markers=("○", "-", "▸"),
        funding=Funding(unit="백만원", n_years=4, total_col="last", total_label="합계", total_row=True),
        project_unit_goals=True,
        date_forms="haru",
    ),
    Family(
        name="bomnal-county",
        about="a county (군수), session 45 (famgen12): `Ⅰ. {n})` headings, `▣ ... 【date】` blocks, `◦` / `ㆍ` / `▪` "
        "bullets; the header labels down the first column; the funding in 천원, 계 first; goals with a year column "
        "and every goal a BARE COUNT in ONE unit printed in the heads only (`연도 | 세부사업 | 목표(개소) | "
        "실적(개소) | 전년대비 증감 | 추진상황`: the record's target and actual the bare figures, their unit the "
        "head's), a year-on-year difference of the actuals beside them (`+3`, `△2`; no goal's figure); dates "
        "`'24. 3.`, `'24. 3분기`",
        government=("군수", "봄날군", "군민", [["국비", "도비", "군비"], ["도비", "군비"]]),
        kind="봄날군 민선8기 공약사업 관리카드",
        style=Style(
            heading_format="Ⅰ. {n}) {label}",
            group_format="▣ {group} 【{date}】",
            group_plain="▣ {group}",
            bullet1="◦",
            bullet2="ㆍ",
            header_layout="vertical",
            as_of_label="기준일자",
            lead_label="담당부서",
            status_label="추진상태",
            phone_label="연락처",
            overview_heading="사업 개요",
            funding_heading="재원 계획",
            achievements_heading="그간 추진실적",
            goals_heading="연차별 목표 대비 실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 일정",
            effects_heading="기대효과",
            section_order=("overview", "goals", "funding", "achievements", "outreach", "plans", "effects"),
            goals_layout="year_col",
            goals_project_label="세부사업",
            goals_labels=("목표", "실적"),
            goals_order=("target", "actual", "change", "status"),
            goals_extra=("", "", "전년대비 증감", ""),
            goals_head_unit=True,
            year_format="{y}년",
            unit_format="(단위: {unit})",
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.6,
            dump="blocks",
        ),
        first_seed=123001,
        needs=("earlier", "goals", "outreach"),
        markers=("◦", "ㆍ", "▪"),
        funding=Funding(
            unit="천원", n_years=4, total_col="first", total_label="계", total_row=True, scale=(20000, 900000)
        ),
        head_unit_goals=("개소", "명", "건", "회"),
        date_forms="bomnal",
    ),
)

FAMILIES += (
    Family(
        name="gamro-city",
        about="a city (시장), session 45 (famgen13): the funding's unit told ONLY on a right-aligned caption "
        "line ABOVE the funding section's heading (`(단위: 백만원)`, far from the table: nothing at the table "
        "names it), amounts in 백만원 with one decimal (`12.5`), and two columns after the years that are no "
        "period (`전년도 이월` | `불용`: money carried in or left unspent, small amounts, not in the record); "
        "the achievements a table a block (`일자 | 추진내용 | 비고`, multi-line cells), the outreach channels "
        "down and years across, the effects a two-column `정량적 효과 | 정성적 효과` table, a `주1)` footnote "
        "with figures of its own under the goal table (none a goal's); the header three label | value pairs a "
        "row (a 6-column grid), the as-of date its last cell; `▥ n)` headings, `◈ ... <date>` blocks, `∘` / "
        "`-` / `‧` bullets",
        government=("시장", "감로시", "시민", [["국비", "도비", "시비"], ["국비", "시비", "민자"]]),
        kind="감로시 민선8기 시장 공약사업 관리카드",
        style=Style(
            heading_format="▥ {n}) {label}",
            group_format="◈ {group} <{date}>",
            group_plain="◈ {group}",
            bullet1="∘",
            bullet2="-",
            header_layout="pairs",
            header_pairs=3,
            header_keys=("title", "no", "status", "lead", "name", "phone", "coop", "target", "as_of"),
            as_of_label="기준일",
            lead_label="담당부서",
            status_label="추진상황",
            phone_label="연락처",
            section_order=("overview", "funding", "goals", "achievements", "outreach", "plans", "effects"),
            unit_above_heading="(단위: {unit})",
            funding_after_cols=("전년도 이월", "불용"),
            amount_decimals=1,
            achievements_table=("일자", "추진내용", "비고"),
            outreach_layout="channel_years",
            outreach_channel_years="구분",
            effects_split=("정량적 효과", "정성적 효과"),
            goals_footnotes=("주1) 2024년 실적은 9월말 누계이며, 대상 1,250가구 중 사업 참여 신청 기준임",),
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="세부사업",
            year_format="{y}년",
            overview_heading="사업개요",
            funding_heading="연도별 투자계획",
            goals_heading="연차별 목표 및 실적",
            achievements_heading="추진실적",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후 추진계획",
            effects_heading="기대효과",
            effect_arrow=False,
            spaced_labels=False,
            font_pt=10.0,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=124001,
        needs=("earlier", "goals", "outreach"),
        markers=("∘", "-", "‧"),
        funding=Funding(
            unit="백만원",
            decimals=1,
            total_col="first",
            total_label="총사업비",
            total_row=True,
            scale=(50, 9000),
        ),
        goal_values=True,
    ),
    Family(
        name="nabi-county",
        about="a county (군수), session 45 (famgen13): a card continued on a second page: the goal table broken "
        "by the page break (at a row no year cell spans) and its rest under a `(계속)` line with its head NOT "
        "printed again, the header table printed again atop the second page over that line; the funding in "
        "천원 with `주1)` / `주2)` footnotes under it whose figures are in another unit or are no amount (`특별교부세 "
        "120백만원 포함`, `집행률 87.5%`); the header two label | value pairs a row; `◑ Ⅰ)` headings, "
        "`▷ ... 〔date〕` blocks, `ㅇ` / `-` / `⋅` bullets",
        government=("군수", "나비군", "군민", [["국비", "도비", "군비"], ["도비", "군비", "기타"]]),
        kind="나비군 민선8기 군수 공약사업 추진카드",
        style=Style(
            heading_format="◑ {roman}) {label}",
            group_format="▷ {group} 〔{date}〕",
            group_plain="▷ {group}",
            bullet1="ㅇ",
            bullet2="-",
            header_layout="pairs",
            header_pairs=2,
            header_keys=("no", "title", "lead", "coop", "name", "phone", "status", "target", "as_of"),
            as_of_label="작성기준",
            lead_label="주관부서",
            status_label="추진상황",
            phone_label="전화",
            section_order=("overview", "funding", "achievements", "goals", "outreach", "plans", "effects"),
            funding_footnotes=(
                "주1) 2023년 국비에는 특별교부세 120백만원이 포함됨",
                "주2) 2024년 9월말 예산 집행률 87.5%",
            ),
            goals_continued=1,
            continued_caption="(계속)",
            header_repeat=True,
            goals_layout="year_col",
            goals_rate=True,
            goals_project_label="사업명",
            year_format="{y}년",
            unit_format="(단위: {unit})",
            overview_heading="사업개요",
            funding_heading="재원 투자계획",
            achievements_heading="추진실적",
            goals_heading="연도별 성과목표",
            outreach_heading="{residents} 소통 실적",
            plans_heading="향후계획",
            effects_heading="기대효과",
            spaced_labels=False,
            font_pt=10.5,
            line_height=1.5,
            dump="blocks",
        ),
        first_seed=125001,
        needs=("earlier", "goals", "outreach"),
        markers=("ㅇ", "-", "⋅"),
        funding=Funding(
            unit="천원", total_col="last", total_label="계", total_row=True, scale=(20000, 900000)
        ),
        goal_values=True,
    ),
)

BY_NAME = {f.name: f for f in FAMILIES}

_NEEDS = {
    "earlier": lambda r: len({a["group"] for a in r["achievements"]}) > 1,
    "goals": lambda r: len(r["goals"]) >= 2,
    "outreach": lambda r: r["outreach"] is not None,
    "long": lambda r: len(r["achievements"]) >= 24,
    "tables": lambda r: bool(r["tables"]),
    "quarter": lambda r: r["as_of"]["precision"] == "quarter",
    "plans": lambda r: bool(r["plans"]),
    "plans2": lambda r: len(r["plans"]) >= 2,
    "term8": lambda r: (
        2024 <= int(r["as_of"]["end"][:4]) <= 2026 and r["overview"]["period"]["start"][:4] >= "2022"
    ),
}


def family_seeds(fam: Family, n: int = 2) -> list[int]:
    """The first ``n`` seeds from ``fam.first_seed`` whose records have everything ``fam.needs``."""
    out, seed = [], fam.first_seed
    while len(out) < n:
        if seed - fam.first_seed > 1000:
            raise ValueError(
                f"{fam.name}: no {n} seeds in 1000 from {fam.first_seed} have {', '.join(fam.needs)}"
            )
        recs = family_records(fam, seed)
        if all(_NEEDS[k](r) for k in fam.needs for r in recs):
            out.append(seed)
        seed += 1
    return out
