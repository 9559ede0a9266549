// What a newcomer sees first, the demo co-op (`seed-demo`), read back with
// `export-events`: every family told apart by its name and its parent,
// nothing that happened dated after the demo's as-of date, and each event
// recorded on the day it happened at a time of the working day.

#include "cli_runner.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// The example: a demo made on 2 December, a month under way.
const QString asOf = u"2026-12-02"_s;

// The events whose date records something that happened (SPEC section 2, (H)).
const QSet<QString> happenedEvents{
    u"PaymentReceived"_s,      u"ContactRecorded"_s, u"LoginRecorded"_s,   u"AttendanceRecorded"_s,
    u"VolunteerHoursLogged"_s, u"FamilyWithdrawn"_s, u"FamilyReenrolled"_s};

QList<QJsonObject> seedAndExport(const QTemporaryDir& dir, const QStringList& options)
{
    const QString path = dir.filePath(u"demo.coop"_s);
    CliRun run = runCli(QStringList{u"--db"_s, path, u"seed-demo"_s} + options);
    if (run.exitCode != 0)
        qFatal("seed-demo failed: %s", run.err.constData());
    run = runCli({u"--db"_s, path, u"export-events"_s});
    if (run.exitCode != 0)
        qFatal("export-events failed: %s", run.err.constData());
    return run.jsonLines();
}

QList<QJsonObject> enrollments(const QList<QJsonObject>& events)
{
    QList<QJsonObject> found;
    for (const QJsonObject& event : events)
        if (event.value(u"event_type"_s).toString() == u"FamilyEnrolled"_s)
            found.append(event.value(u"data"_s).toObject());
    return found;
}

// How many families share the most shared value of `field`.
int mostShared(const QList<QJsonObject>& enrolled, const QString& field, QString* which = nullptr)
{
    QHash<QString, int> counts;
    int most = 0;
    for (const QJsonObject& data : enrolled) {
        const QString value = data.value(field).toString();
        const int count = ++counts[value];
        if (count > most) {
            most = count;
            if (which)
                *which = value;
        }
    }
    return most;
}

QDateTime recordedAt(const QJsonObject& event)
{
    return QDateTime::fromString(event.value(u"recorded_at"_s).toString(), Qt::ISODateWithMs)
        .toLocalTime();
}

} // namespace

class TestDemoCoopData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QJsonObject> m_events; // the app's demo: 500 families, 12 months

private slots:
    void initTestCase()
    {
        m_events = seedAndExport(m_dir, {u"--families"_s, u"500"_s, u"--as-of"_s, asOf});
        QVERIFY(m_events.size() > 20000);
    }

    void everyFamilyHasItsOwnNameAt500()
    {
        const QList<QJsonObject> enrolled = enrollments(m_events);
        QCOMPARE(enrolled.size(), 500);
        QString name;
        QCOMPARE(mostShared(enrolled, u"family_name"_s, &name), 1);
        QCOMPARE(mostShared(enrolled, u"parent_name"_s, &name), 1);
        QCOMPARE(mostShared(enrolled, u"email"_s, &name), 1);
        const QRegularExpression familyName(u"^\\S.* Family$"_s);
        const QRegularExpression fictionalPhone(u"^\\(\\d{3}\\) 555-01\\d\\d$"_s);
        int twoSurnames = 0;
        for (const QJsonObject& data : enrolled) {
            const QString family = data.value(u"family_name"_s).toString();
            QVERIFY2(familyName.match(family).hasMatch(), qPrintable(family));
            QVERIFY2(fictionalPhone.match(data.value(u"phone"_s).toString()).hasMatch(),
                     qPrintable(data.value(u"phone"_s).toString()));
            QVERIFY(data.value(u"email"_s).toString().contains(u"@example."_s));
            // The parent carries the family's surname.
            QVERIFY2(data.value(u"parent_name"_s).toString().endsWith(family.chopped(7)),
                     qPrintable(family));
            if (family.contains(u'-'))
                ++twoSurnames;
        }
        QVERIFY2(twoSurnames > 5 && twoSurnames < 100, qPrintable(QString::number(twoSurnames)));
    }

    void familyNamesRepeatAtMostThreeTimesAt5000()
    {
        QTemporaryDir dir;
        // One month: every family enrolls in it, the names are all there.
        const QList<QJsonObject> enrolled = enrollments(seedAndExport(
            dir, {u"--families"_s, u"5000"_s, u"--months"_s, u"1"_s, u"--as-of"_s, asOf}));
        QCOMPARE(enrolled.size(), 5000);
        QString name;
        const int most = mostShared(enrolled, u"family_name"_s, &name);
        QVERIFY2(most <= 3, qPrintable(u"%1 × %2"_s.arg(name).arg(most))); // docs/DECISIONS.md
        QCOMPARE(mostShared(enrolled, u"parent_name"_s, &name), 1);
        QCOMPARE(mostShared(enrolled, u"email"_s, &name), 1);
    }

    void nothingThatHappenedIsDatedAfterTheAsOfDate()
    {
        int happened = 0;
        bool dueAhead = false;
        for (const QJsonObject& event : std::as_const(m_events)) {
            const QString type = event.value(u"event_type"_s).toString();
            const QJsonObject data = event.value(u"data"_s).toObject();
            if (happenedEvents.contains(type)) {
                ++happened;
                const QString date = data.value(u"date"_s).toString();
                QVERIFY2(!date.isEmpty() && date <= asOf,
                         qPrintable(u"%1 dated %2 (position %3)"_s.arg(type, date)
                                        .arg(event.value(u"position"_s).toInteger())));
            }
            if (type == u"TuitionCharged"_s && data.value(u"due_date"_s).toString() > asOf)
                dueAhead = true;
            // Not recorded after the demo's today either.
            QVERIFY(recordedAt(event).date() <= QDate::fromString(asOf, Qt::ISODate));
        }
        QVERIFY(happened > 5000);
        QVERIFY(dueAhead); // December's tuition is due on the 5th: it may lie ahead
    }

    void recordedOnTheDayAtTimesOfTheWorkingDay()
    {
        QSet<QTime> times;
        QDateTime previous;
        for (const QJsonObject& event : std::as_const(m_events)) {
            const QDateTime at = recordedAt(event);
            QVERIFY(at.isValid());
            const QTime time = at.time();
            QVERIFY2(time >= QTime(8, 0) && time < QTime(20, 0),
                     qPrintable(event.value(u"recorded_at"_s).toString()));
            times.insert(time);
            // The log reads in the order things were entered.
            QVERIFY(!previous.isValid() || previous <= at);
            previous = at;
            const QString type = event.value(u"event_type"_s).toString();
            if (happenedEvents.contains(type))
                QCOMPARE(at.date().toString(Qt::ISODate),
                         event.value(u"data"_s).toObject().value(u"date"_s).toString());
        }
        QVERIFY2(times.size() > m_events.size() / 2, qPrintable(QString::number(times.size())));
    }
};

QTEST_GUILESS_MAIN(TestDemoCoopData)
#include "tst_demo_coop_data.moc"
