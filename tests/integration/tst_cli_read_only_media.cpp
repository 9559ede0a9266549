// A co-op on read-only media (SPEC 3 and 10, issue 7): a backup on a CD or a
// read-only share can be queried, replayed, exported and verified; nothing
// is written there (the read models are built in a temporary folder), and
// `exec` fails with exit 3 saying the file is read-only. A file whose last
// changes are still in its -wal, with no -shm to read them, is refused with
// a message rather than read without them.
//
// Read-only media are a read-only bind mount made by the test when it runs
// as root (as CI does: file permissions do not stop root), else a folder
// and file without write permission.

#include "cli_runner.h"
#include "command_lines.h"
#include "projections/views_file.h"
#include "skip_outside_ci.h"
#include "temp_coop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

bool runTool(const QString& program, const QStringList& arguments, QString* errors = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool ok = process.waitForFinished(30000) &&
                    process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (errors)
        *errors = QString::fromLocal8Bit(process.readAllStandardError()) + process.errorString();
    return ok;
}

// A folder's contents seen through read-only media, undone when it goes.
class ReadOnlyView
{
public:
    // Returns false, with `why`, when no read-only view can be made here.
    bool make(const QString& source, const QString& mountPoint, QString& why)
    {
        if (::geteuid() != 0) {
            // Not root: permissions are enough.
            m_source = source;
            m_path = source;
            for (const QString& name : QDir(source).entryList(QDir::Files))
                ::chmod(QFile::encodeName(QDir(source).filePath(name)).constData(), 0444);
            return ::chmod(QFile::encodeName(source).constData(), 0555) == 0;
        }
        QDir().mkpath(mountPoint);
        QString errors;
        if (!runTool(u"mount"_s, {u"--bind"_s, source, mountPoint}, &errors)) {
            why = u"mount --bind failed (no mount privilege in this container?): "_s + errors;
            return false;
        }
        m_mountPoint = mountPoint;
        if (!runTool(u"mount"_s, {u"-o"_s, u"remount,bind,ro"_s, mountPoint}, &errors)) {
            why = u"mount -o remount,bind,ro failed: "_s + errors;
            return false;
        }
        m_path = mountPoint;
        return true;
    }
    ~ReadOnlyView()
    {
        if (!m_mountPoint.isEmpty())
            runTool(u"umount"_s, {m_mountPoint});
        if (!m_source.isEmpty())
            ::chmod(QFile::encodeName(m_source).constData(), 0755);
    }
    QString filePath(const QString& name) const { return QDir(m_path).filePath(name); }

private:
    QString m_path;
    QString m_mountPoint;
    QString m_source; // chmod'ed, when not root
};

QByteArray digestOfFolder(const QString& folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& name : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hash.addData(name.toUtf8());
            hash.addData(file.readAll());
        }
    }
    return hash.result();
}

} // namespace

class TestCliReadOnlyMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A co-op with its views file, as a backup copied to a CD would be.
        const QString source = m_dir.filePath(u"backup"_s);
        QVERIFY(QDir().mkpath(source));
        const QString path = QDir(source).filePath(u"coop.coop"_s);
        QCOMPARE(runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        const CliRun filled =
            runCli({u"--db"_s, path, u"exec"_s, u"--wait"_s}, familyLines(u"cd"_s, 30));
        QCOMPARE(filled.exitCode, 0);
        QVERIFY(QFileInfo::exists(viewsPathOf(path)));
        QString why;
        if (!m_media.make(source, m_dir.filePath(u"cd"_s), why))
            COOPDESK_SKIP_OUTSIDE_CI(qPrintable(u"no read-only media can be made here: "_s + why));
        m_coop = m_media.filePath(u"coop.coop"_s);
        m_before = digestOfFolder(m_media.filePath({}));
    }

    void readCommandsWork_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("lines");
        QTest::newRow("export-events") << QStringList{u"export-events"_s} << 30;
        QTest::newRow("replay") << QStringList{u"replay"_s, u"cd-f0"_s} << 1;
        QTest::newRow("query families") << QStringList{u"query"_s, u"families"_s} << 1;
        QTest::newRow("query family") << QStringList{u"query"_s, u"family"_s, u"cd-f3"_s} << 1;
        QTest::newRow("query history") << QStringList{u"query"_s, u"history"_s, u"cd-f3"_s} << 1;
        QTest::newRow("status") << QStringList{u"status"_s} << 1;
        QTest::newRow("verify") << QStringList{u"verify"_s} << 1;
    }
    void readCommandsWork()
    {
        QFETCH(QStringList, command);
        QFETCH(int, lines);
        const CliRun run = runCli(QStringList{u"--db"_s, m_coop} + command);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines().size(), lines);
        QCOMPARE(digestOfFolder(m_media.filePath({})), m_before);
    }

    void queriesAnswerFromTheEvents()
    {
        const CliRun run = runCli({u"--db"_s, m_coop, u"query"_s, u"families"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 10);
        // It says where the read models came from, on stderr.
        QVERIFY2(run.err.contains("temporary folder"), run.err.constData());
        const CliRun family = runCli({u"--db"_s, m_coop, u"query"_s, u"family"_s, u"cd-f3"_s});
        QCOMPARE(family.json().value(u"children_count"_s).toInt(), 1);
    }

    void verifyChecksTheEventsAndSaysWhatItSkipped()
    {
        const CliRun run = runCli({u"--db"_s, m_coop, u"verify"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.json().value(u"ok"_s), true);
        QCOMPARE(run.json().value(u"events_checked"_s).toInteger(), 30);
        QCOMPARE(run.json().value(u"read_models_checked"_s), false);
        QVERIFY2(run.err.contains("read models were not compared"), run.err.constData());
    }

    void execFailsSayingReadOnly()
    {
        const CliRun run = runCli({u"--db"_s, m_coop, u"exec"_s}, enrollLine(u"new"_s));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("read-only"), run.err.constData());
        QCOMPARE(run.jsonLines().size(), 1);
        QCOMPARE(run.jsonLines().first().value(u"error"_s).toObject().value(u"code"_s),
                 u"storage"_s);
        QCOMPARE(digestOfFolder(m_media.filePath({})), m_before);
    }

    // Copied while a program had it open: its last events are only in the
    // -wal. Immutable reading would miss them; without a -shm nothing else
    // can read them there, so the file is refused and the message says how.
    void aWalWithoutShmIsRefused()
    {
        const QString source = m_dir.filePath(u"wal-source"_s);
        const QString copy = m_dir.filePath(u"wal-copy"_s);
        QVERIFY(QDir().mkpath(source));
        QVERIFY(QDir().mkpath(copy));
        {
            TempCoop live;
            live.enroll(u"f1"_s);
            live.enroll(u"f2"_s);
            QVERIFY(QFileInfo(live.path() + u"-wal"_s).size() > 0);
            QVERIFY(QFile::copy(live.path(), QDir(copy).filePath(u"coop.coop"_s)));
            QVERIFY(QFile::copy(live.path() + u"-wal"_s, QDir(copy).filePath(u"coop.coop-wal"_s)));
        }
        ReadOnlyView media;
        QString why;
        if (!media.make(copy, m_dir.filePath(u"wal-cd"_s), why))
            COOPDESK_SKIP_OUTSIDE_CI(qPrintable(why));
        const QString path = media.filePath(u"coop.coop"_s);
        for (const QStringList& command :
             {QStringList{u"export-events"_s}, QStringList{u"verify"_s},
              QStringList{u"query"_s, u"families"_s}}) {
            const CliRun run = runCli(QStringList{u"--db"_s, path} + command);
            const QByteArray context = command.join(u' ').toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 3, context.constData());
            QVERIFY2(run.err.contains("coop.coop-wal") && run.err.contains("writable folder"),
                     context.constData());
        }
    }

    // With its -shm beside it, SQLite reads the -wal where it is.
    void aWalWithItsShmIsRead()
    {
        const QString copy = m_dir.filePath(u"shm-copy"_s);
        QVERIFY(QDir().mkpath(copy));
        {
            TempCoop live;
            live.enroll(u"f1"_s);
            live.enroll(u"f2"_s);
            for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                QVERIFY(QFile::copy(live.path() + suffix,
                                    QDir(copy).filePath(u"coop.coop"_s + suffix)));
        }
        ReadOnlyView media;
        QString why;
        if (!media.make(copy, m_dir.filePath(u"shm-cd"_s), why))
            COOPDESK_SKIP_OUTSIDE_CI(qPrintable(why));
        const QString path = media.filePath(u"coop.coop"_s);
        const CliRun exported = runCli({u"--db"_s, path, u"export-events"_s});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(exported.lines().size(), 2);
        const CliRun verified = runCli({u"--db"_s, path, u"verify"_s});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QCOMPARE(verified.json().value(u"events_checked"_s).toInteger(), 2);
    }

private:
    QTemporaryDir m_dir;
    ReadOnlyView m_media;
    QString m_coop;
    QByteArray m_before;
};

QTEST_GUILESS_MAIN(TestCliReadOnlyMedia)
#include "tst_cli_read_only_media.moc"
