"""A funding head of sub-columns under each period (계획 | 확보 | 집행) printed out of its columns' order: a dump
printing the head's cells in an order of its own (pdftotext of a three-level head: ``확보 집행 계획 확보 계획 …``)
put a second figure's word before any plan word, the periods' sub-heads in no one order. Dealt by that order,
each period took another sub-column's cells (mutant 4135 pdftotext: 합계 3,022 for 14,614, 15 wrong). Which cell
is the plan is then not shown: none is placed (null, the text kept). A head opening with a second figure in
one order every period (당초 | 변경, the plan in force second) is in order."""

from __future__ import annotations


def pairs_out_of_order(sub_columns: list[str]) -> bool:
    """Whether the head's sub-column kinds, in printed order, open with another figure than the plan and
    do not repeat one period's order throughout (see the module); no sub-columns: in order."""
    if not sub_columns or sub_columns[0] == "plan":
        return False
    n = sub_columns.count("plan")
    if n and len(sub_columns) % n == 0:
        width = len(sub_columns) // n
        if sub_columns == sub_columns[:width] * n:
            return False
    return True
