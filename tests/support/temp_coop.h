#pragma once

#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "store/event_store.h"
#include "store/store_options.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace coopdesk::test {

// A new co-op file in a temporary folder, with a store, a fixed clock and a
// command bus on it, removed when the test ends.
class TempCoop
{
public:
    TempCoop();
    ~TempCoop();

    QString path() const { return m_path; }
    StoreLocation location() const { return StoreLocation::fromText(m_path); }
    QString dir() const { return m_dir.path(); }
    EventStore& store() { return *m_store; }
    CommandBus& bus() { return *m_bus; }
    FixedClock& clock() { return m_clock; }

    // Dispatches and fails the test (QVERIFY-style, via qFatal-free check)
    // when the command is rejected; returns the result either way.
    CommandResult run(const QJsonObject& command);
    CommandResult enroll(const QString& familyId,
                         const QString& name = QStringLiteral("Test Family"),
                         const QString& date = QStringLiteral("2024-09-01"));

    // Reopens the store (as a new process would).
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<CommandBus> m_bus;
};

// Opens the co-op file at `path` through the store seam, as the program does.
std::unique_ptr<EventStore> openStore(const QString& path, const StoreOptions& options = {});

// Where the program keeps the views file of the co-op file at `path`.
QString viewsPathOf(const QString& coopPath);

// Builds a command object: cmd("AddChild", {{"family_id","f1"}, ...}).
QJsonObject cmd(const QString& name, const QJsonObject& fields = {});

// The raw bytes of a file (to check a file was left untouched).
QByteArray fileBytes(const QString& path);

} // namespace coopdesk::test
