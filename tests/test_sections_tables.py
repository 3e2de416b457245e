"""Section extractors on table-structured documents (the shape HWP, HWPX and PDF readers give),
built here block by block: another province's template with the sections inside a two-column
table, units of 천 원, funding rows 도비/시군비/민자, the total column last and years past the term."""

from __future__ import annotations

from pledgecard.extract.cards import extract_cards
from pledgecard.extract.document import Cell, Document, Paragraph, Source, Table, cell_address


def _table(rows: list[list[str | tuple[str, int, int]]], index: int) -> Table:
    """Rows of cell texts; a tuple (text, row_span, col_span) is a merged cell. Positions covered
    by a merged cell are simply left out of the following rows."""
    cells: list[Cell] = []
    covered: set[tuple[int, int]] = set()
    n_cols = 0
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            while (r, c) in covered:
                c += 1
            text, rs, cs = (spec, 1, 1) if isinstance(spec, str) else spec
            cells.append(
                Cell(
                    row=r,
                    col=c,
                    text=text,
                    row_span=rs,
                    col_span=cs,
                    source=Source(page=1, cell=cell_address(index, r, c)),
                )
            )
            for dr in range(rs):
                for dc in range(cs):
                    covered.add((r + dr, c + dc))
            c += cs
            n_cols = max(n_cols, c)
    return Table(cells=cells, n_rows=len(rows), n_cols=n_cols, source=Source(page=1))


def _section_cell(
    r: int, label: str, paragraphs: list[tuple[str | None, str]], nested: list[Table]
) -> list[Cell]:
    return [
        Cell(row=r, col=0, text=label, source=Source(cell=cell_address(1, r, 0))),
        Cell(
            row=r,
            col=1,
            text="\n".join(t for _, t in paragraphs),
            source=Source(cell=cell_address(1, r, 1)),
            paragraphs=[Paragraph(text=t, marker=m) for m, t in paragraphs],
            nested=nested,
        ),
    ]


def _doc() -> Document:
    header = _table(
        [
            ["공약사업명", ("스마트 버스정류장 200개소 확충", 1, 3)],
            ["주관부서", "교통정책과", "공약번호", "Ⅲ-12"],
            ["담당자", "박서연", "연락처", "031-120-4567"],
            ["협업부서", "정보통신과, 도시디자인과", "이행상황", "정상추진"],
            ["이행목표", ("임기 내 완료", 1, 3)],
        ],
        0,
    )
    funding = _table(
        [
            [("구 분", 2, 1), ("연도별 투자계획", 1, 4), ("총계", 2, 1)],
            ["2023년", "2024년", "2025년", "2027년"],
            ["계", "1,000", "2,000", "3,000", "500", "6,500"],
            ["도 비", "300", "600", "900", "-", "1,800"],
            ["시군비", "500", "1,000", "1,500", "300", "3,300"],
            ["민자", "200", "400", "600", "200", "1,400"],
        ],
        2,
    )
    goals = _table(
        [
            ["주요사업", "목표치", "추진상황", "추진내용"],
            ["스마트 정류장 설치", "<2023> 50개소 설치", "완료 (52개소)", "정류장 설치 공사"],
            ["스마트 정류장 설치", "<2024> 100개소 설치", "추진중 (61개소)", "정류장 설치 공사"],
        ],
        3,
    )
    outreach = _table(
        [
            ["계", "주민간담회·공청회 등", "만족도 조사", "민간전문가 자문", "언론·방송", "기타"],
            ["12회", "2(현장 설명회)", "1", "-", "9", "-"],
        ],
        4,
    )
    body_cells = (
        _section_cell(
            0,
            "사업 개요",
            [
                ("○", "사업기간 : 2023. 1월 ~ 2026. 12월"),
                ("○", "총 사업비 : 6,500천 원(도비 1,800, 시군비 3,300, 민자 1,400)"),
                ("○", "주요내용"),
                ("-", "시내 주요 정류장에 냉난방·실시간 정보 설비 설치"),
            ],
            [],
        )
        + _section_cell(1, "투자계획", [(None, "(단위 : 천 원)")], [funding])
        + _section_cell(
            2,
            "이행실적",
            [
                (None, "《'24. 2분기 기준》"),
                ("○", "1단계 정류장 설치 완료 : '23. 11."),
                ("-", "㈜한빛전자 등 3개 업체 참여, 52개소 설치"),
                ("○", "주민 설명회 개최 : '24. 3."),
            ],
            [],
        )
        + _section_cell(3, "목표달성", [], [goals])
        + _section_cell(4, "시민소통 실적", [], [outreach])
        + _section_cell(5, "향후 추진계획", [("○", "2단계 설치 착공 : '24. 하반기")], [])
    )
    body = Table(cells=body_cells, n_rows=6, n_cols=2, source=Source(page=1))
    return Document(
        blocks=[Paragraph(text="시장 공약사업 관리카드"), header, body], format="hwpx", sha256="ab" * 32
    )


def test_two_column_template() -> None:
    [rec] = extract_cards(_doc(), file_name="suwon-III-12.hwpx")
    h = rec["header"]
    assert h["kind"] == "시장 공약사업 관리카드"
    assert (h["title"], h["mgmt_no"], h["lead_dept"]) == (
        "스마트 버스정류장 200개소 확충",
        "Ⅲ-12",
        "교통정책과",
    )
    assert (h["contact_name"], h["contact_phone"]) == ("박서연", "031-120-4567")
    assert h["coop_depts"] == ["정보통신과", "도시디자인과"]
    assert (h["status"], h["status_code"], h["target"]) == ("정상추진", "ongoing_normal", "임기 내 완료")
    assert rec["card_id"] == "Ⅲ-12@2024-Q2"
    ov = rec["overview"]
    assert ov["period"]["label"] == "2023-01/2026-12"
    assert ov["budget"]["total_krw"] == 6_500_000
    assert [(p["source"], p["amount_krw"]) for p in ov["budget"]["parts"]] == [
        ("provincial", 1_800_000),
        ("municipal", 3_300_000),
        ("private", 1_400_000),
    ]
    assert ov["contents"] == ["시내 주요 정류장에 냉난방·실시간 정보 설비 설치"]
    f = rec["funding"]
    assert f["unit"] == "천 원"
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [
        ("year", 2023),
        ("year", 2024),
        ("year", 2025),
        ("year", 2027),
        ("total", None),
    ]
    assert [r["source"] for r in f["rows"]] == ["total", "provincial", "municipal", "private"]
    assert f["rows"][1]["label"] == "도비"
    assert f["rows"][1]["amounts_krw"] == [300_000, 600_000, 900_000, 0, 1_800_000]
    ach = rec["achievements"]
    assert [(a["level"], a["parent"], a["text"]) for a in ach] == [
        (1, None, "1단계 정류장 설치 완료"),
        (2, 0, "㈜한빛전자 등 3개 업체 참여, 52개소 설치"),
        (1, None, "주민 설명회 개최"),
    ]
    assert ach[0]["date"]["label"] == "2023-11" and ach[0]["group_as_of"]["label"] == "2024-Q2"
    goals = rec["goals"]
    assert [(g["year"], g["target_value"], g["status"], g["actual_value"]) for g in goals] == [
        (2023, 50, "완료", 52),
        (2024, 100, "추진중", 61),
    ]
    assert goals[0]["project"] == "스마트 정류장 설치" and goals[0]["detail"] == "정류장 설치 공사"
    out = rec["outreach"]
    assert out["total"] == 12
    assert [(i["category"], i["count"], i["note"]) for i in out["items"]] == [
        ("meetings", 2, "현장 설명회"),
        ("survey", 1, None),
        ("experts", 0, None),
        ("media", 9, None),
        ("other", 0, None),
    ]
    assert rec["plans"][0]["text"] == "2단계 설치 착공" and rec["plans"][0]["date"]["label"] == "2024-H2"
    assert rec["unparsed"] == []


def test_document_without_card() -> None:
    doc = Document(
        blocks=[Paragraph(text="국세청 질의회신"), Paragraph(text="소득세법 시행령 제1조")], format="hwp"
    )
    assert extract_cards(doc) == []


def test_sections_inside_one_big_table() -> None:
    """A template that draws the whole card as one table: full-width heading rows (□ 사업개요 with
    its bullets in the same cell) and a label cell spanning the rows of the funding grid beside it."""
    rows: list[list[str | tuple[str, int, int]]] = [
        [
            (
                "□ 사업개요\n◦ 사업기간 : 2024. 1월 ~ 2026. 12월\n◦ 총사업비 : 900백만 원(국비 300, 시비 600)",
                1,
                5,
            )
        ],
        [("재원투자 계획", 4, 1), "구분", "계", "2024년", "2025년"],
        ["계", "900", "400", "500"],
        ["국비", "300", "100", "200"],
        ["시비", "600", "300", "300"],
        [("□ 향후계획\n◦ 2단계 착공 : '25. 3월", 1, 5)],
    ]
    body = _table(rows, 1)
    for c in body.cells:  # paragraphs of the full-width cells, as the HWP/HWPX readers give them
        if c.col_span == 5:
            c.paragraphs = [
                Paragraph(text=t[2:], marker=t[0]) if t[:1] in "□◦" else Paragraph(text=t)
                for t in c.text.split("\n")
            ]
    header = _table([["공약명", "버스 노선 개편"], ["관리번호", "7"]], 0)
    doc = Document(
        blocks=[Paragraph(text="시장 공약사업 관리카드"), header, body], format="hwp", sha256="cd" * 32
    )
    [rec] = extract_cards(doc)
    assert rec["overview"]["period"]["label"] == "2024-01/2026-12"
    assert rec["overview"]["budget"]["total_krw"] == 900_000_000
    f = rec["funding"]
    assert f["unit"] == "백만 원"  # from the overview budget: the grid prints none
    assert [(c["kind"], c["year"]) for c in f["columns"]] == [("total", None), ("year", 2024), ("year", 2025)]
    assert [(r["source"], r["amounts_krw"]) for r in f["rows"]] == [
        ("total", [900_000_000, 400_000_000, 500_000_000]),
        ("national", [300_000_000, 100_000_000, 200_000_000]),
        ("municipal", [600_000_000, 300_000_000, 300_000_000]),
    ]
    assert [(p["text"], p["date"]["label"]) for p in rec["plans"]] == [("2단계 착공", "2025-03")]
    assert rec["unparsed"] == []


def test_title_inside_the_header_table() -> None:
    header = _table(
        [
            [("도지사 공약사업 관리카드", 1, 4)],
            ["공약명", "X 사업", "관리번호", "3-1"],
            ["추진부서", "A과", "추진상황", "완료"],
        ],
        0,
    )
    [rec] = extract_cards(Document(blocks=[header], format="hwpx", sha256="a" * 64))
    h = rec["header"]
    assert (h["kind"], h["title"], h["mgmt_no"], h["lead_dept"], h["status_code"]) == (
        "도지사 공약사업 관리카드",
        "X 사업",
        "3-1",
        "A과",
        "done",
    )
    assert rec["unparsed"] == []


def test_achievement_blocks_as_label_rows_and_cell_order() -> None:
    """The achievements drawn as a table of block label | bullets, a side table standing between
    the bullets of a cell (its place is kept), a vertical outreach table and a 담당자(연락처) cell."""
    side = _table([["연번", "사업단", "참여자수"], ["1", "정밀의료", "40"]], 5)
    paras = [
        Paragraph(text="핵심분야별 운영 현황", marker="◦"),
        side,
        Paragraph(text="협약 체결 : '24. 11.", marker="◦"),
    ]
    cell = Cell(
        row=1,
        col=1,
        text="",
        paragraphs=[p for p in paras if isinstance(p, Paragraph)],
        nested=[side],
        blocks=paras,
    )
    ach = Table(
        cells=[
            Cell(row=0, col=0, text="기 추진실적: ’24. 3분기 기준 누계"),
            Cell(row=0, col=1, text="", paragraphs=[Paragraph(text="착공 : '24. 5.", marker="◦")]),
            Cell(row=1, col=0, text="2024년 4분기 현재"),
            cell,
        ],
        n_rows=2,
        n_cols=2,
    )
    outreach = _table([["계", "12회"], ["주민간담회 등", "2"], ["만족도 조사", "1"], ["언론·방송", "9"]], 6)
    header = _table(
        [["공약명", "X 사업", "관리번호", "9"], ["담당자(연락처)", "김준연(3928)", "추진상황", "정상추진"]], 0
    )
    doc = Document(
        blocks=[
            Paragraph(text="도지사 공약사업 관리카드"),
            header,
            Paragraph(text="추진실적", marker="□"),
            ach,
            Paragraph(text="도민소통 실적", marker="□"),
            outreach,
        ],
        format="hwpx",
        sha256="f" * 64,
    )
    [rec] = extract_cards(doc)
    assert (rec["header"]["contact_name"], rec["header"]["contact_phone"]) == ("김준연", "3928")
    assert [(a["group"], a["text"]) for a in rec["achievements"]] == [
        ("기 추진실적", "착공"),
        ("2024년 4분기 현재", "핵심분야별 운영 현황"),
        ("2024년 4분기 현재", "협약 체결"),
    ]
    assert rec["as_of"]["label"] == "2024-Q4"
    [t] = rec["tables"]
    assert t["rows"] == [["1", "정밀의료", "40"]] and t["after_item"] == 1
    assert rec["outreach"]["total"] == 12
    assert [(i["category"], i["count"]) for i in rec["outreach"]["items"]] == [
        ("meetings", 2),
        ("survey", 1),
        ("media", 9),
    ]
