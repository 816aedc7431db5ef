"""Feature properties split into attributes and a style, per style vocabulary of the snapshot (no QGIS).

Three vocabularies occur in snapshots: Mapbox simplestyle for lines and polygons (``fill``, ``stroke``, ...),
simplestyle markers for points in GeoJSON resources (``marker-color``, ``marker-size``), and Leaflet circle
options for points in ``vnd.simplestyle-extended`` resources (``radius`` in metres, ``color``, ...). Missing
keys take the defaults the web map uses, so that QGIS draws what the viewer draws. Style keys the importer
cannot draw (icons, dashes) and values it cannot read are left out and listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Optional

from .. import messages
from ..messages import Message
from ..snapshot_format import SIMPLESTYLE_KEYS

_COLOUR = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")

SIMPLESTYLE = "simplestyle"
MARKERS = "markers"
CIRCLES = "circles"

# The columns each vocabulary keeps its style in, in the order of the renderer's category key.
STYLE_COLUMNS: dict[str, tuple[str, ...]] = {
    SIMPLESTYLE: SIMPLESTYLE_KEYS,
    MARKERS: ("marker-color", "marker-size"),
    CIRCLES: ("radius", "color", "weight", "opacity", "fillColor", "fillOpacity"),
}
# Style keys of each vocabulary that QGIS cannot draw from here; they are dropped and listed, not kept
# as attributes (they would mean nothing there). Leaflet's "stroke"/"fill" count only as true/false.
UNDRAWABLE_KEYS: dict[str, frozenset[str]] = {
    SIMPLESTYLE: frozenset({"marker-color", "marker-size", "marker-symbol"}),
    MARKERS: frozenset({"marker-symbol", "fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width"}),
    CIRCLES: frozenset({"dashArray", "dashOffset", "lineCap", "lineJoin", "fillRule", "className"}),
}
# simplestyle-spec 1.1.0 defaults (what Mapbox's and the viewer's simplestyle layers draw).
_SIMPLESTYLE_DEFAULTS = {
    "fill": "#555555",
    "fill-opacity": 0.6,
    "stroke": "#555555",
    "stroke-opacity": 1.0,
    "stroke-width": 2.0,
}
# Leaflet's L.Circle / L.Path defaults; fillColor defaults to color.
_CIRCLE_DEFAULTS = {"radius": 10.0, "color": "#3388ff", "weight": 3.0, "opacity": 1.0, "fillOpacity": 0.2}
# Mapbox's simplestyle pins are 20, 30 and 35 px wide; drawn here as circles of that diameter.
MARKER_SIZES_PX = {"small": 20.0, "medium": 30.0, "large": 35.0}
_MARKER_DEFAULTS = {"marker-color": "#7e7e7e", "marker-size": "medium"}


@dataclass(frozen=True)
class Style:
    """One look, in the viewer's terms: colours ``#rrggbb``, opacities 0..1, widths in CSS px.

    Points have either ``radius_m`` (a circle on the ground, in metres) or ``marker_px`` (a screen size).
    """

    fill: str
    fill_opacity: float
    stroke: str
    stroke_opacity: float
    stroke_width: float
    radius_m: Optional[float] = None
    marker_px: Optional[float] = None


@dataclass(frozen=True)
class StyledProperties:
    """A feature's properties split: attributes, style, its category key, and what was ignored."""

    attributes: dict
    style: Style
    columns: dict  # style column -> text, as stored beside the attributes
    key: str  # the style's category key ("|"-joined column texts)
    ignored: tuple[str, ...]  # style keys (or unreadable values) left out


def vocabulary_for(mediatype_is_circles: bool, kind: str) -> str:
    """The style vocabulary of a resource's features of geometry ``kind``."""
    if mediatype_is_circles:
        return CIRCLES
    return MARKERS if kind == "point" else SIMPLESTYLE


def split_properties(properties: Any, vocabulary: str) -> StyledProperties:
    """The attributes and the style of one feature's properties, in ``vocabulary``."""
    properties = properties if isinstance(properties, dict) else {}
    ignored: list[str] = []
    values: dict[str, Any] = {}
    attributes: dict[str, Any] = {}
    columns = STYLE_COLUMNS[vocabulary]
    undrawable = UNDRAWABLE_KEYS[vocabulary]
    for name, value in properties.items():
        leaflet_switch = vocabulary == CIRCLES and name in ("stroke", "fill") and isinstance(value, bool)
        if name in columns or leaflet_switch:
            values[name] = value
        elif name in undrawable:
            ignored.append(name)
        else:
            attributes[name] = value
    style, texts = _READERS[vocabulary](values, ignored)
    return StyledProperties(
        attributes, style, texts, "|".join(texts[column] for column in columns), tuple(ignored)
    )


def _colour(values: dict, key: str, default: str, ignored: list[str]) -> str:
    value = values.get(key)
    if value is None:
        return default
    if isinstance(value, str) and _COLOUR.match(value.strip()):
        text = value.strip().lower()
        if len(text) == 4:  # #rgb -> #rrggbb
            text = "#" + "".join(digit * 2 for digit in text[1:])
        return text
    ignored.append(Message(messages.STYLE_VALUE_UNREADABLE, key=key, value=repr(value)))
    return default


def _number(
    values: dict, key: str, default: float, ignored: list[str], upper: Optional[float] = None
) -> float:
    value = values.get(key)
    if value is None:
        return default
    if (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and value == value
        and value >= 0
        and (upper is None or value <= upper)
        and value != float("inf")
    ):
        return float(value)
    ignored.append(Message(messages.STYLE_VALUE_UNREADABLE, key=key, value=repr(value)))
    return default


def number_text(value: float) -> str:
    """A number as stored in a style column: ``2`` not ``2.0``, ``0.5``."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _simplestyle(values: dict, ignored: list[str]) -> tuple[Style, dict]:
    defaults = _SIMPLESTYLE_DEFAULTS
    style = Style(
        fill=_colour(values, "fill", defaults["fill"], ignored),
        fill_opacity=_number(values, "fill-opacity", defaults["fill-opacity"], ignored, 1.0),
        stroke=_colour(values, "stroke", defaults["stroke"], ignored),
        stroke_opacity=_number(values, "stroke-opacity", defaults["stroke-opacity"], ignored, 1.0),
        stroke_width=_number(values, "stroke-width", defaults["stroke-width"], ignored),
    )
    return style, {
        "fill": style.fill,
        "fill-opacity": number_text(style.fill_opacity),
        "stroke": style.stroke,
        "stroke-opacity": number_text(style.stroke_opacity),
        "stroke-width": number_text(style.stroke_width),
    }


def _markers(values: dict, ignored: list[str]) -> tuple[Style, dict]:
    colour = _colour(values, "marker-color", _MARKER_DEFAULTS["marker-color"], ignored)
    size = values.get("marker-size", _MARKER_DEFAULTS["marker-size"])
    if size not in MARKER_SIZES_PX:
        ignored.append(Message(messages.STYLE_VALUE_UNREADABLE, key="marker-size", value=repr(size)))
        size = _MARKER_DEFAULTS["marker-size"]
    # A pin is a solid colour with a thin darker edge; here a filled circle with a 1 px outline.
    style = Style(
        fill=colour,
        fill_opacity=1.0,
        stroke=colour,
        stroke_opacity=1.0,
        stroke_width=1.0,
        marker_px=MARKER_SIZES_PX[size],
    )
    return style, {"marker-color": colour, "marker-size": size}


def _circles(values: dict, ignored: list[str]) -> tuple[Style, dict]:
    defaults = _CIRCLE_DEFAULTS
    colour = _colour(values, "color", defaults["color"], ignored)
    fill_colour = _colour(values, "fillColor", colour, ignored)
    opacity = _number(values, "opacity", defaults["opacity"], ignored, 1.0)
    fill_opacity = _number(values, "fillOpacity", defaults["fillOpacity"], ignored, 1.0)
    # Leaflet's stroke: false / fill: false switch the outline or the fill off.
    if values.get("stroke") is False:
        opacity = 0.0
    if values.get("fill") is False:
        fill_opacity = 0.0
    style = Style(
        fill=fill_colour,
        fill_opacity=fill_opacity,
        stroke=colour,
        stroke_opacity=opacity,
        stroke_width=_number(values, "weight", defaults["weight"], ignored),
        radius_m=_number(values, "radius", defaults["radius"], ignored),
    )
    return style, {
        "radius": number_text(style.radius_m),
        "color": colour,
        "weight": number_text(style.stroke_width),
        "opacity": number_text(opacity),
        "fillColor": fill_colour,
        "fillOpacity": number_text(fill_opacity),
    }


_READERS: dict[str, Callable[[dict, list], tuple[Style, dict]]] = {
    SIMPLESTYLE: _simplestyle,
    MARKERS: _markers,
    CIRCLES: _circles,
}
