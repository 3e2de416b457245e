"""Counts under a row of Hangul heads in a ``pdftotext -layout`` dump, placed in the measure whose cells sit on
their columns (extract/readers/text_col_fit.py).

Layout mutants 4077 and 4079 (``python -m samples.mutate --start S --cards 1 --formats layout``) print the outreach
table as one line of heads over one line of counts. The few edges the counts share with the heads in display
columns (a count's last digit under a head's last glyph) chose that measure, which put counts a column left;
in characters (as ``pdftotext -layout`` prints) each count sits on its head's centre. Where both measures set the
same columns and place every cell, the one whose cells sit clearly nearer their columns is taken. Before:
4077 2 wrong outreach figures (언론 홍보 0 -> 2, 기타 2 -> 0), 4079 3 wrong (전문가 자문 0 -> 176, 언론 176 -> 3,
기타 3 -> 0); after: 0 wrong, every count right.

A share column (비율(%)) whose two-line head ``pdftotext`` printed ahead of the years while each row prints its
share last (extract/sections/funding_share_last.py): dealt in the heads' order, every year took its right-hand
neighbour's amount. Moved to the rows' end only where every row then sums to its total column and none did as
read. Mutant 4141's pdftotext dump (``--start 4141 --formats pdftotext``): before 16 wrong funding figures, after 0,
every cell right."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.readers.text_col_plan import plan
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.funding_share_last import share_to_row_end
from pledgecard.scoring import load_records

from conftest import mutant_file, shared_tools

ROOT = Path(__file__).resolve().parents[1]

# heads and counts as pdftotext -layout prints them: a character a glyph, each count centred on its head
BLOCK = (
    "         계           주민설명회, 토론회 등           설문지 조사            외부인 자문     신문, 방송                기타\n"
    "\n"
    "       184회              3(설명회)                   2                          176                3\n"
)


def _grid(text: str) -> dict[str, int]:
    got = plan(split_lines(text))
    assert got is not None
    _, placed, _, _ = got
    return {p.cell.text(): p.col for p in placed if p.row == 1}


def test_counts_go_under_the_heads_they_are_centred_on_in_characters() -> None:
    assert _grid(BLOCK) == {"184회": 0, "3(설명회)": 1, "2": 2, "176": 4, "3": 5}


def test_a_monospace_block_aligned_in_display_columns_keeps_that_measure() -> None:
    # a hand-typed dump: each count centred under its head in display columns (Hangul two columns wide);
    # in characters the 3 would lie nearer 기타
    text = (
        "  계      주민 간담회      설문 조사      외부 자문      기타\n"
        "\n"
        "  4회                       1                 3\n"
    )
    assert _grid(text) == {"4회": 0, "1": 2, "3": 3}


def _columns(*kinds: str) -> list[dict]:
    return [{"label": k, "kind": k, "year": None} for k in kinds]


def _rows(*values: list[int]) -> list[dict]:
    return [
        {"label": f"r{i}", "source": "total" if i == 0 else f"s{i}", "amounts_krw": list(v)}
        for i, v in enumerate(values)
    ]


def test_a_share_head_amid_the_years_goes_last_where_every_row_then_sums() -> None:
    columns = _columns("total", "share", "year", "year", "year")
    rows = _rows([60, 10, 20, 30, 100], [30, 5, 10, 15, 100], [30, 5, 10, 15, 100])
    assert share_to_row_end(columns, rows)
    assert [c["kind"] for c in columns] == ["total", "year", "year", "year", "share"]


def test_a_share_whose_rows_sum_as_read_stays() -> None:
    columns = _columns("total", "share", "year", "year")
    rows = _rows([30, 100, 10, 20], [12, 40, 5, 7])  # each total the sum of its years as read
    assert not share_to_row_end(columns, rows)
    assert [c["kind"] for c in columns] == ["total", "share", "year", "year"]


def test_a_share_moved_last_that_sums_in_no_row_either_stays() -> None:
    columns = _columns("total", "share", "year", "year")
    rows = _rows([99, 10, 20, 100], [50, 5, 7, 100])
    assert not share_to_row_end(columns, rows)


def _wrong(seed: int, tmp_path: Path, fmt: str = "layout") -> list[str]:
    """Mutant ``seed``'s ``fmt`` dump made by the generator, read; its wrong figures."""
    dump = mutant_file(seed, fmt, tmp_path)
    _, wf = shared_tools()
    wrong: list[str] = []
    for e, g in zip(
        load_records(dump.with_name(f"mutant-{seed}-{fmt}.expected.json")), extract_file(dump), strict=True
    ):
        wrong += [f"{n}: {a} -> {b}" for _, n, a, b in wf.figures(e, g) if b is not None and b != a]
        if fmt == "pdftotext":  # (the funding dumps pinned: every cell read, not only none wrong)
            wrong += [
                f"unread {n}" for part, n, a, b in wf.figures(e, g) if part == "funding" and b is None and a
            ]
    return wrong


def test_layout_mutants_4077_and_4079_read_their_outreach_counts_right(tmp_path: Path) -> None:
    for seed in (4077, 4079):
        assert _wrong(seed, tmp_path) == [], seed


def test_pdftotext_mutant_4141_reads_its_funding_with_the_share_last(tmp_path: Path) -> None:
    assert _wrong(4141, tmp_path, "pdftotext") == []
