#pragma once

#include <QString>

namespace coopdesk {

// Where a co-op's event store lives (SPEC 12.1): today a co-op file, named
// by its path. Everything above core/store names a store by its location
// and opens it through openEventStore() (open_event_store.h).
class StoreLocation
{
public:
    StoreLocation() = default;
    // What a user typed or a setting holds (the CLI's --db, the app's
    // argument or recent list), kept as given.
    static StoreLocation fromText(const QString& text)
    {
        StoreLocation location;
        location.m_filePath = text;
        return location;
    }

    bool isEmpty() const { return m_filePath.isEmpty(); }
    // The co-op file.
    QString filePath() const { return m_filePath; }
    // As shown to people and in JSON output.
    QString toString() const { return m_filePath; }

    friend bool operator==(const StoreLocation&, const StoreLocation&) = default;

private:
    QString m_filePath;
};

} // namespace coopdesk
