#pragma once

#include <QJsonObject>
#include <QString>

namespace coopdesk::test {
class TempPgServer;
}

namespace coopdesk::bench {

// How big each figure's data is: the full run and --quick.
struct Sizes
{
    int singleCommands;  // B1, B8, B10 samples
    int importEvents;    // B2
    int catchUpFamilies; // B3 (× eventsPerFamily events)
    int demoFamilies;    // B3 on demo-shaped data: as many events, fewer families
    int rebuildFamilies; // B4 and B5–B7 (× eventsPerFamily events)
    int eventsPerFamily;
    int longStream;           // B9, B10
    int queries;              // B5–B7 samples
    int appFamilies;          // B11
    int appCommands;          // B11: appended while the app is open
    int serverWriterCommands; // B12: each of the five writers'
    int serverVisibility;     // B13 samples (B14 takes singleCommands)

    static Sizes full();
    static Sizes quick();
    QJsonObject toJson() const;
};

struct Context
{
    Sizes sizes;
    QString directory; // scratch space for the run's files
    int catchUpBatch;  // B3's events per transaction (the floor's too)
};

// Each figure returns its measured values in named units, its floor where
// it has one, the target as text and whether it was met.
QJsonObject measureB1(const Context& context);
QJsonObject measureB2(const Context& context);
QJsonObject measureB3(const Context& context);
// B4 builds the large co-op that B5–B7 then query; it returns its path.
QJsonObject measureB4(const Context& context, QString& largeCoopPath);
QJsonObject measureB5(const Context& context, const QString& largeCoopPath);
QJsonObject measureB6(const Context& context, const QString& largeCoopPath);
QJsonObject measureB7(const Context& context, const QString& largeCoopPath);
QJsonObject measureB8(const Context& context);
QJsonObject measureB9(const Context& context, QString& longStreamCoopPath);
QJsonObject measureB10(const Context& context, const QString& longStreamCoopPath);
QJsonObject measureB11(const Context& context);
// SPEC 12.5, on a local server started with fsync on (server_figures.cpp).
QJsonObject measureB12(const Context& context, test::TempPgServer& server);
QJsonObject measureB13(const Context& context, test::TempPgServer& server);
QJsonObject measureB14(const Context& context, test::TempPgServer& server);

} // namespace coopdesk::bench
