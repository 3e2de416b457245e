"""A second funding table under a caption naming the funds spent (``(집행실적, 단위: 백만원)``): no rows of the plan.

The class fixed (review b, session 34, baram-two-funding.txt): a funding section printing the plan's table and,
under a caption of its own, a table of what was spent with the same head (구분 | 2023년 .. | 총사업비) read the
second table's rows (국비 300, 기타 100) as more sources of the plan, silently. A caption line after the plan's
first figures (not one saying the table goes on, ``(계속)``) that names the funds spent (a word of
``[funding_execution_caption]``) and is set apart as a caption (a marker other than a note's, a bracket first, or a
unit in it: never a row's label cell, 집행 under 계획, nor a ``※`` note on the plan's figures) starts what is no part of the plan: a table after it (read from its cells) is
handed back unread and said by the coverage check (``extract.table_unassigned``); lines after it (a dump's table
a cell a line) are handed back with one ``extract.table_unassigned`` at the caption, never rows added to the plan.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import is_note
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.normalize.money_units import find_unit

_OPENING = "([<〈《【［"


def _words(v: Vocabulary) -> tuple[str, ...]:
    return tuple(w.replace(" ", "") for w in v.words("funding_execution_caption", "words"))


def _spent_caption(line: Line, continued: Callable[[str], bool]) -> bool:
    text = line.full_text.strip()
    if continued(text) or not any(w in text.replace(" ", "") for w in current().build(_words)):
        return False
    if line.marker and is_note(line.marker):  # ※ 집행액은 누계: a note on the plan's figures, no caption
        return False
    return bool(line.marker) or text[:1] in _OPENING or find_unit(text) is not None


def execution_tables_apart(
    items: list[Item], continued: Callable[[str], bool]
) -> tuple[list[Item], list[Item], list[dict[str, Any]]]:
    """``items`` up to a caption of the funds spent printed after the plan's first figures (``continued`` tells a
    caption saying the table above goes on), and after it only the tables before the next caption line; the items
    apart; the findings at lines apart (a table apart is said by the coverage check)."""
    kept: list[Item] = []
    apart: list[Item] = []
    found: list[dict[str, Any]] = []
    seen = False  # the plan's figures begun: a table, a line with a digit
    for k, it in enumerate(items):
        if isinstance(it, Line) and seen and _spent_caption(it, continued):
            rest = items[k:]
            apart.extend(rest)
            if any(isinstance(x, Line) and re.search(r"\d", x.full_text) for x in rest[1:]):
                found.append(
                    finding(
                        "extract.table_unassigned",
                        "funding",
                        f"a table of the funds spent under '{it.full_text.strip()[:40]}' is no rows of "
                        f"the plan: left unread",
                        observed=it.full_text.strip(),
                        source=it.source,
                    )
                )
            break
        seen = (
            seen
            or isinstance(it, Table)
            or (
                isinstance(it, Line)
                and bool(re.search(r"\d", it.full_text))
                and find_unit(it.full_text) is None
            )
        )
        kept.append(it)
    return kept, apart, found
