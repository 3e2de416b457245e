"""The second template family modelled on real published pledge pages (session 27; samples/families.py:
``dajim-district``, its sources in samples/README.md) and the structure it brought in:

- the funding told as its two margins (a district's pledge plan): a table of the years' totals (one 총 계 row) and
  a table of the sources' totals (sources across over one 총 계 row, a 비고 column last); each source's total read
  into the total column, its years null (extract/sections/funding_margins.py, tests/test_funding_margins.py);
- the header a pledge list's row, labels over values (관리 번호 | 공약사항 | 추진 상황 | 이행률(%) | 추진부서), the rate's
  label closing on its unit and its percent a value of its kind (tests/test_header_list_row.py).

Blind (the extractor and vocabulary unchanged, commit c9e0b5c): PDF 0.945, HWPX / HWP 0.758, txt 0.682, 0 wrong of
446. With the real wordings added to the vocabulary (공약사항, 완료(계속), 사업비 규모, 민자등 ...): PDF, HWPX, HWP 0.976,
txt 0.877. After: PDF, HWPX, HWP 1.000, txt 0.907, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "dajim-district"


def test_the_family_reads_in_every_format_its_sources_totals_and_no_year_of_theirs() -> None:
    for path, exp, got in family_cards(FAMILY, "dajim-district-*-*.*"):
        assert len(got) == len(exp) == 1
        h, e = got[0]["header"], exp[0]["header"]
        assert (h["title"], h["mgmt_no"], h["status"], h["lead_dept"]) == (
            e["title"],
            e["mgmt_no"],
            e["status"],
            e["lead_dept"],
        ), path.name
        if path.suffix == ".txt":  # the dump's two margin tables run as lines: not read (null, never wrong)
            assert all(
                v is None or v == w
                for r, x in zip(
                    got[0]["funding"]["rows"] if got[0]["funding"] else [],
                    exp[0]["funding"]["rows"],
                    strict=False,
                )
                for v, w in zip(r["amounts_krw"], x["amounts_krw"], strict=False)
            ), path.name
            continue
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        rows = got[0]["funding"]["rows"]
        assert [r["source"] for r in rows] == ["total", "national", "municipal", "district", "private"]
        assert all(
            v is None for r in rows[1:] for v in r["amounts_krw"][1:]
        )  # no source's year printed: none read
        assert sum(r["amounts_krw"][0] for r in rows[1:]) == rows[0]["amounts_krw"][0]


def test_the_lists_status_words_are_coded() -> None:
    from pledgecard.normalize.status import status_code

    assert [status_code(w) for w in ("완료(계속)", "완료 (계속)", "정상", "조기 완료", "완료")] == [
        "continuing",
        "continuing",
        "ongoing_normal",
        "done",
        "done",
    ]
