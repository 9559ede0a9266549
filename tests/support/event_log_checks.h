#pragma once

#include "store/event_store.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace coopdesk::test {

// The events of the co-op file `db` as `coopdesk-cli export-events` prints
// them, in order; empty when the export failed.
QList<QJsonObject> exportedEvents(const QString& db);

// The checks of SPEC 10 on a log written by several programs or by one
// that was killed. Each returns the first problem, for people, or an empty
// string when there is none.

// Positions 1, 2, 3 … without a gap; per stream, versions 1, 2, 3 … with
// none repeated.
QString gaplessProblem(const QList<QJsonObject>& events);

// Every accepted result (coopdesk-cli exec's shape) is the event stored at
// its position: same stream, same version. Rejected results are skipped.
QString lostResultProblem(const QList<QJsonObject>& events, const QList<QJsonObject>& results);

// The stream as readStreamForFold() reads it is readStream()'s, metadata
// and hash left empty, every other field the same.
QString foldReadProblem(EventStore& store, const QString& streamId);

} // namespace coopdesk::test
