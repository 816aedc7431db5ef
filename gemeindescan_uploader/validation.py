"""Checks that a snapshot is one the Gemeindescan viewer can show, in plain Python (no QGIS, no schema files).

The server stores whatever it is sent, and a broken file breaks the snapshot page,
so every upload path refuses a snapshot for which this returns problems.
"""

from __future__ import annotations

from typing import Any


def validate_snapshot(snapshot: Any) -> list[str]:
    """Human-readable problems of a snapshot dict; an empty list means it can be uploaded."""
    if not isinstance(snapshot, dict):
        return ["The file is not a snapshot: its top level is not a JSON object."]
    problems = []
    views = snapshot.get("views")
    if not isinstance(views, list) or not views or not isinstance(views[0], dict):
        problems.append("The snapshot has no map view (views[0]).")
    elif not isinstance(views[0].get("spec"), dict):
        problems.append("The map view has no 'spec' with bounds and legend.")
    resources = snapshot.get("resources")
    if not isinstance(resources, list) or not resources:
        problems.append("The snapshot has no resources (no layers).")
    return problems
