#pragma once

#include <QString>

// A row only one views file holds, so a test can tell that file from one
// put in its place: marked, then still marked (kept) or not (replaced).
namespace coopdesk::test {

// The statement that marks; for a test that must mark inside a
// transaction of its own.
extern const char* const markViewsSql;

void markViewsFile(const QString& viewsPath);
bool viewsFileIsMarked(const QString& viewsPath);

} // namespace coopdesk::test
