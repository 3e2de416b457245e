"""Session 34, code health: the reviews' leftovers.

- A header-area line read suffix by suffix for its reporting point (``작성기준 2024년 3분기 현재``): every suffix
  after a white space was folded and parsed whole, quadratic in the line (a 16k-word line, a flattened paragraph,
  hit the per-file limit); now only the suffixes a reporting date could open (extract/reporting_suffixes.py,
  normalize/dates.may_open_date), the same answer.
- The header's dates: a sheet's row of one text alone is read by the header's one date reader as a line is
  (extract/sections/header.py ``_header_date``, header_row_as_of.lone_row_texts), a bare bracketed date too
  (where no labelled one stands).
- A one-cell-a-line ``추진시기 | 추진실적 | 추진계획`` table whose last row leaves its second content empty: a plain
  undated paragraph after a blank line is no cell of that row (extract/sections/cell_line_gaps.py).
- A goal not started printing its 추진내용 cell empty in its own rules (hand-made seorin, ruled PDF): no detail of the
  row above (extract/sections/goal_drawn_cells.py); an open table's merged cell printed once still carries.
- A sheet's item row printing a bare figure in a cell of its own (``셔틀 차량 추가 구입 | 2026. 6. | 200``): kept in
  the item's text as printed and said by ``extract.figure_in_text`` (extract/sections/figure_cells.py).
- periods: one reader of a period cell's number (``_number``); money_amounts: the amounts remembered by a
  functools.lru_cache built once a vocabulary; benchmarks' ReferenceSearch a subclass of the shipped search.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from test_review_a_mend_33 import HEAD, SAMPLE, _with_section_body, json_of

from benchmarks.bench_funding_proof import ReferenceSearch, reference_fillings
from pledgecard import extract_file
from pledgecard.extract.content_kinds import reporting_point
from pledgecard.extract.document import Cell, Source, Table
from pledgecard.extract.headings import reporting_date
from pledgecard.extract.readers import read_path
from pledgecard.extract.reporting_suffixes import SHORT_HEADING, reporting_suffixes
from pledgecard.extract.sections import funding_proof
from pledgecard.extract.sections.goal_drawn_cells import drawn_empty
from pledgecard.extract.sections.goals import goals_from_table
from pledgecard.extract.sections.header import extract_header
from pledgecard.extract.vocabulary import current
from pledgecard.normalize import money_amounts
from pledgecard.normalize.dates import may_open_date
from pledgecard.normalize.periods import periods
from pledgecard.pipeline import card_results

from conftest import (
    assert_handmade_floor,
    family_card,
    make_line,
    make_table,
    shared_score,
    wrong_figure_count,
)

REPO = Path(__file__).resolve().parent.parent


def _every_suffix(text: str) -> list[str]:
    """The suffixes reporting_point tried before: the text, then after each white space."""
    return [text] + [text[m.end() :] for m in re.finditer(r"\s", text)]


def test_every_suffix_a_reporting_date_reads_is_kept_on_the_committed_cards_lines() -> None:
    lines = {
        ln
        for p in sorted((REPO / "samples").glob("*.txt"))
        + sorted((REPO / "samples" / "handmade").glob("*.txt"))
        for ln in p.read_text(encoding="utf-8").splitlines()
        if ln.strip()
    }
    lines |= {
        "작성기준 2024년 3분기 현재",
        "보고기준: (2024. 12. 31. 기준)",
        "○ 기준일 《'24. 4분기 현재》",
        "작성 2025. 6. 30. 기준",
        "추진실적 (’24. 4분기 기준, 3개 사업)",
    }
    read = 0
    for line in lines:
        kept = set(reporting_suffixes(line))
        for t in _every_suffix(line):
            d = reporting_date(t)
            if d is not None and d.get("end"):
                read += 1
                assert t in kept, (line, t)
    assert read >= 5


def test_a_long_line_keeps_few_suffixes_and_reads_the_same_point() -> None:
    words = ("관련 사업 추진 현황 및 향후 계획 검토 " * 2000).split()
    line = " ".join(words) + " 작성기준 2024년 3분기 현재"
    kept = reporting_suffixes(line)
    assert len(kept) <= 1 + SHORT_HEADING  # the text, then only its short tail: none of the 16k word starts
    assert [reporting_date(t)["end"] for t in kept if reporting_date(t)][:1] == ["2024-09-30"]
    dated = " ".join(words) + " (2025. 6. 30. 기준)"
    assert reporting_point([make_line(dated)]) == "2025-06-30"


def test_a_date_may_open_a_head_only_where_one_is_printed_first() -> None:
    assert may_open_date("2024년 3분기 현재") and may_open_date("'24. 12. 31.") and may_open_date("2025. 6.")
    assert not may_open_date("추진 현황 2024년") and not may_open_date("현재 2024")


def test_a_generated_card_with_a_16k_word_line_reads_as_without_it(tmp_path: Path) -> None:
    path, exp = family_card(tmp_path, "angae-county", 95101, "txt")
    [plain] = extract_file(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    words = " ".join(lines).split()
    long = " ".join(words[k % len(words)] for k in range(16000))
    k = next(i for i, ln in enumerate(lines) if ln.strip())
    longer = tmp_path / "angae-county-95101-long.txt"
    longer.write_text("\n".join(lines[: k + 1] + [long] + lines[k + 1 :]) + "\n", encoding="utf-8")
    [got] = extract_file(longer)
    assert wrong_figure_count(exp, got) == 0
    assert got["as_of"] == plain["as_of"]
    assert shared_score(exp, got) >= shared_score(exp, plain) - 0.2  # the line lands somewhere: figures kept


def test_a_sheet_row_of_a_bare_bracketed_date_is_read_as_a_line_of_it() -> None:
    title = ["청람시 공약사업 관리카드", ""]
    bare = extract_header([make_table([title, ["", "(2025. 6. 30.)"], ["관리번호", "2-9"]])])
    assert [d["label"] for d in bare.dates] == ["2025-06-30"]
    both = extract_header(
        [make_table([title, ["", "(2025. 6. 30. 기준)"], ["", "(2025. 7. 5.)"], ["관리번호", "2-9"]])]
    )
    assert [d["label"] for d in both.dates] == ["2025-06-30"]  # the labelled one; the bare one a writing date
    lines = extract_header([make_line("청람시 공약사업 관리카드"), make_line("(2025. 6. 30.)")])
    assert [d["label"] for d in lines.dates] == ["2025-06-30"]  # the same reader for a line


def test_periods_read_their_numbers_once() -> None:
    quarters = periods(
        ["2024년"] * 4 + ["2025년"] * 2, ["1분기", "2분기", "3분기", "4분기", "1분기", "2분기"]
    )
    assert quarters is not None and [(p.year, p.n, p.k) for p in quarters][-2:] == [
        (2025, 4, 1),
        (2025, 4, 2),
    ]
    assert periods(["2024년"] * 2 + ["2025년"] * 3, ["1", "2", "1", "2", "3"]) is None
    assert periods(["2024년", "2024년"], ["상반기", "하반기"]) is not None  # named, no number


def test_amounts_are_remembered_once_a_vocabulary() -> None:
    cache = current().build(money_amounts._amounts_read)
    assert cache is current().build(money_amounts._amounts_read)
    before = cache.cache_info().hits
    assert money_amounts.exact_amount("1,250", 1000) == money_amounts.exact_amount("1,250", 1000) == 1250000
    assert cache.cache_info().hits > before
    assert money_amounts.exact_amount("x" * 200) is None  # long texts read, not remembered


def test_the_reference_search_is_the_shipped_search_with_its_old_checks() -> None:
    assert issubclass(ReferenceSearch, funding_proof._Search)
    table = ([10, 4, 6, 20, 8, 12], 2, 3, None, 0, [[1, 2]])
    assert reference_fillings(*table) == funding_proof.fillings(*table)


def test_a_plain_paragraph_after_a_blank_line_is_no_plan_cell_of_the_last_row(tmp_path: Path) -> None:
    card = _with_section_body(
        tmp_path,
        "향후 추진계획",
        [
            *HEAD,
            "2024. 1.",
            "기본계획 수립 완료",
            "공약사항 정비 및 이행계획 보완",
            "2024. 2.",
            "캠핑장 시범 운영",
            "캠핑장 운영 활성화 방안 마련",
            "2025. 상반기",
            "관광 수요 조사(3회)",
            "",
            "캠핑장 2개소 추가 조성 추진(예산 5억원)",
        ],
        after_heading=False,
    )
    got = extract_file(card)[0]
    plans = {p["text"]: (p.get("date") or {}).get("raw") for p in got["plans"]}
    assert plans["공약사항 정비 및 이행계획 보완"] == "2024. 1."
    assert plans["캠핑장 운영 활성화 방안 마련"] == "2024. 2."
    assert (
        plans["캠핑장 2개소 추가 조성 추진(예산 5억원)"] is None
    )  # (was 2025. 상반기: the last row's period)
    assert "관광 수요 조사(3회)" not in plans  # the last row's 실적 cell: no plan
    assert wrong_figure_count(json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json")), got) == 0


def test_a_plain_paragraph_after_a_blank_line_stays_an_achievement_with_its_count(tmp_path: Path) -> None:
    card = _with_section_body(
        tmp_path,
        "추진실적(성과)",
        [
            *HEAD,
            "2023. 4.",
            "캠핑장 시범 운영(2개소)",
            "운영 활성화 방안 마련",
            "2023. 6.",
            "관광 수요 조사(3회)",
            "",
            "문화관광 아카데미 운영 수료생 35명 배출",
        ],
        after_heading=True,
    )
    got = extract_file(card)[0]
    ach = {
        a["text"]: ((a.get("date") or {}).get("raw"), [c["value"] for c in a.get("counts") or []])
        for a in got["achievements"]
    }
    assert ach["캠핑장 시범 운영(2개소)"] == ("2023. 4.", [2])
    assert ach["관광 수요 조사(3회)"] == ("2023. 6.", [3])
    assert ach["문화관광 아카데미 운영 수료생 35명 배출"] == (
        None,
        [35],
    )  # (was dropped as the row's 계획 cell)
    assert wrong_figure_count(json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json")), got) == 0


def _cell(row: int, col: int, text: str, page: int = 1, row_span: int = 1) -> Cell:
    return Cell(row=row, col=col, text=text, row_span=row_span, source=Source(page=page))


def test_an_empty_cell_in_its_own_rules_is_told_from_a_merged_cell_s_rest() -> None:
    head = [_cell(0, k, t) for k, t in enumerate(["사업", "연도", "목표", "추진상황", "추진내용"])]
    rows = [
        _cell(1, 0, "자전거", row_span=2),
        _cell(1, 1, "2025"),
        _cell(1, 2, "1,200대"),
        _cell(1, 3, "추진중"),
        _cell(1, 4, "2차 도입"),
        _cell(2, 1, "2026"),
        _cell(2, 2, "1,500대"),
        _cell(2, 3, "미착수"),
        _cell(2, 4, ""),
    ]
    ruled = Table(cells=head + rows, n_rows=3, n_cols=5)
    assert drawn_empty(ruled) == {(2, 4)}
    assert [g["detail"] for g in goals_from_table(ruled)] == ["2차 도입", None]
    open_rows = [_cell(c.row, c.col, c.text) for c in rows]  # no span recorded: its merges unseen
    assert drawn_empty(Table(cells=head + open_rows, n_rows=3, n_cols=5)) == set()
    cut = [
        *head,
        *rows[:5],
        *(_cell(c.row, c.col, c.text, page=2) for c in rows[5:]),
    ]  # the row on the next page
    assert drawn_empty(Table(cells=cut, n_rows=3, n_cols=5)) == set()


def test_seorin_reads_whole() -> None:
    assert_handmade_floor(REPO / "samples" / "handmade" / "doc-seorin-city-4-6.pdf", 1.0)


SHEET = REPO / "samples" / "handmade" / "cheongram-city-sheet-2-9.txt"


def _sheet_with_row(tmp_path: Path, after: int, row: str) -> Path:
    lines = SHEET.read_text(encoding="utf-8").split("\n")
    out = tmp_path / "cheongram-city-sheet-2-9-row.txt"
    out.write_text("\n".join([*lines[:after], row, *lines[after:]]), encoding="utf-8")
    return out


def test_a_bare_figure_in_a_sheet_row_s_own_cell_is_said_not_lost(tmp_path: Path) -> None:
    card = _sheet_with_row(tmp_path, 26, "\t셔틀 차량 추가 구입\t2026. 6.\t200\t\t\t")
    [(card_read, findings)] = card_results(read_path(card), str(card))
    record = card_read.record
    plans = {p["text"]: (p.get("date") or {}).get("label") for p in record["plans"]}
    assert plans["셔틀 차량 추가 구입 200"] == "2026-06"  # kept as printed, the other plans read
    said = [f for f in findings if f["code"] == "extract.figure_in_text"]
    assert [(f["location"], f["observed"]["figure"], f["source_location"]) for f in said] == [
        ("plans", "200", "line 27")
    ]
    exp = json_of(SHEET.with_name(f"{SHEET.stem}.expected.json"))
    assert wrong_figure_count(exp, record) == 0
    [(plain, plain_findings)] = card_results(
        read_path(SHEET), str(SHEET)
    )  # the card as committed: nothing said
    assert not [f for f in plain_findings if f["code"] == "extract.figure_in_text"]


def test_a_plain_paragraph_after_a_blank_line_in_a_pdf_is_no_plan_cell(tmp_path: Path) -> None:
    """The same card set as a PDF a text line a paragraph (WeasyPrint, Nanum): the last row's date ends page 1, its
    content opens page 2, a blank line's height before the paragraph."""
    from weasyprint import HTML

    card = _with_section_body(
        tmp_path,
        "향후 추진계획",
        [
            *HEAD,
            "2024. 1.",
            "기본계획 수립 완료",
            "공약사항 정비 및 이행계획 보완",
            "2024. 2.",
            "캠핑장 시범 운영",
            "캠핑장 운영 활성화 방안 마련",
            "2025. 상반기",
            "관광 수요 조사(3회)",
            "",
            "캠핑장 2개소 추가 조성 추진(예산 5억원)",
        ],
        after_heading=False,
    )
    body = "".join(
        f"<p>{html.escape(ln) if ln.strip() else '&nbsp;'}</p>"
        for ln in card.read_text(encoding="utf-8").split("\n")
    )
    pdf = card.with_suffix(".pdf")
    HTML(
        string="<html><head><style>body{font-family:'NanumGothic';font-size:10pt;line-height:1.4} p{margin:0}"
        f"</style></head><body>{body}</body></html>"
    ).write_pdf(pdf)
    got = extract_file(pdf)[0]
    plans = {p["text"]: (p.get("date") or {}).get("raw") for p in got["plans"]}
    assert plans["공약사항 정비 및 이행계획 보완"] == "2024. 1."
    assert plans["캠핑장 운영 활성화 방안 마련"] == "2024. 2."
    assert plans["캠핑장 2개소 추가 조성 추진(예산 5억원)"] is None  # (was 2025. 상반기)
    assert wrong_figure_count(json_of(SAMPLE.with_name(f"{SAMPLE.stem}.expected.json")), got) == 0
