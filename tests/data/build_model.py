"""Writes export_and_publish.model3: a Processing model that exports layers and publishes the file.

Run from the repository root when the algorithms' parameters change:
    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/build_model.py
The model is what an analyst would draw in the Graphical Modeler; the Processing tests run it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterExtent,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def model_input(model, parameter, x: float) -> None:
    """Add a model input with its parameter definition."""
    component = QgsProcessingModelParameter(parameter.name())
    component.setPosition(QPointF(x, 60))
    model.addModelParameter(parameter, component)


def from_input(name: str) -> list:
    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def build_model() -> QgsProcessingModelAlgorithm:
    """Export (LAYERS, EXTENT, TITLE) → publish (the exported file), with the file and the pk as outputs."""
    from gemeindescan_uploader.processing import compat

    model = QgsProcessingModelAlgorithm("Export and publish a snapshot", "Gemeindescan", "gemeindescan")
    model.setHelpContent(
        {
            "ALG_DESC": "Exports the layers to a snapshot file and publishes that file to a "
            "Gemeindescan workspace."
        }
    )
    inputs = [
        QgsProcessingParameterMultipleLayers("LAYERS", "Layers", compat.ANY_MAP_LAYER),
        QgsProcessingParameterExtent("EXTENT", "Map extent", optional=True),
        QgsProcessingParameterString("SERVER", "Server"),
        QgsProcessingParameterAuthConfig("AUTHCFG", "Login (authentication configuration)", optional=True),
        QgsProcessingParameterString("WORKSPACE", "Workspace"),
        QgsProcessingParameterNumber("BFS_NUMBER", "BfS number", compat.INTEGER, minValue=1),
        QgsProcessingParameterString("TITLE", "Title"),
        QgsProcessingParameterString("TOPIC", "Topic"),
    ]
    for index, parameter in enumerate(inputs):
        model_input(model, parameter, 120 + 160 * index)

    export = QgsProcessingModelChildAlgorithm("gemeindescan:exportsnapshot")
    export.setChildId("export")
    export.setDescription("Export snapshot")
    export.setPosition(QPointF(300, 220))
    for name in ("LAYERS", "EXTENT", "TITLE"):
        export.addParameterSources(name, from_input(name))
    file_output = QgsProcessingModelOutput("SNAPSHOT_FILE", "Snapshot file")
    file_output.setChildId("export")
    file_output.setChildOutputName("OUTPUT")
    export.setModelOutputs({"SNAPSHOT_FILE": file_output})
    model.addChildAlgorithm(export)

    publish = QgsProcessingModelChildAlgorithm("gemeindescan:publishsnapshot")
    publish.setChildId("publish")
    publish.setDescription("Publish snapshot")
    publish.setPosition(QPointF(600, 360))
    exported_file = QgsProcessingModelChildParameterSource.fromChildOutput("export", "OUTPUT")
    publish.addParameterSources("INPUT", [exported_file])
    for name in ("SERVER", "AUTHCFG", "WORKSPACE", "BFS_NUMBER", "TITLE", "TOPIC"):
        publish.addParameterSources(name, from_input(name))
    model.addChildAlgorithm(publish)
    return model


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    from gemeindescan_uploader.processing.provider import GemeindescanProvider

    QgsApplication.processingRegistry().addProvider(GemeindescanProvider())
    model = build_model()
    path = HERE / "export_and_publish.model3"
    assert model.toFile(str(path)), f"could not write {path}"
    print(f"wrote {path}")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
