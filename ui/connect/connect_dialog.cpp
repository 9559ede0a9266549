#include "connect_dialog.h"

#include "server_password.h"
#include "session/coop_session.h"
#include "widgets/message_bar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

QLineEdit* lineEdit(const char* name, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}

} // namespace

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

    m_byServer = new QRadioButton(tr("A &server"), this);
    m_byServer->setObjectName(QStringLiteral("byServer"));
    m_byService = new QRadioButton(tr("A service &name (from the PostgreSQL service file)"), this);
    m_byService->setObjectName(QStringLiteral("byService"));
    m_byServer->setChecked(true);

    m_serverFields = new QWidget(this);
    m_host = lineEdit("host", m_serverFields);
    m_host->setPlaceholderText(tr("db.example.org"));
    m_port = new QSpinBox(m_serverFields);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit("database", m_serverFields);
    m_user = lineEdit("user", m_serverFields);
    m_sslMode = new QComboBox(m_serverFields);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    const QStringList modes = ConnectionFields::sslModes();
    const QStringList modeTexts{tr("disable (no encryption)"), tr("prefer (encrypt when offered)"),
                                tr("require (always encrypt)"),
                                tr("verify-ca (encrypt, check the certificate)"),
                                tr("verify-full (encrypt, check the certificate and host)")};
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_sslMode->addItem(modeTexts.at(i), modes.at(i));
    m_sslMode->setCurrentIndex(static_cast<int>(modes.indexOf(QStringLiteral("prefer"))));
    auto* serverForm = new QFormLayout(m_serverFields);
    serverForm->setContentsMargins(24, 0, 0, 0);
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("&Port:"), m_port);
    serverForm->addRow(tr("&Database:"), m_database);
    serverForm->addRow(tr("&User:"), m_user);
    serverForm->addRow(tr("&Encryption (TLS):"), m_sslMode);

    m_serviceFields = new QWidget(this);
    m_service = lineEdit("service", m_serviceFields);
    m_serviceUser = lineEdit("serviceUser", m_serviceFields);
    m_serviceUser->setPlaceholderText(tr("as the service says"));
    auto* serviceForm = new QFormLayout(m_serviceFields);
    serviceForm->setContentsMargins(24, 0, 0, 0);
    serviceForm->addRow(tr("Ser&vice:"), m_service);
    serviceForm->addRow(tr("U&ser:"), m_serviceUser);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::tryConnect);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_byServer);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_byService);
    layout->addWidget(m_serviceFields);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_byServer, &QRadioButton::toggled, this, &ConnectDialog::updateMode);
    updateMode();
    setMinimumWidth(480);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateMode()
{
    const bool server = m_byServer->isChecked();
    m_serverFields->setEnabled(server);
    m_serviceFields->setEnabled(!server);
}

ConnectionFields ConnectDialog::fields() const
{
    ConnectionFields fields;
    fields.useService = m_byService->isChecked();
    fields.service = m_service->text();
    fields.host = m_host->text();
    fields.port = m_port->value();
    fields.database = m_database->text();
    fields.user = fields.useService ? m_serviceUser->text() : m_user->text();
    fields.sslMode = m_sslMode->currentData().toString();
    return fields;
}

void ConnectDialog::setFields(const ConnectionFields& fields)
{
    (fields.useService ? m_byService : m_byServer)->setChecked(true);
    m_service->setText(fields.service);
    m_host->setText(fields.host);
    m_port->setValue(fields.port);
    m_database->setText(fields.database);
    (fields.useService ? m_serviceUser : m_user)->setText(fields.user);
    const int mode = m_sslMode->findData(fields.sslMode);
    if (mode >= 0)
        m_sslMode->setCurrentIndex(mode);
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
    const ConnectionFields form = fields();
    if (form.useService ? form.service.trimmed().isEmpty() : form.database.trimmed().isEmpty()) {
        m_error->showMessage(MessageBar::Level::Hint, form.useService
                                                          ? tr("Give the service's name.")
                                                          : tr("Give the database's name."));
        return false;
    }
    const StoreLocation location = form.location();
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
        const QString text =
            result.error.advice.isEmpty()
                ? result.error.message
                : result.error.message + QStringLiteral("\n\n") + result.error.advice;
        m_error->showMessage(MessageBar::Level::Error, text, tr("Cannot connect"));
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
