// File ▸ Restore from Backup… (SPEC 7): the co-op's backups listed with
// their days and events; the chosen file checked first (the same co-op, a
// chain that checks; anything else refused, nothing changed on disk); the
// co-op file kept as NAME.coop.before-restore; the backup opened in its
// place with read models of its own events. With COOPDESK_SCREENSHOT_DIR
// set, the dialog is saved there in English and Spanish.

#include "backup/automatic_backups.h"
#include "backup/backup_restore.h"
#include "backup/restore_backup_action.h"
#include "backup/restore_backup_dialog.h"
#include "dashboard/report_screens.h"
#include "demo/demo_coop_generation.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject enrollment(const QString& familyId, const QString& name)
{
    return cmd(u"EnrollFamily"_s, {{u"family_id"_s, familyId},
                                   {u"family_name"_s, name},
                                   {u"enrollment_date"_s, u"2024-09-01"_s}});
}

// Enrolls f{from}…f{to}, named "PREFIX N", in the co-op file at `path`,
// then closes it: the window is to be its only user.
void enrollInto(const QString& path, int from, int to, const QString& prefix)
{
    const auto store = openStore(path);
    FixedClock clock;
    CommandBus bus(*store, clock, u"tester"_s);
    for (int i = from; i <= to; ++i)
        QVERIFY(bus.dispatch(enrollment(u"f%1"_s.arg(i), u"%1 %2"_s.arg(prefix).arg(i))).ok);
}

qint64 eventsIn(const QString& path)
{
    StoreOptions readOnly;
    readOnly.readOnly = true;
    return openStore(path, readOnly)->headPosition();
}

// The read models of the window's co-op, caught up with its file.
QueryService* caughtUpQueries(MainWindow& window)
{
    CoopSession* session = window.session();
    if (!session)
        return nullptr;
    const auto caughtUp = [session] {
        const auto head = session->headPosition();
        return session->queries() && head && session->projections().projectedPosition() == *head;
    };
    return QTest::qWaitFor(caughtUp, 60000) ? session->queries() : nullptr;
}

QString familyName(MainWindow& window, const QString& familyId)
{
    QueryService* queries = caughtUpQueries(window);
    const auto family = queries ? queries->getFamily(familyId) : std::nullopt;
    return family ? family->value(u"family_name"_s).toString() : QString();
}

RestoreOutcome restore(RestoreBackupAction& action, const QString& backupPath)
{
    QSignalSpy finished(&action, &RestoreBackupAction::finished);
    if (!action.restoreFrom(backupPath) || !finished.wait(120000))
        return {RestoreOutcome::Status::Failed, 0, {}, u"did not finish"_s, false};
    return finished.first().first().value<RestoreOutcome>();
}

void snapshot(QWidget& widget, const QString& name)
{
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(picture.save(QDir(folder).filePath(name + u".png"_s)));
}

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

    // A co-op of three families in its own folder, with one automatic
    // backup (taken today, when the window closed it) in `m_backups`.
    struct Coop
    {
        QTemporaryDir dir;
        QString path;
        QString backup;
    };

    std::unique_ptr<QTemporaryDir> m_backups;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->setAutomaticBackups(std::make_unique<AutomaticBackups>(m_backups->path(), 7));
        addReportScreens(*window); // as the app: each screen lets the co-op go when it closes
        window->show();
        return window;
    }

    static RestoreBackupAction* actionOf(MainWindow& window)
    {
        return window.findChild<RestoreBackupAction*>(u"actionRestoreBackup"_s);
    }

    void makeCoopWithABackup(Coop& coop, MainWindow& window)
    {
        coop.path = coop.dir.filePath(u"Maple Grove.coop"_s);
        coopfile::create(coop.path);
        enrollInto(coop.path, 1, 3, u"Original"_s);
        QVERIFY(window.openFile(coop.path));
        const QString storeId = window.session()->storeId();
        window.closeFile(); // today's automatic backup
        const QStringList backups = window.automaticBackups()->backupsOf(coop.path, storeId);
        QCOMPARE(backups.size(), 1);
        coop.backup = backups.first();
        QVERIFY(window.openFile(coop.path));
    }

private slots:
    void init()
    {
        IsolatedSettings::clear();
        m_backups = std::make_unique<QTemporaryDir>();
    }

    void restoreKeepsTheFileAndOpensTheBackup()
    {
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::Yes;
        auto window = makeWindow();
        Coop coop;
        makeCoopWithABackup(coop, *window);
        const QString storeId = window->session()->storeId();
        for (int i = 4; i <= 5; ++i)
            QVERIFY(window->session()
                        ->bus()
                        .dispatch(enrollment(u"f%1"_s.arg(i), u"Original %1"_s.arg(i)))
                        .ok);
        QCOMPARE(familyName(*window, u"f5"_s), u"Original 5"_s);

        const RestoreOutcome outcome = restore(*actionOf(*window), coop.backup);
        QCOMPARE(outcome.status, RestoreOutcome::Status::Restored);
        QCOMPARE(outcome.events, 3);
        // The file before, whole, beside it; the backup in its place, open.
        const QString kept = coop.path + u".before-restore"_s;
        QCOMPARE(outcome.keptAs, kept);
        QCOMPARE(eventsIn(kept), 5);
        QVERIFY(window->session());
        QCOMPARE(window->session()->path(), coop.path);
        QCOMPARE(window->session()->storeId(), storeId);
        QCOMPARE(window->session()->headPosition(), eventsIn(coop.backup));
        QVERIFY(!(QFile(coop.path).permissions() &
                  (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
        // Its read models are the backup's.
        QCOMPARE(caughtUpQueries(*window)->countFamilies({}), 3);
        QCOMPARE(familyName(*window, u"f5"_s), QString());
        QCOMPARE(boxes.requests().size(), 2); // the question, then what was done
        QCOMPARE(boxes.requests().first().kind, MessageBox::Kind::Question);
        QVERIFY(boxes.requests().first().details.contains(u"Maple Grove.coop.before-restore"_s));
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Information);

        // Other families enrolled since under the same ids: the file's
        // head is back where the views file was, with other events at it.
        for (int i = 4; i <= 5; ++i)
            QVERIFY(window->session()
                        ->bus()
                        .dispatch(enrollment(u"f%1"_s.arg(i), u"Restored %1"_s.arg(i)))
                        .ok);
        QCOMPARE(familyName(*window, u"f5"_s), u"Restored 5"_s);
        // Undoing the restore: the file kept is a backup of this co-op too,
        // and no earlier kept file is replaced.
        const RestoreOutcome undone = restore(*actionOf(*window), kept);
        QCOMPARE(undone.status, RestoreOutcome::Status::Restored);
        QCOMPARE(undone.keptAs, coop.path + u".before-restore-2"_s);
        QCOMPARE(window->session()->headPosition(), 5);
        QCOMPARE(familyName(*window, u"f5"_s), u"Original 5"_s);
        QCOMPARE(familyName(*window, u"f4"_s), u"Original 4"_s);
        QCOMPARE(eventsIn(undone.keptAs), 5);
    }

    // File ▸ Restore from Backup…, right after Save a Copy…, lists this
    // co-op's backups; cancelled there, nothing happens.
    void theMenuListsTheCoopsBackups()
    {
        MessageBoxRecorder boxes;
        auto window = makeWindow();
        Coop coop;
        makeCoopWithABackup(coop, *window);
        const QList<QAction*> file = window->findChild<QMenu*>(u"fileMenu"_s)->actions();
        const auto saveCopy = file.indexOf(window->findChild<QAction*>(u"actionSaveCopy"_s));
        QVERIFY(saveCopy >= 0);
        QCOMPARE(file.value(saveCopy + 1), actionOf(*window));
        QStringList listed;
        QTimer::singleShot(0, window.get(), [&window, &listed] {
            auto* dialog = window->findChild<RestoreBackupDialog*>();
            QVERIFY(dialog);
            for (int row = 0; row < dialog->backupList()->topLevelItemCount(); ++row)
                listed << dialog->backupList()->topLevelItem(row)->data(0, Qt::UserRole).toString();
            dialog->reject();
        });
        actionOf(*window)->trigger();
        QCOMPARE(listed, QStringList{coop.backup});
        QVERIFY(boxes.requests().isEmpty());
        QCOMPARE(window->session()->path(), coop.path);
        QVERIFY(!QFile::exists(coop.path + u".before-restore"_s));
    }

    void refusesWhatIsNotABackupOfThisCoop_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("truncated backup") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("another co-op's file") << u"foreign"_s << u"another co-op"_s;
        QTest::newRow("not a co-op file") << u"text"_s << u"not a CoopDesk co-op file"_s;
        QTest::newRow("the co-op file itself") << u"itself"_s << u"co-op file itself"_s;
    }

    void refusesWhatIsNotABackupOfThisCoop()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::Yes;
        auto window = makeWindow();
        Coop coop;
        makeCoopWithABackup(coop, *window);
        QString offered = coop.dir.filePath(u"offered.coop"_s);
        if (kind == u"truncated"_s) {
            const QByteArray whole = fileBytes(coop.backup);
            QFile half(offered);
            QVERIFY(half.open(QIODevice::WriteOnly));
            half.write(whole.left(whole.size() / 2));
        } else if (kind == u"foreign"_s) {
            coopfile::create(offered);
            enrollInto(offered, 1, 2, u"Other"_s);
        } else if (kind == u"text"_s) {
            QFile text(offered);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write(QByteArray(4096, 'x'));
        } else {
            offered = coop.path;
        }
        QCOMPARE(familyName(*window, u"f3"_s), u"Original 3"_s);
        const QByteArray coopBefore = fileBytes(coop.path);
        const QByteArray offeredBefore = fileBytes(offered);
        const QString viewsPath = viewsPathOf(coop.path);
        QVERIFY(QFile::exists(viewsPath));

        const RestoreOutcome outcome = restore(*actionOf(*window), offered);
        QCOMPARE(outcome.status, RestoreOutcome::Status::Failed);
        QVERIFY(outcome.originalInPlace);
        QVERIFY2(outcome.message.contains(said), qPrintable(outcome.message));
        QCOMPARE(boxes.requests().size(), 1); // no question: the refusal
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Critical);
        QVERIFY(boxes.last().details.contains(u"Nothing was changed."_s));
        // Nothing changed on disk; the co-op stays open.
        QCOMPARE(fileBytes(coop.path), coopBefore);
        QCOMPARE(fileBytes(offered), offeredBefore);
        QVERIFY(!QFile::exists(coop.path + u".before-restore"_s));
        QVERIFY(QFile::exists(viewsPath));
        QVERIFY(window->session());
        QCOMPARE(window->session()->path(), coop.path);
        QCOMPARE(window->session()->headPosition(), 3);
        QVERIFY(actionOf(*window)->isEnabled());
    }

    // Another program still has the co-op open when the window has closed
    // it: the file is not swapped under that program, and the window
    // opens it again.
    void leavesACoopOpenElsewhereAsItIs()
    {
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::Yes;
        auto window = makeWindow();
        Coop coop;
        makeCoopWithABackup(coop, *window);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        const auto elsewhere = openStore(coop.path, readOnly);
        QCOMPARE(elsewhere->headPosition(), 3);

        const RestoreOutcome outcome = restore(*actionOf(*window), coop.backup);
        QCOMPARE(outcome.status, RestoreOutcome::Status::Failed);
        QVERIFY(outcome.originalInPlace);
        QVERIFY2(outcome.message.contains(u"still open in another program"_s),
                 qPrintable(outcome.message));
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Critical);
        QVERIFY(boxes.last().details.contains(u"as it was before"_s));
        QVERIFY(!QFile::exists(coop.path + u".before-restore"_s));
        QVERIFY(window->session());
        QCOMPARE(window->session()->path(), coop.path);
        QCOMPARE(elsewhere->headPosition(), 3);
    }

    // A restore stopped half way (Cancel while the copy is checked) puts
    // the original back, byte for byte.
    void aCancelledCopyPutsTheOriginalBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        coopfile::create(path);
        enrollInto(path, 1, 4, u"Family"_s);
        const QString backup = dir.filePath(u"backup.coop"_s);
        openStore(path)->backupTo(backup);
        enrollInto(path, 5, 6, u"Family"_s);
        const QByteArray before = fileBytes(path);
        const QString storeId = openStore(path)->storeId();
        int progressCalls = 0;
        const RestoreOutcome outcome =
            restoreBackup(backup, path, storeId, [&progressCalls](qint64, qint64) {
                ++progressCalls;
                return false;
            });
        QVERIFY(progressCalls > 0);
        QCOMPARE(outcome.status, RestoreOutcome::Status::Cancelled);
        QVERIFY(outcome.originalInPlace);
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + u".before-restore"_s));
        QCOMPARE(eventsIn(path), 6);
    }

    void keptNamesNeverReplaceAnEarlierOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        QCOMPARE(keptNameFor(path), path + u".before-restore"_s);
        QFile first(path + u".before-restore"_s);
        QVERIFY(first.open(QIODevice::WriteOnly));
        first.close();
        QCOMPARE(keptNameFor(path), path + u".before-restore-2"_s);
        QFile second(path + u".before-restore-2"_s);
        QVERIFY(second.open(QIODevice::WriteOnly));
        second.close();
        QCOMPARE(keptNameFor(path), path + u".before-restore-3"_s);
    }

    void theDialogListsTheBackupsWithTheirEvents()
    {
        TempCoop coop;
        AutomaticBackups backups(m_backups->path(), 7);
        for (int day = 0; day < 3; ++day) {
            coop.enroll(u"f%1"_s.arg(day));
            QVERIFY(!backups.takeIfDue(coop.store(), coop.path(), QDate(2026, 11, 28).addDays(day))
                         .isEmpty());
        }
        coop.enroll(u"f9"_s);
        const QStringList listed = backups.backupsOf(coop.path(), coop.store().storeId());
        QCOMPARE(listed.size(), 3);

        RestoreBackupDialog dialog(coop.path(), coop.store().headPosition(), listed);
        dialog.show();
        QTreeWidget* list = dialog.backupList();
        QCOMPARE(list->topLevelItemCount(), 3);
        QTRY_VERIFY(!dialog.isCounting());
        // Newest first, each with its day and its events.
        for (int row = 0; row < 3; ++row) {
            const QTreeWidgetItem* item = list->topLevelItem(row);
            QCOMPARE(item->text(0),
                     QLocale().toString(QDate(2026, 11, 30).addDays(-row), QLocale::LongFormat));
            QCOMPARE(item->text(RestoreBackupDialog::eventsColumn), QLocale().toString(3 - row));
        }
        QCOMPARE(list->currentItem(), list->topLevelItem(0));
        snapshot(dialog, u"restore_backup_en"_s);
        list->setCurrentItem(list->topLevelItem(1));
        dialog.accept();
        QCOMPARE(dialog.chosenPath(), listed.at(1));

        AppTranslations translations;
        QVERIFY(translations.install(u"es"_s));
        RestoreBackupDialog spanish(coop.path(), coop.store().headPosition(), listed);
        spanish.show();
        QTRY_VERIFY(!spanish.isCounting());
        QVERIFY(spanish.windowTitle() != u"Restore from Backup"_s);
        QCOMPARE(spanish.backupList()->topLevelItem(0)->text(0),
                 QLocale().toString(QDate(2026, 11, 30), QLocale::LongFormat));
        snapshot(spanish, u"restore_backup_es"_s);
        QVERIFY(translations.install(u"en"_s));
    }

    void theDialogSaysWhenThereIsNoBackup()
    {
        TempCoop coop;
        RestoreBackupDialog dialog(coop.path(), 0, {});
        dialog.show();
        QVERIFY(dialog.findChild<QWidget*>(u"noBackups"_s)->isVisible());
        QVERIFY(!dialog.backupList()->isVisible());
        QVERIFY(dialog.findChild<QWidget*>(u"chooseFile"_s)->isEnabled());
    }

    void unavailableForReadOnlyAndDemoCoopsWithTheReason()
    {
        MessageBoxRecorder boxes;
        auto window = makeWindow();
        RestoreBackupAction* action = actionOf(*window);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"read-only.coop"_s);
        coopfile::create(path);
        enrollInto(path, 1, 1, u"Family"_s);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        QVERIFY(window->openFile(path));
        QVERIFY(window->session()->isReadOnly());
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(window->session()->readOnlyReason()));
        QVERIFY(!action->restoreFrom(path));
        window->closeFile();

        QStandardPaths::setTestModeEnabled(true);
        const QString demo = demoCoopPath();
        QFile::remove(demo);
        QDir().mkpath(QFileInfo(demo).absolutePath());
        coopfile::create(demo);
        QVERIFY(window->openFile(demo));
        QVERIFY(!action->isEnabled());
        QVERIFY(action->toolTip().contains(u"demo"_s));
        window->closeFile();
        QFile::remove(demo);
        QFile::remove(viewsPathOf(demo));
        QStandardPaths::setTestModeEnabled(false);

        TempCoop writable;
        QVERIFY(window->openFile(writable.path()));
        QVERIFY(action->isEnabled());
        QVERIFY(boxes.requests().isEmpty());
    }
};

QTEST_MAIN(TestRestoreBackup)
#include "tst_restore_backup.moc"
