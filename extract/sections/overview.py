"""사업개요: period (사업기간), budget (총사업비 with its parts), main contents and footnotes."""

from __future__ import annotations

import re
from typing import Any

from pledgecard.extract.document import Table
from pledgecard.extract.labels import norm_label, section_of
from pledgecard.extract.layout import Item, Line, cell_lines
from pledgecard.extract.markers import LEVEL2_MARKERS, LEVEL3_MARKERS, is_note, split_marker
from pledgecard.extract.sections.base import Loc, SectionContext, SectionResult
from pledgecard.extract.sections.common import is_caption, label_value
from pledgecard.extract.sections.overview_budget_parts import parts_under_budget
from pledgecard.extract.sections.row_source import across
from pledgecard.extract.vocabulary import Vocabulary, current
from pledgecard.extract.vocabulary import key as vocab_key
from pledgecard.normalize.dates import is_date, parse_date
from pledgecard.normalize.money import parse_budget
from pledgecard.normalize.text import fold, fold_fullwidth
from pledgecard.record import Overview

SUB_MARKERS = LEVEL2_MARKERS + LEVEL3_MARKERS  # a sub-item's bullets: a content line, never a field's label


def dated_not_amount(value: str) -> bool:
    """Whether a value read under a budget label is a date or period, no amount: it parses as a date and
    prints no money unit and is no bare figure (``2022. 9. ~ 2026. 12.``; ``12,500``, ``2024`` or ``30,512백만원``
    are amounts)."""
    bare = fold_fullwidth(fold(value)).replace(" ", "")
    return is_date(value) and parse_budget(value).get("unit") is None and not re.fullmatch(r"[\d,.]+", bare)


def bulleted_budget_proven(label: str, value: str, budget: dict[str, Any]) -> bool:
    """Whether a bulleted budget line printed with no colon (``○ 총사업비 12,500백만원(국비 …)``) is the overview's
    budget: its parts add up to its total, or its label is a total's word and its amount the only figure on the
    line. A bulleted line telling one more amount (``○ 사업비 3,000백만원 추가 확보 (2025년 추경)``,
    ``○ 예산 1,200백만원 확보 (…특별교부세)``) is a content line, never the budget."""
    total, parts = budget.get("total_krw"), budget.get("parts") or []
    if total is None:
        return False
    if parts and all(p.get("amount_krw") is not None for p in parts):
        return sum(p["amount_krw"] for p in parts) == total
    totals = {vocab_key(w) for w in current().words("money", "total_words")}
    figures = re.findall(r"\d[\d,.]*", fold_fullwidth(fold(value)))
    return norm_label(label) in totals and len(figures) == 1


def _labels(v: Vocabulary) -> dict[str, frozenset[str]]:
    """Overview field -> its labels (``period``, ``budget``, ``contents``)."""
    return {name: frozenset(vocab_key(w) for w in words) for name, words in v.table("overview").items()}


def field_label(text: str) -> tuple[str, str] | None:
    """``사업기간 2018.07.~2022.02.`` -> ``('사업기간', '2018.07.~2022.02.')``: an overview field's
    label and its value printed without a colon between them (a sub-label cell and its value cell
    on one dump line), the value opening with a figure and reading as the field (a date, an amount);
    None for any other text."""
    words = text.split()
    labels = current().build(_labels)
    for k in (1, 2):
        label, value = " ".join(words[:k]), " ".join(words[k:])
        if (
            len(words) > k
            and re.match(r"['’‘]?\d", words[k])
            and (
                (norm_label(label) in labels["period"] and parse_date(value).get("label"))
                or (
                    norm_label(label) in labels["budget"]
                    and (parse_budget(value) or {}).get("total_krw") is not None
                )
            )
        ):
            return label, value
    return None


def contents_opening(text: str) -> str | None:
    """``주요내용 ❑ 참여 주민 ...``: the contents' label with their first item on its line after its bullet
    (a dump printing a cell of one paragraph on its label's line): the item's text; None for any other."""
    words = text.split()
    labels = current().build(_labels)
    for k in (1, 2):
        if len(words) > k and norm_label(" ".join(words[:k])) in labels["contents"]:
            marker, rest = split_marker(" ".join(words[k:]))
            if marker is not None and rest:
                return rest
    return None


def _nested_tables(table: Table) -> list[Table]:
    return [n for c in table.cells for n in c.nested]


def _pairs_from_table(table: Table) -> list[Line]:
    """A row ``label | value`` as the line ``label : value``; a value cell of several lines of which
    one opens with a marker (``사업내용 | ㅇ ... / * 참여기관 ...``) as the label alone, then those
    lines each with its marker (a note stays a note, not a piece of the content before it)."""
    lines: list[Line] = []
    for row in range(table.n_rows):
        cells = sorted((c for c in table.cells if c.row == row), key=lambda c: c.col)
        inner = cell_lines(cells[-1]) if len(cells) == 2 else []
        if len(inner) > 1 and any(x.marker for x in inner):
            lines.append(Line(text=fold(cells[0].text), marker=None, indent=0, source=cells[0].source))
            lines.extend(inner)
        elif len(cells) >= 2:
            text = f"{fold(cells[0].text)} : " + " ".join(fold(c.text) for c in cells[1:])
            lines.append(Line(text=text, marker=None, indent=0, source=across(cells[0].source, cells[1:])))
        elif cells:
            lines.append(Line(text=fold(cells[0].text), marker=None, indent=0, source=cells[0].source))
    return lines


MAX_HEADS = 6  # a contents table's column heads printed as a line: a few words (a bare sentence holds more)


def _head_row(cells: list[str]) -> bool:
    """A row of column heads: three or more short cells of words, no figure."""
    return len(cells) >= 3 and all(0 < len(c) <= 10 and not re.search(r"\d", c) for c in cells)


def _grid_rows(table: Table) -> list[Line] | None:
    """The rows under a table's column heads (세부사업 | 내용 | 사업량), each a line of its cells in
    reading order joined by a space (a merged cell once); None unless the table's first row is its
    heads and every other row prints as many cells."""
    rows = [sorted((c for c in table.cells if c.row == r), key=lambda c: c.col) for r in range(table.n_rows)]
    if len(rows) < 2 or not _head_row([fold(c.text) for c in rows[0]]):
        return None
    width = sum(c.col_span for c in rows[0])
    lines = []
    for cells in rows[1:]:
        if sum(c.col_span for c in cells) != width or not any(fold(c.text) for c in cells):
            return None
        text = " ".join(t for c in cells if (t := fold(c.text)))
        lines.append(Line(text=text, marker=None, indent=0, source=across(cells[0].source, cells[1:])))
    return lines


def cell_rows(lines: list[Line], n: int) -> tuple[list[Line], int] | None:
    """A table a dump printed one cell a line from ``lines[n]`` (``세부사업`` / ``내용`` / ``사업량`` /
    ``인재양성`` / ``산업단지 구축`` / ``1식`` / ...): three or more head cells, each one word without a
    figure, then rows as wide as the heads up to the next marked line. Its rows, each a line of its
    cells joined by a space, and the index past the run; None unless the run so divides."""
    run: list[Line] = []
    for ln in lines[n:]:
        if ln.marker is not None or label_value(ln.text) is not None:
            break
        run.append(ln)
    heads = 0
    while heads < len(run) and len(run[heads].text.split()) == 1 and _head_row([run[heads].text] * 3):
        heads += 1
    if heads < 3 or len(run) < 2 * heads or len(run) % heads:
        return None
    rows = [run[k : k + heads] for k in range(heads, len(run), heads)]
    return [
        Line(text=" ".join(fold(c.text) for c in row), marker=None, indent=0, source=row[0].source)
        for row in rows
    ], n + len(run)


def _other_section(label: str) -> bool:
    """Whether a label (a label | value row's, a line's alone) names a section other than the overview."""
    return section_of(label) not in (None, "overview")


def unbulleted_field(text: str, labels: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """:func:`label_value` of ``text``, or of it without its leading symbols where only they keep its label from
    naming a period or a budget: a bullet OCR misread as brackets or stops (``[『 사업기간``, ``()사업기간``)."""
    lv = label_value(text)
    fields = labels["period"] | labels["budget"]
    if lv is not None and norm_label(lv[0]) in fields:
        return lv
    bare = re.sub(r"^[^\w\s]+\s*", "", text)
    got = label_value(bare) if bare != text else None
    return got if got is not None and norm_label(got[0]) in fields else lv


def empty_overview() -> Overview:
    return {"period": None, "budget": None, "contents": [], "notes": []}


def extract_overview(items: list[Item], ctx: SectionContext | None = None) -> SectionResult:
    ov = empty_overview()
    prov: dict[Loc, Any] = {}
    rest: list[Item] = []
    lines: list[Line] = []
    grid_lines: set[int] = set()  # rows of a table under column heads: contents under the contents label
    for it in items:
        if isinstance(it, Table) and (rows := _grid_rows(it)) is not None:
            lines.extend(rows)
            grid_lines.update(id(x) for x in rows)
        elif isinstance(it, Table):
            lines.extend(_pairs_from_table(it))
            rest.extend(_nested_tables(it))  # tables inside the overview are not its fields
        else:
            lines.append(it)
    in_contents = False
    labels = current().build(_labels)
    pending: Line | None = None
    skip = 0
    budget_at = -2  # the line the budget was read on
    for n, ln in enumerate(lines):
        if n < skip:
            continue
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        if in_contents and not ov["contents"] and (cells := cell_rows(lines, n)) is not None:
            rows, skip = cells  # the contents' table printed one cell a line: its rows are the contents
            for row in rows:
                ov["contents"].append(row.text)
                prov.setdefault(Loc("overview", sub=f"contents[{len(ov['contents']) - 1}]"), row.source)
            continue
        if (
            in_contents
            and not ov["contents"]
            and ln.marker is None
            and nxt is not None
            and nxt.marker is None
            and len(ln.text.split()) <= MAX_HEADS
            and _head_row(ln.text.split())
            and id(ln) not in grid_lines
        ):
            continue  # the column heads of the contents' table a dump printed as a line (세부사업 내용 사업량)
        if id(ln) in grid_lines:
            if in_contents:
                ov["contents"].append(ln.text)
                prov.setdefault(Loc("overview", sub=f"contents[{len(ov['contents']) - 1}]"), ln.source)
            else:
                rest.append(ln)
            continue
        if is_note(ln.marker):
            ov["notes"].append(fold(ln.text))
            prov.setdefault(Loc("overview", sub=f"notes[{len(ov['notes']) - 1}]"), ln.source)
            continue
        if is_caption(ln.full_text):
            rest.append(ln)  # <사업 위치도>: the caption of a picture, not a content line
            continue
        lv = unbulleted_field(ln.text, labels)
        bulleted_colonless = (
            lv is None and ln.marker is not None and not in_contents and ln.marker not in SUB_MARKERS
        )
        if lv is None and (ln.marker is None or bulleted_colonless):
            lv = field_label(ln.text)  # ○ 총사업비 12,500백만원(…): no colon
        if (
            lv is None
            and n == budget_at + 1
            and (parts := parts_under_budget(ov["budget"], ln.text)) is not None
        ):
            ov["budget"]["parts"] = parts  # type: ignore[index]  # its sources on the line under it
            continue
        if lv is None and pending is not None and ln.marker is None:
            lv = field_label(f"{pending.text} {ln.text}")  # the value on the line under its label
        if pending is not None and lv is None:
            rest.append(pending)
        pending = None
        key = norm_label(lv[0]) if lv else norm_label(ln.text)
        if ln.marker is None and _other_section(lv[0] if lv else ln.text):
            in_contents = (
                False  # a label naming another section (기대효과 over its bullets): not the contents'
            )
            rest.append(ln)
            continue
        if lv is None and ln.marker is None and key in labels["period"] | labels["budget"]:
            pending = ln  # a label alone on its line (a converter printing a cell a line): its value next
            continue
        if lv and key in labels["period"]:
            ov["period"] = parse_date(lv[1])
            prov[Loc("overview", sub="period")] = ln.source
            in_contents = False
        elif lv and key in labels["budget"] and dated_not_amount(lv[1]):
            rest.append(ln)  # a period under a lone budget label (a key-fact tile's caption under its figure,
            #                  the next tile's figure after it): no budget
        elif (
            lv
            and key in labels["budget"]
            and bulleted_colonless
            and (ov["budget"] or not bulleted_budget_proven(lv[0], lv[1], parse_budget(lv[1])))
        ):
            rest.append(
                ln
            )  # a bulleted line telling one more amount, or after the budget read: not the budget
        elif lv and key in labels["budget"]:
            ov["budget"] = parse_budget(lv[1])
            prov[Loc("overview", sub="budget")] = ln.source
            budget_at = n
            in_contents = False
        elif key in labels["contents"]:
            in_contents = True
            if lv and lv[1]:
                ov["contents"].append(fold(split_marker(lv[1])[1] or lv[1]))  # its bullet apart
        elif lv is None and ln.marker is None and (first := contents_opening(ln.text)) is not None:
            in_contents = True
            ov["contents"].append(fold(first))
            prov.setdefault(Loc("overview", sub=f"contents[{len(ov['contents']) - 1}]"), ln.source)
        elif in_contents or ln.marker in ("-", "·", "–"):
            ov["contents"].append(fold(ln.text))
            prov.setdefault(Loc("overview", sub=f"contents[{len(ov['contents']) - 1}]"), ln.source)
        else:
            rest.append(ln)
    if pending is not None:
        rest.append(pending)
    return SectionResult({"overview": ov}, prov, rest)
