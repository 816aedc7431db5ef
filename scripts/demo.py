"""``make demo``: the whole job end to end, headless, against a local Gemeindescan server.

Builds a small styled project around Zürich, renders a preview of the map, exports it with
the Processing algorithm ``gemeindescan:exportsnapshot``, publishes it with
``gemeindescan:publishsnapshot`` (the login stored in a QGIS authentication configuration),
publishes again as an update, reads the snapshot back from the server and compares it with
the file, then publishes once more from the Gemeindescan panel, as an analyst would, and keeps a
picture of the filled panel. Everything it makes stays in ``demo-output/``. A throw-away QGIS
profile keeps the demo away from your own QGIS settings and passwords.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "scripts"), str(REPO_ROOT / "tests")]

TITLE = "Zonen und Bevölkerung, Zürich (Demo)"
TOPIC = "Raumplanung"


KEEP_ALIVE: list = []
STARTED = time.monotonic()


class DemoFailed(Exception):
    """A step did not give what it should."""


def shown(path: Path) -> str:
    """``path`` relative to the current folder when it lies inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def step(number: int, text: str) -> None:
    """Print one numbered step."""
    print(f"{number}. {text}", flush=True)


def detail(text: str) -> None:
    """Print an indented detail line under a step."""
    print(f"     {text}", flush=True)


@contextlib.contextmanager
def quiet_stderr():
    """Silence C++ chatter on stderr (QGIS prints salt and hash when it creates an auth database)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as devnull:
        os.dup2(devnull.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def store_login(username: str, password: str) -> str:
    """Store the demo login as a Basic auth configuration in the throw-away profile; returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    with quiet_stderr():
        if not manager.setMasterPassword(secrets.token_urlsafe(16), True):
            raise DemoFailed("could not set up the QGIS authentication database")
    config = QgsAuthMethodConfig("Basic")
    config.setName("Local Gemeindescan server (demo)")
    config.setConfig("username", username)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    if not (stored[0] if isinstance(stored, tuple) else stored):
        raise DemoFailed("could not store the demo login")
    return config.id()


def start_processing():
    """Initialise Processing (as the QGIS desktop does) and register the plugin's provider."""
    from qgis.core import QgsApplication

    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from gemeindescan_uploader.processing.provider import GemeindescanProvider

    provider = GemeindescanProvider(str(REPO_ROOT / "ui" / "icons" / "icon.png"))
    QgsApplication.processingRegistry().addProvider(provider)
    # The registry holds only the C++ side: without a Python reference its algorithms disappear.
    KEEP_ALIVE.append(provider)
    return provider


def run_algorithm(algorithm: str, parameters: dict, project) -> dict:
    """Run a Processing algorithm as the toolbox does; its log goes nowhere, its errors stop the demo."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    try:
        return processing.run(algorithm, parameters, context=context, feedback=feedback)
    except QgsProcessingException as error:
        raise DemoFailed(f"{algorithm} failed: {error}") from error


def describe_layers(layers) -> None:
    """One line per sample layer: name, feature count, renderer."""
    kinds = {
        "categorizedSymbol": "categorized",
        "graduatedSymbol": "graduated",
        "singleSymbol": "single symbol",
    }
    for layer in layers:
        renderer = layer.renderer()
        field = getattr(renderer, "classAttribute", lambda: "")()
        print(
            f"       {layer.name():<11} {layer.featureCount():>3} {geometry_word(layer):<9}"
            f" {kinds.get(renderer.type(), renderer.type())} by {field}"
        )


def geometry_word(layer) -> str:
    from qgis.core import QgsWkbTypes

    return {
        QgsWkbTypes.GeometryType.PointGeometry: "points",
        QgsWkbTypes.GeometryType.LineGeometry: "lines",
        QgsWkbTypes.GeometryType.PolygonGeometry: "polygons",
    }.get(layer.geometryType(), "features")


class DemoInterface:
    """The two parts of QGIS's interface the panel uses: the map canvas and the message bar."""

    def __init__(self, canvas, message_bar) -> None:
        self.canvas, self.bar = canvas, message_bar

    def mapCanvas(self):  # noqa: N802 (QgisInterface's name)
        return self.canvas

    def messageBar(self):  # noqa: N802 (QgisInterface's name)
        return self.bar


def import_panel():
    """The panel module, imported as QGIS imports the plugin (a package named GemeindescanUploader)."""
    import importlib

    plugins = Path(tempfile.mkdtemp(prefix="gemeindescan-demo-plugins-"))
    (plugins / "GemeindescanUploader").symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins))
    return importlib.import_module("GemeindescanUploader.ui.dock")


def wait_for(condition, seconds: float = 120.0) -> None:
    """Let Qt run (tasks report back through its event loop) until ``condition()`` holds."""
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise DemoFailed("the panel did not finish in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def publish_from_panel(project, server, authcfg: str, snapshot_pk: str, picture: Path) -> str:
    """Fill the panel as an analyst does, press Publish (updating ``snapshot_pk``), photograph the panel."""
    import sample_project
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    canvas = QgsMapCanvas()
    canvas.resize(900, 700)
    canvas.setDestinationCrs(sample_project.LV95)
    canvas.setLayers(sample_project.project_layers(project))
    canvas.setExtent(sample_project.view_extent())
    message_bar = QgsMessageBar()
    dock = import_panel().GemeindescanDock(DemoInterface(canvas, message_bar))
    try:
        return _fill_publish_and_photograph(dock, server, authcfg, snapshot_pk, picture)
    finally:
        # Widgets go before QGIS shuts down, or they outlive what they point to.
        dock.teardown()
        for widget in (dock, canvas, message_bar):
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _fill_publish_and_photograph(dock, server, authcfg: str, snapshot_pk: str, picture: Path) -> str:
    ui = dock.ui
    ui.serverEdit.setText(server.url)
    ui.serverEdit.editingFinished.emit()
    dock.set_login(authcfg)
    wait_for(lambda: dock.municipality_fetch is None and dock.municipalities)
    ui.workspaceEdit.setText(server.workspace_id)
    ui.workspaceEdit.editingFinished.emit()
    wait_for(lambda: dock.workspace_info is not None)
    ui.fromMapButton.click()  # the map shows Zürich: the panel finds its municipality
    picked = ui.snapshotCombo.findData(snapshot_pk)
    ui.snapshotCombo.setCurrentIndex(picked)
    ui.snapshotCombo.activated.emit(picked)
    ui.titleEdit.setText(TITLE + " – aus dem Panel")
    ui.topicEdit.setText(TOPIC)
    ui.keywordsEdit.setText("Zonen, Bevölkerung, Strassen")
    ui.descriptionEdit.setPlainText("Generated sample: zones, neighbourhood populations and roads.")
    ui.outputFolderWidget.setFilePath(str(picture.parent))
    if ui.publishButton.text() != f"Publish — updates {snapshot_pk}" or not ui.publishButton.isEnabled():
        raise DemoFailed(f"the panel is not ready: {ui.publishButton.toolTip()}")
    ui.publishButton.click()
    wait_for(lambda: dock.publish_task is None)
    if dock.last_error is not None:
        raise DemoFailed(f"publishing from the panel failed: {dock.last_error.message}")
    for line_edit in (ui.titleEdit, ui.keywordsEdit):
        line_edit.setCursorPosition(0)  # the start of the text, as after opening the project
    dock.resize(380, 1120)
    dock.show()
    wait_for(lambda: dock.workspace_info is not None and dock.municipality_fetch is None)
    if not dock.grab().save(str(picture), "PNG"):
        raise DemoFailed(f"could not write {picture}")
    return dock.state.settings.snapshot_pk


def run_demo(output: Path) -> None:
    """The demo's steps; raises DemoFailed when one does not give what it should."""
    import sample_project
    from local_server import start_local_server
    from qgis.core import Qgis, QgsProject, QgsRectangle

    from gemeindescan_uploader.client import GemeindescanClient

    output.mkdir(parents=True, exist_ok=True)
    snapshot_file = output / "snapshot.json"
    preview_file = output / "preview.png"
    for stale in (snapshot_file, preview_file, output / "panel.png"):
        stale.unlink(missing_ok=True)

    with (
        tempfile.TemporaryDirectory(prefix="gemeindescan-demo-") as scratch,
        start_local_server(Path(scratch) / "server") as server,
    ):
        print(
            f"Gemeindescan Uploader demo (QGIS {Qgis.QGIS_VERSION.split('-')[0]}, "
            f"local Gemeindescan server at {server.url})"
        )
        authcfg = store_login(server.username, server.password)
        detail(f"login '{server.username}' stored in a QGIS authentication configuration: {authcfg}")

        project = QgsProject.instance()
        sample_project.build_sample_project(output, project, name="demo")
        layers = sample_project.project_layers(project)
        step(
            1,
            f"Sample project: {len(layers)} styled layers around Zürich (BfS "
            f"{sample_project.ZURICH_BFS_NUMBER}) -> {output.name}/demo-project.qgs",
        )
        describe_layers(layers)

        extent = QgsRectangle(sample_project.sample_extent())
        sample_project.render_preview(layers, extent.buffered(80), preview_file)
        step(2, f"Map preview rendered by QGIS -> {output.name}/{preview_file.name}")

        start_processing()
        extent_text = (
            f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()}" " [EPSG:2056]"
        )
        exported = run_algorithm(
            "gemeindescan:exportsnapshot",
            {
                "LAYERS": layers,
                "EXTENT": extent_text,
                "TITLE": TITLE,
                "DESCRIPTION": "Generated sample: zones, neighbourhood populations and roads.",
                "KEYWORDS": "Zonen, Bevölkerung, Strassen",
                "OUTPUT": str(snapshot_file),
            },
            project,
        )
        size_kb = snapshot_file.stat().st_size / 1024
        step(
            3,
            f"Exported with gemeindescan:exportsnapshot -> {output.name}/{snapshot_file.name} "
            f"({size_kb:.0f} kB)",
        )
        detail(exported["REPORT"])

        publish = {
            "INPUT": str(snapshot_file),
            "SERVER": server.url,
            "AUTHCFG": authcfg,
            "WORKSPACE": server.workspace_id,
            "BFS_NUMBER": sample_project.ZURICH_BFS_NUMBER,
            "TITLE": TITLE,
            "TOPIC": TOPIC,
        }
        created = run_algorithm("gemeindescan:publishsnapshot", publish, project)
        snapshot_pk = created["SNAPSHOT_PK"]
        step(
            4,
            f"Published with gemeindescan:publishsnapshot -> new snapshot {snapshot_pk} "
            f"in workspace {server.workspace_id}",
        )

        update = {**publish, "SNAPSHOT": snapshot_pk, "TITLE": TITLE + " – aktualisiert"}
        updated = run_algorithm("gemeindescan:publishsnapshot", update, project)
        with GemeindescanClient(server.url) as client:
            workspace = client.workspace(server.workspace_id)
            stored = client.snapshot(snapshot_pk)
        in_workspace = [item.snapshot_pk for item in workspace.snapshots]
        if updated["SNAPSHOT_PK"] != snapshot_pk or in_workspace.count(snapshot_pk) != 1:
            raise DemoFailed(f"the update made a duplicate: workspace holds {in_workspace}")
        step(5, f"Published again as an update -> still snapshot {snapshot_pk}, once in the workspace")
        detail(f"title now '{stored.title}'")

        written = json.loads(snapshot_file.read_text(encoding="utf-8"))
        if stored.data != written:
            raise DemoFailed("the snapshot read back from the server differs from the exported file")
        features = sum(
            len(resource.get("data", {}).get("features", []))
            for resource in written.get("resources", [])
            if isinstance(resource, dict)
        )
        step(
            6,
            f"Read back from the server (snapshot {{ data }}): identical to {snapshot_file.name} "
            f"({len(written.get('resources', []))} resources, {features} features)",
        )

        panel_file = output / "panel.png"
        updated_from_panel = publish_from_panel(project, server, authcfg, snapshot_pk, panel_file)
        step(
            7,
            f"Published from the Gemeindescan panel -> snapshot {updated_from_panel} updated; "
            f"picture of the panel -> {output.name}/{panel_file.name}",
        )
        # The project keeps what the panel remembers, and opens in QGIS showing its map.
        sample_project.write_with_map_view(project, output / "demo-project.qgs", sample_project.view_extent())

        print()
        print(f"Snapshot link:     {created['SNAPSHOT_URL']}")
        print(f"In its workspace:  {created['WORKSPACE_URL']}")
        print(f"Stored file:       {created['DATA_FILE_URL']}")
        print(
            f"Kept on disk:      {shown(output)}/ (snapshot.json, preview.png, panel.png, "
            "demo-project.qgs, demo-data.gpkg)"
        )
        QgsProject.instance().clear()
    print(
        f"Done in {time.monotonic() - STARTED:.1f} s. The local server stopped with the demo; "
        "`make serve` runs one to browse."
    )


def main(argv: list[str] | None = None) -> int:
    """Run the demo in a throw-away QGIS profile; exit code 0 when every step did what it should."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--output",
        type=Path,
        default=REPO_ROOT / "demo-output",
        help="folder for the project, preview and snapshot (default: demo-output/)",
    )
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="gemeindescan-demo-profile-") as profile:
        # QGIS reads the profile location when it starts: the demo never sees your settings or passwords.
        os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
        from qgis.core import QgsApplication

        app = QgsApplication([], True)
        app.initQgis()
        try:
            run_demo(args.output.resolve())
        except DemoFailed as error:
            print(f"demo failed: {error}", file=sys.stderr)
            return 1
        finally:
            app.exitQgis()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
