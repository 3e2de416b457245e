"""Lay a card record out as printable blocks (paragraphs and tables with merged cells).

Every renderer (HWPX/HWP, PDF) draws the same :class:`Para` / :class:`Grid` sequence, so the
formats differ only in how they draw it. The text printed here is what the expected record says:
markers before bullets, ``text : date`` for dated items, money in the card's unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from samples.style import Style

Record = dict[str, Any]

RESIDENTS = {"도지사": "도민", "시장": "시민", "군수": "군민", "구청장": "구민"}


@dataclass(slots=True)
class Para:
    text: str
    role: str = "body"  # title | heading | group | body | unit


@dataclass(slots=True)
class GridCell:
    row: int
    col: int
    content: list[str | Grid]  # one paragraph per string, nested tables in place
    row_span: int = 1
    col_span: int = 1
    head: bool = False
    align: str = "center"  # center | left | right


@dataclass(slots=True)
class Grid:
    n_rows: int
    n_cols: int
    cells: list[GridCell] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths
    role: str = "table"  # header | funding | goals | outreach | side | section

    def put(self, row: int, col: int, content: str | list[str | Grid], *, rs: int = 1, cs: int = 1,
            head: bool = False, align: str = "center") -> None:
        items = [content] if isinstance(content, str) else list(content)
        self.cells.append(GridCell(row, col, items, rs, cs, head, align))


Block = Para | Grid


def money_text(v_krw: int, mult: int, style: Style) -> str:
    v = v_krw // mult
    if v == 0 and style.zero_dash:
        return "-"
    return f"{v:,}"


UNIT_MULT = {"원": 1, "천원": 10**3, "백만원": 10**6, "억원": 10**8}


def unit_mult(unit: str) -> int:
    return UNIT_MULT[unit.replace(" ", "")]


def _heading(n: int, label: str, style: Style) -> Para:
    if style.numbered:
        return Para(f"{n}. {label}", "heading")
    return Para(f"{style.heading_mark} {label}" if style.heading_mark else label, "heading")


def _item_line(item: Record) -> str:
    date = item.get("date")
    body = f"{item['text']} : {date['raw']}" if date else item["text"]
    return f"{item['marker']} {body}"


# ------------------------------------------------------------------------------ header


def header_grid(rec: Record, style: Style) -> Grid:
    h = rec["header"]
    lab = style.spaced
    coop = ",".join(h["coop_depts"]) if h["coop_depts"] else "-"
    g = Grid(5, 6, widths=[1.2, 2.2, 1.2, 1.6, 1.2, 1.6], role="header")
    if style.header_order == "title_first":
        g.put(0, 0, lab("공약명"), head=True)
        g.put(0, 1, h["title"], cs=3, align="left")
        g.put(0, 4, "관리번호", head=True)
        g.put(0, 5, h["mgmt_no"])
        g.put(1, 0, style.lead_label, head=True)
        g.put(1, 1, h["lead_dept"], cs=5, align="left")
        g.put(2, 0, lab("담당자"), head=True)
        g.put(2, 1, h["contact_name"])
        g.put(2, 2, style.phone_label, head=True)
        g.put(2, 3, h["contact_phone"], cs=3)
        g.put(3, 0, "협조부서", head=True)
        g.put(3, 1, coop, cs=5, align="left")
        g.put(4, 0, "실천목표", head=True)
        g.put(4, 1, h["target"], cs=2)
        g.put(4, 3, style.status_label, head=True)
        g.put(4, 4, h["status"], cs=2)
    else:
        g.put(0, 0, "관리번호", head=True)
        g.put(0, 1, h["mgmt_no"])
        g.put(0, 2, lab("공약명"), head=True)
        g.put(0, 3, h["title"], cs=3, align="left")
        g.put(1, 0, style.lead_label, head=True)
        g.put(1, 1, h["lead_dept"])
        g.put(1, 2, lab("담당자"), head=True)
        g.put(1, 3, h["contact_name"])
        g.put(1, 4, style.phone_label, head=True)
        g.put(1, 5, h["contact_phone"])
        g.put(2, 0, "협조부서", head=True)
        g.put(2, 1, coop, cs=5, align="left")
        g.put(3, 0, "실천목표", head=True)
        g.put(3, 1, h["target"], cs=5, align="left")
        g.put(4, 0, style.status_label, head=True)
        g.put(4, 1, h["status"], cs=5, align="left")
    return g


# ------------------------------------------------------------------------------ sections


def overview_lines(rec: Record) -> list[str]:
    o = rec["overview"]
    lines = [f"◦ 사업기간 : {o['period']['raw']}", f"◦ 총사업비 : {o['budget']['raw']}", "◦ 주요내용"]
    lines += [f"- {c}" for c in o["contents"]]
    lines += [f"* {n}" for n in o["notes"]]
    return lines


def funding_grid(rec: Record, style: Style) -> Grid:
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    g = Grid(2 + len(f["rows"]), 1 + len(cols), widths=[1.3] + [1.0] * len(cols), role="funding")
    g.put(0, 0, style.spaced("구분"), rs=2, head=True)
    value_idx = [k for k, c in enumerate(cols) if c["kind"] != "total"]
    total_idx = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    g.put(0, 1 + total_idx, cols[total_idx]["label"], rs=2, head=True)
    g.put(0, 1 + value_idx[0], "연도별 투자 실적 및 계획", cs=len(value_idx), head=True)
    for k in value_idx:
        c = cols[k]
        label = f"{c['label']}년" if c["kind"] == "year" and style.year_suffix else c["label"]
        g.put(1, 1 + k, label, head=True)
    for i, row in enumerate(f["rows"]):
        g.put(2 + i, 0, style.spaced(row["label"]), head=True)
        for k, v in enumerate(row["amounts_krw"]):
            text = money_text(v, mult, style) if row["source"] != "total" or v else "0"
            g.put(2 + i, 1 + k, text, align="right")
    return g


def side_grid(tb: Record) -> Grid:
    header, rows = tb["header"], tb["rows"]
    n_cols = max(len(r) for r in header + rows)
    g = Grid(len(header) + len(rows), n_cols, widths=[1.0] * n_cols, role="side")
    for i, r in enumerate(header):
        for k, text in enumerate(r):
            g.put(i, k, text, head=True)
    for i, r in enumerate(rows):
        k = 0
        while k < len(r):
            span = 1
            while k + span < len(r) and r[k + span] == r[k] and r[k] == "계":
                span += 1
            g.put(len(header) + i, k, r[k], cs=span)
            k += span
    return g


def group_heading(item: Record, style: Style) -> str:
    """``《기 추진실적: ’24. 3분기 기준 누계》``: the heading of the block an achievement item stands in."""
    gd = item.get("group_as_of")
    group = item["group"]
    label = group if not gd or gd["raw"] == group else f"{group}: {gd['raw']}"
    return f"{style.group_open}{label}{style.group_close}"


def achievement_blocks(rec: Record, style: Style) -> list[Block]:
    """Group headings, bullet lines and side tables in reading order."""
    out: list[Block] = []
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    group = None
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            group = item["group"]
            out.append(Para(group_heading(item, style), "group"))
        out.append(Para(_item_line(item), f"l{item['level']}"))
        for tb in tables_after.get(i, []):
            out.append(side_grid(tb))
    return out


def goals_grid(rec: Record) -> Grid:
    goals = rec["goals"]
    with_detail = any(g.get("detail") for g in goals)
    n_cols = 4 if with_detail else 3
    g = Grid(1 + len(goals), n_cols, widths=[1.3, 2.0, 1.4, 2.0][:n_cols], role="goals")
    g.put(0, 0, "주요사업", head=True)
    g.put(0, 1, "목표치", head=True)
    g.put(0, 2, ["추진상황", "(완료/추진중/미착수)"], head=True)
    if with_detail:
        g.put(0, 3, "추진내용", head=True)
    i = 0
    while i < len(goals):
        j = i
        while j + 1 < len(goals) and goals[j + 1]["project"] == goals[i]["project"]:
            j += 1
        g.put(1 + i, 0, goals[i]["project"], rs=j - i + 1)
        if with_detail:
            g.put(1 + i, 3, goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            goal = goals[k]
            g.put(1 + k, 1, [f"<{goal['year']}>", goal["target"]])
            status = [goal["status"]] + ([f"({goal['actual']})"] if goal.get("actual") else [])
            g.put(1 + k, 2, status)
        i = j + 1
    return g


def outreach_grid(rec: Record, style: Style) -> Grid:
    o = rec["outreach"]
    items = o["items"]
    g = Grid(2, 1 + len(items), widths=[1.0] * (1 + len(items)), role="outreach")
    g.put(0, 0, "계", head=True)
    for k, x in enumerate(items):
        g.put(0, 1 + k, x["label"], head=True)
    g.put(1, 0, f"{o['total']}{o['unit']}")
    for k, x in enumerate(items):
        text = "-" if x["count"] == 0 and style.zero_dash else str(x["count"])
        if x.get("note"):
            text = f"{x['count']}({x['note']})"
        g.put(1, 1 + k, text)
    return g


def effect_lines(rec: Record, style: Style) -> list[str]:
    eff = rec["effects"]
    lines = [f"◦ {e}" for e in eff]
    if style.effect_arrow and len(eff) > 1:
        lines[-1] = f"⇨{eff[-1]}"
    return lines


def plan_lines(rec: Record) -> list[str]:
    return [f"◦ {p['text']} : {p['date']['raw']}" if p.get("date") else f"◦ {p['text']}" for p in rec["plans"]]


def _two_col(label: str, content: list[str | Grid]) -> Grid:
    g = Grid(1, 2, widths=[1.0, 6.0], role="section")
    g.put(0, 0, label, head=True)
    g.put(0, 1, content, align="left")
    return g


def card_blocks(rec: Record, style: Style) -> list[Block]:
    """The whole card, top to bottom."""
    kind = rec["header"]["kind"]
    residents = next((v for k, v in RESIDENTS.items() if kind.startswith(k)), "주민")
    blocks: list[Block] = [Para(kind, "title"), header_grid(rec, style)]
    n = 0

    def section(label: str, lines: list[Block]) -> None:
        nonlocal n
        n += 1
        if style.two_column:
            content: list[str | Grid] = [b.text if isinstance(b, Para) else b for b in lines]
            blocks.append(_two_col(label, content))
        else:
            blocks.append(_heading(n, label, style))
            blocks.extend(lines)

    section(style.overview_heading, [Para(x) for x in overview_lines(rec)])
    n += 1
    blocks.append(_heading(n, style.funding_heading, style))
    blocks.append(Para(f"(단위 : {rec['funding']['unit']})", "unit"))
    blocks.append(funding_grid(rec, style))
    section(style.achievements_heading, achievement_blocks(rec, style))
    if rec["goals"]:
        blocks.append(Para(f"{style.group_open}{style.goals_heading}{style.group_close}", "group"))
        blocks.append(goals_grid(rec))
    if rec["outreach"]:
        n += 1
        blocks.append(_heading(n, f"{residents}소통 실적", style))
        blocks.append(outreach_grid(rec, style))
    if rec["plans"]:
        section(style.plans_heading, [Para(x) for x in plan_lines(rec)])
    eff = [Para(x) for x in effect_lines(rec, style)]
    if style.two_column:
        section(style.effects_heading.strip("<>"), eff)
    elif style.effects_heading.startswith("<"):
        blocks.append(Para(style.effects_heading, "heading"))
        blocks.extend(eff)
    else:
        n += 1
        blocks.append(_heading(n, style.effects_heading, style))
        blocks.extend(eff)
    return blocks
