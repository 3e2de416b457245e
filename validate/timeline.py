"""The report's page per pledge: its versions quarter by quarter (status and funding) and what
changed between them (:mod:`pledgecard.history`), at ``report/pledges/<safe pledge key>.html``.

The report writer feeds each card it writes to :class:`PledgePages` (:meth:`PledgePages.add`
returns the page the card links to) and calls :meth:`PledgePages.write` once all cards are in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pledgecard.validate.humanize as humanize
import pledgecard.validate.wording as wording
from pledgecard.history import Change, History, Version
from pledgecard.validate.charts import bar_chart
from pledgecard.validate.pagenames import PageNames
from pledgecard.writers import ensure_inside

PLEDGES_DIR = "pledges"


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(humanize.amount(value))
    return str(value)


class PledgePages:
    """One page per pledge of the report, with a unique safe file name per pledge key."""

    def __init__(self) -> None:
        self.history = History()
        self._name = PageNames()
        self.card_pages: dict[str, str] = {}  # card key -> card page file name

    def add(self, record: Mapping[str, Any], card_key: str, card_page: str) -> str | None:
        """Keep ``record`` (written at ``cards/<card_page>``) in its pledge's history; returns the
        pledge page's file name, or ``None`` for a card without a 관리번호."""
        key = self.history.add(record, card_key)
        if key is None:
            return None
        self.card_pages.setdefault(card_key, card_page)
        return self._name(key)

    def context(self, key: str, versions: list[Version], changes: list[Change]) -> dict[str, Any]:
        """The template context of one pledge's page."""
        rows = []
        for v in versions:
            funding = v.funding_total if v.funding_total is not None else v.budget_total
            rows.append(
                {
                    "as_of": v.as_of,
                    "as_of_text": humanize.interval(v.as_of) or "?",
                    "status": v.status,
                    "status_code": v.status_code,
                    "budget": _shown(v.budget_total),
                    "funding": _shown(funding),
                    "funding_value": funding,
                    "card_id": v.card_id,
                    "page": self.card_pages.get(v.card_key),
                }
            )
        currency = wording.word("units", "currency")
        chart = bar_chart(
            f"funding by version ({currency})",
            [
                (r["as_of_text"], r["funding_value"])
                for r in rows
                if isinstance(r["funding_value"], int | float)
            ],
            unit=currency,
        )
        field_label = wording.table("history_fields")
        return {
            "pledge_key": key,
            "mgmt_no": versions[-1].mgmt_no,
            "issuer": versions[-1].issuer,
            "versions": rows,
            "chart": chart,
            "changes": [
                {
                    "from": humanize.interval(c.before.as_of),
                    "to": humanize.interval(c.after.as_of),
                    "field": c.field,
                    "field_label": field_label.get(c.field, c.field),
                    "change": c.change,
                    "path": c.path,
                    "old": _shown(c.old),
                    "new": _shown(c.new),
                }
                for c in changes
            ],
        }

    def write(
        self,
        report_dir: Path,
        render: Callable[[dict[str, Any]], str],
        write_page: Callable[[Path, str], None],
    ) -> list[Path]:
        """Write every pledge's page (``render`` turns a context into HTML); returns the paths."""
        changes: dict[str, list[Change]] = {}
        for c in self.history.changes():
            changes.setdefault(c.pledge_key, []).append(c)
        written = []
        for key, versions in self.history.pledges():
            page = ensure_inside(report_dir, report_dir / PLEDGES_DIR / self._name(key))
            write_page(page, render(self.context(key, versions, changes.get(key, []))))
            written.append(page)
        return written
