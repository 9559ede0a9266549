#pragma once

#include "store/storage_error.h"

#include <QString>

namespace coopdesk {

// What the user can do about a storage failure, shown under its message
// wherever the app opens or writes a co-op file (the session, an import).
QString storageAdvice(StorageError::Kind kind);
// The same for a shared co-op on a PostgreSQL server (SPEC 12).
QString serverStorageAdvice(StorageError::Kind kind);

// A failure's message with what to do about it under it, after a blank
// line; the message alone when there is no advice.
QString withAdvice(const QString& message, const QString& advice);

} // namespace coopdesk
