#include "import_kind_text.h"

namespace coopdesk {

namespace {

QString optionalColumns(const ImportFormat& format)
{
    QStringList optional;
    for (const QString& column : format.columns) {
        if (!format.required.contains(column))
            optional << column;
    }
    return optional.join(QStringLiteral(", "));
}

} // namespace

QString ImportKindText::name(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Families:
        return tr("Families");
    case ImportKind::Charges:
        return tr("Tuition charges");
    case ImportKind::Payments:
        return tr("Payments");
    }
    return {};
}

QString ImportKindText::description(ImportKind kind)
{
    const ImportFormat& format = importFormat(kind);
    const QString required = format.required.join(QStringLiteral(", "));
    const QString optional = optionalColumns(format);
    switch (kind) {
    case ImportKind::Families:
        return tr("One row per family (children as Name:age;Name:age). Required columns: %1. "
                  "Optional: %2.")
            .arg(required, optional);
    case ImportKind::Charges:
        return tr("One row per monthly tuition charge (amount as 125.50). Required columns: %1. "
                  "Optional: %2.")
            .arg(required, optional);
    case ImportKind::Payments:
        return tr("One row per payment received (amount as 125.50). Required columns: %1. "
                  "Optional: %2.")
            .arg(required, optional);
    }
    return {};
}

} // namespace coopdesk
