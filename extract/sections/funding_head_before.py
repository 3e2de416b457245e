"""A funding table's head a converter printed above the funding section's heading, at the tail of the section before.

pdfminer.six's ``pdf2txt.py`` prints a page's text boxes in the order of their top-left corners: where a section's
heading stands in a label column left of its table and lower than the table's top (a heading centred on its cell), the
table's head boxes print before the heading, the table's rows after it (dasom-district 13 pdf2txt: ``(단위 : 백만원)``
/ ``구분`` / ``연도별 투자 실적 및 계획`` / ``계`` / ``2022`` ... ``2028 임기 후`` / ``나. 재원투자`` / ``계`` /
``11,627 10,866 ...``). The head was read as the overview's contents and the funding rows, headless, went unread.

The run is moved to the start of the funding section where the dump proves it the funding table's head: it is the
whole tail of the section before (nothing after it there), every line of it unmarked and a head cell of a funding
table (a money unit line, the label column's corner word, a period or total head, two period heads on one line, or a
spanning head naming the funding section), holding a money unit line and two period heads or more; and the funding
section prints no period head of its own before its first amount, opening with a row's label (a source or a total
word). Any other shape is left as printed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pledgecard.extract.document import Table
from pledgecard.extract.labels import section_of
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import CLOSE_BRACKETS, OPEN_BRACKETS
from pledgecard.extract.section_items import SectionItems
from pledgecard.extract.sections.funding_cells import is_amount_token
from pledgecard.extract.sections.funding_column_heads import classify_column, gubun_pattern, is_period_head
from pledgecard.extract.sections.funding_source_labels import source_label
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import find_unit

FUNDING = "funding"
MIN_PERIODS = 2  # period heads the run holds at least
PERIOD_KINDS = ("year", "prior", "after_term")


def _periods(text: str) -> int:
    """How many period or total heads ``text`` is (one, or a year and a period head after it: ``2028 임기 후``), 0
    when it is none."""
    if is_period_head(text):
        return 1
    first, _, rest = text.partition(" ")
    return 2 if classify_column(first)["kind"] == "year" and rest and is_period_head(rest) else 0


def _unit_line(text: str) -> bool:
    """A line holding a money unit and no figure (``(단위 : 백만원)``)."""
    return find_unit(text) is not None and not any(ch.isdigit() for ch in text)


def _head_cell(text: str) -> bool:
    return (
        _unit_line(text)
        or bool(gubun_pattern(current()).fullmatch(text))
        or _periods(text) > 0
        or section_of(text) == FUNDING
    )


def _head_tail(items: list) -> int:
    """Where the run of funding head cells closing ``items`` starts (``len(items)`` when there is none proven)."""
    k = len(items)
    while k > 0 and isinstance(items[k - 1], Line) and items[k - 1].marker is None:
        text = items[k - 1].full_text.strip()
        if not text or not _head_cell(text):
            break
        k -= 1
    texts = [it.full_text.strip() for it in items[k:]]
    periods = sum(_periods(t) for t in texts if classify_column(t)["kind"] != "total")
    if not any(_unit_line(t) for t in texts) or periods < MIN_PERIODS:
        return len(items)
    return k


def _headless(items: list) -> bool:
    """Whether a funding section opens with a row's label and prints no period head before its first amount."""
    if not items or not isinstance(items[0], Line) or items[0].marker is not None:
        return False
    if source_label([items[0].full_text.strip()]) is None:
        return False
    for it in items:
        if not isinstance(it, Line):
            return False
        text = it.full_text.strip()
        if classify_column(text)["kind"] in PERIOD_KINDS or _unit_line(text):
            return False
        if any(is_amount_token(w) for w in text.split()):
            return True
    return False


def funding_head_home(sections: Sequence[SectionItems]) -> None:
    """Move a funding table's head printed at the tail of the section before its heading to the funding section's
    start (in place), where the module's proof holds."""
    for before, sec in zip(sections, sections[1:], strict=False):
        if sec.name != FUNDING or before.name == FUNDING or not _headless(sec.items):
            continue
        k = _head_tail(before.items)
        if k == len(before.items):
            continue
        run = before.items[k:]
        del before.items[k:]
        sec.items[:0] = run


_BRACKETED = re.compile(
    rf"[{re.escape(OPEN_BRACKETS)}]([^{re.escape(OPEN_BRACKETS + CLOSE_BRACKETS)}]{{1,20}})[{re.escape(CLOSE_BRACKETS)}]"
)


def _states_unit(sec: SectionItems) -> bool:
    """Whether the funding section states a money unit of its own: in its heading, in any of its lines or tables
    (a unit line, a head cell ``구분(천원)``, a caption), a unit in brackets amid words counted too."""
    texts = [sec.heading or ""] + [
        it.full_text if isinstance(it, Line) else _table_text(it) for it in sec.items
    ]
    return any(find_unit(t) or any(find_unit(f"({g})") for g in _BRACKETED.findall(t)) for t in texts)


def _table_text(it: object) -> str:
    return it.text() if isinstance(it, Table) else ""


def funding_unit_home(sections: Sequence[SectionItems]) -> None:
    """Move a money unit line closing the section before the funding section's heading (a caption printed over the
    heading, far from its table: ``(단위: 백만원)`` / ``2. 연도별 투자계획``) to the funding section's start (in
    place), where the funding section prints no unit line of its own: the unit is the funding table's, never a
    line of the section above; never where the section above prints another unit line too (which is the
    table's is then unproven)."""
    for before, sec in zip(sections, sections[1:], strict=False):
        if sec.name != FUNDING or before.name == FUNDING or not before.items:
            continue
        last = before.items[-1]
        if not isinstance(last, Line) or last.marker is not None or not _unit_line(last.full_text.strip()):
            continue
        if _states_unit(sec):
            continue  # the funding states its own unit (a line, its heading, a head cell): the table's wins
        if any(isinstance(it, Line) and _unit_line(it.full_text.strip()) for it in before.items[:-1]):
            continue  # another unit line above it too: which one is the table's is unproven (left as printed)
        sec.items.insert(0, before.items.pop())
