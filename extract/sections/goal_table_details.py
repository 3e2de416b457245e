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
an actual holding a figure proves nothing here (its target's figure and unit decide it).

Session 45 (helper mendtr, review of txtruns): a proof is a row of the SAME project (a cell another project prints
proves nothing of this one's: ``현장 점검`` on one project's row cut ``주민 참여 및 현장 점검`` short on another's,
the rest glued onto its target); a proof that is a strict word-ending of another proof of that project proves
nothing (which of the two is whole the print does not show); and a proof that would move a token holding a figure
into the target (a way giving the target a figure another way gives the 추진내용 or actual) is refused: the row
stays unread with its finding, as before."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from pledgecard.extract.sections.goal_values import FIGURE

Way = dict[str, list[str]]
Proof = tuple[str, str]  # (project, the cell's words one space apart)


def last_detail(kinds: Sequence[str]) -> bool:
    """Whether a head of ``kinds`` prints its 추진내용 as its last column (no 비고 after it to share its words)."""
    return bool(kinds) and kinds[-1] == "detail" and "remark" not in kinds


def _whole(pairs: set[Proof]) -> set[Proof]:
    """``pairs`` less those a strict word-ending of another pair of the same project (whole cell not shown)."""
    return {(p, c) for p, c in pairs if not any(q == p and d != c and d.endswith(" " + c) for q, d in pairs)}


def proven_details(details: Iterable[tuple[str | None, str | None]]) -> set[Proof]:
    """The (project, 추진내용) pairs of two words or more among ``details`` (rows of the table read whole, each with
    its project; a row of no known project proves nothing)."""
    return _whole({(p, " ".join(d.split())) for p, d in details if p and d and len(d.split()) >= 2})


def figure_moved(named: list[Way], ways: list[Way]) -> bool:
    """Whether a way of ``named`` gives its target a token holding a figure some way of ``ways`` does not."""
    common = [t for t in ways[0].get("target", []) if all(t in w.get("target", []) for w in ways)]
    return any(FIGURE.search(t) and t not in common for w in named for t in w.get("target", []))


def _named(ways: list[Way], known: Collection[Proof], kind: str) -> list[Way]:
    named = [w for w in ways if w.get(kind) and (" ".join(w.get("project", [])), " ".join(w[kind])) in known]
    if not named or len({" ".join(w[kind]) for w in named}) != 1 or figure_moved(named, ways):
        return ways
    return named


def ways_of_table_detail(ways: list[Way], known: Collection[Proof]) -> list[Way]:
    """The ``ways`` whose (project, 추진내용) another row of the same project prints whole (``known``), where exactly
    one such 추진내용 stands among them and no figure moves into the target; ``ways`` unchanged otherwise."""
    return _named(ways, known, "detail")


def proven_actuals(actuals: Iterable[tuple[str | None, str | None]]) -> set[Proof]:
    """The (project, worded actual) pairs (two words or more, no figure) among ``actuals`` (rows of the table read,
    each with its project)."""
    return _whole(
        {
            (p, " ".join(a.split()))
            for p, a in actuals
            if p and a and len(a.split()) >= 2 and not any(ch.isdigit() for ch in a)
        }
    )


def ways_of_table_actual(ways: list[Way], known: Collection[Proof]) -> list[Way]:
    """The ``ways`` whose (project, actual) is a worded one another row of the same project prints whole
    (``known``), where exactly one such actual stands among them and no figure moves into the target; ``ways``
    unchanged otherwise."""
    return _named(ways, known, "actual")
