"""A goal table a dump printed a row a line whose columns stand in another order than the one the
row reader splits (:mod:`goal_rows`: year, project, target, actual, rate, status, then 추진내용):
``주요사업 | 목표 | 추진상황 | 실적 | 달성률``, ``세부사업 | 추진상황 | 목표 | 실적``.

The cells are put in that order, each row's words moved as whole cells, only where the row's own
shapes fix every cell: the status (a status word, one to three words, found once), the rate (``92%``
or a dash) and an actual that is a figure with its unit or a dash are cells by their shape; the
free-text cells (the project, the target, a worded actual, the 추진내용, the 비고) are what lies
between them, and free cells standing side by side are moved together only when they stand side
by side in the reader's order too (the project and the target: the row reader splits them by its
own proofs). A row whose cells the shapes do not fix so is left as printed and named, for the row
reader to leave unread (:func:`reordered`): nothing is cut by guess.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from pledgecard.extract.sections.goal_head_words import header_kinds, is_goals_header
from pledgecard.extract.sections.goal_values import DASH, FIGURE, RATE, is_value_token
from pledgecard.extract.vocabulary import alternation, current, key
from pledgecard.normalize.counts import LOOSE_NUMBER, parse_number

# the order the row reader splits, and the free cells it takes side by side
_ORDER = ("year", "project", "target", "actual", "rate", "status", "detail", "remark")
_FREE_RUNS = (("project", "target"), ("detail", "remark"))


@dataclass(slots=True)
class Reordered:
    """A goal table's lines in the row reader's column order (one line for one line)."""

    lines: list[str]
    unfixed: set[int]  # rows left as printed: the row reader must leave them unread
    project_words: dict[int, int]  # rows whose project the dump printed apart from the target: its words


def reordered(lines: list[str]) -> Reordered | None:
    """``lines`` with the goal table's header and the rows whose cells their shapes fix in the row
    reader's column order, the rows left as printed (their words stand in another order) and, for
    the rows whose project and target a shaped cell stood between, the project's word count (the
    cut the print proved, lost once the two stand side by side); None when the header is already so
    ordered or names no such table."""
    h = next((i for i, ln in enumerate(lines) if header_kinds(ln)), None)
    if h is None or is_goals_header(lines[h]):
        return None
    kinds = header_kinds(lines[h]) or []
    order = sorted(kinds, key=_ORDER.index)
    if "year" in kinds[1:] or "actual" not in kinds:
        return None
    head = _header(order)
    if head is None:
        return None
    printed = kinds[1:] if kinds[0] == "year" else kinds
    out = [*lines[:h], head]
    unfixed: set[int] = set()
    apart: dict[int, int] = {}
    at = {k: n for n, k in enumerate(printed)}
    rows: dict[int, tuple[list[str], list[str]]] = {}  # row line -> (the year cell, the other words)
    for i, text in enumerate(lines[h + 1 :], h + 1):
        toks = text.split()
        if not (len(toks) < 2 or header_kinds(text) is not None or _lone_year(text)):
            lead = toks[:1] if kinds[0] == "year" else []
            rows[i] = (lead, toks[len(lead) :])
    found = {i: _cells(printed, words) for i, (_, words) in rows.items()}
    shapes = {_masked(c["target"]) for c in found.values() if c and c.get("target")}
    found = {i: c if c is not None else _cells(printed, rows[i][1], shapes) for i, c in found.items()}
    for i, text in enumerate(lines[h + 1 :], h + 1):
        if i not in rows:
            out.append(text)  # a year over its rows, the header's second line, an empty line
            continue
        lead = rows[i][0]
        cells = found[i]
        if cells is None:
            unfixed.add(i)
            out.append(text)
            continue
        out.append(" ".join([*lead, *(w for k in order if k != "year" for w in cells.get(k, []))]))
        if "project" in at and "target" in at and abs(at["project"] - at["target"]) > 1:
            apart[i] = len(cells.get("project", []))
    return Reordered(out, unfixed, apart)


def _header(order: list[str]) -> str | None:
    """A header line naming ``order``'s columns in the vocabulary's first word for each."""
    v = current()
    words = {
        **{k: w[0] for k, w in v.table("goals_columns").items() if w},
        "remark": next(iter(v.words("note_column", "words")), ""),
    }
    text = " ".join(words.get(k, "") for k in order)
    return text if header_kinds(text) == order and is_goals_header(text) else None


def _lone_year(text: str) -> bool:
    """A line holding only a year (``2024년``, ``<2024>``): a year group's head."""
    return len(text.split()) == 1 and re.search(r"\d{4}", text) is not None


def _status_at(toks: list[str]) -> tuple[int, int] | None:
    """The one run of one to three words that is a status word; None for none or several (a status
    word right before another: the later one, as the row reader takes it)."""
    status = current().status_words
    spans = [
        (a, b)
        for a in range(len(toks))
        for b in (a + 1, a + 2, a + 3)
        if b <= len(toks) and key("".join(toks[a:b])) in status
    ]
    spans = [
        (a, b) for a, b in spans if not any(a2 < a and b2 >= b or a2 <= a and b2 > b for a2, b2 in spans)
    ]
    if len(spans) > 1:
        spans = [(a, b) for a, b in spans if not any(a2 == b for a2, _ in spans)]
    return spans[0] if len(spans) == 1 else None


def _shaped(kind: str, word: str) -> bool:
    """A cell fixed by its shape: a rate, or an actual that is a figure with its unit or a dash."""
    if kind == "rate":
        return bool(RATE.match(word) or DASH.match(word))
    return kind == "actual" and (is_value_token(word) or bool(DASH.match(word)))


def _masked(words: list[str]) -> tuple[str, ...]:
    """A cell's words with their figures masked: targets of one wording but for their figures alike."""
    return tuple(FIGURE.sub("#", w) for w in words)


def _cells(
    printed: list[str], toks: list[str], shapes: Collection[tuple[str, ...]] = ()
) -> dict[str, list[str]] | None:
    """A row's words by column (the year taken off), or None unless the shapes fix every cell.
    ``shapes``: the targets other rows of the table print fixed (figures masked), by which a target
    run together with the 추진내용 after it may be cut (:func:`_proven_target`)."""
    span = _status_at(toks)
    if span is None or "status" not in printed:
        return None
    s = printed.index("status")
    out = {"status": toks[span[0] : span[1]]}
    sides = ((printed[:s], toks[: span[0]]), (printed[s + 1 :], toks[span[1] :]))
    left = []
    for side, words in sides:
        got = _side(side, words)
        if got is None:
            left.append((side, words))
        else:
            out.update(got)
    for side, words in left:  # a side the shapes alone do not fix: a target the rate proves may end it
        got = _side(side, words, out, shapes)
        if got is None:
            return None
        out.update(got)
    return out


def _side(
    kinds: list[str],
    words: list[str],
    row: dict[str, list[str]] | None = None,
    shapes: Collection[tuple[str, ...]] = (),
) -> dict[str, list[str]] | None:
    """The cells of one side of the status: shaped cells peeled off both ends (one word each), the
    free cells left must be one, or the project and target (the 추진내용 and 비고) side by side;
    shaped cells left between free ones cut them where those shapes stand once (:func:`_between`).
    Given the ``row``'s cells found on the other side, a target run together with the 추진내용 (and
    비고) after it ends where the rate proves it, in a wording another row's target shows
    (:func:`_proven_target`)."""
    kinds, words = list(kinds), list(words)
    out: dict[str, list[str]] = {}
    merged = row is not None and row.get("project") == []  # the project left to the row above's merged cell
    while kinds and (kinds[0] in ("rate", "actual")) and words and _shaped(kinds[0], words[0]):
        out[kinds.pop(0)] = [words.pop(0)]
    while kinds and (kinds[-1] in ("rate", "actual")) and words and _shaped(kinds[-1], words[-1]):
        out[kinds.pop()] = [words.pop()]
    if row is not None and kinds and kinds[0] == "actual" and _measured_like_target(words, row):
        out[kinds.pop(0)], words = (
            words[:2],
            words[2:],
        )  # 공정률 43% after 공정률 80%: the actual its two words
    if any(k in ("rate", "actual") for k in kinds):
        return _between(
            kinds, words, out, merged
        )  # shaped cells between free ones (or a rate no shape fixes)
    if merged and kinds == ["target", "detail"] and words and not DASH.match(words[0]):
        return _merged_target(words, {**(row or {}), **out}, out)
    if row is not None and kinds and kinds[0] == "target" and tuple(kinds[1:]) in _AFTER_TARGET:
        n = _proven_target(words, {**row, **out})
        if n is None or (n < len(words) and _masked(words[:n]) not in shapes):
            return None  # words after the proven figure: the target's or the next cell's, not shown
        got = _free(kinds[1:], words[n:], {**out, "target": words[:n]})
        return got if got is not None or words[n:] else {**out, "target": words}
    return _free(kinds, words, out, merged)  # a merged row: its 추진내용 and 비고 may both be blank


def _merged_target(
    words: list[str], row: dict[str, list[str]], out: dict[str, list[str]]
) -> dict[str, list[str]] | None:
    """A merged row's words after its status under ``목표 | 추진내용`` (its 추진내용 merged with the
    project above, or printed after the target: the print does not say which) as its target, only
    where the row's 달성률 proves the target's figure word (:func:`_proven_target`) and no word after it
    prints a figure: a 추진내용 printing a figure of its own (``… 시범 운영 카라반 12동``) is never read
    as the target's. None (the row unread) where nothing proves where the target ends: a dash rate,
    no rate column."""
    n = _proven_target(words, row)
    if n is None or any(re.search(r"\d", w) for w in words[n:]):
        return None
    return {**out, "target": words}


def _measured_like_target(words: list[str], row: dict[str, list[str]]) -> bool:
    """Whether ``words`` open with a measure word and a figure (``공정률 43%``) whose measure word the row's
    words before the status print right before a figure too (``공정률 80%``): the actual cell is those two
    words, printed in the target's shape."""
    if len(words) < 2 or re.search(r"\d", words[0]) or not is_value_token(words[1]):
        return False
    other = [w for k in ("project", "target") for w in row.get(k, [])]
    return any(w == words[0] and is_value_token(nxt) for w, nxt in zip(other, other[1:], strict=False))


# the free cells that may follow a target run together with it: the 추진내용 and the 비고
_AFTER_TARGET = (("detail",), ("remark",), ("detail", "remark"))


def _proven_target(words: list[str], row: dict[str, list[str]]) -> int | None:
    """How many of ``words`` (a target run together with the free cells after it) the target holds
    at most: up to the one word whose figure, with the actual's unit, the row's printed 달성률 proves
    (the actual over it within two points: ``33명 | 73% | 아이돌봄 교육생 양성(45명) 경로당 운영 …``);
    None when the row prints no such rate and actual, or no word or several agree. Words after that
    one may still be the target's (``194호 공급``): the caller cuts there only where another row
    prints a target of that wording."""
    actual, rate = row.get("actual") or [], row.get("rate") or []
    m = RATE.match(rate[0]) if len(rate) == 1 else None
    a = _figure(actual[-1]) if actual else None
    if m is None or a is None or not float(m.group(1)):
        return None
    hits = [
        k
        for k, w in enumerate(words)
        if (t := _figure(w, a[1])) is not None and t[0] and abs(100 * a[0] / t[0] - float(m.group(1))) <= 2
    ]
    return hits[0] + 1 if len(hits) == 1 else None


def _figure(word: str, unit: str | None = None) -> tuple[float, str] | None:
    """The figure a word ends with and its unit (``양성(45명)``: 45, 명), of ``unit`` when given."""
    v = current()
    units = alternation(v.words("counts", "units"))
    m = re.search(rf"({LOOSE_NUMBER})\s*({units})\)?$", word)
    if m is None or (unit is not None and m.group(2) != unit):
        return None
    n = parse_number(m.group(1))
    return None if n is None else (float(n), m.group(2))


def _free(
    kinds: list[str], words: list[str], out: dict[str, list[str]], merged: bool = False
) -> dict[str, list[str]] | None:
    """``out`` with the free cells ``kinds`` holding ``words``: one cell, or the project and target (the
    추진내용 and 비고) side by side; None otherwise. In a ``merged`` row (its project left to the row
    above's merged cell) the 추진내용 and 비고 may both print nothing: the 추진내용 merged with the
    project, the 비고 blank."""
    if not kinds:
        return out if not words else None
    if len(kinds) > 1 and tuple(kinds) not in _FREE_RUNS:
        return None
    if (
        not words
        and kinds not in (["project"], ["detail"], ["remark"])
        and not (merged and tuple(kinds) == ("detail", "remark"))
    ):
        return None  # only a project or a 추진내용 may be left to a merged cell (the row above's)
    if words and all(DASH.match(w) for w in words):
        return None  # a dash is a shaped cell's (an empty one); a free cell left empty prints nothing
    return {**out, kinds[0]: words}  # a run of free cells moves whole, under its first kind


def _between(
    kinds: list[str], words: list[str], out: dict[str, list[str]], merged: bool = False
) -> dict[str, list[str]] | None:
    """The cells of a side whose shaped cells (an actual and a rate: ``36개 80%``) stand between free
    ones (the project before, the target after): the one place in the row where words of those
    shapes stand side by side cuts the free cells apart; None for none or several such places. An
    actual may be a value with the word naming its measure before it (``공정률 47%``) when that word
    stands before a value elsewhere in the row too (the target's: ``공정률 70%``)."""
    at = [k for k, kind in enumerate(kinds) if kind in ("rate", "actual")]
    a, b = at[0], at[-1] + 1
    if at != list(range(a, b)):
        return None  # free cells between the shaped ones
    cuts = []
    measures = _measure_words(words)
    for i in range(len(words)):
        for cells, j in _shaped_run(kinds[a:b], words, i):
            if len(cells.get("actual", [])) == 1 and i - 1 in measures:
                continue  # a value cut from the word naming its measure (공정률 | 58%): no cell of its own
            got = _free(kinds[:a], words[:i], {}, merged)
            got = None if got is None else _free(kinds[b:], words[j:], got, merged)
            if got is not None:
                cuts.append({**got, **cells})
    if len(cuts) > 1:  # a lone dash is an empty shaped cell: a cut opening a free cell with one is not
        cuts = [
            c
            for c in cuts
            if not any(w and DASH.match(w[0]) for k, w in c.items() if k not in ("rate", "actual"))
        ]
    return {**out, **cuts[0]} if len(cuts) == 1 else None


def _measure_words(words: list[str]) -> set[int]:
    """Where a word names the measure of the value after it (``공정률 58%``) and stands so before a value
    elsewhere in the row too (the target's ``공정률 60%``): the word and its value are one cell."""
    before = [
        k
        for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
        if not DASH.match(w) and not is_value_token(w) and is_value_token(nxt)
    ]
    return {k for k in before if any(words[m] == words[k] for m in before if m != k)}


def _shaped_run(shaped: list[str], words: list[str], i: int) -> list[tuple[dict[str, list[str]], int]]:
    """The ways ``shaped`` cells stand from word ``i``: (cells, the index after them)."""
    if not shaped:
        return [({}, i)]
    if i >= len(words):
        return []
    kind, out = shaped[0], []
    spans = [1]
    measured = {
        k
        for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
        if w == words[i] and not DASH.match(w) and is_value_token(nxt)
    }
    if kind == "actual" and i in measured and measured - {i}:
        spans.append(2)  # 공정률 47%, the target printing 공정률 70%
    for n in spans:
        cell = words[i : i + n]
        if len(cell) == n and _shaped(kind, cell[-1]):
            out += [({kind: cell, **rest}, j) for rest, j in _shaped_run(shaped[1:], words, i + n)]
    return out
