"""A watermark turned across every page as ``pdftotext -layout`` prints it (extract/readers/text_diagonal_marks.py):
a diagonal trail of lone glyphs a line, glued here and there onto the cells it crosses, the same on every page.
Synthetic dumps (a trail over a table, glued onto a figure; lone digits down a table column; a trail on one page
only) and the real ones (angae-county's layout dumps; every other layout dump left as it is)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text import decode_text_noted
from pledgecard.extract.readers.text_diagonal_marks import diagonal_marks
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.scoring import load_records

LAYOUT = Path(__file__).resolve().parents[1] / "samples" / "layout"

PAGE = [
    "Project card title",
    "",
    "- first item of the running text about the project and its plan",
    "- second item of the running text, a longer line than the first one",
    "",
    "                                                        (unit: million)",
    "",
    "    Source        Total        2018        2019        2020",
    "",
    "    Total        33,746       3,397       3,561       5,098",
    "",
    "    National     12,723       2,666           -       1,213",
    "",
    "    Province",
    "                 12,305         460       2,354       1,891",
    "",
    "    County        8,718         271       1,207       1,994",
    "",
    "    Rank              1           2           3           4",
    "    Share             5           6           7           8",
    "    Count             9           1           2           3",
    "",
    "- closing item of the page, running text again",
]
MARK = "WATERMARKCOPYX"


def _marked(page: list[str], mark: str, top: int, col: int, step: float) -> list[str]:
    """``page`` with ``mark`` printed down and to the left a glyph a line from ``top``, ``step`` columns a line:
    on a blank stretch alone, and glued before a figure where it meets one (``X12,305``)."""
    out = list(page)
    for i, ch in enumerate(mark):
        k = top + i
        c = round(col - step * i)
        line = out[k].ljust(c + 1)
        if line[c] != " ":
            continue  # the glyph hides under a word: the converter drops it
        out[k] = line[:c] + ch + line[c + 1 :]
    return out


def _clean(dump: str) -> list[str]:
    text, _ = decode_text_noted(dump.encode())
    return [ln.text.rstrip() for ln in diagonal_marks(split_lines(text))]


def _plain(pages: list[list[str]]) -> list[str]:
    """The dump's lines as the reader splits them, nothing set aside."""
    text, _ = decode_text_noted(_dump(pages).encode())
    return [ln.text.rstrip() for ln in split_lines(text)]


def _unmarked(pages: list[list[str]], marked: list[list[str]]) -> list[str]:
    """The dump as read with the watermark gone: ``pages``' lines, but for those the watermark alone printed on."""
    kept = [
        [a for a, b in zip(p, m, strict=True) if a.strip() or not b.strip()]
        for p, m in zip(pages, marked, strict=True)
    ]
    return _plain(kept)


def _dump(pages: list[list[str]]) -> str:
    return "\f".join("\n".join(p) + "\n" for p in pages)


def test_a_trail_over_a_table_is_blanked_and_the_cell_it_glued_onto_restored() -> None:
    """The trail's glyphs go (a line they alone printed with them), the figure one was glued onto reads whole."""
    marked = [_marked(PAGE, MARK, 1, 36, 1.5) for _ in range(3)]
    assert any(tok[0] in MARK and tok[1:] == "12,305" for ln in marked[0] for tok in ln.split())  # glued on
    assert _plain(marked) != _plain([PAGE] * 3)
    assert _clean(_dump(marked)) == _unmarked([PAGE] * 3, marked)


def test_a_glued_glyph_is_cut_from_the_figure_it_stands_before() -> None:
    marked = [_marked(PAGE, MARK, 1, 36, 1.5) for _ in range(3)]
    glued = [ln for ln in marked[0] if "12,305" in ln][0]
    assert glued.split()[0] != "12,305"  # a watermark glyph glued before the amount
    cleaned = [ln for ln in _clean(_dump(marked)) if "12,305" in ln]
    assert cleaned and all(ln.split()[0] == "12,305" for ln in cleaned)


def test_a_cleaned_line_keeps_its_width() -> None:
    """A line whose last glyph was the watermark's keeps the width the page printed it at (the blanked glyph's
    columns stay, the line's own trailing spaces after them): the columns of the rows below line up with it."""
    marked = [_marked(PAGE, MARK, 1, 36, 1.5) for _ in range(3)]
    text, _ = decode_text_noted(_dump(marked).encode())
    lines = split_lines(text)
    before = {ln.number: (len(ln.text) + ln.trail, ln.trail) for ln in lines}
    after = diagonal_marks(lines)
    assert any(ln.trail > before[ln.number][1] for ln in after)  # a line's last glyph blanked
    assert all(len(ln.text) + ln.trail == before[ln.number][0] for ln in after)


def test_lone_digits_down_a_table_column_stay() -> None:
    """Lone figures a row in the table (a rank, a share, a count column) and lone markers down the margin are no
    trail: digits alone never open one, and a column stands still."""
    pages = [PAGE + ["", "    1", "     2", "      3", "       4", "        5", "-", "-", "-", "-"]] * 3
    assert _clean(_dump(pages)) == _plain(pages)
    marked = [_marked(p, MARK, 1, 36, 1.5) for p in pages]
    cleaned = _clean(_dump(marked))
    assert cleaned == _unmarked(pages, marked)  # the trail goes, the digits stay
    assert [ln for ln in cleaned if ln.startswith("    Rank")] == [PAGE[18]] * 3


def test_a_trail_on_one_page_only_is_no_watermark() -> None:
    """A diagonal of lone glyphs that no other page repeats is left as printed (nothing proves it a mark)."""
    pages = [_marked(PAGE, MARK, 1, 36, 1.5), PAGE, PAGE]
    assert _clean(_dump(pages)) == _plain(pages)


def test_a_word_the_trail_crosses_stays() -> None:
    """A lone letter of a line of running words standing where the trail passes, the very glyph the other copies
    print there, is left with its words (one space apart): only glyphs set apart are blanked."""
    page = list(PAGE)
    col = 36 - round(1.5 * 3)  # where the trail's fourth glyph (E) passes, on line 4
    page[4] = " " * (col - len("see also ")) + "see also E and more"
    assert page[4][col] == MARK[3]
    marked = [_marked(page, MARK, 1, 36, 1.5) for _ in range(3)]
    cleaned = _clean(_dump(marked))
    assert sum(ln.strip() == "see also E and more" for ln in cleaned) == 3
    assert cleaned == _unmarked([page] * 3, marked)


def test_labels_spread_a_letter_apart_on_every_page_stay() -> None:
    """A header whose labels are spread a letter apart, one a line, card after card (any letter of them a lone glyph
    one line down and a column or two over from the last), and a date of figures one space apart: no trail."""
    head = [
        "P L E D G E   N A M E",
        "",
        "O F F I C E",
        "",
        "C O N T A C T   1 2",
        "",
        "S T A T U S",
        "",
        "D A T E",
        "2025. 3. 31.",
        "",
        "T A R G E T",
        "",
        "N O T E S",
    ]
    pages = [head + PAGE] * 3
    assert _clean(_dump(pages)) == _plain(pages)


@pytest.mark.parametrize(
    "name", ["families/angae-county-95001-layout.txt", "families/angae-county-95002-layout.txt"]
)
def test_angae_layout_dumps_read_their_funding_through_the_watermark(name: str) -> None:
    """The real dumps: the funding table the watermark crosses (a glyph glued onto one amount, others on lines of
    their own between its rows) is read whole and right."""
    path = LAYOUT / name
    [expected] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    assert got["funding"]["rows"] == expected["funding"]["rows"]


def test_no_other_text_dump_is_touched() -> None:
    """Every layout dump and text dump of a card without a diagonal watermark reads as it did: no line changed
    (tables drawn in box rules or pipes, spread labels a syllable apart repeated card after card, lone figures)."""
    samples = LAYOUT.parent
    dumps = [
        p
        for p in [
            *sorted(LAYOUT.rglob("*.txt")),
            *sorted(samples.glob("families/*/*-txt.txt")),
            *sorted(samples.glob("corpus/*.txt")),
        ]
        if "angae-county" not in p.name
    ]
    assert len(dumps) > 300
    changed = []
    for path in dumps:
        text, _ = decode_text_noted(path.read_bytes())
        lines = split_lines(text)
        if [ln.text for ln in diagonal_marks(list(lines))] != [ln.text for ln in lines]:
            changed.append(path.name)
    assert changed == []
