"""Lines a converter prints after every page's text: a watermark turned across each page (the office, the
print day and time) or a stamp drawn over it, which a text dump prints once its page's own lines are out, as
a paragraph of its own. A dump without page numbers or form feeds shows no page edge to find it at
(:func:`text_lines.furniture`); the last page's copy closes the file. So: the paragraph closing the dump,
printed the same, line for line, as a paragraph of its own elsewhere in it, none of its lines opening with
an item's marker, a card's title or header labels, no card's title after any of its copies (a file holding
one pledge's card twice closes both with the same lines): page furniture wherever printed.

A paragraph of one line proves little (``해당 없음`` closing one section and printed under another): it is page
furniture only where printed at least three times at page-sized intervals (no gap between two copies more than
twice another). No copy that is the only content under a section heading (a heading line before it, a heading
or the file's end after it) is furniture: the closing paragraph is then a section's text, none of it is
dropped."""

from __future__ import annotations

from collections.abc import Sequence

from pledgecard.extract.heading_line_shape import shaped_title
from pledgecard.extract.labels import find_labels, is_title, section_of
from pledgecard.extract.markers import split_marker
from pledgecard.extract.readers.text_lines import TLine


def _paragraphs(lines: Sequence[TLine]) -> list[list[int]]:
    """The indexes of each run of non-blank lines."""
    out: list[list[int]] = []
    cur: list[int] = []
    for k, ln in enumerate(lines):
        if ln.blank:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(k)
    if cur:
        out.append(cur)
    return out


def _plain(text: str) -> bool:
    """A line that could be page furniture: no item's marker, no title, no header label opening it."""
    labels = find_labels(text)
    return (
        split_marker(text)[0] is None
        and not is_title(text)
        and not (labels and not text[: labels[0][1]].strip())
    )


def _page_spaced(starts: list[int]) -> bool:
    """Three copies or more, the gaps between them alike (the longest at most twice the shortest): one a page."""
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    return len(starts) >= 3 and min(gaps) * 2 >= max(gaps)


def closing_marks(lines: Sequence[TLine]) -> set[int]:
    """Indexes of the lines of every copy of the dump's closing paragraph when it is page furniture (above)."""
    paras = _paragraphs(lines)
    if len(paras) < 2:
        return set()

    def key(idx: list[int]) -> tuple[str, ...]:
        return tuple(" ".join(lines[k].text.split()) for k in idx)

    def _heading(k: int) -> bool:
        text = " ".join(lines[k].text.split())
        return section_of(text) is not None or shaped_title(text) is not None

    last = key(paras[-1])
    if not all(_plain(t) for t in last):
        return set()
    copies = [n for n, p in enumerate(paras[:-1]) if key(p) == last]
    if not copies:
        return set()
    for n in copies:  # a card's title after a copy: the same card's last lines, twice in one file
        if is_title(" ".join(lines[paras[n + 1][0]].text.split())):
            return set()
    marks = [*copies, len(paras) - 1]
    if len(last) < 2 and not _page_spaced([paras[n][0] for n in marks]):
        return set()
    if any(
        _heading(paras[n - 1][-1]) and (n + 1 == len(paras) or _heading(paras[n + 1][0])) for n in marks if n
    ):
        return set()  # a section's only content, not a page's furniture
    return {k for n in marks for k in paras[n]}
