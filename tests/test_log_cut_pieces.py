"""An item table's row a page break cut, in a text dump (extract/sections/log_cut_pieces.py): the rest of its
content cell opens the next page (under the head line printed again) with the row's other cells empty, a space
each (`` 아카데미 운영(수료생 66명) ``). Where it opens a later page, its spaces and text make the head's column
count with the run in the content column, and the row above shows where its content cell ends (its note cell
empty, or one status word), the rest joins that cell. gippeum-county 77024 / 77029 / 77031's text dumps (unseen
seeds): the cut item was read as two, the counter then paired the item with a look-alike."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.log_cut_pieces import join_log_pieces

HEAD = "일자 주요 추진내용 비고"
STARTS = (10,)  # the second page opens on line 10


def _line(printed: str, number: int) -> Line:
    lead = len(printed) - len(printed.lstrip(" "))
    return Line(
        text=" ".join(printed.split()),
        marker=None,
        indent=0,
        source=Source(line_start=number, line_end=number),
        printed=printed[lead:],
        lead=lead,
    )


def _texts(*printed: tuple[str, int], starts: tuple[int, ...] = STARTS) -> list[str]:
    return [ln.full_text for ln in join_log_pieces([_line(p, n) for p, n in printed], starts)]  # type: ignore[union-attr]


def test_a_rest_atop_the_next_page_joins_the_content_cell_above() -> None:
    # the note cell printed above (a status word): the rest goes before it
    assert _texts(
        (HEAD, 1), ("2018. 10월 진흥원 공동 수소산업 완료", 8), (HEAD, 12), (" 아카데미 운영(66명) ", 14)
    ) == [HEAD, "2018. 10월 진흥원 공동 수소산업 아카데미 운영(66명) 완료", HEAD]
    # the note cell empty above (the one space closing the line): the rest ends the content cell
    assert _texts((HEAD, 1), ("2024. 8. · 자원순환 전문가 ", 8), (" 자문회의 개최(총 2회) ", 12)) == [
        HEAD,
        "2024. 8. · 자원순환 전문가 자문회의 개최(총 2회)",
    ]
    # under a two-column head, a row ends its content cell
    two = "추진일자 추진내용"
    assert _texts((two, 1), ("'23. 7. 현장 건의", 8), (" 36건 검토", 12)) == [
        two,
        "'23. 7. 현장 건의 36건 검토",
    ]


def test_a_line_the_structure_does_not_prove_a_rest_stays_apart() -> None:
    row = ("2018. 10월 진흥원 공동 수소산업 완료", 8)
    # on the same page: a heading row of its own, no rest
    assert _texts((HEAD, 1), row, (" 수소산업 분야 ", 9)) == [HEAD, row[0], "수소산업 분야"]
    # spaces that make another column count than the head's
    assert _texts((HEAD, 1), row, ("  아카데미 운영  ", 12)) == [HEAD, row[0], "아카데미 운영"]
    # the row above ends on words no status word: where its content cell ends is not shown
    worded = ("2018. 10월 진흥원 공동 수소산업 운영", 8)
    assert _texts((HEAD, 1), worded, (" 아카데미 운영 ", 12)) == [HEAD, worded[0], "아카데미 운영"]
    # a dated line opens a row of its own; no head line above: no table
    assert _texts((HEAD, 1), row, (" 2019. 5. 착공 ", 12)) == [HEAD, row[0], "2019. 5. 착공"]
    assert _texts(row, (" 아카데미 운영 ", 12)) == [row[0], "아카데미 운영"]
    # the text dump told no pages: nothing proves the break
    assert _texts((HEAD, 1), row, (" 아카데미 운영 ", 12), starts=()) == [HEAD, row[0], "아카데미 운영"]


def test_the_unseen_cards_read_their_cut_rows(tmp_path: Path) -> None:
    from pledgecard import extract_file
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["gippeum-county"]
    for seed, rest in ((77024, " 아카데미 운영(수료생 66명) "), (77031, " 36건 검토 및 제도 개선 ")):
        records = family_records(fam, seed)
        path = write_file(tmp_path, f"gippeum-county-{seed}", "txt", records, fam.style)
        assert f"\n{rest}\n" in path.read_text(encoding="utf-8")  # the shape: the cut cell's rest, padded
        [got] = extract_file(path)
        keys = ("level", "marker", "text", "date")
        assert [tuple(a[k] for k in keys) for a in got["achievements"]] == [
            tuple(a[k] for k in keys) for a in records[0]["achievements"]
        ]
