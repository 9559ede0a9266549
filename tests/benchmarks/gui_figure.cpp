// B11: the desktop app with a large co-op, driven through coopdesk-bench-gui.

#include "bench_dataset.h"
#include "bench_stats.h"
#include "figures.h"

#include "clock.h"
#include "projections/projector.h"
#include "store/coop_file.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QUuid>

namespace coopdesk::bench {

namespace {

QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// Wall time from starting the app to its first painted families.
double startupMs(const QString& gui, const QString& coop)
{
    QProcess process;
    process.setProcessEnvironment(offscreen());
    QElapsedTimer timer;
    timer.start();
    process.start(gui, {QStringLiteral("startup"), coop});
    while (process.waitForReadyRead(60000)) {
        if (process.readAllStandardOutput().contains("first-data")) {
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            process.waitForFinished(10000);
            return elapsed;
        }
    }
    qFatal("B11: the app never showed families");
}

} // namespace

QJsonObject measureB11(const Context& context)
{
#ifndef COOPDESK_BENCH_GUI_PATH
    Q_UNUSED(context)
    return {{QStringLiteral("skipped"), QStringLiteral("built without the desktop app")}};
#else
    const QString gui = QStringLiteral(COOPDESK_BENCH_GUI_PATH);
    const QString coop =
        QDir(context.directory)
            .filePath(
                QStringLiteral("b11-%1.coop").arg(QUuid::createUuid().toString(QUuid::Id128)));
    buildCoop(coop, context.sizes.appFamilies, 3);
    {
        SystemClock clock;
        Projector projector(StoreLocation::fromText(coop), clock);
        projector.open();
        projector.catchUp();
    }
    Samples startup;
    for (int i = 0; i < 3; ++i)
        startup.add(startupMs(gui, coop));

    QProcess stall;
    stall.setProcessEnvironment(offscreen());
    stall.start(gui, {QStringLiteral("stall"), coop, QStringLiteral(COOPDESK_CLI_PATH),
                      QString::number(context.sizes.appCommands)});
    if (!stall.waitForFinished(-1) || stall.exitCode() != 0)
        qFatal("B11: the stall run failed: %s", stall.readAllStandardError().constData());
    const QJsonObject measured = QJsonDocument::fromJson(stall.readAllStandardOutput()).object();
    if (measured.value(QStringLiteral("appender_exit_code")).toInt(-1) != 0)
        qFatal("B11: coopdesk-cli did not accept every command");
    const double firstData = startup.p50();
    const qint64 longestStall = measured.value(QStringLiteral("longest_stall_ms")).toInteger();
    return {
        {QStringLiteral("first_data_ms"), round2(firstData)},
        {QStringLiteral("longest_stall_ms"), longestStall},
        {QStringLiteral("families"), context.sizes.appFamilies},
        {QStringLiteral("appended_commands"), context.sizes.appCommands},
        {QStringLiteral("append_and_catch_up_ms"),
         measured.value(QStringLiteral("append_and_catch_up_ms"))},
        {QStringLiteral("target"), QStringLiteral("first data <= 1500 ms; longest stall <= 50 ms")},
        {QStringLiteral("met"), firstData <= 1500 && longestStall <= 50}};
#endif
}

} // namespace coopdesk::bench
