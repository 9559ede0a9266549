// The Families screen in the window, on a real session: first in the
// navigation, the search box (debounced), filters and count, selection
// driving the Family menu, Enter opening the detail and Back, the CSV
// export, and live updates from this window's bus and from coopdesk-cli in
// another process, in the table and in the detail.

#include "cli_runner.h"
#include "command_dialogs/command_dialog.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "families_test_coop.h"
#include "family_detail/family_charges_model.h"
#include "family_detail/family_detail_view.h"
#include "family_detail/family_timeline_model.h"
#include "gui_test_fixtures.h"
#include "io/csv_reader.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QString usd(const char* amount)
{
    return QString::fromLatin1(amount) + QChar(0x00A0) + s("USD");
}

FamiliesScreen* familiesOf(const MainWindow& window)
{
    return qobject_cast<FamiliesScreen*>(window.screen(s("families")));
}

QStringList names(const FamiliesModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.data(model.index(row, FamiliesModel::NameColumn)).toString();
    return result;
}

int rowOf(const FamiliesModel& model, const QString& familyId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.familyId(row) == familyId)
            return row;
    }
    return -1;
}

void fill(FamiliesTestCoop& coop)
{
    coop.enrollFamily(s("f-baker"), s("Baker Family"), s("2024-09-01"),
                      {{s("parent_name"), s("Bea Baker")}});
    coop.charge(s("f-baker"), s("c1"), s("2024-09"), 15000, s("2024-09-05"));
    coop.enrollFamily(s("f-cruz"), s("Cruz Family"));
    coop.risk(s("f-cruz"), 88);
    coop.enrollFamily(s("f-diaz"), s("Diaz Family"));
    coop.withdraw(s("f-diaz"));
}

} // namespace

class TestFamiliesScreen : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void initTestCase() { useEnglishLocale(); }
    void init()
    {
        IsolatedSettings::clear();
        AppSettings().setCurrencyCode(s("USD"));
    }

    void comesFirstAndFollowsTheFile()
    {
        FamiliesTestCoop first;
        fill(first);
        FamiliesTestCoop second;
        second.enrollFamily(s("g1"), s("Only Family"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(first.path()));
        QCOMPARE(window.screenIds().value(0), s("families"));
        QCOMPARE(window.currentScreen(), s("families"));
        FamiliesScreen* screen = familiesOf(window);
        QVERIFY(screen);
        QVERIFY(screen->isVisible());
        QAbstractItemModelTester tester(screen->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(screen->model()->rowCount(), 3);
        QCOMPARE(screen->countLabel()->text(), s("3 families"));
        QCOMPARE(
            screen->model()->headerData(FamiliesModel::BalanceColumn, Qt::Horizontal).toString(),
            s("Balance (USD)"));

        // Another file: the same screen, the other file's families.
        QVERIFY(window.openFile(second.path()));
        QCOMPARE(window.screenIds().count(s("families")), 1);
        QTRY_COMPARE(names(*screen->model()), QStringList{s("Only Family")});
        window.closeFile();
        QCOMPARE(screen->model()->rowCount(), 0);
    }

    void searchesFiltersAndCounts()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        FamiliesScreen* screen = familiesOf(window);
        FamiliesModel& model = *screen->model();
        QTRY_COMPARE(model.rowCount(), 3);

        // Typing waits for a pause before it searches.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QTest::keyClicks(screen->searchBox(), s("bea"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(resets.count(), 1); // one query for the three keys
        QCOMPARE(names(model), QStringList{s("Baker Family")});
        QCOMPARE(screen->countLabel()->text(), s("1 matching family"));

        screen->searchBox()->clear();
        screen->applySearch();
        QCOMPARE(model.rowCount(), 3);
        screen->statusFilter()->setCurrentIndex(screen->statusFilter()->findData(s("enrolled")));
        QCOMPARE(names(model), (QStringList{s("Baker Family"), s("Cruz Family")}));
        QCOMPARE(screen->countLabel()->text(), s("2 matching families"));
        screen->tierFilter()->setCurrentIndex(screen->tierFilter()->findData(s("critical")));
        QCOMPARE(names(model), QStringList{s("Cruz Family")});
        screen->statusFilter()->setCurrentIndex(0);
        screen->tierFilter()->setCurrentIndex(0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(screen->countLabel()->text(), s("3 families"));
        QCOMPARE(screen->statusFilter()->itemText(1), s("Enrolled"));
        QCOMPARE(screen->tierFilter()->itemText(4), s("Critical"));

        // The header sorts.
        screen->table()->sortByColumn(FamiliesModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(names(model).first(), s("Diaz Family"));
    }

    // Only Alt+S (the label's mnemonic) reached the search box.
    void ctrlFPutsTheCursorInTheSearchBox()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(coop.path()));
        FamiliesScreen* screen = familiesOf(window);
        QTRY_COMPARE(screen->model()->rowCount(), 3);
        QTest::keyClicks(screen->searchBox(), s("bea"));
        screen->table()->setFocus();
        QVERIFY(!screen->searchBox()->hasFocus());

        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(screen->searchBox()->hasFocus());
        QCOMPARE(screen->searchBox()->selectedText(), s("bea")); // typing replaces it
    }

    void selectsOpensAndGoesBack()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        FamiliesScreen* screen = familiesOf(window);
        QTRY_COMPARE(screen->model()->rowCount(), 3);
        QTableView* table = screen->table();

        table->setFocus();
        table->setCurrentIndex(screen->model()->index(1, 0));
        QCOMPARE(window.selectedFamily(), s("f-cruz"));
        QVERIFY(window.familyActions()->action(CommandType::ReceivePayment)->isEnabled());

        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(screen->isShowingDetail());
        QCOMPARE(screen->detail()->familyId(), s("f-cruz"));
        QCOMPARE(screen->detail()->titleText(), s("Cruz Family"));
        QCOMPARE(screen->detail()->fieldText(s("risk_tier")), s("Critical"));
        QTest::mouseClick(screen->detail()->backButton(), Qt::LeftButton);
        QVERIFY(!screen->isShowingDetail());

        // A double click opens too; the window's selection follows.
        const QRect cell = table->visualRect(screen->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(screen->isShowingDetail());
        QCOMPARE(screen->detail()->familyId(), s("f-baker"));
        QCOMPARE(window.selectedFamily(), s("f-baker"));
        QCOMPARE(screen->detail()->fieldText(s("balance_cents")), usd("150.00") + s(" owed"));
    }

    void showsCommandsFromThisWindowAndFromAnotherProgram()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        FamiliesScreen* screen = familiesOf(window);
        FamiliesModel& model = *screen->model();
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model.rowCount(), 3);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Select Cruz; a family enrolled from this window sorts before it.
        screen->table()->setCurrentIndex(model.index(1, 0));
        QCOMPARE(window.selectedFamily(), s("f-cruz"));
        const CommandResult enrolled = window.session()->bus().dispatch(
            cmd(s("EnrollFamily"), {{s("family_id"), s("f-adams")},
                                    {s("family_name"), s("Adams Family")},
                                    {s("enrollment_date"), s("2024-09-01")}}));
        QVERIFY(enrolled.ok);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(names(model), (QStringList{s("Adams Family"), s("Baker Family"), s("Cruz Family"),
                                            s("Diaz Family")}));
        QCOMPARE(resets.count(), 0);
        // The selection stayed on Cruz, now the third row.
        QCOMPARE(screen->table()->currentIndex().row(), 2);
        QCOMPARE(window.selectedFamily(), s("f-cruz"));
        QCOMPARE(screen->countLabel()->text(), s("4 families"));

        // The detail of Baker is open; coopdesk-cli records a payment.
        screen->openFamily(s("f-baker"));
        FamilyDetailView* detail = screen->detail();
        QCOMPARE(detail->fieldText(s("balance_cents")), usd("150.00") + s(" owed"));
        const int eventsBefore = detail->timelineModel()->rowCount();
        const CliRun run = runCli(
            {s("--db"), coop.path(), s("--user"), s("cli-user"), s("exec"), s("-")},
            R"({"command":"ReceivePayment","family_id":"f-baker","amount_cents":15000,"date":"2024-09-04","payment_method":"check"})"
            "\n");
        QCOMPARE(run.exitCode, 0);
        QTRY_COMPARE(detail->fieldText(s("balance_cents")), usd("0.00"));
        QCOMPARE(detail->timelineModel()->rowCount(), eventsBefore + 1);
        const QAbstractItemModel& timeline = *detail->timelineModel();
        QCOMPARE(timeline.data(timeline.index(0, FamilyTimelineModel::WhoColumn)).toString(),
                 s("cli-user"));
        QCOMPARE(timeline.data(timeline.index(0, FamilyTimelineModel::WhatColumn)).toString(),
                 usd("150.00") + s(" by Check on 9/4/24"));
        QCOMPARE(detail->chargesModel()->rowCount(), 1);
        QCOMPARE(detail->chargesModel()->data(detail->chargesModel()->index(0, 5)).toString(),
                 s("0"));
        const int baker = rowOf(model, s("f-baker"));
        QTRY_COMPARE(model.data(model.index(baker, FamiliesModel::BalanceColumn)).toString(),
                     s("0.00"));
        QCOMPARE(model.data(model.index(baker, FamiliesModel::TotalPaidColumn)).toString(),
                 s("150.00"));

        // Through the window's dialogs: a payment from the detail's button,
        // then a family enrolled, which the table then selects.
        QAction* pay = window.familyActions()->action(CommandType::ReceivePayment);
        QVERIFY(detail->actionBar()->actions().contains(pay));
        pay->trigger();
        auto* payment = window.findChild<CommandDialog*>();
        QVERIFY(payment);
        payment->setFieldValue(s("amount_cents"), 2500);
        payment->setFieldValue(s("payment_method"), s("cash"));
        payment->accept();
        QVERIFY2(payment->lastResult().ok, payment->lastResult().toJsonLine().constData());
        QTRY_COMPARE(detail->fieldText(s("balance_cents")), usd("25.00") + s(" in credit"));
        QCOMPARE(detail->timelineModel()->rowCount(), eventsBefore + 2);
        QCOMPARE(timeline.data(timeline.index(0, FamilyTimelineModel::WhoColumn)).toString(),
                 window.session()->userId());

        QTest::mouseClick(detail->backButton(), Qt::LeftButton);
        CommandDialog* enroll = window.openCommandDialog(CommandType::EnrollFamily);
        QVERIFY(enroll);
        enroll->setFieldValue(s("family_id"), s("f-bell"));
        enroll->setFieldValue(s("family_name"), s("Bell Family"));
        enroll->accept();
        QVERIFY2(enroll->lastResult().ok, enroll->lastResult().toJsonLine().constData());
        QCOMPARE(window.selectedFamily(), s("f-bell"));
        QTRY_COMPARE(model.rowCount(), 5);
        QTRY_COMPARE(
            model.data(screen->table()->currentIndex(), FamiliesModel::FamilyIdRole).toString(),
            s("f-bell"));

        // And a family enrolled by the other program shows in the table.
        const CliRun another = runCli(
            {s("--db"), coop.path(), s("exec"), s("-")},
            R"({"command":"EnrollFamily","family_id":"f-zed","family_name":"Zed Family","enrollment_date":"2024-10-01"})"
            "\n");
        QCOMPARE(another.exitCode, 0);
        QTRY_COMPARE(model.rowCount(), 6);
        QCOMPARE(names(model).last(), s("Zed Family"));
        QCOMPARE(resets.count(), 0);
    }

    void exportsWhatTheTableShows()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        FamiliesScreen* screen = familiesOf(window);
        QTRY_COMPARE(screen->model()->rowCount(), 3);
        QVERIFY(screen->exportButton()->isEnabled());
        screen->statusFilter()->setCurrentIndex(screen->statusFilter()->findData(s("enrolled")));
        screen->table()->sortByColumn(FamiliesModel::RiskColumn, Qt::DescendingOrder);

        QTemporaryDir dir;
        const QString path = dir.filePath(s("families.csv"));
        QString error;
        QVERIFY2(screen->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        csv::Reader reader(file);
        QList<QStringList> records;
        csv::Record record;
        while (reader.next(record))
            records << record.fields;
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).first(), s("family_id"));
        QCOMPARE(records.at(1).at(0), s("f-cruz")); // risk 88 first
        QCOMPARE(records.at(2).at(0), s("f-baker"));
        QCOMPARE(records.at(2).at(5), s("150.00"));
    }
};

QTEST_MAIN(TestFamiliesScreen)
#include "tst_families_screen.moc"
