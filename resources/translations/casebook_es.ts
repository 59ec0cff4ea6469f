<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
            <source>{tab} ({count})</source>
            <translation>{tab} ({count})</translation>
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
        <name>SettingsDialog</name>
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
    </context>
</TS>
