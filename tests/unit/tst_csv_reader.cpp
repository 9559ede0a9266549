#include "io/csv_columns.h"
#include "io/csv_reader.h"

#include <QBuffer>
#include <QTest>

using namespace coopdesk;

namespace {

struct ReadAll
{
    QList<csv::Record> records;
    std::optional<csv::ReadError> error;
};

ReadAll readAll(const QByteArray& bytes, qsizetype maxRecordBytes = 0)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(buffer);
    if (maxRecordBytes > 0)
        reader.setMaxRecordBytes(maxRecordBytes);
    ReadAll result;
    csv::Record record;
    while (reader.next(record))
        result.records.append(record);
    result.error = reader.error();
    // Once finished, the reader stays finished.
    if (reader.next(record))
        result.records.append({-1, {QStringLiteral("read after the end")}});
    return result;
}

QStringList fields(std::initializer_list<const char*> utf8)
{
    QStringList list;
    for (const char* text : utf8)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsSimpleRecords()
    {
        const ReadAll read = readAll("a,b,c\n1,2,3\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).fields, fields({"a", "b", "c"}));
        QCOMPARE(read.records.at(1).fields, fields({"1", "2", "3"}));
        QCOMPARE(read.records.at(0).line, 1);
        QCOMPARE(read.records.at(1).line, 2);
    }

    void lastRecordWithoutLineBreak()
    {
        const ReadAll read = readAll("a,b\n1,2");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(1).fields, fields({"1", "2"}));
    }

    void crlfAndLfAndLoneCrEndRecords()
    {
        const ReadAll read = readAll("a,b\r\n1,2\n3,4\r5,6\r\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 4);
        QCOMPARE(read.records.at(1).fields, fields({"1", "2"}));
        QCOMPARE(read.records.at(2).fields, fields({"3", "4"}));
        QCOMPARE(read.records.at(3).fields, fields({"5", "6"}));
        QCOMPARE(read.records.at(3).line, 4);
    }

    void emptyFieldsAreKept()
    {
        const ReadAll read = readAll(",a,,\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records.at(0).fields, fields({"", "a", "", ""}));
    }

    void quotedFieldsHoldCommasAndDoubledQuotes()
    {
        const ReadAll read = readAll("\"Smith, Ana\",\"She said \"\"hi\"\"\",\"\",\"\"\"\"\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 1);
        QCOMPARE(read.records.at(0).fields, fields({"Smith, Ana", "She said \"hi\"", "", "\""}));
    }

    void quotedFieldsHoldLineBreaksAndLineNumbersFollow()
    {
        const ReadAll read =
            readAll("h1,h2\n\"two\nlines\",x\n\"three\r\nlines\r\nhere\",y\nlast,z\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 4);
        QCOMPARE(read.records.at(1).line, 2);
        QCOMPARE(read.records.at(1).fields, fields({"two\nlines", "x"}));
        QCOMPARE(read.records.at(2).line, 4);
        QCOMPARE(read.records.at(2).fields, fields({"three\r\nlines\r\nhere", "y"}));
        QCOMPARE(read.records.at(3).line, 7);
        QCOMPARE(read.records.at(3).fields, fields({"last", "z"}));
    }

    void utf8ByteOrderMarkIsSkipped()
    {
        const ReadAll read = readAll("\xEF\xBB\xBF"
                                     "family_id,name\nf1,Peña\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 2);
        QCOMPARE(read.records.at(0).fields, fields({"family_id", "name"}));
        QCOMPARE(read.records.at(1).fields, fields({"f1", "Peña"}));
        QCOMPARE(read.records.at(1).line, 2);
    }

    void byteOrderMarkAloneIsAnEmptyFile()
    {
        const ReadAll read = readAll("\xEF\xBB\xBF");
        QVERIFY(!read.error);
        QVERIFY(read.records.isEmpty());
    }

    void multiByteUtf8IsDecoded()
    {
        const ReadAll read = readAll("\"Zoë, Jürgen\",日本,\xF0\x9F\x98\x80\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.at(0).fields, fields({"Zoë, Jürgen", "日本", "😀"}));
    }

    void blankTrailingLinesAreIgnored()
    {
        const ReadAll read = readAll("a,b\n1,2\n\n\r\n\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 2);
    }

    void blankLinesBetweenRecordsAreSkippedAndCounted()
    {
        const ReadAll read = readAll("\na,b\n\n1,2\r\n\r\n3,4\n");
        QVERIFY(!read.error);
        QCOMPARE(read.records.size(), 3);
        QCOMPARE(read.records.at(0).line, 2);
        QCOMPARE(read.records.at(1).line, 4);
        QCOMPARE(read.records.at(2).line, 6);
    }

    void emptyInputHasNoRecords()
    {
        const ReadAll read = readAll(QByteArray());
        QVERIFY(!read.error);
        QVERIFY(read.records.isEmpty());
        const ReadAll blanks = readAll("\n\r\n\n");
        QVERIFY(!blanks.error);
        QVERIFY(blanks.records.isEmpty());
    }

    void unclosedQuoteNamesTheLineWhereItOpens()
    {
        const ReadAll read = readAll("a,b\n1,2\n3,\"open\nstill open\n");
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 3);
        QVERIFY(read.error->message.contains(QStringLiteral("never closed")));
        QCOMPARE(read.records.size(), 2);
    }

    void textAfterClosingQuoteIsAnError()
    {
        const ReadAll read = readAll("a,b\n\"x\"y,2\n");
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 2);
        QVERIFY(read.error->message.contains(QStringLiteral("closing quote")));
    }

    void quoteInsideUnquotedFieldIsAnError()
    {
        const ReadAll read = readAll("a,b\nO\"Brien,2\n");
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 2);
        QVERIFY(read.error->message.contains(QStringLiteral("quote")));
    }

    void binaryDataIsNotCsv()
    {
        // A PNG image: its first byte is no UTF-8 already.
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        const ReadAll image = readAll(png);
        QVERIFY(image.error);
        QCOMPARE(image.error->line, 1);
        QVERIFY(image.records.isEmpty());

        QByteArray nul("a,b\n1,\0\n", 8);
        const ReadAll read = readAll(nul);
        QVERIFY(read.error);
        QVERIFY(read.error->message.contains(QStringLiteral("binary")));
        QCOMPARE(read.error->line, 2);

        QByteArray quotedNul("a\n\"x\0y\"\n", 8);
        const ReadAll quoted = readAll(quotedNul);
        QVERIFY(quoted.error);
        QCOMPARE(quoted.error->line, 2);
    }

    void invalidUtf8IsAnErrorNamingTheLine()
    {
        // Latin-1 "Peña", as a spreadsheet saved in the wrong encoding.
        const ReadAll read = readAll("a,b\nf1,ok\nf2,Pe\xF1"
                                     "a\n");
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 3);
        QVERIFY(read.error->message.contains(QStringLiteral("UTF-8")));
        QCOMPARE(read.records.size(), 2);
    }

    void malformedUtf8Sequences_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("truncated sequence") << QByteArray("\xE6\x97");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("truncated in quotes") << QByteArray("\"\xE6\x97\"");
    }
    void malformedUtf8Sequences()
    {
        QFETCH(QByteArray, bytes);
        const ReadAll read = readAll("h\n" + bytes + "\n");
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 2);
    }

    void utf16TextIsRefused()
    {
        const ReadAll read = readAll(QByteArray("\xFF\xFE"
                                                "a\0,\0b\0",
                                                8));
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 1);
        QVERIFY(read.error->message.contains(QStringLiteral("UTF-16")));
    }

    void overlongRecordIsRefused()
    {
        QByteArray bytes = "a\n\"";
        bytes += QByteArray(5000, 'x');
        const ReadAll read = readAll(bytes, 1000);
        QVERIFY(read.error);
        QCOMPARE(read.error->line, 2);
    }

    void recordsSpanningManyReadChunks()
    {
        // Fields far longer than the reader's 64 KiB chunks, and many rows.
        QByteArray bytes = "id,text\n";
        const QByteArray longText(200 * 1024, 'y');
        bytes += "1,\"" + longText + "\"\n";
        for (int i = 2; i <= 20000; ++i)
            bytes += QByteArray::number(i) + ",\"row, " + QByteArray::number(i) + "\"\r\n";
        QByteArray data = bytes;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        csv::Reader reader(buffer);
        csv::Record record;
        QVERIFY(reader.next(record));
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields.at(1).size(), longText.size());
        qint64 rows = 1;
        while (reader.next(record)) {
            ++rows;
            QCOMPARE(record.line, rows + 1);
            QCOMPARE(record.fields.at(1), QStringLiteral("row, %1").arg(rows));
        }
        QVERIFY(!reader.error());
        QCOMPARE(rows, 20000);
        QCOMPARE(reader.bytesRead(), bytes.size());
    }

    void columnsAreFoundByNameInAnyOrder()
    {
        const csv::Columns columns({QStringLiteral(" Amount "), QStringLiteral("family_id"),
                                    QStringLiteral("notes"), QString(), QStringLiteral("DATE")},
                                   {QStringLiteral("family_id"), QStringLiteral("amount"),
                                    QStringLiteral("date"), QStringLiteral("transaction_id")},
                                   {QStringLiteral("family_id"), QStringLiteral("amount")});
        QVERIFY(columns.usable());
        QCOMPARE(columns.indexOf(QStringLiteral("amount")), 0);
        QCOMPARE(columns.indexOf(QStringLiteral("family_id")), 1);
        QCOMPARE(columns.indexOf(QStringLiteral("date")), 4);
        QCOMPARE(columns.indexOf(QStringLiteral("transaction_id")), -1);
        QCOMPARE(columns.unknown(),
                 QStringList({QStringLiteral("notes"), QStringLiteral("(column 4)")}));
        const QStringList row{QStringLiteral("12.50"), QStringLiteral("f1"), QString(), QString(),
                              QStringLiteral("2024-09-01")};
        QCOMPARE(columns.value(row, QStringLiteral("amount")), QStringLiteral("12.50"));
        QCOMPARE(columns.value(row, QStringLiteral("transaction_id")), QString());
    }

    void missingRequiredColumnsAreNamed()
    {
        const csv::Columns columns(
            {QStringLiteral("family_id")},
            {QStringLiteral("family_id"), QStringLiteral("amount"), QStringLiteral("date")},
            {QStringLiteral("family_id"), QStringLiteral("amount"), QStringLiteral("date")});
        QVERIFY(!columns.usable());
        QCOMPARE(columns.missing(),
                 QStringList({QStringLiteral("amount"), QStringLiteral("date")}));
    }

    void aColumnNamedTwiceIsUnusable()
    {
        const csv::Columns columns({QStringLiteral("amount"), QStringLiteral("Amount")},
                                   {QStringLiteral("amount")}, {QStringLiteral("amount")});
        QVERIFY(!columns.usable());
        QCOMPARE(columns.duplicated(), QStringList({QStringLiteral("amount")}));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
