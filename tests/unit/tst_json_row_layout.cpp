// JsonRowLayout, getFamily's row reader, against Query::row on the same
// rows: the same object, and the same JSON text, for every kind of value a
// column can hold.

#include "store/json_row_layout.h"
#include "store/sqlite_connection.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace Qt::StringLiterals;

class TestJsonRowLayout : public QObject
{
    Q_OBJECT

private slots:
    void readsAsQueryRowDoes_data()
    {
        QTest::addColumn<QByteArray>("values"); // an SQL row of (t, n, j)
        QTest::newRow("plain") << QByteArray(R"('Family 1', 42, '["Ana","Luis"]')");
        QTest::newRow("nulls") << QByteArray("NULL, NULL, NULL");
        QTest::newRow("quotes and controls")
            << QByteArray("'a \"b\" \\c' || char(10) || char(1) || char(0) || 'd', -7, '{}'");
        QTest::newRow("not ASCII") << QByteArray(R"('Muñoz Peña', 0, '{"a":"ñ"}')");
        QTest::newRow("bad UTF-8") << QByteArray(R"(CAST(X'C328' AS TEXT), 1, '[]')");
        QTest::newRow("whole real") << QByteArray(R"('x', 85.0, '[]')");
        QTest::newRow("fraction") << QByteArray(R"('x', 66.67, '[]')");
        QTest::newRow("tiny real") << QByteArray(R"('x', 1.5e-300, '[]')");
        QTest::newRow("huge whole real") << QByteArray(R"('x', 1e20, '[]')");
        QTest::newRow("infinite real") << QByteArray(R"('x', 9e999, '[]')");
        QTest::newRow("largest integers")
            << QByteArray(R"('x', 9223372036854775807, '[-9223372036854775808]')");
        QTest::newRow("JSON column: a scalar") << QByteArray(R"('x', 1, '5')");
        QTest::newRow("JSON column: not JSON") << QByteArray(R"('x', 1, '{oops')");
        QTest::newRow("JSON column: trailing text") << QByteArray(R"('x', 1, '[1] [2]')");
        QTest::newRow("JSON column: empty") << QByteArray(R"('x', 1, '')");
        QTest::newRow("JSON column: spaces around")
            << QByteArray(R"('x', 1, ' {"k": {"n": [1, 2.5, null, true]}} ')");
        QTest::newRow("text in a number column") << QByteArray(R"('x', '12', 'null')");
    }

    void readsAsQueryRowDoes()
    {
        QFETCH(QByteArray, values);
        QTemporaryDir directory;
        SqliteConnection db(directory.filePath(u"rows.sqlite"_s), SqliteConnection::Mode::Create);
        db.execute("CREATE TABLE r (t TEXT, n, j TEXT)");
        db.execute(QByteArray("INSERT INTO r VALUES (" + values + ")").constData());
        const QStringList columns{u"t"_s, u"n"_s, u"j"_s};
        const QStringList jsonColumns{u"j"_s};
        const JsonRowLayout layout(columns, jsonColumns);
        for (int twice = 0; twice < 2; ++twice) { // the second row reuses the text buffer
            Query query = db.query("SELECT t, n, j FROM r");
            QVERIFY(query.next());
            const QJsonObject expected = query.row(jsonColumns);
            const QJsonObject got = layout.read(query);
            QCOMPARE(got, expected);
            QCOMPARE(QJsonDocument(got).toJson(QJsonDocument::Compact),
                     QJsonDocument(expected).toJson(QJsonDocument::Compact));
            for (const QString& key : columns) // numbers keep their kind: 85.0 stays a double
                QCOMPARE(got.value(key).toVariant().typeId(),
                         expected.value(key).toVariant().typeId());
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonRowLayout)
#include "tst_json_row_layout.moc"
