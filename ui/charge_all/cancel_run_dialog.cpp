#include "cancel_run_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coopdesk {

CancelRunDialog::CancelRunDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_what(new QLabel(what, this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("cancelRunDialog"));
    setWindowTitle(tr("Cancel This Run"));
    m_what->setWordWrap(true);
    m_what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* reasonLabel = new QLabel(tr("&Reason, recorded with every cancelled charge:"), this);
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("cancelRunReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the wrong amount was charged"));
    m_reason->setMinimumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_hint->setObjectName(QStringLiteral("cancelRunHint"));
    m_hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Cancel the &Charges"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("cancelRunAccept"));
    QPushButton* keep = buttons->addButton(tr("&Keep Them"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("cancelRunKeep"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CancelRunDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_what);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    updateButton();
    resize(520, sizeHint().height());
}

QString CancelRunDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void CancelRunDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void CancelRunDialog::updateButton()
{
    const qsizetype length = reason().toUcs4().size();
    m_accept->setEnabled(length > 0 && length <= maxReasonLength);
    m_hint->setText(length > maxReasonLength
                        ? tr("The reason is %1 characters long; at most %2 are kept.")
                              .arg(length)
                              .arg(maxReasonLength)
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace coopdesk
