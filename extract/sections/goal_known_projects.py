"""Goal rows of a text dump, cells one space apart, whose words fit the head's columns several ways that differ only
in where the project ends (session 36, helper txtmut3; txt mutant 4627).

A table printing its project on every row (``도시숲 기반 구축 설계 완료 완료 착공`` over ``도시숲 기반 구축 22회 추진 중
…``) shows the project whole on the rows the readers did read: a row whose ways cut it as ``도시숲 | 기반 구축 설계 완료``,
``도시숲 기반 | 구축 설계 완료`` or ``도시숲 기반 구축 | 설계 완료`` is cut where exactly one way's project is a project
another row of the same table prints whole. Rows where no way, or several ways with different projects, name such a
project stay unread (as before): nothing is cut by guess, and a way is kept only where the cells it gives beside the
project are all alike (the goal's figures never differ between the ways kept)."""

from __future__ import annotations

from collections.abc import Collection

Way = dict[str, list[str]]


def ways_of_known_project(ways: list[Way], known: Collection[str]) -> list[Way]:
    """The ``ways`` (cuts of one row into the head's columns) whose project is one of the ``known`` projects (the
    table's other rows print them whole), where exactly one such project stands among the ways; ``ways`` unchanged
    otherwise (no way names a known project, several do, or the row prints no project)."""
    named = [w for w in ways if w.get("project") and " ".join(w["project"]) in known]
    if not named or len({" ".join(w["project"]) for w in named}) != 1:
        return ways
    return named
