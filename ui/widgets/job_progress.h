#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace coopdesk::jobprogress {

// A window-modal progress dialog for a job running off the GUI thread:
// shown once the job has taken 400 ms, kept open (not reset) until the
// caller deletes it when the job ends. Steps are thousandths of the work.
QProgressDialog* open(QWidget* window, const QString& objectName, const QString& title,
                      const QString& label, const QString& cancelText);

// Shows `done` of `total` on `dialog` (null: nothing).
void show(QProgressDialog* dialog, qint64 done, qint64 total);

} // namespace coopdesk::jobprogress
