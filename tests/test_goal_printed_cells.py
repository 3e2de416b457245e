"""A goal row a layout dump printed as aligned cells (a run of spaces between cells, single spaces inside
them: inscriptis' text of hwp5html's XHTML) is cut at its cells where the row's cell count proves which
columns they are (extract/sections/goal_printed_cells.py): as many cells as the header's, the project and
the target (and a worded actual) each a cell; one cell fewer, the project cell spanning the rows above and
printed on its first row only, the row's words before its actual the target alone, under the project above
(jangbu-county's hwp5html dump). Any other count (a blank cell printed as spaces) proves nothing."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_printed_cells import printed_cells
from pledgecard.extract.sections.goal_rows import goal_rows

_GAP = " " * 6
_HEAD = ("연도", "주요사업", "목표", "실적", "달성률", "추진상황")
_ROWS = (
    ("2023", "해양관광 거점 정비", "해양관광 협약 체결(12건)", "10건", "83%", "추진 중"),
    ("2024", "노선 확정", "-", "-", "미착수"),  # the project cell spans: one cell fewer
    ("2025", "실시설계 착수", "-", "-", "미착수"),
    ("2023", "해양레저 기반 조성", "타당성 조사", "관계부처 협의", "-", "추진 중"),  # worded actual
    ("2024", "해양레저 체험 운영(20회)", "-", "-", "미착수"),
)


def _lines(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    return [" ".join(r) for r in (_HEAD, *rows)]


def _printed(rows: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]]:
    out = {}
    for r in (_HEAD, *rows):
        cells = printed_cells(" ".join(r), _GAP.join(r))
        assert cells == r
        out[" ".join(r)] = cells
    return out


def _read(rows: tuple[tuple[str, ...], ...], printed: dict[str, tuple[str, ...]] | None):
    got = goal_rows(_lines(rows), "", printed=printed)
    assert got is not None
    return [(g.project, g.year, g.target, g.actual) for g in got[0]], got[1]


def test_cells_printed_apart_cut_the_rows_a_spanning_project_carried_down() -> None:
    goals, unread = _read(_ROWS, _printed(_ROWS))
    assert goals == [
        ("해양관광 거점 정비", 2023, "해양관광 협약 체결(12건)", "10건"),
        ("해양관광 거점 정비", 2024, "노선 확정", None),
        ("해양관광 거점 정비", 2025, "실시설계 착수", None),
        ("해양레저 기반 조성", 2023, "타당성 조사", "관계부처 협의"),
        ("해양레저 기반 조성", 2024, "해양레저 체험 운영(20회)", None),
    ]
    assert unread == []


def test_without_the_printed_cells_the_worded_rows_stay_unread() -> None:
    goals, unread = _read(_ROWS, None)
    assert ("해양관광 거점 정비", 2024, "노선 확정", None) not in goals
    assert ("해양레저 기반 조성", 2023, "타당성 조사", "관계부처 협의") not in goals
    assert 2 in unread and 4 in unread


def test_a_row_short_of_two_cells_proves_nothing() -> None:
    rows = (_ROWS[0], ("2024", "노선 확정", "-", "미착수"))  # a blank cell besides the spanning one
    printed = _printed(rows)
    goals, _ = _read(rows, printed)
    assert ("해양관광 거점 정비", 2024, "노선 확정", None) not in goals


def test_a_row_of_the_head_count_with_the_words_one_cell_proves_nothing() -> None:
    rows = (_ROWS[0], ("2024", "노선 확정", "-", "-", "-", "미착수"))  # six cells: not a spanning project
    goals, _ = _read(rows, _printed(rows))
    assert ("해양관광 거점 정비", 2024, "노선 확정", None) not in goals


def test_a_print_of_other_words_or_no_gap_has_no_cells() -> None:
    assert printed_cells("2024 노선 확정", "2024 노선 확정") is None
    assert printed_cells("2024 노선 확정", "2024" + _GAP + "노선 변경") is None


def test_a_layout_dump_reads_the_rows_by_their_cells(tmp_path: Path) -> None:
    body = "\n\n".join("    " + _GAP.join(r) for r in (_HEAD, *_ROWS))
    path = tmp_path / "card.txt"
    path.write_text(
        "\n\n".join(
            (
                "바다군 민선8기 군수 공약 관리카드",
                "공약명 해양관광 활성화 관리번호 3-2",
                "4. 성과목표 및 실적",
                body,
                "5. 향후 추진계획",
                "● 해양관광 추진계획 수립 : 2024. 하반기",
            )
        )
        + "\n",
        encoding="utf-8",
    )
    (rec,) = extract_file(path)
    assert [(g["project"], g["year"], g["target"]) for g in rec["goals"]] == [
        ("해양관광 거점 정비", 2023, "해양관광 협약 체결(12건)"),
        ("해양관광 거점 정비", 2024, "노선 확정"),
        ("해양관광 거점 정비", 2025, "실시설계 착수"),
        ("해양레저 기반 조성", 2023, "타당성 조사"),
        ("해양레저 기반 조성", 2024, "해양레저 체험 운영(20회)"),
    ]


_HEAD_D = ("연도", "주요사업", "목표", "실적", "달성률", "추진상황", "추진내용")
_ROWS_D = (
    ("2024", "해양관광 거점 정비", "기본설계 완료", "용역 완료", "-", "완료", "거점센터 운영 및 체험 지원"),
    ("2025", "노선 확정", "행정절차 이행", "-", "추진 중"),
)  # project and 추진내용 both span: two cells fewer


def test_the_cells_after_the_status_are_left_out_of_the_count() -> None:
    lines = [" ".join(r) for r in (_HEAD_D, *_ROWS_D)]
    printed = {" ".join(r): printed_cells(" ".join(r), _GAP.join(r)) for r in (_HEAD_D, *_ROWS_D)}
    got = goal_rows(lines, "", printed={k: v for k, v in printed.items() if v is not None})
    assert got is not None
    assert [(g.project, g.year, g.target, g.actual, g.detail) for g in got[0]] == [
        ("해양관광 거점 정비", 2024, "기본설계 완료", "용역 완료", "거점센터 운영 및 체험 지원"),
        ("해양관광 거점 정비", 2025, "노선 확정", "행정절차 이행", "거점센터 운영 및 체험 지원"),
    ]
    bare = goal_rows(lines, "")
    assert bare is not None and 2 in bare[1]  # without the printed cells the second row is not read
