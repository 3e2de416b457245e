"""Text folding, quotes and label keys (pledgecard.normalize.text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.normalize.text import fold, label_key, norm_quotes, unify_dots


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("  공 약 명  ", "공 약 명"),
        ("a\u00a0\u00a0b", "a b"),
        ("a\u3000b", "a b"),
        ("a \t\n b", "a b"),
        ("엘앤\u200b피", "엘앤피"),
        ("a \u200b b", "a b"),
        ("\ufeff추진중(정상)\u2060", "추진중(정상)"),
        ("", ""),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_norm_quotes() -> None:
    assert norm_quotes("’24. ‘23. ＇22. `21. ´20.") == "'24. '23. '22. '21. '20."
    assert norm_quotes("추진중(정상)") == "추진중(정상)"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("총 사업비", "총사업비"),
        ("국  비", "국비"),
        ("시ㆍ군비", "시·군비"),
        ("시‧군비", "시·군비"),
        ("시・군비", "시·군비"),
        ("ＡＢＣ　계", "abc계"),
        ("추진중 (정상)", "추진중(정상)"),
        ("RIS", "ris"),
    ],
)
def test_label_key(raw: str, key: str) -> None:
    assert label_key(raw) == key


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_fold_and_key_are_idempotent(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == folded.strip() and "  " not in folded
    assert not any(c.isspace() and c != " " for c in folded)
    key = label_key(text)
    assert label_key(key) == key
    assert not any(c.isspace() for c in key)
    assert unify_dots(key) == key
