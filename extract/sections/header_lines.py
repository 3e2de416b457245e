"""The header's lines before they are read: approval boxes, values printed beside or before their
labels, labels broken over two lines, a status phrase, and where an untitled card's header begins."""

from __future__ import annotations

from dataclasses import replace

from pledgecard.extract.document import Table
from pledgecard.extract.labels import (
    approval_heads,
    find_labels,
    header_field_of,
    is_title,
    split_labelled,
    unlabelled_title,
)
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.markers import LABEL_SEPARATORS
from pledgecard.extract.sections.header_title_box import untitled_box_title
from pledgecard.extract.sections.header_value_kinds import KIND_FIELDS, value_kind
from pledgecard.extract.textjoin import breaks_word
from pledgecard.normalize.text import fold


def status_in_phrase(text: str, prefixed: bool) -> bool:
    """Whether a line's status label stands inside a phrase, not in a label's place: its value no status
    (:func:`value_kind`: a status word of the vocabulary, a row of options) and the labels run on from words
    no label reads (``prefixed``: ``민선8기 공약사업 추진상황 보고``) or from a label left without a value (``공약사업
    추진상황 보고``): the status the phrase's last word, a title's tail. A status is read only as a whole value."""
    pairs = split_labelled(text)
    return any(
        f == "status" and v and value_kind(v) != "status" and (prefixed or any(not w for _, w in pairs[:k]))
        for k, (f, v) in enumerate(pairs)
    )


def values_run(items: list[Item], n: int) -> int:
    """How many lines from item ``n`` on hold no header label (up to the next label line, a table
    or the end): the values of a labels row printed one cell a line."""
    k = n
    while k < len(items) and isinstance(items[k], Line) and not find_labels(items[k].full_text):
        k += 1
    end = items[k] if k < len(items) else None
    return k - n if end is None or (isinstance(end, Line) and find_labels(end.full_text)) else -1


def status_alone_later(items: list[Item], n: int) -> bool:
    """Whether a line after item ``n`` holds a status and nothing else (a dump printing a header table
    a cell a line, out of order: ``대학 연계 창업 사업 추진`` under 추진상황, ``일부 지연`` further down)."""
    return any(
        isinstance(it, Line) and not find_labels(it.full_text) and value_kind(fold(it.full_text)) == "status"
        for it in items[n + 1 :]
    )


def _broken_label(a: str, b: str) -> tuple[str, str] | None:
    """A header label a narrow cell broke over two lines (``담 당`` / ``부 서 X``): the end of line
    ``a`` and the start of line ``b``, short syllable groups, make a label that the start of ``b``
    alone is not, or (a label too: ``부서``) when line ``a`` is nothing but the first half (``담당`` /
    ``부서``: a label cell broken in two, not a label and its value) or both halves are printed spaced, a
    syllable a word. The two lines with the label moved whole onto the second."""
    ta, tb = a.split(), b.split()
    for n in (2, 1):
        for m in (2, 1):
            if n > len(ta) or m > len(tb) or any(len(t) > 2 for t in ta[-n:] + tb[:m]):
                continue
            label = "".join(ta[-n:] + tb[:m])
            spaced = n == m == 2 and all(len(t) == 1 for t in ta[-n:] + tb[:m])
            if header_field_of(label) and (spaced or len(ta) == n or not header_field_of("".join(tb[:m]))):
                return " ".join(ta[:-n]), " ".join([label, *tb[m:]])
    return None


def approval_box(items: list[Item]) -> set[int]:
    """The lines of an approval box (결재 | 담당 | 팀장 | 과장 | 국장 over empty signature cells) a
    converter printed a cell a line under the title, before the header: the run of lines right
    after the title line that print approval heads only (or a letter of one: ``결`` / ``재``), three
    lines or more naming two heads or more. Its heads name no field (``담당`` is no contact here)."""
    start = next(
        (n + 1 for n, it in enumerate(items[:3]) if isinstance(it, Line) and is_title(it.full_text)), None
    )
    if start is None:
        return set()
    run: list[int] = []
    heads: set[str] = set()
    for n in range(start, len(items)):
        it = items[n]
        found = approval_heads(it.full_text) if isinstance(it, Line) else None
        if found is None:
            break
        run.append(n)
        heads.update(found)
    # (two lines naming three heads or more: a stacked letter glued to the heads' row, ``결`` / ``재 담당 팀장 과장``)
    return set(run) if (len(run) >= 3 and len(heads) >= 2) or (len(run) == 2 and len(heads) >= 3) else set()


def side_values(items: list[Item]) -> list[Item]:
    """A header table whose right-hand column stacks labels over their values beside label | value rows
    (추진상황 over 정상추진), printed a row a line: a label closing its line after a pair of its own, its
    value closing the next label line (``관리번호 4-6-3 추진상황`` / ``공약사업명 ... 지연``). The value,
    the fewest closing words of the kind the label's field takes (a status, a date) with the next
    line's own value left before them, is moved onto the label's line; not where the line after holds a
    value of that kind alone (``... 사업 추진`` / ``지연``: the label's value is that line)."""
    out = list(items)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if not (isinstance(a, Line) and isinstance(b, Line) and a.marker is None and b.marker is None):
            continue
        here, there = find_labels(a.text), find_labels(b.text)
        if len(here) < 2 or here[-1][2] != len(a.text.rstrip()) or not there:
            continue
        kinds = {k for k, fields in KIND_FIELDS.items() if here[-1][0] in fields}
        c = out[n + 2] if n + 2 < len(out) else None
        if (
            isinstance(c, Line)
            and c.marker is None
            and not find_labels(c.text)
            and value_kind(fold(c.text)) in kinds
        ):
            continue  # the value printed on a line of its own after the next (공약사업명 ... 사업 추진 / 지연)
        toks = b.text.split()
        own = len(b.text[: there[-1][2]].split())  # the words up to the next line's last label
        for w in range(1, min(4, len(toks) - own)):
            if value_kind(" ".join(toks[-w:])) in kinds:
                out[n] = replace(a, text=f"{a.text.rstrip()} {' '.join(toks[-w:])}")
                out[n + 1] = replace(b, text=" ".join(toks[:-w]))
                break
    return out


def _lone_label(item: Item) -> bool:
    """A line printing one label alone (its value elsewhere)."""
    if not isinstance(item, Line) or item.marker is not None:
        return False
    labels = find_labels(item.text)
    return len(labels) == 1 and labels[0][1] == 0 and not item.text[labels[0][2] :].strip(" |:：")


def _separated(item: Item) -> bool:
    """A line printing a value after its label's separator alone (``: 4-2-10``)."""
    return (
        isinstance(item, Line)
        and item.marker is None
        and item.text.startswith(LABEL_SEPARATORS)
        and not find_labels(item.text)
    )


def values_before_labels(items: list[Item]) -> list[Item]:
    """A header typed ``label<TAB>: value`` a fact a line that a converter printed as two boxes (``pdf2txt``):
    the values, each opening with the separator, then the labels alone, as many, each box top to bottom. The
    k-th label takes the k-th value where the values (other lines left in place among them) and the labels
    are two runs of the same length, no value printed after the labels; else the lines stay as printed."""
    out = list(items)
    n = 0
    while n < len(out):
        if not _separated(out[n]):
            n += 1
            continue
        values = [n]
        k = n + 1
        while k < len(out) and not _lone_label(out[k]):
            if _separated(out[k]):
                values.append(k)
            elif find_labels(out[k].text) if isinstance(out[k], Line) else True:
                break  # a table, or a line of labels and values: no box of values
            k += 1
        labels = []
        while k < len(out) and _lone_label(out[k]):
            labels.append(k)
            k += 1
        if len(values) >= 2 and len(values) == len(labels) and not (k < len(out) and _separated(out[k])):
            for v, lab in zip(values, labels, strict=True):
                line, value = out[lab], out[v]
                if isinstance(line, Line) and isinstance(value, Line):  # (both are: _lone_label, _separated)
                    out[lab] = replace(line, text=f"{line.text} {value.text}")
            out = [it for j, it in enumerate(out) if j not in set(values)]
            n = labels[-1] - len(values) + 1
            continue
        n = max(k, n + 1)
    return out


def join_broken_labels(items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if isinstance(it, Line) and isinstance(prev, Line) and it.marker is None and prev.marker is None:
            joined = _broken_label(prev.text, it.text)
            if joined:
                out.pop()
                if joined[0]:
                    out.append(replace(prev, text=joined[0]))
                it = replace(it, text=joined[1])
        out.append(it)
    return out


def around(above: Line, label: Line, below: Line) -> bool:
    """Whether ``above`` and ``below`` are the lines right above and right below a label's line, both
    set right of the label (a value cell of two lines centred on its label's row: a layout dump prints
    its first line above the label's line and the rest below).

    Kept here, apart from ``RCell.rows`` (extract/readers/text_cells.py: a label centred beside the rows
    of figures a block's cell spans): that one needs the layout reader to have set the block in columns
    (text_columns.py, a table's cells with their row span); the header's label | value pairs reach the
    header reader as plain lines when it did not (no column to align two cells on), so the value's two
    lines around its label are joined from the lines' own positions (line numbers, indents)."""
    at = label.source.line_start
    return (
        at is not None
        and above.source.line_start == at - 1
        and below.source.line_start == at + 1
        and min(above.indent, below.indent) > label.indent
    )


def cut_around(above: Line, label: Line, below: Line, words: str) -> bool:
    """Whether ``above`` and ``below``, the plain lines right before and right after a lone label's
    line, are one value cell printed around it where the dump kept no position to tell it by (a
    dump without layout: every line flush left, blank lines between blocks; ``어르신 돌봄 24시간 체`` /
    ``공약명`` / ``계 구축``): the break between them fell inside one of the card's words (``체계``,
    :func:`breaks_word`; the three lines at one indent: a dump that kept positions tells the cell by them,
    :func:`around`). A line that ends at a word's end proves nothing: left apart."""
    at = label.source.line_start
    top, bottom = above.source.line_start, below.source.line_start
    return (
        at is not None
        and top is not None
        and bottom is not None
        and top < at < bottom
        and above.indent == label.indent == below.indent
        and above.marker is None
        and below.marker is None
        and breaks_word(above.text, below.text, words)
    )


def untitled_first(items: list[Item]) -> int | None:
    """``0`` when the card's first item is a line that titles it without a kind word (``물빛시 민선8기
    시장 공약사업 추진상황``: :func:`unlabelled_title`, no item's marker; or a one-row table's
    one printed cell, :func:`header_title_box.untitled_box_title`) and no line or cell of the header prints a
    title (``… 관리카드``); None otherwise."""
    if items and isinstance(items[0], Table):  # the title in a one-row table beside an empty box
        if untitled_box_title(items[0]) is None:
            return None
    else:
        if not items or not isinstance(items[0], Line) or items[0].marker is not None:
            return None
        first = items[0]
        if not unlabelled_title(first.text):
            return None
    texts: list[str] = []
    for it in items:
        texts += [c.text for c in it.cells] if isinstance(it, Table) else [it.full_text]
    return None if any(is_title(t.replace("\n", " ")) for t in texts) else 0
