"""Session 37 (helper menda): review a's silent wrong readings of the handdocs3 and txtgoal rules, mended so a
figure is right or null. Each reproducer is ``samples/handmade/yeoul-metro-6-2.txt`` with one section swapped for
the printed lines below (:func:`_card`); the card's own score and the rules' cards stay pinned in
tests/test_handdocs3_37.py and tests/test_txtgoal_37.py.

The classes pinned:

- outreach as a table of channels with a column of days (``구 분 | 최근 개최일 | 횟 수 | 비 고``, each channel on one
  row): read by outreach_log.from_event_rows as a log, each channel counted 1 by its rows (ch1 1/1/1 for 2/1/-, ch2
  null counts): the rows are counted only where they print no count of times (no ``회``/``건`` cell) and are proven
  events (a channel on two rows, or the day the rows' first column); a table of channels is from_grid's again
  (ch1 2/1/0 total 3, ch2 3/1 total 4);
- a dated log with a count column of its own (``일 자 | 구 분 | 주요내용 | 횟 수 | 참석인원``): each channel read 1 by
  its rows (1/1/1/1 for 2/1/1/-), now the sum of its rows' counts, kept only where the sums make the total
  (log1 2/1/1/0 total 4);
- a goal row whose one bracketed figure of the actual's unit sits at the row's end (``잔여 구간 추가 조성(4개)``, in the
  추진내용 / 비고): made the end of the target (target_value 4, u2), now only where every column after the target gets a
  piece of the row; else the row is unread (goal_spaced_rows._unit_checks);
- a rank in digit groups (``세계 1,000대``, ``세계 500대``): read 1000 / 500 대 with no proof (r1), null again
  (goal_lone_counts: grouped_closing_count taken back, a separator proves no quantity); ``분`` read only as its
  cell's one word (``80분 이내``), never after words (``참여 어르신 1,200분``: people) ([goals_unit_cells] alone);
- a 평가 column of outcome words holding one status word beside the real status column: both lost (s1 null x3), now
  the column all of status words wins (goal_key_cells.status_column: 완료 / 추진중 / 미착수);
- two projects opening with one word under one generic 추진내용 (``공공돌봄 인재양성`` / ``공공돌봄 시설확충``, ``관계기관
  협의 및 예산 확보``): made one project ``공공돌봄`` (p1), now both rows unread (goal_repeated_projects: a project of one
  word needs rows of three year groups; a repeated project reaches only the rows naming it).
"""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file
from pledgecard.extract.sections.goal_key_cells import status_column
from pledgecard.extract.sections.goal_lone_counts import closing_count
from pledgecard.extract.sections.outreach_log import from_event_rows
from pledgecard.extract.sections.outreach_words import category_of

CARD = Path(__file__).resolve().parent.parent / "samples" / "handmade" / "yeoul-metro-6-2.txt"


def _card(tmp_path: Path, heading: str, lines: list[str]) -> dict:
    """The card read with the section under the heading opening with ``heading`` printed as ``lines`` (tabs between
    cells), its other sections as committed."""
    text = CARD.read_text(encoding="utf-8").split("\n")
    at = next(k for k, ln in enumerate(text) if ln.startswith(heading))
    end = next(k for k in range(at + 1, len(text)) if not text[k].strip())
    out = tmp_path / "card.txt"
    out.write_text("\n".join([*text[:at], *lines, *text[end:]]), encoding="utf-8")
    (record,) = extract_file(out)
    return record


def _counts(record: dict) -> tuple[int | None, list[tuple[str, int | None]]]:
    o = record["outreach"]
    return o["total"], [(i["label"], i["count"]) for i in o["items"]]


CH1 = [
    "5. 시민소통 실적",
    "구 분\t최근 개최일\t횟 수\t비 고",
    "주민간담회\t’25. 5. 20.\t2회\t추자·우도",
    "전문가 자문\t’25. 4. 3.\t1회\t-",
    "만족도조사\t’25. 7. 8.\t-\t하반기 예정",
    "계\t\t3회\t",
]
LOG1 = [
    "5. 시민소통 실적",
    "일 자\t구 분\t주요내용\t횟 수\t참석인원",
    "’25. 2. 12.\t주민간담회\t1·2차 주민간담회\t2회\t60명",
    "’25. 4. 3.\t전문가 자문\t안전기준 자문\t1회\t6명",
    "’25. 7. 8.\t만족도조사\t이용자 설문\t1회\t120명",
    "’25. 12.\t언론보도\t결과 보도(예정)\t-\t-",
    "계\t\t\t4회\t186명",
]


def test_a_table_of_channels_with_a_day_column_reads_its_printed_counts(tmp_path: Path) -> None:
    assert _counts(_card(tmp_path, "5. 시민소통", CH1)) == (
        3,
        [("주민간담회", 2), ("전문가 자문", 1), ("만족도조사", 0)],
    )
    ch2 = [*CH1[:2], "주민간담회\t’25. 5. 20.\t3회\t추자·우도", CH1[3], "계\t\t4회\t"]
    assert _counts(_card(tmp_path, "5. 시민소통", ch2)) == (4, [("주민간담회", 3), ("전문가 자문", 1)])


def test_a_dated_log_with_a_count_column_sums_its_rows_counts(tmp_path: Path) -> None:
    assert _counts(_card(tmp_path, "5. 시민소통", LOG1)) == (
        4,
        [("주민간담회", 2), ("전문가 자문", 1), ("만족도조사", 1), ("언론보도", 0)],
    )


def _grid(lines: list[str]) -> list[list[str]]:
    return [ln.split("\t") for ln in lines[1:]]


def test_event_rows_are_counted_only_where_they_print_no_count_and_are_events() -> None:
    # a table of channels (each once, the channel first): no log, from_grid's turn
    assert from_event_rows(_grid(CH1), category_of) is None
    # the log's counts not making its total: no reading (never the rows counted)
    assert from_event_rows([*_grid(LOG1)[:-1], ["계", "", "", "5회", "186명"]], category_of) is None
    got = from_event_rows(_grid(LOG1), category_of)
    assert got is not None and [i["count"] for i in got["items"]] == [2, 1, 1, 0]
    # a count of times in a cell of a column not all counts: rows are no proof of the events
    log = [
        ["일 자", "구 분", "주요내용"],
        ["’25. 2. 12.", "주민간담회", "2회"],
        ["’25. 4. 3.", "주민간담회", "설명"],
    ]
    assert from_event_rows([*log, ["계", "", "2회"]], category_of) is None
    # the same rows printing no count: two events of one channel, the total proving them
    log[1][2] = "개최"
    got = from_event_rows([*log, ["계", "", "2회"]], category_of)
    assert got is not None and [(i["label"], i["count"]) for i in got["items"]] == [("주민간담회", 2)]


GOALS = "4. 목표달성"


def test_a_rank_in_digit_groups_reads_no_figure(tmp_path: Path) -> None:
    rows = [
        "대학 경쟁력 강화\t2025\t세계 1,000대\t-\t추진중",
        "대학 경쟁력 강화\t2026\t세계 500대\t-\t미착수",
        "대학 경쟁력 강화\t2027\t세계 100대\t-\t미착수",
    ]
    record = _card(tmp_path, GOALS, [GOALS, "구 분\t연 도\t목 표\t실 적\t비 고", *rows])
    assert [(g["target"], g["target_value"]) for g in record["goals"]] == [
        ("세계 1,000대", None),
        ("세계 500대", None),
        ("세계 100대", None),
    ]


def test_minutes_are_read_only_as_the_cells_one_word() -> None:
    assert closing_count("80분 이내", "분") == 80
    assert closing_count("참여 어르신 1,200분", "분") is None  # the honorific counter of people
    assert closing_count("시범 2대", "대") == 2  # other counters as before


def test_a_column_of_status_words_wins_over_a_column_of_outcome_words(tmp_path: Path) -> None:
    rows = [
        "생태하천 복원\t2024\t공정률 30%\t공정률 35%\t완료\t달성",
        "생태하천 복원\t2025\t공정률 100%\t공정률 70%\t추진중\t미달성",
        "생태하천 복원\t2026\t3곳 준공\t-\t미착수\t추진중",
    ]
    record = _card(tmp_path, GOALS, [GOALS, "구 분\t연 도\t목 표\t실 적\t비 고\t평 가", *rows])
    assert [g["status"] for g in record["goals"]] == ["완료", "추진중", "미착수"]
    cells = [r.split("\t") for r in rows]
    assert status_column(cells, {0, 1, 2, 3}) == 4
    assert status_column([r[:4] + r[5:] for r in cells], {0, 1, 2, 3}) == 4  # the outcome column alone: it


def test_a_bracketed_figure_at_the_rows_end_is_no_targets_proof(tmp_path: Path) -> None:
    row = "2025 숲길 정비 추진중 21개 쉼터 설치 잔여 구간 추가 조성(4개)"
    record = _card(tmp_path, GOALS, [GOALS, "연도 세부사업 추진상황 실적 목표 추진내용 비고", row])
    # no way leaves the 추진내용 and the 비고 a piece each: unread, never target 4
    assert record["goals"] == []
    assert [u["text"] for u in record["unparsed"] if u["section"] == "목표달성"] == [row]


def test_two_projects_sharing_a_generic_detail_are_not_one(tmp_path: Path) -> None:
    rows = [
        "2023년",
        "공공돌봄 인재양성 착공 관계기관 협의 추진중 관계기관 협의 및 예산 확보",
        "2024년",
        "공공돌봄 시설확충 기본계획 수립 - 미착수 관계기관 협의 및 예산 확보",
    ]
    record = _card(tmp_path, GOALS, [GOALS, "주요사업 목표 실적 추진상황 추진내용", *rows])
    assert [g["project"] for g in record["goals"]] == []  # never 공공돌봄 for either
    assert [u["text"] for u in record["unparsed"] if u["section"] == "목표달성"] == [rows[1], rows[3]]
