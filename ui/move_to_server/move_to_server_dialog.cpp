#include "move_to_server_dialog.h"

#include "connect/connection_form.h"
#include "connect/server_password.h"
#include "session/storage_advice.h"
#include "widgets/job_progress.h"
#include "widgets/message_bar.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace coopdesk {

namespace {

struct MoveToServerAdvice
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::MoveToServerAdvice)
};

// What to do when the server refused the copy; the store's message says what.
QString adviceFor(const std::optional<StorageError::Kind>& kind)
{
    if (!kind)
        return {};
    switch (*kind) {
    case StorageError::Kind::ReadOnly:
        return MoveToServerAdvice::tr(
            "Sign in as the database's owner: only that role may copy events "
            "that others recorded, keeping who recorded them.");
    case StorageError::Kind::Other:
        return MoveToServerAdvice::tr(
            "A co-op moves only into an empty database. Ask the server's "
            "administrator for a new one, owned by the role you sign in as.");
    case StorageError::Kind::Unreachable:
    case StorageError::Kind::Io:
        return MoveToServerAdvice::tr(
            "Check the server's name and port, the database and the user, "
            "and that this computer can reach the server.");
    case StorageError::Kind::Locked:
        return MoveToServerAdvice::tr("The server is busy. Try again in a moment.");
    case StorageError::Kind::NotCoopFile:
    case StorageError::Kind::NewerSchema:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::DiskFull:
        break;
    }
    return MoveToServerAdvice::tr("Ask the server's administrator about the message above.");
}

} // namespace

MoveToServerDialog::MoveToServerDialog(const StoreLocation& source, const QString& fileName,
                                       QWidget* parent)
    : QDialog(parent)
    , m_source(source)
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("moveToServerDialog"));
    setWindowTitle(tr("Move to a Server"));
    m_passwordPrompt = [this](const PasswordRequest& request) {
        return askServerPassword(this, request);
    };

    auto* intro =
        new QLabel(tr("Every event of “%1” is copied into an empty database on a PostgreSQL "
                      "server, where several desks can then record into the co-op. Sign in "
                      "as the database's owner. The file itself is kept as it is.")
                       .arg(fileName),
                   this);
    intro->setWordWrap(true);
    m_error = new MessageBar(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_form = new ConnectionForm(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_move = buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_move->setDefault(true);
    connect(m_move, &QPushButton::clicked, this, &MoveToServerDialog::startMove);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveToServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_error);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

MoveToServerDialog::~MoveToServerDialog()
{
    jobprogress::close(m_progress);
    delete m_job; // cancels and waits: the database is left as it was found
}

ConnectionFields MoveToServerDialog::fields() const
{
    return m_form->fields();
}

void MoveToServerDialog::setFields(const ConnectionFields& fields)
{
    m_form->setFields(fields);
}

void MoveToServerDialog::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordPrompt = std::move(prompt);
}

QString MoveToServerDialog::errorText() const
{
    return m_error->text();
}

bool MoveToServerDialog::startMove()
{
    if (isMoving())
        return false;
    const QString missing = m_form->missingField();
    if (!missing.isEmpty()) {
        m_error->showMessage(MessageBar::Level::Hint, missing);
        return false;
    }
    m_error->clear();
    m_closeWhenStopped = false;
    const SignInOutcome signIn =
        signInToServer(fields().location(), m_keychain, m_passwordPrompt, trySignIn);
    m_keychainProblem = signIn.keychainProblem;
    if (signIn.cancelled) {
        m_error->showMessage(MessageBar::Level::Hint,
                             tr("The server asks for a password: choose Move again to give it."));
        return false;
    }
    if (!signIn.last.signedIn) {
        showRefusal(signIn.last.message, signIn.last.kind);
        return false;
    }
    startCopy(signIn.location);
    return true;
}

void MoveToServerDialog::startCopy(const StoreLocation& target)
{
    m_attempt = target;
    // The last job's finished signal may still be on its way out.
    if (m_job)
        m_job->deleteLater();
    m_job = new MoveToServerJob(m_source, this);
    connect(m_job, &MoveToServerJob::finished, this, &MoveToServerDialog::onFinished);
    jobprogress::close(m_progress);
    const QString label = tr("Copying the events of %1 to %2…").arg(m_fileName, target.toString());
    m_progress = jobprogress::open(this, QStringLiteral("moveProgress"), tr("Move to a Server"),
                                   label, tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, &MoveToServerDialog::cancelMove);
    connect(
        m_job, &MoveToServerJob::progress, m_progress, [this, label](qint64 done, qint64 total) {
            jobprogress::show(m_progress, done, total,
                              label + u'\n' +
                                  tr("%1 of %2 events copied")
                                      .arg(QLocale().toString(done), QLocale().toString(total)));
        });
    setBusy(true);
    m_job->start(target);
}

void MoveToServerDialog::cancelMove()
{
    if (m_job)
        m_job->cancel();
}

void MoveToServerDialog::reject()
{
    // Closing asks the copy to stop; the dialog closes once it has.
    if (isMoving()) {
        m_closeWhenStopped = true;
        cancelMove();
        return;
    }
    QDialog::reject();
}

void MoveToServerDialog::showRefusal(const QString& message,
                                     const std::optional<StorageError::Kind>& kind)
{
    m_error->showMessage(MessageBar::Level::Error, withAdvice(message, adviceFor(kind)),
                         tr("Nothing was moved"));
}

void MoveToServerDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_move->setEnabled(!busy);
}

void MoveToServerDialog::onFinished(const MoveToServerResult& result)
{
    jobprogress::close(m_progress);
    setBusy(false);
    using Status = MoveToServerResult::Status;
    if (result.status == Status::Failed) {
        showRefusal(result.message, result.kind);
    } else if (result.status == Status::Cancelled) {
        m_error->showMessage(MessageBar::Level::Hint,
                             tr("The move was cancelled: nothing was kept on the server."));
    }
    m_result = result;
    if (result.status == Status::Ok) {
        m_target = m_attempt;
        accept();
    } else if (m_closeWhenStopped) {
        QDialog::reject();
    }
    m_closeWhenStopped = false;
    emit finished(result);
}

} // namespace coopdesk
