"""Period heads and their cells a dump printed apart from the funding table (past its end, or before
the section), put back into the table's head."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cell_lines import rows_from_cells
from pledgecard.extract.sections.funding_cells import is_amount_cell
from pledgecard.extract.sections.funding_checks import sums_fit
from pledgecard.extract.sections.funding_column_heads import classify_column, periods_in_order, stream_token
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import parse_amount, printed_unit
from pledgecard.normalize.text import DASHES, fold


def stray_period_labels(lines: list[Line]) -> tuple[str, ...]:
    """The first run of lines one after another that print nothing but a year label (``'27``,
    ``2029년``), in order (later runs are other tables' years), with the after-term label (``임기 후``)
    printed right after them, the table's last period."""
    run: list[str] = []
    token = current().build(stream_token)
    for ln in lines:
        t = fold(ln.full_text)
        kind = classify_column(t)["kind"] if t else None
        if kind == "year" and token.fullmatch(t.replace(" ", "")):
            run.append(t)
        elif run and kind == "after_term" and token.fullmatch(t.replace(" ", "")):
            return (*run, t)
        elif run:
            break
    return tuple(run)


def stray_period_amounts(lines: list[Line], strays: tuple[str, ...] | None = None) -> tuple[Line, ...]:
    """The lines right after the run of :func:`stray_period_labels` that print nothing but amounts
    (each with its money unit, or a dash): the table's last columns' cells a dump printed past the page's
    footer with their head labels; placed only where the sums prove one grid (:func:`proven_grid`).
    ``strays``: that run when the caller read it already (else read here)."""
    if strays is None:
        strays = stray_period_labels(lines)
    at = next((k for k, ln in enumerate(lines) if fold(ln.full_text) == strays[0]), None) if strays else None
    if at is None:
        return ()
    out: list[Line] = []
    for ln in lines[at + len(strays) :]:
        toks = ln.full_text.split()
        if not toks or not all(t in DASHES or (printed_unit(t) and is_amount_cell(t)) for t in toks):
            break
        out.append(ln)
    return tuple(out)


def continuing(cols: list[str], strays: tuple[str, ...]) -> list[str]:
    """Year labels printed past a table (``strays``) that go on from its last year one year at a
    time, every one of them (an after-term label after them last), the printed periods in time order:
    the columns they head; else none."""
    if not strays:
        return []
    kinds = [classify_column(c) for c in [*cols, *strays]]
    years = [c["year"] for c in kinds[len(cols) :] if c["kind"] == "year"]
    after = sum(1 for c in kinds[len(cols) :] if c["kind"] == "after_term")
    last = max((c["year"] for c in kinds[: len(cols)] if c["kind"] == "year"), default=None)
    if (
        last is None
        or not periods_in_order(kinds)
        or after > 1
        or kinds[-1]["kind"] not in ("year", "after_term")
        or years != list(range(last + 1, last + 1 + len(strays) - after))
    ):
        return []
    return list(strays)


def strays_into_head(lines: list[Line], strays: tuple[str, ...]) -> list[Line]:
    """A table a dump printed a cell a line (:func:`rows_from_cells_spanned`) with the period labels printed
    past it (``strays``) put after its head's last label, where they go on from its periods
    (:func:`continuing`), every row then has one amount per label and the head's one total column is
    every row's sum; ``lines`` as they are otherwise."""
    cells = rows_from_cells(lines)
    if not cells or not strays or any(is_amount_cell(t) for t in cells[0].full_text.split()):
        return lines
    head = [t for t in cells[0].full_text.split() if classify_column(t)["kind"] != "other"]
    more = continuing(head, strays)
    kinds = [classify_column(t)["kind"] for t in [*head, *more]]
    rows = [[parse_amount(t, 1) for t in c.full_text.split() if is_amount_cell(t)] for c in cells[1:]]
    if (
        not more
        or kinds.count("total") != 1
        or not any(rows)
        or any(len(r) != len(kinds) or not sums_fit(r, kinds.index("total")) for r in rows if r)
    ):
        return lines
    at = next(
        k
        for k, ln in enumerate(lines)
        if is_amount_cell(ln.full_text.strip()) or ln.full_text.strip() == cells[1].full_text.split()[0]
    )
    return [*lines[:at], *(replace(lines[at - 1], text=t, marker=None) for t in more), *lines[at:]]
