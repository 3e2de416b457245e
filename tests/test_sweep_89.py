"""Session 33's fresh sweep (mutated seeds 3420-3479 in PDF, HWPX and HWP, 4240-4279 in the text dump; crossbred
seeds 6343-6372): unit tests on each class fixed; the cards pinned in tests/test_mutate_tables.py PINNED_89 and
tests/test_crossbreed.py SEEDS_89."""

from __future__ import annotations

from tests.conftest import make_line, pinned_families


def _goal(project: str, year: int, target: str) -> dict:
    return {
        "project": project,
        "year": year,
        "target": target,
        "target_value": int(target),
        "target_unit": "%",
        "status": "추진중",
        "actual": target,
        "actual_value": int(target),
        "detail": "x",
    }


def test_an_indicator_a_row_tables_goals_are_listed_as_the_table_is_read() -> None:
    """Mutant 3435 (PDF, HWPX, HWP): an indicator a row, the years across (years_split). The generator listed the
    goals a year at a time while the card prints them an indicator a row (as its other indicator tables, gaeul-county's,
    list them); two indicators' equal bare targets (``50`` | ``50``) then paired with each other's years: 4 wrong
    figures in each format though every (indicator, year) read right. The expected record now lists them in the
    printed order."""
    from samples.families import _printed_goals

    rec = {
        "as_of": {"end": "2025-06-30"},
        "goals": [
            _goal("주택", 2023, "54"),
            _goal("공정률", 2023, "50"),
            _goal("주택", 2024, "50"),
            _goal("공정률", 2024, "60"),
            _goal("주택", 2025, "60"),
            _goal("공정률", 2025, "90"),
        ],
    }
    _printed_goals(rec, "years_split")
    assert [(g["project"], g["year"]) for g in rec["goals"]] == [
        ("주택", 2023),
        ("주택", 2024),
        ("주택", 2025),
        ("공정률", 2023),
        ("공정률", 2024),
        ("공정률", 2025),
    ]
    assert [g["actual"] for g in rec["goals"]] == [
        "54",
        "50",
        None,
        "50",
        "60",
        None,
    ]  # the as-of year: no actual
    assert {g["status"] for g in rec["goals"]} == {None}
    years_down = {
        "as_of": {"end": "2025-06-30"},
        "goals": [_goal("주택", 2023, "54"), _goal("공정률", 2023, "50"), _goal("주택", 2024, "50")],
    }
    _printed_goals(years_down, "indicators")  # indicators across, the years down: a year a row, as drawn
    assert [(g["project"], g["year"]) for g in years_down["goals"]] == [
        ("주택", 2023),
        ("공정률", 2023),
        ("주택", 2024),
    ]


def test_a_side_table_after_no_achievement_prints_under_every_funding_shape() -> None:
    """Crossbred 6347 (every format): a province's pledge split by 시군 (시군별 사업비 배분, a side table standing
    after no achievement) under a funding printed as a 총괄 table and a yearly one: the generator printed the side
    table only under a single funding table, its expected record kept it (tables 0.668 in every format)."""
    from samples.crossbreed import crossbreed
    from samples.families import family_records
    from samples.layout_sections import _section_content

    fam, card_seed = crossbreed(6347, pinned_families())
    assert fam.style.funding_summary and "regions" in fam.side_tables
    rec = family_records(fam, card_seed)[0]
    side = [t for t in rec["tables"] if t["after_item"] is None]
    assert side
    blocks = _section_content("funding", rec, fam.style)
    texts = [getattr(b, "text", "") for b in blocks]
    assert any(side[0]["title"] in t for t in texts)
    assert sum(1 for b in blocks if getattr(b, "role", None) == "side") == len(side)


def test_a_numberings_closing_mark_wrapped_onto_its_own_line_in_a_label_cell_is_put_back() -> None:
    """Crossbred 6352 (PDF): a body table's narrow label cell wrapped ``▶ Ⅶ`` / ``.`` / ``기 대 효 과``: read
    ``Ⅶ . 기 대 효 과``, it named no section, the effects read as plans (text 0.429)."""
    from pledgecard.extract.card_headings import heading_of
    from pledgecard.extract.layout_labels import closer_joined, label_text

    assert closer_joined("▶ Ⅶ\n.\n기 대 효 과") == "▶ Ⅶ.\n기 대 효 과"
    assert label_text("▶ Ⅶ\n.\n기 대 효 과") == "▶ Ⅶ. 기 대 효 과"
    assert label_text("Ⅲ\n)\n투\n자\n계\n획") == "Ⅲ)투자계획"  # a label a letter a line: as before
    assert label_text("▶ Ⅳ. 성\n과 목 표") == "▶ Ⅳ. 성 과 목 표"  # no mark alone: as before
    assert label_text("사업 개요\n(2024.)") == "사업 개요 (2024.)"  # a mark inside a line stays
    assert heading_of(make_line("Ⅶ. 기 대 효 과", "▶")) == "effects"
    assert heading_of(make_line("Ⅶ . 기 대 효 과", "▶")) is None  # why the mark is put back


def test_a_tag_numbered_block_heading_closing_on_its_date() -> None:
    from pledgecard.extract.tagged_block_heads import tagged_dated_block

    assert tagged_dated_block("[세부사업2] 2024년 2분기 현재")
    assert tagged_dated_block("[세부사업1] 기 추진실적 (2024년 1분기 누계)")
    assert not tagged_dated_block("2024년 2분기 현재")  # no tag
    assert not tagged_dated_block("[세부사업2] 교육 운영")  # no date
    assert not tagged_dated_block("[2차] 교육 운영 : 2024년 3월")  # an item dated after its colon
    assert not tagged_dated_block("[1] 2024. 3. 교육 운영")  # the date does not close it


def test_a_tag_numbered_dated_block_heading_under_a_full_item_line_is_no_wrapped_rest() -> None:
    """Crossbred 6352 (PDF): the heading at the item's bullet under a line that ran to the cell's edge."""
    from pledgecard.extract.readers.pdf_line_chars import Line
    from pledgecard.extract.readers.pdf_lines import continues

    def line(text: str, x0: float, top: float, marker: str | None = None, x1: float = 500.0) -> Line:
        return Line(
            text=text,
            marker=marker,
            x0=x0,
            top=top,
            x1=x1,
            bottom=top + 10.0,
            text_x0=x0 + 12 if marker else x0,
            size=10.0,
            page=1,
            last_top=top,
            last_bottom=top + 10.0,
            last_x1=x1,
            raw=text,
        )

    item = line("신규 참여기업 협약(기업 : 세움시스템즈, 계약인원 : 36명) : '22. 2학기", 100.0, 100.0, "❍")
    heading = line("[세부사업2] 2024년 2분기 현재", 100.0, 112.0, x1=260.0)
    assert not continues(item, heading, 500.0)
    rest = line("컨설팅 지원 : 2024년 6월", 100.0, 112.0, x1=260.0)
    assert continues(
        item, rest, 500.0
    )  # a plain wrapped rest at the bullet under a full line: joined as before


def _table(rows: list[list[str]]) -> object:  # every cell printed, the blank ones empty
    from pledgecard.extract.document import Cell, Table

    return Table(
        cells=[Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)],  # a blank: a cell
        n_rows=len(rows),
        n_cols=max(len(r) for r in rows),
    )


def test_blank_cells_of_the_years_a_stacked_table_goes_on_with_are_zeros_where_its_sums_prove_them() -> None:
    """Mutant 3436 (PDF, HWPX, HWP): ten years in two tables, one under the other, zeros printed blank: the first
    table's blanks read 0 where the sums prove them, the second's stayed null (money 0.917)."""
    from pledgecard.extract.sections.base import SectionContext
    from pledgecard.extract.sections.funding import extract_funding

    first = _table(
        [
            ["구 분", "총사업비", "2022년", "2023년"],
            ["계", "1,214", "300", "200"],
            ["국 비", "400", "", "100"],
            ["도 비", "814", "300", "100"],
        ]
    )
    second = _table(
        [["구 분", "2024년", "2025년"], ["계", "414", "300"], ["국 비", "", "300"], ["도 비", "414", ""]]
    )
    f = extract_funding([make_line("(단위: 백만원)"), first, second], SectionContext(record={})).value[
        "funding"
    ]
    assert f is not None
    assert [c["label"] for c in f["columns"]] == ["총사업비", "2022", "2023", "2024", "2025"]
    m = 1_000_000
    assert {r["source"]: r["amounts_krw"] for r in f["rows"]} == {
        "total": [1214 * m, 300 * m, 200 * m, 414 * m, 300 * m],
        "national": [400 * m, 0, 100 * m, 0, 300 * m],
        "provincial": [814 * m, 300 * m, 100 * m, 414 * m, 0],
    }
    first = _table(
        [
            ["구 분", "총사업비", "2022년", "2023년"],
            ["계", "1,215", "300", "200"],
            ["국 비", "400", "", "100"],
            ["도 비", "815", "300", "100"],
        ]
    )
    second = _table(
        [["구 분", "2024년", "2025년"], ["계", "414", "301"], ["국 비", "", "300"], ["도 비", "414", ""]]
    )
    f = extract_funding([make_line("(단위: 백만원)"), first, second], SectionContext(record={})).value[
        "funding"
    ]
    # the 2025 도비 blank proven by neither its row's total nor its column's: null, never a zero guessed
    assert f is None or all(r["amounts_krw"][4] is None for r in f["rows"] if r["source"] == "provincial")


def _page_table(rows: list[list[str]], page: int) -> object:
    from pledgecard.extract.document import Cell
    from pledgecard.extract.readers.pdf_table_build import PageTable

    n = len(rows[0])
    return PageTable(
        page=page,
        bbox=(50.0, 100.0, 550.0, 100.0 + 20 * len(rows)),
        xs=[50.0 + 500.0 * k / n for k in range(n + 1)],
        ys=[100.0 + 20 * r for r in range(len(rows) + 1)],
        cells=[Cell(r, c, t) for r, row in enumerate(rows) for c, t in enumerate(row)],
    )


def test_a_label_alone_atop_a_page_under_a_table_printing_labels_alone_is_a_row_of_its_own() -> None:
    """Mutant 3461 (PDF): ``기타 | |`` atop page 3 under ``언론·방송 | 77 |``, the table printing its zeros blank:
    joined to the row above as the rest of a cut row, the outreach one channel short, every count null (0.167)."""
    from pledgecard.extract.readers.pdf_label_rows import label_rows_own

    a = _page_table(
        [
            ["구 분", "횟수", "비 고"],
            ["주민간담회·공청회 등", "3", "설명회"],
            ["만족도조사", "", ""],
            ["언론·방송", "77", ""],
        ],
        2,
    )
    b = _page_table([["기타", "", ""], ["계", "80회", ""]], 3)
    lower = {c.col: c for c in b.cells if c.row == 0}
    assert label_rows_own(a, b, lower)
    no_label_rows = _page_table(
        [["구 분", "횟수", "비 고"], ["주민간담회·공청회 등", "3", "설명회"], ["언론·방송", "77", ""]], 2
    )
    assert not label_rows_own(no_label_rows, _page_table([["기타", "", ""], ["계", "80회", ""]], 3), lower)
    wrapped = _page_table(
        [["구 분", "횟수", "비 고"], ["만족도조사", "", ""], ["주민간담회·공청회", "", ""]], 2
    )
    assert not label_rows_own(wrapped, b, lower)  # the row above prints its label alone: it may go on
    content = _page_table([["", "설명회 개최", ""], ["계", "80회", ""]], 3)
    assert not label_rows_own(a, content, {c.col: c for c in content.cells if c.row == 0})  # text pushed down


def test_a_line_repeated_atop_pages_in_a_row_under_a_kept_body_line_is_no_running_header() -> None:
    """Mutant 3429 (PDF): ``⚜ 기반조성`` the second line of pages 2 and 3, each under a block's numbered line that
    differs (ⓒ / ⓓ 세부 추진실적): dropped as a running header, its items fell under the block (structure 0.889)."""
    from pledgecard.extract.readers.pdf_line_chars import Line
    from pledgecard.extract.readers.pdf_margins import PageText, running_lines

    def line(text: str, top: float, page: int, marker: str | None = None) -> Line:
        return Line(
            text=text,
            marker=marker,
            x0=60.0,
            top=top,
            x1=300.0,
            bottom=top + 10.0,
            text_x0=72.0,
            size=10.0,
            page=page,
            last_top=top,
            last_bottom=top + 10.0,
            last_x1=300.0,
            raw=text,
        )

    def page(n: int, first: str, second: tuple[str, str | None]) -> PageText:
        return PageText(
            number=n,
            height=842.0,
            lines=[
                line(first, 60.0, n),
                line(second[0], 75.0, n, second[1]),
                line(f"본문 {n}", 400.0, n),
                line(f"- {n} -", 800.0, n),
            ],
        )

    pages = [
        page(1, "공약사업 관리카드", ("제목", None)),
        page(2, "ⓒ 세부 추진실적", ("기반조성", "⚜")),
        page(3, "ⓓ 세부 추진실적", ("기반조성", "⚜")),
    ]
    dropped = {ln.full_text for p in pages for ln in p.lines if id(ln) in running_lines(pages)}
    assert dropped == {"- 1 -", "- 2 -", "- 3 -"}
    for p in pages:  # a line kept below the page number: the number is dropped all the same
        p.lines.append(line(f"각주 {p.number}", 815.0, p.number))
    dropped = {ln.full_text for p in pages for ln in p.lines if id(ln) in running_lines(pages)}
    assert {"- 1 -", "- 2 -", "- 3 -"} <= dropped and "기반조성" not in dropped
    headed = [page(n, "노을군 공약사업 관리카드", (f"{n}. 본문", None)) for n in (1, 2, 3)]
    dropped = {ln.full_text for p in headed for ln in p.lines if id(ln) in running_lines(headed)}
    assert "노을군 공약사업 관리카드" in dropped  # a running header at the page's edge: dropped as before
