#include "skipped_events_model.h"

#include "dashboard/recent_activity_model.h"
#include "i18n/code_labels.h"
#include "widgets/json_row.h"

#include <QLocale>

namespace coopdesk {

namespace {

using jsonrow::integer;
using jsonrow::text;

} // namespace

SkippedEventsModel::SkippedEventsModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("skip_key"), parent)
{}

void SkippedEventsModel::setSkipped(QList<QJsonObject> rows)
{
    for (QJsonObject& row : rows)
        row.insert(QStringLiteral("skip_key"),
                   QString(text(row, "projection_name") + QLatin1Char('#') +
                           QString::number(integer(row, "position"))));
    setRows(rows);
}

int SkippedEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkippedEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Projection:
        return tr("Read model");
    case Position:
        return tr("Position");
    case EventType:
        return tr("Event");
    case Error:
        return tr("Error");
    case SkippedBy:
        return tr("Skipped by");
    case SkippedAt:
        return tr("Skipped on");
    default:
        return {};
    }
}

QVariant SkippedEventsModel::cellData(const QJsonObject& row, int column, int role) const
{
    if (role == ValueRole) {
        switch (column) {
        case Projection:
            return text(row, "projection_name");
        case Position:
            return integer(row, "position");
        case EventType:
            return text(row, "event_type");
        case Error:
            return text(row, "error");
        case SkippedBy:
            return text(row, "skipped_by");
        case SkippedAt:
            return text(row, "skipped_at");
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Projection:
            return CodeLabels::projectionName(text(row, "projection_name"));
        case Position:
            return QLocale().toString(integer(row, "position"));
        case EventType:
            return CodeLabels::eventType(text(row, "event_type"));
        case SkippedAt:
            return RecentActivityModel::whenText(text(row, "skipped_at"));
        default:
            return cellData(row, column, ValueRole);
        }
    }
    if (role == Qt::ToolTipRole && (column == Error || column == EventType))
        return column == Error ? text(row, "error") : text(row, "event_id");
    if (role == Qt::TextAlignmentRole && column == Position)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
