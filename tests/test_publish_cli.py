"""``python -m gemeindescan_uploader publish`` and ``municipalities`` as a script runs them, over HTTP."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from snapshot_samples import sample_snapshot, write_snapshot

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.errors import (
    Cancelled,
    InvalidInput,
    InvalidSnapshot,
    LoginFailed,
    MunicipalityNotFound,
    NetworkError,
    UploadRejected,
    WorkspaceNotFound,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
ZURICH = "261"


def run_cli(*args: str, password: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the command line as a user would, with the password (if any) in the environment."""
    environment = {key: value for key, value in os.environ.items() if key != "GEMEINDESCAN_PASSWORD"}
    if password is not None:
        environment["GEMEINDESCAN_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "gemeindescan_uploader", *args],
        cwd=REPO_ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def publish_args(
    server,
    file: Path,
    *extra: str,
    workspace: str | None = None,
    bfs: str = ZURICH,
    title: str = "Bauzonen Zürich",
    topic: str = "Raumplanung",
) -> list[str]:
    return [
        "publish",
        str(file),
        "--server",
        server.url,
        "--username",
        server.username,
        "--workspace",
        workspace or server.workspace_id,
        "--bfs",
        bfs,
        "--title",
        title,
        "--topic",
        topic,
        *extra,
    ]


def assert_one_line_error(result: subprocess.CompletedProcess, exit_code: int) -> str:
    assert result.returncode == exit_code, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


@pytest.fixture()
def snapshot_file(tmp_path):
    return write_snapshot(tmp_path / "Bauzonen Zürich.json")


def test_publish_prints_where_the_snapshot_lives_and_it_reads_back_byte_for_byte(
    gemeindescan_server, snapshot_file
):
    result = run_cli(*publish_args(gemeindescan_server, snapshot_file), password=gemeindescan_server.password)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert set(printed) == {"pk", "id", "url", "workspace_url", "data_file"}
    pk = printed["pk"]
    base = gemeindescan_server.url.rstrip("/")
    assert printed["url"] == f"{base}/{pk}/"
    assert printed["workspace_url"] == f"{base}/{gemeindescan_server.workspace_id}/{pk}/"

    original = snapshot_file.read_bytes()
    with GemeindescanClient(gemeindescan_server.url) as reader:
        snapshot = reader.snapshot(pk)
        assert snapshot.snapshot_node_id == printed["id"]
        workspace = reader.workspace(gemeindescan_server.workspace_id)
        assert pk in [item.snapshot_pk for item in workspace.snapshots]
    # Re-serialised the way the file was written, the data the server gives back is the very same bytes.
    assert json.dumps(snapshot.data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") == original
    assert requests.get(printed["data_file"], timeout=30).content == original


def test_publish_update_replaces_title_and_data(gemeindescan_server, snapshot_file, tmp_path):
    first = run_cli(*publish_args(gemeindescan_server, snapshot_file), password=gemeindescan_server.password)
    pk = json.loads(first.stdout)["pk"]
    second_file = write_snapshot(tmp_path / "second.json", sample_snapshot(title="Neu", features=5))
    second = run_cli(
        *publish_args(gemeindescan_server, second_file, "--update", pk, title="Neu"),
        password=gemeindescan_server.password,
    )
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["pk"] == pk
    with GemeindescanClient(gemeindescan_server.url) as reader:
        snapshot = reader.snapshot(pk)
    assert snapshot.title == "Neu"
    assert snapshot.data == json.loads(second_file.read_bytes())


def test_wrong_password(gemeindescan_server, snapshot_file):
    result = run_cli(*publish_args(gemeindescan_server, snapshot_file), password="wrong-password")
    line = assert_one_line_error(result, LoginFailed.exit_code)
    assert "username or password" in line


def test_unknown_bfs_number(gemeindescan_server, snapshot_file):
    result = run_cli(
        *publish_args(gemeindescan_server, snapshot_file, bfs="99999"), password=gemeindescan_server.password
    )
    line = assert_one_line_error(result, MunicipalityNotFound.exit_code)
    assert "BfS number 99999" in line


def test_unknown_workspace(gemeindescan_server, snapshot_file):
    result = run_cli(
        *publish_args(gemeindescan_server, snapshot_file, workspace="NOSUCHWS"),
        password=gemeindescan_server.password,
    )
    line = assert_one_line_error(result, WorkspaceNotFound.exit_code)
    assert "workspace NOSUCHWS" in line


@pytest.mark.parametrize(
    ("option", "value"),
    [("--workspace", "a b/c/d"), ("--bfs", "Zürich"), ("--title", "t" * 151), ("--topic", "p" * 101)],
)
def test_bad_input_is_refused(gemeindescan_server, snapshot_file, option, value):
    args = publish_args(gemeindescan_server, snapshot_file)
    args[args.index(option) + 1] = value
    assert_one_line_error(run_cli(*args, password=gemeindescan_server.password), InvalidInput.exit_code)


@pytest.mark.parametrize("content", ['{"views": [', '["not", "a", "snapshot"]', '{"views": []}'])
def test_a_file_that_is_not_a_snapshot_is_refused(gemeindescan_server, tmp_path, content):
    broken = tmp_path / "broken.json"
    broken.write_text(content, encoding="utf-8")
    result = run_cli(*publish_args(gemeindescan_server, broken), password=gemeindescan_server.password)
    assert_one_line_error(result, InvalidSnapshot.exit_code)


def test_without_a_password_nothing_is_asked_of_a_script(gemeindescan_server, snapshot_file):
    result = run_cli(*publish_args(gemeindescan_server, snapshot_file))
    line = assert_one_line_error(result, InvalidInput.exit_code)
    assert "GEMEINDESCAN_PASSWORD" in line


def test_there_is_no_password_option(gemeindescan_server, snapshot_file):
    result = run_cli(*publish_args(gemeindescan_server, snapshot_file, "--password", "x"))
    assert result.returncode == 2
    assert "unrecognized arguments: --password" in result.stderr


def test_unreachable_server(snapshot_file):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [
        "publish",
        str(snapshot_file),
        "--server",
        f"http://127.0.0.1:{port}",
        "--username",
        "u",
        "--workspace",
        "B5BXT",
        "--bfs",
        ZURICH,
        "--title",
        "T",
        "--topic",
        "T",
    ]
    line = assert_one_line_error(run_cli(*args, password="p"), NetworkError.exit_code)
    assert "Cannot reach" in line


def test_too_large_for_the_proxy(tmp_path):
    from local_server import start_local_server

    big = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=1_200_000))
    with start_local_server(tmp_path / "limited", max_upload_bytes=1_000_000) as server:
        result = run_cli(*publish_args(server, big), password=server.password)
    line = assert_one_line_error(result, UploadRejected.exit_code)
    assert "too large" in line
    # The record was created before the upload failed: the message says how to complete it.
    assert re.search(r"Publish again with --update [A-Z0-9]{6} to complete it\.$", line), line
    # One retry advice, not two.
    assert line.count("--update") == 1, line


def test_verbose_output_holds_no_secret(gemeindescan_server, snapshot_file):
    result = run_cli(
        *publish_args(gemeindescan_server, snapshot_file, "--verbose"), password=gemeindescan_server.password
    )
    assert result.returncode == 0, result.stderr
    assert "POST /account/login/" in result.stderr
    assert gemeindescan_server.password not in result.stderr + result.stdout
    for secret_name in ("sessionid=", "csrftoken=", "X-CSRFToken"):
        assert secret_name not in result.stderr


def test_municipalities_lists_every_one_with_a_tab(gemeindescan_server):
    result = run_cli("municipalities", "--server", gemeindescan_server.url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) > 100
    assert "261\tZürich (ZH)" in lines
    assert all(line.split("\t")[0].isdigit() and len(line.split("\t")) == 2 for line in lines)


def test_municipalities_search(gemeindescan_server):
    result = run_cli("municipalities", "--server", gemeindescan_server.url, "zürich")
    assert result.returncode == 0, result.stderr
    assert "261\tZürich (ZH)" in result.stdout.splitlines()
    assert all("zürich" in line.lower() for line in result.stdout.splitlines())


def test_the_password_is_asked_for_on_a_terminal_without_echo(gemeindescan_server, snapshot_file):
    import pty
    import select

    environment = {key: value for key, value in os.environ.items() if key != "GEMEINDESCAN_PASSWORD"}
    argv = [sys.executable, "-m", "gemeindescan_uploader", *publish_args(gemeindescan_server, snapshot_file)]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the pseudo-terminal is its controlling terminal, as in an interactive shell
        os.chdir(REPO_ROOT)
        os.execve(sys.executable, argv, environment)
    output = b""
    try:
        output = _read_until(terminal, b"Password for ", select)
        os.write(terminal, gemeindescan_server.password.encode() + b"\n")
        output += _read_until(terminal, None, select)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(terminal)
    text = output.decode("utf-8", errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, text
    assert f"Password for {gemeindescan_server.username} at" in text
    assert gemeindescan_server.password not in text
    printed = json.loads(next(line for line in text.splitlines() if line.startswith("{")))
    assert printed["data_file"]


def _read_until(terminal: int, marker: bytes | None, select, limit_seconds: float = 60) -> bytes:
    """Read the terminal until ``marker`` appears (or until the child closes it, for None)."""
    output = b""
    while marker is None or marker not in output:
        ready, _, _ = select.select([terminal], [], [], limit_seconds)
        if not ready:
            raise AssertionError(f"the command line stopped answering; it wrote {output!r}")
        try:
            chunk = os.read(terminal, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    return output


def test_ctrl_c_while_waiting_for_the_server_exits_as_cancelled():
    # A server that accepts the connection and never answers keeps the command waiting.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        command = subprocess.Popen(
            [sys.executable, "-m", "gemeindescan_uploader", "municipalities", "--server", url],
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        connection, _ = silent.accept()
        with connection:
            command.send_signal(signal.SIGINT)
            stdout, stderr = command.communicate(timeout=60)
    assert command.returncode == Cancelled.exit_code, stderr
    assert stderr.strip() == "error: cancelled"
    assert stdout == ""
