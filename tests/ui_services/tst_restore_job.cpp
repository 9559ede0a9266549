// Restore from Backup…'s threads without its widgets (ThreadSanitizer runs
// them too): the events of each backup counted on one thread, the check
// and the swap each on one of their own, every store opened in the thread
// that uses it.

#include "backup/backup_event_counts.h"
#include "backup/restore_job.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

void enrollInto(const QString& path, int from, int to)
{
    const auto store = openStore(path);
    FixedClock clock;
    CommandBus bus(*store, clock, u"tester"_s);
    for (int i = from; i <= to; ++i)
        QVERIFY(bus.dispatch(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                     {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                     {u"enrollment_date"_s, u"2024-09-01"_s}}))
                    .ok);
}

} // namespace

class TestRestoreJob : public QObject
{
    Q_OBJECT

private slots:
    void countsTheEventsOfEachBackup()
    {
        QTemporaryDir dir;
        const QString coop = dir.filePath(u"co-op.coop"_s);
        coopfile::create(coop);
        enrollInto(coop, 1, 4);
        const QString backup = dir.filePath(u"backup.coop"_s);
        openStore(coop)->backupTo(backup);
        enrollInto(coop, 5, 6);
        const QString garbage = dir.filePath(u"garbage.coop"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(1024, 'x'));
        file.close();

        BackupEventCounts counts;
        // Emitted on the counting thread: taken in this one (a spy would
        // record them there).
        QStringList counted;
        QStringList unreadable;
        connect(&counts, &BackupEventCounts::counted, this,
                [&counted](const QString& path, qint64 events) {
                    counted << u"%1 %2"_s.arg(QFileInfo(path).fileName()).arg(events);
                });
        connect(&counts, &BackupEventCounts::unreadable, this,
                [&unreadable](const QString& path, const QString&) {
                    unreadable << QFileInfo(path).fileName();
                });
        QSignalSpy finished(&counts, &BackupEventCounts::finished);
        QVERIFY(counts.start({backup, garbage, coop}));
        QVERIFY(!counts.start({backup})); // one count at a time
        QVERIFY(finished.wait(60000));
        QCOMPARE(counted, (QStringList{u"backup.coop 4"_s, u"co-op.coop 6"_s}));
        QCOMPARE(unreadable, QStringList{u"garbage.coop"_s});
        QVERIFY(!counts.isRunning());
    }

    void checksThenRestoresOnThreadsOfTheirOwn()
    {
        QTemporaryDir dir;
        const QString coop = dir.filePath(u"co-op.coop"_s);
        coopfile::create(coop);
        enrollInto(coop, 1, 3);
        const QString backup = dir.filePath(u"backup.coop"_s);
        QString storeId;
        {
            const auto store = openStore(coop);
            store->backupTo(backup);
            storeId = store->storeId();
        }
        enrollInto(coop, 4, 5);

        RestoreJob job(coop, storeId);
        int progress = 0; // emitted on the job's thread, counted in this one
        connect(&job, &RestoreJob::progress, this, [&progress] { ++progress; });
        QSignalSpy checked(&job, &RestoreJob::checked);
        QVERIFY(job.startCheck(backup));
        QVERIFY(!job.startRestore(backup)); // one step at a time
        QVERIFY(checked.wait(60000));
        const auto check = checked.first().first().value<BackupCheck>();
        QCOMPARE(check.status, BackupCheck::Status::Ok);
        QCOMPARE(check.events, 3);
        QVERIFY(progress > 0);

        QSignalSpy restored(&job, &RestoreJob::restored);
        QVERIFY(job.startRestore(backup));
        QVERIFY(restored.wait(60000));
        const auto outcome = restored.first().first().value<RestoreOutcome>();
        QCOMPARE(outcome.status, RestoreOutcome::Status::Restored);
        QCOMPARE(outcome.events, 3);
        QCOMPARE(outcome.keptAs, coop + u".before-restore"_s);
        QCOMPARE(openStore(coop)->headPosition(), 3);
        QCOMPARE(openStore(outcome.keptAs)->headPosition(), 5);
    }

    // Destroyed while it checks (the window closing): it stops, waits, and
    // leaves the files as they were.
    void destroyedWhileItRunsLeavesTheFilesAlone()
    {
        QTemporaryDir dir;
        const QString coop = dir.filePath(u"co-op.coop"_s);
        coopfile::create(coop);
        enrollInto(coop, 1, 3);
        const QString backup = dir.filePath(u"backup.coop"_s);
        openStore(coop)->backupTo(backup);
        const QByteArray before = fileBytes(coop);
        {
            RestoreJob job(coop, openStore(coop)->storeId());
            QVERIFY(job.startCheck(backup));
        }
        QCOMPARE(fileBytes(coop), before);
        QVERIFY(!QFile::exists(coop + u".before-restore"_s));
    }
};

QTEST_GUILESS_MAIN(TestRestoreJob)
#include "tst_restore_job.moc"
