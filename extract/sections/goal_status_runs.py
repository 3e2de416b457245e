"""Goal rows whose status column a dump printed as a run after them (pdfminer's pdf2txt prints a table's
columns as boxes of their own: each row's year and cells up to its actual, then the 추진상황 cells one a line in
row order, then the 추진내용 cells): the runs go back to their rows only where the counts prove the pairing;
every row opened by its year line and holding exactly the cells its head has before the status, as many
status cells in a run as there are rows (two or more); the 추진내용 cells paired only when exactly as many end
the table (the lines' end or an item below it), else left to no row. Any other shape is left as printed (its rows unread: no cell paired by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_values import RATE, bullet_item, is_status_cell, year_cell_of


def status_run_restored(
    lines: list[str], start: int, n_before: int, has_detail: bool
) -> tuple[list[str], bool] | None:
    """``lines`` with the rows from line ``start`` on (each a year line and ``n_before`` cells, no status
    among them) followed by a run of one status cell a row (and, with ``has_detail``, one 추진내용 cell a row
    ending the table: the lines' end or a bulleted item next) put back row by row: each row's cells, its status, its detail. The lines keep their
    places otherwise (only the printed lines of the table trade places). With whether the details were
    paired (else they stay after the last row, read as no row's); None when the lines are not so."""
    idx = [k for k in range(start, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    pos, rows = 0, []
    while pos < len(idx) and year_cell_of(text[idx[pos]]) is not None:
        cells = [idx[pos]]
        pos += 1
        while pos < len(idx) and not _row_end(text[idx[pos]]):
            cells.append(idx[pos])
            pos += 1
        rows.append(cells)
    n = len(rows)
    if n < 2 or any(len(r) != 1 + n_before for r in rows):
        return None
    statuses = idx[pos : pos + n]
    if len(statuses) != n or not all(is_status_cell(text[k]) for k in statuses):
        return None
    rest = idx[pos + n :]
    if rest and is_status_cell(text[rest[0]]):
        return None  # more statuses than rows
    details: list[int] = []
    if (
        has_detail
        and len(rest) >= n
        and not any(_row_end(text[k]) for k in rest[:n])
        and (len(rest) == n or bullet_item(text[rest[n]]))
    ):
        details = rest[
            :n
        ]  # else the 추진내용 cells are not one a row (wrapped, spanning rows): left unpaired
    order = [k for r, s in enumerate(statuses) for k in [*rows[r], s, *details[r : r + 1]]]
    out = list(lines)
    for place, k in zip(sorted(order), order, strict=True):
        out[place] = lines[k]
    return out, bool(details)


def year_run_restored(lines: list[str], start: int, n_before: int) -> list[str] | None:
    """``lines`` with a year column printed as a run put back: from line ``start`` the rows' year cells one
    after another (two or more), then the rows' other cells, each row's ending at its status cell, as many
    rows as years, the rows counted to the table's end (the next year line, an item or the lines' end: a year
    cell merged over two rows is printed once, so more rows than years are not paired, nor cells left after
    the last status holding a printed rate, a row whose status went unprinted); each year goes before its row. A row may hold a cell fewer than ``n_before`` (a project
    cell spanning it and the row above, the first row excepted) or one or two more (a project wrapped over
    lines: the reader joins them only where its rate proves it). None when the lines are not so (the
    years then stay unread with their rows)."""
    idx = [k for k in range(start, len(lines)) if lines[k].strip()]
    text = {k: lines[k].strip() for k in idx}
    years = idx[: year_run([text[k] for k in idx])]
    n = len(years)
    if n < 2:
        return None
    rows: list[list[int]] = []
    cells: list[int] = []
    for k in idx[n:]:  # to the table's end: a merged year cell printed once leaves more rows than years
        if year_cell_of(text[k]) is not None or bullet_item(text[k]):
            break
        cells.append(k)
        if is_status_cell(text[k]):
            rows.append(cells)
            cells = []
    if len(rows) != n or any(RATE.fullmatch(text[k]) for k in cells):
        return None  # a row more than years (a year cell spanning rows), or a row whose status went unprinted
    sizes = [len(r) - 1 for r in rows]
    if sizes[0] < n_before or any(not n_before - 1 <= z <= n_before + 2 for z in sizes):
        return None
    order = [k for y, r in zip(years, rows, strict=True) for k in (y, *r)]
    out = list(lines)
    for place, k in zip(sorted(order), order, strict=True):
        out[place] = lines[k]
    return out


def year_run(cells: list[str], bare: bool = False) -> int:
    """How many of ``cells`` (one a printed line, in order) open them as a year column's cells one a line
    (``2023``, ``2023년``; only bare digits with ``bare``: no year-group line ``<2023>``)."""
    n = 0
    while n < len(cells) and year_cell_of(cells[n]) is not None and (not bare or cells[n].isdigit()):
        n += 1
    return n


def _row_end(text: str) -> bool:
    """A line no row's cell before its status is: a status cell, the next row's year or an item below the
    table."""
    return is_status_cell(text) or year_cell_of(text) is not None or bullet_item(text)
