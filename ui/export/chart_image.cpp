#include "chart_image.h"

#include <QChartView>
#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>

namespace coopdesk::chartimage {

namespace {

struct ChartImageExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartImageExport)
};

} // namespace

bool savePng(QChartView* view, const QString& path, QString* error)
{
    const QImage image = view->grab().toImage();
    QSaveFile file(path);
    if (image.isNull() || !file.open(QIODevice::WriteOnly)) {
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
