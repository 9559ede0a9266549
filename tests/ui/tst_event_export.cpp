// File → Export Events…: the event log as JSON lines, exactly as
// `coopdesk-cli export-events` writes it, written off the GUI thread; a
// cancelled export leaves no file and an existing file untouched.

#include "cli_runner.h"
#include "domain/event.h"
#include "event_export/event_export_menu_action.h"
#include "event_export/event_log_export.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// A co-op with families, charges and payments: `families` × 4 events.
void fill(TempCoop& coop, int families)
{
    for (int i = 1; i <= families; ++i) {
        const QString id = s("f%1").arg(i);
        coop.enroll(id, s("Family “%1”, \"quoted\"").arg(i));
        coop.run(cmd(s("AddChild"),
                     {{s("family_id"), id}, {s("child_name"), s("Niño")}, {s("child_age"), 7}}));
        coop.run(cmd(s("ChargeTuition"), {{s("family_id"), id},
                                          {s("charge_id"), s("c%1").arg(i)},
                                          {s("month"), s("2024-09")},
                                          {s("amount_cents"), 12550},
                                          {s("due_date"), s("2024-09-10")}}));
        coop.run(cmd(s("ReceivePayment"), {{s("family_id"), id},
                                           {s("amount_cents"), 12550},
                                           {s("date"), s("2024-09-05")},
                                           {s("payment_method"), s("card")}}));
    }
}

QList<QByteArray> linesOf(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

EventExportResult runExport(EventExportMenuAction& action, const QString& path)
{
    QSignalSpy finished(&action, &EventExportMenuAction::finished);
    if (!action.exportTo(path) || !finished.wait(120000))
        return {};
    return finished.first().first().value<EventExportResult>();
}

} // namespace

class TestEventExport : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void writesEveryEventAsTheCliDoes()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        fill(coop, 30);
        const qint64 head = coop.store().headPosition();
        QCOMPARE(head, 120);

        MainWindow window;
        window.show();
        auto* action = window.findChild<EventExportMenuAction*>(s("actionExportEvents"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(action->isEnabled());

        const QString path = QDir(coop.dir()).filePath(s("events.jsonl"));
        const EventExportResult result = runExport(*action, path);
        QCOMPARE(result.status, EventExportResult::Status::Ok);
        QCOMPARE(result.events, head);
        QCOMPARE(result.lastPosition, head);
        QVERIFY(window.statusBar()->currentMessage().contains(s("Events: 120.")));
        QVERIFY(boxes.requests().isEmpty());
        QVERIFY(action->isEnabled());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!(file.permissions() & (QFile::ReadOther | QFile::ReadGroup)));
        const QList<QByteArray> lines = linesOf(text);
        QCOMPARE(lines.size(), head);

        // One valid JSON object a line, in order, keys in RecordedEvent::columns() order.
        const QList<RecordedEvent> events = coop.store().readAfter(0, 1000);
        const QStringList& columns = RecordedEvent::columns();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(lines.at(i), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, lines.at(i).constData());
            QVERIFY(document.isObject());
            const QJsonObject object = document.object();
            QCOMPARE(object.value(s("position")).toInteger(), i + 1);
            QCOMPARE(object.value(s("event_id")).toString(), events.at(i).eventId);
            qsizetype previous = -1;
            for (const QString& column : columns) {
                const qsizetype at =
                    lines.at(i).indexOf(QByteArray("\"" + column.toUtf8() + "\":"));
                QVERIFY2(at > previous, qPrintable(column));
                previous = at;
            }
        }

        // Byte for byte what the command-line tool writes.
        window.closeFile();
        const CliRun cli = runCli({s("--db"), coop.path(), s("export-events")});
        QCOMPARE(cli.exitCode, 0);
        QCOMPARE(text, cli.out);
        QVERIFY(!action->isEnabled());
    }

    void readOnlyFilesCanBeExported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("shared.coop"));
        coopfile::create(path);
        {
            const auto store = openStore(path);
            FixedClock clock;
            CommandBus bus(*store, clock, s("tester"));
            QVERIFY(bus.dispatch(cmd(s("EnrollFamily"), {{s("family_id"), s("f1")},
                                                         {s("family_name"), s("One")},
                                                         {s("enrollment_date"), s("2024-09-01")}}))
                        .ok);
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.session()->isReadOnly());
        auto* action = window.findChild<EventExportMenuAction*>(s("actionExportEvents"));
        QVERIFY(action->isEnabled());
        const EventExportResult result = runExport(*action, dir.filePath(s("out.jsonl")));
        QCOMPARE(result.status, EventExportResult::Status::Ok);
        QCOMPARE(result.events, 1);
        window.closeFile();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void cancelLeavesNoFileAndAnExistingOneUntouched()
    {
        TempCoop coop;
        QList<QJsonObject> enrollments;
        for (int i = 1; i <= 5000; ++i)
            enrollments << cmd(s("EnrollFamily"), {{s("family_id"), s("f%1").arg(i)},
                                                   {s("family_name"), s("Family %1").arg(i)},
                                                   {s("enrollment_date"), s("2024-09-01")}});
        QVERIFY(coop.bus().dispatchBatch(enrollments).committed);
        const QString path = QDir(coop.dir()).filePath(s("events.jsonl"));

        // One event a page: the worker looks at Cancel before each of 5 000 pages.
        EventLogExport job(coop.location());
        job.setPageSize(1);
        QSignalSpy finished(&job, &EventLogExport::finished);
        QSignalSpy progress(&job, &EventLogExport::progress);
        // Cancelled before the worker writes its first page.
        QVERIFY(job.start(path));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(path));
        job.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<EventExportResult>().status,
                 EventExportResult::Status::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!job.isRunning());

        // An existing file stays as it was.
        {
            QFile existing(path);
            QVERIFY(existing.open(QIODevice::WriteOnly));
            existing.write("keep me\n");
        }
        finished.clear();
        QVERIFY(job.start(path));
        job.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().value<EventExportResult>().status,
                 EventExportResult::Status::Cancelled);
        QCOMPARE(fileBytes(path), QByteArray("keep me\n"));

        // The same job then exports in pages, with progress up to the head.
        finished.clear();
        progress.clear();
        job.setPageSize(250);
        QVERIFY(job.start(path));
        QVERIFY(finished.wait(120000));
        const auto result = finished.first().first().value<EventExportResult>();
        QCOMPARE(result.status, EventExportResult::Status::Ok);
        QCOMPARE(result.events, 5000);
        QVERIFY(progress.size() >= 20);
        QCOMPARE(progress.last().at(0).toLongLong(), 5000);
        QCOMPARE(progress.last().at(1).toLongLong(), 5000);
        QCOMPARE(linesOf(fileBytes(path)).size(), 5000);
    }

    void aFileThatCannotBeWrittenIsReported()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(s("f1"));
        MainWindow window;
        QVERIFY(window.openFile(coop.path()));
        auto* action = window.findChild<EventExportMenuAction*>(s("actionExportEvents"));
        const QString path = QDir(coop.dir()).filePath(s("no such folder/events.jsonl"));
        const EventExportResult result = runExport(*action, path);
        QCOMPARE(result.status, EventExportResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Critical);
        QVERIFY(boxes.last().text.contains(s("events.jsonl")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestEventExport)
#include "tst_event_export.moc"
