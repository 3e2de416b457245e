"""Session 33's text-dump classes (helper header), each on real cards made from a committed sample:

- a plans table whose head prints two contents, the works done and those planned (``추진시기 | 추진실적 | 추진계획``),
  printed one cell a line (a Markdown pipe table, a pdftotext dump): each row's 실적 cell was read as the plan and
  its 계획 cell as a plan of its own with no date; the section's own content cell is the item, the other none
  (item_heads.own_content_pick, as a reader's table already did: item_columns with the section);
- a running page header printing a card's title words (a booklet's ``{kind}`` atop every page, its cover, contents,
  summary and divider pages too) was spared as a card's start: the summary table's words went into the first card's
  header (status ``총괄 …``) and a divider's field name into the card before it. It is furniture where it never
  stands over the card's header fields itself and stands over a title line that does on one page at least
  (text_running_headers); a card's own title printed atop every page (over its header fields on its first) stays;
- a cover memo before a card printing no title line: the memo's sender block after its ``붙임 … 끝.`` line
  (``전화번호 … / 담당자 …``) was read as the card's header lines above its 공약명 (the card's 담당자 and 연락처 lost to
  the memo's): a header prints each field once, so a line naming a field the card's header prints again is none of
  it (header_lines_above); the memo's subject line (``제목  … 공약사업 관리카드 제출``) started the card, the memo's
  body in its header: a title line followed by the memo's attachment line before any line naming the pledge is
  the memo's (card_split._memo_subject; the attachment line even where a reader joined it to the sentence above);
- a ``-`` item set in under a ``-`` item (narae-district-4-1, a web board's Markdown list) was read as its sibling:
  one level deeper, but only in a section whose margins show no drift of their own (achievement_set_in.steady_margins:
  session 32's rule with no such check took 18 ragged pdftotext -layout dumps down).
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from pledgecard.extract.cover_memo import ends_with_cover_memo
from pledgecard.extract.item_heads import own_content_pick
from pledgecard.extract.readers.text_lines import split_lines
from pledgecard.extract.readers.text_running_headers import opens_with_label, running_header_lines
from pledgecard.extract.sections.achievement_set_in import steady_margins
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

from conftest import pdftotext_dump, shared_score, wrong_figures_of

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "gyeongbuk-VII-10-2023Q2"

ROWS = [
    ("2024. 1.", "기본계획 수립 완료", "공약사항 정비 및 이행계획 보완"),
    ("2024. 2.", "캠핑장 시범 운영", "캠핑장 운영 활성화 방안 마련"),
    ("2025. 상반기", "관광 수요 조사", "문화관광 추진계획 수립 및 예산 확보"),
]
HEAD = ("추진시기", "추진실적", "추진계획")


def _with_plans(body: list[str]) -> str:
    """The committed sample with its plans section's lines replaced by ``body``."""
    lines = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if "향후 추진계획" in ln)
    j = next(k for k, ln in enumerate(lines) if k > i and "기대효과" in ln)
    return "\n".join(lines[: i + 1] + ["", *body, ""] + lines[j:])


def _plans_expected() -> dict:
    """The sample's expected record with the table's plans (each row's 계획 cell, dated by its 추진시기 cell)."""
    exp = copy.deepcopy(load_records(SAMPLE.with_suffix(".expected.json"))[0])
    dates = [
        {
            "raw": "2024. 1.",
            "label": "2024-01",
            "start": "2024-01-01",
            "end": "2024-01-31",
            "precision": "month",
        },
        {
            "raw": "2024. 2.",
            "label": "2024-02",
            "start": "2024-02-01",
            "end": "2024-02-29",
            "precision": "month",
        },
        {
            "raw": "2025. 상반기",
            "label": "2025-H1",
            "start": "2025-01-01",
            "end": "2025-06-30",
            "precision": "half",
        },
    ]
    exp["plans"] = [{"text": r[2], "date": d} for r, d in zip(ROWS, dates, strict=True)]
    return exp


@pytest.mark.parametrize(
    ("head", "section", "pick"),
    [
        (["추진시기", "추진실적", "추진계획"], "plans", 1),
        (["추진시기", "추진실적", "추진계획"], "achievements", 0),
        (["추진시기", "추진계획", "추진실적"], "plans", 0),
        (["추진시기", "추진실적", "추진계획"], None, 0),  # no section told: the first, as item_columns
        (["추진일자", "추진내용", "비고"], "plans", None),  # one content
        (["추진일자", "추진내용"], "plans", None),
    ],
)
def test_own_content_pick_of_a_two_contents_head(
    head: list[str], section: str | None, pick: int | None
) -> None:
    assert own_content_pick(head, section) == pick


@pytest.mark.parametrize("shape", ["cells", "pipes"])
def test_plans_table_with_both_heads_reads_the_plans(shape: str, tmp_path: Path) -> None:
    if shape == "cells":  # one cell a line, as pdftotext prints a table
        body = [*HEAD, *[c for r in ROWS for c in r]]
    else:  # a Markdown pipe table
        body = ["| " + " | ".join(HEAD) + " |", "|---|---|---|", *("| " + " | ".join(r) + " |" for r in ROWS)]
    path = tmp_path / f"plans-{shape}.txt"
    path.write_text(_with_plans(body), encoding="utf-8")
    got = process_file(path).records[0]
    assert [p["text"] for p in got["plans"]] == [r[2] for r in ROWS]
    assert [p["date"]["raw"] for p in got["plans"]] == [r[0] for r in ROWS]
    exp = _plans_expected()
    assert wrong_figures_of(exp, got) == []
    assert shared_score(exp, got) == pytest.approx(1.0)


# ------------------------------------------------------------------------------ running headers of title words

KIND = "별빛군 민선8기 군수 공약사업 관리카드"
HEADER = "공약명      청년 창업 지원      관리번호    1-2"


def _dropped(pages: list[list[str]]) -> list[str]:
    lines = split_lines("\f".join("\n".join(p) + "\n" for p in pages))
    return [lines[k].text.strip() for k in sorted(running_header_lines(lines, lambda _t: False))]


def test_a_running_header_over_the_cards_own_title_is_furniture() -> None:
    pages = [
        [" " * 60 + KIND, "", "목차", "1-2 청년 창업 지원 ···· 3"],
        [" " * 60 + KIND, "", " " * 20 + KIND, HEADER, "담당부서    일자리과"],
        [" " * 60 + KIND, "◦ 창업 공간 조성 : 2024. 3."],
    ]
    assert _dropped(pages) == [KIND] * 3  # every page-opening line; the title under it stays


def test_a_cards_own_title_atop_every_page_stays() -> None:
    pages = [
        [" " * 20 + KIND, HEADER, "담당부서    일자리과"],
        [" " * 20 + KIND, "◦ 창업 공간 조성 : 2024. 3."],
        [" " * 20 + KIND, "◦ 창업 교육 운영 : 2024. 6."],
    ]
    assert _dropped(pages) == []


def test_a_header_on_one_page_only_or_no_form_feeds_is_none() -> None:
    assert _dropped([[KIND, "", KIND, HEADER]]) == []
    assert _dropped([[KIND, "", KIND, HEADER], ["◦ 창업 공간 조성"]]) == []


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        (HEADER, True),
        ("│ 공약명 │ 청년 창업 지원 │", True),
        ("연도     주요사업     목표     실적     추진상황     추진내용", False),  # a goal table's head
        (KIND, False),
    ],
)
def test_header_fields_open_with_a_label(text: str, opens: bool) -> None:
    assert opens_with_label(text) is opens


def _layout_read(tmp_path: Path, family: str, seed: int, **style: object) -> tuple[list[dict], list[dict]]:
    from dataclasses import replace

    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME[family]
    pdf = write_file(
        tmp_path, f"{family}-{seed}", "pdf", family_records(fam, seed), replace(fam.style, **style)
    )
    dump = tmp_path / f"{pdf.stem}-layout.txt"
    pdftotext_dump(pdf, dump, "-layout")
    return load_records(pdf.with_name(pdf.stem + ".expected.json")), extract_file(dump)


def test_a_booklets_running_header_printing_the_card_kind_reads_every_card(tmp_path: Path) -> None:
    """dalbit-county's booklet (cover, contents, 총괄 and divider pages) with a running header of the cards' kind (an
    unseen seed): 0.989 / 0.997 / 1.000 before (the 총괄 table's label read as the first card's status, a divider's
    field name as the second card's effect)."""
    exps, recs = _layout_read(tmp_path, "dalbit-county", 4, running_header=True, running_text="{kind}")
    assert len(recs) == len(exps) == 3
    for exp, rec in zip(exps, recs, strict=True):
        assert wrong_figures_of(exp, rec) == []
        assert shared_score(exp, rec) == pytest.approx(1.0)
        assert rec["header"]["kind"] == exp["header"]["kind"]


def test_a_cards_own_title_atop_every_page_keeps_its_card(tmp_path: Path) -> None:
    """A one-card dump printing the card's own title line atop each of its pages (form feeds): the card is read as
    it is without those repeats (its title kept, no card lost)."""
    from pledgecard import extract_file

    src = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    title = next(ln for ln in src if ln.strip())
    cut = [k for k, ln in enumerate(src) if ln.lstrip().startswith("\ufffd")][
        2:4
    ]  # two pages after the first
    paged = src[: cut[0]] + ["\f" + title, ""] + src[cut[0] : cut[1]] + ["\f" + title, ""] + src[cut[1] :]
    plain, repeated = tmp_path / "plain.txt", tmp_path / "repeated.txt"
    plain.write_text("\n".join(src), encoding="utf-8")
    repeated.write_text("\n".join(paged), encoding="utf-8")
    exp = load_records(SAMPLE.with_suffix(".expected.json"))[0]
    [base], recs = extract_file(plain), extract_file(repeated)
    assert len(recs) == 1
    assert recs[0]["header"] == base["header"]
    assert wrong_figures_of(exp, recs[0]) == []
    assert shared_score(exp, recs[0]) == pytest.approx(shared_score(exp, base))


# ------------------------------------------------------------------------------ cover memos before untitled cards

MEMOS = Path(__file__).resolve().parent / "fixtures" / "furniture_33"


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("붙임  청년농업 창업 지원 확대 공약사업 관리카드 1부.  끝.", True),
        ("2. 붙임과 같이 제출합니다. 붙임 청년농업 창업 지원 확대 공약사업 관리카드 1부. 끝.", True),
        ("2. 위 호와 관련하여 붙임과 같이 제출합니다.", False),
        ("◦ 공약사업 관리카드 정비", False),
    ],
)
def test_a_line_ending_with_a_memos_attachment_line(text: str, ends: bool) -> None:
    assert ends_with_cover_memo(text) is ends


@pytest.mark.parametrize("name", ["memo-sender", "memo-subject"])
def test_a_cover_memo_before_an_untitled_card_gives_it_nothing(name: str) -> None:
    """The outhead_32 cover-memo card under an official memo (수신, 제목, body, 붙임 … 끝., the sender's block with
    전화번호 and 담당자); memo-subject's 제목 names the 관리카드. Before: 0.986 / 0.979 (the card's contact from the
    memo's sender block; the memo's subject as the card's kind)."""
    exp = load_records(REPO / "tests" / "fixtures" / "outhead_32" / "cover-memo.expected.json")[0]
    recs = process_file(MEMOS / f"{name}.txt").records
    assert len(recs) == 1
    assert recs[0]["header"]["contact_name"] == exp["header"]["contact_name"]
    assert recs[0]["header"]["contact_phone"] == exp["header"]["contact_phone"]
    assert recs[0]["header"]["kind"] is None  # the memo's subject titles no card
    assert wrong_figures_of(exp, recs[0]) == []
    assert shared_score(exp, recs[0]) == pytest.approx(1.0)


# ------------------------------------------------------------------------------ a - item set in under a - item


@pytest.mark.parametrize(
    ("items", "steady"),
    [
        ([("-", 0), ("-", 2), ("-", 0), ("-", 0)], True),  # narae: one set in under its parent
        ([("○", 0), ("-", 2), ("-", 4), ("-", 2)], True),
        ([("-", 0), ("-", 0), ("-", 0)], False),  # no set-in at all
        ([("-", 4), ("-", 5), ("-", 4), ("-", 6)], False),  # three indents: drift
        ([("○", 0), ("-", 4), ("○", 1), ("-", 5)], False),  # another style drifting: the dump's margins move
        ([("○", 0), ("-", 5), ("○", 0), ("-", 4)], False),  # the larger indent under no item of its glyph
        ([("-", 4), ("-", 4), ("-", 6), ("-", 6)], False),  # the margin moved at a page and stayed: drift
    ],
)
def test_steady_margins(items: list[tuple[str, int]], steady: bool) -> None:
    assert steady_margins(items) is steady


def test_narae_set_in_item_is_the_child_of_the_item_above() -> None:
    """samples/handmade/narae-district-4-1.txt: 0.976 -> 1.000 (its set-in item had been left a sibling)."""
    exp = load_records(REPO / "samples" / "handmade" / "narae-district-4-1.expected.json")[0]
    rec = process_file(REPO / "samples" / "handmade" / "narae-district-4-1.txt").records[0]
    ach = rec["achievements"]
    assert ach[1]["level"] == ach[0]["level"] + 1 and ach[1]["parent"] == 0
    assert wrong_figures_of(exp, rec) == []
    assert shared_score(exp, rec) == pytest.approx(1.0)
