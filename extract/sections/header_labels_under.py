"""A header printed as rows of values each with its row of labels right UNDER it (a booklet's header table whose
labels sit in the row below their values' cells: ``귀농·귀촌인 정착 지원 확대`` / ``공  약  명`` / ``5-81  농업정책과`` /
``관 리 번 호  추 진 부 서``), read as labels over values otherwise: the first value line taken for the title's
line, each label row's values given to the labels of the next row.

The arrangement is told by the lines' content, never by a template: two runs alternating value line, label line
(two pairs at least) that open on a value line (no line of labels alone above it) and close on a label line (no
value line under it), each value row splitting among the labels of the row under it by the values' kinds and
runs (``5-81  농업정책과`` under 관리번호, 추진부서; a title's wrapped words, ``조성 사업``, do not): a header of labels
over values closes on a value line, a label left with no value (an empty cell) opens it on a label. Each pair is then printed as the label line over its value line; every other
line stays as printed.

A free-text label (공약명, 실천목표) "splits" any line, so a stray line above labels over values (``2024년 2분기
실적`` / ``공약명`` / title / ``실천목표`` left empty) would read as a run of such pairs: every pair after the first
(which may be the title's alone) must print a typed value under its labels (a code, department, name, phone,
status: a field not free text), else the run ends there."""

from __future__ import annotations

from pledgecard.extract.card_headings import heading_of
from pledgecard.extract.labels import VALUE_EDGES, find_labels, is_title
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.header_value_kinds import GENERIC_FIELDS
from pledgecard.extract.sections.header_value_rows import split_value_row

_MIN_PAIRS = 2


def labels_only(it: Item) -> bool:
    """A line printing header labels and nothing else (``관 리 번 호    추 진 부 서``): no marker, every character
    outside its labels a space or a label's separator."""
    if not isinstance(it, Line) or it.marker is not None:
        return False
    labels = find_labels(it.text)
    if not labels or labels[0][1] != 0:
        return False
    left, at = [], 0
    for _, start, end in labels:
        left.append(it.text[at:start])
        at = end
    left.append(it.text[at:])
    return not "".join(left).strip(VALUE_EDGES)


def values_only(it: Item) -> bool:
    """A line that may print a row of header values: no label word anywhere, no heading, no title (a value opening
    with a number a dump read as its marker, ``5-81  농업정책과``, is one)."""
    return (
        isinstance(it, Line)
        and bool(it.full_text.strip())
        and not find_labels(it.full_text)
        and heading_of(it) is None
        and not is_title(it.full_text)
    )


def _splits(value: Item, labels: Item, *, typed: bool) -> bool:
    """Whether the value row splits among the fields the label row under it names (with ``typed``, a field of
    them not free text given a value)."""
    fields = [f for f, _, _ in find_labels(labels.text)] if isinstance(labels, Line) else []
    if not isinstance(value, Line) or not fields:
        return False
    got = split_value_row(fields, value.full_text)
    return got is not None and (not typed or any(f not in GENERIC_FIELDS and v for f, v in got.items()))


def labels_under_values(items: list[Item]) -> list[Item]:
    """``items`` with each run of value rows printed over their label rows (see the module) printed as label rows
    over value rows; unchanged where no run is told."""
    out = list(items)
    n = 0
    while n < len(out) - 1:
        if not values_only(out[n]) or (n > 0 and labels_only(out[n - 1])):
            n += 1
            continue
        k = n
        while (
            k + 1 < len(out)
            and values_only(out[k])
            and labels_only(out[k + 1])
            and _splits(out[k], out[k + 1], typed=k > n)
        ):
            k += 2
        pairs = (k - n) // 2
        if pairs >= _MIN_PAIRS and not (k < len(out) and values_only(out[k])):
            for v in range(n, k, 2):
                out[v], out[v + 1] = out[v + 1], out[v]
            n = k
            continue
        n += 1
    return out
