"""A group cell of an item table's first column in a layout dump (``구분`` | date | item | note, the first
column one cell over many rows naming the block and its reporting point), read by ``pdftotext -layout`` as
pieces at the far left amid the rows: the cell's text is centred on its rows, a piece a line, often on the
lines of the rows beside it, a piece broken in mid-word, the cell cut in two by a page break.

Under a head line (three cells or more, each a few words with no digit), a piece is the first segment of a line
standing nearer the head's first cell than its second (by their middles) and ending before the second's head;
pieces one or two lines apart make a run. The table's rows end at the next head, a section's heading, or a line
running from the first column past the second's head. Only an item table is looked at: two of its rows or more
print a date in the second column. A run is a group cell only where its pieces joined read as a block heading
with a reporting date (:func:`pledgecard.extract.headings.parse_group_heading`); a run with no such date ending
its page whose next run opens the next page with a bracket is joined to it when the two read as one (a cell a
page break cut). Each group cell is taken off the rows' lines and printed on a line of its own: the first
group above the head (blank lines around both: no aligned block reads the head, the cell and the rows as one
table), or under it when the head is printed again (the table going on under a table of its own); a later
group above the first row after the group before's, that group ending where its cell's middle is the middle of
its rows (on the page its cell ends on). A table printing a row's date among the first column's pieces is left as
printed (the dump sets its columns on each row's own widths: no place proves a group cell). Where a cell's rows end
is told by the geometry alone, never proven:
one row at a boundary may go to the group before or after; no figure is read from the cells.
"""

from __future__ import annotations

from dataclasses import dataclass

from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_aligned_blocks import BLOCK_END_BLANKS
from pledgecard.extract.readers.text_cells import join_wrapped
from pledgecard.extract.readers.text_line_kinds import numbered_heading
from pledgecard.extract.readers.text_lines import Seg, TLine, to_tline
from pledgecard.normalize.dates import is_date

MIN_HEAD = 3  # cells of a head line, at least
MIN_DATED = 2  # rows printing a date in the second column, at least: an item table (date | item | note)
MAX_HEAD_CELL = 12  # characters of a head cell, at most
MAX_GAP = 2  # lines between two pieces of one cell, at most
APART = (
    BLOCK_END_BLANKS + 1
)  # blank lines either side of a head with a group cell set above it: no aligned block
# takes them (text_aligned_blocks.find_block ends a block there)
_OPENERS = "(（[［"  # a bracket opening a reporting point


@dataclass
class _Run:
    """A run of first-column pieces: indexes of their lines and the pieces."""

    rows: list[int]
    segs: list[Seg]

    def text(self, lexicon: str) -> str:
        return join_wrapped([s.text for s in self.segs], lexicon)


def _head(line: TLine) -> bool:
    """A table's head line: three cells or more, each a few words with no digit."""
    return len(line.segs) >= MIN_HEAD and all(
        len(s.text) <= MAX_HEAD_CELL and not any(c.isdigit() for c in s.text) for s in line.segs
    )


def _cells_of(line: TLine) -> tuple[str, ...]:
    return tuple(s.text for s in line.segs)


def _mid(s: Seg) -> float:
    return (s.x0 + s.x1) / 2


def _pieces(lines: list[TLine], head: int) -> tuple[list[_Run], int, list[int]]:
    """The runs of first-column pieces under the head at ``head``, the index of the table's last line and the
    indexes of its rows printing a date in the second column."""
    h = lines[head].segs
    first, second = _mid(h[0]), _mid(h[1])
    third = _mid(h[2])
    runs: list[_Run] = []
    last = head
    dated: list[int] = []
    for k in range(head + 1, len(lines)):
        ln = lines[k]
        if ln.blank:
            continue
        s = ln.segs[0]
        piece = abs(_mid(s) - first) < abs(_mid(s) - second)
        if (
            _head(ln)
            or numbered_heading(ln)
            or (not piece and len(ln.segs) == 1 and section_of(ln.text.strip()) is not None)
        ):
            break  # the next table's head, or a section's heading (a block's name in the first column is none)
        if (s.x0 < h[0].x1 and s.x1 > h[1].x1) or (piece and s.x1 > h[1].x0 + 1):
            break  # a line across the page or into the second column from the first: no row of the table
        last = k
        if any(
            abs(_mid(g) - second) < min(abs(_mid(g) - first), abs(_mid(g) - third)) and is_date(g.text)
            for g in ln.segs
        ):
            dated.append(k)
        if not piece:
            continue
        if runs and k - runs[-1].rows[-1] <= MAX_GAP + 1 and lines[runs[-1].rows[-1]].page == ln.page:
            runs[-1].rows.append(k)
            runs[-1].segs.append(s)
        else:
            runs.append(_Run([k], [s]))
    return runs, last, dated


def _dated(text: str) -> bool:
    """``text`` reads as a block heading with a reporting date."""
    g = parse_group_heading(text)
    return g is not None and g[1] is not None


def _rows_dates_first(runs: list[_Run], lines: list[TLine], lexicon: str) -> bool:
    """A first-column piece printing a row's date: a date opening a line whose other cells print no date (``2024.
    3월  지원센터 조성 … 완료``; a group cell's piece beside a row leaves the row its own date), in a run of pieces
    reading as no dated block heading (``2022년 1분기`` / ``현재`` is one). The dump sets the rows' dates in the
    first column on some rows (an HTML dump's cells on their own widths), so no piece's place tells a group cell
    from a row's cell; the table is left as printed."""
    return any(
        not _dated(run.text(lexicon))
        and any(
            is_date(s.text) and len(lines[k].segs) > 1 and not any(is_date(g.text) for g in lines[k].segs[1:])
            for k, s in zip(run.rows, run.segs, strict=True)
        )
        for run in runs
    )


def _split(run: _Run, lexicon: str) -> list[_Run]:
    """``run`` cut where the cells of two groups met within ``MAX_GAP`` lines: after the first pieces reading
    as a dated block heading whose rest reads as such headings too (each cell a heading of its own)."""
    for j in range(1, len(run.segs)):
        head, rest = _Run(run.rows[:j], run.segs[:j]), _Run(run.rows[j:], run.segs[j:])
        if not _dated(head.text(lexicon)):
            continue
        parts = _split(rest, lexicon)
        if all(_dated(part.text(lexicon)) for part in parts):
            return [head, *parts]
    return [run]


def _cells(runs: list[_Run], lines: list[TLine], lexicon: str) -> list[tuple[_Run, str | None]]:
    """Every run with its text where it reads as a group cell (None where it prints no reporting date: a cell
    naming no point, or no cell; its rows are no other cell's); a run cut by a page break joined to its rest
    (the last run of its page, no date, and the next page's first, opening with a bracket: the cell's
    reporting point); runs of two cells within ``MAX_GAP`` lines cut apart."""
    runs = [part for run in runs for part in _split(run, lexicon)]
    cells: list[tuple[_Run, str | None]] = []
    k = 0
    while k < len(runs):
        run = runs[k]
        if _dated(run.text(lexicon)):
            cells.append((run, run.text(lexicon)))
            k += 1
            continue
        nxt = runs[k + 1] if k + 1 < len(runs) else None
        if (
            nxt is not None
            and lines[nxt.rows[0]].page == lines[run.rows[-1]].page + 1
            and nxt.segs[0].text[:1] in _OPENERS
        ):
            both = _Run(run.rows + nxt.rows, run.segs + nxt.segs)
            if _dated(both.text(lexicon)):
                cells.append((both, both.text(lexicon)))
                k += 2
                continue
        cells.append((run, None))
        k += 1
    last = max((n for n, (_, text) in enumerate(cells) if text is not None), default=-1)
    return cells[: last + 1]  # runs past the last cell's: its rows' own first-column text


def _owners(
    lines: list[TLine], head: int, last: int, cells: list[tuple[_Run, str | None]], dated: list[int]
) -> tuple[list[int], dict[int, int | None]]:
    """The table's rows (indexes of their lines) and the cell owning each (None where it is in doubt).

    A cell owns the rows its pieces stand beside (between its first and last piece), the first cell the rows
    above it too (none else can own them), the last the rows below it. A row between two cells' pieces goes to
    the cell before where that cell, read as centred on its rows from the table's top (its rows above setting
    those below), reaches it and the cell after, read as centred from the table's last dated row (its rows below
    setting those above), does not; to the cell after where the reverse; else it is in doubt (both cells or
    neither reach it: a cell set at its rows' top or foot, the geometry proves nothing). The rows between the
    cells beside a cell that owns no row are in doubt too (a cell is printed for one row at least)."""
    pieces = {k for run, _ in cells for k in run.rows if len(lines[k].segs) == 1}
    rows = [k for k in range(head + 1, last + 1) if not lines[k].blank and k not in pieces]
    first = [run.rows[0] for run, _ in cells]
    end = [run.rows[-1] for run, _ in cells]
    n = len(cells)
    fwd: list[int] = []  # the last line each cell reaches, read from the top
    top = min([first[0], *rows[:1]])
    for i in range(n):
        fwd.append(max(first[i] + end[i] - top, end[i]))
        top = next((k for k in rows if k > min(fwd[-1], first[i + 1] - 1 if i + 1 < n else last)), last + 1)
    bwd: list[int] = [0] * n  # the first line each cell reaches, read from the bottom
    bottom = max([end[-1], *[k for k in dated if k > end[-1]][-1:]])
    for i in range(n - 1, -1, -1):
        bwd[i] = min(first[i] + end[i] - bottom, first[i])
        bottom = next((k for k in reversed(rows) if k < max(bwd[i], end[i - 1] + 1 if i else head)), head)
    owner: dict[int, int | None] = {}
    for k in rows:
        at = next((i for i in range(n) if k <= end[i]), n)  # the first cell whose pieces end below the row
        if at == n or k >= first[at] or at == 0:
            owner[k] = min(at, n - 1)
            continue
        before, after = k <= fwd[at - 1], k >= bwd[at]
        owner[k] = at - 1 if before and not after else at if after and not before else None
    for i in range(n):
        if i not in owner.values():
            lo, hi = end[i - 1] if i else head, first[i + 1] if i + 1 < n else last + 1
            owner.update({k: None for k in rows if lo < k < hi})
    return rows, owner


def _in_doubt(
    rows: list[int], owner: dict[int, int | None], cells: list[tuple[_Run, str | None]]
) -> list[int]:
    """The rows whose group is not proven: in doubt between two cells, or a cell's printing no reporting
    date (a block of no point: no dated cell's)."""
    undated = [k for run, text in cells if text is None for k in run.rows]  # its pieces left as printed
    return [k for k in rows if owner[k] is None or cells[owner[k]][1] is None] + undated  # type: ignore[index]


def _apart(line: TLine) -> list[TLine]:
    """``APART`` blank lines at ``line``'s place."""
    return [to_tline(line.number, line.page, "") for _ in range(APART)]


def _without(line: TLine, seg: Seg) -> TLine:
    """``line`` with ``seg`` printed as spaces."""
    text = line.text[: seg.c0] + " " * (seg.c1 - seg.c0) + line.text[seg.c1 :]
    return to_tline(line.number, line.page, text.rstrip())


def group_cells_atop(lines: list[TLine], lexicon: str = "", doubt: list[int] | None = None) -> list[TLine]:
    """``lines`` with each item table's group cells (see the module's words) on lines of their own above their
    rows; ``doubt`` given, the numbers of the lines of rows whose group the geometry does not prove added to it
    (rows between two cells either may own, a cell's printing no reporting date: their group is null)."""
    if not lexicon:
        lexicon = "\n".join(ln.text for ln in lines)
    out = list(lines)
    heads: set[tuple[str, ...]] = set()  # the heads read so far, by their cells
    k = 0
    while k < len(out):
        if not _head(out[k]):
            k += 1
            continue
        runs, last, dated = _pieces(out, k)
        again = _cells_of(out[k]) in heads
        table = len(dated) >= MIN_DATED and not _rows_dates_first(runs, out, lexicon)
        cells = _cells(runs, out, lexicon) if table else []
        if not any(text for _, text in cells):
            k += 1
            continue
        rows, owner = _owners(out, k, last, cells, dated)
        if doubt is not None:
            doubt.extend(out[r].number for r in _in_doubt(rows, owner, cells))
        head_lines: dict[int, TLine] = {}
        for n, (run, text) in enumerate(cells):
            if text is None:
                continue  # no date: its pieces left as printed
            owned = [r for r in rows if owner[r] == n]
            at = k if n == 0 else (owned[0] if owned else run.rows[0])
            for i, seg in zip(run.rows, run.segs, strict=True):
                out[i] = _without(out[i], seg)
            first = run.segs[0]
            pad = " " * first.c0
            head_lines[at] = to_tline(first.line, out[at].page, pad + " ".join(text.split("\n")))
        new: list[TLine] = []
        for i, ln in enumerate(out):
            at = head_lines.get(i)
            if (
                at is not None and i == k and again
            ):  # a head printed again: the group under it, blank lines around
                new.extend([ln, *_apart(at), at, *_apart(at)])
                continue
            if at is not None and i == k:  # the first group: above the head, blank lines around both
                new.extend([*_apart(at), at, *_apart(at), ln, *_apart(at)])
                continue
            if at is not None:
                new.append(at)
            new.append(ln)
        shift = len(new) - len(out)  # the lines set in, all at the table's lines
        heads.add(_cells_of(out[k]))
        out = new
        k = last + shift + 1
    return out
