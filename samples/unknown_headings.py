"""Cards of the template families with section headings no vocabulary knows.

A family's :class:`~samples.style.Style` holds its section headings; replacing them with unseen
synonyms (``사업개요`` -> ``사업의 주요 골자``) renders the same card with headings the extractor
must recognise by shape and content, with the same expected records. Used by
tests/test_unknown_headings.py and, to measure every family::

    python -m samples.unknown_headings --out /tmp/unk [--formats txt,pdf] [--families a,b] [--variant first]

``--variant`` (:data:`VARIANTS`, families numbering their headings): one section keeps its known title,
printed bare first or mid-run with the numbering going on past it, or numbered in the run.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path

from samples.families import BY_NAME, FAMILIES, Family, family_records, family_seeds
from samples.generate import write_file
from samples.layout import section_keys
from samples.style import Style

# Synonyms in none of extract/vocabulary.toml's section tables (a test checks it).
UNKNOWN: dict[str, str] = {
    "overview_heading": "사업의 주요 골자",
    "funding_heading": "돈이 드는 곳",
    "achievements_heading": "그동안 한 일",
    "goals_heading": "지표 점검",
    "plans_heading": "앞으로의 과제",
    "effects_heading": "사업 효과 전망",
    "outreach_heading": "{residents} 목소리 듣기",
}


def unknown_style(style: Style, fields: Sequence[str] = tuple(UNKNOWN)) -> Style:
    """``style`` with its section headings (those in ``fields``) replaced by unseen synonyms; a
    combined tail heading (향후계획 및 기대효과) becomes one unseen phrase too."""
    changes: dict[str, str] = {}
    for f in fields:
        new = UNKNOWN[f]
        old = getattr(style, f)
        if old.startswith("<") and old.endswith(">"):
            new = f"<{new}>"
        changes[f] = new
    if style.tail_heading and {"plans_heading", "effects_heading"} & set(fields):
        changes["tail_heading"] = "앞으로의 과제와 전망"
    return dataclasses.replace(style, **changes)


# Variants of a family whose headings are numbered: one section keeps its known title, printed bare
# (no mark, no number) at this place among the headings, the others numbered on without it under unknown
# titles (사업개요 over 1. 돈이 드는 곳, 2. 그동안 한 일 ...; or 1. …, 2. …, 추진실적, 3. …); "named": the
# section at the third place keeps its known title in the numbered run (1. …, 2. …, 3. 추진실적, 4. …).
VARIANTS: dict[str, tuple[int, bool]] = {"first": (1, True), "middle": (3, True), "named": (3, False)}
# Variants printing the numbered headings with no space after the number (1.사업개요, Ⅱ.재원투자, 가.추진실적; a number of one
# glyph with no punctuation glued to its title: ①사업개요, Ⅱ재원투자):
# "glued" keeps the family's known titles, "glued-unknown" glues unseen ones.
GLUED = ("glued", "glued-unknown")
_NUMBERS = ("{n", "{roman", "{ga", "{circled", "{neg", "{latin", "{fw")


def numbered(style: Style) -> bool:
    """Whether the family numbers its section headings (1, 2, 3; Ⅰ, Ⅱ; 가, 나; ① ②)."""
    return any(n in style.heading_format for n in _NUMBERS)


def heading_keys(style: Style) -> list[str]:
    """The sections in the order the family heads them (the first places at least)."""
    return section_keys(style)


def glued_format(heading_format: str) -> str:
    """A heading format with the space after its number's punctuation removed (``{n}. {label}`` ->
    ``{n}.{label}``)."""
    for sep in (". {label}", ") {label}", "] {label}"):
        if sep in heading_format:
            return heading_format.replace(sep, sep[:-8] + "{label}")
    for number in (
        "{circled}",
        "{neg}",
        "{roman}",
    ):  # a number of one glyph, no punctuation (①사업개요, Ⅱ재원투자)
        if f"{number} {{label}}" in heading_format:
            return heading_format.replace(f"{number} {{label}}", f"{number}{{label}}")
    return heading_format


def variant_style(style: Style, variant: str) -> Style:
    """``style`` as :data:`VARIANTS` ``variant`` prints it: unknown headings but one, that one known
    (or, :data:`GLUED`, the headings' numbers run into their titles)."""
    if variant in GLUED:
        base = style if variant == "glued" else unknown_style(style)
        return dataclasses.replace(base, heading_format=glued_format(style.heading_format))
    at, bare = VARIANTS[variant]
    keep = f"{heading_keys(style)[at - 1]}_heading"
    out = unknown_style(style, [f for f in UNKNOWN if f != keep])
    return dataclasses.replace(out, bare_heading=at) if bare else out


def write_family(
    out: Path,
    fam: Family,
    formats: Sequence[str],
    count: int = 1,
    fields: Sequence[str] = tuple(UNKNOWN),
    variant: str = "",
) -> list[Path]:
    """The family's first ``count`` corpus cards in ``formats`` with unknown headings (one known,
    as ``variant`` of :data:`VARIANTS` says), into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    style = variant_style(fam.style, variant) if variant else unknown_style(fam.style, fields)
    paths = []
    for seed in family_seeds(fam, count):
        records = family_records(
            dataclasses.replace(fam, style=style), seed
        )  # (items numbered by the heading's number)
        for fmt in formats:
            paths.append(write_file(out, f"{fam.name}-{seed}", fmt, records, style))
    return paths


def score_folder(folder: Path) -> dict[str, dict[str, float | int]]:
    """Per format: the mean score of the files in ``folder`` and their wrong figures."""
    from pledgecard import extract_file
    from pledgecard.scoring import load_records, score_record

    per: dict[str, list[float]] = {}
    wrong: dict[str, int] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".txt", ".pdf", ".hwp", ".hwpx"):
            continue
        fmt = path.suffix.lstrip(".")
        expected = load_records(path.with_name(path.stem + ".expected.json"))
        got = extract_file(path)
        for k, exp in enumerate(expected):
            rec = got[k] if k < len(got) else None
            per.setdefault(fmt, []).append(score_record(exp, rec).score() if rec else 0.0)
            wrong[fmt] = wrong.get(fmt, 0) + _wrong_figures(exp, rec)
    return {f: {"score": sum(v) / len(v), "wrong": wrong[f]} for f, v in per.items()}


def _wrong_figures(exp: dict, got: dict | None) -> int:
    """Figures produced, not null, and unlike the expected ones, paired as the shared counter
    (shared/tools/wrong_figures.py) pairs them."""
    import sys

    tools = Path(__file__).resolve().parents[2] / "shared" / "tools"
    sys.path.insert(0, str(tools))
    try:
        import wrong_figures
    finally:
        sys.path.remove(str(tools))
    return sum(1 for _, _, ev, gv in wrong_figures.figures(exp, got or {}) if gv is not None and gv != ev)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--formats", default="txt,pdf")
    p.add_argument("--families", default="")
    p.add_argument("--count", type=int, default=1)
    p.add_argument(
        "--variant",
        choices=sorted(VARIANTS) + list(GLUED),
        default="",
        help="one known heading amid unknown numbered ones (families numbering their headings)",
    )
    a = p.parse_args(argv)
    fams = [BY_NAME[n] for n in a.families.split(",") if n] or list(FAMILIES)
    if a.variant:
        fams = [f for f in fams if numbered(f.style)]
    result = {}
    for fam in fams:
        folder = a.out / fam.name
        if not folder.exists():
            write_family(folder, fam, a.formats.split(","), a.count, variant=a.variant)
        result[fam.name] = score_folder(folder)
        print(fam.name, json.dumps(result[fam.name]), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
