"""Session 44, mendl5: mends of what the review of h-leftovers5 found.

1. goal_run_cells.pair_cells split a ``<YYYY> 10개소 8개소`` row into the year's target and actual under any head
   reading [target, actual], a running total (누계실적, 누적실적, 실적(누계)), last year's actual (전년실적) or a
   whole-term target (최종목표) alike: silent wrong figures. Now only under the year's own heads (no running-total,
   other-period or final-target word); else the figures are null with extract.goal_cells_run.
   Measured (review c1 inputs on sarang-city 110007 txt): 5 heads x 2 rows silent wrong -> 0 (null + finding);
   the plain head ``목표 실적`` still reads 10/8 and 12/12.
2. achievement_log_row: an unmarked ``YYYY년 <gap> M월 <gap> words`` line was a log's row anywhere. Now only a
   last cell of words (no figures alone, no as-of word alone) in a log's context (a sibling row of that shape, or a
   log's head / a log row read above it past unmarked lines). Measured (review c4 on hayan-district 12 pdf -layout):
   ``2024년  12월  현재`` heading -> item '현재' and later items' block lost -> the block heading again; a plan
   ``2025년  3월  실시설계 착수 예정`` and ``2024년  9월  12,000  15,000`` -> no item (the base's reading), 2 -> 0;
   the branch's own case (the head line lost, rows after a log row) still read.
3. outreach_channel_proof: counted in 회, every count and the total were nulled where no label passed the channel
   cell rule, ordinary channel labels (언론 인터뷰, 보도자료 제공, 홍보영상 제작, 주민 간담회 참석, 홍보 캠페인, 방송
   인터뷰) among them. Now only where a label is positively a works' too (closing on ``[outreach_doing] works``: 보도
   정비, 보도블록 교체). Measured: review c2 3 outreach, 8 counts + 3 totals lost -> read; c3 mulbit-city 62003 /
   62007 -raw dumps 7 counts + 2 totals lost -> read (= expected); the works in 회 still nulled.
4. outreach_label_split: a doing verb noun (개최, 배포) counted as a loose word and ``기타`` as a label that may have
   taken one: ``계 주민설명회 개최 언론보도 배포 기타`` nulled all three right labels -> read (3 -> 0 nulled).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_wrongtext_43 import _nadeul_outreach, _outreach_and_codes

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.achievement_log_row import log_row_cells, log_rows
from pledgecard.extract.sections.goal_run_cells import pair_cells
from pledgecard.pipeline import process_file

from conftest import family_card

ROOT = Path(__file__).resolve().parents[1]
SARANG = ROOT / "samples/families/sarang-city/sarang-city-110007-txt.txt"

KIND_HEADS = [
    "세부사업 연간목표 누계실적 추진상황",
    "세부사업 목표 누적실적 추진상황",
    "세부사업 목표 실적(누계) 추진상황",
    "세부사업 목표 전년실적 추진상황",
    "세부사업 최종목표 실적 추진상황",
]


@pytest.mark.parametrize("head", KIND_HEADS)
def test_pair_cells_refuses_other_kinds_of_columns(head: str) -> None:
    assert pair_cells("10개소 8개소", head) is None


def test_pair_cells_plain_year_heads_still_split() -> None:
    assert pair_cells("10개소 8개소", "세부사업 목표 실적 추진상황") == ("10개소", "8개소")


def _sarang_goals(table: str) -> tuple[list[dict], set[str]]:
    text = SARANG.read_text(encoding="utf-8")
    a, b = text.index("◆ 4. 연차별 성과목표 및 실적"), text.index("◆ 5.")
    path = Path(tempfile.mkdtemp()) / "card.txt"
    path.write_text(
        text[:a] + "◆ 4. 연차별 성과목표 및 실적\n\n" + table + "\n\n" + text[b:], encoding="utf-8"
    )
    res = process_file(path)
    codes = {f["code"] for p in res.provenance for f in p["findings"]}
    return res.records[0]["goals"], codes


ROWS = "\n\n청년센터 건립\n\n<2024> 10개소 8개소 추진중\n\n<2025> 12개소 12개소 완료"


@pytest.mark.parametrize("head", KIND_HEADS)
def test_card_running_total_pair_no_silent_figures(head: str) -> None:
    """Before: 2024 target 10 actual 8 (a running total / last year / whole-term figure), no finding.
    After: no figure read, extract.goal_cells_run."""
    goals, codes = _sarang_goals(head + ROWS)
    assert [g["year"] for g in goals] == [2024, 2025]
    assert all(g["target_value"] is None and g["actual_value"] is None for g in goals)
    assert "extract.goal_cells_run" in codes


def test_card_plain_pair_reads_figures() -> None:
    goals, _ = _sarang_goals("세부사업 목표 실적 추진상황" + ROWS)
    assert [(g["target_value"], g["actual_value"]) for g in goals] == [(10, 8), (12, 12)]


def _printed(printed: str, marker: str | None = None) -> Line:
    text = " ".join(printed.split())
    return Line(text=text, marker=marker, indent=0, source=Source(line_start=1), printed=printed)


def test_log_row_cells_wants_a_cell_of_words() -> None:
    assert not log_row_cells(_printed(" 2024년       12월      현재"))  # an as-of word alone
    assert not log_row_cells(_printed("  2024년        9월   12,000     15,000"))  # figures alone
    assert log_row_cells(_printed("  2024년        9월   설명회 개최"))


def test_a_lone_dated_line_after_a_heading_is_no_log_row() -> None:
    heading = _printed("2024년 4분기 현재", marker="◉")
    plan = _printed("  2025년        3월   실시설계 착수 예정")
    assert log_rows([heading, plan, _printed("기타 내용", marker="-")]) == set()
    rows = [heading, plan, _printed("  2025년        4월   실시설계 완료")]
    assert log_rows(rows) == {1, 2}  # siblings of one shape: a log
    head = _printed("  연도          월           추진내용")
    assert log_rows([heading, head, plan]) == {2}  # under a log's head


HAYAN_BLOCK = "◉ 2024년 4분기 현재\n"


def _hayan_layout(tmp: Path) -> str:
    src, _ = family_card(tmp, "hayan-district", 12, "pdf")
    out = tmp / "layout.txt"
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(src), str(out)], check=True)
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "new",
    [
        HAYAN_BLOCK + "\n  2025년        3월   실시설계 착수 예정\n",
        HAYAN_BLOCK + "\n  2024년        9월   12,000     15,000\n",
    ],
)
def test_hayan_lone_dated_line_is_no_achievement(tmp_path: Path, new: str) -> None:
    """Before: an achievement '실시설계 착수 예정' (2025-03) / '12,000 15,000' (2024-09). After: none (as the base)."""
    text = _hayan_layout(tmp_path)
    assert HAYAN_BLOCK in text
    path = tmp_path / "card.txt"
    path.write_text(text.replace(HAYAN_BLOCK, new), encoding="utf-8")
    rec = process_file(path).records[0]
    texts = [a["text"] for a in rec["achievements"]]
    assert not any("착수 예정" in t or "12,000" in t for t in texts)


def test_hayan_dated_block_heading_in_cells_stays_a_heading(tmp_path: Path) -> None:
    """Before: an achievement '현재' (2024-12), the block's items filed under the block before. After: the block."""
    text = _hayan_layout(tmp_path)
    path = tmp_path / "card.txt"
    path.write_text(text.replace(HAYAN_BLOCK, " 2024년       12월      현재\n"), encoding="utf-8")
    rec = process_file(path).records[0]
    assert not any(a["text"] == "현재" for a in rec["achievements"])
    row = next(a for a in rec["achievements"] if "연도별 운영 실적" in a["text"])
    assert row["group"] == "2024년 12월 현재"


CHANNELS_IN_TIMES = {
    "media": ("- 언론 인터뷰 3회\n- 보도자료 제공 5회\n- 홍보영상 제작 2회\n- 계 10회\n", [3, 5, 2], 10),
    "meetings": (
        "- 주민 간담회 참석 4회\n- 설명회 자료 배포 2회\n- 홍보 캠페인 1회\n- 계 7회\n",
        [4, 2, 1],
        7,
    ),
    "spaced": ("- 보도 자료 배포 6회\n- 방송 인터뷰 2회\n- 계 8회\n", [6, 2], 8),
}


@pytest.mark.parametrize("name", sorted(CHANNELS_IN_TIMES))
def test_ordinary_channels_in_times_held_keep_counts(tmp_path: Path, name: str) -> None:
    """Before: every count and the total null, extract.channel_unproven. After: read."""
    body, counts, total = CHANNELS_IN_TIMES[name]
    outreach, codes = _outreach_and_codes(_nadeul_outreach(tmp_path, body))
    assert outreach is not None
    assert [it["count"] for it in outreach["items"]] == counts and outreach["total"] == total
    assert "extract.channel_unproven" not in codes


def test_works_in_times_held_still_null(tmp_path: Path) -> None:
    body = "- 보도 정비 2회\n- 보도 신설 1회\n- 계 3회\n"
    outreach, codes = _outreach_and_codes(_nadeul_outreach(tmp_path, body))
    assert outreach is not None and outreach["total"] is None
    assert all(it["count"] is None for it in outreach["items"])
    assert "extract.channel_unproven" in codes


@pytest.mark.parametrize("seed", ["62003", "62007"])
def test_mulbit_raw_dump_outreach_counts(tmp_path: Path, seed: str) -> None:
    """Before: 62003 3 counts + total, 62007 4 counts + total null. After: the expected counts and total."""
    base = ROOT / f"samples/families/mulbit-city/mulbit-city-{seed}-pdf"
    dump = tmp_path / f"{seed}.txt"
    subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", f"{base}.pdf", str(dump)], check=True)
    exp = json.loads(Path(f"{base}.expected.json").read_text(encoding="utf-8"))
    exp = exp[0] if isinstance(exp, list) else exp
    got = process_file(dump).records[0]["outreach"]
    assert [(it["category"], it["count"]) for it in got["items"]] == [
        (it["category"], it["count"]) for it in exp["outreach"]["items"]
    ]
    assert got["total"] == exp["outreach"]["total"]


def test_doing_verbs_and_other_word_are_no_loose_words(tmp_path: Path) -> None:
    """Before: 주민설명회 개최 | 언론보도 배포 | 기타 all null (channel_label_unsplit). After: the three labels."""
    src = (ROOT / "samples/families/maeul-county/maeul-county-43013-txt.txt").read_text(encoding="utf-8")
    old = "계 마을순회 설명회 군민 설문조사 자문단 회의 SNS 홍보 기타\n\n67회 - 2 - 65 -"
    assert old in src
    path = tmp_path / "c.txt"
    path.write_text(src.replace(old, "계 주민설명회 개최 언론보도 배포 기타\n\n6회 2 3 1"), encoding="utf-8")
    res = process_file(path)
    o = res.records[0]["outreach"]
    assert [it["label"] for it in o["items"]] == ["주민설명회 개최", "언론보도 배포", "기타"]
    codes = {f["code"] for p in res.provenance for f in p["findings"]}
    assert "extract.channel_label_unsplit" not in codes
