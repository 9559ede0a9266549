// The built coopdesk binary: --version without a display, --lang es for
// the command line help, bad arguments, and a window that opens a co-op
// file (and refuses a bad one) when run unattended with --screenshot.

#include "app_version.h"
#include "temp_coop.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runApp(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COOPDESK_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Offscreen, with settings in `configHome`.
QProcessEnvironment offscreen(const QString& configHome)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), configHome); // automatic backups go there
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

} // namespace

class TestDesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void versionNeedsNoDisplay()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(variable));
        const Run run = runApp({QStringLiteral("--version")}, environment);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("coopdesk %1\n").arg(QString::fromLatin1(appVersion)));
    }

    // Once aborted in QApplication: "could not connect to display".
    void helpNeedsNoDisplay()
    {
        QTemporaryDir config;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char* variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(variable));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        const Run run = runApp({QStringLiteral("--help")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage:")), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Print the version and quit.")),
                 qPrintable(run.out));
        const Run spanish = runApp(
            {QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-h")}, environment);
        QCOMPARE(spanish.exitCode, 0);
        QVERIFY2(spanish.out.contains(QStringLiteral("Muestra la versión y sale.")),
                 qPrintable(spanish.out + spanish.err));
    }

    void helpFollowsTheLanguage()
    {
        QTemporaryDir config;
        const Run english = runApp({QStringLiteral("--help")}, offscreen(config.path()));
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.contains(QStringLiteral("Print the version and quit.")));
        const Run spanish =
            runApp({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")},
                   offscreen(config.path()));
        QCOMPARE(spanish.exitCode, 0);
        QVERIFY2(spanish.out.contains(QStringLiteral("Muestra la versión y sale.")),
                 qPrintable(spanish.out));
    }

    void rejectsBadArguments()
    {
        QTemporaryDir config;
        const Run language =
            runApp({QStringLiteral("--lang"), QStringLiteral("xx")}, offscreen(config.path()));
        QCOMPARE(language.exitCode, 2);
        QVERIFY(language.err.contains(QStringLiteral("unknown language")));
        const Run files =
            runApp({QStringLiteral("a.coop"), QStringLiteral("b.coop")}, offscreen(config.path()));
        QCOMPARE(files.exitCode, 2);
    }

    void opensACoopFileAndSavesAPicture()
    {
        TempCoop coop;
        coop.enroll(QStringLiteral("f1"));
        QTemporaryDir work;
        const QString picture = work.filePath(QStringLiteral("window.png"));
        const Run run = runApp({coop.path(), QStringLiteral("--lang"), QStringLiteral("es"),
                                QStringLiteral("--screen"), QStringLiteral("overview"),
                                QStringLiteral("--screenshot"), picture},
                               offscreen(work.path()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("no se pudo abrir")), qPrintable(run.err));
        const QImage image(picture);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 300);
    }

    void refusesABadFileWithoutCrashing()
    {
        QTemporaryDir work;
        const QString bad = work.filePath(QStringLiteral("bad.coop"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a co-op file\n");
        file.close();
        const Run run = runApp(
            {bad, QStringLiteral("--screenshot"), work.filePath(QStringLiteral("start.png"))},
            offscreen(work.path()));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("could not open")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("is not a CoopDesk co-op file")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "tst_desktop_app.moc"
