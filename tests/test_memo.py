"""pledgecard.memo: short strings' results remembered, long ones computed every time and never
kept; the string functions that use it give what they gave without it (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pledgecard.extract.labels import norm_label
from pledgecard.extract.vocabulary import key
from pledgecard.memo import MAX_CHARS, short_strings
from pledgecard.normalize.text import fold


def test_short_strings_are_remembered_and_long_ones_are_not() -> None:
    calls: list[str] = []

    @short_strings
    def upper(s: str) -> str:
        """Upper case."""
        calls.append(s)
        return s.upper()

    long = "x" * (MAX_CHARS + 1)
    assert [upper("ab"), upper("ab"), upper(long), upper(long)] == ["AB", "AB", long.upper(), long.upper()]
    assert calls == ["ab", long, long]
    info = upper.cache_info()  # type: ignore[attr-defined]
    assert (info.hits, info.currsize) == (1, 1)
    assert upper.__doc__ == "Upper case." and upper.__name__ == "upper"


TEXTS = st.text(
    alphabet=st.sampled_from(list("사업개요 추진실적()（）1.Ⅱ가)\u3000\u00a0\u200b\t《》:ﾃｽﾄ")),
    max_size=MAX_CHARS + 20,
)


@given(TEXTS)
def test_remembered_functions_give_what_they_compute(text: str) -> None:
    for fn in (fold, key, norm_label):
        first, again = fn(text), fn(text)
        assert first == again == fn.__wrapped__(text)  # type: ignore[attr-defined]
