"""A text dump's unbulleted line under a bullet item continues it (a wrapped end) unless the card
shows otherwise: the same text printed elsewhere as a row of its own, with no item above it to
continue (iseul-county's `` 세부 추진실적 `` under a ※ note and, elsewhere, under a dated row)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.document import Paragraph, Source
from pledgecard.extract.textjoin import join_broken_lines
from pledgecard.scoring import load_records

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _para(text: str, marker: str | None, n: int) -> Paragraph:
    return Paragraph(text=text, marker=marker, indent=0, source=Source(line_start=n, line_end=n))


def _join(rows: list[tuple[str, str | None]]) -> list[str]:
    return [p.text for p in join_broken_lines([_para(t, m, n) for n, (t, m) in enumerate(rows, 1)])]


NOTE = ("참여기관 : 이슬창조경제혁신센터, 미래에너지", "※")


def test_a_line_printed_as_a_row_of_its_own_elsewhere_does_not_continue_the_item_above() -> None:
    alone = [("2022. 10. 24. 업무협약 체결 완료", None), ("세부 추진실적", None), ("기업지원", "–")]
    assert _join([*alone, NOTE, ("세부 추진실적", None)]) == [t for t, _ in alone] + [
        NOTE[0],
        "세부 추진실적",
    ]
    # without that other row the line is the note's wrapped end, as before
    assert _join([NOTE, ("세부 추진실적", None)]) == [f"{NOTE[0]} 세부 추진실적"]
    # a line seen elsewhere only under an item (a wrapped end there too) is no evidence
    assert (
        _join([NOTE, ("세부 추진실적", None), NOTE, ("세부 추진실적", None)])
        == [f"{NOTE[0]} 세부 추진실적"] * 2
    )


def test_the_committed_dump_keeps_the_row_after_its_note() -> None:
    path = FAMILIES / "iseul-county" / "iseul-county-31005-txt.txt"
    text = path.read_text(encoding="utf-8")
    assert text.count(" * 참여기관 : 이슬창조경제혁신센터, 미래에너지 \n\n 세부 추진실적 ") == 1
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    (got,) = extract_file(path)

    def shape(rec: dict) -> list[tuple]:  # levels, parents and the rows of no date (the 비고 cell aside)
        return [
            (a["level"], a["parent"], a["text"] if a["level"] == 1 and a["date"] is None else None)
            for a in rec["achievements"]
        ]

    assert [a["text"] for a in got["achievements"]].count("세부 추진실적") == 3
    assert shape(got) == shape(exp)


ITEM = ("신규 참여기업 협약(기업 : 미래메디칼, 계약인원 : 13명)", "ㆍ")
NEXT = ("입주농가 대상 스마트팜 설명회 개최(128명 참석)", "ㆍ")


def test_a_whole_date_opening_the_next_row_is_not_the_wrapped_end_of_the_line_above() -> None:
    """A table flattened a cell a line (hwpx-text-extract): each row's date cell on a line of its own
    before its content. Where the card shows it (a date line under a short line, an item after it),
    a date line opens the row after it, also under a note or an item long enough to have wrapped."""
    dated = [("기업지원", "–"), ("2023. 12.", None), ITEM]
    assert _join([*dated, NOTE, ("'23.12월", None), NEXT]) == [t for t, _ in dated] + [
        NOTE[0],
        "'23.12월",
        NEXT[0],
    ]
    assert _join([*dated, ("'23.12월", None), NEXT]) == [t for t, _ in dated] + ["'23.12월", NEXT[0]]
    # an unbulleted row after it (농산물 공동브랜드 출시) too
    assert _join([*dated, ("2023년 하반기", None), ("농산물 공동브랜드 출시", None)])[-2:] == [
        "2023년 하반기",
        "농산물 공동브랜드 출시",
    ]


def test_a_date_wrapped_under_its_item_still_joins_without_that_evidence() -> None:
    # no date line the card prints before a row: the date is the wrapped end of the long item above
    assert _join([ITEM, ("'23.12월", None), NEXT]) == [f"{ITEM[0]} '23.12월", NEXT[0]]
    # two dates in a row: the second is no row's opening date
    dated = [("기업지원", "–"), ("2023. 12.", None), ITEM]
    assert _join([*dated, ("'23.12월", None), ("2024. 1.", None), NEXT])[-3:] == [
        f"{ITEM[0]} '23.12월",
        "2024. 1.",
        NEXT[0],
    ]


def _printed(printed: str, n: int) -> Paragraph:
    from pledgecard.extract.markers import split_marker

    lead = len(printed) - len(printed.lstrip(" "))
    marker, text = split_marker(printed.strip())
    return Paragraph(
        text=text,
        marker=marker,
        indent=0,
        source=Source(line_start=n, line_end=n),
        printed=printed[lead:] if marker is None else None,
        lead=lead if marker is None else 0,
    )


def test_a_padded_row_under_an_item_table_head_is_a_row_of_its_own() -> None:
    """A dump joining a row's cells with one space prints a row of one middle cell with its empty cells' spaces
    either side (`` 창업 연도별 운영 실적 `` under 추진일자 | 추진내용 | 비고: a side table's caption as a row): its
    spaces and text make the head's cells, no wrapped end (boram-city 82018 / iseul-county 31066 txt, unseen seeds)."""
    head = "추진일자 추진내용 비고"
    rows = [head, "'24. 상반기 창업 공모사업 선정 ", " * 참여기관 : 이슬경제진흥원, 온새미로바이오 "]

    def joined(*more: str, top: str = head) -> list[str]:
        return [
            p.text
            for p in join_broken_lines([_printed(t, n) for n, t in enumerate([top, *rows[1:], *more], 1)])
        ]

    note = "참여기관 : 이슬경제진흥원, 온새미로바이오"
    assert joined(" 창업 연도별 운영 실적 ") == [head, rows[1].strip(), note, "창업 연도별 운영 실적"]
    # no empty cell after it (a wrapped end), or spaces making another count than the head's: joined as before
    assert joined(" 창업 연도별 운영 실적") == [head, rows[1].strip(), f"{note} 창업 연도별 운영 실적"]
    assert joined("  창업 연도별 운영 실적 ") == [head, rows[1].strip(), f"{note} 창업 연도별 운영 실적"]
    # under no item-table head: nothing tells the cells
    assert joined(" 창업 연도별 운영 실적 ", top="주요 추진실적")[-1] == f"{note} 창업 연도별 운영 실적"
