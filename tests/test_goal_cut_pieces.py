"""A goal row's cell a text dump went on with on a padded line of its own (extract/sections/goal_cut_pieces.py):
a row a page break cut prints the cut cell's rest at the next page's top with the row's other cells empty, a
space each (``  운영(10회)  ``). The spaces count the cells before and after the piece; where they and the piece
make the head's column count and the row above shows where that column ends (its status word, the actual a
dash or a value before it), the piece joins its cell. gippeum-county 77031's text dump (an unseen seed):
goals 0/3 -> 3/3; 77024's: the actual ``관계기관 협의`` whole again."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_cut_pieces import join_cut_pieces, piece_column


def _line(printed: str, page: int | None = None) -> Line:
    lead = len(printed) - len(printed.lstrip(" "))
    text = " ".join(printed.split())
    return Line(text=text, marker=None, indent=0, source=Source(page=page), printed=printed[lead:], lead=lead)


HEAD = "연도 세부사업 목표 실적 추진상황"
ROWS = [
    "2024 에너지자립마을 조성 자원순환 프로그램 운영(45회) 39회 추진 중",
    "2025 자원순환 프로그램 - 미착수",
]


def _texts(*printed: str, cut: bool = True) -> list[str]:
    """The lines joined, the last line on the page after the others' (``cut``: the row shown cut) or all on one."""
    pages = [1] * (len(printed) - 1) + [2 if cut else 1]
    return [
        ln.full_text for ln in join_cut_pieces([_line(p, n) for p, n in zip(printed, pages, strict=True)])
    ]


def test_a_padded_piece_joins_its_cell_in_the_row_above() -> None:
    pages = [1, 1, 1, 2, 2]  # the piece atop the next page
    lines = [
        _line(p, n)
        for p, n in zip(
            [HEAD, *ROWS, "  운영(10회)  ", "2026 자원순환 기업 지원(60개) - 미착수"], pages, strict=True
        )
    ]
    assert [ln.full_text for ln in join_cut_pieces(lines)] == [
        HEAD,
        ROWS[0],
        "2025 자원순환 프로그램 운영(10회) - 미착수",
        "2026 자원순환 기업 지원(60개) - 미착수",
    ]
    # a text dump's pages by their starting lines
    numbered = [
        Line(
            text=ln.text,
            marker=None,
            indent=0,
            source=Source(line_start=n, line_end=n),
            printed=ln.printed,
            lead=ln.lead,
        )
        for ln, n in zip(lines, (1, 3, 5, 11, 13), strict=True)
    ]
    assert [ln.full_text for ln in join_cut_pieces(numbered, (9,))][
        2
    ] == "2025 자원순환 프로그램 운영(10회) - 미착수"
    assert [ln.full_text for ln in join_cut_pieces(numbered, (14,))][
        3
    ] == "운영(10회)"  # one page: not shown cut
    # the actual's column (the fourth of six): it ends right before the status word
    head = HEAD + " 추진내용"
    assert _texts(head, "2021 시범 운영 관계기관 추진중 ", "   협의  ") == [
        head,
        "2021 시범 운영 관계기관 협의 추진중",
    ]
    # under a 달성률 column, the actual ends before the rate
    rated = "연도 세부사업 목표 실적 달성률 추진상황"
    assert _texts(rated, "2025 사업 시범 운영 관계기관 - 추진중", "   협의  ") == [
        rated,
        "2025 사업 시범 운영 관계기관 협의 - 추진중",
    ]


def test_a_piece_whose_spaces_or_row_do_not_prove_its_cell_stays_apart() -> None:
    piece = "  운영(10회)  "
    assert piece_column(_line(piece), 5) == 2 and piece_column(_line(piece), 6) is None
    # the spaces make another column count than the head's: not this table's cell
    assert _texts(HEAD, *ROWS, "  운영(10회)   ") == [HEAD, *ROWS, "운영(10회)"]
    # the target's end not shown: the actual is words, not one dash or value
    worded = "2025 자원순환 프로그램 설계 완료 미착수"
    assert _texts(HEAD, worded, piece) == [HEAD, worded, "운영(10회)"]
    # a line of two runs (two cells), flush left (no empty cell before it), or a status word: no piece
    assert _texts(HEAD, *ROWS, "  운영(10회)  협의 ") == [HEAD, *ROWS, "운영(10회) 협의"]
    assert _texts(HEAD, *ROWS, "운영(10회)    ") == [HEAD, *ROWS, "운영(10회)"]
    assert _texts(HEAD, *ROWS, "    완료") == [HEAD, *ROWS, "완료"]
    # a real goal row holding only its target (the other cells spanning rows): no page between, no cell left open
    assert _texts(HEAD, *ROWS, piece, cut=False) == [HEAD, *ROWS, "운영(10회)"]
    assert _texts(HEAD, "2021 시범 운영 관계기관 추진중", "   협의  ", cut=False)[-1] == "협의"
    # a bracket the row above leaves open: its cell goes on, on one page too
    assert _texts(HEAD, "2025 자원순환 프로그램(연 - 미착수", "  10회)  ", cut=False) == [
        HEAD,
        "2025 자원순환 프로그램(연 10회) - 미착수",
    ]
    # the target's rest not ending as a target does (no figure, no closing bracket): not joined
    assert _texts(HEAD, *ROWS, "  운영  ") == [HEAD, *ROWS, "운영"]
    # the row above ends a target before its actual (운영(45회) 연 39회: the actual may be 연 39회): not split
    split = "2024 자원순환 운영(45회) 연 39회 추진중"
    assert _texts(HEAD, split, piece) == [HEAD, split, "운영(10회)"]
    # a row above with no status found: where its cells end is not shown
    assert _texts(HEAD, "2025 자원순환 프로그램 -", piece) == [HEAD, "2025 자원순환 프로그램 -", "운영(10회)"]


def test_the_unseen_card_reads_its_cut_row(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["gippeum-county"]
    records = family_records(fam, 77031)
    path = write_file(tmp_path, "gippeum-county-77031", "txt", records, fam.style)
    assert "  운영(10회)  " in path.read_text(encoding="utf-8")  # the shape: the cut cell's rest, padded
    [got] = extract_file(path)
    keys = ("project", "year", "target", "target_value", "actual_value", "status")
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [
        tuple(g[k] for k in keys) for g in records[0]["goals"]
    ]
