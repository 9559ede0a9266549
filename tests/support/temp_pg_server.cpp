#include "temp_pg_server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace coopdesk::test {

namespace {

QString output(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// pg_config names the server's programs; Debian keeps them per version.
QString serverBinDir()
{
    const QString configured = output(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (QFileInfo::exists(configured + QStringLiteral("/initdb")))
        return configured;
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (auto version = versions.crbegin(); version != versions.crend(); ++version) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*version);
        if (QFileInfo::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

} // namespace

TempPgServer::TempPgServer(Durability durability)
    : m_dir(QDir::tempPath() + QStringLiteral("/coopdesk-pg-XXXXXX"))
    , m_bin(serverBinDir())
    , m_durability(durability)
    , m_asRoot(output(QStringLiteral("id"), {QStringLiteral("-u")}) == QLatin1String("0"))
{
    if (!m_dir.isValid() || m_bin.isEmpty()) {
        m_problem = QStringLiteral("no temporary folder, or no PostgreSQL server installed "
                                   "(apt-get install postgresql)");
        return;
    }
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("desk-data")).toLocal8Bit());
    // The server refuses to run as root, and its socket folder must be its own.
    if (m_asRoot && !run(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()}))
        return;
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!run(m_bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--no-sync"),
              QStringLiteral("-E"), QStringLiteral("UTF8")}))
        return;
    start();
}

TempPgServer::~TempPgServer()
{
    stop();
}

bool TempPgServer::start()
{
    QString options = QStringLiteral("-c listen_addresses='' -k %1").arg(m_dir.path());
    // fsync off: a throwaway cluster need not survive a power cut, and its
    // shutdown checkpoint would otherwise write every test's new database
    // to disk (half a minute on this machine).
    if (m_durability == Durability::Throwaway)
        options += QStringLiteral(" -c fsync=off");
    if (!m_running)
        m_running =
            run(m_bin + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                 m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-o"),
                 options, QStringLiteral("start")});
    return m_running;
}

bool TempPgServer::stop()
{
    if (m_running &&
        run(m_bin + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")}))
        m_running = false;
    return !m_running;
}

bool TempPgServer::run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    const bool asPostgres = m_asRoot && program.startsWith(m_bin);
    if (asPostgres)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    m_problem = QStringLiteral("%1 failed: %2%3")
                    .arg(QFileInfo(program).fileName(),
                         QString::fromLocal8Bit(process.readAllStandardError()),
                         QString::fromLocal8Bit(process.readAllStandardOutput()));
    return false;
}

StoreLocation TempPgServer::locationOf(const QString& name) const
{
    return StoreLocation::fromText(
        QStringLiteral("host=%1 dbname=%2 user=postgres").arg(m_dir.path(), name));
}

StoreLocation TempPgServer::uriOf(const QString& name) const
{
    return StoreLocation::fromText(
        QStringLiteral("postgresql:///%1?host=%2&user=postgres").arg(name, m_dir.path()));
}

std::unique_ptr<PgConnection> TempPgServer::connectAsSuperuser(const QString& database) const
{
    return std::make_unique<PgConnection>(locationOf(database));
}

StoreLocation TempPgServer::createDatabase(const QString& name)
{
    // An identifier cannot be a bound parameter: only plain names are taken.
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_]+$"));
    if (!plain.match(name).hasMatch())
        qFatal("TempPgServer::createDatabase: not a plain name");
    connectAsSuperuser(QStringLiteral("postgres"))
        ->executeScript(QStringLiteral("CREATE DATABASE %1").arg(name).toUtf8().constData());
    return locationOf(name);
}

StoreLocation TempPgServer::locationAs(const QString& name, const QString& role) const
{
    return StoreLocation::fromText(
        QStringLiteral("host=%1 dbname=%2 user=%3").arg(m_dir.path(), name, role));
}

void TempPgServer::createLoginRole(const QString& role, const QString& group)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9_]*$"));
    if (role.isEmpty() || !plain.match(role).hasMatch() || !plain.match(group).hasMatch())
        qFatal("TempPgServer::createLoginRole: not a plain name");
    QString sql = QStringLiteral("CREATE ROLE %1 LOGIN").arg(role);
    if (!group.isEmpty())
        sql += QStringLiteral("; GRANT %1 TO %2").arg(group, role);
    connectAsSuperuser(QStringLiteral("postgres"))->executeScript(sql.toUtf8().constData());
}

bool TempPgServer::createPasswordRole(const QString& role, const QString& password,
                                      const QString& group)
{
    static const QRegularExpression plainPassword(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!plainPassword.match(password).hasMatch())
        qFatal("TempPgServer::createPasswordRole: not a plain password");
    createLoginRole(role, group);
    connectAsSuperuser(QStringLiteral("postgres"))
        ->executeScript(
            QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(role, password).toUtf8().constData());
    QFile hba(m_dir.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::ReadOnly))
        return false;
    const QByteArray rules = hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    hba.write("local all " + role.toUtf8() + " scram-sha-256\n" + rules);
    hba.close();
    return stop() && start();
}

} // namespace coopdesk::test
