<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH" sourcelanguage="en">
<context>
    <name>Gemeindescan</name>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="81"/>
        <source>Layer “{layer}” could not be loaded (its data source is missing or unreadable).</source>
        <translation>La couche « {layer} » n'a pas pu être chargée (sa source de données est absente ou illisible).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="84"/>
        <source>Layer “{layer}” is a table without geometry; a snapshot can only show map layers.</source>
        <translation>La couche « {layer} » est une table sans géométrie; un snapshot ne peut afficher que des couches cartographiques.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="87"/>
        <source>Layer “{layer}” has no single geometry type (points, lines or polygons); split it by geometry type to export it.</source>
        <translation>La couche « {layer} » n'a pas un type de géométrie unique (points, lignes ou polygones); séparez-la par type de géométrie pour l'exporter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="92"/>
        <source>Layer “{layer}” has no coordinate reference system; set it in the layer's properties (Source) to export it.</source>
        <translation>La couche « {layer} » n'a pas de système de coordonnées de référence; définissez-le dans les propriétés de la couche (Source) pour l'exporter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="97"/>
        <source>Layer “{layer}” is drawn as a heatmap, which a snapshot cannot show; give it a symbol (e.g. single symbol or categorized) to export its points.</source>
        <translation>La couche « {layer} » est représentée en carte de chaleur, qu'un snapshot ne peut pas afficher; donnez-lui un symbole (p. ex. symbole unique ou catégorisé) pour exporter ses points.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="102"/>
        <source>Layer “{layer}” is a tile service (XYZ or WMTS); a snapshot can carry WMS layers but not tile services.</source>
        <translation>La couche « {layer} » est un service de tuiles (XYZ ou WMTS); un snapshot peut contenir des couches WMS, mais pas de services de tuiles.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="107"/>
        <source>Layer “{layer}” is a raster layer that is not a WMS; a snapshot can carry vector layers and WMS layers only.</source>
        <translation>La couche « {layer} » est une couche raster qui n'est pas un WMS; un snapshot ne peut contenir que des couches vectorielles et des couches WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="112"/>
        <source>Layer “{layer}” is of a kind a snapshot cannot carry (only vector and WMS layers).</source>
        <translation>La couche « {layer} » est d'un type qu'un snapshot ne peut pas contenir (uniquement des couches vectorielles et WMS).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="115"/>
        <source>The layer “{layer}” has no geometry to draw, so it cannot go on the map.</source>
        <translation>La couche « {layer} » n'a pas de géométrie à dessiner, elle ne peut donc pas figurer sur la carte.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="118"/>
        <source>(missing layer)</source>
        <translation>(couche manquante)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="119"/>
        <source>There is no layer to export: choose at least one vector or WMS layer.</source>
        <translation>Il n'y a aucune couche à exporter: choisissez au moins une couche vectorielle ou WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="124"/>
        <source>The background “{background}” is not a Mapbox style ({example}).</source>
        <translation>Le fond de carte « {background} » n'est pas un style Mapbox ({example}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="127"/>
        <source>The coordinate precision must be 0 to {maximum} decimals, not {precision}.</source>
        <translation>La précision des coordonnées doit être de 0 à {maximum} décimales, et non {precision}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="130"/>
        <source>The QGIS project {path} could not be read.</source>
        <translation>Le projet QGIS {path} n'a pas pu être lu.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="131"/>
        <source>The project has no layer named “{layer}” (layers: {known}).</source>
        <translation>Le projet n'a pas de couche nommée « {layer} » (couches: {known}).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="134"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="135"/>
        <source>Several layers are named “{layer}”; give one of their ids instead: {ids}.</source>
        <translation>Plusieurs couches s'appellent « {layer} »; indiquez plutôt l'un de leurs identifiants: {ids}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="143"/>
        <source>The map extent has no coordinate reference system; give the extent&apos;s CRS.</source>
        <translation>L'emprise de la carte n'a pas de système de coordonnées de référence; indiquez le SCR de l'emprise.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="146"/>
        <source>The map extent cannot be converted to WGS 84 (latitude/longitude).</source>
        <translation>L'emprise de la carte ne peut pas être convertie en WGS 84 (latitude/longitude).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="149"/>
        <source>The snapshot file {path} cannot be written: {reason}.</source>
        <translation>Le fichier snapshot {path} ne peut pas être écrit: {reason}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="150"/>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="153"/>
        <source>{layer}: WMS</source>
        <translation>{layer}: WMS</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="154"/>
        <source>{layer}: {count} feature</source>
        <translation>{layer}: {count} entité</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="155"/>
        <source>{layer}: {count} features</source>
        <translation>{layer}: {count} entités</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="156"/>
        <source>{features} ({details})</source>
        <translation>{features} ({details})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="157"/>
        <source>{count} not drawn</source>
        <translation>non dessinées: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="158"/>
        <source>{count} empty or no geometry</source>
        <translation>géométrie vide ou absente: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="159"/>
        <source>{count} outside the extent</source>
        <translation>hors de l'emprise: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="160"/>
        <source>{count} not transformable to WGS 84</source>
        <translation>non convertibles en WGS 84: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="161"/>
        <source>{count} invalid repaired</source>
        <translation>invalides réparées: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="162"/>
        <source>{layer}: refused ({reason})</source>
        <translation>{layer}: refusée ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="163"/>
        <source>nothing exported</source>
        <translation>rien n'a été exporté</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="166"/>
        <source>The username or password is not correct.</source>
        <translation>Le nom d'utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/base.py" line="19"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/errors.py" line="27"/>
        <source>To retry, run the algorithm again with SNAPSHOT={pk}.</source>
        <translation>Pour réessayer, relancez l'algorithme avec SNAPSHOT={pk}.</translation>
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
        <translation>Exporte les couches choisies, avec la symbologie avec laquelle QGIS les dessine, dans un snapshot Gemeindescan (un fichier JSON Spatial Data Package), et vérifie que la plateforme peut afficher le fichier.

Couches: les couches à afficher (polygones, lignes, points); le rapport nomme toute couche qu'un snapshot ne peut pas contenir.
Emprise de la carte: la zone du snapshot; vide signifie toutes les couches ensemble. Les styles sont dimensionnés pour la visionneuse Gemeindescan qui affiche cette emprise.
Titre, description, mots-clés: les métadonnées du snapshot (mots-clés séparés par des virgules).
Limiter: laisser de côté les entités hors de l'emprise. Découper: couper en outre les entités au bord de l'emprise.
Précision: nombre de décimales des coordonnées WGS84 (6 ≈ 0,1 m).

Produit le fichier snapshot et un rapport d'exportation d'une ligne (entités écrites et laissées de côté par couche). Publiez le fichier avec « Publier un snapshot ».</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="62"/>
        <source>Export snapshot</source>
        <translation>Exporter un snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="67"/>
        <source>snapshot, export, style</source>
        <translation>snapshot, exporter, style, symbologie</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="75"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="122"/>
        <source>Map extent</source>
        <translation>Emprise de la carte</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="140"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="84"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="89"/>
        <source>Keywords (comma-separated)</source>
        <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="94"/>
        <source>Crop to the extent</source>
        <translation>Limiter à l'emprise</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="97"/>
        <source>Clip geometries at the extent</source>
        <translation>Découper les géométries à l'emprise</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="102"/>
        <source>Coordinate precision (decimals)</source>
        <translation>Précision des coordonnées (décimales)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="109"/>
        <source>Snapshot file</source>
        <translation>Fichier snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot JSON (*.json)</source>
        <translation>Snapshot JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="117"/>
        <source>Export report</source>
        <translation>Rapport d'exportation</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="133"/>
        <source>Choose at least one layer to export.</source>
        <translation>Choisissez au moins une couche à exporter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/inputs.py" line="32"/>
        <source>The layers have no extent (are they empty?); give a map extent.</source>
        <translation>Les couches n'ont pas d'emprise (sont-elles vides?); indiquez une emprise de la carte.</translation>
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
        <translation>Publie un snapshot sur un serveur Gemeindescan: le crée dans un espace de travail (ou met à jour un snapshot existant) et téléverse le fichier snapshot. Le fichier est d'abord vérifié; un fichier que la plateforme ne pourrait pas afficher est refusé avant tout envoi.

Fichier snapshot: un fichier créé par « Exporter un snapshot ». Ou laissez-le vide et choisissez des couches (et une emprise de la carte): elles sont d'abord exportées avec les options habituelles, et le fichier est conservé (Fichier snapshot à conserver, sinon un fichier temporaire).
Serveur: l'adresse du serveur Gemeindescan, telle qu'elle figure dans le navigateur (https://…).
Connexion: une configuration d'authentification QGIS de type Basic (nom d'utilisateur et mot de passe), choisie par son identifiant, afin qu'aucun mot de passe ne soit écrit dans l'historique des traitements ou dans un modèle. Si elle reste vide, la connexion provient des variables d'environnement {username_variable} et {password_variable} (pour l'automatisation). Sans bureau, QGIS lit son mot de passe principal dans le fichier indiqué par QGIS_AUTH_PASSWORD_FILE.
Espace de travail: l'identifiant de l'espace de travail (p. ex. ACC01) ou un lien vers celui-ci.
Numéro OFS: le numéro de la commune attribué par l'Office fédéral de la statistique (p. ex. 261 pour Zurich).
Titre ({max_title} caractères au plus) et thème ({max_topic} au plus).
Snapshot à mettre à jour: l'identifiant à 6 caractères (pk) d'un snapshot à remplacer; vide, un nouveau snapshot est créé.

Produit l'identifiant (pk) du snapshot, son lien, son lien dans l'espace de travail, l'adresse du fichier enregistré et le fichier snapshot publié.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="91"/>
        <source>Publish snapshot</source>
        <translation>Publier un snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="96"/>
        <source>snapshot, publish, upload, workspace, municipality</source>
        <translation>snapshot, publier, téléverser, espace de travail, commune</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="114"/>
        <source>Layers (exported first when no snapshot file is given)</source>
        <translation>Couches (exportées d'abord si aucun fichier snapshot n'est indiqué)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="125"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="126"/>
        <source>Login (authentication configuration)</source>
        <translation>Connexion (configuration d'authentification)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="131"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="132"/>
        <source>BfS number of the municipality</source>
        <translation>Numéro OFS de la commune</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="141"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="142"/>
        <source>Snapshot to update (pk)</source>
        <translation>Snapshot à mettre à jour (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="148"/>
        <source>Snapshot id (pk)</source>
        <translation>Identifiant du snapshot (pk)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="149"/>
        <source>Snapshot link</source>
        <translation>Lien vers le snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="150"/>
        <source>Snapshot link in the workspace</source>
        <translation>Lien vers le snapshot dans l'espace de travail</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="153"/>
        <source>Stored file address</source>
        <translation>Adresse du fichier enregistré</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="158"/>
        <source>Description (when exporting)</source>
        <translation>Description (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="164"/>
        <source>Keywords, comma-separated (when exporting)</source>
        <translation>Mots-clés, séparés par des virgules (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="167"/>
        <source>Crop to the extent (when exporting)</source>
        <translation>Limiter à l'emprise (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="170"/>
        <source>Clip geometries at the extent (when exporting)</source>
        <translation>Découper les géométries à l'emprise (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="175"/>
        <source>Coordinate precision (when exporting)</source>
        <translation>Précision des coordonnées (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="183"/>
        <source>Website for the links (default: the server)</source>
        <translation>Site web pour les liens (par défaut: le serveur)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="186"/>
        <source>Snapshot file to keep (when exporting)</source>
        <translation>Fichier snapshot à conserver (lors de l'exportation)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="259"/>
        <source>Give the address of the Gemeindescan server.</source>
        <translation>Indiquez l'adresse du serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="265"/>
        <source>Give either a snapshot file or layers to export, not both.</source>
        <translation>Indiquez soit un fichier snapshot, soit des couches à exporter, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="269"/>
        <source>Give a snapshot file, or layers to export and publish.</source>
        <translation>Indiquez un fichier snapshot, ou des couches à exporter et à publier.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/publish_algorithm.py" line="283"/>
        <source>Snapshot link: {url}</source>
        <translation>Lien vers le snapshot: {url}</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="48"/>
        <source>Gemeindescan Uploader</source>
        <translation>Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="50"/>
        <source>Publish the map view as a Gemeindescan snapshot</source>
        <translation>Publier la vue de la carte comme snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="62"/>
        <source>&amp;Gemeindescan Uploader</source>
        <translation>&amp;Gemeindescan Uploader</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/network.py" line="26"/>
        <source>To trust it, add the certificate of its issuer (your organisation's root certificate) in QGIS: Settings → Options → Authentication → Manage certificates → Authorities → Import, then try again.</source>
        <translation>Pour lui faire confiance, ajoutez le certificat de son émetteur (le certificat racine de votre organisation) dans QGIS: Préférences → Options → Authentification → Gérer les certificats → Autorités → Importer, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="32"/>
        <source>Open snapshot</source>
        <translation>Ouvrir un snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="44"/>
        <source>Opens a Gemeindescan snapshot as QGIS layers: its vector layers are written into a GeoPackage, each with the snapshot's styles as categories (labelled from the snapshot's legend), stored as the layer's default style.

Snapshot file: a snapshot JSON file. Or Snapshot link: the link of a snapshot on Gemeindescan (https://…/PK/ or https://…/WORKSPACE/PK/), or its id together with Server. No login is needed to read a snapshot.
Server: the Gemeindescan server to ask (default: the link's own address).

Outputs the GeoPackage and a one-line report (features and styles per layer, geometries repaired, style keys ignored). WMS layers and the background are listed in the report; the plugin's &quot;Open snapshot…&quot; action adds them to the project too.</source>
        <translation>Ouvre un snapshot Gemeindescan comme couches QGIS: ses couches vectorielles sont écrites dans un GeoPackage, chacune avec les styles du snapshot comme catégories (étiquetées d'après la légende du snapshot), enregistrés comme style par défaut de la couche.

Fichier snapshot: un fichier JSON de snapshot. Ou Lien du snapshot: le lien d'un snapshot sur Gemeindescan (https://…/PK/ ou https://…/WORKSPACE/PK/), ou son identifiant avec Serveur. Aucune connexion n'est nécessaire pour lire un snapshot.
Serveur: le serveur Gemeindescan à interroger (par défaut: l'adresse du lien lui-même).

Produit le GeoPackage et un rapport d'une ligne (entités et styles par couche, géométries réparées, clés de style ignorées). Les couches WMS et le fond de carte sont listés dans le rapport; l'action « Ouvrir un snapshot… » du plugin les ajoute aussi au projet.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="64"/>
        <source>Snapshot link (or id with Server)</source>
        <translation>Lien du snapshot (ou identifiant avec Serveur)</translation>
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
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="91"/>
        <source>Give either a snapshot file or a snapshot link, not both.</source>
        <translation>Indiquez soit un fichier snapshot, soit un lien de snapshot, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="95"/>
        <source>Give a snapshot file or a snapshot link.</source>
        <translation>Indiquez un fichier snapshot ou un lien de snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="95"/>
        <source>The snapshot {pk}</source>
        <translation>Le snapshot {pk}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="102"/>
        <source>Read snapshot {pk} from {server}</source>
        <translation>Snapshot {pk} lu depuis {server}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/open_algorithm.py" line="113"/>
        <source>{title}: {path}, not loaded by this algorithm</source>
        <translation>{title}: {path}, non chargé par cet algorithme</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>Open snapshot…</source>
        <translation>Ouvrir un snapshot…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="67"/>
        <source>Open a Gemeindescan snapshot (file or link) as styled QGIS layers</source>
        <translation>Ouvrir un snapshot Gemeindescan (fichier ou lien) comme couches QGIS stylées</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="81"/>
        <source>Opening Gemeindescan snapshot</source>
        <translation>Ouverture du snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="107"/>
        <source>The snapshot could not be opened because of an unexpected error; the details are in the log (Gemeindescan).</source>
        <translation>Le snapshot n'a pas pu être ouvert à cause d'une erreur inattendue; les détails figurent dans le journal (Gemeindescan).</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="135"/>
        <source>Snapshot (*.json);;All files (*)</source>
        <translation>Snapshot (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="136"/>
        <source>Choose a snapshot file</source>
        <translation>Choisir un fichier snapshot</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="139"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="157"/>
        <source>Save the project first to keep the data beside it.</source>
        <translation>Enregistrez d'abord le projet pour conserver les données à côté.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="181"/>
        <source>Choose a snapshot file.</source>
        <translation>Choisissez un fichier snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="184"/>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="189"/>
        <source>Paste the snapshot&apos;s link, or give its id and the server.</source>
        <translation>Collez le lien du snapshot, ou indiquez son identifiant et le serveur.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="199"/>
        <source>Choose the GeoPackage file to write.</source>
        <translation>Choisissez le fichier GeoPackage à écrire.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="243"/>
        <source>Opening the snapshot was cancelled.</source>
        <translation>L'ouverture du snapshot a été annulée.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="246"/>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="252"/>
        <source>Opened “{title}”: {summary}</source>
        <translation>« {title} » ouvert: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="256"/>
        <source>Publish now updates snapshot {pk}.</source>
        <translation>Publier met désormais à jour le snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.py" line="261"/>
        <source>Gemeindescan</source>
        <translation>Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="170"/>
        <source>The file {name} is not valid JSON, so it is not a snapshot. Choose a snapshot file (.json) exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>Le fichier {name} n'est pas du JSON valide, ce n'est donc pas un snapshot. Choisissez un fichier snapshot (.json) exporté depuis QGIS ou téléchargé depuis Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="175"/>
        <source>{where} is plain GeoJSON, not a snapshot. Open it with Layer ▸ Add Layer ▸ Add Vector Layer instead.</source>
        <translation>{where}: c'est du GeoJSON ordinaire, pas un snapshot. Ouvrez-le plutôt avec Couche ▸ Ajouter une couche ▸ Ajouter une couche vecteur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="179"/>
        <source>{where} is not a Gemeindescan snapshot: it has no list of resources (layers). Choose a snapshot file exported from QGIS or downloaded from Gemeindescan.</source>
        <translation>{where}: ce n'est pas un snapshot Gemeindescan, il n'a pas de liste de ressources (couches). Choisissez un fichier snapshot exporté depuis QGIS ou téléchargé depuis Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="184"/>
        <source>{where} holds no layer that QGIS can open: {reasons}</source>
        <translation>{where}: aucune couche que QGIS peut ouvrir: {reasons}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="185"/>
        <source>Give a snapshot file, or the link or id of a snapshot.</source>
        <translation>Indiquez un fichier snapshot, ou le lien ou l'identifiant d'un snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="188"/>
        <source>“{text}” is not a link to a snapshot (it should start with https://).</source>
        <translation>« {text} » n'est pas un lien vers un snapshot (il devrait commencer par https://).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="191"/>
        <source>There is no file “{text}”. To open a snapshot from the server, give its link, or its id together with the server address.</source>
        <translation>Le fichier « {text} » n'existe pas. Pour ouvrir un snapshot depuis le serveur, indiquez son lien, ou son identifiant avec l'adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="196"/>
        <source>“{text}” names no snapshot. Give the snapshot's link (like https://gemeindescan.ch/8OK4XB/) or its id (like 8OK4XB).</source>
        <translation>« {text} » ne désigne aucun snapshot. Indiquez le lien du snapshot (p. ex. https://gemeindescan.ch/8OK4XB/) ou son identifiant (p. ex. 8OK4XB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="201"/>
        <source>The GeoPackage {name} could not be written: {reason}</source>
        <translation>Le GeoPackage {name} n'a pas pu être écrit: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="204"/>
        <source>A feature of “{layer}” could not be written to the GeoPackage.</source>
        <translation>Une entité de « {layer} » n'a pas pu être écrite dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="208"/>
        <source>{layer}: the property “fid” is kept as “fid_snapshot” (it cannot be the GeoPackage's feature id)</source>
        <translation>{layer}: la propriété « fid » est conservée sous « fid_snapshot » (elle ne peut pas être l'identifiant d'entité du GeoPackage)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="212"/>
        <source>The layer “{layer}” written to {path} cannot be read back.</source>
        <translation>La couche « {layer} » écrite dans {path} ne peut pas être relue.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="215"/>
        <source>The style of “{layer}” could not be stored in the GeoPackage.</source>
        <translation>Le style de « {layer} » n'a pas pu être enregistré dans le GeoPackage.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="218"/>
        <source>The layer “{layer}” in {path} cannot be read.</source>
        <translation>La couche « {layer} » dans {path} ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="219"/>
        <source>{layer}: {count} features, {styles} style</source>
        <translation>{layer}: {count} entités, {styles} style</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="220"/>
        <source>{layer}: {count} features, {styles} styles</source>
        <translation>{layer}: {count} entités, {styles} styles</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="221"/>
        <source>{count} invalid geometry repaired</source>
        <translation>{count} géométrie invalide réparée</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="222"/>
        <source>{count} invalid geometries repaired</source>
        <translation>{count} géométries invalides réparées</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="223"/>
        <source>{count} with unreadable geometry left out</source>
        <translation>géométrie illisible, laissées de côté: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="224"/>
        <source>{count} without geometry</source>
        <translation>sans géométrie: {count}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="225"/>
        <source>style keys ignored: {keys}</source>
        <translation>clés de style ignorées: {keys}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="226"/>
        <source>not opened: {reason}</source>
        <translation>non ouvert: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="227"/>
        <source>The snapshot {pk} on the server has no map yet: nothing was uploaded to it. Publish to it first, or choose another snapshot.</source>
        <translation>Le snapshot {pk} sur le serveur n'a pas encore de carte: rien n'y a été téléversé. Publiez d'abord vers lui, ou choisissez un autre snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Gemeindescan standard</source>
        <translation>Standard Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="116"/>
        <source>Mapbox style URL</source>
        <translation>URL d'un style Mapbox</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="124"/>
        <source>Folder for the exported snapshot files</source>
        <translation>Dossier des fichiers snapshot exportés</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="102"/>
        <source>Publish as a new snapshot</source>
        <translation>Publier comme nouveau snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="294"/>
        <source>stored login {id}</source>
        <translation>connexion enregistrée {id}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="296"/>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="320"/>
        <source>Give the address of the Gemeindescan server first.</source>
        <translation>Indiquez d'abord l'adresse du serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="325"/>
        <source>Choose a login first (Choose…).</source>
        <translation>Choisissez d'abord une connexion (Choisir…).</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="332"/>
        <source>Logging in to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="335"/>
        <source>Gemeindescan: logging in</source>
        <translation>Gemeindescan: connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="344"/>
        <source>✓ Logged in as {user} on {server}</source>
        <translation>✓ Connecté en tant que {user} à {server}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="350"/>
        <source>Connection — {user} ✓</source>
        <translation>Connexion — {user} ✓</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="357"/>
        <source>Suggested by the server: your workspace {id}.</source>
        <translation>Proposé par le serveur: votre espace de travail {id}.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="367"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="404"/>
        <source>Give the server address and the workspace first.</source>
        <translation>Indiquez d'abord l'adresse du serveur et l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="408"/>
        <source>Looking up workspace {id}…</source>
        <translation>Recherche de l'espace de travail {id}…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="410"/>
        <source>Gemeindescan: looking up a workspace</source>
        <translation>Gemeindescan: recherche d'un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshot</source>
        <translation>{count} snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="424"/>
        <source>{count} snapshots</source>
        <translation>{count} snapshots</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="428"/>
        <source>“{title}”, {count}</source>
        <translation>« {title} », {count}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="445"/>
        <source>New snapshot</source>
        <translation>Nouveau snapshot</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="449"/>
        <source>{pk} · published from this project</source>
        <translation>{pk} · publié depuis ce projet</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="533"/>
        <source>{count} municipalities, list of {date}</source>
        <translation>{count} communes, liste du {date}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="516"/>
        <source>Fetching the list of municipalities…</source>
        <translation>Chargement de la liste des communes…</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="518"/>
        <source>Gemeindescan: fetching municipalities</source>
        <translation>Gemeindescan: chargement des communes</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="543"/>
        <source>Could not fetch the municipalities: {message}</source>
        <translation>Impossible de charger les communes: {message}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="570"/>
        <source>No municipality found at the centre of the map.</source>
        <translation>Aucune commune trouvée au centre de la carte.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="576"/>
        <source>{label}, at the centre of the map</source>
        <translation>{label}, au centre de la carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="630"/>
        <source>{name} (cannot be published)</source>
        <translation>{name} (ne peut pas être publiée)</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="654"/>
        <source>no map canvas</source>
        <translation>pas de canevas de carte</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="659"/>
        <source>the map shows nothing yet: zoom to your layers</source>
        <translation>la carte n'affiche encore rien: zoomez sur vos couches</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="662"/>
        <source>current map view · 1:{scale}</source>
        <translation>vue actuelle de la carte · 1:{scale}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="719"/>
        <source>Cannot publish yet</source>
        <translation>Publication pas encore possible</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>Cannot publish</source>
        <translation>Publication impossible</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="737"/>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Le dossier {folder} ne peut pas être créé: {reason}</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="774"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="793"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing cancelled</source>
        <translation>Publication annulée</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="797"/>
        <source>Publishing failed</source>
        <translation>La publication a échoué</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="822"/>
        <source>Last export: {summary}</source>
        <translation>Dernière exportation: {summary}</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="31"/>
        <source>The exported file is kept at {path}.</source>
        <translation>Le fichier exporté est conservé sous {path}.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="67"/>
        <source>Use this login</source>
        <translation>Utiliser cette connexion</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="79"/>
        <source>Give a username and a password.</source>
        <translation>Indiquez un nom d'utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="81"/>
        <source>Gemeindescan {username}</source>
        <translation>Gemeindescan {username}</translation>
    </message>
    <message>
        <location filename="../ui/login_dialog.py" line="87"/>
        <source>QGIS could not store the login. Is the master password of its authentication database set (Settings → Options → Authentication)?</source>
        <translation>QGIS n'a pas pu enregistrer la connexion. Le mot de passe principal de sa base d'authentification est-il défini (Préférences → Options → Authentification)?</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="30"/>
        <source>Published: snapshot {pk} is online.</source>
        <translation>Publié: le snapshot {pk} est en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/messages.py" line="34"/>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="45"/>
        <source>the server address</source>
        <translation>l'adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="47"/>
        <source>a login (Connection → Choose…)</source>
        <translation>une connexion (Connexion → Choisir…)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="49"/>
        <source>the workspace</source>
        <translation>l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="51"/>
        <source>the municipality</source>
        <translation>la commune</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="54"/>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="56"/>
        <source>a shorter title (at most {limit} characters)</source>
        <translation>un titre plus court ({limit} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="60"/>
        <source>a topic</source>
        <translation>un thème</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="62"/>
        <source>a shorter topic (at most {limit} characters)</source>
        <translation>un thème plus court ({limit} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="66"/>
        <source>at least one layer</source>
        <translation>au moins une couche</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="68"/>
        <source>a background style like mapbox://styles/user/style</source>
        <translation>un style de fond de carte comme mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="75"/>
        <source>Publishing is running; cancel it below.</source>
        <translation>La publication est en cours; vous pouvez l'annuler ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="78"/>
        <source>Still missing: {items}.</source>
        <translation>Il manque encore: {items}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="81"/>
        <source>Exports the checked layers in the current map view and updates snapshot {pk}.</source>
        <translation>Exporte les couches cochées dans la vue actuelle de la carte et met à jour le snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="84"/>
        <source>Exports the checked layers in the current map view and creates a new snapshot.</source>
        <translation>Exporte les couches cochées dans la vue actuelle de la carte et crée un nouveau snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="98"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="101"/>
        <source>Publish — updates {pk}</source>
        <translation>Publier — met à jour {pk}</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="156"/>
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="158"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="160"/>
        <source>The secure connection (TLS) failed.</source>
        <translation>La connexion sécurisée (TLS) a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="162"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="164"/>
        <source>This is not a Gemeindescan server.</source>
        <translation>Ce n'est pas un serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="166"/>
        <source>The server answered, but not as a Gemeindescan server should.</source>
        <translation>Le serveur a répondu, mais pas comme le ferait un serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="168"/>
        <source>Check the server address or the login.</source>
        <translation>Vérifiez l'adresse du serveur ou la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="170"/>
        <source>Logging in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="177"/>
        <source>{message} The exported file is kept at {path}.</source>
        <translation>{message} Le fichier exporté est conservé sous {path}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="235"/>
        <source>dash patterns drawn as solid lines</source>
        <translation>motifs de tirets dessinés en traits continus</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="240"/>
        <source>symbol offsets ignored (drawn on the feature itself)</source>
        <translation>décalages de symbole ignorés (dessinés sur l'entité elle-même)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="241"/>
        <source>markers inside polygons (centroid fill, generated points) not drawn</source>
        <translation>symboles ponctuels dans les polygones (remplissage centroïde, points générés) non dessinés</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="244"/>
        <source>vector field lines not drawn</source>
        <translation>lignes de champ vectoriel non dessinées</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="250"/>
        <source>inverted polygons: one area around them per symbol, without the features&apos; attributes</source>
        <translation>polygones inversés: une surface autour d'eux par symbole, sans les attributs des entités</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="253"/>
        <source>Every chosen layer is hidden at the export scale 1:{scale} (scale-dependent visibility). Zoom to a scale at which QGIS shows them, or change their visibility range in the layer properties (Rendering).</source>
        <translation>Toutes les couches choisies sont masquées à l'échelle d'exportation 1:{scale} (visibilité dépendante de l'échelle). Zoomez à une échelle où QGIS les affiche, ou modifiez leur plage de visibilité dans les propriétés de la couche (Rendu).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="258"/>
        <source>from 1:{scale} in</source>
        <translation>à partir de 1:{scale} en zoomant</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="259"/>
        <source>up to 1:{scale}</source>
        <translation>jusqu'à 1:{scale}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="260"/>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="261"/>
        <source>hidden at the export scale 1:{scale}; QGIS shows it only {ranges}</source>
        <translation>masquée à l'échelle d'exportation 1:{scale}; QGIS ne l'affiche que {ranges}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="264"/>
        <source>{layer}: left out ({reason})</source>
        <translation>{layer}: laissée de côté ({reason})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="138"/>
        <source>The project has no saved map extent and its layers have none either (are they empty?); give one with --extent.</source>
        <translation>Le projet n'a pas d'emprise enregistrée et ses couches n'en ont pas non plus (sont-elles vides?); indiquez-en une avec --extent.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="267"/>
        <source>A layer chosen for the snapshot has been removed from the project; choose the layers again.</source>
        <translation>Une couche choisie pour le snapshot a été retirée du projet; choisissez à nouveau les couches.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="271"/>
        <source>Publishing was cancelled.</source>
        <translation>La publication a été annulée.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="272"/>
        <source>Publishing was cancelled during the upload.</source>
        <translation>La publication a été annulée pendant le téléversement.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="273"/>
        <source>The export could not be prepared because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>L'exportation n'a pas pu être préparée à cause d'une erreur inattendue; les détails figurent dans le journal Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="278"/>
        <source>Publishing stopped because of an unexpected error; the details are in the Gemeindescan log.</source>
        <translation>La publication s'est arrêtée à cause d'une erreur inattendue; les détails figurent dans le journal Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/dock.py" line="462"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Le snapshot que « Publier » met à jour, ou un nouveau</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="236"/>
        <source>dash patterns not fitted to line ends and corners</source>
        <translation>motifs de tirets non ajustés aux extrémités et aux angles des lignes</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="239"/>
        <source>lines with too many dashes drawn solid</source>
        <translation>lignes comportant trop de tirets dessinées en traits continus</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="245"/>
        <source>too many offset lines or marker shapes to draw: some features show them as before (flat colour, or not at all)</source>
        <translation>trop de lignes décalées ou de formes de symboles à dessiner : certains objets les montrent comme avant (couleur unie, ou pas du tout)</translation>
    </message>
</context>
<context>
    <name>GemeindescanPanel</name>
    <message>
        <location filename="../ui/forms/panel.ui" line="26"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="31"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="35"/>
        <source>https://… address of the Gemeindescan server</source>
        <translation>https://… adresse du serveur Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="36"/>
        <source>The address of the Gemeindescan server, as in your browser, e.g. https://gemeindescan.ch</source>
        <translation>L'adresse du serveur Gemeindescan, telle que dans votre navigateur, p. ex. https://gemeindescan.ch</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="40"/>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="46"/>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="53"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="54"/>
        <source>Pick or create the login (kept in QGIS&apos;s password-protected authentication database)</source>
        <translation>Choisir ou créer la connexion (conservée dans la base d'authentification de QGIS, protégée par mot de passe)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="61"/>
        <source>Log in / Test connection</source>
        <translation>Se connecter / Tester la connexion</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="75"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="80"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="86"/>
        <source>id (B5BXT) or pasted link</source>
        <translation>identifiant (B5BXT) ou lien collé</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="91"/>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="92"/>
        <source>Show the workspace&apos;s title and snapshots</source>
        <translation>Afficher le titre et les snapshots de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="103"/>
        <source>Publish to</source>
        <translation>Publier dans</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="110"/>
        <source>Which snapshot Publish updates, or a new one</source>
        <translation>Le snapshot que « Publier » met à jour, ou un nouveau</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="125"/>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="134"/>
        <source>Type a name, canton or BfS number: &quot;zur&quot;, &quot;neuchatel&quot;, &quot;261&quot;</source>
        <translation>Tapez un nom, un canton ou un numéro OFS: « zur », « neuchatel », « 261 »</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="140"/>
        <source>From map</source>
        <translation>Depuis la carte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="141"/>
        <source>From map: the municipality at the centre of the map</source>
        <translation>Depuis la carte: la commune au centre de la carte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="147"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="148"/>
        <source>Fetch the list of municipalities from the server again</source>
        <translation>Recharger la liste des communes depuis le serveur</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="163"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="168"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="173"/>
        <source>0/150</source>
        <translation>0/150</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="177"/>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="182"/>
        <source>0/100</source>
        <translation>0/100</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="186"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="195"/>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="199"/>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="203"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="209"/>
        <source>The layers to publish, top of the layer tree first</source>
        <translation>Les couches à publier, en commençant par le haut de l'arbre des couches</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="213"/>
        <source>Map view</source>
        <translation>Vue de la carte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="221"/>
        <source>Background</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="228"/>
        <source>mapbox://styles/user/style</source>
        <translation>mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="238"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="245"/>
        <source>Only features in the view</source>
        <translation>Uniquement les entités de la vue</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="246"/>
        <source>Leave out features that lie wholly outside the map view</source>
        <translation>Laisser de côté les entités entièrement hors de la vue de la carte</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="251"/>
        <source>Clip to the view</source>
        <translation>Découper à la vue</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="252"/>
        <source>Cut features at the edge of the map view (otherwise features crossing it are kept whole)</source>
        <translation>Découper les entités au bord de la vue de la carte (sinon les entités qui le traversent restent entières)</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="256"/>
        <source>File kept in</source>
        <translation>Fichier conservé dans</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="285"/>
        <source>Publish as a new snapshot</source>
        <translation>Publier comme nouveau snapshot</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="294"/>
        <source>More ways to publish</source>
        <translation>Autres façons de publier</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="302"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="118"/>
        <source>Open snapshot…</source>
        <translation>Ouvrir un snapshot…</translation>
    </message>
    <message>
        <location filename="../ui/forms/panel.ui" line="119"/>
        <source>Open snapshot…: bring a snapshot (file or link) into QGIS as layers; Publish then updates it</source>
        <translation>Ouvrir un snapshot…: amener un snapshot (fichier ou lien) dans QGIS comme couches; « Publier » le met ensuite à jour</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="6"/>
        <source>Gemeindescan login</source>
        <translation>Connexion Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="11"/>
        <source>The login is kept in QGIS&apos;s authentication database, protected by its master password; the project only remembers which login to use.</source>
        <translation>La connexion est conservée dans la base d'authentification de QGIS, protégée par son mot de passe principal; le projet retient seulement quelle connexion utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="16"/>
        <source>Use a stored login</source>
        <translation>Utiliser une connexion enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="24"/>
        <source>Store a new login</source>
        <translation>Enregistrer une nouvelle connexion</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="30"/>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="32"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/forms/login_dialog.ui" line="34"/>
        <source>Name in QGIS</source>
        <translation>Nom dans QGIS</translation>
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
        <translation>Ouvrir un snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="17"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="21"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="30"/>
        <source>Link or id</source>
        <translation>Lien ou identifiant</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="35"/>
        <source>https://gemeindescan.ch/B5BXT/8OK4XB/</source>
        <translation>https://gemeindescan.ch/B5BXT/8OK4XB/</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="40"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="45"/>
        <source>the link&apos;s own address (needed for an id alone)</source>
        <translation>l'adresse du lien lui-même (nécessaire pour un identifiant seul)</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="53"/>
        <source>Keep the layers&apos; data in a GeoPackage</source>
        <translation>Conserver les données des couches dans un GeoPackage</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="57"/>
        <source>Beside the project</source>
        <translation>À côté du projet</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="63"/>
        <source>In a temporary file</source>
        <translation>Dans un fichier temporaire</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="68"/>
        <source>In this file</source>
        <translation>Dans ce fichier</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="81"/>
        <source>Mapbox token</source>
        <translation>Jeton Mapbox</translation>
    </message>
    <message>
        <location filename="../ui/open_snapshot.ui" line="86"/>
        <source>optional: shows the snapshot&apos;s background map</source>
        <translation>facultatif: affiche le fond de carte du snapshot</translation>
    </message>
</context>
</TS>
