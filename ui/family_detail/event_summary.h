#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace coopdesk {

// "What changed" in a family's event, for people: amounts in the money
// format, dates in the locale's format, codes translated, and old → new for
// what an event replaces (scores, contact details, the coordinator).
// Events are fed oldest first, so the summarizer remembers the values an
// event replaces.
class EventSummary
{
    Q_DECLARE_TR_FUNCTIONS(EventSummary)

public:
    explicit EventSummary(const QString& currencyCode);

    // One event of QueryService::familyHistory (data as stored: older
    // schemas are upcast here).
    QString describe(const QJsonObject& event);
    QString describe(const QString& eventType, const QJsonObject& data);

private:
    QString changed(const QString& field, const QString& label, const QJsonObject& data);
    QString shownValue(const QString& field, const QString& value) const;

    QString m_currencyCode;
    QHash<QString, QString> m_previous; // contact fields and the coordinator
    // What each payment and charge fed so far was ("payment:ID", "charge:ID"),
    // to name the one a void or a cancellation takes back.
    QHash<QString, QString> m_entries;
};

} // namespace coopdesk
