// The write-side figures: B1 (durable append), B2 (batch import),
// B3 (projection catch-up), B4 (full rebuild), B10 (long stream latency).

#include "bench_dataset.h"
#include "figures.h"
#include "raw_floor.h"

#include "clock.h"
#include "commands/command_bus.h"
#include "projections/projection_registry.h"
#include "projections/projector.h"
#include "store/coop_file.h"
#include "store/open_event_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QUuid>

namespace coopdesk::bench {

namespace {

QString newCoop(const Context& context, const char* name)
{
    const QString path = QDir(context.directory)
                             .filePath(QStringLiteral("%1-%2.coop")
                                           .arg(QLatin1String(name))
                                           .arg(QUuid::createUuid().toString(QUuid::Id128)));
    coopfile::create(path);
    return path;
}

double perSecond(qint64 count, const QElapsedTimer& timer)
{
    return double(count) / (double(timer.nsecsElapsed()) / 1e9);
}

QList<RecordedEvent> allEvents(const QString& path)
{
    const auto store = openEventStore(StoreLocation::fromText(path));
    return store->readAfter(0, std::numeric_limits<int>::max());
}

QJsonObject ratioFigure(double value, double floor, const char* unit, double target,
                        const QString& targetText, bool higherIsBetter)
{
    const bool met = higherIsBetter ? value >= target : value <= target;
    return {{QString::fromLatin1(unit), round2(value)},
            {QStringLiteral("floor_") + QLatin1String(unit), round2(floor)},
            {QStringLiteral("ratio"), round2(higherIsBetter ? floor / value : value / floor)},
            {QStringLiteral("target"), targetText},
            {QStringLiteral("met"), met}};
}

} // namespace

QJsonObject measureB1(const Context& context)
{
    // The same single-family command stream, durable, one commit each.
    const QString path = newCoop(context, "b1");
    {
        const auto store = openEventStore(StoreLocation::fromText(path));
        SystemClock clock;
        CommandBus bus(*store, clock, QStringLiteral("bench"));
        bus.dispatch(DatasetCommands::command(0, 0));
        Samples samples;
        for (int i = 0; i < context.sizes.singleCommands; ++i) {
            const QJsonObject command = DatasetCommands::command(i + 1, 0);
            QElapsedTimer timer;
            timer.start();
            const CommandResult result = bus.dispatch(command);
            const double elapsed = micros(timer);
            if (!result.ok)
                qFatal("B1 command rejected: %s", result.toJsonLine().constData());
            samples.add(elapsed);
        }
        // The floor: the same rows, inserted raw, same pragmas, own transactions.
        const QList<RecordedEvent> events = store->readAfter(0, context.sizes.singleCommands + 1);
        const QString floorPath = createFloorFile(context.directory, true);
        const Samples floor = rawSingleInserts(floorPath, events, true);
        const double ratio50 = samples.p50() / floor.p50();
        const double ratio99 = samples.p99() / floor.p99();
        return {{QStringLiteral("p50_us"), round2(samples.p50())},
                {QStringLiteral("p99_us"), round2(samples.p99())},
                {QStringLiteral("floor_p50_us"), round2(floor.p50())},
                {QStringLiteral("floor_p99_us"), round2(floor.p99())},
                {QStringLiteral("ratio_p50"), round2(ratio50)},
                {QStringLiteral("ratio_p99"), round2(ratio99)},
                {QStringLiteral("samples"), samples.count()},
                {QStringLiteral("target"), QStringLiteral("p50 <= 1.5x floor, p99 <= 3x floor")},
                {QStringLiteral("met"), ratio50 <= 1.5 && ratio99 <= 3.0}};
    }
}

QJsonObject measureB2(const Context& context)
{
    const QString path = newCoop(context, "b2");
    StoreOptions options;
    const auto store = openEventStore(StoreLocation::fromText(path), options);
    SystemClock clock;
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    const int families = std::max(1, context.sizes.importEvents / 10);
    DatasetCommands commands(families, 10);
    QList<QList<QJsonObject>> batches;
    for (;;) {
        QList<QJsonObject> batch = commands.next(10000);
        if (batch.isEmpty())
            break;
        batches.append(batch);
    }
    QElapsedTimer timer;
    timer.start();
    for (const QList<QJsonObject>& batch : std::as_const(batches)) {
        if (!bus.dispatchBatch(batch).committed)
            qFatal("B2 batch rejected");
    }
    const qint64 events = store->headPosition();
    const double rate = perSecond(events, timer);
    // The floor: the same rows inserted raw into the co-op file's events
    // table, all of its triggers included (the append runs them for every
    // event too); beside it, the floor as measured before 2026-12-03,
    // without the INSERT OR REPLACE guard.
    const QList<RecordedEvent> rows = allEvents(path);
    const double floor =
        rawBatchedInserts(createFloorFile(context.directory, true, FloorGuards::AllOfTheCoopFiles),
                          rows, true, 10000);
    const double floorWithoutGuard =
        rawBatchedInserts(createFloorFile(context.directory, true), rows, true, 10000);
    // SPEC 9: within 2x the floor's time, that is at least half its rate.
    QJsonObject figure = ratioFigure(rate, floor, "events_per_s", floor / 2.0,
                                     QStringLiteral("<= 2x the floor's time"), true);
    figure.insert(QStringLiteral("events"), events);
    figure.insert(QStringLiteral("floor_without_replace_guard_events_per_s"),
                  round2(floorWithoutGuard));
    figure.insert(QStringLiteral("ratio_without_replace_guard"), round2(floorWithoutGuard / rate));
    return figure;
}

namespace {

// One catch-up of every read model on a co-op of `families` families with
// `eventsPerFamily` events each, beside the raw floor of the same events.
QJsonObject catchUpFigure(const Context& context, const char* name, int families,
                          int eventsPerFamily)
{
    const QString path = newCoop(context, name);
    const qint64 events = buildCoop(path, families, eventsPerFamily);
    SystemClock clock;
    // As the app and the command line tool catch up (unless told otherwise);
    // the floor commits as often.
    Projector::Options options;
    options.batchSize = context.catchUpBatch;
    Projector projector(StoreLocation::fromText(path), clock, options);
    projector.open();
    QElapsedTimer timer;
    timer.start();
    projector.catchUp();
    const double rate = perSecond(events, timer);
    const double floor = rawBatchedInserts(createFloorFile(context.directory, false),
                                           allEvents(path), false, options.batchSize);
    // SPEC 9: within 4x the floor's time, that is at least a quarter of its rate.
    QJsonObject figure = ratioFigure(rate, floor, "events_per_s", floor / 4.0,
                                     QStringLiteral("<= 4x the floor's time"), true);
    figure.insert(QStringLiteral("events"), events);
    figure.insert(QStringLiteral("families"), families);
    return figure;
}

} // namespace

QJsonObject measureB3(const Context& context)
{
    // The worst case: consecutive events of different families, so a batch
    // touches as many families as it can.
    QJsonObject figure =
        catchUpFigure(context, "b3", context.sizes.catchUpFamilies, context.sizes.eventsPerFamily);
    // Demo-shaped: a few hundred families with a long history each.
    const qint64 events = qint64{context.sizes.catchUpFamilies} * context.sizes.eventsPerFamily;
    const int demoFamilies = context.sizes.demoFamilies;
    figure.insert(
        QStringLiteral("demo_shaped"),
        catchUpFigure(context, "b3-demo", demoFamilies, static_cast<int>(events / demoFamilies)));
    return figure;
}

QJsonObject measureB4(const Context& context, QString& largeCoopPath)
{
    largeCoopPath = newCoop(context, "b4");
    const qint64 events =
        buildCoop(largeCoopPath, context.sizes.rebuildFamilies, context.sizes.eventsPerFamily);
    SystemClock clock;
    Projector projector(StoreLocation::fromText(largeCoopPath), clock);
    projector.open();
    projector.catchUp();
    QElapsedTimer timer;
    timer.start();
    projector.startRebuild(projectionNames());
    while (!projector.rebuildStep().finished) {
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double floorRate = rawBatchedInserts(createFloorFile(context.directory, false),
                                               allEvents(largeCoopPath), false);
    const double ratio = seconds / (double(events) / floorRate);
    return {{QStringLiteral("seconds"), round2(seconds)},
            {QStringLiteral("events"), events},
            {QStringLiteral("events_per_s"), round2(double(events) / seconds)},
            {QStringLiteral("floor_seconds"), round2(double(events) / floorRate)},
            {QStringLiteral("ratio"), round2(ratio)},
            {QStringLiteral("target"), QStringLiteral("<= 3x the floor's time")},
            {QStringLiteral("met"), ratio <= 3.0}};
}

QJsonObject measureB10(const Context& context, const QString& longStreamCoopPath)
{
    const auto store = openEventStore(StoreLocation::fromText(longStreamCoopPath));
    SystemClock clock;
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    Samples longFamily;
    Samples newFamily;
    for (int i = 0; i < context.sizes.singleCommands; ++i) {
        const QString fresh = QStringLiteral("b10-new-%1").arg(i);
        bus.dispatch(
            QJsonObject{{QStringLiteral("command"), QStringLiteral("EnrollFamily")},
                        {QStringLiteral("family_id"), fresh},
                        {QStringLiteral("family_name"), QStringLiteral("New")},
                        {QStringLiteral("enrollment_date"), QStringLiteral("2024-01-01")}});
        for (const auto& [familyId, samples] :
             {std::pair{QStringLiteral("long-stream"), &longFamily},
              std::pair{fresh, &newFamily}}) {
            QElapsedTimer timer;
            timer.start();
            const CommandResult result =
                bus.dispatch(QJsonObject{{QStringLiteral("command"), QStringLiteral("RecordLogin")},
                                         {QStringLiteral("family_id"), familyId},
                                         {QStringLiteral("date"), QStringLiteral("2024-02-01")}});
            samples->add(micros(timer));
            if (!result.ok)
                qFatal("B10 command rejected");
        }
    }
    const double ratio = longFamily.p50() / newFamily.p50();
    return {{QStringLiteral("long_stream_p50_us"), round2(longFamily.p50())},
            {QStringLiteral("new_family_p50_us"), round2(newFamily.p50())},
            {QStringLiteral("long_stream_p99_us"), round2(longFamily.p99())},
            {QStringLiteral("new_family_p99_us"), round2(newFamily.p99())},
            {QStringLiteral("ratio_p50"), round2(ratio)},
            {QStringLiteral("stream_events"), context.sizes.longStream},
            {QStringLiteral("target"), QStringLiteral("<= 1.5x")},
            {QStringLiteral("met"), ratio <= 1.5}};
}

} // namespace coopdesk::bench
