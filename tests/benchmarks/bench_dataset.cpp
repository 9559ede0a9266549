#include "bench_dataset.h"

#include "clock.h"
#include "store/coop_file.h"
#include "store/open_event_store.h"

#include <QFile>

#include <algorithm>
#include <stdexcept>

namespace coopdesk::bench {

DatasetCommands::DatasetCommands(int families, int eventsPerFamily)
    : m_families(families)
    , m_eventsPerFamily(eventsPerFamily)
{}

QString DatasetCommands::familyId(int index)
{
    return QStringLiteral("bench-%1").arg(index, 6, 10, QLatin1Char('0'));
}

QJsonObject DatasetCommands::command(int index, int round)
{
    const QString id = familyId(index);
    const auto make = [&](const char* name) {
        return QJsonObject{{QStringLiteral("command"), QString::fromLatin1(name)},
                           {QStringLiteral("family_id"), id}};
    };
    // Six years of months, 2020-01 to 2025-12, over and over: a payment or
    // contact is a date that happened (SPEC 2, "(H)": at most today + 1), so
    // a long history (B9's 10 000 events) must not run into the future.
    const int month = std::max(0, round - 3) / 4 % 72;
    const QString monthText =
        QStringLiteral("%1-%2").arg(2020 + month / 12).arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
    QJsonObject c;
    switch (round) {
    case 0:
        c = make("EnrollFamily");
        c.insert(QStringLiteral("family_name"), QStringLiteral("Family %1").arg(index));
        c.insert(QStringLiteral("enrollment_date"), QStringLiteral("2020-01-01"));
        c.insert(QStringLiteral("parent_name"), QStringLiteral("Parent %1").arg(index));
        c.insert(QStringLiteral("email"), QStringLiteral("parent%1@example.org").arg(index));
        return c;
    case 1:
    case 2:
        c = make("AddChild");
        c.insert(QStringLiteral("child_name"), QStringLiteral("Child %1-%2").arg(index).arg(round));
        c.insert(QStringLiteral("child_age"), 5 + (index + round) % 12);
        return c;
    default:
        break;
    }
    switch (round % 4) {
    case 3:
        c = make("ChargeTuition");
        c.insert(QStringLiteral("charge_id"), QStringLiteral("c-%1").arg(round));
        c.insert(QStringLiteral("month"), monthText);
        c.insert(QStringLiteral("amount_cents"), 15000);
        c.insert(QStringLiteral("due_date"), QString(monthText + QStringLiteral("-05")));
        return c;
    case 0:
        c = make("ReceivePayment");
        c.insert(QStringLiteral("amount_cents"), index % 7 == 0 ? 10000 : 15000);
        c.insert(
            QStringLiteral("date"),
            QString(monthText + (index % 5 == 0 ? QStringLiteral("-20") : QStringLiteral("-03"))));
        c.insert(QStringLiteral("payment_method"),
                 index % 3 == 0 ? QStringLiteral("card") : QStringLiteral("ach"));
        return c;
    case 1:
        c = make("UpdateRiskScore");
        c.insert(QStringLiteral("new_score"), (index * 7 + round) % 100);
        return c;
    default:
        if (round % 8 == 2) {
            c = make("RecordContact");
            c.insert(QStringLiteral("date"), QString(monthText + QStringLiteral("-10")));
            c.insert(QStringLiteral("method"), QStringLiteral("phone"));
            return c;
        }
        c = make("UpdateEngagementScore");
        c.insert(QStringLiteral("new_score"), (index * 3 + round) % 100);
        return c;
    }
}

QList<QJsonObject> DatasetCommands::next(int count)
{
    QList<QJsonObject> commands;
    while (commands.size() < count && m_handedOut < total()) {
        const int round = static_cast<int>(m_handedOut / m_families);
        const int index = static_cast<int>(m_handedOut % m_families);
        commands.append(command(index, round));
        ++m_handedOut;
    }
    return commands;
}

qint64 buildCoop(const QString& path, int families, int eventsPerFamily, bool durable)
{
    if (!QFile::exists(path))
        coopfile::create(path);
    StoreOptions options;
    options.durable = durable;
    const auto store = openEventStore(StoreLocation::fromText(path), options);
    SystemClock clock;
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    DatasetCommands commands(families, eventsPerFamily);
    for (;;) {
        const QList<QJsonObject> batch = commands.next(20000);
        if (batch.isEmpty())
            break;
        const auto result = bus.dispatchBatch(batch);
        if (!result.committed)
            throw std::runtime_error("benchmark co-op not written");
    }
    return store->headPosition();
}

} // namespace coopdesk::bench
