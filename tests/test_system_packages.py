"""Every Qt plugin the kiosk loads finds its system libraries.

Qt loads a plugin whose library is missing with no error at all: a kiosk without libXrandr
plays no voice ("No QtMultimedia backends found"), one without libxcb-cursor shows no window.
So `ldd` every plugin the kiosk uses, and the Python modules it imports; a library that is
"not found" names the Debian package to add to packaging/debian-packages.txt
(`dpkg -S <library>` on a machine that has it). On a developer's PC most libraries are there
anyway; `make test-fresh` runs this in a clean Debian root, where it counts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("ldd") is None,
    reason="ldd: Linux only",
)

# The plugins the kiosk loads, by folder under PySide6/Qt/plugins ("*" for all of a folder).
PLUGINS = {
    # The window: X11 (xcb, with its GL integrations), Wayland sessions (Ubuntu and Debian
    # desktops start Qt on Wayland), and offscreen (screenshots, the tests, the bench).
    "platforms": ["libqxcb.so", "libqwayland.so", "libqoffscreen.so"],
    "xcbglintegrations": ["*"],
    "wayland-shell-integration": ["libxdg-shell.so"],
    "wayland-decoration-client": ["*"],
    "wayland-graphics-integration-client": ["libqt-plugin-wayland-egl.so"],
    "platforminputcontexts": [
        "libcomposeplatforminputcontextplugin.so",
        "libibusplatforminputcontextplugin.so",
    ],
    # The voice: QtMultimedia's only backend on Linux is FFmpeg.
    "multimedia": ["*"],
    # The lessons' pictures (SVG, PNG, JPEG), icons, and printing handouts through CUPS.
    "imageformats": ["*"],
    "iconengines": ["*"],
    "printsupport": ["*"],
}

# The Qt modules the kiosk imports (their libraries come with them).
MODULES = ["QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia", "QtPrintSupport"]


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent


def _binaries() -> list[Path]:
    plugins = _qt_dir() / "Qt" / "plugins"
    found: list[Path] = []
    for folder, names in PLUGINS.items():
        for name in names:
            matches = sorted((plugins / folder).glob(name))
            assert matches, f"PySide6 has no plugin {folder}/{name}"
            found.extend(matches)
    for module in MODULES:
        matches = sorted(_qt_dir().glob(f"{module}.*.so"))
        assert matches, f"PySide6 has no module {module}"
        found.extend(matches)
    return found


def missing_libraries() -> dict[str, list[str]]:
    """{library: [plugins or modules that need it]} for every library ldd cannot find."""
    missing: dict[str, list[str]] = {}
    for binary in _binaries():
        out = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=True
        ).stdout
        for line in out.splitlines():
            if "not found" in line:
                library = line.split("=>")[0].strip()
                users = missing.setdefault(library, [])
                name = str(binary.relative_to(_qt_dir()))
                if name not in users:
                    users.append(name)
    return missing


def test_every_plugin_the_kiosk_loads_finds_its_libraries() -> None:
    missing = missing_libraries()
    report = "\n".join(f"  {lib}: needed by {', '.join(users)}" for lib, users in missing.items())
    assert not missing, (
        "system libraries missing; add the Debian packages that provide them to "
        f"packaging/debian-packages.txt (find them with `dpkg -S`):\n{report}"
    )


def test_qt_multimedia_finds_its_ffmpeg_backend() -> None:
    """The kiosk's voice: with no backend QtMultimedia only says so on stderr."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtMultimedia import QMediaPlayer\n"
        "app = QApplication([])\n"
        "player = QMediaPlayer()\n"
        "print('available' if player.isAvailable() else 'unavailable')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert "No QtMultimedia backends found" not in result.stderr
    assert result.stdout.strip() == "available", result.stderr
