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
    <name>StatementPdf</name>
    <message numerus="yes">
        <source>%Ln entry(ies) after %1 are not shown; with them the balance is %2.</source>
        <translation>
            <numerusform>%Ln entry after %1 is not shown; with it the balance is %2.</numerusform>
            <numerusform>%Ln entries after %1 are not shown; with them the balance is %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) of the audit trail could not be read and are left out (see the Projections screen).</source>
        <translation>
            <numerusform>%Ln entry of the audit trail could not be read and is left out (see the Projections screen).</numerusform>
            <numerusform>%Ln entries of the audit trail could not be read and are left out (see the Projections screen).</numerusform>
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
    <name>coopdesk::ChargeAllDialog</name>
    <message numerus="yes">
        <source>&amp;Charge %n Family(s)</source>
        <translation>
            <numerusform>&amp;Charge %n Family</numerusform>
            <numerusform>&amp;Charge %n Families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s) to charge for %1: %2 in total, due %3.</source>
        <translation>
            <numerusform>%n family to charge for %1: %2 in total, due %3.</numerusform>
            <numerusform>%n families to charge for %1: %2 in total, due %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s) skipped.</source>
        <translation>
            <numerusform>%n family skipped.</numerusform>
            <numerusform>%n families skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charging %n family(s)…</source>
        <translation>
            <numerusform>Charging %n family…</numerusform>
            <numerusform>Charging %n families…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n charge(s) of %1 this run made, %2 in total? Each stays in the family&apos;s history as cancelled, with the reason.</source>
        <translation>
            <numerusform>Cancel the %n charge of %1 this run made, %2 in total? Each stays in the family&apos;s history as cancelled, with the reason.</numerusform>
            <numerusform>Cancel the %n charges of %1 this run made, %2 in total? Each stays in the family&apos;s history as cancelled, with the reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n charge(s)…</source>
        <translation>
            <numerusform>Cancelling %n charge…</numerusform>
            <numerusform>Cancelling %n charges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Charged %n family(s) for %1: %2 in total.</source>
        <translation>
            <numerusform>Charged %n family for %1: %2 in total.</numerusform>
            <numerusform>Charged %n families for %1: %2 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run was cancelled: %n charge(s) of %1 cancelled, %2 in total.</source>
        <translation>
            <numerusform>The run was cancelled: %n charge of %1 cancelled, %2 in total.</numerusform>
            <numerusform>The run was cancelled: %n charges of %1 cancelled, %2 in total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was charged: %n family(s) changed since the preview.</source>
        <translation>
            <numerusform>Nobody was charged: %n family changed since the preview.</numerusform>
            <numerusform>Nobody was charged: %n families changed since the preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No charge was cancelled: %n family(s) changed since the run.</source>
        <translation>
            <numerusform>No charge was cancelled: %n family changed since the run.</numerusform>
            <numerusform>No charge was cancelled: %n families changed since the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already hold(s) other charges of the month.</source>
        <translation>
            <numerusform>%n of them already holds other charges of the month.</numerusform>
            <numerusform>%n of them already hold other charges of the month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::ChargeAllMenuAction</name>
    <message numerus="yes">
        <source>Tuition charged to %n family(s): %1.</source>
        <translation>
            <numerusform>Tuition charged to %n family: %1.</numerusform>
            <numerusform>Tuition charged to %n families: %1.</numerusform>
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
    <name>coopdesk::OverdueFamiliesDialog</name>
    <message numerus="yes">
        <source>%n family(ies) owe %1 overdue as of %2.</source>
        <translation>
            <numerusform>%n family owes %1 overdue as of %2.</numerusform>
            <numerusform>%n families owe %1 overdue as of %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coopdesk::OwingStatementsAction</name>
    <message numerus="yes">
        <source>%Ln statement(s) written to %1,</source>
        <translation>
            <numerusform>%Ln statement written to %1,</numerusform>
            <numerusform>%Ln statements written to %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) in all.</source>
        <translation>
            <numerusform>%Ln page in all.</numerusform>
            <numerusform>%Ln pages in all.</numerusform>
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
