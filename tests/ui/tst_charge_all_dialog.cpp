// Charge Tuition to All Families… (issue 20, SPEC 7): the dialog's preview
// over a demo co-op lists exactly the enrolled families without the
// month's TUI-YYYY-MM charge, with the total; saving charges them (the read
// models show it) and a second run charges nobody; withdrawn families are
// never charged; per-child and last-amount amounts on a hand-built co-op;
// a batch refused because another desk charged or withdrew a family since
// the preview charges nobody, names the families and previews again;
// Cancel while the batch runs, and a storage error, leave nothing
// appended; "Cancel This Run" cancels exactly the run's charges. With
// COOPDESK_SCREENSHOT_DIR set, the preview is saved in English and Spanish.

#include "charge_all/cancel_run_dialog.h"
#include "charge_all/charge_all_dialog.h"
#include "charge_all/charge_all_families_model.h"
#include "charge_all/charge_all_menu_action.h"
#include "dashboard/report_screens.h"
#include "i18n/app_translations.h"
#include "io/demo_generator.h"
#include "report_screens_fixture.h"
#include "store/sqlite_connection.h"
#include "widgets/money_edit.h"
#include "widgets/money_text.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

// Saves a picture of the widget when COOPDESK_SCREENSHOT_DIR is set.
void snapshot(QWidget& widget, const QString& name)
{
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// What the read models say, read by other queries than the plan's.
struct Books
{
    QueryService& queries;

    QStringList families(const char* status)
    {
        QStringList ids;
        for (const QJsonObject& row :
             queries.listFamilies({s(status), {}, {}}, FamilySort{}, 0, 1000000))
            ids << row.value(s("family_id")).toString();
        return ids;
    }
    // The family's live charge with this id, or an empty object.
    QJsonObject charge(const QString& familyId, const QString& chargeId)
    {
        for (const QJsonObject& row : queries.familyCharges(familyId)) {
            if (row.value(s("charge_id")).toString() == chargeId)
                return row;
        }
        return {};
    }
    QStringList holding(const QStringList& ids, const QString& chargeId)
    {
        QStringList holders;
        for (const QString& id : ids) {
            if (!charge(id, chargeId).isEmpty())
                holders << id;
        }
        return holders;
    }
    // Every live charge of every family: "family charge month amount due".
    QStringList allCharges()
    {
        QStringList lines;
        for (const QString& id : families("enrolled") + families("withdrawn")) {
            for (const QJsonObject& row : queries.familyCharges(id))
                lines << id + u' ' + row.value(s("charge_id")).toString() + u' ' +
                             row.value(s("month")).toString() + u' ' +
                             QString::number(row.value(s("amount_cents")).toInteger()) + u' ' +
                             row.value(s("due_date")).toString();
        }
        lines.sort();
        return lines;
    }
};

// The app's window on a co-op, with the dialog opened from the Payments
// screen's button, as the treasurer would.
struct ChargeAllWindow
{
    TempCoop coop;
    MainWindow window;
    ChargeAllDialog* dialog = nullptr;

    bool open()
    {
        addReportScreens(window);
        window.show();
        if (!window.openFile(coop.path()))
            return false;
        window.showScreen(s("payments"));
        return true;
    }
    bool caughtUp() { return readModelsCaughtUp(window); }
    Books books() { return Books{*window.session()->queries()}; }
    qint64 head() { return coop.store().headPosition(); }

    ChargeAllDialog* openDialog()
    {
        auto* button = window.screen(s("payments"))->findChild<QToolButton*>(s("chargeAllButton"));
        if (!button || !button->isEnabled())
            return nullptr;
        button->click();
        dialog = window.findChild<ChargeAllMenuAction*>()->dialog();
        return dialog;
    }
    void closeDialog()
    {
        delete dialog;
        dialog = nullptr;
    }
};

bool previewed(const ChargeAllDialog& dialog)
{
    return dialog.state() == ChargeAllDialog::State::Previewed;
}

// A demo co-op whose last month is 2026-03, recorded on 2026-03-20 (the
// screens' today in these tests).
void seedDemo(TempCoop& coop, int families)
{
    coop.clock().set(QDateTime(reportToday, QTime(10, 0), Qt::UTC));
    DemoOptions options;
    options.families = families;
    options.months = 6;
    options.lastMonth = QDate(2026, 3, 1);
    generateDemoCoop(coop.bus(), options);
}

// A small co-op with every case of the rules, charged for 2026-03:
//   f1 Alvarez (Ana Alvarez), 2 children: 2026-01 300.00, 2026-02 320.00.
//   f2 Baker (Bo Baker), 1 child: 2026-02 250.00, and EXTRA-03 50.00 of 2026-03.
//   f3 Chen, no child, never charged.
//   f4 Diaz, 3 children, charged 2026-02 200.00, withdrawn.
//   f5 Evans, 1 child: already holds TUI-2026-03 (180.00) and 2026-02 180.00.
//   f6 Fox, 2 children: only 2026-04 (a later month) 400.00.
// Per child 75.00: f1 150.00, f2 75.00, f6 150.00 (375.00); f3 no child,
// f5 already charged. Last amount: f1 320.00, f2 250.00 (570.00); f3 and
// f6 no earlier tuition, f5 already charged.
void buildRulesCoop(TempCoop& coop)
{
    coop.clock().set(QDateTime(reportToday, QTime(10, 0), Qt::UTC));
    const auto run = [&coop](const char* command, QJsonObject fields) {
        const CommandResult result = coop.run(cmd(s(command), fields));
        QVERIFY2(result.ok, result.toJsonLine().constData());
    };
    const auto enroll = [&run](const char* id, const char* name, const char* parent, int children) {
        QJsonObject fields{{s("family_id"), s(id)},
                           {s("family_name"), s(name)},
                           {s("enrollment_date"), s("2025-09-01")}};
        if (parent)
            fields.insert(s("parent_name"), s(parent));
        run("EnrollFamily", fields);
        for (int child = 0; child < children; ++child)
            run("AddChild", {{s("family_id"), s(id)},
                             {s("child_name"), QString(s(name) + u' ' + QString::number(child))},
                             {s("child_age"), 8}});
    };
    const auto charge = [&run](const char* id, const char* chargeId, const char* month, int cents) {
        run("ChargeTuition", {{s("family_id"), s(id)},
                              {s("charge_id"), s(chargeId)},
                              {s("month"), s(month)},
                              {s("amount_cents"), cents},
                              {s("due_date"), QString(s(month) + s("-05"))}});
    };
    enroll("f1", "Alvarez Family", "Ana Alvarez", 2);
    enroll("f2", "Baker Family", "Bo Baker", 1);
    enroll("f3", "Chen Family", nullptr, 0);
    enroll("f4", "Diaz Family", "Dee Diaz", 3);
    enroll("f5", "Evans Family", "Eve Evans", 1);
    enroll("f6", "Fox Family", "Flo Fox", 2);
    charge("f1", "TUI-2026-01", "2026-01", 30000);
    charge("f1", "TUI-2026-02", "2026-02", 32000);
    charge("f2", "TUI-2026-02", "2026-02", 25000);
    charge("f2", "EXTRA-03", "2026-03", 5000);
    charge("f4", "TUI-2026-02", "2026-02", 20000);
    charge("f5", "TUI-2026-02", "2026-02", 18000);
    charge("f5", "TUI-2026-03", "2026-03", 18000);
    charge("f6", "TUI-2026-04", "2026-04", 40000);
    run("WithdrawFamily", {{s("family_id"), s("f4")}, {s("date"), s("2026-03-01")}});
}

QStringList skipNotes(const ChargeAllFamiliesModel& model)
{
    QStringList notes;
    for (const ChargeAllFamiliesModel::Row& row : model.rows())
        notes << row.family.familyId + s(": ") + row.note;
    return notes;
}

// Sets the form for 2026-03, due 2026-03-10, and waits for its preview.
void previewMarch(ChargeAllDialog& dialog, ChargeAmountRule rule, qint64 cents)
{
    dialog.setMonth(s("2026-03"));
    dialog.setDueDate(QDate(2026, 3, 10));
    dialog.setRule(rule);
    dialog.setAmount(rule, cents);
    QTRY_VERIFY_WITH_TIMEOUT(previewed(dialog), 20000);
    QCOMPARE(dialog.preview().request.month, s("2026-03"));
    QCOMPARE(dialog.preview().request.rule, rule);
}

// Holds the co-op file's write lock (another program writing) until released.
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
        : m_connection(path, SqliteConnection::Mode::ReadWrite)
    {
        m_connection.execute("BEGIN IMMEDIATE");
    }
    ~WriteLock() { release(); }
    void release()
    {
        if (std::exchange(m_held, false))
            m_connection.execute("ROLLBACK");
    }

private:
    SqliteConnection m_connection;
    bool m_held = true;
};

} // namespace

class TestChargeAllDialog : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init()
    {
        IsolatedSettings::clear();
        useEnglishAndUsd();
    }

    // Over a demo co-op: the month offered is the one after the last run;
    // the preview lists exactly the enrolled families without its TUI
    // charge, with the total; saving charges those, and only those; a
    // second run of the month previews nobody and charges none.
    void chargesTheEnrolledFamiliesOnce()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        seedDemo(app.coop, 80);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 30000);
        Books books = app.books();
        const QStringList enrolled = books.families("enrolled");
        const QStringList withdrawn = books.families("withdrawn");
        QVERIFY2(!withdrawn.isEmpty(), "the demo has withdrawn families");
        // Two families already hold April's charge (charged by hand), one
        // holds another charge of April.
        const auto charge = [&app](const QString& family, const char* id, int cents) {
            return app.coop
                .run(cmd(s("ChargeTuition"), {{s("family_id"), family},
                                              {s("charge_id"), s(id)},
                                              {s("month"), s("2026-04")},
                                              {s("amount_cents"), cents},
                                              {s("due_date"), s("2026-04-01")}}))
                .ok;
        };
        QVERIFY(charge(enrolled.at(0), "TUI-2026-04", 9900));
        QVERIFY(charge(enrolled.at(1), "TUI-2026-04", 9900));
        QVERIFY(charge(enrolled.at(2), "BOOKS-2026-04", 2500));
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);

        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->chargedModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        // March (the demo's last month) has been run, April partly: May is offered.
        QCOMPARE(dialog->month(), s("2026-05"));
        QCOMPARE(dialog->dueDate(), QDate(2026, 5, 1));

        dialog->setMonth(s("2026-04"));
        dialog->setRule(ChargeAmountRule::SameForAll);
        dialog->setAmount(ChargeAmountRule::SameForAll, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        QCOMPARE(dialog->dueDate(), QDate(2026, 4, 1)); // it followed the month

        QStringList expected = enrolled;
        expected.removeOne(enrolled.at(0));
        expected.removeOne(enrolled.at(1));
        QCOMPARE(sorted(dialog->chargedModel()->familyIds()), sorted(expected));
        QCOMPARE(sorted(dialog->skippedModel()->familyIds()),
                 sorted({enrolled.at(0), enrolled.at(1)}));
        QCOMPARE(dialog->otherChargesModel()->familyIds(), QStringList{enrolled.at(2)});
        QCOMPARE(dialog->otherChargesModel()->rows().first().note, s("BOOKS-2026-04"));
        QCOMPARE(dialog->preview().totalCents, 15000 * qint64(expected.size()));
        const QString total =
            usd(qPrintable(money::formatCents(15000 * expected.size(), QLocale())));
        QVERIFY2(dialog->summaryText().contains(total), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->summaryText().startsWith(QString::number(expected.size()) +
                                                  s(" families to charge for April 2026")),
                 qPrintable(dialog->summaryText()));
        // People, not ids: the name and the parent.
        const QModelIndex first = dialog->chargedModel()->index(0, 0);
        const QString firstId = first.data(ChargeAllFamiliesModel::familyIdRole).toString();
        const QJsonObject firstFamily = *books.queries.getFamily(firstId);
        QCOMPARE(first.data().toString(), firstFamily.value(s("family_name")).toString());
        QCOMPARE(first.siblingAtColumn(ChargeAllFamiliesModel::ParentColumn).data().toString(),
                 firstFamily.value(s("parent_name")).toString());
        QCOMPARE(dialog->chargeButton()->text(),
                 s("&Charge %1 Families").arg(QString::number(expected.size())));

        const qint64 before = app.head();
        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(dialog->isWriting() || dialog->state() == ChargeAllDialog::State::Charged);
        QVERIFY(charged.wait(30000));
        QCOMPARE(dialog->state(), ChargeAllDialog::State::Charged);
        QCOMPARE(app.head(), before + expected.size());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        QCOMPARE(sorted(books.holding(enrolled, s("TUI-2026-04"))), sorted(enrolled));
        QVERIFY(books.holding(withdrawn, s("TUI-2026-04")).isEmpty());
        for (const QString& id : expected) {
            const QJsonObject row = books.charge(id, s("TUI-2026-04"));
            QCOMPARE(row.value(s("amount_cents")).toInteger(), 15000);
            QCOMPARE(row.value(s("due_date")).toString(), s("2026-04-01"));
        }
        // The two charged by hand keep their own amount.
        QCOMPARE(
            books.charge(enrolled.at(0), s("TUI-2026-04")).value(s("amount_cents")).toInteger(),
            9900);
        // The Payments screen follows: April's expected revenue.
        app.closeDialog();

        // Run again: nobody to charge, nothing written.
        dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        dialog->setMonth(s("2026-04"));
        dialog->setRule(ChargeAmountRule::SameForAll);
        dialog->setAmount(ChargeAmountRule::SameForAll, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        QCOMPARE(dialog->chargedModel()->rowCount(), 0);
        QCOMPARE(sorted(dialog->skippedModel()->familyIds()), sorted(enrolled));
        QVERIFY(!dialog->chargeButton()->isEnabled());
        QVERIFY2(dialog->summaryText().startsWith(s("Nobody to charge for April 2026.")),
                 qPrintable(dialog->summaryText()));
        const qint64 after = app.head();
        dialog->startCharge();
        QCOMPARE(dialog->state(), ChargeAllDialog::State::Previewed);
        QCOMPARE(app.head(), after);
        app.closeDialog();
    }

    void chargesAnAmountPerChild()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::PerChild, 7500);
        QCOMPARE(dialog->chargedModel()->familyIds(), (QStringList{s("f1"), s("f2"), s("f6")}));
        QList<qint64> amounts;
        for (const ChargeAllFamiliesModel::Row& row : dialog->chargedModel()->rows())
            amounts << row.family.amountCents;
        QCOMPARE(amounts, (QList<qint64>{15000, 7500, 15000}));
        QCOMPARE(dialog->preview().totalCents, 37500);
        QCOMPARE(dialog->chargedModel()->index(0, ChargeAllFamiliesModel::AmountColumn).data(),
                 QVariant(usd("150.00")));
        QCOMPARE(skipNotes(*dialog->skippedModel()),
                 (QStringList{s("f3: No child recorded"), s("f5: Already holds TUI-2026-03")}));
        QCOMPARE(dialog->otherChargesModel()->familyIds(), QStringList{s("f2")});

        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        Books books = app.books();
        QCOMPARE(books.charge(s("f1"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 15000);
        QCOMPARE(books.charge(s("f2"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 7500);
        QCOMPARE(books.charge(s("f6"), s("TUI-2026-03")).value(s("due_date")).toString(),
                 s("2026-03-10"));
        QVERIFY(books.charge(s("f3"), s("TUI-2026-03")).isEmpty());
        QVERIFY(books.charge(s("f4"), s("TUI-2026-03")).isEmpty()); // withdrawn
        QCOMPARE(books.charge(s("f5"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 18000);
        app.closeDialog();
    }

    void chargesEachFamilysLastAmount()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::LastAmount, 0);
        QCOMPARE(dialog->chargedModel()->familyIds(), (QStringList{s("f1"), s("f2")}));
        QCOMPARE(dialog->preview().totalCents, 57000);
        QCOMPARE(skipNotes(*dialog->skippedModel()),
                 (QStringList{s("f3: No tuition charged before this month"),
                              s("f5: Already holds TUI-2026-03"),
                              s("f6: No tuition charged before this month")}));
        QCOMPARE(dialog->otherChargesModel()->rows().first().note, s("EXTRA-03"));

        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QCOMPARE(charged.first().at(1).toLongLong(), 57000);
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        Books books = app.books();
        QCOMPARE(books.charge(s("f1"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 32000);
        QCOMPARE(books.charge(s("f2"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 25000);
        QVERIFY(books.charge(s("f6"), s("TUI-2026-03")).isEmpty());
        app.closeDialog();
    }

    // Another desk charges f2 and withdraws f6 between the preview and the
    // save: the batch charges nobody, the message names both families, the
    // form stays filled; a new preview leaves them out and charges the rest.
    void aFamilyChangedSinceThePreviewChargesNobody()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::SameForAll, 10000);
        QCOMPARE(dialog->chargedModel()->familyIds(),
                 (QStringList{s("f1"), s("f2"), s("f3"), s("f6")}));

        // The other desk: its own store and bus on the file.
        std::unique_ptr<EventStore> otherStore = openStore(app.coop.path());
        FixedClock clock(QDateTime(reportToday, QTime(11, 0), Qt::UTC));
        CommandBus otherDesk(*otherStore, clock, s("other-desk"));
        QVERIFY(otherDesk
                    .dispatch(cmd(s("ChargeTuition"), {{s("family_id"), s("f2")},
                                                       {s("charge_id"), s("TUI-2026-03")},
                                                       {s("month"), s("2026-03")},
                                                       {s("amount_cents"), 12000},
                                                       {s("due_date"), s("2026-03-15")}}))
                    .ok);
        QVERIFY(otherDesk
                    .dispatch(cmd(s("WithdrawFamily"),
                                  {{s("family_id"), s("f6")}, {s("date"), s("2026-03-19")}}))
                    .ok);
        const qint64 before = app.head();

        QSignalSpy finished(dialog, &ChargeAllDialog::stepFinished);
        dialog->chargeButton()->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->state(), ChargeAllDialog::State::Outdated);
        QCOMPARE(dialog->lastOutcome().status, ChargeAllOutcome::Status::Rejected);
        QCOMPARE(app.head(), before);
        const QString message = dialog->message();
        QVERIFY2(message.startsWith(s("Nobody was charged: 2 families changed since the preview.")),
                 qPrintable(message));
        QVERIFY2(message.contains(s("Baker Family (Bo Baker) was charged TUI-2026-03 since the "
                                    "preview")),
                 qPrintable(message));
        QVERIFY2(message.contains(s("Fox Family (Flo Fox) was withdrawn since the preview")),
                 qPrintable(message));
        snapshot(*dialog, s("charge_all_refused_en"));
        QVERIFY(!dialog->chargeButton()->isEnabled());
        QVERIFY(dialog->previewAgainButton()->isVisible());
        QVERIFY(dialog->previewAgainButton()->isEnabled());
        QCOMPARE(dialog->month(), s("2026-03"));
        QCOMPARE(dialog->dueDate(), QDate(2026, 3, 10));
        QCOMPARE(dialog->rule(), ChargeAmountRule::SameForAll);
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        Books books = app.books();
        QVERIFY(books.charge(s("f1"), s("TUI-2026-03")).isEmpty());
        QCOMPARE(books.charge(s("f2"), s("TUI-2026-03")).value(s("amount_cents")).toInteger(),
                 12000);

        dialog->previewAgainButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        QCOMPARE(dialog->chargedModel()->familyIds(), (QStringList{s("f1"), s("f3")}));
        QVERIFY(dialog->skippedModel()->familyIds().contains(s("f2")));
        QVERIFY(!dialog->skippedModel()->familyIds().contains(s("f6")));
        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QCOMPARE(app.head(), before + 2);
        app.closeDialog();
    }

    // Cancel pressed while the batch waits to write (another program holds
    // the file's write lock): the batch stops at its first command and rolls
    // back; nothing is appended; the preview can be charged afterwards.
    void cancelWhileChargingAppendsNothing()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        dialog->setBusyTimeout(60000);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::SameForAll, 10000);
        const qint64 before = app.head();
        const QStringList chargesBefore = app.books().allCharges();
        {
            WriteLock lock(app.coop.path());
            dialog->chargeButton()->click();
            QCOMPARE(dialog->state(), ChargeAllDialog::State::Charging);
            QVERIFY(dialog->progressBar()->isVisible());
            QVERIFY(dialog->stopButton()->isEnabled());
            QSignalSpy finished(dialog, &ChargeAllDialog::stepFinished);
            dialog->stopButton()->click();
            lock.release();
            QVERIFY(finished.wait(20000));
        }
        QCOMPARE(dialog->lastOutcome().status, ChargeAllOutcome::Status::Cancelled);
        QCOMPARE(dialog->state(), ChargeAllDialog::State::Previewed);
        QVERIFY2(dialog->message().contains(s("nobody was charged")),
                 qPrintable(dialog->message()));
        QCOMPARE(app.head(), before);
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        QCOMPARE(app.books().allCharges(), chargesBefore);

        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QCOMPARE(app.head(), before + 4);
        app.closeDialog();
    }

    // The file stays locked longer than the batch waits: the storage error
    // is shown whole, nothing is charged, and the same preview can be
    // charged once the file is free.
    void aStorageErrorChargesNobodyAndSaysWhy()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::SameForAll, 10000);
        const qint64 before = app.head();
        {
            WriteLock lock(app.coop.path());
            dialog->setBusyTimeout(100);
            QSignalSpy finished(dialog, &ChargeAllDialog::stepFinished);
            dialog->chargeButton()->click();
            QVERIFY(finished.wait(20000));
        }
        const ChargeAllOutcome& outcome = dialog->lastOutcome();
        QCOMPARE(outcome.status, ChargeAllOutcome::Status::Storage);
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY2(dialog->message().startsWith(s("The charges could not be saved")),
                 qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(outcome.message), qPrintable(dialog->message()));
        QVERIFY(dialog->message().endsWith(s("Nobody was charged.")));
        QCOMPARE(app.head(), before);
        QCOMPARE(dialog->state(), ChargeAllDialog::State::Previewed);

        dialog->setBusyTimeout(5000);
        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QCOMPARE(app.head(), before + 4);
        app.closeDialog();
    }

    // Cancel This Run… asks for a reason and cancels the run's charges and
    // no other: f5's TUI-2026-03 (charged before the run) and every earlier
    // charge stand; the reason is recorded; a new preview offers the month again.
    void cancelThisRunCancelsExactlyTheRunsCharges()
    {
        FixedReportDay today;
        ChargeAllWindow app;
        buildRulesCoop(app.coop);
        QVERIFY(app.open());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        const QStringList chargesBefore = app.books().allCharges();
        ChargeAllDialog* dialog = app.openDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        previewMarch(*dialog, ChargeAmountRule::PerChild, 7500);
        QSignalSpy charged(dialog, &ChargeAllDialog::charged);
        dialog->chargeButton()->click();
        QVERIFY(charged.wait(20000));
        QVERIFY(dialog->cancelRunButton()->isVisible());
        QVERIFY(dialog->cancelRunButton()->isEnabled());
        QVERIFY(!dialog->chargeButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        QVERIFY(app.books().allCharges() != chargesBefore);
        const qint64 afterRun = app.head();

        dialog->cancelRunButton()->click();
        auto* ask = dialog->findChild<CancelRunDialog*>();
        QVERIFY(ask);
        QTRY_VERIFY(ask->isVisible());
        QVERIFY(!ask->acceptButton()->isEnabled());
        ask->setReason(s("  Per-child amount was wrong  "));
        QVERIFY(ask->acceptButton()->isEnabled());
        QSignalSpy finished(dialog, &ChargeAllDialog::stepFinished);
        ask->acceptButton()->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog->lastOutcome().step, ChargeAllOutcome::Step::CancelRun);
        QCOMPARE(dialog->lastOutcome().status, ChargeAllOutcome::Status::Ok);
        QCOMPARE(app.head(), afterRun + 3);
        QVERIFY2(dialog->summaryText().startsWith(s("The run was cancelled: 3 charges of "
                                                    "TUI-2026-03 cancelled, 375.00")),
                 qPrintable(dialog->summaryText()));
        QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
        QCOMPARE(app.books().allCharges(), chargesBefore);
        bool recorded = false;
        for (const QJsonObject& event : app.books().queries.familyHistory(s("f1"))) {
            if (event.value(s("event_type")).toString() == s("ChargeCancelled"))
                recorded = event.value(s("data")).toObject().value(s("reason")).toString() ==
                           s("Per-child amount was wrong");
        }
        QVERIFY(recorded);
        // The form is free again: the preview offers the same families.
        QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
        QCOMPARE(dialog->chargedModel()->familyIds(), (QStringList{s("f1"), s("f2"), s("f6")}));
        app.closeDialog();
    }

    // The Payments screen's button follows the file: disabled without one.
    void theButtonNeedsAWritableFile()
    {
        MainWindow window;
        addReportScreens(window);
        auto* button = window.screen(s("payments"))->findChild<QToolButton*>(s("chargeAllButton"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
        // A tool button shows the text without its mnemonic.
        QCOMPARE(button->text(), QString::fromUtf8("Charge Tuition to All Families…"));
        QVERIFY(window.findChild<QMenu*>(s("familyMenu"))
                    ->actions()
                    .contains(window.findChild<ChargeAllMenuAction*>()));
    }

    // The preview in English and Spanish: every column and button fits.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }
    void screenshots()
    {
        QFETCH(QString, language);
        FixedReportDay today;
        AppTranslations translations;
        QVERIFY(translations.install(language));
        if (language == s("es"))
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        {
            ChargeAllWindow app;
            buildRulesCoop(app.coop);
            QVERIFY(app.open());
            QTRY_VERIFY_WITH_TIMEOUT(app.caughtUp(), 20000);
            ChargeAllDialog* dialog = app.openDialog();
            QVERIFY(dialog);
            QTRY_VERIFY_WITH_TIMEOUT(previewed(*dialog), 20000);
            previewMarch(*dialog, ChargeAmountRule::LastAmount, 0);
            if (language == s("es")) {
                QVERIFY2(dialog->summaryText().startsWith(s("2 familias")),
                         qPrintable(dialog->summaryText()));
                QCOMPARE(dialog->chargeButton()->text(), s("&Cobrar a 2 familias"));
                auto* amount = dialog->findChild<MoneyEdit*>(s("chargeAllSameAmount"));
                QCOMPARE(amount->locale().name() + u' ' + amount->placeholderText(),
                         s("es_ES 0,00"));
            }
            for (auto* table : dialog->findChildren<QTableView*>()) {
                if (table->model()->rowCount() > 0 && table->isVisible())
                    QVERIFY2(columnCutShort(*table).isEmpty(),
                             qPrintable(table->objectName() + u' ' + columnCutShort(*table)));
            }
            for (auto* button : dialog->findChildren<QPushButton*>()) {
                if (button->isVisible())
                    QVERIFY2(button->width() >= button->sizeHint().width(),
                             qPrintable(button->text()));
            }
            snapshot(*dialog, s("charge_all_preview_") + language);
            dialog->previewTabs()->setCurrentIndex(1);
            snapshot(*dialog, s("charge_all_skipped_") + language);
            app.closeDialog();
        }
        useEnglishAndUsd();
    }
};

QTEST_MAIN(TestChargeAllDialog)
#include "tst_charge_all_dialog.moc"
