#include "chart_image.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>

namespace coopdesk::chartimage {

namespace {

struct ChartImageExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartImageExport)
};

// The resolution the chart's text is measured at when it lays itself out
// (its fonts are in points, taken at the screen's logical DPI): a layout
// of W / dpi inches is W / dpi × layoutDpi() units wide.
double layoutDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen && screen->logicalDotsPerInchY() > 0 ? screen->logicalDotsPerInchY() : 96.0;
}

} // namespace

void render(QChart* chart, QPainter* painter, const QRectF& target, double dpi)
{
    const double scale = dpi / layoutDpi();
    const QRectF layout(QPointF(0, 0), target.size() / scale);
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(layout);
    // The layout (and the month axis' labels) follow the size at once.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene.setSceneRect(layout);
    scene.render(painter, target, layout, Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

QSize pngSize()
{
    return {qRound(pngWidthInches * pngDpi), qRound(pngHeightInches * pngDpi)};
}

bool savePng(QChart* chart, const QString& path, QString* error)
{
    QImage image(pngSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        render(chart, &painter, QRectF(QPointF(0, 0), QSizeF(image.size())), pngDpi);
    }
    // The physical size, so the image is placed at 6.5 inches, not at 72 dpi.
    const int dotsPerMeter = qRound(pngDpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ChartImageExport::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        if (error)
            *error =
                ChartImageExport::tr("Cannot write %1: %2")
                    .arg(path, writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                            : file.errorString());
        return false;
    }
    return true;
}

} // namespace coopdesk::chartimage
