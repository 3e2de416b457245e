"""PDF reader: pdfplumber pages -> a :class:`Document` of paragraphs and tables in reading order.

Each page is parsed once; its ruled tables become :class:`Table` blocks (merged cells with
spans, cell text lines joined by ``\\n``) and the characters outside them become one
:class:`Paragraph` per logical line (bullet marker split off, wrapped bullet items joined,
indent level from the x position). Running headers, footers and page numbers are dropped, and
a table continued at the top of the next page is joined to its first part.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any

from pledgecard.extract.document import Block, Document, Paragraph, Source, Table, cell_address
from pledgecard.extract.limits import Limits
from pledgecard.extract.readers.pdf_lines import Line, chars_to_lines, indent_levels, join_wrapped
from pledgecard.extract.readers.pdf_margins import PageText, running_lines
from pledgecard.extract.readers.pdf_tables import (
    PageTable,
    build_table,
    fill_tables,
    find_grids,
    join_continued,
    same_columns,
)

from pledgecard.errors import (
    DamagedFileError,
    EncryptedFileError,
    LimitExceededError,
    NoTextLayerError,
    PledgecardError,
)

SPLIT_RATIO = 5.0  # a gap wider than 5 x font size separates two texts printed on one row
DUPLICATE_SHARE = 0.05  # more doubled characters than this: the page draws its text twice

Item = Line | PageTable


def read(data: bytes, *, path: str, limits: Limits) -> Document:
    """Read PDF bytes into a :class:`Document`; raise an ExtractError subclass when impossible."""
    try:
        return _read(data, path=path, limits=limits)
    except PledgecardError:
        raise
    except RecursionError as exc:
        raise DamagedFileError("PDF structure is too deeply nested to read") from exc
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise DamagedFileError(f"damaged PDF: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    text = " ".join(str(inner).split())[:200]
    return f"{type(inner).__name__}: {text}" if text else type(inner).__name__


def _open(data: bytes) -> Any:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if b"%PDF" not in data[:1024]:
        raise DamagedFileError("not a PDF file (no %PDF header)")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, PDFPasswordIncorrect):
            raise EncryptedFileError("PDF is password-protected") from exc
        if isinstance(inner, PDFEncryptionError):
            raise EncryptedFileError(f"PDF encryption not supported: {_one_line(inner)}") from exc
        raise DamagedFileError(f"damaged PDF: {_one_line(exc)}") from exc


def _page_count(pdf: Any) -> int | None:
    """The page count the catalog declares, read without parsing any page."""
    try:
        from pdfminer.pdftypes import resolve1

        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
        return int(count)
    except Exception:
        return None


def _read(data: bytes, *, path: str, limits: Limits) -> Document:
    pdf = _open(data)
    with pdf:
        declared = _page_count(pdf)
        if declared is not None and declared > limits.max_pages:
            raise LimitExceededError(f"PDF has {declared} pages, over the limit of {limits.max_pages}")
        pages = pdf.pages
        if len(pages) > limits.max_pages:
            raise LimitExceededError(f"PDF has {len(pages)} pages, over the limit of {limits.max_pages}")
        if not pages:
            raise DamagedFileError("PDF has no pages")
        notes: list[str] = []
        texts: list[PageText] = []
        tables: list[list[PageTable]] = []
        n_chars = 0
        for number, page in enumerate(pages, start=1):
            page_text, page_tables, count = _read_page(page, number, notes)
            page.close()
            n_chars += count
            texts.append(page_text)
            tables.append(page_tables)
    if n_chars == 0:
        raise NoTextLayerError("no text layer, OCR needed")
    blank = [t.number for t, n in zip(texts, tables, strict=True) if not t.lines and not n]
    if blank and len(blank) < len(texts):
        notes.append(f"pages without text (scanned?): {', '.join(map(str, blank))}")
    blocks = _assemble(texts, tables, notes)
    return Document(blocks=blocks, format="pdf", path=path, n_pages=len(texts), notes=notes)


def _read_page(page: Any, number: int, notes: list[str]) -> tuple[PageText, list[PageTable], int]:
    chars = [c for c in page.chars if c.get("text")]
    if _doubled(chars):
        page = page.dedupe_chars()
        chars = [c for c in page.chars if c.get("text")]
        notes.append(f"page {number}: doubled characters removed")
    page_tables = [build_table(number, bbox, cells) for bbox, cells in find_grids(page)]
    page_tables = [t for t in page_tables if t.cells]
    rest = fill_tables(page_tables, chars) if page_tables else chars
    lines = chars_to_lines(rest, page=number, split_ratio=SPLIT_RATIO)
    top_level = [t for t in page_tables if t.nested_in is None and t.has_text()]
    text = PageText(
        number=number,
        height=float(page.height),
        lines=lines,
        table_top=min((t.bbox[1] for t in top_level), default=None),
        table_bottom=max((t.bbox[3] for t in top_level), default=None),
    )
    return text, page_tables, len(chars)


def _doubled(chars: Sequence[dict[str, Any]]) -> bool:
    """Whether the page draws a share of its characters twice at (nearly) the same place."""
    seen: dict[tuple[str, int], list[float]] = {}
    dup = 0
    for c in chars:
        xs = seen.setdefault((c["text"], round(c["top"])), [])
        if any(abs(x - c["x0"]) <= 1.0 for x in xs):
            dup += 1
        xs.append(c["x0"])
    return dup > DUPLICATE_SHARE * max(len(chars), 1)


def _page_items(text: PageText, page_tables: list[PageTable], drop: set[int]) -> list[Item]:
    """Lines and top-level tables of one page in reading order; frames are opened into lines."""
    items: list[tuple[float, float, Item]] = []
    for line in text.lines:
        if id(line) not in drop:
            items.append((line.row_top, line.x0, line))
    for t in page_tables:
        if t.nested_in is not None or not t.has_text():
            continue
        if t.is_frame():  # a box around text: its lines are running text, indented within the box
            for line in t.cell_lines[0]:
                line.context = id(t) if len(t.cell_lines[0]) > 1 else 0
                items.append((line.row_top, line.x0, line))
        else:
            items.append((t.top, t.bbox[0], t))
    items.sort(key=lambda it: (it[0], it[1]))
    return [it[2] for it in items]


def _assemble(texts: list[PageText], tables: list[list[PageTable]], notes: list[str]) -> list[Block]:
    drop = running_lines(texts)
    dropped = sorted({line.full_text for t in texts for line in t.lines if id(line) in drop})
    if dropped:
        notes.append("dropped page headers/footers: " + " | ".join(dropped[:5]))
    seq: list[Item] = []
    last_on_page: PageTable | None = None
    for text, page_tables in zip(texts, tables, strict=True):
        items = _page_items(text, page_tables, drop)
        if items and isinstance(items[0], PageTable) and last_on_page is not None:
            first = items[0]
            if last_on_page.page == first.page - 1 and same_columns(last_on_page, first):
                join_continued(last_on_page, first)
                items = items[1:]
        seq.extend(items)
        last_on_page = items[-1] if items and isinstance(items[-1], PageTable) else None
    merged = _join_lines(seq)
    levels = _levels([it for it in merged if isinstance(it, Line)])
    blocks: list[Block] = []
    it_levels = iter(levels)
    counter = iter(range(1, 1_000_000))
    for it in merged:
        if isinstance(it, Line):
            blocks.append(_paragraph(it, next(it_levels)))
        else:
            blocks.append(_table(it, counter, tables))
    return blocks


def _levels(lines: list[Line]) -> list[int]:
    """Indent levels, clustered over the whole document and separately inside each frame."""
    contexts: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        contexts.setdefault(line.context, []).append(k)
    levels = [0] * len(lines)
    for members in contexts.values():
        found = indent_levels([lines[k].x0 for k in members], [lines[k].marker is not None for k in members])
        for k, level in zip(members, found, strict=True):
            levels[k] = level
    return levels


def _join_lines(seq: list[Item]) -> list[Item]:
    out: list[Item] = []
    run: list[Line] = []
    for it in seq:
        if isinstance(it, Line):
            run.append(it)
            continue
        out.extend(join_wrapped(run))
        run = []
        out.append(it)
    out.extend(join_wrapped(run))
    return out


def _paragraph(line: Line, level: int, cell: str | None = None) -> Paragraph:
    return Paragraph(
        text=line.text,
        marker=line.marker,
        indent=level,
        source=Source(page=line.page, bbox=line.bbox, cell=cell),
    )


def _table(t: PageTable, counter: Iterator[int], all_tables: list[list[PageTable]]) -> Table:
    """The document table of ``t``; tables are numbered depth first in reading order (T1, T2, ...)."""
    number = next(counter)
    for cell, lines in zip(t.cells, t.cell_lines, strict=True):
        address = cell_address(number, cell.row, cell.col)
        cell.source = Source(page=cell.source.page, bbox=cell.source.bbox, cell=address)
        if len(lines) > 1 or any(line.marker for line in lines):
            logical = join_wrapped(lines)
            levels = indent_levels([line.x0 for line in logical], [line.marker is not None for line in logical])
            cell.paragraphs = [_paragraph(line, lv, address) for line, lv in zip(logical, levels, strict=True)]
    page_tables = all_tables[t.page - 1]
    index = next((k for k, p in enumerate(page_tables) if p is t), None)
    for inner in page_tables:
        if inner.nested_in is not None and inner.nested_in[0] == index and inner.has_text():
            t.cells[inner.nested_in[1]].nested.append(_table(inner, counter, all_tables))
    return Table(cells=t.cells, n_rows=t.n_rows, n_cols=t.n_cols, source=Source(page=t.page, bbox=t.bbox))
