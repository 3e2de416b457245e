"""Session 32 (goals3), goal tables whose project and target columns pdftotext's default mode prints line by line
across both (extract/sections/goal_pieces_merged.py): the 세부사업 cell spanning the rows printed a line between
the targets' wrapped lines (``이차전지 교육생`` / ``이차전지 인`` / ``양성(15명)`` / ``재양성`` / ``이차전지 협약 체`` /
``결(10건)``), the head of the target / actual / rate / status columns and each row's figures after them. Read only
where one reading fits: one line pitch (at most one line of the other column between two lines of a cell), every
cell wrapped as its column wraps, the project without a figure, every row with figures proven by its rate.

Measured (pdftotext's default mode): yeonbit-county 73002 0.956 (goals 0/14) -> 0.994 (goals 12/14: the 추진내용
cell printed once under both rows is left unread, whose rows it is not being printed), 73043 0.937 (goals 0/14)
-> 0.987 (goals 12/14), 0 -> 0 wrong figures; the other 38 yeonbit-county (73001-73080) and 40 mulbit-city
(62001-62151) pdftotext cards of samples.generate --count 40 measured unchanged, 0 wrong; maru-county pdf2txt 19001 / 19004 / 19009 / 19010 / 19017 unchanged (0.784, 0.697,
0.820, 0.802, 0.796), 0 wrong: their year groups' one-row boxes admit two readings (a three-line project beside
a one-line target keeps the pitch too), left unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.sections.goal_pieces_merged import (
    column_wraps,
    merged_pieces_rows,
    merged_readings,
    pitch_fits,
)

from conftest import family_card, pdftotext_scored

_PIECES = ["이차전지 교육생", "이차전지 인", "양성(15명)", "재양성", "이차전지 협약 체", "결(10건)"]
_FIGURES = [("17명", "113%"), ("-", "-")]
# yeonbit-county 73002 as pdftotext prints its goal table, as the goals section hands it over
_TABLE = [
    "연도",
    "2023",
    "2024",
    "세부사업",
    *_PIECES,
    "추진내용",
    "지원센터 운영 및",
    "교육생 지원",
    "목표",
    "실적",
    "달성률",
    "추진상황",
    "17명",
    "113%",
    "완료",
    "-",
    "-",
    "미착수",
]


def test_the_pieces_read_one_way_only() -> None:
    assert merged_readings(_PIECES, _FIGURES) == [
        (["이차전지 인", "재양성"], [["이차전지 교육생", "양성(15명)"], ["이차전지 협약 체", "결(10건)"]])
    ]


def test_the_table_reads_its_rows_and_leaves_the_detail() -> None:
    got = merged_pieces_rows(_TABLE, "이차전지 협약 체결")
    assert got is not None
    rows, unread = got
    assert [(r.year, r.target, r.actual, r.status) for r in rows] == [
        (2023, "이차전지 교육생 양성(15명)", "17명", "완료"),
        (2024, "이차전지 협약 체결(10건)", None, "미착수"),
    ]
    assert {r.project for r in rows} == {"이차전지 인 재양성"}  # no word of the card proves 인재양성 one word
    assert [_TABLE[k] for k in unread] == ["지원센터 운영 및", "교육생 지원"]  # one cell or two: not printed


def test_pitch_and_width() -> None:
    assert pitch_fits([[1, 3], [0, 2], [4, 5]])
    assert not pitch_fits([[0, 3]])  # two lines of the other column between two of one cell's
    assert column_wraps([["이차전지 교육생", "양성(15명)"], ["이차전지 협약 체", "결(10건)"]])
    assert not column_wraps(
        [["양성(15명)", "재양성"], ["이차전지 협약 체", "결(10건)"]]
    )  # a line short of the column


@pytest.mark.parametrize(
    ("pieces", "figures"),
    [
        (_PIECES, [("17명", "150%"), ("-", "-")]),  # the rate is not the actual over any target's figure
        (
            ["친환경농업 인", "친환경농업 협", "재양성", "약 체결(15건)"],
            [("14건", "93%")],
        ),  # one row: a three-line
        # project beside a one-line target keeps the pitch as well as two lines beside two
        (
            _PIECES,
            _FIGURES[::-1],
        ),  # the figures of another row: the second target's count does not give the rate
    ],
)
def test_boxes_more_than_one_reading_fits_or_none_are_left(
    pieces: list[str], figures: list[tuple[str, str]]
) -> None:
    assert len(merged_readings(pieces, figures)) != 1


def test_a_table_of_other_counts_is_left() -> None:
    assert merged_pieces_rows([*_TABLE[:-3]]) is None  # one row's figures missing
    assert merged_pieces_rows(["연도", "2023", *_TABLE[3:]]) is None  # one year for two rows' figures


PINNED_32C = {
    # (family, seed, dump): (score reached, before -> after)
    ("yeonbit-county", 73002, "pdftotext"): (0.99, "0.956 (goals 0/14) -> 0.994 (goals 12/14)"),
    ("yeonbit-county", 73043, "pdftotext"): (0.98, "0.937 (goals 0/14) -> 0.987 (goals 12/14)"),
}


@pytest.mark.parametrize(("family", "seed", "kind"), sorted(PINNED_32C))
def test_unseen_cards_goal_columns_printed_across(family: str, seed: int, kind: str, tmp_path: Path) -> None:
    floor, _why = PINNED_32C[(family, seed, kind)]
    pdf, _ = family_card(tmp_path, family, seed, "pdf")
    exp, rec, score, wrong = pdftotext_scored(pdf, tmp_path)
    assert wrong == []
    assert len(rec["goals"]) == len(exp["goals"]) and all(g["project"] for g in rec["goals"])
    assert score >= floor
