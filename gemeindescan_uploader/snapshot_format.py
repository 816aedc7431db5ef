"""What a Gemeindescan snapshot is made of: media types, style keys, patterns and limits, in one place.

Plain Python (no QGIS): the exporter writes snapshots with these names, ``validation.py`` checks
them, and the command line and the Processing algorithms offer the same ranges. The source is
cividi's spatial-data-package profile (``snapshot.json``) and what the Gemeindescan viewer draws.
"""

from __future__ import annotations

import re

# -- resources -----------------------------------------------------------------------------------

#: Lines and polygons, styled with Mapbox simplestyle properties per feature.
GEOJSON = "application/geo+json"
#: Points, drawn by the viewer as Leaflet ``L.Circle`` with the options per feature.
CIRCLES = "application/vnd.simplestyle-extended"
#: A Mapbox style drawn under everything (the background).
VECTOR_TILES = "application/vnd.mapbox-vector-tile"
#: A WMS tile layer: the service URL as path and the options of Leaflet's WMS layer.
WMS = "application/vnd.wms"
MEDIATYPES = (GEOJSON, CIRCLES, VECTOR_TILES, WMS)

#: A geo+json resource holding the drawn symbol marks of another resource (offset lines, marker shapes,
#: see export/marks.py) carries that resource's name under this key; opening a snapshot leaves it out.
MARKS_OF = "symbolMarksOf"


def is_marks_resource(resource: object) -> bool:
    """Whether a snapshot resource holds another resource's symbol marks, not features of its own."""
    return isinstance(resource, dict) and isinstance(resource.get(MARKS_OF), str)


#: A background the viewer (and the schema) accept: a Mapbox style of some user.
MAPBOX_STYLE = re.compile(r"^mapbox://styles/\w+/\w+$")
MAPBOX_STYLE_EXAMPLE = "mapbox://styles/<user>/<style id>"  # untranslated: a path

# -- feature styles and the legend ---------------------------------------------------------------

#: The style keys every geo+json feature carries.
SIMPLESTYLE_KEYS = ("fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width")
#: The ``L.Circle`` options every simplestyle-extended (point) feature carries.
CIRCLE_KEYS = ("radius", "fillColor", "fillOpacity", "opacity", "color", "weight")
#: The keys of one legend entry.
LEGEND_KEYS = (
    "label",
    "size",
    "shape",
    "primary",
    "fillColor",
    "fillOpacity",
    "strokeColor",
    "strokeWidth",
    "strokeOpacity",
)
#: The shapes a legend entry can have.
LEGEND_SHAPES = ("circle", "square", "line")
GEOMETRY_TYPES = (
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
)

# -- limits --------------------------------------------------------------------------------------

#: Decimals of WGS 84 coordinates: 6 ≈ 0.1 m; 15 is what a double holds, more only adds noise and bulk.
DEFAULT_PRECISION = 6
MAX_PRECISION = 15

#: Column sizes of the snapshot record on the server; longer texts make its database fail.
MAX_TITLE_LENGTH = 150
MAX_TOPIC_LENGTH = 100
