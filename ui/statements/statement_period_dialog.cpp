#include "statement_period_dialog.h"

#include "widgets/date_line_edit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coopdesk {

StatementPeriodDialog::StatementPeriodDialog(const QString& title, const QString& subject,
                                             QDate today, QWidget* parent)
    : QDialog(parent)
    , m_subject(new QLabel(subject, this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statementPeriodDialog"));
    setWindowTitle(title);
    m_subject->setObjectName(QStringLiteral("statementSubject"));
    m_subject->setWordWrap(true);
    m_from->setObjectName(QStringLiteral("statementFrom"));
    m_to->setObjectName(QStringLiteral("statementTo"));
    m_problem->setObjectName(QStringLiteral("statementPeriodProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* hint = new QLabel(tr("Entries before the first day are added up as the balance brought "
                               "forward."),
                            this);
    hint->setWordWrap(true);
    QPushButton* save = m_buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("statementSave"));
    save->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    // Wide enough for the family's name and the hint on a line or two.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &DateLineEdit::edited, this, &StatementPeriodDialog::validate);
    connect(m_to, &DateLineEdit::edited, this, &StatementPeriodDialog::validate);
    setPeriod(defaultStatementPeriod(today));
}

StatementPeriod StatementPeriodDialog::period() const
{
    return {m_from->date(), m_to->date()};
}

void StatementPeriodDialog::setPeriod(const StatementPeriod& period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    validate();
}

QString StatementPeriodDialog::problem() const
{
    const auto dateProblem = [](const DateLineEdit* edit) {
        return edit->isEmpty() ? tr("enter a date.") : edit->inputError();
    };
    if (!m_from->date().isValid())
        return tr("First day: %1").arg(dateProblem(m_from));
    if (!m_to->date().isValid())
        return tr("Last day: %1").arg(dateProblem(m_to));
    if (m_from->date() > m_to->date())
        return tr("The first day comes after the last one.");
    return {};
}

void StatementPeriodDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(why.isEmpty());
    }
}

} // namespace coopdesk
