"""One publish: create (or update) the snapshot record, then upload its file to it.

Nothing is duplicated: a record an earlier publish left without its file is completed instead of
creating a second one, and when the answer to a create is lost the record is looked up.
Nothing is overwritten by mistake: an update names its workspace, and a snapshot outside it is refused.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar, Union

from . import messages
from .client import GemeindescanClient, SnapshotFields, Workspace, WorkspaceReference
from .client.ids import check_snapshot_pk, parse_workspace_reference, snapshot_node_id
from .client.upload import ProgressCallback
from .errors import (
    Cancelled,
    GemeindescanError,
    NetworkError,
    ServerError,
    SessionExpired,
    SnapshotElsewhere,
)
from .messages import Message
from .validation import check_snapshot_file

log = logging.getLogger("gemeindescan")

T = TypeVar("T")


@dataclass(frozen=True)
class PublishResult:
    """Where a published snapshot lives."""

    snapshot_pk: str
    snapshot_node_id: str
    snapshot_url: str
    workspace_url: str
    data_file_url: str

    def as_dict(self) -> dict[str, str]:
        """The result as the command line prints it."""
        return {
            "pk": self.snapshot_pk,
            "id": self.snapshot_node_id,
            "url": self.snapshot_url,
            "workspace_url": self.workspace_url,
            "data_file": self.data_file_url,
        }


@dataclass(frozen=True)
class SnapshotTarget:
    """Where and as what a snapshot is published, checked once at the edge (build it with ``parse``)."""

    workspace: WorkspaceReference
    fields: SnapshotFields
    #: Update this snapshot instead of creating a new one.
    snapshot_pk: Optional[str] = None

    @classmethod
    def parse(
        cls,
        title: str,
        topic: str,
        bfs_number: Union[int, str],
        workspace: Union[str, WorkspaceReference],
        snapshot_pk: Optional[str] = None,
        frontend_url: Optional[str] = None,
    ) -> SnapshotTarget:
        """The target from what the analyst typed; InvalidInput for anything the server would refuse."""
        if not isinstance(workspace, WorkspaceReference):
            workspace = parse_workspace_reference(workspace, frontend_url=frontend_url)
        fields = SnapshotFields.parse(title, topic, bfs_number)
        pk = check_snapshot_pk(snapshot_pk) if snapshot_pk and str(snapshot_pk).strip() else None
        return cls(workspace, fields, pk)


def read_snapshot_file(path: Union[str, os.PathLike]) -> dict[str, Any]:
    """The snapshot in a file, parsed (small files only); InvalidSnapshot if it is not a snapshot."""
    check_snapshot_file(path)
    return json.loads(Path(path).read_bytes())


def check_publish_inputs(
    client: GemeindescanClient,
    title: str,
    topic: str,
    bfs_number: Union[int, str],
    workspace: Union[str, WorkspaceReference],
    snapshot_pk: Optional[str] = None,
) -> SnapshotTarget:
    """The checked target (InvalidInput for what the server would refuse), before any login or export."""
    return SnapshotTarget.parse(
        title, topic, bfs_number, workspace, snapshot_pk, frontend_url=client.frontend_url
    )


def publish(
    client: GemeindescanClient,
    file: Union[str, os.PathLike],
    target: SnapshotTarget,
    progress: Optional[ProgressCallback] = None,
    check_file: bool = True,
    allow_other_workspace: bool = False,
) -> PublishResult:
    """Create the snapshot (or update ``target.snapshot_pk``) in its workspace and upload the file to it.

    The file is checked first (``check_file``), so a broken file never leaves an empty record.
    An update of a snapshot that is not in the target's workspace raises SnapshotElsewhere unless
    ``allow_other_workspace`` (the panel asks first).
    If the server has forgotten the session, the client logs in again once, when it knows how.
    """
    if check_file:
        check_snapshot_file(file)  # streamed: a large file is never held in memory
    retry = _SessionRetry(client)
    workspace_id = target.workspace.workspace_id
    in_workspace = True
    if target.snapshot_pk:
        in_workspace = _check_update_target(client, target, allow_other_workspace)
        record_pk = retry.run(lambda: client.update_snapshot(target.snapshot_pk, target.fields)).snapshot_pk
        created = False
    else:
        record_pk, created = _create_or_complete(client, target, retry)
    try:
        data_file_url = retry.run(lambda: client.upload(record_pk, file, progress=progress))
    except GemeindescanError as error:
        _name_the_record(error, record_pk, created)
        raise
    except KeyboardInterrupt as interrupt:
        # Ctrl+C on the command line during a long upload leaves the record without its file too.
        cancelled = Cancelled(Message(messages.UPLOAD_CANCELLED))
        _name_the_record(cancelled, record_pk, created)
        raise cancelled from interrupt
    log.info("Published snapshot %s to workspace %s", record_pk, workspace_id)
    snapshot_url = client.snapshot_url(record_pk)
    return PublishResult(
        snapshot_pk=record_pk,
        snapshot_node_id=snapshot_node_id(record_pk),
        snapshot_url=snapshot_url,
        # A snapshot updated outside the workspace is not shown there: its own page is its place.
        workspace_url=client.workspace_url(workspace_id, record_pk) if in_workspace else snapshot_url,
        data_file_url=data_file_url,
    )


def _check_update_target(
    client: GemeindescanClient, target: SnapshotTarget, allow_other_workspace: bool
) -> bool:
    """Whether the snapshot to update is in the target's workspace; SnapshotElsewhere/NotFound when not."""
    pk, workspace_id = target.snapshot_pk, target.workspace.workspace_id
    workspace = client.workspace(target.workspace)
    if any(item.snapshot_pk == pk for item in workspace.snapshots):
        return True
    client.snapshot(pk, with_data=False)  # SnapshotNotFound if it does not exist at all
    if allow_other_workspace:
        log.info("Updating snapshot %s, which is not in workspace %s (confirmed)", pk, workspace_id)
        return False
    snapshot_url = client.snapshot_url(pk)
    home = _workspace_holding(client, client.suggested_workspace(), pk)
    if home and home != workspace_id:
        # The login named a workspace of the analyst's own that holds it: a wrong --workspace, not theft.
        where = Message(messages.ELSEWHERE_IN_YOURS, home=home, url=client.workspace_url(home, pk))
    else:
        # The platform neither checks nor tells who owns a snapshot; one outside the analyst's workspace
        # is most likely someone else's, and updating it would overwrite their title, topic and file.
        where = Message(messages.ELSEWHERE_SOMEONE_ELSES, url=snapshot_url)
    raise SnapshotElsewhere(
        Message(messages.SNAPSHOT_ELSEWHERE, pk=pk, workspace=workspace_id, where=where),
        snapshot_pk=pk,
        workspace_id=workspace_id,
        snapshot_url=snapshot_url,
        detail=f"{pk} not among the {len(workspace.snapshots)} snapshots of workspace {workspace_id}",
    )


def _workspace_holding(client: GemeindescanClient, reference: Optional[WorkspaceReference], pk: str) -> str:
    """The id of the workspace ``reference`` if it holds snapshot ``pk``, else ""."""
    if reference is None:
        return ""
    try:
        workspace = client.workspace(reference)
    except GemeindescanError:
        return ""
    return workspace.workspace_id if any(item.snapshot_pk == pk for item in workspace.snapshots) else ""


def _create_or_complete(
    client: GemeindescanClient, target: SnapshotTarget, retry: _SessionRetry
) -> tuple[str, bool]:
    """The pk of the record to upload to, and whether this publish created it.

    A record with the same title, topic and municipality but no file, in the same workspace, is what an
    earlier publish left when its upload failed: it is completed rather than duplicated.
    """
    before = client.workspace(target.workspace)
    leftover = _empty_record(before, target.fields)
    if leftover:
        log.info("Completing snapshot %s, left without its file by an earlier publish", leftover)
        return leftover, False
    try:
        return retry.run(lambda: client.create_snapshot(target.fields, target.workspace)).snapshot_pk, True
    except (NetworkError, ServerError) as error:
        if not _outcome_unknown(error):
            raise
        # The mutation may have run although its answer was lost (a gateway's 502/504, a timeout).
        found = _look_up_created(client, target, before)
        if found is None:
            error.creation_unknown = True
            raise
        if not found:
            raise  # the server did not create it: the error stands as it is
        log.info("The answer to the create was lost; the server had created snapshot %s", found)
        return found, True


def _outcome_unknown(error: GemeindescanError) -> bool:
    """Whether the failed create may have run on the server."""
    if isinstance(error, NetworkError):
        return error.request_sent
    return isinstance(error, ServerError) and (error.status or 0) >= 500


def _look_up_created(client: GemeindescanClient, target: SnapshotTarget, before: Workspace) -> Optional[str]:
    """The record the lost create made ("" if it made none), or None if the server cannot be asked either."""
    known = {item.snapshot_pk for item in before.snapshots}
    try:
        after = client.workspace(target.workspace)
    except GemeindescanError as error:
        log.info("Looking for the snapshot of the lost create failed: %s", error.detail or error.message)
        return None
    new = [item for item in after.snapshots if item.snapshot_pk not in known]
    return (
        _empty_record(Workspace(after.workspace_id, after.title, after.description, new), target.fields) or ""
    )


def _empty_record(workspace: Workspace, fields: SnapshotFields) -> str:
    """The newest record in the workspace for ``fields`` without a file, or ""."""
    matches = [item.snapshot_pk for item in workspace.snapshots if item.is_empty_record_for(fields)]
    return matches[-1] if matches else ""


def _name_the_record(error: GemeindescanError, snapshot_pk: str, created: bool) -> None:
    """Make ``error`` carry the snapshot record that exists now: a retry completes it, not duplicates it."""
    error.snapshot_pk = snapshot_pk
    error.snapshot_created = created


class _SessionRetry:
    """Runs server steps; after the first SessionExpired it logs in again and repeats that step once.

    Sessions last 14 days; an analyst should not see an error because one ran out between publishes.
    """

    def __init__(self, client: GemeindescanClient) -> None:
        self.client = client
        self.relogged = False

    def run(self, step: Callable[[], T]) -> T:
        try:
            return step()
        except SessionExpired:
            if self.relogged or not self.client.can_relogin:
                raise
            self.relogged = True
            self.client.relogin()
            return step()
