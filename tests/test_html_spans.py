"""Tables inscriptis lays out knowing no spans (pyhwp's hwp5html of the HWP turned to text), read back with their
spans where the dump proves them (extract/readers/text_html_spans.py): each HTML table below is rendered by the real
inscriptis, read, and compared with the grid the HTML itself spans; the layouts the dump does not prove are left
to the other readers (None)."""

from __future__ import annotations

import inscriptis
import pytest

from pledgecard.extract.readers.text_html_spans import layout_rows, spanned_table
from pledgecard.extract.readers.text_lines import split_lines


def _html(rows: list[list[tuple[str, int, int]]]) -> str:
    """A table of rows of (text, rowspan, colspan), each cell a paragraph as hwp5html writes it."""
    body = "".join(
        "<tr>" + "".join(f'<td rowspan="{rs}" colspan="{cs}"><p>{t}</p></td>' for t, rs, cs in row) + "</tr>"
        for row in rows
    )
    return f"<html><body><p>caption</p><table>{body}</table><p>after</p></body></html>"


def _grid(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """The grid the HTML spans: a spanning cell's text in every place it covers."""
    out: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs in row:
            while (r, c) in out:
                c += 1
            for i in range(r, r + rs):
                for k in range(c, c + cs):
                    out[i, k] = text
            c += cs
    n = max(k for _, k in out) + 1
    return [[out.get((r, k), "") for k in range(n)] for r in range(len(rows))]


def _read(rows: list[list[tuple[str, int, int]]]):
    lines = split_lines(inscriptis.get_text(_html(rows)))
    table_lines = [ln for ln in lines if "caption" not in ln.text and "after" not in ln.text]
    while table_lines and not table_lines[0].segs:
        table_lines.pop(0)
    while table_lines and not table_lines[-1].segs:
        table_lines.pop()
    return table_lines, spanned_table(table_lines)


def c(text: str, rs: int = 1, cs: int = 1) -> tuple[str, int, int]:
    return (text, rs, cs)


YEARS_OVER_PAIRS = [  # nalgae-city's goals: years over 목표 | 실적, blank actuals
    [c("성과지표", 2), c("단위", 2), c("2023년", 1, 2), c("2024년", 1, 2), c("2025년", 1, 2)],
    [c("목표"), c("실적"), c("목표"), c("실적"), c("목표"), c("실적")],
    [c("일자리 창출"), c("명"), c("89"), c("62"), c("391"), c(""), c("398"), c("")],
    [c("참여 주민"), c("명"), c("139"), c("139"), c("203"), c(""), c("630"), c("")],
]
ONE_OVER_YEARS = [  # dorae-county's goals: one head cell over the years, pair cells
    [c("성과지표", 2), c("단위", 2), c("연도별 목표/실적", 1, 3)],
    [c("2023년"), c("2024년"), c("2025년")],
    [c("참여 주민"), c("명"), c("189/123"), c("758/758"), c("883/808")],
    [c("일자리 창출"), c("명"), c("232/221"), c("203/203"), c("347/-")],
]
YEAR_ROWS_UNDER_PROJECT = [  # dure-county's goals: a project's cells spanning its year rows
    [c("성과지표"), c("단위"), c("최종목표"), c("연도"), c("목표"), c("실적")],
    [c("일자리 창출", 3), c("명", 3), c("197", 3), c("2019년"), c("66"), c("29")],
    [c("2020년"), c("90"), c("-")],
    [c("2021년"), c("41"), c("-")],
    [c("정비 구간", 2), c("km", 2), c("4.6", 2), c("2019년"), c("0.5"), c("0.1")],
    [c("2020년"), c("3.1"), c("-")],
]
TARGET_ACTUAL_PAIRS = [  # sanha-county's goals: 목표 | 실적 rows under each indicator, a corner spanning two columns
    [c("구 분", 2, 2), c("연도별 목표 및 실적", 1, 3)],
    [c("2022"), c("2023"), c("2024")],
    [c("정비 구간(km)", 2), c("목표"), c("1.7"), c("2.1"), c("0.5")],
    [c("실적"), c("1.1"), c("2.1"), c("-")],
    [c("공정률(%)", 2), c("목표"), c("20"), c("30"), c("40")],
    [c("실적"), c("20"), c("30"), c("-")],
]
TOTAL_FIRST = [  # dorae-county's companies: a total spanning the columns its figure leaves
    [c("연번"), c("기업명"), c("분야"), c("참여인원")],
    [c("계", 1, 3), c("26")],
    [c("1"), c("㈜ 아름에너지"), c("서비스"), c("6")],
    [c("2"), c("㈜ 미래바이오"), c("서비스"), c("20")],
]
SCHEDULE = [  # hayan-district's plans: the year over its month cells (vocabulary), marks and empty cells under them
    [c("추진과제", 2), c("2024년", 1, 12)],
    [c(f"{m}월") for m in range(1, 13)],
    [c("공약사항 정비 및 이행계획 보완"), *[c("●")] * 6, *[c("")] * 6],
    [c("실증단지 운영 활성화 방안 마련"), *[c("")] * 3, c("●"), *[c("")] * 8],
]
QUARTERS_OF_YEARS = [  # yeoreum-city's plans: two years over their quarters, numbered in order, marks under them
    [c("추진계획", 2), c("2024년", 1, 4), c("2025년", 1, 4)],
    [c(f"{q}/4") for q in (1, 2, 3, 4, 1, 2, 3, 4)],
    [c("중앙부처 공모사업 대응"), *[c("")] * 2, *[c("●")] * 2, *[c("")] * 4],
    [c("성과평가 및 개선방안 마련"), *[c("")] * 4, *[c("●")] * 4],
]

PROJECT_AND_DETAIL_SPANNING = [  # hayan-district's goals: the project and the last (detail) column span its years
    [c("연도"), c("세부사업"), c("목표"), c("실적"), c("추진상황"), c("추진내용")],
    [c("2023"), c("스마트팜 인재양성", 3), c("착공"), c("설계 완료"), c("완료"), c("교육생 지원", 3)],
    [c("2024"), c("단계별 추진"), c("-"), c("미착수")],
    [c("2025"), c("기업 지원(20개)"), c("-"), c("미착수")],
    [c("2023"), c("기반 구축", 2), c("협약 체결(60건)"), c("58건"), c("추진 중"), c("육묘장 운영", 2)],
    [c("2024"), c("교육생 양성(35명)"), c("-"), c("미착수")],
]


ROW_LABELS_UNDER_PROJECT = [  # jinsol-county's goals: each project spanning its 목표 | 실적 | 달성률 | 추진상황 rows,
    # empty cells, its targets in words (``공정률 60%``) over figures (``57%``): no column's kind tells the shift
    [c("세부사업"), c("구 분"), c("'24년"), c("'25년"), c("'26년")],
    [c("스마트팜 인재양성", 4), c("목표"), c(""), c("공정률 60%"), c("6.0km")],
    [c("실적"), c(""), c("공정률 34%"), c("-")],
    [c("달성률"), c(""), c("57%"), c("-")],
    [c("추진상황"), c(""), c("완료"), c("미착수")],
    [c("스마트팜 기반 구축", 4), c("목표"), c("209호 공급"), c(""), c("")],
    [c("실적"), c("178호"), c(""), c("")],
    [c("달성률"), c("85%"), c(""), c("")],
    [c("추진상황"), c("완료"), c(""), c("")],
]


@pytest.mark.parametrize(
    "rows",
    [
        YEARS_OVER_PAIRS,
        ONE_OVER_YEARS,
        YEAR_ROWS_UNDER_PROJECT,
        TARGET_ACTUAL_PAIRS,
        TOTAL_FIRST,
        SCHEDULE,
        QUARTERS_OF_YEARS,
        PROJECT_AND_DETAIL_SPANNING,
        ROW_LABELS_UNDER_PROJECT,
    ],
)
def test_spans_read_back_as_the_html_spans_them(rows: list[list[tuple[str, int, int]]]) -> None:
    _, table = _read(rows)
    assert table is not None
    assert table.grid() == _grid(rows)


def test_blank_cells_keep_their_columns() -> None:
    """The layout pads an empty cell to its column: the blank actuals of YEARS_OVER_PAIRS stay in their places,
    and a row's empty cells that end it are counted by the row's length."""
    lines, _ = _read(YEARS_OVER_PAIRS)
    laid = layout_rows(lines)
    assert laid is not None
    assert [len(r) for r in laid[0]] == [5, 6, 8, 8]
    assert [" ".join(sg.text for sg in cell) for cell in laid[0][2]] == [
        "일자리 창출",
        "명",
        "89",
        "62",
        "391",
        "",
        "398",
        "",
    ]


@pytest.mark.parametrize(
    "rows",
    [
        [  # a year row spanning the table under its head: one cell alone, a label, no sub-head
            [c("세부사업"), c("목표"), c("실적"), c("추진상황")],
            [c("2023년도", 1, 4)],
            [c("관광 기반 구축"), c("협약 체결(10건)"), c("9건"), c("추진 중")],
            [c("관광 지원사업"), c("협약 체결(50건)"), c("66건"), c("추진중")],
        ],
        [  # a words cell among the years over the sub-head, each over one cell: which spans which is not told
            [c("성과지표", 2), c("단위"), c("2023년", 1, 2), c("2024년"), c("2025년")],
            [c("목표"), c("실적"), c("목표"), c("목표")],
            [c("청년주택 공급"), c("호"), c("69"), c("69"), c("63"), c("106")],
            [c("참여 주민"), c("명"), c("285"), c("193"), c("257"), c("569")],
        ],
        [  # a short row whose year would stand under words: its cells are not those the head's columns tell
            [c("연도"), c("세부사업"), c("목표"), c("실적"), c("추진상황"), c("추진내용")],
            [c("2023"), c("스마트팜 인재양성", 2), c("착공"), c("12"), c("완료"), c("교육생 지원", 2)],
            [c("단계별 추진"), c("2024"), c("-"), c("미착수")],
        ],
        [  # halves under the year, no month cells: which head cell spans which columns is not told
            [c("추진과제", 2), c("2024년", 1, 2)],
            [c("상반기"), c("하반기")],
            [c("공약사항 정비"), c("●"), c("")],
            [c("실증단지 운영"), c(""), c("●")],
        ],
        [  # quarters under two years out of order: no year's periods proven
            [c("추진계획", 2), c("2024년", 1, 4), c("2025년", 1, 4)],
            [c(f"{q}/4") for q in (1, 2, 3, 4, 1, 3, 2, 4)],
            [c("중앙부처 공모사업 대응"), *[c("")] * 2, *[c("●")] * 2, *[c("")] * 4],
            [c("성과평가 및 개선방안 마련"), *[c("")] * 4, *[c("●")] * 4],
        ],
        [  # a total spanning the label columns after a group's rows: its row spans the group's label or its own
            [c("구분"), c("세부"), c("2023"), c("2024")],
            [c("국비", 2), c("당초"), c("10"), c("20")],
            [c("변경"), c("11"), c("21")],
            [c("합계", 1, 2), c("11"), c("21")],
        ],
        [  # ROW_LABELS_UNDER_PROJECT with the row label atop one group another (계획): the short rows' first cells
            # under no column of one label, their figures under words: their columns are not told
            *ROW_LABELS_UNDER_PROJECT[:5],
            [c("스마트팜 기반 구축", 4), c("계획"), c("209호 공급"), c(""), c("")],
            *ROW_LABELS_UNDER_PROJECT[6:],
        ],
    ],
)
def test_spans_the_dump_does_not_prove_are_left_to_the_other_readers(
    rows: list[list[tuple[str, int, int]]],
) -> None:
    _, table = _read(rows)
    assert table is None


def test_a_layout_tables_two_cells_side_by_side_read_column_by_column() -> None:
    """daon-special-city's hwp5html dump: a borderless layout table holding the overview on the left and the
    achievements on the right, every line of its row padded to one width, a table below it whose lines run across
    the gutter: the row's lines are read column by column (its left pieces, then its right ones), no item of one
    column run together with the other's."""
    from pledgecard.extract.document import Paragraph
    from pledgecard.extract.readers.text import read

    left = [
        "❶ 사업 개요",
        "• 사업기간 : 2023. 1. ~ 2026. 12.",
        "• 총사업비 : 4,600백만원(국비 1,300, 시비 3,300)",
        "• 주요내용",
        "– 둘레길 20개소 조성",
        "– 관광안내센터 구축",
    ]
    right = [
        "❸ 주요 추진실적",
        "• 설명회 개최(439명 참석) : 2023. 4.",
        "– 방문객 35명",
        "• 박람회 참가 : 2023. 10.",
        "• 업무협약 체결 : 2024. 11.",
        "• 신규 참여기업 협약 : 2024. 11. 22.",
    ]
    cell = "".join
    html = (
        "<html><body><table><tr><td>"
        + cell(f"<p>{t}</p>" for t in left)
        + "</td><td>"
        + cell(f"<p>{t}</p>" for t in right)
        + "</td></tr></table><p>❹ 성과 목표 및 실적</p><table>"
        + "<tr><td>연도</td><td>주요사업</td><td>목표</td><td>실적</td><td>추진내용</td></tr>"
        + "<tr><td>2023</td><td>스마트팜 기반 구축 및 청년농업인 육성을 위한 임대형 스마트팜 조성</td><td>247호 공급</td><td>164호</td>"
        + "<td>육묘장 운영 및 청년농업인 지원 사업의 추진</td></tr></table></body></html>"
    )
    doc = read(inscriptis.get_text(html).encode("utf-8"))
    texts = [
        " ".join(((b.marker or "") + " " + b.text).split()) for b in doc.blocks if isinstance(b, Paragraph)
    ]
    assert texts[: len(left) + len(right)] == [" ".join(t.split()) for t in left + right]
