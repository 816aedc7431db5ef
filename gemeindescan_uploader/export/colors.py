"""Colours and opacities as the viewer wants them: ``#rrggbb`` lower case and opacity 0..1 (3 decimals)."""

from __future__ import annotations

from qgis.PyQt.QtGui import QColor

# Image symbols (raster markers and fills) have no colour of their own; the viewer gets a neutral grey.
NEUTRAL_GREY = "#808080"


def hex_colour(colour: QColor) -> str:
    """``#rrggbb`` in lower case (the alpha goes into the opacity); invalid colours give neutral grey."""
    return colour.name().lower() if colour.isValid() else NEUTRAL_GREY


def alpha(colour: QColor) -> float:
    """The colour's own alpha as 0..1 (0 for an invalid colour)."""
    return colour.alphaF() if colour.isValid() else 0.0


def opacity(value: float) -> float:
    """An opacity clamped to 0..1 and rounded to 3 decimals."""
    return round(min(1.0, max(0.0, value)), 3)
