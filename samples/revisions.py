"""Figures as a revised card prints them (``Style.revisions``): what changed since the last report shown
beside the figure in force, ``1,200 → 1,350`` in place or ``1,350`` over ``(당초 1,200)``.

The record holds the figure in force (the revised one); the earlier figures are drawn here from the
card's title, the same for every renderer and for the side table that lists the changes.
"""

from __future__ import annotations

import random
from typing import Any

Record = dict[str, Any]

UNIT_MULT = {"원": 1, "천원": 1_000, "만원": 10_000, "백만원": 1_000_000, "억원": 100_000_000}
NOTES_RISEN = ("'{yy} 1회 추경 반영", "'{yy} 2회 추경 반영", "{n}건 이월 반영", "{n}개 사업 추가")
NOTES_FALLEN = ("'{yy} 본예산 감액", "국비 {p}% 내시", "{n}건 불용", "{n}개 사업 조정")

# Revision markup (Style.revisions "strike" / "strike_over"): a run of characters printed struck through (취소선:
# the superseded figure kept in place) and one printed as the figure in force (red, underlined). Layout text marks
# the runs with these private-use characters; the renderers draw them (HWPX/HWP a character property, PDF a line
# through the glyphs) and a text dump, which has no markup, prints the bare characters (render_dump drops them).
STRUCK = ("\ue0a0", "\ue0a1")
IN_FORCE = ("\ue0a2", "\ue0a3")
MARKS = "".join(STRUCK + IN_FORCE)
STRIKE_SHAPES = ("strike", "strike_over")


def struck(text: str) -> str:
    return f"{STRUCK[0]}{text}{STRUCK[1]}"


def in_force(text: str) -> str:
    return f"{IN_FORCE[0]}{text}{IN_FORCE[1]}"


def plain(text: str) -> str:
    """``text`` without its markup characters (what a text dump prints)."""
    return text.translate({ord(c): None for c in MARKS})


def marked_runs(text: str) -> list[tuple[str, str]]:
    """``text`` as runs ``(kind, chars)``: kind ``""`` plain, ``"struck"`` or ``"new"``."""
    out: list[tuple[str, str]] = []
    kind, buf = "", []
    for ch in text:
        if ch in (STRUCK[0], IN_FORCE[0]):
            if buf:
                out.append((kind, "".join(buf)))
            kind, buf = ("struck" if ch == STRUCK[0] else "new"), []
        elif ch in (STRUCK[1], IN_FORCE[1]):
            if buf:
                out.append((kind, "".join(buf)))
            kind, buf = "", []
        else:
            buf.append(ch)
    if buf:
        out.append((kind, "".join(buf)))
    return out


def _mult(rec: Record) -> int:
    return UNIT_MULT[rec["funding"]["unit"].replace(" ", "")]


def _changed_columns(rec: Record) -> list[int]:
    """The year columns a revision touches: the as-of year's and the next (else the last two years)."""
    cols = rec["funding"]["columns"]
    years = [k for k, c in enumerate(cols) if c["kind"] == "year"]
    y = int(rec["as_of"]["end"][:4]) if rec.get("as_of") and rec["as_of"].get("end") else 0
    picked = [k for k in years if cols[k]["year"] in (y, y + 1)]
    return picked or years[-2:]


def funding_revisions(rec: Record) -> dict[tuple[int, int], int]:
    """The earlier figure (in the table's unit) of every revised funding cell, by (row, column) of
    ``rec["funding"]``: a few source cells of the changed years, and the totals they move (the row's
    total column, the total row's cells). At least one cell rises and one falls."""
    f = rec["funding"]
    mult = _mult(rec)
    cols, rows = f["columns"], f["rows"]
    ti = next((k for k, c in enumerate(cols) if c["kind"] == "total"), None)
    tr = next((i for i, r in enumerate(rows) if r["source"] == "total"), None)
    r = random.Random(f"revised-{rec['header']['title']}")
    cells = [
        (i, k)
        for i, row in enumerate(rows)
        if row["source"] != "total"
        for k in _changed_columns(rec)
        if row["amounts_krw"][k] // mult >= 20
    ]
    if not cells:
        return {}
    picked = r.sample(cells, min(len(cells), r.randint(2, 3)))
    delta: dict[tuple[int, int], int] = {}
    for n, (i, k) in enumerate(picked):
        units = rows[i]["amounts_krw"][k] // mult
        share = r.uniform(0.1, 0.35)
        d = max(1, round(units * share))
        delta[(i, k)] = -d if n == 0 else (d if n == 1 else r.choice((d, -d)))  # new - old
    old: dict[tuple[int, int], int] = {}

    def move(i: int, k: int, d: int) -> None:
        old[(i, k)] = old.get((i, k), rows[i]["amounts_krw"][k] // mult) - d

    for (i, k), d in delta.items():
        move(i, k, d)
        if ti is not None:
            move(i, ti, d)
        if tr is not None:
            move(tr, k, d)
            if ti is not None:
                move(tr, ti, d)
    return {key: v for key, v in old.items() if v != rows[key[0]]["amounts_krw"][key[1]] // mult}


def card_shape(rec: Record, shapes: tuple[str, ...]) -> str:
    """The one way a card shows its revisions (``arrow`` or ``bracket``), drawn by its title."""
    return random.Random(f"revision-shape-{rec['header']['title']}").choice(shapes)


def revised_text(new: str, old: str, shape: str, word: str = "당초") -> list[str]:
    """A revised figure's cell paragraphs: ``old → new`` in place, or the new one over ``(당초 old)``."""
    if shape == "arrow":
        return [f"{old} → {new}"]
    if shape == "strike":  # the superseded figure struck through, the one in force after it on the line
        return [f"{struck(old)} {in_force(new)}"]
    if shape == "strike_over":  # the struck figure over the one in force, in the cell's two lines
        return [struck(old), in_force(new)]
    return [new, f"({word} {old})"]


def revision_note(rec: Record, row: int) -> str:
    """The 비고 of a funding row whose figures changed (rose or fell in all): a note with numbers in it that
    are no figures; ``""`` for a row that did not change."""
    old = funding_revisions(rec)
    mult = _mult(rec)
    amounts = rec["funding"]["rows"][row]["amounts_krw"]
    ti = next((k for k, c in enumerate(rec["funding"]["columns"]) if c["kind"] == "total"), None)
    d = sum(amounts[k] // mult - v for (i, k), v in old.items() if i == row and k != ti)
    if not d:
        return ""
    r = random.Random(f"revision-note-{rec['header']['title']}-{row}")
    yy = int(rec["as_of"]["end"][2:4]) if rec.get("as_of") and rec["as_of"].get("end") else 24
    return r.choice(NOTES_RISEN if d > 0 else NOTES_FALLEN).format(
        yy=yy, n=r.randint(2, 5), p=r.choice((40, 50, 60))
    )


def earlier_status(rec: Record, options: tuple[str, ...]) -> str:
    """The status the last report printed, another than the card's."""
    now = rec["header"]["status"]
    return random.Random(f"revision-status-{rec['header']['title']}").choice([o for o in options if o != now])


def goal_revision(goal: Record, shape: str) -> str:
    """A goal's target as a revised card prints it, when its target was raised or cut (drawn by the goal):
    ``120호 → 186호 공급`` or ``186호 공급 (당초 120호)``; else the target as it is."""
    t, unit, text = goal.get("target_value"), goal.get("target_unit") or "", goal["target"]
    r = random.Random(f"revision-goal-{goal['project']}-{goal['year']}-{text}")
    if t is None or r.random() < 0.5:
        return text
    shown = f"{t}{unit}"
    if shown not in text:
        return text
    old = (
        round(t * r.uniform(0.7, 0.9), 1) if isinstance(t, float) else max(1, round(t * r.uniform(0.7, 0.9)))
    )
    if old == t:
        return text
    if shape == "arrow":
        return text.replace(shown, f"{old}{unit} → {shown}", 1)
    if shape in STRIKE_SHAPES:
        return text.replace(shown, f"{struck(f'{old}{unit}')} {in_force(shown)}", 1)
    return f"{text} (당초 {old}{unit})"


def change_table(rec: Record) -> tuple[list[list[str]], list[list[str]]]:
    """The 사업비 변경 내역 side table: a row a funding row, its total before and after and the change
    (a fall marked ``△``, none ``-``), and a note (``해당없음`` for a row that did not change)."""
    f = rec["funding"]
    mult = _mult(rec)
    old = funding_revisions(rec)
    ti = next((k for k, c in enumerate(f["columns"]) if c["kind"] == "total"), None)
    rows = []
    for i, row in enumerate(f["rows"]):
        if ti is not None:
            now = row["amounts_krw"][ti] // mult
        else:
            now = sum(row["amounts_krw"]) // mult
        before = (
            old.get((i, ti), now)
            if ti is not None
            else now - sum(row["amounts_krw"][k] // mult - v for (j, k), v in old.items() if j == i)
        )
        d = now - before
        change = "-" if not d else (f"△{-d:,}" if d < 0 else f"{d:,}")
        if row["source"] == "total":
            note = ""
        else:
            note = revision_note(rec, i) or "해당없음"
        rows.append([row["label"], f"{before:,}", f"{now:,}", change, note])
    unit = f["unit"]
    return [["구분", f"당초({unit})", f"변경({unit})", "증감", "비고"]], rows
