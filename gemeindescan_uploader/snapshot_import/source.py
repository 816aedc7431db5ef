"""Where a snapshot comes from: a file, or the server by link or pk (plain Python, no QGIS)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urlsplit

from .. import messages
from ..client import GemeindescanClient
from ..client.ids import check_snapshot_pk
from ..errors import InvalidInput, InvalidSnapshot
from ..messages import Message
from .reading import read_snapshot_json

_LANGUAGES = {"de", "fr", "it", "en", "rm"}
_PK = re.compile(r"^[A-Za-z0-9]{1,32}$")
# The stored file of a snapshot: /media/data-files/<pk>.json (the plugin uploads it as <pk>.json).
_DATA_FILE = re.compile(r"/media/.*?/([A-Za-z0-9]{1,32})(?:_[A-Za-z0-9]+)?\.json$")


@dataclass(frozen=True)
class SnapshotOrigin:
    """The snapshot on the server that an opened map came from (None values: not known)."""

    snapshot_pk: str
    server_url: str
    workspace_id: Optional[str] = None
    bfs_number: Optional[int] = None
    title: str = ""
    topic: str = ""


@dataclass(frozen=True)
class SnapshotLink:
    """A snapshot named by a link or pk: the server to ask and the snapshot (and workspace) it names."""

    server_url: str
    snapshot_pk: str
    workspace_id: Optional[str] = None


def parse_snapshot_link(text: str, server_url: Optional[str] = None) -> SnapshotLink:
    """The snapshot a link (``…/PK/``, ``…/WS/PK/``, the stored file's URL) or a bare pk names.

    ``server_url``, when given, is the server asked (the link's own host otherwise): the website and the
    data server of an installation may have different addresses.
    """
    text = (text or "").strip()
    if not text:
        raise InvalidInput(Message(messages.OPEN_NOTHING_GIVEN))
    if "://" in text:
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidInput(Message(messages.OPEN_NOT_A_LINK, text=text))
        own_server = f"{parts.scheme}://{parts.netloc}"
        path = parts.path
    else:
        own_server, path = "", text
        if not server_url:
            raise InvalidInput(Message(messages.OPEN_NO_FILE_NO_SERVER, text=text))
    data_file = _DATA_FILE.search(path)
    if data_file:
        segments = [data_file.group(1)]
    else:
        segments = [segment for segment in path.split("/") if segment]
        if segments and segments[0].lower() in _LANGUAGES:
            segments = segments[1:]
    if len(segments) not in (1, 2) or not all(_PK.match(segment) for segment in segments):
        raise InvalidInput(Message(messages.OPEN_NAMES_NO_SNAPSHOT, text=text))
    workspace_id = segments[0] if len(segments) == 2 else None
    return SnapshotLink((server_url or own_server).rstrip("/"), check_snapshot_pk(segments[-1]), workspace_id)


def looks_like_file(text: str) -> bool:
    """Whether ``text`` names a file on disk rather than a link or pk."""
    return "://" not in (text or "") and Path(text).expanduser().is_file()


def fetch_snapshot(
    link: SnapshotLink, client_factory: Callable[[str], GemeindescanClient] = GemeindescanClient
) -> tuple[dict, SnapshotOrigin]:
    """The snapshot's data from the server (``snapshot { data }``, no login needed) and where it lives."""
    with client_factory(link.server_url) as client:
        snapshot = client.snapshot(link.snapshot_pk)
    if not isinstance(snapshot.data, dict) or not snapshot.data:
        raise InvalidSnapshot(Message(messages.OPEN_SNAPSHOT_WITHOUT_MAP, pk=snapshot.snapshot_pk))
    origin = SnapshotOrigin(
        snapshot_pk=snapshot.snapshot_pk,
        server_url=client.server_url.rstrip("/"),
        workspace_id=link.workspace_id,
        bfs_number=snapshot.bfs_number,
        title=snapshot.title,
        topic=snapshot.topic,
    )
    return snapshot.data, origin


def load_snapshot_data(
    source: str,
    server_url: Optional[str] = None,
    client_factory: Callable[[str], GemeindescanClient] = GemeindescanClient,
) -> tuple[dict, Optional[SnapshotOrigin]]:
    """The snapshot JSON from a file, or from the server by link or pk; where it lives on the server if so."""
    if looks_like_file(source):
        return read_snapshot_json(Path(source).expanduser()), None
    return fetch_snapshot(parse_snapshot_link(source, server_url), client_factory)
