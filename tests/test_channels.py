"""The channel registry: bundled defaults, the facilitator's channels.json, checks, QR matrices."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.channels import (
    CHANNELS_FILE,
    COMMUNE_CHANNELS,
    DEFAULT_CHANNELS,
    GOOD_FILE,
    NATIONAL,
    Channel,
    ChannelRegistry,
    Commune,
    channel_rows,
    check_lesson_links,
    check_url,
    default_registry,
    format_table,
    load_channels,
    qr_matrix,
    save_channels,
    unconfigured_links,
)
from kiosk.lessons import Library, load_library
from tests.packbuilder import LESSON, PackBuilder

ZALO = "https://zalo.me/4318731829158475924"


def write(data_dir: Path, data: object, name: str = CHANNELS_FILE) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def url_of(registry: ChannelRegistry, channel_id: str) -> str:
    channel = registry.get(channel_id)
    assert channel is not None
    return channel.url


# --- the bundled defaults ---------------------------------------------------------------------


def test_every_default_is_valid() -> None:
    assert [check_url(channel) for channel in DEFAULT_CHANNELS] == [None] * len(DEFAULT_CHANNELS)
    ids = [channel.id for channel in DEFAULT_CHANNELS]
    assert len(ids) == len(set(ids))


def test_national_channels_are_set_and_commune_ones_are_empty() -> None:
    assert all(channel.configured for channel in NATIONAL)
    assert all(channel.url.startswith("https://") for channel in NATIONAL)
    assert not any(channel.configured for channel in COMMUNE_CHANNELS)
    registry = default_registry()
    assert url_of(registry, "dichvucong") == "https://dichvucong.gov.vn"
    assert "id=com.vnid" in url_of(registry, "vneid-android")
    assert registry.get("commune-hotline") == Channel(
        "commune-hotline", "Đường dây nóng của xã", "Commune hotline", "", "phone"
    )
    assert registry.commune == Commune()
    assert {c.kind for c in NATIONAL} == {"app", "portal"}


def test_no_file_gives_the_defaults_without_problems(data_dir: Path) -> None:
    assert load_channels(data_dir) == (default_registry(), [])


# --- check_url --------------------------------------------------------------------------------


def zalo(url: str) -> Channel:
    return Channel("commune-zalo", "Zalo", "Zalo", url, "commune")


@pytest.mark.parametrize(
    "channel",
    [
        zalo(ZALO),
        Channel("commune-fanpage", "F", "F", "https://www.facebook.com/xadonganh", "commune"),
        Channel("commune-fanpage", "F", "F", "https://facebook.com/xadonganh", "commune"),
        Channel("commune-youtube", "Y", "Y", "https://www.youtube.com/@xadonganh", "commune"),
        Channel("commune-website", "W", "W", "https://donganh.hanoi.gov.vn/tin-tuc", "commune"),
        Channel("commune-hotline", "H", "H", "tel:+842438831234", "phone"),
        Channel("commune-hotline", "H", "H", "tel:02438831234", "phone"),
        Channel("commune-hotline", "H", "H", "tel:024-3883-1234", "phone"),
        Channel("commune-hotline", "H", "H", "", "phone"),
        Channel("x", "X", "X", "https://example.vn/" + "a" * 281, "portal"),  # 300 characters
    ],
)
def test_good_addresses_pass(channel: Channel) -> None:
    assert check_url(channel) is None


@pytest.mark.parametrize(
    ("channel", "says"),
    [
        (zalo("http://zalo.me/123"), "must start with https://"),
        (zalo("javascript:alert(1)"), "must start with https://"),
        (zalo("data:text/html,hi"), "must start with https://"),
        (zalo("file:///etc/passwd"), "must start with https://"),
        (zalo("https://zalo.me/12 34"), "space or control character (U+0020)"),
        (zalo("https://zalo.me/12\x0734"), "space or control character (U+0007)"),
        (zalo("https://zalo.me/\u200b1234"), "space or control character (U+200B)"),
        (zalo("https://zalo.me/" + "1" * 285), "301 characters long (at most 300)"),
        (zalo("https://example.com/zalo"), "must be https://zalo.me/<id>"),
        (zalo("https://zalo.me/"), "must be https://zalo.me/<id>"),
        (zalo("https://zalo.me@evil.example/1"), "no valid host name"),
        (zalo("https://"), "no valid host name"),
        (zalo("https://zalo.me:99999/1"), "not a valid web address"),
        (zalo("tel:+842438831234"), "must start with https://"),
        (
            Channel("commune-fanpage", "F", "F", "https://fakebook.com/x", "commune"),
            "a page on https://www.facebook.com/",
        ),
        (
            Channel("commune-youtube", "Y", "Y", "https://vimeo.com/x", "commune"),
            "a channel on https://www.youtube.com/",
        ),
        (Channel("commune-hotline", "H", "H", "tel:0243abc", "phone"), "phone number like"),
        (Channel("commune-hotline", "H", "H", "https://x.vn", "phone"), "phone number like"),
        (Channel("commune-hotline", "H", "H", "tel:12", "phone"), "phone number like"),
        (Channel("dichvucong", "D", "D", "", "portal"), "the address is empty"),
    ],
)
def test_bad_addresses_name_the_channel_and_the_value(channel: Channel, says: str) -> None:
    problem = check_url(channel)
    assert problem is not None
    assert problem.startswith(f"channel '{channel.id}': ")
    assert says in problem
    if channel.url:
        assert repr(channel.url)[:41] in problem


# --- channels.json ----------------------------------------------------------------------------


def test_the_facilitators_file_overrides_and_adds(data_dir: Path) -> None:
    radio = {
        "label_vi": "Đài truyền thanh xã",
        "label_en": "Commune radio",
        "url": "https://donganh.hanoi.gov.vn/radio",
        "kind": "commune",
        "icon": "radio",
    }
    write(
        data_dir,
        {
            "commune": {"name": "Xã Đông Anh", "hotline": "0243 883 1234"},
            "channels": {
                "commune-zalo": {"url": ZALO},
                "commune-hotline": {"url": "tel:+842438831234", "label_en": "Our hotline"},
                "commune-radio": radio,
            },
        },
    )
    registry, problems = load_channels(data_dir)
    assert problems == []
    assert registry.commune == Commune("Xã Đông Anh", "0243 883 1234")
    assert url_of(registry, "commune-zalo") == ZALO
    hotline = registry.get("commune-hotline")
    assert hotline is not None
    assert (hotline.url, hotline.label_en, hotline.label_vi) == (
        "tel:+842438831234",
        "Our hotline",
        "Đường dây nóng của xã",
    )
    assert registry.channels[-1] == Channel("commune-radio", **radio)
    assert [c.id for c in registry.channels[: len(DEFAULT_CHANNELS)]] == [
        c.id for c in DEFAULT_CHANNELS
    ]
    assert (data_dir / GOOD_FILE).read_text(encoding="utf-8") == (
        data_dir / CHANNELS_FILE
    ).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("entry", "says"),
    [
        ({"url": "http://zalo.me/1"}, "'http://zalo.me/1' must start with https://"),
        ({"url": "javascript:alert(1)"}, "'javascript:alert(1)' must start with https://"),
        ({"url": "https://zalo.me/1 2"}, "'https://zalo.me/1 2' contains a space"),
        ({"url": "https://zalo.me/1\n2"}, "contains a space or control character (U+000A)"),
        ({"url": "https://zalo.me/" + "1" * 285}, "is 301 characters long"),
        ({"url": "https://chat.example.vn/1"}, "must be https://zalo.me/<id>"),
        ({"url": 42}, "the address must be text, not 42"),
        ({"label_vi": ""}, "label_vi must be some text"),
        ({"label_en": "x" * 81}, "longer than 80 characters"),
        ({"icon": "../logo"}, "icon '../logo' must be empty"),
        ({"kind": "app"}, "the kind of a bundled channel stays 'commune'"),
        ({"colour": "red"}, "unknown field 'colour' ignored"),
    ],
)
def test_each_bad_value_is_named_and_ignored(data_dir: Path, entry: dict, says: str) -> None:
    write(data_dir, {"channels": {"commune-zalo": entry}})
    registry, problems = load_channels(data_dir)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{data_dir / CHANNELS_FILE}: channel 'commune-zalo': ")
    assert says in problems[0]
    assert registry == default_registry()
    assert not (data_dir / GOOD_FILE).exists()


def test_a_bad_phone_number_is_named(data_dir: Path) -> None:
    write(data_dir, {"channels": {"commune-hotline": {"url": "tel:0243-CALL-US"}}})
    registry, (problem,) = load_channels(data_dir)
    assert "channel 'commune-hotline'" in problem
    assert "'tel:0243-CALL-US' must be a phone number" in problem
    assert url_of(registry, "commune-hotline") == ""


@pytest.mark.parametrize("bad_id", ["Commune-Radio", "radio_1", "-radio", "đài", ""])
def test_a_bad_channel_id_is_named_and_ignored(data_dir: Path, bad_id: str) -> None:
    entry = {"label_vi": "Đài", "label_en": "Radio", "url": "https://a.vn", "kind": "commune"}
    write(data_dir, {"channels": {bad_id: entry}})
    registry, (problem,) = load_channels(data_dir)
    assert f"channel {bad_id!r}: the id must be lowercase letters" in problem
    assert registry == default_registry()


def test_a_new_channel_needs_every_field_and_a_known_kind(data_dir: Path) -> None:
    write(
        data_dir,
        {
            "channels": {
                "radio": {"label_vi": "Đài", "url": "https://a.vn", "kind": "commune"},
                "tv": {"label_vi": "TV", "label_en": "TV", "url": "https://a.vn", "kind": "tv"},
            }
        },
    )
    registry, problems = load_channels(data_dir)
    assert len(problems) == 2
    assert "channel 'radio': label_en is missing; channel ignored" in problems[0]
    assert "channel 'tv': kind 'tv' must be one of app, portal, commune, phone" in problems[1]
    assert registry == default_registry()


def test_bad_commune_values_and_unknown_keys_are_named(data_dir: Path) -> None:
    write(
        data_dir,
        {
            "commune": {"name": "Xã\x00", "hotline": "call us", "mayor": "x"},
            "channels": {},
            "theme": "dark",
        },
    )
    registry, problems = load_channels(data_dir)
    text = "\n".join(problems)
    assert "unknown key 'theme' ignored" in text
    assert "commune: unknown field 'mayor' ignored" in text
    assert "commune name 'Xã\\x00' contains a control character; keeping ''" in text
    assert "commune hotline 'call us' must be a phone number" in text
    assert registry.commune == Commune()


def test_a_bad_value_keeps_the_last_good_one(data_dir: Path) -> None:
    write(data_dir, {"channels": {"commune-zalo": {"url": ZALO}}})
    assert load_channels(data_dir)[1] == []
    write(data_dir, {"channels": {"commune-zalo": {"url": "http://zalo.me/1"}}})
    registry, (problem,) = load_channels(data_dir)
    assert problem.endswith(f"keeping {ZALO!r}")
    assert url_of(registry, "commune-zalo") == ZALO
    assert json.loads((data_dir / GOOD_FILE).read_text(encoding="utf-8")) == {
        "channels": {"commune-zalo": {"url": ZALO}}
    }


@pytest.mark.parametrize("text", ["{not json", "", "\xff\xfe", "[1, 2]"])
def test_a_broken_file_falls_back_to_the_last_good_one(data_dir: Path, text: str) -> None:
    write(data_dir, {"channels": {"commune-zalo": {"url": ZALO}}})
    good, _ = load_channels(data_dir)
    (data_dir / CHANNELS_FILE).write_text(text, encoding="latin-1")
    registry, (problem,) = load_channels(data_dir)
    assert problem.startswith(f"{data_dir / CHANNELS_FILE}:")  # path:line: reason
    assert problem.endswith("; using the last good ones")
    assert registry == good


def test_a_broken_file_without_a_good_one_gives_the_defaults(data_dir: Path) -> None:
    write(data_dir, ["not", "an", "object"])
    registry, (problem,) = load_channels(data_dir)
    assert problem.startswith(f"{data_dir / CHANNELS_FILE}: channels must be a JSON object")
    assert problem.endswith("using the defaults")
    assert registry == default_registry()


def test_save_and_load_round_trip(data_dir: Path) -> None:
    defaults = default_registry()
    radio = Channel("commune-radio", "Đài xã", "Commune radio", "https://a.vn/r", "commune")
    channels = tuple(
        Channel(c.id, c.label_vi, c.label_en, ZALO, c.kind) if c.id == "commune-zalo" else c
        for c in defaults.channels
    )
    registry = ChannelRegistry((*channels, radio), Commune("Xã Đông Anh", "0243 883 1234"))
    save_channels(data_dir, registry)
    assert load_channels(data_dir) == (registry, [])
    saved = json.loads((data_dir / CHANNELS_FILE).read_text(encoding="utf-8"))
    assert saved["channels"] == {
        "commune-zalo": {"url": ZALO},
        "commune-radio": {
            "label_vi": "Đài xã",
            "label_en": "Commune radio",
            "url": "https://a.vn/r",
            "kind": "commune",
        },
    }
    assert (data_dir / GOOD_FILE).exists()
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".")] == []


def test_save_refuses_bad_values_and_keeps_the_old_file(data_dir: Path) -> None:
    save_channels(data_dir, default_registry())
    before = (data_dir / CHANNELS_FILE).read_text(encoding="utf-8")
    bad = ChannelRegistry(
        tuple(
            Channel(c.id, c.label_vi, c.label_en, "http://zalo.me/1", c.kind)
            if c.id == "commune-zalo"
            else c
            for c in DEFAULT_CHANNELS
        )
    )
    with pytest.raises(ValueError, match=r"channel 'commune-zalo'.*'http://zalo.me/1'"):
        save_channels(data_dir, bad)
    with pytest.raises(ValueError, match="bundled channel 'dichvucong' cannot be removed"):
        save_channels(data_dir, ChannelRegistry(DEFAULT_CHANNELS[1:]))
    assert (data_dir / CHANNELS_FILE).read_text(encoding="utf-8") == before


# --- lessons that link channels ---------------------------------------------------------------


def test_a_lesson_linking_an_unknown_channel_is_reported(pack: PackBuilder) -> None:
    pack.lesson("01-install")
    text = LESSON.format(lesson_id="zalo", topic="vneid").replace(
        "[vneid-android, vneid-ios]", "[commune-zalo, commune-tiktok]"
    )
    pack.lesson("02-zalo", text=text)
    library = load_library(pack.folder)
    assert library.problems == ()
    problems = check_lesson_links(default_registry(), library)
    assert len(problems) == 1
    assert problems[0].endswith(
        "02-zalo/lesson.yaml: lesson 'zalo' links unknown channel 'commune-tiktok'"
    )
    notes = unconfigured_links(default_registry(), library)
    assert notes == ["channel 'commune-zalo' has no address yet; linked by lessons 'zalo'"]


def test_the_bundled_lessons_link_only_known_channels(bundled_library: Library) -> None:
    linked = {c for lesson in bundled_library.lessons for c in lesson.channels}
    assert {"vneid-android", "vneid-ios", "commune-zalo"} <= linked
    assert check_lesson_links(default_registry(), bundled_library) == []


# --- what `kiosk channels list` prints ----------------------------------------------------------


def test_rows_and_table() -> None:
    rows = channel_rows(default_registry(), "en")
    assert len(rows) == len(DEFAULT_CHANNELS)
    first = rows[0]
    assert {"id", "label", "label_vi", "label_en", "url", "kind", "configured"} <= first.keys()
    assert (first["id"], first["label"], first["configured"]) == (
        "dichvucong",
        "National Public Service Portal",
        True,
    )
    assert channel_rows(default_registry(), "vi")[0]["label"] == "Cổng Dịch vụ công Quốc gia"
    json.dumps(rows)  # the --json output
    table = format_table(rows).splitlines()
    assert table[0].split() == ["id", "kind", "label", "url"]
    assert table[1].startswith("dichvucong") and table[1].endswith("https://dichvucong.gov.vn")
    assert table[-1].startswith("commune-hotline") and table[-1].endswith(" -")


# --- QR matrices --------------------------------------------------------------------------------


def test_the_matrix_is_square_with_a_four_module_quiet_zone() -> None:
    matrix = qr_matrix(ZALO)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    assert (size - 8 - 17) % 4 == 0  # version v is 17 + 4v modules, plus the quiet zone
    for i in range(4):
        assert not any(matrix[i]) and not any(matrix[size - 1 - i])
        assert not any(row[i] or row[size - 1 - i] for row in matrix)
    assert matrix[4][4] and matrix[4][size - 5] and matrix[size - 5][4]  # finder corners


def test_the_matrix_is_cached() -> None:
    assert qr_matrix("https://dichvucong.gov.vn") is qr_matrix("https://dichvucong.gov.vn")


def test_error_correction_is_m_or_higher() -> None:
    import qrcode
    import qrcode.constants

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(ZALO)
    code.make(fit=True)
    assert qr_matrix(ZALO) == tuple(tuple(row) for row in code.get_matrix())
    # The format information (next to the top-left finder) says M: bits 00 after masking.
    matrix = qr_matrix(ZALO)
    row = matrix[4 + 8]
    level_bits = (row[4] ^ True, row[5] ^ False)  # ISO/IEC 18004 mask 101010000010010
    assert level_bits == (False, False)
    assert len(qr_matrix(ZALO, "H")) >= len(qr_matrix(ZALO))
    with pytest.raises(ValueError):
        qr_matrix(ZALO, "L")
    with pytest.raises(ValueError):
        qr_matrix("")


@pytest.mark.parametrize(
    "text", [ZALO, "tel:+842438831234", *(c.url for c in NATIONAL), "https://a.vn/" + "x" * 287]
)
def test_the_matrix_decodes_to_the_same_text(text: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    matrix = qr_matrix(text)
    size = len(matrix) * 8
    image = Image.new("L", (size, size), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.paste(0, (x * 8, y * 8, x * 8 + 8, y * 8 + 8))
    (result,) = zxingcpp.read_barcodes(image)
    assert result.text == text
    assert result.format == zxingcpp.BarcodeFormat.QRCode
    assert result.ec_level == "M"
