"""The batch's parent process does little per file: workers serialise their journal entry, the
outputs stream beside the conversion, card files may be written by other processes; the bytes
are those of the plain way every time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_batch import outputs
from test_batch_fakes import fake_process, write_card

import pledgecard.batch.driver as driver
import pledgecard.batch.runner as runner
from pledgecard.batch import run_batch
from pledgecard.batch.driver import _entry, dispatch_order, journal_line
from pledgecard.batch.outputs import write_cards
from pledgecard.batch.runner import Job, packed
from pledgecard.pipeline import FileResult
from pledgecard.writers import json_safe

ODD = "카드\udcff\udcfe.txt"  # a file name that is not UTF-8, as os.fsdecode gives it


def _result(path: str) -> dict:
    res = FileResult(
        path=path,
        sha256="ab" * 32,
        format="txt",
        size=12,
        notes=["note \udc80"],
        records=[
            {
                "card_id": "1-1@2024-Q1",
                "header": {"title": "제목 \udcff"},
                "source": {"file": path, "card_index": 0},
                "money": [1, 2.5, None],
            }
        ],
        provenance=[{"card_id": "1-1@2024-Q1", "file": path, "locations": {"a": {"line": 3}}}],
    )
    return {"file_row": res.file_row(), "records": list(res.records), "provenance": list(res.provenance)}


@pytest.mark.parametrize("name", ["plain.txt", ODD])
@pytest.mark.parametrize("key", ["/in/x|12|99", None])
def test_the_journal_line_from_a_workers_bytes_is_the_plain_entry(name: str, key: str | None) -> None:
    job = Job(3, f"/in/{name}")
    result = _result(job.path)
    line = journal_line(job, key, packed(result))
    plain = (json.dumps(_entry(job, key, result), ensure_ascii=False) + "\n").encode("utf-8")
    assert line == plain
    assert json.loads(line)["file_row"]["notes"] == ["note \\x80"]  # made valid UTF-8, as before


def test_a_result_that_cannot_be_serialised_is_left_to_the_parent() -> None:
    result = _result("/in/a.txt")
    result["records"][0]["bad"] = object()
    assert packed(result) is result
    assert journal_line(Job(0, "/in/a.txt"), None, result) is None


def test_files_far_larger_than_the_rest_go_first_the_others_in_input_order() -> None:
    jobs = [Job(i, f"/in/{i}") for i in range(6)]
    order = dispatch_order(jobs, [10, 900, 12, 11, 5000, 9])
    assert [j.index for j in order] == [4, 1, 0, 2, 3, 5]
    assert dispatch_order([], []) == []


def _batch(root: Path, n: int) -> Path:
    for i in range(n):
        write_card(root / f"c{i:03d}.txt", mgmt_no=f"4-{i}", quarter=1 + i % 4, cards=1 + i % 2)
    return root


def test_card_files_shared_out_among_processes_are_the_ones_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _batch(tmp_path / "in", 12)
    run_batch([src], tmp_path / "one", workers=1, progress=False, task=fake_process)
    monkeypatch.setattr(runner, "SPREAD_MIN", 2)
    calls: list[int] = []
    real = runner.spread

    def counting(fn, arg, items, **kw):  # type: ignore[no-untyped-def]
        calls.append(len(items))
        return real(fn, arg, items, **kw)

    monkeypatch.setattr("pledgecard.batch.driver.spread", counting)
    run_batch([src], tmp_path / "two", workers=2, progress=False, task=fake_process)
    assert calls == [18]  # 12 files, 18 cards, one call for all card files
    assert outputs(tmp_path / "two") == outputs(tmp_path / "one")


def test_a_chunk_that_fails_in_another_process_is_written_here_and_its_error_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = tmp_path / "records.jsonl"
    lines = [json.dumps({"card_id": f"c{i}"}).encode() + b"\n" for i in range(4)]
    records.write_bytes(b"".join(lines))
    offsets = [sum(len(x) for x in lines[:i]) for i in range(4)]
    items = [(offsets[i], str(tmp_path / "cards" / f"c{i}.json")) for i in range(4)]
    (tmp_path / "cards").mkdir()
    items[3] = (offsets[3], str(tmp_path / "no-such-folder" / "deeper" / "c3.json"))
    (tmp_path / "no-such-folder").write_text("a file where a folder should be")
    monkeypatch.setattr(runner, "SPREAD_MIN", 1)
    with pytest.raises(OSError):  # chunks [c0, c2] and [c1, c3]: the second fails there, then here
        runner.spread(write_cards, str(records), items, workers=2)
    assert [json.loads((tmp_path / "cards" / f"c{i}.json").read_text()) for i in range(3)] == [
        {"card_id": f"c{i}"} for i in range(3)
    ]
    assert (tmp_path / "cards" / "c0.json").read_text() == json.dumps({"card_id": "c0"}, indent=2) + "\n"


def test_a_batch_stopped_by_an_error_writes_no_outputs_and_leaves_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _batch(tmp_path / "in", 6)
    real = runner.run_local

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        for n, item in enumerate(real(*args, **kwargs)):
            if n == 3:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr("pledgecard.batch.driver.run_local", failing)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        run_batch([src], out, workers=2, progress=False, task=fake_process)
    assert (
        not (out / "records.jsonl").exists() and not list(out.glob(".*.tmp")) and not list(out.glob(".pc-*"))
    )
    monkeypatch.undo()
    again = run_batch([src], out, workers=2, progress=False, task=fake_process)
    assert again.reused == 3 and again.converted == 3  # the journal kept what was done
    run_batch([src], tmp_path / "fresh", workers=1, progress=False, task=fake_process)
    assert outputs(out) == outputs(tmp_path / "fresh")


@pytest.mark.parametrize(
    "records", [[], [{"a": 1}], [{"a": ["x\udc80", 1.5, None]}, {"k": "정상"}], [{"a\udcff": [2, 1.5]}]]
)
def test_a_body_made_from_the_record_lines_is_the_plain_one(records: list) -> None:
    result = {"file_row": {"p": "\udcff", "n": 2}, "records": records, "provenance": [{"f": "\udc80"}]}
    made = packed(result, "/in/a.txt")
    assert (
        made["body"] == packed(result)["body"] == json.dumps(json_safe(result), ensure_ascii=False).encode()
    )
    # lines are made unless a figure's path is not UTF-8 (its digest is then the parent's, from the journal)
    assert len(made.get("ready", [None])) == len(records) or "\udcff" in str(records)


def test_json_safe_is_what_the_bytes_hold() -> None:
    obj = {"a\udcff": ["x\udc80", 1, None, {"k": "정상"}]}
    assert packed({"file_row": {"p": "\udcff"}, "records": [obj], "provenance": []})["body"] == json.dumps(
        json_safe({"file_row": {"p": "\udcff"}, "records": [obj], "provenance": []}), ensure_ascii=False
    ).encode("utf-8")


def test_outputs_from_the_workers_lines_are_the_bytes_made_from_the_journal(tmp_path: Path) -> None:
    """Real cards (one in four formats, copies in two folders, one folder giving a forced issuer):
    the outputs written from the lines a worker made (``ready``) are those written from the
    journal entries read back, whether or not the issuer or the shown name changes the records."""
    import os
    import shutil

    from pledgecard.batch.driver import _ready_entry, _relabel
    from pledgecard.batch.outputs import write_outputs
    from pledgecard.extract.limits import Limits
    from pledgecard.pipeline import process_file

    corpus = Path(__file__).resolve().parents[1] / "samples" / "corpus"
    paths = []
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for name in (
            "card-00101-txt.txt",
            "card-00101-pdf.pdf",
            "card-00101-hwpx.hwpx",
            "card-00102-txt.txt",
        ):
            if folder == "b" and "pdf" in name:
                continue
            paths.append(str(shutil.copy(corpus / name, tmp_path / folder / name)))
    (tmp_path / "b" / "pledgecard.toml").write_text(
        'issuer = "주어진시"\nforce_issuer = true\n', encoding="utf-8"
    )
    # shown as given: 0 absolute, 1 relative (the worker renames its lines), 2 relative but the
    # worker not told (the parent reads the journal entry back)
    shown = {i: os.path.relpath(p) if i in (1, 2) else p for i, p in enumerate(paths)}
    results = [
        (Job(i, p), runner.work(process_file, p, Limits(), None if i == 2 else shown[i]))
        for i, p in enumerate(paths)
    ]
    assert all(r["ready"] for _, r in results)
    for _, r in results:  # the journal's bytes, made from the records' lines, are those of the plain way
        plain = runner.packed(
            {
                "file_row": json.loads(json.dumps(json_safe(r["file_row"]))),
                **{k: v for k, v in json.loads(r["body"]).items() if k != "file_row"},
            }
        )
        assert r["body"] == plain["body"]
    lines = {job.index: json.loads(journal_line(job, None, r) or b"") for job, r in results}

    def plain() -> list:
        return [_relabel(json.loads(json.dumps(lines[i])), shown[i]) for i in range(len(paths))]

    def made() -> list:
        return [
            _ready_entry(
                r, shown[job.index], lambda i=job.index: _relabel(json.loads(json.dumps(lines[i])), shown[i])
            )
            for job, r in results
        ]

    write_outputs(tmp_path / "plain", plain())
    entries = made()
    assert ["ready" in e for e in entries] == [i != 2 for i in range(len(paths))]
    write_outputs(tmp_path / "made", entries)
    assert outputs(tmp_path / "made") == outputs(tmp_path / "plain")
    assert (tmp_path / "made" / "records.jsonl").read_text(encoding="utf-8").count("주어진시") >= 3
    assert os.path.relpath(paths[1]) in (tmp_path / "made" / "files.jsonl").read_text(encoding="utf-8")


def test_results_not_held_in_memory_are_read_back_from_the_journal_to_the_same_outputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = _batch(tmp_path / "in", 8)
    reads: list[int] = []
    real = driver._reread

    def counting(*args, **kw):  # type: ignore[no-untyped-def]
        reads.append(1)
        return real(*args, **kw)

    monkeypatch.setattr("pledgecard.batch.driver._reread", counting)
    run_batch([src], tmp_path / "held", workers=2, progress=False, task=fake_process)
    assert reads == []  # every file's lines made by its worker
    monkeypatch.setattr("pledgecard.batch.driver.READY_HELD", 0)
    run_batch([src], tmp_path / "read", workers=2, progress=False, task=fake_process)
    assert len(reads) == 8
    assert outputs(tmp_path / "read") == outputs(tmp_path / "held")


def test_card_identity_takes_the_workers_digests_and_reads_back_only_copies_that_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Copies of a card resolved after the last result: a group whose copies agree is resolved from
    the digests the workers made (its first copy's too), without reading a record back from
    records.jsonl; a group whose figures differ is read whole, as before; the outputs are those of
    the parent's own way (every entry read back from the journal)."""
    import pledgecard.batch.outputs as outs

    src = tmp_path / "in"
    for i in range(6):  # three cards, two equal copies each
        write_card(src / f"c{i}.txt", mgmt_no=f"5-{i % 3}", quarter=2)
    write_card(src / "c9.txt", mgmt_no="5-0", quarter=2, scale=3)  # a third copy of 5-0, other figures
    reads: list[int] = []
    real = outs._read_line

    def counting(path, offset):  # type: ignore[no-untyped-def]
        reads.append(offset)
        return real(path, offset)

    monkeypatch.setattr(outs, "_read_line", counting)
    run_batch([src], tmp_path / "held", workers=1, progress=False, task=fake_process)
    assert len(reads) == 3  # the three copies of 5-0, compared whole; 5-1 and 5-2 by their digests
    monkeypatch.setattr("pledgecard.batch.driver.READY_HELD", 0)
    run_batch([src], tmp_path / "read", workers=1, progress=False, task=fake_process)
    assert outputs(tmp_path / "read") == outputs(tmp_path / "held")
    assert len(list((tmp_path / "held" / "cards").glob("*.json"))) == 3  # one title, one card: 5-0 differs
