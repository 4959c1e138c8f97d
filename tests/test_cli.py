"""The command line, run as a real process: IT helpers and later issues rely on it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk import __version__
from kiosk.paths import bundled_lessons_dir

KIOSK = str(Path(sys.executable).parent / "kiosk")


def kiosk(*args: str, env: dict[str, str] | None = None, timeout: float = 120):
    return subprocess.run(
        [KIOSK, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def test_version_from_the_script_and_python_m():
    assert kiosk("--version").stdout.strip() == f"kiosk {__version__}"
    out = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"kiosk {__version__}"


def test_lessons_list_json_has_the_stable_keys():
    result = kiosk("lessons", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {tuple(sorted(row)) for row in rows} == {
        ("id", "language", "practices", "steps", "title", "topic")
    }
    by_key = {(row["language"], row["id"]): row for row in rows}
    assert by_key[("vi", "vneid-install")]["title"] == "Cài đặt VNeID và đăng nhập lần đầu"
    assert ("en", "vneid-install") in by_key
    assert ("vi", "commune-zalo-follow") in by_key
    for row in rows:
        assert row["steps"] >= 1 and row["practices"] >= 1


def test_lessons_list_text_and_other_folder(tmp_path):
    shutil.copytree(bundled_lessons_dir() / "en", tmp_path / "en")
    result = kiosk("lessons", "list", "--lessons", str(tmp_path / "en"))
    assert result.returncode == 0
    assert "vneid-install" in result.stdout
    assert " vi " not in result.stdout


def test_lessons_check_passes_the_bundled_packs():
    result = kiosk("lessons", "check")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""


def test_lessons_check_reports_path_and_line_and_fails(tmp_path):
    pack = tmp_path / "vi"
    shutil.copytree(bundled_lessons_dir() / "vi", pack)
    broken = sorted(pack.glob("*/lesson.yaml"))[0]
    lines = broken.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("topic:"))
    lines.insert(number + 1, "colour: red")
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = kiosk("lessons", "check", str(pack))
    assert result.returncode == 1
    assert f"{broken}:{number + 2}:" in result.stdout
    assert "colour" in result.stdout
    listed = json.loads(kiosk("lessons", "list", "--json", "--lessons", str(pack)).stdout)
    assert len(listed) == len(list(pack.glob("*/lesson.yaml"))) - 1  # the others still load


def test_lessons_check_missing_folder(tmp_path):
    result = kiosk("lessons", "check", str(tmp_path / "nowhere"))
    assert result.returncode == 1


@pytest.mark.parametrize(
    ("screen", "size", "language"),
    [
        ("home", None, "vi"),
        ("attract", "1280x800", "en"),
        ("lesson:vneid-install:2", "1366x768", "vi"),
        ("finish:commune-zalo-follow", None, "en"),
    ],
)
def test_shot_renders_a_png_of_the_asked_size(tmp_path, screen, size, language):
    out = tmp_path / "shot.png"
    args = ["shot", screen, str(out), "--lang", language] + (["--size", size] if size else [])
    result = kiosk(*args)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    expected = tuple(map(int, (size or "1920x1080").split("x")))
    assert (image.width(), image.height()) == expected


@pytest.mark.parametrize(
    ("screen", "expected"),
    [
        ("nowhere", "valid screens: attract, home"),
        ("lesson:no-such-lesson:1", "lessons: smartphone-basics, vneid-install"),
        ("lesson:vneid-install:99", "has steps 1 to"),
        ("finish:ghost", "unknown lesson 'ghost'"),
    ],
)
def test_shot_refuses_unknown_names_and_lists_the_valid_ones(tmp_path, screen, expected):
    result = kiosk("shot", screen, str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert expected in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_run_paints_home_and_uses_kiosk_data_dir(tmp_path):
    data = tmp_path / "from-env"
    result = kiosk(
        "run",
        "--windowed",
        "--bench-first-frame",
        env={"KIOSK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "FIRST-FRAME-PAINTED" in result.stdout
    assert (data / "logs" / "kiosk.log").is_file()
    other = tmp_path / "from-flag"
    result = kiosk(
        "run",
        "--windowed",
        "--bench-first-frame",
        "--data-dir",
        str(other),
        env={"KIOSK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (other / "logs" / "kiosk.log").is_file()


def test_bench_step_and_memory_write_flat_json(tmp_path):
    out = tmp_path / "bench.json"
    result = kiosk(
        "bench",
        "--only",
        "step",
        "--json",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert set(figures) == {"step_p50_ms", "step_p95_ms"}
    assert 0 < figures["step_p50_ms"] <= figures["step_p95_ms"]
    assert "step_p95_ms" in result.stdout
    result = kiosk("bench", "--only", "memory", "--json", str(out), timeout=300)
    assert json.loads(out.read_text())["peak_rss_mb"] > 10


def test_bench_unknown_group():
    result = kiosk("bench", "--only", "everything")
    assert result.returncode == 2
    assert "groups: start, step, memory, narration, print" in result.stderr


def test_bench_start_compares_with_a_bare_window(tmp_path):
    out = tmp_path / "bench.json"
    result = kiosk(
        "bench",
        "--only",
        "start",
        "--json",
        str(out),
        env={"QT_QPA_PLATFORM": "offscreen"},
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(out.read_text())
    assert set(figures) == {"start_s", "bare_start_s", "start_ratio", "start_after_pack_change_s"}
    assert figures["start_ratio"] == pytest.approx(figures["start_s"] / figures["bare_start_s"])
    assert "start_ratio" in result.stdout and "at most 2" in result.stdout


def test_say_writes_a_wav_and_prints_what_it_says(tmp_path):
    import wave

    out = tmp_path / "say.wav"
    result = kiosk(
        "say",
        "Gọi 0912 345 678 lúc 7h30 ngày 15/11.",
        "--out",
        str(out),
        "--data-dir",
        str(tmp_path / "data"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Gọi không chín một hai, ba bốn năm, sáu bảy tám lúc bảy giờ ba mươi "
        "ngày mười lăm tháng mười một."
    )
    with wave.open(str(out)) as wav:
        assert wav.getframerate() == 22050
        assert wav.getnframes() / 22050 > 2.0


def test_say_without_an_engine_fails_clearly(tmp_path):
    result = kiosk(
        "say",
        "Xin chào",
        "--out",
        str(tmp_path / "x.wav"),
        "--data-dir",
        str(tmp_path / "data"),
        env={
            "KIOSK_TTS_ENGINE": "tests.fake_engines:BrokenInitEngine",
            "FAKE_ENGINE_STATE": str(tmp_path / "fake"),
        },
    )
    assert result.returncode == 1
    assert "kiosk say: no voice:" in result.stderr
    assert not (tmp_path / "x.wav").exists()


def test_narrate_prerenders_every_step_then_finds_them_cached(tmp_path):
    data = str(tmp_path / "data")
    first = kiosk("narrate", "--data-dir", data, timeout=300)
    assert first.returncode == 0, first.stderr
    done = int(first.stdout.split("done ")[1].split(",")[0])
    assert done > 20
    assert "cached 0, failed 0" in first.stdout
    finished_bars = re.findall(r"\[#{30}\] (\d+)/(\d+)", first.stderr)
    assert len(finished_bars) == 2  # Vietnamese and English, each to its end
    assert all(a == b for a, b in finished_bars)
    assert sum(int(a) for a, _ in finished_bars) == done
    second = kiosk("narrate", "--data-dir", data, "--lang", "vi", timeout=300)
    assert second.returncode == 0
    assert "done 0," in second.stdout and "failed 0" in second.stdout
    assert int(second.stdout.split("cached ")[1].split(",")[0]) > 10


def test_a_listing_cut_short_by_its_reader_ends_quietly() -> None:
    """`kiosk lessons list | head -1`: no BrokenPipeError traceback, the shell's status. The
    reader's end is closed before the kiosk writes a line, so every write meets a closed
    pipe."""
    import os
    import subprocess
    import sys

    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kiosk", "lessons", "list"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
        )
    finally:
        os.close(write_end)
    errors = done.stderr.decode()
    assert done.returncode == 141, errors
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_the_group_table_names_each_groups_commands_and_one_group_parses_alike():
    import importlib

    from kiosk.cli import _parser
    from kiosk.commands import GROUP_COMMANDS, group_of

    for module, names in GROUP_COMMANDS:
        group = importlib.import_module(f"kiosk.commands.{module}")
        assert names == group.NAMES
        for name in names:
            assert group_of(name) is group
    line = ["run", "--windowed", "--lang", "en", "--bench-first-frame"]
    assert vars(_parser("run").parse_args(line)) == vars(_parser().parse_args(line))


def test_help_lists_every_command_and_a_command_helps_alone():
    from kiosk.commands import GROUP_COMMANDS

    listing = kiosk("--help").stdout
    for _module, names in GROUP_COMMANDS:
        for name in names:
            assert name in listing
    run_help = kiosk("run", "--help")
    assert run_help.returncode == 0 and "--windowed" in run_help.stdout
    wrong = kiosk("no-such-command")
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_the_garbage_collector_is_on_when_a_command_runs_and_after(capsys):
    """`main` keeps the cyclic collector off only while it imports and parses: the command
    runs with it on (a long import or report would otherwise grow), and it is on after a
    command, after --help, and after a parse error."""
    import gc

    from kiosk import cli
    from kiosk.commands import lessons

    seen: list[bool] = []
    real_run = lessons.run

    def run(args):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real_run(args)

    lessons.run = run  # type: ignore[assignment]
    try:
        assert cli.main(["lessons", "list"]) == 0
    finally:
        lessons.run = real_run  # type: ignore[assignment]
    assert seen == [True] and gc.isenabled()
    for words in (["--version"], ["nosuch"], ["lessons", "--help"]):
        with pytest.raises(SystemExit):
            cli.main(words)
        assert gc.isenabled(), words
    capsys.readouterr()
