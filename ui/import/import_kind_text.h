#pragma once

#include "io/import_formats.h"

#include <QCoreApplication>
#include <QString>

namespace coopdesk {

// Words for people about the three CSV formats (docs/IMPORT.md): the
// kind's name and a line saying what one row is and which columns it has.
// Column names stay as the file writes them.
class ImportKindText
{
    Q_DECLARE_TR_FUNCTIONS(ImportKindText)

public:
    static QString name(ImportKind kind);        // "Families"
    static QString description(ImportKind kind); // "One row per family. Required: …"
};

} // namespace coopdesk
