"""Plain-text reader: card text dumps (``pdftotext`` output, copy-pastes, archive exports).

Detects the encoding from the bytes (UTF-8 with or without BOM, UTF-16 with or without BOM,
CP949/EUC-KR), keeps bullets and indentation, and rejoins lines that the dump broke inside a
sentence or a word. Tables stay as lines here: the section extractors recover them, since only
the section tells which table a run of lines is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pledgecard.errors import DamagedFileError
from pledgecard.extract.document import Block, Cell, Document, Paragraph, Source, Table
from pledgecard.extract.headings import reporting_date
from pledgecard.extract.labels import find_labels, is_title, opens_with_label, untitled_title
from pledgecard.extract.limits import Limits
from pledgecard.extract.markers import ARROW_MARKERS, is_numbering, marker_level, split_marker
from pledgecard.extract.readers.pdf_margins import running_key
from pledgecard.extract.readers.text_adornments import is_adornment
from pledgecard.extract.readers.text_closing_marks import closing_marks
from pledgecard.extract.readers.text_cut_boxes import join_cut_boxes
from pledgecard.extract.readers.text_cut_rows import join_cut_rows
from pledgecard.extract.readers.text_diagonal_marks import diagonal_marks
from pledgecard.extract.readers.text_drawn_tables import continued, drawn_table
from pledgecard.extract.readers.text_footnotes import place_foot_notes
from pledgecard.extract.readers.text_grids import DrawnCell, drawn_cells, grid_end
from pledgecard.extract.readers.text_group_cells import group_cells_atop
from pledgecard.extract.readers.text_gutter_keep import gutter_syllables
from pledgecard.extract.readers.text_layout import analyse
from pledgecard.extract.readers.text_layout_items import to_blocks
from pledgecard.extract.readers.text_lines import TLine, furniture, source_lines, split_lines
from pledgecard.extract.readers.text_lone_markers import join_lone_markers
from pledgecard.extract.readers.text_margin_labels import labels_out_of_tables
from pledgecard.extract.readers.text_markdown import unmarked
from pledgecard.extract.readers.text_newspaper import newspaper_pages
from pledgecard.extract.readers.text_page_cuts import page_cuts, paged_at
from pledgecard.extract.readers.text_quoted import mail_header_lines, unquoted
from pledgecard.extract.readers.text_recurring_glyphs import recurring_glyphs
from pledgecard.extract.readers.text_row_numbers import aside_note, drop_row_numbers
from pledgecard.extract.readers.text_running_headers import header_fields_follow, running_header_lines
from pledgecard.extract.readers.text_sheet import parted_refused, sheet_rows, sheet_table
from pledgecard.extract.readers.text_sheets_across import sheets_read_across
from pledgecard.extract.readers.text_side_columns import side_by_side
from pledgecard.extract.readers.text_side_heads import headed_side_by_side
from pledgecard.extract.readers.text_stamps import stamp_lines
from pledgecard.extract.readers.text_syllable_gutter import gutter_labels
from pledgecard.extract.readers.text_top_columns import top_column_pages
from pledgecard.extract.readers.text_turned_labels import join_turned_labels
from pledgecard.extract.readers.text_vertical import join_vertical_labels
from pledgecard.extract.readers.text_word_labels import join_word_labels
from pledgecard.extract.readers.text_wrapped_dates import join_wrapped_dates
from pledgecard.extract.readers.text_wrapped_heads import join_wrapped_heads
from pledgecard.extract.typed_tables import figure_row, typed_cells, typed_runs, typed_table, typed_trailing
from pledgecard.extract.web_chrome import is_page_control, web_button_runs

UNRECOVERED_NOTE = "aligned block at lines {a}-{b} not placed in columns with certainty: kept as text rows"
MIXED_NOTE = "mixed encodings: {utf8} line(s) decoded as UTF-8, {legacy} as CP949"


def decode_text(data: bytes) -> str:
    """Decode a text dump, detecting its encoding; raise DamagedFileError for binary data."""
    return decode_text_noted(data)[0]


def decode_text_noted(data: bytes) -> tuple[str, list[str]]:
    """Like :func:`decode_text`, with the reader's remarks (a file mixing UTF-8 and CP949 lines)."""
    plain = not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data[:4096]
    if plain:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            mixed = _decode_lines(data)  # before CP949 of the whole, which may garble UTF-8 lines
            if mixed is not None:
                return mixed
    return _decode_whole(data), []


def _decode_lines(data: bytes) -> tuple[str, list[str]] | None:
    """Decode line by line a file whose lines are each valid UTF-8 or CP949, with both present."""
    out: list[str] = []
    n_utf8 = n_legacy = 0
    for raw in data.split(b"\n"):
        try:
            out.append(raw.decode("utf-8"))
            n_utf8 += not raw.isascii()
            continue
        except UnicodeDecodeError:
            pass
        try:
            out.append(raw.decode("cp949"))
            n_legacy += 1
        except UnicodeDecodeError:
            return None
    if not n_utf8 or not n_legacy:
        return None
    try:
        text = _check_text("\n".join(out))
    except DamagedFileError:
        return None
    return text, [MIXED_NOTE.format(utf8=n_utf8, legacy=n_legacy)]


def _decode_whole(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data[:4096].count(b"\x00") > len(data[:4096]) // 4 and len(data) >= 4:
        sample = data[:4096]
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        # Hangul in UTF-16 has few NULs; ASCII-heavy UTF-16 has them on one side only.
        enc = "utf-16-le" if odd_nul >= even_nul else "utf-16-be"
        try:
            return _check_text(data.decode(enc))
        except UnicodeDecodeError as exc:
            raise DamagedFileError("binary data, not a text card") from exc
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    for enc in ("cp949", "euc-kr"):
        try:
            return _check_text(data.decode(enc))
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - detection is best effort
        best = None
    if best is not None and best.encoding:
        return _check_text(data.decode(best.encoding, errors="replace"))
    raise DamagedFileError("binary data, not a text card (no text encoding fits)")


def _check_text(text: str) -> str:
    sample = text[:20000]
    if not sample:
        return text
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\r\n\f\v") or ch == "\ufffd")
    if bad > max(8, len(sample) // 50):
        raise DamagedFileError("binary data, not a text card")
    return text


_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{0,4}\s*[-–—]|\d{1,4}\s*/\s*\d{1,4}|[-–—]?\s*(?:page|p\.)\s*\d{1,4}\s*[-–—]?)$", re.I
)


# A cell separator a converter printed: a tab, or a pipe with white space or a line end either
# side (``a | b``, ``| a | b |``); a Markdown rule line (``|---|:--:|``) separates nothing.
_PIPE = re.compile(r"(?:^|(?<=\s))\|(?=\s|$)")
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _is_rule(line: str) -> bool:
    """A Markdown table's rule line (``|---|:--:|``); a row of dash cells (``| - | - |``) is none."""
    return "|" in line and bool(_RULE.match(line)) and ("--" in line or ":" in line)


_BREAK = re.compile(r"<br\s*/?>", re.I)


def _framed_row(line: str, cells: list[str]) -> list[str] | None:
    """The cells of a Markdown table's row (``| a | b |``, framed by pipes), a cell's ``<br>`` lines
    apart and its escaped pipes (``\\|``) plain; None for any other line."""
    text = line.strip()
    if len(cells) < 4 or not (text.startswith("|") and text.endswith("|")):
        return None
    return [x.strip().replace("\\|", "|") for c in cells for x in _BREAK.split(c) if x.strip()]


def unseparated(text: str) -> str:
    """Rows whose cells a converter separated with tabs or pipes, printed the way the archives'
    dumps print them (see :func:`unseparated_numbered`)."""
    return unseparated_numbered(text)[0]


def unseparated_numbered(text: str) -> tuple[str, list[int], set[int]]:
    """Rows whose cells a converter separated with tabs or pipes, printed the way the archives'
    dumps print them: cells one space apart (the sections split a row by its cells' shapes); a
    Markdown table's rows framed by pipes (``| a | b |``) a cell a line, empty cells left out.
    Columns a tab or pipe sets apart carry no alignment the layout reader could use: a row of a
    tab-separated table lines up only by chance, and a merged cell printed once shifts the cells
    after it. With the text, each of its lines' number in the dump (a Markdown row's cells all its
    line's; a rule line dropped) and the indexes (0-based) of the lines a Markdown row was parted into:
    the provenance of what is read from them points at the dump's own lines."""
    return unseparated_drawn(text)[:3]


def unseparated_drawn(text: str) -> tuple[str, list[int], set[int], list[tuple[int, int, Table]]]:
    """:func:`unseparated_numbered` with the tables drawn with rules (:mod:`text_drawn_tables`), each with the
    first and last line (1-based) of the text returned that print its cells one a line."""
    drawn: list[tuple[int, int, Table]] = []
    out: list[str] = []
    numbers: list[int] = []
    parted: set[int] = set()
    all_lines = source_lines(text)
    grids = _grids(all_lines)  # each drawn table parsed once, for the parts test and its read
    parts = _continued_grids(all_lines, grids)
    skip = 0
    for n, line in enumerate(all_lines, start=1):
        if skip:
            skip -= 1
            continue
        if n - 1 in grids:  # a drawn table: its cells read from its rules, one a line
            end, cells = grids[n - 1]
            table = None if n - 1 in parts else drawn_table(all_lines[n - 1 : end], cells, len(out) + 1)
            if table is not None:
                drawn.append((len(out) + 1, len(out) + len(cells), table))
            parted.update(range(len(out), len(out) + len(cells)))
            out += [c.text for c in cells]
            numbers += [n + c.line for c in cells]
            skip = end - n
            continue
        if _is_rule(line) or is_adornment(line):  # a Markdown table's rule, a reST border or underline
            continue
        cells = _PIPE.split(line) if "|" in line else [line]
        framed = _framed_row(line, cells)
        if framed is not None:  # a Markdown table's row: its cells known, one a line (as hwpx-text-extract
            parted.update(range(len(out), len(out) + len(framed)))  # prints a table), not run together
            out += framed  # where a worded cell's end is lost
            numbers += [n] * len(framed)
            continue
        if len(cells) > 1 or "\t" in line.strip():
            lead = line[: len(line) - len(line.lstrip())]  # the indent is kept
            line = lead + " ".join(c for part in cells for c in (x.strip() for x in part.split("\t")) if c)
        out.append(line)
        numbers.append(n)
    return "\n".join(out), numbers, parted, drawn


def _typed_rows(text: str) -> dict[int, list[str] | None]:
    """Every line's cells typed with tabs (:func:`~pledgecard.extract.typed_tables.typed_cells`) by the
    line's number in the dump; a line of pipes none."""
    lines = source_lines(text)
    return {n: None if "|" in line else typed_cells(line) for n, line in enumerate(lines, start=1)}


def _typed_tables(
    blocks: list[Block],
    typed: dict[int, list[str] | None],
    numbers: list[int],
    figures: set[int] | None = None,
    closing: dict[int, int] | None = None,
) -> list[Block]:
    """The blocks with every table typed at tab stops whose tabs prove its columns (``typed_runs``) a
    table of its lines' cells, in place of the blocks read from those lines (a block reaching outside
    them keeps the run text); ``figures``: the dump's lines printing an untyped row of figures; ``closing``:
    the empty cells each typed line closes with (:func:`~pledgecard.extract.typed_tables.typed_trailing`)."""
    rows = [typed.get(n) for n in numbers]  # by the line's place in the text read (1-based: k + 1)
    ends = [closing.get(n, 0) for n in numbers] if closing is not None else None
    marks = [n in (figures or set()) for n in numbers]
    wrapped: dict[
        int, int
    ] = {}  # a row typed over lines (a cell printing a line break): its first to its last
    for a, b in reversed(typed_runs(rows, marks, wrapped, ends)):
        inside = [
            i
            for i, blk in enumerate(blocks)
            if blk.source.line_start is not None and a < blk.source.line_start <= b
        ]
        if not inside or any(not (a < (blocks[i].source.line_end or 0) <= b) for i in inside):
            continue
        lines = [k for k in range(a, b) if rows[k]]
        table = typed_table(
            [rows[k] or [] for k in lines],
            [Source(line_start=k + 1, line_end=wrapped.get(k, k) + 1) for k in lines],
        )
        blocks[inside[0] : inside[-1] + 1] = [table]
    return blocks


def _grids(lines: list[str]) -> dict[int, tuple[int, list[DrawnCell]]]:
    """The drawn tables of a dump's ``lines`` by their first line (0-based): the index after each table's last line
    and its cells (:func:`~text_grids.drawn_cells`), each table parsed once."""
    out: dict[int, tuple[int, list[DrawnCell]]] = {}
    k = 0
    while k < len(lines):
        end = grid_end(lines, k)
        if end is None:
            k += 1
            continue
        out[k] = (end, drawn_cells(lines[k:end]))
        k = end
    return out


def _continued_grids(lines: list[str], grids: dict[int, tuple[int, list[DrawnCell]]]) -> set[int]:
    """The first lines (0-based) of the drawn tables (``grids``, :func:`_grids`) one table goes on across a page
    break (every part, :func:`~text_drawn_tables.continued`)."""
    spans = sorted(grids.items())
    out: set[int] = set()
    for (a, (b, first)), (c, (d, second)) in zip(spans, spans[1:], strict=False):
        if continued(lines, a, b, c, d, (first, second)):
            out |= {a, c}
    return out


def _drawn_tables(blocks: list[Block], drawn: list[tuple[int, int, Table]]) -> list[Block]:
    """The blocks with every table drawn with rules (``drawn``: its first and last line in the text read) in
    place of the blocks read from its cells' lines, where those blocks hold no line outside them."""
    for a, b, table in reversed(drawn):
        inside = [
            i
            for i, blk in enumerate(blocks)
            if blk.source.line_start is not None and a <= blk.source.line_start <= b
        ]
        if (
            not inside
            or inside != list(range(inside[0], inside[-1] + 1))
            or any(not (a <= (blocks[i].source.line_end or 0) <= b) for i in inside)
        ):
            continue
        blocks[inside[0] : inside[-1] + 1] = [table]
    return blocks


def _renumbered(source: Source, numbers: list[int], parted: set[int]) -> Source:
    """``source`` with its lines the dump's own (:func:`unseparated_numbered`); a line parted from a
    Markdown row or a drawn table has no display columns of the dump, and is a table's cell."""

    def line(k: int | None) -> int | None:
        return numbers[k - 1] if k is not None and 0 < k <= len(numbers) else k

    start, end = line(source.line_start), line(source.line_end)
    cell = source.line_start is not None and (source.line_start - 1) in parted
    cols = None if cell else source.columns
    if (start, end, cols, cell) == (source.line_start, source.line_end, source.columns, source.table_cell):
        return source
    return replace(source, line_start=start, line_end=end, columns=cols, table_cell=cell or source.table_cell)


def _renumber_blocks(blocks: list[Block], numbers: list[int], parted: set[int]) -> None:
    """Every block's, cell's and cell paragraph's source renumbered once (:func:`_renumbered`)."""
    seen: set[int] = set()
    todo: list[Block | Cell] = list(blocks)
    while todo:
        b = todo.pop()
        if id(b) in seen:
            continue
        seen.add(id(b))
        b.source = _renumbered(b.source, numbers, parted)
        if isinstance(b, Table):
            todo += b.cells
        elif isinstance(b, Cell):
            todo += [*b.paragraphs, *b.nested, *b.blocks]


def read(data: bytes, *, path: str = "", limits: Limits | None = None) -> Document:
    """Decode, drop page furniture, then read the layout (two-column regions, aligned tables,
    running text; see :mod:`text_layout`) into paragraphs and tables. Cells separated by tabs or
    pipes are first printed one space apart (:func:`unseparated`)."""
    text, notes = decode_text_noted(data)
    text = unquoted(text)  # a card quoted in an e-mail reply (every line opening with >): its marks off
    text = unmarked(text)  # a card exported as Markdown (# headings, **labels**, > quotes): its markup off
    rows = sheet_rows(text)
    if rows is not None:  # a spreadsheet saved as tab-separated text: one table on the sheet's columns
        return Document(blocks=[sheet_table(rows)], format="txt", n_pages=None, notes=notes)
    if parted_refused(text):  # a comma sheet but for numbers parted at their thousands no width tells: said
        notes = [
            *notes,
            "comma-separated sheet not read as one: an unquoted number's thousands comma is not told "
            "from a field's, read as text",
        ]
    typed = _typed_rows(text)
    figures = {n for n, line in enumerate(source_lines(text), start=1) if figure_row(line)}
    closing = {n: typed_trailing(line) for n, line in enumerate(source_lines(text), start=1)}
    text, numbers, parted, drawn = unseparated_drawn(text)
    lines = diagonal_marks(split_lines(text))  # a watermark turned across the pages: a trail of glyphs a line
    lines = recurring_glyphs(lines)  # the same, a glyph a line, printed in the same order page after page
    across = sheets_read_across(
        lines
    )  # a 2-up sheet whose two pages the dump reads across, lines interleaved
    # two sections side by side under a head naming both (its repeats at the pages' tops no furniture yet)
    lines = headed_side_by_side(lines)
    over = _over_titles(lines)
    past = _past_cards(lines)
    gutter = gutter_syllables(lines)
    drop = furniture(
        lines,
        keep=lambda text: (
            (_card_start(text) and text not in over and text not in past) or text.strip() in gutter
        ),  # a syllable of a gutter label set one a line, ending two pages: no footer (a running mark is)
    ) - _titles_over_headers(lines)
    drop |= closing_marks(lines)  # a watermark's lines a dump prints after every page's text
    # a running header of title words over the card's own title line (a booklet's pages): no card's start
    drop |= running_header_lines(lines, lambda text: bool(reporting_date(text)))
    # a web page's buttons line (목록 | 이전글 | 다음글 under a board post): page furniture, never the rest of the
    # line above it (the reader would join it to the last bullet as its wrapped end)
    drop |= {k for k, line in enumerate(lines) if line.text.strip() and is_page_control(line.text)}
    drop |= web_button_runs([line.text for line in lines])  # a web page's buttons a word a line (목록 / 인쇄)
    drop |= stamp_lines(lines)  # a stamp's text (원본대조필) alone on a line, wherever it fell
    drop |= mail_header_lines(
        [line.text for line in lines]
    )  # an e-mail's header fields over the card pasted in it
    pairs = pair_cells(lines)
    drop -= pairs
    heads = _fraction_runs(lines) | pairs
    cuts = page_cuts(lines)
    kept: list[Block] = []  # the running headers, footers and page numbers dropped: Document.furniture
    gone: set[int] = set()
    for k, line in enumerate(lines):
        if k in drop or (line.segs and k not in heads and _PAGE_NUMBER.match(line.text.strip())):
            if line.text.strip():
                kept.append(
                    Paragraph(
                        text=" ".join(line.text.split()),
                        source=Source(line_start=line.number, line_end=line.number, page=line.page),
                    )
                )
                gone.add(k)
            lines[k] = TLine(line.number, line.page, "")
    aside: list[tuple[int, str]] = []  # a grid's note column printed as a box past its rows: set aside
    lines = drop_row_numbers(
        lines, aside
    )  # a list grid's row-number column (번호 | 추진일자 | ...): no part of its rows
    ungrouped: list[int] = []  # rows whose group cell the geometry does not prove
    lines = group_cells_atop(
        lines, doubt=ungrouped
    )  # an item table's group cell amid its rows (구분 of a layout dump): above them
    lines = join_wrapped_dates(lines)  # a date wrapped in its narrow cell around its row (2023년 2분 / 기)
    lines = join_wrapped_heads(lines)  # a schedule's period heads wrapped in their narrow columns (상반 / 기)
    lines = place_foot_notes(lines)  # a page's foot notes after the line calling them
    lines = join_cut_rows(lines, gone)  # a row a page break cut: its rest atop the next page joined to it
    lines = join_cut_boxes(lines, gone)  # its rest printed past a narrow column's box and the furniture
    lines = paged_at(lines, cuts)  # no form feeds: a bare page number before the running header ended a page
    page_starts = [b.number for a, b in zip(lines, lines[1:], strict=False) if b.page != a.page]
    lines = gutter_labels(lines)  # labels one syllable a line left of the content (a layout dump)
    lines = join_turned_labels(lines)  # a label drawn turned, printed backward a character a line: one line
    lines = join_vertical_labels(lines)  # a label set one syllable a line: one line again
    lines = join_word_labels(lines)  # a numbered label printed a word a line: one line again
    lines = join_lone_markers(lines)  # a heading's or item's number alone on the line above its text
    lines = newspaper_pages(lines)  # a page set in two newspaper columns: read column by column
    lines = top_column_pages(
        lines
    )  # a right column of a few carried rows at a page's top: read after the left
    lines = labels_out_of_tables(lines)  # a label drawn turned in the margin, amid a table's rows: above it
    lines = side_by_side(lines)  # a zone of two columns side by side: read column by column
    unrecovered: list[tuple[int, int]] = []
    blocks = _drawn_tables(
        _typed_tables(to_blocks(analyse(lines, unrecovered=unrecovered)), typed, numbers, figures, closing),
        drawn,
    )
    trailed = {ln.number for ln in lines if ln.trail and not ln.blank}  # the dump keeps trailing gaps there
    for b in blocks:
        if isinstance(b, Paragraph) and b.source.line_start in trailed:
            b.trailing_gap = True
    if parted or numbers != list(
        range(1, len(numbers) + 1)
    ):  # lines parted or dropped: point at the dump's own
        _renumber_blocks([*blocks, *kept], numbers, parted)
        unrecovered = [(numbers[a - 1], numbers[b - 1]) for a, b in unrecovered]
        across = [(numbers[a - 1], numbers[b - 1]) for a, b in across]
    notes += [UNRECOVERED_NOTE.format(a=a, b=b) for a, b in unrecovered]
    aside = [
        (numbers[n - 1] if 0 < n <= len(numbers) else n, word) for n, word in aside
    ]  # the dump's own lines
    notes += [n for n in [aside_note(aside)] if n is not None]
    ungrouped = [numbers[n - 1] if 0 < n <= len(numbers) else n for n in ungrouped]  # the dump's own lines
    return Document(
        blocks=blocks,
        format="txt",
        n_pages=None,
        notes=notes,
        unrecovered=unrecovered,
        furniture=kept,
        page_starts=page_starts,
        read_across=across,
        groups_unproven=ungrouped,
    )


_FRACTION = re.compile(r"^\d{1,2}\s*/\s*(\d{1,2})$")


def _fraction_runs(lines: list[TLine]) -> set[int]:
    """Lines printing ``k/n`` alone next to another such line of the same ``n`` (``1/4`` / ``2/4`` /
    ``3/4`` / ``4/4``: a schedule's sub-heads a dump printed one cell a line), no page number."""
    shown = [(k, _FRACTION.match(ln.text.strip())) for k, ln in enumerate(lines) if not ln.blank]
    out: set[int] = set()
    for (k, a), (j, b) in zip(shown, shown[1:], strict=False):
        if a is not None and b is not None and a.group(1) == b.group(1):
            out |= {k, j}
    return out


_PAIR_CELL = re.compile(r"^(?P<a>[\d,]+(?:\.\d+)?|[-–―])\s*/\s*(?P<b>[\d,]+(?:\.\d+)?|[-–―])$")


def pair_cells(lines: list[TLine]) -> set[int]:
    """Lines printing a pair of figures ``a/b`` alone that no page number can be: next to another
    line of two figures or dashes so paired (``189/123`` / ``758/758`` / ``323/-``: a table's cells
    holding a target and its actual, a dump printing them one cell a line), or with ``a`` above ``b``
    or naught (page ``a`` of ``b`` is no later page than the last)."""
    shown = [(k, _PAIR_CELL.match(ln.text.strip())) for k, ln in enumerate(lines) if not ln.blank]
    out: set[int] = set()
    for (k, a), (j, b) in zip(shown, shown[1:], strict=False):
        if a is not None and b is not None:
            out |= {k, j}
    for k, m in shown:
        if (
            m is not None
            and m.group("a").isdigit()
            and m.group("b").isdigit()
            and not 0 < int(m.group("a")) <= int(m.group("b"))
        ):
            out.add(k)
    return out


def _over_titles(lines: list[TLine]) -> set[str]:
    """Lines (as :func:`running_key` folds them) printed right above a card's title line and no title
    themselves, no bullet: a running page header over the card (``2024년 3/4분기 … 추진상황 보고``), which
    starts no card even where its words read as header labels."""
    out: set[str] = set()
    text = [ln for ln in lines if not ln.blank]
    for a, b in zip(text, text[1:], strict=False):
        if is_title(b.text.strip()) and not is_title(a.text.strip()) and split_marker(a.text)[0] is None:
            out.add(running_key(a.text))  # (a bulleted line there is the card before's last item)
    return out


def _titles_over_headers(lines: list[TLine]) -> set[int]:
    """Lines titling a card without a kind word (``물빛시 민선8기 시장 공약사업 추진상황``: :func:`untitled_title`,
    no marker) printed right above a card's header (a line opening with a header label, a reporting date
    between or none): atop each card of a file holding several, they are its title, no page furniture."""
    out: set[int] = set()
    shown = [k for k, ln in enumerate(lines) if not ln.blank]
    for n, k in enumerate(shown):
        text = lines[k].text.strip()
        if split_marker(text)[0] is not None or not untitled_title(text) or opens_with_label(text):
            continue
        if header_fields_follow(lines, shown, n, opens_with_label, reporting_date):
            out.add(k)
    return out


def _past_cards(lines: list[TLine]) -> set[str]:
    """Running lines that only look like a card's header line (a label and its value after the pledge's
    name: ``어르신 돌봄 … [관리번호 4-4-10]``): printed more often than the file prints card titles, they
    cannot each start a card. Titles themselves and bulleted items are none of them; a file printing no
    title proves nothing."""
    texts = [" ".join(ln.text.split()) for ln in lines if not ln.blank]
    titles = sum(1 for t in texts if is_title(t))
    if not titles:
        return set()
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    return {
        running_key(t)
        for t, n in counts.items()
        if n > max(titles, 1) and not is_title(t) and split_marker(t)[0] is None and _header_line(t)
    }


def _card_start(text: str) -> bool:
    """A line no page furniture: one that starts a card (its title, a header line with 공약명 /
    관리번호), printed atop each card of a file holding several, or a bulleted item (``◦ …``, ``⇨…``:
    a file holding one pledge in two quarters ends both cards with the same 기대효과 items)."""
    marker, body = split_marker(text)
    return (
        is_title(text)
        or _header_line(text)
        or bool(marker and body.strip() and not is_numbering(marker))
        or (marker_level(marker) is not None or (marker is not None and marker in ARROW_MARKERS))
    )


def _header_line(text: str) -> bool:
    """A line of the card's header: it opens with a label, or a label in it has a value after it.
    A running page header naming the card's kind in label words after the government's name
    (``신비군 공약사업 추진상황``: labels, no value) is none."""
    labels = find_labels(text)
    if not labels:
        return False
    if not text[: labels[0][1]].strip():
        return True
    ends = [end for _, _, end in labels]
    starts = [start for _, start, _ in labels[1:]] + [len(text)]
    return any(text[a:b].strip(" \t|:：") for a, b in zip(ends, starts, strict=True))
