"""The snapshot as a whole: resources, view, bounds, legend and metadata, streamed as compact JSON."""

from __future__ import annotations

import io
import json
import os
import uuid
from typing import Iterable, Optional, TextIO

from qgis.core import QgsFeedback, QgsMapLayer, QgsProject, QgsVectorLayer

from ..errors import ExportError, InvalidInput, UnsupportedLayer
from ..snapshot_format import MAPBOX_STYLE, MAPBOX_STYLE_EXAMPLE, MAX_PRECISION, VECTOR_TILES, WMS
from .bounds import snapshot_bounds
from .context import ExportContext
from .features import Progress, write_layer_features
from .layers import bottom_to_top, layer_label, mediatype_for
from .legend import legend_entries
from .names import UniqueNames, slugify
from .options import ExportOptions, SnapshotMetadata
from .report import ExportReport, LayerReport
from .symbology import LayerStyler
from .wms import wms_legend_entry, wms_parameters, wms_resource

BACKGROUND_NAME = "background"


def export_snapshot(layers: Iterable[QgsMapLayer], context: ExportContext, metadata: SnapshotMetadata,
                    options: Optional[ExportOptions], path: str,
                    feedback: Optional[QgsFeedback] = None) -> ExportReport:
    """Export ``layers`` as a snapshot file at ``path`` (compact UTF-8 JSON, replaced atomically)."""
    from .writer import atomic_text_file

    with atomic_text_file(path) as stream:
        report = write_snapshot(stream, layers, context, metadata, options, feedback)
    report.path = os.path.abspath(path)
    report.size_bytes = os.path.getsize(path)
    return report


def build_snapshot(layers: Iterable[QgsMapLayer], context: ExportContext, metadata: SnapshotMetadata,
                   options: Optional[ExportOptions] = None, feedback: Optional[QgsFeedback] = None) -> dict:
    """The snapshot as a dict, exactly as ``export_snapshot`` would write it (for tests, small exports)."""
    buffer = io.StringIO()
    write_snapshot(buffer, layers, context, metadata, options, feedback)
    return json.loads(buffer.getvalue())


def write_snapshot(stream: TextIO, layers: Iterable[QgsMapLayer], context: ExportContext,
                   metadata: SnapshotMetadata, options: Optional[ExportOptions] = None,
                   feedback: Optional[QgsFeedback] = None) -> ExportReport:
    """Stream the snapshot of ``layers`` to ``stream``, one feature at a time; report what went in."""
    options = options or ExportOptions()
    if options.background and not MAPBOX_STYLE.match(options.background):
        raise InvalidInput(f"The background “{options.background}” is not a Mapbox style "
                           f"({MAPBOX_STYLE_EXAMPLE}).")
    if not 0 <= options.precision <= MAX_PRECISION:
        # Negative decimals round every coordinate to 0; beyond 15 doubles only add noise and bulk.
        raise InvalidInput(f"The coordinate precision must be 0 to {MAX_PRECISION} decimals, "
                           f"not {options.precision}.")
    report = ExportReport()
    plan = _plan(layers, options, report)
    licence = dict(metadata.licence)
    names = UniqueNames(taken=(BACKGROUND_NAME,) if options.background else ())
    resources: list[dict] = []
    if options.background:
        resources.append({"name": BACKGROUND_NAME, "title": "Background map", "mediatype": VECTOR_TILES,
                          "path": options.background, "licenses": [dict(licence)]})
    # Placeholders mark where each layer's features go when the rest is serialised with json.
    token = uuid.uuid4().hex
    streamed: dict[str, tuple[QgsVectorLayer, str, LayerReport]] = {}
    for layer, mediatype in plan:
        name = names.claim(layer.name())
        layer_report = LayerReport(layer.name(), name, mediatype)
        report.layers.append(layer_report)
        if mediatype == WMS:
            resources.append(wms_resource(layer, name, licence))
            continue
        placeholder = f"@@features-{token}-{len(streamed)}@@"
        streamed[placeholder] = (layer, mediatype, layer_report)
        resource = {"name": name, "title": layer.name(), "mediatype": mediatype, "licenses": [dict(licence)],
                    "data": {"type": "FeatureCollection", "features": placeholder}}
        if layer.abstract():
            resource["description"] = layer.abstract()
        resources.append(resource)

    snapshot = _package(plan, resources, context, metadata, options, licence)
    text = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    progress = Progress(feedback, sum(max(layer.featureCount(), 0) for layer, _, _ in streamed.values()))
    for placeholder, (layer, mediatype, layer_report) in streamed.items():
        before, text = text.split(json.dumps(placeholder), 1)
        stream.write(before)
        stream.write("[")
        styler = LayerStyler(layer, context)
        with styler:
            write_layer_features(stream.write, layer, styler, context, options, mediatype, layer_report,
                                 progress)
        stream.write("]")
    stream.write(text)
    if feedback is not None:
        feedback.setProgress(100.0)
    return report


def _plan(layers: Iterable[QgsMapLayer], options: ExportOptions,
          report: ExportReport) -> list[tuple[QgsMapLayer, str]]:
    """The layers to export, bottom to top, each with its media type; refused layers raise or are reported."""
    plan, refusals = [], []
    for layer in bottom_to_top(layers):
        try:
            plan.append((layer, mediatype_for(layer)))
        except UnsupportedLayer as error:
            refusals.append(error)
            report.refused.append((layer_label(layer), error.message))
    if refusals and not options.skip_unsupported:
        if len(refusals) == 1:
            raise refusals[0]
        raise UnsupportedLayer(" ".join(error.message for error in refusals))
    if not plan:
        raise ExportError("There is no layer to export: choose at least one vector or WMS layer.")
    return plan


def _package(plan: list[tuple[QgsMapLayer, str]], resources: list[dict], context: ExportContext,
             metadata: SnapshotMetadata, options: ExportOptions, licence: dict) -> dict:
    """The Frictionless package around the resources: metadata, sources, and the one map view."""
    layers = [layer for layer, _ in plan]
    attributions = _unique(layer.attribution() for layer in layers if layer.attribution())
    sources = [dict(source) for source in metadata.sources] or _default_sources(plan)
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
    contributors = [dict(contributor) for contributor in metadata.contributors] or _project_author(layers)
    if contributors:
        snapshot["contributors"] = contributors
    snapshot["resources"] = resources
    legend = []
    for layer, mediatype in reversed(plan):  # the legend reads from the top layer down, as in QGIS
        if mediatype == WMS:
            legend.append(wms_legend_entry(layer))
        else:
            legend += legend_entries(layer, context, primary=options.legend_primary.get(layer.id(), True),
                                     shape=options.legend_shapes.get(layer.id()))
    snapshot["views"] = [{
        "name": "map",
        "specType": "gemeindescanSnapshot",
        "spec": {
            "title": metadata.title,
            "description": metadata.description,
            "attribution": metadata.attribution or "; ".join(attributions),
            "bounds": snapshot_bounds(context, options.precision),
            "legend": legend,
        },
        "resources": [resource["name"] for resource in resources],
    }]
    return snapshot


def _default_sources(plan: list[tuple[QgsMapLayer, str]]) -> list[dict]:
    """One source per layer: its attribution, else its name; WMS layers with their service URL."""
    sources: list[dict] = []
    seen = set()
    for layer, mediatype in plan:
        title = layer.attribution() or layer.name()
        if title in seen:
            continue
        seen.add(title)
        source = {"title": title}
        if mediatype == WMS:
            source["path"] = wms_parameters(layer)[0]
        sources.append(source)
    return sources


def _project_author(layers: list[QgsMapLayer]) -> list[dict]:
    """The QGIS project's author as the snapshot's contributor, if the project names one."""
    project = next((layer.project() for layer in layers if layer.project()), None) or QgsProject.instance()
    author = project.metadata().author().strip()
    return [{"title": author, "role": "author"}] if author else []


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
