"""The third template family modelled on real published pledge material (session 28; samples/families.py:
``norae-city``, its sources in samples/README.md) and the structure it brought in:

- the funding told by the term, not by year (a city's pledge budget: 구분 | 총사업비 | 기투자 | 임기내 | 임기후): the
  term's years one column, read as the schema's kind ``other`` under its label; over year columns the same words
  stay their spanning heading (tests/test_funding_term_span.py);
- the header opening with the pledge's place in a province-style plan (전략 | 정책과제 | 실천과제): 실천과제 the card's
  own level, its number the 관리번호 (the vocabulary's real words, tests/test_vocabulary_real_words.py).

Blind (the extractor and vocabulary unchanged, commit 7b34846): PDF, HWPX, HWP 0.981, txt 0.866, 0 wrong of 63.
With the real wordings added (실천과제, 재원조달 방안, 예상 문제점 및 대응책 ...): PDF, HWPX, HWP 1.000, txt 0.884.
After: 1.000 in every format, 0 wrong.
"""

from __future__ import annotations

from pathlib import Path

from pledgecard.scoring import score_record

from conftest import family_cards

FAMILY = Path(__file__).resolve().parent.parent / "samples" / "families" / "norae-city"


def test_the_family_reads_in_every_format_its_funding_by_the_term() -> None:
    seen = set()
    for path, exp, got in family_cards(FAMILY, "norae-city-*-*.*"):
        assert len(got) == len(exp) == 1
        assert score_record(exp[0], got[0]).score() >= 0.999, path.name
        f = got[0]["funding"]
        assert [(c["label"], c["kind"]) for c in f["columns"]] == [
            ("총사업비", "total"),
            ("기투자", "prior"),
            ("임기내", "other"),
            ("임기후", "after_term"),
        ], path.name
        assert all(r["amounts_krw"][0] == sum(r["amounts_krw"][1:]) for r in f["rows"]), path.name
        h, e = got[0]["header"], exp[0]["header"]
        assert (h["title"], h["mgmt_no"]) == (e["title"], e["mgmt_no"]), path.name  # 실천과제 | 2-3-7. title
        seen.add(path.suffix)
    assert seen == {".pdf", ".hwpx", ".hwp", ".txt"}
