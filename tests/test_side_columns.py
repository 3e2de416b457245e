"""A table telling the achievements and the plans side by side (그간 추진실적 | 향후 추진계획), printed flat by a text
dump (extract/side_columns.py): each row's left cell (a block under its reporting point), then its right cell (the
plans beside it). A block's closing run of items, one marker, each dated after the latest reporting point the
left column prints, is the right cell's: the plans. neulpum-district's text dumps (committed 0.987; unseen seeds
66052 / 66054 / 66057 / 66061): the plans were read as achievements, or as the [주민 소통] note's."""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.card_sections import split_sections
from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.markers import split_marker

from conftest import committed_records


def _line(text: str) -> Line:
    marker, rest = split_marker(text)
    return Line(text=rest, marker=marker, indent=0, source=Source())


def _sections(*texts: str) -> dict[str | None, list[str]]:
    return {s.name: [it.full_text for it in s.items] for s in split_sections([_line(t) for t in texts])}  # type: ignore[union-attr]


HEAD = ("▦ 4. 추진실적 및 향후계획", "그간 추진실적 향후 추진계획")
BLOCK = (
    "〔기 추진실적〕 '24. 4분기 기준 누계",
    "❑ 자문회의 개최(총 5회) : '23. 6월",
    "❑ 세부 추진실적",
    "↳ 공모사업 최종 선정 : 2023년 1학기",
)
PLAN = "❑ 국비 확보 건의 : 2026년 1분기"
LAST = ("〔2025년 1분기 현재〕", "❑ 아카데미 운영 : '25.3월")


def test_a_blocks_closing_run_dated_after_the_latest_point_is_the_plans() -> None:
    got = _sections(
        *HEAD, *BLOCK, PLAN, *LAST, "❑ 활성화 방안 마련 : '26. 1학기", "▦ 5. 기대효과", "❑ 지역경제 활성화"
    )
    assert got["plans"] == [PLAN, "❑ 활성화 방안 마련 : '26. 1학기"]
    assert got["achievements"] == [*BLOCK, *LAST]
    # a sub-heading of another shape in the left cell ([주민 소통]): its section's closing run too
    got = _sections(
        *HEAD, *BLOCK, "[주민 소통]", "※ 주민간담회 3회", PLAN, "▦ 5. 기대효과", "❑ 지역경제 활성화"
    )
    assert got["plans"] == [PLAN] and got["outreach"] == ["※ 주민간담회 3회"]


def test_lines_the_dates_do_not_prove_stay_the_left_columns() -> None:
    # dated before the latest point (an achievement of the later block), undated, or under no reporting point
    for last in ("❑ 국비 확보 건의 : 2025년 2월", "❑ 국비 확보 건의"):
        got = _sections(*HEAD, *BLOCK, last, *LAST)
        assert got["plans"] == [] and got["achievements"] == [*BLOCK, last, *LAST]
    got = _sections(*HEAD, *BLOCK[1:], PLAN)
    assert got["plans"] == [] and got["achievements"][-1] == PLAN
    # an item under it closes the block: the run is the block's own
    got = _sections(*HEAD, *BLOCK, PLAN, "↳ 건의 3회", *LAST)
    assert got["plans"] == []


def test_the_committed_dumps_read_their_plans() -> None:
    from pledgecard.scoring import load_records

    for path in sorted(
        (Path(__file__).resolve().parents[1] / "samples" / "families" / "neulpum-district").glob("*-txt.txt")
    ):
        (exp,) = load_records(path.with_name(path.stem + ".expected.json"))
        (got,) = committed_records(path)
        assert [(p["text"], p["date"]) for p in got["plans"]] == [
            (p["text"], p["date"]) for p in exp["plans"]
        ]
        assert [a["text"] for a in got["achievements"]] == [a["text"] for a in exp["achievements"]]
