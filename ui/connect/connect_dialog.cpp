#include "connect_dialog.h"

#include "connection_form.h"
#include "server_password.h"
#include "session/coop_session.h"
#include "session/storage_advice.h"
#include "widgets/message_bar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace coopdesk {

ConnectDialog::ConnectDialog(const QString& userId, QWidget* parent)
    : QDialog(parent)
    , m_userId(userId)
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to a Shared Co-op"));
    m_passwordPrompt = [this](const PasswordRequest& request) {
        return askServerPassword(this, request);
    };

    auto* intro = new QLabel(tr("A shared co-op keeps its events on a PostgreSQL server, so "
                                "that several desks record into one co-op. Ask its "
                                "administrator for these details."),
                             this);
    intro->setWordWrap(true);
    m_error = new MessageBar(this);
    m_error->setObjectName(QStringLiteral("connectError"));

    m_form = new ConnectionForm(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(buttons);

    setMinimumWidth(480);
}

ConnectDialog::~ConnectDialog() = default;

ConnectionFields ConnectDialog::fields() const
{
    return m_form->fields();
}

void ConnectDialog::setFields(const ConnectionFields& fields)
{
    m_form->setFields(fields);
}

void ConnectDialog::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordPrompt = std::move(prompt);
}

void ConnectDialog::setKeychain(const PasswordKeychain& keychain)
{
    m_keychain = keychain;
}

bool ConnectDialog::tryConnect()
{
    const QString missing = m_form->missingField();
    if (!missing.isEmpty()) {
        m_error->showMessage(MessageBar::Level::Hint, missing);
        return false;
    }
    const StoreLocation location = fields().location();
    m_error->clear();
    SignInResult signIn = signInToCoop(location, m_userId, m_keychain, m_passwordPrompt);
    m_keychainProblem = signIn.keychainProblem;
    CoopSession::OpenResult& result = signIn.opened;
    if (signIn.cancelled) {
        m_error->showMessage(MessageBar::Level::Hint,
                             tr("The server asks for a password: connect again to give it."));
        return false;
    }
    if (!result.session) {
        m_error->showMessage(MessageBar::Level::Error,
                             withAdvice(result.error.message, result.error.advice),
                             tr("Cannot connect"));
        return false;
    }
    m_session = std::move(result.session);
    accept();
    return true;
}

std::unique_ptr<CoopSession> ConnectDialog::takeSession()
{
    return std::move(m_session);
}

QString ConnectDialog::errorText() const
{
    return m_error->text();
}

} // namespace coopdesk
