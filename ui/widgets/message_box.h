#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace coopdesk {

// Every message box of the app goes through here, so tests can answer them
// without a modal loop (as KeePassXC's MessageBox does): a test installs a
// handler that records the request and returns the button to "press".
class MessageBox
{
public:
    enum class Kind { Information, Warning, Critical, Question, About };

    struct Request
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString details; // shown as the informative text
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
    };

    using Handler = std::function<QMessageBox::StandardButton(const Request&)>;

    static QMessageBox::StandardButton show(QWidget* parent, const Request& request);

    static void information(QWidget* parent, const QString& title, const QString& text,
                            const QString& details = {});
    static void warning(QWidget* parent, const QString& title, const QString& text,
                        const QString& details = {});
    static void critical(QWidget* parent, const QString& title, const QString& text,
                         const QString& details = {});
    static void about(QWidget* parent, const QString& title, const QString& text);
    // Yes or No; true for Yes.
    static bool ask(QWidget* parent, const QString& title, const QString& text,
                    const QString& details = {});

    // Replaces the real dialogs (tests); an empty handler restores them.
    static void setHandler(Handler handler);
    // Unattended runs (nobody to click): each message is printed on
    // standard error and answered Ok.
    static void printOnStandardError();
};

} // namespace coopdesk
