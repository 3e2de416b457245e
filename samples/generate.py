"""Generate sample pledge cards with their expected records.

    python -m samples.generate --out DIR --count N --seed S [--formats txt,pdf,hwp,hwpx]
                               [--multi M] [--jobs J]
    python -m samples.generate --out DIR --seed-card [--formats ...]
    python -m samples.generate --out samples/families --families [NAME,...]

For card ``n`` (seeds S .. S+N-1) and each format it writes ``card-n-FMT.EXT`` and
``card-n-FMT.expected.json`` (the synthetic record with ``source`` filled in: file name, sha256 of
the written bytes, format, card index, pages for PDF). ``--multi M`` adds M multi-card files per
format (2-3 cards each, expected file holds a list). Formats: ``txt`` (a text dump shaped like the
archived seed dump, written directly; fast), ``pdftotext`` (``pdftotext`` of the PDF, default mode:
WeasyPrint's grid tables come out column by column, so this is a stress case), ``layout``
(``pdftotext -layout`` of the PDF: columns aligned with spaces), ``pdf``, ``hwp``, ``hwpx``,
``scan`` (the PDF printed and scanned back: 200 dpi grey image pages, slightly skewed, dusty).
``--seed-card`` renders the real seed record (shared/spec/seed.expected.json) to every format.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import zlib
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: python samples/generate.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.public_records import public_record  # noqa: E402
from samples.style import SEED_STYLE, Style  # noqa: E402
from samples.synth import synth_record  # noqa: E402

FORMATS = ("txt", "pdftotext", "pdf", "hwp", "hwpx", "layout", "scan")
EXT = {
    "txt": "txt",
    "pdftotext": "txt",
    "pdf": "pdf",
    "hwp": "hwp",
    "hwpx": "hwpx",
    "layout": "txt",
    "scan": "pdf",
}
SOURCE_FORMAT = {
    "txt": "txt",
    "pdftotext": "txt",
    "pdf": "pdf",
    "hwp": "hwp",
    "hwpx": "hwpx",
    "layout": "txt",
    "scan": "pdf",
}
SEED_RECORD = Path(__file__).resolve().parents[1].parent / "shared" / "spec" / "seed.expected.json"

Record = dict[str, Any]


def render(fmt: str, records: list[Record], path: Path, style: Style) -> list[tuple[int, int]] | None:
    """Write one file; return each card's page range when the format has pages."""
    if fmt == "pdf":
        from samples.render_pdf import render_pdf_pages

        return render_pdf_pages(records, path, style=style)
    if fmt == "scan":  # the PDF printed and scanned back: image-only pages (samples/render_scan.py)
        from samples.render_pdf import render_pdf_pages
        from samples.render_scan import scan_pdf

        tmp = path.with_name(f".{path.name}.tmp")
        try:
            pages = render_pdf_pages(records, tmp, style=style)
            path.write_bytes(scan_pdf(tmp.read_bytes(), seed=zlib.crc32(path.name.encode())))
        finally:
            tmp.unlink(missing_ok=True)
        return pages
    if fmt == "pdftotext":
        from samples.render_txt import render_txt_pages

        render_txt_pages(records, path, style=style)
    elif fmt == "txt":
        from samples.render_dump import render_dump

        render_dump(records, path, style=style)
    elif fmt == "hwp":
        from samples.render_hwp import render_hwp

        render_hwp(records, path, style=style)
    elif fmt == "hwpx":
        from samples.render_hwpx import render_hwpx

        render_hwpx(records, path, style=style)
    elif fmt == "layout":
        from samples.render_layout import render_layout

        render_layout(records, path, style=style)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return None


def expected_records(
    records: list[Record], path: Path, fmt: str, pages: list[tuple[int, int]] | None
) -> list[Record]:
    """The records with ``source`` (and ``card_id``) filled in for the file just written."""
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    out = []
    for k, rec in enumerate(records):
        r = public_record(rec)
        p = pages[k] if pages else (None, None)
        r["source"] = {
            "file": path.name,
            "sha256": sha,
            "format": SOURCE_FORMAT[fmt],
            "card_index": k,
            "page_start": p[0],
            "page_end": p[1],
        }
        out.append(r)
    return out


def write_file(out: Path, stem: str, fmt: str, records: list[Record], style: Style) -> Path:
    """Render ``records`` to ``out/stem-FMT.EXT`` and write its expected JSON beside it."""
    name = f"{stem}-{fmt}"
    path = out / f"{name}.{EXT[fmt]}"
    pages = render(fmt, records, path, style)
    _write_expected(records, path, fmt, pages)
    return path


def _write_expected(records: list[Record], path: Path, fmt: str, pages: list[tuple[int, int]] | None) -> None:
    """``path``'s expected JSON beside it (``NAME.expected.json``)."""
    exp = expected_records(records, path, fmt, pages)
    data: Any = exp[0] if len(exp) == 1 else exp
    path.with_name(f"{path.stem}.expected.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def write_files(
    out: Path, stem: str, formats: Sequence[str], records: list[Record], style: Style
) -> list[Path]:
    """:func:`write_file` for each of ``formats`` (the paths in their order), the same files; an HWP written
    beside its HWPX is converted from it (samples.render_hwp.hwp_from_hwpx: the document python-hwpx would
    build and validate again for it is the one just written)."""
    done = {fmt: write_file(out, stem, fmt, records, style) for fmt in _hwpx_first(formats) if fmt != "hwp"}
    if "hwp" in formats:
        done["hwp"] = _hwp_file(out, stem, records, done.get("hwpx"), style)
    return [done[fmt] for fmt in formats]


def _hwpx_first(formats: Sequence[str]) -> list[str]:
    return sorted(formats, key=lambda fmt: fmt != "hwpx")


def _hwp_file(out: Path, stem: str, records: list[Record], hwpx: Path | None, style: Style) -> Path:
    """The HWP of ``stem``: converted from its HWPX when one was written, else rendered."""
    if hwpx is None:
        return write_file(out, stem, "hwp", records, style)
    from samples.render_hwp import hwp_from_hwpx

    path = out / f"{stem}-hwp.{EXT['hwp']}"
    hwp_from_hwpx(hwpx, path)
    _write_expected(records, path, "hwp", None)
    return path


def _job(args: tuple[str, str, str, list[int], int]) -> str:
    out, stem, fmt, seeds, style_seed = args
    records = [synth_record(s) for s in seeds]
    return str(write_file(Path(out), stem, fmt, records, Style.pick(style_seed)))


def plan_jobs(out: Path, count: int, seed: int, formats: Sequence[str], multi: int) -> list[tuple]:
    jobs: list[tuple] = []
    for n in range(seed, seed + count):
        for fmt in formats:
            jobs.append((str(out), f"card-{n:05d}", fmt, [n], n))
    for m in range(multi):
        base = seed + count + 100 * m
        n_cards = 2 + (m % 2)
        for fmt in formats:
            jobs.append((str(out), f"multi-{base:05d}", fmt, list(range(base, base + n_cards)), base))
    return jobs


# The hand-checked text samples committed in samples/: units 천 원 / 억원 / 원, funding rows 도비·시군비·민자 /
# 군비·민자 / 시비·구비·민자, statuses 부진 / 일부추진 / 폐기, sections missing in each.
TEXT_SAMPLE_SEEDS = (2753, 310, 895)
ROMAN_PLACES = {
    "강원": "gangwon",
    "충북": "chungbuk",
    "전남": "jeonnam",
    "경북": "gyeongbuk",
    "춘천시": "chuncheon",
    "청주시": "cheongju",
    "부산광역시": "busan",
    "대전광역시": "daejeon",
    "홍천군": "hongcheon",
    "영암군": "yeongam",
    "해운대구": "haeundae",
    "유성구": "yuseong",
}


ROMAN_ASCII = dict(
    zip("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"], strict=True)
)


def text_samples(out: Path, seeds: Sequence[int] = TEXT_SAMPLE_SEEDS) -> list[Path]:
    """Write the curated seed-shaped text samples: ``PLACE-MGMTNO-ASOF.txt`` + expected record."""
    from samples.render_dump import render_dump
    from samples.synth import card_place

    paths = []
    for s in seeds:
        rec = synth_record(s)
        label = rec["as_of"]["label"].replace("-", "")
        mgmt = "".join(ROMAN_ASCII.get(ch, ch) for ch in rec["header"]["mgmt_no"])
        name = f"{ROMAN_PLACES[card_place(s)]}-{mgmt}-{label}"
        path = out / f"{name}.txt"
        render_dump([rec], path, style=Style.pick(s))
        exp = expected_records([rec], path, "txt", None)[0]
        (out / f"{name}.expected.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        paths.append(path)
    return paths


def seed_card(out: Path, formats: Sequence[str]) -> list[Path]:
    rec = json.loads(SEED_RECORD.read_text(encoding="utf-8"))
    return [
        write_file(out, "seed-" + Path(rec["source"]["file"]).stem, fmt, [rec], SEED_STYLE) for fmt in formats
    ]


CORPUS_FORMATS = ("txt", "pdf", "hwp", "hwpx")


def family_corpus(
    out: Path, names: Sequence[str] = (), formats: Sequence[str] = CORPUS_FORMATS, count: int = 2
) -> list[Path]:
    """Write ``count`` files per format of each template family (all when ``names`` is empty) to
    ``out/FAMILY/FAMILY-SEED-FMT.EXT`` with their expected records (samples/families.py)."""
    from samples.families import BY_NAME, FAMILIES, family_records, family_seeds

    unknown = [n for n in names if n not in BY_NAME]
    if unknown:
        raise ValueError(f"unknown family: {', '.join(unknown)} (choose from {', '.join(BY_NAME)})")
    paths = []
    for fam in [BY_NAME[n] for n in names] or list(FAMILIES):
        folder = out / fam.name
        folder.mkdir(parents=True, exist_ok=True)
        for seed in family_seeds(fam, count):
            paths += write_files(folder, f"{fam.name}-{seed}", formats, family_records(fam, seed), fam.style)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m samples.generate", description=__doc__.split("\n\n")[0])
    p.add_argument("--out", required=True, type=Path, help="output folder (created)")
    p.add_argument(
        "--count",
        type=int,
        default=None,
        help="number of single-card files per format (default 8; 2 a family with --families)",
    )
    p.add_argument("--seed", type=int, default=1, help="first seed")
    p.add_argument("--formats", default="txt,pdf,hwp,hwpx", help=f"comma-separated, of {', '.join(FORMATS)}")
    p.add_argument("--multi", type=int, default=0, help="multi-card files per format")
    p.add_argument("--jobs", type=int, default=1, help="worker processes")
    p.add_argument(
        "--families",
        nargs="?",
        const="all",
        default=None,
        metavar="NAMES",
        help="write the template families (comma-separated names, or all) as committed in samples/families/",
    )
    p.add_argument("--seed-card", action="store_true", help="render the real seed record to every format")
    p.add_argument(
        "--text-samples",
        action="store_true",
        help="write the curated hand-checked text samples (as committed in samples/)",
    )
    a = p.parse_args(argv)
    formats = [f.strip() for f in a.formats.split(",") if f.strip()]
    bad = [f for f in formats if f not in FORMATS]
    if bad:
        p.error(f"unknown format(s): {', '.join(bad)} (choose from {', '.join(FORMATS)})")
    if "pdftotext" in formats or "layout" in formats:
        from samples.render_txt import pdftotext_available

        if not pdftotext_available():
            p.error("formats pdftotext and layout need pdftotext (poppler-utils); 'txt' needs nothing")
    a.out.mkdir(parents=True, exist_ok=True)
    if a.text_samples:
        for path in text_samples(a.out):
            print(path)
        return 0
    if a.families:
        names = [] if a.families == "all" else [n.strip() for n in a.families.split(",") if n.strip()]
        try:
            for path in family_corpus(a.out, names, formats, a.count or 2):
                print(path)
        except ValueError as exc:
            p.error(str(exc))
        return 0
    if a.seed_card:
        for path in seed_card(a.out, formats):
            print(path)
        return 0
    jobs = plan_jobs(a.out, a.count or 8, a.seed, formats, a.multi)
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            done = list(ex.map(_job, jobs, chunksize=4))
    else:
        done = [_job(j) for j in jobs]
    print(f"wrote {len(done)} files to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
