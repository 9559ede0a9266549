#pragma once

#include "server_password.h"
#include "session/coop_session.h"

#include <QString>

#include <functional>
#include <optional>

namespace coopdesk {

class PasswordKeychain;

// How a password is asked for; nullopt: the user cancelled.
using PasswordPrompt = std::function<std::optional<PasswordAnswer>(const PasswordRequest&)>;

struct SignInResult
{
    CoopSession::OpenResult opened;
    // The server wanted a password and the prompt was cancelled.
    bool cancelled = false;
    // What went wrong with the keychain while signing in (saving or
    // forgetting the password), translated, for the status bar; empty if
    // nothing did.
    QString keychainProblem;
};

// Opens the co-op at `location` (SPEC 12.1). libpq's own sources come first
// (the location, PGPASSWORD, ~/.pgpass, a service file); only when the
// server still asks for a password is the keychain's tried, once, and then
// `prompt` asked (with the server's refusal of the keychain's). A password
// typed is saved in the keychain when the user ticked the box and the
// server took it; a saved one whose box was unticked is forgotten.
SignInResult signInToCoop(const StoreLocation& location, const QString& userId,
                          const PasswordKeychain& keychain, const PasswordPrompt& prompt);

} // namespace coopdesk
