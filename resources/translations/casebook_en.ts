<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
