"""A list grid of one row (a block line cutting the list in two, the head printed again: boram-city seed 82024,
``번호 추진일자 추진내용 비고`` / ``1 2023. 12. 18. 현장 건의 검토 완료`` / ``» 2024-03-31`` / the head again / rows 1 ..
5): its number is taken off where the same head numbers two rows or more elsewhere in the dump and a date
follows the number (the head's date column right after the numbers'). Alone, or with no date after the 1, the
one row stays as printed (a count is not a number column by guess)."""

from __future__ import annotations

from pledgecard.extract.readers.text_lines import TLine, to_tline
from pledgecard.extract.readers.text_row_numbers import drop_row_numbers

HEAD = "번호 추진일자 추진내용 비고"
SECOND = [HEAD, "1 2024.03.25. 설명회 개최 완료", "2 2024.02.03 협약 체결 완료"]


def _lines(*texts: str) -> list[TLine]:
    return [to_tline(n, 1, t) for n, t in enumerate(texts, 1)]


def test_a_one_row_grid_under_a_head_that_numbers_rows_elsewhere() -> None:
    dump = _lines(HEAD, "1 2023. 12. 18. 현장 건의 11건 검토 완료", "» 2024-03-31", *SECOND)
    got = [x.text for x in drop_row_numbers(dump)]
    assert got[:3] == ["추진일자 추진내용 비고", "2023. 12. 18. 현장 건의 11건 검토 완료", "» 2024-03-31"]
    assert got[4:] == ["2024.03.25. 설명회 개최 완료", "2024.02.03 협약 체결 완료"]


def test_a_one_row_grid_alone_or_without_a_date_after_its_number_stays() -> None:
    alone = _lines(HEAD, "1 2023. 12. 18. 현장 건의 11건 검토 완료", "» 2024-03-31")
    assert [x.text for x in drop_row_numbers(alone)] == [x.text for x in alone]
    undated = _lines(HEAD, "1 현장 건의 11건 검토 완료", "» 2024-03-31", *SECOND)
    assert drop_row_numbers(undated)[1].text == "1 현장 건의 11건 검토 완료"
