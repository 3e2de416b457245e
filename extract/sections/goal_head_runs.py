"""A goal table (a row a year: 연도 | 주요사업 | 목표 | 실적 | 추진상황 | 추진내용) that pdfminer.six's ``pdf2txt.py``
printed a column at a time, each column's cells a run under its head word: ``연도 / 2023 / 2024 / 주요사업 /
문화관광 지원 / 사업 / 목표 / 2.1km / 241호 공급 / 실적 / 추진상황 / 추진내용 / 1.4km / 141호 / 완료 / 추진 중 /
둘레길 운영 및 방문 / 객 지원`` (several head words in a row: their runs follow in the heads' order).

The runs are dealt to the rows only where the counts and the cells' kinds prove it:

- the year head's run is N year cells (N rows), never falling; every other column but the project and the
  추진내용 runs exactly N cells; the status run N status cells, a rate run N rates (or dashes, each agreeing
  with its row's actual over its target where both hold figures), targets and actuals no status cell;
- several heads in a row share one run of cells only where at most one of them is of a free kind (project,
  target or actual) and it is dealt first or is the project (its count unknown) dealt last: the other heads'
  cells are told by their kind, so a print row by row (a target, a status, a target, ...) fails the kinds;
- the project: one line spanning every row where the table opens the section; any other count (a name
  wrapped over lines, or cells spanning some rows: not told apart) leaves the projects null
  (``extract.project_unproven``);
- the 추진내용 run (wrapped over lines where it will) is left to no row, and only as the table's last run.

No line may stand between the runs; any other shape is left to the other readers (its rows unread: no cell
paired by guess)."""

from __future__ import annotations

from pledgecard.extract.sections.goal_head_words import head_kind
from pledgecard.extract.sections.goal_rows import GoalRow
from pledgecard.extract.sections.goal_values import RATE, is_status_cell, rate_agrees, year_cell_of
from pledgecard.normalize.text import is_dash

# the kinds of a column whose cells are told by their kind (a year, a status, a rate), dealt N each
_TOLD = frozenset({"year", "status", "rate"})
# the kinds a run under its head may hold
_KINDS = frozenset({"year", "project", "target", "actual", "rate", "status", "detail"})


def _segments(lines: list[str], start: int) -> list[tuple[list[str], list[int]]] | None:
    """From line ``start`` (a head word), the runs: each the head kinds printed in a row and the lines of
    the cells after them up to the next head word. None where a head word names no kind a run may hold."""
    out: list[tuple[list[str], list[int]]] = []
    k = start
    while k < len(lines):
        heads: list[str] = []
        while k < len(lines) and (kind := head_kind(lines[k])) is not None:
            if kind not in _KINDS:
                return None
            heads.append(kind)
            k += 1
        cells: list[int] = []
        while k < len(lines) and head_kind(lines[k]) is None:
            cells.append(k)
            k += 1
        out.append((heads, cells))
    return out


def _year_run(cells: list[str]) -> int:
    """How many year cells (a year alone on its line) open ``cells``."""
    n = 0
    while n < len(cells) and cells[n].strip().isdigit() and year_cell_of(cells[n]) is not None:
        n += 1
    return n


def _dealt(segments: list[tuple[list[str], list[int]]], texts: list[str]) -> dict[str, list[int]] | None:
    """Each head kind's cell lines, the runs dealt to their heads in order (see the module); None where the
    counts or kinds do not prove the dealing."""
    years = next((cells for heads, cells in segments if heads and heads[0] == "year"), None)
    if years is None:
        return None
    n = _year_run([texts[k] for k in years])
    if n == 0:
        return None
    out: dict[str, list[int]] = {}
    for s, (heads, cells) in enumerate(segments):
        free = [h for h in heads if h not in _TOLD and h != "detail"]
        if len(free) > 1 or (free and len(heads) > 1 and heads.index(free[0]) not in (0, len(heads) - 1)):
            return None
        if free == ["project"] and heads[-1] != "project" and len(heads) > 1:
            return None  # a project run (its count not known) dealt before other heads' runs
        pos = 0
        for j, h in enumerate(heads):
            if h in out:
                return None  # a kind headed twice
            last = j == len(heads) - 1
            if h == "detail":
                if not (last and s == len(segments) - 1):
                    return None  # a 추진내용 run amid the table: where it ends is not printed
                out[h] = cells[pos:]
                pos = len(cells)
            elif h == "project" and last:
                out[h] = cells[pos:]
                pos = len(cells)
            else:
                out[h] = cells[pos : pos + n]
                pos += n
                if len(out[h]) != n:
                    return None
        if pos != len(cells):
            return None  # cells left over: the counts do not prove the runs
    return out


def _kinds_hold(runs: dict[str, list[int]], texts: list[str]) -> bool:
    """Whether every run's cells are of its column's kind (see the module)."""
    t = {h: [texts[k].strip() for k in ks] for h, ks in runs.items()}
    if "target" not in t or "status" not in t:
        return False
    years = [year_cell_of(x) for x in t["year"]]
    if any(y is None for y in years) or any(b < a for a, b in zip(years, years[1:], strict=False)):  # type: ignore[operator]
        return False
    if not all(is_status_cell(x) for x in t["status"]):
        return False
    for h in ("target", "actual", "project"):
        if any(is_status_cell(x) or year_cell_of(x) is not None for x in t.get(h, [])):
            return False
    if any(is_dash(x) for x in t["target"] + t.get("project", [])):
        return False
    if "rate" in t:
        if any(RATE.match(x) for x in t["target"] + t.get("actual", [])):
            return False  # a free cell of a rate's shape: the runs not told apart
        for r, x in enumerate(t["rate"]):
            m = RATE.match(x)
            if m is None and not is_dash(x):
                return False
            actual = t["actual"][r] if "actual" in t else None
            if m is not None and not rate_agrees(float(m.group(1)), t["target"][r], actual):
                return False
    return True


def goal_head_runs(lines: list[str]) -> tuple[list[GoalRow], list[int]] | None:
    """The goal rows of a table printed a column at a time, each column's cells a run under its head word
    (see the module), and the indexes of the lines not read; None where the lines are not so or the counts do
    not prove every run."""
    texts = [ln.strip() for ln in lines]
    idx = [k for k, x in enumerate(texts) if x]
    start = next((p for p, k in enumerate(idx) if head_kind(texts[k]) == "year"), None)
    if start is None:
        return None
    dense = [texts[k] for k in idx]
    segments = _segments(dense, start)
    if not segments or (runs := _dealt(segments, dense)) is None or not _kinds_hold(runs, dense):
        return None
    n = len(runs["year"])
    project = runs.get("project", [])
    spanning = dense[project[0]] if len(project) == 1 and start == 0 else None
    rows = []
    for r in range(n):
        actual = dense[runs["actual"][r]] if "actual" in runs else None
        rows.append(
            GoalRow(
                idx[runs["target"][r]],
                spanning,
                year_cell_of(dense[runs["year"][r]]),
                dense[runs["target"][r]],
                dense[runs["status"][r]],
                None if actual is None or is_dash(actual) else actual,
                None,
                project_unproven=spanning is None and "project" in runs,
            )
        )
    used = {idx[p] for p in range(start, len(idx))} - {idx[p] for p in runs.get("detail", [])}
    used -= {idx[p] for p in project} if spanning is None else set()
    unread = [k for k in idx if k not in used]
    return rows, unread
