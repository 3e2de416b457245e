"""Text-dump leftovers of the sweep of the seventy-three families (session 26, seeds 3690-3739 in the text dump;
the cards are pinned in tests/test_crossbreed.py SEEDS_73 and tests/test_mutate_tables.py PINNED_73), on small
inputs:

- a transposed funding table whose zero cells print blank, one space apart: the spaces closing a row are its last
  cells where they make it exactly the head's width (``2026년 0    `` under five heads; mutant 3718 txt:
  ``funding_spaced.with_blanks``), the sums still proving the table.
- a header status printing two different statuses side by side (``부진 추진중(부진)``) on a dump whose card names no
  strikeout: no one status, left null with a finding naming both (crossbred 3712 txt: ``extract.status_twice``).
"""

from __future__ import annotations


def test_the_spaces_closing_a_row_are_its_blank_cells_where_they_make_the_heads_width() -> None:
    from pledgecard.extract.sections.funding_spaced import with_blanks

    assert with_blanks("2026년 0    ", ["0"], 5) == ["0", "", "", "", ""]
    assert with_blanks("2025년 409,718 409,718   ", ["409,718", "409,718"], 5) == ["409,718", "409,718", "", "", ""]
    assert with_blanks("2023년 560,802    560,802", ["560,802", "560,802"], 5) == ["560,802", "", "", "", "560,802"]
    # spaces that would make the row wider than the head, or no width told: no cells
    assert with_blanks("2026년 0      ", ["0"], 5) == ["0"]
    assert with_blanks("2026년 0    ", ["0"]) == ["0"]


def test_a_transposed_table_of_blank_zero_cells_reads_where_the_sums_prove_it() -> None:
    """Mutant 3718 (txt): sources stacked a head cell a line, rows printing their zero cells blank, a row of one
    printed zero (``2026년 0``) and rows whose blanks close the line: the table was left null (0.879)."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.funding_transposed import transposed_grid_from_lines

    def line(printed: str) -> Line:
        return Line(text=" ".join(printed.split()), marker=None, indent=0, source=Source(), printed=printed)

    head = [line(t) for t in ("구분", "합계", "국비", "시비", "구비", "기타")]
    body = ["계 1,100 300 300 0 500", "2023년 500    500", "2024년 300 300   ", "2025년 0    ",
            "2026년 300  300  "]
    assert transposed_grid_from_lines(head + [line(t) for t in body]) == [
        ["", "합계", "국비", "시비", "구비", "기타"], ["계", "1100", "300", "300", "0", "500"],
        ["2023년", "500", "0", "0", "0", "500"], ["2024년", "300", "300", "0", "0", "0"],
        ["2025년", "0", "0", "0", "0", "0"], ["2026년", "300", "0", "300", "0", "0"]]
    # the same rows with their closing spaces lost: the one printed zero no sum can place, the table unread
    lost = [line(t.rstrip()) for t in body]
    assert transposed_grid_from_lines(head + lost) == []


def test_a_status_printing_two_different_statuses_is_no_one_status() -> None:
    """Crossbred 3712 (txt): dasi-county's header crossbred without its strike legend prints ``부진 추진중(부진)``,
    the superseded status beside the one in force: read whole as the status."""
    from pledgecard.extract.status_twice import settle_two_statuses, statuses
    from tests.conftest import make_line

    assert statuses("부진 추진중(부진)") == ["부진", "추진중(부진)"]
    assert statuses("추진중 정상추진") == ["추진중", "정상추진"]
    # one status: a status qualified by its bracket, spaced or not; words no status word; a status twice
    for one in ("추진중(부진)", "추진중 (지연)", "지연(95%)", "일부 지연", "정상 추진", "계속 추진", "완료 완료"):
        assert len(statuses(one)) <= 1, one
    header = {"status": "부진 추진중(부진)", "status_code": "ongoing_delayed"}
    (finding,) = settle_two_statuses(header, [make_line("실천목표 중장기 추진 추진상태 부진 추진중(부진)")], "txt")
    assert header == {"status": None, "status_code": None}
    assert finding["code"] == "extract.markup_lost" and "부진 / 추진중(부진)" in finding["message"]
    kept = {"status": "부진 추진중(부진)"}
    assert settle_two_statuses(kept, [], "pdf") == [] and kept["status"] == "부진 추진중(부진)"


def test_every_status_the_samples_print_stays_one_status() -> None:
    """The header statuses of every committed sample's expected record: each one status (none left null)."""
    import json
    from pathlib import Path

    from pledgecard.extract.status_twice import statuses

    root = Path(__file__).resolve().parents[1] / "samples"
    seen = set()
    for path in root.rglob("*.expected.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for rec in data if isinstance(data, list) else [data]:
            status = ((rec or {}).get("header") or {}).get("status") if isinstance(rec, dict) else None
            if isinstance(status, str):
                seen.add(status)
    assert len(seen) >= 20
    assert [s for s in sorted(seen) if len(statuses(s)) > 1] == []
