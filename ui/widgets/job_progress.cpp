#include "job_progress.h"

#include <QProgressDialog>

#include <algorithm>

namespace coopdesk::jobprogress {

namespace {

constexpr int steps = 1000;

} // namespace

QProgressDialog* open(QWidget* window, const QString& objectName, const QString& title,
                      const QString& label, const QString& cancelText)
{
    auto* dialog = new QProgressDialog(label, cancelText, 0, steps, window);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setValue(0);
    return dialog;
}

void show(QProgressDialog* dialog, qint64 done, qint64 total, const QString& label)
{
    if (!dialog)
        return;
    if (!label.isEmpty())
        dialog->setLabelText(label);
    if (total > 0)
        dialog->setValue(static_cast<int>(std::min(done, total) * steps / total));
}

void close(QPointer<QProgressDialog>& dialog)
{
    QProgressDialog* closing = dialog;
    dialog = nullptr;
    if (closing) {
        closing->hide();
        closing->deleteLater();
    }
}

} // namespace coopdesk::jobprogress
