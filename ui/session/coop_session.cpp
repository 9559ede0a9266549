#include "coop_session.h"

#include "server_coop_name.h"
#include "storage_advice.h"
#include "store/open_event_store.h"
#include "store/storage_error.h"

#include <QFileInfo>

#include <exception>

namespace coopdesk {

namespace {

CoopSession::OpenError errorOf(const StorageError& error, const StoreLocation& location)
{
    return {error.message(),
            location.isServer() ? serverStorageAdvice(error.kind()) : storageAdvice(error.kind()),
            error.needsPassword(), error.passwordRefused()};
}

} // namespace

CoopSession::CoopSession(std::unique_ptr<EventStore> store, const QString& userId)
    : m_location(store->location())
    , m_store(std::move(store))
    , m_bus(std::make_unique<CommandBus>(*m_store, m_clock, userId))
    , m_readOnly(m_store->isReadOnly())
{
    connect(m_bus.get(), &CommandBus::appended, this, &CoopSession::appended);
    startReadSide();
}

CoopSession::~CoopSession()
{
    m_queries.reset();
    m_projections.reset(); // quits and waits for the projector thread
    m_bus.reset();
    m_store.reset();
}

void CoopSession::startReadSide()
{
    m_projections = std::make_unique<ProjectionService>(m_location, m_clock);
    m_live = new LiveUpdates(this);
    connect(m_bus.get(), &CommandBus::appended, m_projections.get(), &ProjectionService::wake);
    connect(m_projections.get(), &ProjectionService::opened, this, &CoopSession::onViewsOpened);
    connect(m_projections.get(), &ProjectionService::viewsReopened, this,
            [this](const QString& viewsPath) {
                if (!m_queries)
                    onViewsOpened(); // the first one could not be read
                emit viewsFileReplaced(viewsPath);
            });
    connect(m_projections.get(), &ProjectionService::projected, m_live, &LiveUpdates::add);
    connect(m_projections.get(), &ProjectionService::failed, this, [this](const QString& message) {
        m_readModelsError = message;
        emit readModelsFailed(message);
    });
    connect(
        m_projections.get(), &ProjectionService::serverUnreachable, this,
        [this](const QString&, const QDateTime& viewsAsOf) { emit serverUnreachable(viewsAsOf); });
    connect(m_projections.get(), &ProjectionService::serverReachable, this,
            &CoopSession::serverReachable);
    connect(m_live, &LiveUpdates::changed, this, &CoopSession::reportProjectionStatus);
    connect(m_projections.get(), &ProjectionService::statusChanged, this,
            &CoopSession::reportProjectionStatus);
    m_projections->start();
}

void CoopSession::onViewsOpened()
{
    try {
        m_queries = std::make_unique<QueryService>(m_location);
    } catch (const StorageError& error) {
        m_readModelsError = error.message();
        emit readModelsFailed(error.message());
        return;
    }
    m_readModelsError.clear();
    emit readModelsReady();
    reportProjectionStatus();
}

void CoopSession::reportProjectionStatus()
{
    const auto head = headPosition();
    if (!head || !m_queries)
        return;
    qint64 lagMs = 0;
    try {
        for (const QJsonObject& row : m_queries->projectionStatus(m_clock.now()))
            lagMs = std::max(lagMs, row.value(QStringLiteral("lag_ms")).toInteger());
    } catch (const StorageError& error) {
        // The lag in events is still known; the screens say why the rest is not.
        emit readModelsFailed(error.message());
    }
    const qint64 lagEvents = std::max<qint64>(0, *head - m_projections->projectedPosition());
    emit projectionStatusChanged(*head, lagEvents, lagEvents > 0 ? lagMs : 0);
}

CoopSession::OpenResult CoopSession::open(const QString& locationText, const QString& userId)
{
    return open(StoreLocation::fromText(locationText), userId);
}

CoopSession::OpenResult CoopSession::open(const StoreLocation& given, const QString& userId)
{
    StoreLocation location = given;
    if (!location.isServer()) {
        const QString absolute = QFileInfo(given.filePath()).absoluteFilePath();
        if (QFileInfo(absolute).isDir())
            return {nullptr,
                    {tr("%1 is a folder, not a co-op file").arg(absolute),
                     storageAdvice(StorageError::Kind::NotCoopFile)}};
        location = StoreLocation::fromText(absolute);
    }
    try {
        StoreOptions options;
        options.busyTimeoutMs = busyTimeoutMs;
        auto store = openEventStore(location, options);
        // On a server the role signed in is who records (SPEC 12.2).
        std::optional<ServerInfo> server = store->serverInfo();
        const QString author = server && !server->role.isEmpty() ? server->role : userId;
        std::unique_ptr<CoopSession> session(new CoopSession(std::move(store), author));
        session->m_serverInfo = std::move(server);
        session->m_storeId = session->m_store->storeId();
        return {std::move(session), {}};
    } catch (const StorageError& error) {
        return {nullptr, errorOf(error, location)};
    } catch (const std::exception& error) {
        return {nullptr, {QString::fromLocal8Bit(error.what()), {}}};
    }
}

CoopSession::OpenResult CoopSession::create(const QString& path, const QString& userId)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    try {
        createEventStore(StoreLocation::fromText(absolute));
    } catch (const StorageError& error) {
        return {nullptr, {error.message(), tr("Choose another name or folder.")}};
    }
    return open(absolute, userId);
}

QString CoopSession::fileName() const
{
    return QFileInfo(path()).fileName();
}

QString CoopSession::displayName() const
{
    return m_serverInfo ? serverCoopName(m_location, *m_serverInfo) : fileName();
}

QString CoopSession::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    // A server co-op's store says why itself (a reader's role, SPEC 12.2).
    if (m_location.isServer())
        return m_store->readOnlyReason();
    return tr("The file is read-only (see its permissions): you can look at it, but "
              "nothing can be recorded in it.");
}

void CoopSession::setUserId(const QString& userId)
{
    if (m_serverInfo)
        return; // the server's role is who records, whatever the preference
    m_bus->setUserId(userId);
}

std::optional<qint64> CoopSession::headPosition()
{
    try {
        return m_store->headPosition();
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

} // namespace coopdesk
