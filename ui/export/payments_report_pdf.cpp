#include "payments_report_pdf.h"

#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "payments/method_breakdown_model.h"
#include "payments/payment_analytics_model.h"
#include "payments/payment_charts.h"
#include "widgets/money_text.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <array>
#include <memory>

namespace coopdesk::paymentspdf {

namespace {

struct PaymentsReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsReportPdf)
};

constexpr int resolution = 300;
constexpr int chartsPerPage = 2;
// The size charts are laid out at (screen pixels), then scaled onto the page.
const QSizeF chartLayoutSize(1100, 480);

QString monthName(const QString& month)
{
    const QDate date = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("MMMM yyyy")) : month;
}

// Where the report's pieces go, worked out before drawing so every page
// can say how many pages there are.
struct Layout
{
    QRectF page;        // the printable area, in device pixels
    double titleHeight; // title block, first page only
    double rowHeight;
    double headerHeight; // the table's header row
    double footerHeight;
    QList<int> rowsPerTablePage;
    int chartPages = 0;

    int pageCount() const { return static_cast<int>(rowsPerTablePage.size()) + chartPages; }
};

class ReportPainter
{
public:
    ReportPainter(QPdfWriter& writer, const Report& report)
        : m_writer(writer)
        , m_report(report)
        , m_locale()
    {}

    Result paint()
    {
        QPainter painter;
        if (!painter.begin(&m_writer))
            return {false, 0, PaymentsReportPdf::tr("Cannot start the PDF document.")};
        m_painter = &painter;
        collectRows();
        plan();
        int page = 1;
        qsizetype next = 0;
        for (qsizetype i = 0; i < m_layout.rowsPerTablePage.size(); ++i, ++page) {
            if (page > 1)
                m_writer.newPage();
            double y = 0;
            if (page == 1)
                y = drawTitle();
            y = drawTableHeader(y);
            const int count = m_layout.rowsPerTablePage.at(i);
            for (int r = 0; r < count; ++r, ++next)
                y = drawRow(m_rows.at(next), y, next % 2 == 1);
            drawFooter(page);
        }
        drawCharts(page);
        painter.end();
        return {true, m_layout.pageCount(), {}};
    }

private:
    struct Row
    {
        QStringList cells;
        bool total = false;
    };

    void collectRows()
    {
        const PaymentAnalyticsModel& model = *m_report.months;
        qint64 expected = 0, collected = 0, outstanding = 0;
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            const QJsonObject json = model.rowAt(row);
            if (PaymentAnalyticsModel::isFiller(json))
                continue;
            Row line;
            for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column)
                line.cells << model.index(row, column).data().toString();
            m_rows << line;
            expected += json.value(QStringLiteral("revenue_expected_cents")).toInteger();
            collected += json.value(QStringLiteral("revenue_collected_cents")).toInteger();
            outstanding += json.value(QStringLiteral("revenue_outstanding_cents")).toInteger();
        }
        Row total;
        total.total = true;
        for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column)
            total.cells << QString();
        total.cells[PaymentAnalyticsModel::Month] = PaymentsReportPdf::tr("Total");
        total.cells[PaymentAnalyticsModel::Expected] = money::formatCents(expected, m_locale);
        total.cells[PaymentAnalyticsModel::Collected] = money::formatCents(collected, m_locale);
        total.cells[PaymentAnalyticsModel::Outstanding] = money::formatCents(outstanding, m_locale);
        m_rows << total;
        m_totals = {expected, collected, outstanding};
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_writer).height(); }

    void plan()
    {
        m_layout.page =
            QRectF(QPointF(0, 0), m_writer.pageLayout().paintRectPixels(resolution).size());
        m_layout.rowHeight = lineHeight(font(8)) * 1.45;
        m_layout.headerHeight = lineHeight(font(8, true)) * 2.6;
        m_layout.footerHeight = lineHeight(font(8)) * 2;
        m_layout.titleHeight = lineHeight(font(16, true)) * 1.6 + lineHeight(font(10)) * 4.2;
        const double body = m_layout.page.height() - m_layout.footerHeight;
        const int firstRows =
            std::max(1, static_cast<int>((body - m_layout.titleHeight - m_layout.headerHeight) /
                                         m_layout.rowHeight));
        const int otherRows =
            std::max(1, static_cast<int>((body - m_layout.headerHeight) / m_layout.rowHeight));
        qsizetype left = m_rows.size();
        m_layout.rowsPerTablePage << static_cast<int>(std::min<qsizetype>(left, firstRows));
        left -= m_layout.rowsPerTablePage.last();
        while (left > 0) {
            m_layout.rowsPerTablePage << static_cast<int>(std::min<qsizetype>(left, otherRows));
            left -= m_layout.rowsPerTablePage.last();
        }
        m_layout.chartPages = (3 + chartsPerPage - 1) / chartsPerPage;

        // Column widths: the month wider, amounts wider than counts.
        QList<double> weights;
        for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column) {
            if (column == PaymentAnalyticsModel::Month)
                weights << 2.0;
            else if (column >= PaymentAnalyticsModel::Expected &&
                     column <= PaymentAnalyticsModel::Outstanding)
                weights << 1.5;
            else
                weights << 1.0;
        }
        double sum = 0;
        for (const double w : weights)
            sum += w;
        double x = 0;
        for (const double w : weights) {
            const double width = m_layout.page.width() * w / sum;
            m_columns << QRectF(x, 0, width, 0);
            x += width;
        }
    }

    double drawTitle()
    {
        QPainter& p = *m_painter;
        double y = 0;
        p.setPen(Qt::black);
        p.setFont(font(16, true));
        const double titleHeight = lineHeight(font(16, true));
        p.drawText(QRectF(0, y, m_layout.page.width(), titleHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   PaymentsReportPdf::tr("Payments report — %1").arg(m_report.coopName));
        y += titleHeight * 1.6;
        p.setFont(font(10));
        const double line = lineHeight(font(10));
        const QString currency = m_report.months->currencyCode();
        const QStringList lines{
            PaymentsReportPdf::tr("Months: %1 to %2")
                .arg(monthName(m_report.fromMonth), monthName(m_report.toMonth)),
            PaymentsReportPdf::tr("Families overdue as of %1; amounts in %2")
                .arg(m_locale.toString(m_report.asOf, QLocale::LongFormat),
                     currency.isEmpty() ? PaymentsReportPdf::tr("currency units") : currency),
            PaymentsReportPdf::tr("Expected %1, collected %2, outstanding %3")
                .arg(money::formatCents(m_totals[0], m_locale),
                     money::formatCents(m_totals[1], m_locale),
                     money::formatCents(m_totals[2], m_locale))};
        for (const QString& text : lines) {
            p.drawText(QRectF(0, y, m_layout.page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       text);
            y += line * 1.2;
        }
        return m_layout.titleHeight;
    }

    double drawTableHeader(double y)
    {
        QPainter& p = *m_painter;
        const QRectF band(0, y, m_layout.page.width(), m_layout.headerHeight);
        p.fillRect(band, QColor(0xe3, 0xe8, 0xee));
        p.setFont(font(8, true));
        p.setPen(Qt::black);
        const double pad = m_layout.rowHeight * 0.2;
        for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column) {
            const QRectF cell(m_columns.at(column).x() + pad, y,
                              m_columns.at(column).width() - 2 * pad, m_layout.headerHeight);
            const Qt::Alignment align =
                column == PaymentAnalyticsModel::Month ? Qt::AlignLeft : Qt::AlignRight;
            p.drawText(cell, align | Qt::AlignVCenter | Qt::TextWordWrap,
                       PaymentAnalyticsModel::columnTitle(column));
        }
        return y + m_layout.headerHeight;
    }

    double drawRow(const Row& row, double y, bool shaded)
    {
        QPainter& p = *m_painter;
        const QRectF band(0, y, m_layout.page.width(), m_layout.rowHeight);
        if (row.total) {
            p.setPen(QPen(Qt::black, 2));
            p.drawLine(band.topLeft(), band.topRight());
        } else if (shaded) {
            p.fillRect(band, QColor(0xf5, 0xf7, 0xf9));
        }
        p.setPen(Qt::black);
        p.setFont(font(8, row.total));
        const double pad = m_layout.rowHeight * 0.2;
        for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column) {
            const QRectF cell(m_columns.at(column).x() + pad, y,
                              m_columns.at(column).width() - 2 * pad, m_layout.rowHeight);
            const Qt::Alignment align =
                column == PaymentAnalyticsModel::Month ? Qt::AlignLeft : Qt::AlignRight;
            p.drawText(cell, align | Qt::AlignVCenter, row.cells.value(column));
        }
        return y + m_layout.rowHeight;
    }

    void drawFooter(int page)
    {
        QPainter& p = *m_painter;
        p.setFont(font(8));
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF band(0, m_layout.page.height() - m_layout.footerHeight * 0.6,
                          m_layout.page.width(), m_layout.footerHeight * 0.6);
        p.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                   PaymentsReportPdf::tr("CoopDesk — %1").arg(m_report.coopName));
        p.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                   PaymentsReportPdf::tr("Page %1 of %2").arg(page).arg(m_layout.pageCount()));
    }

    void drawChart(QChart* chart, const QRectF& target)
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), chartLayoutSize));
        // The layout (and the month axis' labels) follow the size at once.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        scene.render(m_painter, target, chart->geometry(), Qt::KeepAspectRatio);
        scene.removeItem(chart);
    }

    void drawCharts(int firstPage)
    {
        std::unique_ptr<MonthBarChart> amounts(
            paymentcharts::collectedVsOutstanding(m_report.months, nullptr));
        std::unique_ptr<MonthBarChart> families(
            paymentcharts::familiesByPaymentState(m_report.months, nullptr));
        std::unique_ptr<ModelPieChart> methods(
            paymentcharts::paymentMethods(m_report.methods, nullptr));
        const QList<QChart*> charts{amounts->chart(), families->chart(), methods->chart()};
        const double slot = (m_layout.page.height() - m_layout.footerHeight) / chartsPerPage;
        int page = firstPage;
        for (qsizetype first = 0; first < charts.size(); first += chartsPerPage, ++page) {
            m_writer.newPage();
            for (qsizetype i = first; i < std::min<qsizetype>(first + chartsPerPage, charts.size());
                 ++i) {
                const double top = slot * static_cast<double>(i - first);
                drawChart(charts.at(i), QRectF(0, top, m_layout.page.width(), slot * 0.95));
            }
            drawFooter(page);
        }
        for (QChart* chart : charts)
            delete chart;
    }

    QPdfWriter& m_writer;
    const Report& m_report;
    QLocale m_locale;
    QPainter* m_painter = nullptr;
    QList<Row> m_rows;
    QList<QRectF> m_columns;
    Layout m_layout{};
    std::array<qint64, 3> m_totals{};
};

} // namespace

Result write(const QString& path, const Report& report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, 0,
                PaymentsReportPdf::tr("Cannot write %1: %2").arg(path, file.errorString())};
    Result result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
        writer.setTitle(PaymentsReportPdf::tr("Payments report — %1").arg(report.coopName));
        writer.setCreator(QStringLiteral("CoopDesk"));
        result = ReportPainter(writer, report).paint();
    }
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return {false, 0,
                PaymentsReportPdf::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return result;
}

} // namespace coopdesk::paymentspdf
