// SPEC 12.5's figures on a local PostgreSQL server, durable (fsync on, the
// server's defaults): B12 (five writer processes at once), B13 (desk A's
// command in desk B's read models), B14 (single-command latency), each
// beside a raw floor measured on the same server in the same run.

#include "bench_dataset.h"
#include "figures.h"
#include "server_floor.h"

#include "clock.h"
#include "commands/command_bus.h"
#include "projections/projection_service.h"
#include "store/open_event_store.h"
#include "temp_pg_server.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>

#include <memory>
#include <vector>

namespace coopdesk::bench {

namespace {

constexpr int writers = 5;
constexpr int familiesPerWriter = 50;

// A new database holding an empty co-op.
StoreLocation newServerCoop(test::TempPgServer& server, const char* name)
{
    const StoreLocation location = server.createDatabase(QLatin1String(name));
    createEventStore(location);
    return location;
}

// Writer `w`'s commands, one JSON object a line: its own families, the
// dataset's mix of enrollments, children, charges, payments and scores.
QString writeWriterInput(const Context& context, int w)
{
    QByteArray lines;
    for (int n = 0; n < context.sizes.serverWriterCommands; ++n) {
        const int index = w * 100000 + n % familiesPerWriter;
        lines += QJsonDocument(DatasetCommands::command(index, n / familiesPerWriter))
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    }
    const QString path = QDir(context.directory).filePath(QStringLiteral("b12-w%1.jsonl").arg(w));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size())
        qFatal("B12: cannot write the writers' input");
    return path;
}

// Runs the programs all at once and waits for them; returns each one's
// standard output. Their output goes to files, not pipes: a full pipe would
// stall a writer while this waits for another.
QList<QByteArray> runAtOnce(const Context& context, const char* name, const QString& program,
                            const QList<QStringList>& argumentLists)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    QStringList outputs;
    for (qsizetype i = 0; i < argumentLists.size(); ++i) {
        const QString out =
            QDir(context.directory)
                .filePath(QStringLiteral("%1-%2.out").arg(QLatin1String(name)).arg(i));
        auto process = std::make_unique<QProcess>();
        process->setStandardOutputFile(out);
        process->setStandardErrorFile(out + QStringLiteral(".err"));
        process->start(program, argumentLists.at(i));
        processes.push_back(std::move(process));
        outputs.append(out);
    }
    QList<QByteArray> results;
    for (qsizetype i = 0; i < argumentLists.size(); ++i) {
        QProcess& process = *processes.at(std::size_t(i));
        if (!process.waitForStarted() || !process.waitForFinished(1800000) ||
            process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            QFile err(outputs.at(i) + QStringLiteral(".err"));
            err.open(QIODevice::ReadOnly);
            qFatal("%s: a writer failed (exit %d): %s", name, process.exitCode(),
                   err.readAll().constData());
        }
        QFile out(outputs.at(i));
        out.open(QIODevice::ReadOnly);
        results.append(out.readAll());
    }
    return results;
}

qint64 single(PgConnection& connection, const char* sql)
{
    const PgResult result = connection.execute(sql, {});
    return result.integer(0, 0);
}

// SPEC 10's checks of a log several writers appended to, on the server's
// rows: positions 1..N, each stream's versions 1..n, and every accepted
// result (exec's lines) the event stored at its position, once.
QJsonObject logChecks(const StoreLocation& location, const QList<QByteArray>& outputs)
{
    PgConnection connection(location);
    const qint64 events = single(connection, "SELECT count(*) FROM coopdesk.events");
    const qint64 gaps =
        single(connection, "SELECT coalesce(max(position), 0) - count(*) FROM coopdesk.events");
    const qint64 forked = single(connection, "SELECT count(*) - count(DISTINCT (stream_id, "
                                             "stream_version)) FROM coopdesk.events");
    const qint64 streamGaps = single(connection, "SELECT count(*) FROM (SELECT stream_id FROM "
                                                 "coopdesk.events GROUP BY stream_id HAVING "
                                                 "max(stream_version) <> count(*)) AS s");
    QHash<qint64, std::pair<QString, qint64>> stored;
    const PgResult rows =
        connection.execute("SELECT position, stream_id, stream_version FROM coopdesk.events", {});
    for (int r = 0; r < rows.rows(); ++r)
        stored.insert(rows.integer(r, 0), {rows.text(r, 1), rows.integer(r, 2)});

    qint64 accepted = 0;
    qint64 notStored = 0;
    QHash<qint64, int> acknowledged;
    for (const QByteArray& output : outputs) {
        for (const QByteArray& line : output.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject result = QJsonDocument::fromJson(line).object();
            if (!result.value(QStringLiteral("ok")).toBool())
                qFatal("B12: a command was rejected: %s", line.constData());
            ++accepted;
            const qint64 position = result.value(QStringLiteral("position")).toInteger();
            const auto event = stored.constFind(position);
            if (event == stored.cend() ||
                event->first != result.value(QStringLiteral("family_id")).toString() ||
                event->second != result.value(QStringLiteral("stream_version")).toInteger())
                ++notStored;
            ++acknowledged[position];
        }
    }
    qint64 twice = 0;
    for (const int times : std::as_const(acknowledged))
        twice += times - 1;

    StoreOptions readOnly;
    readOnly.readOnly = true;
    const AuditReport verified = openEventStore(location, readOnly)->checkIntegrity();
    return {{QStringLiteral("events"), events},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("gaps"), gaps},
            {QStringLiteral("forked_versions"), forked},
            {QStringLiteral("streams_not_1_to_n"), streamGaps},
            {QStringLiteral("acknowledged_not_stored"), notStored},
            {QStringLiteral("acknowledged_twice"), twice},
            {QStringLiteral("stored_not_acknowledged"), events - qint64(acknowledged.size())},
            {QStringLiteral("verified"), verified.ok}};
}

QJsonObject latency(const Samples& samples, const char* prefix)
{
    const QString p = QLatin1String(prefix);
    return {{p + QStringLiteral("p50_us"), round2(samples.p50())},
            {p + QStringLiteral("p99_us"), round2(samples.p99())}};
}

QJsonObject merged(QJsonObject figure, const QJsonObject& more)
{
    for (auto i = more.begin(); i != more.end(); ++i)
        figure.insert(i.key(), i.value());
    return figure;
}

} // namespace

QJsonObject measureB12(const Context& context, test::TempPgServer& server)
{
    const StoreLocation location = newServerCoop(server, "b12");
    const QString db = location.connectionString();
    QList<QStringList> cliWriters;
    for (int w = 0; w < writers; ++w)
        cliWriters.append(
            {QStringLiteral("--db"), db, QStringLiteral("exec"), writeWriterInput(context, w)});
    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> outputs =
        runAtOnce(context, "b12", QStringLiteral(COOPDESK_CLI_PATH), cliWriters);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QJsonObject checks = logChecks(location, outputs);

    // The floor: five processes inserting the same rows raw, each row in its
    // own transaction, on the same server (no head lock, no chain).
    PgConnection superuser(location);
    createServerFloorTable(superuser);
    QList<QStringList> rawWriters;
    for (int w = 0; w < writers; ++w)
        rawWriters.append({QStringLiteral("--raw-writer"), db, QStringLiteral("--share"),
                           QString::number(w), QStringLiteral("--of"), QString::number(writers)});
    timer.start();
    runAtOnce(context, "b12-floor", QCoreApplication::applicationFilePath(), rawWriters);
    const double floorSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 floorRows = single(superuser, "SELECT count(*) FROM public.floor_events");

    const qint64 commands = checks.value(QStringLiteral("accepted")).toInteger();
    const double rate = double(commands) / seconds;
    const double floorRate = double(floorRows) / floorSeconds;
    const bool clean = checks.value(QStringLiteral("gaps")).toInteger() == 0 &&
                       checks.value(QStringLiteral("forked_versions")).toInteger() == 0 &&
                       checks.value(QStringLiteral("streams_not_1_to_n")).toInteger() == 0 &&
                       checks.value(QStringLiteral("acknowledged_not_stored")).toInteger() == 0 &&
                       checks.value(QStringLiteral("acknowledged_twice")).toInteger() == 0 &&
                       checks.value(QStringLiteral("stored_not_acknowledged")).toInteger() == 0 &&
                       checks.value(QStringLiteral("verified")).toBool();
    return merged(
        {{QStringLiteral("commands_per_s"), round2(rate)},
         {QStringLiteral("seconds"), round2(seconds)},
         {QStringLiteral("writers"), writers},
         {QStringLiteral("floor_rows_per_s"), round2(floorRate)},
         {QStringLiteral("floor_seconds"), round2(floorSeconds)},
         {QStringLiteral("floor_rows"), floorRows},
         {QStringLiteral("floor"), QStringLiteral("the same rows, 5 processes, each row one raw "
                                                  "INSERT in its own transaction, same server")},
         {QStringLiteral("ratio"), round2(floorRate / rate)},
         {QStringLiteral("target"), QStringLiteral(">= 500 commands/s; 0 gaps, 0 forked versions")},
         {QStringLiteral("met"), rate >= 500 && clean}},
        checks);
}

QJsonObject measureB13(const Context& context, test::TempPgServer& server)
{
    const StoreLocation location = newServerCoop(server, "b13");
    SystemClock clock;
    // Desk A: a store and a command bus. Nothing tells desk B of its
    // commands but the server's notification.
    const auto store = openEventStore(location);
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    DatasetCommands setup(familiesPerWriter, 3);
    if (!bus.dispatchBatch(setup.next(int(setup.total()))).committed)
        qFatal("B13: families not enrolled");
    // Desk B: a projector thread on its own views file, listening.
    ProjectionService deskB(location, clock);
    deskB.start();
    if (!deskB.waitFor(store->headPosition(), 600000))
        qFatal("B13: desk B did not catch up");
    Samples afterAck;
    Samples fromDispatch;
    for (int i = 0; i < context.sizes.serverVisibility; ++i) {
        QElapsedTimer timer;
        timer.start();
        const CommandResult result = bus.dispatch(QJsonObject{
            {QStringLiteral("command"), QStringLiteral("RecordLogin")},
            {QStringLiteral("family_id"), DatasetCommands::familyId(i % familiesPerWriter)},
            {QStringLiteral("date"), QStringLiteral("2024-02-01")}});
        const double acknowledged = micros(timer);
        if (!result.ok || !deskB.waitFor(result.position, 10000))
            qFatal("B13: not visible on desk B");
        const double seen = micros(timer);
        afterAck.add(seen - acknowledged);
        fromDispatch.add(seen);
    }
    const Samples floor = rawNotifyRoundTrips(location, context.sizes.serverVisibility);
    // As B8: from A's dispatch starting (A's durable commit included).
    QJsonObject figure = latency(fromDispatch, "");
    figure = merged(figure, latency(afterAck, "after_ack_"));
    figure = merged(figure, latency(floor, "floor_"));
    figure.insert(QStringLiteral("floor"),
                  QStringLiteral("NOTIFY on one libpq connection until LISTEN on another has it"));
    figure.insert(QStringLiteral("samples"), fromDispatch.count());
    figure.insert(QStringLiteral("target"),
                  QStringLiteral("p50 <= 10 ms, p99 <= 50 ms (from A's dispatch)"));
    figure.insert(QStringLiteral("met"),
                  fromDispatch.p50() <= 10000 && fromDispatch.p99() <= 50000);
    return figure;
}

QJsonObject measureB14(const Context& context, test::TempPgServer& server)
{
    const StoreLocation location = newServerCoop(server, "b14");
    SystemClock clock;
    const auto store = openEventStore(location);
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    bus.dispatch(DatasetCommands::command(0, 0));
    // As B1: a new family enrolled per command, one transaction each.
    Samples samples;
    for (int i = 0; i < context.sizes.singleCommands; ++i) {
        const QJsonObject command = DatasetCommands::command(i + 1, 0);
        QElapsedTimer timer;
        timer.start();
        const CommandResult result = bus.dispatch(command);
        const double elapsed = micros(timer);
        if (!result.ok)
            qFatal("B14 command rejected: %s", result.toJsonLine().constData());
        samples.add(elapsed);
    }
    // The floor: the same rows, each one raw INSERT in its own transaction.
    PgConnection superuser(location);
    createServerFloorTable(superuser);
    Samples floor;
    for (const EventRow& row : readEventRows(superuser)) {
        QElapsedTimer timer;
        timer.start();
        insertFloorRow(superuser, row);
        floor.add(micros(timer));
    }
    QJsonObject figure = merged(latency(samples, ""), latency(floor, "floor_"));
    const double ratio50 = samples.p50() / floor.p50();
    figure.insert(QStringLiteral("ratio_p50"), round2(ratio50));
    figure.insert(QStringLiteral("ratio_p99"), round2(samples.p99() / floor.p99()));
    figure.insert(QStringLiteral("samples"), samples.count());
    figure.insert(QStringLiteral("floor"),
                  QStringLiteral("the same rows, each one raw INSERT in its own transaction "
                                 "(BEGIN, INSERT, COMMIT), same server"));
    figure.insert(QStringLiteral("target"), QStringLiteral("p50 <= 2x the raw insert"));
    figure.insert(QStringLiteral("met"), ratio50 <= 2.0);
    return figure;
}

} // namespace coopdesk::bench
