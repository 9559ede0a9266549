#include "family_statement_action.h"

#include "charts/report_day.h"
#include "main_window/main_window.h"
#include "queries/query_service.h"
#include "session/coop_session.h"
#include "settings/app_settings.h"
#include "statement_file_name.h"
#include "statement_period_dialog.h"
#include "statement_reader.h"
#include "store/storage_error.h"
#include "widgets/message_box.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>

namespace coopdesk {

FamilyStatementAction::FamilyStatementAction(MainWindow* window)
    : QAction(tr("&Statement…"), window)
    , m_window(window)
{
    setObjectName(QStringLiteral("actionFamilyStatement"));
    setStatusTip(tr("Save the family's statement of account (charges, payments, corrections and "
                    "the balance over a period) as a PDF"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &FamilyStatementAction::openDialog);
    connect(window, &MainWindow::sessionOpened, this, [this] { setEnabled(true); });
    connect(window, &MainWindow::sessionClosed, this, [this] {
        delete m_dialog;
        setEnabled(false);
    });
}

FamilyStatementAction::~FamilyStatementAction()
{
    delete m_dialog;
}

std::optional<statementpdf::Document> FamilyStatementAction::document(const QString& familyId,
                                                                      const StatementPeriod& period,
                                                                      QString* error) const
{
    CoopSession* session = m_window->session();
    QueryService* queries = session ? session->queries() : nullptr;
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!queries)
        return fail(tr("The co-op's read models are not open yet."));
    std::optional<statementpdf::Statement> statement;
    try {
        statement = statementreader::read(*queries, familyId, period);
    } catch (const StorageError& failure) {
        return fail(failure.message());
    }
    if (!statement)
        return fail(tr("There is no family “%1” in the read models (yet).").arg(familyId));
    statementpdf::Document document;
    document.coopName = AppSettings().coopName(session->path());
    document.currencyCode = m_window->currencyCode();
    document.printedOn = ReportDay::today();
    document.statements << *statement;
    return document;
}

statementpdf::Result FamilyStatementAction::write(const QString& familyId,
                                                  const StatementPeriod& period,
                                                  const QString& path) const
{
    QString error;
    const std::optional<statementpdf::Document> made = document(familyId, period, &error);
    if (!made)
        return {false, false, 0, {}, error};
    return statementpdf::write(path, *made);
}

StatementPeriodDialog* FamilyStatementAction::dialog() const
{
    return m_dialog;
}

StatementPeriodDialog* FamilyStatementAction::openDialog()
{
    CoopSession* session = m_window->session();
    if (!session)
        return nullptr;
    const QString familyId = m_window->selectedFamily();
    if (familyId.isEmpty()) {
        MessageBox::information(m_window, tr("Statement"), tr("Choose a family first."),
                                tr("Open the family on the Families screen, or select it in the "
                                   "list: its statement is made from its page or this menu."));
        return nullptr;
    }
    std::optional<QJsonObject> family;
    try {
        if (session->queries())
            family = session->queries()->getFamily(familyId);
    } catch (const StorageError& failure) {
        MessageBox::critical(m_window, tr("Statement"), tr("The family cannot be read."),
                             failure.message());
        return nullptr;
    }
    if (!family) {
        MessageBox::information(m_window, tr("Statement"),
                                tr("The family “%1” is not in the read models yet.").arg(familyId),
                                tr("Try again once they have caught up."));
        return nullptr;
    }
    delete m_dialog;
    const QString name = family->value(QStringLiteral("family_name")).toString();
    const QString parent = family->value(QStringLiteral("parent_name")).toString();
    m_dialog = new StatementPeriodDialog(
        tr("Statement"),
        parent.isEmpty() ? tr("The statement of account of %1, as a PDF.").arg(name)
                         : tr("The statement of account of %1 (%2), as a PDF.").arg(name, parent),
        ReportDay::today(), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this, familyId] {
        const StatementPeriod period = m_dialog->period();
        // After the dialog has gone: the file dialog is the next window.
        QMetaObject::invokeMethod(
            this, [this, familyId, period] { chooseFileAndWrite(familyId, period); },
            Qt::QueuedConnection);
    });
    m_dialog->open();
    return m_dialog;
}

void FamilyStatementAction::chooseFileAndWrite(const QString& familyId,
                                               const StatementPeriod& period)
{
    QString error;
    const std::optional<statementpdf::Document> made = document(familyId, period, &error);
    if (!made) {
        MessageBox::critical(m_window, tr("Statement"), tr("The statement cannot be made."), error);
        return;
    }
    if (m_lastFolder.isEmpty())
        m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = StatementFileName::forFamily(
        made->statements.first().family.value(QStringLiteral("family_name")).toString(), period);
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Statement"),
                                                QDir(m_lastFolder).filePath(name),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    m_lastFolder = QFileInfo(path).absolutePath();
    const statementpdf::Result result = statementpdf::write(path, *made);
    if (!result.ok) {
        MessageBox::critical(m_window, tr("Statement"), tr("The statement could not be saved."),
                             result.error);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Statement saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace coopdesk
