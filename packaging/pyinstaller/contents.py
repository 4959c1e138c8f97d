"""What the PyInstaller one-folder build of the kiosk bundles and leaves out.

Plain data and pure functions (no PyInstaller import), shared by kiosk.spec and bare.spec and
read by tests/test_packaging_spec.py. Paths are joined with pathlib, never written out, so
the same lists build on Linux and on Windows.

PyInstaller's own PySide6 hooks collect the Qt plugins of every Qt module the kiosk imports;
`keep()` trims that to the plugins a kiosk can use, and on Linux `needed_only()` then drops
the libraries that only the dropped plugins linked to (GTK, the Qt Quick virtual keyboard...).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

APP_NAME = "cultural-house-kiosk"  # the folder: dist/cultural-house-kiosk/
EXE_NAME = "kiosk"  # kiosk on Linux, kiosk.exe on Windows
# Windows only: kioskw.exe, the same program built without a console (console=False), beside
# kiosk.exe in the same folder. A console program started by the log-on task or Shell Launcher
# gets a console window of its own, behind the full-screen kiosk; so the installer starts
# `kioskw.exe supervise`, whose child is `kioskw.exe run` (the supervisor runs its own
# executable). kiosk.exe stays for the commands that print (--version, lessons check, say):
# a windowed program has no stdout or stderr (sys.stdout and sys.stderr are None).
WINDOWED_EXE_NAME = "kioskw"
BARE_NAME = "bare-window"  # the benchmark's bare PySide6 window (bare.spec)
FIRST_FRAME_MARKER = "FIRST-FRAME-PAINTED"  # ui.app.FIRST_FRAME_MARKER (a test checks)

# The Qt modules the kiosk imports (grep "from PySide6" in kiosk/ and ui/); QtPrintSupport
# for printing handouts through QPrinter.
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtMultimedia", "QtPrintSupport")

# Modules imported at run time by name, which PyInstaller's analysis cannot see.
HIDDEN_IMPORTS = (
    *(f"PySide6.{module}" for module in QT_MODULES_USED),
    "pyttsx3.drivers",  # pyttsx3.init() imports its driver by name
    "pyttsx3.drivers.espeak",
    "pyttsx3.drivers._espeak",
)
# Windows speaks through SAPI5, which pyttsx3 drives with comtypes (and pywin32's pythoncom).
WINDOWS_HIDDEN_IMPORTS = (
    "pyttsx3.drivers.sapi5",
    "comtypes",
    "comtypes.client",
    "pythoncom",
    "pywintypes",
)

# Distributions whose metadata is read at run time (importlib.metadata.version).
METADATA = ("pyttsx3",)

# Qt modules the kiosk never imports, by the start of their names (QtQuick covers QtQuick3D,
# QtQuickWidgets...): their Python modules are left out of the analysis. (Their libraries may
# still come in: Qt 6.11's FFmpeg multimedia plugin links Qt Quick and QML, and stays.)
QT_MODULES_UNUSED = (
    "Qt3D",  # Qt3DCore, Qt3DRender, ...
    "QtBluetooth",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtNfc",
    "QtOpenGLWidgets",
    "QtPdf",  # QtPdf, QtPdfWidgets
    "QtPositioning",
    "QtQml",
    "QtQuick",  # QtQuick, QtQuick3D, QtQuickControls2, QtQuickWidgets, ...
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtShaderTools",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtVirtualKeyboard",
    "QtWebChannel",
    "QtWebEngine",  # QtWebEngineCore, QtWebEngineWidgets, QtWebEngineQuick
    "QtWebSockets",
    "QtWebView",
)
# Qt libraries (libQt6<Name>*.so*, Qt6<Name>*.dll) that nothing kept links to, dropped when a
# dropped plugin dragged them in (the Qt Quick virtual keyboard, the PDF image format...).
# On Linux `needed_only` finds such libraries by itself; this list also serves Windows.
QT_LIBRARIES_DROPPED = (
    "Qt3D",
    "QtCharts",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtPdf",
    "QtVirtualKeyboard",
    "QtWebEngine",
)
# Python packages that only the tests, the tools of a source checkout or other programs use.
PYTHON_UNUSED = (
    "tkinter",
    "tests",  # `kiosk bench --only soak` says it needs a source checkout
    "pytest",
    "_pytest",
    "pytestqt",
    "numpy",
    "soundfile",
    "IPython",
    "matplotlib",
    # Pillow only reads PNG and JPEG headers (kiosk/lessons/raster.py): not its AVIF and WebP
    # codecs, colour management, fonts or Tk (about 9 MB of libraries). Pillow imports them
    # when present and goes on without them.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL.ImageFont",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
)

# The Qt plugins a kiosk can use, by type; None keeps every plugin of that type. Names are
# as on Linux without "lib" and the suffix (libqxcb.so -> qxcb; qwindows.dll -> qwindows).
PLUGINS_KEPT: dict[str, tuple[str, ...] | None] = {
    # X11, Wayland (Debian's and Ubuntu's desktops), offscreen (kiosk shot), Windows.
    "platforms": ("qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qoffscreen", "qwindows"),
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    "xcbglintegrations": None,
    "multimedia": None,  # the FFmpeg backend plays the narration (Windows Media too, there)
    "printsupport": None,  # CUPS
    "imageformats": ("qsvg", "qjpeg", "qgif", "qico", "qwebp"),  # PNG is built in
    "iconengines": None,  # SVG icons
    # Compose keys and IBus (a typed Vietnamese name); not the Qt Quick virtual keyboard:
    # the kiosk draws its own.
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    "styles": None,  # Windows' native style
}

# Folders of resources/ that a running kiosk never reads (the README's pictures).
RESOURCES_LEFT_OUT = ("screenshots",)
# Files of resources/ left out: translation sources (the kiosk loads the compiled .qm).
RESOURCE_SUFFIXES_LEFT_OUT = (".ts",)


def strip_binaries(platform: str = sys.platform) -> bool:
    """Strip symbols from the libraries on Linux (a Python built by pyenv keeps 16 MB of debug
    information in libpython); never on Windows, where strip damages DLLs."""
    return platform.startswith("linux")


def command_modules(root: Path) -> list[str]:
    """Every module of kiosk/commands: the command line imports a group's module by its name
    only when that command is given (kiosk/commands/__init__.py GROUP_COMMANDS), which
    PyInstaller's analysis cannot see."""
    folder = root / "kiosk" / "commands"
    return [f"kiosk.commands.{path.stem}" for path in sorted(folder.glob("*.py"))]


def hidden_imports(platform: str = sys.platform, root: Path | None = None) -> list[str]:
    extra = WINDOWS_HIDDEN_IMPORTS if platform == "win32" else ()
    commands = command_modules(root) if root is not None else []
    return [*HIDDEN_IMPORTS, *extra, *commands]


def excluded_modules(available: Iterable[str] = ()) -> list[str]:
    """The modules PyInstaller leaves out. `available`: the installed PySide6's Qt modules
    (PySide6.__all__), each left out whose name starts with one of QT_MODULES_UNUSED
    (PyInstaller excludes modules by their exact names)."""
    qt = {*QT_MODULES_UNUSED, *(name for name in available if name.startswith(QT_MODULES_UNUSED))}
    return [*(f"PySide6.{name}" for name in sorted(qt)), *PYTHON_UNUSED]


def datas(root: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for the lessons and the resources."""
    found: list[tuple[str, str]] = []
    for top, left_out in (("lessons", ()), ("resources", RESOURCES_LEFT_OUT)):
        base = root / top
        for path in sorted(base.rglob("*")):
            inside = path.relative_to(base)
            if not path.is_file() or inside.parts[0] in left_out:
                continue
            if path.suffix in RESOURCE_SUFFIXES_LEFT_OUT or "__pycache__" in inside.parts:
                continue
            found.append((str(path), str(Path(top, *inside.parts[:-1]))))
    return found


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


_QT_LIB = re.compile(r"^(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so.*|d?\.dll)$")


def keep(dest: str) -> bool:
    """Whether a file PyInstaller collected, by its path inside the bundle, stays in it."""
    parts = _parts(dest)
    if "PySide6" not in parts:  # a library (or Linux's link to one, beside it) or other files
        return not _unused_qt_library(parts[-1])
    inside = parts[parts.index("PySide6") + 1 :]
    if inside[:1] == ["Qt"]:  # Linux and macOS: PySide6/Qt/{lib,plugins,translations}
        inside = inside[1:]
    if inside[:1] == ["translations"]:  # Qt's own: the kiosk loads only kiosk_<lang>.qm
        return False
    if inside[:1] == ["plugins"] and len(inside) >= 3:
        kept = PLUGINS_KEPT.get(inside[1], ())
        return kept is None or _plugin_stem(inside[-1]) in kept
    return not _unused_qt_library(inside[-1])


def _unused_qt_library(filename: str) -> bool:
    match = _QT_LIB.match(filename)
    return bool(match) and ("Qt" + match.group(1)).startswith(QT_LIBRARIES_DROPPED)


Entry = tuple[str, str, str]  # a PyInstaller TOC entry: (name in the bundle, source, type)


def trimmed(toc: list[Entry]) -> list[Entry]:
    """A PyInstaller TOC without what `keep` leaves out."""
    return [entry for entry in toc if keep(entry[0])]


def _is_root(entry: Entry) -> bool:
    """A binary loaded for its own sake: a Python extension module, a Qt plugin, Python."""
    dest, _source, typecode = entry
    parts = _parts(dest)
    return (
        typecode == "EXTENSION"
        or "plugins" in parts
        or parts[-1].startswith(("libpython", "python3"))
    )


def needed_only(toc: list[Entry], needed: Callable[[str], Iterable[str]]) -> list[Entry]:
    """`toc` without the shared libraries that no kept extension module, Qt plugin or Python
    itself links to, directly or through others: what only the plugins `keep` dropped needed
    (GTK for the GTK theme, ...). `needed(source)` gives the names a binary links to
    (DT_NEEDED). Linux's links beside a library (SYMLINK) stay when their target does."""
    by_name: dict[str, list[Entry]] = {}
    for entry in toc:
        if entry[2] in ("BINARY", "EXTENSION"):
            by_name.setdefault(_parts(entry[0])[-1].lower(), []).append(entry)
    links = {
        _parts(dest)[-1].lower(): source for dest, source, typecode in toc if typecode == "SYMLINK"
    }
    reached: set[Entry] = set()
    todo = [entry for entry in toc if entry[2] in ("BINARY", "EXTENSION") and _is_root(entry)]
    while todo:
        entry = todo.pop()
        if entry in reached:
            continue
        reached.add(entry)
        for name in needed(entry[1]):
            key = _parts(name)[-1].lower()
            target = links.get(key)
            if target is not None:
                key = _parts(target)[-1].lower()
            todo.extend(by_name.get(key, ()))
    kept_names = {_parts(entry[0])[-1].lower() for entry in reached}
    return [
        entry
        for entry in toc
        if (entry[2] not in ("BINARY", "EXTENSION", "SYMLINK"))
        or entry in reached
        or (entry[2] == "SYMLINK" and _parts(entry[1])[-1].lower() in kept_names)
    ]


def pruned(
    binaries: list[Entry], datas: list[Entry], needed: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """`needed_only` over an Analysis' binaries and datas together (PyInstaller files Linux's
    links to the libraries under PySide6/Qt/lib among the datas)."""
    kept = set(needed_only([*binaries, *datas], needed))
    return [e for e in binaries if e in kept], [e for e in datas if e in kept]
