#include "temp_coop.h"

#include "projections/views_file.h"
#include "store/open_event_store.h"

#include <QFile>
#include <QTest>

namespace coopdesk::test {

TempCoop::TempCoop()
    : m_path(m_dir.filePath(QStringLiteral("test.coop")))
{
    createEventStore(location());
    reopen();
}

TempCoop::~TempCoop() = default;

void TempCoop::reopen()
{
    m_bus.reset();
    m_store.reset();
    m_store = openEventStore(location());
    m_bus = std::make_unique<CommandBus>(*m_store, m_clock, QStringLiteral("tester"));
}

CommandResult TempCoop::run(const QJsonObject& command)
{
    const CommandResult result = m_bus->dispatch(command);
    if (!result.ok)
        qWarning() << "command rejected:" << command << result.toJsonLine();
    return result;
}

CommandResult TempCoop::enroll(const QString& familyId, const QString& name, const QString& date)
{
    return run(cmd(QStringLiteral("EnrollFamily"), {{QStringLiteral("family_id"), familyId},
                                                    {QStringLiteral("family_name"), name},
                                                    {QStringLiteral("enrollment_date"), date}}));
}

std::unique_ptr<EventStore> openStore(const QString& path, const StoreOptions& options)
{
    return openEventStore(StoreLocation::fromText(path), options);
}

QString viewsPathOf(const QString& coopPath)
{
    // A co-op file's views sit beside it, whatever its id.
    return viewsfile::pathFor(StoreLocation::fromText(coopPath), {});
}

QJsonObject cmd(const QString& name, const QJsonObject& fields)
{
    QJsonObject command = fields;
    command.insert(QStringLiteral("command"), name);
    return command;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace coopdesk::test
