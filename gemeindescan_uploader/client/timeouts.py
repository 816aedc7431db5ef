"""How long the client waits for the server: the one place for these settings."""

from __future__ import annotations

import os
from dataclasses import dataclass

#: Environment variables that override the defaults (scripts, tests, slow links).
CONNECT_TIMEOUT_VARIABLE = "GEMEINDESCAN_CONNECT_TIMEOUT"
IDLE_TIMEOUT_VARIABLE = "GEMEINDESCAN_IDLE_TIMEOUT"


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection, and for the next byte in either direction.

    ``idle`` is not a limit on the whole request: the socket timeout restarts with every chunk
    sent or received, so a slow but moving upload never fails, while a server that stops
    answering (or stops reading) is given up after ``idle`` seconds.
    """

    connect: float = 10.0
    idle: float = 60.0

    @classmethod
    def from_environment(cls) -> Timeouts:
        """The defaults, or the values of GEMEINDESCAN_CONNECT_TIMEOUT / GEMEINDESCAN_IDLE_TIMEOUT."""
        default = cls()
        return cls(
            connect=_seconds(CONNECT_TIMEOUT_VARIABLE, default.connect),
            idle=_seconds(IDLE_TIMEOUT_VARIABLE, default.idle),
        )

    def for_requests(self) -> tuple[float, float]:
        """The ``(connect, read)`` pair ``requests`` takes; its read timeout is per socket operation."""
        return (min(self.connect, self.idle), self.idle)


def _seconds(variable: str, default: float) -> float:
    """A positive number of seconds from the environment, else ``default`` (a typo must not hang or crash)."""
    try:
        value = float(os.environ.get(variable, ""))
    except ValueError:
        return default
    return value if 0 < value < 24 * 3600 else default
