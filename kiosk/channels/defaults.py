"""The bundled channel registry: the national channels, and the commune's (empty until filled in).

Store pages use the Vietnamese storefront and the shortest canonical form, so that the QR
codes stay small:

- Google Play: https://play.google.com/store/apps/details?id=<package>
- App Store: https://apps.apple.com/vn/app/<name>/id<number>

Checked against several public pages that link these apps (not fetched live from the stores):
VNeID com.vnid / id1582750372, VssID com.bhxhapp / id1521647264, eTax Mobile com.etax.icanhan /
id1589750682. A facilitator can correct any of them in channels.json without a new release.
"""

from __future__ import annotations

from kiosk.channels.model import Channel, ChannelRegistry, Commune

NATIONAL: tuple[Channel, ...] = (
    Channel(
        "dichvucong",
        "Cổng Dịch vụ công Quốc gia",
        "National Public Service Portal",
        "https://dichvucong.gov.vn",
        "portal",
    ),
    Channel(
        "binhdanhocvuso",
        "Bình dân học vụ số",
        "Digital literacy for all",
        "https://binhdanhocvuso.gov.vn",
        "portal",
    ),
    Channel(
        "vneid-web",
        "Trang VNeID",
        "VNeID website",
        "https://vneid.gov.vn",
        "portal",
    ),
    Channel(
        "vssid-web",
        "Bảo hiểm xã hội Việt Nam",
        "Vietnam Social Security",
        "https://baohiemxahoi.gov.vn",
        "portal",
    ),
    Channel(
        "hanoi-portal",
        "Cổng thông tin Hà Nội",
        "Hanoi city portal",
        "https://hanoi.gov.vn",
        "portal",
    ),
    Channel(
        "scam-warnings",
        "Cảnh báo lừa đảo trên mạng",
        "Online scam warnings",
        # The national cyber-security monitoring centre's site: warnings and a report form.
        "https://khonggianmang.vn",
        "portal",
    ),
    Channel(
        "vneid-android",
        "VNeID cho Android",
        "VNeID for Android",
        "https://play.google.com/store/apps/details?id=com.vnid",
        "app",
    ),
    Channel(
        "vneid-ios",
        "VNeID cho iPhone",
        "VNeID for iPhone",
        # Not id1582750311: every public link found to the VNeID listing uses ...372.
        "https://apps.apple.com/vn/app/vneid/id1582750372",
        "app",
    ),
    Channel(
        "vssid-android",
        "VssID cho Android",
        "VssID for Android",
        "https://play.google.com/store/apps/details?id=com.bhxhapp",
        "app",
    ),
    Channel(
        "vssid-ios",
        "VssID cho iPhone",
        "VssID for iPhone",
        "https://apps.apple.com/vn/app/vssid/id1521647264",
        "app",
    ),
    Channel(
        "etax-android",
        "eTax Mobile cho Android",
        "eTax Mobile for Android",
        # The General Department of Taxation's app; its package is com.etax.icanhan
        # ("cá nhân"), not com.vnpt.etax.
        "https://play.google.com/store/apps/details?id=com.etax.icanhan",
        "app",
    ),
    Channel(
        "etax-ios",
        "eTax Mobile cho iPhone",
        "eTax Mobile for iPhone",
        "https://apps.apple.com/vn/app/etax-mobile/id1589750682",
        "app",
    ),
)

# Filled in by the facilitator (channels.json); empty means "not set up yet" and is not shown.
COMMUNE_CHANNELS: tuple[Channel, ...] = (
    Channel("commune-zalo", "Kênh Zalo của xã", "Commune Zalo OA", "", "commune"),
    Channel("commune-fanpage", "Trang Facebook của xã", "Commune Facebook page", "", "commune"),
    Channel("commune-youtube", "Kênh YouTube của xã", "Commune YouTube channel", "", "commune"),
    Channel("commune-website", "Trang web của xã", "Commune website", "", "commune"),
    Channel("commune-hotline", "Đường dây nóng của xã", "Commune hotline", "", "phone"),
)

DEFAULT_CHANNELS: tuple[Channel, ...] = NATIONAL + COMMUNE_CHANNELS


def default_registry() -> ChannelRegistry:
    """The bundled registry: national channels set, commune channels empty, no commune name."""
    return ChannelRegistry(DEFAULT_CHANNELS, Commune())
