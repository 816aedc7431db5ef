"""A small styled sample project around Zürich (LV95): zones, population points, roads.

Used by ``make demo`` and by the Processing tests. Geometry is generated, not surveyed:
a grid of zones (categorized polygons), neighbourhood centres with a population
(graduated points) and a few roads (categorized lines), in a GeoPackage beside the project.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize, QVariant
from qgis.PyQt.QtGui import QColor

LV95 = QgsCoordinateReferenceSystem("EPSG:2056")
# Zürich, around the main station: the sample's south-west corner in LV95 metres.
ORIGIN_E, ORIGIN_N = 2_681_600.0, 1_246_800.0
BLOCK = 400.0
# Metres around the sample's area in the saved map view and the preview.
VIEW_MARGIN = 80.0
COLUMNS, ROWS = 5, 4
ZURICH_BFS_NUMBER = 261

ZONE_COLOURS = {
    "Kernzone": "#e4572e",
    "Wohnzone": "#f3a712",
    "Gewerbezone": "#8e7dbe",
    "Grünzone": "#4c9f70",
}
POPULATION_CLASSES = [  # (lower, upper, label, colour, size in mm)
    (0, 1000, "under 1,000", "#c6dbef", 2.5),
    (1000, 3000, "1,000 – 3,000", "#6baed6", 4.0),
    (3000, 10000, "3,000 and more", "#08519c", 6.0),
]
ROAD_STYLES = {  # kind: (colour, width in mm)
    "Hauptstrasse": ("#d62728", 1.2),
    "Quartierstrasse": ("#555555", 0.5),
}


def sample_extent() -> QgsRectangle:
    """The sample's area in LV95."""
    return QgsRectangle(ORIGIN_E, ORIGIN_N, ORIGIN_E + COLUMNS * BLOCK, ORIGIN_N + ROWS * BLOCK)


def zone_features(fields: QgsFields) -> list[QgsFeature]:
    """A grid of slightly irregular blocks, each with a zone type."""
    kinds = list(ZONE_COLOURS)
    features = []
    for column in range(COLUMNS):
        for row in range(ROWS):
            west, south = ORIGIN_E + column * BLOCK, ORIGIN_N + row * BLOCK
            inset = 12.0 + 6.0 * ((column + row) % 3)
            ring = [
                QgsPointXY(west + inset, south + inset),
                QgsPointXY(west + BLOCK - inset, south + inset * 1.5),
                QgsPointXY(west + BLOCK - inset, south + BLOCK - inset),
                QgsPointXY(west + inset * 1.5, south + BLOCK - inset),
            ]
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
            # Centre blocks are the core; the outer ring mixes the other zones.
            central = 1 <= column <= 3 and 1 <= row <= 2 and (column + row) % 2 == 0
            kind = "Kernzone" if central else kinds[1 + (column * 7 + row * 3) % 3]
            feature.setAttributes([f"Z{column}{row}", kind])
            features.append(feature)
    return features


def population_features(fields: QgsFields) -> list[QgsFeature]:
    """Neighbourhood centres with a population count, denser towards the middle."""
    generator = random.Random(261)
    centre_e, centre_n = ORIGIN_E + COLUMNS * BLOCK / 2, ORIGIN_N + ROWS * BLOCK / 2
    features = []
    for index in range(18):
        east = ORIGIN_E + generator.uniform(0.05, 0.95) * COLUMNS * BLOCK
        north = ORIGIN_N + generator.uniform(0.05, 0.95) * ROWS * BLOCK
        distance = math.hypot(east - centre_e, north - centre_n)
        population = int(max(150, 6500 - 6.5 * distance + generator.uniform(-400, 400)))
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(east, north)))
        feature.setAttributes([f"Quartier {index + 1}", population])
        features.append(feature)
    return features


def road_features(fields: QgsFields) -> list[QgsFeature]:
    """Two main roads crossing the area and a few side streets."""
    width, height = COLUMNS * BLOCK, ROWS * BLOCK
    lines = [
        ("Hauptstrasse", "Bahnhofstrasse", [(0.0, 0.45), (0.35, 0.5), (0.7, 0.48), (1.0, 0.55)]),
        ("Hauptstrasse", "Limmatquai", [(0.52, 0.0), (0.5, 0.4), (0.55, 0.75), (0.6, 1.0)]),
        ("Quartierstrasse", "Seitenweg", [(0.1, 0.1), (0.3, 0.25), (0.45, 0.2)]),
        ("Quartierstrasse", "Gartenweg", [(0.7, 0.9), (0.8, 0.7), (0.95, 0.72)]),
        ("Quartierstrasse", "Schulweg", [(0.15, 0.8), (0.3, 0.7), (0.4, 0.85)]),
    ]
    features = []
    for kind, name, shape in lines:
        feature = QgsFeature(fields)
        feature.setGeometry(
            QgsGeometry.fromPolylineXY(
                [QgsPointXY(ORIGIN_E + x * width, ORIGIN_N + y * height) for x, y in shape]
            )
        )
        feature.setAttributes([name, kind])
        features.append(feature)
    return features


def _fields(*definitions: tuple[str, QVariant.Type]) -> QgsFields:
    fields = QgsFields()
    for name, kind in definitions:
        fields.append(QgsField(name, kind))
    return fields


def write_layer(path: Path, name: str, geometry_type, fields: QgsFields, features: list[QgsFeature]) -> None:
    """Write one layer into the GeoPackage (created by the first layer, extended by the others)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        str(path), fields, geometry_type, LV95, QgsCoordinateTransformContext(), options
    )
    for feature in features:
        writer.addFeature(feature)
    del writer  # closes the file


def style_zones(layer: QgsVectorLayer) -> None:
    """Categorized fills by zone type."""
    categories = []
    for kind, colour in ZONE_COLOURS.items():
        symbol = QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#333333", "outline_width": "0.3", "outline_width_unit": "MM"}
        )
        symbol.setOpacity(0.8)
        categories.append(QgsRendererCategory(kind, symbol, kind))
    layer.setRenderer(QgsCategorizedSymbolRenderer("zone_type", categories))


def style_population(layer: QgsVectorLayer) -> None:
    """Graduated circles by population."""
    ranges = []
    for lower, upper, label, colour, size in POPULATION_CLASSES:
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": colour,
                "outline_color": "#ffffff",
                "outline_width": "0.4",
                "size": str(size),
            }
        )
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
    layer.setRenderer(QgsGraduatedSymbolRenderer("population", ranges))


def style_roads(layer: QgsVectorLayer) -> None:
    """Categorized lines by road kind."""
    categories = []
    for kind, (colour, width) in ROAD_STYLES.items():
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": str(width), "line_width_unit": "MM"}
        )
        categories.append(QgsRendererCategory(kind, symbol, kind))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))


def build_sample_project(folder: Path, project: QgsProject | None = None, name: str = "sample") -> QgsProject:
    """Write ``<name>-data.gpkg`` and ``<name>-project.qgs`` (the styled layers) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / f"{name}-data.gpkg"
    if data.exists():
        data.unlink()
    zone_fields = _fields(("zone_id", QVariant.Type.String), ("zone_type", QVariant.Type.String))
    people_fields = _fields(("name", QVariant.Type.String), ("population", QVariant.Type.Int))
    road_fields = _fields(("name", QVariant.Type.String), ("kind", QVariant.Type.String))
    write_layer(data, "zones", QgsWkbTypes.Type.Polygon, zone_fields, zone_features(zone_fields))
    write_layer(data, "population", QgsWkbTypes.Type.Point, people_fields, population_features(people_fields))
    write_layer(data, "roads", QgsWkbTypes.Type.LineString, road_fields, road_features(road_fields))

    project = project or QgsProject()
    project.clear()
    project.setCrs(LV95)
    project.setTitle("Zürich sample: zones, population and roads")
    styles = {
        "zones": ("Zones", style_zones),
        "roads": ("Roads", style_roads),
        "population": ("Population", style_population),
    }
    for table, (title, style) in styles.items():
        layer = QgsVectorLayer(f"{data}|layername={table}", title, "ogr")
        assert layer.isValid(), f"could not open {table} in {data}"
        style(layer)
        project.addMapLayer(layer)
    path = folder / f"{name}-project.qgs"
    write_with_map_view(project, path, view_extent())
    # QGIS keeps the previous version as "<name>.qgs~" when it overwrites a project.
    Path(f"{path}~").unlink(missing_ok=True)
    return project


def view_extent() -> QgsRectangle:
    """The map view the sample project opens with: the sample's area and a small margin (LV95)."""
    return sample_extent().buffered(VIEW_MARGIN)


def write_with_map_view(project: QgsProject, path: Path, extent: QgsRectangle) -> None:
    """Save ``project`` so that QGIS opens it showing ``extent``, not an empty canvas at 1:1.

    The desktop restores its map from the ``mapcanvas`` element, which only a map canvas writes; a
    project written headless gets the same element from map settings, and the default view extent.
    """
    crs = project.crs()
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    view = QgsMapSettings()
    view.setDestinationCrs(crs)
    view.setOutputSize(QSize(1000, int(1000 * extent.height() / extent.width())))
    view.setExtent(extent)

    def add_map_canvas(document) -> None:
        canvas = document.createElement("mapcanvas")
        canvas.setAttribute("name", "theMapCanvas")
        canvas.setAttribute("annotationsVisible", "1")
        view.writeXml(canvas, document)
        document.documentElement().appendChild(canvas)

    project.writeProject.connect(add_map_canvas)
    try:
        if not project.write(str(path)):
            raise OSError(f"could not write {path}: {project.error()}")
    finally:
        project.writeProject.disconnect(add_map_canvas)


def project_layers(project: QgsProject) -> list[QgsVectorLayer]:
    """The sample's layers in drawing order, top first (population, roads, zones)."""
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    return [by_name["Population"], by_name["Roads"], by_name["Zones"]]


def render_preview(layers: list, extent: QgsRectangle, path: Path, width: int = 1000) -> Path:
    """Render the layers (top first) over ``extent`` into a PNG, as the QGIS map canvas would draw them."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(LV95)
    settings.setBackgroundColor(QColor("#ffffff"))
    height = int(round(width * extent.height() / extent.width()))
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(96)
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path
