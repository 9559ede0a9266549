#include "csv_columns.h"

#include "domain/text_rules.h"

#include <QCoreApplication>

namespace coopdesk::csv {

namespace {

// The context lupdate files these strings under and the one looked up at run time.
struct Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

} // namespace

Columns::Columns(const QStringList& header, const QStringList& known, const QStringList& required)
    : m_headerSize(header.size())
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = text::trimmed(header.at(i));
        const QString key = name.toLower();
        if (!known.contains(key)) {
            m_unknown.append(name.isEmpty() ? Csv::tr("(column %1)").arg(i + 1) : name);
        } else if (m_index.contains(key)) {
            if (!m_duplicated.contains(key))
                m_duplicated.append(key);
        } else {
            m_index.insert(key, i);
        }
    }
    for (const QString& name : required) {
        if (!m_index.contains(name))
            m_missing.append(name);
    }
}

QString Columns::value(const QStringList& fields, const QString& name) const
{
    const qsizetype index = indexOf(name);
    return index >= 0 && index < fields.size() ? fields.at(index) : QString();
}

} // namespace coopdesk::csv
