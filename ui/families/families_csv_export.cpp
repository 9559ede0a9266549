#include "families_csv_export.h"

#include "store/storage_error.h"

#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QSaveFile>

namespace coopdesk {

namespace {

QString plain(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

const QStringList& FamiliesCsvExport::header()
{
    static const QStringList columns{QStringLiteral("family_id"),
                                     QStringLiteral("family_name"),
                                     QStringLiteral("status"),
                                     QStringLiteral("children_count"),
                                     QStringLiteral("total_paid"),
                                     QStringLiteral("balance"),
                                     QStringLiteral("last_payment_date"),
                                     QStringLiteral("engagement_score"),
                                     QStringLiteral("risk_score"),
                                     QStringLiteral("risk_tier"),
                                     QStringLiteral("assigned_coordinator")};
    return columns;
}

QString FamiliesCsvExport::field(const QString& value)
{
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') ||
                       value.contains(u'\r');
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString FamiliesCsvExport::decimal(qint64 cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude =
        negative ? quint64(0) - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

FamiliesCsvExport::Result
FamiliesCsvExport::write(QueryService& queries, const FamilyFilter& filter, const FamilySort& sort,
                         QIODevice& device,
                         const std::function<bool(qint64 done, qint64 total)>& progress)
{
    Result result;
    const auto line = [&device](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& value : fields)
            quoted << field(value);
        const QByteArray bytes = (quoted.join(u',') + QStringLiteral("\r\n")).toUtf8();
        return device.write(bytes) == bytes.size();
    };
    const QString writeError = tr("The file cannot be written: %1");
    if (!line(header())) {
        result.error = writeError.arg(device.errorString());
        return result;
    }
    try {
        const qint64 total = queries.countFamilies(filter);
        if (progress && !progress(0, total)) {
            result.cancelled = true;
            return result;
        }
        for (qint64 offset = 0;; offset += pageSize) {
            const QList<QJsonObject> rows = queries.listFamilies(filter, sort, offset, pageSize);
            for (const QJsonObject& row : rows) {
                const QStringList fields{
                    plain(row.value(QStringLiteral("family_id"))),
                    plain(row.value(QStringLiteral("family_name"))),
                    plain(row.value(QStringLiteral("status"))),
                    plain(row.value(QStringLiteral("children_count"))),
                    decimal(row.value(QStringLiteral("total_paid_cents")).toInteger()),
                    decimal(row.value(QStringLiteral("balance_cents")).toInteger()),
                    plain(row.value(QStringLiteral("last_payment_date"))),
                    plain(row.value(QStringLiteral("engagement_score"))),
                    plain(row.value(QStringLiteral("risk_score"))),
                    plain(row.value(QStringLiteral("risk_tier"))),
                    plain(row.value(QStringLiteral("assigned_coordinator")))};
                if (!line(fields)) {
                    result.error = writeError.arg(device.errorString());
                    return result;
                }
                ++result.rows;
            }
            if (progress && !progress(result.rows, std::max(total, result.rows))) {
                result.cancelled = true;
                return result;
            }
            if (rows.size() < pageSize)
                break;
        }
    } catch (const StorageError& error) {
        result.error = tr("The families cannot be read: %1").arg(error.message());
        return result;
    }
    result.ok = true;
    return result;
}

FamiliesCsvExport::Result
FamiliesCsvExport::writeFile(QueryService& queries, const FamilyFilter& filter,
                             const FamilySort& sort, const QString& path,
                             const std::function<bool(qint64 done, qint64 total)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = tr("The file cannot be written: %1").arg(file.errorString());
        return result;
    }
    Result result = write(queries, filter, sort, file, progress);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = tr("The file cannot be written: %1").arg(file.errorString());
    }
    return result;
}

} // namespace coopdesk
