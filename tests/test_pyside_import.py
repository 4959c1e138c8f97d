"""The quicker PySide6 module scan (ui/pyside_import.py) gives PySide6's own answers."""

from __future__ import annotations

import subprocess
import sys
import types

import shibokensupport.feature as feature  # loaded with PySide6

import ui  # noqa: F401  (installs the quick scan)
from ui import pyside_import


def original_scan():  # type: ignore[no-untyped-def]
    """PySide6's own function, from under the quick one (its closure holds it)."""
    quick = feature._mod_uses_pyside
    assert getattr(quick, "_kiosk_quick_scan", False)
    (cell,) = [c for c in quick.__closure__ if callable(c.cell_contents)]
    return cell.cell_contents


def test_the_quick_scan_answers_as_pyside_does_for_every_loaded_module():
    import ui.app
    import ui.tools.shot  # noqa: F401

    original = original_scan()
    quick = feature._mod_uses_pyside
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    assert len(modules) > 300
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: bool(original(m)) for m in modules}
    # Both kinds are among them: the kiosk's widgets use PySide6, its core does not.
    assert answers["ui.app"] and answers["ui.window"] and not answers["kiosk.lessons.model"]
    assert not answers["PySide6.QtCore"] and not answers["sys"]


def test_odd_modules_go_to_pyside_s_own_function(tmp_path):
    asked = []

    def original(module):  # type: ignore[no-untyped-def]
        asked.append(module.__name__)
        return True

    quick = pyside_import.quick_scan(original)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # a .py file removed since it was imported
    zipped = types.ModuleType("zipped")
    zipped.__file__ = str(tmp_path / "lib.zip" / "zipped.pyc")
    built_in = types.ModuleType("built_in")  # no __file__: no source, as inspect says
    source = tmp_path / "uses.py"
    source.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    uses = types.ModuleType("uses")
    uses.__file__ = str(source)
    assert quick(gone) and quick(zipped) and not quick(built_in) and quick(uses)
    assert asked == ["gone", "zipped"]


def test_install_is_done_once_and_the_kiosk_starts_with_it():
    assert pyside_import.install()
    quick = feature._mod_uses_pyside
    assert pyside_import.install() and feature._mod_uses_pyside is quick  # not wrapped twice
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import ui.app, shibokensupport.feature as f; "
            "print(getattr(f._mod_uses_pyside, '_kiosk_quick_scan', False))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_compiled_only_modules_are_asked_of_their_loader(tmp_path):
    """A built kiosk's modules are .pyc only: the loader says whether there is source (as
    inspect would ask it, without its scan of every module); PySide6's function is left for
    a loader that cannot be asked."""
    asked = []

    def original(module):  # type: ignore[no-untyped-def]
        asked.append(module.__name__)
        return True

    class Loader:
        def __init__(self, source):  # type: ignore[no-untyped-def]
            self.source = source

        def get_source(self, name):  # type: ignore[no-untyped-def]
            if isinstance(self.source, Exception):
                raise self.source
            return self.source

    quick = pyside_import.quick_scan(original)
    found = []
    for name, source in (
        ("with_source", "from PySide6.QtCore import Qt\n"),
        ("plain_source", "import json\n"),
        ("no_source", None),
        ("broken_loader", ImportError("no")),
    ):
        module = types.ModuleType(name)
        module.__file__ = str(tmp_path / f"{name}.pyc")
        module.__loader__ = Loader(source)
        found.append(quick(module))
    assert found == [True, False, False, True]
    assert asked == ["broken_loader"]
    beside = tmp_path / "beside.py"  # a .pyc with its .py beside it: inspect reads the file
    beside.write_text("import PySide6\n", encoding="utf-8")
    module = types.ModuleType("beside")
    module.__file__ = str(tmp_path / "beside.pyc")
    assert quick(module) and asked == ["broken_loader", "beside"]
