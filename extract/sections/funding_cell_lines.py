"""A funding table a dump printed one cell a line: its cells gathered back into rows a line, note
cells a line left out, and the lines that belong to the table."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.layout import Line
from pledgecard.extract.part_labels import part_label
from pledgecard.extract.sections.funding_cells import is_amount_cell, unspaced
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.extract.sections.funding_rows import note_head, shares_piece, shares_text
from pledgecard.extract.sections.funding_source_labels import subtotal_words
from pledgecard.extract.vocabulary import key
from pledgecard.normalize.money import funding_source


def without_note_cells(lines: list[Line]) -> list[Line]:
    """The lines of a table with a column of word notes (a head line ending in ``비고``) that a dump
    printed one cell a line, without its note cells: a line after the first amount that holds no
    amount, is no row's label alone (no amount follows it) and is no head (the head stands before the
    amounts). Such a note may hold numbers that are no amounts and a source's name (``'24 1회 추경
    반영``, ``3건 이월``, ``국비 50% 내시``); the rows printed on one line each keep theirs (read
    as such rows are, :func:`without_note_words`)."""
    texts = [ln.full_text.split() for ln in lines]
    first = next((k for k, t in enumerate(texts) if t and all(is_amount_cell(x) for x in t)), None)
    if first is None:
        return lines
    told = _shares_head(texts, first)
    if not any(note_head(ln.full_text) for ln in lines[:first]) and told is None:
        return lines
    out = [ln for k, ln in enumerate(lines[:first]) if k != told]
    for k in range(first, len(lines)):
        toks = texts[k]
        nxt = next((t for t in texts[k + 1 :] if t), [])
        cell_a_line = (
            bool(toks)
            and not any(is_amount_cell(x) for x in toks)
            and not (nxt and all(is_amount_cell(x) for x in nxt))
        )
        if cell_a_line and k > first and texts[k - 1] and all(is_amount_cell(x) for x in texts[k - 1]):
            continue  # a note cell after a row's last amount
        out.append(lines[k])
    return out


def _shares_head(texts: list[list[str]], first: int) -> int | None:
    """The head line of a column telling each period's shares as text (``재원 분담`` over ``국비 35% · 도비 58%``):
    the last head line before the first row's label that names no source and no period, where every line after the
    amounts that holds a percent is wholly the sources' shares, a source named (percents, sources' words and
    separators: :func:`~pledgecard.extract.sections.funding_rows.shares_piece` and ``shares_text``), one at least;
    None otherwise."""
    told = [t for t in texts[first:] if any("%" in x for x in t)]
    if not told or not all(shares_piece(t) and shares_text(t) for t in told):
        return None  # (a note under the table, ``※ 국비 50% 내시``, holds other words: no shares column)
    heads = [
        k
        for k, t in enumerate(texts[:first])
        if t
        and k > 0
        and all(funding_source(x) is None for x in t)
        and classify_column(" ".join(t))["kind"] not in PERIOD_KINDS
        and not any(ch.isdigit() for ch in "".join(t))
    ]
    return heads[-1] if len(heads) == 1 else None


def rows_as_cells(lines: list[Line]) -> list[Line]:
    """The lines of a table a dump printed one cell a line where a row has a cell of two paragraphs
    (``1,350`` over ``(당초 1,200)``) and on one line where it has none: the one-line rows (a source's
    label, then amounts only) printed a cell a line too, so that one reading takes every row. Lines as
    they are unless some row stands a cell a line (a source's label alone, two lines of one amount
    each after it)."""
    texts = [_label_joined(ln.full_text.split()) for ln in lines]  # a label's syllables a space apart: 국 비

    def one_amount(k: int) -> bool:
        return k < len(texts) and len(texts[k]) == 1 and is_amount_cell(texts[k][0])

    def labelled_row(t: list[str]) -> bool:
        return len(t) >= 3 and funding_source(t[0]) is not None and all(is_amount_cell(x) for x in t[1:])

    celled = any(
        len(t) == 1 and funding_source(t[0]) is not None and one_amount(k + 1) and one_amount(k + 2)
        for k, t in enumerate(texts)
    )
    if not celled or not any(labelled_row(t) for t in texts):
        return lines
    out: list[Line] = []
    for ln, t in zip(lines, texts, strict=True):
        if labelled_row(t):
            out += [replace(ln, text=x, marker=None, printed=None) for x in t]
        else:
            out.append(ln)
    return out


def _label_joined(toks: list[str]) -> list[str]:
    """A line's words with its leading words joined where they spell a source's label a space apart (``국 비``, a
    dump spacing a label's syllables as the card prints them; session 36, txt mutant 4537): the label one word, as
    :func:`rows_as_cells` reads it; the words as they are otherwise."""
    lead = next((k for k, t in enumerate(toks) if is_amount_cell(t)), len(toks))
    if lead >= 2 and funding_source("".join(toks[:lead])) is not None:
        return ["".join(toks[:lead]), *toks[lead:]]
    return toks


def _group_cells_after_head(head: list[Line]) -> int:
    """Where the column heads a dump printed one cell a line end: after the last of two or more period
    heads (``2027년``); the word cells after it, before the first row, are a group cell spanning the
    rows below (a sub-project's name, ``반도체 소재 인재양성``), printed once before them. Heads without
    their periods yet (the years printed after the first row's label) end nowhere before it."""
    periods = [k for k, h in enumerate(head) if classify_column(h.full_text)["kind"] in PERIOD_KINDS]
    return periods[-1] + 1 if len(periods) >= 2 else len(head)


def group_lines(rows: list[Line]) -> bool:
    """Whether two or more of a table's row lines (past its head line) are group cells printed once
    before their rows: words without an amount, the row after each a total's (소계, 계)."""

    def words(ln: Line) -> bool:
        return not any(is_amount_cell(t) for t in ln.full_text.split())

    opened = [
        k
        for k, ln in enumerate(rows[1:-1], 1)
        if words(ln)
        and not words(rows[k + 1])
        and funding_source(unspaced(rows[k + 1].full_text.split()[0])) == "total"
    ]
    return len(opened) >= 2


def rows_from_cells(lines: list[Line]) -> list[Line]:
    """The rows of a table a dump printed one cell a line (see :func:`rows_from_cells_spanned`)."""
    return rows_from_cells_spanned(lines)[0]


def rows_from_cells_spanned(lines: list[Line]) -> tuple[list[Line], bool]:
    """The rows of a table a dump printed one cell a line (``구분`` / ``계`` / ``국비`` / ... /
    ``총계`` / ``52,603`` / ``14,250`` / ...): a line of words that amounts follow opens a row that
    takes them; the lines of words that none follow are joined into one header line, except a source
    label alone between two rows (``국비`` over ``국고보조금`` / ``특별교부세`` / ``소계``): a cell spanning
    the rows below it, printed once before the first of them as a text dump prints it
    (``국비 국고보조금 1,530,000 ...``). Empty unless every line is one cell (a word label or one
    amount) and at least two rows come out; with whether a spanning source cell was read whose rows
    a subtotal row closes (the rows under a source may be its plan and secured figures instead)."""
    out: list[Line] = []
    head: list[Line] = []
    n_rows = 0
    opened = spanned = False
    for k, ln in enumerate(lines):
        toks = ln.full_text.split()
        if not toks:
            continue
        if all(is_amount_cell(t) for t in toks):
            if len(toks) != 1 or not out or head:
                return [], False
            out[-1] = replace(out[-1], text=f"{out[-1].full_text} {toks[0]}", marker=None)
            continue
        if any(is_amount_cell(t) for t in toks):
            return [], False
        nxt = next((x.full_text.split() for x in lines[k + 1 :] if x.full_text.split()), [])
        if nxt and all(is_amount_cell(t) for t in nxt):
            span = ""
            if n_rows and len(head) == 1 and funding_source(head[0].full_text) not in (None, "total"):
                span, head, opened = (
                    head[0].full_text + " ",
                    [],
                    True,
                )  # a source cell spanning the rows below
            elif opened and key(ln.full_text) in subtotal_words():
                spanned = True  # ... down to the subtotal row closing them
            if head:
                cut = _group_cells_after_head(head) if not n_rows else len(head)
                out.append(replace(head[0], text=" ".join(h.full_text for h in head[:cut]), marker=None))
                out += [replace(h, marker=None) for h in head[cut:]]
                head = []
            out.append(replace(ln, text=span + ln.full_text, marker=None))
            n_rows += 1
        else:
            head.append(ln)
    if head:
        out.append(replace(head[0], text=" ".join(h.full_text for h in head), marker=None))
    return (out, spanned) if n_rows >= 2 else ([], False)


def lines_of_table(lines: list[Line]) -> list[Line]:
    """The lines of a section up to the first bulleted sentence after an amount: a table printed
    one cell a line ends there (the next section's items, their heading printed elsewhere, hold
    figures of their own: 10회, 87점). A dash cell (``-``, ``- 2,205``) is no bullet, nor a part's
    label (``- 균특``: one word after a part's mark, amounts on the line after it)."""
    seen_amount = False
    for k, ln in enumerate(lines):
        if (
            seen_amount
            and ln.marker
            and not all(is_amount_cell(t) for t in ln.text.split())
            and not _part_line(lines, k)
        ):
            return lines[:k]
        seen_amount = seen_amount or any(
            is_amount_cell(t) and any(ch.isdigit() for ch in t) for t in ln.full_text.split()
        )
    return lines


def _part_line(lines: list[Line], k: int) -> bool:
    """Whether line ``k`` is a funding part's label a dump printed a cell a line (``- 균특``: a part's
    mark and one word, vocabulary ``[funding_sub_rows]``), the next line an amount."""
    label = part_label(lines[k].full_text)
    after = lines[k + 1].full_text.split() if k + 1 < len(lines) else []
    return (
        label is not None
        and len(label.split()) == 1
        and bool(after)
        and all(is_amount_cell(t) for t in after)
    )
