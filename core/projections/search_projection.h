#pragma once

#include "family_fold_projection.h"

namespace coopdesk {

// family_search (SPEC 4.5): an FTS5 trigram index over each family's name,
// parent name, e-mail and children's names, for substring search that
// folds case and keeps accents. family_search_docs maps a family to its
// document, so a change rewrites one document.
class SearchProjection final : public FamilyFoldProjection
{
public:
    SearchProjection(SqliteConnection& views, const QString& suffix);

    static QString projectionName() { return QStringLiteral("search"); }
    // The FTS5 tokenizer of family_search, without arguments. QueryService
    // checks candidate documents with the same tokenizer, so a match there
    // is exactly a phrase match of the index.
    static constexpr const char* tokenizer = "trigram";
    QString name() const override { return projectionName(); }
    // 2: corrections (SPEC 2.2); 3: follows the read model's fold,
    // reads corrected names, little-endian records; 4: strings of the records as UTF-8
    int version() const override { return 4; }
    QStringList tables() const override;
    bool reads(const QString& eventType) const override;
    void createIndexes() override {}

private:
    void createOwnTables() override;
    void write(const FamilyRecord* before, const FamilyRecord& after) override;

    QByteArray m_insertDocument;
    QByteArray m_updateDocument;
    QByteArray m_insertDocId;
    QByteArray m_findDocId;
};

} // namespace coopdesk
