"""Relay ids, workspace references and the checks made before anything is sent."""

from __future__ import annotations

import base64

import pytest

from gemeindescan_uploader.client import GemeindescanClient, check_bfs_number, check_title_and_topic
from gemeindescan_uploader.client.ids import (
    WorkspaceReference,
    check_snapshot_pk,
    from_global_id,
    parse_workspace_reference,
    snapshot_node_id,
    to_global_id,
    workspace_node_id,
)
from gemeindescan_uploader.errors import InvalidInput


def test_relay_ids_are_padded_standard_base64():
    # "WorkspaceNode:B5BXT" is 19 bytes: base64 needs one "=" the server insists on.
    assert workspace_node_id("B5BXT") == base64.b64encode(b"WorkspaceNode:B5BXT").decode()
    assert workspace_node_id("B5BXT").endswith("=")
    assert snapshot_node_id("8OK4XB") == "U25hcHNob3ROb2RlOjhPSzRYQg=="
    assert from_global_id(snapshot_node_id("8OK4XB")) == ("SnapshotNode", "8OK4XB")
    assert from_global_id(to_global_id("WorkspaceNode", "ACC01")) == ("WorkspaceNode", "ACC01")


@pytest.mark.parametrize("text", ["U25hcHNob3ROb2RlOjhPSzRYQg", "not base64!", "QUJD"])
def test_from_global_id_refuses_what_is_not_a_relay_id(text):
    with pytest.raises(InvalidInput):
        from_global_id(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B5BXT", WorkspaceReference("B5BXT")),
        ("  B5BXT  ", WorkspaceReference("B5BXT")),
        ("B5BXT/", WorkspaceReference("B5BXT")),
        ("B5BXT/8OK4XB/", WorkspaceReference("B5BXT", "8OK4XB")),
        ("/B5BXT/8OK4XB", WorkspaceReference("B5BXT", "8OK4XB")),
        ("https://gemeindescan.ch/B5BXT/8OK4XB/", WorkspaceReference("B5BXT", "8OK4XB")),
        ("https://gemeindescan.ch/de/B5BXT/8OK4XB/", WorkspaceReference("B5BXT", "8OK4XB")),
        ("https://gemeindescan.ch/fr/B5BXT/?tab=map#top", WorkspaceReference("B5BXT")),
        ("http://127.0.0.1:8000/ACC01/", WorkspaceReference("ACC01")),
        (workspace_node_id("ACC01"), WorkspaceReference("ACC01")),
    ],
)
def test_workspace_references_in_every_form(text, expected):
    assert parse_workspace_reference(text) == expected


def test_a_frontend_under_a_sub_path_is_stripped():
    reference = parse_workspace_reference(
        "https://example.org/scan/de/B5BXT/8OK4XB/", frontend_url="https://example.org/scan/"
    )
    assert reference == WorkspaceReference("B5BXT", "8OK4XB")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "B5 BXT",
        "https://gemeindescan.ch/",
        "a/b/c",
        "B5BXT/8OK-4XB/",
        "https://gemeindescan.ch/de/",
        "ws?x=1",
        "Zürich",
    ],
)
def test_malformed_workspace_references_are_invalid_input(text):
    with pytest.raises(InvalidInput) as caught:
        parse_workspace_reference(text)
    assert "workspace" in caught.value.message.lower()


@pytest.mark.parametrize(("value", "expected"), [(261, 261), ("261", 261), (" 0261 ", 261)])
def test_bfs_numbers_become_whole_numbers(value, expected):
    assert check_bfs_number(value) == expected


@pytest.mark.parametrize("value", ["abc", "26.1", "-261", "", "٢٦١", True])
def test_bfs_numbers_that_are_not_whole_numbers_are_refused(value):
    with pytest.raises(InvalidInput):
        check_bfs_number(value)


def test_title_and_topic_lengths_are_checked_at_the_server_limits():
    assert check_title_and_topic("t" * 150, "p" * 100) == ("t" * 150, "p" * 100)
    with pytest.raises(InvalidInput, match="151 characters"):
        check_title_and_topic("t" * 151, "topic")
    with pytest.raises(InvalidInput, match="101 characters"):
        check_title_and_topic("title", "p" * 101)
    with pytest.raises(InvalidInput):
        check_title_and_topic("  ", "topic")


@pytest.mark.parametrize("pk", ["8OK4XB", " 8OK4XB/ "])
def test_snapshot_pks(pk):
    assert check_snapshot_pk(pk) == "8OK4XB"


@pytest.mark.parametrize("pk", ["", "8OK 4XB", "../x", "8OK4XB/extra"])
def test_bad_snapshot_pks(pk):
    with pytest.raises(InvalidInput):
        check_snapshot_pk(pk)


def test_links_use_the_frontend_and_trailing_slashes():
    client = GemeindescanClient("http://127.0.0.1:9/", frontend_url="https://gemeindescan.ch")
    assert client.snapshot_url("8OK4XB") == "https://gemeindescan.ch/8OK4XB/"
    assert client.workspace_url("B5BXT", "8OK4XB") == "https://gemeindescan.ch/B5BXT/8OK4XB/"
    assert GemeindescanClient("http://127.0.0.1:9").snapshot_url("X") == "http://127.0.0.1:9/X/"


@pytest.mark.parametrize("url", ["gemeindescan.ch", "ftp://x", ""])
def test_a_server_address_must_be_http_or_https(url):
    with pytest.raises(InvalidInput):
        GemeindescanClient(url)


def test_a_server_address_with_a_password_in_it_is_refused_without_repeating_it():
    with pytest.raises(InvalidInput) as caught:
        GemeindescanClient("https://anna:geheim-123@gemeindescan.ch/")
    assert "geheim-123" not in caught.value.message + caught.value.detail + repr(caught.value)


def test_municipalities_survive_a_round_trip_through_json():
    import json

    from gemeindescan_uploader.client import Municipality

    zurich = Municipality(261, "Zürich", "ZH", "Zürich (ZH)")
    assert Municipality.from_dict(json.loads(json.dumps(zurich.as_dict()))) == zurich


def test_the_client_and_its_commands_import_no_qgis():
    import subprocess
    import sys

    from conftest import REPO_ROOT

    # Importing anything from qgis fails in this interpreter, as in plain Python without QGIS.
    code = (
        "import sys; sys.modules['qgis'] = None\n"
        "import gemeindescan_uploader.client, gemeindescan_uploader.publish\n"
        "import gemeindescan_uploader.cli.publish, gemeindescan_uploader.cli.municipalities\n"
        "from gemeindescan_uploader.cli import build_parser; build_parser()\n"
        "print(sorted(name for name in sys.modules if name.startswith(('qgis', 'PyQt'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['qgis']"
