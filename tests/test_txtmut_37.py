"""Session 37's text-dump sweep (mutated seeds 4670-4729 and crossbred seeds 6463-6502, drawn from
``FAMILIES[:81]``, as text dumps): the classes fixed, each on small inputs and on the drawn card that showed it.

- A department label whose value cell prints its levels' sub-heads (``소관부서 실·국 과 팀``) over a level's cell
  holding two words (``경제산업국 농업기술센터 기술보급과 농업지원팀``: four words under three heads): the line was
  refused, the tier stayed waiting past the next labels and took the 협조부서's departments as the lead
  department's levels, the 협조부서 taking a later unlabelled line (``추진단계 계획수립 …``) - a wrong value.
  Now the sub-heads' values are the first line under them (a labelled line ends the wait) and, where no other
  label waits, a line of department words only is the whole department however many levels it fills
  (crossbreed 6498: header 0.8 -> 1.0).
- A bulleted item wrapped onto a line closing on its date, the rows of a funding table printed just above (in the
  previous section): the rows' run-together cells were taken for the width the text wraps at, so the item's full
  first line looked short, its rest an item of its own (mutant 4693: two achievements read as four).
- Goal rows one space apart under a head ``주요사업 달성률 실적 추진상황 목표 추진내용``: the target's bracketed figure of
  the actual's unit (``양성(30명)``) ends the target where a figure rate is printed too (the rate proves the figure,
  not where the cell ends): the row fitted several ways, left unread (mutants 4729 0.907 -> 1.0, 4728 0.941 -> 1.0).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.extract.document import Paragraph
from pledgecard.extract.sections.goal_spaced_rows import spaced_rows
from pledgecard.extract.sections.header_table import Tiers
from pledgecard.extract.textjoin import join_broken_lines


def _p(text: str, marker: str | None = None) -> Paragraph:
    return Paragraph(text=text, marker=marker)


def test_a_level_cell_of_two_words_fills_the_department_where_no_other_label_waits() -> None:
    t = Tiers("lead_dept", 3, open=False)
    assert t.take("경제산업국 농업기술센터 기술보급과 농업지원팀", whole=True)
    assert t.values == ["경제산업국", "농업기술센터", "기술보급과", "농업지원팀"] and len(t.values) == t.heads
    # another label waiting: the line may hold its value too, so the words past the heads are not the department's
    assert not Tiers("lead_dept", 3, open=False).take("경제산업국 농업기술센터 기술보급과 농업지원팀")
    # a word no department's, or a line after part of the levels was read: refused as before
    assert not Tiers("lead_dept", 3, open=False).take("경제산업국 기술보급과 농업지원팀 길동재", whole=True)
    part = Tiers("lead_dept", 3, open=False)
    assert part.take("경제산업국", whole=True) and not part.take(
        "농업기술센터 기술보급과 농업지원팀", whole=True
    )
    # as many words as heads (or fewer, one level a line): as before
    assert Tiers("lead_dept", 3).take("복지국 노인복지과 경로팀")


def _header(tmp_path: Path, lines: list[str]) -> dict:
    from pledgecard import extract_file

    body = [
        "가람시 시장 공약사업 관리카드",
        "작성기준",
        "2024년 2분기 현재",
        "관리번호 Ⅱ-3 공약사업명 청년 창업 지원 확대",
        *lines,
        "이행목표",
        "임기 내 완료",
        "추진단계 계획수립 예산확보 설계 착공 준공",
        "이행상황 정상추진",
        "1. 사업 개요",
        "○ 사업기간 : 2023. 3. ~ 2027. 12.",
        "○ 주요내용",
        "- 청년 창업공간 10개소 조성",
    ]
    f = tmp_path / "card.txt"
    f.write_text("\n\n".join(body) + "\n", encoding="utf-8")
    (rec,) = extract_file(f)
    return rec["header"]


def test_the_sub_heads_values_never_come_from_under_a_later_label(tmp_path: Path) -> None:
    """The department's line under its sub-heads: read whole; the 협조부서's lines stay the 협조부서's."""
    got = _header(
        tmp_path,
        [
            "소관부서 실·국 과 팀 담당자 주무관 김하늘 (내선 1234)",
            "경제산업국 농업기술센터 기술보급과 농업지원팀",
            "협조부서",
            "기획예산과",
            "투자유치과",
        ],
    )
    assert got["lead_dept"] == "경제산업국 농업기술센터 기술보급과 농업지원팀"
    assert got["coop_depts"] == ["기획예산과", "투자유치과"]
    # the department's line not printed: no lead department, and the 협조부서's departments not taken for one
    got = _header(
        tmp_path,
        ["소관부서 실·국 과 팀 담당자 주무관 김하늘 (내선 1234)", "협조부서", "기획예산과", "투자유치과"],
    )
    assert got["lead_dept"] is None
    assert got["coop_depts"] == ["기획예산과", "투자유치과"]


def test_a_funding_tables_rows_set_no_width_for_the_items_after_them() -> None:
    rows = [
        _p(f"{s} 5,785,468 4,269,589 1,515,879 221,910 1,759,690 2,287,989 1,000,000")
        for s in ("합 계", "국 비", "도 비")
    ]
    item = "자원순환 시범마을 지정, 추진 과정에서 제기된 안전·환경 관련 요구사항을"
    paras = [
        *rows,
        _p("추진 실적", "◂"),
        _p(item, "✱"),
        _p("검토하여 설계 및 운영계획에 단계적으로 반영 : '18. 9. 19."),
        _p("신규 참여기업 협약(계약인원 34명) : '21. 2학기", "✱"),
    ]
    got = [p.text for p in join_broken_lines(paras)]
    assert f"{item} 검토하여 설계 및 운영계획에 단계적으로 반영 : '18. 9. 19." in got
    # a short first line still did not wrap: its dated line under it stays a line of its own
    short = [
        *rows,
        _p("추진 실적", "◂"),
        _p("시범마을 지정", "✱"),
        _p("설계 반영 : '18. 9. 19."),
        _p("신규 참여기업 협약(계약인원 34명) : '21. 2학기", "✱"),
    ]
    assert "설계 반영 : '18. 9. 19." in [p.text for p in join_broken_lines(short)]


def _card(kind: str, seed: int, tmp_path: Path) -> dict:
    from samples.crossbreed import crossbreed
    from samples.families import FAMILIES
    from samples.mutate import mutate
    from samples.style_sweep import run_family

    fam, card_seed = (crossbreed if kind == "cross" else mutate)(seed, FAMILIES[:81])
    (r,) = run_family(fam, card_seed, ("txt",), tmp_path, {})
    assert "error" not in r, r.get("error")
    return r


def test_crossbreed_6498_reads_its_departments(tmp_path: Path) -> None:
    r = _card("cross", 6498, tmp_path)
    assert r["wrong"] == [] and "header" not in r["low_groups"], (r["score"], r["misses"])
    assert r["score"] >= 0.947


def test_mutant_4693_joins_its_wrapped_achievements(tmp_path: Path) -> None:
    r = _card("mutant", 4693, tmp_path)
    assert r["wrong"] == [] and not any(m.startswith("achievements") for m in r["misses"]), r["misses"]
    assert r["score"] >= 0.9


def test_a_bracketed_figure_of_the_actuals_unit_ends_the_target_beside_a_rate() -> None:
    lines = [
        "주요사업 달성률 실적 추진상황 목표 추진내용",
        "<2025>",
        "청년 인재양성 107% 32명 완료 청년 교육생 양성(30명) 임대형 창업공간 운영 및 교육생 지원",
        "창업공간 조성 150% 45명 추진중 창업 기업 지원(30개) 입주기업 지원",
    ]
    got = spaced_rows(lines, [], [2, 3], frozenset(lines))
    assert [(r.project, r.year, r.target, r.actual, r.status, r.detail) for r in got] == [
        (
            "청년 인재양성",
            2025,
            "청년 교육생 양성(30명)",
            "32명",
            "완료",
            "임대형 창업공간 운영 및 교육생 지원",
        )
    ]
    # the second row: its bracketed figure not of the actual's unit (개 beside 명), nothing ends its target: unread
    # a rate that disagrees: unread as before
    bad = [lines[0], lines[1], lines[2].replace("107%", "90%")]
    assert spaced_rows(bad, [], [2], frozenset(bad)) == []


def test_mutants_4728_and_4729_read_their_goal_rows(tmp_path: Path) -> None:
    for seed in (4728, 4729):
        r = _card("mutant", seed, tmp_path / str(seed))
        assert r["wrong"] == [] and r["score"] == 1.0, (seed, r["score"], r["misses"])
