"""What the user says about a snapshot (metadata) and how to export it (options)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..snapshot_format import DEFAULT_PRECISION

# Frictionless wants a licence as {name (Open Definition id), path (URL), title}.
CC_BY_4 = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0",  # untranslated: the licence's name
}


@dataclass
class SnapshotMetadata:
    """Title, description and provenance of a snapshot, as the viewer and Frictionless show them.

    ``name`` (a slug) is made from ``title`` when empty. ``sources`` are ``{"title", "path"?}``
    dicts; when empty, the exporter lists one source per exported layer. ``contributors`` are
    ``{"title", "role"?, "email"?}`` dicts; when empty, the QGIS project's author is used.
    ``topic`` and ``bfs_number`` are what the server files the snapshot under; they are not part
    of the snapshot file itself.
    """

    title: str = "Snapshot"
    name: str = ""
    description: str = ""
    keywords: list[str] = field(default_factory=list)
    licence: dict = field(default_factory=lambda: dict(CC_BY_4))
    sources: list[dict] = field(default_factory=list)
    attribution: str = ""
    contributors: list[dict] = field(default_factory=list)
    topic: str = ""
    bfs_number: Optional[int] = None


@dataclass
class ExportOptions:
    """How to export: what to keep of the features, how precise, and what goes under them.

    ``crop`` keeps only features that intersect the extent (whole, including those touching its
    edge); ``clip`` cuts them to the extent (and so implies cropping). ``precision`` is the number of
    decimals of WGS 84 coordinates (6 ≈ 0.1 m). ``background`` is a ``mapbox://styles/<user>/<id>``
    path drawn under all layers, or None. ``legend_shapes`` and ``legend_primary`` override the legend
    per layer id. ``skip_unsupported`` lists layers a snapshot cannot carry in the report instead of
    refusing the whole export.
    """

    crop: bool = True
    clip: bool = False
    precision: int = DEFAULT_PRECISION
    background: Optional[str] = None
    legend_shapes: dict[str, str] = field(default_factory=dict)
    legend_primary: dict[str, bool] = field(default_factory=dict)
    skip_unsupported: bool = False
