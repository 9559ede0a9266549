#pragma once

#include "event_store.h"

#include <QCoreApplication>

namespace coopdesk {

// Walks the store's hash chain from position 1 and names the first position
// that does not match: an edited, deleted or inserted event. Each store's
// checkIntegrity() calls it beside its own storage checks.
AuditReport walkHashChain(EventStore& store, const AuditProgress& progress);

// The context lupdate files the audit trail's strings under, and the one
// looked up at run time.
struct AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

} // namespace coopdesk
