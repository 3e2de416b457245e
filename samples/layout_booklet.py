"""A booklet of cards: contents lines, the summary list and the report parts."""

from __future__ import annotations

import random

from samples.layout_blocks import ROMAN, Block, Grid, Para, Record, quarter_text
from samples.layout_body import card_blocks
from samples.style import Style

# ------------------------------------------------------------------------------ a booklet of cards


def _field_no(rec: Record) -> int:
    return int(rec["header"]["mgmt_no"].split("-")[0])


def _width(text: str) -> int:
    """Columns a line takes in a monospace rendering (Hangul two)."""
    return sum(2 if "\uac00" <= ch <= "\ud7a3" else 1 for ch in text)


def toc_line(rec: Record, page: int, width: int = 72) -> str:
    """A contents line: ``2-5  title ········ 7`` (a dotted leader up to ``width`` columns)."""
    head = f"{rec['header']['mgmt_no']}  {rec['header']['title']} "
    return f"{head}{'·' * max(3, width - _width(head) - len(str(page)) - 1)} {page}"


def booklet_summary(records: list[Record], style: Style) -> Grid:
    """The 총괄 table: a row a field (합계 first), the cards counted in 계 and by status column."""
    fields = list(dict.fromkeys(_field_no(r) for r in records))
    cols = style.booklet_summary
    g = Grid(2 + len(fields), 2 + len(cols), widths=[2.2] + [1.0] * (1 + len(cols)), role="side")
    for k, head in enumerate(("분야", "계", *(lab for lab, _ in cols))):
        g.put(0, k, head, head=True)

    def row(r: int, label: str, recs: list[Record]) -> None:
        g.put(r, 0, label)
        g.put(r, 1, str(len(recs)))
        for k, (_, codes) in enumerate(cols):
            n = sum(1 for x in recs if x["header"]["status_code"] in codes)
            g.put(r, 2 + k, str(n) if n else "-")

    row(1, "합계", records)
    for i, f in enumerate(fields):
        row(2 + i, style.booklet_fields[f - 1], [x for x in records if _field_no(x) == f])
    return g


def bound(style: Style) -> bool:
    """Whether the file is bound with a cover and contents (a booklet, a report)."""
    return bool(style.booklet_title or style.report_cover or style.report_summary)


REPORT_PAGES = 3  # the pages a report's card is reckoned to take when its contents number its sections


def report_parts(rec: Record, style: Style, first: int = 1) -> list[tuple[str, list[Block]]]:
    """A card bound as a report (``style.report_cover``): a ``cover`` (the issuer, the title, the pledge in
    corner brackets, its department, the as-of month), a ``contents`` page (a line a section heading: its
    number and title without the heading's glyph, a dotted leader, the page it is reckoned to fall on from
    ``first``, the card's first page), then the ``card``."""
    card = card_blocks(rec, style)
    if style.report_summary:
        return [("contents", summary_blocks(rec, style)), ("card", card)]
    issuer = rec["header"]["kind"].split()[0]
    end = rec["as_of"]["end"]
    cover: list[Block] = [
        Para(issuer, "unit"),
        Para(style.report_cover, "title"),
        Para(f"「 {rec['header']['title']} 」", "title"),
        Para(f"{int(end[:4])}. {int(end[5:7])}.", "unit"),
        Para(f"{issuer} {rec['header']['lead_dept']}", "unit"),
    ]
    glyph = style.heading_format.split("{", 1)[0]
    toc: list[Block] = [Para(style.report_contents, "title")]
    for k, b in enumerate(card):
        if isinstance(b, Para) and b.role == "heading":
            head = b.text[len(glyph) :] if glyph and b.text.startswith(glyph) else b.text
            page = first + k * REPORT_PAGES // max(1, len(card))
            toc.append(Para(f"{head} {'·' * max(3, 40 - _width(head) - len(str(page)) - 1)} {page}"))
    return [("cover", cover), ("contents", toc), ("card", card)]


SUMMARY_FIELDS = ("경제·일자리", "복지·보건", "문화·관광", "안전·환경", "도시·교통")
SUMMARY_STATUS = (
    ("완료", ("done",)),
    ("정상추진", ("ongoing_normal", "continuing", "partial")),
    ("부진", ("ongoing_delayed", "not_started")),
    ("보류", ("dropped", "other")),
)


def _total_krw(rec: Record) -> int:
    """The card's funding total in won, exactly: its total row's total column, else the sum of its total row;
    a card with no total row its overview's budget total. A card stating none is a fault of the draw (a
    ValueError), never another row's figure printed as the total."""
    rows = rec["funding"]["rows"] if rec.get("funding") else []
    total = next((r for r in rows if r["source"] == "total"), None)
    if total is not None:
        cols = rec["funding"]["columns"]
        k = next((i for i, c in enumerate(cols) if c["kind"] == "total"), None)
        amounts = total["amounts_krw"]
        krw = amounts[k] if k is not None else (sum(amounts) if None not in amounts else None)
    else:
        krw = ((rec.get("overview") or {}).get("budget") or {}).get("total_krw")
    if krw is None:
        raise ValueError(f"no total for {rec['header']['title']!r}")
    return int(krw)


# the units a summary list's totals print in, the first every total is whole in
SUMMARY_UNITS = (("백만원", 1_000_000), ("천원", 1_000), ("원", 1))


def _total_unit(totals: list[int]) -> tuple[str, int]:
    """The unit every total prints exactly in (no rounding): 백만원, else 천원, else 원."""
    return next((name, size) for name, size in SUMMARY_UNITS if all(t % size == 0 for t in totals))


def summary_blocks(rec: Record, style: Style) -> list[Block]:
    """A quarterly report's summary pages (``style.report_summary``): its title line, the 총괄 table of the
    city's pledges counted by status (a row a field, 합계 first) and the list of several pledges (the card's own
    row among others drawn from other seeds: their titles, departments, statuses and totals their own)."""
    from samples.synth import synth_record

    r = random.Random(f"summary-{rec['header']['title']}-{rec['as_of']['label']}")
    end = rec["as_of"]["end"]
    quarter = f"{int(end[:4])}년 {(int(end[5:7]) + 2) // 3}분기"
    issuer = rec["header"]["kind"].split()[0]
    government = (rec["header"]["kind"].split()[0][-1] + "장", issuer, "시민", [["국비", "도비", "시비"]])
    out: list[Block] = [
        Para(style.report_summary.format(quarter=quarter), "title"),
        Para(f"{issuer} 기획예산담당관", "unit"),
        Para("1. 추진상황 총괄", "heading"),
        Para("(단위: 건)", "unit"),
    ]
    g = Grid(
        2 + len(SUMMARY_FIELDS),
        2 + len(SUMMARY_STATUS),
        widths=[2.0] + [1.0] * (1 + len(SUMMARY_STATUS)),
        role="side",
    )
    for k, head in enumerate(("구분", "계", *(w for w, _ in SUMMARY_STATUS))):
        g.put(0, k, head, head=True)
    counts = [[r.randint(0, 3), r.randint(4, 14), r.randint(0, 3), r.randint(0, 1)] for _ in SUMMARY_FIELDS]
    for i, row in enumerate([[sum(c) for c in zip(*counts, strict=True)], *counts]):
        g.put(1 + i, 0, "합계" if i == 0 else SUMMARY_FIELDS[i - 1])
        g.put(1 + i, 1, str(sum(row)))
        for k, n in enumerate(row):
            g.put(1 + i, 2 + k, str(n) if n else "-")
    out += [g, Para("2. 공약사업 목록", "heading")]
    others = []
    for _ in range(r.randint(4, 6)):
        o = synth_record(r.randrange(1, 10**6), government=government)
        if o["header"]["title"] != rec["header"]["title"]:
            others.append(o)
    others.insert(r.randint(0, len(others)), rec)
    totals = [_total_krw(o) for o in others]
    unit, size = _total_unit(totals)
    heads = ("연번", "공약명", "담당부서", "추진상황", f"총사업비({unit})")
    t = Grid(1 + len(others), len(heads), widths=[0.6, 3.2, 1.8, 1.2, 1.4], role="side")
    for k, head in enumerate(heads):
        t.put(0, k, head, head=True)
    for i, o in enumerate(others):
        h = o["header"]
        t.put(1 + i, 0, str(i + 1))
        t.put(1 + i, 1, h["title"], align="left")
        t.put(1 + i, 2, h["lead_dept"])
        t.put(1 + i, 3, h["status"])
        t.put(1 + i, 4, f"{totals[i] // size:,}", align="right")
    out.append(t)
    out.append(Para("※ 공약사업별 세부 추진상황은 붙임 관리카드 참조"))
    return out


def booklet_parts(
    records: list[Record], style: Style, pages: list[int] | None = None
) -> list[tuple[str, list[Block]]]:
    """A booklet's pages in order, each part from a new page: ``cover``, ``contents``, then per
    field a ``divider`` and its ``card`` parts. ``pages``: each card's first page for the contents
    (else estimated: two pages a card). A report (``style.report_cover``): :func:`report_parts`."""
    if style.report_cover or style.report_summary:
        return report_parts(records[0], style, pages[0] if pages else 2)
    rec0 = records[0]
    issuer = rec0["header"]["kind"].split()[0]  # the title line's first word names the issuer
    quarter = quarter_text(rec0)
    fields = list(dict.fromkeys(_field_no(r) for r in records))
    if pages is None:
        pages, page = [], 3
        for k, rec in enumerate(records):
            if k == 0 or _field_no(rec) != _field_no(records[k - 1]):
                page += 1  # the field's divider
            pages.append(page)
            page += 2
    cover: list[Block] = [Para(quarter, "unit"), Para(style.booklet_title, "title"), Para(issuer, "title")]
    toc: list[Block] = [Para("목  차", "title")]
    for f in fields:
        toc.append(Para(f"{ROMAN[f - 1]}. {style.booklet_fields[f - 1]} 분야", "heading"))
        toc += [Para(toc_line(r, pages[k])) for k, r in enumerate(records) if _field_no(r) == f]
    if style.booklet_summary:
        toc += [
            Para(f"□ 추진현황 총괄 ({quarter})", "heading"),
            Para("(단위: 건)", "unit"),
            booklet_summary(records, style),
        ]
    parts: list[tuple[str, list[Block]]] = [("cover", cover), ("contents", toc)]
    for k, rec in enumerate(records):
        if k == 0 or _field_no(rec) != _field_no(records[k - 1]):
            f = _field_no(rec)
            parts.append(
                (
                    "divider",
                    [Para(ROMAN[f - 1], "title"), Para(f"{style.booklet_fields[f - 1]} 분야", "title")],
                )
            )
        parts.append(("card", card_blocks(rec, style)))
    return parts
