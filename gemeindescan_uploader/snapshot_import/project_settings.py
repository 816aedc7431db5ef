"""Where Publish sends the map next: the opened snapshot's pk, workspace, municipality and server.

The one place the importer writes the panel's per-project settings (scope "Gemeindescan", text values),
so that publishing the opened map updates the same snapshot instead of creating another.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject

from .. import settings

SCOPE = "Gemeindescan"


def store_publish_target(
    project: QgsProject,
    snapshot_pk: str,
    workspace: Optional[str],
    bfs_number: Optional[int],
    server_url: Optional[str],
) -> None:
    """Remember the snapshot to update on Publish; values the snapshot does not tell are left as they are."""
    # Through the settings module, so that an open Gemeindescan panel shows the new target at once.
    settings.store_publish_target(project, snapshot_pk, workspace, bfs_number, server_url)


def read_publish_target(project: QgsProject) -> dict[str, str]:
    """The four settings as text ("" when not set)."""
    return {
        key: project.readEntry(SCOPE, key, "")[0]
        for key in ("snapshot_pk", "workspace", "bfs_number", "server_url")
    }
