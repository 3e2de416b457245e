"""Cards written by hand as documents (samples/handmade/doc-*: two HTML+CSS pages rendered to PDF, two HWPX
packages written element by element by doc-hwpx.py) and the classes they showed, measured blind:

- an item counting figures after its years (``- 지원 실적 ’23년 148명, ’24년 163명``) was read as a dated block
  heading (a name of the achievements and a date), the items after it dated 2024 (extract/headings.py);
- the footer line naming the card's government (``가람들시 교통정책과`` under the 기대효과 bullets) was the
  issuer and an effect too, and (a text dump) the same footer printed at a page's foot amid the card was left
  unparsed (extract/issuer_footer.py);
- the organisation line right above the card's title (``벼리도 기획조정실``) stood before the card and named
  no issuer (extract/cards.py, extract/issuer_footer.py);
- a goal table's project column headed ``사업`` alone was no project column (vocabulary);
- the unit line over an outreach table (``(단위 : 회)``) was left unparsed (extract/sections/outreach_unit.py);
- (the PDFs' ``pdftotext -layout`` dumps, measured after) a project cell spanning two rows printed on its own
  line between them, no blank line apart, joined the rows into one goal (extract/readers/text_col_lone_lead.py).

The cards' floors are in tests/test_handmade_cards.py.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.card_results import Section
from pledgecard.extract.document import Source
from pledgecard.extract.headings import counts_a_figure, parse_group_heading
from pledgecard.extract.issuer_before import agreeing_lines_before
from pledgecard.extract.issuer_footer import without_issuer_line
from pledgecard.extract.sections.outreach_unit import counter_unit, unit_line_over

from conftest import column_plan_cells, make_line, make_table

HANDMADE = Path(__file__).resolve().parent.parent / "samples" / "handmade"


def test_an_item_counting_figures_after_its_years_is_no_block_heading() -> None:
    assert parse_group_heading("지원 실적 ’23년 148명, ’24년 163명") is None
    assert counts_a_figure("교육 수료 12건") and not counts_a_figure("기 추진실적(2024.3. ~ 12.(10개월))")
    got = parse_group_heading("2024년 4분기 추진실적")  # a name and its reporting point still head a block
    assert got is not None and got[1] is not None and got[1]["label"] == "2024-Q4"
    period = parse_group_heading("기 추진실적(2024.3. ~ 12.(10개월))")  # a period's length counts nothing
    assert period is not None and period[1] is not None and period[1]["label"] == "2024-03/2024-12"


def test_the_issuers_line_is_read_once() -> None:
    footer = make_line("가람들시 교통정책과")
    effect = make_line("교통 취약지역 주민 이동권 보장", "●")
    sec = Section(name="effects", heading="기대효과", items=[effect, footer])
    without_issuer_line([sec], "가람들시", footer.source)
    assert sec.items == [effect]
    kept = Section(name="effects", heading="기대효과", items=[effect, footer])
    without_issuer_line([kept], "다른시", footer.source)  # a line naming another government stays
    assert kept.items == [effect, footer]
    # a running footer printed again amid the card (a text dump's page foot): the same line, read once
    last, again = make_line("늘솔광역시 정책기획관"), make_line("늘솔광역시 정책기획관")
    last.source, again.source = Source(line_start=102), Source(line_start=68)
    goals = Section(name="goals", heading="목표 달성 현황", items=[effect, again])
    without_issuer_line([goals], "늘솔광역시", last.source, [effect, again, last])
    assert goals.items == [effect]
    org = make_line("벼리도 기획조정실")
    assert agreeing_lines_before([org], "도지사 공약 이행 관리카드", []) == [org]  # the card's own government
    assert agreeing_lines_before([org], "시장 공약사업 관리카드", []) == []  # another government's


def test_doc_cards_name_their_issuers_and_read_their_footer_once() -> None:
    got = {
        p.name: extract_file(p)[0]
        for p in sorted(HANDMADE.glob("doc-*"))
        if p.suffix in (".pdf", ".hwpx", ".hwp")
    }
    assert {n: r["header"].get("issuer") for n, r in got.items()} == {
        "doc-byeori-province-4-2.pdf": "벼리도",
        "doc-garamdeul-city-3-14.hwpx": "가람들시",
        "doc-moraenae-county-5-2.hwpx": "모래내군",
        "doc-neulsol-metro-2-5.pdf": "늘솔광역시",
        "doc-nuri-city-1-7.hwpx": "누리시",
        "doc-pureunseom-province-7-2.pdf": "푸른섬특별자치도",
        # session 31 (tests/test_handdocs_31.py): the office of education named in the running header only
        "doc-yunseul-metro-2-8.hwp": "윤슬광역시",
        "doc-hanbyeol-edu-2-6.pdf": "한별도교육청",
        "doc-saebyeol-district-4.hwpx": "새별구",
        # session 32 (tests/test_handdocs_32.py): a landscape HWP 5, a two-page landscape PDF
        "doc-eunha-province-6-4.hwp": "은하특별자치도",
        "doc-hangyeol-city-5-9.pdf": "한결시",
        # session 33 (tests/test_handdocs_33.py): an HWPX of nested tables, portrait pages with tables sideways
        "doc-haeram-district-6-3.hwpx": "라온광역시 해람구",
        "doc-seorin-city-4-6.pdf": "서린시",
        # session 34 (tests/test_handdocs_34.py): a transposed HWP 5, four landscape pages, headings in text boxes
        "doc-roa-province-8-3.hwp": "로아특별자치도",
        "doc-onsaemi-city-7-1.pdf": "온새미시",
        "doc-dasom-city-2-7.hwpx": "다솜시",
        # session 35 (tests/test_handdocs_35.py): 당초 / 변경 rows in HWP 5, a stamp box closing three portrait pages
        "doc-yeonhwa-district-3-5.hwp": "은빛광역시 연화구",
        "doc-byeolmaru-county-2-11.pdf": "별마루군",
        "doc-saebit-special-city-5-3.hwpx": "새빛특례시",
        # session 35 (tests/test_handdocs_35b.py): an unruled PDF, one two-column HWPX table, month-only dates in HWP 5
        "doc-dalgaram-city-6-8.pdf": "달가람시",
        "doc-modeum-county-4-9.hwpx": "모듬군",
        "doc-eungyeol-province-2-13.hwp": "은결도",
        # session 36 (tests/test_handdocs_36.py): two columns on a landscape page, stacked funding tables, two quarters
        "doc-sori-city-3-12.pdf": "소리시",
        "doc-bitgaram-county-6-1.hwpx": "빛가람군",
        "doc-ihyeon-city-4-7.hwp": "이현시",
        # session 36 (tests/test_handdocs_36b.py): a 2 x 4 header grid, running heads, dated HWP 5 tables
        "doc-sollip-district-3-2-07.hwpx": "새롬광역시 솔잎구",
        "doc-dahye-city-4-12.pdf": "다혜시",
        "doc-noeul-province-6-1.hwp": "노을도",
        # session 37 (tests/test_handdocs3_37.py): a definition-list header, the issuer on a line of its own over the
        # title, a running head naming the government
        "doc-dasol-city-5-3.hwpx": "다솔시",
        "doc-hansaem-province-2-9.hwp": "한샘특별자치도",
        "doc-gyeoul-county-4-5.pdf": "겨울군",
        # session 37 (tests/test_handdocs_37b.py): a Gantt PDF, landscape tables side by side
        "doc-haneulbit-city-5-7.pdf": "하늘빛시",
        "doc-sinbi-county-3-9.pdf": "신비군",
        # session 38 (tests/test_handdocs5_38.py): the 자치구 named in the footer without its 광역시 (read as the
        # card prints it over its title); a summary page's card and a 도 HWP 5 naming no issuer line: none read
        "doc-chaeun-district-3-4.hwpx": "채운구",
        "doc-ujin-city-2-12.pdf": None,
        "doc-yesol-province-5-8.hwp": None,
        # session 39 (tests/test_handdocs7_39.py): the issuer on a line of its own over the title (a 특별자치시 over a
        # line-ruled PDF, a 도's 군 over a header nested in one cell, a 도 over a card that is one grid); nothing unparsed
        "doc-areum-city-3-6.pdf": "아름특별자치시",
        "doc-mulbit-county-2-4.hwpx": "너울도 물빛군",
        "doc-harang-province-7-5.hwp": "하랑도",
    }
    notes = {  # session 34: the footnotes under the funding and goal tables, no field of the record
        "doc-roa-province-8-3.hwp": ["목표·실적은 연도별 누계(하반기는 연말 기준)"],
        "doc-onsaemi-city-7-1.pdf": [
            "2025년 이후는 계획액이며, 국비는 중소벤처기업부 공모 선정액 기준",
            "도비는 청년창업 활성화 지원사업 보조금",
            "목표·실적은 누계 기준",
        ],
        "doc-yeonhwa-district-3-5.hwp": ["2025년 국비 공모사업(생활밀착형 숲) 선정에 따라 사업비 변경"],
        "doc-bitgaram-county-6-1.hwpx": ["목표·실적은 누계 기준"],
        # session 37: the unit line of sinbi's funding table, printed beside the goal table (tables side by side)
        "doc-sinbi-county-3-9.pdf": ["(단위 : 백만원)"],
    }
    for name, r in got.items():
        issuer = r["header"].get("issuer")
        assert issuer is None or not any(issuer.split()[0] in e for e in r["effects"])
        if (
            name == "doc-hangyeol-city-5-9.pdf"
        ):  # left: the funding's unit line and footnote, beside the goals
            assert [u["text"] for u in r["unparsed"]] == [
                "2026년은 계획액이며, 도비는 보조금 교부 결정액 기준임",
                "(단위: 백만원)",
            ]  # table, read after its heading: unplaced
            continue
        if name in notes:
            assert [u["text"] for u in r["unparsed"]] == notes[name]
            continue
        if name == "doc-haeram-district-6-3.hwpx":  # its schedule's legend: no plan, no field of the record
            assert [u["text"] for u in r["unparsed"]] == ["● 추진, ○ 마무리"]
            continue
        assert r["unparsed"] == []


def test_the_hwpx_script_writes_the_committed_packages(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("doc_hwpx", HANDMADE / "doc-hwpx.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, blocks in (
        ("doc-garamdeul-city-3-14", mod.garamdeul_city()),
        ("doc-moraenae-county-5-2", mod.moraenae_county()),
        ("doc-nuri-city-1-7", mod.nuri_city()),
        ("doc-saebyeol-district-4", mod.saebyeol_district()),
    ):
        out = tmp_path / f"{name}.hwpx"
        mod.write_hwpx(
            out,
            {
                "doc-garamdeul-city-3-14": "시장 공약사업 관리카드 3-14",
                "doc-moraenae-county-5-2": "군수 공약 관리카드 5-2",
                "doc-nuri-city-1-7": "시장 공약사업 관리카드 1-7",
                "doc-saebyeol-district-4": "구청장 공약사업 관리카드 주거-4",
            }[name],
            blocks,
        )
        assert out.read_bytes() == (HANDMADE / f"{name}.hwpx").read_bytes()


def test_the_unit_line_over_an_outreach_table_states_its_counts_unit() -> None:
    assert counter_unit("(단위 : 회)") == "회" and counter_unit("(단위: 건)") == "건"
    assert counter_unit("(단위 : 백만원)") is None  # a money unit: no outreach count's
    assert counter_unit("언론보도 5회") is None
    unit, table, note = (
        make_line("(단위 : 회)"),
        make_table([["구분", "간담회"], ["실적", "11"]]),
        make_line("※ 언론보도는 지역지 포함"),
    )
    got = {"unit": None, "total": 11, "items": []}
    assert unit_line_over([unit, table, note], table, got) == [note] and got["unit"] == "회"


def test_a_lone_first_cell_centred_between_two_keyed_rows_spans_them() -> None:
    got = column_plan_cells(
        "과제              연도     목표          실적     상황\n\n"
        "                  2023     수료 30명     32명     달성\n"
        "청년 창업 교육\n"
        "                  2024     수료 60명     32명     부진"
    )
    assert (1, 0, "청년 창업 교육") in got and (1, 1, "2023") in got and (1, 2, "수료 30명") in got
    assert [c for c in got if c[0] == 2] == [
        (2, 1, "2024"),
        (2, 2, "수료 60명"),
        (2, 3, "32명"),
        (2, 4, "부진"),
    ]
    # lines that do not open with a year or a count are one row's wrapped cells, as before
    wrapped = column_plan_cells(
        "과제              연도     목표          실적     상황\n\n"
        "                  상반기   노후 공원     설계     정상\n"
        "공원 정비\n"
        "                  하반기   정비 착수     완료     추진"
    )
    assert max(r for r, _, _ in wrapped) == 1
