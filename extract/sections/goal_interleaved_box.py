"""A goal table's one row whose side-by-side cells wrapped over lines and a dump printed line by line across
them (pdftotext's default mode over a one-row table printed a column box at a time: the 세부사업 and 목표
heads one a line, then the two cells' first lines, then their second lines, ``이차전지 지`` / ``이차전지 프로그``
/ ``원사업`` / ``램 운영(35회)``). The lines are dealt to the columns in turn only where that is the one reading
in which every cell wraps as a cell wraps (each line but its last as full as the cell's widest: the next line's
first glyph would not have fitted after it) and no reading of the cells printed one after another does; any other
box is left to the callers' reading (no cell dealt by guess)."""

from __future__ import annotations

from itertools import combinations

from pledgecard.extract.markers import brackets_closed, split_marker
from pledgecard.extract.sections.goal_record import value_and_unit
from pledgecard.extract.sections.goal_values import FIGURE, RATE, bullet_item, year_cell_of
from pledgecard.extract.textjoin_glue import glue
from pledgecard.extract.vocabulary import key

# estimated glyph widths in ems of a proportional Korean font: Hangul and other wide glyphs a full em
_SPACE = 0.3
_NARROW = 0.55  # ASCII letters and digits
_MARK = 0.35  # ASCII punctuation: brackets, points, commas
_WIDE_MARK = 0.85  # % and the like
# what a line must fall short of its cell's widest by, with the next glyph after it, to prove it was no full
# line (the estimate's error in a line of a dozen glyphs)
_SLACK = 0.5
# at most so many lines a box's cells are dealt from (the contiguous readings counted stay few)
_MAX_LINES = 12


def _glyph(ch: str) -> float:
    """A glyph's estimated width in ems."""
    if ch.isspace():
        return _SPACE
    if ch.isascii():
        if ch.isalnum():
            return _NARROW
        return _WIDE_MARK if ch in "%@&#" else _MARK
    return 1.0


def width(text: str) -> float:
    """A printed line's estimated width in ems."""
    return sum(_glyph(ch) for ch in text)


def wraps_as_a_cell(cell: list[str]) -> bool:
    """Whether a cell's lines (in order) wrap as a cell's text wraps: no line but the last falls so short of
    the cell's widest line that the next line's first glyph would have fitted after it."""
    if len(cell) < 2:
        return True
    widest = max(width(t) for t in cell)
    return all(width(a) + _glyph(b[0]) + _SLACK > widest for a, b in zip(cell, cell[1:], strict=False) if b)


def interleaved_cells(lines: list[str], k: int) -> list[list[str]] | None:
    """The ``k`` side-by-side cells of one row from a box's ``lines`` (stripped, in print order) dealt in
    turn (cell ``c`` takes lines ``c``, ``c + k``, ...): only where the lines are more than ``k``, as many
    for each cell, every cell so dealt wraps as a cell wraps and no reading of the cells printed one after
    another (each a run of lines) does. None otherwise."""
    n = len(lines)
    if k < 2 or n <= k or n % k or n > _MAX_LINES or not all(lines):
        return None
    dealt = [lines[c::k] for c in range(k)]
    if not all(wraps_as_a_cell(cell) for cell in dealt):
        return None
    for cuts in combinations(range(1, n), k - 1):
        bounds = (0, *cuts, n)
        if all(wraps_as_a_cell(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)):
            return None  # the cells printed one after another read as well: not proven
    if _runs_with_one_break(lines, k):
        return None
    return dealt


def _runs_with_one_break(lines: list[str], k: int) -> bool:
    """Whether the cells printed one after another, each as many lines as dealt, read as cells wrap but for
    one cell's short first line (a manual line break, ``청년창업`` / ``지원센터 운영 확대``): the width test
    cannot then tell the two readings apart, and dealing in turn is no proof."""
    size = len(lines) // k
    cells = [lines[c * size : (c + 1) * size] for c in range(k)]
    if not all(brackets_closed("".join(cell)) for cell in cells):
        return False  # a cell opening a bracket another closes (``지원(55`` / ``개)``): no rival reading
    failing = [c for c, cell in enumerate(cells) if not wraps_as_a_cell(cell)]
    return (
        len(failing) == 1
        and size > 1
        and wraps_as_a_cell(cells[failing[0]][1:])
        and _short_first_only(cells[failing[0]])
    )


def _short_first_only(cell: list[str]) -> bool:
    """Whether every line of ``cell`` but its first and last is as full as its widest (only the first is short)."""
    widest = max(width(t) for t in cell)
    rest = cell[1:]
    return all(width(a) + _glyph(b[0]) + _SLACK > widest for a, b in zip(rest, rest[1:], strict=False) if b)


def joined(cell: list[str], lexicon: str) -> str:
    """A wrapped cell's lines as one text (:func:`textjoin_glue.glue`, ``lexicon`` the card's own words)."""
    out = ""
    for t in cell:
        out = glue(out, t, lexicon)
    return out


def rate_proves(target: str, actual: str, rate: str) -> bool:
    """Whether a row's printed 달성률 proves its target and actual where the target prints its one figure
    amid its words (``프로그램 운영(35회)``, no value word of its own): both figures of one unit and the rate
    their quotient within the print's rounding (a whole percent one point)."""
    m = RATE.match(rate)
    if m is None or len(FIGURE.findall(target)) != 1 or len(FIGURE.findall(actual)) != 1:
        return False
    (tv, tu), (av, au) = value_and_unit(target), value_and_unit(actual)
    if not tv or av is None or tu is None or tu != au:
        return False
    decimals = len(m.group(1).split(".")[1]) if "." in m.group(1) else 0
    return abs(100 * av / tv - float(m.group(1))) <= 10**-decimals


def one_row_detail(lines: list[str], end: int, words: dict[str, str], lexicon: str) -> tuple[str, int] | None:
    """A one-row table's 추진내용 box printed after its status box (from line ``end``: its head word alone,
    then its cell's lines up to a blank line or the section's end): the cell's text and the line after it. The
    cell is the row's only where its lines run unbroken from the head and none is a figure, an item or
    another head word. None otherwise."""
    k = end
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k >= len(lines) or words.get(key(lines[k])) != "detail":
        return None
    cell: list[str] = []
    k += 1
    while k < len(lines) and lines[k].strip():
        t = lines[k].strip()
        if (
            words.get(key(t)) is not None
            or bullet_item(t)
            or year_cell_of(t) is not None
            or FIGURE.fullmatch(t.rstrip("%"))
            or split_marker(t)[0]
        ):
            return None
        cell.append(t)
        k += 1
    if not cell:
        return None
    return joined(cell, lexicon), k
