// Hostile text as data through the command-line tool (SPEC 10): SQL
// fragments, odd Unicode and huge strings are either stored and shown back
// exactly, or rejected with a clear validation error and nothing appended.

#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk::test;

namespace {

QByteArray line(const QJsonObject& command)
{
    return QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject enroll(const QString& id, const QString& name)
{
    return {{QStringLiteral("command"), QStringLiteral("EnrollFamily")},
            {QStringLiteral("family_id"), id},
            {QStringLiteral("family_name"), name},
            {QStringLiteral("enrollment_date"), QStringLiteral("2024-01-01")}};
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("hostile.coop"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init")}).exitCode, 0);
    }

    void storedAndShownExactly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE events; --");
        QTest::newRow("sql like") << QStringLiteral("100% _real_ \"quoted\" \\ back");
        QTest::newRow("emoji zwj")
            << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467 Family");
        QTest::newRow("right to left") << QStringLiteral("عائلة محمد");
        QTest::newRow("combining marks") << QStringLiteral("Zoe\u0308 Nu\u0303n\u0303ez");
        QTest::newRow("format characters") << QStringLiteral("A\u200Eb\u2066c\u2069");
        QTest::newRow("200 astral code points")
            << QString::fromUcs4(std::u32string(200, U'\U0001F600').c_str(), 200);
    }
    void storedAndShownExactly()
    {
        QFETCH(QString, name);
        const CliRun exec = runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")},
                                   line(enroll(QStringLiteral("f1"), name)));
        QCOMPARE(exec.exitCode, 0);
        const CliRun family = runCli({QStringLiteral("--db"), m_db, QStringLiteral("query"),
                                      QStringLiteral("family"), QStringLiteral("f1")});
        QCOMPARE(family.exitCode, 0);
        QCOMPARE(family.json().value(QStringLiteral("family_name")).toString(), name);
        const CliRun events =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("export-events")});
        QCOMPARE(events.jsonLines()
                     .first()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("family_name")),
                 QJsonValue(name));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("verify")}).exitCode, 0);
    }

    void searchTreatsSqlAsText()
    {
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")},
               line(enroll(QStringLiteral("f1"), QStringLiteral("O'Brien%_ Family"))) +
                   line(enroll(QStringLiteral("f2"), QStringLiteral("Plain Family"))));
        const CliRun quote = runCli({QStringLiteral("--db"), m_db, QStringLiteral("query"),
                                     QStringLiteral("search"), QStringLiteral("'Brien%")});
        QCOMPARE(quote.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(quote.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("family_id")).toString(),
                 QStringLiteral("f1"));
        const CliRun injection = runCli({QStringLiteral("--db"), m_db, QStringLiteral("query"),
                                         QStringLiteral("search"), QStringLiteral("\" OR 1=1 --")});
        QCOMPARE(injection.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(injection.out).array().size(), 0);
    }

    void rejectedWithAClearErrorAndNothingAppended_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("1 MB") << QString(1 << 20, u'x') << QStringLiteral("200");
        QTest::newRow("201 code points") << QString(201, u'y') << QStringLiteral("200");
        QTest::newRow("NUL") << QStringLiteral("A\u0000B") << QStringLiteral("control");
        QTest::newRow("bell") << QStringLiteral("A\u0007B") << QStringLiteral("control");
        QTest::newRow("escape") << QStringLiteral("A\u001B[31mB") << QStringLiteral("control");
        QTest::newRow("line feed in a name") << QStringLiteral("A\nB") << QStringLiteral("control");
        QTest::newRow("C1 control") << QStringLiteral("A\u0085B") << QStringLiteral("control");
        QTest::newRow("only white space") << QStringLiteral(" \u3000\t ") << QStringLiteral("200");
    }
    void rejectedWithAClearErrorAndNothingAppended()
    {
        QFETCH(QString, name);
        QFETCH(QString, messagePart);
        const CliRun exec = runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")},
                                   line(enroll(QStringLiteral("f1"), name)));
        QCOMPARE(exec.exitCode, 1);
        const QJsonObject error =
            exec.jsonLines().first().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("validation"));
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("family_name"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(messagePart),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("export-events")}).out.isEmpty());
    }

    void lineFeedsAndTabsAreKeptInNotesOnly()
    {
        const QString notes = QStringLiteral("First line\n\tindented; DELETE FROM events;");
        QByteArray input = line(enroll(QStringLiteral("f1"), QStringLiteral("F")));
        input += line({{QStringLiteral("command"), QStringLiteral("RecordContact")},
                       {QStringLiteral("family_id"), QStringLiteral("f1")},
                       {QStringLiteral("date"), QStringLiteral("2024-02-01")},
                       {QStringLiteral("method"), QStringLiteral("email")},
                       {QStringLiteral("notes"), notes}});
        input += line({{QStringLiteral("command"), QStringLiteral("RecordContact")},
                       {QStringLiteral("family_id"), QStringLiteral("f1")},
                       {QStringLiteral("date"), QStringLiteral("2024-02-01")},
                       {QStringLiteral("method"), QStringLiteral("email")},
                       {QStringLiteral("notes"), QStringLiteral("carriage\rreturn")}});
        const CliRun exec = runCli({QStringLiteral("--db"), m_db, QStringLiteral("exec")}, input);
        QCOMPARE(exec.exitCode, 1);
        QVERIFY(exec.jsonLines().at(1).value(QStringLiteral("ok")).toBool());
        QCOMPARE(exec.jsonLines()
                     .at(2)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field")),
                 QJsonValue(QStringLiteral("notes")));
        const CliRun history = runCli({QStringLiteral("--db"), m_db, QStringLiteral("query"),
                                       QStringLiteral("history"), QStringLiteral("f1")});
        const QJsonArray events = QJsonDocument::fromJson(history.out).array();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1)
                     .toObject()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("notes")),
                 QJsonValue(notes));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostile_text.moc"
