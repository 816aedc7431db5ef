<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_CH" sourcelanguage="en">
<context>
    <name>Gemeindescan</name>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="81"/>
        <source>Layer “{layer}” could not be loaded (its data source is missing or unreadable).</source>
        <translation>Impossibile caricare il layer «{layer}» (la sua fonte dati manca o non è leggibile).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="84"/>
        <source>Layer “{layer}” is a table without geometry; a snapshot can only show map layers.</source>
        <translation>Il layer «{layer}» è una tabella senza geometria; uno snapshot può mostrare solo layer cartografici.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="87"/>
        <source>Layer “{layer}” has no single geometry type (points, lines or polygons); split it by geometry type to export it.</source>
        <translation>Il layer «{layer}» non ha un unico tipo di geometria (punti, linee o poligoni); per esportarlo, suddividilo per tipo di geometria.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="92"/>
        <source>Layer “{layer}” has no coordinate reference system; set it in the layer's properties (Source) to export it.</source>
        <translation>Il layer «{layer}» non ha un sistema di riferimento delle coordinate; per esportarlo, impostalo nelle proprietà del layer (Sorgente).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="97"/>
        <source>Layer “{layer}” is drawn as a heatmap, which a snapshot cannot show; give it a symbol (e.g. single symbol or categorized) to export its points.</source>
        <translation>Il layer «{layer}» è visualizzato come mappa di calore, che uno snapshot non può mostrare; per esportarne i punti, assegnagli un simbolo (ad es. simbolo singolo o categorizzato).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="102"/>
        <source>Layer “{layer}” is a tile service (XYZ or WMTS); a snapshot can carry WMS layers but not tile services.</source>
        <translation>Il layer «{layer}» è un servizio di tasselli (XYZ o WMTS); uno snapshot può contenere layer WMS, ma non servizi di tasselli.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="107"/>
        <source>Layer “{layer}” is a raster layer that is not a WMS; a snapshot can carry vector layers and WMS layers only.</source>
        <translation>Il layer «{layer}» è un layer raster che non è un WMS; uno snapshot può contenere solo layer vettoriali e layer WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="112"/>
        <source>Layer “{layer}” is of a kind a snapshot cannot carry (only vector and WMS layers).</source>
        <translation>Il layer «{layer}» è di un tipo che uno snapshot non può contenere (solo layer vettoriali e WMS).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="115"/>
        <source>The layer “{layer}” has no geometry to draw, so it cannot go on the map.</source>
        <translation>Il layer «{layer}» non ha geometrie da disegnare, quindi non può comparire sulla mappa.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="118"/>
        <source>(missing layer)</source>
        <translation>(layer mancante)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="119"/>
        <source>There is no layer to export: choose at least one vector or WMS layer.</source>
        <translation>Non c'è alcun layer da esportare: scegli almeno un layer vettoriale o WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="124"/>
        <source>The background “{background}” is not a Mapbox style ({example}).</source>
        <translation>Lo sfondo «{background}» non è uno stile Mapbox ({example}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="127"/>
        <source>The coordinate precision must be 0 to {maximum} decimals, not {precision}.</source>
        <translation>La precisione delle coordinate deve essere da 0 a {maximum} decimali, non {precision}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="130"/>
        <source>The QGIS project {path} could not be read.</source>
        <translation>Impossibile leggere il progetto QGIS {path}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="131"/>
        <source>The project has no layer named “{layer}” (layers: {known}).</source>
        <translation>Il progetto non ha alcun layer chiamato «{layer}» (layer: {known}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="134"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="135"/>
        <source>Several layers are named “{layer}”; give one of their ids instead: {ids}.</source>
        <translation>Più layer si chiamano «{layer}»; indica invece uno dei loro ID: {ids}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="143"/>
        <source>The map extent has no coordinate reference system; give the extent&apos;s CRS.</source>
        <translation>L'estensione della mappa non ha un sistema di riferimento delle coordinate; indica il SR dell'estensione.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="146"/>
        <source>The map extent cannot be converted to WGS 84 (latitude/longitude).</source>
        <translation>Impossibile convertire l'estensione della mappa in WGS 84 (latitudine/longitudine).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="149"/>
        <source>The snapshot file {path} cannot be written: {reason}.</source>
        <translation>Impossibile scrivere il file snapshot {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="150"/>
        <source>Export cancelled.</source>
        <translation>Esportazione annullata.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="153"/>
        <source>{layer}: WMS</source>
        <translation>{layer}: WMS</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="154"/>
        <source>{layer}: {count} feature</source>
        <translation>{layer}: {count} elemento</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="155"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: {count} elementi</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="156"/>
        <source>{features} ({details})</source>
        <translation>{features} ({details})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="157"/>
        <source>{count} not drawn</source>
        <translation>non disegnati: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="158"/>
        <source>{count} empty or no geometry</source>
        <translation>geometria vuota o assente: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="159"/>
        <source>{count} outside the extent</source>
        <translation>fuori dall'estensione: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="160"/>
        <source>{count} not transformable to WGS 84</source>
        <translation>non convertibili in WGS 84: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="161"/>
        <source>{count} invalid repaired</source>
        <translation>non validi riparati: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="162"/>
        <source>{layer}: refused ({reason})</source>
        <translation>{layer}: rifiutato ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="163"/>
        <source>nothing exported</source>
        <translation>nulla è stato esportato</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="166"/>
        <source>The username or password is not correct.</source>
        <translation>Il nome utente o la password non sono corretti.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/base.py" line="19"/>
        <source>Snapshots</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/errors.py" line="27"/>
        <source>To retry, run the algorithm again with SNAPSHOT={pk}.</source>
        <translation>Per riprovare, esegui di nuovo l'algoritmo con SNAPSHOT={pk}.</translation>
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
        <translation>Esporta i layer scelti, con la simbologia con cui QGIS li disegna, in uno snapshot Gemeindescan (un file JSON Spatial Data Package) e verifica che la piattaforma possa mostrare il file.

Layer: i layer da mostrare (poligoni, linee, punti); il rapporto indica ogni layer che uno snapshot non può contenere.
Estensione della mappa: l'area dello snapshot; vuota significa tutti i layer insieme. Gli stili sono dimensionati per il visualizzatore Gemeindescan che mostra questa estensione.
Titolo, descrizione, parole chiave: i metadati dello snapshot (parole chiave separate da virgole).
Limita: tralascia gli elementi fuori dall'estensione. Ritaglia: taglia inoltre gli elementi al bordo dell'estensione.
Precisione: cifre decimali delle coordinate WGS84 (6 ≈ 0,1 m).

Restituisce il file snapshot e un rapporto di esportazione di una riga (elementi scritti e tralasciati per layer). Pubblica il file con «Pubblica snapshot».</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="62"/>
        <source>Export snapshot</source>
        <translation>Esporta snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="68"/>
        <source>snapshot, export, style</source>
        <translation>snapshot, esporta, stile, simbologia</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="76"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="122"/>
        <source>Map extent</source>
        <translation>Estensione della mappa</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="140"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="85"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="90"/>
        <source>Keywords (comma-separated)</source>
        <translation>Parole chiave (separate da virgole)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="95"/>
        <source>Crop to the extent</source>
        <translation>Limita all'estensione</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="98"/>
        <source>Clip geometries at the extent</source>
        <translation>Ritaglia le geometrie all'estensione</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="103"/>
        <source>Coordinate precision (decimals)</source>
        <translation>Precisione delle coordinate (decimali)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="109"/>
        <source>Snapshot file</source>
        <translation>File snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot JSON (*.json)</source>
        <translation>Snapshot JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="118"/>
        <source>Export report</source>
        <translation>Rapporto di esportazione</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="134"/>
        <source>Choose at least one layer to export.</source>
        <translation>Scegli almeno un layer da esportare.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/inputs.py" line="32"/>
        <source>The layers have no extent (are they empty?); give a map extent.</source>
        <translation>I layer non hanno un'estensione (sono vuoti?); indica un'estensione della mappa.</translation>
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
        <translation>Pubblica uno snapshot su un server Gemeindescan: lo crea in un'area di lavoro (o ne aggiorna uno esistente) e carica il file snapshot. Il file viene prima verificato; un file che la piattaforma non potrebbe mostrare viene rifiutato prima di inviare qualsiasi cosa.

File snapshot: un file creato con «Esporta snapshot». Oppure lascialo vuoto e scegli dei layer (e un'estensione della mappa): vengono prima esportati con le opzioni usuali e il file viene conservato (File snapshot da conservare, altrimenti un file temporaneo).
Server: l'indirizzo del server Gemeindescan, come nel browser (https://…).
Accesso: una configurazione di autenticazione QGIS di tipo Basic (nome utente e password), scelta tramite il suo ID, così che nessuna password finisca nella cronologia di Processing o in un modello. Se resta vuoto, l'accesso proviene dalle variabili d'ambiente {username_variable} e {password_variable} (per l'automazione). Senza desktop, QGIS legge la sua password principale dal file indicato da QGIS_AUTH_PASSWORD_FILE.
Area di lavoro: l'ID dell'area di lavoro (ad es. ACC01) o un link ad essa.
Numero UST: il numero del comune secondo l'Ufficio federale di statistica (ad es. 261 per Zurigo).
Titolo (al massimo {max_title} caratteri) e tema (al massimo {max_topic}).
Snapshot da aggiornare: l'ID di 6 caratteri (pk) di uno snapshot da sostituire; se vuoto, ne viene creato uno nuovo.

Restituisce l'ID (pk) dello snapshot, il suo link, il suo link nell'area di lavoro, l'indirizzo del file salvato e il file snapshot pubblicato.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="91"/>
        <source>Publish snapshot</source>
        <translation>Pubblica snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="96"/>
        <source>snapshot, publish, upload, workspace, municipality</source>
        <translation>snapshot, pubblica, carica, area di lavoro, comune</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="114"/>
        <source>Layers (exported first when no snapshot file is given)</source>
        <translation>Layer (esportati prima se non è indicato alcun file snapshot)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="125"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="126"/>
        <source>Login (authentication configuration)</source>
        <translation>Accesso (configurazione di autenticazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="131"/>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="132"/>
        <source>BfS number of the municipality</source>
        <translation>Numero UST del comune</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="141"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="142"/>
        <source>Snapshot to update (pk)</source>
        <translation>Snapshot da aggiornare (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="148"/>
        <source>Snapshot id (pk)</source>
        <translation>ID dello snapshot (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="149"/>
        <source>Snapshot link</source>
        <translation>Link allo snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="150"/>
        <source>Snapshot link in the workspace</source>
        <translation>Link allo snapshot nell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="153"/>
        <source>Stored file address</source>
        <translation>Indirizzo del file salvato</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="158"/>
        <source>Description (when exporting)</source>
        <translation>Descrizione (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="164"/>
        <source>Keywords, comma-separated (when exporting)</source>
        <translation>Parole chiave, separate da virgole (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="167"/>
        <source>Crop to the extent (when exporting)</source>
        <translation>Limita all'estensione (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="170"/>
        <source>Clip geometries at the extent (when exporting)</source>
        <translation>Ritaglia le geometrie all'estensione (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="175"/>
        <source>Coordinate precision (when exporting)</source>
        <translation>Precisione delle coordinate (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="183"/>
        <source>Website for the links (default: the server)</source>
        <translation>Sito web per i link (predefinito: il server)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot file to keep (when exporting)</source>
        <translation>File snapshot da conservare (durante l'esportazione)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="259"/>
        <source>Give the address of the Gemeindescan server.</source>
        <translation>Indica l'indirizzo del server Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="265"/>
        <source>Give either a snapshot file or layers to export, not both.</source>
        <translation>Indica un file snapshot oppure dei layer da esportare, non entrambi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="269"/>
        <source>Give a snapshot file, or layers to export and publish.</source>
        <translation>Indica un file snapshot, oppure dei layer da esportare e pubblicare.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="283"/>
        <source>Snapshot link: {url}</source>
        <translation>Link allo snapshot: {url}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="48"/>
        <source>Gemeindescan Uploader</source>
        <translation>Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="50"/>
        <source>Publish the map view as a Gemeindescan snapshot</source>
        <translation>Pubblica la vista della mappa come snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="62"/>
        <source>&amp;Gemeindescan Uploader</source>
        <translation>&amp;Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/network.py" line="26"/>
        <source>To trust it, add the certificate of its issuer (your organisation's root certificate) in QGIS: Settings → Options → Authentication → Manage certificates → Authorities → Import, then try again.</source>
        <translation>Per considerarlo attendibile, aggiungi il certificato del suo emittente (il certificato radice della tua organizzazione) in QGIS: Impostazioni → Opzioni → Autenticazione → Gestisci certificati → Autorità → Importa, poi riprova.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Open snapshot</source>
        <translation>Apri snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="44"/>
        <source>Opens a Gemeindescan snapshot as QGIS layers: its vector layers are written into a GeoPackage, each with the snapshot's styles as categories (labelled from the snapshot's legend), stored as the layer's default style.

Snapshot file: a snapshot JSON file. Or Snapshot link: the link of a snapshot on Gemeindescan (https://…/PK/ or https://…/WORKSPACE/PK/), or its id together with Server. No login is needed to read a snapshot.
Server: the Gemeindescan server to ask (default: the link's own address).

Outputs the GeoPackage and a one-line report (features and styles per layer, geometries repaired, style keys ignored). WMS layers and the background are listed in the report; the plugin's &quot;Open snapshot…&quot; action adds them to the project too.</source>
        <translation>Apre uno snapshot Gemeindescan come layer QGIS: i suoi layer vettoriali vengono scritti in un GeoPackage, ciascuno con gli stili dello snapshot come categorie (etichettate secondo la legenda dello snapshot), salvati come stile predefinito del layer.

File snapshot: un file JSON di snapshot. Oppure Link dello snapshot: il link di uno snapshot su Gemeindescan (https://…/PK/ o https://…/WORKSPACE/PK/), o il suo ID insieme a Server. Per leggere uno snapshot non serve alcun accesso.
Server: il server Gemeindescan da interrogare (predefinito: l'indirizzo del link stesso).

Restituisce il GeoPackage e un rapporto di una riga (elementi e stili per layer, geometrie riparate, chiavi di stile ignorate). I layer WMS e lo sfondo sono elencati nel rapporto; l'azione «Apri snapshot…» del plugin li aggiunge anche al progetto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="64"/>
        <source>Snapshot link (or id with Server)</source>
        <translation>Link dello snapshot (o ID con Server)</translation>
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
        <translation>Rapporto</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="91"/>
        <source>Give either a snapshot file or a snapshot link, not both.</source>
        <translation>Indica un file snapshot oppure un link di snapshot, non entrambi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="95"/>
        <source>Give a snapshot file or a snapshot link.</source>
        <translation>Indica un file snapshot o un link di snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The file</source>
        <translation>Il file</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The snapshot {pk}</source>
        <translation>Lo snapshot {pk}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="102"/>
        <source>Read snapshot {pk} from {server}</source>
        <translation>Snapshot {pk} letto da {server}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="113"/>
        <source>{title}: {path}, not loaded by this algorithm</source>
        <translation>{title}: {path}, non caricato da questo algoritmo</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>Open snapshot…</source>
        <translation>Apri snapshot…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="67"/>
        <source>Open a Gemeindescan snapshot (file or link) as styled QGIS layers</source>
        <translation>Apri uno snapshot Gemeindescan (file o link) come layer QGIS con stile</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="81"/>
        <source>Opening Gemeindescan snapshot</source>
        <translation>Apertura dello snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="107"/>
        <source>The snapshot could not be opened because of an unexpected error; the details are in the log (Gemeindescan).</source>
        <translation>Impossibile aprire lo snapshot a causa di un errore imprevisto; i dettagli sono nel registro (Gemeindescan).</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="135"/>
        <source>Snapshot (*.json);;All files (*)</source>
        <translation>Snapshot (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="136"/>
        <source>Choose a snapshot file</source>
        <translation>Scegli un file snapshot</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="139"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="157"/>
        <source>Save the project first to keep the data beside it.</source>
        <translation>Salva prima il progetto per conservare i dati accanto ad esso.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="181"/>
        <source>Choose a snapshot file.</source>
        <translation>Scegli un file snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="184"/>
        <source>There is no file {path}.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="189"/>
        <source>Paste the snapshot&apos;s link, or give its id and the server.</source>
        <translation>Incolla il link dello snapshot, o indica il suo ID e il server.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="199"/>
        <source>Choose the GeoPackage file to write.</source>
        <translation>Scegli il file GeoPackage da scrivere.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="243"/>
        <source>Opening the snapshot was cancelled.</source>
        <translation>L'apertura dello snapshot è stata annullata.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="246"/>
        <source>Not opened</source>
        <translation>Non aperto</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="252"/>
        <source>Opened “{title}”: {summary}</source>
        <translation>«{title}» aperto: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="256"/>
        <source>Publish now updates snapshot {pk}.</source>
        <translation>Ora «Pubblica» aggiorna lo snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="261"/>
        <source>Gemeindescan</source>
        <translation>Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="170"/>
        <source>The file {name} is not valid JSON, so it is not a snapshot. Choose a snapshot file (.json) exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>Il file {name} non è JSON valido, quindi non è uno snapshot. Scegli un file snapshot (.json) esportato da QGIS o scaricato da Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="175"/>
        <source>{where} is plain GeoJSON, not a snapshot. Open it with Layer ▸ Add Layer ▸ Add Vector Layer instead.</source>
        <translation>{where}: è un semplice GeoJSON, non uno snapshot. Aprilo invece con Layer ▸ Aggiungi layer ▸ Aggiungi layer vettoriale.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="179"/>
        <source>{where} is not a Gemeindescan snapshot: it has no list of resources (layers). Choose a snapshot file exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>{where}: non è uno snapshot Gemeindescan, manca l'elenco delle risorse (layer). Scegli un file snapshot esportato da QGIS o scaricato da Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="184"/>
        <source>{where} holds no layer that QGIS can open: {reasons}</source>
        <translation>{where}: nessun layer che QGIS possa aprire: {reasons}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="185"/>
        <source>Give a snapshot file, or the link or id of a snapshot.</source>
        <translation>Indica un file snapshot, oppure il link o l'ID di uno snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="188"/>
        <source>“{text}” is not a link to a snapshot (it should start with https://).</source>
        <translation>«{text}» non è un link a uno snapshot (dovrebbe iniziare con https://).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="191"/>
        <source>There is no file “{text}”. To open a snapshot from the server, give its link, or its id together with the server address.</source>
        <translation>Il file «{text}» non esiste. Per aprire uno snapshot dal server, indica il suo link, oppure il suo ID insieme all'indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="196"/>
        <source>“{text}” names no snapshot. Give the snapshot's link (like https://gemeindescan.ch/8OK4XB/) or its id (like 8OK4XB).</source>
        <translation>«{text}» non indica alcuno snapshot. Indica il link dello snapshot (ad es. https://gemeindescan.ch/8OK4XB/) o il suo ID (ad es. 8OK4XB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="201"/>
        <source>The GeoPackage {name} could not be written: {reason}</source>
        <translation>Impossibile scrivere il GeoPackage {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="204"/>
        <source>A feature of “{layer}” could not be written to the GeoPackage.</source>
        <translation>Impossibile scrivere nel GeoPackage un elemento di «{layer}».</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="208"/>
        <source>{layer}: the property “fid” is kept as “fid_snapshot” (it cannot be the GeoPackage's feature id)</source>
        <translation>{layer}: la proprietà «fid» è conservata come «fid_snapshot» (non può essere l'ID degli elementi del GeoPackage)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="212"/>
        <source>The layer “{layer}” written to {path} cannot be read back.</source>
        <translation>Il layer «{layer}» scritto in {path} non può essere riletto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="215"/>
        <source>The style of “{layer}” could not be stored in the GeoPackage.</source>
        <translation>Impossibile salvare nel GeoPackage lo stile di «{layer}».</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="218"/>
        <source>The layer “{layer}” in {path} cannot be read.</source>
        <translation>Impossibile leggere il layer «{layer}» in {path}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="219"/>
        <source>{layer}: {count} features, {styles} style</source>
        <translation>{layer}: {count} elementi, {styles} stile</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="220"/>
        <source>{layer}: {count} features, {styles} styles</source>
        <translation>{layer}: {count} elementi, {styles} stili</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="221"/>
        <source>{count} invalid geometry repaired</source>
        <translation>{count} geometria non valida riparata</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="222"/>
        <source>{count} invalid geometries repaired</source>
        <translation>{count} geometrie non valide riparate</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="223"/>
        <source>{count} with unreadable geometry left out</source>
        <translation>geometria illeggibile, tralasciati: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="224"/>
        <source>{count} without geometry</source>
        <translation>senza geometria: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="225"/>
        <source>style keys ignored: {keys}</source>
        <translation>chiavi di stile ignorate: {keys}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="226"/>
        <source>not opened: {reason}</source>
        <translation>non aperto: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="227"/>
        <source>The snapshot {pk} on the server has no map yet: nothing was uploaded to it. Publish to it first, or choose another snapshot.</source>
        <translation>Lo snapshot {pk} sul server non ha ancora una mappa: non vi è stato caricato nulla. Pubblica prima in esso, o scegli un altro snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Gemeindescan standard</source>
        <translation>Standard Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Mapbox style URL</source>
        <translation>URL di uno stile Mapbox</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="124"/>
        <source>Folder for the exported snapshot files</source>
        <translation>Cartella per i file snapshot esportati</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="103"/>
        <source>Publish as a new snapshot</source>
        <translation>Pubblica come nuovo snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>stored login {id}</source>
        <translation>accesso salvato {id}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>none chosen</source>
        <translation>nessuno scelto</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="320"/>
        <source>Give the address of the Gemeindescan server first.</source>
        <translation>Indica prima l'indirizzo del server Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="325"/>
        <source>Choose a login first (Choose…).</source>
        <translation>Scegli prima un accesso (Scegli…).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="332"/>
        <source>Logging in to {server}…</source>
        <translation>Accesso a {server}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="335"/>
        <source>Gemeindescan: logging in</source>
        <translation>Gemeindescan: accesso</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="344"/>
        <source>✓ Logged in as {user} on {server}</source>
        <translation>✓ Accesso effettuato come {user} su {server}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="350"/>
        <source>Connection — {user} ✓</source>
        <translation>Connessione — {user} ✓</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="357"/>
        <source>Suggested by the server: your workspace {id}.</source>
        <translation>Suggerita dal server: la tua area di lavoro {id}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="367"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="404"/>
        <source>Give the server address and the workspace first.</source>
        <translation>Indica prima l'indirizzo del server e l'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="408"/>
        <source>Looking up workspace {id}…</source>
        <translation>Ricerca dell'area di lavoro {id}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="410"/>
        <source>Gemeindescan: looking up a workspace</source>
        <translation>Gemeindescan: ricerca di un'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshot</source>
        <translation>{count} snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshots</source>
        <translation>{count} snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="428"/>
        <source>“{title}”, {count}</source>
        <translation>«{title}», {count}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="445"/>
        <source>New snapshot</source>
        <translation>Nuovo snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="449"/>
        <source>{pk} · published from this project</source>
        <translation>{pk} · pubblicato da questo progetto</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="533"/>
        <source>{count} municipalities, list of {date}</source>
        <translation>{count} comuni, elenco del {date}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="516"/>
        <source>Fetching the list of municipalities…</source>
        <translation>Caricamento dell'elenco dei comuni…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="518"/>
        <source>Gemeindescan: fetching municipalities</source>
        <translation>Gemeindescan: caricamento dei comuni</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="543"/>
        <source>Could not fetch the municipalities: {message}</source>
        <translation>Impossibile caricare i comuni: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="570"/>
        <source>No municipality found at the centre of the map.</source>
        <translation>Nessun comune trovato al centro della mappa.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="576"/>
        <source>{label}, at the centre of the map</source>
        <translation>{label}, al centro della mappa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="630"/>
        <source>{name} (cannot be published)</source>
        <translation>{name} (non può essere pubblicato)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="654"/>
        <source>no map canvas</source>
        <translation>nessuna mappa</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="659"/>
        <source>the map shows nothing yet: zoom to your layers</source>
        <translation>la mappa non mostra ancora nulla: zooma sui tuoi layer</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="662"/>
        <source>current map view · 1:{scale}</source>
        <translation>vista attuale della mappa · 1:{scale}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="719"/>
        <source>Cannot publish yet</source>
        <translation>Non ancora pubblicabile</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>Cannot publish</source>
        <translation>Pubblicazione impossibile</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Impossibile creare la cartella {folder}: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="774"/>
        <source>published</source>
        <translation>pubblicato</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing cancelled</source>
        <translation>Pubblicazione annullata</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing failed</source>
        <translation>Pubblicazione non riuscita</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="822"/>
        <source>Last export: {summary}</source>
        <translation>Ultima esportazione: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="31"/>
        <source>The exported file is kept at {path}.</source>
        <translation>Il file esportato è conservato in {path}.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="67"/>
        <source>Use this login</source>
        <translation>Usa questo accesso</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="79"/>
        <source>Give a username and a password.</source>
        <translation>Indica un nome utente e una password.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="81"/>
        <source>Gemeindescan {username}</source>
        <translation>Gemeindescan {username}</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="87"/>
        <source>QGIS could not store the login. Is the master password of its authentication database set (Settings → Options → Authentication)?</source>
        <translation>QGIS non ha potuto salvare l'accesso. La password principale del suo database di autenticazione è impostata (Impostazioni → Opzioni → Autenticazione)?</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="30"/>
        <source>Published: snapshot {pk} is online.</source>
        <translation>Pubblicato: lo snapshot {pk} è online.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="34"/>
        <source>Copy link</source>
        <translation>Copia il link</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="46"/>
        <source>the server address</source>
        <translation>l'indirizzo del server</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="48"/>
        <source>a login (Connection → Choose…)</source>
        <translation>un accesso (Connessione → Scegli…)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="50"/>
        <source>the workspace</source>
        <translation>l'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="52"/>
        <source>the municipality</source>
        <translation>il comune</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="55"/>
        <source>a title</source>
        <translation>un titolo</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="57"/>
        <source>a shorter title (at most {limit} characters)</source>
        <translation>un titolo più breve (al massimo {limit} caratteri)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="61"/>
        <source>a topic</source>
        <translation>un tema</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="63"/>
        <source>a shorter topic (at most {limit} characters)</source>
        <translation>un tema più breve (al massimo {limit} caratteri)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="67"/>
        <source>at least one layer</source>
        <translation>almeno un layer</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="69"/>
        <source>a background style like mapbox://styles/user/style</source>
        <translation>uno stile di sfondo come mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="76"/>
        <source>Publishing is running; cancel it below.</source>
        <translation>La pubblicazione è in corso; puoi annullarla qui sotto.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="79"/>
        <source>Still missing: {items}.</source>
        <translation>Manca ancora: {items}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="82"/>
        <source>Exports the checked layers in the current map view and updates snapshot {pk}.</source>
        <translation>Esporta i layer selezionati nella vista attuale della mappa e aggiorna lo snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="85"/>
        <source>Exports the checked layers in the current map view and creates a new snapshot.</source>
        <translation>Esporta i layer selezionati nella vista attuale della mappa e crea un nuovo snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="99"/>
        <source>Publishing…</source>
        <translation>Pubblicazione…</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="102"/>
        <source>Publish — updates {pk}</source>
        <translation>Pubblica — aggiorna {pk}</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="172"/>
        <source>Wrong username or password.</source>
        <translation>Nome utente o password errati.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="174"/>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="176"/>
        <source>The secure connection (TLS) failed.</source>
        <translation>La connessione sicura (TLS) non è riuscita.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="178"/>
        <source>The server cannot be reached.</source>
        <translation>Il server non è raggiungibile.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="180"/>
        <source>This is not a Gemeindescan server.</source>
        <translation>Questo non è un server Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="182"/>
        <source>The server answered, but not as a Gemeindescan server should.</source>
        <translation>Il server ha risposto, ma non come dovrebbe un server Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="184"/>
        <source>Check the server address or the login.</source>
        <translation>Controlla l'indirizzo del server o l'accesso.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="186"/>
        <source>Logging in failed.</source>
        <translation>L'accesso non è riuscito.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="193"/>
        <source>{message} The exported file is kept at {path}.</source>
        <translation>{message} Il file esportato è conservato in {path}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="235"/>
        <source>dash patterns drawn as solid lines</source>
        <translation>tratteggi disegnati come linee continue</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="240"/>
        <source>symbol offsets ignored (drawn on the feature itself)</source>
        <translation>spostamenti dei simboli ignorati (disegnati sull'elemento stesso)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="241"/>
        <source>markers inside polygons (centroid fill, generated points) not drawn</source>
        <translation>simboli puntuali nei poligoni (riempimento centroide, punti generati) non disegnati</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="244"/>
        <source>vector field lines not drawn</source>
        <translation>linee del campo vettoriale non disegnate</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="250"/>
        <source>inverted polygons: one area around them per symbol, without the features&apos; attributes</source>
        <translation>poligoni invertiti: un'area intorno ad essi per simbolo, senza gli attributi degli elementi</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="253"/>
        <source>Every chosen layer is hidden at the export scale 1:{scale} (scale-dependent visibility). Zoom to a scale at which QGIS shows them, or change their visibility range in the layer properties (Rendering).</source>
        <translation>Tutti i layer scelti sono nascosti alla scala di esportazione 1:{scale} (visibilità dipendente dalla scala). Zooma a una scala in cui QGIS li mostra, o modifica il loro intervallo di visibilità nelle proprietà del layer (Visualizzazione).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="258"/>
        <source>from 1:{scale} in</source>
        <translation>da 1:{scale} ingrandendo</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="259"/>
        <source>up to 1:{scale}</source>
        <translation>fino a 1:{scale}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="260"/>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="261"/>
        <source>hidden at the export scale 1:{scale}; QGIS shows it only {ranges}</source>
        <translation>nascosto alla scala di esportazione 1:{scale}; QGIS lo mostra solo {ranges}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="264"/>
        <source>{layer}: left out ({reason})</source>
        <translation>{layer}: tralasciato ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="138"/>
        <source>The project has no saved map extent and its layers have none either (are they empty?); give one with --extent.</source>
        <translation>Il progetto non ha un'estensione della mappa salvata e nemmeno i suoi layer ne hanno una (sono vuoti?); indicane una con --extent.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="267"/>
        <source>A layer chosen for the snapshot has been removed from the project; choose the layers again.</source>
        <translation>Un layer scelto per lo snapshot è stato rimosso dal progetto; scegli di nuovo i layer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="271"/>
        <source>Publishing was cancelled.</source>
        <translation>La pubblicazione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="272"/>
        <source>Publishing was cancelled during the upload.</source>
        <translation>La pubblicazione è stata annullata durante il caricamento.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="273"/>
        <source>The export could not be prepared because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>Impossibile preparare l'esportazione a causa di un errore imprevisto; i dettagli sono nel registro Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="278"/>
        <source>Publishing stopped because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>La pubblicazione si è interrotta a causa di un errore imprevisto; i dettagli sono nel registro Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="462"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Quale snapshot aggiorna «Pubblica», o uno nuovo</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="236"/>
        <source>dash patterns not fitted to line ends and corners</source>
        <translation>tratteggi non adattati alle estremità e agli angoli delle linee</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="239"/>
        <source>lines with too many dashes drawn solid</source>
        <translation>linee con troppi trattini disegnate come linee continue</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="284"/>
        <source>Publish again to snapshot {pk} to complete it.</source>
        <translation>Pubblica di nuovo nello snapshot {pk} per completarlo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="285"/>
        <source>The snapshot {pk} was created without its file.</source>
        <translation>Lo snapshot {pk} è stato creato senza il suo file.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="286"/>
        <source>It is not known whether the server created the snapshot: publishing again with the same title, topic, municipality and workspace completes it if it exists, without making a second one.</source>
        <translation>Non si sa se il server abbia creato lo snapshot: pubblica di nuovo con lo stesso titolo, tema, comune e area di lavoro; uno snapshot già creato viene così completato, senza crearne un secondo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="291"/>
        <source>The snapshot {pk} is not in workspace {workspace}; nothing was changed. {where}</source>
        <translation>Lo snapshot {pk} non è nell'area di lavoro {workspace}; non è stato modificato nulla. {where}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="294"/>
        <source>It is in your workspace {home}: {url}. Give that workspace to update it.</source>
        <translation>Si trova nella tua area di lavoro {home}: {url}. Indica quest'area di lavoro per aggiornarlo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="297"/>
        <source>It is probably someone else&apos;s: {url}. Give the workspace it belongs to, or leave out the snapshot to update to publish a new one.</source>
        <translation>Probabilmente appartiene a qualcun altro: {url}. Indica l'area di lavoro a cui appartiene, oppure non indicare lo snapshot da aggiornare per pubblicarne uno nuovo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="302"/>
        <source>Publishing was cancelled while logging in; nothing was created on the server.</source>
        <translation>La pubblicazione è stata annullata durante l'accesso; sul server non è stato creato nulla.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="305"/>
        <source>Something unexpected went wrong; the details are in the Gemeindescan log.</source>
        <translation>Si è verificato un errore imprevisto; i dettagli sono nel registro Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="308"/>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="311"/>
        <source>Exporting {count} layer(s) to {path}</source>
        <translation>Esportazione di {count} layer in {path}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="312"/>
        <source>Checked the snapshot file {name} while writing it: the platform can show it.</source>
        <translation>Il file snapshot {name} è stato verificato durante la scrittura: la piattaforma può mostrarlo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="315"/>
        <source>{name} was checked when it was written and has not changed since.</source>
        <translation>{name} è stato verificato durante la scrittura e da allora non è cambiato.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="318"/>
        <source>Logging in to {server} as {username}</source>
        <translation>Accesso a {server} come {username}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="319"/>
        <source>Updating snapshot {pk} in workspace {workspace} and uploading {name}</source>
        <translation>Aggiornamento dello snapshot {pk} nell'area di lavoro {workspace} e caricamento di {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="322"/>
        <source>Creating a snapshot in workspace {workspace} and uploading {name}</source>
        <translation>Creazione di uno snapshot nell'area di lavoro {workspace} e caricamento di {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="325"/>
        <source>Published snapshot {pk}: {url}</source>
        <translation>Snapshot {pk} pubblicato: {url}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="328"/>
        <source>The output {output} is a folder; give a file name such as {example}.</source>
        <translation>L'output {output} è una cartella; indica un nome di file, ad esempio {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="331"/>
        <source>The output file {name} is {what}: writing the snapshot there would destroy it. Choose another file name.</source>
        <translation>Il file di output {name} è {what}: scrivervi lo snapshot lo distruggerebbe. Scegli un altro nome di file.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="336"/>
        <source>the file being published</source>
        <translation>il file che viene pubblicato</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="337"/>
        <source>the QGIS project itself</source>
        <translation>il progetto QGIS stesso</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="338"/>
        <source>the project&apos;s auxiliary storage</source>
        <translation>l'archivio ausiliario del progetto</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="339"/>
        <source>the data of the layer &apos;{layer}&apos;</source>
        <translation>la fonte dati del layer «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="340"/>
        <source>a database file of the layer &apos;{layer}&apos;</source>
        <translation>un file di database del layer «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="343"/>
        <source>server address</source>
        <translation>indirizzo del server</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="344"/>
        <source>website address</source>
        <translation>indirizzo del sito web</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="345"/>
        <source>workspace link</source>
        <translation>link dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="346"/>
        <source>Give the {what} without a username or password in it (like https://host/); the login is asked for separately.</source>
        <translation>Indica «{what}» senza nome utente né password (ad esempio https://host/); l'accesso viene chiesto a parte.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="351"/>
        <source>'{text}' is not a {what} (expected https://… or http://…).</source>
        <translation>«{text}» non è valido come «{what}» (atteso: https://… o http://…).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="354"/>
        <source>&apos;{address}&apos; is the address of one of the server&apos;s services, not of the server. Use {base} as server address.</source>
        <translation>«{address}» è l'indirizzo di uno dei servizi del server, non del server. Usa {base} come indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="359"/>
        <source>Give the server address without '?…' or '#…': {base}</source>
        <translation>Indica l'indirizzo del server senza «?…» o «#…»: {base}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="360"/>
        <source>&apos;{text}&apos; is not a valid Gemeindescan id.</source>
        <translation>«{text}» non è un ID Gemeindescan valido.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="361"/>
        <source>&apos;{text}&apos; is not a snapshot id (expected something like 8OK4XB).</source>
        <translation>«{text}» non è un ID di snapshot (atteso qualcosa come 8OK4XB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="364"/>
        <source>&apos;{text}&apos; is not a workspace. Give the workspace id (like B5BXT), or paste the link of the workspace from the Gemeindescan website.</source>
        <translation>«{text}» non è un'area di lavoro. Indica l'ID dell'area di lavoro (ad esempio B5BXT), oppure incolla il link dell'area di lavoro dal sito web di Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="369"/>
        <source>No workspace given. Give the workspace id (like B5BXT) or its link.</source>
        <translation>Nessuna area di lavoro indicata. Indica l'ID dell'area di lavoro (ad esempio B5BXT) o il suo link.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="372"/>
        <source>&apos;{text}&apos; is not a BfS number. A BfS number is a whole number, like 261.</source>
        <translation>«{text}» non è un numero UST. Un numero UST è un numero intero, ad esempio 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="375"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="376"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="377"/>
        <source>Give the snapshot a {what}.</source>
        <translation>Il campo «{what}» dello snapshot è vuoto; compilalo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="378"/>
        <source>The {what} is {length} characters long; the server allows at most {maximum}.</source>
        <translation>Il campo «{what}» è lungo {length} caratteri; il server ne accetta al massimo {maximum}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="381"/>
        <source>The {what} contains a control character; type it again without it.</source>
        <translation>Il campo «{what}» contiene un carattere di controllo; digita di nuovo il testo senza di esso.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="384"/>
        <source>Give a username and a password to log in.</source>
        <translation>Indica un nome utente e una password per accedere.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="389"/>
        <source>opening the login page</source>
        <translation>durante l'apertura della pagina di accesso</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="390"/>
        <source>logging in</source>
        <translation>durante l'accesso</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="391"/>
        <source>logging out</source>
        <translation>durante la disconnessione</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="392"/>
        <source>creating the snapshot</source>
        <translation>durante la creazione dello snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="393"/>
        <source>updating the snapshot</source>
        <translation>durante l'aggiornamento dello snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="394"/>
        <source>uploading the snapshot file</source>
        <translation>durante il caricamento del file dello snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="395"/>
        <source>reading from the server</source>
        <translation>durante la lettura dal server</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="397"/>
        <source>login page</source>
        <translation>la pagina di accesso</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="398"/>
        <source>login form</source>
        <translation>il modulo di accesso</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="399"/>
        <source>data service (/graphql/)</source>
        <translation>il servizio dati (/graphql/)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="400"/>
        <source>snapshot upload</source>
        <translation>il caricamento degli snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="401"/>
        <source>The proxy between this computer and the Gemeindescan server refused its login. Check the proxy&apos;s username and password in the proxy settings.</source>
        <translation>Il proxy tra questo computer e il server Gemeindescan ha rifiutato il suo accesso. Controlla nome utente e password del proxy nelle impostazioni del proxy.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="406"/>
        <source>The server sends the login to {location}. Use that address (without the /account/login/ part) as server address.</source>
        <translation>Il server inoltra l'accesso a {location}. Usa questo indirizzo (senza la parte /account/login/) come indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="411"/>
        <source>The server did not start a login (no security token). Is this address a Gemeindescan server?</source>
        <translation>Il server non ha avviato un accesso (nessun token di sicurezza). Questo indirizzo è un server Gemeindescan?</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="415"/>
        <source>The server refused the login for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://.</source>
        <translation>Il server ha rifiutato l'accesso per motivi di sicurezza (il suo controllo CSRF non è riuscito). Controlla che l'indirizzo del server inizi con il giusto http:// o https://.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="420"/>
        <source>The server accepted the login but kept no session. Check that the server address starts with the right http:// or https://.</source>
        <translation>Il server ha accettato l'accesso ma non ha mantenuto alcuna sessione. Controlla che l'indirizzo del server inizi con il giusto http:// o https://.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="425"/>
        <source>Your Gemeindescan session has expired. Please log in again.</source>
        <translation>La tua sessione Gemeindescan è scaduta. Accedi di nuovo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="428"/>
        <source>You are not logged in to the Gemeindescan server, or your session has expired. Please log in again.</source>
        <translation>Non hai effettuato l'accesso al server Gemeindescan, oppure la tua sessione è scaduta. Accedi di nuovo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="432"/>
        <source>The Gemeindescan server did not answer while {step}: the gateway in front of it answered HTTP {status} (server down or overloaded). Try again later.</source>
        <translation>Il server Gemeindescan non ha risposto {step}: il gateway posto davanti a esso ha risposto HTTP {status} (server spento o sovraccarico). Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="437"/>
        <source>The Gemeindescan server failed while {step} (HTTP {status}, an internal error on its side). Try again later; if it keeps failing, tell the server&apos;s administrator.</source>
        <translation>Il server Gemeindescan ha avuto un errore {step} (HTTP {status}, un errore interno da parte sua). Riprova più tardi; se l'errore persiste, avvisa l'amministratore del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="442"/>
        <source>The server at {server} did not understand the request while {step}; it may run another version of Gemeindescan. Tell the server&apos;s administrator.</source>
        <translation>Il server all'indirizzo {server} non ha capito la richiesta {step}; forse usa un'altra versione di Gemeindescan. Avvisa l'amministratore del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="447"/>
        <source>The address {server} does not lead to a Gemeindescan server: it has no {service}. Check the server address.</source>
        <translation>L'indirizzo {server} non porta a un server Gemeindescan (manca: {service}). Controlla l'indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="452"/>
        <source>Cannot reach the proxy {proxy} while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Il proxy {proxy} non è raggiungibile {step}. Controlla l'impostazione del proxy (in QGIS: Impostazioni &gt; Opzioni &gt; Rete; da riga di comando: HTTPS_PROXY e HTTP_PROXY) o chiedi al tuo servizio informatico.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="457"/>
        <source>Cannot reach the proxy set for this connection while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Il proxy impostato per questa connessione non è raggiungibile {step}. Controlla l'impostazione del proxy (in QGIS: Impostazioni &gt; Opzioni &gt; Rete; da riga di comando: HTTPS_PROXY e HTTP_PROXY) o chiedi al tuo servizio informatico.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="462"/>
        <source>The Gemeindescan server at {server} did not accept a connection within {seconds:g} s while {step}. Check the address and your network connection, or try again later.</source>
        <translation>Il server Gemeindescan all'indirizzo {server} non ha accettato una connessione entro {seconds:g} s {step}. Controlla l'indirizzo e la tua connessione di rete, o riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="467"/>
        <source>The Gemeindescan server at {server} stopped answering while {step} (nothing for {seconds:g} s). Try again later.</source>
        <translation>Il server Gemeindescan all'indirizzo {server} ha smesso di rispondere {step} (nulla per {seconds:g} s). Riprova più tardi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="472"/>
        <source>Cannot find the server {host} while {step}: the name does not resolve. Check the server address and your network connection.</source>
        <translation>Il server {host} non è stato trovato {step}: il nome non si risolve. Controlla l'indirizzo del server e la tua connessione di rete.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="477"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Il server Gemeindescan all'indirizzo {server} non è raggiungibile {step}: la connessione è stata rifiutata. Controlla l'indirizzo e che il server sia in funzione.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="482"/>
        <source>The connection to the Gemeindescan server at {server} broke while {step}. Check your network connection and try again.</source>
        <translation>La connessione al server Gemeindescan all'indirizzo {server} si è interrotta {step}. Controlla la tua connessione di rete e riprova.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="487"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}. Check the address and your network connection.</source>
        <translation>Il server Gemeindescan all'indirizzo {server} non è raggiungibile {step}. Controlla l'indirizzo e la tua connessione di rete.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="492"/>
        <source>The server at {server} does not speak HTTPS (no secure connection) while {step}. Check the address; if the server really runs without HTTPS, its address is {plain}.</source>
        <translation>Il server all'indirizzo {server} non parla HTTPS (nessuna connessione sicura) {step}. Controlla l'indirizzo; se il server funziona davvero senza HTTPS, il suo indirizzo è {plain}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="497"/>
        <source>The certificate of {host} is made out for another address, so no secure connection to the Gemeindescan server was opened while {step}. Use the address the server&apos;s certificate names (ask its administrator which).</source>
        <translation>Il certificato di {host} è intestato a un altro indirizzo, quindi {step} non è stata aperta una connessione sicura al server Gemeindescan. Usa l'indirizzo indicato nel certificato del server (chiedi al suo amministratore quale).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="503"/>
        <source>The certificate of {host} is not trusted ({reason}), so no secure connection to the Gemeindescan server was opened while {step}. {advice}</source>
        <translation>Il certificato di {host} non è considerato affidabile ({reason}), quindi {step} non è stata aperta una connessione sicura al server Gemeindescan. {advice}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="508"/>
        <source>no authority this computer trusts vouches for it</source>
        <translation>nessuna autorità di certificazione riconosciuta da questo computer lo garantisce</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="511"/>
        <source>it has expired</source>
        <translation>è scaduto</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="512"/>
        <source>it is signed by an authority this computer does not trust</source>
        <translation>è firmato da un'autorità che questo computer non riconosce</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="515"/>
        <source>If your organisation inspects HTTPS traffic, add its root certificate to this computer&apos;s trusted certificates (on the command line: REQUESTS_CA_BUNDLE).</source>
        <translation>Se la tua organizzazione ispeziona il traffico HTTPS, aggiungi il suo certificato radice ai certificati attendibili di questo computer (da riga di comando: REQUESTS_CA_BUNDLE).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="520"/>
        <source>Cannot open a secure connection to the Gemeindescan server {host} while {step} (TLS problem). Check the address and your network connection.</source>
        <translation>Impossibile aprire una connessione sicura al server Gemeindescan {host} {step} (problema TLS). Controlla l'indirizzo e la tua connessione di rete.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="525"/>
        <source>The server answered something that is not a Gemeindescan answer. Check the server address.</source>
        <translation>Il server ha risposto qualcosa che non è una risposta di Gemeindescan. Controlla l'indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="529"/>
        <source>The server sends its requests on to {location}. Use {suggestion} as server address.</source>
        <translation>Il server inoltra le sue richieste a {location}. Usa {suggestion} come indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="532"/>
        <source>No municipality has this BfS number.</source>
        <translation>Nessun comune ha questo numero UST.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="533"/>
        <source>No municipality has the BfS number {number}. Check the number in the list of municipalities.</source>
        <translation>Nessun comune ha il numero UST {number}. Controlla il numero nell'elenco dei comuni.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="537"/>
        <source>The BfS number must be a whole number, like 261.</source>
        <translation>Il numero UST deve essere un numero intero, ad esempio 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="538"/>
        <source>This workspace does not exist on the server. Check the workspace id or link.</source>
        <translation>Quest'area di lavoro non esiste sul server. Controlla l'ID o il link dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="541"/>
        <source>This snapshot does not exist on the server. Check the snapshot id.</source>
        <translation>Questo snapshot non esiste sul server. Controlla l'ID dello snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="544"/>
        <source>The workspace or snapshot id is malformed.</source>
        <translation>L'ID dell'area di lavoro o dello snapshot non è valido.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="545"/>
        <source>The title or topic is too long for the server.</source>
        <translation>Il titolo o il tema è troppo lungo per il server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="546"/>
        <source>The Gemeindescan server could not do this. Try again later or tell the server&apos;s administrator.</source>
        <translation>Il server Gemeindescan non ha potuto eseguire questa operazione. Riprova più tardi o avvisa l'amministratore del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="550"/>
        <source>The workspace {workspace} does not exist on the server. Check the workspace id or link.</source>
        <translation>L'area di lavoro {workspace} non esiste sul server. Controlla l'ID o il link dell'area di lavoro.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="553"/>
        <source>The snapshot {pk} does not exist on the server. Check the snapshot id.</source>
        <translation>Lo snapshot {pk} non esiste sul server. Controlla l'ID dello snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="556"/>
        <source>Cannot read the snapshot file {path}.</source>
        <translation>Il file snapshot {path} non può essere letto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="557"/>
        <source>The server answered the upload but did not store the snapshot file (the file was lost on the way).</source>
        <translation>Il server ha risposto al caricamento ma non ha salvato il file dello snapshot (il file è andato perso lungo il percorso).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="561"/>
        <source>The server refused the file: {reason}</source>
        <translation>Il server ha rifiutato il file: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="562"/>
        <source>The server refused the file: it is too large for this server ({size} MB).</source>
        <translation>Il server ha rifiutato il file: è troppo grande per questo server ({size} MB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="565"/>
        <source>The server refused the upload for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://, then publish again.</source>
        <translation>Il server ha rifiutato il caricamento per motivi di sicurezza (il suo controllo CSRF non è riuscito). Controlla che l'indirizzo del server inizi con il giusto http:// o https://, poi pubblica di nuovo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="570"/>
        <source>The snapshot {pk} does not exist on the server.</source>
        <translation>Lo snapshot {pk} non esiste sul server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="573"/>
        <source>The server redirected the upload instead of storing the file. Check the server address.</source>
        <translation>Il server ha reindirizzato il caricamento invece di salvare il file. Controlla l'indirizzo del server.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="579"/>
        <source>The file is not a snapshot: its top level is not a JSON object.</source>
        <translation>Il file non è uno snapshot: il suo livello superiore non è un oggetto JSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="582"/>
        <source>The file {path} does not exist.</source>
        <translation>Il file {path} non esiste.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="583"/>
        <source>The file {name} is not a valid JSON file, so it cannot be a snapshot.</source>
        <translation>Il file {name} non è un file JSON valido, quindi non può essere uno snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="586"/>
        <source>nested too deeply</source>
        <translation>annidato troppo in profondità</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="587"/>
        <source>The file {name} is not a snapshot the platform can show: {problem}</source>
        <translation>Il file {name} non è uno snapshot che la piattaforma può mostrare: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="590"/>
        <source>The snapshot</source>
        <translation>Lo snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="591"/>
        <source>Layer {name}</source>
        <translation>Layer {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="592"/>
        <source>Resource {number}</source>
        <translation>Risorsa {number}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="593"/>
        <source>{where} needs at least one licence.</source>
        <translation>{where}: serve almeno una licenza.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="594"/>
        <source>{where}: a licence is not an object.</source>
        <translation>{where}: una licenza non è un oggetto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="595"/>
        <source>{where}: licence name {name} is not an Open Definition identifier.</source>
        <translation>{where}: il nome di licenza {name} non è un identificatore della Open Definition.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="598"/>
        <source>The snapshot name {name} may only hold lower-case letters, digits and . _ - /.</source>
        <translation>Il nome dello snapshot {name} può contenere solo lettere minuscole, cifre e . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="601"/>
        <source>The snapshot {key} is not text.</source>
        <translation>La voce «{key}» dello snapshot non è un testo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="602"/>
        <source>The snapshot lists no sources (at least one is required).</source>
        <translation>Lo snapshot non indica alcuna fonte (ne serve almeno una).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="603"/>
        <source>Every source needs a title.</source>
        <translation>Ogni fonte deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="604"/>
        <source>The snapshot&apos;s {key} must be a non-empty list when present.</source>
        <translation>La voce «{key}» dello snapshot, se presente, deve essere un elenco non vuoto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="607"/>
        <source>Every contributor needs a title.</source>
        <translation>Ogni collaboratore deve avere un titolo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="608"/>
        <source>The snapshot has no resources (no layers).</source>
        <translation>Lo snapshot non ha risorse (nessun layer).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="609"/>
        <source>Resource {number} is not an object.</source>
        <translation>La risorsa {number} non è un oggetto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="610"/>
        <source>{label}: its name must hold only lower-case letters, digits and . _ - /.</source>
        <translation>{label}: il nome può contenere solo lettere minuscole, cifre e . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="613"/>
        <source>{label}: the name is used by two resources.</source>
        <translation>{label}: il nome è usato da due risorse.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="614"/>
        <source>{label}: media type {mediatype} is not one the viewer can draw.</source>
        <translation>{label}: il visualizzatore non sa disegnare il tipo di media {mediatype}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="617"/>
        <source>{label}: the background needs a path like {example}.</source>
        <translation>{label}: lo sfondo ha bisogno di un percorso come {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="620"/>
        <source>{label}: a WMS layer needs the service URL as its path.</source>
        <translation>{label}: un layer WMS ha bisogno dell'URL del servizio come percorso.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="621"/>
        <source>{label}: a WMS layer needs parameters naming its WMS layers.</source>
        <translation>{label}: un layer WMS ha bisogno di parametri che ne indichino i layer WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="624"/>
        <source>{label}: its data is not a GeoJSON FeatureCollection.</source>
        <translation>{label}: i suoi dati non sono una FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="627"/>
        <source>{label}, feature {number}: {problem}</source>
        <translation>{label}, elemento {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="628"/>
        <source>{label}: {count} more features with problems.</source>
        <translation>{label}: altri {count} elementi con problemi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="629"/>
        <source>not a GeoJSON Feature.</source>
        <translation>non è una Feature GeoJSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="630"/>
        <source>no geometry.</source>
        <translation>nessuna geometria.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="631"/>
        <source>its coordinates are not longitude/latitude in degrees (is the layer&apos;s CRS right?).</source>
        <translation>le coordinate non sono longitudine/latitudine in gradi (il SR del layer è corretto?).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="634"/>
        <source>no properties (the style lives there).</source>
        <translation>nessuna proprietà (è lì che si trova lo stile).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="635"/>
        <source>a {geometry} in a point layer.</source>
        <translation>un {geometry} in un layer di punti.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="636"/>
        <source>style properties missing: {keys}.</source>
        <translation>proprietà di stile mancanti: {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="637"/>
        <source>carries both a fill/stroke style and marker-color (the schema allows only one).</source>
        <translation>ha sia uno stile di riempimento/contorno sia marker-color (lo schema ne consente solo uno).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="640"/>
        <source>{key} {value} is not a #rrggbb colour.</source>
        <translation>{key} {value} non è un colore #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="641"/>
        <source>{key} {value} is not between 0 and 1.</source>
        <translation>{key} {value} non è compreso tra 0 e 1.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="642"/>
        <source>stroke-width {value} is not a non-negative number.</source>
        <translation>stroke-width {value} non è un numero maggiore o uguale a 0.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="643"/>
        <source>The snapshot has no map view (views[0]).</source>
        <translation>Lo snapshot non ha una vista della mappa (views[0]).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="644"/>
        <source>The map view&apos;s specType must be &apos;gemeindescanSnapshot&apos;.</source>
        <translation>Lo specType della vista della mappa deve essere 'gemeindescanSnapshot'.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="645"/>
        <source>The map view needs a name of lower-case letters, digits and . _ - /.</source>
        <translation>La vista della mappa ha bisogno di un nome fatto di lettere minuscole, cifre e . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="648"/>
        <source>The map view lists no layers.</source>
        <translation>La vista della mappa non elenca alcun layer.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="649"/>
        <source>The map view lists {name}, which is not a resource of the snapshot.</source>
        <translation>La vista della mappa elenca {name}, che non è una risorsa dello snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="652"/>
        <source>The map view has no &apos;spec&apos; with bounds and legend.</source>
        <translation>La vista della mappa non ha una 'spec' con estensione e legenda.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="653"/>
        <source>The map view&apos;s {key} is missing (it may be empty text).</source>
        <translation>Manca la voce «{key}» della vista della mappa (può essere un testo vuoto).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="656"/>
        <source>The map bounds must be two corners, south-west and north-east.</source>
        <translation>L'estensione della mappa deve essere formata da due angoli, sud-ovest e nord-est.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="659"/>
        <source>The map bounds {bounds} lie south of the equator or west of Greenwich, which a snapshot cannot show.</source>
        <translation>L'estensione della mappa {bounds} si trova a sud dell'equatore o a ovest di Greenwich, cosa che uno snapshot non può mostrare.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="663"/>
        <source>The map bounds {bounds} must read geo:&lt;latitude&gt;,&lt;longitude&gt; in plain decimals.</source>
        <translation>L'estensione della mappa {bounds} deve essere scritta come geo:&lt;latitudine&gt;,&lt;longitudine&gt; in semplici numeri decimali.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="666"/>
        <source>The map bounds are not south-west then north-east.</source>
        <translation>Gli angoli dell'estensione della mappa non sono nell'ordine sud-ovest, poi nord-est.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="667"/>
        <source>The map bounds are not latitude/longitude in degrees.</source>
        <translation>L'estensione della mappa non è in latitudine/longitudine in gradi.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="670"/>
        <source>The map has no legend (at least one entry is required).</source>
        <translation>La mappa non ha una legenda (serve almeno una voce).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="671"/>
        <source>Legend entry {number} is not an object.</source>
        <translation>La voce di legenda {number} non è un oggetto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="672"/>
        <source>Legend entry {number} ({label})</source>
        <translation>Voce di legenda {number} ({label})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="673"/>
        <source>{where} lacks {keys}.</source>
        <translation>{where}: mancano {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="674"/>
        <source>{where}: shape must be circle, square or line.</source>
        <translation>{where}: shape deve essere circle, square o line.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="675"/>
        <source>{where}: {key} {value} is not a #rrggbb colour.</source>
        <translation>{where}: {key} {value} non è un colore #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="676"/>
        <source>{where}: {key} must be between 0 and 1.</source>
        <translation>{where}: {key} deve essere compreso tra 0 e 1.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="677"/>
        <source>{where}: strokeWidth must be a non-negative number.</source>
        <translation>{where}: strokeWidth deve essere un numero maggiore o uguale a 0.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="680"/>
        <source>{where}: primary must be true/false and label text.</source>
        <translation>{where}: primary deve essere true/false e label un testo.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="685"/>
        <source>No QGIS authentication configuration was chosen for the login.</source>
        <translation>Non è stata scelta alcuna configurazione di autenticazione QGIS per l'accesso.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="688"/>
        <source>The QGIS authentication system is disabled, so the stored Gemeindescan login cannot be read.</source>
        <translation>Il sistema di autenticazione di QGIS è disattivato, quindi l'accesso Gemeindescan salvato non può essere letto.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="692"/>
        <source>There is no QGIS authentication configuration with the id '{authcfg}'. Create one of type 'Basic' (Settings → Options → Authentication) and use its id.</source>
        <translation>Non esiste una configurazione di autenticazione QGIS con l'ID '{authcfg}'. Creane una di tipo 'Basic' (Impostazioni → Opzioni → Autenticazione) e usa il suo ID.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="697"/>
        <source>The QGIS authentication database is locked: its master password is not set. In QGIS, enter the master password when asked; for unattended runs, set the environment variable QGIS_AUTH_PASSWORD_FILE to a file (readable only by you) holding it.</source>
        <translation>Il database di autenticazione di QGIS è bloccato: la sua password principale non è impostata. In QGIS, inserisci la password principale quando viene chiesta; per le esecuzioni non presidiate, imposta la variabile d'ambiente QGIS_AUTH_PASSWORD_FILE su un file (leggibile solo da te) che la contiene.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="703"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; could not be read.</source>
        <translation>La configurazione di autenticazione QGIS '{authcfg}' non è stata letta.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="706"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; is of type &apos;{method}&apos;; the Gemeindescan login needs one of type &apos;Basic&apos; (username and password).</source>
        <translation>La configurazione di autenticazione QGIS '{authcfg}' è di tipo '{method}'; l'accesso Gemeindescan ne richiede una di tipo 'Basic' (nome utente e password).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="711"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; has no username or no password.</source>
        <translation>Alla configurazione di autenticazione QGIS '{authcfg}' manca il nome utente o la password.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="714"/>
        <source>No Gemeindescan login given: choose a QGIS authentication configuration, or set the environment variables {username_variable} and {password_variable}.</source>
        <translation>Nessun accesso Gemeindescan indicato: scegli una configurazione di autenticazione QGIS, oppure imposta le variabili d'ambiente {username_variable} e {password_variable}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="60"/>
        <source>Publishing to Gemeindescan</source>
        <translation>Pubblicazione su Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="62"/>
        <source>Exporting a Gemeindescan snapshot</source>
        <translation>Esportazione di uno snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="723"/>
        <source>Layer “{layer}”</source>
        <translation>Layer «{layer}»</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="724"/>
        <source>not a resource object</source>
        <translation>non è un oggetto risorsa</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="725"/>
        <source>its features are in a separate file (path), which the snapshot does not carry</source>
        <translation>i suoi elementi sono in un file separato (path), che lo snapshot non contiene</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="728"/>
        <source>its data is not a GeoJSON FeatureCollection</source>
        <translation>i suoi dati non sono una FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="731"/>
        <source>a WMS layer without service address or layer names</source>
        <translation>un layer WMS senza indirizzo del servizio o nomi dei layer</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="732"/>
        <source>media type {mediatype} is not one QGIS can open from a snapshot</source>
        <translation>QGIS non può aprire il tipo di media {mediatype} da uno snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="735"/>
        <source>WMS layer</source>
        <translation>layer WMS</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="736"/>
        <source>the WMS service {url} could not be reached, layer not added</source>
        <translation>il servizio WMS {url} non era raggiungibile, il layer non è stato aggiunto</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="739"/>
        <source>Background map</source>
        <translation>Mappa di sfondo</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="740"/>
        <source>Background map {path} (add a Mapbox token to show it)</source>
        <translation>Mappa di sfondo {path} (aggiungi un token Mapbox per mostrarla)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="743"/>
        <source>{key} (unreadable value {value})</source>
        <translation>{key} (valore illeggibile {value})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="245"/>
        <source>too many shapes to draw (offset lines, marker shapes, dashed outlines, pattern lines or dots): some features show them as before (a flat colour, or not at all)</source>
        <translation>troppe forme da disegnare (linee spostate, forme di simboli puntuali, contorni tratteggiati, linee o punti di motivo): alcuni elementi le mostrano come prima (un colore uniforme, o per niente)</translation>
    </message>
</context>
<context>
    <name>GemeindescanPanel</name>
    <message>
        <location filename="../ui/forms/panel.ui" line="26"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="31"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="35"/>
        <source>https://… address of the Gemeindescan server</source>
        <translation>https://… indirizzo del server Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="36"/>
        <source>The address of the Gemeindescan server, as in your browser, e.g. https://gemeindescan.ch</source>
        <translation>L'indirizzo del server Gemeindescan, come nel tuo browser, ad es. https://gemeindescan.ch</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="40"/>
        <source>Login</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="46"/>
        <source>none chosen</source>
        <translation>nessuno scelto</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="53"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="54"/>
        <source>Pick or create the login (kept in QGIS&apos;s password-protected authentication database)</source>
        <translation>Scegli o crea l'accesso (conservato nel database di autenticazione di QGIS, protetto da password)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="61"/>
        <source>Log in / Test connection</source>
        <translation>Accedi / Verifica la connessione</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="75"/>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="80"/>
        <source>Workspace</source>
        <translation>Area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="86"/>
        <source>id (B5BXT) or pasted link</source>
        <translation>ID (B5BXT) o link incollato</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="91"/>
        <source>Look up</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="92"/>
        <source>Show the workspace&apos;s title and snapshots</source>
        <translation>Mostra il titolo e gli snapshot dell'area di lavoro</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="103"/>
        <source>Publish to</source>
        <translation>Pubblica in</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="110"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Quale snapshot aggiorna «Pubblica», o uno nuovo</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="125"/>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="134"/>
        <source>Type a name, canton or BfS number: &quot;zur&quot;, &quot;neuchatel&quot;, &quot;261&quot;</source>
        <translation>Digita un nome, un cantone o un numero UST: «zur», «neuchatel», «261»</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="140"/>
        <source>From map</source>
        <translation>Dalla mappa</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="141"/>
        <source>From map: the municipality at the centre of the map</source>
        <translation>Dalla mappa: il comune al centro della mappa</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="147"/>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="148"/>
        <source>Fetch the list of municipalities from the server again</source>
        <translation>Ricarica l'elenco dei comuni dal server</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="163"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="168"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="173"/>
        <source>0/150</source>
        <translation>0/150</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="177"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="182"/>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="186"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="195"/>
        <source>Keywords</source>
        <translation>Parole chiave</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="199"/>
        <source>comma-separated</source>
        <translation>separate da virgole</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="203"/>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="209"/>
        <source>The layers to publish, top of the layer tree first</source>
        <translation>I layer da pubblicare, dall'alto dell'albero dei layer</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="213"/>
        <source>Map view</source>
        <translation>Vista della mappa</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="221"/>
        <source>Background</source>
        <translation>Sfondo</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="228"/>
        <source>mapbox://styles/user/style</source>
        <translation>mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="238"/>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="245"/>
        <source>Only features in the view</source>
        <translation>Solo gli elementi nella vista</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="246"/>
        <source>Leave out features that lie wholly outside the map view</source>
        <translation>Tralascia gli elementi che si trovano interamente fuori dalla vista della mappa</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="251"/>
        <source>Clip to the view</source>
        <translation>Ritaglia alla vista</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="252"/>
        <source>Cut features at the edge of the map view (otherwise features crossing it are kept whole)</source>
        <translation>Ritaglia gli elementi al bordo della vista della mappa (altrimenti gli elementi che lo attraversano restano interi)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="256"/>
        <source>File kept in</source>
        <translation>File conservato in</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="285"/>
        <source>Publish as a new snapshot</source>
        <translation>Pubblica come nuovo snapshot</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="294"/>
        <source>More ways to publish</source>
        <translation>Altri modi di pubblicare</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="302"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="118"/>
        <source>Open snapshot…</source>
        <translation>Apri snapshot…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="119"/>
        <source>Open snapshot…: bring a snapshot (file or link) into QGIS as layers; Publish then updates it</source>
        <translation>Apri snapshot…: porta uno snapshot (file o link) in QGIS come layer; «Pubblica» poi lo aggiorna</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="6"/>
        <source>Gemeindescan login</source>
        <translation>Accesso Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="11"/>
        <source>The login is kept in QGIS&apos;s authentication database, protected by its master password; the project only remembers which login to use.</source>
        <translation>L'accesso è conservato nel database di autenticazione di QGIS, protetto dalla sua password principale; il progetto ricorda solo quale accesso usare.</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="16"/>
        <source>Use a stored login</source>
        <translation>Usa un accesso salvato</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="24"/>
        <source>Store a new login</source>
        <translation>Salva un nuovo accesso</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="30"/>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="32"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="34"/>
        <source>Name in QGIS</source>
        <translation>Nome in QGIS</translation>
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
        <translation>Apri snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="17"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="21"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="30"/>
        <source>Link or id</source>
        <translation>Link o ID</translation>
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
        <translation>l'indirizzo del link stesso (necessario per un ID da solo)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="53"/>
        <source>Keep the layers&apos; data in a GeoPackage</source>
        <translation>Conserva i dati dei layer in un GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="57"/>
        <source>Beside the project</source>
        <translation>Accanto al progetto</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="63"/>
        <source>In a temporary file</source>
        <translation>In un file temporaneo</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="68"/>
        <source>In this file</source>
        <translation>In questo file</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="81"/>
        <source>Mapbox token</source>
        <translation>Token Mapbox</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="86"/>
        <source>optional: shows the snapshot&apos;s background map</source>
        <translation>facoltativo: mostra la mappa di sfondo dello snapshot</translation>
    </message>
</context>
</TS>
