#pragma once

#include <QPointer>
#include <QProgressDialog>
#include <QString>

class QWidget;

namespace coopdesk::jobprogress {

// A window-modal progress dialog for a job running off the GUI thread:
// shown once the job has taken 400 ms, kept open (not reset) until the
// caller closes it when the job ends. Steps are thousandths of the work.
QProgressDialog* open(QWidget* window, const QString& objectName, const QString& title,
                      const QString& label, const QString& cancelText);

// Shows `done` of `total` on `dialog` (null: nothing), and `label` when
// not empty. Nothing may use `dialog` after: once it has shown, a modal
// dialog's setValue runs the event loop, where the job's end may close it.
void show(QProgressDialog* dialog, qint64 done, qint64 total, const QString& label = {});

// Hides the dialog and deletes it once the event loop is back: the job's
// end may come from inside the dialog's own setValue (see show), which goes
// on using the dialog after the event loop returns. `dialog` is null after.
void close(QPointer<QProgressDialog>& dialog);

} // namespace coopdesk::jobprogress
