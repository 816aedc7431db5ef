"""The panel's short conversations with the server, as plain functions a background task runs.

Each function gets plain values and returns plain values. ``make_client`` comes from
``network.qgis_client_factory``, made on the main thread: the client goes through QGIS's proxy and trusts
the certificates QGIS trusts, as publishing does, with the settings as they are now (read in a task
thread they could be stale).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from ..gemeindescan_uploader.client import GemeindescanClient, Municipality, Workspace, WorkspaceReference
from ..gemeindescan_uploader.credentials import Credentials
from ..gemeindescan_uploader.municipality_cache import CachedMunicipalities, save_cached

ClientFactory = Callable[..., GemeindescanClient]

#: Seconds the panel waits for an answer to a lookup (publishing has its own, longer ones).
LOOKUP_TIMEOUT = 30.0


@dataclass(frozen=True)
class LoginCheck:
    """A successful test login: who, and the workspace the server suggested."""

    server_url: str
    username: str
    suggested_workspace: Optional[WorkspaceReference]


def check_login(make_client: ClientFactory, server_url: str, credentials: Credentials) -> LoginCheck:
    """Log in and out again; LoginFailed, NetworkError, ServerError… say precisely what failed."""
    with make_client(server_url, timeout=LOOKUP_TIMEOUT) as client:
        client.login(credentials.username, credentials.password)
        suggestion = client.suggested_workspace()
        client.logout()
        return LoginCheck(client.server_url, credentials.username, suggestion)


def look_up_workspace(make_client: ClientFactory, server_url: str, workspace_id: str) -> Workspace:
    """The workspace's title and snapshots (no login needed)."""
    with make_client(server_url, timeout=LOOKUP_TIMEOUT) as client:
        return client.workspace(workspace_id)


def fetch_and_cache_municipalities(
    make_client: ClientFactory, server_url: str, cache_folder: Path
) -> CachedMunicipalities:
    """Every municipality of the server, with perimeters where known, stored in the profile's cache."""
    with make_client(server_url, timeout=LOOKUP_TIMEOUT) as client:
        municipalities: list[Municipality] = client.municipalities_with_perimeters()
    return save_cached(server_url, municipalities, cache_folder)
