"""Write the four hand-made HWPX cards of this folder (``doc-garamdeul-city-3-14.hwpx``,
``doc-moraenae-county-5-2.hwpx``, ``doc-nuri-city-1-7.hwpx``, ``doc-saebyeol-district-4.hwpx``,
``doc-haeram-district-6-3.hwpx``, ``doc-dasom-city-2-7.hwpx``, ``doc-saebit-special-city-5-3.hwpx``,
``doc-modeum-county-4-9.hwpx``, ``doc-bitgaram-county-6-1.hwpx``): a minimal OWPML package written element by element, not by the
generator's renderer (samples/render_*), so none of its habits are in them.

The package is what 한글 itself needs: ``mimetype`` stored first, ``version.xml``,
``META-INF/container.xml`` and ``manifest.xml``, ``Contents/content.hpf``, a ``header.xml`` with the
fonts, borders, character and paragraph shapes the body refers to, and one ``section0.xml``. Tables are
``hp:tbl`` with every ``hp:tc`` at its ``cellAddr`` and ``cellSpan`` (merged cells cover the grid once).

Run from the repository: ``python samples/handmade/doc-hwpx.py`` (rewrites the four files in place).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NS = (
    'xmlns:ha="http://www.hancom.co.kr/hwpml/2011/app" xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" '
    'xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core" '
    'xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" '
    'xmlns:opf="http://www.idpf.org/2007/opf/"'
)
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
TEXT_WIDTH = 42520  # A4 less 30 mm margins, in HWPUNIT (1/7200 inch)

# character shapes: 0 body, 1 bold, 2 title; paragraph shapes: 0 left, 1 centred, 2 right
CHARS = [(1000, False), (1000, True), (1600, True)]
PARAS = ["LEFT", "CENTER", "RIGHT"]


def _char_pr(i: int, height: int, bold: bool) -> str:
    return (
        f'<hh:charPr id="{i}" height="{height}" textColor="#000000" shadeColor="none" useFontSpace="0" '
        f'useKerning="0" symMark="NONE" borderFillIDRef="1"><hh:fontRef hangul="0" latin="0" hanja="0" '
        f'japanese="0" other="0" symbol="0" user="0"/>{"<hh:bold/>" if bold else ""}'
        '<hh:underline type="NONE" shape="SOLID" color="#000000"/></hh:charPr>'
    )


def _para_pr(i: int, align: str) -> str:
    return (
        f'<hh:paraPr id="{i}" tabPrIDRef="0" condense="0"><hh:align horizontal="{align}" vertical="BASELINE"/>'
        '<hh:heading type="NONE" idRef="0" level="0"/><hh:lineSpacing type="PERCENT" value="160" '
        'unit="HWPUNIT"/></hh:paraPr>'
    )


def _border_fill(i: int, line: str, face: str | None) -> str:
    sides = "".join(
        f'<hh:{s}Border type="{line}" width="0.12 mm" color="#000000"/>'
        for s in ("left", "right", "top", "bottom")
    )
    fill = (
        f'<hc:fillBrush><hc:winBrush faceColor="{face}" hatchColor="#000000" alpha="0"/></hc:fillBrush>'
        if face
        else ""
    )
    return f'<hh:borderFill id="{i}" threeD="0" shadow="0" centerLine="NONE">{sides}{fill}</hh:borderFill>'


def header_xml() -> str:
    """The head part: one 함초롬바탕 face for every script, borders 1 none / 2 ruled / 3 ruled and shaded."""
    faces = "".join(
        f'<hh:fontface lang="{lang}" fontCnt="1"><hh:font id="0" face="함초롬바탕" type="TTF" '
        f'isEmbedded="0"/></hh:fontface>'
        for lang in ("HANGUL", "LATIN", "HANJA", "JAPANESE", "OTHER", "SYMBOL", "USER")
    )
    borders = (
        _border_fill(1, "NONE", None) + _border_fill(2, "SOLID", None) + _border_fill(3, "SOLID", "#E5E5E5")
    )
    chars = "".join(_char_pr(i, h, b) for i, (h, b) in enumerate(CHARS))
    paras = "".join(_para_pr(i, a) for i, a in enumerate(PARAS))
    return (
        f'{XML}<hh:head {NS} version="1.4" secCnt="1"><hh:beginNum page="1" footnote="1" endnote="1" pic="1" '
        f'tbl="1" equation="1"/><hh:refList><hh:fontfaces itemCnt="7">{faces}</hh:fontfaces>'
        f'<hh:borderFills itemCnt="3">{borders}</hh:borderFills>'
        f'<hh:charProperties itemCnt="{len(CHARS)}">{chars}</hh:charProperties>'
        '<hh:tabProperties itemCnt="1"><hh:tabPr id="0" autoTabLeft="0" autoTabRight="0"/></hh:tabProperties>'
        f'<hh:paraProperties itemCnt="{len(PARAS)}">{paras}</hh:paraProperties>'
        '<hh:styles itemCnt="1"><hh:style id="0" type="PARA" name="바탕글" engName="Normal" paraPrIDRef="0" '
        'charPrIDRef="0" nextStyleIDRef="0" langID="1042" lockForm="0"/></hh:styles></hh:refList></hh:head>'
    )


def para(text: str, char: int = 0, align: int = 0) -> str:
    """One paragraph of one run."""
    t = f"<hp:t>{escape(text)}</hp:t>" if text else "<hp:t/>"
    return (
        f'<hp:p id="0" paraPrIDRef="{align}" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:run charPrIDRef="{char}">{t}</hp:run></hp:p>'
    )


class Cell:
    """A table cell: its paragraphs, its span, whether it is a (shaded, bold) label cell."""

    def __init__(
        self, text: str | list[str], cols: int = 1, rows: int = 1, head: bool = False, align: int = 1
    ) -> None:
        self.lines = [text] if isinstance(text, str) else text
        self.cols, self.rows, self.head, self.align = cols, rows, head, align


def H(text: str | list[str], cols: int = 1, rows: int = 1) -> Cell:  # noqa: N802 - a label cell, short as the tables read
    return Cell(text, cols, rows, head=True)


def table(rows: list[list[Cell | str]], widths: list[int]) -> str:
    """An ``hp:tbl`` in its own paragraph: cells placed on the grid left to right, skipping the places that
    a cell above spans into; ``widths`` are the grid's column shares."""
    n_cols = len(widths)
    unit = TEXT_WIDTH // sum(widths)
    taken: set[tuple[int, int]] = set()
    trs = []
    for r, row in enumerate(rows):
        c = 0
        tcs = []
        for item in row:
            cell = item if isinstance(item, Cell) else Cell(item)
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rows):
                for dc in range(cell.cols):
                    taken.add((r + dr, c + dc))
            width = unit * sum(widths[c : c + cell.cols])
            body = "".join(
                line
                if line.startswith("<hp:p ")
                # a nested table's paragraph, as is
                else para(line, 1 if cell.head else 0, 1 if cell.head else cell.align)
                for line in cell.lines
            )
            tcs.append(
                f'<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" '
                f'borderFillIDRef="{3 if cell.head else 2}"><hp:subList id="" textDirection="HORIZONTAL" '
                f'lineWrap="BREAK" vertAlign="CENTER">{body}</hp:subList>'
                f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="{cell.cols}" '
                f'rowSpan="{cell.rows}"/><hp:cellSz width="{width}" height="{1400 * len(cell.lines)}"/>'
                '<hp:cellMargin left="510" right="510" top="141" bottom="141"/></hp:tc>'
            )
            c += cell.cols
        assert c <= n_cols, (r, c)
        trs.append("<hp:tr>" + "".join(tcs) + "</hp:tr>")
    tbl = (
        f'<hp:tbl id="0" zOrder="0" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
        f'lock="0" pageBreak="CELL" repeatHeader="1" rowCnt="{len(rows)}" colCnt="{n_cols}" cellSpacing="0" '
        f'borderFillIDRef="2" noAdjust="0"><hp:sz width="{unit * sum(widths)}" widthRelTo="ABSOLUTE" '
        f'height="{1400 * len(rows)}" heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" '
        'affectLSpacing="0" flowWithText="1" allowOverlap="0" vertRelTo="PARA" horzRelTo="PARA" '
        'vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>'
        '<hp:outMargin left="0" right="0" top="283" bottom="283"/>'
        '<hp:inMargin left="510" right="510" top="141" bottom="141"/>' + "".join(trs) + "</hp:tbl>"
    )
    return (
        '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:run charPrIDRef="0">{tbl}<hp:t/></hp:run></hp:p>'
    )


def textbox(text: str, width: int = TEXT_WIDTH) -> str:
    """A heading drawn in a text box (an ``hp:rect`` whose ``hp:drawText`` holds the paragraph), set as a character
    in its own paragraph, as 한글's 글상자 is."""
    h = 2400
    box = (
        f'<hp:rect id="0" zOrder="1" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" '
        f'lock="0" dropcapstyle="None" href="" groupLevel="0" instid="0" ratio="0"><hp:offset x="0" y="0"/>'
        f'<hp:orgSz width="{width}" height="{h}"/><hp:curSz width="{width}" height="{h}"/>'
        '<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="0" centerY="0" rotateimage="1"/>'
        '<hp:lineShape color="#2A5CAA" width="57" style="SOLID" endCap="FLAT" headStyle="NORMAL" '
        'tailStyle="NORMAL" headfill="1" tailfill="1" headSz="SMALL_SMALL" tailSz="SMALL_SMALL" '
        'outlineStyle="NORMAL" alpha="0"/><hp:shadow type="NONE" color="#B2B2B2" offsetX="0" offsetY="0" '
        f'alpha="0"/><hp:drawText lastWidth="{width}" name="" editable="0"><hp:subList id="" '
        'textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" '
        f'linkListNextIDRef="0" textWidth="{width}" textHeight="{h}" hasTextRef="0" hasNumRef="0">'
        f'{para(text, 1)}</hp:subList><hp:textMargin left="283" right="283" top="283" bottom="283"/>'
        f'</hp:drawText><hc:pt0 x="0" y="0"/><hc:pt1 x="{width}" y="0"/><hc:pt2 x="{width}" y="{h}"/>'
        f'<hc:pt3 x="0" y="{h}"/><hp:sz width="{width}" widthRelTo="ABSOLUTE" height="{h}" '
        'heightRelTo="ABSOLUTE" protect="0"/><hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" '
        'allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="PARA" vertAlign="TOP" horzAlign="LEFT" '
        'vertOffset="0" horzOffset="0"/><hp:outMargin left="0" right="0" top="283" bottom="283"/></hp:rect>'
    )
    return (
        '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">'
        f'<hp:run charPrIDRef="0">{box}<hp:t/></hp:run></hp:p>'
    )


def boxed(text: str) -> str:
    """A heading in a shaded one-cell box (a table of one label cell, left-aligned)."""
    return table([[Cell(text, head=True, align=0)]], [1]).replace(
        'paraPrIDRef="1" styleIDRef="0"', 'paraPrIDRef="0" styleIDRef="0"', 1
    )


SEC_PR = (
    '<hp:p id="0" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0"><hp:run charPrIDRef="0">'
    '<hp:secPr id="" textDirection="HORIZONTAL" spaceColumns="1134" tabStop="8000" tabStopVal="4000" '
    'tabStopUnit="HWPUNIT" outlineShapeIDRef="0" memoShapeIDRef="0" textVerticalWidthHead="0" '
    'masterPageCnt="0"><hp:pagePr landscape="WIDELY" width="59528" height="84188" gutterType="LEFT_ONLY">'
    '<hp:margin header="2834" footer="2834" gutter="0" left="8504" right="8504" top="4252" bottom="4252"/>'
    "</hp:pagePr></hp:secPr><hp:t/></hp:run></hp:p>"
)


def section_xml(blocks: list[str]) -> str:
    return f"{XML}<hs:sec {NS}>{SEC_PR}{''.join(blocks)}</hs:sec>"


def write_hwpx(path: Path, title: str, blocks: list[str]) -> None:
    """The package, ``mimetype`` first and stored (uncompressed) as OCF asks."""
    content = (
        f'{XML}<opf:package {NS} version="" unique-identifier="" id=""><opf:metadata><opf:title>'
        f"{escape(title)}</opf:title><opf:language>ko</opf:language></opf:metadata><opf:manifest>"
        '<opf:item id="header" href="Contents/header.xml" media-type="application/xml"/>'
        '<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
        '</opf:manifest><opf:spine><opf:itemref idref="header" linear="yes"/>'
        '<opf:itemref idref="section0" linear="yes"/></opf:spine></opf:package>'
    )
    container = (
        f'{XML}<ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf"><ocf:rootfiles><ocf:rootfile '
        'full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/>'
        "</ocf:rootfiles></ocf:container>"
    )
    version = (
        f'{XML}<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
        'tagetApplication="WORDPROCESSOR" major="5" minor="1" micro="0" buildNumber="0" os="1" '
        'xmlVersion="1.4" application="Hancom Office Hangul" appVersion="11, 0, 0, 0"/>'
    )
    manifest = f'{XML}<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    parts = [
        ("version.xml", version),
        ("META-INF/container.xml", container),
        ("META-INF/manifest.xml", manifest),
        ("Contents/content.hpf", content),
        ("Contents/header.xml", header_xml()),
        ("Contents/section0.xml", section_xml(blocks)),
    ]
    with zipfile.ZipFile(path, "w") as z:
        info = zipfile.ZipInfo("mimetype", date_time=(2025, 1, 1, 0, 0, 0))
        z.writestr(info, "application/hwp+zip", compress_type=zipfile.ZIP_STORED)
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            z.writestr(info, text.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)


def garamdeul_city() -> list[str]:
    """가람들시 (시): a ruled header grid of label cells, the overview as a two-column table, funding in 백만원
    under a two-row head (총사업비 and 기투자 spanning both rows, the years under 연차별 투자계획), goals
    with their years in the column heads (목표 / 실적 per year), outreach as a two-column table."""
    return [
        para("시장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("관리번호"), "3-14", H("추진상황"), "완료"],
                [H("공 약 명"), Cell("시내버스 노선 개편 및 수요응답형 버스 도입", cols=3)],
                [H("추진부서"), "교통정책과", H("협조부서"), "도로과, 시민안전과"],
                [H("담 당 자"), "정하람", H("연 락 처"), "031-570-2214"],
                [H("실천목표"), Cell("2024년 완료", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        table(
            [
                [H("사업기간"), Cell("2023. 7. ~ 2024. 12.", align=0)],
                [H("사 업 비"), Cell("4,200백만원(도비 1,260, 시비 2,940)", align=0)],
                [
                    H("사업내용"),
                    Cell(
                        ["● 시내버스 노선 전면 개편(42개 → 36개 노선)", "● 수요응답형 버스(DRT) 8대 도입"],
                        align=0,
                    ),
                ],
            ],
            [1, 4],
        ),
        para(""),
        para("2. 재원투자 계획", 1),
        para("(단위: 백만원)", 0, 2),
        table(
            [
                [H("구분", rows=2), H("총사업비", rows=2), H("기투자", rows=2), H("연차별 투자계획", cols=2)],
                [H("2023년"), H("2024년")],
                [H("계"), "4,200", "-", "1,500", "2,700"],
                [H("도비"), "1,260", "-", "450", "810"],
                [H("시비"), "2,940", "-", "1,050", "1,890"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("< 2024년 12월 말 현재 >", 0, 2),
        para("● 노선 개편 용역 착수 : 2023. 7."),
        para("● 시민 공청회 및 노선 확정 : 2023. 11."),
        para("   - 공청회 2회, 온라인 의견 수렴 312건"),
        para("● 개편 노선 운행 개시 : 2024. 3. 4."),
        para("● 수요응답형 버스 '가람콜' 운행 : 2024. 7. ~"),
        para("   - 월평균 이용객 4,150명"),
        para("   - 운송사업자 : 가람들교통(주)"),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [H("구분", rows=2), H("2023년", cols=2), H("2024년", cols=2)],
                [H("목표"), H("실적"), H("목표"), H("실적")],
                ["노선 개편", "노선안 확정", "확정", "개편 노선 운행", "운행 개시"],
                ["DRT 도입", "시범 2대", "2대", "8대 운행", "8대 운행"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("5. 시민소통 실적", 1),
        table(
            [
                [H("구분"), H("실적(회)")],
                ["주민간담회 등", "3"],
                ["만족도조사", "1"],
                ["민간전문가 자문", "-"],
                ["언론·방송", "7"],
                ["기타", "-"],
                [H("계"), "11"],
            ],
            [3, 2],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("● DRT 운행 지역 확대(2개 면 추가) : 2025. 상반기"),
        para("● 노선 개편 효과 분석 용역 : 2025. 2. ~ 6."),
        para(""),
        para("7. 기대효과", 1),
        para("● 중복 노선 정리로 배차 간격 단축"),
        para("● 교통 취약지역 주민 이동권 보장"),
        para(""),
        para("가람들시 교통정책과", 0, 1),
    ]


def moraenae_county() -> list[str]:
    """모래내군 (군): a six-column header grid of three label-value pairs a row (공약명 and 협조부서 spanning),
    bulleted overview with a ``*`` note, funding in 천원 with the years as rows and the sources as columns
    (the total row last), goals with a project cell spanning its years, outreach with a note column."""
    return [
        para("민선8기 군수 공약 관리카드", 2, 1),
        table(
            [
                [H("관리번호"), "5-2", H("주관부서"), "인구정책과", H("담당자"), "백서윤"],
                [H("공 약 명"), Cell("출산 가정 산후조리비 및 육아용품 지원", cols=5)],
                [H("협조부서"), Cell("보건소, 교육체육과", cols=3), H("연락처"), "055-930-2215"],
                [H("실천목표"), Cell("임기 내 추진", cols=3), H("추진상황"), "추진중(정상)"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("가. 사업개요", 1),
        para("○ 사업기간 : 2022. 7. ~ 2026. 6."),
        para("○ 사 업 비 : 1,820백만원 (도비 364, 군비 1,456)"),
        para("○ 주요내용"),
        para("  - 출산 가정 산후조리비 1인당 100만원 지원"),
        para("  - 첫째아 출산 가정 육아용품 꾸러미 지급"),
        para("  * ’24년부터 둘째아 이상 150만원으로 확대"),
        para(""),
        para("나. 연도별 투자계획", 1),
        para("(단위 : 천원)", 0, 2),
        table(
            [
                [H("연 도"), H("합 계"), H("도 비"), H("군 비")],
                ["2022", "180,000", "36,000", "144,000"],
                ["2023", "420,000", "84,000", "336,000"],
                ["2024", "440,000", "88,000", "352,000"],
                ["2025", "460,000", "92,000", "368,000"],
                ["2026", "320,000", "64,000", "256,000"],
                [H("계"), "1,820,000", "364,000", "1,456,000"],
            ],
            [2, 3, 3, 3],
        ),
        para(""),
        para("다. 추진실적", 1),
        para("’25. 6. 30. 현재", 0, 2),
        para("○ 산후조리비 지원 조례 제정 : ’22. 10."),
        para("○ 산후조리비 지원 : ’23. 1. ~"),
        para("  - 지원 실적 ’23년 148명, ’24년 163명"),
        para("○ 육아용품 꾸러미 지급 : ’23. 3분기"),
        para("  - 누적 지급 152건"),
        para("  ※ 꾸러미 구성 : 수유용품 등 12종"),
        para(""),
        para("라. 목표 달성", 1),
        table(
            [
                [H("사업"), H("연도"), H("목표"), H("실적"), H("추진상황"), H("추진내용")],
                [
                    Cell("산후조리비 지원", rows=2),
                    "2024",
                    "160명",
                    "163명",
                    "완료",
                    Cell("신청 상시 접수", align=0),
                ],
                ["2025", "170명", "88명", "추진중", Cell("상반기 지원", align=0)],
                ["육아용품 지원", "2025", "180건", "91건", "추진중", Cell("하반기 추가 지급", align=0)],
            ],
            [3, 1, 2, 2, 2, 3],
        ),
        para(""),
        para("마. 군민소통 실적", 1),
        table(
            [
                [H("구 분"), H("건수"), H("내 용")],
                ["주민간담회 등", "2", "읍면 순회 간담회"],
                ["만족도조사", "1", "수혜 가정 설문"],
                ["전문가 자문", "-", ""],
                ["언론·방송", "3", "지역신문 보도"],
                ["기 타", "1", "군 소식지"],
                [H("계"), "7", ""],
            ],
            [3, 1, 4],
        ),
        para(""),
        para("바. 향후 추진계획", 1),
        para("○ 산후조리비 지원 대상 확대 조례 개정 : ’25. 9."),
        para("○ 육아용품 꾸러미 만족도 조사 : ’25. 4분기"),
        para(""),
        para("사. 기대효과", 1),
        para("○ 출산 가정의 경제적 부담 경감"),
        para("○ 아이 낳아 기르기 좋은 모래내 조성"),
        para(""),
        para("모래내군", 0, 1),
    ]


def nuri_city() -> list[str]:
    """누리시 (시): the whole card one ruled table whose first column names each part (공약명 ... 기대효과), the
    funding and goal tables rows of that same table under a label cell spanning them (the funding's unit in its
    label cell), the achievements' reporting point in their label cell, outreach a sentence in a cell."""
    return [
        para("누리시 민선8기 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("청년 일자리 플랫폼 '누리잡' 구축 및 취업 연계", cols=6)],
                [
                    H("관리번호"),
                    "1-7",
                    H("주관부서"),
                    "일자리경제과",
                    H("추진상황"),
                    Cell("추진중(정상)", cols=2),
                ],
                [
                    H("담 당 자"),
                    "윤채원",
                    H("연 락 처"),
                    "063-540-1172",
                    H("협조부서"),
                    Cell("청년정책과, 정보통신과", cols=2),
                ],
                [H("실천목표"), Cell("2026년까지 청년 취업 연계 1,500명", cols=6)],
                [
                    H("사업개요"),
                    Cell(
                        [
                            "○ 사업기간 : 2023. 3. ~ 2026. 12.",
                            "○ 사 업 비 : 3,600백만원(국비 1,080, 도비 720, 시비 1,800)",
                            "○ 주요내용",
                            "   - 청년 구인·구직 통합 플랫폼 구축",
                            "   - 지역 기업 채용정보 통합 및 직무 매칭 상담 운영",
                        ],
                        cols=6,
                        align=0,
                    ),
                ],
                [
                    H(["재원투자", "(단위:백만원)"], rows=5),
                    H("구분"),
                    H("계"),
                    H("2023"),
                    H("2024"),
                    H("2025"),
                    H("2026"),
                ],
                [H("국비"), "1,080", "300", "300", "240", "240"],
                [H("도비"), "720", "200", "200", "160", "160"],
                [H("시비"), "1,800", "500", "500", "400", "400"],
                [H("합계"), "3,600", "1,000", "1,000", "800", "800"],
                [
                    H(["추진실적", "(’25. 9. 30. 기준)"]),
                    Cell(
                        [
                            "○ 플랫폼 구축 용역 : ’23. 5. ~ ’24. 2.",
                            "○ 누리잡 플랫폼 개통 : ’24. 3. 18.",
                            "   - 가입 청년 4,230명, 참여기업 312개",
                            "○ 청년 취업 연계 실적 : ’24. 3. ~ ’25. 9.",
                            "   - 취업 연계 812명(정규직 604명)",
                        ],
                        cols=6,
                        align=0,
                    ),
                ],
                [H("목표달성", rows=4), H("연도"), H("목표", cols=2), H("실적", cols=2), H("추진상황")],
                ["2024", Cell("취업 연계 400명", cols=2), Cell("468명", cols=2), "달성"],
                ["2025", Cell("취업 연계 900명", cols=2), Cell("812명", cols=2), "추진중"],
                ["2026", Cell("취업 연계 1,500명", cols=2), Cell("-", cols=2), "미착수"],
                [H("시민소통"), Cell("간담회 3회, 만족도조사 1회, 언론보도 5회 (총 9회)", cols=6, align=0)],
                [
                    H("향후계획"),
                    Cell(
                        [
                            "○ 기업 맞춤형 채용박람회 개최 : ’25. 11.",
                            "○ 플랫폼 고도화(AI 직무 추천) : ’26. 상반기",
                        ],
                        cols=6,
                        align=0,
                    ),
                ],
                [
                    H("기대효과"),
                    Cell(
                        ["○ 청년 구직 기간 단축 및 지역 정착 유도", "○ 지역 기업 구인난 해소"],
                        cols=6,
                        align=0,
                    ),
                ],
            ],
            [2, 2, 2, 2, 2, 2, 2],
        ),
    ]


def saebyeol_district() -> list[str]:
    """새별구 (구): a header of one label-value pair a row, funding in 천원 under a two-row head (총사업비 and
    기투자(~'23) spanning both rows, the years under 연차별 계획, 임기 후 last), a table of figures inside the
    achievements under the item naming it, goals as indicators under a two-row head (성과지표 | 단위 | 최종목표, the
    years over 목표 / 실적) with bare figures, outreach across with the total last and a dash."""
    return [
        para("새별구 구청장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("노후 주택 집수리 지원 확대", align=0)],
                [H("관리번호"), Cell("주거-4", align=0)],
                [H("추진상황"), Cell("정상 추진", align=0)],
                [H("주관부서"), Cell("주거복지과 (담당 : 도예준, ☎ 02-3470-2231)", align=0)],
                [H("협조부서"), Cell("건축과", align=0)],
                [H("실천목표"), Cell("임기 내 노후 주택 400가구 집수리", align=0)],
            ],
            [1, 4],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("ㅇ 사업기간 : ’23. 3. ~ ’27. 6."),
        para("ㅇ 사 업 비 : 1,140,000천원 (시비 342,000, 구비 798,000)"),
        para("ㅇ 사업내용 : 저소득 가구 노후 주택 집수리(지붕·단열·창호) 1가구당 최대 100만원 지원"),
        para(""),
        para("2. 재원투자", 1),
        para("(단위: 천원)", 0, 2),
        table(
            [
                [
                    H("재원", rows=2),
                    H("총사업비", rows=2),
                    H("기투자(~’23)", rows=2),
                    H("연차별 계획", cols=3),
                    H("임기 후", rows=2),
                ],
                [H("2024"), H("2025"), H("2026")],
                [H("계"), "1,140,000", "96,000", "300,000", "320,000", "300,000", "124,000"],
                [H("시비"), "342,000", "28,800", "90,000", "96,000", "90,000", "37,200"],
                [H("구비"), "798,000", "67,200", "210,000", "224,000", "210,000", "86,800"],
            ],
            [2, 3, 3, 3, 3, 3, 2],
        ),
        para(""),
        para("3. 추진실적 (’25. 9. 30. 현재)", 1),
        para("ㅇ 집수리 지원 조례 개정 : ’23. 5."),
        para("ㅇ 연도별 지원 현황"),
        table(
            [
                [H("구 분"), H("2023년"), H("2024년"), H("2025년")],
                [H("지원 가구"), "120", "148", "77"],
                [H("지원액(천원)"), "96,000", "118,400", "61,600"],
            ],
            [3, 2, 2, 2],
        ),
        para("ㅇ 집수리 시공 협약 체결 : ’24. 2. 13."),
        para("   - 협약 기관 : 새별구 사회적협동조합"),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [
                    H("성과지표", rows=2),
                    H("단위", rows=2),
                    H("최종목표", rows=2),
                    H("2024년", cols=2),
                    H("2025년", cols=2),
                ],
                [H("목표"), H("실적"), H("목표"), H("실적")],
                ["집수리 지원", "가구", "400", "150", "148", "130", "77"],
                ["만족도", "점", "90", "85", "88", "87", "-"],
            ],
            [3, 1, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("5. 구민소통 실적", 1),
        para("(단위: 건)", 0, 2),
        table(
            [
                [
                    H("구분"),
                    H("주민설명회"),
                    H("만족도 조사"),
                    H("자문회의"),
                    H("언론보도"),
                    H("기타"),
                    H("합계"),
                ],
                ["실적", "4", "1", "2", "6", "-", "13"],
            ],
            [2, 2, 2, 2, 2, 1, 1],
        ),
        para(""),
        para("6. 향후계획", 1),
        para("ㅇ 2026년 지원 대상 모집 : ’26. 1. ~ 2."),
        para("ㅇ 지원 가구 만족도 조사 : ’25. 12."),
        para(""),
        para("7. 기대효과", 1),
        para("ㅇ 주거 취약계층의 주거환경 개선"),
        para("ㅇ 지역 건설업체와의 상생"),
    ]


def haeram_district() -> list[str]:
    """라온광역시 해람구 (광역시 자치구): an organisation line over the title, a ruled header grid, the funding and goal
    tables NESTED in the cells of an outer layout table (side by side under their label cells), amounts in 백만원
    with one decimal, outreach across with the total last, plans as a 연차별 추진계획 table whose 분기 columns (under
    their year) are ticked by ● / ○ (a legend line under it)."""
    funding = table(
        [
            [H("구 분"), H("총사업비"), H("2024"), H("2025"), H("2026")],
            [H("계"), "2,450.5", "620.0", "915.3", "915.2"],
            [H("국 비"), "980.2", "248.0", "366.1", "366.1"],
            [H("시 비"), "735.2", "186.0", "274.6", "274.6"],
            [H("구 비"), "735.1", "186.0", "274.6", "274.5"],
        ],
        [2, 3, 2, 2, 2],
    )
    goals = table(
        [
            [H("연도"), H("목 표"), H("실 적"), H("달성여부")],
            ["2024", "그늘쉼터 6개소", "6개소", "달성"],
            ["2025", "그늘쉼터 14개소", "9개소", "추진중"],
            ["2026", "그늘쉼터 20개소", "-", "미착수"],
        ],
        [1, 3, 2, 2],
    )
    return [
        para("라온광역시 해람구", 0, 1),
        para("구청장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("스마트 그늘쉼터 조성 및 폭염 대응 강화", cols=3)],
                [H("관리번호"), "6-3", H("추진상황"), "추진중(정상)"],
                [H("주관부서"), "기후환경과", H("협조부서"), "건설과, 공원녹지과"],
                [H("담 당 자"), "한다온", H("전화번호"), "062-610-4315"],
                [H("실천목표"), Cell("2026년까지 스마트 그늘쉼터 20개소 조성", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("○ 사업기간 : 2024. 3. ~ 2026. 12."),
        para("○ 사 업 비 : 2,450.5백만원 (국비 980.2, 시비 735.2, 구비 735.1)"),
        para("○ 주요내용"),
        para("  - 버스정류장·공원 등 생활권에 스마트 그늘쉼터 20개소 조성"),
        para("  - 폭염 취약계층 안부 확인 및 쿨링포그 운영"),
        para(""),
        para("2. 재원투자 및 목표달성", 1),
        table(
            [
                [H("재원투자 계획 (단위: 백만원)"), H("목표 달성")],
                [Cell([funding], align=0), Cell([goals], align=0)],
            ],
            [11, 8],
        ),
        para(""),
        para("3. 추진실적", 1),
        para("< 2025. 9. 30. 기준 >", 0, 2),
        para("○ 스마트 그늘쉼터 설치 기본계획 수립 : 2024. 4."),
        para("○ 1단계 그늘쉼터 설치 완료 : 2024. 8."),
        para("  - 냉난방기·공기청정기·휴대폰 충전기 구비"),
        para("○ 2단계 그늘쉼터 설치 : 2025. 5. ~"),
        para("  - 9개소 완료, 5개소 공사 중"),
        para("○ 쉼터 운영 위탁 협약 체결 : 2025. 6. 12."),
        para(""),
        para("4. 구민소통 실적", 1),
        table(
            [
                [
                    H("구분"),
                    H("주민설명회"),
                    H("만족도조사"),
                    H("전문가자문"),
                    H("언론보도"),
                    H("기타"),
                    H("계"),
                ],
                ["실적(회)", "3", "1", "2", "5", "-", "11"],
            ],
            [2, 2, 2, 2, 2, 1, 1],
        ),
        para(""),
        para("5. 연차별 추진계획", 1),
        table(
            [
                [H("추진내용", rows=2), H("2025년"), H("2026년", cols=4)],
                [H("4분기"), H("1분기"), H("2분기"), H("3분기"), H("4분기")],
                [Cell("3단계 그늘쉼터 6개소 설치", align=0), "●", "●", "○", "", ""],
                [Cell("쿨링포그 10개소 확대", align=0), "", "", "●", "●", ""],
                [Cell("쉼터 이용 만족도 조사", align=0), "", "", "", "", "●"],
            ],
            [5, 1, 1, 1, 1, 1],
        ),
        para("※ ● 추진, ○ 마무리", 0, 0),
        para(""),
        para("6. 기대효과", 1),
        para("○ 폭염 취약계층 온열질환 예방"),
        para("○ 생활권 주민 휴식공간 확충"),
    ]


def dasom_city() -> list[str]:
    """다솜시 (시): the section headings in TEXT BOXES (``hp:rect`` with ``hp:drawText``) or in shaded one-cell boxes,
    marked ◈ / ▷, the items numbered ``1)`` ``2)`` with sub-items ``(1)`` and ``(가)`` under them."""
    return [
        para("다솜시 시장 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("반려동물 복합문화센터 건립", cols=3)],
                [H("관리번호"), "2-7", H("이행상황"), "추진중(부진)"],
                [H("주관부서"), "동물복지과", H("담 당 자"), "표하늘"],
                [H("연 락 처"), "041-520-3386", H("협조부서"), "건축과, 공원녹지과"],
                [H("실천목표"), Cell("2026년 반려동물 복합문화센터 개관", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        textbox("◈ 사업개요"),
        para("1) 사업기간 : 2024. 1. ~ 2026. 12."),
        para("2) 총사업비 : 5,400백만원 (국비 1,620, 도비 810, 시비 2,970)"),
        para("3) 주요내용"),
        para("   (1) 입양센터·교육장·놀이터를 갖춘 복합문화센터 건립"),
        para("   (2) 유기동물 입양 및 반려인 교육 프로그램 운영"),
        para(""),
        boxed("◈ 재원투자 계획"),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("계"), H("2024년"), H("2025년"), H("2026년")],
                [H("국 비"), "1,620", "300", "720", "600"],
                [H("도 비"), "810", "150", "360", "300"],
                [H("시 비"), "2,970", "550", "1,320", "1,100"],
                [H("합 계"), "5,400", "1,000", "2,400", "2,000"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        textbox("▷ 추진실적 (2025. 9. 30. 기준)"),
        para("1) 건립 기본계획 수립 : 2024. 2. ~ 6."),
        para("   (1) 부지 선정 및 타당성 조사"),
        para("2) 설계 공모 및 실시설계 : 2024. 7. ~ 2025. 3."),
        para("   (1) 설계 공모 당선작 선정 : 2024. 9. 12."),
        para("   (2) 실시설계 완료 : 2025. 3."),
        para("      (가) 주민 의견 수렴 설명회 3회 개최"),
        para("3) 건축 공사 착공 : 2025. 8. 25."),
        para("   (1) 공사비 상승으로 착공 4개월 지연"),
        para(""),
        boxed("◈ 목표 달성"),
        table(
            [
                [H("세부사업"), H("연도"), H("목표"), H("실적"), H("추진상황")],
                [Cell("센터 건립", rows=3), "2024", "실시설계 착수", "착수", "완료"],
                ["2025", "착공", "착공", "지연"],
                ["2026", "준공·개관", "-", "미착수"],
                [Cell("입양 프로그램", rows=2), "2025", "입양 120건", "86건", "지연"],
                ["2026", "입양 300건", "-", "미착수"],
            ],
            [3, 1, 3, 2, 2],
        ),
        para(""),
        textbox("◈ 시민소통 실적"),
        table(
            [
                [H("구 분"), H("횟수"), H("비 고")],
                ["주민설명회", "3", Cell("실시설계 의견 수렴", align=0)],
                ["만족도조사", "1", Cell("입양 가정 대상", align=0)],
                ["언론보도", "5", ""],
                [H("계"), "9", ""],
            ],
            [3, 2, 5],
        ),
        para(""),
        boxed("▷ 향후 추진계획"),
        para("1) 센터 골조 공사 완료 : 2026. 상반기"),
        para("2) 센터 운영 조례 제정 : 2026. 3."),
        para(""),
        textbox("▷ 기대효과"),
        para("1) 유기동물 입양 활성화 및 안락사 감소"),
        para("2) 반려인과 비반려인이 함께하는 공존 문화 조성"),
    ]


def saebit_special_city() -> list[str]:
    """새빛특례시 (특례시): the header a grid of two rows of four label-value pairs with the as-of date among them
    (``기 준 일``), headings numbered ``Ⅰ-1.`` / ``Ⅰ-2.`` under ``Ⅰ.`` / ``Ⅱ.`` / ``Ⅲ.``, funding in 백만원 with the
    years as rows and the sources as columns (``계`` the first column, the ``합 계`` row first), outreach across."""
    return [
        para("새빛특례시 민선8기 공약사업 관리카드", 2, 1),
        table(
            [
                [
                    H("공 약 명"),
                    Cell("스마트 버스정류장 확대 설치", cols=3),
                    H("관리번호"),
                    "5-3",
                    H("기 준 일"),
                    "2025. 9. 30.",
                ],
                [
                    H("주관부서"),
                    "스마트도시과",
                    H("담 당 자"),
                    "여하람",
                    H("연 락 처"),
                    "031-8040-2735",
                    H("추진상황"),
                    "정상추진",
                ],
            ],
            [2, 3, 2, 3, 2, 2, 2, 3],
        ),
        para(""),
        para("Ⅰ. 사업 현황", 1),
        para("Ⅰ-1. 사업 개요", 1),
        para("  ○ 사업기간 : 2023. 1. ~ 2026. 12."),
        para("  ○ 총사업비 : 9,600백만원 (국비 2,400, 도비 1,440, 시비 5,760)"),
        para("  ○ 주요내용"),
        para("    - 냉난방·공기정화·버스도착 안내 기능을 갖춘 스마트 정류장 120개소 설치"),
        para("    - 정류장 통합관제 플랫폼 구축 및 실시간 고장 관리"),
        para(""),
        para("Ⅰ-2. 재원투자 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("연 도"), H("계"), H("국 비"), H("도 비"), H("시 비")],
                [H("합 계"), "9,600", "2,400", "1,440", "5,760"],
                ["2023", "1,800", "450", "270", "1,080"],
                ["2024", "2,600", "650", "390", "1,560"],
                ["2025", "2,900", "725", "435", "1,740"],
                ["2026", "2,300", "575", "345", "1,380"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("Ⅱ. 추진 성과", 1),
        para("Ⅱ-1. 추진실적", 1),
        para("  ○ 스마트 정류장 기본 및 실시설계 : 2023. 2. ~ 10."),
        para("  ○ 1차 스마트 정류장 설치 : 2024. 3. ~ 12."),
        para("    - 간선도로 정류장 40개소 설치 완료"),
        para("  ○ 정류장 통합관제 플랫폼 구축 : 2024. 7. ~ 2025. 2."),
        para("    - 관제 요원 6명 배치, 고장 신고 처리 312건"),
        para("  ○ 2차 스마트 정류장 설치 착수 : 2025. 4. 7."),
        para(""),
        para("Ⅱ-2. 목표 달성", 1),
        table(
            [
                [H("사 업"), H("연 도"), H("목 표"), H("실 적"), H("추진상황")],
                [Cell("스마트 정류장 설치", rows=3), "2024", "40개소", "40개소", "완료"],
                ["2025", "80개소", "62개소", "추진중"],
                ["2026", "120개소", "-", "미착수"],
            ],
            [3, 1, 2, 2, 2],
        ),
        para(""),
        para("Ⅱ-3. 시민소통 실적", 1),
        table(
            [
                [H("구 분"), H("계"), H("주민설명회"), H("만족도조사"), H("전문가 자문"), H("언론보도")],
                [H("횟 수"), "12", "2", "2", "1", "7"],
            ],
            [2, 1, 2, 2, 2, 2],
        ),
        para(""),
        para("Ⅲ. 향후 계획", 1),
        para("Ⅲ-1. 향후 추진계획", 1),
        para("  ○ 2차 스마트 정류장 40개소 설치 완료 : 2025. 12."),
        para("  ○ 3차 설치 대상지 선정 및 실시설계 : 2026. 1분기"),
        para(""),
        para("Ⅲ-2. 기대효과", 1),
        para("  ○ 폭염·한파로부터 대중교통 이용객 보호"),
        para("  ○ 대중교통 이용 편의 향상으로 버스 이용률 증대"),
    ]


def modeum_county() -> list[str]:
    """모듬군 (군): the whole card ONE two-column table, a label cell on the left (spanning the rows of its part)
    and the content on the right; the 소요예산 cell holds the budget line, its unit and a NESTED funding table,
    the 추진실적 cell dated bullets (the date first), the goals a nested table in their cell."""
    funding = table(
        [
            [H("구 분"), H("계"), H("2024"), H("2025"), H("2026")],
            [H("국 비"), "1,560", "480", "540", "540"],
            [H("도 비"), "1,040", "320", "360", "360"],
            [H("군 비"), "2,600", "800", "900", "900"],
            [H("계"), "5,200", "1,600", "1,800", "1,800"],
        ],
        [2, 2, 2, 2, 2],
    )
    goals = table(
        [
            [H("연 도"), H("목 표"), H("실 적"), H("달성여부")],
            ["2024", "공영 운영 6개 노선", "6개 노선", "달성"],
            ["2025", "공영 운영 12개 노선", "10개 노선", "추진중"],
            ["2026", "공영 운영 18개 노선", "-", "미착수"],
        ],
        [1, 3, 2, 2],
    )
    return [
        para("모듬군 군수 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("군내버스 공영제 전환 및 수요응답형 버스 도입", align=0)],
                [H("관리번호"), Cell("4-9", align=0)],
                [H("추진상황"), Cell("추진중(정상)", align=0)],
                [H("추진부서", rows=3), Cell("주관 : 교통행정과", align=0)],
                [Cell("협조 : 기획예산실, 건설과", align=0)],
                [Cell("담당 : 변하율 (☎ 055-930-4417)", align=0)],
                [H("실천목표"), Cell("2026년까지 군내버스 전 노선(18개) 공영 운영", align=0)],
                [H("사업개요", rows=2), Cell("○ 사업기간 : 2024. 1. ~ 2026. 12.", align=0)],
                [
                    Cell(
                        [
                            "○ 주요내용",
                            "  - 민간 운수업체 노선 인수 및 공영버스 운영",
                            "  - 수요응답형 버스(DRT) 도입, 외곽 마을 운행",
                        ],
                        align=0,
                    )
                ],
                [
                    H("소요예산"),
                    Cell(
                        [
                            "○ 총사업비 : 5,200백만원 (국비 1,560, 도비 1,040, 군비 2,600)",
                            "(단위 : 백만원)",
                            funding,
                        ],
                        align=0,
                    ),
                ],
                [
                    H(["추진실적", "(2025. 9. 30. 기준)"]),
                    Cell(
                        [
                            "○ ’24. 2. ~ 7. 공영제 전환 타당성 조사 용역",
                            "○ ’24. 10. 15. 민간 운수업체 노선 인수 협약 체결",
                            "  - 인수 노선 18개, 차량 24대, 운수종사자 31명 고용 승계",
                            "○ ’25. 1. 2. 1차 공영버스 6개 노선 운행 개시",
                            "○ ’25. 3. ~ 수요응답형 버스 시범 운행",
                            "  - 외곽 마을 7개 운행, 이용객 5,230명",
                        ],
                        align=0,
                    ),
                ],
                [H("목표달성"), Cell([goals], align=0)],
                [H("군민소통"), Cell("○ 총 12회 : 주민설명회 4회, 만족도조사 1회, 언론보도 7회", align=0)],
                [H("향후계획", rows=2), Cell("○ 2차 공영버스 6개 노선 전환 : ’25. 12.", align=0)],
                [Cell("○ 수요응답형 버스 전 읍·면 확대 : ’26. 상반기", align=0)],
                [
                    H("기대효과"),
                    Cell(
                        ["○ 교통 소외지역 주민 이동권 보장", "○ 버스 노선 공공성 강화 및 운행 서비스 개선"],
                        align=0,
                    ),
                ],
            ],
            [2, 8],
        ),
    ]


def bitgaram_county() -> list[str]:
    """빛가람군 (군): funding over NINE years printed as two stacked tables (2020-2024, then 2025-2028 with the
    ``총 계`` column only in the second, each with its own head and 계 row), goals per half-year with the heads
    ``'24 상반기 | '24 하반기 | ...`` in one row (cumulative, a ``※`` note under the table)."""
    return [
        para("빛가람군 군수 공약사업 관리카드", 2, 1),
        table(
            [
                [H("공 약 명"), Cell("농촌 공공임대주택 및 귀농귀촌 주거단지 조성", cols=3)],
                [H("관리번호"), "6-1", H("추진상황"), "정상추진"],
                [H("주관부서"), "인구정책과", H("담 당 자"), "모윤채"],
                [H("연 락 처"), "061-370-2258", H("협조부서"), "건설과, 농업정책과"],
                [H("실천목표"), Cell("2028년까지 공공임대주택 150호 공급", cols=3)],
            ],
            [2, 3, 2, 3],
        ),
        para(""),
        para("1. 사업개요", 1),
        para("  ○ 사업기간 : 2020. 7. ~ 2028. 12."),
        para("  ○ 총사업비 : 30,000백만원 (국비 12,000, 도비 6,000, 군비 12,000)"),
        para("  ○ 주요내용"),
        para("    - 귀농귀촌인 대상 공공임대주택 3개 단지 150호 건립"),
        para("    - 귀농귀촌 주거 상담센터 및 임시거주 체험주택 운영"),
        para(""),
        para("2. 재원투자 실적 및 계획", 1),
        para("(단위 : 백만원)", 0, 2),
        table(
            [
                [H("구 분"), H("2020"), H("2021"), H("2022"), H("2023"), H("2024")],
                [H("국 비"), "400", "1,200", "1,600", "1,800", "1,500"],
                [H("도 비"), "200", "600", "800", "900", "750"],
                [H("군 비"), "400", "1,200", "1,600", "1,800", "1,500"],
                [H("계"), "1,000", "3,000", "4,000", "4,500", "3,750"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        table(
            [
                [H("구 분"), H("2025"), H("2026"), H("2027"), H("2028"), H("총 계")],
                [H("국 비"), "1,800", "1,500", "1,200", "1,000", "12,000"],
                [H("도 비"), "900", "750", "600", "500", "6,000"],
                [H("군 비"), "1,800", "1,500", "1,200", "1,000", "12,000"],
                [H("계"), "4,500", "3,750", "3,000", "2,500", "30,000"],
            ],
            [2, 2, 2, 2, 2, 2],
        ),
        para(""),
        para("3. 추진실적 (2025. 9. 30. 기준)", 1),
        para("  ○ 주거단지 조성 기본계획 및 부지 매입 : 2020. 7. ~ 2021. 12."),
        para("  ○ 1단지 공공임대주택 준공 : 2023. 10."),
        para("    - 입주자 96명 전입 완료"),
        para("  ○ 2단지 공공임대주택 착공 : 2024. 5. 20."),
        para("  ○ 귀농귀촌 주거 상담센터 운영 : 2025. 1. ~"),
        para("    - 상담 214건, 임시거주 체험 18명"),
        para(""),
        para("4. 목표 달성", 1),
        table(
            [
                [
                    H("성과지표"),
                    H("구 분"),
                    H("'24 상반기"),
                    H("'24 하반기"),
                    H("'25 상반기"),
                    H("'25 하반기"),
                    H("'26 상반기"),
                    H("'26 하반기"),
                ],
                [Cell("공공임대주택 공급(호)", rows=2), H("목 표"), "40", "60", "80", "100", "110", "120"],
                [H("실 적"), "40", "60", "72", "-", "-", "-"],
                [
                    Cell("귀농귀촌 전입 인구(명)", rows=2),
                    H("목 표"),
                    "100",
                    "200",
                    "300",
                    "400",
                    "500",
                    "600",
                ],
                [H("실 적"), "96", "188", "251", "-", "-", "-"],
            ],
            [3, 2, 2, 2, 2, 2, 2, 2],
        ),
        para("※ 목표·실적은 누계 기준"),
        para(""),
        para("5. 군민소통 실적", 1),
        table(
            [
                [H("구 분"), H("주민설명회"), H("만족도조사"), H("언론보도"), H("계")],
                [H("횟 수"), "4", "1", "5", "10"],
            ],
            [2, 2, 2, 2, 2],
        ),
        para(""),
        para("6. 향후 추진계획", 1),
        para("  ○ 2단지 공공임대주택 40호 준공 : 2025. 12."),
        para("  ○ 3단지 부지 보상 착수 : 2026. 상반기"),
        para(""),
        para("7. 기대효과", 1),
        para("  ○ 귀농귀촌인 초기 주거 부담 완화"),
        para("  ○ 농촌 인구 유입으로 지역 소멸 위기 대응"),
    ]


if __name__ == "__main__":
    write_hwpx(HERE / "doc-garamdeul-city-3-14.hwpx", "시장 공약사업 관리카드 3-14", garamdeul_city())
    write_hwpx(HERE / "doc-moraenae-county-5-2.hwpx", "군수 공약 관리카드 5-2", moraenae_county())
    write_hwpx(HERE / "doc-nuri-city-1-7.hwpx", "시장 공약사업 관리카드 1-7", nuri_city())
    write_hwpx(HERE / "doc-saebyeol-district-4.hwpx", "구청장 공약사업 관리카드 주거-4", saebyeol_district())
    write_hwpx(HERE / "doc-haeram-district-6-3.hwpx", "구청장 공약사업 관리카드 6-3", haeram_district())
    write_hwpx(HERE / "doc-dasom-city-2-7.hwpx", "시장 공약사업 관리카드 2-7", dasom_city())
    write_hwpx(HERE / "doc-saebit-special-city-5-3.hwpx", "시장 공약사업 관리카드 5-3", saebit_special_city())
    write_hwpx(HERE / "doc-modeum-county-4-9.hwpx", "군수 공약사업 관리카드 4-9", modeum_county())
    write_hwpx(HERE / "doc-bitgaram-county-6-1.hwpx", "군수 공약사업 관리카드 6-1", bitgaram_county())
