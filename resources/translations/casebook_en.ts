<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>Backed up and verified: {path} ({size}, %n document(s)).</source>
        <translation>
            <numerusform>Backed up and verified: {path} ({size}, %n document).</numerusform>
            <numerusform>Backed up and verified: {path} ({size}, %n documents).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message numerus="yes">
        <source>; %n older removed</source>
        <translation>
            <numerusform>; %n older removed</numerusform>
            <numerusform>; %n older removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up and verified {when} to {folder} (%n backup(s) kept{removed}).</source>
        <translation>
            <numerusform>Backed up and verified {when} to {folder} (%n backup kept{removed}).</numerusform>
            <numerusform>Backed up and verified {when} to {folder} (%n backups kept{removed}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) with client names to {path}{cancelled}.</source>
        <translation>
            <numerusform>Saved %n event with client names to {path}{cancelled}.</numerusform>
            <numerusform>Saved %n events with client names to {path}{cancelled}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) with initials only to {path}{cancelled}.</source>
        <translation>
            <numerusform>Saved %n event with initials only to {path}{cancelled}.</numerusform>
            <numerusform>Saved %n events with initials only to {path}{cancelled}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Calendar saved to {path}: %n event(s).</source>
        <translation>
            <numerusform>Calendar saved to {path}: %n event.</numerusform>
            <numerusform>Calendar saved to {path}: %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{documents} and %n earlier version(s)</source>
        <translation>
            <numerusform>{documents} and %n earlier version</numerusform>
            <numerusform>{documents} and %n earlier versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s), listed below. Restore the damaged parts from a backup; keep this vault as it is until you have.</source>
        <translation>
            <numerusform>The check found %n problem, listed below. Restore the damaged parts from a backup; keep this vault as it is until you have.</numerusform>
            <numerusform>The check found %n problems, listed below. Restore the damaged parts from a backup; keep this vault as it is until you have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content file(s) no document names wait in the quarantine folder, still encrypted.</source>
        <translation>
            <numerusform>%n content file no document names wait in the quarantine folder, still encrypted.</numerusform>
            <numerusform>%n content files no document names wait in the quarantine folder, still encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n quarantined file(s)…</source>
        <translation>
            <numerusform>Delete %n quarantined file…</numerusform>
            <numerusform>Delete %n quarantined files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n content file(s) no document names?

They are usually left by an import that was interrupted. If the vault was restored from an older copy, they may be documents added since: restore a newer backup first. Deleting them cannot be undone.</source>
        <translation>
            <numerusform>Delete %n content file no document names?

They are usually left by an import that was interrupted. If the vault was restored from an older copy, they may be documents added since: restore a newer backup first. Deleting them cannot be undone.</numerusform>
            <numerusform>Delete %n content files no document names?

They are usually left by an import that was interrupted. If the vault was restored from an older copy, they may be documents added since: restore a newer backup first. Deleting them cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n quarantined content file(s).</source>
        <translation>
            <numerusform>Deleted %n quarantined content file.</numerusform>
            <numerusform>Deleted %n quarantined content files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the next %n days</source>
        <translation>
            <numerusform>in the next %n day</numerusform>
            <numerusform>in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due {window}; nothing overdue.</source>
        <translation>
            <numerusform>%n due {window}; nothing overdue.</numerusform>
            <numerusform>%n due {window}; nothing overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} and %n due {window}.</source>
        <translation>
            <numerusform>{overdue} and %n due {window}.</numerusform>
            <numerusform>{overdue} and %n due {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n days</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{day}: %n due</source>
        <translation>
            <numerusform>{day}: %n due</numerusform>
            <numerusform>{day}: %n due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message numerus="yes">
        <source>Next %n days</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message numerus="yes">
        <source>On page(s) {pages}</source>
        <translation>
            <numerusform>On page {pages}</numerusform>
            <numerusform>On pages {pages}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message numerus="yes">
        <source>only %n colleague(s) can open it</source>
        <translation>
            <numerusform>only %n colleague(s) can open it</numerusform>
            <numerusform>only %n colleague(s) can open it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the vault</source>
        <translation>
            <numerusform>%n already in the vault</numerusform>
            <numerusform>%n already in the vault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scanned batch(es)</source>
        <translation>
            <numerusform>%n scanned batch</numerusform>
            <numerusform>%n scanned batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <source>%n documents assigned to {name}. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n document assigned to {name}. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n documents assigned to {name}. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n documents to {name}</source>
        <translation>
            <numerusform>Assign %n document to {name}</numerusform>
            <numerusform>Assign %n documents to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</source>
        <translation>
            <numerusform>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</numerusform>
            <numerusform>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;File the %n selected documents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;File the selected document&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;File the %n selected documents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents selected.</source>
        <translation>
            <numerusform>%n document selected.</numerusform>
            <numerusform>%n documents selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message numerus="yes">
        <source>%n incident(s), {flagged} involving a sealed record.</source>
        <translation>
            <numerusform>%n incident, {flagged} involving a sealed record.</numerusform>
            <numerusform>%n incidents, {flagged} involving a sealed record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Inbox (%n)</numerusform>
            <numerusform>Inbox (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deadlines (%n overdue)</source>
        <translation>
            <numerusform>Deadlines (%n overdue)</numerusform>
            <numerusform>Deadlines (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</source>
        <translation>
            <numerusform>No backup in the last day: File &gt; Back up… (Ctrl+Shift+B)</numerusform>
            <numerusform>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients match the filter</source>
        <translation>
            <numerusform>%Ln client matches the filter</numerusform>
            <numerusform>%Ln clients match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MattersTab</name>
    <message numerus="yes">
        <source>Delete the matter {matter} and its %n hearing(s)?</source>
        <translation>
            <numerusform>Delete the matter {matter} and its %n hearing?</numerusform>
            <numerusform>Delete the matter {matter} and its %n hearings?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficeSync</name>
    <message numerus="yes">
        <source>%n field(s) changed on two laptops: choose in Office &gt; Resolve sync conflicts.</source>
        <translation>
            <numerusform>%n field changed on two laptops: choose in Office &gt; Resolve sync conflicts.</numerusform>
            <numerusform>%n fields changed on two laptops: choose in Office &gt; Resolve sync conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on the hub failed their checks and were not applied.</source>
        <translation>
            <numerusform>%n change on the hub failed its checks and was not applied.</numerusform>
            <numerusform>%n changes on the hub failed their checks and were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message numerus="yes">
        <source>%n exhibit(s): about {pages} pages, {size}.</source>
        <translation>
            <numerusform>%n exhibit: about {pages} pages, {size}.</numerusform>
            <numerusform>%n exhibits: about {pages} pages, {size}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message numerus="yes">
        <source>Split: {pages} is now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Split: {pages} is now document {new}; this document keeps %n page. Its content as it was is earlier version {version}.</numerusform>
            <numerusform>Split: {pages} is now document {new}; this document keeps %n pages. Its content as it was is earlier version {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split: {pages} are now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Split: {pages} are now document {new}; this document keeps %n page. Its content as it was is earlier version {version}.</numerusform>
            <numerusform>Split: {pages} are now document {new}; this document keeps %n pages. Its content as it was is earlier version {version}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentVaultsSetting</name>
    <message numerus="yes">
        <source>&amp;Forget them (%n)</source>
        <translation>
            <numerusform>&amp;Forget them (%n)</numerusform>
            <numerusform>&amp;Forget them (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message numerus="yes">
        <source>extended %n times: no provision permits repeated delays</source>
        <translation>
            <numerusform>extended %n time: no provision permits repeated delays</numerusform>
            <numerusform>extended %n times: no provision permits repeated delays</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
</TS>
