"""The local Gemeindescan server keeps the contract (shared/gemeindescan-api.md), quirks included.

Plain ``requests`` against the server subprocess: what any client of the platform would see.
"""

from __future__ import annotations

import base64
import csv
import json
import re
from pathlib import Path

import requests
from local_server import LocalServer

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "gemeindescan_server" / "data" / "municipalities.csv"

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
    """The seeded municipalities, read from the server's own data file."""
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def logged_in_session(server: LocalServer, username: str | None = None, password: str | None = None,
                      **extra_headers: str) -> requests.Session:
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


def graphql(session: requests.Session | None, server: LocalServer, query: str, variables: dict | None = None,
            ) -> requests.Response:
    """POST one GraphQL request to /graphql/."""
    poster = session or requests
    body = {"query": query, "variables": variables or {}}
    return poster.post(f"{server.url}/graphql/", json=body, timeout=30)


def create_snapshot(session: requests.Session, server: LocalServer, title: str = "Test map",
                    topic: str = "Tests", bfs_number: str = "261") -> dict:
    """Create a snapshot in the server's empty workspace; the mutation's snapshot."""
    response = graphql(session, server, SNAPSHOT_MUTATION, {"data": {
        "title": title, "topic": topic, "bfsNumber": bfs_number,
        "wshash": relay_id("WorkspaceNode", server.workspace_id)}})
    assert response.status_code == 200
    snapshot = response.json()["data"]["snapshotmutation"]["snapshot"]
    assert snapshot is not None, response.text
    return snapshot


def upload(session: requests.Session, server: LocalServer, snapshot_pk: str, content: bytes,
           field: str = "data_file", filename: str | None = None, **headers: str) -> requests.Response:
    """PATCH a file to the snapshot as the platform's upload view expects it."""
    return session.patch(
        f"{server.url}/api/v1/snapshots/{snapshot_pk}/",
        files={field: (filename or f"{snapshot_pk}.json", content, "application/json")},
        headers={"X-CSRFToken": session.cookies.get("csrftoken", ""), **headers},
        timeout=30,
    )


# --- login -------------------------------------------------------------------------------------------


def test_login_page_sets_a_64_character_csrf_cookie(gemeindescan_server):
    response = requests.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert re.fullmatch(r"[A-Za-z0-9]{64}", response.cookies["csrftoken"])
    assert "Max-Age=31449600" in response.headers["Set-Cookie"]


def test_login_success_redirects_with_a_session_and_a_rotated_csrf_token(gemeindescan_server):
    session = requests.Session()
    session.get(f"{gemeindescan_server.url}/account/login/", timeout=10)
    token_before = session.cookies["csrftoken"]
    response = session.post(
        f"{gemeindescan_server.url}/account/login/",
        data={"csrfmiddlewaretoken": token_before, "username": gemeindescan_server.username,
              "password": gemeindescan_server.password},
        allow_redirects=False, timeout=30,
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
        data={"csrfmiddlewaretoken": session.cookies["csrftoken"], "username": gemeindescan_server.username,
              "password": "not-the-password"},
        allow_redirects=False, timeout=30,
    )
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.text
    assert "sessionid" not in response.cookies
    assert "sessionid" not in session.cookies


# --- GraphQL ------------------------------------------------------------------------------------------


def test_create_snapshot_then_upload_then_read_the_data_back(gemeindescan_server):
    session = logged_in_session(gemeindescan_server)
    snapshot = create_snapshot(session, gemeindescan_server, title="Lärm in Zürich", topic="Umwelt")
    assert re.fullmatch(r"[A-Z0-9]{6}", snapshot["pk"])
    assert snapshot["id"] == relay_id("SnapshotNode", snapshot["pk"])
    assert snapshot["municipality"] == {"bfsNumber": 261, "name": "Zürich", "canton": "ZH"}
    document = {"profile": "spatial-data-package", "name": "noise", "resources": [{"name": "a", "data": [1]}]}
    response = upload(session, gemeindescan_server, snapshot["pk"], json.dumps(document).encode())
    assert response.status_code == 200
    file_url = response.json()["data_file"]
    assert file_url.startswith(f"{gemeindescan_server.url}/media/")
    assert requests.get(file_url, timeout=10).json() == document
    read = graphql(None, gemeindescan_server, SNAPSHOT_QUERY, {"id": snapshot["id"]}).json()
    assert read["data"]["snapshot"]["data"] == document
    assert read["data"]["snapshot"]["title"] == "Lärm in Zürich"


def test_municipalities_page_holds_at_most_100(gemeindescan_server):
    response = graphql(None, gemeindescan_server, MUNICIPALITY_PAGE)
    page = response.json()["data"]["municipalities"]
    assert len(page["edges"]) == 100
    assert page["pageInfo"]["hasNextPage"] is True
