"""Lay a card record out as printable blocks (paragraphs and tables with merged cells).

Every renderer (HWPX/HWP, PDF) draws the same :class:`Para` / :class:`Grid` sequence, so the
formats differ only in how they draw it. The text printed here is what the expected record says:
markers before bullets, ``text : date`` for dated items, money in the card's unit.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from samples.revisions import (
    card_shape,
    earlier_status,
    funding_revisions,
    goal_revision,
    revised_text,
    revision_note,
)
from samples.style import Style

Record = dict[str, Any]

RESIDENTS = {"도지사": "도민", "시장": "시민", "군수": "군민", "구청장": "구민", "교육감": "교육가족"}


@dataclass(slots=True)
class Para:
    text: str
    role: str = "body"  # title | heading | group | body | unit | typed
    stops: tuple[tuple[float, str], ...] = ()  # role "typed": lines of cells a tab apart, set at these tab
    #   stops (each cell's column: its width, a share of the text width, and its alignment "l" | "r")
    size: float = 1.0  # role "typed": the lines' font size, a share of the body's (a wide table typed smaller)


@dataclass(slots=True)
class GridCell:
    row: int
    col: int
    content: list[str | Grid | Figure]  # one paragraph per string, nested tables (and photos) in place
    row_span: int = 1
    col_span: int = 1
    head: bool = False
    align: str = "center"  # center | left | right
    rotate: bool = False  # the cell's text drawn turned 90 degrees, read bottom to top (a vertical-text cell)
    cut: int = -1  # a page break cutting the cell's row (samples/page_cuts.py): the characters of its text printed
    #                before the break, the rest at the top of the next page (-1: the whole text before)
    note: str = ""  # a footnote (각주) hung after the cell's text (Style.figure_notes)


@dataclass(slots=True)
class Grid:
    n_rows: int
    n_cols: int
    cells: list[GridCell] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)  # relative column widths
    role: str = "table"  # header | funding | goals | outreach | side | section
    head_rows: int = 0  # leading header rows a page break repeats (PDF)
    break_at: int = 0  # a page break before this row (PDF): the table goes on on the next page
    open: bool = False  # drawn open-sided: rules over and under the table and under its head rows only
    break_column: bool = False  # with break_at: the table goes on at the top of the next column (PDF), not page

    def head_band(self) -> int:
        """The number of leading rows that are all head cells (the rows an open table rules off)."""
        n = 0
        while n < self.n_rows:
            starting = [c for c in self.cells if c.row == n]
            if not starting or not all(c.head for c in starting):
                break
            n = max(n + 1, max(c.row + c.row_span for c in starting))
        return min(n, self.n_rows)

    def put(self, row: int, col: int, content: str | list[str | Grid | Figure], *, rs: int = 1, cs: int = 1,
            head: bool = False, align: str = "center", rotate: bool = False) -> None:
        items = [content] if isinstance(content, str) else list(content)
        self.cells.append(GridCell(row, col, items, rs, cs, head, align, rotate))


@dataclass(slots=True)
class Figure:
    """A picture (PNG bytes) with its caption printed under it."""

    image: bytes
    caption: str
    width_mm: float = 120.0
    height_mm: float = 60.0


@dataclass(slots=True)
class PageBreak:
    """The card goes on on a new page (turned landscape when ``landscape``)."""

    landscape: bool = False


Block = Para | Grid | Figure | PageBreak

ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
LETTERS = "가나다라마바사아자차카타파하"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
SANS_CIRCLED = "➊➋➌➍➎➏➐➑➒➓"  # dingbat negative circled sans-serif digits: a block's ``{glyph}``
NEGATIVE_CIRCLED = "❶❷❸❹❺❻❼❽❾❿⓫⓬⓭⓮⓯"  # a heading's ``{neg}``
PAREN_HANGUL = "㈎㈏㈐㈑㈒㈓㈔㈕㈖㈗㈘㈙㈚㈛"  # parenthesised Hangul letters: a block's ``{paren}``
LATIN = "ABCDEFGHIJKLMN"  # Latin capitals: a heading's ``{latin}``, a block's section ``{sec_latin}``


def eok_words(krw: int, sep: str = "") -> str:
    """Won in words of 억 and 천만: ``3,550,000,000`` -> ``35억5천만원`` (``35억 5천만원`` with a space
    ``sep``), ``500,000,000`` -> ``5억원``."""
    eok, rest = divmod(krw, 10**8)
    chun = rest // 10**7
    if not chun:
        return f"{eok:,}억원"
    return f"{eok:,}억{sep}{chun}천만원" if eok else f"{chun}천만원"


def eok_man_words(krw: int) -> str:
    """Won in 억 and 만 with digits: ``12,345,000,000`` -> ``123억 4,500만원``, ``6,000,000,000`` ->
    ``60억원``, ``45,000,000`` -> ``4,500만원`` (the 만 part in digits, as cards print it)."""
    eok, rest = divmod(krw, 10**8)
    man = rest // 10**4
    if not man:
        return f"{eok:,}억원"
    return f"{eok:,}억 {man:,}만원" if eok else f"{man:,}만원"


def money_text(v_krw: int, mult: int, style: Style) -> str:
    if v_krw == 0 and style.zero_dash:
        return style.zero_text
    if style.amount_decimals:  # 12.5 (억원): the amount to the template's decimals
        return grouped(f"{v_krw / mult:,.{style.amount_decimals}f}", style)
    return grouped(f"{v_krw // mult:,}", style)


def grouped(text: str, style: Style) -> str:
    """An amount printed with ``,`` between its thousands in the template's grouping (none, a space)."""
    return text.replace(",", style.thousands)


UNIT_MULT = {"원": 1, "천원": 10**3, "만원": 10**4, "백만원": 10**6, "억원": 10**8,
             "千원": 10**3, "百萬원": 10**6, "億원": 10**8}  # an older house style's Hanja units


def unit_mult(unit: str) -> int:
    return UNIT_MULT[unit.replace(" ", "")]


class Nth(int):
    """A heading's or block's number whose format spec, when given, is the run of glyphs that
    numbers it: ``"{n:⒜⒝⒞} {label}".format(n=Nth(2), ...)`` -> ``"⒝ ..."``; no spec: the digits
    (``samples/mutate.py`` numbers headings, blocks and items by runs no family names)."""

    def __format__(self, spec: str) -> str:
        return spec[self - 1] if spec else str(int(self))


def numbering(n: int) -> dict[str, Any]:
    """The ways a template numbers its ``n``-th heading (1-based)."""
    return {"n": Nth(n), "n2": f"{n:02d}", "roman": ROMAN[n - 1], "ga": LETTERS[n - 1], "circled": CIRCLED[n - 1],
            "neg": NEGATIVE_CIRCLED[n - 1], "latin": LATIN[n - 1], "fw": fullwidth(str(n))}


_FULLWIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, ".": "\uff0e", "~": "\uff5e"})


_TYPED = str.maketrans({",": "\uff0c", "(": "\uff08", ")": "\uff09", ":": "\uff1a", " ": "\u3000"})


def fullwidth(text: str, *, digits_only: bool = False, typed: bool = False) -> str:
    """``text`` as typed in a word processor's fullwidth mode: digits ``２０２４``, and unless
    ``digits_only`` the full stop and tilde too (``２０２４．９．３０．``); a comma stays (``１,２００``)
    unless ``typed``: then the comma, brackets, colon and space too, as the IME's fullwidth mode types
    them all (``１，２５０``, ``２０２４．　９．``, ``（국비　５００）``)."""
    if typed:
        return text.translate(_FULLWIDTH).translate(_TYPED)
    if digits_only:
        return "".join(chr(0xFF10 + int(ch)) if "0" <= ch <= "9" else ch for ch in text)
    return text.translate(_FULLWIDTH)


def heading_text(n: int, label: str, style: Style) -> str:
    """The ``n``-th section heading; the one ``style.bare_heading`` names is its title alone, and the
    numbering goes on past it (the headings after it a number less)."""
    if n == style.bare_heading:
        return label
    return style.heading_format.format(label=label, **numbering(printed_number(n, style)))


def _titled(n: int, label: str, style: Style) -> str:
    """A section's title in its box or rotated cell: its heading, or its label bare when the style formats no
    heading (a body table's donor: its labels bare in their cells)."""
    return heading_text(n, label, style) if style.heading_format else label


def printed_number(n: int, style: Style) -> int:
    """The number the ``n``-th section heading prints (one less past a heading printed bare)."""
    return n - (0 < style.bare_heading < n)


def section_keys(style: Style) -> list[str]:
    """The sections in the order the card heads them (the first places at least: a section the card has
    nothing for is left out and not numbered)."""
    if style.section_order:
        return [k for k in style.section_order if k != "figures"]
    return ["overview", "funding", *(["photos"] if style.page_plan == "five" else []), "achievements",
            "outreach", "plans", "effects"]


def running_text(rec: Record, style: Style) -> str:
    """The running page header of a card (``style.running_text``: the title line, the 관리번호; a
    booklet's title and quarter)."""
    return style.running_text.format(kind=rec["header"]["kind"], no=rec["header"]["mgmt_no"], printed=print_stamp(rec),
                                     title=style.booklet_title, quarter=quarter_text(rec),
                                     pledge=rec["header"]["title"], as_of=rec["as_of"]["raw"],
                                     lead=rec["header"].get("lead") or "")


def print_stamp(rec: Record) -> str:
    """The day and time a browser printed the card (its print header): some days after the as-of date,
    ``2025. 1. 6. 오후 3:12``."""
    import datetime

    r = random.Random(f"print-{rec['header']['title']}")
    end = rec["as_of"]["end"] or "2024-12-31"
    day = datetime.date.fromisoformat(end) + datetime.timedelta(days=r.randint(4, 40))
    hour, minute = r.randint(9, 18), r.randint(0, 59)
    half = "오전" if hour < 12 else "오후"
    return f"{day.year}. {day.month}. {day.day}. {half} {hour if hour <= 12 else hour - 12}:{minute:02d}"


def quarter_text(rec: Record) -> str:
    """The card's reporting quarter as a booklet's cover prints it: ``2024년 3/4분기``."""
    label = rec["as_of"]["label"]
    return f"{label[:4]}년 {label[-1]}/4분기" if "-Q" in label else rec["as_of"]["raw"]


def _heading(n: int, label: str, style: Style) -> Para | Grid:
    if style.heading_box:  # a shaded one-cell box holding the heading
        g = Grid(1, 1, widths=[1.0], role="section")
        g.put(0, 0, heading_text(n, label, style) if style.heading_format else label, head=True, align="left")
        return g
    if style.heading_format:
        return Para(heading_text(n, label, style), "heading")
    if style.numbered:
        return Para(f"{n}. {label}", "heading")
    return Para(f"{style.heading_mark} {label}" if style.heading_mark else label, "heading")


def _item_line(item: Record, style: Style | None = None) -> str:
    date = item.get("date")
    if date and style is not None and style.item_date_first:  # a dated log: ▢ 2024. 3. 15. 착공
        return f"{item['marker']} {date['raw']} {item['text']}"
    if date and style is not None and style.day_first and date["precision"] == "day":  # 가. 2024. 3. 15. 착공
        return f"{item['marker']} {date['raw']} {item['text']}"
    body = f"{item['text']} : {date['raw']}" if date else item["text"]
    return f"{item['marker']} {body}" if item["marker"] else body  # a table's level-1 row prints no marker


# ------------------------------------------------------------------------------ header


def header_grid(rec: Record, style: Style) -> Grid:
    if style.header_layout:
        return _HEADER_LAYOUTS[style.header_layout](rec, style)
    h = rec["header"]
    lab = style.spaced
    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
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
        g.put(4, 4, _header_fields(rec, style)["status"][1], cs=2)
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
        g.put(4, 1, _header_fields(rec, style)["status"][1], cs=5, align="left")
    return g


def header_lines(rec: Record, style: Style) -> list[str]:
    """The header printed as paragraphs, one fact a line (``○ 공약명 : ...``), without a table."""
    f = _header_fields(rec, style)
    keys = ["title", "no", "lead", "contact", "coop", "target", "status"]
    return [style.header_line.format(label=f[k][0], value=f[k][1]) for k in keys]


def _pairs_grid(rows: list[list[tuple[str, str]]], n_cols: int, widths: list[float]) -> Grid:
    """Label/value pairs laid out row by row; the last value of a row spans the rest of it."""
    g = Grid(len(rows), n_cols, widths=widths, role="header")
    for i, pairs in enumerate(rows):
        col = 0
        for k, (label, value) in enumerate(pairs):
            g.put(i, col, label, head=True)
            span = n_cols - col - 1 if k == len(pairs) - 1 else 1
            g.put(i, col + 1, value, cs=span, align="left" if span > 1 else "center")
            col += 2
    return g


def _header_fields(rec: Record, style: Style) -> dict[str, tuple[str, str]]:
    h = rec["header"]
    words = dict(style.header_words)
    lab = style.spaced

    def w(key: str, default: str) -> str:
        return words.get(key) or lab(default)

    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
    contact = style.contact_format.format(name=h["contact_name"], phone=h["contact_phone"])
    status = h["status"]
    if style.status_boxes:  # ■ 정상추진 □ 부진 □ 완료: the ticked box is the status
        on, off = card_marks(rec, style)
        status = " ".join(style.box_format.format(mark=on if o == h["status"] else off, option=o)
                          for o in style.status_boxes)
    if style.status_symbols:  # ◐ 추진중: the status after its legend symbol
        status = f"{dict(style.status_symbols)[h['status']]} {h['status']}"
    if style.status_change:  # 부진 → 정상추진: the status with the one the last report printed
        status = style.status_change.format(old=earlier_status(rec, style.status_before), new=status)
    fields = {
        "title": (w("title", "공약명"), h["title"]),
        "no": (words.get("no", "관리번호"), style.no_format.format(no=h["mgmt_no"])),
        "lead": (style.lead_label, h["lead_dept"]), "name": (w("name", "담당자"), h["contact_name"]),
        "phone": (style.phone_label, style.phone_format.format(phone=h["contact_phone"])), "coop": (words.get("coop", "협조부서"), coop),
        "target": (words.get("target", "실천목표"), h["target"]), "status": (style.status_label, status),
        "contact": (w("contact", "담당자"), contact),
        "as_of": (style.as_of_label, rec["as_of"]["raw"]),
    }
    if style.type_boxes:  # ■ 신규 □ 계속: one ticked a card
        on, off = card_marks(rec, style)
        ticked = random.Random(f"type-{h['title']}").choice(style.type_boxes)
        fields["type"] = (style.type_label, " ".join(style.box_format.format(mark=on if o == ticked else off, option=o)
                                                     for o in style.type_boxes))
    fields |= {f"extra{k}": pair for k, pair in enumerate(style.header_extra)}
    if style.label_fill:  # every label spread over its cell (관 리 번 호, 담 당 자)
        return {k: (lab(label), value) for k, (label, value) in fields.items()}
    return fields


def card_marks(rec: Record, style: Style) -> tuple[str, str]:
    """The checkbox glyphs (ticked, not) of one card: ``style.box_marks``, or a pair of ``box_mark_sets``
    drawn by the card's title."""
    if style.box_mark_sets:
        return random.Random(f"boxes-{rec['header']['title']}").choice(style.box_mark_sets)
    return style.box_marks


def quarter_boxes(year: int, quarter: int, marks: tuple[str, str], style: Style) -> str:
    """``2024년  □1/4 □2/4 ■3/4 □4/4``: the year beside a checkbox a quarter, ``quarter`` ticked."""
    on, off = marks
    boxes = " ".join(style.quarter_box_format.format(mark=on if q == quarter else off, q=q) for q in range(1, 5))
    return style.as_of_boxes.format(y=year, boxes=boxes)


def _header_wide(rec: Record, style: Style) -> Grid:
    """Several pairs in one wide row: 관리번호 | no | 공약명 | title (8 columns)."""
    f = _header_fields(rec, style)
    rows = [[f["no"], f["title"]], [f["lead"], f["name"], f["phone"]], [f["coop"], f["target"], f["status"]]]
    if style.as_of_label:
        rows.append([f["as_of"]])
    return _pairs_grid(rows, 8, [1.1, 1.0, 1.1, 1.6, 1.1, 1.2, 1.1, 1.6])


def _header_vertical(rec: Record, style: Style) -> Grid:
    """One pair a row: labels down the first column."""
    f = _header_fields(rec, style)
    keys = ["title", "no", "lead", "name", "phone", "coop", "target", "status"] + (["as_of"] if style.as_of_label else [])
    return _pairs_grid([[f[k]] for k in keys], 2, [1.0, 5.0])


def _header_contact_cell(rec: Record, style: Style) -> Grid:
    """Name and phone in one cell; the as-of date in the table's last row."""
    f = _header_fields(rec, style)
    rows = [[f["title"]], [f["no"], f["lead"]], [f["contact"], f["coop"]], [f["target"], f["status"]]]
    if style.as_of_label:
        rows.append([f["as_of"]])
    return _pairs_grid(rows, 4, [1.0, 2.2, 1.0, 2.2])


def _header_stacked(rec: Record, style: Style) -> Grid:
    """A row of labels over a row of their values, twice."""
    f = _header_fields(rec, style)
    bands = [["title", "no", "lead", "name", "phone"], ["coop", "target", "status"]]
    if style.as_of_label:
        bands[1].append("as_of")
    g = Grid(4, 5, widths=[2.6, 1.0, 1.4, 1.0, 1.3], role="header")
    for b, keys in enumerate(bands):
        spans = [1] * len(keys)
        spans[-1] += 5 - len(keys)
        col = 0
        for k, span in zip(keys, spans, strict=True):
            g.put(2 * b, col, f[k][0], cs=span, head=True)
            g.put(2 * b + 1, col, f[k][1], cs=span)
            col += span
    return g


def _header_grid4(rec: Record, style: Style) -> Grid:
    """Two label/value pairs a row (4 columns); the status label and its checkboxes span two rows
    beside 담당자 and 연락처."""
    f = _header_fields(rec, style)
    g = Grid(6, 4, widths=[1.0, 2.2, 1.0, 2.2], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    for row, (a, b) in ((1, ("no", "lead")), (2, ("name", "status")), (3, ("phone", None))):
        g.put(row, 0, f[a][0], head=True)
        g.put(row, 1, f[a][1])
        if b:
            rs = 2 if b == "status" else 1
            g.put(row, 2, f[b][0], rs=rs, head=True)
            g.put(row, 3, f[b][1], rs=rs, align="left")
    for row, k in ((4, "coop"), (5, "target")):
        g.put(row, 0, f[k][0], head=True)
        g.put(row, 1, f[k][1], cs=3, align="left")
    return g


def _header_grid4_contact(rec: Record, style: Style) -> Grid:
    """Two pairs a row (4 columns); one 담당자 label spans the name row and the phone row below it,
    the phone printed without a label of its own; the status as checkboxes across the table."""
    f = _header_fields(rec, style)
    g = Grid(6, 4, widths=[1.0, 2.0, 1.0, 2.4], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    g.put(1, 0, f["no"][0], head=True)
    g.put(1, 1, f["no"][1])
    g.put(1, 2, f["lead"][0], head=True)
    g.put(1, 3, f["lead"][1])
    g.put(2, 0, f["name"][0], rs=2, head=True)
    g.put(2, 1, f["name"][1])
    g.put(3, 1, f["phone"][1])
    right = [f["coop"], f["as_of"]] if style.as_of_label else [f["coop"], f["target"]]
    for row, (label, value) in zip((2, 3), right, strict=True):
        g.put(row, 2, label, head=True)
        g.put(row, 3, value, align="left")
    g.put(4, 0, f["status"][0], head=True)
    g.put(4, 1, f["status"][1], cs=3, align="left")
    last = f["target"] if style.as_of_label else f["coop"]
    g.put(5, 0, last[0], head=True)
    g.put(5, 1, last[1], cs=3, align="left")
    return g


def _header_split_no(rec: Record, style: Style) -> Grid:
    """Labels spaced and broken over two lines of their cell (``담 당`` / ``부 서``); the 관리번호
    printed as two cells, 분야 and 순번 (``3-12`` -> ``3`` | ``12``)."""
    h = rec["header"]
    lab = style.broken
    field_no, _, seq = h["mgmt_no"].partition("-")
    coop = style.coop_sep.join(h["coop_depts"]) if h["coop_depts"] else "-"
    g = Grid(5, 6, widths=[1.0, 2.2, 1.0, 1.6, 1.0, 1.8], role="header")
    g.put(0, 0, lab("분야"), head=True)
    g.put(0, 1, field_no)
    g.put(0, 2, lab("순번"), head=True)
    g.put(0, 3, seq)
    g.put(0, 4, lab(style.status_label), head=True)
    g.put(0, 5, h["status"])
    g.put(1, 0, lab("공약명"), head=True)
    g.put(1, 1, h["title"], cs=5, align="left")
    g.put(2, 0, lab(style.lead_label), head=True)
    g.put(2, 1, h["lead_dept"])
    g.put(2, 2, lab("담당자"), head=True)
    g.put(2, 3, h["contact_name"])
    g.put(2, 4, lab(style.phone_label), head=True)
    g.put(2, 5, h["contact_phone"])
    g.put(3, 0, lab("협조부서"), head=True)
    g.put(3, 1, coop, cs=5, align="left")
    g.put(4, 0, lab("실천목표"), head=True)
    g.put(4, 1, h["target"], cs=5, align="left")
    return g


def _header_wide3(rec: Record, style: Style) -> Grid:
    """The header across the full width of a landscape page: three label/value pairs a row (6 columns)."""
    f = _header_fields(rec, style)
    rows = [[f["title"]], [f["no"], f["lead"], f["status"]], [f["name"], f["phone"], f["as_of"]],
            [f["coop"], f["target"]]]
    if not style.as_of_label:
        rows[2].pop()
    return _pairs_grid(rows, 6, [1.0, 1.6, 1.0, 1.6, 1.0, 2.4])


def _header_row8(rec: Record, style: Style) -> Grid:
    """Four label/value pairs in one wide row (번호 | no | 부서 | dept | 담당 | name | 연락처 | phone), the
    title over it, the cooperating departments and the status under it, the target last."""
    f = _header_fields(rec, style)
    rows = [[f["title"]], [f["no"], f["lead"], f["name"], f["phone"]], [f["coop"], f["status"]], [f["target"]]]
    return _pairs_grid(rows, 8, [1.1, 0.9, 0.9, 1.5, 0.9, 0.9, 1.0, 1.3])


def _header_grid6(rec: Record, style: Style) -> Grid:
    """Three label/value pairs a row (6 columns), the number first; the title and the target each a
    row of their own."""
    f = _header_fields(rec, style)
    rows = [[f["no"], f["lead"], f["status"]], [f["title"]], [f["name"], f["phone"], f["coop"]], [f["target"]]]
    return _pairs_grid(rows, 6, [1.0, 1.5, 1.0, 1.5, 1.0, 1.5])


def _header_dept2(rec: Record, style: Style) -> Grid:
    """The department in charge printed as two cells, 담당부서 (its bureau) and 담당과 (the division):
    ``교육혁신국 학교혁신과`` -> ``교육혁신국`` | ``학교혁신과``; a 책임자 (a supervisor, not in the record)
    and the 담당자 printed with their ranks before their names (``장학관 박서연``, ``장학사 김민수``)."""
    from samples.phrases import GIVEN_SYL, SURNAMES

    f = _header_fields(rec, style)
    h = rec["header"]
    bureau, _, division = h["lead_dept"].partition(" ")
    r = random.Random(f"chief-{h['title']}")
    chief = r.choice(SURNAMES) + r.choice(GIVEN_SYL) + r.choice(GIVEN_SYL)
    boss_rank, rank = style.contact_ranks
    g = Grid(5, 6, widths=[1.0, 1.8, 1.0, 1.8, 1.0, 1.6], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    g.put(0, 4, f["no"][0], head=True)
    g.put(0, 5, f["no"][1])
    g.put(1, 0, style.lead_label, head=True)
    g.put(1, 1, bureau)
    g.put(1, 2, "담당과", head=True)
    g.put(1, 3, division or "-")
    g.put(1, 4, f["as_of"][0], head=True)
    g.put(1, 5, f["as_of"][1])
    g.put(2, 0, "책임자", head=True)
    g.put(2, 1, f"{boss_rank} {chief}")
    g.put(2, 2, f["name"][0], head=True)
    g.put(2, 3, f"{rank} {h['contact_name']}")
    g.put(2, 4, f["phone"][0], head=True)
    g.put(2, 5, f["phone"][1])
    g.put(3, 0, f["coop"][0], head=True)
    g.put(3, 1, f["coop"][1], cs=5, align="left")
    g.put(4, 0, f["target"][0], head=True)
    g.put(4, 1, f["target"][1], cs=3, align="left")
    g.put(4, 4, f["status"][0], head=True)
    g.put(4, 5, f["status"][1])
    return g


def progress(rec: Record) -> int:
    """The 추진률 (percent) a header prints beside the status: 100 when done, else drawn from the title."""
    if rec["header"]["status_code"] == "done":
        return 100
    return random.Random(f"progress-{rec['header']['title']}").randrange(15, 100, 5)


def _header_rate(rec: Record, style: Style) -> Grid:
    """Six columns; the status (radio marks over the options) and the progress percent share the
    last row: ``추진상황 | ○ 정상 ● 완료 ○ 부진 | 추진률 | 65%``."""
    f = _header_fields(rec, style)
    g = Grid(5, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    g.put(0, 4, f["no"][0], head=True)
    g.put(0, 5, f["no"][1])
    _contact_rows(g, f, 1)
    g.put(4, 0, f["status"][0], head=True)
    g.put(4, 1, f["status"][1], cs=3)
    g.put(4, 4, style.progress_label, head=True)
    g.put(4, 5, f"{progress(rec)}%")
    return g


def _contact_rows(g: Grid, f: dict[str, tuple[str, str]], row: int) -> None:
    """The department, name and phone pairs on ``row`` of a six-column header grid, the 협조부서 and the
    target under them across the row."""
    for k, key in enumerate(("lead", "name", "phone")):
        g.put(row, 2 * k, f[key][0], head=True)
        g.put(row, 2 * k + 1, f[key][1])
    for r, key in ((row + 1, "coop"), (row + 2, "target")):
        g.put(r, 0, f[key][0], head=True)
        g.put(r, 1, f[key][1], cs=5, align="left")


def _header_overview(rec: Record, style: Style) -> Grid:
    """Six columns; the overview's facts are rows of the header (no overview section): 사업기간 beside
    the status, 총사업비, 사업목표 and the 주요내용 lines (bulleted) in one cell."""
    f = _header_fields(rec, style)
    o = rec["overview"]
    lp, lb, lc = style.overview_labels
    g = Grid(7, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    g.put(0, 4, f["no"][0], head=True)
    g.put(0, 5, f["no"][1])
    for k, key in enumerate(("lead", "name", "phone")):
        g.put(1, 2 * k, f[key][0], head=True)
        g.put(1, 2 * k + 1, f[key][1])
    g.put(2, 0, f["coop"][0], head=True)
    g.put(2, 1, f["coop"][1], cs=5, align="left")
    g.put(3, 0, lp, head=True)
    g.put(3, 1, o["period"]["raw"], cs=3)
    g.put(3, 4, f["status"][0], head=True)
    g.put(3, 5, f["status"][1])
    g.put(4, 0, lb, head=True)
    g.put(4, 1, o["budget"]["raw"], cs=5, align="left")
    g.put(5, 0, f["target"][0], head=True)
    g.put(5, 1, f["target"][1], cs=5, align="left")
    g.put(6, 0, lc, head=True)
    lines = [f"{style.bullet2} {c}" for c in o["contents"]] + [f"* {n}" for n in o["notes"]]
    g.put(6, 1, lines or ["-"], cs=5, align="left")
    return g


def _header_untitled(rec: Record, style: Style) -> Grid:
    """No title and no 관리번호 (printed on a line above, ``style.title_line``): the department, the
    contact's name and phone in one row, then the cooperating departments, the target and the status."""
    f = _header_fields(rec, style)
    rows = [[f["lead"], f["name"], f["phone"]], [f["coop"]], [f["target"], f["status"]]]
    return _pairs_grid(rows, 6, [1.1, 1.8, 1.0, 1.1, 1.0, 1.4])


def _header_asof_top(rec: Record, style: Style) -> Grid:
    """Six columns: the title and the as-of date in the top row, then 번호 / 부서 / 담당 (name and phone
    in one cell), the 협조부서 row, the target beside the status."""
    f = _header_fields(rec, style)
    g = Grid(4, 6, widths=[1.0, 1.4, 1.0, 1.6, 1.0, 2.0], role="header")
    g.put(0, 0, f["title"][0], head=True)
    g.put(0, 1, f["title"][1], cs=3, align="left")
    g.put(0, 4, f["as_of"][0], head=True)
    g.put(0, 5, f["as_of"][1])
    for k, key in enumerate(("no", "lead", "contact")):
        g.put(1, 2 * k, f[key][0], head=True)
        g.put(1, 2 * k + 1, f[key][1])
    g.put(2, 0, f["coop"][0], head=True)
    g.put(2, 1, f["coop"][1], cs=5, align="left")
    g.put(3, 0, f["target"][0], head=True)
    g.put(3, 1, f["target"][1], cs=3, align="left")
    g.put(3, 4, f["status"][0], head=True)
    g.put(3, 5, f["status"][1])
    return g


def _header_band(rec: Record, style: Style) -> Grid:
    """Two rows across the page: every label over its value (관리번호 | 공약사업명 | ... | 추진상황 |
    기준일), no label beside a value."""
    f = _header_fields(rec, style)
    keys = ["no", "title", "lead", "name", "phone", "coop", "target", "status"] + (["as_of"] if style.as_of_label else [])
    widths = {"title": 2.2, "coop": 1.6, "target": 1.2, "lead": 1.3, "as_of": 1.4, "no": 0.9, "name": 0.9,
              "phone": 1.3}
    g = Grid(2, len(keys), widths=[widths.get(k, 1.0) for k in keys], role="header")
    for k, key in enumerate(keys):
        g.put(0, k, f[key][0], head=True)
        g.put(1, k, f[key][1], align="left" if key == "title" else "center")
    return g


def _header_sub5(rec: Record, style: Style) -> Grid:
    """Pairs over five columns whose first label spans the two label columns of a body table with a
    second label column under it (``body_sublabels``): label | value | label | value."""
    f = _header_fields(rec, style)
    # outside a body table no row has a cell of the second label column: the labels one column wide
    # (a column no anchor cell starts in is one the HWPX writer cannot merge over)
    w = 2 if style.body_header else 1
    g = Grid(5, 3 + w, widths=[1.0, 1.1, 3.4, 1.1, 2.2] if w == 2 else [2.1, 3.4, 1.1, 2.2], role="header")
    for row, k in ((0, "title"), (4, "target")):
        g.put(row, 0, f[k][0], cs=w, head=True)
        g.put(row, w, f[k][1], cs=3, align="left")
    for row, (a, b) in ((1, ("no", "status")), (2, ("lead", "name")), (3, ("coop", "phone"))):
        g.put(row, 0, f[a][0], cs=w, head=True)
        g.put(row, w, f[a][1], align="left")
        g.put(row, w + 1, f[b][0], head=True)
        g.put(row, w + 2, f[b][1])
    return g


def progress_text(rec: Record, style: Style) -> list[str]:
    """The progress beside the status: ``70%``, or a bar of ten glyphs over it (``■■■■■■■□□□`` / ``70%``)."""
    pct = progress(rec)
    if not style.progress_bar:
        return [f"{pct}%"]
    full, empty = style.progress_bar
    return [f"{full * (pct // 10)}{empty * (10 - pct // 10)}", f"{pct}%"]


GRADES = ("SA", "A", "A", "B", "B", "C")


def _header_status_grid(rec: Record, style: Style) -> Grid:
    """A pledge list's row as a header (a published list of pledges prints one so): 관리번호 | 공약사업명 |
    소관부서 | the status options across under one spanning status head, ``style.status_grid``'s words under
    them (해당됨 under the card's status, 해당안됨 under the others) | the progress percent; then the contact,
    the 협조부서 and the target as label | value rows."""
    f = _header_fields(rec, style)
    h = rec["header"]
    opts = style.status_boxes
    n = 4 + len(opts)
    g = Grid(5, n, widths=[1.0, 2.4, 1.3] + [0.8] * len(opts) + [0.9], role="header")
    for col, key in ((0, "no"), (1, "title"), (2, "lead")):
        g.put(0, col, f[key][0], rs=2, head=True)
        g.put(2, col, f[key][1], align="left" if key == "title" else "center")
    g.put(0, 3, f["status"][0], cs=len(opts), head=True)
    on, off = style.status_grid
    for j, o in enumerate(opts):
        g.put(1, 3 + j, o, head=True)
        g.put(2, 3 + j, on if o == h["status"] else off)
    g.put(0, n - 1, style.progress_label, rs=2, head=True)
    g.put(2, n - 1, str(progress(rec)))
    g.put(3, 0, f["name"][0], head=True)
    g.put(3, 1, f["name"][1])
    g.put(3, 2, f["phone"][0], head=True)
    g.put(3, 3, f["phone"][1], cs=2)
    g.put(3, 5, f["coop"][0], head=True)
    g.put(3, 6, f["coop"][1], cs=n - 6, align="left")
    g.put(4, 0, f["target"][0], head=True)
    g.put(4, 1, f["target"][1], cs=n - 1, align="left")
    return g


def _header_ranks(rec: Record, style: Style) -> Grid:
    """Three bands of shaded labels over their values, in an order of their own: 번호 | 사업명 | 추진상황 |
    추진률 | 평가등급, then the department (its team on a line under it) | one column a rank above the
    담당자 (``contact_chain``: 과장, 팀장; names drawn, not in the record) | 담당자 | 연락처 | 기준일, then
    협조부서 | 이행목표."""
    from samples.phrases import GIVEN_SYL, SURNAMES

    f = _header_fields(rec, style)
    h = rec["header"]
    r = random.Random(f"ranks-{h['title']}")
    chain = [(rank, r.choice(SURNAMES) + r.choice(GIVEN_SYL) + r.choice(GIVEN_SYL)) for rank in style.contact_chain]
    n = 4 + len(chain) + 1  # department, the chain, 담당자, phone (two columns), as-of
    g = Grid(6, n, widths=[1.3] + [0.8] * (len(chain) + 1) + [0.9, 2.0, 1.6], role="header")
    top = [(f["no"], 1), (f["title"], n - 4), (f["status"], 1), ((style.progress_label, progress_text(rec, style)), 1)]
    top.append(((style.grade_label, f"{GRADES[r.randrange(len(GRADES))]}등급"), 1))
    col = 0
    for (label, value), span in top:
        g.put(0, col, label, cs=span, head=True)
        g.put(1, col, value, cs=span, align="left" if span > 1 else "center")
        col += span
    dept, _, team = h["lead_dept"].rpartition(" ")
    mid = [(f["lead"][0], [dept, team] if dept else [team], 1), *((rank, [name], 1) for rank, name in chain),
           (f["name"][0], [h["contact_name"]], 1), (f["phone"][0], [f["phone"][1]], 2), (f["as_of"][0], [f["as_of"][1]], 1)]
    col = 0
    for label, value, span in mid:
        g.put(2, col, label, cs=span, head=True)
        g.put(3, col, value, cs=span)
        col += span
    half = n // 2
    for (label, value), c0, span in ((f["coop"], 0, half), (f["target"], half, n - half)):
        g.put(4, c0, label, cs=span, head=True)
        g.put(5, c0, value, cs=span, align="left")
    return g


def _header_hierarchy(rec: Record, style: Style) -> Grid:
    """Six columns; the pledge's place in the issuer's plan on top, a row a level (``style.hierarchy``:
    분야 | 공약 | 세부사업), each value numbered by the 관리번호's leading parts (the field by a Roman numeral,
    the parent pledge by two parts, the card's own title by the whole number; no 관리번호 cell), then the
    department, the contact, 협조부서, the target, the status (marks over the options) and the as-of
    date beside ``style.rate_cell`` and the progress."""
    f = _header_fields(rec, style)
    h = rec["header"]
    parts = [p for p in h["mgmt_no"].split("-") if p.isdigit()] or ["1"]
    k = int(parts[0])
    fields = style.hierarchy_fields or ("일반",)
    r = random.Random(f"hierarchy-{h['title']}")
    parent = r.choice(style.hierarchy_parents) if style.hierarchy_parents else h["target"]
    field_label, parent_label, own_label = style.hierarchy
    g = Grid(8, 6, widths=[1.0, 1.9, 1.0, 1.3, 1.0, 1.6], role="header")
    top = ((field_label, f"{ROMAN[(k - 1) % len(ROMAN)]}. {fields[(k - 1) % len(fields)]}"),
           (parent_label, f"{'-'.join(parts[:2])}. {parent}"), (own_label, f"{h['mgmt_no']}. {h['title']}"))
    for row, (label, value) in enumerate(top):
        g.put(row, 0, label, head=True)
        g.put(row, 1, value, cs=5, align="left")
    _contact_rows(g, f, 3)
    g.put(6, 0, f["status"][0], head=True)
    g.put(6, 1, f["status"][1], cs=5, align="left")
    g.put(7, 0, f["as_of"][0] or "기준일", head=True)
    if style.rate_cell:
        g.put(7, 1, f["as_of"][1], cs=3, align="left")
        g.put(7, 4, style.rate_cell, head=True)
        g.put(7, 5, f"{progress(rec)}%")
    else:
        g.put(7, 1, f["as_of"][1], cs=5, align="left")
    return g


def desk_contact(rec: Record, style: Style) -> str:
    """The 담당자 cell of a ``tiers`` header: rank, name and extension in one (``주무관 박서연 (내선 2345)``),
    the rank and the format drawn from the title (not in the record)."""
    h = rec["header"]
    r = random.Random(f"desk-{h['title']}")
    rank = r.choice(style.desk_ranks) if style.desk_ranks else ""
    fmt = r.choice(style.desk_contact) if style.desk_contact else "{rank} {name} ({phone})"
    return fmt.format(rank=rank, name=h["contact_name"], phone=h["contact_phone"]).strip()


def secured_rate(rec: Record) -> str:
    """The budget secured so far: the total row's 기투자 and years to the as-of year over its total (``72.4%``)."""
    f = rec["funding"]
    row = next((x for x in f["rows"] if x["source"] == "total"), None)
    if row is None or not f["columns"]:
        return "-"
    year = int(rec["as_of"]["end"][:4])
    total = sum(v for c, v in zip(f["columns"], row["amounts_krw"], strict=True) if c["kind"] in ("prior", "year"))
    got = sum(v for c, v in zip(f["columns"], row["amounts_krw"], strict=True)
              if c["kind"] == "prior" or (c["kind"] == "year" and c["year"] <= year))
    return f"{100 * got / total:.1f}%" if total else "-"


def _header_tiers(rec: Record, style: Style) -> Grid:
    """Six columns: 관리번호 | no | 공약명 | title; the department's levels (``style.dept_tiers``: 실·국 | 과 |
    팀) under one label spanning two rows, their values under them, the 담당자 beside them (rank, name and
    extension in one cell); 협조부서 one a line in one cell | 이행목표; the stages (``style.step_tracker``) over
    their marks; the status word beside ``style.rate_summary`` (이행률 | 예산확보율) and their figures."""
    f = _header_fields(rec, style)
    h = rec["header"]
    g = Grid(7, 6, widths=[1.0, 1.2, 1.3, 1.3, 1.0, 1.9], role="header")
    g.put(0, 0, f["no"][0], head=True)
    g.put(0, 1, f["no"][1])
    g.put(0, 2, f["title"][0], head=True)
    g.put(0, 3, f["title"][1], cs=3, align="left")
    levels = h["lead_dept"].split(" ", len(style.dept_tiers) - 1)
    g.put(1, 0, f["lead"][0], rs=2, head=True)
    for k, label in enumerate(style.dept_tiers):
        g.put(1, 1 + k, label, head=True)
        g.put(2, 1 + k, levels[k] if k < len(levels) else "")
    g.put(1, 4, f["name"][0], rs=2, head=True)
    g.put(1, 5, desk_contact(rec, style), rs=2)
    g.put(3, 0, f["coop"][0], head=True)
    g.put(3, 1, list(h["coop_depts"]) or ["-"], cs=2)
    g.put(3, 3, f["target"][0], head=True)
    g.put(3, 4, f["target"][1], cs=2, align="left")
    steps = style.step_tracker
    pct = progress(rec)
    now = len(steps) if pct >= 100 else min(len(steps) - 1, pct * len(steps) // 100)
    passed, current, ahead = style.step_marks
    g.put(4, 0, "추진단계", rs=2, head=True)
    for k, step in enumerate(steps):
        g.put(4, 1 + k, step, head=True)
        g.put(5, 1 + k, passed if k < now else current if k == now else ahead)
    g.put(6, 0, f["status"][0], head=True)
    g.put(6, 1, f["status"][1])
    (rate_label, secured_label) = style.rate_summary
    g.put(6, 2, rate_label, head=True)
    g.put(6, 3, f"{pct}%")
    g.put(6, 4, secured_label, head=True)
    g.put(6, 5, secured_rate(rec))
    return g


def stamp_title(rec: Record, style: Style) -> Grid:
    """The title line beside a stamp box (a borderless 1x2 layout table): the box ``style.stamp_label``
    over the as-of date, which the card prints nowhere else."""
    box = Grid(2, 1, widths=[1.0], role="approval")
    box.put(0, 0, style.stamp_label, head=True)
    box.put(1, 0, rec["as_of"]["raw"])
    g = Grid(1, 2, widths=[4.0, 1.2], role="layout")
    g.put(0, 0, rec["header"]["kind"], align="left")
    g.put(0, 1, [box])
    return g


def _header_pairs(rec: Record, style: Style) -> Grid:
    """The fields in ``style.header_keys`` order, ``style.header_pairs`` label | value pairs a row."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    rows = [[f[x] for x in keys[i:i + k]] for i in range(0, len(keys), k)]
    return _pairs_grid(rows, 2 * k, [1.0, 2.0] * k)


def _header_bands(rec: Record, style: Style) -> Grid:
    """A row of labels over a row of their values, ``style.header_pairs`` fields a band, in
    ``style.header_keys`` order; the last field of a band spans what is left of it."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    bands = [keys[i:i + k] for i in range(0, len(keys), k)]
    g = Grid(2 * len(bands), k, widths=[1.0] * k, role="header")
    for b, band in enumerate(bands):
        for j, key in enumerate(band):
            span = k - j if j == len(band) - 1 else 1
            g.put(2 * b, j, f[key][0], cs=span, head=True)
            g.put(2 * b + 1, j, f[key][1], cs=span)
    return g


def _header_side(rec: Record, style: Style) -> Grid:
    """A label | value row a field of ``style.header_keys``, the fields ``style.header_side`` stacked in a
    right-hand column beside them: each its label over its value, the value spanning its share of the rows."""
    f = _header_fields(rec, style)
    left = [k for k in style.header_keys if k not in style.header_side]
    g = Grid(len(left), 3, widths=[1.1, 3.2, 1.4], role="header")
    for i, key in enumerate(left):
        g.put(i, 0, f[key][0], head=True)
        g.put(i, 1, f[key][1], align="left")
    share, top = len(left) // len(style.header_side), 0
    for j, key in enumerate(style.header_side):
        rows = share if j < len(style.header_side) - 1 else len(left) - top
        g.put(top, 2, f[key][0], head=True)
        g.put(top + 1, 2, f[key][1], rs=rows - 1)
        top += rows
    return g


def _header_rotated(rec: Record, style: Style) -> Grid:
    """A narrow first column whose one cell, spanning every row, holds ``style.header_band_label`` drawn
    rotated; beside it the fields in ``style.header_keys`` order, ``style.header_pairs`` pairs a row."""
    f = _header_fields(rec, style)
    k = style.header_pairs
    keys = list(style.header_keys)
    rows = [[f[x] for x in keys[i:i + k]] for i in range(0, len(keys), k)]
    inner = _pairs_grid(rows, 2 * k, [1.0, 2.0] * k)
    g = Grid(inner.n_rows, 1 + inner.n_cols, widths=[0.45, *inner.widths], role="header")
    g.put(0, 0, style.header_band_label, rs=inner.n_rows, head=True, rotate=True)
    for c in inner.cells:
        g.put(c.row, 1 + c.col, c.content, rs=c.row_span, cs=c.col_span, head=c.head, align=c.align)
    return g


def _header_groups(rec: Record, style: Style) -> Grid:
    """Three columns: a group label (``style.header_groups``) spanning the rows of its fields, beside it each
    field's label and value, a field a row (``담당`` over ``부서`` / ``성명`` / ``전화``)."""
    f = _header_fields(rec, style)
    n = sum(len(keys) for _, keys in style.header_groups)
    g = Grid(n, 3, widths=[0.8, 1.2, 4.0], role="header")
    row = 0
    for label, keys in style.header_groups:
        g.put(row, 0, label, rs=len(keys), head=True)
        for k, key in enumerate(keys):
            g.put(row + k, 1, f[key][0], head=True)
            g.put(row + k, 2, f[key][1], align="left")
        row += len(keys)
    return g


_HEADER_LAYOUTS = {"status_grid": _header_status_grid, "groups": _header_groups, "side": _header_side, "rotated": _header_rotated, "tiers": _header_tiers, "hierarchy": _header_hierarchy, "ranks": _header_ranks, "pairs": _header_pairs, "bands": _header_bands, "band": _header_band, "sub5": _header_sub5, "untitled": _header_untitled, "asof_top": _header_asof_top, "overview": _header_overview, "rate": _header_rate, "dept2": _header_dept2, "wide": _header_wide, "wide3": _header_wide3, "vertical": _header_vertical, "contact_cell": _header_contact_cell,
                   "stacked": _header_stacked, "grid4": _header_grid4, "grid4_contact": _header_grid4_contact,
                   "split_no": _header_split_no, "grid6": _header_grid6, "row8": _header_row8}


# ------------------------------------------------------------------------------ sections


def wrap_budget(raw: str) -> str:
    """``..., 민자 18,000,000)`` -> ``..., 민자 18,`` newline ``000,000)``: the line breaks inside the
    last number of the parenthesised list (after its first comma), as a narrow cell wraps it."""
    open_at = raw.find("(")
    cut = raw.rfind(" ", open_at)
    comma = raw.find(",", cut)
    if open_at < 0 or comma < 0:
        return raw
    return raw[: comma + 1] + "\n" + raw[comma + 1:]


def overview_lines(rec: Record, style: Style | None = None) -> list[str]:
    o = rec["overview"]
    style = style or Style()
    b1, b2, (lp, lb, lc) = style.bullet1, style.bullet2, style.overview_labels
    budget = wrap_budget(o["budget"]["raw"]) if style.budget_wrap else o["budget"]["raw"]
    if style.budget_break and "(" in budget:  # the line broken before the last part of the split
        cut = budget.rfind(", ")
        budget = budget[: cut + 1] + "\n" + budget[cut + 2:] if cut > budget.find("(") else budget
    m1, m2, m3 = ("가.", "나.", "다.") if style.overview_lettered else (b1, b1, b1)
    if style.overview_marks:  # (1) 사업기간 : ... / (2) 총사업비 : ... / (3) 주요내용, the contents bulleted
        m1, m2, m3 = style.overview_marks
        b2 = b1
    if style.overview_lettered:  # the labels lettered as sub-headings, the contents bulleted under them
        b2 = b1
    lines = [f"{m1} {lp} : {o['period']['raw']}", f"{m2} {lb} : {budget}", f"{m3} {lc}"]
    if not style.overview_budget:  # the budget told in the funding section only
        lines = [lines[0], f"{m2} {lc}"]
    lines += [f"{b2} {c}" for c in o["contents"]]
    lines += [f"* {n}" for n in o["notes"]]
    return lines


def overview_grid(rec: Record, style: Style) -> Grid:
    """The overview as a label | content table, a row a fact (``style.overview_table``: the labels of
    the period, budget and contents rows); the contents bulleted in their cell, the notes under them."""
    o = rec["overview"]
    lp, lb, lc = style.overview_table
    g = Grid(3, 2, widths=[1.0, 6.0], role="overview")
    g.put(0, 0, lp, head=True)
    g.put(0, 1, o["period"]["raw"], align="left")
    g.put(1, 0, lb, head=True)
    g.put(1, 1, o["budget"]["raw"], align="left")
    g.put(2, 0, lc, head=True)
    g.put(2, 1, [f"{style.bullet1} {c}" for c in o["contents"]] + [f"* {n}" for n in o["notes"]], align="left")
    if style.overview_effects and rec["effects"]:  # the effects as the table's last row
        g.n_rows = 4
        g.put(3, 0, style.overview_effects, head=True)
        g.put(3, 1, [f"{style.bullet1} {e}" for e in rec["effects"]], align="left")
    return g


def _two_level_head(g: Grid, cols: list[Record], style: Style) -> None:
    """A funding grid's two head rows right of its two label columns: each total column's label spanning
    both rows, the span heading over the periods and their labels under it."""
    value_idx = [k for k, c in enumerate(cols) if c["kind"] != "total"]
    for k, c in enumerate(cols):
        if c["kind"] == "total":
            g.put(0, 2 + k, c["label"], rs=2, head=True)
    g.put(0, 2 + value_idx[0], style.funding_span, cs=len(value_idx), head=True)
    for k in value_idx:
        g.put(1, 2 + k, year_label(cols[k], style), head=True)


def text_grid(heads: Sequence[str], rows: Sequence[Sequence[str]], widths: list[float], role: str) -> Grid:
    """A three-column table under a head row whose middle column is text set left (a date or name |
    its text | a note or quantity)."""
    g = Grid(1 + len(rows), 3, widths=widths, role=role)
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, (first, text, last) in enumerate(rows):
        g.put(1 + i, 0, first)
        g.put(1 + i, 1, text, align="left")
        g.put(1 + i, 2, last)
    return g


def numbered_grid(g: Grid, head: str) -> Grid:
    """``g`` (one head row over body rows) with a first column so headed, its body rows numbered from 1, as a
    web system's list grid prints them (``번호 | 추진일자 | 추진내용 | 비고``)."""
    if not head:
        return g
    out = Grid(g.n_rows, g.n_cols + 1, widths=[0.5, *g.widths], role=g.role, head_rows=g.head_rows)
    out.put(0, 0, head, head=True)
    for r in range(1, g.n_rows):
        out.put(r, 0, str(r))
    for c in g.cells:
        out.cells.append(replace(c, col=c.col + 1))
    return out


def year_label(col: Record, style: Style) -> str:
    """A funding column's printed label: ``2023년``, ``2023`` or ``'23`` for a year column."""
    if col["kind"] != "year":
        return col["label"]
    if style.year_format:
        return style.year_format.format(y=col["year"], yy=f"{col['year'] % 100:02d}")
    return f"{col['label']}년" if style.year_suffix else col["label"]


def _amount(row: Record, v: int, mult: int, style: Style) -> str:
    text = money_text(v, mult, style) if row["source"] != "total" or v else "0"
    if style.fullwidth_totals and row["source"] == "total":  # １,２００: typed in fullwidth mode
        text = fullwidth(text, digits_only=True)
    if row["source"] in style.fullwidth_rows:  # １，２５０: a row typed in fullwidth mode, its comma too
        text = fullwidth(text, typed=True)
    unit = next((u for u, m in UNIT_MULT.items() if m == mult), "")
    return text + unit if style.cell_unit and v else text  # 3.5억원: the unit in every cell


def _step(unit: str, style: Style) -> int:
    """The won in one printed step of an amount (a tenth of the unit with one decimal)."""
    return unit_mult(unit) // 10**style.amount_decimals


def amount_text(units: int, unit: str, style: Style, *, total: bool = False) -> str:
    """An amount counted in printed steps: ``1,200``, ``3.5``, ``1,200백만원`` (units in cells), ``-``."""
    if units == 0 and style.zero_dash and not total:
        return style.zero_text
    d = style.amount_decimals
    text = grouped(f"{units / 10**d:,.{d}f}" if d else f"{units:,}", style)
    return text + unit.replace(" ", "") if style.cell_unit and units else text


def _totalled(rows: list[Record], parts: list[list[int]], ti: int | None) -> list[list[int]]:
    """The figures of every funding row from the source rows' (``parts``, in row order): each source's
    total column (``ti``) the sum of its others, a total row the sum of the sources."""
    for vals in parts:
        if ti is not None:
            vals[ti] = sum(v for k, v in enumerate(vals) if k != ti)
    it = iter(parts)
    return [[sum(col) for col in zip(*parts, strict=True)] if row["source"] == "total" else next(it) for row in rows]


def _second_figures(rec: Record, style: Style) -> list[list[int]]:
    """The second figure of every funding cell (확보 / 집행), in printed steps, per row and column: the
    years before the as-of year in full, the as-of year in part, later years none; totals add up."""
    f = rec["funding"]
    step = _step(f["unit"], style)
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    r = random.Random(f"second-{rec['header']['title']}")
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    parts: list[list[int]] = []
    for row in f["rows"]:
        if row["source"] == "total":
            continue
        vals = []
        for k, c in enumerate(cols):
            plan = row["amounts_krw"][k] // step
            if k == ti:
                vals.append(0)
            elif c["kind"] == "prior" or (c["kind"] == "year" and c["year"] < as_of_year):
                vals.append(plan)
            elif c["kind"] == "year" and c["year"] == as_of_year:
                vals.append(round(plan * r.uniform(0.4, 0.95)))
            else:
                vals.append(0)
        parts.append(vals)
    return _totalled(f["rows"], parts, ti)


def _funding_secured(rec: Record, style: Style) -> Grid:
    """The total column first, then how much of it is secured and not yet (``확보`` | ``미확보``, under a
    spanning head; not in the record), then the years: what has been budgeted up to the as-of year
    counts as secured."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols, rows = f["columns"], f["rows"]
    ti = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    as_of_year = int(rec["as_of"]["end"][:4])
    years = [k for k in range(len(cols)) if k != ti]
    g = Grid(2 + len(rows), 4 + len(years), widths=[1.2, 1.2, 1.1, 1.1] + [1.0] * len(years), role="funding")
    g.put(0, 0, style.spaced("구분"), rs=2, head=True)
    g.put(0, 1, cols[ti]["label"], rs=2, head=True)
    g.put(0, 2, "재원 확보현황", cs=2, head=True)
    g.put(1, 2, style.pair_labels[0], head=True)
    g.put(1, 3, style.pair_labels[1], head=True)
    g.put(0, 4, style.funding_span, cs=len(years), head=True)
    for j, k in enumerate(years):
        g.put(1, 4 + j, year_label(cols[k], style), head=True)
    for i, row in enumerate(rows):
        v = row["amounts_krw"]
        secured = sum(v[k] for k in years if cols[k]["kind"] == "prior" or
                      (cols[k]["kind"] == "year" and cols[k]["year"] <= as_of_year))
        g.put(2 + i, 0, style.spaced(row["label"]), head=True)
        g.put(2 + i, 1, _amount(row, v[ti], mult, style), align="right")
        g.put(2 + i, 2, money_text(secured, mult, style), align="right")
        g.put(2 + i, 3, money_text(v[ti] - secured, mult, style), align="right")
        for j, k in enumerate(years):
            g.put(2 + i, 4 + j, _amount(row, v[k], mult, style), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _spent_figures(rec: Record, second: list[list[int]]) -> list[list[int]]:
    """What is spent of every secured figure (집행), in printed steps: the years before the as-of year in
    full, the as-of year's in part, the total column and the total rows adding up."""
    f = rec["funding"]
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    r = random.Random(f"spent-{rec['header']['title']}")
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    parts: list[list[int]] = []
    for row, sec in zip(f["rows"], second, strict=True):
        if row["source"] == "total":
            continue
        parts.append([round(v * r.uniform(0.3, 0.9)) if cols[k]["kind"] == "year" and cols[k]["year"] == as_of_year
                      else v for k, v in enumerate(sec)])
    return _totalled(f["rows"], parts, ti)


def _share(row: Record, rows: list[Record]) -> str:
    """A row's planned total over the table's, in % with one decimal (구성비)."""
    whole = sum(sum(r["amounts_krw"]) for r in rows if r["source"] != "total")
    return f"{100 * sum(row['amounts_krw']) / whole:.1f}" if whole else "-"


def _funding_pairs(rec: Record, style: Style) -> Grid:
    """Two figures a cell position: the plan (the record's amounts) and the secured or spent amount,
    as two sub-columns under every column head (``columns``) or two rows under every source (``rows``)."""
    f = rec["funding"]
    step = _step(f["unit"], style)
    cols, rows = f["columns"], f["rows"]
    second = _second_figures(rec, style)
    plan_l, second_l = style.pair_labels
    if style.funding_pair == "columns":
        third = _spent_figures(rec, second) if style.pair_spent else []
        w = 2 + bool(style.pair_rate or third)  # sub-columns a column head spans (the rate: second over plan, %)
        share = 1 if style.pair_share else 0
        g = Grid(2 + len(rows), 1 + w * len(cols) + share, widths=[1.1] + [1.0] * (w * len(cols) + share),
                 role="funding")
        g.put(0, 0, _corner(rec, style) if style.unit_in_corner else style.spaced("구분"), rs=2, head=True)
        for k, c in enumerate(cols):
            g.put(0, 1 + w * k, year_label(c, style), cs=w, head=True)
            g.put(1, 1 + w * k, plan_l, head=True)
            g.put(1, 2 + w * k, second_l, head=True)
            if style.pair_rate or third:
                g.put(1, 3 + w * k, style.pair_spent or style.pair_rate, head=True)
        if share:
            g.put(0, 1 + w * len(cols), style.pair_share, rs=2, head=True)
        for i, row in enumerate(rows):
            tot = row["source"] == "total"
            g.put(2 + i, 0, style.spaced(row["label"]), head=True)
            for k, v in enumerate(row["amounts_krw"]):
                g.put(2 + i, 1 + w * k, amount_text(v // step, f["unit"], style, total=tot), align="right")
                g.put(2 + i, 2 + w * k, amount_text(second[i][k], f["unit"], style, total=tot), align="right")
                if third:
                    g.put(2 + i, 3 + w * k, amount_text(third[i][k], f["unit"], style, total=tot), align="right")
                elif style.pair_rate:
                    rate = f"{100 * second[i][k] / (v // step):.0f}" if v // step else "-"
                    g.put(2 + i, 3 + w * k, rate, align="right")
            if share:
                g.put(2 + i, 1 + w * len(cols), _share(row, rows), align="right")
        g.head_rows = 2 if style.repeat_table_head else 0
        return g
    g = Grid(1 + 2 * len(rows), 2 + len(cols), widths=[1.0, 0.9] + [1.0] * len(cols), role="funding")
    g.put(0, 0, style.spaced("구분"), cs=2, head=True)
    for k, c in enumerate(cols):
        g.put(0, 2 + k, year_label(c, style), head=True)
    for i, row in enumerate(rows):
        tot = row["source"] == "total"
        g.put(1 + 2 * i, 0, style.spaced(row["label"]), rs=2, head=True)
        g.put(1 + 2 * i, 1, plan_l, head=True)
        g.put(2 + 2 * i, 1, second_l, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(1 + 2 * i, 2 + k, amount_text(v // step, f["unit"], style, total=tot), align="right")
            g.put(2 + 2 * i, 2 + k, amount_text(second[i][k], f["unit"], style, total=tot), align="right")
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def _corner(rec: Record, style: Style) -> list[str]:
    """The funding table's 구분 cell; the unit under it when the template prints it there."""
    head = [style.spaced("구분")]
    return head + [style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])] if style.unit_in_corner else head


def _split(v: int, grain: int, r: random.Random) -> tuple[int, int]:
    """``v`` won in two parts, each a multiple of ``grain`` won (the first none when ``v`` is one grain)."""
    if v < 2 * grain:
        return 0, v
    a = grain * round(v * r.uniform(0.3, 0.8) / grain)
    return a, v - a


def _funding_group_rows(rec: Record, style: Style) -> list[tuple[str, str, list[int]]]:
    """The printed rows of a grouped funding table: (group cell, row label, amounts in won); the group
    cell is empty for a row of its own. A group named like a record row splits that row over its
    sub-sources and prints the row as its 소계; a group of record rows prints them and their 소계."""
    f = rec["funding"]
    groups = dict(style.funding_groups)
    member = {lab: g for g, subs in style.funding_groups for lab in subs}
    ti = next((k for k, c in enumerate(f["columns"]) if c["kind"] == "total"), None)
    r = random.Random(f"subsources-{rec['header']['title']}")
    out: list[tuple[str, str, list[int]]] = []
    done: set[str] = set()
    for row in f["rows"]:
        lab, vals = row["label"], row["amounts_krw"]
        if lab in groups:
            parts = [_split(v, 10**7, r) if k != ti else (0, 0) for k, v in enumerate(vals)]
            firsts, seconds = [p[0] for p in parts], [p[1] for p in parts]
            if ti is not None:
                firsts[ti] = sum(v for k, v in enumerate(firsts) if k != ti)
                seconds[ti] = sum(v for k, v in enumerate(seconds) if k != ti)
            a, b = groups[lab]
            out += [(lab, a, firsts), (lab, b, seconds), (lab, style.subtotal_label, vals)]
        elif lab in member and member[lab] not in done:
            g = member[lab]
            done.add(g)
            rows = [x for x in f["rows"] if member.get(x["label"]) == g]
            out += [(g, x["label"], x["amounts_krw"]) for x in rows]
            out.append((g, style.subtotal_label, [sum(c) for c in zip(*(x["amounts_krw"] for x in rows), strict=True)]))
        elif lab not in member:
            out.append(("", lab, vals))
    return out


def _funding_grouped(rec: Record, style: Style) -> Grid:
    """The funding table with a two-column 구분: a source group's cell spanning its sub-source rows and
    their 소계 row; the total and ungrouped rows span both label columns."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    rows = _funding_group_rows(rec, style)
    totals = {x["label"] for x in f["rows"] if x["source"] == "total"}
    g = Grid(2 + len(rows), 2 + len(cols), widths=[0.9, 1.2] + [1.0] * len(cols), role="funding")
    g.put(0, 0, _corner(rec, style), rs=2, cs=2, head=True)
    _two_level_head(g, cols, style)
    i = 0
    while i < len(rows):
        group = rows[i][0]
        n = 1
        while group and i + n < len(rows) and rows[i + n][0] == group:
            n += 1
        if group:
            g.put(2 + i, 0, group, rs=n, head=True)
        for j in range(i, i + n):
            _, lab, vals = rows[j]
            if group:
                g.put(2 + j, 1, lab, head=True)
            else:
                g.put(2 + j, 0, style.spaced(lab), cs=2, head=True)
            total = not group and lab in totals
            for k, v in enumerate(vals):
                g.put(2 + j, 2 + k, amount_text(v // mult, f["unit"], style, total=total), align="right")
        i += n
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _original_figures(rec: Record, step: int) -> list[list[int]]:
    """The original plan (당초) of every funding cell, in printed steps, per row and column: each source's
    periods drawn near the revised figures (a few cut to nothing, a few moved), the totals adding up."""
    f = rec["funding"]
    cols = f["columns"]
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    r = random.Random(f"original-{rec['header']['title']}")
    parts: list[list[int]] = []
    for row in f["rows"]:
        if row["source"] == "total":
            continue
        vals = []
        for k, v in enumerate(row["amounts_krw"]):
            units = v // step
            if k == ti:
                vals.append(0)
            elif not units:
                vals.append(r.choice((0, 0, r.randint(50, 900))))
            else:
                vals.append(r.choice((units, units, round(units * r.uniform(0.6, 1.3)), 0)))
        parts.append(vals)
    return _totalled(f["rows"], parts, ti)


def _revised_cell(units: int, style: Style, *, original: bool, total: bool) -> str:
    """An amount of the revised table: bare digits (``plain_amounts``) or grouped; a zero the record's
    rows print as ``style.zero_mark`` (a total row ``0``), the original rows leave blank."""
    if not units:
        return "" if original else ("0" if total else style.zero_mark or "-")
    return str(units) if style.plain_amounts else f"{units:,}"


def _funding_revised(rec: Record, style: Style) -> Grid:
    """Two rows a source (``funding_revised``: the original plan over the revised one, the record's), the
    source's cell spanning both; a two-row head: a diagonal corner (``corner_diagonal``) or 구분 over both
    label columns, the total column's head (with ``unit_in_head``) and every column after the years
    spanning both rows, ``funding_span`` over the years; ``funding_break``: a page break (PDF) after this
    many sources' rows, the table going on without its head."""
    f = rec["funding"]
    step = unit_mult(f["unit"])
    cols, rows = f["columns"], f["rows"]
    original = _original_figures(rec, step)
    first, second = style.funding_revised
    g = Grid(2 + 2 * len(rows), 2 + len(cols), widths=[1.0, 0.8] + [1.0] * len(cols), role="funding")
    if any(style.corner_diagonal):
        g.put(0, 0, list(style.corner_diagonal), rs=2, cs=2, head=True, align="diagonal")
    else:
        g.put(0, 0, style.spaced("구분"), rs=2, cs=2, head=True)
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    for k, c in enumerate(cols):
        if c["kind"] == "year":
            g.put(1, 2 + k, year_label(c, style), head=True)
        else:
            label = c["label"] + (style.unit_in_head.format(unit=f["unit"]) if c["kind"] == "total" else "")
            g.put(0, 2 + k, label, rs=2, head=True)
    g.put(0, 2 + years[0], style.funding_span, cs=len(years), head=True)
    for i, row in enumerate(rows):
        tot = row["source"] == "total"
        g.put(2 + 2 * i, 0, style.spaced(row["label"]), rs=2, head=True)
        g.put(2 + 2 * i, 1, first, head=True)
        g.put(3 + 2 * i, 1, second, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(2 + 2 * i, 2 + k, _revised_cell(original[i][k], style, original=True, total=tot), align="right")
            g.put(3 + 2 * i, 2 + k, _revised_cell(v // step, style, original=False, total=tot), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    if style.funding_break and len(rows) > style.funding_break:
        g.break_at = 2 + 2 * style.funding_break
    return g


def funding_grid(rec: Record, style: Style) -> Grid:
    if any(style.funding_revised):
        return _funding_revised(rec, style)
    if style.funding_groups:
        return _funding_grouped(rec, style)
    if style.funding_pair == "secured":
        return _funding_secured(rec, style)
    if style.funding_pair:
        return _funding_pairs(rec, style)
    if style.funding_layout == "transposed":
        return _funding_transposed(rec, style)
    if style.funding_layout == "year_rows":
        return _funding_year_rows(rec, style)
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    extra = 1 if style.funding_remark else len(style.funding_derived)
    printed = _sub_rows(f["rows"], style, mult, next((k for k, c in enumerate(cols) if c["kind"] == "total"), None))
    t = 1 if style.unit_top_right and style.funding_title else 0  # a title row, the unit at its right
    g = Grid(t + 2 + len(printed), 1 + len(cols) + extra, widths=[1.3] + [1.0] * (len(cols) + extra),
             role="funding")
    if t:
        g.put(0, 0, style.funding_title, cs=len(cols) - 1, head=True)
        g.put(0, len(cols), style.unit_format.format(unit=f["unit"], as_of=rec["as_of"]["raw"]), cs=1 + extra, align="right")
    g.put(t, 0, _corner(rec, style), rs=2, head=True)
    if style.funding_remark:  # a note column: words only, one a row
        g.put(t, 1 + len(cols), style.funding_remark, rs=2, head=True)
        r = random.Random(f"remark-{rec['header']['title']}")
        for i, row in enumerate(f["rows"]):
            note = "" if row["source"] == "total" else r.choice(REMARKS)
            g.put(t + 2 + i, 1 + len(cols), note)
    value_idx = [k for k, c in enumerate(cols) if c["kind"] != "total"]
    total_idx = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    in_head = style.unit_in_head.format(unit=f["unit"])  # 총사업비(백만원): the unit in a head cell
    if total_idx is not None:
        g.put(t, 1 + total_idx, cols[total_idx]["label"] + in_head, rs=2, head=True)
    span = style.funding_span + ("" if total_idx is not None else in_head)
    if total_idx is not None and 0 < total_idx < len(cols) - 1:  # the total amid: the span covers the years
        before = [k for k in value_idx if k < total_idx]  # before it, the columns after it head themselves
        g.put(t, 1 + before[0], span, cs=len(before), head=True)
        for k in value_idx:
            if k < total_idx:
                g.put(t + 1, 1 + k, year_label(cols[k], style), head=True)
            else:
                g.put(t, 1 + k, year_label(cols[k], style), rs=2, head=True)
    else:
        g.put(t, 1 + value_idx[0], span, cs=len(value_idx), head=True)
        for k in value_idx:
            g.put(t + 1, 1 + k, year_label(cols[k], style), head=True)
    for i, (label, row) in enumerate(printed):
        g.put(t + 2 + i, 0, label, head=True)
        for k, v in enumerate(row["amounts_krw"]):
            g.put(t + 2 + i, 1 + k, _amount(row, v, mult, style), align="right")
    for j, head in enumerate(style.funding_derived):
        g.put(t, 1 + len(cols) + j, head, rs=2, head=True)
        for i, row in enumerate(f["rows"]):
            g.put(t + 2 + i, 1 + len(cols) + j, _derived(rec, row, head, mult, style), align="right")
    if style.revisions:  # 1,200 → 1,350 / 1,350 (당초 1,200): the figures changed since the last report
        _revise_figures(g, t, printed, rec, style)
    if style.figure_marks:  # 1,200※: a footnote mark after a source row's figure each
        _mark_figures(g, [t + 2 + i for i, (_, row) in enumerate(printed) if row["source"] != "total"
                          and row in f["rows"]], style, rec)
    if style.figure_notes:  # a footnote object after a source row's figure each
        _note_figures(g, [t + 2 + i for i, (_, row) in enumerate(printed) if row["source"] != "total"
                          and row in f["rows"]], style, rec)
    g.head_rows = 2 if style.repeat_table_head else 0
    if style.funding_column_break:  # the table goes on at the top of the next column before this source row
        g.break_at, g.break_column = t + 2 + min(style.funding_column_break, len(printed) - 1), True
    return g


def _revise_figures(g: Grid, t: int, printed: list[tuple[str, Record]], rec: Record, style: Style) -> None:
    """The funding cells a revision changed printed with their earlier figure (samples/revisions.py), one
    shape a card; with ``funding_remark`` a changed row's note names the revision."""
    f = rec["funding"]
    shape = card_shape(rec, style.revisions)
    old = funding_revisions(rec)
    at = {id(row): i for i, row in enumerate(f["rows"])}
    for n, (_, row) in enumerate(printed):
        i = at.get(id(row))
        if i is None:
            continue
        for cell in g.cells:
            if cell.row != t + 2 + n or cell.head:
                continue
            k = cell.col - 1
            if (i, k) in old:
                new_text = cell.content[0] if isinstance(cell.content[0], str) else ""
                cell.content = list(revised_text(new_text, f"{old[(i, k)]:,}" if old[(i, k)] else "-", shape))
            elif style.funding_remark and k == len(f["columns"]) and row["source"] != "total":
                cell.content = [revision_note(rec, i) if any(j == i for j, _ in old) else ""]


def _mark_figures(g: Grid, rows: list[int], style: Style, rec: Record) -> None:
    """A footnote mark of ``style.figure_marks`` after one non-zero figure each, in these grid rows
    (a cell each, drawn by the card's title): ``1,200※``, ``350*``, ``820주1)``."""
    cells = [c for c in g.cells if c.row in rows and c.col > 0 and not c.head and isinstance(c.content[0], str)
             and any(ch.isdigit() and ch != "0" for ch in c.content[0])]
    r = random.Random(f"marks-{rec['header']['title']}")
    for (mark, _), cell in zip(style.figure_marks, r.sample(cells, min(len(cells), len(style.figure_marks))),
                               strict=False):
        cell.content[0] = f"{cell.content[0]}{mark}"


def _note_figures(g: Grid, rows: list[int], style: Style, rec: Record) -> None:
    """A footnote of ``style.figure_notes`` hung after one non-zero figure each, in these grid rows (a cell
    each, drawn by the card's title), the notes numbered in reading order by the renderers."""
    cells = [c for c in g.cells if c.row in rows and c.col > 0 and not c.head and isinstance(c.content[0], str)
             and any(ch.isdigit() and ch != "0" for ch in c.content[0])]
    r = random.Random(f"notes-{rec['header']['title']}")
    for note, cell in zip(style.figure_notes, r.sample(cells, min(len(cells), len(style.figure_notes))), strict=False):
        cell.note = note


def noted_cells(g: Grid) -> list[GridCell]:
    """The cells of ``g`` (nested tables too) that hang a footnote, in reading order (row, column)."""
    out = []
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        if c.note:
            out.append(c)
        out += [x for y in c.content if isinstance(y, Grid) for x in noted_cells(y)]
    return out


def _sub_rows(rows: list[Record], style: Style, mult: int = 1, total: int | None = None) -> list[tuple[str, Record]]:
    """The funding rows as printed, each with its label: the rows ``style.sub_rows`` names printed under
    a subtotal row of their sum (``지방비``, not in the record), each label so formatted (``(도비)``); the row
    ``style.split_rows`` names followed by its breakdown rows (``- 균특`` ``- 기금``: :func:`_split_rows`, ``mult``
    the won of a printed unit, ``total`` the total column's index)."""
    group, subs = style.sub_rows
    split, parts = style.split_rows
    out: list[tuple[str, Record]] = []
    members = [r for r in rows if group and r["label"] in subs]
    for row in rows:
        if row in members:
            if row is members[0]:
                sums = [sum(c) for c in zip(*(r["amounts_krw"] for r in members), strict=True)]
                out.append((style.spaced(group), {"label": group, "source": "local", "amounts_krw": sums}))
                out += [(style.sub_row_format.format(label=r["label"]), r) for r in members]
            continue
        out.append((style.spaced(row["label"]), row))
        if split and row["label"] == split:  # its breakdown rows under it (국비 over - 균특, - 기금)
            out += _split_rows(row, parts, mult, style, total)
    return out


def _split_rows(row: Record, parts: tuple[str, ...], mult: int, style: Style,
                total: int | None) -> list[tuple[str, Record]]:
    """A funding row's breakdown rows (``- 균특`` ``- 기금``): each period's amount split in whole units
    between ``parts``, drawn by the row's amounts, the total column (index ``total``) their sum (not in
    the record)."""
    r = random.Random(f"split-{row['amounts_krw']}")
    shares: list[list[int]] = [[] for _ in parts]
    for i, v in enumerate(row["amounts_krw"]):
        if i == total:
            for sh in shares:
                sh.append(0)
            continue
        left = v // mult
        for k in range(len(parts) - 1):
            take = r.randint(left // 3, left) if left else 0
            shares[k].append(take * mult)
            left -= take
        shares[-1].append(left * mult + v % mult)
    if total is not None:
        for sh in shares:
            sh[total] = sum(sh)
    return [(style.split_row_format.format(label=p), {"label": p, "source": row["source"], "amounts_krw": s})
            for p, s in zip(parts, shares, strict=True)]


def _derived(rec: Record, row: Record, head: str, mult: int, style: Style) -> str:
    """A derived funding cell (no period): ``증감``, the as-of year's amount less the year before's
    (negatives after ``△``), or a share (``확보율(%)``): the years to the as-of year over the total."""
    cols = rec["funding"]["columns"]
    year = int(rec["as_of"]["end"][:4])
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    amounts = row["amounts_krw"]
    if "%" in head:
        total = next((amounts[k] for k, c in enumerate(cols) if c["kind"] == "total"), sum(amounts[k] for k in years))
        done = sum(amounts[k] for k in years if cols[k]["year"] <= year)
        return f"{100 * done / total:.1f}" if total else "-"
    at = next((i for i, k in enumerate(years) if cols[k]["year"] >= year), len(years) - 1)
    at = max(at, 1)
    diff = amounts[years[at]] - amounts[years[at - 1]]
    if not diff:
        return "-"
    return ("△" if diff < 0 else "") + money_text(abs(diff), mult, style)


YEAR_REMARKS = ("기본계획 수립", "실시설계 용역", "보상 착수", "공사 착공", "준공 예정", "계속사업", "-", "시설 개관")
REMARKS = ("확보 완료", "추경 반영", "본예산 반영 예정", "-", "교부 신청", "공모 선정")


def funding_summary(rec: Record, style: Style) -> Grid:
    """The 총괄 table printed before the yearly one: a row a source (the total row first), the total
    then what is secured to the as-of year and what is not (``style.funding_summary`` heads them)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    as_of_year = int(rec["as_of"]["end"][:4])
    heads = style.funding_summary
    g = Grid(1 + len(f["rows"]), 1 + len(heads), widths=[1.2] + [1.2] * len(heads), role="funding")
    g.put(0, 0, style.spaced("구분"), head=True)
    for k, h in enumerate(heads):
        g.put(0, 1 + k, h, head=True)
    for i, row in enumerate(f["rows"]):
        v = row["amounts_krw"]
        ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
        total = v[ti] if ti is not None else sum(v)
        secured = sum(v[k] for k, c in enumerate(cols) if c["kind"] == "prior" or
                      (c["kind"] == "year" and c["year"] <= as_of_year))
        g.put(1 + i, 0, style.spaced(row["label"]), head=True)
        for k, amount in enumerate((total, secured, total - secured)[:len(heads)]):
            g.put(1 + i, 1 + k, money_text(amount, mult, style) if amount or row["source"] != "total" else "0",
                  align="right")
    return g


def unit_column(g: Grid, head: str, unit: str) -> Grid:
    """``g`` with a column headed ``head`` after its first, the unit in every row under the head rows."""
    band = max(g.head_band(), 1)
    for c in g.cells:
        if c.col >= 1:
            c.col += 1
    g.n_cols += 1
    if g.widths:
        g.widths.insert(1, 0.8)
    g.put(0, 1, head, rs=band, head=True)
    for r in range(band, g.n_rows):
        g.put(r, 1, unit)
    return g


def funding_grids(rec: Record, style: Style) -> list[Block]:
    """The funding table, or (``funding_split``) two stacked tables: the total column and the first
    years, then the remaining years (and later columns) without the total column; with
    ``style.unit_column`` each with the unit in a column of its own."""
    grids = _funding_grids(rec, style)
    if style.funding_continued and len(grids) == 1 and isinstance(grids[0], Grid):
        return continued_grids(grids[0], style.funding_continued, style.continued_caption)
    if style.unit_column:
        unit = rec["funding"]["unit"]
        return [unit_column(g, style.unit_column, unit) if isinstance(g, Grid) else g for g in grids]
    return grids


def continued_grids(g: Grid, at: int, caption: str) -> list[Block]:
    """``g`` broken by a page break before its body row ``at`` (0 the first under its head band): the
    first part, then on the next page a caption line (``(계속)``) over the rest, its head rows printed
    again; ``g`` whole when it has no such row."""
    head = g.head_band()
    cut = head + at
    if at < 1 or cut >= g.n_rows:
        return [g]
    first = Grid(cut, g.n_cols, [c for c in g.cells if c.row < cut], list(g.widths), g.role)
    rest = [replace(c, content=list(c.content)) for c in g.cells if c.row < head]
    rest += [replace(c, row=c.row - cut + head) for c in g.cells if c.row >= cut]
    second = Grid(g.n_rows - cut + head, g.n_cols, rest, list(g.widths), g.role)
    return [first, PageBreak(), Para(caption, "unit"), second]


def _funding_grids(rec: Record, style: Style) -> list[Block]:
    if not style.funding_split or style.funding_pair or style.funding_layout:
        return [funding_grid(rec, style)]
    f = rec["funding"]
    cols = f["columns"]
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    if len(years) <= style.funding_split:
        return [funding_grid(rec, style)]
    cut = years[style.funding_split]
    first = [k for k, c in enumerate(cols) if k < cut]
    second = [k for k, c in enumerate(cols) if k >= cut and c["kind"] != "total"]
    out: list[Block] = []
    for keep in (first, second):
        part = {**f, "columns": [cols[k] for k in keep],
                "rows": [{**r, "amounts_krw": [r["amounts_krw"][k] for k in keep]} for r in f["rows"]]}
        out.append(funding_grid({**rec, "funding": part}, style))
    return out


def _funding_transposed(rec: Record, style: Style) -> Grid:
    """Years (and the total) down the first column, the funding rows across."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    rows, cols = f["rows"], f["columns"]
    share = 1 if style.funding_share else 0
    top = 2 if style.funding_source_span else 1  # head rows
    title = 1 if style.unit_top_right else 0  # a title row: the span's words, the unit in its right cell
    remark = 1 if style.funding_year_remark or style.funding_change else 0
    g = Grid(title + top + len(cols) + share, 1 + len(rows) + remark,
             widths=[1.3] + [1.0] * len(rows) + [1.4] * remark, role="funding")
    if title:
        g.put(0, 0, style.funding_span, cs=len(rows), head=True)
        g.put(0, len(rows), style.unit_format.format(unit=f["unit"], as_of=rec["as_of"]["raw"]), align="right")
        top += 1
    if style.funding_change:  # each year's total less the year before's (derived, no period)
        g.put(title, 1 + len(rows), style.funding_change, rs=top - title, head=True)
        for k, text in enumerate(_year_changes(rec, mult, style)):
            g.put(top + k, 1 + len(rows), text, align="right")
    elif remark:  # a word note a year (실시설계, 착공), none in the total row
        g.put(title, 1 + len(rows), style.funding_year_remark, rs=top - title, head=True)
        r = random.Random(f"year-remark-{rec['header']['title']}")
        for k, col in enumerate(cols):
            g.put(top + k, 1 + len(rows), "" if col["kind"] == "total" else r.choice(YEAR_REMARKS), align="left")
    g.put(title, 0, _corner(rec, style), rs=top - title, head=True)
    sources = [j for j, row in enumerate(rows) if row["source"] != "total"]
    if style.funding_source_span and sources:  # 재원 over the sources; the total spans both head rows
        g.put(title, 1 + sources[0], style.funding_source_span, cs=len(sources), head=True)
    for j, row in enumerate(rows):
        spans = top - title > 1 and row["source"] == "total"
        g.put(title + (0 if spans or top - title == 1 else 1), 1 + j, style.spaced(row["label"]),
              rs=top - title if spans else 1, head=True)
    for k, col in enumerate(cols):
        g.put(top + k, 0, year_label(col, style), head=True)
        for j, row in enumerate(rows):
            g.put(top + k, 1 + j, _amount(row, row["amounts_krw"][k], mult, style), align="right")
    if share:  # each source's share of the whole (a percent, not an amount), the total's 100
        ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
        whole = sum(r["amounts_krw"][ti] if ti is not None else sum(r["amounts_krw"]) for r in rows
                    if r["source"] != "total")
        g.put(top + len(cols), 0, style.funding_share, head=True)
        for j, row in enumerate(rows):
            part = row["amounts_krw"][ti] if ti is not None else sum(row["amounts_krw"])
            g.put(top + len(cols), 1 + j, f"{100 * part / whole:.1f}" if whole else "-", align="right")
    g.head_rows = top if style.repeat_table_head else 0
    if style.funding_break and len(cols) > style.funding_break:
        g.break_at = top + style.funding_break
    return g


def _year_changes(rec: Record, mult: int, style: Style) -> list[str]:
    """A transposed table's change column, a cell a period row: a year's total (the 계 row's amount, or
    the sources' sum) less the year before's, a fall after ``△``; ``-`` for the first year, a period that
    is no year and no change."""
    f = rec["funding"]
    total = next((r for r in f["rows"] if r["source"] == "total"), None)
    amounts = total["amounts_krw"] if total else [sum(r["amounts_krw"][k] for r in f["rows"])
                                                    for k in range(len(f["columns"]))]
    out, before = [], None
    for col, v in zip(f["columns"], amounts, strict=True):
        if col["kind"] != "year":
            out.append("-")
            continue
        diff = None if before is None else v - before
        before = v
        out.append("-" if not diff else ("△" if diff < 0 else "") + money_text(abs(diff), mult, style))
    return out


def _funding_year_rows(rec: Record, style: Style) -> Grid:
    """A group of rows a period (the total column's first), its label spanning the group, the funding
    rows under each (계 first); one amount column headed with its unit, and (``cumulative_head``) a last
    column of each row's running sum over the periods so far in another unit (derived, not in the record)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    rows, cols = f["rows"], f["columns"]
    cum = 1 if style.cumulative_head else 0
    g = Grid(1 + len(cols) * len(rows), 3 + cum, widths=[1.2, 1.0, 1.4] + [1.4] * cum, role="funding")
    for k, h in enumerate(style.year_rows_heads):
        g.put(0, k, h.format(unit=f["unit"]), head=True)
    cum_mult = unit_mult(style.cumulative_unit or f["unit"])
    if cum:
        g.put(0, 3, style.cumulative_head.format(unit=style.cumulative_unit or f["unit"]), head=True)
    running = [0] * len(rows)
    for k, col in enumerate(cols):
        top = 1 + k * len(rows)
        g.put(top, 0, year_label(col, style), rs=len(rows), head=True)
        for j, row in enumerate(rows):
            v = row["amounts_krw"][k]
            g.put(top + j, 1, style.spaced(row["label"]), head=True)
            g.put(top + j, 2, _amount(row, v, mult, style), align="right")
            if not cum:
                continue
            if col["kind"] == "total":
                g.put(top + j, 3, "")
                continue
            running[j] += v
            g.put(top + j, 3, f"{running[j] / cum_mult:,.1f}" if running[j] else "-", align="right")
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def _funding_side_tables(rec: Record, style: Style) -> list[Block]:
    """Side tables standing after no achievement (``after_item`` null), printed under the funding table:
    a bulleted title line, the funding's unit line, the table."""
    out: list[Block] = []
    for tb in rec["tables"]:
        if tb["after_item"] is None:
            unit = style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])
            out += [Para(f"{style.bullet1} {tb['title']}"), Para(unit, "unit"), side_grid(tb)]
    return out


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
            while k + span < len(r) and r[k + span] == r[k] and r[k] in ("계", "합계"):
                span += 1
            g.put(len(header) + i, k, r[k], cs=span)
            k += span
    return g


def group_heading(item: Record, style: Style, letter: int = 0, sec: int = 0) -> str:
    """``《기 추진실적: ’24. 3분기 기준 누계》``: the heading of the block an achievement item stands in
    (``letter`` counts the blocks, for templates that letter them: ``가. 기 추진실적('22. 7. ~ '24. 9.)``)."""
    gd = item.get("group_as_of")
    group = item["group"]
    if style.group_format:
        if gd and gd["raw"] != group:
            num = printed_number(sec, style)
            return style.group_format.format(group=group, date=gd["raw"], letter=LETTERS[letter], num=Nth(letter + 1),
                                             glyph=SANS_CIRCLED[letter], paren=PAREN_HANGUL[letter],
                                             sec=Nth(num), sec_latin=LATIN[num - 1] if num else "")
        return block_heading(group, style, letter, sec)
    label = group if not gd or gd["raw"] == group else f"{group}: {gd['raw']}"
    return f"{style.group_open}{label}{style.group_close}"


def block_heading(text: str, style: Style, letter: int, sec: int = 0) -> str:
    """A block heading without a date (the goals table's): ``《현재까지 목표달성》``, ``다. 목표달성 현황``
    (``sec``: the section's number, for templates numbering blocks ``3.1``)."""
    sec = printed_number(sec, style)
    if style.group_format:
        return style.group_plain.format(group=text, letter=LETTERS[letter], num=Nth(letter + 1), sec=Nth(sec),
                                        glyph=SANS_CIRCLED[letter], paren=PAREN_HANGUL[letter],
                                        sec_latin=LATIN[sec - 1] if sec else "")
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
        text = item["text"] if item["level"] == 1 and item["marker"] not in ("※", "*") else \
            f"{item['marker']} {item['text']}"
        note = "완료" if item.get("date") and (item["date"]["end"] or "9") < (rec["as_of"]["start"] or "") else ""
        rows.append([d, text, note])

    _blocks_of_tables(rec, style, tables_after, out, add, flush)
    return out


def _blocks_of_tables(rec: Record, style: Style, tables_after: dict[int, list[Record]], out: list[Block],
                      add: Callable[[Record], None], flush: Callable[[], None]) -> None:
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
        spans.append((int(d["start"][:4]), int(d["start"][5:7]), int(d["end"][:4]), int(d["end"][5:7]))
                     if d.get("start") and d.get("end") else None)
    dated = [s for s in spans if s]
    y0 = min((s[0] for s in dated), default=int(rec["as_of"]["end"][:4]) + 1)
    y1 = max((s[2] for s in dated), default=y0)
    years = list(range(y0, y1 + 1))
    heads = style.plans_halves
    g = Grid(2 + len(rec["plans"]), len(heads) + 2 * len(years),
             widths=[0.5, 3.4, 1.3][: len(heads)] + [0.55] * (2 * len(years)), role="plans")
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


def outreach_open(rec: Record, style: Style) -> list[str]:
    """The outreach as one line of prose, every channel counted in its own unit, no total:
    ``▸ 언론보도 12건, 주민설명회 3회(참석 120명), SNS 홍보 25회 등``."""
    o = rec["outreach"]
    units = dict(style.outreach_units)
    said = ", ".join(f"{x['label']} {x['count']}{units.get(x['category'], o['unit'])}"
                     + (f"({x['note']})" if x.get("note") else "") for x in o["items"])
    return [style.outreach_open.format(b=style.bullet1, channels=said)]


def goal_lines(rec: Record, style: Style) -> list[str]:
    """Goals as lines, no table: ``◦ 2024년 사업 - 목표: 186호 공급 / 실적: 120호 (추진중)``."""
    return [style.goals_lines.format(b=style.bullet1, y=g["year"], project=g["project"], target=g["target"],
                                     actual=g["actual"] or "-", status=g["status"]) for g in rec["goals"]]


def plans_grid(rec: Record, style: Style) -> Grid:
    """The plans as a table: when | what (an undated plan with an empty date cell)."""
    g = Grid(1 + len(rec["plans"]), 2, widths=[1.4, 5.0], role="plans")
    for k, h in enumerate(style.plans_table):
        g.put(0, k, h, head=True)
    for i, p in enumerate(rec["plans"]):
        g.put(1 + i, 0, p["date"]["raw"] if p.get("date") else "")
        g.put(1 + i, 1, p["text"], align="left")
    return numbered_grid(g, style.grid_numbers)


def n_groups(rec: Record) -> int:
    return len({a["group"] for a in rec["achievements"]})


def _rate(goal: Record, decimals: int = 0) -> str:
    t, a = goal.get("target_value"), goal.get("actual_value")
    if not t or a is None:
        return "-"
    return f"{100 * a / t:.{decimals}f}%" if decimals else f"{round(100 * a / t)}%"


def _goal_keys(style: Style) -> tuple[str, ...]:
    """The goal's cells in their printed order: ``style.goals_order``, else 목표 | 실적 | [달성률] | 추진상황."""
    return style.goals_order or ("target", "actual", *(("rate",) if style.goals_rate else ()), "status")


def _goal_heads(style: Style) -> list[str]:
    target, actual = style.goals_labels
    heads = {"target": target, "actual": actual, "rate": style.goals_rate_label, "status": "추진상황"}
    return [heads[k] for k in _goal_keys(style)]


def _goal_cells(goal: Record, style: Style) -> list[str]:
    """목표 | 실적 | [달성률] | 추진상황 of one goal (in ``style.goals_order`` when set)."""
    target = goal_revision(goal, style.revisions[0]) if style.revisions else goal["target"]
    cells = {"target": target, "actual": goal["actual"] or "-", "status": goal["status"]}
    return [cells[k] if k != "rate" else _rate(goal, style.rate_decimals) for k in _goal_keys(style)]


def goal_year(style: Style, year: int) -> str:
    """A year as the goal table prints it (``style.goals_year``: ``<2024>``, ``2024년``, ``'24년``)."""
    return style.goals_year.format(y=year, yy=f"{year % 100:02d}")


def shared_unit(goals: list[Record]) -> str:
    """The unit every goal of one indicator with a unit states (printed once for them all: a unit
    column, ``청년주택 공급(호)``); empty when they state none or not the same one (each cell then
    names its own)."""
    units = {g["target_unit"] for g in goals if g.get("target_unit")}
    return units.pop() if len(units) == 1 else ""


def _goals_table(rec: Record, style: Style) -> Grid:
    """Goals with their year as a column (``year_col``) or as a row group (``year_group``)."""
    goals = rec["goals"]
    detail = any(g.get("detail") for g in goals)
    by_col = style.goals_layout == "year_col"
    stage = [style.goals_stage] if style.goals_stage and by_col else []
    heads = (["연도"] if by_col else []) + [style.goals_project_label, *stage, *_goal_heads(style)]
    heads += ["추진내용"] if detail else []
    heads += [style.goals_remark] if style.goals_remark else []
    n_rows = 1 + len(goals) + (0 if by_col else len({g["year"] for g in goals}))
    g = Grid(n_rows, len(heads), widths=[1.4 if h in ("목표", "추진내용") else 1.0 for h in heads], role="goals")
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    row, i, year = 1, 0, None
    while i < len(goals):
        if not by_col and goals[i]["year"] != year:
            year = goals[i]["year"]
            g.put(row, 0, goal_year(style, year), cs=len(heads), align="left")
            row += 1
        j = i  # goals of one project (and, in year groups, one year) share the project cell
        while j + 1 < len(goals) and goals[j + 1]["project"] == goals[i]["project"] and (
                by_col or goals[j + 1]["year"] == year):
            j += 1
        first = 1 if by_col else 0
        if by_col and style.goals_blank_repeat:  # printed once, the cells below left empty (no merge)
            for k in range(i, j + 1):
                g.put(row + k - i, first, goals[i]["project"] if k == i else "")
        else:
            g.put(row, first, goals[i]["project"], rs=j - i + 1)
        if detail and by_col and style.goals_blank_repeat:
            for k in range(i, j + 1):
                g.put(row + k - i, len(heads) - 1 - bool(style.goals_remark),
                      (goals[i]["detail"] or "") if k == i else "")
        elif detail:
            g.put(row, len(heads) - 1 - bool(style.goals_remark), goals[i]["detail"] or "", rs=j - i + 1)
        for k in range(i, j + 1):
            if by_col:
                g.put(row + k - i, 0, str(goals[k]["year"]))
            if stage:
                g.put(row + k - i, first + 1, stage_cell(goals[k], style))
            for m, text in enumerate(_goal_cells(goals[k], style)):
                g.put(row + k - i, first + 1 + len(stage) + m, text)
            if style.goals_remark:
                g.put(row + k - i, len(heads) - 1, goal_remark(goals[k]))
        row += j - i + 1
        i = j + 1
    g.n_rows = row
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


def stage_cell(goal: Record, style: Style) -> list[str]:
    """A goal's stage (``goals_stage``, not in the record): a bar of ``style.stage_steps`` with the
    steps passed filled, over the current step's word; the last step when the goal is met, the first
    when it is not begun (미착수), else one between drawn from the goal's project and year."""
    steps = style.stage_steps
    t, a = goal.get("target_value"), goal.get("actual_value")
    done = goal["status"] == "완료" or (t is not None and a is not None and a >= t)
    r = random.Random(f"stage-{goal['project']}-{goal['year']}")
    k = len(steps) if done else 1 if goal["status"] == "미착수" else r.randint(2, len(steps) - 1)
    return ["■" * k + "□" * (len(steps) - k), f"({steps[k - 1]})"]


GOAL_REMARKS = ("기본계획 수립", "실시설계 중", "공사 착공", "준공 예정", "운영 개시", "")


def goal_remark(goal: Record) -> str:
    """A goal's word note in a 비고 column (none in the record): a stage of the work, drawn from the
    goal's project and year, or nothing."""
    return GOAL_REMARKS[sum(map(ord, f"{goal['project']}{goal['year']}")) % len(GOAL_REMARKS)]


def _across_cell(goal: Record, row: str) -> str:
    """One year's cell in a goal row of a years-across table (목표, 실적, 달성률 or 추진상황)."""
    if row == "목표":
        return goal["target"]
    if row == "실적":
        return goal["actual"] or "-"
    if row == "달성률":
        return _rate(goal)
    return goal["status"]


def _goals_across(rec: Record, style: Style) -> Grid:
    """Years across the columns; under every project (its cell spanning them) one row per
    ``style.goals_rows`` (목표 / 실적 / 달성률 / 추진상황); a year the project has no goal for is empty."""
    goals = rec["goals"]
    years = sorted({g["year"] for g in goals})
    projects = list(dict.fromkeys(g["project"] for g in goals))
    labels = style.goals_rows
    head = 2 if style.goals_span else 1  # a row spanning the years over them, 구분 across two rows and columns
    g = Grid(head + len(projects) * len(labels), 2 + len(years), widths=[1.6, 0.9] + [1.3] * len(years),
             role="goals")
    if style.goals_span:
        g.put(0, 0, style.spaced("구분"), rs=2, cs=2, head=True)
        g.put(0, 2, style.goals_span, cs=len(years), head=True)
    else:
        g.put(0, 0, style.goals_project_label, head=True)
        g.put(0, 1, style.spaced("구분"), head=True)
    for k, y in enumerate(years):
        g.put(head - 1, 2 + k, goal_year(style, y), head=True)
    for p, project in enumerate(projects):
        top = head + p * len(labels)
        unit = shared_unit([x for x in goals if x["project"] == project]) if style.goals_unit_in_name else ""
        g.put(top, 0, f"{project}({unit})" if unit else project, rs=len(labels))
        by_year = {x["year"]: x for x in goals if x["project"] == project}
        for i, lab in enumerate(labels):
            g.put(top + i, 1, lab, head=True)
            for k, y in enumerate(years):
                x = by_year.get(y)
                g.put(top + i, 2 + k, _across_cell(x, lab) if x else "", align="right" if style.goals_unit_in_name
                      else "center")
    g.head_rows = head if style.repeat_table_head else 0
    return g


def _goals_indicators(rec: Record, style: Style) -> Grid:
    """Indicators across the columns (``지표1`` over ``청년주택 공급(호)``: the unit in the head), a
    row group per year with a 목표 row and a 실적 row; a goal's project is its indicator."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    units = {name: shared_unit([g for g in goals if g["project"] == name]) for name in names}
    years = sorted({g["year"] for g in goals})
    g = Grid(2 + 2 * len(years), 2 + len(names), widths=[1.0, 0.8] + [1.6] * len(names), role="goals")
    g.put(0, 0, "연도", rs=2, head=True)
    g.put(0, 1, style.spaced("구분"), rs=2, head=True)
    for k, name in enumerate(names):
        g.put(0, 2 + k, style.goals_indicator.format(k=k + 1), head=True)
        g.put(1, 2 + k, f"{name}({units[name]})" if units[name] else name, head=True)
    by = {(x["year"], x["project"]): x for x in goals}
    for i, y in enumerate(years):
        top = 2 + 2 * i
        g.put(top, 0, goal_year(style, y), rs=2, head=True)
        for r, (lab, key) in enumerate(zip(style.goals_labels, ("target", "actual"), strict=True)):
            g.put(top + r, 1, lab, head=True)
            for k, name in enumerate(names):
                x = by.get((y, name))
                g.put(top + r, 2 + k, (x[key] or "-") if x else "")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _goals_years_split(rec: Record, style: Style) -> Grid:
    """An indicator a row: its name, a unit column, then the years across, a year before the as-of
    year over a target and an actual sub-column, a later year over its target only (bare figures, or
    a goal's own words naming their unit: the unit column then holds the one they share, else a dash)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    units = {name: shared_unit([g for g in goals if g["project"] == name]) for name in names}
    years = sorted({g["year"] for g in goals})
    as_of_year = int(rec["as_of"]["end"][:4])
    both = ("target", "actual")
    subs = [(y, key) for y in years for key in (both if y < as_of_year or style.goals_split_all else ("target",))]
    g = Grid(2 + len(names), 2 + len(subs), widths=[2.0, 0.7] + [0.9] * len(subs), role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, style.goals_unit_label, rs=2, head=True)
    col = 2
    for y in years:
        n = 2 if y < as_of_year or style.goals_split_all else 1
        g.put(0, col, goal_year(style, y), cs=n, head=True)
        col += n
    labels = dict(zip(("target", "actual"), style.goals_labels, strict=True))
    by = {(x["year"], x["project"]): x for x in goals}
    for k, (y, key) in enumerate(subs):
        g.put(1, 2 + k, labels[key], head=True)
        for i, name in enumerate(names):
            x = by.get((y, name))
            blank = "" if style.goals_split_all else "-"  # an actual not yet measured: blank
            g.put(2 + i, 2 + k, (x[key] or blank) if x else blank)
    for i, name in enumerate(names):
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, units[name] or "-")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def _quarter_targets(goal: Record) -> list[str]:
    """A goal's cumulative targets by quarter, the fourth the year's: ``40 90 140 186`` (the unit in
    the year's cell; one decimal when the target has one)."""
    t = goal.get("target_value")
    if t is None:
        return ["-"] * 4
    if isinstance(t, float) and not t.is_integer():
        return [f"{t * q / 4:.1f}" for q in (1, 2, 3)] + [f"{t:.1f}"]
    return [f"{round(t * q / 4):,}" for q in (1, 2, 3, 4)]


def _goals_quarters(rec: Record, style: Style) -> Grid:
    """One row a project: the as-of year's cumulative quarterly targets (``1/4`` .. ``4/4`` under
    ``2024년 분기별 목표``), then the year's target, the actual to date and the status."""
    goals = rec["goals"]
    year = goals[0]["year"]
    g = Grid(2 + len(goals), 8, widths=[1.6, 0.6, 0.6, 0.6, 0.6, 1.3, 1.2, 1.0], role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, goal_year(style, year), cs=4, head=True)
    for q in range(4):
        g.put(1, 1 + q, f"{q + 1}/4", head=True)
    for k, head in enumerate([*style.goals_labels, "추진상황"]):
        g.put(0, 5 + k, head, rs=2, head=True)
    for i, goal in enumerate(goals):
        g.put(2 + i, 0, goal["project"], align="left")
        for q, text in enumerate(_quarter_targets(goal)):
            g.put(2 + i, 1 + q, text, align="right")
        g.put(2 + i, 5, goal["target"])
        g.put(2 + i, 6, goal["actual"] or "-")
        g.put(2 + i, 7, goal["status"])
    return g


def _parts_of(total: int, n: int, seed: str) -> list[int]:
    """``total`` in ``n`` whole parts (drawn from ``seed``) that add up to it."""
    r = random.Random(seed)
    cuts = sorted(r.randint(0, total) for _ in range(n - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _goals_review(rec: Record, style: Style) -> Grid:
    """An indicator two rows (계획 | 실적) beside its name and unit, the as-of year's quarters across and their
    누계 last: the plan split over the four quarters, the actual over the quarters to the as-of date (``-`` after)."""
    goals = rec["goals"]
    m = int(rec["as_of"]["end"][5:7])
    q0 = (m - 1) // 3 + 1
    heads = [style.goals_project_label, style.goals_unit_label, "구분", *style.goals_review]
    g = Grid(1 + 2 * len(goals), len(heads), widths=[1.7, 0.6, 0.6] + [0.8] * (len(heads) - 3), role="goals")
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    for i, goal in enumerate(goals):
        r = 1 + 2 * i
        g.put(r, 0, goal["project"], rs=2, align="left")
        g.put(r, 1, goal.get("target_unit") or "-", rs=2)
        plan = _parts_of(goal["target_value"], 4, f"plan-{goal['project']}-{goal['target_value']}")
        done = _parts_of(goal["actual_value"] or 0, q0, f"done-{goal['project']}-{goal['actual_value']}")
        for k, (label, cells, total) in enumerate(((style.goals_labels[0], plan, goal["target"]),
                                                    (style.goals_labels[1], done, goal["actual"] or "-"))):
            g.put(r + k, 2, label)
            for q in range(4):
                g.put(r + k, 3 + q, f"{cells[q]:,}" if q < len(cells) else "-", align="right")
            g.put(r + k, 7, total, align="right")
    return g


def final_target(goals: list[Record]) -> str:
    """An indicator's final target: the last year's for a rate (공정률 100), else the years' sum."""
    last = max(goals, key=lambda x: x["year"])
    if last.get("target_unit") == "%" or last.get("target_value") is None:
        return last["target"]
    total = sum(x["target_value"] or 0 for x in goals)
    return f"{total:,.1f}" if isinstance(total, float) and "." in last["target"] else f"{round(total):,}"


def _goals_final(rec: Record, style: Style) -> Grid:
    """An indicator a group of year rows: its name, unit and final target in cells spanning them,
    then 연도 | 목표 | 실적 | 달성률 a year (bare figures; a dash where none)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    heads = [style.goals_project_label, style.goals_unit_label, style.goals_final, "연도", *style.goals_labels,
             style.goals_rate_label]
    g = Grid(1 + len(goals), len(heads), widths=[1.8, 0.7, 1.0, 0.8, 1.0, 1.0, 1.0], role="goals")
    for k, h in enumerate(heads):
        g.put(0, k, h, head=True)
    row = 1
    for name in names:
        mine = sorted((x for x in goals if x["project"] == name), key=lambda x: x["year"])
        g.put(row, 0, name, rs=len(mine), align="left")
        g.put(row, 1, shared_unit(mine) or "-", rs=len(mine))
        g.put(row, 2, final_target(mine), rs=len(mine), align="right")
        for i, x in enumerate(mine):
            g.put(row + i, 3, goal_year(style, x["year"]))
            g.put(row + i, 4, x["target"], align="right")
            g.put(row + i, 5, x["actual"] or "-", align="right")
            g.put(row + i, 6, _rate(x).rstrip("%"), align="right")
        row += len(mine)
    g.head_rows = 1 if style.repeat_table_head else 0
    return g


METRIC_DEFS = {"보행로 정비 연장": "보도 확장·포장 정비를 마친 구간의 연장(준공 기준)",
               "녹지 조성 면적": "수목 식재와 시설 설치를 마친 면적(준공 검사 기준)",
               "생활SOC 확충": "개관·운영을 시작한 생활밀착형 시설 수",
               "프로그램 참여자": "교육·체험 프로그램을 수료한 주민 수(중복 제외)",
               "현장 민원 처리": "현장 접수 민원 중 처리를 마친 건수",
               "주민 만족도": "연 1회 만족도 조사의 '만족' 이상 응답자 수 ÷ 전체 응답자 수 × 100",
               "공정률": "전체 공사비 대비 기성 공사비 비율(누계)"}


def _metric_rate(mine: list[Record], final: str) -> str:
    """An indicator's rate to date: its actuals to date (a ratio's latest) over its final target, one
    decimal; ``-`` when none is measured."""
    done = [x["actual_value"] for x in mine if x.get("actual_value") is not None]
    try:
        top = float(final.replace(",", ""))
    except ValueError:
        return "-"
    if not done or not top:
        return "-"
    got = done[-1] if mine[0].get("target_unit") == "%" else sum(done)
    return f"{100 * got / top:.1f}"


def _goals_metrics(rec: Record, style: Style) -> Grid:
    """An indicator a row: its name, its unit, every year over 목표 | 실적 under a spanning year head, the
    final target and the rate to date (bare figures; an actual of the as-of year ``추진중``, a later one blank)."""
    goals = rec["goals"]
    names = list(dict.fromkeys(g["project"] for g in goals))
    years = sorted({g["year"] for g in goals})
    name_head, unit_head, final_head = style.goals_metrics
    n_cols = 2 + 2 * len(years) + 2
    g = Grid(2 + len(names), n_cols, widths=[1.9, 0.6] + [0.8] * (2 * len(years)) + [0.9, 0.8], role="goals")
    g.put(0, 0, name_head, rs=2, head=True)
    g.put(0, 1, unit_head, rs=2, head=True)
    for k, y in enumerate(years):
        g.put(0, 2 + 2 * k, goal_year(style, y), cs=2, head=True)
        for m, lab in enumerate(style.goals_labels):
            g.put(1, 2 + 2 * k + m, lab, head=True)
    g.put(0, n_cols - 2, final_head, rs=2, head=True)
    g.put(0, n_cols - 1, style.goals_rate_label, rs=2, head=True)
    for i, name in enumerate(names):
        mine = sorted((x for x in goals if x["project"] == name), key=lambda x: x["year"])
        by_year = {x["year"]: x for x in mine}
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, shared_unit(mine) or "-")
        for k, y in enumerate(years):
            x = by_year.get(y)
            g.put(2 + i, 2 + 2 * k, x["target"] if x else "", align="right")
            g.put(2 + i, 3 + 2 * k, (x["actual"] or "") if x else "", align="right")
        final = final_target(mine)
        g.put(2 + i, n_cols - 2, final, align="right")
        g.put(2 + i, n_cols - 1, _metric_rate(mine, final), align="right")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def metric_notes(rec: Record, style: Style) -> list[str]:
    """The ``※`` notes defining the indicators the goal table names (``style.goals_defs``)."""
    if not style.goals_defs:
        return []
    names = dict.fromkeys(g["project"] for g in rec["goals"])
    return [style.goals_defs.format(name=n, definition=METRIC_DEFS[n]) for n in names if n in METRIC_DEFS]


def _goals_pairs(rec: Record, style: Style) -> Grid:
    """An indicator a row (성과지표 | 단위), a year a column under a head naming the pair, the target and the
    actual in one cell (``189/123``, ``4(3)``: one of ``style.goals_pairs`` drawn a card), a missing actual ``-``."""
    goals = rec["goals"]
    years = sorted({g["year"] for g in goals})
    names = list(dict.fromkeys(g["project"] for g in goals))
    r = random.Random(f"pairs-{rec['header']['title']}")
    cell, pair = r.choice(style.goals_pairs)
    g = Grid(2 + len(names), 2 + len(years), widths=[1.8, 0.8] + [1.2] * len(years), role="goals")
    g.put(0, 0, style.goals_project_label, rs=2, head=True)
    g.put(0, 1, "단위", rs=2, head=True)
    g.put(0, 2, style.goals_span.format(pair=pair), cs=len(years), head=True)
    for k, y in enumerate(years):
        g.put(1, 2 + k, goal_year(style, y), head=True)
    by = {(x["year"], x["project"]): x for x in goals}
    for i, name in enumerate(names):
        g.put(2 + i, 0, name, align="left")
        g.put(2 + i, 1, shared_unit([x for x in goals if x["project"] == name]))
        for k, y in enumerate(years):
            x = by.get((y, name))
            g.put(2 + i, 2 + k, cell.format(t=x["target"], a=x["actual"] or "-") if x else "")
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def goals_grid(rec: Record, style: Style | None = None) -> Grid:
    if style is not None and style.goals_layout == "pairs":
        return _goals_pairs(rec, style)
    if style is not None and style.goals_layout == "metrics":
        return _goals_metrics(rec, style)
    if style is not None and style.goals_layout == "final":
        return _goals_final(rec, style)
    if style is not None and style.goals_layout == "years_split":
        return _goals_years_split(rec, style)
    if style is not None and style.goals_layout == "quarters":
        return _goals_quarters(rec, style)
    if style is not None and style.goals_layout == "review":
        return _goals_review(rec, style)
    if style is not None and style.goals_layout == "indicators":
        return _goals_indicators(rec, style)
    if style is not None and style.goals_layout == "years_across":
        return _goals_across(rec, style)
    if style is not None and style.goals_layout:
        return _goals_table(rec, style)
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


def _outreach_vertical(rec: Record, style: Style) -> Grid:
    """Channels down the first column, the count (and a note column) beside, 계 last."""
    o = rec["outreach"]
    items = o["items"]
    people = people_counts(rec) if style.outreach_people else []
    p = 1 if people else 0  # a column of how many took part, after the counts
    g = Grid(2 + len(items), 3 + p, widths=[2.0, 1.0] + [1.2] * p + [2.0], role="outreach")
    heads = (style.spaced("구분"), "횟수", *((style.outreach_people,) if p else ()), style.outreach_note_label)
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
    return [0 if x["category"] == "media" or not x["count"] else x["count"] * r.randint(4, 60)
            for x in rec["outreach"]["items"]]


def _outreach_amid(rec: Record, style: Style) -> Grid:
    """Channels across, the 계 column amid them (after the first half), a label column first when
    the template heads its rows (``구분`` over ``실적(회)``)."""
    o = rec["outreach"]
    cells = [(x["label"], f"{x['count']}({x['note']})" if x.get("note") else
              style.zero_text if x["count"] == 0 and style.zero_dash else str(x["count"])) for x in o["items"]]
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


def _outreach_year_rows(rec: Record, style: Style) -> Grid:
    """A year a row (the period's first year to the as-of year), 계 first then the channels across,
    a 합계 row last holding the record's counts (each channel's count dealt over the years)."""
    o = rec["outreach"]
    items = o["items"]
    first = int(rec["overview"]["period"]["start"][:4])
    last = max(first, int(rec["as_of"]["end"][:4]))
    years = list(range(first, last + 1))
    r = random.Random(f"outreach-years-{rec['header']['title']}")
    splits = []
    for x in items:
        parts = [0] * len(years)
        for _ in range(x["count"]):
            parts[r.randrange(len(years))] += 1
        splits.append(parts)

    def num(v: int) -> str:
        return style.zero_text if v == 0 and style.zero_dash else f"{v:,}"

    g = Grid(2 + len(years), 2 + len(items), widths=[1.2, 1.0] + [1.2] * len(items), role="outreach")
    for k, h in enumerate((style.outreach_years, style.spaced("계"), *(x["label"] for x in items))):
        g.put(0, k, h, head=True)
    for i, y in enumerate(years):
        g.put(1 + i, 0, style.year_format.format(y=y, yy=f"{y % 100:02d}") if style.year_format else str(y),
              head=True)
        g.put(1 + i, 1, num(sum(s[i] for s in splits)))
        for k, parts in enumerate(splits):
            g.put(1 + i, 2 + k, num(parts[i]))
    g.put(1 + len(years), 0, "합계", head=True)
    g.put(1 + len(years), 1, f"{o['total']:,}")
    for k, x in enumerate(items):
        g.put(1 + len(years), 2 + k, num(x["count"]))
    return g


def outreach_grid(rec: Record, style: Style) -> Grid:
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


_LOG_WORDS = {"meetings": ("주민설명회 개최", "현장 간담회 개최", "권역별 설명회 개최"),
              "survey": ("이용자 만족도 조사", "시민 수요조사 실시"), "experts": ("자문위원회 회의", "전문가 현장 자문"),
              "media": ("보도자료 배포", "지역 언론 기획보도"), "other": ("시정소식지 게재", "SNS 카드뉴스 게시")}


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
    out += [(f"{style.bullet1} {p['text']}", "body") for p in rec["plans"] if not (p.get("date") or {}).get("start")]
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
    lines.append(f"{b} {', '.join(rest)} 등 총 {o['total']}{unit}" if rest else f"{b} 총 {o['total']}{unit} 소통")
    return lines


def outreach_prose(rec: Record, style: Style) -> list[str]:
    """Outreach told in one sentence of prose: ``▢ 주민설명회 3회(참석 75명), 언론보도 12회 등 총 15회의
    소통을 추진함``."""
    o = rec["outreach"]
    unit = o["unit"]
    said = ", ".join(f"{x['label']} {x['count']}{unit}" + (f"({x['note']})" if x.get("note") else "")
                     for x in o["items"])
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
        return [f"{style.plans_check} {p['date']['raw']} {p['text']}" if p.get("date")
                else f"{style.plans_check} {p['text']}" for p in rec["plans"]]
    return [f"{b} {p['text']} : {p['date']['raw']}" if p.get("date") else f"{b} {p['text']}" for p in rec["plans"]]


def _two_col(label: str, content: list[str | Grid]) -> Grid:
    g = Grid(1, 2, widths=[1.0, 6.0], role="section")
    g.put(0, 0, label, head=True)
    g.put(0, 1, content, align="left")
    return g


def _body_sections(rec: Record, style: Style, residents: str) -> Grid:
    """The body as one label | content table in ``style.section_order``, a section a row (left out when
    the card has nothing for it), its tables nested in the content cell; with ``body_sublabels`` the
    overview's row split by a second label column (사업기간 / 사업비 / 사업내용)."""
    rows: list[tuple[str, str, list[str | Grid]]] = []  # (section label, sub-label, content)
    n = 0
    for key in style.section_order:
        content = [b.text if isinstance(b, Para) else b for b in _section_content(key, rec, style, n + 1)
                   if isinstance(b, Para | Grid)]
        if not content:
            continue
        n += 1
        label = _section_label(key, style, residents, rec["funding"]["unit"])
        label = heading_text(n, label, style) if style.heading_format else label
        if style.body_label_vertical:  # one syllable a line in a narrow column (추 / 진 / 실 / 적)
            label = "\n".join(ch for ch in label if not ch.isspace())
        for x in content:
            if isinstance(x, Grid):
                x.break_at = 0  # a table in a cell: no forced page break inside it
        if key == "overview" and style.body_sublabels:
            o = rec["overview"]
            lp, lb, lc = style.overview_labels
            b1 = style.bullet1
            subs: list[tuple[str, list[str | Grid]]] = [(lp, [o["period"]["raw"]])]
            if style.overview_budget:
                subs.append((lb, [o["budget"]["raw"]]))
            subs.append((lc, [*(f"{b1} {c}" for c in o["contents"]), *(f"* {x}" for x in o["notes"])]))
            rows += [(label, sub, lines) for sub, lines in subs]
            continue
        rows.append((label, "", content))
    if style.body_header:
        head = header_grid(rec, style)
        g = Grid(head.n_rows + len(rows), head.n_cols, cells=list(head.cells), widths=head.widths, role="section")
    else:
        label_w = 0.45 if style.body_label_vertical else 1.0
        g = Grid(len(rows), 3 if style.body_sublabels else 2,
                 widths=[label_w, 1.1, 6.0] if style.body_sublabels else [label_w, 6.0], role="section")
    top, i = g.n_rows - len(rows), 0
    subs_col = 2 if style.body_sublabels else 1  # the content's first column
    while i < len(rows):
        label = rows[i][0]
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == label and rows[j + 1][1]:
            j += 1
        if rows[i][1]:  # a section split by sub-labels: its label spans their rows
            g.put(top + i, 0, label, rs=j - i + 1, head=True)
            for k in range(i, j + 1):
                g.put(top + k, 1, rows[k][1], head=True)
                g.put(top + k, subs_col, rows[k][2], cs=g.n_cols - subs_col, align="left")
        else:
            g.put(top + i, 0, label, cs=subs_col, head=True)
            g.put(top + i, subs_col, rows[i][2], cs=g.n_cols - subs_col, align="left")
        i = j + 1
    g.n_rows = top + len(rows)
    return g


def _body_table(rec: Record, style: Style, residents: str) -> Grid:
    """The whole body as one table: a section label on the left, its content on the right."""
    if style.section_order and style.body_order:
        return _body_sections(rec, style, residents)
    unit = style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"])
    ach: list[str | Grid] = [b.text if isinstance(b, Para) else b for b in achievement_blocks(rec, style, 3)
                             if not isinstance(b, Figure)]  # the third section's blocks (3.1, 3.2)
    if rec["goals"]:
        ach += [block_heading(style.goals_heading, style, n_groups(rec), 3), goals_grid(rec, style)]
    # a record whose funding is not the printed table's (families._project_span): the table by sub-project
    funding = funding_projects_grid(rec, style) if rec.get("_funding_print") else funding_grid(rec, style)
    funding.break_at = 0  # a table in a cell: no forced page break inside it
    secs: list[tuple[str, list[str | Grid]]] = [
        (style.overview_heading, list(overview_lines(rec, style))),
        (style.funding_heading, [*([funding_sentence(rec, style)] if style.funding_sentence else []),
                                 *([] if style.unit_in_corner or style.unit_top_right or style.unit_in_head
                                       else [unit]), funding,
                                 *(b.text if isinstance(b, Para) else b for b in _funding_side_tables(rec, style))]),
        (style.achievements_heading, ach),
    ]
    if rec["outreach"]:
        secs.append((style.outreach_heading.format(residents=residents), [outreach_grid(rec, style)]))
    if rec["plans"]:
        secs.append((style.plans_heading, list(plan_lines(rec, style))))
    secs.append((style.effects_heading, list(effect_lines(rec, style))))
    if style.body_header:  # the header's rows on top: the body rows use its first column edge only
        head = header_grid(rec, style)
        g = Grid(head.n_rows + len(secs), head.n_cols, cells=list(head.cells), widths=head.widths, role="section")
    else:
        g = Grid(len(secs), 2, widths=[1.0, 6.0], role="section")
    top = g.n_rows - len(secs)
    for i, (label, content) in enumerate(secs):
        g.put(top + i, 0, heading_text(i + 1, label, style) if style.heading_format else label, head=True)
        g.put(top + i, 1, content, cs=g.n_cols - 1, align="left")
    return g


def photo_blocks(rec: Record, style: Style, n: int) -> list[Block]:
    """The photo page: its heading (the ``n``-th), then one captioned photo a caption."""
    from samples.figures import photo

    out: list[Block] = [_heading(n, style.photos_heading, style)]
    out += [Figure(photo(rec, k), cap, width_mm=110.0, height_mm=62.0) for k, cap in enumerate(style.photo_captions)]
    return out


def photo_grid(rec: Record, style: Style) -> Grid:
    """Photos two a row in a table, each cell a photo with its caption under it (``< 착공식 >``)."""
    from samples.figures import photo

    caps = style.photo_grid
    g = Grid((len(caps) + 1) // 2, 2, widths=[1.0, 1.0], role="photos")
    for k, cap in enumerate(caps):
        g.put(k // 2, k % 2, [Figure(photo(rec, k), cap, width_mm=48.0, height_mm=27.0), cap])
    return g


def card_blocks(rec: Record, style: Style) -> list[Block]:
    """The whole card, top to bottom; the tables of ``style.open_tables``'s roles marked open-sided,
    those of ``style.typed_tables``'s roles typed as lines of tab-separated cells (no table)."""
    blocks = _card_blocks(rec, style)
    if style.row_cuts:
        from samples.page_cuts import apply_row_cuts

        blocks = apply_row_cuts(blocks, style)
    if style.typed_tables:
        blocks = [typed_table(b) if isinstance(b, Grid) and b.role in style.typed_tables else b for b in blocks]
    if style.open_tables:
        for b in blocks:
            if isinstance(b, Grid):
                _mark_open(b, style.open_tables)
    if style.sheet_cols:  # the whole card on one spreadsheet grid
        from samples.sheet import sheet_blocks

        blocks = sheet_blocks(blocks, style)
    return blocks


_NUMERIC = set("0123456789,.-%―~() ")
TYPED_LINE_EM = 46.0  # a typed line's room in body em (the text width, a little spare)
TAB_GAP_EM = 1.5  # the least room between a cell's text and the next tab stop


def _em(text: str) -> float:
    """The printed width of ``text`` in em: Hangul and other wide glyphs one, the rest a little over half."""
    return sum(1.0 if ord(ch) >= 0x1100 else 0.3 if ch == " " else 0.58 for ch in text)


def _typed_cell(c: GridCell) -> str:
    return " ".join(x for x in c.content if isinstance(x, str)).replace("\n", " ").strip()


def typed_table(g: Grid) -> Para:
    """A table typed as an author types one without a table object: a line a row, its cells a tab
    apart at the column's tab stop. The head rows become one line (a column headed by the lowest head
    cell over it; a spanning head over several columns is not typed), a cell spanning columns is typed
    once (the tabs of the columns it covers after it), a cell spanning rows only on its first row."""
    band = g.head_band()
    cols: list[str] = [""] * g.n_cols
    for c in sorted((c for c in g.cells if c.row < band), key=lambda c: c.row):
        if c.col_span == 1 or c.row + c.row_span >= band:
            for k in range(c.col, c.col + c.col_span):
                cols[k] = _typed_cell(c) if k == c.col else ""
    lines = [cols] if band else []
    for row in range(band, g.n_rows):
        cells = [""] * g.n_cols
        for c in g.cells:
            if c.row == row:
                cells[c.col] = _typed_cell(c)
        lines.append(cells)
    need = [max(_em(ln[k]) for ln in lines) + TAB_GAP_EM for k in range(g.n_cols)]  # stops set to fit
    total = max(sum(need), TYPED_LINE_EM)

    def numeric(k: int) -> bool:
        body = [ln[k] for ln in lines[1 if band else 0:] if ln[k]]
        return k > 0 and bool(body) and all(any(ch.isdigit() for ch in x) or set(x) <= _NUMERIC for x in body)

    stops = tuple((w / total, "r" if numeric(k) else "l") for k, w in enumerate(need))
    return Para("\n".join("\t".join(ln).rstrip("\t") for ln in lines), "typed", stops,
                min(1.0, TYPED_LINE_EM / total))



def _mark_open(g: Grid, roles: tuple[str, ...]) -> None:
    g.open = g.role in roles
    for c in g.cells:
        for x in c.content:
            if isinstance(x, Grid):
                _mark_open(x, roles)


def _card_blocks(rec: Record, style: Style) -> list[Block]:
    kind = rec["header"]["kind"]
    residents = next((v for k, v in RESIDENTS.items() if k in kind), "주민")
    if style.slide_deck and not style.body_table:  # a presentation: a title slide, then a slide a section
        from samples.slides import slide_blocks

        return slide_blocks(rec, style, residents)
    blocks: list[Block] = [Para(x, "note") for x in style.web_chrome[:1]]
    blocks.append(approval_title(kind, style) if style.approval_box else
                  stamp_title(rec, style) if style.stamp_label else Para(kind, "title"))
    blocks += [Para(x, "note") for x in style.web_chrome[1:]]
    if style.title_line:
        blocks.append(Para(style.title_line.format(no=rec["header"]["mgmt_no"], title=rec["header"]["title"]),
                           "heading"))
    if style.as_of_line:
        blocks.append(Para(style.as_of_line.format(date=rec["as_of"]["raw"]), "unit"))
    if style.header_layout == "lines" and "\t" in style.header_line:  # typed at a tab stop after the label
        blocks += [Para(x, "typed", ((0.2, "l"), (0.8, "l"))) for x in header_lines(rec, style)]
    elif style.header_layout == "lines":
        blocks += [Para(x) for x in header_lines(rec, style)]
    elif not (style.body_table and style.body_header):
        blocks.append(header_grid(rec, style))
    if style.status_symbols:  # the legend of the status symbols
        blocks.append(Para("※ " + "  ".join(f"{sym} {lab}" for lab, sym in style.status_symbols), "note"))
    if style.section_order and not style.body_table:
        return blocks + ordered_sections(rec, style, residents) + [Para(x) for x in style.attachments]
    if style.body_table:
        blocks.append(_body_table(rec, style, residents))
        return blocks
    n = 0

    def section(label: str, lines: list[Block]) -> None:
        nonlocal n
        n += 1
        if style.two_column:
            content: list[str | Grid] = [b.text if isinstance(b, Para) else b for b in lines
                                         if not isinstance(b, Figure)]
            blocks.append(_two_col(label, content))
        else:
            blocks.append(_heading(n, label, style))
            blocks.extend(lines)

    five = style.page_plan == "five"
    section(style.overview_heading, [Para(x) for x in overview_lines(rec, style)])
    if style.figure_caption:
        from samples.figures import location_map

        blocks.append(Figure(location_map(rec), style.figure_caption))
    if five:  # the funding table alone on a landscape page
        blocks.append(PageBreak(landscape=True))
    n += 1
    blocks.append(_heading(n, style.funding_heading, style))
    if style.funding_sentence:  # the budget told in the funding section (no overview budget line)
        blocks.append(Para(funding_sentence(rec, style)))
    if not (style.cell_unit or style.unit_in_corner or style.unit_in_head or style.unit_note or style.unit_top_right):
        blocks.append(Para(style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"]), "unit"))
    blocks.extend(funding_grids(rec, style))
    if style.unit_note:  # the unit told under the table (※ 단위: 백만원), before the other notes
        blocks.append(Para(style.unit_note.format(unit=rec["funding"]["unit"]), "note"))
    if style.funding_note:
        blocks.append(Para(style.funding_note, "note"))
    blocks += [Para(x, "note") for x in style.funding_footnotes]
    blocks.extend(_funding_side_tables(rec, style))
    if five:  # a page of captioned photos, then the rest on portrait pages
        blocks.append(PageBreak())
        n += 1
        blocks.extend(photo_blocks(rec, style, n))
        blocks.append(PageBreak())
    section(style.achievements_heading, achievement_blocks(rec, style, n + 1))
    if rec["goals"]:
        blocks.append(Para(block_heading(style.goals_heading, style, n_groups(rec), n), "group"))
        if style.goals_lines:
            blocks.extend(Para(x) for x in goal_lines(rec, style))
        else:
            blocks.append(goals_grid(rec, style))
        if style.goals_note:
            blocks.append(Para(style.goals_note, "note"))
        blocks += [Para(x, "note") for x in style.goals_footnotes]
    if rec["outreach"]:
        n += 1
        blocks.append(_heading(n, style.outreach_heading.format(residents=residents), style))
        if style.outreach_layout == "sentences":
            blocks.extend(Para(x) for x in outreach_sentences(rec, style))
        elif style.outreach_layout == "quarters":
            blocks += [Para(style.unit_format.format(unit=rec["outreach"]["unit"]), "unit"), outreach_grid(rec, style)]
        else:
            blocks.append(outreach_grid(rec, style))
    eff = [Para(x) for x in effect_lines(rec, style)]
    if style.tail_heading:  # one heading, the plans and the effects each opened by a sub-heading line
        plans = [Para(style.tail_sub.format(label=style.plans_heading), "group"),
                 *[Para(x) for x in plan_lines(rec, style)]] if rec["plans"] else []
        section(style.tail_heading, [*plans, Para(style.tail_sub.format(label=style.effects_heading), "group"), *eff])
        return blocks
    if rec["plans"] and style.plans_table[0]:
        section(style.plans_heading, [plans_grid(rec, style)])
    elif rec["plans"]:
        section(style.plans_heading, [Para(x) for x in plan_lines(rec, style)])
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


# ------------------------------------------------------------------------------ sections in a template's order


def _gantt_grid(rec: Record) -> Grid:
    """The 추진일정 as a chart: a stage a row, the as-of year's months across (``1`` .. ``12`` under
    the year), ● in the months the stage runs."""
    from samples.extras import gantt_rows

    year, rows = gantt_rows(rec)
    g = Grid(2 + len(rows), 2 + 12, widths=[0.8, 2.6] + [0.45] * 12, role="side")
    g.put(0, 0, "구분", rs=2, head=True)
    g.put(0, 1, "추진내용", rs=2, head=True)
    g.put(0, 2, f"{year}년", cs=12, head=True)
    for m in range(12):
        g.put(1, 2 + m, str(m + 1), head=True)
    for i, (step, stage, months) in enumerate(rows):
        g.put(2 + i, 0, step)
        g.put(2 + i, 1, stage, align="left")
        for m in range(12):
            g.put(2 + i, 2 + m, "●" if m + 1 in months else "")
    return g


def _schedule_grid(rec: Record) -> Grid:
    from samples.extras import schedule_rows

    rows = schedule_rows(rec)
    g = Grid(1 + len(rows), 3, widths=[1.0, 3.0, 1.4], role="side")
    for k, h in enumerate(("구분", "추진내용", "추진시기")):
        g.put(0, k, h, head=True)
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            g.put(1 + i, k, text)
    return g


def approval_title(kind: str, style: Style) -> Grid:
    """The title line beside an approval box (결재란), as official documents print it: a borderless
    1x2 layout table, the title in the left cell, on the right a box whose first cell ``결재`` (its
    syllables stacked) spans two rows, the ranks (``style.approval_box``) over empty signature cells."""
    heads = style.approval_box
    box = Grid(2, 1 + len(heads), widths=[0.5] + [1.0] * len(heads), role="approval")
    box.put(0, 0, "결\n재", rs=2, head=True)
    for k, h in enumerate(heads):
        box.put(0, 1 + k, h, head=True)
        box.put(1, 1 + k, "")
    g = Grid(1, 2, widths=[3.0, 2.0], role="layout")
    g.put(0, 0, kind, align="left")
    g.put(0, 1, [box])
    return g


def _changes_grid(rec: Record) -> Grid:
    """The card's change history: 연번 | 변경일자 | 변경내용 | 사유, a change a row (extras.change_rows)."""
    from samples.extras import change_rows

    rows = change_rows(rec)
    g = Grid(1 + len(rows), 4, widths=[0.5, 1.2, 3.2, 2.0], role="side")
    for k, h in enumerate(("연번", "변경일자", "변경내용", "사유")):
        g.put(0, k, h, head=True)
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            g.put(1 + i, k, text, align="left" if k >= 2 else "center")
    return g


def _section_content(key: str, rec: Record, style: Style, sec: int = 0) -> list[Block]:
    """The blocks under one section's heading (empty: the card has nothing for it)."""
    if key == "overview" and style.overview_projects:
        return overview_projects_blocks(rec, style)
    if key == "overview" and style.fact_tiles:  # key-fact tiles over the overview's own lines or table
        from samples.slides import tiles_grid

        tiles = tiles_grid(rec, style)
        return [*([tiles] if tiles is not None else []), *_section_content(key, rec, replace(style, fact_tiles=()), sec)]
    if key == "overview" and style.overview_table:
        return [overview_grid(rec, style)]
    if key == "overview":
        return [Para(x) for x in overview_lines(rec, style)]
    if key == "funding":
        in_heads = style.funding_layout == "year_rows" and "{unit}" in style.year_rows_heads[2]
        unit = [] if style.unit_in_corner or style.unit_top_right or style.unit_column or style.unit_in_head or in_heads \
            or style.unit_note or style.unit_in_title else [Para(style.unit_format.format(unit=rec["funding"]["unit"], as_of=rec["as_of"]["raw"]), "unit")]
        told = [Para(funding_sentence(rec, style))] if style.funding_sentence else []
        if style.funding_summary:  # a 총괄 table, then the yearly one, each under its caption line
            first, second = style.funding_captions
            return [*told, *unit, *([Para(first, "group")] if first else []), funding_summary(rec, style),
                    *([Para(second, "group")] if second else []), *funding_grids(rec, style)]
        notes = [Para(x, "note") for x in (*style.funding_footnotes, *(n for _, n in style.figure_marks))]
        if style.funding_projects[0]:
            return [*told, *unit, funding_projects_grid(rec, style), *notes]
        note = [Para(style.funding_note, "note")] if style.funding_note else []
        if style.unit_note:  # the unit told under the table (※ 단위: 백만원), before the other notes
            notes.insert(0, Para(style.unit_note.format(unit=rec["funding"]["unit"]), "note"))
        return [*told, *unit, *funding_grids(rec, style), *notes, *note, *_funding_side_tables(rec, style)]
    if key == "merged":
        return [merged_grid(rec, style)] if rec["achievements"] or rec["plans"] else []
    if key == "achievements" and style.achievements_blocks:
        return achievement_block_table(rec, style)
    if key == "achievements":
        return achievement_blocks(rec, style, sec)
    if key == "goals":
        notes = [*style.goals_footnotes, *metric_notes(rec, style)]
        return [goals_grid(rec, style), *(Para(x, "note") for x in notes)] if rec["goals"] else []
    if key == "outreach" and rec["outreach"] and style.outreach_layout == "sentences":
        return [Para(x) for x in outreach_sentences(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_layout == "prose":
        return [Para(x) for x in outreach_prose(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_open:
        return [Para(x) for x in outreach_open(rec, style)]
    if key == "outreach" and rec["outreach"] and style.outreach_log:
        return [outreach_log_grid(rec, style)]
    if key == "outreach":
        note = [Para(style.outreach_note, "note")] if style.outreach_note else []
        return [outreach_grid(rec, style), *note] if rec["outreach"] else []
    if key == "plans" and style.plans_gantt and rec["plans"]:
        return [plans_gantt_grid(rec, style)]
    if key == "plans" and style.plans_halves and rec["plans"]:
        return [plans_halves_grid(rec, style)]
    if key == "plans" and style.plans_quarters and rec["plans"]:
        return [plans_quarter_grid(rec, style)]
    if key == "plans" and style.plans_by_year:
        return [Para(x, role) for x, role in plans_by_year(rec, style)]
    if key == "plans":
        return [Para(x) for x in plan_lines(rec, style)]
    if key == "effects" and style.effects_split[0] and rec["effects"]:
        return [effects_split_grid(rec, style)]
    if key == "effects":
        return [Para(x) for x in effect_lines(rec, style)]
    if key == "problems":
        from samples.extras import problem_lines

        return [Para(x) for x in problem_lines(rec, style)]
    if key == "schedule":
        return [_gantt_grid(rec) if style.schedule_gantt else _schedule_grid(rec)]
    if key == "changes":
        return [_changes_grid(rec)]
    if key == "requests":
        from samples.extras import request_lines

        return [Para(x) for x in request_lines(rec, style)]
    if key == "figures":  # captioned photo boxes between sections, no heading (none: no photo boxes)
        return [photo_grid(rec, style)] if style.photo_grid else []
    if key == "photos" and style.photo_grid:
        return [photo_grid(rec, style)]
    if key == "photos":
        from samples.extras import photo_caption
        from samples.figures import location_map

        return [Figure(location_map(rec, (360, 200)), photo_caption(rec), width_mm=80.0, height_mm=44.0)]
    raise ValueError(f"unknown section {key!r}")


SECTIONS = ("overview", "funding", "achievements", "goals", "outreach", "plans", "effects", "problems", "schedule",
            "photos", "figures", "changes", "requests", "merged")


def _section_label(key: str, style: Style, residents: str, unit: str = "") -> str:
    if key == "outreach":
        return style.outreach_heading.format(residents=residents)
    if key == "funding" and style.unit_in_title:  # 재원 투자계획 (단위: 백만원)
        return style.funding_heading.strip("<>") + style.unit_in_title.format(unit=unit)
    return getattr(style, f"{key}_heading").strip("<>")


def ordered_sections(rec: Record, style: Style, residents: str) -> list[Block]:
    """Every section under its own numbered heading, in ``style.section_order``; a section the
    card has nothing for is left out (and not numbered)."""
    out: list[Block] = []
    n = 0
    left, right = style.two_pane
    panes: list[list[Block]] = [[], []]
    for key in style.section_order:
        content = _section_content(key, rec, style, n + 1)
        if not content:
            continue
        if key == "figures":
            out += content
            continue
        n += 1
        if key in left or key in right:  # a section of the side-by-side pane: into its cell
            panes[0 if key in left else 1] += [_heading(n, _section_label(key, style, residents, rec["funding"]["unit"]), style), *content]
            if key == (left + right)[-1]:
                out.append(_panes(panes))
            continue
        if style.rotated_sections:  # a narrow rotated label cell beside the section's lines and tables
            out += _rotated_box(_titled(n, _section_label(key, style, residents, rec["funding"]["unit"]), style),
                                content, key == "funding")
            continue
        if style.section_box:  # the section's own boxed table: its title row over its content
            out.append(_boxed(_titled(n, _section_label(key, style, residents, rec["funding"]["unit"]), style), content))
            continue
        out.append(_heading(n, _section_label(key, style, residents, rec["funding"]["unit"]), style))
        out += content
    return out


def _panes(panes: list[list[Block]]) -> Grid:
    """Two columns side by side: a borderless 1x2 layout table, each cell holding its sections'
    headings, lines and tables."""
    g = Grid(1, 2, widths=[1.0, 1.0], role="layout")
    for k, blocks in enumerate(panes):
        g.put(0, k, [b.text if isinstance(b, Para) else b for b in blocks if isinstance(b, Para | Grid)], align="left")
    return g


def _rotated_box(label: str, content: list[Block], table_after: bool) -> list[Block]:
    """A section as a label | content table whose narrow label cell is drawn rotated (vertical text);
    with ``table_after`` the section's tables follow the box (so that a column or page break may cut
    them), its lines in the box."""
    inside = [b for b in content if isinstance(b, Para) or (isinstance(b, Grid) and not table_after)]
    g = Grid(1, 2, widths=[0.45, 6.0], role="section")
    g.put(0, 0, label, head=True, rotate=True)
    g.put(0, 1, [b.text if isinstance(b, Para) else b for b in inside], align="left")
    for b in inside:
        if isinstance(b, Grid):
            b.break_at = 0  # a table in a cell: no forced break inside it
    return [g, *(b for b in content if isinstance(b, Grid) and table_after)]


def _boxed(title: str, content: list[Block]) -> Grid:
    """A section as a one-column table: the shaded title row, then one cell holding its lines and tables."""
    g = Grid(2, 1, widths=[1.0], role="section")
    g.put(0, 0, title, head=True, align="left")
    g.put(1, 0, [b.text if isinstance(b, Para) else b for b in content if isinstance(b, Para | Grid)], align="left")
    return g


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
    cover: list[Block] = [Para(issuer, "unit"), Para(style.report_cover, "title"),
                          Para(f"「 {rec['header']['title']} 」", "title"),
                          Para(f"{int(end[:4])}. {int(end[5:7])}.", "unit"),
                          Para(f"{issuer} {rec['header']['lead_dept']}", "unit")]
    glyph = style.heading_format.split("{", 1)[0]
    toc: list[Block] = [Para(style.report_contents, "title")]
    for k, b in enumerate(card):
        if isinstance(b, Para) and b.role == "heading":
            head = b.text[len(glyph):] if glyph and b.text.startswith(glyph) else b.text
            page = first + k * REPORT_PAGES // max(1, len(card))
            toc.append(Para(f"{head} {'·' * max(3, 40 - _width(head) - len(str(page)) - 1)} {page}"))
    return [("cover", cover), ("contents", toc), ("card", card)]


SUMMARY_FIELDS = ("경제·일자리", "복지·보건", "문화·관광", "안전·환경", "도시·교통")
SUMMARY_STATUS = (("완료", ("done",)), ("정상추진", ("ongoing_normal", "continuing", "partial")),
                  ("부진", ("ongoing_delayed", "not_started")), ("보류", ("dropped", "other")))


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
    out: list[Block] = [Para(style.report_summary.format(quarter=quarter), "title"),
                        Para(f"{issuer} 기획예산담당관", "unit"), Para("1. 추진상황 총괄", "heading"),
                        Para("(단위: 건)", "unit")]
    g = Grid(2 + len(SUMMARY_FIELDS), 2 + len(SUMMARY_STATUS), widths=[2.0] + [1.0] * (1 + len(SUMMARY_STATUS)),
             role="side")
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


def booklet_parts(records: list[Record], style: Style,
                  pages: list[int] | None = None) -> list[tuple[str, list[Block]]]:
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
        toc += [Para(f"□ 추진현황 총괄 ({quarter})", "heading"), Para("(단위: 건)", "unit"),
                booklet_summary(records, style)]
    parts: list[tuple[str, list[Block]]] = [("cover", cover), ("contents", toc)]
    for k, rec in enumerate(records):
        if k == 0 or _field_no(rec) != _field_no(records[k - 1]):
            f = _field_no(rec)
            parts.append(("divider", [Para(ROMAN[f - 1], "title"), Para(f"{style.booklet_fields[f - 1]} 분야", "title")]))
        parts.append(("card", card_blocks(rec, style)))
    return parts


# ------------------------------------------------------------------------------ sub-projects (yeoreum-city)


_SUB_SUFFIXES = ("기반 조성", "운영 지원", "홍보 확산")


def sub_projects(rec: Record) -> list[str]:
    """The pledge's sub-projects (세부사업): its goals' projects in order (three at most), two at least
    (the theme, the words of the first project but its last, with a suffix of its own)."""
    names = list(dict.fromkeys(g["project"] for g in rec["goals"]))[:3]
    first = names[0] if names else rec["header"]["title"]
    theme = first.rsplit(" ", 1)[0] if " " in first else first
    for suffix in _SUB_SUFFIXES:
        if len(names) >= 2:
            break
        if f"{theme} {suffix}" not in names:
            names.append(f"{theme} {suffix}")
    return names


def project_rows(rec: Record) -> list[tuple[str, str, str]]:
    """The overview's sub-project rows (세부사업, 내용, 사업량) its contents were joined from: a content
    opens with its sub-project and ends in its amount of work."""
    out = []
    for text in rec["overview"]["contents"]:
        name = next((p for p in sub_projects(rec) if text.startswith(p + " ")), "")
        rest = text[len(name):].strip()
        body, _, qty = rest.rpartition(" ")
        out.append((name, body, qty))
    return out


def overview_projects_blocks(rec: Record, style: Style) -> list[Block]:
    """The period and budget lines, the 주요내용 label, its table (a sub-project a row), the notes."""
    o = rec["overview"]
    b1, (lp, lb, lc) = style.bullet1, style.overview_labels
    out: list[Block] = [Para(f"{b1} {lp} : {o['period']['raw']}"), Para(f"{b1} {lb} : {o['budget']['raw']}"),
                        Para(f"{b1} {lc}")]
    rows = project_rows(rec)
    out.append(text_grid(style.overview_projects, rows, [1.6, 4.0, 1.0], "overview"))
    out += [Para(f"* {n}", "note") for n in o["notes"]]
    return out


def _shares(units: int, weights: list[float]) -> list[int]:
    """``units`` split by ``weights`` in whole units (the rest to the last share with a weight)."""
    whole = sum(weights)
    if not units or not whole:
        return [0] * len(weights)
    parts = [int(units * w / whole) for w in weights]
    last = max(k for k, w in enumerate(weights) if w)
    parts[last] += units - sum(parts)
    return parts


def project_funding(rec: Record) -> list[tuple[str, list[tuple[str, list[int]]]]]:
    """The funding split by sub-project: (sub-project, [(source label, amounts in won a column)]),
    each source's amounts shared by the sub-projects it funds; a sub-project's total column is the
    sum of its periods. The record keeps the whole's rows only (the schema has no sub-project)."""
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    names = sub_projects(rec)
    sources = [row for row in f["rows"] if row["source"] != "total"]
    r = random.Random(f"subprojects-{rec['header']['title']}")
    uses = [[r.random() < 0.75 for _ in sources] for _ in names]
    for j in range(len(sources)):  # every source funds a sub-project, every sub-project has a source
        if not any(u[j] for u in uses):
            uses[r.randrange(len(names))][j] = True
    for u in uses:
        if not any(u):
            u[r.randrange(len(sources))] = True
    split: list[list[tuple[str, list[int]]]] = [[] for _ in names]
    for j, row in enumerate(sources):
        weights = [r.uniform(0.5, 2.0) if uses[p][j] else 0.0 for p in range(len(names))]
        per_col = [_shares(v // mult, weights) if k != ti else [0] * len(names)
                   for k, v in enumerate(row["amounts_krw"])]
        for p in range(len(names)):
            if not uses[p][j]:
                continue
            vals = [per_col[k][p] * mult for k in range(len(cols))]
            if ti is not None:
                vals[ti] = sum(v for k, v in enumerate(vals) if k != ti)
            split[p].append((row["label"], vals))
    return list(zip(names, split, strict=True))


def funding_projects_grid(rec: Record, style: Style) -> Grid:
    """The funding table by sub-project: a sub-project's cell spanning its 소계 row and its sources' rows,
    then the whole (the record's rows) under ``style.subtotal_total``; the periods across. A record with
    ``_funding_print`` (families._project_span) prints that funding: one sub-project's amounts once over two
    year columns (a merged cell, its 소계 so noted: ``style.span_note``), the whole's rows drawing on it merged
    there too, or the whole a 합계 row alone."""
    pf = rec.get("_funding_print")
    view = {**rec, "funding": pf["funding"]} if pf else rec
    f = view["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    merge = tuple(pf["merge"]) if pf and pf["merge"] else None
    projects = project_funding(view)
    used = {lab for lab, _ in projects[merge[0]][1]} if merge else set()
    blocks: list[tuple[str, list[tuple[str, str, list[int]]], bool]] = []
    for p, (name, rows) in enumerate(projects):
        sub = [sum(c) for c in zip(*(v for _, v in rows), strict=True)]
        blocks.append((name, [(style.subtotal_label, "total", sub)] + [(lab, "", v) for lab, v in rows],
                       bool(merge) and merge[0] == p))
    whole = [(x["label"], x["source"], x["amounts_krw"]) for x in f["rows"]]
    if pf and not pf["whole"]:
        whole = [x for x in whole if x[1] == "total"]
    blocks.append((style.subtotal_total, whole, False))
    n_rows = sum(len(rows) for _, rows, _ in blocks)
    g = Grid(2 + n_rows, 2 + len(cols), widths=[1.6, 0.8] + [1.0] * len(cols), role="funding")
    head_p, head_s = style.funding_projects
    g.put(0, 0, head_p, rs=2, head=True)
    g.put(0, 1, head_s, rs=2, head=True)
    _two_level_head(g, cols, style)
    i = 2
    for name, rows, merged in blocks:
        alone = name == style.subtotal_total and len(rows) == 1 and pf is not None
        if alone:
            g.put(i, 0, name, cs=2, head=True)
        else:
            g.put(i, 0, name, rs=len(rows), head=True)
        for lab, kind, vals in rows:
            if not alone:
                g.put(i, 1, style.spaced(lab), head=True)
            whole_row = name == style.subtotal_total and (kind == "total" or lab in used)
            span = merge is not None and (merged or whole_row)  # the sub-project's rows, the whole's drawing on it
            k = 0
            while k < len(vals):
                if span and merge and k == merge[1]:
                    text = amount_text((vals[k] + vals[k + 1]) // mult, f["unit"], style, total=kind == "total")
                    note = style.span_note if merged and kind == "total" else ""
                    g.put(i, 2 + k, f"{text}{note}", cs=2, align="right")
                    k += 2
                    continue
                g.put(i, 2 + k, amount_text(vals[k] // mult, f["unit"], style, total=kind == "total"),
                      align="right")
                k += 1
            i += 1
    g.head_rows = 2 if style.repeat_table_head else 0
    return g


def achievement_block_table(rec: Record, style: Style) -> list[Block]:
    """The achievements as one table (구분 | 추진일자 | 추진내용 | 비고): a block's name, and its date in
    brackets under it, in a first cell spanning the block's rows; a level-1 item's text without its
    marker, the items under it with theirs; a side table closes the table, which goes on in a new one."""
    heads = style.achievements_blocks
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    out: list[Block] = []
    rows: list[tuple[list[str], str, str, str]] = []

    def flush() -> None:
        if not rows:
            return
        g = Grid(1 + len(rows), 4, widths=[1.3, 1.1, 4.6, 0.8], role="achievements")
        for k, h in enumerate(heads):
            g.put(0, k, h, head=True)
        for i, n in _runs([r[0] for r in rows]):
            g.put(1 + i, 0, rows[i][0], rs=n, head=True)
        for j, (_, d, text, note) in enumerate(rows):
            g.put(1 + j, 1, d)
            g.put(1 + j, 2, text, align="left")
            g.put(1 + j, 3, note)
        out.append(g)
        rows.clear()

    for i, item in enumerate(rec["achievements"]):
        gd = item.get("group_as_of")
        block = [item["group"]] + ([f"({gd['raw']})"] if gd and gd["raw"] != item["group"] else [])
        d = item["date"]["raw"] if item.get("date") else ""
        text = item["text"] if item["level"] == 1 and item["marker"] not in ("※", "*") else \
            f"{item['marker']} {item['text']}"
        note = "완료" if item.get("date") and (item["date"]["end"] or "9") < (rec["as_of"]["start"] or "") else ""
        rows.append((block, d, text, note))
        if tables_after.get(i):
            flush()
            out += [side_grid(tb) for tb in tables_after[i]]
    flush()
    return out


def plans_quarter_grid(rec: Record, style: Style) -> Grid:
    """The plans as a schedule: a plan a row, the quarters of the plans' years across (``1/4`` ..
    ``4/4`` under ``2025년``), ● in every quarter from the plan's first to its last."""
    spans = []
    for p in rec["plans"]:
        d = p.get("date")
        if d and d.get("start") and d.get("end"):
            spans.append(((int(d["start"][:4]), (int(d["start"][5:7]) - 1) // 3),
                          (int(d["end"][:4]), (int(d["end"][5:7]) - 1) // 3)))
        else:
            spans.append(None)
    dated = [s for s in spans if s]
    y0 = min((s[0][0] for s in dated), default=int(rec["as_of"]["end"][:4]) + 1)
    y1 = max((s[1][0] for s in dated), default=y0)
    years = list(range(y0, y1 + 1))
    g = Grid(2 + len(rec["plans"]), 1 + 4 * len(years), widths=[4.0] + [0.45] * (4 * len(years)), role="plans")
    g.put(0, 0, style.plans_quarters, rs=2, head=True)
    for k, y in enumerate(years):
        g.put(0, 1 + 4 * k, f"{y}년", cs=4, head=True)
        for q in range(4):
            g.put(1, 1 + 4 * k + q, f"{q + 1}/4", head=True)
    for i, (p, s) in enumerate(zip(rec["plans"], spans, strict=True)):
        g.put(2 + i, 0, p["text"], align="left")
        for k, y in enumerate(years):
            for q in range(4):
                on = s is not None and s[0] <= (y, q) <= s[1]
                g.put(2 + i, 1 + 4 * k + q, "●" if on else "")
    return g


def merged_grid(rec: Record, style: Style) -> Grid:
    """The achievements and the plans side by side (``style.merged_heads``): a row an achievements block,
    its heading line then its items (side tables nested after their item) on the left, the plans spread
    over the rows in their order on the right; the outreach's lines (``style.outreach_inline``) close the
    last row's left cell; with ``style.merged_break`` a page break before the last row (head repeated)."""
    tables_after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        tables_after.setdefault(tb["after_item"], []).append(tb)
    cells: list[list[str | Grid | Figure]] = []
    group = None
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            group = item["group"]
            cells.append([group_heading(item, style, len(cells))])
        cells[-1].append(_item_line(item, style))
        cells[-1] += [side_grid(tb) for tb in tables_after.get(i, [])]
    if not cells:
        cells.append([])
    label, form = style.outreach_inline
    o = rec["outreach"]
    if label and o:
        said = ", ".join(f"{x['label']} {x['count']}{o['unit']}" + (f"({x['note']})" if x.get("note") else "")
                         for x in o["items"])
        cells[-1] += [label, form.format(channels=said)]
    plans = plan_lines(rec, style)
    n = len(cells)
    per = [plans[len(plans) * k // n: len(plans) * (k + 1) // n] for k in range(n)]
    g = Grid(1 + n, 2, widths=[1.0, 1.0], role="merged")
    for k, h in enumerate(style.merged_heads):
        g.put(0, k, h, head=True)
    for k in range(n):
        g.put(1 + k, 0, cells[k] or [""], align="left")
        g.put(1 + k, 1, list(per[k]) or [""], align="left")
    g.head_rows = 1
    g.break_at = n if style.merged_break and n > 1 else 0
    return g
