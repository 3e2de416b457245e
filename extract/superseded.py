"""A card that marks its revisions struck through (취소선: the superseded figure or word kept in place, the
one in force after it), read from a text dump, which keeps no strikeout: the two stand side by side and
nothing tells which is struck. The card says it marks them so in a legend (vocabulary ``[revisions]
strike_words``); on such a card a value printed twice over is left null with an ``extract.markup_lost``
finding, never either one: a status of two status words, a goal's target or actual holding two figures of
one unit. (The funding table's surplus figures already leave its cells null: more figures than columns.)

Formats that show the strikeout (HWPX, HWP, PDF) leave struck runs out in their readers
(extract/readers/struck.py); this module then finds nothing to settle."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.coverage import _finding
from pledgecard.extract.layout import Item, Line, item_text
from pledgecard.extract.sections.funding_checks import null_unproven
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.extract.vocabulary import key as vocab_key
from pledgecard.normalize.money import unit_multiplier

Record = dict[str, Any]
_FIGURE = r"(?<![\d,.])\d[\d,]*(?:\.\d+)?"


def legend_line(items: list[Item], v: Vocabulary | None = None) -> Item | None:
    """The card's line naming a strikeout (its legend), when it has one."""
    v = v or current()
    pattern = re.compile(v.alternation("revisions", "strike_words"))
    for it in items:
        if isinstance(it, Line) and pattern.search(item_text(it)):
            return it
    return next((it for it in items if pattern.search(item_text(it))), None)


def _status_words(status: str, v: Vocabulary) -> int:
    """How many of ``status``'s space-parted words are each a status word wholly (``추진중 정상추진``: two, the
    superseded and the one in force; ``추진중(지연)``: one status, no word of two)."""
    return sum(1 for word in status.split() if vocab_key(word) in v.status_words)


def _twice(text: str | None) -> bool:
    """Whether ``text`` prints two figures of one unit (or two bare figures) where one value stands."""
    if not text:
        return False
    found = re.findall(rf"({_FIGURE})\s*([%가-힣㎡㎞a-zA-Z]{{0,3}})", text)
    units = [u for _, u in found]
    return len(found) >= 2 and len(set(units)) < len(units)


def _unproven_rows(funding: Record) -> list[str]:
    """The funding rows read on a card whose revisions a dump lost that no sum proves (in place nulled): a row
    printing as many figures as the head names may still hold a superseded figure beside the one in force
    where another cell printed none, so it stands only where its figures sum to its own total, or every
    column's to the total row's (:func:`~pledgecard.extract.sections.funding_checks.null_unproven`). Rows the
    reader left null in part (a layout dump's cells placed by their printed columns, the doubled ones null) stand
    as read."""
    columns, rows = funding.get("columns") or [], funding.get("rows") or []
    if not columns or not rows:
        return []
    before = {id(r): list(r.get("amounts_krw") or []) for r in rows}
    mult = unit_multiplier(str(funding.get("unit") or "")) or 1
    whole = [r for r in rows if None not in (r.get("amounts_krw") or [None])]
    if len(whole) == len(rows):
        null_unproven(columns, rows, mult, every=True)
    else:  # a row the reader left null in part (its cells placed by their printed columns): as read; the others proven
        for r in whole:
            null_unproven(columns, [r], mult, every=True)
    return [str(r.get("label")) for r in rows if r.get("amounts_krw") != before[id(r)]]


def settle(record: Record, header: Record, items: list[Item], doc_format: str) -> list[dict[str, Any]]:
    """On a text dump of a card whose legend names a strikeout: the values printed twice over set null
    (in place), and the findings saying so."""
    if doc_format != "txt":
        return []
    v = current()
    legend = legend_line(items, v)
    if legend is None:
        return []
    where = legend.source.describe() or None
    left: list[tuple[str, str]] = []  # (the record path left null, what it printed)
    status = header.get("status")
    if isinstance(status, str) and _status_words(status, v) >= 2:
        left.append(("header.status", f"header.status {status!r}"))
        header["status"] = None
        if "status_code" in header:
            header["status_code"] = None
    for i, g in enumerate(record.get("goals") or []):
        for key in ("target", "actual"):
            if _twice(g.get(key)) and g.get(f"{key}_value") is not None:
                left.append((f"goals[{i}].{key}_value", f"goal {g.get('project')!r} {g.get('year')} {key} {g[key]!r}"))
                g[f"{key}_value"] = None
    funding = record.get("funding") or {}
    unproven = _unproven_rows(funding)
    if unproven:
        left.append(("funding", f"funding rows {', '.join(unproven)} left null (their figures fit the columns, no sum "
                                "proves them)"))
    if any(a is None for row in funding.get("rows") or [] for a in row.get("amounts_krw") or []):
        left.append(("funding", "funding cells left null (a revised cell prints two figures)"))
    by_path: dict[str, list[str]] = {}
    for path, said in left:
        by_path.setdefault(path, []).append(said)
    # one finding at each record path left null (a reviewer filtering by part sees it), all at the legend's line
    return [_finding("extract.markup_lost", path,
                     "the card marks its superseded figures and words struck through, which a text dump cannot show: "
                     "superseded and in-force values stand side by side, left null: " + "; ".join(said),
                     observed=said, source=where)
            for path, said in by_path.items()]
