"""A 추진내용 (or a worded actual) one row of a text dump's goal table prints whole, proving where that cell stands on
other rows (session 45, helper txtruns; txt mutants 9084, 9096).

A table whose 추진내용 is its last column and whose cells a dump printed one space apart shows where that cell
opens on a row whose cells before it are proven (a target ending in its figure, ``탄소중립 프로그램 운영(20회) |
도시숲 운영 및 시민활동가 지원``). Other rows of the same table ending in the very same words (``도시숲 조성 미착수 -
단계별 추진 도시숲 운영 및 시민활동가 지원``) print that cell again: of their ways of fitting the head's columns, the
ways giving that 추진내용 whole are kept, where exactly one such 추진내용 stands among them (a 추진내용 of two words or
more: one word may end a target). The text printed twice is the proof; a row printing no such 추진내용, or whose ways
give two such, keeps its ways (unread, with its finding, as before). A worded actual of two words or more a row
prints whole (``실시설계 완료 | 관계기관 협의``, the target ended by its status word) proves the same words ending
another row's target and actual run together (``단계별 추진 관계기관 협의``) one cell (:func:`ways_of_table_actual`);
an actual holding a figure proves nothing here (its target's figure and unit decide it)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

Way = dict[str, list[str]]


def last_detail(kinds: Sequence[str]) -> bool:
    """Whether a head of ``kinds`` prints its 추진내용 as its last column (no 비고 after it to share its words)."""
    return bool(kinds) and kinds[-1] == "detail" and "remark" not in kinds


def proven_details(details: Iterable[str | None]) -> set[str]:
    """The 추진내용 cells of two words or more among ``details`` (those rows of the table read whole)."""
    return {" ".join(d.split()) for d in details if d and len(d.split()) >= 2}


def ways_of_table_detail(ways: list[Way], known: Collection[str]) -> list[Way]:
    """The ``ways`` whose 추진내용 is one another row of the table prints whole (``known``), where exactly one such
    추진내용 stands among them; ``ways`` unchanged otherwise."""
    named = [w for w in ways if w.get("detail") and " ".join(w["detail"]) in known]
    if not named or len({" ".join(w["detail"]) for w in named}) != 1:
        return ways
    return named


def proven_actuals(actuals: Iterable[str | None]) -> set[str]:
    """The worded actual cells (two words or more, no figure) among ``actuals`` (those rows of the table read)."""
    return {
        " ".join(a.split())
        for a in actuals
        if a and len(a.split()) >= 2 and not any(ch.isdigit() for ch in a)
    }


def ways_of_table_actual(ways: list[Way], known: Collection[str]) -> list[Way]:
    """The ``ways`` whose actual is a worded one another row of the table prints whole (``known``), where exactly one
    such actual stands among them; ``ways`` unchanged otherwise."""
    named = [w for w in ways if w.get("actual") and " ".join(w["actual"]) in known]
    if not named or len({" ".join(w["actual"]) for w in named}) != 1:
        return ways
    return named
