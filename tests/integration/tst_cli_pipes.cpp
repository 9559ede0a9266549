// Pipes and other files that are not regular files (issue 6): `exec FILE`
// reads every line of a named pipe (FIFO), /dev/stdin and a process
// substitution, one result as each line arrives; a named pipe, folder or
// device given as the co-op file or found as its views file is a storage
// error at once (exit 3), never a hang: opening a FIFO for reading blocks.

#include "cli_runner.h"
#include "command_lines.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Opens the write end once the reader has opened the read end (before that
// a non-blocking open fails with ENXIO), then makes it blocking.
int openWriteEnd(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
    if (fd >= 0)
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

// The write end, closed however the test ends: else the reader never sees EOF.
struct WriteEnd
{
    int fd = -1;
    ~WriteEnd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    void close()
    {
        ::close(fd);
        fd = -1;
    }
};

bool writeAll(int fd, const QByteArray& bytes)
{
    return ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

void checkTwoEnrolled(const CliRun& run)
{
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QJsonObject> results = run.jsonLines();
    QCOMPARE(results.size(), 2);
    for (const QJsonObject& result : results)
        QVERIFY(result.value(u"ok"_s).toBool());
}

} // namespace

class TestCliPipes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"pipes-%1.coop"_s.arg(m_count++));
        QCOMPARE(runCli({u"--db"_s, m_db, u"init"_s}).exitCode, 0);
    }

    // A script that waits for each result before it writes the next line.
    void execReadsANamedPipeLineByLine()
    {
        const QString fifo = m_dir.filePath(u"commands-%1"_s.arg(m_count));
        QVERIFY(makeFifo(fifo));
        QProcess cli;
        cli.start(cliPath(), {u"--db"_s, m_db, u"exec"_s, fifo});
        QVERIFY(cli.waitForStarted());
        WriteEnd end;
        // QTRY_ evaluates its condition once more after it holds: open once.
        QTRY_VERIFY_WITH_TIMEOUT(end.fd >= 0 || (end.fd = openWriteEnd(fifo)) >= 0, 60000);
        QVERIFY(writeAll(end.fd, enrollLine(u"f1"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), 60000);
        const QByteArray first = cli.readLine();
        QVERIFY2(first.startsWith(R"({"ok":true)"), first.constData());
        QVERIFY(writeAll(end.fd, enrollLine(u"f2"_s)));
        end.close();
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray second = cli.readAllStandardOutput();
        QVERIFY2(second.startsWith(R"({"ok":true)"), second.constData());
        QCOMPARE(second.count('\n'), 1);
    }

    void execReadsDevStdin()
    {
        checkTwoEnrolled(runCli({u"--db"_s, m_db, u"exec"_s, u"/dev/stdin"_s},
                                enrollLine(u"f1"_s) + enrollLine(u"f2"_s)));
    }

    void execReadsAProcessSubstitution()
    {
        const QString bash = QStandardPaths::findExecutable(u"bash"_s);
        if (bash.isEmpty())
            QSKIP("process substitution needs bash, which is not installed here");
        QProcess shell;
        shell.start(bash, {u"-c"_s, uR"("$0" --db "$1" exec <(printf '%s' "$2"))"_s, cliPath(),
                           m_db, QString::fromUtf8(enrollLine(u"f1"_s) + enrollLine(u"f2"_s))});
        QVERIFY(shell.waitForFinished(60000));
        checkTwoEnrolled(
            {shell.exitCode(), shell.readAllStandardOutput(), shell.readAllStandardError()});
    }

    void notARegularFileAsTheCoopFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("named pipe") << u"fifo"_s << u"named pipe"_s;
        QTest::newRow("folder") << u"folder"_s << u"folder"_s;
        QTest::newRow("device") << u"/dev/null"_s << u"device"_s;
    }
    void notARegularFileAsTheCoopFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QString path = kind;
        if (kind == u"fifo"_s) {
            path = m_dir.filePath(u"pipe.coop"_s);
            QVERIFY(makeFifo(path));
        } else if (kind == u"folder"_s) {
            path = m_dir.filePath(u"folder.coop"_s);
            QVERIFY(QDir().mkpath(path));
        }
        for (const QStringList& command :
             {QStringList{u"exec"_s}, QStringList{u"verify"_s}, QStringList{u"export-events"_s},
              QStringList{u"query"_s, u"families"_s}, QStringList{u"status"_s},
              QStringList{u"replay"_s, u"f1"_s}}) {
            const CliRun run = runCli(QStringList{u"--db"_s, path} + command, enrollLine(u"f1"_s));
            const QByteArray context = command.join(u' ').toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 3, context.constData());
            QVERIFY2(QString::fromLocal8Bit(run.err).contains(message), context.constData());
        }
        QCOMPARE(QFileInfo(path).isFile(), false); // left as it was
    }

    void notARegularFileAsTheViewsFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("named pipe") << u"fifo"_s << u"named pipe"_s;
        QTest::newRow("folder") << u"folder"_s << u"folder"_s;
    }
    void notARegularFileAsTheViewsFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString views = viewsPathOf(m_db);
        QVERIFY(kind == u"fifo"_s ? makeFifo(views) : QDir().mkpath(views));
        for (const QStringList& command :
             {QStringList{u"exec"_s, u"--wait"_s}, QStringList{u"verify"_s},
              QStringList{u"query"_s, u"families"_s}, QStringList{u"status"_s}}) {
            const CliRun run = runCli(QStringList{u"--db"_s, m_db} + command, enrollLine(u"f1"_s));
            const QByteArray context = command.join(u' ').toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 3, context.constData());
            QVERIFY2(QString::fromLocal8Bit(run.err).contains(message), context.constData());
            QVERIFY2(QString::fromLocal8Bit(run.err).contains(views), context.constData());
        }
        QVERIFY(QFileInfo::exists(views));
        QCOMPARE(QFileInfo(views).isFile(), false); // not replaced: it is not ours to delete
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestCliPipes)
#include "tst_cli_pipes.moc"
