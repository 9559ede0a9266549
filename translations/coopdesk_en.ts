<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountCredit</name>
    <message numerus="yes">
        <source>Credit on account as of %2: %Ln family(s) hold %1, money received that no charge has used yet.</source>
        <translation>
            <numerusform>Credit on account as of %2: %Ln family holds %1, money received that no charge has used yet.</numerusform>
            <numerusform>Credit on account as of %2: %Ln families hold %1, money received that no charge has used yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message numerus="yes">
        <source>%Ln hour(s) on %1</source>
        <translation>
            <numerusform>%Ln hour on %1</numerusform>
            <numerusform>%Ln hours on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FamilyText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsReportPdf</name>
    <message numerus="yes">
        <source>Received by payment date %1 in %Ln payment(s); credit on account %2</source>
        <translation>
            <numerusform>Received by payment date %1 in %Ln payment; credit on account %2</numerusform>
            <numerusform>Received by payment date %1 in %Ln payments; credit on account %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ActivityScreen</name>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln event(s); nothing wrong was found.</source>
        <translation>
            <numerusform>Stopped after %Ln event; nothing wrong was found.</numerusform>
            <numerusform>Stopped after %Ln events; nothing wrong was found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::DashboardScreen</name>
    <message numerus="yes">
        <source>%Ln payment(s) in %1</source>
        <translation>
            <numerusform>%Ln payment in %1</numerusform>
            <numerusform>%Ln payments in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::DemoCoopDialog</name>
    <message numerus="yes">
        <source>%Ln family(s)</source>
        <translation>
            <numerusform>%Ln family</numerusform>
            <numerusform>%Ln families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::FamiliesScreen</name>
    <message numerus="yes">
        <source>%Ln matching family(s)</source>
        <translation>
            <numerusform>%Ln matching family</numerusform>
            <numerusform>%Ln matching families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(s)</source>
        <translation>
            <numerusform>%Ln family</numerusform>
            <numerusform>%Ln families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::FamilyDetailView</name>
    <message numerus="yes">
        <source>%Ln charge(s), all settled.</source>
        <translation>
            <numerusform>%Ln charge, all settled.</numerusform>
            <numerusform>%Ln charges, all settled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln charge(s), %1 not settled (%2 still owed).</source>
        <translation>
            <numerusform>%Ln charge, %1 not settled (%2 still owed).</numerusform>
            <numerusform>%Ln charges, %1 not settled (%2 still owed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>%Ln year old</numerusform>
            <numerusform>%Ln years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln payment(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln payment, %1 in all.</numerusform>
            <numerusform>%Ln payments, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::PaymentsScreen</name>
    <message numerus="yes">
        <source>Received by payment date: %1 in %Ln payment(s).</source>
        <translation>
            <numerusform>Received by payment date: %1 in %Ln payment.</numerusform>
            <numerusform>Received by payment date: %1 in %Ln payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ProjectionsScreen</name>
    <message numerus="yes">
        <source>Rebuilding %1: %2 of %Ln event(s)</source>
        <translation>
            <numerusform>Rebuilding %1: %2 of %Ln event</numerusform>
            <numerusform>Rebuilding %1: %2 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::RestoreBackupAction</name>
    <message numerus="yes">
        <source>The backup holds %Ln event(s), each checked.</source>
        <translation>
            <numerusform>The backup holds %Ln event, checked.</numerusform>
            <numerusform>The backup holds %Ln events, each checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The co-op file holds %Ln event(s) now.</source>
        <translation>
            <numerusform>The co-op file holds %Ln event now.</numerusform>
            <numerusform>The co-op file holds %Ln events now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It holds %Ln event(s), each checked.</source>
        <translation>
            <numerusform>It holds %Ln event, checked.</numerusform>
            <numerusform>It holds %Ln events, each checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What was recorded after the backup (%Ln event(s)) is not in it; it stays in the file kept.</source>
        <translation>
            <numerusform>What was recorded after the backup (%Ln event) is not in it; it stays in the file kept.</numerusform>
            <numerusform>What was recorded after the backup (%Ln events) is not in it; it stays in the file kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::RestoreBackupDialog</name>
    <message numerus="yes">
        <source>“%1” holds %Ln event(s) now. Choose the backup to put in its place:</source>
        <translation>
            <numerusform>“%1” holds %Ln event now. Choose the backup to put in its place:</numerusform>
            <numerusform>“%1” holds %Ln events now. Choose the backup to put in its place:</numerusform>
        </translation>
    </message>
</context>
</TS>
