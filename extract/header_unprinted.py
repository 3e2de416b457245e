"""A card found on a box of cut labels and a cut title printed with no value (:func:`cut_label_lines.
label_box_joined`: a converter lost the font the values are set in, pdfminer's pdf2txt reading no embedded
encoding CMap): what the header reader takes after a label there is no value of it (a heading's glyphs turned a
line each, another label's rest), so the header keeps only what the title proves (the card's kind, its issuer)
and every other field is null, with a finding saying the header's values are not in the dump."""

from __future__ import annotations

from typing import Any

from pledgecard.extract.card_results import CardResult
from pledgecard.extract.findings import finding

KEPT = ("kind", "issuer")  # the header fields the card's title line itself proves


def header_unprinted(result: CardResult) -> CardResult:
    """``result`` with its header read from nothing (see the module): its fields but ``KEPT`` null (a list
    empty), their provenance dropped, a card id of no number, and an ``extract.table_missing`` finding."""
    header: dict[str, Any] = dict(result.record["header"])
    for k, v in header.items():
        if k not in KEPT:
            header[k] = [] if isinstance(v, list) else None
    record = dict(result.record)
    record["header"] = header
    card_id = str(record.get("card_id") or "")
    if "@" in card_id and not card_id.startswith("unnumbered-"):
        source = record.get("source") or {}
        record["card_id"] = (
            f"unnumbered-{str(source.get('sha256', ''))[:8]}-{source.get('card_index', 0)}"
            f"@{card_id.split('@', 1)[1]}"
        )
    prov = {
        k: v
        for k, v in result.provenance.items()
        if not (k.startswith("header.") and k.split(".", 1)[1].split("[", 1)[0] not in KEPT)
    }
    found = finding(
        "extract.table_missing",
        "header",
        "the dump prints the card's title and its header labels in a box apart, and none of their "
        "values (text set in a font the converter could not map is missing from it): the header's "
        "fields are not read",
    )
    return CardResult(
        record=record,
        provenance=prov,
        findings=[*result.findings, found],  # type: ignore[arg-type]
        sections=result.sections,
    )
