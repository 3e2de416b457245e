"""A funding column's head: which kind of column a head cell names (total, prior, a year, after the
term, share, change), the label column's 구분 and a split corner's words, spanning headings, the periods'
order, and the token pattern of a table's heads, row labels and amounts printed as a stream of cells.
Words come from the vocabulary."""

from __future__ import annotations

import re

from pledgecard.extract.sections.funding_ordinals import ordinal_source, ordinal_year
from pledgecard.extract.sections.funding_subrows import ROUND_CLOSE, ROUND_OPEN
from pledgecard.extract.vocabulary import Vocabulary, alternation, current, key, spaced, year_of
from pledgecard.extract.vocabulary_memo import per_vocabulary
from pledgecard.normalize.money import head_unit
from pledgecard.normalize.text import DASH_CLASS, fold
from pledgecard.record import FundingColumn


def _words(v: Vocabulary, kinds: tuple[str, ...]) -> str:
    """Column words of these kinds as one regex source: a word of two letters or fewer (계,
    이후) only when it stands alone (or its unit in brackets right after it, 비율(%), as a longer word
    may have: the bracket left out of the word), longer ones anywhere with any spacing."""
    words = [w for k in kinds for w in v.words("funding_columns", k)]
    long_ = spaced([w for w in words if len(w) > 2])
    short = alternation({w for w in words if len(w) <= 2})
    return f"{long_}|(?<!\\S)(?:{short})(?=\\([^()\\s]*\\)(?!\\S)|(?!\\S))"


def _year_src(v: Vocabulary) -> str:
    return v.year_plain


def col_token(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        f"{ordinal_source(v)}|{_bounded_src(v)}"
        f"|{_words(v, ('total', 'prior', 'after_term', 'in_term', 'share', 'change'))}"
        f"|{_year_src(v)}"
    )


def _bounded_src(v: Vocabulary) -> str:
    """A year and its bound as one column token (``'22까지``, ``2027 이후``), its groups unnamed."""
    return re.sub(r"\?P<\w+>", "", v.bounded_period)


def _column_kinds(v: Vocabulary) -> re.Pattern[str]:
    """A header cell's kind: the first column word it starts with (a named group per kind)."""
    return re.compile(
        "^(?:" + "|".join(f"(?P<{kind}>{alternation(words)})" for kind, words in v.column_kinds) + ")"
    )


def _in_term_words(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(
        "|".join(re.escape(re.sub(r"\s+", "", w)) for w in v.words("funding_columns", "in_term"))
    )


def is_in_term(label: str) -> bool:
    """Whether a head names the term's years as one (임기내, 임기 내): a column of its own, or over years their
    spanning heading."""
    return current().build(_in_term_words).fullmatch(re.sub(r"\s+", "", label)) is not None


def _pair_words(v: Vocabulary) -> frozenset[str]:
    """The words of a plan or secured sub-column (vocabulary ``[funding_pairs]``)."""
    return frozenset(w for ws in v.table("funding_pairs").values() for w in ws)


def classify_column(label: str) -> FundingColumn:
    """A funding column's head read: its label, kind and year (a copy of what :func:`_classified` remembers per
    vocabulary: every funding reader classifies the same head cells again)."""
    return {**_classified(label)}  # type: ignore[typeddict-item]


@per_vocabulary
def _classified(label: str) -> FundingColumn:
    label = head_unit(label)[0]  # 합계(백만원): the unit a head carries is no part of its label
    key = re.sub(r"\s+", "", label)
    vocab = current()
    bounded = vocab.bounded_period_re.fullmatch(key)
    if bounded:  # '22까지, ~2022 (to the year: the prior column), 2027 이후 (from it on)
        return {"label": fold(label), "kind": bounded.lastgroup or "other", "year": None}
    if (
        ordinal := ordinal_year(label)
    ) is not None:  # 민선8기 2년차, 1차년도('23): a year of the term or plan
        n, year = ordinal
        return {"label": fold(label), "kind": "year" if year else "other", "year": year}
    m = vocab.year_re.fullmatch(re.sub(r"\(.*\)$", "", key))
    if m:
        year = year_of(m)
        return {"label": str(year), "kind": "year", "year": year}
    k = vocab.build(_column_kinds).match(key)
    kind = k.lastgroup if k and k.lastgroup else "other"
    unit = re.search(r"\(([^()]*)\)$", key)
    if unit and unit.group(1) in vocab.words("side_tables", "not_additive_units"):
        kind = "share"  # a percent's column (비율(%)): each source's part of the whole, no amount
    if kind == "change":
        kind = "share"  # a difference between periods (증감): derived from them, no period, no amount
    if kind == "in_term":
        kind = "other"  # the term's years as one column (임기내): a period the schema names by its label only
    if kind == "total" and key in vocab.build(_pair_words):
        kind = "other"  # a plan or secured sub-column (계획 starts with 계 but is no total)
    if kind == "other" and any(
        w.lastgroup == "share"
        for w in map(vocab.build(_column_kinds).match, label.split()[1:])
        if w is not None
    ):
        kind = "share"  # a heading naming the share (재원 확보현황 over 확보 | 미확보) read over its column
    if kind == "other":
        # a spanning heading and the period label under it read as one header cell (연도별 투자
        # 실적 및 계획 2024년: two header rows a layout dump prints over one column): the period
        tail = re.search(rf"(?:{vocab.build(col_token).pattern})\s*$", label)
        if tail and tail.start() > 0 and is_group(label[: tail.start()]):
            return classify_column(tail.group(0))
    return {"label": fold(label), "kind": kind, "year": None}


def is_period_head(cell: str) -> bool:
    """Whether a cell is a funding column's head: a period (``2023``, ``'22까지``, ``2027 이후``) or the
    total (``계``), by :func:`classify_column`."""
    return classify_column(cell)["kind"] in ("year", "prior", "after_term", "total")


def year_after_heading(cell: str) -> str:
    """A head cell holding a spanning heading's words and then a year (a reader glued the heading
    over the year columns onto the one below it: ``연도별 투자계획 2023년``) -> the year; other cells
    as they are."""
    words = cell.split()
    if (
        len(words) < 2
        or classify_column(cell)["kind"] != "other"
        or classify_column(words[-1])["kind"] != "year"
    ):
        return cell
    return words[-1] if is_group(" ".join(words[:-1])) else cell


def gubun_pattern(v: Vocabulary) -> re.Pattern[str]:
    """The label column's header (구분, vocabulary ``[label_column]``), any spacing, or a
    diagonally split corner's two axis words together in either order (``연도 재원``)."""
    cols = spaced(v.words("label_column", "corner_columns"))
    rows = spaced(v.words("label_column", "corner_rows"))
    corner = f"(?:{cols})\\s+(?:{rows})|(?:{rows})\\s+(?:{cols})"
    return re.compile(f"{corner}|{spaced(v.words('label_column'))}")


def _corner_words(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(key(w) for w in v.words("label_column", "corner_columns")),
        frozenset(key(w) for w in v.words("label_column", "corner_rows")),
    )


def corner_pair(first: str, second: str) -> bool:
    """Whether two lines are a diagonally split corner's two words, each the whole of its line: one an
    axis word of the columns (연도), the other of the rows (재원), in either order."""
    cols, rows = current().build(_corner_words)
    pair = {key(first), key(second)}
    return len(pair) == 2 and bool(pair & cols) and bool(pair & rows)


def corner_lines(lines: list[str]) -> list[str]:
    """Header lines with a diagonally split corner's two words, printed on two lines of their own,
    joined onto one line."""
    out: list[str] = []
    for ln in lines:
        if out and corner_pair(out[-1], ln):
            out[-1] = f"{out[-1].strip()} {ln.strip()}"
            continue
        out.append(ln)
    return out


def _not_group(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"{gubun_pattern(v).pattern}|[^가-힣]+")


PERIOD_KINDS = ("prior", "year", "after_term")


def is_group(text: str) -> bool:
    """Whether header text between column labels is a spanning heading (``연도별 투자 실적 및
    계획``): words that name no column (``구분`` names the label column)."""
    return len(current().build(_not_group).sub("", text)) >= 2


def stream_token(v: Vocabulary) -> re.Pattern[str]:
    """Column labels, total words, row labels and amounts of a funding table a dump printed cell
    by cell: the total words (총사업비, 계 ...) may be the total column or the total row."""
    totals = v.words("funding_columns", "total")
    rows = [w for w in v.funding_sources if w not in totals and len(w) > 1]  # 국, 도: budget lines only
    year = rf"(?<![\d,])(?:{_year_src(v)})(?![\d,])"
    pairs = v.words("funding_pairs", "plan") + v.words("funding_pairs", "second")
    # the rest of a share word opening with a pair word (집행 / 률 wrapped in its cell: 집행률, no pair word)
    parts = v.alternation("funding_sub_rows", "marks")  # a part's mark opening its line (- 균특)
    rests = [
        key(w)[len(key(p)) :]
        for w in v.words("funding_columns", "share")
        for p in pairs
        if key(w).startswith(key(p)) and len(key(w)) > len(key(p)) and key(w) not in map(key, pairs)
    ]
    return re.compile(
        rf"(?P<pair>(?<![가-힣])(?:{spaced(pairs)})(?![가-힣])(?!\s*(?:{spaced(rests)})(?![가-힣])))"
        rf"|(?P<col>(?:{ordinal_source(v)})|(?<![\d,])(?:{_bounded_src(v)})"
        rf"|{_words(v, ('prior', 'after_term', 'share', 'change'))}|{year})"
        rf"|(?P<tot>(?<![가-힣])(?:{spaced(totals)})(?![가-힣]))"
        rf"|(?P<row>[{ROUND_OPEN}]\s*(?:{spaced(rows)})\s*[{ROUND_CLOSE}]|(?<![가-힣])(?:{spaced(rows)})(?![가-힣])"
        rf"|(?<![^\n])[ \t]*(?:{parts})[ \t]*[가-힣][^\s]*(?=[ \t]*(?:\n|$)))"  # - 균특: a part's line
        r"|(?P<amount>(?<![A-Za-z\d,.])[△▲]?(?=\S*\d)[\dOoIl|](?:[\dOoIl|]|[,.]+(?=[\dOoIl|]))*+,?(?![A-Za-z])"
        r"|(?<!\S)" + DASH_CLASS + r"(?!\S))"
    )


PERIOD_RANK = {"prior": 0, "year": 1, "after_term": 2}


def one_label_moved(columns: list[FundingColumn]) -> list[FundingColumn]:
    """The columns with the one period label a dump printed away from its place (a taller header
    cell, 기투자 over two lines, printed after the others) put back where time order puts it, when
    the other periods stand in time order; else the columns as printed. The amounts are then placed
    only where the sums prove one grid (:func:`proven_grid`)."""
    if periods_in_order(columns):
        return columns
    periods = [k for k, c in enumerate(columns) if c["kind"] in PERIOD_RANK]
    orders: list[list[FundingColumn]] = []
    for k in periods:
        rest = [c for j, c in enumerate(columns) if j != k]
        if not periods_in_order(rest):
            continue
        rank = (PERIOD_RANK[columns[k]["kind"]], columns[k]["year"] or 0)
        at = next(
            (
                j
                for j, c in enumerate(rest)
                if c["kind"] in PERIOD_RANK and (PERIOD_RANK[c["kind"]], c["year"] or 0) > rank
            ),
            None,
        )
        if at is None:  # after the last period (before a total column standing after them)
            at = max(j for j, c in enumerate(rest) if c["kind"] in PERIOD_RANK) + 1 if len(periods) > 1 else 0
        moved = [*rest[:at], columns[k], *rest[at:]]
        if periods_in_order(moved) and moved not in orders:
            orders.append(moved)
    # two labels each of which may be the one moved (2023 | 2025 | 2024): which moved is not known
    return orders[0] if len(orders) == 1 else columns


def periods_in_order(columns: list[FundingColumn]) -> bool:
    """Whether the period columns stand in time order: 기투자 before the years, the years rising,
    임기이후 after them. A dump printing cells one per line may print a label away from its column
    (a label of two lines printed after the others' first lines); labels out of time order show
    it, and then no label can be trusted to its place."""
    seen = [(PERIOD_RANK[c["kind"]], c["year"] or 0) for c in columns if c["kind"] in PERIOD_RANK]
    return all(
        a[0] < b[0] or a[0] == b[0] and (a[0] != 1 or a[1] < b[1])
        for a, b in zip(seen, seen[1:], strict=False)
    )


def derived_after(grid: list[list[str]]) -> int:
    """How many columns the head row prints last that are no period (전년대비 증감, 집행률(%))."""
    head = [c for c in (grid[0] if grid else []) if c.strip()]
    n = 0
    while n < len(head) and classify_column(head[-1 - n])["kind"] == "share":
        n += 1
    return n
