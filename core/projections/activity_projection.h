#pragma once

#include "projection.h"

namespace coopdesk {

// activity_log: one row per event with who and when, indexed for the
// Activity screen's filters (type, user, family, dates), so the global
// event log can be paged without touching the co-op file.
class ActivityProjection final : public Projection
{
public:
    ActivityProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("activity_log"); }
    QString name() const override { return projectionName(); }
    int version() const override { return 1; }
    QStringList tables() const override { return {QStringLiteral("activity_log")}; }
    void createTables() override;
    void createIndexes() override;
    void apply(const RecordedEvent& event, const QJsonObject& data) override;
    void flush() override {}
    void discard() override { m_changes = {}; }

private:
    QByteArray m_insert;
};

} // namespace coopdesk
