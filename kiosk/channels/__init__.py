"""Official channels: the registry (bundled national defaults and the commune's own), its
checks, loading and saving, and QR matrices. No Qt here.

- `load_channels(data_dir) -> (ChannelRegistry, problems)`; `save_channels(data_dir, registry)`
- `check_url(channel) -> problem | None`; `check_lesson_links(registry, library) -> problems`
- `qr_matrix(text, error_correction="M")`: the code's modules, quiet zone included, cached
- `channel_rows(registry, language)`, `format_table(rows)`: what `kiosk channels list` prints
"""

from __future__ import annotations

from kiosk.channels.defaults import (
    COMMUNE_CHANNELS,
    DEFAULT_CHANNELS,
    NATIONAL,
    default_registry,
)
from kiosk.channels.model import KINDS, Channel, ChannelRegistry, Commune
from kiosk.channels.qr import QUIET_ZONE, qr_matrix
from kiosk.channels.report import channel_rows, format_table
from kiosk.channels.store import (
    CHANNELS_FILE,
    GOOD_FILE,
    MAX_URL,
    check_lesson_links,
    check_url,
    load_channels,
    parse_channels,
    save_channels,
    to_json,
    unconfigured_links,
)

__all__ = [
    "CHANNELS_FILE",
    "COMMUNE_CHANNELS",
    "DEFAULT_CHANNELS",
    "GOOD_FILE",
    "KINDS",
    "MAX_URL",
    "NATIONAL",
    "QUIET_ZONE",
    "Channel",
    "ChannelRegistry",
    "Commune",
    "channel_rows",
    "check_lesson_links",
    "check_url",
    "default_registry",
    "format_table",
    "load_channels",
    "parse_channels",
    "qr_matrix",
    "save_channels",
    "to_json",
    "unconfigured_links",
]
