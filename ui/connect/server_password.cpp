#include "server_password.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>

namespace coopdesk {

namespace {

struct ServerPassword
{
    Q_DECLARE_TR_FUNCTIONS(coopdesk::ServerPassword)
};

} // namespace

std::optional<QString> askServerPassword(QWidget* parent, const StoreLocation& location)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("serverPasswordDialog"));
    dialog.setWindowTitle(ServerPassword::tr("Server Password"));
    dialog.setLabelText(ServerPassword::tr("The server of the shared co-op\n%1\nasks for a "
                                           "password. It is used only until CoopDesk closes "
                                           "this co-op.")
                            .arg(location.toString()));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setInputMode(QInputDialog::TextInput);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace coopdesk
