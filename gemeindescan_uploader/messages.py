"""The message catalogue: each sentence the core shows an analyst, as an English template plus its data.

The core and the client raise errors and write report lines as ``Message`` objects. A Message *is*
its English sentence (a ``str``), so the command line, logs and tests read it as before; it also
keeps its template and data, so the QGIS side can render the same message in the analyst's language
(``translation.localized``). Plain Python: no Qt, no QGIS, usable from the client.

Templates are marked with ``QT_TRANSLATE_NOOP("Gemeindescan", ...)``: ``make translations`` (pylupdate5)
collects them into ``i18n/*.ts``. Placeholders are named (``{layer}``) so a translation may reorder them.
"""

from __future__ import annotations

from typing import Callable, Iterable, Mapping

#: The Qt translation context of every text of the plugin.
CONTEXT = "Gemeindescan"

Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 looks for)
    """Mark ``text`` as translatable under ``context``; the text itself stays English here."""
    return text


class Message(str):
    """An English sentence that keeps its template and data, so that it can be shown in another language."""

    template: str
    data: Mapping[str, object]

    def __new__(cls, template: str, **data: object) -> Message:
        english = template.format(**data)
        message = super().__new__(cls, english)
        message.template = template
        message.data = data
        return message

    def translated(self, translate: Translate) -> str:
        """This sentence with its template, and any message in its data, run through ``translate``."""
        data = {name: translated(value, translate) for name, value in self.data.items()}
        try:
            return translate(self.template).format(**data)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the error it was meant to explain.
            return self.template.format(**data)


class Joined(str):
    """Several messages in one line, each rendered on its own (e.g. a report's parts)."""

    separator: str
    parts: tuple

    def __new__(cls, separator: str, parts: Iterable[str]) -> Joined:
        parts = tuple(parts)
        joined = super().__new__(cls, separator.join(parts))
        joined.separator = separator
        joined.parts = parts
        return joined

    def translated(self, translate: Translate) -> str:
        """The parts rendered through ``translate`` and joined again."""
        return self.separator.join(translated(part, translate) for part in self.parts)


def translated(text: object, translate: Translate) -> object:
    """``text`` rendered through ``translate`` if it is a catalogue message; anything else unchanged."""
    # Asked by behaviour, not class: the core may be imported under two package names (plugin, tests).
    render = getattr(text, "translated", None)
    return render(translate) if callable(render) else text


def counted(count: int, singular: str, plural: str, **data: object) -> Message:
    """The singular or plural template for ``count`` (German, French and Italian need no other forms)."""
    return Message(singular if count == 1 else plural, count=count, **data)


# --- Layers a snapshot cannot carry (export/layers.py, export/symbology.py) ---
LAYER_NOT_LOADED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Layer “{layer}” could not be loaded (its data source is missing or unreadable)."
)
LAYER_IS_TABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Layer “{layer}” is a table without geometry; a snapshot can only show map layers."
)
LAYER_MIXED_GEOMETRY = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Layer “{layer}” has no single geometry type (points, lines or polygons); "
    "split it by geometry type to export it.",
)
LAYER_WITHOUT_CRS = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Layer “{layer}” has no coordinate reference system; set it in the layer's "
    "properties (Source) to export it.",
)
LAYER_IS_HEATMAP = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Layer “{layer}” is drawn as a heatmap, which a snapshot cannot show; give it "
    "a symbol (e.g. single symbol or categorized) to export its points.",
)
LAYER_IS_TILE_SERVICE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Layer “{layer}” is a tile service (XYZ or WMTS); "
    "a snapshot can carry WMS layers but not tile services.",
)
LAYER_IS_RASTER = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Layer “{layer}” is a raster layer that is not a WMS; a snapshot can carry vector "
    "layers and WMS layers only.",
)
LAYER_OF_OTHER_KIND = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Layer “{layer}” is of a kind a snapshot cannot carry (only vector and WMS layers)."
)
LAYER_NOTHING_TO_DRAW = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The layer “{layer}” has no geometry to draw, so it cannot go on the map."
)
MISSING_LAYER = QT_TRANSLATE_NOOP("Gemeindescan", "(missing layer)")
NO_LAYER_TO_EXPORT = QT_TRANSLATE_NOOP(
    "Gemeindescan", "There is no layer to export: choose at least one vector or WMS layer."
)

# --- Export options, project and extent (export/package.py, project.py, bounds.py) ---
BACKGROUND_NOT_MAPBOX = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The background “{background}” is not a Mapbox style ({example})."
)
PRECISION_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The coordinate precision must be 0 to {maximum} decimals, not {precision}."
)
PROJECT_UNREADABLE = QT_TRANSLATE_NOOP("Gemeindescan", "The QGIS project {path} could not be read.")
PROJECT_HAS_NO_SUCH_LAYER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The project has no layer named “{layer}” (layers: {known})."
)
NO_LAYERS = QT_TRANSLATE_NOOP("Gemeindescan", "none")
PROJECT_HAS_SEVERAL_SUCH_LAYERS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Several layers are named “{layer}”; give one of their ids instead: {ids}."
)
PROJECT_HAS_NO_EXTENT = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The project has no saved map extent and its layers have none either (are they empty?); give one "
    "with --extent.",
)
EXTENT_WITHOUT_CRS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map extent has no coordinate reference system; give the extent's CRS."
)
EXTENT_NOT_TRANSFORMABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map extent cannot be converted to WGS 84 (latitude/longitude)."
)
FILE_NOT_WRITABLE = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot file {path} cannot be written: {reason}.")
EXPORT_CANCELLED = QT_TRANSLATE_NOOP("Gemeindescan", "Export cancelled.")

# --- The export report (export/report.py): one line, parts joined with "; " ---
REPORT_LAYER_WMS = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: WMS")
REPORT_LAYER_ONE_FEATURE = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: {count} feature")
REPORT_LAYER_FEATURES = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: {count} features")
REPORT_LAYER_WITH_DETAILS = QT_TRANSLATE_NOOP("Gemeindescan", "{features} ({details})")
REPORT_NOT_DRAWN = QT_TRANSLATE_NOOP("Gemeindescan", "{count} not drawn")
REPORT_EMPTY_GEOMETRY = QT_TRANSLATE_NOOP("Gemeindescan", "{count} empty or no geometry")
REPORT_OUTSIDE_EXTENT = QT_TRANSLATE_NOOP("Gemeindescan", "{count} outside the extent")
REPORT_NOT_TRANSFORMABLE = QT_TRANSLATE_NOOP("Gemeindescan", "{count} not transformable to WGS 84")
REPORT_REPAIRED = QT_TRANSLATE_NOOP("Gemeindescan", "{count} invalid repaired")
REPORT_LAYER_REFUSED = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: refused ({reason})")
REPORT_NOTHING_EXPORTED = QT_TRANSLATE_NOOP("Gemeindescan", "nothing exported")

# --- The server conversation (client/): only what the QGIS side must show translated ---
WRONG_LOGIN = QT_TRANSLATE_NOOP("Gemeindescan", "The username or password is not correct.")

# --- Opening a snapshot in QGIS (snapshot_import/) ---
NO_SUCH_FILE = QT_TRANSLATE_NOOP("Gemeindescan", "There is no file {path}.")
OPEN_NOT_JSON = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The file {name} is not valid JSON, so it is not a snapshot. Choose a snapshot file (.json) exported "
    "from QGIS or downloaded from Gemeindescan.",
)
OPEN_PLAIN_GEOJSON = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "{where} is plain GeoJSON, not a snapshot. Open it with Layer ▸ Add Layer ▸ Add Vector Layer instead.",
)
OPEN_NO_RESOURCES = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "{where} is not a Gemeindescan snapshot: it has no list of resources (layers). Choose a snapshot file "
    "exported from QGIS or downloaded from Gemeindescan.",
)
OPEN_NO_LAYER = QT_TRANSLATE_NOOP("Gemeindescan", "{where} holds no layer that QGIS can open: {reasons}")
OPEN_NOTHING_GIVEN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Give a snapshot file, or the link or id of a snapshot."
)
OPEN_NOT_A_LINK = QT_TRANSLATE_NOOP(
    "Gemeindescan", "“{text}” is not a link to a snapshot (it should start with https://)."
)
OPEN_NO_FILE_NO_SERVER = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "There is no file “{text}”. To open a snapshot from the server, give its link, or its id together "
    "with the server address.",
)
OPEN_NAMES_NO_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "“{text}” names no snapshot. Give the snapshot's link (like https://gemeindescan.ch/8OK4XB/) or its "
    "id (like 8OK4XB).",
)
GEOPACKAGE_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The GeoPackage {name} could not be written: {reason}"
)
GEOPACKAGE_FEATURE_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "A feature of “{layer}” could not be written to the GeoPackage."
)
OPEN_CANCELLED = QT_TRANSLATE_NOOP("Gemeindescan", "Opening the snapshot was cancelled.")
OPEN_FID_RENAMED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "{layer}: the property “fid” is kept as “fid_snapshot” (it cannot be the GeoPackage's feature id)",
)
OPEN_LAYER_NOT_READ_BACK = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The layer “{layer}” written to {path} cannot be read back."
)
OPEN_STYLE_NOT_STORED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The style of “{layer}” could not be stored in the GeoPackage."
)
OPEN_LAYER_UNREADABLE = QT_TRANSLATE_NOOP("Gemeindescan", "The layer “{layer}” in {path} cannot be read.")
OPENED_LAYER_ONE_STYLE = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: {count} features, {styles} style")
OPENED_LAYER_STYLES = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: {count} features, {styles} styles")
OPENED_ONE_REPAIRED = QT_TRANSLATE_NOOP("Gemeindescan", "{count} invalid geometry repaired")
OPENED_REPAIRED = QT_TRANSLATE_NOOP("Gemeindescan", "{count} invalid geometries repaired")
OPENED_UNREADABLE = QT_TRANSLATE_NOOP("Gemeindescan", "{count} with unreadable geometry left out")
OPENED_WITHOUT_GEOMETRY = QT_TRANSLATE_NOOP("Gemeindescan", "{count} without geometry")
OPENED_IGNORED_KEYS = QT_TRANSLATE_NOOP("Gemeindescan", "style keys ignored: {keys}")
OPENED_SKIPPED = QT_TRANSLATE_NOOP("Gemeindescan", "not opened: {reason}")
OPEN_SNAPSHOT_WITHOUT_MAP = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The snapshot {pk} on the server has no map yet: nothing was uploaded to it. Publish to it first, or "
    "choose another snapshot.",
)


# --- What the viewer draws differently, and layers hidden at the export scale (export/) ---
APPROX_DASHES = QT_TRANSLATE_NOOP("Gemeindescan", "dash patterns drawn as solid lines")
APPROX_DASHES_UNALIGNED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "dash patterns not fitted to line ends and corners"
)
APPROX_DASHES_TOO_MANY = QT_TRANSLATE_NOOP("Gemeindescan", "lines with too many dashes drawn solid")
APPROX_OFFSETS = QT_TRANSLATE_NOOP("Gemeindescan", "symbol offsets ignored (drawn on the feature itself)")
APPROX_MARKERS_INSIDE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "markers inside polygons (centroid fill, generated points) not drawn"
)
APPROX_VECTOR_FIELD = QT_TRANSLATE_NOOP("Gemeindescan", "vector field lines not drawn")
APPROX_MARKS_TOO_MANY = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "too many offset lines or marker shapes to draw: some features show them as before (flat colour, or "
    "not at all)",
)
APPROX_INVERTED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "inverted polygons: one area around them per symbol, without the features' attributes"
)
ALL_LAYERS_HIDDEN = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Every chosen layer is hidden at the export scale 1:{scale} (scale-dependent visibility). Zoom to a "
    "scale at which QGIS shows them, or change their visibility range in the layer properties (Rendering).",
)
HIDDEN_FROM_SCALE = QT_TRANSLATE_NOOP("Gemeindescan", "from 1:{scale} in")
HIDDEN_UP_TO_SCALE = QT_TRANSLATE_NOOP("Gemeindescan", "up to 1:{scale}")
HIDDEN_BOTH_RANGES = QT_TRANSLATE_NOOP("Gemeindescan", "{first} and {second}")
HIDDEN_AT_SCALE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "hidden at the export scale 1:{scale}; QGIS shows it only {ranges}"
)
REPORT_LAYER_LEFT_OUT = QT_TRANSLATE_NOOP("Gemeindescan", "{layer}: left out ({reason})")

# --- The pipeline and its task (export/prepare.py, progress.py, pipeline.py, tasks.py) ---
LAYER_REMOVED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "A layer chosen for the snapshot has been removed from the project; choose the layers again.",
)
PUBLISH_CANCELLED = QT_TRANSLATE_NOOP("Gemeindescan", "Publishing was cancelled.")
UPLOAD_CANCELLED = QT_TRANSLATE_NOOP("Gemeindescan", "Publishing was cancelled during the upload.")
PREPARE_FAILED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The export could not be prepared because of an unexpected error; the details are in the Gemeindescan "
    "log.",
)
PUBLISH_FAILED_UNEXPECTEDLY = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Publishing stopped because of an unexpected error; the details are in the Gemeindescan log.",
)
