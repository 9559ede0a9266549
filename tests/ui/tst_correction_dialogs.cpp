// The corrections of SPEC 2.2 from the family's page, through the window's
// bus to the tables: Void Payment… on a payment of its list, Cancel
// Charge… on a charge, Correct Enrollment… on its details. Each dialog
// names the family, picks what it corrects from the family's live
// payments or charges, asks for the reason, says what will change (the
// amount, the balance before and after) before it is saved, asks before
// Escape drops what was typed, and shows the store's errors inline. The
// payment or charge then leaves the lists, the balance moves in the
// detail and the Families table, and the timeline shows both events.
// With COOPDESK_SCREENSHOT_DIR set, the page and the dialogs are saved
// there in English and Spanish.

#include "command_dialogs/command_dialog.h"
#include "command_dialogs/field_editor.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "families_test_coop.h"
#include "family_detail/family_charges_model.h"
#include "family_detail/family_detail_view.h"
#include "family_detail/family_payments_model.h"
#include "family_detail/family_timeline_model.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
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

// Saves a picture of the widget when COOPDESK_SCREENSHOT_DIR is set.
void snapshot(QWidget& widget, const QString& name)
{
    const QPixmap picture = widget.grab();
    QVERIFY(!picture.isNull());
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(picture.save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

FamiliesScreen* familiesOf(const MainWindow& window)
{
    return qobject_cast<FamiliesScreen*>(window.screen(s("families")));
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// The row of the Families table for a family (-1 when not held).
int rowOf(const FamiliesModel& model, const QString& familyId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.familyId(row) == familyId)
            return row;
    }
    return -1;
}

QString familiesCell(const FamiliesScreen& screen, const QString& familyId, int column)
{
    const FamiliesModel& model = *screen.model();
    const int row = rowOf(model, familyId);
    return row < 0 ? QString() : cell(model, row, column);
}

// The "what" of the newest timeline row of that event type.
QString newestOf(const FamilyTimelineModel& timeline, const char* eventType)
{
    for (int row = 0; row < timeline.rowCount(); ++row) {
        if (timeline.data(timeline.index(row, 0), FamilyTimelineModel::EventTypeRole).toString() ==
            QLatin1String(eventType))
            return cell(timeline, row, FamilyTimelineModel::WhatColumn);
    }
    return {};
}

// The dialog the window opened last (it is window-modal and deletes itself).
CommandDialog* openedDialog(const MainWindow& window, CommandType type)
{
    const auto dialogs = window.findChildren<CommandDialog*>();
    for (CommandDialog* dialog : dialogs) {
        if (dialog->commandType() == type && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void selectRow(QTableView* view, int row)
{
    view->setFocus();
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

QComboBox* choiceOf(const CommandDialog& dialog, const QString& field)
{
    return qobject_cast<QComboBox*>(dialog.fieldWidget(field));
}

// The Martinez family: tuition of 125.00 for March 2026 (due 3/5/2026),
// paid by check 1042 on 3/5/2026, and 50.00 in cash on 4/2/2026 ahead of
// the next month: 50.00 in credit. The Cruz family has paid nothing and
// owes nothing; the Baker family owes its 125.00 (charged, not paid).
void fill(FamiliesTestCoop& coop)
{
    // A desk whose today is after the spring payments.
    coop.clock().set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
    coop.enrollFamily(s("f-martinez"), s("Martinez Family"), s("2024-09-01"),
                      {{s("parent_name"), s("Ana Martinez")}});
    coop.charge(s("f-martinez"), s("TUI-2026-03"), s("2026-03"), 12500, s("2026-03-05"));
    coop.ok(s("ReceivePayment"), {{s("family_id"), s("f-martinez")},
                                  {s("payment_id"), s("p-check")},
                                  {s("amount_cents"), 12500},
                                  {s("date"), s("2026-03-05")},
                                  {s("payment_method"), s("check")},
                                  {s("transaction_id"), s("1042")}});
    coop.pay(s("f-martinez"), 5000, s("2026-04-02"), s("cash"));
    coop.enrollFamily(s("f-cruz"), s("Cruz Family"), s("2025-01-10"),
                      {{s("parent_name"), s("Luis Cruz")}});
    coop.enrollFamily(s("f-baker"), s("Baker Family"), s("2024-09-01"));
    coop.charge(s("f-baker"), s("TUI-2026-03"), s("2026-03"), 12500, s("2026-03-05"));
}

// A window on the co-op with the family's page open.
struct FamilyPage
{
    MainWindow window;
    FamiliesScreen* screen = nullptr;
    FamilyDetailView* detail = nullptr;

    bool open(const QString& path, const QString& familyId)
    {
        window.resize(1280, 800);
        window.show();
        if (!window.openFile(path))
            return false;
        screen = familiesOf(window);
        if (!screen || !QTest::qWaitFor([this] { return screen->model()->rowCount() == 3; }))
            return false;
        screen->openFamily(familyId);
        detail = screen->detail();
        return detail->isFound();
    }
};

} // namespace

class TestCorrectionDialogs : public QObject
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

    void voidsAPaymentFromThePaymentsList()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-martinez")));
        FamilyDetailView& detail = *page.detail;
        QAbstractItemModelTester tester(detail.paymentsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The live payments, oldest first: date, amount, method, check number.
        const FamilyPaymentsModel& payments = *detail.paymentsModel();
        QCOMPARE(payments.rowCount(), 2);
        QCOMPARE(cell(payments, 0, FamilyPaymentsModel::DateColumn), s("3/5/26"));
        QCOMPARE(cell(payments, 0, FamilyPaymentsModel::AmountColumn), s("125.00"));
        QCOMPARE(cell(payments, 0, FamilyPaymentsModel::MethodColumn), s("Check"));
        QCOMPARE(cell(payments, 0, FamilyPaymentsModel::TransactionColumn), s("1042"));
        QCOMPARE(cell(payments, 1, FamilyPaymentsModel::MethodColumn), s("Cash"));
        QCOMPARE(cell(payments, 1, FamilyPaymentsModel::TransactionColumn), s("—"));
        QCOMPARE(payments.headerData(FamilyPaymentsModel::AmountColumn, Qt::Horizontal).toString(),
                 s("Amount (USD)"));
        QCOMPARE(detail.fieldText(s("balance_cents")), usd("50.00") + s(" in credit"));
        QCOMPARE(familiesCell(*page.screen, s("f-martinez"), FamiliesModel::BalanceColumn),
                 s("-50.00"));
        // The payment's correction is in its context menu too.
        QCOMPARE(detail.paymentsView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(detail.paymentsView()->actions().contains(
            page.window.familyActions()->action(CommandType::VoidPayment)));

        // The check, selected, then Void Payment… under the list.
        selectRow(detail.paymentsView(), 0);
        QVERIFY(detail.voidPaymentButton()->isEnabled());
        QTest::mouseClick(detail.voidPaymentButton(), Qt::LeftButton);
        QPointer<CommandDialog> dialog = openedDialog(page.window, CommandType::VoidPayment);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->familyHeading(), s("Martinez Family"));
        QCOMPARE(dialog->familyDetails(), s("Parent: Ana Martinez · ID f-martinez"));
        QComboBox* choice = choiceOf(*dialog, s("payment_id"));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 2);
        QCOMPARE(choice->currentText(),
                 s("3/5/2026 · ") + usd("125.00") + s(" · Check · transaction 1042"));
        QCOMPARE(dialog->commandJson().value(s("payment_id")).toString(), s("p-check"));
        QCOMPARE(dialog->previewText(),
                 s("Voids ") + usd("125.00") +
                     s(" received on 3/5/2026 by Check; the family's balance goes from ") +
                     usd("50.00") + s(" in credit to ") + usd("75.00") + s(" owed."));
        // Chosen already: the cursor waits in the reason, which is required.
        QTRY_COMPARE(QApplication::focusWidget(), dialog->fieldWidget(s("reason")));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->messageBarText(), s("To save: Reason is required"));

        // A reason typed: Escape asks before dropping it.
        QTest::keyClicks(QApplication::focusWidget(), s("Check bounced"));
        QVERIFY(dialog->saveButton()->isEnabled());
        {
            MessageBoxRecorder boxes;
            boxes.answer = QMessageBox::Cancel;
            QTest::keyClick(dialog, Qt::Key_Escape);
            QCOMPARE(boxes.requests().size(), 1);
            QCOMPARE(boxes.last().text, s("Discard what you typed?"));
            QVERIFY(dialog->isVisible());
        }
        snapshot(*dialog, s("void_payment"));

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());

        // Gone from the list; the balance moves in the detail and the table.
        QTRY_COMPARE(payments.rowCount(), 1);
        QCOMPARE(cell(payments, 0, FamilyPaymentsModel::MethodColumn), s("Cash"));
        QTRY_COMPARE(detail.fieldText(s("balance_cents")), usd("75.00") + s(" owed"));
        QTRY_COMPARE(familiesCell(*page.screen, s("f-martinez"), FamiliesModel::BalanceColumn),
                     s("75.00"));
        QCOMPARE(familiesCell(*page.screen, s("f-martinez"), FamiliesModel::TotalPaidColumn),
                 s("50.00"));
        // The charge the check had settled is open again.
        QCOMPARE(cell(*detail.chargesModel(), 0, FamilyChargesModel::SettledOnColumn),
                 s("Not settled"));
        // The timeline: the payment as received, and its void naming it.
        const FamilyTimelineModel& timeline = *detail.timelineModel();
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::EventColumn), s("Payment voided"));
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::WhatColumn),
                 s("Voided: ") + usd("125.00") +
                     s(" by Check on 3/5/26; transaction 1042; reason: Check bounced"));
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::WhoColumn),
                 page.window.session()->userId());
        QCOMPARE(newestOf(timeline, "PaymentReceived"), usd("50.00") + s(" by Cash on 4/2/26"));
        QCOMPARE(cell(timeline, 2, FamilyTimelineModel::WhatColumn),
                 usd("125.00") + s(" by Check on 3/5/26; transaction 1042"));
        snapshot(page.window, s("family_after_void"));
    }

    void cancelsAChargeFromTheChargesList()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-baker")));
        FamilyDetailView& detail = *page.detail;
        QCOMPARE(detail.fieldText(s("balance_cents")), usd("125.00") + s(" owed"));
        QCOMPARE(detail.paymentsModel()->rowCount(), 0);
        QCOMPARE(detail.chargesView()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(detail.chargesView()->actions().contains(
            page.window.familyActions()->action(CommandType::CancelCharge)));

        // From the context menu's action, with the charge selected.
        selectRow(detail.chargesView(), 0);
        page.window.familyActions()->action(CommandType::CancelCharge)->trigger();
        QPointer<CommandDialog> dialog = openedDialog(page.window, CommandType::CancelCharge);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QCOMPARE(dialog->familyHeading(), s("Baker Family"));
        QComboBox* choice = choiceOf(*dialog, s("charge_id"));
        QVERIFY(choice);
        QCOMPARE(choice->currentText(), s("March 2026 · ") + usd("125.00") + s(" · due 3/5/2026"));
        QCOMPARE(dialog->previewText(),
                 s("Cancels the charge of ") + usd("125.00") +
                     s(" for March 2026, due 3/5/2026; the family's balance goes from ") +
                     usd("125.00") + s(" owed to ") + usd("0.00") + s("."));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // Spaces alone are no reason.
        QTest::keyClicks(dialog->fieldWidget(s("reason")), s("   "));
        QVERIFY(!dialog->saveButton()->isEnabled());
        QVERIFY(!dialog->fieldMessage(s("reason")).isEmpty());
        auto* reason = qobject_cast<QPlainTextEdit*>(dialog->fieldWidget(s("reason")));
        QVERIFY(reason);
        reason->clear();
        QTest::keyClicks(reason, s("Scholarship"));
        QVERIFY(dialog->saveButton()->isEnabled());
        snapshot(*dialog, s("cancel_charge"));
        dialog->accept();
        QVERIFY2(dialog->lastResult().ok, dialog->lastResult().toJsonLine().constData());

        QTRY_COMPARE(detail.chargesModel()->rowCount(), 0);
        QTRY_COMPARE(detail.fieldText(s("balance_cents")), usd("0.00"));
        QTRY_COMPARE(familiesCell(*page.screen, s("f-baker"), FamiliesModel::BalanceColumn),
                     s("0.00"));
        const FamilyTimelineModel& timeline = *detail.timelineModel();
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::EventColumn), s("Charge cancelled"));
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::WhatColumn),
                 s("Cancelled: ") + usd("125.00") +
                     s(" for March 2026, due 3/5/26; reason: Scholarship"));
        QCOMPARE(newestOf(timeline, "TuitionCharged"),
                 usd("125.00") + s(" for March 2026, due 3/5/26"));
        // Nothing left to cancel: the button says so.
        QVERIFY(!detail.cancelChargeButton()->isEnabled());
        QVERIFY(detail.cancelChargeButton()->toolTip().startsWith(s("No charge to cancel")));
    }

    void correctsTheEnrollment()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-martinez")));
        FamilyDetailView& detail = *page.detail;
        QAction* correct = page.window.familyActions()->action(CommandType::CorrectEnrollment);
        QVERIFY(detail.actionBar()->actions().contains(correct));
        correct->trigger();
        QPointer<CommandDialog> dialog = openedDialog(page.window, CommandType::CorrectEnrollment);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // The name and date as they are; nothing changed, nothing to save.
        auto* name = qobject_cast<QLineEdit*>(dialog->fieldWidget(s("family_name")));
        QVERIFY(name);
        QCOMPARE(name->text(), s("Martinez Family"));
        QVERIFY(!dialog->commandJson().contains(s("enrollment_date")));
        QCOMPARE(dialog->editor(s("enrollment_date"))->value().toString(), s("2024-09-01"));
        QTRY_COMPARE(QApplication::focusWidget(), name);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->messageBarText(),
                 s("Nothing to save yet: change the family's name or its enrollment date."));
        QVERIFY(dialog->previewText().isEmpty());
        QVERIFY(!dialog->hasUserInput());

        name->selectAll();
        QTest::keyClicks(name, s("Martinez-Bello Family"));
        QVERIFY(dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->previewText(),
                 s("Corrects the name from “Martinez Family” to “Martinez-Bello Family”; the "
                   "family's history keeps both."));
        // Only what changed is sent.
        QJsonObject sent = dialog->commandJson();
        QCOMPARE(sent.value(s("family_name")).toString(), s("Martinez-Bello Family"));
        QVERIFY(!sent.contains(s("enrollment_date")));
        // Emptied, the name would mean "unchanged": said, not saved.
        name->clear();
        QTest::keyClick(name, Qt::Key_Space);
        QVERIFY(!dialog->saveButton()->isEnabled());
        QCOMPARE(dialog->messageBarText(), s("The family's name cannot be left empty."));
        name->selectAll();
        QTest::keyClicks(name, s("Martinez-Bello Family"));
        snapshot(*dialog, s("correct_enrollment"));
        dialog->accept();
        QVERIFY2(dialog->lastResult().ok, dialog->lastResult().toJsonLine().constData());

        QTRY_COMPARE(detail.titleText(), s("Martinez-Bello Family"));
        QTRY_COMPARE(familiesCell(*page.screen, s("f-martinez"), FamiliesModel::NameColumn),
                     s("Martinez-Bello Family"));
        QCOMPARE(detail.fieldText(s("enrollment_date")), s("9/1/24"));
        const FamilyTimelineModel& timeline = *detail.timelineModel();
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::EventColumn), s("Enrollment corrected"));
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::WhatColumn),
                 s("Family name: Martinez Family → Martinez-Bello Family"));
        QVERIFY(newestOf(timeline, "FamilyEnrolled").startsWith(s("“Martinez Family”")));

        // Then the date alone, from the window's menu.
        CommandDialog* again =
            page.window.openCommandDialog(CommandType::CorrectEnrollment, s("f-martinez"));
        QVERIFY(again);
        QCOMPARE(qobject_cast<QLineEdit*>(again->fieldWidget(s("family_name")))->text(),
                 s("Martinez-Bello Family"));
        again->setFieldValue(s("enrollment_date"), s("2024-08-26"));
        QCOMPARE(again->previewText(), s("Corrects the enrollment date from 9/1/2024 to "
                                         "8/26/2024; the family's history keeps both."));
        sent = again->commandJson();
        QVERIFY(!sent.contains(s("family_name")));
        QCOMPARE(sent.value(s("enrollment_date")).toString(), s("2024-08-26"));
        again->accept();
        QTRY_COMPARE(detail.fieldText(s("enrollment_date")), s("8/26/24"));
        QCOMPARE(cell(timeline, 0, FamilyTimelineModel::WhatColumn),
                 s("Enrollment date: 9/1/24 → 8/26/24"));
    }

    // The example of the task: a family that owes nothing; its check voided.
    void previewSaysTheAmountAndTheNewBalance()
    {
        FamiliesTestCoop coop;
        fill(coop);
        coop.pay(s("f-baker"), 12500, s("2026-03-05"), s("check"));
        QVERIFY(coop.project());
        const QString paymentId =
            coop.queries().familyPayments(s("f-baker")).value(0).value(s("payment_id")).toString();
        QVERIFY(!paymentId.isEmpty());

        CommandDialog dialog(&coop.bus(), &coop.queries(), CommandType::VoidPayment, s("f-baker"),
                             s("USD"));
        dialog.show();
        // Nothing chosen yet (from the menu): the cursor on the choice, no preview.
        QCOMPARE(dialog.focusWidget(), dialog.fieldWidget(s("payment_id")));
        QVERIFY(dialog.previewText().isEmpty());
        QCOMPARE(choiceOf(dialog, s("payment_id"))->placeholderText(),
                 s("Choose the payment to void…"));
        QVERIFY(dialog.messageBarText().startsWith(s("To save: Payment is required")));
        dialog.setFieldValue(s("payment_id"), paymentId);
        QCOMPARE(dialog.previewText(),
                 s("Voids ") + usd("125.00") +
                     s(" received on 3/5/2026 by Check; the family's balance goes from ") +
                     usd("0.00") + s(" to ") + usd("125.00") + s(" owed."));

        // Cancelling that charge instead would leave the payment as credit.
        CommandDialog cancel(&coop.bus(), &coop.queries(), CommandType::CancelCharge, s("f-baker"),
                             s("USD"));
        cancel.setFieldValue(s("charge_id"), s("TUI-2026-03"));
        QVERIFY(cancel.previewText().endsWith(s("goes from ") + usd("0.00") + s(" to ") +
                                              usd("125.00") + s(" in credit.")));
    }

    void aFamilyWithNothingToVoidIsToldSo()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-cruz")));
        FamilyDetailView& detail = *page.detail;
        QCOMPARE(detail.paymentsModel()->rowCount(), 0);
        QVERIFY(!detail.voidPaymentButton()->isEnabled());
        QVERIFY(detail.voidPaymentButton()->toolTip().startsWith(s("No payment to void")));

        // From the Family menu all the same: the dialog explains.
        page.window.familyActions()->action(CommandType::VoidPayment)->trigger();
        CommandDialog* dialog = openedDialog(page.window, CommandType::VoidPayment);
        QVERIFY(dialog);
        QCOMPARE(dialog->familyHeading(), s("Cruz Family"));
        QVERIFY(!dialog->fieldWidget(s("payment_id"))->isEnabled());
        QCOMPARE(choiceOf(*dialog, s("payment_id"))->placeholderText(), s("No payments"));
        QCOMPARE(dialog->messageBarText(), s("Cruz Family has no payment to void: none is "
                                             "recorded, or every one is voided already."));
        QVERIFY(!dialog->saveButton()->isEnabled());
        // Untouched: Escape closes it at once.
        MessageBoxRecorder boxes;
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(boxes.requests().isEmpty());
        QTRY_VERIFY(!openedDialog(page.window, CommandType::VoidPayment));
    }

    // With no family selected, the dialog asks which; then it lists that
    // family's payments.
    void asksForTheFamilyThenListsItsPayments()
    {
        FamiliesTestCoop coop;
        fill(coop);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QTRY_COMPARE(familiesOf(window)->model()->rowCount(), 3);
        QVERIFY(window.selectedFamily().isEmpty());
        CommandDialog* dialog = window.openCommandDialog(CommandType::VoidPayment);
        QVERIFY(dialog);
        QVERIFY(dialog->asksForFamily());
        QComboBox* choice = choiceOf(*dialog, s("payment_id"));
        QCOMPARE(choice->count(), 0);
        QCOMPARE(choice->placeholderText(), s("Choose the family first"));
        QVERIFY(dialog->familySearch());
        QTest::keyClicks(dialog->familySearch(), s("Martinez"));
        QTRY_VERIFY(dialog->familyMatches()->count() > 0);
        QTest::keyClick(dialog->familySearch(), Qt::Key_Return);
        QCOMPARE(dialog->familyId(), s("f-martinez"));
        QCOMPARE(choice->count(), 2);
        QVERIFY(choice->isEnabled());
        QCOMPARE(choice->currentIndex(), -1);
        QCOMPARE(dialog->focusWidget(), choice);
        choice->setCurrentIndex(1);
        QCOMPARE(dialog->commandJson().value(s("payment_id")).toString().isEmpty(), false);
        QVERIFY(dialog->previewText().startsWith(s("Voids ") + usd("50.00") +
                                                 s(" received on 4/2/2026 by Cash")));
        dialog->discard();
    }

    // The payment voided elsewhere while the dialog is open: the store's
    // answer shows on the choice, and the reason stays.
    void aStoreErrorShowsInlineAndTheDialogStaysFilled()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-martinez")));
        selectRow(page.detail->paymentsView(), 0);
        QTest::mouseClick(page.detail->voidPaymentButton(), Qt::LeftButton);
        CommandDialog* dialog = openedDialog(page.window, CommandType::VoidPayment);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->fieldWidget(s("reason")), s("Entered twice"));
        const CommandResult first = page.window.session()->bus().dispatch(
            cmd(s("VoidPayment"), {{s("family_id"), s("f-martinez")},
                                   {s("payment_id"), s("p-check")},
                                   {s("reason"), s("Bounced")}}));
        QVERIFY(first.ok);
        const qint64 head = page.window.session()->store().headPosition();
        dialog->accept();
        QVERIFY(!dialog->lastResult().ok);
        QCOMPARE(dialog->lastResult().error->code, s("not_found"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->fieldMessage(s("payment_id")).isEmpty());
        QVERIFY(dialog->isFieldHighlighted(s("payment_id")));
        QVERIFY(!dialog->messageBarText().isEmpty());
        QCOMPARE(qobject_cast<QPlainTextEdit*>(dialog->fieldWidget(s("reason")))->toPlainText(),
                 s("Entered twice"));
        QCOMPARE(page.window.session()->store().headPosition(), head);
        snapshot(*dialog, s("void_payment_error"));
        dialog->discard();
    }

    // Leaving the family's page: its selection no longer chooses anything.
    void theSelectionChoosesOnlyOnItsPage()
    {
        FamiliesTestCoop coop;
        fill(coop);
        FamilyPage page;
        QVERIFY(page.open(coop.path(), s("f-martinez")));
        FamilyActions& actions = *page.window.familyActions();
        selectRow(page.detail->paymentsView(), 1);
        const QString cash = page.detail->paymentsModel()->keyAt(1);
        QCOMPARE(actions.preset(CommandType::VoidPayment, s("f-martinez")).value(s("payment_id")),
                 QJsonValue(cash));
        QVERIFY(actions.preset(CommandType::VoidPayment, s("f-cruz")).isEmpty());
        QTest::mouseClick(page.detail->backButton(), Qt::LeftButton);
        QVERIFY(actions.preset(CommandType::VoidPayment, s("f-martinez")).isEmpty());
        CommandDialog* dialog = page.window.openCommandDialog(CommandType::VoidPayment);
        QVERIFY(dialog);
        QCOMPARE(dialog->familyId(), s("f-martinez"));
        QCOMPARE(choiceOf(*dialog, s("payment_id"))->currentIndex(), -1);
        dialog->discard();
    }

    // The page and the dialogs in Spanish, for the eye (and the words).
    void speaksSpanish()
    {
        FamiliesTestCoop coop;
        fill(coop);
        AppTranslations translations;
        QVERIFY(translations.install(s("es")));
        {
            FamilyPage page;
            QVERIFY(page.open(coop.path(), s("f-martinez")));
            FamilyDetailView& detail = *page.detail;
            QCOMPARE(detail.voidPaymentButton()->text(), s("Anular pago…"));
            QCOMPARE(detail.cancelChargeButton()->text(), s("Cancelar cargo…"));
            QCOMPARE(page.window.familyActions()->action(CommandType::CorrectEnrollment)->text(),
                     s("Co&rregir inscripción…"));
            selectRow(detail.paymentsView(), 0);
            snapshot(page.window, s("family_es"));
            QTest::mouseClick(detail.voidPaymentButton(), Qt::LeftButton);
            CommandDialog* dialog = openedDialog(page.window, CommandType::VoidPayment);
            QVERIFY(dialog);
            QVERIFY(dialog->previewText().startsWith(s("Anula ")));
            QVERIFY(dialog->messageBarText().contains(s("Motivo")));
            QTest::keyClicks(dialog->fieldWidget(s("reason")), s("Cheque devuelto"));
            snapshot(*dialog, s("void_payment_es"));
            dialog->discard();

            selectRow(detail.chargesView(), 0);
            QTest::mouseClick(detail.cancelChargeButton(), Qt::LeftButton);
            dialog = openedDialog(page.window, CommandType::CancelCharge);
            QVERIFY(dialog);
            QVERIFY(dialog->previewText().startsWith(s("Cancela ")));
            snapshot(*dialog, s("cancel_charge_es"));
            dialog->discard();

            dialog = page.window.openCommandDialog(CommandType::CorrectEnrollment, s("f-martinez"));
            QVERIFY(dialog);
            QVERIFY(dialog->messageBarText().startsWith(s("Nada que guardar")));
            dialog->setFieldValue(s("family_name"), s("Familia Martínez"));
            QVERIFY(dialog->previewText().startsWith(s("Corrige ")));
            snapshot(*dialog, s("correct_enrollment_es"));
            dialog->discard();
        }
        useEnglishLocale();
    }
};

QTEST_MAIN(TestCorrectionDialogs)
#include "tst_correction_dialogs.moc"
