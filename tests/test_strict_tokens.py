"""Strict tokens (issue 12 item 1): an amount, count or date is read only when its whole token
parses; an OCR-confused token (O/0, l/1, I/1, stray or doubled commas, dropped digits) gives null,
keeps its printed text, and raises ``normalize.unreadable_*`` at its own location; never another
number.

The property tests confuse REAL printed figures: budget lines and date expressions of every
expected record we have (samples/corpus, samples/*.txt, the seed), funding amounts printed as the
cards print them, outreach counts. The end-to-end tests confuse figures inside real card files
and run the pipeline and the validation on them.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pledgecard.extract.sections.common import split_trailing_date
from pledgecard.extract.sections.goals import value_and_unit as goal_value
from pledgecard.normalize.counts import parse_count, parse_number, unreadable_number
from pledgecard.normalize.dates import looks_like_date, parse_date
from pledgecard.normalize.money import looks_like_amount, parse_amount, parse_budget, unit_multiplier
from pledgecard.pipeline import process_file
from pledgecard.validate import validate_batch

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = REPO / "samples" / "corpus"
EXPECTED_FILES = [
    *sorted(CORPUS.glob("*.expected.json")),
    *sorted((REPO / "samples").glob("*.expected.json")),
    SHARED / "spec" / "seed.expected.json",
]


def _records() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in EXPECTED_FILES:
        data = json.loads(p.read_text(encoding="utf-8"))
        out.extend(data if isinstance(data, list) else [data])
    return out


RECORDS = _records()


def _date_objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        if {"raw", "label", "start", "end", "precision"} <= set(node):
            return [node]
        return [d for v in node.values() for d in _date_objects(v)]
    if isinstance(node, list):
        return [d for v in node for d in _date_objects(v)]
    return []


REAL_BUDGETS = sorted(
    {
        r["overview"]["budget"]["raw"]
        for r in RECORDS
        if r["overview"]["budget"]["total_krw"] and re.search(r"\d", r["overview"]["budget"]["raw"])
    }
)
REAL_DATES = sorted(
    {d["raw"] for r in RECORDS for d in _date_objects(r) if d["label"] and re.search(r"\d", d["raw"])}
)
REAL_FUNDING = sorted(
    {
        (f"{v // unit_multiplier(r['funding']['unit']):,}", unit_multiplier(r["funding"]["unit"]))
        for r in RECORDS
        if r.get("funding") and unit_multiplier(r["funding"]["unit"] or "")
        for row in r["funding"]["rows"]
        for v in row["amounts_krw"]
        if v and v % unit_multiplier(r["funding"]["unit"]) == 0
    }
)
REAL_COUNTS = sorted(
    {
        f"{i['count']:,}{u}"
        for r in RECORDS
        if r.get("outreach")
        for i in r["outreach"]["items"]
        for u in ("", r["outreach"]["unit"] or "")
        if i["count"]
    }
)


def test_the_real_figures_are_many() -> None:
    assert (
        len(REAL_BUDGETS) >= 10
        and len(REAL_DATES) >= 100
        and len(REAL_FUNDING) >= 100
        and len(REAL_COUNTS) >= 20
    )


# ------------------------------------------------------------------------------- confusions

_NUM = re.compile(r"\d[\d,]*\d|\d")  # a printed number: digits with their commas
_VALID = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")  # how a number is grouped when printed right


def _confusions(text: str) -> list[tuple[str, str]]:
    """Every OCR-like confusion of ``text`` that no reader can take for another number, as
    ``(kind, confused text)``: a letter for 0 or 1, a stray or a doubled comma inside a number, a
    digit dropped from a comma group (the digit count of a group tells it is missing)."""
    out: list[tuple[str, str]] = []
    for i, ch in enumerate(text):
        if ch in "01":
            for letter in ("O", "o") if ch == "0" else ("l", "I", "|"):
                out.append(("letter", text[:i] + letter + text[i + 1 :]))
    for m in _NUM.finditer(text):
        token = m.group(0)
        for j in range(1, len(token)):
            if token[j - 1].isdigit() and token[j].isdigit():
                stray = token[:j] + "," + token[j:]
                if not _VALID.fullmatch(stray):
                    out.append(("stray comma", text[: m.start()] + stray + text[m.end() :]))
        for j, ch in enumerate(token):
            if ch == ",":
                out.append(
                    ("doubled comma", text[: m.start()] + token[:j] + ",," + token[j + 1 :] + text[m.end() :])
                )
        if "," in token:
            first = token.index(",")
            for j in range(first + 1, len(token)):  # a digit of a group after the first comma
                if token[j].isdigit():
                    out.append(
                        ("dropped digit", text[: m.start()] + token[:j] + token[j + 1 :] + text[m.end() :])
                    )
    return out


def _figures(budget: dict[str, Any]) -> list[int | None]:
    return [budget["total_krw"], *(p["amount_krw"] for p in budget["parts"])]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(REAL_BUDGETS), st.data())
def test_property_confused_budget_figure_is_null_never_another_number(raw: str, data: st.DataObject) -> None:
    confusions = _confusions(raw)
    assume(confusions)
    kind, confused = data.draw(st.sampled_from(confusions), label="confusion")
    before, after = parse_budget(raw), parse_budget(confused)
    assert after["raw"] == confused  # the printed text is kept
    assert len(after["parts"]) == len(before["parts"])  # an unreadable part keeps its place
    for b, a in zip(_figures(before), _figures(after), strict=True):
        assert a is None or a == b, (kind, confused)  # never another number
    nulls = [
        i for i, (b, a) in enumerate(zip(_figures(before), _figures(after), strict=True)) if a is None and b
    ]
    assert len(nulls) == 1, (kind, confused)  # exactly the confused figure is null ...
    if nulls[0] > 0:  # ... and an unreadable part keeps its printed text
        assert re.sub(r"\D", "", after["parts"][nulls[0] - 1]["raw"])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(REAL_FUNDING), st.data())
def test_property_confused_funding_cell_is_null(printed: tuple[str, int], data: st.DataObject) -> None:
    cell, multiplier = printed
    assert parse_amount(cell, multiplier) is not None
    confusions = _confusions(cell)
    assume(confusions)
    kind, confused = data.draw(st.sampled_from(confusions), label="confusion")
    assert parse_amount(confused, multiplier) is None, (kind, confused)
    assert looks_like_amount(confused)  # the cell keeps its place in the row


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(REAL_COUNTS), st.data())
def test_property_confused_count_is_null(printed: str, data: st.DataObject) -> None:
    confusions = _confusions(printed)
    assume(confusions)
    kind, confused = data.draw(st.sampled_from(confusions), label="confusion")
    assert parse_count(confused) == (None, None), (kind, confused)
    assert goal_value(f"목표 달성({confused})")[0] is None, (kind, confused)
    assert unreadable_number(f"목표 달성({printed})") is None
    if not printed[-1].isdigit() and re.search(
        r"\d", confused
    ):  # a figure with its unit: what a goal check flags
        assert unreadable_number(f"목표 달성({confused})") is not None, (kind, confused)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(REAL_DATES), st.data())
def test_property_confused_date_is_a_null_date_kept_in_place(raw: str, data: st.DataObject) -> None:
    # dates have no comma groups: a dropped digit is only sure to be wrong in a year
    confusions = [c for c in _confusions(raw) if c[0] == "letter"]
    year = re.search(r"(?<=['’‘＇`])\d{2}|(?:19|20)\d{2}", raw)
    if year:
        confusions.append(("dropped digit", raw[: year.start()] + raw[year.start() + 1 :]))
    assume(confusions)
    kind, confused = data.draw(st.sampled_from(confusions), label="confusion")
    got = parse_date(confused)
    assert got["label"] is None and got["start"] is None and got["end"] is None, (kind, confused)
    assert got["raw"] == " ".join(confused.split())
    assert looks_like_date(confused), (kind, confused)
    text, date, _ = split_trailing_date(f"협약 체결 : {confused}")
    assert text == "협약 체결" and date is not None and date["label"] is None and date["raw"] == got["raw"]


# ------------------------------------------------------------------------------- the issue's examples


def test_issue_examples() -> None:
    b = parse_budget("22O,7l9백만 원(국비 l54,442, 지방비 66,277)")
    assert b["total_krw"] is None and b["unit"] == "백만 원"
    assert [(p["label"], p["amount_krw"], p.get("raw")) for p in b["parts"]] == [
        ("국비", None, "l54,442"),
        ("지방비", 66_277_000_000, None),
    ]
    for raw in ("2O억", "1,2OO억", "12,3,45백만", "l00억", "X100억 원", "2 0억"):
        assert parse_budget(raw)["total_krw"] is None, raw
    b = parse_budget("48억 원(도비 20억, 시비 l00)")
    assert [(p["label"], p["amount_krw"]) for p in b["parts"]] == [("도비", 2_000_000_000), ("시비", None)]
    assert parse_amount("1,234,567") == 1_234_567 and parse_amount("12,3,45") is None
    assert parse_number("1,234,567") == 1_234_567 and parse_number("12,3,45") is None
    assert goal_value("신설(l56명 운영)") == (None, "명") and goal_value("신설(56명 운영)") == (56, "명")
    assert unreadable_number("신설(l56명 운영)") == "l56" and unreadable_number("신설(56명 운영)") is None
    text, date, _ = split_trailing_date("협약식 : '24. 19.")
    assert text == "협약식" and date == {
        "raw": "'24. 19.",
        "label": None,
        "start": None,
        "end": None,
        "precision": None,
    }
    assert split_trailing_date("참여 : 51명")[1] is None  # a count after a colon is no date


# ------------------------------------------------------------------------------- end to end

TXT_CARD = CORPUS / "card-00102-txt.txt"
# (printed, confused, where the figure goes, the finding's code)
TXT_EDITS = [
    ("1,986 억 원", "l,986 억 원", ("overview", "budget", "total_krw"), "overview.budget.total_krw"),
    ("국비 236,", "국비 2,36,", ("overview", "budget", "parts", 0, "amount_krw"), "overview.budget.parts[0]"),
    (
        "기  타 685 198 195",
        "기  타 685 l98 195",
        ("funding", "rows", 4, "amounts_krw", 1),
        "funding.rows[4].amounts_krw[1]",
    ),
    (
        "182회 3(주민설명회) 0 2 177 0",
        "182회 3(주민설명회) 0 2 l77 0",
        ("outreach", "items", 3, "count"),
        "outreach.items[3].count",
    ),
    (": 2024. 6. 8.", ": 2O24. 6. 8.", ("achievements", 0, "date", "label"), "achievements[0].date"),
]


def _get(rec: Any, path: tuple[Any, ...]) -> Any:
    for k in path:
        rec = rec[k]
    return rec


def _numbers(node: Any, path: str = "") -> dict[str, Any]:
    """Every number of a record by its path (dates by label)."""
    out: dict[str, Any] = {}
    if isinstance(node, dict):
        if "label" in node and "start" in node and "precision" in node:
            return {path: node["label"]}
        for k, v in node.items():
            if k != "source":
                out.update(_numbers(v, f"{path}.{k}"))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.update(_numbers(v, f"{path}[{i}]"))
    elif isinstance(node, int | float) and not isinstance(node, bool):
        out[path] = node
    return out


def _run(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    res = process_file(path)
    assert res.status == "ok", res.reason
    (rec,) = res.records
    return rec, [f for f in validate_batch([rec]) if not f["success"]]


@pytest.fixture(scope="module")
def clean_txt() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return _run(TXT_CARD)


@pytest.mark.parametrize(
    ("printed", "confused", "field", "location"), TXT_EDITS, ids=[e[3] for e in TXT_EDITS]
)
def test_confused_figure_in_a_text_card(
    tmp_path: Path,
    clean_txt: tuple[dict[str, Any], list[dict[str, Any]]],
    printed: str,
    confused: str,
    field: tuple[Any, ...],
    location: str,
) -> None:
    text = TXT_CARD.read_text(encoding="utf-8")
    assert text.count(printed) == 1
    path = tmp_path / TXT_CARD.name
    path.write_text(text.replace(printed, confused), encoding="utf-8")
    clean, clean_findings = clean_txt
    rec, findings = _run(path)
    assert _get(clean, field) is not None and _get(rec, field) is None  # the figure is null ...
    unreadable = [f["location"] for f in findings if f["code"].startswith("normalize.unreadable_")]
    assert unreadable == [location]  # ... with one finding at its own location
    before, after = _numbers(clean), _numbers(rec)
    changed = {k for k in before if after.get(k) != before[k]}
    assert all(after.get(k) is None for k in changed)  # never another number anywhere
    assert len(changed) == 1
    new_codes = {f["code"] for f in findings} - {f["code"] for f in clean_findings}
    assert new_codes <= {"normalize.unreadable_amount", "normalize.unreadable_date"}


def test_confused_text_keeps_its_raw_text(tmp_path: Path) -> None:
    text = TXT_CARD.read_text(encoding="utf-8")
    for printed, confused, *_ in TXT_EDITS:
        text = text.replace(printed, confused)
    path = tmp_path / TXT_CARD.name
    path.write_text(text, encoding="utf-8")
    rec, _ = _run(path)
    assert rec["overview"]["budget"]["raw"].startswith("l,986 억 원")
    assert rec["overview"]["budget"]["parts"][0]["raw"] == "2,36"
    assert rec["funding"]["rows"][4]["amounts_raw"][1] == "l98"
    assert rec["outreach"]["items"][3]["raw"] == "l77"
    assert rec["achievements"][0]["date"]["raw"] == "2O24. 6. 8."


HWPX_CARD = CORPUS / "card-00103-hwpx.hwpx"


def _hwpx_with(src: Path, dst: Path, old: str, new: str) -> None:
    """A copy of an HWPX file with the text ``old`` of one paragraph run replaced by ``new``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        hits = 0
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("Contents/section"):
                xml = data.decode("utf-8")
                hits += xml.count(f">{old}<")
                data = xml.replace(f">{old}<", f">{new}<").encode("utf-8")
            zout.writestr(info, data)
    assert hits == 1


def test_confused_funding_cell_in_an_hwpx_card(tmp_path: Path) -> None:
    clean, _ = _run(HWPX_CARD)
    rows = clean["funding"]["rows"]
    unit = unit_multiplier(clean["funding"]["unit"])
    assert unit
    # a cell whose printed amount is unique in the file
    r, c, printed = next(
        (r, c, f"{v // unit:,}")
        for r, row in enumerate(rows)
        for c, v in enumerate(row["amounts_krw"])
        if v
        and len(f"{v // unit:,}") >= 3
        and zipfile.ZipFile(HWPX_CARD).read("Contents/section0.xml").decode().count(f">{v // unit:,}<") == 1
    )
    confused = printed.replace(printed[1], "O" if printed[1] == "0" else ",", 1)
    confused = confused if not _VALID.fullmatch(confused) else printed[0] + "l" + printed[1:]
    path = tmp_path / HWPX_CARD.name
    _hwpx_with(HWPX_CARD, path, printed, confused)
    rec, findings = _run(path)
    assert rec["funding"]["rows"][r]["amounts_krw"][c] is None
    assert rec["funding"]["rows"][r]["amounts_raw"][c] == confused
    assert [f["location"] for f in findings if f["code"] == "normalize.unreadable_amount"] == [
        f"funding.rows[{r}].amounts_krw[{c}]"
    ]
    assert [x["label"] for x in rec["funding"]["columns"]] == [
        x["label"] for x in clean["funding"]["columns"]
    ]
    before, after = _numbers(clean), _numbers(rec)
    assert {k for k in before if after.get(k) != before[k]} == {f".funding.rows[{r}].amounts_krw[{c}]"}
