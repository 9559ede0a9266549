// coopdesk-app-driver: the desktop app's window saving commands the way a
// coordinator does (Family menu, dialog, fields, Save), for the tests that
// kill the app or run it beside coopdesk-cli on one file (SPEC 10).
//
//   coopdesk-app-driver FILE PREFIX COUNT [SHARED]
//
// Opens FILE in the main window, offscreen, with every screen, and saves
// COUNT commands, one per turn of the event loop so the screens and the
// projector run between them. For each family PREFIX-fK: EnrollFamily,
// AddChild, then RecordLogin on family sJ (J = K mod SHARED) when SHARED is
// given, on PREFIX-fK otherwise. Each result is printed at once as
// coopdesk-cli exec prints it, one JSON line. Then it waits until the read
// models have caught up with the file, prints {"caught_up":HEAD} and quits
// through File > Quit, exit 0. Exit 1: the read side failed; 2: usage or a
// dialog would not save.

#include "command_dialogs/command_dialog.h"
#include "dashboard/report_screens.h"
#include "main_window/family_actions.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "widgets/message_box.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace coopdesk;
using namespace Qt::StringLiterals;

namespace {

void printLine(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // a test may kill us right after: every result is out
}

// The dialog the action just opened.
CommandDialog* openDialog(MainWindow& window, CommandType type)
{
    window.familyActions()->action(type)->trigger();
    const auto dialogs = window.findChildren<CommandDialog*>();
    for (CommandDialog* dialog : dialogs) {
        if (dialog->isVisible() && dialog->commandType() == type)
            return dialog;
    }
    return nullptr;
}

class Driver : public QObject
{
public:
    Driver(MainWindow& window, QString prefix, int count, int shared)
        : m_window(window)
        , m_prefix(std::move(prefix))
        , m_count(count)
        , m_shared(shared)
    {}

    void start()
    {
        QTimer::singleShot(0, this, [this] { next(); });
    }

private:
    void next()
    {
        if (m_done == m_count) {
            waitForReadModels();
            return;
        }
        const int family = m_done / 3;
        const QString own = u"%1-f%2"_s.arg(m_prefix).arg(family);
        switch (m_done % 3) {
        case 0:
            save(CommandType::EnrollFamily, {{u"family_id"_s, own},
                                             {u"family_name"_s, u"Family %1"_s.arg(own)},
                                             {u"enrollment_date"_s, u"2024-09-01"_s}});
            break;
        case 1:
            m_window.setSelectedFamily(own);
            save(CommandType::AddChild,
                 {{u"child_name"_s, u"Kid %1"_s.arg(family)}, {u"child_age"_s, 3 + family % 15}});
            break;
        default:
            m_window.setSelectedFamily(m_shared > 0 ? u"s%1"_s.arg(family % m_shared) : own);
            save(CommandType::RecordLogin, {{u"date"_s, u"2024-10-01"_s}});
            break;
        }
        ++m_done;
        QTimer::singleShot(0, this, [this] { next(); });
    }

    void save(CommandType type, const QList<std::pair<QString, QJsonValue>>& fields)
    {
        CommandDialog* dialog = openDialog(m_window, type);
        if (!dialog)
            fail("the Family menu opened no dialog");
        for (const auto& [field, value] : fields)
            dialog->setFieldValue(field, value);
        if (!dialog->saveButton()->isEnabled())
            fail("Save is disabled: " + dialog->messageBarText().toUtf8());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        printLine(dialog->lastResult().toJsonLine());
        if (!dialog->lastResult().ok)
            dialog->discard(); // rejected: the dialog stays open for the user
    }

    void waitForReadModels()
    {
        auto* check = new QTimer(this);
        check->setInterval(20);
        connect(check, &QTimer::timeout, this, [this, check] {
            CoopSession* session = m_window.session();
            if (!session->readModelsError().isEmpty()) {
                std::fprintf(stderr, "read models: %s\n", qPrintable(session->readModelsError()));
                QApplication::exit(1);
                return;
            }
            const auto head = session->headPosition();
            if (session->queries() && head && session->projections().projectedPosition() >= *head &&
                !session->live().isPending()) {
                printLine(QByteArray("{\"caught_up\":") + QByteArray::number(*head) + '}');
                check->stop();
                m_window.findChild<QAction*>(u"actionQuit"_s)->trigger(); // as a user quits
            }
        });
        check->start();
    }

    [[noreturn]] static void fail(const QByteArray& why)
    {
        std::fprintf(stderr, "coopdesk-app-driver: %s\n", why.constData());
        std::exit(2);
    }

    MainWindow& m_window;
    QString m_prefix;
    int m_count;
    int m_shared;
    int m_done = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 4 || arguments.size() > 5) {
        std::fprintf(stderr, "usage: coopdesk-app-driver FILE PREFIX COUNT [SHARED]\n");
        return 2;
    }
    MessageBox::printOnStandardError(); // no one to click a message box

    MainWindow window;
    addReportScreens(window);
    window.show();
    if (!window.openFile(arguments.at(1)))
        return 2;
    Driver driver(window, arguments.at(2), arguments.at(3).toInt(), arguments.value(4).toInt());
    driver.start();
    return QApplication::exec();
}
