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

from .errors import InvalidSnapshot
from .json_stream import JsonStreamError, read_streaming
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
        return ["The file is not a snapshot: its top level is not a JSON object."]
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
        raise InvalidSnapshot(f"The file {path} does not exist.", detail=str(error)) from error
    except (OSError, UnicodeDecodeError, JsonStreamError, RecursionError) as error:
        # RecursionError: JSON nested thousands deep; not a snapshot either, and no traceback for it.
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise InvalidSnapshot(
            f"The file {path.name} is not a valid JSON file, so it cannot be a snapshot.", problems=[reason]
        ) from error
    raise_problems(validate_snapshot(snapshot), path)


def raise_problems(problems: list[str], path: Union[str, os.PathLike]) -> None:
    """InvalidSnapshot naming the first of ``problems``, if there are any."""
    if problems:
        raise InvalidSnapshot(
            f"The file {Path(path).name} is not a snapshot the platform can show: " f"{problems[0]}",
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
        problems.append(f"{where} needs at least one licence.")
        return
    for licence in licences:
        if not isinstance(licence, dict):
            problems.append(f"{where}: a licence is not an object.")
            continue
        name = licence.get("name")
        if name is not None and not (isinstance(name, str) and LICENCE_NAME.match(name)):
            problems.append(f"{where}: licence name {name!r} is not an Open Definition identifier.")


def _check_package(snapshot: dict, problems: list[str]) -> None:
    name = snapshot.get("name")
    if name is not None and not (isinstance(name, str) and NAME.match(name)):
        problems.append(f"The snapshot name {name!r} may only hold lower-case letters, digits and . _ - /.")
    for key in ("title", "description"):
        if key in snapshot and not isinstance(snapshot[key], str):
            problems.append(f"The snapshot {key} is not text.")
    if "licenses" in snapshot:
        _check_licences(snapshot["licenses"], "The snapshot", problems)
    sources = snapshot.get("sources")
    if not isinstance(sources, list) or not sources:
        problems.append("The snapshot lists no sources (at least one is required).")
    elif not all(isinstance(source, dict) and isinstance(source.get("title"), str) for source in sources):
        problems.append("Every source needs a title.")
    for key in ("keywords", "contributors"):
        if key in snapshot and (not isinstance(snapshot[key], list) or not snapshot[key]):
            problems.append(f"The snapshot's {key} must be a non-empty list when present.")
    contributors = snapshot.get("contributors")
    if isinstance(contributors, list) and not all(
        isinstance(person, dict) and isinstance(person.get("title"), str) for person in contributors
    ):
        problems.append("Every contributor needs a title.")


def _check_resources(resources: Any, problems: list[str]) -> set[str]:
    if not isinstance(resources, list) or not resources:
        problems.append("The snapshot has no resources (no layers).")
        return set()
    names: set[str] = set()
    for index, resource in enumerate(resources):
        if not isinstance(resource, dict):
            problems.append(f"Resource {index + 1} is not an object.")
            continue
        name = resource.get("name")
        label = f"Layer {name!r}" if isinstance(name, str) else f"Resource {index + 1}"
        if not isinstance(name, str) or not NAME.match(name):
            problems.append(f"{label}: its name must hold only lower-case letters, digits and . _ - /.")
        elif name in names:
            problems.append(f"{label}: the name is used by two resources.")
        else:
            names.add(name)
        if "licenses" in resource:
            _check_licences(resource["licenses"], label, problems)
        mediatype = resource.get("mediatype")
        if mediatype not in MEDIATYPES:
            problems.append(f"{label}: media type {mediatype!r} is not one the viewer can draw.")
        elif mediatype in (GEOJSON, CIRCLES):
            _check_features(resource.get("data"), mediatype, label, problems)
        elif mediatype == VECTOR_TILES:
            if not (isinstance(resource.get("path"), str) and MAPBOX_STYLE.match(resource["path"])):
                problems.append(f"{label}: the background needs a path like {MAPBOX_STYLE_EXAMPLE}.")
        elif not isinstance(resource.get("path"), str) or not resource["path"]:
            problems.append(f"{label}: a WMS layer needs the service URL as its path.")
        elif not isinstance(resource.get("parameters"), dict) or not resource["parameters"].get("layers"):
            problems.append(f"{label}: a WMS layer needs parameters naming its WMS layers.")
    return names


def _check_features(data: Any, mediatype: str, label: str, problems: list[str]) -> None:
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        problems.append(f"{label}: its data is not a GeoJSON FeatureCollection.")
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
    problems.extend(f"{label}, feature {number}: {problem}" for number, problem in first)
    if found > MAX_FEATURE_PROBLEMS:
        problems.append(f"{label}: {found - MAX_FEATURE_PROBLEMS} more features with problems.")


def feature_problem(feature: Any, mediatype: str, styles: Optional[dict[tuple, str]] = None) -> str:
    """What is wrong with one feature of a resource of ``mediatype`` ('' if nothing).

    ``styles`` remembers the verdict on each distinct style, so that a style is checked only once.
    """
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        return "not a GeoJSON Feature."
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES:
        return "no geometry."
    if not in_degrees(first_position(geometry.get("coordinates"))):
        return NOT_IN_DEGREES
    properties = feature.get("properties")
    if not isinstance(properties, dict):
        return "no properties (the style lives there)."
    if mediatype == CIRCLES and not geometry["type"].endswith("Point"):
        return f"a {geometry['type']} in a point layer."
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
NOT_IN_DEGREES = "its coordinates are not longitude/latitude in degrees (is the layer's CRS right?)."


def style_problem(properties: dict, mediatype: str) -> str:
    """What is wrong with a feature's style properties for a resource of ``mediatype`` ('' if nothing)."""
    if mediatype == CIRCLES:
        missing = [key for key in CIRCLE_KEYS if key not in properties]
        return f"style properties missing: {', '.join(missing)}." if missing else ""
    missing = [key for key in SIMPLESTYLE_KEYS if key not in properties]
    if missing:
        return f"style properties missing: {', '.join(missing)}."
    if "marker-color" in properties:
        return "carries both a fill/stroke style and marker-color (the schema allows only one)."
    for key in ("fill", "stroke"):
        if not (isinstance(properties[key], str) and COLOUR.match(properties[key])):
            return f"{key} {properties[key]!r} is not a #rrggbb colour."
    for key in ("fill-opacity", "stroke-opacity"):
        if not _is_fraction(properties[key]):
            return f"{key} {properties[key]!r} is not between 0 and 1."
    if not (_is_number(properties["stroke-width"]) and properties["stroke-width"] >= 0):
        return f"stroke-width {properties['stroke-width']!r} is not a non-negative number."
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
        problems.append("The snapshot has no map view (views[0]).")
        return
    view = views[0]
    if view.get("specType") != "gemeindescanSnapshot":
        problems.append("The map view's specType must be 'gemeindescanSnapshot'.")
    if not isinstance(view.get("name"), str) or not NAME.match(view["name"]):
        problems.append("The map view needs a name of lower-case letters, digits and . _ - /.")
    listed = view.get("resources")
    if not isinstance(listed, list) or not listed:
        problems.append("The map view lists no layers.")
    else:
        for name in listed:
            if name not in resource_names:
                problems.append(f"The map view lists {name!r}, which is not a resource of the snapshot.")
    spec = view.get("spec")
    if not isinstance(spec, dict):
        problems.append("The map view has no 'spec' with bounds and legend.")
        return
    for key in ("title", "description", "attribution"):
        if not isinstance(spec.get(key), str):
            problems.append(f"The map view's {key} is missing (it may be empty text).")
    _check_bounds(spec.get("bounds"), problems)
    _check_legend(spec.get("legend"), problems)


def _check_bounds(bounds: Any, problems: list[str]) -> None:
    if not isinstance(bounds, list) or len(bounds) != 2 or not all(isinstance(b, str) for b in bounds):
        problems.append("The map bounds must be two corners, south-west and north-east.")
        return
    if any(corner.startswith("geo:-") or ",-" in corner for corner in bounds):
        # The schema's pattern has no sign: the platform only maps north of the equator, east of Greenwich.
        problems.append(
            f"The map bounds {bounds} lie south of the equator or west of Greenwich, "
            "which a snapshot cannot show."
        )
        return
    if not all(BOUND.match(corner) for corner in bounds):
        problems.append(f"The map bounds {bounds} must read geo:<latitude>,<longitude> in plain decimals.")
        return
    (south, west), (north, east) = (tuple(float(v) for v in corner[4:].split(",")) for corner in bounds)
    if not (south <= north and west <= east):
        problems.append("The map bounds are not south-west then north-east.")
    if not (south <= 90 and north <= 90 and west <= 180 and east <= 180):
        problems.append("The map bounds are not latitude/longitude in degrees.")


def _check_legend(legend: Any, problems: list[str]) -> None:
    if not isinstance(legend, list) or not legend:
        problems.append("The map has no legend (at least one entry is required).")
        return
    for number, entry in enumerate(legend, 1):
        if not isinstance(entry, dict):
            problems.append(f"Legend entry {number} is not an object.")
            continue
        missing = [key for key in LEGEND_KEYS if key not in entry]
        where = f"Legend entry {number} ({entry.get('label', '?')})"
        if missing:
            problems.append(f"{where} lacks {', '.join(missing)}.")
            continue
        if entry["shape"] not in ("circle", "square", "line"):
            problems.append(f"{where}: shape must be circle, square or line.")
        for key in ("fillColor", "strokeColor"):
            if not (isinstance(entry[key], str) and COLOUR.match(entry[key])):
                problems.append(f"{where}: {key} {entry[key]!r} is not a #rrggbb colour.")
        for key in ("size", "fillOpacity", "strokeOpacity"):
            if not _is_fraction(entry[key]):
                problems.append(f"{where}: {key} must be between 0 and 1.")
        if not (_is_number(entry["strokeWidth"]) and entry["strokeWidth"] >= 0):
            problems.append(f"{where}: strokeWidth must be a non-negative number.")
        if not isinstance(entry["primary"], bool) or not isinstance(entry["label"], str):
            problems.append(f"{where}: primary must be true/false and label text.")
