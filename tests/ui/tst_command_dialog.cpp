// A command dialog validates as the user types with core's rules, saves
// through the command bus, shows the store's errors inline, keeps what was
// typed on error, appends nothing on error and closes on success.

#include "command_dialogs/command_dialog.h"
#include "command_dialogs/field_editor.h"
#include "families_test_coop.h"
#include "gui_test_fixtures.h"
#include "temp_coop.h"
#include "widgets/date_line_edit.h"
#include "widgets/key_value_editor.h"
#include "widgets/money_edit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

const QString usd = QStringLiteral("USD");

QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}

template <typename T> T* fieldAs(const CommandDialog& dialog, const char* field)
{
    return qobject_cast<T*>(dialog.fieldWidget(s(field)));
}

void type(const CommandDialog& dialog, const char* field, const QString& text)
{
    QWidget* widget = dialog.fieldWidget(s(field));
    QVERIFY2(widget, field);
    QTest::keyClicks(widget, text);
}

void choose(const CommandDialog& dialog, const char* field, const char* code)
{
    auto* combo = fieldAs<QComboBox>(dialog, field);
    QVERIFY2(combo, field);
    combo->setCurrentIndex(combo->findData(s(code)));
}

QJsonObject eventData(EventStore& store, qint64 position)
{
    const QList<RecordedEvent> events = store.readAfter(position - 1, 1);
    return events.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(events.first().data).object();
}

} // namespace

class TestCommandDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void invalidEmailDisablesSaveAndShowsOnItsField()
    {
        TempCoop coop;
        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, {}, usd);
        dialog.show();
        type(dialog, "family_name", s("Martinez Family"));
        QVERIFY(dialog.saveButton()->isEnabled());

        type(dialog, "email", s("ana@"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.isFieldHighlighted(s("email")));
        QCOMPARE(dialog.fieldMessage(s("email")), s("E-mail is not a valid e-mail address"));
        QVERIFY(dialog.fieldMessage(s("family_name")).isEmpty());

        type(dialog, "email", s("example.org"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.isFieldHighlighted(s("email")));
        QVERIFY(dialog.fieldMessage(s("email")).isEmpty());
    }

    void everyTouchedFieldShowsItsOwnProblem()
    {
        TempCoop coop;
        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, {}, usd);
        dialog.show();
        // family_name is required and untouched: a hint, not a red field.
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.fieldMessage(s("family_name")).isEmpty());
        QVERIFY(dialog.messageBarText().contains(s("Family name is required")));

        // A bad id and a bad e-mail at once: both shown, on their fields.
        type(dialog, "family_id", s("bad id!"));
        type(dialog, "email", s("no-at-sign"));
        QVERIFY(dialog.isFieldHighlighted(s("family_id")));
        QVERIFY(dialog.isFieldHighlighted(s("email")));
        QVERIFY(dialog.fieldMessage(s("family_id")).startsWith(s("Family ID must be")));
        QVERIFY(!dialog.fieldMessage(s("email")).isEmpty());
    }

    void storeErrorIsShownOnItsFieldAndTheDialogStaysFilled()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        const qint64 head = coop.store().headPosition();

        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, {}, usd);
        QSignalSpy accepted(&dialog, &CommandDialog::commandAccepted);
        dialog.show();
        type(dialog, "family_id", s("f1"));
        type(dialog, "family_name", s("Second Family"));
        type(dialog, "phone", s("555-0100"));
        QVERIFY(dialog.saveButton()->isEnabled());

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.lastResult().error->code, s("already_exists"));
        QVERIFY(dialog.messageBarText().startsWith(s("Already exists: ")));
        QVERIFY(dialog.isFieldHighlighted(s("family_id")));
        QVERIFY(dialog.fieldMessage(s("family_id")).contains(s("f1")));
        QCOMPARE(fieldAs<QLineEdit>(dialog, "family_id")->text(), s("f1"));
        QCOMPARE(fieldAs<QLineEdit>(dialog, "family_name")->text(), s("Second Family"));
        QCOMPARE(fieldAs<QLineEdit>(dialog, "phone")->text(), s("555-0100"));
        QCOMPARE(coop.store().headPosition(), head);

        // Editing the field clears its error; a free id saves.
        type(dialog, "family_id", s("-2"));
        QVERIFY(!dialog.isFieldHighlighted(s("family_id")));
        QVERIFY(dialog.messageBarText().isEmpty());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(coop.store().headPosition(), head + 1);
        QCOMPARE(coop.store().readStream(s("f1-2")).size(), 1);
    }

    // A store error whose message wraps (a long id, in the message bar and
    // under its field) pushes the form down: the dialog grows, the field
    // keeps its height and every message its last line.
    void aStoreErrorThatWrapsKeepsTheFieldsHeight()
    {
        TempCoop coop;
        const QString id = s("whitfield-montgomery-family-autumn-open-day-2024");
        coop.enroll(id);
        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, {}, usd);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "family_id", id);
        type(dialog, "family_name", s("Second Family"));
        const int heightBefore = dialog.height();

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.lastResult().error->code, s("already_exists"));
        QTRY_VERIFY(dialog.height() > heightBefore);
        QWidget* field = dialog.fieldWidget(s("family_id"));
        QTRY_VERIFY2(field->height() >= field->sizeHint().height(),
                     qPrintable(QString::number(field->height())));
        const auto labels = dialog.findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->text()));
        }
    }

    // Hostile text typed into a dialog (through the input method, as emoji
    // and other scripts arrive): what the field shows is stored exactly, or
    // Save is refused with the field's message and nothing is appended.
    void hostileTextIsStoredExactlyOrRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("storable");
        QTest::newRow("sql") << s("Robert'); DROP TABLE events; --") << true;
        QTest::newRow("emoji") << QString::fromUtf8("Familia \U0001F468\u200D\U0001F469\u200D"
                                                    "\U0001F467 N\u00FA\u00F1ez")
                               << true;
        QTest::newRow("right-to-left")
            << QString::fromUtf8(
                   "\u0639\u0627\u0626\u0644\u0629 \u0627\u0644\u0623\u062D\u0645\u062F")
            << true;
        QTest::newRow("combining marks") << QString::fromUtf8("Zoe\u0308 Rene\u0301") << true;
        QTest::newRow("NUL") << s("Bad") + QChar(u'\0') + s("Name") << false;
        QTest::newRow("bell") << s("Ring") + QChar(u'\a') << false;
        QTest::newRow("201 code points") << QString(201, u'x') << false;
    }

    void hostileTextIsStoredExactlyOrRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, storable);
        TempCoop coop;
        const qint64 head = coop.store().headPosition();
        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, {}, usd);
        dialog.show();
        type(dialog, "family_id", s("f1"));
        auto* field = fieldAs<QLineEdit>(dialog, "family_name");
        QInputMethodEvent typing;
        typing.setCommitString(name);
        QApplication::sendEvent(field, &typing);
        const QString shown = field->text();
        if (storable)
            QCOMPARE(shown, name);

        if (dialog.saveButton()->isEnabled()) {
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QCOMPARE(coop.store().headPosition(), head + 1);
            QCOMPARE(eventData(coop.store(), head + 1).value(s("family_name")).toString(), shown);
            qInfo("stored as shown (%lld UTF-16 units)", static_cast<long long>(shown.size()));
        } else {
            qInfo("refused: %s", qPrintable(dialog.fieldMessage(s("family_name"))));
            QVERIFY2(!storable, qPrintable(dialog.fieldMessage(s("family_name"))));
            QVERIFY(!dialog.fieldMessage(s("family_name")).isEmpty());
            QCOMPARE(coop.store().headPosition(), head);
        }
    }

    void successAppendsOneEventAndCloses()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        const qint64 head = coop.store().headPosition();

        CommandDialog dialog(&coop.bus(), CommandType::ReceivePayment, s("f1"), usd);
        QSignalSpy accepted(&dialog, &CommandDialog::commandAccepted);
        dialog.show();
        QVERIFY(fieldAs<QLineEdit>(dialog, "family_id")->isReadOnly());
        QCOMPARE(fieldAs<QLineEdit>(dialog, "family_id")->text(), s("f1"));
        type(dialog, "amount_cents", s("1,234.5"));
        fieldAs<DateLineEdit>(dialog, "date")->lineEdit()->clear();
        QTest::keyClicks(fieldAs<DateLineEdit>(dialog, "date")->lineEdit(), s("9/5/2024"));
        QVERIFY(!dialog.saveButton()->isEnabled()); // no payment method yet
        choose(dialog, "payment_method", "check");
        QVERIFY(dialog.saveButton()->isEnabled());

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(coop.store().headPosition(), head + 1);
        const QJsonObject data = eventData(coop.store(), head + 1);
        QCOMPARE(data.value(s("amount_cents")).toInteger(), 123450);
        QCOMPARE(data.value(s("date")).toString(), s("2024-09-05"));
        QCOMPARE(data.value(s("payment_method")).toString(), s("check"));
    }

    void anAmountThatDoesNotParseBlocksSaving()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        CommandDialog dialog(&coop.bus(), CommandType::ChargeTuition, s("f1"), usd);
        dialog.show();
        type(dialog, "amount_cents", s("12.345"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.isFieldHighlighted(s("amount_cents")));
        QVERIFY(dialog.fieldMessage(s("amount_cents")).contains(s("at most two decimals")));

        fieldAs<QLineEdit>(dialog, "amount_cents")->clear();
        type(dialog, "amount_cents", s("2000000"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.fieldMessage(s("amount_cents")),
                 QStringLiteral("Amount must be from 0.01\u00A0USD to 1,000,000.00\u00A0USD"));
    }

    void withdrawnFamilyErrorNamesTheFamily()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        coop.run(
            cmd(s("WithdrawFamily"), {{s("family_id"), s("f1")}, {s("date"), s("2025-01-10")}}));
        const qint64 head = coop.store().headPosition();

        CommandDialog dialog(&coop.bus(), CommandType::AddChild, s("f1"), usd);
        dialog.show();
        type(dialog, "child_name", s("Ana"));
        fieldAs<QSpinBox>(dialog, "child_age")->setValue(9);
        QVERIFY(dialog.saveButton()->isEnabled());
        dialog.accept();

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.lastResult().error->code, s("withdrawn"));
        QVERIFY(dialog.messageBarText().startsWith(s("Family withdrawn: ")));
        QVERIFY(dialog.isFieldHighlighted(s("family_id")));
        QCOMPARE(fieldAs<QLineEdit>(dialog, "child_name")->text(), s("Ana"));
        QCOMPARE(coop.store().headPosition(), head);
    }

    // Issue 16: the dialogs showed a read-only "Family ID" (a UUID in a
    // real co-op), never whom the command was for.
    void namesTheFamilyItActsOn()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("9b2c4e7a-0c1d-4f7e-9a55-3d2f8e1b6c01"), s("Martinez Family"),
                          s("2024-09-01"), {{s("parent_name"), s("Ana Martinez")}});
        QVERIFY(coop.project());
        const QString id = s("9b2c4e7a-0c1d-4f7e-9a55-3d2f8e1b6c01");

        CommandDialog dialog(&coop.bus(), &coop.queries(), CommandType::ReceivePayment, id, usd);
        dialog.show();
        QVERIFY(!dialog.asksForFamily());
        QCOMPARE(dialog.familyId(), id);
        auto* name = dialog.findChild<QLabel*>(s("familyName"));
        QVERIFY(name && name->isVisible());
        QCOMPARE(name->text(), s("Martinez Family"));
        QCOMPARE(dialog.familyHeading(), s("Martinez Family"));
        // The parent, and the id second.
        QCOMPARE(dialog.familyDetails(), QStringLiteral(u"Parent: Ana Martinez · ID ") + id);
        QVERIFY(dialog.windowTitle().contains(s("Martinez Family")));
        QVERIFY(dialog.familyNotice().isEmpty());
        // The id is no longer a field of its own, but still what is saved.
        QVERIFY(!dialog.fieldWidget(s("family_id"))->isVisible());
        QCOMPARE(dialog.commandJson().value(s("family_id")).toString(), id);
        // Typing goes to the first field the user fills.
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(QApplication::focusWidget()->objectName().startsWith(s("field_")));
    }

    void saysWhenTheFamilyIsWithdrawn()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("f1"), s("Diaz Family"));
        coop.withdraw(s("f1"), s("2025-01-10"));
        coop.enrollFamily(s("f2"), s("Evans Family"));
        QVERIFY(coop.project());
        const qint64 head = coop.store().headPosition();

        // The domain refuses it: said before anything is typed, and the
        // store's refusal names the family where its name is shown.
        CommandDialog child(&coop.bus(), &coop.queries(), CommandType::AddChild, s("f1"), usd);
        child.show();
        QVERIFY2(child.familyNotice().contains(s("Diaz Family is withdrawn (since 1/10/25)")),
                 qPrintable(child.familyNotice()));
        QVERIFY(child.familyNotice().contains(s("re-enroll")));
        type(child, "child_name", s("Ana"));
        fieldAs<QSpinBox>(child, "child_age")->setValue(9);
        child.accept();
        QCOMPARE(child.lastResult().error->code, s("withdrawn"));
        auto* message = child.findChild<QLabel*>(s("familyMessage"));
        QVERIFY(message && message->isVisible());
        QVERIFY(message->text().contains(s("withdrawn")));
        QCOMPARE(child.fieldMessage(s("family_id")), message->text());
        QCOMPARE(coop.store().headPosition(), head);

        // A payment is recorded all the same: said, not refused.
        CommandDialog payment(&coop.bus(), &coop.queries(), CommandType::ReceivePayment, s("f1"),
                              usd);
        payment.show();
        QVERIFY(payment.familyNotice().contains(s("withdrawn")));
        QVERIFY(payment.familyNotice().contains(s("all the same")));

        CommandDialog enrolled(&coop.bus(), &coop.queries(), CommandType::ReceivePayment, s("f2"),
                               usd);
        enrolled.show();
        QVERIFY(enrolled.familyNotice().isEmpty());
    }

    // Opened with no family, the dialog asks for one: a search box, its
    // matches, and nothing saved before one is picked.
    void asksForTheFamilyAndSavesForTheOneChosen()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("f1"), s("Martinez Family"), s("2024-09-01"),
                          {{s("parent_name"), s("Ana Martinez")}});
        coop.enrollFamily(s("f2"), s("Okafor Family"), s("2024-09-01"),
                          {{s("parent_name"), s("Grace Okafor")}});
        coop.enrollFamily(s("f3"), s("Oakley Family"));
        QVERIFY(coop.project());
        const qint64 head = coop.store().headPosition();
        MessageBoxRecorder boxes;

        CommandDialog dialog(&coop.bus(), &coop.queries(), CommandType::ReceivePayment, QString(),
                             usd);
        QSignalSpy accepted(&dialog, &CommandDialog::commandAccepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.asksForFamily());
        QLineEdit* search = dialog.familySearch();
        QVERIFY(search);
        QCOMPARE(QApplication::focusWidget(), search);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.messageBarText().contains(s("choose the family")),
                 qPrintable(dialog.messageBarText()));

        // The other fields filled first: still nothing to save.
        type(dialog, "amount_cents", s("125"));
        choose(dialog, "payment_method", "cash");
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(coop.store().headPosition(), head);

        QTest::keyClicks(search, s("okafor"));
        QListWidget* matches = dialog.familyMatches();
        QVERIFY(matches->isVisible());
        QCOMPARE(matches->count(), 1);
        QVERIFY(matches->item(0)->text().contains(s("Okafor Family")));
        QVERIFY(matches->item(0)->text().contains(s("Grace Okafor")));
        QTest::keyClick(search, Qt::Key_Return); // picks, does not save
        QCOMPARE(coop.store().headPosition(), head);
        QCOMPARE(dialog.familyId(), s("f2"));
        QCOMPARE(dialog.familyHeading(), s("Okafor Family"));
        QVERIFY(!matches->isVisible());
        QVERIFY(QApplication::focusWidget() != search);
        QVERIFY(dialog.saveButton()->isEnabled());

        // Typing again drops the pick; Down picks the second match.
        search->selectAll();
        QTest::keyClicks(search, s("o"));
        QVERIFY(dialog.familyId().isEmpty());
        QVERIFY(!dialog.saveButton()->isEnabled());
        search->clear();
        QTest::keyClicks(search, s("family"));
        QCOMPARE(matches->count(), 3);
        QTest::keyClick(search, Qt::Key_Down);
        const QString second = matches->currentItem()->data(Qt::UserRole).toString();
        QTest::keyClick(search, Qt::Key_Enter);
        QCOMPARE(dialog.familyId(), second);
        search->clear();
        QTest::keyClicks(search, s("okaf"));
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {},
                          matches->visualItemRect(matches->item(0)).center());
        QCOMPARE(dialog.familyId(), s("f2"));

        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(coop.store().headPosition(), head + 1);
        const QList<RecordedEvent> stream = coop.store().readStream(s("f2"));
        QCOMPARE(stream.last().eventType, s("PaymentReceived"));
        QCOMPARE(eventData(coop.store(), head + 1).value(s("amount_cents")).toInteger(), 12500);
        QVERIFY(coop.store().readStream(s("f1")).size() == 1);
        QVERIFY(boxes.requests().isEmpty());
    }

    void aFamilySearchNoOneMatchesSaysSo()
    {
        FamiliesTestCoop coop;
        coop.enrollFamily(s("f1"), s("Martinez Family"));
        QVERIFY(coop.project());
        MessageBoxRecorder boxes;
        boxes.answer = QMessageBox::Discard;
        CommandDialog dialog(&coop.bus(), &coop.queries(), CommandType::RecordLogin, QString(),
                             usd);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.familySearch(), s("zzyzx"));
        QCOMPARE(dialog.familyMatches()->count(), 1);
        QVERIFY(dialog.familyMatches()->item(0)->text().contains(s("No family matches")));
        QTest::keyClick(dialog.familySearch(), Qt::Key_Return);
        QVERIFY(dialog.familyId().isEmpty());
        QVERIFY(dialog.isVisible());
        // What was typed in the search box counts as typed: Escape asks.
        QTest::keyClick(dialog.familySearch(), Qt::Key_Escape);
        QCOMPARE(boxes.requests().size(), 1);
        QVERIFY(!dialog.isVisible());
    }

    // Issue 16: a date took three Tabs (month, day, year) in a QDateEdit.
    void aDateIsOneFieldTypedInOneGo()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        // A desk whose today is after the spring dates typed below.
        coop.clock().set(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        CommandDialog dialog(&coop.bus(), CommandType::ReceivePayment, s("f1"), usd);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* date = fieldAs<DateLineEdit>(dialog, "date");
        QVERIFY(date);
        QCOMPARE(date->displayFormat(), s("M/d/yyyy"));
        // The desk's today to start with.
        QCOMPARE(dialog.commandJson().value(s("date")).toString(),
                 coop.clock().now().toLocalTime().date().toString(Qt::ISODate));

        // One Tab in (from the amount), one Tab out (to the method).
        dialog.fieldWidget(s("amount_cents"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), date->lineEdit());
        QTest::keyClick(date->lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date->lineEdit(), s("3/5/2026"));
        QCOMPARE(dialog.commandJson().value(s("date")).toString(), s("2026-03-05"));
        QTest::keyClick(date->lineEdit(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.fieldWidget(s("payment_method")));

        // What is not a date stays as typed, with a message, and blocks Save.
        type(dialog, "amount_cents", s("10"));
        choose(dialog, "payment_method", "cash");
        QVERIFY(dialog.saveButton()->isEnabled());
        date->lineEdit()->selectAll();
        QTest::keyClicks(date->lineEdit(), s("13/45/2026"));
        QCOMPARE(date->text(), s("13/45/2026"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.isFieldHighlighted(s("date")));
        QCOMPARE(dialog.fieldMessage(s("date")), s("Enter a date such as 3/20/2026"));
        date->lineEdit()->selectAll();
        QTest::keyClicks(date->lineEdit(), s("12/1/1850"));
        QVERIFY(dialog.fieldMessage(s("date")).startsWith(s("Enter a date from 1/1/1900")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        // Two-digit years are this century's.
        date->lineEdit()->selectAll();
        QTest::keyClicks(date->lineEdit(), s("3/5/26"));
        QCOMPARE(dialog.commandJson().value(s("date")).toString(), s("2026-03-05"));
        QVERIFY(dialog.fieldMessage(s("date")).isEmpty());
        QVERIFY(dialog.saveButton()->isEnabled());

        // The calendar, on demand: the button, or Alt+Down from the text.
        QVERIFY(!date->calendar());
        QCOMPARE(date->calendarButton()->focusPolicy(), Qt::NoFocus);
        QTest::mouseClick(date->calendarButton(), Qt::LeftButton);
        QCalendarWidget* calendar = date->calendar();
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 5));
        calendar->setSelectedDate(QDate(2026, 4, 1));
        QTest::keyClick(calendar->findChild<QAbstractItemView*>(), Qt::Key_Return);
        QVERIFY(!date->calendar());
        QCOMPARE(date->text(), s("4/1/2026"));
        QCOMPARE(dialog.commandJson().value(s("date")).toString(), s("2026-04-01"));
        QTest::keyClick(date->lineEdit(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(date->calendar());
        QTest::keyClick(date->calendar()->findChild<QAbstractItemView*>(), Qt::Key_Escape);
        QTRY_VERIFY(!date->calendar());
        QCOMPARE(dialog.commandJson().value(s("date")).toString(), s("2026-04-01"));
    }

    void datesFollowTheLocalesShortFormat()
    {
        const QLocale spain(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(DateLineEdit::parse(s("20/3/2026"), spain), QDate(2026, 3, 20));
        QCOMPARE(DateLineEdit::parse(s("20/03/26"), spain), QDate(2026, 3, 20));
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DateLineEdit::parse(s("3/20/2026"), us), QDate(2026, 3, 20));
        QCOMPARE(DateLineEdit::parse(s("2026-03-20"), us), QDate(2026, 3, 20));
        QVERIFY(!DateLineEdit::parse(s("20/3/2026"), us).isValid());
        QVERIFY(!DateLineEdit::parse(s("soon"), us).isValid());
    }

    void contactDetailsChangeOnlyTheTickedFields()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        const qint64 head = coop.store().headPosition();
        CommandDialog dialog(&coop.bus(), CommandType::ChangeContactDetails, s("f1"), usd);
        dialog.show();

        // Nothing ticked: nothing to save, and the bar says what to do.
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.messageBarText().contains(s("tick at least one detail")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(coop.store().headPosition(), head);

        // Phone ticked with a value; e-mail ticked and left empty: cleared.
        dialog.findChild<QCheckBox*>(s("include_phone"))->setChecked(true);
        type(dialog, "phone", s("555-0199"));
        dialog.findChild<QCheckBox*>(s("include_email"))->setChecked(true);
        const QJsonObject command = dialog.commandJson();
        QCOMPARE(command.value(s("phone")).toString(), s("555-0199"));
        QCOMPARE(command.value(s("email")).toString(), QString());
        QVERIFY(!command.contains(s("parent_name")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject data = eventData(coop.store(), head + 1);
        QCOMPARE(data.value(s("phone")).toString(), s("555-0199"));
        QVERIFY(data.value(s("email")).isNull());
    }

    void factorsAreAJsonObject()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        CommandDialog dialog(&coop.bus(), CommandType::UpdateRiskScore, s("f1"), usd);
        dialog.show();
        fieldAs<QSpinBox>(dialog, "new_score")->setValue(72);
        auto* factors = fieldAs<KeyValueEditor>(dialog, "risk_factors");
        QVERIFY(factors);
        factors->table()->item(0, 0)->setText(s("late_payments"));
        factors->table()->item(0, 1)->setText(s("3"));
        factors->addRow(s("note"), s("moved away"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.commandJson().value(s("risk_factors")).toObject(),
                 (QJsonObject{{s("late_payments"), 3}, {s("note"), s("moved away")}}));

        factors->addRow(s("note"), s("again"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.fieldMessage(s("risk_factors")).contains(s("twice")));
    }

    // A spin box used to drop the digit that left its range: 150 became 15
    // and nothing said why.
    void aNumberOutOfRangeSaysWhyAndBlocksSaving()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        CommandDialog dialog(&coop.bus(), CommandType::UpdateRiskScore, s("f1"), usd);
        dialog.show();
        auto* score = fieldAs<QSpinBox>(dialog, "new_score");
        QVERIFY(score);
        score->setFocus();
        score->selectAll();
        QTest::keyClicks(score, s("150"));
        QCOMPARE(dialog.commandJson().value(s("new_score")).toInteger(), 150);
        const QString message = dialog.fieldMessage(s("new_score"));
        QVERIFY2(message.contains(s("between 0 and 100")), qPrintable(message));
        QVERIFY(!message.startsWith(s("new_score")));
        QVERIFY(dialog.isFieldHighlighted(s("new_score")));
        QVERIFY(!dialog.saveButton()->isEnabled());

        // Back in range: the message goes and Save comes back.
        QTest::keyClick(score, Qt::Key_Backspace);
        QCOMPARE(dialog.commandJson().value(s("new_score")).toInteger(), 15);
        QCOMPARE(dialog.fieldMessage(s("new_score")), QString());
        QVERIFY(dialog.saveButton()->isEnabled());
        // The arrows stay in the range.
        score->setValue(100);
        QTest::keyClick(score, Qt::Key_Up);
        QCOMPARE(score->value(), 100);
        score->setValue(0);
        QTest::keyClick(score, Qt::Key_Down);
        QCOMPARE(score->value(), 0);
    }

    // Typing used to go to Cancel (the buttons came first in the focus
    // chain), and Space cancelled.
    void opensWithTheFocusOnTheFirstEditableField()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        {
            CommandDialog enroll(&coop.bus(), CommandType::EnrollFamily, QString(), usd);
            enroll.show();
            QVERIFY(QTest::qWaitForWindowActive(&enroll));
            QCOMPARE(QApplication::focusWidget(), enroll.fieldWidget(s("family_id")));
            QTest::keyClicks(QApplication::focusWidget(), s("f2"));
            QCOMPARE(enroll.commandJson().value(s("family_id")).toString(), s("f2"));
        }
        {
            // family_id is filled and read-only: the next field.
            CommandDialog payment(&coop.bus(), CommandType::ReceivePayment, s("f1"), usd);
            payment.show();
            QVERIFY(QTest::qWaitForWindowActive(&payment));
            QWidget* focused = QApplication::focusWidget();
            QVERIFY(focused);
            QVERIFY(focused != payment.fieldWidget(s("family_id")));
            QVERIFY(!qobject_cast<QPushButton*>(focused));
            QVERIFY(payment.isAncestorOf(focused));
            QVERIFY2(focused->objectName().startsWith(s("field_")),
                     qPrintable(focused->objectName()));
        }
    }

    void escapeOnAnUntouchedDialogClosesAtOnce()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MessageBoxRecorder boxes;
        CommandDialog dialog(&coop.bus(), CommandType::ReceivePayment, s("f1"), usd);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(boxes.requests().isEmpty());
    }

    void escapeOrCancelAfterTypingAsksFirst()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        const qint64 head = coop.store().headPosition();
        MessageBoxRecorder boxes;
        CommandDialog dialog(&coop.bus(), CommandType::EnrollFamily, QString(), usd);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.hasUserInput());
        type(dialog, "family_name", s("Okafor Family"));
        QVERIFY(dialog.hasUserInput());

        // "Keep editing": the dialog stays, with what was typed.
        boxes.answer = QMessageBox::Cancel;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Question);
        QCOMPARE(boxes.last().text, s("Discard what you typed?"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.commandJson().value(s("family_name")).toString(), s("Okafor Family"));

        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(boxes.requests().size(), 2);
        QVERIFY(dialog.isVisible());

        // Discard: it closes, and nothing was written.
        boxes.answer = QMessageBox::Discard;
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(boxes.requests().size(), 3);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(coop.store().headPosition(), head);
    }

    // What the app fills in before the dialog opens is not the user's.
    void aPrefilledDialogClosesWithoutAsking()
    {
        TempCoop coop;
        coop.enroll(s("f1"));
        MessageBoxRecorder boxes;
        CommandDialog dialog(&coop.bus(), CommandType::RecordContact, s("f1"), usd);
        dialog.setFieldValue(s("method"), s("email"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(!dialog.hasUserInput());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QVERIFY(boxes.requests().isEmpty());

        // Filled just after it opens, as the At-risk screen's Record Contact.
        CommandDialog contact(&coop.bus(), CommandType::RecordContact, s("f1"), usd);
        contact.open();
        contact.setFieldValue(s("method"), s("phone"));
        contact.setFieldValue(s("date"), s("2026-01-15"));
        QVERIFY(QTest::qWaitForWindowActive(&contact));
        QVERIFY(!contact.hasUserInput());
        QTest::keyClick(&contact, Qt::Key_Escape);
        QVERIFY(!contact.isVisible());
        QVERIFY(boxes.requests().isEmpty());
    }

    void everyFieldGetsTheRightEditor()
    {
        TempCoop coop;
        for (const CommandSpec& spec : commandSpecs()) {
            CommandDialog dialog(&coop.bus(), spec.type, s("f1"), usd);
            for (const FieldRule& rule : spec.fields) {
                QWidget* widget = dialog.fieldWidget(rule.name);
                const QByteArray where = (spec.name + QLatin1Char('.') + rule.name).toUtf8();
                QVERIFY2(widget, where.constData());
                // The payment or charge a correction takes back is chosen
                // among the family's, never typed.
                const bool chosen = rule.kind == FieldKind::Id && rule.name != fields::familyId &&
                                    (spec.type == CommandType::VoidPayment ||
                                     spec.type == CommandType::CancelCharge);
                if (chosen) {
                    QVERIFY2(qobject_cast<QComboBox*>(widget), where.constData());
                    continue;
                }
                switch (rule.kind) {
                case FieldKind::Id:
                case FieldKind::Text:
                case FieldKind::Email:
                    QVERIFY2(qobject_cast<QLineEdit*>(widget), where.constData());
                    break;
                case FieldKind::MultilineText:
                    QVERIFY2(qobject_cast<QPlainTextEdit*>(widget), where.constData());
                    break;
                case FieldKind::Enum:
                    QVERIFY2(qobject_cast<QComboBox*>(widget), where.constData());
                    break;
                case FieldKind::Integer:
                    if (rule.name == QLatin1String("amount_cents"))
                        QVERIFY2(qobject_cast<MoneyEdit*>(widget), where.constData());
                    else
                        QVERIFY2(qobject_cast<QSpinBox*>(widget), where.constData());
                    break;
                case FieldKind::Date:
                    QVERIFY2(qobject_cast<DateLineEdit*>(widget), where.constData());
                    break;
                case FieldKind::Month:
                    QVERIFY2(qobject_cast<QDateEdit*>(widget), where.constData());
                    QVERIFY2(qobject_cast<QDateEdit*>(widget)->calendarPopup(), where.constData());
                    break;
                case FieldKind::Boolean:
                    QVERIFY2(qobject_cast<QCheckBox*>(widget), where.constData());
                    break;
                case FieldKind::Object:
                    QVERIFY2(qobject_cast<KeyValueEditor*>(widget), where.constData());
                    break;
                }
            }
        }
    }

    void everyCommandSavesThroughItsDialog()
    {
        // With the read models, which the corrections choose from.
        FamiliesTestCoop coop;
        const QHash<QString, QJsonValue> values{
            {s("family_id"), s("f9")},
            {s("family_name"), s("Okafor Family")},
            {s("child_name"), s("Ada")},
            {s("child_age"), 7},
            {s("amount_cents"), 45000},
            {s("payment_method"), s("ach")},
            {s("new_score"), 80},
            {s("method"), s("phone")},
            {s("coordinator"), s("Rosa")},
            {s("hours"), 3},
            {s("event_name"), s("Science fair")},
            {s("attended"), true},
            {s("month"), s("2025-02")},
            {s("charge_id"), s("c9")},
            {s("payment_id"), s("p9")},
            {s("reason"), s("Entered twice")},
        };
        // Ids given also where optional: the void and the cancellation name them.
        const auto given = [&](const FieldRule& rule) {
            return values.contains(rule.name) && rule.name != fields::familyId &&
                   (rule.required || rule.kind == FieldKind::Id);
        };
        for (const CommandSpec& spec : commandSpecs()) {
            const qint64 head = coop.store().headPosition();
            QVERIFY(coop.project());
            CommandDialog dialog(&coop.bus(), &coop.queries(), spec.type,
                                 spec.type == CommandType::EnrollFamily ? QString() : s("f9"), usd);
            dialog.show();
            for (const FieldRule& rule : spec.fields) {
                if (given(rule))
                    dialog.setFieldValue(rule.name, values.value(rule.name));
            }
            if (spec.type == CommandType::CorrectEnrollment)
                dialog.setFieldValue(s("family_name"), s("Okafor-Bello Family"));
            if (spec.type == CommandType::EnrollFamily)
                dialog.setFieldValue(fields::familyId, s("f9"));
            if (spec.type == CommandType::ChangeContactDetails)
                dialog.setFieldValue(s("parent_name"), s("Grace Okafor"));
            QVERIFY2(dialog.saveButton()->isEnabled(),
                     qPrintable(spec.name + QLatin1Char(' ') + dialog.messageBarText()));
            dialog.accept();
            QVERIFY2(dialog.lastResult().ok, dialog.lastResult().toJsonLine().constData());
            QCOMPARE(coop.store().headPosition(), head + 1);
            QCOMPARE(coop.store().readAfter(head, 1).first().eventType, spec.eventType);
        }
    }

    void noBusMeansNothingCanBeSaved()
    {
        CommandDialog dialog(nullptr, CommandType::EnrollFamily, {}, usd);
        dialog.show();
        type(dialog, "family_name", s("Lone Family"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.messageBarText().isEmpty());
    }
};

QTEST_MAIN(TestCommandDialog)
#include "tst_command_dialog.moc"
