"""The classes session 34's fresh sweep found and left (mutated seeds 3480-3539 in PDF, HWPX and HWP, 4320-4359 in
the text dump): unit tests on each shape fixed; the cards pinned in tests/test_mutate_tables.py PINNED_90b."""

from __future__ import annotations

from tests.conftest import make_line


def test_an_attachment_list_closing_the_card_is_no_last_section_item() -> None:
    """Mutant 3488 (every format): ``[붙임] 1. 사업 위치도 1부.`` / ``2. 세부 추진계획서 1부.  끝.`` after the effects,
    read as two more effects, the first run into the last effect by the PDF and text readers (0.994, text 0.893)."""
    from pledgecard.extract.card_attachments import attachments_apart, is_list_item, list_start

    assert list_start("[붙임] 1. 사업 위치도 1부.") == 0
    assert list_start("붙임 : 공약사업 관리카드 1부. 끝.") == 0  # a memo's attachment line: as before
    assert list_start("인지도 확대 [붙임] 1. 사업 위치도 1부.") == 7
    assert list_start("붙임 자료를 참고하여 추진") is None  # no count of copies: a sentence
    assert list_start("자료 1부 제출") is None
    assert is_list_item("2. 세부 추진계획서 1부.  끝.")
    assert is_list_item("끝.")
    assert not is_list_item("세부 추진계획서 제출")
    assert not is_list_item("2. 관광객 1,000명 유치")

    effects = [
        make_line("해양레저 분야 선도 지역으로서 위상 강화", "➬"),
        make_line("다솔구 브랜드 가치 제고 [붙임] 1. 사업 위치도 1부.", "⇨"),
        make_line("세부 추진계획서 1부. 끝.", "2."),
    ]
    kept, apart = attachments_apart(effects)
    assert [ln.full_text for ln in kept] == [
        "➬ 해양레저 분야 선도 지역으로서 위상 강화",
        "⇨ 다솔구 브랜드 가치 제고",
    ]
    assert [ln.full_text for ln in apart] == ["[붙임] 1. 사업 위치도 1부.", "2. 세부 추진계획서 1부. 끝."]

    own_lines = [
        make_line("지역경제 활성화", "➬"),
        make_line("[붙임] 1. 사업 위치도 1부."),
        make_line("세부 추진계획서 1부.", "2."),
        make_line("끝."),
    ]
    kept, apart = attachments_apart(own_lines)
    assert len(kept) == 1 and len(apart) == 3

    numbered = [
        make_line("지역경제 활성화", "➬"),
        make_line("관계기관 협의 1부 제출", "2."),
    ]  # no attachment word
    assert attachments_apart(numbered) == (numbered, [])
    amid = [
        make_line("[붙임] 1. 사업 위치도 1부."),
        make_line("지역경제 활성화", "➬"),
    ]  # not closing the card
    assert attachments_apart(amid) == (amid, [])


def _funding(rows: list[tuple[str, str, list[str]]], years: int = 4) -> dict:
    columns = [{"label": "계", "kind": "total", "year": None}]
    columns += [{"label": str(2023 + k), "kind": "year", "year": 2023 + k} for k in range(years)]
    return {
        "unit": "천원",
        "columns": columns,
        "rows": [
            {"label": label, "source": source, "amounts_krw": [None] * (years + 1), "amounts_raw": raw}
            for label, source, raw in rows
        ],
    }


def _budget(raw: str, total: int, parts: list[tuple[str, int]]) -> dict:
    return {
        "raw": raw,
        "unit": "천원",
        "total_krw": total * 1000,
        "parts": [{"label": s, "source": s, "amount_krw": a * 1000} for s, a in parts],
    }


def test_a_revised_funding_rows_two_figures_are_read_where_the_sums_prove_one_reading() -> None:
    """Mutant 4352 (txt) and the dasi-county family's text dumps: a revised cell prints its struck figure beside the
    one in force (``718,179`` / ``839,215천원``), the row more figures than columns, left null (money 0.231). The
    superseded plan adds up as well as the revised one; the overview's budget, printed once, tells them apart."""
    from pledgecard.extract.struck_funding import prove_struck_rows, readings

    assert sorted(set(readings([1, 2, 3], 2))) == [
        (1, 2),
        (1, 3),
        (2, 3),
    ]  # the first cell of two or the second
    assert list(readings([1, 2], 3)) == []  # fewer figures than cells: no reading
    provincial = ["718,179", "839,215천원", "—", "—", "299,966", "421,002천원", "418,213천원"]
    municipal = ["1,365,030", "1,238,211천원", "417,667천원", "501,752", "374,933천원", "—", "445,611천원"]
    budget = _budget(
        "2,077,426천원(도비 839,215, 군비 1,238,211)",
        2_077_426,
        [("provincial", 839_215), ("municipal", 1_238_211)],
    )
    record = {
        "funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
        "overview": {"budget": budget},
    }
    assert prove_struck_rows(record) == 2
    rows = record["funding"]["rows"]
    assert rows[0]["amounts_krw"] == [839_215_000, 0, 0, 421_002_000, 418_213_000]
    assert rows[1]["amounts_krw"] == [1_238_211_000, 417_667_000, 374_933_000, 0, 445_611_000]
    assert "amounts_raw" not in rows[0]

    # no budget to tell the two self-consistent plans apart: both rows stay null, never the struck one
    alone = {
        "funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
        "overview": {"budget": None},
    }
    assert prove_struck_rows(alone) == 0
    assert all(a is None for r in alone["funding"]["rows"] for a in r["amounts_krw"])
    # a budget printing its own revision (two totals): no proof either
    twice = _budget(
        "2,083,209 2,077,426천원(도비 839,215, 군비 1,238,211)",
        2_077_426,
        [("provincial", 839_215), ("municipal", 1_238_211)],
    )
    revised = {
        "funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
        "overview": {"budget": twice},
    }
    assert prove_struck_rows(revised) == 0

    # a superseded plan that does not add up: the row's own sum proves the one in force, no budget needed
    lone = {
        "funding": _funding(
            [("도비", "provincial", ["700,000", "839,215", "—", "—", "299,966", "421,002", "418,213"])]
        ),
        "overview": {},
    }
    assert prove_struck_rows(lone) == 1
    assert lone["funding"]["rows"][0]["amounts_krw"] == [839_215_000, 0, 0, 421_002_000, 418_213_000]
    # a sum within a rounded table's thousandth is no proof: only an exact sum reads
    near = {
        "funding": _funding([("도비", "provincial", ["839,000", "839,100", "—", "—", "421,002", "418,213"])]),
        "overview": {},
    }
    assert prove_struck_rows(near) == 0


_DRAWN = """┌──────────┬────────────────────────┬────────┐
│ 구 분    │ 재원별                 │ 증감액 │
│          ├────────┬───────┬───────┤        │
│          │ 국 비  │ 도 비 │ 시 비 │        │
├──────────┼────────┼───────┼───────┼────────┤
│ 총사업비 │ 10,145 │ 4,322 │ 6,206 │ -      │
├──────────┼────────┼───────┼───────┼────────┤
│ 2018년   │ 1,585  │ 843   │       │ -      │
├──────────┼────────┼───────┼───────┼────────┤
│ 2022년   │        │       │       │ △9,513 │
└──────────┴────────┴───────┴───────┴────────┘"""


def test_a_drawn_tables_empty_boxes_stay_cells() -> None:
    """Mutant 4330 (txt): a transposed funding table drawn with box characters, a source's period printed blank:
    the empty boxes were no cells, the places left empty, no sum proving them zeros (money 0.727)."""
    from pledgecard.extract.readers.text_drawn_tables import drawn_table
    from pledgecard.extract.readers.text_grids import drawn_cells

    lines = _DRAWN.split("\n")
    cells = drawn_cells(lines)
    assert "" not in [c.text for c in cells]  # the cells a line, as the dump prints them: text only
    table = drawn_table(lines, cells, 1)
    assert table is not None and (table.n_rows, table.n_cols) == (5, 5)
    at = {(c.row, c.col): c for c in table.cells}
    assert (
        at[(3, 3)].text == "" and at[(4, 1)].text == "" and at[(4, 2)].text == ""
    )  # 2018 시비; 2022 국비, 도비
    assert at[(3, 2)].text == "843" and at[(4, 4)].text == "△9,513"
    covered = [
        (r, c)
        for cell in table.cells
        for r in range(cell.row, cell.row + cell.row_span)
        for c in range(cell.col, cell.col + cell.col_span)
    ]
    assert sorted(covered) == [(r, c) for r in range(5) for c in range(5)]  # every place once: spans kept
    assert (
        at[(0, 0)].row_span == 2 and at[(0, 1)].col_span == 3 and at[(0, 4)].row_span == 2
    )  # the head's spans
    assert [(c.row, c.col) for c in table.cells] == sorted(
        (c.row, c.col) for c in table.cells
    )  # reading order
