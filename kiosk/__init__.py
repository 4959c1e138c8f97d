"""Core of the cultural-house kiosk: lessons, narration, records, reports. No Qt here."""

__version__ = "0.1.0"
