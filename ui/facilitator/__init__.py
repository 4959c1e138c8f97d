"""The facilitator panel: sessions, attendance, support given, people and settings; and the
way in to it (gate.py). The panel is loaded at the first unlock, not with the package."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.facilitator.panel import FacilitatorPanel

__all__ = ["FacilitatorPanel"]


def __getattr__(name: str) -> object:
    if name == "FacilitatorPanel":
        from ui.facilitator.panel import FacilitatorPanel

        return FacilitatorPanel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
