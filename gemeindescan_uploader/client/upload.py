"""The upload of a snapshot file: one streaming multipart PATCH to ``/api/v1/snapshots/<pk>/``."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Callable, Optional

from .. import messages
from .._vendor.requests_toolbelt.multipart.encoder import MultipartEncoder, MultipartEncoderMonitor
from ..errors import InvalidInput, ServerError, SessionExpired, SnapshotNotFound, UploadRejected
from ..messages import Message
from .session import STEP_UPLOAD, ServerSession

log = logging.getLogger("gemeindescan")

#: ``progress(bytes_sent, total_bytes)``, called as the body streams out.
ProgressCallback = Callable[[int, int], None]

#: The multipart field the server stores; under any other name it answers 200 with a null data_file.
FILE_FIELD = "data_file"


def upload_path(snapshot_pk: str) -> str:
    """The REST path of a snapshot; the trailing slash matters (a 301 would drop the body)."""
    return f"/api/v1/snapshots/{snapshot_pk}/"


def upload_snapshot_file(
    session: ServerSession,
    snapshot_pk: str,
    path: str | os.PathLike,
    progress: Optional[ProgressCallback] = None,
) -> str:
    """Upload the file as the snapshot's data; returns the URL of the stored file."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InvalidInput(
            Message(messages.SNAPSHOT_FILE_UNREADABLE, path=path), detail=str(error)
        ) from error
    target = session.url(upload_path(snapshot_pk))
    with path.open("rb") as stream:
        # All users' files land in one folder, so a unique name (the pk) avoids random suffixes.
        encoder = MultipartEncoder(fields={FILE_FIELD: (f"{snapshot_pk}.json", stream, "application/json")})
        total = encoder.len

        def report(monitor: MultipartEncoderMonitor) -> None:
            if progress is not None:
                progress(min(monitor.bytes_read, total), total)

        body = MultipartEncoderMonitor(encoder, report)
        headers = {"Content-Type": body.content_type, **session.referer_headers(target)}
        # Django rotates the CSRF token on login: the token must be read now, not before the login.
        token = session.csrf_token
        if token:
            headers["X-CSRFToken"] = token
        if progress is not None:
            progress(0, total)
        # The idle timeout restarts with every chunk sent, so a slow but moving upload never times out.
        response = session.request("PATCH", target, data=body, headers=headers, step=STEP_UPLOAD)
    return _stored_file_url(session, response, snapshot_pk, size)


def _stored_file_url(session: ServerSession, response, snapshot_pk: str, size: int) -> str:
    """The stored file's URL from the server's answer, or the typed error the answer means."""
    detail = (
        f"PATCH {upload_path(snapshot_pk)} -> {response.status_code}: " + session.redact(response.text)[:500]
    )
    status = response.status_code
    if status == 200:
        try:
            data_file = response.json().get("data_file")
        except (ValueError, AttributeError):
            data_file = None
        # A wrong field name or a body lost on a redirect also gives 200, with a null data_file.
        if not data_file:
            raise UploadRejected(
                Message(messages.UPLOAD_NOT_STORED),
                detail=detail,
            )
        return str(data_file)
    reason = _json_detail(response)
    if status == 400:
        raise UploadRejected(Message(messages.FILE_REFUSED, reason=reason), detail=detail)
    if status == 403:
        if "credentials were not provided" in reason or "not authenticated" in reason.lower():
            raise SessionExpired(Message(messages.SESSION_EXPIRED), detail=detail)
        raise ServerError(
            Message(messages.UPLOAD_CSRF_REFUSED),
            detail=detail,
        )
    if status == 404:
        raise SnapshotNotFound(Message(messages.UPLOAD_TO_MISSING_SNAPSHOT, pk=snapshot_pk), detail=detail)
    if status == 413:
        raise UploadRejected(
            Message(messages.FILE_TOO_LARGE, size=f"{size / 1_000_000:.1f}"),
            detail=detail,
        )
    if 300 <= status < 400:
        # Following it would re-send the PATCH without its body: a silent {"data_file": null}.
        raise ServerError(
            Message(messages.UPLOAD_REDIRECTED),
            detail=detail,
        )
    raise session.unexpected(response, Message(messages.SERVICE_UPLOAD), STEP_UPLOAD)


def _json_detail(response) -> str:
    """The reason a DRF answer gives (``detail`` or the field errors), as one line."""
    try:
        payload = response.json()
    except ValueError:
        return " ".join(response.text[:200].split())
    if isinstance(payload, dict):
        if "detail" in payload:
            return str(payload["detail"])
        parts = []
        for field, problems in payload.items():
            problems = problems if isinstance(problems, list) else [problems]
            text = " ".join(str(problem) for problem in problems)
            parts.append(text if field in ("data_file", "non_field_errors") else f"{field}: {text}")
        return "; ".join(parts)
    return str(payload)
