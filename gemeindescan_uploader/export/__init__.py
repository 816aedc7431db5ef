"""Snapshot exporter: QGIS layers and their styling to a Spatial Data Package (qgis.core only)."""
