<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Every attempt in the last five minutes failed.</source>
        <translation>Toutes les tentatives des cinq dernières minutes ont échoué.</translation>
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
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Dashboard, Deliveries, Dead letters, Alerts, Connect&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the payloads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Replay the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;Replay every dead letter matching the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Discard the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy as cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Tableau de bord, Livraisons, Lettres mortes, Alertes, Connecter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Rechercher dans les charges utiles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Rejouer les livraisons sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+R&lt;/td&gt;&lt;td&gt;Rejouer toutes les lettres mortes qui correspondent au filtre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Suppr&lt;/td&gt;&lt;td&gt;Abandonner les livraisons sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Maj+C&lt;/td&gt;&lt;td&gt;Copier en cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualiser&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
