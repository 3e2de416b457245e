"""A channel table a dump printed one cell a line whose labels of two or more rows came out together,
then their counts together (pdftotext printing a block of cells: ``언론·방송`` / ``기타`` / ``105`` /
``-``): the first label was read as the note of the row above and the count of the one before the
last given to the last (a 105 of 언론·방송 read as 기타's).

The run is dealt in order, a label then its count, only where the cells prove it: ``k`` (two or
more) labels, then exactly ``k`` lines of one count each, then no count; and every other row of the
table prints its label and exactly one count (a table of one count a row, no column of other
figures): a label standing with no count of its own is then not a blank cell but one of the run.

A blank row (``만족도 조사`` with no count) then a row with a count and a note figure (``전문가 자문`` /
``3`` / ``40명`` under a 비고 head) prints the same cells as a run of two: the run is dealt only where
its counts are proven, the channels' counts dealt adding up to the printed total (계), or, where no
total is printed, no note column in the head (vocabulary ``[note_column]``) that could hold a second
figure of a row.
"""

from __future__ import annotations

from pledgecard.extract.layout import Line
from pledgecard.extract.sections.outreach_words import category_of, count_cell, is_total_label, is_value_line
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.text import fold


def _is_label(text: str) -> bool:
    return bool(category_of(text) or is_total_label(text)) and is_value_line(text) is None


def _is_count(text: str) -> bool:
    toks = is_value_line(text)
    return toks is not None and len(toks) == 1


def _runs(texts: list[str]) -> list[tuple[int, int]]:
    """(start, k) of each run of ``k`` labels followed by ``k`` counts and then no count."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not _is_label(texts[i]):
            i += 1
            continue
        k = 0
        while i + k < len(texts) and _is_label(texts[i + k]):
            k += 1
        counts = texts[i + k : i + 2 * k]
        after = texts[i + 2 * k] if i + 2 * k < len(texts) else ""
        if k >= 2 and len(counts) == k and all(map(_is_count, counts)) and is_value_line(after) is None:
            out.append((i, k))
            i += 2 * k
        else:
            i += k
    return out


def _one_count_a_row(texts: list[str], skip: set[int]) -> bool:
    """Whether every label outside the runs is followed by exactly one count (then no count)."""
    for k, t in enumerate(texts):
        if k in skip or not _is_label(t):
            continue
        n = 0
        while k + 1 + n < len(texts) and k + 1 + n not in skip and _is_count(texts[k + 1 + n]):
            n += 1
        if n != 1:
            return False
    return True


def _proven(texts: list[str], runs: list[tuple[int, int]]) -> bool:
    """Whether the runs' counts are proven theirs: with the runs dealt, the channels' counts add up to
    the count of the printed total row; with no total printed, no note column heads the table."""
    dealt = list(texts)
    for i, k in runs:
        for n in range(k):
            dealt[i + 2 * n], dealt[i + 2 * n + 1] = texts[i + n], texts[i + k + n]
    total: int | None = None
    channels = 0
    for k, t in enumerate(dealt[:-1]):
        if not _is_label(t) or not _is_count(dealt[k + 1]):
            continue
        n = count_cell(dealt[k + 1])[0]
        if n is None:
            return False
        if is_total_label(t):
            total = n if total is None else total
        else:
            channels += n
    if total is not None:
        return channels == total
    first = next((k for k, t in enumerate(texts) if _is_label(t)), len(texts))
    notes = current().note_column_keys
    return not any(key(t) in notes for t in texts[:first])


def labels_dealt(lines: list[Line]) -> list[Line]:
    """``lines`` with each proven run of labels and counts put a label then its count (see the module);
    the lines as they are where there is none or the table does not prove it."""
    texts = [fold(ln.full_text) for ln in lines]
    runs = _runs(texts)
    skip = {j for i, k in runs for j in range(i, i + 2 * k)}
    if not runs or not _one_count_a_row(texts, skip) or not _proven(texts, runs):
        return lines
    out = list(lines)
    for i, k in runs:
        for n in range(k):
            out[i + 2 * n] = lines[i + n]
            out[i + 2 * n + 1] = lines[i + k + n]
    return out
