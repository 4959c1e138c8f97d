"""The interface language: Qt translators loaded from resources/translations/kiosk_<lang>.qm.

Source strings in the code are English; both kiosk_vi.ts and kiosk_en.ts are complete, so a
wording change in either language needs no code change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk.lessons.model import LANGUAGES
from kiosk.paths import resources_dir


def translations_dir() -> Path:
    return resources_dir() / "translations"


class LanguageSwitcher:
    """Installs the translator for one language at a time. Qt then sends every widget a
    LanguageChange event, and each screen's retranslate() sets its texts again."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._translator: QTranslator | None = None
        self._loaded: dict[str, QTranslator] = {}  # one per language, loaded once

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
        if language == self.language:
            return
        translator = self._loaded.get(language)
        if translator is None:  # (a new one at every switch would never be freed)
            translator = QTranslator(self.app)
            path = translations_dir() / f"kiosk_{language}.qm"
            if not translator.load(str(path)):
                raise FileNotFoundError(f"cannot load the {language} translation: {path}")
            self._loaded[language] = translator
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
        self.app.installTranslator(translator)
        self._translator = translator
        self.language = language

    def remove(self) -> None:
        """Take this switcher's translator off the application (a window being closed)."""
        if self._translator is not None:
            self.app.removeTranslator(self._translator)
            self._translator = None
            self.language = ""
