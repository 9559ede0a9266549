#pragma once

#include <QByteArray>
#include <QString>

namespace coopdesk::test {

// Appends an event row by hand, as a newer version of the program (or a
// damaged one) might have written it: the hash chain stays correct, and the
// command side's snapshot of the family follows, so later commands work.
// Returns its position.
qint64 appendRawEvent(const QString& coopPath, const QString& familyId, const QString& type,
                      int schemaVersion, const QByteArray& data);

} // namespace coopdesk::test
