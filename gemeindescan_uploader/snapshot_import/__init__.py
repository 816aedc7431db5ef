"""Opening a Gemeindescan snapshot in QGIS: styled GeoPackage layers, WMS layers, metadata (qgis.core)."""
