"""A funding table a page break cut in two in a text dump, one part read as a table and the other left as lines
(``pdftotext -layout``: 구분 | 국비 | 도비 | 시비 over 2020년 and 2021년 as lines, ``(계속)``, then the head again
over 2022년 and 총사업비 read as a table): its rows re-read as lines go back among the others in the order the
dump prints them, not the table's first. (Read table first, the later page's rows opened the table: the years'
figures each placed a period early under the sums' proof, 2022's under 2020.)"""

from __future__ import annotations

from pledgecard.extract.layout import Line


def in_print_order(table_lines: list[Line], lines: list[Line]) -> list[Line]:
    """``table_lines`` (a table's rows as lines) and ``lines`` in the order the dump prints them, where every
    one of them tells its printed line; the table's lines first otherwise (a PDF's items carry no line)."""
    both = [*table_lines, *lines]
    if not table_lines or not lines or any(ln.source.line_start is None for ln in both):
        return both
    return sorted(both, key=lambda ln: ln.source.line_start or 0)
