"""The reviewers' report: a self-contained static site under ``DIR/report/``.

``index.html`` holds the summary (cards, files, failing findings by check), inline SVG charts of
funding and outreach across cards and a sortable table of cards; ``cards/<safe card_id>.html``
holds each card's fields and every finding with observed vs expected and the source evidence;
``pledges/<safe pledge key>.html`` the pledge's versions across quarters (:mod:`~pledgecard.validate.timeline`).
CSS and JS are inlined; nothing is loaded from the network. All card text is escaped (Jinja2
autoescape).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, Template, nodes, select_autoescape
from jinja2.compiler import CodeGenerator, Frame
from markupsafe import Markup, escape
from markupsafe import _escape_inner as _escape_text

import pledgecard.validate.humanize as humanize
import pledgecard.validate.wording as wording
from pledgecard.corrections import get_path
from pledgecard.extract.formats import evidence_of
from pledgecard.identity import base_key
from pledgecard.record import as_list, as_map
from pledgecard.validate.charts import bar_chart
from pledgecard.validate.checks import CHECKS
from pledgecard.validate.evidence import PREFETCH_MIN, EvidenceFinder
from pledgecard.validate.pagenames import PageNames
from pledgecard.validate.timeline import PledgePages
from pledgecard.writers import atomic_write_text, ensure_inside

_HERE = Path(__file__).resolve().parent
ProvenanceOf = Callable[[Mapping[str, Any]], Mapping[str, Any] | None]  # record -> its provenance line
_STATUS_ORDER = ["ongoing_delayed", "partial", "not_started", "ongoing_normal", "continuing", "done", "dropped", "other"]
_INDEX = re.compile(r"^(achievements|goals|plans)\[(\d+)\]")


def _val(v: Any) -> Markup:
    """A value of a card page, or a muted dash for a missing one (a filter: a macro per cell was a
    tenth of the report's time)."""
    return Markup('<span class="muted">—</span>') if v is None else escape(v)


_DICT_ATTRS = frozenset(dir(dict))


def _escaped(value: Any) -> str:
    """``markupsafe.escape`` for a template's output (``{{ value }}``), the same text without
    wrapping it in a ``Markup`` object: the page joins it at once. Half of a card page's rendering
    was making those objects (a page has some 700 escaped pieces)."""
    if type(value) is str:
        return _escape_text(value)  # type: ignore[no-any-return]
    if hasattr(value, "__html__"):
        return value.__html__()  # type: ignore[no-any-return]
    return _escape_text(str(value))  # type: ignore[no-any-return]


class _Template(Template):
    """A compiled report template whose output escaping is :func:`_escaped` (the name ``escape``
    the compiled code looks up among its module's names; Jinja's own ``escape`` elsewhere)."""

    @classmethod
    def _from_namespace(cls, environment: Environment, namespace: Any, globals: Any) -> Template:
        namespace["escape"] = _escaped
        return super()._from_namespace(environment, namespace, globals)  # type: ignore[misc, no-any-return]


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, but a block's pieces are joined where the block is called and
    handed on as one string (Jinja hands each piece on through every template of the extends
    chain: a card page's some 1,500 pieces went through three generators each). The same text."""

    def visit_Block(self, node: nodes.Block, frame: Frame) -> None:
        if self.environment.is_async or frame.buffer is not None or node.required:
            super().visit_Block(node, frame)
            return
        level = 0
        if frame.toplevel:
            if self.has_known_extends:
                return
            if self.extends_so_far > 0:
                self.writeline("if parent_template is None:")
                self.indent()
                level += 1
        context = self.derive_context(frame) if node.scoped else self.get_context_ref()
        self.writeline(f"yield environment.concat(context.blocks[{node.name!r}][0]({context}))", node)
        self.outdent(level)


class _Environment(Environment):
    """Jinja's environment with a quicker ``a.b`` on plain dicts (the pages' values are dicts):
    the key straight away where Jinja would first try an attribute, fail and catch the error
    (the same result: a dict has no attributes but its methods); templates are :class:`_Template`,
    compiled by :class:`_CodeGenerator`."""

    template_class = _Template
    code_generator_class = _CodeGenerator

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRS:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def _env() -> Environment:
    env = _Environment(loader=FileSystemLoader(str(_HERE / "templates")),
                      autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["val"] = _val
    return env


def _money(v: Any) -> str | None:
    if v is None:
        return None
    return humanize.amount(v, wording.word("units", "currency")) if isinstance(v, int | float) and not isinstance(v, bool) else str(v)


def _text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_ISO_RANGE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\.\.(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")
_GOAL = re.compile(r"^goals\[(\d+)\]")


def _unit(rec: Mapping[str, Any], location: str | None) -> str:
    """The unit of the figure at ``location``: won for money, the printed unit of counts."""
    loc = location or ""
    if loc.startswith(("funding.", "overview.budget")):
        return wording.word("units", "currency")
    if loc.startswith("outreach"):
        return str(as_map(rec.get("outreach")).get("unit") or "")
    m = _GOAL.match(loc)
    if m:
        goals = as_list(rec.get("goals"))
        i = int(m.group(1))
        return str(as_map(goals[i]).get("target_unit") or "") if i < len(goals) else ""
    return ""


_INDEXED = re.compile(r"^(?P<head>[a-z_.]+)\[(?P<i>\d+)\]$")


def correction_target(rec: Mapping[str, Any], location: str | None) -> str | None:
    """The field a reviewer would correct for a finding at ``location``: the location itself when
    it is a field; for a row, column or item its stated total, text or actual value.

    >>> correction_target({}, "overview.budget"), correction_target({}, "achievements[4]")
    ('overview.budget.total_krw', 'achievements[4].text')
    """
    if not location:
        return None
    funding = as_map(rec.get("funding"))
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    rows = [as_map(r) for r in as_list(funding.get("rows"))]
    m = _INDEXED.match(location)
    head, i = (m.group("head"), int(m.group("i"))) if m else (None, -1)
    if location == "overview.budget":
        return "overview.budget.total_krw"
    if location == "outreach":
        return "outreach.total"
    if head == "overview.budget.parts":
        return f"{location}.amount_krw"
    if head == "funding.rows":
        tc = next((c for c, col in enumerate(cols) if col.get("kind") == "total"), None)
        return f"{location}.amounts_krw[{tc}]" if tc is not None else None
    if head == "funding.columns":
        tr = next((r for r, row in enumerate(rows) if row.get("source") == "total"), None)
        return f"funding.rows[{tr}].amounts_krw[{i}]" if tr is not None else None
    if head == "achievements":
        return f"{location}.text"
    if head == "goals":
        return f"{location}.actual_value"
    return location


def correct_command(root: Path, rec: Mapping[str, Any], finding: Mapping[str, Any]) -> str | None:
    """The ``pledgecard correct`` command for a finding, ready to copy (the value prefilled with
    what is extracted now, to be edited)."""
    target = correction_target(rec, finding.get("location"))
    if target is None or rec.get("card_id") is None:
        return None
    try:
        current = get_path(rec, target)
    except Exception:  # noqa: BLE001 - an odd location gives no command, never a broken report
        return None
    if not isinstance(current, str | int | float | bool | type(None) | list | dict):
        return None  # the path is not in the record
    value = current if isinstance(current, str) else json.dumps(current, ensure_ascii=False)
    note = f"{finding.get('code')}: checked against the card"
    return " ".join(shlex.quote(str(a)) for a in ["pledgecard", "correct", str(root), rec["card_id"], target, value,
                                                   "--note", note])


def figure(value: Any, unit: str = "") -> str:
    """An observed or expected value as people read it: ``20,209,000,000원``, ``2026년 1학기~``.

    >>> figure(20209000000, "원"), figure("2026-S1/.."), figure("2022-05-01..2027-02-28")
    ('20,209,000,000원', '2026년 1학기~', '2022년 5월 1일~2027년 2월 28일')
    """
    if isinstance(value, int | float) and not isinstance(value, bool):
        return humanize.amount(value, unit)
    if isinstance(value, str):
        m = _ISO_RANGE.match(value)
        if m:
            return humanize.interval(f"{m.group(1)}/{m.group(2)}")
        if value.startswith("<= "):
            return "~" + humanize.interval(value[3:])
        return humanize.interval(value) if humanize.looks_like_date(value) else value
    return _text(value)


def card_pages(card_ids: list[str]) -> dict[str, str]:
    """A unique safe file name per card id."""
    pages = PageNames()
    for cid in card_ids:
        pages(cid)
    return pages.pages


class ChartTotals:
    """Funding by source and by year, outreach by category, summed card by card."""

    def __init__(self) -> None:
        self.by_source: Counter[str] = Counter()
        self.by_year: Counter[str] = Counter()
        self.outreach: Counter[str] = Counter()

    def add(self, rec: Mapping[str, Any]) -> None:
        funding = as_map(rec.get("funding"))
        cols = [as_map(c) for c in as_list(funding.get("columns"))]
        rows = [as_map(r) for r in as_list(funding.get("rows"))]
        tc = next((i for i, c in enumerate(cols) if c.get("kind") == "total"), None)
        total_row = next((r for r in rows if r.get("source") == "total"), None)
        for r in rows:
            amounts = as_list(r.get("amounts_krw"))
            if tc is not None and r.get("source") != "total" and tc < len(amounts) and isinstance(amounts[tc], int):
                self.by_source[wording.table("sources").get(str(r.get("source")), str(r.get("label")))] += amounts[tc]
        for i, c in enumerate(cols):
            if c.get("kind") == "year" and total_row is not None:
                amounts = as_list(total_row.get("amounts_krw"))
                if i < len(amounts) and isinstance(amounts[i], int):
                    self.by_year[str(c.get("year") or c.get("label"))] += amounts[i]
        for item in as_list(as_map(rec.get("outreach")).get("items")):
            it = as_map(item)
            if isinstance(it.get("count"), int):
                self.outreach[str(it.get("category") or it.get("label"))] += it["count"]

    def svgs(self) -> list[str]:
        return [
            bar_chart("Funding by source (won, total column)", self.by_source.most_common(), unit=wording.word("units", "currency")),
            bar_chart("Funding by year (won, total row)", sorted(self.by_year.items()), unit=wording.word("units", "currency")),
            bar_chart("Outreach by category (count)", self.outreach.most_common(), unit=wording.word("units", "outreach")),
        ]


def _files_summary(files: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    if not files:
        return None
    status = Counter(str(f.get("status")) for f in files)
    return {"total": len(files), "ok": status["ok"], "no_card": status["no_card"], "failed": status["failed"],
            "problems": [f for f in files if f.get("status") != "ok"][:500]}


def _date_text(item: Mapping[str, Any]) -> Any:
    """An achievement's or plan's date as people write it, else as printed."""
    date = as_map(item.get("date"))
    return humanize.interval(date.get("label")) or date.get("raw")


def _card_context(rec: Mapping[str, Any], findings: list[dict[str, Any]], finder: EvidenceFinder,
                  provenance: ProvenanceOf | None, root: Path | None = None,
                  copy_of: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """The template context of a card's page. A finding computed on another copy of the card
    (``copy_of(finding)``: the record it was computed on) gets that copy's evidence."""
    header, overview = as_map(rec.get("header")), as_map(rec.get("overview"))
    budget, funding = as_map(overview.get("budget")), as_map(rec.get("funding"))
    originals = [f for f in findings if not f["success"]]
    failing = [dict(f) for f in originals]
    flagged = {f["location"] for f in failing if f.get("location")}
    flagged_idx: dict[str, set[int]] = defaultdict(set)
    for loc in flagged:
        m = _INDEX.match(loc)
        if m:
            flagged_idx[m.group(1)].add(int(m.group(2)))
    for f in failing:
        unit = _unit(rec, f.get("location"))
        f["observed_text"], f["expected_text"] = figure(f.get("observed"), unit), figure(f.get("expected"), unit)
        f["command"] = correct_command(root, rec, f) if root is not None else None
        source = copy_of(f) if copy_of is not None else rec
        src = as_map(source.get("source"))
        f["copy"] = f"{src.get('file') or '?'} ({src.get('format') or '?'})" if source is not rec else None
        f["evidence"] = finder.find(source, f.get("location"), provenance(source) if provenance else None)
    for orig, f in zip(originals, failing, strict=True):
        data = f["evidence"].data()
        if data is not None:
            orig["evidence"] = data  # findings.jsonl carries it too
    keys = ["kind", "title", "mgmt_no", "lead_dept", "contact_name", "contact_phone", "coop_depts", "target",
            "status", "status_code"]
    header_rows = [(k, "; ".join(map(str, header[k])) if isinstance(header.get(k), list) else header.get(k))
                   for k in keys]
    cols = [as_map(c) for c in as_list(funding.get("columns"))]
    return {
        "card": rec, "source": as_map(rec.get("source")),
        "corrections": [as_map(c) for c in as_list(rec.get("corrections"))], "header": header, "header_rows": header_rows,
        "failing": failing, "passed": [f for f in findings if f["success"]],
        "counts": Counter(f["severity"] for f in failing),
        "overview": {
            "period_raw": as_map(overview.get("period")).get("raw"),
            "period_label": humanize.interval(as_map(overview.get("period")).get("label")),
            "budget_raw": budget.get("raw"), "budget_total": _money(budget.get("total_krw")),
            "parts": [{"label": as_map(p).get("label"), "amount": _money(as_map(p).get("amount_krw")),
                       "flagged": f"overview.budget.parts[{i}]" in flagged} for i, p in enumerate(as_list(budget.get("parts")))],
            "contents": [c for c in as_list(overview.get("contents")) if c], "notes": [c for c in as_list(overview.get("notes")) if c],
        },
        "funding": {
            "unit": funding.get("unit"),
            "columns": [{"label": c.get("label"), "flagged": f"funding.columns[{i}]" in flagged} for i, c in enumerate(cols)],
            "rows": [{"label": as_map(r).get("label"), "amounts": [_money(a) for a in as_list(as_map(r).get("amounts_krw"))],
                      "flagged": any(loc.startswith(f"funding.rows[{i}]") for loc in flagged)}
                     for i, r in enumerate(as_list(funding.get("rows")))],
        },
        "achievements": [{"index": i, "group": a.get("group"), "level": a.get("level") or 1, "marker": a.get("marker"),
                          "text": a.get("text"), "date": _date_text(a), "flagged": i in flagged_idx["achievements"]}
                         for i, a in enumerate(map(as_map, as_list(rec.get("achievements"))))],
        "tables": [{"title": as_map(t).get("title"), "header": as_list(as_map(t).get("header")), "rows": as_list(as_map(t).get("rows"))}
                   for t in as_list(rec.get("tables"))],
        "goals": [{**as_map(g), "index": i, "flagged": i in flagged_idx["goals"]} for i, g in enumerate(as_list(rec.get("goals")))],
        "outreach": ({"total": as_map(rec.get("outreach")).get("total"), "unit": as_map(rec.get("outreach")).get("unit"),
                      "entries": [as_map(i) for i in as_list(as_map(rec.get("outreach")).get("items"))]}
                     if rec.get("outreach") else None),
        "plans": [{"text": p.get("text"), "date": _date_text(p)} for p in map(as_map, as_list(rec.get("plans")))],
        "effects": [e for e in as_list(rec.get("effects")) if e],
        "unparsed": [as_map(u).get("text") for u in as_list(rec.get("unparsed"))],
    }


def write_page(path: Path, text: str) -> None:
    """Write a report page atomically (temp file, rename) without an fsync of its own: the pages
    are rewritten on every run, and the index, written last with an fsync, is the commit point.
    The temp file is named after the page (one writer per output folder: its lock)."""
    atomic_write_text(path, text, durable=False, named_temp=True)


def _evidence_wanted(records: list[dict[str, Any]], by_card: Mapping[str, list[dict[str, Any]]],
                     copies: Mapping[tuple[str, Any], Mapping[str, Any]], done: set[str],
                     provenance: ProvenanceOf | None) -> Iterator[tuple[Mapping[str, Any], Any, Mapping[str, Any] | None]]:
    """What :meth:`ReportWriter.add` will ask the evidence finder for, in its order: the record
    (the copy a finding was computed on), location and provenance line of each failing finding
    of each card not written yet (as :func:`_card_context` asks)."""
    seen = set(done)
    for rec in records:
        cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
        if cid in seen:
            continue
        seen.add(cid)
        for f in by_card.get(cid, []):
            if not f["success"]:
                source = copies.get((cid, f.get("source_sha256")), rec)
                yield source, f.get("location"), provenance(source) if provenance else None


class ReportWriter:
    """Writes the report as cards come: :meth:`add` writes the pages of a chunk of cards (and
    keeps one small index row per card and running totals); :meth:`finish` writes the index."""

    def __init__(self, root: Path, files: list[Mapping[str, Any]] | None = None) -> None:
        self.root = root
        self.report_dir = ensure_inside(root, root / "report")
        self.env = _env()
        self.common = {
            "css": (_HERE / "static" / "report.css").read_text(encoding="utf-8"),
            "js": (_HERE / "static" / "report.js").read_text(encoding="utf-8"),
            "generated": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        }
        self.files = list(files or [])
        self.finder = EvidenceFinder(root, self.report_dir, self.files)
        if sum(evidence_of(f.get("format")) == "image" for f in self.files) >= PREFETCH_MIN:
            self.finder.start_helper()  # its start overlaps validation; it renders half of the PDF crops
        self.card_tpl = self.env.get_template("card.html.j2")
        self.pages = PageNames()
        self.rows: list[dict[str, Any]] = []
        self.done: set[str] = set()
        self.charts = ChartTotals()
        self.severity: Counter[str] = Counter()
        self.passed = 0
        self.failing_by_code: Counter[str] = Counter()
        self.cards_failing: Counter[str] = Counter()
        self.cards_passing: Counter[str] = Counter()
        self.pledges = PledgePages()  # a page per pledge: its versions across quarters
        self._cards_dir: Path | None = None

    def _count(self, findings: list[dict[str, Any]]) -> None:
        failing_cards: dict[str, set[Any]] = defaultdict(set)
        passing_cards: dict[str, set[Any]] = defaultdict(set)
        for f in findings:
            if f["success"]:
                self.passed += 1
                passing_cards[f["code"]].add(f["card_id"])
            else:
                self.severity[f["severity"]] += 1
                self.failing_by_code[f["code"]] += 1
                failing_cards[f["code"]].add(f["card_id"])
        for code, cards in failing_cards.items():
            self.cards_failing[code] += len(cards)
        for code, cards in passing_cards.items():
            self.cards_passing[code] += len(cards - failing_cards.get(code, set()))

    def add(self, records: list[dict[str, Any]], findings: list[dict[str, Any]],
            provenance: ProvenanceOf | None = None) -> None:
        """Write the page of each new card of ``records`` with its ``findings``."""
        self._count(findings)
        by_card: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for f in findings:
            by_card[str(f.get("card_id"))].append(f)
        copies: dict[tuple[str, Any], Mapping[str, Any]] = {}
        for rec in records:
            cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
            copies.setdefault((cid, as_map(rec.get("source")).get("sha256")), rec)
        self.finder.prefetch(_evidence_wanted(records, by_card, copies, self.done, provenance))
        for rec in records:
            cid = str(rec.get("card_id") if rec.get("card_id") is not None else "unknown")
            if cid in self.done:
                continue
            self.done.add(cid)
            self.charts.add(rec)
            page_name = self.pages(cid)
            ctx = _card_context(rec, by_card.get(cid, []), self.finder, provenance, self.root,
                                lambda f, cid=cid, rec=rec: copies.get((cid, f.get("source_sha256")), rec))
            ctx["pledge_page"] = self.pledges.add(rec, base_key(rec), page_name)
            page = self._page_path(page_name)
            write_page(page, self.card_tpl.render(**self.common, **ctx, root="../"))
            self.rows.append({**_index_row(cid, page_name, rec, ctx), "pledge_page": ctx["pledge_page"]})

    def _page_path(self, name: str) -> Path:
        """Where the card page ``name`` (a safe file name) goes: the cards folder is resolved and
        checked once; a name that is not a plain file name, or a page that is a symbolic link, is
        checked on its own."""
        if self._cards_dir is None:
            self._cards_dir = ensure_inside(self.report_dir, self.report_dir / "cards")
        page = self._cards_dir / name
        if os.sep in name or name in (".", "..") or page.is_symlink():
            return ensure_inside(self.report_dir, page)
        return page

    def finish(self) -> Path:
        """Write ``report/index.html``; returns its path."""
        self.finder.shutdown()
        checks = []
        for code, check in CHECKS.items():
            checks.append({"code": code, "name": check.name, "severity": check.severity,  # markdown quotes dropped
                           "description": check.description.replace("`", ""),
                           "computed_by": check.computed_by.replace("`", ""),
                           "table": check.table.name, "failing": self.failing_by_code[code],
                           "cards_failing": self.cards_failing[code], "cards_passing": self.cards_passing[code]})
        summary = {"cards": len(self.rows), "errors": self.severity["error"], "warnings": self.severity["warning"],
                   "infos": self.severity["info"], "passed": self.passed}
        statuses = sorted({r["status_code"] for r in self.rows if r["status_code"]},
                          key=lambda s: _STATUS_ORDER.index(s) if s in _STATUS_ORDER else 99)
        issuers = sorted({r["issuer"] for r in self.rows if r["issuer"]})
        failing_codes = [c for c in checks if c["failing"]]
        extra_codes = sorted({code for r in self.rows for code in r["codes"].split()} - set(CHECKS))
        pledge_tpl = self.env.get_template("pledge.html.j2")
        self.pledges.write(self.report_dir, lambda ctx: pledge_tpl.render(**self.common, **ctx, root="../"), write_page)
        index = self.report_dir / "index.html"
        atomic_write_text(index, self.env.get_template("index.html.j2").render(
            **self.common, root="", summary=summary, files=_files_summary(self.files), checks=checks,
            charts=self.charts.svgs(), cards=risk_order(self.rows), statuses=statuses, issuers=issuers,
            filter_codes=[c["code"] for c in failing_codes] + extra_codes,
            no_issuer=any(r["issuer"] is None for r in self.rows)))
        return index


EXTRACTOR_PREFIXES = ("extract.",)  # findings the extractor raises about its own reading


def _index_row(cid: str, page: str, rec: Mapping[str, Any], ctx: Mapping[str, Any]) -> dict[str, Any]:
    header = as_map(rec.get("header"))
    code = header.get("status_code")
    failing = ctx["failing"]
    issuer = header.get("issuer")
    return {"card_id": cid, "page": page, "title": header.get("title"), "status": header.get("status"),
            "status_code": code, "issuer": issuer if isinstance(issuer, str) and issuer.strip() else None,
            "status_rank": _STATUS_ORDER.index(code) if code in _STATUS_ORDER else len(_STATUS_ORDER),
            "errors": ctx["counts"]["error"], "warnings": ctx["counts"]["warning"], "infos": ctx["counts"]["info"],
            "extractor": sum(1 for f in failing if str(f.get("code")).startswith(EXTRACTOR_PREFIXES)),
            "codes": " ".join(sorted({str(f.get("code")) for f in failing})),
            "severities": " ".join(sorted({str(f.get("severity")) for f in failing})),
            "source": f"{as_map(rec.get('source')).get('file') or '?'}#{as_map(rec.get('source')).get('card_index', 0)}",
            "ocr": ", ".join(str(n) for n in as_map(rec.get("source")).get("ocr_pages") or [])}


def risk_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cards by risk: most errors first, then most extractor findings, then most warnings, then
    info; ties keep input order. Each row gets its ``risk`` rank (1 = review first)."""
    ordered = sorted(enumerate(rows), key=lambda ir: (-ir[1]["errors"], -ir[1]["extractor"], -ir[1]["warnings"],
                                                       -ir[1]["infos"], ir[0]))
    out = []
    for rank, (_, row) in enumerate(ordered, 1):
        out.append({**row, "risk": rank})
    return out


def write_report(
    root: Path,
    records: list[dict[str, Any]],
    findings: list[dict[str, Any]],
    *,
    provenance: Mapping[str, Mapping[str, Any]] | None = None,
    files: list[Mapping[str, Any]] | None = None,
) -> Path:
    """Write ``root/report/index.html`` and one page per card; returns the index path."""
    writer = ReportWriter(root, files)
    lines = provenance or {}
    writer.add(records, findings, lambda rec: lines.get(str(rec.get("card_id"))))
    return writer.finish()
