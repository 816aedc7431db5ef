"""A snapshot as the importer sees it: parsed, checked to be a snapshot, and its parts looked up (no QGIS)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from .. import messages
from ..errors import InvalidSnapshot
from ..messages import Joined, Message
from ..snapshot_format import CIRCLES, GEOJSON, VECTOR_TILES, WMS, is_marks_resource

VECTOR_MEDIATYPES = (GEOJSON, CIRCLES)


@dataclass
class SnapshotContents:
    """The parts of a snapshot the importer uses, in the snapshot's drawing order (bottom first)."""

    data: dict
    resources: list[dict]
    legend: list[dict]
    bounds: Optional[tuple[float, float, float, float]]  # west, south, east, north in degrees
    skipped: list[str] = field(default_factory=list)  # resources that cannot be opened, with the reason

    @property
    def title(self) -> str:
        """The snapshot's title (the view's, then the package's, then its name)."""
        spec = _view(self.data).get("spec") or {}
        return (
            _text(self.data.get("title"))
            or _text(spec.get("title"))
            or _text(self.data.get("name"))
            or "Snapshot"
        )

    @property
    def description(self) -> str:
        """The snapshot's description."""
        spec = _view(self.data).get("spec") or {}
        return _text(self.data.get("description")) or _text(spec.get("description"))

    @property
    def attribution(self) -> str:
        """The map's attribution line."""
        return _text((_view(self.data).get("spec") or {}).get("attribution"))


def read_snapshot_json(path: Union[str, os.PathLike]) -> dict:
    """The JSON object in a file; InvalidSnapshot when the file is missing or not JSON."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            data = json.load(stream)
    except FileNotFoundError as error:
        raise InvalidSnapshot(Message(messages.NO_SUCH_FILE, path=path), detail=str(error)) from error
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as error:
        raise InvalidSnapshot(
            Message(messages.OPEN_NOT_JSON, name=path.name), problems=[str(error)]
        ) from error
    return data


def snapshot_contents(data: Any, where: str = "") -> SnapshotContents:
    """The openable parts of a snapshot; InvalidSnapshot (saying why) if ``data`` is not a snapshot."""
    where = where or Message(messages.OPEN_THE_FILE)
    if isinstance(data, dict) and data.get("type") in ("FeatureCollection", "Feature"):
        raise InvalidSnapshot(Message(messages.OPEN_PLAIN_GEOJSON, where=where))
    if not isinstance(data, dict) or not isinstance(data.get("resources"), list) or not data["resources"]:
        raise InvalidSnapshot(Message(messages.OPEN_NO_RESOURCES, where=where))
    by_name = {}
    skipped = []
    for index, resource in enumerate(data["resources"]):
        if is_marks_resource(resource):
            continue  # drawn symbol marks of another resource: QGIS draws them from that layer's style
        reason = _unopenable(resource)
        label = _resource_label(resource, index)
        if reason:
            skipped.append(Joined(": ", (label, reason)))
            continue
        by_name.setdefault(resource.get("name") or f"resource-{index + 1}", resource)
    # The view lists the resources in drawing order; resources it does not list follow in file order.
    listed = [name for name in _view(data).get("resources") or [] if isinstance(name, str)]
    ordered = [by_name[name] for name in dict.fromkeys(listed) if name in by_name]
    ordered += [resource for resource in by_name.values() if not any(resource is r for r in ordered)]
    if not ordered:
        raise InvalidSnapshot(
            Message(messages.OPEN_NO_LAYER, where=where, reasons=Joined("; ", skipped)), problems=skipped
        )
    legend = [
        entry for entry in (_view(data).get("spec") or {}).get("legend") or [] if isinstance(entry, dict)
    ]
    return SnapshotContents(
        data=data,
        resources=ordered,
        legend=legend,
        bounds=parse_bounds((_view(data).get("spec") or {}).get("bounds")),
        skipped=skipped,
    )


def parse_bounds(bounds: Any) -> Optional[tuple[float, float, float, float]]:
    """``(west, south, east, north)`` from the view's two ``geo:lat,lon`` corners, or None if unreadable."""
    try:
        (south, west), (north, east) = (
            tuple(float(value) for value in corner[len("geo:") :].split(",")[:2]) for corner in bounds
        )
    except (TypeError, ValueError, AttributeError):
        return None
    if not (west < east and south < north):
        return None
    return west, south, east, north


def _view(data: dict) -> dict:
    views = data.get("views")
    return views[0] if isinstance(views, list) and views and isinstance(views[0], dict) else {}


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _resource_label(resource: Any, index: int) -> str:
    if isinstance(resource, dict):
        return Message(
            messages.OPEN_LAYER_LABEL, layer=resource.get("title") or resource.get("name") or index + 1
        )
    return Message(messages.CHECKED_RESOURCE, number=index + 1)


def _unopenable(resource: Any) -> str:
    """Why a resource cannot be opened, or "" when it can."""
    if not isinstance(resource, dict):
        return Message(messages.OPEN_NOT_A_RESOURCE)
    mediatype = resource.get("mediatype")
    if mediatype in VECTOR_MEDIATYPES:
        data = resource.get("data")
        if (
            isinstance(data, dict)
            and data.get("type") == "FeatureCollection"
            and isinstance(data.get("features"), list)
        ):
            return ""
        if isinstance(resource.get("path"), str):
            return Message(messages.OPEN_FEATURES_ELSEWHERE)
        return Message(messages.OPEN_NOT_A_FEATURE_COLLECTION)
    if mediatype == WMS:
        parameters = resource.get("parameters")
        if (
            isinstance(resource.get("path"), str)
            and resource["path"]
            and isinstance(parameters, dict)
            and parameters.get("layers")
        ):
            return ""
        return Message(messages.OPEN_WMS_INCOMPLETE)
    if mediatype == VECTOR_TILES:
        return ""
    return Message(messages.OPEN_MEDIATYPE, mediatype=repr(mediatype))
