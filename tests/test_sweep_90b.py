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

    effects = [make_line("해양레저 분야 선도 지역으로서 위상 강화", "➬"),
               make_line("다솔구 브랜드 가치 제고 [붙임] 1. 사업 위치도 1부.", "⇨"),
               make_line("세부 추진계획서 1부. 끝.", "2.")]
    kept, apart = attachments_apart(effects)
    assert [ln.full_text for ln in kept] == ["➬ 해양레저 분야 선도 지역으로서 위상 강화", "⇨ 다솔구 브랜드 가치 제고"]
    assert [ln.full_text for ln in apart] == ["[붙임] 1. 사업 위치도 1부.", "2. 세부 추진계획서 1부. 끝."]

    own_lines = [make_line("지역경제 활성화", "➬"), make_line("[붙임] 1. 사업 위치도 1부."),
                 make_line("세부 추진계획서 1부.", "2."), make_line("끝.")]
    kept, apart = attachments_apart(own_lines)
    assert len(kept) == 1 and len(apart) == 3

    numbered = [make_line("지역경제 활성화", "➬"), make_line("관계기관 협의 1부 제출", "2.")]  # no attachment word
    assert attachments_apart(numbered) == (numbered, [])
    amid = [make_line("[붙임] 1. 사업 위치도 1부."), make_line("지역경제 활성화", "➬")]  # not closing the card
    assert attachments_apart(amid) == (amid, [])


def _funding(rows: list[tuple[str, str, list[str]]], years: int = 4) -> dict:
    columns = [{"label": "계", "kind": "total", "year": None}]
    columns += [{"label": str(2023 + k), "kind": "year", "year": 2023 + k} for k in range(years)]
    return {"unit": "천원", "columns": columns,
            "rows": [{"label": label, "source": source, "amounts_krw": [None] * (years + 1), "amounts_raw": raw}
                     for label, source, raw in rows]}


def _budget(raw: str, total: int, parts: list[tuple[str, int]]) -> dict:
    return {"raw": raw, "unit": "천원", "total_krw": total * 1000,
            "parts": [{"label": s, "source": s, "amount_krw": a * 1000} for s, a in parts]}


def test_a_revised_funding_rows_two_figures_are_read_where_the_sums_prove_one_reading() -> None:
    """Mutant 4352 (txt) and the dasi-county family's text dumps: a revised cell prints its struck figure beside the
    one in force (``718,179`` / ``839,215천원``), the row more figures than columns, left null (money 0.231). The
    superseded plan adds up as well as the revised one; the overview's budget, printed once, tells them apart."""
    from pledgecard.extract.struck_funding import prove_struck_rows, readings

    assert sorted(set(readings([1, 2, 3], 2))) == [(1, 2), (1, 3), (2, 3)]  # the first cell of two or the second
    assert list(readings([1, 2], 3)) == []  # fewer figures than cells: no reading
    provincial = ["718,179", "839,215천원", "—", "—", "299,966", "421,002천원", "418,213천원"]
    municipal = ["1,365,030", "1,238,211천원", "417,667천원", "501,752", "374,933천원", "—", "445,611천원"]
    budget = _budget("2,077,426천원(도비 839,215, 군비 1,238,211)", 2_077_426,
                     [("provincial", 839_215), ("municipal", 1_238_211)])
    record = {"funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
              "overview": {"budget": budget}}
    assert prove_struck_rows(record) == 2
    rows = record["funding"]["rows"]
    assert rows[0]["amounts_krw"] == [839_215_000, 0, 0, 421_002_000, 418_213_000]
    assert rows[1]["amounts_krw"] == [1_238_211_000, 417_667_000, 374_933_000, 0, 445_611_000]
    assert "amounts_raw" not in rows[0]

    # no budget to tell the two self-consistent plans apart: both rows stay null, never the struck one
    alone = {"funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
             "overview": {"budget": None}}
    assert prove_struck_rows(alone) == 0
    assert all(a is None for r in alone["funding"]["rows"] for a in r["amounts_krw"])
    # a budget printing its own revision (two totals): no proof either
    twice = _budget("2,083,209 2,077,426천원(도비 839,215, 군비 1,238,211)", 2_077_426,
                    [("provincial", 839_215), ("municipal", 1_238_211)])
    revised = {"funding": _funding([("도비", "provincial", provincial), ("군비", "municipal", municipal)]),
               "overview": {"budget": twice}}
    assert prove_struck_rows(revised) == 0

    # a superseded plan that does not add up: the row's own sum proves the one in force, no budget needed
    lone = {"funding": _funding([("도비", "provincial", ["700,000", "839,215", "—", "—", "299,966", "421,002",
                                                       "418,213"])]), "overview": {}}
    assert prove_struck_rows(lone) == 1
    assert lone["funding"]["rows"][0]["amounts_krw"] == [839_215_000, 0, 0, 421_002_000, 418_213_000]
    # a sum within a rounded table's thousandth is no proof: only an exact sum reads
    near = {"funding": _funding([("도비", "provincial", ["839,000", "839,100", "—", "—", "421,002", "418,213"])]),
            "overview": {}}
    assert prove_struck_rows(near) == 0

