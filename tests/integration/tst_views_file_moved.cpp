// A views file deleted or replaced under a running program (SPEC 10): the
// projector and the queries notice, reopen the file now at the path (or
// make a new one), the user is told, and new commands show up again.

#include "projections/projection_service.h"
#include "projections/projector.h"
#include "projections/views_file.h"
#include "queries/query_service.h"
#include "temp_coop.h"
#include "views_mark.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

// Puts a file that is not a views file in the views file's place, as a
// copy or a restore by hand would (a rename: the old file lives on, open).
void replaceWithForeignFile(const QString& views)
{
    const QString foreign = views + u".foreign"_s;
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    for (const char* suffix : {"-wal", "-shm"})
        QFile::remove(views + QLatin1String(suffix));
    QVERIFY(std::rename(QFile::encodeName(foreign).constData(),
                        QFile::encodeName(views).constData()) == 0);
}

bool hasFamily(QueryService& queries, const QString& id)
{
    try {
        return queries.getFamily(id).has_value();
    } catch (const StorageError&) {
        return false;
    }
}

} // namespace

class TestViewsFileMoved : public QObject
{
    Q_OBJECT

private slots:
    void projectorAndQueriesFollowADeletedViewsFile()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        Projector projector(coop.location(), coop.clock());
        projector.open();
        projector.catchUp();
        QueryService queries(coop.location());
        QVERIFY(queries.getFamily(u"f1"_s));
        const QString views = projector.viewsPath();
        markViewsFile(views);

        viewsfile::remove(views);
        coop.enroll(u"f2"_s);
        projector.catchUp();
        QCOMPARE(projector.viewsOpenings(), 1);
        QVERIFY(QFile::exists(views));
        QVERIFY(!viewsFileIsMarked(views)); // a new file, made and filled by the projector
        // The queries read the new file, not the deleted one.
        QVERIFY(queries.getFamily(u"f2"_s));
        QVERIFY(queries.getFamily(u"f1"_s));

        // Again, with a foreign file renamed into its place.
        markViewsFile(views);
        replaceWithForeignFile(views);
        coop.enroll(u"f3"_s);
        projector.catchUp();
        QCOMPARE(projector.viewsOpenings(), 2);
        QVERIFY(!viewsFileIsMarked(views));
        QVERIFY(queries.getFamily(u"f3"_s));
        QCOMPARE(queries.countFamilies({}), 3);
    }

    void theAppsProjectorReopensAndSaysSo()
    {
        TempCoop coop;
        coop.enroll(u"f1"_s);
        ProjectionService service(coop.location(), coop.clock());
        QSignalSpy opened(&service, &ProjectionService::opened);
        QSignalSpy reopened(&service, &ProjectionService::viewsReopened);
        service.start();
        QVERIFY(opened.wait(20000));
        const QString views = opened.first().at(0).toString();
        QVERIFY(service.waitFor(coop.store().headPosition(), 20000));
        QueryService queries(coop.location());
        QVERIFY(queries.getFamily(u"f1"_s));
        markViewsFile(views);

        // Deleted while the app runs and nothing is appended: noticed anyway.
        viewsfile::remove(views);
        QVERIFY(reopened.wait(20000));
        QCOMPARE(reopened.first().at(0).toString(), views);
        const CommandResult enrolled = coop.enroll(u"f2"_s);
        service.wake();
        QVERIFY(service.waitFor(enrolled.position, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(hasFamily(queries, u"f2"_s), 20000);
        QVERIFY(queries.getFamily(u"f1"_s));
        QVERIFY(!viewsFileIsMarked(views));
    }
};

QTEST_GUILESS_MAIN(TestViewsFileMoved)
#include "tst_views_file_moved.moc"
