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
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="68"/>
        <source>snapshot, export, style</source>
        <translation>snapshot, exporter, style, symbologie</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="76"/>
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
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="85"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="90"/>
        <source>Keywords (comma-separated)</source>
        <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="95"/>
        <source>Crop to the extent</source>
        <translation>Limiter à l'emprise</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="98"/>
        <source>Clip geometries at the extent</source>
        <translation>Découper les géométries à l'emprise</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="103"/>
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
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="118"/>
        <source>Export report</source>
        <translation>Rapport d'exportation</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/processing/export_algorithm.py" line="134"/>
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
        <location filename="../ui/rules.py" line="103"/>
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
        <location filename="../ui/rules.py" line="46"/>
        <source>the server address</source>
        <translation>l'adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="48"/>
        <source>a login (Connection → Choose…)</source>
        <translation>une connexion (Connexion → Choisir…)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="50"/>
        <source>the workspace</source>
        <translation>l'espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="52"/>
        <source>the municipality</source>
        <translation>la commune</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="55"/>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="57"/>
        <source>a shorter title (at most {limit} characters)</source>
        <translation>un titre plus court ({limit} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="61"/>
        <source>a topic</source>
        <translation>un thème</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="63"/>
        <source>a shorter topic (at most {limit} characters)</source>
        <translation>un thème plus court ({limit} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="67"/>
        <source>at least one layer</source>
        <translation>au moins une couche</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="69"/>
        <source>a background style like mapbox://styles/user/style</source>
        <translation>un style de fond de carte comme mapbox://styles/user/style</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="76"/>
        <source>Publishing is running; cancel it below.</source>
        <translation>La publication est en cours; vous pouvez l'annuler ci-dessous.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="79"/>
        <source>Still missing: {items}.</source>
        <translation>Il manque encore: {items}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="82"/>
        <source>Exports the checked layers in the current map view and updates snapshot {pk}.</source>
        <translation>Exporte les couches cochées dans la vue actuelle de la carte et met à jour le snapshot {pk}.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="85"/>
        <source>Exports the checked layers in the current map view and creates a new snapshot.</source>
        <translation>Exporte les couches cochées dans la vue actuelle de la carte et crée un nouveau snapshot.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="99"/>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="102"/>
        <source>Publish — updates {pk}</source>
        <translation>Publier — met à jour {pk}</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="172"/>
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="174"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n'a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="176"/>
        <source>The secure connection (TLS) failed.</source>
        <translation>La connexion sécurisée (TLS) a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="178"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="180"/>
        <source>This is not a Gemeindescan server.</source>
        <translation>Ce n'est pas un serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="182"/>
        <source>The server answered, but not as a Gemeindescan server should.</source>
        <translation>Le serveur a répondu, mais pas comme le ferait un serveur Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="184"/>
        <source>Check the server address or the login.</source>
        <translation>Vérifiez l'adresse du serveur ou la connexion.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="186"/>
        <source>Logging in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <location filename="../ui/rules.py" line="193"/>
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
        <location filename="../gemeindescan_uploader/messages.py" line="284"/>
        <source>Publish again to snapshot {pk} to complete it.</source>
        <translation>Publiez à nouveau vers le snapshot {pk} pour le compléter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="285"/>
        <source>The snapshot {pk} was created without its file.</source>
        <translation>Le snapshot {pk} a été créé sans son fichier.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="286"/>
        <source>It is not known whether the server created the snapshot: publishing again with the same title, topic, municipality and workspace completes it if it exists, without making a second one.</source>
        <translation>On ne sait pas si le serveur a créé le snapshot: publiez à nouveau avec le même titre, le même thème, la même commune et le même espace de travail; un snapshot déjà créé est alors complété, sans qu'un deuxième soit créé.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="291"/>
        <source>The snapshot {pk} is not in workspace {workspace}; nothing was changed. {where}</source>
        <translation>Le snapshot {pk} n'est pas dans l'espace de travail {workspace}; rien n'a été modifié. {where}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="294"/>
        <source>It is in your workspace {home}: {url}. Give that workspace to update it.</source>
        <translation>Il se trouve dans votre espace de travail {home}: {url}. Indiquez cet espace de travail pour le mettre à jour.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="297"/>
        <source>It is probably someone else&apos;s: {url}. Give the workspace it belongs to, or leave out the snapshot to update to publish a new one.</source>
        <translation>Il appartient probablement à quelqu'un d'autre: {url}. Indiquez l'espace de travail auquel il appartient, ou n'indiquez pas de snapshot à mettre à jour pour en publier un nouveau.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="302"/>
        <source>Publishing was cancelled while logging in; nothing was created on the server.</source>
        <translation>La publication a été annulée pendant la connexion; rien n'a été créé sur le serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="305"/>
        <source>Something unexpected went wrong; the details are in the Gemeindescan log.</source>
        <translation>Une erreur inattendue s'est produite; les détails figurent dans le journal Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="308"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="311"/>
        <source>Exporting {count} layer(s) to {path}</source>
        <translation>Exportation de {count} couche(s) vers {path}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="312"/>
        <source>Checked the snapshot file {name} while writing it: the platform can show it.</source>
        <translation>Le fichier snapshot {name} a été vérifié pendant son écriture: la plateforme peut l'afficher.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="315"/>
        <source>{name} was checked when it was written and has not changed since.</source>
        <translation>{name} a été vérifié lors de son écriture et n'a pas changé depuis.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="318"/>
        <source>Logging in to {server} as {username}</source>
        <translation>Connexion à {server} (utilisateur {username})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="319"/>
        <source>Updating snapshot {pk} in workspace {workspace} and uploading {name}</source>
        <translation>Mise à jour du snapshot {pk} dans l'espace de travail {workspace} et envoi de {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="322"/>
        <source>Creating a snapshot in workspace {workspace} and uploading {name}</source>
        <translation>Création d'un snapshot dans l'espace de travail {workspace} et envoi de {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="325"/>
        <source>Published snapshot {pk}: {url}</source>
        <translation>Snapshot {pk} publié: {url}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="328"/>
        <source>The output {output} is a folder; give a file name such as {example}.</source>
        <translation>La sortie {output} est un dossier; indiquez un nom de fichier, par exemple {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="331"/>
        <source>The output file {name} is {what}: writing the snapshot there would destroy it. Choose another file name.</source>
        <translation>Le fichier de sortie {name} est {what}: écrire le snapshot à cet endroit le détruirait. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="336"/>
        <source>the file being published</source>
        <translation>le fichier en cours de publication</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="337"/>
        <source>the QGIS project itself</source>
        <translation>le projet QGIS lui-même</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="338"/>
        <source>the project&apos;s auxiliary storage</source>
        <translation>le stockage auxiliaire du projet</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="339"/>
        <source>the data of the layer &apos;{layer}&apos;</source>
        <translation>la source de données de la couche « {layer} »</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="340"/>
        <source>a database file of the layer &apos;{layer}&apos;</source>
        <translation>un fichier de base de données de la couche « {layer} »</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="343"/>
        <source>server address</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="344"/>
        <source>website address</source>
        <translation>adresse du site web</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="345"/>
        <source>workspace link</source>
        <translation>lien de l'espace de travail</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="346"/>
        <source>Give the {what} without a username or password in it (like https://host/); the login is asked for separately.</source>
        <translation>Indiquez « {what} » sans nom d'utilisateur ni mot de passe (par exemple https://host/); la connexion est demandée séparément.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="351"/>
        <source>'{text}' is not a {what} (expected https://… or http://…).</source>
        <translation>« {text} » n'est pas valable comme « {what} » (attendu: https://… ou http://…).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="354"/>
        <source>&apos;{address}&apos; is the address of one of the server&apos;s services, not of the server. Use {base} as server address.</source>
        <translation>« {address} » est l'adresse d'un des services du serveur, pas celle du serveur. Utilisez {base} comme adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="359"/>
        <source>Give the server address without '?…' or '#…': {base}</source>
        <translation>Indiquez l'adresse du serveur sans « ?… » ni « #… »: {base}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="360"/>
        <source>&apos;{text}&apos; is not a valid Gemeindescan id.</source>
        <translation>« {text} » n'est pas un identifiant Gemeindescan valable.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="361"/>
        <source>&apos;{text}&apos; is not a snapshot id (expected something like 8OK4XB).</source>
        <translation>« {text} » n'est pas un identifiant de snapshot (attendu: quelque chose comme 8OK4XB).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="364"/>
        <source>&apos;{text}&apos; is not a workspace. Give the workspace id (like B5BXT), or paste the link of the workspace from the Gemeindescan website.</source>
        <translation>« {text} » n'est pas un espace de travail. Indiquez l'identifiant de l'espace de travail (par exemple B5BXT), ou collez le lien de l'espace de travail depuis le site web de Gemeindescan.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="369"/>
        <source>No workspace given. Give the workspace id (like B5BXT) or its link.</source>
        <translation>Aucun espace de travail indiqué. Indiquez l'identifiant de l'espace de travail (par exemple B5BXT) ou son lien.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="372"/>
        <source>&apos;{text}&apos; is not a BfS number. A BfS number is a whole number, like 261.</source>
        <translation>« {text} » n'est pas un numéro OFS. Un numéro OFS est un nombre entier, par exemple 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="375"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="376"/>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="377"/>
        <source>Give the snapshot a {what}.</source>
        <translation>Le champ « {what} » du snapshot est vide; remplissez-le.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="378"/>
        <source>The {what} is {length} characters long; the server allows at most {maximum}.</source>
        <translation>Le champ « {what} » compte {length} caractères; le serveur en accepte au plus {maximum}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="381"/>
        <source>The {what} contains a control character; type it again without it.</source>
        <translation>Le champ « {what} » contient un caractère de contrôle; saisissez le texte à nouveau sans celui-ci.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="384"/>
        <source>Give a username and a password to log in.</source>
        <translation>Indiquez un nom d'utilisateur et un mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="389"/>
        <source>opening the login page</source>
        <translation>lors de l'ouverture de la page de connexion</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="390"/>
        <source>logging in</source>
        <translation>lors de la connexion</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="391"/>
        <source>logging out</source>
        <translation>lors de la déconnexion</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="392"/>
        <source>creating the snapshot</source>
        <translation>lors de la création du snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="393"/>
        <source>updating the snapshot</source>
        <translation>lors de la mise à jour du snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="394"/>
        <source>uploading the snapshot file</source>
        <translation>lors de l'envoi du fichier du snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="395"/>
        <source>reading from the server</source>
        <translation>lors de la lecture depuis le serveur</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="397"/>
        <source>login page</source>
        <translation>la page de connexion</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="398"/>
        <source>login form</source>
        <translation>le formulaire de connexion</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="399"/>
        <source>data service (/graphql/)</source>
        <translation>le service de données (/graphql/)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="400"/>
        <source>snapshot upload</source>
        <translation>l'envoi de snapshots</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="401"/>
        <source>The proxy between this computer and the Gemeindescan server refused its login. Check the proxy&apos;s username and password in the proxy settings.</source>
        <translation>Le proxy entre cet ordinateur et le serveur Gemeindescan a refusé sa connexion. Vérifiez le nom d'utilisateur et le mot de passe du proxy dans les paramètres du proxy.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="406"/>
        <source>The server sends the login to {location}. Use that address (without the /account/login/ part) as server address.</source>
        <translation>Le serveur renvoie la connexion vers {location}. Utilisez cette adresse (sans la partie /account/login/) comme adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="411"/>
        <source>The server did not start a login (no security token). Is this address a Gemeindescan server?</source>
        <translation>Le serveur n'a pas commencé de connexion (pas de jeton de sécurité). Cette adresse est-elle celle d'un serveur Gemeindescan?</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="415"/>
        <source>The server refused the login for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://.</source>
        <translation>Le serveur a refusé la connexion pour des raisons de sécurité (son contrôle CSRF a échoué). Vérifiez que l'adresse du serveur commence par le bon http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="420"/>
        <source>The server accepted the login but kept no session. Check that the server address starts with the right http:// or https://.</source>
        <translation>Le serveur a accepté la connexion mais n'a gardé aucune session. Vérifiez que l'adresse du serveur commence par le bon http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="425"/>
        <source>Your Gemeindescan session has expired. Please log in again.</source>
        <translation>Votre session Gemeindescan a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="428"/>
        <source>You are not logged in to the Gemeindescan server, or your session has expired. Please log in again.</source>
        <translation>Vous n'êtes pas connecté au serveur Gemeindescan, ou votre session a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="432"/>
        <source>The Gemeindescan server did not answer while {step}: the gateway in front of it answered HTTP {status} (server down or overloaded). Try again later.</source>
        <translation>Le serveur Gemeindescan n'a pas répondu {step}: la passerelle placée devant lui a répondu HTTP {status} (serveur arrêté ou surchargé). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="437"/>
        <source>The Gemeindescan server failed while {step} (HTTP {status}, an internal error on its side). Try again later; if it keeps failing, tell the server&apos;s administrator.</source>
        <translation>Le serveur Gemeindescan a échoué {step} (HTTP {status}, une erreur interne de son côté). Réessayez plus tard; si l'erreur persiste, prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="442"/>
        <source>The server at {server} did not understand the request while {step}; it may run another version of Gemeindescan. Tell the server&apos;s administrator.</source>
        <translation>Le serveur à l'adresse {server} n'a pas compris la requête {step}; il utilise peut-être une autre version de Gemeindescan. Prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="447"/>
        <source>The address {server} does not lead to a Gemeindescan server: it has no {service}. Check the server address.</source>
        <translation>L'adresse {server} ne mène pas à un serveur Gemeindescan (il manque: {service}). Vérifiez l'adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="452"/>
        <source>Cannot reach the proxy {proxy} while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Le proxy {proxy} est injoignable {step}. Vérifiez le paramètre du proxy (dans QGIS: Préférences &gt; Options &gt; Réseau; en ligne de commande: HTTPS_PROXY et HTTP_PROXY) ou demandez à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="457"/>
        <source>Cannot reach the proxy set for this connection while {step}. Check the proxy setting (in QGIS: Settings &gt; Options &gt; Network; on the command line: HTTPS_PROXY and HTTP_PROXY) or ask your IT.</source>
        <translation>Le proxy défini pour cette connexion est injoignable {step}. Vérifiez le paramètre du proxy (dans QGIS: Préférences &gt; Options &gt; Réseau; en ligne de commande: HTTPS_PROXY et HTTP_PROXY) ou demandez à votre service informatique.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="462"/>
        <source>The Gemeindescan server at {server} did not accept a connection within {seconds:g} s while {step}. Check the address and your network connection, or try again later.</source>
        <translation>Le serveur Gemeindescan à l'adresse {server} n'a pas accepté de connexion en {seconds:g} s {step}. Vérifiez l'adresse et votre connexion réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="467"/>
        <source>The Gemeindescan server at {server} stopped answering while {step} (nothing for {seconds:g} s). Try again later.</source>
        <translation>Le serveur Gemeindescan à l'adresse {server} a cessé de répondre {step} (rien pendant {seconds:g} s). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="472"/>
        <source>Cannot find the server {host} while {step}: the name does not resolve. Check the server address and your network connection.</source>
        <translation>Le serveur {host} est introuvable {step}: son nom ne peut pas être résolu. Vérifiez l'adresse du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="477"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}: the connection was refused. Check the address and that the server is running.</source>
        <translation>Le serveur Gemeindescan à l'adresse {server} est injoignable {step}: la connexion a été refusée. Vérifiez l'adresse et que le serveur fonctionne.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="482"/>
        <source>The connection to the Gemeindescan server at {server} broke while {step}. Check your network connection and try again.</source>
        <translation>La connexion au serveur Gemeindescan à l'adresse {server} a été interrompue {step}. Vérifiez votre connexion réseau et réessayez.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="487"/>
        <source>Cannot reach the Gemeindescan server at {server} while {step}. Check the address and your network connection.</source>
        <translation>Le serveur Gemeindescan à l'adresse {server} est injoignable {step}. Vérifiez l'adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="492"/>
        <source>The server at {server} does not speak HTTPS (no secure connection) while {step}. Check the address; if the server really runs without HTTPS, its address is {plain}.</source>
        <translation>Le serveur à l'adresse {server} ne parle pas HTTPS (pas de connexion sécurisée) {step}. Vérifiez l'adresse; si le serveur fonctionne vraiment sans HTTPS, son adresse est {plain}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="497"/>
        <source>The certificate of {host} is made out for another address, so no secure connection to the Gemeindescan server was opened while {step}. Use the address the server&apos;s certificate names (ask its administrator which).</source>
        <translation>Le certificat de {host} est établi pour une autre adresse; aucune connexion sécurisée au serveur Gemeindescan n'a donc été ouverte {step}. Utilisez l'adresse que nomme le certificat du serveur (demandez laquelle à son administrateur).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="503"/>
        <source>The certificate of {host} is not trusted ({reason}), so no secure connection to the Gemeindescan server was opened while {step}. {advice}</source>
        <translation>Le certificat de {host} n'est pas reconnu comme fiable ({reason}); aucune connexion sécurisée au serveur Gemeindescan n'a donc été ouverte {step}. {advice}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="508"/>
        <source>no authority this computer trusts vouches for it</source>
        <translation>aucune autorité de certification reconnue par cet ordinateur ne le garantit</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="511"/>
        <source>it has expired</source>
        <translation>il a expiré</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="512"/>
        <source>it is signed by an authority this computer does not trust</source>
        <translation>il est signé par une autorité que cet ordinateur ne reconnaît pas</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="515"/>
        <source>If your organisation inspects HTTPS traffic, add its root certificate to this computer&apos;s trusted certificates (on the command line: REQUESTS_CA_BUNDLE).</source>
        <translation>Si votre organisation inspecte le trafic HTTPS, ajoutez son certificat racine aux certificats de confiance de cet ordinateur (en ligne de commande: REQUESTS_CA_BUNDLE).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="520"/>
        <source>Cannot open a secure connection to the Gemeindescan server {host} while {step} (TLS problem). Check the address and your network connection.</source>
        <translation>Impossible d'ouvrir une connexion sécurisée au serveur Gemeindescan {host} {step} (problème TLS). Vérifiez l'adresse et votre connexion réseau.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="525"/>
        <source>The server answered something that is not a Gemeindescan answer. Check the server address.</source>
        <translation>Le serveur a répondu quelque chose qui n'est pas une réponse de Gemeindescan. Vérifiez l'adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="529"/>
        <source>The server sends its requests on to {location}. Use {suggestion} as server address.</source>
        <translation>Le serveur renvoie ses requêtes vers {location}. Utilisez {suggestion} comme adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="532"/>
        <source>No municipality has this BfS number.</source>
        <translation>Aucune commune n'a ce numéro OFS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="533"/>
        <source>No municipality has the BfS number {number}. Check the number in the list of municipalities.</source>
        <translation>Aucune commune n'a le numéro OFS {number}. Vérifiez le numéro dans la liste des communes.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="537"/>
        <source>The BfS number must be a whole number, like 261.</source>
        <translation>Le numéro OFS doit être un nombre entier, par exemple 261.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="538"/>
        <source>This workspace does not exist on the server. Check the workspace id or link.</source>
        <translation>Cet espace de travail n'existe pas sur le serveur. Vérifiez l'identifiant ou le lien de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="541"/>
        <source>This snapshot does not exist on the server. Check the snapshot id.</source>
        <translation>Ce snapshot n'existe pas sur le serveur. Vérifiez l'identifiant du snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="544"/>
        <source>The workspace or snapshot id is malformed.</source>
        <translation>L'identifiant de l'espace de travail ou du snapshot est mal formé.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="545"/>
        <source>The title or topic is too long for the server.</source>
        <translation>Le titre ou le thème est trop long pour le serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="546"/>
        <source>The Gemeindescan server could not do this. Try again later or tell the server&apos;s administrator.</source>
        <translation>Le serveur Gemeindescan n'a pas pu effectuer cette opération. Réessayez plus tard ou prévenez l'administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="550"/>
        <source>The workspace {workspace} does not exist on the server. Check the workspace id or link.</source>
        <translation>L'espace de travail {workspace} n'existe pas sur le serveur. Vérifiez l'identifiant ou le lien de l'espace de travail.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="553"/>
        <source>The snapshot {pk} does not exist on the server. Check the snapshot id.</source>
        <translation>Le snapshot {pk} n'existe pas sur le serveur. Vérifiez l'identifiant du snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="556"/>
        <source>Cannot read the snapshot file {path}.</source>
        <translation>Le fichier snapshot {path} ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="557"/>
        <source>The server answered the upload but did not store the snapshot file (the file was lost on the way).</source>
        <translation>Le serveur a répondu à l'envoi mais n'a pas enregistré le fichier du snapshot (le fichier s'est perdu en route).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="561"/>
        <source>The server refused the file: {reason}</source>
        <translation>Le serveur a refusé le fichier: {reason}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="562"/>
        <source>The server refused the file: it is too large for this server ({size} MB).</source>
        <translation>Le serveur a refusé le fichier: il est trop volumineux pour ce serveur ({size} Mo).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="565"/>
        <source>The server refused the upload for security reasons (its CSRF check failed). Check that the server address starts with the right http:// or https://, then publish again.</source>
        <translation>Le serveur a refusé l'envoi pour des raisons de sécurité (son contrôle CSRF a échoué). Vérifiez que l'adresse du serveur commence par le bon http:// ou https://, puis publiez à nouveau.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="570"/>
        <source>The snapshot {pk} does not exist on the server.</source>
        <translation>Le snapshot {pk} n'existe pas sur le serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="573"/>
        <source>The server redirected the upload instead of storing the file. Check the server address.</source>
        <translation>Le serveur a redirigé l'envoi au lieu d'enregistrer le fichier. Vérifiez l'adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="579"/>
        <source>The file is not a snapshot: its top level is not a JSON object.</source>
        <translation>Le fichier n'est pas un snapshot: son niveau supérieur n'est pas un objet JSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="582"/>
        <source>The file {path} does not exist.</source>
        <translation>Le fichier {path} n'existe pas.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="583"/>
        <source>The file {name} is not a valid JSON file, so it cannot be a snapshot.</source>
        <translation>Le fichier {name} n'est pas un fichier JSON valable, il ne peut donc pas être un snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="586"/>
        <source>nested too deeply</source>
        <translation>imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="587"/>
        <source>The file {name} is not a snapshot the platform can show: {problem}</source>
        <translation>Le fichier {name} n'est pas un snapshot que la plateforme peut afficher: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="590"/>
        <source>The snapshot</source>
        <translation>Le snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="591"/>
        <source>Layer {name}</source>
        <translation>Couche {name}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="592"/>
        <source>Resource {number}</source>
        <translation>Ressource {number}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="593"/>
        <source>{where} needs at least one licence.</source>
        <translation>{where}: au moins une licence est nécessaire.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="594"/>
        <source>{where}: a licence is not an object.</source>
        <translation>{where}: une licence n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="595"/>
        <source>{where}: licence name {name} is not an Open Definition identifier.</source>
        <translation>{where}: le nom de licence {name} n'est pas un identifiant de l'Open Definition.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="598"/>
        <source>The snapshot name {name} may only hold lower-case letters, digits and . _ - /.</source>
        <translation>Le nom du snapshot {name} ne peut contenir que des minuscules, des chiffres et . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="601"/>
        <source>The snapshot {key} is not text.</source>
        <translation>L'entrée « {key} » du snapshot n'est pas du texte.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="602"/>
        <source>The snapshot lists no sources (at least one is required).</source>
        <translation>Le snapshot n'indique aucune source (au moins une est nécessaire).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="603"/>
        <source>Every source needs a title.</source>
        <translation>Chaque source doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="604"/>
        <source>The snapshot&apos;s {key} must be a non-empty list when present.</source>
        <translation>L'entrée « {key} » du snapshot doit être, si elle existe, une liste non vide.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="607"/>
        <source>Every contributor needs a title.</source>
        <translation>Chaque contributeur doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="608"/>
        <source>The snapshot has no resources (no layers).</source>
        <translation>Le snapshot n'a aucune ressource (aucune couche).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="609"/>
        <source>Resource {number} is not an object.</source>
        <translation>La ressource {number} n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="610"/>
        <source>{label}: its name must hold only lower-case letters, digits and . _ - /.</source>
        <translation>{label}: le nom ne peut contenir que des minuscules, des chiffres et . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="613"/>
        <source>{label}: the name is used by two resources.</source>
        <translation>{label}: le nom est utilisé par deux ressources.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="614"/>
        <source>{label}: media type {mediatype} is not one the viewer can draw.</source>
        <translation>{label}: le visualiseur ne sait pas dessiner le type de média {mediatype}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="617"/>
        <source>{label}: the background needs a path like {example}.</source>
        <translation>{label}: le fond de carte a besoin d'un chemin comme {example}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="620"/>
        <source>{label}: a WMS layer needs the service URL as its path.</source>
        <translation>{label}: une couche WMS a besoin de l'URL du service comme chemin.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="621"/>
        <source>{label}: a WMS layer needs parameters naming its WMS layers.</source>
        <translation>{label}: une couche WMS a besoin de paramètres nommant ses couches WMS.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="624"/>
        <source>{label}: its data is not a GeoJSON FeatureCollection.</source>
        <translation>{label}: ses données ne sont pas une FeatureCollection GeoJSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="627"/>
        <source>{label}, feature {number}: {problem}</source>
        <translation>{label}, entité {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="628"/>
        <source>{label}: {count} more features with problems.</source>
        <translation>{label}: {count} autres entités présentent des problèmes.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="629"/>
        <source>not a GeoJSON Feature.</source>
        <translation>pas une Feature GeoJSON.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="630"/>
        <source>no geometry.</source>
        <translation>pas de géométrie.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="631"/>
        <source>its coordinates are not longitude/latitude in degrees (is the layer&apos;s CRS right?).</source>
        <translation>ses coordonnées ne sont pas des longitudes/latitudes en degrés (le SCR de la couche est-il juste?).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="634"/>
        <source>no properties (the style lives there).</source>
        <translation>pas de propriétés (c'est là que se trouve le style).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="635"/>
        <source>a {geometry} in a point layer.</source>
        <translation>un {geometry} dans une couche de points.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="636"/>
        <source>style properties missing: {keys}.</source>
        <translation>propriétés de style manquantes: {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="637"/>
        <source>carries both a fill/stroke style and marker-color (the schema allows only one).</source>
        <translation>porte à la fois un style de remplissage/contour et marker-color (le schéma n'en permet qu'un).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="640"/>
        <source>{key} {value} is not a #rrggbb colour.</source>
        <translation>{key} {value} n'est pas une couleur #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="641"/>
        <source>{key} {value} is not between 0 and 1.</source>
        <translation>{key} {value} n'est pas compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="642"/>
        <source>stroke-width {value} is not a non-negative number.</source>
        <translation>stroke-width {value} n'est pas un nombre positif ou nul.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="643"/>
        <source>The snapshot has no map view (views[0]).</source>
        <translation>Le snapshot n'a pas de vue cartographique (views[0]).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="644"/>
        <source>The map view&apos;s specType must be &apos;gemeindescanSnapshot&apos;.</source>
        <translation>Le specType de la vue cartographique doit être 'gemeindescanSnapshot'.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="645"/>
        <source>The map view needs a name of lower-case letters, digits and . _ - /.</source>
        <translation>La vue cartographique a besoin d'un nom fait de minuscules, de chiffres et de . _ - /.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="648"/>
        <source>The map view lists no layers.</source>
        <translation>La vue cartographique ne liste aucune couche.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="649"/>
        <source>The map view lists {name}, which is not a resource of the snapshot.</source>
        <translation>La vue cartographique liste {name}, qui n'est pas une ressource du snapshot.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="652"/>
        <source>The map view has no &apos;spec&apos; with bounds and legend.</source>
        <translation>La vue cartographique n'a pas de 'spec' avec emprise et légende.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="653"/>
        <source>The map view&apos;s {key} is missing (it may be empty text).</source>
        <translation>L'entrée « {key} » de la vue cartographique manque (elle peut être un texte vide).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="656"/>
        <source>The map bounds must be two corners, south-west and north-east.</source>
        <translation>L'emprise de la carte doit être formée de deux coins, sud-ouest et nord-est.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="659"/>
        <source>The map bounds {bounds} lie south of the equator or west of Greenwich, which a snapshot cannot show.</source>
        <translation>L'emprise de la carte {bounds} se trouve au sud de l'équateur ou à l'ouest de Greenwich, ce qu'un snapshot ne peut pas afficher.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="663"/>
        <source>The map bounds {bounds} must read geo:&lt;latitude&gt;,&lt;longitude&gt; in plain decimals.</source>
        <translation>L'emprise de la carte {bounds} doit s'écrire geo:&lt;latitude&gt;,&lt;longitude&gt; en nombres décimaux simples.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="666"/>
        <source>The map bounds are not south-west then north-east.</source>
        <translation>Les coins de l'emprise de la carte ne sont pas dans l'ordre sud-ouest puis nord-est.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="667"/>
        <source>The map bounds are not latitude/longitude in degrees.</source>
        <translation>L'emprise de la carte n'est pas en latitude/longitude en degrés.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="670"/>
        <source>The map has no legend (at least one entry is required).</source>
        <translation>La carte n'a pas de légende (au moins une entrée est nécessaire).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="671"/>
        <source>Legend entry {number} is not an object.</source>
        <translation>L'entrée de légende {number} n'est pas un objet.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="672"/>
        <source>Legend entry {number} ({label})</source>
        <translation>Entrée de légende {number} ({label})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="673"/>
        <source>{where} lacks {keys}.</source>
        <translation>{where}: il manque {keys}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="674"/>
        <source>{where}: shape must be circle, square or line.</source>
        <translation>{where}: shape doit valoir circle, square ou line.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="675"/>
        <source>{where}: {key} {value} is not a #rrggbb colour.</source>
        <translation>{where}: {key} {value} n'est pas une couleur #rrggbb.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="676"/>
        <source>{where}: {key} must be between 0 and 1.</source>
        <translation>{where}: {key} doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="677"/>
        <source>{where}: strokeWidth must be a non-negative number.</source>
        <translation>{where}: strokeWidth doit être un nombre positif ou nul.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="680"/>
        <source>{where}: primary must be true/false and label text.</source>
        <translation>{where}: primary doit valoir true/false et label être du texte.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="685"/>
        <source>No QGIS authentication configuration was chosen for the login.</source>
        <translation>Aucune configuration d'authentification QGIS n'a été choisie pour la connexion.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="688"/>
        <source>The QGIS authentication system is disabled, so the stored Gemeindescan login cannot be read.</source>
        <translation>Le système d'authentification de QGIS est désactivé; la connexion Gemeindescan enregistrée ne peut donc pas être lue.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="692"/>
        <source>There is no QGIS authentication configuration with the id '{authcfg}'. Create one of type 'Basic' (Settings → Options → Authentication) and use its id.</source>
        <translation>Il n'existe pas de configuration d'authentification QGIS avec l'identifiant '{authcfg}'. Créez-en une de type 'Basic' (Préférences → Options → Authentification) et utilisez son identifiant.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="697"/>
        <source>The QGIS authentication database is locked: its master password is not set. In QGIS, enter the master password when asked; for unattended runs, set the environment variable QGIS_AUTH_PASSWORD_FILE to a file (readable only by you) holding it.</source>
        <translation>La base d'authentification de QGIS est verrouillée: son mot de passe principal n'est pas défini. Dans QGIS, saisissez le mot de passe principal lorsqu'il est demandé; pour les exécutions sans surveillance, définissez la variable d'environnement QGIS_AUTH_PASSWORD_FILE sur un fichier (lisible par vous seul) qui le contient.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="703"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; could not be read.</source>
        <translation>La configuration d'authentification QGIS '{authcfg}' n'a pas pu être lue.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="706"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; is of type &apos;{method}&apos;; the Gemeindescan login needs one of type &apos;Basic&apos; (username and password).</source>
        <translation>La configuration d'authentification QGIS '{authcfg}' est de type '{method}'; la connexion Gemeindescan en demande une de type 'Basic' (nom d'utilisateur et mot de passe).</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="711"/>
        <source>The QGIS authentication configuration &apos;{authcfg}&apos; has no username or no password.</source>
        <translation>La configuration d'authentification QGIS '{authcfg}' n'a pas de nom d'utilisateur ou pas de mot de passe.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="714"/>
        <source>No Gemeindescan login given: choose a QGIS authentication configuration, or set the environment variables {username_variable} and {password_variable}.</source>
        <translation>Aucune connexion Gemeindescan indiquée: choisissez une configuration d'authentification QGIS, ou définissez les variables d'environnement {username_variable} et {password_variable}.</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="60"/>
        <source>Publishing to Gemeindescan</source>
        <translation>Publication sur Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/tasks.py" line="62"/>
        <source>Exporting a Gemeindescan snapshot</source>
        <translation>Exportation d'un snapshot Gemeindescan</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="723"/>
        <source>Layer “{layer}”</source>
        <translation>Couche « {layer} »</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="724"/>
        <source>not a resource object</source>
        <translation>pas un objet de ressource</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="725"/>
        <source>its features are in a separate file (path), which the snapshot does not carry</source>
        <translation>ses entités sont dans un fichier séparé (path), que le snapshot ne contient pas</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="728"/>
        <source>its data is not a GeoJSON FeatureCollection</source>
        <translation>ses données ne sont pas une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="731"/>
        <source>a WMS layer without service address or layer names</source>
        <translation>une couche WMS sans adresse de service ni noms de couches</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="732"/>
        <source>media type {mediatype} is not one QGIS can open from a snapshot</source>
        <translation>QGIS ne peut pas ouvrir le type de média {mediatype} depuis un snapshot</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="735"/>
        <source>WMS layer</source>
        <translation>couche WMS</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="736"/>
        <source>the WMS service {url} could not be reached, layer not added</source>
        <translation>le service WMS {url} était injoignable, la couche n'a pas été ajoutée</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="739"/>
        <source>Background map</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="740"/>
        <source>Background map {path} (add a Mapbox token to show it)</source>
        <translation>Fond de carte {path} (ajoutez un jeton Mapbox pour l'afficher)</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="743"/>
        <source>{key} (unreadable value {value})</source>
        <translation>{key} (valeur illisible {value})</translation>
    </message>
    <message>
        <location filename="../gemeindescan_uploader/messages.py" line="245"/>
        <source>too many shapes to draw (offset lines, marker shapes, dashed outlines, pattern lines or dots): some features show them as before (a flat colour, or not at all)</source>
        <translation>trop de formes à dessiner (lignes décalées, formes de symboles ponctuels, contours en tirets, lignes ou points de motif) : certaines entités les montrent comme avant (une couleur unie, ou pas du tout)</translation>
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
