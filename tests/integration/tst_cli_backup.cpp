// `coopdesk-cli backup FILE` (SPEC 7, 8): a consistent, verified copy of the
// co-op file while others may append; an existing file is never replaced.

#include "cli_runner.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray enrollments(int from, int count)
{
    QByteArray input;
    for (int i = from; i < from + count; ++i)
        input += QJsonDocument(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                       {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                       {u"enrollment_date"_s, u"2024-09-01"_s}}))
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    return input;
}

QList<RecordedEvent> eventsOf(const QString& path)
{
    return openStore(path)->readAfter(0, 1000000);
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void writesAVerifiedOwnerOnlyCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        QCOMPARE(runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        QCOMPARE(runCli({u"--db"_s, path, u"exec"_s}, enrollments(0, 25)).exitCode, 0);
        const QString copy = dir.filePath(u"backup.coop"_s);
        const CliRun backup = runCli({u"--db"_s, path, u"backup"_s, copy});
        QCOMPARE(backup.exitCode, 0);
        QCOMPARE(backup.json().value(u"ok"_s).toBool(), true);
        QCOMPARE(backup.json().value(u"file"_s).toString(), copy);
        QCOMPARE(backup.json().value(u"events_checked"_s).toInteger(), 25);
        QCOMPARE(QFileInfo(copy).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        QVERIFY(!QFile::exists(copy + u"-wal"_s));
        QCOMPARE(runCli({u"--db"_s, copy, u"verify"_s}).exitCode, 0);
        QCOMPARE(eventsOf(copy).size(), 25);
    }

    void neverOverwritesAFile()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        const QString target = QDir(coop.dir()).filePath(u"notes.txt"_s);
        QFile notes(target);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("keep me");
        notes.close();
        const CliRun backup = runCli({u"--db"_s, coop.path(), u"backup"_s, target});
        QCOMPARE(backup.exitCode, 2);
        QVERIFY(backup.err.contains("exists"));
        QCOMPARE(fileBytes(target), QByteArray("keep me"));
    }

    void refusesWhatItCannotDo()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        // No FILE, or two.
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"backup"_s}).exitCode, 2);
        // A folder that does not exist: a storage error, and nothing made.
        const QString nowhere = QDir(coop.dir()).filePath(u"missing/backup.coop"_s);
        QCOMPARE(runCli({u"--db"_s, coop.path(), u"backup"_s, nowhere}).exitCode, 3);
        QVERIFY(!QFile::exists(nowhere));
        // The source is not a co-op file.
        const QString text = QDir(coop.dir()).filePath(u"text.coop"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QString copy = QDir(coop.dir()).filePath(u"copy.coop"_s);
        QCOMPARE(runCli({u"--db"_s, text, u"backup"_s, copy}).exitCode, 3);
        QVERIFY(!QFile::exists(copy));
    }

    // Taken while another process appends: the copy verifies and holds the
    // source's first events, every one as the source has it, none missing.
    void takenWhileAnotherProcessAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.coop"_s);
        QCOMPARE(runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        QCOMPARE(runCli({u"--db"_s, path, u"exec"_s}, enrollments(0, 50)).exitCode, 0);
        QProcess writer;
        writer.start(cliPath(), {u"--db"_s, path, u"exec"_s});
        QVERIFY(writer.waitForStarted());
        writer.write(enrollments(50, 3000));
        writer.closeWriteChannel();
        QList<qint64> copied;
        for (int i = 0; i < 3; ++i) {
            const QString copy = dir.filePath(u"backup-%1.coop"_s.arg(i));
            const CliRun backup = runCli({u"--db"_s, path, u"backup"_s, copy});
            QCOMPARE(backup.exitCode, 0);
            copied.append(backup.json().value(u"events_checked"_s).toInteger());
        }
        QVERIFY(writer.waitForFinished(120000));
        QCOMPARE(writer.exitCode(), 0);
        const QList<RecordedEvent> source = eventsOf(path);
        QCOMPARE(source.size(), 3050);
        for (int i = 0; i < copied.size(); ++i) {
            const QList<RecordedEvent> copy = eventsOf(dir.filePath(u"backup-%1.coop"_s.arg(i)));
            QCOMPARE(copy.size(), copied.at(i));
            QVERIFY(copy.size() >= 50);
            for (const RecordedEvent& event : copy) {
                const RecordedEvent& original = source.at(event.position - 1);
                QCOMPARE(event.eventId, original.eventId);
                QCOMPARE(event.hash, original.hash);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
