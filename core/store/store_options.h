#pragma once

namespace coopdesk {

// How a store is opened (openEventStore).
struct StoreOptions
{
    // Durable: an acknowledged command survives power loss. Off ("fast"):
    // a power cut may lose the last commits (SQLite: synchronous=NORMAL).
    bool durable = true;
    // How long a write waits for another program's transaction.
    int busyTimeoutMs = 10000;
    // Open without the right to write, even when the store allows it.
    bool readOnly = false;
};

} // namespace coopdesk
