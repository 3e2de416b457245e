"""Unit-less variants of text-dump cards: the card with its printed money unit deleted, for measuring how the
extractor reads funding amounts that no unit proves (``extract.unit_unproven`` / ``extract.unit_inferred``).

Two depths:

- ``statements``: the unit as a statement of its own is deleted: unit lines (``(단위 : 백만원)``, ``※ 단위: 천원``,
  ``기준: 2025. 6월 말 / 단위: 백만원``, a unit line's money unit beside others, ``(단위: 억원, %)`` -> ``(단위: %)``),
  a unit inside a table's corner or head cell (``구분(단위:백만원)``) and a unit in brackets glued to or printed
  after a head (``예산액(백만원)``, ``총사업비 (백만원)``). Figures printing their own unit (``120억원``) stay.
- ``figures``: only the unit a figure prints after it (the overview budget's ``31,510백만원``), unit statements
  kept: a budget read under the card's unit line or its funding table's.
- ``all``: also the unit a figure prints after it (``31,510백만원`` -> ``31,510``, ``12억원`` -> ``12``), where the
  figure is one number and one unit (``83억 3,400만원`` stays: deleting its unit would print another amount).

The expected record is the card's own (the amounts the card means are the same; a reader that cannot prove the
unit must leave them null). Count units (``(단위: 건)``, ``(단위 : 회)``), rates (``%``) and goal units stay.

    python -m samples.unitless IN_DIR OUT_DIR [--depth statements|figures|all]
    python -m samples.unitless --families NAMES OUT_DIR --formats pdf,hwpx [--count 4]

reads every ``*.txt`` with its ``*.expected.json`` under IN_DIR (recursively) and writes
``NAME-unitless.txt`` / ``NAME-unitless.expected.json`` (``-bare`` for ``all``) to OUT_DIR; cards whose text
the transform leaves unchanged (no money unit printed but in figures) are skipped.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path

from samples.style import Style

# money units as printed (the numerals before 원, in Hangul or Hanja; spaces inside them)
_MONEY = r"(?:(?:천|백|십)?\s*(?:만|억)\s*원|(?:천|백|십)\s*원|千\s*원|百萬\s*원|億\s*원|원|억)"
_OPEN, _CLOSE = r"[(（\[［<＜〈《「⦇【]", r"[)）\]］>＞〉》」⦈】]"
# a unit statement: 단위 : UNIT[, others] in brackets, or bare after a line's start / a bullet / a slash
_LABELLED = re.compile(
    rf"(?P<o>{_OPEN})?\s*단\s*위\s*[:：]?\s*(?P<u>{_MONEY})(?P<rest>(?:\s*[,·]\s*[^)）\]］>＞〉》」⦈】,]+)*)"
    rf"\s*(?P<c>{_CLOSE})?"
)
# a money unit alone in brackets (a head's: 예산액(백만원), 총사업비 (백만원), ⦇백만원⦈)
_BRACKETED = re.compile(rf"\s*{_OPEN}\s*{_MONEY}\s*{_CLOSE}")
# a figure printing its own unit, one number and one unit (not a part of 83억 3,400만원)
_FIGURE = re.compile(
    rf"(?P<compound>\d[\d,.]*\s*억\s*\d[\d,]*\s*(?:천\s*)?만\s*원?)"
    rf"|(?P<n>\d[\d,]*(?:\.\d+)?)\s*{_MONEY}"
)


def _statement(m: re.Match[str]) -> str:
    rest = (m.group("rest") or "").strip().lstrip(",·").strip()
    if rest:  # (단위: 억원, %): the other units stay
        return f"{m.group('o') or ''}단위: {rest}{m.group('c') or ''}"
    return ""


def strip_units(text: str, depth: str = "statements") -> str:
    """``text`` with its printed money units deleted (see the module): line by line, a line left holding only
    a bullet or a separator dropped."""
    out = []
    for line in text.split("\n"):
        new = line if depth == "figures" else _BRACKETED.sub("", _LABELLED.sub(_statement, line))
        if depth in ("all", "figures"):
            new = _FIGURE.sub(lambda m: m.group("compound") or m.group("n"), new)
        if new != line:
            new = re.sub(r"\s*/\s*$", "", new.rstrip())  # 기준: 2025. 6월 말 / (its unit gone)
            if not re.search(r"\w", new):
                continue
        out.append(new)
    return "\n".join(out)


def variant(card: Path, out_dir: Path, depth: str = "statements") -> Path | None:
    """Write the unit-less variant of the text card ``card`` (beside it its ``.expected.json``) to
    ``out_dir``; its path, or None when the transform changes nothing."""
    text = card.read_text(encoding="utf-8")
    new = strip_units(text, depth)
    if new == text:
        return None
    stem = card.name[: -len(".txt")]
    name = f"{stem}-{ {'statements': 'unitless', 'figures': 'figureless'}.get(depth, 'bare') }"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.txt"
    path.write_text(new, encoding="utf-8")
    expected = json.loads((card.parent / f"{stem}.expected.json").read_text(encoding="utf-8"))
    for rec in expected if isinstance(expected, list) else [expected]:
        src = rec.get("source") or {}
        src.update(file=path.name, sha256=hashlib.sha256(new.encode("utf-8")).hexdigest())
    (out_dir / f"{name}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return path


def unitless_style(style: Style) -> Style:
    """``style`` printing no funding unit as a statement of its own: no unit line (an empty one), none in the
    corner, top-right, title or a note, none in a head (``사업비({unit})`` -> ``사업비``), no unit column. Figures
    printing their own unit (``cell_unit``, the overview budget's) stay."""

    def bare(head: str) -> str:
        return re.sub(rf"\s*{_OPEN}\s*{{unit}}\s*{_CLOSE}", "", head)

    return dataclasses.replace(
        style,
        unit_format="",
        unit_note="",
        unit_in_title="",
        unit_in_corner=False,
        unit_top_right=False,
        unit_in_head="",
        unit_column="",
        year_rows_heads=tuple(bare(h) for h in style.year_rows_heads),  # type: ignore[arg-type]
        cumulative_head=bare(style.cumulative_head),
    )


def family_variants(
    out: Path, names: Sequence[str], formats: Sequence[str], count: int = 4, skip: int = 2
) -> list[Path]:
    """Unit-less cards of the template families ``names``: the seeds after the first ``skip`` (the committed
    ones) of the first ``count``, rendered under :func:`unitless_style` to ``out/FAMILY-SEED-unitless-FMT.EXT``
    with their expected records (the family's own)."""
    from samples.families import BY_NAME, family_records, family_seeds
    from samples.generate import write_file

    paths = []
    out.mkdir(parents=True, exist_ok=True)
    for fam in (BY_NAME[n] for n in names):
        style = unitless_style(fam.style)
        for seed in family_seeds(fam, count)[skip:]:
            for fmt in formats:
                paths.append(
                    write_file(out, f"{fam.name}-{seed}-unitless", fmt, family_records(fam, seed), style)
                )
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Write unit-less variants of text-dump cards.")
    ap.add_argument("inp", type=Path, nargs="?")
    ap.add_argument("out", type=Path)
    ap.add_argument("--depth", choices=("statements", "figures", "all"), default="statements")
    ap.add_argument("--families", help="comma-separated family names, or all: render under unitless_style")
    ap.add_argument("--formats", default="txt,pdf,hwpx")
    ap.add_argument("--count", type=int, default=4)
    args = ap.parse_args(argv)
    if args.families:
        from samples.families import BY_NAME

        names = list(BY_NAME) if args.families == "all" else args.families.split(",")
        paths = family_variants(args.out, names, args.formats.split(","), args.count)
        print(f"{len(paths)} files in {args.out}")
        return
    n = 0
    for card in sorted(args.inp.rglob("*.txt")):
        if (card.parent / f"{card.name[:-4]}.expected.json").exists() and variant(card, args.out, args.depth):
            n += 1
    print(f"{n} variants in {args.out}")


if __name__ == "__main__":
    main()
