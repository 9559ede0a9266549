// Statements (SPEC 7, issue 20, docs/STATEMENTS.md) from the desktop app
// on a demo co-op: a family's statement from its page, one PDF with the
// statement of every family that owes, in English on Letter and in
// Spanish on A4, and what the user is told when the file cannot be written.
// The PDFs are read back with pdftotext (poppler-utils) where it is
// installed, else by their page objects.

#include "commands/command_bus.h"
#include "export/statement_pdf.h"
#include "families/families_screen.h"
#include "family_detail/family_detail_view.h"
#include "i18n/app_translations.h"
#include "io/demo_clock.h"
#include "io/demo_generator.h"
#include "report_screens_fixture.h"
#include "statements/family_statement_action.h"
#include "statements/owing_statements_action.h"
#include "statements/statement_file_name.h"
#include "statements/statement_period_dialog.h"
#include "widgets/date_line_edit.h"
#include "widgets/money_text.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

const QString coopName = s("Maple Grove Co-op");

// A demo co-op recorded on the days things happened, up to reportToday,
// and a withdrawn family that still owes.
void buildStatementsCoop(TempCoop& coop, int families)
{
    DemoClock clock(QDateTime(QDate(2025, 9, 1), QTime(10, 0), Qt::UTC));
    CommandBus bus(coop.store(), clock, s("treasurer"));
    DemoOptions demo;
    demo.families = families;
    demo.months = 7;
    demo.seed = 3;
    demo.lastMonth = reportToday;
    demo.clock = &clock;
    generateDemoCoop(bus, demo);
    coop.clock().set(QDateTime(reportToday, QTime(10, 0), Qt::UTC));
    coop.run(cmd(s("EnrollFamily"), {{s("family_id"), s("gone")},
                                     {s("family_name"), s("Zimmer Family")},
                                     {s("enrollment_date"), s("2025-09-01")},
                                     {s("parent_name"), s("Zoe Zimmer")}}));
    coop.run(cmd(s("ChargeTuition"), {{s("family_id"), s("gone")},
                                      {s("charge_id"), s("TUI-2026-02")},
                                      {s("month"), s("2026-02")},
                                      {s("amount_cents"), 18000},
                                      {s("due_date"), s("2026-02-05")}}));
    coop.run(cmd(s("WithdrawFamily"), {{s("family_id"), s("gone")}, {s("date"), s("2026-03-01")}}));

    // A bounced check paid again in part, and a charge cancelled.
    coop.enroll(s("quinn"), s("Quinn Family"), s("2025-09-01"));
    const auto charge = [&coop](const char* id, int cents, const char* due) {
        coop.run(cmd(s("ChargeTuition"), {{s("family_id"), s("quinn")},
                                          {s("charge_id"), s(id)},
                                          {s("month"), s(due).left(7)},
                                          {s("amount_cents"), cents},
                                          {s("due_date"), s(due)}}));
    };
    charge("TUI-2026-02", 25000, "2026-02-05");
    charge("FIELD-TRIP", 3000, "2026-03-10");
    coop.run(cmd(s("ReceivePayment"), {{s("family_id"), s("quinn")},
                                       {s("payment_id"), s("check-2044")},
                                       {s("amount_cents"), 25000},
                                       {s("date"), s("2026-02-03")},
                                       {s("payment_method"), s("check")},
                                       {s("transaction_id"), s("2044")}}));
    coop.run(cmd(s("VoidPayment"), {{s("family_id"), s("quinn")},
                                    {s("payment_id"), s("check-2044")},
                                    {s("reason"), s("Check returned by the bank")}}));
    coop.run(cmd(s("CancelCharge"), {{s("family_id"), s("quinn")},
                                     {s("charge_id"), s("FIELD-TRIP")},
                                     {s("reason"), s("Trip called off")}}));
    coop.run(cmd(s("ReceivePayment"), {{s("family_id"), s("quinn")},
                                       {s("amount_cents"), 10000},
                                       {s("date"), s("2026-03-18")},
                                       {s("payment_method"), s("card")}}));
}

struct OpenCoop
{
    TempCoop coop;
    MainWindow window;

    bool open(int families = 40)
    {
        buildStatementsCoop(coop, families);
        AppSettings().setCoopName(coop.path(), coopName);
        window.resize(1280, 860);
        window.show();
        return window.openFile(coop.path());
    }
    QueryService& queries() { return *window.session()->queries(); }
    FamilyStatementAction* familyAction() { return window.findChild<FamilyStatementAction*>(); }
    OwingStatementsAction* owingAction() { return window.findChild<OwingStatementsAction*>(); }

    // The families with balance_cents > 0 as the read model says, by name.
    QStringList owingNames()
    {
        QStringList names;
        for (const QJsonObject& family :
             queries().listFamilies(FamilyFilter{}, FamilySort{}, 0, -1)) {
            if (family.value(s("balance_cents")).toInteger() > 0)
                names << family.value(s("family_name")).toString();
        }
        return names;
    }
};

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(s("pdftotext")).isEmpty();
}

// The text of each page (pdftotext separates them with form feeds).
QStringList pdfPages(const QString& path)
{
    QProcess process;
    process.start(s("pdftotext"), {s("-layout"), path, s("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QChar(u'\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// Page objects, not the /Pages tree.
int pdfPageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(s("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// Every page's size in points ("612x792"), from the MediaBox entries.
QStringList pdfPageSizes(const QByteArray& pdf)
{
    static const QRegularExpression box(s("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    QStringList sizes;
    for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sizes << QString::number(qRound(match.captured(1).toDouble())) + u'x' +
                     QString::number(qRound(match.captured(2).toDouble()));
    }
    return sizes;
}

QString simplified(const QString& text)
{
    return text.simplified();
}

void keepForLooking(const QString& path, const QString& name)
{
    const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        QFile::remove(QDir(folder).filePath(name));
        QFile::copy(path, QDir(folder).filePath(name));
    }
}

void typeDate(DateLineEdit* edit, const QString& text)
{
    auto* line = edit->findChild<QLineEdit*>();
    line->selectAll();
    QTest::keyClicks(line, text);
}

} // namespace

class TestStatements : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void init() { useEnglishAndUsd(); }

    // The family's page offers Statement…, which asks for the period
    // (twelve months up to today) naming the family, and refuses a
    // period that ends before it starts.
    void theFamilysPageAsksForThePeriod()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        FamilyStatementAction* action = open.familyAction();
        QVERIFY(action && action->isEnabled());
        auto* families = qobject_cast<FamiliesScreen*>(open.window.screen(s("families")));
        QVERIFY(families);
        auto* button =
            families->detail()->findChild<QToolButton*>(s("pageAction_actionFamilyStatement"));
        QVERIFY(button && button->defaultAction() == action);

        open.window.setSelectedFamily(s("gone"));
        StatementPeriodDialog* dialog = action->openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->subjectLabel()->text().contains(s("Zimmer Family (Zoe Zimmer)")));
        QCOMPARE(dialog->period().from, QDate(2025, 4, 1));
        QCOMPARE(dialog->period().to, reportToday);
        auto* save = dialog->findChild<QPushButton*>(s("statementSave"));
        QVERIFY(save && save->isEnabled());
        typeDate(dialog->fromEdit(), s("3/21/2026"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(dialog->problem(), s("The first day comes after the last one."));
        typeDate(dialog->fromEdit(), s("3/40/2026"));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->problem().startsWith(s("First day: ")));
        typeDate(dialog->fromEdit(), s("9/1/2025"));
        QVERIFY(save->isEnabled());
        dialog->reject();

        // With no family chosen it says so instead.
        MessageBoxRecorder boxes;
        open.window.setSelectedFamily({});
        QVERIFY(!action->openDialog());
        QCOMPARE(boxes.last().text, s("Choose a family first."));
    }

    // One family's statement: every charge, payment and correction of the
    // period, the void as its own line and the voided payment still there,
    // closing on the read model's balance; Letter in the United States.
    void writesAFamilysStatement()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        const QString id = s("quinn");
        const QJsonObject family = *open.queries().getFamily(id);
        const StatementPeriod period{QDate(2025, 9, 1), reportToday};

        const std::optional<statementpdf::Document> document =
            open.familyAction()->document(id, period);
        QVERIFY(document);
        QCOMPARE(document->coopName, coopName);
        QCOMPARE(document->currencyCode, s("USD"));
        QCOMPARE(document->printedOn, reportToday);
        const FamilyStatement& statement = document->statements.first().statement;
        QCOMPARE(statement.closingCents, family.value(s("balance_cents")).toInteger());

        QTemporaryDir dir;
        const QString path = dir.filePath(s("statement.pdf"));
        const statementpdf::Result result = open.familyAction()->write(id, period, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray pdf = fileBytes(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pdfPageObjects(pdf), result.pages);
        QCOMPARE(pdfPageSizes(pdf).first(), s("612x792"));
        keepForLooking(path, s("statement-family-en.pdf"));

        if (!havePdfToText())
            QSKIP("pdftotext is not installed: the text is not checked");
        const QString text = simplified(pdfPages(path).join(u' '));
        QVERIFY(text.contains(coopName));
        QVERIFY(text.contains(family.value(s("family_name")).toString()));
        QVERIFY(text.contains(s("Statement of account")));
        QVERIFY(text.contains(s("Period 9/1/2025 to 3/20/2026")));
        QVERIFY(text.contains(s("Balance brought forward")));
        QVERIFY(text.contains(s("voided on")));
        // (Wrapped lines are read back with the amounts between their parts.)
        QVERIFY(text.contains(s("Payment of 2/3/2026 voided (Check no. 2044): Check returned")));
        QVERIFY(text.contains(s("Payment: Check no. 2044 ")));
        QVERIFY(text.contains(s("cancelled: Trip called o"))); // "ff" read back as a ligature
        QVERIFY(text.contains(s("Closing balance")));
        QVERIFY(text.contains(s("Page 1 of %1").arg(result.pages)));
        QVERIFY(text.contains(money::formatCents(statement.closingCents, QLocale())));
        int lines = 0;
        for (const StatementLine& line : statement.lines)
            lines += line.isCorrection() ? 1 : 0;
        QVERIFY(lines > 0);
    }

    // One PDF, a statement (starting on a new page) for each family with
    // balance_cents > 0, withdrawn ones too, in name order.
    void writesTheStatementsOfEveryFamilyThatOwes()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open(60));
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        const QStringList owing = open.owingNames();
        QVERIFY(owing.size() > 5);
        QVERIFY(owing.contains(s("Zimmer Family"))); // withdrawn, still owes

        QTemporaryDir dir;
        const QString path = dir.filePath(s("owing.pdf"));
        OwingStatementsAction* action = open.owingAction();
        QSignalSpy finished(action, &OwingStatementsAction::finished);
        QVERIFY(action->writeTo(StatementPeriod{QDate(2025, 9, 1), reportToday}, path));
        QVERIFY(!action->isEnabled()); // one run at a time
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<OwingStatementsResult>();
        QVERIFY2(result.status == OwingStatementsResult::Status::Ok, qPrintable(result.message));
        QCOMPARE(result.families, owing.size());
        QVERIFY(result.pages >= owing.size());
        QCOMPARE(pdfPageObjects(fileBytes(path)), result.pages);
        QVERIFY(action->isEnabled());
        keepForLooking(path, s("statements-owing-en.pdf"));

        if (!havePdfToText())
            QSKIP("pdftotext is not installed: the pages are not read");
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), result.pages);
        QStringList firstPageFamilies;
        for (const QString& page : pages) {
            if (!simplified(page).contains(s("Statement of account")))
                continue; // a statement's later page
            QVERIFY(simplified(page).contains(s(" Page 1 of ")));
            for (const QString& name : owing) {
                if (simplified(page).contains(coopName + QString::fromUtf8(" — statement of ") +
                                              name + s(" Page"))) {
                    firstPageFamilies << name;
                    break;
                }
            }
        }
        QCOMPARE(firstPageFamilies, owing);
    }

    // Three years of monthly tuition and payments: the statement runs onto
    // more pages, each with the family's name and the column titles again,
    // its pages counted on their own in a document of several statements.
    void aLongStatementRunsOntoMorePages()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open(5));
        QVERIFY(dispatch(open.window, "EnrollFamily",
                         {{s("family_id"), s("long")},
                          {s("family_name"), s("Long Family")},
                          {s("enrollment_date"), s("2023-01-01")}})
                    .ok);
        for (QDate month(2023, 1, 1); month < QDate(2026, 1, 1); month = month.addMonths(1)) {
            const QString ym = month.toString(s("yyyy-MM"));
            QVERIFY(dispatch(open.window, "ChargeTuition",
                             {{s("family_id"), s("long")},
                              {s("charge_id"), QString(s("TUI-") + ym)},
                              {s("month"), ym},
                              {s("amount_cents"), 20000},
                              {s("due_date"), month.addDays(4).toString(Qt::ISODate)}})
                        .ok);
            QVERIFY(dispatch(open.window, "ReceivePayment",
                             {{s("family_id"), s("long")},
                              {s("amount_cents"), 19000},
                              {s("date"), month.addDays(9).toString(Qt::ISODate)},
                              {s("payment_method"), s("ach")}})
                        .ok);
        }
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        const StatementPeriod period{QDate(2023, 1, 1), reportToday};
        std::optional<statementpdf::Document> document =
            open.familyAction()->document(s("long"), period);
        QVERIFY(document);
        QCOMPARE(document->statements.first().statement.lines.size(), 72);
        QCOMPARE(document->statements.first().statement.closingCents, 36 * 1000);
        const std::optional<statementpdf::Document> other =
            open.familyAction()->document(s("gone"), period);
        document->statements << other->statements.first();
        QTemporaryDir dir;
        const QString path = dir.filePath(s("long.pdf"));
        const statementpdf::Result result = statementpdf::write(path, *document);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.pages >= 3, qPrintable(QString::number(result.pages)));
        const int longPages = result.pages - 1;
        QCOMPARE(result.firstPages, (QList<int>{1, result.pages}));
        keepForLooking(path, s("statement-long-en.pdf"));
        if (!havePdfToText())
            QSKIP("pdftotext is not installed: the pages are not read");
        const QStringList pages = pdfPages(path);
        QCOMPARE(pages.size(), result.pages);
        for (int page = 0; page < longPages; ++page) {
            const QString text = simplified(pages.at(page));
            QVERIFY(text.contains(s("Page %1 of %2").arg(page + 1).arg(longPages)));
            QVERIFY(text.contains(s("Description")));
            if (page > 0)
                QVERIFY(text.startsWith(QString::fromUtf8("Long Family — statement for "
                                                          "1/1/2023 to 3/20/2026 (continued)")));
        }
        QVERIFY(simplified(pages.last()).contains(s("Zimmer Family")));
        QVERIFY(simplified(pages.last()).contains(s("Page 1 of 1")));
    }

    // In Spanish, on A4, with the amounts as Spain writes them.
    void writesInSpanishOnA4()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        const QString id = s("quinn");
        QTemporaryDir dir;
        const QString path = dir.filePath(s("extracto.pdf"));
        statementpdf::Result result;
        QString expectedClosing;
        QString fileName;
        {
            AppTranslations translations;
            QVERIFY(translations.install(s("es")));
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
            const StatementPeriod period{QDate(2025, 9, 1), reportToday};
            result = open.familyAction()->write(id, period, path);
            expectedClosing = money::formatCents(
                open.queries().getFamily(id)->value(s("balance_cents")).toInteger(), QLocale());
            fileName = StatementFileName::forFamily(QStringLiteral("Familia Núñez"), period);
        }
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(fileName, QStringLiteral("Extracto Familia Núñez 2025-09-01 a 2026-03-20.pdf"));
        const QByteArray pdf = fileBytes(path);
        QCOMPARE(pdfPageSizes(pdf).first(), s("595x842"));
        keepForLooking(path, s("statement-family-es.pdf"));
        if (!havePdfToText())
            QSKIP("pdftotext is not installed: the text is not checked");
        const QString text = simplified(pdfPages(path).join(u' '));
        QVERIFY2(text.contains(s("Extracto de cuenta")), qPrintable(text));
        QVERIFY(text.contains(s("Periodo 1/9/2025 a 20/3/2026")));
        QVERIFY(text.contains(s("Saldo anterior")));
        QVERIFY(text.contains(s("anulado el")));
        QVERIFY(text.contains(QStringLiteral("Página 1 de")));
        QVERIFY(text.contains(expectedClosing));
    }

    // A file that cannot be written: nothing is left there, and the user is
    // told why, in their language.
    void anUnwritableFolderSaysWhy()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        QTemporaryDir dir;
        const QString missing = dir.filePath(s("no such folder/statement.pdf"));
        const StatementPeriod period{QDate(2025, 9, 1), reportToday};
        const statementpdf::Result english = open.familyAction()->write(s("gone"), period, missing);
        QVERIFY(!english.ok);
        QVERIFY2(english.error.startsWith(s("Cannot write ") + missing + s(": ")),
                 qPrintable(english.error));
        QVERIFY(!QFileInfo::exists(missing));

        // A file where the folder should be, and the whole run in Spanish.
        QFile blocker(dir.filePath(s("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString underAFile = dir.filePath(s("blocker/owing.pdf"));
        AppTranslations translations;
        QVERIFY(translations.install(s("es")));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const statementpdf::Result spanish =
            open.familyAction()->write(s("gone"), period, underAFile);
        QVERIFY(!spanish.ok);
        QVERIFY2(spanish.error.startsWith(s("No se puede escribir ")), qPrintable(spanish.error));

        MessageBoxRecorder boxes;
        OwingStatementsAction* action = open.owingAction();
        QSignalSpy finished(action, &OwingStatementsAction::finished);
        QVERIFY(action->writeTo(period, underAFile));
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<OwingStatementsResult>();
        QCOMPARE(result.status, OwingStatementsResult::Status::Failed);
        QCOMPARE(boxes.requests().size(), 1);
        QCOMPARE(boxes.last().kind, MessageBox::Kind::Critical);
        QCOMPARE(boxes.last().text, s("No se pudieron guardar los extractos."));
        QVERIFY2(boxes.last().details.startsWith(s("No se puede escribir ")),
                 qPrintable(boxes.last().details));
        QVERIFY(!QFileInfo::exists(underAFile));
        translations.install(s("en"));
    }

    // Stopped while drawing: whatever was at the path stays as it was.
    void aCancelledWritingLeavesTheFileAlone()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open());
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("before.pdf"));
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("what was there");
        before.close();
        std::optional<statementpdf::Document> document = open.familyAction()->document(
            s("gone"), StatementPeriod{QDate(2025, 9, 1), reportToday});
        QVERIFY(document);
        const statementpdf::Statement again = document->statements.first();
        document->statements << again;
        int told = 0;
        const statementpdf::Result result =
            statementpdf::write(path, *document, [&told](int done, int total) {
                ++told;
                return done < total - 1; // stop before the last one
            });
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(told, 1);
        QCOMPARE(fileBytes(path), QByteArray("what was there"));
    }

    // A co-op where nobody owes: said, and no file written.
    void nobodyOwingWritesNothing()
    {
        FixedReportDay today;
        TempCoop coop;
        coop.enroll(s("f1"), s("Adams Family"));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(window), 20000);
        MessageBoxRecorder boxes;
        auto* action = window.findChild<OwingStatementsAction*>();
        QSignalSpy finished(action, &OwingStatementsAction::finished);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("owing.pdf"));
        QVERIFY(action->writeTo(StatementPeriod{QDate(2025, 9, 1), reportToday}, path));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<OwingStatementsResult>().status,
                 OwingStatementsResult::Status::NobodyOwes);
        QCOMPARE(boxes.last().text, s("No family owes money: there is no statement to write."));
        QVERIFY(!QFileInfo::exists(path));
    }

    void fileNamesAreSafe()
    {
        const StatementPeriod period{QDate(2025, 9, 1), QDate(2026, 3, 20)};
        QCOMPARE(StatementFileName::forFamily(s("Smith/Jones: \"A*\""), period),
                 s("Statement Smith-Jones- -A-- 2025-09-01 to 2026-03-20.pdf"));
        QCOMPARE(StatementFileName::forFamily(s("..Ada\tLovelace.."), period),
                 s("Statement ..Ada-Lovelace.. 2025-09-01 to 2026-03-20.pdf"));
        QCOMPARE(StatementFileName::safe(s(" ..hidden. ")), s("hidden"));
        QCOMPARE(StatementFileName::forFamiliesThatOwe(period),
                 s("Statements of families that owe 2025-09-01 to 2026-03-20.pdf"));
    }

    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }

    // The family's page with its Statement… button, the period dialog and
    // both PDFs, to look at (COOPDESK_SCREENSHOT_DIR).
    void screenshots()
    {
        QFETCH(QString, language);
        FixedReportDay today;
        AppTranslations translations;
        QVERIFY(translations.install(language));
        if (language == s("es"))
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        OpenCoop open;
        QVERIFY(open.open(60));
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        auto* families = qobject_cast<FamiliesScreen*>(open.window.screen(s("families")));
        families->openFamily(s("quinn"));
        QTRY_VERIFY(families->detail()->isFound());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QPixmap page = open.window.grab();
        StatementPeriodDialog* dialog = open.familyAction()->openDialog();
        QVERIFY(dialog);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QPixmap asking = dialog->grab();
        dialog->reject();
        QTemporaryDir dir;
        const StatementPeriod period = defaultStatementPeriod(reportToday);
        QVERIFY(open.familyAction()->write(s("quinn"), period, dir.filePath(s("one.pdf"))).ok);
        QSignalSpy finished(open.owingAction(), &OwingStatementsAction::finished);
        QVERIFY(open.owingAction()->writeTo(period, dir.filePath(s("owing.pdf"))));
        QVERIFY(finished.wait(60000));
        const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QVERIFY(page.save(QDir(folder).filePath(s("statement-family-page-%1.png").arg(language))));
        QVERIFY(asking.save(QDir(folder).filePath(s("statement-period-%1.png").arg(language))));
        keepForLooking(dir.filePath(s("one.pdf")), s("statement-quinn-%1.pdf").arg(language));
        keepForLooking(dir.filePath(s("owing.pdf")), s("statements-owing-%1.pdf").arg(language));
    }

    void closingTheCoopDisablesTheActions()
    {
        FixedReportDay today;
        OpenCoop open;
        QVERIFY(open.open(5));
        open.window.setSelectedFamily(s("gone"));
        QTRY_VERIFY_WITH_TIMEOUT(readModelsCaughtUp(open.window), 20000);
        QVERIFY(open.familyAction()->openDialog());
        open.window.closeFile();
        QVERIFY(!open.familyAction()->dialog());
        QVERIFY(!open.familyAction()->isEnabled());
        QVERIFY(!open.owingAction()->isEnabled());
    }
};

QTEST_MAIN(TestStatements)
#include "tst_statements.moc"
