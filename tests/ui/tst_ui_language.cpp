// The window and the dialogs speak Spanish when Spanish is chosen (by
// --lang es, the Preferences or the system locale), core's messages too,
// and amounts are read in the Spanish format. With COOPDESK_SCREENSHOT_DIR
// set, the window and two dialogs are saved there in both languages.

#include "command_dialogs/command_dialog.h"
#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "main_window/session_status_bar.h"
#include "main_window/start_page.h"
#include "session/coop_session.h"
#include "temp_coop.h"
#include "widgets/date_line_edit.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
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

QString labelFor(const CommandDialog& dialog, const char* field)
{
    const auto labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy() == dialog.fieldWidget(s(field)))
            return label->text();
    }
    return {};
}

void fillPaymentDialog(CommandDialog& dialog, const QString& amount)
{
    QTest::keyClicks(dialog.fieldWidget(s("amount_cents")), amount);
    qobject_cast<DateLineEdit*>(dialog.fieldWidget(s("date")))->setDate(QDate(2025, 3, 3));
    auto* method = qobject_cast<QComboBox*>(dialog.fieldWidget(s("payment_method")));
    method->setCurrentIndex(method->findData(s("card")));
    QTest::keyClicks(dialog.fieldWidget(s("transaction_id")), s("tx-2291"));
}

} // namespace

class TestUiLanguage : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { IsolatedSettings::clear(); }

    void languageFollowsTheChoiceOrTheSystem()
    {
        QCOMPARE(AppTranslations::resolve(s("es"), QLocale(s("en_US"))), s("es"));
        QCOMPARE(AppTranslations::resolve(s("en"), QLocale(s("es_ES"))), s("en"));
        QCOMPARE(AppTranslations::resolve(s("system"), QLocale(s("es_MX"))), s("es"));
        QCOMPARE(AppTranslations::resolve(s("system"), QLocale(s("fr_FR"))), s("en"));
        QCOMPARE(AppTranslations::resolve(QString(), QLocale(s("es_AR"))), s("es"));
    }

    void windowAndDialogsSpeakSpanish()
    {
        TempCoop coop;
        coop.enroll(s("f1"), s("Familia Martínez"));
        AppTranslations translations;
        QVERIFY(QFile::exists(s(":/i18n/coopdesk_es.qm")));
        QVERIFY(translations.install(s("es")));

        MainWindow window;
        window.show();
        QCOMPARE(window.findChild<QMenu*>(s("fileMenu"))->title(), s("&Archivo"));
        QCOMPARE(window.findChild<QMenu*>(s("familyMenu"))->title(), s("&Familia"));
        QCOMPARE(window.familyActions()->action(CommandType::ReceivePayment)->text(),
                 s("Registrar &pago…"));
        QCOMPARE(window.startPage()->newButton()->text(), s("Nueva cooperativa…"));
        QCOMPARE(window.sessionStatusBar()->fileText(), s("Ningún archivo abierto"));
        snapshot(window, s("start_page_es"));

        QVERIFY(window.openFile(coop.path()));
        window.setSelectedFamily(s("f1"));
        QCOMPARE(window.sessionStatusBar()->fileText(), s("Archivo: test.coop"));
        snapshot(window, s("window_es"));
        auto* familyMenu = window.findChild<QMenu*>(s("familyMenu"));
        familyMenu->popup(window.mapToGlobal(QPoint(60, 20)));
        QTRY_VERIFY(familyMenu->isVisible());
        snapshot(*familyMenu, s("family_menu_es"));
        familyMenu->hide();

        CommandDialog* enroll = window.openCommandDialog(CommandType::EnrollFamily);
        QCOMPARE(enroll->windowTitle(), s("Inscribir familia"));
        QCOMPARE(labelFor(*enroll, "family_name"), s("Nombre de la familia *"));
        QTest::keyClicks(enroll->fieldWidget(s("family_name")), s("Familia Okafor"));
        QTest::keyClicks(enroll->fieldWidget(s("email")), s("grace@"));
        // core's message, in Spanish, with the field's Spanish label.
        QCOMPARE(enroll->fieldMessage(s("email")),
                 s("Correo electrónico: no es una dirección de correo electrónico válida"));
        auto* channel =
            qobject_cast<QComboBox*>(enroll->fieldWidget(s("preferred_contact_channel")));
        QCOMPARE(channel->itemText(channel->findData(s("in_person"))), s("En persona"));
        enroll->adjustSize();
        snapshot(*enroll, s("dialog_enroll_es"));
        enroll->discard();

        CommandDialog* payment = window.openCommandDialog(CommandType::ReceivePayment);
        fillPaymentDialog(*payment, s("1.234,5"));
        QCOMPARE(labelFor(*payment, "amount_cents"),
                 s("Importe (%1) *").arg(window.currencyCode()));
        QCOMPARE(payment->commandJson().value(s("amount_cents")).toInteger(), 123450);
        payment->adjustSize();
        snapshot(*payment, s("dialog_payment_es"));
        payment->discard();

        // A store error, in Spanish.
        CommandDialog* again = window.openCommandDialog(CommandType::EnrollFamily);
        QTest::keyClicks(again->fieldWidget(s("family_id")), s("f1"));
        QTest::keyClicks(again->fieldWidget(s("family_name")), s("Otra familia"));
        again->accept();
        QCOMPARE(again->messageBarText(), s("Ya existe: Ya existe una familia con el ID «f1»"));
        again->adjustSize();
        snapshot(*again, s("dialog_error_es"));
        again->discard();

        MessageBoxRecorder boxes;
        QTemporaryDir dir;
        QFile text(dir.filePath(s("notas.coop")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hola\n");
        text.close();
        QVERIFY(!window.openFile(text.fileName()));
        QCOMPARE(boxes.last().title, s("No se puede abrir el archivo de cooperativa"));
        QVERIFY(boxes.last().details.contains(s("no es un archivo de cooperativa de CoopDesk")));

        QVERIFY(translations.install(s("en")));
        MainWindow english;
        QCOMPARE(english.findChild<QMenu*>(s("fileMenu"))->title(), s("&File"));
    }

    // "1 cargos", "1 charges": counts go through tr()'s %n forms, with the
    // English forms built in and the Spanish ones in coopdesk_es.ts.
    void countsTakeTheSingularOrThePlural()
    {
        const auto families = [](int n) {
            return QCoreApplication::translate("coopdesk::FamiliesScreen", "%Ln family(s)", nullptr,
                                               n);
        };
        const auto charges = [](int n) {
            return QCoreApplication::translate("coopdesk::FamilyDetailView",
                                               "%Ln charge(s), all settled.", nullptr, n);
        };
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(families(1), s("1 family"));
        QCOMPARE(families(0), s("0 families"));
        QCOMPARE(families(1234), s("1,234 families"));
        QCOMPARE(charges(1), s("1 charge, all settled."));
        QCOMPARE(charges(2), s("2 charges, all settled."));

        AppTranslations translations;
        QVERIFY(translations.install(s("es")));
        QCOMPARE(families(1), s("1 familia"));
        QCOMPARE(families(3), s("3 familias"));
        QCOMPARE(charges(1), s("1 cargo, saldado."));
        QCOMPARE(charges(2), s("2 cargos, todos saldados."));
        QVERIFY(translations.install(s("en")));
        QCOMPARE(families(1), s("1 family"));
    }

    void englishScreenshots()
    {
        TempCoop coop;
        coop.enroll(s("f1"), s("Martinez Family"));
        AppTranslations translations;
        QVERIFY(translations.install(s("en")));
        MainWindow window;
        window.show();
        snapshot(window, s("start_page_en"));
        QVERIFY(window.openFile(coop.path()));
        window.setSelectedFamily(s("f1"));
        snapshot(window, s("window_en"));

        CommandDialog* payment = window.openCommandDialog(CommandType::ReceivePayment);
        fillPaymentDialog(*payment, s("1,234.5"));
        QCOMPARE(payment->commandJson().value(s("amount_cents")).toInteger(), 123450);
        payment->adjustSize();
        snapshot(*payment, s("dialog_payment_en"));
        payment->discard();

        CommandDialog* enroll = window.openCommandDialog(CommandType::EnrollFamily);
        QTest::keyClicks(enroll->fieldWidget(s("family_name")), s("Okafor Family"));
        QTest::keyClicks(enroll->fieldWidget(s("email")), s("grace@"));
        enroll->adjustSize();
        snapshot(*enroll, s("dialog_enroll_en"));
        enroll->discard();

        CommandDialog* contact = window.openCommandDialog(CommandType::ChangeContactDetails);
        contact->adjustSize();
        snapshot(*contact, s("dialog_contact_en"));
        contact->discard();

        CommandDialog* risk = window.openCommandDialog(CommandType::UpdateRiskScore);
        risk->adjustSize();
        snapshot(*risk, s("dialog_risk_en"));
        risk->discard();
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_ui_language.moc"
