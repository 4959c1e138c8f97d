"""The PyInstaller one-folder build (packaging/pyinstaller/, `make dist`): what it bundles and
leaves out, checked without building (fast, always run); and, when a build is in
dist/cultural-house-kiosk/, that build run with an empty environment (a few seconds)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import wave
from pathlib import Path
from types import ModuleType

import PySide6
import pytest

import kiosk.paths
from kiosk.lessons.schema import schema_path
from tests.packbuilder import PackBuilder
from ui.app import FIRST_FRAME_MARKER
from ui.tools import bench_package

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = ROOT / "packaging" / "pyinstaller"
SPECS = (PYINSTALLER / "kiosk.spec", PYINSTALLER / "bare.spec")
QT_PLUGINS = Path(PySide6.__file__).parent / "Qt" / "plugins"


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contents", PYINSTALLER / "contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = _contents()


# --- what goes in and what stays out ---------------------------------------------------------
def test_the_qt_modules_the_kiosk_does_not_use_are_left_out():
    excluded = set(contents.excluded_modules(PySide6.__all__))
    for name in (
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtWebEngineQuick",
        "Qt3DCore",
        "Qt3DRender",
        "QtQuick",
        "QtQuick3D",
        "QtQuickWidgets",
        "QtQml",
        "QtCharts",
        "QtDataVisualization",
        "QtPdf",
        "QtBluetooth",
        "QtPositioning",
        "QtSensors",
        "QtSerialPort",
        "QtSql",
        "QtTest",
        "QtDesigner",
        "QtTextToSpeech",
        "QtLocation",
        "QtWebView",
    ):
        if name in PySide6.__all__:
            assert f"PySide6.{name}" in excluded, name
    assert not {f"PySide6.{name}" for name in contents.QT_MODULES_USED} & excluded
    assert {"tkinter", "pytest", "tests"} <= excluded


def test_every_qt_module_the_code_imports_is_bundled():
    """A new `from PySide6.QtX import` in kiosk/ or ui/ must be added to QT_MODULES_USED."""
    imported: set[str] = set()
    for folder in ("kiosk", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no Qt import found: the search is broken"
    assert imported <= set(contents.QT_MODULES_USED)
    hidden = contents.hidden_imports("linux")
    assert {f"PySide6.{name}" for name in contents.QT_MODULES_USED} <= set(hidden)


def test_every_command_group_is_bundled_though_imported_by_name():
    """The command line imports a group's module by name (importlib), which PyInstaller's
    analysis does not follow: the spec names every one (a build once lacked them all)."""
    from kiosk.commands import GROUP_COMMANDS

    hidden = contents.hidden_imports("linux", root=ROOT)
    assert {f"kiosk.commands.{module}" for module, _names in GROUP_COMMANDS} <= set(hidden)
    assert "hidden_imports(root=ROOT)" in (PYINSTALLER / "kiosk.spec").read_text()


def test_no_package_the_kiosk_imports_is_left_out():
    """A package that kiosk/ or ui/ imports (at the top or inside a function) must not be in
    PYTHON_UNUSED: the build would drop it and the kiosk fail where it is needed (zxingcpp,
    the camera's decoder, was once left out that way)."""
    imported: set[str] = set()
    pattern = re.compile(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", re.MULTILINE)
    for folder in ("kiosk", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            imported |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert {"zxingcpp", "PySide6", "qrcode"} <= imported, "the search is broken"
    left_out = {name for name in contents.PYTHON_UNUSED if "." not in name}
    # `kiosk bench --only soak` imports the tests of a source checkout, and says so when frozen.
    assert imported & left_out == {"tests"}


def test_the_speech_drivers_are_hidden_imports_for_each_platform():
    linux = contents.hidden_imports("linux")
    windows = contents.hidden_imports("win32")
    assert {"pyttsx3.drivers", "pyttsx3.drivers.espeak"} <= set(linux)
    assert "pyttsx3.drivers.sapi5" not in linux and "comtypes" not in linux
    assert {"pyttsx3.drivers.sapi5", "comtypes", "comtypes.client"} <= set(windows)


# Each plugin the kiosk needs on Linux, as the installed PySide6 names it.
NEEDED_PLUGINS = (
    "platforms/libqxcb.so",
    "platforms/libqwayland.so",
    "platforms/libqoffscreen.so",
    "wayland-shell-integration/libxdg-shell.so",
    "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
    "wayland-decoration-client/libbradient.so",
    "xcbglintegrations/libqxcb-glx-integration.so",
    "xcbglintegrations/libqxcb-egl-integration.so",
    "multimedia/libffmpegmediaplugin.so",
    "printsupport/libcupsprintersupport.so",
    "imageformats/libqsvg.so",
    "imageformats/libqjpeg.so",
    "iconengines/libqsvgicon.so",
    "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
    "platforminputcontexts/libibusplatforminputcontextplugin.so",
)


@pytest.mark.skipif(not QT_PLUGINS.is_dir(), reason="a PySide6 without a Qt/plugins folder")
@pytest.mark.parametrize("plugin", NEEDED_PLUGINS)
def test_the_plugins_the_kiosk_needs_are_kept(plugin: str):
    assert (QT_PLUGINS / plugin).is_file(), f"the installed PySide6 has no {plugin}"
    assert contents.keep(f"PySide6/Qt/plugins/{plugin}")


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",  # would bring GTK in
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",  # Qt Quick
        "PySide6/Qt/plugins/imageformats/libqpdf.so",  # QtPdf
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "libQt6VirtualKeyboard.so.6",  # Linux's link beside the library
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6\\plugins\\platforms\\qminimal.dll",
    ],
)
def test_what_is_left_out(dest: str):
    assert not contents.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",  # the FFmpeg multimedia plugin links it
        "PySide6/Qt/lib/libavcodec.so.61",
        "libQt6Gui.so.6",
        "PySide6/QtCore.abi3.so",
        "libpython3.11.so.1.0",
        "PySide6\\Qt6Gui.dll",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
        "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",
        "lessons/vi/pack.yaml",
    ],
)
def test_what_is_kept(dest: str):
    assert contents.keep(dest)


def test_libraries_only_dropped_plugins_needed_are_left_out():
    links = {
        "/q/plugins/platforms/libqxcb.so": ["libQt6XcbQpa.so.6", "libc.so.6"],
        "/q/lib/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
        "/q/lib/libQt6Gui.so.6": [],
        "/usr/lib/libxcb-cursor.so.0": [],
        "/q/QtCore.abi3.so": ["libshiboken6.abi3.so.6.11"],
        "/q/libshiboken6.abi3.so.6.11": [],
        "/q/lib/libQt6Pdf.so.6": ["libgtk-3.so.0"],
        "/usr/lib/libgtk-3.so.0": ["libcairo.so.2"],
        "/usr/lib/libcairo.so.2": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/plugins/platforms/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/q/lib/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/q/lib/libQt6Gui.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/q/QtCore.abi3.so", "EXTENSION"),
        ("libshiboken6.abi3.so.6.11", "/q/libshiboken6.abi3.so.6.11", "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/q/lib/libQt6Pdf.so.6", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
    ]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
        ("lessons/vi/pack.yaml", "/src/lessons/vi/pack.yaml", "DATA"),
    ]
    kept_binaries, kept_datas = contents.pruned(binaries, datas, lambda path: links[path])
    assert [entry[0] for entry in kept_binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libxcb-cursor.so.0",
        "PySide6/QtCore.abi3.so",
        "libshiboken6.abi3.so.6.11",
    ]
    assert [entry[0] for entry in kept_datas] == ["libQt6Gui.so.6", "lessons/vi/pack.yaml"]


def test_the_lessons_and_the_compiled_translations_are_bundled_not_the_screenshots():
    datas = contents.datas(ROOT)
    pairs = {
        (Path(source).relative_to(ROOT).as_posix(), Path(dest).as_posix()) for source, dest in datas
    }
    assert ("lessons/vi/pack.yaml", "lessons/vi") in pairs
    assert ("resources/translations/kiosk_vi.qm", "resources/translations") in pairs
    assert ("resources/translations/kiosk_en.qm", "resources/translations") in pairs
    assert ("resources/schemas/lesson.schema.json", "resources/schemas") in pairs
    assert ("resources/pronunciations/vi.yaml", "resources/pronunciations") in pairs
    sources = {source for source, _ in pairs}
    lesson_files = {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "lessons").rglob("*") if p.is_file()
    }
    assert lesson_files <= sources
    assert not [s for s in sources if "screenshots" in s or s.endswith(".ts")]


@pytest.mark.parametrize("path", [*SPECS, PYINSTALLER / "contents.py"], ids=lambda p: p.name)
def test_the_spec_names_no_path_of_this_machine(path: Path):
    """Built on Windows too: every path is joined from the spec's own folder."""
    text = path.read_text(encoding="utf-8")
    compile(text, str(path), "exec")
    strings = re.findall(r"""["']([^"'\n]*)["']""", text)
    absolute = re.compile(r"^(/\w|~|[A-Za-z]:[\\/])")  # /usr/..., ~/..., C:\...
    assert [s for s in strings if absolute.match(s)] == []
    assert "SPECPATH" in text or path.name == "contents.py"


def test_the_bare_window_and_the_bench_use_the_kiosks_marker_and_names():
    assert contents.FIRST_FRAME_MARKER == FIRST_FRAME_MARKER
    assert f'"{FIRST_FRAME_MARKER}"' in (PYINSTALLER / "bare_main.py").read_text(encoding="utf-8")
    assert (bench_package.APP_NAME, bench_package.BARE_NAME) == (
        contents.APP_NAME,
        contents.BARE_NAME,
    )


def test_the_entry_point_calls_freeze_support_before_the_kiosk():
    """The speech worker's child is a "spawn" child: frozen, it runs the same executable."""
    text = (PYINSTALLER / "kiosk_main.py").read_text(encoding="utf-8")
    assert text.index("multiprocessing.freeze_support()") < text.index("from kiosk.cli import main")


def _built_by_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """kiosk.spec run as PyInstaller runs it (exec with SPECPATH and its build classes), for
    `platform`, with stand-ins that record what it asks to build instead of building."""
    # Imported for this machine first (the spec imports them), not for `platform`.
    import PyInstaller.depend.bindepend
    import PyInstaller.utils.hooks  # noqa: F401

    built: dict[str, list] = {"EXE": [], "COLLECT": []}

    class Analysis:
        def __init__(self, scripts: list[str], **options: object) -> None:
            self.scripts, self.pure = [("kiosk_main", scripts[0], "PYSOURCE")], ["pure"]
            self.binaries: list = []
            self.datas: list = []

    def exe(*toc: object, **options: object) -> str:
        built["EXE"].append((toc, options))
        return f"EXE {options['name']}"

    def collect(*toc: object, **options: object) -> None:
        built["COLLECT"].append((toc, options))

    spec = PYINSTALLER / "kiosk.spec"
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "SPECPATH": str(PYINSTALLER),
        "Analysis": Analysis,
        "PYZ": lambda pure: ("PYZ", tuple(pure)),
        "EXE": exe,
        "COLLECT": collect,
    }
    try:
        exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    finally:
        sys.modules.pop("contents", None)
    return built


def test_on_windows_the_spec_builds_kioskw_without_a_console_beside_kiosk(
    monkeypatch: pytest.MonkeyPatch,
):
    """kioskw.exe: the log-on task's and Shell Launcher's program, with no console window
    behind the kiosk; kiosk.exe keeps its console for the commands that print."""
    built = _built_by_spec("win32", monkeypatch)
    exes = {options["name"]: (toc, options) for toc, options in built["EXE"]}
    assert set(exes) == {contents.EXE_NAME, contents.WINDOWED_EXE_NAME} == {"kiosk", "kioskw"}
    assert exes["kiosk"][1]["console"] is True
    assert exes["kioskw"][1]["console"] is False
    assert exes["kiosk"][0] == exes["kioskw"][0]  # the same PYZ and scripts: one program
    assert all(options["exclude_binaries"] for _toc, options in exes.values())
    assert all(options["strip"] is False for _toc, options in exes.values())  # never on Windows
    [(toc, options)] = built["COLLECT"]
    assert toc[:2] == ("EXE kiosk", "EXE kioskw")  # one folder, both beside the libraries
    assert options["name"] == contents.APP_NAME


def test_elsewhere_the_spec_builds_kiosk_alone(monkeypatch: pytest.MonkeyPatch):
    built = _built_by_spec("linux", monkeypatch)
    assert [options["name"] for _toc, options in built["EXE"]] == [contents.EXE_NAME]
    assert built["EXE"][0][1]["console"] is True
    [(toc, _options)] = built["COLLECT"]
    assert toc[0] == "EXE kiosk" and not [e for e in toc if str(e).startswith("EXE kioskw")]


# --- kiosk.paths inside a frozen build -------------------------------------------------------
def test_a_frozen_kiosk_finds_its_lessons_and_resources_in_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert kiosk.paths.resources_dir() == tmp_path / "resources"
    assert kiosk.paths.bundled_lessons_dir() == tmp_path / "lessons"
    assert schema_path("lesson") == tmp_path / "resources" / "schemas" / "lesson.schema.json"


def test_from_source_the_kiosk_finds_the_source_trees_folders():
    assert not getattr(sys, "frozen", False)
    assert kiosk.paths.resources_dir() == ROOT / "resources"
    assert kiosk.paths.bundled_lessons_dir() == ROOT / "lessons"


# --- the bench group -------------------------------------------------------------------------
def test_the_bench_says_how_to_build_when_there_is_no_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    assert bench_package.bench_package(None, root=tmp_path) == {}
    said = capsys.readouterr().err
    assert "make dist" in said and "kiosk bench --only package" in said


def test_the_folder_size_counts_files_once_and_links_as_links(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "big").write_bytes(b"x" * 2_097_152)
    (tmp_path / "link").symlink_to(tmp_path / "a" / "big")
    assert bench_package.folder_mb(tmp_path) == 2.0


# --- the built folder, when there is one (`make dist`) ---------------------------------------
KIOSK = bench_package.kiosk_executable(ROOT)
built = pytest.mark.skipif(
    not KIOSK.exists() or not sys.platform.startswith("linux"), reason="no Linux build: make dist"
)


def _frozen(tmp_path: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The built kiosk with an empty environment, as on a PC without Python."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env["LANG"] = "C.UTF-8"
    return subprocess.run(
        [str(KIOSK), *args], capture_output=True, text=True, env=env, timeout=timeout, check=False
    )


@built
def test_the_build_checks_its_bundled_lessons(tmp_path: Path):
    version = _frozen(tmp_path, "--version")
    assert version.returncode == 0 and version.stdout.startswith("kiosk ")
    checked = _frozen(tmp_path, "lessons", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "all valid" in checked.stdout + checked.stderr


@built
def test_every_command_of_the_build_starts(tmp_path: Path):
    """Each command's help, from the built folder: its module is there and imports."""
    from kiosk.commands import GROUP_COMMANDS

    for _module, names in GROUP_COMMANDS:
        for name in names:
            shown = _frozen(tmp_path, name, "--help")
            assert shown.returncode == 0, (name, shown.stderr[-500:])
            assert f"kiosk {name}" in shown.stdout


@built
def test_the_build_reads_pictures_and_finds_a_damaged_one(tmp_path: Path):
    good = PackBuilder(tmp_path / "good")
    good.lesson("01-install")
    assert _frozen(tmp_path, "lessons", "check", str(good.folder)).returncode == 0
    bad = PackBuilder(tmp_path / "bad")
    bad.lesson("01-install")
    bad.write("01-install/images/02.png", b"\x89PNG\r\n\x1a\n" + b"x" * 100)
    checked = _frozen(tmp_path, "lessons", "check", str(bad.folder))
    assert checked.returncode == 1
    assert "is not a readable PNG image" in checked.stdout + checked.stderr


@built
def test_the_build_draws_the_home_screen(tmp_path: Path):
    from PIL import Image

    out = tmp_path / "home.png"
    drawn = _frozen(tmp_path, "shot", "home", str(out), "--size", "1280x800")
    assert drawn.returncode == 0, drawn.stderr
    with Image.open(out) as image:
        assert image.size == (1280, 800)
        assert len(image.convert("RGB").getcolors(1_000_000) or []) > 100  # not a blank page


@built
@pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed")
def test_the_build_speaks_through_its_spawned_speech_worker(tmp_path: Path):
    out = tmp_path / "said.wav"
    said = _frozen(
        tmp_path, "say", "--out", str(out), "--data-dir", str(tmp_path / "d"), "Xin chào"
    )
    assert said.returncode == 0, said.stderr
    with wave.open(str(out)) as sound:
        assert sound.getnframes() > 1000


@built
def test_the_build_has_the_platform_plugins_and_no_broken_links():
    internal = KIOSK.parent / "_internal"
    plugins = next(internal.glob("PySide6/**/plugins"))
    for plugin in NEEDED_PLUGINS:
        assert (plugins / plugin).is_file(), plugin
    assert not (plugins / "platformthemes").exists()
    broken = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert broken == []
    assert os.access(KIOSK, os.X_OK)
    assert not (internal / "resources" / "screenshots").exists()
