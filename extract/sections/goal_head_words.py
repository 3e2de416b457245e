"""The head of a goal table printed as text: the column kinds its words name (whole, spaced, or
held inside a longer word: ``추진실적``), and the row layouts the row readers split (a year column
first, the columns before the status in order, the 추진내용 / 비고 columns after it)."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, current, key

_ORDER = ("project", "target", "actual", "rate")  # the columns before the status, in this order


def column_words(v: Vocabulary) -> dict[str, str]:
    """Header word -> column kind (``other`` for words that hold no value)."""
    out: dict[str, str] = {}
    for table in ("goals_columns", "goals_columns_whole"):  # a token is a whole header cell
        for kind, words in v.table(table).items():
            for w in words:
                out.setdefault(key(w), kind)
    return out


def _whole_cells(v: Vocabulary) -> frozenset[str]:
    return frozenset(key(w) for words in v.table("goals_columns_whole").values() for w in words)


def compound_kind(tok: str, words: dict[str, str]) -> str | None:
    """The kind of a header word that holds a column word of one kind inside it (``추진실적``
    holds ``실적``), as the goals table reader matches its header cells; None when it holds none,
    or words of two kinds alike long. A word closing on a rate's ending after the column word it holds
    (``실적률``, ``목표율``) names a rate, never that column (session 44, leftovers5: 실적률's rates read as the
    actuals, no finding)."""
    k = key(tok)
    whole = current().build(_whole_cells)
    found = [
        (len(w), kind)
        for w, kind in words.items()
        if kind != "other" and len(w) >= 2 and w in k and w not in whole
    ]
    if not found:
        return None
    if k.endswith(tuple(current().words("counts", "rate_suffixes"))) and not any(
        k.endswith(w) for w, kind in words.items() if kind != "other" and w in k
    ):
        return "rate"  # a field's word with a rate's ending after it (실적률: the actual against the target) is a rate
    best = max(n for n, _ in found)
    kinds = {kind for n, kind in found if n == best}
    return kinds.pop() if len(kinds) == 1 else None


def header_words_kind(token: str) -> str | None:
    """The column kind one goals head word names, whole or held inside it (``추진실적``: actual), as
    :func:`header_kinds` reads a head line's words; None when it names none."""
    words = current().build(column_words)
    return words.get(key(token)) or compound_kind(token, words)


def header_kinds(text: str) -> list[str] | None:
    """The column kinds of a flattened goals header line, in order; None for any other line.
    A word a dump printed spaced (``주 요 사 업``) is joined again."""
    words = current().build(column_words)
    toks = text.split()
    kinds: list[str] = []
    i = 0
    # a 구분 cell heads the project column when no word of the header names one ([goals_columns_whole] project)
    named = {words.get(key(t)) for t in toks}
    whole = (
        {key(w) for w in current().words("goals_columns_whole", "project")}
        if "project" not in named
        else set()
    )
    remark = current().note_column_keys
    while i < len(toks):
        if key("".join(toks[i:])) in remark and len(toks) - i <= 3:
            kinds.append("remark")  # the last column of word notes (비고; spaced, 비 고)
            break
        for j in range(min(len(toks), i + 6), i, -1):
            kind = words.get(key("".join(toks[i:j])))
            if key("".join(toks[i:j])) in whole:
                kind = "project"
            if kind:
                if kind != "other":
                    kinds.append(kind)
                i = j
                break
        else:
            kind = compound_kind(toks[i], words)
            if kind is None:
                return None
            kinds.append(kind)
            i += 1
    if "target" not in kinds or "status" not in kinds or len(kinds) < 3 or len(set(kinds)) != len(kinds):
        return None
    return kinds


def header_words_only(text: str) -> bool:
    """A line of head words that name no column (``other``): the header's second line, such as the
    status column's options ``(완료/추진중/미착수)``."""
    words = current().build(column_words)
    return all(words.get(key(t)) == "other" for t in text.split())


def is_goals_header(text: str) -> bool:
    """A line that heads a goals table this reader splits (its header names an 실적 column)."""
    kinds = header_kinds(text)
    return kinds is not None and row_layout(kinds) is not None


def row_layout(kinds: list[str], *, any_order: bool = False) -> tuple[bool, list[str], str] | None:
    """(year column first, the columns before the status, the columns after it: ``""``, ``"detail"``,
    ``"remark"`` or ``"detail remark"``); None for a layout this reader does not split. A row's
    cells after its status are its detail only when the 추진내용 column stands there alone.
    ``any_order``: the columns before the status may stand in any order (``실적 | 목표``), for a reader whose
    cells are explicit (a cell a line: each cell given its column by its place, no cut guessed); a reader
    cutting a line's words between the columns keeps to the usual order (project, target, actual, rate)."""
    has_year = kinds[0] == "year"
    body = kinds[1:] if has_year else kinds
    if "year" in body:
        return None
    s = body.index("status")
    before, after = body[:s], body[s + 1 :]
    if (
        after not in ([], ["detail"], ["remark"], ["detail", "remark"])
        or (not any_order and [k for k in _ORDER if k in before] != before)
        or "target" not in before
    ):
        return None
    if "actual" not in before:
        return None  # the actual printed in the status cell, ``완료(35명)``: the marked-row reader's shape
    return has_year, before, " ".join(after)


def _unit_tail(v: Vocabulary) -> re.Pattern[str]:
    """A head cell's bracketed unit closing it (``이행률(%)``, ``실적(건)``): one of the counts' units."""
    return re.compile(rf"\s*\((?:{'|'.join(re.escape(u) for u in v.words('counts', 'units'))})\)$")


def head_kind(line: str) -> str | None:
    """The column kind a head line (one cell) names as a whole word, or as a whole word closed by its
    bracketed unit (``이행률(%)``: the rate); None when it names none."""
    words = current().build(column_words)
    kind = words.get(key(line))
    if kind is None and (m := current().build(_unit_tail).search(line.strip())) is not None and m.start():
        kind = words.get(key(line.strip()[: m.start()]))
    return kind
