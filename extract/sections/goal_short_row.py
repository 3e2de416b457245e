"""Whether a goal row printed one cell short of its head lacks its project (a cell merged with the row above's)
or another cell (a blank figure cell): the cells left decide it by what they are, else the row is not read."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_values import figure_cell, value_unit
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.text import is_dash

_FIGURE = re.compile(r"[^\w]*\d")


def cell_shape(text: str) -> str:
    """A goal cell's shape: ``-`` a dash, ``9`` figures alone (each word opening with a digit: ``71회``, ``142%``),
    ``w`` one printing words (``46호 공급``, ``공공 도시숲 2개소``)."""
    if is_dash(text):
        return "-"
    return "9" if all(_FIGURE.match(t) for t in text.split()) else "w"


def carry_proven(
    cells: list[str], above: dict[str, str], kinds: list[str], *, in_order: bool = False
) -> bool:
    """Whether a row one cell short lacks its project (merged with the row above's), its ``cells`` read as the
    columns ``kinds`` (the head's but the project; ``above``: the row above's cells, by column).

    Not proven where the actual or rate column would take words with a number under a figure alone above
    (``공공 도시숲 2개소`` under ``71회``: the row's own project shifted over a blank 실적 cell would give that column
    a figure nobody printed there). ``in_order`` (the head in the usual order, 목표 before 실적): such a row is still
    carried where the actual it would take is a measure of its target (:func:`same_measure`: ``공정률 66%`` under a
    target ``공정률 100%``, a merged row's progress told in its target's words), not a name of other words
    (``도시숲 조성 3개소`` after ``공공 도시숲 2개소``: a project and a target, the actual cell blank)."""
    if len(cells) != len(kinds) or any(k not in above for k in kinds):
        return False
    vals = dict(zip(kinds, cells, strict=True))
    # only those columns: a target's shape varies from row to row in merged rows (``공정률 70%`` under ``3.3km``), and
    # an actual told in words alone (``관계기관 협의`` under ``71회``) gives no figure
    shifted = any(
        k in ("actual", "rate")
        and cell_shape(above[k]) == "9"
        and cell_shape(c) == "w"
        and re.search(r"\d", c)
        for k, c in vals.items()
    )
    if not shifted:
        return True
    if not (
        in_order and "target" in vals and "actual" in vals and same_measure(vals["target"], vals["actual"])
    ):
        return False
    # the rate the carry would read must be the actual over the target (``공정률 42%`` of ``공정률 80%``: ``52%``): a
    # dash there (or another rate) tells the row's own project worded like its target over a blank actual cell
    # (``도시숲 2개소 조성`` | ``도시숲 3개소 조성`` | ``-``: no actual, so no rate), the carry unproven
    if "rate" in vals:
        return rate_agrees(vals["target"], vals["actual"], vals["rate"])
    # no rate column: nothing weighs the actual against the target; the carry is proven only where the row's first
    # cell, its own project in the other reading, is of a figure's kind (``공정률 100%`` over ``공정률 54%``: no
    # project's name); a cell of words (``도시숲 2개소 조성`` over ``도시숲 3개소 조성``) may be the row's own project
    return figure_cell(cells[0]) or _unit_of_above(cells[0], above[kinds[0]])


def _unit_of_above(cell: str, above: str) -> bool:
    """A cell closing on a figure of the unit the row above prints in that column (``누적 300호`` under ``250호``,
    ``교육 30회`` under ``프로그램 운영(50회)``), the words before it printing no digit: the column's measure carried on
    (mendl3: only a word ending in a measure suffix was taken, ``누적 300호`` left the row unread); a cell of another
    unit or closing on words (``도시숲 2개소 조성``) may be the row's own project."""
    words, m = cell.split(), _measure(above)
    if not words or m is None or any(re.search(r"\d", w) for w in words[:-1]):
        return False
    unit = value_unit(words[-1])
    return bool(unit) and bool(m[1]) and _same_unit(unit or "", m[1])


_RATE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*%")
_FIGURE_UNIT = re.compile(r"(\d[\d,]*(?:\.\d+)?)([^\W\d_]*)")
RATE_OFF = 1.0  # percentage points a printed rate may stand off the actual over the target (rounding)


def rate_agrees(target: str, actual: str, rate: str) -> bool:
    """Whether ``rate`` prints a percentage within :data:`RATE_OFF` of the actual's figure over the target's
    (``52%`` beside ``공정률 42%`` of ``공정률 80%``); a dash or words are no agreement. Each cell's figure is its
    measure's (:func:`_measure`): its one percentage (``1단계 공정률 100%``, ``공정률 66%(6월 기준)``), else its one
    figure not a date's, the two of one unit; figures apiece other than one (``10개 20개``) are no agreement."""
    m = _RATE.fullmatch(rate.strip())
    t, a = _measure(target), _measure(actual)
    if m is None or t is None or a is None or not _same_unit(t[1], a[1]):
        return False
    return t[0] > 0 and abs(100 * a[0] / t[0] - float(m.group(1))) < RATE_OFF


def _measure(text: str) -> tuple[float, str] | None:
    """A goal cell's figure and its unit: its one percentage, else its one figure whose unit is no date word
    (``2026년``, ``6월`` aside); None for a cell of no such figure, of two percentages or of two other figures."""
    pcts = _RATE.findall(text)
    if len(pcts) == 1:
        return float(pcts[0].replace(",", "")), "%"
    if pcts:
        return None
    dates = [*current().words("date_words", "year"), *current().words("date_words", "month")]
    figures = [(n, u) for n, u in _FIGURE_UNIT.findall(text) if not any(u.startswith(w) for w in dates)]
    if len(figures) != 1:  # figures apiece other than one: which is the measure's, unknown
        return None
    return float(figures[0][0].replace(",", "")), figures[0][1]


def same_measure(target: str, actual: str) -> bool:
    """Whether ``actual`` prints the same measure as ``target``: a figure in each, of one unit family figure by
    figure (:func:`_same_unit`: ``3개`` / ``5개소``), and the words of one all printed in the other (``공정률 66% 달성``
    under ``공정률 100%``, ``설치 3개소`` under ``5개소 설치``); words of each the other lacks (``도시숲 조성 3개소``
    after ``공공 도시숲 2개소``: a target after a project) are two things, not one measure."""
    tw, aw = set(_words(target)), set(_words(actual))
    tu, au = _units(target), _units(actual)
    if not tw or not aw or not tu or len(tu) != len(au):
        return False
    return (tw <= aw or aw <= tw) and all(_same_unit(a, b) for a, b in zip(tu, au, strict=True))


def _same_unit(a: str, b: str) -> bool:
    """Whether two figures' units are of one family: the same, or one a counter the other's opens with (``개`` /
    ``개소``: the bare counter and its compound); no unit at all only beside no unit."""
    if not a or not b:
        return a == b
    return a.startswith(b) or b.startswith(a)


def _words(text: str) -> list[str]:
    """The words of a cell printing no digit."""
    return [t for t in text.split() if not re.search(r"\d", t)]


def _units(text: str) -> list[str]:
    """The units of a cell's figures (each word printing a digit: what follows its figure, brackets and stops
    taken away: ``(66%)`` -> ``%``, ``3개소`` -> ``개소``)."""
    return [
        re.sub(r"[^\w%]", "", re.sub(r"^\D*[\d.,~]+", "", t)) for t in text.split() if re.search(r"\d", t)
    ]
