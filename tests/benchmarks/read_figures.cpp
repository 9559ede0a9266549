// The read-side figures: B5–B7 (queries at 100 000 families), B8 (command
// to read model), B9 (read model against replaying a 10 000-event stream).

#include "bench_dataset.h"
#include "bench_stats.h"
#include "figures.h"

#include "clock.h"
#include "commands/command_bus.h"
#include "projections/projection_service.h"
#include "projections/projector.h"
#include "projections/views_file.h"
#include "queries/query_service.h"
#include "store/coop_file.h"
#include "store/family_replay.h"
#include "store/open_event_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

#include <random>

#include <sqlite3.h>

namespace coopdesk::bench {

namespace {

template <typename Work> Samples sample(int count, Work work)
{
    Samples samples;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        work(i);
        samples.add(micros(timer));
    }
    return samples;
}

QJsonObject latencyFigure(const Samples& samples, double p50Target, double p99Target,
                          const QString& targetText)
{
    return {{QStringLiteral("p50_us"), round2(samples.p50())},
            {QStringLiteral("p99_us"), round2(samples.p99())},
            {QStringLiteral("samples"), samples.count()},
            {QStringLiteral("target"), targetText},
            {QStringLiteral("met"), samples.p50() <= p50Target && samples.p99() <= p99Target}};
}

// A raw sqlite3 SELECT of one family_read_model row by key: B5's floor.
Samples rawGetFamily(const QString& viewsPath, const QList<QString>& ids)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(viewsPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* select = nullptr;
    sqlite3_prepare_v2(db, "SELECT * FROM family_read_model WHERE family_id = ?", -1, &select,
                       nullptr);
    Samples samples = sample(int(ids.size()), [&](int i) {
        const QByteArray id = ids.at(i).toUtf8();
        sqlite3_bind_text(select, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(select); ++c)
                sqlite3_column_text(select, c);
        }
        sqlite3_reset(select);
    });
    sqlite3_finalize(select);
    sqlite3_close(db);
    return samples;
}

// The first rejected command of a batch that was not committed, or its
// storage error, for the message that stops the run.
QByteArray firstRejection(const CommandBus::BatchResult& batch)
{
    if (batch.storageError)
        return batch.storageError->message.toUtf8();
    for (qsizetype i = 0; i < batch.results.size(); ++i) {
        if (!batch.results.at(i).ok)
            return batch.results.at(i).toJsonLine(i + 1); // "line": the command's number
    }
    return "no result rejected";
}

} // namespace

QJsonObject measureB5(const Context& context, const QString& largeCoopPath)
{
    QueryService queries(StoreLocation::fromText(largeCoopPath));
    std::mt19937 random(5);
    QList<QString> ids;
    for (int i = 0; i < context.sizes.queries; ++i)
        ids.append(DatasetCommands::familyId(int(random() % uint(context.sizes.rebuildFamilies))));
    const Samples samples = sample(int(ids.size()), [&](int i) {
        if (!queries.getFamily(ids.at(i)))
            qFatal("B5: family missing");
    });
    const Samples floor =
        rawGetFamily(viewsfile::pathFor(StoreLocation::fromText(largeCoopPath), {}), ids);
    QJsonObject figure =
        latencyFigure(samples, 30, 200, QStringLiteral("p50 <= 30 us, p99 <= 200 us"));
    figure.insert(QStringLiteral("floor_p50_us"), round2(floor.p50()));
    figure.insert(QStringLiteral("floor_p99_us"), round2(floor.p99()));
    figure.insert(QStringLiteral("ratio_p50"), round2(samples.p50() / floor.p50()));
    figure.insert(QStringLiteral("families"), context.sizes.rebuildFamilies);
    return figure;
}

QJsonObject measureB6(const Context& context, const QString& largeCoopPath)
{
    QueryService queries(StoreLocation::fromText(largeCoopPath));
    const QDate asOf(2030, 1, 1);
    const int n = context.sizes.queries;
    const Samples atRisk = sample(n, [&](int) { queries.listAtRiskFamilies(70, asOf, 100); });
    const Samples tiers = sample(n, [&](int) { queries.getFamiliesByRiskTier(); });
    const Samples payments = sample(n, [&](int) {
        queries.getPaymentAnalytics(QStringLiteral("2020-01"), QStringLiteral("2020-12"), asOf);
    });
    const double worst = std::max({atRisk.p50(), tiers.p50(), payments.p50()});
    return {{QStringLiteral("at_risk_top100_p50_us"), round2(atRisk.p50())},
            {QStringLiteral("at_risk_top100_p99_us"), round2(atRisk.p99())},
            {QStringLiteral("tiers_p50_us"), round2(tiers.p50())},
            {QStringLiteral("tiers_p99_us"), round2(tiers.p99())},
            {QStringLiteral("payments_12_months_p50_us"), round2(payments.p50())},
            {QStringLiteral("payments_12_months_p99_us"), round2(payments.p99())},
            {QStringLiteral("families"), context.sizes.rebuildFamilies},
            {QStringLiteral("target"), QStringLiteral("<= 1 ms each (p50)")},
            {QStringLiteral("met"), worst <= 1000}};
}

QJsonObject measureB7(const Context& context, const QString& largeCoopPath)
{
    QueryService queries(StoreLocation::fromText(largeCoopPath));
    std::mt19937 random(7);
    const Samples samples = sample(context.sizes.queries, [&](int) {
        const int index = int(random() % uint(context.sizes.rebuildFamilies));
        queries.searchFamilies(QStringLiteral("Family %1").arg(index));
    });
    QJsonObject figure = latencyFigure(samples, 2000, 1e12, QStringLiteral("<= 2 ms (p50)"));
    figure.insert(QStringLiteral("families"), context.sizes.rebuildFamilies);
    return figure;
}

QJsonObject measureB8(const Context& context)
{
    const QString path =
        QDir(context.directory)
            .filePath(QStringLiteral("b8-%1.coop").arg(QUuid::createUuid().toString(QUuid::Id128)));
    buildCoop(path, 1000, 8);
    const auto store = openEventStore(StoreLocation::fromText(path));
    SystemClock clock;
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    ProjectionService projections(StoreLocation::fromText(path), clock);
    QObject::connect(&bus, &CommandBus::appended, &projections, &ProjectionService::wake);
    projections.start();
    projections.waitFor(store->headPosition(), 600000);
    const Samples samples = sample(context.sizes.singleCommands, [&](int i) {
        const CommandResult result = bus.dispatch(
            QJsonObject{{QStringLiteral("command"), QStringLiteral("RecordLogin")},
                        {QStringLiteral("family_id"), DatasetCommands::familyId(i % 1000)},
                        {QStringLiteral("date"), QStringLiteral("2024-02-01")}});
        if (!result.ok || !projections.waitFor(result.position, 10000))
            qFatal("B8: not visible");
    });
    return latencyFigure(samples, 5000, 20000, QStringLiteral("p50 <= 5 ms, p99 <= 20 ms"));
}

QJsonObject measureB9(const Context& context, QString& longStreamCoopPath)
{
    longStreamCoopPath =
        QDir(context.directory)
            .filePath(QStringLiteral("b9-%1.coop").arg(QUuid::createUuid().toString(QUuid::Id128)));
    coopfile::create(longStreamCoopPath);
    {
        StoreOptions fast;
        fast.durable = false;
        const auto store = openEventStore(StoreLocation::fromText(longStreamCoopPath), fast);
        SystemClock clock;
        CommandBus bus(*store, clock, QStringLiteral("bench"));
        QList<QJsonObject> commands;
        for (int round = 0; round < context.sizes.longStream; ++round) {
            QJsonObject command = DatasetCommands::command(0, round);
            command.insert(QStringLiteral("family_id"), QStringLiteral("long-stream"));
            commands.append(command);
        }
        const CommandBus::BatchResult written = bus.dispatchBatch(commands);
        if (!written.committed)
            qFatal("B9: stream not written: %s", firstRejection(written).constData());
    }
    SystemClock clock;
    {
        Projector projector(StoreLocation::fromText(longStreamCoopPath), clock);
        projector.open();
        projector.catchUp();
    }
    QueryService queries(StoreLocation::fromText(longStreamCoopPath));
    const auto store = openEventStore(StoreLocation::fromText(longStreamCoopPath));
    const QString id = QStringLiteral("long-stream");
    const Samples read = sample(context.sizes.queries, [&](int) { queries.getFamily(id); });
    const Samples replay = sample(20, [&](int) { reconstructFamily(*store, id); });
    const double ratio = replay.p50() / read.p50();
    return {{QStringLiteral("get_family_p50_us"), round2(read.p50())},
            {QStringLiteral("replay_p50_us"), round2(replay.p50())},
            {QStringLiteral("speedup"), round2(ratio)},
            {QStringLiteral("stream_events"), context.sizes.longStream},
            {QStringLiteral("target"), QStringLiteral(">= 500x faster; replay <= 15 ms")},
            {QStringLiteral("met"), ratio >= 500 && replay.p50() <= 15000}};
}

} // namespace coopdesk::bench
