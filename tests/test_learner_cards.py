"""Learner cards printed to PDF and through the real CUPS PDF queue, rasterised at 150 and
300 dpi and read back: every card is 85.6 x 54 mm on the raster, ten to an A4 sheet, and its
QR code decodes to the card's text, which kiosk.cards.read_scan reads as that person's
learner card of this kiosk; a name of 60 or 100 characters stays whole inside its card. Cards
cut out of the printed sheet, as they are and photographed (perspective, blur, low light),
are read by the webcam's own scanner (ui.scan.camera)."""

from __future__ import annotations

import datetime
import itertools
import os
import re
import shutil
import stat
import subprocess
import unicodedata
import uuid
from pathlib import Path
from typing import Any

import pytest

from kiosk.cards import LearnerCard, learner_payload, read_scan
from kiosk.records.errors import RecordError
from kiosk.records.model import NewPerson
from kiosk.records.privacy import delete_person
from kiosk.records.store import RecordStore

zxingcpp = pytest.importorskip("zxingcpp", reason="pip install zxing-cpp")
Image = pytest.importorskip("PIL.Image")

TOOLS = ("pdftoppm", "pdftotext", "pdfinfo", "zbarimg")
pytestmark = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in TOOLS),
    reason="needs poppler-utils (pdftoppm, pdftotext, pdfinfo) and zbar-tools (zbarimg)",
)

KIOSK_ID = "6f1c2a4e-0b7d-4c1e-9a51-3d2f8e7c6b10"
TODAY = datetime.date(2026, 11, 23)
CARD_MM = (85.6, 54.0)
MARGIN_MM = 10.0  # ui/printing/sheets.py: the sheets' margins
COMMUNE = "Xã Đông Anh"
# Made-up people: family names, middle names, given names and groups combined.
FAMILIES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương")
MIDDLES = ("Thị", "Văn", "Đức", "Ngọc", "Quốc", "Thị Mỹ", "Hữu")
GIVEN = ("Lan", "Hùng", "Ánh", "Khánh", "Diệp", "Trường", "Hương", "Thắng", "Yến", "Phúc", "Nguyệt")
GROUPS = ("Tổ dân phố số 3", "Thôn Đông", "Tổ 12", "", "Xóm Trại")
LONG_60 = "Tôn Nữ Thị Hoàng Yến Nguyễn Phước Bảo Ngọc Trâm Huyền Diễm Ý"  # 60 characters
LONG_100 = (
    "Tôn Nữ Thị Hoàng Yến Nguyễn Phước Bảo Ngọc Trâm Huyền Diễm Châu "
    "Nguyễn Thị Hồng Nhung Phương Thảo Tú"
)  # 100 characters


def made_up_name(i: int) -> str:
    return f"{FAMILIES[i % 11]} {MIDDLES[i % 7]} {GIVEN[(i * 5) % 11]}"


@pytest.fixture
def store(tmp_path: Path) -> Any:
    opened = RecordStore.open(tmp_path / "records" / "records.sqlite", KIOSK_ID)
    yield opened
    opened.close()


def class_of(store: RecordStore, count: int, names: list[str] | None = None) -> str:
    """A session with `count` people present; its id."""
    session = store.start_session("group", "Nhà văn hóa thôn Đông")
    for i in range(count):
        name = names[i] if names and i < len(names) else made_up_name(i)
        new = NewPerson(name, 1940 + i, GROUPS[i % len(GROUPS)], consent=True)
        store.add_new_attendee(session.id, new)
    return session.id


def rasterise(pdf: Path, dpi: int) -> list[Path]:
    prefix = pdf.parent / f"{pdf.stem}-{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)],
        capture_output=True,
        check=True,
    )
    return sorted(pdf.parent.glob(f"{prefix.name}-*.png"))


def runs(values: list[bool]) -> list[float]:
    """The centres of the runs of True."""
    centres, start = [], None
    for i, value in enumerate([*values, False]):
        if value and start is None:
            start = i
        elif not value and start is not None:
            centres.append((start + i - 1) / 2)
            start = None
    return centres


def cut_lines(image: Any, dpi: int) -> tuple[list[float], list[float]]:
    """The x of the vertical cut lines (from the marks above the cards) and the y of the
    horizontal ones (from the marks left of the cards), in pixels."""
    px = dpi / 25.4
    grey = image.convert("L")
    width, height = grey.size
    # Above the cards: between the page's margin and the cards (3.5 mm of it), marks only.
    y = round((MARGIN_MM + 1.2) * px)
    xs = runs([grey.getpixel((x, y)) < 200 for x in range(width)])
    x = round((MARGIN_MM + 5.5) * px)  # left of the cards: 9.4 mm of margin, marks only
    ys = runs([grey.getpixel((x, y)) < 200 for y in range(height)])
    return xs, ys


def card_of(lines: tuple[list[float], list[float]], point: tuple[float, float]) -> tuple[int, int]:
    """(row, column) of the card holding `point`."""
    xs, ys = lines
    column = next(i for i in range(len(xs) - 1) if xs[i] < point[0] < xs[i + 1])
    row = next(i for i in range(len(ys) - 1) if ys[i] < point[1] < ys[i + 1])
    return row, column


def read_sheets(pdf: Path, dpi: int, expected: list[str]) -> None:
    """Each page of `pdf` at `dpi`: its cards 85.6 x 54 mm, ten to a page, each card's code in
    its place decoding to its text (zxing-cpp on the page, zbarimg card by card), at least
    27.5 mm wide."""
    px = dpi / 25.4
    pages = rasterise(pdf, dpi)
    assert len(pages) == -(-len(expected) // 10)
    for number, page in enumerate(pages):
        on_page = expected[number * 10 : number * 10 + 10]
        with Image.open(page) as image:
            lines = cut_lines(image, dpi)
            xs, ys = lines
            assert len(xs) == 3, xs  # two cards across
            assert len(ys) == -(-len(on_page) // 2) + 1, ys  # as many rows as the cards need
            for a, b in itertools.pairwise(xs):
                assert abs((b - a) / px - CARD_MM[0]) <= 0.5, (a, b)
            for a, b in itertools.pairwise(ys):
                assert abs((b - a) / px - CARD_MM[1]) <= 0.5, (a, b)
            # The light outline runs along the same lines (in the bottom padding of a card).
            grey = image.convert("L")
            y = round(ys[1] - 1.5 * px)
            outline = runs([grey.getpixel((x, y)) < 235 for x in range(grey.size[0])])
            assert len(outline) == 3, outline
            assert all(abs(o - m) <= 1.5 for o, m in zip(outline, xs, strict=True)), outline

            # QR codes only: once in a fresh clone's run, a page of ten gave an eleventh
            # reading (the payloads hold random ids, so each run draws other codes). Every
            # reading must still be its own card's code, in that card, and every card read.
            found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)
            assert sorted({code.text for code in found}) == sorted(on_page)
            for code in found:
                assert code.valid and code.format == zxingcpp.BarcodeFormat.QRCode
                p = code.position
                corners = (p.top_left, p.top_right, p.bottom_right, p.bottom_left)
                centre = (sum(c.x for c in corners) / 4, sum(c.y for c in corners) / 4)
                row, column = card_of(lines, centre)
                assert code.text == on_page[row * 2 + column]
                assert (max(c.x for c in corners) - min(c.x for c in corners)) >= 27.5 * px
                assert xs[column] < min(c.x for c in corners)
                assert max(c.x for c in corners) < xs[column + 1]
            # zbar too, one card at a time as a scanner held over it sees it: the whole page at
            # once, zbar now and then misses one of its ten codes (of some 7,000 codes, it missed
            # 74 on whole pages and 2 on their own, both when the code was 25 mm).
            for index, expected_text in enumerate(on_page):
                row, column = divmod(index, 2)
                card = page.with_name(f"{page.stem}-card{index}.png")
                image.crop((xs[column], ys[row], xs[column + 1], ys[row + 1])).save(card)
                zbar = subprocess.run(
                    ["zbarimg", "--raw", "-q", str(card)], capture_output=True, text=True
                )
                assert zbar.returncode == 0, (index, zbar.stderr)
                assert zbar.stdout.split() == [expected_text], index


def words_of(pdf: Path) -> list[tuple[str, float, float, float, float, int]]:
    """Every word of the PDF: (text, xMin, yMin, xMax, yMax in points, page)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        word = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if word:
            text = unicodedata.normalize("NFC", word.group(5))
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            found.append((text, x0, y0, x1, y1, page))
    return found


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_sessions_cards_decode_to_each_persons_learner_card(
    qapp, store: RecordStore, tmp_path: Path, dpi: int
):
    from ui.printing.learner_cards import session_faces, write_cards_pdf

    session_id = class_of(store, 23)
    people = [row.person for row in store.attendees(session_id)]
    faces = session_faces(store, session_id, KIOSK_ID)
    assert [f.name for f in faces] == [p.full_name for p in people]
    assert [f.group for f in faces] == [p.residential_group for p in people]

    pdf = tmp_path / "cards.pdf"
    assert write_cards_pdf(pdf, faces, "vi", COMMUNE) == 3  # 23 people: 10, 10 and 3
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+3\b", info) and "(A4)" in info

    read_sheets(pdf, dpi, [f.payload for f in faces])
    for face, person in zip(faces, people, strict=True):
        assert read_scan(face.payload, today=TODAY) == LearnerCard(KIOSK_ID, person.id)
        assert person.full_name not in face.payload and person.id.upper() in face.payload

    if dpi == 150:  # the names, with their diacritics, and the groups are the PDF's text
        text = " ".join(w[0] for w in words_of(pdf))
        for person in people:
            assert person.full_name in text and person.residential_group in text


def test_long_names_and_groups_stay_whole_inside_their_card(qapp, tmp_path: Path):
    from ui.printing.learner_cards import CardFace, write_cards_pdf

    assert len(LONG_60) == 60 and len(LONG_100) == 100
    group_100 = ("Tổ dân phố số 12 khu tập thể Nhà máy Cơ khí Đông Anh " * 2)[:100].strip()
    ids = [str(uuid.UUID(int=i + 1)) for i in range(4)]
    faces = [
        CardFace(LONG_60, "Thôn Thượng Phúc", learner_payload(KIOSK_ID, ids[0])),
        CardFace(LONG_100, group_100, learner_payload(KIOSK_ID, ids[1])),
        CardFace("Nguyễn Thị Lan", "", learner_payload(KIOSK_ID, ids[2])),
        CardFace(
            "Tràn" + "ngggggggggggggggggggggggggggggggggggggggg",
            "Tổ 1",
            learner_payload(KIOSK_ID, ids[3]),
        ),
    ]
    pdf = tmp_path / "long.pdf"
    write_cards_pdf(pdf, faces, "en", COMMUNE)
    read_sheets(pdf, 150, [f.payload for f in faces])

    points = 72 / 25.4
    left, top = (210 - 2 * CARD_MM[0]) / 2, (297 - 5 * CARD_MM[1]) / 2  # the cards on A4
    words = words_of(pdf)
    text = " ".join(w[0] for w in words)
    for index, face in enumerate(faces):
        row, column = divmod(index, 2)
        x0, y0 = (left + column * CARD_MM[0]) * points, (top + row * CARD_MM[1]) * points
        x1, y1 = x0 + CARD_MM[0] * points, y0 + CARD_MM[1] * points
        inside = [w for w in words if x0 < w[1] and w[3] < x1 and y0 < w[2] and w[4] < y1]
        heading = f"Learner card — Cultural house of {COMMUNE}"
        count = len(heading.split())
        assert " ".join(w[0] for w in inside[:count]) == heading
        body = inside[count:]
        assert all(w[3] < x1 - 27.5 * points for w in body)  # left of the code
        assert all(w[4] < y1 - 1 for w in inside)  # above the card's foot
        shown = "".join(w[0] for w in body)  # a word too long for a line is broken
        assert shown == (face.name + face.group).replace(" ", ""), shown
        name_words = len(face.name.split())
        name_foot = max(w[4] for w in body[:name_words])
        group_top = min((w[2] for w in body[name_words:]), default=y1)
        assert name_foot <= group_top + 0.5  # the group under the name, not over it
    assert LONG_60 in text


def test_anonymised_people_get_no_card_and_unknown_ones_are_refused(
    qapp, store: RecordStore, tmp_path: Path
):
    from ui.printing.learner_cards import people_faces, session_faces, write_cards_pdf

    session_id = class_of(store, 3)
    people = [row.person for row in store.attendees(session_id)]
    delete_person(store, people[1].id)
    faces = session_faces(store, session_id, KIOSK_ID)
    assert [f.name for f in faces] == [people[0].full_name, people[2].full_name]
    chosen = people_faces(store, [people[2].id, people[0].id, people[2].id], KIOSK_ID)
    assert [f.name for f in chosen] == [people[2].full_name, people[0].full_name]

    with pytest.raises(RecordError):
        people_faces(store, [str(uuid.uuid4())], KIOSK_ID)
    with pytest.raises(RecordError):
        session_faces(store, str(uuid.uuid4()), KIOSK_ID)
    with pytest.raises(ValueError, match="no learner card"):
        write_cards_pdf(tmp_path / "none.pdf", [], "vi")
    assert not (tmp_path / "none.pdf").exists()


def test_the_heading_names_the_communes_cultural_house_when_one_is_set(qapp, tmp_path: Path):
    from ui.printing.learner_cards import CardFace, write_cards_pdf

    face = CardFace("Nguyễn Thị Lan", "Tổ 3", learner_payload(KIOSK_ID, str(uuid.UUID(int=7))))
    with_commune, without = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_cards_pdf(with_commune, [face], "en", COMMUNE)
    write_cards_pdf(without, [face], "en", "  ")
    assert " ".join(w[0] for w in words_of(with_commune)).startswith(
        f"Learner card — Cultural house of {COMMUNE} Nguyễn Thị Lan"
    )
    assert " ".join(w[0] for w in words_of(without)) == "Learner card Nguyễn Thị Lan Tổ 3"
    if os.name == "posix":  # it holds names: the owner's only
        assert stat.S_IMODE(with_commune.stat().st_mode) == 0o600


def test_cards_printed_on_the_pdf_queue_decode_as_the_kept_pdf(
    pdf_queue: Any, qapp, qtbot, store: RecordStore, data_dir: Path, tmp_path: Path
):
    from tests.conftest import PDF_QUEUE
    from ui.printing.learner_cards import print_cards, session_faces

    session_id = class_of(store, 13)
    faces = session_faces(store, session_id, KIOSK_ID)
    before = pdf_queue.jobs()
    outcome = print_cards(faces, "vi", data_dir, COMMUNE, printer=PDF_QUEUE)
    assert outcome.printed and outcome.printer == PDF_QUEUE and outcome.reason == ""
    assert outcome.pdf.parent == data_dir / "cards" and outcome.pdf.name.endswith(".pdf")
    if os.name == "posix":
        assert stat.S_IMODE(outcome.pdf.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(outcome.pdf.stat().st_mode) == 0o600

    printed = tmp_path / "printed" / "cards.pdf"
    printed.parent.mkdir()
    shutil.copy(pdf_queue.output_of(pdf_queue.new_job(before)), printed)
    payloads = [f.payload for f in faces]
    read_sheets(printed, 150, payloads)
    read_sheets(outcome.pdf, 150, payloads)
    for face, row in zip(faces, store.attendees(session_id), strict=True):
        assert read_scan(face.payload, today=TODAY) == LearnerCard(KIOSK_ID, row.person.id)

    # One card cut out of the printed sheet, and another photographed as a webcam sees a
    # card held up to it: the webcam's scanner reads each as that person's learner card.
    people = [row.person for row in store.attendees(session_id)]
    cut = [cut_card(printed, 300, index) for index in (0, 11)]  # sheet 1, and sheet 2
    held = photographed(cut[1])
    for index, picture in ((0, cut[0]), (11, held)):
        text = webcam_reads(qtbot, picture)
        assert read_scan(text, today=TODAY) == LearnerCard(KIOSK_ID, people[index].id)


def cut_card(pdf: Path, dpi: int, index: int) -> Any:
    """Card `index` of the printed cards (ten to a sheet, two across), cut out along its
    cut lines from the sheet rasterised at `dpi`: a QImage."""
    from tests.test_camera_scan import to_qimage

    sheet, place = divmod(index, 10)
    row, column = divmod(place, 2)
    page = rasterise(pdf, dpi)[sheet]
    with Image.open(page) as image:
        xs, ys = cut_lines(image, dpi)
        box = (round(xs[column]), round(ys[row]), round(xs[column + 1]), round(ys[row + 1]))
        card = image.convert("RGB").crop(box)
    return to_qimage(card)


def photographed(card: Any) -> Any:
    """The card held up to a 720p webcam: turned, the far edge narrower, out of focus, in a
    dim room, with the sensor's noise and the camera's JPEG."""
    from tests.test_camera_scan import Photo, photograph

    return photograph(card, Photo(keystone=0.12, turn=-6, blur=1.2, light=0.45, noise=5, jpeg=80))


def webcam_reads(qtbot: Any, picture: Any) -> str:
    """What the webcam's scanner (its decoding thread, zxing-cpp) reads in `picture`."""
    from ui.scan.camera import CameraScanner
    from ui.scan.sources import ImageSource

    scanner = CameraScanner(ImageSource())
    try:
        scanner.start()
        with qtbot.waitSignal(scanner.read, timeout=10_000) as read:
            assert scanner.feed(picture)
        return str(read.args[0])
    finally:
        scanner.stop()


def test_cards_for_a_missing_printer_are_kept_and_nothing_is_sent(
    pdf_queue: Any, qapp, data_dir: Path
):
    from ui.printing.learner_cards import CardFace, print_cards

    face = CardFace("Nguyễn Thị Lan", "Tổ 3", learner_payload(KIOSK_ID, str(uuid.UUID(int=9))))
    before = pdf_queue.jobs()
    outcome = print_cards([face], "vi", data_dir, printer="no-such-printer")
    assert not outcome.printed and outcome.printer == ""
    assert outcome.reason == 'there is no printer named "no-such-printer"'
    assert outcome.pdf.read_bytes().startswith(b"%PDF") and pdf_queue.jobs() == before
