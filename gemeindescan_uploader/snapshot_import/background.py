"""The Mapbox background: noted in the layer tree, or drawn as a tile layer when the analyst gives a token."""

from __future__ import annotations

import re
from typing import Optional

from qgis.core import QgsDataSourceUri, QgsRasterLayer

from .. import messages
from ..messages import Message

_MAPBOX_STYLE = re.compile(r"^mapbox://styles/([\w.-]+)/([\w.-]+)$")
# The snapshot group remembers its background, so that publishing again can send it along.
BACKGROUND_PROPERTY = "gemeindescan/background"


def background_note(path: str) -> str:
    """The layer tree's note for a background QGIS does not draw."""
    return Message(messages.BACKGROUND_NOT_DRAWN, path=path)


def mapbox_tile_layer(path: str, token: str, title: str) -> Optional[QgsRasterLayer]:
    """Mapbox's raster tiles of the style as an XYZ layer, or None when ``path`` is not a Mapbox style."""
    match = _MAPBOX_STYLE.match(path or "")
    if match is None or not token:
        return None
    user, style = match.groups()
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    # Mapbox's static tiles API serves any style as raster tiles; @2x with ratio 2 keeps text sharp.
    uri.setParam(
        "url",
        f"https://api.mapbox.com/styles/v1/{user}/{style}/tiles/256/{{z}}/{{x}}/{{y}}@2x"
        f"?access_token={token}",
    )
    uri.setParam("zmin", "0")
    uri.setParam("zmax", "22")
    uri.setParam("tilePixelRatio", "2")
    return QgsRasterLayer(bytes(uri.encodedUri()).decode("utf-8"), title, "wms")
