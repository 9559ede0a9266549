// Family → Overdue Families… (SPEC 7, issue 20) on the report screens' co-op
// (report_screens_fixture.h): who is overdue as of a date, sorted by any
// column, live as payments arrive, and the CSV for a mail merge.

#include "i18n/app_translations.h"
#include "io/demo_generator.h"
#include "overdue/overdue_families_action.h"
#include "overdue/overdue_families_dialog.h"
#include "overdue/overdue_families_model.h"
#include "report_screens_fixture.h"
#include "widgets/date_line_edit.h"
#include "widgets/message_bar.h"

#include <QDir>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

struct OpenOverdue
{
    TempCoop coop;
    MainWindow window;
    OverdueFamiliesDialog* dialog = nullptr;

    bool open()
    {
        buildReportCoop(coop);
        window.resize(1280, 860);
        window.show();
        if (!window.openFile(coop.path()))
            return false;
        auto* action = window.findChild<OverdueFamiliesAction*>();
        dialog = action ? action->openDialog() : nullptr;
        return dialog != nullptr;
    }
};

QStringList sortedKeys(const OverdueFamiliesDialog& dialog)
{
    QStringList keys;
    const QSortFilterProxyModel* sorted = dialog.sortedModel();
    for (int row = 0; row < sorted->rowCount(); ++row)
        keys.append(sorted->index(row, 0).data(KeyedRowModel::KeyRole).toString());
    return keys;
}

QString cell(const OverdueFamiliesDialog& dialog, int row, int column)
{
    return dialog.sortedModel()->index(row, column).data().toString();
}

void typeDate(DateLineEdit* edit, const char* text)
{
    auto* line = edit->findChild<QLineEdit*>();
    line->selectAll();
    QTest::keyClicks(line, s(text));
}

} // namespace

class TestOverdueFamilies : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { useEnglishAndUsd(); }

    void listsTheFamiliesOverdueAsOfTheDate()
    {
        FixedReportDay today;
        OpenOverdue overdue;
        QVERIFY(overdue.open());
        OverdueFamiliesDialog& dialog = *overdue.dialog;
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As of 2026-03-20: Diaz's January (withdrawn, still owed), then
        // Alvarez's March; Baker's March is due on the 25th.
        QTRY_COMPARE(sortedKeys(dialog), (QStringList{s("f4"), s("f1")}));
        QCOMPARE(dialog.asOfEdit()->date(), reportToday);
        QCOMPARE(cell(dialog, 0, OverdueFamiliesModel::Family), s("Diaz Family"));
        QCOMPARE(cell(dialog, 0, OverdueFamiliesModel::AmountOverdue), s("100.00"));
        QCOMPARE(cell(dialog, 0, OverdueFamiliesModel::OldestDue), s("1/5/26"));
        QCOMPARE(cell(dialog, 0, OverdueFamiliesModel::DaysOverdue), s("74 days"));
        QCOMPARE(cell(dialog, 1, OverdueFamiliesModel::AmountOverdue), s("300.00"));
        QCOMPARE(dialog.totalText(), s("2 families owe 400.00 overdue as of 3/20/26."));

        typeDate(dialog.asOfEdit(), "3/26/2026");
        QCOMPARE(sortedKeys(dialog), (QStringList{s("f4"), s("f1"), s("f2")}));
        QCOMPARE(dialog.totalText(), s("3 families owe 650.00 overdue as of 3/26/26."));
        QCOMPARE(cell(dialog, 0, OverdueFamiliesModel::DaysOverdue), s("80 days"));

        // Sorted by the amount as a number, then by name.
        dialog.table()->sortByColumn(OverdueFamiliesModel::AmountOverdue, Qt::DescendingOrder);
        QCOMPARE(sortedKeys(dialog), (QStringList{s("f1"), s("f2"), s("f4")}));
        dialog.table()->sortByColumn(OverdueFamiliesModel::Family, Qt::AscendingOrder);
        QCOMPARE(sortedKeys(dialog), (QStringList{s("f1"), s("f2"), s("f4")}));
        dialog.table()->sortByColumn(OverdueFamiliesModel::Family, Qt::DescendingOrder);
        QCOMPARE(sortedKeys(dialog), (QStringList{s("f4"), s("f2"), s("f1")}));

        typeDate(dialog.asOfEdit(), "1/5/2026");
        QCOMPARE(dialog.model()->rowCount(), 0);
        QCOMPARE(dialog.totalText(), s("No family has a charge overdue as of 1/5/26."));

        // Not a date: said, and the last list kept.
        typeDate(dialog.asOfEdit(), "3/40/2026");
        QVERIFY(dialog.messageBar()->isVisibleTo(&dialog));
        QVERIFY(!dialog.messageBar()->text().isEmpty());
    }

    void aPaymentTakesTheFamilyOffTheListLive()
    {
        FixedReportDay today;
        OpenOverdue overdue;
        QVERIFY(overdue.open());
        OverdueFamiliesDialog& dialog = *overdue.dialog;
        QTRY_COMPARE(sortedKeys(dialog), (QStringList{s("f4"), s("f1")}));
        QVERIFY(dispatch(overdue.window, "ReceivePayment",
                         {{s("family_id"), s("f1")},
                          {s("amount_cents"), 12500},
                          {s("date"), s("2026-03-20")},
                          {s("payment_method"), s("cash")}})
                    .ok);
        QTRY_COMPARE(cell(dialog, 1, OverdueFamiliesModel::AmountOverdue), s("175.00"));
        QVERIFY(dispatch(overdue.window, "ReceivePayment",
                         {{s("family_id"), s("f1")},
                          {s("amount_cents"), 17500},
                          {s("date"), s("2026-03-20")},
                          {s("payment_method"), s("cash")}})
                    .ok);
        QTRY_COMPARE(sortedKeys(dialog), QStringList{s("f4")});
        QCOMPARE(dialog.totalText(), s("1 family owes 100.00 overdue as of 3/20/26."));
    }

    void exportsTheRowsAsSortedForAMailMerge()
    {
        FixedReportDay today;
        OpenOverdue overdue;
        QVERIFY(overdue.open());
        OverdueFamiliesDialog& dialog = *overdue.dialog;
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        dialog.table()->sortByColumn(OverdueFamiliesModel::AmountOverdue, Qt::DescendingOrder);
        const QString path = overdue.coop.dir() + s("/overdue.csv");
        QString error;
        QVERIFY2(dialog.exportCsv(path, &error), qPrintable(error));
        QCOMPARE(fileBytes(path),
                 QByteArray("family_id,family_name,parent_name,email,phone,amount_overdue,"
                            "amount_overdue_cents,oldest_due_date,days_overdue,as_of\r\n"
                            "f1,Alvarez Family,,,,300.00,30000,2026-03-05,15,2026-03-20\r\n"
                            "f4,Diaz Family,,,,100.00,10000,2026-01-05,74,2026-03-20\r\n"));

        // A folder that is not there: nothing written, and the reason given.
        QVERIFY(!dialog.exportCsv(overdue.coop.dir() + s("/missing/overdue.csv"), &error));
        QVERIFY(!error.isEmpty());
    }

    void closingTheCoopClosesTheList()
    {
        FixedReportDay today;
        OpenOverdue overdue;
        QVERIFY(overdue.open());
        auto* action = overdue.window.findChild<OverdueFamiliesAction*>();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->openDialog(), overdue.dialog); // one list, raised again
        QTRY_COMPARE(overdue.dialog->model()->rowCount(), 2);
        overdue.window.closeFile();
        QVERIFY(!action->dialog());
        QVERIFY(!action->isEnabled());
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }

    // A demo co-op's list, to look at (COOPDESK_SCREENSHOT_DIR).
    void screenshots()
    {
        QFETCH(QString, language);
        FixedReportDay today;
        AppTranslations translations;
        QVERIFY(translations.install(language));
        if (language == s("es"))
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        TempCoop coop;
        coop.clock().set(QDateTime(reportToday, QTime(10, 0), Qt::UTC));
        DemoOptions demo;
        demo.families = 150;
        demo.months = 6;
        demo.lastMonth = reportToday;
        generateDemoCoop(coop.bus(), demo);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        OverdueFamiliesDialog* dialog = window.findChild<OverdueFamiliesAction*>()->openDialog();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->rowCount() > 5, 20000);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QPixmap picture = dialog->grab();
        QVERIFY(!picture.isNull());
        const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(
                picture.save(QDir(folder).filePath(s("overdue-families-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestOverdueFamilies)
#include "tst_overdue_families.moc"
