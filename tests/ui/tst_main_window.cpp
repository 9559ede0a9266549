// The main window opens co-op files (and refuses bad ones with a message,
// never a crash), enables the Family menu by file and selection, remembers
// recent files and its geometry, and takes screens through addScreen().

#include "app_version.h"
#include "command_dialogs/command_dialog.h"
#include "dashboard/report_screens.h"
#include "demo/demo_coop_generation.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "main_window/overview_screen.h"
#include "main_window/session_status_bar.h"
#include "main_window/start_page.h"
#include "preferences/preferences_dialog.h"
#include "projections/views_file.h"
#include "session/coop_session.h"
#include "store/coop_file.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"
#include "widgets/message_bar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <sqlite3.h>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A co-op file with a few events, closed, at `path`.
void makeCoop(const QString& path)
{
    coopfile::create(path);
    const auto store = openStore(path);
    FixedClock clock;
    CommandBus bus(*store, clock, s("tester"));
    for (int i = 0; i < 40; ++i) {
        bus.dispatch(cmd(
            s("EnrollFamily"),
            {{s("family_id"), s("f%1").arg(i)},
             {s("family_name"), QString(s("Family %1 ").arg(i) + QString(150, QLatin1Char('x')))},
             {s("enrollment_date"), s("2024-09-01")}}));
    }
}

// True once the open file's read models have applied every event.
bool readModelsCaughtUp(MainWindow& window)
{
    CoopSession* session = window.session();
    if (!session || !session->queries())
        return false;
    const auto head = session->headPosition();
    return head && session->projections().projectedPosition() >= *head;
}

bool isEnabled(const MainWindow& window, CommandType type)
{
    return window.familyActions()->action(type)->isEnabled();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { IsolatedSettings::clear(); }

    void opensACoopFile()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::sessionOpened);
        window.show();
        QVERIFY(window.isShowingStartPage());
        QVERIFY(!isEnabled(window, CommandType::EnrollFamily));

        QVERIFY(window.openFile(coop.path()));

        QCOMPARE(opened.count(), 1);
        QVERIFY(window.session());
        QVERIFY(!window.isShowingStartPage());
        QVERIFY(window.windowTitle().contains(s("test.coop")));
        QVERIFY(window.sessionStatusBar()->fileText().contains(s("test.coop")));
        QCOMPARE(window.sessionStatusBar()->headText(), QStringLiteral("Head: —"));
        auto* overview = qobject_cast<OverviewScreen*>(window.screen(s("overview")));
        QVERIFY(overview);
        QCOMPARE(overview->eventsText(), s("1"));
        QCOMPARE(overview->accessText(), s("Read and write"));
        QCOMPARE(window.session()->storeId(), coop.store().storeId());

        // EnrollFamily needs no family; the other commands act on the one
        // selected, and with none their dialogs ask which.
        for (const CommandSpec& spec : commandSpecs())
            QVERIFY2(isEnabled(window, spec.type), qPrintable(spec.name));
        QVERIFY(window.familyActions()
                    ->action(CommandType::ReceivePayment)
                    ->toolTip()
                    .contains(s("Asks which family")));
        QSignalSpy selected(&window, &MainWindow::selectedFamilyChanged);
        window.setSelectedFamily(s("f1"));
        QCOMPARE(selected.count(), 1);
        for (const CommandSpec& spec : commandSpecs())
            QVERIFY2(isEnabled(window, spec.type), qPrintable(spec.name));
        QVERIFY(!window.familyActions()
                     ->action(CommandType::ReceivePayment)
                     ->toolTip()
                     .contains(s("Asks which family")));
        window.setSelectedFamily({});
        QVERIFY(isEnabled(window, CommandType::ReceivePayment));
    }

    // The Overview is live like the other screens: another program's
    // appends (a second store on the file, as the command-line tool has)
    // show without a save in this window or a visit to another screen.
    void overviewFollowsOtherProgramsAppends()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(window.showScreen(s("overview")));
        auto* overview = qobject_cast<OverviewScreen*>(window.screen(s("overview")));
        QVERIFY(overview);
        QCOMPARE(overview->eventsText(), s("1"));

        const std::unique_ptr<EventStore> other = openStore(coop.path());
        FixedClock clock;
        CommandBus otherProgram(*other, clock, s("cli-user"));
        for (const char* id : {"f2", "f3"}) {
            const CommandResult result = otherProgram.dispatch(
                cmd(s("EnrollFamily"), {{s("family_id"), s(id)},
                                        {s("family_name"), s("Other Program Family")},
                                        {s("enrollment_date"), s("2024-09-01")}}));
            QVERIFY(result.ok);
        }
        QTRY_COMPARE_WITH_TIMEOUT(overview->eventsText(), s("3"), 10000);

        // And this window's own saves, as before.
        CommandDialog* login = window.openCommandDialog(CommandType::RecordLogin, s("f1"));
        QVERIFY(login);
        login->accept();
        QVERIFY(login->lastResult().ok);
        QTRY_COMPARE(overview->eventsText(), s("4"));
    }

    void refusesBadFilesWithAMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("text file") << s("text");
        QTest::newRow("empty file") << s("empty");
        QTest::newRow("other SQLite database") << s("sqlite");
        QTest::newRow("newer schema") << s("newer");
        QTest::newRow("truncated") << s("truncated");
        QTest::newRow("missing") << s("missing");
        QTest::newRow("folder") << s("folder");
    }
    void refusesBadFilesWithAMessage()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QString path = dir.filePath(s("bad.coop"));
        if (kind == QLatin1String("text")) {
            writeFile(path, QByteArray("family_id,family_name\nf1,Martinez\n"));
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("sqlite")) {
            SqliteConnection other(path, SqliteConnection::Mode::Create);
            other.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        } else if (kind == QLatin1String("newer")) {
            coopfile::create(path);
            SqliteConnection raw(path, SqliteConnection::Mode::ReadWrite);
            raw.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        } else if (kind == QLatin1String("truncated")) {
            makeCoop(path);
            QFile file(path);
            QVERIFY(file.size() > 8192);
            QVERIFY(file.resize(file.size() / 2));
        } else if (kind == QLatin1String("folder")) {
            path = dir.path();
        }
        const QByteArray before = fileBytes(path);

        TempCoop good;
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(good.path()));
        MessageBoxRecorder boxes;

        QVERIFY(!window.openFile(path));

        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Critical);
        QCOMPARE(boxes.last().title, s("Cannot Open Co-op File"));
        QVERIFY(!boxes.last().details.isEmpty());
        // The file that was open stays open; the bad one is untouched.
        QVERIFY(window.session());
        QCOMPARE(window.session()->path(), good.path());
        QCOMPARE(fileBytes(path), before);
        if (kind == QLatin1String("newer"))
            QVERIFY(boxes.last().details.contains(s("newer version")));
        if (kind == QLatin1String("truncated"))
            QVERIFY(boxes.last().details.contains(s("damaged")));
    }

    void readOnlyFileOpensWithCommandsDisabled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("shared.coop"));
        makeCoop(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileBytes(path);

        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QVERIFY(window.session()->isReadOnly());
        window.setSelectedFamily(s("f1"));
        for (const CommandSpec& spec : commandSpecs())
            QVERIFY2(!isEnabled(window, spec.type), qPrintable(spec.name));
        QVERIFY(window.familyActions()
                    ->action(CommandType::AddChild)
                    ->toolTip()
                    .contains(s("read-only")));
        auto* banner = window.findChild<MessageBar*>(s("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(s("read-only")));
        QVERIFY(window.sessionStatusBar()->fileText().contains(s("(read-only)")));
        QVERIFY(window.windowTitle().contains(s("read-only")));

        // Even a dialog opened anyway cannot write: the store says why, inline.
        CommandDialog* dialog = window.openCommandDialog(CommandType::RecordLogin);
        QVERIFY(dialog);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->lastResult().error->code, s("storage"));
        QVERIFY(dialog->messageBarText().contains(s("read-only")));
        dialog->discard();
        window.closeFile();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(fileBytes(path), before);
    }

    void lockedFileReportsAnErrorInsteadOfFreezing()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        window.setSelectedFamily(s("f1"));
        const qint64 head = coop.store().headPosition();

        // Another program holds the write lock.
        SqliteConnection other(coop.path(), SqliteConnection::Mode::ReadWrite);
        other.execute("BEGIN IMMEDIATE");

        CommandDialog* dialog = window.openCommandDialog(CommandType::RecordLogin);
        QVERIFY(dialog && dialog->saveButton()->isEnabled());
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->lastResult().error->code, s("storage"));
        QVERIFY(dialog->messageBarText().contains(s("locked")));

        other.execute("ROLLBACK");
        QCOMPARE(coop.store().headPosition(), head);
        // Once the lock is gone the same dialog saves.
        dialog->accept();
        QVERIFY(dialog->lastResult().ok);
        QCOMPARE(coop.store().headPosition(), head + 1);
    }

    void familyMenuOpensADialogThatSavesThroughTheBus()
    {
        TempCoop coop;
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QSignalSpy accepted(&window, &MainWindow::commandAccepted);

        window.familyActions()->action(CommandType::EnrollFamily)->trigger();
        auto* dialog = window.findChild<CommandDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->commandType(), CommandType::EnrollFamily);
        QTest::keyClicks(dialog->fieldWidget(s("family_id")), s("okafor"));
        QTest::keyClicks(dialog->fieldWidget(s("family_name")), s("Okafor Family"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);

        QCOMPARE(accepted.count(), 1);
        QCOMPARE(coop.store().headPosition(), 1);
        // The new family is selected: its commands are one click away.
        QCOMPARE(window.selectedFamily(), s("okafor"));
        QVERIFY(isEnabled(window, CommandType::ReceivePayment));
        QVERIFY(window.sessionStatusBar()->currentMessage().contains(s("Family enrolled")));
        QTRY_VERIFY(!window.findChild<CommandDialog*>());

        window.familyActions()->action(CommandType::ReceivePayment)->trigger();
        dialog = window.findChild<CommandDialog*>();
        QVERIFY(dialog);
        QCOMPARE(qobject_cast<QLineEdit*>(dialog->fieldWidget(s("family_id")))->text(),
                 s("okafor"));
    }

    // Issue 16: select a family on Families, withdraw it, go to the
    // Dashboard, press Ctrl+Shift+P: a payment went to that family, with
    // no word of it. The Family menu acts on the screen shown.
    void familyMenuActsOnlyOnTheFamilySelectedOnTheScreenShown()
    {
        TempCoop coop;
        coop.enroll(s("f1"), s("Martinez Family"));
        coop.enroll(s("f2"), s("Okafor Family"));
        MainWindow window;
        addReportScreens(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(coop.path()));
        QTRY_VERIFY(window.session()->queries());
        auto* families = qobject_cast<FamiliesScreen*>(window.screen(s("families")));
        QCOMPARE(window.currentScreen(), s("families"));
        QTRY_COMPARE(families->model()->rowCount(), 2);

        // Selected on Families, then withdrawn from its dialog.
        QTRY_VERIFY(families->model()->cachedRowOf(s("f1")) >= 0);
        families->table()->selectRow(families->model()->cachedRowOf(s("f1")));
        QCOMPARE(window.selectedFamily(), s("f1"));
        window.familyActions()->action(CommandType::WithdrawFamily)->trigger();
        auto* withdraw = window.findChild<CommandDialog*>();
        QVERIFY(withdraw);
        QCOMPARE(withdraw->familyId(), s("f1"));
        QCOMPARE(withdraw->familyHeading(), s("Martinez Family"));
        withdraw->setFieldValue(s("date"), s("2025-01-10"));
        withdraw->accept();
        QVERIFY(withdraw->lastResult().ok);
        QTRY_VERIFY(!window.findChild<CommandDialog*>());
        const qint64 head = coop.store().headPosition();

        // The Dashboard selects no family: Ctrl+Shift+P asks which.
        QVERIFY(window.showScreen(s("dashboard")));
        QVERIFY(window.selectedFamily().isEmpty());
        QVERIFY(isEnabled(window, CommandType::ReceivePayment));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto* payment = window.findChild<CommandDialog*>();
        QVERIFY(payment);
        QCOMPARE(payment->commandType(), CommandType::ReceivePayment);
        QVERIFY(payment->asksForFamily());
        QVERIFY(payment->familyId().isEmpty());
        QVERIFY(!payment->commandJson().contains(s("family_id")));
        payment->setFieldValue(s("amount_cents"), 5000);
        payment->setFieldValue(s("payment_method"), s("cash"));
        QVERIFY(!payment->saveButton()->isEnabled());
        payment->accept();
        QCOMPARE(coop.store().headPosition(), head);
        QCOMPARE(coop.store().readStream(s("f1")).size(), 2);

        // Chosen through the search box, it is saved for that family.
        QTRY_VERIFY(QApplication::focusWidget() == payment->familySearch());
        QTest::keyClicks(payment->familySearch(), s("Okafor"));
        QTRY_COMPARE(payment->familyMatches()->count(), 1);
        QTest::keyClick(payment->familySearch(), Qt::Key_Return);
        QCOMPARE(payment->familyId(), s("f2"));
        QCOMPARE(payment->familyHeading(), s("Okafor Family"));
        QVERIFY(payment->saveButton()->isEnabled());
        QTest::mouseClick(payment->saveButton(), Qt::LeftButton);
        QCOMPARE(coop.store().headPosition(), head + 1);
        QCOMPARE(coop.store().readStream(s("f2")).last().eventType, s("PaymentReceived"));
        QCOMPARE(coop.store().readStream(s("f1")).size(), 2);
        QTRY_VERIFY(!window.findChild<CommandDialog*>());

        // Back on Families, its selection is the menu's again, and the
        // dialog says the family is withdrawn.
        QVERIFY(window.showScreen(s("families")));
        QCOMPARE(window.selectedFamily(), s("f1"));
        QTRY_VERIFY(readModelsCaughtUp(window));
        window.familyActions()->action(CommandType::ReceivePayment)->trigger();
        payment = window.findChild<CommandDialog*>();
        QVERIFY(payment);
        QCOMPARE(payment->familyId(), s("f1"));
        QVERIFY2(payment->familyNotice().contains(s("Martinez Family is withdrawn")),
                 qPrintable(payment->familyNotice()));
        payment->discard();
    }

    void preferencesChangeTheRecordedUserAtOnce()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        window.setSelectedFamily(s("f1"));
        AppSettings settings;
        settings.setUserName(s("alice"));
        window.applyPreferences();
        QCOMPARE(window.session()->userId(), s("alice"));
        QCOMPARE(window.sessionStatusBar()->userText(), s("User: alice"));

        CommandDialog* dialog = window.openCommandDialog(CommandType::RecordLogin);
        dialog->accept();
        QVERIFY(dialog->lastResult().ok);
        const RecordedEvent event = coop.store().readAfter(1, 1).first();
        QCOMPARE(QJsonDocument::fromJson(event.metadata).object().value(s("user_id")).toString(),
                 s("alice"));
    }

    void preferencesAreSavedOnOk()
    {
        AppSettings settings;
        QCOMPARE(settings.userName(), AppSettings::systemUserName());
        QCOMPARE(settings.language(), s("system"));
        QCOMPARE(settings.currencyCode(), AppSettings::localeCurrencyCode());

        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(dialog.findChild<QLabel*>(s("restartNote"))->text().contains(s("next time")));
        dialog.userEdit()->setText(s("  bob  "));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(s("es")));
        dialog.currencyEdit()->setText(s("eur"));
        dialog.accept();

        QVERIFY(dialog.languageChanged());
        const AppSettings reread;
        QCOMPARE(reread.userName(), s("bob"));
        QCOMPARE(reread.language(), s("es"));
        QCOMPARE(reread.currencyCode(), s("EUR"));

        // Emptied, the user name and currency go back to the defaults.
        PreferencesDialog again(settings);
        QCOMPARE(again.languageBox()->currentData().toString(), s("es"));
        again.userEdit()->clear();
        again.currencyEdit()->clear();
        again.accept();
        QVERIFY(!again.languageChanged());
        QCOMPARE(AppSettings().userName(), AppSettings::systemUserName());
        QCOMPARE(AppSettings().currencyCode(), AppSettings::localeCurrencyCode());
    }

    // The language applies at the next start (DECISIONS), and Preferences
    // says so where it is chosen: always, then in bold and naming the
    // language as soon as another one is picked.
    void preferencesSayWhenANewLanguageApplies()
    {
        // CoopDesk runs in English here (AppTranslations would make the
        // default locale English).
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
        AppSettings settings;
        settings.setLanguage(s("en"));
        PreferencesDialog dialog(settings);
        dialog.show();
        QCOMPARE(dialog.restartNoteText(),
                 s("The language applies the next time CoopDesk starts."));
        QVERIFY(!dialog.restartNoteStressed());
        auto* note = dialog.findChild<QLabel*>(s("restartNote"));
        QVERIFY(note && note->isVisible());

        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(s("es")));
        QCOMPARE(dialog.restartNoteText(),
                 QString::fromUtf8("Español applies the next time CoopDesk starts: close "
                                   "CoopDesk and open it again."));
        QVERIFY(dialog.restartNoteStressed());

        // The choice CoopDesk started with: nothing to wait for.
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(s("en")));
        QVERIFY(!dialog.restartNoteStressed());
        QCOMPARE(dialog.restartNoteText(),
                 s("The language applies the next time CoopDesk starts."));

        // "System language" names the language it stands for.
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(s("system")));
        const QString system = AppTranslations::resolve(s("system"));
        QCOMPARE(dialog.restartNoteStressed(), system != s("en"));
        if (system != s("en"))
            QVERIFY2(dialog.restartNoteText().startsWith(
                         QString::fromUtf8("The system language (Español)")),
                     qPrintable(dialog.restartNoteText()));
    }

    void remembersRecentFilesAndOpensTheLastOne()
    {
        TempCoop first;
        TempCoop second;
        {
            MainWindow window;
            QVERIFY(window.openFile(first.path()));
            QVERIFY(window.openFile(second.path()));
            auto* recent = window.findChild<QMenu*>(s("recentFilesMenu"));
            QVERIFY(recent);
            QStringList paths;
            for (QAction* action : recent->actions()) {
                if (action->data().isValid())
                    paths << action->data().toString();
            }
            QCOMPARE(paths, (QStringList{second.path(), first.path()}));
        }
        MainWindow again;
        QVERIFY(again.openLastFile());
        QCOMPARE(again.session()->path(), second.path());
    }

    void startPageWhenThereIsNoFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.openLastFile());
        QVERIFY(window.isShowingStartPage());
        QVERIFY(window.startPage()->isVisible());
        QVERIFY(window.startPage()->newButton()->isVisible());
        QVERIFY(window.startPage()->openButton()->isVisible());
        QVERIFY(window.startPage()->demoButton()->isVisible());

        // The demo co-op, when it is there already, opens as it is
        // (tst_demo_coop makes one).
        QStandardPaths::setTestModeEnabled(true);
        const QString demo = demoCoopPath();
        QFile::remove(demo);
        QFile::remove(viewsPathOf(demo));
        QDir().mkpath(QFileInfo(demo).absolutePath());
        makeCoop(demo);
        MessageBoxRecorder boxes;
        QTest::mouseClick(window.startPage()->demoButton(), Qt::LeftButton);
        QCOMPARE(boxes.requests().size(), 0);
        QVERIFY(!window.isShowingStartPage());
        QCOMPARE(window.session()->path(), demo);
        window.closeFile();
        QFile::remove(demo);
        QFile::remove(viewsPathOf(demo));
        QStandardPaths::setTestModeEnabled(false);
    }

    void createsANewCoopAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("new.coop"));
        MainWindow window;
        QVERIFY(window.createCoop(path));
        QVERIFY(window.session());
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        window.closeFile();
        QVERIFY(window.isShowingStartPage());

        MessageBoxRecorder boxes;
        QVERIFY(!window.createCoop(path));
        QCOMPARE(boxes.requests().size(), 1);
        QVERIFY(boxes.last().details.contains(s("already exists")));
    }

    void remembersItsGeometry()
    {
        {
            MainWindow window;
            window.show();
            window.resize(903, 611);
            QTRY_COMPARE(window.size(), QSize(903, 611));
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(903, 611));
    }

    void screensPlugInThroughAddScreen()
    {
        TempCoop coop;
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        // The Families screen comes first with the file, and shows.
        QCOMPARE(window.screenIds(), (QStringList{s("families"), s("overview")}));
        QCOMPARE(window.currentScreen(), s("families"));
        auto* reports = new QLabel(s("reports"));
        QVERIFY(window.addScreen(s("reports"), s("Reports"), QIcon(), reports));
        QVERIFY(!window.addScreen(s("reports"), s("Again"), QIcon(), new QLabel));
        QVERIFY(!window.addScreen(s("families"), s("Again"), QIcon(), new QLabel));
        QCOMPARE(window.screenIds(), (QStringList{s("families"), s("overview"), s("reports")}));
        QCOMPARE(window.currentScreen(), s("families"));

        QVERIFY(window.showScreen(s("reports")));
        QCOMPARE(window.currentScreen(), s("reports"));
        QVERIFY(reports->isVisible());
        QVERIFY(!window.showScreen(s("nowhere")));

        // At a place: before the others, and the shortcuts follow the places.
        auto* first = new QLabel(s("first"));
        QVERIFY(window.addScreen(s("first"), s("First"), QIcon(), first, 0));
        QCOMPARE(window.screenIds(),
                 (QStringList{s("first"), s("families"), s("overview"), s("reports")}));
        QCOMPARE(window.currentScreen(), s("reports"));
        QVERIFY(reports->isVisible());

        // The View menu reaches them with Ctrl+1, Ctrl+2…, in that order.
        auto* action = window.findChild<QAction*>(s("actionScreen_overview"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::ControlModifier | Qt::Key_3));
        QCOMPARE(window.findChild<QAction*>(s("actionScreen_first"))->shortcut(),
                 QKeySequence(Qt::ControlModifier | Qt::Key_1));
        QCOMPARE(window.findChild<QAction*>(s("actionScreen_reports"))->shortcut(),
                 QKeySequence(Qt::ControlModifier | Qt::Key_4));
        QStringList menuOrder;
        for (QAction* entry : window.findChild<QMenu*>(s("viewMenu"))->actions())
            menuOrder << entry->data().toString();
        QCOMPARE(menuOrder, window.screenIds());
        action->trigger();
        QCOMPARE(window.currentScreen(), s("overview"));
        QCOMPARE(window.findChild<QListWidget*>(s("navigation"))->count(), 4);
    }

    void statusBarShowsTheReadSidesProgress()
    {
        MainWindow window;
        window.setProjectionStatus(1250, 3, 40);
        QCOMPARE(window.sessionStatusBar()->headText(), s("Head: 1,250"));
        QCOMPARE(window.sessionStatusBar()->lagText(), QStringLiteral("Lag: 3 · 40 ms"));
    }

    void aboutNamesTheVersions()
    {
        MainWindow window;
        MessageBoxRecorder boxes;
        window.findChild<QAction*>(s("actionAbout"))->trigger();
        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::About);
        QVERIFY(boxes.last().text.contains(QString::fromLatin1(appVersion)));
        QVERIFY(boxes.last().text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(boxes.last().text.contains(QString::fromLatin1(sqlite3_libversion())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
