"""Server addresses as analysts type them: wrong ones fail with a sentence that says so."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest
from foreign_servers import plain_website, redirecting_server
from requests.adapters import HTTPAdapter
from snapshot_samples import sample_snapshot, write_snapshot
from test_publish_cli import assert_one_line_error, run_cli

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.errors import InvalidInput, ServerError
from gemeindescan_uploader.publish import SnapshotTarget, publish

NOT_GEMEINDESCAN = "does not lead to a Gemeindescan server"


def test_a_website_that_is_not_gemeindescan_is_named_as_such():
    with plain_website() as website, GemeindescanClient(website) as client:
        with pytest.raises(ServerError) as login_refused:
            client.login("analyst", "password")
        with pytest.raises(ServerError) as query_refused:
            client.municipalities()
    for caught, status in ((login_refused, "404"), (query_refused, "405")):
        assert f"The address {website} {NOT_GEMEINDESCAN}" in caught.value.message
        assert "Try again later" not in caught.value.message
        assert f"-> {status}" in caught.value.detail
        # The port of the address may contain the digits of the status: only the rest must not.
        assert status not in caught.value.message.replace(website, "")


def test_a_refused_login_form_is_not_taken_for_a_wrong_password():
    with (
        plain_website(login_page=True) as website,
        GemeindescanClient(website) as client,
        pytest.raises(ServerError) as caught,
    ):
        client.login("analyst", "password")
    assert f"{NOT_GEMEINDESCAN}: it has no login form." in caught.value.message
    assert "POST /account/login/ -> 405" in caught.value.detail


def test_a_wrong_path_on_a_gemeindescan_server_is_a_wrong_address(gemeindescan_server):
    wrong = gemeindescan_server.url.rstrip("/") + "/no-such-prefix/"
    with GemeindescanClient(wrong) as client:
        with pytest.raises(ServerError) as login_refused:
            client.login(gemeindescan_server.username, gemeindescan_server.password)
        with pytest.raises(ServerError) as query_refused:
            client.municipalities()
    for caught in (login_refused, query_refused):
        assert NOT_GEMEINDESCAN in caught.value.message
        assert "404" in caught.value.detail


def test_the_command_line_says_the_address_is_wrong(tmp_path):
    snapshot_file = write_snapshot(tmp_path / "snapshot.json")
    with plain_website() as website:
        published = run_cli(
            "publish",
            str(snapshot_file),
            "--server",
            website,
            "--username",
            "analyst",
            "--workspace",
            "B5BXT",
            "--bfs",
            "261",
            "--title",
            "Zürich",
            "--topic",
            "Test",
            password="password",
        )
        listed = run_cli("municipalities", "--server", website)
    for result in (published, listed):
        line = assert_one_line_error(result, ServerError.exit_code)
        assert NOT_GEMEINDESCAN in line


def test_a_redirect_is_never_followed_and_names_the_new_address(gemeindescan_server):
    new_address = gemeindescan_server.url.rstrip("/")
    with redirecting_server(new_address) as old_address, GemeindescanClient(old_address) as client:
        with pytest.raises(InvalidInput) as query_moved:
            client.municipalities()
        with pytest.raises(InvalidInput) as login_moved:
            client.login(gemeindescan_server.username, gemeindescan_server.password)
        assert not client.is_logged_in
    assert f"sends its requests on to {new_address}/graphql/." in query_moved.value.message
    assert f"sends the login to {new_address}/account/login/." in login_moved.value.message


def test_the_command_line_names_the_new_address(gemeindescan_server):
    new_address = gemeindescan_server.url.rstrip("/")
    with redirecting_server(new_address) as old_address:
        listed = run_cli("municipalities", "--server", old_address)
    line = assert_one_line_error(listed, InvalidInput.exit_code)
    assert f"{new_address}/graphql/" in line


class SubPathProxyAdapter(HTTPAdapter):
    """A reverse proxy that serves the server under /gemeindescan/ (client side, like TlsProxyAdapter).

    Requests under the prefix reach the server without it; a request that left the prefix out
    goes to a path the server does not know, as it would behind a real proxy.
    """

    PREFIX = "/gemeindescan/"

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        if parts.path.startswith(self.PREFIX):
            path = "/" + parts.path[len(self.PREFIX) :]
        else:
            path = "/outside-the-proxy" + parts.path
        forwarded = request.copy()
        forwarded.url = parts._replace(path=path).geturl()
        return super().send(forwarded, **kwargs)


@pytest.mark.parametrize("suffix", ["/gemeindescan/", "/gemeindescan"])
def test_a_server_under_a_path_prefix_works_with_or_without_the_slash(gemeindescan_server, tmp_path, suffix):
    title, topic = "Genève – Zürich, Bündner Gemeinden", "Raumplanung Zürich"
    snapshot_file = write_snapshot(tmp_path / "Genève.json", sample_snapshot(title=title))
    base = gemeindescan_server.url.rstrip("/")
    with GemeindescanClient(base + suffix) as client:
        client.session.http.mount(base + "/", SubPathProxyAdapter())
        assert [item.name for item in client.municipalities("genève")] == ["Genève"]
        client.login(gemeindescan_server.username, gemeindescan_server.password)
        result = publish(
            client, snapshot_file, SnapshotTarget.parse(title, topic, 261, gemeindescan_server.workspace_id)
        )
        assert result.snapshot_url == f"{base}/gemeindescan/{result.snapshot_pk}/"
        read_back = client.snapshot(result.snapshot_pk)
    assert (read_back.title, read_back.topic) == (title, topic)
    assert read_back.data == json.loads(snapshot_file.read_bytes())
