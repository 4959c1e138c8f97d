"""The systemd notify protocol (man sd_notify), and the heartbeat file of `kiosk supervise`.

systemd gives a service started with Type=notify the address of a datagram socket in
NOTIFY_SOCKET (a path, or with a leading '@' a name in Linux's abstract namespace); the
service sends it newline-separated assignments: READY=1 once it is up, WATCHDOG=1 as its
heartbeat, STATUS=... for `systemctl status`, STOPPING=1 as it ends. With WatchdogSec= set,
WATCHDOG_USEC says how often systemd wants the heartbeat (we send it at half that) and
WATCHDOG_PID which process it is meant for: ours, or one that started us (in the appliance
cage is the service's main process and the kiosk its child, perhaps through a shell script;
with NotifyAccess=all the kiosk's own datagrams count). Without NOTIFY_SOCKET nothing is sent.

The datagram is written here rather than taken from a library: it is a dozen lines of the
standard library, documented as a stable interface; `sdnotify` is small but unmaintained,
`systemd-python` needs libsystemd's headers and a compiler (and neither exists on Windows).

The supervisor (kiosk/appliance/supervisor.py) runs on Windows too, where there is no such
socket: it gives the kiosk KIOSK_HEARTBEAT_FILE instead, a file whose modification time the
kiosk renews at every heartbeat (every KIOSK_HEARTBEAT_SECONDS). Both ways go through
`Notifier.heartbeat()`.

Nothing here raises: the kiosk goes on whatever happens to its notifications; the first
failure is logged, and the recovery after it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kiosk.private import create_private

log = logging.getLogger(__name__)

HEARTBEAT_FILE_ENV = "KIOSK_HEARTBEAT_FILE"
HEARTBEAT_SECONDS_ENV = "KIOSK_HEARTBEAT_SECONDS"
DEFAULT_HEARTBEAT_SECONDS = 5.0  # the heartbeat file's, when the supervisor does not say
MIN_HEARTBEAT_SECONDS = 0.05


@dataclass(frozen=True)
class NotifyConfig:
    """What the environment asks for."""

    socket_address: str | bytes | None = None  # None: no systemd to tell
    watchdog_seconds: float | None = None  # systemd's watchdog interval, when it is ours
    heartbeat_file: Path | None = None  # the supervisor's file
    heartbeat_file_seconds: float = DEFAULT_HEARTBEAT_SECONDS

    @property
    def heartbeat_interval(self) -> float | None:
        """How often to beat, in seconds: half of systemd's interval, or the supervisor's;
        None when nobody listens."""
        intervals = []
        if self.socket_address is not None and self.watchdog_seconds is not None:
            intervals.append(self.watchdog_seconds / 2)
        if self.heartbeat_file is not None:
            intervals.append(self.heartbeat_file_seconds)
        return max(MIN_HEARTBEAT_SECONDS, min(intervals)) if intervals else None

    @classmethod
    def from_environment(
        cls,
        env: Mapping[str, str] | None = None,
        pid: int | None = None,
        ancestors: Sequence[int] | None = None,
    ) -> NotifyConfig:
        env = os.environ if env is None else env
        pid = os.getpid() if pid is None else pid
        ancestors = ancestors_of(pid) if ancestors is None else ancestors
        address = socket_address(env.get("NOTIFY_SOCKET", ""))
        watchdog = _watchdog_seconds(env, (pid, *ancestors))
        heartbeat_file = env.get(HEARTBEAT_FILE_ENV, "")
        return cls(
            socket_address=address,
            watchdog_seconds=watchdog if address is not None else None,
            heartbeat_file=Path(heartbeat_file) if heartbeat_file else None,
            heartbeat_file_seconds=_positive(env.get(HEARTBEAT_SECONDS_ENV, ""))
            or DEFAULT_HEARTBEAT_SECONDS,
        )


def socket_address(value: str) -> str | bytes | None:
    """NOTIFY_SOCKET as an AF_UNIX address: '@name' is `\\0name` in the abstract namespace."""
    if not value:
        return None
    if value.startswith("@"):
        return b"\0" + value[1:].encode()
    return value


def ancestors_of(pid: int, depth: int = 8) -> tuple[int, ...]:
    """The processes that started `pid`, nearest first: from /proc on Linux, else only the
    parent (systemd, the one that sets WATCHDOG_PID, is Linux's)."""
    found: list[int] = []
    current = pid
    while len(found) < depth and current > 1:
        try:
            stat = Path(f"/proc/{current}/stat").read_text(encoding="ascii", errors="replace")
            current = int(stat.rpartition(")")[2].split()[1])  # after "pid (name) state"
        except (OSError, ValueError, IndexError):
            break
        found.append(current)
    if not found and pid == os.getpid():
        found.append(os.getppid())
    return tuple(found)


def _positive(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _watchdog_seconds(env: Mapping[str, str], ours: tuple[int, ...]) -> float | None:
    """WATCHDOG_USEC in seconds, unless WATCHDOG_PID names a process that is neither this
    one nor one that started it (the watchdog is then another's, as sd_watchdog_enabled
    says of a process other than the one named)."""
    usec = _positive(env.get("WATCHDOG_USEC", ""))
    if usec is None:
        return None
    watchdog_pid = env.get("WATCHDOG_PID", "")
    if watchdog_pid:
        try:
            if int(watchdog_pid) not in ours:
                return None
        except ValueError:
            return None
    return usec / 1_000_000


class Notifier:
    """Tells systemd and the supervisor how the kiosk is doing. Never raises."""

    def __init__(self, config: NotifyConfig) -> None:
        self.config = config
        self._failing: set[str] = set()  # what failed and was logged: "socket", "file"

    @classmethod
    def from_environment(cls) -> Notifier:
        return cls(NotifyConfig.from_environment())

    @property
    def heartbeat_interval(self) -> float | None:
        return self.config.heartbeat_interval

    def ready(self, status: str = "") -> None:
        self.notify("READY=1", *([f"STATUS={status}"] if status else []))
        self._touch()

    def heartbeat(self) -> None:
        if self.config.watchdog_seconds is not None:
            self.notify("WATCHDOG=1")
        self._touch()

    def status(self, text: str) -> None:
        self.notify(f"STATUS={text}")

    def stopping(self, status: str = "") -> None:
        self.notify("STOPPING=1", *([f"STATUS={status}"] if status else []))

    def notify(self, *assignments: str) -> bool:
        """Send one datagram of `assignments` (one a line); False when it could not go."""
        address = self.config.socket_address
        if address is None or not assignments:
            return False
        import socket  # only with systemd to tell, and after the first frame

        family = getattr(socket, "AF_UNIX", None)
        try:
            if family is None:
                raise OSError("this system has no AF_UNIX datagram sockets")
            with socket.socket(family, socket.SOCK_DGRAM) as sock:
                sock.setblocking(False)  # a systemd that does not read never stalls the GUI
                sock.sendto("\n".join(assignments).encode(), address)
        except OSError as error:
            self._failed("socket", f"cannot notify {_shown(address)}: {error}")
            return False
        self._worked("socket", f"notifying {_shown(address)} works again")
        return True

    def _touch(self) -> None:
        path = self.config.heartbeat_file
        if path is None:
            return
        try:
            try:
                os.utime(path)
            except FileNotFoundError:
                create_private(path)  # empty, but 0600 as all in the data directory
        except OSError as error:
            self._failed("file", f"cannot touch the heartbeat file {path}: {error}")
            return
        self._worked("file", f"the heartbeat file {path} is touched again")

    def _failed(self, what: str, message: str) -> None:
        if what not in self._failing:
            self._failing.add(what)
            log.warning("watchdog: %s (logged once)", message)

    def _worked(self, what: str, message: str) -> None:
        if what in self._failing:
            self._failing.discard(what)
            log.info("watchdog: %s", message)


def _shown(address: str | bytes) -> str:
    if isinstance(address, bytes):
        return "@" + address[1:].decode(errors="replace")
    return address
