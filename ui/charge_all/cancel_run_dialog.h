#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace coopdesk {

// "Cancel This Run…": what will be cancelled (the run's charge id, the
// families and the total) and the reason every CancelCharge records
// (SPEC 2: 1–2000 characters). Accepting is allowed once a reason is typed.
class CancelRunDialog : public QDialog
{
    Q_OBJECT

public:
    static inline constexpr int maxReasonLength = 2000;

    CancelRunDialog(const QString& what, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& reason);
    QPushButton* acceptButton() const { return m_accept; }

private:
    void updateButton();

    QLabel* m_what;
    QPlainTextEdit* m_reason;
    QLabel* m_hint;
    QPushButton* m_accept = nullptr;
};

} // namespace coopdesk
