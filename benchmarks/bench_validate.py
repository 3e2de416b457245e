"""Benchmark validation of a batch of cards (default 2,000).

    .venv/bin/python benchmarks/bench_validate.py [--cards N] [--report] [--source synth|seed]
    .venv/bin/python benchmarks/bench_validate.py --scale 2500 10000 [100000] [--no-report]

``--scale``: for each size, fresh processes write that many generated records to a temporary
batch folder (``records.jsonl``, ``provenance.jsonl`` with a location per figure, ``files.jsonl``;
one record at a time) and run, after GX is imported, (a) the baseline: the records decoded and
laid out in the check tables chunk by chunk, and (b) ``validate_dir`` (identity on slim records,
records streamed through the GX suites in chunks, report pages written as they come). Prints
seconds, CPU seconds (robust on a loaded machine), the ratio of CPU to the baseline's, the share
inside GX and peak memory (peak RSS, and its growth over the process before the measured part),
so that flat memory shows as a flat growth column. With the report, a large batch writes its pages
in a second process: CPU seconds are both processes' (``main CPU``: the validating process alone),
and ``pages RSS MB`` is the page process's peak (the two peaks add up to the batch's memory).

Cards come from samples/synth.py (``synth_record``) when available, else from copies of the seed
record with varied ids and amounts. Prints a table of seconds, seconds per 1,000 cards and share
of the validation time per stage, including the share spent inside Great Expectations, and the
ratio of validation time to a baseline measured in the same run (flattening the same records into
the batch tables with :func:`pledgecard.tables.batch_tables`).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "spec" / "seed.expected.json"


def make_records(n: int, source: str) -> tuple[list[dict[str, Any]], str]:
    if source == "synth":
        try:
            sys.path.insert(0, str(ROOT))
            from samples.synth import synth_record

            return [synth_record(i) for i in range(n)], "samples.synth"
        except ImportError:
            pass
    base = json.loads(SEED.read_text(encoding="utf-8"))
    out = []
    for i in range(n):
        rec = copy.deepcopy(base)
        rec["card_id"] = f"B-{i}@2024-Q4"
        k = 1 + i % 9
        for row in rec["funding"]["rows"]:
            row["amounts_krw"] = [a * k for a in row["amounts_krw"]]
        rec["overview"]["budget"]["total_krw"] *= k
        for part in rec["overview"]["budget"]["parts"]:
            part["amount_krw"] *= k
        out.append(rec)
    return out, "seed copies"


def _rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def write_batch(folder: Path, n: int) -> None:
    """``n`` generated records (distinct card ids) as an extracted batch: ``records.jsonl``,
    ``provenance.jsonl`` (one line per record, a location per figure) and ``files.jsonl``,
    written one record at a time."""
    from pledgecard.identity import figures
    from pledgecard.writers import dumps

    with (
        open(folder / "records.jsonl", "w", encoding="utf-8") as recs,
        open(folder / "provenance.jsonl", "w", encoding="utf-8") as provs,
        open(folder / "files.jsonl", "w", encoding="utf-8") as files,
    ):
        made = 0
        while made < n:
            batch, _ = make_records(min(100, n - made), "synth")
            for i, rec in enumerate(batch):
                rec["card_id"] = f"S-{made + i}@{rec.get('card_id', 'x')}"
                name = f"cards/S-{made + i}.txt"
                rec.setdefault("source", {})["file"] = name
                recs.write(dumps(rec) + "\n")
                locations = {path: {"line": k + 1} for k, path in enumerate(figures(rec))}
                provs.write(
                    dumps({"card_id": rec["card_id"], "file": name, "format": "txt", "locations": locations})
                    + "\n"
                )
                files.write(dumps({"path": name, "status": "ok", "cards": 1}) + "\n")
            made += len(batch)


def _baseline(folder: Path) -> None:
    """The floor of validation: every record decoded and laid out in the check tables, chunk by
    chunk, without Great Expectations, identity or the report."""
    from pledgecard.validate.checks import check_tables
    from pledgecard.validate.engine import chunks
    from pledgecard.validate.streams import iter_jsonl

    for chunk in chunks(iter_jsonl(folder / "records.jsonl", required=True)):
        check_tables(chunk)


def _child(n: int, report: bool, baseline: bool) -> int:
    """One --scale measurement in this process (a fresh folder of ``n`` records); prints one
    JSON line: seconds, CPU seconds, peak RSS and the RSS before the measured part."""
    sys.path.insert(0, str(ROOT))
    from pledgecard.validate.api import validate_dir
    from pledgecard.validate.suites import Suites

    Suites()  # GX imported and a context built: the fixed cost, before the measured part
    with tempfile.TemporaryDirectory() as tmp:
        write_batch(Path(tmp), n)
        base = _rss_mb()
        t, c = time.perf_counter(), _cpu()
        gx, pages = 0.0, None
        if baseline:
            _baseline(Path(tmp))
        else:
            res = validate_dir(Path(tmp), fail_on="never", report=report)
            gx, pages = res.gx_seconds, res.page_process
        sec, cpu = time.perf_counter() - t, _cpu() - c
    pages = pages or {"cpu_seconds": 0.0, "peak_mb": 0.0}
    print(
        json.dumps(
            {
                "cards": n,
                "seconds": sec,
                "cpu": cpu + pages["cpu_seconds"],
                "main_cpu": cpu,
                "gx_seconds": gx,
                "peak_mb": _rss_mb(),
                "base_mb": base,
                "pages_mb": pages["peak_mb"],
            }
        )
    )
    return 0


def _run_child(n: int, report: bool, baseline: bool) -> dict[str, Any]:
    import subprocess

    cmd = (
        [sys.executable, __file__, "--child", str(n)]
        + ([] if report else ["--no-report"])
        + (["--baseline"] if baseline else [])
    )
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    return json.loads(out)


def scale(sizes: list[int], report: bool) -> int:
    """Per size, in fresh processes: the baseline (records decoded into the check tables) and
    ``validate_dir``; prints seconds, CPU seconds, their ratio to the baseline, the share inside
    GX and peak memory, then the memory growth of the largest size over the smallest."""
    print(
        f"validate_dir{' + report' if report else ''} on generated batches (records, provenance, files), "
        "records streamed in chunks, one process per measurement"
    )
    print(
        f"{'cards':>8s} {'seconds':>8s} {'CPU s':>7s} {'CPU/1000':>9s} {'base CPU':>9s} {'CPU ratio':>9s} "
        f"{'in GX':>6s} {'peak RSS MB':>11s} {'growth MB':>9s} {'main CPU':>8s} {'pages RSS MB':>12s}"
    )
    rows = []
    for n in sizes:
        b = _run_child(n, report, baseline=True)
        r = _run_child(n, report, baseline=False)
        rows.append(r)
        print(
            f"{n:8d} {r['seconds']:8.1f} {r['cpu']:7.1f} {r['cpu'] * 1000 / n:9.2f} {b['cpu']:9.1f} "
            f"{r['cpu'] / b['cpu']:9.2f} {r['gx_seconds'] / r['seconds']:6.1%} {r['peak_mb']:11.0f} "
            f"{r['peak_mb'] - r['base_mb']:9.0f} {r['main_cpu']:8.1f} {r['pages_mb']:12.0f}"
        )
    if len(rows) > 1:
        lo, hi = rows[0], rows[-1]
        print(
            f"{hi['cards'] / lo['cards']:.0f}x the cards: peak RSS {hi['peak_mb'] / lo['peak_mb']:.2f}x, "
            f"growth over the start {max(hi['peak_mb'] - hi['base_mb'], 1) / max(lo['peak_mb'] - lo['base_mb'], 1):.2f}x"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=2000)
    ap.add_argument("--source", choices=["synth", "seed"], default="synth")
    ap.add_argument("--report", action="store_true", help="also time validate_dir with the HTML report")
    ap.add_argument(
        "--scale", type=int, nargs="+", metavar="N", help="validate_dir on N generated records each"
    )
    ap.add_argument("--no-report", action="store_true", help="with --scale: findings only")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child, not args.no_report, args.baseline)
    if args.scale:
        return scale(args.scale, not args.no_report)

    records, origin = make_records(args.cards, args.source)
    per_k = 1000 / len(records)

    t = time.perf_counter()
    import great_expectations  # noqa: F401 - one-time import cost, reported separately

    t_import = time.perf_counter() - t

    from pledgecard.tables import batch_tables
    from pledgecard.validate.checks import check_tables
    from pledgecard.validate.engine import Validator, chunks

    t = time.perf_counter()
    batch_tables(records)
    t_base = time.perf_counter() - t

    Validator().validate(records[:5])  # warm-up: first GX context and metric registry setup
    t = time.perf_counter()
    check_tables(records)
    t_tables = time.perf_counter() - t
    t = time.perf_counter()
    validator = Validator()
    findings = [f for chunk in chunks(records) for f in validator.validate(chunk)]
    t_total = time.perf_counter() - t
    t_gx = validator.gx_seconds
    t_rest = max(0.0, t_total - t_gx - t_tables)

    rows = [
        ("check tables (pandas)", t_tables),
        ("GX validations (suites per chunk)", t_gx),
        ("findings mapping", t_rest),
        ("validate_batch total", t_total),
    ]
    if args.report:
        from pledgecard.validate.api import validate_dir
        from pledgecard.writers import atomic_write_jsonl

        with tempfile.TemporaryDirectory() as tmp:
            atomic_write_jsonl(Path(tmp) / "records.jsonl", records)
            t = time.perf_counter()
            res = validate_dir(Path(tmp))
            t_dir = time.perf_counter() - t
        rows.append(("validate_dir + report", t_dir))
        rows.append(("  of which GX", res.gx_seconds))

    failing = sum(1 for f in findings if not f["success"])
    print(
        f"validation benchmark: {len(records)} cards ({origin}), {len(findings)} findings, {failing} failing"
    )
    print(f"{'stage':34s} {'seconds':>9s} {'s/1000 cards':>13s} {'share':>7s}")
    for name, sec in rows:
        share = sec / t_total if t_total else 0.0
        print(f"{name:34s} {sec:9.3f} {sec * per_k:13.3f} {share:7.1%}")
    print(f"{'(one-time GX import)':34s} {t_import:9.3f}")
    print(f"{'baseline: batch_tables':34s} {t_base:9.3f} {t_base * per_k:13.3f}")
    print(
        f"validate_batch / baseline ratio: {t_total / t_base if t_base else float('nan'):.2f}x; "
        f"share of validation time inside GX: {t_gx / t_total:.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
