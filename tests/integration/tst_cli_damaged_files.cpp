// Files damaged or held in ways a header check cannot see (SPEC 10, issue
// 9): a co-op file whose event pages are corrupt, and one locked by another
// program for longer than the busy timeout. The tool exits 3 with a clear
// message and never changes the file; the app's read side reports the
// damage instead of rebuilding its views file over and over.

#include "cli_runner.h"
#include "fixed_clock.h"
#include "projections/projection_service.h"
#include "store/coop_file.h"
#include "store/sqlite_connection.h"
#include "temp_coop.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

QByteArray enrollLines(int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        const QJsonObject command{
            {QStringLiteral("command"), QStringLiteral("EnrollFamily")},
            {QStringLiteral("family_id"), QStringLiteral("f%1").arg(i)},
            {QStringLiteral("family_name"), QStringLiteral("Family number %1").arg(i)},
            {QStringLiteral("enrollment_date"), QStringLiteral("2024-01-01")},
            {QStringLiteral("parent_name"), QString(150, QLatin1Char('p'))}};
        lines += QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines;
}

void expectStorageError(const CliRun& run, const QString& messagePart)
{
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error = run.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("storage"));
    QVERIFY2(error.value(QStringLiteral("message")).toString().contains(messagePart),
             qPrintable(error.value(QStringLiteral("message")).toString()));
    QVERIFY2(QString::fromLocal8Bit(run.err).contains(messagePart), run.err.constData());
}

} // namespace

class TestCliDamagedFiles : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("damaged.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")}, enrollLines(400))
                     .exitCode,
                 0);
        // The last connection closed: every page is in the main file now.
        QVERIFY(!QFile::exists(m_db + QStringLiteral("-wal")) ||
                QFile(m_db + QStringLiteral("-wal")).size() == 0);
    }

    void corruptEventPagesAreReportedAsDamage()
    {
        corruptAnEventPage();
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = fileBytes(m_db);

        expectStorageError(runCli({QStringLiteral("--db"), m_db, QStringLiteral("verify")}),
                           QStringLiteral("damaged"));
        expectStorageError(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export-events")}),
                           QStringLiteral("damaged"));
        QCOMPARE(fileBytes(m_db), before);
    }

    // The app's read side on a damaged co-op file: one fresh views file may
    // be tried, then the damage is reported (it is not in the views file).
    void theReadSideReportsDamageInTheCoopFile()
    {
        corruptAnEventPage();
        if (QTest::currentTestFailed())
            return;
        const QByteArray before = fileBytes(m_db);
        {
            FixedClock clock;
            ProjectionService service(StoreLocation::fromText(m_db), clock);
            QSignalSpy failures(&service, &ProjectionService::failed);
            service.start();
            QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 30000);
            QVERIFY2(failures.first().first().toString().contains(QStringLiteral("damaged")),
                     qPrintable(failures.first().first().toString()));
        }
        QCOMPARE(fileBytes(m_db), before);
    }

    void aFileLockedTooLongIsReportedNotWaitedForForever()
    {
        SqliteConnection holder(m_db, SqliteConnection::Mode::ReadWrite);
        holder.execute("BEGIN IMMEDIATE");
        const QByteArray before = fileBytes(m_db);
        const CliRun run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")},
                                  enrollLines(1).replace("f0", "late"));
        QCOMPARE(run.exitCode, 3);
        const QJsonObject error = run.jsonLines().first().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("storage"));
        QVERIFY2(
            error.value(QStringLiteral("message")).toString().contains(QStringLiteral("locked")),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        holder.execute("ROLLBACK");
        QCOMPARE(fileBytes(m_db), before);
        // Once the lock is gone the same command goes through.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")},
                        enrollLines(1).replace("f0", "late"))
                     .exitCode,
                 0);
    }

private:
    // Overwrites the fourth leaf page of the events table with garbage.
    void corruptAnEventPage()
    {
        qint64 pageSize = 0;
        qint64 page = 0;
        {
            SqliteConnection connection(m_db, SqliteConnection::Mode::ReadOnly);
            pageSize = connection.scalar("PRAGMA page_size");
            page = connection.scalar("SELECT pageno FROM dbstat WHERE name = 'events' "
                                     "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 3");
        }
        QVERIFY(page > 1);
        {
            QFile file(m_db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek((page - 1) * pageSize));
            QByteArray garbage(int(pageSize), '\xA5');
            QVERIFY(file.write(garbage) == pageSize);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliDamagedFiles)
#include "tst_cli_damaged_files.moc"
