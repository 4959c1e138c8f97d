"""Build small lesson packs on disk for tests, with real pictures and recordings.

    pack = PackBuilder(tmp_path / "vi-basic")
    pack.lesson("01-install")              # a valid two-step lesson
    pack.lesson("02-broken", text=LESSON.replace(...))   # or any lesson.yaml text

Every lesson folder gets images/icon.svg, images/01.svg (400x300 viewBox) and
images/02.png (200x100 pixels) unless told otherwise.
"""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from PIL import Image

from kiosk.lessons import Library, Problem, load_library

PACK = """\
format: 1
id: {pack_id}
title: Bài học cơ bản
language: {language}
version: "1.0"
license: CC-BY-4.0
topics:
  - id: vneid
    title: VNeID – định danh điện tử
  - id: scams
    title: Phòng chống lừa đảo
"""

# Line numbers matter to the tests: keep this text's layout in sync with them.
LESSON = """\
id: {lesson_id}
title: Cài đặt ứng dụng VNeID
topic: {topic}
summary: Tải và cài VNeID trên điện thoại.
icon: images/icon.svg
channels: [vneid-android, vneid-ios]
steps:
  - text: Mở cửa hàng ứng dụng trên điện thoại.
    narration: Bác mở cửa hàng ứng dụng trên điện thoại nhé.
    image: images/01.svg
    audio: audio/01.wav
    practice:
      prompt: Bác hãy chạm vào nút Cài đặt.
      target: {{x: 300, y: 200, width: 100, height: 90}}
  - text: Chờ ứng dụng cài xong.
    image: images/02.png
"""


def svg(width: float = 400, height: float = 300, view_box: bool = True) -> str:
    size = f'viewBox="0 0 {width} {height}"' if view_box else f'width="{width}" height="{height}"'
    return f'<svg xmlns="http://www.w3.org/2000/svg" {size}><rect width="10" height="10"/></svg>'


def write_png(path: Path, width: int = 200, height: int = 100) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("L", (width, height), 255).save(path, "PNG")
    return path


def write_wav(path: Path, samples: int = 800) -> Path:
    """A real, silent 8 kHz mono 16-bit WAV file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = b"\0\0" * samples
    header = b"RIFF" + struct.pack("<I", 36 + len(data)) + b"WAVE"
    fmt = b"fmt " + struct.pack("<IHHIIHH", 16, 1, 1, 8000, 16000, 2, 16)
    path.write_bytes(header + fmt + b"data" + struct.pack("<I", len(data)) + data)
    return path


class PackBuilder:
    """A pack folder under construction."""

    def __init__(self, folder: Path, pack_id: str = "vi-basic", language: str = "vi") -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.write("pack.yaml", PACK.format(pack_id=pack_id, language=language))

    def write(self, relative: str, text: str | bytes) -> Path:
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    def lesson(
        self,
        folder: str,
        lesson_id: str | None = None,
        topic: str = "vneid",
        text: str | None = None,
        media: bool = True,
    ) -> Path:
        """Write a lesson folder; `text` replaces the whole lesson.yaml."""
        lesson_id = lesson_id or folder.split("-", 1)[-1]
        body = text if text is not None else LESSON.format(lesson_id=lesson_id, topic=topic)
        yaml_path = self.write(f"{folder}/lesson.yaml", body)
        if media:
            self.write(f"{folder}/images/icon.svg", svg(100, 100))
            self.write(f"{folder}/images/01.svg", svg())
            write_png(self.folder / folder / "images/02.png")
            write_wav(self.folder / folder / "audio/01.wav")
        return yaml_path

    def zip(self, archive: Path, top_folder: str | None = None) -> Path:
        """Zip the pack, at the zip's top or inside one `top_folder`."""
        with zipfile.ZipFile(archive, "w") as bundle:
            for path in sorted(self.folder.rglob("*")):
                if path.is_file():
                    name = path.relative_to(self.folder).as_posix()
                    bundle.write(path, f"{top_folder}/{name}" if top_folder else name)
        return archive


def lesson_text(lesson_id: str = "install", topic: str = "vneid") -> str:
    return LESSON.format(lesson_id=lesson_id, topic=topic)


def problems_of(library: Library) -> list[tuple[str, int, str]]:
    """(file name relative to its pack's parent, line, message) of every problem."""
    found = []
    for problem in library.problems:
        parts = problem.path.parts
        found.append(("/".join(parts[-2:]), problem.line, problem.message))
    return found


def only_problem(library: Library) -> Problem:
    assert len(library.problems) == 1, [str(problem) for problem in library.problems]
    return library.problems[0]


def broken(pack: PackBuilder, body: str, folder: str = "01-install") -> Problem:
    """Load a pack whose one lesson has `body` as lesson.yaml; return its one problem."""
    pack.lesson(folder)
    pack.write(f"{folder}/lesson.yaml", body)
    library = load_library(pack.folder)
    assert library.lessons == ()
    problem = only_problem(library)
    assert problem.path == pack.folder / folder / "lesson.yaml"
    return problem
