"""The findings of a goal table read from its ``<YYYY>`` marks (goal_text_marks.read_marks): the goals read with a
null project where the head names a project column and no project is printed before the first mark
(``extract.project_amid``), and the rows left unread for a status printed right after their mark with no target
the reading could place (``extract.mark_row_unread``)."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.document import Source
from pledgecard.extract.findings import finding
from pledgecard.extract.sections.goal_text_marks import MarksRead


def marks_findings(read: MarksRead | None, source: Source) -> list[dict[str, Any]]:
    """The findings of ``read`` (None: no reading), at the goal table's ``source``."""
    if read is None:
        return []
    out: list[dict[str, Any]] = []
    if read.amid is not None:
        out += [
            finding(
                "extract.project_amid",
                f"goals[{i}]",
                "the goal table's head names a project column but no project is printed before the first year "
                "mark (its cell printed amid the first row's): the goals up to the next project printed before "
                "its row are read with a null project; the words before the first target's figure, which may be "
                "that cell, are read as no field",
                observed={
                    "year": g["year"],
                    "target": g["target"],
                    **({"words": read.amid} if i == 0 and read.amid else {}),
                },
                source=source,
            )
            for i, g in enumerate(read.goals)
            if g["project"] is None
        ]
    if read.unread:
        out.append(
            finding(
                "extract.mark_row_unread",
                "goals",
                "a goal row prints its status right after its year mark and its target nowhere the reading can "
                "place: the row is left unread"
                + (
                    "; its cells were read as the next project's name: the goals under it are read with a null "
                    "project"
                    if read.taken
                    else ""
                ),
                observed={"years": read.unread, **({"goals": read.taken} if read.taken else {})},
                source=source,
            )
        )
    out += [
        finding(
            "extract.goal_cells_run",
            f"goals[{k}]",
            "a goal row's cells before its status ran together (the target's, the actual's and maybe the project's "
            "or a rate's, one space apart) and no way of the head's columns parts them: the target is null, never "
            "the row's text read as it",
            observed={"year": read.goals[k]["year"]},
            source=source,
        )
        for k in read.cells_run
    ]
    return out
