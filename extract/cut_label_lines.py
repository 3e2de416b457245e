"""A text dump's header labels and title cut over two lines (a card of narrow label cells, a landscape card's
title wrapping in its pane: pdftotext prints a cell's wrapped lines right under each other, ``관리번`` over ``호``,
``공약`` over ``명``, ``… 공약사업 관리`` over ``카드``): no line names a label or a title, so no card is found.

Only where the card split found no card in the file (the fallback of
:func:`pledgecard.extract.cards.extract_card_results`): two lines printed right under each other (the second's line
number the first's next, neither marked as an item) are one where their words joined are exactly a header label
(:func:`~pledgecard.extract.labels.find_labels` spanning the whole) that the first line alone is not, or, joined by
a space or not, a card's title line (:func:`~pledgecard.extract.labels.is_title`) that neither line alone is. The
card then stands on that evidence (its header labels, its title) as any card does, where two labels or more
were cut over their values (every cut label is joined, over its value or not), one naming the pledge (공약명, 관리번호; a title alone proves no header); nothing else is joined."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Source
from pledgecard.extract.labels import find_labels, is_title
from pledgecard.extract.layout import Item, Line

CUT_REST = 4  # characters a cut label's rest holds at most (``호``, ``준일``)


def _whole_label(text: str) -> bool:
    labels = find_labels(text)
    return len(labels) == 1 and labels[0][1] == 0 and labels[0][2] == len(text)


def _right_under(a: Item, b: Item) -> bool:
    if not (isinstance(a, Line) and isinstance(b, Line)) or b.marker is not None:
        return False
    end, start = a.source.line_end or a.source.line_start, b.source.line_start
    return end is not None and start == end + 1


def _label_opens(text: str) -> bool:
    labels = find_labels(text.strip())
    return bool(labels) and labels[0][1] == 0


def rejoined(a: str, b: str) -> str | None:
    """The one line ``a`` over ``b`` are where the module's rule proves them one (a label or a title cut), else
    None."""
    a, b = a.strip(), b.strip()
    if not a or not b:
        return None
    if len(b) <= CUT_REST and " " not in b and _whole_label(a + b) and not _whole_label(a):
        return a + b
    if is_title(a) or is_title(b):
        return None
    return next((t for t in (a + b, f"{a} {b}") if is_title(t) and len(t) <= 60), None)


def over_value(after: str | None, after2: str | None = None) -> bool:
    """Whether a cut label stands over its value: the next line (``after``) opens with no label, nor is it a cut
    one with ``after2``. A box of labels printed apart from their values (pdf2txt) shows none over its value."""
    return (
        after is not None
        and not _label_opens(after)
        and (after2 is None or not _whole_label(after.strip() + after2.strip()))
    )


LABELS_PROVING = 2  # header labels over their values rejoined for a card to stand on them
PLEDGE_FIELDS = frozenset({"title", "mgmt_no"})  # one of them naming the pledge (as a card's header does)


def _joined(items: list[Item]) -> tuple[list[Item], list[str], list[str], bool]:
    """``items`` with each label or title cut over two lines rejoined; the fields of the rejoined labels standing
    over their values, of every rejoined label, and whether a title was rejoined."""
    out: list[Item] = []
    labels: list[str] = []
    every: list[str] = []
    titled = False
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items) and _right_under(a, items[i + 1]) and isinstance(a, Line) and a.marker is None:
            b = items[i + 1]
            assert isinstance(b, Line)
            text = rejoined(a.text, b.text)
            if text is not None:
                src = (
                    replace(a.source, line_end=b.source.line_end or b.source.line_start)
                    if isinstance(a.source, Source)
                    else a.source
                )
                out.append(replace(a, text=text, source=src, printed=None))
                nxt = [it.text for it in items[i + 2 : i + 4] if isinstance(it, Line)]
                titled = titled or is_title(text)
                if not is_title(text):
                    every += [f for f, _, _ in find_labels(text)]
                    if over_value(*nxt[:2]):
                        labels += [f for f, _, _ in find_labels(text)]
                i += 2
                continue
        out.append(a)
        i += 1
    return out, labels, every, titled


def cut_lines_joined(items: list[Item]) -> list[Item] | None:
    """``items`` with each header label or title cut over two lines right under each other one line (see the
    module), or None where fewer than ``LABELS_PROVING`` cut labels over their values were rejoined (a title
    rejoined alone proves no header: pdf2txt's box of cut labels, their rests read as values)."""
    out, labels, _every, _titled = _joined(items)
    return out if len(labels) >= LABELS_PROVING and PLEDGE_FIELDS & set(labels) else None


def label_box_joined(items: list[Item]) -> list[Item] | None:
    """``items`` rejoined (as :func:`cut_lines_joined`) where the card stands on a box of cut labels printed apart
    from any value and a cut title: a title and ``LABELS_PROVING`` labels or more rejoined, one naming the pledge,
    but too few of them over a value for :func:`cut_lines_joined`. A dump whose converter lost the font the
    values are set in (pdfminer's pdf2txt reading no embedded encoding CMap: mutant 4314) prints the labels and
    the title and no value: the card is found, but what follows a label there is no value of it (a heading's
    glyphs, another label's rest), so its header is read from nothing (:func:`header_unprinted`). None
    otherwise."""
    out, labels, every, titled = _joined(items)
    if len(labels) >= LABELS_PROVING and PLEDGE_FIELDS & set(labels):
        return None  # cut_lines_joined's
    return out if titled and len(every) >= LABELS_PROVING and PLEDGE_FIELDS & set(every) else None
