"""A bullet item's rest hung under its text after a short first line (:mod:`textjoin`).

The class fixed: a hand-typed card breaks a bullet item early, its first line a word or two, and prints the
rest on the next line indented under the item's text, closing on the item's date (``◦ 어르신`` /
``   반찬 나눔 협약 체결 : '24. 3.``). The joiner takes a short line for one that did not wrap, so the rest
stood alone: an unmarked line among items that no section placed (its text and date reached no item).
A line so hung, right of the item's marker, closing on a date after a colon, under an item closing on none,
is the item's rest however short its first line - unless another unmarked line at the same indent closing
on its date follows (a list of dated lines under a short label: each a line of its own). So is the one
line hung there undated, no date alone (``◦ 일평균 이용`` / ``   어르신 140명``), under an item that is no template label
(``◦ 주요내용`` over its contents' lines keeps them apart); so is a hung line opening on a colon, a label's value
(``◦ 사업기간`` / ``   : 2023. 1. ~ 2027. 6.``).
"""

from __future__ import annotations

from pledgecard.extract.document import Paragraph
from pledgecard.extract.labels import find_labels, norm_label, section_of
from pledgecard.extract.textjoin_glue import ends_with_date
from pledgecard.extract.textjoin_shapes import closes_on_date, starts_new_block
from pledgecard.extract.vocabulary import Vocabulary, current, key
from pledgecard.normalize.dates import is_date

TEXT_SLACK = (
    2  # indent levels right of an item's text start a hung line may still stand (a hand-typed indent)
)


def hung_rest(prev: Paragraph, p: Paragraph, nxt: Paragraph | None) -> bool:
    """Whether ``p`` is the rest of the bulleted item ``prev`` whose first line was short: ``p`` unmarked,
    indented past ``prev``'s marker, under an item closing on no date; ``p`` closing on a date after a colon
    with no second such line at its indent after it (``nxt``: the line after ``p``), or ``p`` the one line
    hung there (``nxt`` marked, less indented or none) under an item that is no label of the template."""
    if not hung_under(prev, p) or ends_with_date(prev.text):
        return False
    if hung_value(prev, p):
        return True
    below = nxt is not None and nxt.marker is None and nxt.indent >= p.indent
    if closes_on_date(p.text):
        return not (below and nxt is not None and nxt.indent == p.indent and closes_on_date(nxt.text))
    return (
        not below
        and not prev.text.rstrip().endswith(":")
        and not _template_label(prev.text)
        and not is_date(p.text)
    )


def hung_under(prev: Paragraph, p: Paragraph) -> bool:
    """Whether the unmarked ``p`` hangs under the text of the bulleted ``prev``: right of its marker, no
    further right than its text's start and a little slack (indents count two columns; a line far right of the
    item's text is a table's cell beside it, ``2026년`` over a schedule's months under ``[7] 추진일정``)."""
    if p.marker is not None or prev.marker is None:
        return False
    return prev.indent < p.indent <= prev.indent + (len(prev.marker) + 1) // 2 + TEXT_SLACK


def _overview_labels(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for words in v.table("overview").values() for w in words)


def _template_label(text: str) -> bool:
    """A line that is a label of the template (a section's, a header's, an overview's: ``주요내용``): its lines
    under it are its values, each a line of its own."""
    return (
        starts_new_block(text)
        or bool(find_labels(text))
        or section_of(text) is not None
        or norm_label(text) in current().build(_overview_labels)
    )


def boxed_dated_rest(prev: Paragraph, p: Paragraph, nxt: Paragraph | None) -> bool:
    """Whether ``p`` is the dated rest of an item a box bullets (``□ 청년농업`` / ``   관련 현장 건의 18건 검토 : 2024년
    2월``): a box heads a block or a label elsewhere, so only a line hung under it closing on its date after a colon
    (:func:`hung_rest`), or a label's value opening on its colon (``□ 사업기간`` / ``   : 2022 ~ 2028``), is its
    rest."""
    return (closes_on_date(p.text) or hung_value(prev, p)) and hung_rest(prev, p, nxt)


def hung_value(prev: Paragraph, p: Paragraph) -> bool:
    """A line hung under the bulleted line ``prev``, opening on a colon and a value after it (``: 2023. 1. ~ 2027.
    6.``): the rest of the label above, never a line of its own (its figures no table's row)."""
    return hung_under(prev, p) and p.text.startswith(":") and bool(p.text[1:].strip())
