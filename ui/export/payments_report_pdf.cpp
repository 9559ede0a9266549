#include "payments_report_pdf.h"

#include "chart_image.h"
#include "charts/model_pie_chart.h"
#include "charts/month_bar_chart.h"
#include "charts/month_rows.h"
#include "domain/command_catalog.h"
#include "i18n/code_labels.h"
#include "payments/cash_receipts_model.h"
#include "payments/method_breakdown_model.h"
#include "payments/payment_analytics_model.h"
#include "payments/payment_charts.h"
#include "report_table.h"
#include "widgets/money_text.h"

#include <QChart>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <memory>
#include <utility>

namespace coopdesk::paymentspdf {

namespace {

struct PaymentsReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(PaymentsReportPdf)
};

constexpr int resolution = 300;
// A chart is half a page's body high, two to a page, never squeezed (a
// shorter one elides its value axis' labels).
constexpr int chartsPerPage = 2;

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

// The tuition by charge month: the screen's columns and cells, newest
// month first, then the sums of the amounts.
ReportTable chargeMonthTable(const PaymentAnalyticsModel& model, const QLocale& locale)
{
    using M = PaymentAnalyticsModel;
    ReportTable table;
    for (int column = 0; column < M::ColumnCount; ++column) {
        // The month wider, amounts wider than counts.
        const double weight = column == M::Month                                  ? 2.0
                              : column >= M::Expected && column <= M::Outstanding ? 1.5
                                                                                  : 1.0;
        table.columns << ReportTable::Column{M::columnTitle(column), weight, column == M::Month};
    }
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        if (M::isFiller(model.rowAt(row)))
            continue;
        ReportTable::Row line;
        for (int column = 0; column < M::ColumnCount; ++column)
            line.cells << model.index(row, column).data().toString();
        table.rows << line;
    }
    const Totals totals = totalsOf(model);
    ReportTable::Row total{QStringList(M::ColumnCount, QString()), true};
    total.cells[M::Month] = PaymentsReportPdf::tr("Total");
    total.cells[M::Expected] = money::formatCents(totals.expected, locale);
    total.cells[M::Collected] = money::formatCents(totals.collected, locale);
    total.cells[M::Outstanding] = money::formatCents(totals.outstanding, locale);
    table.rows << total;
    return table;
}

// The money received by payment date: month, payments, families paying,
// received, then a column per payment method (a board reads across, not a
// list in a cell); the totals add up all but the families.
ReportTable receiptsTable(const CashReceiptsModel& model, const QLocale& locale)
{
    using R = CashReceiptsModel;
    ReportTable table;
    table.columns << ReportTable::Column{R::columnTitle(R::Month), 2.0, true}
                  << ReportTable::Column{R::columnTitle(R::Payments), 1.0, false}
                  << ReportTable::Column{R::columnTitle(R::FamiliesPaying), 1.0, false}
                  << ReportTable::Column{R::columnTitle(R::Received), 1.5, false};
    const QStringList& methods = paymentMethods();
    for (const QString& method : methods)
        table.columns << ReportTable::Column{CodeLabels::paymentMethod(method), 1.5, false};
    QList<qint64> methodTotals(methods.size(), 0);
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const QJsonObject month = model.rowAt(row);
        if (monthrows::isGap(month))
            continue;
        ReportTable::Row line;
        for (const int column : {R::Month, R::Payments, R::FamiliesPaying, R::Received})
            line.cells << model.index(row, column).data().toString();
        const QJsonObject breakdown =
            month.value(QStringLiteral("payment_method_breakdown")).toObject();
        for (qsizetype i = 0; i < methods.size(); ++i) {
            const qint64 cents = breakdown.value(methods.at(i)).toInteger();
            methodTotals[i] += cents;
            line.cells << money::formatCents(cents, locale);
        }
        table.rows << line;
    }
    const CashReceiptsModel::Totals totals = model.totals();
    ReportTable::Row total{{PaymentsReportPdf::tr("Total"), locale.toString(totals.payments),
                            QString(), money::formatCents(totals.receivedCents, locale)},
                           true};
    for (const qint64 cents : methodTotals)
        total.cells << money::formatCents(cents, locale);
    table.rows << total;
    return table;
}

// Where each piece of the report goes, worked out before drawing so every
// page can say how many pages there are.
struct Piece
{
    enum class Kind { Title, Heading, TableHeader, TableRow, Note, Chart };
    Kind kind;
    int index = 0; // the table, heading, note or chart
    int row = 0;   // a table row
    int page = 1;  // from 1
    QRectF rect;
};

// Lays pieces down a page's body and onto new pages.
class PageFlow
{
public:
    PageFlow(double width, double body)
        : m_width(width)
        , m_body(body)
    {}

    bool fits(double height) const { return m_y + height <= m_body; }
    double left() const { return m_body - m_y; }
    bool atTop() const { return m_y == 0; }
    void newPage()
    {
        ++m_page;
        m_y = 0;
    }
    void skip(double height) { m_y = std::min(m_body, m_y + height); }
    void place(QList<Piece>& pieces, double height, Piece::Kind kind, int index = 0, int row = 0)
    {
        if (!fits(height) && !atTop())
            newPage();
        pieces << Piece{kind, index, row, m_page, QRectF(0, m_y, m_width, height)};
        m_y += height;
    }
    int page() const { return m_page; }

private:
    double m_width;
    double m_body;
    int m_page = 1;
    double m_y = 0;
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
        collectSections();
        // Made from the same models as the screen's, laid out for the page.
        std::unique_ptr<MonthBarChart> amounts(
            paymentcharts::collectedVsOutstanding(m_report.months, nullptr));
        std::unique_ptr<MonthBarChart> families(
            paymentcharts::familiesByPaymentState(m_report.months, nullptr));
        std::unique_ptr<ModelPieChart> methods(
            paymentcharts::paymentMethods(m_report.methods, nullptr));
        std::unique_ptr<MonthBarChart> received(
            m_report.receipts ? paymentcharts::receivedByPaymentDate(m_report.receipts, nullptr)
                              : nullptr);
        // The two ways of counting a month's money one above the other.
        QList<QChart*> charts{amounts->chart()};
        if (received)
            charts << received->chart();
        charts << families->chart() << methods->chart();
        plan(static_cast<int>(charts.size()));
        for (int page = 1; page <= m_pages; ++page) {
            if (page > 1)
                m_writer.newPage();
            for (const Piece& piece : std::as_const(m_pieces)) {
                if (piece.page == page)
                    draw(piece, charts);
            }
            drawFooter(page);
        }
        painter.end();
        for (QChart* chart : std::as_const(charts))
            delete chart;
        Result result{true, m_pages, {}, {}};
        for (const Piece& piece : std::as_const(m_pieces)) {
            if (piece.kind == Piece::Kind::Chart)
                result.chartPages << piece.page;
        }
        return result;
    }

private:
    // A table under its title, a line under it.
    struct Section
    {
        QString heading;
        ReportTable table;
        QString note;
    };

    void collectSections()
    {
        m_sections << Section{PaymentsReportPdf::tr("Tuition by charge month"),
                              chargeMonthTable(*m_report.months, m_locale), QString()};
        if (m_report.receipts)
            m_sections << Section{
                PaymentsReportPdf::tr("Received by payment date"),
                receiptsTable(*m_report.receipts, m_locale),
                m_report.credit.sentence(m_report.receipts->currencyCode(), m_report.madeOn)};
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_writer).height(); }

    void plan(int chartCount)
    {
        m_page = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRectPixels(resolution).size());
        m_metrics.font = font(8);
        m_metrics.bold = font(8, true);
        m_metrics.width = m_page.width();
        m_metrics.rowHeight = lineHeight(font(8)) * 1.45;
        m_metrics.headerHeight = lineHeight(font(8, true)) * 2.6;
        m_footerHeight = lineHeight(font(8)) * 2;
        m_heading = headingLines(m_report);
        const double titleHeight = lineHeight(font(16, true)) * 1.6 +
                                   lineHeight(font(10)) * (1.2 * m_heading.size() + 0.6);
        const double headingHeight = lineHeight(font(11, true)) * 1.8;
        const double noteHeight = lineHeight(font(9)) * 1.8;
        const double gap = lineHeight(font(10)) * 1.5;
        const double body = m_page.height() - m_footerHeight;

        PageFlow flow(m_page.width(), body);
        flow.place(m_pieces, titleHeight, Piece::Kind::Title);
        for (int t = 0; t < m_sections.size(); ++t) {
            if (t > 0)
                flow.skip(gap);
            // A section's title stays with its header and first row.
            if (!flow.fits(headingHeight + m_metrics.headerHeight + m_metrics.rowHeight))
                flow.newPage();
            flow.place(m_pieces, headingHeight, Piece::Kind::Heading, t);
            flow.place(m_pieces, m_metrics.headerHeight, Piece::Kind::TableHeader, t);
            for (int r = 0; r < m_sections.at(t).table.rows.size(); ++r) {
                if (!flow.fits(m_metrics.rowHeight)) {
                    flow.newPage();
                    flow.place(m_pieces, m_metrics.headerHeight, Piece::Kind::TableHeader, t);
                }
                flow.place(m_pieces, m_metrics.rowHeight, Piece::Kind::TableRow, t, r);
            }
            if (!m_sections.at(t).note.isEmpty())
                flow.place(m_pieces, noteHeight, Piece::Kind::Note, t);
        }

        // The charts, the full width, each half a body high (two to a
        // page), after the tables: on their last page while one fits
        // there, then on pages of their own.
        const double height = (body - gap * (chartsPerPage - 1)) / chartsPerPage;
        for (int chart = 0; chart < chartCount; ++chart) {
            if (!flow.atTop())
                flow.skip(gap);
            if (!flow.fits(height))
                flow.newPage();
            flow.place(m_pieces, height, Piece::Kind::Chart, chart);
        }
        m_pages = flow.page();
    }

    void draw(const Piece& piece, const QList<QChart*>& charts)
    {
        QPainter& p = *m_painter;
        switch (piece.kind) {
        case Piece::Kind::Title:
            drawTitle();
            break;
        case Piece::Kind::Heading:
            p.setPen(Qt::black);
            p.setFont(font(11, true));
            p.drawText(piece.rect, Qt::AlignLeft | Qt::AlignVCenter,
                       m_sections.at(piece.index).heading);
            break;
        case Piece::Kind::TableHeader:
            reporttable::drawHeader(p, m_sections.at(piece.index).table, m_metrics, piece.rect.y());
            break;
        case Piece::Kind::TableRow:
            reporttable::drawRow(p, m_sections.at(piece.index).table, m_metrics, piece.row,
                                 piece.rect.y());
            break;
        case Piece::Kind::Note:
            p.setPen(Qt::black);
            p.setFont(font(9));
            p.drawText(piece.rect, Qt::AlignLeft | Qt::AlignVCenter,
                       m_sections.at(piece.index).note);
            break;
        case Piece::Kind::Chart:
            chartimage::render(charts.at(piece.index), m_painter, piece.rect, resolution);
            break;
        }
    }

    void drawTitle()
    {
        QPainter& p = *m_painter;
        double y = 0;
        p.setPen(Qt::black);
        p.setFont(font(16, true));
        const double titleHeight = lineHeight(font(16, true));
        p.drawText(QRectF(0, y, m_page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   title(m_report));
        y += titleHeight * 1.6;
        p.setFont(font(10));
        const double line = lineHeight(font(10));
        for (const QString& text : std::as_const(m_heading)) {
            p.drawText(QRectF(0, y, m_page.width(), line), Qt::AlignLeft | Qt::AlignVCenter, text);
            y += line * 1.2;
        }
    }

    void drawFooter(int page)
    {
        QPainter& p = *m_painter;
        p.setFont(font(8));
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF band(0, m_page.height() - m_footerHeight * 0.6, m_page.width(),
                          m_footerHeight * 0.6);
        p.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                   PaymentsReportPdf::tr("CoopDesk — %1").arg(m_report.coopName));
        p.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                   PaymentsReportPdf::tr("Page %1 of %2").arg(page).arg(m_pages));
    }

    QPdfWriter& m_writer;
    const Report& m_report;
    QLocale m_locale;
    QPainter* m_painter = nullptr;
    QList<Section> m_sections;
    QStringList m_heading;
    ReportTableMetrics m_metrics;
    QRectF m_page; // the printable area, in device pixels
    double m_footerHeight = 0;
    QList<Piece> m_pieces;
    int m_pages = 1;
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
    QStringList lines{
        PaymentsReportPdf::tr("Months: %1 to %2")
            .arg(monthName(report.fromMonth), monthName(report.toMonth)),
        PaymentsReportPdf::tr("Families overdue as of %1; amounts in %2")
            .arg(locale.toString(report.asOf, QLocale::LongFormat),
                 currency.isEmpty() ? PaymentsReportPdf::tr("currency units") : currency),
        PaymentsReportPdf::tr("Expected %1, collected %2, outstanding %3")
            .arg(money::formatCents(totals.expected, locale),
                 money::formatCents(totals.collected, locale),
                 money::formatCents(totals.outstanding, locale))};
    if (report.receipts) {
        const CashReceiptsModel::Totals received = report.receipts->totals();
        lines << PaymentsReportPdf::tr("Received by payment date %1 in %Ln payment(s); credit on "
                                       "account %2",
                                       nullptr, static_cast<int>(received.payments))
                     .arg(money::formatCents(received.receivedCents, locale),
                          money::formatCents(report.credit.cents, locale));
    }
    const QString madeOn = locale.toString(report.madeOn, QLocale::LongFormat);
    lines << (report.madeBy.isEmpty()
                  ? PaymentsReportPdf::tr("Made on %1").arg(madeOn)
                  : PaymentsReportPdf::tr("Made on %1 by %2").arg(madeOn, report.madeBy));
    return lines;
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
