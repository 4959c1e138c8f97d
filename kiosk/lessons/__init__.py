"""Lesson packs: the domain model, and loading and checking packs from folders or zips.

- `load_library(source, extract_dir=None) -> Library` loads one pack, a folder of packs, or a
  list of them; every problem found is in `Library.problems`.
- `schema_path("pack" | "lesson") -> Path` is the published JSON Schema of pack.yaml or
  lesson.yaml (in `resources/schemas/`).
- `kiosk.lessons.index.load_indexed_library` remembers a checked library between starts.

The format is described in `lessons/README.md`. The checkers (YAML, JSON Schema, Pillow) are
imported only when first used, so that a start from the index stays quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kiosk.lessons.model import (
    LANGUAGES,
    Lesson,
    Library,
    Pack,
    Practice,
    Problem,
    Step,
    Target,
    Topic,
)

if TYPE_CHECKING:
    from kiosk.lessons.loader import LESSON_FILE, PACK_FILE, load_library
    from kiosk.lessons.schema import SchemaKind, schema_path

_LAZY = {
    "LESSON_FILE": "kiosk.lessons.loader",
    "PACK_FILE": "kiosk.lessons.loader",
    "load_library": "kiosk.lessons.loader",
    "SchemaKind": "kiosk.lessons.schema",
    "schema_path": "kiosk.lessons.schema",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kiosk.lessons' has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "LESSON_FILE",
    "PACK_FILE",
    "Lesson",
    "Library",
    "Pack",
    "Practice",
    "Problem",
    "SchemaKind",
    "Step",
    "Target",
    "Topic",
    "load_library",
    "schema_path",
]
