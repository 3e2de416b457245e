"""Unseen native-format family cards (session 35): the 11th and 12th seeds of every template family
(samples/families.py, ``family_seeds(fam, 12)[10:12]``) written as PDF, HWPX and HWP and read blind.

Blind: 167 cards a format (81 families, two seeds each, booklets and two-quarter files counted by card),
PDF / HWPX / HWP each mean 1.000, min 0.994, none below 0.97, no wrong figure of 21,597. The one loss, a
class: a status naming the start as still ahead (``착수 준비 중``, haetsal-county 57050) read as under way
(the ongoing rule ``^착수`` took it; no not-started rule named a start being prepared or awaited). After:
every card 1.000, no wrong figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgecard.extract.labels import sections_of
from pledgecard.normalize.status import status_code
from samples.families import FAMILIES

from conftest import expected_scored, family_card


@pytest.mark.parametrize("printed", ["착수 준비 중", "착수준비", "착수 대기 중", "(착수 준비)"])
def test_a_start_still_ahead_is_not_started(printed: str) -> None:
    assert status_code(printed) == "not_started"


@pytest.mark.parametrize("printed", ["착수", "착수 완료", "정상추진 중"])
def test_a_start_made_is_under_way(printed: str) -> None:
    assert status_code(printed) == "ongoing_normal"


def test_every_familys_own_status_words_read_as_their_codes() -> None:
    wrong = [(f.name, code, word, status_code(word)) for f in FAMILIES for code, word in f.status_words
             if status_code(word) != code]
    assert wrong == []


def test_a_card_whose_status_is_a_start_being_prepared(tmp_path: Path) -> None:
    # haetsal-county 57050 (its family's 11th seed): 0.994 before (status_code ongoing_normal), 1.000 after
    path, _ = family_card(tmp_path, "haetsal-county", 57050, "hwpx")
    exp, got, score, wrong = expected_scored(path)
    assert exp["header"]["status"] == "착수 준비 중"
    assert got["header"]["status_code"] == exp["header"]["status_code"] == "not_started"
    assert wrong == []
    assert score >= 1.0


@pytest.mark.parametrize(("heading", "sections"), [
    ("6. 구민 소통 및 홍보", ("outreach",)), ("주민소통 및 홍보 실적", ("outreach",)),
    ("시민소통 실적 및 홍보", ("outreach",)),
    # publicity names nothing alone, nor beside another section, nor beside a word of no section
    ("홍보", ()), ("추진실적 및 홍보", ()), ("사업개요 및 홍보", ()), ("구민소통 및 기타", ()),
    ("향후계획 및 기대효과", ("plans", "effects"))])
def test_publicity_joined_to_the_outreach_names_the_outreach(heading: str, sections: tuple[str, ...]) -> None:
    assert sections_of(heading) == sections


def test_a_card_whose_outreach_heading_joins_publicity_and_tells_one_channel(tmp_path: Path) -> None:
    # hayan-district 71055 (its family's 13th seed; `▣ 6. 구민 소통 및 홍보` over `◦ 자문위원회 2회 등`: one channel, so
    # its lines alone do not tell the outreach): 0.992 before (outreach null), 1.000 after, each native format
    path, _ = family_card(tmp_path, "hayan-district", 71055, "hwpx")
    exp, got, score, wrong = expected_scored(path)
    assert [(x["category"], x["count"]) for x in got["outreach"]["items"]] == [("experts", 2)]
    assert got["outreach"] == exp["outreach"]
    assert wrong == []
    assert score >= 1.0
