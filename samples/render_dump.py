"""Render card records as text dumps shaped like the archived seed dump, without a PDF.

The archives' text dumps (``shared/seeds/*.txt``) print a table row on one line, cells joined by
spaces, merged cells once; long lines wrap (sometimes inside a word) with a blank line between the
pieces; the □ heading glyph is often lost (U+FFFD). This renderer writes that shape directly: it
is the fast path for large benchmark corpora and the source of the hand-checked text samples.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

from samples.layout import (
    RESIDENTS,
    Figure,
    Grid,
    PageBreak,
    Para,
    booklet_parts,
    bound,
    card_blocks,
    effect_lines,
    group_heading,
    money_text,
    noted_cells,
    overview_lines,
    plan_lines,
    running_text,
    unit_mult,
    watermark_text,
)
from samples.render_boxes import box_lines
from samples.revisions import plain
from samples.style import Style

Record = dict[str, Any]
WRAP = 44


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


class _Out:
    def __init__(self, rnd: random.Random, lost_glyph: bool) -> None:
        self.lines: list[str] = []
        self.rnd = rnd
        self.lost_glyph = lost_glyph

    def add(
        self,
        text: str = "",
        *,
        blank: bool = True,
        wrap: bool = True,
        tail: str = "",
        hang: tuple[str, str] | None = None,
    ) -> None:
        """Add a line (wrapped unless ``wrap`` is false); ``tail`` stays whole on the last piece. With
        ``hang`` (the first piece's indent, the later pieces'): a hanging indent, no blank line between
        the pieces."""
        pieces = self._wrap(text) if wrap else [text]
        pieces[-1] += tail
        for k, p in enumerate(pieces):
            if hang is not None:
                self.lines.append(f"{hang[1] if k else hang[0]}{p}")
                continue
            if k:
                self.lines.append("")
            self.lines.append(p)
        if blank:
            self.lines.append("")

    def _wrap(self, text: str) -> list[str]:
        out = []
        while len(text) > WRAP:
            cut = text.rfind(" ", WRAP - 12, WRAP)
            if cut <= 0 or self.rnd.random() < 0.25:  # sometimes the line breaks inside a Hangul word
                cut = WRAP - self.rnd.randint(0, 6)
                while cut > WRAP // 2 and not (_hangul(text[cut - 1]) and _hangul(text[cut])):
                    cut -= 1
                out.append(text[:cut].rstrip())
                text = text[cut:].lstrip()
            else:
                out.append(text[:cut])
                text = text[cut + 1 :]
        out.append(text)
        return out

    def heading(self, n: int, label: str, style: Style) -> None:
        if style.numbered:
            self.add(f"{n}. {label}", blank=False)
        else:
            mark = "\ufffd" if self.lost_glyph else "□"
            self.add(f"{mark}   {label}", blank=False)


def _header(o: _Out, rec: Record, style: Style) -> None:
    h = rec["header"]
    lab = style.spaced
    coop = ",".join(h["coop_depts"]) if h["coop_depts"] else "-"
    if style.header_order == "title_first":
        o.add(f"{lab('공약명')} {h['title']} 관리번호 {h['mgmt_no']}", wrap=False)
        o.add(f"{style.lead_label} {h['lead_dept']}", blank=False)
        o.add(f"{lab('담당자')} {h['contact_name']} {style.phone_label} {h['contact_phone']}")
        o.add(f"협조부서 {coop}")
        o.add(f"실천목표 {h['target']} {style.status_label} {h['status']}")
    else:
        o.add(f"관리번호 {h['mgmt_no']} {lab('공약명')} {h['title']}", wrap=False)
        o.add(
            f"{style.lead_label} {h['lead_dept']} {lab('담당자')} {h['contact_name']} "
            f"{style.phone_label} {h['contact_phone']}",
            wrap=False,
        )
        o.add(f"협조부서 {coop}")
        o.add(f"실천목표 {h['target']}", blank=False)
        o.add(f"{style.status_label} {h['status']}")


def _funding(o: _Out, rec: Record, style: Style) -> None:
    f = rec["funding"]
    mult = unit_mult(f["unit"])
    cols = f["columns"]
    o.add(f"(단위 : {f['unit']})", blank=False)
    total_i = next(k for k, c in enumerate(cols) if c["kind"] == "total")
    labels = [
        f"{c['label']}년" if c["kind"] == "year" and style.year_suffix else c["label"]
        for c in cols
        if c["kind"] != "total"
    ]
    if total_i == 0:
        o.add(f"{style.spaced('구분')} {cols[0]['label']}", blank=False)
        o.add("연도별 투자 실적 및 계획")
        o.add(" ".join(labels), wrap=False)
    else:
        o.add(f"{style.spaced('구분')}", blank=False)
        o.add("연도별 투자 실적 및 계획", blank=False)
        o.add(cols[total_i]["label"])
        o.add(" ".join(labels), wrap=False)
    for row in f["rows"]:
        cells = [
            money_text(v, mult, style) if row["source"] != "total" or v else "0" for v in row["amounts_krw"]
        ]
        o.add(f"{style.spaced(row['label'])} {' '.join(cells)}", wrap=False)


def _side_table(o: _Out, tb: Record) -> None:
    for r in tb["header"]:
        o.add(" ".join(r), blank=False, wrap=False)
    for r in tb["rows"]:
        cells = [c for k, c in enumerate(r) if not (k and c == "계" and r[k - 1] == "계")]
        o.add(" ".join(cells), wrap=False)


def _achievements(o: _Out, rec: Record, style: Style) -> None:
    after: dict[int, list[Record]] = {}
    for tb in rec["tables"]:
        after.setdefault(tb["after_item"], []).append(tb)
    group = None
    for i, item in enumerate(rec["achievements"]):
        if item["group"] != group:
            group = item["group"]
            o.add(group_heading(item, style))
        date = item.get("date")
        o.add(f"{item['marker']} {item['text']}", tail=f" : {date['raw']}" if date else "")
        for tb in after.get(i, []):
            _side_table(o, tb)


def _goals(o: _Out, rec: Record, style: Style) -> None:
    goals = rec["goals"]
    detail = any(g.get("detail") for g in goals)
    o.add(f"{style.group_open}{style.goals_heading}{style.group_close}")
    o.add("주요사업 목표치", blank=False)
    o.add("추진상황")
    o.add("(완료/추진중/미착수)", blank=not detail)
    if detail:
        o.add("추진내용")
    prev = None
    for g in goals:
        if g["project"] != prev:
            o.add(g["project"])
        o.add(f"<{g['year']}>", blank=False)
        o.add(g["target"])
        status = g["status"] + (f" ({g['actual']})" if g.get("actual") else "")
        if detail and g["project"] != prev:
            status += f" {g['detail']}"
        o.add(status)
        prev = g["project"]


def _outreach(o: _Out, rec: Record, style: Style) -> None:
    x = rec["outreach"]
    labels = " ".join(i["label"] for i in x["items"])
    o.add(f"계 {labels}", wrap=False)
    cells = []
    for i in x["items"]:
        text = style.zero_text if i["count"] == 0 and style.zero_dash else str(i["count"])
        cells.append(f"{i['count']}({i['note']})" if i.get("note") else text)
    o.add(f"{x['total']}{x['unit']} {' '.join(cells)}", wrap=False)


def card_text(rec: Record, style: Style, *, seed: int = 0) -> str:
    """One card as a seed-shaped text dump."""
    rnd = random.Random(f"dump-{seed}")
    o = _Out(rnd, lost_glyph=rnd.random() < 0.5)
    kind = rec["header"]["kind"]
    residents = next((v for k, v in RESIDENTS.items() if kind.startswith(k)), "주민")
    o.lines += ["", ""]
    o.add(kind)
    _header(o, rec, style)
    n = 1
    o.heading(n, style.overview_heading, style)
    o.add("")
    for line in overview_lines(rec):
        o.add(line)
    n += 1
    o.heading(n, style.funding_heading, style)
    _funding(o, rec, style)
    n += 1
    o.heading(n, style.achievements_heading, style)
    _achievements(o, rec, style)
    if rec["goals"]:
        _goals(o, rec, style)
    if rec["outreach"]:
        n += 1
        o.heading(n, f"{residents}소통 실적", style)
        o.add("")
        _outreach(o, rec, style)
    if rec["plans"]:
        n += 1
        o.heading(n, style.plans_heading, style)
        o.add("")
        for line in plan_lines(rec):
            o.add(line, wrap=False)
    if style.effects_heading.startswith("<"):
        o.add(style.effects_heading)
    else:
        n += 1
        o.heading(n, style.effects_heading, style)
        o.add("")
    for line in effect_lines(rec, style):
        o.add(line)
    return "\n".join(o.lines) + "\n"


def _cell_lines(content: list[Any], sep: str | None = " ") -> list[str]:
    out: list[str] = []
    for x in content:
        if isinstance(x, Figure):  # a photo in a cell prints no text (its caption is the next string)
            continue
        out += x.split("\n") if isinstance(x, str) else _grid_lines(x, sep)
    return out


# How other converters print a table row (``ROW_FORMS``): cells one space apart (the archives'
# dumps), tab-separated (a copy from a word processor), `` | `` (a Markdown-ish export), two spaces,
# or one cell per line (``None``: hwpx-text-extract, a table flattened cell by cell).
# "markdown": a Markdown export's pipe table (markitdown, pandoc): ``| a | b |`` a row, a ``| --- | --- |`` row
# under the first, a span's other places empty cells, a cell's paragraphs joined by ``<br>``.
# "boxes": a text browser's dump of an HTML export (w3m -dump): every table drawn with box characters, a cell's
# lines wrapped inside its box (samples/render_boxes.py).
ROW_FORMS: dict[str, str | None] = {
    "spaces": " ",
    "tabs": "\t",
    "pipes": " | ",
    "wide": "  ",
    "cells": None,
    "markdown": "md",
    "boxes": "box",
}


def _markdown_lines(g: Grid) -> list[str]:
    """A table as a Markdown pipe table: every row its ``n_cols`` cells, spanned places empty."""
    rows = [[""] * g.n_cols for _ in range(g.n_rows)]
    for c in g.cells:
        rows[c.row][c.col] = "<br>".join(
            ln.replace("|", "\\|") for ln in _cell_lines(c.content, " | ") if ln.strip()
        )
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    return lines[:1] + ["|" + "|".join(" --- " for _ in range(g.n_cols)) + "|"] + lines[1:]


def _grid_lines(g: Grid, sep: str | None = " ") -> list[str]:
    """A table as the archives' dumps print it: a row on one line (cells ``sep`` apart), merged
    cells once; a row whose cells hold several paragraphs or a nested table comes out cell by cell,
    a paragraph a line (every row does when ``sep`` is None)."""
    if sep == "md":
        return _markdown_lines(g)
    if sep == "box":
        return box_lines(g, lambda c: _cell_lines(c.content, " "))
    lines: list[str] = []
    for row in range(g.n_rows):
        cells = sorted((c for c in g.cells if c.row == row), key=lambda c: c.col)
        if sep is None or any(
            len(c.content) > 1 or not all(isinstance(x, str) for x in c.content) for c in cells
        ):
            for c in cells:
                lines += _cell_lines(c.content, sep)
        elif cells:
            lines.append(sep.join(" ".join(c.content) for c in cells))
    return lines


def blocks_text(
    rec: Record, style: Style, *, seed: int = 0, rows: str = "spaces", tight: bool = False
) -> str:
    """One card as a text dump written from its layout blocks (the templates of samples/families.py):
    paragraphs and table rows a line each, long lines wrapped; with running headers, every
    ``PAGE_LINES`` lines a page footer and the next page's header. ``rows`` names the form of a
    table row (:data:`ROW_FORMS`); ``tight`` drops the blank lines between lines."""
    text = _blocks_dump(
        card_blocks(rec, style),
        running_text(rec, style).replace("\t", "    "),
        style,
        seed=seed,
        rows=rows,
        tight=tight,
        pledge=rec["header"]["title"],
        no=rec["header"]["mgmt_no"],
        as_of=rec["as_of"]["raw"],
    )[0]
    return watermarked(text, watermark_text(rec, style))


def watermarked(text: str, mark: str) -> str:
    """A dump of a watermarked card: the watermark's lines (``mark``) where a converter puts a page's turned
    text, after the page's last line: at the first blank line past every :data:`PAGE_LINES` lines, and at the
    end."""
    if not mark:
        return text
    every = PAGE_LINES
    out: list[str] = []
    lines = text.rstrip("\n").split("\n")
    due = every
    for k, line in enumerate(lines):
        if k >= due and not line.strip():
            out += ["", *mark.split("\n")]
            due = k + every
        out.append(line)
    return "\n".join([*out, "", *mark.split("\n")]) + "\n"


def _blocks_dump(
    blocks: list[Any],
    running: str,
    style: Style,
    *,
    seed: int = 0,
    rows: str = "spaces",
    tight: bool = False,
    page: int = 1,
    numbered: bool = True,
    pledge: str = "",
    no: str = "",
    as_of: str = "",
) -> tuple[str, int]:
    """Blocks as dump lines (see :func:`blocks_text`) from page ``page``; the text and its last page.
    ``numbered`` false: a page without running header or number (a booklet's cover or divider)."""
    o = _Out(random.Random(f"dump-{seed}"), lost_glyph=False)
    o.lines += ["", ""]
    whole = "\t" not in style.running_footer  # wrapped, unless a browser's print furniture (a URL, a tab)
    if style.running_header and numbered:
        o.add(running, wrap=whole)
    first = page
    footer = _dump_footer(style, pledge, no, as_of)
    n_notes = 0
    for b in blocks:
        if style.running_header and len(o.lines) > PAGE_LINES * (page - first + 1):  # the page is full
            o.add(footer(page), wrap=whole)
            page += 1
            o.add(running, wrap=whole)
        if isinstance(b, Figure):
            o.add(b.caption)
            continue
        if isinstance(b, PageBreak):  # the page's number closes it
            o.add(footer(page), wrap=whole)
            page += 1
            if style.dump_pages and style.running_header and numbered:  # the next page's running header
                o.add(running, wrap=whole)
            continue
        notes: list[str] = []
        if isinstance(b, Grid) and noted_cells(
            b
        ):  # footnotes: the mark after the figure, the notes under the table
            b = copy.deepcopy(b)
            for c in noted_cells(b):
                n_notes += 1
                c.content[0] = f"{c.content[0]}{n_notes})"
                notes.append(f"{n_notes}) {c.note}")
        lines = b.text.split("\n") if isinstance(b, Para) else _grid_lines(b, ROW_FORMS[rows])
        lines += notes
        if not isinstance(b, Para) and ROW_FORMS[rows] in (
            "md",
            "box",
        ):  # a pipe table's rows run on, a blank line after
            o.lines += [*lines, ""]
            continue
        for line in lines:
            if not isinstance(b, Para) or b.role in ("title", "heading", "group", "typed"):
                o.add(line, wrap=False)
            else:  # a trailing date stays whole on the last piece, as in card_text
                hang = _hang(line, b.role) if style.hanging else None
                cut = line.rfind(" : ")
                if cut > 0:
                    o.add(line[:cut], tail=line[cut:], hang=hang)
                else:
                    o.add(line, hang=hang)
    if numbered and (style.running_header or page > 1):
        o.add(footer(page), wrap=whole)
    if style.dump_pages:  # the page count in the footers (``{n} / {total}``)
        o.lines = [ln.replace("{total}", str(page)) for ln in o.lines]
    if tight:
        return "\n".join(ln for ln in o.lines if ln.strip()) + "\n", page
    return "\n".join(o.lines) + "\n", page


def _hang(line: str, role: str) -> tuple[str, str] | None:
    """An item's indents with a hanging indent: two spaces a level below the first, the wrapped pieces
    under the item's text (past its marker); None for a line that is no item."""
    if not (role.startswith("l") and role[1:].isdigit()):
        return None
    lead = "  " * (int(role[1:]) - 1)
    marker = line.split(" ", 1)[0]
    return lead, lead + " " * (len(marker) + 1 + sum(1 for ch in marker if _hangul(ch)))


def _dump_footer(style: Style, pledge: str, no: str = "", as_of: str = "") -> Any:
    """The line closing a dump's page ``n``: ``- n -``, or the running footer (``style.footer_in_dump``,
    ``{short}`` the pledge's title cut short)."""
    if not (style.footer_in_dump and style.running_footer and (style.running_header or style.slide_deck)):
        return lambda n: f"- {n} -"
    from samples.render_pdf import short_title

    short = short_title(pledge)
    return lambda n: (
        style.running_footer.replace("{short}", short)
        .replace("{no}", no)
        .replace("{as_of}", as_of)
        .replace("\t", "    ")
        .replace("{n}", str(n))
    )


def booklet_text(records: list[Record], style: Style) -> str:
    """A booklet (``style.booklet_title``) as a dump: its parts (cover, contents, dividers, cards) a
    page or more each, separated by form feeds, the pages numbered through (the cover and the
    dividers unnumbered); the contents list the cards' pages so counted."""

    def dump(parts: list[tuple[str, list[Any]]]) -> tuple[list[str], list[int]]:
        texts, starts, page, k = [], [], 1, 0
        for kind, blocks in parts:
            numbered = kind in ("contents", "card")
            if kind == "card":
                starts.append(page)
            rec = records[min(k, len(records) - 1)]
            text, last = _blocks_dump(
                blocks, running_text(rec, style), style, seed=k, page=page, numbered=numbered
            )
            k += kind == "card"
            texts.append(text)
            page = last + 1
        return texts, starts

    _, starts = dump(booklet_parts(records, style))
    return "\f".join(dump(booklet_parts(records, style, starts))[0])


PAGE_LINES = 70


def render_dump(records: list[Record], path: Path, *, style: Style) -> None:
    """Write ``records`` as one seed-shaped text dump at ``path`` (cards separated by form feeds)."""
    if bound(style):
        Path(path).write_text(plain(booklet_text(records, style)), encoding="utf-8")
        return
    if style.dump == "sheet":  # the sheet saved as tab-separated text
        from samples.sheet import sheet_tsv

        texts = [
            sheet_tsv(next(b for b in card_blocks(rec, style) if isinstance(b, Grid))) for rec in records
        ]
    elif style.dump == "blocks":
        texts = [blocks_text(rec, style, seed=k, rows=style.dump_rows) for k, rec in enumerate(records)]
    else:
        texts = [card_text(rec, style, seed=k) for k, rec in enumerate(records)]
    Path(path).write_text(plain("\f".join(texts)), encoding="utf-8")  # a dump keeps no strikeout
