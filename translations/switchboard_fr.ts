<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Switchboard::AdminPages</name>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Inbound sources</source>
        <translation>Sources entrantes</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Voice platforms</source>
        <translation>Plateformes vocales</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquittée</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(toutes)</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (seuil %2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverte le</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertNotifier</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard alert: %1</source>
        <translation>Alerte Switchboard : %1</translation>
    </message>
    <message>
        <source>Switchboard alert: %1 on %2</source>
        <translation>Alerte Switchboard : %1 sur %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2 &lt;a href=&quot;%3&quot;&gt;Ouvrir&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertsPage</name>
    <message>
        <source>Show resolved (history)</source>
        <translation>Afficher les résolues (historique)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Acquitter l&apos;alerte sélectionnée (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Open endpoint</source>
        <translation>&amp;Ouvrir le point de terminaison</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiClient</name>
    <message>
        <source>No answer from the API.</source>
        <translation>Pas de réponse de l&apos;API.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API is off: start Switchboard with --listen to administer it here.</source>
        <translation>L&apos;API est désactivée : lancez Switchboard avec --listen pour l&apos;administrer ici.</translation>
    </message>
</context>
<context>
    <name>Switchboard::BulkReplayDialog</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Rejouer les lettres mortes</translation>
    </message>
    <message>
        <source>Counting the deliveries that match %1…</source>
        <translation>Décompte des livraisons correspondant à %1…</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Progression du rejeu</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n delivery(s) matching %1? Each is sent again with the current secret, keeping its id and idempotency key.</source>
        <translation>
            <numerusform>Rejouer %n livraison correspondant à %1 ? Elle est renvoyée avec le secret actuel et garde son identifiant et sa clé d&apos;idempotence.</numerusform>
            <numerusform>Rejouer %n livraisons correspondant à %1 ? Chacune est renvoyée avec le secret actuel et garde son identifiant et sa clé d&apos;idempotence.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches %1.</source>
        <translation>Rien ne correspond à %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n delivery(s)…</source>
        <translation>
            <numerusform>Rejeu de %n livraison…</numerusform>
            <numerusform>Rejeu de %n livraisons…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation>Annulation après le lot en cours…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>%1 replayed, %2 failed.</source>
        <translation>%1 rejouées, %2 en échec.</translation>
    </message>
    <message>
        <source>A delivery fails to replay when it is already pending again or was removed.</source>
        <translation>Une livraison ne peut être rejouée si elle est déjà de nouveau en attente ou a été supprimée.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigPage</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l&apos;import</translation>
    </message>
    <message>
        <source>Export writes endpoints, functions, sources and alert rules as the JSON file that &lt;code&gt;--config&lt;/code&gt; reads. Secrets are never exported: set them again after an import. Import shows what would change, then applies it through the API.</source>
        <translation>L&apos;export écrit les points de terminaison, fonctions, sources et règles d&apos;alerte dans le fichier JSON que lit &lt;code&gt;--config&lt;/code&gt;. Les secrets ne sont jamais exportés : redéfinissez-les après un import. L&apos;import montre ce qui changerait, puis l&apos;applique via l&apos;API.</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exporter la configuration</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Configuration exported to %1 (without secrets).</source>
        <translation>Configuration exportée vers %1 (sans les secrets).</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importer la configuration</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 n&apos;est pas un objet JSON : %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported here.</source>
        <translation>« %1 » n&apos;est pas importé ici.</translation>
    </message>
    <message>
        <source>Cannot read the current configuration: %1</source>
        <translation>Impossible de lire la configuration actuelle : %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply. Nothing is removed; secrets are not part of the file.</source>
        <translation>
            <numerusform>%n modification à appliquer. Rien n&apos;est supprimé ; les secrets ne font pas partie du fichier.</numerusform>
            <numerusform>%n modifications à appliquer. Rien n&apos;est supprimé ; les secrets ne font pas partie du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Applied %1, %2 refused (see the list).</source>
        <translation>%1 appliquées, %2 refusées (voir la liste).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n modification appliquée.</numerusform>
            <numerusform>%n modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>a signing secret was generated; rotate it on the Endpoints page to see a new one, or set the receiver&apos;s</source>
        <translation>un secret de signature a été généré ; renouvelez-le sur la page Points de terminaison pour en voir un nouveau, ou définissez celui du destinataire</translation>
    </message>
    <message>
        <source>Replace: also remove what the file does not name</source>
        <translation>Remplacer : supprimer aussi ce que le fichier ne nomme pas</translation>
    </message>
    <message>
        <source>Endpoints, functions, sources and alert rules missing from the file are deleted, for each kind the file has. The preview lists them before anything is applied.</source>
        <translation>Les points de terminaison, fonctions, sources et règles d&apos;alerte absents du fichier sont supprimés, pour chaque type que le fichier contient. L&apos;aperçu les liste avant que rien ne soit appliqué.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>not in the file: deleted</source>
        <translation>absent du fichier : supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply, %1 of them removals (in red). Secrets are not part of the file.</source>
        <translation>
            <numerusform>%n modification à appliquer, dont %1 suppressions (en rouge). Les secrets ne font pas partie du fichier.</numerusform>
            <numerusform>%n modifications à appliquer, dont %1 suppressions (en rouge). Les secrets ne font pas partie du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardPage</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>6 dernières heures</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>All endpoints or sources</source>
        <translation>Tous les points de terminaison ou sources</translation>
    </message>
    <message>
        <source>Endpoint or source</source>
        <translation>Point de terminaison ou source</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Type d&apos;événement (call.* pour un préfixe)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latence p95</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
    <message>
        <source>Went dead</source>
        <translation>Devenues mortes</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Profondeur de la file</translation>
    </message>
    <message>
        <source>success %</source>
        <translation>réussite %</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Attempts and retries</source>
        <translation>Tentatives et nouvelles tentatives</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>nouvelles tentatives</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>Queue and dead letters</source>
        <translation>File et lettres mortes</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Santé des points de terminaison</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an endpoint&apos;s deliveries</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir les livraisons d&apos;un point de terminaison</translation>
    </message>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>Impossible de lire les statistiques : %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1 dead letters now</source>
        <translation>%1 lettres mortes actuellement</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open alert(s)&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;View alerts&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n alerte ouverte&lt;/b&gt; : %1 &lt;a href=&quot;alerts&quot;&gt;Voir les alertes&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n alertes ouvertes&lt;/b&gt; : %1 &lt;a href=&quot;alerts&quot;&gt;Voir les alertes&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveriesPage</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Send the selected deliveries again with the current secret (Ctrl+R)</source>
        <translation>Renvoyer les livraisons sélectionnées avec le secret actuel (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Stop trying the selected deliveries (Delete)</source>
        <translation>Ne plus tenter les livraisons sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the last attempt as a curl command, signatures and credentials masked (Ctrl+Shift+C)</source>
        <translation>Copier la dernière tentative en commande curl, signatures et identifiants masqués (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy as cURL with live signature and credentials…</source>
        <translation>Copier en cURL avec signature et identifiants réels…</translation>
    </message>
    <message>
        <source>Selected rows as HAR…</source>
        <translation>Lignes sélectionnées en HAR…</translation>
    </message>
    <message>
        <source>Selected rows as CSV…</source>
        <translation>Lignes sélectionnées en CSV…</translation>
    </message>
    <message>
        <source>All matching the filter as HAR…</source>
        <translation>Toutes celles du filtre en HAR…</translation>
    </message>
    <message>
        <source>All matching the filter as CSV…</source>
        <translation>Toutes celles du filtre en CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export and more</source>
        <translation>Exporter et plus</translation>
    </message>
    <message>
        <source>Replay &amp;all matching…</source>
        <translation>Rejouer &amp;toutes les correspondantes…</translation>
    </message>
    <message>
        <source>Replay every dead letter that matches the filter (Ctrl+Shift+R)</source>
        <translation>Rejouer toutes les lettres mortes qui correspondent au filtre (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 sur %2 chargées</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 chargées</translation>
    </message>
    <message>
        <source>Discard delivery %1? It will not be attempted again unless it is replayed.</source>
        <translation>Abandonner la livraison %1 ? Elle ne sera plus tentée, sauf si elle est rejouée.</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n deliveries? They will not be attempted again unless replayed.</source>
        <translation>
            <numerusform>Abandonner %n livraison ? Elle ne sera plus tentée, sauf si elle est rejouée.</numerusform>
            <numerusform>Abandonner %n livraisons ? Elles ne seront plus tentées, sauf si elles sont rejouées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Révéler les secrets</translation>
    </message>
    <message>
        <source>The command will contain a live signature and the endpoint&apos;s credentials. Anyone who sees it can send requests the receiver trusts. Copy it anyway?</source>
        <translation>La commande contiendra une signature réelle et les identifiants du point de terminaison. Quiconque la voit peut envoyer des requêtes auxquelles le destinataire fait confiance. La copier quand même ?</translation>
    </message>
    <message>
        <source>cURL command with secrets copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Commande cURL avec secrets copiée ; le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
    <message>
        <source>cURL command copied (signatures and credentials masked).</source>
        <translation>Commande cURL copiée (signatures et identifiants masqués).</translation>
    </message>
    <message>
        <source>Select the rows to export first.</source>
        <translation>Sélectionnez d&apos;abord les lignes à exporter.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>HTTP archive (*.har)</source>
        <translation>Archive HTTP (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) exported to %1.</source>
        <translation>
            <numerusform>%n livraison exportée vers %1.</numerusform>
            <numerusform>%n livraisons exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>point de terminaison %1</translation>
    </message>
    <message>
        <source>event type %1</source>
        <translation>type d&apos;événement %1</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>appel %1</translation>
    </message>
    <message>
        <source>status code %1</source>
        <translation>code d&apos;état %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>payload containing “%1”</source>
        <translation>charge utile contenant « %1 »</translation>
    </message>
    <message>
        <source>the dead-letter queue (no filter)</source>
        <translation>la file des lettres mortes (sans filtre)</translation>
    </message>
    <message>
        <source>Bulk replay %1: %2 replayed, %3 failed.</source>
        <translation>Rejeu groupé %1 : %2 rejouées, %3 en échec.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryDetailPane</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Select a delivery to see every attempt&apos;s request and response.</source>
        <translation>Sélectionnez une livraison pour voir la requête et la réponse de chaque tentative.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Attempt timeline</source>
        <translation>Chronologie des tentatives</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Call timeline</source>
        <translation>Chronologie de l&apos;appel</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;: %3, %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; vers &lt;b&gt;%2&lt;/b&gt; : %3, %n tentative</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; vers &lt;b&gt;%2&lt;/b&gt; : %3, %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1, event %2</source>
        <translation>Message %1, événement %2</translation>
    </message>
    <message>
        <source>, call %1</source>
        <translation>, appel %1</translation>
    </message>
    <message>
        <source>Next attempt at %1 (%2)</source>
        <translation>Prochaine tentative à %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>dans %n seconde</numerusform>
            <numerusform>dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à faire maintenant</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n time(s)</source>
        <translation>
            <numerusform>Rejouée %n fois</numerusform>
            <numerusform>Rejouée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (rejeu)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aucune tentative pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No call id</source>
        <translation>Pas d&apos;identifiant d&apos;appel</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Erreur : %1 %2</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Limites de débit :</translation>
    </message>
    <message>
        <source>
[…truncated]</source>
        <translation>
[…tronqué]</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Type d&apos;événement (call.* pour un préfixe)</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Identifiant d&apos;appel</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>État HTTP</translation>
    </message>
    <message>
        <source>Text in the payload (Ctrl+F)</source>
        <translation>Texte dans la charge utile (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Toute erreur</translation>
    </message>
    <message>
        <source>Error class filter</source>
        <translation>Filtre de classe d&apos;erreur</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N&apos;importe quand</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>15 dernières minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Plage horaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Morte</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Identifiant de livraison</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointEditor</name>
    <message>
        <source>Enabled: receives new messages</source>
        <translation>Activé : reçoit les nouveaux messages</translation>
    </message>
    <message>
        <source>crm</source>
        <translation>crm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>https://crm.example.com/hooks/voice-events</source>
        <translation>https://crm.example.com/hooks/voice-events</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>call.*, function.book (comma-separated; * for all)</source>
        <translation>call.*, function.book (séparés par des virgules ; * pour tous)</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événement</translation>
    </message>
    <message>
        <source>none (e.g. v2 during a migration)</source>
        <translation>aucune (p. ex. v2 pendant une migration)</translation>
    </message>
    <message>
        <source>One per line: X-Tenant: acme</source>
        <translation>Un par ligne : X-Tenant: acme</translation>
    </message>
    <message>
        <source>Static headers</source>
        <translation>En-têtes fixes</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>X-Signature (HMAC-SHA256 hex)</source>
        <translation>X-Signature (HMAC-SHA256 hex)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>1, 3, 10, 30, 120 (seconds between attempts)</source>
        <translation>1, 3, 10, 30, 120 (secondes entre les tentatives)</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Calendrier des nouvelles tentatives</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Fast (own dispatcher, for answers a caller waits for)</source>
        <translation>Rapide (répartiteur dédié, pour les réponses qu&apos;un appelant attend)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>En-tête de clé d&apos;API</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation>Identifiants client OAuth 2</translation>
    </message>
    <message>
        <source>Client certificate (mTLS)</source>
        <translation>Certificat client (mTLS)</translation>
    </message>
    <message>
        <source>https://auth.example.com/oauth/token</source>
        <translation>https://auth.example.com/oauth/token</translation>
    </message>
    <message>
        <source>tickets:write, calendar:read</source>
        <translation>tickets:write, calendar:read</translation>
    </message>
    <message>
        <source>Optional JSON template over {&quot;event&quot;, &quot;event_type&quot;, &quot;call_id&quot;, &quot;message_id&quot;}, e.g.
{&quot;type&quot;: &quot;{{event_type}}&quot;, &quot;data&quot;: &quot;{{event}}&quot;}</source>
        <translation>Modèle JSON facultatif sur {&quot;event&quot;, &quot;event_type&quot;, &quot;call_id&quot;, &quot;message_id&quot;}, p. ex.
{&quot;type&quot;: &quot;{{event_type}}&quot;, &quot;data&quot;: &quot;{{event}}&quot;}</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Modèle de charge utile</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Types d&apos;événement :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Static headers:</source>
        <translation>En-têtes fixes :</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>Retry schedule:</source>
        <translation>Calendrier des nouvelles tentatives :</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Gigue :</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Limite de débit :</translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation>Max. en cours :</translation>
    </message>
    <message>
        <source>Latency profile:</source>
        <translation>Profil de latence :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL du jeton :</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Identifiant client :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience :</translation>
    </message>
    <message>
        <source>Payload template:</source>
        <translation>Modèle de charge utile :</translation>
    </message>
    <message>
        <source>1 to 64 of a-z, 0-9, _ and -, starting with a letter or digit</source>
        <translation>1 à 64 caractères parmi a-z, 0-9, _ et -, commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL</source>
        <translation>doit être une URL http ou https absolue</translation>
    </message>
    <message>
        <source>must not carry credentials: use a static header or authentication</source>
        <translation>ne doit pas contenir d&apos;identifiants : utilisez un en-tête fixe ou l&apos;authentification</translation>
    </message>
    <message>
        <source>at least one event type or *</source>
        <translation>au moins un type d&apos;événement ou *</translation>
    </message>
    <message>
        <source>each line is &quot;Name: value&quot;</source>
        <translation>chaque ligne est « Nom: valeur »</translation>
    </message>
    <message>
        <source>whole seconds, separated by commas</source>
        <translation>secondes entières, séparées par des virgules</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON : %1 au caractère %2</translation>
    </message>
    <message>
        <source>Stop sending to it while it keeps failing</source>
        <translation>Arrêter les envois tant qu’il échoue</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <source>After repeated failures (timeouts, connection errors, 5xx, 429) the circuit opens: deliveries wait without using up their retries, then one probe tests the endpoint.</source>
        <translation>Après des échecs répétés (délais dépassés, erreurs de connexion, 5xx, 429), le disjoncteur s’ouvre : les livraisons attendent sans consommer leurs nouvelles tentatives, puis une sonde teste le point de terminaison.</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> échecs d’affilée</translation>
    </message>
    <message>
        <source>Failure threshold</source>
        <translation>Seuil d’échecs</translation>
    </message>
    <message>
        <source> % of attempts</source>
        <translation> % des tentatives</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d’échec</translation>
    </message>
    <message>
        <source>Also opens when this share of the attempts in the last minute failed</source>
        <translation>S’ouvre aussi quand cette part des tentatives de la dernière minute a échoué</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Temps de repos</translation>
    </message>
    <message>
        <source>Longest cooldown</source>
        <translation>Temps de repos maximal</translation>
    </message>
    <message>
        <source>The cooldown doubles each time the probe fails, up to this</source>
        <translation>Le temps de repos double à chaque échec de la sonde, jusqu’à cette valeur</translation>
    </message>
    <message>
        <source>Circuit breaker:</source>
        <translation>Disjoncteur :</translation>
    </message>
    <message>
        <source>Opens after:</source>
        <translation>S’ouvre après :</translation>
    </message>
    <message>
        <source>Or a failure rate of:</source>
        <translation>Ou un taux d’échec de :</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Temps de repos :</translation>
    </message>
    <message>
        <source>Longest cooldown:</source>
        <translation>Temps de repos maximal :</translation>
    </message>
    <message>
        <source>must be at least the cooldown</source>
        <translation>doit être au moins le temps de repos</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointHealthModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Circuit open</source>
        <translation>Disjoncteur ouvert</translation>
    </message>
    <message>
        <source>Circuit half-open</source>
        <translation>Disjoncteur semi-ouvert</translation>
    </message>
    <message>
        <source>Circuit open, retry %1</source>
        <translation>Disjoncteur ouvert, nouvel essai %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row opened the circuit: nothing is sent until the probe at %1; the deliveries wait without using up their retries.</source>
        <translation>
            <numerusform>%n échec d’affilée a ouvert le disjoncteur : rien n’est envoyé avant la sonde de %1 ; les livraisons attendent sans consommer leurs nouvelles tentatives.</numerusform>
            <numerusform>%n échecs d’affilée ont ouvert le disjoncteur : rien n’est envoyé avant la sonde de %1 ; les livraisons attendent sans consommer leurs nouvelles tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>One probe delivery is testing the endpoint; success closes the circuit.</source>
        <translation>Une livraison sonde teste le point de terminaison ; en cas de succès, le disjoncteur se ferme.</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événement</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Health (1 h)</source>
        <translation>Santé (1 h)</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>aucun trafic</translation>
    </message>
    <message>
        <source>%1 % ok</source>
        <translation>%1 % ok</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n dead</source>
        <translation>
            <numerusform>%1, %n morte</numerusform>
            <numerusform>%1, %n mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Signe jusqu&apos;au</translation>
    </message>
    <message>
        <source>whsec_… (16 to 512 characters)</source>
        <translation>whsec_… (16 à 512 caractères)</translation>
    </message>
    <message>
        <source>Generate a new secret; the current ones keep signing during the grace window</source>
        <translation>Générer un nouveau secret ; les actuels continuent de signer pendant la période de grâce</translation>
    </message>
    <message>
        <source>Secrets that sign now (one signature each during a rotation):</source>
        <translation>Secrets qui signent maintenant (une signature chacun pendant un renouvellement) :</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Requête envoyée</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Type d&apos;événement :</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Charge utile :</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>Endpoints serving the same event types, side by side, each with its version and payload template:</source>
        <translation>Points de terminaison servant les mêmes types d&apos;événement, côte à côte, chacun avec sa version et son modèle de charge utile :</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Cannot list endpoints: %1</source>
        <translation>Impossible de lister les points de terminaison : %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>no secret: deliveries wait until one is set</source>
        <translation>aucun secret : les livraisons attendent qu&apos;il en soit défini un</translation>
    </message>
    <message>
        <source>Version: none</source>
        <translation>Version : aucune</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>(no template: the event as sent)</source>
        <translation>(pas de modèle : l&apos;événement tel qu&apos;envoyé)</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Generated for %1 and shown only now: give it to the receiver.</source>
        <translation>Généré pour %1 et affiché uniquement maintenant : transmettez-le au destinataire.</translation>
    </message>
    <message>
        <source>Endpoint %1 created.</source>
        <translation>Point de terminaison %1 créé.</translation>
    </message>
    <message>
        <source>Endpoint %1 saved.</source>
        <translation>Point de terminaison %1 enregistré.</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Supprimer le point de terminaison</translation>
    </message>
    <message>
        <source>Delete %1? Its queued and dead deliveries are discarded.</source>
        <translation>Supprimer %1 ? Ses livraisons en file et mortes sont abandonnées.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Endpoint %1 deleted.</source>
        <translation>Point de terminaison %1 supprimé.</translation>
    </message>
    <message>
        <source>%1 paused: its deliveries wait.</source>
        <translation>%1 suspendu : ses livraisons attendent.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 repris.</translation>
    </message>
    <message>
        <source>Save the endpoint first.</source>
        <translation>Enregistrez d&apos;abord le point de terminaison.</translation>
    </message>
    <message>
        <source>The payload is not JSON: %1</source>
        <translation>La charge utile n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>No delivery was created.</source>
        <translation>Aucune livraison n&apos;a été créée.</translation>
    </message>
    <message>
        <source>Test send failed: %1</source>
        <translation>Échec de l&apos;envoi de test : %1</translation>
    </message>
    <message>
        <source>No attempt yet (status %1). The endpoint may be paused, disabled or waiting for a secret.</source>
        <translation>Aucune tentative pour l&apos;instant (état %1). Le point de terminaison est peut-être suspendu, désactivé ou en attente d&apos;un secret.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>No response: %1 %2</source>
        <translation>Pas de réponse : %1 %2</translation>
    </message>
    <message>
        <source>Test event delivered as %1 (%2).</source>
        <translation>Événement de test livré en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>token, API key, password or client secret</source>
        <translation>jeton, clé d&apos;API, mot de passe ou secret client</translation>
    </message>
    <message>
        <source>Outbound credential</source>
        <translation>Identifiant sortant</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Définir l&apos;identifiant</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>No outbound authentication configured (Settings tab).</source>
        <translation>Aucune authentification sortante configurée (onglet Paramètres).</translation>
    </message>
    <message>
        <source>%1 credential: %2</source>
        <translation>Identifiant %1 : %2</translation>
    </message>
    <message>
        <source>not set, deliveries wait until it is</source>
        <translation>non défini, les livraisons attendent qu&apos;il le soit</translation>
    </message>
    <message>
        <source>Credential not set: %1</source>
        <translation>Identifiant non défini : %1</translation>
    </message>
    <message>
        <source>The credential of %1 was set.</source>
        <translation>L&apos;identifiant de %1 a été défini.</translation>
    </message>
    <message>
        <source>circuit half-open</source>
        <translation>disjoncteur semi-ouvert</translation>
    </message>
    <message>
        <source>circuit open, retry %1</source>
        <translation>disjoncteur ouvert, nouvel essai %1</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>disjoncteur ouvert</translation>
    </message>
    <message>
        <source>Reset circuit</source>
        <translation>Réarmer le disjoncteur</translation>
    </message>
    <message>
        <source>Close the circuit now and send the waiting deliveries, without waiting for the probe</source>
        <translation>Fermer le disjoncteur maintenant et envoyer les livraisons en attente, sans attendre la sonde</translation>
    </message>
    <message numerus="yes">
        <source>Circuit open since %1 after %n failures in a row (%2): deliveries wait; the next probe goes out at %3.</source>
        <translation>
            <numerusform>Disjoncteur ouvert depuis %1 après %n échec d’affilée (%2) : les livraisons attendent ; la prochaine sonde part à %3.</numerusform>
            <numerusform>Disjoncteur ouvert depuis %1 après %n échecs d’affilée (%2) : les livraisons attendent ; la prochaine sonde part à %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit half-open: one probe delivery tests the endpoint; success closes the circuit.</source>
        <translation>Disjoncteur semi-ouvert : une livraison sonde teste le point de terminaison ; en cas de succès, il se ferme.</translation>
    </message>
    <message numerus="yes">
        <source>Circuit closed (%n failures in a row so far).</source>
        <translation>
            <numerusform>Disjoncteur fermé (%n échec d’affilée jusqu’ici).</numerusform>
            <numerusform>Disjoncteur fermé (%n échecs d’affilée jusqu’ici).</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit closed.</source>
        <translation>Disjoncteur fermé.</translation>
    </message>
    <message>
        <source>%1: circuit closed; its waiting deliveries go out now.</source>
        <translation>%1 : disjoncteur fermé ; ses livraisons en attente partent maintenant.</translation>
    </message>
    <message>
        <source>Give it to the receiver of %1.</source>
        <translation>Donnez-le au destinataire de %1.</translation>
    </message>
    <message>
        <source>Set client certificate…</source>
        <translation>Définir le certificat client…</translation>
    </message>
    <message>
        <source>Choose the client certificate and its unencrypted private key (PEM files); the key is sent to the secret store and never shown</source>
        <translation>Choisissez le certificat client et sa clé privée non chiffrée (fichiers PEM) ; la clé va dans le coffre des secrets et n&apos;est jamais affichée</translation>
    </message>
    <message>
        <source>Client certificate (mTLS): %1</source>
        <translation>Certificat client (mTLS) : %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Client certificate of %1</source>
        <translation>Certificat client de %1</translation>
    </message>
    <message>
        <source>Private key of that certificate</source>
        <translation>Clé privée de ce certificat</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file (over 64 KiB).</source>
        <translation>%1 est trop grand pour un fichier PEM (plus de 64 Kio).</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 n&apos;est pas un certificat PEM.</translation>
    </message>
    <message>
        <source>Client certificate not set: %1</source>
        <translation>Certificat client non défini : %1</translation>
    </message>
    <message>
        <source>The client certificate of %1 was set (%2, valid until %3).</source>
        <translation>Le certificat client de %1 a été défini (%2, valide jusqu&apos;au %3).</translation>
    </message>
    <message>
        <source>no common name</source>
        <translation>sans nom commun</translation>
    </message>
</context>
<context>
    <name>Switchboard::FleetPage</name>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Résumé de la flotte</translation>
    </message>
    <message>
        <source>Every engine that works on this database: a console or a switchboardd on any machine. Each writes a heartbeat every 2 seconds; one silent for more than %1 seconds is marked stale.</source>
        <translation>Chaque moteur qui travaille sur cette base de données : une console ou un switchboardd sur n&apos;importe quelle machine. Chacun écrit un battement de cœur toutes les 2 secondes ; un moteur silencieux depuis plus de %1 secondes est marqué comme périmé.</translation>
    </message>
    <message>
        <source>Cannot read the fleet: %1</source>
        <translation>Impossible de lire la flotte : %1</translation>
    </message>
    <message>
        <source>Workers: %1, stale: %2, deliveries in flight: %3. Updated %4.</source>
        <translation>Workers : %1, périmés : %2, livraisons en cours : %3. Mis à jour %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FunctionsPage</name>
    <message>
        <source>Invoke</source>
        <translation>Invoquer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>What the model reads to decide when to call it</source>
        <translation>Ce que le modèle lit pour décider quand l&apos;appeler</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema)</source>
        <translation>Paramètres (JSON Schema)</translation>
    </message>
    <message>
        <source>Request template</source>
        <translation>Modèle de requête</translation>
    </message>
    <message>
        <source>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</source>
        <translation>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</translation>
    </message>
    <message>
        <source>sync: wait for the answer</source>
        <translation>sync : attendre la réponse</translation>
    </message>
    <message>
        <source>async: answer at once, deliver later</source>
        <translation>async : répondre tout de suite, livrer plus tard</translation>
    </message>
    <message>
        <source>optimistic: answer ok at once</source>
        <translation>optimistic : répondre ok tout de suite</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison :</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Mode :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Sample arguments</source>
        <translation>Arguments d&apos;exemple</translation>
    </message>
    <message>
        <source>HTTP request sent</source>
        <translation>Requête HTTP envoyée</translation>
    </message>
    <message>
        <source>What the model receives</source>
        <translation>Ce que reçoit le modèle</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Call id:</source>
        <translation>Identifiant d&apos;appel :</translation>
    </message>
    <message>
        <source>The invocation is real: it is delivered to the endpoint like any call.</source>
        <translation>L&apos;invocation est réelle : elle est livrée au point de terminaison comme tout appel.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Copy tool definitions</source>
        <translation>Copier les définitions d&apos;outils</translation>
    </message>
    <message>
        <source>Export tool definitions…</source>
        <translation>Exporter les définitions d&apos;outils…</translation>
    </message>
    <message>
        <source>Cannot list functions: %1</source>
        <translation>Impossible de lister les fonctions : %1</translation>
    </message>
    <message>
        <source>1 to 64 of letters, digits, _ and -</source>
        <translation>1 à 64 lettres, chiffres, _ et -</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a JSON Schema object with &quot;type&quot;: &quot;object&quot;</source>
        <translation>doit être un objet JSON Schema avec &quot;type&quot;: &quot;object&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>{{%1}} is not a declared parameter</source>
        <translation>{{%1}} n&apos;est pas un paramètre déclaré</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Function %1 created.</source>
        <translation>Fonction %1 créée.</translation>
    </message>
    <message>
        <source>Function %1 saved.</source>
        <translation>Fonction %1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Supprimer la fonction</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source>Function %1 deleted.</source>
        <translation>Fonction %1 supprimée.</translation>
    </message>
    <message>
        <source>Save the function first.</source>
        <translation>Enregistrez d&apos;abord la fonction.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object: %1</source>
        <translation>Les arguments doivent être un objet JSON : %1</translation>
    </message>
    <message>
        <source>Invoking…</source>
        <translation>Invocation…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>Queued, not sent yet (%1).</source>
        <translation>En file, pas encore envoyé (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n tool definition(s) copied.</source>
        <translation>
            <numerusform>%n définition d&apos;outil copiée.</numerusform>
            <numerusform>%n définitions d&apos;outils copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tool definitions</source>
        <translation>Exporter les définitions d&apos;outils</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Tool definitions written to %1.</source>
        <translation>Définitions d&apos;outils écrites dans %1.</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Sets the deadline to fit the platform&apos;s wait for a tool&apos;s answer, and shows and exports the tools in its format</source>
        <translation>Règle le délai sur l&apos;attente de la plateforme pour la réponse d&apos;un outil, et affiche et exporte les outils dans son format</translation>
    </message>
    <message>
        <source>Tool definition</source>
        <translation>Définition de l&apos;outil</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Tool definition:</source>
        <translation>Définition de l&apos;outil :</translation>
    </message>
    <message>
        <source>Save the function to see its tool definition.</source>
        <translation>Enregistrez la fonction pour voir la définition de son outil.</translation>
    </message>
</context>
<context>
    <name>Switchboard::JsonText</name>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide : %1 au caractère %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTile</name>
    <message>
        <source>no earlier data</source>
        <translation>pas de données antérieures</translation>
    </message>
    <message>
        <source>= previous window</source>
        <translation>= période précédente</translation>
    </message>
    <message>
        <source>%1%2 % vs previous window</source>
        <translation>%1%2 % par rapport à la période précédente</translation>
    </message>
    <message>
        <source>%1%2%3 vs previous window</source>
        <translation>%1%2%3 par rapport à la période précédente</translation>
    </message>
</context>
<context>
    <name>Switchboard::LogModel</name>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Endpoint / source</source>
        <translation>Point de terminaison / source</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Identifiant de livraison</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Identifiant d&apos;appel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Switchboard::LogsPage</name>
    <message>
        <source>Every attempt</source>
        <translation>Chaque tentative</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et au-dessus</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <source>Show records of this level and above</source>
        <translation>Afficher les entrées de ce niveau et au-dessus</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Autres messages</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Outbound attempts, inbound requests or the other messages</source>
        <translation>Tentatives sortantes, requêtes entrantes ou les autres messages</translation>
    </message>
    <message>
        <source>Filter: endpoint, delivery id, call id, text…</source>
        <translation>Filtre : point de terminaison, identifiant de livraison, identifiant d&apos;appel, texte…</translation>
    </message>
    <message>
        <source>Filter the records</source>
        <translation>Filtrer les entrées</translation>
    </message>
    <message>
        <source>Log every delivery attempt and inbound request, not only the failed ones</source>
        <translation>Journaliser chaque tentative de livraison et chaque requête entrante, pas seulement les échecs</translation>
    </message>
    <message>
        <source>Stop adding records to the view; resume shows what came meanwhile</source>
        <translation>Ne plus ajouter d&apos;entrées à la vue ; reprendre affiche ce qui est arrivé entre-temps</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Clear the view</source>
        <translation>Vider la vue</translation>
    </message>
    <message>
        <source>Clear the view (the log file keeps every record)</source>
        <translation>Vider la vue (le fichier journal garde chaque entrée)</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>Copier en lignes JSON</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines (%1)</source>
        <translation>Copier les entrées sélectionnées en lignes JSON (%1)</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines</source>
        <translation>Copier les entrées sélectionnées en lignes JSON</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>This console does not capture its log.</source>
        <translation>Cette console ne capture pas son journal.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Entrées : %1</translation>
    </message>
    <message>
        <source>Records: %1 of %2 match the filter</source>
        <translation>Entrées : %1 sur %2 correspondent au filtre</translation>
    </message>
    <message>
        <source>paused, new since: %1</source>
        <translation>en pause, nouvelles depuis : %1</translation>
    </message>
    <message>
        <source>fell out of the buffer unseen: %1</source>
        <translation>sorties du tampon sans avoir été vues : %1</translation>
    </message>
    <message>
        <source>the last %1 are kept</source>
        <translation>les %1 dernières sont gardées</translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Connect an agent</source>
        <translation>Connecter un agent</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API désactivée</translation>
    </message>
    <message>
        <source>API on http://%1</source>
        <translation>API sur http://%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find in payloads</source>
        <translation>&amp;Rechercher dans les charges utiles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>À propos de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Webhook delivery engine and operations console for voice agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;br&gt;Data: %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Moteur de livraison de webhooks et console d&apos;exploitation pour agents vocaux.&lt;/p&gt;&lt;p&gt;Qt %2 (compilé avec %3)&lt;br&gt;%4&lt;br&gt;Données : %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l&apos;API :</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Token copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Jeton copié ; le presse-papiers sera vidé dans 30 secondes.</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <source>Example commands</source>
        <translation>Exemples de commandes</translation>
    </message>
    <message>
        <source># Create an endpoint (the response shows its signing secret once):</source>
        <translation># Créer un point de terminaison (la réponse montre son secret de signature une seule fois) :</translation>
    </message>
    <message>
        <source># Hand it an event:</source>
        <translation># Lui transmettre un événement :</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>Essayez depuis un terminal :</translation>
    </message>
    <message>
        <source>Store problem: %1</source>
        <translation>Problème de stockage : %1</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Moteur en marche</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Moteur arrêté</translation>
    </message>
    <message>
        <source>Queue: %1 pending, %2 in flight</source>
        <translation>File : %1 en attente, %2 en cours</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Lettres mortes : %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Dashboard, Deliveries, Dead letters, Alerts, Connect&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+6 … Ctrl+9, then Alt+1 …&lt;/td&gt;&lt;td&gt;The other pages, in the navigation&apos;s order (the View menu lists them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the payloads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Replay the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;Replay every dead letter matching the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Discard the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy as cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Tableau de bord, Livraisons, Lettres mortes, Alertes, Connecter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+6 … Ctrl+9, puis Alt+1 …&lt;/td&gt;&lt;td&gt;Les autres pages, dans l&apos;ordre de la navigation (le menu Affichage les liste)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Rechercher dans les charges utiles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Rejouer les livraisons sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+R&lt;/td&gt;&lt;td&gt;Rejouer toutes les lettres mortes correspondant au filtre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Suppr&lt;/td&gt;&lt;td&gt;Abandonner les livraisons sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+C&lt;/td&gt;&lt;td&gt;Copier en cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualiser&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>Switchboard::PlatformsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>aucun : les requêtes sont refusées</translation>
    </message>
    <message>
        <source>Platform connections</source>
        <translation>Connexions aux plateformes</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>e.g. support-line</source>
        <translation>p. ex. support-line</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Secret in a header</source>
        <translation>Secret dans un en-tête</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>Signature HMAC</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>none (e.g. sha256=)</source>
        <translation>aucun (p. ex. sha256=)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>the exact status callback URL configured at Twilio</source>
        <translation>l&apos;URL de status callback exacte configurée chez Twilio</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock tolerance</source>
        <translation>Tolérance d&apos;horloge</translation>
    </message>
    <message>
        <source>Event prefix</source>
        <translation>Préfixe d&apos;événement</translation>
    </message>
    <message>
        <source>every endpoint subscribed to the event type</source>
        <translation>chaque point de terminaison abonné au type d&apos;événement</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Answer budget</source>
        <translation>Budget de réponse</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme :</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification :</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête :</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme :</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>En-tête de signature :</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>En-tête d&apos;horodatage :</translation>
    </message>
    <message>
        <source>Signed payload:</source>
        <translation>Contenu signé :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Signature prefix:</source>
        <translation>Préfixe de signature :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d&apos;API :</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL publique :</translation>
    </message>
    <message>
        <source>Clock tolerance:</source>
        <translation>Tolérance d&apos;horloge :</translation>
    </message>
    <message>
        <source>Event prefix:</source>
        <translation>Préfixe d&apos;événement :</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Transmettre à :</translation>
    </message>
    <message>
        <source>Answer budget:</source>
        <translation>Budget de réponse :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>https://switchboard.example.com (the platform must reach it)</source>
        <translation>https://switchboard.example.com (la plateforme doit pouvoir l&apos;atteindre)</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL de base publique</translation>
    </message>
    <message>
        <source>URL to paste into the platform</source>
        <translation>URL à coller dans la plateforme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>URL copiée.</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>URL de base publique :</translation>
    </message>
    <message>
        <source>Paste into the platform:</source>
        <translation>À coller dans la plateforme :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Vérifie jusqu&apos;au</translation>
    </message>
    <message>
        <source>Secrets the platform&apos;s requests are verified with (each one during a rotation):</source>
        <translation>Secrets avec lesquels les requêtes de la plateforme sont vérifiées (chacun pendant une rotation) :</translation>
    </message>
    <message>
        <source>the secret the platform shows</source>
        <translation>le secret que la plateforme affiche</translation>
    </message>
    <message>
        <source>Verify with the secret above too; the old ones keep verifying during the grace window, while you change it at the platform</source>
        <translation>Vérifier aussi avec le secret ci-dessus ; les anciens continuent de vérifier pendant la période de grâce, le temps de le changer sur la plateforme</translation>
    </message>
    <message>
        <source>Give it to the platform.</source>
        <translation>Donnez-le à la plateforme.</translation>
    </message>
    <message>
        <source>Cannot list the platform connections: %1</source>
        <translation>Impossible de lister les connexions aux plateformes : %1</translation>
    </message>
    <message>
        <source>no secret: every request is refused until one is set</source>
        <translation>aucun secret : chaque requête est refusée tant qu&apos;aucun n&apos;est défini</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; verification in &lt;code&gt;%2&lt;/code&gt;; event type from &lt;code&gt;%3&lt;/code&gt;; call id from &lt;code&gt;%4&lt;/code&gt;; duplicates by &lt;code&gt;%5&lt;/code&gt;%6.</source>
        <translation>Vérification &lt;b&gt;%1&lt;/b&gt; dans &lt;code&gt;%2&lt;/code&gt; ; type d&apos;événement depuis &lt;code&gt;%3&lt;/code&gt; ; identifiant d&apos;appel depuis &lt;code&gt;%4&lt;/code&gt; ; doublons par &lt;code&gt;%5&lt;/code&gt;%6.</translation>
    </message>
    <message>
        <source>; no time is signed, so replays are refused as duplicates</source>
        <translation> ; aucune heure n&apos;est signée, les rejeux sont donc refusés comme doublons</translation>
    </message>
    <message>
        <source>Vapi dashboard: the assistant&apos;s (or phone number&apos;s) Server URL; the secret goes in its server credential.</source>
        <translation>Tableau de bord Vapi : la Server URL de l&apos;assistant (ou du numéro de téléphone) ; le secret va dans ses identifiants de serveur.</translation>
    </message>
    <message>
        <source>Retell dashboard: the agent&apos;s webhook URL (and the custom functions&apos; URL); the secret is the API key with the webhook badge.</source>
        <translation>Tableau de bord Retell : l&apos;URL de webhook de l&apos;agent (et celle des fonctions personnalisées) ; le secret est la clé d&apos;API portant le badge webhook.</translation>
    </message>
    <message>
        <source>ElevenLabs Agents settings: add a post-call webhook with this URL; the secret is the webhook secret ElevenLabs shows.</source>
        <translation>Paramètres des agents ElevenLabs : ajoutez un webhook post-appel avec cette URL ; le secret est le secret de webhook qu&apos;affiche ElevenLabs.</translation>
    </message>
    <message>
        <source>Bland: the call&apos;s or pathway&apos;s webhook URL; the secret is the webhook signing secret from the dev portal.</source>
        <translation>Bland : l&apos;URL de webhook de l&apos;appel ou du pathway ; le secret est le secret de signature des webhooks du portail développeur.</translation>
    </message>
    <message>
        <source>LiveKit Cloud project settings, Webhooks: add this URL with the API key above; the secret is that key&apos;s API secret.</source>
        <translation>Paramètres du projet LiveKit Cloud, Webhooks : ajoutez cette URL avec la clé d&apos;API ci-dessus ; le secret est l&apos;API secret de cette clé.</translation>
    </message>
    <message>
        <source>OpenAI project settings, Webhooks: create an endpoint with this URL; the secret is the whsec_ secret OpenAI shows.</source>
        <translation>Paramètres du projet OpenAI, Webhooks : créez un point de terminaison avec cette URL ; le secret est le secret whsec_ qu&apos;affiche OpenAI.</translation>
    </message>
    <message>
        <source>Twilio: the phone number&apos;s status callback URL (it must equal the public URL above); the secret is the account&apos;s auth token.</source>
        <translation>Twilio : l&apos;URL de status callback du numéro de téléphone (elle doit être égale à l&apos;URL publique ci-dessus) ; le secret est l&apos;auth token du compte.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nom&gt;</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, _ and -, starting with a letter or digit (at most 64).</source>
        <translation>Minuscules, chiffres, _ et -, commençant par une lettre ou un chiffre (64 au plus).</translation>
    </message>
    <message>
        <source>An HTTP header name.</source>
        <translation>Un nom d&apos;en-tête HTTP.</translation>
    </message>
    <message>
        <source>Must contain {body}, or the body would not be signed.</source>
        <translation>Doit contenir {body}, sinon le contenu ne serait pas signé.</translation>
    </message>
    <message>
        <source>Required: the LiveKit API key (APIxxxx) that signs the webhooks.</source>
        <translation>Obligatoire : la clé d&apos;API LiveKit (APIxxxx) qui signe les webhooks.</translation>
    </message>
    <message>
        <source>Required: the exact URL configured at Twilio (Twilio signs it).</source>
        <translation>Obligatoire : l&apos;URL exacte configurée chez Twilio (Twilio la signe).</translation>
    </message>
    <message>
        <source>At least 1 second.</source>
        <translation>Au moins 1 seconde.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Connection %1 created.</source>
        <translation>Connexion %1 créée.</translation>
    </message>
    <message>
        <source>Connection %1 saved.</source>
        <translation>Connexion %1 enregistrée.</translation>
    </message>
    <message>
        <source>Set its secret next: until then every request is refused.</source>
        <translation>Définissez ensuite son secret : d&apos;ici là, chaque requête est refusée.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept. The platform&apos;s requests are refused from now on.</source>
        <translation>Supprimer %1 ? Ses secrets sont supprimés ; son journal est conservé. Les requêtes de la plateforme sont refusées dès maintenant.</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Connexion %1 supprimée.</translation>
    </message>
    <message>
        <source>Assistant for inbound calls</source>
        <translation>Assistant pour les appels entrants</translation>
    </message>
    <message>
        <source>{&quot;assistantId&quot;: &quot;...&quot;} (or assistant, squadId, destination, error); empty: the call is refused with an error</source>
        <translation>{&quot;assistantId&quot;: &quot;...&quot;} (ou assistant, squadId, destination, error) ; vide : l&apos;appel est refusé avec une erreur</translation>
    </message>
    <message>
        <source>What Switchboard answers Vapi&apos;s assistant-request, sent for an inbound call to a phone number without an assistant: a JSON object, as Vapi takes it.</source>
        <translation>Ce que Switchboard répond à l&apos;assistant-request de Vapi, envoyé pour un appel entrant vers un numéro sans assistant : un objet JSON, tel que Vapi l&apos;accepte.</translation>
    </message>
    <message>
        <source>Inbound call assistant:</source>
        <translation>Assistant des appels entrants :</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>Pas du JSON : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>A JSON object, e.g. {&quot;assistantId&quot;: &quot;...&quot;}.</source>
        <translation>Un objet JSON, par ex. {&quot;assistantId&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Must contain one of assistantId, assistant, squadId, squad, workflowId, workflow, destination or error.</source>
        <translation>Doit contenir l&apos;un de assistantId, assistant, squadId, squad, workflowId, workflow, destination ou error.</translation>
    </message>
    <message>
        <source>At most 64 KiB.</source>
        <translation>64 Kio au plus.</translation>
    </message>
    <message>
        <source>Vapi would not take it: %1.</source>
        <translation>Vapi ne l&apos;accepterait pas : %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RulesPage</name>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>all (global)</source>
        <translation>tous (global)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Success rate below (%)</source>
        <translation>Taux de réussite inférieur à (%)</translation>
    </message>
    <message>
        <source>p95 latency above (ms)</source>
        <translation>Latence p95 supérieure à (ms)</translation>
    </message>
    <message>
        <source>Dead letters above</source>
        <translation>Lettres mortes au-delà de</translation>
    </message>
    <message>
        <source>Schema drift (400/422 answers)</source>
        <translation>Dérive de schéma (réponses 400/422)</translation>
    </message>
    <message>
        <source>Circuit breaker open for (s)</source>
        <translation>Disjoncteur ouvert depuis (s)</translation>
    </message>
    <message>
        <source>empty: every endpoint (global)</source>
        <translation>vide : tous les points de terminaison (global)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point de terminaison :</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Minimum attempts:</source>
        <translation>Tentatives minimales :</translation>
    </message>
    <message>
        <source>Hysteresis:</source>
        <translation>Hystérésis :</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>JSON paths</source>
        <translation>Chemins JSON</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Redacted preview</source>
        <translation>Aperçu masqué</translation>
    </message>
    <message>
        <source>JSON paths (one per line):</source>
        <translation>Chemins JSON (un par ligne) :</translation>
    </message>
    <message>
        <source>Patterns (one per line):</source>
        <translation>Motifs (un par ligne) :</translation>
    </message>
    <message>
        <source>Sample payload:</source>
        <translation>Charge utile d&apos;exemple :</translation>
    </message>
    <message>
        <source>As stored and shown (built-in detectors and your rules):</source>
        <translation>Tel que stocké et affiché (détecteurs intégrés et vos règles) :</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Masquage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>indéfiniment</translation>
    </message>
    <message>
        <source>Attempt response bodies and headers:</source>
        <translation>Corps et en-têtes des réponses aux tentatives :</translation>
    </message>
    <message>
        <source>Delivered messages, their deliveries and attempts:</source>
        <translation>Messages livrés, leurs livraisons et tentatives :</translation>
    </message>
    <message>
        <source>Minute rollups, sampled depths, resolved alerts:</source>
        <translation>Agrégats par minute, profondeurs échantillonnées, alertes résolues :</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Cannot list alert rules: %1</source>
        <translation>Impossible de lister les règles d&apos;alerte : %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Alert rule %1 saved; rules are evaluated every 30 seconds.</source>
        <translation>Règle d&apos;alerte %1 enregistrée ; les règles sont évaluées toutes les 30 secondes.</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>Supprimer la règle d&apos;alerte</translation>
    </message>
    <message>
        <source>Delete %1? Its alerts are resolved.</source>
        <translation>Supprimer %1 ? Ses alertes sont résolues.</translation>
    </message>
    <message>
        <source>Alert rule %1 deleted.</source>
        <translation>Règle d&apos;alerte %1 supprimée.</translation>
    </message>
    <message>
        <source>Save redaction rules</source>
        <translation>Enregistrer les règles de masquage</translation>
    </message>
    <message>
        <source>Saved rules apply at once to everything stored, logged and shown from then on, and on every worker sharing the database within a minute; they take the place of the --config file&apos;s. The same rules for a --config file:</source>
        <translation>Les règles enregistrées s&apos;appliquent aussitôt à tout ce qui est stocké, journalisé et affiché ensuite, et en moins d&apos;une minute sur chaque worker partageant la base de données ; elles remplacent celles du fichier --config. Les mêmes règles pour un fichier --config :</translation>
    </message>
    <message>
        <source>Inbound request bodies (the log rows stay):</source>
        <translation>Corps des requêtes entrantes (les lignes du journal restent) :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Enregistrer la rétention</translation>
    </message>
    <message>
        <source>0 keeps forever. Messages with any delivery pending, in flight, dead or discarded are never pruned. Saved periods are kept in the database and applied by the next pruning run (once a minute, on every worker), without a restart.</source>
        <translation>0 conserve pour toujours. Les messages ayant une livraison en attente, en cours, morte ou abandonnée ne sont jamais purgés. Les durées enregistrées sont conservées dans la base de données et appliquées par la purge suivante (une fois par minute, sur chaque worker), sans redémarrage.</translation>
    </message>
    <message>
        <source>Patterns, line %1: %2</source>
        <translation>Motifs, ligne %1 : %2</translation>
    </message>
    <message>
        <source>JSON paths, line %1: %2</source>
        <translation>Chemins JSON, ligne %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the retention periods: %1</source>
        <translation>Impossible de lire les durées de rétention : %1</translation>
    </message>
    <message>
        <source>Cannot read the redaction rules: %1</source>
        <translation>Impossible de lire les règles de masquage : %1</translation>
    </message>
    <message>
        <source>Retention not saved: %1</source>
        <translation>Rétention non enregistrée : %1</translation>
    </message>
    <message>
        <source>Retention periods saved; the next pruning run applies them.</source>
        <translation>Durées de rétention enregistrées ; la purge suivante les applique.</translation>
    </message>
    <message>
        <source>Not saved: correct the rules marked in red.</source>
        <translation>Non enregistré : corrigez les règles marquées en rouge.</translation>
    </message>
    <message>
        <source>Redaction rules not saved: %1</source>
        <translation>Règles de masquage non enregistrées : %1</translation>
    </message>
    <message>
        <source>Redaction rules saved: they apply to everything stored from now on.</source>
        <translation>Règles de masquage enregistrées : elles s&apos;appliquent à tout ce qui est stocké à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Show the secret in clear text</source>
        <translation>Afficher le secret en clair</translation>
    </message>
    <message>
        <source>Copy the secret; the clipboard is cleared after a short time</source>
        <translation>Copier le secret ; le presse-papiers est vidé peu après</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié ; le presse-papiers sera vidé dans %n seconde.</numerusform>
            <numerusform>Copié ; le presse-papiers sera vidé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretsPanel</name>
    <message>
        <source>Set secret</source>
        <translation>Définir le secret</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Active secrets</source>
        <translation>Secrets actifs</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace window</source>
        <translation>Période de grâce</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <source>Grace window:</source>
        <translation>Période de grâce :</translation>
    </message>
    <message>
        <source>Rotate:</source>
        <translation>Renouveler :</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Nouveau secret :</translation>
    </message>
    <message>
        <source>no end (current)</source>
        <translation>sans fin (actuel)</translation>
    </message>
    <message>
        <source>Secret not set: %1</source>
        <translation>Secret non défini : %1</translation>
    </message>
    <message>
        <source>The secret of %1 was replaced.</source>
        <translation>Le secret de %1 a été remplacé.</translation>
    </message>
    <message>
        <source>Not rotated: %1</source>
        <translation>Non renouvelé : %1</translation>
    </message>
    <message>
        <source>New secret %1, shown only now.</source>
        <translation>Nouveau secret %1, affiché seulement maintenant.</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated; the previous ones stay valid until %2.</source>
        <translation>Le secret de %1 a été renouvelé ; les précédents restent valides jusqu&apos;au %2.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsPage</name>
    <message>
        <source>Regenerate…</source>
        <translation>Régénérer…</translation>
    </message>
    <message>
        <source>This run (effective values)</source>
        <translation>Cette exécution (valeurs effectives)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Répertoire de données :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Adresse de l&apos;API :</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance :</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Jeton d&apos;API :</translation>
    </message>
    <message>
        <source>Regenerate the API token</source>
        <translation>Régénérer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Agents using the current token stop working once Switchboard restarts. Regenerate it?</source>
        <translation>Les agents qui utilisent le jeton actuel cesseront de fonctionner au redémarrage de Switchboard. Le régénérer ?</translation>
    </message>
    <message>
        <source>The token comes from SWITCHBOARD_API_TOKEN: change that variable to change it.</source>
        <translation>Le jeton provient de SWITCHBOARD_API_TOKEN : modifiez cette variable pour le changer.</translation>
    </message>
    <message>
        <source>No secret store here. To regenerate: stop Switchboard, delete the keychain entry &quot;&lt;instance&gt;/api-token&quot; (or set SWITCHBOARD_API_TOKEN), and start it again.</source>
        <translation>Pas de magasin de secrets ici. Pour régénérer : arrêtez Switchboard, supprimez l&apos;entrée du trousseau « &lt;instance&gt;/api-token » (ou définissez SWITCHBOARD_API_TOKEN), puis relancez-le.</translation>
    </message>
    <message>
        <source>Next start (needs a restart)</source>
        <translation>Prochain démarrage (redémarrage nécessaire)</translation>
    </message>
    <message>
        <source>switchboard.db in the data directory, or postgresql://user@host/db</source>
        <translation>switchboard.db dans le répertoire de données, ou postgresql://user@host/db</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Save for next start</source>
        <translation>Enregistrer pour le prochain démarrage</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Démarrer avec :</translation>
    </message>
    <message>
        <source>HOST:PORT with an IP address, e.g. 127.0.0.1:8377</source>
        <translation>HÔTE:PORT avec une adresse IP, p. ex. 127.0.0.1:8377</translation>
    </message>
    <message>
        <source>a SQLite file path or a postgresql:// URL</source>
        <translation>un chemin de fichier SQLite ou une URL postgresql://</translation>
    </message>
    <message>
        <source>Settings not saved: correct the fields marked in red.</source>
        <translation>Paramètres non enregistrés : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Settings saved; they apply after a restart.</source>
        <translation>Paramètres enregistrés ; ils s&apos;appliquent après un redémarrage.</translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation>Le jeton n&apos;a pas été modifié : %1</translation>
    </message>
    <message>
        <source>New token kept in the keychain. It takes effect when Switchboard restarts; until then the API still accepts the old one. Give the new one to your agents.</source>
        <translation>Nouveau jeton conservé dans le trousseau. Il prend effet au redémarrage de Switchboard ; d&apos;ici là, l&apos;API accepte encore l&apos;ancien. Transmettez le nouveau à vos agents.</translation>
    </message>
    <message>
        <source>API token regenerated; restart to apply.</source>
        <translation>Jeton d&apos;API régénéré ; redémarrez pour l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Saved; nothing changes before a restart. The language is read when the console starts. The data directory, database and API address are command-line flags: start Switchboard with the command below (or put it in its launcher) for them to apply.</source>
        <translation>Enregistré ; rien ne change avant un redémarrage. La langue est lue au démarrage de la console. Le répertoire de données, la base de données et l&apos;adresse de l&apos;API sont des options de ligne de commande : lancez Switchboard avec la commande ci-dessous (ou mettez-la dans son lanceur) pour les appliquer.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SourcesPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Forwards as</source>
        <translation>Transmet en tant que</translation>
    </message>
    <message>
        <source>(log only)</source>
        <translation>(journal uniquement)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any address (e.g. 203.0.113.0/24, 2001:db8::/32)</source>
        <translation>toute adresse (p. ex. 203.0.113.0/24, 2001:db8::/32)</translation>
    </message>
    <message>
        <source>none (e.g. 10.0.0.0/8)</source>
        <translation>aucun (p. ex. 10.0.0.0/8)</translation>
    </message>
    <message>
        <source>the exact URL configured at Twilio</source>
        <translation>l&apos;URL exacte configurée chez Twilio</translation>
    </message>
    <message>
        <source>stripe.{$.type} (empty: log only, no forwarding)</source>
        <translation>stripe.{$.type} (vide : journal uniquement, pas de transmission)</translation>
    </message>
    <message>
        <source>every subscribed endpoint</source>
        <translation>chaque point de terminaison abonné</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> octets</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Schéma :</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolérance :</translation>
    </message>
    <message>
        <source>Allowed addresses:</source>
        <translation>Adresses autorisées :</translation>
    </message>
    <message>
        <source>Trusted proxies:</source>
        <translation>Proxys de confiance :</translation>
    </message>
    <message>
        <source>Token header:</source>
        <translation>En-tête du jeton :</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL publique :</translation>
    </message>
    <message>
        <source>JSON Schema:</source>
        <translation>JSON Schema :</translation>
    </message>
    <message>
        <source>Sanity rules:</source>
        <translation>Règles de cohérence :</translation>
    </message>
    <message>
        <source>Forward as:</source>
        <translation>Transmettre en tant que :</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Transmettre à :</translation>
    </message>
    <message>
        <source>Call id path:</source>
        <translation>Chemin de l&apos;identifiant d&apos;appel :</translation>
    </message>
    <message>
        <source>De-duplication:</source>
        <translation>Dédoublonnage :</translation>
    </message>
    <message>
        <source>Max body:</source>
        <translation>Corps max. :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Vérifie jusqu&apos;au</translation>
    </message>
    <message>
        <source>the sender&apos;s secret</source>
        <translation>le secret de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Verify with the secret above (or a generated one) too; the old ones keep verifying during the grace window</source>
        <translation>Vérifier aussi avec le secret ci-dessus (ou un secret généré) ; les anciens continuent de vérifier pendant la période de grâce</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Identifiant d&apos;appel</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Journal entrant</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Rejected (any reason)</source>
        <translation>Rejeté (toute raison)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Force (skip address and signature checks, on my word)</source>
        <translation>Forcer (ignorer les vérifications d&apos;adresse et de signature, sous ma responsabilité)</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Resoumettre</translation>
    </message>
    <message>
        <source>Run the original request through the pipeline again, after a fix</source>
        <translation>Refaire passer la requête d&apos;origine dans le traitement, après une correction</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Voie :</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Cannot list sources: %1</source>
        <translation>Impossible de lister les sources : %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>is required to forward</source>
        <translation>est obligatoire pour transmettre</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistré : corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Source %1 saved. Senders post to /in/%1.</source>
        <translation>Source %1 enregistrée. Les expéditeurs envoient à /in/%1.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept.</source>
        <translation>Supprimer %1 ? Ses secrets sont supprimés ; son journal est conservé.</translation>
    </message>
    <message>
        <source>Source %1 deleted.</source>
        <translation>Source %1 supprimée.</translation>
    </message>
    <message>
        <source>Generated and shown only now: give it to the sender.</source>
        <translation>Généré et affiché uniquement maintenant : transmettez-le à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Cannot read the inbound log: %1</source>
        <translation>Impossible de lire le journal entrant : %1</translation>
    </message>
    <message>
        <source>%1 %2 (HTTP %3)</source>
        <translation>%1 %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Ce qui n&apos;a pas marché : %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnostic : %1</translation>
    </message>
    <message>
        <source>Resubmission of %1</source>
        <translation>Resoumission de %1</translation>
    </message>
    <message>
        <source>Not resubmitted: %1</source>
        <translation>Non resoumis : %1</translation>
    </message>
    <message>
        <source>%1 resubmitted: %2.</source>
        <translation>%1 resoumis : %2.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Fills in what a well-known sender needs; Custom keeps the fields as they are</source>
        <translation>Remplit ce dont un expéditeur connu a besoin ; Personnalisé laisse les champs tels quels</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Préréglage :</translation>
    </message>
</context>
<context>
    <name>Switchboard::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Switchboard::StoreReader</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données.</translation>
    </message>
    <message>
        <source>Delivery %1 no longer exists.</source>
        <translation>La livraison %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Delivery %1 queued for replay.</source>
        <translation>Livraison %1 mise en file pour rejeu.</translation>
    </message>
    <message>
        <source>Delivery %1 discarded.</source>
        <translation>Livraison %1 abandonnée.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries discarded.</source>
        <translation>
            <numerusform>%n livraison abandonnée.</numerusform>
            <numerusform>%n livraisons abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 has no attempt to copy yet.</source>
        <translation>La livraison %1 n&apos;a encore aucune tentative à copier.</translation>
    </message>
    <message>
        <source>This console has no access to the secrets.</source>
        <translation>Cette console n&apos;a pas accès aux secrets.</translation>
    </message>
    <message>
        <source>The store did not answer while exporting.</source>
        <translation>Le stockage n&apos;a pas répondu pendant l&apos;export.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alerte acquittée.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkerModel</name>
    <message numerus="yes">
        <source>No heartbeat for more than %n second(s): the worker stopped or lost the database.</source>
        <translation>
            <numerusform>Aucun battement de cœur depuis plus de %n seconde : le worker s&apos;est arrêté ou a perdu la base de données.</numerusform>
            <numerusform>Aucun battement de cœur depuis plus de %n secondes : le worker s&apos;est arrêté ou a perdu la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last heartbeat %1</source>
        <translation>Dernier battement de cœur %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>stale: never</source>
        <translation>périmé : jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>périmé : %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Last claim</source>
        <translation>Dernière prise</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Battement de cœur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: webhook delivery engine and operations console.</source>
        <translation>Switchboard : moteur de livraison de webhooks et console d&apos;exploitation.</translation>
    </message>
    <message>
        <source>The console&apos;s language: %1, en, or system (default: the %2 setting if set, else the system&apos;s).</source>
        <translation>Langue de la console : %1, en ou system (par défaut : le réglage %2 s&apos;il existe, sinon celle du système).</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard cannot start</source>
        <translation>Switchboard ne peut pas démarrer</translation>
    </message>
</context>
</TS>
