"""A transposed funding table's head of two rows whose top row holds a group source spanning its members
(``구분 계 국비 지방비 민자`` over ``소계 도비 군비``: 지방비 over 도비 and 군비, vocabulary
``[funding_source_groups]``), the other top cells spanning both rows. A dump prints the two head rows as two
lines, the lower one shorter: read cell by cell, the rows' figures fall under the wrong labels. This module's
one job is the head's columns in printed order: the group's cell replaced by the members under it, a total
word among them (소계) the group's own column (the members' sum, the same money: the caller drops it once
every row's sums prove it). Only where exactly one top cell names a group and every word of the lower line
names a member of that group (each once) or one total; None otherwise."""

from __future__ import annotations

from pledgecard.extract.sections.funding_cells import unspaced
from pledgecard.extract.sections.funding_source_labels import source_labels
from pledgecard.extract.vocabulary import current
from pledgecard.normalize.money import funding_source


def group_spanned(labels: list[str], below: list[str]) -> tuple[list[str], int | None, list[int]] | None:
    """The head's columns (``labels`` with the group's cell replaced by the ``below`` line's labels, a total
    word there named as the group), the index of the group's own column among them (None if it prints none)
    and the indexes of its members; None unless the lower line parts into the group's members as the module
    says."""
    groups = current().table("funding_source_groups")
    at = [k for k, lab in enumerate(labels) if funding_source(unspaced(lab)) in groups]
    parts = source_labels(below) if below else None
    if len(at) != 1 or not parts or len(parts) < 2:
        return None
    group = labels[at[0]]
    members = current().words("funding_source_groups", funding_source(unspaced(group)) or "")
    kinds = [funding_source(unspaced(p)) for p in parts]
    owns = [k for k in kinds if k != "total"]
    if kinds.count("total") > 1 or len(owns) < 2 or len(set(owns)) != len(owns) or any(o not in members for o in owns):
        return None
    flat = [*labels[:at[0]], *(group if kind == "total" else p for p, kind in zip(parts, kinds, strict=True)),
            *labels[at[0] + 1:]]
    own = next((at[0] + k for k, kind in enumerate(kinds) if kind == "total"), None)
    return flat, own, [at[0] + k for k, kind in enumerate(kinds) if kind != "total"]
