"""What the plugin remembers: per map in the QGIS project, defaults for new maps in QgsSettings.

Project entries live under the scope ``Gemeindescan`` (``QgsProject.writeEntry``), one key per fact:

==============  ===========  ===================================================================
key             type         meaning
==============  ===========  ===================================================================
server_url      text         the Gemeindescan server address
authcfg         text         id of the QGIS authentication configuration with the login
workspace       text         workspace id (``B5BXT``)
bfs_number      text         BfS number of the municipality (``261``), empty for none
snapshot_pk     text         the snapshot the next Publish updates (``8OK4XB``), empty for a new one
title           text         snapshot title (at most MAX_TITLE_LENGTH characters, snapshot_format)
topic           text         snapshot topic (at most MAX_TOPIC_LENGTH characters, snapshot_format)
description     text         snapshot description
keywords        text list    snapshot keywords
layers          text list    ids of the layers to publish; no entry = the default choice
background      text         ``mapbox://styles/…``, empty for none; no entry = the platform's standard
crop, clip      text         ``true``/``false``: keep only features in the view / cut them to it
output_folder   text         folder the exported file is kept in; empty = the default
history         text         JSON list of ``{"date", "snapshot_pk", "url", "result"}``, newest last
==============  ===========  ===================================================================

QgsSettings keep ``gemeindescan/server_url`` and ``gemeindescan/authcfg`` as defaults for new projects.
Never a password or a session id: the password stays in QGIS's authentication database.

Other parts of the plugin (e.g. opening a snapshot) set where the next Publish goes with
``store_publish_target``; ``SIGNALS.changed`` then tells an open panel to show it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QObject, pyqtSignal

SCOPE = "Gemeindescan"
SETTINGS_GROUP = "gemeindescan"

SERVER_URL = "server_url"
AUTHCFG = "authcfg"
WORKSPACE = "workspace"
BFS_NUMBER = "bfs_number"
SNAPSHOT_PK = "snapshot_pk"
TITLE = "title"
TOPIC = "topic"
DESCRIPTION = "description"
KEYWORDS = "keywords"
LAYERS = "layers"
BACKGROUND = "background"
CROP = "crop"
CLIP = "clip"
OUTPUT_FOLDER = "output_folder"
HISTORY = "history"

#: The platform's standard Mapbox style, the background a new map gets.
DEFAULT_BACKGROUND = "mapbox://styles/gemeindescan/ck6rp249516tg1iqkmt48o4pz"
#: Publishes kept in a project's history; older ones fall off.
HISTORY_LENGTH = 20


@dataclass(frozen=True)
class PublishRecord:
    """One publish in a project's history: when, which snapshot, its link, and how it ended."""

    date: str
    snapshot_pk: str
    url: str
    result: str

    def as_dict(self) -> dict[str, str]:
        """The record as JSON-able data."""
        return {"date": self.date, "snapshot_pk": self.snapshot_pk, "url": self.url, "result": self.result}


@dataclass
class ProjectSettings:
    """Everything typed for one map; ``layer_ids`` None means the default choice of layers."""

    server_url: str = ""
    authcfg: str = ""
    workspace: str = ""
    bfs_number: Optional[int] = None
    snapshot_pk: str = ""
    title: str = ""
    topic: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    layer_ids: Optional[list[str]] = None
    background: str = DEFAULT_BACKGROUND
    crop: bool = True
    clip: bool = False
    output_folder: str = ""
    history: list[PublishRecord] = field(default_factory=list)


def load_project_settings(project: QgsProject) -> ProjectSettings:
    """The settings saved in ``project``; for what it does not hold, the QgsSettings defaults."""
    server_default, authcfg_default = load_defaults()
    settings = ProjectSettings()
    settings.server_url = _text(project, SERVER_URL) or server_default
    settings.authcfg = _text(project, AUTHCFG) or authcfg_default
    settings.workspace = _text(project, WORKSPACE)
    bfs = _text(project, BFS_NUMBER)
    settings.bfs_number = int(bfs) if bfs.isdigit() else None
    settings.snapshot_pk = _text(project, SNAPSHOT_PK)
    settings.title = _text(project, TITLE)
    settings.topic = _text(project, TOPIC)
    settings.description = _text(project, DESCRIPTION)
    settings.keywords = _list(project, KEYWORDS) or []
    settings.layer_ids = _list(project, LAYERS)
    background, found = project.readEntry(SCOPE, BACKGROUND, "")
    settings.background = background if found else DEFAULT_BACKGROUND
    settings.crop = _text(project, CROP, "true") != "false"
    settings.clip = _text(project, CLIP, "false") == "true"
    settings.output_folder = _text(project, OUTPUT_FOLDER)
    settings.history = _history(_text(project, HISTORY))
    return settings


def save_project_settings(project: QgsProject, settings: ProjectSettings) -> None:
    """Write ``settings`` into ``project`` (saved with the project file) and the defaults into QgsSettings."""
    texts = {
        SERVER_URL: settings.server_url.strip(),
        AUTHCFG: settings.authcfg,
        WORKSPACE: settings.workspace,
        BFS_NUMBER: "" if settings.bfs_number is None else str(settings.bfs_number),
        SNAPSHOT_PK: settings.snapshot_pk,
        TITLE: settings.title,
        TOPIC: settings.topic,
        DESCRIPTION: settings.description,
        BACKGROUND: settings.background or "",
        CROP: _bool_text(settings.crop),
        CLIP: _bool_text(settings.clip),
        OUTPUT_FOLDER: settings.output_folder,
        HISTORY: json.dumps(
            [record.as_dict() for record in settings.history[-HISTORY_LENGTH:]], ensure_ascii=False
        ),
    }
    for key, value in texts.items():
        if _text(project, key, None) != value:
            project.writeEntry(SCOPE, key, value)
    _write_list(project, KEYWORDS, settings.keywords)
    if settings.layer_ids is None:
        project.removeEntry(SCOPE, LAYERS)
    else:
        _write_list(project, LAYERS, settings.layer_ids)
    save_defaults(settings.server_url, settings.authcfg)


class SettingsSignals(QObject):
    """``changed(project)``: a project's Gemeindescan settings were changed outside the panel."""

    changed = pyqtSignal(object)


SIGNALS = SettingsSignals()


def store_publish_target(
    project: QgsProject,
    snapshot_pk: str,
    workspace: Optional[str] = None,
    bfs_number: Optional[int] = None,
    server_url: Optional[str] = None,
) -> None:
    """Make the next Publish of ``project`` update ``snapshot_pk``; values not given stay as they are."""
    values = {
        SNAPSHOT_PK: snapshot_pk,
        WORKSPACE: workspace,
        BFS_NUMBER: str(bfs_number) if bfs_number is not None else None,
        SERVER_URL: server_url,
    }
    for key, value in values.items():
        if value:
            project.writeEntry(SCOPE, key, str(value))
    SIGNALS.changed.emit(project)


def load_defaults() -> tuple[str, str]:
    """The server address and authentication configuration id new projects start with."""
    qsettings = QgsSettings()
    return (
        str(qsettings.value(f"{SETTINGS_GROUP}/{SERVER_URL}", "") or ""),
        str(qsettings.value(f"{SETTINGS_GROUP}/{AUTHCFG}", "") or ""),
    )


def save_defaults(server_url: str, authcfg: str) -> None:
    """Remember the server address and login for the next new project (empty values are not stored)."""
    qsettings = QgsSettings()
    if server_url.strip():
        qsettings.setValue(f"{SETTINGS_GROUP}/{SERVER_URL}", server_url.strip())
    if authcfg:
        qsettings.setValue(f"{SETTINGS_GROUP}/{AUTHCFG}", authcfg)


def _text(project: QgsProject, key: str, default: Optional[str] = "") -> Optional[str]:
    value, found = project.readEntry(SCOPE, key, "")
    return value if found else default


def _list(project: QgsProject, key: str) -> Optional[list[str]]:
    values, found = project.readListEntry(SCOPE, key)
    return list(values) if found else None


def _write_list(project: QgsProject, key: str, values: list[str]) -> None:
    if _list(project, key) != list(values):
        project.writeEntry(SCOPE, key, list(values))


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _history(text: str) -> list[PublishRecord]:
    """The history entries in ``text``; a damaged entry is dropped rather than breaking the panel."""
    try:
        items = json.loads(text) if text else []
    except ValueError:
        return []
    records = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            records.append(
                PublishRecord(
                    str(item.get("date", "")),
                    str(item.get("snapshot_pk", "")),
                    str(item.get("url", "")),
                    str(item.get("result", "")),
                )
            )
    return records
