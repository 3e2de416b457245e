"""A pledge list's row dumped as three lines (extract/sections/header_option_lines.py): the options line parted
into the status options, the values line's words before the ticked / unticked run split among the heads."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_option_lines import LONGEST_PHRASE, groups
from pledgecard.normalize.status import status_code

WORDS = ["이행후", "계속추진", "완료", "정상", "일부", "추진", "지연", "부진", "미착수", "기타", "사업", "중"]


def _every_cut(toks: list[str], k: int) -> list[str] | None:
    """The parting by trying every cut (the former way): the reference the positions' count must agree with."""
    if len(toks) < k or k < 2:
        return None
    fits = []
    for cuts in combinations(range(1, len(toks)), k - 1):
        bounds = (0, *cuts, len(toks))
        runs = [" ".join(toks[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        if all(status_code(r) not in (None, "other") and len(r.split()) <= LONGEST_PHRASE for r in runs):
            fits.append(runs)
    return fits[0] if len(fits) == 1 else None


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=8), st.integers(min_value=0, max_value=5))
def test_the_options_are_parted_as_every_cut_parts_them(toks: list[str], k: int) -> None:
    assert groups(toks, k) == _every_cut(toks, k)


def test_a_long_options_line_is_parted() -> None:
    """Twenty-four words (trying every cut of them into eight runs takes a quarter million tries): the one parting,
    or none where two fit."""
    opts = ["완료", "진행"] * 11 + ["이행후 계속추진"]
    toks = " ".join(opts).split()
    assert len(toks) == 24 and groups(toks, len(opts)) == opts
    assert (
        groups(toks, 8) is None
    )  # 완료 진행 ... in eight runs: only with a run of 17 words (… 이행후 계속추진)
    assert groups(["정상", "추진", "완료"], 2) is None  # 정상 | 추진 완료 or 정상 추진 | 완료: not told


def _lines(*texts: str) -> list:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]


def _pairs(heads: str, options: str, values: str) -> list[tuple[str, str]] | None:
    from pledgecard.extract.sections.header_option_grid import option_grid_pairs
    from pledgecard.extract.sections.header_option_lines import option_grid_lines

    out = option_grid_lines(_lines(heads, options, values))
    if len(out) != 1:
        return None
    return [(f, v) for f, v, _ in option_grid_pairs(out[0])[0]]


OPTIONS = "해당안됨 해당됨 해당안됨"


def test_a_head_no_label_names_takes_its_rows_number() -> None:
    """연번 before the labels: its value a bare integer, taken by it, not glued into the title."""
    got = _pairs(
        "연번 공약명 관리번호 추진상황 비고",
        "이행후 계속추진 완료 정상",
        f"1 공공돌봄 체계 구축 Ⅵ-27 {OPTIONS} 없음",
    )
    assert got == [("status", "완료"), ("title", "공공돌봄 체계 구축"), ("mgmt_no", "Ⅵ-27")]


def test_a_head_no_label_names_over_no_rows_number_leaves_the_lines() -> None:
    for heads, values in (
        ("연번 공약명 관리번호 추진상황 비고", f"가 공공돌봄 체계 구축 Ⅵ-27 {OPTIONS} 없음"),
        ("공약명 구분 관리번호 추진상황 비고", f"공공돌봄 체계 구축 1 Ⅵ-27 {OPTIONS} 없음"),  # a head inside
        ("연번 순번 공약명 추진상황 비고", f"1 2 공공돌봄 체계 구축 {OPTIONS} 없음"),  # two words together
        ("연번 추진상황 비고", f"1 {OPTIONS} 없음"),
    ):  # no label at all before the status
        assert _pairs(heads, "이행후 계속추진 완료 정상", values) is None, heads


def test_one_label_before_the_status_takes_a_value_of_its_kind_only() -> None:
    opts = "이행후 계속추진 완료 정상"
    assert _pairs("관리번호 추진상황 비고", opts, f"Ⅵ-27 {OPTIONS} 없음") == [
        ("status", "완료"),
        ("mgmt_no", "Ⅵ-27"),
    ]
    assert (
        _pairs("관리번호 추진상황 비고", opts, f"공공돌봄 체계 {OPTIONS} 없음") is None
    )  # no code: not its value
    assert _pairs("공약명 추진상황 비고", opts, f"공공돌봄 체계 {OPTIONS} 없음") == [
        ("status", "완료"),
        ("title", "공공돌봄 체계"),
    ]
