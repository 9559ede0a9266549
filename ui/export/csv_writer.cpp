#include "csv_writer.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace coopdesk::csv {

namespace {

struct CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

} // namespace

QByteArray field(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    const bool quote =
        bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n');
    if (!quote)
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray line(const QStringList& fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            bytes += ',';
        bytes += field(fields.at(i));
    }
    return bytes + "\r\n";
}

QByteArray document(const QList<QStringList>& rows)
{
    QByteArray bytes;
    for (const QStringList& row : rows)
        bytes += line(row);
    return bytes;
}

bool writeFile(const QString& path, const QList<QStringList>& rows, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = CsvExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(document(rows));
    if (!file.commit()) {
        if (error)
            *error = CsvExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace coopdesk::csv
