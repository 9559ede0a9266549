#pragma once

#include <QString>

namespace coopdesk {

// Where a co-op's event store lives (SPEC 12.1): a co-op file, named by its
// path, or a PostgreSQL server, named by anything libpq accepts (a
// `postgresql://` or `postgres://` URI, or keywords such as `service=NAME`
// or `host=… dbname=…`). Everything above core/store names a store by its
// location and opens it through openEventStore() (open_event_store.h).
class StoreLocation
{
public:
    enum class Kind { File, Server };

    StoreLocation() = default;
    // What a user typed or a setting holds (the CLI's --db, the app's
    // argument or recent list), kept as given. Text that starts with a
    // PostgreSQL URI scheme or a libpq keyword (`host=`, `service=` …) names
    // a server; anything else is a file path (`./host=x.coop` for a file
    // named like a keyword).
    static StoreLocation fromText(const QString& text);

    bool isEmpty() const { return m_text.isEmpty(); }
    Kind kind() const { return m_kind; }
    bool isServer() const { return m_kind == Kind::Server; }

    // The co-op file (empty for a server).
    QString filePath() const { return m_kind == Kind::File ? m_text : QString(); }
    // What libpq connects with, the password included when one was given
    // (never show or store it: use toString()). Empty for a file.
    QString connectionString() const { return m_kind == Kind::Server ? m_text : QString(); }

    // As shown to people and in JSON output: a server's location without
    // its password.
    QString toString() const;

    friend bool operator==(const StoreLocation&, const StoreLocation&) = default;

private:
    Kind m_kind = Kind::File;
    QString m_text;
};

} // namespace coopdesk
