#include "projection.h"

namespace coopdesk {

Projection::Projection(SqliteConnection& views, const QString& suffix)
    : m_views(views)
    , m_suffix(suffix)
{}

Projection::~Projection() = default;

ProjectedChanges Projection::takeChanges()
{
    return std::exchange(m_changes, {});
}

QByteArray Projection::sql(const char* text) const
{
    QByteArray statement(text);
    statement.replace("{s}", m_suffix.toLatin1());
    return statement;
}

void Projection::execute(const char* text)
{
    m_views.execute(sql(text).constData());
}

} // namespace coopdesk
