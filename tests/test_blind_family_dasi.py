"""The template family designed blind in session 25 (samples/families.py: ``dasi-county``, a 군 card reissued after
a budget change with its corrections marked as a revised document marks them: the superseded figure struck through
(취소선) and kept in place, the figure in force after it in red and underlined) and the structures it brought in:

- a struck run is no content in any reader that can see the strikeout: an HWPX ``hh:charPr`` with a
  ``hh:strikeout`` shape, an HWP 5 char shape's strikeout bits (pyhwp's ``CharShape`` names the old one
  ``underline`` = ``LINE_THROUGH``; bits 18-20 the strikeout proper), a PDF stroke through the middle band of a run
  of glyphs from its first glyph's left edge to its last's right edge (readers/struck.py, readers/pdf_struck.py):
  the run is left out of the blocks and kept in ``Document.struck``;
- a text dump keeps no strikeout: on a card whose legend names one (vocabulary ``[revisions] strike_words``) the
  values printed twice over are null with an ``extract.markup_lost`` finding (extract/superseded.py).

Blind figures (the extractor unchanged, committed 87001-87002): PDF 0.944, HWPX 0.838, HWP 0.838, txt 0.838, 0 wrong
of 284 (the revised funding cells, two figures a cell, unread; the status read with the struck one). After: PDF,
HWPX, HWP 1.000; txt 0.831 (the revised cells and the status null with a finding), 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.cards import extract_card_results
from pledgecard.extract.document import Document, Paragraph, Source
from pledgecard.extract.layout import Line
from pledgecard.extract.readers import read_path
from pledgecard.extract.readers.pdf_struck import strike_through
from pledgecard.extract.readers.struck import hwp_struck, hwpx_struck
from pledgecard.extract.superseded import _pair
from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dasi-county"


def _twice(text: str | None) -> bool:
    """Whether ``text`` prints one value twice (the superseded figure and the one in force: a pair found)."""
    return _pair(text) is not None


def _char(text: str, x0: float, top: float = 100.0, size: float = 10.0) -> dict:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + size * 0.6,
        "top": top,
        "bottom": top + size,
        "upright": True,
        "size": size,
        "fontname": "F",
    }


def _run(text: str, x0: float, top: float = 100.0) -> list[dict]:
    return [_char(ch, x0 + 6.0 * k, top) for k, ch in enumerate(text)]


def _line(x0: float, x1: float, y: float) -> dict:
    return {"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0, "height": 0.0}


def test_a_stroke_through_a_runs_middle_strikes_it_out() -> None:
    old, new = _run("1,200", 100.0), _run("1,350", 140.0)
    kept, runs = strike_through(old + new, [_line(100.0, 130.0, 105.0)], [], page=1)
    assert "".join(c["text"] for c in kept) == "1,350"
    assert [t for t, _ in runs] == ["1,200"] and runs[0][1].page == 1
    # a thin filled rectangle draws the same stroke
    rect = {**_line(100.0, 130.0, 104.6), "object_type": "rect", "bottom": 105.4, "height": 0.8}
    assert "".join(c["text"] for c in strike_through(old + new, [], [rect], page=1)[0]) == "1,350"


def test_an_underline_or_a_rule_through_more_than_a_run_is_no_strikeout() -> None:
    chars = _run("1,200", 100.0) + _run("1,350", 140.0)
    for stroke in (
        _line(100.0, 130.0, 110.5),  # under the glyphs: an underline
        _line(100.0, 130.0, 99.5),  # over them: a rule above the row
        _line(60.0, 250.0, 105.0),  # through their middle but past both ends: a rule, not a run's
        _line(100.0, 121.5, 105.0),
    ):  # ending amid a glyph
        kept, runs = strike_through(chars, [stroke], [], page=1)
        assert len(kept) == len(chars) and not runs, stroke


def test_the_formats_strikeout_attributes() -> None:
    assert hwp_struck(0x40008)  # bits 18-20 and the old centre line (underline kind 2)
    assert hwp_struck(1 << 18) and hwp_struck(2 << 2)
    assert not hwp_struck(0x4) and not hwp_struck(0)  # an underline (kind 1), nothing
    assert hwpx_struck("SOLID") and hwpx_struck("DASH")
    assert not hwpx_struck("NONE") and not hwpx_struck(None)
    # Hancom's stand-ins for no strikeout: "3D" in HWPX, strike shape 15 in HWP 5 (written on ordinary styles)
    assert not hwpx_struck("3D") and not hwp_struck((1 << 18) | (15 << 26))
    assert hwp_struck((1 << 18) | (1 << 26))


def test_a_real_hancom_file_writing_3d_strikeouts_loses_no_text() -> None:
    """A ministry's press release (shared corpus) whose body styles carry ``<hh:strikeout shape="3D">``: before,
    78 runs (the ministry's name, 보도자료 ...) were taken for struck and left out."""
    path = (
        Path(__file__).resolve().parents[1].parent
        / "shared"
        / "corpus"
        / "public-hwp"
        / "hwpxlib__mcst-press-release.hwpx"
    )
    doc = read_path(path)
    assert doc.struck == [] and "문화체육관광부" in [c.text for t in doc.tables() for c in t.cells]


def test_every_reader_that_sees_a_strikeout_leaves_the_struck_runs_out() -> None:
    for fmt in ("hwpx", "hwp", "pdf"):
        doc = read_path(FAMILY / f"dasi-county-87001-{fmt}.{fmt}")
        struck = [t.strip() for t, _ in doc.struck]
        assert "580,687" in struck and "추진중" in struck, (fmt, struck)
        assert any("struck through" in n for n in doc.notes)
        cells = [c.text for t in doc.tables() for c in t.cells]
        assert "762,161" in cells and not any("580,687" in c for c in cells), fmt
    assert not read_path(FAMILY / "dasi-county-87001-txt.txt").struck  # a dump has no strikeout to see


def _dump_card(lines: list[str]) -> list[dict]:
    blocks = [Paragraph(t, source=Source(line_start=k + 1, line_end=k + 1)) for k, t in enumerate(lines)]
    [card] = extract_card_results(Document(blocks=blocks, format="txt", sha256="c" * 64))
    return [card.record, card.findings]  # type: ignore[list-item]


HEAD = [
    "다시군 민선8기 군수 공약사업 관리카드(수정)",
    "공약명 청년 창업 지원 관리번호 1-36",
    "주관부서 일자리과 담당자 홍길동",
    "추진상태 추진중 일부추진",
]


def test_a_dump_of_a_card_naming_its_strikeout_leaves_values_printed_twice_null() -> None:
    record, findings = _dump_card([*HEAD, "※ 취소선은 당초 계획, 붉은 글씨는 변경 내용"])
    assert record["header"]["status"] is None and record["header"]["status_code"] is None
    [f] = [f for f in findings if f["code"] == "extract.markup_lost"]
    assert (
        "header.status" in f["message"]
        and f["location"] == "header.status"
        and f["source_location"] == "line 5"
    )
    # the same lines with no legend naming a strikeout: nothing says which is struck, but two different statuses
    # side by side are no one status all the same (extract.status_twice, session 26's crossbred 3712): null, the
    # finding on the status's line naming both; the goals and figures, nothing says are printed twice, as read
    record, findings = _dump_card(HEAD)
    assert record["header"]["status"] is None
    [f] = [f for f in findings if f["code"] == "extract.markup_lost"]
    assert (f["location"], f["source_location"]) == ("header.status", "line 4") and "추진중 / 일부추진" in f[
        "message"
    ]
    record, findings = _dump_card([*HEAD[:3], "추진상태 추진중"])
    assert record["header"]["status"] == "추진중" and not [
        f for f in findings if f["code"] == "extract.markup_lost"
    ]


def test_a_strikeout_lost_finding_says_which_two_values_it_saw() -> None:
    """The finding names each value left null and the two values seen side by side (observed: field and values), so
    a reviewer can tell the one in force from the card."""
    from pledgecard.extract.superseded import settle

    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=9, line_end=9))
    record = {"goals": [{"project": "a", "year": 2024, "target": "60% 80%", "target_value": 80.0}]}
    header = {"status": "추진중 일부추진", "status_code": "ongoing"}
    status, goal = settle(record, header, [legend], "txt")  # one finding a record path left null
    assert (status["location"], goal["location"]) == ("header.status", "goals[0].target_value")
    assert status["source_location"] == goal["source_location"] == "line 9"  # the legend's line
    assert status["observed"] == [{"field": "header.status", "values": ["추진중", "일부추진"]}]
    assert goal["observed"] == [{"field": "goal 'a' 2024 target", "values": ["60%", "80%"]}]
    assert "추진중 / 일부추진" in status["message"] and "60% / 80%" in goal["message"]
    funding, [finding] = _funding(["계", "300", "500", "450", "1,250", "도비", "100", "200", "250", "600"])
    [row] = [x for x in finding["observed"] if x["field"] == "funding row 도비"]
    assert row["values"] == [100_000, 200_000, 250_000, 600_000]  # the row's figures as read, none proven


def test_a_status_of_two_status_words_is_told_from_one_status() -> None:
    """Two whole status words (the superseded and the one in force) are a status printed twice; one status with
    its reason in brackets (``추진중(지연)``) or one word is one status (review: substrings had counted two)."""
    from pledgecard.extract.status_parts import statuses
    from pledgecard.extract.vocabulary import current

    v = current()
    assert statuses("추진중 정상추진", v) == ["추진중", "정상추진"]
    assert statuses("일부추진 → 정상추진", v) == ["일부추진", "정상추진"]
    assert len(statuses("추진중(지연)", v)) < 2 and statuses("정상추진", v) == ["정상추진"]


def test_a_figure_printed_twice_is_told_from_one_figure() -> None:
    assert _twice("120호 150호 공급") and _twice("60% 80%")
    assert not _twice("150호 공급") and not _twice("2개소 150호") and not _twice(None)


def test_a_breakdown_of_figures_of_one_unit_is_no_figure_printed_twice() -> None:
    """Two figures of one unit count as printed twice only side by side, nothing joining them (spaces, brackets, an
    arrow or a revision word at most); a breakdown by year or stage, or a list, joins them (review: any two of one
    unit had nulled a yearly breakdown)."""
    assert _twice("120호 150호") and _twice("60%→80%") and _twice("80% (당초 60%)") and _twice("1,200 1,350")
    for breakdown in (
        "2024년 30%, 2025년 50%",
        "1단계 2개소 / 2단계 3개소",
        "2024년 30% 2025년 50%",
        "30%, 50%",
        "10개소(2024년 5개소)",
        "상반기 2개소 하반기 3개소",
    ):
        assert not _twice(breakdown), breakdown


def test_a_figure_printed_twice_with_its_words_repeated_is_a_revision_pair() -> None:
    """Two figures of one unit each printed with the same words around it, apart from the figure, are one value
    printed twice (the struck one and the one in force, its word repeated); different labels before each (years,
    stages, places) make a breakdown (review: only side-by-side figures had counted, so ``60%달성 80%달성`` let the
    struck figure through)."""
    from pledgecard.extract.superseded import _pair

    for twice, pair in (
        ("60%달성 80%달성", ("60%", "80%")),
        ("3개소 조성 5개소 조성", ("3개소", "5개소")),
        ("60%달성 → 80%달성", ("60%", "80%")),
        ("80%달성 (당초 60%달성)", ("80%", "60%")),
        ("연 3회 연 5회", ("3회", "5회")),
        ("3개소 조성 5개소 조성 완료", ("3개소", "5개소")),
    ):
        assert _pair(twice) == pair, twice
    for breakdown in (
        "1단계 2개소 조성 2단계 3개소 조성",
        "2024년 30%달성 2025년 50%달성",
        "동부 3개소 서부 5개소",
        "2개소 조성, 3개소 조성",
        "2개소 조성 3개소",
        "총 5개소 중 2개소 조성",
    ):
        assert not _twice(breakdown), breakdown


def test_the_units_of_a_figure_printed_twice_are_the_vocabularys() -> None:
    """A figure's unit is one of the vocabulary's count units: a word it lacks (척) is no unit, a user's adding it
    makes one."""
    import copy

    from pledgecard.extract.vocabulary import Vocabulary, builtin, use_vocabulary

    assert not _twice("3척 5척")
    data = copy.deepcopy(builtin().data)
    data["counts"]["units"].append("척")
    with use_vocabulary(Vocabulary(data)):
        assert _twice("3척 5척") and not _twice("2024년 3척, 2025년 5척")


def test_a_goal_broken_down_by_year_on_a_card_naming_its_strikeout_is_read() -> None:
    """A dump of a card with a strikeout legend: a goal value struck and in force side by side is left null, a
    yearly breakdown of one unit is read."""
    from pledgecard.extract.superseded import settle

    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=9, line_end=9))
    record = {
        "goals": [
            {"project": "a", "year": 2024, "target": "60% 80%", "target_value": 80.0},
            {"project": "b", "year": 2024, "target": "2024년 30%, 2025년 50%", "target_value": 50.0},
        ]
    }
    [finding] = settle(record, {}, [legend], "txt")
    assert record["goals"][0]["target_value"] is None and record["goals"][1]["target_value"] == 50.0
    assert "'a'" in finding["message"] and "'b'" not in finding["message"]


def test_the_family_reads_whole_where_the_format_shows_the_strikeout() -> None:
    for path, exp, got in family_cards(FAMILY, "dasi-county-*-*.*"):
        assert len(got) == len(exp), path.name
        if path.suffix == ".txt":
            continue
        for e, g in zip(exp, got, strict=True):
            assert score_record(e, g).score() >= 0.999, path.name


def test_no_dump_figure_is_a_superseded_one() -> None:
    """In the dump every funding cell is the figure in force or null, never the struck one."""
    for path, exp, got in family_cards(FAMILY, "dasi-county-*-txt.txt"):
        for e, g in zip(exp, got, strict=True):
            rows = (g.get("funding") or {}).get("rows") or []
            for er, gr in zip(e["funding"]["rows"], rows, strict=False):
                for a, b in zip(er["amounts_krw"], gr["amounts_krw"], strict=True):
                    assert b is None or a == b, (path.name, er["label"])
            assert g["header"]["status"] in (None, e["header"]["status"])


FUNDING = [
    "◈ Ⅱ. 연차별 재원 투자계획(수정)",
    "(단위: 천원)",
    "구분 연도별 투자 실적 및 계획 계 비고",
    "2022년 2023년 2024년",
]


def _funding(cells: list[str], legend: bool = True) -> tuple[dict, list[dict]]:
    lines = [*HEAD, *FUNDING, *cells, *(["※ 취소선은 당초 계획, 붉은 글씨는 변경 내용"] if legend else [])]
    record, findings = _dump_card(lines)
    lost = [f for f in findings if f["code"] == "extract.markup_lost"]
    # one finding a record path left null, all at the legend's line: the status (HEAD prints two) and the funding
    assert [f["location"] for f in lost if f["location"] != "funding"] == ["header.status"]
    assert {f["source_location"] for f in lost} == {f"line {len(lines)}"} if legend else lost == []
    return record["funding"], [f for f in lost if f["location"] == "funding"]  # type: ignore[return-value]


def test_a_funding_table_a_dump_printed_a_cell_a_line_with_cells_printed_twice_is_read_where_proven() -> None:
    """dasi-county 87002 txt (the funding null before): a table a cell a line whose rows print a revised cell's
    struck and in-force figures side by side, more figures than columns, so no stream of cells fits. Its rows
    gathered from the cells: the head and the rows' labels read, a row fitting the columns whose sums prove it
    read, a row of more figures than columns null, with the finding."""
    doubled = [
        "계",
        "300",
        "500",
        "450",
        "1,250",
        "1,200",
        "도비",
        "100",
        "200",
        "250",
        "550",
        "군비",
        "200",
        "300",
        "200",
        "750",
        "650",
        "'24 1회 추경 반영",
    ]
    funding, [finding] = _funding(doubled)
    assert [c["label"] for c in funding["columns"]] == ["2022", "2023", "2024", "계"]
    rows = {r["label"]: r["amounts_krw"] for r in funding["rows"]}
    assert rows["도비"] == [
        100_000,
        200_000,
        250_000,
        550_000,
    ]  # four figures, four columns, summing to its total
    assert (
        rows["계"] == rows["군비"] == [None] * 4
    )  # six figures for four columns: which is struck is not printed
    assert "funding cells left null" in finding["message"]
    # a row printing as many figures as the columns that no sum proves (a cell printing two, another none) stays null
    funding, [finding] = _funding(["계", "300", "500", "450", "1,250", "도비", "100", "200", "250", "600"])
    assert {r["label"]: r["amounts_krw"] for r in funding["rows"]}["도비"] == [None] * 4
    assert "도비" in finding["message"]


def test_a_strikeout_lost_finding_names_the_figures_of_the_cells_a_reader_left_null() -> None:
    """The funding cells a reader left null itself (more figures than columns; a layout dump's cell printing two
    figures on its two lines) are named with the figures seen (observed), as the status's and goals' are (review:
    the finding named the rows only)."""
    doubled = [
        "계",
        "300",
        "500",
        "450",
        "1,250",
        "1,200",
        "도비",
        "100",
        "200",
        "250",
        "550",
        "군비",
        "200",
        "300",
        "200",
        "750",
        "650",
        "'24 1회 추경 반영",
    ]
    funding, [finding] = _funding(doubled)
    observed = {x["field"]: x["values"] for x in finding["observed"]}
    assert observed["funding row 계"] == ["300", "500", "450", "1,250", "1,200"]
    assert observed["funding row 군비"] == ["200", "300", "200", "750", "650"]
    assert "funding row 도비" not in observed  # read: its sums prove it
    assert {r["label"]: r.get("amounts_raw") for r in funding["rows"]}["계"] == observed["funding row 계"]
    # a dump placing each cell by its printed column: the null cell's two figures, its lines joined with no space
    from pledgecard.extract.superseded import settle

    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=9, line_end=9))
    columns = [
        {"label": "2024", "kind": "period", "year": 2024},
        {"label": "계", "kind": "total", "year": None},
    ]
    row = {
        "label": "도비",
        "source": "provincial",
        "amounts_krw": [100_000, None],
        "amounts_raw": ["100", "1,114,1101,182,694"],
    }
    [finding] = settle({"funding": {"unit": "천원", "columns": columns, "rows": [row]}}, {}, [legend], "txt")
    assert finding["observed"] == [{"field": "funding cell 도비 계", "values": ["1,114,110", "1,182,694"]}]
    assert "계 seen: 1,114,110 / 1,182,694" in finding["message"]


def test_rows_sharing_a_label_left_null_are_each_named() -> None:
    """Two funding rows of one label (two 소계) a dump left unproven are two rows nulled, each named in the finding
    (review: the rows were keyed by label, so the second hid the first)."""
    from pledgecard.extract.superseded import settle

    legend = Line(text="※ 취소선은 당초 계획", marker=None, indent=0, source=Source(line_start=9, line_end=9))
    columns = [
        {"label": "2024", "kind": "year", "year": 2024},
        {"label": "2025", "kind": "year", "year": 2025},
        {"label": "계", "kind": "total", "year": None},
    ]
    rows = [
        {"label": "소계", "source": "other", "amounts_krw": [100_000, 200_000, 999_000]},
        {"label": "소계", "source": "other", "amounts_krw": [300_000, 400_000, 888_000]},
    ]
    [finding] = settle({"funding": {"unit": "천원", "columns": columns, "rows": rows}}, {}, [legend], "txt")
    assert [r["amounts_krw"] for r in rows] == [[None] * 3, [None] * 3]
    assert [x["values"] for x in finding["observed"]] == [
        [100_000, 200_000, 999_000],
        [300_000, 400_000, 888_000],
    ]
