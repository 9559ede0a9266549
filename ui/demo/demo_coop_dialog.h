#pragma once

#include "io/demo_generator.h"

#include <QProgressDialog>

namespace coopdesk {

class DemoCoopGeneration;

// The progress of making the demo co-op, with Cancel: runs a
// DemoCoopGeneration and closes when it ends (accepted when the file is
// complete, rejected when it was cancelled or failed).
class DemoCoopDialog : public QProgressDialog
{
    Q_OBJECT

public:
    DemoCoopDialog(const QString& path, const DemoOptions& options, const QString& userId,
                   QWidget* parent = nullptr);
    ~DemoCoopDialog() override;

    // Makes the demo co-op at `path`, showing this dialog while it works.
    // True when the file is complete; otherwise `error` says why (empty
    // when the user cancelled).
    static bool generate(QWidget* parent, const QString& path, const DemoOptions& options,
                         const QString& userId, QString* error);

    bool wasCancelled() const { return m_cancelled; }
    QString errorText() const { return m_error; }
    DemoCoopGeneration* generation() const { return m_generation; }

    int exec() override;

public slots:
    // Escape and the close button cancel too; the dialog closes once the
    // generator has stopped.
    void reject() override;

private:
    bool m_finished = false;
    DemoCoopGeneration* m_generation;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace coopdesk
