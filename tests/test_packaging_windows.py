"""The Windows installer's script (packaging/windows/cultural-house-kiosk.iss), read as text:
Inno Setup's compiler does not run here (nor under wine on this machine), so its logic is
checked statically: what it installs and where, what it starts at log-on, and what it takes
away on uninstall (the task) and leaves (the records)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "cultural-house-kiosk.iss"
TASK_SCRIPT = WINDOWS / "kiosk-task.ps1"
LINUX_PATHS = re.compile(r"(?<![\w.])/(usr|opt|etc|home|media|run|var|tmp)/|\.venv/bin|/bin/sh")


def sections(text: str) -> dict[str, list[str]]:
    """The script's sections, each a list of its lines without comments and blank lines
    ([Code] kept whole, ISPP's # lines under "#")."""
    found: dict[str, list[str]] = {"#": []}
    current = "#"
    for raw in text.splitlines():
        line = raw.strip()
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match and current != "Code":
            current = match.group(1)
            found.setdefault(current, [])
            continue
        if current != "Code" and (not line or line.startswith(";")):
            continue
        found.setdefault(current, []).append(line if current != "Code" else raw)
    return found


def entry(line: str) -> dict[str, str]:
    """`Name: "x"; Filename: "y"` as {"Name": "x", "Filename": "y"} (quotes doubled inside)."""
    fields = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        value = match.group(2).strip()
        if value.startswith('"'):
            value = value[1:-1].replace('""', '"')
        fields[match.group(1)] = value
    return fields


@pytest.fixture(scope="module")
def script() -> str:
    return ISS.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parts(script: str) -> dict[str, list[str]]:
    return sections(script)


def defines(parts: dict[str, list[str]]) -> dict[str, str]:
    found = {}
    for line in parts["#"]:
        match = re.match(r'#define\s+(\w+)\s+"([^"]*)"$', line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def expand(text: str, names: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: names[m.group(1)], text)


def setup(parts: dict[str, list[str]]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in parts["Setup"])


def test_it_installs_the_one_folder_build_for_the_whole_machine(parts):
    names = defines(parts)
    options = setup(parts)
    assert options["PrivilegesRequired"] == "admin"
    assert "PrivilegesRequiredOverridesAllowed" not in options  # never a per-user install
    assert expand(options["DefaultDirName"], names) == r"{autopf}\Cultural House Kiosk"
    assert options["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert options["AppId"].startswith("{{")  # a fixed id: upgrades replace, not duplicate
    files = [entry(line) for line in parts["Files"]]
    build = files[0]
    assert build["Source"] == r"{#BuildDir}\*" and build["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(build["Flags"].split())
    assert r'#define BuildDir SourcePath + "..\..\dist\cultural-house-kiosk"' in parts["#"]
    assert names["ExeName"] == "kiosk.exe"  # for commands: it has a console
    assert names["WindowedExeName"] == "kioskw.exe"  # the kiosk itself: no console window
    # The compiler refuses a build without both (kioskw.exe is built on Windows only).
    assert (
        '#if !FileExists(BuildDir + "\\" + ExeName) || '
        '!FileExists(BuildDir + "\\" + WindowedExeName)' in parts["#"]
    )
    # The script that makes the log-on task goes with the program.
    assert {"Source": "kiosk-task.ps1", "DestDir": "{app}", "Flags": "ignoreversion"} in files
    assert TASK_SCRIPT.is_file()


def test_its_version_is_the_projects(parts):
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"$', pyproject, re.M)
    assert version is not None
    assert defines(parts)["AppVersion"] == version.group(1)


def test_the_start_menu_entry_starts_the_supervised_kiosk_under_its_vietnamese_name(parts):
    names = defines(parts)
    [icon] = [entry(line) for line in parts["Icons"]]
    assert expand(icon["Name"], names) == r"{autoprograms}\Kiosk nhà văn hóa"
    assert unicodedata.is_normalized("NFC", expand(icon["Name"], names))
    assert expand(icon["Filename"], names) == r"{app}\kioskw.exe"  # no console window
    assert icon["Parameters"] == "supervise"
    assert icon["WorkingDir"] == "{app}"


def test_log_on_of_the_chosen_account_starts_kioskw_exe_supervise(parts):
    code = "\n".join(parts["Code"])
    names = defines(parts)
    # A page asks for the account; it must exist, checked on Next and again before installing
    # (a silent install, /ACCOUNT=name, skips the page).
    assert "CreateInputQueryPage(wpSelectDir" in code
    assert "{param:ACCOUNT|kiosk}" in code
    assert "net.exe'), 'user \"' + Name + '\"'" in code
    assert re.search(r"function NextButtonClick.*?AccountProblem", code, re.S)
    assert re.search(r"function PrepareToInstall.*?Result := AccountProblem", code, re.S)
    # After the files are in, the task is made for that account by the installed script.
    post = code[code.index("procedure CurStepChanged") :]
    assert "ssPostInstall" in post
    assert "WindowsPowerShell\\v1.0\\powershell.exe" in post
    assert "-File \"'\n    + ExpandConstant('{app}\\kiosk-task.ps1')" in post
    assert "-Account \"' + KioskAccount" in post
    assert "-Program \"' + ExpandConstant('{app}\\{#WindowedExeName}')" in post
    assert names["WindowedExeName"] == "kioskw.exe"
    assert '-TaskName "{#TaskName}"' in post
    assert "(ResultCode <> 0)" in post and "SuppressibleMsgBox" in post  # a failure is said
    assert names["TaskName"] == "Cultural House Kiosk"


def test_the_task_runs_supervise_in_the_accounts_session_with_its_own_rights_for_ever():
    text = TASK_SCRIPT.read_text(encoding="utf-8")
    assert text.isascii()  # Windows PowerShell 5.1 reads a file without a BOM as ANSI
    assert '[string] $TaskName = "Cultural House Kiosk"' in text
    assert "New-ScheduledTaskAction -Execute ('\"' + $Program + '\"') -Argument \"supervise\"" in (
        text
    )
    assert "New-ScheduledTaskTrigger -AtLogOn -User $Account" in text
    assert "-LogonType Interactive -RunLevel Limited" in text
    assert "-ExecutionTimeLimit ([TimeSpan]::Zero)" in text  # schtasks' default stops at 72 h
    assert "-AllowStartIfOnBatteries -DontStopIfGoingOnBatteries" in text
    assert "-Priority 4" in text  # normal; the default 7 is below normal
    assert "Register-ScheduledTask -TaskName $TaskName" in text and "-Force" in text
    # Run by hand without -Program, it starts the kiosk without a console window too.
    assert '[string] $Program = (Join-Path $PSScriptRoot "kioskw.exe")' in text
    assert '"kiosk.exe' not in text  # the console program is named in the help text only
    assert '$ErrorActionPreference = "Stop"' in text  # a failure is an exit code, not a shrug


def test_uninstall_stops_the_kiosk_and_removes_the_task_but_keeps_the_records(parts, script):
    names = defines(parts)
    runs = [entry(expand(line, names)) for line in parts["UninstallRun"]]
    assert [(r["Filename"], r["Parameters"]) for r in runs] == [
        (r"{sys}\schtasks.exe", '/End /TN "Cultural House Kiosk"'),
        (r"{sys}\taskkill.exe", "/F /T /IM kioskw.exe"),
        (r"{sys}\taskkill.exe", "/F /T /IM kiosk.exe"),
        (r"{sys}\schtasks.exe", '/Delete /TN "Cultural House Kiosk" /F'),
    ]
    assert all("runhidden" in r["Flags"] and r["RunOnceId"] for r in runs)
    assert len({r["RunOnceId"] for r in runs}) == len(runs)
    # Nothing deletes the data folder (%LOCALAPPDATA%\cultural-house-kiosk of the account).
    assert "UninstallDelete" not in parts
    statements = "\n".join(line for lines in parts.values() for line in lines)  # no comments
    assert "%LOCALAPPDATA%\\cultural-house-kiosk" in script  # said in the header, and kept:
    assert not re.search(r"localappdata|userappdata|DelTree|DeleteFile", statements, re.I)


def test_an_upgrade_stops_both_programs_before_replacing_the_files(parts):
    code = "\n".join(parts["Code"])
    names = defines(parts)
    prepare = code[code.index("function PrepareToInstall") : code.index("procedure CurStepChanged")]
    stops = re.findall(r"taskkill\.exe'\), '([^']*)'", expand(prepare, names))
    assert stops == ["/F /T /IM kioskw.exe", "/F /T /IM kiosk.exe"]
    assert prepare.index("schtasks.exe") < prepare.index("taskkill.exe")  # the task first


def test_it_names_no_linux_path_and_every_define_it_uses(parts, script):
    for text in (script, TASK_SCRIPT.read_text(encoding="utf-8")):
        assert not LINUX_PATHS.search(text), LINUX_PATHS.search(text)
    names = defines(parts)
    used = set(re.findall(r"\{#(\w+)\}", script))
    assert used <= set(names) | {"BuildDir"}, used - set(names)
    for section in ("Files", "Icons", "UninstallRun"):
        for line in parts[section]:
            for key in ("Source", "DestDir", "Filename", "WorkingDir"):
                assert "/" not in entry(line).get(key, ""), line  # Windows paths only


def test_the_checkout_scripts_start_the_supervised_kiosk():
    start = (WINDOWS / "start-kiosk.cmd").read_text(encoding="ascii")
    assert '".venv\\Scripts\\kiosk.exe" supervise' in start
    setup_cmd = (WINDOWS / "setup.cmd").read_text(encoding="ascii")
    assert "pip install ." in setup_cmd and "start-kiosk.cmd" in setup_cmd
    readme = (WINDOWS / "README.md").read_text(encoding="utf-8")
    for command in (
        "py -m pip install .[package]",
        r"pyinstaller packaging\pyinstaller\kiosk.spec",
        r"iscc packaging\windows\cultural-house-kiosk.iss",
    ):
        assert command in readme
    assert "Not yet tried on a Windows machine" in readme
    # What starts the kiosk is the program without a console; kiosk.exe is for commands.
    assert "'\"C:\\Program Files\\Cultural House Kiosk\\kioskw.exe\" supervise'" in readme
    assert not re.search(r"\bkiosk\.exe\W{0,2} supervise", readme)
    assert "kiosk.exe --version" in readme
