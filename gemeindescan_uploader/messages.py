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
    "too many shapes to draw (offset lines, marker shapes, dashed outlines, pattern lines or dots): some "
    "features show them as before (a flat colour, or not at all)",
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

# --- A publish that stopped halfway (errors.py, publish.py): what exists now and how to complete it ---
HINT_PUBLISH_AGAIN = QT_TRANSLATE_NOOP("Gemeindescan", "Publish again to snapshot {pk} to complete it.")
CREATED_WITHOUT_FILE = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot {pk} was created without its file.")
CREATION_UNKNOWN = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "It is not known whether the server created the snapshot: publishing again with the same title, "
    "topic, municipality and workspace completes it if it exists, without making a second one.",
)
SNAPSHOT_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The snapshot {pk} is not in workspace {workspace}; nothing was changed. {where}"
)
ELSEWHERE_IN_YOURS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "It is in your workspace {home}: {url}. Give that workspace to update it."
)
ELSEWHERE_SOMEONE_ELSES = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "It is probably someone else's: {url}. Give the workspace it belongs to, or leave out the snapshot "
    "to update to publish a new one.",
)
LOGIN_CANCELLED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Publishing was cancelled while logging in; nothing was created on the server."
)
SOMETHING_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Something unexpected went wrong; the details are in the Gemeindescan log."
)
CANCELLED = QT_TRANSLATE_NOOP("Gemeindescan", "Cancelled.")

# --- What the pipeline is doing (pipeline.py; shown in Processing's log) ---
PROGRESS_EXPORTING = QT_TRANSLATE_NOOP("Gemeindescan", "Exporting {count} layer(s) to {path}")
PROGRESS_CHECKED_WHILE_WRITING = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Checked the snapshot file {name} while writing it: the platform can show it."
)
PROGRESS_CHECKED_BEFORE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{name} was checked when it was written and has not changed since."
)
PROGRESS_LOGGING_IN = QT_TRANSLATE_NOOP("Gemeindescan", "Logging in to {server} as {username}")
PROGRESS_UPDATING = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Updating snapshot {pk} in workspace {workspace} and uploading {name}"
)
PROGRESS_CREATING = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Creating a snapshot in workspace {workspace} and uploading {name}"
)
PROGRESS_PUBLISHED = QT_TRANSLATE_NOOP("Gemeindescan", "Published snapshot {pk}: {url}")

# --- An output file that would destroy something (output_paths.py) ---
OUTPUT_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The output {output} is a folder; give a file name such as {example}."
)
OUTPUT_WOULD_DESTROY = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The output file {name} is {what}: writing the snapshot there would destroy it. Choose another file "
    "name.",
)
PROTECTED_INPUT = QT_TRANSLATE_NOOP("Gemeindescan", "the file being published")
PROTECTED_PROJECT = QT_TRANSLATE_NOOP("Gemeindescan", "the QGIS project itself")
PROTECTED_AUXILIARY_STORAGE = QT_TRANSLATE_NOOP("Gemeindescan", "the project's auxiliary storage")
PROTECTED_LAYER_DATA = QT_TRANSLATE_NOOP("Gemeindescan", "the data of the layer '{layer}'")
PROTECTED_LAYER_DATABASE = QT_TRANSLATE_NOOP("Gemeindescan", "a database file of the layer '{layer}'")

# --- What the client checks before it asks the server (client/addresses.py, ids.py, inputs.py) ---
WHAT_SERVER_ADDRESS = QT_TRANSLATE_NOOP("Gemeindescan", "server address")
WHAT_WEBSITE_ADDRESS = QT_TRANSLATE_NOOP("Gemeindescan", "website address")
WHAT_WORKSPACE_LINK = QT_TRANSLATE_NOOP("Gemeindescan", "workspace link")
ADDRESS_WITH_LOGIN = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Give the {what} without a username or password in it (like https://host/); the login is asked for "
    "separately.",
)
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "'{text}' is not a {what} (expected https://… or http://…)."
)
ADDRESS_OF_A_SERVICE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "'{address}' is the address of one of the server's services, not of the server. Use {base} as server "
    "address.",
)
ADDRESS_WITH_QUERY = QT_TRANSLATE_NOOP("Gemeindescan", "Give the server address without '?…' or '#…': {base}")
NOT_AN_ID = QT_TRANSLATE_NOOP("Gemeindescan", "'{text}' is not a valid Gemeindescan id.")
NOT_A_SNAPSHOT_ID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "'{text}' is not a snapshot id (expected something like 8OK4XB)."
)
NOT_A_WORKSPACE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "'{text}' is not a workspace. Give the workspace id (like B5BXT), or paste the link of the workspace "
    "from the Gemeindescan website.",
)
NO_WORKSPACE_GIVEN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "No workspace given. Give the workspace id (like B5BXT) or its link."
)
NOT_A_BFS_NUMBER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "'{text}' is not a BfS number. A BfS number is a whole number, like 261."
)
FIELD_TITLE = QT_TRANSLATE_NOOP("Gemeindescan", "title")
FIELD_TOPIC = QT_TRANSLATE_NOOP("Gemeindescan", "topic")
TEXT_MISSING = QT_TRANSLATE_NOOP("Gemeindescan", "Give the snapshot a {what}.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The {what} is {length} characters long; the server allows at most {maximum}."
)
TEXT_WITH_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The {what} contains a control character; type it again without it."
)
LOGIN_NEEDS_BOTH = QT_TRANSLATE_NOOP("Gemeindescan", "Give a username and a password to log in.")

# --- The server conversation (client/session.py, graphql.py, upload.py, __init__.py) ---
# The step a failure happened in; each sentence says "… while {step}", so translate the step with the
# word that joins it ("beim Anmelden", "pendant la connexion", "durante l'accesso").
STEP_LOGIN_PAGE = QT_TRANSLATE_NOOP("Gemeindescan", "opening the login page")
STEP_LOGIN = QT_TRANSLATE_NOOP("Gemeindescan", "logging in")
STEP_LOGOUT = QT_TRANSLATE_NOOP("Gemeindescan", "logging out")
STEP_CREATE = QT_TRANSLATE_NOOP("Gemeindescan", "creating the snapshot")
STEP_UPDATE = QT_TRANSLATE_NOOP("Gemeindescan", "updating the snapshot")
STEP_UPLOAD = QT_TRANSLATE_NOOP("Gemeindescan", "uploading the snapshot file")
STEP_READ = QT_TRANSLATE_NOOP("Gemeindescan", "reading from the server")
# The service a wrong address lacks ("… it has no {service}").
SERVICE_LOGIN_PAGE = QT_TRANSLATE_NOOP("Gemeindescan", "login page")
SERVICE_LOGIN_FORM = QT_TRANSLATE_NOOP("Gemeindescan", "login form")
SERVICE_GRAPHQL = QT_TRANSLATE_NOOP("Gemeindescan", "data service (/graphql/)")
SERVICE_UPLOAD = QT_TRANSLATE_NOOP("Gemeindescan", "snapshot upload")
PROXY_REFUSED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The proxy between this computer and the Gemeindescan server refused its login. Check the proxy's "
    "username and password in the proxy settings.",
)
LOGIN_REDIRECTED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server sends the login to {location}. Use that address (without the /account/login/ part) as "
    "server address.",
)
LOGIN_NOT_STARTED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server did not start a login (no security token). Is this address a Gemeindescan server?",
)
LOGIN_CSRF_REFUSED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server refused the login for security reasons (its CSRF check failed). Check that the server "
    "address starts with the right http:// or https://.",
)
LOGIN_WITHOUT_SESSION = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server accepted the login but kept no session. Check that the server address starts with the "
    "right http:// or https://.",
)
SESSION_EXPIRED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Your Gemeindescan session has expired. Please log in again."
)
NOT_LOGGED_IN = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "You are not logged in to the Gemeindescan server, or your session has expired. Please log in again.",
)
SERVER_GATEWAY_FAILED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The Gemeindescan server did not answer while {step}: the gateway in front of it answered HTTP "
    "{status} (server down or overloaded). Try again later.",
)
SERVER_FAILED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The Gemeindescan server failed while {step} (HTTP {status}, an internal error on its side). Try "
    "again later; if it keeps failing, tell the server's administrator.",
)
SERVER_MISUNDERSTOOD = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server at {server} did not understand the request while {step}; it may run another version of "
    "Gemeindescan. Tell the server's administrator.",
)
NOT_A_GEMEINDESCAN_SERVER = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The address {server} does not lead to a Gemeindescan server: it has no {service}. Check the server "
    "address.",
)
PROXY_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot reach the proxy {proxy} while {step}. Check the proxy setting (in QGIS: Settings > Options > "
    "Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.",
)
PROXY_OF_THIS_CONNECTION_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot reach the proxy set for this connection while {step}. Check the proxy setting (in QGIS: "
    "Settings > Options > Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.",
)
CONNECT_TIMEOUT = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The Gemeindescan server at {server} did not accept a connection within {seconds:g} s while {step}. "
    "Check the address and your network connection, or try again later.",
)
IDLE_TIMEOUT = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The Gemeindescan server at {server} stopped answering while {step} (nothing for {seconds:g} s). Try "
    "again later.",
)
NAME_NOT_RESOLVED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot find the server {host} while {step}: the name does not resolve. Check the server address and "
    "your network connection.",
)
CONNECTION_REFUSED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot reach the Gemeindescan server at {server} while {step}: the connection was refused. Check the "
    "address and that the server is running.",
)
CONNECTION_BROKE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The connection to the Gemeindescan server at {server} broke while {step}. Check your network "
    "connection and try again.",
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot reach the Gemeindescan server at {server} while {step}. Check the address and your network "
    "connection.",
)
NO_HTTPS = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server at {server} does not speak HTTPS (no secure connection) while {step}. Check the address; "
    "if the server really runs without HTTPS, its address is {plain}.",
)
CERTIFICATE_FOR_OTHER_ADDRESS = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The certificate of {host} is made out for another address, so no secure connection to the "
    "Gemeindescan server was opened while {step}. Use the address the server's certificate names (ask its "
    "administrator which).",
)
CERTIFICATE_NOT_TRUSTED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The certificate of {host} is not trusted ({reason}), so no secure connection to the Gemeindescan "
    "server was opened while {step}. {advice}",
)
CERTIFICATE_NO_AUTHORITY = QT_TRANSLATE_NOOP(
    "Gemeindescan", "no authority this computer trusts vouches for it"
)
CERTIFICATE_EXPIRED = QT_TRANSLATE_NOOP("Gemeindescan", "it has expired")
CERTIFICATE_UNKNOWN_AUTHORITY = QT_TRANSLATE_NOOP(
    "Gemeindescan", "it is signed by an authority this computer does not trust"
)
CERTIFICATE_ADVICE = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "If your organisation inspects HTTPS traffic, add its root certificate to this computer's trusted "
    "certificates (on the command line: REQUESTS_CA_BUNDLE).",
)
TLS_FAILED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "Cannot open a secure connection to the Gemeindescan server {host} while {step} (TLS problem). Check "
    "the address and your network connection.",
)
NOT_A_GEMEINDESCAN_ANSWER = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server answered something that is not a Gemeindescan answer. Check the server address.",
)
REQUESTS_REDIRECTED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The server sends its requests on to {location}. Use {suggestion} as server address."
)
NO_SUCH_BFS_NUMBER = QT_TRANSLATE_NOOP("Gemeindescan", "No municipality has this BfS number.")
NO_MUNICIPALITY_WITH_BFS_NUMBER = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "No municipality has the BfS number {number}. Check the number in the list of municipalities.",
)
BFS_NUMBER_NOT_WHOLE = QT_TRANSLATE_NOOP("Gemeindescan", "The BfS number must be a whole number, like 261.")
NO_SUCH_WORKSPACE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "This workspace does not exist on the server. Check the workspace id or link."
)
NO_SUCH_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Gemeindescan", "This snapshot does not exist on the server. Check the snapshot id."
)
ID_MALFORMED = QT_TRANSLATE_NOOP("Gemeindescan", "The workspace or snapshot id is malformed.")
TITLE_OR_TOPIC_TOO_LONG = QT_TRANSLATE_NOOP("Gemeindescan", "The title or topic is too long for the server.")
SERVER_COULD_NOT = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The Gemeindescan server could not do this. Try again later or tell the server's administrator.",
)
WORKSPACE_NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The workspace {workspace} does not exist on the server. Check the workspace id or link."
)
SNAPSHOT_NOT_ON_SERVER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The snapshot {pk} does not exist on the server. Check the snapshot id."
)
SNAPSHOT_FILE_UNREADABLE = QT_TRANSLATE_NOOP("Gemeindescan", "Cannot read the snapshot file {path}.")
UPLOAD_NOT_STORED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server answered the upload but did not store the snapshot file (the file was lost on the way).",
)
FILE_REFUSED = QT_TRANSLATE_NOOP("Gemeindescan", "The server refused the file: {reason}")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The server refused the file: it is too large for this server ({size} MB)."
)
UPLOAD_CSRF_REFUSED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The server refused the upload for security reasons (its CSRF check failed). Check that the server "
    "address starts with the right http:// or https://, then publish again.",
)
UPLOAD_TO_MISSING_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The snapshot {pk} does not exist on the server."
)
UPLOAD_REDIRECTED = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The server redirected the upload instead of storing the file. Check the server address."
)

# --- What keeps the platform from showing a snapshot file (validation.py) ---
# Names in quotes or after "key"/"media type" are the file's own (JSON) words and stay as they are.
FILE_NOT_A_SNAPSHOT_OBJECT = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The file is not a snapshot: its top level is not a JSON object."
)
FILE_DOES_NOT_EXIST = QT_TRANSLATE_NOOP("Gemeindescan", "The file {path} does not exist.")
FILE_NOT_JSON = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The file {name} is not a valid JSON file, so it cannot be a snapshot."
)
JSON_NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("Gemeindescan", "nested too deeply")
FILE_CANNOT_BE_SHOWN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The file {name} is not a snapshot the platform can show: {problem}"
)
CHECKED_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot")
CHECKED_LAYER = QT_TRANSLATE_NOOP("Gemeindescan", "Layer {name}")
CHECKED_RESOURCE = QT_TRANSLATE_NOOP("Gemeindescan", "Resource {number}")
NEEDS_LICENCE = QT_TRANSLATE_NOOP("Gemeindescan", "{where} needs at least one licence.")
LICENCE_NOT_OBJECT = QT_TRANSLATE_NOOP("Gemeindescan", "{where}: a licence is not an object.")
LICENCE_NAME_INVALID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{where}: licence name {name} is not an Open Definition identifier."
)
SNAPSHOT_NAME_INVALID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The snapshot name {name} may only hold lower-case letters, digits and . _ - /."
)
SNAPSHOT_KEY_NOT_TEXT = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot {key} is not text.")
NO_SOURCES = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot lists no sources (at least one is required).")
SOURCE_WITHOUT_TITLE = QT_TRANSLATE_NOOP("Gemeindescan", "Every source needs a title.")
SNAPSHOT_LIST_EMPTY = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The snapshot's {key} must be a non-empty list when present."
)
CONTRIBUTOR_WITHOUT_TITLE = QT_TRANSLATE_NOOP("Gemeindescan", "Every contributor needs a title.")
NO_RESOURCES = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot has no resources (no layers).")
RESOURCE_NOT_OBJECT = QT_TRANSLATE_NOOP("Gemeindescan", "Resource {number} is not an object.")
RESOURCE_NAME_INVALID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{label}: its name must hold only lower-case letters, digits and . _ - /."
)
RESOURCE_NAME_TWICE = QT_TRANSLATE_NOOP("Gemeindescan", "{label}: the name is used by two resources.")
MEDIATYPE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{label}: media type {mediatype} is not one the viewer can draw."
)
BACKGROUND_PATH_INVALID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{label}: the background needs a path like {example}."
)
WMS_WITHOUT_URL = QT_TRANSLATE_NOOP("Gemeindescan", "{label}: a WMS layer needs the service URL as its path.")
WMS_WITHOUT_LAYERS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{label}: a WMS layer needs parameters naming its WMS layers."
)
DATA_NOT_FEATURE_COLLECTION = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{label}: its data is not a GeoJSON FeatureCollection."
)
FEATURE_PROBLEM = QT_TRANSLATE_NOOP("Gemeindescan", "{label}, feature {number}: {problem}")
MORE_FEATURE_PROBLEMS = QT_TRANSLATE_NOOP("Gemeindescan", "{label}: {count} more features with problems.")
FEATURE_NOT_GEOJSON = QT_TRANSLATE_NOOP("Gemeindescan", "not a GeoJSON Feature.")
FEATURE_WITHOUT_GEOMETRY = QT_TRANSLATE_NOOP("Gemeindescan", "no geometry.")
FEATURE_NOT_IN_DEGREES = QT_TRANSLATE_NOOP(
    "Gemeindescan", "its coordinates are not longitude/latitude in degrees (is the layer's CRS right?)."
)
FEATURE_WITHOUT_PROPERTIES = QT_TRANSLATE_NOOP("Gemeindescan", "no properties (the style lives there).")
FEATURE_NOT_A_POINT = QT_TRANSLATE_NOOP("Gemeindescan", "a {geometry} in a point layer.")
STYLE_KEYS_MISSING = QT_TRANSLATE_NOOP("Gemeindescan", "style properties missing: {keys}.")
STYLE_TWICE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "carries both a fill/stroke style and marker-color (the schema allows only one)."
)
STYLE_NOT_COLOUR = QT_TRANSLATE_NOOP("Gemeindescan", "{key} {value} is not a #rrggbb colour.")
STYLE_NOT_FRACTION = QT_TRANSLATE_NOOP("Gemeindescan", "{key} {value} is not between 0 and 1.")
STYLE_WIDTH_NEGATIVE = QT_TRANSLATE_NOOP("Gemeindescan", "stroke-width {value} is not a non-negative number.")
NO_MAP_VIEW = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot has no map view (views[0]).")
VIEW_SPEC_TYPE = QT_TRANSLATE_NOOP("Gemeindescan", "The map view's specType must be 'gemeindescanSnapshot'.")
VIEW_NAME_INVALID = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map view needs a name of lower-case letters, digits and . _ - /."
)
VIEW_WITHOUT_LAYERS = QT_TRANSLATE_NOOP("Gemeindescan", "The map view lists no layers.")
VIEW_UNKNOWN_LAYER = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map view lists {name}, which is not a resource of the snapshot."
)
VIEW_WITHOUT_SPEC = QT_TRANSLATE_NOOP("Gemeindescan", "The map view has no 'spec' with bounds and legend.")
VIEW_KEY_MISSING = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map view's {key} is missing (it may be empty text)."
)
BOUNDS_NOT_TWO_CORNERS = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map bounds must be two corners, south-west and north-east."
)
BOUNDS_OUTSIDE_PLATFORM = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The map bounds {bounds} lie south of the equator or west of Greenwich, which a snapshot cannot show.",
)
BOUNDS_FORMAT = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map bounds {bounds} must read geo:<latitude>,<longitude> in plain decimals."
)
BOUNDS_ORDER = QT_TRANSLATE_NOOP("Gemeindescan", "The map bounds are not south-west then north-east.")
BOUNDS_NOT_DEGREES = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The map bounds are not latitude/longitude in degrees."
)
NO_LEGEND = QT_TRANSLATE_NOOP("Gemeindescan", "The map has no legend (at least one entry is required).")
LEGEND_ENTRY_NOT_OBJECT = QT_TRANSLATE_NOOP("Gemeindescan", "Legend entry {number} is not an object.")
LEGEND_ENTRY = QT_TRANSLATE_NOOP("Gemeindescan", "Legend entry {number} ({label})")
LEGEND_ENTRY_LACKS = QT_TRANSLATE_NOOP("Gemeindescan", "{where} lacks {keys}.")
LEGEND_SHAPE = QT_TRANSLATE_NOOP("Gemeindescan", "{where}: shape must be circle, square or line.")
LEGEND_NOT_COLOUR = QT_TRANSLATE_NOOP("Gemeindescan", "{where}: {key} {value} is not a #rrggbb colour.")
LEGEND_NOT_FRACTION = QT_TRANSLATE_NOOP("Gemeindescan", "{where}: {key} must be between 0 and 1.")
LEGEND_WIDTH_NEGATIVE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{where}: strokeWidth must be a non-negative number."
)
LEGEND_PRIMARY_OR_LABEL = QT_TRANSLATE_NOOP(
    "Gemeindescan", "{where}: primary must be true/false and label text."
)

# --- The login stored in QGIS's authentication database (credentials.py) ---
NO_AUTHCFG_CHOSEN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "No QGIS authentication configuration was chosen for the login."
)
AUTH_SYSTEM_DISABLED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The QGIS authentication system is disabled, so the stored Gemeindescan login cannot be read.",
)
NO_SUCH_AUTHCFG = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "There is no QGIS authentication configuration with the id '{authcfg}'. Create one of type 'Basic' "
    "(Settings → Options → Authentication) and use its id.",
)
AUTH_DATABASE_LOCKED = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The QGIS authentication database is locked: its master password is not set. In QGIS, enter the "
    "master password when asked; for unattended runs, set the environment variable "
    "QGIS_AUTH_PASSWORD_FILE to a file (readable only by you) holding it.",
)
AUTHCFG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The QGIS authentication configuration '{authcfg}' could not be read."
)
AUTHCFG_WRONG_METHOD = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "The QGIS authentication configuration '{authcfg}' is of type '{method}'; the Gemeindescan login needs "
    "one of type 'Basic' (username and password).",
)
AUTHCFG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "The QGIS authentication configuration '{authcfg}' has no username or no password."
)
NO_LOGIN_GIVEN = QT_TRANSLATE_NOOP(
    "Gemeindescan",
    "No Gemeindescan login given: choose a QGIS authentication configuration, or set the environment "
    "variables {username_variable} and {password_variable}.",
)

# --- Opening a snapshot: what was left out and why (snapshot_import/) ---
OPEN_THE_FILE = QT_TRANSLATE_NOOP("Gemeindescan", "The file")
OPEN_THE_SNAPSHOT = QT_TRANSLATE_NOOP("Gemeindescan", "The snapshot {pk}")
OPEN_LAYER_LABEL = QT_TRANSLATE_NOOP("Gemeindescan", "Layer “{layer}”")
OPEN_NOT_A_RESOURCE = QT_TRANSLATE_NOOP("Gemeindescan", "not a resource object")
OPEN_FEATURES_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "its features are in a separate file (path), which the snapshot does not carry"
)
OPEN_NOT_A_FEATURE_COLLECTION = QT_TRANSLATE_NOOP(
    "Gemeindescan", "its data is not a GeoJSON FeatureCollection"
)
OPEN_WMS_INCOMPLETE = QT_TRANSLATE_NOOP("Gemeindescan", "a WMS layer without service address or layer names")
OPEN_MEDIATYPE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "media type {mediatype} is not one QGIS can open from a snapshot"
)
OPENED_WMS = QT_TRANSLATE_NOOP("Gemeindescan", "WMS layer")
OPENED_WMS_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Gemeindescan", "the WMS service {url} could not be reached, layer not added"
)
BACKGROUND_MAP = QT_TRANSLATE_NOOP("Gemeindescan", "Background map")
BACKGROUND_NOT_DRAWN = QT_TRANSLATE_NOOP(
    "Gemeindescan", "Background map {path} (add a Mapbox token to show it)"
)
STYLE_VALUE_UNREADABLE = QT_TRANSLATE_NOOP("Gemeindescan", "{key} (unreadable value {value})")
