"""Which way a layer's features are streamed: one per feature, one run per symbol level, or inverted."""

from __future__ import annotations

from typing import Callable, Optional

from .features import write_layer_features
from .inverted import write_inverted_features
from .report import LayerReport


def features_writer(styler) -> Callable:
    """The function that writes the features of the layer ``styler`` styles (same arguments for all:
    ``write, layer (a PreparedLayer), styler, context, options, report, counter, checked``)."""
    if styler.inverted:
        return write_inverted_features
    if styler.rendering_passes():
        return write_by_symbol_levels
    return write_layer_features


def write_by_symbol_levels(
    write: Callable[[str], object],
    layer,
    styler,
    context,
    options,
    report: LayerReport,
    counter,
    checked,
) -> None:
    """Symbol levels: every feature once per level, all features of a level before the next one.

    The viewer draws a resource's features in order, so a level's strokes (a road network's casings)
    lie under the next level's (the cores) across all features, as QGIS draws them.
    """
    joined = _CommaJoined(write)
    for index, rendering_pass in enumerate(styler.rendering_passes()):
        # The first level counts the features; the others would count them again.
        level_report = (
            report if index == 0 else LayerReport(report.title, report.resource_name, report.mediatype)
        )
        joined.next_run()
        # Every level's features are features of the file: ``checked`` numbers them on across levels.
        write_layer_features(
            joined,
            layer,
            _OneLevel(styler, rendering_pass),
            context,
            options,
            level_report,
            counter,
            checked,
        )


class _OneLevel:
    """A styler that styles features with the symbol layers of one rendering pass only."""

    def __init__(self, styler, rendering_pass: int) -> None:
        self._styler = styler
        self._rendering_pass = rendering_pass

    def style_for(self, feature) -> Optional[dict]:
        """The feature's style in this level (invisible when its symbol has nothing in it)."""
        return self._styler.style_for(feature, self._rendering_pass)

    def shared_style_for(self, feature, values: list) -> Optional[dict]:
        """``style_for`` of a feature whose attributes are ``values``: read the dict, never change it."""
        return self._styler.shared_style_for(feature, values, self._rendering_pass)

    def required_fields(self) -> set[str]:
        """Attribute names the renderer needs."""
        return self._styler.required_fields()

    @property
    def dashed(self) -> bool:
        """Whether some feature may get a dash pattern in its style."""
        return self._styler.dashed

    @property
    def marked(self) -> bool:
        """Whether some feature may get marks in its style (see marks.py)."""
        return self._styler.marked

    def note_approximation(self, text: str) -> None:
        """Add a line to the layer's export report."""
        self._styler.note_approximation(text)


class _CommaJoined:
    """Writes several comma-separated runs of features as one run."""

    def __init__(self, write: Callable[[str], object]) -> None:
        self._write = write
        self._written = False
        self._new_run = False

    def next_run(self) -> None:
        """The next text starts another run: it needs a comma after what was written before."""
        self._new_run = True

    def __call__(self, text: str) -> None:
        if not text:
            return
        if self._new_run and self._written:
            text = "," + text
        self._new_run = False
        self._written = True
        self._write(text)
