#include "report_table.h"

#include <QPainter>

namespace coopdesk::reporttable {

namespace {

QList<QRectF> columnRects(const ReportTable& table, double width)
{
    double sum = 0;
    for (const ReportTable::Column& column : table.columns)
        sum += column.weight;
    QList<QRectF> rects;
    double x = 0;
    for (const ReportTable::Column& column : table.columns) {
        const double w = sum > 0 ? width * column.weight / sum : 0;
        rects << QRectF(x, 0, w, 0);
        x += w;
    }
    return rects;
}

Qt::Alignment alignOf(const ReportTable::Column& column)
{
    return column.alignLeft ? Qt::AlignLeft : Qt::AlignRight;
}

} // namespace

double drawHeader(QPainter& painter, const ReportTable& table, const ReportTableMetrics& metrics,
                  double y)
{
    const QRectF band(0, y, metrics.width, metrics.headerHeight);
    painter.fillRect(band, QColor(0xe3, 0xe8, 0xee));
    painter.setFont(metrics.bold);
    painter.setPen(Qt::black);
    const double pad = metrics.rowHeight * 0.2;
    const QList<QRectF> rects = columnRects(table, metrics.width);
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QRectF cell(rects.at(i).x() + pad, y, rects.at(i).width() - 2 * pad,
                          metrics.headerHeight);
        painter.drawText(cell, alignOf(table.columns.at(i)) | Qt::AlignVCenter | Qt::TextWordWrap,
                         table.columns.at(i).title);
    }
    return y + metrics.headerHeight;
}

double drawRow(QPainter& painter, const ReportTable& table, const ReportTableMetrics& metrics,
               int row, double y)
{
    const ReportTable::Row& line = table.rows.at(row);
    const QRectF band(0, y, metrics.width, metrics.rowHeight);
    if (line.total) {
        painter.setPen(QPen(Qt::black, 2));
        painter.drawLine(band.topLeft(), band.topRight());
    } else if (row % 2 == 1) {
        painter.fillRect(band, QColor(0xf5, 0xf7, 0xf9));
    }
    painter.setPen(Qt::black);
    painter.setFont(line.total ? metrics.bold : metrics.font);
    const double pad = metrics.rowHeight * 0.2;
    const QList<QRectF> rects = columnRects(table, metrics.width);
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const QRectF cell(rects.at(i).x() + pad, y, rects.at(i).width() - 2 * pad,
                          metrics.rowHeight);
        painter.drawText(cell, alignOf(table.columns.at(i)) | Qt::AlignVCenter,
                         line.cells.value(i));
    }
    return y + metrics.rowHeight;
}

} // namespace coopdesk::reporttable
