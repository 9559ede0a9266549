#include "family_timeline_model.h"

#include "event_summary.h"
#include "families/family_text.h"
#include "i18n/code_labels.h"

#include <algorithm>

namespace coopdesk {

FamilyTimelineModel::FamilyTimelineModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("position"), parent)
{}

QList<QJsonObject> FamilyTimelineModel::timelineRows(const QList<QJsonObject>& history,
                                                     const QString& currencyCode)
{
    EventSummary summary(currencyCode);
    QList<QJsonObject> rows;
    rows.reserve(history.size());
    for (const QJsonObject& event : history) {
        const QJsonObject metadata = event.value(QStringLiteral("metadata")).toObject();
        rows.append(
            {{QStringLiteral("position"), event.value(QStringLiteral("position"))},
             {QStringLiteral("stream_version"), event.value(QStringLiteral("stream_version"))},
             {QStringLiteral("event_type"), event.value(QStringLiteral("event_type"))},
             {QStringLiteral("user_id"), metadata.value(QStringLiteral("user_id"))},
             {QStringLiteral("recorded_at"), event.value(QStringLiteral("recorded_at"))},
             {QStringLiteral("summary"), summary.describe(event)}});
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

int FamilyTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FamilyTimelineModel::cellData(const QJsonObject& event, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case WhenColumn:
            return FamilyText::timestamp(event.value(QStringLiteral("recorded_at")).toString());
        case EventColumn:
            return CodeLabels::eventType(event.value(QStringLiteral("event_type")).toString());
        case WhoColumn:
            return FamilyText::text(event.value(QStringLiteral("user_id")));
        case WhatColumn:
            return event.value(QStringLiteral("summary")).toString();
        default:
            return {};
        }
    case EventTypeRole:
        return event.value(QStringLiteral("event_type")).toString();
    case PositionRole:
        return event.value(QStringLiteral("position")).toInteger();
    default:
        return {};
    }
}

QVariant FamilyTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedRowModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case EventColumn:
        return tr("Event");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What changed");
    default:
        return {};
    }
}

} // namespace coopdesk
