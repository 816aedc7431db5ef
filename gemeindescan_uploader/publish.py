"""One publish: create (or update) the snapshot record, then upload its file to it."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar, Union

from .client import GemeindescanClient, WorkspaceReference, check_bfs_number, check_title_and_topic
from .client.ids import check_snapshot_pk
from .client.upload import ProgressCallback
from .errors import Cancelled, GemeindescanError, SessionExpired
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
        return {"pk": self.snapshot_pk, "id": self.snapshot_node_id, "url": self.snapshot_url,
                "workspace_url": self.workspace_url, "data_file": self.data_file_url}


def read_snapshot_file(path: Union[str, os.PathLike]) -> dict[str, Any]:
    """The snapshot in a file, parsed (small files only); InvalidSnapshot if it is not a snapshot."""
    check_snapshot_file(path)
    return json.loads(Path(path).read_bytes())


def check_publish_inputs(client: GemeindescanClient, title: str, topic: str, bfs_number: Union[int, str],
                         workspace: Union[str, WorkspaceReference],
                         snapshot_pk: Optional[str] = None) -> None:
    """Refuse (InvalidInput) what the server would refuse, before a login, an export or a password prompt."""
    client.parse_workspace(workspace)
    check_title_and_topic(title, topic)
    check_bfs_number(bfs_number)
    if snapshot_pk:
        check_snapshot_pk(snapshot_pk)


def publish(client: GemeindescanClient, file: Union[str, os.PathLike], title: str, topic: str,
            bfs_number: Union[int, str], workspace: Union[str, WorkspaceReference],
            snapshot_pk: Optional[str] = None, progress: Optional[ProgressCallback] = None,
            check_file: bool = True) -> PublishResult:
    """Create the snapshot (or update ``snapshot_pk``) in a workspace and upload the file to it.

    The file is checked first (``check_file``), so a broken file never leaves an empty record.
    If the server has forgotten the session, the client logs in again once, when it knows how.
    """
    if check_file:
        check_snapshot_file(file)  # streamed: a large file is never held in memory
    reference = client.parse_workspace(workspace)
    retry = _SessionRetry(client)
    if snapshot_pk:
        record = retry.run(lambda: client.update_snapshot(snapshot_pk, title, topic, bfs_number))
    else:
        record = retry.run(lambda: client.create_snapshot(title, topic, bfs_number, reference))
    try:
        data_file_url = retry.run(lambda: client.upload(record.snapshot_pk, file, progress=progress))
    except GemeindescanError as error:
        _name_the_record(error, record.snapshot_pk, created=not snapshot_pk)
        raise
    except KeyboardInterrupt as interrupt:
        # Ctrl+C on the command line during a long upload leaves the record without its file too.
        cancelled = Cancelled("Publishing was cancelled during the upload.")
        _name_the_record(cancelled, record.snapshot_pk, created=not snapshot_pk)
        raise cancelled from interrupt
    log.info("Published snapshot %s to workspace %s", record.snapshot_pk, reference.workspace_id)
    return PublishResult(
        snapshot_pk=record.snapshot_pk,
        snapshot_node_id=record.snapshot_node_id,
        snapshot_url=client.snapshot_url(record.snapshot_pk),
        workspace_url=client.workspace_url(reference.workspace_id, record.snapshot_pk),
        data_file_url=data_file_url,
    )


def _name_the_record(error: GemeindescanError, snapshot_pk: str, created: bool) -> None:
    """Make ``error`` name the snapshot record that exists now: a retry must update it, not duplicate it."""
    error.snapshot_pk = snapshot_pk
    if created:
        error.message += (f" The snapshot {snapshot_pk} was created without its file;"
                          f" publishing again to snapshot {snapshot_pk} completes it.")


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
