"""Opening snapshots from the local Gemeindescan server by link or id; the command line; qgis_process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsProject, QgsVectorLayer
from qgis_profile import create_profile

from gemeindescan_uploader.client import GemeindescanClient, SnapshotFields, WorkspaceReference
from gemeindescan_uploader.errors import InvalidInput, InvalidSnapshot, SnapshotNotFound
from gemeindescan_uploader.snapshot_import.opening import open_snapshot_in_project
from gemeindescan_uploader.snapshot_import.project_settings import read_publish_target
from gemeindescan_uploader.snapshot_import.source import load_snapshot_data, parse_snapshot_link

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"
ZURICH = 261


@pytest.fixture(scope="module")
def published(gemeindescan_server):
    """The circles fixture published as a new snapshot in the empty workspace: its pk."""
    server = gemeindescan_server
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Schulen zum Öffnen", "Bildung", ZURICH),
            WorkspaceReference(server.workspace_id),
        )
        client.upload(record.snapshot_pk, SNAPSHOTS / "circles.json")
    return record.snapshot_pk


@pytest.fixture()
def project():
    project = QgsProject()
    yield project
    project.clear()


def test_open_by_workspace_link_fills_the_publish_settings(gemeindescan_server, published, project, tmp_path):
    server = gemeindescan_server
    link = f"{server.frontend_url.rstrip('/')}/{server.workspace_id}/{published}/"
    data, origin = load_snapshot_data(link)
    opened = open_snapshot_in_project(data, str(tmp_path / "schulen.gpkg"), project, origin)
    assert [layer.name() for layer in opened.layers] == ["Schulen"]
    assert [category.label() for category in opened.layers[0].renderer().categories()] == [
        "Primarschule",
        "Oberstufe",
    ]
    # Publishing this project now updates the opened snapshot, in its workspace and municipality.
    assert read_publish_target(project) == {
        "snapshot_pk": published,
        "workspace": server.workspace_id,
        "bfs_number": "261",
        "server_url": server.url.rstrip("/"),
    }


def test_open_by_id_with_the_server_and_by_the_stored_files_address(gemeindescan_server, published):
    server = gemeindescan_server
    by_id, origin = load_snapshot_data(published, server.url)
    assert origin.snapshot_pk == published and origin.workspace_id is None and origin.bfs_number == ZURICH
    with GemeindescanClient(server.url) as client:
        # GraphQL's datafile is the name in the media folder; the upload answers with the whole address.
        stored_file = f"{server.url}/media/{client.snapshot(published, with_data=False).data_file_url}"
    by_file, _ = load_snapshot_data(stored_file)
    assert by_id == by_file and by_id["title"] == "Schulen"


def test_an_unknown_snapshot_says_so(gemeindescan_server):
    with pytest.raises(SnapshotNotFound, match="The snapshot ZZZZZZ does not exist on the server"):
        load_snapshot_data(f"{gemeindescan_server.url}/ZZZZZZ/")


def test_a_snapshot_without_a_file_and_one_without_layers_are_refused(gemeindescan_server, project, tmp_path):
    server = gemeindescan_server
    with pytest.raises(InvalidSnapshot, match="has no map yet"):
        load_snapshot_data(server.snapshot_without_file_pk, server.url)
    # The seeded snapshot's file is a data package without resources.
    data, origin = load_snapshot_data(server.existing_snapshot_pk, server.url)
    with pytest.raises(
        InvalidSnapshot, match=f"The snapshot {server.existing_snapshot_pk} is not a Gemeindescan"
    ):
        open_snapshot_in_project(data, str(tmp_path / "x.gpkg"), project, origin)
    assert read_publish_target(project)["snapshot_pk"] == ""
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "server", "expected"),
    [
        ("https://gemeindescan.ch/8OK4XB/", None, ("https://gemeindescan.ch", "8OK4XB", None)),
        ("https://gemeindescan.ch/de/B5BXT/8OK4XB/", None, ("https://gemeindescan.ch", "8OK4XB", "B5BXT")),
        (
            "https://gemeindescan.ch/B5BXT/8OK4XB/",
            "https://api.example.ch/",
            ("https://api.example.ch", "8OK4XB", "B5BXT"),
        ),
        (
            "https://api.example.ch/media/data-files/8OK4XB.json",
            None,
            ("https://api.example.ch", "8OK4XB", None),
        ),
        ("8OK4XB", "https://gemeindescan.ch", ("https://gemeindescan.ch", "8OK4XB", None)),
    ],
)
def test_links_name_server_snapshot_and_workspace(text, server, expected):
    link = parse_snapshot_link(text, server)
    assert (link.server_url, link.snapshot_pk, link.workspace_id) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("8OK4XB", "There is no file “8OK4XB”"),
        ("https://gemeindescan.ch/", "names no snapshot"),
        ("https://gemeindescan.ch/a/b/c/", "names no snapshot"),
        ("ftp://gemeindescan.ch/8OK4XB/", "is not a link to a snapshot"),
    ],
)
def test_what_names_no_snapshot_is_refused(text, message):
    with pytest.raises(InvalidInput, match=message):
        parse_snapshot_link(text)


# -- the command line ------------------------------------------------------------------------------


def run_cli(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "gemeindescan_uploader", "open", *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_opens_a_link_into_a_geopackage_and_project(gemeindescan_server, published, tmp_path):
    link = f"{gemeindescan_server.url}/{gemeindescan_server.workspace_id}/{published}/"
    process = run_cli(
        link, "--output", str(tmp_path / "schulen.gpkg"), "--project", str(tmp_path / "schulen.qgs")
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout.splitlines() == [
        "Schulen: 3 features, 2 styles "
        "(1 with unreadable geometry left out; style keys ignored: dashArray (1×))",
        f"GeoPackage: {tmp_path / 'schulen.gpkg'}",
        f"Project: {tmp_path / 'schulen.qgs'}",
        f"Publishing this project updates snapshot {published}.",
    ]
    project = QgsProject()
    assert project.read(str(tmp_path / "schulen.qgs"))
    assert read_publish_target(project)["snapshot_pk"] == published
    (layer,) = project.mapLayersByName("Schulen")
    assert layer.featureCount() == 3 and layer.renderer().type() == "categorizedSymbol"
    project.clear()


def test_cli_refuses_a_file_that_is_not_a_snapshot(tmp_path):
    path = tmp_path / "data.json"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    process = run_cli(str(path), "--output", str(tmp_path / "out.gpkg"))
    assert process.returncode == InvalidSnapshot.exit_code
    assert process.stderr.strip() == (
        "error: The file is plain GeoJSON, not a snapshot. Open it with "
        "Layer ▸ Add Layer ▸ Add Vector Layer instead."
    )
    assert not (tmp_path / "out.gpkg").exists()


def test_cli_unknown_snapshot_exits_with_the_not_found_code(gemeindescan_server, tmp_path):
    process = run_cli("ZZZZZZ", "--server", gemeindescan_server.url, "--output", str(tmp_path / "out.gpkg"))
    assert process.returncode == SnapshotNotFound.exit_code
    assert "The snapshot ZZZZZZ does not exist on the server" in process.stderr


# -- qgis_process ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_qgis_process_opens_a_link_into_a_styled_geopackage(tmp_path, gemeindescan_server, published):
    profile = create_profile(tmp_path / "profile", {})
    output = tmp_path / "schulen.gpkg"
    link = f"{gemeindescan_server.url}/{published}/"
    process, results = profile.run_algorithm(
        "gemeindescan:opensnapshot", [("LINK", link), ("OUTPUT", output)], unlocked=False
    )
    assert process.returncode == 0, process.stdout + process.stderr
    assert results["OUTPUT"] == str(output)
    assert results["REPORT"].startswith("Schulen: 3 features, 2 styles")
    layer = QgsVectorLayer(f"{output}|layername=schulen", "Schulen", "ogr")
    assert [category.label() for category in layer.renderer().categories()] == ["Primarschule", "Oberstufe"]


@pytest.mark.slow
def test_qgis_process_refuses_a_file_that_is_not_a_snapshot(tmp_path):
    profile = create_profile(tmp_path / "profile", {})
    path = tmp_path / "nothing.json"
    path.write_text("[]", encoding="utf-8")
    process, _ = profile.run_algorithm(
        "gemeindescan:opensnapshot", [("INPUT", path), ("OUTPUT", tmp_path / "out.gpkg")], unlocked=False
    )
    assert process.returncode == 1
    assert "The file is not a Gemeindescan snapshot" in process.stderr
    assert not (tmp_path / "out.gpkg").exists()


# -- the whole round: open from the server, change a layer, publish back as an update ----------------


def test_open_change_and_publish_back_updates_the_same_snapshot(gemeindescan_server, project, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsPointXY

    from gemeindescan_uploader.credentials import Credentials
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import PublishTarget, export_and_publish

    server = gemeindescan_server
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Schulen", "Bildung", ZURICH), WorkspaceReference(server.workspace_id)
        )
        client.upload(record.snapshot_pk, SNAPSHOTS / "circles.json")
    data, origin = load_snapshot_data(f"{server.url}/{server.workspace_id}/{record.snapshot_pk}/")
    opened = open_snapshot_in_project(data, str(tmp_path / "schulen.gpkg"), project, origin)
    layer = opened.layers[0]

    # The analyst adds a school; it gets the layer's most common style (Primarschule) by default.
    assert layer.startEditing()
    school = QgsFeature(layer.fields())
    for index in range(layer.fields().count()):
        if layer.defaultValueDefinition(index).isValid():
            school.setAttribute(index, layer.defaultValue(index))
    school.setAttribute("name", "Schule Neu")
    school.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(8.52, 47.37)))
    assert layer.addFeature(school)
    assert layer.commitChanges()

    settings = read_publish_target(project)
    target = PublishTarget(
        server_url=settings["server_url"],
        workspace=settings["workspace"],
        bfs_number=settings["bfs_number"],
        title=origin.title,
        topic=origin.topic,
        snapshot_pk=settings["snapshot_pk"],
    )
    context = ExportContext.for_extent(opened.extent, QgsCoordinateReferenceSystem("EPSG:4326"))
    login = Credentials(server.username, server.password)
    result = export_and_publish(
        opened.layers,
        context,
        SnapshotMetadata(title=origin.title),
        ExportOptions(),
        tmp_path / "schulen.json",
        target,
        login,
    )

    assert result.publish_result.snapshot_pk == record.snapshot_pk
    with GemeindescanClient(server.url) as client:
        back = client.snapshot(record.snapshot_pk)
        listed = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
    assert listed.count(record.snapshot_pk) == 1
    features = back.data["resources"][0]["data"]["features"]
    names = [feature["properties"]["name"] for feature in features]
    assert names == ["Schule Nord", "Schule Süd", "Oberstufe West", "Schule Neu"]
    # The new school is drawn like the Primarschulen: radius 50 m, blue fill.
    assert features[3]["properties"]["fillColor"] == "#1f77b4"
    assert features[3]["properties"]["radius"] == 50.0
