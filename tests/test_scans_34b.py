"""Scanned cards still misread after session 34 (session 34, scans2), read by OCR at test time:

- a table typed without any rule (cells at tab stops; a goal table ``연도 | 세부사업 | 목표 | 실적 | 달성률 |
  추진상황``, a funding table, a side table of yearly counts) on a scanned page: the vector PDF reads it
  (``pdf_typed``), the OCR path never looked for one, so its cells ran on as text lines, one a column (mutant
  5306 scan, a landscape page: goals 0/42). On a scan the characters are boxed by their ink: a flat dash or colon
  started a printed line of its own that its line's other glyphs joined (``printed_lines(min_size=)``), a row's
  words stand as far apart as its cells (``pdf_typed_words.join_words``: joined where the head prints no other
  column's name over them), a ``label : value`` line's separator stands apart from its value, and the text
  lines over the table run on into the table's lines (its head: the first line proving the columns, no figure
  but a year in it); on a scan a head and two rows at least, and no line whose piece opens with the separator
  and goes on (an item's ``text : date``). mutant 5306 scan: 0.503 -> 0.662, wrong 0 -> 0 (goals 0 -> 41 of 42,
  funding read as a table); mutants 5300-5307 and ten families' scans otherwise unchanged, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from conftest import mutant_file, read_once, wrong_figure_count

SIZE = 10.0  # the glyphs' ink height on the scan, in points
HANGUL, DIGIT, WORD_GAP, LINE = 9.0, 5.5, 6.0, 16.0  # ink widths; a word's gap as OCR boxes it; line pitch


def _scanned_line(cells: list[tuple[float, str]], top: float) -> list[dict]:
    """A printed line as the OCR reader hands its characters on: each cell's words (Tesseract's Word objects,
    their symbols boxed by their ink: a dash or colon flat) made characters by ``ocr.word_chars``."""
    from pledgecard.extract.readers.ocr import word_chars
    from pledgecard.extract.readers.ocr_word import Word

    out: list[dict] = []
    for x, text in cells:
        for k, word in enumerate(text.split()):
            symbols = []
            for ch in word:
                w = HANGUL if ord(ch) >= 0x1100 else 3.0 if ch in "-:" else DIGIT
                flat = ch in "-:"
                box = (x, top + 5.5 if flat else top, x + w, top + 6.5 if flat else top + SIZE)
                symbols.append((ch, 95.0, box))
                x += w
            out += word_chars(Word(spaced=k > 0, symbols=symbols).symbols, spaced=True)
            x += WORD_GAP
    return out


def _page(*lines: list[tuple[float, str]]) -> list[dict]:
    return [c for r, cells in enumerate(lines) for c in _scanned_line(cells, 100.0 + LINE * r)]


HEAD = [(52, "연도"), (113, "세부사업"), (269, "목표"), (514, "실적"), (642, "달성률"), (678, "추진상황")]
ROWS = [
    [
        (52, "2019"),
        (113, "탄소중립 지원사업"),
        (269, "단계별 추진"),
        (514, "용역 완료"),
        (668, "-"),
        (678, "완료"),
    ],
    [(52, "2020"), (269, "탄소중립 프로그램 운영(40회)"), (514, "45회"), (642, "112%"), (678, "완료")],
    [(52, "2021"), (269, "탄소중립 기업 지원(20개)"), (514, "-"), (668, "-"), (678, "미착수")],
]


def _cells(chars: list[dict], grid) -> list[list[str]]:
    rows: dict[float, list[tuple[float, str]]] = {}
    for x0, y0, x1, y1 in grid.cells:
        text = "".join(
            c["text"]
            for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and y0 <= (c["top"] + c["bottom"]) / 2 <= y1
        ).strip()
        rows.setdefault(y0, []).append((x0, text))
    return [[t for _, t in sorted(r)] for _, r in sorted(rows.items())]


def _typed(chars: list[dict], scanned: bool = True) -> list:
    from pledgecard.extract.readers.pdf_typed import typed_grids

    return typed_grids(chars, [], scanned=scanned)


def test_a_flat_dash_on_a_scan_stays_on_its_line() -> None:
    from pledgecard.extract.readers.pdf_open_pieces import printed_lines

    chars = [c for c in _scanned_line(ROWS[2], 100.0) if not c["text"].isspace()]
    assert len(printed_lines(chars, by_x=True)) > 1  # (a dash's third of its own flat box: a line of its own)
    [line] = printed_lines(chars, by_x=True, min_size=SIZE)
    assert (
        "".join(c["text"] for c in sorted(line, key=lambda c: c["x0"]))
        == "2021탄소중립기업지원(20개)--미착수"
    )


def test_a_scanned_goal_table_typed_without_rules_is_a_grid_of_its_cells() -> None:
    chars = _page(HEAD, *ROWS)
    [grid] = _typed(chars)
    assert _cells(chars, grid) == [
        ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"],
        ["2019", "탄소중립 지원사업", "단계별 추진", "용역 완료", "-", "완료"],
        ["2020", "", "탄소중립 프로그램 운영(40회)", "45회", "112%", "완료"],
        ["2021", "", "탄소중립 기업 지원(20개)", "-", "-", "미착수"],
    ]


def test_a_row_word_under_another_columns_name_stays_its_cell() -> None:
    from pledgecard.extract.readers.pdf_typed import Piece
    from pledgecard.extract.readers.pdf_typed_words import join_words

    head = [Piece(642, 671, 0, 10, "달성률"), Piece(678, 717, 0, 10, "추진상황")]
    row = [Piece(668, 671, 0, 10, "-"), Piece(678, 705, 0, 10, "미착수")]
    assert [p.text for p in join_words(row, head, 8.0)] == ["-", "미착수"]  # 7 points apart, two columns
    words = [
        Piece(269, 306, 0, 10, "탄소중립"),
        Piece(311, 329, 0, 10, "기업"),
        Piece(335, 383, 0, 10, "지원"),
    ]
    assert [p.text for p in join_words(words, [Piece(269, 288, 0, 10, "목표")], 8.0)] == [
        "탄소중립 기업 지원"
    ]
    assert [p.text for p in words] == ["탄소중립", "기업", "지원"]  # the line as it was
    assert [p.text for p in join_words(words, [], 4.0)] == ["탄소중립", "기업", "지원"]  # farther than a word


def test_a_title_over_the_head_does_not_lose_the_table() -> None:
    chars = _page([(52, "[4] 연차별"), (114, "성과지표")], HEAD, *ROWS)
    [grid] = _typed(chars)
    assert _cells(chars, grid)[0] == ["연도", "세부사업", "목표", "실적", "달성률", "추진상황"]


def test_label_value_lines_and_a_body_row_of_figures_head_no_table() -> None:
    from pledgecard.extract.readers.pdf_typed_words import head_words
    from pledgecard.extract.vocabulary import current

    labels = _page(
        [(52, "주관부서"), (198, ":"), (207, "자원순환과")],
        [(52, "담당자"), (198, ":"), (208, "지상수(062-863-6740)")],
        [(52, "협조부서"), (198, ":"), (207, "기후환경과")],
    )
    assert _typed(labels) == []  # (the separator inked apart from its value: three columns, a phone number)
    year = current().year_re
    assert not head_words(["국비", "10,180", "-", "2,882"], year)
    assert head_words(["구분", "총사업비", "2019년", "2020"], year)


def test_dated_items_and_a_two_line_run_on_a_scan_are_no_table() -> None:
    item = [(52, "#"), (72, "지역인재 전문가 자문회의 개최(총 6회)"), (300, ": '25."), (340, "6. 21.")]
    sub = [(52, "*"), (72, "참여기업 14개, 참여자 213명"), (300, "1,200"), (340, "30")]
    assert _typed(_page(item, sub, sub)) == []  # (an item's ``text : date`` inked apart: mutant 5301 scan)
    assert (
        _typed(_page(HEAD, ROWS[1])) == []
    )  # a head and one row: words inked apart prove no columns on a scan


def test_a_scanned_funding_table_under_text_lines_is_found_from_its_head() -> None:
    head = [(52, "구분"), (149, "총사업비"), (231, "2019년"), (307, "2020년"), (384, "2021년")]
    rows = [
        [(52, "국비"), (155, "10,180"), (262, "-"), (338, "-"), (390, "2,882")],
        [(52, "시비"), (160, "8,429"), (247, "322"), (338, "-"), (390, "3,268")],
    ]
    chars = _page(
        [(53, "학생 맞춤형"), (115, "교육 컨설팅"), (170, "제공")],
        [(53, "[2] 소요재원 및"), (139, "투자계획")],
        head,
        *rows,
    )
    [grid] = _typed(chars)
    assert _cells(chars, grid) == [
        ["구분", "총사업비", "2019년", "2020년", "2021년"],
        ["국비", "10,180", "-", "-", "2,882"],
        ["시비", "8,429", "322", "-", "3,268"],
    ]
    assert _typed(chars, scanned=False) == []  # (a text layer's reading: the words a cell's gap apart)


def test_mutant_5306_scanned_reads_its_tables_typed_without_rules(tmp_path: Path) -> None:
    from pledgecard.scoring import load_records, score_record

    path = mutant_file(5306, "scan", tmp_path)
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [got] = read_once(path)
    assert wrong_figure_count(exp, got) == 0
    assert len(got["goals"]) == len(exp["goals"])  # (none: the goal table's cells read as text lines)
    assert [(g["year"], g["target"], g["target_value"]) for g in got["goals"]] == [
        (g["year"], g["target"], g["target_value"]) for g in exp["goals"]
    ]
    assert got["funding"] is not None and [r["amounts_krw"] for r in got["funding"]["rows"]] == [
        r["amounts_krw"] for r in exp["funding"]["rows"]
    ]
    assert score_record(exp, got).score() >= 0.65  # (0.503)
