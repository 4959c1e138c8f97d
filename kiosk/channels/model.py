"""Official channels: what the kiosk shows and prints as QR codes. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("app", "portal", "commune", "phone")  # app download, national portal, commune, hotline


def short_address(url: str) -> str:
    """What a person can read or type: no scheme, no "www.", no trailing slash."""
    for prefix in ("https://www.", "https://", "http://www.", "http://", "tel:"):
        if url.startswith(prefix):
            url = url[len(prefix) :]
            break
    return url.rstrip("/")


@dataclass(frozen=True)
class Channel:
    id: str
    label_vi: str
    label_en: str
    url: str  # https://... or tel:...; empty for a commune channel not filled in yet
    kind: str  # one of KINDS
    icon: str = ""  # a name under resources/icons/channels/ (without .svg), or ""

    def label(self, language: str) -> str:
        return self.label_vi if language == "vi" else self.label_en

    @property
    def configured(self) -> bool:
        return bool(self.url)


@dataclass(frozen=True)
class Commune:
    name: str = ""  # e.g. "Xã Đông Anh"
    hotline: str = ""  # e.g. "0243 883 1234"; shown on handouts and the poster


@dataclass(frozen=True)
class ChannelRegistry:
    channels: tuple[Channel, ...]
    commune: Commune = Commune()

    def get(self, channel_id: str) -> Channel | None:
        for channel in self.channels:
            if channel.id == channel_id:
                return channel
        return None

    def shown(self, ids: tuple[str, ...] | None = None) -> tuple[Channel, ...]:
        """Channels with an address, in registry order (only `ids`, when given, in their order)."""
        if ids is None:
            return tuple(c for c in self.channels if c.configured)
        found = (self.get(channel_id) for channel_id in ids)
        return tuple(c for c in found if c is not None and c.configured)
