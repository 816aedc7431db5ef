"""Checks that a snapshot is one the Gemeindescan viewer can show, in plain Python (no QGIS, no schema files).

The server stores whatever it is sent, and a broken file breaks the snapshot page,
so every upload path refuses a snapshot for which this returns problems. The checks follow the
snapshot schema (cividi's spatial-data-package profile) and what the viewer needs to draw a map.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any, Optional, Union

from . import messages
from .errors import InvalidSnapshot
from .json_stream import JsonStreamError, read_streaming
from .messages import Message
from .snapshot_format import (
    CIRCLE_KEYS,
    CIRCLES,
    GEOJSON,
    GEOMETRY_TYPES,
    LEGEND_KEYS,
    MAPBOX_STYLE,
    MAPBOX_STYLE_EXAMPLE,
    MEDIATYPES,
    SIMPLESTYLE_KEYS,
    VECTOR_TILES,
)

NAME = re.compile(r"^[-a-z0-9._/]+$")
COLOUR = re.compile(r"^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$")
# The schema's pattern: latitude first, fixed-point (no exponent), no sign.
BOUND = re.compile(r"^geo:\d{1,3}.?\d+,\d{1,2}.?\d+$")
LICENCE_NAME = re.compile(r"^[-a-zA-Z0-9._]+$")
# Reporting every broken feature of a large layer helps nobody; the first few say what is wrong.
MAX_FEATURE_PROBLEMS = 5
# Distinct styles whose verdict a file check remembers; bounded so a style per feature cannot grow it.
_STYLE_CACHE_SIZE = 4096


def validate_snapshot(snapshot: Any) -> list[str]:
    """Human-readable problems of a snapshot dict; an empty list means it can be uploaded."""
    if not isinstance(snapshot, dict):
        return [Message(messages.FILE_NOT_A_SNAPSHOT_OBJECT)]
    problems: list[str] = []
    _check_package(snapshot, problems)
    resource_names = _check_resources(snapshot.get("resources"), problems)
    _check_views(snapshot.get("views"), resource_names, problems)
    return problems


class CheckedFeatures(list):
    """Stands, empty, in place of a features array whose features were checked one by one as they went by.

    The exporter records a problem (or none) per feature it writes; a file check ``add``s each feature
    it reads. ``validate_snapshot`` then reports the recorded problems as if it had seen the features.
    """

    def __init__(self, mediatype: Optional[str] = None) -> None:
        super().__init__()
        #: None when the features came before the resource's media type (both kinds are checked then).
        self.mediatype = mediatype
        self.count = 0
        self._found: dict[str, list] = {}  # media type -> [number of problems, first (feature, problem)s]
        # A layer has few distinct styles: each is checked once (what style_problem reads -> its verdict).
        self._styles: dict[tuple, str] = {}

    def add(self, feature: Any) -> None:
        """Check one more feature of the array."""
        self.count += 1
        for mediatype in (self.mediatype,) if self.mediatype else (GEOJSON, CIRCLES):
            problem = feature_problem(feature, mediatype, self._styles)
            if problem:
                self._record(problem, mediatype)

    def fine(self, features: int) -> None:
        """``features`` more features, checked by the caller and found fine."""
        self.count += features

    def counted(self, problem: str = "") -> None:
        """One more feature, checked by the caller: ``problem`` is empty when it is fine."""
        self.count += 1
        if problem:
            self._record(problem, self.mediatype)

    def _record(self, problem: str, mediatype: Optional[str]) -> None:
        found = self._found.setdefault(mediatype or "", [0, []])
        found[0] += 1
        if found[0] <= MAX_FEATURE_PROBLEMS:
            found[1].append((self.count, problem))

    def problems(self, mediatype: str) -> tuple[int, list[tuple[int, str]]]:
        """How many features have problems, and the first few as ``(feature number, problem)``."""
        found = self._found.get(self.mediatype or mediatype, [0, []])
        return found[0], found[1]


def check_snapshot_file(path: Union[str, os.PathLike]) -> None:
    """Check a snapshot file without holding it in memory; InvalidSnapshot if it is not a snapshot."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            snapshot = read_streaming(stream, _holds_features, _features_sink)
    except FileNotFoundError as error:
        raise InvalidSnapshot(Message(messages.FILE_DOES_NOT_EXIST, path=path), detail=str(error)) from error
    except (OSError, UnicodeDecodeError, JsonStreamError, RecursionError) as error:
        # RecursionError: JSON nested thousands deep; not a snapshot either, and no traceback for it.
        reason = Message(messages.JSON_NESTED_TOO_DEEPLY) if isinstance(error, RecursionError) else str(error)
        raise InvalidSnapshot(Message(messages.FILE_NOT_JSON, name=path.name), problems=[reason]) from error
    raise_problems(validate_snapshot(snapshot), path)


def raise_problems(problems: list[str], path: Union[str, os.PathLike]) -> None:
    """InvalidSnapshot naming the first of ``problems``, if there are any."""
    if problems:
        raise InvalidSnapshot(
            Message(messages.FILE_CANNOT_BE_SHOWN, name=Path(path).name, problem=problems[0]),
            problems=problems,
        )


def _holds_features(path: tuple, opening: str) -> bool:
    """Whether a streamed features array may lie inside the container at ``path`` (opened by ``opening``)."""
    if path == ("resources",):
        return opening == "["
    # The root, each resource and its data are objects; anything else there is read whole (and refused).
    return opening == "{" and (
        path == ()
        or (
            len(path) in (2, 3)
            and path[0] == "resources"
            and isinstance(path[1], int)
            and path[2:] in ((), ("data",))
        )
    )


def _features_sink(path: tuple, parents: list) -> Optional[CheckedFeatures]:
    """The stand-in for ``resources[i].data.features``, checking each feature as it is read."""
    if len(path) != 4 or path[0] != "resources" or path[2:] != ("data", "features"):
        return None
    resource = parents[2] if len(parents) > 2 and isinstance(parents[2], dict) else {}
    mediatype = resource.get("mediatype")
    return CheckedFeatures(mediatype if mediatype in (GEOJSON, CIRCLES) else None)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _is_fraction(value: Any) -> bool:
    return _is_number(value) and 0 <= value <= 1


def _check_licences(licences: Any, where: str, problems: list[str]) -> None:
    if not isinstance(licences, list) or not licences:
        problems.append(Message(messages.NEEDS_LICENCE, where=where))
        return
    for licence in licences:
        if not isinstance(licence, dict):
            problems.append(Message(messages.LICENCE_NOT_OBJECT, where=where))
            continue
        name = licence.get("name")
        if name is not None and not (isinstance(name, str) and LICENCE_NAME.match(name)):
            problems.append(Message(messages.LICENCE_NAME_INVALID, where=where, name=repr(name)))


def _check_package(snapshot: dict, problems: list[str]) -> None:
    name = snapshot.get("name")
    if name is not None and not (isinstance(name, str) and NAME.match(name)):
        problems.append(Message(messages.SNAPSHOT_NAME_INVALID, name=repr(name)))
    for key in ("title", "description"):
        if key in snapshot and not isinstance(snapshot[key], str):
            problems.append(Message(messages.SNAPSHOT_KEY_NOT_TEXT, key=key))
    if "licenses" in snapshot:
        _check_licences(snapshot["licenses"], Message(messages.CHECKED_THE_SNAPSHOT), problems)
    sources = snapshot.get("sources")
    if not isinstance(sources, list) or not sources:
        problems.append(Message(messages.NO_SOURCES))
    elif not all(isinstance(source, dict) and isinstance(source.get("title"), str) for source in sources):
        problems.append(Message(messages.SOURCE_WITHOUT_TITLE))
    for key in ("keywords", "contributors"):
        if key in snapshot and (not isinstance(snapshot[key], list) or not snapshot[key]):
            problems.append(Message(messages.SNAPSHOT_LIST_EMPTY, key=key))
    contributors = snapshot.get("contributors")
    if isinstance(contributors, list) and not all(
        isinstance(person, dict) and isinstance(person.get("title"), str) for person in contributors
    ):
        problems.append(Message(messages.CONTRIBUTOR_WITHOUT_TITLE))


def _check_resources(resources: Any, problems: list[str]) -> set[str]:
    if not isinstance(resources, list) or not resources:
        problems.append(Message(messages.NO_RESOURCES))
        return set()
    names: set[str] = set()
    for index, resource in enumerate(resources):
        if not isinstance(resource, dict):
            problems.append(Message(messages.RESOURCE_NOT_OBJECT, number=index + 1))
            continue
        name = resource.get("name")
        if isinstance(name, str):
            label = Message(messages.CHECKED_LAYER, name=repr(name))
        else:
            label = Message(messages.CHECKED_RESOURCE, number=index + 1)
        if not isinstance(name, str) or not NAME.match(name):
            problems.append(Message(messages.RESOURCE_NAME_INVALID, label=label))
        elif name in names:
            problems.append(Message(messages.RESOURCE_NAME_TWICE, label=label))
        else:
            names.add(name)
        if "licenses" in resource:
            _check_licences(resource["licenses"], label, problems)
        mediatype = resource.get("mediatype")
        if mediatype not in MEDIATYPES:
            problems.append(Message(messages.MEDIATYPE_UNKNOWN, label=label, mediatype=repr(mediatype)))
        elif mediatype in (GEOJSON, CIRCLES):
            _check_features(resource.get("data"), mediatype, label, problems)
        elif mediatype == VECTOR_TILES:
            if not (isinstance(resource.get("path"), str) and MAPBOX_STYLE.match(resource["path"])):
                problems.append(
                    Message(messages.BACKGROUND_PATH_INVALID, label=label, example=MAPBOX_STYLE_EXAMPLE)
                )
        elif not isinstance(resource.get("path"), str) or not resource["path"]:
            problems.append(Message(messages.WMS_WITHOUT_URL, label=label))
        elif not isinstance(resource.get("parameters"), dict) or not resource["parameters"].get("layers"):
            problems.append(Message(messages.WMS_WITHOUT_LAYERS, label=label))
    return names


def _check_features(data: Any, mediatype: str, label: str, problems: list[str]) -> None:
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        problems.append(Message(messages.DATA_NOT_FEATURE_COLLECTION, label=label))
        return
    features = data["features"]
    if isinstance(features, CheckedFeatures):
        found, first = features.problems(mediatype)
    else:
        first = []
        found = 0
        for number, feature in enumerate(features, 1):
            problem = feature_problem(feature, mediatype)
            if problem:
                found += 1
                if found <= MAX_FEATURE_PROBLEMS:
                    first.append((number, problem))
    problems.extend(
        Message(messages.FEATURE_PROBLEM, label=label, number=number, problem=problem)
        for number, problem in first
    )
    if found > MAX_FEATURE_PROBLEMS:
        problems.append(
            Message(messages.MORE_FEATURE_PROBLEMS, label=label, count=found - MAX_FEATURE_PROBLEMS)
        )


def feature_problem(feature: Any, mediatype: str, styles: Optional[dict[tuple, str]] = None) -> str:
    """What is wrong with one feature of a resource of ``mediatype`` ('' if nothing).

    ``styles`` remembers the verdict on each distinct style, so that a style is checked only once.
    """
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        return FEATURE_NOT_GEOJSON
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        return FEATURE_WITHOUT_GEOMETRY
    if not in_degrees(first_position(geometry.get("coordinates"))):
        return NOT_IN_DEGREES
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        return FEATURE_WITHOUT_PROPERTIES
    if mediatype == CIRCLES and not geometry["type"].endswith("Point"):
        return Message(messages.FEATURE_NOT_A_POINT, geometry=geometry["type"])
    if styles is None:
        return style_problem(properties, mediatype)
    # Everything style_problem reads: for circles whether the keys are there, else the style's values.
    if mediatype == CIRCLES:
        key: tuple = (mediatype, *(name in properties for name in CIRCLE_KEYS))
    else:
        key = (mediatype, "marker-color" in properties, *map(properties.get, SIMPLESTYLE_KEYS))
        if None in key:  # missing or null (not the same problem): rare, so not remembered
            return style_problem(properties, mediatype)
    try:
        return styles[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable value (a list, an object): check it, do not remember it
        return style_problem(properties, mediatype)
    if len(styles) >= _STYLE_CACHE_SIZE:  # data-defined styles: one per feature, maybe
        styles.clear()
    styles[key] = problem = style_problem(properties, mediatype)
    return problem


# One position per feature is cheap and catches a layer exported in the wrong CRS (metres as degrees).
NOT_IN_DEGREES = Message(messages.FEATURE_NOT_IN_DEGREES)
# The problems of every feature are these few messages, made once (a large layer may repeat one per feature).
FEATURE_NOT_GEOJSON = Message(messages.FEATURE_NOT_GEOJSON)
FEATURE_WITHOUT_GEOMETRY = Message(messages.FEATURE_WITHOUT_GEOMETRY)
FEATURE_WITHOUT_PROPERTIES = Message(messages.FEATURE_WITHOUT_PROPERTIES)
STYLE_TWICE = Message(messages.STYLE_TWICE)


def style_problem(properties: dict, mediatype: str) -> str:
    """What is wrong with a feature's style properties for a resource of ``mediatype`` ('' if nothing)."""
    if mediatype == CIRCLES:
        missing = [key for key in CIRCLE_KEYS if key not in properties]
        return Message(messages.STYLE_KEYS_MISSING, keys=", ".join(missing)) if missing else ""
    missing = [key for key in SIMPLESTYLE_KEYS if key not in properties]
    if missing:
        return Message(messages.STYLE_KEYS_MISSING, keys=", ".join(missing))
    if "marker-color" in properties:
        return STYLE_TWICE
    for key in ("fill", "stroke"):
        if not (isinstance(properties[key], str) and COLOUR.match(properties[key])):
            return Message(messages.STYLE_NOT_COLOUR, key=key, value=repr(properties[key]))
    for key in ("fill-opacity", "stroke-opacity"):
        if not _is_fraction(properties[key]):
            return Message(messages.STYLE_NOT_FRACTION, key=key, value=repr(properties[key]))
    if not (_is_number(properties["stroke-width"]) and properties["stroke-width"] >= 0):
        return Message(messages.STYLE_WIDTH_NEGATIVE, value=repr(properties["stroke-width"]))
    return ""


def first_position(coordinates: Any) -> Any:
    """The first ``[x, y]`` of nested GeoJSON coordinates (None when there is none)."""
    while isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], list):
        coordinates = coordinates[0]
    return coordinates


def in_degrees(position: Any) -> bool:
    """Whether a position is a longitude/latitude pair; geometries without positions pass."""
    if position is None or position == []:
        return True
    return (
        isinstance(position, list)
        and len(position) >= 2
        and _is_number(position[0])
        and _is_number(position[1])
        and -180 <= position[0] <= 180
        and -90 <= position[1] <= 90
    )


def _check_views(views: Any, resource_names: set[str], problems: list[str]) -> None:
    if not isinstance(views, list) or not views or not isinstance(views[0], dict):
        problems.append(Message(messages.NO_MAP_VIEW))
        return
    view = views[0]
    if view.get("specType") != "gemeindescanSnapshot":
        problems.append(Message(messages.VIEW_SPEC_TYPE))
    if not isinstance(view.get("name"), str) or not NAME.match(view["name"]):
        problems.append(Message(messages.VIEW_NAME_INVALID))
    listed = view.get("resources")
    if not isinstance(listed, list) or not listed:
        problems.append(Message(messages.VIEW_WITHOUT_LAYERS))
    else:
        for name in listed:
            if name not in resource_names:
                problems.append(Message(messages.VIEW_UNKNOWN_LAYER, name=repr(name)))
    spec = view.get("spec")
    if not isinstance(spec, dict):
        problems.append(Message(messages.VIEW_WITHOUT_SPEC))
        return
    for key in ("title", "description", "attribution"):
        if not isinstance(spec.get(key), str):
            problems.append(Message(messages.VIEW_KEY_MISSING, key=key))
    _check_bounds(spec.get("bounds"), problems)
    _check_legend(spec.get("legend"), problems)


def _check_bounds(bounds: Any, problems: list[str]) -> None:
    if not isinstance(bounds, list) or len(bounds) != 2 or not all(isinstance(b, str) for b in bounds):
        problems.append(Message(messages.BOUNDS_NOT_TWO_CORNERS))
        return
    if any(corner.startswith("geo:-") or ",-" in corner for corner in bounds):
        # The schema's pattern has no sign: the platform only maps north of the equator, east of Greenwich.
        problems.append(Message(messages.BOUNDS_OUTSIDE_PLATFORM, bounds=bounds))
        return
    if not all(BOUND.match(corner) for corner in bounds):
        problems.append(Message(messages.BOUNDS_FORMAT, bounds=bounds))
        return
    (south, west), (north, east) = (tuple(float(v) for v in corner[4:].split(",")) for corner in bounds)
    if not (south <= north and west <= east):
        problems.append(Message(messages.BOUNDS_ORDER))
    if not (south <= 90 and north <= 90 and west <= 180 and east <= 180):
        problems.append(Message(messages.BOUNDS_NOT_DEGREES))


def _check_legend(legend: Any, problems: list[str]) -> None:
    if not isinstance(legend, list) or not legend:
        problems.append(Message(messages.NO_LEGEND))
        return
    for number, entry in enumerate(legend, 1):
        if not isinstance(entry, dict):
            problems.append(Message(messages.LEGEND_ENTRY_NOT_OBJECT, number=number))
            continue
        missing = [key for key in LEGEND_KEYS if key not in entry]
        where = Message(messages.LEGEND_ENTRY, number=number, label=entry.get("label", "?"))
        if missing:
            problems.append(Message(messages.LEGEND_ENTRY_LACKS, where=where, keys=", ".join(missing)))
            continue
        if entry["shape"] not in ("circle", "square", "line"):
            problems.append(Message(messages.LEGEND_SHAPE, where=where))
        for key in ("fillColor", "strokeColor"):
            if not (isinstance(entry[key], str) and COLOUR.match(entry[key])):
                problems.append(
                    Message(messages.LEGEND_NOT_COLOUR, where=where, key=key, value=repr(entry[key]))
                )
        for key in ("size", "fillOpacity", "strokeOpacity"):
            if not _is_fraction(entry[key]):
                problems.append(Message(messages.LEGEND_NOT_FRACTION, where=where, key=key))
        if not (_is_number(entry["strokeWidth"]) and entry["strokeWidth"] >= 0):
            problems.append(Message(messages.LEGEND_WIDTH_NEGATIVE, where=where))
        if not isinstance(entry["primary"], bool) or not isinstance(entry["label"], str):
            problems.append(Message(messages.LEGEND_PRIMARY_OR_LABEL, where=where))
