"""Source-row labels: the source a row's leading cells name, several sources' names printed in one cell or
line (two rows run together, a spaced label joined again), a lone source line, the subtotal words."""

from __future__ import annotations

from pledgecard.extract.sections.funding_cells import unspaced
from pledgecard.extract.sections.funding_subrows import sub_row_label
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source


def source_label(cells: list[str]) -> str | None:
    """The row label among a row's leading cells: the most specific one that names a source
    (``지방비`` merged over ``도비`` / ``시군비`` gives ``도비``), also from the last word of a
    label a dump printed as one (``지방비 도비``). Two sources of one level run together in a
    cell (``시비 구비``: two rows' labels a dump printed on one line) name no one row: None."""
    for cell in reversed(cells):
        cell = sub_row_label(cell) or cell  # (도비): a part of the row above, named in brackets
        if _two_rows_run_together(cell):
            return None
        words = cell.split()
        if len(words) > 1 and unspaced(cell) in _derived_heads():
            continue  # a derived head spaced out, whole (누 계, a running total's row read transposed): its last
            # syllable no label (a spaced cell naming a source after such a word, 확 보 국 비, reads as before)
        # the cell whole, or its last words (a spanning cell's word printed before the row's own label,
        # spaced: 합계 국 비 / 지방비 도비), the longest first
        for cand in (unspaced(" ".join(words[k:])) for k in range(len(words))):
            if cand and funding_source(cand) is not None:
                return cand
    return None


def _derived_heads() -> frozenset[str]:
    """The heads of a column derived from the periods (누계, 증감; vocabulary ``[funding_columns] change``), unspaced."""
    return frozenset(unspaced(w) for w in current().words("funding_columns", "change"))


# sources a label may print over one of its parts (지방비 over 도비 / 시비, a total over a source)
_GROUP_SOURCES = frozenset({"local", "total"})


def _two_rows_run_together(cell: str) -> bool:
    """Whether a cell's words name two different sources neither of which is a group over the
    other (``시비 구비``; not ``지방비 도비``, not ``국비 국고보조금``). Words that joined are one source's
    label are that label spaced by the converter (``광역  시비``: 광역 and 시비 each a label alone), no two rows
    (the class of card fixed: a spaced 광역시비 row dropped as two rows' labels)."""
    if len(cell.split()) > 1 and funding_source(unspaced(cell)) is not None:
        return False
    codes = [c for c in (funding_source(unspaced(w)) for w in cell.split()) if c is not None]
    return any(a != b and a not in _GROUP_SOURCES for a, b in zip(codes, codes[1:], strict=False))


def subtotal_words() -> set[str]:
    """The subtotal row words (소계; vocabulary ``[totals] sub``), keyed as labels are."""
    return {key(w) for w in current().words("totals", "sub")}


def lone_source(text: str) -> bool:
    """A line of one source label and nothing else (국비; not a total's word)."""
    toks = text.split()
    return len(toks) == 1 and funding_source(toks[0]) not in (None, "total")


def several_sources(toks: list[str]) -> bool:
    """Whether a line's words part into two or more sources' names in any way (``국  비 시  비``: a sub-head
    row under a spanning head, several cells on one line), the words together naming no one source.
    Unlike :func:`source_labels` (which reads a header row's labels, greedily, a spaced label's syllables
    joined only where they are short), any parting counts here: it is only asked whether one exists."""
    ends = {0}  # word counts that part into sources' names
    for j in range(1, len(toks) + 1):
        if any(funding_source("".join(toks[i:j])) is not None for i in ends if i < j):
            ends.add(j)
    return len(toks) in ends and funding_source("".join(toks)) is None and len(toks) > 1


def source_labels(tokens: list[str]) -> list[str] | None:
    """The source labels of a header row (``계 국비 도비 시군비 민자``), a label a dump printed
    spaced (``국 비``) joined again; None when a token names no source."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        # a label spaced syllable by syllable (국 비, 지 방 비, 시 군 비): the longest run of short tokens
        # that joins into a source label, of single syllables or none of whose later tokens is one by
        # itself (국비 도비 stay two)
        k = next(
            (
                k
                for k in (4, 3, 2)
                if i + k <= len(tokens)
                and all(len(t) <= 2 for t in tokens[i : i + k])
                and funding_source("".join(tokens[i : i + k]))
                and (
                    all(len(t) == 1 for t in tokens[i : i + k])
                    or all(funding_source(t) is None for t in tokens[i + 1 : i + k])
                )
            ),
            0,
        )
        if k:
            out.append("".join(tokens[i : i + k]))
            i += k
            continue
        if funding_source(tokens[i]) is None:
            return None
        out.append(tokens[i])
        i += 1
    return out
