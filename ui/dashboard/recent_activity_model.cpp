#include "recent_activity_model.h"

#include "i18n/code_labels.h"

#include <QDateTime>
#include <QLocale>

namespace coopdesk {

RecentActivityModel::RecentActivityModel(QObject* parent)
    : KeyedRowModel(QStringLiteral("position"), parent)
{}

int RecentActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Event:
        return tr("Event");
    case Family:
        return tr("Family");
    case User:
        return tr("Recorded by");
    default:
        return {};
    }
}

QString RecentActivityModel::whenText(const QString& recordedAt)
{
    const QDateTime when = QDateTime::fromString(recordedAt, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : recordedAt;
}

QVariant RecentActivityModel::cellData(const QJsonObject& row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != ValueRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case When:
        return role == ValueRole ? row.value(QStringLiteral("recorded_at")).toString()
                                 : whenText(row.value(QStringLiteral("recorded_at")).toString());
    case Event:
        return role == ValueRole
                   ? row.value(QStringLiteral("event_type")).toString()
                   : CodeLabels::eventType(row.value(QStringLiteral("event_type")).toString());
    case Family: {
        const QString id = row.value(QStringLiteral("family_id")).toString();
        const QString name = row.value(QStringLiteral("family_name")).toString();
        if (role == ValueRole)
            return id;
        if (role == Qt::ToolTipRole)
            return id;
        return name.isEmpty() ? id : name;
    }
    case User:
        return row.value(QStringLiteral("user_id")).toString();
    default:
        return {};
    }
}

} // namespace coopdesk
