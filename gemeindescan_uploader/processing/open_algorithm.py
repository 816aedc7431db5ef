"""``gemeindescan:opensnapshot``: a snapshot file or link to a GeoPackage of styled layers."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import qgis_compat as compat
from ..errors import GemeindescanError
from .base import GemeindescanAlgorithm
from .errors import processing_error


def tr(text: str) -> str:
    """Translate a text of this algorithm."""
    return QCoreApplication.translate("OpenSnapshotAlgorithm", text)


class OpenSnapshotAlgorithm(GemeindescanAlgorithm):
    """Turn a snapshot (a file, or one on the server by link or id) into styled GeoPackage layers."""

    INPUT = "INPUT"
    LINK = "LINK"
    SERVER = "SERVER"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"

    def name(self) -> str:
        """Id within the provider."""
        return "opensnapshot"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return tr("Open snapshot")

    def tags(self) -> list[str]:
        """Search words for the toolbox."""
        return ["gemeindescan", "snapshot", "open", "import", "geopackage", "style", "download"]

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog."""
        return tr(
            "Opens a Gemeindescan snapshot as QGIS layers: its vector layers are written into a GeoPackage, "
            "each with the snapshot's styles as categories (labelled from the snapshot's legend), stored as "
            "the layer's default style.\n\n"
            "Snapshot file: a snapshot JSON file. Or Snapshot link: the link of a snapshot on Gemeindescan "
            "(https://…/PK/ or https://…/WORKSPACE/PK/), or its id together with Server. No login is "
            "needed to read a snapshot.\n"
            "Server: the Gemeindescan server to ask (default: the link's own address).\n\n"
            "Outputs the GeoPackage and a one-line report (features and styles per layer, geometries "
            "repaired, style keys ignored). WMS layers and the background are listed in the report; the "
            'plugin\'s "Open snapshot…" action adds them to the project too.'
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters and outputs."""
        self.addParameter(
            QgsProcessingParameterFile(self.INPUT, tr("Snapshot file"), compat.FILE, "json", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(self.LINK, tr("Snapshot link (or id with Server)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.SERVER, tr("Server"), optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("GeoPackage"), tr("GeoPackage (*.gpkg)"))
        )
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))

    def processAlgorithm(self, parameters, context, feedback) -> dict:  # noqa: N802 (QGIS API name)
        """Read the snapshot, write the GeoPackage, and load its layers when the run is over."""
        # Imported here: registering the provider at QGIS start-up should not load the importer and client.
        from ..network import qgis_client
        from ..snapshot_format import VECTOR_TILES, WMS
        from ..snapshot_import.opening import prepare_snapshot
        from ..snapshot_import.reading import read_snapshot_json, snapshot_contents
        from ..snapshot_import.source import fetch_snapshot, parse_snapshot_link

        path = self.parameterAsFile(parameters, self.INPUT, context)
        link = self.parameterAsString(parameters, self.LINK, context).strip()
        server = self.parameterAsString(parameters, self.SERVER, context).strip() or None
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if path and link:
            raise QgsProcessingException(tr("Give either a snapshot file or a snapshot link, not both."))
        if not path and not link:
            raise QgsProcessingException(tr("Give a snapshot file or a snapshot link."))
        try:
            if path:
                data, where = read_snapshot_json(path), tr("The file")
            else:
                data, origin = fetch_snapshot(parse_snapshot_link(link, server), qgis_client)
                where = tr("The snapshot {pk}").format(pk=origin.snapshot_pk)
                feedback.pushInfo(
                    tr("Read snapshot {pk} from {server}").format(
                        pk=origin.snapshot_pk, server=origin.server_url
                    )
                )
            prepared = prepare_snapshot(snapshot_contents(data, where), output, feedback, connect_wms=False)
        except GemeindescanError as error:
            raise processing_error(error, feedback) from error
        for resource in prepared.contents.resources:
            if resource.get("mediatype") in (WMS, VECTOR_TILES):
                # This algorithm only writes the GeoPackage; the plugin's dialog adds these layers.
                prepared.report.notes.append(tr("{title}: {path}, not loaded by this algorithm").format(
                    title=resource.get("title") or resource.get("name"), path=resource.get("path")))
        report = prepared.report.summary()
        feedback.pushInfo(report)
        project = context.project()
        for layer in reversed(prepared.vector_layers):  # loaded in order; the last lands on top
            details = QgsProcessingContext.LayerDetails(layer.title, project, self.OUTPUT)
            context.addLayerToLoadOnCompletion(prepared.layer_uri(layer), details)
        return {self.OUTPUT: output, self.REPORT: report}
