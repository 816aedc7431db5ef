"""The client against the local Gemeindescan server over HTTP, through every row of the contract."""

from __future__ import annotations

import json
import logging
import socket
import threading
from urllib.parse import urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter
from snapshot_samples import sample_snapshot, write_snapshot

import gemeindescan_uploader.client.upload as upload_module
from gemeindescan_uploader.client import GemeindescanClient, Municipality, SnapshotFields, WorkspaceReference
from gemeindescan_uploader.client.ids import snapshot_node_id
from gemeindescan_uploader.errors import (
    InvalidInput,
    LoginFailed,
    MunicipalityNotFound,
    NetworkError,
    RequestTimeout,
    ServerError,
    SessionExpired,
    SnapshotNotFound,
    UploadRejected,
    WorkspaceNotFound,
)
from gemeindescan_uploader.publish import SnapshotTarget, publish

# Typed inputs as the edges (command line, Processing, panel) build them.
fields = SnapshotFields.parse
ws = WorkspaceReference
target = SnapshotTarget.parse

PK_PATTERN = r"^[A-Z0-9]{6}$"
ZURICH = 261


@pytest.fixture()
def client(gemeindescan_server):
    """A client that has not logged in yet."""
    with GemeindescanClient(gemeindescan_server.url) as anonymous:
        yield anonymous


@pytest.fixture()
def logged_in(client, gemeindescan_server):
    """A client logged in as the test user."""
    client.login(gemeindescan_server.username, gemeindescan_server.password)
    return client


@pytest.fixture()
def snapshot_file(tmp_path):
    return write_snapshot(tmp_path / "snapshot.json")


def break_session(client: GemeindescanClient) -> None:
    """Put a session id the server never issued into the cookie jar (as after expiry on the server)."""
    host = urlsplit(client.server_url).hostname
    # The server deletes the cookie of an unknown session, so it may be gone already: set it anew.
    client.session.http.cookies.set("sessionid", "x" * 32, domain=host, path="/")
    assert client.is_logged_in


class TlsProxyAdapter(HTTPAdapter):
    """What a TLS-terminating proxy does, on the client side: https:// out, http:// plus X-Forwarded-Proto in.

    The local server in https mode trusts X-Forwarded-Proto like the platform behind its proxy,
    so the client under test talks to an https:// address and meets Django's https-only checks.
    """

    def send(self, request, **kwargs):
        forwarded = request.copy()
        forwarded.url = "http://" + request.url[len("https://") :]
        forwarded.headers["X-Forwarded-Proto"] = "https"
        response = super().send(forwarded, **kwargs)
        response.url, response.request = request.url, request
        return response


def https_client(server) -> GemeindescanClient:
    """A client for the https mode of a local server, through TlsProxyAdapter."""
    https_url = "https://" + server.url[len("http://") :]
    client = GemeindescanClient(https_url)
    client.session.http.mount(https_url, TlsProxyAdapter())
    return client


def workspace_snapshot_pks(client: GemeindescanClient, workspace_id: str) -> list[str]:
    return [item.snapshot_pk for item in client.workspace(workspace_id).snapshots]


# -- login --------------------------------------------------------------------------------------


def test_login_keeps_the_session_and_the_rotated_csrf_token(client, gemeindescan_server):
    client.session.request("GET", "/account/login/")
    token_before_login = client.session.csrf_token
    client.login(gemeindescan_server.username, gemeindescan_server.password)
    assert client.is_logged_in
    assert client.session.csrf_token and client.session.csrf_token != token_before_login
    assert client.username == gemeindescan_server.username


def test_login_takes_the_redirect_as_the_answer_and_never_follows_it(client, gemeindescan_server):
    answers = []
    client.session.http.hooks["response"].append(
        lambda response, **kwargs: answers.append(
            (response.request.method, response.status_code, urlsplit(response.url).path)
        )
    )
    client.login(gemeindescan_server.username, gemeindescan_server.password)
    client.municipalities("Zürich")
    # The redirect after login leads to a 404 page (/accounts/profile/): the cookie is the result.
    assert answers[:2] == [("GET", 200, "/account/login/"), ("POST", 302, "/account/login/")]
    assert all(path in ("/account/login/", "/graphql/") for _, _, path in answers), answers


def test_the_pre_login_csrf_token_is_refused_after_login(client, gemeindescan_server, snapshot_file):
    client.session.request("GET", "/account/login/")
    stale_token = client.session.csrf_token
    client.login(gemeindescan_server.username, gemeindescan_server.password)
    record = client.create_snapshot(fields("Rotation", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))
    with snapshot_file.open("rb") as stream:
        stale = client.session.request(
            "PATCH",
            f"/api/v1/snapshots/{record.snapshot_pk}/",
            files={"data_file": ("x.json", stream)},
            headers={"X-CSRFToken": stale_token},
        )
    assert stale.status_code == 403
    # The client reads the rotated token, so its upload goes through.
    assert client.upload(record.snapshot_pk, snapshot_file)


def test_the_seeded_snapshot_reads_back(client, gemeindescan_server):
    snapshot = client.snapshot(gemeindescan_server.existing_snapshot_pk)
    assert snapshot.data == gemeindescan_server.existing_snapshot_data
    assert snapshot.snapshot_pk == gemeindescan_server.existing_snapshot_pk


def test_the_suggested_workspace_exists(logged_in):
    suggestion = logged_in.suggested_workspace()
    assert suggestion is not None
    workspace = logged_in.workspace(suggestion)
    assert suggestion.snapshot_pk in [item.snapshot_pk for item in workspace.snapshots]


def test_wrong_password_is_login_failed(client, gemeindescan_server):
    with pytest.raises(LoginFailed) as caught:
        client.login(gemeindescan_server.username, gemeindescan_server.password + "-wrong")
    assert caught.value.message == "The username or password is not correct."
    assert "not correct" in caught.value.detail
    assert not client.is_logged_in
    assert not client.can_relogin


def test_unknown_user_is_login_failed(client):
    with pytest.raises(LoginFailed):
        client.login("nobody-of-that-name", "whatever-password")


def test_logout_drops_the_session(logged_in):
    logged_in.logout()
    assert not logged_in.is_logged_in
    assert not logged_in.can_relogin
    with pytest.raises(SessionExpired):
        logged_in.create_snapshot(fields("After logout", "Test", ZURICH), ws("B5BXT"))


# -- municipalities -----------------------------------------------------------------------------


def test_municipalities_pages_past_the_first_hundred(client):
    municipalities = client.municipalities()
    assert len(municipalities) > 100
    numbers = [municipality.bfs_number for municipality in municipalities]
    assert len(set(numbers)) == len(numbers), "a page was fetched twice"
    assert all(isinstance(municipality, Municipality) for municipality in municipalities)
    zurich = next(municipality for municipality in municipalities if municipality.bfs_number == ZURICH)
    assert zurich == Municipality(ZURICH, "Zürich", "ZH", "Zürich (ZH)")
    # The server orders by name; a second page out of place would break the order.
    names = [municipality.name for municipality in municipalities]
    assert names[:100] != names[100:200]


def test_municipalities_search_ignores_case(client):
    found = client.municipalities("zÜRICH")
    assert Municipality(ZURICH, "Zürich", "ZH", "Zürich (ZH)") in found
    assert all("zürich" in municipality.name.lower() for municipality in found)
    assert client.municipalities("no municipality is called like this") == []


# -- workspaces ---------------------------------------------------------------------------------


def test_workspace_by_id_path_and_link(client, gemeindescan_server):
    workspace_id = gemeindescan_server.workspace_with_snapshots_id
    by_id = client.workspace(workspace_id)
    assert by_id.workspace_id == workspace_id
    assert by_id.snapshots, "the fixture workspace holds snapshots"
    first_pk = by_id.snapshots[0].snapshot_pk
    assert client.workspace(f"{workspace_id}/{first_pk}/") == by_id
    assert client.workspace(f"{gemeindescan_server.url.rstrip('/')}/de/{workspace_id}/{first_pk}/") == by_id


def test_unknown_workspace_is_workspace_not_found(client):
    with pytest.raises(WorkspaceNotFound):
        client.workspace("NOSUCHWS")


def test_malformed_workspace_is_invalid_input_before_any_request(client):
    with pytest.raises(InvalidInput):
        client.workspace("not a workspace/at all/really")


# -- create, update, upload ---------------------------------------------------------------------


def test_create_upload_and_read_back(logged_in, gemeindescan_server, snapshot_file):
    workspace_id = gemeindescan_server.workspace_id
    record = logged_in.create_snapshot(fields("Bauzonen Zürich", "Raumplanung", ZURICH), ws(workspace_id))
    assert record.snapshot_node_id == snapshot_node_id(record.snapshot_pk)
    assert (record.title, record.topic, record.bfs_number) == ("Bauzonen Zürich", "Raumplanung", ZURICH)
    assert record.snapshot_pk in workspace_snapshot_pks(logged_in, workspace_id)
    assert logged_in.snapshot(record.snapshot_pk).data == {}

    calls = []
    stored_url = logged_in.upload(
        record.snapshot_pk, snapshot_file, progress=lambda sent, total: calls.append((sent, total))
    )
    assert stored_url.endswith(".json")
    assert record.snapshot_pk in stored_url
    total = calls[-1][1]
    assert total > snapshot_file.stat().st_size  # the multipart envelope around the file
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [sent for sent, _ in calls] == sorted(sent for sent, _ in calls)

    read_back = logged_in.snapshot(record.snapshot_pk)
    assert read_back.data == json.loads(snapshot_file.read_bytes())
    assert read_back.data_file_url
    assert requests.get(stored_url, timeout=30).content == snapshot_file.read_bytes()


def test_update_changes_the_same_snapshot(logged_in, gemeindescan_server):
    record = logged_in.create_snapshot(
        fields("Before", "Topic", ZURICH), ws(gemeindescan_server.workspace_id)
    )
    updated = logged_in.update_snapshot(record.snapshot_pk, fields("After", "Other topic", 351))
    assert updated.snapshot_pk == record.snapshot_pk
    assert (updated.title, updated.topic, updated.bfs_number) == ("After", "Other topic", 351)
    read_back = logged_in.snapshot(record.snapshot_pk, with_data=False)
    assert (read_back.title, read_back.topic, read_back.bfs_number) == ("After", "Other topic", 351)


def test_unknown_bfs_number_is_municipality_not_found_and_creates_nothing(logged_in, gemeindescan_server):
    before = workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id)
    with pytest.raises(MunicipalityNotFound) as caught:
        logged_in.create_snapshot(fields("Nowhere", "Topic", 99999), ws(gemeindescan_server.workspace_id))
    assert "Municipality matching query does not exist." in caught.value.detail
    assert caught.value.message.startswith("No municipality has the BfS number 99999.")
    assert workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id) == before


def test_unknown_workspace_on_create_is_workspace_not_found(logged_in):
    with pytest.raises(WorkspaceNotFound) as caught:
        logged_in.create_snapshot(fields("Lost", "Topic", ZURICH), ws("NOSUCHWS"))
    assert caught.value.message.startswith("The workspace NOSUCHWS does not exist on the server.")


@pytest.mark.parametrize(
    ("title", "topic", "bfs_number"),
    [
        ("t" * 151, "Topic", ZURICH),
        ("Title", "p" * 101, ZURICH),
        ("Title", "Topic", "26a"),
    ],
)
def test_bad_fields_are_refused_before_sending(logged_in, gemeindescan_server, title, topic, bfs_number):
    before = workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id)
    with pytest.raises(InvalidInput):
        logged_in.create_snapshot(fields(title, topic, bfs_number), ws(gemeindescan_server.workspace_id))
    assert workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id) == before


def test_texts_at_the_length_limits_are_accepted(logged_in, gemeindescan_server):
    record = logged_in.create_snapshot(
        fields("ä" * 150, "ö" * 100, ZURICH), ws(gemeindescan_server.workspace_id)
    )
    assert (record.title, record.topic) == ("ä" * 150, "ö" * 100)


def test_update_of_an_unknown_snapshot_is_snapshot_not_found(logged_in):
    with pytest.raises(SnapshotNotFound) as caught:
        logged_in.update_snapshot("ZZZZZ9", fields("Title", "Topic", ZURICH))
    assert caught.value.message.startswith("The snapshot ZZZZZ9 does not exist on the server.")


def test_unknown_snapshot_reads_as_snapshot_not_found(client):
    with pytest.raises(SnapshotNotFound):
        client.snapshot("ZZZZZ9")


def test_create_without_login_is_session_expired(client, gemeindescan_server):
    with pytest.raises(SessionExpired):
        client.create_snapshot(fields("Anonymous", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))


def test_expired_session_on_create_and_upload(logged_in, gemeindescan_server, snapshot_file):
    record = logged_in.create_snapshot(
        fields("Expiring", "Topic", ZURICH), ws(gemeindescan_server.workspace_id)
    )
    break_session(logged_in)
    with pytest.raises(SessionExpired):
        logged_in.create_snapshot(fields("Expired", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))
    break_session(logged_in)
    with pytest.raises(SessionExpired) as caught:
        logged_in.upload(record.snapshot_pk, snapshot_file)
    assert "Authentication credentials were not provided." in caught.value.detail


def test_upload_to_an_unknown_snapshot_is_snapshot_not_found(logged_in, snapshot_file):
    with pytest.raises(SnapshotNotFound):
        logged_in.upload("ZZZZZ9", snapshot_file)


def test_empty_file_is_rejected_with_the_servers_reason(logged_in, gemeindescan_server, tmp_path):
    record = logged_in.create_snapshot(fields("Empty", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    with pytest.raises(UploadRejected) as caught:
        logged_in.upload(record.snapshot_pk, empty)
    assert "empty" in caught.value.message.lower()


def test_null_data_file_is_upload_rejected(logged_in, gemeindescan_server, snapshot_file, monkeypatch):
    record = logged_in.create_snapshot(
        fields("Lost body", "Topic", ZURICH), ws(gemeindescan_server.workspace_id)
    )
    # A part under another name is what the server sees when the file part goes missing.
    monkeypatch.setattr(upload_module, "FILE_FIELD", "datafile")
    with pytest.raises(UploadRejected) as caught:
        logged_in.upload(record.snapshot_pk, snapshot_file)
    assert '"data_file":null' in caught.value.detail.replace(" ", "")


def test_csrf_failure_on_upload_is_a_server_error(logged_in, gemeindescan_server, snapshot_file):
    record = logged_in.create_snapshot(fields("CSRF", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))
    for cookie in logged_in.session.http.cookies:
        if cookie.name == "csrftoken":
            cookie.value = "not-a-token"
    with pytest.raises(ServerError) as caught:
        logged_in.upload(record.snapshot_pk, snapshot_file)
    assert "CSRF Failed" in caught.value.detail


def test_a_cancelled_progress_callback_stops_the_upload(logged_in, gemeindescan_server, tmp_path):
    from gemeindescan_uploader.errors import Cancelled

    record = logged_in.create_snapshot(
        fields("Cancelled", "Topic", ZURICH), ws(gemeindescan_server.workspace_id)
    )
    big = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=2_000_000))

    def cancel(sent, total):
        if sent > 0:
            raise Cancelled("Cancelled by the user.")

    with pytest.raises(Cancelled):
        logged_in.upload(record.snapshot_pk, big, progress=cancel)
    assert logged_in.snapshot(record.snapshot_pk).data == {}


# -- publish ------------------------------------------------------------------------------------


def test_ctrl_c_during_the_upload_names_the_created_snapshot(logged_in, gemeindescan_server, tmp_path):
    from gemeindescan_uploader.errors import Cancelled

    big = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=2_000_000))
    before = workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id)

    def interrupt(sent, total):
        if sent > 0:
            raise KeyboardInterrupt

    with pytest.raises(Cancelled) as caught:
        publish(
            logged_in,
            big,
            target("Abgebrochen", "Test", ZURICH, gemeindescan_server.workspace_id),
            progress=interrupt,
        )
    created = [
        pk for pk in workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id) if pk not in before
    ]
    assert created == [caught.value.snapshot_pk]
    assert caught.value.snapshot_created
    assert f"Publish again to snapshot {created[0]} to complete it." in caught.value.user_message()


def test_publish_creates_then_updates(logged_in, gemeindescan_server, snapshot_file, tmp_path):
    workspace_id = gemeindescan_server.workspace_id
    created = publish(logged_in, snapshot_file, target("Erste Fassung", "Raumplanung", ZURICH, workspace_id))
    assert created.snapshot_url == f"{logged_in.frontend_url}{created.snapshot_pk}/"
    assert created.workspace_url == f"{logged_in.frontend_url}{workspace_id}/{created.snapshot_pk}/"
    assert created.as_dict() == {
        "pk": created.snapshot_pk,
        "id": created.snapshot_node_id,
        "url": created.snapshot_url,
        "workspace_url": created.workspace_url,
        "data_file": created.data_file_url,
    }

    second = write_snapshot(tmp_path / "second.json", sample_snapshot(title="Zweite Fassung"))
    updated = publish(
        logged_in,
        second,
        target("Zweite Fassung", "Raumplanung", ZURICH, workspace_id, snapshot_pk=created.snapshot_pk),
    )
    assert updated.snapshot_pk == created.snapshot_pk
    read_back = logged_in.snapshot(created.snapshot_pk)
    assert read_back.title == "Zweite Fassung"
    assert read_back.data == json.loads(second.read_bytes())


def test_publish_logs_in_again_when_the_session_expired(logged_in, gemeindescan_server, snapshot_file):
    break_session(logged_in)
    result = publish(
        logged_in, snapshot_file, target("Nach Ablauf", "Test", ZURICH, gemeindescan_server.workspace_id)
    )
    assert logged_in.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_bytes())


def test_publish_logs_in_again_when_the_session_expires_before_the_upload(
    logged_in, gemeindescan_server, snapshot_file, monkeypatch
):
    original_upload = logged_in.upload

    def upload_after_expiry(*args, **kwargs):
        monkeypatch.setattr(logged_in, "upload", original_upload)
        break_session(logged_in)
        return original_upload(*args, **kwargs)

    monkeypatch.setattr(logged_in, "upload", upload_after_expiry)
    result = publish(
        logged_in,
        snapshot_file,
        target("Upload nach Ablauf", "Test", ZURICH, gemeindescan_server.workspace_id),
    )
    assert logged_in.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_bytes())


def test_publish_without_known_credentials_reports_the_expired_session(
    client, gemeindescan_server, snapshot_file
):
    with pytest.raises(SessionExpired):
        publish(client, snapshot_file, target("Title", "Topic", ZURICH, gemeindescan_server.workspace_id))


def test_publish_refuses_a_broken_file_before_creating_anything(logged_in, gemeindescan_server, tmp_path):
    from gemeindescan_uploader.errors import InvalidSnapshot

    broken = tmp_path / "broken.json"
    broken.write_text('{"views": [', encoding="utf-8")
    before = workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id)
    with pytest.raises(InvalidSnapshot):
        publish(logged_in, broken, target("Title", "Topic", ZURICH, gemeindescan_server.workspace_id))
    assert workspace_snapshot_pks(logged_in, gemeindescan_server.workspace_id) == before


def test_no_secret_reaches_the_log(client, gemeindescan_server, snapshot_file, caplog):
    caplog.set_level(logging.DEBUG)
    client.login(gemeindescan_server.username, gemeindescan_server.password)
    publish(client, snapshot_file, target("Geheim", "Test", ZURICH, gemeindescan_server.workspace_id))
    with pytest.raises(LoginFailed):
        client.login(gemeindescan_server.username, gemeindescan_server.password + "x")
    secrets = [gemeindescan_server.password]
    secrets += [
        cookie.value for cookie in client.session.http.cookies if cookie.name in ("sessionid", "csrftoken")
    ]
    assert caplog.records
    for record in caplog.records:
        text = record.getMessage()
        for secret in secrets:
            assert secret not in text


# -- the server in other set-ups ----------------------------------------------------------------


def test_https_server_gets_a_same_origin_referer(tmp_path, snapshot_file):
    from local_server import start_local_server

    with start_local_server(tmp_path / "https", https=True) as server:
        with https_client(server) as secure:
            assert secure.session.is_https
            secure.login(server.username, server.password)
            result = publish(secure, snapshot_file, target("Über HTTPS", "Test", ZURICH, server.workspace_id))
            assert result.data_file_url.startswith("https://")
            assert secure.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_bytes())
            # Without the Referer the same server refuses the upload: the header is what made it work.
            secure.session.referer_headers = lambda url: {}
            with pytest.raises(ServerError) as upload_refused:
                secure.upload(result.snapshot_pk, snapshot_file)
            assert "Referer checking failed" in upload_refused.value.detail
        with https_client(server) as careless:
            careless.session.referer_headers = lambda url: {}
            with pytest.raises(ServerError) as login_refused:
                careless.login(server.username, server.password)
            assert "Referer" in login_refused.value.detail


def test_a_file_over_the_proxy_limit_is_rejected_with_its_size(tmp_path):
    from local_server import start_local_server

    big = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=1_500_000))
    with (
        start_local_server(tmp_path / "limited", max_upload_bytes=1_000_000) as server,
        GemeindescanClient(server.url) as limited,
    ):
        limited.login(server.username, server.password)
        with pytest.raises(UploadRejected) as caught:
            publish(limited, big, target("Zu gross", "Test", ZURICH, server.workspace_id))
    assert "too large" in caught.value.message
    assert "1.5 MB" in caught.value.message
    assert "413" in caught.value.detail


def test_a_failed_upload_names_the_created_snapshot_and_a_retry_updates_it(tmp_path):
    from local_server import start_local_server

    big = write_snapshot(tmp_path / "big.json", sample_snapshot(padding=1_500_000))
    small = write_snapshot(tmp_path / "small.json", sample_snapshot())
    with (
        start_local_server(tmp_path / "limited", max_upload_bytes=1_000_000) as server,
        GemeindescanClient(server.url) as limited,
    ):
        limited.login(server.username, server.password)
        with pytest.raises(UploadRejected) as caught:
            publish(limited, big, target("Zweiter Versuch", "Test", ZURICH, server.workspace_id))
        created_pk = caught.value.snapshot_pk
        assert created_pk in workspace_snapshot_pks(limited, server.workspace_id)
        assert f"Publish again to snapshot {created_pk}" in caught.value.user_message()

        retried = publish(
            limited,
            small,
            target("Zweiter Versuch", "Test", ZURICH, server.workspace_id, snapshot_pk=created_pk),
        )
        assert retried.snapshot_pk == created_pk
        assert workspace_snapshot_pks(limited, server.workspace_id) == [created_pk]
        assert limited.snapshot(created_pk).data == json.loads(small.read_text(encoding="utf-8"))


def test_a_redirected_upload_is_never_taken_for_success(tmp_path, snapshot_file, monkeypatch):
    from local_server import start_local_server

    # A production server (DEBUG off) redirects a PATCH without the trailing slash.
    monkeypatch.setattr(upload_module, "upload_path", lambda pk: f"/api/v1/snapshots/{pk}")
    with (
        start_local_server(tmp_path / "production", debug=False) as server,
        GemeindescanClient(server.url) as production,
    ):
        production.login(server.username, server.password)
        record = production.create_snapshot(fields("Redirect", "Topic", ZURICH), ws(server.workspace_id))
        with pytest.raises(ServerError) as caught:
            production.upload(record.snapshot_pk, snapshot_file)
        assert "redirected" in caught.value.message
        assert production.snapshot(record.snapshot_pk).data == {}


def test_a_graphql_500_is_a_server_error(client, monkeypatch):
    import gemeindescan_uploader.client.graphql as graphql_module

    # Without the trailing slash the server (in DEBUG) fails with a 500 page.
    monkeypatch.setattr(graphql_module, "GRAPHQL_PATH", "/graphql")
    with pytest.raises(ServerError) as caught:
        client.municipalities()
    assert "internal error" in caught.value.message
    assert "500" in caught.value.detail


def test_an_upload_500_is_a_server_error(logged_in, gemeindescan_server, snapshot_file, monkeypatch):
    record = logged_in.create_snapshot(
        fields("Error 500", "Topic", ZURICH), ws(gemeindescan_server.workspace_id)
    )
    # A PATCH without the trailing slash makes Django (in DEBUG) fail rather than redirect.
    monkeypatch.setattr(upload_module, "upload_path", lambda pk: f"/api/v1/snapshots/{pk}")
    with pytest.raises(ServerError) as caught:
        logged_in.upload(record.snapshot_pk, snapshot_file)
    assert "internal error" in caught.value.message
    assert "-> 500" in caught.value.detail
    assert logged_in.session.csrf_token not in caught.value.detail


def test_an_unreachable_server_is_a_network_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    with (
        GemeindescanClient(f"http://127.0.0.1:{port}/") as unreachable,
        pytest.raises(NetworkError) as caught,
    ):
        unreachable.login("user", "password")
    assert not isinstance(caught.value, RequestTimeout)
    assert f"Cannot reach the Gemeindescan server at http://127.0.0.1:{port}/" in caught.value.message


def test_a_silent_server_is_a_request_timeout():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        accepted = []
        worker = threading.Thread(target=lambda: accepted.append(silent.accept()), daemon=True)
        worker.start()
        with (
            GemeindescanClient(f"http://127.0.0.1:{port}/", timeout=0.5) as slow,
            pytest.raises(RequestTimeout) as caught,
        ):
            slow.municipalities()
        assert "stopped answering while reading from the server (nothing for 0.5 s)" in caught.value.message
        for connection, _ in accepted:
            connection.close()


def test_logout_without_a_server_still_forgets_the_session(gemeindescan_server):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with GemeindescanClient(f"http://127.0.0.1:{port}/") as offline:
        offline.session.http.cookies.set("sessionid", "s" * 32, domain="127.0.0.1", path="/")
        assert offline.is_logged_in
        offline.logout()
        assert not offline.is_logged_in


def test_a_login_page_that_redirects_names_the_right_address(gemeindescan_server):
    # /account/login without its slash is redirected by Django, like http:// to https:// on a real server.
    with GemeindescanClient(gemeindescan_server.url) as client:
        client.session.url = lambda path: gemeindescan_server.url.rstrip("/") + path.rstrip("/")
        with pytest.raises(InvalidInput) as caught:
            client.login(gemeindescan_server.username, gemeindescan_server.password)
    assert f"sends the login to {gemeindescan_server.url.rstrip('/')}/account/login/." in caught.value.message


def test_a_session_ended_on_the_server_is_session_expired_and_publish_logs_in_again(
    logged_in, gemeindescan_server, snapshot_file
):
    assert gemeindescan_server.expire_sessions() >= 1
    with pytest.raises(SessionExpired):
        logged_in.create_snapshot(fields("Expired", "Topic", ZURICH), ws(gemeindescan_server.workspace_id))
    gemeindescan_server.expire_sessions()
    result = publish(
        logged_in,
        snapshot_file,
        target("Nach Serverablauf", "Test", ZURICH, gemeindescan_server.workspace_id),
    )
    assert logged_in.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_bytes())
