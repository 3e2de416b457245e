"""A table cell's printed figure (:func:`pledgecard.normalize.money.cell_figure`): the value is the
printed number's digits, exactly, whatever the grouping, sign and options."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pledgecard.normalize.money import SIGNS, cell_figure
from pledgecard.normalize.text import DASHES

_WORDS = st.text(alphabet="회건명개(설명)", min_size=1, max_size=4)


def _grouped(whole: int) -> str:
    return f"{whole:,}"


@given(
    whole=st.integers(0, 10**15),
    grouped=st.booleans(),
    frac=st.none() | st.from_regex(r"\A[0-9]{1,4}\Z"),
    sign=st.sampled_from(["", *SIGNS]),
    pad=st.sampled_from(["", " ", "  ", "\t"]),
)
def test_the_printed_digits_are_the_value(
    whole: int, grouped: bool, frac: str | None, sign: str, pad: str
) -> None:
    digits = _grouped(whole) if grouped else str(whole)
    printed = f"{pad}{sign}{digits}{'.' + frac if frac is not None else ''}{pad}"
    expected = Decimal(str(whole) + ("." + frac if frac is not None else ""))
    assert cell_figure(printed) == (-expected if sign else expected)
    # no sign allowed: a signed figure is none; no decimals allowed: a fraction is none
    assert cell_figure(printed, signs="") == (None if sign else expected)
    assert cell_figure(printed, decimals=False) == (
        None if frac is not None else -expected if sign else expected
    )


@given(whole=st.integers(1000, 10**12), cut=st.integers(1, 2))
def test_commas_not_in_threes_are_no_figure(whole: int, cut: int) -> None:
    printed = _grouped(whole)
    k = printed.index(",")
    assert cell_figure(printed[: k + cut] + "," + printed[k + cut :].replace(",", "", 1)) is None


@given(whole=st.integers(0, 10**9), grouped=st.booleans(), unit=_WORDS)
def test_a_unit_after_the_figure_only_where_allowed(whole: int, grouped: bool, unit: str) -> None:
    digits = _grouped(whole) if grouped else str(whole)
    assert cell_figure(digits + unit, signs="", decimals=False, unit_after=True) == whole
    assert cell_figure(digits + unit) is None


@given(dash=st.sampled_from(sorted(DASHES)), pad=st.sampled_from(["", " ", "\n"]))
def test_a_dash_and_a_blank(dash: str, pad: str) -> None:
    assert cell_figure(pad + dash + pad) == 0
    assert cell_figure(pad + dash + pad, dash_is_zero=False) is None
    assert cell_figure(pad) is None
    assert cell_figure(pad, blank_is_zero=True) == 0


@given(text=st.text(alphabet="가나다abc%", min_size=1, max_size=6))
def test_words_are_no_figure(text: str) -> None:
    assert cell_figure(text) is None
    assert cell_figure(text, unit_after=True) is None


@given(
    whole=st.integers(10, 10**9),
    grouped=st.booleans(),
    sep=st.sampled_from([".", ",", "/", ":", "~", "-"]),
    more=st.integers(0, 999),
    unit=st.sampled_from(["", "회", "(설명)"]),
)
def test_a_figure_with_a_unit_after_is_read_whole_or_not_at_all(
    whole: int, grouped: bool, sep: str, more: int, unit: str
) -> None:
    # ``12.5``, ``1,234.5``, ``10/20``: no shorter run of the digits is the cell's figure (12.5 was read as 1)
    tail = (
        str(more % 100) if sep == "," else str(more)
    )  # three digits after a comma would group the thousands
    printed = f"{_grouped(whole) if grouped else whole}{sep}{tail}{unit}"
    got = cell_figure(printed, signs="", decimals=False, unit_after=True)
    assert got is None
    if sep == ".":
        assert cell_figure(printed, signs="", unit_after=True) == Decimal(f"{whole}.{tail}")
