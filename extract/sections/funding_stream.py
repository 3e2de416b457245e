"""A funding table read as a stream of cells (labels and amounts in printed order, no line a row):
the columns and rows the counts and sums prove."""

from __future__ import annotations

import re

from pledgecard.extract.figure_marks import without_marks
from pledgecard.extract.revisions import in_force
from pledgecard.extract.sections.funding_budget_reading import budget_reading
from pledgecard.extract.sections.funding_cells import glue_numbers, with_raw
from pledgecard.extract.sections.funding_checks import consistent, source_totals, sums_fit, total_end_by_sums
from pledgecard.extract.sections.funding_column_heads import (
    PERIOD_RANK,
    classify_column,
    gubun_pattern,
    is_in_term,
    one_label_moved,
    periods_in_order,
    stream_token,
)
from pledgecard.extract.sections.funding_continued import closes_whole, continues_rows, continues_years
from pledgecard.extract.sections.funding_head_amid import head_amid_columns
from pledgecard.extract.sections.funding_header import (
    column_layout,
    cut_orders,
    gap_at,
    lined_header,
    order_by_sums,
)
from pledgecard.extract.sections.funding_labels import UNLABELLED
from pledgecard.extract.sections.funding_labels_amid import labels_off_rows, runs_lead_rows, total_row_sums
from pledgecard.extract.sections.funding_late_total import late_total_reading
from pledgecard.extract.sections.funding_named_shares import share_sources
from pledgecard.extract.sections.funding_pair_order import pairs_out_of_order
from pledgecard.extract.sections.funding_pairs import pair_kind, sub_kind
from pledgecard.extract.sections.funding_part_block import part_for_whole, without_amounts
from pledgecard.extract.sections.funding_plan_by_budget import plan_by_budget
from pledgecard.extract.sections.funding_proof import Budget, proven_grid
from pledgecard.extract.sections.funding_remark_pairs import remark_pairs
from pledgecard.extract.sections.funding_share_column import lone_shares_out
from pledgecard.extract.sections.funding_short_tail import short_share_tail
from pledgecard.extract.sections.funding_source_labels import subtotal_words
from pledgecard.extract.sections.funding_strays import continuing
from pledgecard.extract.sections.funding_subrows import fold_labelled_rows
from pledgecard.extract.sections.funding_term_column import with_term_columns
from pledgecard.extract.sections.funding_total_reading import reading_by_runs, reading_header
from pledgecard.extract.sections.funding_year_amounts import amounts_like_years
from pledgecard.extract.vocabulary import current, key
from pledgecard.normalize.money import funding_source, parse_amount
from pledgecard.record import FundingColumn, FundingRow


def _stream_pairs(stream: list[re.Match[str]]) -> tuple[list[str], bool]:
    """The pair words of a table printed cell by cell: the sub-column kinds printed in the header
    (at least two plan words and a second word before the first amount), or whether plan and
    second figures come in runs each opened by its pair word (a second word among the amounts)."""
    first = next((m.start() for m in stream if m.lastgroup == "amount"), None)
    opened = next((m.start() for m in stream if m.lastgroup == "pair"), None)
    kinds = [
        (m.start(), pair_kind(m.group(0)) if m.lastgroup == "pair" else "derived")
        for m in stream
        if m.lastgroup == "pair" or _derived_among_pairs(m, opened)
    ]
    head = lone_shares_out([k for p, k in kinds if k and (first is None or p < first)])
    if head.count("plan") >= 2 and "second" in head:
        return head, False
    return [], first is not None and any(k == "second" for p, k in kinds if p > first)


def rejoin_header_pieces(text: str) -> str:
    """A funding table printed a cell a line, with the header cells a narrow column wrapped
    (``총사업`` / ``비``, ``임기이`` / ``후``) printed in pieces apart from each other (pdftotext's
    default mode prints a cell's lines with the block they stand level with: the second piece
    after other header cells, or after the table's last amount). A line of the header that is no
    token of the table is joined with a later such line, in the header or the first line after the
    last amount, when the two make a column word of the vocabulary (a total, 기투자, 임기이후) and
    no other pair of pieces does; the word stands where its first piece was printed. The columns'
    order is then the sums' and time order's to prove (:func:`proven_grid`, :func:`one_label_moved`)."""
    lines = text.split("\n")
    token = current().build(stream_token)
    amounts = [k for k, ln in enumerate(lines) if any(m.lastgroup == "amount" for m in token.finditer(ln))]
    if not amounts:
        return text
    words = {
        key(w)
        for kind in ("total", "prior", "after_term")
        for w in current().words("funding_columns", kind)
        if len(w) > 2
    }

    def piece(k: int) -> bool:
        t = lines[k].strip()
        return bool(t) and len(t) <= 4 and re.fullmatch(r"[가-힣]+", t) is not None and not token.search(t)

    after = next((k for k in range(amounts[-1] + 1, len(lines)) if lines[k].strip()), None)
    head = [k for k in range(amounts[0]) if piece(k)]
    tails = head + ([after] if after is not None and piece(after) else [])
    pairs = [(a, b) for a in head for b in tails if b > a and key(lines[a] + lines[b]) in words]
    firsts = [a for a, _ in pairs]
    seconds = [b for _, b in pairs]
    if (
        not pairs
        or len(set(firsts)) != len(firsts)
        or len(set(seconds)) != len(seconds)
        or set(firsts) & set(seconds)
    ):
        return text
    for a, b in pairs:
        lines[a] = lines[a].strip() + lines[b].strip()
        lines[b] = ""
    return "\n".join(lines)


def _derived_among_pairs(m: re.Match[str], opened: int | None) -> bool:
    """A sub-column derived from the pair (집행률 beside 예산 집행): a share word after the first pair word."""
    return (
        m.lastgroup == "col"
        and opened is not None
        and m.start() > opened
        and sub_kind(m.group(0)) == "derived"
    )


def funding_from_stream(
    text: str, multiplier: int, budget: Budget | None = None, strays: tuple[str, ...] = ()
) -> tuple[list[FundingColumn], list[FundingRow]]:
    """:func:`from_stream`, of a table continued on the next page with its header printed again
    (구분 once more after the amounts) read part by part and joined where the parts have the same
    rows and the later part's periods go on from the earlier's; else read whole."""
    text = rejoin_header_pieces(without_marks(in_force(text)))  # 4,618※, 1,200 → 1,350: the figure (in force)
    amount = re.search(r"\d", text)
    heads = [m.start() for m in current().build(gubun_pattern).finditer(text)]
    cuts = [text.rfind("\n", 0, h) + 1 for h in heads if amount and h > amount.start()]
    if not cuts:
        return from_stream(text, multiplier, budget, strays)
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    beside = _beside_summary(parts, multiplier, budget)
    if beside is not None:
        return beside
    columns, rows = from_stream(parts[0], multiplier, budget)
    more_read = [from_stream(part, multiplier) for part in parts[1:]]
    if rows and all(continues_rows(columns, rows, c, r) for c, r in more_read[:1]) and len(more_read) == 1:
        return columns, rows + more_read[0][1]  # the rows going on under the head printed again
    widths = [len(columns)]
    closed = False  # a part closed the whole with its total column: none goes on after it
    for part in parts[1:]:
        more_cols, more_rows = from_stream(part, multiplier)
        if closed or not rows or not continues_years(columns, rows, more_cols, more_rows, multiplier):
            return from_stream(text, multiplier, budget, strays)
        closed = closes_whole(more_cols)
        for row, more in zip(rows, more_rows, strict=True):
            row["amounts_krw"] += more["amounts_krw"]
        columns = columns + more_cols
        widths.append(len(more_cols))
    # each part's reading placed its own total by its own rows, which the parts only sum to together:
    # the amounts of all the parts, in printed order, placed where the whole table's sums prove it
    totals_at = [i for i, r in enumerate(rows) if r["source"] == "total"]
    printed = [_printed_amounts(part) for part in parts]
    proof = None
    for amounts in (sum(printed, []), _rows_across_parts(printed, widths, len(rows))):
        proof = (
            None
            if len(totals_at) > 1 or not amounts
            else proven_grid(
                columns,
                totals_at[0] if totals_at else None,
                len(rows),
                amounts,
                multiplier,
                budget,
                [r["source"] for i, r in enumerate(rows) if i not in totals_at],
            )
        )
        if proof is not None:
            break
    if proof is not None and periods_in_order(proof[0]):
        columns, row_order, grid = proof
        rows = [
            {
                "label": rows[k]["label"],
                "source": rows[k]["source"],
                "amounts_krw": [parse_amount(c, multiplier) for c in cells],
            }
            for k, cells in zip(row_order, grid, strict=True)
        ]
    elif "total" in (kinds := [c["kind"] for c in columns]) and not all(
        sums_fit(r["amounts_krw"], kinds.index("total")) for r in rows if any(r["amounts_krw"])
    ):
        for r in rows:  # a total its row does not sum to, over the joined parts: no cell is placed
            if "amounts_raw" not in r:
                r["amounts_raw"] = [
                    "-" if v == 0 else f"{v / multiplier:,.15g}" for v in r["amounts_krw"] if v is not None
                ]
            r["amounts_krw"] = [None] * len(columns)
    return columns, rows


def _beside_summary(
    parts: list[str], multiplier: int, budget: Budget | None
) -> tuple[list[FundingColumn], list[FundingRow]] | None:
    """:func:`summary_tables` for a stream whose head (구분) is printed again: the one part that
    reads with periods, when every other part reads without any and its rows' totals are the same
    sources' in that part (a 총괄 table printed before the years); else None."""
    read = [from_stream(part, multiplier, budget) for part in parts]
    with_periods = [
        k
        for k, (cols, rows) in enumerate(read)
        if consistent(cols, rows) and any(c["kind"] in PERIOD_RANK for c in cols)
    ]
    if len(with_periods) != 1:
        return None
    totals = source_totals(*read[with_periods[0]])
    for k, (cols, rows) in enumerate(read):
        own = source_totals(cols, rows, multiplier)
        if k != with_periods[0] and not (
            rows
            and own
            and len(own) == len(rows)
            and not any(c["kind"] in PERIOD_RANK for c in cols)
            and all(totals.get(lab) == v for lab, v in own.items())
        ):
            return None
    return read[with_periods[0]]


def _rows_across_parts(printed: list[list[str]], widths: list[int], n_rows: int) -> list[str]:
    """The amounts of a table split over pages, each part printed row by row (a part's rows one
    after another, each its own columns' cells), dealt into the whole table's rows: row by row,
    each row its cells of every part in turn. None (empty) unless every part holds a cell per row
    and column."""
    if not n_rows or any(len(a) != n_rows * w for a, w in zip(printed, widths, strict=True)):
        return []
    return [
        x for i in range(n_rows) for a, w in zip(printed, widths, strict=True) for x in a[i * w : (i + 1) * w]
    ]


def _printed_amounts(text: str) -> list[str]:
    """The amounts of a stream in printed order (a number a narrow cell wrapped made whole); none
    where pair words (계획 / 집행) part them into figures of two kinds."""
    stream = list(current().build(stream_token).finditer(text))
    if any(m.lastgroup == "pair" for m in stream):
        return []
    return glue_numbers([m.group(0) for m in stream if m.lastgroup == "amount"])


def from_stream(
    text: str, multiplier: int, budget: Budget | None = None, strays: tuple[str, ...] = ()
) -> tuple[list[FundingColumn], list[FundingRow]]:
    """The funding table :func:`_from_stream` reads, an in-term head cell a column of its own
    (funding_term_column.with_term_columns) only where the table it reads so has a total column and a total row
    (계): the sums prove where each figure of a column-major print goes. Without them the figures are dealt
    row-major into whatever order the dump printed (session 43 review of h-pdfminer3, c4: 9 of 12 cells wrong),
    and the table is read as without the in-term column."""
    columns, rows = _from_stream(text, multiplier, budget, strays, term=True)
    if (
        columns
        and any(c.get("kind") == "other" and is_in_term(str(c.get("label") or "")) for c in columns)
        and not (
            any(c.get("kind") == "total" for c in columns) and any(r.get("source") == "total" for r in rows)
        )
    ):
        return _from_stream(text, multiplier, budget, strays, term=False)
    return columns, rows


def _from_stream(
    text: str, multiplier: int, budget: Budget | None, strays: tuple[str, ...], term: bool
) -> tuple[list[FundingColumn], list[FundingRow]]:
    """Read a funding table whose cells a dump printed one per line: column labels, row labels and
    amounts are taken in reading order. Amounts are dealt row by row, as a table is read, unless
    column labels stand between the amounts and row labels do not (a table printed column by
    column). Labels follow the layout only: what the amounts add up to never moves a label."""
    tokens: list[tuple[str, str, int]] = []
    amounts: list[str] = []
    first_amount: int | None = None
    last_end = 0
    leads_amounts: set[int] = set()  # tokens an amount follows: a row label (or a column, by column)
    last_amount = -1
    amount_pos: list[int] = []  # where each amount stands in the text
    head_words: list[int] = []  # where each pair word (계획, a spanning head's word) stands
    stream = list(current().build(stream_token).finditer(text))
    if term:
        stream = with_term_columns(text, stream)
    remarks = remark_pairs(text, stream)  # a pair word in a remark cell (확보 완료): no run of second figures
    stream = [m for k, m in enumerate(stream) if k not in remarks]
    sub_columns, row_pairs = _stream_pairs(stream)
    figure = "plan"  # the figure the amounts that follow are (row pairs: 계획 / 집행 before each run)
    as_amounts = amounts_like_years(
        stream
    )  # a figure that reads as a year amid the amounts (funding_year_amounts)
    for at, m in enumerate(stream):
        kind = "amount" if at in as_amounts else m.lastgroup or ""
        if (
            kind == "pair"
            and not sub_columns
            and not row_pairs
            and first_amount is None
            and classify_column(m.group(0))["kind"] == "share"
        ):
            kind = "col"  # no plan figures: a header's 확보 beside 미확보 splits the total (a share column)
        if first_amount is None:
            tokens.extend((kind, "", last_end + at) for kind, at in gap_at(text[last_end : m.start()]))
        last_end = m.end()
        if kind == "pair":
            figure = pair_kind(m.group(0)) or figure
            head_words.append(m.start())
            continue
        if (
            "derived" in sub_columns
            and first_amount is None
            and kind == "col"
            and sub_kind(m.group(0)) == "derived"
        ):
            continue  # a derived sub-column's head (집행률): no period
        if kind == "amount" and row_pairs and figure == "second":
            first_amount = m.start() if first_amount is None else first_amount
            continue  # a second figure's run: no funding amount
        if kind == "amount":
            if tokens and tokens[-1][0] in ("tot", "row", "col") and tokens[-1][2] > last_amount:
                leads_amounts.add(len(tokens) - 1)
            amounts.append(m.group(0))
            amount_pos.append(m.start())
            first_amount = m.start() if first_amount is None else first_amount
            last_amount = m.start()
        else:
            tokens.append((kind, re.sub(r"\s+", "", m.group(0)), m.start()))
    glued = len(glue_numbers(amounts)) != len(amounts)
    amounts = glue_numbers(amounts)
    cut = first_amount if first_amount is not None else len(text)
    # share columns closing the head, no sub-columns of their own (구성비(%) after the 계획 확보 집행 runs)
    tail = (
        sum(
            1
            for k, t, p in tokens
            if k == "col" and p < cut and not pair_kind(t) and classify_column(t)["kind"] == "share"
        )
        if sub_columns
        else 0
    )
    width = len(sub_columns) + tail
    short = short_share_tail(amounts, [*sub_columns, *["share"] * tail]) if sub_columns else None
    if short is not None:
        amounts = short  # the last row's share printed past a page break, apart from the table (sums proven)
    if (
        sub_columns
        and pairs_out_of_order(sub_columns)
        and not any(k == "col" and p > cut for k, _, p in tokens)
    ):
        # the head's sub-heads printed out of order: the plan's place where the sums and budget prove it
        sub_columns = plan_by_budget(amounts, sub_columns, width, multiplier, budget) or sub_columns
    if sub_columns and len(amounts) % width == 0 and not any(k == "col" and p > cut for k, _, p in tokens):
        # two figures a period, row by row: the plan ones (and the share columns' own figures)
        amounts = [
            a
            for i, a in enumerate(amounts)
            if i % width >= len(sub_columns) or sub_columns[i % width] == "plan"
        ]
    totals = [i for i, (k, _, _) in enumerate(tokens) if k == "tot"]
    # Each total word (총사업비, 총계, 계 ...) is the total column or the total row; at most one is
    # the row. Try the readings and keep the first whose counts fit: first a total word that amounts
    # follow in the text (a row label stands before its amounts), then a bare 계.
    bare = min(current().words("funding_columns", "total"), key=len)
    # printed column by column (column labels between the amounts, every row label above them):
    # the total row's word stands among the row labels, and the word amounts follow is a column's
    cut = first_amount if first_amount is not None else len(text)
    by_col = any(k == "col" and p > cut for k, _, p in tokens) and not any(
        k == "row" and p > cut for k, _, p in tokens
    )
    # row labels printed after every amount (a dump printing a spanning label column last): no label
    # leads its amounts, so the total row's word is the one among the row labels, not one a pair
    # word and the amounts happen to follow (a header's 합계 before the first 계획)
    apart = (
        not by_col
        and any(k == "row" and p > cut for k, _, p in tokens)
        and not any(k == "row" and i in leads_amounts for i, (k, _, _) in enumerate(tokens))
    )
    readings = sorted(
        [None, *totals],
        key=lambda i: (
            i is None,
            i is not None
            and (
                (tokens[i][2] > cut)
                if by_col
                else (tokens[i][2] < cut)
                if apart
                else (i not in leads_amounts)
            ),
            tokens[i][1] != bare if i is not None else 0,
        ),
    )
    cols: list[str] = []
    rows: list[str] = []
    certain, extended = True, False
    row_pos: list[int] = []
    col_pos: list[int] = []
    # both total words fit the counts, neither leading its amounts: the one reading printing its head and its label
    # column each as one run of labels is tried first (funding_total_reading)
    runs = (
        None if any(i in leads_amounts for i in totals) else reading_by_runs(readings, tokens, len(amounts))
    )
    if runs is not None:
        readings = [runs, *[i for i in readings if i != runs]]
    # the total column's word printed after the amounts of a table printed column by column, the total row's in
    # the label run: the budget's shares prove the reading (funding_late_total)
    late = late_total_reading(tokens, amount_pos, amounts, multiplier, budget)
    if late is not None:
        readings = [late, *[i for i in readings if i != late]]
    elif proven := budget_reading(readings, tokens, amounts, multiplier, budget, by_col):
        # two readings fitting the counts, one dealing every source row its own budget share (funding_budget_reading)
        readings = [*proven, *[i for i in readings if i not in proven]]
    for row_total in readings:
        cols, certain = column_layout(reading_header(tokens, row_total))
        rows = [t for i, (k, t, _) in enumerate(tokens) if k == "row" or i == row_total]
        row_pos = [p for i, (k, _, p) in enumerate(tokens) if k == "row" or i == row_total]
        col_pos = [p for i, (k, _, p) in enumerate(tokens) if k == "col" or (k == "tot" and i != row_total)]
        extended = False
        if cols and rows and len(amounts) == len(cols) * len(rows):
            break
        more = continuing(cols, strays)
        if cols and rows and more and len(amounts) == (len(cols) + len(more)) * len(rows):
            # the header's last period labels printed past the table: only the sums place the cells
            cols, extended = cols + more, True
            break
    # the source rows' labels (the total row's aside: the sums place it) printed in the rows' order
    sources_apart = first_amount is not None and _labels_apart(
        [p for p, lab in zip(row_pos, rows, strict=True) if funding_source(lab) != "total"],
        first_amount,
        last_amount,
        False,
    )
    rows, repeated = _labels_once(rows)  # a table continued on the next page, its row labels again
    n, r = len(cols), len(rows)
    if not n or not r or len(amounts) != n * r or first_amount is None:
        return [], []
    columns = [classify_column(c) for c in cols]
    by_column = any(p > first_amount for p in col_pos) and not any(p > first_amount for p in row_pos)
    order = (
        [[j * r + i for j in range(n)] for i in range(r)]
        if by_column
        else [[i * n + j for j in range(n)] for i in range(r)]
    )
    grid = [[amounts[k] for k in idx] for idx in order]
    cuts = cut_orders(
        lined_header(
            [
                (k, "" if k in ("group", "gubun") else t, p)
                for i, (k, t, p) in enumerate(tokens)
                if k in ("col", "group", "gubun") or (k == "tot" and i != row_total)
            ],
            text,
        )
    )
    undecided = len(cuts) > 1  # a head printed a cell a line whose first level may end at several lines
    if undecided and not by_column and all(len(c) == n for c in cuts):
        proven = order_by_sums(cuts, grid)  # the sums choose, or nothing is placed
        if proven is not None:
            columns, certain, undecided = [classify_column(c) for c in proven], True, False
    if (
        len(cuts) == 1
        and not by_column
        and len(cuts[0]) == n
        and not periods_in_order(columns)
        and periods_in_order(lined := [classify_column(c) for c in cuts[0]])
    ):
        # a head printed a cell a line, its first level over its own lines (a diagonal corner, 총사업비, the
        # span over the years, 임기 후; then the years): its lines order the columns, its printed order not
        columns, certain = lined, True
    if not by_column:
        placed = total_end_by_sums(columns, grid, multiplier)
        if placed is not None:
            columns, certain = placed, True
    certain = (
        certain
        and periods_in_order(columns)
        and not _labels_apart(row_pos, first_amount, last_amount, by_column)
    )
    certain = certain and not repeated  # amounts split over pages, labels apart: only sums
    # a head's spanning word printed amid the amounts, the period labels after it in one run: only sums
    certain = certain and not (
        by_column and not sub_columns and not row_pairs and head_amid_columns(head_words, col_pos, amount_pos)
    )
    # the last period labels printed past the table: only sums place the cells, or the overview's
    # budget, every source row totalling its share in order (the rows hold as many cells as columns)
    certain = certain and (not extended or _rows_total_budget(rows, grid, multiplier, budget))
    # every row label leading its own run of amounts, the runs of unequal length (a converter printed
    # some cells of a row after the next row's label): dealt by count, the amounts would cross rows
    certain = certain and (by_column or glued or short is not None or not _runs_uneven(row_pos, amount_pos))
    # row labels standing together amid the amounts where no row starts or ends (blocks side by side): not dealt by
    # count (funding_labels_amid)
    # (each run of labels side by side leading its first row, the total row summing the rows: the rows' order)
    width = len(amount_pos) // r if r else 0
    certain = certain and (
        by_column
        or glued
        or short is not None
        or repeated
        or not labels_off_rows(row_pos, amount_pos, width)
        or (
            runs_lead_rows(row_pos, amount_pos, width)
            and total_row_sums(
                [c["kind"] for c in columns], rows, grid, multiplier, budget[0] if budget else ()
            )
        )
    )
    # a subtotal row (소계) closes sub-source rows under a spanning source cell, whose label a dump
    # prints apart from its rows (before them, or after): the labels' order is not the rows'
    certain = certain and not any(key(lab) in subtotal_words() for lab in rows)
    totals_at = [i for i, lab in enumerate(rows) if funding_source(lab) == "total"]
    certain = certain and not undecided
    certain = certain and not pairs_out_of_order(sub_columns)  # a sub-column head printed out of order
    proof = (
        None
        if sub_columns or row_pairs or len(totals_at) > 1 or undecided
        else proven_grid(
            one_label_moved(columns),
            totals_at[0] if totals_at else None,
            r,
            amounts,
            multiplier,
            budget,
            None
            if sources_apart
            # the labels the rows' own: each row its share
            else [funding_source(lab) for i, lab in enumerate(rows) if i not in totals_at],
        )
    )
    unlabelled: set[int] = set()
    if proof is not None and periods_in_order(proof[0]):  # the one grid the amounts fill, every sum holding
        columns, row_order, grid = proof
        if sources_apart:
            # the sums place the amounts, not the source labels printed apart from them: the source
            # rows stay null unless the overview's budget tells whose each is (funding_labels)
            at = row_order.index(totals_at[0]) if totals_at else None
            sources = iter(k for k in range(r) if k not in totals_at)
            row_order = [totals_at[0] if i == at else next(sources) for i in range(r)]
            unlabelled = {i for i in range(r) if i != at}
        rows = [rows[k] for k in row_order]
        certain = not sources_apart
    out_rows = []
    for i, (lab, cells) in enumerate(zip(rows, grid, strict=True)):
        # where the layout cannot place the total column, no cell is placed: null, printed text kept
        values = [parse_amount(c, multiplier) if certain else None for c in cells]
        row = {"label": lab, "source": funding_source(lab), "amounts_krw": values}
        if i in unlabelled:
            row[UNLABELLED] = True
        out_rows.append(with_raw(row, cells))
    if proof is not None and sources_apart and totals_at:
        # the total row, the one the sums place, is read
        t = next(k for k, row in enumerate(out_rows) if k not in unlabelled)
        out_rows[t]["amounts_krw"] = [parse_amount(c, multiplier) for c in grid[t]]
        out_rows[t].pop("amounts_raw", None)
    if part_for_whole(
        out_rows, budget, text[:first_amount].split("\n")
    ):  # one sub-project's block left in the section (funding_part_block)
        without_amounts(out_rows, multiplier)
    return columns, fold_labelled_rows(out_rows)  # (도비) (시군비) under 지방비: its parts, not more money


def _rows_total_budget(
    rows: list[str], grid: list[list[str]], multiplier: int, budget: Budget | None
) -> bool:
    """Whether the overview's budget tells every row: no total row, as many rows as the budget has
    shares, and each row's amounts summing to its share, in order (and the shares to the total)."""
    if budget is None or any(funding_source(lab) == "total" for lab in rows):
        return False
    shares, total = budget
    sums = [sum(v for v in (parse_amount(c, multiplier) for c in cells) if v is not None) for cells in grid]
    named = share_sources(shares)  # shares naming their sources: each row's its own (funding_named_shares)
    return (
        len(shares) == len(rows) >= 2
        and list(shares) == sums
        and total in (None, sum(shares))
        and (named is None or named == [funding_source(lab) for lab in rows])
    )


def _runs_uneven(row_pos: list[int], amount_pos: list[int]) -> bool:
    """Whether every row label stands before a run of amounts of its own (the amounts after it and
    before the next label) and those runs are not all of one length."""
    marks = sorted(row_pos)
    if len(marks) < 2 or not amount_pos or amount_pos[0] < marks[0]:
        return False
    runs = [sum(1 for p in amount_pos if a < p < b) for a, b in zip(marks, [*marks[1:], 10**12], strict=True)]
    return all(runs) and len(set(runs)) > 1


def _labels_once(rows: list[str]) -> tuple[list[str], bool]:
    """Row labels printed again and again in the same order (a table continued on the next page
    repeats its label column) once, and whether they were repeated."""
    for k in range(2, len(rows) // 2 + 1):
        if len(rows) % k == 0 and len(rows) // k >= 2 and rows == rows[: len(rows) // k] * k:
            return rows[: len(rows) // k], True
    return rows, False


def _labels_apart(row_pos: list[int], first_amount: int, last_amount: int, by_column: bool) -> bool:
    """Whether a table printed row by row has some row labels among its amounts and others after
    the last of them (labels of two lines, or short ones, a dump printed apart from their rows):
    the labels' reading order is then not the rows' order."""
    if by_column:
        return False
    return any(first_amount < p < last_amount for p in row_pos) and any(p > last_amount for p in row_pos)
