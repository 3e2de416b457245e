"""Code health, session 32 (behaviour-preserving): one path for a heading's colon (labels._colon_titled), one test
of an untitled title no label opens (labels.unlabelled_title) for the header's first line and a title box, the
bare bracketed date read where no labelled one stands (inlined in the header), the label column's head words shared
by the funding and outreach tables (vocabulary ``[label_column]``), the note-column heads built once, and the
funding sum search pruned by the figures still to print so that it fits the shared search budget."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.labels import (
    counts_after_colon,
    section_of,
    sections_of,
    unlabelled_title,
    untitled_title,
)
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_lines import untitled_first
from pledgecard.extract.sections.header_title_box import untitled_box_title
from pledgecard.extract.sections.outreach_total_lead import total_leads
from pledgecard.extract.vocabulary import Vocabulary, builtin, current, merge, use_vocabulary

# ------------------------------------------------------------------ (a) a heading's title, a colon and a remark


def _outreach_title() -> str:
    return current().words("sections", "outreach")[1]


def _total_word() -> str:
    return current().words("outreach_sentences", "total")[0]


def test_a_known_title_a_colon_and_its_total_names_the_titles_section() -> None:
    title = _outreach_title()
    for sep in (":", "：", " : "):
        assert section_of(f"{title}{sep}{_total_word()} 11") == "outreach"
    funding = current().words("sections", "funding")[0]
    assert section_of(f"{funding} : {_total_word()} 5") == "funding"


def test_counts_after_a_colon_name_the_outreach_only() -> None:
    """Counts told after the colon (two or more, each after its words): the outreach's title names the outreach, even
    on a line past a heading's length; after any other title the counts are an item's (no section)."""
    counters = current().words("counters")
    counts = f"A 2{counters[0]}, B 4{counters[0]}"
    title = _outreach_title()
    assert section_of(f"{title} : {counts}") == "outreach"
    assert counts_after_colon(f"{title} : {counts}")
    long = f"{title} : " + ", ".join(f"C{k} {k}{counters[0]}" for k in range(1, 9))
    assert len(long.replace(" ", "")) > 24 and section_of(long) == "outreach"
    overview = current().words("sections", "overview")[0]
    assert section_of(f"{overview} : {counts}") is None and not counts_after_colon(f"{overview} : {counts}")


def test_a_title_a_colon_and_other_words_is_an_item() -> None:
    overview = current().words("sections", "overview")[0]
    assert section_of(f"{overview} : A B C") is None
    assert (
        section_of(f"{overview} :") == "overview"
    )  # (a heading's closing colon is dropped: its title alone)
    assert section_of(f": {_total_word()} 11") is None


def test_joined_titles_a_colon_and_a_total_name_both_sections() -> None:
    assert sections_of(f"투자계획 및 {_outreach_title()} : {_total_word()} 3") == ("funding", "outreach")
    assert sections_of(f"투자계획 및 {_outreach_title()}") == ("funding", "outreach")


# ------------------------------------------------------------------ (b) an untitled title no label opens

TITLE = "물빛시 민선8기 시장 공약사업 추진상황"  # a card's title without its kind word (관리카드)
LABELLED = f"사업명 : {TITLE}"  # the same words after a header's label: a header row, no title


def test_an_untitled_title_is_one_unless_a_label_opens_it() -> None:
    assert untitled_title(TITLE) and unlabelled_title(TITLE)
    assert untitled_title(LABELLED) and not unlabelled_title(LABELLED)
    assert not unlabelled_title(f"{TITLE}.")


def test_the_header_line_and_the_title_box_ask_the_same() -> None:
    """untitled_first (a line opening the card) and untitled_box_title (a one-row table's one printed cell beside
    an empty box) agree on the same text: a title, a labelled row, a sentence."""
    for text, want in ((TITLE, True), (LABELLED, False), (f"{TITLE}.", False)):
        box = Table(cells=[Cell(0, 0, text), Cell(0, 1, "")], n_rows=1, n_cols=2)
        assert (untitled_box_title(box) is not None) == want
        assert (untitled_first([Line(text, None, 0, Source())]) == 0) == want
        assert (untitled_first([box]) == 0) == want


# ------------------------------------------------------------------ (d) the label column's head, shared


def test_the_outreach_corner_reads_the_shared_label_column_words() -> None:
    corner = current().words("label_column")[0]
    total = current().words("totals")[0]
    assert total_leads([corner, total, "A"])
    assert not total_leads([corner, "A", total])
    with use_vocabulary(Vocabulary(merge(builtin().data, {"label_column": {"words": ["ZZ"]}}))) as v:
        from pledgecard.extract.sections.funding_column_heads import gubun_pattern

        assert total_leads(["ZZ", total, "A"])
        assert gubun_pattern(v).fullmatch("ZZ") and gubun_pattern(v).fullmatch(corner)


# ------------------------------------------------------------------ (e) note-column heads built once


def test_note_column_keys_follow_the_vocabulary_in_force() -> None:
    """A note column's word the vocabulary in force adds changes a reading (review A 32: the test asserted an
    identity): a typed head closing on 메모 over one 총계 row short by that cell is a table only where 메모 is a
    note column's word (the row's figures then in their columns), and text under the built-in vocabulary."""
    from pledgecard.extract.typed_tables import typed_cells, typed_runs

    lines = ["구 분\t2024\t2025\t메모", "총 계\t100\t200"]
    assert "메모" not in current().note_column_keys
    assert typed_runs([typed_cells(t) for t in lines]) == []
    with use_vocabulary(Vocabulary(merge(builtin().data, {"note_column": {"words": ["메모"]}}))) as v:
        assert "메모" in v.note_column_keys and current().note_column_keys is v.note_column_keys
        assert typed_runs([typed_cells(t) for t in lines]) == [(0, 2)]
    assert typed_runs([typed_cells(t) for t in lines]) == []  # the built-in vocabulary again once left


# ------------------------------------------------------------------ (f) the funding sum search on the shared budget


def _staircase_order(R: int, C: int, rnd: random.Random) -> list[tuple[int, int]]:
    filled, order = [0] * R, []
    while len(order) < R * C:
        i = rnd.choice([i for i in range(R) if filled[i] < C and (i == 0 or filled[i - 1] > filled[i])])
        order.append((i, filled[i]))
        filled[i] += 1
    return order


def _holding(values: list[int], R: int, C: int) -> set[tuple[tuple[int, ...], ...]]:
    """Every grid a staircase print order fills from ``values`` whose every sum holds exactly (the total row and
    the total column first), found by trying every order whole."""
    out: set[tuple[tuple[int, ...], ...]] = set()

    def walk(k: int, filled: list[int], g: list[list[int]]) -> None:
        if k == len(values):
            if all(sum(r[1:]) == r[0] for r in g) and all(
                sum(g[i][j] for i in range(1, R)) == g[0][j] for j in range(C)
            ):
                out.add(tuple(map(tuple, g)))
            return
        for i in range(R):
            j = filled[i]
            if j < C and (i == 0 or filled[i - 1] > j):
                g[i][j], filled[i] = values[k], j + 1
                walk(k + 1, filled, g)
                g[i][j], filled[i] = 0, j

    walk(0, [0] * R, [[0] * C for _ in range(R)])
    return out


@pytest.mark.parametrize("seed", range(10))
def test_the_search_pruned_by_the_figures_to_come_finds_what_every_order_finds(seed: int) -> None:
    """Grids of figures drawn from few values (equal figures and zeros abound: a row's last one or two cells have
    many candidates), one figure misprinted in some: the search places a grid exactly when trying every print
    order whole finds one grid holding every sum, and that grid; none or ambiguous otherwise."""
    from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums

    rnd = random.Random(3200 + seed)
    R, C = 3 + seed % 2, 4 - seed % 2
    body = [[rnd.choice([0, 1, 2, 3, 5, 8]) for _ in range(C - 1)] for _ in range(R - 1)]
    rows = [[sum(r), *r] for r in body]
    grid = [[sum(r[j] for r in rows) for j in range(C)], *rows]
    values = [grid[i][j] for i, j in _staircase_order(R, C, rnd)]
    if seed % 3 == 2:
        values[rnd.randrange(len(values))] += 1
    placed = place_by_sums(values, [0.0] * len(values), GridSums(R, C, 0, tuple(range(1, C)), 0))
    holding = _holding(values, R, C)
    if len(holding) == 1:
        assert placed.grid == next(iter(holding))
    else:
        assert (placed.grid, placed.why) == (None, "ambiguous" if holding else "none")


def test_the_search_has_no_bound_of_its_own() -> None:
    """The search counts its steps on the shared budget's default (search_budget.TRIES): logged with that limit,
    its steps never past it; given a bound, it gives up there and says so (review A 32: the test asserted a
    signature default)."""
    from pledgecard.extract import search_budget
    from pledgecard.extract.sections.funding_sum_search import GridSums, place_by_sums

    rows = [
        [1000, 300, 700],
        [640, 210, 430],
        [360, 90, 270],
    ]  # a total row over two sources, each row's total first
    values = [v for row in rows for v in row]
    sums = GridSums(3, 3, 0, (1, 2), 0)
    with search_budget.searches() as log:
        placed = place_by_sums(values, [0.0] * len(values), sums)
    assert placed.why != "bound" and placed.steps > 0  # ended within the shared budget
    assert [s.limit for s in log] == [search_budget.TRIES] and 0 < log[0].tries <= search_budget.TRIES
    with search_budget.searches() as log:
        given_up = place_by_sums(values, [0.0] * len(values), sums, bound=2)
    assert (given_up.grid, given_up.why) == (None, "bound") and log[0].given_up and log[0].limit == 2
    found = search_budget.given_up_findings(log, "funding")
    assert [f["observed"]["bound"] for f in found] == [2]


@pytest.mark.parametrize("name", ["dahae-city", "hwarang-city"])
def test_family_tables_dumped_by_pdf2txt_are_placed_within_the_shared_budget(
    name: str, tmp_path: Path
) -> None:
    """dahae-city's 5 x 8 funding table dumped by pdf2txt took 340k steps (its own bound of 1e6 beside the shared
    budget); pruned by the figures still to print (a row's or column's last one or two cells must be one figure,
    or two adding up, of those to come, checked on every row and column at each step) it takes under 15k: every
    placement search of the family's PDFs ends within the shared default, none given up, every funding figure
    right, none wrong."""
    from test_text_converters import converter_dump

    from pledgecard import extract_file
    from pledgecard.extract.search_budget import TRIES, searches
    from pledgecard.extract.sections.funding_sum_search import SEARCH_NAME
    from pledgecard.scoring import load_records

    from conftest import shared_tools

    _, wf = shared_tools()
    right = total = 0
    wrong: list[str] = []
    tries: list[int] = []
    for src in sorted(
        (Path(__file__).resolve().parents[1] / "samples" / "families" / name).glob("*-pdf.pdf")
    ):
        out = tmp_path / f"{src.stem}-pdf2txt.txt"
        converter_dump("pdf2txt", src, out)  # (test_text_converters dumps the same files)
        with searches() as log:
            records = extract_file(out)
        tries += [s.tries for s in log if s.name == SEARCH_NAME]
        assert not [s for s in log if s.name == SEARCH_NAME and s.given_up]
        for exp, rec in zip(load_records(src.with_name(src.stem + ".expected.json")), records, strict=True):
            for part, fig, e, g in wf.figures(exp, rec):
                right, total = right + (part == "funding" and g == e), total + (part == "funding")
                wrong += [f"{src.name} {fig}: {e} -> {g}"] if g is not None and g != e else []
    assert tries and max(tries) < TRIES
    assert wrong == [] and total > 0 and right == total
