#include "server_sign_in.h"

#include "connection_fields.h"
#include "password_keychain.h"

#include <QApplication>
#include <QCoreApplication>

namespace coopdesk {

namespace {

struct ServerSignIn
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::ServerSignIn)
};

CoopSession::OpenResult openWaiting(const StoreLocation& location, const QString& userId)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CoopSession::OpenResult result = CoopSession::open(location, userId);
    QApplication::restoreOverrideCursor();
    return result;
}

} // namespace

SignInResult signInToCoop(const StoreLocation& location, const QString& userId,
                          const PasswordKeychain& keychain, const PasswordPrompt& prompt)
{
    SignInResult result;
    result.opened = openWaiting(location, userId);
    if (result.opened.session || !result.opened.error.needsPassword)
        return result;

    const QString key = PasswordKeychain::keyFor(location);
    // A keychain that fails (none on this desktop) just leaves the prompt;
    // one that did not answer in time is said, and not asked again below.
    const PasswordKeychain::ReadResult saved = keychain.read(key);
    if (saved.timedOut)
        result.keychainProblem = saved.problem;
    PasswordRequest request{location, {}, saved.password.has_value()};
    if (saved.password) {
        result.opened = openWaiting(withPassword(location, *saved.password), userId);
        // Signed in, or failed for another reason than the password (the
        // schema, the role's rights): that is the answer.
        if (result.opened.session || !result.opened.error.passwordRefused)
            return result;
        // Refused: asked for instead, never tried again in a loop.
        request.refusal = result.opened.error.message;
    }

    const std::optional<PasswordAnswer> answer = prompt(request);
    if (!answer) {
        result.cancelled = true;
        return result;
    }
    result.opened = openWaiting(withPassword(location, answer->password), userId);
    if (!result.opened.session)
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

} // namespace coopdesk
