"""History across quarters (issue 13, item 4) and the warehouse's corrections table (item 3).

The versions of one pledge (issuer + 관리번호, different as-of dates) are linked and what changed
between them lands in the ``changes`` table of every destination. The batch test reads
``samples/families/nuri-province`` (each file holds one pledge in two quarters, the later
reporting another status) in three formats and checks the rows against the expected records.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from test_batch_fakes import make_record
from test_load_postgres import db, pg_url  # noqa: F401 - the PostgreSQL server fixtures
from test_report_browser import ARTIFACTS, _run

from pledgecard.cli import main
from pledgecard.history import History, pledge_key
from pledgecard.load.postgres import driver_url
from pledgecard.tables import TABLE_COLUMNS, batch_tables
from pledgecard.validate import humanize
from pledgecard.writers import read_jsonl

REPO = Path(__file__).resolve().parents[1]
NURI = REPO / "samples" / "families" / "nuri-province"
FILES = [
    NURI / "nuri-province-15004-txt.txt",
    NURI / "nuri-province-15004-pdf.pdf",
    NURI / "nuri-province-15004-hwpx.hwpx",
    NURI / "nuri-province-15006-hwp.hwp",
]
COLS = "mgmt_no, from_as_of, to_as_of, field, change, path, old_value, new_value"


def _expected(path: Path) -> list[dict]:
    return json.loads(
        path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json").read_text(encoding="utf-8")
    )


def _rows(records: list[dict]) -> list[dict]:
    h = History()
    for rec in records:
        h.add(rec, rec["card_id"])
    return h.rows()


def _expected_changes() -> set[tuple]:
    """What the expected records of the batch's pledges say changed (one pledge per seed)."""
    out = set()
    for path in (FILES[0], FILES[3]):
        for r in _rows(_expected(path)):
            out.add(
                (
                    r["mgmt_no"],
                    r["from_as_of"],
                    r["to_as_of"],
                    r["field"],
                    r["change"],
                    r["path"],
                    json.dumps(r["old_value"], ensure_ascii=False),
                    json.dumps(r["new_value"], ensure_ascii=False),
                )
            )
    return out


# ------------------------------------------------------------------------------ the diff itself


def _two_quarters() -> tuple[dict, dict]:
    return make_record("2-20", 2024, 3, sha256="a" * 64), make_record("2-20", 2024, 4, sha256="b" * 64)


def test_unchanged_pledge_has_no_changes_and_versions_are_linked() -> None:
    q3, q4 = _two_quarters()
    h = History()
    assert h.add(q4, "k4") == h.add(q3, "k3") == pledge_key(q3)  # given out of order
    ((key, versions),) = list(h.pledges())
    assert [v.as_of for v in versions] == ["2024-Q3", "2024-Q4"] and list(h.changes()) == []


def test_each_tracked_field_yields_its_change() -> None:
    q3, q4 = _two_quarters()
    q4["header"]["status"], q4["header"]["status_code"] = "완료", "done"
    q4["header"]["target"] = "도민 전체"
    q4["overview"]["budget"]["total_krw"] += 1000
    q4["goals"][0]["actual"], q4["goals"][0]["actual_value"] = "60개소", 60
    added = {**q4["achievements"][0], "text": "새 실적 보고회 개최"}
    removed = q4["achievements"].pop(2)
    q4["achievements"].append(added)
    got = {(r["field"], r["change"], r["path"]): (r["old_value"], r["new_value"]) for r in _rows([q3, q4])}
    n = len(q4["achievements"]) - 1
    assert got == {
        ("status", "changed", "header.status"): (q3["header"]["status"], "완료"),
        ("status", "changed", "header.status_code"): (q3["header"]["status_code"], "done"),
        ("target", "changed", "header.target"): (q3["header"]["target"], "도민 전체"),
        ("budget", "changed", "overview.budget.total_krw"): (
            q3["overview"]["budget"]["total_krw"],
            q4["overview"]["budget"]["total_krw"],
        ),
        ("goal", "changed", "goals[0].actual"): (q3["goals"][0]["actual"], "60개소"),
        ("goal", "changed", "goals[0].actual_value"): (q3["goals"][0]["actual_value"], 60),
        ("achievement", "added", f"achievements[{n}]"): (None, "새 실적 보고회 개최"),
        ("achievement", "removed", "achievements[2]"): (removed["text"], None),
    }


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_a_changed_funding_cell_is_exactly_one_row(data: st.DataObject) -> None:
    q3, q4 = _two_quarters()
    rows = q4["funding"]["rows"]
    r = data.draw(st.integers(0, len(rows) - 1))
    c = data.draw(st.integers(0, len(rows[r]["amounts_krw"]) - 1))
    old = rows[r]["amounts_krw"][c]
    new = data.draw(st.one_of(st.none(), st.integers(0, 10**13)).filter(lambda v: v != old))
    rows[r]["amounts_krw"][c] = new
    (row,) = _rows([q4, q3])
    assert (row["field"], row["change"], row["path"], row["old_value"], row["new_value"]) == (
        "funding",
        "changed",
        f"funding.rows[{r}].amounts_krw[{c}]",
        old,
        new,
    )
    assert (row["from_as_of"], row["to_as_of"], row["card_key"], row["from_card_key"]) == (
        "2024-Q3",
        "2024-Q4",
        q4["card_id"],
        q3["card_id"],
    )


def test_funding_cells_are_matched_by_source_and_year_not_position() -> None:
    q3, q4 = _two_quarters()
    q4["funding"]["rows"].reverse()  # printed in another order: nothing changed
    assert _rows([q3, q4]) == []


def test_other_pledges_and_issuers_are_not_linked() -> None:
    q3, q4 = _two_quarters()
    other = make_record("2-21", 2024, 4, sha256="c" * 64)
    other["header"]["status"] = "완료"
    elsewhere = copy.deepcopy(q4)
    elsewhere["header"]["issuer"], elsewhere["header"]["status"] = "누리도", "완료"
    assert _rows([q3, other, elsewhere]) == []


def test_changes_and_corrections_tables_are_typed_and_keyed() -> None:
    q3, q4 = _two_quarters()
    q4["header"]["status"] = "완료"
    q4["corrections"] = [
        {
            "path": "header.target",
            "extracted": "도민",
            "value": "도민 전체",
            "note": "n",
            "by": "kim",
            "at": "2026-12-01T10:00:00Z",
        }
    ]
    tables = batch_tables([q3, q4])
    assert list(tables["changes"].columns) == TABLE_COLUMNS["changes"]
    (ch,) = tables["changes"].to_dict("records")
    assert (ch["path"], json.loads(ch["old_value"]), json.loads(ch["new_value"])) == (
        "header.status",
        q3["header"]["status"],
        "완료",
    )
    assert ch["card_key"] == q4["card_id"] and ch["from_card_key"] == q3["card_id"]
    (co,) = tables["corrections"].to_dict("records")
    assert (
        co["card_key"],
        co["path"],
        json.loads(co["extracted"]),
        json.loads(co["value"]),
        co["corrected_by"],
    ) == (q4["card_id"], "header.target", "도민", "도민 전체", "kim")


def test_intervals_read_as_people_write_them() -> None:
    assert humanize.interval("2026-H1/..") == "2026년 상반기~"
    assert humanize.interval("2026-H2/..") == "2026년 하반기~"
    assert humanize.interval("2026-S1/..") == "2026년 1학기~"
    assert humanize.interval("2023-S2/2024-S1") == "2023년 2학기~2024년 1학기"


# ------------------------------------------------------------------------------ a real batch


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("history") / "out"
    assert main(["run", *map(str, FILES), "-o", str(out), "--workers", "1", "--fail-on", "never"]) == 0
    return out


def test_batch_of_two_quarter_files_yields_the_status_change_in_duckdb(batch: Path) -> None:
    expected = _expected_changes()
    assert {e[3] for e in expected} == {"status"}  # the generator's later quarter changes the status only
    con = duckdb.connect(str(batch / "warehouse.duckdb"), read_only=True)
    got = set(con.execute(f"SELECT {COLS} FROM changes").fetchall())
    assert got == expected
    for path in (FILES[0], FILES[3]):
        early, late = _expected(path)
        (row,) = [r for r in got if r[0] == late["header"]["mgmt_no"] and r[5] == "header.status"]
        assert row[1:3] == (early["as_of"]["label"], late["as_of"]["label"])
        assert (json.loads(row[6]), json.loads(row[7])) == (
            early["header"]["status"],
            late["header"]["status"],
        )
        assert early["header"]["status"] != late["header"]["status"]
    # every change names the later card's warehouse key and the earlier one's
    keys = dict(con.execute("SELECT card_id, card_key FROM cards").fetchall())
    for card_id, card_key, from_key, to_as_of in con.execute(
        "SELECT card_id, card_key, from_card_key, to_as_of FROM changes"
    ).fetchall():
        assert keys[card_id] == card_key and from_key in keys.values() and card_id.endswith(to_as_of)
    con.close()


def test_changes_in_parquet_and_csv(batch: Path) -> None:
    expected = _expected_changes()
    parquet = pd.read_parquet(batch / "tables" / "changes.parquet")
    assert {tuple(r) for r in parquet[COLS.split(", ")].itertuples(index=False)} == expected
    assert main(["export", str(batch), "--csv"]) == 0
    csv = pd.read_csv(batch / "csv" / "changes.csv", encoding="utf-8-sig", dtype=str)
    assert {tuple(r) for r in csv[COLS.split(", ")].itertuples(index=False)} == expected


def test_changes_in_postgres_and_reloading_changes_nothing(batch: Path, db: str) -> None:  # noqa: F811
    for _ in range(2):
        assert (
            main(
                [
                    "run",
                    *map(str, FILES),
                    "-o",
                    str(batch),
                    "--workers",
                    "1",
                    "--fail-on",
                    "never",
                    "--warehouse",
                    db,
                ]
            )
            == 0
        )
        eng = sa.create_engine(driver_url(db))
        with eng.connect() as c:
            got = [tuple(r) for r in c.execute(sa.text(f"SELECT {COLS} FROM changes"))]
        eng.dispose()
        assert sorted(got) == sorted(_expected_changes())


def test_correction_lands_in_the_corrections_table_and_in_the_changes(tmp_path: Path, db: str) -> None:  # noqa: F811
    out = tmp_path / "out"
    txt = FILES[0]
    early, late = _expected(txt)
    assert main(["run", str(txt), "-o", str(out), "--workers", "1", "--fail-on", "never"]) == 0
    (rec,) = [r for r in read_jsonl(out / "records.jsonl") if r["card_id"] == late["card_id"]]
    printed = rec["header"]["target"]
    assert (
        main(
            [
                "correct",
                str(out),
                late["card_id"],
                "header.target",
                "도민 전체 (수정)",
                "--by",
                "kim",
                "--note",
                "checked",
            ]
        )
        == 0
    )
    for target in (None, db):
        extra = ["--warehouse", target] if target else []
        assert main(["run", str(txt), "-o", str(out), "--workers", "1", "--fail-on", "never", *extra]) == 0
        if target is None:
            con = duckdb.connect(str(out / "warehouse.duckdb"), read_only=True)
            corr = con.execute(
                "SELECT card_id, path, extracted, value, note, corrected_by FROM corrections"
            ).fetchall()
            changes = con.execute(f"SELECT {COLS} FROM changes WHERE field = 'target'").fetchall()
            con.close()
        else:
            eng = sa.create_engine(driver_url(target))
            with eng.connect() as c:
                corr = [
                    tuple(r)
                    for r in c.execute(
                        sa.text("SELECT card_id, path, extracted, value, note, corrected_by FROM corrections")
                    )
                ]
                changes = [
                    tuple(r) for r in c.execute(sa.text(f"SELECT {COLS} FROM changes WHERE field = 'target'"))
                ]
            eng.dispose()
        assert corr == [
            (
                late["card_id"],
                "header.target",
                json.dumps(printed, ensure_ascii=False),
                json.dumps("도민 전체 (수정)", ensure_ascii=False),
                "checked",
                "kim",
            )
        ]
        # the corrected target differs from the earlier quarter's: the history shows it
        assert changes == [
            (
                late["header"]["mgmt_no"],
                early["as_of"]["label"],
                late["as_of"]["label"],
                "target",
                "changed",
                "header.target",
                json.dumps(early["header"]["target"], ensure_ascii=False),
                json.dumps("도민 전체 (수정)", ensure_ascii=False),
            )
        ]


# ------------------------------------------------------------------------------ the report


def test_pledge_timeline_page_in_chromium(batch: Path, tmp_path: Path) -> None:
    index = lxml_html.fromstring((batch / "report" / "index.html").read_text(encoding="utf-8"))
    for path in (FILES[0], FILES[3]):
        early, late = _expected(path)
        links = {
            a.get("href")
            for tr in index.xpath('//table[@id="cards-table"]/tbody/tr')
            if tr.get("data-card") in (early["card_id"], late["card_id"])
            for a in tr.xpath('.//a[@class="pledge-link"]')
        }
        (href,) = links  # both quarters' rows link the one pledge page
        page = batch / "report" / href
        dom = lxml_html.fromstring(_run(["--dump-dom", page.as_uri()], tmp_path))
        versions = dom.xpath('//table[@id="timeline"]/tbody/tr')
        assert [
            (tr.get("data-as-of"), tr.xpath('./td[@class="status"]')[0].text_content()) for tr in versions
        ] == [
            (early["as_of"]["label"], early["header"]["status"]),
            (late["as_of"]["label"], late["header"]["status"]),
        ]
        assert [tr.xpath('./td[contains(@class, "funding")]')[0].text_content() for tr in versions] == [
            f"{early['overview']['budget']['total_krw']:,}",
            f"{late['overview']['budget']['total_krw']:,}",
        ]
        (status,) = dom.xpath('//table[@id="changes-table"]//tr[@data-path="header.status"]')
        assert status.xpath('./td[@class="old"]')[0].text_content() == early["header"]["status"]
        assert status.xpath('./td[@class="new"]')[0].text_content() == late["header"]["status"]
        # each version links its card page, and the card page links back
        for tr in versions:
            (a,) = tr.xpath('.//a[@class="card-link"]')
            card = lxml_html.fromstring((page.parent / a.get("href")).read_text(encoding="utf-8"))
            assert (
                page.parent.parent / "cards" / card.get_element_by_id("pledge-link").get("href")
            ).resolve() == page.resolve()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report-pledge-timeline.png"
    _run([f"--screenshot={shot}", "--window-size=1280,1000", page.as_uri()], tmp_path)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_another_pledge_on_the_same_number_is_not_its_history() -> None:
    q3, q4 = _two_quarters()
    other = make_record("2-20", 2024, 4, sha256="c" * 64)  # another template's card numbered 2-20
    other["header"]["title"], other["header"]["status"] = "전혀 다른 공약 사업", "완료"
    h = History()
    keys = [h.add(r, r["card_id"] + r["source"]["sha256"][0]) for r in (q3, other, q4)]
    assert keys[0] == keys[2] != keys[1] and keys[1].startswith(keys[0] + "#")
    assert list(h.changes()) == []  # q3 -> q4 unchanged; the other card has no earlier version
    q4["header"]["title"] += " 2단계"  # a title that grows a little is still the pledge
    assert _rows([q3, q4]) == []
