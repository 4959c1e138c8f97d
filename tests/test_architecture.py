"""The core (kiosk/) never imports Qt or ui; only the command groups that draw or start the
kiosk may, inside those commands (kiosk/commands/, QT_COMMANDS)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "ui", "shiboken6")
# The command groups that import ui inside a command: `run`, `shot`, `lessons sheet`, `say`,
# `handout`/`print`/`poster`, `bench` and `report --format pdf`.
QT_COMMANDS = {
    f"kiosk/commands/{name}.py"
    for name in ("run", "shot", "lessons", "voice", "sheets", "bench", "report")
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_core_module_but_the_commands_that_draw_imports_qt_or_ui():
    offenders = {}
    for path in sorted((ROOT / "kiosk").rglob("*.py")):
        if str(path.relative_to(ROOT)) in QT_COMMANDS:
            continue
        bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_the_check_itself_sees_an_import(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from PySide6.QtCore import Qt\n")
    assert "PySide6.QtCore" in imported_modules(module)


def test_loading_the_core_does_not_load_qt():
    code = (
        "import sys, kiosk.cli, kiosk.lessons, kiosk.settings, kiosk.authoring.samplepack\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_import_linter_contract_holds():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# The lesson sources (kiosk/authoring/library/) are one lesson's text each; everything else is
# split before it passes this.
MOST_LINES = 450


def test_no_module_of_the_kiosk_is_over_about_450_lines():
    long = {}
    for path in sorted([*(ROOT / "kiosk").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        relative = path.relative_to(ROOT)
        if relative.parts[:3] == ("kiosk", "authoring", "library"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MOST_LINES:
            long[str(relative)] = lines
    assert long == {}
