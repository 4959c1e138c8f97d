"""The bundled library: fifteen lessons, each in Vietnamese and English.

Each lesson lives in its own module (`lNN_name.py`) that defines `LESSON`. The folder names set
the order within a topic; the topics' order is the home screen's.
"""

from __future__ import annotations

import importlib
import pkgutil

from kiosk.authoring.model import LessonSource, PackSource, T, TopicSource

TOPICS = (
    TopicSource("phone", T("Dùng điện thoại", "Using a smartphone")),
    TopicSource("vneid", T("VNeID – định danh điện tử", "VNeID – electronic identity")),
    TopicSource("portal", T("Dịch vụ công trực tuyến", "Public services online")),
    TopicSource("apps", T("Thuế, bảo hiểm và iHanoi", "Tax, insurance and iHanoi")),
    TopicSource("money", T("Thanh toán không tiền mặt", "Paying without cash")),
    TopicSource("safety", T("An toàn trên mạng", "Staying safe online")),
    TopicSource("commune", T("Kênh thông tin của xã", "News from your commune")),
)


def lessons(only: frozenset[str] = frozenset()) -> tuple[LessonSource, ...]:
    """Every lesson module's LESSON, by module name; `only` keeps those whose module name
    starts with one of its prefixes ("l03", "l04_vneid")."""
    found = []
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not (module.name.startswith("l") and module.name[1:3].isdigit()):
            continue
        if only and not any(module.name.startswith(prefix) for prefix in only):
            continue
        found.append(importlib.import_module(f"{__name__}.{module.name}").LESSON)
    return tuple(found)


def pack(only: frozenset[str] = frozenset()) -> PackSource:
    return PackSource(
        ids=T("vi-basic", "en-basic"),
        title=T("Bài học cơ bản", "Basic lessons"),
        version="2.0",
        license="CC-BY-4.0",
        topics=TOPICS,
        lessons=lessons(only),
    )
