#pragma once

#include <QUuid>

namespace coopdesk {

// A random (version 4) UUID, as QUuid::createUuid() makes, from OpenSSL's
// generator drawn a block at a time. QUuid asks the CPU for every 8 bytes
// (RDRAND), which a virtual machine may trap: three ids per appended event
// made that a tenth of an import's time.
QUuid randomUuid();

} // namespace coopdesk
