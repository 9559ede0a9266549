#include "io/amount_parser.h"

#include <QTest>

using namespace coopdesk;

class TestAmountParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesCurrencyUnitsToCents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("whole") << QStringLiteral("125") << qint64{12500};
        QTest::newRow("one decimal") << QStringLiteral("125.5") << qint64{12550};
        QTest::newRow("two decimals") << QStringLiteral("125.50") << qint64{12550};
        QTest::newRow("cents only") << QStringLiteral("0.01") << qint64{1};
        QTest::newRow("zero") << QStringLiteral("0") << qint64{0};
        QTest::newRow("leading zeros") << QStringLiteral("007.05") << qint64{705};
        QTest::newRow("spaces around") << QStringLiteral("  99.99\t") << qint64{9999};
        QTest::newRow("no-break space around") << QStringLiteral("\u00A042\u00A0") << qint64{4200};
        // Values that binary floating point cannot hold exactly.
        QTest::newRow("0.29") << QStringLiteral("0.29") << qint64{29};
        QTest::newRow("1.15") << QStringLiteral("1.15") << qint64{115};
        QTest::newRow("4.35") << QStringLiteral("4.35") << qint64{435};
        QTest::newRow("1000000.00") << QStringLiteral("1000000.00") << qint64{100000000};
        QTest::newRow("16 digits")
            << QStringLiteral("9999999999999999.99") << qint64{999999999999999999};
    }
    void parsesCurrencyUnitsToCents()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = parseAmountCents(text);
        QVERIFY2(
            std::holds_alternative<qint64>(parsed),
            qPrintable(std::get_if<QString>(&parsed) ? *std::get_if<QString>(&parsed) : QString()));
        QCOMPARE(std::get<qint64>(parsed), cents);
    }

    void everyCentFrom0To100UnitsIsExact()
    {
        for (qint64 cents = 0; cents <= 10000; ++cents) {
            const QString text =
                QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
            const auto parsed = parseAmountCents(text);
            QVERIFY(std::holds_alternative<qint64>(parsed));
            QCOMPARE(std::get<qint64>(parsed), cents);
        }
    }

    void rejectsWithAClearMessage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("saying");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("sign");
        QTest::newRow("plus") << QStringLiteral("+5") << QStringLiteral("sign");
        QTest::newRow("unicode minus") << QStringLiteral("\u22125") << QStringLiteral("sign");
        QTest::newRow("thousands comma") << QStringLiteral("1,250.00") << QStringLiteral("comma");
        QTest::newRow("decimal comma") << QStringLiteral("125,50") << QStringLiteral("comma");
        QTest::newRow("thousands dot") << QStringLiteral("1.250.00") << QStringLiteral("one dot");
        QTest::newRow("thousands space") << QStringLiteral("1 250") << QStringLiteral("digits");
        QTest::newRow("thousands apostrophe")
            << QStringLiteral("1'250") << QStringLiteral("digits");
        QTest::newRow("dollar") << QStringLiteral("$125") << QStringLiteral("currency");
        QTest::newRow("euro after") << QStringLiteral("125 €") << QStringLiteral("currency");
        QTest::newRow("code") << QStringLiteral("USD 125") << QStringLiteral("currency");
        QTest::newRow("three decimals")
            << QStringLiteral("125.505") << QStringLiteral("two decimals");
        QTest::newRow("trailing zero third decimal")
            << QStringLiteral("1.000") << QStringLiteral("two decimals");
        QTest::newRow("no units") << QStringLiteral(".50") << QStringLiteral("before the dot");
        QTest::newRow("no decimals") << QStringLiteral("125.") << QStringLiteral("after the dot");
        QTest::newRow("exponent") << QStringLiteral("1e3") << QStringLiteral("digits");
        QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("digits");
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("\u0661\u0662") << QStringLiteral("digits");
        QTest::newRow("fullwidth digits")
            << QStringLiteral("\uFF11\uFF12") << QStringLiteral("digits");
        QTest::newRow("nan") << QStringLiteral("NaN") << QStringLiteral("digits");
        QTest::newRow("too large")
            << QStringLiteral("12345678901234567") << QStringLiteral("large");
    }
    void rejectsWithAClearMessage()
    {
        QFETCH(QString, text);
        QFETCH(QString, saying);
        const auto parsed = parseAmountCents(text);
        QVERIFY(std::holds_alternative<QString>(parsed));
        const QString message = std::get<QString>(parsed);
        QVERIFY2(message.contains(saying), qPrintable(message));
    }

    // The seed format's dollars (SPEC 2) go through the same parser, with
    // digits beyond the cents rounded half away from zero.
    void roundsBeyondTheCentsWhenAsked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("1.005") << QStringLiteral("1.005") << qint64{101};
        QTest::newRow("1.004999") << QStringLiteral("1.004999") << qint64{100};
        QTest::newRow("0.005") << QStringLiteral("0.005") << qint64{1};
        QTest::newRow("0.001") << QStringLiteral("0.001") << qint64{0};
        QTest::newRow("2.675") << QStringLiteral("2.675") << qint64{268};
        QTest::newRow("two decimals") << QStringLiteral("125.50") << qint64{12550};
        QTest::newRow("largest") << QStringLiteral("9999999999999999.995")
                                 << qint64{1000000000000000000};
    }
    void roundsBeyondTheCentsWhenAsked()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = parseAmountCents(text, BeyondCents::RoundHalfAwayFromZero);
        QVERIFY(std::holds_alternative<qint64>(parsed));
        QCOMPARE(std::get<qint64>(parsed), cents);
        // The same text is refused where amounts are in whole cents.
        if (text.size() - text.indexOf(u'.') > 3)
            QVERIFY(std::holds_alternative<QString>(parseAmountCents(text)));
    }
    void roundingStillRefusesWhatIsNoAmount()
    {
        for (const QString& text :
             {QStringLiteral("-5"), QStringLiteral("1e17"), QStringLiteral("100000000000000000"),
              QStringLiteral("NaN"), QStringLiteral("")})
            QVERIFY2(std::holds_alternative<QString>(
                         parseAmountCents(text, BeyondCents::RoundHalfAwayFromZero)),
                     qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestAmountParser)
#include "tst_amount_parser.moc"
