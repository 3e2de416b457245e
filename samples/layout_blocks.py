"""The printable block model (:class:`Para`, :class:`Grid`, :class:`Figure`, :class:`PageBreak`) and the
numbering, money and heading text every section's layout shares.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from samples.style import Style

Record = dict[str, Any]

RESIDENTS = {"도지사": "도민", "시장": "시민", "군수": "군민", "구청장": "구민", "교육감": "교육가족"}


@dataclass(slots=True)
class Para:
    text: str
    role: str = "body"  # title | heading | group | body | unit | typed
    stops: tuple[tuple[float, str], ...] = ()  # role "typed": lines of cells a tab apart, set at these tab
    #   stops (each cell's column: its width, a share of the text width, and its alignment "l" | "r")
    size: float = (
        1.0  # role "typed": the lines' font size, a share of the body's (a wide table typed smaller)
    )


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
    cut: int = (
        -1
    )  # a page break cutting the cell's row (samples/page_cuts.py): the characters of its text printed
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
    break_column: bool = (
        False  # with break_at: the table goes on at the top of the next column (PDF), not page
    )

    def head_band(self) -> int:
        """The number of leading rows that are all head cells (the rows an open table rules off)."""
        n = 0
        while n < self.n_rows:
            starting = [c for c in self.cells if c.row == n]
            if not starting or not all(c.head for c in starting):
                break
            n = max(n + 1, max(c.row + c.row_span for c in starting))
        return min(n, self.n_rows)

    def put(
        self,
        row: int,
        col: int,
        content: str | list[str | Grid | Figure],
        *,
        rs: int = 1,
        cs: int = 1,
        head: bool = False,
        align: str = "center",
        rotate: bool = False,
    ) -> None:
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


UNIT_MULT = {
    "원": 1,
    "천원": 10**3,
    "만원": 10**4,
    "백만원": 10**6,
    "억원": 10**8,
    "千원": 10**3,
    "百萬원": 10**6,
    "億원": 10**8,
}  # an older house style's Hanja units


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
    return {
        "n": Nth(n),
        "n2": f"{n:02d}",
        "roman": ROMAN[n - 1],
        "ga": LETTERS[n - 1],
        "circled": CIRCLED[n - 1],
        "neg": NEGATIVE_CIRCLED[n - 1],
        "latin": LATIN[n - 1],
        "fw": fullwidth(str(n)),
    }


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
    return [
        "overview",
        "funding",
        *(["photos"] if style.page_plan == "five" else []),
        "achievements",
        "outreach",
        "plans",
        "effects",
    ]


def _card_fields(rec: Record, style: Style) -> dict[str, str]:
    """The fields a card's running text and watermark may print (:func:`running_text`)."""
    return {
        "kind": rec["header"]["kind"],
        "no": rec["header"]["mgmt_no"],
        "printed": print_stamp(rec),
        "title": style.booklet_title,
        "quarter": quarter_text(rec) if rec["as_of"].get("label") else rec["as_of"]["raw"],
        "pledge": rec["header"]["title"],
        "as_of": rec["as_of"]["raw"],
        "lead": rec["header"].get("lead") or "",
    }


def running_text(rec: Record, style: Style) -> str:
    """The running page header of a card (``style.running_text``: the title line, the 관리번호; a
    booklet's title and quarter)."""
    return style.running_text.format(**_card_fields(rec, style))


def watermark_text(rec: Record, style: Style) -> str:
    """The diagonal watermark of a card's pages (``style.watermark``, lines parted by newlines: the fields of
    :func:`running_text`; ``{printed}`` the day and time it was printed out)."""
    if not style.watermark:
        return ""
    return style.watermark.format(**_card_fields(rec, style))


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
