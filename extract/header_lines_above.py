"""Where a card whose header starts at its 공약명 label begins when header label lines print above that label:
the lines walked back over are the header's label lines, each as a line of its own or followed by its value's
line (a dump that prints a header table a cell a line: ``작성기준일`` / ``'24년 제3분기 현재`` / ``공약명`` / ...,
pdftotext's default mode and pdf2txt of a header table whose title line prints later, or not above it). A value's
line is a plain line: no item marker, no label opening it, no section heading, no card title; and its label's line
is the label alone (or a label:value shape), never a previous card's last line opening with a label word; or a label
line whose last label a narrow cell wrapped onto the line under it (``분 야 4 순 번 60 추 진`` / ``상 황 추진중(부진)``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.labels import VALUE_EDGES, find_labels, is_title
from pledgecard.extract.layout import Item, Line

if TYPE_CHECKING:
    from collections.abc import Callable

VALUE_CHARS = 60  # a header value's line, at most (a pledge's name, a list of departments)


def value_line(it: Item) -> bool:
    """A line that may be a header label's value printed on a line of its own."""
    if not isinstance(it, Line) or it.marker is not None or not it.text.strip() or len(it.text) > VALUE_CHARS:
        return False
    labels = find_labels(it.full_text)
    return not (labels and labels[0][1] == 0) and heading_of(it) is None and not is_title(it.text)


def opening_label(it: Item, labels: list[tuple[str, int, int]] | None = None) -> tuple[str, str] | None:
    """The header field of the label opening a line and the text after that label (``관리번호`` -> its field and
    ``""``); None when no label opens the line. ``labels`` the line's labels when already found."""
    if not isinstance(it, Line):
        return None
    labels = find_labels(it.full_text) if labels is None else labels
    if not labels or labels[0][1] != 0:
        return None
    return labels[0][0], it.full_text[labels[0][2] :].strip()


def _label_alone(it: Item) -> bool:
    """A label line a value's line under it may belong to: a header label standing alone on its line (``작성기준일``)
    or opening a label:value shape (``작성기준일 :``), not a label word opening a sentence (``추진상황 점검 회의``, a
    previous card's last plan item)."""
    got = opening_label(it)
    return got is not None and (not got[1] or got[1][0] in VALUE_EDGES.strip())


def header_start_above(
    items: list[Item], start: int, lo: int, header_line: Callable[[Item], bool], stop: Callable[[Item], bool]
) -> int:
    """The first item of the header lines printed right above item ``start`` (after item ``lo``): label lines
    (``header_line``, not ``stop``: another 공약명), each maybe with its value's line under it. A card's header
    prints each field once: a label line naming a field the header from ``start`` prints again is no part of it
    (a cover memo's sender block above a card with no title line: ``전화번호 … / 담당자 …`` over the card's own
    담당자 and 연락처), and the walk stops there."""
    below = _fields_from(items, start, header_line)
    while start - 1 > lo:
        k = start - 1
        if _fields(items[k]) & below:
            break
        if header_line(items[k]) and not stop(items[k]):
            start = k
        elif (
            k - 1 > lo
            and header_line(items[k - 1])
            and not stop(items[k - 1])
            and wrapped_label(items[k - 1], items[k])
            and not _fields(items[k - 1]) & below
        ):
            start = k - 1  # a label line whose last label runs on onto the line under it (추 진 / 상 황 …)
        elif (
            k - 1 > lo
            and value_line(items[k])
            and header_line(items[k - 1])
            and not stop(items[k - 1])
            and _label_alone(items[k - 1])
            and not _fields(items[k - 1]) & below
        ):
            start = k - 1
        else:
            break
    return start


HEADER_SPAN = 12  # the items a card's header takes from its 공약명 at most


def wrapped_label(above: Item, it: Item) -> bool:
    """Whether a header label opens in ``above``'s last words and ends in ``it``'s first (``분 야 4 순 번 60 추 진`` over
    ``상 황 추진중(부진)``: a dump's narrow cell wrapped the spaced label 추진 상황 over two lines); ``it`` a plain line
    (no marker, no heading, no card title)."""
    if not (isinstance(above, Line) and isinstance(it, Line)) or it.marker is not None:
        return False
    if heading_of(it) is not None or is_title(it.text):
        return False
    cut = len(above.full_text)
    return any(a < cut < b for _, a, b in find_labels(f"{above.full_text} {it.full_text}"))


def _fields(it: Item) -> set[str]:
    """The header fields a line's labels name."""
    return {f for f, _, _ in find_labels(it.full_text)} if isinstance(it, Line) else set()


def _fields_from(items: list[Item], start: int, header_line: Callable[[Item], bool]) -> set[str]:
    """The header fields the header lines from item ``start`` name, up to its first section heading."""
    out: set[str] = set()
    for it in items[start : start + HEADER_SPAN]:
        if heading_of(it) is not None:
            break
        if header_line(it):
            out |= _fields(it)
    return out
