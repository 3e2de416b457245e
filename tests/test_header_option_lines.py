"""A pledge list's row dumped as three lines (extract/sections/header_option_lines.py): the options line parted
into the status options, the values line's words before the ticked / unticked run split among the heads."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header_option_lines import LONGEST_PHRASE, _groups
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
    assert _groups(toks, k) == _every_cut(toks, k)


def test_a_long_options_line_is_parted() -> None:
    """Twenty-four words (trying every cut of them into eight runs takes a quarter million tries): the one parting,
    or none where two fit."""
    opts = ["완료", "진행"] * 11 + ["이행후 계속추진"]
    toks = " ".join(opts).split()
    assert len(toks) == 24 and _groups(toks, len(opts)) == opts
    assert _groups(toks, 8) is None  # 완료 진행 ... in eight runs: only with a run of 17 words (… 이행후 계속추진)
    assert _groups(["정상", "추진", "완료"], 2) is None  # 정상 | 추진 완료 or 정상 추진 | 완료: not told


def _lines(*texts: str) -> list:
    return [Line(text=t, marker=None, indent=0, source=Source()) for t in texts]
