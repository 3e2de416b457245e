"""A channel table a converter printed one cell a line: the cells in print order, label-count pairs, stray counts."""

from __future__ import annotations

from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.outreach_words import (
    category_of,
    count_cell,
    default_unit,
    is_total_label,
    is_value_line,
    outreach_item,
    split_header,
    with_total_raw,
)
from pledgecard.normalize.text import fold
from pledgecard.record import Outreach, OutreachItem


def _continues(pieces: list[str], text: str) -> bool:
    """Whether a line goes on with the channel label above it rather than starting one: a label
    left open (``주민간담회·`` / ``간담회, 공청회`` over ``등``) or a line naming no channel."""
    cat = category_of(text)
    return (
        cat is None
        or pieces[-1].endswith((",", "，", "·", "ㆍ", "/"))
        or category_of(" ".join(pieces)) == cat
        and not is_total_label(text)
    )


def from_cells(lines: list[Line]) -> Outreach | None:
    """A channel table a converter printed one cell a line out of the table's order (pdftotext's
    reading order: ``계`` / ``7회`` / the labels / the counts, the total's count printed amid the
    labels, a label wrapped over two lines printed in pieces). The total's count is the one count
    that is the sum of all the others (one count per channel and the total's, the total word
    printed); the channels' counts are read in print order only where the print falls into
    blocks, each a run of labels and then as many counts (:func:`_counts_in_blocks`; a label in
    pieces among others moves its count elsewhere in print order, so which count is whose is not
    known then: the channels and the total stay)."""
    labels: list[list[str]] = []
    values: list[str] = []
    events: list[str] = []  # print order: "L" a label starts, "C" a label goes on, "V" a count
    total_word = False
    for ln in lines:
        text = fold(ln.full_text)
        toks = is_value_line(text)
        if toks is not None:
            if len(toks) != 1:
                return None
            values.append(toks[0])
            events.append("V")
        elif is_total_label(text):
            if total_word or values:  # the total's word once, before the counts (amid the labels: a
                return None  # wrapped label's pieces printed around it)
            total_word = True
        elif labels and _continues(labels[-1], text):
            if len(text.split()) > 2:
                return None
            labels[-1].append(text)
            events.append("C")
        elif category_of(text) and len({c for _, c in split_header(text)}) == 1:
            labels.append([text])
            events.append("L")
        else:
            return None
    if not total_word or len(labels) < 2 or len(values) != len(labels) + 1:
        return None
    parsed = [count_cell(v) for v in values]
    counts = [c for c, _ in parsed]
    if None in counts:
        return None
    whole = sum(counts)  # type: ignore[arg-type]
    at = [i for i, c in enumerate(counts) if 2 * c == whole]  # type: ignore[operator]
    if len(at) != 1:
        return None
    total, unit = parsed[at[0]]
    rest = values[: at[0]] + values[at[0] + 1 :]
    # the counts in print order: the total's count first, then blocks of labels and their counts
    in_order = at[0] == 0 and _counts_in_blocks(_without_total_count(events), labels)
    items = [
        outreach_item(fold(" ".join(p)), category_of(" ".join(p)) or "other", rest[i] if in_order else "")
        for i, p in enumerate(labels)
    ]
    return with_total_raw({"unit": unit or default_unit(), "total": total, "items": items}, values[at[0]])


def trailing_counts(items: list[Item]) -> tuple[Line, ...]:
    """The lines closing ``items`` (the card's sections after the outreach) that print nothing but
    one count each (``-`` / ``3``): the channel table's last cells a dump printed past the page's
    footer; none when a table or another line closes them, or when a channel's label stands right above them
    (that channel's cells printed past the footer with their label: its count, no cell of the table's rows;
    narae-city 29012 pdftotext, ``언론, 방송`` / ``47`` read as 기타's count)."""
    run: list[Line] = []
    for k in range(len(items) - 1, -1, -1):
        it = items[k]
        toks = is_value_line(fold(it.full_text)) if isinstance(it, Line) else None
        if toks is None or len(toks) != 1:
            if run and isinstance(it, Line) and category_of(fold(it.full_text)):
                return ()
            break
        run.insert(0, it)
    return tuple(run)


def label_count_pairs(lines: list[Line]) -> Outreach | None:
    """A table of a channel a row printed one cell a line, each label's line right above its count's
        (``주민간담회·공청회 등`` / ``-`` / ``만족도 조사`` / ``1`` / ... / ``계`` / ``147회``), amid lines of other
        tables a dump printed there too (no label, no count after a label: passed over; so too the line
        right after a count, the row's note cell, whatever its words, unless it names a channel no row
    reads: then it is a label whose count a dump printed elsewhere, ``pdf2txt.py`` printing two
    labels' cells and then their counts). Read only where
        it proves itself: every channel label is so followed, each channel once, the total word's count
        the sum of the channels' (two or more)."""
    texts = [fold(ln.full_text) for ln in lines]
    items: list[OutreachItem] = []
    total: tuple[int, str | None, str] | None = None
    k = 0
    after_pair = -1  # the line right after the last pair read
    skipped: set[str] = set()  # the channels of the note cells passed over
    while k < len(texts):
        text = texts[k]
        is_total = is_total_label(text)
        if not is_total and not (category_of(text) and len({c for _, c in split_header(text)}) == 1):
            k += 1
            continue
        toks = is_value_line(texts[k + 1]) if k + 1 < len(texts) else None
        if (toks is None or len(toks) != 1) and k == after_pair:
            if not is_total:
                skipped.add(category_of(text) or "other")
            k += 1  # the row's note cell right after its count (설명회), a channel's word or not
            continue
        if toks is None or len(toks) != 1:
            return None  # a label whose count is printed elsewhere: which count is whose is not shown
        count, unit = count_cell(toks[0])
        if count is None:
            return None
        if is_total:
            if total is not None:
                return None
            total = (count, unit, toks[0])
        else:
            items.append(outreach_item(text, category_of(text) or "other", toks[0]))
        k += 2
        after_pair = k
    if total is None or len(items) < 2 or len({i["category"] for i in items}) != len(items):
        return None
    if sum(i["count"] or 0 for i in items) != total[0]:
        return None
    if skipped - {i["category"] for i in items}:
        return None  # a note cell naming a channel no row reads: a label whose count printed elsewhere
    return with_total_raw({"unit": total[1] or default_unit(), "total": total[0], "items": items}, total[2])


def _without_total_count(events: list[str]) -> list[str]:
    """The print order of a channel table's cells without the first count (the total's)."""
    k = events.index("V")
    return events[:k] + events[k + 1 :]


def _counts_in_blocks(events: list[str], labels: list[list[str]]) -> bool:
    """Whether the channels' labels and counts print as blocks, each a run of labels and then as
    many counts, the counts in their labels' order: a table printed row by row (every label, then
    every count) or column by column (a label, its count) or in blocks of columns between (a
    wrapped label's column printed apart: ``간담회, 공청회`` / ``등`` / ``4``, then the others row by
    row). A label in pieces shares its block with no other label (a dump prints the count of a
    wrapped label among others elsewhere: after the others' counts), and a label never goes on
    after a count."""
    blocks: list[tuple[list[int], int]] = []  # (the labels of a block, its count of counts)
    n = -1
    prev = ""
    for ev in events:
        if ev == "C" and prev == "V":
            return False
        if ev == "L":
            n += 1
            if not blocks or prev == "V":
                blocks.append(([], 0))
            blocks[-1][0].append(n)
        elif ev == "V":
            if not blocks:
                return False
            blocks[-1] = (blocks[-1][0], blocks[-1][1] + 1)
        prev = ev
    return bool(blocks) and all(
        len(ls) == m and (len(ls) == 1 or all(len(labels[i]) == 1 for i in ls)) for ls, m in blocks
    )
