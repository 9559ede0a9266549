// The demo co-op: made on a worker thread (its own store and bus there),
// complete and verifiable; a cancelled or failed generation leaves no
// file; the window opens the demo from the user's data folder, making it
// first when it is not there.

#include "cli_runner.h"
#include "demo/demo_coop_dialog.h"
#include "demo/demo_coop_generation.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "temp_coop.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

DemoOptions smallDemo()
{
    DemoOptions options;
    options.families = 25;
    options.months = 3;
    options.seed = 7;
    options.lastMonth = QDate(2025, 6, 1);
    return options;
}

void removeDemo()
{
    const QString path = demoCoopPath();
    for (const QString& suffix : {QString(), s("-wal"), s("-shm")}) {
        QFile::remove(path + suffix);
        QFile::remove(test::viewsPathOf(path) + suffix);
    }
}

} // namespace

class TestDemoCoop : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { removeDemo(); }

    void generatesOnAWorkerThreadAndVerifies()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("nested/demo.coop"));
        DemoCoopGeneration generation(path, smallDemo(), s("demo-maker"));
        QSignalSpy progress(&generation, &DemoCoopGeneration::progress);
        QSignalSpy finished(&generation, &DemoCoopGeneration::finished);
        QThread* guiThread = QThread::currentThread();
        QThread* progressThread = nullptr;
        connect(&generation, &DemoCoopGeneration::progress, this,
                [&progressThread] { progressThread = QThread::currentThread(); });
        generation.start();
        QVERIFY(generation.isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        QCOMPARE(progressThread, guiThread); // signals arrive in the owner's thread
        QVERIFY(!generation.isRunning());

        const CliRun verify = runCli({s("--db"), path, s("verify")});
        QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
        const CliRun families =
            runCli({s("--db"), path, s("query"), s("families"), s("--limit"), s("1000")});
        QCOMPARE(families.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(families.out).array();
        QCOMPARE(rows.size(), 25);
        const CliRun history = runCli({s("--db"), path, s("query"), s("history"),
                                       rows.first().toObject().value(s("family_id")).toString()});
        QVERIFY(history.out.contains("\"user_id\":\"demo-maker\""));

        // Recorded as it happened in the demo's calendar, not when it was
        // made: at times of the working day, never after the demo's today.
        const CliRun events = runCli({s("--db"), path, s("export-events")});
        QCOMPARE(events.exitCode, 0);
        for (const QJsonObject& event : events.jsonLines()) {
            const QDateTime at =
                QDateTime::fromString(event.value(s("recorded_at")).toString(), Qt::ISODateWithMs)
                    .toLocalTime();
            QVERIFY2(at.date() <= smallDemo().lastMonth && at.time() >= QTime(8, 0),
                     qPrintable(at.toString(Qt::ISODate)));
        }
    }

    void cancelledOrFailedLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("demo.coop"));
        DemoOptions big = smallDemo();
        big.families = 3000;
        big.months = 24;
        DemoCoopGeneration generation(path, big, s("demo-maker"));
        QSignalSpy finished(&generation, &DemoCoopGeneration::finished);
        generation.start();
        generation.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + s("-wal")));

        // A folder that cannot be made: an error, nothing left behind.
        QFile blocker(dir.filePath(s("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DemoCoopGeneration failing(dir.filePath(s("file/demo.coop")), smallDemo(), s("x"));
        QSignalSpy failed(&failing, &DemoCoopGeneration::finished);
        failing.start();
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().at(0).toBool(), false);
        QCOMPARE(failed.first().at(1).toBool(), false);
        QVERIFY(!failed.first().at(2).toString().isEmpty());

        // An existing file is never replaced.
        QFile existing(dir.filePath(s("kept.coop")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        DemoCoopGeneration refused(existing.fileName(), smallDemo(), s("x"));
        QSignalSpy refusedDone(&refused, &DemoCoopGeneration::finished);
        refused.start();
        QVERIFY(refusedDone.wait(60000));
        QCOMPARE(refusedDone.first().at(0).toBool(), false);
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("mine"));
    }

    void theDialogMakesTheDemo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("demo.coop"));
        QString error;
        QVERIFY(DemoCoopDialog::generate(nullptr, path, smallDemo(), s("me"), &error));
        QVERIFY(error.isEmpty());
        QVERIFY(QFile::exists(path));
    }

    void theWindowOpensTheDemoMakingItFirst()
    {
        removeDemo();
        QVERIFY(!QFile::exists(demoCoopPath()));
        MainWindow window;
        window.show();
        MessageBoxRecorder boxes;
        // The real demo: 500 families over 12 months.
        QVERIFY(window.openDemoCoop());
        QCOMPARE(boxes.requests().size(), 0);
        QVERIFY(QFile::exists(demoCoopPath()));
        QCOMPARE(window.session()->path(), QFileInfo(demoCoopPath()).absoluteFilePath());
        QCOMPARE(window.currentScreen(), s("families"));
        auto* families = qobject_cast<FamiliesScreen*>(window.screen(s("families")));
        QVERIFY(families);
        QTRY_COMPARE_WITH_TIMEOUT(families->model()->rowCount(), 500, 60000);

        // Opened again: the file as it is, not made again.
        const QDateTime made = QFileInfo(demoCoopPath()).lastModified();
        window.closeFile();
        QVERIFY(window.openDemoCoop());
        QCOMPARE(QFileInfo(demoCoopPath()).lastModified(), made);
        window.closeFile();
    }
};

QTEST_MAIN(TestDemoCoop)
#include "tst_demo_coop.moc"
