#include "domain/text_rules.h"

#include <QTest>

using namespace coopdesk;

class TestTextRules : public QObject
{
    Q_OBJECT

private slots:
    void trimsUnicodeWhiteSpaceOnly()
    {
        QCOMPARE(text::trimmed(QStringLiteral("\u00A0\u3000 Ana\t\n")), QStringLiteral("Ana"));
        // U+200B ZERO WIDTH SPACE is not White_Space: it stays.
        QCOMPARE(text::trimmed(QStringLiteral("\u200BAna")), QStringLiteral("\u200BAna"));
    }

    void countsCodePointsNotUtf16Units()
    {
        QCOMPARE(text::codePointCount(QStringLiteral("a\U0001F600b")), 3);
        QCOMPARE(text::codePointCount(QString()), 0);
    }

    void rejectsControlCharacters()
    {
        QVERIFY(text::hasControlCharacters(QStringLiteral("a\u0000b"), false));
        QVERIFY(text::hasControlCharacters(QStringLiteral("a\nb"), false));
        QVERIFY(!text::hasControlCharacters(QStringLiteral("a\nb\tc"), true));
        QVERIFY(text::hasControlCharacters(QStringLiteral("a\rb"), true));
        QVERIFY(text::hasControlCharacters(QStringLiteral("a\u0085b"), true));
    }

    void idsAreAsciiWordCharacters_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << QStringLiteral("f1") << true;
        QTest::newRow("dash and underscore") << QStringLiteral("a-b_c") << true;
        QTest::newRow("64 chars") << QString(64, u'x') << true;
        QTest::newRow("65 chars") << QString(65, u'x') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("accent") << QStringLiteral("é") << false;
    }
    void idsAreAsciiWordCharacters()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(text::isValidId(id), valid);
    }

    void emailShape_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ana@example.org") << true;
        QTest::newRow("two at") << QStringLiteral("a@b@c.org") << false;
        QTest::newRow("no local") << QStringLiteral("@c.org") << false;
        QTest::newRow("no dot") << QStringLiteral("a@localhost") << false;
        QTest::newRow("leading dot") << QStringLiteral("a@.org") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a@org.") << false;
        QTest::newRow("space") << QStringLiteral("a b@c.org") << false;
    }
    void emailShape()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(text::isValidEmail(email), valid);
    }

    void datesAreRealAndInRange_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("valid");
        QTest::newRow("first") << QStringLiteral("1900-01-01") << true;
        QTest::newRow("last") << QStringLiteral("2100-12-31") << true;
        QTest::newRow("before") << QStringLiteral("1899-12-31") << false;
        QTest::newRow("after") << QStringLiteral("2101-01-01") << false;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true;
        QTest::newRow("not leap") << QStringLiteral("2023-02-29") << false;
        QTest::newRow("short") << QStringLiteral("2024-2-01") << false;
        QTest::newRow("padded") << QStringLiteral(" 2024-02-01") << false;
        QTest::newRow("slashes") << QStringLiteral("2024/02/01") << false;
    }
    void datesAreRealAndInRange()
    {
        QFETCH(QString, date);
        QFETCH(bool, valid);
        QCOMPARE(text::parseDate(date).has_value(), valid);
    }

    void months()
    {
        QVERIFY(text::isValidMonth(QStringLiteral("2024-09")));
        QVERIFY(text::isValidMonth(QStringLiteral("1900-01")));
        QVERIFY(text::isValidMonth(QStringLiteral("2100-12")));
        QVERIFY(!text::isValidMonth(QStringLiteral("2024-13")));
        QVERIFY(!text::isValidMonth(QStringLiteral("2024-00")));
        QVERIFY(!text::isValidMonth(QStringLiteral("2101-01")));
        QVERIFY(!text::isValidMonth(QStringLiteral("2024-9")));
    }
};

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_text_rules.moc"
