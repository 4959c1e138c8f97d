"""The facilitator's PIN: six digits, kept only as a salted scrypt hash, with a lockout; and the
recovery code, the touchscreen's only way to a new PIN once the kiosk has had one.

The PIN fails closed. `PinStore.state()` is `SET` (pin.json is good), `NEW` (no pin.json on a
kiosk that shows no sign of use: the first start's set-up step may choose the PIN) or
`DAMAGED`: pin.json is damaged or unreadable, or missing on a kiosk that was used (a recovery
code or a tries file on file, settings, records that hold anything or cannot be read; cannot
tell counts as used). Then only the recovery code, typed at the PIN gate, or `kiosk pin set`
in a shell leads to a new PIN: the store refuses any other change (`PinLocked`).

The recovery code is twelve digits in groups of four (digits have no look-alikes and go on the
same number pad), made at random when a PIN is chosen, shown once, kept only as a scrypt hash
in pin-recovery.json. Wrong codes count as wrong tries. Five wrong tries lock the pad for 30
seconds; every further one doubles the wait (60 s, 120 s, ...). A right PIN or code clears the
count. Time comes from an injected clock. Every file is read through kiosk.guarded, and
written owner-only (0600) and atomically (a temporary file, fsync, rename).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from kiosk.clock import Clock
from kiosk.guarded import BadFile, field, read_json
from kiosk.private import replace_private

PIN_FILE = "pin.json"
RECOVERY_FILE = "pin-recovery.json"
TRIES_FILE = "pin-tries.json"
SETTINGS_FILE = "settings.json"  # kiosk.settings.SETTINGS_FILE: made only behind the PIN
PIN_LENGTH = 6
RECOVERY_DIGITS, RECOVERY_GROUP = 12, 4
FREE_TRIES = 5
FIRST_LOCK_S = 30.0
MAX_KEPT_FAILURES = 15  # 30 s doubled ten times is about 8.5 hours: the lock stops growing
# scrypt cost: about 50 ms and 16 MB on an old PC; slow enough to make guessing a stolen
# file costly, quick enough for a tap.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_FILE_BYTES = 4096  # a PIN file is about 250 bytes


class PinFormatError(ValueError):
    """A PIN that is not six digits."""


class PinLocked(Exception):
    """Choosing a PIN here needs the recovery code (or `kiosk pin set` in a shell)."""


class PinState(Enum):
    NEW = "new"  # a new kiosk: the set-up step chooses the PIN
    SET = "set"
    DAMAGED = "damaged"  # damaged, unreadable, or missing on a kiosk that had a PIN


@dataclass(frozen=True)
class PinStatus:
    state: PinState
    problem: str = ""  # what is wrong (for the log and `kiosk pin check`), "" when nothing
    recovery: bool = False  # a readable recovery code is on file


def check_format(pin: str) -> str:
    if len(pin) != PIN_LENGTH or not pin.isascii() or not pin.isdigit():
        raise PinFormatError(f"the PIN must be {PIN_LENGTH} digits")
    return pin


def recovery_digits(code: str) -> str:
    """The digits of a recovery code as typed or written ("4821 0937-5512")."""
    return "".join(c for c in code if c.isascii() and c.isdigit())


def format_recovery(code: str) -> str:
    """ "482109375512" as it is shown and written down: "4821 0937 5512"."""
    digits = recovery_digits(code)
    return " ".join(digits[i : i + RECOVERY_GROUP] for i in range(0, len(digits), RECOVERY_GROUP))


def _new_recovery_code() -> str:
    import secrets

    return "".join(secrets.choice("0123456789") for _ in range(RECOVERY_DIGITS))


def _hash(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL: loaded when a PIN is first checked, not at start

    return hashlib.scrypt(secret.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


def _make_record(secret: str) -> dict[str, Any]:
    import secrets

    salt = secrets.token_bytes(16)
    return {
        "algorithm": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "hash": _hash(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
    }


@dataclass(frozen=True)
class _Hash:
    salt: bytes
    digest: bytes
    n: int
    r: int
    p: int
    confirmed: bool = True

    def matches(self, secret: str) -> bool:
        import hmac

        actual = _hash(secret, self.salt, self.n, self.r, self.p)
        return hmac.compare_digest(actual, self.digest)


def _read_hash(path: Path) -> _Hash:
    """The hash in a PIN file. FileNotFoundError passes through; anything else wrong with the
    file (not JSON, wrong types, a cost that is too cheap or too dear) is BadFile."""
    data = read_json(path, max_bytes=MAX_FILE_BYTES, max_depth=2)
    if field(data, "algorithm", str, path) != "scrypt":
        raise BadFile(path, "algorithm must be scrypt")
    n, r, p = (field(data, key, int, path) for key in ("n", "r", "p"))
    if not (2**14 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise BadFile(path, f"scrypt cost out of range (n={n}, r={r}, p={p})")
    if 128 * n * r > 64 * 1024 * 1024:
        raise BadFile(path, "scrypt cost needs more than 64 MB")
    try:
        salt = bytes.fromhex(field(data, "salt", str, path))
        digest = bytes.fromhex(field(data, "hash", str, path))
    except ValueError:
        raise BadFile(path, "salt and hash must be hexadecimal") from None
    if not (16 <= len(salt) <= 64 and 16 <= len(digest) <= 128):
        raise BadFile(path, "salt or hash of the wrong length")
    confirmed = data.get("confirmed", True)
    if not isinstance(confirmed, bool):
        raise BadFile(path, "confirmed must be true or false")
    return _Hash(salt, digest, n, r, p, confirmed)


def write_private_json(path: Path, data: object) -> None:
    """Write `data` owner-only (0600) and atomically: a temporary file beside it, flushed to the
    disk, renamed over the old one, and the folder flushed, so a power cut leaves the old file
    or the new one, never half of one. A folder (or anything but a file) standing where the
    file goes is kept aside as `name.damaged-N`, never deleted."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.is_symlink() or (path.exists() and not path.is_file()):
        number = 1
        while path.with_name(f"{path.name}.damaged-{number}").exists():
            number += 1
        os.replace(path, path.with_name(f"{path.name}.damaged-{number}"))
    replace_private(path, json.dumps(data).encode("utf-8"))


class Grant:
    """Proof that the right PIN or recovery code was just typed: it allows one change of the
    PIN or of the recovery code (`PinStore.reset`, `PinStore.renew_recovery`)."""

    def __init__(self, store: PinStore, via: str) -> None:
        self.store = store
        self.via = via  # "pin" or "recovery"
        self.used = False


class PinStore:
    """The PIN's hash in `data_dir/pin.json`, the recovery code's in pin-recovery.json. The
    PIN and the code themselves are never written anywhere."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / PIN_FILE
        self.recovery_path = self.data_dir / RECOVERY_FILE

    # -- reading -------------------------------------------------------------------------
    def status(self) -> PinStatus:
        recovery = self._recovery() is not None
        try:
            _read_hash(self.path)
        except FileNotFoundError:
            used = self._signs_of_use()
            if not used:
                return PinStatus(PinState.NEW)
            return PinStatus(PinState.DAMAGED, f"{self.path}: missing, but {used}", recovery)
        except (BadFile, OSError) as error:
            return PinStatus(PinState.DAMAGED, str(error), recovery)
        return PinStatus(PinState.SET, "", recovery)

    def state(self) -> PinState:
        return self.status().state

    def is_set(self) -> bool:
        return self._pin() is not None

    def _pin(self) -> _Hash | None:
        try:
            return _read_hash(self.path)
        except (BadFile, OSError):
            return None

    def _recovery(self) -> _Hash | None:
        try:
            return _read_hash(self.recovery_path)
        except (BadFile, OSError):
            return None

    def _signs_of_use(self) -> str:
        """Why this kiosk counts as used ("" when it looks new)."""
        for name in (RECOVERY_FILE, TRIES_FILE, SETTINGS_FILE, "settings.good.json"):
            path = self.data_dir / name
            if path.exists() or path.is_symlink():
                return f"{name} is there"
        from kiosk.records.usage import records_show_use

        return records_show_use(self.data_dir)

    def matches(self, pin: str) -> bool:
        record = self._pin()
        return record is not None and record.matches(pin)

    def recovery_matches(self, code: str) -> bool:
        record = self._recovery()
        digits = recovery_digits(code)
        return record is not None and len(digits) == RECOVERY_DIGITS and record.matches(digits)

    def needs_new_recovery(self) -> bool:
        """No usable recovery code, or one never confirmed as written down."""
        record = self._recovery()
        return record is None or not record.confirmed

    # -- changing ------------------------------------------------------------------------
    def set(self, pin: str) -> str:
        """`kiosk pin set` in a shell (someone with the right to): a new PIN and a new
        recovery code, returned for printing. Old wrong tries are forgotten."""
        self._write_pin(pin)
        return self._write_recovery(confirmed=True)

    def first_setup(self, pin: str) -> str:
        """The first start's set-up step: only on a new kiosk. Returns the recovery code, to be
        shown once and confirmed (`confirm_recovery`)."""
        if self.state() is not PinState.NEW:
            raise PinLocked("this kiosk has had a PIN")
        self._write_pin(pin)
        return self._write_recovery(confirmed=False)

    def reset(self, grant: Grant, pin: str) -> str:
        """A new PIN after the right recovery code (or PIN): returns the new recovery code."""
        check_format(pin)
        self._check_grant(grant)
        self._write_pin(pin)
        grant.used = True
        return self._write_recovery(confirmed=False)

    def renew_recovery(self, grant: Grant) -> str:
        """A new recovery code (the old one missing, damaged or never confirmed)."""
        self._check_grant(grant)
        code = self._write_recovery(confirmed=False)
        grant.used = True
        return code

    def confirm_recovery(self) -> None:
        """The facilitator says the code shown is written down."""
        record = self._recovery()
        if record is None or record.confirmed:
            return
        write_private_json(self.recovery_path, self._recovery_json(record, confirmed=True))

    def _check_grant(self, grant: Grant) -> None:
        if not isinstance(grant, Grant) or grant.store is not self or grant.used:
            raise PinLocked("a change of PIN needs the right PIN or recovery code first")

    def _write_pin(self, pin: str) -> None:
        check_format(pin)
        write_private_json(self.path, _make_record(pin))
        # A new PIN (set by someone with the right to) starts without old wrong tries.
        self.path.with_name(TRIES_FILE).unlink(missing_ok=True)

    def _write_recovery(self, *, confirmed: bool) -> str:
        code = _new_recovery_code()
        write_private_json(self.recovery_path, {**_make_record(code), "confirmed": confirmed})
        return format_recovery(code)

    @staticmethod
    def _recovery_json(record: _Hash, *, confirmed: bool) -> dict[str, Any]:
        return {
            "algorithm": "scrypt",
            "n": record.n,
            "r": record.r,
            "p": record.p,
            "salt": record.salt.hex(),
            "hash": record.digest.hex(),
            "confirmed": confirmed,
        }


@dataclass(frozen=True)
class PinAttempt:
    ok: bool
    locked_for_s: float = 0.0  # how long the pad is now locked (0: not locked)
    tries_left: int = 0  # wrong tries left before the next lock
    grant: Grant | None = None  # after a right PIN or code: allows one change


class PinGuard:
    """Checks PIN and recovery-code tries and keeps the lockout."""

    def __init__(self, store: PinStore, clock: Clock) -> None:
        self.store = store
        self._clock = clock
        # Wrong tries survive a restart (pulling the plug must not reset the lock): kept in
        # pin-tries.json beside the hash. A kiosk restarted while locked is locked again for
        # the whole current lock, counted from the start (no wall clock to trust).
        self._tries_path = store.path.with_name(TRIES_FILE)
        self._failures = self._load_failures()
        self._locked_until = 0.0
        if self._failures >= FREE_TRIES:
            self._locked_until = clock.monotonic() + self._lock_s()

    def _lock_s(self) -> float:
        return float(FIRST_LOCK_S * 2 ** (self._failures - FREE_TRIES))

    def _load_failures(self) -> int:
        try:
            value = read_json(self._tries_path, max_bytes=MAX_FILE_BYTES, max_depth=2)
        except (BadFile, OSError):
            return 0  # written atomically, so only damage from outside; the PIN still holds
        value = value.get("failures", 0) if isinstance(value, dict) else 0
        ok = isinstance(value, int) and not isinstance(value, bool) and value > 0
        return min(value, MAX_KEPT_FAILURES) if ok else 0

    def _save_failures(self) -> None:
        try:
            if self._failures == 0:
                self._tries_path.unlink(missing_ok=True)
                return
            write_private_json(self._tries_path, {"failures": self._failures})
        except OSError:
            pass  # a read-only disk: the lock still holds until the kiosk restarts

    def locked_for(self) -> float:
        """Seconds until the pad may be used again (0 when it may)."""
        return max(0.0, self._locked_until - self._clock.monotonic())

    def attempt(self, pin: str) -> PinAttempt:
        return self._attempt(lambda: self.store.matches(pin), "pin")

    def attempt_recovery(self, code: str) -> PinAttempt:
        """The recovery code: counted with the PIN's tries, under the same lock."""
        return self._attempt(lambda: self.store.recovery_matches(code), "recovery")

    def _attempt(self, check: Callable[[], bool], via: str) -> PinAttempt:
        wait = self.locked_for()
        if wait > 0:
            return PinAttempt(ok=False, locked_for_s=wait)
        if check():
            if self._failures:
                self._failures = 0
                self._save_failures()
            return PinAttempt(ok=True, grant=Grant(self.store, via))
        self._failures = min(self._failures + 1, MAX_KEPT_FAILURES)
        self._save_failures()
        if self._failures < FREE_TRIES:
            return PinAttempt(ok=False, tries_left=FREE_TRIES - self._failures)
        lock = self._lock_s()
        self._locked_until = self._clock.monotonic() + lock
        return PinAttempt(ok=False, locked_for_s=lock)
