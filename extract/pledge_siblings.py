"""Projects a file's other cards of the same pledge read in their goal tables.

A file may hold one pledge's card for several quarters (the same 관리번호 and title, another as-of
date): each prints the pledge's goal table again, its project cells the same. A goal row of a text
dump runs its project, worded target and worded actual together (``도시숲 인재양성 시범 운영 운영
완료``): where the project ends its own table may not show, but a project the same pledge's card for
another quarter reads (split there by what that table proves) labels it whole, as a project another
row of the same table prints does (:func:`sections.goal_target_cut.project_start`). Cards of other pledges
lend none (their projects are theirs).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def _pledge(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """The pledge a card reports on: its 관리번호 and title, None when either is not read."""
    header = record.get("header") or {}
    no, title = header.get("mgmt_no"), header.get("title")
    return (no, " ".join(title.split())) if no and title else None


def _projects(record: Mapping[str, Any]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(g["project"].split()) for g in record.get("goals") or [] if g.get("project"))


def sibling_projects(records: Sequence[Mapping[str, Any]]) -> list[frozenset[tuple[str, ...]]]:
    """For each card, the goal projects the file's other cards of the same pledge (another as-of
    date) read, as words; empty when no such card is in the file."""
    pledges = [_pledge(r) for r in records]
    out: list[frozenset[tuple[str, ...]]] = []
    for i, (rec, pledge) in enumerate(zip(records, pledges, strict=True)):
        got: frozenset[tuple[str, ...]] = frozenset()
        if pledge is not None:
            for j, other in enumerate(records):
                if j != i and pledges[j] == pledge and other.get("card_id") != rec.get("card_id"):
                    got |= _projects(other)
        out.append(got)
    return out
