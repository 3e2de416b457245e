"""Card identity end to end (issue 9 items 3 and 5): a batch made at test time, run through
``pledgecard run`` into DuckDB and into a real PostgreSQL server.

The batch holds a text card with NUL/BEL/RLO in its 관리번호 and text; two different pledges with
the same 관리번호 and quarter from two governments (one printed on the card, one given by the
folder's pledgecard.toml); two different pledges with the same 관리번호, quarter and issuer; and
one card as .hwpx + .hwp + .pdf + .txt (samples/corpus) plus a text copy with one figure changed;
and the other files archives hold (issue 9): a card under a file name that is not UTF-8 (CP949
bytes, as unpacked from an old zip), a text card whose lines mix CP949 and UTF-8, and a card PDF
with a location map and a site photo.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import sqlalchemy as sa
from test_load_postgres import db, pg_url  # noqa: F401 - the PostgreSQL server fixtures
from test_pdf_images import photo_card_pdf

from pledgecard.extract.issuer import from_org_line, from_title
from pledgecard.identity import Copy, resolve
from pledgecard.load.postgres import driver_url
from pledgecard.tables import TABLE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "samples" / "corpus"


def _card(n: int) -> str:
    return (CORPUS / f"card-{n:05d}-txt.txt").read_text(encoding="utf-8")


def _sub(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def make_batch(root: Path) -> dict[str, Path]:
    """The input folder; returns the files by role."""
    files: dict[str, Path] = {}

    def put(role: str, rel: str, data: str | bytes) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        files[role] = p

    # NUL, BEL and RLO inside the 관리번호 and the title
    put(
        "nul",
        "a-nul/card.txt",
        _sub(
            _sub(_card(102), "관리번호 1-12", "관리번호 1-\x00\x0712\u202e"),
            "도시숲 기본계획",
            "도시숲\x00 기본\u202e계획",
        ),
    )
    # one 관리번호 and quarter, two governments: one printed in the title, one given by the folder
    put(
        "hongcheon",
        "b-gangwon/card.txt",
        _sub(_card(103), "구청장 공약사업 관리카드", "2023년 1분기 강원특별자치도 홍천군 공약사업 관리카드"),
    )
    put(
        "cheonan",
        "c-cheonan/card.txt",
        _sub(_card(103), "어르신 돌봄 24시간 체계 구축", "시내버스 노선 전면 개편"),
    )
    (root / "c-cheonan" / "pledgecard.toml").write_text('issuer = "충청남도 천안시"\n', encoding="utf-8")
    # one issuer, one 관리번호 and quarter, two different pledges
    gangwon = _sub(_card(104), "도지사 공약사업 관리카드", "강원특별자치도 공약사업 관리카드")
    put("first", "d-same/first.txt", gangwon)
    put(
        "second",
        "d-same/second.txt",
        _sub(gangwon, "대학 연계 청년 일자리 사업 추진", "전통시장 주차장 확충"),
    )
    # one card in four formats, and a text copy with one figure changed
    for fmt in ("hwpx", "hwp", "pdf", "txt"):
        src = CORPUS / f"card-00106-{fmt}.{fmt}"
        put(fmt, f"e-multi/card-00106.{fmt}", src.read_bytes())
    put("edited", "e-multi/card-00106-edited.txt", _sub(_card(106), "1,532백만 원", "1,533백만 원"))
    # a file name of CP949 bytes (not UTF-8): kept losslessly, shown readably
    name = os.fsdecode("공약카드".encode("cp949") + b".txt")
    put("cp949name", f"f-names/{name}", _card(105))
    # lines in CP949 and in UTF-8 in one file
    lines = _card(107).splitlines(keepends=True)
    put(
        "mixed",
        "g-mixed/card.txt",
        b"".join(ln.encode("cp949" if k % 2 else "utf-8") for k, ln in enumerate(lines)),
    )
    # a card PDF with a map and a photo (their image streams once hung the PDF guard)
    put("photo", "h-photo/card.pdf", photo_card_pdf())
    return files


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pledgecard", "run", *args, "--quiet", "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _report_funding(out: Path) -> float:
    """The report's "Funding by source" chart: the sum of its bars."""
    html = (out / "report" / "index.html").read_text(encoding="utf-8")
    start = html.index("Funding by source")
    chart = html[start : html.index("</svg>", start)]
    return sum(float(v.replace(",", "")) for v in re.findall(r"<title>[^<]*: ([\d,]+)원</title>", chart))


WAREHOUSE_FUNDING = (
    "SELECT coalesce(sum(amount_krw), 0) FROM funding "
    "WHERE col_kind = 'total' AND coalesce(source_code, '') <> 'total'"
)


@pytest.fixture(scope="module")
def batch(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, Path], subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("identity")
    files = make_batch(root / "in")
    out = root / "out"
    proc = _run(str(root / "in"), "-o", str(out))
    assert proc.returncode in (0, 1), proc.stderr  # 1: the batch has error findings, by design
    return out, files, proc


def test_conflicting_cards_are_both_kept_and_named(batch: tuple) -> None:
    out, files, _ = batch
    recs = _jsonl(out / "records.jsonl")
    by_file = {r["source"]["file"]: r for r in recs}
    assert by_file["first.txt"]["card_id"] == by_file["second.txt"]["card_id"] == "80@2026-Q2"
    assert (
        by_file["first.txt"]["header"]["issuer"]
        == by_file["second.txt"]["header"]["issuer"]
        == "강원특별자치도"
    )
    findings = _jsonl(out / "findings.jsonl")
    conflicts = [f for f in findings if f["code"] == "card.id_conflict"]
    assert len(conflicts) == 2 and {f["severity"] for f in conflicts} == {"warning"}
    for f in conflicts:
        assert str(files["first"]) in f["message"] and str(files["second"]) in f["message"]
        assert set(f["observed"]["files"]) == {str(files["first"]), str(files["second"])}
    keys = {f["card_key"] for f in conflicts}
    assert "강원특별자치도|80@2026-Q2" in keys and len(keys) == 2
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT card_key, title, variant FROM cards WHERE card_id = '80@2026-Q2' ORDER BY title"
    ).fetchall()
    con.close()
    assert {r[1] for r in rows} == {"대학 연계 청년 일자리 사업 추진", "전통시장 주차장 확충"}
    assert {r[0] for r in rows} == keys and sorted(r[2] is None for r in rows) == [False, True]


def test_two_governments_cards_on_one_number_are_two_keys(batch: tuple) -> None:
    out, _, _ = batch
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    rows = con.execute(
        "SELECT issuer, card_key, title FROM cards WHERE card_id = '6-27@2023-Q1' ORDER BY issuer"
    ).fetchall()
    con.close()
    assert rows == [
        ("강원특별자치도 홍천군", "강원특별자치도 홍천군|6-27@2023-Q1", "어르신 돌봄 24시간 체계 구축"),
        ("충청남도 천안시", "충청남도 천안시|6-27@2023-Q1", "시내버스 노선 전면 개편"),
    ]
    codes = {f["code"] for f in _jsonl(out / "findings.jsonl") if f["card_id"] == "6-27@2023-Q1"}
    assert "card.id_conflict" not in codes  # different governments: no conflict at all


def test_one_canonical_copy_everywhere(batch: tuple) -> None:
    out, files, _ = batch
    recs = _jsonl(out / "records.jsonl")
    assert sum(r["card_id"] == "3-32@2023-Q3" for r in recs) == 5  # records.jsonl keeps every copy
    canonical = json.loads((out / "cards" / "3-32@2023-Q3.json").read_text(encoding="utf-8"))
    assert canonical["source"]["format"] == "hwpx"
    assert not any(
        p.name.startswith("3-32") and p.name != "3-32@2023-Q3.json" for p in (out / "cards").iterdir()
    )
    rows = {r["path"]: r for r in _jsonl(out / "files.jsonl")}
    assert rows[str(files["hwpx"])]["duplicate_of"] is None
    for role in ("hwp", "pdf", "txt", "edited"):
        assert rows[str(files[role])]["duplicate_of"] == str(files["hwpx"])
    assert all(r["duplicate_of"] is None for p, r in rows.items() if "e-multi" not in p)
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    ((n, fmt, sha),) = con.execute(
        "SELECT count(*), any_value(source_format), any_value(source_sha256) "
        "FROM cards WHERE card_id = '3-32@2023-Q3'"
    ).fetchall()
    f_shas = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT source_sha256 FROM findings WHERE card_id = '3-32@2023-Q3'"
        ).fetchall()
    }
    dup = con.execute("SELECT path FROM files WHERE duplicate_of IS NOT NULL ORDER BY path").fetchall()
    con.close()
    assert (n, fmt, sha) == (1, "hwpx", canonical["source"]["sha256"])
    assert f_shas == {canonical["source"]["sha256"]}  # findings of the canonical copy, pinned on its row
    assert sorted(p for (p,) in dup) == sorted(str(files[r]) for r in ("hwp", "pdf", "txt", "edited"))
    # each finding once: findings of the other copies are not stored
    findings = [f for f in _jsonl(out / "findings.jsonl") if f["card_id"] == "3-32@2023-Q3"]
    assert len({json.dumps(f, sort_keys=True) for f in findings}) == len(findings)
    assert all(f["source_sha256"] == canonical["source"]["sha256"] for f in findings)


def test_copies_that_differ_are_reported_with_their_paths(batch: tuple) -> None:
    out, files, _ = batch
    differ = [f for f in _jsonl(out / "findings.jsonl") if f["code"] == "card.copies_differ"]
    assert len(differ) == 1, differ  # the four faithful copies agree; only the edited one differs
    (f,) = differ
    assert f["observed"]["file"] == str(files["edited"]) and f["expected"]["file"] == str(files["hwpx"])
    assert f["observed"]["paths"] == ["overview.budget.total_krw"]
    assert f["observed"]["values"] == [1_533_000_000] and f["expected"]["values"] == [1_532_000_000]
    assert str(files["edited"]) in f["message"] and "overview.budget.total_krw" in f["message"]


def test_control_characters_removed_with_warnings_and_nul_free_everywhere(batch: tuple) -> None:
    out, files, _ = batch
    recs = [
        r
        for r in _jsonl(out / "records.jsonl")
        if r["source"]["file"] == "card.txt" and r["card_id"].startswith("1-12")
    ]
    assert [r["card_id"] for r in recs] == ["1-12@2024-06"]
    assert (
        recs[0]["header"]["mgmt_no"] == "1-12" and recs[0]["header"]["title"] == "전남 도시숲 기본계획 수립"
    )
    warn = [f for f in _jsonl(out / "findings.jsonl") if f["code"] == "normalize.control_characters"]
    assert {f["location"] for f in warn} == {"card_id", "header.mgmt_no", "header.title"}
    sha = recs[0]["source"]["sha256"]
    assert all(f["card_id"] == "1-12@2024-06" and f["source_sha256"] == sha for f in warn)
    bad = re.compile(r"\\u00(?:0\d|1[0-9a-f]|7f|[89][0-9a-f])|\\u202[a-e]|\\u206[6-9]", re.I)
    for p in [
        out / "records.jsonl",
        out / "findings.jsonl",
        out / "provenance.jsonl",
        *(out / "cards").iterdir(),
    ]:
        raw = p.read_text(encoding="utf-8")
        assert not bad.search(raw) and "\x00" not in raw and "\u202e" not in raw, p
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    for table, cols in TABLE_COLUMNS.items():
        for col in cols:
            n = con.execute(
                f'SELECT count(*) FROM "{table}" WHERE CAST("{col}" AS VARCHAR) LIKE ? '
                f'OR CAST("{col}" AS VARCHAR) LIKE ?',
                ["%\x00%", "%\u202e%"],
            ).fetchone()[0]
            assert n == 0, (table, col)
    con.close()


def test_hard_files_convert_and_say_so_in_one_line(batch: tuple) -> None:
    out, files, _ = batch
    rows = {r["path"]: r for r in _jsonl(out / "files.jsonl")}
    assert all(r["status"] == "ok" for r in rows.values()), [r for r in rows.values() if r["status"] != "ok"]
    (named,) = [r for r in rows.values() if "f-names" in r["path"]]
    assert "\\x" in named["path"] and bytes.fromhex(named["path_bytes"]) == os.fsencode(files["cp949name"])
    (mixed,) = [r for r in rows.values() if "g-mixed" in r["path"]]
    assert any("mixed encodings" in n for n in mixed["notes"])
    recs = {r["source"]["file"]: r for r in _jsonl(out / "records.jsonl")}
    assert recs["card.pdf"]["header"]["title"] and recs["card.pdf"]["funding"]["rows"]
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    paths = [r[0] for r in con.execute("SELECT path FROM files").fetchall()]
    con.close()
    assert any("f-names" in p and "\\x" in p for p in paths)  # shown readably in the warehouse too


def test_report_counts_equal_the_warehouse(batch: tuple) -> None:
    out, _, proc = batch
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    n_cards = con.execute("SELECT count(*) FROM cards").fetchone()[0]
    funding = con.execute(WAREHOUSE_FUNDING).fetchone()[0]
    n_keys = con.execute("SELECT count(DISTINCT card_key) FROM cards").fetchone()[0]
    con.close()
    # 1 (NUL) + 2 (two governments) + 2 (same key, different cards) + 1 (one card in five files)
    # + 3 (a CP949 file name, mixed encodings, a PDF with pictures)
    assert n_cards == n_keys == 9
    assert f"validated {n_cards} card(s)" in proc.stdout
    assert len(list((out / "cards").glob("*.json"))) == n_cards
    assert len(list((out / "report" / "cards").glob("*.html"))) == n_cards
    pages = [p.read_text(encoding="utf-8") for p in (out / "report" / "cards").glob("*.html")]
    assert not any("built-in method" in page for page in pages)  # a finding's copy, not dict.copy
    assert funding > 0 and _report_funding(out) == funding


def test_postgres_load_of_the_same_batch(batch: tuple, db: str) -> None:  # noqa: F811
    out, _, _ = batch
    proc = _run(str(out.parent / "in"), "-o", str(out), "--warehouse", db)
    assert proc.returncode in (0, 1), proc.stderr
    assert "loaded" in proc.stdout
    proc = _run(str(out.parent / "in"), "-o", str(out), "--warehouse", db)  # loading again changes nothing
    eng = sa.create_engine(driver_url(db))
    with eng.connect() as c:
        keys = sorted(r[0] for r in c.execute(sa.text("SELECT card_key FROM cards")))
        funding = c.execute(sa.text(WAREHOUSE_FUNDING)).scalar()
        mgmt = c.execute(sa.text("SELECT mgmt_no FROM cards WHERE card_id = '1-12@2024-06'")).scalar()
        pk = sa.inspect(c).get_pk_constraint("cards")["constrained_columns"]
        n_findings = c.execute(sa.text("SELECT count(*) FROM findings")).scalar()
    eng.dispose()
    con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
    assert keys == sorted(r[0] for r in con.execute("SELECT card_key FROM cards").fetchall())
    assert n_findings == con.execute("SELECT count(*) FROM findings").fetchone()[0]
    con.close()
    assert len(keys) == 9 and mgmt == "1-12" and pk == ["card_key"]
    assert float(funding) == _report_funding(out)


def test_issuer_is_read_from_structure_not_names() -> None:
    assert from_title("2024년 4분기 강원특별자치도 공약사업 관리카드") == "강원특별자치도"
    assert from_title("민선8기 서울특별시 성북구 구청장 공약사업 관리카드") == "서울특별시 성북구"
    assert from_title("천안시장 공약사업 관리카드") == "천안시"
    assert from_title("가나다군수 공약 이행 점검카드") == "가나다군"  # an invented name: structure only
    assert from_title("도지사 공약사업 관리카드") is None and from_title("군수 공약사업 관리카드") is None
    assert from_title("연구 공약사업 관리카드") is None  # a one-syllable 구 needs a city before it
    assert from_title("부산광역시 중구 공약사업 관리카드") == "부산광역시 중구"
    assert from_org_line("강원특별자치도 인재육성과") == "강원특별자치도"
    assert from_org_line("성북구청") == "성북구"
    assert from_org_line("도시 재생 추진") is None and from_org_line("2024. 12. 31. 기준") is None


def test_printed_issuer_wins_unless_forced(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "printed.txt").write_text(
        _sub(_card(104), "도지사 공약사업 관리카드", "강원특별자치도 공약사업 관리카드"), encoding="utf-8"
    )
    (src / "plain.txt").write_text(_card(101), encoding="utf-8")
    (src / "pledgecard.toml").write_text('issuer = "경상남도"\n', encoding="utf-8")

    def issuers(*extra: str) -> dict[str, str | None]:
        out = tmp_path / f"out{len(extra)}"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "pledgecard",
                "extract",
                str(src),
                "-o",
                str(out),
                "--quiet",
                "--workers",
                "1",
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=ROOT,
        )
        assert proc.returncode == 0, proc.stderr
        rows = _jsonl(out / "files.jsonl")
        assert [Path(r["path"]).name for r in rows] == ["plain.txt", "printed.txt"]  # the config is no input
        return {r["source"]["file"]: r["header"]["issuer"] for r in _jsonl(out / "records.jsonl")}

    assert issuers() == {"plain.txt": "경상남도", "printed.txt": "강원특별자치도"}
    assert issuers("--issuer", "전라남도") == {"plain.txt": "전라남도", "printed.txt": "강원특별자치도"}
    assert issuers("--issuer", "전라남도", "--force-issuer") == {
        "plain.txt": "전라남도",
        "printed.txt": "전라남도",
    }


def _copy(i: int, title: str, fmt: str, path: str, total: int, issuer: str | None = None) -> Copy:
    rec = {
        "card_id": "1-1@2024-Q4",
        "source": {"format": fmt, "sha256": f"{i:064x}", "card_index": 0},
        "header": {"title": title, "issuer": issuer},
        "overview": {"budget": {"total_krw": total}},
    }
    return Copy(i, rec, path)


def test_resolution_rule() -> None:
    res = resolve(
        [
            _copy(0, "청년 일자리 창출", "txt", "a/x.txt", 5),
            _copy(1, "청년 일자리 창출", "pdf", "a/x.pdf", 5),
            _copy(2, "청년 일자리  창출", "hwpx", "b/x.hwpx", 5),
            _copy(3, "전통시장 주차장 확충", "txt", "c/y.txt", 7),
            _copy(4, "청년 일자리 창출", "txt", "d/z.txt", 5, issuer="천안시"),
        ]
    )
    assert [(c.canonical.path, c.key) for c in res.cards] == [
        ("b/x.hwpx", "1-1@2024-Q4"),
        ("c/y.txt", f"1-1@2024-Q4#{res.cards[1].variant}"),
        ("d/z.txt", "천안시|1-1@2024-Q4"),
    ]
    assert [len(c.copies) for c in res.cards] == [3, 1, 1]
    assert res.duplicate_of() == {"a/x.txt": "b/x.hwpx", "a/x.pdf": "b/x.hwpx"}
    assert [f["code"] for f in res.findings] == ["card.id_conflict", "card.id_conflict"]
    assert len({c.display_id for c in res.cards}) == 3
    # the same batch in another order resolves the same way
    again = resolve(
        [
            _copy(i, *a)
            for i, a in enumerate(
                [
                    ("청년 일자리 창출", "txt", "d/z.txt", 5, "천안시"),
                    ("전통시장 주차장 확충", "txt", "c/y.txt", 7),
                    ("청년 일자리  창출", "hwpx", "b/x.hwpx", 5),
                    ("청년 일자리 창출", "pdf", "a/x.pdf", 5),
                    ("청년 일자리 창출", "txt", "a/x.txt", 5),
                ]
            )
        ]
    )
    assert sorted((c.canonical.path, c.key) for c in again.cards) == sorted(
        (c.canonical.path, c.key) for c in res.cards
    )


def test_issuer_read_from_a_hwpx_title_line(tmp_path: Path) -> None:
    """A real HWPX card (samples/corpus) whose title line is rewritten to print its government."""
    import io
    import zipfile

    from pledgecard.pipeline import process_file

    src = zipfile.ZipFile(CORPUS / "card-00106-hwpx.hwpx")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("section0.xml"):
                data = _sub(
                    data.decode("utf-8"), "구청장 공약사업 관리카드", "서울특별시 성북구 공약사업 관리카드"
                ).encode("utf-8")
            dst.writestr(info, data)
    path = tmp_path / "card.hwpx"
    path.write_bytes(buf.getvalue())
    res = process_file(path)
    assert res.status == "ok", res.reason
    assert res.records[0]["header"]["issuer"] == "서울특별시 성북구"
    assert res.provenance[0]["locations"]["header.issuer"] == res.provenance[0]["locations"]["header.kind"]
    plain = process_file(CORPUS / "card-00106-hwpx.hwpx")
    assert "issuer" not in plain.records[0]["header"]  # not printed: absent (schema 1.1, optional)
