"""The Processing algorithms run headless by /usr/bin/qgis_process.bin against the local server.

Each test starts a real qgis_process on a throw-away profile (plugin linked and enabled,
logins in an auth database unlocked through QGIS_AUTH_PASSWORD_FILE) and checks what
reached the server by reading it back with the client.
"""

from __future__ import annotations

import json
import sys

import pytest
import requests
from conftest import REPO_ROOT
from qgis_profile import create_profile

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.validation import validate_snapshot

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import sample_project  # noqa: E402

pytestmark = pytest.mark.slow

MODEL = REPO_ROOT / "tests" / "data" / "export_and_publish.model3"
ZURICH = sample_project.ZURICH_BFS_NUMBER


@pytest.fixture(scope="module")
def profile(tmp_path_factory, gemeindescan_server):
    """A qgis_process profile with the plugin and three logins: right, wrong password, wrong method."""
    server = gemeindescan_server
    return create_profile(
        tmp_path_factory.mktemp("qgis-profile"),
        {
            "gemeindescan": ("Basic", {"username": server.username, "password": server.password}),
            "wrong-password": ("Basic", {"username": server.username, "password": "not-the-password"}),
            "token": ("EsriToken", {"token": "abc"}),
        },
    )


@pytest.fixture(scope="module")
def sample(tmp_path_factory, qgis_app):
    """The styled sample project (zones, population, roads) and its GeoPackage."""
    folder = tmp_path_factory.mktemp("sample")
    sample_project.build_sample_project(folder)
    return folder


def extent_parameter() -> str:
    """The sample's extent as qgis_process takes it."""
    extent = sample_project.sample_extent()
    return f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()} [EPSG:2056]"


def gpkg_layers(sample) -> list[tuple[str, str]]:
    data = sample / "sample-data.gpkg"
    return [("LAYERS", f"{data}|layername={name}") for name in ("population", "roads", "zones")]


def publish_parameters(server, profile, **overrides) -> list[tuple[str, object]]:
    values = {
        "SERVER": server.url,
        "AUTHCFG": profile.authcfg["gemeindescan"],
        "WORKSPACE": server.workspace_id,
        "BFS_NUMBER": ZURICH,
        "TITLE": "Zonen Zürich",
        "TOPIC": "Raumplanung",
    }
    values.update(overrides)
    return [(name, value) for name, value in values.items() if value is not None]


def workspace_pks(server) -> list[str]:
    with GemeindescanClient(server.url) as client:
        return [snapshot.snapshot_pk for snapshot in client.workspace(server.workspace_id).snapshots]


def read_back(server, snapshot_pk):
    with GemeindescanClient(server.url) as client:
        return client.snapshot(snapshot_pk)


def failure_text(process) -> str:
    return f"exit {process.returncode}\nstdout:\n{process.stdout[-3000:]}\nstderr:\n{process.stderr[-3000:]}"


def test_qgis_process_lists_both_algorithms(profile):
    process = profile.qgis_process("list", unlocked=False)
    assert process.returncode == 0, failure_text(process)
    assert "gemeindescan:exportsnapshot" in process.stdout
    assert "gemeindescan:publishsnapshot" in process.stdout


def test_export_of_geopackage_layers_writes_a_valid_snapshot(profile, sample, tmp_path):
    output = tmp_path / "snapshot.json"
    process, results = profile.run_algorithm(
        "gemeindescan:exportsnapshot",
        gpkg_layers(sample)
        + [
            ("EXTENT", extent_parameter()),
            ("TITLE", "Zürich sample"),
            ("KEYWORDS", "zonen, bevölkerung"),
            ("OUTPUT", output),
        ],
        unlocked=False,
    )
    assert process.returncode == 0, failure_text(process)
    assert results["OUTPUT"] == str(output)
    assert results["REPORT"]
    snapshot = json.loads(output.read_text(encoding="utf-8"))
    assert validate_snapshot(snapshot) == []
    assert "Zürich sample" in json.dumps(snapshot, ensure_ascii=False)


def test_export_of_project_layers_matches_the_in_process_export(profile, sample, tmp_path, qgis_app):
    """qgis_process with the project gives the same file as exporting the project's styled layers in QGIS."""
    from qgis.core import QgsProject
    from structural import assert_matches

    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.export.package import build_snapshot

    output = tmp_path / "snapshot.json"
    process, _ = profile.run_algorithm(
        "gemeindescan:exportsnapshot",
        [
            ("LAYERS", "Population"),
            ("LAYERS", "Roads"),
            ("LAYERS", "Zones"),
            ("EXTENT", extent_parameter()),
            ("TITLE", "Zürich sample"),
            ("OUTPUT", output),
        ],
        unlocked=False,
        options=(f"--PROJECT_PATH={sample / 'sample-project.qgs'}",),
    )
    assert process.returncode == 0, failure_text(process)

    project = QgsProject()
    assert project.read(str(sample / "sample-project.qgs"))
    layers = sample_project.project_layers(project)
    context = ExportContext.for_extent(
        sample_project.sample_extent(), sample_project.LV95, transform_context=project.transformContext()
    )
    expected = build_snapshot(
        layers, context, SnapshotMetadata(title="Zürich sample", description="", keywords=[]), ExportOptions()
    )
    assert_matches(json.loads(output.read_text(encoding="utf-8")), expected)
    colours = json.dumps(expected)
    for colour in sample_project.ZONE_COLOURS.values():
        assert colour in colours, f"zone colour {colour} missing: the project's styles were not used"


def test_publish_creates_then_updates_the_same_snapshot(profile, sample, gemeindescan_server, tmp_path):
    server = gemeindescan_server
    snapshot_file = tmp_path / "snapshot.json"
    exported, _ = profile.run_algorithm(
        "gemeindescan:exportsnapshot",
        gpkg_layers(sample) + [("EXTENT", extent_parameter()), ("OUTPUT", snapshot_file)],
        unlocked=False,
    )
    assert exported.returncode == 0, failure_text(exported)
    before = workspace_pks(server)

    process, created = profile.run_algorithm(
        "gemeindescan:publishsnapshot", [("INPUT", snapshot_file)] + publish_parameters(server, profile)
    )
    assert process.returncode == 0, failure_text(process)
    snapshot_pk = created["SNAPSHOT_PK"]
    assert workspace_pks(server) == before + [snapshot_pk]
    assert created["SNAPSHOT_URL"].endswith(f"/{snapshot_pk}/")
    assert created["WORKSPACE_URL"].endswith(f"/{server.workspace_id}/{snapshot_pk}/")
    stored = read_back(server, snapshot_pk)
    assert stored.data == json.loads(snapshot_file.read_text(encoding="utf-8"))
    assert (stored.title, stored.topic, stored.bfs_number) == ("Zonen Zürich", "Raumplanung", ZURICH)
    # The stored file's address serves the very file that was published.
    assert requests.get(created["DATA_FILE_URL"], timeout=30).json() == stored.data

    process, updated = profile.run_algorithm(
        "gemeindescan:publishsnapshot",
        [("INPUT", snapshot_file)]
        + publish_parameters(server, profile, TITLE="Zonen Zürich 2026", SNAPSHOT=snapshot_pk),
    )
    assert process.returncode == 0, failure_text(process)
    assert updated["SNAPSHOT_PK"] == snapshot_pk
    assert workspace_pks(server) == before + [snapshot_pk]
    assert read_back(server, snapshot_pk).title == "Zonen Zürich 2026"


def test_publish_of_layers_exports_first_and_keeps_the_file(profile, sample, gemeindescan_server, tmp_path):
    server = gemeindescan_server
    kept = tmp_path / "kept.json"
    process, results = profile.run_algorithm(
        "gemeindescan:publishsnapshot",
        gpkg_layers(sample)
        + [("EXTENT", extent_parameter()), ("OUTPUT", kept)]
        + publish_parameters(server, profile),
    )
    assert process.returncode == 0, failure_text(process)
    assert results["OUTPUT"] == str(kept)
    snapshot = json.loads(kept.read_text(encoding="utf-8"))
    assert validate_snapshot(snapshot) == []
    assert read_back(server, results["SNAPSHOT_PK"]).data == snapshot


def test_publish_with_the_login_from_the_environment(profile, sample, gemeindescan_server, tmp_path):
    server = gemeindescan_server
    environment = profile.environment(
        unlocked=False, GEMEINDESCAN_USERNAME=server.username, GEMEINDESCAN_PASSWORD=server.password
    )
    process, results = profile.run_algorithm(
        "gemeindescan:publishsnapshot",
        gpkg_layers(sample) + publish_parameters(server, profile, AUTHCFG=None),
        environment=environment,
    )
    assert process.returncode == 0, failure_text(process)
    assert results["SNAPSHOT_PK"] in workspace_pks(server)
    assert server.password not in process.stdout + process.stderr


@pytest.mark.parametrize(
    "case, expected",
    [
        ("locked", "master password is not set"),
        ("unknown", "no QGIS authentication configuration with the id 'nosuch1'"),
        ("token", "needs one of type 'Basic'"),
        ("wrong-password", "username or password"),
        ("no-login", "GEMEINDESCAN_USERNAME"),
    ],
)
def test_login_problems_are_reported_in_words(profile, sample, gemeindescan_server, case, expected):
    server = gemeindescan_server
    authcfg = {
        "locked": profile.authcfg["gemeindescan"],
        "unknown": "nosuch1",
        "token": profile.authcfg["token"],
        "wrong-password": profile.authcfg["wrong-password"],
        "no-login": None,
    }[case]
    before = workspace_pks(server)
    process, results = profile.run_algorithm(
        "gemeindescan:publishsnapshot",
        gpkg_layers(sample) + publish_parameters(server, profile, AUTHCFG=authcfg),
        unlocked=case != "locked",
    )
    assert process.returncode != 0
    assert results == {}
    assert expected.lower() in (process.stdout + process.stderr).lower(), failure_text(process)
    assert server.password not in process.stdout + process.stderr
    assert workspace_pks(server) == before


def test_a_file_that_is_not_a_snapshot_is_refused_before_anything_is_sent(
    profile, gemeindescan_server, tmp_path
):
    server = gemeindescan_server
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"name": "no views, no resources"}), encoding="utf-8")
    before = workspace_pks(server)
    process, _ = profile.run_algorithm(
        "gemeindescan:publishsnapshot", [("INPUT", broken)] + publish_parameters(server, profile)
    )
    assert process.returncode != 0
    assert "not a snapshot the platform can show" in process.stdout + process.stderr, failure_text(process)
    assert workspace_pks(server) == before


def test_model_exports_and_publishes(profile, sample, gemeindescan_server, tmp_path):
    """tests/data/export_and_publish.model3: export → publish, run as a file by qgis_process."""
    server = gemeindescan_server
    kept = tmp_path / "from-model.json"
    parameters = gpkg_layers(sample) + [
        ("EXTENT", extent_parameter()),
        ("SERVER", server.url),
        ("AUTHCFG", profile.authcfg["gemeindescan"]),
        ("WORKSPACE", server.workspace_id),
        ("BFS_NUMBER", ZURICH),
        ("TITLE", "Aus dem Modell"),
        ("TOPIC", "Modell"),
        ("export:SNAPSHOT_FILE", kept),
    ]
    before = workspace_pks(server)
    process, results = profile.run_algorithm(str(MODEL), parameters)
    assert process.returncode == 0, failure_text(process)
    assert results["export:SNAPSHOT_FILE"] == str(kept)
    # QGIS 3.22 models output only files and layers, so the new snapshot is found in the workspace.
    new_pks = [pk for pk in workspace_pks(server) if pk not in before]
    assert len(new_pks) == 1
    stored = read_back(server, new_pks[0])
    assert (stored.title, stored.topic) == ("Aus dem Modell", "Modell")
    assert stored.data == json.loads(kept.read_text(encoding="utf-8"))


def test_a_failed_upload_says_which_snapshot_to_update(profile, sample, tmp_path):
    """A proxy refusing the file (413) after the record was created: the error names SNAPSHOT=<pk>."""
    from local_server import start_local_server

    with start_local_server(tmp_path / "server", max_upload_bytes=2000) as small_server:
        before = workspace_pks(small_server)
        process, _ = profile.run_algorithm(
            "gemeindescan:publishsnapshot", gpkg_layers(sample) + publish_parameters(small_server, profile)
        )
        assert process.returncode != 0
        created = [pk for pk in workspace_pks(small_server) if pk not in before]
        assert len(created) == 1
        assert f"SNAPSHOT={created[0]}" in process.stdout + process.stderr, failure_text(process)
