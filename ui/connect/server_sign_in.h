#pragma once

#include "server_password.h"
#include "session/coop_session.h"
#include "store/storage_error.h"
#include "store/store_location.h"

#include <QString>

#include <functional>
#include <optional>

namespace coopdesk {

class PasswordKeychain;

// How a password is asked for; nullopt: the user cancelled.
using PasswordPrompt = std::function<std::optional<PasswordAnswer>(const PasswordRequest&)>;

// What one try at signing in to a server came to.
struct SignInTry
{
    bool signedIn = false;
    QString message; // why not, for people
    std::optional<StorageError::Kind> kind;
    // The server asks for a password the location did not give.
    bool needsPassword = false;
    // A password was given and the server refused it.
    bool passwordRefused = false;
};

// One try with `location`, which carries the password being tried, if any.
using SignInAttempt = std::function<SignInTry(const StoreLocation& location)>;

struct SignInOutcome
{
    SignInTry last;         // the last try's answer
    StoreLocation location; // the location last tried, with its password if one was used
    // The server wanted a password and the prompt was cancelled.
    bool cancelled = false;
    // What went wrong with the keychain (saving or forgetting the password),
    // translated, for the status bar; empty if nothing did.
    QString keychainProblem;
};

// Signs in to the server at `location` (SPEC 12.1), one `attempt` at a
// time. libpq's own sources come first (the location, PGPASSWORD, ~/.pgpass,
// a service file); only when the server still asks for a password is the
// keychain's tried, once, and then `prompt` asked (with the server's refusal
// of the keychain's). A password typed is saved in the keychain when the
// user ticked the box and the server took it; a saved one whose box was
// unticked is forgotten.
SignInOutcome signInToServer(const StoreLocation& location, const PasswordKeychain& keychain,
                             const PasswordPrompt& prompt, const SignInAttempt& attempt);

struct SignInResult
{
    CoopSession::OpenResult opened;
    bool cancelled = false;  // as SignInOutcome's
    QString keychainProblem; // as SignInOutcome's
};

// Opens the co-op at `location`, signing in as signInToServer says when it
// is on a server.
SignInResult signInToCoop(const StoreLocation& location, const QString& userId,
                          const PasswordKeychain& keychain, const PasswordPrompt& prompt);

// Whether the server at `location` lets this desk in (a connection, with a
// wait cursor meanwhile), as one SignInAttempt.
SignInTry trySignIn(const StoreLocation& location);

} // namespace coopdesk
