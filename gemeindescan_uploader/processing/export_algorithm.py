"""``gemeindescan:exportsnapshot``: layers with their styling to a checked snapshot JSON file."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import qgis_compat
from ..errors import GemeindescanError
from ..messages import QT_TRANSLATE_NOOP
from ..qgis_log import logging_to_feedback
from ..snapshot_format import DEFAULT_PRECISION, MAX_PRECISION
from ..translation import Gemeindescan, localized
from .base import GemeindescanAlgorithm, search_words

HELP = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    """\
Exports the chosen layers, with the symbology QGIS draws them with, to a Gemeindescan snapshot \
(a Spatial Data Package JSON file), and checks that the platform can show the file.

Layers: the layers to show (polygons, lines, points); the report names any layer a snapshot cannot carry.
Map extent: the area of the snapshot; empty means all layers together. Styles are sized for the \
Gemeindescan viewer showing this extent.
Title, description, keywords: the snapshot's metadata (keywords separated by commas).
Crop: leave out features outside the extent. Clip: also cut features at the extent's edge.
Precision: decimal places of the WGS84 coordinates (6 ≈ 0.1 m).

Outputs the snapshot file and a one-line export report (features written and left out per layer). \
Publish the file with "Publish snapshot".""",
)


class ExportSnapshotAlgorithm(GemeindescanAlgorithm):
    """Export layers and their styling to a snapshot file."""

    LAYERS = "LAYERS"
    EXTENT = "EXTENT"
    TITLE = "TITLE"
    DESCRIPTION = "DESCRIPTION"
    KEYWORDS = "KEYWORDS"
    CROP = "CROP"
    CLIP = "CLIP"
    PRECISION = "PRECISION"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def name(self) -> str:
        """Id within the provider."""
        return "exportsnapshot"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return Gemeindescan.tr("Export snapshot")

    def tags(self) -> list[str]:
        """Search words for the toolbox."""
        # untranslated: search words
        english = ["gemeindescan", "snapshot", "export", "json", "geojson", "spatial data package", "style"]
        return english + search_words(Gemeindescan.tr("snapshot, export, style"))

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog."""
        return Gemeindescan.tr(HELP)

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters and outputs."""
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS, Gemeindescan.tr("Layers"), qgis_compat.ANY_MAP_LAYER
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(self.EXTENT, Gemeindescan.tr("Map extent"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, Gemeindescan.tr("Title"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                self.DESCRIPTION, Gemeindescan.tr("Description"), multiLine=True, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.KEYWORDS, Gemeindescan.tr("Keywords (comma-separated)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(self.CROP, Gemeindescan.tr("Crop to the extent"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CLIP, Gemeindescan.tr("Clip geometries at the extent"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PRECISION,
                Gemeindescan.tr("Coordinate precision (decimals)"),
                qgis_compat.INTEGER,
                defaultValue=DEFAULT_PRECISION,
                minValue=0,
                maxValue=MAX_PRECISION,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, Gemeindescan.tr("Snapshot file"), Gemeindescan.tr("Snapshot JSON (*.json)")
            )
        )
        self.addOutput(QgsProcessingOutputString(self.REPORT, Gemeindescan.tr("Export report")))

    def __init__(self) -> None:
        super().__init__()
        self._prepared = None

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802 (QGIS API name)
        """On the main thread: copy what the export reads from the layers (sources, styles, legend)."""
        # Imported here: registering the provider at QGIS start-up should not load the whole exporter.
        from ..export.prepare import prepare_export
        from ..output_paths import check_output_path
        from .errors import processing_error
        from .inputs import export_context_for, export_options, snapshot_metadata

        layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
        if not layers:
            raise QgsProcessingException(Gemeindescan.tr("Choose at least one layer to export."))
        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        export_context = export_context_for(layers, extent, extent_crs, context)
        metadata = snapshot_metadata(
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.DESCRIPTION, context),
            self.parameterAsString(parameters, self.KEYWORDS, context),
        )
        options = export_options(
            self.parameterAsBoolean(parameters, self.CROP, context),
            self.parameterAsBoolean(parameters, self.CLIP, context),
            self.parameterAsInt(parameters, self.PRECISION, context),
        )
        try:
            # Never over the project or a layer's data: the analyst's work would be gone.
            check_output_path(
                self.parameterAsFileOutput(parameters, self.OUTPUT, context), context.project(), layers
            )
            self._prepared = prepare_export(layers, export_context, metadata, options)
        except GemeindescanError as error:
            raise processing_error(error, feedback) from error
        return True

    def processAlgorithm(self, parameters, context, feedback) -> dict:  # noqa: N802 (QGIS API name)
        """Maybe in a worker thread: write and check the file from the prepared copies only."""
        from ..pipeline import write_checked
        from .errors import processing_error

        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        prepared, self._prepared = self._prepared, None  # sources and renderers go with this run
        try:
            with logging_to_feedback(feedback):
                report = write_checked(prepared, path, feedback)
        except GemeindescanError as error:
            raise processing_error(error, feedback) from error
        return {self.OUTPUT: path, self.REPORT: localized(report.summary())}
