"""Which label of a label-left body (:mod:`.text_regions`) owns each content line. A label is centred vertically
in its cell, so the content lines between two labels are cut where the cells come out best centred on their
labels, preferring blank gaps (padding at the border) and never between two rows of cells one blank line apart
(inside a table). A cell whose label is far from the middle of its lines is no cell: no cut fits. On a page that
a cell entered from the page before, the lines above the first label's cell are that cell's; a page may end with
the top of a cell whose label is on the next page."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import Seg, TLine

GAP_WEIGHT = 1.5  # a blank line at a cut is worth this much centring error (cell padding)
MAX_OFF = 4  # lines: a cell's top and bottom may be this much (and a quarter of its lines) off centre
TAIL_COST = 4.0  # a page ending with the top of a cell whose label is on the next page


def _multi(segs: list[Seg]) -> bool:
    return len(segs) >= 2


def owners(
    lines: list[TLine], labels: list[tuple[int, int, list[Seg]]], content: dict[int, list[Seg]]
) -> dict[int, int] | None:
    """The label owning each content line (see the module docstring), or None if no cut fits."""
    owner: dict[int, int] = {}
    by_page: dict[int, list[int]] = {}
    for k in sorted(content):
        by_page.setdefault(lines[k].page, []).append(k)
    current = 0  # the label whose cell runs on at the top of the next page
    opened = False  # the page before ended with the top of the cell of the next page's first label
    bottom: dict[int, int] = {}  # per page, the last line above its page number (a cell's box may reach it)
    for ln in lines:
        bottom[ln.page] = max(bottom.get(ln.page, 0), ln.number - 1)
    for page in sorted(by_page):
        xs = by_page[page]
        here = [n for n, (f, _, _) in enumerate(labels) if lines[f].page == page]
        if not here:
            for k in xs:
                owner[k] = current
            continue
        carried = here[0] > 0 and any(owner.get(k) is not None for k in owner)  # a cell goes on from before
        goes_on = any(p > page for p in by_page)
        more = here[-1] + 1 < len(labels)
        first = opened and current == here[0]
        args = (lines, xs, [labels[n] for n in here], carried, content, more, goes_on, bottom[page])
        cuts = _cut_page(*args, opened=first)
        if cuts is None:
            return None
        if any(n >= len(here) for n in cuts.values()) and not _tail_fits(
            lines, labels, content, by_page, page, here[-1] + 1
        ):
            cuts = _cut_page(*args, tail=False, opened=first) or cuts
        for k, n in cuts.items():
            owner[k] = here[n] if 0 <= n < len(here) else current if n < 0 else here[-1] + 1
        opened = any(n >= len(here) for n in cuts.values())
        current = here[-1] + 1 if opened else here[-1]
    return owner


def _tail_fits(
    lines: list[TLine],
    labels: list[tuple[int, int, list[Seg]]],
    content: dict[int, list[Seg]],
    by_page: dict[int, list[int]],
    page: int,
    nxt: int,
) -> bool:
    """Whether the label ``nxt``, the first on a later page, can own the top of a cell that ``page`` ends with: on
    its own page its cell then begins at the page's first content line (the page break cut it there), and the
    label stands centred on that cell's part, its lines down to where its own cut ends it. Else the lines ``page``
    ends with are the cell's before (hansol-district 104002's body-table dump, its second card: the achievements'
    last lines before a break given to the outreach label twenty-five lines under the next page's top, and the
    achievements' lines atop that page with them)."""
    f, last, _ = labels[nxt]
    later = [p for p in by_page if page < p <= lines[f].page]
    if not later or later[0] != lines[f].page:
        return True  # a page of content only between: the cell runs over it, as before
    xs = by_page[later[0]]
    here = [n for n, (g, _, _) in enumerate(labels) if lines[g].page == later[0]]
    cuts = _cut_page(
        lines,
        xs,
        [labels[n] for n in here],
        True,
        content,
        here[-1] + 1 < len(labels),
        any(p > later[0] for p in by_page),
    )
    if cuts is None:
        return True
    tops = [lines[by_page[p][0]].text.strip() for p in by_page if p != later[0]]
    mine = [k for k in xs if cuts[k] <= 0]
    while mine and lines[mine[0]].text.strip() in tops:
        mine = mine[1:]  # a running header atop the page (its line atop another page too): no cell's line
    if not mine:
        return True
    centre = lines[f].number + lines[last].number
    span = len(mine)
    return abs(lines[mine[0]].number + lines[mine[-1]].number - centre) <= MAX_OFF + span // 4


def _cut_page(
    lines: list[TLine],
    xs: list[int],
    labels: list[tuple[int, int, list[Seg]]],
    carried: bool,
    content: dict[int, list[Seg]],
    more: bool,
    goes_on: bool,
    bottom: int | None = None,
    tail: bool = True,
    opened: bool = False,
) -> dict[int, int] | None:
    """Content lines of one page -> index of their label on the page (-1: the cell from before;
    len(labels): the top of a cell whose label is on the next page, if ``more`` labels follow).
    Where the region ``goes_on`` over the page, its last label may sit below its cell's lines: a
    cell the page break cuts reaches the page's ``bottom`` (the line above its page number), and
    ``pdftotext`` centres its label on that box, so the label may stand anywhere between the
    middle of its lines and the middle of its lines down to the bottom (a cell so read starts
    below a blank line, its padding, at a line that is no table row). ``tail``: whether the page's
    last lines may open the next page's first label's cell (:func:`_tail_fits`). ``opened``: the page
    before ended with the top of the first label's cell, so that label, alone above the page's first
    content line (a label box the page break left with none of its lines), may own no line here
    (hansol-district 104036's body-table dump: ``【 ⑤ 향후 추진 / 일정 】`` atop page 2, its one line at
    page 1's foot; with no cut for it the first card's region was refused and its two cards merged)."""
    num = [lines[k].number for k in xs]
    n, m = len(xs), len(labels)

    # gaps[i]: blank lines before xs[i]; cuts[i]: a cell may start at xs[i] (not inside a table: rows a blank
    # line apart), both counted once here, not in the search's inner loop
    gaps = [0] + [sum(1 for ln in lines[xs[i - 1] + 1 : xs[i]] if ln.blank) for i in range(1, n)]
    cuts = [
        i == 0 or not (_multi(content[xs[i - 1]]) and _multi(content[xs[i]])) or gaps[i] >= 2
        for i in range(n)
    ]

    inf = float("inf")
    # best[j][i]: least cost with labels < j placed and their cells ending before xs[i]
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back: dict[tuple[int, int], int] = {}
    if carried:
        for i in range(n + 1):
            if i == n or cuts[i]:
                best[0][i] = 0.0
    else:
        best[0][0] = 0.0
    if opened and m and n and xs[0] > labels[0][1] and best[0][0] == 0.0:
        best[1][0] = 0.0  # the first label's cell wholly on the page before
        back[(1, 0)] = 0
    for j, (f, last, _) in enumerate(labels):
        centre = (lines[f].number + lines[last].number) / 2
        for s in range(n):
            if best[j][s] == inf or not cuts[s] or xs[s] > last:
                continue
            if j > 0 and xs[s] <= labels[j - 1][1]:
                continue
            for e in range(s + 1, n + 1):
                if j + 1 < m and xs[e - 1] >= labels[j + 1][0]:
                    break  # a cell stops above the next label
                if (
                    (xs[e - 1] < f and (j + 1 < m or not goes_on))
                    or (j + 1 == m and e != n and not more)
                    or (e < n and not cuts[e])
                ):
                    continue
                err = abs(num[s] + num[e - 1] - 2 * centre)
                if (
                    goes_on
                    and bottom is not None
                    and j + 1 == m
                    and e == n
                    and bottom > num[e - 1]
                    and gaps[s]
                    and not _multi(content[xs[s]])
                ):
                    # the page's last cell, cut by the break: centred on its lines or on its box to the bottom
                    low = num[s] + bottom - 2 * centre
                    err = 0.0 if (num[s] + num[e - 1] - 2 * centre) <= 0 <= low else min(err, abs(low))
                if err > MAX_OFF + (e - s) // 4:
                    continue  # the label is not near the middle of these lines: not its cell
                cost = best[j][s] + err - GAP_WEIGHT * min(gaps[s], 2)
                if cost < best[j + 1][e]:
                    best[j + 1][e] = cost
                    back[(j + 1, e)] = s
    # the page's last lines may open the cell of the next page's first label (its label there)
    ends = [(best[m][n], n)] + [
        (best[m][e] + TAIL_COST - GAP_WEIGHT * min(gaps[e], 2), e)
        for e in range(1, n)
        if more and tail and cuts[e]
    ]
    cost, e = min(ends)
    if cost == inf:
        return None
    out: dict[int, int] = {xs[i]: m for i in range(e, n)}
    for j in range(m, 0, -1):
        s = back[(j, e)]
        for i in range(s, e):
            out[xs[i]] = j - 1
        e = s
    for i in range(e):
        out[xs[i]] = -1
    return out
