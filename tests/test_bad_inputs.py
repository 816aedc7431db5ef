"""Hostile and mistyped inputs on the command line: each ends in one line and a documented exit code.

Files, addresses, texts, extents and output paths, as analysts (and scripts) get them wrong. None may
end in a traceback, repeat a password it was given, or touch the project and its data.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_runner import WRITTEN_PATHS, run_cli
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from snapshot_samples import write_snapshot

from gemeindescan_uploader.errors import (
    UNEXPECTED_ERROR_EXIT_CODE,
    InvalidInput,
    InvalidSnapshot,
)
from tests.export_cases import parcels_layer

INVALID_INPUT = InvalidInput.exit_code
NOT_A_SNAPSHOT = InvalidSnapshot.exit_code
SECRET = "s3cret-Pässword"


@pytest.fixture(autouse=True)
def environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", SECRET)
    monkeypatch.setenv("GEMEINDESCAN_LOG_FILE", str(tmp_path / "gemeindescan.log"))
    WRITTEN_PATHS.append(tmp_path)


def publish_argv(server, file, **overrides: str) -> list[str]:
    options = {
        "--server": server.url,
        "--username": server.username,
        "--workspace": server.workspace_id,
        "--bfs": "261",
        "--title": "Zonen",
        "--topic": "Raumplanung",
    }
    options.update(overrides)
    argv = ["publish", str(file)]
    for name, value in options.items():
        argv += [name, value] if value is not None else []
    return argv


# -- files -----------------------------------------------------------------------------------------


def _deep(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


FILES = {
    "missing": None,
    "folder": "folder",
    "empty": b"",
    "not JSON": b"this is { not json",
    "a JSON array": b"[]",
    "a JSON string": b'"snapshot"',
    "nested 100,000 deep": _deep(100_000),
    "a snapshot nested 3,000 deep": b'{"views": ' + _deep(3000) + b"}",
    "binary": bytes(range(256)) * 8,
    "JSON without views": json.dumps({"name": "x", "resources": []}).encode(),
    "NaN instead of views": b'{"name": "x", "views": NaN, "resources": []}',
    "a UTF-8 byte order mark and garbage": b"\xef\xbb\xbf{,}",
}


@pytest.mark.parametrize("case", list(FILES), ids=list(FILES))
def test_a_file_that_is_not_a_snapshot_is_refused_before_the_login(
    case, gemeindescan_server, tmp_path, capsys, caplog
):
    file = tmp_path / "snapshot.json"
    content = FILES[case]
    if content == "folder":
        file.mkdir()
    elif content is not None:
        file.write_bytes(content)
    # No server is asked: the file is refused first, so a wrong file never costs a login.
    nowhere = {"--server": "http://127.0.0.1:9/"}
    result = run_cli(capsys, caplog, *publish_argv(gemeindescan_server, file, **nowhere))
    assert result.code == NOT_A_SNAPSHOT, result.stderr
    assert "snapshot" in result.error_line or "does not exist" in result.error_line


def test_opening_a_file_nested_100000_deep_is_one_line_too(tmp_path, capsys, caplog, qgis_app):
    deep = tmp_path / "deep.json"
    deep.write_bytes(_deep(100_000))
    result = run_cli(capsys, caplog, "open", str(deep), "--output", str(tmp_path / "out.gpkg"))
    assert result.code == NOT_A_SNAPSHOT, result.stderr
    assert "is not valid JSON" in result.error_line
    assert not (tmp_path / "out.gpkg").exists()


# -- addresses ---------------------------------------------------------------------------------------

ADDRESSES = [
    ("--server", "ftp://gemeindescan.ch/", "is not a server address"),
    ("--server", "gemeindescan.ch", "is not a server address (expected https://"),
    ("--server", "https://anna:" + SECRET + "@gemeindescan.ch/", "without a username or password"),
    ("--server", "https://anna@gemeindescan.ch/", "without a username or password"),
    ("--server", "https://gemeindescan.ch/graphql/", "Use https://gemeindescan.ch/ as server address"),
    ("--server", "https://gemeindescan.ch/graphql", "Use https://gemeindescan.ch/ as server address"),
    ("--server", "https://gemeindescan.ch/api/v1/snapshots/8OK4XB/", "Use https://gemeindescan.ch/ as"),
    ("--server", "https://gemeindescan.ch:99999/", "is not a server address"),
    ("--server", "https://gemeinde scan.ch/", "is not a server address"),
    ("--server", "http://[::1", "is not a server address"),
    ("--server", "https://gemeindescan.ch/?next=/x", "without '?…' or '#…': https://gemeindescan.ch/"),
    ("--frontend", "https://anna:" + SECRET + "@gemeindescan.ch/", "website address without a username"),
    ("--frontend", "javascript:alert(1)", "is not a website address"),
    ("--workspace", f"https://anna:{SECRET}@gemeindescan.ch/B5BXT/", "workspace link without a username"),
    ("--workspace", "", "No workspace given"),
    ("--workspace", "B5BXT/8OK4XB/extra/more", "is not a workspace"),
]


@pytest.mark.parametrize(
    ("option", "value", "says"), ADDRESSES, ids=[f"{option} {value!r}" for option, value, _ in ADDRESSES]
)
def test_a_bad_address_is_refused_without_repeating_a_password(
    option, value, says, gemeindescan_server, tmp_path, capsys, caplog
):
    file = write_snapshot(tmp_path / "snapshot.json")
    result = run_cli(capsys, caplog, *publish_argv(gemeindescan_server, file, **{option: value}))
    assert result.code == INVALID_INPUT, result.stderr
    assert says in result.error_line
    assert SECRET not in result.stderr + caplog.text


def test_the_municipalities_command_refuses_a_bad_address_too(capsys, caplog):
    result = run_cli(capsys, caplog, "municipalities", "--server", "https://x:" + SECRET + "@host/")
    assert result.code == INVALID_INPUT
    assert SECRET not in result.error_line


# -- texts ---------------------------------------------------------------------------------------------

TEXTS = [
    ("--title", "", "Give the snapshot a title."),
    ("--title", "   ", "Give the snapshot a title."),
    ("--title", "T" * 151, "The title is 151 characters long; the server allows at most 150."),
    ("--title", "Zeile 1\n" * 2000, "The title is"),
    ("--topic", "p" * 101, "The topic is 101 characters long; the server allows at most 100."),
    ("--title", "Glocke \x07 läutet", "contains a control character"),
    ("--bfs", "abc", "'abc' is not a BfS number"),
    ("--bfs", "-1", "is not a BfS number"),
    ("--bfs", "٣", "is not a BfS number"),
    ("--bfs", "0", "is not a BfS number"),
    ("--bfs", "1e3", "is not a BfS number"),
    ("--bfs", "9" * 40, "is not a BfS number"),
]


@pytest.mark.parametrize(("option", "value", "says"), TEXTS, ids=[f"{o} {v[:12]!r}" for o, v, _ in TEXTS])
def test_a_bad_text_is_refused_before_anything_is_sent(
    option, value, says, gemeindescan_server, tmp_path, capsys, caplog
):
    file = write_snapshot(tmp_path / "snapshot.json")
    # The server address leads nowhere: the input must be refused before any request.
    argv = publish_argv(gemeindescan_server, file, **{option: value, "--server": "http://127.0.0.1:9/"})
    result = run_cli(capsys, caplog, *argv)
    assert result.code == INVALID_INPUT, result.stderr
    assert says in result.error_line
    assert len(result.error_line) < 400


def test_a_malformed_snapshot_id_to_update_is_refused(gemeindescan_server, tmp_path, capsys, caplog):
    file = write_snapshot(tmp_path / "snapshot.json")
    result = run_cli(capsys, caplog, *publish_argv(gemeindescan_server, file), "--update", "not a pk!")
    assert result.code == INVALID_INPUT
    assert "'not a pk!' is not a snapshot id" in result.error_line


def test_usage_errors_are_one_line_with_exit_code_2(capsys, caplog):
    for argv in (["publish"], ["no-such-command"], ["publish", "x.json", "--server"], []):
        result = run_cli(capsys, caplog, *argv)
        assert result.code == INVALID_INPUT, argv
        assert "--help" in result.error_line


# -- export: extents, precision, output paths ----------------------------------------------------


@pytest.fixture()
def project_file(tmp_path, qgis_app):
    """A saved project with one GeoPackage layer."""
    data = tmp_path / "parcels.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        parcels_layer(), str(data), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2056"))
    layer = QgsVectorLayer(f"{data}|layername=parcels", "Parzellen", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    path = tmp_path / "project.qgs"
    assert project.write(str(path))
    project.clear()
    yield path
    QgsProject.instance().clear()


def _digests(folder: Path) -> dict[str, str]:
    """The project and its data, byte for byte (SQLite's own -wal/-shm files come and go as it pleases)."""
    return {
        name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
        for name in ("project.qgs", "parcels.gpkg")
    }


EXTENTS = ["0,0,inf,inf", "nan,0,1,1", "1,2,3", "a,b,c,d", "5,5,1,1", "1e400,0,1,1", "1,2,,4", "1,2,3,4,5"]


@pytest.mark.parametrize("extent", EXTENTS)
def test_a_bad_extent_is_refused(extent, project_file, capsys, caplog):
    result = run_cli(
        capsys,
        caplog,
        "export",
        "--project",
        str(project_file),
        f"--extent={extent}",
        "--output",
        str(project_file.parent / "out.json"),
    )
    assert result.code == INVALID_INPUT, result.stderr
    assert "--extent" in result.error_line


def test_a_precision_out_of_range_is_refused(project_file, capsys, caplog):
    result = run_cli(
        capsys,
        caplog,
        "export",
        "--project",
        str(project_file),
        "--precision",
        "99",
        "--output",
        str(project_file.parent / "out.json"),
    )
    assert result.code == INVALID_INPUT
    assert "--precision must be between 0 and 15" in result.error_line


OUTPUTS = {
    "the project": ("project.qgs", "is the QGIS project itself"),
    "the layer's GeoPackage": ("parcels.gpkg", "is the data of the layer 'Parzellen'"),
    "its -wal file": ("parcels.gpkg-wal", "is a database file of the layer 'Parzellen'"),
    "its -shm file": ("parcels.gpkg-shm", "is a database file of the layer 'Parzellen'"),
    "the project's folder": (".", "is a folder"),
}


@pytest.mark.parametrize("case", list(OUTPUTS), ids=list(OUTPUTS))
def test_an_output_over_the_analysts_work_is_refused_and_nothing_changes(case, project_file, capsys, caplog):
    name, says = OUTPUTS[case]
    folder = project_file.parent
    before = _digests(folder)
    output = folder / name if name != "." else folder
    result = run_cli(
        capsys,
        caplog,
        "export",
        "--project",
        str(project_file),
        "--layer",
        "Parzellen",
        "--extent=2599990,1199990,2600100,1200100",
        "--extent-crs",
        "EPSG:2056",
        "--output",
        str(output),
    )
    assert result.code == INVALID_INPUT, result.stderr
    assert says in result.error_line
    assert _digests(folder) == before


def test_an_output_through_a_symbolic_link_to_the_data_is_refused(project_file, capsys, caplog):
    link = project_file.parent / "harmless-looking.json"
    link.symlink_to(project_file.parent / "parcels.gpkg")
    before = _digests(project_file.parent)
    result = run_cli(capsys, caplog, "export", "--project", str(project_file), "--output", str(link))
    assert result.code == INVALID_INPUT, result.stderr
    assert "is the data of the layer 'Parzellen'" in result.error_line
    assert _digests(project_file.parent) == before


# -- the last line of defence ------------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_a_log_file_and_its_own_exit_code(
    monkeypatch, tmp_path, capsys, caplog
):
    import gemeindescan_uploader.client as client_package

    def broken(*args, **kwargs):
        raise ValueError(f"a bug that mentions the password {SECRET}")

    from gemeindescan_uploader.redaction import forget_secrets, register_secret

    forms = register_secret(SECRET)  # as a client does when it logs in
    monkeypatch.setattr(client_package, "GemeindescanClient", broken)
    quiet = run_cli(capsys, caplog, "municipalities", "--server", "http://127.0.0.1:9/")
    assert quiet.code == UNEXPECTED_ERROR_EXIT_CODE
    log_file = tmp_path / "gemeindescan.log"
    assert quiet.error_line == (
        f"error: an unexpected problem stopped the command (ValueError). The details "
        f"are in {log_file}. Please report it with that file."
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "a bug that mentions the password ***" in logged
    assert SECRET not in logged

    verbose = run_cli(capsys, caplog, "municipalities", "--server", "http://127.0.0.1:9/", "--verbose")
    assert verbose.code == UNEXPECTED_ERROR_EXIT_CODE
    assert "Traceback" in verbose.stderr
    assert SECRET not in verbose.stderr
    forget_secrets(forms)
