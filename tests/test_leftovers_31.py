"""Three leftovers of session 31's helpers:

- a funding cell's figures printed apart by spaces were joined whenever they were only digits and separators
  (``funding_cells.squashed_cell``): ``2819 632`` -> 2,819,632 (a scan that lost a comma, right) but also
  ``73275 884.828`` (a struck figure beside the one in force, or an OCR point for a comma) -> 73,275,884,828, a number
  no card printed. They are joined only where they make ONE well-grouped number (``squashed_figures.one_number``);
  otherwise the cell is null, its text in ``amounts_raw``, with ``extract.figures_apart``.
- a header value wider than its column in an aligned text dump (``협조부서  건설과, 스마트정보과`` over a column of
  labels): its last words were parted into the label column and vanished (not in the record, not unparsed); they
  are the rest of the value (``header_value_overflow``).
- ``대`` as a goal count (``8대 운행`` | ``8대 운행``): read where the row's project already counts in it on another
  row (``goal_counter_rows``), never in free text (``3대 핵심분야``, ``제2대``).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


# --- figures apart in one funding cell ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        ("2819 632", "2819632"),  # a comma lost, one printed as a space: 2,819,632
        ("27,743, 610", "27,743,610"),  # a narrow cell wrapped after a comma
        ("△1 234", "△1234"),
        ("12,345", "12,345"),
        ("73275 884.828", None),  # two figures (struck, in force) or a point read for a comma: no one number
        ("1,567.663 1.527,011", None),
        ("27,666,0 00", None),  # a gap where no separator belongs
        ("2 819632", None),
        ("2018 2019 2020", None),  # a row of years
        ("12 3", None),
    ],
)
def test_figures_apart_join_only_into_one_well_grouped_number(cell: str, joined: str | None) -> None:
    from pledgecard.extract.sections.squashed_figures import one_number

    assert one_number(cell) == joined


def test_a_cell_of_figures_apart_is_an_amount_cell_read_null() -> None:
    from pledgecard.extract.sections.funding_cells import is_amount_cell, squashed_cell
    from pledgecard.normalize.money import parse_amount

    for cell in ("73275 884.828", "1,567.663 1.527,011"):
        assert is_amount_cell(cell)  # keeps its place in its row: the row is not dropped nor shifted
        assert parse_amount(squashed_cell(cell), 1000) is None
    assert parse_amount(squashed_cell("2819 632"), 1) == 2_819_632


def test_figures_apart_finding_names_the_null_cells() -> None:
    from pledgecard.extract.sections.squashed_figures import figures_apart
    from pledgecard.validate.unprinted import explained_cells

    funding = {"rows": [{"amounts_krw": [1, None, None], "amounts_raw": ["1", "73275 884.828", "l54"]}]}
    [f] = figures_apart(funding, None)
    assert f["code"] == "extract.figures_apart"
    assert f["observed"]["cells"] == [[0, 1]]  # an OCR-confused cell (l54) is another finding's
    assert explained_cells({**f, "success": False}) == [(0, 1)]
    assert figures_apart({"rows": [{"amounts_krw": [None], "amounts_raw": ["2819 632"]}]}, None) == []


def test_dasi_county_87001_scanned_struck_total_is_null_with_a_finding(tmp_path: Path) -> None:
    """The scan of a revised card prints a struck total beside the one in force (``1,567.663 1.527,011``): null,
    kept as printed, said by ``extract.figures_apart``; no figure wrong."""
    from pledgecard.extract.readers import read_path
    from pledgecard.pipeline import card_results
    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file
    from tests.conftest import wrong_figure_count

    fam = BY_NAME["dasi-county"]
    path = write_file(tmp_path, "dasi-county-87001", "scan", family_records(fam, 87001), replace(fam.style))
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    [(card, findings)] = card_results(read_path(path), str(path))
    got = card.record
    assert wrong_figure_count(exp, got) == 0
    apart = [f for f in findings if f["code"] == "extract.figures_apart"]
    assert apart and apart[0]["observed"]["cells"]
    for r, k in apart[0]["observed"]["cells"]:
        row = got["funding"]["rows"][r]
        assert row["amounts_krw"][k] is None and " " in row["amounts_raw"][k]


# --- a header value wider than its column ---------------------------------------------------------------------------


def _extract_text(tmp_path: Path, name: str, text: str) -> dict:
    from pledgecard import extract_file

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [rec] = extract_file(path)
    return rec


def test_mulgyeol_coop_departments_wider_than_their_column_all_read() -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import load_records, score_record

    path = SAMPLES / "handmade" / "mulgyeol-district-2-08.txt"
    [got] = extract_file(path)
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    assert got["header"]["coop_depts"] == ["건설과", "스마트정보과"]  # (스마트정보과 lost)
    assert score_record(exp, got).score() == 1.0


def test_a_header_value_cut_by_the_next_column_lands_in_its_field(tmp_path: Path) -> None:
    """The class, not the card: another grid, a lead department wider than its column beside a label column."""
    src = (SAMPLES / "handmade" / "mulgyeol-district-2-08.txt").read_text(encoding="utf-8")
    text = src.replace(
        "  협조부서      건설과, 스마트정보과", "  협조부서      도시계획과, 교통정책과, 공원녹지과"
    )
    got = _extract_text(tmp_path, "wide-coop.txt", text)
    printed = json.dumps(got, ensure_ascii=False)
    for dept in ("도시계획과", "교통정책과", "공원녹지과"):
        assert dept in printed  # in a field or in unparsed, never gone
    assert got["header"]["coop_depts"] == ["도시계획과", "교통정책과", "공원녹지과"]
    assert got["header"]["contact_phone"] == "051-770-2284"  # the row beside it keeps its cells apart


# --- 대 as a goal count ------------------------------------------------------------------------------------------


def test_garamdeul_vehicles_counted_on_a_row_of_a_project_counting_them() -> None:
    from pledgecard import extract_file
    from pledgecard.scoring import load_records, score_record
    from tests.conftest import wrong_figure_count

    path = SAMPLES / "handmade" / "doc-garamdeul-city-3-14.hwpx"
    [got] = extract_file(path)
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    rows = {(g["project"], g["year"]): g for g in got["goals"]}
    g = rows[("DRT 도입", 2024)]
    assert (g["target_value"], g["target_unit"], g["actual_value"]) == (8, "대", 8)  # (null: 0.982)
    assert wrong_figure_count(exp, got) == 0
    assert score_record(exp, got).score() == 1.0


def _goal(
    project: str | None, target: str, actual: str, tv: int | None = None, unit: str | None = None
) -> dict:
    return {
        "project": project,
        "year": 2024,
        "target": target,
        "target_value": tv,
        "target_unit": unit,
        "status": None,
        "actual": actual,
        "actual_value": tv,
        "detail": None,
    }


def test_a_counter_in_free_text_is_no_count() -> None:
    from pledgecard.extract.sections.goal_counter_rows import with_project_counts
    from pledgecard.extract.sections.goal_lone_counts import counted_figures

    assert counted_figures("제2대 위원회", "대") == []
    assert counted_figures("8대 운행", "대") == [8]
    assert counted_figures("자전거 3,000대", "대") == [3000]
    goals = [
        _goal("핵심 과제", "3대 핵심분야 선정", "3대 핵심분야 선정"),  # no row of its project counts in 대
        _goal("DRT", "시범 2대", "2대", 2, "대"),
        _goal("DRT", "8대 운행", "8대 운행"),
        _goal("DRT", "20대 청년 이용", "20대 청년 이용 300명"),  # its words are not the target's
        _goal("DRT", "제2대 위원회", "제2대 위원회"),
    ]
    with_project_counts(goals)
    assert [(g["target_value"], g["actual_value"]) for g in goals] == [
        (None, None),
        (2, 2),
        (8, 8),
        (None, None),
        (None, None),
    ]
