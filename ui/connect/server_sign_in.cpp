#include "server_sign_in.h"

#include "connection_fields.h"
#include "password_keychain.h"
#include "store/server_sign_in_check.h"

#include <QApplication>
#include <QCoreApplication>

namespace coopdesk {

namespace {

struct ServerSignIn
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::ServerSignIn)
};

// A wait cursor while the server is asked.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace

SignInOutcome signInToServer(const StoreLocation& location, const PasswordKeychain& keychain,
                             const PasswordPrompt& prompt, const SignInAttempt& attempt)
{
    SignInOutcome result;
    const auto tryWith = [&](const StoreLocation& tried) {
        result.location = tried;
        result.last = attempt(tried);
    };
    tryWith(location);
    if (result.last.signedIn || !result.last.needsPassword)
        return result;

    const QString key = PasswordKeychain::keyFor(location);
    // A keychain that fails (none on this desktop) just leaves the prompt;
    // one that did not answer in time is said, and not asked again below.
    const PasswordKeychain::ReadResult saved = keychain.read(key);
    if (saved.timedOut)
        result.keychainProblem = saved.problem;
    PasswordRequest request{location, {}, saved.password.has_value()};
    if (saved.password) {
        tryWith(withPassword(location, *saved.password));
        // Signed in, or failed for another reason than the password (the
        // schema, the role's rights): that is the answer.
        if (result.last.signedIn || !result.last.passwordRefused)
            return result;
        // Refused: asked for instead, never tried again in a loop.
        request.refusal = result.last.message;
    }

    const std::optional<PasswordAnswer> answer = prompt(request);
    if (!answer) {
        result.cancelled = true;
        return result;
    }
    tryWith(withPassword(location, answer->password));
    if (!result.last.signedIn)
        return result;

    if (saved.timedOut) {
        // Nothing more is asked of a keychain that did not answer.
    } else if (answer->remember) {
        if (const QString problem = keychain.write(key, answer->password); !problem.isEmpty())
            result.keychainProblem =
                ServerSignIn::tr("The password was not saved in the keychain: %1").arg(problem);
    } else if (request.remembered) {
        if (const QString problem = keychain.forget(key); !problem.isEmpty())
            result.keychainProblem =
                ServerSignIn::tr("The saved password could not be forgotten: %1").arg(problem);
    }
    return result;
}

SignInResult signInToCoop(const StoreLocation& location, const QString& userId,
                          const PasswordKeychain& keychain, const PasswordPrompt& prompt)
{
    SignInResult result;
    const SignInOutcome signIn =
        signInToServer(location, keychain, prompt, [&](const StoreLocation& tried) {
            const WaitCursor waiting;
            result.opened = CoopSession::open(tried, userId);
            const CoopSession::OpenError& error = result.opened.error;
            return SignInTry{result.opened.session != nullptr, error.message, std::nullopt,
                             error.needsPassword, error.passwordRefused};
        });
    result.cancelled = signIn.cancelled;
    result.keychainProblem = signIn.keychainProblem;
    return result;
}

SignInTry trySignIn(const StoreLocation& location)
{
    const WaitCursor waiting;
    try {
        checkServerSignIn(location);
        return SignInTry{true, {}, std::nullopt, false, false};
    } catch (const StorageError& error) {
        return SignInTry{false, error.message(), error.kind(), error.needsPassword(),
                         error.passwordRefused()};
    }
}

} // namespace coopdesk
