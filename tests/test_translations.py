"""Every resident-facing text goes through Qt's translation system, complete in vi and en."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.i18n import LanguageSwitcher, translations_dir

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Run lupdate over ui/ into copies of the committed .ts files."""
    out = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in ("vi", "en"):
        copies[language] = out / f"kiosk_{language}.ts"
        shutil.copy(translations_dir() / f"kiosk_{language}.ts", copies[language])
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *sources,
            "-ts",
            *map(str, copies.values()),
        ],
        check=True,
        capture_output=True,
    )
    return copies


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_text_in_the_code_is_translated(fresh_ts, language):
    found = messages(fresh_ts[language])
    assert len(found) > 20
    untranslated = [
        source
        for (_, source), message in found.items()
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert untranslated == []
    committed = messages(translations_dir() / f"kiosk_{language}.ts")
    assert set(found) == set(committed), "run `make translations` after changing a tr() text"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_compiled_qm_matches_the_ts(tmp_path, language):
    ts = translations_dir() / f"kiosk_{language}.ts"
    out = tmp_path / f"kiosk_{language}.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == (translations_dir() / f"kiosk_{language}.qm").read_bytes()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_translations_keep_every_placeholder(language):
    found = messages(translations_dir() / f"kiosk_{language}.ts")
    for (context, source), message in found.items():
        text = message.findtext("translation") or ""
        wanted = sorted(re.findall(r"\{[a-z_]*\}", source))
        assert sorted(re.findall(r"\{[a-z_]*\}", text)) == wanted, (context, source)
        if language == "vi":
            assert text != source or not re.search("[a-z]{3}", source), (context, source)


def test_vietnamese_texts_have_diacritics():
    vi = messages(translations_dir() / "kiosk_vi.ts")
    assert vi[("LessonScreen", "Next")].findtext("translation") == "Tiếp theo"
    assert vi[("LessonScreen", "Back")].findtext("translation") == "Quay lại"
    assert vi[("LessonScreen", "Listen again")].findtext("translation") == "Nghe lại"


def test_switching_language_retranslates_live_screens(make_window):
    window = make_window(language="vi")
    window.show_home()
    assert window.home.bar.title.text() == "Bác chọn một bài học"
    window.set_language("en")
    QApplication.processEvents()  # Qt posts LanguageChange to the windows
    assert window.home.bar.title.text() == "Choose a lesson"
    assert window.player.next.text() == "Next"
    assert window.idle_overlay.question.text() == "Are you still learning?"
    window.set_language("vi")
    QApplication.processEvents()
    assert window.player.next.text() == "Tiếp theo"


def test_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="unknown language"):
        LanguageSwitcher(qapp).set_language("fr")
