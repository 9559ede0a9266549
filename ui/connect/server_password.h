#pragma once

#include "store/store_location.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QLineEdit;
class QWidget;

namespace coopdesk {

class MessageBar;

// What the password prompt is told: the server `location` asks for a
// password; `refusal` is the server's answer to the one tried before (a
// remembered one, say), empty the first time; `remembered`: the keychain
// holds one for this location (the box starts ticked; unticked, it is
// forgotten on signing in).
struct PasswordRequest
{
    StoreLocation location;
    QString refusal;
    bool remembered = false;
};

// The password typed, and whether to keep it in the keychain.
struct PasswordAnswer
{
    QString password;
    bool remember = false;
};

// The prompt for a shared co-op's server password (SPEC 12.1): the
// password (never shown), and "Remember password in the keychain".
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerPasswordDialog(const PasswordRequest& request, QWidget* parent = nullptr);

    PasswordAnswer answer() const;
    void setPassword(const QString& password);
    void setRemember(bool remember);

private:
    MessageBar* m_refusal = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
};

// Shows the prompt; nullopt when cancelled.
std::optional<PasswordAnswer> askServerPassword(QWidget* parent, const PasswordRequest& request);

} // namespace coopdesk
