"""The "Open snapshot…" dialog: a snapshot file or link in, its layers styled in the current project."""

from __future__ import annotations

import os
import tempfile
import traceback
from pathlib import Path
from typing import Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeedback,
    QgsMessageLog,
    QgsProject,
    QgsTask,
)
from qgis.gui import QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..gemeindescan_uploader.client import GemeindescanClient
from ..gemeindescan_uploader.errors import GemeindescanError
from ..gemeindescan_uploader.export.names import slugify
from ..gemeindescan_uploader.network import qgis_client_factory
from ..gemeindescan_uploader.snapshot_import.opening import PreparedSnapshot, add_to_project, prepare_snapshot
from ..gemeindescan_uploader.snapshot_import.reading import SnapshotContents, snapshot_contents
from ..gemeindescan_uploader.snapshot_import.source import (
    SnapshotOrigin,
    load_snapshot_data,
    looks_like_file,
    parse_snapshot_link,
)

FORM_CLASS, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "open_snapshot.ui"))
LOG_TAG = "Gemeindescan"


def tr(text: str) -> str:
    """Translate a text of this dialog."""
    return QCoreApplication.translate("OpenSnapshotDialog", text)


def geopackage_beside_project(project_folder: str, contents: SnapshotContents) -> str:
    """A GeoPackage in the project's folder named after the snapshot, never one that exists already."""
    base = slugify(str(contents.data.get("name") or contents.title), "snapshot")
    folder = Path(project_folder)
    path, number = folder / f"{base}.gpkg", 2
    while path.exists():
        path, number = folder / f"{base}-{number}.gpkg", number + 1
    return str(path)


def temporary_geopackage(contents: SnapshotContents) -> str:
    """A GeoPackage in a new temporary folder, named after the snapshot."""
    folder = tempfile.mkdtemp(prefix="gemeindescan-")
    return os.path.join(
        folder, f"{slugify(str(contents.data.get('name') or contents.title), 'snapshot')}.gpkg"
    )


def _client_factory(source: str, server_url: Optional[str]) -> Callable[[str], GemeindescanClient]:
    """Clients through QGIS's proxy, trusting what QGIS trusts, for the link's server (read on the main
    thread, see ``qgis_client_factory``); a file needs none."""
    if looks_like_file(source):
        return GemeindescanClient
    return qgis_client_factory(parse_snapshot_link(source, server_url).server_url)


class OpenSnapshotTask(QgsTask):
    """Reads (or downloads) the snapshot and writes its GeoPackage away from the main thread."""

    def __init__(
        self,
        source: str,
        server_url: Optional[str],
        geopackage_for: Callable[[SnapshotContents], str],
        on_finished: Callable[[OpenSnapshotTask], None],
        client_factory: Callable[[str], GemeindescanClient] = GemeindescanClient,
    ) -> None:
        super().__init__(tr("Opening Gemeindescan snapshot"), QgsTask.Flag.CanCancel)
        self.source, self.server_url = source, server_url
        self.geopackage_for, self.on_finished = geopackage_for, on_finished
        self.client_factory = client_factory
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self.prepared: Optional[PreparedSnapshot] = None
        self.origin: Optional[SnapshotOrigin] = None
        self.error: Optional[GemeindescanError] = None

    def run(self) -> bool:
        """Read, check and write; errors are kept for ``finished``, which runs on the main thread."""
        try:
            data, self.origin = load_snapshot_data(self.source, self.server_url, self.client_factory)
            where = (
                tr("The snapshot {pk}").format(pk=self.origin.snapshot_pk) if self.origin else tr("The file")
            )
            contents = snapshot_contents(data, where)
            self.prepared = prepare_snapshot(contents, self.geopackage_for(contents), self.feedback)
            return True
        except GemeindescanError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - the analyst gets a sentence, the log the traceback
            QgsMessageLog.logMessage(traceback.format_exc(), LOG_TAG, Qgis.MessageLevel.Critical)
            self.error = GemeindescanError(
                tr(
                    "The snapshot could not be opened because of an unexpected "
                    "error; the details are in the log (Gemeindescan)."
                ),
                str(error),
            )
        return False

    def cancel(self) -> None:
        """Stop at the next batch of features."""
        self.feedback.cancel()
        super().cancel()

    def finished(self, result: bool) -> None:  # noqa: ARG002 - the outcome is in prepared/error
        """Hand the outcome to the dialog (main thread)."""
        self.on_finished(self)


class OpenSnapshotDialog(QDialog, FORM_CLASS):
    """Choose a snapshot and where its data is kept; open it into the current project."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.iface = iface
        self.task: Optional[OpenSnapshotTask] = None
        self.last_opened = None
        self.snapshotFileWidget.setFilter(tr("Snapshot (*.json);;All files (*)"))
        self.snapshotFileWidget.setDialogTitle(tr("Choose a snapshot file"))
        self.geopackageFileWidget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.geopackageFileWidget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.buttonBox.button(QDialogButtonBox.StandardButton.Open).setText(tr("Open"))
        self.buttonBox.accepted.connect(self.start)
        self.buttonBox.rejected.connect(self.reject)
        self.progressBar.setVisible(False)
        for radio in (
            self.fromFileRadio,
            self.fromLinkRadio,
            self.chosenFileRadio,
            self.besideProjectRadio,
            self.temporaryRadio,
        ):
            radio.toggled.connect(self.update_enabled)
        self.refresh_project_folder()

    def refresh_project_folder(self) -> None:
        """Offer "beside the project" only for a saved project."""
        folder = QgsProject.instance().absolutePath()
        self.besideProjectRadio.setEnabled(bool(folder))
        self.besideProjectRadio.setToolTip(folder or tr("Save the project first to keep the data beside it."))
        if not folder and self.besideProjectRadio.isChecked():
            self.temporaryRadio.setChecked(True)
        self.update_enabled()

    def update_enabled(self) -> None:
        """Enable the inputs the chosen options need."""
        from_file = self.fromFileRadio.isChecked()
        self.snapshotFileWidget.setEnabled(from_file)
        self.linkEdit.setEnabled(not from_file)
        self.serverEdit.setEnabled(not from_file)
        self.geopackageFileWidget.setEnabled(self.chosenFileRadio.isChecked())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        """The project may have been saved since the dialog was last shown."""
        self.refresh_project_folder()
        super().showEvent(event)

    def _source(self) -> Optional[str]:
        if self.fromFileRadio.isChecked():
            path = self.snapshotFileWidget.filePath().strip()
            if not path:
                self.messageBar.pushWarning("", tr("Choose a snapshot file."))
                return None
            if not os.path.isfile(path):
                self.messageBar.pushWarning("", tr("There is no file {path}.").format(path=path))
                return None
            return path
        link = self.linkEdit.text().strip()
        if not link:
            self.messageBar.pushWarning("", tr("Paste the snapshot's link, or give its id and the server."))
            return None
        return link

    def _geopackage_chooser(self) -> Optional[Callable[[SnapshotContents], str]]:
        if self.chosenFileRadio.isChecked():
            path = self.geopackageFileWidget.filePath().strip()
            if not path:
                self.messageBar.pushWarning("", tr("Choose the GeoPackage file to write."))
                return None
            if not path.lower().endswith(".gpkg"):
                path += ".gpkg"
            return lambda contents: path
        if self.besideProjectRadio.isChecked() and QgsProject.instance().absolutePath():
            folder = QgsProject.instance().absolutePath()
            return lambda contents: geopackage_beside_project(folder, contents)
        return temporary_geopackage

    def start(self) -> None:
        """Read the inputs on the main thread and start the task."""
        if self.task is not None:
            return
        self.messageBar.clearWidgets()
        source = self._source()
        chooser = self._geopackage_chooser() if source else None
        if not source or chooser is None:
            return
        server = self.serverEdit.text().strip() if self.fromLinkRadio.isChecked() else ""
        try:
            client_factory = _client_factory(source, server or None)
        except GemeindescanError as error:
            self.messageBar.pushWarning(tr("Not opened"), error.message)
            return
        self.task = OpenSnapshotTask(source, server or None, chooser, self._finished, client_factory)
        self.task.progressChanged.connect(lambda value: self.progressBar.setValue(int(value)))
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Open).setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)

    def reject(self) -> None:
        """Cancel a running open, or close."""
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()

    def _finished(self, task: OpenSnapshotTask) -> None:
        self.task = None
        self.progressBar.setVisible(False)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Open).setEnabled(True)
        if task.prepared is None:
            error = task.error or GemeindescanError(tr("Opening the snapshot was cancelled."))
            if error.detail:
                QgsMessageLog.logMessage(error.detail, LOG_TAG, Qgis.MessageLevel.Info)
            self.messageBar.pushWarning(tr("Not opened"), error.message)
            return
        project = QgsProject.instance()
        opened = add_to_project(task.prepared, project, task.origin, self.tokenEdit.text().strip())
        self.last_opened = opened
        self._zoom_to(opened.extent)
        message = tr("Opened “{title}”: {summary}").format(
            title=opened.group.name(), summary=opened.report.summary()
        )
        if task.origin is not None:
            message += " " + tr("Publish now updates snapshot {pk}.").format(pk=task.origin.snapshot_pk)
        QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Info)
        if self.iface is not None and self.iface.messageBar() is not None:
            self.iface.messageBar().pushMessage(tr("Gemeindescan"), message, Qgis.MessageLevel.Success, 15)
        self.accept()

    def _zoom_to(self, extent) -> None:
        """Show the snapshot's bounds on the map canvas."""
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if extent is None or canvas is None:
            return
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        canvas_crs = canvas.mapSettings().destinationCrs()
        if not canvas_crs.isValid():  # an empty canvas takes the CRS of the first layer: the snapshot's
            canvas.setDestinationCrs(wgs84)
            canvas_crs = wgs84
        transform = QgsCoordinateTransform(wgs84, canvas_crs, QgsProject.instance())
        try:
            canvas.setExtent(transform.transformBoundingBox(extent))
        except QgsCsException:
            return
        canvas.refresh()
