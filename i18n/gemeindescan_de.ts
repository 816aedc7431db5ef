<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH" sourcelanguage="en">
<context>
    <name>Gemeindescan</name>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="81"/>
        <source>Layer “{layer}” could not be loaded (its data source is missing or unreadable).</source>
        <translation>Der Layer «{layer}» konnte nicht geladen werden (seine Datenquelle fehlt oder ist nicht lesbar).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="84"/>
        <source>Layer “{layer}” is a table without geometry; a snapshot can only show map layers.</source>
        <translation>Der Layer «{layer}» ist eine Tabelle ohne Geometrie; ein Snapshot kann nur Kartenlayer zeigen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="87"/>
        <source>Layer “{layer}” has no single geometry type (points, lines or polygons); split it by geometry type to export it.</source>
        <translation>Der Layer «{layer}» hat keinen einheitlichen Geometrietyp (Punkte, Linien oder Flächen); teilen Sie ihn nach Geometrietyp auf, um ihn zu exportieren.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="92"/>
        <source>Layer “{layer}” has no coordinate reference system; set it in the layer's properties (Source) to export it.</source>
        <translation>Der Layer «{layer}» hat kein Koordinatenbezugssystem; legen Sie es in den Layereigenschaften (Quelle) fest, um ihn zu exportieren.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="97"/>
        <source>Layer “{layer}” is drawn as a heatmap, which a snapshot cannot show; give it a symbol (e.g. single symbol or categorized) to export its points.</source>
        <translation>Der Layer «{layer}» ist als Heatmap dargestellt, die ein Snapshot nicht zeigen kann; geben Sie ihm ein Symbol (z. B. Einzelsymbol oder kategorisiert), um seine Punkte zu exportieren.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="102"/>
        <source>Layer “{layer}” is a tile service (XYZ or WMTS); a snapshot can carry WMS layers but not tile services.</source>
        <translation>Der Layer «{layer}» ist ein Kacheldienst (XYZ oder WMTS); ein Snapshot kann WMS-Layer enthalten, aber keine Kacheldienste.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="107"/>
        <source>Layer “{layer}” is a raster layer that is not a WMS; a snapshot can carry vector layers and WMS layers only.</source>
        <translation>Der Layer «{layer}» ist ein Rasterlayer und kein WMS; ein Snapshot kann nur Vektorlayer und WMS-Layer enthalten.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="112"/>
        <source>Layer “{layer}” is of a kind a snapshot cannot carry (only vector and WMS layers).</source>
        <translation>Der Layer «{layer}» ist von einer Art, die ein Snapshot nicht enthalten kann (nur Vektor- und WMS-Layer).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="115"/>
        <source>The layer “{layer}” has no geometry to draw, so it cannot go on the map.</source>
        <translation>Der Layer «{layer}» hat keine Geometrie, die sich zeichnen lässt, und kann daher nicht auf die Karte.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="118"/>
        <source>(missing layer)</source>
        <translation>(fehlender Layer)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="119"/>
        <source>There is no layer to export: choose at least one vector or WMS layer.</source>
        <translation>Es gibt keinen Layer zu exportieren: Wählen Sie mindestens einen Vektor- oder WMS-Layer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="124"/>
        <source>The background “{background}” is not a Mapbox style ({example}).</source>
        <translation>Der Hintergrund «{background}» ist kein Mapbox-Stil ({example}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="127"/>
        <source>The coordinate precision must be 0 to {maximum} decimals, not {precision}.</source>
        <translation>Die Koordinatengenauigkeit muss 0 bis {maximum} Nachkommastellen betragen, nicht {precision}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="130"/>
        <source>The QGIS project {path} could not be read.</source>
        <translation>Das QGIS-Projekt {path} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="131"/>
        <source>The project has no layer named “{layer}” (layers: {known}).</source>
        <translation>Das Projekt hat keinen Layer namens «{layer}» (Layer: {known}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="134"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="135"/>
        <source>Several layers are named “{layer}”; give one of their ids instead: {ids}.</source>
        <translation>Mehrere Layer heissen «{layer}»; geben Sie stattdessen eine ihrer IDs an: {ids}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="143"/>
        <source>The map extent has no coordinate reference system; give the extent&apos;s CRS.</source>
        <translation>Der Kartenausschnitt hat kein Koordinatenbezugssystem; geben Sie das KBS des Ausschnitts an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="146"/>
        <source>The map extent cannot be converted to WGS 84 (latitude/longitude).</source>
        <translation>Der Kartenausschnitt lässt sich nicht nach WGS 84 (Breite/Länge) umrechnen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="149"/>
        <source>The snapshot file {path} cannot be written: {reason}.</source>
        <translation>Die Snapshot-Datei {path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="150"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="153"/>
        <source>{layer}: WMS</source>
        <translation>{layer}: WMS</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="154"/>
        <source>{layer}: {count} feature</source>
        <translation>{layer}: {count} Objekt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="155"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: {count} Objekte</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="156"/>
        <source>{features} ({details})</source>
        <translation>{features} ({details})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="157"/>
        <source>{count} not drawn</source>
        <translation>{count} nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="158"/>
        <source>{count} empty or no geometry</source>
        <translation>{count} leer oder ohne Geometrie</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="159"/>
        <source>{count} outside the extent</source>
        <translation>{count} ausserhalb des Ausschnitts</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="160"/>
        <source>{count} not transformable to WGS 84</source>
        <translation>{count} nicht nach WGS 84 umrechenbar</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="161"/>
        <source>{count} invalid repaired</source>
        <translation>{count} ungültige repariert</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="162"/>
        <source>{layer}: refused ({reason})</source>
        <translation>{layer}: abgelehnt ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="163"/>
        <source>nothing exported</source>
        <translation>nichts exportiert</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="166"/>
        <source>The username or password is not correct.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/base.py" line="19"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/errors.py" line="27"/>
        <source>To retry, run the algorithm again with SNAPSHOT={pk}.</source>
        <translation>Für einen neuen Versuch führen Sie den Algorithmus erneut mit SNAPSHOT={pk} aus.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="24"/>
        <source>Exports the chosen layers, with the symbology QGIS draws them with, to a Gemeindescan snapshot (a Spatial Data Package JSON file), and checks that the platform can show the file.

Layers: the layers to show (polygons, lines, points); the report names any layer a snapshot cannot carry.
Map extent: the area of the snapshot; empty means all layers together. Styles are sized for the Gemeindescan viewer showing this extent.
Title, description, keywords: the snapshot's metadata (keywords separated by commas).
Crop: leave out features outside the extent. Clip: also cut features at the extent's edge.
Precision: decimal places of the WGS84 coordinates (6 ≈ 0.1 m).

Outputs the snapshot file and a one-line export report (features written and left out per layer). Publish the file with &quot;Publish snapshot&quot;.</source>
        <translation>Exportiert die gewählten Layer mit der Symbolisierung, mit der QGIS sie zeichnet, als Gemeindescan-Snapshot (eine JSON-Datei im Format Spatial Data Package) und prüft, ob die Plattform die Datei anzeigen kann.

Layer: die Layer, die der Snapshot zeigen soll (Flächen, Linien, Punkte); der Bericht nennt jeden Layer, den ein Snapshot nicht enthalten kann.
Kartenausschnitt: das Gebiet des Snapshots; leer heisst: alle Layer zusammen. Die Stile werden für den Gemeindescan-Viewer bemessen, der diesen Ausschnitt zeigt.
Titel, Beschreibung, Stichwörter: die Metadaten des Snapshots (Stichwörter durch Kommas getrennt).
Beschränken: Objekte ausserhalb des Ausschnitts weglassen. Abschneiden: Objekte zudem am Rand des Ausschnitts abschneiden.
Genauigkeit: Nachkommastellen der WGS84-Koordinaten (6 ≈ 0,1 m).

Ergibt die Snapshot-Datei und einen einzeiligen Exportbericht (geschriebene und weggelassene Objekte je Layer). Veröffentlichen Sie die Datei mit «Snapshot veröffentlichen».</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="62"/>
        <source>Export snapshot</source>
        <translation>Snapshot exportieren</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="68"/>
        <source>snapshot, export, style</source>
        <translation>Snapshot, exportieren, Stil, Symbolisierung</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="76"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="122"/>
        <source>Map extent</source>
        <translation>Kartenausschnitt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="140"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="85"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="90"/>
        <source>Keywords (comma-separated)</source>
        <translation>Stichwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="95"/>
        <source>Crop to the extent</source>
        <translation>Auf den Kartenausschnitt beschränken</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="98"/>
        <source>Clip geometries at the extent</source>
        <translation>Geometrien am Kartenausschnitt abschneiden</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="103"/>
        <source>Coordinate precision (decimals)</source>
        <translation>Koordinatengenauigkeit (Nachkommastellen)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="109"/>
        <source>Snapshot file</source>
        <translation>Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot JSON (*.json)</source>
        <translation>Snapshot-JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="118"/>
        <source>Export report</source>
        <translation>Exportbericht</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="134"/>
        <source>Choose at least one layer to export.</source>
        <translation>Wählen Sie mindestens einen Layer zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/inputs.py" line="32"/>
        <source>The layers have no extent (are they empty?); give a map extent.</source>
        <translation>Die Layer haben keine Ausdehnung (sind sie leer?); geben Sie einen Kartenausschnitt an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="29"/>
        <source>Publishes a snapshot on a Gemeindescan server: creates it in a workspace (or updates an existing one) and uploads the snapshot file. The file is checked first; a file the platform could not show is refused before anything is sent.

Snapshot file: a file made by &quot;Export snapshot&quot;. Or leave it empty and choose Layers (and a Map extent): they are exported first, with the usual options, and the file is kept (Snapshot file to keep, a temporary file if not set).
Server: the address of the Gemeindescan server, as in the browser (https://…).
Login: a QGIS authentication configuration of type Basic (username and password), chosen by its id, so that no password is written into Processing's history or a model. Left empty, the login comes from the environment variables {username_variable} and {password_variable} (for automation). Without the desktop, QGIS reads its master password from the file named by QGIS_AUTH_PASSWORD_FILE.
Workspace: the workspace id (like ACC01) or a link to it.
BfS number: the municipality's number from the Swiss Federal Statistical Office (e.g. 261 for Zürich).
Title (at most {max_title} characters) and topic (at most {max_topic}).
Snapshot to update: the 6-character id (pk) of a snapshot to replace; empty creates a new one.

Outputs the snapshot's id (pk), its link, its link in the workspace, the address of the stored file and the published snapshot file.</source>
        <translation>Veröffentlicht einen Snapshot auf einem Gemeindescan-Server: legt ihn in einem Arbeitsbereich an (oder aktualisiert einen bestehenden) und lädt die Snapshot-Datei hoch. Die Datei wird zuerst geprüft; eine Datei, welche die Plattform nicht anzeigen könnte, wird abgelehnt, bevor etwas gesendet wird.

Snapshot-Datei: eine mit «Snapshot exportieren» erstellte Datei. Oder lassen Sie sie leer und wählen Sie Layer (und einen Kartenausschnitt): Diese werden zuerst mit den üblichen Optionen exportiert, und die Datei wird aufbewahrt (unter «Snapshot-Datei zum Aufbewahren», sonst als temporäre Datei).
Server: die Adresse des Gemeindescan-Servers wie im Browser (https://…).
Anmeldung: eine QGIS-Authentifizierungskonfiguration vom Typ Basic (Benutzername und Passwort), gewählt über ihre ID, damit kein Passwort in den Verlauf der Verarbeitung oder in ein Modell gelangt. Bleibt sie leer, stammt die Anmeldung aus den Umgebungsvariablen {username_variable} und {password_variable} (für die Automatisierung). Ohne Desktop liest QGIS sein Master-Passwort aus der Datei, die QGIS_AUTH_PASSWORD_FILE nennt.
Arbeitsbereich: die ID des Arbeitsbereichs (z. B. ACC01) oder ein Link darauf.
BfS-Nummer: die Nummer der Gemeinde beim Bundesamt für Statistik (z. B. 261 für Zürich).
Titel (höchstens {max_title} Zeichen) und Thema (höchstens {max_topic}).
Zu aktualisierender Snapshot: die 6-stellige ID (pk) des Snapshots, der ersetzt werden soll; leer legt einen neuen an.

Ergibt die ID (pk) des Snapshots, seinen Link, seinen Link im Arbeitsbereich, die Adresse der gespeicherten Datei und die veröffentlichte Snapshot-Datei.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="91"/>
        <source>Publish snapshot</source>
        <translation>Snapshot veröffentlichen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="96"/>
        <source>snapshot, publish, upload, workspace, municipality</source>
        <translation>Snapshot, veröffentlichen, hochladen, Arbeitsbereich, Gemeinde</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="114"/>
        <source>Layers (exported first when no snapshot file is given)</source>
        <translation>Layer (werden zuerst exportiert, wenn keine Snapshot-Datei angegeben ist)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="125"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="126"/>
        <source>Login (authentication configuration)</source>
        <translation>Anmeldung (Authentifizierungskonfiguration)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="131"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="132"/>
        <source>BfS number of the municipality</source>
        <translation>BfS-Nummer der Gemeinde</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="141"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="142"/>
        <source>Snapshot to update (pk)</source>
        <translation>Zu aktualisierender Snapshot (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="148"/>
        <source>Snapshot id (pk)</source>
        <translation>Snapshot-ID (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="149"/>
        <source>Snapshot link</source>
        <translation>Link zum Snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="150"/>
        <source>Snapshot link in the workspace</source>
        <translation>Link zum Snapshot im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="153"/>
        <source>Stored file address</source>
        <translation>Adresse der gespeicherten Datei</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="158"/>
        <source>Description (when exporting)</source>
        <translation>Beschreibung (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="164"/>
        <source>Keywords, comma-separated (when exporting)</source>
        <translation>Stichwörter, durch Kommas getrennt (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="167"/>
        <source>Crop to the extent (when exporting)</source>
        <translation>Auf den Kartenausschnitt beschränken (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="170"/>
        <source>Clip geometries at the extent (when exporting)</source>
        <translation>Geometrien am Kartenausschnitt abschneiden (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="175"/>
        <source>Coordinate precision (when exporting)</source>
        <translation>Koordinatengenauigkeit (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="183"/>
        <source>Website for the links (default: the server)</source>
        <translation>Website für die Links (Standard: der Server)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot file to keep (when exporting)</source>
        <translation>Snapshot-Datei zum Aufbewahren (beim Exportieren)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="259"/>
        <source>Give the address of the Gemeindescan server.</source>
        <translation>Geben Sie die Adresse des Gemeindescan-Servers an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="265"/>
        <source>Give either a snapshot file or layers to export, not both.</source>
        <translation>Geben Sie entweder eine Snapshot-Datei oder zu exportierende Layer an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="269"/>
        <source>Give a snapshot file, or layers to export and publish.</source>
        <translation>Geben Sie eine Snapshot-Datei an oder Layer, die exportiert und veröffentlicht werden sollen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="283"/>
        <source>Snapshot link: {url}</source>
        <translation>Link zum Snapshot: {url}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="48"/>
        <source>Gemeindescan Uploader</source>
        <translation>Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="50"/>
        <source>Publish the map view as a Gemeindescan snapshot</source>
        <translation>Kartenansicht als Gemeindescan-Snapshot veröffentlichen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="62"/>
        <source>&amp;Gemeindescan Uploader</source>
        <translation>&amp;Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/network.py" line="26"/>
        <source>To trust it, add the certificate of its issuer (your organisation's root certificate) in QGIS: Settings → Options → Authentication → Manage certificates → Authorities → Import, then try again.</source>
        <translation>Um ihm zu vertrauen, fügen Sie das Zertifikat seines Ausstellers (das Stammzertifikat Ihrer Organisation) in QGIS hinzu: Einstellungen → Optionen → Authentifizierung → Zertifikate verwalten → Zertifizierungsstellen → Importieren, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="44"/>
        <source>Opens a Gemeindescan snapshot as QGIS layers: its vector layers are written into a GeoPackage, each with the snapshot's styles as categories (labelled from the snapshot's legend), stored as the layer's default style.

Snapshot file: a snapshot JSON file. Or Snapshot link: the link of a snapshot on Gemeindescan (https://…/PK/ or https://…/WORKSPACE/PK/), or its id together with Server. No login is needed to read a snapshot.
Server: the Gemeindescan server to ask (default: the link's own address).

Outputs the GeoPackage and a one-line report (features and styles per layer, geometries repaired, style keys ignored). WMS layers and the background are listed in the report; the plugin's &quot;Open snapshot…&quot; action adds them to the project too.</source>
        <translation>Öffnet einen Gemeindescan-Snapshot als QGIS-Layer: Seine Vektorlayer werden in ein GeoPackage geschrieben, jeder mit den Stilen des Snapshots als Kategorien (beschriftet nach der Legende des Snapshots), gespeichert als Standardstil des Layers.

Snapshot-Datei: eine Snapshot-JSON-Datei. Oder Snapshot-Link: der Link eines Snapshots auf Gemeindescan (https://…/PK/ oder https://…/WORKSPACE/PK/) oder seine ID zusammen mit Server. Zum Lesen eines Snapshots ist keine Anmeldung nötig.
Server: der Gemeindescan-Server, der angefragt wird (Standard: die Adresse des Links selbst).

Ergibt das GeoPackage und einen einzeiligen Bericht (Objekte und Stile je Layer, reparierte Geometrien, ignorierte Stilschlüssel). WMS-Layer und der Hintergrund werden im Bericht aufgeführt; die Aktion «Snapshot öffnen…» des Plugins fügt sie auch dem Projekt hinzu.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="64"/>
        <source>Snapshot link (or id with Server)</source>
        <translation>Snapshot-Link (oder ID mit Server)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="70"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="138"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="75"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="91"/>
        <source>Give either a snapshot file or a snapshot link, not both.</source>
        <translation>Geben Sie entweder eine Snapshot-Datei oder einen Snapshot-Link an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="95"/>
        <source>Give a snapshot file or a snapshot link.</source>
        <translation>Geben Sie eine Snapshot-Datei oder einen Snapshot-Link an.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The snapshot {pk}</source>
        <translation>Der Snapshot {pk}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="102"/>
        <source>Read snapshot {pk} from {server}</source>
        <translation>Snapshot {pk} von {server} gelesen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="113"/>
        <source>{title}: {path}, not loaded by this algorithm</source>
        <translation>{title}: {path}, von diesem Algorithmus nicht geladen</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="67"/>
        <source>Open a Gemeindescan snapshot (file or link) as styled QGIS layers</source>
        <translation>Einen Gemeindescan-Snapshot (Datei oder Link) als gestylte QGIS-Layer öffnen</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="81"/>
        <source>Opening Gemeindescan snapshot</source>
        <translation>Gemeindescan-Snapshot wird geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="107"/>
        <source>The snapshot could not be opened because of an unexpected error; the details are in the log (Gemeindescan).</source>
        <translation>Der Snapshot konnte wegen eines unerwarteten Fehlers nicht geöffnet werden; die Einzelheiten stehen im Protokoll (Gemeindescan).</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="135"/>
        <source>Snapshot (*.json);;All files (*)</source>
        <translation>Snapshot (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="136"/>
        <source>Choose a snapshot file</source>
        <translation>Snapshot-Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="139"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="157"/>
        <source>Save the project first to keep the data beside it.</source>
        <translation>Speichern Sie zuerst das Projekt, um die Daten daneben aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="181"/>
        <source>Choose a snapshot file.</source>
        <translation>Wählen Sie eine Snapshot-Datei.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="184"/>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="189"/>
        <source>Paste the snapshot&apos;s link, or give its id and the server.</source>
        <translation>Fügen Sie den Link des Snapshots ein oder geben Sie seine ID und den Server an.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="199"/>
        <source>Choose the GeoPackage file to write.</source>
        <translation>Wählen Sie die GeoPackage-Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="243"/>
        <source>Opening the snapshot was cancelled.</source>
        <translation>Das Öffnen des Snapshots wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="246"/>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="252"/>
        <source>Opened “{title}”: {summary}</source>
        <translation>«{title}» geöffnet: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="256"/>
        <source>Publish now updates snapshot {pk}.</source>
        <translation>Veröffentlichen aktualisiert nun Snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="261"/>
        <source>Gemeindescan</source>
        <translation>Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="170"/>
        <source>The file {name} is not valid JSON, so it is not a snapshot. Choose a snapshot file (.json) exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>Die Datei {name} ist kein gültiges JSON und damit kein Snapshot. Wählen Sie eine Snapshot-Datei (.json), die aus QGIS exportiert oder von Gemeindescan heruntergeladen wurde.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="175"/>
        <source>{where} is plain GeoJSON, not a snapshot. Open it with Layer ▸ Add Layer ▸ Add Vector Layer instead.</source>
        <translation>{where} ist gewöhnliches GeoJSON, kein Snapshot. Öffnen Sie es stattdessen mit Layer ▸ Layer hinzufügen ▸ Vektorlayer hinzufügen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="179"/>
        <source>{where} is not a Gemeindescan snapshot: it has no list of resources (layers). Choose a snapshot file exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>{where} ist kein Gemeindescan-Snapshot: Es fehlt die Liste der Ressourcen (Layer). Wählen Sie eine Snapshot-Datei, die aus QGIS exportiert oder von Gemeindescan heruntergeladen wurde.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="184"/>
        <source>{where} holds no layer that QGIS can open: {reasons}</source>
        <translation>{where} enthält keinen Layer, den QGIS öffnen kann: {reasons}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="185"/>
        <source>Give a snapshot file, or the link or id of a snapshot.</source>
        <translation>Geben Sie eine Snapshot-Datei oder den Link oder die ID eines Snapshots an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="188"/>
        <source>“{text}” is not a link to a snapshot (it should start with https://).</source>
        <translation>«{text}» ist kein Link auf einen Snapshot (er sollte mit https:// beginnen).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="191"/>
        <source>There is no file “{text}”. To open a snapshot from the server, give its link, or its id together with the server address.</source>
        <translation>Die Datei «{text}» gibt es nicht. Um einen Snapshot vom Server zu öffnen, geben Sie seinen Link an oder seine ID zusammen mit der Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="196"/>
        <source>“{text}” names no snapshot. Give the snapshot's link (like https://gemeindescan.ch/8OK4XB/) or its id (like 8OK4XB).</source>
        <translation>«{text}» bezeichnet keinen Snapshot. Geben Sie den Link des Snapshots (z. B. https://gemeindescan.ch/8OK4XB/) oder seine ID (z. B. 8OK4XB) an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="201"/>
        <source>The GeoPackage {name} could not be written: {reason}</source>
        <translation>Das GeoPackage {name} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="204"/>
        <source>A feature of “{layer}” could not be written to the GeoPackage.</source>
        <translation>Ein Objekt von «{layer}» konnte nicht ins GeoPackage geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="208"/>
        <source>{layer}: the property “fid” is kept as “fid_snapshot” (it cannot be the GeoPackage's feature id)</source>
        <translation>{layer}: die Eigenschaft «fid» bleibt als «fid_snapshot» erhalten (sie kann nicht die Objekt-ID des GeoPackages sein)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="212"/>
        <source>The layer “{layer}” written to {path} cannot be read back.</source>
        <translation>Der in {path} geschriebene Layer «{layer}» kann nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="215"/>
        <source>The style of “{layer}” could not be stored in the GeoPackage.</source>
        <translation>Der Stil von «{layer}» konnte nicht im GeoPackage gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="218"/>
        <source>The layer “{layer}” in {path} cannot be read.</source>
        <translation>Der Layer «{layer}» in {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="219"/>
        <source>{layer}: {count} features, {styles} style</source>
        <translation>{layer}: {count} Objekte, {styles} Stil</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="220"/>
        <source>{layer}: {count} features, {styles} styles</source>
        <translation>{layer}: {count} Objekte, {styles} Stile</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="221"/>
        <source>{count} invalid geometry repaired</source>
        <translation>{count} ungültige Geometrie repariert</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="222"/>
        <source>{count} invalid geometries repaired</source>
        <translation>{count} ungültige Geometrien repariert</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="223"/>
        <source>{count} with unreadable geometry left out</source>
        <translation>{count} mit unlesbarer Geometrie weggelassen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="224"/>
        <source>{count} without geometry</source>
        <translation>{count} ohne Geometrie</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="225"/>
        <source>style keys ignored: {keys}</source>
        <translation>ignorierte Stilschlüssel: {keys}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="226"/>
        <source>not opened: {reason}</source>
        <translation>nicht geöffnet: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="227"/>
        <source>The snapshot {pk} on the server has no map yet: nothing was uploaded to it. Publish to it first, or choose another snapshot.</source>
        <translation>Der Snapshot {pk} auf dem Server hat noch keine Karte: Es wurde nichts in ihn hochgeladen. Veröffentlichen Sie zuerst in ihn, oder wählen Sie einen anderen Snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Gemeindescan standard</source>
        <translation>Gemeindescan-Standard</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Mapbox style URL</source>
        <translation>URL eines Mapbox-Stils</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="124"/>
        <source>Folder for the exported snapshot files</source>
        <translation>Ordner für die exportierten Snapshot-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="103"/>
        <source>Publish as a new snapshot</source>
        <translation>Als neuen Snapshot veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>stored login {id}</source>
        <translation>gespeicherte Anmeldung {id}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="320"/>
        <source>Give the address of the Gemeindescan server first.</source>
        <translation>Geben Sie zuerst die Adresse des Gemeindescan-Servers an.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="325"/>
        <source>Choose a login first (Choose…).</source>
        <translation>Wählen Sie zuerst eine Anmeldung (Wählen…).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="332"/>
        <source>Logging in to {server}…</source>
        <translation>Anmeldung bei {server}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="335"/>
        <source>Gemeindescan: logging in</source>
        <translation>Gemeindescan: Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="344"/>
        <source>✓ Logged in as {user} on {server}</source>
        <translation>✓ Angemeldet als {user} bei {server}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="350"/>
        <source>Connection — {user} ✓</source>
        <translation>Verbindung — {user} ✓</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="357"/>
        <source>Suggested by the server: your workspace {id}.</source>
        <translation>Vom Server vorgeschlagen: Ihr Arbeitsbereich {id}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="367"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="404"/>
        <source>Give the server address and the workspace first.</source>
        <translation>Geben Sie zuerst die Serveradresse und den Arbeitsbereich an.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="408"/>
        <source>Looking up workspace {id}…</source>
        <translation>Arbeitsbereich {id} wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="410"/>
        <source>Gemeindescan: looking up a workspace</source>
        <translation>Gemeindescan: Arbeitsbereich suchen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshot</source>
        <translation>{count} Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshots</source>
        <translation>{count} Snapshots</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="428"/>
        <source>“{title}”, {count}</source>
        <translation>«{title}», {count}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="445"/>
        <source>New snapshot</source>
        <translation>Neuer Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="449"/>
        <source>{pk} · published from this project</source>
        <translation>{pk} · aus diesem Projekt veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="533"/>
        <source>{count} municipalities, list of {date}</source>
        <translation>{count} Gemeinden, Liste vom {date}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="516"/>
        <source>Fetching the list of municipalities…</source>
        <translation>Liste der Gemeinden wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="518"/>
        <source>Gemeindescan: fetching municipalities</source>
        <translation>Gemeindescan: Gemeinden laden</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="543"/>
        <source>Could not fetch the municipalities: {message}</source>
        <translation>Die Gemeinden konnten nicht geladen werden: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="570"/>
        <source>No municipality found at the centre of the map.</source>
        <translation>In der Kartenmitte wurde keine Gemeinde gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="576"/>
        <source>{label}, at the centre of the map</source>
        <translation>{label}, in der Kartenmitte</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="630"/>
        <source>{name} (cannot be published)</source>
        <translation>{name} (kann nicht veröffentlicht werden)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="654"/>
        <source>no map canvas</source>
        <translation>keine Kartenansicht</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="659"/>
        <source>the map shows nothing yet: zoom to your layers</source>
        <translation>die Karte zeigt noch nichts: Zoomen Sie auf Ihre Layer</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="662"/>
        <source>current map view · 1:{scale}</source>
        <translation>aktuelle Kartenansicht · 1:{scale}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="719"/>
        <source>Cannot publish yet</source>
        <translation>Noch nicht veröffentlichbar</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="774"/>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing cancelled</source>
        <translation>Veröffentlichen abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing failed</source>
        <translation>Veröffentlichen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="822"/>
        <source>Last export: {summary}</source>
        <translation>Letzter Export: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="31"/>
        <source>The exported file is kept at {path}.</source>
        <translation>Die exportierte Datei ist aufbewahrt unter {path}.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="67"/>
        <source>Use this login</source>
        <translation>Diese Anmeldung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="79"/>
        <source>Give a username and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort an.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="81"/>
        <source>Gemeindescan {username}</source>
        <translation>Gemeindescan {username}</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="87"/>
        <source>QGIS could not store the login. Is the master password of its authentication database set (Settings → Options → Authentication)?</source>
        <translation>QGIS konnte die Anmeldung nicht speichern. Ist das Master-Passwort seiner Authentifizierungsdatenbank gesetzt (Einstellungen → Optionen → Authentifizierung)?</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="30"/>
        <source>Published: snapshot {pk} is online.</source>
        <translation>Veröffentlicht: Snapshot {pk} ist online.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="34"/>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="46"/>
        <source>the server address</source>
        <translation>die Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="48"/>
        <source>a login (Connection → Choose…)</source>
        <translation>eine Anmeldung (Verbindung → Wählen…)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="50"/>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="52"/>
        <source>the municipality</source>
        <translation>die Gemeinde</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="55"/>
        <source>a title</source>
        <translation>ein Titel</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="57"/>
        <source>a shorter title (at most {limit} characters)</source>
        <translation>ein kürzerer Titel (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="61"/>
        <source>a topic</source>
        <translation>ein Thema</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="63"/>
        <source>a shorter topic (at most {limit} characters)</source>
        <translation>ein kürzeres Thema (höchstens {limit} Zeichen)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="67"/>
        <source>at least one layer</source>
        <translation>mindestens ein Layer</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="69"/>
        <source>a background style like mapbox://styles/user/style</source>
        <translation>ein Hintergrundstil wie mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="76"/>
        <source>Publishing is running; cancel it below.</source>
        <translation>Das Veröffentlichen läuft; Sie können es unten abbrechen.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="79"/>
        <source>Still missing: {items}.</source>
        <translation>Es fehlt noch: {items}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="82"/>
        <source>Exports the checked layers in the current map view and updates snapshot {pk}.</source>
        <translation>Exportiert die angehakten Layer in der aktuellen Kartenansicht und aktualisiert Snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="85"/>
        <source>Exports the checked layers in the current map view and creates a new snapshot.</source>
        <translation>Exportiert die angehakten Layer in der aktuellen Kartenansicht und legt einen neuen Snapshot an.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="99"/>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="102"/>
        <source>Publish — updates {pk}</source>
        <translation>Veröffentlichen — aktualisiert {pk}</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="172"/>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="174"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="176"/>
        <source>The secure connection (TLS) failed.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="178"/>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="180"/>
        <source>This is not a Gemeindescan server.</source>
        <translation>Das ist kein Gemeindescan-Server.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="182"/>
        <source>The server answered, but not as a Gemeindescan server should.</source>
        <translation>Der Server hat geantwortet, aber nicht wie ein Gemeindescan-Server.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="184"/>
        <source>Check the server address or the login.</source>
        <translation>Prüfen Sie die Serveradresse oder die Anmeldung.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="186"/>
        <source>Logging in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="193"/>
        <source>{message} The exported file is kept at {path}.</source>
        <translation>{message} Die exportierte Datei ist aufbewahrt unter {path}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="235"/>
        <source>dash patterns drawn as solid lines</source>
        <translation>gestrichelte Linien durchgezogen gezeichnet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="240"/>
        <source>symbol offsets ignored (drawn on the feature itself)</source>
        <translation>Symbolversätze ignoriert (auf dem Objekt selbst gezeichnet)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="241"/>
        <source>markers inside polygons (centroid fill, generated points) not drawn</source>
        <translation>Punktsymbole in Flächen (Schwerpunktfüllung, erzeugte Punkte) nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="244"/>
        <source>vector field lines not drawn</source>
        <translation>Vektorfeldlinien nicht gezeichnet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="250"/>
        <source>inverted polygons: one area around them per symbol, without the features&apos; attributes</source>
        <translation>invertierte Polygone: eine Fläche um sie herum je Symbol, ohne die Attribute der Objekte</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="253"/>
        <source>Every chosen layer is hidden at the export scale 1:{scale} (scale-dependent visibility). Zoom to a scale at which QGIS shows them, or change their visibility range in the layer properties (Rendering).</source>
        <translation>Jeder gewählte Layer ist beim Exportmassstab 1:{scale} ausgeblendet (massstabsabhängige Sichtbarkeit). Zoomen Sie auf einen Massstab, bei dem QGIS sie zeigt, oder ändern Sie ihren Sichtbarkeitsbereich in den Layereigenschaften (Darstellung).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="258"/>
        <source>from 1:{scale} in</source>
        <translation>ab 1:{scale} und grösser</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="259"/>
        <source>up to 1:{scale}</source>
        <translation>bis 1:{scale}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="260"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="261"/>
        <source>hidden at the export scale 1:{scale}; QGIS shows it only {ranges}</source>
        <translation>beim Exportmassstab 1:{scale} ausgeblendet; QGIS zeigt ihn nur {ranges}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="264"/>
        <source>{layer}: left out ({reason})</source>
        <translation>{layer}: weggelassen ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="138"/>
        <source>The project has no saved map extent and its layers have none either (are they empty?); give one with --extent.</source>
        <translation>Das Projekt hat keinen gespeicherten Kartenausschnitt und seine Layer haben auch keine Ausdehnung (sind sie leer?); geben Sie einen mit --extent an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="267"/>
        <source>A layer chosen for the snapshot has been removed from the project; choose the layers again.</source>
        <translation>Ein für den Snapshot gewählter Layer wurde aus dem Projekt entfernt; wählen Sie die Layer erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="271"/>
        <source>Publishing was cancelled.</source>
        <translation>Das Veröffentlichen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="272"/>
        <source>Publishing was cancelled during the upload.</source>
        <translation>Das Veröffentlichen wurde während des Hochladens abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="273"/>
        <source>The export could not be prepared because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>Der Export konnte wegen eines unerwarteten Fehlers nicht vorbereitet werden; die Einzelheiten stehen im Gemeindescan-Protokoll.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="278"/>
        <source>Publishing stopped because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>Das Veröffentlichen wurde wegen eines unerwarteten Fehlers abgebrochen; die Einzelheiten stehen im Gemeindescan-Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="462"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Welchen Snapshot «Veröffentlichen» aktualisiert, oder ein neuer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="236"/>
        <source>dash patterns not fitted to line ends and corners</source>
        <translation>Strichmuster nicht an Linienenden und Ecken ausgerichtet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="239"/>
        <source>lines with too many dashes drawn solid</source>
        <translation>Linien mit zu vielen Strichen durchgezogen gezeichnet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="284"/>
        <source>Publish again to snapshot {pk} to complete it.</source>
        <translation>Veröffentlichen Sie erneut in den Snapshot {pk}, um ihn zu vervollständigen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="285"/>
        <source>The snapshot {pk} was created without its file.</source>
        <translation>Der Snapshot {pk} wurde ohne seine Datei erstellt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="286"/>
        <source>It is not known whether the server created the snapshot: publishing again with the same title, topic, municipality and workspace completes it if it exists, without making a second one.</source>
        <translation>Ob der Server den Snapshot erstellt hat, ist nicht bekannt: Veröffentlichen Sie erneut mit demselben Titel, Thema, derselben Gemeinde und demselben Arbeitsbereich; so wird ein vorhandener Snapshot vervollständigt, ohne dass ein zweiter entsteht.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="291"/>
        <source>The snapshot {pk} is not in workspace {workspace}; nothing was changed. {where}</source>
        <translation>Der Snapshot {pk} liegt nicht im Arbeitsbereich {workspace}; es wurde nichts geändert. {where}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="294"/>
        <source>It is in your workspace {home}: {url}. Give that workspace to update it.</source>
        <translation>Er liegt in Ihrem Arbeitsbereich {home}: {url}. Geben Sie diesen Arbeitsbereich an, um ihn zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="297"/>
        <source>It is probably someone else&apos;s: {url}. Give the workspace it belongs to, or leave out the snapshot to update to publish a new one.</source>
        <translation>Er gehört wahrscheinlich jemand anderem: {url}. Geben Sie den Arbeitsbereich an, zu dem er gehört, oder lassen Sie den zu aktualisierenden Snapshot weg, um einen neuen zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="302"/>
        <source>Publishing was cancelled while logging in; nothing was created on the server.</source>
        <translation>Das Veröffentlichen wurde während der Anmeldung abgebrochen; auf dem Server wurde nichts erstellt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="305"/>
        <source>Something unexpected went wrong; the details are in the Gemeindescan log.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; die Einzelheiten stehen im Gemeindescan-Protokoll.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="308"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="311"/>
        <source>Exporting {count} layer(s) to {path}</source>
        <translation>Export nach {path}: {count} Layer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="312"/>
        <source>Checked the snapshot file {name} while writing it: the platform can show it.</source>
        <translation>Die Snapshot-Datei {name} wurde beim Schreiben geprüft: Die Plattform kann sie anzeigen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="315"/>
        <source>{name} was checked when it was written and has not changed since.</source>
        <translation>{name} wurde beim Schreiben geprüft und hat sich seither nicht verändert.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="318"/>
        <source>Logging in to {server} as {username}</source>
        <translation>Anmeldung bei {server} als {username}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="319"/>
        <source>Updating snapshot {pk} in workspace {workspace} and uploading {name}</source>
        <translation>Snapshot {pk} im Arbeitsbereich {workspace} wird aktualisiert und {name} hochgeladen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="322"/>
        <source>Creating a snapshot in workspace {workspace} and uploading {name}</source>
        <translation>Ein Snapshot im Arbeitsbereich {workspace} wird erstellt und {name} hochgeladen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="325"/>
        <source>Published snapshot {pk}: {url}</source>
        <translation>Snapshot {pk} veröffentlicht: {url}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="328"/>
        <source>The output {output} is a folder; give a file name such as {example}.</source>
        <translation>Die Ausgabe {output} ist ein Ordner; geben Sie einen Dateinamen an, etwa {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="331"/>
        <source>The output file {name} is {what}: writing the snapshot there would destroy it. Choose another file name.</source>
        <translation>Die Ausgabedatei {name} ist {what}: Der Snapshot würde sie beim Schreiben zerstören. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="336"/>
        <source>the file being published</source>
        <translation>die Datei, die veröffentlicht wird</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="337"/>
        <source>the QGIS project itself</source>
        <translation>das QGIS-Projekt selbst</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="338"/>
        <source>the project&apos;s auxiliary storage</source>
        <translation>der Hilfsspeicher des Projekts</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="339"/>
        <source>the data of the layer &apos;{layer}&apos;</source>
        <translation>die Datenquelle des Layers «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="340"/>
        <source>a database file of the layer &apos;{layer}&apos;</source>
        <translation>eine Datenbankdatei des Layers «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="343"/>
        <source>server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="344"/>
        <source>website address</source>
        <translation>Adresse der Website</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="345"/>
        <source>workspace link</source>
        <translation>Link des Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="346"/>
        <source>Give the {what} without a username or password in it (like https://host/); the login is asked for separately.</source>
        <translation>Geben Sie «{what}» ohne Benutzername und Passwort an (etwa https://host/); die Anmeldung wird separat abgefragt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="351"/>
        <source>'{text}' is not a {what} (expected https://… or http://…).</source>
        <translation>«{text}» ist keine gültige Angabe für «{what}» (erwartet: https://… oder http://…).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="354"/>
        <source>&apos;{address}&apos; is the address of one of the server&apos;s services, not of the server. Use {base} as server address.</source>
        <translation>«{address}» ist die Adresse eines Dienstes des Servers, nicht die des Servers. Verwenden Sie {base} als Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="359"/>
        <source>Give the server address without '?…' or '#…': {base}</source>
        <translation>Geben Sie die Serveradresse ohne «?…» oder «#…» an: {base}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="360"/>
        <source>&apos;{text}&apos; is not a valid Gemeindescan id.</source>
        <translation>«{text}» ist keine gültige Gemeindescan-ID.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="361"/>
        <source>&apos;{text}&apos; is not a snapshot id (expected something like 8OK4XB).</source>
        <translation>«{text}» ist keine Snapshot-ID (erwartet wird etwas wie 8OK4XB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="364"/>
        <source>&apos;{text}&apos; is not a workspace. Give the workspace id (like B5BXT), or paste the link of the workspace from the Gemeindescan website.</source>
        <translation>«{text}» ist kein Arbeitsbereich. Geben Sie die ID des Arbeitsbereichs an (etwa B5BXT) oder fügen Sie den Link des Arbeitsbereichs von der Gemeindescan-Website ein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="369"/>
        <source>No workspace given. Give the workspace id (like B5BXT) or its link.</source>
        <translation>Kein Arbeitsbereich angegeben. Geben Sie die ID des Arbeitsbereichs (etwa B5BXT) oder seinen Link an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="372"/>
        <source>&apos;{text}&apos; is not a BfS number. A BfS number is a whole number, like 261.</source>
        <translation>«{text}» ist keine BfS-Nummer. Eine BfS-Nummer ist eine ganze Zahl, etwa 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="375"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="376"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="377"/>
        <source>Give the snapshot a {what}.</source>
        <translation>Das Feld «{what}» des Snapshots ist leer; füllen Sie es aus.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="378"/>
        <source>The {what} is {length} characters long; the server allows at most {maximum}.</source>
        <translation>Das Feld «{what}» ist {length} Zeichen lang; der Server erlaubt höchstens {maximum}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="381"/>
        <source>The {what} contains a control character; type it again without it.</source>
        <translation>Das Feld «{what}» enthält ein Steuerzeichen; geben Sie den Text ohne dieses neu ein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="384"/>
        <source>Give a username and a password to log in.</source>
        <translation>Geben Sie Benutzername und Passwort an, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="389"/>
        <source>opening the login page</source>
        <translation>beim Öffnen der Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="390"/>
        <source>logging in</source>
        <translation>beim Anmelden</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="391"/>
        <source>logging out</source>
        <translation>beim Abmelden</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="392"/>
        <source>creating the snapshot</source>
        <translation>beim Erstellen des Snapshots</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="393"/>
        <source>updating the snapshot</source>
        <translation>beim Aktualisieren des Snapshots</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="394"/>
        <source>uploading the snapshot file</source>
        <translation>beim Hochladen der Snapshot-Datei</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="395"/>
        <source>reading from the server</source>
        <translation>beim Lesen vom Server</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="397"/>
        <source>login page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="398"/>
        <source>login form</source>
        <translation>Anmeldeformular</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="399"/>
        <source>data service (/graphql/)</source>
        <translation>Datendienst (/graphql/)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="400"/>
        <source>snapshot upload</source>
        <translation>Snapshot-Upload</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="401"/>
        <source>The proxy between this computer and the Gemeindescan server refused its login. Check the proxy&apos;s username and password in the proxy settings.</source>
        <translation>Der Proxy zwischen diesem Computer und dem Gemeindescan-Server hat seine Anmeldung abgelehnt. Prüfen Sie Benutzername und Passwort des Proxys in den Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="406"/>
        <source>The server sends the login to {location}. Use that address (without the /account/login/ part) as server address.</source>
        <translation>Der Server leitet die Anmeldung nach {location} weiter. Verwenden Sie diese Adresse (ohne den Teil /account/login/) als Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="411"/>
        <source>The server did not start a login (no security token). Is this address a Gemeindescan server?</source>
        <translation>Der Server hat keine Anmeldung begonnen (kein Sicherheitstoken). Ist diese Adresse ein Gemeindescan-Server?</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="415"/>
        <source>The server refused the login for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://.</source>
        <translation>Der Server hat die Anmeldung aus Sicherheitsgründen abgelehnt (seine CSRF-Prüfung schlug fehl). Prüfen Sie, ob die Serveradresse mit dem richtigen http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="420"/>
        <source>The server accepted the login but kept no session. Check that the server address starts with the right http:// or https://.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber keine Sitzung behalten. Prüfen Sie, ob die Serveradresse mit dem richtigen http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="425"/>
        <source>Your Gemeindescan session has expired. Please log in again.</source>
        <translation>Ihre Gemeindescan-Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="428"/>
        <source>You are not logged in to the Gemeindescan server, or your session has expired. Please log in again.</source>
        <translation>Sie sind beim Gemeindescan-Server nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="432"/>
        <source>The Gemeindescan server did not answer while {step}: the gateway in front of it answered HTTP {status} (server down or overloaded). Try again later.</source>
        <translation>Der Gemeindescan-Server hat {step} nicht geantwortet: Das vorgeschaltete Gateway antwortete mit HTTP {status} (Server ausgefallen oder überlastet). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="437"/>
        <source>The Gemeindescan server failed while {step} (HTTP {status}, an internal error on its side). Try again later; if it keeps failing, tell the server&apos;s administrator.</source>
        <translation>Beim Gemeindescan-Server ist {step} ein interner Fehler aufgetreten (HTTP {status}). Versuchen Sie es später erneut; wenn der Fehler bleibt, wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="442"/>
        <source>The server at {server} did not understand the request while {step}; it may run another version of Gemeindescan. Tell the server&apos;s administrator.</source>
        <translation>Der Server unter {server} hat die Anfrage {step} nicht verstanden; vielleicht läuft dort eine andere Version von Gemeindescan. Wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="447"/>
        <source>The address {server} does not lead to a Gemeindescan server: it has no {service}. Check the server address.</source>
        <translation>Die Adresse {server} führt zu keinem Gemeindescan-Server (es fehlt: {service}). Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="452"/>
        <source>Cannot reach the proxy {proxy} while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Der Proxy {proxy} ist {step} nicht erreichbar. Prüfen Sie die Proxy-Einstellung (in QGIS: Einstellungen &gt; Optionen &gt; Netzwerk; auf der Kommandozeile: HTTPS_PROXY und HTTP_PROXY) oder fragen Sie Ihre Informatik.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="457"/>
        <source>Cannot reach the proxy set for this connection while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Der für diese Verbindung eingestellte Proxy ist {step} nicht erreichbar. Prüfen Sie die Proxy-Einstellung (in QGIS: Einstellungen &gt; Optionen &gt; Netzwerk; auf der Kommandozeile: HTTPS_PROXY und HTTP_PROXY) oder fragen Sie Ihre Informatik.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="462"/>
        <source>The Gemeindescan server at {server} did not accept a connection within {seconds:g} s while {step}. Check the address and your network connection, or try again later.</source>
        <translation>Der Gemeindescan-Server unter {server} hat {step} innert {seconds:g} s keine Verbindung angenommen. Prüfen Sie die Adresse und Ihre Netzwerkverbindung, oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="467"/>
        <source>The Gemeindescan server at {server} stopped answering while {step} (nothing for {seconds:g} s). Try again later.</source>
        <translation>Der Gemeindescan-Server unter {server} hat {step} aufgehört zu antworten ({seconds:g} s lang nichts). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="472"/>
        <source>Cannot find the server {host} while {step}: the name does not resolve. Check the server address and your network connection.</source>
        <translation>Der Server {host} wurde {step} nicht gefunden: Der Name lässt sich nicht auflösen. Prüfen Sie die Serveradresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="477"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Der Gemeindescan-Server unter {server} ist {step} nicht erreichbar: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="482"/>
        <source>The connection to the Gemeindescan server at {server} broke while {step}. Check your network connection and try again.</source>
        <translation>Die Verbindung zum Gemeindescan-Server unter {server} ist {step} abgebrochen. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="487"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}. Check the address and your network connection.</source>
        <translation>Der Gemeindescan-Server unter {server} ist {step} nicht erreichbar. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="492"/>
        <source>The server at {server} does not speak HTTPS (no secure connection) while {step}. Check the address; if the server really runs without HTTPS, its address is {plain}.</source>
        <translation>Der Server unter {server} spricht {step} kein HTTPS (keine sichere Verbindung). Prüfen Sie die Adresse; läuft der Server wirklich ohne HTTPS, lautet seine Adresse {plain}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="497"/>
        <source>The certificate of {host} is made out for another address, so no secure connection to the Gemeindescan server was opened while {step}. Use the address the server&apos;s certificate names (ask its administrator which).</source>
        <translation>Das Zertifikat von {host} ist auf eine andere Adresse ausgestellt, daher wurde {step} keine sichere Verbindung zum Gemeindescan-Server geöffnet. Verwenden Sie die Adresse, die im Zertifikat des Servers steht (fragen Sie die Administration des Servers, welche).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="503"/>
        <source>The certificate of {host} is not trusted ({reason}), so no secure connection to the Gemeindescan server was opened while {step}. {advice}</source>
        <translation>Dem Zertifikat von {host} wird nicht vertraut ({reason}), daher wurde {step} keine sichere Verbindung zum Gemeindescan-Server geöffnet. {advice}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="508"/>
        <source>no authority this computer trusts vouches for it</source>
        <translation>keine Zertifizierungsstelle, der dieser Computer vertraut, bürgt dafür</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="511"/>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="512"/>
        <source>it is signed by an authority this computer does not trust</source>
        <translation>es ist von einer Zertifizierungsstelle signiert, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="515"/>
        <source>If your organisation inspects HTTPS traffic, add its root certificate to this computer&apos;s trusted certificates (on the command line: REQUESTS_CA_BUNDLE).</source>
        <translation>Wenn Ihre Organisation den HTTPS-Verkehr prüft, fügen Sie deren Stammzertifikat den vertrauenswürdigen Zertifikaten dieses Computers hinzu (auf der Kommandozeile: REQUESTS_CA_BUNDLE).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="520"/>
        <source>Cannot open a secure connection to the Gemeindescan server {host} while {step} (TLS problem). Check the address and your network connection.</source>
        <translation>Zum Gemeindescan-Server {host} konnte {step} keine sichere Verbindung geöffnet werden (TLS-Problem). Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="525"/>
        <source>The server answered something that is not a Gemeindescan answer. Check the server address.</source>
        <translation>Der Server hat etwas geantwortet, das keine Gemeindescan-Antwort ist. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="529"/>
        <source>The server sends its requests on to {location}. Use {suggestion} as server address.</source>
        <translation>Der Server leitet seine Anfragen nach {location} weiter. Verwenden Sie {suggestion} als Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="532"/>
        <source>No municipality has this BfS number.</source>
        <translation>Keine Gemeinde hat diese BfS-Nummer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="533"/>
        <source>No municipality has the BfS number {number}. Check the number in the list of municipalities.</source>
        <translation>Keine Gemeinde hat die BfS-Nummer {number}. Prüfen Sie die Nummer in der Liste der Gemeinden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="537"/>
        <source>The BfS number must be a whole number, like 261.</source>
        <translation>Die BfS-Nummer muss eine ganze Zahl sein, etwa 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="538"/>
        <source>This workspace does not exist on the server. Check the workspace id or link.</source>
        <translation>Dieser Arbeitsbereich existiert auf dem Server nicht. Prüfen Sie die ID oder den Link des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="541"/>
        <source>This snapshot does not exist on the server. Check the snapshot id.</source>
        <translation>Dieser Snapshot existiert auf dem Server nicht. Prüfen Sie die Snapshot-ID.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="544"/>
        <source>The workspace or snapshot id is malformed.</source>
        <translation>Die ID des Arbeitsbereichs oder des Snapshots ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="545"/>
        <source>The title or topic is too long for the server.</source>
        <translation>Titel oder Thema sind zu lang für den Server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="546"/>
        <source>The Gemeindescan server could not do this. Try again later or tell the server&apos;s administrator.</source>
        <translation>Der Gemeindescan-Server konnte dies nicht ausführen. Versuchen Sie es später erneut oder wenden Sie sich an die Administration des Servers.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="550"/>
        <source>The workspace {workspace} does not exist on the server. Check the workspace id or link.</source>
        <translation>Der Arbeitsbereich {workspace} existiert auf dem Server nicht. Prüfen Sie die ID oder den Link des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="553"/>
        <source>The snapshot {pk} does not exist on the server. Check the snapshot id.</source>
        <translation>Der Snapshot {pk} existiert auf dem Server nicht. Prüfen Sie die Snapshot-ID.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="556"/>
        <source>Cannot read the snapshot file {path}.</source>
        <translation>Die Snapshot-Datei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="557"/>
        <source>The server answered the upload but did not store the snapshot file (the file was lost on the way).</source>
        <translation>Der Server hat auf das Hochladen geantwortet, die Snapshot-Datei aber nicht gespeichert (die Datei ging unterwegs verloren).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="561"/>
        <source>The server refused the file: {reason}</source>
        <translation>Der Server hat die Datei abgelehnt: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="562"/>
        <source>The server refused the file: it is too large for this server ({size} MB).</source>
        <translation>Der Server hat die Datei abgelehnt: Sie ist zu gross für diesen Server ({size} MB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="565"/>
        <source>The server refused the upload for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://, then publish again.</source>
        <translation>Der Server hat das Hochladen aus Sicherheitsgründen abgelehnt (seine CSRF-Prüfung schlug fehl). Prüfen Sie, ob die Serveradresse mit dem richtigen http:// oder https:// beginnt, und veröffentlichen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="570"/>
        <source>The snapshot {pk} does not exist on the server.</source>
        <translation>Der Snapshot {pk} existiert auf dem Server nicht.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="573"/>
        <source>The server redirected the upload instead of storing the file. Check the server address.</source>
        <translation>Der Server hat das Hochladen umgeleitet, statt die Datei zu speichern. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="579"/>
        <source>The file is not a snapshot: its top level is not a JSON object.</source>
        <translation>Die Datei ist kein Snapshot: Ihre oberste Ebene ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="582"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="583"/>
        <source>The file {name} is not a valid JSON file, so it cannot be a snapshot.</source>
        <translation>Die Datei {name} ist keine gültige JSON-Datei und kann daher kein Snapshot sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="586"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="587"/>
        <source>The file {name} is not a snapshot the platform can show: {problem}</source>
        <translation>Die Datei {name} ist kein Snapshot, den die Plattform anzeigen kann: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="590"/>
        <source>The snapshot</source>
        <translation>Der Snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="591"/>
        <source>Layer {name}</source>
        <translation>Layer {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="592"/>
        <source>Resource {number}</source>
        <translation>Ressource {number}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="593"/>
        <source>{where} needs at least one licence.</source>
        <translation>{where}: Mindestens eine Lizenz ist nötig.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="594"/>
        <source>{where}: a licence is not an object.</source>
        <translation>{where}: Eine Lizenz ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="595"/>
        <source>{where}: licence name {name} is not an Open Definition identifier.</source>
        <translation>{where}: Der Lizenzname {name} ist keine Kennung der Open Definition.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="598"/>
        <source>The snapshot name {name} may only hold lower-case letters, digits and . _ - /.</source>
        <translation>Der Name des Snapshots {name} darf nur Kleinbuchstaben, Ziffern und . _ - / enthalten.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="601"/>
        <source>The snapshot {key} is not text.</source>
        <translation>Der Eintrag «{key}» des Snapshots ist kein Text.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="602"/>
        <source>The snapshot lists no sources (at least one is required).</source>
        <translation>Der Snapshot nennt keine Quellen (mindestens eine ist nötig).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="603"/>
        <source>Every source needs a title.</source>
        <translation>Jede Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="604"/>
        <source>The snapshot&apos;s {key} must be a non-empty list when present.</source>
        <translation>Der Eintrag «{key}» des Snapshots muss, wenn vorhanden, eine nicht leere Liste sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="607"/>
        <source>Every contributor needs a title.</source>
        <translation>Jede beitragende Person braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="608"/>
        <source>The snapshot has no resources (no layers).</source>
        <translation>Der Snapshot hat keine Ressourcen (keine Layer).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="609"/>
        <source>Resource {number} is not an object.</source>
        <translation>Ressource {number} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="610"/>
        <source>{label}: its name must hold only lower-case letters, digits and . _ - /.</source>
        <translation>{label}: Der Name darf nur Kleinbuchstaben, Ziffern und . _ - / enthalten.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="613"/>
        <source>{label}: the name is used by two resources.</source>
        <translation>{label}: Der Name wird von zwei Ressourcen verwendet.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="614"/>
        <source>{label}: media type {mediatype} is not one the viewer can draw.</source>
        <translation>{label}: Den Medientyp {mediatype} kann der Viewer nicht zeichnen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="617"/>
        <source>{label}: the background needs a path like {example}.</source>
        <translation>{label}: Der Hintergrund braucht einen Pfad wie {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="620"/>
        <source>{label}: a WMS layer needs the service URL as its path.</source>
        <translation>{label}: Ein WMS-Layer braucht die URL des Dienstes als Pfad.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="621"/>
        <source>{label}: a WMS layer needs parameters naming its WMS layers.</source>
        <translation>{label}: Ein WMS-Layer braucht Parameter, die seine WMS-Layer nennen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="624"/>
        <source>{label}: its data is not a GeoJSON FeatureCollection.</source>
        <translation>{label}: Die Daten sind keine GeoJSON-FeatureCollection.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="627"/>
        <source>{label}, feature {number}: {problem}</source>
        <translation>{label}, Objekt {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="628"/>
        <source>{label}: {count} more features with problems.</source>
        <translation>{label}: {count} weitere Objekte mit Problemen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="629"/>
        <source>not a GeoJSON Feature.</source>
        <translation>kein GeoJSON-Feature.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="630"/>
        <source>no geometry.</source>
        <translation>keine Geometrie.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="631"/>
        <source>its coordinates are not longitude/latitude in degrees (is the layer&apos;s CRS right?).</source>
        <translation>die Koordinaten sind keine Längen/Breiten in Grad (stimmt das KBS des Layers?).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="634"/>
        <source>no properties (the style lives there).</source>
        <translation>keine Eigenschaften (dort steht der Stil).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="635"/>
        <source>a {geometry} in a point layer.</source>
        <translation>ein {geometry} in einem Punktlayer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="636"/>
        <source>style properties missing: {keys}.</source>
        <translation>Stileigenschaften fehlen: {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="637"/>
        <source>carries both a fill/stroke style and marker-color (the schema allows only one).</source>
        <translation>hat sowohl einen Füllungs-/Linienstil als auch marker-color (das Schema erlaubt nur eines).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="640"/>
        <source>{key} {value} is not a #rrggbb colour.</source>
        <translation>{key} {value} ist keine Farbe #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="641"/>
        <source>{key} {value} is not between 0 and 1.</source>
        <translation>{key} {value} liegt nicht zwischen 0 und 1.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="642"/>
        <source>stroke-width {value} is not a non-negative number.</source>
        <translation>stroke-width {value} ist keine Zahl grösser oder gleich 0.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="643"/>
        <source>The snapshot has no map view (views[0]).</source>
        <translation>Der Snapshot hat keine Kartenansicht (views[0]).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="644"/>
        <source>The map view&apos;s specType must be &apos;gemeindescanSnapshot&apos;.</source>
        <translation>Der specType der Kartenansicht muss 'gemeindescanSnapshot' sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="645"/>
        <source>The map view needs a name of lower-case letters, digits and . _ - /.</source>
        <translation>Die Kartenansicht braucht einen Namen aus Kleinbuchstaben, Ziffern und . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="648"/>
        <source>The map view lists no layers.</source>
        <translation>Die Kartenansicht nennt keine Layer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="649"/>
        <source>The map view lists {name}, which is not a resource of the snapshot.</source>
        <translation>Die Kartenansicht nennt {name}, das keine Ressource des Snapshots ist.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="652"/>
        <source>The map view has no &apos;spec&apos; with bounds and legend.</source>
        <translation>Die Kartenansicht hat keine 'spec' mit Ausdehnung und Legende.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="653"/>
        <source>The map view&apos;s {key} is missing (it may be empty text).</source>
        <translation>Der Eintrag «{key}» der Kartenansicht fehlt (er darf leerer Text sein).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="656"/>
        <source>The map bounds must be two corners, south-west and north-east.</source>
        <translation>Die Kartenausdehnung muss aus zwei Ecken bestehen, Südwest und Nordost.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="659"/>
        <source>The map bounds {bounds} lie south of the equator or west of Greenwich, which a snapshot cannot show.</source>
        <translation>Die Kartenausdehnung {bounds} liegt südlich des Äquators oder westlich von Greenwich, was ein Snapshot nicht zeigen kann.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="663"/>
        <source>The map bounds {bounds} must read geo:&lt;latitude&gt;,&lt;longitude&gt; in plain decimals.</source>
        <translation>Die Kartenausdehnung {bounds} muss als geo:&lt;Breite&gt;,&lt;Länge&gt; in einfachen Dezimalzahlen geschrieben sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="666"/>
        <source>The map bounds are not south-west then north-east.</source>
        <translation>Die Ecken der Kartenausdehnung stehen nicht in der Reihenfolge Südwest, dann Nordost.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="667"/>
        <source>The map bounds are not latitude/longitude in degrees.</source>
        <translation>Die Kartenausdehnung ist nicht in Breite/Länge in Grad angegeben.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="670"/>
        <source>The map has no legend (at least one entry is required).</source>
        <translation>Die Karte hat keine Legende (mindestens ein Eintrag ist nötig).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="671"/>
        <source>Legend entry {number} is not an object.</source>
        <translation>Legendeneintrag {number} ist kein Objekt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="672"/>
        <source>Legend entry {number} ({label})</source>
        <translation>Legendeneintrag {number} ({label})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="673"/>
        <source>{where} lacks {keys}.</source>
        <translation>{where}: Es fehlen {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="674"/>
        <source>{where}: shape must be circle, square or line.</source>
        <translation>{where}: shape muss circle, square oder line sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="675"/>
        <source>{where}: {key} {value} is not a #rrggbb colour.</source>
        <translation>{where}: {key} {value} ist keine Farbe #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="676"/>
        <source>{where}: {key} must be between 0 and 1.</source>
        <translation>{where}: {key} muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="677"/>
        <source>{where}: strokeWidth must be a non-negative number.</source>
        <translation>{where}: strokeWidth muss eine Zahl grösser oder gleich 0 sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="680"/>
        <source>{where}: primary must be true/false and label text.</source>
        <translation>{where}: primary muss true/false und label ein Text sein.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="685"/>
        <source>No QGIS authentication configuration was chosen for the login.</source>
        <translation>Für die Anmeldung wurde keine QGIS-Authentifizierungskonfiguration gewählt.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="688"/>
        <source>The QGIS authentication system is disabled, so the stored Gemeindescan login cannot be read.</source>
        <translation>Das Authentifizierungssystem von QGIS ist ausgeschaltet, daher kann die gespeicherte Gemeindescan-Anmeldung nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="692"/>
        <source>There is no QGIS authentication configuration with the id '{authcfg}'. Create one of type 'Basic' (Settings → Options → Authentication) and use its id.</source>
        <translation>Es gibt keine QGIS-Authentifizierungskonfiguration mit der ID '{authcfg}'. Erstellen Sie eine vom Typ 'Basic' (Einstellungen → Optionen → Authentifizierung) und verwenden Sie deren ID.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="697"/>
        <source>The QGIS authentication database is locked: its master password is not set. In QGIS, enter the master password when asked; for unattended runs, set the environment variable QGIS_AUTH_PASSWORD_FILE to a file (readable only by you) holding it.</source>
        <translation>Die Authentifizierungsdatenbank von QGIS ist gesperrt: Ihr Master-Passwort ist nicht gesetzt. Geben Sie in QGIS das Master-Passwort ein, wenn danach gefragt wird; für unbeaufsichtigte Läufe setzen Sie die Umgebungsvariable QGIS_AUTH_PASSWORD_FILE auf eine Datei (nur für Sie lesbar), die es enthält.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="703"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; could not be read.</source>
        <translation>Die QGIS-Authentifizierungskonfiguration '{authcfg}' konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="706"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; is of type &apos;{method}&apos;; the Gemeindescan login needs one of type &apos;Basic&apos; (username and password).</source>
        <translation>Die QGIS-Authentifizierungskonfiguration '{authcfg}' ist vom Typ '{method}'; die Gemeindescan-Anmeldung braucht eine vom Typ 'Basic' (Benutzername und Passwort).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="711"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; has no username or no password.</source>
        <translation>Der QGIS-Authentifizierungskonfiguration '{authcfg}' fehlt der Benutzername oder das Passwort.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="714"/>
        <source>No Gemeindescan login given: choose a QGIS authentication configuration, or set the environment variables {username_variable} and {password_variable}.</source>
        <translation>Keine Gemeindescan-Anmeldung angegeben: Wählen Sie eine QGIS-Authentifizierungskonfiguration oder setzen Sie die Umgebungsvariablen {username_variable} und {password_variable}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="60"/>
        <source>Publishing to Gemeindescan</source>
        <translation>Veröffentlichen auf Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="62"/>
        <source>Exporting a Gemeindescan snapshot</source>
        <translation>Gemeindescan-Snapshot wird exportiert</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="723"/>
        <source>Layer “{layer}”</source>
        <translation>Layer «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="724"/>
        <source>not a resource object</source>
        <translation>kein Ressourcen-Objekt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="725"/>
        <source>its features are in a separate file (path), which the snapshot does not carry</source>
        <translation>die Objekte liegen in einer separaten Datei (path), die der Snapshot nicht mitbringt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="728"/>
        <source>its data is not a GeoJSON FeatureCollection</source>
        <translation>die Daten sind keine GeoJSON-FeatureCollection</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="731"/>
        <source>a WMS layer without service address or layer names</source>
        <translation>ein WMS-Layer ohne Dienstadresse oder Layernamen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="732"/>
        <source>media type {mediatype} is not one QGIS can open from a snapshot</source>
        <translation>den Medientyp {mediatype} kann QGIS aus einem Snapshot nicht öffnen</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="735"/>
        <source>WMS layer</source>
        <translation>WMS-Layer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="736"/>
        <source>the WMS service {url} could not be reached, layer not added</source>
        <translation>der WMS-Dienst {url} war nicht erreichbar, der Layer wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="739"/>
        <source>Background map</source>
        <translation>Hintergrundkarte</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="740"/>
        <source>Background map {path} (add a Mapbox token to show it)</source>
        <translation>Hintergrundkarte {path} (fügen Sie ein Mapbox-Token hinzu, um sie anzuzeigen)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="743"/>
        <source>{key} (unreadable value {value})</source>
        <translation>{key} (unlesbarer Wert {value})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="245"/>
        <source>too many shapes to draw (offset lines, marker shapes, dashed outlines, pattern lines or dots): some features show them as before (a flat colour, or not at all)</source>
        <translation>zu viele Formen zu zeichnen (versetzte Linien, Punktsymbolformen, gestrichelte Umrisse, Musterlinien oder -punkte): einige Objekte zeigen sie wie bisher (einfarbig oder gar nicht)</translation>
    </message>
</context>
<context>
    <name>GemeindescanPanel</name>
    <message>
        <location filename="../ui/forms/panel.ui" line="26"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="31"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="35"/>
        <source>https://… address of the Gemeindescan server</source>
        <translation>https://… Adresse des Gemeindescan-Servers</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="36"/>
        <source>The address of the Gemeindescan server, as in your browser, e.g. https://gemeindescan.ch</source>
        <translation>Die Adresse des Gemeindescan-Servers wie in Ihrem Browser, z. B. https://gemeindescan.ch</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="40"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="46"/>
        <source>none chosen</source>
        <translation>keine gewählt</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="53"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="54"/>
        <source>Pick or create the login (kept in QGIS&apos;s password-protected authentication database)</source>
        <translation>Anmeldung wählen oder anlegen (in der passwortgeschützten Authentifizierungsdatenbank von QGIS aufbewahrt)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="61"/>
        <source>Log in / Test connection</source>
        <translation>Anmelden / Verbindung testen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="75"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="80"/>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="86"/>
        <source>id (B5BXT) or pasted link</source>
        <translation>ID (B5BXT) oder eingefügter Link</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="91"/>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="92"/>
        <source>Show the workspace&apos;s title and snapshots</source>
        <translation>Titel und Snapshots des Arbeitsbereichs anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="103"/>
        <source>Publish to</source>
        <translation>Veröffentlichen in</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="110"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Welchen Snapshot «Veröffentlichen» aktualisiert, oder ein neuer</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="125"/>
        <source>Municipality</source>
        <translation>Gemeinde</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="134"/>
        <source>Type a name, canton or BfS number: &quot;zur&quot;, &quot;neuchatel&quot;, &quot;261&quot;</source>
        <translation>Name, Kanton oder BfS-Nummer eingeben: «zur», «neuchatel», «261»</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="140"/>
        <source>From map</source>
        <translation>Aus der Karte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="141"/>
        <source>From map: the municipality at the centre of the map</source>
        <translation>Aus der Karte: die Gemeinde in der Kartenmitte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="147"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="148"/>
        <source>Fetch the list of municipalities from the server again</source>
        <translation>Liste der Gemeinden erneut vom Server laden</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="163"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="168"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="173"/>
        <source>0/150</source>
        <translation>0/150</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="177"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="182"/>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="186"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="195"/>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="199"/>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="203"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="209"/>
        <source>The layers to publish, top of the layer tree first</source>
        <translation>Die zu veröffentlichenden Layer, oberster Layer zuerst</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="213"/>
        <source>Map view</source>
        <translation>Kartenansicht</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="221"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="228"/>
        <source>mapbox://styles/user/style</source>
        <translation>mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="238"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="245"/>
        <source>Only features in the view</source>
        <translation>Nur Objekte in der Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="246"/>
        <source>Leave out features that lie wholly outside the map view</source>
        <translation>Objekte weglassen, die ganz ausserhalb der Kartenansicht liegen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="251"/>
        <source>Clip to the view</source>
        <translation>Auf die Ansicht zuschneiden</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="252"/>
        <source>Cut features at the edge of the map view (otherwise features crossing it are kept whole)</source>
        <translation>Objekte am Rand der Kartenansicht abschneiden (sonst bleiben Objekte, die ihn kreuzen, ganz)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="256"/>
        <source>File kept in</source>
        <translation>Datei aufbewahrt in</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="285"/>
        <source>Publish as a new snapshot</source>
        <translation>Als neuen Snapshot veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="294"/>
        <source>More ways to publish</source>
        <translation>Weitere Arten zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="302"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="118"/>
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="119"/>
        <source>Open snapshot…: bring a snapshot (file or link) into QGIS as layers; Publish then updates it</source>
        <translation>Snapshot öffnen…: einen Snapshot (Datei oder Link) als Layer in QGIS holen; «Veröffentlichen» aktualisiert ihn dann</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="6"/>
        <source>Gemeindescan login</source>
        <translation>Gemeindescan-Anmeldung</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="11"/>
        <source>The login is kept in QGIS&apos;s authentication database, protected by its master password; the project only remembers which login to use.</source>
        <translation>Die Anmeldung wird in der Authentifizierungsdatenbank von QGIS aufbewahrt, geschützt durch deren Master-Passwort; das Projekt merkt sich nur, welche Anmeldung zu verwenden ist.</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="16"/>
        <source>Use a stored login</source>
        <translation>Gespeicherte Anmeldung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="24"/>
        <source>Store a new login</source>
        <translation>Neue Anmeldung speichern</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="30"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="32"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="34"/>
        <source>Name in QGIS</source>
        <translation>Name in QGIS</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="35"/>
        <source>Gemeindescan</source>
        <translation>Gemeindescan</translation>
    </message>
</context>
<context>
    <name>OpenSnapshotDialog</name>
    <message>
        <location filename="../ui/open_snapshot.ui" line="9"/>
        <source>Open Gemeindescan snapshot</source>
        <translation>Gemeindescan-Snapshot öffnen</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="17"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="21"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="30"/>
        <source>Link or id</source>
        <translation>Link oder ID</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="35"/>
        <source>https://gemeindescan.ch/B5BXT/8OK4XB/</source>
        <translation>https://gemeindescan.ch/B5BXT/8OK4XB/</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="40"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="45"/>
        <source>the link&apos;s own address (needed for an id alone)</source>
        <translation>die Adresse des Links selbst (nötig für eine ID allein)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="53"/>
        <source>Keep the layers&apos; data in a GeoPackage</source>
        <translation>Daten der Layer in einem GeoPackage aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="57"/>
        <source>Beside the project</source>
        <translation>Neben dem Projekt</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="63"/>
        <source>In a temporary file</source>
        <translation>In einer temporären Datei</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="68"/>
        <source>In this file</source>
        <translation>In dieser Datei</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="81"/>
        <source>Mapbox token</source>
        <translation>Mapbox-Token</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="86"/>
        <source>optional: shows the snapshot&apos;s background map</source>
        <translation>optional: zeigt die Hintergrundkarte des Snapshots</translation>
    </message>
</context>
</TS>
