"""The snapshot as a whole: resources, view, bounds, legend and metadata, streamed as compact JSON."""

from __future__ import annotations

import io
import json
import os
import uuid
from typing import Any, Iterable, Optional, TextIO

from qgis.core import QgsMapLayer

from ..progress import as_progress
from ..snapshot_format import GEOJSON, MARKS_OF, VECTOR_TILES, WMS
from ..validation import CheckedFeatures, validate_snapshot
from .bounds import snapshot_bounds
from .context import ExportContext
from .features import FeatureCounter
from .layer_writers import features_writer
from .marks import LayerMarks, marks_resource_name
from .names import UniqueNames, slugify
from .options import ExportOptions, SnapshotMetadata
from .prepare import PreparedExport, PreparedLayer, prepare_export
from .report import ExportReport, LayerReport

BACKGROUND_NAME = "background"


def export_snapshot(
    layers: Iterable[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: Optional[ExportOptions],
    path: str,
    feedback: Any = None,
) -> ExportReport:
    """Export ``layers`` as a snapshot file at ``path`` (compact UTF-8 JSON, replaced atomically)."""
    return export_prepared(prepare_export(layers, context, metadata, options), path, feedback)


def export_prepared(prepared: PreparedExport, path: str, feedback: Any = None) -> ExportReport:
    """Write a prepared export to ``path`` (any thread); the report lists the problems found while writing."""
    from .writer import atomic_text_file

    with atomic_text_file(path) as stream:
        report = write_prepared(stream, prepared, feedback)
    report.path = os.path.abspath(path)
    report.size_bytes = os.path.getsize(path)
    return report


def build_snapshot(
    layers: Iterable[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: Optional[ExportOptions] = None,
    feedback: Any = None,
) -> dict:
    """The snapshot as a dict, exactly as ``export_snapshot`` would write it (for tests, small exports)."""
    buffer = io.StringIO()
    write_snapshot(buffer, layers, context, metadata, options, feedback)
    return json.loads(buffer.getvalue())


def write_snapshot(
    stream: TextIO,
    layers: Iterable[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: Optional[ExportOptions] = None,
    feedback: Any = None,
) -> ExportReport:
    """Stream the snapshot of ``layers`` to ``stream``, one feature at a time; report what went in."""
    return write_prepared(stream, prepare_export(layers, context, metadata, options), feedback)


def write_prepared(stream: TextIO, prepared: PreparedExport, feedback: Any = None) -> ExportReport:
    """Stream a prepared snapshot to ``stream``, checking every object before it is written.

    ``feedback`` is a ``Progress`` or a QgsFeedback. The report's ``problems`` are what
    ``validate_snapshot`` would say of the written file, so the file need not be read again.
    """
    progress = as_progress(feedback)
    options, metadata = prepared.options, prepared.metadata
    report = ExportReport(refused=list(prepared.refused), hidden=list(prepared.hidden))
    licence = dict(metadata.licence)
    names = UniqueNames(taken=(BACKGROUND_NAME,) if options.background else ())
    resources: list[dict] = []
    if options.background:
        resources.append(
            {
                "name": BACKGROUND_NAME,
                "title": "Background map",  # untranslated: snapshot data
                "mediatype": VECTOR_TILES,
                "path": options.background,
                "licenses": [dict(licence)],
            }
        )
    # Placeholders mark where each layer's features go when the rest is serialised with json.
    token = uuid.uuid4().hex
    streamed: dict[str, tuple[PreparedLayer, LayerReport, dict]] = {}
    # The marks resource of a layer (see marks.py): its placeholder, filled after the layer's features.
    marks_resources: dict[str, tuple[str, dict]] = {}
    for layer in prepared.layers:
        name = names.claim(layer.name)
        layer_report = LayerReport(layer.name, name, layer.mediatype)
        report.layers.append(layer_report)
        if layer.mediatype == WMS:
            resources.append({**layer.wms_resource, "name": name, "licenses": [dict(licence)]})
            continue
        placeholder = f"@@features-{token}-{len(streamed)}@@"
        resource = {
            "name": name,
            "title": layer.name,
            "mediatype": layer.mediatype,
            "licenses": [dict(licence)],
            "data": {"type": "FeatureCollection", "features": placeholder},
        }
        if layer.abstract:
            resource["description"] = layer.abstract
        resources.append(resource)
        streamed[placeholder] = (layer, layer_report, resource["data"])
        if layer.styler.marked:
            marks = _marks_resource(name, layer.name, names, licence)
            resources.append(marks)
            marks_resources[placeholder] = (f"@@marks-{token}-{len(marks_resources)}@@", marks["data"])
            marks["data"]["features"] = marks_resources[placeholder][0]

    snapshot = _package(prepared, resources)
    text = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    counter = FeatureCounter(progress, sum(max(layer.feature_count, 0) for layer, _, _ in streamed.values()))
    for placeholder, (layer, layer_report, data) in streamed.items():
        before, text = text.split(json.dumps(placeholder), 1)
        stream.write(before)
        stream.write("[")
        checked = CheckedFeatures(layer.mediatype)
        styler = layer.styler
        marks = (
            LayerMarks(layer, prepared.context, options, styler.note_approximation) if styler.marked else None
        )
        with styler:
            write_features = features_writer(styler)
            write_features(
                stream.write,
                layer,
                marks.styler(styler) if marks is not None else styler,
                prepared.context,
                options,
                layer_report,
                counter,
                checked,
            )
        layer_report.approximations = styler.approximations
        data["features"] = checked
        stream.write("]")
        if marks is not None:
            marks_placeholder, marks_data = marks_resources[placeholder]
            before, text = text.split(json.dumps(marks_placeholder), 1)
            stream.write(before)
            stream.write("[")
            stream.write(marks.text())
            stream.write("]")
            marks_data["features"] = marks.checked
    stream.write(text)
    # The skeleton as written, with each layer's features as checked while they were written.
    report.problems = validate_snapshot(snapshot)
    progress.set_progress(100.0)
    return report


def _marks_resource(layer_resource: str, layer_title: str, names: UniqueNames, licence: dict) -> dict:
    """The resource that holds the marks of ``layer_resource``'s features (see marks.py)."""
    return {
        "name": names.claim(marks_resource_name(layer_resource)),
        "title": f"{layer_title} (symbol marks)",  # untranslated: snapshot data
        "mediatype": GEOJSON,
        MARKS_OF: layer_resource,
        "licenses": [dict(licence)],
        "data": {"type": "FeatureCollection", "features": []},
    }


def _package(prepared: PreparedExport, resources: list[dict]) -> dict:
    """The Frictionless package around the resources: metadata, sources, and the one map view."""
    metadata, options = prepared.metadata, prepared.options
    licence = dict(metadata.licence)
    attributions = _unique(layer.attribution for layer in prepared.layers if layer.attribution)
    sources = [dict(source) for source in metadata.sources] or _default_sources(prepared.layers)
    snapshot: dict = {
        "name": metadata.name or slugify(metadata.title, "snapshot"),
        "title": metadata.title,
        "description": metadata.description,
    }
    # Frictionless wants at least one item in each of these lists if the key is there at all.
    keywords = [keyword for keyword in metadata.keywords if keyword]
    if keywords:
        snapshot["keywords"] = keywords
    snapshot["licenses"] = [dict(licence)]
    snapshot["sources"] = sources
    contributors = [dict(contributor) for contributor in metadata.contributors]
    if not contributors and prepared.project_author:
        contributors = [{"title": prepared.project_author, "role": "author"}]
    if contributors:
        snapshot["contributors"] = contributors
    snapshot["resources"] = resources
    legend = []
    for layer in reversed(prepared.layers):  # the legend reads from the top layer down, as in QGIS
        legend += layer.legend
    snapshot["views"] = [
        {
            "name": "map",
            "specType": "gemeindescanSnapshot",
            "spec": {
                "title": metadata.title,
                "description": metadata.description,
                "attribution": metadata.attribution or "; ".join(attributions),
                "bounds": snapshot_bounds(prepared.context, options.precision),
                "legend": legend,
            },
            "resources": [resource["name"] for resource in resources],
        }
    ]
    return snapshot


def _default_sources(layers: list[PreparedLayer]) -> list[dict]:
    """One source per layer: its attribution, else its name; WMS layers with their service URL."""
    sources: list[dict] = []
    seen = set()
    for layer in layers:
        title = layer.attribution or layer.name
        if title in seen:
            continue
        seen.add(title)
        source = {"title": title}
        if layer.mediatype == WMS:
            source["path"] = layer.wms_url
        sources.append(source)
    return sources


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
