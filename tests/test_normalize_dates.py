"""Korean date expressions -> date objects (pledgecard.normalize.dates)."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pledgecard.normalize.dates import DATE_PATTERN, find_dates, is_date, parse_date

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = json.loads((SHARED / "spec" / "seed.expected.json").read_text(encoding="utf-8"))

# (raw, label, start, end, precision)
EXAMPLES = [
    ("'24. 9.", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("’23. 3.", "2023-03", "2023-03-01", "2023-03-31", "month"),
    ("'24. 9 ~ 12.", "2024-09/2024-12", "2024-09-01", "2024-12-31", "month"),
    ("'23. 8 ~12.", "2023-08/2023-12", "2023-08-01", "2023-12-31", "month"),
    ("'24. 3 ~12.", "2024-03/2024-12", "2024-03-01", "2024-12-31", "month"),
    ("2022. 5월 ~ 2027. 2월", "2022-05/2027-02", "2022-05-01", "2027-02-28", "month"),
    ("'24. 3분기", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("'25. 상반기", "2025-H1", "2025-01-01", "2025-06-30", "half"),
    ("'25. 하반기", "2025-H2", "2025-07-01", "2025-12-31", "half"),
    ("'23. 2학기~", "2023-S2/..", "2023-09-01", None, "semester"),
    ("'24. 1학기", "2024-S1", "2024-03-01", "2024-08-31", "semester"),
    ("'23. 2학기", "2023-S2", "2023-09-01", "2024-02-29", "semester"),  # leap year February
    ("'24. 2학기", "2024-S2", "2024-09-01", "2025-02-28", "semester"),
    ("'24. 12월", "2024-12", "2024-12-01", "2024-12-31", "month"),
    ("2023. 4. 15.", "2023-04-15", "2023-04-15", "2023-04-15", "day"),
    ("'22.12월", "2022-12", "2022-12-01", "2022-12-31", "month"),
    ("23.3월", "2023-03", "2023-03-01", "2023-03-31", "month"),
    ("2024.3.~2024.12.", "2024-03/2024-12", "2024-03-01", "2024-12-31", "month"),
    ("2025년 3월", "2025-03", "2025-03-01", "2025-03-31", "month"),
    ("'23. 11 ~ '24. 2.", "2023-11/2024-02", "2023-11-01", "2024-02-29", "month"),
    ("2024. 10월 중", "2024-10", "2024-10-01", "2024-10-31", "month"),
    ("'26. 상반기 예정", "2026-H1", "2026-01-01", "2026-06-30", "half"),
    ("2024년 4분기 현재", "2024-Q4", "2024-10-01", "2024-12-31", "quarter"),
    ("’24. 3분기 기준 누계", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("2024년", "2024", "2024-01-01", "2024-12-31", "year"),
    ("'24년", "2024", "2024-01-01", "2024-12-31", "year"),
    ("2024. 3. 5. ~ 4. 10.", "2024-03-05/2024-04-10", "2024-03-05", "2024-04-10", "day"),
    ("'24. 9월~12월", "2024-09/2024-12", "2024-09-01", "2024-12-31", "month"),
    ("2023 ~ 2026", "2023/2026", "2023-01-01", "2026-12-31", "year"),
    ("2024.09.15", "2024-09-15", "2024-09-15", "2024-09-15", "day"),
    ("2024-09-15", "2024-09-15", "2024-09-15", "2024-09-15", "day"),
    ("2022. 7. ~ 2026. 6.", "2022-07/2026-06", "2022-07-01", "2026-06-30", "month"),
    # tolerated wrappers and trailing words
    ("('24. 9 ~ 12.)", "2024-09/2024-12", "2024-09-01", "2024-12-31", "month"),
    ("《2024년 4분기 현재》", "2024-Q4", "2024-10-01", "2024-12-31", "quarter"),
    ("'23. 2학기~ (학기별 개설)", "2023-S2/..", "2023-09-01", None, "semester"),
    ("2024. 12월 말까지", "2024-12", "2024-12-01", "2024-12-31", "month"),
    ("'25. 3월 초", "2025-03", "2025-03-01", "2025-03-31", "month"),
    ("'24. 5. 완료", "2024-05", "2024-05-01", "2024-05-31", "month"),
    ("'23. 2학기 이후", "2023-S2/..", "2023-09-01", None, "semester"),  # 이후: from then on
    ("2027년 이후", "2027/..", "2027-01-01", None, "year"),
    # other shapes
    ("'24. 11 ~ 2.", "2024-11/2025-02", "2024-11-01", "2025-02-28", "month"),  # rolls into next year
    ("'24. 2학기 ~ 1학기", "2024-S2/2025-S1", "2024-09-01", "2025-08-31", "semester"),
    ("'24. 1분기 ~ 3분기", "2024-Q1/2024-Q3", "2024-01-01", "2024-09-30", "quarter"),
    ("2024. 3. ~ 2024. 12. 15.", "2024-03/2024-12-15", "2024-03-01", "2024-12-15", "month"),
    ("2024년 3월 5일", "2024-03-05", "2024-03-05", "2024-03-05", "day"),
    ("2024. 하반기", "2024-H2", "2024-07-01", "2024-12-31", "half"),
    ("<2023>", "2023", "2023-01-01", "2023-12-31", "year"),
    ("2023", "2023", "2023-01-01", "2023-12-31", "year"),
    ("'22 ~ '26", "2022/2026", "2022-01-01", "2026-12-31", "year"),
    ("2021 - 2025", "2021/2025", "2021-01-01", "2025-12-31", "year"),
    ("'24. 1/4분기", "2024-Q1", "2024-01-01", "2024-03-31", "quarter"),
    ("2024년 3/4분기", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("'24. 9월 중순", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("'24.9.~12.", "2024-09/2024-12", "2024-09-01", "2024-12-31", "month"),
    ("2024. 3. 5.(화)", "2024-03-05", "2024-03-05", "2024-03-05", "day"),
    ("2024.03", "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("2024. 3월말", "2024-03", "2024-03-01", "2024-03-31", "month"),
    ("'24년도 하반기", "2024-H2", "2024-07-01", "2024-12-31", "half"),
    ("'24. 9까지", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("\u00a0 '24. 3월 ~\u3000'24. 6월 ", "2024-03/2024-06", "2024-03-01", "2024-06-30", "month"),
    # two-digit years without apostrophe in a month range (a county's 24.9.~25.6.)
    ("24.9.~25.6.", "2024-09/2025-06", "2024-09-01", "2025-06-30", "month"),
    ("22. 7.~26. 2.", "2022-07/2026-02", "2022-07-01", "2026-02-28", "month"),
    ("'23. 2/4분기 기준", "2023-Q2", "2023-04-01", "2023-06-30", "quarter"),
    # a quarter as the bare fraction right after a stated year, a half as its Hanja mark (sinbi-county)
    ("'24.3/4", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("'25.2/4 기준 누계", "2025-Q2", "2025-04-01", "2025-06-30", "quarter"),
    # a quarter's number after the ordinal prefix 제 (binnae-city)
    ("2024년 제3분기", "2024-Q3", "2024-07-01", "2024-09-30", "quarter"),
    ("'26년 제1분기 기준", "2026-Q1", "2026-01-01", "2026-03-31", "quarter"),
    ("2024년 제1분기 ~ 제3분기", "2024-Q1/2024-Q3", "2024-01-01", "2024-09-30", "quarter"),
    ("'24.上", "2024-H1", "2024-01-01", "2024-06-30", "half"),
    ("'28.下", "2028-H2", "2028-07-01", "2028-12-31", "half"),
    # a two-digit year without apostrophe before a month closed by its point (yunseul-city, session 9:
    # 23.5., 23. 5.~8.); until then a lone YY.M. was read as a number
    ("24.9.", "2024-09", "2024-09-01", "2024-09-30", "month"),
    ("23. 5.~8.", "2023-05/2023-08", "2023-05-01", "2023-08-31", "month"),
]

UNREADABLE = [
    "",
    "   ",
    "abc",
    "비예산",
    "'24. 13.",
    "2024. 2. 30.",
    "2023. 2. 29.",
    "3대",
    "220,719",
    "51명",
    "12.3",
    "1→4과목",
    "'24.中",
    "참석률 3/4",
    "2024. 1/4.",
    "'24. 9 ~ 13.",
    "2026 ~ 2023",
    "추진중(정상)",
    "1(채용박람회)",
    "9월",
    "3분기",  # no year and no default year
    "24.9",
    "24.9.15",
    "25.9.~24.11.",  # a decimal and a dotted run are numbers; a short range must run forward
]


def _seed_dates(node: Any) -> list[dict[str, Any]]:
    """Every date object in the seed's expected record."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if set(node) == {"raw", "label", "start", "end", "precision"}:
            return [node]
        for v in node.values():
            found += _seed_dates(v)
    elif isinstance(node, list):
        for v in node:
            found += _seed_dates(v)
    return found


@pytest.mark.parametrize(("raw", "label", "start", "end", "precision"), EXAMPLES)
def test_examples(raw: str, label: str, start: str, end: str | None, precision: str) -> None:
    got = parse_date(raw)
    assert got == {
        "raw": " ".join(raw.split()),
        "label": label,
        "start": start,
        "end": end,
        "precision": precision,
    }
    assert is_date(raw)


@pytest.mark.parametrize("raw", UNREADABLE)
def test_unreadable_gives_raw_and_nulls(raw: str) -> None:
    got = parse_date(raw)
    assert got == {"raw": " ".join(raw.split()), "label": None, "start": None, "end": None, "precision": None}
    assert not is_date(raw)


def test_seed_date_objects_round_trip() -> None:
    objects = _seed_dates(SEED)
    assert len(objects) > 30
    for obj in objects:
        assert parse_date(obj["raw"]) == obj


def test_raw_keeps_original_quotes_and_folds_space() -> None:
    assert parse_date("  ’24.\u00a0 9. ")["raw"] == "’24. 9."
    assert parse_date("‘24. 9.")["label"] == "2024-09"
    assert parse_date("＇24. 9.")["label"] == "2024-09"
    assert parse_date("`24. 9.")["label"] == "2024-09"


def test_default_year_for_yearless_expressions() -> None:
    assert parse_date("9월", default_year=2024)["label"] == "2024-09"
    assert parse_date("3분기 ~ 4분기", default_year=2025)["label"] == "2025-Q3/2025-Q4"
    assert parse_date("11. ~ 2.", default_year=2024)["label"] == "2024-11/2025-02"
    assert parse_date("'23. 3.", default_year=2024)["label"] == "2023-03"  # a stated year wins
    assert parse_date("12", default_year=2024)["label"] is None  # a bare number is not a date


def test_find_dates_spans_in_text() -> None:
    text = "프로젝트 진행('24. 9 ~ 12.) : 헬스케어융합전공생 11명 참여(1학기 6명)"
    found = find_dates(text)
    assert [(text[a:b], d["label"]) for a, b, d in found] == [("'24. 9 ~ 12.", "2024-09/2024-12")]
    text = "《기 추진실적: ’24. 3분기 기준 누계》"
    [(a, b, d)] = find_dates(text)
    assert text[a:b] == "’24. 3분기 기준 누계" and d["raw"] == text[a:b] and d["label"] == "2024-Q3"
    text = "'23. 2학기~\n(학기별 개설)"
    [(a, b, d)] = find_dates(text)
    assert text[a:b] == "'23. 2학기~" and d["label"] == "2023-S2/.."
    text = "정밀의료분야 맞춤형 기업설명회 : '24. 11. * 참여기업 16개, 참여자 89명"
    assert [d["label"] for _, _, d in find_dates(text)] == ["2024-11"]


@pytest.mark.parametrize(
    "text",
    [
        "네이버클라우드서비스 중급 등 3개 교과목 추가개발 및 확대(1→4과목)",
        "3대 핵심분야 51명(정밀의료 25, 디지털헬스케어 11, 스마트수소에너지 15)",
        "총사업비 220,719 백만 원, 국비 48억 추가확보, 1.5억, 12.3",
        "RIS 2024 교육부 주관 연차평가 결과 전국 최우수 등급 달성",
        "전화번호 033-249-3928, 91.75점 30년 된 2,024건",
    ],
)
def test_find_dates_ignores_plain_numbers(text: str) -> None:
    assert find_dates(text) == []


def test_date_pattern_is_embeddable() -> None:
    combined = re.compile(rf"(?P<text>.+?)\s*:\s*(?P<date>{DATE_PATTERN})\s*$")
    m = combined.match("신규트랙 협약(기업 : 메디컬아이피, 계약인원 : 20명) : '24. 9.")
    assert m and m.group("date") == "'24. 9." and m.group("text").endswith("20명)")
    assert re.fullmatch(DATE_PATTERN, "'24. 9 ~ 12.") and not re.search(DATE_PATTERN, "3대 51명 220,719")


# ----------------------------------------------------------------- property tests

_RANK = {"day": 0, "month": 1, "quarter": 2, "half": 3, "semester": 3, "year": 4}


@dataclass(frozen=True)
class Period:
    precision: str
    year: int
    n: int = 1  # month, quarter, half (1/2), semester (1/2)
    day: int = 1

    def bounds(self) -> tuple[date, date]:
        y, n = self.year, self.n
        if self.precision == "day":
            d = date(y, n, self.day)
            return d, d
        if self.precision == "month":
            return date(y, n, 1), date(y, n, calendar.monthrange(y, n)[1])
        if self.precision == "quarter":
            return date(y, 3 * n - 2, 1), date(y, 3 * n, calendar.monthrange(y, 3 * n)[1])
        if self.precision == "half":
            return (date(y, 1, 1), date(y, 6, 30)) if n == 1 else (date(y, 7, 1), date(y, 12, 31))
        if self.precision == "semester":
            if n == 1:
                return date(y, 3, 1), date(y, 8, 31)
            return date(y, 9, 1), date(y + 1, 3, 1) - timedelta(days=1)
        return date(y, 1, 1), date(y, 12, 31)

    def label(self) -> str:
        y, n = self.year, self.n
        return {
            "day": f"{y}-{n:02d}-{self.day:02d}",
            "month": f"{y}-{n:02d}",
            "quarter": f"{y}-Q{n}",
            "half": f"{y}-H{n}",
            "semester": f"{y}-S{n}",
            "year": f"{y}",
        }[self.precision]

    def with_year(self, year: int) -> Period:
        return Period(self.precision, year, self.n, self.day)


FULL_SHAPES = {
    "day": [
        "'{yy}. {m}. {d}.",
        "’{yy}. {m}. {d}.",
        "{Y}. {m}. {d}.",
        "{Y}.{mm}.{dd}",
        "{Y}-{mm}-{dd}",
        "{Y}년 {m}월 {d}일",
        "{Y}. {m}. {d}",
        "{Y}-{m}-{d}",
        "{Y}/{m}/{d}",
        "{Y}/{mm}/{dd}",
    ],
    "month": [
        "'{yy}. {m}.",
        "’{yy}. {m}.",
        "‘{yy}. {m}월",
        "{Y}. {m}월",
        "'{yy}.{m}월",
        "{yy}.{m}월",
        "{Y}년 {m}월",
        "{Y}.{m}.",
        "{Y}-{mm}",
        "'{yy}. {m}",
    ],
    "quarter": ["'{yy}. {q}분기", "{Y}년 {q}분기", "’{yy}.{q}분기", "{Y}. {q}분기"],
    "half": ["'{yy}. {h}반기", "{Y}년 {h}반기", "{Y}. {h}반기", "’{yy}.{h}반기"],
    "semester": ["'{yy}. {s}학기", "{Y}년 {s}학기", "'{yy}년 {s}학기"],
    "year": ["{Y}년", "'{yy}년", "{Y}", "'{yy}"],
}
PARTIAL_SHAPES = {
    "day": ["{m}. {d}.", "{m}월 {d}일"],
    "month": ["{m}.", "{m}월", "{m}"],
    "quarter": ["{q}분기"],
    "half": ["{h}반기"],
    "semester": ["{s}학기"],
    "year": [],
}
SEPARATORS = [" ~ ", "~", " ~", "~ ", " ∼ ", "～"]
QUALIFIERS = ["", " 중", " 예정", " 현재", " 기준 누계", "까지", " 말"]


def render(p: Period, shape: str) -> str:
    return shape.format(
        Y=p.year,
        yy=f"{p.year % 100:02d}",
        m=p.n,
        mm=f"{p.n:02d}",
        d=p.day,
        dd=f"{p.day:02d}",
        q=p.n,
        s=p.n,
        h="상" if p.n == 1 else "하",
    )


@st.composite
def periods(draw: st.DrawFn, precision: str | None = None, year: int | None = None) -> Period:
    precision = precision or draw(st.sampled_from(list(FULL_SHAPES)))
    y = year if year is not None else draw(st.integers(2000, 2090))
    n = {"day": 12, "month": 12, "quarter": 4, "half": 2, "semester": 2, "year": 1}[precision]
    n = draw(st.integers(1, n))
    day = draw(st.integers(1, 28)) if precision == "day" else 1  # leap days: see EXAMPLES
    return Period(precision, y, n, day)


@st.composite
def expressions(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A Korean date expression (point, range or open range) and the date object it means."""
    left = draw(periods())
    kind = draw(st.sampled_from(["point", "range", "open"]))
    text = render(left, draw(st.sampled_from(FULL_SHAPES[left.precision])))
    l_start, l_end = left.bounds()
    if kind == "point":
        expected = {
            "label": left.label(),
            "start": l_start.isoformat(),
            "end": l_end.isoformat(),
            "precision": left.precision,
        }
    elif kind == "open":
        # nothing after the separator, or a word leaving the range open ('24.3월~계속)
        text += draw(st.sampled_from(["~", " ~", "∼", "~계속", " ~ 계속"]))
        expected = {
            "label": f"{left.label()}/..",
            "start": l_start.isoformat(),
            "end": None,
            "precision": left.precision,
        }
    else:
        right = draw(periods(year=draw(st.integers(left.year, left.year + 3))))
        r_start, r_end = right.bounds()
        if r_start < l_start:
            right = right.with_year(right.year + 1)
            r_start, r_end = right.bounds()
        same_year_start = right.with_year(left.year).bounds()[0]
        can_omit_year = bool(PARTIAL_SHAPES[right.precision]) and (
            (right.year == left.year and same_year_start >= l_start)
            or (right.year == left.year + 1 and same_year_start < l_start)
        )
        if can_omit_year and draw(st.booleans()):
            right_text = render(right, draw(st.sampled_from(PARTIAL_SHAPES[right.precision])))
        else:
            right_text = render(right, draw(st.sampled_from(FULL_SHAPES[right.precision])))
        text = f"{text}{draw(st.sampled_from(SEPARATORS))}{right_text}"
        precision = right.precision if _RANK[right.precision] > _RANK[left.precision] else left.precision
        expected = {
            "label": f"{left.label()}/{right.label()}",
            "start": l_start.isoformat(),
            "end": r_end.isoformat(),
            "precision": precision,
        }
    text += draw(st.sampled_from(QUALIFIERS)) if not text.endswith("~") else ""
    if draw(st.booleans()) and not text.endswith("~"):
        text = f"({text})"
    return text, expected


@settings(max_examples=400, deadline=None)
@given(expressions())
def test_property_korean_shapes_parse_back(case: tuple[str, dict[str, Any]]) -> None:
    text, expected = case
    assert parse_date(text) == {"raw": text, **expected}


@settings(max_examples=200, deadline=None)
@given(
    expressions(),
    st.sampled_from(["", "사업기간 : ", "협약식 체결 : ", "진행("]),
    st.sampled_from(["", ")", " 추진", " / 담당 김OO"]),
)
def test_property_find_dates_in_text(case: tuple[str, dict[str, Any]], before: str, after: str) -> None:
    text, expected = case
    line = f"{before}{text}{after}"
    found = find_dates(line)
    if re.fullmatch(
        r"\(?\d{4}(?: 중| 예정| 현재| 기준 누계|까지| 말)?\)?", text
    ):  # a bare 2024 inside text is a number, not a date
        assert found == []
        return
    assert [d["label"] for _, _, d in found] == [expected["label"]]
    (a, b, d) = found[0]
    assert d == parse_date(line[a:b])


_DATE_ALPHABET = st.sampled_from(
    list("0123456789.'’~-년월일분기상하반학중예정현재 ()《》,") + ["20", "'2", " ~ "]
)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(st.text(), st.lists(_DATE_ALPHABET, max_size=25).map("".join)),
    st.one_of(st.none(), st.integers(1990, 2090)),
)
def test_property_parse_date_never_raises(text: str, default_year: int | None) -> None:
    got = parse_date(text, default_year=default_year)
    assert set(got) == {"raw", "label", "start", "end", "precision"}
    assert got["raw"] == " ".join(got["raw"].split())
    if got["label"] is None:
        assert got["start"] is None and got["end"] is None and got["precision"] is None
    else:
        assert got["precision"] in _RANK
        start = date.fromisoformat(got["start"])
        if got["end"] is not None:
            assert start <= date.fromisoformat(got["end"])
        else:
            assert got["label"].endswith("/..")
    for a, b, d in find_dates(text):
        assert 0 <= a < b <= len(text) and d["label"] is not None


@settings(max_examples=200, deadline=None)
@given(expressions(), st.data())
def test_property_a_period_word_cut_by_a_line_break_reads_the_same(
    case: tuple[str, dict[str, Any]], data: st.DataObject
) -> None:
    """A wrapped line joined with a space may cut a period word (``하반`` / ``기``, ``1학`` / ``기``):
    the date reads the same; the raw text keeps the space as printed."""
    text, expected = case
    cuts = [m.start() + 1 for m in re.finditer("분기|반기|학기", text)]
    if not cuts:
        return
    at = data.draw(st.sampled_from(cuts))
    wrapped = f"{text[:at]} {text[at:]}"
    assert parse_date(wrapped) == {"raw": wrapped, **expected}


@pytest.mark.parametrize(
    ("raw", "label"),
    [("'24년 1학 기", "2024-S1"), ("'25. 하반 기~", "2025-H2/.."), ("2024년 3/4분 기", "2024-Q3")],
)
def test_wrapped_period_words(raw: str, label: str) -> None:
    assert parse_date(raw)["label"] == label


def test_a_quarter_fraction_in_text_is_the_quarter_not_a_month() -> None:
    """``'23. 2/4분기`` inside a block heading: the 2 is the quarter's numerator (it was read as
    February when found in running text)."""
    ((_, _, d),) = find_dates("1) 그간 추진실적 ['23. 2/4분기 기준]")
    assert d["label"] == "2023-Q2"
    ((_, _, d),) = find_dates("사업기간 : 24.9.~25.6. 및 사업비 12.5억원")
    assert d["label"] == "2024-09/2025-06"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("◉ 기 추진실적 ( ’23. 3 분기 기준 누계)", "2023-Q3"),
        ("◉ 그간 추진실적 ( ‘19. 2 분기 기준 누계)", "2019-Q2"),
        ("( '23. 2 학기 )", "2023-S2"),
        ("( '23. 3 )", "2023-03"),
    ],
)
def test_a_periods_number_a_space_before_its_word_is_the_period(text: str, label: str) -> None:
    """hwp5html's XHTML turned to text by inscriptis parts two runs of type with a space (``3`` | ``분기``): the
    number a space before its period word is that period's (it was read as March), a bare number still a month."""
    ((_, _, d),) = find_dates(text)
    assert d["label"] == label


@settings(max_examples=300, deadline=None)
@given(periods(precision="day"), st.sampled_from("-/"), st.booleans(), st.booleans())
def test_property_a_day_printed_with_one_separator_twice(
    p: Period, sep: str, pad_m: bool, pad_d: bool
) -> None:
    """``2024-3-5``, ``2024/03/5``: a four-digit year, month and day with the same hyphen or slash,
    padded or not (the ISO shapes a converter or a clerk prints without zeros)."""
    m = f"{p.n:02d}" if pad_m else str(p.n)
    d = f"{p.day:02d}" if pad_d else str(p.day)
    text = f"{p.year}{sep}{m}{sep}{d}"
    start, end = p.bounds()
    assert parse_date(text) == {
        "raw": text,
        "label": p.label(),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "precision": "day",
    }
    ((a, b, _),) = find_dates(f"준공 : {text} 예정")
    assert (a, b) == (5, 5 + len(text) + 3)


@pytest.mark.parametrize(
    "raw", ["2024-3", "2024/3", "2024-3/5", "2024/3-5", "2024-3-5-1", "2024-13-5", "2024-3-32"]
)
def test_unpadded_iso_needs_its_day_and_one_separator(raw: str) -> None:
    """A month unpadded without a day (``2024-3``: a code as likely), or two separators that differ,
    is no date: null, never a guess."""
    assert parse_date(raw)["label"] is None


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("2023 ~ 2026 (4년간)", "2023/2026"),
        ("2022 ~ 2028(7년간)", "2022/2028"),
        ("2024.3. ~ 2024.12.(10개월)", "2024-03/2024-12"),
        ("2024.3. ~ 2025.2. ( 12 개월간 )", "2024-03/2025-02"),
    ],
)
def test_a_periods_bracketed_length_leaves_it_as_it_is(raw: str, label: str) -> None:
    """A period's length printed in brackets after it (``(4년간)``) does not change it; a length alone
    is no date."""
    assert parse_date(raw)["label"] == label
    assert parse_date(raw)["raw"] == raw
    assert parse_date("(4년간)")["label"] is None
