#pragma once

#include <QByteArrayView>

// Whether bytes are one JSON text (RFC 8259) in UTF-8, checked by grammar
// alone: numbers are not converted, so `1e400`, which QJsonDocument refuses,
// is JSON here, as it is for SQLite and most readers. Nesting deeper than
// maxJsonSyntaxDepth is treated as not JSON (no recursion without a bound).
namespace coopdesk::json {

constexpr int maxJsonSyntaxDepth = 512;

bool isJsonText(QByteArrayView text);

} // namespace coopdesk::json
