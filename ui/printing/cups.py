"""What Qt's print system does not tell about a CUPS queue, asked of libcups, the library Qt's
own CUPS support prints through (loaded in the process already on Linux).

- `libcups()` is None where Qt does not print through CUPS (Windows, macOS) or libcups is
  missing: the callers then rely on Qt alone.
- `Cups.accepting(queue)`: whether the queue takes jobs (`cupsreject` makes it refuse them;
  QPrinterInfo shows such a queue as ready, and Qt would hand it a job that is lost).
- `Cups.running()`: whether the print service answers at all.
- `Cups.last_error()`: the outcome of this thread's last CUPS request. Qt submits the job in
  `QPainter.end()` and drops cupsPrintFile's answer; libcups keeps it per thread, so the thread
  that painted learns right after whether the job was taken.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from functools import lru_cache

# Qt prints through CUPS on Linux and the other Unix systems; macOS and Windows have their own.
LIBRARY = "libcups.so.2"
HTTP_ENCRYPT_IF_REQUESTED = 0
CONNECT_MS = 3000
IPP_OK_LAST = 0x00FF  # IPP status codes up to this are successes
IPP_NOT_ACCEPTING_JOBS = 0x0506


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


@dataclass(frozen=True)
class Cups:
    lib: ctypes.CDLL

    def accepting(self, queue: str) -> bool | None:
        """Whether `queue` takes jobs; None when CUPS does not say (an unknown queue)."""
        dest = self.lib.cupsGetNamedDest(None, queue.encode(), None)
        if not dest:
            return None
        try:
            found = dest.contents
            value = self.lib.cupsGetOption(
                b"printer-is-accepting-jobs", found.num_options, found.options
            )
        finally:
            self.lib.cupsFreeDests(1, dest)
        return None if value is None else value.decode() == "true"

    def running(self) -> bool:
        """Whether the print service (the CUPS scheduler the client is set up for) answers."""
        server = self.lib.cupsServer()
        http = self.lib.httpConnect2(
            server, self.lib.ippPort(), None, 0, HTTP_ENCRYPT_IF_REQUESTED, 1, CONNECT_MS, None
        )
        if not http:
            return False
        self.lib.httpClose(http)
        return True

    def last_error(self) -> tuple[int, str]:
        """This thread's last CUPS status (0 and below IPP_OK_LAST: it worked) and its words."""
        words = self.lib.cupsLastErrorString()
        return int(self.lib.cupsLastError()), words.decode(errors="replace") if words else ""


@lru_cache(maxsize=1)
def libcups() -> Cups | None:
    if sys.platform.startswith(("win", "cygwin", "darwin")):
        return None
    try:
        lib = ctypes.CDLL(LIBRARY)
    except OSError:
        return None
    lib.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
    lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsGetOption.restype = ctypes.c_char_p
    lib.cupsGetOption.argtypes = [ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    lib.cupsServer.restype = ctypes.c_char_p
    lib.httpConnect2.restype = ctypes.c_void_p
    lib.httpConnect2.argtypes = [
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_void_p,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_void_p,
    ]
    lib.httpClose.argtypes = [ctypes.c_void_p]
    lib.cupsLastError.restype = ctypes.c_int
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    return Cups(lib)
