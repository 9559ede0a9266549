// coopdesk-bench-charge-all: Charge Tuition to All Families on a large co-op
// (issue 20), the desktop app's window offscreen.
//
//   coopdesk-bench-charge-all FILE [FAMILIES] [MONTHS]
//
// Seeds FILE with the demo generator through the command bus when it does
// not exist yet (FAMILIES families, default 5 000, over MONTHS months,
// default 6, the last one 2026-03), opens it in the app's window, waits for
// the read models, opens the dialog from the Payments screen and previews
// 2026-06 at the same amount for all; then charges it, waits until the
// read models (and so the screens) have it, and cancels the run. A 5 ms
// heartbeat timer measures the longest time the GUI thread did not run it
// in each phase. Prints one JSON object; no figure is checked here.

#include "charge_all/charge_all_dialog.h"
#include "charge_all/charge_all_menu_action.h"
#include "clock.h"
#include "commands/command_bus.h"
#include "dashboard/report_screens.h"
#include "io/demo_generator.h"
#include "main_window/main_window.h"
#include "session/coop_session.h"
#include "store/coop_file.h"
#include "store/open_event_store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace coopdesk;

namespace {

// The longest gap between two runs of a 5 ms timer on the GUI thread.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_beat.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_beat.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_beat.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_beat;
    qint64 m_longest = 0;
};

// Runs the event loop until `done` says so (checked every 2 ms).
void runUntil(const std::function<bool()>& done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(2);
    QElapsedTimer waited;
    waited.start();
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (done())
            loop.quit();
        else if (waited.elapsed() > timeoutMs)
            qFatal("timed out");
    });
    check.start();
    if (!done())
        loop.exec();
}

void seed(const QString& file, int families, int months)
{
    QElapsedTimer seeding;
    seeding.start();
    coopfile::create(file);
    auto store = openEventStore(StoreLocation::fromText(file), StoreOptions{});
    DemoClock clock(QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC));
    CommandBus bus(*store, clock, QStringLiteral("bench"));
    DemoOptions demo;
    demo.families = families;
    demo.months = months;
    demo.lastMonth = QDate(2026, 3, 1);
    demo.clock = &clock;
    const DemoSummary summary = generateDemoCoop(bus, demo);
    std::fprintf(stderr, "seeded %lld families, %lld events in %lld ms\n",
                 static_cast<long long>(summary.families),
                 static_cast<long long>(summary.headPosition),
                 static_cast<long long>(seeding.elapsed()));
}

bool caughtUp(MainWindow& window)
{
    CoopSession* session = window.session();
    if (!session || !session->queries())
        return false;
    const auto head = session->headPosition();
    return head && session->projections().projectedPosition() >= *head;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CoopDesk-bench"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2)
        qFatal("usage: coopdesk-bench-charge-all FILE [FAMILIES] [MONTHS]");
    const QString file = args.at(1);
    const int families = args.size() > 2 ? args.at(2).toInt() : 5000;
    const int months = args.size() > 3 ? args.at(3).toInt() : 6;
    if (!QFileInfo::exists(file))
        seed(file, families, months);

    MainWindow window;
    addReportScreens(window);
    window.show();
    if (!window.openFile(file))
        qFatal("cannot open %s", qPrintable(file));
    window.showScreen(QStringLiteral("payments"));
    runUntil([&] { return caughtUp(window); });

    auto* action = window.findChild<ChargeAllMenuAction*>();
    ChargeAllDialog* dialog = action ? action->openDialog() : nullptr;
    if (!dialog)
        qFatal("no dialog");
    const auto previewed = [dialog] {
        return dialog->state() == ChargeAllDialog::State::Previewed;
    };
    QElapsedTimer opening;
    opening.start();
    runUntil(previewed);
    const qint64 firstPreviewMs = opening.elapsed(); // finds the month, then plans it

    dialog->setMonth(QStringLiteral("2026-06"));
    dialog->setRule(ChargeAmountRule::SameForAll);
    dialog->setAmount(ChargeAmountRule::SameForAll, 15000);
    runUntil(previewed);
    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer planning;
    planning.start();
    dialog->previewAgain(); // no debounce: the plan alone
    runUntil(previewed);
    const qint64 previewMs = planning.elapsed();
    const qint64 previewStallMs = heartbeat.stop();
    const qsizetype charged = dialog->preview().charged.size();

    heartbeat.start();
    QElapsedTimer run;
    run.start();
    dialog->startCharge();
    runUntil([dialog] { return dialog->state() != ChargeAllDialog::State::Charging; });
    const qint64 commitMs = run.elapsed();
    const qint64 commitStallMs = heartbeat.stop();
    if (dialog->state() != ChargeAllDialog::State::Charged)
        qFatal("not charged: %s", qPrintable(dialog->message()));
    heartbeat.start();
    runUntil([&] { return caughtUp(window); });
    const qint64 projectedMs = run.elapsed();
    const qint64 projectionStallMs = heartbeat.stop();

    heartbeat.start();
    QElapsedTimer cancelling;
    cancelling.start();
    dialog->cancelRun(QStringLiteral("benchmark"));
    runUntil([dialog] { return dialog->state() != ChargeAllDialog::State::CancellingRun; });
    const qint64 cancelMs = cancelling.elapsed();
    const qint64 cancelStallMs = heartbeat.stop();
    runUntil([&] { return caughtUp(window); });

    const QJsonObject figures{
        {QStringLiteral("families_charged"), charged},
        {QStringLiteral("first_preview_ms"), firstPreviewMs},
        {QStringLiteral("preview_ms"), previewMs},
        {QStringLiteral("preview_longest_stall_ms"), previewStallMs},
        {QStringLiteral("commit_ms"), commitMs},
        {QStringLiteral("commit_longest_stall_ms"), commitStallMs},
        {QStringLiteral("until_read_models_ms"), projectedMs},
        {QStringLiteral("projection_longest_stall_ms"), projectionStallMs},
        {QStringLiteral("cancel_run_ms"), cancelMs},
        {QStringLiteral("cancel_run_longest_stall_ms"), cancelStallMs},
    };
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    delete dialog;
    return 0;
}
