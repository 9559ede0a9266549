#pragma once

#include "state_serialization.h"
#include "store/sqlite_connection.h"

#include <QHash>
#include <QSet>

namespace coopdesk {

// A projection's per-key state (a family, a month), kept as blobs in one
// table `<name>` (key TEXT PRIMARY KEY, state BLOB) and cached in memory.
// edit() loads on first use and marks the key dirty; flush() writes the
// dirty ones; discard() forgets the cache (after a rollback, or when
// another process moved the checkpoint).
template <typename State> class StateTable
{
public:
    StateTable(SqliteConnection& views, const QByteArray& table)
        : m_views(views)
        , m_table(table)
        , m_create("CREATE TABLE IF NOT EXISTS " + table +
                   " (key TEXT PRIMARY KEY, state BLOB NOT NULL) WITHOUT ROWID")
        , m_select("SELECT state FROM " + table + " WHERE key = ?")
        , m_upsert("INSERT OR REPLACE INTO " + table + " (key, state) VALUES (?, ?)")
    {}

    void create() { m_views.execute(m_create.constData()); }
    const QByteArray& table() const { return m_table; }

    // The state of `key`, loaded or default-constructed; `created` tells which.
    State& edit(const QString& key, bool* created = nullptr)
    {
        auto found = m_cache.find(key);
        bool isNew = false;
        if (found == m_cache.end()) {
            State loaded{};
            Query query = m_views.query(m_select.constData());
            query.bind(1, key);
            if (query.next())
                loaded = deserialize<State>(query.blob(0));
            else
                isNew = true;
            found = m_cache.insert(key, loaded);
        }
        if (created)
            *created = isNew;
        m_dirty.insert(key);
        return found.value();
    }

    const QSet<QString>& dirtyKeys() const { return m_dirty; }
    const State& cached(const QString& key) const { return m_cache.find(key).value(); }

    void flush()
    {
        for (const QString& key : std::as_const(m_dirty)) {
            m_views.query(m_upsert.constData())
                .bind(1, key)
                .bindBlob(2, serialize(m_cache.value(key)))
                .run();
        }
        m_dirty.clear();
        if (m_cache.size() > m_capacity)
            m_cache.clear();
    }

    void discard()
    {
        m_cache.clear();
        m_dirty.clear();
    }

private:
    SqliteConnection& m_views;
    QByteArray m_table;
    QByteArray m_create;
    QByteArray m_select;
    QByteArray m_upsert;
    QHash<QString, State> m_cache;
    QSet<QString> m_dirty;
    // How many states stay cached between batches (memory against reloads).
    qsizetype m_capacity = 200000;
};

} // namespace coopdesk
