"""The optional steps that re-part a card's sections before they are read (titles stacked, tables printed under
the next title, titles printed as a table's row heads ...), run so that a fault inside one can never lose the card.

The class fixed: one such step meeting items it was not written for (a ``Table`` where it read lines) raised,
and the file gave no card at all (bomnae box cards with a caption read as a title, review b of session 36). A
step now runs on copies of the sections: when it raises, the sections stay as printed and the card is read
without it, with a finding naming the step.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pledgecard.extract.card_results import Section
from pledgecard.extract.findings import finding

if TYPE_CHECKING:
    from collections.abc import Callable

log = logging.getLogger(__name__)


def try_step(
    step: Callable[..., Any], sections: list[Section], *args: Any, skipped: list[dict[str, Any]]
) -> None:
    """Run ``step(sections, *args)`` on copies of the sections, kept when it returns; when it raises, the
    sections are left as they were and a finding for the step is added to ``skipped``."""
    trial = [replace(s, items=list(s.items)) for s in sections]
    try:
        step(trial, *args)
    except Exception as exc:  # noqa: BLE001 - an optional step's fault must not lose the card
        name = getattr(step, "__name__", repr(step))
        log.debug("section step %s failed", name, exc_info=True)
        skipped.append(
            finding(
                "extract.step_skipped",
                None,
                f"sections left as printed: {name} failed",
                observed=f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}",
            )
        )
        return
    sections[:] = trial
