#include "projection_status_model.h"

#include "dashboard/recent_activity_model.h"
#include "i18n/code_labels.h"
#include "widgets/json_row.h"

#include <QColor>
#include <QLocale>

namespace coopdesk {

namespace {

using jsonrow::integer;
using jsonrow::text;

} // namespace

ProjectionStatusModel::ProjectionStatusModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("projection_name"), parent)
{}

int ProjectionStatusModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProjectionStatusModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < 10000)
        return tr("%1 s").arg(locale.toString(static_cast<double>(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 120)
        return tr("%1 s").arg(locale.toString(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 120)
        return tr("%1 min").arg(locale.toString(minutes));
    return tr("%1 h %2 min").arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
}

QVariant ProjectionStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Projection:
            return tr("Read model");
        case Version:
            return tr("Version");
        case Status:
            return tr("Status");
        case Checkpoint:
            return tr("Checkpoint");
        case Head:
            return tr("Head");
        case LagEvents:
            return tr("Behind (events)");
        case LagTime:
            return tr("Behind (time)");
        case EventsProcessed:
            return tr("Events processed");
        case LastError:
            return tr("Last error");
        case ErrorPosition:
            return tr("Error at");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Checkpoint:
            return tr("The last position this read model has applied");
        case Head:
            return tr("The last position in the co-op file");
        case LagTime:
            return tr("How long ago the newest event not yet applied was recorded");
        default:
            break;
        }
    }
    return {};
}

QVariant ProjectionStatusModel::cellData(const QJsonObject& row, int column, int role) const
{
    const QLocale locale;
    const QString status = text(row, "status");
    if (role == ValueRole) {
        switch (column) {
        case Projection:
            return text(row, "projection_name");
        case Version:
            return integer(row, "projection_version");
        case Status:
            return status;
        case Checkpoint:
            return integer(row, "last_position");
        case Head:
            return integer(row, "head_position");
        case LagEvents:
            return integer(row, "lag_events");
        case LagTime:
            return integer(row, "lag_ms");
        case EventsProcessed:
            return integer(row, "events_processed");
        case LastError:
            return text(row, "last_error");
        case ErrorPosition: {
            const QJsonValue value = row.value(QStringLiteral("error_position"));
            return value.isDouble() ? QVariant(value.toInteger()) : QVariant();
        }
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Projection:
            return CodeLabels::projectionName(text(row, "projection_name"));
        case Status:
            return CodeLabels::projectionStatus(status);
        case LagTime:
            return integer(row, "lag_events") > 0 ? durationText(integer(row, "lag_ms"))
                                                  : QStringLiteral("—");
        case LastError:
            return text(row, "last_error");
        case ErrorPosition: {
            const QVariant value = cellData(row, column, ValueRole);
            return value.isValid() ? locale.toString(value.toLongLong()) : QString();
        }
        default:
            return locale.toString(cellData(row, column, ValueRole).toLongLong());
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Projection)
            return text(row, "projection_name");
        if (column == LastError)
            return text(row, "last_error");
        if (column == Status)
            return tr("Updated %1").arg(RecentActivityModel::whenText(text(row, "updated_at")));
    }
    if (role == Qt::DecorationRole && column == Status) {
        if (status == QLatin1String("error"))
            return QColor(0xc6, 0x28, 0x28);
        if (status == QLatin1String("rebuilding"))
            return QColor(0x1e, 0x88, 0xe5);
        if (status == QLatin1String("stopped"))
            return QColor(0x75, 0x75, 0x75);
        return QColor(0x43, 0xa0, 0x47);
    }
    if (role == Qt::TextAlignmentRole && column != Projection && column != Status &&
        column != LastError)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace coopdesk
