// SPEC 7, "the co-op file is whole": once a program has closed the co-op,
// everything is in NAME.coop itself (the write-ahead log folded in and
// gone), so copying that one file is a complete copy.

#include "cli_runner.h"
#include "commands/command_bus.h"
#include "fixed_clock.h"
#include "store/coop_file.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
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
