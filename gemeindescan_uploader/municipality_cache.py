"""The list of municipalities of each server, kept as a JSON file in the QGIS profile with its date.

The list changes a few times a year (mergers), so it is fetched once per server and refreshed
in the background when older than ``MAX_AGE``; searching it never needs the network.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication

from .client import Municipality

MAX_AGE = timedelta(days=30)
FOLDER_NAME = "gemeindescan"


@dataclass(frozen=True)
class CachedMunicipalities:
    """A server's municipalities and when they were fetched (UTC)."""

    server_url: str
    fetched: datetime
    municipalities: list[Municipality]

    def is_stale(self, now: Optional[datetime] = None) -> bool:
        """Whether the list is old enough to be fetched again."""
        return (now or datetime.now(timezone.utc)) - self.fetched > MAX_AGE


def cache_folder() -> Path:
    """The folder in the active QGIS profile that holds the cached lists."""
    return Path(QgsApplication.qgisSettingsDirPath()) / FOLDER_NAME


def cache_path(server_url: str, folder: Optional[Path] = None) -> Path:
    """The cache file for one server (named by a hash: addresses are no file names)."""
    key = hashlib.sha256(normalised_server(server_url).encode("utf-8")).hexdigest()[:16]
    return (folder or cache_folder()) / f"municipalities-{key}.json"


def normalised_server(server_url: str) -> str:
    """The address as the cache knows it: no spaces, one trailing slash."""
    return server_url.strip().rstrip("/") + "/"


def load_cached(server_url: str, folder: Optional[Path] = None) -> Optional[CachedMunicipalities]:
    """The cached list for ``server_url``, or None when there is none (or it is unreadable)."""
    path = cache_path(server_url, folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        fetched = datetime.fromisoformat(data["fetched"])
        if fetched.tzinfo is None:
            fetched = fetched.replace(tzinfo=timezone.utc)
        municipalities = [Municipality.from_dict(item) for item in data["municipalities"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return CachedMunicipalities(data.get("server_url", server_url), fetched, municipalities)


def save_cached(
    server_url: str,
    municipalities: list[Municipality],
    folder: Optional[Path] = None,
    fetched: Optional[datetime] = None,
) -> CachedMunicipalities:
    """Store the list for ``server_url`` with the date (now unless given); returns what was stored."""
    cached = CachedMunicipalities(
        normalised_server(server_url), fetched or datetime.now(timezone.utc), list(municipalities)
    )
    path = cache_path(server_url, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {
            "server_url": cached.server_url,
            "fetched": cached.fetched.isoformat(),
            "municipalities": [item.as_dict() for item in cached.municipalities],
        },
        ensure_ascii=False,
    )
    # Written beside and renamed: a QGIS closed mid-write never leaves half a list behind.
    handle, temporary = tempfile.mkstemp(prefix=path.stem, suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temporary, path)
    return cached
