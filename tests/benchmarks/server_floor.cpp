#include "server_floor.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <poll.h>

#include <stdexcept>

namespace coopdesk::bench {

void createServerFloorTable(PgConnection& connection)
{
    connection.executeScript(
        "CREATE TABLE public.floor_events (LIKE coopdesk.events INCLUDING ALL)");
}

QList<EventRow> readEventRows(PgConnection& connection, int share, int of)
{
    const PgResult result = connection.execute(
        "SELECT position, event_id, stream_id, stream_type, stream_version, event_type, "
        "schema_version, data, metadata, recorded_at, hash FROM coopdesk.events "
        "WHERE position % $2 = $1 ORDER BY position",
        {QByteArray::number(share), QByteArray::number(of)});
    QList<EventRow> rows;
    for (int r = 0; r < result.rows(); ++r) {
        EventRow row;
        for (int c = 0; c < 11; ++c)
            row.emplace_back(result.bytes(r, c));
        rows.append(std::move(row));
    }
    return rows;
}

void insertFloorRow(PgConnection& connection, const EventRow& row)
{
    connection.executeScript("BEGIN");
    connection.execute("INSERT INTO public.floor_events VALUES "
                       "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                       row);
    connection.executeScript("COMMIT");
}

int runRawWriter(const QString& location, int share, int of)
{
    try {
        PgConnection connection(StoreLocation::fromText(location));
        const QList<EventRow> rows = readEventRows(connection, share, of);
        for (const EventRow& row : rows)
            insertFloorRow(connection, row);
        QTextStream(stdout) << rows.size() << Qt::endl;
        return 0;
    } catch (const StorageError& error) {
        QTextStream(stderr) << error.message() << Qt::endl;
        return 3;
    }
}

Samples rawNotifyRoundTrips(const StoreLocation& location, int count)
{
    PgConnection listener(location);
    PgConnection sender(location);
    listener.listen("coopdesk_bench_floor");
    Samples samples;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        sender.executeScript("NOTIFY coopdesk_bench_floor");
        while (!listener.takeNotifications()) {
            pollfd readable{listener.socket(), POLLIN, 0};
            if (::poll(&readable, 1, 10000) <= 0)
                throw std::runtime_error("B13 floor: no notification within 10 s");
        }
        samples.add(micros(timer));
    }
    return samples;
}

} // namespace coopdesk::bench
