#include "payments_report_pdf.h"

#include "chart_image.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "payments/method_breakdown_model.h"
#include "payments/payment_analytics_model.h"
#include "payments/payment_charts.h"
#include "widgets/money_text.h"

#include <QChart>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <array>
#include <memory>
#include <utility>

namespace coopdesk::paymentspdf {

namespace {

struct PaymentsReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsReportPdf)
};

constexpr int resolution = 300;
constexpr int chartCount = 3;
// A chart is half a page's body high, two to a page; after the table it
// takes what is left of the page down to this share of that height.
constexpr int chartsPerPage = 2;
constexpr double shortestChart = 0.6;

struct Totals
{
    qint64 expected = 0;
    qint64 collected = 0;
    qint64 outstanding = 0;
};

Totals totalsOf(const PaymentAnalyticsModel& model)
{
    Totals totals;
    for (const QJsonObject& row : model.rows()) {
        if (PaymentAnalyticsModel::isFiller(row))
            continue;
        totals.expected += row.value(QStringLiteral("revenue_expected_cents")).toInteger();
        totals.collected += row.value(QStringLiteral("revenue_collected_cents")).toInteger();
        totals.outstanding += row.value(QStringLiteral("revenue_outstanding_cents")).toInteger();
    }
    return totals;
}

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
    struct ChartPlace
    {
        int page; // from 1
        QRectF rect;
    };
    QList<ChartPlace> charts;

    int pageCount() const
    {
        return charts.isEmpty() ? static_cast<int>(rowsPerTablePage.size()) : charts.last().page;
    }
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
            return {false, 0, {}, PaymentsReportPdf::tr("Cannot start the PDF document.")};
        m_painter = &painter;
        collectRows();
        plan();
        // Made from the same models as the screen's, laid out for the page.
        std::unique_ptr<MonthBarChart> amounts(
            paymentcharts::collectedVsOutstanding(m_report.months, nullptr));
        std::unique_ptr<MonthBarChart> families(
            paymentcharts::familiesByPaymentState(m_report.months, nullptr));
        std::unique_ptr<ModelPieChart> methods(
            paymentcharts::paymentMethods(m_report.methods, nullptr));
        const std::array<QChart*, chartCount> charts{amounts->chart(), families->chart(),
                                                     methods->chart()};
        qsizetype next = 0;
        for (int page = 1; page <= m_layout.pageCount(); ++page) {
            if (page > 1)
                m_writer.newPage();
            if (page <= m_layout.rowsPerTablePage.size()) {
                double y = 0;
                if (page == 1)
                    y = drawTitle();
                y = drawTableHeader(y);
                const int count = m_layout.rowsPerTablePage.at(page - 1);
                for (int r = 0; r < count; ++r, ++next)
                    y = drawRow(m_rows.at(next), y, next % 2 == 1);
            }
            for (std::size_t i = 0; i < charts.size(); ++i) {
                const Layout::ChartPlace& place = m_layout.charts.at(static_cast<qsizetype>(i));
                if (place.page == page)
                    chartimage::render(charts.at(i), m_painter, place.rect, resolution);
            }
            drawFooter(page);
        }
        painter.end();
        for (QChart* chart : charts)
            delete chart;
        Result result{true, m_layout.pageCount(), {}, {}};
        for (const Layout::ChartPlace& place : m_layout.charts)
            result.chartPages << place.page;
        return result;
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
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            if (PaymentAnalyticsModel::isFiller(model.rowAt(row)))
                continue;
            Row line;
            for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column)
                line.cells << model.index(row, column).data().toString();
            m_rows << line;
        }
        const Totals totals = totalsOf(model);
        Row total;
        total.total = true;
        for (int column = 0; column < PaymentAnalyticsModel::ColumnCount; ++column)
            total.cells << QString();
        total.cells[PaymentAnalyticsModel::Month] = PaymentsReportPdf::tr("Total");
        total.cells[PaymentAnalyticsModel::Expected] =
            money::formatCents(totals.expected, m_locale);
        total.cells[PaymentAnalyticsModel::Collected] =
            money::formatCents(totals.collected, m_locale);
        total.cells[PaymentAnalyticsModel::Outstanding] =
            money::formatCents(totals.outstanding, m_locale);
        m_rows << total;
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
        m_heading = headingLines(m_report);
        m_layout.titleHeight = lineHeight(font(16, true)) * 1.6 +
                               lineHeight(font(10)) * (1.2 * m_heading.size() + 0.6);
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
        planCharts(body);

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

    // The charts, the full width, each half a body high (two to a page),
    // after the table: on its last page while at least shortestChart of
    // that height is left, then on pages of their own.
    void planCharts(double body)
    {
        const double gap = lineHeight(font(10)) * 1.5;
        const double height = (body - gap * (chartsPerPage - 1)) / chartsPerPage;
        int page = static_cast<int>(m_layout.rowsPerTablePage.size());
        double y = m_layout.headerHeight + m_layout.rowHeight * m_layout.rowsPerTablePage.last() +
                   (page == 1 ? m_layout.titleHeight : 0) + gap;
        for (int chart = 0; chart < chartCount; ++chart) {
            if (body - y < height * shortestChart) {
                ++page;
                y = 0;
            }
            const double h = std::min(height, body - y);
            m_layout.charts << Layout::ChartPlace{page, QRectF(0, y, m_layout.page.width(), h)};
            y += h + gap;
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
                   Qt::AlignLeft | Qt::AlignVCenter, title(m_report));
        y += titleHeight * 1.6;
        p.setFont(font(10));
        const double line = lineHeight(font(10));
        for (const QString& text : std::as_const(m_heading)) {
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

    QPdfWriter& m_writer;
    const Report& m_report;
    QLocale m_locale;
    QPainter* m_painter = nullptr;
    QList<Row> m_rows;
    QList<QRectF> m_columns;
    QStringList m_heading;
    Layout m_layout{};
};

} // namespace

QPageSize::PageSizeId pageSizeFor(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

QString title(const Report& report)
{
    return PaymentsReportPdf::tr("Payments report — %1").arg(report.coopName);
}

QStringList headingLines(const Report& report)
{
    const QLocale locale;
    const Totals totals = report.months ? totalsOf(*report.months) : Totals{};
    const QString currency = report.months ? report.months->currencyCode() : QString();
    const QString madeOn = locale.toString(report.madeOn, QLocale::LongFormat);
    return {PaymentsReportPdf::tr("Months: %1 to %2")
                .arg(monthName(report.fromMonth), monthName(report.toMonth)),
            PaymentsReportPdf::tr("Families overdue as of %1; amounts in %2")
                .arg(locale.toString(report.asOf, QLocale::LongFormat),
                     currency.isEmpty() ? PaymentsReportPdf::tr("currency units") : currency),
            PaymentsReportPdf::tr("Expected %1, collected %2, outstanding %3")
                .arg(money::formatCents(totals.expected, locale),
                     money::formatCents(totals.collected, locale),
                     money::formatCents(totals.outstanding, locale)),
            report.madeBy.isEmpty()
                ? PaymentsReportPdf::tr("Made on %1").arg(madeOn)
                : PaymentsReportPdf::tr("Made on %1 by %2").arg(madeOn, report.madeBy)};
}

Result write(const QString& path, const Report& report)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false,
                0,
                {},
                PaymentsReportPdf::tr("Cannot write %1: %2").arg(path, file.errorString())};
    Result result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(pageSizeFor(QLocale())));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
        writer.setTitle(title(report));
        writer.setCreator(QStringLiteral("CoopDesk"));
        result = ReportPainter(writer, report).paint();
    }
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return {false,
                0,
                {},
                PaymentsReportPdf::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return result;
}

} // namespace coopdesk::paymentspdf
