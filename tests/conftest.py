"""Shared fixtures: where the shared data (seed card, spec, scorer, real corpus) lives."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# Property tests draw their examples from a fixed seed by default ("ci"): a run is reproducible, a failure seen
# once is seen again. HYPOTHESIS_PROFILE=explore draws new examples each run (with the example database) to look
# for new counterexamples; a found one goes into the test as an @example once fixed. Neither profile times an
# example: speed is measured in benchmarks/, and a loaded machine must not turn a slow draw into a failure.
_UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", derandomize=True, **_UNTIMED)
settings.register_profile("explore", derandomize=False, **_UNTIMED)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seeds" / "gangwon-2-20-2024Q4.txt"
SEED_EXPECTED = SHARED / "spec" / "seed.expected.json"
SCORER = SHARED / "tools" / "score_card.py"


def make_line(text: str, marker: str | None = None) -> Any:
    """A body line of the document model, as a reader hands it to the section extractors."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line

    return Line(text=text, marker=marker, indent=0, source=Source())


def row_chars(text: str, x0: float, top: float) -> list[dict]:
    """A row's characters at 10 pt: a Hangul glyph 9.4 points wide, a space 2.8 (a word gap)."""
    out, x = [], x0
    for ch in text:
        w = 2.8 if ch == " " else 9.4
        out.append({"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + 10.0, "size": 10.0})
        x += w
    return out


def typed_chars(rows: list[list[tuple[float, str]]], size: float = 10.0) -> list[dict]:
    """Characters of lines of pieces (each piece's left edge and text), a line every 15 points."""
    out = []
    for r, pieces in enumerate(rows):
        top = 100.0 + 15.0 * r
        for x, text in pieces:
            for ch in text:
                w = size if ord(ch) >= 0x1100 else 0.55 * size
                if ch != " ":
                    out.append(
                        {"text": ch, "x0": x, "x1": x + w, "top": top, "bottom": top + size, "size": size}
                    )
                x += w if ch != " " else 0.3 * size
    return out


def make_table(rows: list[list[str]]) -> Any:
    """A table of the document model, one cell per given text (no spans)."""
    from pledgecard.extract.document import Cell, Table

    cells = [Cell(i, j, text) for i, row in enumerate(rows) for j, text in enumerate(row)]
    return Table(cells=cells, n_rows=len(rows), n_cols=max(len(r) for r in rows))


def column_plan_cells(block: str) -> list[tuple[int, int, str]]:
    """The cells a text dump's column planner places for ``block`` (row, column, text), sorted."""
    from pledgecard.extract.readers.text_col_plan import plan
    from pledgecard.extract.readers.text_lines import split_lines

    p = plan(split_lines(block))
    assert p is not None
    return sorted((pc.row, pc.col, pc.cell.text("")) for pc in p[1])


def score_with_shared_scorer(expected: Path, produced: Path) -> dict[str, float]:
    """Run ../shared/tools/score_card.py and return {'score': x, '<group>': y, ...}."""
    out = subprocess.run(
        [sys.executable, str(SCORER), str(expected), str(produced)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    scores = {"score": float(re.search(r"^score: ([\d.]+)$", out, re.M).group(1))}  # type: ignore[union-attr]
    for m in re.finditer(r"^\s{2}(\w+)\s+([\d.]+)\s+\(", out, re.M):
        scores[m.group(1)] = float(m.group(2))
    return scores


def shared_tools() -> tuple[Any, Any]:
    """The shared scorer and wrong-figure counter (``score_card``, ``wrong_figures``) as modules."""
    tools = str(SHARED / "tools")
    sys.path.insert(0, tools)
    try:
        import score_card
        import wrong_figures
    finally:
        sys.path.remove(tools)
    return score_card, wrong_figures


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On an xdist worker, the tests in the order their modules are queued (``--dist loadfile`` with
    ``--no-loadscope-reorder``, pyproject's addopts: xdist hands the workers whole modules in collection order):
    :func:`queue_order`."""
    if hasattr(config, "workerinput"):
        items[:] = queue_order(items)


def queue_order(items: list[Any]) -> list[Any]:
    """``items`` module by module: the modules holding a ``slow`` test first, then the others, each lot by its
    number of tests, most first (xdist's own order), ties and each module's tests as collected (speed, session 40).
    By the number of tests alone, a module of one long test (test_validate_memory: 35 s of CPU, one test) was
    queued last, and ran alone while the other worker had finished."""
    modules: dict[str, list[Any]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)

    def key(entry: tuple[str, list[Any]]) -> tuple[bool, int]:
        return (not any(i.get_closest_marker("slow") for i in entry[1]), -len(entry[1]))

    return [i for _, its in sorted(modules.items(), key=key) for i in its]


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


def family_cards(folder: Path, pattern: str) -> Iterator[tuple[Path, list[dict], list[dict]]]:
    """Every committed card file in ``folder`` matching ``pattern`` (its ``.expected.json`` left out),
    with its expected records and the records pledgecard reads from it, in path order."""
    from pledgecard.scoring import load_records

    for path in sorted(folder.glob(pattern)):
        if path.name.endswith(".expected.json"):
            continue
        yield path, load_records(path.with_name(path.stem + ".expected.json")), committed_records(path)


# One read of a committed card file a session (suitetime, session 32): test_families scores every committed family
# file and each blind-family module reads its family's files again (some twice). ``committed_records`` reads a file
# once a session, kept by its path and bytes, and hands each caller its own copy; the xdist workers share the reads
# through the session's temporary folder (``_READS_ENV``, set by ``_committed_reads_folder``).
_READS_ENV = "PLEDGECARD_TEST_READS"
_READS: dict[str, bytes] = {}


@pytest.fixture(scope="session", autouse=True)
def _committed_reads_folder(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> None:
    """The folder the session's reads of committed files are kept in: the workers' common temporary folder."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if hasattr(request.config, "workerinput") else base) / "committed-reads"
    folder.mkdir(exist_ok=True)
    os.environ[_READS_ENV] = str(folder)


def committed_results(path: Path) -> Any:
    """``process_file(path)`` (records, provenance with the extractor's findings, status) for a card file committed
    to the repository (unchanged within a session): read once a session by its path and bytes, a fresh copy each
    call (a test may change what it is handed). tests/test_finding_locations.py reads the families' findings from
    the files whose records test_families reads (suitetime, session 33)."""
    import hashlib
    import pickle

    from pledgecard.pipeline import process_file

    key = hashlib.sha256(str(Path(path).resolve()).encode() + b"\0" + Path(path).read_bytes()).hexdigest()
    if key not in _READS:
        folder = os.environ.get(_READS_ENV)
        kept = Path(folder) / f"{key}.pickle" if folder else None
        if kept is not None and kept.exists():
            _READS[key] = kept.read_bytes()
        else:
            _READS[key] = pickle.dumps(process_file(path))
            if kept is not None:
                part = kept.with_suffix(f".{os.getpid()}.part")
                part.write_bytes(_READS[key])
                os.replace(part, kept)
    return pickle.loads(_READS[key])


def committed_records(path: Path) -> list[dict]:
    """``extract_file(path)`` for a committed card file: the records of its ``committed_results`` (``process_file``
    and ``extract_file`` read a file by the same reader and card steps); a file that fails is read again by
    ``extract_file``, which raises what it raises."""
    res = committed_results(path)
    if res.status != "ok":
        from pledgecard import extract_file

        return extract_file(path)
    return res.records


def read_once(path: Path) -> list[dict]:
    """``extract_file(path)`` for a file a test made (a rendered card: :func:`family_card`, :func:`drawn_file`) and
    does not change: read once a session by its name and bytes (a record names its file only), kept in the
    session's common folder beside ``_READS_ENV``'s, a fresh copy each call. Several modules read the same rendered
    scan (dallae-city 101 two-up: test_scans_30, _34, _35b; mutant 5306: test_scans_34, _34b), each by OCR (speed,
    session 39). A test that changes the extractor (monkeypatch) before reading calls ``extract_file``."""
    import pickle

    from pledgecard import extract_file

    path = Path(path)
    key = hashlib.sha256(path.name.encode() + b"\0" + path.read_bytes()).hexdigest()
    reads = os.environ.get(_READS_ENV)
    kept = Path(reads).with_name("rendered-reads") / f"{key}.pickle" if reads else None
    if kept is not None and kept.exists():
        return pickle.loads(kept.read_bytes())
    data = pickle.dumps(extract_file(path))
    if kept is not None:
        kept.parent.mkdir(exist_ok=True)
        part = kept.with_suffix(f".{os.getpid()}.part")
        part.write_bytes(data)
        os.replace(part, kept)
    return pickle.loads(data)


def dumped_once(converter: str, src: Path, out: Path, dump: Callable[[Path], object]) -> None:
    """``src`` dumped to text by ``converter`` (``dump`` writes the dump to the path it is handed), copied to ``out``:
    dumped once a session by the converter (its mode too) and ``src``'s name and bytes, kept in the session's common
    folder beside ``_READS_ENV``'s, so the xdist workers share it (a committed family PDF dumped by pdf2txt in
    test_text_converters and again in a dump module). A dump is a function of the file's bytes; each caller gets its
    own copy (speed, session 40)."""
    src, out = Path(src), Path(out)
    reads = os.environ.get(_READS_ENV)
    if not reads:
        dump(out)
        return
    key = hashlib.sha256(f"{converter}\0{src.name}\0".encode() + src.read_bytes()).hexdigest()
    kept = Path(reads).with_name("dumps") / f"{key}.txt"
    if not kept.exists():
        work = kept.with_name(
            f"{key}.{os.getpid()}.d"
        )  # the converter's own side files (hwp5html's XHTML) stay here
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        dump(work / out.name)
        os.replace(work / out.name, kept)
        shutil.rmtree(work, ignore_errors=True)
    shutil.copyfile(kept, out)


def pdftotext_dump(src: Path, out: Path, *args: str) -> str:
    """``src`` turned to text by poppler's pdftotext (``args``: its mode, e.g. ``-raw``), written to ``out`` (once a
    session by the mode and the file: :func:`dumped_once`)."""

    def dump(to: Path) -> None:
        subprocess.run(
            ["pdftotext", *args, "-enc", "UTF-8", str(src), str(to)],
            check=True,
            capture_output=True,
            timeout=120,
        )

    dumped_once(" ".join(("pdftotext", *args)), src, out, dump)
    return out.read_text(encoding="utf-8")


MUTANT_FAMILIES = (
    81  # the named families every pinned mutant was drawn from (session 36's): a family appended
)
#   to samples.families.FAMILIES changes every mutant's base and donors, so the pins draw from these only


def pinned_families() -> tuple:
    """The first :data:`MUTANT_FAMILIES` named families: what a pinned mutant or crossbreed is drawn from."""
    from samples.families import FAMILIES

    return FAMILIES[:MUTANT_FAMILIES]


def mutant_file(seed: int, fmt: str, tmp_path: Path) -> Path:
    """Mutant ``seed`` made by the generator (``samples.mutate --keep``) in ``fmt`` (``pdf``, ``txt`` or a dump kind
    such as ``pdftotext``), drawn from the first :data:`MUTANT_FAMILIES` families: the file kept, its expected record
    beside it (``<stem>.expected.json``)."""
    return drawn_file("mutate", seed, fmt, tmp_path)


def drawn_file(kind: str, seed: int, fmt: str, tmp_path: Path) -> Path:
    """Drawn card ``seed`` of ``samples.<kind>`` (``mutate`` or ``crossbreed``) in ``fmt``, drawn from the first
    :data:`MUTANT_FAMILIES` families: the file kept, its expected record beside it, where ``python -m samples.<kind>
    --keep`` writes them (``tmp_path/<stem>-<seed>/``).

    Rendered in this process as that command renders it (the same draw, records and ``write_file``), without the
    command's own read and score of the file, which the tests do themselves (a scan was read by OCR twice), and
    once a session by (kind, seed, fmt): the workers share the renders through the session's common folder
    beside ``_READS_ENV``'s, each test handed its own copy (speed, session 39)."""
    stem = {"mutate": "mutant", "crossbreed": "cross"}[kind]
    name = f"{stem}-{seed:03d}"
    folder = tmp_path / name
    rendered_once(
        f"{kind}-{seed}-{fmt}-{MUTANT_FAMILIES}", folder, lambda out: _render_drawn(kind, seed, fmt, out)
    )
    # (the folder pads the seed to three digits, the family's name does not: cross-030/cross-30-pdf.pdf)
    return folder / f"{stem}-{seed}-{fmt}.{'pdf' if fmt in ('pdf', 'scan') else 'txt'}"


def rendered_once(key: str, folder: Path, render: Callable[[Path], object]) -> None:
    """What ``render`` writes into an empty folder, copied into ``folder``: rendered once a session by ``key`` (what
    the render is made of) and kept in the session's common folder beside ``_READS_ENV``'s, so the xdist workers
    share it too (a scan's bytes, which hold the time they were written, are then the same for every test).
    Each caller gets its own copy of the files."""
    folder.mkdir(parents=True, exist_ok=True)
    reads = os.environ.get(_READS_ENV)
    # (a key naming an object by its address tells nothing of what it renders)
    if not reads or " at 0x" in key:
        render(folder)
        return
    kept = Path(reads).with_name("rendered") / hashlib.sha256(key.encode()).hexdigest()
    if not kept.is_dir():
        part = kept.with_name(f"{kept.name}.{os.getpid()}.part")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        render(part)
        try:
            part.rename(kept)
        except OSError:  # another worker kept the same render first (the same bytes, a scan's time aside)
            shutil.rmtree(part)
    for f in kept.iterdir():
        shutil.copy2(f, folder / f.name)


def _render_drawn(kind: str, seed: int, fmt: str, folder: Path) -> None:
    """Drawn card ``seed`` of ``samples.<kind>`` written into ``folder`` as ``samples.<kind>``'s run writes it
    (``run_mutant`` / ``run_cross`` through ``style_sweep.run_family``), its expected record beside it."""
    from samples.crossbreed import crossbreed
    from samples.families import family_records
    from samples.generate import write_file
    from samples.mutate import mutate

    draw = {"mutate": mutate, "crossbreed": crossbreed}[kind]
    fam, card_seed = draw(seed, pinned_families())
    write_file(folder, fam.name, fmt, family_records(fam, card_seed), fam.style)


def expected_scored(path: Path) -> tuple[dict, dict, float, list]:
    """A one-card file read whole against the expected record beside it (``<stem>.expected.json``): the expected
    record, the one read, the shared scorer's score and the figures read wrong (name, expected, read)."""
    from pledgecard import extract_file

    score_card, wf = shared_tools()
    [exp] = score_card.load_records(path.with_name(path.stem + ".expected.json"))
    [got] = extract_file(path)
    wrong = [(n, a, b) for _, n, a, b in wf.figures(exp, got) if b is not None and b != a]
    return exp, got, score_card.score_record(exp, got).score(), wrong


def swept_mutant(seed: int, fmt: str, tmp_path: Path, families: Any) -> dict:
    """Mutant ``seed`` of the swept ``families`` (e.g. test_mutate_tables.SWEPT_87) generated in ``fmt`` and read as
    the sweep does (samples.style_sweep.run_family): its result (score, wrong, misses)."""
    from dataclasses import replace

    from samples.mutate import mutate
    from samples.style_sweep import run_family

    fam, card_seed = mutate(seed, families)
    (r,) = run_family(replace(fam), card_seed, (fmt,), tmp_path, {})
    assert "error" not in r, r.get("error")
    return r


def assert_handmade_floor(path: Path, floor: float) -> None:
    """The hand-made card ``path`` (one card, its ``<stem>.expected.json`` beside it) read: scored by the shared
    scorer at ``floor`` or more (its misses named when not), and no figure read wrong."""
    from pledgecard import extract_file

    score_card, wrong_figures = shared_tools()
    exp = json.loads(
        path.with_name(f"{path.name.rsplit('.', 1)[0]}.expected.json").read_text(encoding="utf-8")
    )
    got = extract_file(path)
    assert len(got) == 1
    t = score_card.score_record(exp, got[0])
    misses = [n for g in t.groups.values() for n in g[2]]
    assert t.score() >= floor, f"{path.name}: {t.score():.3f}\n" + "\n".join(misses)
    assert [f for f in wrong_figures.figures(exp, got[0]) if f[3] is not None and f[2] != f[3]] == []


def handmade_script(name: str) -> Any:
    """samples/handmade/``name``.py (doc-hwp, doc-hwpx, doc-pdf: the scripts writing the hand-made documents)
    loaded as a module, by the folder's one loader (samples/handmade/scripts.py)."""
    import runpy

    loader = Path(__file__).resolve().parent.parent / "samples" / "handmade" / "scripts.py"
    return runpy.run_path(str(loader))["script"](name)


def family_card(tmp_path: Path, family: str, seed: int, fmt: str, **style: object) -> tuple[Path, dict]:
    """``family``'s card ``seed`` rendered as ``fmt`` (``style`` over the family's), and its expected record."""
    from dataclasses import replace

    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import EXT, write_file

    fam = BY_NAME[family]
    styled = replace(fam.style, **style)
    key = f"family_card {family} {seed} {fmt} {styled!r}"
    rendered_once(
        key, tmp_path, lambda out: write_file(out, f"{family}-{seed}", fmt, family_records(fam, seed), styled)
    )
    path = tmp_path / f"{family}-{seed}-{fmt}.{EXT[fmt]}"
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


def pdftotext_scored(
    src: Path, tmp_path: Path, converter: str | None = None
) -> tuple[dict, dict, float, list[str]]:
    """The PDF ``src`` dumped by pdftotext's default mode (or by ``converter``, a kind of
    test_text_converters.converter_dump: raw, pdf2txt ...) and read: its expected record, the record read, the
    shared scorer's score and the figures read wrong (the shared counter's and the year-aware goal check's)."""
    from pledgecard.scoring import load_records, wrong_goal_figures

    sc, wf = shared_tools()
    (exp,) = load_records(src.with_name(src.stem + ".expected.json"))
    if converter is None:
        out = tmp_path / f"{src.stem}.txt"
        pdftotext_dump(src, out)
    else:
        from test_text_converters import converter_dump

        out = tmp_path / f"{src.stem}-{converter}.txt"
        converter_dump(converter, src, out)
    (rec,) = read_once(out)
    wrong = [n for _, n, e, g in wf.figures(exp, rec) if g is not None and g != e] + wrong_goal_figures(
        exp, rec
    )
    return exp, rec, sc.score_record(exp, rec).score(), wrong


def header_read(text: str, out: Path) -> dict:
    """The header pledgecard reads from ``text`` written as the text dump ``out``."""
    from pledgecard import extract_file

    out.write_text(text, encoding="utf-8")
    return extract_file(out)[0]["header"]


def family_header_expected(family: str, seed: int) -> dict:
    """The expected header of a committed family card (its PDF's expected record)."""
    from pledgecard.scoring import load_records

    path = REPO / "samples" / "families" / family / f"{family}-{seed}-pdf.expected.json"
    return load_records(path)[0]["header"]


def wrong_figures_of(exp: dict, got: dict) -> list:
    """The figures produced and different from the expected (the shared wrong-figure counter's rows)."""
    _, wf = shared_tools()
    return [f for f in wf.figures(exp, got) if f[3] is not None and f[2] != f[3]]


def wrong_figure_count(exp: dict, got: dict) -> int:
    """Figures produced and different from the expected: the shared wrong-figure counter's, and the goal figures the
    card prints for no goal of that year (:func:`pledgecard.scoring.wrong_goal_figures`)."""
    from pledgecard.scoring import wrong_goal_figures

    return len(wrong_figures_of(exp, got)) + len(wrong_goal_figures(exp, got))


def shared_score(exp: dict, got: dict) -> float:
    """The shared scorer's score of the record ``got`` against ``exp``."""
    sc, _ = shared_tools()
    return float(sc.score_record(exp, got).score())


def family_card_read(tmp_path: Path, family: str, seed: int, fmt: str) -> tuple[dict, dict, float, int]:
    """``family``'s card ``seed`` rendered as ``fmt`` and read: its expected record, the record read, the shared
    scorer's score and the count of figures read wrong."""
    from pledgecard.scoring import score_record

    path, exp = family_card(tmp_path, family, seed, fmt)
    [got] = read_once(path)
    return exp, got, score_record(exp, got).score(), wrong_figure_count(exp, got)


def ocr_words(text: str) -> list:
    """``text`` as Tesseract hands it to the OCR reader's helpers: each letter a symbol with its box, 10 px apart
    (:class:`pledgecard.extract.readers.ocr_word.Word`)."""
    from pledgecard.extract.readers.ocr_word import Word

    words, x = [], 0.0
    for k, w in enumerate(text.split()):
        words.append(
            Word(
                spaced=k > 0,
                symbols=[(ch, 95.0, (x + i * 10, 0.0, x + i * 10 + 9, 10.0)) for i, ch in enumerate(w)],
            )
        )
        x += 10 * len(w) + 5
    return words


def gippeum_two_up_scan(tmp_path: Path, seed: int) -> tuple[Path, dict]:
    """gippeum-county's card ``seed`` printed two pages a sheet as a searchable scan, and its expected record."""
    from dataclasses import replace

    from pledgecard.scoring import load_records
    from samples.families import BY_NAME, family_records
    from samples.generate import write_file

    fam = BY_NAME["gippeum-county"]
    path = write_file(
        tmp_path,
        f"gippeum-county-{seed}",
        "pdf",
        family_records(fam, seed),
        replace(fam.style, sheet_up=2, pdf_sandwich=True),
    )
    [exp] = load_records(path.with_name(path.stem + ".expected.json"))
    return path, exp


def goal_lines_read(head: str, *rows: str, printed: bool = False) -> tuple[list[tuple], list[str]]:
    """A dump's goal table (a head line, row lines) read: each goal's (project, year, target, target value, actual
    value, status), and the lines left unread. ``printed``: each line kept as the dump printed it (its gaps, a
    gap at its end too), as the txt reader hands them: the readers of single-spaced rows read them."""
    from pledgecard.extract.document import Source
    from pledgecard.extract.layout import Line
    from pledgecard.extract.sections.goals import extract_goals

    lines = [
        Line(
            text=" ".join(t.split()) if printed else t,
            marker=None,
            indent=0,
            source=Source(line_start=i),
            printed=t if printed else None,
            trailing_gap=printed and t != t.rstrip(),
        )
        for i, t in enumerate([head, *rows], start=1)
    ]
    res = extract_goals(lines)
    got = [
        (g["project"], g["year"], g["target"], g["target_value"], g["actual_value"], g["status"])
        for g in res.value["goals"]
    ]
    return got, [it.text for it in res.rest]


def package_modules(extra: dict[str, str] | None = None) -> dict[str, Path]:
    """Module name -> file for the package's modules through pyproject's ``package-dir`` (``pledgecard.extract.*``
    lives in ``extract/``) and ``extra`` packages of the repository (``{"samples": "samples"}``); a sub-package
    mapped on its own (pledgecard.extract under pledgecard/) wins."""
    import tomllib

    cfg = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir: dict[str, str] = {**cfg["tool"]["setuptools"]["package-dir"], **(extra or {})}
    out: dict[str, Path] = {}
    for pkg, folder in package_dir.items():
        base = REPO / folder
        for f in base.rglob("*.py"):
            parts = list(f.relative_to(base).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            name = ".".join([pkg, *parts])
            if name not in out or len(str(f)) < len(str(out[name])):
                out[name] = f
    return out


@dataclasses.dataclass
class SectionStub:
    """A card's section as the heading steps see it (extract/heading_stacks.SectionLike), built in a test."""

    name: str | None
    heading: str | None
    items: list
    at: Any
    opened_by: str | None = (
        None  # the marker the title was printed with: the pipeline cuts it from the heading
    )


def pdf_line(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    """A ruling line as pdfplumber gives a page's objects (tests building a PageModel by hand)."""
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def pdf_fill(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    """A filled rectangle without a stroke (a shaded cell) as pdfplumber gives it."""
    return {**pdf_line(x0, top, x1, bottom), "object_type": "rect", "stroke": False}
