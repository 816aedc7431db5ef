"""Validation of exported snapshots against the published Spatial Data Package schema, offline.

The schema files live beside the checkout in ``../shared/schemas/`` (they are published by their
projects, so the repository does not copy them). ``snapshot.json`` refers to two remote schemas by URL;
a ``referencing`` registry maps those URLs to the local copies so that no test touches the internet.

Use ``schema_problems(snapshot)`` for a list of messages, or ``assert_valid_snapshot(snapshot)``.
Where the folder is absent, both skip the calling test with a message that says so; in CI (``CI=true``),
where the schemas are always there, they fail it instead (``require_schema``).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

SCHEMA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas"

# The two remote $refs of snapshot.json and the local file that holds each.
REMOTE_SCHEMAS = {
    "https://specs.frictionlessdata.io/schemas/data-package.json": "data-package.json",
    "https://json.schemastore.org/geojson": "geojson.json",
}

# A WMS resource (application/vnd.wms with path + parameters) matches none of the three branches of the
# schema's resource "oneOf" (geo+json, simplestyle-extended, mapbox-vector-tile), so the published schema
# rejects every snapshot that carries one, although the Gemeindescan viewer draws it as a WMS tile layer.
# `assert_valid_snapshot` validates such resources against the Frictionless Data Resource profile
# (name, path, licences) and everything else against the full snapshot schema; see README ("WMS layers").
WMS_MEDIATYPE = "application/vnd.wms"


def require_schema(path: Path) -> None:
    """Skip the calling test when a schema file is missing on a developer's clone; fail it in CI."""
    if path.is_file():
        return
    message = f"snapshot schema not found at {path} (CI keeps the schemas in ../shared/schemas/)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message + "; CI=true, so a missing schema is an error, not a skip")
    pytest.skip(message)


def _load(name: str) -> dict:
    with open(SCHEMA_DIR / name, encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def snapshot_validator():
    """A draft-04 validator for ``snapshot.json`` whose remote references resolve to local files."""
    require_schema(SCHEMA_DIR / "snapshot.json")
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    registry = Registry().with_resources(
        (url, Resource.from_contents(_load(name), default_specification=DRAFT4))
        for url, name in REMOTE_SCHEMAS.items()
    )
    schema = _load("snapshot.json")
    # snapshot.json names its dialect "http://json-schema.org/draft-04/schema" (no "#"); say it outright.
    return jsonschema.Draft4Validator(schema, registry=registry, format_checker=None)


@lru_cache(maxsize=1)
def data_resource_validator():
    """A validator for one Frictionless Data Resource (the package profile's ``resources.items``)."""
    import jsonschema

    package = _load("data-package.json")
    return jsonschema.Draft4Validator(package["properties"]["resources"]["items"])


def _describe(error) -> str:
    where = "/".join(str(part) for part in error.absolute_path) or "(top level)"
    message = error.message
    if len(message) > 300:
        message = message[:150] + " … " + message[-150:]
    return f"{where}: ({error.validator}) {message}"


def _is_wms(resource: Any) -> bool:
    return isinstance(resource, dict) and resource.get("mediatype") == WMS_MEDIATYPE


def schema_problems(snapshot: Any, *, allow_wms: bool = True) -> list[str]:
    """Every way ``snapshot`` breaks the snapshot schema (empty when valid).

    With ``allow_wms`` (the default), WMS resources are checked against the Data Resource profile
    instead of the snapshot's resource ``oneOf``, which does not know them; nothing else is relaxed.
    """
    validator = snapshot_validator()
    problems: list[str] = []
    checked = snapshot
    resources = snapshot.get("resources") if isinstance(snapshot, dict) else None
    if allow_wms and isinstance(resources, list):
        wms = [r for r in resources if _is_wms(r)]
        if wms:
            others = [r for r in resources if not _is_wms(r)]
            for resource in wms:
                where = f"resources/{resource.get('name')}"
                for error in data_resource_validator().iter_errors(resource):
                    problems.append(f"{where}: {error.message[:300]}")
                if not isinstance(resource.get("path"), str) or not resource.get("licenses"):
                    problems.append(f"{where}: a WMS resource needs path and licences")
            checked = dict(snapshot, resources=others)
            if not others:
                # The package profile needs at least one resource; validate the rest of the package alone.
                checked = dict(
                    snapshot,
                    resources=[
                        {
                            "name": "placeholder",
                            "mediatype": "application/geo+json",
                            "data": {"type": "FeatureCollection", "features": []},
                        }
                    ],
                )
    problems += [_describe(error) for error in validator.iter_errors(checked)]
    return problems


def assert_valid_snapshot(snapshot: Any, *, allow_wms: bool = True) -> None:
    """Fail with every schema problem listed when ``snapshot`` does not validate."""
    problems = schema_problems(snapshot, allow_wms=allow_wms)
    assert not problems, "snapshot does not match snapshot.json:\n" + "\n".join(problems[:30])
