"""The facilitator's PIN: six digits, kept only as a salted scrypt hash, with a lockout.

Five wrong tries lock the pad for 30 seconds; every further wrong try doubles the wait
(60 s, 120 s, ...). A right PIN clears the count. Time comes from an injected clock.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.clock import Clock

PIN_FILE = "pin.json"
PIN_LENGTH = 6
FREE_TRIES = 5
FIRST_LOCK_S = 30.0
TRIES_FILE = "pin-tries.json"
MAX_KEPT_FAILURES = 15  # 30 s doubled ten times is about 8.5 hours: the lock stops growing
# scrypt cost: about 50 ms and 16 MB on an old PC; slow enough to make guessing a stolen
# file costly, quick enough for a tap.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


class PinFormatError(ValueError):
    """A PIN that is not six digits."""


def check_format(pin: str) -> str:
    if len(pin) != PIN_LENGTH or not pin.isascii() or not pin.isdigit():
        raise PinFormatError(f"the PIN must be {PIN_LENGTH} digits")
    return pin


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    import hashlib  # OpenSSL: loaded when a PIN is first checked, not at start

    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024)


class PinStore:
    """The PIN's hash in `data_dir/pin.json`. The PIN itself is never written anywhere."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / PIN_FILE

    def is_set(self) -> bool:
        return self._load() is not None

    def _load(self) -> dict[str, object] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        keys = {"salt", "hash", "n", "r", "p"}
        return data if isinstance(data, dict) and keys <= data.keys() else None

    def set(self, pin: str) -> None:
        check_format(pin)
        import secrets

        salt = secrets.token_bytes(16)
        record = {
            "algorithm": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": salt.hex(),
            "hash": _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pin-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)
        # A new PIN (set by someone with the right to) starts without old wrong tries.
        self.path.with_name(TRIES_FILE).unlink(missing_ok=True)

    def matches(self, pin: str) -> bool:
        record = self._load()
        if record is None:
            return False
        try:
            salt = bytes.fromhex(str(record["salt"]))
            expected = bytes.fromhex(str(record["hash"]))
            n, r, p = int(str(record["n"])), int(str(record["r"])), int(str(record["p"]))
            actual = _hash(pin, salt, n, r, p)
        except (ValueError, TypeError):
            return False
        import hmac

        return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class PinAttempt:
    ok: bool
    locked_for_s: float = 0.0  # how long the pad is now locked (0: not locked)
    tries_left: int = 0  # wrong tries left before the next lock


class PinGuard:
    """Checks PIN tries and keeps the lockout."""

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
            value = json.loads(self._tries_path.read_text(encoding="utf-8")).get("failures", 0)
        except (OSError, ValueError, AttributeError):
            return 0
        return min(value, MAX_KEPT_FAILURES) if isinstance(value, int) and value > 0 else 0

    def _save_failures(self) -> None:
        try:
            if self._failures == 0:
                self._tries_path.unlink(missing_ok=True)
                return
            tmp = self._tries_path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"failures": self._failures}), encoding="utf-8")
            os.replace(tmp, self._tries_path)
        except OSError:
            pass  # a read-only disk: the lock still holds until the kiosk restarts

    def locked_for(self) -> float:
        """Seconds until the pad may be used again (0 when it may)."""
        return max(0.0, self._locked_until - self._clock.monotonic())

    def attempt(self, pin: str) -> PinAttempt:
        wait = self.locked_for()
        if wait > 0:
            return PinAttempt(ok=False, locked_for_s=wait)
        if self.store.matches(pin):
            if self._failures:
                self._failures = 0
                self._save_failures()
            return PinAttempt(ok=True)
        self._failures = min(self._failures + 1, MAX_KEPT_FAILURES)
        self._save_failures()
        if self._failures < FREE_TRIES:
            return PinAttempt(ok=False, tries_left=FREE_TRIES - self._failures)
        lock = self._lock_s()
        self._locked_until = self._clock.monotonic() + lock
        return PinAttempt(ok=False, locked_for_s=lock)
