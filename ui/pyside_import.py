"""A quicker answer to the question PySide6 asks of every module imported after it.

Once shiboken6 is loaded, PySide6 looks at each newly imported module to know whether it uses
PySide6 (for its opt-in `from __feature__ import snake_case`): `inspect.getsource(module)`,
then `"PySide6" in source`. inspect reads the file through linecache and tokenize's encoding
detection, about 0.14 ms a module: 22 ms of the kiosk's start, for the 150 modules it imports
after Qt (measured with PySide6 6.11; napari found the same, napari/napari#8584).

`install()` puts in a function that gives the same answer from the file's bytes, and asks the
original for anything that is not a plain .py file (a frozen build, a zip, a built-in).
Nothing else of PySide6's changes; the kiosk never uses `__feature__` itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_kiosk_quick_scan"


def install() -> bool:
    """Put the quick scan in place (once); False when this PySide6 has no such hook."""
    try:
        import shiboken6  # noqa: F401  (loads shibokensupport, as importing PySide6 does)
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return False
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    feature._mod_uses_pyside = quick_scan(original)  # type: ignore[attr-defined]
    return True


def quick_scan(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    """`original`'s answers, from the file's bytes. inspect has no source for a module without
    a file (built in, a namespace package) or for a compiled extension: False, as it says."""
    from importlib.machinery import EXTENSION_SUFFIXES

    compiled = tuple(EXTENSION_SUFFIXES)

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if path is None or (isinstance(path, str) and path.endswith(compiled)):
            return False
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        elif isinstance(path, str) and path.endswith(".pyc") and not os.path.exists(path[:-1]):
            # Compiled only (the built kiosk's modules): inspect asks the loader for the
            # source, after a scan of every loaded module (inspect.getmodule) that makes the
            # start quadratic. The loader is asked here directly.
            source = _loader_source(module)
            if source is not None:
                return "PySide6" in source
        return bool(original(module))

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def _loader_source(module: ModuleType) -> str | None:
    """The source the module's loader gives: "" when it has none (inspect then finds none
    either), None when it cannot be asked (`original` answers)."""
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if not callable(get_source):
        return None
    try:
        source = get_source(module.__name__)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError):
        return None
    return source if isinstance(source, str) else ""
