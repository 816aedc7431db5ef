"""Streaming one vector layer's features as GeoJSON Feature text: attributes, style and geometry."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsFeatureRequest, QgsFields

from .. import messages
from ..errors import Cancelled
from ..messages import Message
from ..progress import Progress
from ..snapshot_format import CIRCLE_KEYS, GEOJSON, SIMPLESTYLE_KEYS
from ..validation import NOT_IN_DEGREES, CheckedFeatures, style_problem
from .attributes import encode_properties, exported_fields, properties_encoder
from .bounds import WGS84
from .context import ExportContext
from .dashes import DashedLines
from .geometry import GeometryWriter
from .report import EMPTY_GEOMETRY, NOT_DRAWN, OUTSIDE_EXTENT, LayerReport

if TYPE_CHECKING:
    from .prepare import PreparedLayer

# The style keys each resource type's features carry (see the exporter interface); attributes of the
# same name are left out, the style wins.
# The schema's second feature branch for geo+json: an attribute of that name next to the fill/stroke
# set would make the feature match both branches of a "oneOf", which fails validation.
_GEOJSON_RESERVED = frozenset(SIMPLESTYLE_KEYS) | {"marker-color", "marker-size", "marker-symbol"}

_CIRCLE_RESERVED = frozenset(CIRCLE_KEYS)

# The first position of a GeoJSON geometry text: the innermost "[" that holds numbers.
_FIRST_POSITION = re.compile(r"\[(-?[0-9][^,\]]*),(-?[0-9][^,\]]*)")
# How often (in features) to look at the cancel button and move the progress bar.
_FEEDBACK_EVERY = 256
# Distinct style dicts remembered with their JSON; a styler making a new dict per feature must not
# make this grow without end.
_STYLE_CACHE_SIZE = 4096


class FeatureCounter:
    """Progress over all layers of one export, in features."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0

    def advance(self, features: int) -> None:
        """Count ``features`` more; raise Cancelled if the user cancelled."""
        self.done += features
        if self.progress.is_cancelled():
            raise Cancelled(Message(messages.EXPORT_CANCELLED))
        self.progress.set_progress(min(100.0, 100.0 * self.done / self.total))


def geometry_check(geometry_writer: GeometryWriter) -> Callable[[str], str]:
    """How to check the first position of the geometries ``geometry_writer`` writes.

    Geometries in WGS 84 already (the layer claims it) are checked position by position: their numbers
    may be metres. Reprojected ones come from PROJ in degrees.
    """
    return numbers_problem if geometry_writer.reprojects else position_problem


def numbers_problem(geometry_json: str) -> str:
    """NOT_IN_DEGREES for a reprojected geometry with NaN or infinite numbers, else ''.

    PROJ hands out longitudes within ±180° and latitudes within ±90°, so a geometry transformed to
    WGS 84 can only miss the check by non-numbers; no type name or key of GeoJSON holds "nan" or "inf".
    """
    return NOT_IN_DEGREES if "nan" in geometry_json or "inf" in geometry_json else ""


def position_problem(geometry_json: str) -> str:
    """NOT_IN_DEGREES when the geometry's first position is not longitude/latitude, else ''."""
    match = _FIRST_POSITION.search(geometry_json)
    if match is None:
        return NOT_IN_DEGREES  # no number pair at all: nan, inf or worse
    try:
        x, y = float(match.group(1)), float(match.group(2))
    except ValueError:
        return NOT_IN_DEGREES
    return "" if -180.0 <= x <= 180.0 and -90.0 <= y <= 90.0 else NOT_IN_DEGREES


class _Properties:
    """Feature properties as JSON: the attributes, then the style (style keys win over attributes)."""

    def __init__(self, fields: QgsFields, mediatype: str) -> None:
        self._fields = fields
        self._mediatype = mediatype
        self._reserved = _GEOJSON_RESERVED if mediatype == GEOJSON else _CIRCLE_RESERVED
        self.exported = exported_fields(self._fields, self._reserved)
        self._names = {name for _, name in self.exported}
        self._encode_attributes = properties_encoder(self._fields, self.exported)
        # A layer has few distinct styles but the styler hands out a fresh dict per feature:
        # the JSON of each style is kept by content, both whole and as the tail after an attribute, with
        # what the snapshot check says of it (checked once per style, not once per feature).
        self._styles: dict[tuple, tuple[str, str, str]] = {}
        # The same by the dict's identity: the styler hands out one dict for all features drawn alike.
        # Each entry keeps its dict, so no other dict can get its id while the entry lives.
        self._by_identity: dict[int, tuple[dict, tuple[str, str, str]]] = {}

    def encode(self, values: list, style: dict) -> tuple[str, str]:
        """``{...attributes, ...style}`` as compact JSON, and the style's problem ('' if none)."""
        known = self._by_identity.get(id(style))
        style_json = known[1] if known is not None else self._identify(style)
        attributes = self._encode_attributes(values)
        if len(attributes) == 2:  # "{}": no attributes
            return style_json[0], style_json[2]
        return attributes[:-1] + style_json[1], style_json[2]

    def _identify(self, style: dict) -> tuple[str, str, str]:
        key = tuple(style.items())
        style_json = self._styles.get(key)
        if style_json is None:
            style_json = self._remember(key, style)
        if len(self._by_identity) >= _STYLE_CACHE_SIZE:  # a new dict per feature: data-defined styles
            self._by_identity.clear()
        self._by_identity[id(style)] = (style, style_json)
        return style_json

    def _remember(self, key: tuple, style: dict) -> tuple[str, str, str]:
        clashes = self._names.intersection(style)
        if clashes:  # a style key beyond the agreed set: leave those attributes out from now on
            self._reserved = self._reserved | clashes
            self.exported = exported_fields(self._fields, self._reserved)
            self._names -= clashes
            self._encode_attributes = properties_encoder(self._fields, self.exported)
        if len(self._styles) >= _STYLE_CACHE_SIZE:  # data-defined styles: one per feature, maybe
            self._styles.clear()
        style_json = encode_properties(style)
        self._styles[key] = (style_json, "," + style_json[1:], style_problem(style, self._mediatype))
        return self._styles[key]


def write_layer_features(
    write: Callable[[str], object],
    layer: PreparedLayer,
    styler,
    context: ExportContext,
    options,
    report: LayerReport,
    counter: FeatureCounter,
    checked: CheckedFeatures,
) -> None:
    """Write the layer's features QGIS would draw in the extent, comma-separated, through ``write``.

    ``styler`` is the layer's entered ``LayerStyler`` (or one level of it). Each feature is checked as
    the snapshot check would check it, into ``checked``: the style once per distinct style, the
    geometry's first position per feature.
    """
    properties = _Properties(layer.fields, layer.mediatype)
    geometry_writer = GeometryWriter(
        layer.crs,
        layer.geometry_type,
        context,
        crop=options.crop,
        clip=options.clip,
        precision=options.precision,
    )
    request = QgsFeatureRequest()
    filter_rect = geometry_writer.filter_rect
    # An extent that covers the whole layer filters nothing; leaving the filter out lets the count of
    # features without geometry come from the main pass (providers' rectangle filters skip them silently).
    if filter_rect is not None and not filter_rect.contains(layer.extent):
        request.setFilterRect(filter_rect)
    fields = layer.fields
    required = styler.required_fields()
    if all(fields.lookupField(name) >= 0 for name in required):
        needed = {index for index, _ in properties.exported} | {fields.lookupField(name) for name in required}
        request.setSubsetOfAttributes(sorted(needed))
    # else: the renderer names something that is not a field (e.g. an expression): fetch everything.

    geojson = geometry_writer.geojson
    style_for = styler.shared_style_for
    if styler.dashed:  # checked once per layer: solid layers keep the plain loop below
        # Dashes are cut from the geometry in the layer's CRS, so the request keeps it.
        dashed = DashedLines(
            style_for,
            geometry_writer,
            layer.crs,
            layer.geometry_type,
            context,
            options,
            styler.note_approximation,
        )
        style_for, geojson = dashed.style_for, dashed.geojson
    elif not styler.marked and geometry_writer.request_may_reproject(layer.extent, layer.wkb_type):
        # Marks (marks.py) are laid out from the geometry in the layer's CRS: only unmarked layers.
        request.setDestinationCrs(QgsCoordinateReferenceSystem(WGS84), context.transform_context)
        geojson = geometry_writer.geojson_in_wgs84
    encode = properties.encode
    check_position = geometry_check(geometry_writer)
    # Features are written a batch at a time: one write per feature costs more than joining them.
    batch: list[str] = []
    add = batch.append
    written = seen = fine = 0  # fine: written features without a problem, not yet told to ``checked``
    separator = ""
    # One feature object filled again and again: a new one per feature costs more (nothing keeps it).
    feature = QgsFeature()
    next_feature = layer.source.getFeatures(request).nextFeature
    while next_feature(feature):
        seen += 1
        if not seen % _FEEDBACK_EVERY:
            write("".join(batch))
            batch.clear()
            counter.advance(_FEEDBACK_EVERY)
        values = feature.attributes()
        style = style_for(feature, values)
        if style is None:
            report.leave_out(NOT_DRAWN)
            continue
        geometry, reason = geojson(feature.geometry())
        if geometry is None:
            report.leave_out(reason)
            continue
        properties_json, problem = encode(values, style)
        problem = problem or check_position(geometry)
        if problem:
            checked.fine(fine)
            checked.counted(problem)
            fine = 0
        else:
            fine += 1
        add(f'{separator}{{"type":"Feature","properties":{properties_json},"geometry":{geometry}}}')
        separator = ","
        written += 1
    write("".join(batch))
    checked.fine(fine)
    counter.advance(seen % _FEEDBACK_EVERY)
    report.written = written
    report.repaired = geometry_writer.repaired
    if not request.filterRect().isNull():
        _count_held_back(layer, seen, report)


def _count_held_back(layer: PreparedLayer, seen: int, report: LayerReport) -> None:
    """Count the features the provider's rectangle filter held back, as outside or without geometry."""
    total = layer.feature_count  # -1 when the provider cannot count cheaply
    if total <= seen:
        return
    # untranslated: a QGIS expression
    request = QgsFeatureRequest().setFilterExpression("$geometry IS NULL OR is_empty($geometry)")
    request.setSubsetOfAttributes([])
    without_geometry = sum(1 for _ in layer.source.getFeatures(request))
    if without_geometry:
        report.left_out[EMPTY_GEOMETRY] = report.left_out.get(EMPTY_GEOMETRY, 0) + without_geometry
    outside = total - seen - without_geometry
    if outside > 0:
        report.left_out[OUTSIDE_EXTENT] = report.left_out.get(OUTSIDE_EXTENT, 0) + outside
