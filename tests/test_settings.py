from __future__ import annotations

import json

from kiosk.settings import Settings, load_settings, save_settings


def test_defaults_without_a_file(tmp_path):
    settings, problems = load_settings(tmp_path)
    assert settings == Settings()
    assert settings.idle_seconds == 120
    assert problems == []


def test_round_trip(tmp_path):
    save_settings(tmp_path, Settings(language="en", idle_seconds=90))
    assert load_settings(tmp_path) == (Settings(language="en", idle_seconds=90), [])


def test_bad_values_are_named_and_defaults_kept(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {"idle_seconds": "soon", "idle_countdown_seconds": 5, "language": "vi", "colour": "red"}
        ),
        encoding="utf-8",
    )
    settings, problems = load_settings(tmp_path)
    assert settings == Settings()
    text = "\n".join(problems)
    assert "idle_seconds must be a whole number" in text
    assert "idle_countdown_seconds must be between 20" in text
    assert "unknown setting 'colour'" in text


def test_broken_json_falls_back_to_defaults(tmp_path):
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    settings, problems = load_settings(tmp_path)
    assert settings == Settings()
    assert problems == [
        f"{tmp_path / 'settings.json'}:1: invalid JSON: "
        "Expecting property name enclosed in double quotes; using the defaults"
    ]


def test_narration_settings(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {"speed": "slower", "autoplay": False, "volume": 40, "voice_vi": "vi-vn-x-south"}
        ),
        encoding="utf-8",
    )
    settings, problems = load_settings(tmp_path, remember=True)  # as at a start
    assert problems == []
    assert (settings.speed, settings.autoplay, settings.volume, settings.voice_vi) == (
        "slower",
        False,
        40,
        "vi-vn-x-south",
    )
    (tmp_path / "settings.json").write_text(
        json.dumps({"speed": "fast", "autoplay": "yes", "volume": 101}), encoding="utf-8"
    )
    settings, problems = load_settings(tmp_path)
    # Each bad value keeps the last good one (settings.good.json), not the default.
    assert (settings.speed, settings.autoplay, settings.volume) == ("slower", False, 40)
    assert len(problems) == 3
    (tmp_path / "settings.good.json").unlink()  # no good copy: the defaults
    assert load_settings(tmp_path)[0] == Settings()


def test_commune_settings_round_trip_with_vietnamese_text(tmp_path):
    chosen = Settings(
        commune_name="Xã Đông Anh",
        kiosk_name="Nhà văn hoá thôn Đoài",
        residential_groups=("Tổ 1", "Tổ 2", "Thôn Ước Lễ"),
    )
    save_settings(tmp_path, chosen)
    assert load_settings(tmp_path) == (chosen, [])
    assert "Thôn Ước Lễ" in (tmp_path / "settings.json").read_text(encoding="utf-8")


def test_bad_residential_groups_are_named_and_the_default_kept(tmp_path):
    (tmp_path / "settings.json").write_text(
        json.dumps({"residential_groups": ["Tổ 1", ""], "commune_name": 5}), encoding="utf-8"
    )
    settings, problems = load_settings(tmp_path)
    assert settings.residential_groups == () and settings.commune_name == ""
    text = "\n".join(problems)
    assert "residential_groups must be a list" in text and "commune_name must be" in text


def test_retention_months_defaults_to_24_and_is_checked(tmp_path):
    assert Settings().retention_months == 24
    for good in (6, 36, 120):
        (tmp_path / "settings.json").write_text(json.dumps({"retention_months": good}))
        assert load_settings(tmp_path) == (Settings(retention_months=good), [])
    for bad in (5, 121, 0, -24, "24", 24.5, True, None):
        (tmp_path / "settings.json").write_text(json.dumps({"retention_months": 120}))
        assert load_settings(tmp_path, remember=True) == (Settings(retention_months=120), [])
        (tmp_path / "settings.json").write_text(json.dumps({"retention_months": bad}))
        settings, problems = load_settings(tmp_path)
        assert settings.retention_months == 120, bad  # the last good value: nobody is erased
        assert problems[0].endswith("keeping 120"), bad
        (tmp_path / "settings.good.json").unlink()
        settings, problems = load_settings(tmp_path)
        assert settings.retention_months == 24, bad
        assert (
            len(problems) == 1
            and "retention_months must be a whole number from 6 to 120" in (problems[0])
        ), bad
    save_settings(tmp_path, Settings(retention_months=60))
    assert load_settings(tmp_path)[0].retention_months == 60
