<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="43"/>
        <source> (needs an interpreter)</source>
        <translation> (necesita intérprete)</translation>
    </message>
</context>
<context>
    <name>ArrestsTab</name>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="42"/>
        <source>{label}; court file open</source>
        <translation>{label}; el expediente del tribunal sigue abierto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="47"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="48"/>
        <source>Not sealed</source>
        <translation>No sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="127"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="128"/>
        <source>Precinct</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="129"/>
        <source>Arrest no.</source>
        <translation>N.º de arresto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="130"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="131"/>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="132"/>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="137"/>
        <source>Add a&amp;rrest…</source>
        <translation>Agregar a&amp;rresto…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="139"/>
        <source>Edit arrest…</source>
        <translation>Editar arresto…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="140"/>
        <source>Edit the chosen arrest (Enter in the list)</source>
        <translation>Editar el arresto elegido (Enter en la lista)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="146"/>
        <source>A sealed record (CPL 160.50, 160.55, 160.57, 160.58, 160.59) must not be shared: casebook flags an incident or a request response that carries it. CPL 160.55 leaves the court&apos;s own file open.</source>
        <translation>Un registro sellado (CPL 160.50, 160.55, 160.57, 160.58, 160.59) no se debe compartir: casebook marca el incidente o la respuesta a una solicitud que lo contenga. CPL 160.55 deja abierto el expediente del propio tribunal.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="157"/>
        <source>Convictions and when they seal</source>
        <translation>Condenas y cuándo quedan selladas</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="45"/>
        <source>On lock and on quit, at most once a day</source>
        <translation>Al bloquear y al salir, como máximo una vez al día</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="46"/>
        <source>On every lock and quit</source>
        <translation>Cada vez que se bloquee o se salga</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="47"/>
        <source>Off: only when I ask</source>
        <translation>Desactivado: solo cuando yo lo pida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="77"/>
        <source>casebook backs the vault up by itself into this folder, best a removable drive kept apart from the computer. Each backup is read back and checked; older ones are removed only after a newer one checked.</source>
        <translation>casebook hace por sí solo copias de seguridad de la caja fuerte en esta carpeta, de preferencia en una unidad extraíble que se guarde lejos de la computadora. Cada copia se vuelve a leer y se comprueba; las más antiguas se borran solo después de comprobar una más reciente.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="86"/>
        <source>No backup folder: backups only from File &gt; Back up…</source>
        <translation>Sin carpeta de copias: solo copias desde Archivo &gt; Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="89"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="105"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="106"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="109"/>
        <source>Automaticall&amp;y:</source>
        <translation>Automátic&amp;amente:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="110"/>
        <source>Keep &amp;daily backups for the last:</source>
        <translation>Guardar copias &amp;diarias de los últimos:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="111"/>
        <source>and &amp;weekly ones for the weeks before:</source>
        <translation>y copias &amp;semanales de las semanas anteriores:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="116"/>
        <source>Back &amp;up now</source>
        <translation>Hacer la copia a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="122"/>
        <source>Last verified backup: …</source>
        <translation>Última copia comprobada: …</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="131"/>
        <source>Back up to &amp;folder:</source>
        <translation>Copiar en la &amp;carpeta:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="183"/>
        <source>Choose a folder to back up to.</source>
        <translation>Elija una carpeta donde guardar las copias.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="187"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="189"/>
        <source>Writing the backup, then reading it back to check it…</source>
        <translation>Escribiendo la copia y luego leyéndola de nuevo para comprobarla…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_settings.py" line="210"/>
        <source>Written %v of %m parts</source>
        <translation>Escritas %v de %m partes</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="34"/>
        <source>today {clock}</source>
        <translation>hoy {clock}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="36"/>
        <source>yesterday {clock}</source>
        <translation>ayer {clock}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="43"/>
        <source>Last verified backup: never.</source>
        <translation>Última copia comprobada: ninguna.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="46"/>
        <source>Last verified backup: {when} to {folder}.</source>
        <translation>Última copia comprobada: {when} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="49"/>
        <source>Last verified backup: {when}.</source>
        <translation>Última copia comprobada: {when}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="67"/>
        <source>No backup yet: one is made at the next lock or quit, to {folder}.</source>
        <translation>Todavía no hay copia de seguridad: se hará al próximo bloqueo o cierre, en {folder}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="73"/>
        <source>Last backup: {when} to {folder}</source>
        <translation>Última copia: {when} en {folder}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/backup_status.py" line="75"/>
        <source>Last backup: {when}</source>
        <translation>Última copia: {when}</translation>
    </message>
</context>
<context>
    <name>CasebookApp</name>
    <message>
        <location filename="../../casebook/ui/controller.py" line="92"/>
        <source>The vault locked while the passphrase was being changed: if the new passphrase does not open it, the old one will.</source>
        <translation>La caja fuerte se bloqueó mientras se cambiaba la frase de contraseña: si la nueva no la abre, la anterior sí.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="97"/>
        <source>The vault locked before the new recovery key was confirmed as kept: issue another one (File &gt; New recovery key…), as that one was shown only once.</source>
        <translation>La caja fuerte se bloqueó antes de confirmar que guardó la nueva clave de recuperación: emita otra (Archivo &gt; Nueva clave de recuperación…), porque esa se mostró una sola vez.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="310"/>
        <source>Demo vault passphrase: {passphrase}</source>
        <translation>Frase de contraseña de la caja fuerte de demostración: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="362"/>
        <source>Backing up the vault before it closes…</source>
        <translation>Haciendo una copia de seguridad de la caja fuerte antes de cerrarla…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="493"/>
        <source>Backing up the vault before it closes: {done} of {total} parts written…</source>
        <translation>Haciendo una copia de seguridad antes de cerrar: {done} de {total} partes escritas…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="506"/>
        <source>Backed up and verified {when} to {folder}.</source>
        <translation>Copia de seguridad hecha y comprobada {when} en {folder}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="626"/>
        <source>Backed up and verified: {path}.</source>
        <translation>Copia de seguridad hecha y comprobada: {path}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="665"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="672"/>
        <source>Scan {name}: added to the inbox</source>
        <translation>Escaneo {name}: agregado a la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="673"/>
        <source>Scan {name}: already in the vault</source>
        <translation>Escaneo {name}: ya está en la caja fuerte</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="674"/>
        <source>Scan {name}: left alone ({reason})</source>
        <translation>Escaneo {name}: no se tocó ({reason})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="676"/>
        <source>Scan {name}: not imported: {reason}</source>
        <translation>Escaneo {name}: no se importó: {reason}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="681"/>
        <source>Scan {name}: split into {count} documents in the inbox</source>
        <translation>Escaneo {name}: dividido en {count} documentos en la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="685"/>
        <source>, leaving out {pages}</source>
        <translation>, sin {pages}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/controller.py" line="693"/>
        <source>Locked because {reason}.</source>
        <translation>Bloqueada porque {reason}.</translation>
    </message>
</context>
<context>
    <name>ChoosePage</name>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="41"/>
        <source>Open a vault folder</source>
        <translation>Abrir la carpeta de una caja fuerte</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="55"/>
        <source>Encrypted case files, kept on this computer only.</source>
        <translation>Expedientes cifrados, guardados solo en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="63"/>
        <source>No vaults opened yet. Create one, or open a vault folder.</source>
        <translation>Todavía no se ha abierto ninguna caja fuerte. Cree una, o abra la carpeta de una caja fuerte.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="66"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="69"/>
        <source>Open &amp;another folder…</source>
        <translation>Abrir &amp;otra carpeta…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="71"/>
        <source>&amp;New vault…</source>
        <translation>&amp;Nueva caja fuerte…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/start_window.py" line="83"/>
        <source>Recent vaults:</source>
        <translation>Cajas fuertes recientes:</translation>
    </message>
</context>
<context>
    <name>ClientDetailPane</name>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="66"/>
        <source>&amp;Arrests and convictions</source>
        <translation>&amp;Arrestos y condenas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="146"/>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="147"/>
        <location filename="../../casebook/ui/client_detail.py" line="293"/>
        <source>&amp;Matters and hearings</source>
        <translation>&amp;Casos y audiencias</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="148"/>
        <location filename="../../casebook/ui/client_detail.py" line="294"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="149"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="150"/>
        <location filename="../../casebook/ui/client_detail.py" line="295"/>
        <source>Record re&amp;quests</source>
        <translation>Solicitudes de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="152"/>
        <source>T&amp;imeline</source>
        <translation>Cr&amp;onología</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="155"/>
        <source>Choose a client from the list, or add one with Ctrl+N.</source>
        <translation>Elija un cliente de la lista, o agregue uno con Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_detail.py" line="298"/>
        <source>{tab} ({count})</source>
        <translation>{tab} ({count})</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="35"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="36"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="37"/>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="38"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="41"/>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="42"/>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="43"/>
        <source>Released on bond</source>
        <translation>Liberado bajo fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/client_list_model.py" line="46"/>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../casebook/ui/client_picker.py" line="31"/>
        <source>Type a name or A-number</source>
        <translation>Escriba un nombre o número A</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../casebook/ui/clients_page.py" line="67"/>
        <source>Filter by name or A-number (Ctrl+Shift+F)</source>
        <translation>Filtrar por nombre o número A (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/clients_page.py" line="243"/>
        <source>Client saved. Undo with Ctrl+Z.</source>
        <translation>Cliente guardado. Deshaga con Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ConvictionsPanel</name>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="28"/>
        <source>a charge is pending</source>
        <translation>hay un cargo pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="29"/>
        <source>on probation or parole</source>
        <translation>en libertad condicional o bajo palabra</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="30"/>
        <source>excluded offense</source>
        <translation>delito excluido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="31"/>
        <source>too many convictions</source>
        <translation>demasiadas condenas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="36"/>
        <source>Felony</source>
        <translation>Delito grave (felony)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="37"/>
        <source>Misdemeanor</source>
        <translation>Delito menor (misdemeanor)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="38"/>
        <source>VTL §1192(1) (impaired driving)</source>
        <translation>VTL §1192(1) (conducir con capacidad disminuida)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="39"/>
        <source>Violation or infraction</source>
        <translation>Violación o infracción</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="41"/>
        <source>State sealing does not remove immigration consequences: immigration authorities and courts may still count a sealed conviction, and forms that ask about convictions must still be answered. The client can still obtain certified dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).</source>
        <translation>El sellado estatal no elimina las consecuencias migratorias: las autoridades y los tribunales de inmigración pueden tener en cuenta una condena sellada, y los formularios que preguntan por condenas se deben contestar igual. El cliente puede seguir obteniendo resoluciones certificadas de los casos sellados (CPL 160.50(1)(d), 160.57, 160.59).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="66"/>
        <source>Sealed at disposition (CPL 160.55)</source>
        <translation>Sellado al resolverse (CPL 160.55)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="68"/>
        <source>Never ({why})</source>
        <translation>Nunca ({why})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="72"/>
        <source>Not while {why}</source>
        <translation>No mientras {why}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="75"/>
        <source>Expected {day}</source>
        <translation>Previsto el {day}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="84"/>
        <source>Not for a non-crime</source>
        <translation>No para algo que no es delito</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="86"/>
        <source>No ({why})</source>
        <translation>No ({why})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="89"/>
        <source>From {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="100"/>
        <source>{level}, class {cls}</source>
        <translation>{level}, clase {cls}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="123"/>
        <source>Sentenced</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="124"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="125"/>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="140"/>
        <source>Add &amp;conviction…</source>
        <translation>Agregar &amp;condena…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="142"/>
        <source>Edit conviction…</source>
        <translation>Editar condena…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="143"/>
        <source>Edit the chosen conviction (Enter in the list)</source>
        <translation>Editar la condena elegida (Enter en la lista)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="206"/>
        <source>No convictions recorded.</source>
        <translation>No hay condenas registradas.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/convictions_panel.py" line="211"/>
        <source>Conviction of {day} ({level}):</source>
        <translation>Condena del {day} ({level}):</translation>
    </message>
</context>
<context>
    <name>CourtLabels</name>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="25"/>
        <source>Removal defence</source>
        <translation>Defensa contra la deportación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="26"/>
        <source>Bond</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="27"/>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="28"/>
        <source>U visa</source>
        <translation>Visa U</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="29"/>
        <source>T visa</source>
        <translation>Visa T</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="30"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus Especial de Inmigrante Juvenil (SIJS)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="31"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="32"/>
        <source>Criminal-immigration consult</source>
        <translation>Consulta penal-migratoria</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="33"/>
        <location filename="../../casebook/ui/court_labels.py" line="52"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="36"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="37"/>
        <source>Pending decision</source>
        <translation>Pendiente de decisión</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="38"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="41"/>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="42"/>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="43"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="46"/>
        <source>Master calendar hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="47"/>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="48"/>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="49"/>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="50"/>
        <source>Criminal-court date</source>
        <translation>Fecha en el tribunal penal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="51"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="96"/>
        <source>Detention unknown</source>
        <translation>Detención desconocida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/court_labels.py" line="117"/>
        <source> (done)</source>
        <translation> (hecho)</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadlines_page.py" line="134"/>
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
        <location filename="../../casebook/ui/deadline_words.py" line="22"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="23"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="24"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="25"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="26"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="27"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="28"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="34"/>
        <source>Master hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="35"/>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="36"/>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="37"/>
        <source>Criminal court</source>
        <translation>Tribunal penal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="38"/>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="39"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="40"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="53"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="55"/>
        <location filename="../../casebook/ui/deadline_words.py" line="84"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="56"/>
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Vencida hace %n día</numerusform>
            <numerusform>Vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="60"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="62"/>
        <source>today or tomorrow</source>
        <translation>hoy o mañana</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="64"/>
        <source>in the next %n days</source>
        <translation>
            <numerusform>en el próximo día</numerusform>
            <numerusform>en los próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="66"/>
        <source>Nothing overdue and nothing due {window}.</source>
        <translation>Nada vencido y nada que venza {window}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="68"/>
        <source>%n due {window}; nothing overdue.</source>
        <translation>
            <numerusform>%n vence {window}; nada vencido.</numerusform>
            <numerusform>%n vencen {window}; nada vencido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="69"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="71"/>
        <source>{overdue}; nothing else due {window}.</source>
        <translation>{overdue}; nada más vence {window}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="74"/>
        <source>{overdue} and %n due {window}.</source>
        <translation>
            <numerusform>{overdue} y %n que vence {window}.</numerusform>
            <numerusform>{overdue} y %n que vencen {window}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="82"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="85"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>vencida hace %n día</numerusform>
            <numerusform>vencida hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="96"/>
        <source>File evidence for the individual hearing by {day} — {tail}</source>
        <translation>Presentar las pruebas para la audiencia individual antes del {day} — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="98"/>
        <source>File with the court by {day} — {tail}</source>
        <translation>Presentar ante el tribunal antes del {day} — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="100"/>
        <source>{title}: file by {day} — {tail}</source>
        <translation>{title}: presentar antes del {day} — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="102"/>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="103"/>
        <source>{title}: done (was due {day})</source>
        <translation>{title}: hecho (vencía el {day})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="107"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="109"/>
        <source>{title} on {day} at {time} — {tail}</source>
        <translation>{title} el {day} a las {time} — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="111"/>
        <source>{title} on {day} — {tail}</source>
        <translation>{title} el {day} — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="115"/>
        <source>{title} on {day} at {time}: done</source>
        <translation>{title} el {day} a las {time}: hecho</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="117"/>
        <source>{title} on {day}: done</source>
        <translation>{title} el {day}: hecho</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="120"/>
        <source>Eligible to seal since {day} (CPL 160.57), if no new conviction</source>
        <translation>Se puede sellar desde el {day} (CPL 160.57), si no hay una nueva condena</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="122"/>
        <source>Expected to seal on {day}, if no new conviction (CPL 160.57) — {tail}</source>
        <translation>Se espera que se selle el {day}, si no hay una nueva condena (CPL 160.57) — {tail}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="127"/>
        <source>(today is {day})</source>
        <translation>(hoy es {day})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="130"/>
        <source>OVERDUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="134"/>
        <source>{day}: %n due</source>
        <translation>
            <numerusform>{day}: vence %n</numerusform>
            <numerusform>{day}: vencen %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadline_words.py" line="135"/>
        <source>{day}: nothing due</source>
        <translation>{day}: nada vence</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="45"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="46"/>
        <source>Filing</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="47"/>
        <source>FOIL</source>
        <translation>FOIL</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="48"/>
        <source>Sealing</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="202"/>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadlines_page.py" line="207"/>
        <source>Next %n days</source>
        <translation>
            <numerusform>Próximo día</numerusform>
            <numerusform>Próximos %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="216"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="220"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="220"/>
        <location filename="../../casebook/ui/deadlines_page.py" line="230"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/deadlines_page.py" line="220"/>
        <location filename="../../casebook/ui/deadlines_page.py" line="230"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../casebook/app.py" line="197"/>
        <source>Making a demo vault of {count} fictional clients…</source>
        <translation>Creando una caja fuerte de demostración con {count} clientes ficticios…</translation>
    </message>
    <message>
        <location filename="../../casebook/app.py" line="200"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../casebook/app.py" line="204"/>
        <source>casebook demo</source>
        <translation>Demostración de casebook</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="68"/>
        <source>Export a copy</source>
        <translation>Exportar una copia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="145"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="155"/>
        <source>Find in document</source>
        <translation>Buscar palabras</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="173"/>
        <source>Previous page</source>
        <comment>toolbar</comment>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="176"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="179"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="179"/>
        <source>Next page</source>
        <comment>toolbar</comment>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="182"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="185"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="188"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="188"/>
        <source>Fit width</source>
        <comment>toolbar</comment>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="191"/>
        <source>Turn view</source>
        <translation>Girar vista</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="192"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="194"/>
        <source>Find next</source>
        <comment>toolbar</comment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="197"/>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="200"/>
        <source>Export a copy…</source>
        <comment>toolbar</comment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="203"/>
        <source>Export a copy…</source>
        <translation>Exportar copia…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="231"/>
        <source>Text of this page, with the searched words marked</source>
        <translation>Texto de esta página, con las palabras buscadas marcadas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="278"/>
        <location filename="../../casebook/ui/document_viewer.py" line="290"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="350"/>
        <source>No document is open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="417"/>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/document_viewer.py" line="425"/>
        <source>On page(s) {pages}</source>
        <translation>
            <numerusform>En la página {pages}</numerusform>
            <numerusform>En las páginas {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="449"/>
        <source>Export an unencrypted copy</source>
        <translation>Exportar una copia sin cifrar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="450"/>
        <source>The copy saved as “{name}” will NOT be encrypted.</source>
        <translation>La copia guardada como “{name}” NO estará cifrada.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="456"/>
        <source>Anyone who can open that folder can read it, and it stays there after casebook locks. Delete it when you no longer need it.</source>
        <translation>Cualquier persona que pueda abrir esa carpeta podrá leerla, y se queda allí después de que casebook se bloquee. Bórrela cuando ya no la necesite.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="462"/>
        <source>Export unencrypted copy</source>
        <translation>Exportar copia sin cifrar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="476"/>
        <source>Saved an unencrypted copy as {path}.</source>
        <translation>Se guardó una copia sin cifrar como {path}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="495"/>
        <source>Earlier version {number}, read-only: the content as it was before a page edit, kept unchanged for chain of custody (SHA-256 {sha256}).</source>
        <translation>Versión anterior {number}, de solo lectura: el contenido tal como estaba antes de editar las páginas, conservado sin cambios para la cadena de custodia (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="507"/>
        <source>Drawing the page…</source>
        <translation>Dibujando la página…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="516"/>
        <source>casebook cannot show this kind of file. Use “Export a copy…” to open it in another program.</source>
        <translation>casebook no puede mostrar este tipo de archivo. Use “Exportar copia…” para abrirlo en otro programa.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="614"/>
        <source> of {count} </source>
        <translation> de {count} </translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="22"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="23"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="24"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="25"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="26"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/documents_tab.py" line="37"/>
        <source>Drop files here to add them to this client&apos;s file. Enter opens a document.</source>
        <translation>Suelte archivos aquí para agregarlos al expediente del cliente. Enter abre un documento.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="75"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="79"/>
        <source>Scans from the scanner folder and files dropped on the window wait here. Select one or several, then file them with a client.</source>
        <translation>Aquí esperan los escaneos de la carpeta del escáner y los archivos soltados en la ventana. Seleccione uno o varios y luego archívelos en el expediente de un cliente.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="119"/>
        <source>Keep as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="126"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="127"/>
        <source>Assign the selected documents (Ctrl+Return)</source>
        <translation>Asignar los documentos seleccionados (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="133"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="134"/>
        <source>&amp;Matter:</source>
        <translation>Ca&amp;so:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="135"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="136"/>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="252"/>
        <source>Select the documents to assign first.</source>
        <translation>Seleccione primero los documentos que quiere asignar.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="255"/>
        <source>Choose the client (type part of the name, then pick it).</source>
        <translation>Elija el cliente (escriba parte del nombre y luego selecciónelo).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="273"/>
        <source>%n documents assigned to {name}. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n documento asignado a {name}. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>%n documentos asignados a {name}. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="278"/>
        <source>Assign %n documents to {name}</source>
        <translation>
            <numerusform>Asignar %n documento a {name}</numerusform>
            <numerusform>Asignar %n documentos a {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="353"/>
        <source>Nothing waits to be filed. Drop files here, or set a scanner folder in Settings.</source>
        <translation>No hay nada por archivar. Suelte archivos aquí, o elija una carpeta del escáner en Configuración.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="357"/>
        <source>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</source>
        <translation>
            <numerusform>%n por archivar. Selecciónelo y asígnelo; pulse Intro para abrirlo en una ventana (para girar, mover o dividir sus páginas).</numerusform>
            <numerusform>%n por archivar. Seleccione uno o varios y asígnelos; pulse Intro sobre uno para abrirlo en una ventana (para girar, mover o dividir sus páginas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="375"/>
        <source>&lt;b&gt;File the %n selected documents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Archivar el documento seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Archivar los %n documentos seleccionados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="377"/>
        <source>&lt;b&gt;Select documents to file them&lt;/b&gt;</source>
        <translation>&lt;b&gt;Seleccione documentos para archivarlos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="393"/>
        <source>Select one document to see what it says about itself.</source>
        <translation>Seleccione un documento para ver lo que dice de sí mismo.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="396"/>
        <source>Each keeps its own title</source>
        <translation>Cada uno conserva su propio título</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="400"/>
        <source>%n documents selected.</source>
        <translation>
            <numerusform>%n documento seleccionado.</numerusform>
            <numerusform>%n documentos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="435"/>
        <source>Choose the client first</source>
        <translation>Elija primero el cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/inbox_page.py" line="437"/>
        <source>No particular matter</source>
        <translation>Ningún caso en particular</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="53"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="54"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="55"/>
        <source>Precinct / borough</source>
        <translation>Precinto / distrito</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="56"/>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="57"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="58"/>
        <source>Sealed record</source>
        <translation>Registro sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="60"/>
        <source>Yes: sealed record shared</source>
        <translation>Sí: se compartió un registro sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="74"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="85"/>
        <source>none named</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="86"/>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="89"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="96"/>
        <source>incident of {day} ({kind})</source>
        <translation>incidente del {day} ({kind})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="129"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="132"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Nuevo incidente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="135"/>
        <source>&amp;Edit incident…</source>
        <translation>&amp;Editar incidente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="138"/>
        <source>&amp;Aggregate report…</source>
        <translation>&amp;Informe agregado…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="167"/>
        <source>&amp;Delete incident</source>
        <translation>E&amp;liminar incidente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="188"/>
        <source>The chosen incident&apos;s narrative shows here.</source>
        <translation>Aquí se muestra la narración del incidente elegido.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="241"/>
        <source>Incident logged.</source>
        <translation>Incidente registrado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="250"/>
        <source>Incident saved.</source>
        <translation>Incidente guardado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="293"/>
        <source>{done} Undo with Ctrl+Z.</source>
        <translation>{done} Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="337"/>
        <source>No incidents logged yet. New incident (Ctrl+Shift+N) records an NYPD-ICE information-sharing event.</source>
        <translation>Todavía no hay incidentes registrados. Nuevo incidente (Ctrl+Shift+N) registra un intercambio de información entre el NYPD e ICE.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/incidents_page.py" line="344"/>
        <source>%n incident(s), {flagged} involving a sealed record.</source>
        <translation>
            <numerusform>%n incidente, {flagged} con un registro sellado.</numerusform>
            <numerusform>%n incidentes, {flagged} con un registro sellado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/incidents_page.py" line="348"/>
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incidente.</numerusform>
            <numerusform>%n incidentes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="362"/>
        <source>(no narrative)</source>
        <translation>(sin narración)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/incidents_page.py" line="364"/>
        <source>Sealed record: {message}</source>
        <translation>Registro sellado: {message}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../casebook/ui/labels.py" line="11"/>
        <source>Notice to appear</source>
        <translation>Notificación de comparecencia (NTA)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="12"/>
        <source>Hearing notice</source>
        <translation>Aviso de audiencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="13"/>
        <source>Court record</source>
        <translation>Registro judicial</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="14"/>
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="15"/>
        <source>Police record</source>
        <translation>Registro policial</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="16"/>
        <source>FOIL response</source>
        <translation>Respuesta FOIL</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="17"/>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="18"/>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="19"/>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/labels.py" line="20"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="84"/>
        <source>Import files into the inbox</source>
        <translation>Importar archivos a la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="98"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="99"/>
        <location filename="../../casebook/ui/main_window.py" line="776"/>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="100"/>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="101"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="102"/>
        <location filename="../../casebook/ui/main_window.py" line="771"/>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="171"/>
        <location filename="../../casebook/ui/main_window.py" line="776"/>
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Bandeja de entrada (%n)</numerusform>
            <numerusform>Bandeja de entrada (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="172"/>
        <location filename="../../casebook/ui/main_window.py" line="771"/>
        <source>Deadlines (%n overdue)</source>
        <translation>
            <numerusform>Fechas límite (%n vencida)</numerusform>
            <numerusform>Fechas límite (%n vencidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="263"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="265"/>
        <source>&amp;Edit client…</source>
        <translation>&amp;Editar cliente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="267"/>
        <source>Move to &amp;trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="270"/>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="272"/>
        <source>&amp;Filter clients</source>
        <translation>&amp;Filtrar clientes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="274"/>
        <source>&amp;Import files into the inbox…</source>
        <translation>&amp;Importar archivos a la bandeja de entrada…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="277"/>
        <source>Export filing &amp;packet…</source>
        <translation>Exportar &amp;paquete de presentación…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="280"/>
        <source>Export client s&amp;ummary…</source>
        <translation>Exportar resu&amp;men del cliente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="283"/>
        <source>Print s&amp;eparator sheet…</source>
        <translation>Imprimir hoja &amp;separadora…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="286"/>
        <source>Export calen&amp;dar…</source>
        <translation>Exportar cal&amp;endario…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="288"/>
        <source>Hand &amp;off to colleagues…</source>
        <translation>&amp;Traspasar a colegas…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="290"/>
        <source>Import a hand-o&amp;ff…</source>
        <translation>Importar un tr&amp;aspaso…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="292"/>
        <source>My identit&amp;y…</source>
        <translation>Mi i&amp;dentidad…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="294"/>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="301"/>
        <source>&amp;Back up…</source>
        <translation>Copia de se&amp;guridad…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="303"/>
        <source>Chec&amp;k the vault…</source>
        <translation>&amp;Comprobar la caja fuerte…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="304"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="306"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="309"/>
        <source>New &amp;recovery key…</source>
        <translation>Nueva clave de rec&amp;uperación…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="311"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="313"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="315"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="326"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="346"/>
        <source>&amp;Office</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="349"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="359"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="391"/>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="412"/>
        <source>Vault unlocked.</source>
        <translation>Caja fuerte desbloqueada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="482"/>
        <source>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</source>
        <translation>
            <numerusform>Sin copia de seguridad en el último día: Archivo &gt; Copia de seguridad… (Ctrl+Shift+B)</numerusform>
            <numerusform>Sin copia de seguridad en los últimos %n días: Archivo &gt; Copia de seguridad… (Ctrl+Shift+B)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="504"/>
        <source>Scanner folder missing</source>
        <translation>Falta la carpeta del escáner</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="506"/>
        <source>Scanner folder: watching</source>
        <translation>Carpeta del escáner: vigilando</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="543"/>
        <source>That record has no client file to open yet.</source>
        <translation>Ese registro todavía no tiene un expediente de cliente que abrir.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="583"/>
        <source>Choose a client first: the packet is made from their documents.</source>
        <translation>Elija primero un cliente: el paquete se arma con sus documentos.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="652"/>
        <source>Choose a client first.</source>
        <translation>Elija primero un cliente.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="694"/>
        <source>Choose a client first: the hand-off carries their whole file.</source>
        <translation>Elija primero un cliente: el traspaso lleva su expediente completo.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="743"/>
        <location filename="../../casebook/ui/main_window.py" line="760"/>
        <source>the inbox</source>
        <translation>la bandeja de entrada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="782"/>
        <source>Moved to the trash. Undo with Ctrl+Z.</source>
        <translation>Movido a la papelera. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="784"/>
        <source>Restored from the trash.</source>
        <translation>Restaurado de la papelera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="792"/>
        <source>%Ln clients match the filter</source>
        <translation>
            <numerusform>%Ln cliente coincide con el filtro</numerusform>
            <numerusform>%Ln clientes coinciden con el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="794"/>
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/main_window.py" line="804"/>
        <location filename="../../casebook/ui/main_window.py" line="815"/>
        <source>Drop to import into {place}.</source>
        <translation>Suelte para importar a {place}.</translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="60"/>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="61"/>
        <location filename="../../casebook/ui/matters_tab.py" line="69"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="62"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="63"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="66"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="67"/>
        <source>What, where</source>
        <translation>Qué, dónde</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="68"/>
        <source>Filings due</source>
        <translation>Presentaciones que vencen</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="110"/>
        <source>No matters yet. New matter… (Ctrl+Shift+N) starts one; then New hearing… (Ctrl+Shift+H) adds its court dates.</source>
        <translation>Todavía no hay casos. Nuevo caso… (Ctrl+Shift+N) abre uno; luego Nueva audiencia… (Ctrl+Shift+H) agrega sus fechas en el tribunal.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="117"/>
        <source>Matters</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="128"/>
        <source>Hearings and deadlines</source>
        <translation>Audiencias y fechas límite</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="137"/>
        <source>New matter…</source>
        <translation>Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="141"/>
        <source>New hearing…</source>
        <translation>Nueva audiencia…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="145"/>
        <source>Edit matter…</source>
        <translation>Editar caso…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="149"/>
        <source>Close matter</source>
        <translation>Cerrar caso</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="153"/>
        <source>Delete matter…</source>
        <translation>Eliminar caso…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="157"/>
        <source>Edit hearing…</source>
        <translation>Editar audiencia…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="161"/>
        <source>Remove hearing</source>
        <translation>Quitar audiencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="253"/>
        <source>Matter closed. Undo with Ctrl+Z.</source>
        <translation>Caso cerrado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/matters_tab.py" line="262"/>
        <source>Delete the matter {matter} and its %n hearing(s)?</source>
        <translation>
            <numerusform>¿Eliminar el caso {matter} y su audiencia?</numerusform>
            <numerusform>¿Eliminar el caso {matter} y sus %n audiencias?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="264"/>
        <source>Delete the matter {matter}?</source>
        <translation>¿Eliminar el caso {matter}?</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="268"/>
        <location filename="../../casebook/ui/matters_tab.py" line="278"/>
        <source>Delete matter</source>
        <translation>Eliminar caso</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="272"/>
        <source>Its documents and notes stay in the client&apos;s file. Edit &gt; Undo brings it back.</source>
        <translation>Sus documentos y notas se quedan en el expediente del cliente. Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="280"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="301"/>
        <source>Matter deleted with its hearings. Undo with Ctrl+Z.</source>
        <translation>Caso eliminado con sus audiencias. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="307"/>
        <source>Matter added.</source>
        <translation>Caso agregado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="316"/>
        <source>Matter saved.</source>
        <translation>Caso guardado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="355"/>
        <source>Hearing removed. Undo with Ctrl+Z.</source>
        <translation>Audiencia quitada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="370"/>
        <source>Hearing added.</source>
        <translation>Audiencia agregada.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="379"/>
        <source>Hearing saved.</source>
        <translation>Audiencia guardada.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="456"/>
        <source>{kind} of {when}</source>
        <translation>{kind} del {when}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/matters_tab.py" line="471"/>
        <source>{name} ({key} in the list)</source>
        <translation>{name} ({key} en la lista)</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../casebook/ui/notes_tab.py" line="38"/>
        <source>Write a note (Ctrl+Enter to add it)</source>
        <translation>Escriba una nota (Ctrl+Enter para agregarla)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/notes_tab.py" line="44"/>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="61"/>
        <source>Reading this vault&apos;s office…</source>
        <translation>Leyendo la oficina de esta caja fuerte…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="71"/>
        <source>Create an office (this vault becomes its administrator)</source>
        <translation>Crear una oficina (esta caja fuerte será su administradora)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="76"/>
        <source>&amp;Hub address:</source>
        <translation>Dirección del &amp;hub:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="78"/>
        <source>The office&apos;s CA certificate (PEM)</source>
        <translation>El certificado de la CA de la oficina (PEM)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="83"/>
        <location filename="../../casebook/ui/office_settings.py" line="117"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="88"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado &amp;CA:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="92"/>
        <source>Office &amp;name:</source>
        <translation>Nom&amp;bre de la oficina:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="94"/>
        <source>as colleagues see you</source>
        <translation>como lo ven sus colegas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="95"/>
        <source>&amp;Your name:</source>
        <translation>S&amp;u nombre:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="98"/>
        <source>used once, never stored</source>
        <translation>se usa una vez, nunca se guarda</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="101"/>
        <source>Hub administrator &amp;password:</source>
        <translation>Con&amp;traseña del administrador del hub:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="105"/>
        <source>Create &amp;office</source>
        <translation>Cr&amp;ear oficina</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="110"/>
        <source>Join an office with an invite made for this vault</source>
        <translation>Unirse a una oficina con una invitación hecha para esta caja fuerte</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="122"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitación:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="125"/>
        <source>&amp;Join office</source>
        <translation>Uni&amp;rse a la oficina</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="130"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="137"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="140"/>
        <source>Re&amp;move member…</source>
        <translation>&amp;Quitar miembro…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="171"/>
        <source>This vault is in no office. Create one, or join with an invite.</source>
        <translation>Esta caja fuerte no está en ninguna oficina. Cree una, o únase con una invitación.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="175"/>
        <source>Office: {name}. This vault&apos;s role: {role}. Hub: {hub}.</source>
        <translation>Oficina: {name}. Función de esta caja fuerte: {role}. Hub: {hub}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="193"/>
        <source> (this vault)</source>
        <translation> (esta caja fuerte)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="195"/>
        <source>, removed at epoch {epoch}</source>
        <translation>, quitado en la época {epoch}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="213"/>
        <source>The office&apos;s CA certificate</source>
        <translation>El certificado de la CA de la oficina</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="213"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificados (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="219"/>
        <source>An office invite</source>
        <translation>Una invitación a la oficina</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="219"/>
        <source>Invites (*)</source>
        <translation>Invitaciones (*)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="232"/>
        <source>Give the hub&apos;s address, its CA certificate, the office&apos;s name and the hub administrator&apos;s password.</source>
        <translation>Indique la dirección del hub, su certificado de la CA, el nombre de la oficina y la contraseña del administrador del hub.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_settings.py" line="256"/>
        <source>Choose the invite file your administrator sent.</source>
        <translation>Elija el archivo de invitación que le envió su administrador.</translation>
    </message>
</context>
<context>
    <name>OfficeSync</name>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="59"/>
        <source>S&amp;ync with the office now</source>
        <translation>Sin&amp;cronizar con la oficina ahora</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="62"/>
        <source>Resolve sync &amp;conflicts…</source>
        <translation>Resolver &amp;conflictos de sincronización…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="147"/>
        <source>Syncing with the office…</source>
        <translation>Sincronizando con la oficina…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="193"/>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="198"/>
        <source>%n field(s) changed on two laptops: choose in Office &gt; Resolve sync conflicts.</source>
        <translation>
            <numerusform>%n campo cambió en dos computadoras: elija en Oficina &gt; Resolver conflictos de sincronización.</numerusform>
            <numerusform>%n campos cambiaron en dos computadoras: elija en Oficina &gt; Resolver conflictos de sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="204"/>
        <source>%n change(s) on the hub failed their checks and were not applied.</source>
        <translation>
            <numerusform>%n cambio del servidor de la oficina no pasó las comprobaciones y no se aplicó.</numerusform>
            <numerusform>%n cambios del servidor de la oficina no pasaron las comprobaciones y no se aplicaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="218"/>
        <source>Office: offline</source>
        <translation>Oficina: sin conexión</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="220"/>
        <source>Office: not synced yet</source>
        <translation>Oficina: aún sin sincronizar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/office_sync.py" line="223"/>
        <source>Office: synced {when}</source>
        <translation>Oficina: sincronizado {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="225"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n cambio por enviar</numerusform>
            <numerusform>%n cambios por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="227"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="117"/>
        <source>Rotate left</source>
        <comment>toolbar</comment>
        <translation>↺ Izquierda</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="120"/>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="123"/>
        <source>Rotate right</source>
        <comment>toolbar</comment>
        <translation>↻ Derecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="126"/>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="129"/>
        <source>Delete page</source>
        <comment>toolbar</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="132"/>
        <source>Delete page</source>
        <translation>Eliminar página</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="134"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="135"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="136"/>
        <source>Split here…</source>
        <translation>Dividir aquí…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="137"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="138"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="140"/>
        <source>Earlier versions</source>
        <comment>toolbar</comment>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="143"/>
        <location filename="../../casebook/ui/page_tools.py" line="173"/>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="146"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="149"/>
        <source> Pages: </source>
        <translation> Páginas: </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="177"/>
        <source>Each page edit keeps the content it replaced, unchanged, with the SHA-256 it had (chain of custody). Open one to look at it; it cannot be edited.</source>
        <translation>Cada edición de páginas conserva sin cambios el contenido que reemplazó, con el SHA-256 que tenía (cadena de custodia). Abra una para verla; no se puede editar.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="191"/>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="221"/>
        <source>A document keeps at least one page: this one cannot be deleted.</source>
        <translation>Un documento conserva al menos una página: esta no se puede eliminar.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="226"/>
        <source>Delete page {page}</source>
        <translation>Eliminar la página {page}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="229"/>
        <source>Deleted page {page}.</source>
        <translation>Se eliminó la página {page}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="247"/>
        <source>Go to the page that should begin the new document (page 2 or later), then split there.</source>
        <translation>Vaya a la página con la que debe empezar el nuevo documento (la página 2 o una posterior) y divida allí.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="253"/>
        <location filename="../../casebook/ui/page_tools.py" line="258"/>
        <source>pages {first}–{last}</source>
        <translation>las páginas {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="255"/>
        <location filename="../../casebook/ui/page_tools.py" line="260"/>
        <source>page {page}</source>
        <translation>la página {page}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="281"/>
        <source>Split the document</source>
        <translation>Dividir el documento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="283"/>
        <source>Make {pages} a new document, filed where this one is? This document keeps {kept}; its whole content as it is now stays listed as an earlier version.</source>
        <translation>¿Hacer de {pages} un documento nuevo, archivado donde está este? Este documento conserva {kept}; todo su contenido actual queda en la lista como una versión anterior.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="286"/>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="363"/>
        <source>Editing the pages…</source>
        <translation>Editando las páginas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/page_tools.py" line="394"/>
        <source>Split: {pages} is now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Dividido: {pages} es ahora el documento {new}; este documento conserva %n página. Su contenido anterior es la versión anterior {version}.</numerusform>
            <numerusform>Dividido: {pages} es ahora el documento {new}; este documento conserva %n páginas. Su contenido anterior es la versión anterior {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/page_tools.py" line="401"/>
        <source>Split: {pages} are now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Dividido: {pages} son ahora el documento {new}; este documento conserva %n página. Su contenido anterior es la versión anterior {version}.</numerusform>
            <numerusform>Dividido: {pages} son ahora el documento {new}; este documento conserva %n páginas. Su contenido anterior es la versión anterior {version}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/page_tools.py" line="435"/>
        <source>No earlier versions: the pages were never edited.</source>
        <translation>No hay versiones anteriores: las páginas nunca se editaron.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="34"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="36"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="39"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="41"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="45"/>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="46"/>
        <source>NYSID</source>
        <translation>NYSID</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="47"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="48"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="49"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="50"/>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="52"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="55"/>
        <source>Facility</source>
        <translation>Centro de detención</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/profile_tab.py" line="56"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>RecentVaultsSetting</name>
    <message>
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="21"/>
        <source>&amp;Remember recent vaults on this computer</source>
        <translation>&amp;Recordar las cajas fuertes recientes en esta computadora</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="25"/>
        <source>The start window lists the vault folders opened lately. The list is kept outside any vault, unencrypted, so a folder&apos;s name can be read by anyone using this computer account.</source>
        <translation>La ventana de inicio muestra las carpetas de cajas fuertes abiertas hace poco. La lista se guarda fuera de toda caja fuerte y sin cifrar, así que cualquiera que use esta cuenta de la computadora puede leer el nombre de una carpeta.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="31"/>
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="53"/>
        <source>&amp;Forget them</source>
        <translation>Ol&amp;vidarlas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="53"/>
        <source>&amp;Forget them (%n)</source>
        <translation>
            <numerusform>Ol&amp;vidarla (%n)</numerusform>
            <numerusform>Ol&amp;vidarlas (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="28"/>
        <source>Sealed (CPL 160.50)</source>
        <translation>Sellado (CPL 160.50)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="29"/>
        <source>Sealed (CPL 160.55)</source>
        <translation>Sellado (CPL 160.55)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="30"/>
        <source>Sealed (CPL 160.57, Clean Slate)</source>
        <translation>Sellado (CPL 160.57, Clean Slate)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="31"/>
        <source>Conditionally sealed (CPL 160.58)</source>
        <translation>Sellado condicional (CPL 160.58)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="32"/>
        <source>Sealed (CPL 160.59, on application)</source>
        <translation>Sellado (CPL 160.59, a solicitud)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="39"/>
        <source>CPL 160.55 seals the police, prosecutor and DCJS records (fingerprints, photographs), but not the court&apos;s own file, which stays open (CPL 160.55(1)(c)).</source>
        <translation>CPL 160.55 sella los registros de la policía, la fiscalía y DCJS (huellas dactilares, fotografías), pero no el expediente del propio tribunal, que sigue abierto (CPL 160.55(1)(c)).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="49"/>
        <source>Detainer request or honoured</source>
        <translation>Solicitud de detención (detainer) o su cumplimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="50"/>
        <source>Notification to ICE</source>
        <translation>Notificación a ICE</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="51"/>
        <source>Record shared</source>
        <translation>Registro compartido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="52"/>
        <source>ICE at a precinct</source>
        <translation>ICE en un precinto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="53"/>
        <source>ICE at a courthouse</source>
        <translation>ICE en un tribunal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="54"/>
        <source>Joint operation</source>
        <translation>Operativo conjunto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="55"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="58"/>
        <source>NYC Admin. Code 14-154</source>
        <translation>Código Administrativo de NYC 14-154</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="59"/>
        <source>NYC Admin. Code 9-131</source>
        <translation>Código Administrativo de NYC 9-131</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="60"/>
        <source>Executive Order 41</source>
        <translation>Orden Ejecutiva 41</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="68"/>
        <source>Not yet received</source>
        <translation>Todavía no recibida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="69"/>
        <source>Awaiting acknowledgement</source>
        <translation>En espera del acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="70"/>
        <source>Awaiting a decision</source>
        <translation>En espera de una decisión</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="71"/>
        <source>Constructively denied</source>
        <translation>Denegada por falta de respuesta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="72"/>
        <location filename="../../casebook/ui/record_labels.py" line="91"/>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="73"/>
        <location filename="../../casebook/ui/record_labels.py" line="93"/>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="74"/>
        <source>Time to appeal passed</source>
        <translation>Venció el plazo para apelar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="75"/>
        <source>Appeal pending</source>
        <translation>Apelación pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="76"/>
        <source>Appeal constructively denied</source>
        <translation>Apelación denegada por falta de respuesta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="79"/>
        <source>Appeal granted</source>
        <translation>Apelación concedida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="80"/>
        <source>Appeal denied</source>
        <translation>Apelación denegada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="81"/>
        <source>Time for Article 78 passed</source>
        <translation>Venció el plazo del Artículo 78</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="88"/>
        <source>Other agency</source>
        <translation>Otra agencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_labels.py" line="92"/>
        <source>Partly granted</source>
        <translation>Concedida en parte</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="84"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="85"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="86"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="87"/>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="90"/>
        <source>All requests</source>
        <translation>Todas las solicitudes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="91"/>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="93"/>
        <source>Overdue or due within {days} days</source>
        <translation>Vencidas o que vencen en {days} días</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="97"/>
        <source>Constructive denial</source>
        <translation>Denegación por falta de respuesta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="101"/>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="159"/>
        <source>About no one client</source>
        <translation>No se refiere a un cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="160"/>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="163"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="206"/>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="210"/>
        <source>All clients (type a name to filter)</source>
        <translation>Todos los clientes (escriba un nombre para filtrar)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="218"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="221"/>
        <source>&amp;Record what happened…</source>
        <translation>&amp;Registrar lo que pasó…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="224"/>
        <source>Request &amp;letter…</source>
        <translation>&amp;Carta de solicitud…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="227"/>
        <source>&amp;Appeal letter…</source>
        <translation>Carta de &amp;apelación…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="235"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="237"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="264"/>
        <source>&amp;Delete request</source>
        <translation>&amp;Eliminar solicitud</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="297"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="297"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="325"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="327"/>
        <source>Response documents (Enter opens one)</source>
        <translation>Documentos de respuesta (Enter abre uno)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="445"/>
        <source>Request saved. Undo with Ctrl+Z.</source>
        <translation>Solicitud guardada. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="462"/>
        <source>Recorded. Undo with Ctrl+Z.</source>
        <translation>Registrado. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="508"/>
        <source>No record requests yet. New request (Ctrl+Shift+N) follows NYPD&apos;s request form.</source>
        <translation>Todavía no hay solicitudes de registros. Nueva solicitud (Ctrl+Shift+N) sigue el formulario de solicitud del NYPD.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="513"/>
        <source>No request matches the filters.</source>
        <translation>Ninguna solicitud coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/requests_page.py" line="518"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>%n mostrada.</numerusform>
            <numerusform>%n mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="562"/>
        <source>Choose a request in the list to see its clock.</source>
        <translation>Elija una solicitud de la lista para ver su plazo.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="569"/>
        <source>Records asked for: {records}</source>
        <translation>Registros pedidos: {records}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="579"/>
        <source>Stage: {stage}</source>
        <translation>Etapa: {stage}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="583"/>
        <source>Sealed record: {message}</source>
        <translation>Registro sellado: {message}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="587"/>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="587"/>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/requests_page.py" line="588"/>
        <source>due</source>
        <translation>vence</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="67"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="67"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="67"/>
        <source>Clock</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="71"/>
        <source>New re&amp;quest for this client…</source>
        <translation>Nueva so&amp;licitud para este cliente…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="74"/>
        <source>Enter opens a request on the Record requests page.</source>
        <translation>Enter abre la solicitud en la página Solicitudes de registros.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/record_tabs.py" line="86"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="54"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="55"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="56"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="57"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="58"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="59"/>
        <source>EOIR &amp;ID:</source>
        <translation>&amp;ID de EOIR:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="65"/>
        <source>Scanner folder</source>
        <translation>Carpeta del escáner</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="71"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="125"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="135"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="140"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="145"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="148"/>
        <source>Remind to &amp;back up after:</source>
        <translation>Recordar hacer copia de &amp;seguridad tras:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="154"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="158"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="161"/>
        <source>A new language shows the next time casebook starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se abra casebook.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="169"/>
        <source>casebook also locks when you press Ctrl+L and, where the system tells it, when the screen locks or the computer goes to sleep.</source>
        <translation>casebook también se bloquea al pulsar Ctrl+L y, cuando el sistema lo avisa, al bloquearse la pantalla o al suspenderse la computadora.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="176"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="181"/>
        <source>No scanner folder</source>
        <translation>Sin carpeta del escáner</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="183"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="186"/>
        <source>&amp;Stop watching</source>
        <translation>&amp;Dejar de vigilar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="194"/>
        <source>&amp;Keep the scanned files in the folder after import</source>
        <translation>Conser&amp;var los archivos escaneados en la carpeta después de importarlos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="198"/>
        <source>By default casebook removes each scan from the folder once its encrypted copy is read back and checked, because a scan left there is not protected. Keep them only if the folder is itself on an encrypted disk.</source>
        <translation>De forma predeterminada, casebook borra cada escaneo de la carpeta una vez que su copia cifrada se ha vuelto a leer y comprobar, porque un escaneo que queda ahí no está protegido. Consérvelos solo si la carpeta está en un disco cifrado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="205"/>
        <source>My scanner scans &amp;both sides of each sheet (duplex)</source>
        <translation>Mi escáner escanea &amp;ambas caras de cada hoja (dúplex)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="209"/>
        <source>A scanned batch is split into documents at each separator sheet (in the File menu: Print separator sheet) and at each blank page. When the scanner scans both sides, the blank backs of one-sided papers are left out instead, and only a whole blank sheet splits the batch.</source>
        <translation>Un lote escaneado se divide en documentos en cada hoja separadora (en el menú Archivo: Imprimir hoja separadora) y en cada página en blanco. Cuando el escáner escanea ambas caras, en cambio, se omiten los reversos en blanco de los papeles de una sola cara, y solo una hoja entera en blanco divide el lote.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="220"/>
        <source>New files in this folder (from a scanner or a phone app) go to the Inbox.</source>
        <translation>Los archivos nuevos de esta carpeta (de un escáner o de una aplicación del teléfono) van a la bandeja de entrada.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="231"/>
        <source>&amp;Scanner folder</source>
        <translation>Carpeta del escá&amp;ner</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="234"/>
        <source>Looking for OCR…</source>
        <translation>Buscando el OCR…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="242"/>
        <source>Read scanned pages in these languages:</source>
        <translation>Leer las páginas escaneadas en estos idiomas:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="244"/>
        <source>&amp;OCR</source>
        <translation>&amp;OCR</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="253"/>
        <source>Printed on filings and letters. Kept encrypted in this vault.</source>
        <translation>Se imprime en los escritos y las cartas. Se guarda cifrado en esta caja fuerte.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="274"/>
        <source>Advocate &amp;profile</source>
        <translation>&amp;Perfil del defensor</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="278"/>
        <source>B&amp;ackups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/settings_dialog.py" line="281"/>
        <source>O&amp;ffice</source>
        <translation>O&amp;ficina</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <location filename="../../casebook/ui/suggestions_panel.py" line="68"/>
        <source>&lt;b&gt;Suggestions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sugerencias&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/suggestions_panel.py" line="80"/>
        <source>Acc&amp;ept</source>
        <translation>Ac&amp;eptar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/suggestions_panel.py" line="84"/>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar to&amp;das</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/suggestions_panel.py" line="86"/>
        <source>Accept every suggestion shown</source>
        <translation>Aceptar todas las sugerencias mostradas</translation>
    </message>
</context>
<context>
    <name>SummaryWords</name>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="21"/>
        <source>{languages} (interpreter needed)</source>
        <translation>{languages} (necesita intérprete)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="22"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="23"/>
        <source>Also known as</source>
        <translation>También conocido como</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="24"/>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="25"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="26"/>
        <source>Country of birth</source>
        <translation>País de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="27"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="28"/>
        <source>NYSID</source>
        <translation>NYSID</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="29"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="30"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="31"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="32"/>
        <source>Immigration status</source>
        <translation>Estatus migratorio</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="33"/>
        <source>Detention</source>
        <translation>Detención</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="34"/>
        <source>Matters</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="35"/>
        <source>Matter notes</source>
        <translation>Notas de los casos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="36"/>
        <source>No notes on the matters.</source>
        <translation>No hay notas en los casos.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="37"/>
        <source>Hearings and dates</source>
        <translation>Audiencias y fechas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="38"/>
        <source>Document index</source>
        <translation>Índice de documentos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="39"/>
        <source>No documents.</source>
        <translation>No hay documentos.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="40"/>
        <source>Record requests</source>
        <translation>Solicitudes de registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="41"/>
        <source>not yet received</source>
        <translation>aún no recibida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="42"/>
        <source>Arrests</source>
        <translation>Arrestos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="43"/>
        <source>Convictions and when they seal</source>
        <translation>Condenas y cuándo se sellan</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="44"/>
        <source>NYPD–ICE information-sharing incidents</source>
        <translation>Incidentes de intercambio de información entre el NYPD y el ICE</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="45"/>
        <source>Pct {precinct}</source>
        <translation>Precinto {precinct}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="46"/>
        <source>{name} received</source>
        <translation>{name} recibida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="47"/>
        <source>{name} answered</source>
        <translation>{name} respondida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="48"/>
        <source>Prepared for sharing: {fields} redacted.</source>
        <translation>Preparado para compartir: se ocultaron {fields}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="49"/>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="50"/>
        <source>{what} (done)</source>
        <translation>{what} (realizada)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="51"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="52"/>
        <source>You may act by {day}</source>
        <translation>Puede actuar hasta el {day}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="53"/>
        <source>The agency owes an answer by {day}</source>
        <translation>La agencia debe responder a más tardar el {day}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="54"/>
        <source>Conditionally sealed on {day} (CPL 160.58).</source>
        <translation>Sellada condicionalmente el {day} (CPL 160.58).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="55"/>
        <source>Expected to seal on {day} (CPL 160.57), if no new conviction.</source>
        <translation>Se espera que se selle el {day} (CPL 160.57), si no hay una nueva condena.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="58"/>
        <source>Does not seal by itself for now (CPL 160.57): {why}.</source>
        <translation>Por ahora no se sella automáticamente (CPL 160.57): {why}.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="59"/>
        <source>Does not seal by itself (CPL 160.57).</source>
        <translation>No se sella automáticamente (CPL 160.57).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="60"/>
        <source>A motion to seal may be made from {day} (CPL 160.59).</source>
        <translation>Se puede pedir al tribunal que la selle a partir del {day} (CPL 160.59).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="61"/>
        <source>Arrest ({precinct} Pct)</source>
        <translation>Arresto (precinto {precinct})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="62"/>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="63"/>
        <source>CPL 160.55 (court file open)</source>
        <translation>CPL 160.55 (el expediente del tribunal sigue abierto)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="64"/>
        <source>{level} (class {cls})</source>
        <translation>{level} (clase {cls})</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="65"/>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="66"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="67"/>
        <source>Docket</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="68"/>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="69"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="70"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="71"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="72"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="73"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="74"/>
        <source>Filings due</source>
        <translation>Presentar hasta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="75"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="76"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="77"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="78"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="79"/>
        <source>SHA-256 (original file)</source>
        <translation>SHA-256 (archivo original)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="80"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="81"/>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="82"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="83"/>
        <source>Precinct</source>
        <translation>Precinto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="84"/>
        <source>Arrest no.</source>
        <translation>N.º de arresto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="85"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="86"/>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="87"/>
        <source>Sealed</source>
        <translation>Sellado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="88"/>
        <source>Sentenced</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="89"/>
        <source>Level</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="90"/>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="91"/>
        <source>Sealing (CPL 160.57, 160.58, 160.59)</source>
        <translation>Sellado (CPL 160.57, 160.58, 160.59)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="92"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="93"/>
        <source>Laws</source>
        <translation>Leyes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="94"/>
        <source>Narrative</source>
        <translation>Relato</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="95"/>
        <source>Not detained</source>
        <translation>No detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="96"/>
        <source>Detained</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="97"/>
        <source>Released on bond</source>
        <translation>Liberado bajo fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="98"/>
        <source>Alternatives to detention</source>
        <translation>Alternativas a la detención</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="99"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="100"/>
        <source>Removal defence</source>
        <translation>Defensa contra la deportación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="101"/>
        <source>Bond</source>
        <translation>Fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="102"/>
        <source>Asylum</source>
        <translation>Asilo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="103"/>
        <source>U visa</source>
        <translation>Visa U</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="104"/>
        <source>T visa</source>
        <translation>Visa T</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="105"/>
        <source>Special Immigrant Juvenile Status</source>
        <translation>Estatus Especial de Inmigrante Juvenil (SIJS)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="106"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="107"/>
        <source>Criminal-immigration consult</source>
        <translation>Consulta penal-migratoria</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="108"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="109"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="110"/>
        <source>Pending decision</source>
        <translation>En espera de decisión</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="111"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="112"/>
        <source>Master calendar hearing</source>
        <translation>Audiencia de calendario maestro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="113"/>
        <source>Individual hearing</source>
        <translation>Audiencia individual</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="114"/>
        <source>Bond hearing</source>
        <translation>Audiencia de fianza</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="115"/>
        <source>Filing deadline</source>
        <translation>Fecha límite de presentación</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="116"/>
        <source>Criminal-court date</source>
        <translation>Fecha en el tribunal penal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="117"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="118"/>
        <source>Not yet received</source>
        <translation>Aún no recibida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="119"/>
        <source>Awaiting acknowledgement</source>
        <translation>En espera de acuse de recibo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="120"/>
        <source>Awaiting a decision</source>
        <translation>En espera de una decisión</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="121"/>
        <source>Constructively denied</source>
        <translation>Denegada por falta de respuesta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="122"/>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="123"/>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="124"/>
        <source>Time to appeal passed</source>
        <translation>Venció el plazo para apelar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="125"/>
        <source>Appeal pending</source>
        <translation>Apelación pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="126"/>
        <source>Appeal constructively denied</source>
        <translation>Apelación denegada por falta de respuesta</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="127"/>
        <source>Appeal granted</source>
        <translation>Apelación concedida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="128"/>
        <source>Appeal denied</source>
        <translation>Apelación denegada</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="129"/>
        <source>Time for Article 78 passed</source>
        <translation>Venció el plazo del Artículo 78</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="130"/>
        <source>Felony</source>
        <translation>Delito grave (felony)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="131"/>
        <source>Misdemeanor</source>
        <translation>Delito menor (misdemeanor)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="132"/>
        <source>VTL §1192(1) (impaired driving)</source>
        <translation>VTL §1192(1) (conducir con la capacidad disminuida)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="133"/>
        <source>Violation or infraction</source>
        <translation>Infracción (violation)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="134"/>
        <source>Detainer request or honoured</source>
        <translation>Solicitud de retención (detainer) o retención cumplida</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="135"/>
        <source>Notification to ICE</source>
        <translation>Notificación al ICE</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="136"/>
        <source>Record shared</source>
        <translation>Registro compartido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="137"/>
        <source>ICE at a precinct</source>
        <translation>ICE en un precinto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="138"/>
        <source>ICE at a courthouse</source>
        <translation>ICE en un tribunal</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="139"/>
        <source>Joint operation</source>
        <translation>Operativo conjunto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="140"/>
        <source>a charge is pending</source>
        <translation>hay un cargo pendiente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="141"/>
        <source>still under probation or parole</source>
        <translation>todavía en libertad condicional o bajo palabra</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="142"/>
        <source>the offense is excluded</source>
        <translation>el delito está excluido</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="143"/>
        <source>more convictions than the law allows</source>
        <translation>más condenas de las que permite la ley</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="144"/>
        <source>A-number (last 3 digits kept)</source>
        <translation>el número A (se conservan los 3 últimos dígitos)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="145"/>
        <source>address</source>
        <translation>la dirección</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="146"/>
        <source>phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="147"/>
        <source>e-mail</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="148"/>
        <source>date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="149"/>
        <source>State sealing does not remove immigration consequences: immigration authorities and courts may still count a sealed conviction, and forms that ask about convictions must still be answered. The client can still obtain certified dispositions of sealed cases (CPL 160.50(1)(d), 160.57, 160.59).</source>
        <translation>El sellado estatal no elimina las consecuencias migratorias: las autoridades y los tribunales de inmigración pueden seguir tomando en cuenta una condena sellada, y los formularios que preguntan por condenas deben contestarse igual. El cliente puede seguir obteniendo certificados de resolución de los casos sellados (CPL 160.50(1)(d), 160.57, 160.59).</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="153"/>
        <source>Client summary: {name}</source>
        <translation>Resumen del cliente: {name}</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="154"/>
        <source>Client summary prepared {date}. Confidential.</source>
        <translation>Resumen del cliente preparado el {date}. Confidencial.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="155"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="156"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="157"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="158"/>
        <source>Nothing dated recorded yet.</source>
        <translation>Todavía no hay nada con fecha.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="159"/>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="160"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="161"/>
        <source>Hearings</source>
        <translation>Audiencias</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="162"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="163"/>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="164"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="165"/>
        <source>Hearing</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="166"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="167"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="168"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="169"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="170"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="171"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="172"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="173"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="174"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="175"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="176"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="177"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="178"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="179"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="180"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="181"/>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="182"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="183"/>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="184"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="185"/>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/summary_words.py" line="186"/>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="36"/>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="44"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="37"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="38"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="39"/>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="40"/>
        <source>Colleague&apos;s</source>
        <translation>Del colega</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="45"/>
        <source>Alias</source>
        <translation>Otro nombre</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="46"/>
        <source>Matter</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="47"/>
        <source>Hearing or date</source>
        <translation>Audiencia o fecha</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="48"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="49"/>
        <source>Record request</source>
        <translation>Solicitud de registros</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="50"/>
        <source>Request extension</source>
        <translation>Prórroga de la solicitud</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="51"/>
        <source>Arrest</source>
        <translation>Arresto</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="52"/>
        <source>Conviction</source>
        <translation>Condena</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="53"/>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="54"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="55"/>
        <source>Document link</source>
        <translation>Vínculo de documento</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="68"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="69"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="88"/>
        <source>Resolve sync conflicts</source>
        <translation>Resolver conflictos de sincronización</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="93"/>
        <source>These fields were changed on this laptop and on a colleague&apos;s before they synced. Each shows the later value for now; the other is kept here. Choose the value to keep: it goes to the office at the next sync.</source>
        <translation>Estos campos se cambiaron en esta computadora y en la de un colega antes de sincronizar. Por ahora cada uno muestra el valor más reciente; el otro se guarda aquí. Elija el valor que desea conservar: se enviará a la oficina en la próxima sincronización.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="108"/>
        <source>Keep &amp;this laptop&apos;s</source>
        <translation>Conservar el de es&amp;ta computadora</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="110"/>
        <source>Keep the &amp;colleague&apos;s</source>
        <translation>Conservar el del &amp;colega</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="114"/>
        <source>No conflicts: every field agrees with the office.</source>
        <translation>No hay conflictos: todos los campos coinciden con la oficina.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="141"/>
        <source> (deleted)</source>
        <translation> (eliminado)</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/sync_conflicts_dialog.py" line="181"/>
        <source>Kept {value} for {field}.</source>
        <translation>Se conservó {value} para {field}.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../casebook/ui/timeline_tab.py" line="16"/>
        <source>Arrests, sentences and the day a conviction is expected to seal (Clean Slate, if no new conviction) ◆, hearings ●, record requests as bars from receipt to the next due date, incidents ▲, documents as ticks. Red: late or a sealed record shared. Ctrl+wheel zooms; hover for details.</source>
        <translation>Arrestos, sentencias y el día en que se espera que una condena quede sellada (Clean Slate, si no hay una nueva condena) ◆, audiencias ●, solicitudes de registros como barras desde la recepción hasta la próxima fecha límite, incidentes ▲, documentos como marcas. Rojo: atrasado o un registro sellado que se compartió. Ctrl+rueda amplía; pase el puntero para ver detalles.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="32"/>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>La frase de contraseña no es correcta. Revise la distribución del teclado y Bloq Mayús, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="49"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="62"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="65"/>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="81"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="84"/>
        <source>&amp;Other vault…</source>
        <translation>&amp;Otra caja fuerte…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="87"/>
        <source>Forgot it? Use the &amp;recovery key…</source>
        <translation>¿La olvidó? Use la clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="111"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../casebook/ui/unlock_page.py" line="149"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña de la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../casebook/ui/document_viewer.py" line="699"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
</TS>
