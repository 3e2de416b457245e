"""Score produced card records against expected ones, fact by fact.

A typed port of ``shared/tools/score_card.py`` (the reference scorer): the same normalization,
the same matching rules and therefore the same numbers. Each group of facts (``header``,
``dates``, ``money``, ``text``, ``achievements``, ``structure``, ``entities``, ``tables``,
``goals``, ``outreach``) is scored as F1 (lists) or accuracy (fields); the overall score is
fact-weighted. :func:`score_dirs` adds a breakdown per source format.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path, PurePath
from typing import Any

Record = Mapping[str, Any]

MARKERS = "□◦○-·※*⇨\ufffd•▪▶◆◇"
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\uff07": "'"})
_SPACE = re.compile(r"\s+")


def norm(value: object) -> str | None:
    """Quotes unified, all white space removed, bullet markers stripped from both ends."""
    if value is None:
        return None
    s = _SPACE.sub("", str(value).translate(_QUOTES))
    return s.strip(MARKERS)


def sim(a: object, b: object) -> float:
    """Similarity ratio of two normalized strings (1.0 when both are empty)."""
    x, y = norm(a) or "", norm(b) or ""
    if not x and not y:
        return 1.0
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


@dataclass(slots=True)
class GroupScore:
    """Points earned out of facts counted in one group, with notes on the misses."""

    ok: float = 0.0
    total: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return self.ok / self.total if self.total else 0.0


@dataclass(slots=True)
class Tally:
    """Per-group fact counts for one record or an aggregate of records."""

    groups: dict[str, GroupScore] = field(default_factory=dict)

    def group(self, name: str) -> GroupScore:
        return self.groups.setdefault(name, GroupScore())

    def add(self, group: str, ok: float, total: int, note: str | None = None) -> None:
        g = self.group(group)
        g.ok += ok
        g.total += total
        if note:
            g.notes.append(note)

    def field(self, group: str, name: str, exp: object, got: object) -> None:
        ok = norm(exp) == norm(got)
        self.add(group, 1.0 if ok else 0.0, 1, None if ok else f"{name}: expected {exp!r}, got {got!r}")

    def listf1(
        self,
        group: str,
        name: str,
        exp: Iterable[Any] | None,
        got: Iterable[Any] | None,
        key: Callable[[Any], object] = lambda x: x,
        threshold: float = 0.9,
    ) -> list[tuple[int, int]]:
        """F1 over two lists, matching each expected element to its most similar produced one."""
        e_list, g_list = list(exp or []), list(got or [])
        if not e_list and not g_list:
            return []
        pairs: list[tuple[int, int]] = []
        used: set[int] = set()
        for i, e in enumerate(e_list):
            best, bj = 0.0, None
            for j, g in enumerate(g_list):
                if j in used:
                    continue
                s = sim(key(e), key(g))
                if s > best:
                    best, bj = s, j
            if bj is not None and best >= threshold:
                used.add(bj)
                pairs.append((i, bj))
            else:
                self.group(group).notes.append(f"{name}: missing {key(e)!r}")
        tp = len(pairs)
        p = tp / len(g_list) if g_list else 0.0
        r = tp / len(e_list) if e_list else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        extra = [key(g_list[j]) for j in range(len(g_list)) if j not in used]
        note = f"{name}: {len(extra)} unexpected, e.g. {extra[:2]!r}" if extra else None
        self.add(group, f1 * max(len(e_list), 1), max(len(e_list), 1), note)
        return pairs

    def merge(self, other: Tally, prefix: str = "") -> None:
        """Add another tally's counts (and its notes, prefixed) into this one."""
        for name, g in other.groups.items():
            mine = self.group(name)
            mine.ok += g.ok
            mine.total += g.total
            mine.notes.extend(f"{prefix}{n}" for n in g.notes)

    def score(self) -> float:
        ok = sum(g.ok for g in self.groups.values())
        tot = sum(g.total for g in self.groups.values())
        return ok / tot if tot else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": self.score(),
            "groups": {
                k: {"score": g.score, "ok": g.ok, "total": g.total} for k, g in sorted(self.groups.items())
            },
        }


def _label(d: object) -> object:
    return d.get("label") if isinstance(d, dict) else None


def col_key(c: Mapping[str, Any]) -> tuple[Any, ...]:
    """A funding column is the same column when its kind (and year) agree, whatever its label."""
    kind = c.get("kind")
    if kind == "year":
        return ("year", c.get("year"))
    if kind in ("total", "prior", "after_term"):
        return (kind,)
    return ("other", norm(c.get("label")))


def _row_match(r: Mapping[str, Any], rows: list[Mapping[str, Any]]) -> list[Any]:
    """The produced funding row for an expected one: same source code if unique, else same label."""
    same = [g for g in rows if g.get("source") == r.get("source")]
    if len(same) != 1:
        same = [g for g in rows if norm(g.get("label")) == norm(r.get("label"))]
    return list(same[0].get("amounts_krw") or []) if same else []


def _missed(
    t: Tally,
    expected: list[Any],
    pairs: list[tuple[int, int]],
    facts: Mapping[str, int | Callable[[Any], int]],
) -> None:
    """Count the facts that hang on expected items which found no match as missed."""
    matched = {i for i, _ in pairs}
    for i in range(len(expected)):
        if i not in matched:
            for group, n in facts.items():
                t.add(group, 0.0, n(expected[i]) if callable(n) else n)


def _flat_table(tb: Mapping[str, Any]) -> str:
    return " ".join(" ".join(r) for r in (tb.get("header") or []) + (tb.get("rows") or []))


def score_record(exp: Record, got: Record, t: Tally | None = None) -> Tally:
    """Score one produced record against its expected record."""
    t = t or Tally()
    _score_header(t, exp, got)
    _score_overview(t, exp, got)
    _score_funding(t, exp, got)
    _score_achievements(t, exp, got)
    _score_tables(t, exp, got)
    _score_goals(t, exp, got)
    _score_outreach(t, exp, got)
    _score_plans_effects(t, exp, got)
    return t


def _score_header(t: Tally, exp: Record, got: Record) -> None:
    eh, gh = exp.get("header") or {}, got.get("header") or {}
    for k in (
        "kind",
        "title",
        "mgmt_no",
        "lead_dept",
        "contact_name",
        "contact_phone",
        "target",
        "status",
        "status_code",
    ):
        t.field("header", k, eh.get(k), gh.get(k))
    t.field("header", "coop_depts", sorted(eh.get("coop_depts") or []), sorted(gh.get("coop_depts") or []))
    t.field("dates", "as_of", _label(exp.get("as_of")), _label(got.get("as_of")))


def _score_overview(t: Tally, exp: Record, got: Record) -> None:
    eo, go = exp.get("overview") or {}, got.get("overview") or {}
    t.field("dates", "overview.period", _label(eo.get("period")), _label(go.get("period")))
    eb, gb = eo.get("budget") or {}, go.get("budget") or {}
    t.field("money", "budget.total_krw", eb.get("total_krw"), gb.get("total_krw"))
    gparts = {p.get("source"): p.get("amount_krw") for p in gb.get("parts") or []}
    for p in eb.get("parts") or []:
        t.field("money", f"budget.parts.{p['source']}", p.get("amount_krw"), gparts.get(p["source"]))
    t.listf1("text", "overview.contents", eo.get("contents"), go.get("contents"))
    t.listf1("text", "overview.notes", eo.get("notes"), go.get("notes"))


def _score_funding(t: Tally, exp: Record, got: Record) -> None:
    ef, gf = exp.get("funding") or {}, got.get("funding") or {}
    gcols = [col_key(c) for c in gf.get("columns") or []]
    grows = list(gf.get("rows") or [])
    for r in ef.get("rows") or []:
        gr = _row_match(r, grows)
        for c, v in zip(ef.get("columns") or [], r.get("amounts_krw") or [], strict=False):
            k = col_key(c)
            gv = gr[gcols.index(k)] if k in gcols and gcols.index(k) < len(gr) else None
            t.field("money", f"funding[{r['label']}][{c['label']}]", v, gv)


def _score_achievements(t: Tally, exp: Record, got: Record) -> None:
    ea, ga = list(exp.get("achievements") or []), list(got.get("achievements") or [])
    pairs = t.listf1("achievements", "achievements", ea, ga, key=lambda x: x.get("text"), threshold=0.85)
    _missed(t, ea, pairs, {"dates": 2, "structure": 2, "entities": 1})
    for i, j in pairs:
        e, g = ea[i], ga[j]
        t.field("dates", f"achievements[{i}].date", _label(e.get("date")), _label(g.get("date")))
        t.field("structure", f"achievements[{i}].level", e.get("level"), g.get("level"))
        t.field(
            "dates",
            f"achievements[{i}].group_as_of",
            _label(e.get("group_as_of")),
            _label(g.get("group_as_of")),
        )
        ep = ea[e["parent"]].get("text") if e.get("parent") is not None else None
        gp_i = g.get("parent")
        gp = ga[gp_i].get("text") if isinstance(gp_i, int) and 0 <= gp_i < len(ga) else None
        ok = (ep is None and gp is None) or (ep is not None and gp is not None and sim(ep, gp) >= 0.85)
        t.add(
            "structure",
            1.0 if ok else 0.0,
            1,
            None if ok else f"achievements[{i}].parent: expected {ep!r}, got {gp!r}",
        )
        ec = sorted((c["value"], c["unit"]) for c in e.get("counts") or [])
        gc = sorted((c.get("value"), c.get("unit")) for c in g.get("counts") or [])
        t.field("entities", f"achievements[{i}].counts", ec, gc)
        if e.get("orgs"):
            t.listf1("entities", f"achievements[{i}].orgs", e.get("orgs"), g.get("orgs"), threshold=0.8)


def _score_tables(t: Tally, exp: Record, got: Record) -> None:
    et, gt = list(exp.get("tables") or []), list(got.get("tables") or [])
    pairs = t.listf1("tables", "tables", et, gt, key=_flat_table, threshold=0.6)
    _missed(t, et, pairs, {"tables": lambda tb: sum(1 for r in tb.get("rows") or [] for c in r if c)})
    for i, j in pairs:
        e_cells = [c for r in et[i].get("rows") or [] for c in r]
        g_cells = [c for r in gt[j].get("rows") or [] for c in r]
        t.listf1(
            "tables",
            f"tables[{i}].cells",
            [c for c in e_cells if c],
            [c for c in g_cells if c],
            threshold=0.9,
        )


def _score_goals(t: Tally, exp: Record, got: Record) -> None:
    eg, gg = list(exp.get("goals") or []), list(got.get("goals") or [])
    pairs = t.listf1("goals", "goals", eg, gg, key=lambda x: x.get("target"), threshold=0.8)
    _missed(t, eg, pairs, {"goals": 6})
    for i, j in pairs:
        for k in ("year", "target_value", "status", "actual_value", "detail", "project"):
            t.field("goals", f"goals[{i}].{k}", eg[i].get(k), gg[j].get(k))


def wrong_goal_figures(exp: Record, got: Record) -> list[str]:
    """The goal figures a record holds that its card prints for no goal of that year (of any year when
    the record names none): a target (with its unit) or an actual value. The shared ``wrong_figures``
    counts no goal figure; this is its twin for the goals."""
    eg = list(exp.get("goals") or [])
    wrong: list[str] = []
    for g in got.get("goals") or []:
        peers = [e for e in eg if g.get("year") is None or e.get("year") == g.get("year")]
        for key, unit in (("target_value", "target_unit"), ("actual_value", None)):
            v = g.get(key)
            if v is not None and not any(
                e.get(key) == v and (unit is None or e.get(unit) == g.get(unit)) for e in peers
            ):
                wrong.append(f"goals {g.get('year')} {g.get('target')!r}: {key} {v}")
    return wrong


def _score_outreach(t: Tally, exp: Record, got: Record) -> None:
    eo, go = exp.get("outreach") or {}, got.get("outreach") or {}
    t.field("outreach", "outreach.total", eo.get("total"), go.get("total"))
    gcat = {x.get("category"): x for x in go.get("items") or []}
    for x in eo.get("items") or []:
        t.field(
            "outreach",
            f"outreach.{x['category']}.count",
            x.get("count"),
            (gcat.get(x["category"]) or {}).get("count"),
        )


def _score_plans_effects(t: Tally, exp: Record, got: Record) -> None:
    ep, gp = list(exp.get("plans") or []), list(got.get("plans") or [])
    pairs = t.listf1("text", "plans", ep, gp, key=lambda x: x.get("text"))
    _missed(t, ep, pairs, {"dates": 1})
    for i, j in pairs:
        t.field("dates", f"plans[{i}].date", _label(ep[i].get("date")), _label(gp[j].get("date")))
    t.listf1("text", "effects", exp.get("effects"), got.get("effects"))


# --------------------------------------------------------------------------- directories


def load_records(path: str | Path) -> list[Any]:
    """Records in a JSON file (one record or a list) or a JSON Lines file."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return data if isinstance(data, list) else [data]


@dataclass(slots=True)
class CardScore:
    """One expected card, the format of its source file and how its produced record scored."""

    name: str
    format: str
    found: bool
    tally: Tally


@dataclass(slots=True)
class DirScore:
    """All cards of an expected directory scored against a produced directory."""

    cards: list[CardScore] = field(default_factory=list)
    total: Tally = field(default_factory=Tally)
    by_format: dict[str, Tally] = field(default_factory=dict)

    def score(self) -> float:
        return self.total.score()

    def as_dict(self) -> dict[str, Any]:
        return {
            "score": self.score(),
            "groups": self.total.as_dict()["groups"],
            "formats": {f: t.as_dict() for f, t in sorted(self.by_format.items())},
            "cards": [
                {"name": c.name, "format": c.format, "found": c.found, "score": c.tally.score()}
                for c in self.cards
            ],
        }


def _index_produced(output_dir: Path) -> tuple[dict[str, Any], dict[tuple[str, int], Any]]:
    by_id: dict[str, Any] = {}
    by_file: dict[tuple[str, int], Any] = {}
    for p in sorted(output_dir.rglob("*.json*")):
        if not p.is_file():
            continue
        try:
            records = load_records(p)
        except (json.JSONDecodeError, UnicodeDecodeError):
            continue
        for r in records:
            if isinstance(r, dict) and "card_id" in r:
                by_id.setdefault(r["card_id"], r)
                src = r.get("source") or {}
                stem = PurePath(str(src.get("file") or "")).name.split(".")[0]
                by_file.setdefault((stem, src.get("card_index") or 0), r)
    return by_id, by_file


def _format_of(exp: Record, got: Record) -> str:
    for rec in (exp, got):
        fmt = (rec.get("source") or {}).get("format")
        if fmt:
            return str(fmt)
        name = str((rec.get("source") or {}).get("file") or "")
        if "." in name:
            return name.rsplit(".", 1)[-1].lower()
    return "unknown"


def score_dirs(expected_dir: str | Path, output_dir: str | Path) -> DirScore:
    """Match each record of ``NAME.expected.json`` in ``expected_dir`` with the produced record of
    the same source file stem and ``card_index`` under ``output_dir`` (else the same ``card_id``)
    and score it; totals overall and per source format."""
    exp_dir, got_dir = Path(expected_dir), Path(output_dir)
    by_id, by_file = _index_produced(got_dir)
    result = DirScore()
    for e in sorted(exp_dir.glob("*.expected.json")):
        stem = e.name[: -len(".expected.json")]
        for k, rec in enumerate(load_records(e)):
            idx = (rec.get("source") or {}).get("card_index", k)
            got = by_file.get((stem, idx)) or by_id.get(rec["card_id"], {})
            name = f"{e.name}#{idx}"
            t = score_record(rec, got)
            fmt = _format_of(rec, got)
            result.cards.append(CardScore(name=name, format=fmt, found=bool(got), tally=t))
            result.total.merge(t, prefix=f"{name}: ")
            result.by_format.setdefault(fmt, Tally()).merge(t)
    return result
