"""Session 44, convwrong: SILENT wrong figures in the text dumps of every converter over every family.

Sweep: the 99 families' cards of seeds 21 and 22 (fresh) rendered as PDF / HWPX / HWP and dumped by every converter
kind of test_text_converters.converter_dump (hwpx, pdftotext, raw, pdf2txt, hwp5html) and ``pdftotext -layout``
(205 cards a converter), read, validated, scored with the shared scorer and counted with the shared wrong-figure
counter (wrong; silent = no error/warning finding in the same part of the record, the findings matched to the card
by its card_id AND its file's sha256: the families share card ids, and the shared tool's card_id alone lends one
card's findings to another). Before -> after:

  converter  mean             worst  wrong      silent
  hwpx       0.9722 -> 0.9722  0.520  0 -> 0      0 -> 0
  pdftotext  0.8217 -> 0.8217  0.000  1 -> 1      1 -> 0
  raw        0.9565 -> 0.9565  0.520  1 -> 1      0 -> 0
  pdf2txt    0.6839 -> 0.6839  0.006  18 -> 12    9 -> 8
  hwp5html   0.9838 -> 0.9836  0.355  2 -> 0      1 -> 0
  layout     0.9649 -> 0.9647  0.624  2 -> 0      1 -> 0

(the means fall by a target figure or two a card where a target is now null with a finding.) Left: the wrong
figures left are the shared counter pairing a goal by its target text with another year's like it where a goal was
lost (garam-metro 22 raw / pdf2txt, chaeum-city 22 pdf2txt: each now flagged) or where the target's text carries the
next project's words (dasom-district 22 pdftotext, iseul-county 22 pdf2txt: the figures right for their year), and
hamkke-city 22 pdf2txt's 2024 / 2025 columns printed in swapped order (each column's sums hold either way: no check
can prove the order: 8 SILENT wrong figures; nulling every column-major deal would lose the right ones of most
pdf2txt funding tables).

Classes fixed:

- A whole-term target column beside the year's (총괄목표 | 연차목표) whose figures are in another unit than some
  year's (``공정률 70%`` over ``1.4km`` / ``공정률 70%``): whole_term_columns found no whole-term target (the bounds
  check needs one unit), and the first target head, the steady one, was read as every year's target (pureun-county
  21 / 22 under hwp5html and -layout, and their PDF / HWPX / HWP too). Now (goal_whole_column.steady_target_read):
  the column read as the target holding one value a project while exactly one other target column varies within a
  project: no target figure nor text, extract.goal_target_unsure.
- A goal row group lost by a stream dump (pdf2txt printing a page's footer amid a group's cells): the goals read
  were right, the lost one silent, and the shared counter paired its target with another year's like it (garam-metro
  22: target 45 read as 60, SILENT). Now (goal_marks_unread): a year printed alone on a line of the goals section
  (``<2024>``) that no goal read carries is said (extract.table_unrecovered at goals, the years observed). It fires on
  28 pdftotext, 13 pdf2txt and 2 hwp5html dumps of the sweep, each a year whose goal was lost (checked against the
  expected records), none elsewhere.
- A funding table of several projects read to one ``소계`` row (pdf2txt, the source rows run over two projects'
  cells and nulled): the first project's subtotal matched as the card's total (yeoreum-city 22: 6 wrong figures).
  Now (funding_subtotal_alone): a subtotal row of no group, the only row with figures, is nulled with
  extract.table_unrecovered.
- A goal project read from the status head's options (``(완료/추진중/미 착수)``, a plain pdftotext dump printing
  them on lines under the head): the project null and extract.table_unrecovered (goal_status_project; dasom-district
  22 pdftotext: its target paired with another year's by the shared counter, SILENT -> flagged).
"""

from __future__ import annotations

from test_text_converters import converter_dump

from pledgecard.extract.document import Source
from pledgecard.extract.funding_subtotal_alone import subtotal_alone
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.goal_marks_unread import mark_year, unread_mark_finding
from pledgecard.extract.sections.goal_status_project import status_option_projects, status_options
from pledgecard.extract.sections.goal_whole_column import steady_target_read, whole_term_columns
from pledgecard.extract.sections.goals import extract_goals

from conftest import family_card, make_table, shared_score, wrong_figures_of

HEAD = ["사업명", "총괄목표", "연차목표", "실적", "추진상황"]
ROWS = [
    ["[2025 년 ]", "", "", "", ""],
    ["돌봄 인재양성", "공정률 70%", "1.4km", "1.1km", "완료"],
    ["[2026 년 ]", "", "", "", ""],
    ["돌봄 인재양성", "공정률 70%", "공정률 70%", "-", "미착수"],
]


def _read(rows: list[list[str]]) -> tuple[list[tuple], list[str]]:
    res = extract_goals([make_table(rows)])
    goals = [(g["year"], g["target"], g["target_value"], g["actual_value"]) for g in res.value["goals"]]
    return goals, [f.get("code") if isinstance(f, dict) else f for f in (res.findings or [])]


def test_a_steady_target_column_in_another_unit_than_the_years_is_no_year_target() -> None:
    """Before: target 70 (공정률 70%, the term's) in both years, no finding on it; after: no target figure nor
    text, the actuals kept, extract.goal_target_unsure."""
    rows = [ROWS[1], ["", "공정률 70%", "공정률 70%", "-", "미착수"]]
    assert whole_term_columns(HEAD, rows, 0, set()) == set()  # the units differ: no whole-term target proven
    assert steady_target_read(HEAD, rows, 0, set(), 1)
    assert not steady_target_read(HEAD, rows, 0, set(), 2)  # the varying column read: nothing to say
    goals, findings = _read([HEAD, *ROWS])
    assert goals == [(2025, None, None, 1.1), (2026, None, None, None)]
    assert "extract.goal_target_unsure" in findings


def test_a_steady_column_of_the_years_unit_stays_the_whole_term_target() -> None:
    """The whole-term target in the years' unit and no smaller: still found (the year's targets read)."""
    rows = [["도로 확장", "20km", "5km", "4km", "추진 중"], ["", "20km", "8km", "-", "미착수"]]
    assert whole_term_columns(HEAD, rows, 0, set()) == {1}
    goals, findings = _read([HEAD, *rows])
    assert [g[2] for g in goals] == [5, 8]
    assert "extract.goal_target_unsure" not in findings


def test_pureun_county_cards_read_no_silent_wrong_target(tmp_path) -> None:
    """pureun-county 21 / 22 (a 총괄목표 in another unit than a year's): before, 1 wrong target figure each in
    PDF / HWPX / HWP and their hwp5html / -layout dumps; after, none, the targets null with a finding."""
    from pledgecard.pipeline import process_file

    for seed in (21, 22):
        for fmt in ("pdf", "hwpx", "hwp"):
            path, exp = family_card(tmp_path / f"{seed}{fmt}", "pureun-county", seed, fmt)
            res = process_file(path)
            [got] = res.records
            assert wrong_figures_of(exp, got) == [], (seed, fmt)
            assert shared_score(exp, got) >= 0.85, (seed, fmt)
            assert "extract.goal_target_unsure" in {f["code"] for f in res.provenance[0]["findings"]}


def _lines(*texts: str) -> list[Line]:
    return [
        Line(text=t, marker=None, indent=0, source=Source(line_start=i), printed=None, trailing_gap=False)
        for i, t in enumerate(texts, start=1)
    ]


def test_a_year_printed_alone_that_no_goal_carries_is_said() -> None:
    assert [mark_year(t) for t in ("<2024>", "[2025 년 ]", "2026년", "2024년 목표", "- 1 -")] == [
        2024,
        2025,
        2026,
        None,
        None,
    ]
    lines = _lines("<2024>", "완료", "- 1 -", "기업 지원(45개)", "<2025>", "교육생 양성(35명)")
    found = unread_mark_finding(lines, [{"year": 2025}])
    assert found is not None and found["code"] == "extract.table_unrecovered" and found["location"] == "goals"
    assert found["observed"] == {"years": [2024]}
    assert unread_mark_finding(lines, [{"year": 2024}, {"year": 2025}]) is None  # every year read
    assert unread_mark_finding(lines, []) is None  # no goal read: the section's own findings say it


def test_garam_metro_pdf2txt_goal_lost_is_flagged(tmp_path) -> None:
    """garam-metro 22's pdf2txt dump: its 2024 row group lost (a page footer amid its cells); before, no finding
    in goals (target 45 counted as 60, SILENT); after, the lost year said."""
    from pledgecard.pipeline import process_file

    src, exp = family_card(tmp_path, "garam-metro", 22, "pdf")
    out = tmp_path / "garam-pdf2txt.txt"
    converter_dump("pdf2txt", src, out)
    res = process_file(out)
    [got] = res.records
    goal_findings = [
        f for f in res.provenance[0]["findings"] if str(f.get("location") or "").startswith("goals")
    ]
    assert {2025, 2026} <= {g["year"] for g in got["goals"]}
    assert any(f.get("observed") == {"years": [2024]} for f in goal_findings), goal_findings


def test_a_subtotal_alone_is_no_card_total() -> None:
    funding = {
        "rows": [
            {"label": "소계", "group": None, "amounts_krw": [8155, 1879], "amounts_raw": ["8,155", "1,879"]},
            # its cells run over two parts' rows (more cells than columns: review mendcv, a 소계 alone with its
            # sources' own cells is the table's only total, left as read)
            {
                "label": "국비",
                "group": None,
                "amounts_krw": [None, None],
                "amounts_raw": ["6,890", "1,841", "1,265"],
            },
        ]
    }
    found = subtotal_alone(funding)
    assert [f["code"] for f in found] == ["extract.table_unrecovered"]
    assert funding["rows"][0]["amounts_krw"] == [None, None]
    # a grand total, a subtotal of a group, or another row with figures: left as read
    for rows in (
        [{"label": "계", "amounts_krw": [1, 2]}, {"label": "국비", "amounts_krw": [None, None]}],
        [
            {"label": "소계", "group": "가 사업", "amounts_krw": [1, 2]},
            {"label": "국비", "amounts_krw": [None, None]},
        ],
        [{"label": "소계", "amounts_krw": [3, 2]}, {"label": "국비", "amounts_krw": [3, 2]}],
    ):
        assert subtotal_alone({"rows": rows}) == []
        assert rows[0]["amounts_krw"] != [None, None]


def test_yeoreum_city_pdf2txt_subtotal_not_read_as_total(tmp_path) -> None:
    """yeoreum-city 22's pdf2txt dump: before, 6 wrong funding figures (the first project's 소계 as the card's 계);
    after, none, the row null with a finding."""
    from pledgecard.pipeline import process_file

    src, exp = family_card(tmp_path, "yeoreum-city", 22, "pdf")
    out = tmp_path / "yeoreum-pdf2txt.txt"
    converter_dump("pdf2txt", src, out)
    res = process_file(out)
    [got] = res.records
    assert wrong_figures_of(exp, got) == []
    assert "extract.table_unrecovered" in {
        f["code"] for f in res.provenance[0]["findings"] if f.get("location") == "funding"
    }


def test_a_project_read_from_the_status_heads_options_is_none() -> None:
    """dasom-district 22's pdftotext dump: every goal's project read as the status head's option list; before, no
    finding in goals (a target counted wrong by the shared counter, SILENT); after, project null and said."""
    assert status_options("(완료/추진중/미 착수)") and status_options("완료·추진중")
    assert not status_options("완료") and not status_options("지원센터 조성")
    assert not status_options("(완료/추진중/미착 지원센터 조성")
    goals = [
        {"project": "(완료/추진중/미 착수)"},
        {"project": "(완료/추진중/미 착수)"},
        {"project": "지원센터"},
    ]
    found = status_option_projects(goals)
    assert [g["project"] for g in goals] == [None, None, "지원센터"]
    assert [(f["code"], f["observed"]) for f in found] == [("extract.table_unrecovered", {"goals": [0, 1]})]
    assert status_option_projects([{"project": "지원센터"}]) == []


def test_dasom_district_pdftotext_project_of_status_options_is_flagged(tmp_path) -> None:
    from pledgecard.pipeline import process_file

    src, _ = family_card(tmp_path, "dasom-district", 22, "pdf")
    out = tmp_path / "dasom-pdftotext.txt"
    converter_dump("pdftotext", src, out)
    res = process_file(out)
    [got] = res.records
    assert got["goals"] and all(g["project"] is None for g in got["goals"])
    assert any(
        f["code"] == "extract.table_unrecovered" and str(f.get("location")).startswith("goals")
        for f in res.provenance[0]["findings"]
    )
