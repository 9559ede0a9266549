// The app's automatic backups (SPEC 7): on close, at most one a day, the
// newest seven kept, each a verified co-op file of its own.

#include "backup/automatic_backups.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

class TestAutomaticBackups : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void oneADayEachAVerifiedCopy()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        coop.enroll(u"f2"_s);
        QTemporaryDir folder;
        AutomaticBackups backups(folder.path(), 7);
        const QDate day(2026, 12, 2);
        const QString written = backups.takeIfDue(coop.store(), coop.path(), day);
        QCOMPARE(QFileInfo(written).fileName(), u"test 2026-12-02.coop"_s);
        // Under the co-op's name and the start of its id.
        QCOMPARE(QFileInfo(written).dir().dirName(), u"test "_s + coop.store().storeId().left(8));
        const auto copy = openStore(written);
        QCOMPARE(copy->headPosition(), 2);
        QVERIFY(copy->checkIntegrity().ok);
        // The same day again: nothing more.
        coop.enroll(u"f3"_s);
        QVERIFY(backups.takeIfDue(coop.store(), coop.path(), day).isEmpty());
        QCOMPARE(backups.backupsOf(coop.path(), coop.store().storeId()), QStringList{written});
        QCOMPARE(openStore(written)->headPosition(), 2);
    }

    void keepsTheNewestSeven()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QTemporaryDir folder;
        AutomaticBackups backups(folder.path(), 7);
        for (int i = 0; i < 10; ++i)
            QVERIFY(!backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 20).addDays(i))
                         .isEmpty());
        // A file of the user's beside them is neither counted nor removed.
        const QString mine =
            QFileInfo(backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 30)))
                .dir()
                .filePath(u"notes.coop"_s);
        QFile notes(mine);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        QVERIFY(backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 30)).isEmpty());
        const QStringList kept = backups.backupsOf(coop.path(), coop.store().storeId());
        QCOMPARE(kept.size(), 7);
        QCOMPARE(QFileInfo(kept.first()).fileName(), u"test 2026-11-30.coop"_s);
        QCOMPARE(QFileInfo(kept.last()).fileName(), u"test 2026-11-24.coop"_s);
        QVERIFY(QFile::exists(mine));
    }

    void theWindowBacksUpWhenItClosesACoop()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f1"_s);
        QTemporaryDir folder;
        MainWindow window;
        window.setAutomaticBackups(std::make_unique<AutomaticBackups>(folder.path(), 7));
        QVERIFY(window.openFile(coop.path()));
        window.closeFile();
        const QStringList taken =
            window.automaticBackups()->backupsOf(coop.path(), coop.store().storeId());
        QCOMPARE(taken.size(), 1);
        QCOMPARE(openStore(taken.first())->headPosition(), 1);
        QVERIFY(boxes.requests().isEmpty());

        // A co-op the user may only read has nothing new to keep.
        TempCoop readOnly;
        readOnly.enroll(u"f1"_s);
        QVERIFY(QFile::setPermissions(readOnly.path(), QFile::ReadOwner));
        QVERIFY(window.openFile(readOnly.path()));
        QVERIFY(window.session()->isReadOnly());
        window.closeFile();
        QVERIFY(window.automaticBackups()
                    ->backupsOf(readOnly.path(), readOnly.store().storeId())
                    .isEmpty());
    }
};

QTEST_MAIN(TestAutomaticBackups)
#include "tst_automatic_backups.moc"
