<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeadlineCalendar</name>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadlines_page.py" line="134"/>
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
        <location filename="../../casebook/ui/deadline_words.py" line="55"/>
        <location filename="../../casebook/ui/deadline_words.py" line="84"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="56"/>
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="64"/>
        <source>in the next %n days</source>
        <translation>
            <numerusform>in the next %n day</numerusform>
            <numerusform>in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="68"/>
        <source>%n due {window}; nothing overdue.</source>
        <translation>
            <numerusform>%n due {window}; nothing overdue.</numerusform>
            <numerusform>%n due {window}; nothing overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="69"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="74"/>
        <source>{overdue} and %n due {window}.</source>
        <translation>
            <numerusform>{overdue} and %n due {window}.</numerusform>
            <numerusform>{overdue} and %n due {window}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="85"/>
        <source>overdue by %n days</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="107"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/deadline_words.py" line="134"/>
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
        <location filename="../../casebook/ui/deadlines_page.py" line="207"/>
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
        <location filename="../../casebook/ui/document_viewer.py" line="425"/>
        <source>On page(s) {pages}</source>
        <translation>
            <numerusform>On page {pages}</numerusform>
            <numerusform>On pages {pages}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="273"/>
        <source>%n documents assigned to {name}. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n document assigned to {name}. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n documents assigned to {name}. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="278"/>
        <source>Assign %n documents to {name}</source>
        <translation>
            <numerusform>Assign %n document to {name}</numerusform>
            <numerusform>Assign %n documents to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="357"/>
        <source>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</source>
        <translation>
            <numerusform>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</numerusform>
            <numerusform>%n waiting to be filed. Select one or several, then assign them; press Enter on one to open it in a window (to turn, move or split its pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="375"/>
        <source>&lt;b&gt;File the %n selected documents&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;File the selected document&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;File the %n selected documents&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/inbox_page.py" line="400"/>
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
        <location filename="../../casebook/ui/incidents_page.py" line="344"/>
        <source>%n incident(s), {flagged} involving a sealed record.</source>
        <translation>
            <numerusform>%n incident, {flagged} involving a sealed record.</numerusform>
            <numerusform>%n incidents, {flagged} involving a sealed record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/incidents_page.py" line="348"/>
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
        <location filename="../../casebook/ui/main_window.py" line="171"/>
        <location filename="../../casebook/ui/main_window.py" line="776"/>
        <source>Inbox (%n)</source>
        <translation>
            <numerusform>Inbox (%n)</numerusform>
            <numerusform>Inbox (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="172"/>
        <location filename="../../casebook/ui/main_window.py" line="771"/>
        <source>Deadlines (%n overdue)</source>
        <translation>
            <numerusform>Deadlines (%n overdue)</numerusform>
            <numerusform>Deadlines (%n overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="482"/>
        <source>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</source>
        <translation>
            <numerusform>No backup in the last day: File &gt; Back up… (Ctrl+Shift+B)</numerusform>
            <numerusform>No backup in the last %n days: File &gt; Back up… (Ctrl+Shift+B)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="792"/>
        <source>%Ln clients match the filter</source>
        <translation>
            <numerusform>%Ln client matches the filter</numerusform>
            <numerusform>%Ln clients match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/main_window.py" line="794"/>
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
        <location filename="../../casebook/ui/matters_tab.py" line="262"/>
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
        <location filename="../../casebook/ui/office_sync.py" line="198"/>
        <source>%n field(s) changed on two laptops: choose in Office &gt; Resolve sync conflicts.</source>
        <translation>
            <numerusform>%n field changed on two laptops: choose in Office &gt; Resolve sync conflicts.</numerusform>
            <numerusform>%n fields changed on two laptops: choose in Office &gt; Resolve sync conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="204"/>
        <source>%n change(s) on the hub failed their checks and were not applied.</source>
        <translation>
            <numerusform>%n change on the hub failed its checks and was not applied.</numerusform>
            <numerusform>%n changes on the hub failed their checks and were not applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="225"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/office_sync.py" line="227"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTools</name>
    <message numerus="yes">
        <location filename="../../casebook/ui/page_tools.py" line="394"/>
        <source>Split: {pages} is now document {new}; this document keeps %n page(s). Its content as it was is earlier version {version}.</source>
        <translation>
            <numerusform>Split: {pages} is now document {new}; this document keeps %n page. Its content as it was is earlier version {version}.</numerusform>
            <numerusform>Split: {pages} is now document {new}; this document keeps %n pages. Its content as it was is earlier version {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casebook/ui/page_tools.py" line="401"/>
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
        <location filename="../../casebook/ui/recent_vaults_setting.py" line="53"/>
        <source>&amp;Forget them (%n)</source>
        <translation>
            <numerusform>&amp;Forget them (%n)</numerusform>
            <numerusform>&amp;Forget them (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../casebook/ui/requests_page.py" line="518"/>
        <source>%n shown.</source>
        <translation>
            <numerusform>%n shown.</numerusform>
            <numerusform>%n shown.</numerusform>
        </translation>
    </message>
</context>
</TS>
