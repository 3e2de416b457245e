"""Render card records to PDF: HTML + CSS laid out by WeasyPrint with Korean (Nanum) fonts.

Each card starts on a new page; long cells wrap; the footer carries the page number. The pages
each card spans are read back from the laid-out document (``page_ranges``) so that the expected
records can state ``page_start`` / ``page_end``.
"""

from __future__ import annotations

import base64
import html
import math
from pathlib import Path
from typing import Any

from samples.layout import (
    Block,
    Figure,
    Grid,
    PageBreak,
    Para,
    booklet_parts,
    bound,
    card_blocks,
    running_text,
    watermark_text,
)
from samples.pdf_unmapped import LABEL_CSS, unmapped_labels
from samples.revisions import IN_FORCE, STRUCK, plain
from samples.style import Style

CSS = """
@page {{ size: A4{orient}; margin: 18mm 16mm 20mm 16mm;
        {foot}{top} }}
body {{ font-family: 'NanumGothic', 'NanumBarunGothic', sans-serif; font-size: {pt}pt; line-height: {lh}; }}
.card {{ break-before: page; }}
.card:first-child {{ break-before: auto; }}
p {{ margin: 0.35em 0; }}
p.title {{ font-size: 1.6em; font-weight: bold; text-align: center; margin: 0.2em 0 0.8em 0; }}
p.heading {{ font-size: 1.15em; font-weight: bold; margin-top: 1.0em; }}
p.group {{ font-weight: bold; margin-top: 0.6em; }}
p.unit {{ text-align: right; font-size: 0.9em; }}
p.l2 {{ margin-left: 1.0em; }} p.l3 {{ margin-left: 2.0em; }} p.l4 {{ margin-left: 3.0em; }}
table {{ width: 100%; border-collapse: collapse; margin: 0.3em 0 0.6em 0; table-layout: fixed; }}
td, th {{ border: 0.7pt solid #333; padding: 3pt 4pt; vertical-align: middle; word-break: keep-all;
         overflow-wrap: anywhere; }}
th {{ background: #e8eef7; font-weight: bold; text-align: center; }}
td.left {{ text-align: left; }} td.center {{ text-align: center; }}
td.right {{ text-align: right; white-space: nowrap; }}
td p, th p {{ margin: 0; }}
s {{ text-decoration: line-through; text-decoration-color: #000; }}
td.right.revised {{ white-space: normal; }} td.revised s, td.revised span.inforce {{ white-space: nowrap; }}
span.inforce {{ color: #d00000; text-decoration: underline; }}
table.section > tbody > tr > th {{ width: 14%; }}
div.figure {{ text-align: center; margin: 0.4em 0; }}
div.figure img {{ width: {fig_w}mm; }}
@page turned {{ size: A4 {turned}; }}
div.page {{ break-before: page; }}
div.turned {{ page: turned; }}
tr.cut {{ break-before: page; }}
tr.colcut {{ break-before: column; }}
th.rot, td.rot {{ padding: 0; }}
div.rot {{ transform: rotate(-90deg); white-space: nowrap; text-align: center; }}
table.rotated > tbody > tr {{ break-inside: avoid; }}
th.diagonal {{ background: #e8eef7 url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100' preserveAspectRatio='none'%3E%3Cline x1='0' y1='0' x2='100' y2='100' stroke='%23333' stroke-width='1' vector-effect='non-scaling-stroke'/%3E%3C/svg%3E") no-repeat;
              background-size: 100% 100%; padding: 2pt 5pt; }}
th.diagonal p:first-child {{ text-align: right; }} th.diagonal p:last-child {{ text-align: left; }}
p.note {{ font-size: 0.85em; margin-top: -0.3em; }}
div.typed {{ margin: 0.3em 0 0.6em 0; }} p.typed {{ margin: 0; white-space: nowrap; }} p.typed span {{ display: inline-block; overflow: visible; }}
table.layout {{ margin: 0; }}
table.approval {{ margin: 0 0 0.6em 0; font-size: 0.85em; }} table.approval td {{ height: 2.6em; }}
table.open {{ border-top: 1.6pt solid #000; border-bottom: 1.6pt solid #000; }}
table.open td, table.open th {{ border: none; background: none; }}
table.open td.rule, table.open th.rule {{ border-bottom: 0.6pt solid #333; }}
table.layout > tbody > tr > td {{ border: none; vertical-align: top; padding: 0 3mm 0 0; }}
@page plain {{ @top-right {{ content: none; }} @bottom-center {{ content: none; }} }}
div.plain {{ page: plain; }}
div.cover p.title {{ font-size: 2.2em; margin-top: 3em; }}
div.divider p.title {{ font-size: 2.6em; margin-top: 4em; }}{rule}{hang}{columns}{shade}
"""
SHADE = """
p.heading {{ background: {color}; font-size: {pt}pt; padding: 1pt 3pt; }}"""
HANG = """
p.l1 {{ padding-left: 1.6em; text-indent: -1.6em; }} p.l2 {{ margin-left: 1.6em; padding-left: 1.5em; text-indent: -1.5em; }}
p.l3 {{ margin-left: 3.1em; padding-left: 1.5em; text-indent: -1.5em; }}"""
RULE = """
p.heading {{ border-bottom: 1.2pt solid #1f4e79; padding-bottom: 2pt; white-space: pre-wrap; tab-size: 4; }}"""
COLUMNS = """
div.card {{ columns: {n}; column-gap: {gap}pt; column-fill: auto; }}"""
COLUMN_GAP_PT = 24.0  # the gutter between newspaper columns
TEXT_WIDTH_PT = {False: 504.6, True: 751.2}  # A4 between the 16 mm margins: portrait, landscape
CELL_PADDING_EM = 1.0  # a cell's left and right padding (4 pt each) and a little room, in em
MIN_EM = 0.4  # no amount smaller than this
OBJECTS = """
div.tbox {{ border: 1pt solid #1f4e79; border-radius: 5pt; background: #deebf7; padding: 2pt 8pt; margin: 0.8em 0 0.5em 0; }}
div.tbox p {{ margin: 0.15em 0; }} div.tbox p.title {{ margin: 0.2em 0; }}
span.fn {{ float: footnote; font-size: 8pt; font-weight: normal; text-align: left; }}
::footnote-call {{ content: counter(footnote) ")"; vertical-align: super; font-size: 0.6em; line-height: 0; }}
::footnote-marker {{ content: counter(footnote) ") "; }}
@page {{ @footnote {{ border-top: 0.5pt solid #555; padding-top: 2pt; }} }}"""
SLIDES = """
@page { size: 297mm 167mm; margin: 12mm 16mm 14mm 16mm; }
div.card > p.title:first-of-type { margin-top: 2.2em; font-size: 1.2em; }
div.card > p.title { font-size: 2.0em; } div.card > p.unit { text-align: center; font-size: 1.05em; }
table.section { margin: 0 0 0.6em 0; } table.section th { background: #1f4e79; color: #fff; border: none;
  font-size: 1.35em; text-align: left; padding: 4pt 8pt; }
table.tiles, table.tiles-below { border-collapse: separate; border-spacing: 6pt 0; }
table.tiles td, table.tiles-below td { border: 1pt solid #9db3cc; background: #f2f6fb; padding: 5pt; }
table.tiles td p:last-child, table.tiles-below td p:first-child { font-size: 1.9em; font-weight: bold; color: #1f4e79; }
table.tiles td p:first-child, table.tiles-below td p:last-child { font-size: 0.85em; color: #555; }
table.open th { background: #dde6f0; }
"""
PRINTED = """
        @top-left {{ content: "{0}"; font-family: 'NanumGothic'; font-size: 8pt; }}
        @top-center {{ content: "{1}"; font-family: 'NanumGothic'; font-size: 8pt; }}"""
RUNNING = """
        @top-right {{ content: "{text}"; font-family: 'NanumGothic'; font-size: 8.5pt; color: #555; }}"""


def _text_html(text: str) -> str:
    """Escaped text; a newline is a line break (a number wrapped inside its line); revision markup drawn: a
    struck run through a line (``<s>``), the figure in force red and underlined."""
    return _marked("<br>".join(html.escape(x) for x in text.split("\n")))


def _marked(escaped: str) -> str:
    """Escaped text with its revision markup drawn (samples/revisions.py)."""
    return (
        escaped.replace(STRUCK[0], "<s>")
        .replace(STRUCK[1], "</s>")
        .replace(IN_FORCE[0], '<span class="inforce">')
        .replace(IN_FORCE[1], "</span>")
    )


def _cell_html(content: list[str | Grid | Figure], width: float = 0.0) -> str:
    """A cell's paragraphs, images and tables; ``width``: the cell's width in body em (0: unknown)."""
    parts = []
    for x in content:
        if isinstance(x, Figure):  # a photo in a cell, its caption the cell's next paragraph
            data = base64.b64encode(x.image).decode("ascii")
            parts.append(f'<img src="data:image/png;base64,{data}" alt="" style="width:{x.width_mm}mm">')
            continue
        parts.append(_grid_html(x, width, nested=True) if isinstance(x, Grid) else f"<p>{_text_html(x)}</p>")
    return "".join(parts)


def _rotated_html(content: list[str | Grid | Figure], width: float) -> str:
    """A cell's text drawn rotated: one line (unwrapped) centred on a cell ``width`` body em wide, the
    cell made as tall as the line is long."""
    text = " ".join(x for x in content if isinstance(x, str))
    length = _em_width(plain(text)) + 1.0
    margin = (width - length) / 2 if width else 0.0
    return (
        f'<div class="rot" style="width:{length:.2f}em;margin-left:{margin:.2f}em;'
        f'margin-top:{length / 2:.2f}em;margin-bottom:{length / 2:.2f}em">{_marked(html.escape(text))}</div>'
    )


def _em_width(text: str) -> float:
    """Width of ``text`` in em (Nanum Gothic): digits about 0.62, punctuation 0.3, Hangul 1."""
    return sum(1.0 if "\uac00" <= ch <= "\ud7a3" else 0.62 if ch.isalnum() else 0.3 for ch in text)


def _fitting_em(g: Grid, width: float) -> float:
    """The largest font size (em) at which every amount of ``g``, a table ``width`` body em wide,
    fits its cell (its padding taken off)."""
    total = sum(g.widths) or 1.0
    fit = 1.0
    for c in g.cells:
        if c.align != "right":
            continue
        room = width * sum(g.widths[c.col : c.col + c.col_span]) / total - CELL_PADDING_EM
        for x in c.content:
            if isinstance(x, str) and x.strip():
                fit = min(fit, max(room, 0.1) / max(_em_width(y) for y in x.split("\n")))
    return fit


def _head_rows(g: Grid) -> int:
    """The rows the table's thead holds: ``g.head_rows`` and the rows a head cell spans down into (a rowspan
    cannot cross from thead into tbody: the browser cuts it, the rows under it shift left; a title row over
    the head, 구분 spanning the head's two rows below it)."""
    n = g.head_rows
    while n and (deeper := max((c.row + c.row_span for c in g.cells if c.row < n), default=n)) > n:
        n = deeper
    return n


def _words(content: list[str | Grid | Figure]) -> list[str]:
    """A cell's strings as they fill its width: a revised one (struck figure, figure in force) a word a line."""
    out: list[str] = []
    for x in content:
        if isinstance(x, str):
            out.extend(plain(x).split(" ") if STRUCK[0] in x else [x])
    return out


def _grid_html(g: Grid, width: float = 0.0, *, nested: bool = False) -> str:
    """``g`` as an HTML table ``width`` body em wide (0: unknown). A table inside another's cell (a
    column of a layout table) draws its amounts small enough to fit their cells."""
    total = sum(g.widths) or 1.0
    cols = "".join(f'<col style="width:{100 * w / total:.2f}%">' for w in g.widths)
    rows: list[list[str]] = [[] for _ in range(g.n_rows)]
    band = g.head_band() if g.open else 0  # an open table: a thin rule under its head rows only
    for c in sorted(g.cells, key=lambda c: (c.row, c.col)):
        tag = "th" if c.head else "td"
        span = (f' rowspan="{c.row_span}"' if c.row_span > 1 else "") + (
            f' colspan="{c.col_span}"' if c.col_span > 1 else ""
        )
        rule = " rule" if band and c.row + c.row_span == band else ""
        inner = width * sum(g.widths[c.col : c.col + c.col_span]) / total
        if c.rotate:  # the text turned a quarter left in a narrow cell at least as tall as the text is long
            rows[c.row].append(
                f'<{tag} class="{c.align}{rule} rot"{span}>{_rotated_html(c.content, inner)}</{tag}>'
            )
            continue
        body = _cell_html(c.content, inner)
        if (
            c.note
        ):  # a footnote hung after the cell's text: its call raised there, the note at the page's foot
            body = body.replace("</p>", f'<span class="fn">{html.escape(c.note)}</span></p>', 1)
        revised = " revised" if any(isinstance(x, str) and STRUCK[0] in x for x in c.content) else ""
        rows[c.row].append(f'<{tag} class="{c.align}{rule}{revised}"{span}>{body}</{tag}>')
    n_head = _head_rows(g)
    head = "".join(f"<tr>{''.join(r)}</tr>" for r in rows[:n_head])
    cut = ' class="colcut"' if g.break_column else ' class="cut"'  # a page (column) break before the row
    body = "".join(
        f"<tr{cut if i == g.break_at and i else ''}>{''.join(r)}</tr>"
        for i, r in enumerate(rows)
        if i >= n_head
    )
    head = f"<thead>{head}</thead>" if head else ""  # WeasyPrint repeats a thead on every page
    # Long amounts (원, 천 원) get a smaller font rather than breaking inside a number.
    longest = max((len(x) for c in g.cells if c.align == "right" for x in _words(c.content)), default=0)
    size = "" if longest <= 7 else f' style="font-size:{0.85 if longest <= 9 else 0.62}em"'
    wide = max(
        (
            len(x) + sum(1 for ch in x if "\uac00" <= ch <= "\ud7a3" or "\uff01" <= ch <= "\uff5e")
            for c in g.cells
            if c.align == "right"
            for x in _words(c.content)
        ),
        default=0,
    )
    if (
        wide > longest + 2
    ):  # amounts printed with their unit (1,200백만원) or in fullwidth mode (１，２５０): Hangul
        #                     and fullwidth forms are twice as wide
        size = f' style="font-size:{0.62 if wide <= 11 else 0.5}em"'
    em = float(size.split(":")[1].split("em")[0]) if size else 1.0
    fit = _fitting_em(g, width) if nested and width else 1.0  # in a column: smaller, not over their cells
    if fit < em:
        size = f' style="font-size:{max(math.floor(100 * fit) / 100, MIN_EM):.2f}em"'
    # a section's box beside its rotated label kept whole where it fits a column (a label drawn apart from its
    # content across a break is no print a template makes: the label pushed past the content, an empty cell left);
    # not a box whose table the template breaks on purpose (``funding_column_break``): kept whole, the rest of the
    # column would be left blank
    rotated = (
        " rotated" if g.role == "section" and any(c.rotate for c in g.cells) and not _breaks_inside(g) else ""
    )
    return f'<table class="{g.role}{" open" if g.open else ""}{rotated}"{size}><colgroup>{cols}</colgroup>{head}<tbody>{body}</tbody></table>'


def _breaks_inside(g: Grid) -> bool:
    """Whether a table nested in ``g``'s cells breaks to a new page or column before one of its rows."""
    return any(isinstance(x, Grid) and (x.break_at or _breaks_inside(x)) for c in g.cells for x in c.content)


def _block_html(b: Block, width: float = 0.0, boxes: tuple[str, ...] = ()) -> str:
    if isinstance(b, Para) and b.stops:
        size = f' style="font-size:{b.size:.3f}em"' if b.size < 1.0 else ""
        return (
            f'<div class="typed"{size}>'
            + "".join(_typed_html(line, b.stops) for line in b.text.split("\n"))
            + "</div>"
        )
    if isinstance(b, Para) and b.role in boxes:  # a text box (글상자): the paragraph framed and shaded
        return f'<div class="tbox"><p class="{b.role}">{_text_html(b.text)}</p></div>'
    if isinstance(b, Para):
        return f'<p class="{b.role}">{_text_html(b.text)}</p>'
    if isinstance(b, Figure):
        data = base64.b64encode(b.image).decode("ascii")
        return (
            f'<div class="figure"><img src="data:image/png;base64,{data}" alt="">'
            f'<p class="caption">{html.escape(b.caption)}</p></div>'
        )
    return _grid_html(b, width)


def _typed_html(line: str, stops: tuple[tuple[float, str], ...]) -> str:
    """A typed line: its tab-separated cells each at its tab stop (left or right aligned), no rules."""
    spans = []
    for k, cell in enumerate(line.split("\t")):
        share, align = stops[min(k, len(stops) - 1)]
        side = "right" if align == "r" else "left"
        pad = "padding-right:0.6em;" if align == "r" else ""
        spans.append(
            f'<span style="width:{share * 99:.2f}%;text-align:{side};{pad}box-sizing:border-box">'
            f"{_marked(html.escape(cell))}</span>"
        )
    return f'<p class="typed">{"".join(spans)}</p>'


def _css(records: list[dict[str, Any]], style: Style) -> str:
    top = ""
    if style.running_header and records:
        text = running_text(records[0], style).replace('"', "'")
        top = RUNNING.format(text=text) if "\t" not in text else PRINTED.format(*text.split("\t", 1))
    return (
        CSS.format(
            pt=style.font_pt,
            lh=style.line_height,
            orient=" landscape" if style.landscape else "",
            turned="portrait" if style.landscape else "landscape",
            top=top,
            fig_w=110,
            rule=RULE.format() if style.heading_rule else "",
            hang=HANG.format() if style.hanging else "",
            page_no=_page_number(_footer(records, style)),
            foot=_foot(_footer(records, style)),
            columns=COLUMNS.format(n=style.page_columns, gap=COLUMN_GAP_PT) if style.page_columns > 1 else "",
            shade=SHADE.format(color=style.heading_shade, pt=style.heading_size())
            if style.heading_shade
            else "",
        )
        + (OBJECTS.format() if style.text_boxes or style.figure_notes else "")
        + (SLIDES if style.slide_deck and not style.body_table else "")
        + (WATERMARK if style.watermark else "")
        + (LABEL_CSS if style.pdf_unmapped_labels else "")
    )


def _footer(records: list[dict[str, Any]], style: Style) -> str:
    """The footer's format: the page number alone, or a running footer naming the card's short title."""
    if not style.running_footer or not records:
        return style.page_number
    return (
        style.running_footer.replace("{short}", short_title(records[0]["header"]["title"]))
        .replace("{no}", records[0]["header"]["mgmt_no"])
        .replace("{as_of}", records[0]["as_of"]["raw"])
    )


def _foot(fmt: str) -> str:
    """The page footer's CSS: centred, or (a tab in ``fmt``, a browser's print footer) the words before the tab
    at the left and the page number at the right."""
    style = "font-family: 'NanumGothic'; font-size: 9pt;"
    if "\t" not in fmt:
        return f"@bottom-center {{ content: {_page_number(fmt)}; {style} }}"
    left, right = fmt.split("\t", 1)
    return (
        f'@bottom-left {{ content: "{left}"; {style} }}\n'
        f"        @bottom-right {{ content: {_page_number(right)}; {style} }}"
    )


def _page_number(fmt: str) -> str:
    """The CSS ``content`` of a footer printed as ``fmt`` (``- {n} -``, ``{short}  {n} / {total}``)."""
    before, _, after = (part.replace('"', "'") for part in fmt.partition("{n}"))
    mid, total, end = after.partition("{total}")
    pages = f' counter(pages) "{end}"' if total else ""
    return f'"{before}" counter(page) "{mid}"{pages}'


def short_title(title: str, n: int = 14) -> str:
    """A title cut short for a running footer: its first ``n`` characters and ``…``."""
    return title if len(title) <= n else title[: n - 2].rstrip() + "…"


def _pages_html(blocks: list[Block], style: Style) -> str:
    """The blocks, each :class:`PageBreak` starting a new page (a turned one when it says landscape)."""
    width = TEXT_WIDTH_PT[style.landscape] / style.font_pt  # the text width in body em (a turned page: wider)
    if style.page_columns > 1:  # a newspaper column's width
        n = style.page_columns
        width = (TEXT_WIDTH_PT[style.landscape] - (n - 1) * COLUMN_GAP_PT) / n / style.font_pt
    out, page = [], []
    for b in blocks:
        if isinstance(b, PageBreak):
            out.append("".join(page))
            page = [f'<div class="page{" turned" if b.landscape else ""}">']
            continue
        page.append(_block_html(b, width, style.text_boxes))
    out.append("".join(page))
    return out[0] + "".join(p + "</div>" for p in out[1:])


def card_html(records: list[dict[str, Any]], *, style: Style, pages: list[int] | None = None) -> str:
    """The file's HTML: every card from a new page; a booklet (``style.booklet_title``) opens with its
    cover and contents (``pages``: the cards' first pages it lists) and puts a divider page before each
    field's cards (every part anchored ``part-N``, the cards also ``card-K``)."""
    cards = []
    if bound(style):
        k = 0
        for n, (kind, blocks) in enumerate(booklet_parts(records, style, pages)):
            plain = " plain" if kind in ("cover", "divider") else ""  # no running header, no page number
            anchor = f'<a id="part-{n}"></a>'
            if kind == "card":
                anchor += f'<a id="card-{k}"></a>'
                k += 1
            cards.append(f'<div class="card {kind}{plain}">{anchor}{_pages_html(blocks, style)}</div>')
    for k, rec in enumerate(records if not bound(style) else []):
        inner = _pages_html(card_blocks(rec, style), style)
        if style.sheet_up > 1 and style.sheet_blank_first and opens_right(rec):  # a blank back page before it
            inner = '<div class="blank"></div><div class="page">' + inner + "</div>"
        cards.append(f'<div class="card" id="card-{k}">{inner}</div>')
    mark = _watermark_html(records, style)
    return (
        f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><style>{_css(records, style)}'
        f"</style></head><body>{mark}{''.join(cards)}</body></html>"
    )


WATERMARK = """.watermark { position: fixed; top: 105mm; left: -10mm; width: 200mm; text-align: center;
  transform: rotate(-35deg); font-size: 26pt; font-weight: bold; color: #d4d4d4; line-height: 1.4; z-index: -1; }
.watermark p { margin: 0; }"""


def _watermark_html(records: list[dict[str, Any]], style: Style) -> str:
    """The diagonal watermark (``style.watermark``): a fixed box repeated on every page, under the card."""
    if not style.watermark or not records:
        return ""
    lines = watermark_text(records[0], style).split("\n")
    return '<div class="watermark">' + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines) + "</div>"


_FONTS: list[Any] = []


def font_config() -> Any:
    """One WeasyPrint font configuration a process, for every card it lays out: a render without one makes its own
    and matches and loads each font face again (about an eighth of a card's layout time). The cards' CSS declares no
    ``@font-face``, so the configuration only caches the system fonts looked up: the PDF's bytes are the same."""
    if not _FONTS:
        from weasyprint.text.fonts import FontConfiguration

        _FONTS.append(FontConfiguration())
    return _FONTS[0]


def render_pdf_pages(records: list[dict[str, Any]], path: Path, *, style: Style) -> list[tuple[int, int]]:
    """Write the PDF and return each card's (first page, last page), 1-based."""
    from weasyprint import HTML

    def first_page(doc: Any, anchor: str) -> int:
        return next(i + 1 for i, page in enumerate(doc.pages) if anchor in page.anchors)

    doc = HTML(string=card_html(records, style=style)).render(font_config=font_config())
    starts = [first_page(doc, f"card-{k}") for k in range(len(records))]
    if bound(style):  # the contents list the cards' real pages (laid out again), a card ends where
        doc = HTML(string=card_html(records, style=style, pages=starts)).render(  # the next part starts
            font_config=font_config()
        )
        parts = [first_page(doc, f"part-{n}") for n in range(len(booklet_parts(records, style)))]
        ends = [next((p - 1 for p in parts if p > s), len(doc.pages)) for s in starts]
    else:
        ends = [s - 1 for s in starts[1:]] + [len(doc.pages)]
    written = unmapped_labels(doc.write_pdf(uncompressed_pdf=True)) if style.pdf_unmapped_labels else None
    if style.sheet_up > 1 or style.pdf_sandwich or style.pdf_scan or style.pdf_turned:
        ranges = list(zip(starts, ends, strict=True))
        pdf = written if written is not None else doc.write_pdf()
        Path(path).write_bytes(_archived(pdf, ranges, records, style, Path(path).name))
        return ranges
    if written is not None:
        Path(path).write_bytes(written)
    else:
        doc.write_pdf(str(path))
    return list(zip(starts, ends, strict=True))


def _archived(
    pdf: bytes, ranges: list[tuple[int, int]], records: list[dict[str, Any]], style: Style, name: str
) -> bytes:
    """The PDF as it was printed and kept: n pages a sheet (``ranges`` made the sheets' in place), then scanned
    and recognised or scanned alone, then turned on its side by its content transform."""
    import zlib

    seed = zlib.crc32(name.encode())
    if style.sheet_up > 1:  # printed n pages a sheet: the ranges are the sheets'
        from samples.render_sheets import impose, sheet_of

        if style.sheet_blank_first:  # a card opens on its first non-blank page
            ranges[:] = [
                (s + 1 if opens_right(r) else s, e) for (s, e), r in zip(ranges, records, strict=True)
            ]
        pdf = impose(pdf, up=style.sheet_up)
        ranges[:] = [(sheet_of(s, style.sheet_up), sheet_of(e, style.sheet_up)) for s, e in ranges]
    if style.pdf_sandwich:  # scanned and recognised: an image a page under an invisible word layer
        from samples.render_sandwich import sandwich_pdf

        pdf = sandwich_pdf(pdf, seed=seed)
    elif style.pdf_scan:  # scanned alone: an image a page, no text layer
        from samples.render_scan import scan_pdf

        pdf = scan_pdf(pdf, seed=seed)
    if style.pdf_turned:
        from samples.render_sheets import turn_by_content

        pdf = turn_by_content(pdf, way=style.pdf_turned)
    return pdf


def opens_right(rec: dict[str, Any]) -> bool:
    """A card printed after a blank back page (``Style.sheet_blank_first``): its 관리번호's digits sum odd."""
    return sum(int(ch) for ch in rec["header"]["mgmt_no"] if ch.isdigit()) % 2 == 1


def render_pdf(records: list[dict[str, Any]], path: Path, *, style: Style) -> None:
    """Write ``records`` as one PDF at ``path``, one card after another, each from a new page."""
    render_pdf_pages(records, Path(path), style=style)
