"""The outreach tables and sentences, and the plan / effect lines."""

from __future__ import annotations

import random

from samples.layout_blocks import Grid, Record
from samples.style import Style


def _outreach_vertical(rec: Record, style: Style) -> Grid:
    """Channels down the first column, the count (and a note column) beside, 계 last."""
    o = rec["outreach"]
    items = o["items"]
    people = people_counts(rec) if style.outreach_people else []
    p = 1 if people else 0  # a column of how many took part, after the counts
    g = Grid(2 + len(items), 3 + p, widths=[2.0, 1.0] + [1.2] * p + [2.0], role="outreach")
    heads = (
        style.spaced("구분"),
        "횟수",
        *((style.outreach_people,) if p else ()),
        style.outreach_note_label,
    )
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    at = {"middle": (len(items) + 1) // 2, "first": 0}.get(style.outreach_total_at, len(items))  # the 계 row

    def num(v: int) -> str:
        return style.zero_text if v == 0 and style.zero_dash else f"{v:,}"

    for i, x in enumerate(items):
        r = 1 + i + (i >= at)
        g.put(r, 0, x["label"], align="left")
        g.put(r, 1, num(x["count"]))
        if p:
            g.put(r, 2, num(people[i]), align="right")
        g.put(r, 2 + p, x.get("note") or "")
    g.put(1 + at, 0, style.spaced("계"), head=True)
    g.put(1 + at, 1, f"{o['total']}{o['unit']}")
    if p:
        g.put(1 + at, 2, num(sum(people)), align="right")
    g.put(1 + at, 2 + p, "")
    return g


def people_counts(rec: Record) -> list[int]:
    """How many took part in each outreach channel (none for the media), drawn from the card."""
    r = random.Random(f"people-{rec['header']['title']}")
    return [
        0 if x["category"] == "media" or not x["count"] else x["count"] * r.randint(4, 60)
        for x in rec["outreach"]["items"]
    ]


def _outreach_amid(rec: Record, style: Style) -> Grid:
    """Channels across, the 계 column amid them (after the first half), a label column first when
    the template heads its rows (``구분`` over ``실적(회)``)."""
    o = rec["outreach"]
    cells = [
        (
            x["label"],
            f"{x['count']}({x['note']})"
            if x.get("note")
            else style.zero_text
            if x["count"] == 0 and style.zero_dash
            else str(x["count"]),
        )
        for x in o["items"]
    ]
    cells.insert((len(cells) + 1) // 2, (style.spaced("계"), f"{o['total']}{o['unit']}"))
    lead = 1 if style.outreach_row_labels[0] else 0
    g = Grid(2, lead + len(cells), widths=[1.0] * (lead + len(cells)), role="outreach")
    if lead:
        g.put(0, 0, style.outreach_row_labels[0], head=True)
        g.put(1, 0, style.outreach_row_labels[1], head=True)
    for k, (label, text) in enumerate(cells):
        g.put(0, lead + k, label, head=True)
        g.put(1, lead + k, text)
    return g


def _quarter_split(count: int, r: random.Random) -> list[int]:
    """A count dealt over the four quarters of the year."""
    out = [0, 0, 0, 0]
    for _ in range(count):
        out[r.choice((0, 1, 1, 2, 2, 3))] += 1
    return out


def _outreach_quarters(rec: Record, style: Style) -> Grid:
    """Channels as rows, the quarters as columns (``1/4분기`` .. ``4/4분기``), the row's 계 last, a
    합계 row under them; the unit on a line above the table."""
    o = rec["outreach"]
    items = o["items"]
    r = random.Random(f"quarters-{rec['header']['title']}")
    splits = [_quarter_split(x["count"], r) for x in items]
    g = Grid(2 + len(items), 6, widths=[2.2, 1.0, 1.0, 1.0, 1.0, 1.0], role="outreach")
    for k, h in enumerate(("구분", "1/4분기", "2/4분기", "3/4분기", "4/4분기", "계")):
        g.put(0, k, h, head=True)

    def num(v: int) -> str:
        return style.zero_text if v == 0 and style.zero_dash else str(v)

    for i, (x, qs) in enumerate(zip(items, splits, strict=True)):
        g.put(1 + i, 0, x["label"], align="left")
        for k, v in enumerate(qs):
            g.put(1 + i, 1 + k, num(v))
        g.put(1 + i, 5, num(x["count"]))
    sums = [sum(col) for col in zip(*splits, strict=True)]
    g.put(1 + len(items), 0, "합계", head=True)
    for k, v in enumerate(sums):
        g.put(1 + len(items), 1 + k, num(v))
    g.put(1 + len(items), 5, str(o["total"]))
    return g


def _year_splits(rec: Record, salt: str) -> tuple[list[int], list[list[int]]]:
    """The years of an outreach table by year (the period's first year to the as-of year) and each channel's count
    dealt over them (drawn from ``salt`` and the card's title: the same card deals the same)."""
    first = int(rec["overview"]["period"]["start"][:4])
    last = max(first, int(rec["as_of"]["end"][:4]))
    years = list(range(first, last + 1))
    r = random.Random(f"{salt}-{rec['header']['title']}")
    splits = []
    for x in rec["outreach"]["items"]:
        parts = [0] * len(years)
        for _ in range(x["count"]):
            parts[r.randrange(len(years))] += 1
        splits.append(parts)
    return years, splits


def _outreach_year_rows(rec: Record, style: Style) -> Grid:
    """A year a row (the period's first year to the as-of year), 계 first then the channels across,
    a 합계 row last holding the record's counts (each channel's count dealt over the years)."""
    o = rec["outreach"]
    items = o["items"]
    years, splits = _year_splits(rec, "outreach-years")

    def num(v: int) -> str:
        return style.zero_text if v == 0 and style.zero_dash else f"{v:,}"

    g = Grid(2 + len(years), 2 + len(items), widths=[1.2, 1.0] + [1.2] * len(items), role="outreach")
    for k, h in enumerate((style.outreach_years, style.spaced("계"), *(x["label"] for x in items))):
        g.put(0, k, h, head=True)
    for i, y in enumerate(years):
        g.put(
            1 + i,
            0,
            style.year_format.format(y=y, yy=f"{y % 100:02d}") if style.year_format else str(y),
            head=True,
        )
        g.put(1 + i, 1, num(sum(s[i] for s in splits)))
        for k, parts in enumerate(splits):
            g.put(1 + i, 2 + k, num(parts[i]))
    g.put(1 + len(years), 0, "합계", head=True)
    g.put(1 + len(years), 1, f"{o['total']:,}")
    for k, x in enumerate(items):
        g.put(1 + len(years), 2 + k, num(x["count"]))
    return g


def _outreach_channel_years(rec: Record, style: Style) -> Grid:
    """The channels down and the years across (the period's first year to the as-of year, each under its
    year head), each channel's 계 last and a 합계 row last (the record's counts: the channels' 계 cells and
    the total; each channel's count dealt over the years)."""
    o = rec["outreach"]
    items = o["items"]
    years, splits = _year_splits(rec, "outreach-channel-years")

    def num(v: int) -> str:
        return style.zero_text if v == 0 and style.zero_dash else f"{v:,}"

    g = Grid(2 + len(items), 2 + len(years), widths=[1.6] + [1.0] * (len(years) + 1), role="outreach")
    heads = [
        style.outreach_channel_years,
        *(style.year_format.format(y=y, yy=f"{y % 100:02d}") if style.year_format else str(y) for y in years),
        style.spaced("계"),
    ]
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, (x, parts) in enumerate(zip(items, splits, strict=True)):
        g.put(1 + i, 0, x["label"], head=True)
        for k, v in enumerate(parts):
            g.put(1 + i, 1 + k, num(v))
        g.put(1 + i, 1 + len(years), num(x["count"]))
    g.put(1 + len(items), 0, "합계", head=True)
    for k in range(len(years)):
        g.put(1 + len(items), 1 + k, num(sum(s[k] for s in splits)))
    g.put(1 + len(items), 1 + len(years), f"{o['total']:,}")
    return g


def outreach_grid(rec: Record, style: Style) -> Grid:
    if style.outreach_layout == "channel_years":
        return _outreach_channel_years(rec, style)
    if style.outreach_layout == "year_rows":
        return _outreach_year_rows(rec, style)
    if style.outreach_layout == "quarters":
        return _outreach_quarters(rec, style)
    if style.outreach_layout == "vertical":
        return _outreach_vertical(rec, style)
    if style.outreach_total_at == "middle":
        return _outreach_amid(rec, style)
    o = rec["outreach"]
    items = o["items"]
    lead = 1 if style.outreach_row_labels[0] else 0  # a label column: 구분 over 실적(건), the unit in it
    told = o["total"] is not None  # a record whose card prints no total: no 계 column
    g = Grid(2, lead + told + len(items), widths=[1.0] * (lead + told + len(items)), role="outreach")
    if lead:
        g.put(0, 0, style.outreach_row_labels[0], head=True)
        g.put(1, 0, style.outreach_row_labels[1], head=True)
    tc = lead + (len(items) if style.outreach_total_last else 0)  # the 계 column
    first = lead + (0 if style.outreach_total_last or not told else 1)
    if told:
        g.put(0, tc, "계", head=True)
        g.put(1, tc, str(o["total"]) if lead else f"{o['total']}{o['unit']}")
    for k, x in enumerate(items):
        g.put(0, first + k, x["label"], head=True)
    for k, x in enumerate(items):
        text = style.zero_text if x["count"] == 0 and style.zero_dash else str(x["count"])
        if x.get("note"):
            text = f"{x['count']}({x['note']})"
        g.put(1, first + k, text)
    return g


_LOG_WORDS = {
    "meetings": ("주민설명회 개최", "현장 간담회 개최", "권역별 설명회 개최"),
    "survey": ("이용자 만족도 조사", "시민 수요조사 실시"),
    "experts": ("자문위원회 회의", "전문가 현장 자문"),
    "media": ("보도자료 배포", "지역 언론 기획보도"),
    "other": ("시정소식지 게재", "SNS 카드뉴스 게시"),
}


def outreach_log_grid(rec: Record, style: Style) -> Grid:
    """The outreach as a dated log (``style.outreach_log`` heads: 구분 | 일자 | 주요내용 | 참석인원(명)): a
    channel's events a row each under a cell spanning them and the channel's 소계 row (``3회`` and the
    people), a 합계 row last (``{total}회``). The events' days, words and people are drawn from the card's
    id (not in the record; a medium's events count no people)."""
    o = rec["outreach"]
    r = random.Random(f"log-{rec['card_id']}")
    y, m_end = int(rec["as_of"]["end"][:4]), int(rec["as_of"]["end"][5:7])
    n_rows = sum(x["count"] + 1 for x in o["items"]) + 1
    g = Grid(1 + n_rows, 4, widths=[1.3, 1.2, 3.6, 1.2], role="outreach")
    for k, head in enumerate(style.outreach_log):
        g.put(0, k, head, head=True)
    row, people_all = 1, 0
    for x in o["items"]:
        days = sorted((r.randint(1, m_end), r.randint(1, 28)) for _ in range(x["count"]))
        g.put(row, 0, x["label"], rs=x["count"] + 1)
        people = 0
        for m, d in days:
            n = 0 if x["category"] == "media" else r.randint(2, 40) * 5
            people += n
            g.put(row, 1, f"{y}. {m}. {d}.")
            g.put(row, 2, r.choice(_LOG_WORDS[x["category"]]), align="left")
            g.put(row, 3, f"{n:,}" if n else "-")
            row += 1
        g.put(row, 1, "소계")
        g.put(row, 2, f"{x['count']}{o['unit']}")
        g.put(row, 3, f"{people:,}" if people else "-")
        people_all += people
        row += 1
    g.put(row, 0, "합계", cs=2)
    g.put(row, 2, f"{o['total']}{o['unit']}")
    g.put(row, 3, f"{people_all:,}")
    return g


def outreach_events_grid(rec: Record, style: Style) -> Grid:
    """The outreach as a flat log of events (``style.outreach_events`` heads: 일자 | 구분 | 주요내용 | 횟수 |
    참석인원): each channel's count split into events of one or two (``2회``), the events in date order with
    the channels interleaved, the people ``120명`` (a medium's ``-``), a 합계 row last (``{total}회`` and the
    people). The days, words and people are drawn from the card's id (not in the record)."""
    o = rec["outreach"]
    r = random.Random(f"events-{rec['card_id']}")
    y, m_end = int(rec["as_of"]["end"][:4]), int(rec["as_of"]["end"][5:7])
    events = []
    for x in o["items"]:
        left = x["count"]
        while left:
            n = min(left, r.choice((1, 1, 2)))
            left -= n
            people = 0 if x["category"] == "media" else r.randint(2, 60) * 5
            events.append(((r.randint(1, m_end), r.randint(1, 28)), x, n, people))
    events.sort(key=lambda e: e[0])
    g = Grid(2 + len(events), 5, widths=[1.2, 1.3, 3.4, 0.8, 1.0], role="outreach")
    for k, head in enumerate(style.outreach_events):
        g.put(0, k, head, head=True)
    for i, ((m, d), x, n, people) in enumerate(events):
        g.put(1 + i, 0, f"{y}. {m}. {d}.")
        g.put(1 + i, 1, x["label"])
        g.put(1 + i, 2, r.choice(_LOG_WORDS[x["category"]]), align="left")
        g.put(1 + i, 3, f"{n}{o['unit']}")
        g.put(1 + i, 4, f"{people:,}명" if people else "-")
    g.put(1 + len(events), 0, "합계", cs=3)
    g.put(1 + len(events), 3, f"{o['total']}{o['unit']}")
    g.put(1 + len(events), 4, f"{sum(e[3] for e in events):,}명")
    return g


def plans_by_year(rec: Record, style: Style) -> list[tuple[str, str]]:
    """The plans listed by quarter under year lines (``style.plans_by_year``: ``○ 2025년``), each dated
    plan ``- 1/4분기 : plan`` under its year; undated plans after them as bullet lines."""
    out: list[tuple[str, str]] = []
    year = None
    for p in rec["plans"]:
        d = p.get("date")
        if not d or not d.get("start"):
            continue
        y, q = int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3 + 1
        if y != year:
            year = y
            out.append((style.plans_by_year.format(b=style.bullet1, y=y), "body"))
        out.append((f"{style.bullet2} {q}/4분기 : {p['text']}", "l2"))
    out += [
        (f"{style.bullet1} {p['text']}", "body")
        for p in rec["plans"]
        if not (p.get("date") or {}).get("start")
    ]
    return out


def outreach_sentences(rec: Record, style: Style) -> list[str]:
    """Outreach told in bulleted sentences: meetings, surveys and advice ``개최``, then the rest with
    the total (``언론보도 15회, 기타 1회 등 총 21회``)."""
    o = rec["outreach"]
    unit, b = o["unit"], style.bullet1

    def say(x: Record) -> str:
        return f"{x['label']} {x['count']}{unit}" + (f"({x['note']})" if x.get("note") else "")

    held = [say(x) for x in o["items"] if x["category"] in ("meetings", "survey", "experts")]
    rest = [say(x) for x in o["items"] if x["category"] not in ("meetings", "survey", "experts")]
    lines = [f"{b} {', '.join(held)} 개최"] if held else []
    lines.append(
        f"{b} {', '.join(rest)} 등 총 {o['total']}{unit}" if rest else f"{b} 총 {o['total']}{unit} 소통"
    )
    return lines


def outreach_prose(rec: Record, style: Style) -> list[str]:
    """Outreach told in one sentence of prose: ``▢ 주민설명회 3회(참석 75명), 언론보도 12회 등 총 15회의
    소통을 추진함``."""
    o = rec["outreach"]
    unit = o["unit"]
    said = ", ".join(
        f"{x['label']} {x['count']}{unit}" + (f"({x['note']})" if x.get("note") else "") for x in o["items"]
    )
    return [f"{style.bullet1} {said} 등 총 {o['total']}{unit}의 소통을 추진함"]


def funding_sentence(rec: Record, style: Style) -> str:
    """The budget told before the funding table (``style.funding_sentence``, ``{budget}`` the budget
    as printed: ``국비 12억원, 도비 3억 6천만원, 군비 8억원 (총 23억 6천만원)``)."""
    return style.funding_sentence.format(b=style.bullet1, budget=rec["overview"]["budget"]["raw"])


def effect_lines(rec: Record, style: Style) -> list[str]:
    eff = rec["effects"]
    lines = [f"{style.bullet1} {e}" for e in eff]
    if style.effect_arrow and len(eff) > 1:
        lines[-1] = f"⇨{eff[-1]}"
    return lines


def plan_lines(rec: Record, style: Style | None = None) -> list[str]:
    b = (style or Style()).bullet1
    if style is not None and style.plans_check:  # a dated checklist: ☐ 2025. 3월 실시설계 착수
        return [
            f"{style.plans_check} {p['date']['raw']} {p['text']}"
            if p.get("date")
            else f"{style.plans_check} {p['text']}"
            for p in rec["plans"]
        ]
    return [
        f"{b} {p['text']} : {p['date']['raw']}" if p.get("date") else f"{b} {p['text']}" for p in rec["plans"]
    ]
