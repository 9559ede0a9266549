#include "server_password.h"

#include "widgets/message_bar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coopdesk {

ServerPasswordDialog::ServerPasswordDialog(const PasswordRequest& request, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Server Password"));

    m_refusal = new MessageBar(this);
    m_refusal->setObjectName(QStringLiteral("passwordRefusal"));
    if (!request.refusal.isEmpty())
        m_refusal->showMessage(MessageBar::Level::Error, request.refusal,
                               tr("The saved password was not accepted"));

    auto* label = new QLabel(tr("The server of the shared co-op\n%1\nasks for a password.")
                                 .arg(request.location.toString()),
                             this);
    label->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);

    m_remember = new QCheckBox(tr("&Remember password in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(request.remembered);
    m_remember->setToolTip(tr("Kept in the desktop's keychain, never in CoopDesk's settings. "
                              "Untick it to forget a saved password."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_refusal);
    layout->addWidget(label);
    layout->addWidget(m_password);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

PasswordAnswer ServerPasswordDialog::answer() const
{
    return {m_password->text(), m_remember->isChecked()};
}

void ServerPasswordDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void ServerPasswordDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

std::optional<PasswordAnswer> askServerPassword(QWidget* parent, const PasswordRequest& request)
{
    ServerPasswordDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace coopdesk
