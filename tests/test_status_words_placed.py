"""A header's status is a status word of the vocabulary in its label's place (session 23,
extract/sections/status_values.py): a value whose place alone would hand it the status - a wrapped 공약명's
last syllable in a run of values as many as their labels (``pdftotext -raw``: ``해양레저 명소화 사업 추`` /
``진`` / ``추진중(부진) '24년 4분기 현재``), the title printed under the 이행상황 label (``pdftotext``'s default
mode prints the header table column by column, the label after its value) - is no status; a status word in
the status's place by count is the title's end where a later line of the run opens with the status and the
next label's value (``수소산업 특화단지 지정`` / ``추진`` / ``미착수 '24년 2분기 현재``)."""

from __future__ import annotations

import re
from pathlib import Path

from pledgecard.extract.sections.status_values import status_like, status_opens_later
from tests.conftest import family_header_expected, header_read, pdftotext_dump

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def test_a_title_syllable_in_the_status_place_by_count_is_no_status(tmp_path: Path) -> None:
    src = FAMILIES / "nalgae-city" / "nalgae-city-61008-pdf.pdf"
    text = pdftotext_dump(src, tmp_path / "a.txt", "-raw")
    exp = family_header_expected("nalgae-city", 61008)
    got = header_read(text, tmp_path / "a.txt")
    assert (_norm(got["title"]), got["status"], got["status_code"]) == (
        _norm(exp["title"]),
        exp["status"],
        exp["status_code"],
    )
    # mutation: the status printed nowhere, the title's syllable is still no status
    lines = [ln for ln in text.split("\n") if not ln.startswith(exp["status"])]
    got = header_read("\n".join(lines), tmp_path / "b.txt")
    assert got["status"] is None


def test_a_status_word_ending_the_title_gives_way_to_the_status_printed_with_the_date(tmp_path: Path) -> None:
    src = FAMILIES / "nalgae-city" / "nalgae-city-61009-pdf.pdf"
    text = pdftotext_dump(src, tmp_path / "a.txt", "-raw")
    exp = family_header_expected("nalgae-city", 61009)
    got = header_read(text, tmp_path / "a.txt")
    assert (got["title"], got["status"], got["status_code"]) == (
        exp["title"],
        exp["status"],
        exp["status_code"],
    )


def test_the_title_printed_under_the_status_label_is_no_status(tmp_path: Path) -> None:
    for seed in (63004, 63007):
        src = FAMILIES / "doran-city" / f"doran-city-{seed}-pdf.pdf"
        exp = family_header_expected("doran-city", seed)
        got = header_read(pdftotext_dump(src, tmp_path / f"{seed}.txt"), tmp_path / f"{seed}.txt")
        assert got["status"] in (None, exp["status"]), seed
        assert got["status"] != exp["title"]


def test_status_like_shapes() -> None:
    assert status_like("추진중(부진)") and status_like("미착수") and status_like("부진 → 정상추진")
    assert status_like("추진지연('27.2. 완료예정)")  # a status word before a bracketed note
    assert status_like("□ 정상 ■ 부진")  # a row of boxes, one ticked
    assert (
        not status_like("진") and not status_like("도란시 광역철도 조기 착공") and not status_like("주무관")
    )


def test_status_opens_later_shapes() -> None:
    def split(fields: list[str], text: str) -> dict[str, str] | None:
        head, _, tail = text.partition(" ")
        return dict(zip(fields, (head, tail), strict=False)) if tail else None

    assert status_opens_later(["미착수 '24년 2분기 현재"], ["status", "as_of"], split)
    assert not status_opens_later(["'24년 2분기 현재"], ["status", "as_of"], split)  # no status opening it
    assert not status_opens_later(
        ["해양 레저"], ["status", "as_of"], split
    )  # a line of words: no status word


def test_a_status_on_a_line_of_its_own_is_the_labels_not_the_titles_last_word(tmp_path: Path) -> None:
    """dorae-county 68001 through ``pdftotext -raw``: ``관리번호 4-6-3 추진상황`` / ``공약사업명 대학 연계 청년 일자리
    사업 추진`` / ``지연``: the status label's value is the lone status line, not the title's last word (the title
    lost ``추진`` and took ``지연`` before)."""
    src = FAMILIES / "dorae-county" / "dorae-county-68001-pdf.pdf"
    text = pdftotext_dump(src, tmp_path / "a.txt", "-raw")
    exp = family_header_expected("dorae-county", 68001)
    got = header_read(text, tmp_path / "a.txt")
    assert (got["title"], got["status"], got["status_code"]) == (
        exp["title"],
        exp["status"],
        exp["status_code"],
    )
    # mutation: the status line printed onto the title's line (as the docstring of header._side_values): still read
    lines = text.split("\n")
    k = lines.index(exp["status"])
    lines[k - 1] = lines[k - 1].replace(exp["title"], f"{exp['title']} {exp['status']}")
    del lines[k]
    got = header_read("\n".join(lines), tmp_path / "b.txt")
    assert (got["title"], got["status"]) == (exp["title"], exp["status"])
