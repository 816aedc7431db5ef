"""Small snapshot files for the client tests, valid against the snapshot profile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def sample_snapshot(title: str = "Bauzonen Zürich", features: int = 3, padding: int = 0) -> dict[str, Any]:
    """A snapshot with one styled polygon layer; ``padding`` adds that many characters to make it large."""
    feature_list = []
    for index in range(features):
        x, y = 8.50 + index * 0.001, 47.37
        feature_list.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]]],
                },
                "properties": {
                    "name": f"Zone {index} – Wohnzone ä",
                    "fill": "#ff7f00",
                    "fill-opacity": 0.5,
                    "stroke": "#333333",
                    "stroke-opacity": 1,
                    "stroke-width": 1.5,
                },
            }
        )
    snapshot = {
        "name": "bauzonen-zuerich",
        "title": title,
        "description": "Test snapshot with non-ASCII text: Zürich, Genève, Graubünden.",
        "sources": [{"title": "Kanton Zürich", "path": "https://example.org/bauzonen"}],
        "views": [
            {
                "name": "map",
                "resources": ["bauzonen"],
                "specType": "gemeindescanSnapshot",
                "spec": {
                    "title": title,
                    "description": "Bauzonen",
                    "attribution": "© Kanton Zürich",
                    "bounds": ["geo:47.37,8.5", "geo:47.371,8.503"],
                    "legend": [
                        {
                            "label": "Wohnzone",
                            "size": 1,
                            "shape": "square",
                            "primary": True,
                            "fillColor": "#ff7f00",
                            "fillOpacity": 0.5,
                            "strokeColor": "#333333",
                            "strokeWidth": 1.5,
                            "strokeOpacity": 1,
                        }
                    ],
                },
            }
        ],
        "resources": [
            {
                "name": "bauzonen",
                "mediatype": "application/geo+json",
                "data": {"type": "FeatureCollection", "features": feature_list},
            }
        ],
    }
    if padding:
        snapshot["description"] += " " + "x" * padding
    return snapshot


def write_snapshot(path: Path, snapshot: dict[str, Any] | None = None) -> Path:
    """Write a snapshot as compact UTF-8 JSON (as the exporter does) and return the path."""
    path.write_bytes(
        json.dumps(snapshot or sample_snapshot(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    )
    return path
