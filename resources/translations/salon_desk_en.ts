<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) shown</source>
        <translation><numerusform>%n entry shown</numerusform><numerusform>%n entries shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n row written to {file}.</numerusform><numerusform>%n rows written to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupMemo</name>
    <message numerus="yes">
        <source>The last good backup is %n day(s) old.</source>
        <translation><numerusform>The last good backup is %n day old.</numerusform><numerusform>The last good backup is %n days old.</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentRegisterDialog</name>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation><numerusform>%n decision</numerusform><numerusform>%n decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n row written to {file}.</numerusform><numerusform>%n rows written to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message numerus="yes">
        <source>The backup of {date} is restored; %n later erasure(s) applied again. The previous database is kept beside it as {file}.</source>
        <translation><numerusform>The backup of {date} is restored; %n later erasure applied again. The previous database is kept beside it as {file}.</numerusform><numerusform>The backup of {date} is restored; %n later erasures applied again. The previous database is kept beside it as {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message numerus="yes">
        <source>%n row(s) and {columns} columns read ({how}).</source>
        <translation><numerusform>%n row and {columns} columns read ({how}).</numerusform><numerusform>%n rows and {columns} columns read ({how}).</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message numerus="yes">
        <source>Done. %n client(s) imported, {merged} merged, {unchanged} already there, {skipped} skipped.</source>
        <translation><numerusform>Done. %n client imported, {merged} merged, {unchanged} already there, {skipped} skipped.</numerusform><numerusform>Done. %n clients imported, {merged} merged, {unchanged} already there, {skipped} skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent decision(s) recorded. The report is kept (Earlier imports).</source>
        <translation><numerusform>%n consent decision recorded. The report is kept (Earlier imports).</numerusform><numerusform>%n consent decisions recorded. The report is kept (Earlier imports).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n row written to {file}.</numerusform><numerusform>%n rows written to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportReportsDialog</name>
    <message numerus="yes">
        <source>%n row(s) written to {file}.</source>
        <translation><numerusform>%n row written to {file}.</numerusform><numerusform>%n rows written to {file}.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n client</numerusform><numerusform>%n clients</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n data-protection request(s) to answer soon:</source>
        <translation><numerusform>%n data-protection request to answer soon:</numerusform><numerusform>%n data-protection requests to answer soon:</numerusform></translation>
    </message>
</context>
<context>
    <name>PatchTestPage</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation><numerusform>%n month</numerusform><numerusform>%n months</numerusform></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a card number, {health} with health information, {formulas} with formulas, {erased} erased earlier.</source>
        <translation><numerusform>%n row read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a card number, {health} with health information, {formulas} with formulas, {erased} erased earlier.</numerusform><numerusform>%n rows read: {new} new clients, {duplicates} duplicates, {invalid} that cannot be imported, {cards} with a card number, {health} with health information, {formulas} with formulas, {erased} erased earlier.</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeOffDialog</name>
    <message numerus="yes">
        <source>%n booked appointment(s) fall in this time. Call the clients to move them:</source>
        <translation><numerusform>%n booked appointment falls in this time. Call the client to move it:</numerusform><numerusform>%n booked appointments fall in this time. Call the clients to move them:</numerusform></translation>
    </message>
</context>
</TS>