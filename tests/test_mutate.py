"""Mutated template families (issue 11, samples/mutate.py): heading, block and item numberings,
bullets, bracket pairs and label spacing drawn from character classes no family names.

A fixed few mutated cards are rendered on the fly in PDF, HWPX, HWP and the text dump and read back:
each must reach its format's floor with no wrong figure (shared/tools/wrong_figures.py). The cards
hold what the extractor once read wrong (see SEEDS). The recognisers are checked on lines with glyphs
drawn from the same classes (hypothesis), and the draw itself: levels never marked alike, every
drawn glyph of its class.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.heading_numbers import heading_number
from pledgecard.extract.headings import parse_group_heading
from pledgecard.extract.markers import is_numbering, marker_level, split_marker
from samples.crossbreed import problems
from samples.layout import Nth
from samples.mutate import BRACKET_PAIRS, ENCLOSED_RUNS, SYMBOL_CLASSES, _alike, mutate, run_mutant
from tests.test_crossbreed import DRAWN_FROM

# Even seeds: a named family mutated (before: the extractor of 0000705, PDF / txt)
SEEDS = {
    0: "a private-use heading glyph, blocks numbered 3-1., bullets a hyphenation point (‧, Po) and a dot "
    "operator (⋅, Sm): the overview's bullets unread (0.60 / 0.53)",
    4: "headings numbered in a bracket pair the markers did not know (⦋1⦌), blocks ❰1❱ dated after a dash, "
    "items ｢1｣: 0.04 / 0.04",
    8: "a private-use glyph opening the blocks (lost as U+FFFD: a section mark), items numbered Ⅰ) (0.58 / 0.52)",
    16: "private-use bullets on three levels (one U+FFFD, read as section marks), a block's name in round "
    "brackets before its date (( 기 추진실적 )('25. 4분기 누계)): 0.27 / 0.25",
    18: "Latin letters numbering the headings (⁂ A) 사업 개요), items numbered [1], bullets ⁃ ⁍ (Po): 0.66 / 0.47",
    36: "ordinal headings (제1절), blocks numbered (가) with the date in ⦓ ⦔, private-use items (0.64 / 0.64)",
    38: "headings a) b), blocks numbered by circled Latin capitals (Ⓐ Ⓑ, read as bullets): 0.71 / 0.61",
    52: "headings numbered by circled Hangul consonants (㉠ ㉡), blocks by Roman numerals without a period, "
    "private-use bullets (0.45 / 0.45)",
}
# Structural mutations (samples/mutate.py ``restructure``, a draw of its own: the markers above stay), cards
# whose structure the extractor once read wrong (before: the extractor of 4a10e37's parent, PDF / txt)
STRUCTURE_SEEDS = {
    0: "header fields as labels over values, five a band, the as-of date opening the second values row: the "
    "date read as a block label split the header table (target and 협조부서 lost, 0.989 / 0.952)",
    23: "the unit glued to the total column's head in a bracket pair (합계⦍백만원⦎), no unit line",
    25: "the unit alone in an unusual bracket pair (⦇백만원⦈): no unit read, the amounts taken in the overview "
    "budget's 억원 (27 wrong figures in every format)",
    58: "the unit in the total head, sections after the overview in a drawn order",
}
FORMATS = ("pdf", "hwpx", "hwp", "txt")
# txt: the lowest measured over SEEDS (seed 16: a goal row whose worded target and actual a dump runs together,
# left out; seed 0 had been 0.92 before session 14), floored to 0.01
FLOOR = {"pdf": 0.98, "hwpx": 0.98, "hwp": 0.98, "txt": 0.97}


@pytest.mark.parametrize("seed", sorted(SEEDS.keys() | STRUCTURE_SEEDS.keys()))
def test_mutated_card_reads(tmp_path: Path, seed: int) -> None:
    results = run_mutant(seed, FORMATS, tmp_path, families=DRAWN_FROM, tables=False)  # the cards as pinned
    assert [r["format"] for r in results] == list(FORMATS)
    for r in results:
        assert "error" not in r, r.get("error")
        assert r["wrong"] == [], (r["format"], r["wrong"])
        assert r["score"] >= FLOOR[r["format"]], (r["format"], r["score"], r["misses"], r["features"])


def test_the_structure_is_a_draw_of_its_own() -> None:
    """The structural mutations leave the markers and dates as drawn without them, and over a few
    dozen cards reach every structure they draw: a funding table turned, every unit place, both new
    header layouts, a goal table's columns reordered, a section order drawn."""
    seen: set[str] = set()
    for seed in range(40):
        fam, _ = mutate(seed, DRAWN_FROM)
        plain, _ = mutate(seed, DRAWN_FROM, structure=False)
        assert fam.markers == plain.markers and fam.style.heading_format == plain.style.heading_format
        assert problems(fam) == []
        said = fam.about.split(" s=")[1].split(" d=")[0] if " s=" in fam.about else ""
        seen |= {w.split(":")[0].rstrip("0123456789") for w in said.split()}
    assert {
        "transposed",
        "unit=line",
        "unit=corner",
        "unit=head",
        "unit=cell",
        "header=pairs",
        "header=bands",
        "landscape",
    } <= seen
    assert any(w.startswith("order=") for w in seen) and any(w.startswith("goals=") for w in seen)


def test_the_draw_marks_no_two_levels_alike() -> None:
    for seed in range(40):
        fam, _ = mutate(seed, DRAWN_FROM)
        assert problems(fam) == [] and not _alike(fam)
        assert fam.style.group_format and fam.style.heading_format


# ------------------------------------------------------------------------------ the recognisers, on novel glyphs

GLYPHS = st.sampled_from(sorted(SYMBOL_CLASSES)).flatmap(lambda k: st.sampled_from(SYMBOL_CLASSES[k]))


@settings(max_examples=300, deadline=None)
@given(GLYPHS, st.sampled_from(["사업기간 : 2023. 1. ~ 2026. 12.", "주민 설명회 개최 : '24. 3.", "기반조성"]))
def test_any_symbol_glyph_marks_an_item(glyph: str, text: str) -> None:
    marker, rest = split_marker(f"{glyph} {text}")
    assert (marker, rest) == (glyph, text)
    assert marker_level(marker) in (1, 2, 3, None)  # a bullet (∙ a third level's), or a heading glyph (□ ▣)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(ENCLOSED_RUNS.values())), st.integers(0, 4))
def test_every_enclosed_run_numbers(run: str, k: int) -> None:
    marker, rest = split_marker(f"{run[k]} 세부 추진실적")
    assert marker == run[k] and rest == "세부 추진실적" and is_numbering(marker)
    first, this = heading_number(f"{run[0]} 사업개요"), heading_number(f"{run[k]} 추진실적")
    assert first is not None and this is not None
    assert this[0] == first[0] and this[1] == k + 1  # one style, numbered from one


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(BRACKET_PAIRS), st.integers(1, 9))
def test_a_number_in_any_bracket_pair_is_a_numbering(pair: tuple[str, str], n: int) -> None:
    o, c = pair
    marker, rest = split_marker(f"{o}{n}{c} 사업개요")
    assert marker == f"{o}{n}{c}" and rest == "사업개요" and is_numbering(marker)
    got, first = heading_number(f"{o}{n}{c} 사업개요"), heading_number(f"{o}1{c} 사업개요")
    assert got is not None and first is not None and got[1:] == (n, "사업개요") and got[0] == first[0]


@pytest.mark.parametrize(
    ("line", "marker", "style", "n"),
    [
        ("A. 사업 개요", "A.", "A.", 1),
        ("c) 추진실적", "c)", "a)", 3),
        ("Ⅲ 추진실적", "Ⅲ", "r", 3),
        ("Ⅱ) 재원", "Ⅱ)", "r)", 2),
        ("⒝ 추진실적", "⒝", "c\u249c", 2),
        ("㉢ 추진실적", "㉢", "c\u3260", 3),
    ],
)
def test_latin_roman_and_letter_runs_number(line: str, marker: str, style: str, n: int) -> None:
    assert split_marker(line)[0] == marker and is_numbering(marker)
    got = heading_number(line)
    assert got is not None and got[:2] == (style, n)


def test_a_latin_letter_before_latin_words_is_text() -> None:
    assert split_marker("A. 등급 평가")[0] == "A."  # a numbering before Hangul words
    assert split_marker("A. B. C. 등급 평가")[0] is None  # initials
    assert split_marker("e.g. 사례")[0] is None
    assert split_marker("Q. R 코드")[0] is None


@pytest.mark.parametrize("glyph", ["‧", "‣", "⁃", "⁂", "⁕", "⋄", "⋆", "⊞", "⊡"])
def test_punctuation_and_operators_named_as_bullets_are_glyphs(glyph: str) -> None:
    assert split_marker(f"{glyph} 주요내용") == (glyph, "주요내용")


@pytest.mark.parametrize("text", ["… 등 12건", "‰ 단위", "∼ '25. 6.", "= 1,000", "± 5%"])
def test_leaders_primes_and_operators_stay_text(text: str) -> None:
    assert split_marker(text)[0] is None, unicodedata.name(text[0])


def test_a_private_use_glyph_is_a_glyph_of_its_own() -> None:
    assert split_marker("\uf0a7 기반조성") == ("\uf0a7", "기반조성")
    assert marker_level("\uf0a7") == 1
    assert split_marker("(cid:12) 기반조성") == ("\ufffd", "기반조성")  # a glyph the reader lost


def test_a_pdf_line_keeps_a_private_use_bullet() -> None:
    from pledgecard.extract.readers.pdf_lines import chars_to_lines

    def ch(t: str, x: float) -> dict[str, object]:
        return {"text": t, "x0": x, "x1": x + 9, "top": 100.0, "bottom": 110.0, "size": 10.0}

    chars = [ch("\uf0d8", 50), ch(" ", 59), *[ch(t, 62 + 10 * k) for k, t in enumerate("기반조성")]]
    lines = chars_to_lines(chars, page=1)
    assert [(ln.marker, ln.text) for ln in lines] == [("\uf0d8", "기반조성")]
    glued = chars_to_lines([ch("\uf0d8", 50), *[ch(t, 60 + 10 * k) for k, t in enumerate("기반")]], page=1)
    assert [(ln.marker, ln.text) for ln in glued] == [("\uf0d8", "기반")]
    lost = chars_to_lines([ch(chr(0xE100 + k), 50 + 10 * k) for k in range(4)], page=1)
    assert lost[0].marker == "\ufffd"  # a run of them: text in a font without a Unicode map, lost


@pytest.mark.parametrize(
    ("line", "name", "label"),
    [
        ("기 추진실적 - '24. 3/4분기 누계", "기 추진실적", "2024-Q3"),
        ("( 기 추진실적 )('24. 4분기 기준)", "기 추진실적", "2024-Q4"),
        ("〖 기 추진실적 〗(2024. 9.)", "기 추진실적", "2024-09"),
        ("⟦ 기 추진실적 : '24. 2분기 누계 ⟧", "기 추진실적", "2024-Q2"),
    ],
)
def test_block_headings_in_novel_brackets_and_dashes(line: str, name: str, label: str) -> None:
    got = parse_group_heading(line)
    assert got is not None and got[0] == name and got[1] is not None and got[1]["label"] == label


def test_a_dash_before_an_event_is_no_block_date() -> None:
    got = parse_group_heading("기 추진실적 - 공사 준공 : 2024. 3.")
    assert got is None or got[0] != "기 추진실적"


def test_a_number_formats_by_its_run() -> None:
    fmt, ordinal = "{n:⒜⒝⒞}) {label}", "제{n}장"  # formats a template holds, filled in by the renderers
    assert fmt.format(n=Nth(2), label="x") == "⒝) x"
    assert ordinal.format(n=Nth(3)) == "제3장"


# ------------------------------------------------------------------------------ date shapes


@settings(max_examples=200, deadline=None)
@given(
    st.integers(0, 10_000),
    st.integers(2000, 2089),
    st.integers(1, 12),
    st.integers(1, 28),
    st.integers(1, 11),
)
def test_every_drawn_date_shape_reads_back(seed: int, y: int, m: int, d: int, months: int) -> None:
    """The date shapes a mutation draws (year, separators, words) are shapes normalize/dates.py reads:
    a month, a day and a month range print and parse back to the same label."""
    import random

    from pledgecard.normalize.dates import parse_date
    from samples.mutate import date_forms

    forms = date_forms(random.Random(seed))
    v = {"y": y, "yy": f"{y % 100:02d}", "m": m, "d": d}
    assert parse_date(forms["month"][0].format(**v))["label"] == f"{y}-{m:02d}"
    assert parse_date(forms["day"][0].format(**v))["label"] == f"{y}-{m:02d}-{d:02d}"
    y2, m2 = y + (m + months - 1) // 12, (m + months - 1) % 12 + 1
    rng = forms["range"][0].format(y1=y, yy1=v["yy"], m1=m, y2=y2, yy2=f"{y2 % 100:02d}", m2=m2)
    assert parse_date(rng)["label"] == f"{y}-{m:02d}/{y2}-{m2:02d}"
