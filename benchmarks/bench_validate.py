"""Benchmark validation of a batch of cards (default 2,000).

    .venv/bin/python benchmarks/bench_validate.py [--cards N] [--report] [--source synth|seed]
    .venv/bin/python benchmarks/bench_validate.py --scale 1000 10000 [--no-report]

``--scale``: for each size, a fresh process writes that many generated records to a temporary
``records.jsonl`` (one at a time) and runs ``validate_dir`` on it (records streamed through the GX
suites in chunks, report pages written as they come); prints seconds, seconds inside GX and peak
memory (peak RSS, and its growth over the process after importing GX and pandas), so that flat
memory shows as a flat last column.

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


def _child(n: int, report: bool) -> int:
    """One --scale measurement in this process; prints one JSON line."""
    sys.path.insert(0, str(ROOT))
    from pledgecard.validate.api import validate_dir
    from pledgecard.validate.suites import Suites
    from pledgecard.writers import dumps

    Suites()  # GX imported and a context built: the fixed cost, before the measured part
    base = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        with open(Path(tmp) / "records.jsonl", "w", encoding="utf-8") as fh:
            made = 0
            while made < n:
                batch, _ = make_records(min(500, n - made), "synth")
                for i, rec in enumerate(batch):
                    rec["card_id"] = f"S-{made + i}@{rec.get('card_id', 'x')}"
                    fh.write(dumps(rec) + "\n")
                made += len(batch)
        del batch
        t = time.perf_counter()
        res = validate_dir(Path(tmp), fail_on="never", report=report)
        sec = time.perf_counter() - t
    print(json.dumps({"cards": n, "seconds": sec, "gx_seconds": res.gx_seconds, "findings": res.findings,
                      "peak_mb": _rss_mb(), "base_mb": base}))
    return 0


def scale(sizes: list[int], report: bool) -> int:
    import subprocess

    print(f"validate_dir{' + report' if report else ''}, records streamed in chunks, one process per size")
    print(f"{'cards':>8s} {'seconds':>9s} {'s/1000':>8s} {'in GX':>7s} {'peak RSS MB':>12s} {'growth MB':>10s}")
    for n in sizes:
        cmd = [sys.executable, __file__, "--child", str(n)] + ([] if report else ["--no-report"])
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        r = json.loads(out)
        print(f"{n:8d} {r['seconds']:9.2f} {r['seconds'] * 1000 / n:8.3f} {r['gx_seconds'] / r['seconds']:7.1%} "
              f"{r['peak_mb']:12.0f} {r['peak_mb'] - r['base_mb']:10.0f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cards", type=int, default=2000)
    ap.add_argument("--source", choices=["synth", "seed"], default="synth")
    ap.add_argument("--report", action="store_true", help="also time validate_dir with the HTML report")
    ap.add_argument("--scale", type=int, nargs="+", metavar="N", help="validate_dir on N generated records each")
    ap.add_argument("--no-report", action="store_true", help="with --scale: findings only")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return _child(args.child, not args.no_report)
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
    print(f"validation benchmark: {len(records)} cards ({origin}), {len(findings)} findings, {failing} failing")
    print(f"{'stage':34s} {'seconds':>9s} {'s/1000 cards':>13s} {'share':>7s}")
    for name, sec in rows:
        share = sec / t_total if t_total else 0.0
        print(f"{name:34s} {sec:9.3f} {sec * per_k:13.3f} {share:7.1%}")
    print(f"{'(one-time GX import)':34s} {t_import:9.3f}")
    print(f"{'baseline: batch_tables':34s} {t_base:9.3f} {t_base * per_k:13.3f}")
    print(f"validate_batch / baseline ratio: {t_total / t_base if t_base else float('nan'):.2f}x; "
          f"share of validation time inside GX: {t_gx / t_total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
