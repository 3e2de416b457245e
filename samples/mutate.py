"""Mutated template families (issue 11): markers and numbering no family prints.

The named families (``samples/families.py``) and their crossbreeds (``samples/crossbreed.py``)
print only the heading marks, numberings, bullets and bracket pairs someone once wrote down. An
unseen template prints others: the blind families that scored worst did so mostly for one unknown
marker or numbering shape (``제1장`` headings, ``❶`` / ``㈎`` blocks). :func:`mutate` takes a family
(a named one or a crossbreed, by the seed) and replaces its

- section heading lead (a symbol glyph, a numbering, or a glyph before a numbering),
- block heading lead and the bracket pair around the block's name or date,
- item numbering (level 1) and bullet glyphs (levels 1-3, the overview's and plans' bullets),
- header label spacing (``공 약 명`` with one space, two, or an ideographic space),
- date shapes (a draw of its own, the other draws unchanged): a four-digit year or two digits after
  an apostrophe or a look-alike, dots with or without a space, ``년 월 일`` words spaced or not, ISO
  hyphens and slashes with or without zeros, the range's tilde or a look-alike (normalize/dates.py),

- the structure (:func:`restructure`, a draw of its own: the markers and dates stay as drawn without
  it; ``mutate(..., structure=False)`` leaves it out): the funding table's total column (first, last,
  amid the term's periods, none) and total row (first, last, none), its orientation (years down or
  across), where its unit is printed (a unit line in any bracket pair, the 구분 cell, glued to a head
  cell ``합계(백만원)``, every cell), the header's fields laid out anew (1-4 label | value pairs a row,
  or 2-5 labels a row over their values, in a drawn order), a goal table's column order and its rate
  column, the order of the sections after the overview, the page turned,
- tables, units and numbers (:func:`retable`, a draw of its own; ``mutate(..., tables=False)`` leaves it
  out): amounts grouped by a space or not at all, a zero printed as any dash (Unicode's dash
  punctuation), ``0`` or nothing, the funding unit apart from its head's words (a space or a line
  between), in a note under the table or in a title row, derived columns (a change between years, a
  share in %) and columns of word notes in funding and goal tables, the sources under a spanning head,
  the outreach channels as rows or as columns,

with variants drawn from character CLASSES, never from a list of strings seen on cards: any symbol
glyph of the Unicode symbol blocks (categories So / Sm / Po outside Hangul and CJK ideographs:
arrows, shape operators, technical symbols, geometric shapes, miscellaneous symbols, dingbats, the
symbol-and-arrow block, bullets of general punctuation, a symbol font's private-use glyphs), the
runs of enclosed alphanumerics (U+2460-24FF, U+3200-327F, U+2776-2793: ⑴ ⒜ Ⓐ ⓐ ㈀ ㉠ ...), any
opening / closing bracket pair of Unicode (Ps / Pe), and numbering patterns (``N.`` ``N)`` ``(N)``
``[N]`` ``<N>``, a number in any bracket pair, ``제N장`` / ``제N절``, ``N-M.``, Roman ``Ⅰ`` .. ``Ⅹ``
with ``.`` / ``)`` / nothing, Hangul ``가`` .. ``하`` with ``.`` / ``)`` / ``(가)``, Latin ``A.`` /
``a)``). The expected records come from ``family_records`` as for every family (item markers as
printed); a mutation the groups of the family cannot agree with (two levels marked alike:
crossbreed's :func:`~samples.crossbreed.problems`) is redrawn::

    python -m samples.mutate --cards N --out DIR [--start K] [--step S] [--formats pdf,hwpx,hwp,txt]
                             [--jobs J] [--keep] [--list]

(``--start 0 --step 2 --cards 88``: the even seeds, every named family mutated twice.)

It prints one line per card and format (fact score, wrong figures, the groups below 1, the
mutation) and the distribution per format; ``DIR/mutate.json`` keeps every result.
"""

from __future__ import annotations

import dataclasses
import random
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samples.crossbreed import crossbreed, drawn_card_seed, drawn_cards_main, problems, structure_problems
from samples.families import DATE_FORMS, FAMILIES, Family
from samples.style_sweep import run_family

SEED_BASE = (
    90_000  # card seeds of mutated families: far from the named families', the sweep's, the crossbreed's
)


# ------------------------------------------------------------------------------ character classes


def _chars(first: int, last: int, cats: tuple[str, ...], keep: Any = None) -> str:
    out = []
    for c in range(first, last + 1):
        ch = chr(c)
        if unicodedata.category(ch) in cats and (keep is None or keep(ch)):
            out.append(ch)
    return "".join(out)


def _named(*words: str) -> Any:
    return lambda ch: any(w in unicodedata.name(ch, "") for w in words)


# Numbers enclosed in one glyph are numberings, not glyphs (drawn as runs below).
_ENCLOSED = {*range(0x2460, 0x2500), *range(0x2776, 0x2794), *range(0x3200, 0x3280)}
# Glyphs that mean something else on a card: a phone, a caption, a note, the effects' arrow, checkboxes.
_MEANING = "☎▲△※⇨☑☐■□"

SYMBOL_CLASSES: dict[str, str] = {
    "arrows": _chars(0x2190, 0x21FF, ("So", "Sm")),
    "operators": _chars(
        0x2200,
        0x22FF,
        ("Sm",),
        lambda ch: (
            unicodedata.name(ch, "").startswith(("CIRCLED ", "SQUARED "))
            or unicodedata.name(ch, "").endswith(
                ("DIAMOND OPERATOR", "STAR OPERATOR", "BULLET OPERATOR", "DOT OPERATOR")
            )
        ),
    ),
    "technical": _chars(
        0x2300, 0x23FF, ("So",), _named("SQUARE", "CIRCLE", "TRIANGLE", "DIAMOND", "BLACK", "WHITE")
    ),
    "geometric": _chars(0x25A0, 0x25FF, ("So", "Sm")),
    "misc": _chars(0x2600, 0x26FF, ("So",)),
    "dingbats": _chars(0x2700, 0x27BF, ("So",), lambda ch: ord(ch) not in _ENCLOSED),
    "symbols_arrows": _chars(0x2B00, 0x2BFF, ("So", "Sm")),
    "punctuation": _chars(
        0x2000, 0x206F, ("Po",), _named("BULLET", "HYPHENATION POINT", "ASTERISM", "FLOWER")
    ),
    "private": _chars(0xF020, 0xF0FF, ("Co",)),
}
SYMBOL_CLASSES = {k: "".join(ch for ch in v if ch not in _MEANING) for k, v in SYMBOL_CLASSES.items()}


def _runs() -> dict[str, str]:
    """The runs of enclosed alphanumerics that number from one (``⑴ ⑵``, ``⒜ ⒝``, ``㉠ ㉡``): code
    points in a row whose names differ in the last word only, the first numbering one (its numeric
    value 1, a letter A, the first Hangul consonant or syllable); Hangul runs cut at their 14th."""
    runs: dict[str, str] = {}
    blocks = ((0x2460, 0x24FF), (0x2776, 0x2793), (0x3200, 0x327F))
    for first, last in blocks:
        cur: list[str] = []
        key = None
        for c in range(first, last + 2):
            ch = chr(c)
            name = unicodedata.name(ch, "") if c <= last else ""
            k = name.rsplit(" ", 1)[0] if name else None
            if k != key or c > last:
                if key and len(cur) >= 5 and "IDEOGRAPH" not in key and _numbers_one(cur[0]):
                    runs[key] = "".join(cur[:14] if "HANGUL" in key else cur)
                cur, key = [], k
            if k:
                cur.append(ch)
    return runs


def _numbers_one(ch: str) -> bool:
    name = unicodedata.name(ch)
    return unicodedata.numeric(ch, 0) == 1 or name.endswith((" A", " KIYEOK", " KIYEOK A"))


ENCLOSED_RUNS = _runs()
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
HANGUL = "가나다라마바사아자차카타파하"
LATIN = "ABCDEFGHIJ"


def _bracket_pairs() -> list[tuple[str, str]]:
    """Every opening bracket (Ps, not a superscript or subscript one) whose next code point closes it
    (Pe), of the ASCII, punctuation, CJK and full-width blocks, the angle brackets ``<`` ``>`` and the
    full-width square brackets."""
    pairs = [("<", ">"), ("［", "］")]
    for first, last in ((0x0028, 0x007D), (0x2045, 0x2998), (0x3008, 0x301B), (0xFF08, 0xFF63)):
        for c in range(first, last + 1):
            ch, nxt = chr(c), chr(c + 1)
            if (
                unicodedata.category(ch) == "Ps"
                and unicodedata.category(nxt) == "Pe"
                and not _named("SUPERSCRIPT", "SUBSCRIPT")(ch)
            ):
                pairs.append((ch, nxt))
    return pairs


BRACKET_PAIRS = _bracket_pairs()
SPACES = (" ", "  ", "\u3000")  # between a spaced label's syllables: one space, two, an ideographic space


def glyph(rnd: random.Random, avoid: str = "") -> str:
    """A symbol glyph: a class drawn, then a glyph of it (a class drawn alike whatever its size)."""
    while True:
        ch = rnd.choice(SYMBOL_CLASSES[rnd.choice(sorted(SYMBOL_CLASSES))])
        if ch not in avoid:
            return ch


def numbering(rnd: random.Random, key: str, *, heading: bool = False) -> str:
    """A numbering pattern as a format with ``{key}`` the number (``{key:RUN}``: the RUN's glyphs):
    ``"{n}."``, ``"〘{n}〙"``, ``"제{n}장"``, ``"{n:ⅠⅡⅢ…}."``, ``"({n:가나다…})"``, ``"{n:⒜⒝⒞…}"`` ...
    ``heading``: the patterns of section headings too (ordinals, a chapter-section pair)."""
    n = "{" + key + "}"
    kinds = ["digits", "digits_bracket", "roman", "hangul", "latin", "enclosed"]
    if heading:
        kinds += ["ordinal", "compound"]
    kind = rnd.choice(kinds)
    if kind == "digits":
        return rnd.choice([f"{n}.", f"{n})", f"({n})", f"[{n}]", f"<{n}>"])
    if kind == "digits_bracket":
        o, c = rnd.choice(BRACKET_PAIRS)
        return f"{o}{n}{c}"
    if kind == "ordinal":
        return f"제{n}{rnd.choice('장절')}"
    if kind == "compound":
        return f"{rnd.randint(1, 3)}-{n}."
    run = {"roman": ROMAN, "hangul": HANGUL, "latin": rnd.choice([LATIN, LATIN.lower()])}.get(kind)
    if run is None:
        return "{" + key + ":" + rnd.choice(sorted(ENCLOSED_RUNS.values())) + "}"
    r = "{" + key + ":" + run + "}"
    if kind == "roman":
        return rnd.choice([f"{r}.", f"{r})", r])
    if kind == "hangul":
        return rnd.choice([f"{r}.", f"{r})", f"({r})"])
    return rnd.choice([f"{r}.", f"{r})"])


# ------------------------------------------------------------------------------ the mutation


def _heading_format(rnd: random.Random) -> str:
    kind = rnd.choice(["glyph", "numbering", "numbering", "glyph_numbering"])
    if kind == "glyph":
        lead = glyph(rnd)
    elif kind == "numbering":
        lead = numbering(rnd, "n", heading=True)
    else:
        lead = f"{glyph(rnd)} {numbering(rnd, 'n')}"
    if kind != "glyph" and lead[-1] in ".)" and rnd.random() < 0.2:
        return lead + "{label}"  # Ⅰ.사업개요: no space after the number
    return lead + " {label}"


def _group_formats(rnd: random.Random) -> tuple[str, str]:
    """A block heading with its date and without (``group_format``, ``group_plain``)."""
    kind = rnd.choice(["glyph", "numbering", "numbering", "bracketed"])
    o, c = rnd.choice(BRACKET_PAIRS)
    if kind == "bracketed":  # the name in the pair, the date after it, or both in it
        if rnd.random() < 0.5:
            return f"{o} {{group}} {c}({{date}})", f"{o} {{group}} {c}"
        return f"{o} {{group}} : {{date}} {c}", f"{o} {{group}} {c}"
    lead = glyph(rnd) if kind == "glyph" else rnd.choice([numbering(rnd, "num"), "{sec}-{num}."])
    date = rnd.choice(["({date})", f" {o}{{date}}{c}", " - {date}"])
    return f"{lead} {{group}}{date}", f"{lead} {{group}}"


def mutate_family(fam: Family, rnd: random.Random, name: str) -> Family:
    """``fam`` with its heading and block leads, item numbering, bullets and label spacing drawn anew
    (one draw; :func:`mutate` redraws one that breaks the family's groups)."""
    s = fam.style
    avoid = "".join(a for _, a in s.status_symbols) + "".join(s.box_marks if s.status_boxes else ())
    b1 = glyph(rnd, avoid)
    b2 = glyph(rnd, avoid + b1)
    b3 = glyph(rnd, avoid + b1 + b2)
    m1 = numbering(rnd, "n") if rnd.random() < 0.4 else b1
    group_format, group_plain = _group_formats(rnd)
    style = dataclasses.replace(
        s,
        heading_format=_heading_format(rnd),
        group_format=group_format,
        group_plain=group_plain,
        bullet1=b1,
        bullet2=b2,
        spaced_labels=rnd.random() < 0.7,
        label_gap=rnd.choice(SPACES),
    )
    return dataclasses.replace(
        fam,
        name=name,
        style=style,
        markers=(m1, b2, b3),
        about=f"mutated {fam.name}: " + describe_style(style, (m1, b2, b3)),
    )


def describe_style(style: Any, markers: tuple[str, str, str]) -> str:
    """The mutated fields in short, for a report line."""
    return (
        f"h={style.heading_format!r} g={style.group_format!r} m={markers!r} b={style.bullet1}{style.bullet2} "
        f"gap={style.label_gap!r}" + ("" if style.spaced_labels else "(unspaced)")
    )


# ------------------------------------------------------------------------------ date shapes

# the parts a date is printed from (normalize/dates.py's shapes): a year of four digits or two after an
# apostrophe or a look-alike, dots with or without a space, the year and month words, ISO separators
_YEARS = ("{y}", "'{yy}", "\u2019{yy}")
_DOTS = (".", ". ")
_RANGE_SEPS = (" ~ ", "~", " \u223c ", "\uff5e")


def date_forms(rnd: random.Random) -> dict[str, tuple[str, ...]]:
    """A template's date shapes (families.DATE_FORMS's keys) drawn from their parts, one year shape
    and one separator a template."""
    y = rnd.choice(_YEARS)
    if rnd.random() < 0.3:  # 2024년 3월 (5일), the words spaced or not
        sp = rnd.choice(("", " "))
        month, day = f"{y}년{sp}{{m}}월", f"{y}년{sp}{{m}}월{sp}{{d}}일"
        quarter, half = f"{y}년 {{q}}분기", f"{y}년 {{h}}반기"
    else:
        dot = rnd.choice(_DOTS)
        month = f"{y}{dot}{{m}}" + rnd.choice((".", "월"))
        days = [f"{y}{dot}{{m}}{dot}{{d}}."]
        if y == "{y}":  # ISO-like, with or without zeros: one separator twice
            days += [f"{{y}}{sep}{{m}}{sep}{{d}}" for sep in "-/"] + [
                "{y}-{m:02d}-{d:02d}",
                "{y}/{m:02d}/{d:02d}",
            ]
        day = rnd.choice(days)
        quarter, half = f"{y}{dot}{{q}}/4분기", f"{y}{dot}{{h}}반기"
    rng = month.replace("{y}", "{y1}").replace("{yy}", "{yy1}").replace("{m}", "{m1}")
    rng += rnd.choice(_RANGE_SEPS) + month.replace("{y}", "{y2}").replace("{yy}", "{yy2}").replace(
        "{m}", "{m2}"
    )
    return {"day": (day,), "month": (month,), "quarter": (quarter,), "half": (half,), "range": (rng,)}


def with_dates(fam: Family, rnd: random.Random) -> Family:
    """``fam`` printing its dates in shapes drawn anew (registered in DATE_FORMS under its name)."""
    forms = date_forms(rnd)
    DATE_FORMS[fam.name] = forms
    about = fam.about + f" d={forms['month'][0]!r} {forms['day'][0]!r} {forms['range'][0]!r}"
    return dataclasses.replace(fam, date_forms=fam.name, about=about)


# ------------------------------------------------------------------------------ structure

# header layouts that print the plain fields only (no overview, no checkbox or rate cells of their own,
# no body table around them): a mutation may lay their fields out anew
_PLAIN_HEADERS = ("", "wide", "vertical", "contact_cell", "stacked", "grid6", "row8", "wide3")
_HEADER_KEYS = ("title", "no", "lead", "coop", "target", "status")
_GOAL_KEYS = ("target", "actual", "rate", "status")
_TOTAL_COLS = ("first", "last", "none")


def _unit_format(rnd: random.Random) -> str:
    """A unit line's shape: the word 단위 and the unit in any bracket pair, the colon any of its
    shapes, spaced or not; or the unit alone in the pair."""
    o, c = rnd.choice(BRACKET_PAIRS)
    if rnd.random() < 0.2:
        return f"{o}{{unit}}{c}"
    sep = rnd.choice((" : ", ":", ": ", "\uff1a", " "))
    return f"{o}단위{sep}{{unit}}{c}"


def _funding_structure(fam: Family, rnd: random.Random, said: list[str]) -> Family:
    """The funding table's total column (first, last, amid the term's periods, none), its total row
    (first, last, none), its orientation and where its unit is printed, drawn anew where the family's
    table shape allows."""
    s, f = fam.style, fam.funding
    if s.funding_groups or s.funding_pair or s.funding_summary or fam.funding_total_only:
        return fam
    if not s.funding_split and rnd.random() < 0.6:  # a split table keeps its total in the first part
        total_col = rnd.choice(_TOTAL_COLS + (("middle",) if f.after_term else ()))
        total_row = rnd.random() < 0.8
        f = dataclasses.replace(
            f, total_col=total_col, total_row=total_row, total_row_last=rnd.random() < 0.3
        )
        said.append(
            f"total={total_col}/{'row-last' if f.total_row_last else 'row' if total_row else 'no-row'}"
        )
    plain = not (s.funding_split or s.funding_remark or s.funding_derived or s.budget_wrap)
    transposed_only = (
        s.unit_top_right
        or s.funding_break
        or s.funding_year_remark
        or s.funding_share
        or s.funding_source_span
    )
    if s.funding_layout == "" and plain and f.total_col != "middle" and rnd.random() < 0.3:
        s = dataclasses.replace(s, funding_layout="transposed")
        said.append("transposed")
    elif s.funding_layout == "transposed" and not transposed_only and rnd.random() < 0.3:
        s = dataclasses.replace(s, funding_layout="")
        said.append("untransposed")
    if not (s.cell_unit or s.unit_top_right or s.unit_in_corner or s.funding_sentence) and rnd.random() < 0.7:
        place = rnd.choice(
            ("line", "corner", "head", "cell") if s.funding_layout == "" else ("line", "corner")
        )
        if place == "cell":
            s = dataclasses.replace(s, cell_unit=True)
        elif place == "head":
            o, c = rnd.choice(BRACKET_PAIRS)
            s = dataclasses.replace(s, unit_in_head=f"{o}{{unit}}{c}")
        else:
            s = dataclasses.replace(s, unit_format=_unit_format(rnd), unit_in_corner=place == "corner")
        said.append(f"unit={place}:{(s.unit_in_head or s.unit_format) if place != 'cell' else ''}")
    return dataclasses.replace(fam, style=s, funding=f)


def _header_structure(fam: Family, rnd: random.Random, said: list[str]) -> Family:
    """The header table's fields laid out anew: 1-4 label | value pairs a row, or 2-5 labels a row
    over their values, the fields in a drawn order (the name and phone apart or in one cell)."""
    s = fam.style
    if (
        s.header_layout not in _PLAIN_HEADERS
        or s.header_line
        or s.body_header
        or s.title_line
        or rnd.random() < 0.5
    ):
        return fam
    keys = [*_HEADER_KEYS, *rnd.choice((("name", "phone"), ("contact",)))]
    keys += ["as_of"] if s.as_of_label else []
    rest = keys[1:]
    rnd.shuffle(rest)
    keys = [keys[0], *rest] if rnd.random() < 0.7 else rnd.sample(keys, len(keys))  # the title first, mostly
    layout = rnd.choice(("pairs", "bands"))
    k = rnd.randint(1, 4) if layout == "pairs" else rnd.randint(2, 5)
    said.append(f"header={layout}{k}:{','.join(keys)}")
    return dataclasses.replace(
        fam, style=dataclasses.replace(s, header_layout=layout, header_pairs=k, header_keys=tuple(keys))
    )


def _goals_structure(fam: Family, rnd: random.Random, said: list[str]) -> Family:
    """A goal table's columns in a drawn order, its rate column drawn in or out; a goal list printed
    with year marks becomes a table with the year a column or a row group."""
    s = fam.style
    if s.goals_layout == "" and not s.goals_lines and rnd.random() < 0.3:
        s = dataclasses.replace(s, goals_layout=rnd.choice(("year_col", "year_group")))
        said.append(s.goals_layout)
    if s.goals_layout not in ("year_col", "year_group") or rnd.random() < 0.4:
        return dataclasses.replace(fam, style=s)
    keys = [k for k in _GOAL_KEYS if k != "rate" or rnd.random() < 0.5]
    if rnd.random() < 0.5:
        keys = rnd.sample(keys, len(keys))
    said.append(f"goals={','.join(keys)}")
    return dataclasses.replace(
        fam, style=dataclasses.replace(s, goals_order=tuple(keys), goals_rate="rate" in keys)
    )


def _order_structure(fam: Family, rnd: random.Random, said: list[str]) -> Family:
    """The sections after the overview in a drawn order (a template that numbers every section), the
    page turned."""
    s = fam.style
    if s.section_order and not any(s.two_pane) and rnd.random() < 0.5:
        first = [k for k in s.section_order if k == "overview"]
        rest = [k for k in s.section_order if k != "overview"]
        rnd.shuffle(rest)
        s = dataclasses.replace(s, section_order=(*first, *rest))
        said.append("order=" + ",".join(k[:3] for k in s.section_order))
    if not s.page_plan and s.funding_pair != "columns" and rnd.random() < 0.25:
        s = dataclasses.replace(s, landscape=not s.landscape)
        said.append("landscape" if s.landscape else "portrait")
    return dataclasses.replace(fam, style=s)


# ------------------------------------------------------------------------------ tables, units and numbers

# a dash of any shape (the dash punctuation, Pd, of ASCII, general punctuation and the full-width forms,
# and the minus sign), a zero, or nothing: a zero amount
DASHES = "-" + _chars(0x2010, 0x2015, ("Pd",)) + "\u2212\uff0d"
# what a derived column's head names (the table's figures compared, never a period): a change between
# years, a share of the total (%); a column of word notes
CHANGE_HEADS = ("증감", "전년대비 증감", "증감액")
SHARE_HEADS = ("확보율(%)", "집행률(%)", "비율(%)", "확보율 (%)")
NOTE_HEADS = ("비고", "참고", "특이사항")
SOURCE_SPANS = ("재원", "재원별", "재원구분")


def _unit_apart(rnd: random.Random) -> str:
    """The unit after a head cell's words apart from them: a space or a line between, any bracket pair."""
    o, c = rnd.choice(BRACKET_PAIRS)
    return rnd.choice((" ", "\n")) + f"{o}{{unit}}{c}"


def _unit_note(rnd: random.Random) -> str:
    """The unit told in a note under the table: a note mark or none, the word 단위 and the unit, the
    colon any of its shapes, or the whole in a bracket pair."""
    sep = rnd.choice((" : ", ":", ": ", "\uff1a"))
    if rnd.random() < 0.3:
        o, c = rnd.choice(BRACKET_PAIRS)
        return f"{o}단위{sep}{{unit}}{c}"
    return rnd.choice(("※ ", "※", "* ", "주) ")) + f"단위{sep}{{unit}}"


def retable(fam: Family, rnd: random.Random) -> Family:
    """``fam`` with its tables, units and numbers drawn anew where its shape allows: amounts grouped by
    a space or not at all, a zero printed as any dash, ``0`` or nothing, the funding unit printed apart
    from its head cell's words or in a note under the table, derived columns (a change between years,
    a share in %) and columns of word notes beside the figures, the sources under a spanning head, the
    outreach channels as rows or as columns. The record is the family's: every axis prints the same
    facts."""
    s = fam.style
    said: list[str] = []
    r = rnd.random()
    if r < 0.25:
        s = dataclasses.replace(s, thousands="")
        said.append("amounts=ungrouped")
    elif r < 0.4:
        s = dataclasses.replace(s, thousands=" ")
        said.append("amounts=spaced")
    if s.zero_dash and rnd.random() < 0.6:
        z = rnd.choice((*DASHES, "0", "", ""))
        s = dataclasses.replace(s, zero_text=z)
        said.append(f"zero={z!r}")
    funding_plain = not (
        s.funding_groups
        or s.funding_pair
        or s.funding_summary
        or s.funding_projects[0]
        or s.funding_split
        or fam.funding_total_only
        or s.body_table
    )
    unit_line = not (
        s.cell_unit
        or s.unit_in_corner
        or s.unit_in_head
        or s.unit_top_right
        or s.unit_note
        or s.unit_column
        or s.funding_sentence
        or s.funding_layout == "year_rows"
    )
    if s.unit_in_head and rnd.random() < 0.6:
        s = dataclasses.replace(s, unit_in_head=_unit_apart(rnd))
        said.append(f"unit=apart:{s.unit_in_head!r}")
    elif unit_line and funding_plain and rnd.random() < 0.5:
        place = rnd.choice(("note", "apart") if s.funding_layout == "" else ("note", "title"))
        if place == "note":
            s = dataclasses.replace(s, unit_note=_unit_note(rnd))
        elif place == "apart":
            s = dataclasses.replace(s, unit_in_head=_unit_apart(rnd))
        else:
            s = dataclasses.replace(s, unit_top_right=True, unit_format=_unit_format(rnd))
        said.append(f"unit={place}:{(s.unit_note or s.unit_in_head or s.unit_format)!r}")
    if funding_plain and s.funding_layout == "" and not (s.funding_remark or s.funding_derived):
        r = rnd.random()
        if r < 0.35:
            heads = [rnd.choice(CHANGE_HEADS), rnd.choice(SHARE_HEADS)]
            s = dataclasses.replace(s, funding_derived=tuple(rnd.sample(heads, rnd.randint(1, 2))))
            said.append("derived=" + "|".join(s.funding_derived))
        elif r < 0.55:
            s = dataclasses.replace(s, funding_remark=s.spaced(rnd.choice(NOTE_HEADS)))
            said.append(f"remark={s.funding_remark}")
    elif (
        funding_plain
        and s.funding_layout == "transposed"
        and not (s.funding_change or s.funding_year_remark or s.funding_share)
    ):
        r = rnd.random()
        if r < 0.3:
            s = dataclasses.replace(s, funding_change=rnd.choice(CHANGE_HEADS))
            said.append(f"change={s.funding_change}")
        elif r < 0.5:
            s = dataclasses.replace(s, funding_year_remark=s.spaced(rnd.choice(NOTE_HEADS)))
            said.append(f"remark={s.funding_year_remark}")
    if (
        funding_plain
        and s.funding_layout == "transposed"
        and not s.funding_source_span
        and rnd.random() < 0.4
    ):
        s = dataclasses.replace(s, funding_source_span=rnd.choice(SOURCE_SPANS))
        said.append(f"span={s.funding_source_span}")
    if s.goals_layout in ("year_col", "year_group") and not s.goals_remark and rnd.random() < 0.4:
        s = dataclasses.replace(s, goals_remark=s.spaced(rnd.choice(NOTE_HEADS)))
        said.append(f"goals_remark={s.goals_remark}")
    if (
        s.outreach_layout == ""
        and s.outreach_total_at == ""
        and not s.outreach_row_labels[0]
        and rnd.random() < 0.4
    ):
        s = dataclasses.replace(
            s,
            outreach_layout="vertical",
            outreach_total_at=rnd.choice(("", "first")),
            outreach_note_label=s.spaced(rnd.choice(NOTE_HEADS)),
        )
        said.append("outreach=rows")
    elif s.outreach_layout == "vertical" and not s.outreach_people and rnd.random() < 0.3:
        s = dataclasses.replace(s, outreach_layout="", outreach_total_at="")
        said.append("outreach=columns")
    return dataclasses.replace(fam, style=s, about=fam.about + (" t=" + " ".join(said) if said else ""))


def restructure(fam: Family, rnd: random.Random) -> Family:
    """``fam`` with its structure drawn anew where it allows (its funding table's totals, orientation
    and unit place, its header's layout, its goal table's columns, its section order, its page)."""
    said: list[str] = []
    for step in (_funding_structure, _header_structure, _goals_structure, _order_structure):
        fam = step(fam, rnd, said)
    return dataclasses.replace(fam, about=fam.about + (" s=" + " ".join(said) if said else ""))


def mutate(
    seed: int, families: Sequence[Family] = FAMILIES, *, structure: bool = True, tables: bool = True
) -> tuple[Family, int]:
    """Mutated family ``seed`` and its card seed: a base (a named family for an even seed, a
    crossbreed of ``families`` for an odd one) with its markers and numberings drawn anew, redrawn
    until crossbreed's :func:`problems` finds nothing but what the base's own structure breaks (a named
    family printed and scored as it is) and the records can be made with no two funding rows of one source."""
    rnd = random.Random(f"mutate-{seed}")
    shape = random.Random(f"mutate-structure-{seed}")  # its own draw: the markers stay as without it
    base = families[seed // 2 % len(families)] if seed % 2 == 0 else crossbreed(seed, families)[0]
    # a named base's own structure is a template printed and scored as it is (maeul-county's two-figure
    # sub-columns on a portrait page, its 4 years in 억원 fitting at 9.5 pt): no marker drawn changes it, so
    # every mutant would break the rule its base breaks and none be drawn; only what a draw adds is refused
    own = set(structure_problems(base))

    def bad(x: Family) -> bool:
        return any(p not in own for p in problems(x))

    for attempt in range(200):
        fam = mutate_family(base, rnd, f"mutant-{seed}")
        if bad(fam) or _alike(fam):
            continue
        if structure:
            fam = next((x for x in (restructure(fam, shape) for _ in range(20)) if not bad(x)), fam)
        if tables:  # its own draw too
            fam = next(
                (
                    x
                    for x in (retable(fam, random.Random(f"mutate-tables-{seed}-{k}")) for k in range(20))
                    if not bad(x)
                ),
                fam,
            )
        fam = with_dates(fam, random.Random(f"mutate-dates-{seed}"))  # its own draw: the others stay
        card_seed = drawn_card_seed(fam, SEED_BASE + 100 * seed + attempt % 50)
        if card_seed is not None:
            return fam, card_seed
    raise RuntimeError(f"no valid mutant for seed {seed}")


def _alike(fam: Family) -> bool:
    """Two levels printed with one lead character (crossbreed's check looks at some of them only):
    the headings, the blocks, the items (numbered, or the overview's bullet), levels 2 and 3."""
    from samples.style_sweep import _lead

    s = fam.style
    m1, m2, m3 = fam.markers
    leads = [_lead(s.heading_format), _lead(s.group_format), _lead(m1) if "{" in m1 else m1, m2, m3]
    leads += [b for b, m in ((s.bullet1, m1), (s.bullet2, m2)) if b != m]
    firsts = [x[0] for x in leads if x]
    return len(set(firsts)) < len(firsts)


def run_mutant(
    seed: int,
    formats: Sequence[str],
    out: Path,
    *,
    keep: bool = False,
    families: Sequence[Family] = FAMILIES,
    tables: bool = True,
) -> list[dict[str, Any]]:
    """Render mutated card ``seed`` in ``formats``, read each file back; one result per format
    (``tables``: with the tables' draw, :func:`retable`)."""
    try:
        fam, card_seed = mutate(seed, families, tables=tables)
    except RuntimeError as exc:  # a family no draw can mutate: reported, not a result
        return [{"index": seed, "format": fmt, "error": f"draw: {exc}"} for fmt in formats]
    base = {"index": seed, "card_seed": card_seed, "features": fam.about}
    return run_family(fam, card_seed, formats, out / f"mutant-{seed:03d}", base, keep=keep)


def main(argv: Sequence[str] | None = None) -> int:
    return drawn_cards_main(
        argv,
        prog="python -m samples.mutate",
        doc=__doc__,
        run=run_mutant,
        draw=mutate,
        describe=lambda fam: fam.about,
        name="mutate",
        detail=lambda r: f" | {r['features']}",
    )


if __name__ == "__main__":
    raise SystemExit(main())
