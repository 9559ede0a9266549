#pragma once

#include "export/statement_pdf.h"
#include "queries/family_statement.h"

#include <QAction>
#include <QPointer>

namespace coopdesk {

class MainWindow;
class StatementPeriodDialog;

// Statement… (the family's page and the Family menu): the statement of
// the family the Family menu acts on, as a PDF (docs/STATEMENTS.md).
// Enabled while a co-op is open (read-only ones too: it only reads); asks
// for the period, then where to save it, writes it and says where in the
// status bar, or why not in a message box.
class FamilyStatementAction : public QAction
{
    Q_OBJECT

public:
    explicit FamilyStatementAction(MainWindow* window);
    ~FamilyStatementAction() override;

    // The statement of `familyId` for `period`, as the window makes it:
    // the co-op's name, the display currency, today.
    std::optional<statementpdf::Document> document(const QString& familyId,
                                                   const StatementPeriod& period,
                                                   QString* error = nullptr) const;
    // Writes it to `path`; a failure says why in Result::error.
    statementpdf::Result write(const QString& familyId, const StatementPeriod& period,
                               const QString& path) const;

    StatementPeriodDialog* dialog() const;

public slots:
    // Asks for the period (null when no family is chosen or no co-op is open).
    StatementPeriodDialog* openDialog();

private:
    void chooseFileAndWrite(const QString& familyId, const StatementPeriod& period);

    MainWindow* m_window;
    QPointer<StatementPeriodDialog> m_dialog;
    QString m_lastFolder;
};

} // namespace coopdesk
