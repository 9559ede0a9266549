#pragma once

#include "clock.h"
#include "commands/command_bus.h"
#include "live_updates.h"
#include "projections/projection_service.h"
#include "queries/query_service.h"
#include "store/event_store.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace coopdesk {

// One open co-op in the desktop app (a co-op file, or a shared co-op on a
// PostgreSQL server, SPEC 12): its event store and command bus,
// both living in the GUI thread (a short busy timeout makes a file locked
// by another program report an error instead of freezing the window).
// A file the user may not write opens read-only: commands are refused and
// readOnlyReason() says why.
//
// The read side comes with it: the projector on its own thread (woken by
// the bus after each commit, and watching for other programs' appends), a
// QueryService for the screens once the views file is ready, and live()
// reporting what changed, coalesced.
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
        // The server asked for a password the location did not give.
        bool needsPassword = false;
        // A password was given and the sign-in failed (StorageError).
        bool passwordRefused = false;
    };

    struct OpenResult
    {
        std::unique_ptr<CoopSession> session;
        OpenError error; // when session is null
    };

    // Opens an existing co-op: a file (made absolute) or a server. On a
    // server the signed-in role records events, not `userId`. Never throws.
    static OpenResult open(const StoreLocation& location, const QString& userId);
    // The same for what a user typed or a setting holds (a path or a
    // server location, StoreLocation::fromText).
    static OpenResult open(const QString& locationText, const QString& userId);
    // Creates a new, empty co-op file (never overwrites one) and opens it.
    static OpenResult create(const QString& path, const QString& userId);

    ~CoopSession() override;

    StoreLocation location() const { return m_location; }
    // The co-op file, absolute; empty for a server co-op.
    QString path() const { return m_location.filePath(); }
    QString fileName() const;
    bool isServer() const { return m_location.isServer(); }
    // The server, asked when opening (nullopt for a file).
    const std::optional<ServerInfo>& serverInfo() const { return m_serverInfo; }
    // The file's name, or the server co-op's (serverCoopName).
    QString displayName() const;
    // What the recent list keeps: the file's path, or the server location
    // without its password.
    QString recentEntry() const { return m_location.toString(); }
    QString storeId() const { return m_storeId; }

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const; // empty when writable

    QString userId() const { return m_bus->userId(); }
    void setUserId(const QString& userId);

    EventStore& store() { return *m_store; }
    CommandBus& bus() { return *m_bus; }

    // The last position in the file, or nullopt when it cannot be read.
    std::optional<qint64> headPosition();

    ProjectionService& projections() { return *m_projections; }
    LiveUpdates& live() { return *m_live; }
    // Null until the views file is open (readModelsReady), or when it failed.
    QueryService* queries() { return m_queries.get(); }
    QString readModelsError() const { return m_readModelsError; }

signals:
    // This window appended events up to `headPosition` (the bus's signal).
    void appended(qint64 headPosition);
    // queries() can be used from now on.
    void readModelsReady();
    // The read side cannot work (for example the views file cannot be written).
    void readModelsFailed(const QString& message);
    // The views file was deleted, replaced or damaged while open; the read
    // side now works on the one at `viewsPath` (SPEC 10).
    void viewsFileReplaced(const QString& viewsPath);
    // Head position and how far the read models are behind it.
    void projectionStatusChanged(qint64 head, qint64 lagEvents, qint64 lagMs);
    // A server co-op's read side lost its server (showing the views as of
    // `viewsAsOf`), or reached it again.
    void serverUnreachable(const QDateTime& viewsAsOf);
    void serverReachable();

private:
    CoopSession(std::unique_ptr<EventStore> store, const QString& userId);
    void startReadSide();
    void onViewsOpened();
    void reportProjectionStatus();

    StoreLocation m_location;
    SystemClock m_clock;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CommandBus> m_bus;
    QString m_storeId;
    bool m_readOnly = false;
    std::optional<ServerInfo> m_serverInfo;
    std::unique_ptr<ProjectionService> m_projections;
    LiveUpdates* m_live = nullptr;
    std::unique_ptr<QueryService> m_queries;
    QString m_readModelsError;
};

} // namespace coopdesk
