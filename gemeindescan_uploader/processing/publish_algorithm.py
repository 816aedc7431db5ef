"""``gemeindescan:publishsnapshot``: a snapshot file (or layers, exported on the way) to a workspace."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .. import qgis_compat
from ..credentials import PASSWORD_VARIABLE, USERNAME_VARIABLE, Credentials, resolve_credentials
from ..errors import GemeindescanError
from ..messages import QT_TRANSLATE_NOOP
from ..qgis_log import logging_to_feedback
from ..snapshot_format import DEFAULT_PRECISION, MAX_PRECISION, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ..translation import Gemeindescan
from .base import GemeindescanAlgorithm, search_words
from .errors import processing_error

HELP = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    """\
Publishes a snapshot on a Gemeindescan server: creates it in a workspace (or updates an existing \
one) and uploads the snapshot file. The file is checked first; a file the platform could not show is \
refused before anything is sent.

Snapshot file: a file made by "Export snapshot". Or leave it empty and choose Layers (and a \
Map extent): they are exported first, with the usual options, and the file is kept \
(Snapshot file to keep, a temporary file if not set).
Server: the address of the Gemeindescan server, as in the browser (https://…).
Login: a QGIS authentication configuration of type Basic (username and password), chosen by its \
id, so that no password is written into Processing's history or a model. Left empty, the login comes \
from the environment variables {username_variable} and {password_variable} (for automation). Without the \
desktop, QGIS reads its master password from the file named by QGIS_AUTH_PASSWORD_FILE.
Workspace: the workspace id (like ACC01) or a link to it.
BfS number: the municipality's number from the Swiss Federal Statistical Office (e.g. 261 for Zürich).
Title (at most {max_title} characters) and topic (at most {max_topic}).
Snapshot to update: the 6-character id (pk) of a snapshot to replace; empty creates a new one.

Outputs the snapshot's id (pk), its link, its link in the workspace, the address of the stored file and \
the published snapshot file.""",
)


class PublishSnapshotAlgorithm(GemeindescanAlgorithm):
    """Publish a snapshot file, or layers exported on the way, to a Gemeindescan workspace."""

    INPUT = "INPUT"
    LAYERS = "LAYERS"
    EXTENT = "EXTENT"
    SERVER = "SERVER"
    AUTHCFG = "AUTHCFG"
    WORKSPACE = "WORKSPACE"
    BFS_NUMBER = "BFS_NUMBER"
    TITLE = "TITLE"
    TOPIC = "TOPIC"
    SNAPSHOT = "SNAPSHOT"
    DESCRIPTION = "DESCRIPTION"
    KEYWORDS = "KEYWORDS"
    CROP = "CROP"
    CLIP = "CLIP"
    PRECISION = "PRECISION"
    FRONTEND = "FRONTEND"
    OUTPUT = "OUTPUT"
    SNAPSHOT_PK = "SNAPSHOT_PK"
    SNAPSHOT_URL = "SNAPSHOT_URL"
    WORKSPACE_URL = "WORKSPACE_URL"
    DATA_FILE_URL = "DATA_FILE_URL"

    def __init__(self) -> None:
        super().__init__()
        self._credentials: Credentials | None = None
        self._prepared = None
        self._client_factory = None

    def name(self) -> str:
        """Id within the provider."""
        return "publishsnapshot"

    def displayName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name in the toolbox."""
        return Gemeindescan.tr("Publish snapshot")

    def tags(self) -> list[str]:
        """Search words for the toolbox."""
        english = ["gemeindescan", "snapshot", "publish", "upload", "workspace", "municipality", "bfs"]
        return english + search_words(Gemeindescan.tr("snapshot, publish, upload, workspace, municipality"))

    def shortHelpString(self) -> str:  # noqa: N802 (QGIS API name)
        """Help shown beside the dialog."""
        return Gemeindescan.tr(HELP).format(
            username_variable=USERNAME_VARIABLE,
            password_variable=PASSWORD_VARIABLE,
            max_title=MAX_TITLE_LENGTH,
            max_topic=MAX_TOPIC_LENGTH,
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 (QGIS API name)
        """Declare the parameters and outputs."""
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT, Gemeindescan.tr("Snapshot file"), qgis_compat.FILE, "json", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.LAYERS,
                Gemeindescan.tr("Layers (exported first when no snapshot file is given)"),
                qgis_compat.ANY_MAP_LAYER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterExtent(self.EXTENT, Gemeindescan.tr("Map extent"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.SERVER, Gemeindescan.tr("Server")))
        self.addParameter(
            QgsProcessingParameterAuthConfig(
                self.AUTHCFG, Gemeindescan.tr("Login (authentication configuration)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterString(self.WORKSPACE, Gemeindescan.tr("Workspace")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.BFS_NUMBER,
                Gemeindescan.tr("BfS number of the municipality"),
                qgis_compat.INTEGER,
                minValue=1,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, Gemeindescan.tr("Title")))
        self.addParameter(QgsProcessingParameterString(self.TOPIC, Gemeindescan.tr("Topic")))
        self.addParameter(
            QgsProcessingParameterString(
                self.SNAPSHOT, Gemeindescan.tr("Snapshot to update (pk)"), optional=True
            )
        )
        self._add_advanced_parameters()
        self.addOutput(QgsProcessingOutputString(self.SNAPSHOT_PK, Gemeindescan.tr("Snapshot id (pk)")))
        self.addOutput(QgsProcessingOutputString(self.SNAPSHOT_URL, Gemeindescan.tr("Snapshot link")))
        self.addOutput(
            QgsProcessingOutputString(self.WORKSPACE_URL, Gemeindescan.tr("Snapshot link in the workspace"))
        )
        self.addOutput(QgsProcessingOutputString(self.DATA_FILE_URL, Gemeindescan.tr("Stored file address")))

    def _add_advanced_parameters(self) -> None:
        """Export options (used only when exporting on the way), the exported file and the frontend."""
        advanced = [
            QgsProcessingParameterString(
                self.DESCRIPTION,
                Gemeindescan.tr("Description (when exporting)"),
                multiLine=True,
                optional=True,
            ),
            QgsProcessingParameterString(
                self.KEYWORDS, Gemeindescan.tr("Keywords, comma-separated (when exporting)"), optional=True
            ),
            QgsProcessingParameterBoolean(
                self.CROP, Gemeindescan.tr("Crop to the extent (when exporting)"), defaultValue=True
            ),
            QgsProcessingParameterBoolean(
                self.CLIP,
                Gemeindescan.tr("Clip geometries at the extent (when exporting)"),
                defaultValue=False,
            ),
            QgsProcessingParameterNumber(
                self.PRECISION,
                Gemeindescan.tr("Coordinate precision (when exporting)"),
                qgis_compat.INTEGER,
                defaultValue=DEFAULT_PRECISION,
                minValue=0,
                maxValue=MAX_PRECISION,
            ),
            QgsProcessingParameterString(
                self.FRONTEND, Gemeindescan.tr("Website for the links (default: the server)"), optional=True
            ),
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                Gemeindescan.tr("Snapshot file to keep (when exporting)"),
                Gemeindescan.tr("Snapshot JSON (*.json)"),
                optional=True,
                createByDefault=False,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | qgis_compat.ADVANCED)
            self.addParameter(parameter)

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802 (QGIS API name)
        """On the main thread: read the login (QGIS may ask for the master password) and, when layers are
        to be exported, copy what the export reads from them (sources, styles, legend)."""
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        try:
            self._credentials = resolve_credentials(authcfg)
            # QGIS's proxy and certificates, read here: processAlgorithm may run in a worker thread.
            from ..tasks import client_with_qgis_settings

            server = self.parameterAsString(parameters, self.SERVER, context).strip()
            self._client_factory = client_with_qgis_settings(server) if server else None
            layers = self.parameterAsLayerList(parameters, self.LAYERS, context)
            if layers and not self.parameterAsFile(parameters, self.INPUT, context):
                # Never over the project or a layer's data: the analyst's work would be gone.
                output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
                if output:
                    from ..output_paths import check_output_path

                    check_output_path(output, context.project(), layers)
                self._prepared = self._prepare_export(parameters, context, layers)
        except GemeindescanError as error:
            raise processing_error(error, feedback) from error
        return True

    def _prepare_export(self, parameters, context, layers):
        """The export of ``layers`` with the export parameters, prepared from the live layers."""
        from ..export.prepare import prepare_export
        from .inputs import export_context_for, export_options, snapshot_metadata

        extent = self.parameterAsExtent(parameters, self.EXTENT, context)
        extent_crs = self.parameterAsExtentCrs(parameters, self.EXTENT, context)
        metadata = snapshot_metadata(
            self.parameterAsString(parameters, self.TITLE, context),
            self.parameterAsString(parameters, self.DESCRIPTION, context),
            self.parameterAsString(parameters, self.KEYWORDS, context),
            topic=self.parameterAsString(parameters, self.TOPIC, context),
            bfs_number=self.parameterAsInt(parameters, self.BFS_NUMBER, context),
        )
        options = export_options(
            self.parameterAsBoolean(parameters, self.CROP, context),
            self.parameterAsBoolean(parameters, self.CLIP, context),
            self.parameterAsInt(parameters, self.PRECISION, context),
        )
        export_context = export_context_for(layers, extent, extent_crs, context)
        return prepare_export(layers, export_context, metadata, options)

    def processAlgorithm(self, parameters, context, feedback) -> dict:  # noqa: N802 (QGIS API name)
        """Publish the file, or write the prepared export and publish it (maybe in a worker thread)."""
        # Imported here: registering the provider at QGIS start-up should not load exporter and client.
        from ..pipeline import PublishTarget, publish_file, publish_prepared

        target = PublishTarget(
            server_url=self.parameterAsString(parameters, self.SERVER, context).strip(),
            workspace=self.parameterAsString(parameters, self.WORKSPACE, context).strip(),
            bfs_number=self.parameterAsInt(parameters, self.BFS_NUMBER, context),
            title=self.parameterAsString(parameters, self.TITLE, context),
            topic=self.parameterAsString(parameters, self.TOPIC, context),
            snapshot_pk=self.parameterAsString(parameters, self.SNAPSHOT, context).strip() or None,
            frontend_url=self.parameterAsString(parameters, self.FRONTEND, context).strip() or None,
        )
        if not target.server_url:
            raise QgsProcessingException(Gemeindescan.tr("Give the address of the Gemeindescan server."))
        path = self.parameterAsFile(parameters, self.INPUT, context)
        # The layers were read in prepareAlgorithm; here only whether any were given.
        has_layers = bool(parameters.get(self.LAYERS))
        prepared, self._prepared = self._prepared, None  # sources and renderers go with this run
        if path and has_layers:
            raise QgsProcessingException(
                Gemeindescan.tr("Give either a snapshot file or layers to export, not both.")
            )
        if not path and prepared is None:
            raise QgsProcessingException(
                Gemeindescan.tr("Give a snapshot file, or layers to export and publish.")
            )
        try:
            with logging_to_feedback(feedback):
                if path:
                    result = publish_file(path, target, self._credentials, feedback, self._client_factory)
                else:
                    path = self._exported_file_path(parameters, context)
                    result = publish_prepared(
                        prepared, path, target, self._credentials, feedback, self._client_factory
                    ).publish_result
        except GemeindescanError as error:
            raise processing_error(error, feedback) from error
        feedback.pushInfo(Gemeindescan.tr("Snapshot link: {url}").format(url=result.snapshot_url))
        return {
            self.SNAPSHOT_PK: result.snapshot_pk,
            self.SNAPSHOT_URL: result.snapshot_url,
            self.WORKSPACE_URL: result.workspace_url,
            self.DATA_FILE_URL: result.data_file_url,
            # The published file: the one given, or where the export was kept.
            self.OUTPUT: path,
        }

    def _exported_file_path(self, parameters, context) -> str:
        """Where the export is kept: the OUTPUT parameter, or a temporary file."""
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        return path or QgsProcessingUtils.generateTempFilename("snapshot.json")
