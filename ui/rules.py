"""The panel's rules, as small functions of its plain state (no widgets), so tests can call them directly.

What is missing before Publish can run, what the Publish button says, which snapshot an update
goes to, and the title/topic counters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..gemeindescan_uploader import messages
from ..gemeindescan_uploader.client import WorkspaceReference
from ..gemeindescan_uploader.errors import (
    GemeindescanError,
    InvalidInput,
    LoginFailed,
    NetworkError,
    RequestTimeout,
    ServerError,
)
from ..gemeindescan_uploader.settings import ProjectSettings
from ..gemeindescan_uploader.snapshot_format import MAPBOX_STYLE, MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from ..gemeindescan_uploader.translation import Gemeindescan, localized


@dataclass
class PanelState:
    """Everything the panel shows: what is saved with the map, and what only lives while QGIS runs."""

    settings: ProjectSettings = field(default_factory=ProjectSettings)
    #: Publish as a new snapshot even though the project has published one before.
    as_new: bool = False
    #: Ids of the layers checked in the layer list, top of the layer tree first.
    checked_layer_ids: list[str] = field(default_factory=list)
    #: A PublishTask is running.
    publishing: bool = False


def missing_for_publish(state: PanelState) -> list[str]:
    """What must still be filled in (or fixed) before Publish can run, in the analyst's words."""
    settings = state.settings
    missing = []
    if not settings.server_url.strip():
        missing.append(Gemeindescan.tr("the server address"))
    if not settings.authcfg:
        missing.append(Gemeindescan.tr("a login (Connection → Choose…)"))
    if not settings.workspace.strip():
        missing.append(Gemeindescan.tr("the workspace"))
    if settings.bfs_number is None:
        missing.append(Gemeindescan.tr("the municipality"))
    title, topic = settings.title.strip(), settings.topic.strip()
    if not title:
        missing.append(Gemeindescan.tr("a title"))
    elif len(title) > MAX_TITLE_LENGTH:
        missing.append(
            Gemeindescan.tr("a shorter title (at most {limit} characters)").format(limit=MAX_TITLE_LENGTH)
        )
    if not topic:
        missing.append(Gemeindescan.tr("a topic"))
    elif len(topic) > MAX_TOPIC_LENGTH:
        missing.append(
            Gemeindescan.tr("a shorter topic (at most {limit} characters)").format(limit=MAX_TOPIC_LENGTH)
        )
    if not state.checked_layer_ids:
        missing.append(Gemeindescan.tr("at least one layer"))
    if settings.background and not MAPBOX_STYLE.match(settings.background):
        missing.append(Gemeindescan.tr("a background style like mapbox://styles/user/style"))
    return missing


def publish_tooltip(state: PanelState) -> str:
    """The Publish button's tooltip: what it will do, or what is missing."""
    if state.publishing:
        return Gemeindescan.tr("Publishing is running; cancel it below.")
    missing = missing_for_publish(state)
    if missing:
        return Gemeindescan.tr("Still missing: {items}.").format(items=", ".join(missing))
    pk = update_target(state)
    if pk:
        return Gemeindescan.tr(
            "Exports the checked layers in the current map view and updates snapshot {pk}."
        ).format(pk=pk)
    return Gemeindescan.tr("Exports the checked layers in the current map view and creates a new snapshot.")


def update_target(state: PanelState) -> Optional[str]:
    """The snapshot the next Publish updates (the one this project published last or the one picked);
    None for a new snapshot."""
    if state.as_new:
        return None
    return state.settings.snapshot_pk.strip() or None


def publish_button_label(state: PanelState) -> str:
    """The Publish button's text, which says what will happen."""
    if state.publishing:
        return Gemeindescan.tr("Publishing…")
    pk = update_target(state)
    if pk:
        return Gemeindescan.tr("Publish — updates {pk}").format(pk=pk)
    return Gemeindescan.tr("Publish as a new snapshot")


def snapshot_after_workspace_change(
    old_workspace: str, reference: WorkspaceReference, snapshot_pk: str
) -> str:
    """The snapshot Publish updates once the analyst named a workspace (an id or a pasted link).

    A link to a snapshot (``…/B5BXT/8OK4XB/``) means that snapshot; another workspace means a new
    snapshot there, never an update of one in the old workspace; the same workspace keeps the choice.
    """
    if reference.snapshot_pk:
        return reference.snapshot_pk
    if old_workspace and old_workspace != reference.workspace_id:
        return ""
    return snapshot_pk


def can_publish(state: PanelState) -> bool:
    """Whether the Publish button is enabled."""
    return not state.publishing and not missing_for_publish(state)


def length_counter(text: str, limit: int) -> tuple[str, bool]:
    """``"15/150"`` for a text field, and whether it is over the limit (the counter turns red)."""
    length = len(text.strip())
    return f"{length}/{limit}", length > limit


def keywords_from_text(text: str) -> list[str]:
    """The keywords typed as ``Zonen, Bevölkerung``: split at commas, blanks and duplicates dropped."""
    keywords: list[str] = []
    for part in text.split(","):
        word = part.strip()
        if word and word not in keywords:
            keywords.append(word)
    return keywords


def keywords_text(keywords: list[str]) -> str:
    """Keywords as the panel shows them."""
    return ", ".join(keywords)


def snapshot_file_path(folder: Path, title: str) -> Path:
    """Where the exported file is kept: ``<folder>/<slug of the title>.json``."""
    from ..gemeindescan_uploader.export.names import slugify

    return folder / f"{slugify(title, fallback='snapshot')}.json"


# Error kinds are told apart by their catalogue template, never by their (translatable) wording.
_TLS_TEMPLATES = frozenset(
    (
        messages.NO_HTTPS,
        messages.CERTIFICATE_FOR_OTHER_ADDRESS,
        messages.CERTIFICATE_NOT_TRUSTED,
        messages.TLS_FAILED,
    )
)


def _template(error: GemeindescanError) -> str | None:
    return getattr(error.message, "template", None)


def connection_problem(error: GemeindescanError) -> str:
    """What a failed log-in test says: the kind of failure first, then the error's own sentence."""
    if isinstance(error, LoginFailed):
        kind = Gemeindescan.tr("Wrong username or password.")
    elif isinstance(error, RequestTimeout):
        kind = Gemeindescan.tr("The server did not answer in time.")
    elif isinstance(error, NetworkError) and _template(error) in _TLS_TEMPLATES:
        kind = Gemeindescan.tr("The secure connection (TLS) failed.")
    elif isinstance(error, NetworkError):
        kind = Gemeindescan.tr("The server cannot be reached.")
    elif isinstance(error, ServerError) and _template(error) == messages.NOT_A_GEMEINDESCAN_SERVER:
        kind = Gemeindescan.tr("This is not a Gemeindescan server.")
    elif isinstance(error, ServerError):
        kind = Gemeindescan.tr("The server answered, but not as a Gemeindescan server should.")
    elif isinstance(error, InvalidInput):
        kind = Gemeindescan.tr("Check the server address or the login.")
    else:
        kind = Gemeindescan.tr("Logging in failed.")
    return f"{kind} {localized(error.message)}"


def failure_message(message: str, kept_file: Optional[Path]) -> str:
    """The message bar text for a failed publish: what went wrong and where the exported file is."""
    if kept_file is not None and kept_file.exists():
        return Gemeindescan.tr("{message} The exported file is kept at {path}.").format(
            message=message, path=kept_file
        )
    return message
