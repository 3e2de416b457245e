"""Session 33's text-dump classes (helper header), each on real cards made from a committed sample:

- a plans table whose head prints two contents, the works done and those planned (``추진시기 | 추진실적 | 추진계획``),
  printed one cell a line (a Markdown pipe table, a pdftotext dump): each row's 실적 cell was read as the plan and
  its 계획 cell as a plan of its own with no date; the section's own content cell is the item, the other none
  (item_heads.own_content_pick, as a reader's table already did: item_columns with the section);
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from pledgecard.extract.item_heads import own_content_pick
from pledgecard.pipeline import process_file
from pledgecard.scoring import load_records

from conftest import shared_score, wrong_figures_of

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "gyeongbuk-VII-10-2023Q2"

ROWS = [("2024. 1.", "기본계획 수립 완료", "공약사항 정비 및 이행계획 보완"),
        ("2024. 2.", "캠핑장 시범 운영", "캠핑장 운영 활성화 방안 마련"),
        ("2025. 상반기", "관광 수요 조사", "문화관광 추진계획 수립 및 예산 확보")]
HEAD = ("추진시기", "추진실적", "추진계획")


def _with_plans(body: list[str]) -> str:
    """The committed sample with its plans section's lines replaced by ``body``."""
    lines = SAMPLE.with_suffix(".txt").read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if "향후 추진계획" in ln)
    j = next(k for k, ln in enumerate(lines) if k > i and "기대효과" in ln)
    return "\n".join(lines[:i + 1] + ["", *body, ""] + lines[j:])


def _plans_expected() -> dict:
    """The sample's expected record with the table's plans (each row's 계획 cell, dated by its 추진시기 cell)."""
    exp = copy.deepcopy(load_records(SAMPLE.with_suffix(".expected.json"))[0])
    dates = [{"raw": "2024. 1.", "label": "2024-01", "start": "2024-01-01", "end": "2024-01-31", "precision": "month"},
             {"raw": "2024. 2.", "label": "2024-02", "start": "2024-02-01", "end": "2024-02-29", "precision": "month"},
             {"raw": "2025. 상반기", "label": "2025-H1", "start": "2025-01-01", "end": "2025-06-30",
              "precision": "half"}]
    exp["plans"] = [{"text": r[2], "date": d} for r, d in zip(ROWS, dates, strict=True)]
    return exp


@pytest.mark.parametrize(("head", "section", "pick"), [
    (["추진시기", "추진실적", "추진계획"], "plans", 1),
    (["추진시기", "추진실적", "추진계획"], "achievements", 0),
    (["추진시기", "추진계획", "추진실적"], "plans", 0),
    (["추진시기", "추진실적", "추진계획"], None, 0),  # no section told: the first, as item_columns
    (["추진일자", "추진내용", "비고"], "plans", None),  # one content
    (["추진일자", "추진내용"], "plans", None),
])
def test_own_content_pick_of_a_two_contents_head(head: list[str], section: str | None, pick: int | None) -> None:
    assert own_content_pick(head, section) == pick


@pytest.mark.parametrize("shape", ["cells", "pipes"])
def test_plans_table_with_both_heads_reads_the_plans(shape: str, tmp_path: Path) -> None:
    if shape == "cells":  # one cell a line, as pdftotext prints a table
        body = [*HEAD, *[c for r in ROWS for c in r]]
    else:  # a Markdown pipe table
        body = ["| " + " | ".join(HEAD) + " |", "|---|---|---|", *("| " + " | ".join(r) + " |" for r in ROWS)]
    path = tmp_path / f"plans-{shape}.txt"
    path.write_text(_with_plans(body), encoding="utf-8")
    got = process_file(path).records[0]
    assert [p["text"] for p in got["plans"]] == [r[2] for r in ROWS]
    assert [p["date"]["raw"] for p in got["plans"]] == [r[0] for r in ROWS]
    exp = _plans_expected()
    assert wrong_figures_of(exp, got) == []
    assert shared_score(exp, got) == pytest.approx(1.0)
