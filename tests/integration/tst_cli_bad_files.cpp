// coopdesk-cli against files it must refuse (SPEC 10 "bad files"): exit 3,
// a clear message on stderr, a JSON error on stdout, the file's bytes left
// as they were. Then usage errors (exit 2) and the exact shapes of `exec`
// output (SPEC 8), bad input lines included.

#include "cli_runner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray enrollLine =
    R"({"command":"EnrollFamily","family_id":"new","family_name":"New Family","enrollment_date":"2024-09-01"})"
    "\n";

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

bool runSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// A co-op file made by the tool itself, with events in it, closed (its
// write-ahead log folded into the file) when this returns.
QString makeCoop(const QTemporaryDir& dir, const QString& name, int families = 40)
{
    const QString path = dir.filePath(name);
    if (runCli({u"--db"_s, path, u"init"_s}).exitCode != 0)
        return {};
    QByteArray input;
    for (int i = 0; i < families; ++i)
        input += u"{\"command\":\"EnrollFamily\",\"family_id\":\"f%1\",\"family_name\":"
                 u"\"Family with a fairly long name to fill pages %1\","
                 u"\"enrollment_date\":\"2024-09-01\"}\n"_s.arg(i)
                     .toUtf8();
    if (runCli({u"--db"_s, path, u"exec"_s}, input).exitCode != 0)
        return {};
    return path;
}

CliRun runCliWithEnvironment(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    process.waitForStarted();
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

// Every stdout line a JSON error with code `storage` (one line, or one per
// input line when the file opened but refused the write).
void verifyStorageErrorOutput(const CliRun& run)
{
    QVERIFY2(!run.lines().isEmpty(), "nothing on stdout");
    for (const QByteArray& line : run.lines()) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        QCOMPARE(object.value(u"ok"_s), QJsonValue(false));
        const QJsonObject problem = object.value(u"error"_s).toObject();
        QCOMPARE(problem.value(u"code"_s).toString(), u"storage"_s);
        QVERIFY(problem.value(u"field"_s).isNull());
        QVERIFY(!problem.value(u"message"_s).toString().isEmpty());
        QVERIFY2(line.startsWith("{\"ok\":false,"), line.constData());
    }
}

} // namespace

class TestCliBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good; // a co-op file to copy from

    QString copyOfGood(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_good, path))
            return {};
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = makeCoop(m_dir, u"good.coop"_s);
        QVERIFY(!m_good.isEmpty());
        QVERIFY2(!QFileInfo::exists(m_good + u"-wal"_s) ||
                     QFileInfo(m_good + u"-wal"_s).size() == 0,
                 "the write-ahead log was not folded into the file");
        QVERIFY(QFileInfo(m_good).size() >= 4 * 4096);
    }

    // Each kind of bad file, refused by every subcommand that opens it.
    void refusedAndUntouched_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // a word the message must have

        QRandomGenerator random(20261126);
        QByteArray noise(8192, '\0');
        for (char& byte : noise)
            byte = static_cast<char>(random.bounded(256));
        noise.replace(0, 6, "\x01\x02\x03\x04\x05\x06");
        const QString random_ = m_dir.filePath(u"random.coop"_s);
        writeFile(random_, noise);
        QTest::newRow("random bytes") << random_ << u"not a CoopDesk"_s;

        const QString text = m_dir.filePath(u"families.csv"_s);
        writeFile(text, "family_id,family_name\nf1,Martinez Family\n");
        QTest::newRow("a text file") << text << u"not a CoopDesk"_s;

        const QString empty = m_dir.filePath(u"empty.coop"_s);
        writeFile(empty, {});
        QTest::newRow("an empty file") << empty << u"not a CoopDesk"_s;

        const QString header = m_dir.filePath(u"header.coop"_s);
        writeFile(header, QByteArray("SQLite format 3\0", 16));
        QTest::newRow("only the SQLite magic") << header << u"not a CoopDesk"_s;

        const QString half = copyOfGood(u"half.coop"_s);
        QVERIFY(QFile::resize(half, QFileInfo(m_good).size() / 2));
        QTest::newRow("truncated to half") << half << u"damaged"_s;

        const QString onePage = copyOfGood(u"one-page.coop"_s);
        QVERIFY(QFile::resize(onePage, 4096));
        QTest::newRow("truncated to its first page") << onePage << u"damaged"_s;

        const QString stub = copyOfGood(u"stub.coop"_s);
        QVERIFY(QFile::resize(stub, 60));
        QTest::newRow("truncated inside the header") << stub << u"not a CoopDesk"_s;

        const QString newer = copyOfGood(u"newer.coop"_s);
        QVERIFY(runSql(newer, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        QTest::newRow("a newer schema") << newer << u"newer"_s;

        const QString other = m_dir.filePath(u"other.db"_s);
        QFile::remove(other);
        QVERIFY(runSql(other, "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT); "
                              "INSERT INTO events (what) VALUES ('not ours');"));
        QTest::newRow("another SQLite database") << other << u"not a CoopDesk"_s;

        const QString noMeta = copyOfGood(u"no-meta.coop"_s);
        QVERIFY(runSql(noMeta, "DROP TABLE meta"));
        QTest::newRow("our application id, no meta table") << noMeta << u"not a CoopDesk"_s;

        const QString foreign = copyOfGood(u"foreign-id.coop"_s);
        QVERIFY(runSql(foreign, "PRAGMA application_id = 12345"));
        QTest::newRow("our tables, another application id") << foreign << u"not a CoopDesk"_s;
    }
    void refusedAndUntouched()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QByteArray before = readAll(path);
        const QList<QStringList> commands{
            {u"exec"_s},
            {u"export-events"_s},
            {u"replay"_s, u"f1"_s},
            {u"verify"_s},
        };
        for (const QStringList& command : commands) {
            const CliRun run = runCli(QStringList{u"--db"_s, path} + command, enrollLine);
            const QByteArray context = command.join(u' ').toUtf8() + ": " + run.err;
            QVERIFY2(run.exitCode == 3, context.constData());
            verifyStorageErrorOutput(run);
            const QString err = QString::fromLocal8Bit(run.err);
            QVERIFY2(err.contains(message, Qt::CaseInsensitive), context.constData());
            QVERIFY2(err.contains(QFileInfo(path).fileName()), context.constData());
            QVERIFY2(readAll(path) == before,
                     qPrintable(u"the file changed under "_s + command.join(u' ')));
        }
        // init never overwrites what is there.
        QCOMPARE(runCli({u"--db"_s, path, u"init"_s}).exitCode, 3);
        QCOMPARE(readAll(path), before);
    }

    // chmod 0444: the store treats a file without write bits as read-only,
    // even for root (CI runs as root).
    void readOnlyFileRefusesWrites()
    {
        const QString path = copyOfGood(u"read-only.coop"_s);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
        const QByteArray before = readAll(path);
        const QByteArray twoLines =
            enrollLine + R"({"command":"RecordLogin","family_id":"f1","date":"2024-10-01"})"
                         "\n";
        const CliRun run = runCli({u"--db"_s, path, u"exec"_s}, twoLines);
        QCOMPARE(run.exitCode, 3);
        verifyStorageErrorOutput(run);
        QVERIFY2(QString::fromLocal8Bit(run.err).contains(u"read-only"_s), run.err.constData());
        QCOMPARE(readAll(path), before);

        // Reading a read-only file is fine.
        const CliRun exported = runCli({u"--db"_s, path, u"export-events"_s});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.lines().size(), 40);
        QCOMPARE(runCli({u"--db"_s, path, u"replay"_s, u"f1"_s}).exitCode, 0);
        QCOMPARE(readAll(path), before);
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_dir.filePath(u"missing.coop"_s);
        for (const QStringList& command :
             {QStringList{u"exec"_s}, QStringList{u"export-events"_s}, QStringList{u"verify"_s}}) {
            const CliRun run = runCli(QStringList{u"--db"_s, path} + command, enrollLine);
            QCOMPARE(run.exitCode, 3);
            verifyStorageErrorOutput(run);
            QVERIFY(!run.err.isEmpty());
            QVERIFY(!QFileInfo::exists(path));
        }
    }

    void directoryIsNotACoopFile()
    {
        const CliRun run = runCli({u"--db"_s, m_dir.path(), u"exec"_s}, enrollLine);
        QCOMPARE(run.exitCode, 3);
        verifyStorageErrorOutput(run);
        QVERIFY(!run.err.isEmpty());
    }

    // Exit 2 for usage errors, before any file is touched.
    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString db = u"@db"_s;
        QTest::newRow("unknown subcommand") << QStringList{u"--db"_s, db, u"frobnicate"_s};
        QTest::newRow("no subcommand") << QStringList{u"--db"_s, db};
        QTest::newRow("unknown option") << QStringList{u"--db"_s, db, u"--frob"_s, u"exec"_s};
        QTest::newRow("--db without a value") << QStringList{u"exec"_s, u"--db"_s};
        QTest::newRow("missing --db") << QStringList{u"exec"_s};
        QTest::newRow("missing --db for verify") << QStringList{u"verify"_s};
        QTest::newRow("exec with two inputs")
            << QStringList{u"--db"_s, db, u"exec"_s, u"a.jsonl"_s, u"b.jsonl"_s};
        QTest::newRow("exec of a missing input")
            << QStringList{u"--db"_s, db, u"exec"_s, u"/nonexistent/input.jsonl"_s};
        QTest::newRow("replay without an id") << QStringList{u"--db"_s, db, u"replay"_s};
        QTest::newRow("export-events --from 0")
            << QStringList{u"--db"_s, db, u"export-events"_s, u"--from"_s, u"0"_s};
        QTest::newRow("export-events --from x")
            << QStringList{u"--db"_s, db, u"export-events"_s, u"--from"_s, u"x"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const QString path = copyOfGood(u"usage.coop"_s);
        const QByteArray before = readAll(path);
        arguments.replaceInStrings(u"@db"_s, path);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"COOPDESK_DB"_s);
        const CliRun run = runCliWithEnvironment(arguments, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(readAll(path), before);
    }

    void dbFromTheEnvironment()
    {
        const QString path = copyOfGood(u"env.coop"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"COOPDESK_DB"_s, path);
        const CliRun run =
            runCliWithEnvironment({u"export-events"_s, u"--from"_s, u"40"_s}, environment);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines().size(), 1);
    }

    void versionAndHelp()
    {
        const CliRun version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith("coopdesk-cli "), version.out.constData());
        QCOMPARE(runCli({u"--help"_s}).exitCode, 0);
    }

    // SPEC 8: one result a line, keys in the order shown; `line` is the
    // physical line (blank lines skipped but counted); a malformed line is an
    // error for that line and the later lines still run.
    void execOutputShapes()
    {
        const QString path = copyOfGood(u"shapes.coop"_s); // 40 events already
        const QList<QByteArray> input{
            R"({"command":"EnrollFamily","family_id":"s1","family_name":"Martinez Family","enrollment_date":"2024-09-01"})",
            "",
            "   \t\r",
            "{not json",
            R"({"command":"AddChild","family_id":"s1","child_name":"Ana","child_age":7})",
            R"({"command":"AddChild","family_id":"s1","child_name":"Bo","child_age":99})",
            "[]",
            "\r",
            R"({"command":"Teleport","family_id":"s1"})",
            R"({"command":"RecordLogin","family_id":"ghost","date":"2024-10-01"})",
            R"({"command":"RecordLogin","family_id":"s1","date":"2024-10-01"})"
            "\r",
            R"({"command":"ChangeContactDetails","family_id":"s1"})",
            R"({"command":"RecordLogin","family_id":"s1","date":"2024-10-02"})",
        };
        QByteArray stdinBytes = input.join('\n'); // the last line has no newline
        const QList<QByteArray> expected{
            R"(^\{"ok":true,"command":"EnrollFamily","family_id":"s1","position":41,"stream_version":1\}$)",
            R"(^\{"ok":false,"line":4,"error":\{"code":"validation","field":null,"message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":true,"command":"AddChild","family_id":"s1","position":42,"stream_version":2\}$)",
            R"(^\{"ok":false,"line":6,"error":\{"code":"validation","field":"child_age","message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":false,"line":7,"error":\{"code":"validation","field":"command","message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":false,"line":9,"error":\{"code":"validation","field":"command","message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":false,"line":10,"error":\{"code":"not_found","field":"family_id","message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":true,"command":"RecordLogin","family_id":"s1","position":43,"stream_version":3\}$)",
            R"(^\{"ok":false,"line":12,"error":\{"code":"validation","field":null,"message":"[^\x22]+"\}\}$)",
            R"(^\{"ok":true,"command":"RecordLogin","family_id":"s1","position":44,"stream_version":4\}$)",
        };
        const auto check = [&](const CliRun& run, qint64 firstPosition) {
            QCOMPARE(run.exitCode, 1); // some commands were rejected
            QVERIFY(run.out.endsWith('\n'));
            const QList<QByteArray> lines = run.out.split('\n').mid(0, run.out.count('\n'));
            QCOMPARE(lines.size(), expected.size());
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QByteArray pattern = expected.at(i);
                for (qint64 p = 44; p >= 41; --p)
                    pattern.replace(
                        QByteArray("\"position\":" + QByteArray::number(p)),
                        QByteArray("\"position\":" + QByteArray::number(p - 41 + firstPosition)));
                const QRegularExpression shape(QString::fromUtf8(pattern));
                QVERIFY2(shape.match(QString::fromUtf8(lines.at(i))).hasMatch(),
                         QByteArray(lines.at(i) + "  !~  " + pattern).constData());
            }
        };
        check(runCli({u"--db"_s, path, u"exec"_s}, stdinBytes), 41);

        // The same from a file (and with -: standard input), on a fresh copy.
        const QString again = copyOfGood(u"shapes-file.coop"_s);
        const QString inputPath = m_dir.filePath(u"input.jsonl"_s);
        writeFile(inputPath, stdinBytes);
        check(runCli({u"--db"_s, again, u"exec"_s, inputPath}), 41);
        const QString third = copyOfGood(u"shapes-dash.coop"_s);
        check(runCli({u"exec"_s, u"-"_s, u"--db"_s, third}, stdinBytes), 41);
    }

    void execAllAcceptedExitsZero()
    {
        const QString path = copyOfGood(u"all-ok.coop"_s);
        const CliRun run =
            runCli({u"--db"_s, path, u"exec"_s},
                   "\n"
                   R"({"command":"RecordLogin","family_id":"f1","date":"2024-10-01"})"
                   "\n\n"
                   R"({"command":"RecordLogin","family_id":"f2","date":"2024-10-01"})"
                   "\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.lines(),
            (QList<QByteArray>{
                R"({"ok":true,"command":"RecordLogin","family_id":"f1","position":41,"stream_version":2})",
                R"({"ok":true,"command":"RecordLogin","family_id":"f2","position":42,"stream_version":2})"}));
        // Empty input: nothing to do, nothing printed.
        const CliRun empty = runCli({u"--db"_s, path, u"exec"_s}, "\n \n");
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.isEmpty());
    }

    void execReportsRepeatedCommandIdsAsTheFirstResult()
    {
        const QString path = copyOfGood(u"repeat.coop"_s);
        const QByteArray line =
            R"({"command":"RecordLogin","command_id":"once","family_id":"f1","date":"2024-10-01"})";
        const CliRun run = runCli(
            {u"--db"_s, path, u"exec"_s},
            line + '\n' + line + '\n' +
                R"({"command_id":"once","date":"2024-10-01","family_id":"f1","command":"RecordLogin"})" +
                '\n' +
                R"({"command":"RecordLogin","command_id":"once","family_id":"f2","date":"2024-10-01"})" +
                '\n');
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = run.lines();
        QCOMPARE(lines.size(), 4);
        const QByteArray first =
            R"({"ok":true,"command":"RecordLogin","family_id":"f1","position":41,"stream_version":2})";
        QCOMPARE(lines.at(0), first);
        QCOMPARE(lines.at(1), first);
        QCOMPARE(lines.at(2), first);
        QVERIFY2(lines.at(3).startsWith(
                     R"({"ok":false,"line":4,"error":{"code":"duplicate","field":"command_id",)"),
                 lines.at(3).constData());
        QCOMPARE(runCli({u"--db"_s, path, u"export-events"_s}).lines().size(), 41);
    }

    // SPEC 10: bad input never crashes and never appends.
    void oddInputIsRejectedLineByLine()
    {
        const QString path = copyOfGood(u"odd.coop"_s);
        const QByteArray enrollStart =
            R"({"command":"EnrollFamily","family_id":"odd","enrollment_date":"2024-09-01","family_name":)";
        const QList<QByteArray> input{
            enrollStart + "\"A\xff\xfe B\"}",                       // not UTF-8
            enrollStart + "\"\\ud800 lone surrogate\"}",            // half a pair
            enrollStart + '"' + QByteArray(3'000'000, 'x') + "\"}", // 3 MB of text
            enrollStart + "\"\\u0000\"}",                           // NUL
            enrollStart + "\"A\\u202EB\\u0007\"}",                  // BEL inside
            R"({"command":"UpdateRiskScore","family_id":"f1","new_score":5,"risk_factors":)" +
                QByteArray(100'000, '[') + QByteArray(100'000, ']') + "}", // deep nesting
            R"({"command":"AddChild","family_id":"f1","child_name":"x","child_age":1e400})",
            R"({"command":"AddChild","family_id":"f1","child_name":"x","child_age":-0.5})",
            R"({"command":"AddChild","family_id":"f1","child_name":"x","child_age":"7"})",
            QByteArray("\xef\xbb\xbf") + R"({"command":"RecordLogin"})", // byte order mark
            "null",
            "{\"command\":\"RecordLogin\",\"family_id\":\"f1\",\"date\":\"2024-10-01\"",
        };
        const CliRun run = runCli({u"--db"_s, path, u"exec"_s}, input.join('\n') + '\n');
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> results = run.jsonLines();
        QCOMPARE(results.size(), input.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).value(u"ok"_s), QJsonValue(false));
            QCOMPARE(results.at(i).value(u"line"_s).toInteger(), i + 1);
            QCOMPARE(results.at(i).value(u"error"_s).toObject().value(u"code"_s).toString(),
                     u"validation"_s);
        }
        QCOMPARE(runCli({u"--db"_s, path, u"export-events"_s}).lines().size(), 40);
    }

    // Events from the tool record who (--user) and when (UTC, milliseconds).
    void execRecordsWhoAndWhen()
    {
        const QString path = copyOfGood(u"who.coop"_s);
        const CliRun run = runCli(
            {u"--db"_s, path, u"--user"_s, u"Ana Treasurer"_s, u"exec"_s},
            R"({"command":"RecordLogin","command_id":"c-1","family_id":"f1","date":"2024-10-01"})"
            "\n");
        QCOMPARE(run.exitCode, 0);
        const QJsonObject event =
            runCli({u"--db"_s, path, u"export-events"_s, u"--from"_s, u"41"_s}).json();
        static const QRegularExpression timestamp(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
        QVERIFY2(timestamp.match(event.value(u"recorded_at"_s).toString()).hasMatch(),
                 qPrintable(event.value(u"recorded_at"_s).toString()));
        const QJsonObject metadata = event.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"user_id"_s).toString(), u"Ana Treasurer"_s);
        QCOMPARE(metadata.value(u"command_id"_s).toString(), u"c-1"_s);
        QVERIFY(!metadata.value(u"app_version"_s).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliBadFiles)
#include "tst_cli_bad_files.moc"
