"""Labels set vertically in a text dump: one syllable a line.

An HWP author narrows a table's label column and types its label one syllable a paragraph
(``추`` / ``진`` / ``실`` / ``적``); a dump of the table prints the label's syllables a line each,
before the section's content (blank lines between them or not). When the dump prints a row on one
line, the label's last paragraph opens the line that holds the content cell (``획 - 체험관 운영 ...``).

:func:`join_vertical_labels` puts such a label back on one line, at its first syllable's line: a
run of two or more lines each one Hangul syllable and nothing else (blank lines between them allowed)
whose syllables are a label the vocabulary knows as a section's, or are one with the one-syllable word
opening the next line (that word is then taken off its line). A run whose first syllables are a known
section's label and the whole is none ends after them (the lines after are one-syllable cells of the
section's table: ``계``). Syllables naming no section stay as printed when they repeat one (a column of wrapped ``년`` cells) or
are fewer than three; three or more distinct ones are a label the vocabulary does not know
(``사`` / ``업`` / ``의`` / ``주`` / ``요`` / ``골`` / ``자``), joined likewise and named by the content under it;
its last syllable opening the line of its content cell only when a bullet follows it (``제 - 체험관 …``).

A converter printing the page in the order of the lines' heights (``pdftotext``) prints such a label's
syllables among its cell's content lines (``추`` / ``· 인력양성`` / ``진`` / ``ㆍ 관광객 …`` / ``실``):
lone syllables with at most :data:`MAX_BETWEEN` content lines between each two, on one page, that name a
section together. The label is centred in its cell, so the cell began above the first syllable: at a
line of the highest bullet level printed between the previous label and the first syllable (the cell's
top items), the one that best centres the cell on the label; with none there the label opens its cell
at its first syllable. The label is put on a line of its own where its cell begins.
"""

from __future__ import annotations

import re

from pledgecard.extract.heading_numbers import lone_heading_number, number_spaced, ordinal_number
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.labels import find_labels, section_of
from pledgecard.extract.markers import NOTE_MARKERS, marker_level, split_marker
from pledgecard.extract.readers.text_lines import TLine, retext, to_tline
from pledgecard.normalize.text import is_syllable

MAX_BETWEEN = 8  # content lines between two syllables of a label printed among its cell's lines (a table row
# printed a cell a line)
MAX_SYLLABLES = 8
MAX_NUMBER_LINES = 3  # lone characters of a heading number printed a character a line above a vertical label
# (``3`` / ``.``, ``(`` / ``1`` / ``)``); four (``2`` / ``-`` / ``6`` / ``.``: a number under its chapter's) only
# where the card spells a neighbour of that number the same way (:func:`_sequence_proven`): a table's last cells
# (``5`` / ``-``: a dash alone is a zero cell) above a one-level number print alike (review of h-crossworst5)
MIN_UNKNOWN = 3  # syllables of a vertical label no vocabulary knows, joined all the same


def _run(lines: list[TLine], k: int) -> list[int]:
    """The lines of the run of lone syllables from line ``k`` (blank lines between them skipped)."""
    run: list[int] = []
    i = k
    while i < len(lines):
        text = lines[i].text.strip()
        if is_syllable(text):
            run.append(i)
        elif text:
            break
        i += 1
    return run


def _next_text(lines: list[TLine], after: int) -> int | None:
    return next((i for i in range(after + 1, len(lines)) if lines[i].text.strip()), None)


def join_vertical_labels(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every vertical label on one line (see the module's docstring)."""
    out = _join_ordinals(_join_interleaved(list(lines)))
    k = 0
    while k < len(out):
        run = _run(out, k) if is_syllable(out[k].text.strip()) else []
        if len(run) < 2:
            k += 1
            continue
        known = [k for k in range(2, len(run)) if section_of("".join(out[i].text.strip() for i in run[:k]))]
        if known and section_of("".join(out[i].text.strip() for i in run)) is None:
            run = run[: known[-1]]  # a known label, then a one-syllable cell of what follows (계)
        label = "".join(out[i].text.strip() for i in run)
        nxt = _next_text(out, run[-1])
        head, _, rest = out[nxt].text.strip().partition(" ") if nxt is not None else ("", "", "")
        if (
            nxt is not None
            and is_syllable(head)
            and rest
            and (
                section_of(label + head) is not None
                or (
                    section_of(label) is None
                    and _unknown_label(label + head)
                    and split_marker(rest)[0] is not None
                )
            )
        ):
            label += head
            out[nxt] = to_tline(out[nxt].number, out[nxt].page, rest)
        elif section_of(label) is None and not _unknown_label(label):
            k = run[-1] + 1  # syllables naming no section (a column of wrapped 년 cells): as printed
            continue
        number = _number_above(out, run[0])
        if number:
            label = "".join(out[i].text.strip() for i in number) + " " + label
            run = number + run
        glyph = _glyph_above(out, run[0])
        if glyph is not None:
            label = out[glyph].text.strip() + " " + label
            run = [glyph, *run]
        retext(out, run, label)
        k = run[-1] + 1
    return out


def _join_ordinals(lines: list[TLine]) -> list[TLine]:
    """``lines`` with every label numbered as an ordinal and set a character a line (``제`` / ``1`` / ``장`` /
    ``사`` / ``업`` / ``개`` / ``요``: the number's digit breaks a run of syllables) on one line, its number
    spaced from its title (``제1장 사업개요``), where the title names a section."""
    out = list(lines)
    k = 0
    while k < len(out):
        run = _lone_chars(out, k)
        joined = "".join(out[i].text.strip() for i in run)
        n = next((n for n in range(len(run), 3, -1) if _names_ordinal(joined[:n])), None)
        if n is None:
            k += 1
            continue
        retext(out, run[:n], number_spaced(joined[:n]))
        k = run[n - 1] + 1
    return out


def _lone_chars(lines: list[TLine], k: int) -> list[int]:
    """The lines of the run of lone characters from line ``k`` on its page (blank lines between skipped)."""
    run: list[int] = []
    i = k
    while (
        i < len(lines) and len(run) < MAX_SYLLABLES + MAX_NUMBER_LINES + 2 and lines[i].page == lines[k].page
    ):
        text = lines[i].text.strip()
        if len(text) == 1:
            run.append(i)
        elif text:
            break
        i += 1
    return run


def _names_ordinal(text: str) -> bool:
    got = ordinal_number(number_spaced(text))
    return got is not None and section_of(got[2].strip()) is not None


def _number_above(lines: list[TLine], first: int) -> list[int]:
    """The lines right above a vertical label's first syllable (blank lines between allowed) that print
    its heading number a character a line (``3`` / ``.``, ``Ⅲ`` / ``)``, ``(`` / ``1`` / ``)``): up to
    :data:`MAX_NUMBER_LINES` lone characters, the last a closing mark (no letter or digit), that spell a
    heading number; ``[]`` for none."""
    above: list[int] = []
    i = first - 1
    while i >= 0 and len(above) < MAX_NUMBER_LINES + 1 and lines[i].page == lines[first].page:
        text = lines[i].text.strip()
        if text:
            if len(text) != 1:
                break
            above.insert(0, i)
        i -= 1
    if not above or lines[above[-1]].text.strip().isalnum():
        return []
    for n in range(len(above), 1, -1):  # the longest that spells a number
        marker = "".join(lines[j].text.strip() for j in above[-n:])
        if lone_heading_number(marker) and (n <= MAX_NUMBER_LINES or _sequence_proven(lines, marker)):
            return above[-n:]
    return []


_PARTED = re.compile(r"(\d+)(\D)(\d+)(\D)")


def _sequence_proven(lines: list[TLine], marker: str) -> bool:
    """Whether a four-character heading number (``2-6.``) is proven one: the card spells the number before or
    after it in its run (``2-5.`` or ``2-7.``) a character a line too. A table's last cells over a one-level
    number (``5`` / ``-`` / ``6`` / ``.``) spell a number no other place of the card prints."""
    m = _PARTED.fullmatch(marker)
    if m is None:
        return False
    texts = [t for ln in lines if (t := ln.text.strip())]
    for step in (-1, 1):
        word = f"{m.group(1)}{m.group(2)}{int(m.group(3)) + step}{m.group(4)}"
        if any(t.startswith(word + " ") for t in texts):  # already joined to its label above
            return True
        if len(word) == len(marker) and any(
            texts[k : k + len(word)] == list(word) for k in range(len(texts) - len(word) + 1)
        ):
            return True
    return False


def _glyph_above(lines: list[TLine], first: int) -> int | None:
    """The line right above a vertical label (or its number; blank lines between allowed, on its page)
    that prints the heading's glyph alone (``■`` / ``투`` / ``자`` ...): a section or level-1 marker, no
    dash, dot or note mark (a dash alone is a zero cell of the table above); None for none."""
    i = first - 1
    while i >= 0 and lines[i].page == lines[first].page and not lines[i].text.strip():
        i -= 1
    if i < 0 or lines[i].page != lines[first].page:
        return None
    text = lines[i].text.strip()
    if (
        len(text) != 1
        or split_marker(text) != (text, "")
        or marker_level(text) not in (None, 1)
        or text in NOTE_MARKERS
    ):
        return None
    return i


def _unknown_label(label: str) -> bool:
    """Syllables that spell a label no vocabulary knows (``사업의주요골자``, ``그동안한일``): three or
    more, no syllable printed twice (a column of wrapped cells repeats its one: ``년`` / ``년`` / ``년``)."""
    return MIN_UNKNOWN <= len(label) <= MAX_SYLLABLES and len(set(label)) == len(label)


def _lone(line: TLine) -> bool:
    return is_syllable(line.text.strip())


def _interleaved_run(lines: list[TLine], k: int) -> list[int]:
    """The syllable lines of a label printed among its cell's lines from line ``k`` (see the module's
    docstring), the longest run of two or more naming a section, or ``[]``."""
    run, between, best = [k], 0, []
    for i in range(k + 1, len(lines)):
        if lines[i].page != lines[k].page or len(run) >= MAX_SYLLABLES:
            break
        if lines[i].blank:
            continue
        if not _lone(lines[i]):
            between += 1
            if between > MAX_BETWEEN:
                break
            continue
        if between and _number_above(lines, i):
            break  # a heading number printed a character a line above it: the next label's first syllable
        run.append(i)
        between = 0
        if section_of("".join(lines[j].text.strip() for j in run)):
            best = list(run)
    return best


def _is_label(line: TLine) -> bool:
    text = line.text.strip()
    return bool(text) and (
        section_of(text) is not None or any(start == 0 for _, start, _ in find_labels(text))
    )


def _level(line: TLine) -> int | None:
    """The bullet level of a line's marker; None for none, and for a marker alone (a dash cell)."""
    marker, body = split_marker(line.text.strip())
    return marker_level(marker) if body.strip() else None


def _interleaved_number(lines: list[TLine], first: int) -> list[int]:
    """The lines above an interleaved label's first syllable that print its heading's glyph and number a character
    a line among the cell's content lines as its syllables are (``◐`` / ``· …`` / ``Ⅱ`` / ``· …`` / ``.``): lone
    characters, no syllable, at most :data:`MAX_BETWEEN` content lines apart, the last ones spelling a heading
    number (a section glyph above them allowed); ``[]`` for none. They are the label's: the cell is centred on them
    and the syllables together."""
    got: list[int] = []
    i, between = first - 1, 0
    while i >= 0 and lines[i].page == lines[first].page and len(got) <= MAX_NUMBER_LINES:
        text = lines[i].text.strip()
        if len(text) == 1 and not is_syllable(text):
            got.insert(0, i)
            between = 0
        elif text:
            between += 1
            if between > MAX_BETWEEN:
                break
        i -= 1
    for n in range(len(got), 0, -1):
        chars = [lines[j].text.strip() for j in got[-n:]]
        if chars[0] in NOTE_MARKERS or chars[-1].isalnum():
            continue
        lead = (
            1
            if len(chars) > 1 and split_marker(chars[0]) == (chars[0], "") and marker_level(chars[0]) == 1
            else 0
        )
        if lone_heading_number("".join(chars[lead:])):
            return got[-n:]
    return []


def _block_top(lines: list[TLine], start: int, top: int) -> int:
    """``top``, or the dated block heading printed right above it (blank lines between allowed, no line above
    ``start``): a block heading opens the items under it, so a cell beginning at them begins at their heading."""
    i = top - 1
    while i >= start and lines[i].blank:
        i -= 1
    if (
        i >= start
        and parse_group_heading(split_marker(lines[i].text.strip())[1]) is not None
        and _level(lines[i]) is not None
    ):
        return i
    return top


def _cell_top(lines: list[TLine], run: list[int]) -> int:
    """The line the cell of an interleaved label begins at (see the module's docstring)."""
    number = _interleaved_number(lines, run[0])
    if number:
        run = number + run
    first = run[0]
    start = first
    while start > 0 and lines[start - 1].page == lines[first].page and not _is_label(lines[start - 1]):
        start -= 1
    above = [i for i in range(start, first) if not lines[i].blank]
    inside = [_level(lines[i]) for i in range(first, run[-1]) if not lines[i].blank and not _lone(lines[i])]
    if not any(lv is not None for lv in inside):
        # cells of a table printed among the syllables: the unbulleted lines right above are the table's too
        bulleted = [k for k, i in enumerate(above) if _level(lines[i]) is not None]
        rest = above[bulleted[-1] + 1 :] if bulleted else above
        return rest[0] if rest else first
    shown = [lv for i in above if (lv := _level(lines[i])) is not None]
    if not shown or min(shown) > min(lv for lv in inside if lv is not None):
        return first
    tops = [i for i in above if _level(lines[i]) == min(shown)]
    end = run[-1] + 1
    while end < len(lines) and lines[end].page == lines[first].page and not _is_label(lines[end]):
        end += 1
    text = [i for i in range(len(lines)) if not lines[i].blank and not _lone(lines[i]) and i not in number]
    below = sum(1 for i in text if run[-1] < i < end)

    def off(top: int) -> int:
        return abs(sum(1 for i in text if top <= i < first) - below)

    return _block_top(lines, start, min(tops, key=lambda t: (off(t), t)))


def _join_interleaved(lines: list[TLine]) -> list[TLine]:
    """``lines`` with each label printed among its cell's lines put on a line of its own where its cell
    begins (see the module's docstring)."""
    k = 0
    while k < len(lines):
        run = _interleaved_run(lines, k) if _lone(lines[k]) else []
        if not run or all(not lines[i].text.strip() or _lone(lines[i]) for i in range(run[0], run[-1] + 1)):
            k += 1
            continue  # a plain run (no content between): joined by join_vertical_labels
        label = "".join(lines[i].text.strip() for i in run)
        for i in run:
            lines[i] = to_tline(lines[i].number, lines[i].page, "")
        top = _cell_top(lines, run)
        lines.insert(top, to_tline(lines[top].number, lines[top].page, label))
        k = run[-1] + 2
    return lines
