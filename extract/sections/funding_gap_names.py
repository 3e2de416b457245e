"""Sources' names a head line prints letter-spaced, its gaps telling the names apart (session 35, txtmoney2; mutant
4316 txt, haemil-province): ``국  비 도  비 시  군  비`` prints each name's letters two spaces apart and the names
one space apart, so the fewest-words parting (``시`` a source of its own, then ``군비``) read a fourth source that is
none, and the transposed table's columns one too many. Where the line's gaps take two widths and cutting at every
gap of one width (and nowhere else) parts the words into two or more sources' names, that parting is the line's;
else none is told by the gaps (the caller parts the words as before)."""

from __future__ import annotations

import re

from pledgecard.normalize.money import funding_source

_GAP = re.compile(r"\s+")


def gap_parted(printed: str) -> list[str] | None:
    """The sources' names of a head line ``printed`` with its gaps, cut at the gaps of one width only, where exactly
    one width so cuts it into two or more names (each a source :func:`funding_source` knows); None otherwise."""
    text = printed.strip()
    words = _GAP.split(text)
    gaps = [len(g) for g in _GAP.findall(text)]
    if len(set(gaps)) != 2:
        return None
    found: list[list[str]] = []
    for width in set(gaps):
        names, cur = [], [words[0]]
        for w, g in zip(words[1:], gaps, strict=True):
            if g == width:
                names.append("".join(cur))
                cur = [w]
            else:
                cur.append(w)
        names.append("".join(cur))
        if len(names) >= 2 and all(funding_source(n) is not None for n in names):
            found.append(names)
    return found[0] if len(found) == 1 else None
