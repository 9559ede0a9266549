#include "search_projection.h"

namespace coopdesk {

namespace {

QString childrenText(const FamilyRecord& record)
{
    QStringList names;
    for (const Child& child : record.children)
        names.append(child.name);
    return names.join(u'\n');
}

// Children are only ever added, so their count tells whether their names changed.
bool sameDocument(const FamilyRecord& a, const FamilyRecord& b)
{
    return a.familyName == b.familyName && a.parentName == b.parentName && a.email == b.email &&
           a.children.size() == b.children.size();
}

} // namespace

SearchProjection::SearchProjection(SqliteConnection& views, const QString& suffix)
    : FamilyFoldProjection(views, suffix, "search_records{s}")
    , m_insertDocument(sql("INSERT INTO family_search{s} (family_name, parent_name, email, "
                           "children) VALUES (?, ?, ?, ?)"))
    , m_updateDocument(sql("UPDATE family_search{s} SET family_name = ?, parent_name = ?, "
                           "email = ?, children = ? WHERE rowid = ?"))
    , m_insertDocId(sql("INSERT INTO family_search_docs{s} (family_id, doc) VALUES (?, ?)"))
    , m_findDocId(sql("SELECT doc FROM family_search_docs{s} WHERE family_id = ?"))
{}

QStringList SearchProjection::tables() const
{
    return {QStringLiteral("family_search"), QStringLiteral("family_search_docs"),
            QStringLiteral("search_records")};
}

// Only these change a search document (names, e-mail, children).
bool SearchProjection::reads(const QString& eventType) const
{
    return eventType == QLatin1String("FamilyEnrolled") ||
           eventType == QLatin1String("EnrollmentCorrected") ||
           eventType == QLatin1String("ContactDetailsChanged") ||
           eventType == QLatin1String("ChildAdded");
}

void SearchProjection::createOwnTables()
{
    QByteArray createSearch("CREATE VIRTUAL TABLE IF NOT EXISTS family_search{s} USING fts5("
                            " family_name, parent_name, email, children, tokenize = '");
    createSearch += tokenizer;
    createSearch += "')";
    execute(createSearch.constData());
    execute("CREATE TABLE IF NOT EXISTS family_search_docs{s} ("
            " family_id TEXT PRIMARY KEY, doc INTEGER NOT NULL UNIQUE) WITHOUT ROWID");
}

void SearchProjection::write(const FamilyRecord* before, const FamilyRecord& r)
{
    if (before && sameDocument(*before, r))
        return;
    std::optional<qint64> doc;
    {
        Query find = m_views.query(m_findDocId.constData());
        find.bind(1, r.familyId);
        if (find.next())
            doc = find.integer(0);
    }
    if (doc) {
        m_views.query(m_updateDocument.constData())
            .bind(1, r.familyName)
            .bind(2, r.parentName)
            .bind(3, r.email)
            .bind(4, childrenText(r))
            .bind(5, *doc)
            .run();
        return;
    }
    m_views.query(m_insertDocument.constData())
        .bind(1, r.familyName)
        .bind(2, r.parentName)
        .bind(3, r.email)
        .bind(4, childrenText(r))
        .run();
    m_views.query(m_insertDocId.constData())
        .bind(1, r.familyId)
        .bind(2, m_views.lastInsertRowId())
        .run();
}

} // namespace coopdesk
