"""The Gemeindescan dock panel: connects widgets to the panel state, the rules and the background tasks.

Layout in ``forms/panel.ui``; the rules (what is missing, what the button says) in ``rules.py``;
network calls in ``network_jobs.py``, run by ``BackgroundRunner``; the publish is a ``PublishTask``.
"""

from __future__ import annotations

import contextlib
import html
import os
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem, QMenu, QWidget

from ..gemeindescan_uploader.background import BackgroundRunner
from ..gemeindescan_uploader.client import Municipality, Workspace
from ..gemeindescan_uploader.client.ids import parse_workspace_reference
from ..gemeindescan_uploader.credentials import credentials_from_authcfg
from ..gemeindescan_uploader.errors import Cancelled, GemeindescanError
from ..gemeindescan_uploader.municipality_cache import cache_folder, load_cached, normalised_server
from ..gemeindescan_uploader.network import qgis_client_factory
from ..gemeindescan_uploader.pipeline import PipelineResult
from ..gemeindescan_uploader.settings import (
    DEFAULT_BACKGROUND,
    PublishRecord,
    load_project_settings,
    save_project_settings,
)
from ..gemeindescan_uploader.settings import SIGNALS as SETTINGS_SIGNALS
from ..gemeindescan_uploader.snapshot_format import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ..gemeindescan_uploader.tasks import PublishTask
from ..gemeindescan_uploader.translation import Gemeindescan, localized
from .layer_choice import checked_ids, default_output_folder, layer_choices
from .messages import push_problem, push_published
from .municipality_combo import MunicipalitySearch
from .municipality_search import municipality_at, municipality_label
from .network_jobs import LoginCheck, check_login, fetch_and_cache_municipalities, look_up_workspace
from .publish_job import publish_task
from .rules import (
    PanelState,
    can_publish,
    connection_problem,
    failure_message,
    keywords_from_text,
    keywords_text,
    length_counter,
    publish_button_label,
    publish_tooltip,
    snapshot_after_workspace_change,
    snapshot_file_path,
)

FORM, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "forms", "panel.ui"))

WGS84 = "EPSG:4326"
ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"
# Background choices in the drop-down, by position.
BACKGROUND_NONE, BACKGROUND_STANDARD, BACKGROUND_URL = range(3)
HISTORY_LINES = 3


class PanelWidget(QWidget, FORM):
    """The panel's widgets as laid out in Qt Designer."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setupUi(self)


class GemeindescanDock(QgsDockWidget):
    """Dock panel from which the analyst publishes the map view as a Gemeindescan snapshot."""

    def __init__(self, iface: Any, parent: Optional[QWidget] = None) -> None:
        super().__init__(Gemeindescan.tr("Gemeindescan"), parent)
        self.iface = iface
        self.project = QgsProject.instance()
        self.ui = PanelWidget(self)
        self.setWidget(self.ui)
        self.state = PanelState()
        self.runner = BackgroundRunner(self)
        self.municipalities: list[Municipality] = []
        self.municipality_server = ""
        self.municipality_fetch = None
        self.municipality_fetch_server = ""
        self.workspace_info: Optional[Workspace] = None
        self.publish_task: Optional[PublishTask] = None
        self.publish_file: Optional[Path] = None
        self.open_dialog = None  # the "Open snapshot…" dialog, made on first use
        self.last_error: Optional[GemeindescanError] = None
        self._loading = False
        self._connections: list[tuple[Any, Callable]] = []
        self.search = MunicipalitySearch(self.ui.municipalityCombo)
        self._prepare_widgets()
        self._connect_widgets()
        self._connect_qgis()
        self.load_project()

    # -- set-up ----------------------------------------------------------------------------------

    def _prepare_widgets(self) -> None:
        ui = self.ui
        ui.backgroundCombo.addItems(
            [
                Gemeindescan.tr("None"),
                Gemeindescan.tr("Gemeindescan standard"),
                Gemeindescan.tr("Mapbox style URL"),
            ]
        )
        ui.outputFolderWidget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        ui.outputFolderWidget.setDialogTitle(Gemeindescan.tr("Folder for the exported snapshot files"))
        menu = QMenu(ui.publishMenuButton)
        self.publish_as_new_action = menu.addAction(Gemeindescan.tr("Publish as a new snapshot"))
        ui.publishMenuButton.setMenu(menu)
        ui.publishMenuButton.setText("▾")
        # Icons from QGIS's own theme, so the buttons look like the rest of QGIS.
        ui.fromMapButton.setIcon(QgsApplication.getThemeIcon("/mActionPanToSelected.svg"))
        ui.refreshMunicipalitiesButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        ui.lookupButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        ui.lookupButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        ui.openSnapshotButton.setIcon(QgsApplication.getThemeIcon("/mActionFileOpen.svg"))
        for label in (
            ui.connectionStatus,
            ui.workspaceStatus,
            ui.municipalityStatus,
            ui.reportLabel,
            ui.historyLabel,
        ):
            label.setVisible(False)
        self._show_progress(False)

    def _connect_widgets(self) -> None:
        ui = self.ui
        ui.serverEdit.editingFinished.connect(self._server_edited)
        ui.chooseLoginButton.clicked.connect(self.choose_login)
        ui.testButton.clicked.connect(self.test_connection)
        ui.workspaceEdit.editingFinished.connect(self._workspace_edited)
        ui.lookupButton.clicked.connect(self.look_up_workspace)
        ui.snapshotCombo.activated.connect(self._snapshot_picked)
        ui.openSnapshotButton.clicked.connect(self.show_open_snapshot)
        self.search.chosen.connect(self._municipality_chosen)
        ui.fromMapButton.clicked.connect(self.municipality_from_map)
        ui.refreshMunicipalitiesButton.clicked.connect(lambda: self.load_municipalities(refresh=True))
        ui.titleEdit.textChanged.connect(self._title_edited)
        ui.topicEdit.textChanged.connect(self._topic_edited)
        ui.descriptionEdit.textChanged.connect(self._description_edited)
        ui.keywordsEdit.textChanged.connect(self._keywords_edited)
        ui.layersList.itemChanged.connect(self._layers_edited)
        ui.backgroundCombo.currentIndexChanged.connect(self._background_edited)
        ui.backgroundUrlEdit.textChanged.connect(self._background_edited)
        ui.cropCheck.toggled.connect(self._options_edited)
        ui.clipCheck.toggled.connect(self._options_edited)
        ui.outputFolderWidget.fileChanged.connect(self._options_edited)
        ui.publishButton.clicked.connect(lambda: self.publish(as_new=False))
        self.publish_as_new_action.triggered.connect(lambda: self.publish(as_new=True))
        ui.cancelButton.clicked.connect(self.cancel_publish)
        self.visibilityChanged.connect(self._visibility_changed)

    def _connect_qgis(self) -> None:
        """Follow the project (opened, cleared, layers) and the map canvas; undone by ``teardown``."""
        root = self.project.layerTreeRoot()
        watched = [
            (self.project.readProject, lambda *_: self.load_project()),
            (self.project.cleared, self.load_project),
            (self.project.layersAdded, lambda *_: self.refresh_layers()),
            (self.project.layersRemoved, lambda *_: self.refresh_layers()),
            (self.project.fileNameChanged, self._show_output_folder),
            (root.visibilityChanged, lambda *_: self.refresh_layers()),
            (root.layerOrderChanged, self.refresh_layers),
            (SETTINGS_SIGNALS.changed, self._settings_changed_elsewhere),
        ]
        canvas = self._canvas()
        if canvas is not None:
            watched += [
                (canvas.extentsChanged, self.show_extent),
                (canvas.destinationCrsChanged, self.show_extent),
            ]
        for signal, slot in watched:
            signal.connect(slot)
        self._connections = watched

    def teardown(self) -> None:
        """Disconnect from QGIS and stop background work; the plugin calls it before removing the dock."""
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):  # already gone with its object
                signal.disconnect(slot)
        self._connections = []
        self.runner.cancel_all()
        if self.open_dialog is not None:
            task = self.open_dialog.task
            if task is not None:
                # Its end must not reach the dialog, which is deleted now.
                task.on_finished = lambda _task: None
                task.cancel()
            self.open_dialog.close()
            self.open_dialog.deleteLater()
            self.open_dialog = None

    def _canvas(self):
        return self.iface.mapCanvas() if self.iface is not None else None

    # -- project settings ------------------------------------------------------------------------

    def load_project(self) -> None:
        """Show what the current project remembers (or the defaults for a new one)."""
        self._loading = True
        try:
            # A publish still running keeps the button disabled, whatever project is shown.
            self.state = PanelState(
                settings=load_project_settings(self.project), publishing=self.state.publishing
            )
            settings = self.state.settings
            ui = self.ui
            ui.serverEdit.setText(settings.server_url)
            self._show_login_label()
            _show_text(ui.connectionStatus, "")
            ui.workspaceEdit.setText(settings.workspace)
            self.workspace_info = None
            _show_text(ui.workspaceStatus, "")
            self._fill_snapshot_combo()
            ui.titleEdit.setText(settings.title)
            ui.topicEdit.setText(settings.topic)
            ui.descriptionEdit.setPlainText(settings.description)
            ui.keywordsEdit.setText(keywords_text(settings.keywords))
            self._show_background(settings.background)
            ui.cropCheck.setChecked(settings.crop)
            ui.clipCheck.setChecked(settings.clip)
            ui.outputFolderWidget.setFilePath(settings.output_folder)
            self._show_output_folder()
            _show_text(ui.reportLabel, "")
            self.refresh_layers()
            self.search.select(settings.bfs_number)
            if self.municipality_server != normalised_server(settings.server_url):
                self._show_cached_municipalities()
            self.show_extent()
            self._show_history()
            for line_edit in (
                ui.serverEdit,
                ui.workspaceEdit,
                ui.titleEdit,
                ui.topicEdit,
                ui.keywordsEdit,
                ui.municipalityCombo.lineEdit(),
            ):
                line_edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._update_counters()
        self.update_publish_button()
        if self.isVisible():
            self._visibility_changed(True)

    def _settings_changed_elsewhere(self, project: QgsProject) -> None:
        """E.g. a snapshot was opened: show where the next Publish goes (the panel saves all it has first)."""
        if project is self.project and not self.state.publishing:
            self.load_project()

    def save(self) -> None:
        """Write the state into the project (not while it is being loaded into the widgets)."""
        if not self._loading:
            save_project_settings(self.project, self.state.settings)
        self.update_publish_button()

    # -- connection ------------------------------------------------------------------------------

    def _server_edited(self) -> None:
        server = self.ui.serverEdit.text().strip()
        if server == self.state.settings.server_url:
            return
        self.state.settings.server_url = server
        self.save()
        _show_text(self.ui.connectionStatus, "")
        if server:
            self.load_municipalities()

    def _show_login_label(self, name: str = "") -> None:
        authcfg = self.state.settings.authcfg
        if name:
            text = name
        elif authcfg:
            text = Gemeindescan.tr("stored login {id}").format(id=authcfg)
        else:
            text = Gemeindescan.tr("none chosen")
        self.ui.loginLabel.setText(text)

    def choose_login(self) -> None:
        """Pick or store the login (the first moment the authentication database is opened)."""
        from .login_dialog import LoginDialog

        dialog = LoginDialog(self.state.settings.authcfg, self.state.settings.server_url, self)
        if dialog.exec() and dialog.authcfg:
            self.set_login(dialog.authcfg, dialog.login_name)

    def set_login(self, authcfg: str, name: str = "") -> None:
        """Use the QGIS authentication configuration ``authcfg`` for this map."""
        self.state.settings.authcfg = authcfg
        self._show_login_label(name)
        self.save()

    def test_connection(self) -> None:
        """Log in (and out) in the background and say precisely what failed, if anything."""
        settings = self.state.settings
        server = self.ui.serverEdit.text().strip()
        if server != settings.server_url:
            self._server_edited()
        if not server:
            self._connection_status(
                Gemeindescan.tr("Give the address of the Gemeindescan server first."), ok=False
            )
            return
        if not settings.authcfg:
            self._connection_status(Gemeindescan.tr("Choose a login first (Choose…)."), ok=False)
            return
        try:
            credentials = credentials_from_authcfg(settings.authcfg)
        except GemeindescanError as error:
            self._connection_status(localized(error.message), ok=False)
            return
        self._connection_status(Gemeindescan.tr("Logging in to {server}…").format(server=server), ok=None)
        self.ui.testButton.setEnabled(False)
        make_client = qgis_client_factory(server)  # QGIS's proxy as set now, read on the main thread
        self.runner.run(
            Gemeindescan.tr("Gemeindescan: logging in"),
            lambda: check_login(make_client, server, credentials),
            self._logged_in,
            self._login_failed,
        )

    def _logged_in(self, check: LoginCheck) -> None:
        self.ui.testButton.setEnabled(True)
        self._connection_status(
            Gemeindescan.tr("✓ Logged in as {user} on {server}").format(
                user=check.username, server=check.server_url
            ),
            ok=True,
        )
        self.ui.connectionGroup.setTitle(Gemeindescan.tr("Connection — {user} ✓").format(user=check.username))
        # Done sections fold away, so the panel fits beside the map on a laptop screen.
        self.ui.connectionGroup.setCollapsed(True)
        suggestion = check.suggested_workspace
        if suggestion is not None and not self.state.settings.workspace:
            self.ui.workspaceEdit.setText(suggestion.workspace_id)
            self._workspace_edited()
            self._workspace_status(
                Gemeindescan.tr("Suggested by the server: your workspace {id}.").format(
                    id=suggestion.workspace_id
                ),
                ok=None,
            )
        self.load_municipalities()

    def _login_failed(self, error: GemeindescanError) -> None:
        self.ui.testButton.setEnabled(True)
        self.ui.connectionGroup.setTitle(Gemeindescan.tr("Connection"))
        self._connection_status("✗ " + connection_problem(error), ok=False)

    def _connection_status(self, text: str, ok: Optional[bool]) -> None:
        _show_text(self.ui.connectionStatus, text)
        self.ui.connectionStatus.setStyleSheet(OK_STYLE if ok else ERROR_STYLE if ok is False else "")

    # -- workspace and snapshot ------------------------------------------------------------------

    def _workspace_edited(self) -> None:
        text = self.ui.workspaceEdit.text().strip()
        if not text:
            self.state.settings.workspace = ""
            self.save()
            return
        try:
            reference = parse_workspace_reference(text)
        except GemeindescanError as error:
            self._workspace_status(localized(error.message), ok=False)
            return
        if reference.workspace_id != text:
            self.ui.workspaceEdit.setText(reference.workspace_id)
        settings = self.state.settings
        if reference.workspace_id != settings.workspace or reference.snapshot_pk:
            settings.snapshot_pk = snapshot_after_workspace_change(
                settings.workspace, reference, settings.snapshot_pk
            )
            settings.workspace = reference.workspace_id
            self.workspace_info = None
            self._fill_snapshot_combo()
            self.save()
            self.look_up_workspace()

    def look_up_workspace(self) -> None:
        """Fetch the workspace's title and snapshots in the background."""
        workspace, server = self.state.settings.workspace, self.state.settings.server_url
        if not workspace or not server:
            self._workspace_status(
                Gemeindescan.tr("Give the server address and the workspace first."), ok=False
            )
            return
        self._workspace_status(Gemeindescan.tr("Looking up workspace {id}…").format(id=workspace), ok=None)
        make_client = qgis_client_factory(server)
        self.runner.run(
            Gemeindescan.tr("Gemeindescan: looking up a workspace"),
            lambda: look_up_workspace(make_client, server, workspace),
            self._workspace_found,
            lambda error: self._workspace_status(localized(error.message), ok=False),
        )

    def _workspace_found(self, workspace: Workspace) -> None:
        if workspace.workspace_id != self.state.settings.workspace:
            return  # the analyst typed another workspace meanwhile
        self.workspace_info = workspace
        number = len(workspace.snapshots)
        # Singular and plural are all German, French and Italian need (Qt's %n forms would need numerus
        # entries pylupdate5 does not make from Gemeindescan.tr).
        count_text = (
            Gemeindescan.tr("{count} snapshot") if number == 1 else Gemeindescan.tr("{count} snapshots")
        )
        count = count_text.format(count=number)
        self._workspace_status(
            Gemeindescan.tr("“{title}”, {count}").format(
                title=workspace.title or workspace.workspace_id, count=count
            ),
            ok=True,
        )
        self._fill_snapshot_combo()

    def _workspace_status(self, text: str, ok: Optional[bool]) -> None:
        _show_text(self.ui.workspaceStatus, text)
        self.ui.workspaceStatus.setStyleSheet(ERROR_STYLE if ok is False else "")

    def _fill_snapshot_combo(self) -> None:
        """New snapshot, the one this project published last, and the workspace's snapshots."""
        combo = self.ui.snapshotCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(Gemeindescan.tr("New snapshot"), "")
        stored = self.state.settings.snapshot_pk
        listed = [item.snapshot_pk for item in self.workspace_info.snapshots] if self.workspace_info else []
        if stored and stored not in listed:
            combo.addItem(Gemeindescan.tr("{pk} · published from this project").format(pk=stored), stored)
        for item in self.workspace_info.snapshots if self.workspace_info else []:
            label = f"{item.snapshot_pk} · {item.title}"
            if item.municipality_fullname:
                label += f" · {item.municipality_fullname}"
            combo.addItem(label, item.snapshot_pk)
        combo.setCurrentIndex(max(combo.findData(stored), 0))
        combo.blockSignals(False)
        self._show_snapshot_tooltip()

    def _show_snapshot_tooltip(self) -> None:
        """The chosen entry in full in the tooltip: a narrow panel cuts it off."""
        combo = self.ui.snapshotCombo
        combo.setToolTip(
            Gemeindescan.tr("Which snapshot Publish updates, or a new one") + "\n" + combo.currentText()
        )

    def show_open_snapshot(self) -> None:
        """Show the "Open snapshot…" dialog; opening one makes Publish update it (settings signal)."""
        if self.open_dialog is None:
            from .open_snapshot import OpenSnapshotDialog

            parent = self.iface.mainWindow() if self.iface is not None else self
            self.open_dialog = OpenSnapshotDialog(self.iface, parent)
        self.open_dialog.show()
        self.open_dialog.raise_()
        self.open_dialog.activateWindow()

    def _snapshot_picked(self, index: int) -> None:
        self.state.settings.snapshot_pk = self.ui.snapshotCombo.itemData(index) or ""
        self._show_snapshot_tooltip()
        self.save()

    # -- municipality ----------------------------------------------------------------------------

    def _show_cached_municipalities(self) -> bool:
        """Show the cached list of the current server; whether there was one."""
        server = self.state.settings.server_url
        cached = load_cached(server) if server else None
        self._set_municipalities(cached.municipalities if cached else [], server)
        if cached is not None:
            self._municipality_status(
                Gemeindescan.tr("{count} municipalities, list of {date}").format(
                    count=len(cached.municipalities), date=cached.fetched.astimezone().strftime("%Y-%m-%d")
                )
            )
        return cached is not None

    def _set_municipalities(self, municipalities: list[Municipality], server: str) -> None:
        self.municipalities = list(municipalities)
        self.municipality_server = normalised_server(server) if server else ""
        self.search.set_municipalities(self.municipalities, self.state.settings.bfs_number)

    def load_municipalities(self, refresh: bool = False) -> None:
        """Use the cached list of this server; fetch it in the background if missing, old or asked for."""
        server = self.state.settings.server_url
        if not server:
            return
        if normalised_server(server) != self.municipality_server or not self.municipalities:
            self._show_cached_municipalities()
        if not refresh:
            cached = load_cached(server)
            if cached is not None and not cached.is_stale():
                return
        fetching = self.municipality_fetch is not None
        if fetching and self.municipality_fetch_server == normalised_server(server):
            return  # already on its way
        self._municipality_status(Gemeindescan.tr("Fetching the list of municipalities…"))
        folder, make_client = cache_folder(), qgis_client_factory(server)
        task = self.runner.run(
            Gemeindescan.tr("Gemeindescan: fetching municipalities"),
            lambda: fetch_and_cache_municipalities(make_client, server, folder),
            lambda cached: self._municipalities_fetched(task, cached),
            lambda error: self._municipalities_failed(task, error),
        )
        self.municipality_fetch, self.municipality_fetch_server = task, normalised_server(server)

    def _municipalities_fetched(self, task, cached) -> None:
        if task is self.municipality_fetch:
            self.municipality_fetch = None
        # A list of a server the analyst has left meanwhile stays in the cache, but is not shown.
        if normalised_server(cached.server_url) != normalised_server(self.state.settings.server_url):
            return
        self._set_municipalities(cached.municipalities, cached.server_url)
        self._municipality_status(
            Gemeindescan.tr("{count} municipalities, list of {date}").format(
                count=len(cached.municipalities), date=cached.fetched.astimezone().strftime("%Y-%m-%d")
            )
        )

    def _municipalities_failed(self, task, error: GemeindescanError) -> None:
        if task is not self.municipality_fetch:
            return
        self.municipality_fetch = None
        self._municipality_status(
            Gemeindescan.tr("Could not fetch the municipalities: {message}").format(
                message=localized(error.message)
            ),
            ok=False,
        )

    def _municipality_chosen(self, bfs_number: int) -> None:
        self.state.settings.bfs_number = bfs_number
        self._municipality_status("")
        self.save()

    def municipality_from_map(self) -> None:
        """Pick the municipality whose perimeter holds the centre of the map."""
        canvas = self._canvas()
        if canvas is None:
            return
        centre = canvas.extent().center()
        transform = QgsCoordinateTransform(
            canvas.mapSettings().destinationCrs(), QgsCoordinateReferenceSystem(WGS84), self.project
        )
        try:
            point = transform.transform(centre)
        except Exception:  # noqa: BLE001 - QgsCsException: a centre off the CRS's area
            point = None
        found = municipality_at(self.municipalities, point.y(), point.x()) if point is not None else None
        if found is None:
            self._municipality_status(
                Gemeindescan.tr("No municipality found at the centre of the map."), ok=False
            )
            return
        self.search.select(found.bfs_number)
        self._municipality_chosen(found.bfs_number)
        self._municipality_status(
            Gemeindescan.tr("{label}, at the centre of the map").format(label=municipality_label(found))
        )

    def _municipality_status(self, text: str, ok: Optional[bool] = None) -> None:
        _show_text(self.ui.municipalityStatus, text)
        self.ui.municipalityStatus.setStyleSheet(ERROR_STYLE if ok is False else "")

    # -- snapshot fields -------------------------------------------------------------------------

    def _title_edited(self, text: str) -> None:
        self.state.settings.title = text
        self._update_counters()
        self.save()

    def _topic_edited(self, text: str) -> None:
        self.state.settings.topic = text
        self._update_counters()
        self.save()

    def _update_counters(self) -> None:
        for label, text, limit in (
            (self.ui.titleCounter, self.state.settings.title, MAX_TITLE_LENGTH),
            (self.ui.topicCounter, self.state.settings.topic, MAX_TOPIC_LENGTH),
        ):
            counter, over = length_counter(text, limit)
            label.setText(counter)
            label.setStyleSheet(ERROR_STYLE if over else "")

    def _description_edited(self) -> None:
        self.state.settings.description = self.ui.descriptionEdit.toPlainText()
        self.save()

    def _keywords_edited(self, text: str) -> None:
        self.state.settings.keywords = keywords_from_text(text)
        self.save()

    def refresh_layers(self) -> None:
        """List the project's layers (top first); unsupported ones disabled with the reason."""
        choices = layer_choices(self.project)
        checked = checked_ids(choices, self.state.settings.layer_ids)
        self.state.checked_layer_ids = checked
        widget = self.ui.layersList
        widget.blockSignals(True)
        widget.clear()
        for choice in choices:
            item = QListWidgetItem(choice.name)
            item.setData(Qt.ItemDataRole.UserRole, choice.layer_id)
            if choice.supported:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if choice.layer_id in checked else Qt.CheckState.Unchecked
                )
            else:
                item.setText(Gemeindescan.tr("{name} (cannot be published)").format(name=choice.name))
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown, but disabled
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setToolTip(choice.reason)
            widget.addItem(item)
        widget.blockSignals(False)
        self.update_publish_button()

    def _layers_edited(self, _item: QListWidgetItem) -> None:
        widget = self.ui.layersList
        checked = []
        for row in range(widget.count()):
            item = widget.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                checked.append(item.data(Qt.ItemDataRole.UserRole))
        self.state.checked_layer_ids = checked
        # From the first click on, the project remembers the choice instead of following visibility.
        self.state.settings.layer_ids = list(checked)
        self.save()

    def show_extent(self) -> None:
        """Show the map view that will be published: scale and size, following the canvas."""
        canvas = self._canvas()
        if canvas is None:
            self.ui.extentLabel.setText(Gemeindescan.tr("no map canvas"))
            return
        extent = canvas.extent()
        crs = canvas.mapSettings().destinationCrs()
        if extent.isEmpty() or not crs.isValid():
            self.ui.extentLabel.setText(Gemeindescan.tr("the map shows nothing yet: zoom to your layers"))
            return
        scale = f"{round(canvas.scale()):,}".replace(",", "\u202f")  # 1:12 000, never broken
        text = Gemeindescan.tr("current map view · 1:{scale}").format(scale=scale)
        if not crs.isGeographic():
            # No-break spaces: "2.2 × 2.5 km" stays on one line.
            text += f" · {extent.width() / 1000:.1f}\u00a0×\u00a0{extent.height() / 1000:.1f}\u00a0km"
        self.ui.extentLabel.setText(text)

    def _show_background(self, background: str) -> None:
        if not background:
            self.ui.backgroundCombo.setCurrentIndex(BACKGROUND_NONE)
        elif background == DEFAULT_BACKGROUND:
            self.ui.backgroundCombo.setCurrentIndex(BACKGROUND_STANDARD)
        else:
            self.ui.backgroundCombo.setCurrentIndex(BACKGROUND_URL)
            self.ui.backgroundUrlEdit.setText(background)
        self.ui.backgroundUrlEdit.setVisible(self.ui.backgroundCombo.currentIndex() == BACKGROUND_URL)

    def _background_edited(self, *_args) -> None:
        choice = self.ui.backgroundCombo.currentIndex()
        self.ui.backgroundUrlEdit.setVisible(choice == BACKGROUND_URL)
        if choice == BACKGROUND_NONE:
            self.state.settings.background = ""
        elif choice == BACKGROUND_STANDARD:
            self.state.settings.background = DEFAULT_BACKGROUND
        else:
            self.state.settings.background = self.ui.backgroundUrlEdit.text().strip()
        self.save()

    def _options_edited(self, *_args) -> None:
        self.state.settings.crop = self.ui.cropCheck.isChecked()
        self.state.settings.clip = self.ui.clipCheck.isChecked()
        self.state.settings.output_folder = self.ui.outputFolderWidget.filePath().strip()
        self.save()

    def _show_output_folder(self, *_args) -> None:
        self.ui.outputFolderWidget.lineEdit().setPlaceholderText(str(default_output_folder(self.project)))

    def output_folder(self) -> Path:
        """The folder the exported file goes to: the one chosen, or ``gemeindescan/`` beside the project."""
        chosen = self.state.settings.output_folder
        return Path(chosen) if chosen else default_output_folder(self.project)

    # -- publish ---------------------------------------------------------------------------------

    def update_publish_button(self) -> None:
        """Label, tooltip and enabled state of the Publish button, from the rules."""
        self.ui.publishButton.setText(publish_button_label(self.state))
        self.ui.publishButton.setToolTip(publish_tooltip(self.state))
        enabled = can_publish(self.state)
        self.ui.publishButton.setEnabled(enabled)
        self.ui.publishMenuButton.setEnabled(enabled)

    def publish(self, as_new: bool = False) -> Optional[PublishTask]:
        """Export the checked layers in the map view and publish them, in a PublishTask."""
        self._take_pending_edits()
        self.state.as_new = as_new
        if not can_publish(self.state):
            self.state.as_new = False
            self._message(
                Gemeindescan.tr("Cannot publish yet"), publish_tooltip(self.state), Qgis.MessageLevel.Warning
            )
            return None
        settings = self.state.settings
        try:
            credentials = credentials_from_authcfg(settings.authcfg)
        except GemeindescanError as error:
            self.state.as_new = False
            self._message(
                Gemeindescan.tr("Cannot publish"), localized(error.message), Qgis.MessageLevel.Critical
            )
            return None
        folder = self.output_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.state.as_new = False
            self._message(
                Gemeindescan.tr("Cannot publish"),
                Gemeindescan.tr("The folder {folder} cannot be created: {reason}").format(
                    folder=folder, reason=error.strerror
                ),
                Qgis.MessageLevel.Critical,
            )
            return None
        path = snapshot_file_path(folder, settings.title)
        task = publish_task(self.project, self._canvas(), self.state, credentials, path)
        del credentials
        task.progressChanged.connect(lambda value: self.ui.progressBar.setValue(int(value)))
        self.publish_task, self.publish_file = task, path
        self.state.publishing = True
        self.last_error = None
        self._show_progress(True)
        self.update_publish_button()
        self.runner.start(task, self._published, self._publish_failed)
        return task

    def _take_pending_edits(self) -> None:
        """Server and workspace are taken when their editing finishes; pressing Publish finishes it too."""
        if self.ui.serverEdit.text().strip() != self.state.settings.server_url:
            self._server_edited()
        if self.ui.workspaceEdit.text().strip() not in ("", self.state.settings.workspace):
            self._workspace_edited()

    def cancel_publish(self) -> None:
        """Cancel the running publish (as the task manager's cancel does)."""
        if self.publish_task is not None:
            self.publish_task.cancel()

    def _published(self, result: PipelineResult) -> None:
        self._publish_ended()
        published = result.publish_result
        settings = self.state.settings
        settings.snapshot_pk = published.snapshot_pk
        settings.history.append(
            PublishRecord(
                _now(), published.snapshot_pk, published.workspace_url, Gemeindescan.tr("published")
            )
        )
        self.save()
        self._fill_snapshot_combo()
        self._show_history()
        self._show_report(result)
        self._success_message(published.snapshot_pk, published.workspace_url, result.snapshot_file)

    def _publish_failed(self, error: GemeindescanError) -> None:
        self._publish_ended()
        self.last_error = error
        settings = self.state.settings
        if error.snapshot_pk:
            # The snapshot exists without its file: the next Publish completes it instead of duplicating.
            settings.snapshot_pk = error.snapshot_pk
            self._fill_snapshot_combo()
        result = Gemeindescan.tr("cancelled") if isinstance(error, Cancelled) else Gemeindescan.tr("failed")
        settings.history.append(PublishRecord(_now(), error.snapshot_pk or "", "", result))
        self.save()
        self._show_history()
        title = (
            Gemeindescan.tr("Publishing cancelled")
            if isinstance(error, Cancelled)
            else Gemeindescan.tr("Publishing failed")
        )
        level = Qgis.MessageLevel.Warning if isinstance(error, Cancelled) else Qgis.MessageLevel.Critical
        self._message(title, failure_message(localized(error.user_message()), self.publish_file), level)

    def _publish_ended(self) -> None:
        self.publish_task = None
        self.state.publishing = False
        self.state.as_new = False
        self._show_progress(False)
        self.update_publish_button()

    def _show_progress(self, running: bool) -> None:
        self.ui.progressBar.setVisible(running)
        self.ui.cancelButton.setVisible(running)
        if running:
            self.ui.progressBar.setValue(0)

    def _show_report(self, result: PipelineResult) -> None:
        report = result.export_report
        if report is None:
            return
        _show_text(
            self.ui.reportLabel,
            Gemeindescan.tr("Last export: {summary}").format(summary=localized(report.summary())),
        )
        self.ui.reportLabel.setToolTip(
            Gemeindescan.tr("The exported file is kept at {path}.").format(path=result.snapshot_file)
        )

    def _show_history(self) -> None:
        lines = []
        for record in reversed(self.state.settings.history[-HISTORY_LINES:]):
            pk = html.escape(record.snapshot_pk or "–")
            link = f'<a href="{html.escape(record.url)}">{pk}</a>' if record.url else pk
            lines.append(f"{link} · {html.escape(record.date)} · {html.escape(record.result)}")
        _show_text(self.ui.historyLabel, "<br>".join(lines))

    # -- message bar -----------------------------------------------------------------------------

    def _message_bar(self):
        return self.iface.messageBar() if self.iface is not None else None

    def _message(self, title: str, text: str, level) -> None:
        push_problem(self._message_bar(), title, text, level)

    def _success_message(self, snapshot_pk: str, url: str, path: Path) -> None:
        push_published(self._message_bar(), snapshot_pk, url, path)

    # -- showing ---------------------------------------------------------------------------------

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.show_extent()
            self.load_municipalities()
            settings = self.state.settings
            if self.workspace_info is None and settings.workspace and settings.server_url:
                self.look_up_workspace()


def _show_text(label, text: str) -> None:
    """Set a status line's text; an empty one takes no room in the panel."""
    label.setText(text)
    label.setVisible(bool(text))


def _now() -> str:
    """The local date and time for the history, to the minute."""
    return datetime.now().strftime("%Y-%m-%d %H:%M")
