#pragma once

#include "connection_fields.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace coopdesk {

class ConnectionForm;
class CoopSession;
class MessageBar;

// File ▸ Connect to a Shared Co-op… (SPEC 12.1): the server's host, port,
// database, user and TLS mode, or a service name. Connect opens the co-op
// there; a failure is shown in the dialog with the form kept, and a server
// that wants a password gets one asked for (used for this session only).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    // How a password is asked for; nullopt: the user cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const StoreLocation&)>;

    explicit ConnectDialog(const QString& userId, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    ConnectionFields fields() const;
    void setFields(const ConnectionFields& fields);
    // Replaces the password dialog (askServerPassword).
    void setPasswordPrompt(PasswordPrompt prompt);

    // Tries to open the co-op the fields name; accepts the dialog when it
    // opened, else shows why. Returns whether it opened.
    bool tryConnect();
    // The co-op opened, once accepted (null before, and after taking it).
    std::unique_ptr<CoopSession> takeSession();
    QString errorText() const;

private:
    QString m_userId;
    PasswordPrompt m_passwordPrompt;
    std::unique_ptr<CoopSession> m_session;

    MessageBar* m_error = nullptr;
    ConnectionForm* m_form = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace coopdesk
