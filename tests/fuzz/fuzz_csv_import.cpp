// Fuzz target: a CSV file as an import reads it. The first byte picks the
// kind (families, charges, payments); the rest is the file. Every record
// is read, matched to the kind's columns and turned into commands; the
// amounts and children cells go through their parsers.

#include "io/csv_columns.h"
#include "io/csv_reader.h"
#include "io/import_formats.h"

#include <QBuffer>

#include <cstdint>

using namespace coopdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const ImportKind kind = static_cast<ImportKind>(data[0] % 3);
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(buffer);
    csv::Record record;
    QStringList header;
    bool first = true;
    while (reader.next(record)) {
        if (first) {
            header = record.fields;
            first = false;
            continue;
        }
        const QStringList cells = record.fields;
        importRowCommands(kind, [&](const QString& column) {
            const qsizetype index = header.indexOf(column);
            return index >= 0 && index < cells.size() ? cells.at(index) : QString();
        });
    }
    return 0;
}
