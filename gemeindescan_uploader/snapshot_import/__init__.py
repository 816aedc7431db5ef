"""Opening a Gemeindescan snapshot in QGIS: GeoPackage layers with symbology, WMS layers, metadata (qgis.core)."""
