"""The local Gemeindescan server as a pytest fixture: a real Django server in a subprocess over TCP.

``start_local_server(data_dir, https=False, debug=True, max_upload_bytes=None)`` runs
``tests/gemeindescan_server/run.py`` and yields a ``LocalServer`` once it accepts connections; the
session fixture ``gemeindescan_server`` is one such server with default options. Registered for the
whole suite by ``pytest_plugins = ["local_server"]`` in tests/conftest.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

import pytest

RUNNER = Path(__file__).resolve().parent / "gemeindescan_server" / "run.py"
START_TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class LocalServer:
    """Where the local server listens and what it was seeded with."""

    url: str
    username: str
    password: str
    workspace_id: str
    workspace_with_snapshots_id: str
    existing_snapshot_pk: str
    data_dir: Path
    second_username: str = ""
    second_password: str = ""
    frontend_url: str = ""
    municipality_count: int = 0
    existing_snapshot_data: dict = field(default_factory=dict)
    snapshot_without_file_pk: str = ""
    #: Another user's workspace and snapshot (an update from analyst must not overwrite it unasked).
    colleague_workspace_id: str = ""
    colleague_snapshot_pk: str = ""
    https: bool = False
    debug: bool = True
    max_upload_bytes: Optional[int] = None
    log_path: Optional[Path] = None

    def log_text(self) -> str:
        """What the server wrote to stderr so far (requests, tracebacks)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path else ""

    @property
    def database_path(self) -> Path:
        """The server's SQLite database."""
        return self.data_dir / "db.sqlite3"

    def expire_sessions(self) -> int:
        """End every session on the server, as expiry would; the number of sessions ended.

        A client holding a session id is then anonymous: GraphQL answers ``snapshot: null`` and
        the upload 403, which is how the platform shows an expired login.
        """
        with contextlib.closing(sqlite3.connect(self.database_path, timeout=20)) as database, database:
            return database.execute("DELETE FROM django_session").rowcount


def _read_first_line(stream, result: list[str]) -> None:
    result.append(stream.readline().decode("utf-8"))


@contextlib.contextmanager
def start_local_server(
    data_dir: Path,
    https: bool = False,
    debug: bool = True,
    max_upload_bytes: Optional[int] = None,
    python: str = sys.executable,
    small_municipality_list: bool = False,
) -> Iterator[LocalServer]:
    """Run a local Gemeindescan server on a free port of 127.0.0.1 for the ``with`` block.

    ``small_municipality_list`` seeds 380 municipalities instead of the platform's 2,175 (4 pages, not 22),
    for tests that page through the list slowly on purpose.
    """
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    command = [python, str(RUNNER), "--port", "0", "--data-dir", str(data_dir)]
    if https:
        command.append("--https")
    if not debug:
        command.append("--no-debug")
    if max_upload_bytes is not None:
        command += ["--max-upload-bytes", str(max_upload_bytes)]
    if small_municipality_list:
        command.append("--small-municipality-list")
    log_path = data_dir / "server.log"
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONUNBUFFERED"] = "1"
    with log_path.open("ab") as log:
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL, env=env
        )
    try:
        first_line: list[str] = []
        reader = threading.Thread(target=_read_first_line, args=(process.stdout, first_line), daemon=True)
        reader.start()
        reader.join(START_TIMEOUT_SECONDS)
        if not first_line or not first_line[0].strip():
            process.kill()
            process.wait()
            raise RuntimeError(
                f"local Gemeindescan server did not start (exit code {process.returncode}):\n"
                + log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
            )
        facts = json.loads(first_line[0])
        yield LocalServer(
            url=facts["url"],
            username=facts["username"],
            password=facts["password"],
            workspace_id=facts["workspace_id"],
            workspace_with_snapshots_id=facts["workspace_with_snapshots_id"],
            existing_snapshot_pk=facts["existing_snapshot_pk"],
            data_dir=data_dir,
            second_username=facts["second_username"],
            second_password=facts["second_password"],
            frontend_url=facts["frontend_url"],
            municipality_count=facts["municipality_count"],
            existing_snapshot_data=facts["existing_snapshot_data"],
            snapshot_without_file_pk=facts["snapshot_without_file_pk"],
            colleague_workspace_id=facts["colleague_workspace_id"],
            colleague_snapshot_pk=facts["colleague_snapshot_pk"],
            https=https,
            debug=debug,
            max_upload_bytes=max_upload_bytes,
            log_path=log_path,
        )
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()


@pytest.fixture(scope="session")
def gemeindescan_server(tmp_path_factory) -> Iterator[LocalServer]:
    """One local Gemeindescan server (DEBUG on, plain http, no size limit) for the whole test session."""
    with start_local_server(tmp_path_factory.mktemp("gemeindescan-server")) as server:
        yield server
