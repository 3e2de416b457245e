"""Session 43, task mendwt: the review of h-wrongtext (merged into main) found wrong texts and lost facts.

1. outreach_sentences._listed_before glued any comma-ended clause naming a channel onto the next count's label, its
   category the clause's (``주민간담회 수시 개최, 언론·방송 87회`` -> meetings 87): only a bare list of channel names
   of the count's own category is joined now.
2. outreach_channel_proof took everyday channel labels with a verb noun of doing them (``보도자료 배포 12건``,
   ``주민설명회 개최 3건``) for a works log: every count and the total nulled. A channel's name and then a verb noun
   of doing it (vocabulary ``[outreach_doing]``) is a channel's cell.
3. header_value_end cut a value at a conjunction or a job title between two values (``3-12 및 3-13`` -> ``3-12``;
   ``홍길동 주무관 김영희`` -> ``홍길동``): neither is a label; the value stays whole as printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_wrongtext_43 import _nadeul_outreach

from pledgecard.extract.document import Source
from pledgecard.extract.layout import Line
from pledgecard.extract.sections.header import HEADER_FIELDS
from pledgecard.extract.sections.header_fields import put_pairs
from pledgecard.extract.sections.header_value_end import value_end
from pledgecard.extract.sections.outreach_channel_proof import unproven_items
from pledgecard.extract.sections.outreach_sentences import from_sentences
from pledgecard.pipeline import process_file


def _items(text: str) -> list[tuple[str, str, int]] | None:
    o = from_sentences([Line(text=text, marker="◦", indent=0, source=None)])
    return o and [(i["label"], i["category"], i["count"]) for i in o["items"]]


# ---- 1. a clause naming a channel before another channel's count is no list counted together


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # review c1 (bitgaram 103004 reworded): branch [('주민간담회 수시 개최, 언론·방송', 'meetings', 87), ...]
        (
            "주민간담회 수시 개최, 언론·방송 87회, 기타 4회",
            [("언론·방송", "media", 87), ("기타", "other", 4)],
        ),
        # branch ('주민간담회 개최, 언론보도', 'meetings', 5) -> base's reading
        ("주민간담회 개최, 언론보도 5회", [("언론보도", "media", 5)]),
        ("설명회 수시 개최, SNS 홍보 12회", [("SNS 홍보", "media", 12)]),
        # a colon heading before the list: branch '홍보 채널: 언론, 방송' -> base's '방송'
        ("홍보 채널: 언론, 방송 153회", [("방송", "media", 153)]),
        ("주민설명회 및 간담회 추진, 언론보도 5회 등 총 5회", [("언론보도", "media", 5)]),
        # branch ('및 SNS 홍보 상시, 주민설명회', 'meetings', 3) -> base's '주민설명회'
        (
            "언론보도 5회 및 SNS 홍보 상시, 주민설명회 3회",
            [("언론보도", "media", 5), ("주민설명회", "meetings", 3)],
        ),
        # channels of two categories listed before one count: not joined (the joined label's category unproven)
        ("간담회, 언론보도 5회", [("언론보도", "media", 5)]),
        # a bare list of one category's channels stays joined (the wrongtext fix)
        ("간담회, 공청회 등 2회", [("간담회, 공청회 등", "meetings", 2)]),
        ("언론, 방송 153회", [("언론, 방송", "media", 153)]),
    ],
)
def test_only_a_bare_list_of_one_categorys_channels_joins_the_counts_label(text: str, items: Any) -> None:
    assert _items(text) == items


# ---- 2. a channel's name and a verb noun of doing it is a channel's cell


@pytest.mark.parametrize(
    ("body", "counts", "total"),
    [
        # review c2-2: branch counts None/None/None total None + extract.channel_unproven -> 3/2/5 total 10 (base)
        ("- 주민설명회 개최 3건\n- 간담회 개최 2건\n- 언론보도 5건\n- 계 10건\n", [3, 2, 5], 10),
        # review c2-1: branch all null -> 12/30/2 total 44 (base)
        ("- 보도자료 배포 12건\n- 홍보물 배부 30건\n- 주민간담회 2건\n- 계 44건\n", [12, 30, 2], 44),
    ],
)
def test_channels_printed_with_a_verb_noun_keep_their_counts(
    tmp_path: Path, body: str, counts: list[int], total: int
) -> None:
    res = process_file(_nadeul_outreach(tmp_path, body))
    o = res.records[0]["outreach"]
    assert o is not None and [it["count"] for it in o["items"]] == counts and o["total"] == total, o
    assert "extract.channel_unproven" not in {f["code"] for p in res.provenance for f in p["findings"]}


def test_a_works_log_still_counts_no_channel(tmp_path: Path) -> None:
    """review c2-0, the author's works log: null with the finding, as on the branch."""
    res = process_file(
        _nadeul_outreach(
            tmp_path, "- 보도 정비 2건 (중앙로 보도블록 교체)\n- 보도 신설 1건 (학교 앞)\n- 계 3건\n"
        )
    )
    o = res.records[0]["outreach"]
    assert o is not None and o["total"] is None and all(it["count"] is None for it in o["items"])
    assert "extract.channel_unproven" in {f["code"] for p in res.provenance for f in p["findings"]}


@pytest.mark.parametrize(
    ("labels", "bad"),
    [
        (["보도자료 배포", "홍보물 배부", "SNS 게시"], []),
        (["주민설명회 개최", "설문조사 실시", "방송 출연", "카드뉴스 제작"], []),
        (["보도 정비", "보도 신설"], [0, 1]),  # a works log's verb nouns (정비, 신설) are none
        (["보도블록 교체", "학교 앞 보도 설치"], [0, 1]),
        (["SNS 정비", "개최"], [0, 1]),  # a thing with no verb of doing it; a verb noun alone
    ],
)
def test_unproven_items_with_verb_nouns(labels: list[str], bad: list[int]) -> None:
    outreach: Any = {
        "unit": "건",
        "total": None,
        "items": [{"label": x, "category": None, "count": 1, "note": None} for x in labels],
    }
    assert unproven_items(outreach) == bad


# ---- 3. a conjunction or a job title between two values is no label


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("mgmt_no", "3-12 및 3-13"),  # branch '3-12', '및 3-13' unread -> whole as printed (base)
        ("mgmt_no", "1-5 및 1-5-1"),  # review c3, olbit-city seed 3 no_format '{no} 및 {no}-1'
        ("contact_name", "홍길동 주무관 김영희"),  # branch '홍길동' -> whole (base)
        ("contact_phone", "055-123-4567 또는 055-123-4568"),  # branch '055-123-4567' -> whole (base)
    ],
)
def test_two_values_joined_stay_whole(field: str, value: str) -> None:
    assert value_end(field, value) is None
    h: dict[str, Any] = dict.fromkeys(HEADER_FIELDS)
    h["coop_depts"] = []
    put_pairs(h, {}, [], [(field, value, Source())])
    assert h[field] == value


def test_an_unknown_labels_pair_is_still_cut() -> None:
    """The wrongtext fix kept: 도-2-46 연번 22 -> 도-2-46."""
    assert value_end("mgmt_no", "도-2-46 연번 22") == ("도-2-46", "연번 22")
