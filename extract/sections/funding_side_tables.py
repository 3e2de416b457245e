"""Tables printed in the funding section under its funding table whose rows name places or other
entities (a province's 총사업비 split by city and county, a project's by site) rather than sources or
periods: no funding table, side tables standing after no achievement (``after_item`` null).

Recognised by structure and the vocabulary only: beside the section's funding rows (a table or source
row lines), a table (or, in a text dump, a head line over row lines) whose body rows are at least two
rows labelled by a word that names no source and no period (:func:`named_label`), the others only
total rows, each with figures after its label, under a first head cell naming entities (시군, 지역, 사업장:
:func:`entity_head`; a second table by year or stage beside the source table is none). Its title is the bulleted line right above it (a unit
line between them going with it)."""

from __future__ import annotations

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.entity_heads import entity_head, entity_label
from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.extract.sections.funding_column_heads import classify_column
from pledgecard.extract.sections.funding_grid import sources_across
from pledgecard.extract.sections.funding_rows import data_row, printed_row
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.sections.side_tables import table_from_grid
from pledgecard.normalize.money import find_unit, funding_source
from pledgecard.normalize.text import fold
from pledgecard.record import SideTable


def named_label(label: str) -> bool:
    """A row label naming neither a source (국비, 계 ...) nor a period (2024년, 기투자, 1차년도, 상반기 ...)
    nor a stage (1단계): words with no digit (:func:`entity_label`)."""
    label = fold(label)
    return entity_label(label) and source_label([label]) is None and classify_column(label)["kind"] == "other"


def _total_label(label: str) -> bool:
    """A total row's label (계, 합계, 소계)."""
    return funding_source(unspaced(fold(label))) == "total"


def _named_rows(head: list[str], rows: list[list[str]]) -> bool:
    """Body rows of figures keyed by names under a head whose first cell names entities: two or more
    named, the rest totals."""
    if not head or not entity_head(head[0]):
        return False
    named = 0
    for row in rows:
        cells = [c for c in row if c.strip()]
        if len(cells) < 2 or printed_row(" ".join(cells)) is None:
            return False
        if named_label(cells[0]):
            named += 1
        elif not _total_label(cells[0]):
            return False
    return named >= 2


def _funding_besides(items: list[Item], k: int, end: int) -> bool:
    """Whether the section holds its own funding rows besides its items ``k:end`` (a table of source rows or
    of periods under a head of sources, or a source row line, or a source's label over its first amount in a
    dump printing a cell a line; a table
    with no head over such rows too), before them or after them (a table the section's content claimed
    appended to its items)."""
    for it in items[:k] + items[end:]:
        if isinstance(it, Table) and any(data_row(" ".join(c for c in row if c)) for row in it.grid()):
            return True
        if isinstance(it, Table) and _sources_across_somewhere(it.grid()):
            return True
        if isinstance(it, Line) and data_row(it.full_text) is not None:
            return True
    lines = [it for it in items[:k] + items[end:] if isinstance(it, Line)]
    return any(
        funding_source(unspaced(fold(a.text))) not in (None, "total") and is_amount_cell(b.full_text.strip())
        for a, b in zip(lines, lines[1:], strict=False)
    )  # a source's label over its amount: a cell a line


def _sources_across_somewhere(grid: list[list[str]]) -> bool:
    """A transposed funding table (:func:`sources_across`), its head row wherever the table's first rows put it
    (a unit line's row above it)."""
    return any(sources_across(grid[i:]) for i in range(len(grid)))


def _title_at(items: list[Item], k: int, floor: int = 0) -> tuple[str | None, int]:
    """The title line above the table at ``k`` (a bulleted line with text and no figures, a unit line
    between them allowed) and the index the side table's items start at; none of the items before
    ``floor`` (a previous side table's own) are taken."""
    j = k
    if j > floor and isinstance(items[j - 1], Line) and find_unit(items[j - 1].text):
        j -= 1
    prev = items[j - 1] if j > floor else None
    if (
        isinstance(prev, Line)
        and prev.marker
        and prev.text.strip()
        and printed_row(prev.text) is None
        and not find_unit(prev.text)
    ):
        return prev.text, j - 1
    return None, k


def _line_table(items: list[Item], k: int) -> int:
    """The end (exclusive) of a head line at ``k`` and the row lines under it, or ``k`` for none."""
    head = items[k]
    if (
        not isinstance(head, Line)
        or head.marker
        or printed_row(head.text) is not None
        or len(head.text.split()) < 3
    ):
        return k
    end = k + 1
    while (
        end < len(items)
        and isinstance(items[end], Line)
        and not items[end].marker
        and printed_row(items[end].text) is not None
    ):
        end += 1
    return end


def _cell_table(items: list[Item], k: int) -> tuple[int, list[str], list[list[str]]] | None:
    """A table a dump printed one cell a line from ``k``: its head cells (the lines before the first row's
    label, which an amount follows), then rows of as many cells, each a label and amounts; the end
    (exclusive), the head and the rows, or None for no such table of two rows at least."""
    end = k
    while (
        end < len(items) and isinstance(items[end], Line) and (not items[end].marker or not items[end].text)
    ):
        end += 1  # (a dash alone: an empty cell's, read as a bullet with no text)
    cells = [it.full_text.strip() for it in items[k:end] if isinstance(it, Line)]
    first = next((j for j, c in enumerate(cells) if is_amount_cell(c)), None)
    if first is None or first < 3:
        return None
    head, n = cells[: first - 1], first - 1
    rows: list[list[str]] = []
    at = first - 1
    while at + n <= len(cells):
        row = cells[at : at + n]
        if not (named_label(row[0]) or _total_label(row[0])) or not all(is_amount_cell(c) for c in row[1:]):
            break
        rows.append(row)
        at += n
    if n < 2 or len(rows) < 2:
        return None
    return k + at, head, rows


def side_tables_apart(items: list[Item]) -> tuple[list[Item], list[SideTable]]:
    """The funding section's items without the named-row tables under its funding rows, and those
    tables as side tables (``after_item`` null)."""
    out: list[Item] = []
    tables: list[SideTable] = []
    k = floor = 0  # floor: the end of the last side table's items, none of which a later one's title takes
    while k < len(items):
        it = items[k]
        if isinstance(it, Table) and _funding_besides(items, k, k + 1):
            grid = [[fold(c) for c in row] for row in it.grid()]
            if len(grid) >= 3 and _named_rows(grid[0], grid[1:]):
                title, start = _title_at(items, k, floor)
                del out[len(out) - (k - start) :]
                tables.append(table_from_grid(it, title=title, after_item=None))
                k = floor = k + 1
                continue
        words = fold(it.text).split() if isinstance(it, Line) else []
        if (
            words
            and entity_head(words[0])
            and (end := _line_table(items, k)) > k + 2
            and _funding_besides(items, k, end)
        ):  # (the head's first word checked first: no rescan a line)
            rows = [printed_row(ln.text) or [] for ln in items[k + 1 : end] if isinstance(ln, Line)]
            if _named_rows(words, rows):
                title, start = _title_at(items, k, floor)
                del out[len(out) - (k - start) :]
                tables.append(
                    {
                        "title": title,
                        "after_item": None,
                        "header": [fold(it.text).split()],
                        "rows": [[fold(c) for c in r] for r in rows],
                    }
                )
                k = floor = end
                continue
        if (
            isinstance(it, Line)
            and not it.marker
            and entity_head(it.full_text.strip())
            and (cut := _cell_table(items, k)) is not None
            and _named_rows(cut[1], cut[2])
            and _funding_besides(items, k, cut[0])
        ):
            title, start = _title_at(items, k, floor)
            del out[len(out) - (k - start) :]
            tables.append(
                {
                    "title": title,
                    "after_item": None,
                    "header": [[fold(c) for c in cut[1]]],
                    "rows": [[fold(c) for c in r] for r in cut[2]],
                }
            )
            k = floor = cut[0]
            continue
        out.append(it)
        k += 1
    return out, tables
