"""Budgets: a 총사업비 text read into its total and its parts by source (CARD_SCHEMA.md overview.budget)."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money_amounts import parse_amount, trailing_unit
from pledgecard.normalize.money_comma_read import (
    AS_PRINTED,
    READING,
    proven_readings,
    proven_total,
    unsure_parts,
)
from pledgecard.normalize.money_grouping import misgrouped, point_for_comma
from pledgecard.normalize.money_patterns import money_patterns
from pledgecard.normalize.money_separators import garbled_digits, garbled_total, proven_parts
from pledgecard.normalize.money_sources import funding_source
from pledgecard.normalize.money_spaced import cut_group
from pledgecard.normalize.money_units import find_unit, unit_multiplier
from pledgecard.normalize.ocr_reading import ocr_read
from pledgecard.normalize.text import DASHES, fold, fold_fullwidth

_GLUED_AFTER = re.compile(r"[A-Za-z\d]")
_PERCENT_AFTER = re.compile(r"\s*[%％]")
# the brackets a budget's parts list stands in
_PARTS_OPEN, _PARTS_CLOSE = "(（[［〔【", ")）]］〕】"


def _amount_at(m: re.Match[str], text: str) -> str | None:
    """The amount text of a loose match, or ``None`` when a letter or digit is glued right after it
    (``22Q``): the token then goes on beyond what the pattern took."""
    after = text[m.end() :]
    if _GLUED_AFTER.match(after):
        return None
    return m.group(0)


def _parts_paren(raw: str) -> tuple[int, str] | None:
    """Where the parenthesized parts list starts, and its text with nested notes blanked.

    ``48억 원(도비 20억(40%), 시비 28억)`` -> ``(5, "도비 20억 , 시비 28억")``; a ``(단위: ...)``
    wrapper, a parenthesis without digits or one naming no funding source (:func:`_source_parts`) is not a
    parts list: the first bracket that is one is taken. Square and lenticular brackets hold one
    as round ones do (``18,240백만원 [국비 -, 도비 5,472, 시군비 12,768]``: a province's card).
    """
    start, depth, inner = -1, 0, []
    for i, ch in enumerate(raw):
        if ch in _PARTS_OPEN:
            if depth == 0:
                start, inner = i, []
            elif depth >= 1:
                inner.append(" ")
            depth += 1
        elif ch in _PARTS_CLOSE and depth:
            depth -= 1
            if depth == 0:
                text = "".join(inner)
                if _source_parts(text):
                    return start, text
        elif depth == 1:
            inner.append(ch)
    return None


def _source_parts(text: str) -> bool:
    """Whether a bracket's text is a parts list: digits, no unit wrapper (``단위: …``), and a piece whose
    label is a funding source or a total word of the vocabulary (``도비 1,620``, ``총 15억원``). A bracket
    of phases, stages or years (``[1단계 2,000, 2단계 3,400]``, ``(설계 400, 공사 5,000)``) or a note
    (``[’24년 추경 1,200 반영]``) is none, whatever its brackets (the class of card fixed: a budget's
    phase split read as funding parts, a note before the parts taken for them)."""
    if not re.search(r"\d", text) or money_patterns().unit_label.search(text):
        return False
    totals = current().words("money", "total_words")
    labels = (re.sub(r"\s+", "", m.group("label")) for m in money_patterns().part.finditer(text))
    return any(funding_source(label) is not None or label in totals for label in labels)


def budget_parts_first(raw: str) -> dict[str, Any] | None:
    """``국비 12억원, 도비 3억 6천만원 (총 15억 6천만원)``: the parts first, each a source and an amount
    with its unit, and the total last, alone in brackets after a total word (vocabulary ``[money]
    total_words``). ``None`` for any other shape."""
    paren = _parts_paren(raw)
    if paren is None or raw.rstrip()[-1:] not in ")）":
        return None
    totals = list(money_patterns().part.finditer(paren[1]))
    if len(totals) != 1 or re.sub(r"\s+", "", totals[0].group("label")) not in current().words(
        "money", "total_words"
    ):
        return None
    total_text = totals[0].group("amount") if _amount_at(totals[0], paren[1]) else None
    unit = trailing_unit(total_text) if total_text else None
    if unit is None:
        return None
    multiplier = unit_multiplier(unit) or 1
    head = raw[: paren[0]]
    parts: list[dict[str, Any]] = []
    for part in money_patterns().part.finditer(head):
        label = re.sub(r"\s+", "", part.group("label"))
        amount_text = part.group("amount") if _amount_at(part, head) else None
        source = funding_source(label)
        if source is None or source == "total" or not amount_text or trailing_unit(amount_text) is None:
            return None
        parts.append({"label": label, "source": source, "amount_krw": parse_amount(amount_text, multiplier)})
    if len(parts) < 2:
        return None
    return {"raw": raw, "unit": unit, "total_krw": parse_amount(total_text, multiplier), "parts": parts}


def parse_budget(raw: str, bare_unit: str | None = None) -> dict[str, Any]:
    """A 총사업비 text -> ``{"raw", "unit", "total_krw", "parts"}`` (CARD_SCHEMA.md overview.budget).

    ``220,719백만 원(국비 154,442, 지방비 66,277)``, ``48억 원(도비 20억, 시비 28억)``,
    ``총 5,000천원``, the parts first and the total last (``국비 12억원, 도비 3억원 (총 15억원)``);
    ``비예산`` gives ``total_krw`` ``None``, no parts and no unit. ``bare_unit``: the unit of amounts printing none
    where the budget prints no unit at all (read as proven elsewhere; ``None``: as printed).
    """
    printed_raw = fold(raw or "")
    raw = fold_fullwidth(printed_raw)  # １，２５０千원（국비　...）: typed in fullwidth mode, read as ASCII
    flipped = budget_parts_first(raw)
    if flipped is not None:
        return {**flipped, "raw": printed_raw}
    result: dict[str, Any] = {"raw": printed_raw, "unit": None, "total_krw": None, "parts": []}
    if raw in DASHES:
        result["total_krw"] = 0
        return result
    if not re.search(r"\d", raw):
        return result
    paren = _parts_paren(raw)
    head = raw[: paren[0]] if paren else raw
    multiplier = 1
    lead = money_patterns().loose_amount.search(head)
    if lead:
        amount_text = _amount_at(lead, head)
        unit = trailing_unit(lead.group(0))
        if unit:
            result["unit"] = unit
            multiplier = unit_multiplier(unit) or 1
        else:  # 220,719 (단위: 백만원)
            printed = find_unit(raw)
            if printed:
                result["unit"] = printed
                multiplier = unit_multiplier(printed) or 1
            elif bare_unit and unit_multiplier(
                bare_unit
            ):  # the unit a caller proved for a budget printing none
                result["unit"] = bare_unit
                multiplier = unit_multiplier(bare_unit) or 1
        # A confused token (22O,7l9, 12,3,45, 2O억) gives None, never the digits before the confusion.
        result["total_krw"] = (
            parse_amount(amount_text, multiplier)
            if amount_text and not _fraction_of_won(amount_text, result["unit"])
            else None
        )
    total_text = amount_text if lead else None
    printed: list[str] = []  # each part's amount as printed
    if paren:
        for part in money_patterns().part.finditer(paren[1]):
            rest = paren[1][part.end() :]
            if _PERCENT_AFTER.match(rest):
                continue  # 국비 50%: a share, not an amount
            label = re.sub(r"\s+", "", part.group("label"))
            amount_text = _amount_at(part, paren[1])
            amount = None
            figure = part.group("amount") or ""
            cut = cut_group(rest) if amount_text and re.fullmatch(r"[\d,.\s]+", figure) else None
            if (
                cut
            ):  # ``시비 8, 867``: one figure a space cut at its comma (a scan), its digits proven or null
                figure, amount_text = figure + cut, None
            if part.group("dash"):
                amount = 0
            elif amount_text and not _fraction_of_won(part.group("amount"), result["unit"]):
                amount = parse_amount(part.group("amount"), multiplier)
            entry: dict[str, Any] = {"label": label, "source": funding_source(label), "amount_krw": amount}
            if amount is None:
                entry["raw"] = fold(figure)  # the printed text of an unreadable part
            result["parts"].append(entry)
            printed.append(fold(figure or part.group("dash") or ""))
    if (
        total_text and result["parts"]
    ):  # a total grouped by a point: the parts tell a decimal from a comma misread
        was = result["total_krw"]
        result["total_krw"] = garbled_total(was, total_text, result["parts"], printed, multiplier)
        if (
            was is not None and result["total_krw"] is None
        ):  # unproven: no part grouped by a point read either
            result["parts"] = [
                {**p, "amount_krw": None, "raw": t} if "." in t and garbled_digits(t) is not None else p
                for p, t in zip(result["parts"], printed, strict=True)
            ]
        elif (
            result["total_krw"] != was and ocr_read()
        ):  # its point read as a comma: proven by its own parts alone
            result[READING] = fold(total_text)
    if result["total_krw"] is None and total_text and result["unit"] and result["parts"]:
        _garbled_past_reading(result, total_text, printed, multiplier)
    _split_of_total(result, printed, total_text or "")
    return result


def _garbled_past_reading(
    budget: dict[str, Any], total_text: str, printed: list[str], multiplier: int
) -> None:
    """A total OCR garbled past reading (a comma read as a digit: ``33998,712천원``) and its parts read where one
    choice of their readings adds up (:func:`.money_comma_read.proven_total`), in place; else left as they are."""
    figure = re.match(r"[\d.,\s]+", total_text)
    rest = re.sub(r"\s+", "", total_text[figure.end() :]) if figure else None
    whole = rest in (
        "",
        re.sub(r"\s+", "", budget["unit"] or ""),
    )  # the figure is the whole total, never a prefix
    proven = (
        proven_total(figure.group(0).strip(), printed, [p["amount_krw"] for p in budget["parts"]], multiplier)
        if figure and whole
        else None
    )
    if proven is not None:  # (OCR's only) each figure read other than as printed: a second sum must prove it
        budget["total_krw"], budget[READING] = proven[0], fold(total_text)
        budget["parts"] = [
            p
            if p["amount_krw"] is not None
            else {k: v for k, v in p.items() if k != "raw"} | {"amount_krw": a, READING: t}
            for p, a, t in zip(budget["parts"], proven[1], printed, strict=True)
        ]


def _fraction_of_won(amount: str, unit: str | None) -> bool:
    """An amount with decimals and no unit printed (``총사업비 : 32,353.5``): no amount in won, whose
    scale the budget does not tell (a figure in millions whose unit stands elsewhere): not read."""
    return unit is None and trailing_unit(amount) is None and re.search(r"\d\.\d", amount) is not None


def _split_of_total(budget: dict[str, Any], printed: list[str], total_text: str = "") -> None:
    """Keep as ``parts`` only what splits the total: the bracket of a budget may restate the total
    and name a part of it (``15억원(총 15억원 중 10억 확보)``: a total and the part secured), or
    follow a source with the part of it secured (``국비 10억 중 5억 확보``), neither a share by source.

    - an entry naming the total (a total word, vocabulary ``[money] total_words``) is no part; one
      whose amount is not the total leaves the total unsure: null (its text is kept in ``raw``);
    - entries that add up to the total are the parts; else the first entry of each source, if
      those add up to it (the rest are parts of parts); else entries naming one source each, as
      printed (the card's own sums, which validation checks); else no amount is read: each
      source's entry stays with its amount null and its printed text (a finding), the others go.
    Nothing is checked where the total or an entry's amount is unknown, but for entries whose separators OCR
    garbled (``1741,023``): read by their digits where all then add up to the total (:mod:`.money_separators`)."""
    totals = set(current().words("money", "total_words"))
    parts: list[dict[str, Any]] = budget["parts"]
    restated = [p for p in parts if p["label"] in totals or p["source"] == "total"]
    rest = [p for p in parts if p not in restated]
    total = budget["total_krw"]
    named = {p["amount_krw"] for p in restated}
    if total is None and len(named) == 1:
        total = next(iter(named))
    elif named - {total}:
        total = None  # two totals printed: which one is the budget's is not known
    budget["total_krw"] = total
    whole = next(iter(named)) if len(named) == 1 else total  # what the entries split
    texts = {id(p): t for p, t in zip(parts, printed, strict=True)}
    if (
        whole is not None and rest and any(p["amount_krw"] is None for p in rest)
    ):  # separators garbled (a scan)
        read = proven_parts(
            rest, [texts[id(p)] for p in rest], whole, unit_multiplier(budget["unit"] or "") or 1
        )
        if read is not None:  # OCR's digits proven by the total alone: a second sum must prove them too
            read = [
                {**q, READING: texts[id(p)]} if ocr_read() and p["amount_krw"] is None else q
                for p, q in zip(rest, read, strict=True)
            ]
            texts.update({id(q): texts[id(p)] for p, q in zip(rest, read, strict=True)})
            rest = read
    if whole is None or not rest or any(p["amount_krw"] is None for p in rest):
        budget["parts"] = rest
        return
    budget["parts"] = _adding_up(
        rest, whole, texts, unit_multiplier(budget["unit"] or "") or 1, _figure_of(total_text)
    )


def _figure_of(total_text: str) -> str:
    """The total's figure as printed, spaces removed and its unit left out (``26,264백만원`` -> ``26,264``)."""
    m = re.match(r"[\d.,]+", re.sub(r"\s+", "", total_text))
    return m.group(0) if m else ""


def _adding_up(
    rest: list[dict[str, Any]], total: int, printed: dict[int, str], multiplier: int, total_text: str = ""
) -> list[dict[str, Any]]:
    """The entries of :func:`_split_of_total` (every amount known) that are the total's parts;
    ``printed`` the amount text of each (by id), ``multiplier`` the budget's unit in won.

    Class of card fixed (session 33): a part grouped by a point where its siblings group by commas (a scan's
    ``시비 4.375`` for 4,375 백만원, read as 4.375 백만원: mulbit-city 62003 / 62004 scans, one wrong figure each) is
    a comma misread (:func:`.money_grouping.point_for_comma`): read as grouped by a comma only where the parts then
    add up to the total, else null with its printed text."""
    if sum(p["amount_krw"] for p in rest) == total:
        return rest
    first: dict[str, dict[str, Any]] = {}
    for p in rest:
        if p["source"] is not None:
            first.setdefault(p["source"], p)
    if first and len(first) < len(rest) and sum(p["amount_krw"] for p in first.values()) == total:
        return list(first.values())
    if len(first) == len(rest):  # one entry a source, as printed: validation checks their sum; a part grouped
        texts = [printed[id(p)] for p in rest]  # unlike the others is a separator misread (money_grouping)
        points = point_for_comma([re.sub(r"\s+", "", t) for t in texts])
        if (
            points
            and sum(p["amount_krw"] * (1000 if k in points else 1) for k, p in enumerate(rest)) == total
        ):
            return [
                {**p, "amount_krw": p["amount_krw"] * 1000} | {READING: texts[k]} if k in points else p
                for k, p in enumerate(rest)
            ]  # OCR's point as a comma: a second sum too
        read = proven_readings(
            [re.sub(r"\s+", "", t) for t in texts],
            [p["amount_krw"] for p in rest],
            total,
            multiplier,
            total_text,
        )  # OCR'd commas read as a digit or a point, proven by the sum
        if (
            read is not None
        ):  # an unsure part's reading keeps its text: a second sum must prove it (even as printed)
            unsure = unsure_parts([re.sub(r"\s+", "", t) for t in texts], total_text)
            return [
                {**p, "amount_krw": None, "raw": t}
                if v is None
                else {**p, "amount_krw": v, READING: t}
                if k in unsure
                else p
                for k, (p, v, t) in enumerate(zip(rest, read, texts, strict=True))
            ]
        # a part grouped by a point no sum of the budget's reads either way may be a decimal as typed (시비 9.375
        # 백만원): read as printed, held to the funding table's proof as a reading (budget_readings: null with
        # ``extract.reading_unproven`` where its row does not prove it; session 39: such a decimal was null, lost)
        odd = misgrouped(texts)
        return [
            {**p, "amount_krw": None, "raw": printed[id(p)]}
            if k in odd
            else {**p, AS_PRINTED: texts[k]}
            if k in points
            else p
            for k, p in enumerate(rest)
        ]
    return [{**p, "amount_krw": None, "raw": printed[id(p)]} for p in first.values()]
