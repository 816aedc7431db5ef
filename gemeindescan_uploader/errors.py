"""The error hierarchy: a sentence for the analyst, the technical detail for the log."""

from __future__ import annotations


class GemeindescanError(Exception):
    """Base of every error the plugin reports to the user.

    ``message`` is what a GIS analyst reads; ``detail`` is the technical cause,
    kept for the log. Neither ever holds a password, session id or CSRF token.
    """

    #: Process exit code the command line uses for this kind of error.
    exit_code = 1
    #: The snapshot a failed publish already created, so that a retry updates it instead of duplicating it.
    snapshot_pk: str | None = None

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InvalidInput(GemeindescanError):
    """Something the user typed cannot be sent: too long a title, a malformed BfS number or workspace."""

    exit_code = 2


class LoginFailed(GemeindescanError):
    """The server refused the username or password."""

    exit_code = 3


class SessionExpired(GemeindescanError):
    """The server no longer knows our session; logging in again fixes it."""

    exit_code = 4


class NotFound(GemeindescanError):
    """Something the request names does not exist on the server."""

    exit_code = 5


class MunicipalityNotFound(NotFound):
    """No municipality has the given BfS number."""


class WorkspaceNotFound(NotFound):
    """No workspace has the given id."""


class SnapshotNotFound(NotFound):
    """No snapshot has the given id."""


class UploadRejected(GemeindescanError):
    """The server did not store the snapshot file (empty, too large, or lost on the way)."""

    exit_code = 6


class ServerError(GemeindescanError):
    """The server failed or answered something the client does not understand."""

    exit_code = 7


class NetworkError(GemeindescanError):
    """The server could not be reached."""

    exit_code = 8


class RequestTimeout(NetworkError):
    """The server did not answer in time."""

    exit_code = 9


class InvalidSnapshot(GemeindescanError):
    """The snapshot file is not one the platform can show; ``problems`` lists why."""

    exit_code = 10

    def __init__(self, message: str, problems: list[str] | None = None, detail: str = "") -> None:
        super().__init__(message, detail or "\n".join(problems or []))
        self.problems = list(problems or [])


class ExportError(GemeindescanError):
    """A layer or project could not be exported."""

    exit_code = 11


class UnsupportedLayer(ExportError):
    """A layer of a kind a snapshot cannot carry (e.g. a plain raster or a table without geometry)."""


class Cancelled(GemeindescanError):
    """The user cancelled the work."""

    exit_code = 12
