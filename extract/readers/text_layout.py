"""Layout of a text dump whose converter kept the page geometry (``pdftotext -layout``, a viewer's
"save as text", hwp5txt with tables): label-left two-column regions, aligned-column tables and
running text, found from the positions of the segments. This module reads a run of lines in order
(:func:`analyse`); each part of the reading is a module of its own.

- A **two-column region** (:mod:`text_label_regions`) is a run of lines whose text starts right of a
  content column, with short labels (no bullet, no numbering) left of it, alone on their lines or
  followed by content on the same line. Each label with its content becomes one row of a two-column
  table (label cell | content cell with its paragraphs and tables, read again here), as the PDF
  reader gives such a card.
- An **aligned block** (:mod:`text_aligned_blocks`) is a run of lines of two or more segments (with
  the blank lines between them, wrapped cell lines, and a spanning header line just above) on one
  page; it becomes a :class:`Table` through :mod:`text_columns`, or, when it cannot be aligned with
  certainty, one text line per row (no cell is placed in a column). A block at the top of a page
  with the same column count as a table just before the page break continues that table
  (:mod:`text_break_tables`); a row cut by a page break, or rows after it that align only with the
  table's lines above the break, are read again from the lines of both pages
  (:mod:`text_break_reread`); a header row the break cut from its body goes over the body's columns
  (:mod:`text_break_heads`).
- A **label-left body** (the whole body one label | content table, labels centred on their
  cells, glued to their content, beside table rows, over page breaks) is found by
  :mod:`text_regions`; its regions take precedence over the two-column regions above.
- Everything else stays a line of text (:mod:`text_layout_items`).
"""

from __future__ import annotations

from collections.abc import Set

from pledgecard.extract.document import Cell, Paragraph, Source, Table
from pledgecard.extract.readers import text_regions
from pledgecard.extract.readers.text_aligned_blocks import find_block
from pledgecard.extract.readers.text_break_heads import header_over_break
from pledgecard.extract.readers.text_break_reread import (
    carry_over,
    read_with,
    row_below_running_head,
    rows_after_break,
)
from pledgecard.extract.readers.text_break_tables import (
    append_rows,
    continues,
    ends_with_head,
    group_rows_atop,
    head_to_text,
    opens_page_after,
    repeated_lines,
    starts_page,
    table_before,
    without_running_heads,
)
from pledgecard.extract.readers.text_cells import join_wrapped
from pledgecard.extract.readers.text_columns import build_table, flatten, measure_score
from pledgecard.extract.readers.text_html_logs import log_table
from pledgecard.extract.readers.text_html_padded import padded_end, padded_table, table_end
from pledgecard.extract.readers.text_html_spans import spanned_table
from pledgecard.extract.readers.text_label_regions import find_regions, label_part, split_region
from pledgecard.extract.readers.text_layout_items import Out, TextLine, to_blocks
from pledgecard.extract.readers.text_left_columns import left_columns
from pledgecard.extract.readers.text_line_kinds import ends_page
from pledgecard.extract.readers.text_lines import Seg, TLine, printed
from pledgecard.extract.readers.text_packed_rows import replace_packed_rows, row_of_cells, spaces_part_rows
from pledgecard.extract.readers.text_stacked import stacked_tables
from pledgecard.extract.readers.text_year_pair_heads import unplaced_lines


def analyse(
    lines: list[TLine],
    base: int = 0,
    lexicon: str | None = None,
    unrecovered: list[tuple[int, int]] | None = None,
    repeated: Set[str] | None = None,
) -> list[Out]:
    """Tables and text lines of a run of lines, in reading order. ``lexicon`` is the document's
    text, where a word broken across the lines of a cell is looked up; the line ranges of the
    aligned blocks left as text (not placed in columns with certainty) go into ``unrecovered``."""
    if unrecovered is None:
        unrecovered = []
    if lexicon is None:
        lexicon = "\n".join(" ".join(s.text for s in ln.segs) for ln in lines)
    out: list[Out] = []
    labelled = text_regions.find(lines) if base == 0 else []
    regions = [
        r
        for r in (find_regions(lines) if base == 0 else [])
        if not any(r[0] <= g.last and g.first <= r[1] for g in labelled)
    ]
    if repeated is None and (labelled or regions):
        repeated = repeated_lines(lines)  # the running page lines, for the content cells too
    blocks: dict[int, list[TLine]] = {}  # id of a table read from blocks -> their lines
    k = 0
    while k < len(lines):
        # a region whose first lines a table above took (header rows printed label | value) goes on
        region = next(
            (
                (b, col)
                for a, b, col in regions
                if a <= k <= b
                and not lines[k].blank
                and any(label_part(ln, col) for ln in lines[k : b + 1] if not ln.blank)
            ),
            None,
        )
        if region is not None:
            b, col = region
            out.append(region_table(lines[k : b + 1], col, lexicon, unrecovered, repeated))
            k = b + 1
            continue
        line = lines[k]
        if line.blank:
            k += 1
            continue
        lab = next((g for g in labelled if g.first == k), None)
        if lab is not None:
            out.append(
                label_table(
                    [(c.label, c.lines) for c in lab.cells],
                    lines[lab.first : lab.last + 1],
                    lab.col,
                    lexicon,
                    unrecovered,
                    repeated,
                )
            )
            k = lab.last + 1
            continue
        logged = log_table(lines, k, lexicon)
        if logged is not None:  # a log table an HTML converter laid out, its rows told by their padding
            out.append(logged[0])
            k = logged[1]
            continue
        if repeated is None:
            repeated = repeated_lines(lines)
        carried = carry_over(lines, k, out, blocks, repeated, lexicon)
        if carried is not None:
            k = carried
            continue
        split = header_over_break(lines, k, repeated, lexicon)
        if split is not None:
            out.append(split[0])
            k = split[1]
            continue
        blk = find_block(lines, k)
        if blk is not None and (cut := table_end(lines, blk[0])) is not None and cut < blk[1]:
            blk = (
                blk[0],
                cut,
                blk[2],
            )  # the next padded table printed after the indent's line: a table of its own
        padded = (
            blk is not None
            and (pad := padded_end(lines, blk[0])) is not None
            and any(not ln.blank for ln in lines[blk[1] + 1 : pad])
            and padded_table(lines[blk[0] : pad + 1]) is not None
        )  # rows the aligned block left out
        if (
            blk is not None and padded
        ):  # an HTML converter's padded table: its rows told by its lines of spaces
            blk = (blk[0], pad, max(blk[2], sum(ln.blank for ln in lines[blk[0] : pad + 1])))
        if blk is not None and blk[2] < 2:  # one row of cells: a table only across a page break
            nxt = ends_page(lines, blk[1])
            after = find_block(lines, nxt) if nxt is not None else None
            prev = out[-1] if out else None
            if not (
                blk[2] == 1
                and (
                    (after is not None and after[2] >= 1)
                    or (isinstance(prev, Table) and starts_page(lines, blk[0], prev))
                    or row_below_running_head(lines, blk, out, repeated, lexicon)
                )
            ):
                # no table: its lines are text, and no later line of it starts one (linear time)
                stop = min([blk[1]] + [a - 1 for a, _, _ in regions if k < a <= blk[1]])
                i = k
                while i <= stop:
                    ln = lines[i]
                    if (group := row_of_cells(lines, i)) is not None and group[1] <= stop + 1:
                        out.extend(
                            TextLine(sg.text, max(0, sg.x0 - base), sg.line, sg.line) for sg in group[0]
                        )
                        i = group[1]
                        continue
                    if not ln.blank:
                        out.append(
                            TextLine(
                                " ".join(sg.text for sg in ln.segs),
                                max(0, ln.segs[0].x0 - base),
                                ln.number,
                                max(ln.number, ln.end),
                                printed(ln),
                            )
                        )
                    i += 1
                k = max(k, stop) + 1
                continue
        if blk is not None and blk[0] >= k - 2:
            a, b = blk[0], blk[1]
            if a < k and out and isinstance(out[-1], TextLine) and out[-1].line_start == lines[a].number:
                out.pop()  # the spanning header line above was already read as text
            own = without_running_heads(lines, a, b, repeated)
            spanned = spanned_table(own, lexicon)
            exact = padded_table(own, lexicon) if padded and spanned is None else None  # cells where printed
            table = spanned or exact or build_table(own, lexicon)
            if table is None and spaces_part_rows(own):
                table = left_columns(own, lexicon)
            if table is not None and exact is None:
                table = replace_packed_rows(table, own)
            if table is not None:
                prev = table_before(out, repeated, lines[a])
                joined = read_with(prev, table, blocks, own, lines, a, repeated, lexicon)
                if prev is not None and ends_with_head(prev) and opens_page_after(prev, lines, a, repeated):
                    head_to_text(out, prev, base)  # a new stacked table's head cut from its body
                    blocks.pop(id(prev), None)
                    out.append(table)
                    blocks[id(table)] = own
                elif prev is not None and continues(prev, table, lines, a, repeated):
                    group_rows_atop(out, prev, repeated, lines[a])
                    append_rows(prev, table, cut=padded_end(lines, a) is not None)
                    blocks.pop(id(prev), None)
                elif prev is not None and joined is not None:
                    out[next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)] = joined[0]
                    del blocks[id(prev)]
                    blocks[id(joined[0])] = joined[1]
                    out.extend(
                        unplaced_lines(joined[1], base)
                    )  # (rows a page on placed by nothing: text_year_pair_pages)
                else:
                    out.append(table)
                    blocks[id(table)] = own
                    out.extend(unplaced_lines(own, base))  # figures between a year's sub-columns: no cell's
            elif (
                across := rows_after_break(
                    prev := table_before(out, repeated, lines[a]), blocks, own, lines, a, repeated, lexicon
                )
            ) is not None:
                out[next(i for i in range(len(out) - 1, -1, -1) if out[i] is prev)] = across[0]
                del blocks[id(prev)]
                blocks[id(across[0])] = across[1]
            elif (stacked := stacked_tables(own, lexicon)) is not None:
                out.extend(stacked)  # tables one under another, each with its own columns
            else:
                out.extend(_rows_as_text(lines[a : b + 1], base, lexicon))
                unrecovered.append((lines[a].number, lines[b].number))
            k = b + 1
            continue
        group = row_of_cells(lines, k)
        if group is not None:
            out.extend(TextLine(sg.text, max(0, sg.x0 - base), sg.line, sg.line) for sg in group[0])
            k = group[1]
            continue
        seg0 = line.segs[0]
        out.append(
            TextLine(
                " ".join(s.text for s in line.segs),
                max(0, seg0.x0 - base),
                line.number,
                max(line.number, line.end),
                printed(line),
            )
        )  # (a rest a reader joined: its line)
        k += 1
    return out


def _rows_as_text(lines: list[TLine], base: int, lexicon: str) -> list[TextLine]:
    """An unaligned block's rows as text lines, cells ordered in the measure that lines up more of
    the block's segment edges (as :func:`text_columns.plan` chooses)."""
    wide = measure_score(lines, True) >= measure_score(lines, False)
    by_number = {ln.number: ln for ln in lines}

    def as_printed(text: str, a: int, b: int) -> str | None:
        """The line as printed (its space runs: the gaps of empty cells) when the row is that one line
        in its printed order."""
        ln = by_number.get(a)
        if a != b or ln is None or " ".join(sg.text for sg in ln.segs).split() != text.split():
            return None
        return printed(ln)

    def first_printed(text: str, a: int, b: int) -> str | None:
        """A row over several lines (a cell wrapped onto the next): its first line as printed, where the row's
        text opens with that line's words (the cells the row printed apart there)."""
        ln = by_number.get(a)
        if a == b or ln is None:
            return None
        first = " ".join(sg.text for sg in ln.segs).split()
        return printed(ln) if text.split()[: len(first)] == first else None

    return [
        TextLine(text, max(0, indent - base), a, b, as_printed(text, a, b), first_printed(text, a, b))
        for text, a, b, indent in flatten(lines, wide=wide, lexicon=lexicon)
    ]


def region_table(
    lines: list[TLine],
    col: int,
    lexicon: str = "",
    unrecovered: list[tuple[int, int]] | None = None,
    repeated: Set[str] | None = None,
) -> Table:
    return label_table(split_region(lines, col), lines, col, lexicon, unrecovered, repeated)


def label_table(
    pairs: list[tuple[list[Seg], list[TLine]]],
    lines: list[TLine],
    col: int,
    lexicon: str = "",
    unrecovered: list[tuple[int, int]] | None = None,
    repeated: Set[str] | None = None,
) -> Table:
    """A label | content table of labels (segments) with their content lines; ``repeated``: the
    document's running page lines (a content cell cut by a page break holds one)."""
    cells: list[Cell] = []
    for n, (segs, body) in enumerate(pairs):
        nums = [s.line for s in segs]
        cells.append(
            Cell(
                row=n,
                col=0,
                text=join_wrapped([s.text for s in segs], lexicon),
                source=Source(
                    line_start=min(nums),
                    line_end=max(nums),
                    columns=(min(s.x0 for s in segs), max(s.x1 for s in segs)),
                ),
            )
        )
        blocks = to_blocks(
            analyse(body, base=col, lexicon=lexicon, unrecovered=unrecovered, repeated=repeated)
        )
        paras = [b for b in blocks if isinstance(b, Paragraph)]
        nested = [b for b in blocks if isinstance(b, Table)]
        bn = [ln.number for ln in body if not ln.blank] or nums
        text = "\n".join(b.full_text if isinstance(b, Paragraph) else b.text() for b in blocks)
        cells.append(
            Cell(
                row=n,
                col=1,
                text=text,
                source=Source(line_start=min(bn), line_end=max(bn)),
                paragraphs=paras,
                nested=nested,
                blocks=blocks if nested else [],
            )
        )
    nums = [ln.number for ln in lines if not ln.blank]
    return Table(
        cells=cells, n_rows=len(cells) // 2, n_cols=2, source=Source(line_start=min(nums), line_end=max(nums))
    )
