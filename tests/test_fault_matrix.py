"""The fault matrix: every way a publish can break, run through the command line against the local server.

A fault proxy (tests/fault_proxy.py) sits between the client and the local Gemeindescan server and
breaks one step. For every cell: one clear line naming the step and what to do, the documented exit
code, the snapshot file untouched, never a second snapshot, and a retry after the fault clears (as the
message advises) completes the same snapshot. At the end of the module every output, log and file the
suite wrote is searched for the password, the session ids and the CSRF tokens.
"""

from __future__ import annotations

import hashlib
import json
import re
import ssl
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from cli_runner import WRITTEN_PATHS, WRITTEN_TEXTS, run_cli
from fault_proxy import closed_port, fault_proxy
from local_server import LocalServer, start_local_server
from snapshot_samples import sample_snapshot, write_snapshot

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.errors import (
    Cancelled,
    NetworkError,
    RequestTimeout,
    ServerError,
    SessionExpired,
    SnapshotElsewhere,
    UploadRejected,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
ZURICH = "261"
PK = re.compile(r"--update ([A-Z0-9]{6})")
# Short waits keep the suite fast; the client reads them like any other setting.
IDLE_SECONDS = "1.5"


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> LocalServer:
    """A server of its own: some faults end every session on it."""
    data_dir = tmp_path_factory.mktemp("fault-matrix-server")
    WRITTEN_PATHS.append(data_dir)
    with start_local_server(data_dir) as local:
        yield local


@pytest.fixture(scope="module")
def proxy(server):
    with fault_proxy(server.url) as running:
        yield running


@pytest.fixture(autouse=True)
def cli_environment(monkeypatch, server, tmp_path):
    """The password in the environment, short timeouts, no proxy settings, the log file in tmp_path."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "http_proxy",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "NO_PROXY",
        "no_proxy",
        "REQUESTS_CA_BUNDLE",
        "CURL_CA_BUNDLE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", server.password)
    monkeypatch.setenv("GEMEINDESCAN_IDLE_TIMEOUT", IDLE_SECONDS)
    monkeypatch.setenv("GEMEINDESCAN_CONNECT_TIMEOUT", "2")
    monkeypatch.setenv("GEMEINDESCAN_LOG_FILE", str(tmp_path / "gemeindescan.log"))
    WRITTEN_PATHS.append(tmp_path)


def publish_argv(server_url: str, file: Path, title: str, workspace: str, *extra: str) -> list[str]:
    return [
        "publish",
        str(file),
        "--server",
        server_url,
        "--username",
        "analyst",
        "--workspace",
        workspace,
        "--bfs",
        ZURICH,
        "--title",
        title,
        "--topic",
        "Fehlerfälle",
        "--verbose",
        *extra,
    ]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshots_titled(server: LocalServer, title: str) -> list:
    """The snapshots with ``title`` in the publishing workspace, read past the proxy."""
    with GemeindescanClient(server.url) as reader:
        return [item for item in reader.workspace(server.workspace_id).snapshots if item.title == title]


def stored_data(server: LocalServer, pk: str):
    with GemeindescanClient(server.url) as reader:
        return reader.snapshot(pk).data


@dataclass(frozen=True)
class Cell:
    """One row of the matrix: the broken step, how it breaks, and what the analyst must read."""

    name: str
    step: str
    fault: str
    exit_code: int
    says: tuple[str, ...]
    # Whether the record exists after the failure (the message then names it for --update).
    names_record: bool = False


MATRIX = [
    Cell(
        "no answer to the login page",
        "login page",
        "silent",
        RequestTimeout.exit_code,
        ("stopped answering while opening the login page", "Try again later"),
    ),
    Cell(
        "no answer to the login",
        "login",
        "silent",
        RequestTimeout.exit_code,
        ("stopped answering while logging in", "Try again later"),
    ),
    Cell(
        "no answer to the create",
        "create",
        "silent",
        RequestTimeout.exit_code,
        ("stopped answering while creating the snapshot", "Try again later"),
    ),
    Cell(
        "no answer to the upload",
        "upload",
        "silent",
        RequestTimeout.exit_code,
        ("stopped answering while uploading the snapshot file", "Publish again with --update"),
        True,
    ),
    Cell(
        "502 page at the login page",
        "login page",
        "gateway_502",
        ServerError.exit_code,
        ("while opening the login page", "HTTP 502", "Try again later"),
    ),
    Cell(
        "502 page at the login",
        "login",
        "gateway_502",
        ServerError.exit_code,
        ("while logging in", "HTTP 502", "Try again later"),
    ),
    Cell(
        "502 page at the create",
        "create",
        "gateway_502",
        ServerError.exit_code,
        ("while creating the snapshot", "HTTP 502", "Try again later"),
    ),
    Cell(
        "502 page at the upload",
        "upload",
        "gateway_502",
        ServerError.exit_code,
        ("while uploading the snapshot file", "HTTP 502", "Publish again with --update"),
        True,
    ),
    Cell(
        "500 page at the upload",
        "upload",
        "server_500",
        ServerError.exit_code,
        ("failed while uploading the snapshot file", "HTTP 500", "Publish again with --update"),
        True,
    ),
    Cell(
        "reset in the middle of the upload",
        "upload",
        "reset",
        NetworkError.exit_code,
        ("connection", "broke while uploading the snapshot file", "Publish again with --update"),
        True,
    ),
    Cell(
        "lost answer to the create, server unreachable after it",
        "create",
        "lost_answer_then_down",
        ServerError.exit_code,
        (
            "while creating the snapshot",
            "HTTP 504",
            "It is not known whether the server created the snapshot",
            "publishing again with the same title",
        ),
    ),
    Cell(
        "413 from the gateway",
        "upload",
        "too_large",
        UploadRejected.exit_code,
        ("too large", "Publish again with --update"),
        True,
    ),
    Cell(
        "CSRF failure at the login",
        "login",
        "csrf",
        ServerError.exit_code,
        ("refused the login for security reasons", "http:// or https://"),
    ),
    Cell(
        "CSRF failure at the upload",
        "upload",
        "csrf",
        ServerError.exit_code,
        ("refused the upload for security reasons", "Publish again with --update"),
        True,
    ),
    Cell(
        "data_file null",
        "upload",
        "null_data_file",
        UploadRejected.exit_code,
        ("did not store the snapshot file", "Publish again with --update"),
        True,
    ),
]


@pytest.mark.parametrize("cell", MATRIX, ids=[cell.name for cell in MATRIX])
def test_a_broken_step_says_what_to_do_and_the_retry_completes_the_same_snapshot(
    cell, server, proxy, tmp_path, capsys, caplog
):
    title = f"Matrix: {cell.name}"
    # Large enough that a reset or a fault meets the upload while it is still sending.
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title, padding=300_000))
    before = digest(file)
    proxy.break_step(cell.step, cell.fault)
    try:
        failed = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id))
    finally:
        proxy.heal()
    assert failed.code == cell.exit_code, failed.stderr
    line = failed.error_line
    for words in cell.says:
        assert words in line, line
    assert digest(file) == before
    left = snapshots_titled(server, title)
    assert len(left) == (1 if cell.names_record else 0) or cell.fault == "lost_answer_then_down", left
    assert len(left) <= 1, left
    advised = PK.search(line)
    assert bool(advised) == cell.names_record, line
    if advised:
        assert advised.group(1) == left[0].snapshot_pk
        assert line.count("--update") == 1, line

    # The analyst does what the message says, once the fault has cleared.
    extra = ("--update", advised.group(1)) if advised else ()
    retried = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id, *extra))
    result = retried.published
    after = snapshots_titled(server, title)
    assert [item.snapshot_pk for item in after] == [result["pk"]]
    if left:
        assert result["pk"] == left[0].snapshot_pk
    assert stored_data(server, result["pk"]) == json.loads(file.read_text(encoding="utf-8"))
    assert digest(file) == before


def test_a_lost_answer_to_the_create_is_looked_up_and_completed(server, proxy, tmp_path, capsys, caplog):
    title = "Matrix: lost answer to the create"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))
    proxy.break_step("create", "lost_answer")
    try:
        published = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id))
    finally:
        proxy.heal()
    result = published.published
    # The gateway's 504 hid a create that happened: that record got the file, no second one was made.
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [result["pk"]]
    assert stored_data(server, result["pk"]) == json.loads(file.read_text(encoding="utf-8"))
    assert "The answer to the create was lost" in caplog.text


def test_a_session_that_expires_between_create_and_upload_is_renewed(server, proxy, tmp_path, capsys, caplog):
    title = "Matrix: session expires before the upload"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))

    def expire_once() -> None:
        proxy.heal()
        assert server.expire_sessions() >= 1

    proxy.break_step("upload", "call", expire_once)
    try:
        result = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id)).published
    finally:
        proxy.heal()
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [result["pk"]]
    assert stored_data(server, result["pk"]) == json.loads(file.read_text(encoding="utf-8"))
    assert "Session expired; logging in again" in caplog.text


def _unreachable_cell(server, proxy, tmp_path, capsys, caplog, server_url: str, title: str) -> str:
    """Run a publish that cannot reach anything, then the retry at the right address; the error line."""
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))
    before = digest(file)
    failed = run_cli(capsys, caplog, *publish_argv(server_url, file, title, server.workspace_id))
    assert failed.code == NetworkError.exit_code, failed.stderr
    line = failed.error_line
    assert digest(file) == before
    assert snapshots_titled(server, title) == []
    retried = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id)).published
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [retried["pk"]]
    return line


def test_connection_refused(server, proxy, tmp_path, capsys, caplog):
    port = closed_port()
    line = _unreachable_cell(
        server, proxy, tmp_path, capsys, caplog, f"http://127.0.0.1:{port}/", "Matrix: connection refused"
    )
    assert (
        f"Cannot reach the Gemeindescan server at http://127.0.0.1:{port}/ while opening the login page: "
        "the connection was refused. Check the address and that the server is running." in line
    )


def test_dns_failure(server, proxy, tmp_path, capsys, caplog):
    line = _unreachable_cell(
        server, proxy, tmp_path, capsys, caplog, "http://gemeindescan.invalid/", "Matrix: DNS failure"
    )
    assert (
        "Cannot find the server gemeindescan.invalid while opening the login page: the name does not "
        "resolve. Check the server address" in line
    )


def test_a_dead_proxy_is_named(server, proxy, tmp_path, capsys, caplog, monkeypatch):
    port = closed_port()
    title = "Matrix: dead proxy"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))
    monkeypatch.setenv("HTTP_PROXY", f"http://office:proxy-secret@127.0.0.1:{port}")
    failed = run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id))
    assert failed.code == NetworkError.exit_code
    line = failed.error_line
    assert f"Cannot reach the proxy http://127.0.0.1:{port} while opening the login page" in line
    assert "proxy-secret" not in failed.stderr + caplog.text
    monkeypatch.delenv("HTTP_PROXY")
    assert run_cli(capsys, caplog, *publish_argv(proxy.url, file, title, server.workspace_id)).published
    assert len(snapshots_titled(server, title)) == 1


def test_a_working_proxy_from_the_environment_carries_the_publish(
    server, proxy, tmp_path, capsys, caplog, monkeypatch
):
    title = "Matrix: through a proxy"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title, padding=300_000))
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    seen = len(proxy.steps_seen)
    # The address is one only the proxy knows how to reach.
    result = run_cli(
        capsys, caplog, *publish_argv("http://gemeindescan.invalid/", file, title, server.workspace_id)
    ).published
    assert {"login page", "login", "create", "upload"} <= set(proxy.steps_seen[seen:])
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [result["pk"]]


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl comes with Debian's ca-certificates)."""
    folder = tmp_path_factory.mktemp("tls")
    certificate, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
        ],
        check=True,
        capture_output=True,
    )
    return certificate, key


def test_an_untrusted_certificate_says_so_and_trusting_it_completes(
    server, tmp_path, capsys, caplog, monkeypatch, self_signed
):
    certificate, key = self_signed
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    title = "Matrix: untrusted certificate"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))
    with fault_proxy(server.url, tls_context=context) as secure:
        failed = run_cli(capsys, caplog, *publish_argv(secure.url, file, title, server.workspace_id))
        assert failed.code == NetworkError.exit_code
        line = failed.error_line
        assert (
            "The certificate of 127.0.0.1 is not trusted (it is signed by an authority this "
            "computer does not trust), so no secure connection to the Gemeindescan server was opened "
            "while opening the login page. If your organisation inspects HTTPS traffic, add its root "
            "certificate"
        ) in line
        assert snapshots_titled(server, title) == []
        # The analyst's IT adds the certificate to the trusted ones: the same command then works.
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(certificate))
        result = run_cli(
            capsys, caplog, *publish_argv(secure.url, file, title, server.workspace_id)
        ).published
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [result["pk"]]


def test_https_to_a_plain_http_server_says_it_does_not_speak_https(server, proxy, tmp_path, capsys, caplog):
    plain = proxy.url
    line = _unreachable_cell(
        server,
        proxy,
        tmp_path,
        capsys,
        caplog,
        plain.replace("http://", "https://"),
        "Matrix: https to plain http",
    )
    assert "does not speak HTTPS" in line
    assert f"its address is {plain}/" in line


# -- timeouts: from the last byte, in either direction -------------------------------------------


def _upload_through(proxy, server, file: Path, idle: float):
    """Log in through the proxy, create a record, upload ``file``; the seconds the upload took."""
    import time

    from gemeindescan_uploader.client import SnapshotFields, Timeouts, WorkspaceReference

    with GemeindescanClient(proxy.url, timeouts=Timeouts(connect=2, idle=idle)) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Timeouts", "Test", ZURICH), WorkspaceReference(server.workspace_id)
        )
        started = time.monotonic()
        try:
            client.upload(record.snapshot_pk, file)
        finally:
            elapsed = time.monotonic() - started
    return elapsed


def test_a_slow_but_moving_upload_never_times_out(server, proxy, tmp_path):
    from fault_proxy import SLOW_READ_RATE

    file = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=12_000_000))
    proxy.break_step("upload", "slow_read")
    try:
        elapsed = _upload_through(proxy, server, file, idle=1.5)
    finally:
        proxy.heal()
    # The whole upload took longer than the idle timeout, and did not fail: progress kept it alive.
    assert elapsed > 2 * 1.5
    assert elapsed > file.stat().st_size / SLOW_READ_RATE * 0.9


def test_a_server_that_stops_reading_is_given_up_after_the_idle_time(server, proxy, tmp_path):
    import time

    file = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=12_000_000))
    proxy.break_step("upload", "stall")
    started = time.monotonic()
    try:
        with pytest.raises(RequestTimeout) as caught:
            _upload_through(proxy, server, file, idle=1.0)
    finally:
        proxy.heal()
    # The proxy would have held the upload for 30 s: the client gave up on its own, soon after the idle time.
    assert time.monotonic() - started < 10
    assert "stopped answering while uploading the snapshot file (nothing for 1 s)" in caught.value.message


def test_the_timeouts_are_settings_read_from_the_environment(monkeypatch):
    from gemeindescan_uploader.client import Timeouts

    assert Timeouts() == Timeouts(connect=10.0, idle=60.0)
    monkeypatch.setenv("GEMEINDESCAN_CONNECT_TIMEOUT", "3")
    monkeypatch.setenv("GEMEINDESCAN_IDLE_TIMEOUT", "7.5")
    assert Timeouts.from_environment() == Timeouts(connect=3.0, idle=7.5)
    monkeypatch.setenv("GEMEINDESCAN_IDLE_TIMEOUT", "not a number")
    assert Timeouts.from_environment().idle == 60.0
    with GemeindescanClient("http://127.0.0.1:9/") as client:
        assert client.session.timeouts == Timeouts(connect=3.0, idle=60.0)


def test_after_a_silent_server_the_pipeline_does_not_wait_again_to_log_out(server, proxy, tmp_path, qgis_app):
    """Processing and the panel log out after a publish: not with a second wait on a silent server."""
    import time

    from gemeindescan_uploader.credentials import Credentials
    from gemeindescan_uploader.pipeline import PublishTarget, publish_file

    title = "Matrix: silent upload in the pipeline"
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title))
    target = PublishTarget(
        server_url=proxy.url,
        workspace=server.workspace_id,
        bfs_number=ZURICH,
        title=title,
        topic="Fehlerfälle",
    )
    proxy.break_step("upload", "silent")
    seen = len(proxy.steps_seen)
    started = time.monotonic()
    try:
        with pytest.raises(RequestTimeout):
            publish_file(file, target, Credentials(server.username, server.password))
    finally:
        proxy.heal()
    assert time.monotonic() - started < 2 * float(IDLE_SECONDS) + 2
    assert "upload" in proxy.steps_seen[seen:]
    assert "logout" not in proxy.steps_seen[seen:]


# -- cancel at each step (the pipeline that Processing and the panel run) -------------------------


@pytest.mark.parametrize("step", ["login page", "login", "create", "upload"])
def test_cancel_at_each_step_keeps_the_file_and_the_retry_completes_the_same_snapshot(
    step, server, proxy, tmp_path, qgis_app
):
    from qgis.core import QgsFeedback

    from gemeindescan_uploader.credentials import Credentials
    from gemeindescan_uploader.pipeline import PublishTarget, publish_file

    title = f"Matrix: cancel at the {step}"
    # A cancel at the upload must meet it while it is still sending: larger than the socket buffers.
    padding = 3_000_000 if step == "upload" else 0
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title=title, padding=padding))
    before = digest(file)
    target = PublishTarget(
        server_url=proxy.url,
        workspace=server.workspace_id,
        bfs_number=ZURICH,
        title=title,
        topic="Fehlerfälle",
    )
    credentials = Credentials(server.username, server.password)
    feedback = QgsFeedback()
    proxy.break_step(step, "call", feedback.cancel)
    try:
        with pytest.raises(Cancelled) as caught:
            publish_file(file, target, credentials, feedback)
    finally:
        proxy.heal()
    message = caught.value.user_message()
    # The message says when: while logging in (nothing made), or during the upload (the record named).
    assert (
        "cancelled while logging in; nothing was created" in message
        if step in ("login page", "login")
        else "cancelled during the upload" in message
    ), message
    assert digest(file) == before
    left = snapshots_titled(server, title)
    assert len(left) <= 1
    if left:
        # Cancelled after the create: the message names the record that a retry completes.
        assert caught.value.snapshot_pk == left[0].snapshot_pk
        assert f"Publish again to snapshot {left[0].snapshot_pk}" in message
    result = publish_file(file, target, credentials, QgsFeedback())
    assert [item.snapshot_pk for item in snapshots_titled(server, title)] == [result.snapshot_pk]
    if left:
        assert result.snapshot_pk == left[0].snapshot_pk


# -- updates that would overwrite someone else's work --------------------------------------------


def test_an_update_of_a_snapshot_in_another_workspace_is_refused_with_its_real_link(
    server, proxy, tmp_path, capsys, caplog
):
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title="Mine"))
    theirs = server.colleague_snapshot_pk
    with GemeindescanClient(server.url) as reader:
        untouched = reader.snapshot(theirs)
    refused = run_cli(
        capsys, caplog, *publish_argv(proxy.url, file, "Mine", server.workspace_id, "--update", theirs)
    )
    assert refused.code == SnapshotElsewhere.exit_code
    line = refused.error_line
    assert (
        f"The snapshot {theirs} is not in workspace {server.workspace_id}; nothing was changed. "
        f"It is probably someone else's: {proxy.url}/{theirs}/." in line
    )
    with GemeindescanClient(server.url) as reader:
        assert reader.snapshot(theirs) == untouched
    # Named with its own workspace, the same update is the analyst's deliberate choice and goes through.
    allowed = run_cli(
        capsys,
        caplog,
        *publish_argv(proxy.url, file, "Theirs, updated", server.colleague_workspace_id, "--update", theirs),
    )
    assert allowed.published["workspace_url"] == f"{proxy.url}/{server.colleague_workspace_id}/{theirs}/"


def test_an_update_given_the_wrong_workspace_names_the_analysts_own(server, proxy, tmp_path, capsys, caplog):
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title="Mine"))
    mine = server.existing_snapshot_pk  # in the workspace the login suggests (the workspaceid cookie)
    refused = run_cli(
        capsys, caplog, *publish_argv(proxy.url, file, "Mine", server.workspace_id, "--update", mine)
    )
    assert refused.code == SnapshotElsewhere.exit_code
    home = server.workspace_with_snapshots_id
    assert (
        f"It is in your workspace {home}: {proxy.url}/{home}/{mine}/. Give that workspace to update it."
        in refused.error_line
    )


def test_the_panel_can_confirm_an_update_outside_the_workspace(server, tmp_path):
    from gemeindescan_uploader.publish import SnapshotTarget, publish

    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title="Confirmed"))
    target = SnapshotTarget.parse(
        "Confirmed", "Topic", ZURICH, server.workspace_id, server.colleague_snapshot_pk
    )
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        with pytest.raises(SnapshotElsewhere) as caught:
            publish(client, file, target)
        assert caught.value.snapshot_url == f"{server.url}/{server.colleague_snapshot_pk}/"
        result = publish(client, file, target, allow_other_workspace=True)
    # Not in the given workspace: its own page is the link, never a workspace it is not in.
    assert result.workspace_url == result.snapshot_url == f"{server.url}/{server.colleague_snapshot_pk}/"


def test_the_pipeline_passes_the_panels_confirmation_on(server, tmp_path, qgis_app):
    from gemeindescan_uploader.credentials import Credentials
    from gemeindescan_uploader.pipeline import PublishTarget, publish_file

    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title="Confirmed in the panel"))
    target = PublishTarget(
        server_url=server.url,
        workspace=server.workspace_id,
        bfs_number=ZURICH,
        title="Confirmed in the panel",
        topic="Topic",
        snapshot_pk=server.colleague_snapshot_pk,
    )
    credentials = Credentials(server.username, server.password)
    with pytest.raises(SnapshotElsewhere):
        publish_file(file, target, credentials)
    result = publish_file(file, replace(target, allow_other_workspace=True), credentials)
    assert result.snapshot_pk == server.colleague_snapshot_pk


def test_an_update_of_an_unknown_snapshot_changes_nothing(server, proxy, tmp_path, capsys, caplog):
    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot(title="Unknown"))
    refused = run_cli(
        capsys, caplog, *publish_argv(proxy.url, file, "Unknown", server.workspace_id, "--update", "ZZZZZ9")
    )
    assert refused.code == 5
    assert "The snapshot ZZZZZ9 does not exist on the server" in refused.error_line


# -- secrets -------------------------------------------------------------------------------------


def test_a_server_page_that_echoes_the_password_never_shows_it(server, proxy, tmp_path, capsys, caplog):
    """A login answered with an error page that repeats the form (password included) stays redacted."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class EchoHandler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = b"<form>login</form>"
            self.send_response(200)
            self.send_header("Set-Cookie", "csrftoken=" + "c" * 64 + "; Path=/")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self):  # noqa: N802
            posted = self.rfile.read(int(self.headers["Content-Length"]))
            body = b"<html><body><h1>Server Error</h1><pre>" + posted + b"</pre></body></html>"
            self.send_response(500)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    echo = ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    threading.Thread(target=echo.serve_forever, daemon=True).start()
    try:
        file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot())
        failed = run_cli(
            capsys,
            caplog,
            *publish_argv(f"http://127.0.0.1:{echo.server_address[1]}", file, "Echo", server.workspace_id),
        )
    finally:
        echo.shutdown()
        echo.server_close()
    assert failed.code == ServerError.exit_code
    assert "failed while logging in" in failed.error_line
    # The debug log has the server's page, with the password blanked.
    assert "password=***" in caplog.text
    assert server.password not in failed.stderr + caplog.text


def test_session_expired_without_known_credentials_is_one_line(server, tmp_path):
    from gemeindescan_uploader.publish import SnapshotTarget, publish

    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot())
    with GemeindescanClient(server.url) as anonymous, pytest.raises(SessionExpired) as caught:
        publish(anonymous, file, SnapshotTarget.parse("Anonymous", "Topic", ZURICH, server.workspace_id))
    assert "log in again" in caught.value.user_message()


def readme_messages() -> list[str]:
    """The messages quoted in the README's "When something goes wrong" table."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### When something goes wrong", 1)[1].split("\n## ", 1)[0]
    rows = [line.split(" | ")[0] for line in section.splitlines() if line.startswith("| `")]
    return [quoted for row in rows for quoted in re.findall(r"`([^`]+)`", row)]


def test_zy_the_readme_quotes_the_messages_the_suite_saw(server, tmp_path, capsys, caplog, qgis_app):
    """Every message the README explains is one the command line really prints (placeholders in <>)."""
    from qgis.core import QgsProject

    from gemeindescan_uploader.errors import InvalidInput
    from gemeindescan_uploader.output_paths import check_output_path

    file = write_snapshot(tmp_path / "snapshot.json", sample_snapshot())
    for address in ("https://gemeindescan.ch/graphql/", "https://anna:secret@gemeindescan.ch/"):
        assert run_cli(capsys, caplog, *publish_argv(address, file, "Adresse", server.workspace_id)).code == 2
    seen = "\n".join(WRITTEN_TEXTS)
    # The output-path refusals come from the export (tests/test_bad_inputs.py); said here once more.
    project = QgsProject()
    project.setFileName(str(tmp_path / "karte.qgs"))
    with pytest.raises(InvalidInput) as refused:
        check_output_path(tmp_path / "karte.qgs", project)
    seen += "\n" + refused.value.message + "\nis the data of the layer 'Parzellen'"
    quoted = readme_messages()
    assert len(quoted) >= 15
    for message in quoted:
        pattern = ".+?".join(re.escape(part) for part in re.split(r"<[^>]+>", message))
        assert re.search(pattern, seen), message


def test_zz_no_password_session_id_or_csrf_token_anywhere(server, proxy):
    """After the whole module: none of the secrets in any output, log or file it wrote, nor in the profile."""
    secrets = {server.password, "proxy-secret", *proxy.secrets_seen}
    assert len(proxy.secrets_seen) >= 2, "the proxy saw no session: the search would prove nothing"
    texts = list(WRITTEN_TEXTS) + [server.log_text()]
    places = list(WRITTEN_PATHS) + [REPO_ROOT / ".qgis-settings"]
    for place in places:
        if not place.exists():
            continue
        for path in [place] if place.is_file() else place.rglob("*"):
            # The server's own database holds session ids by design: it is the server, not the plugin.
            if path.is_file() and path.suffix not in (".sqlite3",) and path.stat().st_size < 20_000_000:
                texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    assert len(texts) > 50
    for secret in secrets:
        leaks = [
            text[max(0, text.find(secret) - 80) : text.find(secret) + 80] for text in texts if secret in text
        ]
        assert not leaks, (secret[:4], leaks[:3])
