"""Money: units, amounts in whole won, funding sources, budgets (pledgecard.normalize.money)."""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.normalize.money import (
    SOURCE_CODES,
    exact_amount,
    find_unit,
    funding_source,
    parse_amount,
    parse_budget,
    unit_multiplier,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))
SEED_TEXT = (SHARED / "seeds" / "gangwon-2-20-2024Q4.txt").read_text(encoding="utf-8")

UNITS = {
    "원": 1,
    "천원": 1_000,
    "천 원": 1_000,
    "만원": 10_000,
    "만 원": 10_000,
    "백만원": 1_000_000,
    "백만 원": 1_000_000,
    "천만원": 10_000_000,
    "억원": 100_000_000,
    "억 원": 100_000_000,
    "억": 100_000_000,
    "십억원": 1_000_000_000,
    "조원": 10**12,
    "조 원": 10**12,
    "백만": 1_000_000,
}


@pytest.mark.parametrize(("unit", "multiplier"), UNITS.items())
def test_unit_multiplier(unit: str, multiplier: int) -> None:
    assert unit_multiplier(unit) == multiplier
    assert unit_multiplier(f"(단위 : {unit})") == multiplier
    assert unit_multiplier(f"단위: {unit}") == multiplier


@pytest.mark.parametrize("unit", ["", "명", "개", "달러", "단위", "abc", "원원", "천백"])
def test_unit_multiplier_unknown(unit: str) -> None:
    assert unit_multiplier(unit) is None


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("(단위 : 백만 원)", "백만 원"),
        ("단위: 천원", "천원"),
        ("재원투자 실적 및 계획 (단위：억원)", "억원"),
        ("(단위 :   백만\u00a0원)", "백만 원"),
        ("(백만원)", "백만원"),
        ("구  분 총사업비", None),
        ("", None),
        # a letter alone on a line is a letter of a word printed a letter a line (a vertical label's
        # 단 / 위 / : / 백 / 만 / 원), no unit; in brackets it is one
        ("백", None),
        ("만", None),
        ("(백)", "백"),
        ("⦇천⦈", "천"),
        ("억원", "억원"),
    ],
)
def test_find_unit(line: str, unit: str | None) -> None:
    assert find_unit(line) == unit


def test_find_unit_in_seed_text() -> None:
    units = {find_unit(line) for line in SEED_TEXT.splitlines()} - {None}
    assert units == {SEED["funding"]["unit"]}


@pytest.mark.parametrize(
    ("raw", "multiplier", "won"),
    [
        ("220,719", 10**6, 220_719_000_000),
        ("-", 10**6, 0),
        ("–", 1, 0),
        ("—", 1, 0),
        ("0", 10**6, 0),
        ("48억", 10**6, 4_800_000_000),
        ("48억", 1, 4_800_000_000),
        ("1조 2,000억 원", 1, 1_200_000_000_000),
        ("3억5천만 원", 1, 350_000_000),
        ("3억 5천만원", 1000, 350_000_000),
        ("5,000만원", 1, 50_000_000),
        ("1.5억", 1, 150_000_000),
        ("12.3", 10**6, 12_300_000),
        ("0.5", 1, 1),  # rounded half up to whole won
        ("(1,234)", 1, 1234),
        ("△1,234", 1, -1234),
        ("-1,234", 1, -1234),
        ("△ 2.5", 10**8, -250_000_000),
        ("5,000천원", 1, 5_000_000),
        ("1,200백만원", 1, 1_200_000_000),
        ("1,000원", 10**6, 1000),
        (" 42,646 ", 10**6, 42_646_000_000),
    ],
)
def test_parse_amount(raw: str, multiplier: int, won: int) -> None:
    assert parse_amount(raw, multiplier) == won


@pytest.mark.parametrize("raw", ["", "비예산", "abc", "1,2,3", "국비 100", "약 3억", "12.3.4", "억", "--"])
def test_parse_amount_unreadable(raw: str) -> None:
    assert parse_amount(raw, 10**6) is None


def test_parse_amount_seed_funding_table() -> None:
    """Every amount of the seed's funding table parses to the expected won."""
    multiplier = unit_multiplier(find_unit("(단위 : 백만 원)") or "")
    assert multiplier == 10**6
    rows = {r["label"]: r["amounts_krw"] for r in SEED["funding"]["rows"]}
    for line in SEED_TEXT.splitlines():
        cells = line.split()
        label = "".join(c for c in cells if not c[0].isdigit() and c != "-")
        if label in rows and len(cells) > 8:
            amounts = [c for c in cells if c[0].isdigit() or c == "-"]
            assert [parse_amount(a, multiplier) for a in amounts] == rows[label]
            del rows[label]
    assert rows == {}


@pytest.mark.parametrize(
    ("label", "code"),
    [
        ("계", "total"),
        ("합계", "total"),
        ("총계", "total"),
        ("소계", "total"),
        ("국비", "national"),
        ("국  비", "national"),
        ("국비(기금)", "national"),
        ("지방비", "local"),
        ("지 방 비", "local"),
        ("도비", "provincial"),
        ("시도비", "provincial"),
        ("광역", "provincial"),
        ("시군비", "municipal"),
        ("시비", "municipal"),
        ("군비", "municipal"),
        ("시·군비", "municipal"),
        ("시ㆍ군비", "municipal"),
        ("시･군비", "municipal"),
        ("구비", "district"),
        ("민자", "private"),
        ("민간", "private"),
        ("민간자본", "private"),
        ("기타", "other"),
        ("자체", "other"),
        ("총사업비 비고", None),
        ("foo", None),
        ("", None),
        ("국비지원사업", None),
    ],
)
def test_funding_source(label: str, code: str | None) -> None:
    assert funding_source(label) == code
    assert code is None or code in SOURCE_CODES


def test_seed_budget() -> None:
    expected = SEED["overview"]["budget"]
    assert parse_budget(expected["raw"]) == expected


@pytest.mark.parametrize(
    ("raw", "unit", "total", "parts"),
    [
        (
            "48억 원(도비 20억, 시비 28억)",
            "억 원",
            4_800_000_000,
            [("도비", "provincial", 2_000_000_000), ("시비", "municipal", 2_800_000_000)],
        ),
        (
            "1,200백만원 (국비 600, 도비 180, 시군비 420)",
            "백만원",
            1_200_000_000,
            [
                ("국비", "national", 600_000_000),
                ("도비", "provincial", 180_000_000),
                ("시군비", "municipal", 420_000_000),
            ],
        ),
        ("총 5,000천원", "천원", 5_000_000, []),
        ("비예산", None, None, []),
        ("-", None, 0, []),
        (
            "100억원(국 비 50억원, 시·군비 5,000백만원, 민자 -)",
            "억원",
            10_000_000_000,
            [
                ("국비", "national", 5_000_000_000),
                ("시·군비", "municipal", 5_000_000_000),
                ("민자", "private", 0),
            ],
        ),
        (
            "3,000 백만 원 ( 국비 : 1,500 , 구비 : 1,500 )",
            "백만 원",
            3_000_000_000,
            [("국비", "national", 1_500_000_000), ("구비", "district", 1_500_000_000)],
        ),
        (
            "100억원(국비 50억(50%), 도비 50억)",
            "억원",
            10_000_000_000,
            [("국비", "national", 5_000_000_000), ("도비", "provincial", 5_000_000_000)],
        ),
        ("100억원(국비 50%, 도비 50%)", "억원", 10_000_000_000, []),  # shares are not amounts
        ("220,719 (단위: 백만원)", "백만원", 220_719_000_000, []),
        (
            "220,719백만 원(국비 154,442 / 지방비 66,277)",
            "백만 원",
            220_719_000_000,
            [("국비", "national", 154_442_000_000), ("지방비", "local", 66_277_000_000)],
        ),
        (
            "12.5억원(국비 10억, 기타 2.5억)",
            "억원",
            1_250_000_000,
            [("국비", "national", 1_000_000_000), ("기타", "other", 250_000_000)],
        ),
    ],
)
def test_parse_budget(
    raw: str, unit: str | None, total: int | None, parts: list[tuple[str, str, int]]
) -> None:
    got = parse_budget(raw)
    assert got["raw"] == raw
    assert got["unit"] == unit
    assert got["total_krw"] == total
    assert [(p["label"], p["source"], p["amount_krw"]) for p in got["parts"]] == parts


# ----------------------------------------------------------------- property tests

PRINTED_UNITS = ["원", "천 원", "천원", "만원", "백만 원", "백만원", "억 원", "억원", "억", "조 원", "조원"]


def _grouped(n: int | Decimal) -> str:
    return f"{n:,}"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**9), st.sampled_from(PRINTED_UNITS), st.booleans(), st.booleans())
def test_property_amount_with_unit(k: int, unit: str, comma: bool, space: bool) -> None:
    number = _grouped(k) if comma else str(k)
    multiplier = unit_multiplier(unit)
    assert multiplier is not None
    printed = f"{number}{' ' if space else ''}{unit}"
    assert parse_amount(printed) == k * multiplier  # unit in the text
    assert parse_amount(printed, 10**6) == k * multiplier  # ... overrides the multiplier
    assert parse_amount(number, multiplier) == k * multiplier  # unit from the table header


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([10**3, 10**6, 10**8]),
)
def test_property_decimal_amounts_are_exact(k: Decimal, multiplier: int) -> None:
    expected = int((k * multiplier).to_integral_value(rounding="ROUND_HALF_UP"))
    assert parse_amount(_grouped(k), multiplier) == expected
    assert parse_amount(f"△{k}", multiplier) == -expected


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 99), st.integers(0, 9999), st.integers(0, 9999), st.integers(0, 9999), st.booleans())
def test_property_mixed_korean_amounts(jo: int, eok: int, man: int, won: int, spaced: bool) -> None:
    parts = [(jo, "조"), (eok, "억"), (man, "만")]
    printed = (" " if spaced else "").join(f"{_grouped(v)}{u}" for v, u in parts if v)
    if won or not printed:
        printed += (" " if spaced and printed else "") + _grouped(won)
    printed += " 원" if spaced else "원"
    expected = jo * 10**12 + eok * 10**8 + man * 10**4 + won
    assert parse_amount(printed, 10**6) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 9), st.sampled_from(["천만", "백만", "십만"]))
def test_property_compact_korean_amounts(eok: int, digit: int, small: str) -> None:
    """``3억5천만 원`` style: a digit with 천/백/십 before 만."""
    value = {"천만": 10**7, "백만": 10**6, "십만": 10**5}[small]
    assert parse_amount(f"{eok}억{digit}{small} 원") == eok * 10**8 + digit * value


SOURCE_LABELS = [
    ("국비", "national"),
    ("도비", "provincial"),
    ("시군비", "municipal"),
    ("시비", "municipal"),
    ("군비", "municipal"),
    ("구비", "district"),
    ("지방비", "local"),
    ("민자", "private"),
    ("기타", "other"),
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SOURCE_LABELS), st.integers(0, 10**6)), min_size=1, max_size=4),
    st.sampled_from(["백만 원", "천원", "억 원", "원"]),
    st.sampled_from([", ", ",", " , "]),
)
def test_property_budget_parts(parts: list[tuple[tuple[str, str], int]], unit: str, sep: str) -> None:
    total = sum(k for _, k in parts)
    raw = f"{_grouped(total)}{unit}({sep.join(f'{label} {_grouped(k)}' for (label, _), k in parts)})"
    got = parse_budget(raw)
    multiplier = unit_multiplier(unit)
    assert multiplier is not None
    assert got["unit"] == unit and got["total_krw"] == total * multiplier
    assert [(p["label"], p["source"], p["amount_krw"]) for p in got["parts"]] == [
        (label, code, k * multiplier) for (label, code), k in parts
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.integers(1, 10**12))
def test_property_money_never_raises(text: str, multiplier: int) -> None:
    amount = parse_amount(text, multiplier)
    assert amount is None or isinstance(amount, int)
    budget = parse_budget(text)
    assert set(budget) == {"raw", "unit", "total_krw", "parts"}
    unit_multiplier(text)
    find_unit(text)
    funding_source(text)


def test_budget_parts_with_one_letter_sources() -> None:
    b = parse_budget("1,200백만원(국 600, 도 180, 시 420)")
    assert [(p["source"], p["amount_krw"]) for p in b["parts"]] == [
        ("national", 600_000_000),
        ("provincial", 180_000_000),
        ("municipal", 420_000_000),
    ]


# ------------------------------------------------ compound Korean amounts: 3억 2천 5백만원 (issue 11)

BIGS = [("조", 10**12), ("억", 10**8), ("만", 10**4), ("", 1)]


def _spell_block(v: int, style: str) -> str:
    """A number below 10,000 as a card prints it: ``2500``, ``2,500``, ``2천5백``, ``2천 5백``, ``2천500``."""
    if style == "digits":
        return str(v)
    if style == "comma":
        return _grouped(v)
    places = [(v // 1000, "천"), (v // 100 % 10, "백"), (v // 10 % 10, "십"), (v % 10, "")]
    if style == "mixed":  # the thousands in words, the rest in digits
        head = f"{v // 1000}천" if v >= 1000 else ""
        rest = v % 1000
        return head + (str(rest) if rest or not head else "")
    sep = " " if style == "spaced" else ""
    return sep.join(f"{d}{w}" for d, w in places if d)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.integers(0, 9999), min_size=4, max_size=4).filter(any),
    st.lists(st.sampled_from(["digits", "comma", "compact", "spaced", "mixed"]), min_size=4, max_size=4),
    st.sampled_from(["", " "]),
    st.sampled_from(["원", " 원", ""]),
)
def test_property_compound_amount_spellings_read_back(
    values: list[int], styles: list[str], gap: str, won: str
) -> None:
    """An amount rendered in any card spelling of its places (``149억 6천만원``, ``3억 2천 5백만원``,
    ``12억 5,000만원``, ``2천5백만원``) reads back to the same won; the budget's unit is the first
    place's big numeral with the currency printed."""
    blocks = [
        (v, big, scale, style) for v, (big, scale), style in zip(values, BIGS, styles, strict=True) if v
    ]
    if blocks[-1][1] == "" and not won:
        won = "원"  # without a currency, 2억 3천 reads two ways (tested below)
    printed = gap.join(f"{_spell_block(v, style)}{big}" for v, big, _, style in blocks) + won
    expected = sum(v * scale for v, _, scale, _ in blocks)
    assert parse_amount(printed, 10**6) == expected, printed
    budget = parse_budget(f"총 {printed}")
    assert budget["total_krw"] == expected, printed
    first = _spell_block(blocks[0][0], blocks[0][3])
    if len(blocks) > 1 or len(re.findall(r"\d[\d,]*", first)) > 1:  # compound: its first place
        unit = blocks[0][1] + won
    else:  # one number: the unit printed after it (2천억원 -> 천억원)
        unit = re.sub(r"^[\d,]+", "", first) + blocks[0][1] + won
    assert budget["unit"] == (unit.strip() or None), printed


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(BIGS[:2]),
    st.integers(1, 9999),
    st.integers(1, 9999),
    st.sampled_from(["digits", "comma", "compact", "spaced", "mixed"]),
    st.sampled_from(["", " "]),
)
def test_property_a_dropped_place_word_reads_as_null(
    big: tuple[str, int], head: int, v: int, style: str, gap: str
) -> None:
    """``2억 3천``: the place word of the last block left off (said for 2억 3천만), no currency: null,
    never 200,003,000; with the place word printed it reads."""
    words = [w for w, _ in BIGS]
    below = words[words.index(big[0]) + 1]
    printed = f"{head}{big[0]}{gap}{_spell_block(v, style)}"
    assert parse_amount(printed, 10**6) is None, printed
    assert parse_budget(f"총 {printed}")["total_krw"] is None, printed
    assert parse_amount(f"{printed}{below}원") == head * big[1] + v * dict(BIGS)[below]


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(["", " "]))
def test_property_places_out_of_order_read_as_null(a: int, b: int, gap: str) -> None:
    """A lower place before a higher one (``3만 2억``), a place twice (``2억 2억``) or a block as large
    as the place above it (``1억 12,000만``): null."""
    assert parse_amount(f"{a}만{gap}{b}억원") is None
    assert parse_amount(f"{a}억{gap}{b}억원") is None
    assert parse_amount(f"{a}억{gap}{_grouped(b + 10_000)}만원") is None


@pytest.mark.parametrize(
    ("raw", "won"),
    [
        ("149억 6천만원", 14_960_000_000),
        ("3억 2천 5백만원", 325_000_000),
        ("12억 5,000만원", 1_250_000_000),
        ("2천5백만원", 25_000_000),
        ("2천 5백만 원", 25_000_000),
        ("5백만원", 5_000_000),
        ("1조 2천억원", 1_200_000_000_000),
        ("3.5억원", 350_000_000),
        ("1조 500만원", 1_000_005_000_000),
        ("1억 2천만 5백원", 120_000_500),
        ("2억 3천원", 200_003_000),  # the currency printed: read as printed
        ("5천 500만원", 55_000_000),
    ],
)
def test_compound_amounts(raw: str, won: int) -> None:
    assert parse_amount(raw) == won
    assert parse_amount(raw, 10**6) == won  # the printed places override a table's unit
    assert parse_budget(f"총 {raw}(국비 {raw})")["parts"][0]["amount_krw"] == won


@pytest.mark.parametrize(
    "raw",
    [
        "억",
        "억원",
        "천만원",
        "만",
        "2억 3천",
        "1조 5천",
        "3억 5000",
        "1억 12,000만원",
        "3만 2억원",
        "2억 2억",
        "2천 1,500만원",
        "5백 2천만원",
        "3.5억 2천만원",
        "1억 2.5천만원",
        "2천 2천만원",
    ],
)
def test_compound_amounts_that_read_two_ways_are_null(raw: str) -> None:
    assert parse_amount(raw, 10**6) is None
    assert parse_budget(f"총 {raw}")["total_krw"] is None


@pytest.mark.parametrize(
    ("raw", "unit"),
    [
        ("총 149억 6천만원(국비 49억 5천만원)", "억원"),
        ("3억 5천만 원", "억 원"),
        ("2천5백만원", "만원"),
        ("1조 2천억원", "조원"),
        ("5백만원", "백만원"),
        ("3.5억원", "억원"),
        ("5,000천원", "천원"),
    ],
)
def test_budget_unit_of_a_compound_amount_is_its_first_place(raw: str, unit: str) -> None:
    """The unit of ``149억 6천만원`` is 억원 (the place the amount is stated in), not its last block's 천만원."""
    assert parse_budget(raw)["unit"] == unit


@given(
    whole=st.integers(0, 10**12),
    frac=st.none() | st.from_regex(r"\A[0-9]{1,3}\Z"),
    sign=st.sampled_from(["", "-", "△"]),
    mult=st.sampled_from([1, 1000, 1_000_000]),
)
def test_exact_amount_is_the_printed_value_and_parse_amount_its_whole_won(
    whole: int, frac: str | None, sign: str, mult: int
) -> None:
    printed = f"{sign}{whole:,}{'.' + frac if frac is not None else ''}"
    value = Decimal(f"{whole}{'.' + frac if frac is not None else ''}") * mult
    exact = exact_amount(printed, mult)
    assert exact == (-value if sign else value)  # not rounded: 1.4 + 1.4 is 2.8
    rounded = int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert parse_amount(printed, mult) == (-rounded if sign else rounded)
