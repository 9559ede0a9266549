#include "views_location.h"

#include "cli_output.h"
#include "projections/views_file.h"
#include "store/storage_error.h"

#include <QCoreApplication>

namespace coopdesk::cli {

ViewsLocation::ViewsLocation(EventStore& store)
    : m_path(viewsfile::pathFor(store.location(), store.storeId()))
{
    if (viewsfile::canBeWritten(m_path))
        return;
    m_scratch = std::make_unique<QTemporaryDir>();
    if (!m_scratch->isValid())
        throw StorageError(
            StorageError::Kind::ReadOnly,
            QCoreApplication::translate("Cli", "%1 cannot be written and no temporary folder can "
                                               "be made for the read models (%2); set TMPDIR "
                                               "to a writable folder")
                .arg(m_path, m_scratch->errorString()));
    printMessage(QCoreApplication::translate(
                     "Cli", "coopdesk-cli: note: %1 cannot be written (read-only media or no "
                            "permission): the read models are built from the events in a "
                            "temporary folder for this command")
                     .arg(m_path));
    m_path = m_scratch->filePath(QStringLiteral("views.coop-views"));
}

} // namespace coopdesk::cli
