"""A text dump that is a spreadsheet saved as tab- or comma-separated text: the card one sheet, read as one table.

A spreadsheet's export writes a sheet row a line with every row the same number of fields (the sheet's
used width), a merged cell's text in its first field and its other places empty, and a field holding a
line break, a tab or a quote quoted as CSV quotes it (the line break kept inside the quotes). Such a dump
has no display columns a layout reader could align: its columns are the fields. It is read here into one
:class:`Table` on the sheet's columns, as the page formats read the printed sheet, and the layout
(extract/layout.py) unpacks it as any table holding a card: a row of one text (a heading, a line, an item
indented by empty fields before it) its lines, runs of rows of several fields the tables.

A comma-separated export (CSV) is the same sheet with commas between its fields, a field holding a comma
(``"1,500"``, ``"관광정책과, 공원조성과"``) quoted: it is read so where the dump holds no tab and its records
agree on one field count as a tab-separated one's must (running text's commas give lines of every count).

Which fields a merged cell spans is not written; it is told by the rows around it: in a run of rows of
several texts (a table), a column is one when some row's text starts in it, and an empty field in a
column that is none is part of the cell before it.
"""

from __future__ import annotations

import csv
import io
import re

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.readers.text_sheet_labels import label_blocks

MIN_FIELDS = 4  # a sheet at least this wide
MIN_ROWS = 8  # and this long
SHARE = 0.8  # of its records of the modal field count


def sheet_rows(text: str) -> list[tuple[list[str], int, int]] | None:
    """The dump's records (fields, first line, last line) when it is a sheet's tab-separated export, or
    comma-separated where it holds no tab outside a quoted field: most records of one field count of at least
    :data:`MIN_FIELDS` (the rest fewer: a program that drops a row's trailing empty fields; or one more empty
    field: a stray trailing comma); None otherwise. A comma-separated reading whose fields part a number at its
    thousands (``12,000 1,500`` unquoted: a field opening with three digits after one closing with a digit; a
    sheet's export quotes a field holding a comma) is a sheet's only where every record so parted is wider than
    the sheet by exactly its parted numbers, each joined again (:func:`_parted_joined`): no other reading of
    its fields gives the sheet's width; a record so parted of any other width is no sheet's (the text then no
    sheet)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bare = _QUOTED.sub('""', text)  # the text outside quoted fields
    for delimiter in ("\t", ","):
        if delimiter not in text or delimiter == "," and "\t" in bare:
            continue  # (a tab inside a quoted field no delimiter: the tab's reading fails, the comma's is tried)
        rows = _records(text, delimiter, parted=delimiter == "," and _thousands_split(bare))
        if rows is not None:
            return rows
    return None


def parted_refused(text: str) -> bool:
    """Whether ``text`` reads as a comma-separated sheet but for numbers an unquoted comma parts at their thousands
    that the sheet's width does not tell joined or apart (:func:`_parted_joined`): most records of one field count
    of at least :data:`MIN_FIELDS`, :data:`MIN_ROWS` or more, yet no sheet. The reader then reads it as text and says
    so (a note), since its fields are lost as columns."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bare = _QUOTED.sub('""', text)
    if "," not in text or "\t" in bare or not _thousands_split(bare) or sheet_rows(text) is not None:
        return False
    try:
        rows = [
            f for f in csv.reader(io.StringIO(text), delimiter=",", quotechar='"', strict=False) if any(f)
        ]
    except csv.Error:
        return False
    counts = [len(f) for f in rows]
    if len(rows) < MIN_ROWS:
        return False
    width = max(set(counts), key=counts.count)
    return width >= MIN_FIELDS and counts.count(width) >= SHARE * len(rows)


_QUOTED = re.compile(r'"[^"]*"')
_SPLIT_NUMBER = re.compile(r"\d,\d{3}(?!\d)")  # 12,000 unquoted: a number parted at its thousands


def _thousands_split(bare: str) -> bool:
    """Whether a line (quoted fields blanked) parts a number at its thousands: a field opening with three digits
    after a field closing with a digit."""
    return _SPLIT_NUMBER.search(bare) is not None


_FIELD_LEAD = re.compile(r"-?(?:[1-9]\d{0,2}|0)")  # a number's digits before its first thousands' comma
_FIELD_GROUP = re.compile(r"\d{3}")  # a group of three after one
_MOST_PARTS = 10  # parted places a record is read with at most (two ways each)


def _parted_joined(fields: list[str], width: int, trail: bool = False) -> list[str] | None:
    """``fields`` with its numbers an unquoted comma parted at their thousands (``3`` | ``000``: a field closing
    with a digit before one opening with three) joined again where exactly one choice of places to join gives
    ``width`` fields, each joined number a number's lead and its groups of three (``3,000`` | ``500`` for
    ``3,000,500`` in a record one field too wide); the fields as they are where no number is parted; None where
    a parted place is not two numbers' fields (running text's numbers: ``계 12`` | ``000 1``), the record is no
    wider than the sheet (nothing proves its parted places two fields or one) or the width does not tell one
    choice. ``trail``: the record's last field, empty, may be a stray trailing delimiter (no column) as well as
    the sheet's last cell left blank: the choices of both readings count, one in all being the record's."""
    if not _parted_places(fields):
        return fields
    readings = [fields]
    if trail and not fields[-1].strip():
        readings.append(fields[:-1])  # a stray trailing comma trimmed first, as the sheet's other records are
    found: list[list[str]] = []
    for reading in readings:
        choices = _joinings(reading, width)
        if choices is None:
            return None
        found += choices
    return found[0] if len(found) == 1 else None


def _parted_places(fields: list[str]) -> list[int]:
    """The places ``i`` where an unquoted comma may have parted a number: ``fields[i - 1]`` closing with a digit
    (holding no comma: a field holding one was quoted), ``fields[i]`` opening with three."""
    return [
        i
        for i in range(1, len(fields))
        if "," not in fields[i - 1]
        and re.search(r"\d$", fields[i - 1])
        and re.match(r"\d{3}(?!\d)", fields[i])
    ]


def _joinings(fields: list[str], width: int) -> list[list[str]] | None:
    """Every choice of places to join in ``fields`` giving ``width`` fields (:func:`_parted_joined`): ``[fields]``
    itself where no number is parted; None where a parted place is not two numbers' fields; none where the record
    is no wider than the sheet."""
    places = _parted_places(fields)
    if not places:
        return [fields]
    if len(places) > _MOST_PARTS or any(
        not _FIELD_GROUP.fullmatch(fields[i])
        or not (_FIELD_LEAD.fullmatch(fields[i - 1]) or _FIELD_GROUP.fullmatch(fields[i - 1]))
        for i in places
    ):
        return None
    if len(fields) <= width:
        return []
    found: list[list[str]] = []
    for mask in range(1 << len(places)):
        joined = {i for n, i in enumerate(places) if mask >> n & 1}
        if len(fields) - len(joined) != width:
            continue
        out: list[str] = []
        ok = True
        for i, f in enumerate(fields):
            if i in joined:
                ok = ok and (i - 1 in joined or _FIELD_LEAD.fullmatch(fields[i - 1]) is not None)
                out[-1] = f"{out[-1]},{f}"
            else:
                out.append(f)
        if ok:
            found.append(out)
    return found


def _records(text: str, delimiter: str, parted: bool = False) -> list[tuple[list[str], int, int]] | None:
    """The records of ``text`` split at ``delimiter`` when they make a sheet (:func:`sheet_rows`), else None;
    ``parted``: the text parts numbers at their thousands, the records so parted joined where proven
    (:func:`_parted_joined`)."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar='"', strict=False)
    rows: list[tuple[list[str], int, int]] = []
    last = 0
    try:
        for fields in reader:
            rows.append((fields, last + 1, reader.line_num))
            last = reader.line_num
    except csv.Error:
        return None
    while rows and not any(f.strip() for f in rows[-1][0]):
        rows.pop()
    if len(rows) < MIN_ROWS:
        return None
    counts = [len(f) for f, _, _ in rows]
    width = max(set(counts), key=counts.count)
    if parted:  # every record parting a number: the sheet's width when joined again, else no sheet
        joined = [(_parted_joined(f, width, trail=True), a, b) for f, a, b in rows]
        if any(f is None for f, _, _ in joined):
            return None
        rows = [(f, a, b) for f, a, b in joined if f is not None]
    # a record one field wider, that field empty: a stray trailing delimiter, no column
    rows = [(f[:width] if len(f) == width + 1 and not f[width].strip() else f, a, b) for f, a, b in rows]
    counts = [len(f) for f, _, _ in rows]
    if width < MIN_FIELDS or counts.count(width) < SHARE * len(rows) or max(counts) > width:
        return None
    return rows


def _cell(row: int, col: int, span: int, text: str, a: int, b: int) -> Cell:
    source = Source(line_start=a, line_end=b, table_cell=True)
    lines = [x.strip() for x in text.split("\n")]
    paras = [Paragraph(text=" ".join(x.split()), source=source) for x in lines if x] if len(lines) > 1 else []
    return Cell(
        row=row,
        col=col,
        text="\n".join(x for x in lines if x),
        col_span=span,
        source=source,
        paragraphs=paras,
    )


def _run_cells(
    rows: list[tuple[list[str], int, int]], first: int, base: int, width: int, amid: bool = False
) -> list[Cell]:
    """The cells of ``rows`` (the sheet's records from row ``first`` on, their fields from column ``base``
    on): a record of one text a cell from it to the right edge (empty cells before it: its indent); a run
    of records of several texts on the columns some record of the run starts a text in, each field a cell
    up to the next such column; an empty record no cell (``amid``: the records of one part under its label,
    a record of one text in their first column between runs one of them)."""
    filled = [[k for k, x in enumerate(f) if x.strip() and k >= base] for f, _, _ in rows]
    cells: list[Cell] = []
    r = 0
    while r < len(rows):
        if len(filled[r]) < 2:
            fields, a, b = rows[r]
            if filled[r]:
                k = filled[r][0]
                if k > base:
                    cells.append(_cell(first + r, base, k - base, "", a, b))
                cells.append(_cell(first + r, k, width - k, fields[k], a, b))
            r += 1
            continue
        end = r
        while end < len(rows) and (
            len(filled[end]) >= 2
            or amid
            and filled[end] == [base]
            and end + 1 < len(rows)
            and len(filled[end + 1]) >= 2
        ):
            end += 1  # under a part's label, a record of one text in its first column amid the part's rows
            # is one of them, its other cells empty (an item printing no date between dated ones)
        cols = sorted({base} | {k for i in range(r, end) for k in filled[i]})
        for i in range(r, end):
            fields, a, b = rows[i]
            for j, k in enumerate(cols):
                nxt = cols[j + 1] if j + 1 < len(cols) else width
                cells.append(_cell(first + i, k, nxt - k, fields[k] if k < len(fields) else "", a, b))
        r = end
    return cells


def sheet_table(rows: list[tuple[list[str], int, int]]) -> Table:
    """The sheet's records as one table (:func:`_run_cells`); where the sheet's first column names the
    card's parts each over its rows (extract/readers/text_sheet_labels.py), each name one cell spanning its
    part's rows and the part's records read on the columns to its right."""
    width = max(len(f) for f, _, _ in rows)
    labels = label_blocks([f for f, _, _ in rows])
    cells: list[Cell] = []
    r = start = 0
    while r <= len(rows):
        if r == len(rows) or r in labels:
            cells += _run_cells(rows[start:r], start, 0, width)
            if r == len(rows):
                break
            end, lines = labels[r]
            cell = _cell(r, 0, 1, "\n".join(lines), rows[r][1], rows[end - 1][2])
            cell.row_span = end - r
            skip = len(lines) - 1  # the label's remark row: its first field is the label's second line
            cells.append(cell)
            part = [(["", *f[1:]] if i < skip else f, a, b) for i, (f, a, b) in enumerate(rows[r + 1 : end])]
            cells += _run_cells(
                [(["", *rows[r][0][1:]], rows[r][1], rows[r][2]), *part], r, 1, width, amid=True
            )
            r = start = end
            continue
        r += 1
    first, last = rows[0][1], rows[-1][2]
    return Table(cells=cells, n_rows=len(rows), n_cols=width, source=Source(line_start=first, line_end=last))
