// coopdesk-bench: the figures of SPEC 9 and 12.5, each beside its raw
// floor (SQLite, or the PostgreSQL server it starts) measured in the same
// run. `scripts/bench.sh` builds it in Release.
//
//   coopdesk-bench [--quick] [--json FILE] [--only B1,B5] [--dir DIR] [--catch-up-batch N]
//   coopdesk-bench --raw-writer LOCATION --share S --of N   (B12's floor writers)

#include "figures.h"
#include "server_floor.h"
#include "temp_pg_server.h"

#include "projections/projector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <functional>
#include <memory>

using namespace coopdesk::bench;

namespace {

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    for (const QByteArray& line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("unknown");
}

// B12–B14's server, while it runs: a figure that stops the run (qFatal)
// stops it too, so no server is left behind.
coopdesk::test::TempPgServer* runningServer = nullptr;
QtMessageHandler defaultHandler = nullptr;

void stopServerOnFatal(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtFatalMsg && runningServer)
        runningServer->stop();
    defaultHandler(type, context, message);
}

} // namespace

namespace coopdesk::bench {

Sizes Sizes::full()
{
    return {1000, 500000, 50000, 500, 100000, 10, 10000, 2000, 100000, 50000, 1000, 200};
}

Sizes Sizes::quick()
{
    return {200, 100000, 10000, 300, 20000, 10, 10000, 500, 20000, 10000, 200, 100};
}

QJsonObject Sizes::toJson() const
{
    return {{QStringLiteral("single_commands"), singleCommands},
            {QStringLiteral("import_events"), importEvents},
            {QStringLiteral("catch_up_events"), qint64{catchUpFamilies} * eventsPerFamily},
            {QStringLiteral("catch_up_demo_families"), demoFamilies},
            {QStringLiteral("rebuild_events"), qint64{rebuildFamilies} * eventsPerFamily},
            {QStringLiteral("query_families"), rebuildFamilies},
            {QStringLiteral("long_stream_events"), longStream},
            {QStringLiteral("query_samples"), queries},
            {QStringLiteral("app_families"), appFamilies},
            {QStringLiteral("app_appended_commands"), appCommands},
            {QStringLiteral("server_commands_per_writer"), serverWriterCommands},
            {QStringLiteral("server_visibility_samples"), serverVisibility}};
}

} // namespace coopdesk::bench

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("Smaller sizes (same figures).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write the results to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these figures (B1,B5)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("dir"),
                      QStringLiteral("Scratch folder (default: a temporary one)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("catch-up-batch"),
                      QStringLiteral("B3's events per transaction (default: the app's)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("raw-writer"),
                      QStringLiteral("B12's floor: insert a share of LOCATION's events raw."),
                      QStringLiteral("LOCATION")});
    parser.addOption(
        {QStringLiteral("share"), QStringLiteral("The raw writer's share."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("of"), QStringLiteral("The raw writers' number."), QStringLiteral("N")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("raw-writer")))
        return runRawWriter(parser.value(QStringLiteral("raw-writer")),
                            parser.value(QStringLiteral("share")).toInt(),
                            parser.value(QStringLiteral("of")).toInt());

    QTemporaryDir scratch(parser.isSet(QStringLiteral("dir"))
                              ? parser.value(QStringLiteral("dir")) +
                                    QStringLiteral("/bench-XXXXXX")
                              : QString());
    if (!scratch.isValid())
        qFatal("no scratch folder");
    const int catchUpBatch = parser.isSet(QStringLiteral("catch-up-batch"))
                                 ? parser.value(QStringLiteral("catch-up-batch")).toInt()
                                 : coopdesk::Projector::Options{}.batchSize;
    const Context context{parser.isSet(QStringLiteral("quick")) ? Sizes::quick() : Sizes::full(),
                          scratch.path(), std::max(1, catchUpBatch)};
    const QStringList only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char* name) {
        return only.isEmpty() || only.contains(QLatin1String(name));
    };

    QTextStream out(stdout);
    QJsonObject report;
    QString largeCoop;
    QString longStreamCoop;
    // B12–B14's server, durable (fsync on), started when the first needs it.
    std::unique_ptr<coopdesk::test::TempPgServer> server;
    const auto pgServer = [&]() -> coopdesk::test::TempPgServer& {
        if (!server) {
            server = std::make_unique<coopdesk::test::TempPgServer>(
                coopdesk::test::TempPgServer::Durability::Durable);
            if (!server->isRunning())
                qFatal("no PostgreSQL server: %s", qPrintable(server->problem()));
            runningServer = server.get();
            defaultHandler = qInstallMessageHandler(stopServerOnFatal);
        }
        return *server;
    };
    const std::pair<const char*, std::function<QJsonObject()>> figures[] = {
        {"B1", [&] { return measureB1(context); }},
        {"B2", [&] { return measureB2(context); }},
        {"B3", [&] { return measureB3(context); }},
        {"B4", [&] { return measureB4(context, largeCoop); }},
        {"B5", [&] { return measureB5(context, largeCoop); }},
        {"B6", [&] { return measureB6(context, largeCoop); }},
        {"B7", [&] { return measureB7(context, largeCoop); }},
        {"B8", [&] { return measureB8(context); }},
        {"B9", [&] { return measureB9(context, longStreamCoop); }},
        {"B10", [&] { return measureB10(context, longStreamCoop); }},
        {"B11", [&] { return measureB11(context); }},
        {"B12", [&] { return measureB12(context, pgServer()); }},
        {"B13", [&] { return measureB13(context, pgServer()); }},
        {"B14", [&] { return measureB14(context, pgServer()); }},
    };
    for (const auto& [name, measure] : figures) {
        // B5–B7 need B4's co-op, B10 needs B9's: run those when asked for.
        const bool needed = wanted(name) ||
                            (QLatin1String(name) == QLatin1String("B4") &&
                             (wanted("B5") || wanted("B6") || wanted("B7"))) ||
                            (QLatin1String(name) == QLatin1String("B9") && wanted("B10"));
        if (!needed)
            continue;
        out << name << " ..." << Qt::endl;
        const QJsonObject figure = measure();
        report.insert(QLatin1String(name), figure);
        out << name << ' ' << QJsonDocument(figure).toJson(QJsonDocument::Compact) << Qt::endl;
    }
    report.insert(QStringLiteral("machine"),
                  QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                              {QStringLiteral("cpu"), cpuModel()},
                              {QStringLiteral("sqlite"), QString::fromLatin1(sqlite3_libversion())},
                              {QStringLiteral("qt"), QString::fromLatin1(qVersion())}});
    QJsonObject sizes = context.sizes.toJson();
    sizes.insert(QStringLiteral("catch_up_batch"), context.catchUpBatch);
    report.insert(QStringLiteral("sizes"), sizes);
    if (parser.isSet(QStringLiteral("json"))) {
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the JSON report");
        file.write(QJsonDocument(report).toJson());
    }
    return 0;
}
