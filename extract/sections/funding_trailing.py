"""Row labels a dump printed apart from a funding table's rows (``pdftotext`` in its default mode
prints a cell spanning rows, or a row's label centred in a tall cell, out of the table's order):
``합계`` / ``국비`` / ``지방비`` / ``민자`` after the last amount, or amid the head's column labels (one run of
source labels there), the table printed one cell a line.

The rows whose labels went missing are known from the table itself: a run of amounts with no label
before it (a row's amounts number the same as every labelled row's) lost its label, and a run of labelled
rows closed by a subtotal row (``국고보조금`` / ``특별교부세`` / ``소계``) lost the label of the cell spanning
them. When those places number exactly as many as the labels printed after the table, and every
subtotal is the sum of its rows, the labels go back to them in order: a row's label before its
amounts, a spanning label before its first row's label (as a dump prints a spanning cell in place).
Anything else is left as printed.
"""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_sum_rule import adds_up
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source, parse_amount


def _amount(text: str) -> bool:
    return parse_amount(text, 1) is not None and not any(ch.isalpha() for ch in text)


def _subtotal(text: str) -> bool:
    return key(text) in {key(w) for w in current().words("totals", "sub")}


def _sums(rows: list[list[str]]) -> bool:
    """Whether the last row is the sum of the rows before it, cell by cell (to a thousandth)."""
    values = [[parse_amount(c, 1) for c in r] for r in rows]
    if any(v is None for r in values for v in r):
        return False
    return all(adds_up(col[:-1], col[-1]) for col in zip(*values, strict=True))  # type: ignore[arg-type]


def _head_run(head: list[str]) -> list[int]:
    """The one run of two or more lines of the head (before the first amount) each a source label, a
    source's among them, that the dump printed amid the column labels (``2019년`` / ``합계`` / ``국비`` /
    ``지방비`` / ``민자`` / ``2020년``); none when there is no such run or more than one."""
    runs: list[list[int]] = [[]]
    for k, t in enumerate(head):
        if funding_source(t) is not None and not _subtotal(t):
            runs[-1].append(k)
        elif runs[-1]:
            runs.append([])
    found = [r for r in runs if len(r) >= 2 and any(funding_source(head[k]) != "total" for k in r)]
    return found[0] if len(found) == 1 else []


def labels_after_rows(lines: list[Line]) -> list[Line] | None:
    """``lines`` (one cell each) with the row labels printed apart from the table's rows put back where
    the table's rows prove them (see the module's docstring); None when they cannot be."""
    shown = [ln for ln in lines if ln.full_text.strip()]
    texts = [ln.full_text.strip() for ln in shown]
    last = max((k for k, t in enumerate(texts) if _amount(t)), default=None)
    if last is None:
        return None
    first = next(k for k, t in enumerate(texts) if _amount(t))
    apart = list(range(last + 1, len(texts)))
    if not apart:
        apart = _head_run(texts[:first])
    tail = [texts[k] for k in apart]
    if len(tail) < 2 or any(funding_source(t) is None or _subtotal(t) for t in tail):
        return None
    # the body: runs of amounts, each after a label line or none
    runs: list[tuple[int | None, list[int]]] = []  # (the label's index, the amounts' indexes)
    k = first
    while k <= last:
        if _amount(texts[k]):
            start = k
            while k <= last and _amount(texts[k]):
                k += 1
            label = start - 1 if start > first and not _amount(texts[start - 1]) else None
            runs.append((label, list(range(start, k))))
        else:
            if k + 1 > last or not _amount(texts[k + 1]):
                return None  # two word lines in a row inside the body: no table of one cell a line
            k += 1
    widths = [len(a) for lab, a in runs if lab is not None]  # a labelled run: its row, and rows after it
    if not widths:
        return None
    n = min(widths)
    if n < 2 or any(len(a) % n for _, a in runs):
        return None
    # the places whose label is missing, in print order: ("row", first amount) or ("span", first label)
    places: list[tuple[str, int]] = []
    group: list[tuple[int | None, list[int]]] = []
    for lab, amounts in runs:
        rows = [amounts[j : j + n] for j in range(0, len(amounts), n)]
        if lab is not None:
            if _subtotal(texts[lab]):
                if len(group) < 2 or not _sums(
                    [[texts[i] for i in r] for _, r in group] + [[texts[i] for i in rows[0]]]
                ):
                    return None
                places.append(("span", group[0][0]))  # type: ignore[arg-type]
                group = []
            else:
                group.append((lab, rows[0]))
            rows = rows[1:]
        for r in rows:  # amounts past a row's own: rows whose labels are missing
            places.append(("row", r[0]))
            group = []
    if len(places) != len(tail):
        return None
    before = {at: label for (_, at), label in zip(places, tail, strict=True)}
    out: list[Line] = []
    for k, ln in enumerate(shown[: last + 1]):
        if k in apart:
            continue
        if k in before:
            out.append(replace(ln, text=before[k], marker=None))
        out.append(ln)
    return out
