// import-csv keeps its memory bounded by a chunk of rows, not by the file
// (SPEC 8, 10): a large file is imported by coopdesk-cli in a child process
// and the child's peak resident memory (getrusage of the waited-for
// children) stays under a bound that does not grow with the row count.
// Before the import streamed, 20 000 family rows (60 000 commands) took
// 184 MiB and 25 000 some 220 MiB; streamed, any number take about 90 MiB,
// most of it the co-op file's page cache (64 MiB, coop_file.cpp).
//
// Its own test program: RUSAGE_CHILDREN reports the largest child this
// process ever waited for, so no other (larger) child may run before it.

#include "cli_runner.h"
#include "temp_coop.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool sanitized = true;
#else
constexpr bool sanitized = false;
#endif
#else
constexpr bool sanitized = false;
#endif

// Peak resident set of the largest waited-for child, in MiB (Linux: KiB).
qint64 largestChildMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray familiesFile(int rows)
{
    QByteArray file = "family_id,family_name,parent_name,email,phone,enrollment_date,"
                      "preferred_contact_channel,assigned_coordinator,children\n";
    file.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        file += "fam-" + n + ",Family " + n + ",Parent " + n + ",p" + n + "@example.org,555-" + n +
                ",2024-09-01,email,Coordinator " + QByteArray::number(i % 7) + ",Ana:7;Bo:9\n";
    }
    return file;
}

} // namespace

class TestImportMemory : public QObject
{
    Q_OBJECT

private slots:
    void aLargeImportStaysWithinABoundedMemory()
    {
#ifndef Q_OS_LINUX
        QSKIP("ru_maxrss is read in KiB on Linux only");
#endif
        if (sanitized)
            QSKIP("sanitizers reserve memory of their own");
        TempCoop coop;
        constexpr int rows = 25'000;
        const QString path = coop.dir() + u"/families.csv"_s;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(familiesFile(rows));
        }
        const CliRun run =
            runCli({u"--db"_s, coop.path(), u"import-csv"_s, path, u"--kind"_s, u"families"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(!run.jsonLines().isEmpty(), run.err.constData());
        const QJsonObject summary = run.jsonLines().last();
        QCOMPARE(summary.value(u"rows"_s).toInteger(), rows);
        QCOMPARE(summary.value(u"appended"_s).toInteger(), 3 * rows);
        // Qt, SQLite's page caches (bounded) and one chunk of rows.
        const qint64 peak = largestChildMiB();
        qInfo("import-csv of %d family rows: peak resident memory %lld MiB", rows, peak);
        QVERIFY2(peak < 150, qPrintable(u"peak %1 MiB"_s.arg(peak)));
    }
};

QTEST_GUILESS_MAIN(TestImportMemory)
#include "tst_import_memory.moc"
