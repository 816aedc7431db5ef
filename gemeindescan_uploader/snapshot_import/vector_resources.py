"""Vector resources as layer plans: features read, split by geometry kind, attributes typed, styles keyed."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional

from qgis.core import QgsGeometry

from ..snapshot_format import CIRCLES
from .geometry import UnreadableGeometry, geometry_kind, read_geometry
from .report import OpenedLayerReport
from .styles import STYLE_COLUMNS, Style, split_properties, vocabulary_for

_KIND_ORDER = ("polygon", "line", "point")
_KIND_LABEL = {"polygon": "polygons", "line": "lines", "point": "points"}
# GeoPackage keeps the feature id in a column "fid"; a property of that name must hold distinct integers.
FID = "fid"
RENAMED_FID = "fid_snapshot"


@dataclass
class PlannedFeature:
    """One feature to write: geometry (None: none), attribute values, and its style's category key."""

    geometry: Optional[QgsGeometry]
    attributes: dict
    style_columns: dict
    style_key: str


@dataclass
class VectorLayerPlan:
    """One GeoPackage layer to make from (a geometry kind of) a resource."""

    resource: dict
    title: str
    table: str  # the GeoPackage layer name
    kind: str
    vocabulary: str
    features: list[PlannedFeature] = field(default_factory=list)
    styles: dict[str, Style] = field(default_factory=dict)  # category key -> style, in order of appearance
    fields: list[tuple[str, str]] = field(default_factory=list)  # (name, "bool"|"int"|"double"|"string")
    multi: bool = False
    renamed_fid: bool = False  # a "fid" property that could not be the feature id, kept as fid_snapshot
    report: OpenedLayerReport = field(default_factory=lambda: OpenedLayerReport(""))

    @property
    def style_columns(self) -> tuple[str, ...]:
        """The text columns that hold each feature's style."""
        return STYLE_COLUMNS[self.vocabulary]

    def most_common_style_columns(self) -> dict[str, str]:
        """The style columns of the style most features have (empty for a layer without features)."""
        counts = Counter(feature.style_key for feature in self.features)
        if not counts:
            return {}
        key = counts.most_common(1)[0][0]
        return next(dict(feature.style_columns) for feature in self.features if feature.style_key == key)


def plan_vector_resource(resource: dict, table: str) -> list[VectorLayerPlan]:
    """The layers a vector resource becomes: one, or one per geometry kind when it mixes kinds."""
    title = str(resource.get("title") or resource.get("name") or table)
    features = [feature for feature in resource["data"]["features"] if isinstance(feature, dict)]
    by_kind: dict[Optional[str], list[dict]] = {}
    for feature in features:
        by_kind.setdefault(geometry_kind(feature.get("geometry")), []).append(feature)
    kinds = [kind for kind in _KIND_ORDER if kind in by_kind]
    # Features without a readable geometry stay with the layer's single kind (or the first one).
    homeless = by_kind.get(None, [])
    if not kinds:
        kinds = ["point" if resource.get("mediatype") == CIRCLES else "polygon"]
    plans = []
    for index, kind in enumerate(kinds):
        split = len(kinds) > 1
        plan = VectorLayerPlan(
            resource=resource,
            title=f"{title} ({_KIND_LABEL[kind]})" if split else title,
            table=f"{table}-{_KIND_LABEL[kind]}" if split else table,
            kind=kind,
            vocabulary=vocabulary_for(resource.get("mediatype") == CIRCLES, kind),
        )
        plan.report = OpenedLayerReport(plan.title)
        _read_features(plan, by_kind.get(kind, []) + (homeless if index == 0 else []))
        plans.append(plan)
    return plans


def _read_features(plan: VectorLayerPlan, features: list[dict]) -> None:
    report = plan.report
    for feature in features:
        geometry_json = feature.get("geometry")
        geometry = None
        if geometry_json is not None:
            try:
                geometry, repaired = read_geometry(geometry_json, plan.kind)
            except UnreadableGeometry:
                report.unreadable += 1
                continue
            report.repaired += repaired
            plan.multi = plan.multi or geometry.isMultipart()
        else:
            report.without_geometry += 1
        styled = split_properties(feature.get("properties"), plan.vocabulary)
        report.ignored_style_keys.update(styled.ignored)
        plan.styles.setdefault(styled.key, styled.style)
        plan.features.append(PlannedFeature(geometry, styled.attributes, styled.columns, styled.key))
    report.features = len(plan.features)
    report.styles = len(plan.styles)
    plan.fields = _fields(plan)


def _fields(plan: VectorLayerPlan) -> list[tuple[str, str]]:
    """Attribute fields with types inferred from the values; style columns (text) after them."""
    kinds: dict[str, set] = {}
    for feature in plan.features:
        for name, value in feature.attributes.items():
            kinds.setdefault(name, set())
            if value is not None:
                kinds[name].add(_value_kind(value))
    _rename_unusable_fid(plan, kinds)
    taken = {column.lower() for column in plan.style_columns}
    fields = []
    for name, found in kinds.items():
        if name.lower() in taken:  # GeoPackage column names ignore case
            continue
        taken.add(name.lower())
        fields.append((name, _field_type(found)))
    return fields + [(column, "string") for column in plan.style_columns]


def _rename_unusable_fid(plan: VectorLayerPlan, kinds: dict[str, set]) -> None:
    """Keep a "fid" property as the GeoPackage's feature id if it can be one, else rename it."""
    name = next((key for key in kinds if key.lower() == FID), None)
    if name is None:
        return
    values = [feature.attributes.get(name) for feature in plan.features]
    if kinds[name] <= {"int"} and None not in values and len(set(values)) == len(values) and name == FID:
        return
    for feature in plan.features:
        if name in feature.attributes:
            feature.attributes[RENAMED_FID] = feature.attributes.pop(name)
    kinds[RENAMED_FID] = kinds.pop(name)
    plan.renamed_fid = True


def _value_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    return "json"


def _field_type(found: set) -> str:
    if not found:
        return "string"
    if found == {"bool"}:
        return "bool"
    if found == {"int"}:
        return "int"
    if found <= {"int", "double"}:
        return "double"
    return "string"


def attribute_value(value: Any, field_type: str) -> Any:
    """A property value as the field of ``field_type`` stores it (objects and lists as JSON text)."""
    if value is None:
        return None
    if field_type == "string" and not isinstance(value, str):
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False)
        return json.dumps(value) if isinstance(value, bool) else str(value)
    if field_type == "double":
        return float(value)
    return value
