"""Relay ids and the many ways an analyst may name a workspace (id, path or frontend URL)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit

from .. import messages
from ..errors import InvalidInput
from ..messages import Message
from .addresses import refuse_credentials, shortened

# Workspace ids and snapshot pks on the platform are short upper-case codes ("B5BXT", "8OK4XB");
# accept any letters and digits so a server with other id styles still works.
_ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SNAPSHOT_PK_PATTERN = re.compile(r"^[A-Za-z0-9]{1,32}$")
# The frontend redirects to a language prefix (/de/…, /fr/…); such a segment is not a workspace.
_LANGUAGE_SEGMENTS = {"de", "fr", "it", "en", "rm"}

WORKSPACE_NODE = "WorkspaceNode"
SNAPSHOT_NODE = "SnapshotNode"


def to_global_id(type_name: str, pk: str) -> str:
    """The relay id of a node: standard base64 of ``<Type>:<pk>``, with the ``=`` padding the server needs."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode("ascii")


def from_global_id(node_id: str) -> tuple[str, str]:
    """The ``(type name, pk)`` a relay id stands for; InvalidInput when it is not one."""
    try:
        decoded = base64.b64decode(node_id.encode("ascii"), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError) as error:
        raise InvalidInput(Message(messages.NOT_AN_ID, text=node_id), detail=str(error)) from error
    type_name, separator, pk = decoded.partition(":")
    if not separator or not type_name or not pk:
        raise InvalidInput(Message(messages.NOT_AN_ID, text=node_id), detail=f"decoded to {decoded!r}")
    return type_name, pk


def workspace_node_id(workspace_id: str) -> str:
    """The relay id (``wshash``) of a workspace."""
    return to_global_id(WORKSPACE_NODE, workspace_id)


def snapshot_node_id(snapshot_pk: str) -> str:
    """The relay id of a snapshot."""
    return to_global_id(SNAPSHOT_NODE, snapshot_pk)


def check_snapshot_pk(snapshot_pk: str) -> str:
    """The snapshot pk, stripped; InvalidInput if it cannot be one."""
    text = str(snapshot_pk).strip().strip("/")
    if not _SNAPSHOT_PK_PATTERN.match(text):
        raise InvalidInput(Message(messages.NOT_A_SNAPSHOT_ID, text=shortened(str(snapshot_pk))))
    return text


@dataclass(frozen=True)
class WorkspaceReference:
    """A workspace as the analyst named it, and the snapshot the link pointed to, if any."""

    workspace_id: str
    snapshot_pk: Optional[str] = None


def _malformed(text: str, detail: str = "") -> InvalidInput:
    return InvalidInput(Message(messages.NOT_A_WORKSPACE, text=shortened(text or "")), detail=detail)


def parse_workspace_reference(text: str, frontend_url: Optional[str] = None) -> WorkspaceReference:
    """The workspace (and snapshot) named by an id, ``…/B5BXT/8OK4XB/``, a frontend URL or a relay id."""
    original = text
    text = (text or "").strip()
    if not text:
        raise InvalidInput(Message(messages.NO_WORKSPACE_GIVEN))
    refuse_credentials(text, Message(messages.WHAT_WORKSPACE_LINK))
    if "://" in text:
        path = urlsplit(text).path
        if frontend_url:
            # A frontend served under a sub-path (https://host/app/) puts the workspace after it.
            prefix = urlsplit(frontend_url).path.rstrip("/")
            if prefix and (path == prefix or path.startswith(prefix + "/")):
                path = path[len(prefix) :]
    else:
        path = text
    segments = [segment for segment in path.split("/") if segment]
    if segments and segments[0].lower() in _LANGUAGE_SEGMENTS:
        segments = segments[1:]
    if not segments or len(segments) > 2:
        raise _malformed(original, detail=f"path segments {segments!r}")
    if len(segments) == 1 and "://" not in text:
        relay = _workspace_from_relay_id(segments[0])
        if relay is not None:
            return WorkspaceReference(relay)
    workspace_id = segments[0]
    if not _ID_PATTERN.match(workspace_id):
        raise _malformed(original, detail=f"workspace id {workspace_id!r}")
    snapshot_pk = None
    if len(segments) == 2:
        if not _SNAPSHOT_PK_PATTERN.match(segments[1]):
            raise _malformed(original, detail=f"snapshot id {segments[1]!r}")
        snapshot_pk = segments[1]
    return WorkspaceReference(workspace_id, snapshot_pk)


def _workspace_from_relay_id(text: str) -> Optional[str]:
    """The workspace id inside a ``WorkspaceNode`` relay id, or None if the text is not one."""
    if len(text) < 16 or len(text) % 4:
        return None
    try:
        type_name, pk = from_global_id(text)
    except InvalidInput:
        return None
    return pk if type_name == WORKSPACE_NODE and _ID_PATTERN.match(pk) else None
