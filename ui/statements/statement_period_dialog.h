#pragma once

#include "queries/family_statement.h"

#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace coopdesk {

class DateLineEdit;

// Asks for the period of a statement (docs/STATEMENTS.md): from and to,
// both included, starting as the twelve calendar months up to today.
// Says what will be made (`subject`: the family, or which families) and
// accepts only a period whose dates are dates, the first not after the
// second.
class StatementPeriodDialog : public QDialog
{
    Q_OBJECT

public:
    StatementPeriodDialog(const QString& title, const QString& subject, QDate today,
                          QWidget* parent = nullptr);

    StatementPeriod period() const;
    void setPeriod(const StatementPeriod& period);
    // Why the period cannot be used; empty when it can.
    QString problem() const;

    DateLineEdit* fromEdit() const { return m_from; }
    DateLineEdit* toEdit() const { return m_to; }
    QLabel* subjectLabel() const { return m_subject; }

private:
    void validate();

    QLabel* m_subject;
    DateLineEdit* m_from;
    DateLineEdit* m_to;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace coopdesk
