"""The findings saying a funding table was left unread, taken back where a struck row's sums later read it.

The class of card fixed: a text dump of a card marking its revisions struck through prints a revised cell's two
figures side by side; its row holds more figures than the columns and is left null when the table is read, and the
card's findings say so (``extract.table_unrecovered``: its cells null, their text in ``amounts_raw``; a row line
of more or fewer cells than the columns kept in ``unparsed``). Only after those findings are made does
:mod:`pledgecard.extract.struck_funding` prove the rows one way by the sums and read them, so the findings
went on saying null where figures were emitted (mutant 3866 txt). Each such finding whose rows are now read in
full is dropped; one whose table still leaves a row null stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pledgecard.extract.document import Source

Finding = dict[str, Any]


def _null_rows(funding: dict[str, Any] | None) -> set[int]:
    """The indices of the funding rows holding a null amount."""
    return {
        i for i, r in enumerate((funding or {}).get("rows") or []) if None in (r.get("amounts_krw") or [None])
    }


def null_rows(record: dict[str, Any]) -> set[int]:
    """The funding rows of ``record`` left with a null amount, by index (taken before the struck rows are proved)."""
    return _null_rows(record.get("funding"))


def unread_said_of_read(
    findings: list[Finding],
    table_said: list[Finding],
    before: set[int],
    record: dict[str, Any],
    row_at: Callable[[int], Source | None],
) -> list[Finding]:
    """``findings`` without those that say funding cells null where they are now read: ``table_said`` (the table's
    one finding, :func:`~pledgecard.extract.coverage.funding_unrecovered`) once no row holds a null amount, and a
    row line's finding (``extract.table_unrecovered`` at ``funding``) at the line of a row null ``before`` the
    struck rows were proved and read in full now (``row_at``: a row's printed line, by index)."""
    now = _null_rows(record.get("funding"))
    if now == before:
        return findings
    drop = list(table_said) if not now else []
    read_lines = {src.line_start for i in before - now if (src := row_at(i)) is not None and src.line_start}
    drop += [
        f
        for f in findings
        if f.get("code") == "extract.table_unrecovered"
        and f.get("location") == "funding"
        and (f.get("source_position") or {}).get("line") in read_lines
    ]
    return [f for f in findings if all(f is not d for d in drop)]
