"""The error hierarchy: a sentence for the analyst, the technical detail for the log."""

from __future__ import annotations

from typing import Callable, Optional

from . import messages
from .messages import Joined, Message
from .redaction import redact

#: How one interface tells the analyst to complete snapshot ``pk`` (the command line: ``--update PK``).
UpdateHint = Callable[[str], str]


def publish_again_hint(snapshot_pk: str) -> str:
    """The retry advice for an interface that updates the right snapshot by itself (the panel)."""
    return Message(messages.HINT_PUBLISH_AGAIN, pk=snapshot_pk)


class GemeindescanError(Exception):
    """Base of every error the plugin reports to the user.

    ``message`` is what a GIS analyst reads; ``detail`` is the technical cause,
    kept for the log. Both are redacted on the way in (``redaction.py``), so neither
    ever holds a password, session id or CSRF token. Facts a retry needs (``snapshot_pk``)
    are data, turned into one sentence per interface by ``user_message``.
    """

    #: Process exit code the command line uses for this kind of error.
    exit_code = 1

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        #: A snapshot record that exists without (the new) file, so that a retry completes it.
        self.snapshot_pk: Optional[str] = None
        #: Whether this publish created that record (else it updated one that existed).
        self.snapshot_created = False
        #: The answer to a create was lost and looking for the record failed too.
        self.creation_unknown = False

    @property
    def message(self) -> str:
        """The sentence for the analyst."""
        return self._message

    @message.setter
    def message(self, value: str) -> None:
        redacted = redact(value)
        # A catalogue Message stays one (and so translatable) unless a secret had to be blanked out of it.
        self._message = value if redacted == value else redacted

    @property
    def detail(self) -> str:
        """The technical cause, for the log."""
        return self._detail

    @detail.setter
    def detail(self, value: str) -> None:
        self._detail = redact(value)

    def user_message(self, update_hint: UpdateHint = publish_again_hint) -> str:
        """The message with what to do next, the retry advice in the words of one interface."""
        parts = [self.message]
        if self.snapshot_pk:
            if self.snapshot_created:
                parts.append(Message(messages.CREATED_WITHOUT_FILE, pk=self.snapshot_pk))
            parts.append(update_hint(self.snapshot_pk))
        elif self.creation_unknown:
            parts.append(Message(messages.CREATION_UNKNOWN))
        return Joined(" ", parts) if len(parts) > 1 else self.message

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


class SnapshotElsewhere(GemeindescanError):
    """The snapshot to update is not in the workspace given for it; nothing was changed.

    The platform checks no ownership and tells no owner: a snapshot outside the analyst's
    workspace is most likely someone else's. The panel may ask and publish with
    ``allow_other_workspace``; the command line refuses.
    """

    exit_code = 13

    def __init__(
        self, message: str, snapshot_pk: str, workspace_id: str, snapshot_url: str, detail: str = ""
    ) -> None:
        super().__init__(message, detail)
        self.elsewhere_pk = snapshot_pk
        self.workspace_id = workspace_id
        self.snapshot_url = snapshot_url


class UploadRejected(GemeindescanError):
    """The server did not store the snapshot file (empty, too large, or lost on the way)."""

    exit_code = 6


class ServerError(GemeindescanError):
    """The server failed or answered something the client does not understand."""

    exit_code = 7
    #: The HTTP status of the failed answer, when there was one.
    status: Optional[int] = None


class NetworkError(GemeindescanError):
    """The server could not be reached."""

    exit_code = 8
    #: Whether the request may have reached the server (False: refused, no name, proxy or TLS failure).
    request_sent = True


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


#: Exit code of the command line for an error nobody foresaw (a bug): one line, details in the log.
UNEXPECTED_ERROR_EXIT_CODE = 14
