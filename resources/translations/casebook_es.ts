<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source> (needs an interpreter)</source>
        <translation> (necesita intérprete)</translation>
    </message>
</context>
<context>
    <name>AggregateDialog</name>
    <message>
        <source>Aggregate report</source>
        <translation>Informe agregado</translation>
    </message>
    <message>
        <source>Counts of incidents by month, kind, borough, precinct and law, for the City Council, DOI or a coalition. No names, numbers, exact dates or narratives are written. A count below the threshold is shown as “fewer than N”.</source>
        <translation>Conteos de incidentes por mes, tipo, distrito, precinto y ley, para el Concejo Municipal, el DOI o una coalición. No se escriben nombres, números, fechas exactas ni narraciones. Un conteo por debajo del umbral se muestra como “menos de N”.</translation>
    </message>
    <message>
        <source>Never below {minimum}: smaller counts identify people.</source>
        <translation>Nunca menos de {minimum}: los conteos más pequeños identifican a personas.</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Dónde guardar el PDF</translation>
    </message>
    <message>
        <source>Also write the counts as CSV</source>
        <translation>Escribir también los conteos como CSV</translation>
    </message>
    <message>
        <source>Where to save the CSV</source>
        <translation>Dónde guardar el CSV</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>&amp;Umbral</translation>
    </message>
    <message>
        <source>&amp;PDF file</source>
        <translation>Archivo &amp;PDF</translation>
    </message>
    <message>
        <source>C&amp;SV</source>
        <translation>C&amp;SV</translation>
    </message>
    <message>
        <source>CSV &amp;file</source>
        <translation>&amp;Archivo CSV</translation>
    </message>
    <message>
        <source>Every incident the office shares, not only this vault&apos;s</source>
        <translation>Todos los incidentes que comparte la oficina, no solo los de esta caja fuerte</translation>
    </message>
    <message>
        <source>Counts the incidents your office&apos;s members share through its hub, as synced to this laptop; clients kept private to one advocate are left out.</source>
        <translation>Cuenta los incidentes que los miembros de su oficina comparten a través de su servidor, tal como se sincronizaron en esta computadora; no se cuentan los clientes que un defensor mantiene privados.</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>&amp;Escribir informe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Choose where to save the CSV, or untick CSV.</source>
        <translation>Elija dónde guardar el CSV, o desmarque CSV.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Report written to {pdf} and {csv}.</source>
        <translation>Informe escrito en {pdf} y {csv}.</translation>
    </message>
    <message>
        <source>Report written to {pdf}.</source>
        <translation>Informe escrito en {pdf}.</translation>
    </message>
</context>
<context>
    <name>ArrestDialog</name>
    <message>
        <source>New arrest</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <source>Edit arrest</source>
        <translation>Editar arresto</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>e.g. 75</source>
        <translation>p. ej. 75</translation>
    </message>
    <message>
        <source>e.g. M25612345</source>
        <translation>p. ej. M25612345</translation>
    </message>
    <message>
        <source>e.g. dismissed, ACD, violation plea</source>
        <translation>p. ej. desestimado, ACD, declaración de violación</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>No sellado</translation>
    </message>
    <message>
        <source>CPL 160.50: the case ended in the person&apos;s favour. CPL 160.55: it ended in a non-criminal offense (the court&apos;s file stays open). CPL 160.57: Clean Slate. CPL 160.58: conditionally, after judicial diversion. CPL 160.59: on application.</source>
        <translation>CPL 160.50: el caso terminó a favor de la persona. CPL 160.55: terminó en una infracción no penal (el expediente del tribunal sigue abierto). CPL 160.57: Clean Slate. CPL 160.58: condicionalmente, tras una desviación judicial. CPL 160.59: a solicitud.</translation>
    </message>
    <message>
        <source>The charge is still open (pending in a New York court)</source>
        <translation>Sigue pendiente en un tribunal de Nueva York</translation>
    </message>
    <message>
        <source>A pending New York charge blocks Clean Slate sealing (CPL 160.57)</source>
        <translation>Un cargo pendiente en Nueva York impide el sellado de Clean Slate (CPL 160.57)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Precinto</translation>
    </message>
    <message>
        <source>&amp;Arrest number</source>
        <translation>Número de &amp;arresto</translation>
    </message>
    <message>
        <source>&amp;Charges</source>
        <translation>&amp;Cargos</translation>
    </message>
    <message>
        <source>D&amp;isposition</source>
        <translation>Resol&amp;ución</translation>
    </message>
    <message>
        <source>&amp;Sealed</source>
        <translation>&amp;Sellado</translation>
    </message>
    <message>
        <source>Pe&amp;nding</source>
        <translation>Pe&amp;ndiente</translation>
    </message>
    <message>
        <source>Enter the date of the arrest.</source>
        <translation>Escriba la fecha del arresto.</translation>
    </message>
</context>
<context>
    <name>ArrestsTab</name>
    <message>
        <source>{label}; court file open</source>
        <translation>{label}; el expediente del tribunal sigue abierto</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>No sellado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <source>Arrest no.</source>
        <translation>N.º de arresto</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Add a&amp;rrest…</source>
        <translation>Agregar a&amp;rresto…</translation>
    </message>
    <message>
        <source>Edit arrest…</source>
        <translation>Editar arresto…</translation>
    </message>
    <message>
        <source>Edit the chosen arrest (Enter in the list)</source>
        <translation>Editar el arresto elegido (Enter en la lista)</translation>
    </message>
    <message>
        <source>A sealed record (CPL 160.50, 160.55, 160.57, 160.58, 160.59) must not be shared: casebook flags an incident or a request response that carries it. CPL 160.55 leaves the court&apos;s own file open.</source>
        <translation>Un registro sellado (CPL 160.50, 160.55, 160.57, 160.58, 160.59) no se debe compartir: casebook marca el incidente o la respuesta a una solicitud que lo contenga. CPL 160.55 deja abierto el expediente del propio tribunal.</translation>
    </message>
    <message>
        <source>Convictions and when they seal</source>
        <translation>Condenas y cuándo quedan selladas</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{name} (removable drive, {free} free)</source>
        <translation>{name} (unidad extraíble, {free} libres)</translation>
    </message>
    <message>
        <source>Back up to folder</source>
        <translation>Copiar en la carpeta</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de seguridad de la caja fuerte</translation>
    </message>
    <message>
        <source>The backup is one file, encrypted under this vault&apos;s passphrase and recovery key, and checked by reading it back. Keep it away from this computer: a removable drive kept somewhere else is best.</source>
        <translation>La copia de seguridad es un solo archivo, cifrado con la frase de contraseña y la clave de recuperación de esta caja fuerte, y se comprueba volviéndolo a leer. Guárdela lejos de esta computadora: lo mejor es una unidad extraíble guardada en otro lugar.</translation>
    </message>
    <message>
        <source>Your home folder</source>
        <translation>Su carpeta personal</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>&amp;Nombre del archivo</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <source>Last time: {folder}</source>
        <translation>La última vez: {folder}</translation>
    </message>
    <message>
        <source>Choose an existing folder.</source>
        <translation>Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>A file of that name is there already.</source>
        <translation>Ya hay un archivo con ese nombre.</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Escribiendo y comprobando la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified: {path} ({size}, %n document(s)).</source>
        <translation>
            <numerusform>Copia hecha y comprobada: {path} ({size}, %n documento).</numerusform>
            <numerusform>Copia hecha y comprobada: {path} ({size}, %n documentos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>On lock and on quit, at most once a day</source>
        <translation>Al bloquear y al salir, como máximo una vez al día</translation>
    </message>
    <message>
        <source>On every lock and quit</source>
        <translation>Cada vez que se bloquee o se salga</translation>
    </message>
    <message>
        <source>Off: only when I ask</source>
        <translation>Desactivado: solo cuando yo lo pida</translation>
    </message>
    <message>
        <source>casebook backs the vault up by itself into this folder, best a removable drive kept apart from the computer. Each backup is read back and checked; older ones are removed only after a newer one checked.</source>
        <translation>casebook hace por sí solo copias de seguridad de la caja fuerte en esta carpeta, de preferencia en una unidad extraíble que se guarde lejos de la computadora. Cada copia se vuelve a leer y se comprueba; las más antiguas se borran solo después de comprobar una más reciente.</translation>
    </message>
    <message>
        <source>No backup folder: backups only from File &gt; Back up…</source>
        <translation>Sin carpeta de copias: solo copias desde Archivo &gt; Copia de seguridad…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Automaticall&amp;y:</source>
        <translation>Automátic&amp;amente:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups for the last:</source>
        <translation>Guardar copias &amp;diarias de los últimos:</translation>
    </message>
    <message>
        <source>and &amp;weekly ones for the weeks before:</source>
        <translation>y copias &amp;semanales de las semanas anteriores:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Hacer la copia a&amp;hora</translation>
    </message>
    <message>
        <source>Last verified backup: …</source>
        <translation>Última copia comprobada: …</translation>
    </message>
    <message>
        <source>Back up to &amp;folder:</source>
        <translation>Copiar en la &amp;carpeta:</translation>
    </message>
    <message>
        <source>Choose a folder to back up to.</source>
        <translation>Elija una carpeta donde guardar las copias.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Writing the backup, then reading it back to check it…</source>
        <translation>Escribiendo la copia y luego leyéndola de nuevo para comprobarla…</translation>
    </message>
    <message>
        <source>Written %v of %m parts</source>
        <translation>Escritas %v de %m partes</translation>
    </message>
    <message numerus="yes">
        <source>; %n older removed</source>
        <translation>
            <numerusform>; se borró %n más antigua</numerusform>
            <numerusform>; se borraron %n más antiguas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified {when} to {folder} (%n backup(s) kept{removed}).</source>
        <translation>
            <numerusform>Copia hecha y comprobada {when} en {folder} (se conserva %n copia{removed}).</numerusform>
            <numerusform>Copia hecha y comprobada {when} en {folder} (se conservan %n copias{removed}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <source>today {clock}</source>
        <translation>hoy {clock}</translation>
    </message>
    <message>
        <source>yesterday {clock}</source>
        <translation>ayer {clock}</translation>
    </message>
    <message>
        <source>Last verified backup: never.</source>
        <translation>Última copia comprobada: ninguna.</translation>
    </message>
    <message>
        <source>Last verified backup: {when} to {folder}.</source>
        <translation>Última copia comprobada: {when} en {folder}.</translation>
    </message>
    <message>
        <source>Last verified backup: {when}.</source>
        <translation>Última copia comprobada: {when}.</translation>
    </message>
    <message>
        <source>No backup yet: one is made at the next lock or quit, to {folder}.</source>
        <translation>Todavía no hay copia de seguridad: se hará al próximo bloqueo o cierre, en {folder}.</translation>
    </message>
    <message>
        <source>Last backup: {when} to {folder}</source>
        <translation>Última copia: {when} en {folder}</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Events name no client: only initials, the kind of hearing and the court (“J.L. — Individual hearing, 26 Federal Plaza”).</source>
        <translation>Los eventos no nombran a ningún cliente: solo las iniciales, el tipo de audiencia y el tribunal (“J.L. — Audiencia individual, 26 Federal Plaza”).</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>An iCalendar (.ics) file of hearings, filing deadlines, FOIL dates and expected sealing days, with reminders, to import into Google Calendar, Apple Calendar or Outlook. Export again to the same calendar after a change: its events are updated, and a removed hearing is cancelled. The saved file is not encrypted.</source>
        <translation>Un archivo iCalendar (.ics) con audiencias, fechas límite de presentación, fechas FOIL y los días previstos de sellado, con recordatorios, para importar en Google Calendar, Apple Calendar u Outlook. Después de un cambio, exporte otra vez al mismo calendario: sus eventos se actualizan y una audiencia quitada se cancela. El archivo guardado no está cifrado.</translation>
    </message>
    <message>
        <source>Choose the first day</source>
        <translation>Elija el primer día</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Where to save the calendar file</source>
        <translation>Dónde guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Show client &amp;names (the file may be copied to a calendar service&apos;s servers)</source>
        <translation>Mostrar los &amp;nombres de los clientes (el archivo puede copiarse a los servidores de un servicio de calendario)</translation>
    </message>
    <message>
        <source>&amp;Export calendar</source>
        <translation>&amp;Exportar calendario</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Advertencia: {warning}</translation>
    </message>
    <message>
        <source>casebook hearings {day}.ics</source>
        <translation>audiencias de casebook {day}.ics</translation>
    </message>
    <message>
        <source>Give the first day the calendar should show.</source>
        <translation>Indique el primer día que debe mostrar el calendario.</translation>
    </message>
    <message>
        <source>Choose where to save the calendar file.</source>
        <translation>Elija dónde guardar el archivo de calendario.</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Escribiendo el calendario…</translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelado</numerusform>
            <numerusform>, %n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) with client names to {path}{cancelled}.</source>
        <translation>
            <numerusform>Se guardó %n evento con los nombres de los clientes en {path}{cancelled}.</numerusform>
            <numerusform>Se guardaron %n eventos con los nombres de los clientes en {path}{cancelled}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) with initials only to {path}{cancelled}.</source>
        <translation>
            <numerusform>Se guardó %n evento solo con iniciales en {path}{cancelled}.</numerusform>
            <numerusform>Se guardaron %n eventos solo con iniciales en {path}{cancelled}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import it into your calendar; this copy is not encrypted.</source>
        <translation>Impórtelo en su calendario; esta copia no está cifrada.</translation>
    </message>
    <message numerus="yes">
        <source>Calendar saved to {path}: %n event(s).</source>
        <translation>
            <numerusform>Calendario guardado en {path}: %n evento.</numerusform>
            <numerusform>Calendario guardado en {path}: %n eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTimelineView</name>
    <message>
        <source>Arrests</source>
        <translation>Arrestos</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Sentenced on {day}</source>
        <translation>Sentencia del {day}</translation>
    </message>
    <message>
        <source>Expected to seal</source>
        <translation>Sellado previsto</translation>
    </message>
    <message>
        <source>Expected to seal on {day}, if no new conviction (CPL 160.57).</source>
        <translation>Se espera que quede sellada el {day}, si no hay una nueva condena (CPL 160.57).</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>no sellado</translation>
    </message>
    <message>
        <source>, {precinct} Pct</source>
        <translation>, Precinto {precinct}</translation>
    </message>
    <message>
        <source>charges not entered</source>
        <translation>cargos sin anotar</translation>
    </message>
    <message>
        <source>no disposition</source>
        <translation>sin resolución</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Arrest {number}{pct} on {day}</source>
        <translation>Arresto {number}{pct} el {day}</translation>
    </message>
    <message>
        <source>, before {judge}</source>
        <translation>, ante {judge}</translation>
    </message>
    <message>
        <source>{label} on {when} {where}</source>
        <translation>{label} el {when} {where}</translation>
    </message>
    <message>
        <source>Filings due</source>
        <translation>Presentaciones que vencen</translation>
    </message>
    <message>
        <source>Filings due {due} for the {kind} on {day}</source>
        <translation>Presentaciones vencen el {due} para la {kind} del {day}</translation>
    </message>
    <message>
        <source>; a sealed record was shared</source>
        <translation>; se compartió un registro sellado</translation>
    </message>
    <message>
        <source>{kind} on {day}</source>
        <translation>{kind} el {day}</translation>
    </message>
    <message>
        <source>{title}, received {day}</source>
        <translation>{title}, recibido el {day}</translation>
    </message>
    <message>
        <source>Arrests</source>
        <comment>lane</comment>
        <translation>Arrestos</translation>
    </message>
    <message>
        <source>Hearings</source>
        <comment>lane</comment>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Record requests</source>
        <comment>lane</comment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <comment>lane</comment>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>lane</comment>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>CasebookApp</name>
    <message>
        <source>The vault locked while the passphrase was being changed: if the new passphrase does not open it, the old one will.</source>
        <translation>La caja fuerte se bloqueó mientras se cambiaba la frase de contraseña: si la nueva no la abre, la anterior sí.</translation>
    </message>
    <message>
        <source>The vault locked before the new recovery key was confirmed as kept: issue another one (File &gt; New recovery key…), as that one was shown only once.</source>
        <translation>La caja fuerte se bloqueó antes de confirmar que guardó la nueva clave de recuperación: emita otra (Archivo &gt; Nueva clave de recuperación…), porque esa se mostró una sola vez.</translation>
    </message>
    <message>
        <source>Demo vault passphrase: {passphrase}</source>
        <translation>Frase de contraseña de la caja fuerte de demostración: {passphrase}</translation>
    </message>
    <message>
        <source>Backing up the vault before it closes…</source>
        <translation>Haciendo una copia de seguridad de la caja fuerte antes de cerrarla…</translation>
    </message>
    <message>
        <source>Backing up the vault before it closes: {done} of {total} parts written…</source>
        <translation>Haciendo una copia de seguridad antes de cerrar: {done} de {total} partes escritas…</translation>
    </message>
    <message>
        <source>Backed up and verified {when} to {folder}.</source>
        <translation>Copia de seguridad hecha y comprobada {when} en {folder}.</translation>
    </message>
    <message>
        <source>Backed up and verified: {path}.</source>
        <translation>Copia de seguridad hecha y comprobada: {path}.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Scan {name}: added to the inbox</source>
        <translation>Escaneo {name}: agregado a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Scan {name}: already in the vault</source>
        <translation>Escaneo {name}: ya está en la caja fuerte</translation>
    </message>
    <message>
        <source>Scan {name}: left alone ({reason})</source>
        <translation>Escaneo {name}: no se tocó ({reason})</translation>
    </message>
    <message>
        <source>Scan {name}: not imported: {reason}</source>
        <translation>Escaneo {name}: no se importó: {reason}</translation>
    </message>
    <message>
        <source>Scan {name}: split into {count} documents in the inbox</source>
        <translation>Escaneo {name}: dividido en {count} documentos en la bandeja de entrada</translation>
    </message>
    <message>
        <source>, leaving out {pages}</source>
        <translation>, sin {pages}</translation>
    </message>
    <message>
        <source>Locked because {reason}.</source>
        <translation>Bloqueada porque {reason}.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the vault</source>
        <translation>Comprobar la caja fuerte</translation>
    </message>
    <message>
        <source>casebook reads the vault and says whether every part of it is intact: the database, its structure and the history of changes. Nothing is deleted: content files no document names are moved, still encrypted, to a quarantine folder inside the vault and kept until you delete them here.</source>
        <translation>casebook lee la caja fuerte y dice si cada parte está intacta: la base de datos, su estructura y el historial de cambios. No se borra nada: los archivos de contenido que ningún documento nombra se mueven, todavía cifrados, a una carpeta de cuarentena dentro de la caja fuerte y se conservan hasta que usted los borre aquí.</translation>
    </message>
    <message>
        <source>Also &amp;decrypt and verify every document (slower)</source>
        <translation>También desci&amp;frar y verificar cada documento (más lento)</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Delete quarantined files…</source>
        <translation>Borrar los archivos en cuarentena…</translation>
    </message>
    <message>
        <source>Checking the vault…</source>
        <translation>Comprobando la caja fuerte…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Verified %v of %m documents</source>
        <translation>Verificados %v de %m documentos</translation>
    </message>
    <message>
        <source>Problem: {line}</source>
        <translation>Problema: {line}</translation>
    </message>
    <message>
        <source>the button below</source>
        <translation>el botón de abajo</translation>
    </message>
    <message>
        <source>Done: {line}</source>
        <translation>Hecho: {line}</translation>
    </message>
    <message>
        <source>Delete quarantined files</source>
        <translation>Borrar los archivos en cuarentena</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Borrarlos</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlos</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{documents} and %n earlier version(s)</source>
        <translation>
            <numerusform>{documents} y %n versión anterior</numerusform>
            <numerusform>{documents} y %n versiones anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after verifying {verified}.</source>
        <translation>Se detuvo después de verificar {verified}.</translation>
    </message>
    <message>
        <source> Problems were found so far: see below.</source>
        <translation> Hasta ahora se encontraron problemas: vea abajo.</translation>
    </message>
    <message>
        <source> No problem was found in what was read.</source>
        <translation> No se encontró ningún problema en lo leído.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s), listed below. Restore the damaged parts from a backup; keep this vault as it is until you have.</source>
        <translation>
            <numerusform>La comprobación encontró %n problema, en la lista de abajo. Restaure las partes dañadas desde una copia de seguridad; deje esta caja fuerte como está hasta hacerlo.</numerusform>
            <numerusform>La comprobación encontró %n problemas, en la lista de abajo. Restaure las partes dañadas desde una copia de seguridad; deje esta caja fuerte como está hasta hacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault is intact; {verified} decrypted and verified.</source>
        <translation>La caja fuerte está intacta; {verified} descifrados y verificados.</translation>
    </message>
    <message>
        <source>The vault is intact (the database, its structure and the history of changes).</source>
        <translation>La caja fuerte está intacta (la base de datos, su estructura y el historial de cambios).</translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) no document names wait in the quarantine folder, still encrypted.</source>
        <translation>
            <numerusform>%n archivo de contenido que ningún documento nombra espera en la carpeta de cuarentena, todavía cifrado.</numerusform>
            <numerusform>%n archivos de contenido que ningún documento nombra esperan en la carpeta de cuarentena, todavía cifrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n quarantined file(s)…</source>
        <translation>
            <numerusform>Borrar %n archivo en cuarentena…</numerusform>
            <numerusform>Borrar %n archivos en cuarentena…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n content file(s) no document names?

They are usually left by an import that was interrupted. If the vault was restored from an older copy, they may be documents added since: restore a newer backup first. Deleting them cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar %n archivo de contenido que ningún documento nombra?

Suelen quedar de una importación interrumpida. Si la caja fuerte se restauró de una copia más antigua, pueden ser documentos agregados después: restaure primero una copia de seguridad más reciente. Borrarlos no se puede deshacer.</numerusform>
            <numerusform>¿Borrar %n archivos de contenido que ningún documento nombra?

Suelen quedar de una importación interrumpida. Si la caja fuerte se restauró de una copia más antigua, pueden ser documentos agregados después: restaure primero una copia de seguridad más reciente. Borrarlos no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n quarantined content file(s).</source>
        <translation>
            <numerusform>Se borró %n archivo de contenido en cuarentena.</numerusform>
            <numerusform>Se borraron %n archivos de contenido en cuarentena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una caja fuerte</translation>
    </message>
    <message>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
    <message>
        <source>Encrypted case files, kept on this computer only.</source>
        <translation>Expedientes cifrados, guardados solo en esta computadora.</translation>
    </message>
    <message>
        <source>No vaults opened yet. Create one, or open a vault folder.</source>
        <translation>Todavía no se ha abierto ninguna caja fuerte. Cree una, o abra la carpeta de una caja fuerte.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open &amp;another folder…</source>
        <translation>Abrir &amp;otra carpeta…</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nueva caja fuerte…</translation>
    </message>
    <message>
        <source>Recent vaults:</source>
        <translation>Cajas fuertes recientes:</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <source>&amp;Arrests and convictions</source>
        <translation>&amp;Arrestos y condenas</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Matters and hearings</source>
        <translation>&amp;Casos y audiencias</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Record re&amp;quests</source>
        <translation>Solicitudes de &amp;registros</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Cr&amp;onología</translation>
    </message>
    <message>
        <source>Choose a client from the list, or add one with Ctrl+N.</source>
        <translation>Elija un cliente de la lista, o agregue uno con Ctrl+N.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Other names</source>
        <translation>Otros nom&amp;bres</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Country of birth</source>
        <translation>&amp;País de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>&amp;A-number</source>
        <translation>Número &amp;A</translation>
    </message>
    <message>
        <source>NYS&amp;ID</source>
        <translation>N&amp;YSID</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Immigration status</source>
        <translation>Estatus &amp;migratorio</translation>
    </message>
    <message>
        <source>De&amp;tention</source>
        <translation>D&amp;etención</translation>
    </message>
    <message>
        <source>&amp;Facility</source>
        <translation>Centro de detenció&amp;n</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <source>Add &amp;anyway</source>
        <translation>A&amp;gregar de todos modos</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separados por comas</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Released on bond</source>
        <translation>Liberado bajo fianza</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <source>Type a name or A-number</source>
        <translation>Escriba un nombre o número A</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Filter by name or A-number (Ctrl+Shift+F)</source>
        <translation>Filtrar por nombre o número A (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Client saved. Undo with Ctrl+Z.</source>
        <translation>Cliente guardado. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ConvictionDialog</name>
    <message>
        <source>Released {day}</source>
        <translation>Liberado el {day}</translation>
    </message>
    <message>
        <source>supervision revoked</source>
        <translation>supervisión revocada</translation>
    </message>
    <message>
        <source>supervision not revoked: does not count</source>
        <translation>supervisión no revocada: no cuenta</translation>
    </message>
    <message>
        <source>Released {day} after a parole violation ({how})</source>
        <translation>Liberado el {day} tras violar la libertad bajo palabra ({how})</translation>
    </message>
    <message>
        <source>New conviction</source>
        <translation>Nueva condena</translation>
    </message>
    <message>
        <source>Edit conviction</source>
        <translation>Editar condena</translation>
    </message>
    <message>
        <source>Class {cls}</source>
        <translation>Clase {cls}</translation>
    </message>
    <message>
        <source>e.g. PL 155.25 petit larceny</source>
        <translation>p. ej. PL 155.25 hurto menor</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>None, or the last day</source>
        <translation>Ninguna, o el último día</translation>
    </message>
    <message>
        <source>A drug felony (PL article 220)</source>
        <translation>Delito grave de drogas (art. 220 del PL)</translation>
    </message>
    <message>
        <source>A sex offense that requires registration</source>
        <translation>Un delito sexual que exige registro</translation>
    </message>
    <message>
        <source>Another offense CPL 160.59 excludes</source>
        <translation>Otro delito que CPL 160.59 excluye</translation>
    </message>
    <message>
        <source>CPL 160.59(1)(a): a violent felony (PL 70.02), a felony of PL article 125 (homicide), an offense of PL article 130 or 263. Clean Slate may still seal it.</source>
        <translation>CPL 160.59(1)(a): un delito grave violento (PL 70.02), un delito grave del artículo 125 del PL (homicidio), un delito del artículo 130 o 263 del PL. Clean Slate puede sellarlo igualmente.</translation>
    </message>
    <message>
        <source>No conditional sealing order</source>
        <translation>Sin orden de sellado condicional</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Arrest of {day}</source>
        <translation>Arresto del {day}</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <source>Felony &amp;class</source>
        <translation>&amp;Clase de delito grave</translation>
    </message>
    <message>
        <source>&amp;Offense</source>
        <translation>D&amp;elito</translation>
    </message>
    <message>
        <source>&amp;Sentenced on</source>
        <translation>&amp;Sentenciado el</translation>
    </message>
    <message>
        <source>&amp;Released from incarceration</source>
        <translation>&amp;Liberado de la cárcel</translation>
    </message>
    <message>
        <source>&amp;Probation or parole until</source>
        <translation>Libertad condicional o &amp;bajo palabra hasta</translation>
    </message>
    <message>
        <source>&amp;Drug felony</source>
        <translation>Delito grave de &amp;drogas</translation>
    </message>
    <message>
        <source>Re&amp;gistrable</source>
        <translation>Con re&amp;gistro</translation>
    </message>
    <message>
        <source>E&amp;xcluded from 160.59</source>
        <translation>E&amp;xcluido del 160.59</translation>
    </message>
    <message>
        <source>Conditionally sealed (CPL 160.58) on</source>
        <translation>Sellado condicional (CPL 160.58) el</translation>
    </message>
    <message>
        <source>&amp;Arrest</source>
        <translation>&amp;Arresto</translation>
    </message>
    <message>
        <source>When it seals is worked out from these facts and the client&apos;s other convictions and arrests, and shown on the Arrests and convictions tab.</source>
        <translation>Cuándo queda sellada se calcula a partir de estos datos y de las demás condenas y arrestos del cliente, y se muestra en la pestaña Arrestos y condenas.</translation>
    </message>
    <message>
        <source>Enter the day of sentence.</source>
        <translation>Escriba el día de la sentencia.</translation>
    </message>
</context>
<context>
    <name>ConvictionsPanel</name>
    <message>
        <source>a charge is pending</source>
        <translation>hay un cargo pendiente</translation>
    </message>
    <message>
        <source>on probation or parole</source>
        <translation>en libertad condicional o bajo palabra</translation>
    </message>
    <message>
        <source>excluded offense</source>
        <translation>delito excluido</translation>
    </message>
    <message>
        <source>too many convictions</source>
        <translation>demasiadas condenas</translation>
    </message>
    <message>
        <source>Felony</source>
        <translation>Delito grave (felony)</translation>
    </message>
    <message>
        <source>Misdemeanor</source>
        <translation>Delito menor (misdemeanor)</translation>
    </message>
    <message>
        <source>VTL §1192(1) (impaired driving)</source>
        <translation>VTL §1192(1) (conducir con capacidad disminuida)</translation>
    </message>
    <message>
        <source>Violation or infraction</source>
        <translation>Violación o infracción</translation>
    </message>
    <message>
        <source>State sealing does not remove immigration consequences: immigration authorities and courts may still count a sealed conviction, and forms that ask about convictions must still be answered. The client can still obtain certified dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).</source>
        <translation>El sellado estatal no elimina las consecuencias migratorias: las autoridades y los tribunales de inmigración pueden tener en cuenta una condena sellada, y los formularios que preguntan por condenas se deben contestar igual. El cliente puede seguir obteniendo resoluciones certificadas de los casos sellados (CPL 160.50(1)(d), 160.57, 160.59).</translation>
    </message>
    <message>
        <source>Sealed at disposition (CPL 160.55)</source>
        <translation>Sellado al resolverse (CPL 160.55)</translation>
    </message>
    <message>
        <source>Never ({why})</source>
        <translation>Nunca ({why})</translation>
    </message>
    <message>
        <source>Not while {why}</source>
        <translation>No mientras {why}</translation>
    </message>
    <message>
        <source>Expected {day}</source>
        <translation>Previsto el {day}</translation>
    </message>
    <message>
        <source>Not for a non-crime</source>
        <translation>No para algo que no es delito</translation>
    </message>
    <message>
        <source>No ({why})</source>
        <translation>No ({why})</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <source>{level}, class {cls}</source>
        <translation>{level}, clase {cls}</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Add &amp;conviction…</source>
        <translation>Agregar &amp;condena…</translation>
    </message>
    <message>
        <source>Edit conviction…</source>
        <translation>Editar condena…</translation>
    </message>
    <message>
        <source>Edit the chosen conviction (Enter in the list)</source>
        <translation>Editar la condena elegida (Enter en la lista)</translation>
    </message>
    <message>
        <source>No convictions recorded.</source>
        <translation>No hay condenas registradas.</translation>
    </message>
    <message>
        <source>Conviction of {day} ({level}):</source>
        <translation>Condena del {day} ({level}):</translation>
    </message>
</context>
<context>
    <name>CourtLabels</name>
    <message>
        <source>Removal defence</source>
        <translation>Defensa contra la deportación</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <source>U visa</source>
        <translation>Visa U</translation>
    </message>
    <message>
        <source>T visa</source>
        <translation>Visa T</translation>
    </message>
    <message>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus Especial de Inmigrante Juvenil (SIJS)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Criminal-immigration consult</source>
        <translation>Consulta penal-migratoria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Pending decision</source>
        <translation>Pendiente de decisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Master calendar hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <source>Criminal-court date</source>
        <translation>Fecha en el tribunal penal</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Detention unknown</source>
        <translation>Detención desconocida</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Where to keep the new vault</source>
        <translation>Dónde guardar la nueva caja fuerte</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nueva caja fuerte</translation>
    </message>
    <message>
        <source>A vault is one folder holding your case files, encrypted. Choose where it lives and a passphrase of four or more unrelated words.</source>
        <translation>Una caja fuerte es una carpeta que guarda sus expedientes, cifrados. Elija dónde va a estar y una frase de contraseña de cuatro o más palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Carpe&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Choose a folder for the vault.</source>
        <translation>Elija una carpeta para la caja fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Too weak. {feedback}</source>
        <translation>Demasiado débil. {feedback}</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Type the date as {forms} (month first)</source>
        <translation>Escriba la fecha como {forms} (primero el mes)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Type the time as {forms}</source>
        <translation>Escriba la hora como {forms}</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>La caja fuerte está bloqueada; desbloquéela primero.</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Master hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <source>Criminal court</source>
        <translation>Tribunal penal</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>today or tomorrow</source>
        <translation>hoy o mañana</translation>
    </message>
    <message numerus="yes">
        <source>in the next %n days</source>
        <translation>
            <numerusform>en el próximo día</numerusform>
            <numerusform>en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue and nothing due {window}.</source>
        <translation>Nada vencido y nada que venza {window}.</translation>
    </message>
    <message numerus="yes">
        <source>%n due {window}; nothing overdue.</source>
        <translation>
            <numerusform>%n vence {window}; nada vencido.</numerusform>
            <numerusform>%n vencen {window}; nada vencido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>{overdue}; nothing else due {window}.</source>
        <translation>{overdue}; nada más vence {window}.</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} and %n due {window}.</source>
        <translation>
            <numerusform>{overdue} y %n que vence {window}.</numerusform>
            <numerusform>{overdue} y %n que vencen {window}.</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>vencida hace %n día</numerusform>
            <numerusform>vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>File evidence for the individual hearing by {day} — {tail}</source>
        <translation>Presentar las pruebas para la audiencia individual antes del {day} — {tail}</translation>
    </message>
    <message>
        <source>File with the court by {day} — {tail}</source>
        <translation>Presentar ante el tribunal antes del {day} — {tail}</translation>
    </message>
    <message>
        <source>{title}: file by {day} — {tail}</source>
        <translation>{title}: presentar antes del {day} — {tail}</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>{title}: done (was due {day})</source>
        <translation>{title}: hecho (vencía el {day})</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} on {day} at {time} — {tail}</source>
        <translation>{title} el {day} a las {time} — {tail}</translation>
    </message>
    <message>
        <source>{title} on {day} — {tail}</source>
        <translation>{title} el {day} — {tail}</translation>
    </message>
    <message>
        <source>{title} on {day} at {time}: done</source>
        <translation>{title} el {day} a las {time}: hecho</translation>
    </message>
    <message>
        <source>{title} on {day}: done</source>
        <translation>{title} el {day}: hecho</translation>
    </message>
    <message>
        <source>Eligible to seal since {day} (CPL 160.57), if no new conviction</source>
        <translation>Se puede sellar desde el {day} (CPL 160.57), si no hay una nueva condena</translation>
    </message>
    <message>
        <source>Expected to seal on {day}, if no new conviction (CPL 160.57) — {tail}</source>
        <translation>Se espera que se selle el {day}, si no hay una nueva condena (CPL 160.57) — {tail}</translation>
    </message>
    <message>
        <source>(today is {day})</source>
        <translation>(hoy es {day})</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n due</source>
        <translation>
            <numerusform>{day}: vence %n</numerusform>
            <numerusform>{day}: vencen %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: nothing due</source>
        <translation>{day}: nada vence</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>FOIL</source>
        <translation>FOIL</translation>
    </message>
    <message>
        <source>Sealing</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message numerus="yes">
        <source>Next %n days</source>
        <translation>
            <numerusform>Próximo día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Making a demo vault of {count} fictional clients…</source>
        <translation>Creando una caja fuerte de demostración con {count} clientes ficticios…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>casebook demo</source>
        <translation>Demostración de casebook</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Buscar palabras</translation>
    </message>
    <message>
        <source>Previous page</source>
        <comment>toolbar</comment>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <comment>toolbar</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit width</source>
        <comment>toolbar</comment>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Turn view</source>
        <translation>Girar vista</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find next</source>
        <comment>toolbar</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <comment>toolbar</comment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exportar copia…</translation>
    </message>
    <message>
        <source>Text of this page, with the searched words marked</source>
        <translation>Texto de esta página, con las palabras buscadas marcadas</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message numerus="yes">
        <source>On page(s) {pages}</source>
        <translation>
            <numerusform>En la página {pages}</numerusform>
            <numerusform>En las páginas {pages}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Exportar una copia sin cifrar</translation>
    </message>
    <message>
        <source>The copy saved as “{name}” will NOT be encrypted.</source>
        <translation>La copia guardada como “{name}” NO estará cifrada.</translation>
    </message>
    <message>
        <source>Anyone who can open that folder can read it, and it stays there after casebook locks. Delete it when you no longer need it.</source>
        <translation>Cualquier persona que pueda abrir esa carpeta podrá leerla, y se queda allí después de que casebook se bloquee. Bórrela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Export unencrypted copy</source>
        <translation>Exportar copia sin cifrar</translation>
    </message>
    <message>
        <source>Saved an unencrypted copy as {path}.</source>
        <translation>Se guardó una copia sin cifrar como {path}.</translation>
    </message>
    <message>
        <source>Earlier version {number}, read-only: the content as it was before a page edit, kept unchanged for chain of custody (SHA-256 {sha256}).</source>
        <translation>Versión anterior {number}, de solo lectura: el contenido tal como estaba antes de editar las páginas, conservado sin cambios para la cadena de custodia (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <source>Drawing the page…</source>
        <translation>Dibujando la página…</translation>
    </message>
    <message>
        <source>casebook cannot show this kind of file. Use “Export a copy…” to open it in another program.</source>
        <translation>casebook no puede mostrar este tipo de archivo. Use “Exportar copia…” para abrirlo en otro programa.</translation>
    </message>
    <message>
        <source> of {count} </source>
        <translation> de {count} </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Drop files here to add them to this client&apos;s file. Enter opens a document.</source>
        <translation>Suelte archivos aquí para agregarlos al expediente del cliente. Enter abre un documento.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong inside casebook. What you were doing may not have finished; your saved records are safe. If it happens again, please report it (the log has no client data).</source>
        <translation>Algo falló dentro de casebook. Es posible que lo que estaba haciendo no haya terminado; sus registros guardados están a salvo. Si vuelve a pasar, por favor infórmelo (el registro no contiene datos de clientes).</translation>
    </message>
    <message>
        <source>casebook: internal error</source>
        <translation>casebook: error interno</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New hearing</source>
        <translation>Nueva audiencia</translation>
    </message>
    <message>
        <source>Edit hearing</source>
        <translation>Editar audiencia</translation>
    </message>
    <message>
        <source>No particular matter</source>
        <translation>Ningún caso en particular</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>No time given</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>e.g. Courtroom 12, 26 Federal Plaza</source>
        <translation>p. ej. Sala 12, 26 Federal Plaza</translation>
    </message>
    <message>
        <source>Exhibits and applications are due 15 days before an individual hearing (Immigration Court Practice Manual ch. 3.1(b)), moved back off weekends and holidays.</source>
        <translation>Las pruebas y las solicitudes vencen 15 días antes de una audiencia individual (Immigration Court Practice Manual, cap. 3.1(b)), adelantadas si caen en fin de semana o feriado.</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <source>Courtroom or &amp;address</source>
        <translation>Sala o &amp;dirección</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Filings due: {day}</source>
        <translation>Presentaciones vencen: {day}</translation>
    </message>
    <message>
        <source>Enter the date, e.g. 01/26/2027.</source>
        <translation>Escriba la fecha, p. ej. 01/26/2027.</translation>
    </message>
</context>
<context>
    <name>ExhibitDetails</name>
    <message>
        <source>Choose the foreign-language original…</source>
        <translation>Elija el original en el otro idioma…</translation>
    </message>
    <message>
        <source>The chosen exhibit</source>
        <translation>La prueba elegida</translation>
    </message>
    <message>
        <source>What the table of contents and the tab page call it</source>
        <translation>Cómo lo llaman el índice y la hoja de la pestaña</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Who issued it, e.g. Registro Civil, NYPD</source>
        <translation>Quién lo emitió, p. ej. Registro Civil, NYPD</translation>
    </message>
    <message>
        <source>This document is an English trans&amp;lation</source>
        <translation>Este documento es una &amp;traducción al inglés</translation>
    </message>
    <message>
        <source>Files it in one tab with its original: translation, certificate of translation, original (8 CFR 1003.33)</source>
        <translation>Lo presenta en una sola pestaña con su original: traducción, certificado de traducción, original (8 CFR 1003.33)</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Descr&amp;ipción</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Ori&amp;ginal</source>
        <translation>Ori&amp;ginal</translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message>
        <source>Hand off to colleagues</source>
        <translation>Traspasar a colegas</translation>
    </message>
    <message>
        <source>{client}&apos;s whole file (records, documents and their history), encrypted so that only the colleagues you name can open it, and signed by this vault. Ask each colleague for their recipient (File &gt; My identity… in their casebook).</source>
        <translation>Todo el expediente de {client} (registros, documentos y su historial), cifrado para que solo puedan abrirlo los colegas que usted nombre, y firmado por esta caja fuerte. Pida a cada colega su destinatario (Archivo &gt; Mi identidad… en su casebook).</translation>
    </message>
    <message>
        <source>This client</source>
        <translation>Este cliente</translation>
    </message>
    <message>
        <source>Where to save the bundle</source>
        <translation>Dónde guardar el paquete</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>To colleagues&apos; &amp;keys</source>
        <translation>A las &amp;claves de los colegas</translation>
    </message>
    <message>
        <source>Under a one-time &amp;passphrase instead</source>
        <translation>Con una frase de contraseña de un solo &amp;uso en su lugar</translation>
    </message>
    <message>
        <source>age1… (one a line: each colleague, a supervisor too)</source>
        <translation>age1… (uno por línea: cada colega, también un supervisor)</translation>
    </message>
    <message>
        <source>&amp;Recipients (age1…)</source>
        <translation>&amp;Destinatarios (age1…)</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Export hand-off</source>
        <translation>&amp;Exportar traspaso</translation>
    </message>
    <message>
        <source>Writing the hand-off…</source>
        <translation>Escribiendo el traspaso…</translation>
    </message>
    <message numerus="yes">
        <source>only %n colleague(s) can open it</source>
        <translation>
            <numerusform>solo %n colega puede abrirlo</numerusform>
            <numerusform>solo %n colegas pueden abrirlo</numerusform>
        </translation>
    </message>
    <message>
        <source>tell the passphrase separately, not with the file</source>
        <translation>comunique la frase de contraseña por separado, no con el archivo</translation>
    </message>
    <message>
        <source>Saved to {path}; {to}. Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>Guardado en {path}; {to}. Firmado por esta caja fuerte, huella digital {fingerprint}.</translation>
    </message>
    <message>
        <source>Hand-off saved to {path}.</source>
        <translation>Traspaso guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>HandoffImportDialog</name>
    <message>
        <source>Import a hand-off</source>
        <translation>Importar un traspaso</translation>
    </message>
    <message>
        <source>A client&apos;s file a colleague sent you. A hand-off to your recipient needs nothing more; one under a one-time passphrase needs it. Nothing is merged unless the whole file and its sender&apos;s signature check out.</source>
        <translation>El expediente de un cliente que le envió un colega. Un traspaso a su destinatario no necesita nada más; uno con una frase de contraseña de un solo uso la necesita. No se incorpora nada a menos que todo el archivo y la firma del remitente se comprueben.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose the hand-off file.</source>
        <translation>Elija el archivo del traspaso.</translation>
    </message>
    <message>
        <source>Checking the hand-off…</source>
        <translation>Comprobando el traspaso…</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated</source>
        <translation>{new} nuevos, {updated} actualizados</translation>
    </message>
    <message>
        <source>everything in it was already here, nothing changed</source>
        <translation>todo lo que contiene ya estaba aquí, no cambió nada</translation>
    </message>
    <message>
        <source>Imported into client #{client}: {merged}.</source>
        <translation>Importado al cliente n.º {client}: {merged}.</translation>
    </message>
    <message>
        <source> This client may be the same person as one already here; check.</source>
        <translation> Este cliente puede ser la misma persona que uno que ya está aquí; revíselo.</translation>
    </message>
    <message>
        <source>a colleague this vault has heard from before</source>
        <translation>un colega del que esta caja fuerte ya recibió algo antes</translation>
    </message>
    <message>
        <source>new to this vault: compare the fingerprint with them by phone</source>
        <translation>nuevo para esta caja fuerte: compare la huella digital con esa persona por teléfono</translation>
    </message>
    <message>
        <source>Signed by {recipient}{named}
Fingerprint {fingerprint}, {known}.</source>
        <translation>Firmado por {recipient}{named}
Huella digital {fingerprint}, {known}.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Colleagues send you a client&apos;s file encrypted to your recipient: give it to them (it is public). Before trusting a hand-off, read the fingerprint to each other by phone; it is also shown on every hand-off you import.</source>
        <translation>Sus colegas le envían el expediente de un cliente cifrado para su destinatario: déselo (es público). Antes de confiar en un traspaso, léanse la huella digital por teléfono; también aparece en cada traspaso que usted importe.</translation>
    </message>
    <message>
        <source>My identity</source>
        <translation>Mi identidad</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>&amp;Copy recipient</source>
        <translation>&amp;Copiar destinatario</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Recipient copied.</source>
        <translation>Destinatario copiado.</translation>
    </message>
</context>
<context>
    <name>ImportNotice</name>
    <message>
        <source>Show in Inbox</source>
        <translation>Mostrar en la bandeja de entrada</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Show in client file</source>
        <translation>Mostrar en el expediente</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detalles de la importación</translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Importing to {target}…</source>
        <translation>Importando a {target}…</translation>
    </message>
    <message>
        <source>Importing {done} of {total} to {target}: {name}</source>
        <translation>Importando {done} de {total} a {target}: {name}</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Split</source>
        <translation>Dividido</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importado</numerusform>
            <numerusform>%n importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault</source>
        <translation>
            <numerusform>%n ya estaba en la caja fuerte</numerusform>
            <numerusform>%n ya estaban en la caja fuerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n no importado</numerusform>
            <numerusform>%n no importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned batch(es)</source>
        <translation>
            <numerusform>%n lote escaneado</numerusform>
            <numerusform>%n lotes escaneados</numerusform>
        </translation>
    </message>
    <message>
        <source>{batches} split into {count} documents</source>
        <translation>{batches}: {count} documentos</translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>Importación cancelada: </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Received {day}</source>
        <translation>Recibido el {day}</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Scans from the scanner folder and files dropped on the window wait here. Select one or several, then file them with a client.</source>
        <translation>Aquí esperan los escaneos de la carpeta del escáner y los archivos soltados en la ventana. Seleccione uno o varios y luego archívelos en el expediente de un cliente.</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>Assign the selected documents (Ctrl+Return)</source>
        <translation>Asignar los documentos seleccionados (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>Ca&amp;so:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Select the documents to assign first.</source>
        <translation>Seleccione primero los documentos que quiere asignar.</translation>
    </message>
    <message>
        <source>Choose the client (type part of the name, then pick it).</source>
        <translation>Elija el cliente (escriba parte del nombre y luego selecciónelo).</translation>
    </message>
    <message numerus="yes">
        <source>%n documents assigned to {name}. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n documento asignado a {name}. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>%n documentos asignados a {name}. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n documents to {name}</source>
        <translation>
            <numerusform>Asignar %n documento a {name}</numerusform>
            <numerusform>Asignar %n documentos a {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing (already as the document says)</source>
        <translation>nada (ya está como dice el documento)</translation>
    </message>
    <message>
        <source> Not applied: {what}.</source>
        <translation> No se aplicó: {what}.</translation>
    </message>
    <message>
        <source>Applied {what}.{more} Undo with Ctrl+Z.</source>
        <translation>Se aplicó: {what}.{more} Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Accept suggestions ({what})</source>
        <translation>aceptar sugerencias ({what})</translation>
    </message>
    <message>
        <source>Nothing waits to be filed. Drop files here, or set a scanner folder in Settings.</source>
        <translation>No hay nada por archivar. Suelte archivos aquí, o elija una carpeta del escáner en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</source>
        <translation>
            <numerusform>%n por archivar. Selecciónelo y asígnelo; pulse Intro para abrirlo en una ventana (para girar, mover o dividir sus páginas).</numerusform>
            <numerusform>%n por archivar. Seleccione uno o varios y asígnelos; pulse Intro sobre uno para abrirlo en una ventana (para girar, mover o dividir sus páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;File the %n selected documents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Archivar el documento seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Archivar los %n documentos seleccionados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Select documents to file them&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seleccione documentos para archivarlos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select one document to see what it says about itself.</source>
        <translation>Seleccione un documento para ver lo que dice de sí mismo.</translation>
    </message>
    <message>
        <source>Each keeps its own title</source>
        <translation>Cada uno conserva su propio título</translation>
    </message>
    <message numerus="yes">
        <source>%n documents selected.</source>
        <translation>
            <numerusform>%n documento seleccionado.</numerusform>
            <numerusform>%n documentos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the client first</source>
        <translation>Elija primero el cliente</translation>
    </message>
    <message>
        <source>No particular matter</source>
        <translation>Ningún caso en particular</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>Editar incidente</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>e.g. 75 (the borough follows)</source>
        <translation>p. ej. 75 (el distrito se deduce)</translation>
    </message>
    <message>
        <source>From the precinct, or not known</source>
        <translation>Según el precinto, o no se sabe</translation>
    </message>
    <message>
        <source>e.g. Queens Criminal Court, 125-01 Queens Blvd</source>
        <translation>p. ej. Queens Criminal Court, 125-01 Queens Blvd</translation>
    </message>
    <message>
        <source>Optional: type a name or A-number</source>
        <translation>Opcional: escriba un nombre o número A</translation>
    </message>
    <message>
        <source>What happened, who saw it, what documents show it.</source>
        <translation>Qué pasó, quién lo vio, qué documentos lo muestran.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Precinto</translation>
    </message>
    <message>
        <source>&amp;Borough</source>
        <translation>&amp;Distrito</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>La&amp;ws it may implicate</source>
        <translation>L&amp;eyes que puede afectar</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Arrest</source>
        <translation>&amp;Arresto</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Narración</translation>
    </message>
    <message>
        <source>Choose the client first</source>
        <translation>Elija primero el cliente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>No particular arrest</source>
        <translation>Ningún arresto en particular</translation>
    </message>
    <message>
        <source>Enter the date of the incident.</source>
        <translation>Escriba la fecha del incidente.</translation>
    </message>
    <message>
        <source>Pick the client from the suggestions, or clear it.</source>
        <translation>Elija el cliente entre las sugerencias, o bórrelo.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Precinct / borough</source>
        <translation>Precinto / distrito</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Sealed record</source>
        <translation>Registro sellado</translation>
    </message>
    <message>
        <source>Yes: sealed record shared</source>
        <translation>Sí: se compartió un registro sellado</translation>
    </message>
    <message>
        <source>Pct {precinct}</source>
        <translation>Precinto {precinct}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>incident of {day} ({kind})</source>
        <translation>incidente del {day} ({kind})</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuevo incidente…</translation>
    </message>
    <message>
        <source>&amp;Edit incident…</source>
        <translation>&amp;Editar incidente…</translation>
    </message>
    <message>
        <source>&amp;Aggregate report…</source>
        <translation>&amp;Informe agregado…</translation>
    </message>
    <message>
        <source>&amp;Delete incident</source>
        <translation>E&amp;liminar incidente</translation>
    </message>
    <message>
        <source>The chosen incident&apos;s narrative shows here.</source>
        <translation>Aquí se muestra la narración del incidente elegido.</translation>
    </message>
    <message>
        <source>Incident logged.</source>
        <translation>Incidente registrado.</translation>
    </message>
    <message>
        <source>Incident saved.</source>
        <translation>Incidente guardado.</translation>
    </message>
    <message>
        <source>{done} Undo with Ctrl+Z.</source>
        <translation>{done} Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No incidents logged yet. New incident (Ctrl+Shift+N) records an NYPD-ICE information-sharing event.</source>
        <translation>Todavía no hay incidentes registrados. Nuevo incidente (Ctrl+Shift+N) registra un intercambio de información entre el NYPD e ICE.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s), {flagged} involving a sealed record.</source>
        <translation>
            <numerusform>%n incidente, {flagged} con un registro sellado.</numerusform>
            <numerusform>%n incidentes, {flagged} con un registro sellado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incidente.</numerusform>
            <numerusform>%n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no narrative)</source>
        <translation>(sin narración)</translation>
    </message>
    <message>
        <source>Sealed record: {message}</source>
        <translation>Registro sellado: {message}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Notice to appear</source>
        <translation>Notificación de comparecencia (NTA)</translation>
    </message>
    <message>
        <source>Hearing notice</source>
        <translation>Aviso de audiencia</translation>
    </message>
    <message>
        <source>Court record</source>
        <translation>Registro judicial</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Police record</source>
        <translation>Registro policial</translation>
    </message>
    <message>
        <source>FOIL response</source>
        <translation>Respuesta FOIL</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Request letter</source>
        <translation>Carta de solicitud</translation>
    </message>
    <message>
        <source>Appeal letter</source>
        <translation>Carta de apelación</translation>
    </message>
    <message>
        <source>The plain text below can be edited and copied into an e-mail or the OpenRecords portal. Export PDF writes the letter as composed, on your letterhead.</source>
        <translation>El texto de abajo se puede editar y copiar en un correo electrónico o en el portal OpenRecords. Exportar PDF escribe la carta tal como se redactó, con su membrete.</translation>
    </message>
    <message>
        <source>Composing the letter…</source>
        <translation>Redactando la carta…</translation>
    </message>
    <message>
        <source>The letter asks to be told before copying fees exceed this.</source>
        <translation>La carta pide que se avise antes de que los cargos por copias superen esta cantidad.</translation>
    </message>
    <message>
        <source>Why the written denial should be reversed</source>
        <translation>Por qué se debe revocar la denegación escrita</translation>
    </message>
    <message>
        <source>&amp;Fees up to:</source>
        <translation>&amp;Cargos hasta:</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Razones:</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy the whole letter (Ctrl+Shift+C)</source>
        <translation>Copiar toda la carta (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF (Ctrl+S)</source>
        <translation>Guardar la carta como PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Letter copied. casebook clears it from the clipboard in {seconds} seconds and when the vault locks.</source>
        <translation>Carta copiada. casebook la borra del portapapeles en {seconds} segundos y cuando la caja fuerte se bloquea.</translation>
    </message>
    <message>
        <source>Letter saved to {path}.</source>
        <translation>Carta guardada en {path}.</translation>
    </message>
    <message>
        <source>Saved to {path}. This copy is not encrypted.</source>
        <translation>Guardada en {path}. Esta copia no está cifrada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Import files into the inbox</source>
        <translation>Importar archivos a la bandeja de entrada</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Bandeja de entrada (%n)</numerusform>
            <numerusform>Bandeja de entrada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadlines (%n overdue)</source>
        <translation>
            <numerusform>Fechas límite (%n vencida)</numerusform>
            <numerusform>Fechas límite (%n vencidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Filter clients</source>
        <translation>&amp;Filtrar clientes</translation>
    </message>
    <message>
        <source>&amp;Import files into the inbox…</source>
        <translation>&amp;Importar archivos a la bandeja de entrada…</translation>
    </message>
    <message>
        <source>Export filing &amp;packet…</source>
        <translation>Exportar &amp;paquete de presentación…</translation>
    </message>
    <message>
        <source>Export client s&amp;ummary…</source>
        <translation>Exportar resu&amp;men del cliente…</translation>
    </message>
    <message>
        <source>Print s&amp;eparator sheet…</source>
        <translation>Imprimir hoja &amp;separadora…</translation>
    </message>
    <message>
        <source>Export calen&amp;dar…</source>
        <translation>Exportar cal&amp;endario…</translation>
    </message>
    <message>
        <source>Hand &amp;off to colleagues…</source>
        <translation>&amp;Traspasar a colegas…</translation>
    </message>
    <message>
        <source>Import a hand-o&amp;ff…</source>
        <translation>Importar un tr&amp;aspaso…</translation>
    </message>
    <message>
        <source>My identit&amp;y…</source>
        <translation>Mi i&amp;dentidad…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Copia de se&amp;guridad…</translation>
    </message>
    <message>
        <source>Chec&amp;k the vault…</source>
        <translation>&amp;Comprobar la caja fuerte…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nueva clave de rec&amp;uperación…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Caja fuerte desbloqueada.</translation>
    </message>
    <message numerus="yes">
        <source>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</source>
        <translation>
            <numerusform>Sin copia de seguridad en el último día: Archivo &gt; Copia de seguridad… (Ctrl+Shift+B)</numerusform>
            <numerusform>Sin copia de seguridad en los últimos %n días: Archivo &gt; Copia de seguridad… (Ctrl+Shift+B)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanner folder missing</source>
        <translation>Falta la carpeta del escáner</translation>
    </message>
    <message>
        <source>Scanner folder: watching</source>
        <translation>Carpeta del escáner: vigilando</translation>
    </message>
    <message>
        <source>That record has no client file to open yet.</source>
        <translation>Ese registro todavía no tiene un expediente de cliente que abrir.</translation>
    </message>
    <message>
        <source>Choose a client first: the packet is made from their documents.</source>
        <translation>Elija primero un cliente: el paquete se arma con sus documentos.</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Elija primero un cliente.</translation>
    </message>
    <message>
        <source>Choose a client first: the hand-off carries their whole file.</source>
        <translation>Elija primero un cliente: el traspaso lleva su expediente completo.</translation>
    </message>
    <message>
        <source>the inbox</source>
        <translation>la bandeja de entrada</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo with Ctrl+Z.</source>
        <translation>Movido a la papelera. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Restaurado de la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients match the filter</source>
        <translation>
            <numerusform>%Ln cliente coincide con el filtro</numerusform>
            <numerusform>%Ln clientes coinciden con el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop to import into {place}.</source>
        <translation>Suelte para importar a {place}.</translation>
    </message>
</context>
<context>
    <name>MatterDialog</name>
    <message>
        <source>New matter</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Edit matter</source>
        <translation>Editar caso</translation>
    </message>
    <message>
        <source>Pick a court or type its name</source>
        <translation>Elija un tribunal o escriba su nombre</translation>
    </message>
    <message>
        <source>e.g. A123-456-789 or CR-001234-25NY</source>
        <translation>p. ej. A123-456-789 o CR-001234-25NY</translation>
    </message>
    <message>
        <source>e.g. Hon. R. Lee</source>
        <translation>p. ej. Hon. R. Lee</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>C&amp;ourt</source>
        <translation>Tri&amp;bunal</translation>
    </message>
    <message>
        <source>&amp;Docket number</source>
        <translation>Número de &amp;expediente</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Juez</translation>
    </message>
    <message>
        <source>D&amp;etention</source>
        <translation>&amp;Detención</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>O&amp;pened on</source>
        <translation>A&amp;bierto el</translation>
    </message>
    <message>
        <source>C&amp;losed on</source>
        <translation>Ce&amp;rrado el</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Only a closed matter has a closing date: set Status to Closed.</source>
        <translation>Solo un caso cerrado tiene fecha de cierre: ponga Estado en Cerrado.</translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What, where</source>
        <translation>Qué, dónde</translation>
    </message>
    <message>
        <source>Filings due</source>
        <translation>Presentar hasta</translation>
    </message>
    <message>
        <source>No matters yet. New matter… (Ctrl+Shift+N) starts one; then New hearing… (Ctrl+Shift+H) adds its court dates.</source>
        <translation>Todavía no hay casos. Nuevo caso… (Ctrl+Shift+N) abre uno; luego Nueva audiencia… (Ctrl+Shift+H) agrega sus fechas en el tribunal.</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Hearings and deadlines</source>
        <translation>Audiencias y fechas límite</translation>
    </message>
    <message>
        <source>New matter…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <source>New hearing…</source>
        <translation>Nueva audiencia…</translation>
    </message>
    <message>
        <source>Edit matter…</source>
        <translation>Editar caso…</translation>
    </message>
    <message>
        <source>Close matter</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <source>Delete matter…</source>
        <translation>Eliminar caso…</translation>
    </message>
    <message>
        <source>Edit hearing…</source>
        <translation>Editar audiencia…</translation>
    </message>
    <message>
        <source>Remove hearing</source>
        <translation>Quitar audiencia</translation>
    </message>
    <message>
        <source>Matter closed. Undo with Ctrl+Z.</source>
        <translation>Caso cerrado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the matter {matter} and its %n hearing(s)?</source>
        <translation>
            <numerusform>¿Eliminar el caso {matter} y su audiencia?</numerusform>
            <numerusform>¿Eliminar el caso {matter} y sus %n audiencias?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the matter {matter}?</source>
        <translation>¿Eliminar el caso {matter}?</translation>
    </message>
    <message>
        <source>Delete matter</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <source>Its documents and notes stay in the client&apos;s file. Edit &gt; Undo brings it back.</source>
        <translation>Sus documentos y notas se quedan en el expediente del cliente. Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Matter deleted with its hearings. Undo with Ctrl+Z.</source>
        <translation>Caso eliminado con sus audiencias. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Matter added.</source>
        <translation>Caso agregado.</translation>
    </message>
    <message>
        <source>Matter saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <source>Hearing removed. Undo with Ctrl+Z.</source>
        <translation>Audiencia quitada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Hearing added.</source>
        <translation>Audiencia agregada.</translation>
    </message>
    <message>
        <source>Hearing saved.</source>
        <translation>Audiencia guardada.</translation>
    </message>
    <message>
        <source>{kind} of {when}</source>
        <translation>{kind} del {when}</translation>
    </message>
    <message>
        <source>{name} ({key} in the list)</source>
        <translation>{name} ({key} en la lista)</translation>
    </message>
</context>
<context>
    <name>NewPassphraseRows</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Too weak. {feedback}</source>
        <translation>Demasiado débil. {feedback}</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key issued; the old one no longer opens this vault.</source>
        <translation>Se emitió una nueva clave de recuperación; la anterior ya no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>A new recovery key replaces the one on your emergency kit, which then stops opening this vault. Backups made before keep the old one; to lock those out too, use Change passphrase… with “Also lock out old copies and backups”.</source>
        <translation>Una nueva clave de recuperación reemplaza la de su kit de emergencia, que entonces deja de abrir esta caja fuerte. Las copias de seguridad hechas antes conservan la anterior; para bloquearlas también, use Cambiar la frase de contraseña… con “Bloquear también las copias anteriores y las copias de seguridad”.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Issue new recovery key</source>
        <translation>&amp;Emitir una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Write a note (Ctrl+Enter to add it)</source>
        <translation>Escriba una nota (Ctrl+Enter para agregarla)</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Reading this vault&apos;s office…</source>
        <translation>Leyendo la oficina de esta caja fuerte…</translation>
    </message>
    <message>
        <source>Create an office (this vault becomes its administrator)</source>
        <translation>Crear una oficina (esta caja fuerte será su administradora)</translation>
    </message>
    <message>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate (PEM)</source>
        <translation>El certificado de la CA de la oficina (PEM)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Certificado &amp;CA:</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>Nom&amp;bre de la oficina:</translation>
    </message>
    <message>
        <source>as colleagues see you</source>
        <translation>como lo ven sus colegas</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>S&amp;u nombre:</translation>
    </message>
    <message>
        <source>used once, never stored</source>
        <translation>se usa una vez, nunca se guarda</translation>
    </message>
    <message>
        <source>Hub administrator &amp;password:</source>
        <translation>Con&amp;traseña del administrador del hub:</translation>
    </message>
    <message>
        <source>Create &amp;office</source>
        <translation>Cr&amp;ear oficina</translation>
    </message>
    <message>
        <source>Join an office with an invite made for this vault</source>
        <translation>Unirse a una oficina con una invitación hecha para esta caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitación:</translation>
    </message>
    <message>
        <source>&amp;Join office</source>
        <translation>Uni&amp;rse a la oficina</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation>&amp;Quitar miembro…</translation>
    </message>
    <message>
        <source>This vault is in no office. Create one, or join with an invite.</source>
        <translation>Esta caja fuerte no está en ninguna oficina. Cree una, o únase con una invitación.</translation>
    </message>
    <message>
        <source>Office: {name}. This vault&apos;s role: {role}. Hub: {hub}.</source>
        <translation>Oficina: {name}. Función de esta caja fuerte: {role}. Hub: {hub}.</translation>
    </message>
    <message>
        <source> (this vault)</source>
        <translation> (esta caja fuerte)</translation>
    </message>
    <message>
        <source>, removed at epoch {epoch}</source>
        <translation>, quitado en la época {epoch}</translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation>El certificado de la CA de la oficina</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <source>An office invite</source>
        <translation>Una invitación a la oficina</translation>
    </message>
    <message>
        <source>Invites (*)</source>
        <translation>Invitaciones (*)</translation>
    </message>
    <message>
        <source>Give the hub&apos;s address, its CA certificate, the office&apos;s name and the hub administrator&apos;s password.</source>
        <translation>Indique la dirección del hub, su certificado de la CA, el nombre de la oficina y la contraseña del administrador del hub.</translation>
    </message>
    <message>
        <source>Choose the invite file your administrator sent.</source>
        <translation>Elija el archivo de invitación que le envió su administrador.</translation>
    </message>
</context>
<context>
    <name>OfficeSync</name>
    <message>
        <source>S&amp;ync with the office now</source>
        <translation>Sin&amp;cronizar con la oficina ahora</translation>
    </message>
    <message>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos de sincronización…</translation>
    </message>
    <message>
        <source>Syncing with the office…</source>
        <translation>Sincronizando con la oficina…</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed on two laptops: choose in Office &gt; Resolve sync conflicts.</source>
        <translation>
            <numerusform>%n campo cambió en dos computadoras: elija en Oficina &gt; Resolver conflictos de sincronización.</numerusform>
            <numerusform>%n campos cambiaron en dos computadoras: elija en Oficina &gt; Resolver conflictos de sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the hub failed their checks and were not applied.</source>
        <translation>
            <numerusform>%n cambio del servidor de la oficina no pasó las comprobaciones y no se aplicó.</numerusform>
            <numerusform>%n cambios del servidor de la oficina no pasaron las comprobaciones y no se aplicaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Office: offline</source>
        <translation>Oficina: sin conexión</translation>
    </message>
    <message>
        <source>Office: not synced yet</source>
        <translation>Oficina: aún sin sincronizar</translation>
    </message>
    <message>
        <source>Office: synced {when}</source>
        <translation>Oficina: sincronizado {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Tick at least one document to file as an exhibit.</source>
        <translation>Marque al menos un documento para presentarlo como prueba.</translation>
    </message>
    <message>
        <source>No hearing scheduled</source>
        <translation>No hay audiencia programada</translation>
    </message>
    <message>
        <source>Export filing packet</source>
        <translation>Exportar paquete de presentación</translation>
    </message>
    <message>
        <source>Reading the client&apos;s file…</source>
        <translation>Leyendo el expediente del cliente…</translation>
    </message>
    <message>
        <source>E&amp;xhibits, in filing order:</source>
        <translation>&amp;Pruebas, en orden de presentación:</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the chosen document up (Ctrl+Up)</source>
        <translation>Subir el documento elegido (Ctrl+Arriba)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the chosen document down (Ctrl+Down)</source>
        <translation>Bajar el documento elegido (Ctrl+Abajo)</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>A brief is saved as a file of its own beside the evidence (ECAS: never combined), with its own cover page and certificate of service</source>
        <translation>Un escrito se guarda como archivo propio junto a las pruebas (ECAS: nunca combinados), con su propia portada y certificado de notificación</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Court</source>
        <translation>&amp;Tribunal</translation>
    </message>
    <message>
        <source>From the matter</source>
        <translation>Del caso</translation>
    </message>
    <message>
        <source>&amp;Brief</source>
        <translation>&amp;Escrito</translation>
    </message>
    <message>
        <source>Filed by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>Certificado de traducción</translation>
    </message>
    <message>
        <source>e.g. Haitian Creole</source>
        <translation>p. ej. criollo haitiano</translation>
    </message>
    <message>
        <source>Tra&amp;nslator</source>
        <translation>Tra&amp;ductor</translation>
    </message>
    <message>
        <source>Translator&apos;s add&amp;ress</source>
        <translation>Di&amp;rección del traductor</translation>
    </message>
    <message>
        <source>Translator&apos;s &amp;phone</source>
        <translation>&amp;Teléfono del traductor</translation>
    </message>
    <message>
        <source>Translated &amp;from</source>
        <translation>Traducido &amp;del</translation>
    </message>
    <message>
        <source>Certificate of service</source>
        <translation>Certificado de notificación</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>The OPLA office&apos;s address, for mail or hand</source>
        <translation>La dirección de la oficina de OPLA, para correo o entrega en mano</translation>
    </message>
    <message>
        <source>Met&amp;hod</source>
        <translation>Mé&amp;todo</translation>
    </message>
    <message>
        <source>&amp;Served on</source>
        <translation>&amp;Notificado el</translation>
    </message>
    <message>
        <source>&amp;OPLA address</source>
        <translation>Dirección de &amp;OPLA</translation>
    </message>
    <message>
        <source>&amp;Back to the exhibits</source>
        <translation>&amp;Volver a las pruebas</translation>
    </message>
    <message>
        <source>&amp;Export packet…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>Saves the evidence under the name ECAS asks for (Lastname_A123456789_Evidence.pdf); a brief goes beside it as a file of its own (…_Brief.pdf), and a filing over {limit} MB in parts (…_Part1.pdf, …_Part2.pdf)</source>
        <translation>Guarda las pruebas con el nombre que pide ECAS (Lastname_A123456789_Evidence.pdf); un escrito va al lado como archivo propio (…_Brief.pdf), y una presentación de más de {limit} MB, en partes (…_Part1.pdf, …_Part2.pdf)</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Cancelar la e&amp;xportación</translation>
    </message>
    <message>
        <source>Enter the date the filing is served.</source>
        <translation>Escriba la fecha en que se notifica la presentación.</translation>
    </message>
    <message>
        <source>Cancelling… nothing is written.</source>
        <translation>Cancelando… no se escribe nada.</translation>
    </message>
    <message>
        <source>Filing packet for &lt;b&gt;{client}&lt;/b&gt;. Tick the documents to file as exhibits and put them in order: drag them, or use Move up and Move down (Ctrl+Up, Ctrl+Down).</source>
        <translation>Paquete de presentación para &lt;b&gt;{client}&lt;/b&gt;. Marque los documentos que va a presentar como pruebas y póngalos en orden: arrástrelos, o use Subir y Bajar (Ctrl+Arriba, Ctrl+Abajo).</translation>
    </message>
    <message>
        <source>{client} has no documents yet. Add documents to the client&apos;s file first (drop them on the client, or import them).</source>
        <translation>{client} todavía no tiene documentos. Primero agregue documentos al expediente del cliente (suéltelos sobre el cliente, o impórtelos).</translation>
    </message>
    <message>
        <source>No brief</source>
        <translation>Sin escrito</translation>
    </message>
    <message>
        <source>Your name is not set: add it under Settings &gt; Profile so the cover and the certificate of service carry it.</source>
        <translation>Su nombre no está configurado: agréguelo en Configuración &gt; Perfil para que la portada y el certificado de notificación lo lleven.</translation>
    </message>
    <message>
        <source>Judge: {judge}</source>
        <translation>Juez: {judge}</translation>
    </message>
    <message>
        <source>Judge: not recorded</source>
        <translation>Juez: sin registrar</translation>
    </message>
    <message>
        <source>Detention: not recorded</source>
        <translation>Detención: sin registrar</translation>
    </message>
    <message>
        <source>Mark an exhibit as a translation to fill this in</source>
        <translation>Marque una prueba como traducción para completar esto</translation>
    </message>
    <message>
        <source>No exhibits ticked yet.</source>
        <translation>Todavía no hay pruebas marcadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s): about {pages} pages, {size}.</source>
        <translation>
            <numerusform>%n prueba: unas {pages} páginas, {size}.</numerusform>
            <numerusform>%n pruebas: unas {pages} páginas, {size}.</numerusform>
        </translation>
    </message>
    <message>
        <source> Over the court&apos;s {limit} MB upload limit: it will be split into about {parts} files (Part1, Part2…).</source>
        <translation> Supera el límite de carga del tribunal de {limit} MB: se dividirá en unos {parts} archivos (Part1, Part2…).</translation>
    </message>
    <message>
        <source>Give the translator&apos;s name: the certificate of translation needs it.</source>
        <translation>Indique el nombre del traductor: el certificado de traducción lo necesita.</translation>
    </message>
    <message>
        <source>Checking the exhibits…</source>
        <translation>Comprobando las pruebas…</translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <source>Rotate left</source>
        <comment>toolbar</comment>
        <translation>↺ Izquierda</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <comment>toolbar</comment>
        <translation>↻ Derecha</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>Delete page</source>
        <comment>toolbar</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete page</source>
        <translation>Eliminar página</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Split here…</source>
        <translation>Dividir aquí…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <comment>toolbar</comment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source> Pages: </source>
        <translation> Páginas: </translation>
    </message>
    <message>
        <source>Each page edit keeps the content it replaced, unchanged, with the SHA-256 it had (chain of custody). Open one to look at it; it cannot be edited.</source>
        <translation>Cada edición de páginas conserva sin cambios el contenido que reemplazó, con el SHA-256 que tenía (cadena de custodia). Abra una para verla; no se puede editar.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>A document keeps at least one page: this one cannot be deleted.</source>
        <translation>Un documento conserva al menos una página: esta no se puede eliminar.</translation>
    </message>
    <message>
        <source>Delete page {page}</source>
        <translation>Eliminar la página {page}</translation>
    </message>
    <message>
        <source>Deleted page {page}.</source>
        <translation>Se eliminó la página {page}.</translation>
    </message>
    <message>
        <source>Go to the page that should begin the new document (page 2 or later), then split there.</source>
        <translation>Vaya a la página con la que debe empezar el nuevo documento (la página 2 o una posterior) y divida allí.</translation>
    </message>
    <message>
        <source>pages {first}–{last}</source>
        <translation>las páginas {first}–{last}</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>la página {page}</translation>
    </message>
    <message>
        <source>Split the document</source>
        <translation>Dividir el documento</translation>
    </message>
    <message>
        <source>Make {pages} a new document, filed where this one is? This document keeps {kept}; its whole content as it is now stays listed as an earlier version.</source>
        <translation>¿Hacer de {pages} un documento nuevo, archivado donde está este? Este documento conserva {kept}; todo su contenido actual queda en la lista como una versión anterior.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Editing the pages…</source>
        <translation>Editando las páginas…</translation>
    </message>
    <message numerus="yes">
        <source>Split: {pages} is now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Dividido: {pages} es ahora el documento {new}; este documento conserva %n página. Su contenido anterior es la versión anterior {version}.</numerusform>
            <numerusform>Dividido: {pages} es ahora el documento {new}; este documento conserva %n páginas. Su contenido anterior es la versión anterior {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split: {pages} are now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Dividido: {pages} son ahora el documento {new}; este documento conserva %n página. Su contenido anterior es la versión anterior {version}.</numerusform>
            <numerusform>Dividido: {pages} son ahora el documento {new}; este documento conserva %n páginas. Su contenido anterior es la versión anterior {version}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No earlier versions: the pages were never edited.</source>
        <translation>No hay versiones anteriores: las páginas nunca se editaron.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>That is not the current passphrase. Check the keyboard layout and Caps Lock; nothing was changed.</source>
        <translation>Esa no es la frase de contraseña actual. Revise la distribución del teclado y Bloq Mayús; no se cambió nada.</translation>
    </message>
    <message>
        <source>Passphrase changed. The recovery key is unchanged.</source>
        <translation>Frase de contraseña cambiada. La clave de recuperación no cambia.</translation>
    </message>
    <message>
        <source>Passphrase and key changed: old copies and backups no longer open what you save from now on. Keep the new recovery key safe; the old one no longer works.</source>
        <translation>Se cambiaron la frase de contraseña y la clave: las copias anteriores y las copias de seguridad ya no abren lo que guarde a partir de ahora. Guarde bien la nueva clave de recuperación; la anterior ya no sirve.</translation>
    </message>
    <message>
        <source>Also lock out old copies and backups (new data key and new recovery key)</source>
        <translation>Bloquear también las copias anteriores y las copias de seguridad (nueva clave de datos y nueva clave de recuperación)</translation>
    </message>
    <message>
        <source>Every document is re-encrypted, which may take a while. Old backups keep opening with the old passphrase, but only with what they already hold.</source>
        <translation>Cada documento se vuelve a cifrar, lo que puede tardar. Las copias de seguridad anteriores se siguen abriendo con la frase anterior, pero solo con lo que ya contienen.</translation>
    </message>
    <message>
        <source>The key change was cancelled; nothing was changed.</source>
        <translation>Se canceló el cambio de clave; no se cambió nada.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. Old backups keep opening with the passphrase they were made with.</source>
        <translation>Escriba la frase de contraseña que usa ahora y luego la nueva dos veces. Las copias de seguridad anteriores se siguen abriendo con la frase con la que se hicieron.</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Passphrase and data key changed. The old recovery key no longer works; this is the new one.</source>
        <translation>Se cambiaron la frase de contraseña y la clave de datos. La clave de recuperación anterior ya no sirve; esta es la nueva.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>NYSID</source>
        <translation>NYSID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro de detención</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>RecentVaultsSetting</name>
    <message>
        <source>&amp;Remember recent vaults on this computer</source>
        <translation>&amp;Recordar las cajas fuertes recientes en esta computadora</translation>
    </message>
    <message>
        <source>The start window lists the vault folders opened lately. The list is kept outside any vault, unencrypted, so a folder&apos;s name can be read by anyone using this computer account.</source>
        <translation>La ventana de inicio muestra las carpetas de cajas fuertes abiertas hace poco. La lista se guarda fuera de toda caja fuerte y sin cifrar, así que cualquiera que use esta cuenta de la computadora puede leer el nombre de una carpeta.</translation>
    </message>
    <message>
        <source>&amp;Forget them</source>
        <translation>Ol&amp;vidarlas</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forget them (%n)</source>
        <translation>
            <numerusform>Ol&amp;vidarla (%n)</numerusform>
            <numerusform>Ol&amp;vidarlas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Sealed (CPL 160.50)</source>
        <translation>Sellado (CPL 160.50)</translation>
    </message>
    <message>
        <source>Sealed (CPL 160.55)</source>
        <translation>Sellado (CPL 160.55)</translation>
    </message>
    <message>
        <source>Sealed (CPL 160.57, Clean Slate)</source>
        <translation>Sellado (CPL 160.57, Clean Slate)</translation>
    </message>
    <message>
        <source>Conditionally sealed (CPL 160.58)</source>
        <translation>Sellado condicional (CPL 160.58)</translation>
    </message>
    <message>
        <source>Sealed (CPL 160.59, on application)</source>
        <translation>Sellado (CPL 160.59, a solicitud)</translation>
    </message>
    <message>
        <source>CPL 160.55 seals the police, prosecutor and DCJS records (fingerprints, photographs), but not the court&apos;s own file, which stays open (CPL 160.55(1)(c)).</source>
        <translation>CPL 160.55 sella los registros de la policía, la fiscalía y DCJS (huellas dactilares, fotografías), pero no el expediente del propio tribunal, que sigue abierto (CPL 160.55(1)(c)).</translation>
    </message>
    <message>
        <source>Detainer request or honoured</source>
        <translation>Solicitud de detención (detainer) o su cumplimiento</translation>
    </message>
    <message>
        <source>Notification to ICE</source>
        <translation>Notificación a ICE</translation>
    </message>
    <message>
        <source>Record shared</source>
        <translation>Registro compartido</translation>
    </message>
    <message>
        <source>ICE at a precinct</source>
        <translation>ICE en un precinto</translation>
    </message>
    <message>
        <source>ICE at a courthouse</source>
        <translation>ICE en un tribunal</translation>
    </message>
    <message>
        <source>Joint operation</source>
        <translation>Operativo conjunto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>NYC Admin. Code 14-154</source>
        <translation>Código Administrativo de NYC 14-154</translation>
    </message>
    <message>
        <source>NYC Admin. Code 9-131</source>
        <translation>Código Administrativo de NYC 9-131</translation>
    </message>
    <message>
        <source>Executive Order 41</source>
        <translation>Orden Ejecutiva 41</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>Todavía no recibida</translation>
    </message>
    <message>
        <source>Awaiting acknowledgement</source>
        <translation>En espera del acuse de recibo</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>En espera de una decisión</translation>
    </message>
    <message>
        <source>Constructively denied</source>
        <translation>Denegada por falta de respuesta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Time to appeal passed</source>
        <translation>Venció el plazo para apelar</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>Apelación pendiente</translation>
    </message>
    <message>
        <source>Appeal constructively denied</source>
        <translation>Apelación denegada por falta de respuesta</translation>
    </message>
    <message>
        <source>Appeal granted</source>
        <translation>Apelación concedida</translation>
    </message>
    <message>
        <source>Appeal denied</source>
        <translation>Apelación denegada</translation>
    </message>
    <message>
        <source>Time for Article 78 passed</source>
        <translation>Venció el plazo del Artículo 78</translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation>Otra agencia</translation>
    </message>
    <message>
        <source>Partly granted</source>
        <translation>Concedida en parte</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message numerus="yes">
        <source>extended %n times: no provision permits repeated delays</source>
        <translation>
            <numerusform>prorrogada %n vez: ninguna disposición permite demoras repetidas</numerusform>
            <numerusform>prorrogada %n veces: ninguna disposición permite demoras repetidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>New passphrase set. The recovery key still works; keep the kit safe.</source>
        <translation>Nueva frase de contraseña puesta. La clave de recuperación sigue sirviendo; guarde bien el kit.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Poner una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the recovery key from the emergency kit (eight groups of four letters and digits), then choose a new passphrase. The recovery key keeps working afterwards.</source>
        <translation>Escriba la clave de recuperación del kit de emergencia (ocho grupos de cuatro letras y números) y luego elija una nueva frase de contraseña. La clave de recuperación sigue sirviendo después.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase and unlock</source>
        <translation>&amp;Poner la frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>{typed} of {needed} letters and digits</source>
        <translation>{typed} de {needed} letras y números</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save the emergency kit</source>
        <translation>Guardar el kit de emergencia</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>&lt;b&gt;This key is shown only now.&lt;/b&gt; With it, anyone can open this vault; without it and the passphrase, nobody can, not even you. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>&lt;b&gt;Esta clave se muestra solo ahora.&lt;/b&gt; Con ella, cualquiera puede abrir esta caja fuerte; sin ella y sin la frase de contraseña, nadie puede, ni siquiera usted. Imprímala o anótela, y guárdela en un lugar seguro, lejos de esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save the printable &amp;emergency kit (PDF)…</source>
        <translation>Guardar el &amp;kit de emergencia imprimible (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key.</source>
        <translation>Ya imprimí o anoté la clave de recuperación.</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Saved {path}. Print it now, then delete the file: a kit left on this computer helps whoever takes it.</source>
        <translation>Se guardó {path}. Imprímalo ahora y luego borre el archivo: un kit que se queda en esta computadora ayuda a quien se la lleve.</translation>
    </message>
</context>
<context>
    <name>ReleasesField</name>
    <message>
        <source>Release date</source>
        <translation>Fecha de liberación</translation>
    </message>
    <message>
        <source>After re-incarceration for a parole violation</source>
        <translation>Tras volver a prisión por violar la libertad bajo palabra</translation>
    </message>
    <message>
        <source>Supervision was revoked</source>
        <translation>Se revocó la supervisión</translation>
    </message>
    <message>
        <source>Add re&amp;lease</source>
        <translation>Agregar &amp;liberación</translation>
    </message>
    <message>
        <source>Remove release</source>
        <translation>Quitar liberación</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>New record request</source>
        <translation>Nueva solicitud de registros</translation>
    </message>
    <message>
        <source>Unsealing</source>
        <translation>Levantamiento del sellado</translation>
    </message>
    <message>
        <source>FOIL-2025-056-01234</source>
        <translation>FOIL-2025-056-01234</translation>
    </message>
    <message>
        <source>Optional: type a name or A-number</source>
        <translation>Opcional: escriba un nombre o número A</translation>
    </message>
    <message>
        <source>The records asked for, as in the request</source>
        <translation>Los registros pedidos, como en la solicitud</translation>
    </message>
    <message>
        <source>e.g. M25612345</source>
        <translation>p. ej. M25612345</translation>
    </message>
    <message>
        <source>e.g. 2025-075-01234</source>
        <translation>p. ej. 2025-075-01234</translation>
    </message>
    <message>
        <source>e.g. 12345678K</source>
        <translation>p. ej. 12345678K</translation>
    </message>
    <message>
        <source>e.g. 75</source>
        <translation>p. ej. 75</translation>
    </message>
    <message>
        <source>e.g. 23:40</source>
        <translation>p. ej. 23:40</translation>
    </message>
    <message>
        <source>e.g. arrest, stop, vehicle collision</source>
        <translation>p. ej. arresto, detención en la calle, choque de vehículos</translation>
    </message>
    <message>
        <source>Body-worn camera footage is asked for</source>
        <translation>Se piden videos de cámaras corporales</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>A&amp;gencia</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>OpenRecords &amp;number</source>
        <translation>&amp;Número de OpenRecords</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Records asked for</source>
        <translation>&amp;Registros pedidos</translation>
    </message>
    <message>
        <source>&amp;Arrest report number</source>
        <translation>Número del informe de &amp;arresto</translation>
    </message>
    <message>
        <source>Co&amp;mplaint number</source>
        <translation>Número de la den&amp;uncia</translation>
    </message>
    <message>
        <source>NYS&amp;ID</source>
        <translation>NYS&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Precinct</source>
        <translation>&amp;Precinto</translation>
    </message>
    <message>
        <source>&amp;Date of incident</source>
        <translation>&amp;Fecha del incidente</translation>
    </message>
    <message>
        <source>&amp;Time of incident</source>
        <translation>&amp;Hora del incidente</translation>
    </message>
    <message>
        <source>Incident t&amp;ype</source>
        <translation>Tipo de inci&amp;dente</translation>
    </message>
    <message>
        <source>&amp;Body-worn camera</source>
        <translation>Cá&amp;mara corporal</translation>
    </message>
    <message>
        <source>Sent &amp;via</source>
        <translation>&amp;Enviada por</translation>
    </message>
    <message>
        <source>&amp;Sent on</source>
        <translation>En&amp;viada el</translation>
    </message>
    <message>
        <source>R&amp;eceived by the agency</source>
        <translation>Reci&amp;bida por la agencia</translation>
    </message>
    <message>
        <source>The day the agency received it: the statutory clock starts the next business day.</source>
        <translation>El día en que la agencia la recibió: el plazo legal empieza el siguiente día hábil.</translation>
    </message>
    <message>
        <source>Pick the client from the suggestions, or clear it.</source>
        <translation>Elija el cliente entre las sugerencias, o bórrelo.</translation>
    </message>
</context>
<context>
    <name>RequestEventDialog</name>
    <message>
        <source>The agency received it</source>
        <translation>La agencia la recibió</translation>
    </message>
    <message>
        <source>The agency acknowledged it</source>
        <translation>La agencia acusó recibo</translation>
    </message>
    <message>
        <source>The agency extended its time</source>
        <translation>La agencia prorrogó su plazo</translation>
    </message>
    <message>
        <source>The agency decided</source>
        <translation>La agencia decidió</translation>
    </message>
    <message>
        <source>The appeal was received</source>
        <translation>Se recibió la apelación</translation>
    </message>
    <message>
        <source>The appeal was decided</source>
        <translation>Se decidió la apelación</translation>
    </message>
    <message>
        <source>An Article 78 petition was filed</source>
        <translation>Se presentó una petición del Artículo 78</translation>
    </message>
    <message>
        <source>What happened – {request}</source>
        <translation>Qué pasó – {request}</translation>
    </message>
    <message>
        <source>Choose the date</source>
        <translation>Elija la fecha</translation>
    </message>
    <message>
        <source>e.g. the volume of records, a review for redactions</source>
        <translation>p. ej. el volumen de registros, una revisión para tachar datos</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;El día</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>&amp;Promised date</source>
        <translation>Fecha &amp;prometida</translation>
    </message>
    <message>
        <source>&amp;Reason given</source>
        <translation>&amp;Razón dada</translation>
    </message>
    <message>
        <source>The date the agency gave in writing for its answer; it may lie in the future.</source>
        <translation>La fecha que la agencia dio por escrito para su respuesta; puede ser futura.</translation>
    </message>
    <message>
        <source>&amp;New date given</source>
        <translation>&amp;Nueva fecha dada</translation>
    </message>
    <message>
        <source>Letter &amp;dated</source>
        <translation>Carta &amp;fechada</translation>
    </message>
    <message>
        <source>Enter the date it happened.</source>
        <translation>Escriba la fecha en que pasó.</translation>
    </message>
    <message>
        <source>Enter the new date the agency gave.</source>
        <translation>Escriba la nueva fecha que dio la agencia.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue or due within {days} days</source>
        <translation>Vencidas o que vencen en {days} días</translation>
    </message>
    <message>
        <source>Constructive denial</source>
        <translation>Denegación por falta de respuesta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>About no one client</source>
        <translation>No se refiere a un cliente</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>All clients (type a name to filter)</source>
        <translation>Todos los clientes (escriba un nombre para filtrar)</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>&amp;Record what happened…</source>
        <translation>&amp;Registrar lo que pasó…</translation>
    </message>
    <message>
        <source>Request &amp;letter…</source>
        <translation>&amp;Carta de solicitud…</translation>
    </message>
    <message>
        <source>&amp;Appeal letter…</source>
        <translation>Carta de &amp;apelación…</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Delete request</source>
        <translation>&amp;Eliminar solicitud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Response documents (Enter opens one)</source>
        <translation>Documentos de respuesta (Enter abre uno)</translation>
    </message>
    <message>
        <source>Request saved. Undo with Ctrl+Z.</source>
        <translation>Solicitud guardada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Recorded. Undo with Ctrl+Z.</source>
        <translation>Registrado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>No record requests yet. New request (Ctrl+Shift+N) follows NYPD&apos;s request form.</source>
        <translation>Todavía no hay solicitudes de registros. Nueva solicitud (Ctrl+Shift+N) sigue el formulario de solicitud del NYPD.</translation>
    </message>
    <message>
        <source>No request matches the filters.</source>
        <translation>Ninguna solicitud coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n mostrada.</numerusform>
            <numerusform>%n mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a request in the list to see its clock.</source>
        <translation>Elija una solicitud de la lista para ver su plazo.</translation>
    </message>
    <message>
        <source>Records asked for: {records}</source>
        <translation>Registros pedidos: {records}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
    <message>
        <source>Sealed record: {message}</source>
        <translation>Registro sellado: {message}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>due</source>
        <translation>vence</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>New re&amp;quest for this client…</source>
        <translation>Nueva so&amp;licitud para este cliente…</translation>
    </message>
    <message>
        <source>Enter opens a request on the Record requests page.</source>
        <translation>Enter abre la solicitud en la página Solicitudes de registros.</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Solicitud de registros</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Inbox (unassigned)</source>
        <translation>Bandeja de entrada (sin asignar)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search clients, documents, notes, matters… (A-numbers too)</source>
        <translation>Buscar clientes, documentos, notas, casos… (también números A)</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Escriba para buscar.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source> from the newest {count} matching documents (every match in a moment: the search index is being prepared)</source>
        <translation> de los {count} documentos más recientes que coinciden (todas las coincidencias en un momento: se está preparando el índice de búsqueda)</translation>
    </message>
    <message>
        <source>. ↑↓ to choose, Enter to open.</source>
        <translation>. ↑↓ para elegir, Enter para abrir.</translation>
    </message>
</context>
<context>
    <name>SeparatorSheetDialog</name>
    <message>
        <source>Put one printed sheet between documents in the scanner&apos;s tray and scan the whole stack as one file. casebook starts a new document after each sheet and leaves the sheet out; each document gets its own suggestions in the Inbox. A blank page splits a batch too, unless Settings says your scanner scans both sides. Print it on one side of the paper, at actual size; photocopies work as well.</source>
        <translation>Ponga una hoja impresa entre los documentos en la bandeja del escáner y escanee toda la pila como un solo archivo. casebook empieza un documento nuevo después de cada hoja y deja fuera la hoja; cada documento recibe sus propias sugerencias en la bandeja de entrada. Una página en blanco también divide un lote, salvo que la configuración diga que su escáner escanea ambas caras. Imprímala en una sola cara del papel, a tamaño real; las fotocopias también sirven.</translation>
    </message>
    <message>
        <source>Printing is not available here: save the sheet as a PDF and print that.</source>
        <translation>Aquí no se puede imprimir: guarde la hoja como PDF e imprímala.</translation>
    </message>
    <message>
        <source>Print separator sheet</source>
        <translation>Imprimir hoja separadora</translation>
    </message>
    <message>
        <source>The printer could not be started; save the sheet as a PDF and print that.</source>
        <translation>No se pudo iniciar la impresora; guarde la hoja como PDF e imprímala.</translation>
    </message>
    <message>
        <source>The separator sheet was sent to the printer.</source>
        <translation>La hoja separadora se envió a la impresora.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Saved the separator sheet to {name}; print it on one side.</source>
        <translation>Se guardó la hoja separadora en {name}; imprímala en una sola cara.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>EOIR &amp;ID:</source>
        <translation>&amp;ID de EOIR:</translation>
    </message>
    <message>
        <source>Scanner folder</source>
        <translation>Carpeta del escáner</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Remind to &amp;back up after:</source>
        <translation>Recordar hacer copia de &amp;seguridad tras:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows the next time casebook starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra casebook.</translation>
    </message>
    <message>
        <source>casebook also locks when you press Ctrl+L and, where the system tells it, when the screen locks or the computer goes to sleep.</source>
        <translation>casebook también se bloquea al pulsar Ctrl+L y, cuando el sistema lo avisa, al bloquearse la pantalla o al suspenderse la computadora.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>No scanner folder</source>
        <translation>Sin carpeta del escáner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Stop watching</source>
        <translation>&amp;Dejar de vigilar</translation>
    </message>
    <message>
        <source>&amp;Keep the scanned files in the folder after import</source>
        <translation>Conser&amp;var los archivos escaneados en la carpeta después de importarlos</translation>
    </message>
    <message>
        <source>By default casebook removes each scan from the folder once its encrypted copy is read back and checked, because a scan left there is not protected. Keep them only if the folder is itself on an encrypted disk.</source>
        <translation>De forma predeterminada, casebook borra cada escaneo de la carpeta una vez que su copia cifrada se ha vuelto a leer y comprobar, porque un escaneo que queda ahí no está protegido. Consérvelos solo si la carpeta está en un disco cifrado.</translation>
    </message>
    <message>
        <source>My scanner scans &amp;both sides of each sheet (duplex)</source>
        <translation>Mi escáner escanea &amp;ambas caras de cada hoja (dúplex)</translation>
    </message>
    <message>
        <source>A scanned batch is split into documents at each separator sheet (in the File menu: Print separator sheet) and at each blank page. When the scanner scans both sides, the blank backs of one-sided papers are left out instead, and only a whole blank sheet splits the batch.</source>
        <translation>Un lote escaneado se divide en documentos en cada hoja separadora (en el menú Archivo: Imprimir hoja separadora) y en cada página en blanco. Cuando el escáner escanea ambas caras, en cambio, se omiten los reversos en blanco de los papeles de una sola cara, y solo una hoja entera en blanco divide el lote.</translation>
    </message>
    <message>
        <source>New files in this folder (from a scanner or a phone app) go to the Inbox.</source>
        <translation>Los archivos nuevos de esta carpeta (de un escáner o de una aplicación del teléfono) van a la bandeja de entrada.</translation>
    </message>
    <message>
        <source>&amp;Scanner folder</source>
        <translation>Carpeta del escá&amp;ner</translation>
    </message>
    <message>
        <source>Looking for OCR…</source>
        <translation>Buscando el OCR…</translation>
    </message>
    <message>
        <source>Read scanned pages in these languages:</source>
        <translation>Leer las páginas escaneadas en estos idiomas:</translation>
    </message>
    <message>
        <source>&amp;OCR</source>
        <translation>&amp;OCR</translation>
    </message>
    <message>
        <source>Printed on filings and letters. Kept encrypted in this vault.</source>
        <translation>Se imprime en los escritos y las cartas. Se guarda cifrado en esta caja fuerte.</translation>
    </message>
    <message>
        <source>Advocate &amp;profile</source>
        <translation>&amp;Perfil del defensor</translation>
    </message>
    <message>
        <source>B&amp;ackups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>O&amp;ficina</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Kind: {kind}</source>
        <translation>Tipo: {kind}</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Título: {title}</translation>
    </message>
    <message>
        <source>Date: {day}</source>
        <translation>Fecha: {day}</translation>
    </message>
    <message>
        <source>Request: {request}</source>
        <translation>Solicitud: {request}</translation>
    </message>
    <message>
        <source> (file it with a client first)</source>
        <translation> (primero archívelo con un cliente)</translation>
    </message>
    <message>
        <source>Hearing: {hearing}</source>
        <translation>Audiencia: {hearing}</translation>
    </message>
    <message>
        <source>File with {name}</source>
        <translation>Archivar con {name}</translation>
    </message>
    <message>
        <source>Perhaps {name}: put in the form</source>
        <translation>Quizás {name}: poner en el formulario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sugerencias&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Acc&amp;ept</source>
        <translation>Ac&amp;eptar</translation>
    </message>
    <message>
        <source>Accept the chosen suggestion (Enter)</source>
        <translation>Aceptar la sugerencia elegida (Enter)</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar to&amp;das</translation>
    </message>
    <message>
        <source>Accept every suggestion shown</source>
        <translation>Aceptar todas las sugerencias mostradas</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>Nothing this document says matches a known form or client.</source>
        <translation>Nada de lo que dice este documento coincide con un formulario o cliente conocido.</translation>
    </message>
    <message>
        <source>{what}
    because {because}</source>
        <translation>{what}
    porque {because}</translation>
    </message>
    <message>
        <source>{what}, because {because}</source>
        <translation>{what}, porque {because}</translation>
    </message>
    <message>
        <source>Several clients have this name: pick one.</source>
        <translation>Varios clientes tienen este nombre: elija uno.</translation>
    </message>
    <message>
        <source>Enter accepts the chosen one. Nothing is applied until you accept.</source>
        <translation>Enter acepta la elegida. No se aplica nada hasta que usted acepte.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>&amp;A-number (keep only its last 3 digits)</source>
        <translation>Número &amp;A (conservar solo sus 3 últimos dígitos)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>Fecha de &amp;nacimiento</translation>
    </message>
    <message>
        <source>&amp;NYSID</source>
        <translation>&amp;NYSID</translation>
    </message>
    <message>
        <source>the A-number</source>
        <translation>el número A</translation>
    </message>
    <message>
        <source>address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Export client summary</source>
        <translation>Exportar resumen del cliente</translation>
    </message>
    <message>
        <source>A PDF of everything in {client}&apos;s file: profile, matters and hearings, a timeline, the document index with fingerprints, record requests, arrests and incidents. The saved file is not encrypted.</source>
        <translation>Un PDF con todo el expediente de {client}: perfil, casos y audiencias, una cronología, el índice de documentos con sus huellas digitales, solicitudes de registros, arrestos e incidentes. El archivo guardado no está cifrado.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>Where to save the PDF</source>
        <translation>Dónde guardar el PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Spanish writes the summary for the client to read; English is the default.</source>
        <translation>En español, el resumen queda escrito para que lo lea el cliente; el inglés es el idioma predeterminado.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Redact for sharing</source>
        <translation>Tachar datos para compartir</translation>
    </message>
    <message>
        <source>&amp;For sharing (the usual set: A-number, address, phone)</source>
        <translation>&amp;Para compartir (lo habitual: número A, dirección, teléfono)</translation>
    </message>
    <message>
        <source>&amp;Export summary</source>
        <translation>&amp;Exportar resumen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source> (for sharing)</source>
        <translation> (para compartir)</translation>
    </message>
    <message>
        <source>{client} - summary {day}{suffix}.pdf</source>
        <translation>{client} - resumen {day}{suffix}.pdf</translation>
    </message>
    <message>
        <source>Choose where to save the summary.</source>
        <translation>Elija dónde guardar el resumen.</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Escribiendo el resumen…</translation>
    </message>
    <message>
        <source>Saved to {path} with {redacted} redacted.</source>
        <translation>Guardado en {path} con {redacted} tachados.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source> This copy is not encrypted.</source>
        <translation> Esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>Client summary saved to {path}.</source>
        <translation>Resumen del cliente guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <source>{languages} (interpreter needed)</source>
        <translation>{languages} (necesita intérprete)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>NYSID</source>
        <translation>NYSID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Matter notes</source>
        <translation>Notas de los casos</translation>
    </message>
    <message>
        <source>No notes on the matters.</source>
        <translation>No hay notas en los casos.</translation>
    </message>
    <message>
        <source>Hearings and dates</source>
        <translation>Audiencias y fechas</translation>
    </message>
    <message>
        <source>Document index</source>
        <translation>Índice de documentos</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>No hay documentos.</translation>
    </message>
    <message>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>aún no recibida</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>Arrestos</translation>
    </message>
    <message>
        <source>Convictions and when they seal</source>
        <translation>Condenas y cuándo se sellan</translation>
    </message>
    <message>
        <source>NYPD–ICE information-sharing incidents</source>
        <translation>Incidentes de intercambio de información entre el NYPD y el ICE</translation>
    </message>
    <message>
        <source>Pct {precinct}</source>
        <translation>Precinto {precinct}</translation>
    </message>
    <message>
        <source>{name} received</source>
        <translation>{name} recibida</translation>
    </message>
    <message>
        <source>{name} answered</source>
        <translation>{name} respondida</translation>
    </message>
    <message>
        <source>Prepared for sharing: {fields} redacted.</source>
        <translation>Preparado para compartir: se ocultaron {fields}.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>{what} (done)</source>
        <translation>{what} (realizada)</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>You may act by {day}</source>
        <translation>Puede actuar hasta el {day}</translation>
    </message>
    <message>
        <source>The agency owes an answer by {day}</source>
        <translation>La agencia debe responder a más tardar el {day}</translation>
    </message>
    <message>
        <source>Conditionally sealed on {day} (CPL 160.58).</source>
        <translation>Sellada condicionalmente el {day} (CPL 160.58).</translation>
    </message>
    <message>
        <source>Expected to seal on {day} (CPL 160.57), if no new conviction.</source>
        <translation>Se espera que se selle el {day} (CPL 160.57), si no hay una nueva condena.</translation>
    </message>
    <message>
        <source>Does not seal by itself for now (CPL 160.57): {why}.</source>
        <translation>Por ahora no se sella automáticamente (CPL 160.57): {why}.</translation>
    </message>
    <message>
        <source>Does not seal by itself (CPL 160.57).</source>
        <translation>No se sella automáticamente (CPL 160.57).</translation>
    </message>
    <message>
        <source>A motion to seal may be made from {day} (CPL 160.59).</source>
        <translation>Se puede pedir al tribunal que la selle a partir del {day} (CPL 160.59).</translation>
    </message>
    <message>
        <source>Arrest ({precinct} Pct)</source>
        <translation>Arresto (precinto {precinct})</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>CPL 160.55 (court file open)</source>
        <translation>CPL 160.55 (el expediente del tribunal sigue abierto)</translation>
    </message>
    <message>
        <source>{level} (class {cls})</source>
        <translation>{level} (clase {cls})</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Filings due</source>
        <translation>Presentar hasta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>SHA-256 (original file)</source>
        <translation>SHA-256 (archivo original)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Precinct</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <source>Arrest no.</source>
        <translation>N.º de arresto</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <source>Sentenced</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Sealing (CPL 160.57, 160.58, 160.59)</source>
        <translation>Sellado (CPL 160.57, 160.58, 160.59)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Released on bond</source>
        <translation>Liberado bajo fianza</translation>
    </message>
    <message>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Removal defence</source>
        <translation>Defensa contra la deportación</translation>
    </message>
    <message>
        <source>Bond</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <source>U visa</source>
        <translation>Visa U</translation>
    </message>
    <message>
        <source>T visa</source>
        <translation>Visa T</translation>
    </message>
    <message>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus Especial de Inmigrante Juvenil (SIJS)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Criminal-immigration consult</source>
        <translation>Consulta penal-migratoria</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Pending decision</source>
        <translation>En espera de decisión</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Master calendar hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <source>Criminal-court date</source>
        <translation>Fecha en el tribunal penal</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>Aún no recibida</translation>
    </message>
    <message>
        <source>Awaiting acknowledgement</source>
        <translation>En espera de acuse de recibo</translation>
    </message>
    <message>
        <source>Awaiting a decision</source>
        <translation>En espera de una decisión</translation>
    </message>
    <message>
        <source>Constructively denied</source>
        <translation>Denegada por falta de respuesta</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Time to appeal passed</source>
        <translation>Venció el plazo para apelar</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>Apelación pendiente</translation>
    </message>
    <message>
        <source>Appeal constructively denied</source>
        <translation>Apelación denegada por falta de respuesta</translation>
    </message>
    <message>
        <source>Appeal granted</source>
        <translation>Apelación concedida</translation>
    </message>
    <message>
        <source>Appeal denied</source>
        <translation>Apelación denegada</translation>
    </message>
    <message>
        <source>Time for Article 78 passed</source>
        <translation>Venció el plazo del Artículo 78</translation>
    </message>
    <message>
        <source>Felony</source>
        <translation>Delito grave (felony)</translation>
    </message>
    <message>
        <source>Misdemeanor</source>
        <translation>Delito menor (misdemeanor)</translation>
    </message>
    <message>
        <source>VTL §1192(1) (impaired driving)</source>
        <translation>VTL §1192(1) (conducir con la capacidad disminuida)</translation>
    </message>
    <message>
        <source>Violation or infraction</source>
        <translation>Infracción (violation)</translation>
    </message>
    <message>
        <source>Detainer request or honoured</source>
        <translation>Solicitud de retención (detainer) o retención cumplida</translation>
    </message>
    <message>
        <source>Notification to ICE</source>
        <translation>Notificación al ICE</translation>
    </message>
    <message>
        <source>Record shared</source>
        <translation>Registro compartido</translation>
    </message>
    <message>
        <source>ICE at a precinct</source>
        <translation>ICE en un precinto</translation>
    </message>
    <message>
        <source>ICE at a courthouse</source>
        <translation>ICE en un tribunal</translation>
    </message>
    <message>
        <source>Joint operation</source>
        <translation>Operativo conjunto</translation>
    </message>
    <message>
        <source>a charge is pending</source>
        <translation>hay un cargo pendiente</translation>
    </message>
    <message>
        <source>still under probation or parole</source>
        <translation>todavía en libertad condicional o bajo palabra</translation>
    </message>
    <message>
        <source>the offense is excluded</source>
        <translation>el delito está excluido</translation>
    </message>
    <message>
        <source>more convictions than the law allows</source>
        <translation>más condenas de las que permite la ley</translation>
    </message>
    <message>
        <source>A-number (last 3 digits kept)</source>
        <translation>el número A (se conservan los 3 últimos dígitos)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <source>State sealing does not remove immigration consequences: immigration authorities and courts may still count a sealed conviction, and forms that ask about convictions must still be answered. The client can still obtain certified dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).</source>
        <translation>El sellado estatal no elimina las consecuencias migratorias: las autoridades y los tribunales de inmigración pueden seguir tomando en cuenta una condena sellada, y los formularios que preguntan por condenas deben contestarse igual. El cliente puede seguir obteniendo certificados de resolución de los casos sellados (CPL 160.50(1)(d), 160.57, 160.59).</translation>
    </message>
    <message>
        <source>Client summary: {name}</source>
        <translation>Resumen del cliente: {name}</translation>
    </message>
    <message>
        <source>Client summary prepared {date}. Confidential.</source>
        <translation>Resumen del cliente preparado el {date}. Confidencial.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Nothing dated recorded yet.</source>
        <translation>Todavía no hay nada con fecha.</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Colleague&apos;s</source>
        <translation>Del colega</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Hearing or date</source>
        <translation>Audiencia o fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Solicitud de registros</translation>
    </message>
    <message>
        <source>Request extension</source>
        <translation>Prórroga de la solicitud</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <source>Conviction</source>
        <translation>Condena</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document link</source>
        <translation>Vínculo de documento</translation>
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
        <source>Resolve sync conflicts</source>
        <translation>Resolver conflictos de sincronización</translation>
    </message>
    <message>
        <source>These fields were changed on this laptop and on a colleague&apos;s before they synced. Each shows the later value for now; the other is kept here. Choose the value to keep: it goes to the office at the next sync.</source>
        <translation>Estos campos se cambiaron en esta computadora y en la de un colega antes de sincronizar. Por ahora cada uno muestra el valor más reciente; el otro se guarda aquí. Elija el valor que desea conservar: se enviará a la oficina en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Keep &amp;this laptop&apos;s</source>
        <translation>Conservar el de es&amp;ta computadora</translation>
    </message>
    <message>
        <source>Keep the &amp;colleague&apos;s</source>
        <translation>Conservar el del &amp;colega</translation>
    </message>
    <message>
        <source>No conflicts: every field agrees with the office.</source>
        <translation>No hay conflictos: todos los campos coinciden con la oficina.</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (eliminado)</translation>
    </message>
    <message>
        <source>Kept {value} for {field}.</source>
        <translation>Se conservó {value} para {field}.</translation>
    </message>
</context>
<context>
    <name>SystemLockWatcher</name>
    <message>
        <source>the system suspended casebook</source>
        <translation>el sistema suspendió casebook</translation>
    </message>
    <message>
        <source>the computer is going to sleep</source>
        <translation>la computadora va a suspenderse</translation>
    </message>
    <message>
        <source>the screen was locked</source>
        <translation>se bloqueó la pantalla</translation>
    </message>
    <message>
        <source>the screen was locked or the computer is going to sleep</source>
        <translation>se bloqueó la pantalla o la computadora va a suspenderse</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Arrests, sentences and the day a conviction is expected to seal (Clean Slate, if no new conviction) ◆, hearings ●, record requests as bars from receipt to the next due date, incidents ▲, documents as ticks. Red: late or a sealed record shared. Ctrl+wheel zooms; hover for details.</source>
        <translation>Arrestos, sentencias y el día en que se espera que una condena quede sellada (Clean Slate, si no hay una nueva condena) ◆, audiencias ●, solicitudes de registros como barras desde la recepción hasta la próxima fecha límite, incidentes ▲, documentos como marcas. Rojo: atrasado o un registro sellado que se compartió. Ctrl+rueda amplía; pase el puntero para ver detalles.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add {label}</source>
        <translation>agregar {label}</translation>
    </message>
    <message>
        <source>Edit {label}</source>
        <translation>editar {label}</translation>
    </message>
    <message>
        <source>Close {label}</source>
        <translation>cerrar {label}</translation>
    </message>
    <message>
        <source>Delete {label}</source>
        <translation>eliminar {label}</translation>
    </message>
    <message>
        <source>Remove {label}</source>
        <translation>quitar {label}</translation>
    </message>
    <message>
        <source>Redid: {what}</source>
        <translation>Se rehízo: {what}</translation>
    </message>
    <message>
        <source>Undid: {what}</source>
        <translation>Se deshizo: {what}</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>agregar {name}</translation>
    </message>
    <message>
        <source> (moved to the trash; Redo brings them back)</source>
        <translation> (movidos a la papelera; Rehacer los recupera)</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>editar {name}</translation>
    </message>
    <message>
        <source>Deleted {label}. Undo with Ctrl+Z.</source>
        <translation>Se eliminó {label}. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source> (back in the Inbox)</source>
        <translation> (de vuelta en la bandeja de entrada)</translation>
    </message>
    <message>
        <source> (back as it was)</source>
        <translation> (de vuelta como estaba)</translation>
    </message>
    <message>
        <source>Move {name} to the trash</source>
        <translation>mover a {name} a la papelera</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>La frase de contraseña no es correcta. Revise la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Other vault…</source>
        <translation>&amp;Otra caja fuerte…</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery key…</source>
        <translation>¿La olvidó? Use la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
</TS>
