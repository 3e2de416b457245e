"""재원투자 실적 및 계획: the funding table, from a real table or from the lines of a text dump.

Both paths end in one grid of strings that :func:`interpret_grid` reads: header rows name the
columns (총사업비 / 총계 / 계 first or last, 기투자, years, 임기이후, others), data rows start
with a source label (계, 국비, 지방비, 도비, 시군비, 민자, ...) followed by amounts.
"""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import split_notes
from pledgecard.extract.vocabulary import Vocabulary, current, spaced
from pledgecard.normalize.money import find_unit, parse_amount, unit_multiplier
from pledgecard.normalize.text import fold, label_key

_AMOUNT_TOKEN = re.compile(r"^[△▲\-−]?\(?[\d,]+(?:\.\d+)?\)?$|^[-–—]$")


def _words(v: Vocabulary, kinds: tuple[str, ...]) -> str:
    """Column words of these kinds as one regex source: a word of two letters or fewer (계,
    이후) only when it stands alone, longer ones anywhere with any spacing."""
    words = [w for k in kinds for w in v.words("funding_columns", k)]
    long_ = spaced([w for w in words if len(w) > 2])
    short = "|".join(re.escape(w) for w in sorted({w for w in words if len(w) <= 2}, key=len, reverse=True))
    return f"{long_}|(?<!\\S)(?:{short or '(?!)'})(?!\\S)"


def _year_src(v: Vocabulary) -> str:
    return re.sub(r"\?P<\w+>", "", v.data["funding_columns"]["year_pattern"])


def _col_token(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"{_words(v, ('total', 'prior', 'after_term'))}|{_year_src(v)}")


def _column_kinds(v: Vocabulary) -> re.Pattern[str]:
    """A header cell's kind: the first column word it starts with (a named group per kind)."""
    return re.compile("^(?:" + "|".join(f"(?P<{kind}>{'|'.join(map(re.escape, sorted(words, key=len, reverse=True)))})"
                                        for kind, words in v.column_kinds) + ")")


def funding_source(label: str) -> str | None:
    """The source code of a funding row label (``국 비`` -> ``national``); ``None`` when unknown."""
    if not label:
        return None
    k = label_key(label).replace("·", "").replace(",", "")
    k = re.sub(r"[(（\[].*$", "", k)  # 국비(기금) -> 국비
    return current().funding_sources.get(k)


def classify_column(label: str) -> dict[str, Any]:
    key = re.sub(r"\s+", "", label)
    vocab = current()
    m = vocab.year_re.fullmatch(re.sub(r"\(.*\)$", "", key))
    if m:
        year = int(m.group("y4")) if m.group("y4") else 2000 + int(m.group("y2"))
        return {"label": str(year), "kind": "year", "year": year}
    k = vocab.build(_column_kinds).match(key)
    kind = k.lastgroup if k and k.lastgroup else "other"
    return {"label": fold(label), "kind": kind, "year": None}


def _row_label(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _squash(cell: str) -> str:
    """A number a narrow cell wrapped (``27,743,`` / ``610``) is one number again."""
    c = cell.strip()
    if re.fullmatch(r"[△▲\-−]?[\d,.\s]+", c):
        return re.sub(r"\s+", "", c)
    return c


def source_label(cells: list[str]) -> str | None:
    """The row label among a row's leading cells: the most specific one that names a source
    (``지방비`` merged over ``도비`` / ``시군비`` gives ``도비``), also from the last word of a
    label a dump printed as one (``지방비 도비``)."""
    for cell in reversed(cells):
        for cand in (_row_label(cell), _row_label(cell.split()[-1]) if cell.split() else ""):
            if cand and funding_source(cand) is not None:
                return cand
    return None


def _is_amount(cell: str) -> bool:
    return bool(_AMOUNT_TOKEN.match(_squash(cell)))


def interpret_grid(grid: list[list[str]], multiplier: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Columns and rows of a funding grid whose leading column(s) hold the row labels; a grid
    printed the other way round (years down, 국비/지방비 across) is read transposed."""
    if grid:
        sources = sum(1 for c in grid[0][1:] if funding_source(_row_label(c)) not in (None, "total"))
        periods = sum(1 for r in grid[1:] if r and classify_column(r[0])["kind"] in ("year", "prior", "after_term"))
        if sources >= 2 and periods >= 2:
            width = max(len(r) for r in grid)
            grid = [[r[j] if j < len(r) else "" for r in grid] for j in range(width)]
    return _interpret(grid, multiplier)


def _interpret(grid: list[list[str]], multiplier: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    def label_width(row: list[str]) -> int:
        return next((k for k, c in enumerate(row) if c.strip() and _is_amount(c)), len(row))

    data = [i for i, row in enumerate(grid)
            if 0 < label_width(row) < len(row) and source_label(row[:1]) is not None
            and all(_is_amount(c) for c in row[label_width(row):] if c.strip())]
    if not data:
        return [], []
    first_data = data[0]
    width = min(label_width(grid[i]) for i in data)
    n_cols = max(len(r) for r in grid)
    columns: list[dict[str, Any]] = []
    col_idx: list[int] = []
    for j in range(width, n_cols):
        label = ""
        for i in range(first_data - 1, -1, -1):
            cell = grid[i][j] if j < len(grid[i]) else ""
            if cell.strip() and classify_column(cell)["kind"] != "other":
                label = cell
                break
            if cell.strip() and not label:
                label = cell
        if not label.strip():
            continue
        columns.append(classify_column(label))
        col_idx.append(j)
    rows = []
    for i in data:
        row = grid[i]
        label = source_label(row[:width])
        if label is None:
            continue
        amounts = [parse_amount(_squash(row[j]), multiplier) if j < len(row) else None for j in col_idx]
        rows.append({"label": label, "source": funding_source(label), "amounts_krw": amounts})
    return columns, rows


def _data_row(text: str) -> list[str] | None:
    """``'국  비 154,442 - 29,852'`` -> ``['국비', '154,442', '-', '29,852']``; None for other lines."""
    toks = text.split()
    k = next((i for i, t in enumerate(toks) if _AMOUNT_TOKEN.match(t)), None)
    if k is None or k == 0:
        return None
    label = source_label([" ".join(toks[:k])])
    return [label, *toks[k:]] if label is not None else None


def grid_from_lines(lines: list[Line]) -> list[list[str]]:
    """Recover the funding grid from text lines: one header row of column labels, then a row per
    source label with its amounts (a row broken over lines is glued back)."""
    header_tokens: list[str] = []
    data: list[list[str]] = []
    for ln in lines:
        text = ln.full_text
        toks = text.split()
        row = _data_row(text)
        if row:
            data.append(row)
            continue
        if toks and data and all(_AMOUNT_TOKEN.match(t) for t in toks):
            data[-1].extend(toks)  # an amount row broken over two lines
            continue
        if not data:
            header_tokens.extend(m.group(0) for m in current().build(_col_token).finditer(text))
    if not data:
        return []
    n = max(len(header_tokens), max(len(r) - 1 for r in data))
    header = [""] + header_tokens + [""] * (n - len(header_tokens))
    return [header] + data


def _stream_token(v: Vocabulary) -> re.Pattern[str]:
    """Column labels, total words, row labels and amounts of a funding table a dump printed cell
    by cell: the total words (총사업비, 계 ...) may be the total column or the total row."""
    totals = v.words("funding_columns", "total")
    rows = [w for w in v.funding_sources if w not in totals and len(w) > 1]  # 국, 도: budget lines only
    year = rf"(?<![\d,])(?:{_year_src(v)})(?![\d,])"
    return re.compile(
        rf"(?P<col>{_words(v, ('prior', 'after_term'))}|{year})"
        rf"|(?P<tot>(?<![가-힣])(?:{spaced(totals)})(?![가-힣]))"
        rf"|(?P<row>(?<![가-힣])(?:{spaced(rows)})(?![가-힣]))"
        r"|(?P<amount>[△▲]?[\d][\d,]*(?:\.\d+)?|(?<!\S)[-–—](?!\S))"
    )


_GROUPED_OK = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _glue_numbers(tokens: list[str]) -> list[str]:
    """``['125,903,', '000']`` or ``['27,666,0', '00']`` -> ``['125,903,000']``: a number that a
    narrow cell wrapped is whole again when its comma groups only come right glued."""
    out: list[str] = []
    for t in tokens:
        if out and out[-1][:1].isdigit() and t[:1].isdigit() and "," in out[-1]:
            prev = out[-1]
            if not _GROUPED_OK.match(prev) and _GROUPED_OK.match(prev + t):
                out[-1] = prev + t
                continue
        out.append(t)
    return out


def _arith_score(matrix: list[list[int | None]], rows: list[str], cols: list[dict[str, Any]]) -> int:
    """How many sums hold: parts vs the 계 row per column, years vs the total column per row."""
    score = 0
    sources = [funding_source(r) for r in rows]
    if "total" in sources:
        t = sources.index("total")
        for j in range(len(cols)):
            parts = [matrix[i][j] or 0 for i in range(len(rows)) if i != t]
            score += int(sum(parts) == (matrix[t][j] or 0))
    kinds = [c["kind"] for c in cols]
    if "total" in kinds:
        k = kinds.index("total")
        for row in matrix:
            score += int(sum(v or 0 for j, v in enumerate(row) if j != k) == (row[k] or 0))
    return score


def funding_from_stream(text: str, multiplier: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Read a funding table whose cells a dump printed one per line, in any flow: column labels,
    row labels and amounts are taken in order; amounts are dealt to rows row by row or column by
    column, whichever makes the table's own sums hold."""
    tokens: list[tuple[str, str]] = []
    amounts: list[str] = []
    for m in current().build(_stream_token).finditer(text):
        kind = m.lastgroup or ""
        if kind == "amount":
            amounts.append(m.group(0))
        else:
            tokens.append((kind, re.sub(r"\s+", "", m.group(0))))
    amounts = _glue_numbers(amounts)
    totals = [i for i, (k, _) in enumerate(tokens) if k == "tot"]
    # Each total word (총사업비, 총계, 계 ...) is the total column or the total row; at most one is
    # the row. Try the readings, a bare 계 as the row first, and keep one whose counts fit.
    bare = min(current().words("funding_columns", "total"), key=len)
    readings = sorted([None, *totals], key=lambda i: (i is None, tokens[i][1] != bare if i is not None else 0))
    cols: list[str] = []
    rows: list[str] = []
    for row_total in readings:
        cols = [t for i, (k, t) in enumerate(tokens) if k == "col" or (k == "tot" and i != row_total)]
        rows = [t for i, (k, t) in enumerate(tokens) if k == "row" or i == row_total]
        if cols and rows and len(amounts) == len(cols) * len(rows):
            break
    n, r = len(cols), len(rows)
    if not n or not r or len(amounts) != n * r:
        return [], []
    columns = [classify_column(c) for c in cols]
    values = [parse_amount(a, multiplier) for a in amounts]
    by_row = [values[i * n:(i + 1) * n] for i in range(r)]
    by_col = [[values[j * r + i] for j in range(n)] for i in range(r)]
    matrix = by_col if _arith_score(by_col, rows, columns) > _arith_score(by_row, rows, columns) else by_row
    columns = _place_total_column(columns, matrix)
    out_rows = [{"label": lab, "source": funding_source(lab), "amounts_krw": vals} for lab, vals in zip(rows, matrix, strict=True)]
    return columns, out_rows


def _place_total_column(columns: list[dict[str, Any]], matrix: list[list[int | None]]) -> list[dict[str, Any]]:
    """A dump may print the 총사업비 label first although the column stands last (or the other way
    round): put the total label where the amounts say the total is (the column equal to the sum
    of the others in every row)."""
    kinds = [c["kind"] for c in columns]
    if kinds.count("total") != 1 or len(columns) < 3:
        return columns

    def is_total(j: int) -> bool:
        return all((row[j] or 0) == sum(v or 0 for k, v in enumerate(row) if k != j) for row in matrix)

    k = kinds.index("total")
    if is_total(k):
        return columns
    for j in (0, len(columns) - 1):
        if is_total(j):
            rest = [c for c in columns if c["kind"] != "total"]
            rest.insert(j if j == 0 else len(rest), columns[k])
            return rest
    return columns


def _consistent(columns: list[dict[str, Any]], rows: list[dict[str, Any]]) -> bool:
    return bool(rows) and all(
        len(r["amounts_krw"]) == len(columns) and None not in r["amounts_krw"] for r in rows
    )


def extract_funding(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    """The funding object (``None`` when the section holds no readable table), provenance, and
    the items left over. The unit comes from a ``(단위 : 백만 원)`` line, the heading, a cell, or
    else the overview budget's unit."""
    ctx = ctx or SectionContext()
    heading = ctx.heading
    fallback_unit = ((ctx.record.get("overview") or {}).get("budget") or {}).get("unit")
    prov: dict[Loc, Any] = {}
    texts = [heading or ""] + [it.text if isinstance(it, Line) else it.text() for it in items]
    unit = next((u for u in map(find_unit, texts) if u), None) or fallback_unit
    mult = (unit_multiplier(unit) if unit else None) or 1
    lines, notes = split_notes([it for it in items if isinstance(it, Line) and not find_unit(it.text)])
    for t in (it for it in items if isinstance(it, Table)):
        columns, rows = interpret_grid([[fold(c) for c in r] for r in t.grid()], mult)
        if rows:
            prov[Loc("funding")] = t.source
            labels = sorted((c for c in t.cells if c.col == 0 and funding_source(_row_label(c.text))),
                            key=lambda c: c.row)
            for i, c in enumerate(labels):
                prov[Loc("funding", sub=f"rows[{i}]")] = c.source
            rest = [it for it in items if it is not t and not (isinstance(it, Line) and find_unit(it.text))]
            return SectionResult({"funding": {"unit": unit, "columns": columns, "rows": rows}}, prov, rest)
    grid = grid_from_lines(lines)
    columns, rows = interpret_grid(grid, mult) if grid else ([], [])
    if _consistent(columns, rows):
        # A dump keeps the amounts in place but may print the total's label away from its column.
        columns = _place_total_column(columns, [r["amounts_krw"] for r in rows])
    else:
        s_cols, s_rows = funding_from_stream("\n".join(ln.full_text for ln in lines), mult)
        if s_rows:
            columns, rows = s_cols, s_rows
    if not rows:
        return SectionResult({"funding": None}, prov, lines + notes + [it for it in items if isinstance(it, Table)])
    if lines:
        prov[Loc("funding")] = lines[0].source
    data_lines = [ln for ln in lines if _data_row(ln.full_text)]
    for i, ln in enumerate(data_lines):
        prov[Loc("funding", sub=f"rows[{i}]")] = ln.source
    return SectionResult({"funding": {"unit": unit, "columns": columns, "rows": rows}}, prov, list(notes))
