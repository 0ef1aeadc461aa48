<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Switchboard::AdminPages</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Inbound sources</source>
        <translation>Orígenes entrantes</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Voice platforms</source>
        <translation>Plataformas de voz</translation>
    </message>
</context>
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
    <name>Switchboard::ApiClient</name>
    <message>
        <source>No answer from the API.</source>
        <translation>La API no responde.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The API is off: start Switchboard with --listen to administer it here.</source>
        <translation>La API está desactivada: inicie Switchboard con --listen para administrarlo aquí.</translation>
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
    <name>Switchboard::ConfigPage</name>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <source>Export writes endpoints, functions, sources and alert rules as the JSON file that &lt;code&gt;--config&lt;/code&gt; reads. Secrets are never exported: set them again after an import. Import shows what would change, then applies it through the API.</source>
        <translation>La exportación escribe endpoints, funciones, orígenes y reglas de alerta como el archivo JSON que lee &lt;code&gt;--config&lt;/code&gt;. Los secretos nunca se exportan: vuelva a establecerlos tras una importación. La importación muestra qué cambiaría y luego lo aplica a través de la API.</translation>
    </message>
    <message>
        <source>Export configuration</source>
        <translation>Exportar la configuración</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Configuration exported to %1 (without secrets).</source>
        <translation>Configuración exportada a %1 (sin secretos).</translation>
    </message>
    <message>
        <source>Import configuration</source>
        <translation>Importar la configuración</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2 at byte %3</source>
        <translation>%1 no es un objeto JSON: %2 en el byte %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not imported here.</source>
        <translation>«%1» no se importa aquí.</translation>
    </message>
    <message>
        <source>Cannot read the current configuration: %1</source>
        <translation>No se puede leer la configuración actual: %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply. Nothing is removed; secrets are not part of the file.</source>
        <translation>
            <numerusform>%n cambio por aplicar. No se elimina nada; los secretos no forman parte del archivo.</numerusform>
            <numerusform>%n cambios por aplicar. No se elimina nada; los secretos no forman parte del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Applied %1, %2 refused (see the list).</source>
        <translation>%1 aplicados, %2 rechazados (vea la lista).</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n change(s).</source>
        <translation>
            <numerusform>%n cambio aplicado.</numerusform>
            <numerusform>%n cambios aplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>a signing secret was generated; rotate it on the Endpoints page to see a new one, or set the receiver&apos;s</source>
        <translation>se generó un secreto de firma; rótelo en la página Endpoints para ver uno nuevo, o establezca el del receptor</translation>
    </message>
    <message>
        <source>Replace: also remove what the file does not name</source>
        <translation>Reemplazar: eliminar también lo que el archivo no nombra</translation>
    </message>
    <message>
        <source>Endpoints, functions, sources and alert rules missing from the file are deleted, for each kind the file has. The preview lists them before anything is applied.</source>
        <translation>Los endpoints, funciones, fuentes y reglas de alerta que faltan en el archivo se eliminan, para cada tipo que contiene el archivo. La vista previa los muestra antes de aplicar nada.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>not in the file: deleted</source>
        <translation>no está en el archivo: eliminado</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to apply, %1 of them removals (in red). Secrets are not part of the file.</source>
        <translation>
            <numerusform>%n cambio por aplicar, %1 de ellos eliminaciones (en rojo). Los secretos no forman parte del archivo.</numerusform>
            <numerusform>%n cambios por aplicar, %1 de ellos eliminaciones (en rojo). Los secretos no forman parte del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
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
    <name>Switchboard::EndpointEditor</name>
    <message>
        <source>Enabled: receives new messages</source>
        <translation>Activado: recibe mensajes nuevos</translation>
    </message>
    <message>
        <source>crm</source>
        <translation>crm</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>call.*, function.book (separados por comas; * para todos)</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>none (e.g. v2 during a migration)</source>
        <translation>ninguna (p. ej. v2 durante una migración)</translation>
    </message>
    <message>
        <source>One per line: X-Tenant: acme</source>
        <translation>Una por línea: X-Tenant: acme</translation>
    </message>
    <message>
        <source>Static headers</source>
        <translation>Cabeceras fijas</translation>
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
        <translation>Ninguna</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>1, 3, 10, 30, 120 (seconds between attempts)</source>
        <translation>1, 3, 10, 30, 120 (segundos entre intentos)</translation>
    </message>
    <message>
        <source>Retry schedule</source>
        <translation>Calendario de reintentos</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Fast (own dispatcher, for answers a caller waits for)</source>
        <translation>Rápido (distribuidor propio, para respuestas que espera quien llama)</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>Cabecera de clave de API</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>OAuth 2 client credentials</source>
        <translation>Credenciales de cliente OAuth 2</translation>
    </message>
    <message>
        <source>Client certificate (mTLS)</source>
        <translation>Certificado de cliente (mTLS)</translation>
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
        <translation>Plantilla JSON opcional sobre {&quot;event&quot;, &quot;event_type&quot;, &quot;call_id&quot;, &quot;message_id&quot;}, p. ej.
{&quot;type&quot;: &quot;{{event_type}}&quot;, &quot;data&quot;: &quot;{{event}}&quot;}</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>Plantilla de carga útil</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Event types:</source>
        <translation>Tipos de evento:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Static headers:</source>
        <translation>Cabeceras fijas:</translation>
    </message>
    <message>
        <source>Signing:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Timeout:</source>
        <translation>Tiempo límite:</translation>
    </message>
    <message>
        <source>Retry schedule:</source>
        <translation>Calendario de reintentos:</translation>
    </message>
    <message>
        <source>Jitter:</source>
        <translation>Variación:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Max in flight:</source>
        <translation>Máx. en curso:</translation>
    </message>
    <message>
        <source>Latency profile:</source>
        <translation>Perfil de latencia:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabecera:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Token URL:</source>
        <translation>URL del token:</translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation>Id de cliente:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audiencia:</translation>
    </message>
    <message>
        <source>Payload template:</source>
        <translation>Plantilla de carga útil:</translation>
    </message>
    <message>
        <source>1 to 64 of a-z, 0-9, _ and -, starting with a letter or digit</source>
        <translation>de 1 a 64 caracteres a-z, 0-9, _ y -, empezando por letra o dígito</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL</source>
        <translation>debe ser una URL http o https absoluta</translation>
    </message>
    <message>
        <source>must not carry credentials: use a static header or authentication</source>
        <translation>no debe llevar credenciales: use una cabecera fija o la autenticación</translation>
    </message>
    <message>
        <source>at least one event type or *</source>
        <translation>al menos un tipo de evento o *</translation>
    </message>
    <message>
        <source>each line is &quot;Name: value&quot;</source>
        <translation>cada línea es «Nombre: valor»</translation>
    </message>
    <message>
        <source>whole seconds, separated by commas</source>
        <translation>segundos enteros, separados por comas</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>Stop sending to it while it keeps failing</source>
        <translation>Dejar de enviar mientras siga fallando</translation>
    </message>
    <message>
        <source>Circuit breaker</source>
        <translation>Disyuntor</translation>
    </message>
    <message>
        <source>After repeated failures (timeouts, connection errors, 5xx, 429) the circuit opens: deliveries wait without using up their retries, then one probe tests the endpoint.</source>
        <translation>Tras fallos repetidos (tiempos de espera, errores de conexión, 5xx, 429) el disyuntor se abre: las entregas esperan sin gastar sus reintentos y luego una sonda prueba el endpoint.</translation>
    </message>
    <message>
        <source> failures in a row</source>
        <translation> fallos seguidos</translation>
    </message>
    <message>
        <source>Failure threshold</source>
        <translation>Umbral de fallos</translation>
    </message>
    <message>
        <source> % of attempts</source>
        <translation> % de los intentos</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <source>Also opens when this share of the attempts in the last minute failed</source>
        <translation>También se abre cuando falló esta proporción de los intentos del último minuto</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Enfriamiento</translation>
    </message>
    <message>
        <source>Longest cooldown</source>
        <translation>Enfriamiento máximo</translation>
    </message>
    <message>
        <source>The cooldown doubles each time the probe fails, up to this</source>
        <translation>El enfriamiento se duplica cada vez que falla la sonda, hasta este valor</translation>
    </message>
    <message>
        <source>Circuit breaker:</source>
        <translation>Disyuntor:</translation>
    </message>
    <message>
        <source>Opens after:</source>
        <translation>Se abre tras:</translation>
    </message>
    <message>
        <source>Or a failure rate of:</source>
        <translation>O una tasa de fallos de:</translation>
    </message>
    <message>
        <source>Cooldown:</source>
        <translation>Enfriamiento:</translation>
    </message>
    <message>
        <source>Longest cooldown:</source>
        <translation>Enfriamiento máximo:</translation>
    </message>
    <message>
        <source>must be at least the cooldown</source>
        <translation>debe ser al menos el enfriamiento</translation>
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
    <message>
        <source>Circuit open</source>
        <translation>Disyuntor abierto</translation>
    </message>
    <message>
        <source>Circuit half-open</source>
        <translation>Disyuntor semiabierto</translation>
    </message>
    <message>
        <source>Circuit open, retry %1</source>
        <translation>Disyuntor abierto, reintento %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row opened the circuit: nothing is sent until the probe at %1; the deliveries wait without using up their retries.</source>
        <translation>
            <numerusform>%n fallo seguido abrió el disyuntor: no se envía nada hasta la sonda de las %1; las entregas esperan sin gastar sus reintentos.</numerusform>
            <numerusform>%n fallos seguidos abrieron el disyuntor: no se envía nada hasta la sonda de las %1; las entregas esperan sin gastar sus reintentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>One probe delivery is testing the endpoint; success closes the circuit.</source>
        <translation>Una entrega de sonda está probando el endpoint; si tiene éxito, el disyuntor se cierra.</translation>
    </message>
</context>
<context>
    <name>Switchboard::EndpointsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>Health (1 h)</source>
        <translation>Salud (1 h)</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>sin tráfico</translation>
    </message>
    <message>
        <source>%1 % ok</source>
        <translation>%1 % ok</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n dead</source>
        <translation>
            <numerusform>%1, %n fallida</numerusform>
            <numerusform>%1, %n fallidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>Nuevo endpoint</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Signs until</source>
        <translation>Firma hasta</translation>
    </message>
    <message>
        <source>whsec_… (16 to 512 characters)</source>
        <translation>whsec_… (de 16 a 512 caracteres)</translation>
    </message>
    <message>
        <source>Generate a new secret; the current ones keep signing during the grace window</source>
        <translation>Generar un secreto nuevo; los actuales siguen firmando durante el periodo de gracia</translation>
    </message>
    <message>
        <source>Secrets that sign now (one signature each during a rotation):</source>
        <translation>Secretos que firman ahora (una firma cada uno durante una rotación):</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Response received</source>
        <translation>Respuesta recibida</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <source>Event type:</source>
        <translation>Tipo de evento:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Carga útil:</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envío de prueba</translation>
    </message>
    <message>
        <source>Endpoints serving the same event types, side by side, each with its version and payload template:</source>
        <translation>Endpoints que sirven los mismos tipos de evento, uno junto a otro, cada uno con su versión y plantilla de carga útil:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Cannot list endpoints: %1</source>
        <translation>No se pueden listar los endpoints: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>no secret: deliveries wait until one is set</source>
        <translation>sin secreto: las entregas esperan hasta que se establezca uno</translation>
    </message>
    <message>
        <source>Version: none</source>
        <translation>Versión: ninguna</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Versión: %1</translation>
    </message>
    <message>
        <source>(no template: the event as sent)</source>
        <translation>(sin plantilla: el evento tal como se envió)</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Generated for %1 and shown only now: give it to the receiver.</source>
        <translation>Generado para %1 y mostrado solo ahora: entrégueselo al receptor.</translation>
    </message>
    <message>
        <source>Endpoint %1 created.</source>
        <translation>Endpoint %1 creado.</translation>
    </message>
    <message>
        <source>Endpoint %1 saved.</source>
        <translation>Endpoint %1 guardado.</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Eliminar endpoint</translation>
    </message>
    <message>
        <source>Delete %1? Its queued and dead deliveries are discarded.</source>
        <translation>¿Eliminar %1? Sus entregas en cola y fallidas se descartan.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>No eliminado: %1</translation>
    </message>
    <message>
        <source>Endpoint %1 deleted.</source>
        <translation>Endpoint %1 eliminado.</translation>
    </message>
    <message>
        <source>%1 paused: its deliveries wait.</source>
        <translation>%1 en pausa: sus entregas esperan.</translation>
    </message>
    <message>
        <source>%1 resumed.</source>
        <translation>%1 reanudado.</translation>
    </message>
    <message>
        <source>Save the endpoint first.</source>
        <translation>Guarde primero el endpoint.</translation>
    </message>
    <message>
        <source>The payload is not JSON: %1</source>
        <translation>La carga útil no es JSON: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>No delivery was created.</source>
        <translation>No se creó ninguna entrega.</translation>
    </message>
    <message>
        <source>Test send failed: %1</source>
        <translation>Falló el envío de prueba: %1</translation>
    </message>
    <message>
        <source>No attempt yet (status %1). The endpoint may be paused, disabled or waiting for a secret.</source>
        <translation>Todavía no hay intentos (estado %1). El endpoint puede estar en pausa, desactivado o esperando un secreto.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 en %2 ms</translation>
    </message>
    <message>
        <source>No response: %1 %2</source>
        <translation>Sin respuesta: %1 %2</translation>
    </message>
    <message>
        <source>Test event delivered as %1 (%2).</source>
        <translation>Evento de prueba entregado como %1 (%2).</translation>
    </message>
    <message>
        <source>token, API key, password or client secret</source>
        <translation>token, clave de API, contraseña o secreto de cliente</translation>
    </message>
    <message>
        <source>Outbound credential</source>
        <translation>Credencial saliente</translation>
    </message>
    <message>
        <source>Set credential</source>
        <translation>Establecer credencial</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>No outbound authentication configured (Settings tab).</source>
        <translation>No hay autenticación saliente configurada (pestaña Ajustes).</translation>
    </message>
    <message>
        <source>%1 credential: %2</source>
        <translation>Credencial %1: %2</translation>
    </message>
    <message>
        <source>not set, deliveries wait until it is</source>
        <translation>no establecida, las entregas esperan hasta que lo esté</translation>
    </message>
    <message>
        <source>Credential not set: %1</source>
        <translation>Credencial no establecida: %1</translation>
    </message>
    <message>
        <source>The credential of %1 was set.</source>
        <translation>Se estableció la credencial de %1.</translation>
    </message>
    <message>
        <source>circuit half-open</source>
        <translation>disyuntor semiabierto</translation>
    </message>
    <message>
        <source>circuit open, retry %1</source>
        <translation>disyuntor abierto, reintento %1</translation>
    </message>
    <message>
        <source>circuit open</source>
        <translation>disyuntor abierto</translation>
    </message>
    <message>
        <source>Reset circuit</source>
        <translation>Restablecer disyuntor</translation>
    </message>
    <message>
        <source>Close the circuit now and send the waiting deliveries, without waiting for the probe</source>
        <translation>Cerrar el disyuntor ahora y enviar las entregas en espera, sin esperar a la sonda</translation>
    </message>
    <message numerus="yes">
        <source>Circuit open since %1 after %n failures in a row (%2): deliveries wait; the next probe goes out at %3.</source>
        <translation>
            <numerusform>Disyuntor abierto desde %1 tras %n fallo seguido (%2): las entregas esperan; la próxima sonda sale a las %3.</numerusform>
            <numerusform>Disyuntor abierto desde %1 tras %n fallos seguidos (%2): las entregas esperan; la próxima sonda sale a las %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit half-open: one probe delivery tests the endpoint; success closes the circuit.</source>
        <translation>Disyuntor semiabierto: una entrega de sonda prueba el endpoint; si tiene éxito, se cierra.</translation>
    </message>
    <message numerus="yes">
        <source>Circuit closed (%n failures in a row so far).</source>
        <translation>
            <numerusform>Disyuntor cerrado (%n fallo seguido hasta ahora).</numerusform>
            <numerusform>Disyuntor cerrado (%n fallos seguidos hasta ahora).</numerusform>
        </translation>
    </message>
    <message>
        <source>Circuit closed.</source>
        <translation>Disyuntor cerrado.</translation>
    </message>
    <message>
        <source>%1: circuit closed; its waiting deliveries go out now.</source>
        <translation>%1: disyuntor cerrado; sus entregas en espera salen ahora.</translation>
    </message>
    <message>
        <source>Give it to the receiver of %1.</source>
        <translation>Entrégueselo al receptor de %1.</translation>
    </message>
    <message>
        <source>Set client certificate…</source>
        <translation>Establecer certificado de cliente…</translation>
    </message>
    <message>
        <source>Choose the client certificate and its unencrypted private key (PEM files); the key is sent to the secret store and never shown</source>
        <translation>Elija el certificado de cliente y su clave privada sin cifrar (archivos PEM); la clave va al almacén de secretos y nunca se muestra</translation>
    </message>
    <message>
        <source>Client certificate (mTLS): %1</source>
        <translation>Certificado de cliente (mTLS): %1</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Client certificate of %1</source>
        <translation>Certificado de cliente de %1</translation>
    </message>
    <message>
        <source>Private key of that certificate</source>
        <translation>Clave privada de ese certificado</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a PEM file (over 64 KiB).</source>
        <translation>%1 es demasiado grande para un archivo PEM (más de 64 KiB).</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate.</source>
        <translation>%1 no es un certificado PEM.</translation>
    </message>
    <message>
        <source>Client certificate not set: %1</source>
        <translation>Certificado de cliente no establecido: %1</translation>
    </message>
    <message>
        <source>The client certificate of %1 was set (%2, valid until %3).</source>
        <translation>Se estableció el certificado de cliente de %1 (%2, válido hasta %3).</translation>
    </message>
    <message>
        <source>no common name</source>
        <translation>sin nombre común</translation>
    </message>
</context>
<context>
    <name>Switchboard::FleetPage</name>
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Fleet summary</source>
        <translation>Resumen de la flota</translation>
    </message>
    <message>
        <source>Every engine that works on this database: a console or a switchboardd on any machine. Each writes a heartbeat every 2 seconds; one silent for more than %1 seconds is marked stale.</source>
        <translation>Cada motor que trabaja con esta base de datos: una consola o un switchboardd en cualquier máquina. Cada uno escribe un latido cada 2 segundos; uno que calla durante más de %1 segundos se marca como caducado.</translation>
    </message>
    <message>
        <source>Cannot read the fleet: %1</source>
        <translation>No se puede leer la flota: %1</translation>
    </message>
    <message>
        <source>Workers: %1, stale: %2, deliveries in flight: %3. Updated %4.</source>
        <translation>Workers: %1, caducados: %2, entregas en curso: %3. Actualizado %4.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FunctionsPage</name>
    <message>
        <source>Invoke</source>
        <translation>Invocar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>What the model reads to decide when to call it</source>
        <translation>Lo que lee el modelo para decidir cuándo llamarla</translation>
    </message>
    <message>
        <source>Parameters (JSON Schema)</source>
        <translation>Parámetros (JSON Schema)</translation>
    </message>
    <message>
        <source>Request template</source>
        <translation>Plantilla de solicitud</translation>
    </message>
    <message>
        <source>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</source>
        <translation>{&quot;method&quot;: &quot;POST&quot;, &quot;path&quot;: &quot;/appointments&quot;, &quot;body&quot;: {&quot;slot&quot;: &quot;{{start}}&quot;}}</translation>
    </message>
    <message>
        <source>sync: wait for the answer</source>
        <translation>sync: esperar la respuesta</translation>
    </message>
    <message>
        <source>async: answer at once, deliver later</source>
        <translation>async: responder al instante, entregar después</translation>
    </message>
    <message>
        <source>optimistic: answer ok at once</source>
        <translation>optimistic: responder ok al instante</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Sample arguments</source>
        <translation>Argumentos de ejemplo</translation>
    </message>
    <message>
        <source>HTTP request sent</source>
        <translation>Solicitud HTTP enviada</translation>
    </message>
    <message>
        <source>What the model receives</source>
        <translation>Lo que recibe el modelo</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Call id:</source>
        <translation>Id de llamada:</translation>
    </message>
    <message>
        <source>The invocation is real: it is delivered to the endpoint like any call.</source>
        <translation>La invocación es real: se entrega al endpoint como cualquier llamada.</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>New function</source>
        <translation>Nueva función</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Copy tool definitions</source>
        <translation>Copiar definiciones de herramientas</translation>
    </message>
    <message>
        <source>Export tool definitions…</source>
        <translation>Exportar definiciones de herramientas…</translation>
    </message>
    <message>
        <source>Cannot list functions: %1</source>
        <translation>No se pueden listar las funciones: %1</translation>
    </message>
    <message>
        <source>1 to 64 of letters, digits, _ and -</source>
        <translation>de 1 a 64 letras, dígitos, _ y -</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a JSON Schema object with &quot;type&quot;: &quot;object&quot;</source>
        <translation>debe ser un objeto JSON Schema con &quot;type&quot;: &quot;object&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>{{%1}} is not a declared parameter</source>
        <translation>{{%1}} no es un parámetro declarado</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Function %1 created.</source>
        <translation>Función %1 creada.</translation>
    </message>
    <message>
        <source>Function %1 saved.</source>
        <translation>Función %1 guardada.</translation>
    </message>
    <message>
        <source>Delete function</source>
        <translation>Eliminar función</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <source>Function %1 deleted.</source>
        <translation>Función %1 eliminada.</translation>
    </message>
    <message>
        <source>Save the function first.</source>
        <translation>Guarde primero la función.</translation>
    </message>
    <message>
        <source>The arguments must be a JSON object: %1</source>
        <translation>Los argumentos deben ser un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Invoking…</source>
        <translation>Invocando…</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>Queued, not sent yet (%1).</source>
        <translation>En cola, aún no enviado (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n tool definition(s) copied.</source>
        <translation>
            <numerusform>%n definición de herramienta copiada.</numerusform>
            <numerusform>%n definiciones de herramientas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export tool definitions</source>
        <translation>Exportar definiciones de herramientas</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Tool definitions written to %1.</source>
        <translation>Definiciones de herramientas escritas en %1.</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Genérico</translation>
    </message>
    <message>
        <source>Sets the deadline to fit the platform&apos;s wait for a tool&apos;s answer, and shows and exports the tools in its format</source>
        <translation>Ajusta el plazo a lo que la plataforma espera la respuesta de una herramienta, y muestra y exporta las herramientas en su formato</translation>
    </message>
    <message>
        <source>Tool definition</source>
        <translation>Definición de la herramienta</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Tool definition:</source>
        <translation>Definición de la herramienta:</translation>
    </message>
    <message>
        <source>Save the function to see its tool definition.</source>
        <translation>Guarde la función para ver la definición de su herramienta.</translation>
    </message>
</context>
<context>
    <name>Switchboard::JsonText</name>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON no válido: %1 en el carácter %2</translation>
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
    <name>Switchboard::LogModel</name>
    <message>
        <source>out</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Endpoint / source</source>
        <translation>Endpoint / origen</translation>
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
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Delivery id</source>
        <translation>Id de entrega</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id de llamada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>Switchboard::LogsPage</name>
    <message>
        <source>Every attempt</source>
        <translation>Cada intento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info y superiores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avisos y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>Nivel mínimo</translation>
    </message>
    <message>
        <source>Show records of this level and above</source>
        <translation>Mostrar los registros de este nivel y superiores</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
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
        <source>Other messages</source>
        <translation>Otros mensajes</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Outbound attempts, inbound requests or the other messages</source>
        <translation>Intentos salientes, peticiones entrantes o los demás mensajes</translation>
    </message>
    <message>
        <source>Filter: endpoint, delivery id, call id, text…</source>
        <translation>Filtro: endpoint, id de entrega, id de llamada, texto…</translation>
    </message>
    <message>
        <source>Filter the records</source>
        <translation>Filtrar los registros</translation>
    </message>
    <message>
        <source>Log every delivery attempt and inbound request, not only the failed ones</source>
        <translation>Registrar cada intento de entrega y cada petición entrante, no solo los fallidos</translation>
    </message>
    <message>
        <source>Stop adding records to the view; resume shows what came meanwhile</source>
        <translation>Dejar de añadir registros a la vista; al reanudar se muestra lo que llegó mientras tanto</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Clear the view</source>
        <translation>Vaciar la vista</translation>
    </message>
    <message>
        <source>Clear the view (the log file keeps every record)</source>
        <translation>Vaciar la vista (el archivo de registro los conserva todos)</translation>
    </message>
    <message>
        <source>Copy as JSON lines</source>
        <translation>Copiar como líneas JSON</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines (%1)</source>
        <translation>Copiar los registros seleccionados como líneas JSON (%1)</translation>
    </message>
    <message>
        <source>Copy the selected records as JSON lines</source>
        <translation>Copiar los registros seleccionados como líneas JSON</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>Entradas del registro</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <source>This console does not capture its log.</source>
        <translation>Esta consola no captura su registro.</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <source>Records: %1 of %2 match the filter</source>
        <translation>Registros: %1 de %2 coinciden con el filtro</translation>
    </message>
    <message>
        <source>paused, new since: %1</source>
        <translation>en pausa, nuevos desde entonces: %1</translation>
    </message>
    <message>
        <source>fell out of the buffer unseen: %1</source>
        <translation>salieron del búfer sin verse: %1</translation>
    </message>
    <message>
        <source>the last %1 are kept</source>
        <translation>se conservan los últimos %1</translation>
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
    <message>
        <source>Fleet</source>
        <translation>Flota</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Dashboard, Deliveries, Dead letters, Alerts, Connect&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+6 … Ctrl+9, then Alt+1 …&lt;/td&gt;&lt;td&gt;The other pages, in the navigation&apos;s order (the View menu lists them)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Search the payloads&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Replay the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+R&lt;/td&gt;&lt;td&gt;Replay every dead letter matching the filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Delete&lt;/td&gt;&lt;td&gt;Discard the selected deliveries&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Shift+C&lt;/td&gt;&lt;td&gt;Copy as cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Refresh&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Panel, Entregas, Mensajes fallidos, Alertas, Conectar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+6 … Ctrl+9, luego Alt+1 …&lt;/td&gt;&lt;td&gt;Las demás páginas, en el orden de la navegación (el menú Ver las lista)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+F&lt;/td&gt;&lt;td&gt;Buscar en las cargas útiles&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+R&lt;/td&gt;&lt;td&gt;Reenviar las entregas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Mayús+R&lt;/td&gt;&lt;td&gt;Reenviar todos los mensajes fallidos que coinciden con el filtro&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Supr&lt;/td&gt;&lt;td&gt;Descartar las entregas seleccionadas&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ctrl+Mayús+C&lt;/td&gt;&lt;td&gt;Copiar como cURL&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;F5&lt;/td&gt;&lt;td&gt;Actualizar&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>Switchboard::PlatformsPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>none: requests are refused</source>
        <translation>ninguno: se rechazan las solicitudes</translation>
    </message>
    <message>
        <source>Platform connections</source>
        <translation>Conexiones de plataforma</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>e.g. support-line</source>
        <translation>p. ej. support-line</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Secret in a header</source>
        <translation>Secreto en una cabecera</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>Firma HMAC</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>none (e.g. sha256=)</source>
        <translation>ninguno (p. ej. sha256=)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>the exact status callback URL configured at Twilio</source>
        <translation>la URL exacta de status callback configurada en Twilio</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock tolerance</source>
        <translation>Tolerancia de reloj</translation>
    </message>
    <message>
        <source>Event prefix</source>
        <translation>Prefijo de evento</translation>
    </message>
    <message>
        <source>every endpoint subscribed to the event type</source>
        <translation>todos los endpoints suscritos al tipo de evento</translation>
    </message>
    <message>
        <source>Forward to</source>
        <translation>Reenviar a</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Answer budget</source>
        <translation>Presupuesto de respuesta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Cabecera:</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>Signature header:</source>
        <translation>Cabecera de firma:</translation>
    </message>
    <message>
        <source>Timestamp header:</source>
        <translation>Cabecera de marca de tiempo:</translation>
    </message>
    <message>
        <source>Signed payload:</source>
        <translation>Contenido firmado:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Signature prefix:</source>
        <translation>Prefijo de firma:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL pública:</translation>
    </message>
    <message>
        <source>Clock tolerance:</source>
        <translation>Tolerancia de reloj:</translation>
    </message>
    <message>
        <source>Event prefix:</source>
        <translation>Prefijo de evento:</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Reenviar a:</translation>
    </message>
    <message>
        <source>Answer budget:</source>
        <translation>Presupuesto de respuesta:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>https://switchboard.example.com (the platform must reach it)</source>
        <translation>https://switchboard.example.com (la plataforma debe poder alcanzarla)</translation>
    </message>
    <message>
        <source>Public base URL</source>
        <translation>URL base pública</translation>
    </message>
    <message>
        <source>URL to paste into the platform</source>
        <translation>URL para pegar en la plataforma</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>URL copied.</source>
        <translation>URL copiada.</translation>
    </message>
    <message>
        <source>Public base URL:</source>
        <translation>URL base pública:</translation>
    </message>
    <message>
        <source>Paste into the platform:</source>
        <translation>Pegar en la plataforma:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Verifica hasta</translation>
    </message>
    <message>
        <source>Secrets the platform&apos;s requests are verified with (each one during a rotation):</source>
        <translation>Secretos con los que se verifican las solicitudes de la plataforma (cada uno durante una rotación):</translation>
    </message>
    <message>
        <source>the secret the platform shows</source>
        <translation>el secreto que muestra la plataforma</translation>
    </message>
    <message>
        <source>Verify with the secret above too; the old ones keep verifying during the grace window, while you change it at the platform</source>
        <translation>Verificar también con el secreto de arriba; los antiguos siguen verificando durante el periodo de gracia, mientras lo cambia en la plataforma</translation>
    </message>
    <message>
        <source>Give it to the platform.</source>
        <translation>Entrégueselo a la plataforma.</translation>
    </message>
    <message>
        <source>Cannot list the platform connections: %1</source>
        <translation>No se pueden listar las conexiones de plataforma: %1</translation>
    </message>
    <message>
        <source>no secret: every request is refused until one is set</source>
        <translation>sin secreto: se rechaza cada solicitud hasta que se establezca uno</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; verification in &lt;code&gt;%2&lt;/code&gt;; event type from &lt;code&gt;%3&lt;/code&gt;; call id from &lt;code&gt;%4&lt;/code&gt;; duplicates by &lt;code&gt;%5&lt;/code&gt;%6.</source>
        <translation>Verificación &lt;b&gt;%1&lt;/b&gt; en &lt;code&gt;%2&lt;/code&gt;; tipo de evento de &lt;code&gt;%3&lt;/code&gt;; id de llamada de &lt;code&gt;%4&lt;/code&gt;; duplicados por &lt;code&gt;%5&lt;/code&gt;%6.</translation>
    </message>
    <message>
        <source>; no time is signed, so replays are refused as duplicates</source>
        <translation>; no se firma ninguna hora, así que las repeticiones se rechazan como duplicadas</translation>
    </message>
    <message>
        <source>Vapi dashboard: the assistant&apos;s (or phone number&apos;s) Server URL; the secret goes in its server credential.</source>
        <translation>Panel de Vapi: la Server URL del asistente (o del número de teléfono); el secreto va en su credencial de servidor.</translation>
    </message>
    <message>
        <source>Retell dashboard: the agent&apos;s webhook URL (and the custom functions&apos; URL); the secret is the API key with the webhook badge.</source>
        <translation>Panel de Retell: la URL de webhook del agente (y la URL de las funciones personalizadas); el secreto es la clave de API con la insignia de webhook.</translation>
    </message>
    <message>
        <source>ElevenLabs Agents settings: add a post-call webhook with this URL; the secret is the webhook secret ElevenLabs shows.</source>
        <translation>Ajustes de los agentes de ElevenLabs: añada un webhook post-llamada con esta URL; el secreto es el secreto de webhook que muestra ElevenLabs.</translation>
    </message>
    <message>
        <source>Bland: the call&apos;s or pathway&apos;s webhook URL; the secret is the webhook signing secret from the dev portal.</source>
        <translation>Bland: la URL de webhook de la llamada o del pathway; el secreto es el secreto de firma de webhooks del portal de desarrolladores.</translation>
    </message>
    <message>
        <source>LiveKit Cloud project settings, Webhooks: add this URL with the API key above; the secret is that key&apos;s API secret.</source>
        <translation>Ajustes del proyecto en LiveKit Cloud, Webhooks: añada esta URL con la clave de API de arriba; el secreto es el API secret de esa clave.</translation>
    </message>
    <message>
        <source>OpenAI project settings, Webhooks: create an endpoint with this URL; the secret is the whsec_ secret OpenAI shows.</source>
        <translation>Ajustes del proyecto de OpenAI, Webhooks: cree un endpoint con esta URL; el secreto es el secreto whsec_ que muestra OpenAI.</translation>
    </message>
    <message>
        <source>Twilio: the phone number&apos;s status callback URL (it must equal the public URL above); the secret is the account&apos;s auth token.</source>
        <translation>Twilio: la URL de status callback del número de teléfono (debe ser igual a la URL pública de arriba); el secreto es el auth token de la cuenta.</translation>
    </message>
    <message>
        <source>&lt;name&gt;</source>
        <translation>&lt;nombre&gt;</translation>
    </message>
    <message>
        <source>Lower-case letters, digits, _ and -, starting with a letter or digit (at most 64).</source>
        <translation>Minúsculas, dígitos, _ y -, empezando por una letra o un dígito (como máximo 64).</translation>
    </message>
    <message>
        <source>An HTTP header name.</source>
        <translation>Un nombre de cabecera HTTP.</translation>
    </message>
    <message>
        <source>Must contain {body}, or the body would not be signed.</source>
        <translation>Debe contener {body}, o el contenido no se firmaría.</translation>
    </message>
    <message>
        <source>Required: the LiveKit API key (APIxxxx) that signs the webhooks.</source>
        <translation>Obligatorio: la clave de API de LiveKit (APIxxxx) que firma los webhooks.</translation>
    </message>
    <message>
        <source>Required: the exact URL configured at Twilio (Twilio signs it).</source>
        <translation>Obligatorio: la URL exacta configurada en Twilio (Twilio la firma).</translation>
    </message>
    <message>
        <source>At least 1 second.</source>
        <translation>Al menos 1 segundo.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Connection %1 created.</source>
        <translation>Conexión %1 creada.</translation>
    </message>
    <message>
        <source>Connection %1 saved.</source>
        <translation>Conexión %1 guardada.</translation>
    </message>
    <message>
        <source>Set its secret next: until then every request is refused.</source>
        <translation>Establezca ahora su secreto: hasta entonces se rechaza cada solicitud.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept. The platform&apos;s requests are refused from now on.</source>
        <translation>¿Eliminar %1? Sus secretos se eliminan; su registro se conserva. Las solicitudes de la plataforma se rechazan a partir de ahora.</translation>
    </message>
    <message>
        <source>Connection %1 deleted.</source>
        <translation>Conexión %1 eliminada.</translation>
    </message>
    <message>
        <source>Assistant for inbound calls</source>
        <translation>Asistente para llamadas entrantes</translation>
    </message>
    <message>
        <source>{&quot;assistantId&quot;: &quot;...&quot;} (or assistant, squadId, destination, error); empty: the call is refused with an error</source>
        <translation>{&quot;assistantId&quot;: &quot;...&quot;} (o assistant, squadId, destination, error); vacío: la llamada se rechaza con un error</translation>
    </message>
    <message>
        <source>What Switchboard answers Vapi&apos;s assistant-request, sent for an inbound call to a phone number without an assistant: a JSON object, as Vapi takes it.</source>
        <translation>Lo que Switchboard responde al assistant-request de Vapi, enviado para una llamada entrante a un número sin asistente: un objeto JSON, tal como Vapi lo acepta.</translation>
    </message>
    <message>
        <source>Inbound call assistant:</source>
        <translation>Asistente para llamadas entrantes:</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>No es JSON: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>A JSON object, e.g. {&quot;assistantId&quot;: &quot;...&quot;}.</source>
        <translation>Un objeto JSON, p. ej. {&quot;assistantId&quot;: &quot;...&quot;}.</translation>
    </message>
    <message>
        <source>Must contain one of assistantId, assistant, squadId, squad, workflowId, workflow, destination or error.</source>
        <translation>Debe contener uno de assistantId, assistant, squadId, squad, workflowId, workflow, destination o error.</translation>
    </message>
    <message>
        <source>At most 64 KiB.</source>
        <translation>Como máximo 64 KiB.</translation>
    </message>
    <message>
        <source>Vapi would not take it: %1.</source>
        <translation>Vapi no lo aceptaría: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::RulesPage</name>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>all (global)</source>
        <translation>todos (global)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Success rate below (%)</source>
        <translation>Tasa de éxito inferior a (%)</translation>
    </message>
    <message>
        <source>p95 latency above (ms)</source>
        <translation>Latencia p95 superior a (ms)</translation>
    </message>
    <message>
        <source>Dead letters above</source>
        <translation>Mensajes fallidos por encima de</translation>
    </message>
    <message>
        <source>Schema drift (400/422 answers)</source>
        <translation>Deriva de esquema (respuestas 400/422)</translation>
    </message>
    <message>
        <source>Circuit breaker open for (s)</source>
        <translation>Disyuntor abierto durante (s)</translation>
    </message>
    <message>
        <source>empty: every endpoint (global)</source>
        <translation>vacío: todos los endpoints (global)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Intervalo:</translation>
    </message>
    <message>
        <source>Minimum attempts:</source>
        <translation>Intentos mínimos:</translation>
    </message>
    <message>
        <source>Hysteresis:</source>
        <translation>Histéresis:</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>JSON paths</source>
        <translation>Rutas JSON</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Redacted preview</source>
        <translation>Vista previa censurada</translation>
    </message>
    <message>
        <source>JSON paths (one per line):</source>
        <translation>Rutas JSON (una por línea):</translation>
    </message>
    <message>
        <source>Patterns (one per line):</source>
        <translation>Patrones (uno por línea):</translation>
    </message>
    <message>
        <source>Sample payload:</source>
        <translation>Carga útil de ejemplo:</translation>
    </message>
    <message>
        <source>As stored and shown (built-in detectors and your rules):</source>
        <translation>Tal como se guarda y muestra (detectores integrados y sus reglas):</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Censura</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>para siempre</translation>
    </message>
    <message>
        <source>Attempt response bodies and headers:</source>
        <translation>Cuerpos y cabeceras de respuesta de los intentos:</translation>
    </message>
    <message>
        <source>Delivered messages, their deliveries and attempts:</source>
        <translation>Mensajes entregados, sus entregas e intentos:</translation>
    </message>
    <message>
        <source>Minute rollups, sampled depths, resolved alerts:</source>
        <translation>Agregados por minuto, profundidades muestreadas, alertas resueltas:</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Cannot list alert rules: %1</source>
        <translation>No se pueden listar las reglas de alerta: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Alert rule %1 saved; rules are evaluated every 30 seconds.</source>
        <translation>Regla de alerta %1 guardada; las reglas se evalúan cada 30 segundos.</translation>
    </message>
    <message>
        <source>Delete alert rule</source>
        <translation>Eliminar regla de alerta</translation>
    </message>
    <message>
        <source>Delete %1? Its alerts are resolved.</source>
        <translation>¿Eliminar %1? Sus alertas se resuelven.</translation>
    </message>
    <message>
        <source>Alert rule %1 deleted.</source>
        <translation>Regla de alerta %1 eliminada.</translation>
    </message>
    <message>
        <source>Save redaction rules</source>
        <translation>Guardar reglas de censura</translation>
    </message>
    <message>
        <source>Saved rules apply at once to everything stored, logged and shown from then on, and on every worker sharing the database within a minute; they take the place of the --config file&apos;s. The same rules for a --config file:</source>
        <translation>Las reglas guardadas se aplican de inmediato a todo lo que se almacena, registra y muestra desde entonces, y en cada worker que comparte la base de datos en un minuto; sustituyen a las del archivo --config. Las mismas reglas para un archivo --config:</translation>
    </message>
    <message>
        <source>Inbound request bodies (the log rows stay):</source>
        <translation>Cuerpos de las solicitudes entrantes (las filas del registro se conservan):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Save retention</source>
        <translation>Guardar retención</translation>
    </message>
    <message>
        <source>0 keeps forever. Messages with any delivery pending, in flight, dead or discarded are never pruned. Saved periods are kept in the database and applied by the next pruning run (once a minute, on every worker), without a restart.</source>
        <translation>0 conserva para siempre. Los mensajes con alguna entrega pendiente, en curso, fallida o descartada nunca se eliminan. Los periodos guardados se conservan en la base de datos y los aplica la siguiente depuración (una vez por minuto, en cada worker), sin reiniciar.</translation>
    </message>
    <message>
        <source>Patterns, line %1: %2</source>
        <translation>Patrones, línea %1: %2</translation>
    </message>
    <message>
        <source>JSON paths, line %1: %2</source>
        <translation>Rutas JSON, línea %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the retention periods: %1</source>
        <translation>No se pueden leer los periodos de retención: %1</translation>
    </message>
    <message>
        <source>Cannot read the redaction rules: %1</source>
        <translation>No se pueden leer las reglas de censura: %1</translation>
    </message>
    <message>
        <source>Retention not saved: %1</source>
        <translation>Retención no guardada: %1</translation>
    </message>
    <message>
        <source>Retention periods saved; the next pruning run applies them.</source>
        <translation>Periodos de retención guardados; la siguiente depuración los aplica.</translation>
    </message>
    <message>
        <source>Not saved: correct the rules marked in red.</source>
        <translation>No guardado: corrija las reglas marcadas en rojo.</translation>
    </message>
    <message>
        <source>Redaction rules not saved: %1</source>
        <translation>Reglas de censura no guardadas: %1</translation>
    </message>
    <message>
        <source>Redaction rules saved: they apply to everything stored from now on.</source>
        <translation>Reglas de censura guardadas: se aplican a todo lo que se almacene a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretField</name>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Show the secret in clear text</source>
        <translation>Mostrar el secreto en claro</translation>
    </message>
    <message>
        <source>Copy the secret; the clipboard is cleared after a short time</source>
        <translation>Copiar el secreto; el portapapeles se vacía al poco tiempo</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copiado; el portapapeles se vaciará en %n segundo.</numerusform>
            <numerusform>Copiado; el portapapeles se vaciará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretsPanel</name>
    <message>
        <source>Set secret</source>
        <translation>Establecer secreto</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Active secrets</source>
        <translation>Secretos activos</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nuevo secreto</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Grace window</source>
        <translation>Periodo de gracia</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Reemplazar por:</translation>
    </message>
    <message>
        <source>Grace window:</source>
        <translation>Periodo de gracia:</translation>
    </message>
    <message>
        <source>Rotate:</source>
        <translation>Rotar:</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Nuevo secreto:</translation>
    </message>
    <message>
        <source>no end (current)</source>
        <translation>sin fin (actual)</translation>
    </message>
    <message>
        <source>Secret not set: %1</source>
        <translation>Secreto no establecido: %1</translation>
    </message>
    <message>
        <source>The secret of %1 was replaced.</source>
        <translation>El secreto de %1 se reemplazó.</translation>
    </message>
    <message>
        <source>Not rotated: %1</source>
        <translation>No rotado: %1</translation>
    </message>
    <message>
        <source>New secret %1, shown only now.</source>
        <translation>Nuevo secreto %1, mostrado solo ahora.</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated; the previous ones stay valid until %2.</source>
        <translation>El secreto de %1 se ha rotado; los anteriores siguen siendo válidos hasta %2.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsPage</name>
    <message>
        <source>Regenerate…</source>
        <translation>Regenerar…</translation>
    </message>
    <message>
        <source>This run (effective values)</source>
        <translation>Esta ejecución (valores efectivos)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(no establecido)</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Directorio de datos:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instancia:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>Token de la API:</translation>
    </message>
    <message>
        <source>Regenerate the API token</source>
        <translation>Regenerar el token de la API</translation>
    </message>
    <message>
        <source>Agents using the current token stop working once Switchboard restarts. Regenerate it?</source>
        <translation>Los agentes que usan el token actual dejarán de funcionar cuando Switchboard se reinicie. ¿Regenerarlo?</translation>
    </message>
    <message>
        <source>The token comes from SWITCHBOARD_API_TOKEN: change that variable to change it.</source>
        <translation>El token procede de SWITCHBOARD_API_TOKEN: cambie esa variable para cambiarlo.</translation>
    </message>
    <message>
        <source>No secret store here. To regenerate: stop Switchboard, delete the keychain entry &quot;&lt;instance&gt;/api-token&quot; (or set SWITCHBOARD_API_TOKEN), and start it again.</source>
        <translation>Aquí no hay almacén de secretos. Para regenerarlo: detenga Switchboard, elimine la entrada del llavero «&lt;instance&gt;/api-token» (o establezca SWITCHBOARD_API_TOKEN) e inícielo de nuevo.</translation>
    </message>
    <message>
        <source>Next start (needs a restart)</source>
        <translation>Próximo inicio (requiere reiniciar)</translation>
    </message>
    <message>
        <source>switchboard.db in the data directory, or postgresql://user@host/db</source>
        <translation>switchboard.db en el directorio de datos, o postgresql://user@host/db</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Save for next start</source>
        <translation>Guardar para el próximo inicio</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Línea de órdenes</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Iniciar con:</translation>
    </message>
    <message>
        <source>HOST:PORT with an IP address, e.g. 127.0.0.1:8377</source>
        <translation>HOST:PUERTO con una dirección IP, p. ej. 127.0.0.1:8377</translation>
    </message>
    <message>
        <source>a SQLite file path or a postgresql:// URL</source>
        <translation>una ruta de archivo SQLite o una URL postgresql://</translation>
    </message>
    <message>
        <source>Settings not saved: correct the fields marked in red.</source>
        <translation>Ajustes no guardados: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Settings saved; they apply after a restart.</source>
        <translation>Ajustes guardados; se aplican tras reiniciar.</translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation>El token no se cambió: %1</translation>
    </message>
    <message>
        <source>New token kept in the keychain. It takes effect when Switchboard restarts; until then the API still accepts the old one. Give the new one to your agents.</source>
        <translation>Nuevo token guardado en el llavero. Entra en vigor cuando Switchboard se reinicie; hasta entonces la API sigue aceptando el anterior. Entregue el nuevo a sus agentes.</translation>
    </message>
    <message>
        <source>API token regenerated; restart to apply.</source>
        <translation>Token de la API regenerado; reinicie para aplicarlo.</translation>
    </message>
    <message>
        <source>Saved; nothing changes before a restart. The language is read when the console starts. The data directory, database and API address are command-line flags: start Switchboard with the command below (or put it in its launcher) for them to apply.</source>
        <translation>Guardado; nada cambia hasta reiniciar. El idioma se lee al iniciar la consola. El directorio de datos, la base de datos y la dirección de la API son opciones de la línea de órdenes: inicie Switchboard con la orden de abajo (o póngala en su lanzador) para aplicarlas.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SourcesPage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Forwards as</source>
        <translation>Reenvía como</translation>
    </message>
    <message>
        <source>(log only)</source>
        <translation>(solo registro)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any address (e.g. 203.0.113.0/24, 2001:db8::/32)</source>
        <translation>cualquier dirección (p. ej. 203.0.113.0/24, 2001:db8::/32)</translation>
    </message>
    <message>
        <source>none (e.g. 10.0.0.0/8)</source>
        <translation>ninguno (p. ej. 10.0.0.0/8)</translation>
    </message>
    <message>
        <source>the exact URL configured at Twilio</source>
        <translation>la URL exacta configurada en Twilio</translation>
    </message>
    <message>
        <source>stripe.{$.type} (empty: log only, no forwarding)</source>
        <translation>stripe.{$.type} (vacío: solo registro, sin reenvío)</translation>
    </message>
    <message>
        <source>every subscribed endpoint</source>
        <translation>cada endpoint suscrito</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Scheme:</source>
        <translation>Esquema:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerancia:</translation>
    </message>
    <message>
        <source>Allowed addresses:</source>
        <translation>Direcciones permitidas:</translation>
    </message>
    <message>
        <source>Trusted proxies:</source>
        <translation>Proxies de confianza:</translation>
    </message>
    <message>
        <source>Token header:</source>
        <translation>Cabecera del token:</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL pública:</translation>
    </message>
    <message>
        <source>JSON Schema:</source>
        <translation>JSON Schema:</translation>
    </message>
    <message>
        <source>Sanity rules:</source>
        <translation>Reglas de coherencia:</translation>
    </message>
    <message>
        <source>Forward as:</source>
        <translation>Reenviar como:</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Reenviar a:</translation>
    </message>
    <message>
        <source>Call id path:</source>
        <translation>Ruta del id de llamada:</translation>
    </message>
    <message>
        <source>De-duplication:</source>
        <translation>Deduplicación:</translation>
    </message>
    <message>
        <source>Max body:</source>
        <translation>Cuerpo máx.:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Verifies until</source>
        <translation>Verifica hasta</translation>
    </message>
    <message>
        <source>the sender&apos;s secret</source>
        <translation>el secreto del remitente</translation>
    </message>
    <message>
        <source>Verify with the secret above (or a generated one) too; the old ones keep verifying during the grace window</source>
        <translation>Verificar también con el secreto de arriba (o uno generado); los anteriores siguen verificando durante el periodo de gracia</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Id de llamada</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Registro entrante</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Rejected (any reason)</source>
        <translation>Rechazado (cualquier motivo)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Force (skip address and signature checks, on my word)</source>
        <translation>Forzar (omitir las comprobaciones de dirección y firma, bajo mi responsabilidad)</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Reenviar a la cola</translation>
    </message>
    <message>
        <source>Run the original request through the pipeline again, after a fix</source>
        <translation>Pasar de nuevo la solicitud original por el proceso, tras una corrección</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>Carril:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nuevo origen</translation>
    </message>
    <message>
        <source>Cannot list sources: %1</source>
        <translation>No se pueden listar los orígenes: %1</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>is required to forward</source>
        <translation>es obligatorio para reenviar</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>No guardado: corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Source %1 saved. Senders post to /in/%1.</source>
        <translation>Origen %1 guardado. Los remitentes envían a /in/%1.</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Eliminar origen</translation>
    </message>
    <message>
        <source>Delete %1? Its secrets are removed; its log is kept.</source>
        <translation>¿Eliminar %1? Sus secretos se eliminan; su registro se conserva.</translation>
    </message>
    <message>
        <source>Source %1 deleted.</source>
        <translation>Origen %1 eliminado.</translation>
    </message>
    <message>
        <source>Generated and shown only now: give it to the sender.</source>
        <translation>Generado y mostrado solo ahora: entrégueselo al remitente.</translation>
    </message>
    <message>
        <source>Cannot read the inbound log: %1</source>
        <translation>No se puede leer el registro entrante: %1</translation>
    </message>
    <message>
        <source>%1 %2 (HTTP %3)</source>
        <translation>%1 %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Qué salió mal: %1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnóstico: %1</translation>
    </message>
    <message>
        <source>Resubmission of %1</source>
        <translation>Reenvío de %1</translation>
    </message>
    <message>
        <source>Not resubmitted: %1</source>
        <translation>No reenviado: %1</translation>
    </message>
    <message>
        <source>%1 resubmitted: %2.</source>
        <translation>%1 reenviado: %2.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Fills in what a well-known sender needs; Custom keeps the fields as they are</source>
        <translation>Rellena lo que necesita un remitente conocido; Personalizado deja los campos como están</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
</context>
<context>
    <name>Switchboard::StatusLabel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
    <name>Switchboard::WorkerModel</name>
    <message numerus="yes">
        <source>No heartbeat for more than %n second(s): the worker stopped or lost the database.</source>
        <translation>
            <numerusform>Sin latido desde hace más de %n segundo: el worker se detuvo o perdió la base de datos.</numerusform>
            <numerusform>Sin latido desde hace más de %n segundos: el worker se detuvo o perdió la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last heartbeat %1</source>
        <translation>Último latido %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>stale: never</source>
        <translation>caducado: nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>caducado: %1</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Last claim</source>
        <translation>Última reclamación</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Latido</translation>
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
