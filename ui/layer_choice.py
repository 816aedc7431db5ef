"""Which of the project's layers the panel offers, which it checks by default, and why some are disabled."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsMapLayer, QgsProject

from ..gemeindescan_uploader.errors import UnsupportedLayer
from ..gemeindescan_uploader.export.layers import mediatype_for

#: The folder beside the project file that keeps the exported snapshots.
OUTPUT_FOLDER_NAME = "gemeindescan"


@dataclass(frozen=True)
class LayerChoice:
    """One layer of the layer tree as the panel lists it."""

    layer_id: str
    name: str
    visible: bool
    #: Why a snapshot cannot carry the layer; empty when it can.
    reason: str = ""

    @property
    def supported(self) -> bool:
        """Whether the layer can be published."""
        return not self.reason


def layer_choices(project: QgsProject) -> list[LayerChoice]:
    """The project's layers in layer-tree order (top first), each with whether it can be published."""
    choices = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None:
            continue
        choices.append(LayerChoice(layer.id(), layer.name(), node.isVisible(), unsupported_reason(layer)))
    return choices


def unsupported_reason(layer: QgsMapLayer) -> str:
    """Why a snapshot cannot carry ``layer`` (the exporter's own words), or empty when it can."""
    try:
        mediatype_for(layer)
    except UnsupportedLayer as error:
        return error.message
    return ""


def default_checked(choices: list[LayerChoice]) -> list[str]:
    """The layers checked in a new map: the visible ones a snapshot can carry."""
    return [choice.layer_id for choice in choices if choice.visible and choice.supported]


def checked_ids(choices: list[LayerChoice], saved: Optional[list[str]]) -> list[str]:
    """The checked layers: the saved ones that still exist and can be published, or the default."""
    if saved is None:
        return default_checked(choices)
    usable = {choice.layer_id for choice in choices if choice.supported}
    return [choice.layer_id for choice in choices if choice.layer_id in saved and choice.layer_id in usable]


def default_output_folder(project: QgsProject) -> Path:
    """``gemeindescan/`` beside the project file; in the QGIS profile for a project not saved yet."""
    project_file = project.fileName()
    if project_file:
        return Path(project_file).resolve().parent / OUTPUT_FOLDER_NAME
    return Path(QgsApplication.qgisSettingsDirPath()) / OUTPUT_FOLDER_NAME / "snapshots"
