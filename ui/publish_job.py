"""Everything a publish from the panel needs, read on the main thread and handed to a PublishTask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import QgsProject

from ..gemeindescan_uploader.credentials import Credentials
from ..gemeindescan_uploader.export.context import ExportContext
from ..gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
from ..gemeindescan_uploader.pipeline import PublishTarget
from ..gemeindescan_uploader.tasks import PublishTask
from .rules import PanelState, update_target


def publish_task(
    project: QgsProject, canvas: Any, state: PanelState, credentials: Credentials, path: Path
) -> PublishTask:
    """The PublishTask writing ``path`` from the checked layers in the canvas's view, as ``state`` says.

    Call it on the main thread: it reads the layers, the view and the project.
    """
    settings = state.settings
    layers = [project.mapLayer(layer_id) for layer_id in state.checked_layer_ids]
    context = ExportContext.for_extent(
        canvas.extent(),
        canvas.mapSettings().destinationCrs(),
        scale=canvas.scale(),
        transform_context=project.transformContext(),
    )
    metadata = SnapshotMetadata(
        title=settings.title.strip(),
        description=settings.description,
        keywords=list(settings.keywords),
        topic=settings.topic.strip(),
        bfs_number=settings.bfs_number,
    )
    # Layers that cannot be published are not offered; one that broke since is listed in the report.
    options = ExportOptions(
        crop=settings.crop or settings.clip,
        clip=settings.clip,
        background=settings.background or None,
        skip_unsupported=True,
    )
    target = PublishTarget(
        server_url=settings.server_url.strip(),
        workspace=settings.workspace,
        bfs_number=settings.bfs_number,
        title=settings.title.strip(),
        topic=settings.topic.strip(),
        snapshot_pk=update_target(state),
    )
    return PublishTask(
        [layer for layer in layers if layer is not None],
        context,
        metadata,
        options,
        path,
        target,
        credentials,
    )
