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


def _line(printed: str) -> Line:
    lead = len(printed) - len(printed.lstrip(" "))
    text = " ".join(printed.split())
    return Line(text=text, marker=None, indent=0, source=Source(), printed=printed[lead:], lead=lead)


HEAD = "연도 세부사업 목표 실적 추진상황"
ROWS = ["2024 에너지자립마을 조성 자원순환 프로그램 운영(45회) 39회 추진 중", "2025 자원순환 프로그램 - 미착수"]


def _texts(*printed: str) -> list[str]:
    return [ln.full_text for ln in join_cut_pieces([_line(p) for p in printed])]


def test_a_padded_piece_joins_its_cell_in_the_row_above() -> None:
    assert _texts(HEAD, *ROWS, "  운영(10회)  ", "2026 자원순환 기업 지원(60개) - 미착수") == [
        HEAD, ROWS[0], "2025 자원순환 프로그램 운영(10회) - 미착수", "2026 자원순환 기업 지원(60개) - 미착수"]
    # the actual's column (the fourth of six): it ends right before the status word
    head = HEAD + " 추진내용"
    assert _texts(head, "2021 시범 운영 관계기관 추진중 ", "   협의  ") == [head, "2021 시범 운영 관계기관 협의 추진중"]
    # under a 달성률 column, the actual ends before the rate
    rated = "연도 세부사업 목표 실적 달성률 추진상황"
    assert _texts(rated, "2025 사업 시범 운영 관계기관 - 추진중", "   협의  ") == [
        rated, "2025 사업 시범 운영 관계기관 협의 - 추진중"]


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
    assert [tuple(g[k] for k in keys) for g in got["goals"]] == [tuple(g[k] for k in keys) for g in records[0]["goals"]]
