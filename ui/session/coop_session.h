#pragma once

#include "clock.h"
#include "commands/command_bus.h"
#include "store/sqlite_event_store.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace coopdesk {

// One open co-op file in the desktop app: its event store and command bus,
// both living in the GUI thread (a short busy timeout makes a file locked
// by another program report an error instead of freezing the window).
// A file the user may not write opens read-only: commands are refused and
// readOnlyReason() says why.
class CoopSession : public QObject
{
    Q_OBJECT

public:
    static inline constexpr int busyTimeoutMs = 2000;

    // Why a file could not be opened or created, for people.
    struct OpenError
    {
        QString message; // what happened (core's message, translated)
        QString advice;  // what the user can do about it; may be empty
    };

    struct OpenResult
    {
        std::unique_ptr<CoopSession> session;
        OpenError error; // when session is null
    };

    // Opens an existing co-op file. Never throws.
    static OpenResult open(const QString& path, const QString& userId);
    // Creates a new, empty co-op file (never overwrites one) and opens it.
    static OpenResult create(const QString& path, const QString& userId);

    ~CoopSession() override;

    QString path() const { return m_path; }
    QString fileName() const;
    QString fileId() const { return m_fileId; }

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const; // empty when writable

    QString userId() const { return m_bus->userId(); }
    void setUserId(const QString& userId);

    SqliteEventStore& store() { return *m_store; }
    CommandBus& bus() { return *m_bus; }

    // The last position in the file, or nullopt when it cannot be read.
    std::optional<qint64> headPosition();

signals:
    // This window appended events up to `headPosition` (the bus's signal).
    void appended(qint64 headPosition);

private:
    CoopSession(const QString& path, std::unique_ptr<SqliteEventStore> store,
                const QString& userId);

    QString m_path;
    SystemClock m_clock;
    std::unique_ptr<SqliteEventStore> m_store;
    std::unique_ptr<CommandBus> m_bus;
    QString m_fileId;
    bool m_readOnly = false;
};

} // namespace coopdesk
