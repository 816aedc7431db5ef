"""Category labels from the snapshot's legend: the entry that draws the same fill and stroke (no QGIS).

The legend does not say which layer an entry belongs to, so an entry is matched by its look; among
equal looks the one with the layer's legend shape wins, and each entry labels one category only.
"""

from __future__ import annotations

from typing import Optional

from .styles import Style

_SHAPE_FOR_KIND = {"point": "circle", "line": "line", "polygon": "square"}
# Opacities and widths are written with 3 decimals; anything closer is the same look.
_TOLERANCE = 0.0015


def labelled_categories(
    styles: dict[str, Style], kind: str, legend: list[dict], layer_title: str, used: Optional[set[int]] = None
) -> list[tuple[str, str]]:
    """``(category key, label)`` in legend order; styles the legend does not name follow, described.

    ``used`` collects the legend entries already taken (shared across the snapshot's layers).
    """
    used = used if used is not None else set()
    largest = max((style.radius_m or style.marker_px or 0.0 for style in styles.values()), default=0.0)
    named: list[tuple[int, str, str]] = []
    unnamed: list[tuple[str, str]] = []
    for key, style in styles.items():
        index = _matching_entry(style, kind, legend, used, largest)
        if index is not None:
            used.add(index)
            named.append((index, key, str(legend[index].get("label") or "")))
        else:
            unnamed.append((key, layer_title if len(styles) == 1 else describe(style, kind)))
    return [(key, label) for _, key, label in sorted(named)] + unnamed


def _matching_entry(
    style: Style, kind: str, legend: list[dict], used: set[int], largest: float
) -> Optional[int]:
    """The first unused entry with the same look, preferring the layer's shape and (points) relative size.

    The exporter writes a point entry's ``size`` as its marker's diameter relative to the layer's largest
    one, so circles of one colour but different radii still find their own entries.
    """
    candidates = [
        index for index, entry in enumerate(legend) if index not in used and _same_look(style, entry, kind)
    ]
    if not candidates:
        return None
    size = (style.radius_m or style.marker_px or 0.0) / largest if kind == "point" and largest > 0 else None

    def mismatch(index: int) -> tuple[bool, float]:
        entry = legend[index]
        entry_size = entry.get("size")
        size_off = abs(float(entry_size) - size) if size is not None and _is_number(entry_size) else 0.0
        return entry.get("shape") != _SHAPE_FOR_KIND[kind], round(size_off, 2)

    return min(candidates, key=lambda index: (mismatch(index), index))


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _same_look(style: Style, entry: dict, kind: str) -> bool:
    """Whether a legend entry draws ``style`` (a line's fill is never drawn, so it does not count)."""
    try:
        stroke_same = (
            str(entry.get("strokeColor", "")).lower() == style.stroke
            and abs(float(entry["strokeOpacity"]) - style.stroke_opacity) < _TOLERANCE
            and abs(float(entry["strokeWidth"]) - style.stroke_width) < _TOLERANCE
        )
        return stroke_same and (
            kind == "line"
            or (
                str(entry.get("fillColor", "")).lower() == style.fill
                and abs(float(entry["fillOpacity"]) - style.fill_opacity) < _TOLERANCE
            )
        )
    except (KeyError, TypeError, ValueError):
        return False


def describe(style: Style, kind: str) -> str:
    """A short label for a style the legend does not name, e.g. ``#ff0000, outline #000000``."""
    if kind == "line":
        return f"{style.stroke}, {style.stroke_width:g} px"
    if style.radius_m is not None:
        # untranslated: a category label stored in the project, like the legend labels of the snapshot
        return f"{style.fill}, radius {style.radius_m:g} m"
    return f"{style.fill}, outline {style.stroke}"
