<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Switchboard::AdminPages</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Inbound sources</source>
        <translation>Eingangsquellen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Voice platforms</source>
        <translation>Sprachplattformen</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (Schwelle %2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
        <translation>Switchboard-Alarm: %1</translation>
    </message>
    <message>
        <source>Switchboard alert: %1 on %2</source>
        <translation>Switchboard-Alarm: %1 bei %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;a href=&quot;%3&quot;&gt;Öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertsPage</name>
    <message>
        <source>Show resolved (history)</source>
        <translation>Behobene anzeigen (Verlauf)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Den ausgewählten Alarm bestätigen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Open endpoint</source>
        <translation>Endpunkt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiClient</name>
    <message>
        <source>No answer from the API.</source>
        <translation>Keine Antwort von der API.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API is off: start Switchboard with --listen to administer it here.</source>
        <translation>Die API ist aus: Starten Sie Switchboard mit --listen, um es hier zu verwalten.</translation>
    </message>
</context>
<context>
    <name>Switchboard::BulkReplayDialog</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Unzustellbare erneut senden</translation>
    </message>
    <message>
        <source>Counting the deliveries that match %1…</source>
        <translation>Zustellungen zu %1 werden gezählt…</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Fortschritt des erneuten Sendens</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n delivery(s) matching %1? Each is sent again with the current secret, keeping its id and idempotency key.</source>
        <translation>
            <numerusform>%n Zustellung zu %1 erneut senden? Sie wird mit dem aktuellen Geheimnis gesendet und behält ihre ID und ihren Idempotenzschlüssel.</numerusform>
            <numerusform>%n Zustellungen zu %1 erneut senden? Jede wird mit dem aktuellen Geheimnis gesendet und behält ihre ID und ihren Idempotenzschlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches %1.</source>
        <translation>Nichts passt zu %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n delivery(s)…</source>
        <translation>
            <numerusform>%n Zustellung wird erneut gesendet…</numerusform>
            <numerusform>%n Zustellungen werden erneut gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation>Abbruch nach dem aktuellen Block…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>%1 replayed, %2 failed.</source>
        <translation>%1 erneut gesendet, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A delivery fails to replay when it is already pending again or was removed.</source>
        <translation>Eine Zustellung lässt sich nicht erneut senden, wenn sie bereits wieder aussteht oder entfernt wurde.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConfigPage</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Importvorschau</translation>
    </message>
    <message>
        <source>Export writes endpoints, functions, sources and alert rules as the JSON file that &lt;code&gt;--config&lt;/code&gt; reads. Secrets are never exported: set them again after an import. Import shows what would change, then applies it through the API.</source>
        <translation>Der Export schreibt Endpunkte, Funktionen, Quellen und Alarmregeln als JSON-Datei, die &lt;code&gt;--config&lt;/code&gt; liest. Geheimnisse werden nie exportiert: Setzen Sie sie nach einem Import neu. Der Import zeigt, was sich ändern würde, und wendet es dann über die API an.</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Configuration exported to %1 (without secrets).</source>
        <translation>Konfiguration nach %1 exportiert (ohne Geheimnisse).</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 ist kein JSON-Objekt: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported here.</source>
        <translation>„%1“ wird hier nicht importiert.</translation>
    </message>
    <message>
        <source>Cannot read the current configuration: %1</source>
        <translation>Die aktuelle Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply. Nothing is removed; secrets are not part of the file.</source>
        <translation>
            <numerusform>%n Änderung anzuwenden. Nichts wird entfernt; Geheimnisse sind nicht Teil der Datei.</numerusform>
            <numerusform>%n Änderungen anzuwenden. Nichts wird entfernt; Geheimnisse sind nicht Teil der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Applied %1, %2 refused (see the list).</source>
        <translation>%1 angewendet, %2 abgelehnt (siehe Liste).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n Änderung angewendet.</numerusform>
            <numerusform>%n Änderungen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>a signing secret was generated; rotate it on the Endpoints page to see a new one, or set the receiver&apos;s</source>
        <translation>ein Signaturgeheimnis wurde erzeugt; rotieren Sie es auf der Seite Endpunkte, um ein neues zu sehen, oder setzen Sie das des Empfängers</translation>
    </message>
    <message>
        <source>Replace: also remove what the file does not name</source>
        <translation>Ersetzen: auch entfernen, was die Datei nicht nennt</translation>
    </message>
    <message>
        <source>Endpoints, functions, sources and alert rules missing from the file are deleted, for each kind the file has. The preview lists them before anything is applied.</source>
        <translation>Endpunkte, Funktionen, Quellen und Alarmregeln, die in der Datei fehlen, werden gelöscht, für jede Art, die die Datei enthält. Die Vorschau listet sie, bevor etwas angewendet wird.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>not in the file: deleted</source>
        <translation>nicht in der Datei: gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply, %1 of them removals (in red). Secrets are not part of the file.</source>
        <translation>
            <numerusform>%n Änderung anzuwenden, davon %1 Entfernungen (rot). Geheimnisse sind nicht Teil der Datei.</numerusform>
            <numerusform>%n Änderungen anzuwenden, davon %1 Entfernungen (rot). Geheimnisse sind nicht Teil der Datei.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardPage</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>All endpoints or sources</source>
        <translation>Alle Endpunkte oder Quellen</translation>
    </message>
    <message>
        <source>Endpoint or source</source>
        <translation>Endpunkt oder Quelle</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Ereignistyp (call.* für ein Präfix)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Alarme</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Went dead</source>
        <translation>Unzustellbar geworden</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Warteschlangenlänge</translation>
    </message>
    <message>
        <source>success %</source>
        <translation>Erfolg %</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
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
        <translation>Versuche und Wiederholungen</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Queue and dead letters</source>
        <translation>Warteschlange und Unzustellbare</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Zustand der Endpunkte</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an endpoint&apos;s deliveries</source>
        <translation>Doppelklick oder Eingabetaste öffnet die Zustellungen eines Endpunkts</translation>
    </message>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>Die Statistik kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1 dead letters now</source>
        <translation>Jetzt %1 Unzustellbare</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open alert(s)&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;View alerts&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n offener Alarm&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;Alarme anzeigen&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n offene Alarme&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;Alarme anzeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveriesPage</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected deliveries again with the current secret (Ctrl+R)</source>
        <translation>Die ausgewählten Zustellungen mit dem aktuellen Geheimnis erneut senden (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Stop trying the selected deliveries (Delete)</source>
        <translation>Die ausgewählten Zustellungen nicht weiter versuchen (Entf)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy the last attempt as a curl command, signatures and credentials masked (Ctrl+Shift+C)</source>
        <translation>Den letzten Versuch als curl-Befehl kopieren, Signaturen und Zugangsdaten maskiert (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy as cURL with live signature and credentials…</source>
        <translation>Als cURL mit echter Signatur und Zugangsdaten kopieren…</translation>
    </message>
    <message>
        <source>Selected rows as HAR…</source>
        <translation>Ausgewählte Zeilen als HAR…</translation>
    </message>
    <message>
        <source>Selected rows as CSV…</source>
        <translation>Ausgewählte Zeilen als CSV…</translation>
    </message>
    <message>
        <source>All matching the filter as HAR…</source>
        <translation>Alle zum Filter passenden als HAR…</translation>
    </message>
    <message>
        <source>All matching the filter as CSV…</source>
        <translation>Alle zum Filter passenden als CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export and more</source>
        <translation>Export und mehr</translation>
    </message>
    <message>
        <source>Replay &amp;all matching…</source>
        <translation>&amp;Alle passenden erneut senden…</translation>
    </message>
    <message>
        <source>Replay every dead letter that matches the filter (Ctrl+Shift+R)</source>
        <translation>Alle Unzustellbaren erneut senden, die zum Filter passen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 von %2 geladen</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Discard delivery %1? It will not be attempted again unless it is replayed.</source>
        <translation>Zustellung %1 verwerfen? Sie wird nur nach erneutem Senden wieder versucht.</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n deliveries? They will not be attempted again unless replayed.</source>
        <translation>
            <numerusform>%n Zustellung verwerfen? Sie wird nur nach erneutem Senden wieder versucht.</numerusform>
            <numerusform>%n Zustellungen verwerfen? Sie werden nur nach erneutem Senden wieder versucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>The command will contain a live signature and the endpoint&apos;s credentials. Anyone who sees it can send requests the receiver trusts. Copy it anyway?</source>
        <translation>Der Befehl enthält eine echte Signatur und die Zugangsdaten des Endpunkts. Wer ihn sieht, kann Anfragen senden, denen der Empfänger vertraut. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>cURL command with secrets copied; the clipboard is cleared in 30 seconds.</source>
        <translation>cURL-Befehl mit Geheimnissen kopiert; die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>cURL command copied (signatures and credentials masked).</source>
        <translation>cURL-Befehl kopiert (Signaturen und Zugangsdaten maskiert).</translation>
    </message>
    <message>
        <source>Select the rows to export first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Zeilen aus.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Als HAR exportieren</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>HTTP archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zustellung nach %1 exportiert.</numerusform>
            <numerusform>%n Zustellungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>event type %1</source>
        <translation>Ereignistyp %1</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>status code %1</source>
        <translation>Statuscode %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>payload containing “%1”</source>
        <translation>Nutzdaten mit „%1“</translation>
    </message>
    <message>
        <source>the dead-letter queue (no filter)</source>
        <translation>die Warteschlange der Unzustellbaren (kein Filter)</translation>
    </message>
    <message>
        <source>Bulk replay %1: %2 replayed, %3 failed.</source>
        <translation>Massenversand %1: %2 erneut gesendet, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryDetailPane</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Select a delivery to see every attempt&apos;s request and response.</source>
        <translation>Wählen Sie eine Zustellung aus, um Anfrage und Antwort jedes Versuchs zu sehen.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Attempt timeline</source>
        <translation>Verlauf der Versuche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Call timeline</source>
        <translation>Verlauf des Anrufs</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;: %3, %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; an &lt;b&gt;%2&lt;/b&gt;: %3, %n Versuch</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; an &lt;b&gt;%2&lt;/b&gt;: %3, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1, event %2</source>
        <translation>Nachricht %1, Ereignis %2</translation>
    </message>
    <message>
        <source>, call %1</source>
        <translation>, Anruf %1</translation>
    </message>
    <message>
        <source>Next attempt at %1 (%2)</source>
        <translation>Nächster Versuch um %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde</numerusform>
            <numerusform>in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n time(s)</source>
        <translation>
            <numerusform>%n-mal erneut gesendet</numerusform>
            <numerusform>%n-mal erneut gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (erneut gesendet)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Noch kein Versuch.</translation>
    </message>
    <message>
        <source>No call id</source>
        <translation>Keine Anruf-ID</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nichts aufgezeichnet</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Fehler: %1 %2</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>
[…truncated]</source>
        <translation>
[…gekürzt]</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Ereignistyp (call.* für ein Präfix)</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Text in the payload (Ctrl+F)</source>
        <translation>Text in den Nutzdaten (Strg+F)</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Jeder Fehler</translation>
    </message>
    <message>
        <source>Error class filter</source>
        <translation>Filter nach Fehlerart</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Zustellungs-ID</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointEditor</name>
    <message>
        <source>Enabled: receives new messages</source>
        <translation>Aktiviert: erhält neue Nachrichten</translation>
    </message>
    <message>
        <source>crm</source>
        <translation>crm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>call.*, function.book (durch Kommas getrennt; * für alle)</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>none (e.g. v2 during a migration)</source>
        <translation>keine (z. B. v2 während einer Migration)</translation>
    </message>
    <message>
        <source>One per line: X-Tenant: acme</source>
        <translation>Eine pro Zeile: X-Tenant: acme</translation>
    </message>
    <message>
        <source>Static headers</source>
        <translation>Feste Header</translation>
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
        <translation>Keine</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>1, 3, 10, 30, 120 (seconds between attempts)</source>
        <translation>1, 3, 10, 30, 120 (Sekunden zwischen den Versuchen)</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Wiederholungsplan</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
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
        <translation>Schnell (eigener Dispatcher, für Antworten, auf die ein Anrufer wartet)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API-Schlüssel-Header</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation>OAuth-2-Client-Credentials</translation>
    </message>
    <message>
        <source>Client certificate (mTLS)</source>
        <translation>Client-Zertifikat (mTLS)</translation>
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
        <translation>Optionale JSON-Vorlage über {&quot;event&quot;, &quot;event_type&quot;, &quot;call_id&quot;, &quot;message_id&quot;}, z. B.
{&quot;type&quot;: &quot;{{event_type}}&quot;, &quot;data&quot;: &quot;{{event}}&quot;}</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Nutzdatenvorlage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Ereignistypen:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Static headers:</source>
        <translation>Feste Header:</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <source>Retry schedule:</source>
        <translation>Wiederholungsplan:</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Streuung:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenbegrenzung:</translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation>Max. gleichzeitig:</translation>
    </message>
    <message>
        <source>Latency profile:</source>
        <translation>Latenzprofil:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>Token-URL:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>Payload template:</source>
        <translation>Nutzdatenvorlage:</translation>
    </message>
    <message>
        <source>1 to 64 of a-z, 0-9, _ and -, starting with a letter or digit</source>
        <translation>1 bis 64 Zeichen aus a-z, 0-9, _ und -, beginnend mit Buchstabe oder Ziffer</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL</source>
        <translation>muss eine absolute http- oder https-URL sein</translation>
    </message>
    <message>
        <source>must not carry credentials: use a static header or authentication</source>
        <translation>darf keine Zugangsdaten enthalten: Verwenden Sie einen festen Header oder die Authentifizierung</translation>
    </message>
    <message>
        <source>at least one event type or *</source>
        <translation>mindestens ein Ereignistyp oder *</translation>
    </message>
    <message>
        <source>each line is &quot;Name: value&quot;</source>
        <translation>jede Zeile lautet „Name: Wert“</translation>
    </message>
    <message>
        <source>whole seconds, separated by commas</source>
        <translation>ganze Sekunden, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>Stop sending to it while it keeps failing</source>
        <translation>Nicht mehr senden, solange er fehlschlägt</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>After repeated failures (timeouts, connection errors, 5xx, 429) the circuit opens: deliveries wait without using up their retries, then one probe tests the endpoint.</source>
        <translation>Nach wiederholten Fehlern (Zeitüberschreitungen, Verbindungsfehler, 5xx, 429) öffnet der Schutzschalter: Zustellungen warten, ohne ihre Wiederholungen zu verbrauchen, dann prüft ein Testversuch den Endpunkt.</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> Fehler in Folge</translation>
    </message>
    <message>
        <source>Failure threshold</source>
        <translation>Fehlerschwelle</translation>
    </message>
    <message>
        <source> % of attempts</source>
        <translation> % der Versuche</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Also opens when this share of the attempts in the last minute failed</source>
        <translation>Öffnet auch, wenn dieser Anteil der Versuche in der letzten Minute fehlschlug</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Abkühlzeit</translation>
    </message>
    <message>
        <source>Longest cooldown</source>
        <translation>Längste Abkühlzeit</translation>
    </message>
    <message>
        <source>The cooldown doubles each time the probe fails, up to this</source>
        <translation>Die Abkühlzeit verdoppelt sich mit jedem fehlgeschlagenen Testversuch, bis zu diesem Wert</translation>
    </message>
    <message>
        <source>Circuit breaker:</source>
        <translation>Schutzschalter:</translation>
    </message>
    <message>
        <source>Opens after:</source>
        <translation>Öffnet nach:</translation>
    </message>
    <message>
        <source>Or a failure rate of:</source>
        <translation>Oder einer Fehlerquote von:</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Abkühlzeit:</translation>
    </message>
    <message>
        <source>Longest cooldown:</source>
        <translation>Längste Abkühlzeit:</translation>
    </message>
    <message>
        <source>must be at least the cooldown</source>
        <translation>muss mindestens die Abkühlzeit sein</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointHealthModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Circuit open</source>
        <translation>Schutzschalter offen</translation>
    </message>
    <message>
        <source>Circuit half-open</source>
        <translation>Schutzschalter halb offen</translation>
    </message>
    <message>
        <source>Circuit open, retry %1</source>
        <translation>Schutzschalter offen, neuer Versuch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row opened the circuit: nothing is sent until the probe at %1; the deliveries wait without using up their retries.</source>
        <translation>
            <numerusform>%n Fehler in Folge haben den Schutzschalter geöffnet: Bis zum Testversuch um %1 wird nichts gesendet; die Zustellungen warten, ohne ihre Wiederholungen zu verbrauchen.</numerusform>
            <numerusform>%n Fehler in Folge haben den Schutzschalter geöffnet: Bis zum Testversuch um %1 wird nichts gesendet; die Zustellungen warten, ohne ihre Wiederholungen zu verbrauchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>One probe delivery is testing the endpoint; success closes the circuit.</source>
        <translation>Eine Testzustellung prüft den Endpunkt; bei Erfolg schließt der Schutzschalter.</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Health (1 h)</source>
        <translation>Zustand (1 h)</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
    </message>
    <message>
        <source>%1 % ok</source>
        <translation>%1 % ok</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n dead</source>
        <translation>
            <numerusform>%1, %n unzustellbar</numerusform>
            <numerusform>%1, %n unzustellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Signiert bis</translation>
    </message>
    <message>
        <source>whsec_… (16 to 512 characters)</source>
        <translation>whsec_… (16 bis 512 Zeichen)</translation>
    </message>
    <message>
        <source>Generate a new secret; the current ones keep signing during the grace window</source>
        <translation>Ein neues Geheimnis erzeugen; die aktuellen signieren während der Übergangszeit weiter</translation>
    </message>
    <message>
        <source>Secrets that sign now (one signature each during a rotation):</source>
        <translation>Geheimnisse, die jetzt signieren (während einer Rotation je eine Signatur):</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Gesendete Anfrage</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Empfangene Antwort</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Ereignistyp:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>Endpoints serving the same event types, side by side, each with its version and payload template:</source>
        <translation>Endpunkte für dieselben Ereignistypen nebeneinander, jeder mit seiner Version und Nutzdatenvorlage:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Cannot list endpoints: %1</source>
        <translation>Endpunkte können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>no secret: deliveries wait until one is set</source>
        <translation>kein Geheimnis: Zustellungen warten, bis eines gesetzt ist</translation>
    </message>
    <message>
        <source>Version: none</source>
        <translation>Version: keine</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>(no template: the event as sent)</source>
        <translation>(keine Vorlage: das Ereignis wie gesendet)</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Generated for %1 and shown only now: give it to the receiver.</source>
        <translation>Für %1 erzeugt und nur jetzt angezeigt: Geben Sie es dem Empfänger.</translation>
    </message>
    <message>
        <source>Endpoint %1 created.</source>
        <translation>Endpunkt %1 angelegt.</translation>
    </message>
    <message>
        <source>Endpoint %1 saved.</source>
        <translation>Endpunkt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its queued and dead deliveries are discarded.</source>
        <translation>%1 löschen? Seine wartenden und unzustellbaren Zustellungen werden verworfen.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Endpoint %1 deleted.</source>
        <translation>Endpunkt %1 gelöscht.</translation>
    </message>
    <message>
        <source>%1 paused: its deliveries wait.</source>
        <translation>%1 pausiert: seine Zustellungen warten.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Save the endpoint first.</source>
        <translation>Speichern Sie zuerst den Endpunkt.</translation>
    </message>
    <message>
        <source>The payload is not JSON: %1</source>
        <translation>Die Nutzdaten sind kein JSON: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>No delivery was created.</source>
        <translation>Es wurde keine Zustellung angelegt.</translation>
    </message>
    <message>
        <source>Test send failed: %1</source>
        <translation>Testversand fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No attempt yet (status %1). The endpoint may be paused, disabled or waiting for a secret.</source>
        <translation>Noch kein Versuch (Status %1). Der Endpunkt ist vielleicht pausiert, deaktiviert oder wartet auf ein Geheimnis.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>No response: %1 %2</source>
        <translation>Keine Antwort: %1 %2</translation>
    </message>
    <message>
        <source>Test event delivered as %1 (%2).</source>
        <translation>Testereignis als %1 zugestellt (%2).</translation>
    </message>
    <message>
        <source>token, API key, password or client secret</source>
        <translation>Token, API-Schlüssel, Passwort oder Client-Secret</translation>
    </message>
    <message>
        <source>Outbound credential</source>
        <translation>Ausgehende Zugangsdaten</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Zugangsdaten setzen</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>No outbound authentication configured (Settings tab).</source>
        <translation>Keine ausgehende Authentifizierung eingerichtet (Reiter Einstellungen).</translation>
    </message>
    <message>
        <source>%1 credential: %2</source>
        <translation>Zugangsdaten %1: %2</translation>
    </message>
    <message>
        <source>not set, deliveries wait until it is</source>
        <translation>nicht gesetzt, Zustellungen warten darauf</translation>
    </message>
    <message>
        <source>Credential not set: %1</source>
        <translation>Zugangsdaten nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>The credential of %1 was set.</source>
        <translation>Die Zugangsdaten von %1 wurden gesetzt.</translation>
    </message>
    <message>
        <source>circuit half-open</source>
        <translation>Schutzschalter halb offen</translation>
    </message>
    <message>
        <source>circuit open, retry %1</source>
        <translation>Schutzschalter offen, neuer Versuch %1</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>Schutzschalter offen</translation>
    </message>
    <message>
        <source>Reset circuit</source>
        <translation>Schutzschalter zurücksetzen</translation>
    </message>
    <message>
        <source>Close the circuit now and send the waiting deliveries, without waiting for the probe</source>
        <translation>Schutzschalter jetzt schließen und die wartenden Zustellungen senden, ohne auf den Testversuch zu warten</translation>
    </message>
    <message numerus="yes">
        <source>Circuit open since %1 after %n failures in a row (%2): deliveries wait; the next probe goes out at %3.</source>
        <translation>
            <numerusform>Schutzschalter offen seit %1 nach %n Fehler in Folge (%2): Zustellungen warten; der nächste Testversuch geht um %3 hinaus.</numerusform>
            <numerusform>Schutzschalter offen seit %1 nach %n Fehlern in Folge (%2): Zustellungen warten; der nächste Testversuch geht um %3 hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit half-open: one probe delivery tests the endpoint; success closes the circuit.</source>
        <translation>Schutzschalter halb offen: Eine Testzustellung prüft den Endpunkt; bei Erfolg schließt er.</translation>
    </message>
    <message numerus="yes">
        <source>Circuit closed (%n failures in a row so far).</source>
        <translation>
            <numerusform>Schutzschalter geschlossen (bisher %n Fehler in Folge).</numerusform>
            <numerusform>Schutzschalter geschlossen (bisher %n Fehler in Folge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit closed.</source>
        <translation>Schutzschalter geschlossen.</translation>
    </message>
    <message>
        <source>%1: circuit closed; its waiting deliveries go out now.</source>
        <translation>%1: Schutzschalter geschlossen; die wartenden Zustellungen gehen jetzt hinaus.</translation>
    </message>
    <message>
        <source>Give it to the receiver of %1.</source>
        <translation>Geben Sie es dem Empfänger von %1.</translation>
    </message>
    <message>
        <source>Set client certificate…</source>
        <translation>Client-Zertifikat setzen…</translation>
    </message>
    <message>
        <source>Choose the client certificate and its unencrypted private key (PEM files); the key is sent to the secret store and never shown</source>
        <translation>Client-Zertifikat und seinen unverschlüsselten privaten Schlüssel wählen (PEM-Dateien); der Schlüssel geht in den Geheimnisspeicher und wird nie angezeigt</translation>
    </message>
    <message>
        <source>Client certificate (mTLS): %1</source>
        <translation>Client-Zertifikat (mTLS): %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Client certificate of %1</source>
        <translation>Client-Zertifikat von %1</translation>
    </message>
    <message>
        <source>Private key of that certificate</source>
        <translation>Privater Schlüssel dieses Zertifikats</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file (over 64 KiB).</source>
        <translation>%1 ist zu groß für eine PEM-Datei (über 64 KiB).</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 ist kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Client certificate not set: %1</source>
        <translation>Client-Zertifikat nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>The client certificate of %1 was set (%2, valid until %3).</source>
        <translation>Das Client-Zertifikat von %1 wurde gesetzt (%2, gültig bis %3).</translation>
    </message>
    <message>
        <source>no common name</source>
        <translation>kein Common Name</translation>
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
        <translation>Worker</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Zusammenfassung der Flotte</translation>
    </message>
    <message>
        <source>Every engine that works on this database: a console or a switchboardd on any machine. Each writes a heartbeat every 2 seconds; one silent for more than %1 seconds is marked stale.</source>
        <translation>Jede Engine, die mit dieser Datenbank arbeitet: eine Konsole oder ein switchboardd auf einem beliebigen Rechner. Jede schreibt alle 2 Sekunden einen Heartbeat; eine, die länger als %1 Sekunden schweigt, wird als veraltet markiert.</translation>
    </message>
    <message>
        <source>Cannot read the fleet: %1</source>
        <translation>Die Flotte kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Workers: %1, stale: %2, deliveries in flight: %3. Updated %4.</source>
        <translation>Worker: %1, veraltet: %2, Zustellungen in Bearbeitung: %3. Aktualisiert %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FunctionsPage</name>
    <message>
        <source>Invoke</source>
        <translation>Aufrufen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>What the model reads to decide when to call it</source>
        <translation>Was das Modell liest, um zu entscheiden, wann es sie aufruft</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema)</source>
        <translation>Parameter (JSON Schema)</translation>
    </message>
    <message>
        <source>Request template</source>
        <translation>Anfragevorlage</translation>
    </message>
    <message>
        <source>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</source>
        <translation>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</translation>
    </message>
    <message>
        <source>sync: wait for the answer</source>
        <translation>sync: auf die Antwort warten</translation>
    </message>
    <message>
        <source>async: answer at once, deliver later</source>
        <translation>async: sofort antworten, später zustellen</translation>
    </message>
    <message>
        <source>optimistic: answer ok at once</source>
        <translation>optimistic: sofort ok antworten</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Sample arguments</source>
        <translation>Beispielargumente</translation>
    </message>
    <message>
        <source>HTTP request sent</source>
        <translation>Gesendete HTTP-Anfrage</translation>
    </message>
    <message>
        <source>What the model receives</source>
        <translation>Was das Modell erhält</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Call id:</source>
        <translation>Anruf-ID:</translation>
    </message>
    <message>
        <source>The invocation is real: it is delivered to the endpoint like any call.</source>
        <translation>Der Aufruf ist echt: Er wird wie jeder Aufruf an den Endpunkt zugestellt.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Neue Funktion</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Copy tool definitions</source>
        <translation>Tool-Definitionen kopieren</translation>
    </message>
    <message>
        <source>Export tool definitions…</source>
        <translation>Tool-Definitionen exportieren…</translation>
    </message>
    <message>
        <source>Cannot list functions: %1</source>
        <translation>Funktionen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>1 to 64 of letters, digits, _ and -</source>
        <translation>1 bis 64 Buchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a JSON Schema object with &quot;type&quot;: &quot;object&quot;</source>
        <translation>muss ein JSON-Schema-Objekt mit &quot;type&quot;: &quot;object&quot; sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>{{%1}} is not a declared parameter</source>
        <translation>{{%1}} ist kein deklarierter Parameter</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Function %1 created.</source>
        <translation>Funktion %1 angelegt.</translation>
    </message>
    <message>
        <source>Function %1 saved.</source>
        <translation>Funktion %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Funktion löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Function %1 deleted.</source>
        <translation>Funktion %1 gelöscht.</translation>
    </message>
    <message>
        <source>Save the function first.</source>
        <translation>Speichern Sie zuerst die Funktion.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object: %1</source>
        <translation>Die Argumente müssen ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <source>Invoking…</source>
        <translation>Wird aufgerufen…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Queued, not sent yet (%1).</source>
        <translation>Eingereiht, noch nicht gesendet (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n tool definition(s) copied.</source>
        <translation>
            <numerusform>%n Tool-Definition kopiert.</numerusform>
            <numerusform>%n Tool-Definitionen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tool definitions</source>
        <translation>Tool-Definitionen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Tool definitions written to %1.</source>
        <translation>Tool-Definitionen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sets the deadline to fit the platform&apos;s wait for a tool&apos;s answer, and shows and exports the tools in its format</source>
        <translation>Setzt die Frist passend dazu, wie lange die Plattform auf die Antwort eines Tools wartet, und zeigt und exportiert die Tools in ihrem Format</translation>
    </message>
    <message>
        <source>Tool definition</source>
        <translation>Tool-Definition</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Tool definition:</source>
        <translation>Tool-Definition:</translation>
    </message>
    <message>
        <source>Save the function to see its tool definition.</source>
        <translation>Speichern Sie die Funktion, um ihre Tool-Definition zu sehen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::JsonText</name>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTile</name>
    <message>
        <source>no earlier data</source>
        <translation>keine früheren Daten</translation>
    </message>
    <message>
        <source>= previous window</source>
        <translation>= vorheriges Zeitfenster</translation>
    </message>
    <message>
        <source>%1%2 % vs previous window</source>
        <translation>%1%2 % gegenüber dem vorherigen Zeitfenster</translation>
    </message>
    <message>
        <source>%1%2%3 vs previous window</source>
        <translation>%1%2%3 gegenüber dem vorherigen Zeitfenster</translation>
    </message>
</context>
<context>
    <name>Switchboard::LogModel</name>
    <message>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Endpoint / source</source>
        <translation>Endpunkt / Quelle</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Zustellungs-ID</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Switchboard::LogsPage</name>
    <message>
        <source>Every attempt</source>
        <translation>Jeder Versuch</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <source>Show records of this level and above</source>
        <translation>Einträge dieser Stufe und höher anzeigen</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Other messages</source>
        <translation>Andere Meldungen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Outbound attempts, inbound requests or the other messages</source>
        <translation>Ausgehende Versuche, eingehende Anfragen oder die anderen Meldungen</translation>
    </message>
    <message>
        <source>Filter: endpoint, delivery id, call id, text…</source>
        <translation>Filter: Endpunkt, Zustellungs-ID, Anruf-ID, Text…</translation>
    </message>
    <message>
        <source>Filter the records</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <source>Log every delivery attempt and inbound request, not only the failed ones</source>
        <translation>Jeden Zustellversuch und jede eingehende Anfrage protokollieren, nicht nur die fehlgeschlagenen</translation>
    </message>
    <message>
        <source>Stop adding records to the view; resume shows what came meanwhile</source>
        <translation>Keine neuen Einträge mehr anzeigen; Fortsetzen zeigt, was inzwischen kam</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Clear the view</source>
        <translation>Ansicht leeren</translation>
    </message>
    <message>
        <source>Clear the view (the log file keeps every record)</source>
        <translation>Ansicht leeren (die Protokolldatei behält jeden Eintrag)</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>Als JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines (%1)</source>
        <translation>Die ausgewählten Einträge als JSON-Zeilen kopieren (%1)</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines</source>
        <translation>Die ausgewählten Einträge als JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>This console does not capture its log.</source>
        <translation>Diese Konsole zeichnet ihr Protokoll nicht auf.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>Records: %1 of %2 match the filter</source>
        <translation>Einträge: %1 von %2 passen zum Filter</translation>
    </message>
    <message>
        <source>paused, new since: %1</source>
        <translation>angehalten, seitdem neu: %1</translation>
    </message>
    <message>
        <source>fell out of the buffer unseen: %1</source>
        <translation>ungesehen aus dem Puffer gefallen: %1</translation>
    </message>
    <message>
        <source>the last %1 are kept</source>
        <translation>die letzten %1 werden behalten</translation>
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
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Connect an agent</source>
        <translation>Agent verbinden</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Zustand der Engine</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API aus</translation>
    </message>
    <message>
        <source>API on http://%1</source>
        <translation>API auf http://%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in payloads</source>
        <translation>In Nutzdaten &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Webhook delivery engine and operations console for voice agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;br&gt;Data: %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Webhook-Zustellungs-Engine und Betriebskonsole für Sprachagenten.&lt;/p&gt;&lt;p&gt;Qt %2 (erstellt mit %3)&lt;br&gt;%4&lt;br&gt;Daten: %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Token copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Token kopiert; die Zwischenablage wird in 30 Sekunden geleert.</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Example commands</source>
        <translation>Beispielbefehle</translation>
    </message>
    <message>
        <source># Create an endpoint (the response shows its signing secret once):</source>
        <translation># Einen Endpunkt anlegen (die Antwort zeigt sein Signaturgeheimnis einmalig):</translation>
    </message>
    <message>
        <source># Hand it an event:</source>
        <translation># Ihm ein Ereignis übergeben:</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>Im Terminal ausprobieren:</translation>
    </message>
    <message>
        <source>Store problem: %1</source>
        <translation>Problem mit dem Speicher: %1</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <source>Queue: %1 pending, %2 in flight</source>
        <translation>Warteschlange: %1 ausstehend, %2 in Zustellung</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Unzustellbare: %1</translation>
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
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Strg+1 … Strg+5&lt;/td&gt;&lt;td&gt;Dashboard, Zustellungen, Unzustellbare, Alarme, Verbinden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+6 … Strg+9, dann Alt+1 …&lt;/td&gt;&lt;td&gt;Die übrigen Seiten in der Reihenfolge der Navigation (das Menü Ansicht listet sie)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+F&lt;/td&gt;&lt;td&gt;In den Nutzdaten suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+R&lt;/td&gt;&lt;td&gt;Die ausgewählten Zustellungen erneut senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+R&lt;/td&gt;&lt;td&gt;Alle zum Filter passenden Unzustellbaren erneut senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Entf&lt;/td&gt;&lt;td&gt;Die ausgewählten Zustellungen verwerfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+C&lt;/td&gt;&lt;td&gt;Als cURL kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Aktualisieren&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>Switchboard::PlatformsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>keins: Anfragen werden abgelehnt</translation>
    </message>
    <message>
        <source>Platform connections</source>
        <translation>Plattform-Verbindungen</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>e.g. support-line</source>
        <translation>z. B. support-line</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Secret in a header</source>
        <translation>Geheimnis in einem Header</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>HMAC-Signatur</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>none (e.g. sha256=)</source>
        <translation>keines (z. B. sha256=)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>the exact status callback URL configured at Twilio</source>
        <translation>die genaue bei Twilio eingetragene Status-Callback-URL</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock tolerance</source>
        <translation>Uhrentoleranz</translation>
    </message>
    <message>
        <source>Event prefix</source>
        <translation>Ereignispräfix</translation>
    </message>
    <message>
        <source>every endpoint subscribed to the event type</source>
        <translation>jeder Endpunkt, der den Ereignistyp abonniert hat</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Weiterleiten an</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Answer budget</source>
        <translation>Antwortbudget</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>Signatur-Header:</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>Zeitstempel-Header:</translation>
    </message>
    <message>
        <source>Signed payload:</source>
        <translation>Signierte Nutzdaten:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Signature prefix:</source>
        <translation>Signaturpräfix:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <source>Clock tolerance:</source>
        <translation>Uhrentoleranz:</translation>
    </message>
    <message>
        <source>Event prefix:</source>
        <translation>Ereignispräfix:</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Weiterleiten an:</translation>
    </message>
    <message>
        <source>Answer budget:</source>
        <translation>Antwortbudget:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>https://switchboard.example.com (the platform must reach it)</source>
        <translation>https://switchboard.example.com (die Plattform muss sie erreichen)</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>Öffentliche Basis-URL</translation>
    </message>
    <message>
        <source>URL to paste into the platform</source>
        <translation>URL zum Einfügen in die Plattform</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>URL kopiert.</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>Öffentliche Basis-URL:</translation>
    </message>
    <message>
        <source>Paste into the platform:</source>
        <translation>In die Plattform einfügen:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Prüft bis</translation>
    </message>
    <message>
        <source>Secrets the platform&apos;s requests are verified with (each one during a rotation):</source>
        <translation>Geheimnisse, mit denen die Anfragen der Plattform geprüft werden (während einer Rotation jedes):</translation>
    </message>
    <message>
        <source>the secret the platform shows</source>
        <translation>das Geheimnis, das die Plattform anzeigt</translation>
    </message>
    <message>
        <source>Verify with the secret above too; the old ones keep verifying during the grace window, while you change it at the platform</source>
        <translation>Auch mit dem Geheimnis oben prüfen; die alten prüfen während der Übergangszeit weiter, während Sie es bei der Plattform ändern</translation>
    </message>
    <message>
        <source>Give it to the platform.</source>
        <translation>Geben Sie es der Plattform.</translation>
    </message>
    <message>
        <source>Cannot list the platform connections: %1</source>
        <translation>Die Plattform-Verbindungen können nicht gelistet werden: %1</translation>
    </message>
    <message>
        <source>no secret: every request is refused until one is set</source>
        <translation>kein Geheimnis: jede Anfrage wird abgelehnt, bis eines gesetzt ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; verification in &lt;code&gt;%2&lt;/code&gt;; event type from &lt;code&gt;%3&lt;/code&gt;; call id from &lt;code&gt;%4&lt;/code&gt;; duplicates by &lt;code&gt;%5&lt;/code&gt;%6.</source>
        <translation>Prüfung &lt;b&gt;%1&lt;/b&gt; in &lt;code&gt;%2&lt;/code&gt;; Ereignistyp aus &lt;code&gt;%3&lt;/code&gt;; Anruf-ID aus &lt;code&gt;%4&lt;/code&gt;; Duplikate nach &lt;code&gt;%5&lt;/code&gt;%6.</translation>
    </message>
    <message>
        <source>; no time is signed, so replays are refused as duplicates</source>
        <translation>; es wird keine Zeit signiert, daher werden Wiederholungen als Duplikate abgelehnt</translation>
    </message>
    <message>
        <source>Vapi dashboard: the assistant&apos;s (or phone number&apos;s) Server URL; the secret goes in its server credential.</source>
        <translation>Vapi-Dashboard: die Server-URL des Assistenten (oder der Telefonnummer); das Geheimnis gehört in dessen Server-Zugangsdaten.</translation>
    </message>
    <message>
        <source>Retell dashboard: the agent&apos;s webhook URL (and the custom functions&apos; URL); the secret is the API key with the webhook badge.</source>
        <translation>Retell-Dashboard: die Webhook-URL des Agenten (und die URL der eigenen Funktionen); das Geheimnis ist der API-Schlüssel mit dem Webhook-Abzeichen.</translation>
    </message>
    <message>
        <source>ElevenLabs Agents settings: add a post-call webhook with this URL; the secret is the webhook secret ElevenLabs shows.</source>
        <translation>Einstellungen der ElevenLabs-Agenten: einen Post-Call-Webhook mit dieser URL hinzufügen; das Geheimnis ist das Webhook-Geheimnis, das ElevenLabs anzeigt.</translation>
    </message>
    <message>
        <source>Bland: the call&apos;s or pathway&apos;s webhook URL; the secret is the webhook signing secret from the dev portal.</source>
        <translation>Bland: die Webhook-URL des Anrufs oder Pathways; das Geheimnis ist das Webhook-Signaturgeheimnis aus dem Dev-Portal.</translation>
    </message>
    <message>
        <source>LiveKit Cloud project settings, Webhooks: add this URL with the API key above; the secret is that key&apos;s API secret.</source>
        <translation>Projekteinstellungen in LiveKit Cloud, Webhooks: diese URL mit dem API-Schlüssel oben hinzufügen; das Geheimnis ist das API-Secret dieses Schlüssels.</translation>
    </message>
    <message>
        <source>OpenAI project settings, Webhooks: create an endpoint with this URL; the secret is the whsec_ secret OpenAI shows.</source>
        <translation>OpenAI-Projekteinstellungen, Webhooks: einen Endpunkt mit dieser URL anlegen; das Geheimnis ist das whsec_-Geheimnis, das OpenAI anzeigt.</translation>
    </message>
    <message>
        <source>Twilio: the phone number&apos;s status callback URL (it must equal the public URL above); the secret is the account&apos;s auth token.</source>
        <translation>Twilio: die Status-Callback-URL der Telefonnummer (sie muss der öffentlichen URL oben entsprechen); das Geheimnis ist das Auth-Token des Kontos.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;Name&gt;</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, _ and -, starting with a letter or digit (at most 64).</source>
        <translation>Kleinbuchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 64).</translation>
    </message>
    <message>
        <source>An HTTP header name.</source>
        <translation>Ein HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>Must contain {body}, or the body would not be signed.</source>
        <translation>Muss {body} enthalten, sonst würden die Nutzdaten nicht signiert.</translation>
    </message>
    <message>
        <source>Required: the LiveKit API key (APIxxxx) that signs the webhooks.</source>
        <translation>Erforderlich: der LiveKit-API-Schlüssel (APIxxxx), der die Webhooks signiert.</translation>
    </message>
    <message>
        <source>Required: the exact URL configured at Twilio (Twilio signs it).</source>
        <translation>Erforderlich: die genaue bei Twilio eingetragene URL (Twilio signiert sie).</translation>
    </message>
    <message>
        <source>At least 1 second.</source>
        <translation>Mindestens 1 Sekunde.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Connection %1 created.</source>
        <translation>Verbindung %1 angelegt.</translation>
    </message>
    <message>
        <source>Connection %1 saved.</source>
        <translation>Verbindung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Set its secret next: until then every request is refused.</source>
        <translation>Setzen Sie als Nächstes ihr Geheimnis: bis dahin wird jede Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept. The platform&apos;s requests are refused from now on.</source>
        <translation>%1 löschen? Ihre Geheimnisse werden entfernt, ihr Protokoll bleibt. Die Anfragen der Plattform werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Verbindung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Assistant for inbound calls</source>
        <translation>Assistent für eingehende Anrufe</translation>
    </message>
    <message>
        <source>{&quot;assistantId&quot;: &quot;...&quot;} (or assistant, squadId, destination, error); empty: the call is refused with an error</source>
        <translation>{&quot;assistantId&quot;: &quot;...&quot;} (oder assistant, squadId, destination, error); leer: der Anruf wird mit einem Fehler abgewiesen</translation>
    </message>
    <message>
        <source>What Switchboard answers Vapi&apos;s assistant-request, sent for an inbound call to a phone number without an assistant: a JSON object, as Vapi takes it.</source>
        <translation>Was Switchboard auf Vapis assistant-request antwortet, der für einen eingehenden Anruf an eine Telefonnummer ohne Assistenten kommt: ein JSON-Objekt, so wie Vapi es annimmt.</translation>
    </message>
    <message>
        <source>Inbound call assistant:</source>
        <translation>Assistent für eingehende Anrufe:</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>Kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>A JSON object, e.g. {&quot;assistantId&quot;: &quot;...&quot;}.</source>
        <translation>Ein JSON-Objekt, z. B. {&quot;assistantId&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Must contain one of assistantId, assistant, squadId, squad, workflowId, workflow, destination or error.</source>
        <translation>Muss eines von assistantId, assistant, squadId, squad, workflowId, workflow, destination oder error enthalten.</translation>
    </message>
    <message>
        <source>At most 64 KiB.</source>
        <translation>Höchstens 64 KiB.</translation>
    </message>
    <message>
        <source>Vapi would not take it: %1.</source>
        <translation>Vapi würde es nicht annehmen: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RulesPage</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>all (global)</source>
        <translation>alle (global)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Success rate below (%)</source>
        <translation>Erfolgsquote unter (%)</translation>
    </message>
    <message>
        <source>p95 latency above (ms)</source>
        <translation>p95-Latenz über (ms)</translation>
    </message>
    <message>
        <source>Dead letters above</source>
        <translation>Unzustellbare über</translation>
    </message>
    <message>
        <source>Schema drift (400/422 answers)</source>
        <translation>Schema-Drift (Antworten 400/422)</translation>
    </message>
    <message>
        <source>Circuit breaker open for (s)</source>
        <translation>Schutzschalter offen seit (s)</translation>
    </message>
    <message>
        <source>empty: every endpoint (global)</source>
        <translation>leer: jeder Endpunkt (global)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <source>Minimum attempts:</source>
        <translation>Mindestzahl an Versuchen:</translation>
    </message>
    <message>
        <source>Hysteresis:</source>
        <translation>Hysterese:</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>JSON paths</source>
        <translation>JSON-Pfade</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Redacted preview</source>
        <translation>Geschwärzte Vorschau</translation>
    </message>
    <message>
        <source>JSON paths (one per line):</source>
        <translation>JSON-Pfade (einer pro Zeile):</translation>
    </message>
    <message>
        <source>Patterns (one per line):</source>
        <translation>Muster (eines pro Zeile):</translation>
    </message>
    <message>
        <source>Sample payload:</source>
        <translation>Beispiel-Nutzdaten:</translation>
    </message>
    <message>
        <source>As stored and shown (built-in detectors and your rules):</source>
        <translation>Wie gespeichert und angezeigt (eingebaute Erkennung und Ihre Regeln):</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Schwärzung</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Attempt response bodies and headers:</source>
        <translation>Antwortinhalte und Header der Versuche:</translation>
    </message>
    <message>
        <source>Delivered messages, their deliveries and attempts:</source>
        <translation>Zugestellte Nachrichten, ihre Zustellungen und Versuche:</translation>
    </message>
    <message>
        <source>Minute rollups, sampled depths, resolved alerts:</source>
        <translation>Minutenaggregate, gemessene Längen, behobene Alarme:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Cannot list alert rules: %1</source>
        <translation>Alarmregeln können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Alert rule %1 saved; rules are evaluated every 30 seconds.</source>
        <translation>Alarmregel %1 gespeichert; Regeln werden alle 30 Sekunden ausgewertet.</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>Alarmregel löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its alerts are resolved.</source>
        <translation>%1 löschen? Ihre Alarme werden als behoben markiert.</translation>
    </message>
    <message>
        <source>Alert rule %1 deleted.</source>
        <translation>Alarmregel %1 gelöscht.</translation>
    </message>
    <message>
        <source>Save redaction rules</source>
        <translation>Schwärzungsregeln speichern</translation>
    </message>
    <message>
        <source>Saved rules apply at once to everything stored, logged and shown from then on, and on every worker sharing the database within a minute; they take the place of the --config file&apos;s. The same rules for a --config file:</source>
        <translation>Gespeicherte Regeln gelten sofort für alles, was ab dann gespeichert, protokolliert und angezeigt wird, und innerhalb einer Minute auf jedem Worker derselben Datenbank; sie ersetzen die der --config-Datei. Dieselben Regeln für eine --config-Datei:</translation>
    </message>
    <message>
        <source>Inbound request bodies (the log rows stay):</source>
        <translation>Inhalte eingehender Anfragen (die Protokollzeilen bleiben):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Aufbewahrung speichern</translation>
    </message>
    <message>
        <source>0 keeps forever. Messages with any delivery pending, in flight, dead or discarded are never pruned. Saved periods are kept in the database and applied by the next pruning run (once a minute, on every worker), without a restart.</source>
        <translation>0 bewahrt für immer auf. Nachrichten mit einer ausstehenden, laufenden, unzustellbaren oder verworfenen Zustellung werden nie gelöscht. Gespeicherte Fristen liegen in der Datenbank und gelten ab dem nächsten Bereinigungslauf (einmal pro Minute, auf jedem Worker), ohne Neustart.</translation>
    </message>
    <message>
        <source>Patterns, line %1: %2</source>
        <translation>Muster, Zeile %1: %2</translation>
    </message>
    <message>
        <source>JSON paths, line %1: %2</source>
        <translation>JSON-Pfade, Zeile %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the retention periods: %1</source>
        <translation>Die Aufbewahrungsfristen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the redaction rules: %1</source>
        <translation>Die Schwärzungsregeln können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Retention not saved: %1</source>
        <translation>Aufbewahrung nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Retention periods saved; the next pruning run applies them.</source>
        <translation>Aufbewahrungsfristen gespeichert; der nächste Bereinigungslauf wendet sie an.</translation>
    </message>
    <message>
        <source>Not saved: correct the rules marked in red.</source>
        <translation>Nicht gespeichert: korrigieren Sie die rot markierten Regeln.</translation>
    </message>
    <message>
        <source>Redaction rules not saved: %1</source>
        <translation>Schwärzungsregeln nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Redaction rules saved: they apply to everything stored from now on.</source>
        <translation>Schwärzungsregeln gespeichert: sie gelten für alles, was ab jetzt gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Show the secret in clear text</source>
        <translation>Das Geheimnis im Klartext anzeigen</translation>
    </message>
    <message>
        <source>Copy the secret; the clipboard is cleared after a short time</source>
        <translation>Das Geheimnis kopieren; die Zwischenablage wird nach kurzer Zeit geleert</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretsPanel</name>
    <message>
        <source>Set secret</source>
        <translation>Geheimnis setzen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Active secrets</source>
        <translation>Aktive Geheimnisse</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace window</source>
        <translation>Übergangszeit</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <source>Grace window:</source>
        <translation>Übergangszeit:</translation>
    </message>
    <message>
        <source>Rotate:</source>
        <translation>Rotieren:</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Neues Geheimnis:</translation>
    </message>
    <message>
        <source>no end (current)</source>
        <translation>kein Ende (aktuell)</translation>
    </message>
    <message>
        <source>Secret not set: %1</source>
        <translation>Geheimnis nicht gesetzt: %1</translation>
    </message>
    <message>
        <source>The secret of %1 was replaced.</source>
        <translation>Das Geheimnis von %1 wurde ersetzt.</translation>
    </message>
    <message>
        <source>Not rotated: %1</source>
        <translation>Nicht rotiert: %1</translation>
    </message>
    <message>
        <source>New secret %1, shown only now.</source>
        <translation>Neues Geheimnis %1, nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated; the previous ones stay valid until %2.</source>
        <translation>Das Geheimnis von %1 wurde rotiert; die vorherigen bleiben gültig bis %2.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsPage</name>
    <message>
        <source>Regenerate…</source>
        <translation>Neu erzeugen…</translation>
    </message>
    <message>
        <source>This run (effective values)</source>
        <translation>Dieser Lauf (wirksame Werte)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>API-Adresse:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API-Token:</translation>
    </message>
    <message>
        <source>Regenerate the API token</source>
        <translation>API-Token neu erzeugen</translation>
    </message>
    <message>
        <source>Agents using the current token stop working once Switchboard restarts. Regenerate it?</source>
        <translation>Agenten mit dem aktuellen Token funktionieren nach dem Neustart von Switchboard nicht mehr. Neu erzeugen?</translation>
    </message>
    <message>
        <source>The token comes from SWITCHBOARD_API_TOKEN: change that variable to change it.</source>
        <translation>Das Token stammt aus SWITCHBOARD_API_TOKEN: Ändern Sie diese Variable, um es zu ändern.</translation>
    </message>
    <message>
        <source>No secret store here. To regenerate: stop Switchboard, delete the keychain entry &quot;&lt;instance&gt;/api-token&quot; (or set SWITCHBOARD_API_TOKEN), and start it again.</source>
        <translation>Hier gibt es keinen Geheimnisspeicher. Zum Neuerzeugen: Switchboard beenden, den Schlüsselbund-Eintrag „&lt;instance&gt;/api-token“ löschen (oder SWITCHBOARD_API_TOKEN setzen) und neu starten.</translation>
    </message>
    <message>
        <source>Next start (needs a restart)</source>
        <translation>Nächster Start (Neustart nötig)</translation>
    </message>
    <message>
        <source>switchboard.db in the data directory, or postgresql://user@host/db</source>
        <translation>switchboard.db im Datenverzeichnis oder postgresql://user@host/db</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Save for next start</source>
        <translation>Für den nächsten Start speichern</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Starten mit:</translation>
    </message>
    <message>
        <source>HOST:PORT with an IP address, e.g. 127.0.0.1:8377</source>
        <translation>HOST:PORT mit einer IP-Adresse, z. B. 127.0.0.1:8377</translation>
    </message>
    <message>
        <source>a SQLite file path or a postgresql:// URL</source>
        <translation>ein SQLite-Dateipfad oder eine postgresql://-URL</translation>
    </message>
    <message>
        <source>Settings not saved: correct the fields marked in red.</source>
        <translation>Einstellungen nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Settings saved; they apply after a restart.</source>
        <translation>Einstellungen gespeichert; sie gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation>Das Token wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>New token kept in the keychain. It takes effect when Switchboard restarts; until then the API still accepts the old one. Give the new one to your agents.</source>
        <translation>Neues Token im Schlüsselbund gespeichert. Es gilt nach dem Neustart von Switchboard; bis dahin akzeptiert die API noch das alte. Geben Sie das neue an Ihre Agenten weiter.</translation>
    </message>
    <message>
        <source>API token regenerated; restart to apply.</source>
        <translation>API-Token neu erzeugt; zum Anwenden neu starten.</translation>
    </message>
    <message>
        <source>Saved; nothing changes before a restart. The language is read when the console starts. The data directory, database and API address are command-line flags: start Switchboard with the command below (or put it in its launcher) for them to apply.</source>
        <translation>Gespeichert; vor einem Neustart ändert sich nichts. Die Sprache wird beim Start der Konsole gelesen. Datenverzeichnis, Datenbank und API-Adresse sind Befehlszeilenschalter: Starten Sie Switchboard mit dem Befehl unten (oder tragen Sie ihn in den Starter ein), damit sie gelten.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SourcesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Forwards as</source>
        <translation>Weiterleitung als</translation>
    </message>
    <message>
        <source>(log only)</source>
        <translation>(nur protokollieren)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any address (e.g. 203.0.113.0/24, 2001:db8::/32)</source>
        <translation>jede Adresse (z. B. 203.0.113.0/24, 2001:db8::/32)</translation>
    </message>
    <message>
        <source>none (e.g. 10.0.0.0/8)</source>
        <translation>keine (z. B. 10.0.0.0/8)</translation>
    </message>
    <message>
        <source>the exact URL configured at Twilio</source>
        <translation>die genaue bei Twilio eingetragene URL</translation>
    </message>
    <message>
        <source>stripe.{$.type} (empty: log only, no forwarding)</source>
        <translation>stripe.{$.type} (leer: nur protokollieren, keine Weiterleitung)</translation>
    </message>
    <message>
        <source>every subscribed endpoint</source>
        <translation>jeder abonnierte Endpunkt</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Verfahren:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Allowed addresses:</source>
        <translation>Erlaubte Adressen:</translation>
    </message>
    <message>
        <source>Trusted proxies:</source>
        <translation>Vertrauenswürdige Proxys:</translation>
    </message>
    <message>
        <source>Token header:</source>
        <translation>Token-Header:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <source>JSON Schema:</source>
        <translation>JSON Schema:</translation>
    </message>
    <message>
        <source>Sanity rules:</source>
        <translation>Plausibilitätsregeln:</translation>
    </message>
    <message>
        <source>Forward as:</source>
        <translation>Weiterleiten als:</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Weiterleiten an:</translation>
    </message>
    <message>
        <source>Call id path:</source>
        <translation>Pfad der Anruf-ID:</translation>
    </message>
    <message>
        <source>De-duplication:</source>
        <translation>Duplikaterkennung:</translation>
    </message>
    <message>
        <source>Max body:</source>
        <translation>Max. Inhalt:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Prüft bis</translation>
    </message>
    <message>
        <source>the sender&apos;s secret</source>
        <translation>das Geheimnis des Absenders</translation>
    </message>
    <message>
        <source>Verify with the secret above (or a generated one) too; the old ones keep verifying during the grace window</source>
        <translation>Auch mit dem obigen (oder einem erzeugten) Geheimnis prüfen; die alten prüfen während der Übergangszeit weiter</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Eingangsprotokoll</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected (any reason)</source>
        <translation>Abgelehnt (jeder Grund)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Force (skip address and signature checks, on my word)</source>
        <translation>Erzwingen (Adress- und Signaturprüfung überspringen, auf meine Verantwortung)</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Erneut einreichen</translation>
    </message>
    <message>
        <source>Run the original request through the pipeline again, after a fix</source>
        <translation>Die ursprüngliche Anfrage nach einer Korrektur erneut durch die Verarbeitung schicken</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Spur:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Cannot list sources: %1</source>
        <translation>Quellen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is required to forward</source>
        <translation>ist für die Weiterleitung erforderlich</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Nicht gespeichert: Korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Source %1 saved. Senders post to /in/%1.</source>
        <translation>Quelle %1 gespeichert. Absender senden an /in/%1.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Quelle löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept.</source>
        <translation>%1 löschen? Ihre Geheimnisse werden entfernt; ihr Protokoll bleibt erhalten.</translation>
    </message>
    <message>
        <source>Source %1 deleted.</source>
        <translation>Quelle %1 gelöscht.</translation>
    </message>
    <message>
        <source>Generated and shown only now: give it to the sender.</source>
        <translation>Erzeugt und nur jetzt angezeigt: Geben Sie es dem Absender.</translation>
    </message>
    <message>
        <source>Cannot read the inbound log: %1</source>
        <translation>Das Eingangsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 (HTTP %3)</source>
        <translation>%1 %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Was schiefging: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Resubmission of %1</source>
        <translation>Erneute Einreichung von %1</translation>
    </message>
    <message>
        <source>Not resubmitted: %1</source>
        <translation>Nicht erneut eingereicht: %1</translation>
    </message>
    <message>
        <source>%1 resubmitted: %2.</source>
        <translation>%1 erneut eingereicht: %2.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Fills in what a well-known sender needs; Custom keeps the fields as they are</source>
        <translation>Füllt aus, was ein bekannter Absender braucht; Benutzerdefiniert lässt die Felder, wie sie sind</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
</context>
<context>
    <name>Switchboard::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Switchboard::StoreReader</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Delivery %1 no longer exists.</source>
        <translation>Zustellung %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Delivery %1 queued for replay.</source>
        <translation>Zustellung %1 zum erneuten Senden eingereiht.</translation>
    </message>
    <message>
        <source>Delivery %1 discarded.</source>
        <translation>Zustellung %1 verworfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries discarded.</source>
        <translation>
            <numerusform>%n Zustellung verworfen.</numerusform>
            <numerusform>%n Zustellungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 has no attempt to copy yet.</source>
        <translation>Zustellung %1 hat noch keinen Versuch zum Kopieren.</translation>
    </message>
    <message>
        <source>This console has no access to the secrets.</source>
        <translation>Diese Konsole hat keinen Zugriff auf die Geheimnisse.</translation>
    </message>
    <message>
        <source>The store did not answer while exporting.</source>
        <translation>Der Speicher hat während des Exports nicht geantwortet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alarm bestätigt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkerModel</name>
    <message numerus="yes">
        <source>No heartbeat for more than %n second(s): the worker stopped or lost the database.</source>
        <translation>
            <numerusform>Seit mehr als %n Sekunde kein Heartbeat: der Worker wurde beendet oder hat die Datenbank verloren.</numerusform>
            <numerusform>Seit mehr als %n Sekunden kein Heartbeat: der Worker wurde beendet oder hat die Datenbank verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last heartbeat %1</source>
        <translation>Letzter Heartbeat %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>stale: never</source>
        <translation>veraltet: nie</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Last claim</source>
        <translation>Letzte Übernahme</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: webhook delivery engine and operations console.</source>
        <translation>Switchboard: Webhook-Zustellungs-Engine und Betriebskonsole.</translation>
    </message>
    <message>
        <source>The console&apos;s language: %1, en, or system (default: the %2 setting if set, else the system&apos;s).</source>
        <translation>Sprache der Konsole: %1, en oder system (Standard: die Einstellung %2, falls gesetzt, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard cannot start</source>
        <translation>Switchboard kann nicht starten</translation>
    </message>
</context>
</TS>
