#pragma once

#include "connection_fields.h"
#include "password_keychain.h"
#include "server_sign_in.h"

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
// that wants a password gets the keychain's or one asked for
// (signInToCoop).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(const QString& userId, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    ConnectionFields fields() const;
    void setFields(const ConnectionFields& fields);
    // Replaces the password dialog (askServerPassword).
    void setPasswordPrompt(PasswordPrompt prompt);
    // Replaces the desktop keychain of the service "CoopDesk".
    void setKeychain(const PasswordKeychain& keychain);

    // Tries to open the co-op the fields name; accepts the dialog when it
    // opened, else shows why. Returns whether it opened.
    bool tryConnect();
    // The co-op opened, once accepted (null before, and after taking it).
    std::unique_ptr<CoopSession> takeSession();
    QString errorText() const;
    // What went wrong with the keychain on the last sign-in (the password
    // not saved, say), for the window's status bar; empty if nothing did.
    QString keychainProblem() const { return m_keychainProblem; }

private:
    QString m_userId;
    PasswordPrompt m_passwordPrompt;
    PasswordKeychain m_keychain;
    QString m_keychainProblem;
    std::unique_ptr<CoopSession> m_session;

    MessageBar* m_error = nullptr;
    ConnectionForm* m_form = nullptr;
    QPushButton* m_connect = nullptr;
};

} // namespace coopdesk
