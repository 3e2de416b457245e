"""Text cards in templates other than the seed's: a city card with `label : value` header lines,
numbered section headings, units in 억 원 and 백만원, 도비/시비 rows, the 임기 후 column, semester
dates and a stated list count."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pledgecard import extract_file
from pledgecard.schema import validate_record

from conftest import shared_tools

FIXTURES = Path(__file__).parent / "fixtures" / "cards"


def test_city_layout_variant() -> None:
    [rec] = extract_file(FIXTURES / "city-layout-variant.txt")
    assert validate_record(rec) == []
    h = rec["header"]
    assert h["kind"] == "민선8기 시장 공약사업 관리카드"
    assert (h["title"], h["mgmt_no"], h["lead_dept"], h["contact_name"], h["contact_phone"]) == (
        "청년 창업지원센터 건립 및 운영",
        "경제-3",
        "일자리경제과",
        "이민호",
        "031-940-1234",
    )
    assert h["coop_depts"] == []
    assert (h["status"], h["status_code"]) == ("추진중(부진)", "ongoing_delayed")
    assert rec["as_of"]["label"] == "2025-03-31"
    assert rec["card_id"] == "경제-3@2025-03-31"
    ov = rec["overview"]
    assert ov["period"]["label"] == "2023-01/2026-06"
    assert ov["budget"]["total_krw"] == 4_800_000_000
    assert [(p["source"], p["amount_krw"]) for p in ov["budget"]["parts"]] == [
        ("provincial", 2_000_000_000),
        ("municipal", 2_800_000_000),
    ]
    assert ov["contents"] == ["청년 창업 공간 30실과 공용 작업장 조성, 입주기업 보육 프로그램 운영"]
    assert ov["notes"] == ["입주 대상: 만 39세 이하 예비창업자"]
    f = rec["funding"]
    assert f["unit"] == "백만원"
    assert [c["kind"] for c in f["columns"]] == [
        "total",
        "prior",
        "year",
        "year",
        "year",
        "year",
        "after_term",
    ]
    assert [r["label"] for r in f["rows"]] == ["계", "도비", "시비"]
    assert f["rows"][2]["amounts_krw"] == [
        2_800_000_000,
        0,
        400_000_000,
        1_200_000_000,
        900_000_000,
        300_000_000,
        0,
    ]
    ach = rec["achievements"]
    assert [(a["level"], a["parent"], a["marker"]) for a in ach] == [
        (1, None, "◦"),
        (1, None, "◦"),
        (2, 1, "-"),
        (1, None, "◦"),
        (2, 3, "※"),
        (1, None, "◦"),
        (2, 5, "-"),
    ]
    assert ach[5]["date"]["label"] == "2024-S2/.." and ach[5]["date"]["end"] is None
    assert ach[4]["text"] == "공정률 45%(’25. 3월 기준)" and ach[4]["date"] is None
    assert ach[6]["counts"] == [{"value": 4, "unit": "개", "label": "참여기업"}]
    assert ach[6]["orgs"] == ["하늘소프트", "온누리랩", "다온푸드", "새봄디자인"]
    out = rec["outreach"]
    assert out["total"] == 9 and [i["count"] for i in out["items"]] == [2, 0, 1, 5, 1]
    assert out["items"][0]["note"] == "착공 설명회"
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [
        ("건축공사 준공", "2025-H2"),
        ("센터 개소 및 입주기업 모집", "2026-H1"),
    ]
    assert rec["effects"] == ["청년 창업 생태계 조성으로 지역 정착 유도"]
    assert rec["goals"] == [] and rec["tables"] == []
    # A header field the schema has no place for is kept, not dropped.
    assert rec["unparsed"] == [{"section": None, "text": "공약분야 경제·일자리", "location": "line 8"}]


def test_two_column_layout_dumped_on_lines() -> None:
    """Section labels from a left-hand column land on the same line as the content's first bullet."""
    [rec] = extract_file(FIXTURES / "two-column-dump.txt")
    assert validate_record(rec) == []
    assert rec["card_id"] == "4-7@unknown" and rec["as_of"] is None
    assert rec["header"]["status_code"] == "done" and rec["header"]["contact_name"] == "홍길동"
    assert rec["overview"]["period"]["label"] == "2022-07/2025-12"
    assert rec["overview"]["contents"] == ["청년농 스마트팜 임대형 단지 조성"]
    assert [c["kind"] for c in rec["funding"]["columns"]] == ["total", "year", "year", "year", "year"]
    assert rec["funding"]["rows"][2]["amounts_krw"] == [
        2_100_000_000,
        350_000_000,
        700_000_000,
        700_000_000,
        350_000_000,
    ]
    assert [(a["text"], a["level"], a["parent"], a["date"]["label"]) for a in rec["achievements"]] == [
        ("임대형 스마트팜 단지 준공", 1, None, "2024-10"),
        ("입주 청년농 12명 선발", 2, 0, "2024-11"),
    ]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("2기 입주자 모집", "2025-H1")]
    assert rec["unparsed"] == []


def test_seed_in_another_templates_vocabulary(tmp_path: Path) -> None:
    """The seed with the labels and headings other provinces print: numbered headings, 주관부서,
    이행상황, 연락처, 투자계획, 총 사업비, ○ bullets. The facts must not change."""
    from conftest import SEED_EXPECTED, SEED_TXT, score_with_shared_scorer

    text = SEED_TXT.read_text(encoding="utf-8")
    for a, b in [
        ("추진부서", "주관부서"),
        ("추진상황", "이행상황"),
        ("전화번호", "연락처"),
        ("�   사업개요", "1. 사업 개요"),
        ("�   재원투자 실적 및 계획", "2. 투자계획"),
        ("총사업비 :", "총 사업비 :"),
        ("�   추진실적(성과)", "3. 추진실적"),
        ("�   도민소통 실적", "4. 도민소통 실적"),
        ("�   향후계획", "5. 향후 추진계획"),
        ("<기대효과>", "6. 기대효과"),
        ("◦", "○"),
        ("추진내용", "이행내용"),
    ]:
        assert a in text
        text = text.replace(a, b)
    src = tmp_path / "variant.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "variant.json"
    out.write_text(json.dumps(extract_file(src)[0], ensure_ascii=False), encoding="utf-8")
    assert score_with_shared_scorer(SEED_EXPECTED, out)["score"] == 1.0


# ------------------------------------------------------------------ other converters' text dumps

# Each family's cards as other converters print their tables (samples/render_dump.ROW_FORMS):
# cells one space apart without blank lines between lines, tab-separated, ``a | b`` pipes, two
# spaces, and one cell per line (hwpx-text-extract's form, merged cells once). The floor of each
# (family, form) is the reached fact score over both cards, floored to 0.01; it may only rise.
FORM_FLOORS: dict[str, dict[str, float]] = {
    #                  spaces-tight  tabs  pipes  wide  cells
    "gaon-city": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (0.98, 0.98, 0.98, 0.98, 1.00), strict=True)
    ),
    "hanbit-province": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (0.94, 0.94, 0.94, 0.96, 0.99), strict=True)
    ),
    "solmae-county": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 0.87, 0.99), strict=True)
    ),
    "byeolbit-district": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 0.99, 0.99), strict=True)
    ),
    "nuri-province": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 1.00, 0.99), strict=True)
    ),
    "dasom-district": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 1.00, 0.99), strict=True)
    ),
    "yeoul-county": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 0.98, 0.99), strict=True)
    ),
    "haneul-city": dict(
        zip(("tight", "tabs", "pipes", "wide", "cells"), (1.00, 1.00, 1.00, 1.00, 0.99), strict=True)
    ),
}


@pytest.mark.parametrize("name", sorted(FORM_FLOORS))
def test_family_cards_as_other_converters_print_them(name: str, tmp_path: Path) -> None:
    from samples.families import BY_NAME, family_records, family_seeds
    from samples.render_dump import blocks_text

    sc, wf = shared_tools()
    fam = BY_NAME[name]
    got_scores: dict[str, float] = {}
    wrong: list[str] = []
    for form in FORM_FLOORS[name]:
        tally = sc.Tally()
        for seed in family_seeds(fam):
            recs = family_records(fam, seed)
            rows, tight = ("spaces", True) if form == "tight" else (form, False)
            path = tmp_path / f"{name}-{seed}-{form}.txt"
            path.write_text(
                "\f".join(
                    blocks_text(r, fam.style, seed=k, rows=rows, tight=tight) for k, r in enumerate(recs)
                ),
                encoding="utf-8",
            )
            got = extract_file(path)
            assert len(got) == len(recs), path.name
            for exp, rec in zip(recs, got, strict=True):
                assert validate_record(rec) == []
                sc.score_record(exp, rec, tally)
                wrong += [
                    f"{form} {n}: {e} -> {g}"
                    for _, n, e, g in wf.figures(exp, rec)
                    if g is not None and g != e
                ]
        got_scores[form] = tally.score()
    assert wrong == []  # a figure is right or null
    assert {f: s for f, s in got_scores.items() if s < FORM_FLOORS[name][f]} == {}


def test_tab_and_pipe_rows_are_read_as_one_space_rows_markdown_rows_a_cell_a_line() -> None:
    from pledgecard.extract.readers.text import unseparated

    assert unseparated("구분\t계\t국비\n국비\t1,000\t-") == "구분 계 국비\n국비 1,000 -"
    assert unseparated("구분 | 계 | 국비\n국비 | 1,000 | -") == "구분 계 국비\n국비 1,000 -"
    # a Markdown table (rows framed by pipes): its cells known, one a line, empty ones left out, a cell's
    # <br> lines apart, its escaped pipes plain
    assert (
        unseparated("| 구분 | 계 | 국비 |\n|---|:--:|---:|\n| 국비 | 1,000 | - |")
        == "구분\n계\n국비\n국비\n1,000\n-"
    )
    assert unseparated("| 국비 | - | - |") == "국비\n-\n-"  # a row of dash cells is no rule line
    assert (
        unseparated("| 2021 |  | 단계별 추진 | 관계기관<br>협의 | a \\| b |")
        == "2021\n단계별 추진\n관계기관\n협의\na | b"
    )
    assert unseparated("  ◦ 사업기간 : 2023 | 2024") == "  ◦ 사업기간 : 2023 2024"  # the indent is kept
    plain = "◦ A|B 협약 체결 : '24. 3.\n\t◦ 들여쓴 항목"
    assert unseparated(plain) == plain  # a pipe inside a word, a tab that only indents: untouched


def _header_of(raw: list[str]) -> dict[str, Any]:
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.markers import split_marker
    from pledgecard.extract.sections.header import read_header

    items = []
    for i, text in enumerate(raw, 1):
        marker, body = split_marker(text)
        items.append(Line(text=body, marker=marker, indent=0, source=Source(line_start=i)))
    return read_header(items)[0]


def test_a_header_table_flattened_one_cell_per_line() -> None:
    # labels row over values row: the values in label order, whatever words they hold
    h = _header_of(
        [
            "공약명",
            "관리번호",
            "추진부서",
            "담당자",
            "전화번호",
            "공공돌봄 체계 구축",
            "Ⅵ-27",
            "여성가족과",
            "왕하유",
            "410-9141",
            "협조부서",
            "실천목표",
            "추진상황",
            "기획예산과",
            "임기 내 완료",
            "보류",
        ]
    )
    assert (h["title"], h["mgmt_no"], h["lead_dept"], h["contact_name"], h["contact_phone"]) == (
        "공공돌봄 체계 구축",
        "Ⅵ-27",
        "여성가족과",
        "왕하유",
        "410-9141",
    )
    assert (h["coop_depts"], h["target"], h["status"]) == (["기획예산과"], "임기 내 완료", "보류")
    # label, value, label, value: a name that looks like an office (…소) is still the 담당자's
    h = _header_of(
        [
            "관리번호",
            "5-2-3",
            "담당자",
            "선유소",
            "전화번호",
            "696-3834",
            "협조부서",
            "-",
            "실천목표",
            "중장기 추진",
            "추진상황",
            "부진",
        ]
    )
    assert (h["contact_name"], h["target"], h["status"]) == ("선유소", "중장기 추진", "부진")
    # a labels row over one line of values is still split by the values' kinds
    h = _header_of(["공약명 관리번호 추진부서", "공공돌봄 체계 구축 Ⅵ-27 여성가족과"])
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == ("공공돌봄 체계 구축", "Ⅵ-27", "여성가족과")


def _located(doc: object) -> list[tuple[int, str]]:
    from pledgecard.extract.document import Table

    out = []
    for b in doc.blocks:  # type: ignore[attr-defined]
        parts = [(c.source, c.text) for c in b.cells] if isinstance(b, Table) else [(b.source, b.text)]
        out += [(s.line_start, t) for s, t in parts if s.line_start is not None and t.strip()]
    return out


def test_a_markdown_rows_cells_point_at_the_dumps_own_line(tmp_path: Path) -> None:
    """A Markdown row parted a cell a line and its rule line dropped: what is read from it, and every
    line after it, keeps the dump's own line number (the evidence a reviewer opens)."""
    from pledgecard.extract.readers import text

    dump = "□ 사업개요\n ○ 사업기간 : 2023 ~ 2026\n\n| 구분 | 계 | 국비 |\n|---|:--:|---:|\n| 국비 | 1,000 | - |\n\n□ 추진실적\n ○ 설계 완료\n"
    located = _located(text.read(dump.encode(), path="x.txt"))
    assert [n for n, t in located if t in {"구분", "계"}] == [4, 4]
    assert [n for n, t in located if t == "1,000"] == [6]
    assert [n for n, t in located if t in {"추진실적", "설계 완료"}] == [8, 9]


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).resolve().parents[1] / "samples" / "families").glob("*/ieum-county-*-txt.txt")),
    ids=lambda p: p.name,
)
def test_every_block_of_a_markdown_dump_is_on_its_line(path: Path) -> None:
    from pledgecard.extract.readers import text

    lines = path.read_text(encoding="utf-8").split("\n")
    located = _located(text.read(path.read_bytes(), path=str(path)))
    assert len(located) > 50
    assert [(n, t) for n, t in located if t.split()[0] not in lines[n - 1].replace("\\|", "|")] == []
