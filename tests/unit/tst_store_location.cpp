// StoreLocation (SPEC 12.1): which text names a server and which a file,
// and that a shown location never carries a password.

#include "store/postgres/pg_error.h"
#include "store/store_location.h"

#include <QTest>

using namespace coopdesk;
using namespace Qt::StringLiterals;

class TestStoreLocation : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::newRow("coop file") << u"maplegrove.coop"_s << false;
        QTest::newRow("absolute path") << u"/home/ana/co-ops/maple grove.coop"_s << false;
        QTest::newRow("windows path") << u"C:\\Users\\ana\\maple.coop"_s << false;
        QTest::newRow("equals in a file name") << u"./host=x.coop"_s << false;
        QTest::newRow("unknown keyword") << u"colour=blue"_s << false;
        QTest::newRow("postgresql uri") << u"postgresql://ana@db.example.org:5432/maple"_s << true;
        QTest::newRow("postgres uri") << u"postgres://db/maple"_s << true;
        QTest::newRow("uri in capitals") << u"PostgreSQL://db/maple"_s << true;
        QTest::newRow("service") << u"service=maplegrove"_s << true;
        QTest::newRow("keywords") << u"host=/tmp/pg dbname=maple user=ana"_s << true;
        QTest::newRow("spaced keyword") << u"  dbname = maple"_s << true;
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        const StoreLocation location = StoreLocation::fromText(text);
        QCOMPARE(location.isServer(), server);
        QCOMPARE(location.filePath(), server ? QString() : text);
        QCOMPARE(location.connectionString(), server ? text : QString());
        if (!server)
            QCOMPARE(location.toString(), text); // a file is shown as given
    }

    void shownWithoutPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("uri without password")
            << u"postgresql://ana@db:5432/maple?sslmode=require"_s
            << u"postgresql://ana@db:5432/maple?sslmode=require"_s;
        QTest::newRow("uri user password")
            << u"postgresql://ana:s3cret@db:5432/maple"_s << u"postgresql://ana@db:5432/maple"_s;
        QTest::newRow("uri password with at sign")
            << u"postgresql://ana:p@ss@db/maple"_s << u"postgresql://ana@db/maple"_s;
        QTest::newRow("uri password parameter")
            << u"postgresql://db/maple?password=s3cret&sslmode=verify-full"_s
            << u"postgresql://db/maple?sslmode=verify-full"_s;
        QTest::newRow("uri only password parameter")
            << u"postgres://ana@db/maple?password=s3cret"_s << u"postgres://ana@db/maple"_s;
        QTest::newRow("uri no path")
            << u"postgresql://ana:x@db?dbname=maple"_s << u"postgresql://ana@db?dbname=maple"_s;
        QTest::newRow("keywords") << u"host=db dbname=maple user=ana password=s3cret port=5433"_s
                                  << u"host=db dbname=maple user=ana port=5433"_s;
        QTest::newRow("quoted password")
            << u"host=db password='it\\'s a secret' dbname=maple"_s << u"host=db dbname=maple"_s;
        QTest::newRow("spaced password")
            << u"password = s3cret service=maple"_s << u"service=maple"_s;
        QTest::newRow("passfile is kept") << u"service=maple passfile=/home/ana/.pgpass"_s
                                          << u"service=maple passfile=/home/ana/.pgpass"_s;
    }

    void shownWithoutPassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        const StoreLocation location = StoreLocation::fromText(text);
        QVERIFY(location.isServer());
        QCOMPARE(location.toString(), shown);
        QVERIFY(!location.toString().contains(u"s3cret"_s));
        QCOMPARE(location.connectionString(), text); // libpq still gets it
    }

    void sqlStatesMapToStorageKinds_data()
    {
        QTest::addColumn<QByteArray>("sqlState");
        QTest::addColumn<int>("kind");
        const auto kind = [](StorageError::Kind k) { return static_cast<int>(k); };
        QTest::newRow("lock timeout") << QByteArray("55P03") << kind(StorageError::Kind::Locked);
        QTest::newRow("deadlock") << QByteArray("40P01") << kind(StorageError::Kind::Locked);
        QTest::newRow("cancelled") << QByteArray("57014") << kind(StorageError::Kind::Locked);
        QTest::newRow("no privilege") << QByteArray("42501") << kind(StorageError::Kind::ReadOnly);
        QTest::newRow("read-only transaction")
            << QByteArray("25006") << kind(StorageError::Kind::ReadOnly);
        QTest::newRow("disk full") << QByteArray("53100") << kind(StorageError::Kind::DiskFull);
        QTest::newRow("corrupt") << QByteArray("XX001") << kind(StorageError::Kind::Corrupt);
        QTest::newRow("connection") << QByteArray("08006") << kind(StorageError::Kind::Unreachable);
        QTest::newRow("shutdown") << QByteArray("57P01") << kind(StorageError::Kind::Unreachable);
        QTest::newRow("idle timeout")
            << QByteArray("25P03") << kind(StorageError::Kind::Unreachable);
        QTest::newRow("append-only")
            << QByteArray(pgerror::appendOnlySqlState) << kind(StorageError::Kind::Other);
        QTest::newRow("unique") << QByteArray("23505") << kind(StorageError::Kind::Other);
    }

    void sqlStatesMapToStorageKinds()
    {
        QFETCH(QByteArray, sqlState);
        QFETCH(int, kind);
        QCOMPARE(static_cast<int>(pgerror::kindOf(sqlState)), kind);
    }
};

QTEST_GUILESS_MAIN(TestStoreLocation)
#include "tst_store_location.moc"
