#pragma once

#include "domain/event.h"
#include "store/sqlite_connection.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace coopdesk {

// What a batch changed, for the screens: which families and charge months.
struct ProjectedChanges
{
    QSet<QString> families;
    QSet<QString> months;

    void merge(const ProjectedChanges& other)
    {
        families.unite(other.families);
        months.unite(other.months);
    }
};

// A projection: a name, a version, the tables it owns, and apply().
// The Projector owns batching, checkpoints, errors and rebuilds.
//
// Every table name is written with the marker {s}, replaced by the
// instance's suffix: "" for the live tables, "__next" for the shadow tables
// a blue/green rebuild fills. apply() works in memory (loading state from
// the tables on first use); flush() writes what changed, inside the
// Projector's transaction; discard() forgets everything not flushed.
class Projection
{
public:
    Projection(SqliteConnection& views, const QString& suffix);
    virtual ~Projection();
    Projection(const Projection&) = delete;
    Projection& operator=(const Projection&) = delete;

    virtual QString name() const = 0;
    virtual int version() const = 0;
    virtual QStringList tables() const = 0; // base names, without suffix

    // Whether apply() needs events of this type. An event a projection does
    // not read never stops it, even when it cannot be decoded (SPEC 6: a
    // poison event stops only the projections that read it).
    virtual bool reads(const QString& eventType) const
    {
        Q_UNUSED(eventType)
        return true;
    }
    virtual void createTables() = 0;  // with the suffix; IF NOT EXISTS
    virtual void createIndexes() = 0; // on the live (unsuffixed) tables
    virtual void apply(const RecordedEvent& event, const QJsonObject& data) = 0;
    virtual void flush() = 0;
    virtual void discard() = 0;

    QString suffix() const { return m_suffix; }
    ProjectedChanges takeChanges();

protected:
    // The SQL with {s} replaced by the suffix; keep the result alive as
    // long as statements prepared from it are used (members built once).
    QByteArray sql(const char* text) const;
    void execute(const char* text);

    SqliteConnection& m_views;
    QString m_suffix;
    ProjectedChanges m_changes;
};

} // namespace coopdesk
