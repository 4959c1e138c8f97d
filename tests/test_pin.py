"""The facilitator's PIN: kept only as a salted slow hash, with a lockout that doubles."""

from __future__ import annotations

import json
import stat

import pytest

from kiosk.clock import ManualClock
from kiosk.identity import kiosk_id
from kiosk.pin import PinFormatError, PinGuard, PinStore


def test_pin_is_stored_as_a_salted_scrypt_hash_only(tmp_path):
    store = PinStore(tmp_path)
    assert not store.is_set()
    store.set("482913")
    text = store.path.read_text(encoding="utf-8")
    assert "482913" not in text
    record = json.loads(text)
    assert record["algorithm"] == "scrypt" and record["n"] >= 2**14
    assert len(bytes.fromhex(record["salt"])) >= 16
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.is_set() and store.matches("482913") and not store.matches("482914")
    other = PinStore(tmp_path / "other")
    other.set("482913")
    assert json.loads(other.path.read_text())["hash"] != record["hash"]  # salted


@pytest.mark.parametrize("bad", ["", "12345", "1234567", "12345a", "１２３４５６", " 123456"])
def test_a_pin_is_six_ascii_digits(tmp_path, bad):
    with pytest.raises(PinFormatError):
        PinStore(tmp_path).set(bad)
    assert not PinStore(tmp_path).is_set()


def test_a_damaged_pin_file_matches_nothing(tmp_path):
    store = PinStore(tmp_path)
    store.set("111111")
    store.path.write_text('{"salt": "zz", "hash": "00", "n": 2, "r": 1, "p": 1}')
    assert not store.matches("111111")
    store.path.write_text("not json")
    assert not store.is_set() and not store.matches("111111")


def test_five_wrong_tries_lock_for_30_s_then_each_further_failure_doubles(tmp_path):
    store = PinStore(tmp_path)
    store.set("246810")
    clock = ManualClock()
    guard = PinGuard(store, clock)
    for left in (4, 3, 2, 1):
        attempt = guard.attempt("000000")
        assert not attempt.ok and attempt.tries_left == left and attempt.locked_for_s == 0
    fifth = guard.attempt("000000")
    assert not fifth.ok and fifth.locked_for_s == 30
    # While locked, even the right PIN is refused and does not count as a failure.
    clock.advance(29)
    during = guard.attempt("246810")
    assert not during.ok and during.locked_for_s == pytest.approx(1)
    clock.advance(1)
    assert guard.locked_for() == 0
    assert guard.attempt("000000").locked_for_s == 60
    clock.advance(60)
    assert guard.attempt("000000").locked_for_s == 120
    clock.advance(120)
    assert guard.attempt("246810").ok
    # A right PIN clears the count: five more free tries.
    assert guard.attempt("000000").tries_left == 4


def test_wrong_tries_and_the_lock_survive_a_restart(tmp_path):
    store = PinStore(tmp_path)
    store.set("246810")
    guard = PinGuard(store, ManualClock())
    for _ in range(4):
        guard.attempt("000000")
    # Restarted (the plug pulled) after four misses: the fifth still locks.
    guard = PinGuard(PinStore(tmp_path), ManualClock())
    assert guard.locked_for() == 0
    assert guard.attempt("000000").locked_for_s == 30
    # Restarted while locked: locked again, for the whole lock.
    clock = ManualClock()
    guard = PinGuard(PinStore(tmp_path), clock)
    assert guard.locked_for() == 30
    assert not guard.attempt("246810").ok
    clock.advance(30)
    assert guard.attempt("246810").ok
    assert not (tmp_path / "pin-tries.json").exists()
    assert PinGuard(PinStore(tmp_path), ManualClock()).attempt("000000").tries_left == 4
    # Setting a new PIN (kiosk pin set) forgets the wrong tries.
    for _ in range(6):
        guard.attempt("000000")
    store.set("135790")
    assert PinGuard(PinStore(tmp_path), ManualClock()).locked_for() == 0


def test_a_damaged_tries_file_means_no_lock(tmp_path):
    store = PinStore(tmp_path)
    store.set("246810")
    for junk in ("{", '{"failures": "many"}', '{"failures": -3}', "[]"):
        (tmp_path / "pin-tries.json").write_text(junk, encoding="utf-8")
        guard = PinGuard(store, ManualClock())
        assert guard.locked_for() == 0 and guard.attempt("000000").tries_left == 4


def test_kiosk_id_is_made_once_and_kept(tmp_path):
    first = kiosk_id(tmp_path)
    assert kiosk_id(tmp_path) == first
    (tmp_path / "kiosk-id").write_text("garbage")
    assert kiosk_id(tmp_path) != first  # a damaged id is replaced by a new valid one
