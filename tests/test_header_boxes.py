"""A header's labels and values printed as two boxes among a later section's lines (boram-city's pdf2txt dump:
the header table's right-hand pairs printed after the overview's first line), moved to the header where the dump
proves them one run of labels and as many values (extract/sections/header_boxes.py)."""

from __future__ import annotations

from pathlib import Path

from pledgecard import extract_file

HEAD = [
    "보람시 민선8기 공약사업 상세조회",
    "공약사업명",
    "관광 명소화 사업 추진",
    "담당부서",
    "연락처",
    "관광진흥과",
    "044-347-2399",
    "▶ 사업개요",
    "• 사업기간 : 2018-07 ~ 2023-02",
]
TAIL = ["• 총사업비 : 10,400천원(국비 4,000, 도비 6,400)"]
LABELS = ["공약번호", "담당자", "추진상태"]


def _card(tmp_path: Path, *lines: str) -> dict:
    path = tmp_path / "card.txt"
    path.write_text("\n\n".join([*HEAD, *lines, *TAIL]) + "\n", encoding="utf-8")
    [rec] = extract_file(path)
    return rec


def test_labels_and_as_many_values_below_the_header_are_its(tmp_path: Path) -> None:
    rec = _card(tmp_path, *LABELS, "28", "편재나", "정상추진")
    got = {k: rec["header"][k] for k in ("mgmt_no", "contact_name", "status", "lead_dept", "contact_phone")}
    assert got == {
        "mgmt_no": "28",
        "contact_name": "편재나",
        "status": "정상추진",
        "lead_dept": "관광진흥과",
        "contact_phone": "044-347-2399",
    }
    assert rec["overview"]["budget"]["total_krw"] == 10_400_000


def test_runs_not_proven_leave_the_fields_null(tmp_path: Path) -> None:
    more = _card(tmp_path, *LABELS, "28", "편재나", "정상추진", "기업 유치")  # more lone lines than labels
    swapped = _card(tmp_path, *LABELS, "28", "정상추진", "편재나")  # a status where the person's value stands
    one = _card(tmp_path, "담당자", "편재나")  # a single label: no run
    for rec in (more, swapped, one):
        assert (rec["header"]["contact_name"], rec["header"]["status"]) == (None, None)
