#include "statement_pdf.h"

#include "i18n/code_labels.h"
#include "payments_report_pdf.h"
#include "report_table.h"
#include "statement_text.h"
#include "widgets/money_text.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <utility>

namespace coopdesk::statementpdf {

namespace {

struct StatementPdf
{
    Q_DECLARE_TR_FUNCTIONS(StatementPdf)
};

constexpr int resolution = 300;
// A reason may run to 2 000 characters: a line shows its first few lines.
constexpr int maxDescriptionLines = 4;

enum Column { DateColumn, DescriptionColumn, ChargeColumn, CreditColumn, BalanceColumn };

QString text(const QJsonObject& family, const char* key)
{
    return family.value(QLatin1String(key)).toString();
}

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// `text` broken into lines at most `width` wide (at word boundaries, or
// anywhere in a word longer than a line), at most `maxLines`, the last one
// elided when there is more.
QStringList wrapped(const QString& text, const QFont& font, double width, int maxLines,
                    QPaintDevice* device)
{
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            lines << QFontMetricsF(font, device).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

// One row of the table: a line of the statement, or the balance brought
// forward or closing.
struct Row
{
    QStringList cells;       // by Column; the description may be empty
    QStringList description; // its lines, wrapped
    bool total = false;      // the closing balance: bold, under a rule
    bool muted = false;      // taken back by a correction: grey
    double height = 0;
};

// Where a row goes.
struct Placed
{
    int row = 0;
    int page = 0; // of the statement, from 0
    double y = 0;
};

class StatementPainter
{
public:
    StatementPainter(QPdfWriter& writer, const Document& document)
        : m_writer(writer)
        , m_document(document)
    {}

    Result paint(const Progress& progress)
    {
        QPainter painter;
        if (!painter.begin(&m_writer))
            return {false, false, 0, {}, StatementPdf::tr("Cannot start the PDF document.")};
        m_painter = &painter;
        measure();
        Result result{true, false, 0, {}, {}};
        const int total = static_cast<int>(m_document.statements.size());
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                m_writer.newPage();
            result.firstPages << result.pages + 1;
            result.pages += paintStatement(m_document.statements.at(i));
            if (progress && !progress(i + 1, total)) {
                painter.end();
                return {false, true, result.pages, result.firstPages, {}};
            }
        }
        painter.end();
        return result;
    }

private:
    void measure()
    {
        m_page = QRectF(QPointF(0, 0), m_writer.pageLayout().paintRectPixels(resolution).size());
        m_line = QFontMetricsF(font(8.5), &m_writer).height();
        m_rowPad = m_line * 0.35;
        m_headerHeight = QFontMetricsF(font(8.5, true), &m_writer).height() * 1.8;
        m_footerHeight = QFontMetricsF(font(8), &m_writer).height() * 2;
        m_continuedHeight = QFontMetricsF(font(10, true), &m_writer).height() * 1.8;
        m_noteHeight = QFontMetricsF(font(8.5), &m_writer).height() * 1.5;
        m_table.columns = {
            ReportTable::Column{StatementPdf::tr("Date"), 1.3, true},
            ReportTable::Column{StatementPdf::tr("Description"), 6.0, true},
            ReportTable::Column{StatementPdf::tr("Charges"), 1.3, false},
            ReportTable::Column{StatementPdf::tr("Payments and credits"), 1.35, false},
            ReportTable::Column{StatementPdf::tr("Balance"), 1.4, false},
        };
        double sum = 0;
        for (const ReportTable::Column& column : std::as_const(m_table.columns))
            sum += column.weight;
        double x = 0;
        m_columns.clear();
        for (const ReportTable::Column& column : std::as_const(m_table.columns)) {
            const double width = m_page.width() * column.weight / sum;
            m_columns << QRectF(x, 0, width, 0);
            x += width;
        }
        m_metrics.font = font(8.5);
        m_metrics.bold = font(8.5, true);
        m_metrics.width = m_page.width();
        m_metrics.rowHeight = m_line + 2 * m_rowPad;
        m_metrics.headerHeight = m_headerHeight;
    }

    QString money(qint64 cents) const { return money::formatCents(cents, m_locale); }

    QList<Row> rowsOf(const Statement& statement)
    {
        const FamilyStatement& s = statement.statement;
        QList<Row> rows;
        const double descriptionWidth = m_columns.at(DescriptionColumn).width() - 2 * m_rowPad;
        const auto add = [&](QStringList cells, bool total, bool muted) {
            Row row{cells, {}, total, muted, 0};
            row.description =
                wrapped(cells.at(DescriptionColumn), total ? font(8.5, true) : font(8.5),
                        descriptionWidth, maxDescriptionLines, &m_writer);
            row.height = m_line * row.description.size() + 2 * m_rowPad;
            rows << row;
        };
        add({StatementText::date(s.period.from), StatementPdf::tr("Balance brought forward"),
             QString(), QString(), money(s.broughtForwardCents)},
            false, false);
        for (const StatementLine& line : s.lines)
            add({StatementText::date(line.date), StatementText::description(line),
                 line.chargeCents ? money(line.chargeCents) : QString(),
                 line.creditCents ? money(line.creditCents) : QString(), money(line.balanceCents)},
                false, line.isTakenBack());
        add({StatementText::date(s.period.to),
             s.closingCents < 0 ? StatementPdf::tr("Closing balance (credit)")
                                : StatementPdf::tr("Closing balance"),
             money(s.chargesCents), money(s.creditsCents), money(s.closingCents)},
            true, false);
        return rows;
    }

    QStringList notesOf(const FamilyStatement& s) const
    {
        QStringList notes;
        if (s.lines.isEmpty())
            notes << StatementPdf::tr("No charges or payments in this period.");
        if (s.laterLines > 0)
            notes << StatementPdf::tr("%Ln entry(ies) after %1 are not shown; with them the "
                                      "balance is %2.",
                                      nullptr, s.laterLines)
                         .arg(StatementText::date(s.period.to), money(s.currentCents));
        if (!s.unreadablePositions.isEmpty())
            notes << StatementPdf::tr("%Ln entry(ies) of the audit trail could not be read and "
                                      "are left out (see the Projections screen).",
                                      nullptr, static_cast<int>(s.unreadablePositions.size()));
        return notes;
    }

    // Lays the statement out and draws it; returns its page count.
    int paintStatement(const Statement& statement)
    {
        const QList<Row> rows = rowsOf(statement);
        const QStringList notes = notesOf(statement.statement);
        const double body = m_page.height() - m_footerHeight;
        const double headHeight = drawHead(statement, false);

        QList<Placed> placed;
        int page = 0;
        double y = headHeight + m_headerHeight;
        for (int r = 0; r < rows.size(); ++r) {
            if (y + rows.at(r).height > body && y > m_continuedHeight + m_headerHeight + 1) {
                ++page;
                y = m_continuedHeight + m_headerHeight;
            }
            placed << Placed{r, page, y};
            y += rows.at(r).height;
        }
        y += m_noteHeight * 0.5;
        QList<Placed> notePlaces;
        for (int n = 0; n < notes.size(); ++n) {
            if (y + m_noteHeight > body) {
                ++page;
                y = m_continuedHeight;
            }
            notePlaces << Placed{n, page, y};
            y += m_noteHeight;
        }
        const int pages = page + 1;

        for (int p = 0; p < pages; ++p) {
            if (p > 0) {
                m_writer.newPage();
                drawContinued(statement);
            } else {
                drawHead(statement, true);
            }
            const bool tableOnPage = std::any_of(placed.cbegin(), placed.cend(),
                                                 [p](const Placed& at) { return at.page == p; });
            if (tableOnPage)
                reporttable::drawHeader(*m_painter, m_table, m_metrics,
                                        p == 0 ? headHeight : m_continuedHeight);
            for (const Placed& at : std::as_const(placed)) {
                if (at.page == p)
                    drawRow(rows.at(at.row), at.row, at.y);
            }
            m_painter->setFont(font(8.5));
            m_painter->setPen(Qt::black);
            for (const Placed& at : std::as_const(notePlaces)) {
                if (at.page == p)
                    m_painter->drawText(QRectF(0, at.y, m_page.width(), m_noteHeight),
                                        Qt::AlignLeft | Qt::AlignVCenter, notes.at(at.row));
            }
            drawFooter(statement, p + 1, pages);
        }
        return pages;
    }

    // The first page's head: the co-op, the family, the period, the
    // summary. Returns its height; draws only when `draw`.
    double drawHead(const Statement& statement, bool draw)
    {
        QPainter& p = *m_painter;
        const QJsonObject& family = statement.family;
        const FamilyStatement& s = statement.statement;
        const double width = m_page.width();
        double y = 0;

        const double titleLine = QFontMetricsF(font(16, true), &m_writer).height();
        if (draw) {
            p.setPen(Qt::black);
            p.setFont(font(16, true));
            p.drawText(QRectF(0, y, width * 0.62, titleLine), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(font(16, true), &m_writer)
                           .elidedText(m_document.coopName, Qt::ElideRight, width * 0.62));
            p.setFont(font(14));
            p.drawText(QRectF(width * 0.62, y, width * 0.38, titleLine),
                       Qt::AlignRight | Qt::AlignVCenter, StatementPdf::tr("Statement of account"));
        }
        y += titleLine * 1.5;

        // The family on the left, the statement's particulars on the right.
        QStringList left;
        const QString parent = text(family, "parent_name");
        if (!parent.isEmpty())
            left << parent;
        for (const char* key : {"email", "phone"}) {
            const QString value = text(family, key);
            if (!value.isEmpty())
                left << value;
        }
        QList<std::pair<QString, QString>> right{
            {StatementPdf::tr("Account"), text(family, "family_id")},
            {StatementPdf::tr("Period"), StatementText::period(s.period)},
            {StatementPdf::tr("Printed on"), StatementText::date(m_document.printedOn)},
            {StatementPdf::tr("Amounts in"), m_document.currencyCode}};
        if (text(family, "status") == QLatin1String("withdrawn"))
            right << std::pair{StatementPdf::tr("Status"),
                               StatementPdf::tr("%1 on %2", "family status, date")
                                   .arg(CodeLabels::familyStatus(QStringLiteral("withdrawn")),
                                        StatementText::date(QDate::fromString(
                                            text(family, "withdrawal_date"), Qt::ISODate)))};
        const double nameLine = QFontMetricsF(font(11, true), &m_writer).height();
        const double line = QFontMetricsF(font(9.5), &m_writer).height() * 1.15;
        const double leftWidth = width * 0.55;
        const double rightX = width * 0.58;
        const double labelWidth = (width - rightX) * 0.36;
        if (draw) {
            p.setFont(font(11, true));
            p.drawText(QRectF(0, y, leftWidth, nameLine), Qt::AlignLeft | Qt::AlignVCenter,
                       QFontMetricsF(font(11, true), &m_writer)
                           .elidedText(text(family, "family_name"), Qt::ElideRight, leftWidth));
            p.setFont(font(9.5));
            double ly = y + nameLine * 1.1;
            for (const QString& value : std::as_const(left)) {
                p.drawText(QRectF(0, ly, leftWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font(9.5), &m_writer)
                               .elidedText(value, Qt::ElideRight, leftWidth));
                ly += line;
            }
            double ry = y;
            for (const auto& [label, value] : std::as_const(right)) {
                p.setFont(font(9.5, true));
                p.drawText(QRectF(rightX, ry, labelWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                           label);
                p.setFont(font(9.5));
                p.drawText(QRectF(rightX + labelWidth, ry, width - rightX - labelWidth, line),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font(9.5), &m_writer)
                               .elidedText(value, Qt::ElideRight, width - rightX - labelWidth));
                ry += line;
            }
        }
        y += std::max(nameLine * 1.1 + line * left.size(), line * right.size()) + line;

        // The summary: four figures across a shaded band.
        const QString balanceLabel =
            s.closingCents < 0
                ? StatementPdf::tr("Credit on %1").arg(StatementText::date(s.period.to))
                : StatementPdf::tr("Balance owed on %1").arg(StatementText::date(s.period.to));
        const QList<std::pair<QString, qint64>> figures{
            {StatementPdf::tr("Brought forward"), s.broughtForwardCents},
            {StatementPdf::tr("Charges"), s.chargesCents},
            {StatementPdf::tr("Payments and credits"), s.creditsCents},
            {balanceLabel, s.closingCents < 0 ? -s.closingCents : s.closingCents}};
        const double labelLine = QFontMetricsF(font(8.5), &m_writer).height();
        const double figureLine = QFontMetricsF(font(12, true), &m_writer).height();
        const double band = labelLine + figureLine + m_line;
        if (draw) {
            p.fillRect(QRectF(0, y, width, band), QColor(0xe3, 0xe8, 0xee));
            const double cell = width / figures.size();
            for (qsizetype i = 0; i < figures.size(); ++i) {
                const double x = cell * i + m_line * 0.5;
                p.setFont(font(8.5));
                p.setPen(QColor(0x33, 0x33, 0x33));
                p.drawText(QRectF(x, y + m_line * 0.5, cell - m_line, labelLine),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetricsF(font(8.5), &m_writer)
                               .elidedText(figures.at(i).first, Qt::ElideRight, cell - m_line));
                p.setFont(font(12, true));
                p.setPen(Qt::black);
                p.drawText(QRectF(x, y + m_line * 0.5 + labelLine, cell - m_line, figureLine),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           money::formatWithCurrency(figures.at(i).second, m_locale,
                                                     m_document.currencyCode));
            }
        }
        y += band + m_line;
        return y;
    }

    void drawContinued(const Statement& statement)
    {
        QPainter& p = *m_painter;
        p.setPen(Qt::black);
        p.setFont(font(10, true));
        p.drawText(QRectF(0, 0, m_page.width(), m_continuedHeight * 0.7),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   StatementPdf::tr("%1 — statement for %2 (continued)")
                       .arg(text(statement.family, "family_name"),
                            StatementText::period(statement.statement.period)));
    }

    void drawRow(const Row& row, int index, double y)
    {
        QPainter& p = *m_painter;
        const QRectF band(0, y, m_page.width(), row.height);
        if (row.total) {
            p.setPen(QPen(Qt::black, 2));
            p.drawLine(band.topLeft(), band.topRight());
        } else if (index % 2 == 1) {
            p.fillRect(band, QColor(0xf5, 0xf7, 0xf9));
        }
        p.setPen(row.muted ? QColor(0x6b, 0x6b, 0x6b) : QColor(Qt::black));
        p.setFont(row.total ? font(8.5, true) : font(8.5));
        for (int column = 0; column < m_columns.size(); ++column) {
            const QRectF cell(m_columns.at(column).x() + m_rowPad, y + m_rowPad,
                              m_columns.at(column).width() - 2 * m_rowPad, m_line);
            const Qt::Alignment align =
                (m_table.columns.at(column).alignLeft ? Qt::AlignLeft : Qt::AlignRight) |
                Qt::AlignVCenter;
            if (column == DescriptionColumn) {
                for (int l = 0; l < row.description.size(); ++l)
                    p.drawText(cell.translated(0, m_line * l), align, row.description.at(l));
            } else {
                p.drawText(cell, align, row.cells.value(column));
            }
        }
    }

    void drawFooter(const Statement& statement, int page, int pages)
    {
        QPainter& p = *m_painter;
        p.setFont(font(8));
        p.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF band(0, m_page.height() - m_footerHeight * 0.6, m_page.width(),
                          m_footerHeight * 0.6);
        p.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                   StatementPdf::tr("%1 — statement of %2")
                       .arg(m_document.coopName, text(statement.family, "family_name")));
        p.drawText(band, Qt::AlignRight | Qt::AlignBottom,
                   StatementPdf::tr("Page %1 of %2").arg(page).arg(pages));
    }

    QPdfWriter& m_writer;
    const Document& m_document;
    QLocale m_locale;
    QPainter* m_painter = nullptr;
    ReportTable m_table; // the column titles and weights
    ReportTableMetrics m_metrics;
    QList<QRectF> m_columns;
    QRectF m_page; // the printable area, in device pixels
    double m_line = 0;
    double m_rowPad = 0;
    double m_headerHeight = 0;
    double m_footerHeight = 0;
    double m_continuedHeight = 0;
    double m_noteHeight = 0;
};

} // namespace

QString title(const Document& document)
{
    if (document.statements.size() == 1)
        return StatementPdf::tr("Statement — %1")
            .arg(text(document.statements.first().family, "family_name"));
    return StatementPdf::tr("Statements — %1").arg(document.coopName);
}

Result write(const QString& path, const Document& document, const Progress& progress)
{
    const auto failed = [&path](const QString& reason) {
        return Result{
            false, false, 0, {}, StatementPdf::tr("Cannot write %1: %2").arg(path, reason)};
    };
    if (document.statements.isEmpty())
        return Result{false, false, 0, {}, StatementPdf::tr("There is no statement to write.")};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    Result result;
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(paymentspdf::pageSizeFor(QLocale())));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setTitle(title(document));
        writer.setCreator(QStringLiteral("CoopDesk"));
        result = StatementPainter(writer, document).paint(progress);
    }
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return failed(file.errorString());
    return result;
}

} // namespace coopdesk::statementpdf
