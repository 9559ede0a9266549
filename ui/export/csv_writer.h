#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 writes it: fields separated by commas, a field quoted
// when it holds a comma, a quote, CR or LF (quotes doubled inside), lines
// ended by CRLF, UTF-8 without a byte-order mark.
namespace coopdesk::csv {

QByteArray field(const QString& value);
QByteArray line(const QStringList& fields);
QByteArray document(const QList<QStringList>& rows);

// Writes the rows to `path` atomically (all or nothing); false with a
// message for people in `error`.
bool writeFile(const QString& path, const QList<QStringList>& rows, QString* error);

} // namespace coopdesk::csv
