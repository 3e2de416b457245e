"""A funding told only in sentences, no table (``ㅇ 총사업비 : 183.6억원(국비 29.1, 도비 41.8, 군비 112.7)``
then ``ㅇ 연도별 투자계획 : '18년 38.6억원, '19년 44.6억원, ...``): the total and the sources' totals from the
budget sentence, the periods' totals from a sentence of period | amount pieces. No source's period is
printed: those cells stay null. The periods are kept only when they add up to the total they are
told under (else null, with a finding): a sentence is no table, its pieces are proven by their sum."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.coverage import periods_unprinted
from pledgecard.extract.findings import finding
from pledgecard.extract.layout import Item, Line
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.funding_column_heads import PERIOD_KINDS, classify_column
from pledgecard.extract.sections.funding_period_lines import joined, own_units, period_run
from pledgecard.extract.sections.funding_prose_unit import read_proven
from pledgecard.extract.sections.funding_unit_proof import candidate_multipliers, unit_unproven
from pledgecard.extract.sections.unit_inferred import unit_inferred
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import parse_amount, parse_budget, unit_for, unit_multiplier
from pledgecard.normalize.money_amounts import trailing_unit
from pledgecard.normalize.money_comma_read import READING
from pledgecard.normalize.text import fold

# a period and its amount, the space between them lost where a line wrapped there ('23년28.1억원)
_AMOUNT_AT = re.compile(
    r"(?<![\d,.])(?=[-−△]?\d)"
)  # where an amount may open: a number's first digit or sign
_PIECE_SEP = re.compile(
    r"[,，]\s+|\s*[/;]\s*"
)  # 1,200억원 keeps its thousands: a separator has a space after


def _told(text: str) -> tuple[str, str]:
    """A line's label and what it tells: the text before and after its first colon (none: no label)."""
    head, colon, tail = fold(text).partition(":")
    return (head.strip(), tail.strip()) if colon else ("", head.strip())


def _budget(text: str) -> dict[str, Any] | None:
    """A budget sentence: a readable total and two or more readable parts of known sources adding up to it (one
    printing no unit: under some unit a card may count in, which one its sums tell with the periods')."""
    return _shaped(_as_printed(parse_budget(_told(text)[1])))


def _as_printed(budget: dict[str, Any] | None) -> dict[str, Any] | None:
    """A copy of ``budget`` with every part read other than as printed (an OCR'd comma read as a digit, proven by
    its own total alone) null with its printed text: funding told in prose has no second sum to prove it, and the
    overview's budget is proven against the funding table (extract/budget_readings.py), never the table made of it."""
    if not budget or (READING not in budget and not any(READING in p for p in budget.get("parts") or [])):
        return budget
    parts = [
        {**{k: v for k, v in p.items() if k != READING}, "amount_krw": None, "raw": p[READING]}
        if READING in p
        else p
        for p in budget["parts"]
    ]
    whole = {k: v for k, v in budget.items() if k != READING} | (
        {"total_krw": None} if READING in budget else {}
    )
    return {**whole, "parts": parts}


def _shaped(budget: dict[str, Any] | None) -> dict[str, Any] | None:
    """``budget`` where it has a budget's shape (:func:`_proven`), one printing no unit under some unit."""
    if not budget or _proven(budget):
        return budget if budget else None
    if (
        budget.get("unit") is None
        and budget.get("raw")
        and any(_proven(parse_budget(str(budget["raw"]), unit_for(m))) for m in candidate_multipliers())
    ):
        return budget
    return None


def _proven(budget: dict[str, Any] | None) -> bool:
    """A budget of a readable total and two or more readable parts of known sources adding up to it: the
    section's own sentence and the overview's budget alike."""
    parts = (budget or {}).get("parts") or []
    if (
        not budget
        or budget.get("total_krw") is None
        or len(parts) < 2
        or any(p.get("amount_krw") is None or not p.get("source") for p in parts)
    ):
        return False
    return sum(p["amount_krw"] for p in parts) == budget["total_krw"]


def periods_told(text: str, unit: str | None) -> list[tuple[dict[str, Any], int]] | None:
    """A sentence of period | amount pieces (``'23년 25억원, '24년 40.5억원, 임기후 10억원``): each piece's column and
    its amount in won (an amount's own unit, else ``unit``); None unless two or more pieces and every piece a
    period of its own with a readable amount."""
    pieces = [p for p in _PIECE_SEP.split(_told(text)[1]) if p]
    out: list[tuple[dict[str, Any], int]] = []
    for piece in pieces:
        read = _piece(piece.strip(), unit)
        if read is None:
            return None
        out.append(read)
    keys = [(c["kind"], c["year"]) for c, _ in out]
    return out if len(out) >= 2 and len(set(keys)) == len(keys) else None


def _piece(piece: str, unit: str | None) -> tuple[dict[str, Any], int] | None:
    """A period and its amount (``'23년 25억원``, ``'23년28.1억원``, a compound ``'23년 3억 5천만원``): the shortest
    head naming a period whose rest reads as one amount."""
    for m in _AMOUNT_AT.finditer(piece):
        label, amount = piece[: m.start()].strip(), piece[m.start() :]
        col = classify_column(label) if label else None
        if col is None or col["kind"] not in PERIOD_KINDS:
            continue
        mult = unit_multiplier(trailing_unit(amount) or unit or "")
        value = parse_amount(amount, mult) if mult is not None else None
        return (dict(col), value) if value is not None else None
    return None


def tells_funding(texts: list[str]) -> bool:
    """Whether lines tell a funding in sentences: a budget sentence of sources and a sentence of periods."""
    budget = next((b for t in texts if (b := _budget(t)) is not None), None)
    return budget is not None and any(
        periods_told(t, budget["unit"] or unit_for(1)) is not None for t in texts
    )


def funding_from_prose(items: list[Item], ctx: SectionContext) -> SectionResult | None:
    """The funding of a section that tells it in sentences (see the module), or None when no budget
    sentence of sources stands there (nor in the overview) with a sentence of periods beside it."""
    lines = [it for it in items if isinstance(it, Line)]
    told = next(((it, b) for it in lines if (b := _budget(it.text)) is not None), None)
    budget = told[1] if told else _shaped(_as_printed((ctx.record.get("overview") or {}).get("budget")))
    if budget is None:
        return None
    years_at = next(
        (
            (it, ps)
            for it in lines
            if (told is None or it is not told[0])
            and (ps := periods_told(it.text, budget.get("unit") or unit_for(1))) is not None
        ),
        None,
    )
    run: list[Line] = [years_at[0]] if years_at else []
    if years_at is None:  # the periods a line each (- 2023년 : 1,200백만원): funding_period_lines
        apart = period_run(
            [it for it in lines if told is None or it is not told[0]],
            lambda t: periods_told(t, budget.get("unit") or unit_for(1)),
        )
        if apart is None:
            return None
        run, years_at = apart[0], (apart[0][0], apart[1])
    line, periods = years_at
    said = joined(run) if len(run) > 1 else line.text
    findings = []
    bare: list[int] = []
    raw = _told(told[0].text)[1] if told else str(budget.get("raw") or "")
    if (proven := read_proven(raw, lambda u: periods_told(said, u))) is not None:
        budget, periods, bare = proven  # printing no unit: the one its sums prove, else its bare pieces null
        if not bare:
            findings.append(unit_inferred("funding", budget.get("unit"), "prose_sums", line.source))
    total = budget["total_krw"]
    amounts: list[int | None] = [a for _, a in periods]
    if (
        not bare and sum(a for _, a in periods) != total
    ):  # the pieces do not add up to the total told: none is proven
        findings.append(
            finding(
                "extract.row_unread",
                "funding.rows[0]",
                "the periods told in a sentence do not add up to the total: left null",
                observed=sum(a for _, a in periods),
                expected=total,
                source=line.source,
            )
        )
        amounts = [None] * len(periods)
        if (
            len(run) > 1
        ):  # a line each: that budget (a year's, a phase's) is no total of theirs (funding_period_lines)
            budget, total = {**budget, "parts": []}, None
            amounts = [a for _, a in periods] if own_units(run) else amounts
            findings[-1]["message"] = (
                "the periods told a line each do not add up to the budget told: no total"
            )
    label = _told(told[0].text)[0] if told else ""
    word = min(
        current().words("funding_columns", "total"), key=len
    )  # the total's shortest word: no printed label
    head = label if label and classify_column(label)["kind"] == "total" else word
    columns = [{"label": head, "kind": "total", "year": None}, *(c for c, _ in periods)]
    rows = [{"label": head, "source": "total", "amounts_krw": [total, *amounts]}]
    rows += [
        {"label": p["label"], "source": p["source"], "amounts_krw": [p["amount_krw"], *[None] * len(periods)]}
        for p in budget["parts"]
    ]
    funding = {"unit": budget.get("unit"), "columns": columns, "rows": rows}
    if bare:
        n = len(budget["parts"])
        cells = [(0, 0) if i == 0 else (i, 0) if i <= n else (0, i - n) for i in bare]
        findings.append(unit_unproven(cells, [r["label"] for r in rows], line.source))
    periods_at = list(range(1, len(columns)))  # no source's period is printed: null on purpose, not unread
    findings.extend(
        [
            periods_unprinted(
                list(range(1, len(rows))),
                periods_at,
                [r["label"] for r in rows[1:]],
                [columns[j]["label"] for j in periods_at],
                told[0].source if told else line.source,
            )
        ]
        if len(rows) > 1
        else []
    )
    prov = {Loc("funding"): line.source, Loc("funding", sub="rows[0]"): line.source}
    if told:
        prov.update({Loc("funding", sub=f"rows[{i}]"): told[0].source for i in range(1, len(rows))})
    used = {*map(id, run), *([id(told[0])] if told else [])}
    return SectionResult({"funding": funding}, prov, [it for it in items if id(it) not in used], [], findings)
