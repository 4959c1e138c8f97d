"""A step's caption as sentences: the one being read is highlighted, and touching a sentence
reads it again. Each sentence is a touch target of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.theme import Theme


class SentenceLabel(QLabel):
    tapped = Signal(int)

    def __init__(self, index: int, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.setObjectName("sentence")
        self.tappable = True  # a touch target of its own (ui.tools.audit checks its size)
        self.reading = False
        self.setProperty("reading", False)  # for the stylesheet
        self.setWordWrap(True)
        # No indent: with one, QLabel wraps its words in a line a whole "x" narrower than the
        # one it draws them in (its frame is the stylesheet's padding), so the layout gave a
        # sentence a line it never used.
        self.setIndent(0)
        self.setMinimumHeight(theme.target)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_reading(self, reading: bool) -> None:
        if self.reading != reading:
            self.reading = reading
            self.setProperty("reading", reading)
            self.style().unpolish(self)
            self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.rect().contains(event.position().toPoint()):
            self.tapped.emit(self.index)
        super().mouseReleaseEvent(event)


class SentenceView(QWidget):
    sentence_tapped = Signal(int)

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caption")
        self.theme = theme
        self.labels: list[SentenceLabel] = []
        self.text_px = theme.caption_px
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(theme.spacing)
        self.layout_.addStretch(1)

    def set_sentences(self, sentences: Sequence[str]) -> None:
        while len(self.labels) < len(sentences):
            label = SentenceLabel(len(self.labels), self.theme)
            label.tapped.connect(self.sentence_tapped)
            self.layout_.insertWidget(len(self.labels), label)
            self.labels.append(label)
        for index, label in enumerate(self.labels):
            if index < len(sentences):
                label.setText(sentences[index])
                label.set_reading(False)
                label.show()
            else:
                label.hide()

    def set_text_px(self, px: int) -> None:
        """The sentences' font size: the theme's caption size, or less where a step's words do
        not fit the screen (ui/screens/lesson_layout.py fit_caption)."""
        self.text_px = px
        sheet = "" if px == self.theme.caption_px else f"QLabel#sentence {{ font-size: {px}px; }}"
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def text(self) -> str:
        return " ".join(label.text() for label in self.labels if not label.isHidden())

    def highlight(self, index: int) -> None:
        """Mark sentence `index` as being read; -1 marks all, -2 none."""
        for label in self.labels:
            label.set_reading(index == -1 or label.index == index)

    def reading(self) -> list[int]:
        return [label.index for label in self.labels if label.reading]
