"""A generated lesson pack of any size, for benchmarks: valid, with one SVG per step."""

from __future__ import annotations

from pathlib import Path

_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 900" width="1200" height="900">
<rect width="1200" height="900" fill="#e3ecf7"/>
<rect x="420" y="60" width="360" height="780" rx="48" fill="#1a1a1a"/>
<rect x="445" y="130" width="310" height="620" rx="12" fill="#ffffff"/>
<rect x="480" y="{y}" width="240" height="110" rx="20" fill="#0b4f9c"/>
<text x="600" y="{ty}" font-size="44" text-anchor="middle" fill="#ffffff"
 font-family="Noto Sans, DejaVu Sans, sans-serif">Bước {n}</text>
<circle cx="{cx}" cy="{cy}" r="70" fill="none" stroke="#c62828" stroke-width="12"/>
</svg>
"""


def write_sample_pack(folder: Path, lessons: int = 100, steps: int = 8) -> Path:
    """Write a Vietnamese pack of `lessons` lessons of `steps` steps into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    topics = [f"topic-{i}" for i in range(max(1, lessons // 6))]
    (folder / "pack.yaml").write_text(
        "format: 1\nid: sample\ntitle: Gói bài mẫu\nlanguage: vi\nversion: '1'\n"
        "license: CC0-1.0\ntopics:\n"
        + "".join(f"  - id: {t}\n    title: Chủ đề {i + 1}\n" for i, t in enumerate(topics)),
        encoding="utf-8",
    )
    for number in range(lessons):
        lesson = folder / f"{number:03d}-lesson"
        (lesson / "images").mkdir(parents=True, exist_ok=True)
        lines = [
            f"id: lesson-{number:03d}",
            f"title: Bài học mẫu số {number + 1}",
            f"topic: {topics[number % len(topics)]}",
            "summary: Một bài học sinh ra để đo tốc độ.",
            "icon: images/s1.svg",
            "steps:",
        ]
        for step in range(1, steps + 1):
            y = 150 + (step * 70) % 500
            (lesson / "images" / f"s{step}.svg").write_text(
                _SVG.format(y=y, ty=y + 70, n=step, cx=600, cy=y + 55), encoding="utf-8"
            )
            lines += [
                f"  - text: Bước {step}. Bác chạm vào nút màu xanh trên màn hình điện thoại.",
                f"    image: images/s{step}.svg",
            ]
            if step % 4 == 0:
                lines += [
                    "    practice:",
                    "      prompt: Bác hãy chạm vào nút màu xanh.",
                    # The button, with room around it: a target a finger can hit (at least
                    # 138 units of this 1200 x 900 picture, see lessons/README.md).
                    f"      target: {{x: 460, y: {y - 15}, width: 280, height: 140}}",
                ]
        (lesson / "lesson.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
