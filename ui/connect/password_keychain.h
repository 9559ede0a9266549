#pragma once

#include "store/store_location.h"

#include <QString>

#include <chrono>
#include <optional>

namespace coopdesk {

// The desktop's keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store, through QtKeychain) holding a shared co-op's server
// password (SPEC 12.1), under the service "CoopDesk" and the location as
// shown (keyFor). The keychain's jobs are asynchronous: each call waits for
// its job in a local event loop, at most `timeout` (long enough for the
// desktop to ask the user to unlock the keychain, never forever). Without
// a keychain (no D-Bus session) a call fails at once with a problem.
class PasswordKeychain
{
public:
    static inline constexpr std::chrono::milliseconds defaultTimeout = std::chrono::minutes(2);

    explicit PasswordKeychain(const QString& service = QStringLiteral("CoopDesk"),
                              std::chrono::milliseconds timeout = defaultTimeout);

    struct ReadResult
    {
        std::optional<QString> password; // nullopt: none stored, or the keychain failed
        QString problem;                 // why the keychain failed (translated); empty if not
        bool timedOut = false;           // it had not answered after the timeout
    };

    // What the key is for `location`: its shown form, without a password
    // (StoreLocation::toString()).
    static QString keyFor(const StoreLocation& location);

    ReadResult read(const QString& key) const;
    // Each returns the problem (translated), empty when it worked.
    QString write(const QString& key, const QString& password) const;
    // Nothing stored under `key` is not a problem.
    QString forget(const QString& key) const;

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace coopdesk
