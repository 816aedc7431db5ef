"""Streaming one vector layer's features as GeoJSON Feature text: attributes, style and geometry."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsFeatureRequest, QgsFeedback, QgsVectorLayer

from ..errors import Cancelled
from ..snapshot_format import CIRCLE_KEYS, GEOJSON, SIMPLESTYLE_KEYS
from .attributes import encode_properties, exported_fields, properties_encoder
from .context import ExportContext
from .geometry import GeometryWriter
from .report import EMPTY_GEOMETRY, NOT_DRAWN, OUTSIDE_EXTENT, LayerReport

# The style keys each resource type's features carry (see the exporter interface); attributes of the
# same name are left out, the style wins.
# The schema's second feature branch for geo+json: an attribute of that name next to the fill/stroke
# set would make the feature match both branches of a "oneOf", which fails validation.
_GEOJSON_RESERVED = frozenset(SIMPLESTYLE_KEYS) | {"marker-color", "marker-size", "marker-symbol"}

_CIRCLE_RESERVED = frozenset(CIRCLE_KEYS)

# How often (in features) to look at the cancel button and move the progress bar.
_FEEDBACK_EVERY = 256
# Distinct style dicts remembered with their JSON; a styler making a new dict per feature must not
# make this grow without end.
_STYLE_CACHE_SIZE = 4096


class Progress:
    """Progress over all layers of one export, in features, reported to a QgsFeedback."""

    def __init__(self, feedback: Optional[QgsFeedback], total: int) -> None:
        self.feedback = feedback
        self.total = max(total, 1)
        self.done = 0

    def advance(self, features: int) -> None:
        """Count ``features`` more; raise Cancelled if the user cancelled."""
        self.done += features
        if self.feedback is None:
            return
        if self.feedback.isCanceled():
            raise Cancelled("Export cancelled.")
        self.feedback.setProgress(min(100.0, 100.0 * self.done / self.total))


class _Properties:
    """Feature properties as JSON: the attributes, then the style (style keys win over attributes)."""

    def __init__(self, layer: QgsVectorLayer, mediatype: str) -> None:
        self._fields = layer.fields()
        self._reserved = _GEOJSON_RESERVED if mediatype == GEOJSON else _CIRCLE_RESERVED
        self.exported = exported_fields(self._fields, self._reserved)
        self._names = {name for _, name in self.exported}
        self._encode_attributes = properties_encoder(self._fields, self.exported)
        # A layer has few distinct styles but the styler hands out a fresh dict per feature:
        # the JSON of each style is kept by content, both whole and as the tail after an attribute.
        self._styles: dict[tuple, tuple[str, str]] = {}

    def encode(self, values: list, style: dict) -> str:
        """``{...attributes, ...style}`` as compact JSON."""
        key = tuple(style.items())
        style_json = self._styles.get(key)
        if style_json is None:
            style_json = self._remember(key, style)
        attributes = self._encode_attributes(values)
        if len(attributes) == 2:  # "{}": no attributes
            return style_json[0]
        return attributes[:-1] + style_json[1]

    def _remember(self, key: tuple, style: dict) -> tuple[str, str]:
        clashes = self._names.intersection(style)
        if clashes:  # a style key beyond the agreed set: leave those attributes out from now on
            self._reserved = self._reserved | clashes
            self.exported = exported_fields(self._fields, self._reserved)
            self._names -= clashes
            self._encode_attributes = properties_encoder(self._fields, self.exported)
        if len(self._styles) >= _STYLE_CACHE_SIZE:  # data-defined styles: one per feature, maybe
            self._styles.clear()
        style_json = encode_properties(style)
        self._styles[key] = (style_json, "," + style_json[1:])
        return self._styles[key]


def write_layer_features(write: Callable[[str], object], layer: QgsVectorLayer, styler,
                         context: ExportContext, options, mediatype: str, report: LayerReport,
                         progress: Progress) -> None:
    """Write the layer's features QGIS would draw in the extent, comma-separated, through ``write``.

    ``styler`` is an entered ``LayerStyler``.
    """
    properties = _Properties(layer, mediatype)
    geometry_writer = GeometryWriter(layer.crs(), layer.geometryType(), context, crop=options.crop,
                                     clip=options.clip, precision=options.precision)
    request = QgsFeatureRequest()
    filter_rect = geometry_writer.filter_rect
    # An extent that covers the whole layer filters nothing; leaving the filter out lets the count of
    # features without geometry come from the main pass (providers' rectangle filters skip them silently).
    if filter_rect is not None and not filter_rect.contains(layer.extent()):
        request.setFilterRect(filter_rect)
    fields = layer.fields()
    required = styler.required_fields()
    if all(fields.lookupField(name) >= 0 for name in required):
        needed = {index for index, _ in properties.exported} | {fields.lookupField(name) for name in required}
        request.setSubsetOfAttributes(sorted(needed))
    # else: the renderer names something that is not a field (e.g. an expression): fetch everything.

    style_for = styler.style_for
    geojson = geometry_writer.geojson
    encode = properties.encode
    # Features are written a batch at a time: one write per feature costs more than joining them.
    batch: list[str] = []
    add = batch.append
    written = seen = 0
    separator = ""
    for feature in layer.getFeatures(request):
        seen += 1
        if not seen % _FEEDBACK_EVERY:
            write("".join(batch))
            batch.clear()
            progress.advance(_FEEDBACK_EVERY)
        style = style_for(feature)
        if style is None:
            report.leave_out(NOT_DRAWN)
            continue
        geometry, reason = geojson(feature.geometry())
        if geometry is None:
            report.leave_out(reason)
            continue
        add(f'{separator}{{"type":"Feature","properties":{encode(feature.attributes(), style)},'
            f'"geometry":{geometry}}}')
        separator = ","
        written += 1
    write("".join(batch))
    progress.advance(seen % _FEEDBACK_EVERY)
    report.written = written
    report.repaired = geometry_writer.repaired
    if not request.filterRect().isNull():
        _count_held_back(layer, seen, report)


def _count_held_back(layer: QgsVectorLayer, seen: int, report: LayerReport) -> None:
    """Count the features the provider's rectangle filter held back, as outside or without geometry."""
    total = layer.featureCount()  # -1 when the provider cannot count cheaply
    if total <= seen:
        return
    request = QgsFeatureRequest().setFilterExpression("$geometry IS NULL OR is_empty($geometry)")
    request.setSubsetOfAttributes([])
    without_geometry = sum(1 for _ in layer.getFeatures(request))
    if without_geometry:
        report.left_out[EMPTY_GEOMETRY] = report.left_out.get(EMPTY_GEOMETRY, 0) + without_geometry
    outside = total - seen - without_geometry
    if outside > 0:
        report.left_out[OUTSIDE_EXTENT] = report.left_out.get(OUTSIDE_EXTENT, 0) + outside
