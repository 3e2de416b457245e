"""``pledgecard inspect FILE [--json]`` (issue 12 item 5) through the CLI on real sample files of
every format: the JSON document agrees with what ``extract`` makes of the same file (card ids,
sections filled, unparsed text, tables and their roles), its keys are the documented ones, and the
issue-11 use case works: a heading the vocabulary does not know shows as a section with no label
whose text is unplaced, and once ``--vocabulary`` supplies the word it is a section read."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

import pledgecard
from pledgecard.cli import main as cli_main
from pledgecard.inspection import JSON_KEYS, ROLES
from pledgecard.pipeline import process_file

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "samples" / "corpus"
FILES = [
    CORPUS / f"card-00103-{fmt}.{ext}"
    for fmt, ext in (("txt", "txt"), ("pdf", "pdf"), ("hwp", "hwp"), ("hwpx", "hwpx"))
]
# record field -> the section that fills it
FILLED_BY = {
    "overview": "overview",
    "funding": "funding",
    "achievements": "achievements",
    "goals": "goals",
    "outreach": "outreach",
    "plans": "plans",
    "effects": "effects",
}


def _inspect(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> tuple[int, dict[str, Any]]:
    code = cli_main(["inspect", str(path), "--json", *extra])
    return code, json.loads(capsys.readouterr().out)


def _keys(data: dict[str, Any]) -> None:
    assert tuple(data) == JSON_KEYS["document"]
    for b in data["blocks"]:
        assert tuple(b) == JSON_KEYS["block"]
    for c in data["cards"]:
        assert tuple(c) == JSON_KEYS["card"]
        for level in ("section", "table", "unplaced", "finding"):
            for x in c[level + "s" if level != "unplaced" else level]:
                assert tuple(x) == JSON_KEYS[level], level


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.suffix)
def test_inspect_agrees_with_extract(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, data = _inspect(capsys, path)
    assert code == 0
    _keys(data)
    res = process_file(path)
    (rec,) = res.records
    assert data["format"] == res.format and data["sha256"] == res.sha256 and data["notes"] == res.notes
    (card,) = data["cards"]
    assert card["card_id"] == rec["card_id"] and card["title"] == rec["header"]["title"]
    assert card["coverage"] == rec["source"]["coverage"]
    assert card["unplaced"] == rec["unparsed"]
    assert [b["index"] for b in data["blocks"]] == list(range(len(data["blocks"])))
    assert all(b["location"] for b in data["blocks"])  # every block says where it stands
    sections = card["sections"]
    assert sections[0]["name"] == "header" and sections[0]["by"] == "header"
    read = {s["name"] for s in sections[1:] if s["read"]}
    filled = {name for f, name in FILLED_BY.items() if rec.get(f)}
    assert read == filled
    for s in sections[1:]:
        if s["by"] == "heading":  # the label that matched, as the vocabulary stores it
            assert s["label"] and s["label"] == "".join(s["label"].split())
    roles = [t["role"] for t in card["tables"]]
    assert all(r in ROLES for r in roles)
    if path.suffix != ".txt":  # page formats keep the funding and outreach tables as tables
        assert {"funding", "outreach"} <= set(roles)
        assert all(t["placed"] for t in card["tables"] if t["role"] in ("funding", "outreach"))
        (funding,) = [t for t in card["tables"] if t["role"] == "funding"]
        assert funding["section"] == "funding" and funding["rows"] > len(rec["funding"]["rows"])
    text = cli_main(["inspect", str(path)])
    human = capsys.readouterr().out
    assert text == 0 and rec["card_id"] in human and "Sections" in human and "Unplaced text" in human


def test_library_twin_gives_the_cli_document(capsys: pytest.CaptureFixture[str]) -> None:
    _, data = _inspect(capsys, FILES[3])
    assert pledgecard.inspect(FILES[3]).to_dict() == data
    assert "inspect" in pledgecard.__all__


# ------------------------------------------------------------------ issue 11: an unknown heading

UNKNOWN = "앞으로의 일정"
MINE = '[sections]\nplans = ["앞으로의일정"]\n'


def _renamed_txt(tmp_path: Path) -> Path:
    src = CORPUS / "card-00102-txt.txt"
    text = src.read_text(encoding="utf-8")
    assert text.count("향후 추진계획") == 1
    out = tmp_path / "renamed.txt"
    out.write_text(text.replace("향후 추진계획", UNKNOWN), encoding="utf-8")
    return out


def _renamed_hwpx(tmp_path: Path) -> Path:
    src = CORPUS / "card-00103-hwpx.hwpx"
    out = tmp_path / "renamed.hwpx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        hits = 0
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("Contents/section"):
                xml = data.decode("utf-8")
                hits += xml.count(">□ 향후계획<")
                data = xml.replace(">□ 향후계획<", f">□ {UNKNOWN}<").encode("utf-8")
            zout.writestr(info, data)
    assert hits == 1
    return out


@pytest.mark.parametrize("make", [_renamed_txt, _renamed_hwpx], ids=["txt", "hwpx"])
def test_an_unknown_heading_is_read_by_its_shape_and_content_until_the_vocabulary_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: Any
) -> None:
    path = make(tmp_path)
    (tmp_path / "mine.toml").write_text(MINE, encoding="utf-8")
    code, data = _inspect(capsys, path)
    assert code == 0
    (card,) = data["cards"]
    (sec,) = [s for s in card["sections"] if s["heading"] and s["heading"].endswith(UNKNOWN)]
    # no vocabulary names it: a heading by its shape (the card's heading glyph), plans by its dated lines
    assert (sec["name"], sec["label"], sec["by"], sec["read"]) == ("plans", None, "shape and content", True)
    assert [u for u in card["unplaced"] if u["section"] and u["section"].endswith(UNKNOWN)] == []
    (rec,) = process_file(path).records
    assert len(rec["plans"]) == sec["items"] >= 1
    cli_main(["inspect", str(path)])
    human = capsys.readouterr().out
    assert f"{UNKNOWN}' matches no vocab" in human  # a long line is cut with …

    code, data = _inspect(capsys, path, "--vocabulary", str(tmp_path / "mine.toml"))
    assert code == 0 and data["vocabulary"] == str((tmp_path / "mine.toml").resolve())
    (card,) = data["cards"]
    (sec,) = [s for s in card["sections"] if s["heading"] and s["heading"].endswith(UNKNOWN)]
    assert (sec["name"], sec["label"], sec["by"], sec["read"]) == ("plans", "앞으로의일정", "heading", True)
    assert (
        pledgecard.inspect(path, vocabulary=tmp_path / "mine.toml").to_dict()["cards"][0]["sections"]
        == card["sections"]
    )  # the library twin takes the same vocabulary


def test_a_heading_neither_its_shape_nor_its_content_tells_is_unplaced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A heading no vocabulary names over lines whose kind nothing decides: its text is unplaced
    (never put into a field by a guess), and the report says so."""
    src = CORPUS / "card-00102-txt.txt"
    text = src.read_text(encoding="utf-8")
    out = tmp_path / "odd.txt"
    lines = text.splitlines()
    k = next(i for i, ln in enumerate(lines) if "향후 추진계획" in ln)
    end = next(i for i in range(k + 1, len(lines)) if "기대효과" in lines[i])
    odd = lines[:]
    odd[k] = lines[k].replace("향후 추진계획", "참고 사항")
    for i in range(k + 1, end):  # its dated plan lines become remarks with no date
        if lines[i].strip():
            odd[i] = "◦ 세부 내용은 별도 보고"
    out.write_text("\n".join(odd) + "\n", encoding="utf-8")
    code, data = _inspect(capsys, out)
    assert code == 0
    (card,) = data["cards"]
    (sec,) = [s for s in card["sections"] if s["heading"] and s["heading"].endswith("참고 사항")]
    assert (sec["name"], sec["by"], sec["read"]) == (None, "unknown heading", False)
    assert [u["text"] for u in card["unplaced"] if u["section"] and u["section"].endswith("참고 사항")]


# ------------------------------------------------------------------ no card, errors

NO_CARD = "공약 진행 현황판\n과제명 청년 주택 공급\n과제번호 3-2\n■ 그간 성과\n◦ 부지 매입 : '23. 5.\n"
TITLE_WORDS = (
    '[title]\nkinds = ["진행"]\nsuffix = ["현황판"]\n[header]\ntitle = ["과제명"]\nmgmt_no = ["과제번호"]\n'
    '[sections]\nachievements = ["그간성과"]\n'
)


def test_a_file_with_no_card_shows_its_blocks_and_exits_6(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "card.txt"
    path.write_text(NO_CARD, encoding="utf-8")
    code, data = _inspect(capsys, path)
    assert code == 6 and data["cards"] == []
    assert [b["text"] for b in data["blocks"]][:3] == [
        "공약 진행 현황판",
        "과제명 청년 주택 공급",
        "과제번호 3-2",
    ]
    cli_main(["inspect", str(path)])
    assert "No card found" in capsys.readouterr().out
    (tmp_path / "v.toml").write_text(TITLE_WORDS, encoding="utf-8")
    code, data = _inspect(capsys, path, "--vocabulary", str(tmp_path / "v.toml"))
    assert code == 0 and data["cards"][0]["card_id"].startswith("3-2@")
    assert [s["label"] for s in data["cards"][0]["sections"]] == [None, "그간성과"]


def test_errors_map_to_the_documented_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot a pdf at all")
    assert cli_main(["inspect", str(bad)]) == 1  # cannot be read
    assert "damaged" in capsys.readouterr().err
    assert cli_main(["inspect", str(tmp_path / "missing.hwp")]) == 2
    assert cli_main(["inspect", str(tmp_path)]) == 2  # a folder is not a file
    (tmp_path / "v.toml").write_text("[sections\n", encoding="utf-8")
    assert cli_main(["inspect", str(FILES[0]), "--vocabulary", str(tmp_path / "v.toml")]) == 2
    with pytest.raises(SystemExit) as exc:
        cli_main(["inspect", str(FILES[0]), "--ocr", "sometimes"])
    assert exc.value.code == 2
    with pytest.raises(pledgecard.errors.UsageError):
        pledgecard.inspect(FILES[0], pdf_engine="none")


def test_ocr_option_reaches_the_reader(capsys: pytest.CaptureFixture[str]) -> None:
    scan = REPO / "samples" / "scans" / "card-00101-scan.pdf"
    assert (
        cli_main(["inspect", str(scan), "--json", "--ocr", "never"]) == 1
    )  # a scan without OCR: nothing to read
    out = capsys.readouterr()
    assert out.out == "" and "no text layer" in out.err


def test_engine_option_reaches_the_reader(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pledgecard.extract.readers.pdf as pdf_reader

    used: list[str] = []
    real = pdf_reader.open_pdf

    def spy(data: bytes, engine: str) -> Any:
        used.append(engine)
        return real(data, engine)

    monkeypatch.setattr(pdf_reader, "open_pdf", spy)
    for engine in ("pdfplumber", "pdfium"):
        code, data = _inspect(capsys, FILES[1], "--pdf-engine", engine)
        assert code == 0 and data["cards"]
    assert used == ["pdfplumber", "pdfium"]
