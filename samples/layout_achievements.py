"""Achievement blocks (dated, quarter grids, tables, logs) and the plans' grids."""

from __future__ import annotations

from collections.abc import Callable

from samples.layout_blocks import (
    LATIN,
    LETTERS,
    PAREN_HANGUL,
    SANS_CIRCLED,
    Block,
    Grid,
    Nth,
    Para,
    Record,
    _item_line,
    printed_number,
)
from samples.layout_funding_years import side_grid
from samples.layout_outreach import effect_lines
from samples.layout_overview import numbered_grid, text_grid
from samples.style import Style


def group_heading(item: Record, style: Style, letter: int = 0, sec: int = 0) -> str:
    """``《기 추진실적: ’24. 3분기 기준 누계》``: the heading of the block an achievement item stands in
    (``letter`` counts the blocks, for templates that letter them: ``가. 기 추진실적('22. 7. ~ '24. 9.)``)."""
    gd = item.get("group_as_of")
    group = item["group"]
    if style.group_format:
        if gd and gd["raw"] != group:
            num = printed_number(sec, style)
            return style.group_format.format(
                group=group,
                date=gd["raw"],
                letter=LETTERS[letter],
                num=Nth(letter + 1),
                glyph=SANS_CIRCLED[letter],
                paren=PAREN_HANGUL[letter],
                sec=Nth(num),
                sec_latin=LATIN[num - 1] if num else "",
            )
        return block_heading(group, style, letter, sec)
    label = group if not gd or gd["raw"] == group else f"{group}: {gd['raw']}"
    return f"{style.group_open}{label}{style.group_close}"


def block_heading(text: str, style: Style, letter: int, sec: int = 0) -> str:
    """A block heading without a date (the goals table's): ``《현재까지 목표달성》``, ``다. 목표달성 현황``
    (``sec``: the section's number, for templates numbering blocks ``3.1``)."""
    sec = printed_number(sec, style)
    if style.group_format:
        return style.group_plain.format(
            group=text,
            letter=LETTERS[letter],
            num=Nth(letter + 1),
            sec=Nth(sec),
            glyph=SANS_CIRCLED[letter],
            paren=PAREN_HANGUL[letter],
            sec_latin=LATIN[sec - 1] if sec else "",
        )
    return f"{style.group_open}{text}{style.group_close}"


def achievement_blocks(rec: Record, style: Style, sec: int = 0) -> list[Block]:
    """Group headings, bullet lines and side tables in reading order."""
    out: list[Block] = []
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    if style.achievements_table:
        return _achievement_tables(rec, style, tables_after)
    if style.achievements_log[0]:
        return _achievement_logs(rec, style, tables_after)
    if style.achievements_months:
        return _achievement_months(rec, style, tables_after)
    group = None
    n_groups = 0
    rows: list[tuple[str, str, str]] = []
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            out += _quarter_grid(rows, style)
            group = item["group"]
            out.append(Para(group_heading(item, style, n_groups, sec), "group"))
            n_groups += 1
        if style.achievements_quarters and n_groups == 1:  # the first block a table by quarter
            rows.append(_quarter_row(item, rec, rows))
            if tables_after.get(i):
                out += _quarter_grid(rows, style)
                out += [side_grid(tb) for tb in tables_after[i]]
            continue
        out.append(Para(_item_line(item, style), f"l{item['level']}"))
        for tb in tables_after.get(i, []):
            out.append(side_grid(tb))
    return out + _quarter_grid(rows, style)


def _quarter_row(item: Record, rec: Record, rows: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    """One row of a block's table by quarter: the quarter (a level-1 item's date; the row above's for an
    item under it), the item (a level-1 item without its marker), a note (완료 for a quarter before the
    as-of date's)."""
    d = item.get("date")
    quarter = d["raw"] if d else (rows[-1][0] if rows else "")
    text = f"{item['marker']} {item['text']}" if item["marker"] else item["text"]
    note = "완료" if d and (d["end"] or "9") < (rec["as_of"]["start"] or "") else ""
    return quarter, text, note


def _runs(keys: list[str]) -> list[tuple[int, int]]:
    """The runs of equal neighbours in ``keys``: (first index, length), a spanning cell each."""
    out: list[tuple[int, int]] = []
    for k, key in enumerate(keys):
        if out and keys[out[-1][0]] == key:
            out[-1] = (out[-1][0], out[-1][1] + 1)
        else:
            out.append((k, 1))
    return out


def _quarter_grid(rows: list[tuple[str, str, str]], style: Style) -> list[Block]:
    """The rows so far as a table by quarter (분기 | 주요 추진내용 | 비고), a quarter's cell spanning its rows."""
    if not rows:
        return []
    g = Grid(1 + len(rows), 3, widths=[1.1, 5.2, 0.8], role="achievements")
    for k, h in enumerate(style.achievements_quarters):
        g.put(0, k, h, head=True)
    for i, n in _runs([r[0] for r in rows]):
        g.put(1 + i, 0, rows[i][0], rs=n)
    for j, (_, text, note) in enumerate(rows):
        g.put(1 + j, 1, text, align="left")
        g.put(1 + j, 2, note)
    rows.clear()
    return [g]


def _achievement_tables(rec: Record, style: Style, tables_after: dict[int, list[Record]]) -> list[Block]:
    """Every block a table (date | content | note): a level-1 item's text without its marker, the
    items under it with their markers, each item's date in the date column; a side table closes the
    block's table and the block goes on in a new one."""
    out: list[Block] = []
    heads = style.achievements_table
    rows: list[list[str]] = []

    def flush() -> None:
        if not rows:
            return
        out.append(numbered_grid(text_grid(heads, rows, [1.2, 5.0, 1.0], "achievements"), style.grid_numbers))
        rows.clear()

    def add(item: Record) -> None:
        d = item["date"]["raw"] if item.get("date") else ""
        text = (
            item["text"]
            if item["level"] == 1 and item["marker"] not in ("※", "*")
            else f"{item['marker']} {item['text']}"
        )
        note = (
            "완료"
            if item.get("date") and (item["date"]["end"] or "9") < (rec["as_of"]["start"] or "")
            else ""
        )
        rows.append([d, text, note])

    _blocks_of_tables(rec, style, tables_after, out, add, flush)
    return out


def _blocks_of_tables(
    rec: Record,
    style: Style,
    tables_after: dict[int, list[Record]],
    out: list[Block],
    add: Callable[[Record], None],
    flush: Callable[[], None],
) -> None:
    """The achievements block by block into ``out``: a block's heading, its items given to ``add`` (the rows of
    the block's table), the table closed by ``flush`` at the block's end and before a side table."""
    group, n = None, 0
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            flush()
            group = item["group"]
            out.append(Para(group_heading(item, style, n), "group"))
            n += 1
        add(item)
        if tables_after.get(i):
            flush()
            out.extend(side_grid(tb) for tb in tables_after[i])
    flush()


def _achievement_logs(rec: Record, style: Style, tables_after: dict[int, list[Record]]) -> list[Block]:
    """Every block a log table (연도 | 월 | 추진내용): a row a level-1 item, its year cell spanning the rows of
    one year and its month cell the rows of one month, the items under it (with their markers) in its
    content cell; a side table closes the block's table and the block goes on in a new one."""
    out: list[Block] = []
    rows: list[tuple[str, str, list[str]]] = []

    def flush() -> None:
        if not rows:
            return
        g = Grid(1 + len(rows), 3, widths=[0.9, 0.7, 5.6], role="achievements")
        for k, h in enumerate(style.achievements_log):
            g.put(0, k, h, head=True)
        for i, n in _runs([r[0] for r in rows]):
            g.put(1 + i, 0, rows[i][0], rs=n)
        for i, n in _runs([f"{r[0]} {r[1]}" for r in rows]):
            g.put(1 + i, 1, rows[i][1], rs=n)
        for j, (_, _, lines) in enumerate(rows):
            g.put(1 + j, 2, lines, align="left")
        out.append(g)
        rows.clear()

    def add(item: Record) -> None:
        d = item.get("date")
        if item["level"] == 1 and d and d.get("start"):
            rows.append((f"{d['start'][:4]}년", f"{int(d['start'][5:7])}월", [item["text"]]))
        elif rows:
            rows[-1][2].append(_item_line(item, style))

    _blocks_of_tables(rec, style, tables_after, out, add, flush)
    return out


def _achievement_months(rec: Record, style: Style, tables_after: dict[int, list[Record]]) -> list[Block]:
    """Every year block a table (월 | 추진사항 | 성과): a row a level-1 item, its month alone in the first cell
    (the year only in the block's title), the items under it (with their markers) in its content cell, a word
    in the last (완료 when its month ended before the as-of date, else empty); a side table closes the block's
    table and the block goes on in a new one."""
    out: list[Block] = []
    rows: list[list[str | list[str]]] = []

    def flush() -> None:
        if not rows:
            return
        g = Grid(1 + len(rows), 3, widths=[0.8, 5.4, 1.0], role="achievements")
        for k, h in enumerate(style.achievements_months):
            g.put(0, k, h, head=True)
        for j, (month, lines, word) in enumerate(rows):
            g.put(1 + j, 0, month)
            g.put(1 + j, 1, lines, align="left")
            g.put(1 + j, 2, word)
        out.append(g)
        rows.clear()

    def add(item: Record) -> None:
        d = item.get("date")
        if item["level"] == 1 and d and d.get("start"):
            word = "완료" if (d["end"] or "9") < (rec["as_of"]["start"] or "") else ""
            rows.append([d["raw"], [item["text"]], word])
        elif rows:
            lines = rows[-1][1]
            assert isinstance(lines, list)
            lines.append(_item_line(item, style))

    _blocks_of_tables(rec, style, tables_after, out, add, flush)
    return out


def plans_gantt_grid(rec: Record, style: Style) -> Grid:
    """The plans as a Gantt chart: a plan a row, the months of the plans' year across (``1월`` .. ``12월``
    under ``2025년``), ``style.gantt_mark`` in every month from the plan's first to its last."""
    dated = [p["date"] for p in rec["plans"] if p.get("date") and p["date"].get("start")]
    year = int(dated[0]["start"][:4]) if dated else int(rec["as_of"]["end"][:4]) + 1
    g = Grid(2 + len(rec["plans"]), 13, widths=[3.6] + [0.42] * 12, role="plans")
    g.put(0, 0, style.plans_gantt, rs=2, head=True)
    g.put(0, 1, f"{year}년", cs=12, head=True)
    for m in range(12):
        g.put(1, 1 + m, f"{m + 1}월", head=True)
    for i, p in enumerate(rec["plans"]):
        d = p.get("date") or {}
        m1 = int(d["start"][5:7]) if d.get("start") else 13
        m2 = int(d["end"][5:7]) if d.get("end") else m1
        g.put(2 + i, 0, p["text"], align="left")
        for m in range(12):
            g.put(2 + i, 1 + m, style.gantt_mark if m1 <= m + 1 <= m2 else "")
    return g


def plans_halves_grid(rec: Record, style: Style) -> Grid:
    """The plans as a Gantt table (``style.plans_halves``: 연번 | 추진과제 | 추진기간): a plan a row, its period
    printed, the half-years of the plans' years across (``상반기`` | ``하반기`` under ``2025년``), ``style.gantt_mark``
    in every half its period touches."""
    spans = []
    for p in rec["plans"]:
        d = p.get("date") or {}
        spans.append(
            (int(d["start"][:4]), int(d["start"][5:7]), int(d["end"][:4]), int(d["end"][5:7]))
            if d.get("start") and d.get("end")
            else None
        )
    dated = [s for s in spans if s]
    y0 = min((s[0] for s in dated), default=int(rec["as_of"]["end"][:4]) + 1)
    y1 = max((s[2] for s in dated), default=y0)
    years = list(range(y0, y1 + 1))
    heads = style.plans_halves
    g = Grid(
        2 + len(rec["plans"]),
        len(heads) + 2 * len(years),
        widths=[0.5, 3.4, 1.3][: len(heads)] + [0.55] * (2 * len(years)),
        role="plans",
    )
    for k, h in enumerate(heads):
        g.put(0, k, h, rs=2, head=True)
    base = len(heads)
    for k, y in enumerate(years):
        g.put(0, base + 2 * k, f"{y}년", cs=2, head=True)
        for h in range(2):
            g.put(1, base + 2 * k + h, style.half_labels[h], head=True)
    for i, (p, s) in enumerate(zip(rec["plans"], spans, strict=True)):
        g.put(2 + i, 0, str(i + 1))
        g.put(2 + i, 1, p["text"], align="left")
        g.put(2 + i, 2, (p.get("date") or {}).get("raw") or "")
        for k, y in enumerate(years):
            for h in range(2):
                on = s is not None and (s[0], (s[1] - 1) // 6) <= (y, h) <= (s[2], (s[3] - 1) // 6)
                g.put(2 + i, base + 2 * k + h, style.gantt_mark if on else "")
    g.head_rows = 2
    return g


def effects_split_grid(rec: Record, style: Style) -> Grid:
    """The effects as a two-column table (정량적 효과 | 정성적 효과): the first half's lines left, the rest right."""
    lines = effect_lines(rec, style)
    half = (len(lines) + 1) // 2
    g = Grid(2, 2, widths=[1.0, 1.0], role="effects")
    for k, h in enumerate(style.effects_split):
        g.put(0, k, h, head=True)
    g.put(1, 0, lines[:half] or [""], align="left")
    g.put(1, 1, lines[half:] or [""], align="left")
    return g


def effects_rows_grid(rec: Record, style: Style) -> Grid:
    """The effects as a table of rows (구분 | 기대효과): a short kind left (not in the record), the effect right."""
    eff = rec["effects"]
    kinds = style.effects_kinds or ("",)
    g = Grid(1 + len(eff), 2, widths=[1.2, 5.0], role="effects")
    for k, h in enumerate(style.effects_rows):
        g.put(0, k, h, head=True)
    for i, e in enumerate(eff):
        g.put(1 + i, 0, kinds[i % len(kinds)])
        g.put(1 + i, 1, e, align="left")
    return g


def outreach_open(rec: Record, style: Style) -> list[str]:
    """The outreach as one line of prose, every channel counted in its own unit, no total:
    ``▸ 언론보도 12건, 주민설명회 3회(참석 120명), SNS 홍보 25회 등``."""
    o = rec["outreach"]
    units = dict(style.outreach_units)
    said = ", ".join(
        f"{x['label']} {x['count']}{units.get(x['category'], o['unit'])}"
        + (f"({x['note']})" if x.get("note") else "")
        for x in o["items"]
    )
    return [style.outreach_open.format(b=style.bullet1, channels=said)]


def goal_lines(rec: Record, style: Style) -> list[str]:
    """Goals as lines, no table: ``◦ 2024년 사업 - 목표: 186호 공급 / 실적: 120호 (추진중)``."""
    return [
        style.goals_lines.format(
            b=style.bullet1,
            y=g["year"],
            project=g["project"],
            target=g["target"],
            actual=g["actual"] or "-",
            status=g["status"],
        )
        for g in rec["goals"]
    ]


def plans_grid(rec: Record, style: Style) -> Grid:
    """The plans as a table: when | what (an undated plan with an empty date cell)."""
    g = Grid(1 + len(rec["plans"]), 2, widths=[1.4, 5.0], role="plans")
    for k, h in enumerate(style.plans_table):
        g.put(0, k, h, head=True)
    for i, p in enumerate(rec["plans"]):
        g.put(1 + i, 0, p["date"]["raw"] if p.get("date") else "")
        g.put(1 + i, 1, p["text"], align="left")
    return numbered_grid(g, style.grid_numbers)
