"""The facilitator panel: sessions, attendance, support given, people and settings."""

from ui.facilitator.panel import FacilitatorPanel

__all__ = ["FacilitatorPanel"]
