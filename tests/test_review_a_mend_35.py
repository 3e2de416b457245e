"""Session 35 (menda): review a's findings on the session's merges mended, each by the class of card it names.

1. A funding table pdf2txt printed in fragments (lines of figures that are no row): the overview budget's shares
   prove which row a piece belongs to, never the order of a row's pieces among themselves, so a row's boxes printed
   out of their order put figures under the wrong years (maru-county 19004 with the 국비 row's ``- 546,669`` box
   before its ``-``: 2 silent wrong figures). Such a row is read only where its pieces read alike in any order and
   the figures fit the shares in one grid only; else its cells are null, printed values kept, with an
   ``extract.table_unrecovered`` finding (extract/sections/funding_fragment_rows.py).
2. Outreach channels: who a gathering gathers decides the channel only by the expert word itself (전문가 간담회);
   a residents' or citizens' advisory body's meeting (시민자문단 간담회, 주민자문위원회 설명회) is a meeting
   (extract/vocabulary.toml ``[outreach_channels_by_who]``).
3. A stream row off its budget share is nulled only where the printed figures could be placed to fit the shares
   (dealt to the wrong rows), with a finding; a table re-split under the same total (당초/변경) is left as read.
4. A watermark copy crossing a table printed a cell a line keeps the table's figures (``25`` / ``5`` / ``20``),
   and pages are compared with their next pages only (extract/readers/text_recurring_glyphs.py).
5. A bare goal line's bracketed word is its status only where the vocabulary knows it; an actual on its own bullet
   line with no digit stays the goal's (extract/sections/goal_lines.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_text_converters import converter_dump

from pledgecard.extract.readers import text_recurring_glyphs as glyphs
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.sections.funding_fragment_rows import (
    fragment_rows,
    fragments_unproven,
    null_against_budget,
    pieces_in_order,
    printed_in_fragments,
    row_pieces,
)
from pledgecard.extract.sections.funding_named_shares import Share
from pledgecard.extract.sections.goal_lines import bare_labelled, goal_lines
from pledgecard.extract.sections.outreach_words import category_of

from conftest import family_card, pdftotext_dump, shared_tools

HEAD = "구분\n국비\n도비\n군비\n연도별 투자 실적 및 계획\n2022년 2023년 2024년\n"


def _budget(**shares: int) -> tuple[tuple[int, ...], int]:
    return tuple(Share(v, k) for k, v in shares.items()), sum(shares.values())


def _cols(n: int) -> list[dict[str, Any]]:
    return [{"label": str(2022 + k), "kind": "year", "year": 2022 + k} for k in range(n)]


# --- 1. fragments: a row's pieces printed out of their order ---


def test_a_rows_pieces_read_alike_in_any_order_only_when_alike() -> None:
    assert pieces_in_order([("100", "200", "300")])
    assert pieces_in_order([("-",), ("-",), ("-",)])
    assert not pieces_in_order([("-",), ("100", "200")])  # -, 100, 200 or 100, 200, -: nothing tells
    assert row_pieces("-\n100 200\n300 -\n400\n50 60 -", 3) == [
        [("-",), ("100", "200")],
        [("300", "-"), ("400",)],
        [("50", "60", "-")],
    ]


def test_fragments_are_lines_of_two_figures_or_more_that_are_no_whole_row() -> None:
    assert printed_in_fragments("100 200\n-\n300 -\n400\n50 60 -", 3)
    assert not printed_in_fragments(
        "100\n200\n-\n300\n-\n400", 3
    )  # a cell a line: pdftotext's order, as read
    assert not printed_in_fragments("100 200 -\n300 - 400", 3)  # a row a line


def test_a_rows_box_printed_before_its_other_box_is_not_read() -> None:
    """Review a's unit shape: the first row's ``-`` printed before ``100 200`` (truth 100, 200, 0): read
    [0, 100000, 200000] before; nothing now."""
    text = HEAD + "-\n100 200\n300 -\n400\n50 60 -\n"
    assert fragment_rows(text, 1000, _budget(national=300_000, provincial=700_000, municipal=110_000)) == (
        [],
        [],
    )


def test_rows_in_fragments_whose_pieces_read_alike_are_read() -> None:
    text = HEAD + "100 200 300\n70 70\n70\n400 500 600\n"
    cols, rows = fragment_rows(text, 1000, _budget(national=600_000, provincial=210_000, municipal=1_500_000))
    assert [r["amounts_krw"] for r in rows] == [
        [100_000, 200_000, 300_000],
        [70_000] * 3,
        [400_000, 500_000, 600_000],
    ]


def test_a_stream_in_fragments_unproven_is_nulled_with_a_finding() -> None:
    rows = [
        {"label": "국비", "source": "national", "amounts_krw": [0, 100, 200]},
        {"label": "도비", "source": "provincial", "amounts_krw": [300, 0, 400]},
        {"label": "군비", "source": "municipal", "amounts_krw": [50, 60, 0]},
    ]
    said = fragments_unproven(
        "-\n100 200\n300 -\n400\n50 60 -",
        _cols(3),
        rows,
        _budget(national=300, provincial=700, municipal=110),
        1,
    )
    assert [f["code"] for f in said] == ["extract.table_unrecovered"]
    assert said[0]["observed"] == {"rows": ["국비", "도비"]}  # the rows in two pieces each
    assert [r["amounts_krw"] for r in rows] == [[None] * 3, [None] * 3, [50, 60, 0]]  # one piece: as printed
    assert rows[0]["amounts_raw"] == ["-", "100", "200"]


def _maru_19004(tmp_path: Path) -> tuple[str, dict]:
    src, exp = family_card(tmp_path, "maru-county", 19004, "pdf")
    out = tmp_path / "maru-19004-pdf2txt.txt"
    converter_dump("pdf2txt", src, out)
    return out.read_text(encoding="utf-8"), exp


def _read_text(tmp_path: Path, name: str, text: str) -> dict:
    from pledgecard import extract_file

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (rec,) = extract_file(path)
    return rec


def _wrong(exp: dict, rec: dict) -> list[str]:
    from pledgecard.scoring import wrong_goal_figures

    _sc, wf = shared_tools()
    return [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )


def _swap(text: str, first: str, second: str) -> str:
    """``text`` with the line ``first`` and the line ``second`` (the next figure line after it) printed the other
    way round (pdf2txt printing a row's boxes out of their order)."""
    lines = text.split("\n")
    i = lines.index(first)
    j = next(k for k in range(i + 1, len(lines)) if lines[k] == second)
    lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("first", "second", "row"), [("-", "- 546,669", 0), ("765,600", "90,813 515,980", 2)]
)
def test_maru_19004_pdf2txt_with_a_rows_boxes_out_of_order_reads_no_wrong_figure(
    tmp_path: Path, first: str, second: str, row: int
) -> None:
    """Review a's repros (c2b, c6): 2 and 3 silent wrong figures before; the row's cells null now, their printed
    values kept."""
    text, exp = _maru_19004(tmp_path)
    assert first in text.split("\n") and second in text.split("\n")
    rec = _read_text(tmp_path, "swapped", _swap(text, first, second))
    assert _wrong(exp, rec) == []
    funding = rec["funding"]
    assert funding is not None and all(v is None for v in funding["rows"][row]["amounts_krw"])
    assert funding["rows"][row].get("amounts_raw")


# --- 2. outreach: 자문 alone is no expert channel ahead of the gathering's form ---


@pytest.mark.parametrize(
    ("label", "category"),
    [
        ("시민자문단 간담회", "meetings"),
        ("시민자문단간담회", "meetings"),
        ("주민자문위원회 설명회", "meetings"),
        ("전문가 간담회", "experts"),
        ("전문가 설문조사", "experts"),
        ("전문가 자문", "experts"),
        ("자문회의", "experts"),
        ("자문위원회", "experts"),
        ("만족도 조사", "survey"),
    ],
)
def test_who_a_gathering_gathers_decides_only_by_the_expert_word(label: str, category: str) -> None:
    assert category_of(label) == category


CARD = """슬기시 시장 공약사업 관리카드

공약명\t어린이 놀이터 혁신 리모델링\t관리번호\t4-15
주관부서\t아동보육과\t담당자\t남궁솔

[ 1 ] 개요
○ 사업기간 : 2023. 7. ~ 2026. 12.
○ 주요내용
- 노후 놀이터 24개소를 창의·통합 놀이터로 리모델링

[ 5 ] 시민소통 실적
○ 시민자문단 간담회 : 4회
○ 전문가 자문 : 2회
○ 만족도조사 : 1회
○ 언론보도 : 6회

[ 6 ] 향후계획
○ 2차 놀이터 8개소 준공 : 2025. 12.
"""


def test_a_citizens_advisory_meeting_beside_experts_is_a_meeting(tmp_path: Path) -> None:
    """Review a's a4: 시민자문단 간담회 4 and 전문가 자문 2 read as two experts items before."""
    rec = _read_text(tmp_path, "advisory", CARD)
    items = {(i["category"], i["count"]) for i in rec["outreach"]["items"]}
    assert {("meetings", 4), ("experts", 2), ("survey", 1), ("media", 6)} <= items


# --- 3. a stream row off its share: nulled only where the figures fit the shares in another order ---


def test_a_table_resplit_under_the_same_total_is_left_as_read() -> None:
    rows = [
        {"label": "국비", "source": "national", "amounts_krw": [100, 300]},
        {"label": "시비", "source": "municipal", "amounts_krw": [300, 300]},
    ]
    assert null_against_budget(_cols(2), rows, _budget(national=300, municipal=700), 1) == []
    assert [r["amounts_krw"] for r in rows] == [[100, 300], [300, 300]]


def test_rows_dealt_across_are_nulled_with_a_finding() -> None:
    rows = [
        {"label": "국비", "source": "national", "amounts_krw": [100, 200]},
        {"label": "도비", "source": "provincial", "amounts_krw": [300, 400]},
    ]
    said = null_against_budget(_cols(2), rows, _budget(national=400, provincial=600), 1)
    assert [f["code"] for f in said] == ["extract.table_unrecovered"]
    assert said[0]["observed"] == {"rows": ["국비", "도비"]}
    assert [r["amounts_krw"] for r in rows] == [[None, None], [None, None]]


# --- 4. a watermark copy crossing a table printed a cell a line ---

MARK = [
    "용",
    "토",
    "검 오후",
    "부 4.",
    "내",
    ".",
    "·",
    "5",
    "리 20.",
    "관 0",
    "약",
    "공 력2",
    "군",
    "개 관출",
    "안 당",
    "담",
    "산",
    "예",
    "획",
    "기",
]


def _read(pages: list[list[str]]) -> list[str]:
    lines = split_lines("\f".join("\n".join(p) for p in pages))
    return [ln.text.strip() for ln in glyphs.recurring_glyphs(lines) if not ln.blank]


def test_a_tables_figures_between_a_copys_glyph_lines_are_kept() -> None:
    """Review a's glyph_cells: ``5`` and ``20`` dropped before (matched to, or broken apart from, the copy's
    ``5`` / ``리 20.``)."""
    one = ["■ 4) 군민 소통 실적", *MARK[:7], "횟수", "25", "5", "20", *MARK[7:], "■ 5) 향후 추진계획"]
    two = ["■ 2) 재원별 투자계획", *MARK, "❍ 주요내용"]
    out = _read([one, two])
    k = out.index("횟수")
    assert out[k + 1 : k + 4] == ["25", "5", "20"]
    assert "■ 2) 재원별 투자계획" in out and "❍ 주요내용" in out and "리 20." not in out


def test_pages_are_compared_with_their_next_pages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """40 pages: 780 page pairs compared before (pages squared), at most 2 a page now."""
    calls = []
    common = glyphs._common

    def counted(a: Any, b: Any) -> Any:
        calls.append(1)
        return common(a, b)

    monkeypatch.setattr(glyphs, "_common", counted)
    pages = [[f"본문 {p}쪽", *MARK, *(str(k) for k in range(300))] for p in range(40)]
    glyphs.recurring_glyph_runs(pages)
    assert len(calls) <= 2 * 40


@pytest.mark.parametrize("seed", [95004, 95006, 95008])
def test_angae_pdftotext_watermark_letters_are_dropped(tmp_path: Path, seed: int) -> None:
    """The part the watermark reader changed on the cards whose score barely moved (0.462 -> 0.468, 0.647 -> 0.648,
    0.560 -> 0.562: no floor tells them apart): the dump's lone letter lines, 20 or more, are gone but a few."""
    src, _exp = family_card(tmp_path, "angae-county", seed, "pdf")
    out = tmp_path / f"angae-{seed}.txt"
    pdftotext_dump(src, out)
    lines = split_lines(out.read_text(encoding="utf-8"))

    def lone(ls: list) -> int:
        return sum(1 for ln in ls if len(ln.text.strip()) == 1 and ln.text.strip().isalpha())

    assert lone(lines) >= 20
    assert lone(glyphs.recurring_glyphs(lines)) <= 4


# --- 5. goal lines ---


def test_a_bracketed_word_the_vocabulary_does_not_know_is_no_status() -> None:
    assert bare_labelled("- 2024년 : 목표 10개소 / 실적 11개소 (누계)") == (
        "2024년 : 목표치: 10개소 / 실적: 11개소 (누계)",
        None,
    )
    assert bare_labelled("- 2024년 : 목표 10개소 / 실적 11개소 (달성)")[1] == "달성"
    assert bare_labelled("- 2024년 : 목표 10개소 / 실적 11개소 (추진중)")[1] == "추진중"


def test_an_actual_on_its_own_bullet_line_without_a_digit_is_kept() -> None:
    (g,) = goal_lines(["○ 2024년 목표: 주민 참여 확대", "  - 실적: 참여단 운영 (추진중)"]) or []
    assert (g.year, g.actual, g.status) == (2024, "참여단 운영", "추진중")
