"""The two template families designed blind (samples/families.py: ``chorong-city``,
``haram-district``) and the structures they brought in, read on real files and on small grids:

- funding tables printing two figures a period (years over 계획 | 확보 sub-columns, a 계획 row and
  an 집행 row under each source): only the plan figures are read, whatever the layout;
- a 관리번호 printed as separate 분야 | 순번 cells;
- header labels a narrow cell broke over two lines (``담 당`` / ``부 서``);
- outreach told as bulleted sentences (``주민설명회 3회(참석 120명), 전문가 자문 2회 개최``).
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.funding_grid import interpret_grid
from pledgecard.extract.sections.funding_line_grid import grid_from_lines
from pledgecard.extract.sections.funding_pairs import plan_figures
from pledgecard.extract.sections.header import read_header
from pledgecard.extract.sections.outreach import extract_outreach
from pledgecard.scoring import load_records
from samples.families import BY_NAME, family_records, family_seeds
from samples.layout import outreach_sentences

REPO = Path(__file__).resolve().parents[1]
FAMILY_DIR = REPO / "samples" / "families"


def _line(text: str, marker: str | None = None) -> Line:
    return Line(text=text, marker=marker, indent=0, source=Source())


def _is_amount(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell) or cell.strip() == "-"


# ------------------------------------------------------------------------------ funding pairs


SUB_COLUMNS = [
    ["구분", "총사업비", "총사업비", "2024년", "2024년", "2025년", "2025년"],
    ["구분", "계획", "확보", "계획", "확보", "계획", "확보"],
    ["계", "300", "120", "100", "100", "200", "20"],
    ["국비", "100", "40", "40", "40", "60", "-"],
    ["시비", "200", "80", "60", "60", "140", "20"],
]


def test_sub_columns_keep_the_plan_figures_only() -> None:
    grid, rows, cols = plan_figures(SUB_COLUMNS, _is_amount)
    assert rows == [0, 2, 3, 4] and cols == [0, 1, 3, 5]
    columns, out = interpret_grid(grid, 10**6)
    assert [(c["kind"], c["year"]) for c in columns] == [("total", None), ("year", 2024), ("year", 2025)]
    assert [r["amounts_krw"] for r in out] == [
        [300 * 10**6, 100 * 10**6, 200 * 10**6],
        [100 * 10**6, 40 * 10**6, 60 * 10**6],
        [200 * 10**6, 60 * 10**6, 140 * 10**6],
    ]


def test_row_pairs_keep_the_plan_rows_only() -> None:
    grid = [
        ["구 분", "구 분", "총사업비", "2024년", "2025년"],
        ["계", "계획", "30.0", "10.0", "20.0"],
        ["계", "집행", "12.0", "10.0", "2.0"],
        ["국 비", "계획", "10.5", "4.0", "6.5"],
        ["국 비", "집행", "4.0", "4.0", "-"],
        ["구 비", "계획", "19.5", "6.0", "13.5"],
        ["구 비", "집행", "8.0", "6.0", "2.0"],
    ]
    kept, rows, _ = plan_figures(grid, _is_amount)
    assert rows == [0, 1, 3, 5]
    _, out = interpret_grid(kept, 10**8)
    assert [(r["source"], r["amounts_krw"]) for r in out] == [
        ("total", [3_000_000_000, 1_000_000_000, 2_000_000_000]),
        ("national", [1_050_000_000, 400_000_000, 650_000_000]),
        ("district", [1_950_000_000, 600_000_000, 1_350_000_000]),
    ]


def test_a_head_of_actual_and_plan_years_is_no_pair_of_sub_columns() -> None:
    """실적 over the past years and 계획 over the later ones name periods, not two figures of one."""
    grid = [
        ["구분", "총사업비", "집행", "집행", "계획", "계획"],
        ["구분", "총사업비", "2023년", "2024년", "2025년", "2026년"],
        ["계", "100", "10", "20", "30", "40"],
    ]
    assert plan_figures(grid, _is_amount)[0] == grid


def test_text_dump_rows_keep_the_plan_figures() -> None:
    lines = [
        _line(t)
        for t in (
            "구  분 총사업비 2024년 2025년",
            "계 계획 30.0 10.0 20.0",
            "집행 12.0 10.0 2.0",
            "국  비 계획 10.5 4.0 6.5",
            "집행 4.0 4.0 -",
        )
    ]
    _, out = interpret_grid(grid_from_lines(lines), 10**8)
    assert [r["amounts_krw"] for r in out] == [
        [3_000_000_000, 1_000_000_000, 2_000_000_000],
        [1_050_000_000, 400_000_000, 650_000_000],
    ]
    flat = [
        _line(t)
        for t in (
            "총사업비 2024년",
            "구분",
            "계획 확보 계획 확보",
            "계 300백만원 120백만원 100백만원 100백만원",
        )
    ]
    columns, out = interpret_grid(grid_from_lines(flat), 10**6)
    assert [c["kind"] for c in columns] == ["total", "year"] and out[0]["amounts_krw"] == [
        300 * 10**6,
        100 * 10**6,
    ]


# ------------------------------------------------------------------------------ header


def test_number_cells_and_labels_broken_over_lines() -> None:
    header, _, _ = read_header(
        [
            _line("분 야 6 순 번 32 추 진"),
            _line("상 황 미착수"),
            _line("담 당"),
            _line("부 서 도로교통담당관 담 당 자 장윤성"),
            _line("실 천"),
            _line("목 표 임기 내 추진"),
        ]
    )
    assert (
        header["mgmt_no"],
        header["status"],
        header["lead_dept"],
        header["contact_name"],
        header["target"],
    ) == ("6-32", "미착수", "도로교통담당관", "장윤성", "임기 내 추진")


def test_a_lone_label_line_takes_the_value_opening_the_next_line_of_labels() -> None:
    """pdftotext -raw of a header whose label cells break over two lines: ``담 당`` / ``부 서`` /
    ``도로교통담당관 담 당 자 장윤성``."""
    header, _, rest = read_header(
        [
            _line("담 당"),
            _line("부 서"),
            _line("도로교통담당관 담 당 자 장윤성"),
            _line("협 조"),
            _line("부 서"),
            _line("교통정책과,기획예산과"),
        ]
    )
    assert (header["lead_dept"], header["contact_name"], header["coop_depts"], rest) == (
        "도로교통담당관",
        "장윤성",
        ["교통정책과", "기획예산과"],
        [],
    )


def test_a_title_word_like_a_number_label_is_no_label() -> None:
    header, _, _ = read_header([_line("공 약 명 문화 분야 일자리 창출 관리번호 3-12")])
    assert header["title"] == "문화 분야 일자리 창출" and header["mgmt_no"] == "3-12"


# ------------------------------------------------------------------------------ outreach


def test_outreach_sentences_read_as_printed() -> None:
    fam = BY_NAME["haram-district"]
    shapes = set()
    for seed in range(25001, 25061):
        (rec,) = family_records(fam, seed)
        if rec["outreach"] is None:
            continue
        printed = outreach_sentences(rec, fam.style)
        shapes.add((len(printed), " 등 총 " in printed[-1], any(x["note"] for x in rec["outreach"]["items"])))
        got = extract_outreach([_line(t[2:], t[0]) for t in printed]).value["outreach"]
        assert got == rec["outreach"], printed
    assert {(2, True, True), (1, True, False), (2, False, False)} <= shapes  # every printed shape was read


def test_sentences_without_a_bullet_or_naming_no_channel_are_not_outreach() -> None:
    # since session 38 (handdocs5, outreach_sentences.from_prose) an unbulleted sentence is read where it prints a
    # total its channels' counts sum to, and no word of what is still to come; else nothing
    got = extract_outreach([_line("주민설명회 3회, 언론보도 2회 등 총 5회")]).value["outreach"]
    assert got is not None and got["total"] == 5 and [x["count"] for x in got["items"]] == [3, 2]
    assert extract_outreach([_line("주민설명회 3회, 언론보도 2회 등 총 6회")]).value["outreach"] is None
    assert (
        extract_outreach([_line("주민설명회 3회, 내년 언론보도 2회 등 총 5회 예정")]).value["outreach"]
        is None
    )
    assert extract_outreach([_line("체험행사 3회 등 총 3회", "◦")]).value["outreach"] is None


# ------------------------------------------------------------------------------ the files


def test_the_blind_families_print_their_features() -> None:
    for path in sorted((FAMILY_DIR / "chorong-city").glob("*-pdf.pdf")):
        (rec,) = load_records(path.with_name(path.stem + ".expected.json"))
        with pdfplumber.open(path) as pdf:
            pages = pdf.pages
            assert len(pages) == 5 == rec["source"]["page_end"]
            assert [p.width > p.height for p in pages] == [False, True, False, False, False]
            assert len(pages[2].images) == 3 and "▲" in pages[2].extract_text()
            funding_page = pages[1].extract_text().replace(" ", "")
            assert "백만원" in funding_page and "단위" not in funding_page and "계획확보" in funding_page
            assert "분야" in pages[0].extract_text().replace(" ", "")
    for path in sorted((FAMILY_DIR / "haram-district").glob("*-txt.txt")):
        text = path.read_text(encoding="utf-8")
        (rec,) = load_records(path.with_name(path.stem + ".expected.json"))
        assert "(단위: 억원, %)" in text and text.count("\n※ ") >= 2
        assert "집행" in text and "." in rec["overview"]["budget"]["raw"]
        assert all(f"{x['label']} {x['count']}회" in text for x in rec["outreach"]["items"])


def test_the_blind_families_read_without_a_wrong_figure() -> None:
    from conftest import committed_records, shared_tools

    _, wf = shared_tools()
    wrong = []
    for name in ("chorong-city", "haram-district"):
        for path in sorted(p for p in (FAMILY_DIR / name).iterdir() if not p.name.endswith(".json")):
            for exp, got in zip(
                load_records(path.with_name(path.stem + ".expected.json")),
                committed_records(path),
                strict=True,
            ):
                wrong += [
                    (path.name, n, e, g) for _, n, e, g in wf.figures(exp, got) if g is not None and g != e
                ]
    assert wrong == []
    assert family_seeds(BY_NAME["chorong-city"]) and family_seeds(BY_NAME["haram-district"])


def test_an_outreach_grid_whose_columns_do_not_line_up_gives_no_counts() -> None:
    """A layout dump put two channels' labels in one header cell (a two-line 간담회, 공청회 / 등 label
    centred over another's column) and a count under an empty header cell: the counts were dealt
    to the wrong channels (maru-county 19041). The channels and the total stay; no count is read."""
    from pledgecard.extract.sections.outreach import from_grid

    got = from_grid(
        [
            ["계", "기타", "민간전문가 자문", "", "언론·방송", "간담회, 공청회 만족도 조사 등"],
            ["5회", "-", "3", "-", "1", "1(채용박람회)"],
        ]
    )
    assert got is not None and got["total"] == 5
    assert [(i["category"], i["count"]) for i in got["items"]] == [
        ("other", None),
        ("experts", None),
        ("media", None),
        ("meetings", None),
        ("survey", None),
    ]
    aligned = from_grid([["계", "기타", "민간전문가 자문", "언론·방송"], ["4회", "-", "3", "1"]])
    assert aligned is not None and [i["count"] for i in aligned["items"]] == [0, 3, 1]
