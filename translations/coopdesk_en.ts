<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
