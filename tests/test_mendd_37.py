"""Session 37 (helper mendd): review d's findings on handdocs4's rules, each reproducer in
``tests/fixtures/review_d_37`` scored by the shared scorer against the hand-made card it varies
(samples/handmade/README.md, "Thirteenth round"). The classes pinned:

- a one-row schedule head printing each period with its year without the period's mark (``’25.4 | ’26.1 | …``,
  ``hb_q.pdf``: doc-haneulbit-city-5-7 with the ``Q`` dropped) read as months, every plan date wrong and no finding
  (normalize/periods.py ``dated_periods``): the periods must run in even steps of the kind read; bare
  year-and-number cells consecutive only as quarters (or halves) are read as that kind; otherwise the plans are
  undated with ``extract.schedule_unsure`` (extract/sections/schedule_tables.py): 0.969 -> 1.000;
- a bracket of whole years closing an item (``늘봄 중장기 발전계획 수립 [’25~’30]``, ``… 목표 [2030]``, ``m_plan.txt``)
  taken for the achievement's date (extract/sections/common.py ``bracketed_trailing_date``): kept in the text, date
  null, the item not moved to the plans;
- the head naming both sections repeated inside a side-by-side zone cut as a row of the tables (``sinbiP.txt``:
  0.702 -> 1.000, 1 -> 0 wrong figures), and the cut taken at the right head's first character where the head is
  indented past its table (``sinbiA.txt``: 0.962 -> 1.000) (extract/readers/text_side_heads.py ``_tables_cut``);
- ``학년도`` a year head only as a whole cell (vocabulary ``[goals_columns_whole] year``): ``학년도목표`` /
  ``학년도별목표`` name no year column.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgecard import extract_file
from pledgecard.extract.readers.text_lines import to_tline
from pledgecard.extract.readers.text_side_heads import headed_side_by_side
from pledgecard.extract.sections.common import bracketed_trailing_date
from pledgecard.extract.sections.goal_head_words import header_words_kind
from pledgecard.extract.sections.plans import extract_plans
from pledgecard.extract.sections.schedule_tables import table_plans
from pledgecard.normalize.periods import dated_head_unsure, dated_periods

from conftest import make_table, shared_tools

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "review_d_37"
HANDMADE = HERE.parent / "samples" / "handmade"


def _scored(path: Path, card: str) -> tuple[float, list[tuple], dict]:
    score_card, wrong_figures = shared_tools()
    exp = json.loads((HANDMADE / f"{card}.expected.json").read_text(encoding="utf-8"))
    got = extract_file(path)
    assert len(got) == 1
    wrong = [f for f in wrong_figures.figures(exp, got[0]) if f[3] is not None and f[2] != f[3]]
    return score_card.score_record(exp, got[0]).score(), wrong, got[0]


@pytest.mark.parametrize(
    ("file", "card"),
    [
        ("hb_q.pdf", "doc-haneulbit-city-5-7"),
        ("sinbiP.txt", "doc-sinbi-county-3-9"),
        ("sinbiA.txt", "doc-sinbi-county-3-9"),
    ],
)
def test_reproducer_scores_whole_with_no_wrong_figure(file: str, card: str) -> None:
    score, wrong, _ = _scored(FIXTURES / file, card)
    assert score == 1.0
    assert wrong == []


def test_bare_quarter_heads_date_the_plans_as_quarters() -> None:
    _, _, got = _scored(FIXTURES / "hb_q.pdf", "doc-haneulbit-city-5-7")
    assert [p["date"]["label"] for p in got["plans"]] == ["2025-Q4/2026-Q1", "2026-Q2", "2026-Q3/2026-Q4"]


def test_dated_heads_run_in_even_steps_of_one_reading() -> None:
    def labels(heads: list[str]) -> list[str] | None:
        cols = dated_periods(heads)
        return None if cols is None else [p.label() for p in cols]

    assert labels(["’25.4", "’26.1", "’26.2"]) == [
        "2025-Q4",
        "2026-Q1",
        "2026-Q2",
    ]  # quarters alone consecutive
    assert labels(["’25.2", "’26.1", "’26.2"]) == ["2025-H2", "2026-H1", "2026-H2"]  # halves alone
    assert labels(["’25.1", "’25.2", "’25.3"]) == ["2025-01", "2025-02", "2025-03"]  # months as read
    assert labels(["’25.3", "’25.6", "’25.9"]) == ["2025-03", "2025-06", "2025-09"]  # months in even steps
    assert labels(["’25.4Q", "’26.1Q", "’26.2Q"]) == ["2025-Q4", "2026-Q1", "2026-Q2"]
    for unsure in (
        ["’25.4", "’26.1", "’26.3"],
        ["’25.4Q", "’26.1Q", "’26.3Q"],
        ["2025. 3월", "2026. 1월", "2026. 2월"],
    ):
        assert labels(unsure) is None
        assert dated_head_unsure(unsure)
    assert not dated_head_unsure(["’25.4", "’26.1"])  # read (quarters)
    assert not dated_head_unsure(["추진내용", "’26.1"])  # not a dated head


def test_a_schedule_of_unsure_periods_is_undated_with_a_finding() -> None:
    table = make_table(
        [["추진내용", "’25.4", "’26.1", "’26.3"], ["구축 완료", "■", "■", ""], ["만족도 조사", "", "", "■"]]
    )
    plans = table_plans(table)
    assert plans is not None and [(ln.text, d) for ln, d in plans] == [
        ("구축 완료", None),
        ("만족도 조사", None),
    ]
    read = extract_plans([table])
    assert [p["date"] for p in read.value["plans"]] == [None, None]
    assert [f["code"] for f in read.findings] == ["extract.schedule_unsure"]
    sure = make_table([["추진내용", "’25.4", "’26.1", "’26.2"], ["구축 완료", "■", "■", ""]])
    assert extract_plans([sure]).findings == []


def test_a_bracket_of_whole_years_is_no_items_date() -> None:
    assert bracketed_trailing_date("늘봄 중장기 발전계획 수립 [’25~’30]") is None
    assert bracketed_trailing_date("전 초등학교 늘봄 전환 목표 [2030]") is None
    kept = bracketed_trailing_date("늘봄 거점학교 운영계획 수립 [’23. 3.]")
    assert kept is not None and kept[1]["label"] == "2023-03"
    got = extract_file(FIXTURES / "m_plan.txt")[0]
    last = got["achievements"][-2:]
    assert [(a["text"], a["date"]) for a in last] == [
        ("늘봄 중장기 발전계획 수립 [’25~’30]", None),
        ("2030년까지 전 초등학교 늘봄 전환 목표 [2030]", None),
    ]
    assert [p["text"] for p in got["plans"]] == ["3차 거점학교 9교 추가 지정", "연장돌봄 전면 운영"]


def test_a_repeated_head_and_an_indented_head_cut_at_the_rows_gutter() -> None:
    def line(left: str, right: str = "", at: int = 36) -> str:  # pdftotext -layout places by characters
        return f"{left:<{at}}{right}".rstrip()

    raw = [  # the two tables' rows on lines of their own (different pitches), as a landscape page's dump sets them
        line("2. 재원투자 계획", "3. 목표 달성", 42),  # the right head indented past its table's first column
        line("  연도    계    국비", "연도      목표    실적"),
        line("", "2024      2개     2개"),
        line("  2024   100     50"),
        line("2. 재원투자 계획", "3. 목표 달성", 42),  # the head repeated
        line("", "2025      3개     1개"),
        line("  2025   200    100"),
        "4. 추진실적",
    ]
    out = [ln.text for ln in headed_side_by_side([to_tline(i + 1, 1, t) for i, t in enumerate(raw)])]
    assert sum(1 for t in out if "목표 달성" in t) == 1  # the repeated head read once
    right = out[out.index("3. 목표 달성") + 1 :]
    assert [t.split() for t in right if t.strip()][:3] == [
        ["연도", "목표", "실적"],
        ["2024", "2개", "2개"],
        ["2025", "3개", "1개"],
    ]  # the right table's year column wholly its own (the head indented past it)


def test_school_year_head_whole_cells_only() -> None:
    assert header_words_kind("학년도") == "year"
    assert header_words_kind("학년도목표") is None
    assert header_words_kind("학년도별목표") is None
