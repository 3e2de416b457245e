"""Funding tables by sub-project (세부사업): every sub-project's rows (its subtotal, then its sources)
and the whole's rows (the total, then the sources: the record's, as the schema has no sub-project)
one block after another, each opened by a total row. A reader that lost the sub-project cells
spanning the blocks sees the sources again and again; the whole's block is the one whose every
row is, column by column, the sum of the same source's rows in the other blocks. When no block is
so proven (a layout dump ran two rows together), which rows are the whole's is not shown: none is
read (:func:`unproven_blocks`), rather than the first sub-project's under the sources' names.
"""

from __future__ import annotations

from typing import Any


def _blocks(rows: list[dict[str, Any]]) -> list[list[int]] | None:
    """The rows' indices cut before every total row; None unless a total row opens the table."""
    if not rows or rows[0]["source"] != "total":
        return None
    out: list[list[int]] = []
    for k, r in enumerate(rows):
        if r["source"] == "total":
            out.append([])
        out[-1].append(k)
    return out


def whole_block(rows: list[dict[str, Any]]) -> list[int] | None:
    """The indices of the whole's rows when ``rows`` repeat their sources in blocks opened by a
    total row and exactly one block is the others' sum, row by row (every source of the others
    in it); None for any other table."""
    blocks = _blocks(rows)
    sources = [r["source"] for r in rows if r["source"] != "total"]
    if (
        blocks is not None
        and len(blocks) >= 2
        and len(set(sources)) != len(sources)
        and (trailing := _trailing_sources(rows, blocks)) is not None
    ):
        return trailing
    if blocks is None or len(blocks) < 3 or len(set(sources)) == len(sources):
        return None
    found = [b for b in blocks if _sums_the_others(rows, b, [x for x in blocks if x is not b])]
    if not found:
        return _closed_by_its_total(rows, blocks)
    return found[0] if len(found) == 1 else None


def _closed_by_its_total(rows: list[dict[str, Any]], blocks: list[list[int]]) -> list[int] | None:
    """The whole's rows printed last with its total row closing them (the sub-projects' blocks each
    opened by their subtotal, then 국비 / 시비 / 계): the rows from the one place after the last
    sub-project's opener where the rows down to the closing total are, row by row, the sum of the
    rows above them; None when no place, or more than one, is so proven."""
    if len(blocks) < 3 or len(blocks[-1]) != 1:
        return None
    last, end = blocks[-2], blocks[-1][0]
    found = [
        list(range(c, end + 1))
        for c in range(last[0] + 2, end)
        if _sums_the_others(rows, list(range(c, end + 1)), [*blocks[:-2], list(range(last[0], c))])
    ]
    return found[0] if len(found) == 1 else None


def _trailing_sources(rows: list[dict[str, Any]], blocks: list[list[int]]) -> list[int] | None:
    """The whole's rows printed last under no total row of their own (``합계`` a group cell spanning them, printed on
    their first row's line and read as no row: mutant 4155 txt), after the sub-projects' blocks each opened by its
    subtotal: the rows closing the last block, each source once and every source of the blocks', that are, source
    by source, the sum of the blocks' own source rows; None when no such cut, or more than one, is proven."""
    last = blocks[-1]
    block_sources = [{rows[k]["source"] for k in b[1:]} for b in blocks]
    if any(len(b) < 2 for b in blocks) or len({frozenset(x) for x in block_sources}) != 1:
        return None
    found = []
    for c in range(2, len(last) - 1):
        tail, head = last[c:], last[1:c]
        if (
            {rows[k]["source"] for k in tail} != block_sources[0]
            or len(tail) != len(block_sources[0])
            or {rows[k]["source"] for k in head} != block_sources[0]
        ):
            continue
        if _sums_the_others(rows, tail, [b[1:] for b in blocks[:-1]] + [head]):
            found.append(tail)
    return found[0] if len(found) == 1 else None


def _sums_the_others(rows: list[dict[str, Any]], block: list[int], others: list[list[int]]) -> bool:
    """Whether ``block``'s rows are, source by source, the sum of ``others``' rows in every cell where the block
    holds a figure (a cell it holds null, an amount merged over two periods, is no figure to prove; the others'
    rows of its source must hold one wherever it does, and it must hold one in more than half its cells)."""
    mine = {rows[k]["source"]: rows[k]["amounts_krw"] for k in block}
    if len(mine) != len(block) or None in mine:
        return False
    width = len(rows[block[0]]["amounts_krw"])
    if 2 * sum(v is not None for m in mine.values() for v in m) <= width * len(mine):
        return False
    sums: dict[str, list[int | None]] = {}
    for b in others:
        for k in b:
            amounts = rows[k]["amounts_krw"]
            if len(amounts) != width:
                return False
            acc = sums.setdefault(rows[k]["source"], [0] * width)
            sums[rows[k]["source"]] = [
                None if x is None or a is None else x + a for x, a in zip(acc, amounts, strict=True)
            ]
    return set(sums) == set(mine) and all(
        mine[s][j] is None or sums[s][j] == mine[s][j] for s in mine for j in range(width)
    )


def unproven_blocks(rows: list[dict[str, Any]]) -> bool:
    """Whether ``rows`` repeat a source in two or more blocks opened by a total row and no block is
    proven the whole's (:func:`whole_block` None): their amounts cannot be placed."""
    blocks = _blocks(rows)
    if blocks is None or len(blocks) < 2 or whole_block(rows) is not None:
        return False
    seen = [{rows[k]["source"] for k in b if rows[k]["source"] != "total"} for b in blocks]
    return any(a & b for i, a in enumerate(seen) for b in seen[i + 1 :])


def lone_total(rows: list[dict[str, Any]]) -> tuple[list[int], list[int]] | None:
    """The whole printed as one total row after the sub-projects' blocks (합계 / 총계 alone, no source
    under it), each block opened by its subtotal: ``([its index], [columns it is not proven in])`` when
    that row is, column by column, the sum of the subtotals in most columns (two at least); a column
    where it is not (an amount merged over two periods, repeated in each) is left unproven. None for
    any other table."""
    blocks = _blocks(rows)
    if blocks is None or len(blocks) < 3 or len(blocks[-1]) != 1 or any(len(b) < 2 for b in blocks[:-1]):
        return None
    last = rows[blocks[-1][0]]["amounts_krw"]
    subs = [rows[b[0]]["amounts_krw"] for b in blocks[:-1]]
    if any(len(s) != len(last) for s in subs):
        return None
    held = [
        j
        for j in range(len(last))
        if last[j] is not None and all(s[j] is not None for s in subs) and sum(s[j] for s in subs) == last[j]
    ]
    known = [
        j for j in range(len(last)) if last[j] is not None
    ]  # (a null: an amount merged over two periods)
    if len(held) < 2 or 2 * len(held) <= len(known):
        return None
    return blocks[-1], [j for j in range(len(last)) if j not in held]
