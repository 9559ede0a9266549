#include "demo_coop_dialog.h"

#include "demo_coop_generation.h"

#include <QPushButton>

namespace coopdesk {

DemoCoopDialog::DemoCoopDialog(const QString& path, const DemoOptions& options,
                               const QString& userId, QWidget* parent)
    : QProgressDialog(parent)
    , m_generation(new DemoCoopGeneration(path, options, userId, this))
{
    setObjectName(QStringLiteral("demoCoopDialog"));
    setWindowTitle(tr("Demo Co-op"));
    setLabelText(tr("Making the demo co-op: %1 over %2…", "families, months")
                     .arg(tr("%Ln family(s)", nullptr, options.families),
                          tr("%Ln month(s)", nullptr, options.months)));
    setCancelButtonText(tr("Cancel"));
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 0);
    setWindowModality(Qt::WindowModal);

    connect(m_generation, &DemoCoopGeneration::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            setRange(0, 1000);
            setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_generation, &DemoCoopGeneration::finished, this,
            [this](bool ok, bool cancelled, const QString& message) {
                m_finished = true;
                m_cancelled = cancelled;
                m_error = message;
                if (ok)
                    accept();
                else
                    reject();
            });
    // Cancel asks the generator to stop; the dialog closes when it has
    // stopped and removed the half-made file.
    disconnect(this, &QProgressDialog::canceled, this, &QProgressDialog::cancel);
    connect(this, &QProgressDialog::canceled, this, [this] {
        setLabelText(tr("Cancelling…"));
        m_generation->cancel();
    });
}

DemoCoopDialog::~DemoCoopDialog() = default;

void DemoCoopDialog::reject()
{
    if (m_finished)
        QProgressDialog::reject();
    else
        emit canceled();
}

int DemoCoopDialog::exec()
{
    m_generation->start();
    return QProgressDialog::exec();
}

bool DemoCoopDialog::generate(QWidget* parent, const QString& path, const DemoOptions& options,
                              const QString& userId, QString* error)
{
    DemoCoopDialog dialog(path, options, userId, parent);
    const bool ok = dialog.exec() == QDialog::Accepted;
    if (error)
        *error = dialog.errorText();
    return ok;
}

} // namespace coopdesk
