"""Mends of what the review of h-crossworst5 found (reproducers /tmp/rev-crossworst5/cN.py), before -> after:

- a page break BETWEEN two whole goal rows, the next row's name centred over two lines (``주민`` padded like a cut
  piece, then ``일자리 창출 명 323 …``): ``goal_year_cut_names.join_cut_names`` glued the piece to the row above
  (``참여 주민`` 466/318 and ``일자리 창출`` 323/323, two SILENT wrong names). The two shapes print alike and the
  rule gained no measured card: its call is taken out of ``extract/sections/goals`` and the module deleted (``참여`` as the base read it;
  the third row is lost, not misnamed).
- ``labels._longest_label`` took the longer label (``추진상황 기준``, the as-of day) over the status's wherever any
  text followed it: ``2024. 12. 31. 추진상황 기준 이행율 35%`` / ``… (단위: 억원)`` / ``…   - 1 -`` / ``… |`` lost
  the as-of day (null; base 2024-12-31), and ``추진상황 기준 2023. 9. 30. 이행후 계속추진`` lost the status (null;
  base continuing). The longer label is now taken only where a date opens what follows it and no status follows
  the date (crossbred 9183 keeps its 1.0).
- ``text_vertical``: four lone characters above a vertical label were taken as a heading number, so a table's last
  cells (``5`` / ``-``) joined a one-level number (``5-6. 군민소통``, the cells gone). Four lines are taken only where
  the card spells the number's neighbour (``2-5.`` / ``2-7.``) the same way; else three as before (mutant 9156 txt
  keeps its 1.0: its headings 2-1 … 2-7 are all spelled so).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.labels import find_labels
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_vertical import join_vertical_labels

ROOT = Path(__file__).resolve().parents[1]


def _vertical(texts: list[str]) -> list[str]:
    out = join_vertical_labels([to_tline(k + 1, 1, t) for k, t in enumerate(texts)])
    return [ln.text for ln in out if ln.text.strip()]


def test_a_page_break_between_whole_rows_names_no_row_wrong(tmp_path: Path) -> None:
    card = (
        (ROOT / "samples/families/dodam-district/dodam-district-38006-txt.txt")
        .read_text("utf-8")
        .split("\f")[0]
    )
    old = "참여 주민 명 466 318 340 242 571 571 123\n\n일자리 창출 명 323 323 150 150 317 316 134\n"
    assert old in card
    rows = (
        "참여 명 466 318 340 242 571 571 123\n\f주민"
        + " " * 8
        + "\n\n일자리 창출 명 323 323 150 150 317 316 134\n"
    )
    path = tmp_path / "card.txt"
    path.write_text(card.replace(old, rows), encoding="utf-8")
    [rec] = extract_file(path)
    got = {(g["project"], g["target"], g["actual"]) for g in rec["goals"] if g["year"] == 2023}
    assert ("참여", "466", "318") in got  # as the base read it (was 참여 주민)
    assert not {p for p, _, _ in got} & {
        "참여 주민",
        "일자리 창출",
    }  # the printed names are 참여 / 주민 일자리 창출


def test_the_as_of_label_is_taken_only_before_a_date() -> None:
    assert find_labels("추진상황 기준 2020-12-31 기준 이행률(임기내) 75%")[0] == ("as_of", 0, 7)
    assert find_labels("추진상황 기준 : 2023. 9. 30. 이행률(임기내) 30%")[0] == ("as_of", 0, 7)
    for tail in ("이행율 35%", "(단위: 억원)", "  - 1 -", "|"):
        assert find_labels(f"2024. 12. 31. 추진상황 기준 {tail}")[0] == ("status", 14, 18), tail
    # the status as at the day, no status row of its own: the status label's reading
    assert find_labels("추진상황 기준 2023. 9. 30. 이행후 계속추진 이행률(임기내) 30%")[0] == ("status", 0, 4)


def test_a_status_after_the_as_of_day_is_read(tmp_path: Path) -> None:
    card = (ROOT / "samples/families/norae-city/norae-city-96001-txt.txt").read_text("utf-8").split("\f")[0]
    old = "추진상황 이행후 계속추진\n\n추진상황 기준 2023. 9. 30. 이행률(임기내) 30%\n"
    assert old in card
    path = tmp_path / "card.txt"
    path.write_text(
        card.replace(old, "추진상황 기준 2023. 9. 30. 이행후 계속추진 이행률(임기내) 30%\n"), "utf-8"
    )
    [rec] = extract_file(path)
    assert rec["header"]["status_code"] == "continuing"  # was null
    assert rec["as_of"]["label"] == "2023-09-30"


def test_a_table_s_last_cells_are_no_heading_number() -> None:
    got = _vertical(
        ["합계 5,515,974 2,355,955", "국비", "5", "-", "6", ".", "군", "민", "소", "통", "구분 횟수 비고"]
    )
    assert got[-2:] == ["6. 군민소통", "구분 횟수 비고"] and got[2:4] == ["5", "-"]  # was 5-6. 군민소통
    got = _vertical(["합계", "7", "1", "-", "3", ")", "추", "진", "계", "획", "◦ 착공 2025. 3."])
    assert "3) 추진계획" in got and "-" in got  # was 1-3) 추진계획


def test_a_four_line_heading_number_is_proven_by_its_neighbour() -> None:
    texts = ["2", "-", "5", ".", "기", "대", "효", "과", "⇨ 주민 정주여건 개선", "합계 5,515,974 -"]
    texts += ["2", "-", "6", ".", "군", "민", "소", "통", "구분 횟수 비고"]
    got = _vertical(texts)
    assert "2-5. 기대효과" in got and "2-6. 군민소통" in got and "2" not in got
