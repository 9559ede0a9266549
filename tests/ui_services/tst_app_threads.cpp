// The desktop app's threads at work together, without widgets (so the
// ThreadSanitizer build runs it): the session's projector thread follows
// the window's own commands and another program's appends, while the
// background jobs (event export, audit trail check, CSV import, demo co-op)
// run on their threads beside it. Each must give the answer it gives alone.

#include "activity/audit_trail_check.h"
#include "cli_runner.h"
#include "command_lines.h"
#include "demo/demo_coop_generation.h"
#include "event_export/event_log_export.h"
#include "import/import_job.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "temp_coop.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The window's own command, through its session's bus (the GUI thread).
bool enroll(CoopSession& session, const QString& family)
{
    return session.bus().dispatch(enrollLine(family).trimmed()).ok;
}

bool caughtUp(CoopSession& session)
{
    const auto head = session.headPosition();
    return session.queries() && head && session.projections().projectedPosition() == *head;
}

} // namespace

class TestAppThreads : public QObject
{
    Q_OBJECT

private slots:
    void theProjectorFollowsTheWindowAndAnotherProgram()
    {
        TempCoop coop;
        auto opened = CoopSession::open(coop.path(), u"coordinator"_s);
        QVERIFY(opened.session);
        CoopSession& session = *opened.session;
        QTRY_VERIFY_WITH_TIMEOUT(session.queries(), 60000);

        QByteArray input;
        for (int i = 0; i < 300; ++i)
            input += enrollLine(u"cli-%1"_s.arg(i));
        QProcess cli;
        cli.start(cliPath(), {u"--db"_s, coop.path(), u"exec"_s});
        QVERIFY(cli.waitForStarted());
        cli.write(input);
        cli.closeWriteChannel();
        for (int i = 0; i < 300; ++i) {
            QVERIFY(enroll(session, u"app-%1"_s.arg(i)));
            QCoreApplication::processEvents(); // the window's turns between saves
        }
        // Its end may already have been seen between the saves.
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 120000);
        QCOMPARE(cli.exitCode(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(session), 60000);
        QCOMPARE(session.queries()->countFamilies({}), 600);
        QVERIFY(session.readModelsError().isEmpty());
    }

    void backgroundJobsRunBesideTheSession()
    {
        constexpr int families = 2000;
        TempCoop coop;
        QList<QJsonObject> enrollments;
        for (int i = 0; i < families; ++i)
            enrollments << cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                   {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                   {u"enrollment_date"_s, u"2024-09-01"_s}});
        QVERIFY(coop.bus().dispatchBatch(enrollments).committed);
        auto opened = CoopSession::open(coop.path(), u"coordinator"_s);
        QVERIFY(opened.session);
        CoopSession& session = *opened.session;

        QTemporaryDir work;
        const QString csv = work.filePath(u"families.csv"_s);
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("family_id,family_name,parent_name,email,phone,enrollment_date,"
                       "preferred_contact_channel,assigned_coordinator,children\n");
            for (int i = 0; i < 300; ++i)
                file.write(u"csv-%1,Imported %1,,,,2024-09-01,,,Kid:8\n"_s.arg(i).toUtf8());
        }

        // All four start together, then the window keeps saving.
        EventLogExport exporter(coop.location());
        exporter.setPageSize(50);
        QSignalSpy exported(&exporter, &EventLogExport::finished);
        AuditTrailCheck audit;
        QSignalSpy audited(&audit, &AuditTrailCheck::finished);
        ImportJob import(coop.location(), session.userId());
        QSignalSpy imported(&import, &ImportJob::finished);
        DemoCoopGeneration demo(work.filePath(u"demo.coop"_s), {20, 3, 7, QDate(2024, 11, 1)},
                                u"coordinator"_s);
        QSignalSpy generated(&demo, &DemoCoopGeneration::finished);

        // The window saves one command each time a job reports, or after a
        // second without news, as a person might: saving without a pause
        // would keep the write lock from the import (which would then say
        // the file is busy) and the log growing under the audit check.
        int reports = 0;
        const auto count = [&reports] { ++reports; };
        connect(&exporter, &EventLogExport::progress, this, count);
        connect(&audit, &AuditTrailCheck::progress, this, count);
        connect(&import, &ImportJob::progress, this, count);
        connect(&demo, &DemoCoopGeneration::progress, this, count);
        connect(&exporter, &EventLogExport::finished, this, count);
        connect(&audit, &AuditTrailCheck::finished, this, count);
        connect(&import, &ImportJob::finished, this, count);
        connect(&demo, &DemoCoopGeneration::finished, this, count);

        QVERIFY(exporter.start(work.filePath(u"events.jsonl"_s)));
        audit.start(coop.location());
        QVERIFY(import.check(csv, ImportKind::Families));
        demo.start();
        int saved = 0;
        while (exported.isEmpty() || audited.isEmpty() || imported.isEmpty() ||
               generated.isEmpty()) {
            const int before = reports;
            [[maybe_unused]] const bool reported =
                QTest::qWaitFor([&] { return reports > before; }, 1000);
            QVERIFY(enroll(session, u"app-%1"_s.arg(saved++)));
        }
        qInfo("the window saved %d commands while the jobs ran", saved);
        const auto checked = imported.takeFirst().first().value<ImportOutcome>();
        QVERIFY2(
            checked.ok(),
            qPrintable(u"status %1: %2"_s.arg(int(checked.status)).arg(checked.storageMessage)));
        QVERIFY(import.commit());
        QVERIFY(imported.wait(120000));
        const auto committed = imported.takeFirst().first().value<ImportOutcome>();
        QVERIFY2(committed.ok(), qPrintable(committed.storageMessage));
        QCOMPARE(committed.summary.appended, 600); // 300 families, 300 children

        // The export ends at the head it found, every event to it written.
        const auto exportResult = exported.first().first().value<EventExportResult>();
        QCOMPARE(exportResult.status, EventExportResult::Status::Ok);
        QVERIFY(exportResult.lastPosition >= families);
        QCOMPARE(exportResult.events, exportResult.lastPosition);
        QFile file(exportResult.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), exportResult.lastPosition);

        const auto auditResult = audited.first().first().value<AuditTrailCheck::Outcome>();
        QVERIFY2(auditResult.ok, qPrintable(auditResult.problem));
        QVERIFY(auditResult.eventsChecked >= families);

        QCOMPARE(generated.first().at(0).toBool(), true);
        const CliRun demoVerified = runCli({u"--db"_s, work.filePath(u"demo.coop"_s), u"verify"_s});
        QVERIFY2(demoVerified.exitCode == 0, demoVerified.out.constData());

        // The session's read models saw the import made on another connection.
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(session), 60000);
        QCOMPARE(session.queries()->countFamilies({}), families + saved + 300);
        const CliRun verified = runCli({u"--db"_s, coop.path(), u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAppThreads)
#include "tst_app_threads.moc"
