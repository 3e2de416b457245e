"""PDF leftovers of session 26 (closing note, item 4), mended in session 27:

- an institution named after the card's government (산하군's ``산하연구원``) whose stem is a generic word
  elsewhere (산하: "affiliated") is a name: ``find_orgs`` is given the issuer's place names
  (``issuer.place_names``) and a stem that is one of them passes the generic-stem check
  (sanha-county 59063's PDF: 0.996 -> 1.000);
- a 2-up sheet's layout dump whose halves stand close (the left page's header table reaching near the
  right page's text): a gap between the left half's own table columns, wider than the sheet's gutter, was
  taken for it, the left page's header cut in two (moa-city 88002's ``-layout`` dump 0.686 -> 0.909,
  88001's 0.844 -> 0.928): of the free runs between the two page numbers, the one nearest their middle
  parts the sheet (``text_newspaper.sheet_gutter``);
- a plain ``pdftotext`` dump (no ``-layout``) of a 2-up PDF merges each sheet's two pages line by line (by their
  height on the sheet) and prints nothing telling which page a line is of (no column, no indent): the halves
  are not read apart; what tells the dump is its set-off page numbers, two of consecutive pages a few lines
  apart on every form-feed page, and its cards say so (``extract.pages_interleaved``); no figure wrong
  (moa-city 0.45 stays; ``-raw`` reads its pages one after the other, 0.95).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.issuer import place_names
from pledgecard.extract.nlp import find_orgs, find_orgs_many, institution_name
from pledgecard.extract.readers.text_lines import split_lines, to_tline
from pledgecard.extract.readers.text_newspaper import newspaper_pages, sheet_gutter
from pledgecard.extract.readers.text_sheets_across import sheets_read_across
from pledgecard.pipeline import process_file
from tests.conftest import shared_tools

ROOT = Path(__file__).resolve().parent.parent


def test_the_place_names_of_an_issuer_are_its_units_without_their_suffixes() -> None:
    assert place_names("산하군") == {"산하"}
    assert place_names("서울특별시 성북구") == {"서울", "성북"}
    assert place_names("강원특별자치도") == {"강원"}
    assert place_names("부산광역시 중구") == {"부산"}  # a one-syllable stem names no institution
    assert place_names(None) == frozenset() and place_names("") == frozenset()


def test_an_institution_named_after_the_issuer_is_found_though_its_stem_is_a_generic_word() -> None:
    text = "산하연구원 공동 친환경농업 아카데미 운영(수료생 18명)"
    assert find_orgs(text) == []  # 산하 (affiliated): a generic stem on any other card
    assert find_orgs(text, place_names("산하군")) == ["산하연구원"]
    assert find_orgs(text, place_names("모아시")) == []  # another government's card: still generic
    assert find_orgs_many([text, "산하기관 협의회 개최"], places=place_names("산하군")) == [
        ["산하연구원"],
        [],
    ]
    # only the stem is excused: a generic word standing alone or the rules of each suffix still hold
    assert institution_name("산하연구원", frozenset({"산하"})) == "산하연구원"
    assert find_orgs("산하 연구원 파견", place_names("산하군")) == []
    # partners across a hyphen go on being found through the issuer-named institution
    assert find_orgs("산하연구원-바른솔루션 협약 체결", place_names("산하군")) == ["산하연구원", "바른솔루션"]


def test_the_unseen_card_of_an_issuer_named_institution_reads_it(tmp_path: Path) -> None:
    """sanha-county 59063's PDF: the item ``산하연구원 공동 …`` names its organisation (0.996 -> 1.000)."""
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    score_card, wrong_figures = shared_tools()
    fam = BY_NAME["sanha-county"]
    path = write_file(tmp_path, "sanha-county-59063", "pdf", family_records(fam, 59063), fam.style)
    [got] = extract_file(path)
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    assert got["header"]["issuer"] == "산하군"
    assert [a["orgs"] for a in got["achievements"]] == [a["orgs"] for a in exp["achievements"]]
    assert not [f for f in wrong_figures.figures(exp, got) if f[3] is not None and f[3] != f[2]]
    assert score_card.score_record(exp, got).score() >= 0.999


def _sheet(table_gap: int, gutter: int) -> list[str]:
    """A 2-up sheet's layout dump: the left page's header table (three cells, ``table_gap`` columns between
    the second and third), its items, the right page's items ``gutter`` columns past the left page's widest
    line; each page's number centred on its half."""
    left = [
        f"{'공약명':<14}{'관리번호':<12}{' ' * table_gap}추진상태",
        f"{'창업 10개 창출':<14}{'28':<12}{' ' * table_gap}폐기",
    ]
    left += [f"○ 추진실적 {k}번째 항목" for k in range(1, 7)]
    width = max(_width(s) for s in left)
    right = [f"○ 향후 추진계획 {k}번째 항목" for k in range(1, 9)]
    rows = [_pad(a, width + gutter) + b for a, b in zip(left, right, strict=True)]
    half = width + gutter
    number = _pad(" " * (half // 2 - 2) + "- 1 -", half) + " " * (half // 2 - 2) + "- 2 -"
    return [*rows, number]


def _width(s: str) -> int:
    return sum(2 if ord(c) >= 0x1100 else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * (n - _width(s))


def test_a_sheet_parts_at_the_run_nearest_the_middle_of_its_page_numbers() -> None:
    """The sheet's gutter (3 columns) is narrower than a gap of the left page's own header table (6): the
    widest free run would cut the left page's header in two; the halves part between the page numbers."""
    rows = _sheet(table_gap=6, gutter=3)
    lines = [to_tline(k + 1, 1, row) for k, row in enumerate(rows)]
    g = sheet_gutter(lines)
    assert g is not None
    left_end = max(
        s.c1 for ln in lines[:-1] for s in ln.segs if s.text.startswith(("추진상태", "폐기", "○ 추진"))
    )
    assert left_end <= g[0] and g[1] <= min(s.c0 for ln in lines[:-1] for s in ln.segs if "향후" in s.text)
    read = newspaper_pages(lines)
    left = ("공약명", "창업", "○ 추진")
    assert {ln.page for ln in read if ln.text.strip().startswith(left)} == {1}  # the left page's lines
    assert [ln.text.split()[-1] for ln in read if ln.text.strip().startswith(("공약명", "창업"))] == [
        "추진상태",
        "폐기",
    ]
    assert {ln.page for ln in read if "향후" in ln.text} == {2}
    assert [ln.text.split()[0] for ln in read if ln.page == 1 and ln.text.strip()][:3] == [
        "공약명",
        "창업",
        "○",
    ]


def test_a_close_two_up_sheets_layout_dumps_read_their_halves(tmp_path: Path) -> None:
    """moa-city's committed layout dumps (its PDF printed two pages a sheet): each left page's header read
    whole (contact phone, status), the right page's goal table read; no figure wrong."""
    score_card, wrong_figures = shared_tools()
    layout = ROOT / "samples" / "layout" / "families"
    scores = {}
    for stem in ("moa-city-88001-layout", "moa-city-88002-layout"):
        [got] = extract_file(layout / f"{stem}.txt")
        [exp] = score_card.load_records(layout / f"{stem}.expected.json")
        assert not [f for f in wrong_figures.figures(exp, got) if f[3] is not None and f[3] != f[2]]
        scores[stem] = score_card.score_record(exp, got).score()
        if stem.endswith("88002-layout"):
            assert (got["header"]["contact_phone"], got["header"]["status"]) == ("047-896-7889", "폐기")
            assert [g["target"].replace(" ", "") for g in got["goals"]] == [
                g["target"].replace(" ", "") for g in exp["goals"]
            ]
    assert min(scores.values()) >= 0.90, scores


def _dump(*pages: list[str]) -> str:
    """A text dump of ``pages``, each ended by a form feed as pdftotext ends them."""
    return "".join("\n\n".join(page) + "\n\f" for page in pages)


HEADER = "모아시 공약사업 관리카드 · 28"
LEFT = ["❐ 1. 공약 개요", "○ 사업기간 : 2019년 1월 ~ 2022년 6월", "❐ 2. 주요 추진실적", "○ 창업 분야"]
RIGHT = ["❐ 4. 목표 대비 달성도", "연도", "2019", "15개", "❐ 5. 주민 의견수렴 실적", "계", "103회"]


def test_a_plain_dump_reading_its_sheets_across_is_told_by_its_page_numbers() -> None:
    merged = [
        HEADER,
        HEADER,
        *[x for pair in zip(LEFT, RIGHT, strict=False) for x in pair],
        *RIGHT[len(LEFT) :],
    ]
    one = split_lines(_dump([*merged, "- 1 -", "- 2 -"]))
    assert sheets_read_across(one) == [(1, len(merged) * 2 + 3)]
    # the cells of a table between the feet (the sheet's lowest rows), two sheets, an odd page count
    two = split_lines(
        _dump([*merged, "- 1 -", "10", "38", "- 2 -"], [*merged, "- 3 -", "- 4 -"], [*LEFT, "- 5 -"])
    )
    assert len(sheets_read_across(two)) == 2
    # pdftotext -raw: the left page, its number, the right page, its number: a page's text between the feet
    raw = split_lines(_dump([HEADER, *LEFT, *LEFT, "- 1 -", HEADER, *RIGHT, *RIGHT, "- 2 -"]))
    assert sheets_read_across(raw) == []
    # bare figures are cells as often as page numbers; a dump without form feeds tells no page from the next
    assert sheets_read_across(split_lines(_dump([*merged, "1", "2"]))) == []
    assert sheets_read_across(split_lines("\n".join([*merged, "- 1 -", "- 2 -"]))) == []
    # form feeds parting cards (one number on a page before the last): a short page is no sheet read across
    cards = split_lines(_dump([*LEFT, "- 1 -"], [*RIGHT, "- 2 -", HEADER, "○ 기대효과", "- 3 -"]))
    assert sheets_read_across(cards) == []
    # numbers of pages not consecutive, or of two totals
    assert sheets_read_across(split_lines(_dump([*merged, "- 1 -", "- 3 -"]))) == []
    assert sheets_read_across(split_lines(_dump([*merged, "1 / 4", "2 / 5"]))) == []


def test_a_plain_dump_of_a_two_up_pdf_says_its_pages_are_interleaved(tmp_path: Path) -> None:
    """moa-city 88001's PDF through pdftotext (plain): its card says the dump merges the sheet's pages; its
    -raw and -layout dumps and a one-page-a-sheet family's plain dump say nothing so."""
    import subprocess

    def findings(src: Path, *mode: str) -> list[dict]:
        out = tmp_path / f"{src.stem}{''.join(mode)}.txt"
        subprocess.run(
            ["pdftotext", *mode, "-enc", "UTF-8", str(src), str(out)], check=True, capture_output=True
        )
        res = process_file(out)
        assert res.records
        return [f for p in res.provenance for f in p["findings"] if f["code"] == "extract.pages_interleaved"]

    families = ROOT / "samples" / "families"
    moa = families / "moa-city" / "moa-city-88001-pdf.pdf"
    [found] = findings(moa)
    # at the card's own first lines on the first page read across (lines 1-85), not the whole page
    assert (found["location"], found["severity"], found["source_location"]) == (None, "warning", "line 5-8")
    assert findings(moa, "-raw") == [] and findings(moa, "-layout") == []
    assert findings(families / "sanha-county" / "sanha-county-59001-pdf.pdf") == []


def test_any_familys_card_printed_two_up_reads_its_halves_from_a_layout_dump(tmp_path: Path) -> None:
    """The class beyond moa-city: a family's PDF imposed two pages a sheet (samples.render_sheets.impose) and
    dumped with pdftotext -layout. mulbit-city 62003's header table reaches near the sheet's middle and a gap
    of its own columns, wider than the gutter, was taken for it (0.586 -> 0.984); nodeul-county 39005 (0.883 ->
    0.965) likewise. No figure wrong."""
    import shutil
    import subprocess

    from samples.render_sheets import impose

    score_card, wrong_figures = shared_tools()
    families = ROOT / "samples" / "families"
    for src, floor in (
        (families / "mulbit-city" / "mulbit-city-62003-pdf.pdf", 0.97),
        (families / "nodeul-county" / "nodeul-county-39005-pdf.pdf", 0.95),
    ):
        sheet = tmp_path / f"{src.stem}-2up.pdf"
        sheet.write_bytes(impose(src.read_bytes()))
        dump = tmp_path / f"{src.stem}-2up-layout.txt"
        subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(sheet), str(dump)], check=True, capture_output=True
        )
        shutil.copy(src.with_name(src.stem + ".expected.json"), dump.with_name(dump.stem + ".expected.json"))
        exps = score_card.load_records(dump.with_name(dump.stem + ".expected.json"))
        got = extract_file(dump)
        assert len(got) == len(exps)
        tally = score_card.Tally()
        for exp, rec in zip(exps, got, strict=True):
            score_card.score_record(exp, rec, tally)
            assert not [f for f in wrong_figures.figures(exp, rec) if f[3] is not None and f[3] != f[2]]
        assert tally.score() >= floor, (src.name, tally.score())
