#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// A CSV file's header row matched against the columns a format knows: each
// known column is found by its name (white space around it trimmed, case
// ignored), in any order. Columns the format does not know are reported
// (a warning); required columns that are absent, and known columns named
// twice, make the file unusable.
namespace coopdesk::csv {

class Columns
{
public:
    Columns() = default;
    Columns(const QStringList& header, const QStringList& known, const QStringList& required);

    // Where a known column is in the header; -1 when the file lacks it.
    qsizetype indexOf(const QString& name) const { return m_index.value(name, -1); }
    bool has(const QString& name) const { return m_index.contains(name); }

    // The cell of a known column in a record; empty when the file lacks it.
    QString value(const QStringList& fields, const QString& name) const;

    const QStringList& missing() const { return m_missing; }
    const QStringList& duplicated() const { return m_duplicated; }
    // Header names the format does not know, as written; a column without
    // a name is shown as “(column N)”.
    const QStringList& unknown() const { return m_unknown; }

    bool usable() const { return m_missing.isEmpty() && m_duplicated.isEmpty(); }
    qsizetype headerSize() const { return m_headerSize; }

private:
    QHash<QString, qsizetype> m_index;
    QStringList m_missing;
    QStringList m_duplicated;
    QStringList m_unknown;
    qsizetype m_headerSize = 0;
};

} // namespace coopdesk::csv
