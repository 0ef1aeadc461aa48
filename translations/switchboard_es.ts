<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Switchboard::AlertModel</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(todas)</translation>
    </message>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (umbral %2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta el</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>Alerta de Switchboard: %1</translation>
    </message>
    <message>
        <source>Switchboard alert: %1 on %2</source>
        <translation>Alerta de Switchboard: %1 en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;a href=&quot;%3&quot;&gt;Open&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 &lt;a href=&quot;%3&quot;&gt;Abrir&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>Switchboard::AlertsPage</name>
    <message>
        <source>Show resolved (history)</source>
        <translation>Mostrar resueltas (historial)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>Reconocer la alerta seleccionada (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Open endpoint</source>
        <translation>Abrir &amp;endpoint</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
</context>
<context>
    <name>Switchboard::BulkReplayDialog</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Replay dead letters</source>
        <translation>Reenviar mensajes fallidos</translation>
    </message>
    <message>
        <source>Counting the deliveries that match %1…</source>
        <translation>Contando las entregas que coinciden con %1…</translation>
    </message>
    <message>
        <source>Replay progress</source>
        <translation>Progreso del reenvío</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n delivery(s) matching %1? Each is sent again with the current secret, keeping its id and idempotency key.</source>
        <translation>
            <numerusform>¿Reenviar %n entrega que coincide con %1? Se envía de nuevo con el secreto actual y conserva su id y su clave de idempotencia.</numerusform>
            <numerusform>¿Reenviar %n entregas que coinciden con %1? Cada una se envía de nuevo con el secreto actual y conserva su id y su clave de idempotencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches %1.</source>
        <translation>Nada coincide con %1.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Replaying %n delivery(s)…</source>
        <translation>
            <numerusform>Reenviando %n entrega…</numerusform>
            <numerusform>Reenviando %n entregas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current chunk…</source>
        <translation>Cancelando tras el bloque actual…</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>%1 replayed, %2 failed.</source>
        <translation>%1 reenviadas, %2 fallidas.</translation>
    </message>
    <message>
        <source>A delivery fails to replay when it is already pending again or was removed.</source>
        <translation>Una entrega no se puede reenviar si ya está pendiente de nuevo o se eliminó.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DashboardPage</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>All endpoints or sources</source>
        <translation>Todos los endpoints u orígenes</translation>
    </message>
    <message>
        <source>Endpoint or source</source>
        <translation>Endpoint u origen</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Tipo de evento (call.* para un prefijo)</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Went dead</source>
        <translation>Pasaron a fallidas</translation>
    </message>
    <message>
        <source>Queue depth</source>
        <translation>Profundidad de la cola</translation>
    </message>
    <message>
        <source>success %</source>
        <translation>éxito %</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
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
        <translation>Intentos y reintentos</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>reintentos</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallidos</translation>
    </message>
    <message>
        <source>Queue and dead letters</source>
        <translation>Cola y mensajes fallidos</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>cola</translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>mensajes fallidos</translation>
    </message>
    <message>
        <source>Endpoint health</source>
        <translation>Salud de los endpoints</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an endpoint&apos;s deliveries</source>
        <translation>Haga doble clic o pulse Intro para abrir las entregas de un endpoint</translation>
    </message>
    <message>
        <source>The statistics cannot be read: %1</source>
        <translation>No se pueden leer las estadísticas: %1</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>%1 dead letters now</source>
        <translation>%1 mensajes fallidos ahora</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open alert(s)&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;View alerts&lt;/a&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n alerta abierta&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;Ver alertas&lt;/a&gt;</numerusform>
            <numerusform>&lt;b&gt;%n alertas abiertas&lt;/b&gt;: %1 &lt;a href=&quot;alerts&quot;&gt;Ver alertas&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveriesPage</name>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send the selected deliveries again with the current secret (Ctrl+R)</source>
        <translation>Enviar de nuevo las entregas seleccionadas con el secreto actual (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Stop trying the selected deliveries (Delete)</source>
        <translation>Dejar de intentar las entregas seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copiar como c&amp;URL</translation>
    </message>
    <message>
        <source>Copy the last attempt as a curl command, signatures and credentials masked (Ctrl+Shift+C)</source>
        <translation>Copiar el último intento como comando curl, con firmas y credenciales enmascaradas (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Copy as cURL with live signature and credentials…</source>
        <translation>Copiar como cURL con firma y credenciales reales…</translation>
    </message>
    <message>
        <source>Selected rows as HAR…</source>
        <translation>Filas seleccionadas como HAR…</translation>
    </message>
    <message>
        <source>Selected rows as CSV…</source>
        <translation>Filas seleccionadas como CSV…</translation>
    </message>
    <message>
        <source>All matching the filter as HAR…</source>
        <translation>Todas las que coinciden con el filtro como HAR…</translation>
    </message>
    <message>
        <source>All matching the filter as CSV…</source>
        <translation>Todas las que coinciden con el filtro como CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export and more</source>
        <translation>Exportar y más</translation>
    </message>
    <message>
        <source>Replay &amp;all matching…</source>
        <translation>Reenviar &amp;todas las coincidentes…</translation>
    </message>
    <message>
        <source>Replay every dead letter that matches the filter (Ctrl+Shift+R)</source>
        <translation>Reenviar todos los mensajes fallidos que coinciden con el filtro (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>%1 de %2 cargadas</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 cargadas</translation>
    </message>
    <message>
        <source>Discard delivery %1? It will not be attempted again unless it is replayed.</source>
        <translation>¿Descartar la entrega %1? No se volverá a intentar salvo que se reenvíe.</translation>
    </message>
    <message numerus="yes">
        <source>Discard %n deliveries? They will not be attempted again unless replayed.</source>
        <translation>
            <numerusform>¿Descartar %n entrega? No se volverá a intentar salvo que se reenvíe.</numerusform>
            <numerusform>¿Descartar %n entregas? No se volverán a intentar salvo que se reenvíen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>Mostrar secretos</translation>
    </message>
    <message>
        <source>The command will contain a live signature and the endpoint&apos;s credentials. Anyone who sees it can send requests the receiver trusts. Copy it anyway?</source>
        <translation>El comando contendrá una firma real y las credenciales del endpoint. Quien lo vea podrá enviar solicitudes en las que el receptor confía. ¿Copiarlo de todos modos?</translation>
    </message>
    <message>
        <source>cURL command with secrets copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Comando cURL con secretos copiado; el portapapeles se vaciará en 30 segundos.</translation>
    </message>
    <message>
        <source>cURL command copied (signatures and credentials masked).</source>
        <translation>Comando cURL copiado (firmas y credenciales enmascaradas).</translation>
    </message>
    <message>
        <source>Select the rows to export first.</source>
        <translation>Seleccione primero las filas que desea exportar.</translation>
    </message>
    <message>
        <source>Export as HAR</source>
        <translation>Exportar como HAR</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>HTTP archive (*.har)</source>
        <translation>Archivo HTTP (*.har)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(s) exported to %1.</source>
        <translation>
            <numerusform>%n entrega exportada a %1.</numerusform>
            <numerusform>%n entregas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>endpoint %1</translation>
    </message>
    <message>
        <source>event type %1</source>
        <translation>tipo de evento %1</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>llamada %1</translation>
    </message>
    <message>
        <source>status code %1</source>
        <translation>código de estado %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>payload containing “%1”</source>
        <translation>carga útil que contiene «%1»</translation>
    </message>
    <message>
        <source>the dead-letter queue (no filter)</source>
        <translation>la cola de mensajes fallidos (sin filtro)</translation>
    </message>
    <message>
        <source>Bulk replay %1: %2 replayed, %3 failed.</source>
        <translation>Reenvío masivo %1: %2 reenviadas, %3 fallidas.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryDetailPane</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>Select a delivery to see every attempt&apos;s request and response.</source>
        <translation>Seleccione una entrega para ver la solicitud y la respuesta de cada intento.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Attempt timeline</source>
        <translation>Cronología de intentos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Call timeline</source>
        <translation>Cronología de la llamada</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;: %3, %n attempt(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt;: %3, %n intento</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; a &lt;b&gt;%2&lt;/b&gt;: %3, %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1, event %2</source>
        <translation>Mensaje %1, evento %2</translation>
    </message>
    <message>
        <source>, call %1</source>
        <translation>, llamada %1</translation>
    </message>
    <message>
        <source>Next attempt at %1 (%2)</source>
        <translation>Próximo intento a las %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>en %n segundo</numerusform>
            <numerusform>en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>due now</source>
        <translation>pendiente ahora</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>Replayed %n time(s)</source>
        <translation>
            <numerusform>Reenviada %n vez</numerusform>
            <numerusform>Reenviada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (reenvío)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Todavía no hay intentos.</translation>
    </message>
    <message>
        <source>No call id</source>
        <translation>Sin id de llamada</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Error: %1 %2</translation>
    </message>
    <message>
        <source>Rate limits:</source>
        <translation>Límites de frecuencia:</translation>
    </message>
    <message>
        <source>
[…truncated]</source>
        <translation>
[…truncado]</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Event type (call.* for a prefix)</source>
        <translation>Tipo de evento (call.* para un prefijo)</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id de llamada</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>Text in the payload (Ctrl+F)</source>
        <translation>Texto en la carga útil (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any error</source>
        <translation>Cualquier error</translation>
    </message>
    <message>
        <source>Error class filter</source>
        <translation>Filtro de tipo de error</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Últimos 15 minutos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Entre…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>Switchboard::DeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Id de entrega</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointHealthModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fallando</translation>
    </message>
    <message>
        <source>Every attempt in the last five minutes failed.</source>
        <translation>Todos los intentos de los últimos cinco minutos fallaron.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
</context>
<context>
    <name>Switchboard::KpiTile</name>
    <message>
        <source>no earlier data</source>
        <translation>sin datos anteriores</translation>
    </message>
    <message>
        <source>= previous window</source>
        <translation>= intervalo anterior</translation>
    </message>
    <message>
        <source>%1%2 % vs previous window</source>
        <translation>%1%2 % frente al intervalo anterior</translation>
    </message>
    <message>
        <source>%1%2%3 vs previous window</source>
        <translation>%1%2%3 frente al intervalo anterior</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Connect an agent</source>
        <translation>Conectar un agente</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Engine state</source>
        <translation>Estado del motor</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>API off</source>
        <translation>API desactivada</translation>
    </message>
    <message>
        <source>API on http://%1</source>
        <translation>API en http://%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find in payloads</source>
        <translation>&amp;Buscar en las cargas útiles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Dashboard, Deliveries, Dead letters, Alerts, Connect&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the payloads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Replay the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;Replay every dead letter matching the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Discard the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy as cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Panel, Entregas, Mensajes fallidos, Alertas, Conectar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Buscar en las cargas útiles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Reenviar las entregas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Mayús+R&lt;/td&gt;&lt;td&gt;Reenviar todos los mensajes fallidos que coinciden con el filtro&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Supr&lt;/td&gt;&lt;td&gt;Descartar las entregas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Mayús+C&lt;/td&gt;&lt;td&gt;Copiar como cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualizar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Acerca de Switchboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About Switchboard</source>
        <translation>Acerca de Switchboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Webhook delivery engine and operations console for voice agents.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;br&gt;Data: %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Switchboard %1&lt;/h3&gt;&lt;p&gt;Motor de entrega de webhooks y consola de operaciones para agentes de voz.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;br&gt;%4&lt;br&gt;Datos: %5&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Token copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Token copiado; el portapapeles se vaciará en 30 segundos.</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token de la API:</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Datos:</translation>
    </message>
    <message>
        <source>Example commands</source>
        <translation>Comandos de ejemplo</translation>
    </message>
    <message>
        <source># Create an endpoint (the response shows its signing secret once):</source>
        <translation># Crear un endpoint (la respuesta muestra su secreto de firma una sola vez):</translation>
    </message>
    <message>
        <source># Hand it an event:</source>
        <translation># Entregarle un evento:</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>Pruébelo desde un terminal:</translation>
    </message>
    <message>
        <source>Store problem: %1</source>
        <translation>Problema con el almacén: %1</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Motor en marcha</translation>
    </message>
    <message>
        <source>Engine stopped</source>
        <translation>Motor detenido</translation>
    </message>
    <message>
        <source>Queue: %1 pending, %2 in flight</source>
        <translation>Cola: %1 pendientes, %2 en curso</translation>
    </message>
    <message>
        <source>Dead letters: %1</source>
        <translation>Mensajes fallidos: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::StoreReader</name>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>No se puede abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>Delivery %1 no longer exists.</source>
        <translation>La entrega %1 ya no existe.</translation>
    </message>
    <message>
        <source>Delivery %1 queued for replay.</source>
        <translation>Entrega %1 en cola para reenvío.</translation>
    </message>
    <message>
        <source>Delivery %1 discarded.</source>
        <translation>Entrega %1 descartada.</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries discarded.</source>
        <translation>
            <numerusform>%n entrega descartada.</numerusform>
            <numerusform>%n entregas descartadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 has no attempt to copy yet.</source>
        <translation>La entrega %1 todavía no tiene ningún intento que copiar.</translation>
    </message>
    <message>
        <source>This console has no access to the secrets.</source>
        <translation>Esta consola no tiene acceso a los secretos.</translation>
    </message>
    <message>
        <source>The store did not answer while exporting.</source>
        <translation>El almacén no respondió durante la exportación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Alert acknowledged.</source>
        <translation>Alerta reconocida.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard: webhook delivery engine and operations console.</source>
        <translation>Switchboard: motor de entrega de webhooks y consola de operaciones.</translation>
    </message>
    <message>
        <source>The console&apos;s language: %1, en, or system (default: the %2 setting if set, else the system&apos;s).</source>
        <translation>Idioma de la consola: %1, en o system (por defecto: el ajuste %2 si existe, si no el del sistema).</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Switchboard cannot start</source>
        <translation>Switchboard no puede iniciarse</translation>
    </message>
</context>
</TS>
