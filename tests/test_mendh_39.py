"""Session 39 (mendh): a read-only reviewer's findings in the hand-made round's rules (h-handdocs7), each pinned on
the reviewer's input, built from the hand-made comma-separated card (``onnuri-special-city-csv-4-10.txt``) with the
lines the reviewer changed.

The classes pinned:

- a period printed alone (``2/4분기``, ``9월``) under rows at its level that printed another year (``2024. 1/4분기``
  then ``2/4분기``, in a block reported at 2025): read as the block's year's (2025-Q2, a silent wrong date). It is the
  year of the nearest earlier sibling row printing one, the block's only where none did; where that row's year is
  unproven (a date spanning years) no year (sections/achievement_month_year.month_in_as_of_year ``earlier``);
- a range of quarters (``2/4분기~3/4분기``, ``1~2/4분기``) or an open one (``3/4분기 이후``) read as one period of the
  block's year: refused as a range of months is (normalize/dates.opens_after);
- a spaced cell naming a source after a share word (``확 보 국 비``) read as no label since the skip added for the
  spaced running total (``누 계``): the skip narrowed to a cell that is wholly a derived head of the vocabulary
  (sections/funding_source_labels.source_label);
- a comma-separated sheet's reading (extract/readers/text_sheet.sheet_rows) over-reaching: a dump whose unquoted
  commas part numbers at their thousands (``계 12,000 1,500``: tests/data/mendh_39_fp2.txt) read as a sheet, no card
  found; a tab inside a quoted field switching the delimiter to tabs (the card lost); one stray trailing comma
  (7 fields, the last empty, in a 6-field sheet) losing the whole card;
- a label-left PDF header grid whose values are centred in their cells (tests/data/mendh_39_areum_c.pdf, the
  hand-made areum card so set): the rule's edges a centred spanning value crosses taken as column edges, the title
  lost and the target cut (extract/readers/pdf_open_rows._spanned_joints: the crossing value must start where a
  value of the rows keeping the edge starts; narrower, the centred grid read as before the rule).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pledgecard
from pledgecard.extract.readers.pdf_open_pieces import Piece
from pledgecard.extract.readers.pdf_open_rows import column_edges
from pledgecard.extract.readers.text_sheet import sheet_rows
from pledgecard.extract.sections.achievement_month_year import month_in_as_of_year
from pledgecard.extract.sections.funding_source_labels import source_label

from conftest import assert_handmade_floor

HERE = Path(__file__).resolve().parent
HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"
CSV = HANDMADE / "onnuri-special-city-csv-4-10.txt"
LOG_HEAD = "3. 추진실적,,,,,"
LOG = [
    "2023. 8.,1단계 교량 3곳 경관조명 설치 완료,,,,",
    '2024. 5.,"야간 보행로 2.4km 조성, 시민 걷기행사 3회 개최",,,,',
    "2025. 4.,온누리관광재단과 야간관광 상품 공동 운영 협약,,,,",
]


def _card_with_log(tmp_path: Path, dates: list[str]) -> list[Any]:
    """The hand-made CSV card, its log's block reported at 2025-09-30 and its rows dated ``dates``."""
    text = CSV.read_text(encoding="utf-8")
    assert LOG_HEAD in text and all(row in text for row in LOG)
    text = text.replace(LOG_HEAD, "3. 추진실적 (2025. 9. 30. 기준),,,,,")
    rows = [f"{d},항목 {i + 1},,,," for i, d in enumerate(dates)]
    text = text.replace("\n".join(LOG), "\n".join(rows))
    path = tmp_path / "card.txt"
    path.write_text(text, encoding="utf-8")
    record = pledgecard.extract_file(path)[0]
    got = [(a["date"] or {}).get("label") for a in record["achievements"]]
    assert len(got) == len(dates)
    return got


def test_a_quarter_alone_takes_the_year_of_the_nearest_earlier_row_printing_one(tmp_path: Path) -> None:
    # reviewer q2: 2025-Q2, 2025-Q3 read for 2024's second and third quarters
    dates = ["2024. 1/4분기", "2/4분기", "3/4분기", "2025. 1/4분기", "2/4분기"]
    assert _card_with_log(tmp_path, dates) == ["2024-Q1", "2024-Q2", "2024-Q3", "2025-Q1", "2025-Q2"]
    # reviewer q1: a month's row printing 2024 then a quarter alone
    assert _card_with_log(tmp_path, ["2024. 3.", "3/4분기", "2025. 2."]) == ["2024-03", "2024-Q3", "2025-02"]
    # the month-alone rule: the same
    assert _card_with_log(tmp_path, ["2024. 3.", "9월", "2025. 2."]) == ["2024-03", "2024-09", "2025-02"]
    # no earlier row printing a year: the block's year, as before
    assert _card_with_log(tmp_path, ["1/4분기", "5월"]) == ["2025-Q1", "2025-05"]


def test_the_nearest_year_rules_and_an_unproven_one_gives_none() -> None:
    as_of = {"start": "2025-09-30", "end": "2025-09-30", "precision": "day", "label": "2025-09-30"}
    q2 = {"raw": "2/4분기", "label": None}
    printed = [{"text": "a", "date": {"raw": "2024. 1/4분기", "start": "2024-01-01", "end": "2024-03-31"}}]
    got = month_in_as_of_year(q2, as_of, (), printed)
    assert got is not None and got["label"] == "2024-Q2"
    alone = [{"text": "b", "date": {"raw": "3/4분기", "start": "2025-07-01", "end": "2025-09-30"}}]
    got = month_in_as_of_year(q2, as_of, (), printed + alone)  # the nearest PRINTING a year
    assert got is not None and got["label"] == "2024-Q2"
    across = [
        {"text": "c", "date": {"raw": "2024. 11. ~ 2025. 2.", "start": "2024-11-01", "end": "2025-02-28"}}
    ]
    assert month_in_as_of_year(q2, as_of, (), printed + across) is None  # its year unproven
    later = [{"text": "d", "date": {"raw": "2026. 1/4분기", "start": "2026-01-01", "end": "2026-03-31"}}]
    assert month_in_as_of_year(q2, as_of, (), later) is None  # after the reporting point
    assert month_in_as_of_year(q2, as_of)["label"] == "2025-Q2"  # type: ignore[index]


def test_a_range_of_quarters_is_no_one_period(tmp_path: Path) -> None:
    # reviewer q3: 2/4분기~3/4분기 read as 2025-Q2/2025-Q3
    got = _card_with_log(tmp_path, ["2023. 8.", "4~6월", "2/4분기~3/4분기"])
    assert got == ["2023-08", None, None]
    year = {"start": "2025-01-01", "end": "2025-12-31", "precision": "year", "label": "2025"}
    for raw in ("2/4분기~3/4분기", "1~2/4분기", "3/4분기 이후", "상반기~하반기", "9월 이후"):
        assert month_in_as_of_year({"raw": raw, "label": None}, year) is None, raw
    assert month_in_as_of_year({"raw": "3/4분기 중", "label": None}, year)["label"] == "2025-Q3"  # type: ignore[index]
    assert month_in_as_of_year({"raw": "5~6월", "label": None}, year)["label"] == "2025-05/2025-06"  # type: ignore[index]


def test_a_spaced_cell_naming_a_source_after_a_share_word_keeps_its_source() -> None:
    # reviewer: 확 보 국 비 gave None (the national row dropped silently) since the spaced running total's skip
    assert source_label(["확 보 국 비"]) == "국비"
    assert source_label(["비 율 국 비"]) == "국비"
    assert source_label(["누 계"]) is None  # the spaced running total itself: still no label (계 no total)
    assert source_label(["증 감"]) is None


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    """The hand-made CSV card with ``old`` (a line of it) replaced by ``new``, its expected record beside it."""
    text = CSV.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / CSV.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    expected = CSV.with_name(f"{CSV.stem}.expected.json")
    (tmp_path / expected.name).write_bytes(expected.read_bytes())
    return path


def test_a_tab_inside_a_quoted_field_keeps_the_comma_sheet(tmp_path: Path) -> None:
    # reviewer tab1: one quoted field holding a tab switched the delimiter to tabs: the card lost (0.05 coverage)
    path = _variant(
        tmp_path, "주요내용,- 교량·수변 경관조명 설치,,,,", '주요내용,"- 교량·수변\t경관조명 설치",,,,'
    )
    rows = sheet_rows(path.read_text(encoding="utf-8"))
    assert rows is not None and {len(f) for f, _, _ in rows} == {6}
    assert_handmade_floor(path, 0.99)


def test_one_stray_trailing_comma_keeps_the_sheet(tmp_path: Path) -> None:
    # reviewer wide1: a record of 7 fields (its last empty) in a 6-field sheet: no sheet, the card lost
    path = _variant(tmp_path, "7. 기대효과,,,,,", "7. 기대효과,,,,,,")
    rows = sheet_rows(path.read_text(encoding="utf-8"))
    assert rows is not None and {len(f) for f, _, _ in rows} == {6}
    assert_handmade_floor(path, 1.0)
    # a wider record holding text past the sheet's width is no stray comma: no sheet
    text = CSV.read_text(encoding="utf-8").replace("7. 기대효과,,,,,", "7. 기대효과,,,,,,비고")
    assert sheet_rows(text) is None


def test_numbers_parted_at_their_thousands_are_no_comma_sheet(tmp_path: Path) -> None:
    # reviewer fp2: unquoted 12,000 1,500 ... made a 5-field "sheet": NoCardFoundError where base read a record
    text = (HERE / "data" / "mendh_39_fp2.txt").read_text(encoding="utf-8")
    assert sheet_rows(text) is None
    path = tmp_path / "fp2.txt"
    path.write_text(text, encoding="utf-8")
    assert len(pledgecard.extract_file(path)) == 1
    # a sheet's export quotes a field holding a comma: "1,000",500 is no parted number
    assert sheet_rows(CSV.read_text(encoding="utf-8")) is not None
    assert sheet_rows("\n".join(["a,b,c,d"] * 7 + ["합계,12,000,5"])) is None


def _piece(x0: float, x1: float, top: float) -> Piece:
    return Piece(x0=x0, x1=x1, top=top, bottom=top + 10)


def test_a_centred_spanning_value_proves_no_column_edge() -> None:
    # reviewer areum_c: the hand-made areum card with its header values centred in their cells: the edges the
    # spanning values cross taken, the title lost and the target cut to 2026년까지
    joints = [134.0, 273.3, 350.3] * 4
    labels = [_piece(64, 101, y) for y in (139, 163, 186, 209)]
    centred = [
        *labels,
        *[_piece(196, 212, 139), _piece(280, 318, 139), _piece(426, 463, 139)],
        *[_piece(176, 232, 163), _piece(280, 318, 163), _piece(404, 485, 163)],
        *[_piece(190, 218, 186), _piece(280, 314, 186), _piece(410, 478, 186)],
        _piece(242, 430, 209),  # centred over the rest
    ]
    edges = [round(x) for x in column_edges(centred, 57, 538.3, 10.0, joints)]
    assert 273 not in edges and 350 not in edges
    left = [
        *labels,
        *[_piece(141, 157, 139), _piece(280, 318, 139), _piece(357, 395, 139)],
        *[_piece(141, 197, 163), _piece(280, 318, 163), _piece(357, 438, 163)],
        *[_piece(141, 169, 186), _piece(280, 314, 186), _piece(357, 425, 186)],
        _piece(141, 330, 209),  # set from the left as the values above it
    ]
    assert 273 in [round(x) for x in column_edges(left, 57, 538.3, 10.0, joints)]
    header = pledgecard.extract_file(HERE / "data" / "mendh_39_areum_c.pdf")[0]["header"]
    assert header["title"] == "생활권 공공도서관 확충"
    assert header["target"] == "2026년까지 생활권 작은도서관 12개소 조성"
