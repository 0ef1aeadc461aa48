<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Every attempt in the last five minutes failed.</source>
        <translation>Jeder Versuch der letzten fünf Minuten ist fehlgeschlagen.</translation>
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
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Dashboard, Deliveries, Dead letters, Alerts, Connect&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the payloads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Replay the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;Replay every dead letter matching the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Discard the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy as cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Strg+1 … Strg+5&lt;/td&gt;&lt;td&gt;Übersicht, Zustellungen, Unzustellbare, Alarme, Verbinden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+F&lt;/td&gt;&lt;td&gt;In den Nutzdaten suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+R&lt;/td&gt;&lt;td&gt;Die ausgewählten Zustellungen erneut senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+R&lt;/td&gt;&lt;td&gt;Alle zum Filter passenden Unzustellbaren erneut senden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Entf&lt;/td&gt;&lt;td&gt;Die ausgewählten Zustellungen verwerfen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Strg+Umschalt+C&lt;/td&gt;&lt;td&gt;Als cURL kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Aktualisieren&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
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
