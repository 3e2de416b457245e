"""A goal's project read from the status column's head: its list of options (``(완료/추진중/미착수)``), no project.

Class (session 44, convwrong sweep): a plain pdftotext dump of a goal table whose status head prints its options on
lines of their own under it (``추진상황`` / ``(완료/추진중/미`` / ``착수)``); the stream reader took the option list for
the project cell spanning the rows, every goal's project the head's words (dasom-district 22), and no finding said
the goals were read from cells out of place. A project whose text, brackets and separators aside, is two status words
or more and nothing else names no project: it is made null, and the goals carry an ``extract.table_unrecovered``
finding (their cells were not read from the places a row prints them).
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.findings import goals_unrecovered
from pledgecard.extract.vocabulary import current, key

_SEPARATORS = re.compile(r"[/,·|]")


def status_options(text: str) -> bool:
    """Whether ``text`` is a list of two status words or more, brackets and spaces aside (``(완료/추진중/미 착수)``)."""
    words = current().status_words
    body = re.sub(r"\s+", "", text).strip("()[]<>")
    pieces = [p for p in _SEPARATORS.split(body) if p]
    return len(pieces) >= 2 and all(key(p) in words for p in pieces)


def status_option_projects(goals: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Null every project of ``goals`` that is a status head's options; the finding saying so, or none."""
    hit = [i for i, g in enumerate(goals) if g.get("project") and status_options(str(g["project"]))]
    if not hit:
        return []
    printed = goals[hit[0]]["project"]
    for i in hit:
        goals[i]["project"] = None
    return [
        goals_unrecovered(
            f"goals[{hit[0]}]",
            f"goals read with the status column's list of options ('{printed}') as their project: the table's cells "
            "were not read from the places its rows print them, the project is null",
            observed={"goals": hit},
        )
    ]
