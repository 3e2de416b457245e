"""A funding table read to one subtotal row (``소계``: vocabulary ``[totals] sub``), every other row null: one part's
sum standing as the card's.

Class (session 44, convwrong sweep): a funding table of several projects (세부사업 | 재원 | 총사업비 | years, each
project's 소계 and source rows, the card's 계 under them) dumped by pdf2txt a cell a line, its source rows run
together over two projects' cells (more cells than columns: null, extract.table_unrecovered); the first project's
``소계`` line was read whole, its figures the record's only ones, matched as the card's total (yeoreum-city 22: six
wrong figures, the first project's 8,155 for the card's 16,159). A subtotal is by its word a run of rows' sum, and the
rows it sums are not read: which part's it is is unknown, no figure of the card's. Its amounts are made null (their
printed text kept in ``amounts_raw``) with an ``extract.table_unrecovered`` finding at ``funding``.
"""

from __future__ import annotations

from typing import Any

from pledgecard.extract.findings import finding
from pledgecard.extract.sections.funding_source_labels import subtotal_words
from pledgecard.extract.vocabulary import current, key


def total_words() -> set[str]:
    """The total row words, grand and sub (vocabulary ``[totals] words``), keyed as labels are."""
    return {key(w) for w in current().words("totals", "words")}


def _figures(row: dict[str, Any]) -> bool:
    return any(v is not None for v in row.get("amounts_krw") or [])


def _several_parts(rows: list[dict[str, Any]], sub: dict[str, Any]) -> bool:
    """The table shows more than the subtotal's one part: another row labelled a grand total (계, 합계: a
    ``[totals]`` word that is no subtotal's), or another row whose printed cells outnumber the columns (several
    parts' rows run together: yeoreum-city 22 pdf2txt). Neither: the subtotal may be the table's only total
    (sanha-county prints its total row 소계), left as read (review mendcv)."""
    width = len(sub.get("amounts_krw") or [])
    subs = subtotal_words()
    for r in rows:
        if r is sub:
            continue
        label = key(str(r.get("label") or ""))
        if label in total_words() and label not in subs:
            return True
        if width and len([c for c in r.get("amounts_raw") or [] if str(c).strip()]) > width:
            return True
    return False


def subtotal_alone(funding: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Null the amounts of ``funding``'s one subtotal row with figures where it has no group and every other row
    is null (rows read, none of its figures): the finding saying so, or none."""
    rows = (funding or {}).get("rows") or []
    with_figures = [r for r in rows if _figures(r)]
    if len(rows) < 2 or len(with_figures) != 1:
        return []
    (row,) = with_figures
    if row.get("group") or key(str(row.get("label") or "")) not in subtotal_words():
        return []
    if not _several_parts(rows, row):
        return []  # the table's only total printed 소계 (a template's total row label): the card's own figures
    row["amounts_krw"] = [None for _ in row.get("amounts_krw") or []]
    return [
        finding(
            "extract.table_unrecovered",
            "funding",
            "the funding table was read to one subtotal row, the rows it sums unread: which part's sum it is is not "
            "known, its amounts are null (their printed text kept in amounts_raw)",
            observed={"row": row.get("label")},
        )
    ]
