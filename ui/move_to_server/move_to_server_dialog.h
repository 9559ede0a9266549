#pragma once

#include "connect/connection_fields.h"
#include "connect/password_keychain.h"
#include "connect/server_sign_in.h"
#include "move_to_server_job.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QProgressDialog;
class QPushButton;

namespace coopdesk {

class ConnectionForm;
class MessageBar;

// File → Move to a Server… (SPEC 12.4): asks for the server (the Connect
// dialog's fields) and signs in as Connect does (signInToServer: the
// keychain's password, else the prompt), then copies every event of the
// open co-op file into that empty database with a MoveToServerJob, showing
// the events copied with Cancel. A refusal is shown in the dialog with the
// form kept; the file is never changed. Accepted once the co-op is on the
// server.
class MoveToServerDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToServerDialog(const StoreLocation& source, const QString& fileName,
                       QWidget* parent = nullptr);
    ~MoveToServerDialog() override;

    ConnectionFields fields() const;
    void setFields(const ConnectionFields& fields);
    // Replaces the password dialog (askServerPassword).
    void setPasswordPrompt(PasswordPrompt prompt);

    // Signs in and starts the copy into the database the fields name; false
    // (and why, in the dialog) when the fields are incomplete, a copy runs,
    // or the server did not let the desk in.
    bool startMove();
    void cancelMove();
    bool isMoving() const { return m_job && m_job->isRunning(); }

    // Where the co-op went, with the password given for it (if any); set
    // once accepted.
    StoreLocation target() const { return m_target; }
    MoveToServerResult moveResult() const { return m_result; }
    QString errorText() const;
    // What went wrong with the keychain while signing in (translated); empty
    // if nothing did.
    QString keychainProblem() const { return m_keychainProblem; }

    void reject() override;

signals:
    // The move ended: moved (and the dialog accepted), cancelled or refused.
    void finished(const coopdesk::MoveToServerResult& result);

private:
    void startCopy(const StoreLocation& target);
    void onFinished(const MoveToServerResult& result);
    void showRefusal(const QString& message, const std::optional<StorageError::Kind>& kind);
    void setBusy(bool busy);

    StoreLocation m_source;
    QString m_fileName;
    PasswordPrompt m_passwordPrompt;
    QPointer<MoveToServerJob> m_job;
    QPointer<QProgressDialog> m_progress;
    PasswordKeychain m_keychain;
    StoreLocation m_attempt;         // what the copy running (or last run) goes to
    bool m_closeWhenStopped = false; // closed while copying: close once stopped
    StoreLocation m_target;
    QString m_keychainProblem;
    MoveToServerResult m_result;

    MessageBar* m_error = nullptr;
    ConnectionForm* m_form = nullptr;
    QPushButton* m_move = nullptr;
};

} // namespace coopdesk
