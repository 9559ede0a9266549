// The projector's failure paths and rebuilds (SPEC 6): a poison event stops
// only the projections that read it, retry and skip (recorded), a batch
// that fails to commit leaves nothing behind, blue/green rebuilds that
// readers never see half-built, cancel, a changed projection version, views
// files that cannot be trusted, read-your-writes and appends by another process.

#include "cli_runner.h"
#include "io/demo_generator.h"
#include "projections/projection_registry.h"
#include "projections/projection_service.h"
#include "projections/projector.h"
#include "projections/views_file.h"
#include "projections/views_verifier.h"
#include "queries/query_service.h"
#include "raw_event.h"
#include "store/family_replay.h"
#include "temp_coop.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString familyReadModel = u"family_read_model"_s;
const QString paymentAnalytics = u"payment_analytics_view"_s;
const QString atRisk = u"at_risk_families_view"_s;
const QString cashReceipts = u"cash_receipts_view"_s;
const QString search = u"search"_s;
const QString activity = u"activity_log"_s;

QHash<QString, CheckpointRow> checkpointsByName(Projector& projector)
{
    QHash<QString, CheckpointRow> rows;
    for (const CheckpointRow& row : projector.checkpoints())
        rows.insert(row.name, row);
    return rows;
}

QString viewsPathOf(const TempCoop& coop)
{
    return test::viewsPathOf(coop.path());
}

// Runs SQL on the views file by hand (the way a user, or damage, would).
void editViews(const TempCoop& coop, const char* sql)
{
    SqliteConnection views(viewsPathOf(coop), SqliteConnection::Mode::ReadWrite);
    views.setBusyTimeout(10000);
    views.execute(sql);
}

qint64 countInViews(const TempCoop& coop, const char* sql)
{
    SqliteConnection views(viewsPathOf(coop), SqliteConnection::Mode::ReadOnly);
    return views.scalar(sql);
}

// One answer of the families table: how many rows and a checksum of them.
struct TableAnswer
{
    qint64 rows = 0;
    QByteArray checksum;
    bool operator==(const TableAnswer&) const = default;
};

TableAnswer readFamilies(QueryService& queries)
{
    const QList<QJsonObject> rows = queries.listFamilies({}, {}, 0, -1);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QJsonObject& row : rows)
        hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
    return {rows.size(), hash.result().toHex()};
}

void seedDemo(TempCoop& coop, int families)
{
    DemoOptions options;
    options.families = families;
    options.months = 12;
    options.seed = 5;
    options.lastMonth = QDate(2025, 6, 15);
    generateDemoCoop(coop.bus(), options);
}

void someFamilies(TempCoop& coop)
{
    for (const QString& id : {u"f1"_s, u"f2"_s}) {
        coop.run(cmd(u"EnrollFamily"_s, {{u"family_id"_s, id},
                                         {u"family_name"_s, QString(id + u" Family"_s)},
                                         {u"enrollment_date"_s, u"2024-09-01"_s}}));
        coop.run(cmd(u"ChargeTuition"_s, {{u"family_id"_s, id},
                                          {u"charge_id"_s, u"jan"_s},
                                          {u"month"_s, u"2025-01"_s},
                                          {u"amount_cents"_s, 10000},
                                          {u"due_date"_s, u"2025-01-05"_s}}));
        coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, id},
                                           {u"amount_cents"_s, 4000},
                                           {u"date"_s, u"2025-01-03"_s},
                                           {u"payment_method"_s, u"cash"_s}}));
        coop.run(cmd(u"UpdateRiskScore"_s, {{u"family_id"_s, id}, {u"new_score"_s, 80}}));
    }
}

CommandResult pay(TempCoop& coop, const QString& id, qint64 cents, const QString& date)
{
    return coop.run(cmd(u"ReceivePayment"_s, {{u"family_id"_s, id},
                                              {u"amount_cents"_s, cents},
                                              {u"date"_s, date},
                                              {u"payment_method"_s, u"card"_s}}));
}

} // namespace

class TestPoisonAndRebuild : public QObject
{
    Q_OBJECT

private slots:
    void poisonEventStopsOnlyItsReaders_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("schemaVersion");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("readers");
        QTest::addColumn<QString>("message");
        // A schema this version does not know: every projection that folds
        // a family's whole stream reads it; the payment analytics and the
        // search index do not read logins.
        QTest::newRow("login of schema 9")
            << u"LoginRecorded"_s << 9 << QByteArray(R"({"date":"2025-02-01"})")
            << QStringList{familyReadModel, atRisk, activity} << u"schema version 9"_s;
        // A payment whose schema-1 amount cannot be read: the search index
        // alone does not read payments.
        QTest::newRow("payment of schema 1 without an amount")
            << u"PaymentReceived"_s << 1
            << QByteArray(R"({"amount":"lots","date":"2025-02-01","payment_method":"cash"})")
            << QStringList{familyReadModel, paymentAnalytics, cashReceipts, atRisk, activity}
            << u"no numeric amount"_s;
    }
    void poisonEventStopsOnlyItsReaders()
    {
        QFETCH(QString, type);
        QFETCH(int, schemaVersion);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, readers);
        QFETCH(QString, message);

        TempCoop coop;
        someFamilies(coop);
        const qint64 poison = appendRawEvent(coop.path(), u"f1"_s, type, schemaVersion, data);
        // Later events of the same family and of another one.
        QVERIFY(pay(coop, u"f1"_s, 6000, u"2025-02-10"_s).ok);
        QVERIFY(pay(coop, u"f2"_s, 6000, u"2025-01-20"_s).ok);
        coop.run(
            cmd(u"AddChild"_s,
                {{u"family_id"_s, u"f2"_s}, {u"child_name"_s, u"Hugo"_s}, {u"child_age"_s, 9}}));
        const qint64 head = coop.store().headPosition();

        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        QHash<QString, CheckpointRow> rows = checkpointsByName(projector);
        QCOMPARE(rows.size(), 6);
        for (const CheckpointRow& row : std::as_const(rows)) {
            if (readers.contains(row.name)) {
                QCOMPARE(row.status, u"error"_s);
                QCOMPARE(row.errorPosition, std::optional(poison));
                QVERIFY2(row.lastError.contains(message), qPrintable(row.lastError));
                QCOMPARE(row.lastPosition, poison - 1);
                QCOMPARE(row.eventsProcessed, poison - 1);
            } else {
                QCOMPARE(row.status, u"running"_s);
                QCOMPARE(row.lastPosition, head);
                QVERIFY(!row.errorPosition);
                QVERIFY(row.lastError.isEmpty());
            }
        }
        // The status query shows it, with the lag of the stopped ones.
        QueryService queries(coop.location());
        for (const QJsonObject& status : queries.projectionStatus(coop.clock().now())) {
            const QString name = status.value(u"projection_name"_s).toString();
            QCOMPARE(status.value(u"head_position"_s).toInteger(), head);
            QCOMPARE(status.value(u"lag_events"_s).toInteger(),
                     readers.contains(name) ? head - poison + 1 : 0);
            QCOMPARE(status.value(u"error_position"_s),
                     readers.contains(name) ? QJsonValue(poison) : QJsonValue());
        }
        // The family read model stopped before the poison: f1 without its
        // later payment, f2 without its child.
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(), 4000);
        QCOMPARE(queries.getFamily(u"f2"_s)->value(u"children_count"_s).toInt(), 0);

        // Retry (no upgrade happened): the same error at the same place.
        projector.retry(familyReadModel);
        QCOMPARE(checkpointsByName(projector).value(familyReadModel).status, u"running"_s);
        projector.catchUp();
        rows = checkpointsByName(projector);
        QCOMPARE(rows.value(familyReadModel).status, u"error"_s);
        QCOMPARE(rows.value(familyReadModel).errorPosition, std::optional(poison));
        QCOMPARE(rows.value(familyReadModel).lastPosition, poison - 1);

        // Skip: recorded (who, when, which event), and the projection goes on.
        coop.clock().set(QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
        projector.skip(familyReadModel, u"alice"_s);
        projector.catchUp();
        rows = checkpointsByName(projector);
        QCOMPARE(rows.value(familyReadModel).status, u"running"_s);
        QCOMPARE(rows.value(familyReadModel).lastPosition, head);
        QCOMPARE(rows.value(familyReadModel).eventsProcessed, head - 1);
        QVERIFY(!rows.value(familyReadModel).errorPosition);
        {
            SqliteConnection views(projector.viewsPath(), SqliteConnection::Mode::ReadOnly);
            Query skipped = views.query("SELECT projection_name, position, event_id, event_type, "
                                        "error, skipped_by, skipped_at FROM skipped_events");
            QVERIFY(skipped.next());
            QCOMPARE(skipped.text(0), familyReadModel);
            QCOMPARE(skipped.integer(1), poison);
            QCOMPARE(skipped.text(2), coop.store().readAfter(poison - 1, 1).first().eventId);
            QCOMPARE(skipped.text(3), type);
            QVERIFY(skipped.text(4).contains(message));
            QCOMPARE(skipped.text(5), u"alice"_s);
            QCOMPARE(skipped.text(6), u"2026-02-01T09:30:00.000Z"_s);
            QVERIFY(!skipped.next());
        }
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(), 10000);
        QCOMPARE(queries.getFamily(u"f2"_s)->value(u"children_count"_s).toInt(), 1);
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"event_version"_s).toInteger(), 6);
        // The other readers are still stopped: skip is per projection.
        for (const QString& name : readers) {
            if (name != familyReadModel)
                QCOMPARE(rows.value(name).status, u"error"_s);
        }

        // A fresh rebuild honours the skip: the read models agree with it.
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));

        // A rebuild of a projection still stopped by the poison fails, and
        // leaves its live tables and its status as they were.
        const QString stopped = readers.last();
        const CheckpointRow before = checkpointsByName(projector).value(stopped);
        projector.startRebuild({stopped});
        QCOMPARE(checkpointsByName(projector).value(stopped).status, u"rebuilding"_s);
        bool failed = false;
        try {
            while (!projector.rebuildStep().finished) {
            }
        } catch (const RebuildError& error) {
            failed = true;
            QVERIFY2(error.message().contains(QString::number(poison)),
                     qPrintable(error.message()));
        }
        QVERIFY(failed);
        QVERIFY(!projector.isRebuilding());
        const CheckpointRow after = checkpointsByName(projector).value(stopped);
        QCOMPARE(after.status, u"error"_s);
        QCOMPARE(after.lastPosition, before.lastPosition);
        QCOMPARE(after.errorPosition, before.errorPosition);
        QCOMPARE(countInViews(coop,
                              "SELECT count(*) FROM sqlite_master WHERE instr(name, '__next') > 0"),
                 0);
    }

    // The seed's PaymentReceived of schema 1 (dollars) is no poison: every
    // projection reads it through its upcaster, in cents.
    void aSchema1PaymentIsReadThroughItsUpcaster()
    {
        TempCoop coop;
        someFamilies(coop);
        appendRawEvent(coop.path(), u"f1"_s, u"PaymentReceived"_s, 1,
                       R"({"amount":60,"date":"2025-01-20","payment_method":"check",)"
                       R"("transaction_id":"seed-1"})");
        appendRawEvent(coop.path(), u"f2"_s, u"PaymentReceived"_s, 1,
                       R"({"amount":1.005,"date":"2025-01-21","payment_method":"cash"})");
        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        for (const CheckpointRow& row : projector.checkpoints())
            QCOMPARE(row.status, u"running"_s);
        QueryService queries(coop.location());
        const QJsonObject f1 = *queries.getFamily(u"f1"_s);
        QCOMPARE(f1.value(u"total_paid_cents"_s).toInteger(), 10000);
        QCOMPARE(f1.value(u"balance_cents"_s).toInteger(), 0);
        QCOMPARE(f1.value(u"last_payment_date"_s).toString(), u"2025-01-20"_s);
        QCOMPARE(f1.value(u"avg_payment_days_late"_s).toInteger(), 15);
        QCOMPARE(queries.getFamily(u"f2"_s)->value(u"total_paid_cents"_s).toInteger(), 4101);
        const QJsonObject jan = queries.getPaymentAnalytics({}, {}, QDate(2025, 2, 1)).first();
        QCOMPARE(jan.value(u"revenue_collected_cents"_s).toInteger(), 14101);
        QCOMPARE(jan.value(u"payment_method_breakdown"_s).toObject(),
                 (QJsonObject{{u"cash"_s, 8101}, {u"check"_s, 6000}}));
        QCOMPARE(jan.value(u"families_paid_late"_s).toInteger(), 1);
        QCOMPARE(jan.value(u"families_unsettled"_s).toInteger(), 1);
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // SPEC 2: a schema-1 amount that does not fit is a poison event for the
    // projections that read payments, never a silent zero, an overflow or a
    // negative payment; the search index, which does not read them, goes on.
    void aSchema1AmountThatDoesNotFitIsPoison_data()
    {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<QString>("message");
        QTest::newRow("1e17") << QByteArray("1e17") << u"does not fit"_s;
        QTest::newRow("9.3e18") << QByteArray("9.3e18") << u"does not fit"_s;
        QTest::newRow("-5") << QByteArray("-5") << u"does not fit"_s;
        QTest::newRow("0") << QByteArray("0") << u"does not fit"_s;
        QTest::newRow("0.001") << QByteArray("0.001") << u"does not fit"_s;
        QTest::newRow("1000000.01") << QByteArray("1000000.01") << u"does not fit"_s;
        QTest::newRow("1e400") << QByteArray("1e400") << u"not a JSON object"_s;
        QTest::newRow("text") << QByteArray(R"("12")") << u"no numeric amount"_s;
        QTest::newRow("NaN") << QByteArray("NaN") << u"not a JSON object"_s;
    }
    void aSchema1AmountThatDoesNotFitIsPoison()
    {
        QFETCH(QByteArray, amount);
        QFETCH(QString, message);
        TempCoop coop;
        someFamilies(coop);
        const qint64 poison = appendRawEvent(
            coop.path(), u"f1"_s, u"PaymentReceived"_s, 1,
            R"({"amount":)" + amount + R"(,"date":"2025-01-20","payment_method":"check"})");
        QVERIFY(pay(coop, u"f2"_s, 6000, u"2025-01-20"_s).ok);
        const qint64 head = coop.store().headPosition();
        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        for (const CheckpointRow& row : projector.checkpoints()) {
            if (row.name == search) {
                QCOMPARE(row.status, u"running"_s);
                QCOMPARE(row.lastPosition, head);
                continue;
            }
            QCOMPARE(row.status, u"error"_s);
            QCOMPARE(row.errorPosition, std::optional(poison));
            QVERIFY2(row.lastError.contains(message), qPrintable(row.lastError));
        }
        // What was read before the poison event stays as it was.
        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(), 4000);
    }

    // A batch whose commit fails (a full disk, here a trigger) leaves no
    // trace, in the views file or in the projector's memory: the next batch
    // applies the same events once.
    void aFailedBatchLeavesNothingBehind()
    {
        TempCoop coop;
        someFamilies(coop);
        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        const qint64 before = coop.store().headPosition();
        QVERIFY(pay(coop, u"f1"_s, 1500, u"2025-02-01"_s).ok);
        QVERIFY(pay(coop, u"f2"_s, 2500, u"2025-02-02"_s).ok);
        editViews(coop,
                  "CREATE TRIGGER disk_trouble BEFORE INSERT ON projection_checkpoints "
                  "WHEN NEW.last_position > 8 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        bool threw = false;
        try {
            projector.runBatch();
        } catch (const StorageError& error) {
            threw = true;
            QVERIFY2(error.message().contains(u"disk trouble"_s), qPrintable(error.message()));
        }
        QVERIFY(threw);
        QCOMPARE(projector.projectedPosition(), before);
        editViews(coop, "DROP TRIGGER disk_trouble");
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), coop.store().headPosition());

        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(), 5500);
        QCOMPARE(queries.getFamily(u"f2"_s)->value(u"total_paid_cents"_s).toInteger(), 6500);
        for (const QString& id : {u"f1"_s, u"f2"_s})
            QCOMPARE(*queries.getFamily(id), reconstructFamily(coop.store(), id).record.toJson());
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // A chunk of a rebuild that fails to commit drops the rebuild (its
    // shadows would go on with events missing or doubled); the live tables
    // and statuses stay, and a new rebuild gets it right.
    void aStorageErrorDuringARebuildDropsIt()
    {
        TempCoop coop;
        someFamilies(coop);
        QVERIFY(pay(coop, u"f1"_s, 6000, u"2025-02-10"_s).ok);
        Projector projector(coop.location(), coop.clock(), Projector::Options{2000, 3});
        projector.open();
        projector.catchUp();
        const qint64 head = coop.store().headPosition();

        projector.startRebuild(projectionNames());
        editViews(coop, "CREATE TRIGGER disk_trouble BEFORE INSERT ON family_read_model__next "
                        "WHEN NEW.family_id = 'f2' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END");
        bool threw = false;
        try {
            while (!projector.rebuildStep().finished) {
            }
        } catch (const StorageError& error) {
            threw = true;
            QVERIFY2(error.message().contains(u"disk trouble"_s), qPrintable(error.message()));
        }
        QVERIFY(threw);
        QVERIFY(!projector.isRebuilding());
        for (const CheckpointRow& row : projector.checkpoints()) {
            QCOMPARE(row.status, u"running"_s);
            QCOMPARE(row.lastPosition, head);
        }
        QCOMPARE(countInViews(coop,
                              "SELECT count(*) FROM sqlite_master WHERE instr(name, '__next') > 0"),
                 0);

        projector.startRebuild(projectionNames());
        RebuildProgress progress;
        do {
            progress = projector.rebuildStep();
        } while (!progress.finished);
        QCOMPARE(progress.processed, head);
        for (const CheckpointRow& row : projector.checkpoints()) {
            QCOMPARE(row.status, u"running"_s);
            QCOMPARE(row.eventsProcessed, head);
        }
        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(), 10000);
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    void rebuildWhileQueriesRun()
    {
        TempCoop coop;
        seedDemo(coop, 850);
        const qint64 head = coop.store().headPosition();
        QVERIFY(head > 45000);
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
        }
        QueryService queries(coop.location());
        const TableAnswer rebuilt = readFamilies(queries);
        QCOMPARE(rebuilt.rows, 850);
        // Damage the live table, so the old and the new one can be told apart.
        editViews(coop, "DELETE FROM family_read_model WHERE family_id = 'fam-00001';"
                        "UPDATE family_read_model SET balance_cents = balance_cents + 1;");
        const TableAnswer damaged = readFamilies(queries);
        QCOMPARE(damaged.rows, 849);

        FixedClock serviceClock;
        ProjectionService service(coop.location(), serviceClock, nullptr,
                                  Projector::Options{2000, 1000});
        QSignalSpy opened(&service, &ProjectionService::opened);
        QSignalSpy progress(&service, &ProjectionService::rebuildProgress);
        QSignalSpy finished(&service, &ProjectionService::rebuildFinished);
        QSignalSpy failures(&service, &ProjectionService::failed);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.first().at(1).toBool(), false); // the views file was trusted

        service.rebuild({familyReadModel});
        int answers = 0;
        int answersWhileRebuilding = 0;
        int old = 0;
        int fresh = 0;
        QDeadlineTimer deadline(180000);
        while (finished.isEmpty() && !deadline.hasExpired()) {
            const qsizetype progressBefore = progress.count();
            const TableAnswer answer = readFamilies(queries);
            ++answers;
            // Never half-built: the complete old table or the complete new one.
            QVERIFY2(answer == damaged || answer == rebuilt,
                     qPrintable(u"answer %1 has %2 rows"_s.arg(answers).arg(answer.rows)));
            (answer == damaged ? old : fresh) += 1;
            QCoreApplication::processEvents();
            if (progressBefore > 0 && finished.isEmpty())
                ++answersWhileRebuilding;
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toStringList(), QStringList{familyReadModel});
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(failures.isEmpty());
        qInfo("%d answers, %d while rebuild progress was reported; %d old, %d new", answers,
              answersWhileRebuilding, old, fresh);
        QVERIFY(progress.count() > 10);
        QVERIFY(answersWhileRebuilding > 0);
        QVERIFY(old > 0);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(1).toLongLong(), head);
        QCOMPARE(readFamilies(queries), rebuilt);

        // cancelRebuild: the old tables and statuses stay, no shadow table is left.
        editViews(coop, "UPDATE family_read_model SET balance_cents = balance_cents + 7");
        const TableAnswer edited = readFamilies(queries);
        QVERIFY(!(edited == rebuilt));
        finished.clear();
        progress.clear();
        service.rebuild(projectionNames());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 60000);
        QCOMPARE(countInViews(coop, "SELECT count(*) FROM projection_checkpoints "
                                    "WHERE status = 'rebuilding'"),
                 6);
        service.cancelRebuild();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(progress.last().at(1).toLongLong() < head);
        QCOMPARE(readFamilies(queries), edited);
        QCOMPARE(countInViews(coop, "SELECT count(*) FROM projection_checkpoints "
                                    "WHERE status = 'running' AND last_position = "
                                    "(SELECT max(last_position) FROM projection_checkpoints)"),
                 6);
        QCOMPARE(countInViews(coop,
                              "SELECT count(*) FROM sqlite_master WHERE instr(name, '__next') > 0"),
                 0);
    }

    // Commands keep coming from this thread while the projector thread
    // rebuilds everything, until the rebuild has finished (however long that
    // takes on this machine): it ends, the live projector carries on from the
    // swapped-in checkpoints to the head once the commands stop, and the
    // read models equal a fresh rebuild.
    void rebuildWhileCommandsArrive()
    {
        TempCoop coop;
        seedDemo(coop, 60);
        FixedClock serviceClock;
        ProjectionService service(coop.location(), serviceClock, nullptr,
                                  Projector::Options{50, 200});
        QObject::connect(&coop.bus(), &CommandBus::appended, &service, &ProjectionService::wake);
        QSignalSpy opened(&service, &ProjectionService::opened);
        QSignalSpy progress(&service, &ProjectionService::rebuildProgress);
        QSignalSpy finished(&service, &ProjectionService::rebuildFinished);
        QSignalSpy failures(&service, &ProjectionService::failed);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY(service.waitFor(coop.store().headPosition(), 60000));

        service.rebuild(projectionNames());
        int payments = 0;
        while (finished.isEmpty()) {
            const CommandResult paid =
                pay(coop, u"fam-%1"_s.arg(payments % 60 + 1, 5, 10, QLatin1Char('0')), 100,
                    u"2025-06-01"_s);
            QVERIFY(paid.ok);
            ++payments;
            QCoreApplication::processEvents();
            QVERIFY(failures.isEmpty());
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!progress.isEmpty());
        qInfo("%d payments during the rebuild", payments);
        QVERIFY(pay(coop, u"fam-00001"_s, 100, u"2025-06-02"_s).ok);
        const qint64 head = coop.store().headPosition();
        QVERIFY(service.waitFor(head, 60000));

        QueryService queries(coop.location());
        for (const QJsonObject& row : queries.projectionStatus(coop.clock().now())) {
            QCOMPARE(row.value(u"status"_s).toString(), u"running"_s);
            QCOMPARE(row.value(u"last_position"_s).toInteger(), head);
        }
        for (const QString& id : {u"fam-00001"_s, u"fam-00002"_s, u"fam-00060"_s})
            QCOMPARE(*queries.getFamily(id), reconstructFamily(coop.store(), id).record.toJson());
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // However fast commands come, a rebuild ends in a bounded number of
    // steps. Here more events arrive during each step than a step applies
    // (a rebuild that swapped only once a chunk came back empty never ended);
    // the swap takes in the events up to the head, never going back behind
    // the live projector, which then carries on from there.
    void aRebuildEndsAlthoughCommandsOutpaceIt()
    {
        TempCoop coop;
        someFamilies(coop);
        const auto payments = [&](int count) {
            QList<QJsonObject> batch;
            for (int i = 0; i < count; ++i)
                batch.append(cmd(u"ReceivePayment"_s, {{u"family_id"_s, i % 2 ? u"f1"_s : u"f2"_s},
                                                       {u"amount_cents"_s, 10 + i},
                                                       {u"date"_s, u"2025-02-01"_s},
                                                       {u"payment_method"_s, u"card"_s}}));
            return coop.bus().dispatchBatch(batch).committed;
        };
        QVERIFY(payments(200));
        const Projector::Options smallSteps{50, 20};
        Projector live(coop.location(), coop.clock(), smallSteps);
        live.open();
        live.catchUp();
        Projector rebuilder(coop.location(), coop.clock(), smallSteps);
        rebuilder.open();
        rebuilder.startRebuild(projectionNames());
        int steps = 0;
        RebuildProgress progress;
        for (;;) {
            progress = rebuilder.rebuildStep();
            if (progress.finished)
                break;
            // About 95 steps: four rounds, each half as long again as the one before.
            QVERIFY2(++steps < 400, "the rebuild does not end");
            QVERIFY(payments(30)); // a step applies 20
            live.runBatch();
        }
        qInfo("%d steps", steps);
        const qint64 headAtSwap = coop.store().headPosition();
        QCOMPARE(progress.processed, headAtSwap);
        for (const CheckpointRow& row : rebuilder.checkpoints()) {
            QCOMPARE(row.status, u"running"_s);
            QCOMPARE(row.lastPosition, headAtSwap);
        }
        QVERIFY(payments(30));
        live.catchUp();
        QCOMPARE(live.projectedPosition(), coop.store().headPosition());
        QueryService queries(coop.location());
        for (const QString& id : {u"f1"_s, u"f2"_s})
            QCOMPARE(*queries.getFamily(id), reconstructFamily(coop.store(), id).record.toJson());
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    // projection_version edited by hand: that projection is made anew and
    // caught up from position 1 when the views file is opened; the others stay.
    void aChangedVersionRebuildsOnOpen()
    {
        TempCoop coop;
        someFamilies(coop);
        const qint64 head = coop.store().headPosition();
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
        }
        editViews(coop, "UPDATE projection_checkpoints SET projection_version = 0 "
                        "WHERE projection_name = 'family_read_model';"
                        "DELETE FROM family_read_model WHERE family_id = 'f1';"
                        "DELETE FROM payment_analytics_view;");
        Projector projector(coop.location(), coop.clock());
        projector.open();
        QVERIFY(!projector.viewsWereRecreated());
        QHash<QString, CheckpointRow> rows = checkpointsByName(projector);
        QCOMPARE(rows.value(familyReadModel).version, 4);
        QCOMPARE(rows.value(familyReadModel).lastPosition, 0);
        QCOMPARE(rows.value(familyReadModel).eventsProcessed, 0);
        QCOMPARE(rows.value(paymentAnalytics).lastPosition, head); // trusted, not rebuilt
        projector.catchUp();
        rows = checkpointsByName(projector);
        QCOMPARE(rows.value(familyReadModel).lastPosition, head);
        QCOMPARE(rows.value(familyReadModel).eventsProcessed, head);
        QueryService queries(coop.location());
        QCOMPARE(*queries.getFamily(u"f1"_s),
                 reconstructFamily(coop.store(), u"f1"_s).record.toJson());
        QVERIFY(queries.getPaymentAnalytics({}, {}, QDate(2025, 3, 1)).isEmpty());
    }

    void anUntrustworthyViewsFileIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("missing") << u"missing"_s;
        QTest::newRow("empty") << u"empty"_s;
        QTest::newRow("garbage bytes") << u"garbage"_s;
        QTest::newRow("header then garbage") << u"header"_s;
        QTest::newRow("another co-op's") << u"other"_s;
        QTest::newRow("newer views schema") << u"schema"_s;
        QTest::newRow("not a views file") << u"coop"_s;
    }
    void anUntrustworthyViewsFileIsRebuilt()
    {
        QFETCH(QString, damage);
        TempCoop coop;
        someFamilies(coop);
        const QString views = viewsPathOf(coop);
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            QVERIFY(projector.viewsWereRecreated()); // none yet
            projector.catchUp();
        }
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            QVERIFY(!projector.viewsWereRecreated()); // a good one is trusted
        }
        const QByteArray good = fileBytes(views);
        QVERIFY(good.size() > 4096);
        const auto overwrite = [&](const QByteArray& bytes) {
            viewsfile::remove(views);
            QFile file(views);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        QByteArray garbage;
        for (int i = 0; i < 3 * 4096; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        TempCoop other;
        if (damage == u"missing"_s) {
            viewsfile::remove(views);
        } else if (damage == u"empty"_s) {
            overwrite({});
        } else if (damage == u"garbage"_s) {
            overwrite(garbage);
        } else if (damage == u"header"_s) {
            overwrite(good.left(100) + garbage);
        } else if (damage == u"other"_s) {
            other.enroll(u"stranger"_s, u"Stranger Family"_s);
            Projector projector(other.location(), other.clock());
            projector.open();
            projector.catchUp();
            viewsfile::remove(views);
            QVERIFY(QFile::copy(viewsPathOf(other.path()), views));
        } else if (damage == u"schema"_s) {
            editViews(coop, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");
        } else if (damage == u"coop"_s) {
            overwrite(fileBytes(coop.path()));
        }

        Projector projector(coop.location(), coop.clock());
        projector.open();
        QVERIFY(projector.viewsWereRecreated());
        projector.catchUp();
        QCOMPARE(projector.projectedPosition(), coop.store().headPosition());
        QueryService queries(coop.location());
        QVERIFY(!queries.getFamily(u"stranger"_s));
        QCOMPARE(*queries.getFamily(u"f2"_s),
                 reconstructFamily(coop.store(), u"f2"_s).record.toJson());
        QCOMPARE(queries.countFamilies({}), 2);
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    void waitForReadsYourWrites()
    {
        TempCoop coop;
        FixedClock serviceClock;
        ProjectionService service(coop.location(), serviceClock);
        // The app's wiring: the bus wakes the projector after each commit.
        QObject::connect(&coop.bus(), &CommandBus::appended, &service, &ProjectionService::wake);
        QSignalSpy opened(&service, &ProjectionService::opened);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);

        const CommandResult enrolled = coop.enroll(u"f1"_s, u"Waiting Family"_s);
        QVERIFY(enrolled.ok);
        QVERIFY(service.waitFor(enrolled.position, 30000));
        QVERIFY(service.projectedPosition() >= enrolled.position);
        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"f1"_s)->value(u"family_name"_s).toString(),
                 u"Waiting Family"_s);

        for (int i = 1; i <= 20; ++i) {
            const CommandResult paid = pay(coop, u"f1"_s, 100 * i, u"2025-01-10"_s);
            QVERIFY(paid.ok);
            QVERIFY(service.waitFor(paid.position, 30000));
            QCOMPARE(queries.getFamily(u"f1"_s)->value(u"total_paid_cents"_s).toInteger(),
                     50 * i * (i + 1));
            QCOMPARE(queries.getFamily(u"f1"_s)->value(u"payment_count"_s).toInt(), i);
        }
        // A position nobody wrote yet is not reached.
        QVERIFY(!service.waitFor(coop.store().headPosition() + 1, 50));
    }

    void appendsByAnotherProcessAreNoticed()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        FixedClock serviceClock;
        ProjectionService service(coop.location(), serviceClock);
        QSignalSpy opened(&service, &ProjectionService::opened);
        QSignalSpy projected(&service, &ProjectionService::projected);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(service.projectedPosition() == 1, 30000);
        projected.clear();

        // Nothing wakes the service: it notices the other process's commit itself.
        const CliRun run = runCli(
            {u"--db"_s, coop.path(), u"exec"_s},
            R"({"command":"EnrollFamily","family_id":"from-cli","family_name":"Cli Family","enrollment_date":"2024-09-01"})"
            "\n");
        QCOMPARE(run.exitCode, 0);
        const qint64 position = run.jsonLines().first().value(u"position"_s).toInteger();
        QCOMPARE(position, 2);
        QTRY_VERIFY_WITH_TIMEOUT(
            !projected.isEmpty() && projected.last().at(0).toLongLong() >= position, 5000);
        QVERIFY(projected.last().at(1).toStringList().contains(u"from-cli"_s));
        QueryService queries(coop.location());
        QCOMPARE(queries.getFamily(u"from-cli"_s)->value(u"family_name"_s).toString(),
                 u"Cli Family"_s);
    }
};

QTEST_GUILESS_MAIN(TestPoisonAndRebuild)
#include "tst_poison_and_rebuild.moc"
