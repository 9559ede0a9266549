// Skips of poison events live in the co-op file (SPEC 6): who, when, which
// event, which projection, why; append-only; a new views file or a rebuild
// honours them; `verify` compares with a rebuild that does. A co-op file of
// schema 1 is upgraded on open (SPEC 3) without rewriting an event.

#include "projections/projector.h"
#include "projections/views_file.h"
#include "projections/views_verifier.h"
#include "queries/query_service.h"
#include "raw_event.h"
#include "store/coop_file.h"
#include "store/skip_log.h"
#include "temp_coop.h"

#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

const QString familyReadModel = u"family_read_model"_s;

CheckpointRow checkpointOf(Projector& projector, const QString& name)
{
    for (const CheckpointRow& row : projector.checkpoints()) {
        if (row.name == name)
            return row;
    }
    return {};
}

// A co-op with a login this version cannot read (schema 9) between others.
qint64 coopWithPoison(TempCoop& coop)
{
    coop.enroll(u"f1"_s);
    const qint64 poison =
        appendRawEvent(coop.path(), u"f1"_s, u"LoginRecorded"_s, 9, R"({"date":"2025-02-01"})");
    coop.reopen();
    coop.enroll(u"f2"_s);
    return poison;
}

QString schemaVersionOf(const QString& coopPath)
{
    SqliteConnection raw(coopPath, SqliteConnection::Mode::ReadOnly);
    Query query = raw.query("SELECT value FROM meta WHERE key = 'schema_version'");
    return query.next() ? query.text(0) : QString();
}

bool refuses(const QString& coopPath, const char* sql)
{
    SqliteConnection raw(coopPath, SqliteConnection::Mode::ReadWrite);
    raw.setBusyTimeout(10000);
    try {
        raw.execute(sql);
        return false;
    } catch (const StorageError& error) {
        return error.message().contains(u"append-only"_s);
    }
}

} // namespace

class TestRecordedSkips : public QObject
{
    Q_OBJECT

private slots:
    void aSkipOutlivesTheViewsFile()
    {
        TempCoop coop;
        const qint64 poison = coopWithPoison(coop);
        const qint64 head = coop.store().headPosition();
        coop.clock().set(QDateTime(QDate(2026, 2, 1), QTime(9, 30), Qt::UTC));
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
            QCOMPARE(checkpointOf(projector, familyReadModel).errorPosition, std::optional(poison));
            projector.skip(familyReadModel, u"alice"_s);
            projector.catchUp();
            QCOMPARE(checkpointOf(projector, familyReadModel).status, u"running"_s);
        }
        // Recorded in the co-op file: who, when, which event, projection, why.
        const QList<SkipRecord> recorded = coop.store().skipsAfter(0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().projectionName, familyReadModel);
        QCOMPARE(recorded.first().position, poison);
        QCOMPARE(recorded.first().eventId, coop.store().readAfter(poison - 1, 1).first().eventId);
        QCOMPARE(recorded.first().eventType, u"LoginRecorded"_s);
        QVERIFY2(recorded.first().error.contains(u"schema version 9"_s),
                 qPrintable(recorded.first().error));
        QCOMPARE(recorded.first().skippedBy, u"alice"_s);
        QCOMPARE(recorded.first().skippedAt, u"2026-02-01T09:30:00.000Z"_s);

        // The views file goes; a new one does not stop at the event again.
        viewsfile::remove(viewsPathOf(coop.path()));
        Projector again(coop.location(), coop.clock());
        again.open();
        QVERIFY(again.viewsWereRecreated());
        again.catchUp();
        const CheckpointRow row = checkpointOf(again, familyReadModel);
        QCOMPARE(row.status, u"running"_s);
        QCOMPARE(row.lastPosition, head);
        QVERIFY(!row.errorPosition);
        // The status screen's list shows it with who and when.
        QueryService queries(coop.location());
        const QList<QJsonObject> shown = queries.skippedEvents();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().value(u"skipped_by"_s).toString(), u"alice"_s);
        QCOMPARE(shown.first().value(u"skipped_at"_s).toString(), u"2026-02-01T09:30:00.000Z"_s);
        QCOMPARE(shown.first().value(u"position"_s).toInteger(), poison);
        QVERIFY(queries.getFamily(u"f2"_s));
        // verify's fresh rebuild honours the recorded skip.
        const ViewsReport report = verifyReadModels(coop.location(), coop.clock());
        QVERIFY2(report.ok, qPrintable(report.difference));
    }

    void skipsAreAppendOnly()
    {
        TempCoop coop;
        const qint64 poison = coopWithPoison(coop);
        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        projector.skip(familyReadModel, u"alice"_s);
        QVERIFY(refuses(coop.path(), "UPDATE projection_skips SET skipped_by = 'mallory'"));
        QVERIFY(refuses(coop.path(), "DELETE FROM projection_skips"));
        const QByteArray replace =
            "INSERT OR REPLACE INTO projection_skips (projection_name, position, event_id, "
            "event_type, skipped_by, skipped_at) VALUES ('family_read_model', " +
            QByteArray::number(poison) + ", 'x', 'x', 'mallory', 'now')";
        QVERIFY(refuses(coop.path(), replace.constData()));
        QCOMPARE(coop.store().skipsAfter(0).first().skippedBy, u"alice"_s);
    }

    // A schema-1 file (skips kept only in its views file) is upgraded on
    // open: the table is made, no event rewritten, and the skip an older
    // version made is recorded from the views file.
    void aSchema1FileIsUpgradedOnOpen()
    {
        TempCoop coop;
        const qint64 poison = coopWithPoison(coop);
        {
            Projector projector(coop.location(), coop.clock());
            projector.open();
            projector.catchUp();
            projector.skip(familyReadModel, u"alice"_s);
        }
        const QByteArray eventsBefore = [&] {
            QByteArray all;
            for (const RecordedEvent& event : coop.store().readAfter(0, 1000))
                all += event.hash;
            return all;
        }();
        {
            // Back to schema 1, as an older version would have left it.
            SqliteConnection raw(coop.path(), SqliteConnection::Mode::ReadWrite);
            raw.setBusyTimeout(10000);
            raw.execute("DROP TABLE projection_skips");
            raw.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
        }
        // Opened read-only, it is read as it is, not upgraded.
        {
            StoreOptions readOnly;
            readOnly.readOnly = true;
            const auto store = openStore(coop.path(), readOnly);
            QVERIFY(store->skipsAfter(0).isEmpty());
            QCOMPARE(schemaVersionOf(coop.path()), u"1"_s);
        }
        // Opened for writing, it is upgraded.
        const auto store = openStore(coop.path());
        QCOMPARE(schemaVersionOf(coop.path()), QString::number(coopfile::schemaVersion));
        QByteArray eventsAfter;
        for (const RecordedEvent& event : store->readAfter(0, 1000))
            eventsAfter += event.hash;
        QCOMPARE(eventsAfter, eventsBefore);
        QVERIFY(store->checkIntegrity().ok);
        // The skip the views file kept is recorded in the co-op file on open.
        Projector projector(coop.location(), coop.clock());
        projector.open();
        const QList<SkipRecord> recorded = store->skipsAfter(0);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().position, poison);
        QCOMPARE(recorded.first().skippedBy, u"alice"_s);
    }
};

QTEST_GUILESS_MAIN(TestRecordedSkips)
#include "tst_recorded_skips.moc"
