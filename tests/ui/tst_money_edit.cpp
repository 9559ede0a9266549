// Money typed in the locale's format becomes exact integer cents.

#include "widgets/money_edit.h"
#include "widgets/money_text.h"

#include <QTest>

using namespace coopdesk;

namespace {

const QLocale enUS(QLocale::English, QLocale::UnitedStates);
const QLocale esES(QLocale::Spanish, QLocale::Spain);
const QLocale deDE(QLocale::German, QLocale::Germany);
const QLocale frFR(QLocale::French, QLocale::France);

} // namespace

class TestMoneyEdit : public QObject
{
    Q_OBJECT

private slots:
    void parsesLocaleFormats_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");

        QTest::newRow("en grouped") << enUS << QStringLiteral("1,234.56") << qint64{123456};
        QTest::newRow("en plain") << enUS << QStringLiteral("1234.5") << qint64{123450};
        QTest::newRow("en whole") << enUS << QStringLiteral("12") << qint64{1200};
        QTest::newRow("en cents only") << enUS << QStringLiteral("0.05") << qint64{5};
        QTest::newRow("en no whole part") << enUS << QStringLiteral(".75") << qint64{75};
        QTest::newRow("en symbol") << enUS << QStringLiteral("$1,234.56") << qint64{123456};
        QTest::newRow("en code after") << enUS << QStringLiteral("1,234.56 USD") << qint64{123456};
        QTest::newRow("en spaces") << enUS << QStringLiteral("  7  ") << qint64{700};
        // Values a double would round wrongly (0.29 * 100 = 28.999…).
        QTest::newRow("en 0.29") << enUS << QStringLiteral("0.29") << qint64{29};
        QTest::newRow("en 1.15") << enUS << QStringLiteral("1.15") << qint64{115};
        QTest::newRow("en 4.35") << enUS << QStringLiteral("4.35") << qint64{435};
        QTest::newRow("en largest")
            << enUS << QStringLiteral("999,999,999,999.99") << qint64{99999999999999};
        QTest::newRow("es grouped") << esES << QStringLiteral("1.234,56") << qint64{123456};
        QTest::newRow("es plain") << esES << QStringLiteral("1234,5") << qint64{123450};
        QTest::newRow("es thousands") << esES << QStringLiteral("1.234") << qint64{123400};
        QTest::newRow("es euro") << esES << QStringLiteral("125,50 €") << qint64{12550};
        QTest::newRow("de grouped") << deDE << QStringLiteral("1.234,56") << qint64{123456};
        QTest::newRow("fr typed space") << frFR << QStringLiteral("1 234,56") << qint64{123456};
        QTest::newRow("fr narrow space")
            << frFR << QStringLiteral("1\u202F234,56") << qint64{123456};
    }
    void parsesLocaleFormats()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = money::parseCents(text, locale);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, cents);
    }

    void rejectsWhatIsNotAnAmount_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("text");

        QTest::newRow("en three decimals") << enUS << QStringLiteral("12.345");
        QTest::newRow("en tenth of a cent") << enUS << QStringLiteral("0.001");
        QTest::newRow("es three decimals") << esES << QStringLiteral("12,345");
        QTest::newRow("en misplaced group") << enUS << QStringLiteral("1,23.45");
        QTest::newRow("en short last group") << enUS << QStringLiteral("1,234,56");
        QTest::newRow("en comma as decimal") << enUS << QStringLiteral("12,50");
        QTest::newRow("es point as decimal") << esES << QStringLiteral("12.50");
        QTest::newRow("negative") << enUS << QStringLiteral("-5");
        QTest::newRow("plus sign") << enUS << QStringLiteral("+5");
        QTest::newRow("letters") << enUS << QStringLiteral("abc");
        QTest::newRow("empty") << enUS << QString();
        QTest::newRow("two points") << enUS << QStringLiteral("1.2.3");
        QTest::newRow("trailing point") << enUS << QStringLiteral("12.");
        QTest::newRow("exponent") << enUS << QStringLiteral("1e3");
        QTest::newRow("thirteen digits") << enUS << QStringLiteral("1234567890123");
        QTest::newRow("only a symbol") << enUS << QStringLiteral("$");
    }
    void rejectsWhatIsNotAnAmount()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, text);
        QVERIFY2(!money::parseCents(text, locale).has_value(), qPrintable(text));
    }

    void formatsAndParsesBack()
    {
        for (const QLocale& locale : {enUS, esES, deDE, frFR}) {
            for (qint64 cents : {qint64{0}, qint64{5}, qint64{99}, qint64{100}, qint64{123456},
                                 qint64{100000000}}) {
                const QString text = money::formatCents(cents, locale);
                const auto back = money::parseCents(text, locale);
                QVERIFY2(back.has_value(), qPrintable(locale.name() + QLatin1Char(' ') + text));
                QCOMPARE(*back, cents);
            }
        }
        QCOMPARE(money::formatCents(123456, enUS), QStringLiteral("1,234.56"));
        QCOMPARE(money::formatCents(5, enUS), QStringLiteral("0.05"));
    }

    // Qt 6.4's own QLocale("es_ES").toString(1370250.0, 'f', 2) gives
    // "1370.250,00"; amounts are grouped from a thousand on (DECISIONS.md).
    void groupsThousandsAndMillions_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("text");

        QTest::newRow("es zero") << esES << qint64{0} << QStringLiteral("0,00");
        QTest::newRow("es hundreds") << esES << qint64{99999} << QStringLiteral("999,99");
        QTest::newRow("es four digits") << esES << qint64{858525} << QStringLiteral("8.585,25");
        QTest::newRow("es five digits") << esES << qint64{1617255} << QStringLiteral("16.172,55");
        QTest::newRow("es millions") << esES << qint64{137025000} << QStringLiteral("1.370.250,00");
        QTest::newRow("es millions 2")
            << esES << qint64{121162179} << QStringLiteral("1.211.621,79");
        QTest::newRow("es billions")
            << esES << qint64{100000000005} << QStringLiteral("1.000.000.000,05");
        QTest::newRow("es negative")
            << esES << qint64{-137025000} << QStringLiteral("-1.370.250,00");
        QTest::newRow("es negative cents") << esES << qint64{-5} << QStringLiteral("-0,05");
        QTest::newRow("en zero") << enUS << qint64{0} << QStringLiteral("0.00");
        QTest::newRow("en four digits") << enUS << qint64{858525} << QStringLiteral("8,585.25");
        QTest::newRow("en millions") << enUS << qint64{137025000} << QStringLiteral("1,370,250.00");
        QTest::newRow("en negative")
            << enUS << qint64{-121162179} << QStringLiteral("-1,211,621.79");
        QTest::newRow("en zero-padded groups")
            << enUS << qint64{100000701} << QStringLiteral("1,000,007.01");
    }

    void groupsThousandsAndMillions()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, cents);
        QFETCH(QString, text);
        QCOMPARE(money::formatCents(cents, locale), text);
        if (cents >= 0)
            QCOMPARE(money::parseCents(text, locale), std::optional<qint64>(cents));
    }

    void wholeUnitsAreGroupedTheSameWay()
    {
        QCOMPARE(money::formatWholeUnits(1370250, esES), QStringLiteral("1.370.250"));
        QCOMPARE(money::formatWholeUnits(5000, esES), QStringLiteral("5.000"));
        QCOMPARE(money::formatWholeUnits(0, esES), QStringLiteral("0"));
        QCOMPARE(money::formatWholeUnits(-25000, enUS), QStringLiteral("-25,000"));
    }

    void editReadsCentsInItsLocale()
    {
        MoneyEdit edit;
        edit.setLocale(esES);
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("1234,5"));
        QCOMPARE(edit.cents(), std::optional<qint64>(123450));

        edit.clear();
        QTest::keyClicks(&edit, QStringLiteral("12,345"));
        QVERIFY(!edit.cents().has_value());
        QVERIFY(!edit.isEmpty());
    }

    void editRewritesAValidAmountWhenEditingEnds()
    {
        MoneyEdit edit;
        edit.setLocale(enUS);
        edit.show();
        QTest::keyClicks(&edit, QStringLiteral("1234.5"));
        emit edit.editingFinished();
        QCOMPARE(edit.text(), QStringLiteral("1,234.50"));
        QCOMPARE(edit.cents(), std::optional<qint64>(123450));
    }
};

QTEST_MAIN(TestMoneyEdit)
#include "tst_money_edit.moc"
