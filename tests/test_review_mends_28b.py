"""The second review's findings on session 28's merged work, each pinned by a test that failed before its mend."""

from __future__ import annotations

from tests.conftest import make_line


def test_next_in_run_wants_two_numberings_of_one_frame() -> None:
    """Two glyphs next to each other in Unicode are no numbered run (``▪`` then ``▫``), and a run crossing a
    digit's width is one (``9)`` then ``10)``)."""
    from pledgecard.extract.markers import run_frame
    from pledgecard.extract.sections.achievements import _next_in_run, _project_block

    assert not _next_in_run("▪", "▫") and not _next_in_run("•", "‣") and not _next_in_run("◇", "◈")
    assert _next_in_run("9)", "10)") and _next_in_run("㈀", "㈁") and _next_in_run("Ⅰ.", "Ⅱ.")
    assert not _next_in_run("1-3.", "2-4.") and _next_in_run("1-3.", "1-4.") and not _next_in_run("9)", "10.")
    assert run_frame("10)") == run_frame("9)") == "#)" and run_frame("▪") is None
    # an undated ▫ item under a ▪ sub-project the goals name, over an item of another marker: an item
    items = [
        make_line("도서관 건립", "▪"),
        make_line("부지 매입", "-"),
        make_line("설계 공모", "▫"),
        make_line("공모 완료", "-"),
    ]
    projects = frozenset({"도서관건립"})
    assert _project_block(items, 0, projects) and not _project_block(items, 2, projects, "▪")


_YEARS = "연도별 투자계획 : '18년 38.6억원, '19년 44.6억원, '20년 31.4억원, '21년 36.2억원, '22년 32.8억원"


def test_an_overview_budget_not_adding_up_stands_for_no_sentence() -> None:
    """The overview's budget is proven by its parts' sum as the section's own sentence is (review b, item 4)."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding_prose import funding_from_prose

    parts = [
        {"label": "국비", "source": "national", "amount_krw": 7_360_000_000},
        {"label": "군비", "source": "municipal", "amount_krw": 11_000_000_000},
    ]
    budget = {"total_krw": 18_360_000_000, "unit": "억원", "parts": parts}
    assert funding_from_prose(
        [make_line(_YEARS, "ㅇ")], SectionContext(record={"overview": {"budget": budget}})
    )
    off = {
        **budget,
        "parts": [{**parts[0], "amount_krw": 7_370_000_000}, parts[1]],
    }  # 0.1억 more than the total
    assert (
        funding_from_prose([make_line(_YEARS, "ㅇ")], SectionContext(record={"overview": {"budget": off}}))
        is None
    )


def test_the_total_row_is_labelled_with_the_printed_head() -> None:
    """The total row and column carry the budget sentence's own label (총사업비), not a vocabulary word (item 5)."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding_prose import funding_from_prose

    budget = make_line("총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)", "ㅇ")
    read = funding_from_prose([budget, make_line(_YEARS, "ㅇ")], SectionContext())
    assert read is not None
    f = read.value["funding"]
    assert f["columns"][0]["label"] == "총사업비" and f["rows"][0] == {
        "label": "총사업비",
        "source": "total",
        "amounts_krw": [
            18_360_000_000,
            3_860_000_000,
            4_460_000_000,
            3_140_000_000,
            3_620_000_000,
            3_280_000_000,
        ],
    }


def test_a_period_of_a_compound_amount_reads() -> None:
    """normalize.money reads a compound amount (3억 5천만원): so does a sentence of periods (item 9)."""
    from pledgecard.extract.sections.funding_prose import periods_told

    got = periods_told("'23년 3억 5천만원, '24년 2억원, 임기후 1억 2,500만원", None)
    assert got is not None
    assert [(c["kind"], c["year"], a) for c, a in got] == [
        ("year", 2023, 350_000_000),
        ("year", 2024, 200_000_000),
        ("after_term", None, 125_000_000),
    ]
    assert periods_told("'23년 3억 5천, '24년 2억원", None) is None  # 3억 5천 reads two ways: refused


def test_a_funding_read_from_sentences_keeps_the_table_readers_findings(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A section with a table the reader could not read and sentences telling the funding: the sentences'
    funding, and the table's finding kept (review b, item 2)."""
    from pledgecard.extract.findings import finding
    from pledgecard.extract.sections import funding as funding_mod
    from pledgecard.extract.sections.base import SectionContext, SectionResult
    from tests.conftest import make_table

    table = make_table([["구분", "총사업비", "2023"], ["계", "?", "?"]])
    unread = finding("extract.row_unread", "funding", "a funding table not read")
    monkeypatch.setattr(
        funding_mod,
        "_funding_by_unit",
        lambda items, ctx: SectionResult({"funding": None}, rest=list(items), findings=[unread]),
    )
    budget = make_line("총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)", "ㅇ")
    read = funding_mod.extract_funding([budget, make_line(_YEARS, "ㅇ"), table], SectionContext())
    assert read.value["funding"]["rows"][0]["amounts_krw"][0] == 18_360_000_000
    assert unread in read.findings and table in read.rest


def test_one_sources_across_test_for_the_grid_and_the_side_tables() -> None:
    """Sources across and periods down, one predicate (review b, item 6): a head of sources over a total row alone
    (계) is no transposed funding table beside a side table; over two periods it is."""
    from pledgecard.extract.sections.funding_grid import sources_across
    from pledgecard.extract.sections.funding_side_tables import _sources_across_somewhere

    assert not sources_across([["구분", "국비", "도비"], ["계", "1", "2"]])
    assert not _sources_across_somewhere([["구분", "국비", "도비"], ["계", "1", "2"]])
    years = [["구 분", "국 비", "도 비"], ["2025년", "1", "2"], ["2026년", "3", "4"]]
    assert sources_across(years) and _sources_across_somewhere([["(단위: 백만원)", "", ""], *years])


def test_the_terms_words_are_one_predicate() -> None:
    """One test of the term's span (임기내), exposed by the column heads (item 6)."""
    from pledgecard.extract.sections.funding_column_heads import is_in_term

    assert (
        is_in_term("임기내") and is_in_term("임기 내") and not is_in_term("임기후") and not is_in_term("2024")
    )


def test_a_sentence_of_periods_over_a_hwpx_funding_table_leaves_the_table_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """sora-city 20004's HWPX (a table of years down, sources across) with a sentence telling the first years'
    totals inserted as a paragraph right above the table's unit line: the table reads as its card expects (the
    text dumps' case: tests/test_review_mends_28a.py)."""
    import json
    import zipfile
    from pathlib import Path

    from pledgecard import extract_file

    card = (
        Path(__file__).resolve().parents[1]
        / "samples"
        / "families"
        / "sora-city"
        / "sora-city-20004-hwpx.hwpx"
    )
    sentence = "□ 연도별 투자계획 : '22년 3,887백만원, '23년 1,189백만원, '24년 1,294백만원"
    told = tmp_path / card.name
    with zipfile.ZipFile(card) as zin, zipfile.ZipFile(told, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "Contents/section0.xml":
                s = data.decode("utf-8")
                unit = s.find("(단위")
                a, t0 = s.rfind("<hp:p ", 0, unit), s.rfind("<hp:t>", 0, unit)
                para = s[a : s.find("</hp:p>", unit) + 7]
                para = para.replace(s[t0 : s.find("</hp:t>", unit) + 7], f"<hp:t>{sentence}</hp:t>").replace(
                    'id="', 'id="9', 1
                )
                data = (s[:a] + para + s[a:]).encode("utf-8")
            zout.writestr(
                item,
                data,
                compress_type=zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED,
            )
    [got] = extract_file(told)
    assert sentence.split(" : ")[1] in json.dumps(got, ensure_ascii=False)  # the paragraph is read
    expected = json.loads(card.with_name("sora-city-20004-hwpx.expected.json").read_text(encoding="utf-8"))
    want = (expected[0] if isinstance(expected, list) else expected)["funding"]
    assert [(r["source"], r["amounts_krw"]) for r in got["funding"]["rows"]] == [
        (r["source"], r["amounts_krw"]) for r in want["rows"]
    ]
