"""Header values a text dump printed apart from their cell's other lines: a wrapped 공약명's last
line printed on a line of its own among the header's values (pdfminer's ``pdf2txt.py``: a box a
line, in an order of its own) is no status unless it is one of the vocabulary's status words and no
other status claims the one status label; a title cell of two lines printed around its label by
``pdftotext``'s default mode (no layout: every line flush left) is joined only where the break fell
inside one of the document's words (extract/sections/header_lines.py ``_cut_around``). A piece never
taken for a value it is not: the status and the title are right, or null / partial."""

from __future__ import annotations

import re
from pathlib import Path

from pledgecard.extract.textjoin import breaks_word
from tests.conftest import family_header_expected, header_read, pdftotext_dump

FAMILIES = Path(__file__).resolve().parents[1] / "samples" / "families"


def _norm(s: str | None) -> str:
    return re.sub(r"\s+", "", s or "")


def _pdf2txt(src: Path, out: Path) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    text = extract_text(str(src), laparams=LAParams())
    out.write_text(text, encoding="utf-8")
    return text


def test_a_title_syllable_printed_apart_is_no_status(tmp_path: Path) -> None:
    """nalgae-city 61008 through pdf2txt: ``해양레저 명소화 사업 추`` / ``진`` / ... / ``추진중(부진)``:
    the lone syllable was read as the status; it is the title's, the status the one printed later."""
    src = FAMILIES / "nalgae-city" / "nalgae-city-61008-pdf.pdf"
    text = _pdf2txt(src, tmp_path / "a.txt")
    exp = family_header_expected("nalgae-city", 61008)
    got = header_read(text, tmp_path / "a.txt")
    assert (_norm(got["title"]), got["status"], got["status_code"]) == (
        _norm(exp["title"]),
        exp["status"],
        exp["status_code"],
    )
    # mutation: the status line gone, the syllable is no status either (null, left unread)
    lines = text.split("\n")
    assert exp["status"] in lines
    lines.remove(exp["status"])
    got = header_read("\n".join(lines), tmp_path / "b.txt")
    assert (got["status"], got["status_code"]) == (None, None)
    assert _norm(got["title"]) == _norm(exp["title"])


def test_a_status_word_ending_a_title_yields_to_the_status_printed_later(tmp_path: Path) -> None:
    """nalgae-city 61009 through pdf2txt: ``수소산업 특화단지 지정`` / ``추진`` (a status word) right under
    the title's line, ``미착수`` later after the 담당자's value: two statuses for one label; the first,
    under a free-text value, is that value's wrapped end."""
    src = FAMILIES / "nalgae-city" / "nalgae-city-61009-pdf.pdf"
    text = _pdf2txt(src, tmp_path / "a.txt")
    exp = family_header_expected("nalgae-city", 61009)
    got = header_read(text, tmp_path / "a.txt")
    assert (_norm(got["title"]), got["status"], got["status_code"]) == (
        _norm(exp["title"]),
        exp["status"],
        exp["status_code"],
    )
    # mutation: the later status printed right under another free-text value (the 실천목표's) too: neither
    # status is proven, none is read
    lines = [x for x in text.split("\n") if x != exp["status"]]
    at = lines.index(exp["target"])
    lines.insert(at + 1, exp["status"])
    got = header_read("\n".join(lines), tmp_path / "b.txt")
    assert got["status"] is None and got["status_code"] is None
    assert _norm(got["title"]) != _norm(exp["title"]) + _norm(exp["status"])


def test_a_title_printed_around_its_label_without_layout_is_joined_where_a_word_proves_it(
    tmp_path: Path,
) -> None:
    """gippeum-county through pdftotext's default mode: ``어르신 돌봄 24시간 체`` / ``공약명`` / ``계 구축``:
    ``체계`` a word of the document (its running header repeats the title) proves the two lines one cell."""
    src = FAMILIES / "gippeum-county" / "gippeum-county-77001-pdf.pdf"
    text = pdftotext_dump(src, tmp_path / "a.txt")
    exp = family_header_expected("gippeum-county", 77001)
    got = header_read(text, tmp_path / "a.txt")
    assert _norm(got["title"]) == _norm(exp["title"])
    # 77002: the cell's third line printed far below: partial (its first two lines), never a middle piece alone
    src2 = FAMILIES / "gippeum-county" / "gippeum-county-77002-pdf.pdf"
    got2 = header_read(pdftotext_dump(src2, tmp_path / "c.txt"), tmp_path / "c.txt")
    exp2 = family_header_expected("gippeum-county", 77002)
    assert _norm(got2["title"]) and _norm(exp2["title"]).startswith(_norm(got2["title"]))
    assert len(_norm(got2["title"])) > len(_norm(exp2["title"])) // 2
    # mutation: the line above made to end at a word's end no word continues: not joined (the line under the
    # label alone, as before: a piece, not a made-up title)
    top = next(
        x
        for x in text.split("\n")
        if x
        and _norm(exp["title"]).startswith(_norm(x))
        and x != exp["title"]
        and not x.startswith(exp["title"])
    )
    got = header_read(text.replace(top + "\n", "무관한 줄\n", 1), tmp_path / "d.txt")
    assert "무관한" not in (got["title"] or "")


def test_breaks_word_needs_the_documents_word() -> None:
    lexicon = "어르신 돌봄 24시간 체계 구축\n청년농 육성"
    assert breaks_word("어르신 돌봄 24시간 체", "계 구축", lexicon)
    assert not breaks_word("어르신 돌봄 24시간", "계 구축", lexicon)  # a word's end: nothing proven
    assert not breaks_word("어르신 돌봄 24시간 체", "계 구축", "어르신 돌봄")
