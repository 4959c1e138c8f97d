"""Loading, checking and saving the channel registry (`channels.json` in the data directory).

The file holds only what differs from the bundled defaults:

    {"commune": {"name": "Xã Đông Anh", "hotline": "0243 883 1234"},
     "channels": {"commune-zalo": {"url": "https://zalo.me/1234567890"},
                  "commune-radio": {"label_vi": "...", "label_en": "...",
                                    "url": "https://...", "kind": "commune"}}}

A bad file never stops the kiosk. Every bad value is reported, naming it, and ignored: the
value of the last file that loaded cleanly (`channels.good.json`) is kept, else the default.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kiosk import guarded
from kiosk.channels.defaults import DEFAULT_CHANNELS, default_registry
from kiosk.channels.model import KINDS, Channel, ChannelRegistry, Commune
from kiosk.guarded import brief
from kiosk.lessons.model import Library
from kiosk.private import replace_private

CHANNELS_FILE = "channels.json"
GOOD_FILE = "channels.good.json"  # the last channels.json that loaded with no problem
MAX_CHANNELS_BYTES = 200_000
MAX_URL = 300
MAX_LABEL = 80
MAX_NAME = 100
MAX_HOTLINE = 30

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 40  # channel ids and icon names
TEL_PATTERN = re.compile(r"^tel:\+?[0-9]+(-[0-9]+)*$")  # tel:+842438831234, tel:1022
HOTLINE_PATTERN = re.compile(r"^[0-9+ ().-]*$")  # as shown: "0243 883 1234", "(024) 3883.1234"
HOST_PATTERN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")
FIELDS = ("label_vi", "label_en", "url", "kind", "icon")
EMPTY_ALLOWED = ("commune", "phone")  # "not filled in yet"

# Commune channels whose address must be on one service: id -> (allowed hosts, what to say).
HOSTS: dict[str, tuple[frozenset[str], str]] = {
    "commune-zalo": (frozenset({"zalo.me"}), "https://zalo.me/<id>"),
    "commune-fanpage": (
        frozenset({"facebook.com", "www.facebook.com", "m.facebook.com"}),
        "a page on https://www.facebook.com/",
    ),
    "commune-youtube": (
        frozenset({"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}),
        "a channel on https://www.youtube.com/",
    ),
}


def _unprintable(text: str) -> str | None:
    """The first whitespace or control character in `text`, shown as U+XXXX, or None."""
    for char in text:
        if char.isspace() or unicodedata.category(char).startswith(("C", "Z")):
            return f"U+{ord(char):04X}"
    return None


def check_url(channel: Channel) -> str | None:
    """What is wrong with the channel's address (naming the channel and the value), or None."""
    url = channel.url
    name = f"channel '{channel.id}'"
    if not isinstance(url, str):
        return f"{name}: the address must be text, not {brief(url)}"
    if not url:
        if channel.kind in EMPTY_ALLOWED:
            return None
        return f"{name}: the address is empty"
    if len(url) > MAX_URL:
        return (
            f"{name}: the address {url[:40]!r}... is {len(url)} characters long (at most {MAX_URL})"
        )
    bad_char = _unprintable(url)
    if bad_char:
        return f"{name}: the address {url!r} contains a space or control character ({bad_char})"
    if channel.kind == "phone":
        digits = sum(char.isdigit() for char in url)
        if not TEL_PATTERN.match(url) or not 3 <= digits <= 15:
            return f"{name}: the address {url!r} must be a phone number like tel:+842438831234"
        return None
    if not url.startswith("https://"):
        return f"{name}: the address {url!r} must start with https://"
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError:
        return f"{name}: the address {url!r} is not a valid web address"
    if "@" in parts.netloc or not HOST_PATTERN.match(parts.netloc.split(":")[0].lower()):
        return f"{name}: the address {url!r} has no valid host name"
    if channel.id in HOSTS:
        hosts, shape = HOSTS[channel.id]
        if host not in hosts or parts.path.strip("/") == "":
            return f"{name}: the address {url!r} must be {shape}"
    return None


def _is_id(value: str) -> bool:
    return len(value) <= MAX_ID and ID_PATTERN.match(value) is not None


def _check_label(value: Any, field: str) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"{field} must be some text, not {brief(value)}"
    if len(value) > MAX_LABEL:
        return f"{field} {brief(value)} is longer than {MAX_LABEL} characters"
    if value != value.strip() or any(unicodedata.category(c).startswith("C") for c in value):
        return f"{field} {brief(value)} contains a control character or leading/trailing space"
    return None


def _check_field(channel_id: str, field: str, value: Any, kind: str) -> str | None:
    """A problem with one field of one channel (its kind already known), or None."""
    if field in ("label_vi", "label_en"):
        return _check_label(value, field)
    if field == "kind":
        return None if value in KINDS else f"kind {brief(value)} must be one of {', '.join(KINDS)}"
    if field == "icon":
        ok = isinstance(value, str) and (value == "" or _is_id(value))
        return None if ok else f"icon {brief(value)} must be empty or a name like 'zalo'"
    if not isinstance(value, str):
        return f"the address must be text, not {brief(value)}"
    problem = check_url(Channel(channel_id, "", "", value, kind))
    return problem.split(": ", 1)[1] if problem else None


def _check_commune(field: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"commune {field} must be text, not {brief(value)}"
    if any(unicodedata.category(c).startswith("C") for c in value):
        return f"commune {field} {brief(value)} contains a control character"
    if field == "name" and len(value) > MAX_NAME:
        return f"commune name {brief(value)} is longer than {MAX_NAME} characters"
    if field == "hotline":
        digits = sum(c.isdigit() for c in value)
        if len(value) > MAX_HOTLINE or not HOTLINE_PATTERN.match(value):
            return f"commune hotline {brief(value)} must be a phone number like 0243 883 1234"
        if value and not 3 <= digits <= 15:
            return f"commune hotline {brief(value)} must have 3 to 15 digits"
    return None


@dataclass
class _Reader:
    """Applies one parsed channels.json over the defaults; bad values fall back to `fallback`."""

    source: str
    fallback: ChannelRegistry
    problems: list[str] = dataclasses.field(default_factory=list)

    def report(self, message: str) -> None:
        self.problems.append(f"{self.source}: {message}")

    def read(self, raw: Any) -> ChannelRegistry:
        if not isinstance(raw, dict):
            self.report("must be a JSON object; using the bundled defaults")
            return default_registry()
        for key in raw:
            if key not in ("commune", "channels"):
                self.report(f"unknown key {brief(key)} ignored")
        commune = self.read_commune(raw.get("commune", {}))
        entries = raw.get("channels", {})
        if not isinstance(entries, dict):
            self.report("'channels' must be an object of channel id -> fields; ignored")
            entries = {}
        channels = {channel.id: channel for channel in DEFAULT_CHANNELS}
        for channel_id, entry in entries.items():
            channel = self.read_channel(channel_id, entry, channels.get(channel_id))
            if channel is not None:
                channels[channel_id] = channel
        return ChannelRegistry(tuple(channels.values()), commune)

    def read_commune(self, raw: Any) -> Commune:
        if not isinstance(raw, dict):
            self.report(f"'commune' must be an object with name and hotline, not {brief(raw)}")
            return self.fallback.commune
        values: dict[str, str] = {}
        for key, value in raw.items():
            if key not in ("name", "hotline"):
                self.report(f"commune: unknown field {brief(key)} ignored")
                continue
            problem = _check_commune(key, value)
            if problem:
                kept = getattr(self.fallback.commune, key)
                self.report(f"{problem}; keeping {kept!r}")
                values[key] = kept
            else:
                values[key] = value
        return Commune(**values)

    def read_channel(self, channel_id: Any, entry: Any, base: Channel | None) -> Channel | None:
        """The channel as `entry` sets it, or None (with a problem) when nothing usable is left."""
        name = f"channel {brief(channel_id)}"
        if not isinstance(channel_id, str) or not _is_id(channel_id):
            rule = f"lowercase letters, digits and '-' (at most {MAX_ID})"
            self.report(f"{name}: the id must be {rule}; ignored")
            return None
        previous = self.fallback.get(channel_id)
        if not isinstance(entry, dict):
            self.report(f"{name}: must be an object of fields, not {brief(entry)}; ignored")
            return previous
        for key in entry:
            if key not in FIELDS:
                self.report(f"{name}: unknown field {brief(key)} ignored")
        if base is None:
            return self.read_new(channel_id, entry, previous)
        values: dict[str, Any] = {}
        if "kind" in entry and entry["kind"] != base.kind:
            self.report(f"{name}: the kind of a bundled channel stays {base.kind!r}; ignored")
        for field in ("label_vi", "label_en", "url", "icon"):
            if field not in entry:
                continue
            problem = _check_field(channel_id, field, entry[field], base.kind)
            if problem:
                kept = getattr(previous or base, field)
                self.report(f"{name}: {problem}; keeping {kept!r}")
                values[field] = kept
            else:
                values[field] = entry[field]
        return replace(base, **values)

    def read_new(
        self, channel_id: str, entry: dict[str, Any], previous: Channel | None
    ) -> Channel | None:
        """A channel the facilitator adds: every field but icon is needed, and all must be good."""
        name = f"channel '{channel_id}'"
        missing = [field for field in FIELDS[:4] if field not in entry]
        problems = [f"{field} is missing" for field in missing]
        kind = entry.get("kind")
        for field in FIELDS:
            if field in entry and (field != "url" or kind in KINDS):
                problem = _check_field(channel_id, field, entry[field], str(kind))
                if problem:
                    problems.append(problem)
        if not problems:
            return Channel(
                channel_id,
                entry["label_vi"],
                entry["label_en"],
                entry["url"],
                entry["kind"],
                entry.get("icon", ""),
            )
        what = "keeping the last good one" if previous else "channel ignored"
        self.report(f"{name}: {'; '.join(problems)}; {what}")
        return previous


def parse_channels(
    raw: Any, source: str = CHANNELS_FILE, fallback: ChannelRegistry | None = None
) -> tuple[ChannelRegistry, list[str]]:
    """The registry that parsed JSON `raw` gives over the defaults, and every problem in it."""
    reader = _Reader(source, fallback or default_registry())
    registry = reader.read(raw)
    return registry, reader.problems


def _last_good(data_dir: Path) -> ChannelRegistry | None:
    """The registry of channels.good.json, when it is there and still loads with no problem."""
    try:
        raw = guarded.read_json(data_dir / GOOD_FILE, max_bytes=MAX_CHANNELS_BYTES)
    except (OSError, guarded.BadFile):
        return None
    registry, problems = parse_channels(raw, str(data_dir / GOOD_FILE))
    return None if problems else registry


def _write_atomic(path: Path, text: str) -> None:
    """A power cut leaves the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_private(path, text.encode("utf-8"))


def load_channels(data_dir: Path) -> tuple[ChannelRegistry, list[str]]:
    """The defaults overlaid by `data_dir/channels.json`, and every problem found; never an
    exception. The file is read through kiosk/guarded.py (bounded in size, depth, numbers).

    A file that cannot be read at all gives the last good file's channels (or the defaults);
    a file with no problem becomes the new last good file.
    """
    path = data_dir / CHANNELS_FILE
    try:
        raw = guarded.read_json(path, max_bytes=MAX_CHANNELS_BYTES)
        if not isinstance(raw, dict):
            kind = guarded.kind_name(raw)
            raise guarded.BadFile(path, f"channels must be a JSON object, not {kind}")
    except FileNotFoundError:
        return default_registry(), []
    except guarded.BadFile as bad:
        good = _last_good(data_dir)
        if good is not None:
            return good, [f"{bad}; using the last good ones"]
        return default_registry(), [f"{bad}; using the defaults"]
    fallback = _last_good(data_dir) or default_registry()
    registry, problems = parse_channels(raw, str(path), fallback)
    if not problems:
        try:
            guarded.keep_good_copy(path, max_bytes=MAX_CHANNELS_BYTES)
        except (OSError, guarded.BadFile) as error:
            problems.append(f"{data_dir / GOOD_FILE}: cannot keep a copy ({error})")
    return registry, problems


def to_json(registry: ChannelRegistry) -> dict[str, Any]:
    """What channels.json holds for `registry`: the commune, and only what differs from defaults."""
    defaults = {channel.id: channel for channel in DEFAULT_CHANNELS}
    entries: dict[str, dict[str, str]] = {}
    for channel in registry.channels:
        base = defaults.get(channel.id)
        if base is None:
            entry = {name: getattr(channel, name) for name in FIELDS if name != "icon"}
            if channel.icon:
                entry["icon"] = channel.icon
        else:
            entry = {
                name: getattr(channel, name)
                for name in FIELDS
                if getattr(channel, name) != getattr(base, name)
            }
        if entry:
            entries[channel.id] = entry
    commune = {"name": registry.commune.name, "hotline": registry.commune.hotline}
    return {"commune": commune, "channels": entries}


def save_channels(data_dir: Path, registry: ChannelRegistry) -> None:
    """Check `registry`, then write it atomically; ValueError lists the problems if any."""
    raw = to_json(registry)
    _, problems = parse_channels(raw, "channels")
    missing = [c.id for c in DEFAULT_CHANNELS if registry.get(c.id) is None]
    problems += [f"channels: bundled channel '{i}' cannot be removed" for i in missing]
    ids = [channel.id for channel in registry.channels]
    problems += [
        f"channels: channel '{i}' is listed twice" for i in sorted(set(ids)) if ids.count(i) > 1
    ]
    if problems:
        raise ValueError("\n".join(problems))
    text = json.dumps(raw, ensure_ascii=False, indent=2) + "\n"
    _write_atomic(data_dir / CHANNELS_FILE, text)
    _write_atomic(data_dir / GOOD_FILE, text)


def _shown(path: Path) -> str:
    """`path` relative to the working folder when it lies inside it, else as it is."""
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def check_lesson_links(registry: ChannelRegistry, library: Library) -> list[str]:
    """A problem for every channel id a lesson links that the registry does not know."""
    problems = []
    for lesson in library.lessons:
        for channel_id in lesson.channels:
            if registry.get(channel_id) is None:
                where = _shown(lesson.folder / "lesson.yaml")
                problems.append(
                    f"{where}: lesson '{lesson.id}' links unknown channel '{channel_id}'"
                )
    return problems


def unconfigured_links(registry: ChannelRegistry, library: Library) -> list[str]:
    """Notes (not errors): known channels that lessons link but that have no address yet."""
    notes = []
    for channel in registry.channels:
        if channel.configured:
            continue
        users = sorted({lesson.id for lesson in library.lessons if channel.id in lesson.channels})
        if users:
            lessons = ", ".join(f"'{lesson_id}'" for lesson_id in users)
            notes.append(f"channel '{channel.id}' has no address yet; linked by lessons {lessons}")
    return notes
