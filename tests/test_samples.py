"""The sample generator (samples/), the committed sample corpus and the extraction scores on it."""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgecard import extract_file
from pledgecard.normalize.dates import parse_date
from pledgecard.schema import validate_record
from pledgecard.scoring import Tally, load_records, score_record
from samples import generate
from samples.synth import arithmetic_errors, find_counts, synth_record

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
CORPUS = SAMPLES / "corpus"
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seeds" / "gangwon-2-20-2024Q4.txt"
SEED_EXPECTED = SHARED / "spec" / "seed.expected.json"
EXT_FORMAT = {".txt": "txt", ".pdf": "pdf", ".hwp": "hwp", ".hwpx": "hwpx"}
MIN_SCORE = 0.98

seeds = st.integers(min_value=0, max_value=2**31 - 1)
quick = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _with_source(rec: dict[str, Any]) -> dict[str, Any]:
    return {
        **rec,
        "source": {
            "file": "x.txt",
            "sha256": "0" * 64,
            "format": "txt",
            "card_index": 0,
            "page_start": None,
            "page_end": None,
        },
    }


def _date_objects(rec: dict[str, Any]) -> list[dict[str, Any]]:
    objs = [rec["as_of"], rec["overview"]["period"]]
    for a in rec["achievements"]:
        objs += [d for d in (a["date"], a["group_as_of"]) if d]
    objs += [p["date"] for p in rec["plans"] if p.get("date")]
    return objs


def _data_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in EXT_FORMAT)


def _expected_for(path: Path) -> list[dict[str, Any]]:
    return load_records(path.with_name(path.stem + ".expected.json"))


# ------------------------------------------------------------------------------ synth


@quick
@given(seeds)
def test_synth_is_deterministic(seed: int) -> None:
    assert synth_record(seed) == synth_record(seed)


def test_synth_seeds_give_different_cards() -> None:
    cards = {json.dumps(synth_record(s)["achievements"], ensure_ascii=False) for s in range(30)}
    assert len(cards) == 30


@quick
@given(seeds)
def test_synth_records_follow_the_schema(seed: int) -> None:
    assert validate_record(_with_source(synth_record(seed))) == []


@quick
@given(seeds)
def test_synth_arithmetic_adds_up(seed: int) -> None:
    rec = synth_record(seed)
    assert arithmetic_errors(rec) == []
    f = rec["funding"]
    assert all(len(r["amounts_krw"]) == len(f["columns"]) for r in f["rows"])
    assert [c["kind"] for c in f["columns"]].count("total") == 1
    years = [c["year"] for c in f["columns"] if c["kind"] == "year"]
    assert years == sorted(years) and all(2018 <= y <= 2030 for y in years)


def test_arithmetic_check_catches_a_broken_record() -> None:
    rec = synth_record(5)
    rec["funding"]["rows"][1]["amounts_krw"][0] += 1
    assert arithmetic_errors(rec)


@quick
@given(seeds)
def test_synth_dates_agree_with_the_date_parser(seed: int) -> None:
    for obj in _date_objects(synth_record(seed)):
        got = parse_date(obj["raw"])
        assert got is not None, obj["raw"]
        assert (got["label"], got["start"], got["end"], got["precision"]) == (
            obj["label"],
            obj["start"],
            obj["end"],
            obj["precision"],
        ), obj["raw"]


@quick
@given(seeds)
def test_synth_counts_are_those_in_the_text(seed: int) -> None:
    for a in synth_record(seed)["achievements"]:
        assert a["counts"] == find_counts(a["text"])
        assert all(o in a["text"] for o in a["orgs"])
        assert not a["text"].startswith(tuple("□◦○-·※*⇨"))


def test_synth_covers_the_variety_the_cards_have() -> None:
    recs = [synth_record(s) for s in range(300)]
    assert {r["header"]["status_code"] for r in recs} == {
        "done",
        "ongoing_normal",
        "ongoing_delayed",
        "partial",
        "continuing",
        "not_started",
        "dropped",
        "other",
    }
    assert {r["funding"]["unit"].replace(" ", "") for r in recs} == {"원", "천원", "백만원", "억원"}
    sources = {row["source"] for r in recs for row in r["funding"]["rows"]}
    assert sources == {
        "total",
        "national",
        "local",
        "provincial",
        "municipal",
        "district",
        "private",
        "other",
    }
    assert {a["level"] for r in recs for a in r["achievements"]} == {1, 2, 3, 4}
    assert {a["marker"] for r in recs for a in r["achievements"]} == {"◦", "-", "·", "※", "*"}
    precisions = {d["precision"] for r in recs for d in _date_objects(r)}
    assert precisions == {"day", "month", "quarter", "half", "semester", "year"}
    assert any(not r["goals"] for r in recs) and any(r["goals"] for r in recs)
    assert any(r["outreach"] is None for r in recs) and any(not r["tables"] for r in recs)
    assert any(not r["overview"]["notes"] for r in recs)
    assert any(g["detail"] is None for r in recs for g in r["goals"])
    kinds = {tuple(c["kind"] for c in r["funding"]["columns"]) for r in recs}
    assert any(k[0] == "total" for k in kinds) and any(k[-1] == "total" for k in kinds)
    assert any("prior" in k for k in kinds) and any("prior" not in k for k in kinds)
    assert any("after_term" in k for k in kinds) and any("after_term" not in k for k in kinds)


# ------------------------------------------------------------------------------ generator


def test_generate_cli_writes_files_and_matching_expected_records(tmp_path: Path) -> None:
    assert (
        generate.main(
            [
                "--out",
                str(tmp_path),
                "--count",
                "2",
                "--seed",
                "40",
                "--multi",
                "1",
                "--formats",
                "txt,hwpx,hwp",
            ]
        )
        == 0
    )
    files = _data_files(tmp_path)
    assert len(files) == 3 * 3
    for path in files:
        exp = _expected_for(path)
        assert [r["source"]["card_index"] for r in exp] == list(range(len(exp)))
        for r in exp:
            assert r["source"]["file"] == path.name
            assert r["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert r["source"]["format"] == EXT_FORMAT[path.suffix]
            assert validate_record(r) == []
    assert len(_expected_for(tmp_path / "multi-00042-hwpx.hwpx")) == 2
    assert _expected_for(tmp_path / "card-00040-hwp.hwp")[0]["header"] == synth_record(40)["header"]


def test_generate_rejects_unknown_format(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        generate.main(["--out", str(tmp_path), "--formats", "docx"])
    assert exc.value.code == 2
    assert "unknown format" in capsys.readouterr().err


def test_pdf_page_ranges_are_the_pages_each_card_is_on(tmp_path: Path) -> None:
    import pdfplumber

    from samples.render_pdf import render_pdf_pages
    from samples.style import Style

    recs = [synth_record(7), synth_record(8)]
    pages = render_pdf_pages(recs, tmp_path / "two.pdf", style=Style.pick(7))
    with pdfplumber.open(tmp_path / "two.pdf") as pdf:
        assert pages[-1][1] == len(pdf.pages)
        for rec, (start, end) in zip(recs, pages, strict=True):
            assert start <= end
            first = pdf.pages[start - 1].extract_text().replace(" ", "")
            assert rec["header"]["mgmt_no"] in first
            assert f"-{end}-" in pdf.pages[end - 1].extract_text().replace(" ", "")  # footer page number
    assert pages[1][0] == pages[0][1] + 1


def _bullet_lines(rec: dict[str, Any]) -> list[str]:
    lines = [f"{a['text']} : {a['date']['raw']}" if a["date"] else a["text"] for a in rec["achievements"]]
    lines += [f"{p['text']} : {p['date']['raw']}" for p in rec["plans"]]
    return lines + rec["effects"] + rec["overview"]["contents"] + [rec["overview"]["budget"]["raw"]]


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seeds, st.sampled_from(["txt", "hwpx"]))
def test_renderings_keep_every_line_of_the_record(seed: int, fmt: str) -> None:
    from pledgecard.extract.readers import read_path
    from samples.style import Style

    rec = synth_record(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = generate.write_file(Path(tmp), "c", fmt, [rec], Style.pick(seed))
        doc = read_path(path)
    parts = []
    for b in doc.blocks:
        if hasattr(b, "cells"):
            parts += [c.text for c in b.cells] + [p.full_text for c in b.cells for p in c.paragraphs]
            parts += [inner.text for c in b.cells for t in c.nested for inner in t.cells]
        else:
            parts.append(b.full_text)
    body = _squash(" ".join(parts))
    for line in _bullet_lines(rec):
        assert _squash(line) in body, line


@pytest.mark.parametrize("fmt", ["hwpx", "hwp"])
def test_hwp_renderings_hold_real_tables_with_merged_cells(tmp_path: Path, fmt: str) -> None:
    from pledgecard.extract.readers import read_path
    from samples.style import Style

    rec = synth_record(12)
    (path,) = [generate.write_file(tmp_path, "c", fmt, [rec], Style.pick(12))]
    doc = read_path(path)
    n_value_cols = sum(1 for c in rec["funding"]["columns"] if c["kind"] != "total")
    funding = next(t for t in doc.tables() if any("연도별 투자 실적 및 계획" in c.text for c in t.cells))
    merged = next(c for c in funding.cells if "연도별 투자 실적 및 계획" in c.text)
    assert merged.col_span == n_value_cols
    assert funding.n_rows == 2 + len(rec["funding"]["rows"])
    grid = funding.grid()
    mult = {"원": 1, "천원": 10**3, "백만원": 10**6, "억원": 10**8}[rec["funding"]["unit"].replace(" ", "")]
    total_row = next(r for r in grid if r[0] == "계")
    assert total_row[1:] == [f"{v // mult:,}" for v in rec["funding"]["rows"][0]["amounts_krw"]]


def test_pdftotext_renderer_dumps_every_page(tmp_path: Path) -> None:
    from samples.render_txt import render_txt_pages
    from samples.style import Style

    rec = synth_record(21)
    pages = render_txt_pages([rec], tmp_path / "c.txt", style=Style.pick(21))
    text = (tmp_path / "c.txt").read_text(encoding="utf-8")
    assert text.count("\f") == pages[0][1]
    assert rec["header"]["kind"] in text and rec["header"]["mgmt_no"] in text
    assert rec["effects"][-1].split()[-1] in text


def test_committed_text_samples_are_what_the_generator_writes(tmp_path: Path) -> None:
    written = generate.text_samples(tmp_path)
    assert len(written) >= 3
    for path in written:
        committed = SAMPLES / path.name
        assert committed.read_bytes() == path.read_bytes()
        assert load_records(committed.with_name(path.stem + ".expected.json")) == _expected_for(path)


def test_text_samples_differ_from_the_seed_in_units_rows_and_sections() -> None:
    seed = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    recs = [r for p in _data_files(SAMPLES) for r in _expected_for(p)]
    assert len(recs) >= 3
    assert {r["funding"]["unit"] for r in recs} - {seed["funding"]["unit"]}
    labels = {row["label"] for r in recs for row in r["funding"]["rows"]}
    assert {"도비", "시군비", "민자"} <= labels
    assert {r["header"]["status_code"] for r in recs} - {seed["header"]["status_code"]}
    assert any(not r["goals"] for r in recs) and any(r["outreach"] is None for r in recs)
    assert any(not r["tables"] for r in recs) and any(not r["overview"]["notes"] for r in recs)


# ------------------------------------------------------------------------------ committed corpus


def test_committed_corpus_is_complete_and_consistent() -> None:
    files = _data_files(CORPUS)
    by_format: dict[str, int] = defaultdict(int)
    multi = 0
    for path in files:
        exp = _expected_for(path)
        multi += len(exp) > 1
        for k, r in enumerate(exp):
            by_format[r["source"]["format"]] += 1
            assert r["source"]["card_index"] == k
            assert r["source"]["file"] == path.name
            assert r["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
            assert r["source"]["format"] == EXT_FORMAT[path.suffix]
            assert validate_record(r) == []
            assert arithmetic_errors(r) == []
            if r["source"]["format"] == "pdf":
                assert 1 <= r["source"]["page_start"] <= r["source"]["page_end"]
    assert set(by_format) == {"txt", "pdf", "hwp", "hwpx"}
    assert sum(by_format.values()) >= 30 and multi >= 2
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 5 * 2**20


@pytest.fixture(scope="module")
def corpus_scores() -> dict[str, Tally]:
    """Extract every committed corpus file and score its records, totals per format."""
    totals: dict[str, Tally] = defaultdict(Tally)
    for path in _data_files(CORPUS):
        got = extract_file(path)
        for exp in _expected_for(path):
            k = exp["source"]["card_index"]
            produced = got[k] if k < len(got) else {}
            totals[exp["source"]["format"]].merge(score_record(exp, produced), prefix=f"{path.name}#{k}: ")
    return totals


@pytest.mark.parametrize("fmt", ["txt", "pdf", "hwp", "hwpx"])
def test_corpus_extracts_to_the_expected_records(corpus_scores: dict[str, Tally], fmt: str) -> None:
    t = corpus_scores[fmt]
    misses = [n for g in t.groups.values() for n in g.notes][:15]
    assert t.score() >= MIN_SCORE, f"{fmt}: {t.score():.3f}\n" + "\n".join(misses)


def test_text_samples_extract_to_their_expected_records() -> None:
    t = Tally()
    for path in _data_files(SAMPLES):
        for exp, got in zip(_expected_for(path), extract_file(path), strict=False):
            t.merge(score_record(exp, got), prefix=f"{path.name}: ")
    misses = [n for g in t.groups.values() for n in g.notes][:15]
    assert t.score() >= MIN_SCORE, f"{t.score():.3f}\n" + "\n".join(misses)


@pytest.mark.parametrize("fmt", ["hwpx", "hwp", "pdf"])
def test_seed_renderings_score_at_least_the_seed_dump(tmp_path: Path, fmt: str) -> None:
    seed = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    baseline = score_record(seed, extract_file(SEED_TXT)[0]).score()
    (path,) = generate.seed_card(tmp_path, [fmt])
    (exp,) = _expected_for(path)
    assert exp["header"] == seed["header"] and exp["achievements"] == seed["achievements"]
    assert score_record(exp, extract_file(path)[0]).score() >= baseline
