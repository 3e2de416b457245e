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
    assert _join([*alone, NOTE, ("세부 추진실적", None)]) == [t for t, _ in alone] + [NOTE[0], "세부 추진실적"]
    # without that other row the line is the note's wrapped end, as before
    assert _join([NOTE, ("세부 추진실적", None)]) == [f"{NOTE[0]} 세부 추진실적"]
    # a line seen elsewhere only under an item (a wrapped end there too) is no evidence
    assert _join([NOTE, ("세부 추진실적", None), NOTE, ("세부 추진실적", None)]) == [f"{NOTE[0]} 세부 추진실적"] * 2


def test_the_committed_dump_keeps_the_row_after_its_note() -> None:
    path = FAMILIES / "iseul-county" / "iseul-county-31005-txt.txt"
    text = path.read_text(encoding="utf-8")
    assert text.count(" * 참여기관 : 이슬창조경제혁신센터, 미래에너지 \n\n 세부 추진실적 ") == 1
    (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
    (got,) = extract_file(path)
    def shape(rec: dict) -> list[tuple]:  # levels, parents and the rows of no date (the 비고 cell aside)
        return [(a["level"], a["parent"], a["text"] if a["level"] == 1 and a["date"] is None else None)
                for a in rec["achievements"]]

    assert [a["text"] for a in got["achievements"]].count("세부 추진실적") == 3
    assert shape(got) == shape(exp)
