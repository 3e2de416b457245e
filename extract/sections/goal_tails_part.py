"""The 추진내용 two rows of one project print alike before their 비고 part (session 45, helper txtruns; txt mutant
9115).

A project's 추진내용 is printed on each of its rows; a 비고 is the row's own. Where a dump printed a table's rows
with cells one space apart, a row's 추진내용 and 비고 run together after its status (``창업보육센터 운영 및 수료생
지원 실시설계 중``). Two rows of the same project whose words there open alike and then part, each with words left
(``… 수료생 지원 실시설계 중`` / ``… 수료생 지원 공사 착공``), print one cell twice and part where their 비고 begin:
the words both open with (two or more) are the project's 추진내용. Rows that open alike by one word, rows of which
one ends where the other goes on (the 비고 may be blank on one), and a project whose rows part at two places show
nothing (the 추진내용 left null with its finding, as before). A row left unread whose ways give its 추진내용 and 비고
so opening alike with a read row's of the same project is cut there (:func:`ways_of_parted_tail`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Way = dict[str, list[str]]


def opened_alike(a: Sequence[str], b: Sequence[str]) -> int:
    """How many first words ``a`` and ``b`` print alike."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def details_parted(tails: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """(project, 추진내용) pairs shown by ``tails`` (each row's project and its words after the status, a 추진내용 and
    a 비고 run together): the words two rows of one project open alike with before they part, each with words
    left, two or more; a project whose pairs of rows part at different places shows none."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for i, (p, a) in enumerate(tails):
        for q, b in tails[i + 1 :]:
            if p != q or not p:
                continue
            wa, wb = a.split(), b.split()
            n = opened_alike(wa, wb)
            if n >= 2 and n < len(wa) and n < len(wb):
                found.setdefault(p, set()).add(tuple(wa[:n]))
            elif wa != wb:
                found.setdefault(p, set()).add(())  # rows of the project that show no such cell
    return {(p, " ".join(d)) for p, ds in found.items() if len(ds) == 1 and (d := next(iter(ds)))}


def ways_of_parted_tail(ways: list[Way], tails: Mapping[str, Sequence[str]]) -> list[Way]:
    """The ``ways`` (cuts of a row left unread into the head's columns) whose 추진내용 is the words their 추진내용 and
    비고 open alike with a row of the same project read with its 추진내용 and 비고 run together (``tails``: such
    rows' words by their project) before they part, each going on (two words or more), where exactly one such
    추진내용 stands among them; ``ways`` unchanged otherwise."""
    named: list[Way] = []
    for w in ways:
        tail = [*w.get("detail", []), *w.get("remark", [])]
        for other in tails.get(" ".join(w.get("project", [])), ()):
            n = opened_alike(tail, other.split())
            if 2 <= n < min(len(tail), len(other.split())) and w.get("detail") == tail[:n]:
                named.append(w)
                break
    if not named or len({tuple(w["detail"]) for w in named}) != 1:
        return ways
    return named
