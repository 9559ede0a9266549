// SPEC 7, "the co-op file is whole": once a program has closed the co-op,
// everything is in NAME.coop itself (the write-ahead log folded in and
// gone), so copying that one file is a complete copy.

#include "cli_runner.h"
#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "store/coop_file.h"
#include "store/storage_error.h"
#include "temp_coop.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray enroll(int i)
{
    return QJsonDocument(cmd(u"EnrollFamily"_s, {{u"family_id"_s, u"f%1"_s.arg(i)},
                                                 {u"family_name"_s, u"Family %1"_s.arg(i)},
                                                 {u"enrollment_date"_s, u"2024-09-01"_s}}))
               .toJson(QJsonDocument::Compact) +
           '\n';
}

// The events a copy of the co-op file alone holds, checked like a backup.
qint64 eventsInACopyOf(const QString& path)
{
    QTemporaryDir elsewhere;
    const QString copy = elsewhere.filePath(u"copy.coop"_s);
    if (!QFile::copy(path, copy))
        return -1;
    const auto store = openStore(copy);
    const AuditReport audit = store->checkIntegrity();
    if (!audit.ok)
        qWarning() << audit.problem;
    return audit.ok ? store->headPosition() : -1;
}

// How many descriptors of this process are open on the file at `path`
// (Linux: /proc/self/fd); -1 where the system does not say.
int descriptorsOn(const QString& path)
{
    if (!QFileInfo::exists(u"/proc/self/fd"_s))
        return -1;
    const QString file = QFileInfo(path).canonicalFilePath();
    int count = 0;
    QDirIterator fds(u"/proc/self/fd"_s, QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    while (fds.hasNext())
        count += QFileInfo(fds.next()).symLinkTarget() == file ? 1 : 0;
    return count;
}

} // namespace

class TestWholeFile : public QObject
{
    Q_OBJECT

private slots:
    // The app holds a store that writes and readers that do not (the
    // projector, the screens' queries); whichever closes last, the file is
    // whole afterwards.
    void aReaderClosingLastLeavesTheFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        coopfile::create(path);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        auto reader = openStore(path, readOnly);
        {
            const auto writer = openStore(path);
            FixedClock clock;
            CommandBus bus(*writer, clock, u"tester"_s);
            for (int i = 0; i < 11; ++i)
                QVERIFY(bus.dispatch(enroll(i)).ok);
            QCOMPARE(reader->headPosition(), 11);
        }
        QVERIFY(reader->isReadOnly());
        reader.reset(); // the last connection of this process
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "the write-ahead log outlived every connection");
        QCOMPARE(eventsInACopyOf(path), 11);
    }

    // SPEC 7: a program keeps no descriptor of the co-op file past its last
    // connection, the one that read the file's header included.
    void noDescriptorOutlivesTheLastConnection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        coopfile::create(path);
        if (descriptorsOn(path) < 0)
            QSKIP("this system does not list a process's descriptors in /proc/self/fd");
        QCOMPARE(descriptorsOn(path), 0);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        {
            const auto writer = openStore(path);
            const auto reader = openStore(path, readOnly);
            FixedClock clock;
            CommandBus bus(*writer, clock, u"tester"_s);
            QVERIFY(bus.dispatch(enroll(1)).ok);
            openStore(path, readOnly)->headPosition(); // one more, closed beside the others
            QCOMPARE(reader->headPosition(), 1);
            QVERIFY(descriptorsOn(path) > 0);
        }
        QCOMPARE(descriptorsOn(path), 0);
        // A file refused before any connection opened keeps none either.
        const QString notOurs = dir.filePath(u"notes.coop"_s);
        QFile notes(notOurs);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write(QByteArray(200, 'x'));
        notes.close();
        QVERIFY_THROWS_EXCEPTION(StorageError, openStore(notOurs));
        QCOMPARE(descriptorsOn(notOurs), 0);
    }

    // Closing a descriptor drops this process's locks on the file: a store
    // closed beside another must leave the other's locks in place, or the
    // next program to close the file takes itself for the last, deletes the
    // write-ahead log, and the open store's later commits are lost to others.
    void aStoreClosingBesideAnotherKeepsItsLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"co-op.coop"_s);
        coopfile::create(path);
        const auto writer = openStore(path);
        FixedClock clock;
        CommandBus bus(*writer, clock, u"tester"_s);
        QVERIFY(bus.dispatch(enroll(1)).ok);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        openStore(path, readOnly)->headPosition();
        openStore(path)->headPosition();
        QCOMPARE(runCli({u"--db"_s, path, u"query"_s, u"family"_s, u"f1"_s}).exitCode, 0);
        QVERIFY(bus.dispatch(enroll(2)).ok);
        const CliRun second = runCli({u"--db"_s, path, u"query"_s, u"family"_s, u"f2"_s});
        QVERIFY2(second.exitCode == 0, second.out.constData());
        QCOMPARE(runCli({u"--db"_s, path, u"export-events"_s}).lines().size(), 2);
    }

    // A store opened to read only still refuses every write.
    void aStoreOpenedToReadRefusesWrites()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        StoreOptions readOnly;
        readOnly.readOnly = true;
        const auto reader = openStore(coop.path(), readOnly);
        FixedClock clock;
        CommandBus bus(*reader, clock, u"tester"_s);
        const CommandResult result = bus.dispatch(enroll(2));
        QVERIFY(!result.ok);
        QCOMPARE(result.error->code, u"storage"_s);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    // The command-line tool: after exec, and after a query that only reads,
    // no write-ahead log is left and the file alone holds every event.
    void theCommandLineToolLeavesTheFileWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cli.coop"_s);
        QCOMPARE(runCli({u"--db"_s, path, u"init"_s}).exitCode, 0);
        QCOMPARE(runCli({u"--db"_s, path, u"exec"_s}, enroll(1) + enroll(2) + enroll(3)).exitCode,
                 0);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QCOMPARE(runCli({u"--db"_s, path, u"query"_s, u"family"_s, u"f2"_s}).exitCode, 0);
        QVERIFY2(!QFile::exists(path + u"-wal"_s), "a query left the write-ahead log behind");
        QCOMPARE(eventsInACopyOf(path), 3);
    }
};

QTEST_GUILESS_MAIN(TestWholeFile)
#include "tst_whole_file.moc"
