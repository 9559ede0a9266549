#pragma once

#include "connection_fields.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace coopdesk {

// The fields that name a server co-op (SPEC 12.1): host, port, database,
// user and TLS mode, or a service name. Shared by Connect to a Shared
// Co-op… and Move to a Server….
class ConnectionForm : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget* parent = nullptr);

    ConnectionFields fields() const;
    void setFields(const ConnectionFields& fields);
    // Why the fields cannot name a co-op yet ("Give the database's name."),
    // or empty.
    QString missingField() const;

private:
    void updateMode();

    QRadioButton* m_byServer = nullptr;
    QRadioButton* m_byService = nullptr;
    QWidget* m_serverFields = nullptr;
    QWidget* m_serviceFields = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_serviceUser = nullptr;
};

} // namespace coopdesk
