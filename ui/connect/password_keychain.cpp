#include "password_keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QCursor>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>

namespace coopdesk {

namespace {

struct PasswordKeychainText
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::PasswordKeychain)
};

struct JobOutcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString password;
};

// Starts `job` and waits for it in a local event loop, at most `timeout`.
// A job still running then deletes itself when it ends (autoDelete); the
// loop it would report to is gone by then, so nothing waits on it.
JobOutcome runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    JobOutcome outcome;
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop,
                     [&outcome, &loop](QKeychain::Job* done) {
                         outcome.finished = true;
                         outcome.error = done->error();
                         outcome.errorString = done->errorString();
                         if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done))
                             outcome.password = read->textData();
                         loop.quit();
                     });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    // A password is never written to a plain-text file instead.
    job->setInsecureFallback(false);
    job->start();
    if (!outcome.finished) {
        // Input waits meanwhile (the desktop may be asking to unlock).
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::restoreOverrideCursor();
    }
    return outcome;
}

QString problemOf(const JobOutcome& outcome)
{
    if (!outcome.finished)
        return PasswordKeychainText::tr("The keychain did not answer in time.");
    switch (outcome.error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return PasswordKeychainText::tr("No keychain is available on this desktop (%1).")
            .arg(outcome.errorString);
    case QKeychain::AccessDeniedByUser:
        return PasswordKeychainText::tr("Access to the keychain was refused.");
    default:
        return PasswordKeychainText::tr("The keychain failed: %1").arg(outcome.errorString);
    }
}

} // namespace

PasswordKeychain::PasswordKeychain(const QString& service, std::chrono::milliseconds timeout)
    : m_service(service)
    , m_timeout(timeout)
{}

QString PasswordKeychain::keyFor(const StoreLocation& location)
{
    return location.toString();
}

PasswordKeychain::ReadResult PasswordKeychain::read(const QString& key) const
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return {};
    if (const QString problem = problemOf(outcome); !problem.isEmpty())
        return {std::nullopt, problem, !outcome.finished};
    return {outcome.password, {}};
}

QString PasswordKeychain::write(const QString& key, const QString& password) const
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(password);
    return problemOf(runJob(job, m_timeout));
}

QString PasswordKeychain::forget(const QString& key) const
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const JobOutcome outcome = runJob(job, m_timeout);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return {};
    return problemOf(outcome);
}

} // namespace coopdesk
