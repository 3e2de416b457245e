"""Cards per second of ``pledgecard run``'s batch runner for 1 and 2 workers: whole archives
(every format in one batch) of each ``--cards`` size, and per format.

    .venv/bin/python benchmarks/bench_batch.py [--cards 1000[,10000]] [--formats txt,pdf,hwp,hwpx]
                                               [--workers 1,2] [--archive DIR] [--no-per-format]
                                               [--modes per-file,chunked]

Builds (once, cached under /tmp or in ``--archive``) an archive of ``--cards`` generated cards
spread over the formats with ``samples/generate.py`` (without it: distinct copies of the text
cards in samples/ and shared/seeds/). Each measurement runs in a process of its own:

- ``run_batch`` over the whole archive (every format in one batch, so each card's copies in
  the other formats are resolved as one card) with N workers, fresh output folder, in each of
  ``--modes``: ``chunked`` (jobs of several files, the default, :mod:`pledgecard.batch.chunks`)
  and ``per-file`` (one file per job and two jobs in flight per worker, as before chunks), the
  modes alternating so that both see the same load;
- per format (first ``--cards`` size only; ``--no-per-format`` skips it): the bare baseline,
  every file read with its reader library alone (text decoded; PDF pages parsed by pdfplumber;
  HWP body streams inflated through olefile; HWPX section XML parsed by lxml), and ``run_batch``
  over the format's files.

It prints cards/s, the 2-worker speed-up, the peak memory of the whole process tree (parent,
fork server and workers: the sum of their proportional set sizes, so pages the workers share
with the fork server count once, sampled every 0.5 s), and where the CPU time went: the parent
process (planning, journal, outputs), the workers (converting) and the fork server (imports
shared by the workers), with the workers' busy fraction (their CPU seconds over workers x wall
seconds); the model table adds, per card, the workers' CPU milliseconds, the system (kernel)
part of them, their minor page faults and their involuntary context switches, from each
worker's own ``getrusage`` at the end of
each job (what the workers pay more two at a time than alone: user time, or the kernel's page
copies and zeroing). A second table shows the worker pool as the workers timed it
(:class:`pledgecard.batch.poolstats.PoolStats`): jobs sent (round trips), the share of workers x
wall-clock spent inside jobs, the idle gaps between a worker's jobs (count, total seconds, median
and 90th percentile in ms), the share of a job's wall-clock its worker had the CPU (below 1: the
machine is busy), and the parent's CPU milliseconds per file. CPU figures and gaps hold on a
loaded machine; wall-clock speed-up needs a quiet one. Watch the ratios: absolute speeds depend
on the machine.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

from pledgecard.extract.document import FORMAT_NAMES
from pledgecard.extract.formats import detect_format

ROOT = Path(__file__).resolve().parents[1]


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.endswith(".expected.json"))


def build_archive(archive: Path, cards: int, formats: list[str], jobs: int) -> None:
    """Generate ``cards`` cards over ``formats`` into ``archive/<format>/`` (kept for reruns)."""
    per = math.ceil(cards / len(formats))
    try:
        sys.path.insert(0, str(ROOT))
        from samples.generate import FORMATS, _job, plan_jobs
    except ImportError:
        _copies(archive, per)
        return
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        print(f"the sample generator has no format {', '.join(unknown)}; skipped", file=sys.stderr)
        formats = [f for f in formats if f in FORMATS]
    from concurrent.futures import ProcessPoolExecutor

    for fmt in formats:
        folder = archive / fmt
        if folder.is_dir() and len(_files(folder)) >= per:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        todo = plan_jobs(folder, per, 1, [fmt], 0)
        print(f"generating {len(todo)} {fmt} cards in {folder} ...", file=sys.stderr)
        with ProcessPoolExecutor(jobs) as ex:
            list(ex.map(_job, todo, chunksize=4))


def _copies(archive: Path, per: int) -> None:
    """Distinct copies (a trailing blank line count) of the text cards at hand."""
    texts = sorted((ROOT / "samples").glob("*.txt")) + sorted(
        (ROOT.parent / "shared" / "seeds").glob("*.txt")
    )
    folder = archive / "txt"
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(per):
        src = texts[i % len(texts)]
        (folder / f"{i:05d}-{src.name}").write_bytes(src.read_bytes() + b"\n" * (1 + i // len(texts)))


def bare_read(data: bytes) -> None:
    """Read one file with the reader library alone, by the format its bytes are sniffed as (the
    pipeline's registry, extract/formats.py)."""
    fmt = detect_format(data)
    if fmt == "txt":
        data.decode("utf-8", errors="replace").splitlines()
    elif fmt == "pdf":
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words()
                page.close()
    elif fmt == "hwp":
        import olefile

        with olefile.OleFileIO(data) as ole:
            for entry in ole.listdir():
                if entry[0] == "BodyText":
                    zlib.decompress(ole.openstream(entry).read(), -15)
    elif fmt == "hwpx":
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                if name.startswith("Contents/section"):
                    etree.fromstring(zf.read(name))


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of ``pid`` from /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return None


def _cpu_with_children(pid: int) -> tuple[float, float]:
    """(CPU seconds of ``pid`` itself, of its children that have exited and been waited for)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            f = fh.read().rsplit(b")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / TICKS, (int(f[13]) + int(f[14])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0, 0.0


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as fh:
            for line in fh:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _is_forkserver(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return b"forkserver" in fh.read()
    except OSError:
        return False


TICKS = os.sysconf("SC_CLK_TCK")


class Tree:
    """Samples this process's descendants: the CPU seconds each used (every 0.25 s; the last value
    seen before it exited) and the peak of their summed memory (PSS, every 0.5 s). The sampler
    runs beside the workers and takes CPU from them: reading ``smaps_rollup`` costs some 1.5 ms per
    process, so it is read less often than the cheap ``stat``, and descendants are found through
    ``/proc/PID/task/TID/children`` rather than by scanning every process of the machine."""

    CPU_EVERY = 0.25
    PSS_EVERY = 0.5

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self.cpu: dict[int, float] = {}
        self.own_cpu = 0.0
        self.forkservers: set[int] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _children(pid: int) -> list[int]:
        kids: list[int] = []
        try:
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children", "rb") as fh:
                    kids.extend(int(k) for k in fh.read().split())
        except (OSError, ValueError):
            pass
        return kids

    def _descendants(self) -> dict[int, float]:
        out: dict[int, float] = {}
        frontier = [os.getpid()]
        while frontier:
            parent = frontier.pop()
            for kid in self._children(parent):
                st = _stat(kid)
                if kid in out or st is None:
                    continue
                out[kid] = st[1]
                frontier.append(kid)
                # the fork server is our child; the workers it forks share its command line
                if kid not in self.cpu and parent == os.getpid() and _is_forkserver(kid):
                    self.forkservers.add(kid)
        return out

    def _sample(self, pss: bool) -> None:
        tree = self._descendants()
        for pid, cpu in tree.items():
            self.cpu[pid] = max(cpu, self.cpu.get(pid, 0.0))
        if pss:
            self.peak = max(self.peak, _pss_mb(os.getpid()) + sum(_pss_mb(p) for p in tree))

    def _run(self) -> None:
        every = round(self.PSS_EVERY / self.CPU_EVERY)
        n = 0
        while not self._stop.wait(self.CPU_EVERY):
            self._sample(pss=n % every == 0)
            n += 1
        self.own_cpu = time.thread_time()  # the sampler's own CPU, not the parent's work

    def __enter__(self) -> Tree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def split(self) -> tuple[float, float]:
        """CPU seconds of (the workers and other helpers, the fork servers)."""
        fs = sum(c for p, c in self.cpu.items() if p in self.forkservers)
        return sum(self.cpu.values()) - fs, fs


def _own_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def measure(kind: str, folders: list[Path], fmt: str, workers: int) -> dict:
    """One measurement (run in its own process so that peak memory is its own); ``kind``:
    ``baseline``, ``chunked`` or ``per-file``."""
    import pledgecard.batch.chunks as chunks
    from pledgecard.batch import run_batch

    if kind == "per-file":
        chunks.SHARING = chunks.PER_FILE

    files = [p for folder in folders for p in _files(folder)]
    cpu0 = _own_cpu()
    start = time.perf_counter()
    with Tree() as tree:
        if kind == "baseline":
            for p in files:
                bare_read(p.read_bytes())
            cards = failed = 0
            pool: dict = {}
        else:
            with tempfile.TemporaryDirectory(prefix="bench-batch-") as out:
                t0 = time.monotonic()
                s = run_batch(folders, out, workers=workers, progress=False)
                t1 = time.monotonic()
            cards, failed, pool = s.cards, s.failed, s.pool.report()
            # the serial parts: planning before the pool starts, outputs after its last result
            pool.update(before=s.pool.started - t0, after=t1 - s.pool.ended)
            phases = (s.pool.started_cpu, s.pool.ended_cpu)
            pool_cpu = s.pool.worker_cpu()
            kernel = {
                "pool_sys": s.pool.worker_sys(),
                "pool_faults": s.pool.worker_faults(),
                "pool_preempted": s.pool.worker_preempted(),
            }
            # every process the fork server forked has ended and been waited for by now: its children's
            # CPU seconds are exact, where sampling misses the last moments of short-lived processes
            exact = [_cpu_with_children(p) for p in tree.forkservers]
    seconds = time.perf_counter() - start
    worker_cpu, server_cpu = tree.split()
    parent_cpu = _own_cpu() - cpu0 - tree.own_cpu
    out = {
        "seconds": seconds,
        "files": len(files),
        "cards": cards,
        "failed": failed,
        "peak_mb": tree.peak,
        "parent_cpu": parent_cpu,
        "worker_cpu": worker_cpu,
        "server_cpu": server_cpu,
        "pool": pool,
        "sampler_cpu": tree.own_cpu,
    }
    if kind != "baseline":
        # the parent's CPU before the pool started, beside the workers and after the last result
        # (the sampler thread's share taken out in proportion to wall-clock seconds)
        share = tree.own_cpu / max(seconds, 1e-9)
        before = phases[0] - cpu0 - share * pool["before"]
        during = phases[1] - phases[0] - share * pool["wall"]
        out.update(
            parent_before=before,
            parent_during=during,
            parent_after=parent_cpu - before - during,
            pool_cpu=pool_cpu,
            **kernel,
        )
        if exact:
            out["server_cpu"] = sum(own for own, _ in exact)
            out["worker_cpu"] = sum(kids for _, kids in exact)
        # processes forked for the outputs (card files), and the workers' ends after their last job
        out["other_cpu"] = max(0.0, out["worker_cpu"] - pool_cpu)
    return out


CORES = os.cpu_count() or 1


def model_seconds(r: dict, workers: int, cores: int = CORES) -> float:
    """The seconds a run would take on ``cores`` idle cores, from its CPU seconds alone (which
    hold on a busy machine where its wall-clock does not): serial before the first card (the fork
    server's imports, the parent's planning beside them), the workers' CPU shared among them (and
    the parent's beside them, once the workers take every core), serial after the last result (the
    parent's outputs, processes it forks for card files sharing the cores). The benchmark's own
    sampler is left out."""
    n = min(workers, cores)
    head = max(r["server_cpu"], r["parent_before"])
    body = max(r["pool_cpu"] / n, (r["pool_cpu"] + r["parent_during"]) / cores)
    return head + body + r["parent_after"] + r["other_cpu"] / n


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def print_model(rows: list, counts: list[int]) -> None:
    """Where the CPU went and the speed-up it allows: W = the workers' CPU seconds, O = every
    other CPU second of the run (fork server, parent before / beside / after the workers, processes
    for card files); model = :func:`model_seconds`; same W = the model with the 1-worker run
    given this run's worker CPU (the machine's speed drifts between runs; this takes it out).
    Per card, from the workers' own counts: their CPU milliseconds (W ms/c), the system part of it
    (sys ms: the kernel's work for them, page faults foremost), their minor page faults (flt/c;
    each a page the kernel zeroed or copied) and how often the CPU was taken from them (pre/c:
    involuntary context switches, each a cache to fill again): what two workers sharing the machine
    pay more than one shows here."""
    print(
        f"\nCPU seconds and the model (on {CORES} idle cores): W = workers, O = all else (fork server + parent "
        "before / beside / after the workers + card-file processes); serial = fork server (or planning) + "
        "after the last result; speed-ups against the 1-worker run of the same turn and mode"
    )
    print(
        f"{'cards':>6s} {'mode':>9s} {'workers':>7s} {'W':>6s} {'O':>5s} {'server':>6s} {'before':>6s} "
        f"{'beside':>6s} {'after':>6s} {'forks':>5s} {'O/W':>5s} {'serial':>6s} {'model s':>7s} {'wall s':>7s} "
        f"{'model':>6s} {'same W':>6s} {'wall':>6s} {'W ms/c':>6s} {'sys ms':>6s} {'flt/c':>6s} {'pre/c':>6s}"
    )
    base = min(counts)
    ones = {(n, mode, turn): r for n, mode, w, r, turn in rows if w == base}
    ratios: dict[tuple[int, str, int], list[tuple[float, float, float]]] = {}
    for n, mode, w, r, turn in rows:
        if "pool_cpu" not in r:
            continue
        o = r["server_cpu"] + r["parent_cpu"] + r["other_cpu"]
        per = max(r["cards"], 1)
        serial = max(r["server_cpu"], r["parent_before"]) + r["parent_after"] + r["other_cpu"] / min(w, CORES)
        model = model_seconds(r, w)
        one = ones.get((n, mode, turn))
        if one is None or w == base:
            ups = (1.0, 1.0, 1.0)
        else:
            same = model_seconds(dict(one, pool_cpu=r["pool_cpu"]), base)
            ups = (model_seconds(one, base) / model, same / model, one["seconds"] / r["seconds"])
        ratios.setdefault((n, mode, w), []).append(ups)
        print(
            f"{n:6d} {mode:>9s} {w:7d} {r['pool_cpu']:6.1f} {o:5.1f} {r['server_cpu']:6.2f} "
            f"{r['parent_before']:6.2f} {r['parent_during']:6.2f} {r['parent_after']:6.2f} {r['other_cpu']:5.2f} "
            f"{100 * o / r['pool_cpu']:4.1f}% {serial:6.2f} {model:7.1f} {r['seconds']:7.1f} {ups[0]:5.2f}x "
            f"{ups[1]:5.2f}x {ups[2]:5.2f}x {1000 * r['pool_cpu'] / per:6.1f} {1000 * r.get('pool_sys', 0) / per:6.2f} "
            f"{r.get('pool_faults', 0) / per:6.0f} {r.get('pool_preempted', 0) / per:6.1f}"
        )
    turns = max((t for *_, t in rows), default=0) + 1
    if turns > 1:
        print(f"\nMedians over {turns} turns (model / same W / wall):")
        for (n, mode, w), ups in ratios.items():
            if w != base:
                print(
                    f"{n:6d} {mode:>9s} {w:7d} "
                    + " / ".join(f"{_median([u[k] for u in ups]):.2f}x" for k in range(3))
                )


def _child(kind: str, folders: list[Path], fmt: str, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--one", kind, os.pathsep.join(map(str, folders)), fmt, str(workers)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _sizes(text: str) -> list[int]:
    return [int(x) for x in text.split(",") if x]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cards", type=_sizes, default=[1000], help="archive sizes, e.g. 1000,10000")
    p.add_argument("--formats", default=",".join(FORMAT_NAMES), help="sample generator formats")
    p.add_argument("--workers", default="1,2")
    p.add_argument(
        "--archive",
        type=Path,
        default=None,
        help="archive folder (default: a cache under /tmp per size; with several sizes, SIZE is appended)",
    )
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes generating the archive")
    p.add_argument(
        "--no-per-format", dest="per_format", action="store_false", help="skip the per-format rows"
    )
    p.add_argument("--modes", default="per-file,chunked", help="how workers are fed: per-file, chunked")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="turns of every (workers, mode) run, the order of the worker counts alternating; "
        "medians of the speed-ups are printed",
    )
    p.add_argument("--one", nargs=4, metavar=("KIND", "FOLDER", "FORMAT", "WORKERS"), help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.one:
        kind, folder, fmt, workers = a.one
        print(json.dumps(measure(kind, [Path(f) for f in folder.split(os.pathsep)], fmt, int(workers))))
        return 0
    formats = [f for f in a.formats.split(",") if f]
    counts = [int(x) for x in a.workers.split(",")]
    archives = []
    for n in a.cards:
        archive = (
            (a.archive if len(a.cards) == 1 else a.archive.with_name(f"{a.archive.name}-{n}"))
            if a.archive
            else Path(tempfile.gettempdir()) / f"pledgecard-bench-archive-{n}"
        )
        build_archive(archive, n, formats, a.jobs)
        archives.append((n, archive))
    modes = [m for m in a.modes.split(",") if m]
    rows = []
    print(
        "Whole archive in one batch (every format). CPU s: parent / workers / fork server; "
        "busy = workers' CPU / (workers x wall); speed-up against 1 worker of the same mode"
    )
    print(
        f"{'cards':>6s} {'mode':>9s} {'workers':>7s} {'files':>6s} {'failed':>6s} {'cards/s':>8s} {'speed-up':>8s} "
        f"{'peak MB':>8s} {'parent':>7s} {'workers':>8s} {'server':>7s} {'parent %':>8s} {'busy':>5s}"
    )
    for n, archive in archives:
        folders = [archive / f for f in formats if (archive / f).is_dir()]
        for turn in range(a.repeat):
            one: dict[str, float] = {}
            done = []
            for w in counts if turn % 2 == 0 else counts[::-1]:  # turns alternate the order
                for mode in modes:
                    done.append((w, mode, _child(mode, folders, "all", w)))
            for w, mode, r in sorted(done, key=lambda d: d[0]):
                one.setdefault(mode, r["seconds"])
                total = r["parent_cpu"] + r["worker_cpu"] + r["server_cpu"]
                print(
                    f"{n:6d} {mode:>9s} {w:7d} {r['files']:6d} {r['failed']:6d} {r['cards'] / r['seconds']:8.1f} "
                    f"{one[mode] / r['seconds']:7.2f}x {r['peak_mb']:8.0f} {r['parent_cpu']:7.1f} "
                    f"{r['worker_cpu']:8.1f} {r['server_cpu']:7.1f} {100 * r['parent_cpu'] / total:7.1f}% "
                    f"{r['worker_cpu'] / (w * r['seconds']):5.2f}",
                    flush=True,
                )
                rows.append((n, mode, w, r, turn))
    print(
        "\nThe worker pool as the workers timed it: jobs = round trips; in-job = share of workers x wall "
        "inside jobs; gaps = idle times between a worker's jobs; CPU/job = share of a job's wall-clock "
        "its worker ran; parent = parent CPU ms per file; before / after = seconds before the pool started "
        "(planning) and after its last result (outputs)"
    )
    print(
        f"{'cards':>6s} {'mode':>9s} {'workers':>7s} {'jobs':>6s} {'resent':>6s} {'in-job':>6s} {'gaps':>6s} "
        f"{'gap s':>6s} {'med ms':>7s} {'p90 ms':>7s} {'tail ms':>7s} {'CPU/job':>7s} {'parent':>7s} {'before':>6s} "
        f"{'after':>6s}"
    )
    for n, mode, w, r, _ in rows:
        p = r["pool"]
        print(
            f"{n:6d} {mode:>9s} {w:7d} {p['jobs']:6d} {p['resent']:6d} {p['busy']:6.2f} {p['gaps']:6d} "
            f"{p['gap_total']:6.2f} {p['gap_median_ms']:7.2f} {p['gap_p90_ms']:7.2f} {p['tail_ms']:7.0f} "
            f"{p['cpu_share_in_jobs']:7.2f} {1000 * r['parent_cpu'] / r['files']:7.2f} {p['before']:6.2f} "
            f"{p['after']:6.2f}"
        )
    print_model(rows, counts)
    if not a.per_format:
        return 0
    n, archive = archives[0]
    present = [f for f in formats if (archive / f).is_dir()]
    print(f"\nPer format ({archive}); ratio = batch seconds / bare-reader seconds, same run")
    print(
        f"{'format':7s} {'workers':>7s} {'files':>6s} {'cards':>6s} {'failed':>6s} {'cards/s':>8s} "
        f"{'baseline files/s':>16s} {'ratio':>7s} {'peak MB':>8s}"
    )
    for fmt in present:
        base = _child("baseline", [archive / fmt], fmt, 1)
        for w in counts:
            r = _child("chunked", [archive / fmt], fmt, w)
            print(
                f"{fmt:7s} {w:7d} {r['files']:6d} {r['cards']:6d} {r['failed']:6d} "
                f"{r['cards'] / r['seconds']:8.1f} {base['files'] / base['seconds']:16.1f} "
                f"{r['seconds'] / base['seconds']:7.2f} {r['peak_mb']:8.0f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
