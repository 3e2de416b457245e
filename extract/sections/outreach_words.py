"""The outreach table's words: channel categories, the total word, count cells and value lines."""

from __future__ import annotations

import re

from pledgecard.extract.vocabulary import Vocabulary, alternation, current, spaced
from pledgecard.normalize.counts import LOOSE_NUMBER, parse_count
from pledgecard.normalize.text import DASH_CLASS, DASHES, fold
from pledgecard.record import Outreach, OutreachItem


def _categories(v: Vocabulary) -> list[tuple[str, re.Pattern[str]]]:
    """Channel category -> the words a channel label holds, in the vocabulary's order: who a gathering gathers
    (``[outreach_channels_by_who]``: 전문가 간담회 an experts' channel) before the gathering's form."""
    by_who = [
        (name, re.compile(spaced(words))) for name, words in v.table("outreach_channels_by_who").items()
    ]
    return by_who + [
        (name, re.compile(spaced(words))) for name, words in v.table("outreach_channels").items()
    ]


def _total(v: Vocabulary) -> re.Pattern[str]:
    return re.compile(f"^(?:{'|'.join(map(re.escape, v.words('totals')))})$")


def value_token(v: Vocabulary) -> re.Pattern[str]:
    units = alternation(v.words("counters"))
    # a lone O / l / I / | between counts is a 0 or 1 misread: kept as a count that cannot be read
    return re.compile(rf"{DASH_CLASS}|{LOOSE_NUMBER}\s*(?:{units})?(?:\([^)]*\))?|(?<!\S)[OoIl|](?!\S)")


def is_total_label(label: str) -> bool:
    return bool(current().build(_total).match(label.replace(" ", "")))


def is_total(label: str) -> bool:
    """Whether a label is the total row's word (계, 합계) as its whole text."""
    return is_total_label(label)


def count_line(text: str) -> str | None:
    """The one count a line prints and nothing else (``3``, ``14회``, ``-``), or None."""
    toks = is_value_line(fold(text).strip())
    return toks[0] if toks is not None and len(toks) == 1 else None


def count_of(raw: str) -> int | None:
    """A count cell's value (a dash, no event, 0), or None when unread."""
    return count_cell(raw)[0]


def default_unit() -> str:
    return current().scalar("counts", "default_outreach_unit")


def count_cell(raw: str) -> tuple[int | None, str | None]:
    """A count cell's value and unit, its bracketed note (``1(공청회)``) left out."""
    return parse_count(re.sub(r"\([^)]*\)", "", raw))


def with_total_raw(out: Outreach, raw: str) -> Outreach:
    """Keep the printed total when it cannot be read (``total_raw``)."""
    if out["total"] is None and raw.strip():
        out["total_raw"] = fold(raw)
    return out


def category_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Channel category -> the pattern of its keywords, in the order a label is judged."""
    return current().build(_categories)


def category_of(label: str) -> str | None:
    for name, pat in current().build(_categories):
        if pat.search(label):
            return name
    return None


def split_header(text: str) -> list[tuple[str, str]]:
    """``계 주민간담회, 공청회 등 만족도 조사 ...`` -> [(label, category)] in order, total first."""
    starts: list[tuple[int, str]] = []
    for name, pat in current().build(_categories):
        for m in pat.finditer(text):
            # the label starts at the beginning of the word holding the keyword
            s = m.start()
            while s > 0 and not text[s - 1].isspace():
                s -= 1
            if any(p == s for p, _ in starts):
                continue  # a second keyword in the same word (주민간담회·공청회)
            if text[:s].rstrip().endswith((",", "，", "·", "ㆍ", "/")):
                continue  # the label goes on after a comma (주민간담회, 공청회 등 / 언론, 방송)
            starts.append((s, name))
    starts.sort()
    out = []
    for i, (s, name) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out.append((fold(text[s:end]), name))
    return out


def outreach_item(label: str, category: str, raw: str) -> OutreachItem:
    note_m = re.search(r"\(([^)]*)\)", raw)
    count, _unit = count_cell(raw)
    item = {
        "label": label,
        "category": category,
        "count": count,
        "note": fold(note_m.group(1)) if note_m else None,
    }
    if count is None and raw.strip():
        item["raw"] = fold(raw)  # the printed text of a count that cannot be read
    return item


def is_value_line(text: str) -> list[str] | None:
    toks = current().build(value_token).findall(text)
    if (
        toks
        and "".join(toks).replace(" ", "") == text.replace(" ", "")
        and not all(re.fullmatch(r"[OoIl|]", t) for t in toks)
    ):  # a line of lone letters is no value row
        return [fold(t) for t in toks]
    return None


def cells_one_space_apart(printed: str) -> list[str]:
    """A row's cells printed one space apart, a blank cell a space more, a trailing space a blank last
    cell; a note in brackets after a count (``3(현장 간담회)``) one cell with its spaces."""
    cells: list[str] = []
    depth = 0
    for tok in printed.split(" "):
        if depth > 0 and cells:
            cells[-1] += " " + tok
        else:
            cells.append(tok)
        depth = max(0, depth + sum(tok.count(c) for c in "([（［") - sum(tok.count(c) for c in ")]）］"))
    return cells


def _units_in(text: str) -> list[str]:
    return [u.strip() for u in re.findall(r"[(（]([^)）]*)[)）]", text)]


def counts_events(label: str, cells: list[str]) -> bool:
    """Whether a row under a channel head counts the times each channel was held: its label is one of the
    vocabulary's count-row labels (``[outreach_rows] count_labels``: 횟 수, 건수) or prints a held counter in
    brackets (``실적(회)``), or every count cell carries one (``3회``); never where the label or a cell prints
    another unit (``참석인원(명)``, ``예산(천원)``, ``120명``). Class of card fixed (review d, finding 1): a row of
    attendees or of budget under the head was read as event counts."""
    held = set(current().words("outreach_sentences", "held_counters"))
    word = re.sub(r"[(（][^)）]*[)）]", "", fold(label)).replace(" ", "")
    units = _units_in(fold(label))
    cell_units = [count_cell(c)[1] for c in cells if count_cell(c)[0] is not None and c.strip() not in DASHES]
    if any(u not in held for u in units) or any(u is not None and u not in held for u in cell_units):
        return False
    if word in {w.replace(" ", "") for w in current().words("outreach_rows", "count_labels")}:
        return True
    return bool(units) or (bool(cell_units) and all(u in held for u in cell_units))


def names_measure(label: str) -> bool:
    """Whether a row label names a measure other than a channel (``[outreach_rows] measure_words``: 누적
    참여인원, 참석인원, 예산, 비고): such a row is no channel."""
    word = fold(label).replace(" ", "")
    return any(w in word for w in current().words("outreach_rows", "measure_words"))
