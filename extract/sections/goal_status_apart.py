"""A ``<YYYY>``-marked goal table whose status column a dump printed as a run after the last row's target
(pdfminer's pdf2txt prints the column as a box of its own: ``<2025> 목표1 <2026> 목표2`` then ``추진중`` /
``(68건)`` / ``미착수``, a line each). Read mark by mark, the first status word after the last mark was given to
the last row with the actual under it (bomi-county 23071 pdf2txt: the 2026 row read 추진중, 68건; the 2025 row's
actual). The run goes back to the rows in order only where the counts prove it: no status word in any row
before the last, exactly one status cell a row after the last target, each opening its line, nothing but its
bracketed actual between two of them. The 추진내용 cells are not placed (printed elsewhere)."""

from __future__ import annotations

import re

from pledgecard.extract.sections.goal_patterns import status_re
from pledgecard.extract.vocabulary import current

MIN_ROWS = 2  # a run of one status is the one row's own cell: nothing to restore


def _opens_line(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before.strip() or before.endswith("\n")


def _bracketed(text: str) -> str | None:
    """The bracketed cell ``text`` is (``(68건)`` -> ``68건``), blank -> ``""``; any other text None."""
    t = text.strip()
    if not t:
        return ""
    if t.startswith("(") and t.endswith(")") and t.count("(") == 1 and t.count(")") == 1 and "\n" not in t:
        return t[1:-1].strip()
    return None


def _leading_bracket(text: str) -> str:
    """The bracketed cell opening ``text`` on its first printed line (``(68건)``), else ``""``."""
    first = next((ln for ln in text.split("\n") if ln.strip()), "")
    return _bracketed(first) or "" if text.lstrip().startswith("(") else ""


def status_run_after_rows(chunks: list[str]) -> tuple[str, list[tuple[str, str | None]]] | None:
    """For the text after each year mark (``chunks``), when the status column is printed as a run after the
    last row's target (see the module): the last row's target and each row's status and bracketed actual (None
    where none is printed), in row order; else None."""
    if len(chunks) < MIN_ROWS:
        return None
    status = current().build(status_re)
    if any(status.search(c) for c in chunks[:-1]):
        return None
    last = chunks[-1]
    found = list(status.finditer(last))
    if len(found) != len(chunks) or not all(_opens_line(last, x.start()) for x in found):
        return None
    cells: list[tuple[str, str | None]] = []
    for i, x in enumerate(found):
        if i + 1 < len(found):
            actual = _bracketed(last[x.end() : found[i + 1].start()])
            if actual is None:
                return None  # other text between two statuses: not a run of status cells
        else:
            actual = _leading_bracket(last[x.end() :])
        cells.append((re.sub(r"\s+", " ", x.group(1)), actual or None))
    return last[: found[0].start()], cells
