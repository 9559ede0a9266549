// File → Save a Copy… (SPEC 7): a consistent copy of the open co-op, checked
// before it is reported, written off the GUI thread; never over a file.

#include "backup/save_copy_action.h"
#include "gui_test_fixtures.h"
#include "main_window/main_window.h"
#include "temp_coop.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace coopdesk;
using namespace coopdesk::test;
using namespace Qt::StringLiterals;

namespace {

SaveCopyResult saveCopy(SaveCopyAction& action, const QString& path)
{
    QSignalSpy finished(&action, &SaveCopyAction::finished);
    if (!action.saveTo(path) || !finished.wait(120000))
        return {};
    return finished.first().first().value<SaveCopyResult>();
}

} // namespace

class TestSaveCopy : public QObject
{
    Q_OBJECT

    IsolatedSettings m_settings;

private slots:
    void writesACheckedCopyOfTheOpenCoop()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        for (int i = 0; i < 40; ++i)
            coop.enroll(u"f%1"_s.arg(i));
        MainWindow window;
        window.show();
        auto* action = window.findChild<SaveCopyAction*>(u"actionSaveCopy"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(window.openFile(coop.path()));
        QVERIFY(action->isEnabled());

        const QString path = QDir(coop.dir()).filePath(u"copy.coop"_s);
        const SaveCopyResult result = saveCopy(*action, path);
        QCOMPARE(result.status, SaveCopyResult::Status::Ok);
        QCOMPARE(result.events, 40);
        QVERIFY(window.statusBar()->currentMessage().contains(u"copy.coop"_s));
        QVERIFY(boxes.requests().isEmpty());
        QVERIFY(action->isEnabled());

        // The copy is a co-op file of its own: every event, a chain that checks.
        const auto copy = openStore(path);
        QCOMPARE(copy->headPosition(), 40);
        QVERIFY(copy->checkIntegrity().ok);
        QCOMPARE(copy->storeId(), coop.store().storeId());
        QVERIFY(!(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    }

    void neverReplacesAFile()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f1"_s);
        const QString path = QDir(coop.dir()).filePath(u"taken.coop"_s);
        QFile taken(path);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("mine");
        taken.close();
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        auto* action = window.findChild<SaveCopyAction*>(u"actionSaveCopy"_s);
        QVERIFY(!action->saveTo(path));
        QCOMPARE(boxes.requests().size(), 1);
        QVERIFY(boxes.requests().first().text.contains(u"taken.coop"_s));
        QCOMPARE(fileBytes(path), QByteArray("mine"));
    }

    void aCopyThatCannotBeWrittenSaysWhy()
    {
        MessageBoxRecorder boxes;
        TempCoop coop;
        coop.enroll(u"f1"_s);
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(coop.path()));
        auto* action = window.findChild<SaveCopyAction*>(u"actionSaveCopy"_s);
        const QString nowhere = QDir(coop.dir()).filePath(u"missing/copy.coop"_s);
        const SaveCopyResult result = saveCopy(*action, nowhere);
        QCOMPARE(result.status, SaveCopyResult::Status::Failed);
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(boxes.requests().size(), 1);
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_MAIN(TestSaveCopy)
#include "tst_save_copy.moc"
