"""Style-combination sweep (issue 11): template features combined as no named family combines them.

Each template family (``samples/families.py``) fixes one combination of template features: heading
and block formats, bullets and item markers, the header layout and its words, the funding table's
orientation, total column and row, unit, decimals, years, two-figure pairs and notes, the goals
layout, the outreach layout, the page plan, date shapes ... Real archives mix these features in
ways no family does. This module builds :class:`~samples.families.Family` objects at run time whose
every feature is drawn on its own from the values the named families use (pools read from
``FAMILIES``, so a new family widens the sweep), keeping only the dependencies the features
genuinely have (a field that only means something with another, a numbering style a template does
not use on two levels), renders their cards, reads them back and scores them::

    python -m samples.style_sweep --combos N --seed S --out DIR [--formats pdf,hwpx,txt] [--jobs J]
                                  [--list] [--keep]

It prints one line per combo and format (fact score, wrong figures, the features drawn) and the
distribution per format (min / median / mean, wrong figures); ``DIR/sweep.json`` holds every
result with its features and misses, so that a failing combo can be rebuilt with
:func:`combo_family` and :func:`combo_seed`. Scores are ``pledgecard.scoring``'s; wrong figures are
``shared/tools/wrong_figures.py``'s ``figures()`` (a figure produced, not null, and not the
expected one).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from samples.families import _NEEDS, FAMILIES, Family, Funding, family_records
from samples.layout import Nth
from samples.style import Style

WRONG_FIGURES = Path(__file__).resolve().parents[2] / "shared" / "tools" / "wrong_figures.py"
SEED_BASE = 60_000  # card seeds of the sweep: far from the named families' (11001 ..)

Choice = dict[str, Any]


# ------------------------------------------------------------------------------ pools


def _pool(get: Callable[[Family], Any]) -> list[Any]:
    """The distinct values the named families use for one feature, in first-seen order."""
    out: list[Any] = []
    for fam in FAMILIES:
        v = get(fam)
        if v not in out:
            out.append(v)
    return out


def _funding_pool(name: str) -> list[Any]:
    return _pool(lambda f: getattr(f.funding, name))


def _family_pool(name: str) -> list[Any]:
    return _pool(lambda f: getattr(f, name))


# Features drawn on their own: name -> the fields it sets (style.X, funding.X or the family's X).
# Fields listed together are one feature (one family's values, e.g. a heading format and its box).
STYLE_FEATURES: dict[str, tuple[str, ...]] = {
    "heading": ("heading_format", "heading_box"),
    "group": ("group_format", "group_plain"),
    "bullet1": ("bullet1",),
    "bullet2": ("bullet2",),
    "header_layout": ("header_layout", "header_line"),
    "header_order": ("header_order",),
    "as_of_label": ("as_of_label",),
    "as_of_line": ("as_of_line",),
    "header_words": ("header_words",),
    "contact_format": ("contact_format",),
    "coop_sep": ("coop_sep",),
    "lead_label": ("lead_label",),
    "status_label": ("status_label",),
    "phone_label": ("phone_label",),
    "spaced_labels": ("spaced_labels",),
    "overview_labels": ("overview_labels",),
    "overview_lettered": ("overview_lettered",),
    "overview_heading": ("overview_heading",),
    "funding_heading": ("funding_heading",),
    "achievements_heading": ("achievements_heading",),
    "goals_heading": ("goals_heading",),
    "plans_heading": ("plans_heading",),
    "effects_heading": ("effects_heading",),
    "outreach_heading": ("outreach_heading",),
    "tail": ("tail_heading", "tail_sub"),
    "section_order": ("section_order",),
    "body_table": ("body_table",),
    "funding_layout": ("funding_layout",),
    "year_format": ("year_format",),
    "funding_span": ("funding_span",),
    "funding_pair": ("funding_pair", "pair_labels"),
    "cell_unit": ("cell_unit",),
    "unit_in_corner": ("unit_in_corner",),
    "unit_format": ("unit_format",),
    "funding_note": ("funding_note",),
    "funding_remark": ("funding_remark",),
    "funding_split": ("funding_split",),
    "goals_layout": ("goals_layout",),
    "goals_year": ("goals_year",),
    "goals_rate": ("goals_rate",),
    "goals_project_label": ("goals_project_label",),
    "goals_labels": ("goals_labels",),
    "goals_note": ("goals_note",),
    "goals_lines": ("goals_lines",),
    "achievements_table": ("achievements_table", "plans_table"),
    "budget_wrap": ("budget_wrap",),
    "figure_caption": ("figure_caption",),
    "page": ("landscape", "repeat_table_head"),
    "running_header": ("running_header",),
    "page_plan": ("page_plan", "photo_captions", "photos_heading"),
    "font": ("font_pt", "line_height"),
    "effect_arrow": ("effect_arrow",),
}
FUNDING_FEATURES = (
    "unit",
    "n_years",
    "total_col",
    "total_label",
    "total_row",
    "total_row_label",
    "total_row_last",
    "prior",
    "after_term",
    "part_unit",
    "korean_budget",
)
FAMILY_FEATURES = (
    "markers",
    "group_range",
    "goal_values",
    "quarters",
    "mgmt_format",
    "date_forms",
    "current_group",
    "as_of_form",
    "facility_table",
    "status_rate",
)
# Drawn together because they only mean something together: the government, its title line and
# funding rows; the status print (checkboxes, symbols) and the options it offers; the outreach
# print and the record choices it implies.
COUPLED: dict[str, Callable[[Family], Any]] = {
    "issuer": lambda f: (f.government, f.kind, f.funding.rows),
    "status": lambda f: (f.style.status_boxes, f.style.box_marks, f.style.status_symbols, f.status_options),
    "outreach": lambda f: (
        f.outreach,
        f.outreach_words,
        f.style.outreach_layout,
        f.style.outreach_note_label,
        f.style.outreach_total_last,
        f.outreach_shuffle,
    ),
    "decimals": lambda f: (f.funding.decimals, f.style.amount_decimals),
}


def features(fam: Family) -> Choice:
    """One family's value of every feature."""
    out: Choice = {
        name: tuple(getattr(fam.style, n) for n in fields)
        if len(fields) > 1
        else getattr(fam.style, fields[0])
        for name, fields in STYLE_FEATURES.items()
    }
    out |= {f"funding.{name}": getattr(fam.funding, name) for name in FUNDING_FEATURES}
    out |= {name: getattr(fam, name) for name in FAMILY_FEATURES}
    out |= {name: get(fam) for name, get in COUPLED.items()}
    return out


def pools(families: Sequence[Family] = FAMILIES) -> dict[str, list[Any]]:
    """Every feature's values, as the named families use them (one entry a family: a value used by
    more families is drawn more often, as real templates share their common features);
    ``families``: the families drawn from (a test pins the ones its combos were drawn from)."""
    rows = [features(f) for f in families]
    return {name: [r[name] for r in rows] for name in rows[0]}


# ------------------------------------------------------------------------------ dependencies


def _lead(fmt: str) -> str:
    """What a heading, block or marker format prints before its text, placeholders filled in:
    ``"◎ {n}. {label}"`` -> ``"◎ 1."``; a bare ``"{label}"`` -> ``""`` (an item's decimal outline ``{s}-{b}-{n}``
    under the achievements, the third section on most cards: ``"3-1-1"``)."""
    cut = min((fmt.find(k) for k in ("{label}", "{group}") if k in fmt), default=len(fmt))
    return (
        fmt[:cut]
        .format(
            n=Nth(1),
            num=Nth(1),
            sec=Nth(1),
            roman="Ⅰ",
            ga="가",
            letter="가",
            circled="①",
            glyph="➊",
            neg="❶",
            n2="01",
            b=Nth(1),
            latin="A",
            sec_latin="A",
            paren="㈎",
            fw="１",
            s=Nth(3),
        )
        .strip()
    )


def _numbering(lead: str) -> str:
    """A printed lead reduced to its numbering style: ``"가."``, ``"1)"``, ``"①"``, ``"Ⅰ."`` keep
    their shape; a symbol stays itself (``"■"``)."""
    return lead.replace("가", "G").replace("1", "N").replace("Ⅰ", "R")


def _conflicts(c: Choice) -> list[str]:
    """The genuine dependencies a draw breaks (empty: a valid template)."""
    bad = []
    heads = {
        "heading": _lead(c["heading"][0]),
        "group": _lead(c["group"][0]) if c["group"][0] else "《",
        "marker": _lead(
            c["markers"][0]
            if c["markers"][0] not in ("①", "가.", "가)", "1)")
            else {"①": "①", "가.": "가.", "가)": "가)", "1)": "1)"}[c["markers"][0]]
        ),
    }
    if c["achievements_table"][0]:
        heads.pop("marker")  # a level-1 row of an item table prints no marker
    seen: dict[str, str] = {}
    for k, lead in heads.items():  # a template numbers or marks no two levels alike
        if not lead:
            continue
        shape = _numbering(lead)
        keys = {shape[0]} | ({shape} if any(ch in shape for ch in "GNR①") else set())
        for key in keys:
            if key in seen:
                bad.append(f"{seen[key]} and {k} both print {lead!r}")
            seen[key] = k
    if c["effects_heading"].startswith(heads["group"][:1]) and not c["tail"][0] and not c["section_order"]:
        bad.append("the effects heading printed as a block heading")
    if c["bullet1"] == c["bullet2"]:
        bad.append("one bullet for two levels")
    if c["bullet1"][:1] in (heads.get("heading", "")[:1], heads["group"][:1]):
        bad.append("a bullet printed as a heading mark")
    return bad


def _fix(c: Choice, rnd: random.Random) -> None:
    """Fields that only mean something with another: set to agree (no draw is refused for them)."""
    f = c["funding"]
    decimals = c["decimals"][0]
    if decimals:  # amounts in tenths: the unit of the families that print them so (억원)
        f["unit"] = "억원"
    if f["korean_budget"]:  # the budget in words of 억 and 천만: whole tens of 백만원
        f["unit"], decimals = "백만원", 0
        c["decimals"] = (0, 0)
    f["decimals"] = decimals
    scales = [
        s
        for u, d, s in _pool(lambda fam: (fam.funding.unit, fam.funding.decimals, fam.funding.scale))
        if u == f["unit"] and d == decimals
    ]
    f["scale"] = rnd.choice(scales)
    if f["total_col"] == "middle" and not f["after_term"]:
        f["after_term"] = rnd.choice([x for x in _funding_pool("after_term") if x])
    if not f["total_row"]:
        f["total_row_last"] = False
    if c["funding_pair"][0]:  # two figures a cell: the plain grid's options do not apply
        c["funding_layout"], c["funding_remark"], c["funding_split"] = "", "", 0
    if c["funding_pair"][0] == "columns" and not c["page"][0] and not c["page_plan"][0]:
        # two sub-columns a year: a template prints such a table on a landscape page
        c["page_plan"] = next(
            p
            for p in _pool(
                lambda fam: (fam.style.page_plan, fam.style.photo_captions, fam.style.photos_heading)
            )
            if p[0]
        )
    if c["funding_pair"][0] == "secured" and f["total_col"] == "none":
        f["total_col"] = "first"  # how much of the total is secured: a table printing its total
    if c["funding_layout"]:
        c["funding_remark"], c["funding_split"] = "", 0
    if c["funding_split"] and (f["n_years"] <= c["funding_split"] or f["total_col"] not in ("first", "none")):
        # the second table goes on without the total column: the total printed in the first
        c["funding_split"] = 0
    if c["cell_unit"]:
        c["unit_in_corner"] = False  # the unit printed once: in every cell, in the corner or on a line
    if c["header_layout"][0] == "split_no" and "-" not in c["mgmt_format"]:
        c["mgmt_format"] = rnd.choice([m for m in _family_pool("mgmt_format") if "-" in m])
    boxes, _, symbols, _ = c["status"]
    if boxes or symbols:  # a status ticked or after its symbol is one of the offered words exactly
        c["status_rate"] = False
    if c["achievements_table"][0]:  # a titled side table is an item of the block's table
        c["facility_table"] = ""
    if c["section_order"] and "outreach" not in c["section_order"] and not c["body_table"]:
        c["outreach"] = next(
            o for o in _pool(COUPLED["outreach"]) if not o[0]
        )  # an order without it prints none
    if c["goals_layout"] != "year_group" or "분기" in c["goals_year"]:
        c["goals_year"] = (
            Style().goals_year
        )  # a year group's row states its year (분기별 목표 heads quarters)
    if c["tail"][0] and c["effects_heading"].startswith("<"):
        c["effects_heading"] = c["effects_heading"].strip("<>")


def draw(seed: int, index: int, families: Sequence[Family] = FAMILIES) -> Choice:
    """Combo ``index`` of sweep ``seed``: every feature drawn on its own, redrawn until the template
    is valid (its dependencies kept)."""
    rnd = random.Random(f"style-sweep-{seed}-{index}")
    p = pools(families)
    for _ in range(200):
        c: Choice = {
            name: rnd.choice(values) for name, values in p.items() if not name.startswith("funding.")
        }
        c["funding"] = {name: rnd.choice(p[f"funding.{name}"]) for name in FUNDING_FEATURES}
        _fix(c, rnd)
        if not _conflicts(c):
            return c
    raise RuntimeError(f"no valid combo for {seed}/{index}")


def combo_family(c: Choice, name: str) -> Family:
    """The Family a drawn combo makes (built at run time, never added to ``FAMILIES``)."""
    style_kw: dict[str, Any] = {}
    for feat, fields in STYLE_FEATURES.items():
        values = c[feat] if len(fields) > 1 else (c[feat],)
        style_kw |= dict(zip(fields, values, strict=True))
    boxes, marks, symbols, options = c["status"]
    outreach, words, layout, note_label, total_last, shuffle = c["outreach"]
    style_kw |= {
        "status_boxes": boxes,
        "box_marks": marks,
        "status_symbols": symbols,
        "outreach_layout": layout,
        "outreach_note_label": note_label,
        "outreach_total_last": total_last,
        "amount_decimals": c["decimals"][1],
        "dump": "blocks",
    }
    government, kind, rows = c["issuer"]
    funding = Funding(**{**c["funding"], "rows": rows})
    fam_kw = {k: c[k] for k in FAMILY_FEATURES}
    return Family(
        name=name,
        about="style sweep combo",
        government=government,
        kind=kind,
        style=Style(**style_kw),
        first_seed=0,
        funding=funding,
        status_options=options,
        outreach=outreach,
        outreach_words=words,
        outreach_shuffle=shuffle,
        **fam_kw,
    )


def combo_seed(fam: Family, start: int) -> int:
    """The first card seed from ``start`` whose records have two blocks and goals (and outreach when
    the template prints it): the features the combo draws are printed."""
    needs = ["earlier", "goals"] + (["outreach"] if fam.outreach else [])
    for seed in range(start, start + 500):
        recs = family_records(fam, seed)
        if all(_NEEDS[k](r) for k in needs for r in recs):
            return seed
    return start


def describe(c: Choice) -> str:
    """The combo's features in short, for a report line."""
    f = c["funding"]
    parts = [
        f"h={_lead(c['heading'][0]) or 'box'}",
        f"g={_lead(c['group'][0]) if c['group'][0] else '《》'}",
        f"m={c['markers'][0]}",
        f"b={c['bullet1']}{c['bullet2']}",
        f"hdr={c['header_layout'][0] or c['header_order']}",
        f"fund={c['funding_layout'] or 'grid'}/{f['total_col']}/{f['unit']}/{f['n_years']}y"
        + (f"/pair:{c['funding_pair'][0]}" if c["funding_pair"][0] else "")
        + ("/cellunit" if c["cell_unit"] else "")
        + ("/corner" if c["unit_in_corner"] else "")
        + (f"/split{c['funding_split']}" if c["funding_split"] else "")
        + ("/remark" if c["funding_remark"] else "")
        + ("/prior" if f["prior"] else "")
        + (f"/{f['after_term']}" if f["after_term"] else "")
        + ("/krbudget" if f["korean_budget"] else "")
        + (f"/dec{f['decimals']}" if f["decimals"] else "")
        + ("" if f["total_row"] else "/norow"),
        f"goals={'lines' if c['goals_lines'] else c['goals_layout'] or 'marks'}",
        f"out={c['outreach'][2] or ('table' if c['outreach'][0] else 'none')}",
    ]
    if c["section_order"]:
        parts.append("ordered")
    if c["body_table"]:
        parts.append("body")
    if c["page_plan"][0]:
        parts.append(c["page_plan"][0])
    if c["achievements_table"][0]:
        parts.append("itemtables")
    if c["tail"][0]:
        parts.append("tail")
    if c["date_forms"]:
        parts.append(c["date_forms"])
    if c["status"][0] or c["status"][2]:
        parts.append("boxes" if c["status"][0] else "symbols")
    return " ".join(parts)


# ------------------------------------------------------------------------------ running


def wrong_figures_module() -> ModuleType:
    """``shared/tools/wrong_figures.py`` (it imports ``score_card`` from its own folder)."""
    sys.path.insert(0, str(WRONG_FIGURES.parent))
    try:
        spec = importlib.util.spec_from_file_location("wrong_figures", WRONG_FIGURES)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(WRONG_FIGURES.parent))
    return mod


def run_combo(
    seed: int,
    index: int,
    formats: Sequence[str],
    out: Path,
    *,
    keep: bool = False,
    families: Sequence[Family] = FAMILIES,
) -> list[dict[str, Any]]:
    """Render combo ``index`` in ``formats`` (drawn from ``families``), read each file back; one
    result per format."""
    c = draw(seed, index, families)
    fam = combo_family(c, f"sweep-{seed}-{index}")
    card_seed = combo_seed(fam, SEED_BASE + 1000 * (seed % 40) + 7 * index)
    base = {"index": index, "card_seed": card_seed, "features": describe(c)}
    return run_family(fam, card_seed, formats, out / f"combo-{index:03d}", base, keep=keep)


def run_family(
    fam: Family,
    card_seed: int,
    formats: Sequence[str],
    folder: Path,
    base: dict[str, Any],
    *,
    keep: bool = False,
) -> list[dict[str, Any]]:
    """Render the card ``card_seed`` of a family built at run time in ``formats`` into ``folder``,
    read each file back and score it; one result per format (``base`` and the format, then the score,
    wrong figures, low groups and misses, or ``error`` when the renderers cannot draw it)."""
    from pledgecard import extract_file
    from pledgecard.scoring import Tally, load_records, score_record
    from samples.generate import write_file

    wf = wrong_figures_module()
    records = family_records(fam, card_seed)
    results = []
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in formats:
        res: dict[str, Any] = {**base, "format": fmt}
        try:
            path = write_file(folder, fam.name, fmt, records, fam.style)
        except Exception as exc:  # noqa: BLE001 - a combo the renderers cannot draw is reported, not a result
            res |= {"error": f"render: {type(exc).__name__}: {exc}"}
            results.append(res)
            continue
        expected = load_records(path.with_name(path.stem + ".expected.json"))
        try:
            got = extract_file(path)
        except Exception as exc:  # noqa: BLE001 - the extractor failing is a result (score 0)
            got = []
            res["extract_error"] = f"{type(exc).__name__}: {exc}"
        tally = Tally()
        wrong: list[str] = []
        for k, exp in enumerate(expected):
            rec = got[k] if k < len(got) else {}
            score_record(exp, rec, tally)
            wrong += [f"{n}: {e} -> {g}" for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e]
        groups = {name: round(g.score, 3) for name, g in tally.groups.items() if g.total and g.score < 1}
        res |= {
            "score": round(tally.score(), 4),
            "wrong": wrong,
            "cards": [len(expected), len(got)],
            "low_groups": groups,
            "misses": [m for g in tally.groups.values() for m in g.notes][:12],
        }
        results.append(res)
        if not keep:
            for p in folder.glob(f"{path.stem}*"):
                p.unlink()
    if not keep:
        try:
            folder.rmdir()
        except OSError:
            pass
    return results


def _job(args: tuple[int, int, tuple[str, ...], str, bool]) -> list[dict[str, Any]]:
    seed, index, formats, out, keep = args
    return run_combo(seed, index, formats, Path(out), keep=keep)


def summary(results: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per format: combos, min / median / mean fact score, wrong figures, combos below 0.98."""
    out: dict[str, dict[str, float]] = {}
    for fmt in dict.fromkeys(r["format"] for r in results):
        scores = [r["score"] for r in results if r["format"] == fmt and "score" in r]
        if not scores:
            continue
        out[fmt] = {
            "combos": len(scores),
            "min": min(scores),
            "median": statistics.median(scores),
            "mean": statistics.fmean(scores),
            "below_0.98": sum(s < 0.98 for s in scores),
            "wrong": sum(len(r["wrong"]) for r in results if r["format"] == fmt and "score" in r),
            "errors": sum("error" in r for r in results if r["format"] == fmt),
        }
    return out


def run_parser(
    prog: str, doc: str, *, count: str, formats: str, start_help: str, list_help: str
) -> argparse.ArgumentParser:
    """The options of a command line that renders drawn cards and reads them back (the sweep, the
    crossbreed, the mutations): ``--COUNT`` of them from ``--start``, ``--out``, ``--formats``,
    ``--jobs``, ``--keep``, ``--list``."""
    p = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    p.add_argument(f"--{count}", type=int, default=20)
    p.add_argument("--start", type=int, default=0, help=start_help)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--formats", default=formats)
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--keep", action="store_true", help="keep the rendered files and expected records")
    p.add_argument("--list", action="store_true", help=list_help)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    p = run_parser(
        "python -m samples.style_sweep",
        __doc__,
        count="combos",
        formats="pdf,hwpx,txt",
        start_help="first combo index (default 0)",
        list_help="print the drawn combos only",
    )
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    formats = tuple(x.strip() for x in a.formats.split(",") if x.strip())
    indices = range(a.start, a.start + a.combos)
    if a.list:
        for i in indices:
            print(f"{i:3d} {describe(draw(a.seed, i))}")
        return 0
    a.out.mkdir(parents=True, exist_ok=True)
    jobs = [(a.seed, i, formats, str(a.out), a.keep) for i in indices]
    return run_jobs(
        _job,
        jobs,
        workers=a.jobs,
        out=a.out / "sweep.json",
        meta={"seed": a.seed, "formats": formats},
        noun="combos",
        detail=lambda r: f" | {r['features']}",
    )


def run_jobs(
    job: Callable[[Any], list[dict[str, Any]]],
    jobs: Sequence[Any],
    *,
    workers: int,
    out: Path,
    meta: dict[str, Any],
    noun: str,
    detail: Callable[[dict[str, Any]], str] = lambda r: "",
) -> int:
    """Run ``job`` over ``jobs`` in a process pool, print a line a result (the card, its format, its
    score, wrong figures and the low groups), write ``meta`` with the results to ``out`` (JSON) and
    print each format's summary: the sweep's and the crossbreed's command lines."""
    results: list[dict[str, Any]] = []
    with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
        for res in pool.map(job, jobs):
            for r in res:
                results.append(r)
                head = f"{r['index']:3d} {r['format']:5s}"
                if "score" not in r:
                    print(f"{head} ERROR {r['error']}", flush=True)
                    continue
                low = " ".join(f"{k}={v}" for k, v in r["low_groups"].items())
                print(f"{head} {r['score']:.3f} wrong={len(r['wrong'])} {low}{detail(r)}", flush=True)
    out.write_text(
        json.dumps({**meta, "results": results}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for fmt, s in summary(results).items():
        print(
            f"{fmt:5s} {noun} {s['combos']:.0f} min {s['min']:.3f} median {s['median']:.3f} mean {s['mean']:.3f} "
            f"below_0.98 {s['below_0.98']:.0f} wrong {s['wrong']:.0f} errors {s['errors']:.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
