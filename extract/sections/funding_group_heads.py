"""A transposed funding table's head of two rows whose top row holds a group source spanning its members
(``구분 계 국비 지방비 민자`` over ``소계 도비 군비``: 지방비 over 도비 and 군비, vocabulary
``[funding_source_groups]``), the other top cells spanning both rows. A dump prints the two head rows as two
lines, the lower one shorter: read cell by cell, the rows' figures fall under the wrong labels. This module's
one job is the head's columns in printed order: the group's cell replaced by the members under it, a total
word among them (소계) the group's own column (the members' sum, the same money: the caller drops it once
every row's sums prove it). Only where exactly one top cell names a group and every word of the lower line
names a member of that group (each once) or one total; None otherwise. A grid a reader set from such a dump
(its aligned block placing the lower row's cells where they fall) gets the same one head row."""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.extract.sections.funding_column_heads import gubun_pattern
from pledgecard.extract.sections.funding_source_labels import source_labels
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit, funding_source


def group_spanned(labels: list[str], below: list[str]) -> tuple[list[str], int | None, list[int]] | None:
    """The head's columns (``labels`` with the group's cell replaced by the ``below`` line's labels, a total
    word there named as the group), the index of the group's own column among them (None if it prints none)
    and the indexes of its members; None unless the lower line parts into the group's members as the module
    says."""
    groups = current().table("funding_source_groups")
    at = [k for k, lab in enumerate(labels) if funding_source(unspaced(lab)) in groups]
    parts = source_labels(below) if below else None
    if len(at) != 1 or not parts or len(parts) < 2:
        return None
    group = labels[at[0]]
    members = current().words("funding_source_groups", funding_source(unspaced(group)) or "")
    kinds = [funding_source(unspaced(p)) for p in parts]
    owns = [k for k in kinds if k != "total"]
    if (
        kinds.count("total") > 1
        or len(owns) < 2
        or len(set(owns)) != len(owns)
        or any(o not in members for o in owns)
    ):
        return None
    flat = [
        *labels[: at[0]],
        *(group if kind == "total" else p for p, kind in zip(parts, kinds, strict=True)),
        *labels[at[0] + 1 :],
    ]
    own = next((at[0] + k for k, kind in enumerate(kinds) if kind == "total"), None)
    return flat, own, [at[0] + k for k, kind in enumerate(kinds) if kind != "total"]


def group_head_grid(grid: list[list[str]]) -> list[list[str]] | None:
    """A grid whose first two rows are such a head (a dump's aligned block setting the lower row's cells by
    where they fall, not under the group: ``구분 계 국비 지방비 민자`` over ``소계 도비 군비`` placed after 지방비)
    with one head row of the columns in printed order over the body's rows, their cells in printed order; only
    where every body row prints a label and one cell a column (a zero as a dash; a blank cell leaves the grid as
    it is), and the top row's first cell names no source (the corner). None otherwise. The group's own column
    (소계) is named as the group, a row of it beside its members' (the sums decide downstream)."""
    if len(grid) < 4:
        return None
    top, low = ([c for c in row if c.strip()] for row in grid[:2])
    if (
        len(top) < 3
        or any(is_amount_cell(c) for c in top + low)
        or funding_source(unspaced(top[0])) is not None
    ):
        return None
    spanned = group_spanned(top[1:], low)
    if spanned is None:
        return None
    body = [[c for c in row if c.strip()] for row in grid[2:]]
    if any(
        len(row) != len(spanned[0]) + 1
        or is_amount_cell(row[0])
        or not all(is_amount_cell(c) for c in row[1:])
        for row in body
    ):
        return None
    return [[top[0], *spanned[0]], [""] * (len(spanned[0]) + 1), *body]  # (the rows where they were printed)


def joined_group_head(lines: list[Line]) -> tuple[int, tuple[list[str], int | None, list[int]]] | None:
    """Such a head a dump printed as one run of words before the rows (``구분 계 국비`` / ``지방비`` / ``민자`` /
    ``소계 도비 군비``, or a cell a line joined): the lower row's cells are the words after the top row's, the
    trailing run of the group's members (and one total word) after the group; with the first row's line. None
    unless the words (the corner's taken off) are all sources' labels, the first row right after them."""
    first = next((k for k, ln in enumerate(lines) if _period_line(ln.full_text.split())), None)
    if not first:
        return None
    start = first
    while start > 0 and _head_words(lines[start - 1].full_text):
        start -= 1
    toks = (
        current().build(gubun_pattern).sub(" ", " ".join(ln.full_text for ln in lines[start:first])).split()
    )
    labels = source_labels(toks) if toks else None
    groups = current().table("funding_source_groups")
    at = [k for k, lab in enumerate(labels or []) if funding_source(unspaced(lab)) in groups]
    if labels is None or len(at) != 1:
        return None
    members = current().words("funding_source_groups", funding_source(unspaced(labels[at[0]])) or "")
    cut = len(labels)
    while cut > at[0] + 1 and funding_source(unspaced(labels[cut - 1])) in (*members, "total"):
        cut -= 1
    spanned = group_spanned(labels[:cut], labels[cut:])
    return (first, spanned) if spanned is not None else None


def _head_words(text: str) -> bool:
    toks = text.split()
    return bool(toks) and not any(is_amount_cell(t) for t in toks) and not find_unit(text)


def _period_line(toks: list[str]) -> bool:
    return len(toks) >= 3 and not is_amount_cell(toks[0]) and all(is_amount_cell(t) for t in toks[1:])
