#include "temp_coop.h"

#include "store/coop_file.h"

#include <QFile>
#include <QTest>

namespace coopdesk::test {

TempCoop::TempCoop()
    : m_path(m_dir.filePath(QStringLiteral("test.coop")))
{
    coopfile::create(m_path);
    reopen();
}

TempCoop::~TempCoop() = default;

void TempCoop::reopen()
{
    m_bus.reset();
    m_store.reset();
    m_store = std::make_unique<SqliteEventStore>(m_path);
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
