#pragma once

#include "projection.h"

#include <memory>
#include <vector>

namespace coopdesk {

// Every projection, in the order they are applied. Table names come only
// from here (SPEC 10: table names only from a fixed list).
std::vector<std::unique_ptr<Projection>> makeProjections(SqliteConnection& views,
                                                         const QString& suffix = {});
std::unique_ptr<Projection> makeProjection(const QString& name, SqliteConnection& views,
                                           const QString& suffix = {});
QStringList projectionNames();

} // namespace coopdesk
