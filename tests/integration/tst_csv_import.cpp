// CSV import end to end (SPEC 8, docs/IMPORT.md): through CsvImport and the
// command bus, and through `coopdesk-cli import-csv`, on real co-op files.

#include "cli_runner.h"
#include "io/csv_import.h"
#include "temp_coop.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

const QByteArray familiesHeader = "family_id,family_name,parent_name,email,phone,enrollment_date,"
                                  "preferred_contact_channel,assigned_coordinator,children\r\n";

const QByteArray goodFamilies =
    familiesHeader +
    "f1,Martinez Family,Ana Martinez,ana@example.org,555-0101,2024-09-01,email,Kim,"
    "\"Leo:7;Mia:5\"\r\n"
    "f2,\"Smith, Jones\",,,,2024-09-02,,,\r\n"
    "f3,\"The \"\"Quoted\"\" Family\",Bo,,,2024-09-03,sms,,Zoë:12\r\n";

const QByteArray goodCharges = "family_id,charge_id,month,amount,due_date\n"
                               "f1,c-sep,2024-09,250,2024-09-05\n"
                               "f1,c-oct,2024-10,250.5,2024-10-05\n"
                               "f2,,2024-09,99.99,2024-09-05\n";

const QByteArray goodPayments = "family_id,amount,date,payment_method,transaction_id\n"
                                "f1,250.00,2024-09-04,card,tx-1\n"
                                "f2,50,2024-09-10,cash,\n"
                                "f2,49.99,2024-09-20,check,\n";

// One error row as the tests expect it.
struct Expected
{
    qint64 line;
    QString code;
    QString field;
};

QList<Expected> errorsOf(const CsvImport& import)
{
    QList<Expected> list;
    for (const ImportError& error : import.rowErrors())
        list.append({error.line, error.error.code, error.error.field.value_or(QString())});
    return list;
}

QString describe(const QList<Expected>& errors)
{
    QStringList parts;
    for (const Expected& e : errors)
        parts << QStringLiteral("%1:%2:%3").arg(e.line).arg(e.code, e.field);
    return parts.join(QStringLiteral(" "));
}

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

CsvImport::Status parseBytes(CsvImport& import, const QByteArray& bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return import.parse(buffer);
}

// Parses and commits; returns the commit's status (or the parse's when it failed).
CsvImport::Status importBytes(TempCoop& coop, CsvImport& import, const QByteArray& bytes)
{
    const CsvImport::Status parsed = parseBytes(import, bytes);
    if (parsed != CsvImport::Status::Ok)
        return parsed;
    return import.commit(coop.bus());
}

QJsonObject dataOf(const RecordedEvent& event)
{
    return QJsonDocument::fromJson(event.data).object();
}

QStringList eventTypes(const QList<RecordedEvent>& events)
{
    QStringList types;
    for (const RecordedEvent& event : events)
        types << event.eventType;
    return types;
}

QStringList cliArgs(const TempCoop& coop, const QString& file, const QString& kind)
{
    return {QStringLiteral("--db"),   coop.path(), QStringLiteral("import-csv"), file,
            QStringLiteral("--kind"), kind};
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    // --- the three kinds, through the bus ---------------------------------

    void familiesImportWithTheirChildren()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(importBytes(coop, import, goodFamilies), CsvImport::Status::Ok);
        QVERIFY(import.rowErrors().isEmpty());

        const ImportSummary summary = import.summary();
        QCOMPARE(summary.rows, 3);
        QCOMPARE(summary.commands, 6); // 3 EnrollFamily + 3 AddChild
        QCOMPARE(summary.appended, 6);
        QCOMPARE(summary.replayed, 0);
        QVERIFY(summary.committed);
        QVERIFY(!summary.dryRun);

        const QList<RecordedEvent> f1 = coop.store().readStream(QStringLiteral("f1"));
        QCOMPARE(eventTypes(f1),
                 QStringList({QStringLiteral("FamilyEnrolled"), QStringLiteral("ChildAdded"),
                              QStringLiteral("ChildAdded")}));
        const QJsonObject enrolled = dataOf(f1.at(0));
        QCOMPARE(enrolled.value(QStringLiteral("family_name")).toString(),
                 QStringLiteral("Martinez Family"));
        QCOMPARE(enrolled.value(QStringLiteral("email")).toString(),
                 QStringLiteral("ana@example.org"));
        QCOMPARE(enrolled.value(QStringLiteral("assigned_coordinator")).toString(),
                 QStringLiteral("Kim"));
        QCOMPARE(dataOf(f1.at(1)).value(QStringLiteral("child_name")).toString(),
                 QStringLiteral("Leo"));
        QCOMPARE(dataOf(f1.at(1)).value(QStringLiteral("child_age")).toInt(), 7);
        QCOMPARE(dataOf(f1.at(2)).value(QStringLiteral("child_name")).toString(),
                 QStringLiteral("Mia"));

        const QList<RecordedEvent> f2 = coop.store().readStream(QStringLiteral("f2"));
        QCOMPARE(f2.size(), 1);
        const QJsonObject smith = dataOf(f2.at(0));
        QCOMPARE(smith.value(QStringLiteral("family_name")).toString(),
                 QStringLiteral("Smith, Jones"));
        // Empty cells are absent fields.
        QVERIFY(!smith.contains(QStringLiteral("parent_name")));
        QVERIFY(!smith.contains(QStringLiteral("email")));

        const QList<RecordedEvent> f3 = coop.store().readStream(QStringLiteral("f3"));
        QCOMPARE(dataOf(f3.at(0)).value(QStringLiteral("family_name")).toString(),
                 QStringLiteral("The \"Quoted\" Family"));
        QCOMPARE(dataOf(f3.at(1)).value(QStringLiteral("child_name")).toString(),
                 QStringLiteral("Zoë"));
    }

    void chargesAndPaymentsImportInCents()
    {
        TempCoop coop;
        CsvImport families(ImportKind::Families);
        QCOMPARE(importBytes(coop, families, goodFamilies), CsvImport::Status::Ok);

        CsvImport charges(ImportKind::Charges);
        QCOMPARE(importBytes(coop, charges, goodCharges), CsvImport::Status::Ok);
        QCOMPARE(charges.summary().appended, 3);
        CsvImport payments(ImportKind::Payments);
        QCOMPARE(importBytes(coop, payments, goodPayments), CsvImport::Status::Ok);
        QCOMPARE(payments.summary().appended, 3);

        const QList<RecordedEvent> f1 = coop.store().readStream(QStringLiteral("f1"));
        QCOMPARE(f1.size(), 6);
        const QJsonObject september = dataOf(f1.at(3));
        QCOMPARE(f1.at(3).eventType, QStringLiteral("TuitionCharged"));
        QCOMPARE(september.value(QStringLiteral("charge_id")).toString(), QStringLiteral("c-sep"));
        QCOMPARE(september.value(QStringLiteral("amount_cents")).toInteger(), 25000);
        QCOMPARE(dataOf(f1.at(4)).value(QStringLiteral("amount_cents")).toInteger(), 25050);
        QCOMPARE(f1.at(5).eventType, QStringLiteral("PaymentReceived"));
        const QJsonObject paid = dataOf(f1.at(5));
        QCOMPARE(paid.value(QStringLiteral("amount_cents")).toInteger(), 25000);
        QCOMPARE(paid.value(QStringLiteral("payment_method")).toString(), QStringLiteral("card"));
        QCOMPARE(paid.value(QStringLiteral("transaction_id")).toString(), QStringLiteral("tx-1"));

        const QList<RecordedEvent> f2 = coop.store().readStream(QStringLiteral("f2"));
        QCOMPARE(
            eventTypes(f2),
            QStringList({QStringLiteral("FamilyEnrolled"), QStringLiteral("TuitionCharged"),
                         QStringLiteral("PaymentReceived"), QStringLiteral("PaymentReceived")}));
        // A charge without charge_id gets one generated.
        QVERIFY(!dataOf(f2.at(1)).value(QStringLiteral("charge_id")).toString().isEmpty());
        QCOMPARE(dataOf(f2.at(1)).value(QStringLiteral("amount_cents")).toInteger(), 9999);
        QCOMPARE(dataOf(f2.at(3)).value(QStringLiteral("amount_cents")).toInteger(), 4999);
    }

    void columnsMayComeInAnyOrderAndUnknownOnesAreReported()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        CsvImport import(ImportKind::Payments);
        QCOMPARE(importBytes(coop, import,
                             "Notes,payment_method,DATE,amount,Family_ID\n"
                             "first payment,ach,2024-09-01,10.5,f1\n"),
                 CsvImport::Status::Ok);
        QCOMPARE(import.unknownColumns(), QStringList({QStringLiteral("Notes")}));
        QCOMPARE(import.summary().unknownColumns, QStringList({QStringLiteral("Notes")}));
        const QList<RecordedEvent> events = coop.store().readStream(QStringLiteral("f1"));
        QCOMPARE(events.size(), 2);
        QCOMPARE(dataOf(events.at(1)).value(QStringLiteral("amount_cents")).toInteger(), 1050);
        QCOMPARE(dataOf(events.at(1)).value(QStringLiteral("payment_method")).toString(),
                 QStringLiteral("ach"));
    }

    // --- all or nothing ---------------------------------------------------

    void aBadRowAnywhereMeansNothingIsWrittenAndEveryBadRowIsReported()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        const qint64 head = coop.store().headPosition();
        const QByteArray file =
            familiesHeader +
            "g1,Good One,,,,2024-09-01,,,\r\n"                  // 2 good
            "g2,,,,,2024-09-01,,,\r\n"                          // 3 no name
            "g3,\"Multi\r\nLine\r\nName\",,,,2024-09-01,,,\r\n" // 4-6 control chars
            "g4,Bad Mail,,not-an-email,,2024-09-01,,,\r\n"      // 7
            "g5,Good Two,,,,2024-09-01,,,Ann:3\r\n"             // 8 good
            "g6,Bad Channel,,,,2024-09-01,fax,,\r\n"            // 9
            "f1,Already There,,,,2024-09-01,,,\r\n"             // 10 exists
            "g7,Bad Child,,,,2024-09-01,,,Ann:3;Bo:40\r\n"      // 11 age
            "g8,Short Row,,,\r\n"                               // 12 cells
            "bad id!,Bad Id,,,,2024-09-01,,,\r\n"               // 13
            "g9,Good Three,,,,2024-09-01,,,\r\n";               // 14 good
        CsvImport import(ImportKind::Families);
        QCOMPARE(importBytes(coop, import, file), CsvImport::Status::RowErrors);
        const QList<Expected> errors = errorsOf(import);
        const QString got = describe(errors);
        QCOMPARE(got, QStringLiteral("3:validation:family_name 4:validation:family_name "
                                     "7:validation:email 9:validation:preferred_contact_channel "
                                     "10:already_exists:family_id 11:validation:children "
                                     "12:validation: 13:validation:family_id"));
        QVERIFY(import.rowErrors().at(5).error.message.contains(QStringLiteral("Bo")));
        QVERIFY(import.rowErrors().at(6).error.message.contains(QStringLiteral("cells")));
        QCOMPARE(coop.store().headPosition(), head);
        QVERIFY(coop.store().readStream(QStringLiteral("g1")).isEmpty());
        QVERIFY(!import.summary().committed);
        QCOMPARE(import.summary().appended, 0);
        QCOMPARE(import.summary().badRows, 8);
    }

    void csvProblemsAndBusProblemsAreReportedTogether()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        const qint64 head = coop.store().headPosition();
        CsvImport import(ImportKind::Payments);
        QCOMPARE(importBytes(coop, import,
                             "family_id,amount,date,payment_method,transaction_id\n"
                             "f1,$10,2024-09-01,cash,\n"       // 2 amount syntax
                             "f1,10,2024-09-01,bitcoin,\n"     // 3 bus enum
                             "f1,1,250.00,2024-09-01,card,x\n" // 4 too many cells
                             "f1,10,2024-09-01,cash,\n"),      // 5 good
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)),
                 QStringLiteral("2:validation:amount 3:validation:payment_method 4:validation:"));
        QCOMPARE(coop.store().headPosition(), head);
    }

    void dryRunValidatesEverythingAndWritesNothing()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(parseBytes(import, goodFamilies), CsvImport::Status::Ok);
        QCOMPARE(import.validate(coop.bus()), CsvImport::Status::Ok);
        QCOMPARE(coop.store().headPosition(), 0);
        const ImportSummary summary = import.summary();
        QVERIFY(summary.dryRun);
        QVERIFY(!summary.committed);
        QCOMPARE(summary.appended, 0);
        QCOMPARE(summary.wouldAppend, 6);

        // The same import then commits for real.
        QCOMPARE(import.commit(coop.bus()), CsvImport::Status::Ok);
        QCOMPARE(coop.store().headPosition(), 6);
    }

    void dryRunFindsTheSameBadRowsAsCommit()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Charges);
        QCOMPARE(parseBytes(import, "family_id,charge_id,month,amount,due_date\n"
                                    "nobody,c1,2024-09,10,2024-09-05\n"),
                 CsvImport::Status::Ok);
        QCOMPARE(import.validate(coop.bus()), CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)), QStringLiteral("2:not_found:family_id"));
        QCOMPARE(coop.store().headPosition(), 0);
    }

    // --- idempotency ------------------------------------------------------

    void importingTheSameFileTwiceChangesNothing()
    {
        TempCoop coop;
        for (const auto& [kind, bytes] : {std::pair{ImportKind::Families, goodFamilies},
                                          std::pair{ImportKind::Charges, goodCharges},
                                          std::pair{ImportKind::Payments, goodPayments}}) {
            CsvImport first(kind);
            QCOMPARE(importBytes(coop, first, bytes), CsvImport::Status::Ok);
            QVERIFY(first.summary().appended > 0);
        }
        const qint64 head = coop.store().headPosition();
        QCOMPARE(head, 12);

        for (const auto& [kind, bytes] : {std::pair{ImportKind::Families, goodFamilies},
                                          std::pair{ImportKind::Charges, goodCharges},
                                          std::pair{ImportKind::Payments, goodPayments}}) {
            coop.reopen();
            CsvImport again(kind);
            QCOMPARE(importBytes(coop, again, bytes), CsvImport::Status::Ok);
            QCOMPARE(again.summary().appended, 0);
            QCOMPARE(again.summary().replayed, again.summary().commands);
        }
        QCOMPARE(coop.store().headPosition(), head);
    }

    void theSameRowsRearrangedAreStillTheSameImport()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        CsvImport first(ImportKind::Payments);
        QCOMPARE(importBytes(coop, first,
                             "family_id,amount,date,payment_method\n"
                             "f1,10,2024-09-01,cash\n"
                             "f1,20,2024-09-02,cash\n"),
                 CsvImport::Status::Ok);
        const qint64 head = coop.store().headPosition();
        // Other column order, a BOM, CRLF, blank lines, an extra column, the
        // rows swapped: the same two payments.
        CsvImport second(ImportKind::Payments);
        QCOMPARE(importBytes(coop, second,
                             "\xEF\xBB\xBFpayment_method,date,amount,family_id,note\r\n\r\n"
                             "cash,2024-09-02,20,f1,x\r\n"
                             "cash,2024-09-01,10,f1,y\r\n\r\n\r\n"),
                 CsvImport::Status::Ok);
        QCOMPARE(second.summary().appended, 0);
        QCOMPARE(second.summary().replayed, 2);
        QCOMPARE(coop.store().headPosition(), head);
    }

    void identicalRowsAreSeparatePaymentsAndStillImportOnce()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        const QByteArray file = "family_id,amount,date,payment_method,transaction_id\n"
                                "f1,40,2024-09-01,cash,\n"
                                "f1,40,2024-09-01,cash,\n";
        CsvImport first(ImportKind::Payments);
        QCOMPARE(importBytes(coop, first, file), CsvImport::Status::Ok);
        QCOMPARE(first.summary().appended, 2);
        CsvImport again(ImportKind::Payments);
        QCOMPARE(importBytes(coop, again, file), CsvImport::Status::Ok);
        QCOMPARE(again.summary().appended, 0);
        QCOMPARE(coop.store().readStream(QStringLiteral("f1")).size(), 3);
        // Each command carries its derived id.
        const QList<QJsonObject> commands = first.commands(0, 10);
        QCOMPARE(commands.size(), 2);
        const QString id = commands.at(0).value(QStringLiteral("command_id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("csv:payments:")));
        QVERIFY(id.endsWith(QStringLiteral(":1")));
        QVERIFY(commands.at(1)
                    .value(QStringLiteral("command_id"))
                    .toString()
                    .endsWith(QStringLiteral(":2")));
    }

    void aChildAddedToTheFileIsAddedOnTheNextImport()
    {
        TempCoop coop;
        CsvImport first(ImportKind::Families);
        QCOMPARE(importBytes(coop, first, familiesHeader + "f1,A,,,,2024-09-01,,,Leo:7\r\n"),
                 CsvImport::Status::Ok);
        CsvImport second(ImportKind::Families);
        QCOMPARE(importBytes(coop, second, familiesHeader + "f1,A,,,,2024-09-01,,,Leo:7;Mia:5\r\n"),
                 CsvImport::Status::Ok);
        QCOMPARE(second.summary().appended, 1);
        QCOMPARE(second.summary().replayed, 2);
        QCOMPARE(coop.store().readStream(QStringLiteral("f1")).size(), 3);

        // A changed family cell is a different EnrollFamily: the family exists.
        CsvImport renamed(ImportKind::Families);
        QCOMPARE(
            importBytes(coop, renamed, familiesHeader + "f1,B,,,,2024-09-01,,,Leo:7;Mia:5\r\n"),
            CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(renamed)), QStringLiteral("2:already_exists:family_id"));
        QCOMPARE(coop.store().headPosition(), 3);
    }

    void aFixedFileImportsAfterAFailedOne()
    {
        TempCoop coop;
        CsvImport bad(ImportKind::Families);
        QCOMPARE(
            importBytes(coop, bad,
                        familiesHeader + "f1,Ok,,,,2024-09-01,,,\r\nf2,Bad,,,,2024-02-30,,,\r\n"),
            CsvImport::Status::RowErrors);
        QCOMPARE(coop.store().headPosition(), 0);
        CsvImport fixed(ImportKind::Families);
        QCOMPARE(
            importBytes(coop, fixed,
                        familiesHeader + "f1,Ok,,,,2024-09-01,,,\r\nf2,Bad,,,,2024-02-29,,,\r\n"),
            CsvImport::Status::Ok);
        QCOMPARE(coop.store().headPosition(), 2);
    }

    // --- hostile rows -----------------------------------------------------

    void duplicateFamilyIdsInAFileAreReportedPerRow()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(importBytes(coop, import,
                             familiesHeader + "f1,First,,,,2024-09-01,,,\r\n"
                                              "f2,Second,,,,2024-09-01,,,\r\n"
                                              "f1,First Again,,,,2024-09-01,,,\r\n"
                                              "f1,First,,,,2024-09-01,,,\r\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)),
                 QStringLiteral("4:duplicate:family_id 5:duplicate:family_id"));
        QVERIFY(import.rowErrors().first().error.message.contains(QStringLiteral("line 2")));
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void unknownFamiliesInPaymentsAndCharges()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        CsvImport payments(ImportKind::Payments);
        QCOMPARE(importBytes(coop, payments,
                             "family_id,amount,date,payment_method\n"
                             "f1,10,2024-09-01,cash\n"
                             "ghost,10,2024-09-01,cash\n"
                             "f1,10,2024-09-02,cash\n"
                             "F1,10,2024-09-01,cash\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(payments)),
                 QStringLiteral("3:not_found:family_id 5:not_found:family_id"));
        CsvImport charges(ImportKind::Charges);
        QCOMPARE(importBytes(coop, charges,
                             "family_id,month,amount,due_date\n"
                             "ghost,2024-09,10,2024-09-05\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(charges)), QStringLiteral("2:not_found:family_id"));
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void badDatesAndMonths()
    {
        TempCoop coop;
        CsvImport families(ImportKind::Families);
        QCOMPARE(importBytes(coop, families,
                             familiesHeader + "f1,A,,,,2024-02-30,,,\r\n"
                                              "f2,B,,,,09/01/2024,,,\r\n"
                                              "f3,C,,,,,,,\r\n"
                                              "f4,D,,,,1899-12-31,,,\r\n"
                                              "f5,E,,,, 2024-09-01,,,\r\n"
                                              "f6,F,,,,2024-09-01,,,\r\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(families)),
                 QStringLiteral("2:validation:enrollment_date 3:validation:enrollment_date "
                                "4:validation:enrollment_date 5:validation:enrollment_date "
                                "6:validation:enrollment_date"));

        coop.enroll(QStringLiteral("f1"));
        CsvImport charges(ImportKind::Charges);
        QCOMPARE(importBytes(coop, charges,
                             "family_id,charge_id,month,amount,due_date\n"
                             "f1,c1,2024-13,10,2024-09-05\n"
                             "f1,c2,2024-09,10,2024-9-5\n"
                             "f1,c3,2024-09,10,2024-09-05\n"
                             "f1,c3,2024-10,10,2024-10-05\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(charges)),
                 QStringLiteral("2:validation:month 3:validation:due_date 5:duplicate:charge_id"));

        CsvImport payments(ImportKind::Payments);
        QCOMPARE(importBytes(coop, payments,
                             "family_id,amount,date,payment_method,transaction_id\n"
                             "f1,10,2023-02-29,cash,\n"
                             "f1,10,,cash,\n"
                             "f1,10,2024-09-01,cash,t1\n"
                             "f1,11,2024-09-02,cash,t1\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(payments)),
                 QStringLiteral("2:validation:date 3:validation:date 5:duplicate:transaction_id"));
        QCOMPARE(coop.store().headPosition(), 1);
    }

    // SPEC 8: payments take an optional payment_id column, checked like
    // the command's (shape, unique per family among live payments).
    void paymentsTakeAnOptionalPaymentId()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        CsvImport refused(ImportKind::Payments);
        QCOMPARE(importBytes(coop, refused,
                             "family_id,amount,date,payment_method,transaction_id,payment_id\n"
                             "f1,10,2024-09-01,cash,,p 1\n"
                             "f1,10,2024-09-01,cash,,dep-1\n"
                             "f1,10,2024-09-02,cash,,dep-1\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(refused)),
                 QStringLiteral("2:validation:payment_id 4:duplicate:payment_id"));
        QCOMPARE(coop.store().headPosition(), 1);

        CsvImport accepted(ImportKind::Payments);
        QCOMPARE(importBytes(coop, accepted,
                             "family_id,amount,date,payment_method,payment_id\n"
                             "f1,10,2024-09-01,cash,dep-1\n"
                             "f1,12.50,2024-09-02,check,\n"),
                 CsvImport::Status::Ok);
        const QList<RecordedEvent> events = coop.store().readAfter(1, 10);
        QCOMPARE(events.size(), 2);
        QCOMPARE(dataOf(events.at(0)).value(QStringLiteral("payment_id")).toString(),
                 QStringLiteral("dep-1"));
        QCOMPARE(dataOf(events.at(1)).value(QStringLiteral("payment_id")).toString().size(), 36);
        QVERIFY(coop.run(cmd(QStringLiteral("VoidPayment"),
                             {{QStringLiteral("family_id"), QStringLiteral("f1")},
                              {QStringLiteral("payment_id"), QStringLiteral("dep-1")},
                              {QStringLiteral("reason"), QStringLiteral("entered twice")}}))
                    .ok);
    }

    void amountsOutOfRangeOrMalformed()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        CsvImport import(ImportKind::Payments);
        QCOMPARE(importBytes(coop, import,
                             "family_id,amount,date,payment_method\n"
                             "f1,0,2024-09-01,cash\n"
                             "f1,1000000.01,2024-09-01,cash\n"
                             "f1,,2024-09-01,cash\n"
                             "f1,\"1,000\",2024-09-01,cash\n"
                             "f1,1000000.00,2024-09-01,cash\n"
                             "f1,0.01,2024-09-01,cash\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)),
                 QStringLiteral("2:validation:amount 3:validation:amount 4:validation:amount "
                                "5:validation:amount"));
        QVERIFY(import.rowErrors().at(0).error.message.contains(QStringLiteral("0.01")));
        QVERIFY(import.rowErrors().at(2).error.message.contains(QStringLiteral("empty")));
    }

    void childrenCellProblems()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(importBytes(coop, import,
                             familiesHeader + "f1,A,,,,2024-09-01,,,Leo\r\n"
                                              "f2,B,,,,2024-09-01,,,Leo:seven\r\n"
                                              "f3,C,,,,2024-09-01,,,Leo:26\r\n"
                                              "f4,D,,,,2024-09-01,,,:4\r\n"
                                              "f5,E,,,,2024-09-01,,,\"Ana María:3; Jo:0;\"\r\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)),
                 QStringLiteral("2:validation:children 3:validation:children "
                                "4:validation:children 5:validation:children"));

        CsvImport good(ImportKind::Families);
        QCOMPARE(importBytes(coop, good,
                             familiesHeader + "f5,E,,,,2024-09-01,,,\"Ana María:3; Jo:0;\"\r\n"),
                 CsvImport::Status::Ok);
        const QList<RecordedEvent> f5 = coop.store().readStream(QStringLiteral("f5"));
        QCOMPARE(f5.size(), 3);
        QCOMPARE(dataOf(f5.at(1)).value(QStringLiteral("child_name")).toString(),
                 QStringLiteral("Ana María"));
        QCOMPARE(dataOf(f5.at(2)).value(QStringLiteral("child_age")).toInt(), 0);
    }

    void familyIdIsRequiredInAnImport()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(importBytes(coop, import, familiesHeader + ",No Id,,,,2024-09-01,,,\r\n"),
                 CsvImport::Status::RowErrors);
        QCOMPARE(describe(errorsOf(import)), QStringLiteral("2:validation:family_id"));
    }

    void blankRowsAreSkipped()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(
            importBytes(coop, import,
                        familiesHeader + ",,,,,,,,\r\nf1,A,,,,2024-09-01,,,\r\n , ,,,,,,,\r\n"),
            CsvImport::Status::Ok);
        QCOMPARE(import.summary().rows, 1);
        QCOMPARE(coop.store().headPosition(), 1);
    }

    // --- files that cannot be imported -------------------------------------

    void missingColumnsAreFatalAndNamed()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Payments);
        QCOMPARE(parseBytes(import, "family_id,amount,notes\nf1,10,x\n"),
                 CsvImport::Status::FileError);
        QCOMPARE(import.missingColumns(),
                 QStringList({QStringLiteral("date"), QStringLiteral("payment_method")}));
        QVERIFY(import.fileError());
        QCOMPARE(import.fileError()->line, 1);
        QVERIFY(import.fileError()->error.message.contains(QStringLiteral("date, payment_method")));
        QCOMPARE(import.commit(coop.bus()), CsvImport::Status::FileError);
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void emptyFilesAndHeaderOnlyFiles()
    {
        TempCoop coop;
        for (const QByteArray& empty :
             {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\r\n\r\n")}) {
            CsvImport import(ImportKind::Families);
            QCOMPARE(parseBytes(import, empty), CsvImport::Status::FileError);
            QVERIFY(import.fileError()->error.message.contains(QStringLiteral("empty")));
        }
        CsvImport headerOnly(ImportKind::Charges);
        QCOMPARE(importBytes(coop, headerOnly, "family_id,charge_id,month,amount,due_date\n"),
                 CsvImport::Status::Ok);
        QCOMPARE(headerOnly.summary().rows, 0);
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void filesThatAreNotCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << qint64{1};
        QTest::newRow("nul in a row") << QByteArray("family_id,amount,date,payment_method\n"
                                                    "f1,1\0,2024-09-01,cash\n",
                                                    59)
                                      << qint64{2};
        QTest::newRow("latin-1") << QByteArray("family_id,amount,date,payment_method\n"
                                               "f1,1,2024-09-01,cash\nf\xF1,1,2024-09-01,cash\n")
                                 << qint64{3};
        QTest::newRow("unbalanced quote") << QByteArray("family_id,amount,date,payment_method\n"
                                                        "f1,1,2024-09-01,cash\n"
                                                        "f2,\"1,2024-09-01,cash\n"
                                                        "f3,1,2024-09-01,cash\n")
                                          << qint64{3};
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "f\0",
                                              4)
                                << qint64{1};
    }
    void filesThatAreNotCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        TempCoop coop;
        CsvImport import(ImportKind::Payments);
        QCOMPARE(parseBytes(import, bytes), CsvImport::Status::FileError);
        QVERIFY(import.fileError());
        QCOMPARE(import.fileError()->line, line);
        QVERIFY(!import.fileError()->error.message.isEmpty());
        QCOMPARE(import.validate(coop.bus()), CsvImport::Status::FileError);
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void otherTextIsNotAnImportFile()
    {
        CsvImport json(ImportKind::Families);
        QCOMPARE(parseBytes(json, "{\"command\":\"EnrollFamily\",\"family_id\":\"f1\"}\n"),
                 CsvImport::Status::FileError);
        QCOMPARE(json.fileError()->line, 1);

        CsvImport prose(ImportKind::Families);
        QCOMPARE(parseBytes(prose, "Dear treasurer\nhere are the families\n"),
                 CsvImport::Status::FileError);
        QCOMPARE(prose.missingColumns(),
                 QStringList({QStringLiteral("family_id"), QStringLiteral("family_name"),
                              QStringLiteral("enrollment_date")}));
    }

    // --- what the desktop app builds on ------------------------------------

    void previewKeepsTheFirstRowsWithTheirLines()
    {
        CsvImport import(ImportKind::Families);
        import.setPreviewLimit(2);
        QCOMPARE(parseBytes(import, goodFamilies), CsvImport::Status::Ok);
        QCOMPARE(import.header().size(), 9);
        QCOMPARE(import.preview().size(), 2);
        QCOMPARE(import.preview().at(0).line, 2);
        QCOMPARE(import.preview().at(0).cells.at(1), QStringLiteral("Martinez Family"));
        QCOMPARE(import.preview().at(1).cells.at(1), QStringLiteral("Smith, Jones"));
        QCOMPARE(import.rowCount(), 3);
        QCOMPARE(import.commandCount(), 6);
    }

    void progressReachesTheEndAndCancelWritesNothing()
    {
        QByteArray file = "family_id,amount,date,payment_method\n";
        for (int i = 0; i < 1000; ++i)
            file += "f1," + QByteArray::number(i + 1) + ",2024-09-01,cash\n";
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));

        CsvImport import(ImportKind::Payments);
        QByteArray data = file;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        int calls = 0;
        QCOMPARE(import.parse(buffer,
                              [&](qint64 done, qint64 total) {
                                  ++calls;
                                  lastDone = done;
                                  lastTotal = total;
                                  return true;
                              }),
                 CsvImport::Status::Ok);
        QVERIFY(calls >= 2);
        QCOMPARE(lastDone, file.size());
        QCOMPARE(lastTotal, file.size());

        // Cancelled half way through the commit: rolled back.
        QCOMPARE(import.commit(coop.bus(), [](qint64 done, qint64) { return done < 500; }),
                 CsvImport::Status::Cancelled);
        QCOMPARE(coop.store().headPosition(), 1);

        // Cancelled validation, then a full commit reporting its end.
        QCOMPARE(import.validate(coop.bus(), [](qint64, qint64) { return false; }),
                 CsvImport::Status::Cancelled);
        lastDone = -1;
        QCOMPARE(import.commit(coop.bus(),
                               [&](qint64 done, qint64 total) {
                                   lastDone = done;
                                   lastTotal = total;
                                   return true;
                               }),
                 CsvImport::Status::Ok);
        QCOMPARE(lastDone, 1000);
        QCOMPARE(lastTotal, 1000);
        QCOMPARE(coop.store().headPosition(), 1001);

        // Cancelling the parse leaves nothing to commit.
        CsvImport cancelled(ImportKind::Payments);
        QByteArray again = file;
        QBuffer againBuffer(&again);
        againBuffer.open(QIODevice::ReadOnly);
        QCOMPARE(cancelled.parse(againBuffer, [](qint64, qint64) { return false; }),
                 CsvImport::Status::Cancelled);
        QCOMPARE(cancelled.commit(coop.bus()), CsvImport::Status::NotParsed);
    }

    void storageFailureIsReportedAsSuch()
    {
        TempCoop coop;
        CsvImport import(ImportKind::Families);
        QCOMPARE(parseBytes(import, goodFamilies), CsvImport::Status::Ok);
        StoreOptions options;
        options.readOnly = true;
        const auto readOnly = openStore(coop.path(), options);
        CommandBus bus(*readOnly, coop.clock(), QStringLiteral("tester"));
        QCOMPARE(import.commit(bus), CsvImport::Status::Storage);
        QVERIFY(import.storageError());
        QCOMPARE(import.storageError()->code, QStringLiteral("storage"));
    }

    // --- the command line ----------------------------------------------------

    void cliImportsTheThreeKinds()
    {
        TempCoop coop;
        const QString families =
            writeFile(coop.dir(), QStringLiteral("families.csv"), goodFamilies);
        const QString charges = writeFile(coop.dir(), QStringLiteral("charges.csv"), goodCharges);
        const QString payments =
            writeFile(coop.dir(), QStringLiteral("payments.csv"), goodPayments);

        const CliRun first = runCli(cliArgs(coop, families, QStringLiteral("families")));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(
            first.lines(),
            QList<QByteArray>{
                R"({"ok":true,"kind":"families","rows":3,"commands":6,"appended":6,"replayed":0,"bad_rows":0,"dry_run":false,"unknown_columns":[]})"});
        QCOMPARE(runCli(cliArgs(coop, charges, QStringLiteral("charges"))).exitCode, 0);
        const CliRun paid = runCli(cliArgs(coop, payments, QStringLiteral("payments")));
        QCOMPARE(paid.exitCode, 0);
        QCOMPARE(paid.json().value(QStringLiteral("appended")).toInt(), 3);
        QCOMPARE(coop.store().headPosition(), 12);

        // Twice: nothing more.
        const CliRun again = runCli(cliArgs(coop, families, QStringLiteral("families")));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(QStringLiteral("appended")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("replayed")).toInt(), 6);
        QCOMPARE(runCli(cliArgs(coop, payments, QStringLiteral("payments"))).exitCode, 0);
        QCOMPARE(coop.store().headPosition(), 12);
    }

    void cliReportsEveryBadRowAndWritesNothing()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        const QString file = writeFile(coop.dir(), QStringLiteral("payments.csv"),
                                       "family_id,amount,date,payment_method,transaction_id,memo\n"
                                       "f1,10,2024-09-01,cash,,ok\n"
                                       "ghost,10,2024-09-01,cash,,\n"
                                       "f1,\"1,000.00\",2024-09-01,cash,,\n"
                                       "f1,10,2024-09-01,cash,,\"two\nlines\"\n"
                                       "f1,10,2024-09-31,cash,,\n");
        const CliRun run = runCli(cliArgs(coop, file, QStringLiteral("payments")));
        QCOMPARE(run.exitCode, 1);
        const QList<QByteArray> lines = run.lines();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(
            lines.at(0),
            QByteArray(
                R"({"ok":false,"line":3,"error":{"code":"not_found","field":"family_id","message":"No family has the id “ghost”"}})"));
        const QList<QJsonObject> objects = run.jsonLines();
        QCOMPARE(objects.at(1).value(QStringLiteral("line")).toInt(), 4);
        QCOMPARE(objects.at(1)[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("amount"));
        QCOMPARE(objects.at(2).value(QStringLiteral("line")).toInt(), 7);
        QCOMPARE(objects.at(2)[QStringLiteral("error")][QStringLiteral("field")].toString(),
                 QStringLiteral("date"));
        const QJsonObject summary = objects.at(3);
        QCOMPARE(summary.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 5);
        QCOMPARE(summary.value(QStringLiteral("bad_rows")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("appended")).toInt(), 0);
        QCOMPARE(summary.value(QStringLiteral("unknown_columns")).toArray().first().toString(),
                 QStringLiteral("memo"));
        QVERIFY(run.err.contains("memo"));
        QCOMPARE(coop.store().headPosition(), 1);
    }

    void cliDryRunWritesNothing()
    {
        TempCoop coop;
        const QString file = writeFile(coop.dir(), QStringLiteral("f.csv"), goodFamilies);
        QStringList args = cliArgs(coop, file, QStringLiteral("families"));
        args << QStringLiteral("--dry-run");
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.lines(),
            QList<QByteArray>{
                R"({"ok":true,"kind":"families","rows":3,"commands":6,"appended":0,"would_append":6,"replayed":0,"bad_rows":0,"dry_run":true,"unknown_columns":[]})"});
        QCOMPARE(coop.store().headPosition(), 0);

        const QString bad = writeFile(coop.dir(), QStringLiteral("bad.csv"),
                                      familiesHeader + "f1,,,,,2024-09-01,,,\r\n");
        QStringList badArgs = cliArgs(coop, bad, QStringLiteral("families"));
        badArgs << QStringLiteral("--dry-run");
        const CliRun badRun = runCli(badArgs);
        QCOMPARE(badRun.exitCode, 1);
        QCOMPARE(badRun.jsonLines().first().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(coop.store().headPosition(), 0);
    }

    void cliFileErrorsUsageAndStorage()
    {
        TempCoop coop;
        const QString missing = writeFile(coop.dir(), QStringLiteral("m.csv"), "family_id\nf1\n");
        const CliRun noColumns = runCli(cliArgs(coop, missing, QStringLiteral("charges")));
        QCOMPARE(noColumns.exitCode, 1);
        const QJsonObject error = noColumns.jsonLines().first();
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 1);
        QVERIFY(error[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
            QStringLiteral("month, amount, due_date")));
        QCOMPARE(noColumns.jsonLines().last().value(QStringLiteral("ok")).toBool(), false);

        const QString empty = writeFile(coop.dir(), QStringLiteral("e.csv"), QByteArray());
        QCOMPARE(runCli(cliArgs(coop, empty, QStringLiteral("payments"))).exitCode, 1);

        // Usage: no kind, an unknown kind, no file, a file that is not there.
        QCOMPARE(runCli({QStringLiteral("--db"), coop.path(), QStringLiteral("import-csv"), empty})
                     .exitCode,
                 2);
        QCOMPARE(runCli(cliArgs(coop, empty, QStringLiteral("children"))).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), coop.path(), QStringLiteral("import-csv"),
                         QStringLiteral("--kind"), QStringLiteral("families")})
                     .exitCode,
                 2);
        QCOMPARE(runCli(cliArgs(coop, coop.dir() + QStringLiteral("/nope.csv"),
                                QStringLiteral("families")))
                     .exitCode,
                 2);

        // Storage: the co-op file is not one.
        const QString notCoop = writeFile(coop.dir(), QStringLiteral("x.coop"), "not sqlite");
        const QString good = writeFile(coop.dir(), QStringLiteral("g.csv"), goodFamilies);
        const CliRun storage =
            runCli({QStringLiteral("--db"), notCoop, QStringLiteral("import-csv"), good,
                    QStringLiteral("--kind"), QStringLiteral("families")});
        QCOMPARE(storage.exitCode, 3);
        QCOMPARE(storage.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                 QStringLiteral("storage"));
        QCOMPARE(fileBytes(notCoop), QByteArray("not sqlite"));
    }

    void cliReadsStandardInput()
    {
        TempCoop coop;
        const CliRun run =
            runCli(cliArgs(coop, QStringLiteral("-"), QStringLiteral("families")), goodFamilies);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(coop.store().headPosition(), 6);
    }

    // --- a large file ----------------------------------------------------------

    void aHundredThousandPaymentsImport()
    {
        TempCoop coop;
        constexpr int families = 1000;
        constexpr int payments = 100000;
        QByteArray familyFile = familiesHeader;
        for (int f = 0; f < families; ++f)
            familyFile += "fam-" + QByteArray::number(f) + ",Family " + QByteArray::number(f) +
                          ",,,,2024-09-01,,,\r\n";
        CsvImport enroll(ImportKind::Families);
        QCOMPARE(importBytes(coop, enroll, familyFile), CsvImport::Status::Ok);

        const char* methods[] = {"card", "check", "cash", "ach", "other"};
        QByteArray paymentFile = "family_id,amount,date,payment_method,transaction_id\r\n";
        paymentFile.reserve(payments * 48);
        for (int i = 0; i < payments; ++i) {
            paymentFile += "fam-" + QByteArray::number(i % families) + ',' +
                           QByteArray::number(10 + i % 500) + '.' +
                           QByteArray::number(10 + i % 90) + ',' + "2024-" +
                           QByteArray::number(10 + i % 3) + '-' + QByteArray::number(10 + i % 19) +
                           ',' + methods[i % 5] + ",tx-" + QByteArray::number(i) + "\r\n";
        }
        const QString path = writeFile(coop.dir(), QStringLiteral("payments.csv"), paymentFile);

        QElapsedTimer timer;
        timer.start();
        QFile input(path);
        QVERIFY(input.open(QIODevice::ReadOnly));
        CsvImport import(ImportKind::Payments);
        QCOMPARE(import.parse(input), CsvImport::Status::Ok);
        const qint64 parseMs = timer.restart();
        QCOMPARE(import.commit(coop.bus()), CsvImport::Status::Ok);
        const qint64 commitMs = timer.restart();
        QCOMPARE(import.summary().appended, payments);
        QCOMPARE(coop.store().headPosition(), families + payments);

        // Again: every command is replayed, nothing appended.
        CsvImport again(ImportKind::Payments);
        QVERIFY(input.seek(0));
        QCOMPARE(again.parse(input), CsvImport::Status::Ok);
        QCOMPARE(again.commit(coop.bus()), CsvImport::Status::Ok);
        const qint64 replayMs = timer.elapsed();
        QCOMPARE(again.summary().replayed, payments);
        QCOMPARE(coop.store().headPosition(), families + payments);

        const auto perSecond = [](qint64 rows, qint64 ms) {
            return ms > 0 ? rows * 1000 / ms : rows * 1000;
        };
        qInfo("100000-row payments import: parse %lld ms, commit %lld ms, total %lld rows/s; "
              "re-import (all replayed) %lld ms, %lld rows/s",
              parseMs, commitMs, perSecond(payments, parseMs + commitMs), replayMs,
              perSecond(payments, replayMs));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csv_import.moc"
