"""The Gemeindescan server client, in plain Python (no QGIS): login, municipalities, snapshots, upload."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from typing import Any, Optional, Union

from .. import messages
from ..errors import (
    InvalidInput,
    MunicipalityNotFound,
    NotFound,
    SessionExpired,
    SnapshotNotFound,
    WorkspaceNotFound,
)
from ..messages import Message
from .addresses import check_web_address
from .connection import ConnectionOptions
from .graphql import GraphQLEndpoint
from .ids import (
    WorkspaceReference,
    check_snapshot_pk,
    parse_workspace_reference,
    snapshot_node_id,
    workspace_node_id,
)
from .inputs import (
    MAX_TITLE_LENGTH,
    MAX_TOPIC_LENGTH,
    SnapshotFields,
    check_bfs_number,
    check_title_and_topic,
)
from .municipalities import Municipality, fetch_municipalities, fetch_perimeters
from .session import STEP_CREATE, STEP_UPDATE, ServerSession
from .timeouts import Timeouts
from .upload import ProgressCallback, upload_snapshot_file

__all__ = [
    "ConnectionOptions",
    "GemeindescanClient",
    "Municipality",
    "SnapshotRecord",
    "Snapshot",
    "SnapshotFields",
    "Timeouts",
    "Workspace",
    "WorkspaceSnapshot",
    "WorkspaceReference",
    "parse_workspace_reference",
    "MAX_TITLE_LENGTH",
    "MAX_TOPIC_LENGTH",
    "check_bfs_number",
    "check_title_and_topic",
]

log = logging.getLogger("gemeindescan")

SNAPSHOT_MUTATION = """
mutation updatesnapshot($data: SnapshotMutationInput!) {
  snapshotmutation(input: $data) {
    snapshot { id pk title topic municipality { bfsNumber name canton } }
    clientMutationId
  }
}
"""

WORKSPACE_QUERY = """
query workspace($id: ID!) {
  workspace(id: $id) {
    pk title description
    snapshots { pk title topic datafile municipality { bfsNumber fullname } }
  }
}
"""

SNAPSHOT_QUERY = """
query snapshot($id: ID!) {
  snapshot(id: $id) { id pk title topic datafile municipality { bfsNumber } data }
}
"""

SNAPSHOT_INFO_QUERY = """
query snapshotinfo($id: ID!) {
  snapshot(id: $id) { id pk title topic datafile municipality { bfsNumber } }
}
"""


@dataclass(frozen=True)
class SnapshotRecord:
    """A snapshot record as the create/update mutation returns it."""

    snapshot_pk: str
    snapshot_node_id: str
    title: str
    topic: str
    bfs_number: Optional[int]
    municipality_name: str = ""


@dataclass(frozen=True)
class Snapshot:
    """A snapshot read back from the server; ``data`` is the uploaded file, parsed (``{}`` before upload)."""

    snapshot_pk: str
    snapshot_node_id: str
    title: str
    topic: str
    bfs_number: Optional[int]
    data_file_url: str
    data: Any = None


@dataclass(frozen=True)
class WorkspaceSnapshot:
    """One snapshot listed in a workspace."""

    snapshot_pk: str
    title: str
    topic: str
    bfs_number: Optional[int]
    municipality_fullname: str
    #: The stored file's name; empty while the snapshot has no file.
    data_file: str = ""

    def is_empty_record_for(self, fields: SnapshotFields) -> bool:
        """Whether this is a record for ``fields`` left without its file (by a publish that failed)."""
        return (
            not self.data_file
            and self.title == fields.title
            and self.topic == fields.topic
            and self.bfs_number == fields.bfs_number
        )


@dataclass(frozen=True)
class Workspace:
    """A workspace and the snapshots in it."""

    workspace_id: str
    title: str
    description: str
    snapshots: list[WorkspaceSnapshot] = field(default_factory=list)


class GemeindescanClient:
    """One analyst's conversation with one Gemeindescan server."""

    def __init__(
        self,
        server_url: str,
        frontend_url: Optional[str] = None,
        timeout: Optional[float] = None,
        connection: Optional[ConnectionOptions] = None,
        timeouts: Optional[Timeouts] = None,
    ) -> None:
        """``connection``: proxy and trusted certificates (default: the environment's and the system's).

        ``timeouts``: the waits (default: ``Timeouts.from_environment()``); ``timeout`` sets the idle one.
        """
        if timeouts is None:
            timeouts = Timeouts.from_environment()
            if timeout:
                timeouts = Timeouts(connect=min(timeouts.connect, timeout), idle=timeout)
        self.session = ServerSession(server_url, timeouts=timeouts, connection=connection)
        self.server_url = self.session.server_url
        self.frontend_url = (
            check_web_address(frontend_url, Message(messages.WHAT_WEBSITE_ADDRESS))
            if frontend_url
            else self.server_url
        )
        self.graphql = GraphQLEndpoint(self.session)
        self._username: Optional[str] = None
        self._password: Optional[str] = None

    def __repr__(self) -> str:
        return f"GemeindescanClient({self.server_url!r}, user={self._username!r})"

    def __enter__(self) -> GemeindescanClient:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    # -- session ---------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> None:
        """Log in; LoginFailed for wrong credentials. The credentials are kept in memory for re-login."""
        if not username or not password:
            raise InvalidInput(Message(messages.LOGIN_NEEDS_BOTH))
        self.session.login(username, password)
        self._username, self._password = username, password

    def logout(self) -> None:
        """Log out and forget the credentials."""
        try:
            self.session.logout()
        finally:
            self._username = self._password = None

    @property
    def username(self) -> Optional[str]:
        """The user of the last successful login."""
        return self._username

    @property
    def is_logged_in(self) -> bool:
        """Whether the client holds a session (the server may have forgotten it meanwhile)."""
        return self.session.is_logged_in

    @property
    def can_relogin(self) -> bool:
        """Whether the client knows the credentials to log in again by itself."""
        return bool(self._username and self._password)

    def relogin(self) -> None:
        """Log in again with the remembered credentials (after the server forgot the session)."""
        if not self.can_relogin:
            raise SessionExpired(Message(messages.SESSION_EXPIRED))
        log.info("Session expired; logging in again as %s", self._username)
        self.session.login(self._username, self._password)

    def suggested_workspace(self) -> Optional[WorkspaceReference]:
        """The workspace the server suggested at login (its oldest one with the user's snapshots), if any.

        Only a hint for pre-filling a form: the server sets the cookie for some users only.
        """
        value = self.session.cookie("workspaceid")
        # The cookie value carries literal double quotes: "ACC01/R4RPGC".
        text = (value or "").strip().strip('"')
        if not text:
            return None
        try:
            return parse_workspace_reference(text)
        except InvalidInput:
            return None

    def close(self) -> None:
        """Release the connections (the session on the server stays valid)."""
        self.session.close()

    # -- links -----------------------------------------------------------------------------------

    def snapshot_url(self, snapshot_pk: str) -> str:
        """The page of a snapshot on the frontend."""
        return f"{self.frontend_url}{snapshot_pk}/"

    def workspace_url(self, workspace_id: str, snapshot_pk: Optional[str] = None) -> str:
        """The page of a workspace, opened at one of its snapshots if given."""
        return f"{self.frontend_url}{workspace_id}/" + (f"{snapshot_pk}/" if snapshot_pk else "")

    def parse_workspace(self, id_or_url: Union[str, WorkspaceReference]) -> WorkspaceReference:
        """The workspace named by an id, a path or a link (InvalidInput if it names none)."""
        if isinstance(id_or_url, WorkspaceReference):
            return id_or_url
        return parse_workspace_reference(id_or_url, frontend_url=self.frontend_url)

    # -- queries ---------------------------------------------------------------------------------

    def municipalities(self, search: Optional[str] = None) -> list[Municipality]:
        """All municipalities, or those whose name contains ``search``; no login needed."""
        return fetch_municipalities(self.graphql, search)

    def municipalities_with_perimeters(self) -> list[Municipality]:
        """All municipalities with the bounds of their perimeters where the server has them."""
        municipalities = fetch_municipalities(self.graphql)
        perimeters = fetch_perimeters(self.graphql)
        return [
            replace(municipality, perimeter_bounds=perimeters.get(municipality.bfs_number))
            for municipality in municipalities
        ]

    def workspace(self, id_or_url: Union[str, WorkspaceReference]) -> Workspace:
        """The workspace named by an id (``B5BXT``), a path (``B5BXT/8OK4XB/``) or a frontend link."""
        reference = self.parse_workspace(id_or_url)
        node = self.graphql.execute(WORKSPACE_QUERY, {"id": workspace_node_id(reference.workspace_id)})
        workspace = node.get("workspace")
        # Unknown and malformed ids alike come back as null, without an error.
        if not workspace:
            raise WorkspaceNotFound(
                _workspace_not_found(reference.workspace_id),
                detail=f"workspace(id: WorkspaceNode:{reference.workspace_id}) is null",
            )
        snapshots = [
            WorkspaceSnapshot(
                snapshot_pk=item["pk"],
                title=item.get("title") or "",
                topic=item.get("topic") or "",
                bfs_number=_bfs_of(item.get("municipality")),
                municipality_fullname=(item.get("municipality") or {}).get("fullname") or "",
                data_file=item.get("datafile") or "",
            )
            for item in workspace.get("snapshots") or []
        ]
        return Workspace(
            workspace_id=str(workspace.get("pk") or reference.workspace_id),
            title=workspace.get("title") or "",
            description=workspace.get("description") or "",
            snapshots=snapshots,
        )

    def snapshot(self, snapshot_pk: str, with_data: bool = True) -> Snapshot:
        """A snapshot with its uploaded data (``with_data=False`` skips the possibly large data)."""
        snapshot_pk = check_snapshot_pk(snapshot_pk)
        query = SNAPSHOT_QUERY if with_data else SNAPSHOT_INFO_QUERY
        node = self.graphql.execute(query, {"id": snapshot_node_id(snapshot_pk)}).get("snapshot")
        if not node:
            raise SnapshotNotFound(
                _snapshot_not_found(snapshot_pk), detail=f"snapshot(id: SnapshotNode:{snapshot_pk}) is null"
            )
        data = node.get("data") if with_data else None
        return Snapshot(
            snapshot_pk=node["pk"],
            snapshot_node_id=node["id"],
            title=node.get("title") or "",
            topic=node.get("topic") or "",
            bfs_number=_bfs_of(node.get("municipality")),
            data_file_url=node.get("datafile") or "",
            data=data,
        )

    # -- changes ---------------------------------------------------------------------------------

    def create_snapshot(self, fields: SnapshotFields, workspace: WorkspaceReference) -> SnapshotRecord:
        """Create an (empty) snapshot record in a workspace; upload its file with ``upload``."""
        # Never send clientMutationId on create: the server would treat it as an update.
        mutation_input = {**fields.as_mutation_input(), "wshash": workspace_node_id(workspace.workspace_id)}
        return self._save_snapshot(mutation_input, fields, STEP_CREATE, workspace_id=workspace.workspace_id)

    def update_snapshot(self, snapshot_pk: str, fields: SnapshotFields) -> SnapshotRecord:
        """Change title, topic and municipality of an existing snapshot (all three are required)."""
        mutation_input = {**fields.as_mutation_input(), "clientMutationId": snapshot_node_id(snapshot_pk)}
        return self._save_snapshot(mutation_input, fields, STEP_UPDATE, snapshot_pk=snapshot_pk)

    def _save_snapshot(
        self,
        mutation_input: dict[str, str],
        fields: SnapshotFields,
        step: str,
        workspace_id: Optional[str] = None,
        snapshot_pk: Optional[str] = None,
    ) -> SnapshotRecord:
        try:
            answer = self.graphql.execute(SNAPSHOT_MUTATION, {"data": mutation_input}, step=step)
        except NotFound as error:
            # The server's texts name no value ("Municipality matching query does not exist."); say which.
            if isinstance(error, MunicipalityNotFound):
                error.message = Message(messages.NO_MUNICIPALITY_WITH_BFS_NUMBER, number=fields.bfs_number)
            elif isinstance(error, WorkspaceNotFound) and workspace_id:
                error.message = _workspace_not_found(workspace_id)
            elif isinstance(error, SnapshotNotFound) and snapshot_pk:
                error.message = _snapshot_not_found(snapshot_pk)
            raise
        node = (answer.get("snapshotmutation") or {}).get("snapshot")
        # Without a valid session the server answers "snapshot": null and no error.
        if not node:
            raise SessionExpired(
                Message(messages.NOT_LOGGED_IN),
                detail="snapshotmutation returned snapshot: null",
            )
        municipality = node.get("municipality") or {}
        log.info("Saved snapshot %s (%s)", node["pk"], node.get("title"))
        return SnapshotRecord(
            snapshot_pk=node["pk"],
            snapshot_node_id=node["id"],
            title=node.get("title") or "",
            topic=node.get("topic") or "",
            bfs_number=_bfs_of(municipality),
            municipality_name=municipality.get("name") or "",
        )

    def upload(
        self, snapshot_pk: str, path: Union[str, os.PathLike], progress: Optional[ProgressCallback] = None
    ) -> str:
        """Upload a snapshot file, streamed, with ``progress(bytes_sent, total)``; returns the stored URL."""
        return upload_snapshot_file(self.session, snapshot_pk, path, progress=progress)


def _workspace_not_found(workspace_id: str) -> str:
    return Message(messages.WORKSPACE_NOT_ON_SERVER, workspace=workspace_id)


def _snapshot_not_found(snapshot_pk: str) -> str:
    return Message(messages.SNAPSHOT_NOT_ON_SERVER, pk=snapshot_pk)


def _bfs_of(municipality: Optional[dict]) -> Optional[int]:
    value = (municipality or {}).get("bfsNumber")
    return int(value) if value is not None else None
