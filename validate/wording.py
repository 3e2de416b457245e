"""The report's wording for its readers (date words, units, funding source names), as data:
``templates/wording.toml``. How pledgecard writes, not how cards print (that is the template
vocabulary, :mod:`pledgecard.extract.vocabulary`)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["table", "word"]


@cache
def _data() -> dict[str, Any]:
    text = (
        resources.files("pledgecard.validate").joinpath("templates/wording.toml").read_text(encoding="utf-8")
    )
    return tomllib.loads(text)


def table(name: str) -> dict[str, Any]:
    """One table of the wording (``sources``: code -> name, ``short_numbers``: word -> value)."""
    return dict(_data()[name])


def word(name: str, key: str) -> str:
    """One word: ``word("units", "currency")`` -> the currency the report writes amounts in."""
    return str(_data()[name][key])
