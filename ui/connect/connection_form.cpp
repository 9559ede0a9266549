#include "connection_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
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

ConnectionForm::ConnectionForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionForm"));
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_byServer);
    layout->addWidget(m_serverFields);
    layout->addWidget(m_byService);
    layout->addWidget(m_serviceFields);

    connect(m_byServer, &QRadioButton::toggled, this, &ConnectionForm::updateMode);
    updateMode();
}

void ConnectionForm::updateMode()
{
    const bool server = m_byServer->isChecked();
    m_serverFields->setEnabled(server);
    m_serviceFields->setEnabled(!server);
}

ConnectionFields ConnectionForm::fields() const
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

void ConnectionForm::setFields(const ConnectionFields& fields)
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

QString ConnectionForm::missingField() const
{
    const ConnectionFields form = fields();
    if (form.useService)
        return form.service.trimmed().isEmpty() ? tr("Give the service's name.") : QString();
    return form.database.trimmed().isEmpty() ? tr("Give the database's name.") : QString();
}

} // namespace coopdesk
