"""Handouts and the poster, printed to PDF, rasterised at 150 dpi and read back: every QR code
decodes to exactly the configured address and is large enough, and the text is all there."""

from __future__ import annotations

import dataclasses
import datetime
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from kiosk.channels.defaults import default_registry
from kiosk.channels.model import ChannelRegistry, Commune
from kiosk.lessons.model import Library

zxingcpp = pytest.importorskip("zxingcpp", reason="pip install zxing-cpp")
Image = pytest.importorskip("PIL.Image")

TOOLS = ("pdftoppm", "pdftotext", "pdfinfo", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils (pdftoppm, pdftotext, pdfinfo) and zbar-tools (zbarimg)",
)

DPI = 150
PX_PER_MM = DPI / 25.4
TODAY = datetime.date(2026, 11, 23)
DATES = {"vi": "Ngày in: 23/11/2026", "en": "Printed on 23 November 2026"}
HEADINGS = {"vi": "Kênh chính thức", "en": "Official channels"}
PAGE_POINTS = {"A5": (419.53, 595.28), "A4": (595.28, 841.89)}
COMMUNE_URLS = {
    "commune-zalo": "https://zalo.me/0123456789abcdef",
    "commune-fanpage": "https://www.facebook.com/xadonganh",
    "commune-website": "https://donganh.hanoi.gov.vn",
    "commune-hotline": "tel:+842438831234",
}


def configured(
    urls: dict[str, str] | None = None, commune: Commune | None = None
) -> ChannelRegistry:
    """The bundled registry with the commune's channels filled in."""
    urls = COMMUNE_URLS if urls is None else urls
    registry = default_registry()
    channels = tuple(dataclasses.replace(c, url=urls.get(c.id, c.url)) for c in registry.channels)
    return ChannelRegistry(channels, commune or Commune("Xã Đông Anh", "0243 883 1234"))


def unconfigured() -> ChannelRegistry:
    """No channel has an address: nothing to show as a QR code."""
    registry = default_registry()
    return ChannelRegistry(tuple(dataclasses.replace(c, url="") for c in registry.channels))


def expected_urls(registry: ChannelRegistry, channel_ids: tuple[str, ...]) -> set[str]:
    """The lesson's configured channels and the commune's configured ones."""
    lesson = {c.url for c in registry.shown(channel_ids)}
    commune = {c.url for c in registry.shown() if c.kind in ("commune", "phone")}
    return lesson | commune


def rasterise(pdf: Path) -> list[Path]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(pdf), str(prefix)], check=True)
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def decode(pages: list[Path]) -> tuple[list[tuple[str, float]], set[str]]:
    """(text, width in px) of every QR code zxing-cpp finds, and the texts zbarimg finds."""
    found = []
    for page in pages:
        with Image.open(page) as image:
            for code in zxingcpp.read_barcodes(image.convert("L")):
                assert code.valid
                assert code.format == zxingcpp.BarcodeFormat.QRCode
                p = code.position
                xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
                found.append((code.text, max(xs) - min(xs)))
    zbar = subprocess.run(
        ["zbarimg", "--raw", "-q", *map(str, pages)], capture_output=True, text=True
    )  # exits 4 when no page holds a code
    assert zbar.returncode in (0, 4), zbar.stderr
    return found, set(zbar.stdout.split())


def pdf_text(pdf: Path, page: int | None = None) -> str:
    """The text in drawing order (-raw), so that words inside an illustration never land in
    the middle of the step beside it; whitespace normalised."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    command = ["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(pdf), "-"]
    return normalised(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())  # NFKC: "ﬀ" ligature to "ff"


def page_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def assert_page_size(pdf: Path, paper: str) -> None:
    size = page_info(pdf)["Page size"]  # "420 x 595 pts (A5)"
    width, height = (float(v) for v in size.split(" pts")[0].split(" x "))
    expected = PAGE_POINTS[paper]
    assert abs(width - expected[0]) < 1 and abs(height - expected[1]) < 1, size


@pytest.mark.parametrize("paper", ["A5", "A4"])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_handout_prints_readable_codes_and_all_its_text(
    qapp, bundled_library: Library, tmp_path: Path, language: str, paper: str
):
    from ui.printing import write_handout_pdf

    registry = configured()
    lessons = bundled_library.in_language(language)
    assert lessons
    for lesson in lessons:
        pdf = tmp_path / f"{lesson.id}-{paper}.pdf"
        pages = write_handout_pdf(pdf, lesson, registry, language, paper=paper, today=TODAY)
        assert pages >= 1
        assert_page_size(pdf, paper)
        assert page_info(pdf)["Title"] == lesson.title
        assert int(page_info(pdf)["Pages"]) == pages

        found, zbar = decode(rasterise(pdf))
        expected = expected_urls(registry, lesson.channels)
        assert expected  # the lesson's channels or the commune's
        assert {text for text, _ in found} == expected, lesson.id
        assert zbar == expected, lesson.id
        assert len(found) == len(expected)  # each code printed once
        for text, width in found:
            assert width >= 25 * PX_PER_MM, (lesson.id, text, width)

        text = pdf_text(pdf)
        assert normalised(lesson.title) in text
        for step in lesson.steps:
            assert normalised(step.text) in text, step.text
        assert DATES[language] in text
        assert "Xã Đông Anh" in text
        assert "0243 883 1234" in text
        assert HEADINGS[language] in text or not registry.shown(lesson.channels)
        for channel in registry.shown(lesson.channels):
            assert normalised(channel.label(language)) in text


def test_a_handout_without_configured_channels_has_no_code_block(
    qapp, bundled_library: Library, tmp_path: Path
):
    from ui.printing import write_handout_pdf

    lesson = bundled_library.find("vneid-install", "vi")
    assert lesson is not None and lesson.channels
    pdf = tmp_path / "bare.pdf"
    write_handout_pdf(pdf, lesson, unconfigured(), "vi", today=TODAY)
    assert_page_size(pdf, "A5")
    found, zbar = decode(rasterise(pdf))
    assert found == [] and zbar == set()
    text = pdf_text(pdf)
    assert normalised(lesson.title) in text
    assert DATES["vi"] in text
    assert HEADINGS["vi"] not in text
    assert "Đường dây nóng" not in text


def test_a_ten_step_lesson_never_cuts_a_step_across_pages(qapp, tmp_path: Path):
    from kiosk.authoring.samplepack import write_sample_pack
    from kiosk.lessons import load_library
    from ui.printing import write_handout_pdf

    library = load_library(write_sample_pack(tmp_path / "pack", lessons=1, steps=10))
    lesson = library.lessons[0]
    pdf = tmp_path / "ten.pdf"
    pages = write_handout_pdf(pdf, lesson, configured(), "vi", today=TODAY)
    assert pages >= 2
    texts = [pdf_text(pdf, n) for n in range(1, pages + 1)]
    for step in lesson.steps:  # each step's whole text on exactly one page
        assert sum(normalised(step.text) in page for page in texts) == 1, step.text
    assert all(f"Trang {n}/{pages}" in texts[n - 1] for n in range(1, pages + 1))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_poster_shows_every_commune_channel_large(qapp, tmp_path: Path, language: str):
    from ui.printing import write_poster_pdf

    registry = configured()
    pdf = tmp_path / "poster.pdf"
    assert write_poster_pdf(pdf, registry, language, today=TODAY) == 1
    assert_page_size(pdf, "A4")
    found, zbar = decode(rasterise(pdf))
    assert {text for text, _ in found} == set(COMMUNE_URLS.values())
    assert zbar == set(COMMUNE_URLS.values())
    for text, width in found:
        assert width >= 50 * PX_PER_MM, (text, width)
    text = pdf_text(pdf)
    heading = {"vi": "Kênh thông tin chính thức của Xã Đông Anh", "en": "Xã Đông Anh"}
    assert heading[language] in text
    assert "0243 883 1234" in text
    assert DATES[language] in text


def test_the_poster_falls_back_to_the_national_portals(qapp, tmp_path: Path):
    from ui.printing import write_poster_pdf

    registry = configured(urls={}, commune=Commune())
    portals = {c.url for c in registry.shown() if c.kind == "portal"}
    assert portals
    pdf = tmp_path / "portals.pdf"
    write_poster_pdf(pdf, registry, "vi", today=TODAY)
    found, zbar = decode(rasterise(pdf))
    assert {text for text, _ in found} == portals == zbar
    assert all(width >= 50 * PX_PER_MM for _, width in found)


def test_a_crowded_poster_still_fits_codes_of_every_size(qapp, tmp_path: Path):
    """Six commune codes of small and large QR versions: all on one page, all 50 mm."""
    from kiosk.channels.model import Channel
    from ui.printing import write_poster_pdf

    urls = ["tel:1022", "tel:+842438831234", "https://zalo.me/0123456789abcdef"]
    urls += ["https://www.youtube.com/@xadonganh", "https://donganh.hanoi.gov.vn/tin-tuc/"]
    urls += ["https://www.facebook.com/profile.php?id=100012345678901"]
    channels = tuple(
        Channel(f"c{n}", f"Kênh {n}", f"Channel {n}", url, "commune") for n, url in enumerate(urls)
    )
    registry = ChannelRegistry(channels, Commune("Phường Hàng Bạc", "1022"))
    pdf = tmp_path / "crowded.pdf"
    assert write_poster_pdf(pdf, registry, "vi", today=TODAY) == 1
    found, zbar = decode(rasterise(pdf))
    assert {text for text, _ in found} == set(urls) == zbar
    assert all(width >= 50 * PX_PER_MM for _, width in found)


def test_draw_qr_paints_crisp_modules_on_white(qapp):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.channels.qr import qr_matrix
    from ui.printing import draw_qr

    matrix = qr_matrix("https://zalo.me/0123456789abcdef")
    module = 6
    side = len(matrix) * module
    image = QImage(side + 20, side + 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#808080"))
    painter = QPainter(image)
    draw_qr(painter, matrix, QRectF(10, 10, side, side))
    painter.end()
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            for dy, dx in ((0, 0), (module - 1, module - 1)):
                x, y = 10 + column * module + dx, 10 + row * module + dy
                colour = image.pixelColor(x, y).name()
                assert colour == ("#000000" if dark else "#ffffff"), (row, column)
