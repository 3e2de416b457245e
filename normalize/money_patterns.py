"""The money patterns of a vocabulary: its numerals, currency word and unit label made into the
regexes of units, amounts (as printed, or OCR-confused) and a budget's parts (:func:`money_patterns`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pledgecard.extract.vocabulary import Vocabulary, current


def _words(v: Vocabulary) -> tuple[str, str, str]:
    """The small numerals, the big ones and the currency word, as regex alternations."""
    return (
        "|".join(map(re.escape, v.numerals("small"))) or "(?!)",
        "|".join(map(re.escape, v.numerals("big"))) or "(?!)",
        v.alternation("money", "currency"),
    )


def unit_src(v: Vocabulary) -> str:
    """A unit as printed: 원, 천원, 백만 원, 억, 억 원, 조원 ... (spaces allowed between the parts)."""
    small, big, won = _words(v)
    return rf"(?:(?:{small})\s*)?(?:(?:{big})\s*(?:{won})?|(?:{won}))|(?:{small})(?=\s*$)"


MAX_DIGITS = 30  # no card prints more; longer digit runs are not amounts
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"


def _groups_src(num: str, small: str, big: str) -> str:
    """The groups of an amount as printed: blocks (``3억 | 2천 5백만 | 500``) of terms (``2천``, ``5백``,
    ``500``), each block but the last closing with a big numeral and each term but a block's last with a
    small one, so a digit run is never split two ways."""
    term = rf"(?:{num})\s*(?:{small})\s*"
    last = rf"(?:{num})\s*(?:(?:{small})\s*)?"
    return rf"(?:(?:{term})*{last}(?:{big})\s*)*(?:{term})*{last}(?:(?:{big})\s*)?"


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The money patterns of one vocabulary (its numerals, currency and unit label)."""

    small: dict[str, int]
    big: dict[str, int]
    unit: str  # regex source of a unit
    unit_word: re.Pattern[str]
    unit_line: re.Pattern[str]
    unit_key: re.Pattern[str]
    unit_prefix: re.Pattern[str]
    unit_label: re.Pattern[str]
    group: re.Pattern[str]
    loose_group: re.Pattern[str]
    amount: re.Pattern[str]
    loose_amount_src: str
    loose_amount: re.Pattern[str]
    part: re.Pattern[str]


def _patterns(v: Vocabulary) -> _Patterns:
    small, big, won = _words(v)
    unit = unit_src(v)
    label = v.pattern("money", "unit_label")
    groups = _groups_src(_NUMBER, small, big)
    loose_groups = _groups_src(LOOSE_NUM, small, big)
    # An amount as printed, confused or not: sign, groups, currency; it must hold a real digit and
    # may not be glued to a Latin letter or digit on its left (``X100`` is no amount).
    loose_amount_src = rf"(?<![A-Za-z\d,.])(?:[-−△▲]\s*)?(?=[^\s(（]*\d){loose_groups}(?:{won})?"
    return _Patterns(
        small=v.numerals("small"),
        big=v.numerals("big"),
        unit=unit,
        unit_word=re.compile(rf"(?:{unit})"),
        unit_line=re.compile(rf"(?:{label})\s*[:：]?\s*({unit})"),
        unit_key=re.compile(rf"(?P<small>{small})?(?P<big>{big})?(?P<won>{won})?"),
        unit_label=re.compile(label),
        unit_prefix=re.compile(rf"^\(?(?:{v.alternation('money', 'unit_label')})?[:：]?"),
        # One group of an amount: 3억, 5천만, 2,000억, 1.5억, 500백만, 5,000천 ...
        group=re.compile(rf"(?P<num>{_NUMBER})\s*(?P<small>{small})?\s*(?P<big>{big})?"),
        loose_group=re.compile(rf"(?P<num>{LOOSE_NUM})\s*(?P<small>{small})?\s*(?P<big>{big})?"),
        amount=re.compile(rf"(?P<sign>[-−△▲]\s*)?(?P<groups>{groups})(?P<won>{won})?"),
        loose_amount_src=loose_amount_src,
        loose_amount=re.compile(loose_amount_src),
        part=re.compile(
            rf"(?P<label>[가-힣][가-힣·ㆍ‧ \u00a0]*?)\s*[:：]?\s*"
            rf"(?:(?P<amount>{loose_amount_src})|(?P<dash>[-–—])(?![\d{re.escape(_LOOKALIKE)}]))"
        ),
    )


def money_patterns() -> _Patterns:
    return current().build(_patterns)


# OCR puts these letters for 0 and 1 (``2O억``, ``l54,442``): a token holding them is read whole
# and then refused, so a confused token never yields part of its digits as another number.
_LOOKALIKE = "OoIl|"
_LOOSE_DIGIT = rf"[\d{re.escape(_LOOKALIKE)}]"
# A run of digits and look-alikes; a comma or point only between two of them (``154,442,`` ends at 2).
LOOSE_NUM = rf"{_LOOSE_DIGIT}(?:{_LOOSE_DIGIT}|[,.]+(?={_LOOSE_DIGIT}))*"
