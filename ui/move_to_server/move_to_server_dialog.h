#pragma once

#include "connect/connection_fields.h"
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
// dialog's fields), then copies every event of the open co-op file into
// that empty database with a MoveToServerJob, showing the events copied
// with Cancel. When the server wants a password it is asked for (kept for
// this move and the session opened on it; in the keychain too when the box
// is ticked and the move went through). A refusal is shown in the
// dialog with the form kept; the file is never changed. Accepted once the
// co-op is on the server.
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

    // Starts the copy into the database the fields name; false (and why,
    // in the dialog) when the fields are incomplete or a copy runs.
    bool startMove();
    void cancelMove();
    bool isMoving() const { return m_job && m_job->isRunning(); }

    // Where the co-op went, with the password given for it (if any); set
    // once accepted.
    StoreLocation target() const { return m_target; }
    MoveToServerResult moveResult() const { return m_result; }
    QString errorText() const;
    // Why a password to remember was not saved in the keychain (translated);
    // empty if it was, or none was to be.
    QString keychainProblem() const { return m_keychainProblem; }

    void reject() override;

signals:
    // The move ended: moved (and the dialog accepted), cancelled or refused.
    void finished(const coopdesk::MoveToServerResult& result);

private:
    void startCopy(const StoreLocation& target);
    void onFinished(const MoveToServerResult& result);
    void setBusy(bool busy);

    StoreLocation m_source;
    QString m_fileName;
    PasswordPrompt m_passwordPrompt;
    QPointer<MoveToServerJob> m_job;
    QPointer<QProgressDialog> m_progress;
    StoreLocation m_attempt;                  // what the copy running (or last run) goes to
    std::optional<PasswordAnswer> m_password; // the one given for m_attempt, if asked
    bool m_closeWhenStopped = false;          // closed while copying: close once stopped
    StoreLocation m_target;
    QString m_keychainProblem;
    MoveToServerResult m_result;

    MessageBar* m_error = nullptr;
    ConnectionForm* m_form = nullptr;
    QPushButton* m_move = nullptr;
};

} // namespace coopdesk
