// coopdesk-bench-gui: B11, the desktop app with a large co-op, offscreen.
//
//   coopdesk-bench-gui startup FILE
//       prints "first-data MS" when the Families table has painted rows
//       (MS since main() began) and exits; coopdesk-bench times the whole
//       process from its start to that line.
//   coopdesk-bench-gui stall FILE CLI COMMANDS
//       opens the app on FILE, then has CLI (coopdesk-cli) append COMMANDS
//       commands from another process while a 5 ms heartbeat timer measures
//       the longest time the GUI thread did not run it; waits until the
//       read models caught up and prints one JSON object.

#include "dashboard/report_screens.h"
#include "families/families_model.h"
#include "families/families_screen.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace coopdesk;

namespace {

QElapsedTimer sinceMain;

// Calls `done` once the Families table has painted at least one row.
class FirstRowsPainted : public QObject
{
public:
    FirstRowsPainted(QTableView* table, std::function<void()> done)
        : QObject(table)
        , m_table(table)
        , m_done(std::move(done))
    {
        table->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_done && m_table->model() &&
            m_table->model()->rowCount() > 0) {
            // The paint itself runs after this filter: report on the next turn.
            QTimer::singleShot(0, this, std::exchange(m_done, {}));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
    std::function<void()> m_done;
};

std::unique_ptr<MainWindow> openWindow(const QString& file)
{
    auto window = std::make_unique<MainWindow>();
    addReportScreens(*window);
    window->show();
    if (!window->openFile(file))
        qFatal("cannot open %s", qPrintable(file));
    window->showScreen(QStringLiteral("families"));
    return window;
}

FamiliesScreen* familiesScreen(MainWindow& window)
{
    return qobject_cast<FamiliesScreen*>(window.screen(QStringLiteral("families")));
}

QByteArray paymentLines(int commands, int families)
{
    QByteArray lines;
    for (int i = 0; i < commands; ++i) {
        lines += QByteArrayLiteral("{\"command\":\"ReceivePayment\",\"family_id\":\"bench-") +
                 QByteArray::number(i % families).rightJustified(6, '0') +
                 QByteArrayLiteral("\",\"amount_cents\":1500,\"date\":\"2024-06-01\","
                                   "\"payment_method\":\"card\"}\n");
    }
    return lines;
}

} // namespace

int main(int argc, char* argv[])
{
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoopDesk-bench"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3)
        qFatal("usage: coopdesk-bench-gui startup FILE | stall FILE CLI COMMANDS");
    const QString file = args.at(2);
    auto window = openWindow(file);
    FamiliesScreen* families = familiesScreen(*window);
    if (!families)
        qFatal("no Families screen");

    if (args.at(1) == QLatin1String("startup")) {
        new FirstRowsPainted(families->table(), [] {
            std::printf("first-data %lld\n", static_cast<long long>(sinceMain.elapsed()));
            std::fflush(stdout);
            QApplication::exit(0);
        });
        return QApplication::exec();
    }

    // stall FILE CLI COMMANDS
    const QString cli = args.value(3);
    const int commands = args.value(4).toInt();
    const int familyCount = static_cast<int>(families->model()->rowCount());
    QElapsedTimer beat;
    qint64 longestGapMs = 0;
    qint64 beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        if (beat.isValid())
            longestGapMs = std::max(longestGapMs, beat.elapsed());
        beat.restart();
        ++beats;
    });
    QProcess appender;
    QElapsedTimer appending;
    new FirstRowsPainted(families->table(), [&] {
        heartbeat.start();
        appending.start();
        appender.start(
            cli, {QStringLiteral("--db"), file, QStringLiteral("--fast"), QStringLiteral("exec")});
        appender.write(paymentLines(commands, std::max(1, familyCount)));
        appender.closeWriteChannel();
    });
    QObject::connect(&appender, &QProcess::finished, [&] {
        // Then until the app's read models show every appended event.
        auto* caughtUp = new QTimer(&app);
        QObject::connect(caughtUp, &QTimer::timeout, [&, caughtUp] {
            CoopSession* session = window->session();
            const auto head = session->headPosition();
            if (head && session->projections().projectedPosition() >= *head &&
                !session->live().isPending()) {
                caughtUp->stop();
                heartbeat.stop();
                const QJsonObject result{
                    {QStringLiteral("longest_stall_ms"), longestGapMs},
                    {QStringLiteral("commands"), commands},
                    {QStringLiteral("families"), familyCount},
                    {QStringLiteral("heartbeats"), beats},
                    {QStringLiteral("append_and_catch_up_ms"), appending.elapsed()},
                    {QStringLiteral("appender_exit_code"), appender.exitCode()}};
                std::printf("%s\n",
                            QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
                std::fflush(stdout);
                QApplication::exit(0);
            }
        });
        caughtUp->start(20);
    });
    return QApplication::exec();
}
