"""The local Gemeindescan server keeps the contract (shared/gemeindescan-api.md), quirks included.

Plain ``requests`` against the server subprocess: what any client of the platform would see.
"""

from __future__ import annotations

import base64
import json
import re

import pytest
import requests
from gemeindescan_server.municipality_list import SHARED_MUNICIPALITIES_CSV, municipality_rows
from local_server import LocalServer, start_local_server

SNAPSHOT_MUTATION = """
mutation updatesnapshot($data: SnapshotMutationInput!) {
  snapshotmutation(input: $data) {
    snapshot { id pk title topic municipality { bfsNumber name canton } }
    clientMutationId
  }
}
"""

MUNICIPALITY_PAGE = """
query page($first: Int, $after: String) {
  municipalities(first: $first, after: $after) {
    edges { node { bfsNumber name canton fullname perimeterBounds id } }
    pageInfo { hasNextPage endCursor }
  }
}
"""

SNAPSHOT_QUERY = """
query one($id: ID!) { snapshot(id: $id) { pk title topic datafile municipality { bfsNumber } data } }
"""


def relay_id(type_name: str, pk: object) -> str:
    """The padded relay id the platform expects."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def csv_municipalities() -> list[dict]:
    """The seeded municipalities, read as the server reads them (the platform's list where present)."""
    return municipality_rows()


def logged_in_session(
    server: LocalServer, username: str | None = None, password: str | None = None, **extra_headers: str
) -> requests.Session:
    """A requests session that went through the platform's login form."""
    session = requests.Session()
    session.headers.update(extra_headers)
    session.get(f"{server.url}/account/login/", timeout=10)
    response = session.post(
        f"{server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "username": username or server.username,
            "password": password or server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302, response.text[:500]
    return session


def graphql(
    session: requests.Session | None,
    server: LocalServer,
    query: str,
    variables: dict | None = None,
) -> requests.Response:
    """POST one GraphQL request to /graphql/."""
    poster = session or requests
    body = {"query": query, "variables": variables or {}}
    return poster.post(f"{server.url}/graphql/", json=body, timeout=30)


def create_snapshot(
    session: requests.Session,
    server: LocalServer,
    title: str = "Test map",
    topic: str = "Tests",
    bfs_number: str = "261",
) -> dict:
    """Create a snapshot in the server's empty workspace; the mutation's snapshot."""
    response = graphql(
        session,
        server,
        SNAPSHOT_MUTATION,
        {
            "data": {
                "title": title,
                "topic": topic,
                "bfsNumber": bfs_number,
                "wshash": relay_id("WorkspaceNode", server.workspace_id),
            }
        },
    )
    assert response.status_code == 200
    snapshot = response.json()["data"]["snapshotmutation"]["snapshot"]
    assert snapshot is not None, response.text
    return snapshot


def upload(
    session: requests.Session,
    server: LocalServer,
    snapshot_pk: str,
    content: bytes,
    field: str = "data_file",
    filename: str | None = None,
    **headers: str,
) -> requests.Response:
    """PATCH a file to the snapshot as the platform's upload view expects it."""
    return session.patch(
        f"{server.url}/api/v1/snapshots/{snapshot_pk}/",
        files={field: (filename or f"{snapshot_pk}.json", content, "application/json")},
        headers={"X-CSRFToken": session.cookies.get("csrftoken", ""), **headers},
        timeout=30,
    )


def workspace_snapshot_pks(server: LocalServer, workspace_id: str) -> list[str]:
    """The pks of a workspace's snapshots, as the GraphQL workspace query lists them."""
    response = graphql(
        None,
        server,
        "query ws($id: ID!) { workspace(id: $id) { snapshots { pk } } }",
        {"id": relay_id("WorkspaceNode", workspace_id)},
    )
    return [snapshot["pk"] for snapshot in response.json()["data"]["workspace"]["snapshots"]]


def csrf_reason(page: str) -> str:
    """The reason on Django's "CSRF verification failed" page (shown with DEBUG on)."""
    match = re.search(r"<p>Reason given for failure:</p>\s*<pre>\s*(.*?)\s*</pre>", page, re.S)
    assert match, page[:500]
    return match.group(1)


# --- login -------------------------------------------------------------------------------------------


def test_login_page_sets_a_64_character_csrf_cookie(gemeindescan_server):
    response = requests.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    assert response.status_code == 200
    for field in ("csrfmiddlewaretoken", "username", "password", "next"):
        assert f'name="{field}"' in response.text
    assert re.fullmatch(r"[A-Za-z0-9]{64}", response.cookies["csrftoken"])
    assert "Max-Age=31449600" in response.headers["Set-Cookie"]


def test_login_success_redirects_with_a_session_and_a_rotated_csrf_token(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    token_before = session.cookies["csrftoken"]
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": token_before,
            "username": gemeindescan_server.username,
            "password": gemeindescan_server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/accounts/profile/"
    assert re.fullmatch(r"[a-z0-9]{32}", response.cookies["sessionid"])
    assert "Max-Age=1209600" in response.headers["Set-Cookie"]
    assert re.fullmatch(r"[A-Za-z0-9]{64}", response.cookies["csrftoken"])
    assert response.cookies["csrftoken"] != token_before


def test_wrong_password_answers_200_with_the_form_and_no_session(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "username": gemeindescan_server.username,
            "password": "not-the-password",
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.text
    assert "sessionid" not in response.cookies
    assert "sessionid" not in session.cookies


def test_login_with_a_json_body_answers_the_form_with_errors_and_no_session(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        json={"username": gemeindescan_server.username, "password": gemeindescan_server.password},
        headers={"X-CSRFToken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 200
    assert "Please correct the errors below." in response.text
    assert "sessionid" not in response.cookies


def test_login_takes_the_csrf_token_from_the_header_too(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={"username": gemeindescan_server.username, "password": gemeindescan_server.password},
        headers={"X-CSRFToken": session.cookies["csrftoken"]},
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 302
    assert "sessionid" in response.cookies


def test_login_without_csrf_cookie_is_403(gemeindescan_server):
    response = requests.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": "a" * 64,
            "username": gemeindescan_server.username,
            "password": gemeindescan_server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 403
    assert "CSRF verification failed" in response.text
    assert csrf_reason(response.text) == "CSRF cookie not set."


def test_login_with_a_token_that_does_not_match_the_cookie_is_403(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    other = requests.get(f"{gemeindescan_server.url}/account/login/", timeout=10).cookies["csrftoken"]
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": other,
            "username": gemeindescan_server.username,
            "password": gemeindescan_server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    assert response.status_code == 403
    assert csrf_reason(response.text) == "CSRF token missing or incorrect."
    assert "sessionid" not in response.cookies


def test_login_sets_the_quoted_workspaceid_cookie_for_a_user_with_snapshots(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "username": gemeindescan_server.username,
            "password": gemeindescan_server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    server = gemeindescan_server
    expected = f'"{server.workspace_with_snapshots_id}/{server.existing_snapshot_pk}"'
    assert f"workspaceid={expected}" in response.headers["Set-Cookie"]
    assert session.cookies["workspaceid"] == expected


def test_a_user_without_snapshots_gets_no_workspaceid_cookie(gemeindescan_server):
    session = logged_in_session(
        gemeindescan_server, gemeindescan_server.second_username, gemeindescan_server.second_password
    )
    assert "sessionid" in session.cookies
    assert "workspaceid" not in session.cookies


def test_graphql_answers_resend_the_current_csrf_token_unchanged(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    token = session.cookies["csrftoken"]
    response = graphql(session, gemeindescan_server, "{ __typename }")
    assert response.status_code == 200
    assert response.cookies["csrftoken"] == token


def test_logout_drops_the_cookies_but_the_session_stays_valid_on_the_server(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    session_id = session.cookies["sessionid"]
    response = session.get(f"{gemeindescan_server.url}/account/logout/", allow_redirects=False, timeout=10)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"
    assert "sessionid" not in session.cookies
    assert "workspaceid" not in session.cookies
    # The quirk: the old session id still authenticates.
    replay = requests.Session()
    replay.cookies.set("sessionid", session_id)
    assert create_snapshot(replay, gemeindescan_server, title="After logout")["title"] == "After logout"


def test_an_unknown_session_is_anonymous_and_its_cookie_is_deleted(gemeindescan_server):
    response = requests.post(
        f"{gemeindescan_server.url}/graphql/",
        json={
            "query": SNAPSHOT_MUTATION,
            "variables": {
                "data": {
                    "title": "x",
                    "topic": "y",
                    "bfsNumber": "261",
                    "wshash": relay_id("WorkspaceNode", gemeindescan_server.workspace_id),
                }
            },
        },
        cookies={"sessionid": "0123456789abcdefghijklmnopqrstuv"},
        timeout=30,
    )
    assert response.json() == {"data": {"snapshotmutation": {"snapshot": None, "clientMutationId": None}}}
    assert 'sessionid=""' in response.headers["Set-Cookie"]


def test_an_expired_session_makes_the_mutation_answer_null_and_the_upload_403(tmp_path):
    # A server of its own: ending all sessions must not log out the other tests.
    with start_local_server(tmp_path / "server") as server:
        session = logged_in_session(server)
        pk = create_snapshot(session, server)["pk"]
        assert server.expire_sessions() >= 1
        response = graphql(session, server, SNAPSHOT_MUTATION, {"data": _valid_create_input(server)})
        assert response.json()["data"]["snapshotmutation"]["snapshot"] is None
        assert "sessionid" not in session.cookies
        refused = upload(session, server, pk, b"{}")
        assert (refused.status_code, refused.json()) == (
            403,
            {"detail": "Authentication credentials were not provided."},
        )


# --- GraphQL: the snapshot mutation -------------------------------------------------------------------


def test_anonymous_mutation_answers_a_null_snapshot_without_error(gemeindescan_server):
    before = workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id)
    response = graphql(
        None,
        gemeindescan_server,
        SNAPSHOT_MUTATION,
        {
            "data": {
                "title": "x",
                "topic": "y",
                "bfsNumber": "261",
                "wshash": relay_id("WorkspaceNode", gemeindescan_server.workspace_id),
            }
        },
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"snapshotmutation": {"snapshot": None, "clientMutationId": None}}}
    assert workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id) == before


def test_create_puts_a_new_snapshot_in_the_workspace(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server, title="Lärm", topic="Umwelt", bfs_number="6621")
    assert re.fullmatch(r"[A-Z0-9]{6}", snapshot["pk"])
    assert snapshot["id"] == relay_id("SnapshotNode", snapshot["pk"])
    assert snapshot["municipality"] == {"bfsNumber": 6621, "name": "Genève", "canton": "GE"}
    assert snapshot["pk"] in workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id)


def test_update_by_client_mutation_id_changes_the_same_snapshot(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    created = create_snapshot(session, gemeindescan_server, title="First", topic="A", bfs_number="261")
    response = graphql(
        session,
        gemeindescan_server,
        SNAPSHOT_MUTATION,
        {"data": {"clientMutationId": created["id"], "title": "Second", "topic": "B", "bfsNumber": "351"}},
    )
    payload = response.json()["data"]["snapshotmutation"]
    assert payload["clientMutationId"] == created["id"]
    assert payload["snapshot"]["pk"] == created["pk"]
    assert (payload["snapshot"]["title"], payload["snapshot"]["topic"]) == ("Second", "B")
    assert payload["snapshot"]["municipality"]["name"] == "Bern"
    in_workspace = workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id)
    assert in_workspace.count(created["pk"]) == 1


def test_anyone_logged_in_may_update_any_snapshot(gemeindescan_server):
    newcomer = logged_in_session(
        gemeindescan_server, gemeindescan_server.second_username, gemeindescan_server.second_password
    )
    analyst = logged_in_session(gemeindescan_server)
    created = create_snapshot(analyst, gemeindescan_server, title="Analyst's")
    response = graphql(
        newcomer,
        gemeindescan_server,
        SNAPSHOT_MUTATION,
        {
            "data": {
                "clientMutationId": created["id"],
                "title": "Newcomer's",
                "topic": "T",
                "bfsNumber": "261",
            }
        },
    )
    assert response.json()["data"]["snapshotmutation"]["snapshot"]["title"] == "Newcomer's"


def _valid_create_input(server: LocalServer) -> dict:
    return {
        "title": "Valid",
        "topic": "Valid",
        "bfsNumber": "261",
        "wshash": relay_id("WorkspaceNode", server.workspace_id),
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": None}, "'title'"),
        ({"topic": None}, "'topic'"),
        ({"bfsNumber": None}, "'bfs_number'"),
        ({"wshash": None}, "'wshash'"),
        ({"bfsNumber": "abc"}, "invalid literal for int() with base 10: 'abc'"),
        ({"bfsNumber": "99999"}, "Municipality matching query does not exist."),
        ({"wshash": relay_id("WorkspaceNode", "ZZZZZ")}, "Workspace matching query does not exist."),
        ({"wshash": relay_id("WorkspaceNode", "ABCDE").rstrip("=")}, "Incorrect padding"),
        (
            {"wshash": "abcde"},
            "Invalid base64-encoded string: number of data characters (5) cannot be 1 more "
            "than a multiple of 4",
        ),
        ({"title": "t" * 151}, "value too long for type character varying(150)\n"),
        ({"topic": "t" * 101}, "value too long for type character varying(100)\n"),
    ],
)
def test_create_errors_are_http_200_with_raw_messages_and_nothing_is_made(
    gemeindescan_server, change, message
):
    session = logged_in_session(gemeindescan_server)
    before = workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id)
    data = {
        key: value
        for key, value in {**_valid_create_input(gemeindescan_server), **change}.items()
        if value is not None
    }
    response = graphql(session, gemeindescan_server, SNAPSHOT_MUTATION, {"data": data})
    assert response.status_code == 200
    body = response.json()
    assert [error["message"] for error in body["errors"]] == [message]
    assert body["data"] == {"snapshotmutation": None}
    assert workspace_snapshot_pks(gemeindescan_server, gemeindescan_server.workspace_id) == before


def test_the_longest_title_and_topic_are_accepted(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server, title="T" * 150, topic="t" * 100)
    assert (len(snapshot["title"]), len(snapshot["topic"])) == (150, 100)


def test_an_unpadded_client_mutation_id_fails_with_incorrect_padding(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    created = create_snapshot(session, gemeindescan_server)
    unpadded = relay_id("SnapshotNode", created["pk"]).rstrip("=")
    assert unpadded != created["id"], "a 6-character pk always needs padding"
    response = graphql(
        session,
        gemeindescan_server,
        SNAPSHOT_MUTATION,
        {"data": {"clientMutationId": unpadded, "title": "x", "topic": "y", "bfsNumber": "261"}},
    )
    assert [error["message"] for error in response.json()["errors"]] == ["Incorrect padding"]


def test_a_json_number_bfs_number_is_coerced_but_an_inline_integer_is_a_400(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    data = {**_valid_create_input(gemeindescan_server), "bfsNumber": 230}
    response = graphql(session, gemeindescan_server, SNAPSHOT_MUTATION, {"data": data})
    assert response.json()["data"]["snapshotmutation"]["snapshot"]["municipality"]["name"] == "Winterthur"
    wshash = relay_id("WorkspaceNode", gemeindescan_server.workspace_id)
    inline = (
        'mutation { snapshotmutation(input: {title: "x", topic: "y", bfsNumber: 230, '
        f'wshash: "{wshash}"}}) {{ snapshot {{ pk }} }} }}'
    )
    assert graphql(session, gemeindescan_server, inline).status_code == 400


def test_graphql_request_errors(gemeindescan_server):
    url = gemeindescan_server.url
    assert requests.post(f"{url}/graphql/", json=[{"query": "{ __typename }"}], timeout=10).status_code == 400
    assert graphql(None, gemeindescan_server, "{ municipalities { ").status_code == 400
    assert graphql(None, gemeindescan_server, "{ noSuchField }").status_code == 400
    # With DEBUG on, Django refuses to redirect a POST to the slashed URL: a 500.
    assert requests.post(f"{url}/graphql", json={"query": "{ __typename }"}, timeout=10).status_code == 500


# --- GraphQL: queries -------------------------------------------------------------------------------


def test_workspace_query_lists_its_snapshots(gemeindescan_server):
    response = graphql(
        None,
        gemeindescan_server,
        """
        query ws($id: ID!) { workspace(id: $id) { pk title description
          snapshots { pk title topic municipality { bfsNumber fullname } } } }""",
        {"id": relay_id("WorkspaceNode", gemeindescan_server.workspace_with_snapshots_id)},
    )
    workspace = response.json()["data"]["workspace"]
    assert workspace["pk"] == gemeindescan_server.workspace_with_snapshots_id
    assert workspace["snapshots"][0]["pk"] == gemeindescan_server.existing_snapshot_pk
    assert workspace["snapshots"][0]["municipality"] == {"bfsNumber": 261, "fullname": "Zürich (ZH)"}


@pytest.mark.parametrize("workspace_relay_id", ["not-base64!", relay_id("WorkspaceNode", "ZZZZZ"), "V29y"])
def test_unknown_or_malformed_workspace_is_null_without_error(gemeindescan_server, workspace_relay_id):
    response = graphql(
        None,
        gemeindescan_server,
        "query ws($id: ID!) { workspace(id: $id) { pk } }",
        {"id": workspace_relay_id},
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"workspace": None}}


def test_snapshot_query_reads_the_existing_file_and_null_for_unknown(gemeindescan_server):
    existing = graphql(
        None,
        gemeindescan_server,
        SNAPSHOT_QUERY,
        {"id": relay_id("SnapshotNode", gemeindescan_server.existing_snapshot_pk)},
    ).json()
    assert existing["data"]["snapshot"]["data"] == gemeindescan_server.existing_snapshot_data
    stored_name = f"data-files/{gemeindescan_server.existing_snapshot_pk}.json"
    assert existing["data"]["snapshot"]["datafile"] == stored_name
    assert requests.get(f"{gemeindescan_server.url}/media/{stored_name}", timeout=10).json() == (
        gemeindescan_server.existing_snapshot_data
    )
    without_file_id = relay_id("SnapshotNode", gemeindescan_server.snapshot_without_file_pk)
    without_file = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": without_file_id}).json()
    assert without_file["data"]["snapshot"]["data"] == {}
    unknown = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": relay_id("SnapshotNode", "ZZZZZZ")})
    assert unknown.json() == {"data": {"snapshot": None}}


def test_snapshot_data_is_empty_before_upload(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    created = create_snapshot(session, gemeindescan_server)
    read = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": created["id"]}).json()
    assert read["data"]["snapshot"]["data"] == {}
    assert read["data"]["snapshot"]["datafile"] == ""


def test_uploaded_invalid_json_is_stored_and_breaks_reading_data(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    created = create_snapshot(session, gemeindescan_server)
    response = upload(session, gemeindescan_server, created["pk"], b"this is { not json")
    assert response.status_code == 200
    assert requests.get(response.json()["data_file"], timeout=10).content == b"this is { not json"
    read = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": created["id"]})
    assert read.status_code == 200
    assert read.json()["errors"][0]["path"] == ["snapshot", "data"]


# --- GraphQL: municipalities --------------------------------------------------------------------------


def test_paging_through_all_municipalities_100_at_a_time(gemeindescan_server):
    expected = csv_municipalities()
    assert len(expected) > 300
    nodes, after, pages = [], None, 0
    while True:
        response = graphql(None, gemeindescan_server, MUNICIPALITY_PAGE, {"first": 100, "after": after})
        page = response.json()["data"]["municipalities"]
        pages += 1
        assert len(page["edges"]) <= 100
        nodes += [edge["node"] for edge in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        assert len(page["edges"]) == 100
        after = page["pageInfo"]["endCursor"]
    assert pages == -(-len(expected) // 100)
    if SHARED_MUNICIPALITIES_CSV.is_file():
        # The platform's own list, at its real size: 2,175 municipalities on 22 pages.
        assert (len(nodes), pages) == (2175, 22)
    assert sorted(node["bfsNumber"] for node in nodes) == sorted(int(row["bfs_number"]) for row in expected)
    names = [node["name"] for node in nodes]
    assert names == sorted(names)
    # Names are bare and repeat across cantons (Wil ZH, Wil SG); the full name is unique.
    fullnames = [node["fullname"] for node in nodes]
    assert len(set(fullnames)) == len(fullnames)


def test_without_first_the_page_is_100_and_first_101_is_an_error(gemeindescan_server):
    response = graphql(None, gemeindescan_server, MUNICIPALITY_PAGE)
    page = response.json()["data"]["municipalities"]
    assert len(page["edges"]) == 100
    assert page["pageInfo"]["hasNextPage"] is True
    assert "totalCount" not in json.dumps(page)
    too_many = graphql(None, gemeindescan_server, MUNICIPALITY_PAGE, {"first": 101})
    assert too_many.status_code == 200
    assert too_many.json()["data"] == {"municipalities": None}
    assert "exceeds the `first` limit of 100 records" in too_many.json()["errors"][0]["message"]


def _municipality_names(server: LocalServer, arguments: str) -> list[str]:
    response = graphql(None, server, f"{{ municipalities({arguments}) {{ edges {{ node {{ name }} }} }} }}")
    return [edge["node"]["name"] for edge in response.json()["data"]["municipalities"]["edges"]]


def test_name_searches_ignore_case_and_exact_filters_do_not(gemeindescan_server):
    rows = csv_municipalities()
    assert _municipality_names(gemeindescan_server, 'name_Icontains: "ZÜRICH"') == ["Zürich"]
    assert _municipality_names(gemeindescan_server, 'name_Istartswith: "wil"') == sorted(
        row["name"] for row in rows if row["name"].lower().startswith("wil")
    )
    assert _municipality_names(gemeindescan_server, 'name_Icontains: "bei bern"') == sorted(
        row["name"] for row in rows if "bei bern" in row["name"].lower()
    )
    assert _municipality_names(gemeindescan_server, 'name: "Zürich"') == ["Zürich"]
    assert _municipality_names(gemeindescan_server, 'name: "zürich"') == []
    assert _municipality_names(gemeindescan_server, 'canton: "GE", first: 100') == sorted(
        row["name"] for row in rows if row["canton"] == "GE"
    )


def test_names_are_stored_bare_and_fullname_adds_the_canton_once(gemeindescan_server):
    response = graphql(
        None,
        gemeindescan_server,
        """{ municipalities(name_Istartswith: "Wil", first: 100) {
        edges { node { name canton fullname } } } }""",
    )
    nodes = [edge["node"] for edge in response.json()["data"]["municipalities"]["edges"]]
    wil = [node for node in nodes if node["name"] == "Wil"]
    # Wil exists in Zürich and in St. Gallen: the same bare name, told apart by fullname.
    assert sorted(node["fullname"] for node in wil) == ["Wil (SG)", "Wil (ZH)"]
    for row in csv_municipalities():
        assert not row["name"].endswith(f"({row['canton']})"), row


def test_a_lower_case_canton_is_an_error(gemeindescan_server):
    query = '{ municipalities(canton: "zh") { edges { node { name } } } }'
    response = graphql(None, gemeindescan_server, query)
    assert response.status_code == 200
    assert response.json()["data"] == {"municipalities": None}
    assert "Select a valid choice" in response.json()["errors"][0]["message"]


def test_municipality_fields(gemeindescan_server):
    response = graphql(
        None,
        gemeindescan_server,
        """{ municipalities(name: "Zürich") { edges { node {
        bfsNumber name canton fullname perimeterBounds id } } } }""",
    )
    node = response.json()["data"]["municipalities"]["edges"][0]["node"]
    assert node["bfsNumber"] == 261
    assert node["fullname"] == "Zürich (ZH)"
    assert node["id"] == relay_id("MunicipalityNode", 261)
    min_lat, min_lon, max_lat, max_lon = node["perimeterBounds"]
    # Latitude first: Zürich lies near 47.4 N, 8.5 E.
    assert 47.2 < min_lat < max_lat < 47.5
    assert 8.4 < min_lon < max_lon < 8.7


# --- upload -------------------------------------------------------------------------------------------


def test_upload_stores_the_file_and_the_data_reads_back_equal(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server)
    document = {
        "profile": "spatial-data-package",
        "name": "noise",
        "title": "Lärm",
        "resources": [{"name": "a", "data": {"type": "FeatureCollection", "features": []}}],
    }
    response = upload(session, gemeindescan_server, snapshot["pk"], json.dumps(document).encode())
    assert response.status_code == 200
    file_url = response.json()["data_file"]
    assert file_url == f"{gemeindescan_server.url}/media/data-files/{snapshot['pk']}.json"
    assert requests.get(file_url, timeout=10).json() == document
    read = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": snapshot["id"]}).json()
    assert read["data"]["snapshot"]["data"] == document


def test_upload_with_a_wrong_field_name_answers_a_null_data_file(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server)
    response = upload(session, gemeindescan_server, snapshot["pk"], b"{}", field="file")
    assert response.status_code == 200
    assert response.json() == {"data_file": None}


def test_upload_errors(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    pk = create_snapshot(session, gemeindescan_server)["pk"]
    url = f"{gemeindescan_server.url}/api/v1/snapshots/{pk}/"
    token = {"X-CSRFToken": session.cookies["csrftoken"]}

    anonymous = requests.patch(url, files={"data_file": ("a.json", b"{}")}, timeout=10)
    assert (anonymous.status_code, anonymous.json()) == (
        403,
        {"detail": "Authentication credentials were not provided."},
    )

    no_token = session.patch(url, files={"data_file": ("a.json", b"{}")}, timeout=10)
    assert (no_token.status_code, no_token.json()) == (
        403,
        {"detail": "CSRF Failed: CSRF token missing or incorrect."},
    )

    unknown = upload(session, gemeindescan_server, "ZZZZZZ", b"{}")
    assert (unknown.status_code, unknown.json()) == (404, {"detail": "Not found."})

    as_json = session.patch(url, json={"data_file": "{}"}, headers=token, timeout=10)
    assert as_json.status_code == 415
    as_form = session.patch(url, data={"data_file": "{}"}, headers=token, timeout=10)
    assert as_form.status_code == 415

    empty = upload(session, gemeindescan_server, pk, b"")
    assert (empty.status_code, empty.json()) == (400, {"data_file": ["The submitted file is empty."]})

    long_name = upload(session, gemeindescan_server, pk, b"{}", filename="n" * 96 + ".json")
    assert long_name.status_code == 400
    assert long_name.json()["data_file"][0].startswith("Ensure this filename has at most 100 characters")

    for method in ("put", "post", "get"):
        assert session.request(method, url, headers=token, timeout=10).status_code == 405


def test_upload_with_the_pre_login_csrf_token_is_403(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    pre_login_token = session.cookies["csrftoken"]
    session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={
            "csrfmiddlewaretoken": pre_login_token,
            "username": gemeindescan_server.username,
            "password": gemeindescan_server.password,
        },
        allow_redirects=False,
        timeout=30,
    )
    pk = create_snapshot(session, gemeindescan_server)["pk"]
    stale = upload(session, gemeindescan_server, pk, b"{}", **{"X-CSRFToken": pre_login_token})
    assert (stale.status_code, stale.json()) == (
        403,
        {"detail": "CSRF Failed: CSRF token missing or incorrect."},
    )
    assert upload(session, gemeindescan_server, pk, b"{}").status_code == 200


def test_same_file_name_gets_a_random_suffix_and_both_files_stay(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    first = create_snapshot(session, gemeindescan_server)["pk"]
    second = create_snapshot(session, gemeindescan_server)["pk"]
    name = f"shared-{first}.json"
    url_one = upload(session, gemeindescan_server, first, b'{"n": 1}', filename=name).json()["data_file"]
    url_two = upload(session, gemeindescan_server, second, b'{"n": 2}', filename=name).json()["data_file"]
    assert url_one.endswith(f"/{name}")
    assert re.search(rf"/shared-{first}_[A-Za-z0-9]{{7}}\.json$", url_two)
    assert requests.get(url_one, timeout=10).json() == {"n": 1}
    assert requests.get(url_two, timeout=10).json() == {"n": 2}


def test_frontend_links_resolve(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server, title="Linked map")
    base = gemeindescan_server.frontend_url
    assert "Linked map" in requests.get(f"{base}/{snapshot['pk']}/", timeout=10).text
    in_workspace = requests.get(f"{base}/{gemeindescan_server.workspace_id}/{snapshot['pk']}/", timeout=10)
    assert in_workspace.status_code == 200
    assert requests.get(f"{base}/ZZZZZZ/", timeout=10).status_code == 404
    other_workspace = gemeindescan_server.workspace_with_snapshots_id
    wrong_workspace = requests.get(f"{base}/{other_workspace}/{snapshot['pk']}/", timeout=10)
    assert wrong_workspace.status_code == 404


def test_a_restarted_server_keeps_its_data_and_seeds_only_once(tmp_path):
    with start_local_server(tmp_path / "server") as first:
        session = logged_in_session(first)
        created = create_snapshot(session, first, title="Survives a restart")
    with start_local_server(tmp_path / "server") as second:
        assert second.workspace_id == first.workspace_id
        assert second.existing_snapshot_pk == first.existing_snapshot_pk
        read = graphql(None, second, SNAPSHOT_QUERY, {"id": created["id"]}).json()
        assert read["data"]["snapshot"]["title"] == "Survives a restart"
        assert second.municipality_count == len(csv_municipalities())


def test_the_small_municipality_list_on_request(tmp_path):
    with start_local_server(tmp_path / "small", small_municipality_list=True) as small:
        assert small.municipality_count == 380
        names = _municipality_names(small, 'name_Istartswith: "Wil", first: 100')
        assert "Wil" in names and "Wil (ZH)" not in names


# --- behind a TLS proxy (--https) ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    """A server that believes X-Forwarded-Proto: https, as behind the platform's TLS proxy."""
    with start_local_server(tmp_path_factory.mktemp("gemeindescan-https"), https=True) as server:
        yield server


def _https_origin(server: LocalServer) -> str:
    return "https://" + server.url.split("://", 1)[1]


def test_https_login_needs_a_same_origin_https_referer(https_server):
    session = requests.Session()
    session.headers["X-Forwarded-Proto"] = "https"
    session.get(f"{https_server.url}/account/login/", timeout=10)
    form = {
        "csrfmiddlewaretoken": session.cookies["csrftoken"],
        "username": https_server.username,
        "password": https_server.password,
    }
    login_url = f"{https_server.url}/account/login/"
    host = https_server.url.split("://", 1)[1]
    cases = [
        ({}, "Referer checking failed - no Referer."),
        (
            {"Referer": f"http://{host}/account/login/"},
            "Referer checking failed - Referer is insecure while host is secure.",
        ),
        (
            {"Referer": "https://elsewhere.example/account/login/"},
            "Referer checking failed - https://elsewhere.example/account/login/ does not match any trusted "
            "origins.",
        ),
    ]
    for headers, reason in cases:
        refused = session.post(login_url, data=form, headers=headers, allow_redirects=False, timeout=30)
        assert refused.status_code == 403
        assert csrf_reason(refused.text) == reason
    same_origin = {"Referer": f"{_https_origin(https_server)}/account/login/"}
    accepted = session.post(login_url, data=form, headers=same_origin, allow_redirects=False, timeout=30)
    assert accepted.status_code == 302
    assert "sessionid" in accepted.cookies


def test_https_graphql_needs_no_referer_but_upload_does(https_server):
    referer = f"{_https_origin(https_server)}/account/login/"
    session = logged_in_session(https_server, **{"X-Forwarded-Proto": "https", "Referer": referer})
    del session.headers["Referer"]
    snapshot = create_snapshot(session, https_server)
    refused = upload(session, https_server, snapshot["pk"], b"{}")
    assert (refused.status_code, refused.json()) == (
        403,
        {"detail": "CSRF Failed: Referer checking failed - no Referer."},
    )
    accepted = upload(session, https_server, snapshot["pk"], b"{}", Referer=referer)
    assert accepted.status_code == 200
    assert accepted.json()["data_file"].startswith(_https_origin(https_server) + "/media/")


def test_plain_http_is_not_referer_checked_even_in_https_mode(https_server):
    session = logged_in_session(https_server)
    assert "sessionid" in session.cookies


# --- production behaviour: DEBUG off, a proxy's size limit --------------------------------------------

UPLOAD_LIMIT = 20_000


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    """DEBUG off (APPEND_SLASH redirects) and a reverse proxy refusing bodies over UPLOAD_LIMIT bytes."""
    with start_local_server(
        tmp_path_factory.mktemp("gemeindescan-production"), debug=False, max_upload_bytes=UPLOAD_LIMIT
    ) as server:
        yield server


def test_graphql_without_trailing_slash_redirects_and_the_post_becomes_a_get(production_server):
    url = f"{production_server.url}/graphql"
    redirect = requests.post(url, json={"query": "{ __typename }"}, allow_redirects=False, timeout=10)
    assert redirect.status_code == 301
    assert redirect.headers["Location"] == "/graphql/"
    followed = requests.post(url, json={"query": "{ __typename }"}, timeout=10)
    assert followed.status_code == 400
    assert followed.json()["errors"][0]["message"] == "Must provide query string."


def test_upload_without_trailing_slash_loses_its_body_silently(production_server):
    session = logged_in_session(production_server)
    pk = create_snapshot(session, production_server)["pk"]
    url = f"{production_server.url}/api/v1/snapshots/{pk}"
    files = {"data_file": (f"{pk}.json", b"{}")}
    token = {"X-CSRFToken": session.cookies["csrftoken"]}
    redirect = session.patch(url, files=files, headers=token, allow_redirects=False, timeout=10)
    assert redirect.status_code == 301
    followed = session.patch(url, files=files, headers=token, timeout=10)
    assert (followed.status_code, followed.json()) == (200, {"data_file": None})


def test_a_body_over_the_proxy_limit_is_413_and_the_connection_goes_on(production_server):
    session = logged_in_session(production_server)
    pk = create_snapshot(session, production_server)["pk"]
    too_large = upload(session, production_server, pk, b"x" * (UPLOAD_LIMIT + 1))
    assert too_large.status_code == 413
    assert "413 Request Entity Too Large" in too_large.text
    small = upload(session, production_server, pk, b'{"small": true}')
    assert small.status_code == 200
    assert small.json()["data_file"].endswith(f"/{pk}.json")


def test_production_csrf_failure_is_a_plain_403(production_server):
    response = requests.post(
        f"{production_server.url}/account/login/",
        data={"username": "x", "password": "y"},
        allow_redirects=False,
        timeout=10,
    )
    assert response.status_code == 403
    assert "CSRF verification failed" in response.text
