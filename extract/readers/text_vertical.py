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
section's table: ``계``). Syllables naming no section (a column of wrapped ``년`` cells) stay as printed.
"""

from __future__ import annotations

from pledgecard.extract.labels import section_of
from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.normalize.text import is_syllable


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
    out = list(lines)
    k = 0
    while k < len(out):
        run = _run(out, k) if is_syllable(out[k].text.strip()) else []
        if len(run) < 2:
            k += 1
            continue
        known = [k for k in range(2, len(run)) if section_of("".join(out[i].text.strip() for i in run[:k]))]
        if known and section_of("".join(out[i].text.strip() for i in run)) is None:
            run = run[:known[-1]]  # a known label, then a one-syllable cell of what follows (계)
        label = "".join(out[i].text.strip() for i in run)
        nxt = _next_text(out, run[-1])
        head, _, rest = out[nxt].text.strip().partition(" ") if nxt is not None else ("", "", "")
        if nxt is not None and is_syllable(head) and rest and section_of(label + head) is not None:
            label += head
            out[nxt] = to_tline(out[nxt].number, out[nxt].page, rest)
        elif section_of(label) is None:
            k = run[-1] + 1  # syllables naming no section (a column of wrapped 년 cells): as printed
            continue
        first = out[run[0]]
        out[run[0]] = to_tline(first.number, first.page, label)
        for i in run[1:]:
            out[i] = to_tline(out[i].number, out[i].page, "")
        k = run[-1] + 1
    return out
