"""The golden exporter cases: layers and extent in, ``tests/data/expected/<case>.json`` out.

Each case returns ``(layers, context, options, metadata)``. Expected files were checked by hand
(coordinates against swisstopo's LV95 → WGS 84 formulas, styles against the .qml files); see
``test_export_golden.py`` for the independent checks. Widths are CSS px of 25.4 / 96 = 0.26458 mm, 3
decimals: the polygons' 0.5 mm outline 1.890 px, the line's 0.8 mm 3.024 px, the points' 0.2 mm 0.756 px.
"""

from __future__ import annotations

from qgis.core import QgsField, QgsRasterLayer
from qgis.PyQt.QtCore import QDate, QVariant

from gemeindescan_uploader.export.options import ExportOptions
from tests.export_helpers import context, memory_layer, metadata

# A 100 m square extent in LV95 whose south-west corner is swisstopo's reference point at Bern
# (2 600 000 / 1 200 000 = 46° 57' 3.9" N, 7° 26' 19.1" E).
EXTENT = (2600000, 1200000, 2600100, 1200100)


def _square(x: float, y: float, side: float) -> str:
    return f"Polygon(({x} {y}, {x + side} {y}, {x + side} {y + side}, {x} {y + side}, {x} {y}))"


def parcels_layer(name: str = "Parzellen"):
    """Four LV95 squares: inside, touching the east edge, across the north-east corner, outside."""
    fields = [
        QgsField("name", QVariant.String),
        QgsField("flaeche", QVariant.Double),
        QgsField("nummer", QVariant.Int),
    ]
    rows = [
        (_square(2600010, 1200010, 20), ["inside", 400.0, 1]),
        (_square(2600100, 1200040, 20), ["touches east edge", 400.0, 2]),
        (_square(2600090, 1200090, 20), ["across corner", 400.0, 3]),
        (_square(2600200, 1200200, 20), ["outside", 400.0, 4]),
    ]
    return memory_layer(name, "Polygon", "EPSG:2056", fields, rows, "golden_polygon_red.qml")


def case_lv95_polygons():
    """LV95 polygons cropped to the extent: touching and crossing features kept whole."""
    return [parcels_layer()], context(*EXTENT), ExportOptions(), metadata()


def case_clipped_polygons():
    """The same polygons clipped: the crossing one is cut, the one only touching the edge is gone."""
    return [parcels_layer()], context(*EXTENT), ExportOptions(clip=True), metadata()


def case_non_ascii():
    """Non-ASCII layer names, field names and values; two layers of the same name get unique slugs.

    The 4 mm circles get radius 3.078 m (3 decimals): the viewer shows the 100 m square at its maximum
    zoom 18 (it would fit up to 2^19.7), where an L.Circle radius of
    2 pi x 6371 km x cos(46.9529 N) / (256 x 2^18) = 0.40717 m is one CSS px; 4 mm = 15.118 px of
    0.26458 mm, half of it times 0.40717 m = 3.078 m.
    """
    fields = [
        QgsField("Art", QVariant.String),
        QgsField("Höhe (m)", QVariant.Double),
        QgsField("gepflanzt", QVariant.Date),
        QgsField("Notiz", QVariant.String),
    ]
    rows = [
        ("Point(2600020 1200020)", ["Linde", 12.5, QDate(1999, 4, 30), 'Sagt "Grüezi"\nzweite Zeile ✓']),
        ("Point(2600050 1200080)", ["Eiche – Quercus", None, None, None]),
    ]
    trees = memory_layer(
        "Bäume & Sträucher – Zürich", "Point", "EPSG:2056", fields, rows, "golden_point_green.qml"
    )
    lines = memory_layer(
        "Bäume & Sträucher – Zürich",
        "LineString",
        "EPSG:2056",
        [QgsField("Straße", QVariant.String)],
        [("LineString(2600000 1200050, 2600100 1200050)", ["Bümplizstraße"])],
        "golden_line_blue.qml",
    )
    return [trees, lines], context(*EXTENT), ExportOptions(), metadata(title="Grünflächen Zürich")


def case_empty_layer():
    """A layer without features still becomes a resource (an empty collection) with its legend."""
    layer = memory_layer(
        "Leer", "LineString", "EPSG:2056", [QgsField("name", QVariant.String)], [], "golden_line_blue.qml"
    )
    return [layer], context(*EXTENT), ExportOptions(), metadata()


def case_invalid_geometries():
    """A bow-tie is repaired into two triangles; NULL and empty geometries are skipped."""
    fields = [QgsField("name", QVariant.String)]
    rows = [
        (
            "Polygon((2600010 1200010, 2600030 1200030, 2600030 1200010, 2600010 1200030, 2600010 1200010))",
            ["bow-tie"],
        ),
        (None, ["no geometry"]),
        ("Polygon EMPTY", ["empty"]),
        (_square(2600050, 1200050, 10), ["valid"]),
    ]
    layer = memory_layer("Ungültig", "Polygon", "EPSG:2056", fields, rows, "golden_polygon_red.qml")
    return [layer], context(*EXTENT), ExportOptions(), metadata()


def case_multipolygon_z():
    """MultiPolygon Z: Z dropped, both parts kept, coordinates rounded to 6 decimals."""
    wkt = (
        "MultiPolygonZ(((2600010 1200010 540, 2600020 1200010 541, 2600020 1200020 542, "
        "2600010 1200010 540)),((2600060 1200060 550, 2600070 1200060 551, 2600070 1200070 552, "
        "2600060 1200060 550)))"
    )
    layer = memory_layer(
        "Gebäude 3D",
        "MultiPolygonZ",
        "EPSG:2056",
        [QgsField("egid", QVariant.Int)],
        [(wkt, [190000001])],
        "golden_polygon_red.qml",
    )
    return [layer], context(*EXTENT), ExportOptions(), metadata()


def wms_layer(base_url: str) -> QgsRasterLayer:
    """A WMS layer of two sub-layers from the local test WMS, at 60 % opacity."""
    source = (
        f"crs=EPSG:2056&format=image/png&layers=ch.swisstopo.pixelkarte-farbe&layers=ch.are.bauzonen"
        f"&styles&styles=default&url={base_url}"
    )
    layer = QgsRasterLayer(source, "Bauzonen (WMS)", "wms")
    assert layer.isValid(), layer.error().summary()
    layer.renderer().setOpacity(0.6)
    return layer


def case_wms(base_url: str):
    """A WMS layer under a vector layer, and a Mapbox background under both."""
    layers = [parcels_layer(), wms_layer(base_url)]
    options = ExportOptions(background="mapbox://styles/gemeindescan/ckc4sha4310d21iszp8ri17u2")
    return layers, context(*EXTENT), options, metadata()


CASES = {
    "lv95_polygons": case_lv95_polygons,
    "clipped_polygons": case_clipped_polygons,
    "non_ascii": case_non_ascii,
    "empty_layer": case_empty_layer,
    "invalid_geometries": case_invalid_geometries,
    "multipolygon_z": case_multipolygon_z,
}
