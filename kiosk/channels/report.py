"""What `kiosk channels list` prints: rows of the registry, as a table or as JSON objects."""

from __future__ import annotations

from typing import Any

from kiosk.channels.model import ChannelRegistry

NOT_SET = "-"


def channel_rows(registry: ChannelRegistry, language: str) -> list[dict[str, Any]]:
    """One dict per channel, in registry order: id, label, label_vi, label_en, url, kind, ..."""
    return [
        {
            "id": channel.id,
            "label": channel.label(language),
            "label_vi": channel.label_vi,
            "label_en": channel.label_en,
            "url": channel.url,
            "kind": channel.kind,
            "icon": channel.icon,
            "configured": channel.configured,
        }
        for channel in registry.channels
    ]


def format_table(rows: list[dict[str, Any]]) -> str:
    """Aligned columns: id, kind, label, address ("-" when not filled in yet)."""
    columns = ("id", "kind", "label", "url")
    cells = [list(columns)] + [
        [str(row[c]) if row[c] != "" else NOT_SET for c in columns] for row in rows
    ]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns) - 1)]
    lines = []
    for line in cells:
        start = "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=False))
        lines.append(f"{start}  {line[-1]}".rstrip())
    return "\n".join(lines)
