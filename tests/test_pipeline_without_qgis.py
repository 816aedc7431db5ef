"""The command line publishes through the shared pipeline, in a Python where QGIS cannot be imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from snapshot_samples import sample_snapshot, write_snapshot

from gemeindescan_uploader.client import GemeindescanClient

REPO_ROOT = Path(__file__).resolve().parent.parent
# Any "import qgis" fails in this interpreter, as in a plain Python without QGIS.
WITHOUT_QGIS = (
    "import sys; sys.modules['qgis'] = None; "
    "from gemeindescan_uploader.cli import main; raise SystemExit(main(sys.argv[1:]))"
)


def run_without_qgis(*args: str, password: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, GEMEINDESCAN_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_QGIS, *args],
        cwd=REPO_ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )


def logouts(server) -> int:
    """Logout requests the local server has logged so far."""
    return server.log_text().count("GET /account/logout/")


def test_publish_runs_the_pipeline_without_qgis_and_logs_out(gemeindescan_server, tmp_path):
    path = write_snapshot(tmp_path / "ohne-qgis.json", sample_snapshot(title="Ohne QGIS"))
    before = logouts(gemeindescan_server)
    result = run_without_qgis(
        "publish",
        str(path),
        "--server",
        gemeindescan_server.url,
        "--username",
        gemeindescan_server.username,
        "--workspace",
        gemeindescan_server.workspace_id,
        "--bfs",
        "261",
        "--title",
        "Ohne QGIS",
        "--topic",
        "Tests",
        password=gemeindescan_server.password,
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    with GemeindescanClient(gemeindescan_server.url) as client:
        assert client.snapshot(printed["pk"]).data == json.loads(path.read_text("utf-8"))
    assert logouts(gemeindescan_server) == before + 1, "the command line logs out after publishing"


def test_a_broken_file_is_refused_without_qgis_before_any_login(gemeindescan_server, tmp_path):
    broken = tmp_path / "kaputt.json"
    broken.write_text('{"resources": [{"data": {"features": [{"type": "Feature",', encoding="utf-8")
    before = gemeindescan_server.log_text().count("POST /account/login/")
    result = run_without_qgis(
        "publish",
        str(broken),
        "--server",
        gemeindescan_server.url,
        "--username",
        "x",
        "--workspace",
        gemeindescan_server.workspace_id,
        "--bfs",
        "261",
        "--title",
        "T",
        "--topic",
        "T",
        password="never-sent",
    )
    assert result.returncode == 10, result.stderr
    assert "kaputt.json is not a valid JSON file" in result.stderr and "Traceback" not in result.stderr
    assert gemeindescan_server.log_text().count("POST /account/login/") == before
