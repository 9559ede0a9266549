#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPainter;

namespace coopdesk {

// A table as the printed report draws it: a shaded band of column titles
// (drawn again on every page the table runs onto), rows shaded every
// other one, a totals row in bold under a rule. Columns share the width
// by weight.
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1.0;
        bool alignLeft = false; // numbers align right
    };
    struct Row
    {
        QStringList cells;
        bool total = false;
    };

    QList<Column> columns;
    QList<Row> rows;
};

// How tall its parts are and how wide the table is, in device pixels.
struct ReportTableMetrics
{
    QFont font;
    QFont bold;
    double width = 0;
    double rowHeight = 0;
    double headerHeight = 0;
};

namespace reporttable {

// Returns the y below what it drew.
double drawHeader(QPainter& painter, const ReportTable& table, const ReportTableMetrics& metrics,
                  double y);
double drawRow(QPainter& painter, const ReportTable& table, const ReportTableMetrics& metrics,
               int row, double y);

} // namespace reporttable

} // namespace coopdesk
