"""A goal table whose project and target columns a dump printed line by line across both (pdftotext's default
mode over a table whose 세부사업 cell spans the rows beside targets wrapped over two lines: ``이차전지 교육생`` /
``이차전지 인`` / ``양성(15명)`` / ``재양성`` / ``이차전지 협약 체`` / ``결(10건)``), the year head and its years before
the project head, the 추진내용 head and its lines after the pieces, then the head of the target / actual / rate /
status columns and each row's actual, rate and status one a line (the block a heading printed apart, moved back
under it by goals_around_heading's callers).

The pieces are read only where exactly one reading fits: the project lines one cell spanning every row, the target
lines as many cells as the years, each cell's lines in print order, at most one line of the other column
printed between two lines of one cell (one line pitch: :func:`pitch_fits`); every cell wraps as a cell of its column wraps
(each line but its last as full as the column's widest line: the next line's first glyph would not have fitted
after it), the project prints no figure and every target closes the brackets it opens, and every row whose actual
and rate print figures is proven by its rate (goal_interleaved_box.rate_proves). Any other box is left to the
other readers (its rows unread, no cell dealt by guess)."""

from __future__ import annotations

from itertools import product

from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.goal_interleaved_box import joined, rate_proves, width
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import DASH, FIGURE, RATE, is_status_cell, year_cell_of
from pledgecard.extract.vocabulary import current

# at most so many pieces are dealt (2 ** pieces readings weighed)
_MAX_PIECES = 12
_SLACK = 0.5
_TAIL = ("target", "actual", "rate", "status")


def column_wraps(cells: list[list[str]]) -> bool:
    """Whether every cell of a column wraps as a cell of that column wraps: each line but a cell's last at
    least as full as the column's widest line less the next line's first glyph (the column is no narrower than
    its widest line, so a line that left room for the next glyph was no wrapped line)."""
    lines = [t for cell in cells for t in cell]
    if not lines:
        return False
    widest = max(width(t) for t in lines)
    return all(
        width(a) + width(b[0]) + _SLACK > widest
        for cell in cells
        for a, b in zip(cell, cell[1:], strict=False)
        if b
    )


def pitch_fits(places: list[list[int]]) -> bool:
    """Whether cells whose lines print at ``places`` (each cell's lines' places in the merged print order) keep
    one line pitch: two columns printed line by line in the order of their lines' heights put at most one line
    of the other column between two lines of one cell (both columns set in one font and leading)."""
    return all(b - a <= 2 for cell in places for a, b in zip(cell, cell[1:], strict=False))


def _closes(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return False
    return depth == 0


def _cuts(lines: list[str], n: int) -> list[list[list[str]]]:
    """Every way ``lines`` split into ``n`` runs of one or two lines each (a target cell wraps at most once)."""
    out: list[list[list[str]]] = []
    for sizes in product((1, 2), repeat=n):
        if sum(sizes) == len(lines):
            at, cells = 0, []
            for s in sizes:
                cells.append(lines[at : at + s])
                at += s
            out.append(cells)
    return out


def merged_readings(
    pieces: list[str], figures: list[tuple[str, str]]
) -> list[tuple[list[str], list[list[str]]]]:
    """The readings of ``pieces`` (in print order) as one project cell's lines and the targets' cells (one a row,
    ``figures`` each row's actual and rate) that fit as the module tells."""
    n, m = len(figures), len(pieces)
    if m > _MAX_PIECES or m < n + 1:
        return []
    found = []
    for mask in range(1, 2**m - 1):
        at_project = [k for k in range(m) if mask >> k & 1]
        at_target = [k for k in range(m) if not mask >> k & 1]
        project = [pieces[k] for k in at_project]
        targets = [pieces[k] for k in at_target]
        if (
            any(FIGURE.search(t) for t in project)
            or not column_wraps([project])
            or not pitch_fits([at_project])
        ):
            continue
        for cells in _cuts(targets, n):
            runs, at = [], 0
            for c in cells:
                runs.append(at_target[at : at + len(c)])
                at += len(c)
            if not pitch_fits(runs):
                continue
            texts = [" ".join(c) for c in cells]
            if not column_wraps(cells) or not all(_closes(t) for t in texts):
                continue
            if all(_proven(joined(c, ""), a, r) for c, (a, r) in zip(cells, figures, strict=True)):
                found.append((project, cells))
    return found


def _proven(target: str, actual: str, rate: str) -> bool:
    """A row proven by its figures, or one that prints none to prove (a dash actual and rate)."""
    if DASH.match(actual) and DASH.match(rate):
        return True
    return RATE.match(rate) is not None and rate_proves(target, actual, rate)


def merged_pieces_rows(lines: list[str], lexicon: str = "") -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows of such a table (see the module's docstring) and the lines left unread (the 추진내용's:
    whose rows they are is not printed); None unless the lines are so and one reading alone fits."""
    texts = [t.strip() for t in lines]
    if not texts or header_words_kind(texts[0]) != "year":
        return None
    k = 1
    years: list[int] = []
    while (
        k < len(texts) and current().year_re.fullmatch(texts[k]) and (y := year_cell_of(texts[k])) is not None
    ):
        years.append(y)
        k += 1
    if not years or k >= len(texts) or header_words_kind(texts[k]) != "project":
        return None
    k += 1
    start = k
    while k < len(texts) and texts[k] and header_words_kind(texts[k]) is None:
        k += 1
    pieces = texts[start:k]
    detail_lines: list[int] = []
    if k < len(texts) and header_words_kind(texts[k]) == "detail":
        k += 1
        while k < len(texts) and texts[k] and header_words_kind(texts[k]) is None:
            detail_lines.append(k)
            k += 1
    n = len(years)
    head = [header_words_kind(t) for t in texts[k : k + 4]]
    cells = texts[k + 4 :]
    if head != list(_TAIL) or len(cells) != 3 * n:
        return None
    rows3 = [cells[3 * r : 3 * r + 3] for r in range(n)]
    if not all(is_status_cell(s) for _, _, s in rows3):
        return None
    found = merged_readings(pieces, [(a, r) for a, r, _ in rows3])
    if len(found) != 1:
        return None
    project, targets = found[0]
    name = joined(project, lexicon)
    rows = [
        GoalRow(k + 4 + 3 * r, name, years[r], joined(c, lexicon), s, None if DASH.match(a) else a, None)
        for r, (c, (a, _, s)) in enumerate(zip(targets, rows3, strict=True))
    ]
    return rows, detail_lines
