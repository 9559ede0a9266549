#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace coopdesk {

inline const QString familyStreamType = QStringLiteral("Family");

// An event decided by the domain, not yet stored.
struct NewEvent
{
    QString type;
    int schemaVersion = 1;
    QJsonObject data;
};

// Who and what caused an event (SPEC 3).
struct EventMetadata
{
    QString userId;
    QString commandId; // empty when the command had none
    QString correlationId;
    QString causationId;
    QString appVersion;

    QJsonObject toJson() const;
};

// An event as the store keeps it: the envelope and the stored JSON text,
// exactly as hashed. decodedData() upcasts it to the current schema.
struct RecordedEvent
{
    qint64 position = 0;
    QString eventId;
    QString streamId;
    QString streamType;
    qint64 streamVersion = 0;
    QString eventType;
    int schemaVersion = 1;
    QByteArray data;
    QByteArray metadata;
    QString recordedAt;
    QByteArray hash;

    // Envelope and data as JSON (export-events, history); data as stored.
    QJsonObject toJson() const;
    // The envelope's column names in the order of SPEC 3.
    static const QStringList& columns();
};

} // namespace coopdesk

// Moved as bytes when a list of events grows: strings and byte arrays only.
Q_DECLARE_TYPEINFO(coopdesk::RecordedEvent, Q_RELOCATABLE_TYPE);
