#pragma once

#include "domain/event.h"

#include <QByteArray>

namespace coopdesk {

// SHA-256 (hex) over the previous event's hash and this event's canonical
// fields: each field as its UTF-8 byte length, ':', the bytes, '\n', in the
// order position, event_id, stream_id, stream_type, stream_version,
// event_type, schema_version, data, metadata, recorded_at. The first event's
// previous hash is empty. Length prefixes make every field boundary exact.
QByteArray eventHash(const QByteArray& previousHash, const RecordedEvent& event);

} // namespace coopdesk
