// File → Import…: the dialog reads a CSV file off the GUI thread, shows its
// first rows, its unknown and missing columns and every bad row (a dry run,
// nothing written), imports all rows in one transaction or none, can be
// cancelled, and a second import of the same file changes nothing.

#include "gui_test_fixtures.h"
#include "i18n/app_translations.h"
#include "import/import_dialog.h"
#include "import/import_errors_model.h"
#include "import/import_job.h"
#include "import/import_menu_action.h"
#include "import/import_preview_model.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "store/coop_file.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

// Large files take a while to check on a slow machine: a ceiling, not a timing.
constexpr int stepTimeoutMs = 300000;

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

const QByteArray familiesCsv =
    "family_id,family_name,parent_name,email,enrollment_date,children\r\n"
    "f1,Martinez Family,Ana Martinez,ana@example.org,2024-09-01,"
    "Leo:7;Mia:5\r\n"
    "f2,\"Smith, Bo\",Bo Smith,,2024-09-02,\r\n"
    "f3,Okafor Family,,,2024-09-03,Ada:9\r\n";
constexpr qint64 familiesCommands = 6; // 3 enrollments, 3 children

const QByteArray chargesCsv = "family_id,charge_id,month,amount,due_date\n"
                              "f1,c1,2024-09,125.50,2024-09-10\n"
                              "f2,c2,2024-09,125,2024-09-10\n";

const QByteArray paymentsCsv = "family_id,amount,date,payment_method,transaction_id,notes\n"
                               "f1,125.50,2024-09-05,card,t1,first\n"
                               "f2,100,2024-09-06,cash,,\n";

// A co-op file, and the desktop session on it.
struct Coop
{
    Coop()
    {
        auto opened = CoopSession::open(temp.path(), s("importer"));
        session = std::move(opened.session);
    }
    qint64 head() { return temp.store().headPosition(); }
    QString file(const char* name) const { return QDir(temp.dir()).filePath(s(name)); }

    TempCoop temp;
    std::unique_ptr<CoopSession> session;
};

// Starts `start` and waits for the dialog's next step to finish.
template <typename Start> ImportOutcome runStep(ImportDialog& dialog, Start start)
{
    QSignalSpy finished(&dialog, &ImportDialog::stepFinished);
    start();
    if (finished.isEmpty() && !finished.wait(stepTimeoutMs))
        return {};
    return finished.first().first().value<ImportOutcome>();
}

ImportOutcome check(ImportDialog& dialog, ImportKind kind, const QString& path)
{
    dialog.setKind(kind);
    return runStep(dialog, [&] { dialog.setFilePath(path); });
}

ImportOutcome commit(ImportDialog& dialog)
{
    return runStep(dialog, [&] { dialog.importButton()->click(); });
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The dialog as it looks once its layout has taken the last changes.
QPixmap grab(QWidget& widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget.grab();
}

QByteArray largePaymentsFile(int rows)
{
    QByteArray csv = "family_id,amount,date,payment_method,transaction_id\n";
    csv.reserve(rows * 40);
    for (int i = 0; i < rows; ++i) {
        csv += "f" + QByteArray::number(i % 3 + 1) + ",10.00,2024-10-" +
               QByteArray::number(i % 28 + 101).right(2) + ",check,bulk-" + QByteArray::number(i) +
               "\n";
    }
    return csv;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void importsFamiliesChargesAndPayments()
    {
        Coop coop;
        QVERIFY(coop.session);
        writeFile(coop.file("families.csv"), familiesCsv);
        writeFile(coop.file("charges.csv"), chargesCsv);
        writeFile(coop.file("payments.csv"), paymentsCsv);
        const qint64 start = coop.head();

        ImportDialog dialog(coop.session.get());
        QAbstractItemModelTester previewTester(dialog.previewModel());
        QAbstractItemModelTester errorsTester(dialog.errorsModel());
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled());

        // Families: the preview shows the header and the rows by line.
        ImportOutcome checked = check(dialog, ImportKind::Families, coop.file("families.csv"));
        QVERIFY2(checked.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);
        const ImportPreviewModel* preview = dialog.previewModel();
        QCOMPARE(preview->columnCount(), 6);
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(preview->headerData(1, Qt::Horizontal).toString(), s("family_name"));
        QCOMPARE(preview->headerData(1, Qt::Vertical).toString(), s("3"));
        QCOMPARE(cell(preview, 1, 1), s("Smith, Bo"));
        QCOMPARE(dialog.errorsModel()->rowCount(), 0);
        QVERIFY(dialog.columnsMessage().isEmpty());
        QVERIFY(dialog.statusMessage().contains(s("Rows read: 3.")));
        QVERIFY(dialog.statusMessage().contains(s("New events to record: 6.")));
        QCOMPARE(coop.head(), start); // the check wrote nothing
        QVERIFY(dialog.importButton()->isEnabled());

        ImportOutcome imported = commit(dialog);
        QVERIFY2(imported.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(dialog.state(), ImportDialog::State::Imported);
        QCOMPARE(imported.summary.appended, familiesCommands);
        QCOMPARE(coop.head(), start + familiesCommands);
        QVERIFY(dialog.summaryText().contains(s("families.csv")));
        QVERIFY(!dialog.importButton()->isEnabled());

        // Charges, then payments (with a column the format does not know).
        checked = check(dialog, ImportKind::Charges, coop.file("charges.csv"));
        QVERIFY2(checked.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(commit(dialog).summary.appended, 2);
        QCOMPARE(coop.head(), start + familiesCommands + 2);

        checked = check(dialog, ImportKind::Payments, coop.file("payments.csv"));
        QVERIFY2(checked.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(checked.unknownColumns, QStringList{s("notes")});
        QVERIFY(dialog.columnsMessage().contains(s("notes")));
        QVERIFY(preview->isUnknownColumn(5));
        QCOMPARE(commit(dialog).summary.appended, 2);
        const qint64 head = start + familiesCommands + 4;
        QCOMPARE(coop.head(), head);

        // The read side notices the worker's commits by itself.
        QTRY_VERIFY_WITH_TIMEOUT(coop.session->queries() != nullptr, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(coop.session->projections().projectedPosition(), head, 20000);
        const auto family = coop.session->queries()->getFamily(s("f1"));
        QVERIFY(family);
        QCOMPARE(family->value(s("children_count")).toInteger(), 2);
        QCOMPARE(family->value(s("total_paid_cents")).toInteger(), 12550);

        // Events carry the session's user.
        const QList<RecordedEvent> events = coop.temp.store().readAfter(start, 1);
        QVERIFY(events.first().metadata.contains("\"importer\""));
    }

    // The job writes through its own connection; the session's projector
    // notices the commit by itself (no wake from the dialog here).
    void theReadSideNoticesAnImportOnAnotherConnection()
    {
        Coop coop;
        const QString path = coop.file("families.csv");
        writeFile(path, familiesCsv);
        QTRY_VERIFY_WITH_TIMEOUT(coop.session->queries() != nullptr, 20000);
        QSignalSpy changed(&coop.session->live(), &LiveUpdates::changed);

        ImportJob job(coop.session->location(), coop.session->userId());
        QSignalSpy finished(&job, &ImportJob::finished);
        QVERIFY(job.check(path, ImportKind::Families));
        QVERIFY(!job.check(path, ImportKind::Families)); // one step at a time
        QVERIFY(finished.wait(stepTimeoutMs));
        QVERIFY(finished.takeFirst().first().value<ImportOutcome>().ok());
        QVERIFY(job.canCommit());
        QVERIFY(job.commit());
        QVERIFY(finished.wait(stepTimeoutMs));
        const auto outcome = finished.takeFirst().first().value<ImportOutcome>();
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.summary.appended, familiesCommands);
        QVERIFY(!job.canCommit());

        QTRY_COMPARE_WITH_TIMEOUT(coop.session->projections().projectedPosition(), familiesCommands,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        QVERIFY(coop.session->queries()->getFamily(s("f3")));
    }

    void badRowsAreListedBeforeAnythingIsWritten()
    {
        Coop coop;
        coop.temp.enroll(s("f1"));
        coop.temp.enroll(s("f2"));
        const QString path = coop.file("payments.csv");
        writeFile(path, "family_id,amount,date,payment_method,transaction_id\n"
                        "f1,125.50,2024-09-05,card,t1\n"
                        "f1,1.234,2024-09-05,card,t2\n"
                        "f2,100,2024-09-06,cash,\n"
                        "f9,100,2024-09-06,cash,\n");
        const qint64 start = coop.head();

        ImportDialog dialog(coop.session.get());
        dialog.show();
        const ImportOutcome checked = check(dialog, ImportKind::Payments, path);
        QCOMPARE(checked.status, CsvImport::Status::RowErrors);
        QCOMPARE(coop.head(), start);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.statusMessage().contains(s("Rows that cannot be imported: 2")));
        QVERIFY(dialog.statusMessage().contains(s("Nothing has been written")));

        const ImportErrorsModel* errors = dialog.errorsModel();
        QCOMPARE(errors->rowCount(), 2);
        QCOMPARE(cell(errors, 0, ImportErrorsModel::LineColumn), s("3"));
        QCOMPARE(cell(errors, 0, ImportErrorsModel::FieldColumn), s("amount"));
        QVERIFY(cell(errors, 0, ImportErrorsModel::MessageColumn).contains(s("two decimals")));
        QCOMPARE(cell(errors, 1, ImportErrorsModel::LineColumn), s("5"));
        QCOMPARE(cell(errors, 1, ImportErrorsModel::FieldColumn), s("family_id"));
        QVERIFY(cell(errors, 1, ImportErrorsModel::MessageColumn).contains(s("f9")));
        // The preview marks the same rows.
        QVERIFY(dialog.previewModel()
                    ->index(1, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s("Line 3")));
        QVERIFY(!dialog.previewModel()->index(0, 0).data(Qt::ToolTipRole).isValid());

        // Importing anyway (the button is off) writes nothing.
        dialog.startImport();
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);

        // Fixed in the spreadsheet: Check Again, then import.
        writeFile(path, "family_id,amount,date,payment_method,transaction_id\n"
                        "f1,125.50,2024-09-05,card,t1\n"
                        "f1,1.23,2024-09-05,card,t2\n"
                        "f2,100,2024-09-06,cash,\n");
        const ImportOutcome again = runStep(dialog, [&] { dialog.checkAgainButton()->click(); });
        QVERIFY2(again.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(dialog.errorsModel()->rowCount(), 0);
        QCOMPARE(commit(dialog).summary.appended, 3);
        QCOMPARE(coop.head(), start + 3);
    }

    void importingTwiceChangesNothing()
    {
        Coop coop;
        const QString path = coop.file("families.csv");
        writeFile(path, familiesCsv);
        const qint64 start = coop.head();
        {
            ImportDialog dialog(coop.session.get());
            QVERIFY(check(dialog, ImportKind::Families, path).ok());
            QCOMPARE(commit(dialog).summary.appended, familiesCommands);
        }
        const qint64 afterFirst = coop.head();
        QCOMPARE(afterFirst, start + familiesCommands);

        ImportDialog dialog(coop.session.get());
        const ImportOutcome checked = check(dialog, ImportKind::Families, path);
        QVERIFY(checked.ok());
        QCOMPARE(checked.summary.wouldAppend, 0);
        QVERIFY(dialog.statusMessage().contains(s("imported before")));
        QVERIFY(dialog.importButton()->isEnabled());
        const ImportOutcome second = commit(dialog);
        QVERIFY(second.ok());
        QCOMPARE(second.summary.appended, 0);
        QCOMPARE(second.summary.replayed, familiesCommands);
        QVERIFY(dialog.summaryText().contains(s("Nothing changed")));
        QCOMPARE(coop.head(), afterFirst);
    }

    void missingColumnsAreRefusedByName()
    {
        Coop coop;
        const QString path = coop.file("families.csv");
        writeFile(path, "family_id,name,email\nf1,Martinez,ana@example.org\n");
        ImportDialog dialog(coop.session.get());
        const ImportOutcome checked = check(dialog, ImportKind::Families, path);
        QCOMPARE(checked.status, CsvImport::Status::FileError);
        QCOMPARE(checked.missingColumns, (QStringList{s("family_name"), s("enrollment_date")}));
        QVERIFY(dialog.columnsMessage().contains(s("family_name, enrollment_date")));
        QVERIFY(!dialog.importButton()->isEnabled());
        // The header is still shown, the unknown column marked.
        QCOMPARE(dialog.previewModel()->columnCount(), 3);
        QVERIFY(dialog.previewModel()->isUnknownColumn(1));
        QCOMPARE(coop.head(), 0);

        // Not a CSV file at all: said so, with the line.
        writeFile(path, QByteArray("PK\x03\x04\x00\x00binary", 12));
        const ImportOutcome binary = runStep(dialog, [&] { dialog.checkAgain(); });
        QCOMPARE(binary.status, CsvImport::Status::FileError);
        QVERIFY(dialog.statusMessage().contains(s("cannot be imported")));
        QVERIFY(dialog.columnsMessage().isEmpty());
    }

    void aLockedCoopFileIsReportedAndNothingIsWritten()
    {
        Coop coop;
        const QString path = coop.file("families.csv");
        writeFile(path, familiesCsv);
        ImportDialog dialog(coop.session.get());
        dialog.setBusyTimeout(50);

        SqliteConnection other(coop.temp.path(), SqliteConnection::Mode::ReadWrite);
        other.execute("BEGIN IMMEDIATE");
        const ImportOutcome locked = check(dialog, ImportKind::Families, path);
        QCOMPARE(locked.status, CsvImport::Status::Storage);
        QVERIFY2(dialog.statusMessage().contains(s("could not be used")),
                 qPrintable(dialog.statusMessage()));
        QVERIFY(dialog.statusMessage().contains(s("Nothing was written")));
        QVERIFY(!dialog.importButton()->isEnabled());
        other.execute("ROLLBACK");
        QCOMPARE(coop.head(), 0);

        // The check passes once the lock is gone; then the lock comes back
        // while importing: nothing is half-written, and Import can be tried again.
        QVERIFY(runStep(dialog, [&] { dialog.checkAgain(); }).ok());
        other.execute("BEGIN IMMEDIATE");
        QCOMPARE(commit(dialog).status, CsvImport::Status::Storage);
        QVERIFY(dialog.statusMessage().contains(s("Nothing was written")));
        other.execute("ROLLBACK");
        QCOMPARE(coop.head(), 0);
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(commit(dialog).summary.appended, familiesCommands);
        QCOMPARE(coop.head(), familiesCommands);
    }

    void cancellingALargeImportLeavesTheStoreUnchanged()
    {
        Coop coop;
        coop.temp.enroll(s("f1"));
        coop.temp.enroll(s("f2"));
        coop.temp.enroll(s("f3"));
        const QString path = coop.file("payments.csv");
        writeFile(path, largePaymentsFile(50000));
        const qint64 start = coop.head();

        ImportDialog dialog(coop.session.get());
        dialog.show();
        const ImportOutcome checked = check(dialog, ImportKind::Payments, path);
        QVERIFY2(checked.ok(), qPrintable(dialog.statusMessage()));
        QCOMPARE(checked.summary.rows, 50000);
        QCOMPARE(checked.summary.wouldAppend, 50000);
        QCOMPARE(dialog.previewModel()->rowCount(), 100);

        // Cancel as soon as the import has begun: the worker stops at its
        // next progress report, inside the transaction, and rolls it back.
        const ImportOutcome cancelled = runStep(dialog, [&] {
            dialog.importButton()->click();
            QCOMPARE(dialog.state(), ImportDialog::State::Importing);
            QVERIFY(dialog.cancelButton()->isVisible());
            dialog.cancelButton()->click();
        });
        QCOMPARE(cancelled.status, CsvImport::Status::Cancelled);
        QCOMPARE(coop.head(), start);
        QVERIFY(dialog.statusMessage().contains(s("nothing was written")));
        QVERIFY(!dialog.cancelButton()->isVisible());
        // The file can still be imported after a cancel.
        QVERIFY(dialog.importButton()->isEnabled());

        // Closing the dialog while it checks stops the check, then closes.
        QSignalSpy finished(&dialog, &ImportDialog::stepFinished);
        dialog.checkAgain();
        QCOMPARE(dialog.state(), ImportDialog::State::Checking);
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(finished.wait(stepTimeoutMs));
        QCOMPARE(finished.first().first().value<ImportOutcome>().status,
                 CsvImport::Status::Cancelled);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(coop.head(), start);
        coop.session.reset();
        coop.temp.reopen();
        QCOMPARE(coop.head(), start);
    }

    void fileMenuOpensTheDialogForWritableFiles()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        const QString path = QDir(coop.dir()).filePath(s("families.csv"));
        writeFile(path, familiesCsv);

        MainWindow window;
        window.show();
        auto* action = window.findChild<ImportMenuAction*>(s("actionImport"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(s("Ctrl+I")));
        QVERIFY(!action->isEnabled());

        QVERIFY(window.openFile(coop.path()));
        QVERIFY(action->isEnabled());
        action->trigger();
        QPointer<ImportDialog> dialog = action->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const qint64 start = coop.store().headPosition();
        QVERIFY(check(*dialog, ImportKind::Families, path).ok());
        QVERIFY(commit(*dialog).ok());
        QCOMPARE(coop.store().headPosition(), start + familiesCommands);
        QVERIFY(window.statusBar()->currentMessage().contains(s("Events written: 6.")));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->projections().projectedPosition(),
                                  start + familiesCommands, 20000);

        // Closing the file closes the dialog.
        window.closeFile();
        QVERIFY(!dialog);
        QVERIFY(!action->isEnabled());
        QVERIFY(!action->openDialog());
        QVERIFY(boxes.requests().isEmpty());
    }

    void readOnlyFilesCannotImport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("shared.coop"));
        coopfile::create(path);
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.session()->isReadOnly());
        auto* action = window.findChild<ImportMenuAction*>(s("actionImport"));
        QVERIFY(action && !action->isEnabled());
        QVERIFY(!action->openDialog());
        window.closeFile();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // Pictures of the dialog for people to look at: set
    // COOPDESK_SCREENSHOT_DIR to a folder to write them.
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << s("en");
        QTest::newRow("es") << s("es");
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("COOPDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("COOPDESK_SCREENSHOT_DIR is not set");
        QFETCH(QString, language);
        AppTranslations translations;
        QVERIFY(translations.install(language));

        Coop coop;
        coop.temp.enroll(s("f1"), s("Martinez Family"));
        coop.temp.enroll(s("f2"), s("Smith Family"));
        const QString good = coop.file("payments.csv");
        QByteArray csv = "family_id,amount,date,payment_method,transaction_id,notes\n";
        for (int i = 0; i < 40; ++i)
            csv += (i % 2 ? "f1" : "f2") + QByteArray(",125.50,2024-09-") +
                   QByteArray::number(10 + i % 18) + ",card,t" + QByteArray::number(i) +
                   ",September\n";
        writeFile(good, csv);
        const QString bad = coop.file("payments-bad.csv");
        writeFile(bad, "family_id,amount,date,payment_method,transaction_id\n"
                       "f1,125.50,2024-09-05,card,t1\n"
                       "f1,\"1,250.00\",2024-09-05,card,t2\n"
                       "f2,100,2024-09-31,cash,\n"
                       "f9,100,2024-09-06,cash,\n"
                       "f2,100,2024-09-07,bitcoin,\n"
                       "f1,-5,2024-09-08,ach,\n");

        ImportDialog dialog(coop.session.get());
        dialog.show();
        QVERIFY(check(dialog, ImportKind::Payments, good).ok());
        QVERIFY(grab(dialog).save(QDir(folder).filePath(s("import-preview-%1.png").arg(language))));
        QCOMPARE(check(dialog, ImportKind::Payments, bad).status, CsvImport::Status::RowErrors);
        QVERIFY(grab(dialog).save(QDir(folder).filePath(s("import-errors-%1.png").arg(language))));
        QVERIFY(check(dialog, ImportKind::Payments, good).ok());
        // While importing: the progress bar and Cancel (the outcome is queued,
        // so the dialog is still importing when it is grabbed).
        const ImportOutcome imported = runStep(dialog, [&] {
            dialog.importButton()->click();
            QVERIFY(grab(dialog).save(
                QDir(folder).filePath(s("import-progress-%1.png").arg(language))));
        });
        QVERIFY(imported.ok());
        QVERIFY(grab(dialog).save(QDir(folder).filePath(s("import-summary-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
