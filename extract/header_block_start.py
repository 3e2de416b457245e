"""Where a card's header starts when no line opens with the pledge's name: a line opening with 관리번호 over the
header's other label lines, one of which names the pledge after another label (``관리번호 5-11 실천목표 …`` over
``담 당 자 모혜연 (7512) 공 약 명 물빛시형 …``: a header a dump printed two labels a line, in an order of its own)."""

from __future__ import annotations

from pledgecard.extract.labels import find_labels
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.vocabulary import current, key

BLOCK_LINES = 6  # the header's label lines read on from its first, at most
HEADER_FIELDS = 3  # the fields a line of labels alone names, at least, to be a header's band of labels


def _fields(it: Item) -> list[str]:
    """The header fields a line's labels name, in printed order, when the line opens with one (else none)."""
    if not isinstance(it, Line):
        return []
    labels = find_labels(it.full_text)
    return [f for f, _, _ in labels] if labels and labels[0][1] == 0 else []


def opens_header_block(items: list[Item], i: int) -> bool:
    """Whether line ``i`` opens with 관리번호 and the header's label lines right under it (each opening with a
    label) name the pledge (공약명) on one of them after another label (one opening with 공약명 starts the card
    itself: ``cards._starts_with_name_label``)."""
    fields = _fields(items[i])
    if not fields or fields[0] != "mgmt_no" or "title" in fields:
        return False
    for it in items[i + 1 : i + 1 + BLOCK_LINES]:
        below = _fields(it)
        if not below:
            return False
        if "title" in below:
            return below[0] != "title"  # (a line opening with 공약명 starts the card itself)
    return False


def label_band(it: Item) -> bool:
    """Whether ``it`` is a line of header labels and nothing else, three fields or more, one of them naming the
    pledge by a strong label (``추진상태 관리번호 공약사업명 담당``, ``담 당 자 전화번호 추진상황 공 약 명 실천목표``):
    a header printed as bands, a row of labels over a row of their values, whose pledge label opens no line
    (mutants 4200, 4231 txt: no card found under a title printed without a kind word, 공약 실천계획)."""
    if not isinstance(it, Line) or it.marker is not None:
        return False
    text = it.full_text
    labels = find_labels(text)
    if len({f for f, _, _ in labels}) < HEADER_FIELDS or not labels or labels[0][1] != 0:
        return False
    rest = (
        "".join(text[b:a] for (_, _, b), (_, a, _) in zip(labels, labels[1:], strict=False))
        + text[labels[-1][2] :]
    )
    weak = {key(w) for w in current().words("header_weak")}
    return not rest.strip() and any(f == "title" and key(text[a:b]) not in weak for f, a, b in labels)
