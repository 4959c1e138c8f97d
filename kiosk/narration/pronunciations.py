"""The pronunciation lists: how words the voices would misread are said (rule 2 of
kiosk/narration/normalize.py). The built-in list of each language is
`resources/pronunciations/<language>.yaml`; a lesson pack's own entries go over it.

Matching is whole-word; a key with no lowercase letter (QR, 4G, HĐND) matches its exact case
only, so that "AI" never swallows the Vietnamese word "ai"; other keys (Zalo, VNeID) match in
any case. The longest key wins. A pack entry replaces every built-in entry whose key is the
same ignoring case.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from kiosk import guarded
from kiosk.paths import resources_dir

Pronunciations = tuple[tuple[str, str], ...]
MAX_PRONUNCIATION_BYTES = 200_000
LANGUAGES = ("vi", "en")

log = logging.getLogger(__name__)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_pronunciations(path: Path) -> tuple[Pronunciations, list[str]]:
    """A pronunciation list (written: spoken), read through kiosk/guarded.py, and its problems:
    a file that cannot be used gives no entries, a bad entry is left out; never an exception."""
    from kiosk.lessons.yamlsource import read_yaml_data  # PyYAML: only when a list is read

    try:
        data = read_yaml_data(path, max_bytes=MAX_PRONUNCIATION_BYTES, max_depth=4)
    except FileNotFoundError:
        return (), [f"{path}: the file is missing; no pronunciations"]
    except guarded.BadFile as bad:
        return (), [f"{bad}; no pronunciations"]
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    for key, value in data.items():
        if not isinstance(value, str) or not key.strip() or not value.strip():
            entry = f"{guarded.brief(key, 40)}: {guarded.brief(value, 40)}"
            problems.append(f"{path}: entry {entry} must map text to text; left out")
            continue
        pairs.append((_nfc(key.strip()), _nfc(value.strip())))
    return tuple(pairs), problems


@functools.cache
def _builtin(language: str) -> Pronunciations:
    path = resources_dir() / "pronunciations" / f"{language}.yaml"
    pairs, problems = read_pronunciations(path)
    for problem in problems:  # `kiosk lessons check` lists them too
        log.warning("pronunciations: %s", problem)
    return pairs


def builtin_pronunciations(language: str) -> dict[str, str]:
    """The built-in pronunciation list of `language` ("vi" or "en"): written -> spoken."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; expected 'vi' or 'en'")
    return dict(_builtin(language))


def _case_sensitive(key: str) -> bool:
    """Keys without lowercase letters (QR, 4G, 24/7) match their exact case only."""
    return key == key.upper()


def _key_pattern(key: str) -> str:
    body = r"\s+".join(re.escape(part) for part in key.split())
    if not _case_sensitive(key):
        body = f"(?i:{body})"
    if re.match(r"\w", key):
        body = r"(?<!\w)" + body
    if re.search(r"\w$", key):
        body += r"(?!\w)"
    return body


@functools.lru_cache(maxsize=32)
def pronouncer(language: str, extra: Pronunciations) -> Callable[[str], str]:
    """A function that applies the built-in list of `language` with `extra` over it."""
    pack = {_nfc(key.strip()): _nfc(value.strip()) for key, value in extra if key.strip()}
    replaced = {key.lower() for key in pack}
    table = {key: value for key, value in _builtin(language) if key.lower() not in replaced}
    table.update(pack)
    exact = {key: value for key, value in table.items() if _case_sensitive(key)}
    folded = {key.lower(): value for key, value in table.items() if not _case_sensitive(key)}
    keys = sorted(table, key=lambda key: (-len(key), key))
    if not keys:
        return lambda text: text
    pattern = re.compile("|".join(_key_pattern(key) for key in keys))

    def spoken(match: re.Match[str]) -> str:
        written = " ".join(match[0].split())
        return exact.get(written) or folded.get(written.lower(), match[0])

    return lambda text: pattern.sub(spoken, text)
