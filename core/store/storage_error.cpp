#include "storage_error.h"

namespace coopdesk {

StorageError::StorageError(Kind kind, const QString& message, int sqliteCode)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message)
    , m_sqliteCode(sqliteCode)
{}

} // namespace coopdesk
