#pragma once

#include "store/event_store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace coopdesk::cli {

// Where this run's read models live: the views file beside the co-op file,
// or, when that cannot be written (the co-op on read-only media, a folder
// without write permission), a views file built anew in a temporary folder
// for this run alone, which is said on standard error.
class ViewsLocation
{
public:
    explicit ViewsLocation(EventStore& store);

    QString path() const { return m_path; }
    bool isTemporary() const { return m_scratch != nullptr; }

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace coopdesk::cli
