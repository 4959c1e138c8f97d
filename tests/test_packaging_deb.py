"""The Debian package and the kiosk session (packaging/build-deb, packaging/debian/).

The real build script packs a tiny stand-in for the PyInstaller build (`make dist`) into a
.deb, which is then read back with dpkg-deb: its control fields, its files, its systemd unit
(checked by systemd-analyze), its maintainer scripts and lintian's verdict. The session
command (enable/disable/status) runs against a fake systemctl that records its calls, as no
systemd runs here. Installing the real package in a clean Debian root is `make test-package`
(packaging/test-package), not part of this run."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kiosk import __version__

REPO = Path(__file__).resolve().parent.parent
BUILD_DEB = REPO / "packaging" / "build-deb"
NAME = "cultural-house-kiosk"
UNIT = f"lib/systemd/system/{NAME}.service"
SESSION = f"usr/sbin/{NAME}-session"
EXEC_START = (
    "/usr/bin/cage -s -- /opt/cultural-house-kiosk/kiosk run"
    " --data-dir /var/lib/cultural-house-kiosk"
)

pytestmark = pytest.mark.skipif(
    shutil.which("dpkg-deb") is None, reason="dpkg-deb: Debian or Ubuntu only"
)


def _run(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, cwd=cwd, env=env
    )


def _fake_dist(folder: Path) -> Path:
    """A stand-in for dist/cultural-house-kiosk: an executable `kiosk` and a data file."""
    (folder / "_internal").mkdir(parents=True)
    kiosk = folder / "kiosk"
    kiosk.write_text(f'#!/bin/sh\necho "kiosk {__version__}"\n')
    kiosk.chmod(0o755)
    (folder / "_internal" / "lessons.txt").write_text("lessons\n")
    # PyInstaller copies shared libraries 0755; the package has them 0644.
    library = folder / "_internal" / "libexample.so.1"
    library.write_bytes(b"")
    library.chmod(0o755)
    return folder


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deb")
    dist = _fake_dist(work / "dist" / NAME)
    out = work / "out"
    result = _run(
        BUILD_DEB, "--dist", dist, "--out", out, env={**os.environ, "DEB_COMPRESS": "gzip"}
    )
    assert result.returncode == 0, result.stderr
    debs = sorted(out.glob("*.deb"))
    assert len(debs) == 1, debs
    return debs[0]


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's files under root/, its control files under root/DEBIAN."""
    root = tmp_path_factory.mktemp("unpacked") / "root"
    assert _run("dpkg-deb", "-x", deb, root).returncode == 0
    assert _run("dpkg-deb", "-e", deb, root / "DEBIAN").returncode == 0
    return root


def _field(deb: Path, name: str) -> str:
    result = _run("dpkg-deb", "-f", deb, name)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _unit_settings(text: str) -> dict[str, list[str]]:
    """{"Section.Key": [values]} of a unit file (a key may repeat, as Environment= does)."""
    settings: dict[str, list[str]] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        settings.setdefault(f"{section}.{key.strip()}", []).append(value.strip())
    return settings


def test_the_name_version_and_architecture(deb: Path):
    arch = _run("dpkg", "--print-architecture").stdout.strip() or "amd64"
    assert deb.name == f"{NAME}_{__version__}_{arch}.deb"
    assert _field(deb, "Package") == NAME
    assert _field(deb, "Version") == __version__
    assert _field(deb, "Architecture") == arch
    assert _field(deb, "Description").startswith("touchscreen kiosk")


def test_it_depends_on_the_voice_fonts_sound_printing_cage_and_qts_libraries(deb: Path):
    depends = _field(deb, "Depends")
    assert "\n" not in depends, "Depends must be one line"
    names = {
        alternative.strip().split()[0] for d in depends.split(",") for alternative in d.split("|")
    }
    wanted = {
        "libc6",
        "espeak-ng",
        "fonts-noto-core",
        "libpulse0",
        "cups-client",
        "cage",
        "adduser",
        "systemd",
        "libpam-systemd",
        # Qt's xcb and Wayland platform plugins
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libxcb-icccm4",
        "libxcb-image0",
        "libxcb-keysyms1",
        "libxcb-randr0",
        "libxcb-render-util0",
        "libxcb-shape0",
        "libxcb-xinerama0",
        "libxcb-xkb1",
        "libegl1",
        "libgl1",
        "libfontconfig1",
        "libdbus-1-3",
        "libwayland-cursor0",
        "libwayland-egl1",
        # QtMultimedia's FFmpeg backend (tests/test_system_packages.py)
        "libxrandr2",
    }
    assert wanted <= names, f"missing from Depends: {sorted(wanted - names)}"


def test_its_files(deb: Path):
    listing = _run("dpkg-deb", "-c", deb).stdout.splitlines()
    entries = {}
    for line in listing:
        mode, owner, _size, _date, _time, path, *link = line.split()
        entries[path.removeprefix("./").rstrip("/")] = (mode, owner, link)
    assert all(owner == "root/root" for _, owner, _ in entries.values())
    assert entries[f"opt/{NAME}/kiosk"][0] == "-rwxr-xr-x"
    assert entries[f"opt/{NAME}/_internal/lessons.txt"][0] == "-rw-r--r--"
    assert entries[f"opt/{NAME}/_internal/libexample.so.1"][0] == "-rw-r--r--"
    assert entries["usr/bin/kiosk"] == ("lrwxrwxrwx", "root/root", ["->", f"/opt/{NAME}/kiosk"])
    assert entries[UNIT][0] == "-rw-r--r--"
    assert entries[SESSION][0] == "-rwxr-xr-x"
    for doc in ("copyright", "changelog.gz", "README.Debian"):
        assert f"usr/share/doc/{NAME}/{doc}" in entries
    # Nothing in /etc or /var: the user, the records folder and the enabled session are made
    # by the scripts, and removing the package never removes the records.
    tops = {path.split("/")[0] for path in entries if path}
    assert tops == {"opt", "usr", "lib"}


def test_the_md5sums_match_the_files(unpacked: Path):
    sums = (unpacked / "DEBIAN" / "md5sums").read_text()
    assert f"  opt/{NAME}/kiosk\n" in sums
    result = _run("md5sum", "--check", "--quiet", unpacked / "DEBIAN" / "md5sums", cwd=unpacked)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_unit_is_a_watched_kiosk_session_on_tty1(unpacked: Path):
    unit = _unit_settings((unpacked / UNIT).read_text())
    expected = {
        "Service.Type": ["notify"],
        "Service.NotifyAccess": ["all"],
        "Service.WatchdogSec": ["30"],
        "Service.Restart": ["always"],
        "Service.RestartSec": ["2"],
        "Service.User": ["kiosk"],
        "Service.ExecStart": [EXEC_START],
        "Service.PAMName": ["login"],
        "Service.TTYPath": ["/dev/tty1"],
        "Service.TTYReset": ["yes"],
        "Service.TTYVHangup": ["yes"],
        "Service.TTYVTDisallocate": ["yes"],
        "Service.StandardInput": ["tty-fail"],
        "Service.UtmpIdentifier": ["tty1"],
        "Service.UtmpMode": ["user"],
        "Unit.Conflicts": ["getty@tty1.service"],
        "Install.WantedBy": ["graphical.target"],
    }
    for key, value in expected.items():
        assert unit.get(key) == value, key
    assert "QT_QPA_PLATFORM=wayland" in unit["Service.Environment"]
    after = " ".join(unit["Unit.After"]).split()
    for name in (
        "systemd-user-sessions.service",
        "plymouth-quit-wait.service",
        "getty@tty1.service",
    ):
        assert name in after


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verifies_the_unit(unpacked: Path, tmp_path: Path):
    # verify needs ExecStart's program: a copy of the unit runs a stand-in for cage.
    cage = tmp_path / "cage"
    cage.write_text("#!/bin/sh\n")
    cage.chmod(0o755)
    text = (unpacked / UNIT).read_text()
    assert "ExecStart=/usr/bin/cage " in text

    def verify(unit_text: str) -> str:
        unit = tmp_path / f"{NAME}.service"
        unit.write_text(unit_text.replace("ExecStart=/usr/bin/cage ", f"ExecStart={cage} "))
        result = _run("systemd-analyze", "verify", unit)
        out = result.stdout + result.stderr
        # Only what concerns this unit (a host's own units may have warnings of their own).
        return "\n".join(line for line in out.splitlines() if NAME in line)

    assert verify(text) == ""
    # The check sees a mistake (systemd-analyze exits 0 on most of them).
    assert "notifyy" in verify(text.replace("Type=notify", "Type=notifyy"))


@pytest.mark.parametrize("script", ["postinst", "prerm", "postrm"])
def test_the_maintainer_scripts_parse(unpacked: Path, script: str):
    path = unpacked / "DEBIAN" / script
    assert path.stat().st_mode & stat.S_IXUSR
    assert path.read_text().startswith("#!/bin/sh\n")
    for shell in ("sh", "dash", "bash"):
        if shutil.which(shell):
            result = _run(shell, "-n", path)
            assert result.returncode == 0, f"{shell} -n {script}: {result.stderr}"


def _recording_bin(folder: Path, names: list[str], log: Path) -> Path:
    """Commands that only write their name and arguments to `log`."""
    folder.mkdir()
    for name in names:
        command = folder / name
        command.write_text(f'#!/bin/sh\necho "{name} $*" >>"{log}"\n')
        command.chmod(0o755)
    return folder


@pytest.mark.parametrize("action", ["remove", "purge"])
def test_remove_and_purge_leave_the_records(unpacked: Path, tmp_path: Path, action: str):
    # The postrm runs with only recording stand-ins on its PATH: whatever it would delete,
    # or whichever user it would remove, shows in the log.
    log = tmp_path / "calls"
    destructive = [
        "rm",
        "rmdir",
        "find",
        "mv",
        "shred",
        "deluser",
        "userdel",
        "delgroup",
        "groupdel",
    ]
    fake = _recording_bin(tmp_path / "bin", [*destructive, "systemctl"], log)
    result = _run("/bin/sh", unpacked / "DEBIAN" / "postrm", action, env={"PATH": str(fake)})
    assert result.returncode == 0, result.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    assert [call for call in calls if call.split()[0] in destructive] == []
    code = [
        line
        for line in (unpacked / "DEBIAN" / "postrm").read_text().splitlines()
        if not line.lstrip().startswith("#")
    ]
    assert not any("/var/lib/cultural-house-kiosk" in line for line in code)


def test_the_same_build_makes_the_same_package(deb: Path, tmp_path: Path):
    # Times come from the changelog, gzip -9n stores none: the bytes are the same.
    dist = _fake_dist(tmp_path / "dist" / NAME)
    result = _run(
        BUILD_DEB,
        "--dist",
        dist,
        "--out",
        tmp_path / "out",
        env={**os.environ, "DEB_COMPRESS": "gzip"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / deb.name).read_bytes() == deb.read_bytes()


def test_build_deb_without_a_build_says_make_dist(tmp_path: Path):
    result = _run(BUILD_DEB, "--dist", tmp_path / "nothing", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert "make dist" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(shutil.which("lintian") is None, reason="no lintian (apt-get install lintian)")
def test_lintian_finds_no_error(deb: Path):
    # packaging/debian/lintian-overrides names the tags overridden, and why.
    result = _run("lintian", "--pedantic", deb)
    tags = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:", "I:", "P:")]
    errors = [line for line in tags if line.startswith("E:")]
    assert errors == [], "\n".join(tags)


# The session command, with stand-ins for systemctl (a PC's units in a JSON file), id and getent.
FAKE_SYSTEMCTL = textwrap.dedent(
    """\
    import json, sys
    from pathlib import Path
    state_file = Path(sys.argv[1])
    args = sys.argv[2:]
    with open(state_file.parent / "calls", "a") as log:
        log.write(" ".join(args) + "\\n")
    state = json.loads(state_file.read_text())
    def save():
        state_file.write_text(json.dumps(state))
    if args[:1] == ["show"]:
        prop = args[1].split("=")[1]
        dm = state["enabled_dm"]
        if prop == "LoadState":
            print("loaded" if dm else "not-found")
        else:
            print(dm or "display-manager.service")
    elif args[:1] == ["get-default"]:
        print(state["default"])
    elif args[:1] == ["set-default"]:
        state["default"] = args[1]; save()
    elif args[:1] in (["enable"], ["disable"]):
        on = args[0] == "enable"
        if args[1] == "cultural-house-kiosk.service":
            state["kiosk"] = on
        elif on:
            state["enabled_dm"] = args[1]
        elif state["enabled_dm"] == args[1]:
            state["enabled_dm"] = ""
        save()
    elif args[:1] == ["is-enabled"]:
        print("enabled" if state["kiosk"] else "disabled")
        sys.exit(0 if state["kiosk"] else 1)
    elif args[:1] == ["is-active"]:
        print("inactive"); sys.exit(3)
    else:
        sys.exit("fake systemctl: unknown " + " ".join(args))
    """
)


class FakePC:
    """A PC as the session command sees it: its units, and the calls made to systemctl."""

    def __init__(self, folder: Path, session: Path, *, dm: str, default: str, uid: int = 0):
        self.folder = folder
        self.session = session
        self.state_dir = folder / "var-lib"
        self.state_dir.mkdir()
        self.units = folder / "units.json"
        self.units.write_text(json.dumps({"enabled_dm": dm, "default": default, "kiosk": False}))
        bin_dir = folder / "bin"
        bin_dir.mkdir()
        script = folder / "systemctl.py"
        script.write_text(FAKE_SYSTEMCTL)
        self._command(
            bin_dir / "systemctl", f'exec "{sys.executable}" "{script}" "{self.units}" "$@"'
        )
        self._command(bin_dir / "id", f"echo {uid}")
        self._command(
            bin_dir / "getent",
            'echo "kiosk:x:998:998::/var/lib/cultural-house-kiosk:/usr/sbin/nologin"',
        )
        self.path = f"{bin_dir}:{os.environ['PATH']}"

    @staticmethod
    def _command(path: Path, body: str) -> None:
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)

    def run(self, action: str) -> subprocess.CompletedProcess[str]:
        env = {"PATH": self.path, "KIOSK_SESSION_STATE_DIR": str(self.state_dir), "LANG": "C.UTF-8"}
        return _run(self.session, action, env=env)

    def units_now(self) -> dict[str, object]:
        return dict(json.loads(self.units.read_text()))

    def calls(self) -> list[str]:
        calls_file = self.folder / "calls"
        lines = calls_file.read_text().splitlines() if calls_file.exists() else []
        calls_file.unlink(missing_ok=True)
        return [line for line in lines if not line.startswith(("show ", "get-default", "is-"))]

    def remembered(self) -> dict[str, str]:
        return {path.name: path.read_text().strip() for path in sorted(self.state_dir.glob(".*"))}


def test_enable_replaces_the_desktop_and_disable_gives_it_back(unpacked: Path, tmp_path: Path):
    pc = FakePC(tmp_path, unpacked / SESSION, dm="gdm3.service", default="graphical.target")
    result = pc.run("enable")
    assert result.returncode == 0, result.stderr
    assert "reboot" in result.stdout
    assert pc.calls() == [
        "disable gdm3.service",
        "set-default graphical.target",
        "enable cultural-house-kiosk.service",
    ]
    assert pc.remembered() == {
        ".default-target": "graphical.target",
        ".display-manager": "gdm3.service",
    }
    for path in pc.state_dir.glob(".*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pc.units_now() == {"enabled_dm": "", "default": "graphical.target", "kiosk": True}

    # Enabling twice forgets nothing: the desktop to give back is still GDM.
    assert pc.run("enable").returncode == 0
    pc.calls()
    assert pc.remembered()[".display-manager"] == "gdm3.service"

    status = pc.run("status")
    assert status.returncode == 0
    assert "kiosk session: enabled" in status.stdout
    assert "gdm3.service" in status.stdout
    assert "journalctl -u cultural-house-kiosk" in status.stdout

    result = pc.run("disable")
    assert result.returncode == 0, result.stderr
    assert "gdm3.service" in result.stdout
    assert pc.calls() == [
        "disable cultural-house-kiosk.service",
        "enable gdm3.service",
        "set-default graphical.target",
    ]
    assert pc.remembered() == {}
    assert pc.units_now() == {
        "enabled_dm": "gdm3.service",
        "default": "graphical.target",
        "kiosk": False,
    }


def test_a_pc_without_a_desktop_gets_its_text_console_back(unpacked: Path, tmp_path: Path):
    pc = FakePC(tmp_path, unpacked / SESSION, dm="", default="multi-user.target")
    assert pc.run("enable").returncode == 0
    assert pc.calls() == ["set-default graphical.target", "enable cultural-house-kiosk.service"]
    assert pc.remembered() == {".default-target": "multi-user.target", ".display-manager": ""}
    result = pc.run("disable")
    assert result.returncode == 0, result.stderr
    assert pc.calls() == ["disable cultural-house-kiosk.service", "set-default multi-user.target"]
    assert pc.units_now() == {"enabled_dm": "", "default": "multi-user.target", "kiosk": False}


def test_the_session_command_needs_root_and_a_known_action(unpacked: Path, tmp_path: Path):
    pc = FakePC(
        tmp_path, unpacked / SESSION, dm="lightdm.service", default="graphical.target", uid=1000
    )
    for action in ("enable", "disable"):
        result = pc.run(action)
        assert result.returncode == 1
        assert f"sudo cultural-house-kiosk-session {action}" in result.stderr
    assert pc.calls() == []
    assert pc.remembered() == {}
    wrong = pc.run("start")
    assert wrong.returncode == 2
    assert "enable|disable|status" in wrong.stderr
